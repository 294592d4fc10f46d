"""Use cases: functions of (context, ports, now).  They import domain, render and ports only."""
