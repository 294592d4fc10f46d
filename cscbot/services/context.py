"""What every use case is given: the settings, the store and the renderer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cscbot.config import Settings
from cscbot.ports import Store
from cscbot.render import Renderer


@dataclass(frozen=True)
class Context:
    settings: Settings
    store: Store
    renderer: Renderer
    token_key: bytes | None = None
    """Signs reply tokens (digest.token_key_env); None: commands by reply are off."""
    preview: Callable[[str], None] | None = None
    """--dry-run: when set, mail is rendered and shown through it instead of being queued."""
    backfill: bool = False
    """Importing old mail: complaints are recorded as received at their Date and clustered,
    but their senders are not acknowledged months later."""

    @property
    def message_id_domain(self) -> str:
        bot = self.settings.bot
        return bot.message_id_domain or bot.address.rsplit("@", 1)[1]
