"""The pure core: no I/O, no clock, nothing outside the standard library but bs4 (report
HTML) and the similarity library (triage)."""
