"""Which use case handles which kind of incoming mail.

Intake classifies a message, then calls the handler for its kind inside the store transaction
that marks the message handled: the handler's state changes and the mails it queues commit
together with that mark, or not at all.  A handler returns a short account of what it did;
raising makes intake retry and, after the configured attempts, quarantine the message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from cscbot.domain.mail import MailMessage
from cscbot.services import commands, complaints, delivery, monthly, rap, unsorted
from cscbot.services.context import Context

Handler = Callable[[Context, MailMessage, datetime], str]

HANDLERS: dict[str, Handler] = {
    "secretariat_reply": commands.handle_reply,
    "pti_report": monthly.handle_pti_report,
    "complaint": complaints.handle_complaint,
    "rap_response": rap.handle_response,
    "other": unsorted.handle_other,
    "bounce": delivery.handle_bounce,
}


def handler_for(kind: str) -> Handler | None:
    return HANDLERS.get(kind)
