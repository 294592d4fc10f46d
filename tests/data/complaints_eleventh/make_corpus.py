#!/usr/bin/env python3
"""Deterministic generator for the eleventh corpus of complaint e-mails to the CSC.

Run: python3 make_corpus.py  -> writes all/NNN.eml, labels.json, manifest.json next to itself.
"""
import base64
import datetime as _dt
import html as _html
import json
import os
import quopri
import random
import re
import textwrap
import unicodedata
from email.header import Header
from email.utils import format_datetime, formataddr
from types import SimpleNamespace

if __package__:
    from . import texts as T
else:
    import texts as T

SPLIT = "all"
SEED = 80808
TO = "CSC <csc@csc.example.org>"
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}

DATE_FMTS = {
    "en": ["dmy_long", "iso", "md_long", "dmy_slash", "mdy_slash", "wd_short"],
    "fr": ["fr_long", "dmy_slash", "iso", "dmy_dot"],
    "es": ["es_long", "dmy_slash", "iso", "dmy_dash_mon"],
}

TICKET_FMTS = {
    "en": ["hash", "iana_hash", "bracket", "rzms", "bare", "iana_dash", "no"],
    "fr": ["hash", "iana_hash", "bracket", "rzms", "bare", "numero"],
    "es": ["hash", "iana_hash", "bracket", "rzms", "bare", "numero"],
}

STREETS = {
    "en": ["14 Harbour Road", "Plot 22, Ring Road", "Level 3, 100 Queen Street", "5th Floor, Tower B",
           "PO Box 4410", "Suite 210, 1800 Sunrise Valley Dr"],
    "fr": ["12, rue des Palmiers", "BP 4521", "Immeuble Le Plateau, 3e étage", "45, avenue de la République"],
    "es": ["Av. Providencia 1234, of. 501", "Calle 8 de Octubre 2561", "Edificio Torre Sur, piso 7",
           "Jr. Las Begonias 475"],
}
PHONE_LABEL = {"en": "Tel", "fr": "Tél.", "es": "Tel."}


def fmt_date(d, kind, lang):
    m = MONTHS[lang][d.month - 1]
    if kind == "dmy_long":
        return f"{d.day} {m} {d.year}"
    if kind == "iso":
        return d.strftime("%Y-%m-%d")
    if kind == "md_long":
        return f"{m} {d.day}"
    if kind == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if kind == "mdy_slash":
        return f"{d.month}/{d.day}/{d.year}"
    if kind == "wd_short":
        return f"{DAYS['en'][d.weekday()]} {d.day} {m[:3]}"
    if kind == "fr_long":
        return f"{d.day} {m} {d.year}"
    if kind == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if kind == "es_long":
        return f"{d.day} de {m} de {d.year}"
    if kind == "dmy_dash_mon":
        return f"{d.day:02d}-{m[:3]}-{d.year}"
    raise ValueError(kind)


def fmt_ticket(num, kind, lang):
    if kind == "hash":
        return f"#{num}"
    if kind == "iana_hash":
        return f"IANA #{num}"
    if kind == "bracket":
        return f"[IANA #{num}]"
    if kind == "rzms":
        return f"RZMS-{num}"
    if kind == "bare":
        return str(num)
    if kind == "iana_dash":
        return f"IANA-{num}"
    if kind == "no":
        return f"no. {num}"
    if kind == "numero":
        return f"n° {num}" if lang == "fr" else f"N.º {num}"
    raise ValueError(kind)


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def subst(text, v):
    for k, val in v.items():
        text = text.replace("{" + k + "}", val)
    return text


def add_typos(rng, text, count):
    words = list(re.finditer(r"[A-Za-zÀ-ÿ]{5,}", text))
    if not words:
        return text
    picks = sorted(rng.sample(range(len(words)), min(count, len(words))), reverse=True)
    for i in picks:
        m = words[i]
        w = m.group(0)
        j = rng.randrange(1, len(w) - 2)
        kind = rng.random()
        if kind < 0.5:
            w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind < 0.8:
            w2 = w[:j] + w[j + 1:]
        else:
            w2 = w[:j] + w[j] + w[j:]
        text = text[:m.start()] + w2 + text[m.end():]
    return text


def wrap_paras(text, width):
    out = []
    for para in text.split("\n\n"):
        if para.startswith("    ") or "\n" in para or width is None:
            out.append(para)
        else:
            out.append(textwrap.fill(para, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(out)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def text_to_html(text):
    parts = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_html.escape(l.lstrip(">").lstrip()) for l in lines)
            parts.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">{inner}</blockquote>")
        elif para.startswith("    ") or para.startswith(";;") or para.startswith("$"):
            parts.append(f"<pre>{_html.escape(para)}</pre>")
        else:
            parts.append("<p>" + "<br>\n".join(_html.escape(l) for l in lines) + "</p>")
    return ("<html><head><meta charset=\"{cs}\"></head><body style=\"font-family:Calibri,Arial,sans-serif\">\n"
            + "\n".join(parts) + "\n</body></html>\n")


def encode_part(rng, content_type, text, lang, force=None):
    """Return (headers list, body str) for a single text part."""
    charset = "utf-8"
    try:
        text.encode("ascii")
        is_ascii = True
    except UnicodeEncodeError:
        is_ascii = False
    if not is_ascii:
        try:
            text.encode("iso-8859-1")
            if rng.random() < 0.45:
                charset = "iso-8859-1"
        except UnicodeEncodeError:
            pass
    elif rng.random() < 0.3:
        charset = "us-ascii"
    if "{cs}" in text:
        text = text.replace("{cs}", charset)
    raw_lf = text.encode(charset)
    longest = max(len(l) for l in text.split("\n"))
    if force:
        cte = force
    elif is_ascii and longest < 990:
        cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    elif longest < 990:
        cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    else:
        cte = rng.choice(["quoted-printable", "base64"])
    if cte in ("7bit", "8bit"):
        body = raw_lf
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw_lf)
    else:
        body = base64.encodebytes(text.replace("\n", "\r\n").encode(charset))
    body = body.rstrip(b"\n")
    headers = [f"Content-Type: {content_type}; charset=\"{charset}\"",
               f"Content-Transfer-Encoding: {cte}"]
    return headers, body, charset, cte


def enc_header(value, lang, rng):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = "utf-8"
        try:
            value.encode("iso-8859-1")
            if rng.random() < 0.4:
                cs = "iso-8859-1"
        except UnicodeEncodeError:
            pass
        return Header(value, cs).encode()


def plan(rng):
    """List of (category, core_index) in a shuffled order."""
    items = []
    cats = list(T.CATEGORIES.keys())
    for ci, cat in enumerate(cats):
        cores = T.CATEGORIES[cat]["cores"]
        en = [i for i, c in enumerate(cores) if c["lang"] == "en"]
        fr = [i for i, c in enumerate(cores) if c["lang"] == "fr"]
        es = [i for i, c in enumerate(cores) if c["lang"] == "es"]
        seq = en + fr + es + en + fr + es
        seq.append(rng.choice(en))
        seq.append(rng.choice(fr) if ci % 2 == 0 else rng.choice(es))
        if ci < 2:
            seq.append(rng.choice(en))
        rng.shuffle(seq)
        styles = [STYLES[(ci * 3 + j) % len(STYLES)] for j in range(len(seq))]
        rng.shuffle(styles)
        for k, st in zip(seq, styles, strict=False):
            items.append((cat, k, st))
    rng.shuffle(items)
    return items


def build_mail(rng, idx, cat, core_i, style, used_tlds):
    catd = T.CATEGORIES[cat]
    core = catd["cores"][core_i]
    lang = core["lang"]
    extras = []

    # sender registry: prefer a TLD not yet used for this category
    pool = T.TLDS[lang]
    want = core.get("tlds")
    if want == "cc":
        pool = [x for x in pool if len(x[0]) == 3 or x[0].startswith(".xn--")]
    elif want == "g":
        pool = [x for x in pool if len(x[0]) > 3 and not x[0].startswith(".xn--")]
    elif want:
        pool = [x for x in pool if x[0] in want]
    fresh = [x for x in pool if x[0] not in used_tlds]
    tld, org, city, phone = rng.choice(fresh if fresh and rng.random() < 0.8 else pool)
    used_tlds.add(tld)
    label = tld[1:]
    domain = rng.choice([f"nic-{label}.example", f"registry-{label}.example", f"{label}-registry.example"])
    person = rng.choice(T.PEOPLE[lang])
    first, last = person.split(" ", 1)
    local = rng.choice([f"{ascii_slug(first)}.{ascii_slug(last)}", f"{ascii_slug(first)[0]}{ascii_slug(last)}",
                        ascii_slug(first), "tech", "admin"])
    if local in ("tech", "admin"):
        local = f"{local}-{ascii_slug(first)}"
    addr = f"{local}@{domain}"

    # dates
    start = _dt.datetime(2026, 1, 19, 7, 0, tzinfo=_dt.UTC)
    mail_dt = start + _dt.timedelta(days=(idx * 271 // 170) + rng.random() * 1.5, minutes=rng.randrange(0, 720))
    tz = _dt.timezone(_dt.timedelta(hours=rng.choice([-5, -4, -3, 0, 0, 1, 1, 2, 3, 5, 8, 9, 12])))
    mail_dt = mail_dt.astimezone(tz).replace(microsecond=0)
    n_days = rng.randrange(9, 46)
    d1 = (mail_dt - _dt.timedelta(days=n_days + rng.randrange(1, 5))).date()
    dfmt = rng.choice(DATE_FMTS[lang])
    tfmt = rng.choice(TICKET_FMTS[lang])
    extras.append(f"date_fmt:{dfmt}")
    extras.append(f"ticket_fmt:{tfmt}")
    tnum = rng.randrange(1100000, 1999999)
    t2num = rng.randrange(900000, 1999999)
    ns_host = rng.choice([f"ns1.nic-{label}.example", f"a.nic-{label}.example", f"ns.{label}-dns.example"])
    ns_ext = rng.choice(["ns2.anycastdns.example", "sec1.pch-like.example", f"ns-{label}.cloudns.example",
                         "b.dns-secondary.example"])
    ip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randrange(2, 250))
    v = {
        "tld": tld, "t": fmt_ticket(tnum, tfmt, lang), "t2": fmt_ticket(t2num, tfmt, lang),
        "d1": fmt_date(d1, dfmt, lang), "d2": fmt_date(mail_dt.date(), dfmt, lang), "n": str(n_days),
        "ns1": ns_host, "ns2": ns_ext, "ip": ip, "org": org, "name": first,
        "serial": (mail_dt - _dt.timedelta(days=1)).strftime("%Y%m%d") + f"{rng.randrange(0, 3):02d}",
    }

    body = subst(core["body"], v)
    short = subst(core["short"], v)
    log = subst(core.get("log", ""), v)
    include_log = bool(log) and style in ("long", "angry", "forward", "html", "reply", "formal") and rng.random() < 0.7
    if include_log:
        extras.append("log")

    # timeline
    tl_dates = []
    d = d1
    for i, ev in enumerate(core["tl"]):
        if i and cat == "emergency_handling":
            d = d + _dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        elif i:
            d = d + _dt.timedelta(days=rng.randrange(1, max(2, n_days // len(core["tl"]) + 2)))
            if d >= mail_dt.date():
                d = mail_dt.date() - _dt.timedelta(days=1)
        tl_dates.append((d, subst(ev, v)))

    # secondary complaint (another category, same language)
    secondary = ""
    if rng.random() < 0.15 and style != "terse":
        others = [c for c in T.CATEGORIES if c != cat]
        oc = rng.choice(others)
        cands = [x for x in T.CATEGORIES[oc]["cores"] if x["lang"] == lang]
        oc_core = rng.choice(cands)
        v2 = dict(v)
        v2["t"] = v["t2"]
        sec = subst(oc_core["short"], v2)
        lead2 = rng.choice(T.SECONDARY_LEAD[lang])
        if lang != "en" and lead2.endswith(":") and not sec.startswith(("L'", "IANA")):
            sec = sec[0].lower() + sec[1:]
        secondary = lead2 + " " + sec
        extras.append(f"secondary:{oc}")

    typos = rng.random() < 0.22
    if typos:
        extras.append("typos")
        body = add_typos(rng, body, rng.randrange(2, 5))
        short = add_typos(rng, short, 1)
    full_sig = rng.random() < 0.4 or style == "formal"
    if full_sig:
        extras.append("signature")
    disclaimer = rng.random() < 0.25
    if disclaimer:
        extras.append("disclaimer")

    title = rng.choice(T.TITLES[lang])
    if style == "formal":
        title = rng.choice([t for t in T.TITLES[lang] if any(k in t for k in ("Counsel", "Juriste", "Legal", "Director", "Directeur", "Managing", "Policy", "Chargé"))] or T.TITLES[lang])
    if "|" in title:
        title = title.split("|")[1 if first in T.FEMALE_FIRST else 0]
    sig_lines = [person, title, org, rng.choice(STREETS[lang]), city,
                 f"{PHONE_LABEL[lang]}: {phone}", f"www.{domain}"]
    signature = "\n".join(sig_lines) if full_sig else rng.choice([person, first, first[0] + ".", f"{person}\n{org}"])
    disc_text = subst(T.DISCLAIMERS[lang], v) if disclaimer else ""

    greeting = rng.choice(T.GREETINGS[lang])
    if style in ("formal", "long", "html", "angry") or greeting:
        for sal in T.BODY_SALUTATIONS:
            if body.startswith(sal):
                body = body[len(sal)].upper() + body[len(sal) + 1:]
    closing = rng.choice(T.CLOSINGS[lang])

    def tail(sig_sep="\n\n"):
        s = closing + "\n" + signature if closing != "--" else "-- \n" + signature
        if disc_text:
            s += "\n\n" + ("_" * 40) + "\n" + disc_text
        return s

    def timeline_text(as_table):
        head = rng.choice(T.LONG_TL_HEAD[lang])
        if as_table:
            rows = [("Date", "Ticket", "Event" if lang == "en" else ("Événement" if lang == "fr" else "Evento"))]
            for i, (dd, ev) in enumerate(tl_dates):
                rows.append((fmt_date(dd, dfmt, lang), v["t"] if i == 0 or rng.random() < 0.3 else "", ev))
            w0 = max(len(r[0]) for r in rows)
            w1 = max(len(r[1]) for r in rows)
            lines = [f"{r[0]:<{w0}} | {r[1]:<{w1}} | {r[2]}" for r in rows]
            lines.insert(1, "-" * w0 + "-+-" + "-" * w1 + "-+-" + "-" * 20)
            return head + "\n\n" + "\n".join("    " + l for l in lines)
        bullet = rng.choice(["- ", "* ", "", "o "])
        lines = []
        for i, (dd, ev) in enumerate(tl_dates):
            ref = f" ({v['t']})" if i == 0 else ""
            hour = f" {rng.randrange(0, 24):02d}:{rng.choice(['05', '17', '32', '48', '00'])}" if rng.random() < 0.3 else ""
            lines.append(f"{bullet}{fmt_date(dd, dfmt, lang)}{hour}: {ev}{ref}")
        return head + "\n" + "\n".join(lines)

    other_stages = [s for s in T.IANA_NOTICES if s not in T.CATEGORY_STAGES[cat]]
    wrap_w = rng.choice([72, 72, 76, 78, None])
    subject = None
    html_doc = None
    in_reply_to = None

    def pick_subject():
        r = rng.random()
        if r < 0.5:
            return subst(rng.choice(catd["subjects"][lang]), v)
        if r < 0.85:
            return subst(rng.choice(T.GENERIC_SUBJECTS[lang]), v)
        return f"Re: [IANA #{tnum}] " + subst(rng.choice(catd["subjects"][lang]), v)

    if style == "terse":
        lead = subst(rng.choice(T.TERSE_LEAD[lang]), v)
        text = (lead + "\n" if lead else "") + short + "\n\n" + (signature if full_sig else rng.choice([first, person, first.lower()]))
        if disc_text:
            text += "\n\n" + disc_text
        subject = pick_subject()
    elif style == "long":
        as_table = rng.random() < 0.35
        if as_table:
            extras.append("table")
        parts = [greeting] if greeting else []
        parts.append(subst(rng.choice(T.LONG_INTRO[lang]), v))
        parts.append(timeline_text(as_table))
        parts.append(body)
        if include_log:
            parts.append("\n".join("    " + l for l in log.split("\n")))
        if secondary:
            parts.append(secondary)
        parts.append(rng.choice(T.LONG_OUTRO[lang]))
        parts.append(tail())
        text = "\n\n".join(parts)
        subject = pick_subject()
    elif style == "angry":
        b = body
        if rng.random() < 0.5:
            sents = re.split(r"(?<=[.!?]) ", b)
            k = rng.randrange(len(sents))
            sents[k] = sents[k].upper()
            b = " ".join(sents)
        parts = []
        if greeting and rng.random() < 0.5:
            parts.append(greeting)
        parts.append(rng.choice(T.ANGRY_OPEN[lang]) + " " + b)
        if include_log:
            parts.append("\n".join("    " + l for l in log.split("\n")))
        if secondary:
            parts.append(secondary)
        parts.append(rng.choice(T.ANGRY_CLOSE[lang]))
        parts.append(signature if rng.random() < 0.5 else tail())
        text = "\n\n".join(parts)
        subject = pick_subject()
        if rng.random() < 0.4:
            subject = subject.upper() + rng.choice(["!!", "!!!", ""])
    elif style == "formal":
        salutation = {"en": "Dear Members of the Customer Standing Committee,",
                      "fr": "Mesdames et Messieurs les membres du Comité,",
                      "es": "Señoras y señores miembros del Comité:"}[lang]
        ref = {"en": "Re: ", "fr": "Objet : ", "es": "Asunto: "}[lang] + f"{tld} - {v['t']}"
        parts = [ref, salutation, subst(rng.choice(T.FORMAL_OPEN[lang]), v)]
        facts = {"en": "The facts are as follows.", "fr": "Les faits sont les suivants.", "es": "Los hechos son los siguientes."}[lang]
        parts.append(facts)
        if rng.random() < 0.5:
            parts.append(timeline_text(False))
        parts.append(body)
        if include_log:
            parts.append("\n".join("    " + l for l in log.split("\n")))
        if secondary:
            parts.append(secondary)
        parts.append(rng.choice(T.FORMAL_CLOSE[lang]))
        yours = {"en": "Yours faithfully,", "fr": "Veuillez agréer, Mesdames et Messieurs, l'expression de nos salutations distinguées.",
                 "es": "Atentamente,"}[lang]
        parts.append(yours + "\n\n" + signature + ("\n\n" + "_" * 40 + "\n" + disc_text if disc_text else ""))
        text = "\n\n".join(parts)
        subject = pick_subject() if rng.random() < 0.5 else {"en": "Formal complaint", "fr": "Réclamation formelle",
                                                             "es": "Queja formal"}[lang] + f" - {tld}"
    elif style == "reply":
        stage = rng.choice(other_stages)
        nsubj, ntext = rng.choice(T.IANA_NOTICES[stage])
        vq = dict(v)
        vq["t2"] = str(t2num)
        nsubj = subst(nsubj, vq)
        ntext = subst(ntext, vq)
        extras.append(f"quoted_stage:{stage}")
        qdate = (mail_dt - _dt.timedelta(days=rng.randrange(1, 8))).date()
        qintro = T.QUOTE_INTRO[lang].replace("{date}", fmt_date(qdate, dfmt, lang)).replace("{who}", rng.choice(T.IANA_FROM))
        parts = [rng.choice(T.REPLY_LEAD[lang])]
        parts.append(body if rng.random() < 0.7 else short)
        if include_log:
            parts.append("\n".join("    " + l for l in log.split("\n")))
        if secondary:
            parts.append(secondary)
        parts.append(signature)
        if disc_text:
            parts.append(disc_text)
        text = "\n\n".join(parts) + "\n\n" + qintro + "\n" + quote(ntext)
        pre = T.REPLY_PREFIX[lang]
        pre = pre if isinstance(pre, str) else rng.choice(pre)
        subject = pre + nsubj
        in_reply_to = f"<rzms.{t2num}.{rng.randrange(10**6, 10**7)}@iana.example>"
    elif style == "forward":
        r_text = subst(rng.choice(T.IANA_REPLIES), v)
        fdate = mail_dt - _dt.timedelta(days=rng.randrange(2, 15), hours=rng.randrange(0, 20))
        odate = fdate - _dt.timedelta(days=rng.randrange(1, 6), hours=rng.randrange(0, 10))
        orig_subj = subst(rng.choice(catd["subjects"][lang]), v)
        iana_from = rng.choice(T.IANA_FROM)
        fsubj = f"Re: [IANA #{tnum}] {orig_subj}"
        hdr = {"en": ("From", "Date", "Subject", "To"), "fr": ("De", "Date", "Objet", "À"),
               "es": ("De", "Fecha", "Asunto", "Para")}[lang]
        fwd_block = (T.FWD_HEADER[lang] + "\n"
                     + f"{hdr[0]}: {iana_from}\n{hdr[1]}: {format_datetime(fdate)}\n{hdr[2]}: {fsubj}\n"
                     + f"{hdr[3]}: {person} <{addr}>\n\n" + r_text + "\n\n"
                     + T.QUOTE_INTRO["en"].replace("{date}", fmt_date(odate.date(), dfmt, lang)).replace("{who}", f"{person} <{addr}>")
                     + "\n" + quote(wrap_paras(short if rng.random() < 0.5 else body, 72)))
        parts = [rng.choice(T.FORWARD_NOTE[lang])]
        if rng.random() < 0.6:
            parts.append(body if rng.random() < 0.5 else short)
        if include_log:
            parts.append("\n".join("    " + l for l in log.split("\n")))
        if secondary:
            parts.append(secondary)
        parts.append(signature)
        if disc_text:
            parts.append(disc_text)
        text = "\n\n".join(parts) + "\n\n" + fwd_block
        pre = T.FWD_PREFIX[lang]
        subject = rng.choice(pre) + fsubj
    else:  # html
        esc = _html.escape
        as_table = rng.random() < 0.6
        if as_table:
            extras.append("table")
        h = ["<html><head><meta charset=\"{cs}\"><style>td,th{border:1px solid #999;padding:4px}</style></head>",
             "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:11pt\">"]
        if greeting:
            h.append(f"<p>{esc(greeting)}</p>")
        h.append(f"<p>{esc(body)}</p>")
        if rng.random() < 0.75:
            if as_table:
                th = {"en": ("Date", "Reference", "What happened"), "fr": ("Date", "Référence", "Étape"),
                      "es": ("Fecha", "Referencia", "Etapa")}[lang]
                h.append("<table style=\"border-collapse:collapse\">")
                h.append("<tr>" + "".join(f"<th>{esc(x)}</th>" for x in th) + "</tr>")
                for i, (dd, ev) in enumerate(tl_dates):
                    h.append(f"<tr><td>{esc(fmt_date(dd, dfmt, lang))}</td><td>{esc(v['t'] if i == 0 else '')}</td><td>{esc(ev)}</td></tr>")
                h.append("</table>")
            else:
                h.append("<ul>" + "".join(f"<li><b>{esc(fmt_date(dd, dfmt, lang))}</b> &ndash; {esc(ev)}</li>" for dd, ev in tl_dates) + "</ul>")
        if include_log:
            h.append(f"<pre style=\"background:#f4f4f4\">{esc(log)}</pre>")
        if secondary:
            h.append(f"<p>{esc(secondary)}</p>")
        h.append(f"<p>{esc(closing)}<br>\n" + "<br>\n".join(esc(l) for l in signature.split("\n")) + "</p>")
        if disc_text:
            h.append(f"<p style=\"font-size:8pt;color:#777\">{esc(disc_text)}</p>")
        h.append("</body></html>")
        html_doc = "\n".join(h) + "\n"
        text = None
        subject = pick_subject()

    # ---- MIME assembly
    from_hdr = formataddr((person, addr), charset=rng.choice(["utf-8", "utf-8", "iso-8859-1"]))
    msgid = f"<{mail_dt.strftime('%Y%m%d%H%M%S')}.{idx:03d}.{rng.randrange(16**8):08x}@{domain}>"
    headers = [f"From: {from_hdr}", f"To: {TO}"]
    if rng.random() < 0.2:
        headers.append("Cc: " + rng.choice(["root-mgmt@iana.example", f"{ascii_slug(first)}@{domain}",
                                            "IANA Services <iana-services@iana.example>"]))
    headers += [f"Subject: {enc_header(subject, lang, rng)}",
                f"Date: {format_datetime(mail_dt)}",
                f"Message-ID: {msgid}"]
    if in_reply_to:
        headers += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    if rng.random() < 0.3:
        headers.append("X-Mailer: " + rng.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Thunderbird 128.3.0",
                                                   "Roundcube Webmail/1.6.9", "Zimbra 10.0"]))
    headers.append("MIME-Version: 1.0")

    def hb(lines):
        return ("\n".join(lines)).encode("ascii")

    if html_doc is not None:
        ph, pb, _cs, cte = encode_part(rng, "text/html", html_doc, lang)
        data = hb(headers + ph) + b"\n\n" + pb + b"\n"
        mime = f"text/html;{cte}"
    else:
        text = wrap_paras(text, wrap_w) + "\n"
        if rng.random() < 0.22:
            bnd = f"=_blind8_{idx:03d}_{rng.randrange(16**6):06x}"
            ph1, pb1, _cs, cte1 = encode_part(rng, "text/plain", text, lang)
            ph2, pb2, _, cte2 = encode_part(rng, "text/html", text_to_html(text), lang)
            extras.append("multipart_alternative")
            data = (hb([*headers, f"Content-Type: multipart/alternative; boundary=\"{bnd}\""]) + b"\n\n"
                    + b"This is a multi-part message in MIME format.\n\n"
                    + f"--{bnd}\n".encode() + hb(ph1) + b"\n\n" + pb1 + b"\n"
                    + f"--{bnd}\n".encode() + hb(ph2) + b"\n\n" + pb2 + b"\n"
                    + f"--{bnd}--\n".encode())
            mime = f"multipart/alternative;{cte1}+{cte2}"
        else:
            ph, pb, _cs, cte = encode_part(rng, "text/plain", text, lang,
                                          force=None if wrap_w else rng.choice(["quoted-printable", "base64"]))
            data = hb(headers + ph) + b"\n\n" + pb + b"\n"
            mime = f"text/plain;{cte}"
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    meta = {"category": cat, "language": lang, "style": style, "tld": tld, "extras": extras,
            "core": core_i, "mime": mime}
    return data, meta


def build():
    rng = random.Random(SEED)
    items = plan(rng)
    used = {c: set() for c in T.CATEGORIES}
    files, labels, manifest = {}, {}, {}
    for i, (cat, core_i, style) in enumerate(items, start=1):
        name = f"{i:03d}.eml"
        data, meta = build_mail(rng, i, cat, core_i, style, used[cat])
        files[name] = data
        labels[name] = cat
        manifest[name] = meta
    return SimpleNamespace(
        files=files,
        labels_json=json.dumps({SPLIT: labels}, sort_keys=True, indent=1, ensure_ascii=False) + "\n",
        manifest_json=json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n",
    )


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = build()
    d = os.path.join(here, SPLIT)
    os.makedirs(d, exist_ok=True)
    for old in os.listdir(d):
        if old.endswith(".eml") and old not in out.files:
            os.remove(os.path.join(d, old))
    for name, data in sorted(out.files.items()):
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
        f.write(out.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(out.manifest_json)
    print(f"wrote {len(out.files)} mails to {d}")


if __name__ == "__main__":
    main()
