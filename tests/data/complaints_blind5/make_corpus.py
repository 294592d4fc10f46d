"""Deterministic generator of the blind14 corpus of complaint e-mails to the CSC.

Run `python make_corpus.py` to (re)write all/NNN.eml, labels.json and manifest.json next to this
file; `python make_corpus.py --check` parses the written files and prints count tables.
"""
import base64
import datetime as _dt
import hashlib
import html
import json
import quopri
import random
import sys
import textwrap
import unicodedata
from dataclasses import dataclass, field
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

if __package__:
    from .texts import (
        ANGRY,
        CATEGORIES,
        CLOSINGS,
        DISCLAIMERS,
        FORMAL,
        FORMAL_CLOSINGS,
        FORWARD_INTRO,
        GENERIC_SUBJECTS,
        GENERIC_TL,
        GREETINGS,
        HTML_LABELS,
        LONG_OUTRO,
        MONTHS,
        NOTICES,
        REGISTRIES,
        REPLY_INTRO,
        SIG_LABELS,
        TIMELINE_HEAD,
        TITLES,
        WEEKDAYS,
    )
else:
    from texts import (
        ANGRY,
        CATEGORIES,
        CLOSINGS,
        DISCLAIMERS,
        FORMAL,
        FORMAL_CLOSINGS,
        FORWARD_INTRO,
        GENERIC_SUBJECTS,
        GENERIC_TL,
        GREETINGS,
        HTML_LABELS,
        LONG_OUTRO,
        MONTHS,
        NOTICES,
        REGISTRIES,
        REPLY_INTRO,
        SIG_LABELS,
        TIMELINE_HEAD,
        TITLES,
        WEEKDAYS,
    )

SPLIT = "all"
SEED = 20260514
MAILS_PER_CATEGORY = 12
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]
TO = "CSC <csc@csc.example.org>"
IANA_FROM = "IANA Root Zone Management <root-mgmt@iana.example.org>"
PROVIDERS = ["anycast-dns.example", "globalsecondary.example", "ns-cloud.example",
             "dnsnode.example", "pch-like.example"]
MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8.0", "Roundcube Webmail/1.6.5",
           "Apple Mail (2.3774.500.171.1.1)", None, None]


@dataclass
class Corpus:
    files: dict = field(default_factory=dict)
    labels_json: str = ""
    manifest_json: str = ""


@dataclass
class Registry:
    label: str
    org: str
    domain: str
    lang: str
    native: str
    kind: str
    tz: str
    address: str
    phone: str
    script: str
    people: list


REGS = [Registry(*r) for r in REGISTRIES]


# ----------------------------------------------------------------------------------- helpers --

def _tz(offset):
    sign = -1 if offset[0] == "-" else 1
    return _dt.timezone(sign * _dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))


def _ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


DATE_FMTS = {
    "en": ["dmy_long", "mdy_long", "iso", "dmy_slash", "mon_ord", "weekday", "us_short"],
    "fr": ["long", "short", "slash", "weekday", "iso"],
    "es": ["long", "short", "slash", "weekday", "iso", "abbr"],
}


def fmt_date(d, lang, key):
    m = MONTHS[lang][d.month - 1]
    wd = WEEKDAYS[lang][d.weekday()]
    if key == "iso":
        return d.strftime("%Y-%m-%d")
    if key in ("slash", "dmy_slash"):
        return d.strftime("%d/%m/%Y")
    if lang == "en":
        return {
            "dmy_long": f"{d.day} {m} {d.year}",
            "mdy_long": f"{m} {d.day}, {d.year}",
            "mon_ord": f"{m[:3]} {_ordinal(d.day)}",
            "weekday": f"{wd} {d.day} {m}",
            "us_short": f"{d.month}/{d.day}",
        }[key]
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {m} {d.year}", "short": f"{day} {m}",
                "weekday": f"{wd} {day} {m}"}[key]
    return {"long": f"{d.day} de {m} de {d.year}", "short": f"{d.day} de {m}",
            "weekday": f"{wd} {d.day} de {m}", "abbr": f"{d.day}-{m[:3]}-{d.year}"}[key]


TICKET_FMTS = {
    "en": {"hash": "#{n}", "iana_hash": "IANA #{n}", "bracket": "[IANA #{n}]",
           "dash": "IANA-{n}", "rt": "RT#{n}", "bare": "{n}", "no": "no. {n}",
           "rzms": "RZMS-{n}"},
    "fr": {"hash": "#{n}", "iana_hash": "IANA #{n}", "bracket": "[IANA #{n}]",
           "no": "n° {n}", "bare": "{n}", "dash": "IANA-{n}"},
    "es": {"hash": "#{n}", "iana_hash": "IANA #{n}", "bracket": "[IANA #{n}]",
           "no": "n.º {n}", "bare": "{n}", "dash": "IANA-{n}"},
}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def add_typos(text, rng, k):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words)
           if len(w) >= 5 and w.isalpha() and w.isascii() and w.islower()]
    rng.shuffle(idx)
    for i in sorted(idx[:k]):
        w = words[i]
        op = rng.randrange(3)
        p = rng.randrange(1, len(w) - 2)
        if op == 0:
            w = w[:p] + w[p + 1] + w[p] + w[p + 2:]
        elif op == 1:
            w = w[:p] + w[p + 1:]
        else:
            w = w[:p] + w[p] + w[p:]
        words[i] = w
    return " ".join(words)


def wrap_text(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            indent = "  " if line.startswith("- ") else ""
            out.append(textwrap.fill(line, width=width, subsequent_indent=indent,
                                     break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


# ---------------------------------------------------------------------------- composition ---

def _mobile(phone, rng):
    cc, rest = phone.split(" ", 1)
    digits = [c for c in rest]
    for i in range(len(digits) - 1, 0, -1):
        if digits[i].isdigit() and rng.random() < 0.6:
            digits[i] = str(rng.randrange(10))
    return cc + " " + "".join(digits)


def signature(v, lang, full, formal, rng):
    name, org = v["person"], v["org"]
    if full:
        lab = SIG_LABELS[lang]
        lines = ["-- ", name, v["title"], org, v["address"], f"{lab['tel']}: {v['phone']}"]
        if rng.random() < 0.6:
            lines.append(f"{lab['mob']}: {v['mobile']}")
        lines.append(f"{lab['web']}: https://www.{v['domain']}/")
        return "\n".join(lines)
    if formal:
        return f"{name}\n{v['title']}\n{org}"
    return name if rng.random() < 0.5 else f"{name}\n{org}"


def timeline_entries(cat, lang, v, rng):
    g = GENERIC_TL[lang]
    entries = [g["first"], *list(cat["tl"][lang])]
    entries.append(g["follow"])
    if rng.random() < 0.6:
        entries.append(g["escal"])
    return [(v[dk], txt.format(**v)) for dk, txt in entries]


def attribution(lang, when, rng):
    m = MONTHS[lang][when.month - 1]
    wd = WEEKDAYS[lang][when.weekday()]
    hm = when.strftime("%H:%M")
    if lang == "en":
        return (f"On {wd[:3]}, {when.day} {m[:3]} {when.year} at {hm}, {IANA_FROM} wrote:", True)
    if lang == "fr":
        return (f"Le {wd} {when.day} {m} {when.year} à {hm}, {IANA_FROM} a écrit :", True)
    return (f"El {wd}, {when.day} de {m} de {when.year} a las {hm}, IANA Root Zone Management "
            f"(<root-mgmt@iana.example.org>) escribió:", True)


def forward_block(lang, when, subj, addr, body, rng):
    m = MONTHS[lang][when.month - 1]
    wd = WEEKDAYS[lang][when.weekday()]
    hm = when.strftime("%H:%M")
    if lang == "en":
        if rng.random() < 0.5:
            h12 = when.strftime("%I:%M %p").lstrip("0")
            return ("---------- Forwarded message ---------\n"
                    f"From: {IANA_FROM}\n"
                    f"Date: {wd[:3]}, {m[:3]} {when.day}, {when.year} at {h12}\n"
                    f"Subject: {subj}\nTo: <{addr}>\n\n{body}")
        return ("________________________________\n"
                "From: IANA Services <iana@iana.example.org>\n"
                f"Sent: {wd}, {m} {when.day}, {when.year} {hm}\n"
                f"To: {addr}\nSubject: {subj}\n\n{body}")
    if lang == "fr":
        return ("-------- Message transféré --------\n"
                f"Sujet : {subj}\nDate : {wd} {when.day} {m} {when.year} {hm}\n"
                f"De : {IANA_FROM}\nPour : {addr}\n\n{body}")
    return ("---------- Mensaje reenviado ---------\n"
            f"De: {IANA_FROM}\nDate: {wd}, {when.day} de {m} de {when.year} a las {hm}\n"
            f"Subject: {subj}\nTo: <{addr}>\n\n{body}")


def pick_notice(cat, rng):
    allowed = [n for n in NOTICES if n["stage"] not in cat["exclude_notice"]]
    return rng.choice(allowed)


def dig_attachment(v, cat_key):
    if cat_key.startswith("dnssec") or "DS" in cat_key:
        return (f"; <<>> DiG 9.18.24 <<>> +dnssec +norec @{v['ns1']} {v['label']}. DNSKEY\n"
                ";; global options: +cmd\n;; Got answer:\n"
                ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 31337\n"
                ";; flags: qr aa; QUERY: 1, ANSWER: 3, AUTHORITY: 0, ADDITIONAL: 1\n\n"
                ";; ANSWER SECTION:\n"
                f"{v['label']}.\t\t3600\tIN\tDNSKEY\t257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0d xCjjnopKl+GqJxpVXckHAeF+KkxLbxIL fDLUT0rAK9iUzy1L53eKGQ==\n"
                f"{v['label']}.\t\t3600\tIN\tDNSKEY\t256 3 13 oJMRESz5E4gYzS/q6XDrvU1qMPYIjCWz JaOau8XNEZeqCYKD5ar0IRd8KqXXFJkq mVfRvMGPmM1x8fGAa2XhSA==\n"
                f"{v['label']}.\t\t3600\tIN\tRRSIG\tDNSKEY 13 1 3600 20260601000000 20260501000000 {v['keytag']} {v['label']}. kqC3...\n\n"
                ";; Query time: 41 msec\n")
    return (f"; <<>> DiG 9.18.24 <<>> +norec @a.root-servers.net {v['label']}. NS\n"
            ";; global options: +cmd\n;; Got answer:\n"
            ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242\n"
            ";; flags: qr; QUERY: 1, ANSWER: 0, AUTHORITY: 2, ADDITIONAL: 3\n\n"
            ";; AUTHORITY SECTION:\n"
            f"{v['label']}.\t\t172800\tIN\tNS\t{v['ns1']}.\n"
            f"{v['label']}.\t\t172800\tIN\tNS\t{v['ns2']}.\n\n"
            ";; ADDITIONAL SECTION:\n"
            f"{v['ns1']}.\t172800\tIN\tA\t{v['ip4']}\n\n"
            ";; Query time: 23 msec\n;; SERVER: 198.41.0.4#53(a.root-servers.net) (UDP)\n"
            f";; WHEN: {v['d3']}\n;; MSG SIZE  rcvd: 142\n")


# --------------------------------------------------------------------------------- encoding ---

def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)


def choose_encoding(text, lang, rng):
    if lang == "en":
        options = [("utf-8", "7bit"), ("utf-8", "quoted-printable"), ("utf-8", "base64"),
                   ("iso-8859-1", "quoted-printable"), ("us-ascii", "7bit")]
    else:
        options = [("utf-8", "quoted-printable"), ("utf-8", "base64"), ("utf-8", "8bit"),
                   ("iso-8859-1", "quoted-printable"), ("iso-8859-1", "8bit")]
    cs, cte = rng.choice(options)
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    if cte == "7bit" and not text.isascii():
        cte = "8bit"
    return cs, cte


def header_value(value, charset):
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    if charset == "us-ascii":
        charset = "utf-8"
    return Header(value, charset, header_name="Subject").encode()


def leaf_part(text, subtype, charset, cte):
    return (f'Content-Type: text/{subtype}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {cte}\n\n" + encode_body(text, charset, cte))


# ------------------------------------------------------------------------------------ build ---

def _mail_values(rng, reg, lang, cat_key, person, title):
    scale = {"transfer_evaluation_drawn_out": 8, "english_only_documents": 3}.get(cat_key, 1)
    doy = rng.randint(12, 178)
    local = _dt.datetime(2026, 1, 1, rng.randint(7, 21), rng.randrange(60), rng.randrange(60),
                         tzinfo=_tz(reg.tz)) + _dt.timedelta(days=doy)
    day = local.date()
    d5 = day - _dt.timedelta(days=rng.randint(1, 3))
    d4 = d5 - _dt.timedelta(days=rng.randint(1, 4) * scale)
    d3 = d4 - _dt.timedelta(days=rng.randint(1, 4) * scale)
    d2 = d3 - _dt.timedelta(days=rng.randint(1, 5) * scale)
    d1 = d2 - _dt.timedelta(days=rng.randint(1, 5) * scale)
    d0 = d1 - _dt.timedelta(days=rng.randint(1, 4))
    dkey = rng.choice(DATE_FMTS[lang])
    tkey = rng.choice(sorted(TICKET_FMTS[lang]))
    n1 = rng.randint(1281000, 1419999)
    n2 = n1 - rng.randint(40, 9000)
    oct4 = rng.randint(11, 99)
    wrong = int(str(oct4)[::-1]) if str(oct4)[::-1] != str(oct4) else oct4 + 10
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    prov = rng.sample(PROVIDERS, 2)
    tf = TICKET_FMTS[lang][tkey]
    v = {
        "tld": "." + reg.label, "label": reg.label, "org": reg.org, "domain": reg.domain,
        "person": person, "title": title, "address": reg.address, "phone": reg.phone,
        "mobile": _mobile(reg.phone, rng), "script": reg.script, "native": reg.native,
        "ticket": tf.format(n=n1), "ticket2": tf.format(n=n2),
        "rawticket": f"IANA #{n1}", "n1": n1, "n2": n2,
        "ns1": f"a.nic.{reg.label}", "ns2": f"ns{rng.randint(1, 4)}.{prov[0]}",
        "ns3": f"x{rng.randint(1, 9)}.{prov[1]}",
        "ip4": f"{net}.{oct4}", "ip4_wrong": f"{net}.{wrong}",
        "ip6": f"2001:db8:{rng.randrange(16, 4095):x}::53",
        "keytag": rng.randint(10000, 65000),
        "serial": f"{d3:%Y%m%d}01",
        "days": (day - d1).days,
        "maint": fmt_date(d4, "en", "dmy_long"),
    }
    for k, d in zip(["d0", "d1", "d2", "d3", "d4", "d5"], [d0, d1, d2, d3, d4, d5], strict=False):
        v[k] = fmt_date(d, lang, dkey)
    v["_dates"] = {"d2": d2, "d4": d4}
    return local, v, dkey, tkey


def _compose(rng, cat_key, cat, lang, style, core, v, extras, reg):
    """Return (body_text_or_html, subtype, subject)."""
    def fmt(s):
        return s.format(**v)
    core_txt = fmt(core)
    if "typos" in extras:
        core_txt = add_typos(core_txt, rng, 3 if style != "terse" else 1)
    formal = style == "formal"
    full_sig = "signature" in extras
    sig = signature(v, lang, full_sig, formal, rng)
    disclaimer = fmt(rng.choice(DISCLAIMERS[lang])) if "disclaimer" in extras else None
    closing = rng.choice(FORMAL_CLOSINGS[lang] if formal else CLOSINGS[lang])

    # --- subject
    notice = None
    if style in ("reply", "forward"):
        notice = pick_notice(cat, rng)
        rt = f"IANA #{v['n2'] if style == 'reply' else v['n1']}"
        nvals = dict(v, rt=rt)
        n_subj = notice["subject"].format(**nvals)
        n_body = notice["body"].format(**nvals)
        if style == "reply":
            pre = {"en": "Re: ", "fr": rng.choice(["RE : ", "Re: "]), "es": "RE: "}[lang]
        else:
            pre = {"en": rng.choice(["Fwd: ", "FW: "]), "fr": rng.choice(["TR: ", "Fwd: "]),
                   "es": rng.choice(["RV: ", "Fwd: "])}[lang]
        subject = pre + n_subj
    else:
        if rng.random() < 0.55:
            subject = fmt(rng.choice(cat["subjects"][lang]))
        else:
            subject = fmt(rng.choice(GENERIC_SUBJECTS[lang]))
        if style == "angry" and rng.random() < 0.5:
            subject = subject.upper() + ("!!!" if rng.random() < 0.5 else "")

    if style == "html":
        return _compose_html(rng, cat, lang, core_txt, v, sig, closing, disclaimer), "html", subject

    paras = []
    if style != "terse" or rng.random() < 0.4:
        paras.append(rng.choice(GREETINGS[lang]))
    if style == "angry":
        paras.append(rng.choice(ANGRY[lang]["pre"]))
    if style == "formal":
        paras.append(fmt(rng.choice(FORMAL[lang]["pre"])))
    if style == "reply":
        intro = rng.choice(REPLY_INTRO[lang])
        if intro:
            paras.append(intro)
    if style == "forward":
        paras.append(rng.choice(FORWARD_INTRO[lang]))
    paras.append(core_txt)
    if style == "long":
        head = rng.choice(TIMELINE_HEAD[lang])
        sep = " : " if lang == "fr" else ": "
        bullet = rng.choice(["- ", "* ", ""])
        lines = [f"{bullet}{d}{sep}{t}" for d, t in timeline_entries(cat, lang, v, rng)]
        paras.append(head + "\n" + "\n".join(lines))
        paras.append(fmt(rng.choice(LONG_OUTRO[lang])))
    if style == "angry":
        paras.append(rng.choice(ANGRY[lang]["post"]))
    if style == "formal":
        paras.append(fmt(rng.choice(FORMAL[lang]["post"])))
    if style == "terse":
        paras.append(sig.split("\n")[0] if not full_sig else sig)
    else:
        paras.append(closing + "\n" + sig)
    if disclaimer:
        paras.append(("_" * 40 + "\n" if rng.random() < 0.5 else "") + disclaimer)

    if style == "reply":
        when = _dt.datetime.combine(v["_dates"]["d4"], _dt.time(rng.randint(8, 20),
                                                               rng.randrange(60)))
        if lang == "en" and rng.random() < 0.4:
            quoted = ("-----Original Message-----\n"
                      f"From: IANA Services <iana@iana.example.org>\n"
                      f"Sent: {WEEKDAYS['en'][when.weekday()]}, {MONTHS['en'][when.month - 1]} "
                      f"{when.day}, {when.year} {when:%H:%M}\n"
                      f"To: {v['person']} <{v['addr']}>\n"
                      f"Subject: {n_subj}\n\n{n_body}")
        else:
            attr, _ = attribution(lang, when, rng)
            quoted = attr + "\n" + "\n".join(("> " + l) if l else ">" for l in n_body.split("\n"))
        paras.append(quoted)
    if style == "forward":
        when = _dt.datetime.combine(v["_dates"]["d2"], _dt.time(rng.randint(8, 20),
                                                               rng.randrange(60)))
        body = n_body
        if notice["stage"] == "ack":
            earlier = fmt(rng.choice(cat["terse"][lang]))
            body += "\n\n" + "\n".join("> " + l for l in wrap_text(earlier, 70).split("\n"))
        paras.append(forward_block(lang, when, n_subj, v["addr"], body, rng))
    return "\n\n".join(paras) + "\n", "plain", subject


def _compose_html(rng, cat, lang, core_txt, v, sig, closing, disclaimer):
    def e(s):
        return html.escape(s, quote=False)
    lab = HTML_LABELS[lang]
    out = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; '
           'charset=__CHARSET__">', '</head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    out.append(f"<p>{e(rng.choice(GREETINGS[lang]))}</p>")
    for para in core_txt.split("\n\n"):
        out.append(f"<p>{e(para)}</p>")
    entries = timeline_entries(cat, lang, v, rng)
    if rng.random() < 0.55:
        out.append('<table border="1" cellpadding="4" cellspacing="0" '
                   'style="border-collapse:collapse">')
        out.append(f"<tr><th>{lab['ticket']}</th><th>{lab['tld']}</th><th>{lab['date']}</th>"
                   f"<th>{lab['event']}</th></tr>")
        for d, t in entries:
            out.append(f"<tr><td>{e(v['ticket'])}</td><td>{e(v['tld'])}</td><td>{e(d)}</td>"
                       f"<td>{e(t)}</td></tr>")
        out.append("</table>")
    else:
        out.append(f"<p><b>{lab['summary']}</b></p>")
        out.append("<ul>")
        for d, t in entries:
            out.append(f"<li><b>{e(d)}</b> &ndash; {e(t)}</li>")
        out.append("</ul>")
    out.append(f"<p>{e(closing)}<br>")
    out.append("<br>\n".join(e(l) for l in sig.split("\n") if l != "-- ") + "</p>")
    if disclaimer:
        out.append('<p style="font-size:8pt;color:#808080">'
                   + "<br>".join(e(l) for l in disclaimer.split("\n")) + "</p>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def _from_addr(rng, reg, person):
    if rng.random() < 0.2:
        local = rng.choice(["hostmaster", "tech", "admin", "registry", "noc"])
    else:
        parts = ascii_fold(person).lower().replace("'", "").split()
        local = rng.choice([f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}",
                            parts[0]]).replace("-", "")
    return f"{local}@{reg.domain}"


def _assign_registries(rng, cat_key, cat, langs):
    def pool(lang, en_filter=True):
        regs = [r for r in REGS if r.lang == lang]
        if cat["cc_only"]:
            regs = [r for r in regs if r.kind == "cc"]
        if cat_key == "english_only_documents" and lang == "en":
            regs = [r for r in regs if r.native != "English"]
        return regs

    chosen = {}
    for lang in ("en", "fr", "es"):
        slots = [j for j, l in enumerate(langs) if l == lang]
        p = pool(lang)
        rng.shuffle(p)
        picks = p[:len(slots)]
        if lang == "en" and not any(r.label.startswith("xn--") for r in picks):
            idn = [r for r in p if r.label.startswith("xn--")]
            picks[-1] = idn[0]
        for j, r in zip(slots, picks, strict=False):
            chosen[j] = r
    return [chosen[j] for j in range(len(langs))]


def build():
    rng = random.Random(SEED)
    mails = []
    for ci, (cat_key, cat) in enumerate(CATEGORIES.items()):
        langs = []
        for j in range(MAILS_PER_CATEGORY):
            if j == 2:
                langs.append("fr")
            elif j == 6:
                langs.append("es")
            elif j == 10:
                langs.append("fr" if ci % 2 == 0 else "es")
            else:
                langs.append("en")
        styles = [STYLES[(ci * 3 + j) % len(STYLES)] for j in range(MAILS_PER_CATEGORY)]
        regs = _assign_registries(rng, cat_key, cat, langs)
        core_cycle = {l: rng.sample(cat[l], len(cat[l])) for l in ("en", "fr", "es")}
        terse_cycle = {l: rng.sample(cat["terse"][l], len(cat["terse"][l]))
                       for l in ("en", "fr", "es")}
        ptr = {"en": 0, "fr": 0, "es": 0}
        tptr = {"en": 0, "fr": 0, "es": 0}
        for j in range(MAILS_PER_CATEGORY):
            lang, style, reg = langs[j], styles[j], regs[j]
            if style == "terse":
                core = terse_cycle[lang][tptr[lang] % len(terse_cycle[lang])]
                tptr[lang] += 1
            else:
                core = core_cycle[lang][ptr[lang] % len(core_cycle[lang])]
                ptr[lang] += 1
            extras = []
            if rng.random() < 0.3:
                extras.append("disclaimer")
            if rng.random() < 0.45:
                extras.append("signature")
            if rng.random() < 0.25:
                extras.append("typos")
            person = rng.choice(reg.people)
            title = rng.choice(TITLES[lang])
            local, v, dkey, tkey = _mail_values(rng, reg, lang, cat_key, person, title)
            v["addr"] = _from_addr(rng, reg, person)
            attach = None
            if cat["attach"] == "dig" and style != "terse" and rng.random() < 0.35:
                attach = dig_attachment(v, cat_key if cat_key.startswith("dnssec") else "ns")
                extras.append("attachment")
            body, subtype, subject = _compose(rng, cat_key, cat, lang, style, core, v, extras,
                                              reg)
            extras += [f"date_fmt:{dkey}", f"ticket_fmt:{tkey}"]
            mails.append({
                "cat": cat_key, "lang": lang, "style": style, "reg": reg, "v": v,
                "local": local, "body": body, "subtype": subtype, "subject": subject,
                "extras": extras, "attach": attach, "mailer": rng.choice(MAILERS),
                "wrap": rng.random() < 0.35, "encpick": rng.random(),
            })

    mails.sort(key=lambda m: (m["local"].astimezone(_dt.UTC), m["v"]["n1"]))
    corpus = Corpus()
    labels, manifest = {}, {}
    for i, m in enumerate(mails, start=1):
        name = f"{i:03d}.eml"
        erng = random.Random(SEED * 1000 + i)
        body = m["body"]
        cs, cte = choose_encoding(body, m["lang"], erng)
        if m["subtype"] == "plain" and (cte in ("7bit", "8bit") or m["wrap"]):
            body = wrap_text(body)
        if m["subtype"] == "html":
            body = body.replace("__CHARSET__", cs)
        reg, v = m["reg"], m["v"]
        digest = hashlib.sha1(f"{SEED}-{i}-{v['n1']}".encode()).hexdigest()[:12]
        utc = m["local"].astimezone(_dt.UTC)
        hdrs = [
            ("From", formataddr((v["person"], v["addr"]), charset="utf-8")),
            ("To", TO),
            ("Subject", header_value(m["subject"], cs)),
            ("Date", format_datetime(m["local"])),
            ("Message-ID", f"<{utc:%Y%m%d%H%M%S}.{digest}@{reg.domain}>"),
        ]
        if m["style"] == "reply":
            ref = f"<rt-{v['n2']}-notice@iana.example.org>"
            hdrs += [("In-Reply-To", ref), ("References", ref)]
        if m["mailer"]:
            hdrs.append(("X-Mailer", m["mailer"]))
        hdrs.append(("MIME-Version", "1.0"))
        if m["attach"]:
            boundary = f"----=_Part_{i:03d}_blind14.{digest[:6]}"
            hdrs.append(("Content-Type", f'multipart/mixed; boundary="{boundary}"'))
            payload = ("This is a multi-part message in MIME format.\n\n"
                       f"--{boundary}\n" + leaf_part(body, m["subtype"], cs, cte).rstrip("\n")
                       + f"\n--{boundary}\n"
                       'Content-Type: text/plain; charset="us-ascii"; name="dig-output.txt"\n'
                       'Content-Disposition: attachment; filename="dig-output.txt"\n'
                       "Content-Transfer-Encoding: 7bit\n\n"
                       + m["attach"] + f"--{boundary}--\n")
        else:
            hdrs.append(("Content-Type", f'text/{m["subtype"]}; charset="{cs}"'))
            hdrs.append(("Content-Transfer-Encoding", cte))
            payload = encode_body(body, cs, cte)
        head = "".join(f"{k}: {val}\n" for k, val in hdrs)
        raw = head + "\n" + payload
        if not raw.endswith("\n"):
            raw += "\n"
        enc = cs if cte == "8bit" else "ascii"
        corpus.files[name] = raw.encode(enc)
        labels[name] = m["cat"]
        manifest[name] = {"category": m["cat"], "language": m["lang"], "style": m["style"],
                          "tld": reg.label, "extras": m["extras"]}
    corpus.labels_json = json.dumps({SPLIT: labels}, sort_keys=True, indent=1) + "\n"
    corpus.manifest_json = json.dumps(manifest, sort_keys=True, indent=1,
                                      ensure_ascii=False) + "\n"
    return corpus


# ------------------------------------------------------------------------------------ check ---

def check(base):
    import collections
    from email import policy
    from email.parser import BytesParser
    labels = json.loads((base / "labels.json").read_text())[SPLIT]
    manifest = json.loads((base / "manifest.json").read_text(encoding="utf-8"))
    problems = 0
    for name in sorted(labels):
        msg = BytesParser(policy=policy.default).parsebytes((base / SPLIT / name).read_bytes())
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content() if part is not None else ""
        for h in ("From", "To", "Date", "Subject", "Message-ID"):
            if not msg[h]:
                print(name, "missing header", h)
                problems += 1
        if len(text.strip()) < 40 or msg.defects or part.defects:
            print(name, "problem:", len(text.strip()), msg.defects, part and part.defects)
            problems += 1
    by = collections.Counter
    print(f"{len(labels)} mails, {problems} problems")
    cats = by(m["category"] for m in manifest.values())
    for c in CATEGORIES:
        regs = {m["tld"] for m in manifest.values() if m["category"] == c}
        lg = by(m["language"] for m in manifest.values() if m["category"] == c)
        st = by(m["style"] for m in manifest.values() if m["category"] == c)
        mark = "*" if CATEGORIES[c]["not_in_example_list"] else " "
        print(f"{mark} {c:34s} {cats[c]:3d}  regs={len(regs):2d} "
              f"idn={sum(r.startswith('xn--') for r in regs)} "
              f"lang={dict(sorted(lg.items()))} styles={len(st)}")
    print("languages:", dict(by(m["language"] for m in manifest.values())))
    print("styles:", dict(by(m["style"] for m in manifest.values())))
    ex = by(e for m in manifest.values() for e in m["extras"] if ":" not in e)
    print("extras:", dict(ex))
    return problems


def main():
    base = Path(__file__).resolve().parent
    if "--check" in sys.argv:
        sys.exit(1 if check(base) else 0)
    corpus = build()
    out = base / SPLIT
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        if old.name not in corpus.files:
            old.unlink()
    for name, data in corpus.files.items():
        (out / name).write_bytes(data)
    (base / "labels.json").write_text(corpus.labels_json)
    (base / "manifest.json").write_text(corpus.manifest_json, encoding="utf-8")
    print(f"wrote {len(corpus.files)} mails to {out}")


if __name__ == "__main__":
    main()
