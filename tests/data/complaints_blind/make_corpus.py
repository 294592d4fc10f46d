#!/usr/bin/env python3
# ruff: noqa: UP031  (the author's printf-style formatting, kept as written)
"""Deterministic generator of the blind labelled corpus of complaint e-mails to the CSC.

Run `python3 make_corpus.py` to write all/NNN.eml, labels.json and manifest.json next to
this file. Output is byte-identical across runs (fixed seed, dates, boundaries, ids).
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import re
import unicodedata
from email.header import Header

if __package__:
    from .texts import (
        ATTRIB,
        CORES,
        DISCLAIMERS,
        FORMAL_SUBJECTS,
        FWD_HEADER,
        FWD_INTRO,
        FWD_LABELS,
        FWD_PREFIX,
        GREETING_CLOSE,
        NOTICES,
        RE_PREFIX,
        RELATED,
        SUBJECTS,
        TLDS,
    )
else:
    from texts import (
        ATTRIB,
        CORES,
        DISCLAIMERS,
        FORMAL_SUBJECTS,
        FWD_HEADER,
        FWD_INTRO,
        FWD_LABELS,
        FWD_PREFIX,
        GREETING_CLOSE,
        NOTICES,
        RE_PREFIX,
        RELATED,
        SUBJECTS,
        TLDS,
    )

SPLIT = "all"
SEED = 20260410
PER_CATEGORY = 13
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]
STYLE_KINDS = {
    "terse": ["terse"],
    "long": ["long"],
    "angry": ["angry"],
    "formal": ["formal"],
    "reply": ["body", "terse", "angry"],
    "forward": ["body", "terse"],
    "html": ["body", "long"],
}
CC_ONLY = {"transfer_evaluation", "unequal_treatment"}
CC_WORDS = ("ccTLD", "ministry", "ministerio", "ministère", "government", "gobierno",
            "pays", "country", "universidad", "university", "université")
# time scale of the stories (multiplies the gaps between timeline dates)
SCALE = {"transfer_evaluation": 7, "idn_table_publication": 2, "rzdb_contact_record_update": 2,
         "unequal_treatment": 2}
TO = "CSC <csc@csc.example.org>"

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def _ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


DATE_FORMATS = {
    "en": {
        "dmy_long": lambda d: "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year),
        "mdy_long": lambda d: "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year),
        "iso": lambda d: d.strftime("%Y-%m-%d"),
        "slash_dmy": lambda d: d.strftime("%d/%m/%Y"),
        "slash_mdy": lambda d: "%d/%d/%d" % (d.month, d.day, d.year),
        "short": lambda d: "%d %s" % (d.day, MONTHS["en"][d.month - 1][:3]),
        "ordinal": lambda d: "{} {}".format(MONTHS["en"][d.month - 1][:3], _ordinal(d.day)),
        "weekday": lambda d: "%s %d %s" % (DAYS["en"][d.weekday()][:3], d.day,
                                           MONTHS["en"][d.month - 1][:3]),
    },
    "fr": {
        "long": lambda d: "%d %s %d" % (d.day, MONTHS["fr"][d.month - 1], d.year),
        "slash": lambda d: d.strftime("%d/%m/%Y"),
        "short": lambda d: "%d/%d/%s" % (d.day, d.month, str(d.year)[2:]),
        "iso": lambda d: d.strftime("%Y-%m-%d"),
        "weekday": lambda d: "%s %d %s" % (DAYS["fr"][d.weekday()], d.day,
                                           MONTHS["fr"][d.month - 1]),
        "dots": lambda d: d.strftime("%d.%m.%Y"),
    },
    "es": {
        "long": lambda d: "%d de %s de %d" % (d.day, MONTHS["es"][d.month - 1], d.year),
        "slash": lambda d: d.strftime("%d/%m/%Y"),
        "short": lambda d: "%d/%d/%d" % (d.day, d.month, d.year),
        "iso": lambda d: d.strftime("%Y-%m-%d"),
        "abbr": lambda d: "%d-%s-%d" % (d.day, MONTHS["es"][d.month - 1][:3], d.year),
        "nodate_year": lambda d: "%d de %s" % (d.day, MONTHS["es"][d.month - 1]),
    },
}

TICKET_FORMATS = {
    "plain": "{n}", "hash": "#{n}", "iana_hash": "IANA #{n}", "bracket": "[IANA #{n}]",
    "rzm": "RZM-{n}", "iana_dash": "IANA-{n}", "ref": "ref. {n}", "no": "No. {n}",
}
TICKET_BY_LANG = {
    "en": ["plain", "hash", "iana_hash", "bracket", "rzm", "iana_dash", "ref", "no"],
    "fr": ["plain", "hash", "iana_hash", "bracket", "rzm", "n_fr"],
    "es": ["plain", "hash", "iana_hash", "bracket", "iana_dash", "n_es"],
}
TICKET_FORMATS["n_fr"] = "n° {n}"
TICKET_FORMATS["n_es"] = "nº {n}"

STATUS_WORDS = {
    "en": ("Request", "TLD", "Submitted", "Status", "open / no resolution"),
    "fr": ("Demande", "Domaine", "Soumise le", "État", "en cours / sans suite"),
    "es": ("Solicitud", "Dominio", "Enviada el", "Estado", "abierta / sin respuesta"),
}
MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird", "Apple Mail (2.3774)",
           "Roundcube Webmail/1.6.9", "Zimbra 9.0", None, None, None]


class Corpus:
    def __init__(self, files, labels_json, manifest_json):
        self.files = files
        self.labels_json = labels_json
        self.manifest_json = manifest_json


def _ascii_local(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    parts = re.sub(r"[^A-Za-z \-]", "", s).lower().split()
    return parts


def _sub(text, vals):
    return re.sub(r"\{(\w+)\}", lambda m: vals.get(m.group(1), m.group(0)), text)


def _typos(text, rng):
    words = list(re.finditer(r"(?<![\w.@/-])[A-Za-zÀ-ÿ]{5,}(?![\w.@/-])", text))
    if not words:
        return text
    n = max(2, len(words) // 45)
    picks = sorted(rng.sample(range(len(words)), min(n, len(words))), reverse=True)
    for p in picks:
        m = words[p]
        w = m.group(0)
        op = rng.randrange(3)
        i = rng.randrange(1, len(w) - 2)
        if op == 0:
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 1:
            nw = w[:i] + w[i + 1:]
        else:
            nw = w[:i] + w[i] + w[i:]
        text = text[:m.start()] + nw + text[m.end():]
    return text


def _signature(person, tld, lang, full, rng):
    name, title = person
    org, domain, addr, phone = tld[3], tld[4], tld[5], tld[6]
    if not full:
        return rng.choice([name, name.split()[0], name + "\n" + org, name + " - " + tld_disp(tld)])
    tel = {"en": "Tel", "fr": "Tél.", "es": "Tel."}[lang]
    lines = ["-- ", name, title, org, addr, f"{tel}: {phone}",
             f"https://www.{domain}"]
    if rng.random() < 0.4:
        lines.insert(6, "Mob: +{}".format("".join(str(rng.randrange(10)) for _ in range(11))))
    return "\n".join(lines)


def tld_disp(tld):
    return "." + tld[0]


def _quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def _to_html(text, lang, date_strs, table=None):
    out = ["<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:11pt\">"]
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    for b in blocks:
        lines = b.split("\n")
        if all(any(l.startswith(d) for d in date_strs) for l in lines if l.strip()) and len(lines) > 1:
            out.append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">")
            for l in lines:
                d = max((d for d in date_strs if l.startswith(d)), key=len)
                rest = l[len(d):].lstrip(" :-\u2013")
                out.append(f"<tr><td>{html.escape(d)}</td><td>{html.escape(rest)}</td></tr>")
            out.append("</table>")
        elif all(re.match(r"\s*(-|\d+\.|\([ivx]+\))\s", l) for l in lines if l.strip()):
            out.append("<ul>" + "".join("<li>{}</li>".format(html.escape(re.sub(r"^\s*(-|\d+\.)\s*", "", l)))
                                        for l in lines if l.strip()) + "</ul>")
        elif lines[0] == "-- ":
            out.append("<div style=\"color:#555;font-size:9pt\">" + "<br>".join(html.escape(l) for l in lines[1:]) + "</div>")
        elif lines[0].startswith(">"):
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" +
                       "<br>".join(html.escape(l.lstrip("> ")) for l in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    if table:
        hdr, rows = table
        out.append("<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\"><tr>" +
                   "".join(f"<th>{html.escape(h)}</th>" for h in hdr) + "</tr>")
        for r in rows:
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _encode_part(text, subtype, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode(charset)
    hdr = f"Content-Type: text/{subtype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n"
    return hdr, payload


def _pick_charset_cte(text, lang, rng):
    latin_ok = True
    try:
        text.encode("iso-8859-1")
    except UnicodeEncodeError:
        latin_ok = False
    ascii_ok = all(ord(c) < 128 for c in text)
    p_latin = 0.45 if lang != "en" else 0.15
    if latin_ok and rng.random() < p_latin:
        cs = "iso-8859-1"
        cte = rng.choices(["quoted-printable", "8bit", "base64"], [6, 3, 1])[0]
    else:
        cs = "utf-8"
        cte = rng.choices(["quoted-printable", "base64", "8bit"], [45, 35, 20])[0]
    if ascii_ok and cte == "8bit":
        cte = "7bit"
    return cs, cte


def _hdr(value, rng):
    if all(ord(c) < 128 for c in value):
        return value
    cs = "iso-8859-1"
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    if rng.random() < 0.5:
        cs = "utf-8"
    return Header(value, cs, maxlinelen=76).encode()


def build():
    rng = random.Random(SEED)
    cats = list(CORES)
    files, labels, manifest = {}, {}, {}
    tld_global = {t[0]: 0 for t in TLDS}
    start = dt.date(2026, 1, 26)
    jobs = []
    for ci, cat in enumerate(cats):
        cores = CORES[cat]
        used = [0] * len(cores)
        tld_used = {}
        for j in range(PER_CATEGORY):
            style = STYLES[(ci * 3 + j) % len(STYLES)]
            kinds = STYLE_KINDS[style]
            cand = [i for i, c in enumerate(cores) if c[0] in kinds]
            ci_best = min(cand, key=lambda i: (used[i], kinds.index(cores[i][0]), rng.random()))
            used[ci_best] += 1
            lang = cores[ci_best][1]
            cc_only = cat in CC_ONLY or any(w in cores[ci_best][3] for w in CC_WORDS)
            tcand = [t for t in TLDS if lang in t[2].split() and (not cc_only or t[1] == "cc")]
            t = min(tcand, key=lambda t: (tld_used.get(t[0], 0), tld_global[t[0]], rng.random()))
            tld_used[t[0]] = tld_used.get(t[0], 0) + 1
            tld_global[t[0]] += 1
            jobs.append((cat, style, ci_best, t))
    # interleave categories so numbering does not reveal them
    order = list(range(len(jobs)))
    rng.shuffle(order)
    for n, idx in enumerate(order, 1):
        cat, style, core_i, t = jobs[idx]
        _kind, lang, core_subject, core_text = CORES[cat][core_i]
        fname = "%03d.eml" % n
        mrng = random.Random("%d-%s" % (SEED, fname))
        person = mrng.choice(t[8])
        mail_date = start + dt.timedelta(days=mrng.randrange(0, 270))
        sc = SCALE.get(cat, 1)
        d4 = mail_date - dt.timedelta(days=mrng.randint(1, 4))
        d3 = d4 - dt.timedelta(days=sc * mrng.randint(2, 8))
        d2 = d3 - dt.timedelta(days=sc * mrng.randint(1, 7))
        d1 = d2 - dt.timedelta(days=sc * mrng.randint(1, 5))
        if cat == "emergency_request_handling":
            d2 = d1 + dt.timedelta(days=1)
        dfmt_name = mrng.choice(sorted(DATE_FORMATS[lang]))
        dfmt = DATE_FORMATS[lang][dfmt_name]
        tfmt_name = mrng.choice(TICKET_BY_LANG[lang])
        tfmt = TICKET_FORMATS[tfmt_name]
        n1 = mrng.randint(1180000, 1399999)
        n2 = n1 + mrng.randint(3, 9000)
        host = t[4]
        tld_text = "." + t[0]
        if t[0].startswith("xn--") and mrng.random() < 0.35:
            tld_text = "." + t[0].encode("ascii").decode("idna")
            extras_pre = ["u-label"]
        else:
            extras_pre = []
        vals = {
            "tld": tld_text,
            "T": tfmt.format(n=n1), "T2": tfmt.format(n=n2),
            "D1": dfmt(d1), "D2": dfmt(d2), "D3": dfmt(d3), "D4": dfmt(d4),
            "days": str((mail_date - d1).days),
            "hours": str(mrng.randint(3, 41)),
            "ns": mrng.choice(["ns2", "ns3", "b", "sec1", "dns2", "ns-ext"]) + "." + host,
            "ns2": mrng.choice(["ns1", "a", "ns4", "dns1"]) + "." + mrng.choice(["old-provider.example", host, "anycast-old.example"]),
            "ip": "%s.%d" % (mrng.choice(["192.0.2", "198.51.100", "203.0.113"]), mrng.randint(2, 250)),
            "keytag": str(mrng.randint(10000, 65000)),
            "month": MONTHS[lang][d1.month - 1],
            "org": t[3],
            "first": person[0].split()[0],
        }
        extras = ["ticket:" + tfmt_name, "dates:" + dfmt_name, *extras_pre]
        core = _sub(core_text, vals)
        if mrng.random() < (0.4 if style in ("angry", "terse") else 0.2):
            core = _typos(core, mrng)
            extras.append("typos")
        full_sig = mrng.random() < (0.85 if style == "formal" else 0.1 if style == "terse" else 0.45)
        if full_sig:
            extras.append("signature")
        disclaimer = mrng.random() < (0.6 if style == "formal" else 0.25)
        if disclaimer:
            extras.append("disclaimer")
        sig = _signature(person, t, lang, full_sig, mrng)
        parts = [core.rstrip()]
        if style == "terse" and not full_sig:
            parts.append(sig if mrng.random() < 0.7 else "")
        else:
            parts.append(mrng.choice(GREETING_CLOSE[lang]) + "\n" + sig)
        if disclaimer:
            parts.append(DISCLAIMERS[lang])
        if style == "forward":
            intro = mrng.choice(FWD_INTRO[lang])
            if intro:
                parts.insert(1, intro)
        body_main = "\n\n".join(p for p in parts if p)

        # subject
        if style == "formal" and (core_subject is None or mrng.random() < 0.4):
            subject = _sub(mrng.choice(FORMAL_SUBJECTS[lang]), vals)
        elif core_subject and mrng.random() < 0.5:
            subject = _sub(core_subject, vals)
        else:
            subject = _sub(mrng.choice(SUBJECTS[lang]), vals)

        extra_headers = []
        notice_date = dt.datetime(d2.year, d2.month, d2.day, mrng.randint(0, 23), mrng.randint(0, 59),
                                  tzinfo=dt.UTC)
        if style in ("reply", "forward"):
            rel = RELATED[cat]
            pool = sorted(k2 for k2 in NOTICES if k2 not in rel) if style == "reply" else rel
            nkey = mrng.choice(pool)
            nsubj, ntext = NOTICES[nkey]
            nn = n2 if (style == "reply" and mrng.random() < 0.6) else n1
            nvals = dict(vals, N=str(nn), tld="." + t[0])
            nsubj = _sub(nsubj, nvals)
            if not nsubj.startswith("[IANA") and mrng.random() < 0.6:
                nsubj = "[IANA #%d] %s" % (nn, nsubj)
            ntext = _sub(ntext, nvals)
            extras.append("notice:" + nkey)
            ndate_str = dfmt(d2) + " " + notice_date.strftime("%H:%M")
            if style == "reply":
                attrib = _sub(mrng.choice(ATTRIB[lang]), {"date": ndate_str})
                body = body_main + "\n\n" + attrib + "\n" + _quote(ntext)
                subject = mrng.choice(RE_PREFIX[lang]) + nsubj
                extra_headers.append("In-Reply-To: <%s.%d@iana.example>" % (hashlib.sha1(str(nn).encode()).hexdigest()[:12], nn))
                extra_headers.append("References: <%s.%d@iana.example>" % (hashlib.sha1(str(nn).encode()).hexdigest()[:12], nn))
            else:
                lab = FWD_LABELS[lang]
                fwd = "\n".join([
                    FWD_HEADER[lang],
                    f"{lab[0]}: IANA Root Zone Management <root-mgmt@iana.example>",
                    f"{lab[1]}: {ndate_str}",
                    f"{lab[2]}: {nsubj}",
                    "{}: {} <{}>".format(lab[3], person[0], ".".join(_ascii_local(person[0])) + "@" + host),
                ])
                body = body_main + "\n\n" + fwd + "\n\n" + ntext
                subject = mrng.choice(FWD_PREFIX[lang]) + nsubj
        else:
            body = body_main

        # MIME assembly
        boundary = "----=_Part_%03d_%s" % (n, hashlib.sha1(("b" + fname).encode()).hexdigest()[:16])
        date_strs = sorted({vals["D1"], vals["D2"], vals["D3"], vals["D4"]}, key=len, reverse=True)
        cs, cte = _pick_charset_cte(body, lang, mrng)
        if style == "html":
            table = None
            if mrng.random() < 0.6:
                sw = STATUS_WORDS[lang]
                table = ((sw[0], sw[1], sw[2], sw[3]),
                         [(vals["T"], "." + t[0], vals["D1"], sw[4])])
                extras.append("html_table")
            h = _to_html(body, lang, date_strs, table)
            if cs == "iso-8859-1":
                h = h.replace("charset=\"utf-8\"", "charset=\"iso-8859-1\"")
            ph, pp = _encode_part(h, "html", cs, cte)
            if mrng.random() < 0.7:
                mime = ph + "\n" + pp
            else:
                mime = (f"Content-Type: multipart/related; boundary=\"{boundary}\"\n\n"
                        f"This is a multi-part message in MIME format.\n\n--{boundary}\n{ph}\n{pp}\n--{boundary}--\n")
        else:
            ph, pp = _encode_part(body + "\n", "plain", cs, cte)
            if mrng.random() < 0.28:
                extras.append("alternative")
                h = _to_html(body, lang, date_strs)
                cs2 = cs if cs == "utf-8" else "iso-8859-1"
                if cs2 == "iso-8859-1":
                    h = h.replace("charset=\"utf-8\"", "charset=\"iso-8859-1\"")
                hh, hp = _encode_part(h, "html", cs2, "quoted-printable" if cte != "base64" else "base64")
                mime = (f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\n\n--{boundary}\n{ph}\n{pp}\n--{boundary}\n{hh}\n{hp}\n--{boundary}--\n")
            else:
                mime = ph + "\n" + pp
        extras.append("charset:" + cs)
        extras.append("cte:" + cte)

        tzm = t[7]
        hh_ = mrng.randint(6, 22)
        mdt = dt.datetime(mail_date.year, mail_date.month, mail_date.day, hh_, mrng.randint(0, 59),
                          mrng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(minutes=tzm)))
        from email.utils import format_datetime
        local = ".".join(_ascii_local(person[0])) if mrng.random() < 0.7 else \
            (_ascii_local(person[0])[0][0] + _ascii_local(person[0])[-1])
        addr = f"{local}@{host}"
        name_hdr = _hdr(person[0], mrng)
        if name_hdr == person[0] and not re.match(r"^[A-Za-z .\-']+$", person[0]):
            name_hdr = f'"{person[0]}"'
        msgid = "<{}.{}@{}>".format(hashlib.sha1(("m" + fname + t[0]).encode()).hexdigest()[:20],
                                mdt.strftime("%Y%m%d%H%M%S"), host)
        headers = [f"From: {name_hdr} <{addr}>", f"To: {TO}", f"Subject: {_hdr(subject, mrng)}", f"Date: {format_datetime(mdt)}", f"Message-ID: {msgid}", *extra_headers]
        mailer = mrng.choice(MAILERS)
        if mailer:
            headers.append(f"X-Mailer: {mailer}")
        if mrng.random() < 0.3:
            headers.append("Content-Language: {}".format({"en": "en-US", "fr": "fr-FR", "es": "es-ES"}[lang]))
        headers.append("MIME-Version: 1.0")
        raw = "\n".join(headers) + "\n" + mime
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
        enc = "utf-8" if cte in ("8bit",) and cs == "utf-8" else ("iso-8859-1" if cte == "8bit" else "ascii")
        files[fname] = raw.encode(enc)
        labels[fname] = cat
        manifest[fname] = {"category": cat, "language": lang, "style": style, "tld": t[0],
                           "extras": extras, "core": "%s/%d" % (cat, core_i)}
    labels_json = json.dumps({SPLIT: labels}, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    manifest_json = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    return Corpus(files, labels_json, manifest_json)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    os.makedirs(os.path.join(here, SPLIT), exist_ok=True)
    for name, data in sorted(c.files.items()):
        with open(os.path.join(here, SPLIT, name), "wb") as f:
            f.write(data)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(c.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(c.manifest_json)
    print("wrote %d mails" % len(c.files))


if __name__ == "__main__":
    main()
