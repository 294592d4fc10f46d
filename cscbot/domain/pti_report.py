"""PTI's monthly report as it arrives -> the rows it states, its headline, period and narrative.

The layout is not fixed, so tables are found by their header names (several spellings), never
by position; Word/Outlook HTML (mso styles, nested layout tables, `<o:p>`) is read like any
other.  Sources, best first: an HTML attachment, a CSV attachment, the HTML body, the text body
(headline only).  Nothing here judges a row: that is `pti_month`'s work against the catalogue.
Whatever could not be read is listed in `problems`, never silently skipped.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag

from cscbot.domain.mail import MailMessage
from cscbot.domain.sla import normalise_category

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH_YEAR = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[\s,]+(\d{4})\b"
    r"|\b(\d{4})-(0[1-9]|1[0-2])\b", re.IGNORECASE)

_NA = re.compile(r"^(?:n\s*/?\s*a|not\s+applicable|none|no\s+requests?|nil|[-—–]+|\*+|"
                 r"0\s+requests?|no\s+(?:data|activity|volume))$", re.IGNORECASE)
_NUMBER = re.compile(r"[-+]?\d[\d\s.,']*")

HEADLINE_PCT = re.compile(
    r"met\s+(\d{1,3}(?:[.,]\d+)?)\s*%\s+of\s+(?:the\s+|all\s+)?(?:sla\s+|service\s+level\s+)?"
    r"(?:thresholds|metrics|slas|service\s+levels|targets)"
    r"|(\d{1,3}(?:[.,]\d+)?)\s*%\s+of\s+(?:the\s+|all\s+)?(?:sla\s+)?(?:thresholds|metrics|slas)"
    r"\s+(?:were\s+|was\s+)?met", re.IGNORECASE)
HEADLINE_COUNT = re.compile(
    r"\b(\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+)?(\d{1,3})\s+(?:sla\s+|service\s+level\s+)?"
    r"(?:thresholds|metrics|slas|service\s+levels)", re.IGNORECASE)
NARRATIVE_HEADING = re.compile(r"exceptions?\s+(?:and|&)\s+narratives?(?:\s+for\s+(?:the\s+)?"
                               r"reporting\s+period)?", re.IGNORECASE)
_NARRATIVE_END = re.compile(
    r"^\s*(?:appendix|glossary|definitions|historical|history|notes on methodology|"
    r"kind regards|best regards|regards|sincerely|thank you)\b", re.IGNORECASE)

# header cell -> column role; tried in this order, first match wins
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("category", re.compile(r"^(?:request\s+)?(?:category|cat\.?)$", re.I)),
    ("phase", re.compile(r"^(?:process\s+)?(?:phase|stage|step)$", re.I)),
    ("narrative", re.compile(r"\b(?:narrative|explanation|comments?|notes?|remarks?|"
                             r"exception)\b", re.I)),
    ("volume", re.compile(r"^(?:number\s+of\s+|no\.?\s+of\s+|#\s*)?(?:requests?|volume|"
                          r"count|tickets?|transactions?)$", re.I)),
    ("met", re.compile(r"^(?:sla\s+|threshold\s+|target\s+)?(?:met\??|status|met\s*/\s*"
                       r"(?:missed|not\s+met)|outcome|pass\s*/\s*fail|result\s*\(met\))$"
                       r"|\bmet\?$", re.I)),
    ("actual", re.compile(r"\b(?:actual|result|performance|achieved|measured|this\s+month|"
                          r"current\s+month)\b", re.I)),
    ("target", re.compile(r"\b(?:target|compliance|goal|required|expected)\b", re.I)),
    ("threshold", re.compile(r"\b(?:threshold|time\s+limit|limit)\b", re.I)),
    ("metric", re.compile(r"\b(?:metric|service\s+levels?|sla|measure|description|"
                          r"indicator)\b", re.I)),
)


@dataclass(frozen=True)
class ReportRow:
    """One metric row as the report states it (nothing judged yet)."""

    metric: str
    category: str | None = None
    phase: str | None = None
    threshold: str | None = None
    target_pct: float | None = None
    actual_pct: float | None = None
    actual_text: str = ""
    met: bool | None = None
    """PTI's own met / missed column (None: absent or not applicable)."""
    not_applicable: bool = False
    """No requests in the month (stated by the actual, met or volume column)."""
    narrative: str | None = None
    """A per-row explanation column, when the table has one."""


@dataclass(frozen=True)
class ParsedReport:
    rows: tuple[ReportRow, ...]
    source: str
    """Where the rows came from: 'html attachment NAME', 'csv attachment NAME', 'html body',
    'headline only'."""
    headline_pct: float | None = None
    headline_count: tuple[int, int] | None = None
    """(met, total) when the report says 'n of N thresholds'."""
    periods: dict[str, str] = field(default_factory=dict)
    """Month (YYYY-MM) per place it was read from: 'subject', 'page', 'table'."""
    narrative: str = ""
    """The text of 'Exceptions and Narrative for Reporting Period'."""
    problems: tuple[str, ...] = ()

    @property
    def period(self) -> str | None:
        """The table's month, else the page's, else the subject's."""
        for where in ("table", "page", "subject"):
            if where in self.periods:
                return self.periods[where]
        return None

    @property
    def period_conflict(self) -> bool:
        return len(set(self.periods.values())) > 1

    @property
    def readable(self) -> bool:
        return bool(self.rows) or self.headline_pct is not None or bool(self.headline_count)


# --- numbers and words -----------------------------------------------------------------------


def is_not_applicable(text: str) -> bool:
    t = clean(text)
    return bool(_NA.match(t)) if t else True


def parse_number(text: str) -> float | None:
    """'93.75 %', '93,75%', '1,234.5', '100' -> a float; None when there is no number.

    A lone comma followed by one or two digits is a decimal comma; otherwise commas, spaces
    and apostrophes group thousands.  Never raises.
    """
    m = _NUMBER.search(clean(text))
    if not m:
        return None
    raw = re.sub(r"[\s']", "", m.group(0)).rstrip(".,")
    if "," in raw and "." not in raw and re.fullmatch(r"[-+]?\d+,\d{1,2}", raw):
        raw = raw.replace(",", ".")
    else:
        raw = raw.replace(",", "")
    if raw.count(".") > 1:
        raw = raw.split(".")[0] + "." + raw.split(".")[1]
    try:
        return float(raw)
    except ValueError:
        return None


def parse_met(text: str) -> bool | None:
    t = clean(text).lower()
    if not t or _NA.match(t):
        return None
    if re.match(r"^(?:yes|y|met|pass(?:ed)?|achieved|true|✓|✔|☑|ok)(?![\w/])", t):
        return True
    if re.match(r"^(?:no|n|missed|not\s+met|fail(?:ed)?|false|✗|✘|x|☒|below)(?![\w/])", t):
        return False
    return None


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ").replace("\u200b", "")).strip()


def period_of(text: str) -> str | None:
    """First month named in `text` ('October 2026', 'Oct. 2026', '2026-10') as YYYY-MM."""
    m = _MONTH_YEAR.search(text)
    if not m:
        return None
    if m.group(3):
        return f"{m.group(3)}-{m.group(4)}"
    return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"


def parse_headline(text: str) -> tuple[float | None, tuple[int, int] | None]:
    """PTI's own overall figure: '... we met 98.4% of the SLA thresholds', '62 of 65 ...'."""
    flat = clean(text)
    pct = None
    m = HEADLINE_PCT.search(flat)
    if m:
        pct = parse_number(m.group(1) or m.group(2))
    count = None
    c = HEADLINE_COUNT.search(flat)
    if c and int(c.group(2)) > 0 and int(c.group(1)) <= int(c.group(2)):
        count = (int(c.group(1)), int(c.group(2)))
    return pct, count


# --- tables ----------------------------------------------------------------------------------


def _roles(cells: Sequence[str]) -> dict[str, int]:
    """Column index per role for a header row (each role to its first column)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = clean(cell)
        if not text or len(text) > 60:
            continue
        for role, pattern in _ROLES:
            if pattern.search(text):
                if role not in found:
                    found[role] = index
                break
    return found


def _month_columns(cells: Sequence[str]) -> dict[int, str]:
    out = {}
    for index, cell in enumerate(cells):
        text = clean(cell)
        if len(text) <= 25:
            month = period_of(text)
            if month:
                out[index] = month
    return out


@dataclass
class _Header:
    roles: dict[str, int]
    table_period: str | None


def _header(cells: Sequence[str]) -> _Header | None:
    roles = _roles(cells)
    months = _month_columns(cells)
    table_period = None
    if "actual" not in roles and months:
        # a history layout: one column per month; the newest is the month reported
        index, table_period = max(months.items(), key=lambda kv: kv[1])
        roles["actual"] = index
    elif months:
        table_period = max(months.values())
    if "metric" in roles and ("actual" in roles or "met" in roles):
        return _Header(roles, table_period)
    return None


def rows_from_grid(grid: Sequence[Sequence[str]], where: str
                   ) -> tuple[list[ReportRow], str | None, list[str]] | None:
    """Metric rows of one table (HTML or CSV as a grid of cell texts); None: not a metric table.

    A row with a single filled cell naming a category ('Category I — Routine updates') sets the
    category of the rows below it.
    """
    found = next(((i, h) for i, cells in enumerate(grid[:6]) if (h := _header(cells))), None)
    if found is None:
        return None
    start, header = found
    rows: list[ReportRow] = []
    problems: list[str] = []
    category: str | None = None
    phase: str | None = None
    for number, cells in enumerate(grid[start + 1:], start=start + 2):
        filled = [clean(c) for c in cells if clean(c)]
        if not filled:
            continue
        if len(set(filled)) == 1:  # a heading row: a category, else a phase
            named = normalise_category(filled[0])
            category, phase = (named, None) if named else (category, filled[0])
            continue
        if _header(cells):
            continue  # a repeated header (page break in Word)
        row = _row(cells, header.roles, category, phase)
        if row is None:
            problems.append(f"{where} row {number}: no metric wording in {filled[:3]}")
        else:
            rows.append(row)
    return rows, header.table_period, problems


def _cell(cells: Sequence[str], roles: dict[str, int], role: str) -> str:
    index = roles.get(role)
    return clean(cells[index]) if index is not None and index < len(cells) else ""


def _row(cells: Sequence[str], roles: dict[str, int], category: str | None,
         phase_heading: str | None) -> ReportRow | None:
    metric = _cell(cells, roles, "metric")
    if not metric or (parse_number(metric) is not None and len(metric) < 8):
        return None
    actual_text = _cell(cells, roles, "actual")
    met_text = _cell(cells, roles, "met")
    volume_text = _cell(cells, roles, "volume")
    no_volume = "volume" in roles and parse_number(volume_text) == 0
    actual = None if is_not_applicable(actual_text) else parse_number(actual_text)
    met = parse_met(met_text)
    stated_na = (bool(met_text) and is_not_applicable(met_text)) or (
        bool(actual_text) and _NA.match(actual_text) is not None and met is None)
    target_text = _cell(cells, roles, "target")
    phase = _cell(cells, roles, "phase") or phase_heading
    return ReportRow(
        metric=metric,
        category=normalise_category(_cell(cells, roles, "category")) or category,
        phase=phase,
        threshold=_cell(cells, roles, "threshold") or None,
        target_pct=None if is_not_applicable(target_text) else parse_number(target_text),
        actual_pct=actual, actual_text=actual_text, met=met,
        not_applicable=no_volume or (stated_na and actual is None),
        narrative=_cell(cells, roles, "narrative") or None)


def _grid(table: Tag) -> list[list[str]]:
    """Cell texts of the table's own rows (not those of nested tables); colspan repeated."""
    grid = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells: list[str] = []
        for td in tr.find_all(["td", "th"], recursive=False):
            if td.find("table"):
                cells.append("")  # a layout cell holding a nested table
                continue
            text = clean(td.get_text(" "))
            try:
                span = max(1, min(int(str(td.get("colspan", 1))), 20))
            except ValueError:
                span = 1
            cells += [text] * span
        grid.append(cells)
    return grid


# --- documents -------------------------------------------------------------------------------


def _soup(html: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(html, "html.parser")


_BLOCKS = ("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "title")


def _page_text(soup: BeautifulSoup) -> str:
    """One line per block element; line breaks inside a paragraph's source are spaces."""
    for junk in soup.find_all(["script", "style", "xml"]):
        junk.decompose()
    for tag in soup.find_all(_BLOCKS):
        tag.insert_after("\x00")
    text = soup.get_text(" ")
    return "\n".join(clean(line) for line in text.split("\x00") if clean(line))


def _page_period(soup: BeautifulSoup, text: str) -> str | None:
    for tag in soup.find_all(["title", "h1", "h2", "h3", "caption"]):
        month = period_of(tag.get_text(" "))
        if month:
            return month
    m = re.search(r"(?:reporting\s+period|report\s+for|performance\s+report)[^\n]{0,40}",
                  text, re.IGNORECASE)
    return period_of(m.group(0)) if m else period_of(text[:400])


def narrative_section(text: str) -> str:
    """The text after 'Exceptions and Narrative ...' up to the next section or sign-off."""
    m = NARRATIVE_HEADING.search(text)
    if not m:
        return ""
    out = []
    for line in text[m.end():].splitlines():
        if _NARRATIVE_END.match(line):
            break
        out.append(line.strip(" :\t"))
    return "\n".join(line for line in out if line).strip()


@dataclass
class _Found:
    rows: list[ReportRow]
    table_period: str | None
    problems: list[str]


def _tables_in_html(soup: BeautifulSoup, where: str) -> _Found | None:
    found: _Found | None = None
    for table in soup.find_all("table"):
        result = rows_from_grid(_grid(table), where)
        if result is None:
            continue
        rows, month, problems = result
        if found is None:
            found = _Found(rows, month, problems)
        else:  # a report split over several tables (one per category)
            found.rows += rows
            found.problems += problems
            found.table_period = found.table_period or month
    return found


def parse_html(html: str, subject: str = "", where: str = "html body") -> ParsedReport:
    soup = _soup(html)
    found = _tables_in_html(soup, where)
    text = _page_text(soup)
    return _assemble(found, where, text, subject, period_of(subject), _page_period(soup, text))


def parse_csv(text: str, subject: str = "", where: str = "csv") -> ParsedReport:
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ";,\t")
    except csv.Error:
        dialect = csv.excel
    grid = list(csv.reader(io.StringIO(text), dialect))
    result = rows_from_grid(grid, where)
    found = _Found(*result) if result else None
    flat = "\n".join(" ".join(r) for r in grid)
    return _assemble(found, where, flat, subject, period_of(subject), period_of(flat[:400]))


def _assemble(found: _Found | None, where: str, text: str, subject: str,
              subject_period: str | None, page_period: str | None) -> ParsedReport:
    periods = {}
    if subject_period:
        periods["subject"] = subject_period
    if page_period:
        periods["page"] = page_period
    if found and found.table_period:
        periods["table"] = found.table_period
    pct, count = parse_headline(text)
    problems = list(found.problems) if found else [f"{where}: no table with metric columns"]
    if found and not found.rows:
        problems.append(f"{where}: the metric table has no rows")
    return ParsedReport(rows=tuple(found.rows) if found else (), source=where,
                        headline_pct=pct, headline_count=count, periods=periods,
                        narrative=narrative_section(text), problems=tuple(problems))


def _decode(data: bytes) -> str:
    for charset in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def parse_report_message(msg: MailMessage) -> ParsedReport:
    """The report in a mail: the first source with a metric table, plus the body's headline.

    The headline and the narrative are taken from the report itself when it has them, else
    from the mail body.  Problems of every source tried are kept.
    """
    candidates: list[ParsedReport] = []
    skipped: list[str] = []
    for att in msg.attachments:
        name = att.filename or att.content_type
        lower = (att.filename or "").lower()
        if att.content_type == "text/html" or lower.endswith((".html", ".htm")):
            candidates.append(parse_html(_decode(att.payload), msg.subject,
                                         f"html attachment {name}"))
        elif att.content_type in ("text/csv", "application/csv") or lower.endswith(".csv"):
            candidates.append(parse_csv(_decode(att.payload), msg.subject,
                                        f"csv attachment {name}"))
        else:
            skipped.append(f"attachment {name} ({att.content_type}) is neither HTML nor CSV")
    if msg.html:
        candidates.append(parse_html(msg.html, msg.subject, "html body"))
    body_pct, body_count = parse_headline(msg.text)
    body_narrative = narrative_section(msg.text)
    tried = [*skipped, *(p for c in candidates for p in c.problems)]
    best = next((c for c in candidates if c.rows), None)
    if best is None:
        periods = {"subject": p} if (p := period_of(msg.subject)) else {}
        if not periods and (p := period_of(msg.text[:600])):
            periods["page"] = p
        return ParsedReport(rows=(), source="headline only", headline_pct=body_pct,
                            headline_count=body_count, periods=periods,
                            narrative=body_narrative,
                            problems=(*tried, "no metric table in the mail or its attachments"))
    return ParsedReport(
        rows=best.rows, source=best.source,
        headline_pct=best.headline_pct if best.headline_pct is not None else body_pct,
        headline_count=best.headline_count or body_count,
        periods=best.periods, narrative=best.narrative or body_narrative,
        problems=tuple(best.problems))
