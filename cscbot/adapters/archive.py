"""Mail archives on disk for triage and backfill: .eml files, folders of them, Maildirs, mbox.

Each message comes with a label naming where it was found (the file, or `mbox:index`).
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

from cscbot.errors import MailFormatError
from cscbot.ports import RawMail


def read_archive(path: Path) -> Iterator[tuple[str, RawMail]]:
    """Every message under `path`, in a stable order.  MailFormatError when it holds no mail."""
    if not path.exists():
        raise MailFormatError(f"{path}: no such file or folder")
    if path.is_dir():
        if (path / "cur").is_dir() or (path / "new").is_dir():
            yield from _maildir(path)
            return
        for child in sorted(path.iterdir()):
            if child.is_dir() and ((child / "cur").is_dir() or (child / "new").is_dir()):
                yield from _maildir(child)
            elif child.is_dir() or child.suffix.lower() == ".eml" or _is_mbox(child):
                yield from read_archive(child)
        return
    if _is_mbox(path):
        yield from _mbox(path)
        return
    yield str(path), RawMail(str(path.parent), 0, path.name, path.read_bytes())


def _is_mbox(path: Path) -> bool:
    if path.suffix.lower() == ".eml":
        return False
    try:
        with path.open("rb") as f:
            return f.read(5) == b"From "
    except OSError:
        return False


def _maildir(path: Path) -> Iterator[tuple[str, RawMail]]:
    for sub in ("cur", "new"):
        folder = path / sub
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            if entry.is_file() and not entry.name.startswith("."):
                yield str(entry), RawMail(str(path), 0, entry.name.split(":")[0],
                                          entry.read_bytes())


def _mbox(path: Path) -> Iterator[tuple[str, RawMail]]:
    box = mailbox.mbox(str(path), create=False)
    try:
        for index, key in enumerate(box.iterkeys()):
            data = box.get_bytes(key)
            yield f"{path}:{index}", RawMail(str(path), 0, str(index), data)
    finally:
        box.close()
