"""Adapters: the only code that touches IMAP, SMTP, the disk and SQLite."""
