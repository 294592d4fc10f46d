# ruff: noqa: UP031
"""Deterministic generator of the blind16 labelled corpus of complaint mails to the CSC.

Run `python make_corpus.py` to (re)write all/NNN.eml, labels.json and manifest.json next to
this file.  build() returns the same content in memory.  Only the standard library is used.
"""
import base64
import datetime as _dt
import hashlib
import html
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
    from .texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        ASKS,
        CATEGORIES,
        CLOSERS,
        DISCLAIMERS,
        FORMAL,
        FORWARD_INTRO,
        GREETINGS,
        HTML_LABELS,
        IANA_REPLIES,
        IANA_STAFF,
        MONTHS,
        NOTICE_EXCLUDE,
        NOTICES,
        PEOPLE,
        REGISTRIES,
        REPLY_INTRO,
        SUBJECTS,
        TIMELINE,
        TITLES,
        TREF,
    )
else:
    from texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        ASKS,
        CATEGORIES,
        CLOSERS,
        DISCLAIMERS,
        FORMAL,
        FORWARD_INTRO,
        GREETINGS,
        HTML_LABELS,
        IANA_REPLIES,
        IANA_STAFF,
        MONTHS,
        NOTICE_EXCLUDE,
        NOTICES,
        PEOPLE,
        REGISTRIES,
        REPLY_INTRO,
        SUBJECTS,
        TIMELINE,
        TITLES,
        TREF,
    )

SPLIT = "all"
SEED = 20260416
MAILS_PER_CATEGORY = 14
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]
IANA_ADDR = "IANA Root Zone Management <root-mgmt@iana.example.org>"
CSC_ADDR = "CSC <csc@csc.example.org>"

TERSE_END = {"en": ["Please look into it.", "Thanks.", "Can someone check?", "pls advise"],
             "fr": ["Merci de regarder.", "Merci.", "Pouvez-vous vérifier ?"],
             "es": ["Gracias.", "Por favor revisen.", "¿Pueden verificarlo?"]}

NS_PROVIDERS = ["ns1.anycastdns.example", "b.secondary-dns.example", "sec2.dnsnode.example",
                "ns3.globalsecondary.example"]

TZ = {"en": [0, 1, 3, 5.5, 8, 9, 12, -5, -8], "fr": [0, 1, 2], "es": [-3, -4, -5, -6, 1, 2]}

UA = ["Microsoft Outlook 16.0", "Mozilla Thunderbird", None, None, "Apple Mail (2.3774)", None,
      "Roundcube Webmail/1.6.5"]


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def fmt_date(d, lang, key):
    m = MONTHS[lang][d.month - 1]
    if key == "iso":
        return d.strftime("%Y-%m-%d")
    if key == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if key == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if lang == "en":
        if key == "long":
            return "%d %s %d" % (d.day, m, d.year)
        if key == "us":
            return "%s %d, %d" % (m, d.day, d.year)
        if key == "short":
            return "%d %s" % (d.day, m[:3])
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        if key == "long":
            return "%s %s %d" % (day, m, d.year)
        if key == "short":
            return "%s %s" % (day, m)
    if lang == "es":
        if key == "long":
            return "%d de %s de %d" % (d.day, m, d.year)
        if key == "short":
            return "%d-%s-%d" % (d.day, m[:3], d.year)
    return d.strftime("%Y-%m-%d")


DATE_KEYS = {"en": ["long", "us", "iso", "dmy_slash", "short", "dmy_dot"],
             "fr": ["long", "dmy_slash", "iso", "short"],
             "es": ["long", "dmy_slash", "iso", "short"]}

TICKET_FORMATS = {
    "hash": "#{n}", "iana_hash": "IANA #{n}", "bracket": "[IANA #{n}]", "bare": "{n}",
    "iana_dash": "IANA-{n}", "rzm": "RZM-{n}", "no": None,
}


def fmt_ticket(n, lang, key):
    if key == "no":
        return {"en": "no. %d", "fr": "n° %d", "es": "N.º %d"}[lang] % n
    return TICKET_FORMATS[key].format(n=n)


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def wrap(par, width=76):
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
                     if line.strip() else "" for line in par.split("\n"))


def first_sentences(text, minlen=70):
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9¿¡«ÉÀ])", text)
    out = ""
    for p in parts:
        out = (out + " " + p).strip()
        if len(out) >= minlen:
            break
    return out


ACCENTS = str.maketrans("éèêàçùíóúñá", "eeeacuiouna")


def add_typos(text, rng, lang):
    words = [m for m in re.finditer(r"[^\W\d_]{5,}", text)]
    if not words:
        return text
    chosen = sorted(rng.sample(words, min(len(words), rng.randint(2, 4))), key=lambda m: m.start())
    out, last = [], 0
    for m in chosen:
        w = m.group(0)
        op = rng.choice(["swap", "drop", "double", "accent"] if lang != "en" else ["swap", "drop", "double"])
        i = rng.randint(1, len(w) - 3)
        if op == "swap":
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == "drop":
            w2 = w[:i] + w[i + 1:]
        elif op == "double":
            w2 = w[:i] + w[i] + w[i:]
        else:
            w2 = w.translate(ACCENTS)
            if w2 == w:
                w2 = w[:i] + w[i + 1:]
        out.append(text[last:m.start()])
        out.append(w2)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def encode_header(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = charset
        try:
            value.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return Header(value, cs, header_name="Subject").encode(linesep="\r\n")


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        data = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        data = quopri.encodestring(raw)
    else:
        data = raw
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data


def plain_to_html(text, charset):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>' % charset,
           '<body>']
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# mail construction
# ---------------------------------------------------------------------------

def make_mail(idx, spec, rng):
    lang, cat, core_tpl = spec["lang"], spec["category"], spec["core"]
    style = spec["style"]
    reg = spec["registry"]
    tld_a, tld_u, org, domain, address, phone = reg
    extras = []

    # sender
    name = rng.choice(PEOPLE[lang])
    first = name.split()[0]
    parts = ascii_fold(name).lower().replace("'", "").split()
    local = rng.choice([parts[0] + "." + parts[-1], parts[0][0] + parts[-1], parts[0] + "." + parts[-1]])
    addr = "%s@%s" % (local.replace(" ", ""), domain)
    title = rng.choice(TITLES[lang])

    # dates
    tzh = rng.choice(TZ[lang])
    tz = _dt.timezone(_dt.timedelta(minutes=int(tzh * 60)))
    day0 = _dt.date(2026, 1, 7) + _dt.timedelta(days=rng.randint(0, 205))
    sent = _dt.datetime(day0.year, day0.month, day0.day, rng.randint(6, 22), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=tz)
    dkey = rng.choice(DATE_KEYS[lang])
    extras.append("date_format:" + dkey)
    start = day0 - _dt.timedelta(days=rng.randint(20, 75))
    steps_n = rng.randint(4, 6)
    tl_dates = sorted({start + _dt.timedelta(days=int(i * (day0 - start).days / steps_n))
                       for i in range(steps_n)})
    d_core = tl_dates[min(len(tl_dates) - 1, rng.randint(0, 2))]

    # ticket references
    tnum = rng.randint(1100000, 1899999)
    tnum2 = tnum + rng.randint(5, 4000)
    nnum = rng.randint(1000000, 1099999)  # an older, unrelated request (quoted notices)
    tkey = rng.choice(list(TICKET_FORMATS))
    extras.append("ticket_format:" + tkey)
    t1 = fmt_ticket(tnum, lang, tkey)
    t2 = fmt_ticket(tnum2, lang, tkey)

    # how the TLD is written
    tld_disp = "." + tld_a
    if tld_u and rng.random() < 0.3:
        tld_disp = "." + tld_u
        extras.append("ulabel")
    if tld_a.startswith("xn--"):
        extras.append("idn_tld")
    if rng.random() < 0.15:
        tld_disp = tld_disp.upper() if tld_disp.isascii() else tld_disp

    ns = ("ns%d.nic.%s" % (rng.randint(1, 4), tld_a)) if rng.random() < 0.55 else rng.choice(NS_PROVIDERS)
    ip = rng.choice(["192.0.2.%d" % rng.randint(2, 250), "198.51.100.%d" % rng.randint(2, 250),
                     "2001:db8:%x::53" % rng.randint(1, 4000), "203.0.113.%d" % rng.randint(2, 250)])
    vals = dict(tld=tld_disp, t=t1, d=fmt_date(d_core, lang, dkey), n=rng.randint(6, 19),
                k=rng.randint(3, 5), ns=ns, ip=ip, t2=t2)
    core = core_tpl.format(**vals)
    if rng.random() < 0.25:
        core = add_typos(core, rng, lang)
        extras.append("typos")

    full_sig = rng.random() < 0.45
    if full_sig:
        extras.append("signature")
    disclaimer = rng.random() < 0.3
    if disclaimer:
        extras.append("disclaimer")

    def signature():
        if full_sig:
            sep = rng.choice(["-- ", "--", "____________________", ""])
            lines = [sep] if sep else []
            lines += [name, title, org, address, ("Tel: " if lang == "en" else "Tél. : " if lang == "fr"
                                                   else "Tel.: ") + phone,
                      "https://www." + domain]
            return "\n".join(lines)
        return rng.choice([first, name, name + "\n" + org])

    greeting = rng.choice(GREETINGS[lang])
    closer = rng.choice(CLOSERS[lang])
    ask = rng.choice(ASKS[lang])
    headers_extra = []
    subj_hint = CATEGORIES[cat]["subj"][lang]

    def generic_subject():
        s = rng.choice(subj_hint) if rng.random() < 0.4 else rng.choice(SUBJECTS[lang])
        return s.format(tld=tld_disp, tn=rng.choice([t1, str(tnum), "#%d" % tnum]))

    body_html = None
    if style == "terse":
        s = first_sentences(core)
        if t1 not in s and str(tnum) not in s:
            s += " " + {"en": "Ticket %s.", "fr": "Ticket %s.", "es": "Ticket %s."}[lang] % t1
        if tld_disp not in s and rng.random() < 0.5:
            s = tld_disp + ": " + s
        lines = []
        if rng.random() < 0.5:
            lines.append(rng.choice({"en": ["Hi,", "Hello,"], "fr": ["Bonjour,"], "es": ["Hola,", "Buenas,"]}[lang]))
            lines.append("")
        lines.append(s)
        lines.append(rng.choice(TERSE_END[lang]))
        lines.append("")
        lines.append(signature() if full_sig else first)
        text = "\n".join(lines)
        subject = generic_subject()
    elif style == "long":
        tl = TIMELINE[lang]
        step_txt = tl["steps"]
        chosen = [0, *sorted(rng.sample(range(1, len(step_txt) - 1), len(tl_dates) - 1)), len(step_txt) - 1]
        dates = [*list(tl_dates), day0]
        tl_lines = []
        bullet = rng.choice(["- ", "* ", "", "  "])
        for di, si in zip(dates, chosen, strict=False):
            tl_lines.append("%s%s: %s" % (bullet, fmt_date(di, lang, dkey),
                                          step_txt[si].format(tld=tld_disp, t=t1, t2=t2)))
        blocks = [greeting, wrap(core), rng.choice(tl["head"]) + "\n" + "\n".join(tl_lines), wrap(ask),
                  closer + "\n" + signature()]
        text = "\n\n".join(blocks)
        subject = generic_subject()
    elif style == "angry":
        blocks = []
        if rng.random() < 0.6:
            blocks.append(greeting)
        blocks += [wrap(rng.choice(ANGRY_OPEN[lang]) + " " + core), wrap(rng.choice(ANGRY_CLOSE[lang])),
                   signature()]
        text = "\n\n".join(blocks)
        subject = generic_subject()
        if rng.random() < 0.5:
            subject = subject.upper() + rng.choice(["!!!", "!", ""])
    elif style == "formal":
        tref = rng.choice(TREF[lang]).format(t=t1)
        body = FORMAL[lang].format(org=org, tld=tld_disp, tref=tref, core=core)
        text = "\n\n".join(wrap(p) for p in body.split("\n\n"))
        text += "\n\n" + (signature() if full_sig else name + "\n" + title + "\n" + org)
        subject = rng.choice({"en": ["Formal complaint - {tld} - {tn}", "Formal complaint regarding PTI",
                                     "Complaint pursuant to the IANA complaint process"],
                              "fr": ["Réclamation formelle - {tld}", "Plainte formelle concernant PTI"],
                              "es": ["Queja formal - {tld} - {tn}", "Presentación de queja formal"]}[lang]
                             + [""]).format(tld=tld_disp, tn=t1) or generic_subject()
    elif style == "reply":
        keys = [k for k in sorted(NOTICES) if k not in NOTICE_EXCLUDE.get(cat, set())]
        nk = rng.choice(keys)
        nsubj, nbody = NOTICES[nk]
        mdate = fmt_date(day0 + _dt.timedelta(days=rng.randint(3, 20)), "en", "long")
        nsubj = nsubj.format(n2=nnum, tld="." + tld_a, mdate=mdate)
        nbody = nbody.format(n2=nnum, tld="." + tld_a, mdate=mdate)
        nsent = sent - _dt.timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 12))
        notice = "Dear %s,\n\n%s\n\nKind regards,\n\nIANA Services\nPublic Technical Identifiers" % (
            first, wrap(nbody))
        if lang == "en":
            attrib = "On %s, %s wrote:" % (format_datetime(nsent), IANA_ADDR)
        elif lang == "fr":
            attrib = "Le %s, %s a écrit :" % (fmt_date(nsent.date(), "fr", "long") + " à %02d:%02d" %
                                             (nsent.hour, nsent.minute), IANA_ADDR)
        else:
            attrib = "El %s, %s escribió:" % (fmt_date(nsent.date(), "es", "long") + ", a las %02d:%02d" %
                                              (nsent.hour, nsent.minute), IANA_ADDR)
        intro = rng.choice(REPLY_INTRO[lang])
        blocks = ([intro] if intro else []) + [wrap(core), wrap(ask), closer + "\n" + signature()]
        text = "\n\n".join(blocks) + "\n\n" + attrib + "\n" + quote(notice)
        subject = rng.choice(["Re: ", "RE: ", "Re: Re: "]) + nsubj
        headers_extra.append(("In-Reply-To", "<notice-%d.%s@iana.example.org>" % (nnum, nk)))
        headers_extra.append(("References", "<notice-%d.%s@iana.example.org>" % (nnum, nk)))
        extras.append("quoted_notice:" + nk)
    elif style == "forward":
        staff = rng.choice(IANA_STAFF)
        ireply = rng.choice(IANA_REPLIES).format(first=first, staff=staff, tld="." + tld_a)
        fsent = sent - _dt.timedelta(days=rng.randint(2, 25), hours=rng.randint(0, 9))
        osent = fsent - _dt.timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 9))
        fsubj = rng.choice(["Re: [IANA #%d] Change request for .%s" % (tnum, tld_a),
                            "RE: Status of request %s" % t1, "Re: .%s - %s" % (tld_a, t1)])
        hello = {"en": rng.choice(["Dear IANA team,", "Hello,", "Hi,"]),
                 "fr": rng.choice(["Bonjour,", "Madame, Monsieur,"]),
                 "es": rng.choice(["Estimados:", "Hola,"])}[lang]
        orig = hello + "\n\n" + wrap(core) + "\n\n" + first
        fmt_style = rng.choice(["gmail", "outlook"])
        sent_str = format_datetime(fsent)
        if lang == "en":
            if fmt_style == "gmail":
                hb = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s <%s>"
                      % (IANA_ADDR, sent_str, fsubj, name, addr))
            else:
                hb = ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s <%s>\nSubject: %s"
                      % (IANA_ADDR, sent_str, name, addr, fsubj))
            attrib = "On %s, %s <%s> wrote:" % (format_datetime(osent), name, addr)
            fprefix = rng.choice(["Fwd: ", "FW: "])
        elif lang == "fr":
            if fmt_style == "gmail":
                hb = ("-------- Message transféré --------\nSujet : %s\nDate : %s\nDe : %s\nPour : %s <%s>"
                      % (fsubj, sent_str, IANA_ADDR, name, addr))
            else:
                hb = ("De : %s\nEnvoyé : %s\nÀ : %s <%s>\nObjet : %s"
                      % (IANA_ADDR, fmt_date(fsent.date(), "fr", "long") + " %02d:%02d" % (fsent.hour, fsent.minute),
                         name, addr, fsubj))
            attrib = "Le %s, %s <%s> a écrit :" % (fmt_date(osent.date(), "fr", "dmy_slash"), name, addr)
            fprefix = rng.choice(["TR: ", "Fwd: "])
        else:
            if fmt_style == "gmail":
                hb = ("---------- Mensaje reenviado ---------\nDe: %s\nDate: %s\nSubject: %s\nTo: %s <%s>"
                      % (IANA_ADDR, sent_str, fsubj, name, addr))
            else:
                hb = ("De: %s\nEnviado el: %s\nPara: %s <%s>\nAsunto: %s"
                      % (IANA_ADDR, fmt_date(fsent.date(), "es", "long") + " %02d:%02d" % (fsent.hour, fsent.minute),
                         name, addr, fsubj))
            attrib = "El %s, %s <%s> escribió:" % (fmt_date(osent.date(), "es", "dmy_slash"), name, addr)
            fprefix = rng.choice(["RV: ", "Fwd: "])
        cover = []
        if rng.random() < 0.5:
            cover.append(greeting)
        cover.append(wrap(rng.choice(FORWARD_INTRO[lang])))
        cover.append(signature() if full_sig else first)
        text = "\n\n".join(cover) + "\n\n" + hb + "\n\n" + ireply + "\n\n" + attrib + "\n" + quote(orig)
        subject = fprefix + fsubj
        extras.append("forward_header:" + fmt_style)
    elif style == "html":
        lab = HTML_LABELS[lang]
        body_html = []
        body_html.append("<p>%s</p>" % html.escape(greeting))
        for par in re.split(r"(?<=[.!?])\s+(?=(?:We|Our|Since|When|The|In|Nous|Nuestra|Nos|Depuis|Cada|Mientras)\b)",
                            core) if rng.random() < 0.4 else [core]:
            body_html.append("<p>%s</p>" % wrap(html.escape(par)))
        if rng.random() < 0.6:
            rows = ["<tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>" % (lab["tld"], lab["ticket"],
                                                                                lab["since"], lab["status"]),
                    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                        html.escape(tld_disp), html.escape(t1), fmt_date(tl_dates[0], lang, dkey), lab["open"])]
            if rng.random() < 0.4:
                rows.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                    html.escape(tld_disp), html.escape(t2), fmt_date(tl_dates[-1], lang, dkey), lab["related"]))
            body_html.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n'
                             + "\n".join(rows) + "\n</table>")
            extras.append("html_table")
        else:
            steps = TIMELINE[lang]["steps"]
            items = ["<li>%s: %s</li>" % (fmt_date(tl_dates[i], lang, dkey),
                                          html.escape(steps[j].format(tld=tld_disp, t=t1, t2=t2)))
                     for i, j in zip(range(min(3, len(tl_dates))), [0, 2, 4], strict=False)]
            body_html.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            extras.append("html_list")
        body_html.append("<p>%s</p>" % html.escape(ask))
        sig = signature()
        body_html.append("<p>%s<br>\n%s</p>" % (html.escape(closer), "<br>\n".join(html.escape(l) for l in sig.split("\n"))))
        if disclaimer:
            body_html.append('<p style="font-size:8pt;color:#777777">%s</p>' % wrap(html.escape(DISCLAIMERS[lang])))
        text = None
        subject = generic_subject()
    else:
        raise ValueError(style)

    if text is not None and disclaimer:
        text += "\n\n" + wrap(DISCLAIMERS[lang])

    # charset / transfer encoding
    content = text if text is not None else "\n".join(body_html)
    charset = "utf-8"
    try:
        content.encode("iso-8859-1")
        latin = True
    except UnicodeEncodeError:
        latin = False
    if latin and ((lang != "en" and rng.random() < 0.45) or (lang == "en" and rng.random() < 0.15)):
        charset = "iso-8859-1"
    if text is None:
        content = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
                   '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
                   % (charset, content))

    def pick_cte(s):
        if s.isascii():
            return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
        return rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64", "8bit"])

    multipart = text is not None and rng.random() < 0.22
    ctype = "text/html" if text is None else "text/plain"

    # headers
    hdrs = [
        ("From", formataddr((name, addr), charset="utf-8")),
        ("To", CSC_ADDR),
    ]
    if style == "reply" and rng.random() < 0.5:
        hdrs.append(("Cc", IANA_ADDR))
    hdrs += [
        ("Subject", encode_header(subject, charset)),
        ("Date", format_datetime(sent)),
        ("Message-ID", "<%s.%s@%s>" % (sent.strftime("%Y%m%d%H%M%S"),
                                        hashlib.sha1(("blind16-%d" % idx).encode()).hexdigest()[:12], domain)),
    ]
    hdrs += headers_extra
    ua = rng.choice(UA)
    if ua:
        hdrs.append(("User-Agent" if "Outlook" not in ua else "X-Mailer", ua))
    hdrs.append(("MIME-Version", "1.0"))

    out = bytearray()
    for k, v in hdrs:
        out += ("%s: %s\r\n" % (k, v)).encode("ascii")
    if multipart:
        boundary = "=_blind16_%03d_alt" % idx
        out += b'Content-Type: multipart/alternative; boundary="%s"\r\n\r\n' % boundary.encode()
        out += b"This is a multi-part message in MIME format.\r\n\r\n"
        for sub_ct, sub_text in (("text/plain", content), ("text/html", plain_to_html(content, charset))):
            cte = pick_cte(sub_text)
            out += b"--%s\r\n" % boundary.encode()
            out += ('Content-Type: %s; charset="%s"\r\nContent-Transfer-Encoding: %s\r\n\r\n'
                    % (sub_ct, charset, cte)).encode()
            out += encode_body(sub_text, charset, cte)
        out += b"--%s--\r\n" % boundary.encode()
        extras.append("multipart_alternative")
        cte_main = "mixed"
    else:
        cte_main = pick_cte(content)
        out += ('Content-Type: %s; charset="%s"\r\nContent-Transfer-Encoding: %s\r\n\r\n'
                % (ctype, charset, cte_main)).encode()
        out += encode_body(content, charset, cte_main)
        extras.append("cte:" + cte_main)
    extras.append("charset:" + charset)

    meta = {"category": cat, "language": lang, "style": style, "tld": tld_a, "extras": extras,
            "core_id": spec["core_id"]}
    return bytes(out), meta


def plan(rng):
    specs = []
    for cat, cd in CATEGORIES.items():
        cores = []
        for lang in ("en", "fr", "es"):
            for i, c in enumerate(cd[lang]):
                cores.append((lang, "%s:%s%d" % (cat, lang, i + 1), c))
        order = list(range(len(cores))) * 2
        order += rng.sample(range(len(cores)), MAILS_PER_CATEGORY - len(order))
        rng.shuffle(order)
        styles = STYLES * (MAILS_PER_CATEGORY // len(STYLES))
        styles += rng.sample(STYLES, MAILS_PER_CATEGORY - len(styles))
        rng.shuffle(styles)
        pools = {}
        for lang in ("en", "fr", "es"):
            regs = list(REGISTRIES[lang])
            rng.shuffle(regs)
            if lang == "en":  # make sure every category has an IDN sender
                idn = [r for r in regs if r[0].startswith("xn--")]
                regs.remove(idn[0])
                regs.insert(0, idn[0])
            pools[lang] = regs
        # first EN mail of the category takes the IDN registry
        for j in range(MAILS_PER_CATEGORY):
            lang, core_id, core = cores[order[j]]
            reg = pools[lang].pop(0)
            pools[lang].append(reg)
            specs.append({"category": cat, "lang": lang, "core": core, "core_id": core_id,
                          "style": styles[j], "registry": reg})
    rng.shuffle(specs)
    return specs


def build():
    rng = random.Random(SEED)
    specs = plan(rng)
    files, labels, manifest = {}, {}, {}
    for i, spec in enumerate(specs, 1):
        fname = "%03d.eml" % i
        data, meta = make_mail(i, spec, rng)
        files[fname] = data
        labels[fname] = meta["category"]
        manifest[fname] = meta
    return SimpleNamespace(
        files=files,
        labels_json=json.dumps({SPLIT: labels}, sort_keys=True, indent=1) + "\n",
        manifest_json=json.dumps(manifest, sort_keys=True, indent=1) + "\n",
    )


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    res = build()
    outdir = os.path.join(here, SPLIT)
    os.makedirs(outdir, exist_ok=True)
    for old in os.listdir(outdir):
        if old.endswith(".eml") and old not in res.files:
            os.remove(os.path.join(outdir, old))
    for name, data in res.files.items():
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(res.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8") as fh:
        fh.write(res.manifest_json)
    print("wrote %d mails to %s" % (len(res.files), outdir))
