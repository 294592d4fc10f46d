#!/usr/bin/env python3
"""Deterministic generator of the ninth labelled complaint corpus (CSC mailbox).

Run `python3 make_corpus.py` to write all/NNN.eml, labels.json and manifest.json next to
this file.  Running it twice produces identical bytes.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import unicodedata
from dataclasses import dataclass
from email.header import Header

if __package__:
    from . import texts as T
else:
    import texts as T

SPLIT = "all"
SEED = 6_2026
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]
TO = "CSC <csc@csc.example.org>"


@dataclass
class Corpus:
    files: dict
    labels_json: str
    manifest_json: str


# ---------------------------------------------------------------- helpers
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
DATE_FMTS = {
    "en": ["iso", "dmy_long", "mdy_long", "us_slash", "eu_slash", "short_mon"],
    "fr": ["iso", "fr_long", "eu_slash", "eu_dot"],
    "es": ["iso", "es_long", "eu_slash", "eu_dash"],
}


def fmt_date(d, kind, lang):
    m = MONTHS[lang][d.month - 1]
    if kind == "iso":
        return d.strftime("%Y-%m-%d")
    if kind == "dmy_long":
        return f"{d.day} {m} {d.year}"
    if kind == "mdy_long":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{m} {d.day}{suf}"
    if kind == "us_slash":
        return f"{d.month}/{d.day}/{d.year}"
    if kind == "eu_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if kind == "eu_dot":
        return f"{d.day}.{d.month:02d}.{d.year % 100:02d}"
    if kind == "eu_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if kind == "short_mon":
        return f"{d.day} {m[:3]}"
    if kind == "fr_long":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if kind == "es_long":
        return f"{d.day} de {m} de {d.year}"
    raise ValueError(kind)


TICKET_FMTS = ["plain", "hash", "iana_hash", "iana_dash", "rz", "cr", "no"]


def fmt_ticket(n, kind):
    return {
        "plain": f"{n}",
        "hash": f"#{n}",
        "iana_hash": f"IANA #{n}",
        "iana_dash": f"IANA-{n}",
        "rz": f"RZ-2026-{n % 100000:05d}",
        "cr": f"CR{n}",
        "no": f"n° {n}",
    }[kind]


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and c.isascii())


def label_of(tld):
    return tld.lstrip(".")


def reg_domain(tld):
    lab = label_of(tld)
    pats = ["nic-{l}.example", "{l}-registry.example", "registry-{l}.example", "dns-{l}.example"]
    h = int(hashlib.sha1(lab.encode()).hexdigest(), 16)
    return pats[h % len(pats)].format(l=lab)


def registry_name(tld, lang):
    lab = label_of(tld).upper()
    return {"en": f"{lab} Registry", "fr": f"Registre {tld}", "es": f"Registro {tld}"}[lang]


def add_typos(text, rng, rate=0.05):
    out = []
    for tok in text.split(" "):
        core = tok.strip(".,;:!?()«»'\"")
        if (len(core) > 4 and core.isalpha() and core.islower() and rng.random() < rate):
            i = rng.randrange(1, len(core) - 1)
            op = rng.randrange(3)
            if op == 0:
                new = core[:i] + core[i + 1] + core[i] + core[i + 2:]
            elif op == 1:
                new = core[:i] + core[i + 1:]
            else:
                new = core[:i] + core[i] + core[i:]
            tok = tok.replace(core, new, 1)
        out.append(tok)
    return " ".join(out)


def wrap(text, width=76):
    lines = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            lines.append(para)
            continue
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        lines.append(cur)
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset):
    try:
        name.encode("ascii")
        return f"{name} <{email}>" if not any(c in name for c in ",.'") else f'"{name}" <{email}>'
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(charset)  # 7bit / 8bit: kept as text, encoded at the end


# ---------------------------------------------------------------- plan
def make_plan(rng):
    cats = list(T.CATEGORIES)
    plan = []
    for ci, cat in enumerate(cats):
        langs = ["en"] * 9 + ["fr"] * 3 + ["es"] * 2 if ci % 2 == 0 else ["en"] * 8 + ["fr"] * 3 + ["es"] * 3
        if ci in (3, 8):
            langs.append("en")  # two categories get a 15th mail
        styles = (STYLES * 3)[: len(langs)]
        rng.shuffle(styles)
        rng.shuffle(langs)
        cores_by_lang = {}
        for lang in ("en", "fr", "es"):
            idx = [i for i, c in enumerate(T.CORES[cat]) if c[0] == lang]
            rng.shuffle(idx)
            cores_by_lang[lang] = idx
        used = {"en": 0, "fr": 0, "es": 0}
        tld_pool = {l: rng.sample(T.TLDS[l], len(T.TLDS[l])) for l in T.TLDS}
        for lang, style in zip(langs, styles, strict=False):
            k = used[lang]
            used[lang] += 1
            core = cores_by_lang[lang][k % len(cores_by_lang[lang])]
            tld = tld_pool[lang][k % len(tld_pool[lang])]
            plan.append((cat, lang, style, core, tld))
    rng.shuffle(plan)
    return plan


# ---------------------------------------------------------------- one mail
def compose(i, item, rng):
    cat, lang, style, core_idx, tld = item
    _, short, body = T.CORES[cat][core_idx]
    extras = []

    # dates
    start = dt.date(2026, 1, 5)
    mdate = start + dt.timedelta(days=rng.randrange(0, 290))
    d1 = mdate - dt.timedelta(days=rng.randrange(12, 45))
    d2 = d1 + dt.timedelta(days=rng.randrange(2, 9))
    dfmt = rng.choice(DATE_FMTS[lang])
    tkfmt = rng.choice(TICKET_FMTS)
    n1 = rng.randrange(1_000_000, 1_400_000)
    n2 = n1 - rng.randrange(30, 9000)
    tk, tk2 = fmt_ticket(n1, tkfmt), fmt_ticket(n2, tkfmt)
    extras += [f"ticket:{tkfmt}", f"date:{dfmt}"]
    dom = reg_domain(tld)
    vals = dict(tld=tld, tk=tk, tk2=tk2, d1=fmt_date(d1, dfmt, lang), d2=fmt_date(d2, dfmt, lang), dom=dom)
    short_t = short.format(**vals)
    body_t = body.format(**vals)
    if lang == "fr":  # French typography: non-breaking spaces inside guillemets
        short_t, body_t = (x.replace("« ", "«\u00a0").replace(" »", "\u00a0»") for x in (short_t, body_t))

    person = rng.choice(T.PEOPLE[lang])
    first, last = person.split(" ", 1)
    email = f"{ascii_fold(first).lower()}.{ascii_fold(last).lower().replace(' ', '').replace(chr(39), '')}@{dom}"
    if rng.random() < 0.2:
        email = f"{rng.choice(['hostmaster', 'tech', 'dns-ops', 'admin'])}@{dom}"

    aside = None
    if style not in ("terse",) and rng.random() < 0.45:
        choices = [a for (c, a) in T.ASIDES[lang] if c != cat]
        aside = rng.choice(choices)
        extras.append("aside")
    typos = rng.random() < 0.25
    if typos:
        extras.append("typos")
        short_t = add_typos(short_t, rng)
        body_t = add_typos(body_t, rng)
    want_sig = (style in ("formal", "long") and rng.random() < 0.7) or rng.random() < 0.3
    want_disc = rng.random() < 0.25
    if style == "terse":
        want_sig = want_sig and rng.random() < 0.4
    sig = None
    if want_sig:
        extras.append("signature")
        street = rng.choice(T.STREETS[lang])
        city, cc = T.PLACES[tld]
        phone = f"{cc} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
        sig = "\n".join([person, rng.choice(T.TITLES[lang]), registry_name(tld, lang), street, city,
                         f"Tel: {phone}", f"https://www.{dom}/"])
    if want_disc:
        extras.append("disclaimer")

    greet = rng.choice(T.GREET[lang])
    close = rng.choice(T.CLOSE[lang])
    signoff = sig if sig else rng.choice([person, first, f"{first}\n{registry_name(tld, lang)}"])

    # subject
    if rng.random() < 0.45:
        subj = rng.choice(T.HINT_SUBJECTS[cat][lang]).format(**vals)
    else:
        subj = rng.choice(T.GENERIC_SUBJECTS[lang]).format(**vals)
    if style not in ("reply", "forward") and rng.random() < 0.15:
        subj = "Re: " + subj

    attachment = None
    html_body = None
    parts = []
    if style == "terse":
        lines = [short_t]
        if rng.random() < 0.5 and tk not in short_t:
            lines.append({"en": "Ref", "fr": "Réf.", "es": "Ref."}[lang] + f" {tk}")
        tail = rng.choice(T.TERSE_TAIL[lang])
        if tail:
            lines.append(tail)
        parts = ["\n".join(lines), signoff]
        if rng.random() < 0.4:
            parts.insert(0, greet)
    elif style == "long":
        steps = timeline(cat, lang, vals, d1, d2, mdate, dfmt, rng)
        parts = [greet, rng.choice(T.LONG_INTRO[lang]), body_t,
                 T.TIMELINE_HEAD[lang] + "\n" + "\n".join(f"- {d}: {s}" for d, s in steps)]
        if aside:
            parts.append(aside)
        parts += [close + "\n" + signoff]
        if rng.random() < 0.5:
            attachment = make_attachment(cat, tld, steps, dom, rng)
            extras.append("attachment")
    elif style == "angry":
        opener = rng.choice(T.ANGRY_OPEN[lang])
        mid = body_t if rng.random() < 0.7 else short_t + "\n\n" + body_t
        parts = ([greet] if rng.random() < 0.5 else []) + [opener, mid]
        if aside:
            parts.append(aside)
        parts += [rng.choice(T.ANGRY_CLOSE[lang]), signoff]
    elif style == "formal":
        g = {"en": "Dear Members of the Customer Standing Committee,",
             "fr": "Mesdames et Messieurs les membres du Comité permanent des clients,",
             "es": "Señoras y señores miembros del Comité Permanente de Clientes:"}[lang]
        parts = [g, rng.choice(T.FORMAL_OPEN[lang]).format(**vals), body_t]
        if aside:
            parts.append(aside)
        parts += [rng.choice(T.FORMAL_CLOSE[lang]), close + "\n" + signoff]
    elif style == "reply":
        nsubj, ntext = rng.choice(T.IANA_NOTICES)
        nsubj = nsubj.format(tk2=f"IANA #{n2}", tld=tld)
        ntext = ntext.format(tk2=f"#{n2}", tld=tld)
        subj = f"{rng.choice(['Re:', 'RE:', 'Re:'])} [IANA #{n2}] {nsubj}"
        lead = rng.choice(T.REPLY_LEAD[lang])
        mid = body_t if rng.random() < 0.6 else short_t
        top = [x for x in [lead, mid, aside] if x]
        qdate = fmt_date(mdate - dt.timedelta(days=rng.randrange(0, 4)), dfmt, lang)
        parts = [*top, close + "\n" + signoff,
                 T.QUOTE_INTRO[lang].format(date=qdate, who=rng.choice(T.IANA_SENDERS)) + "\n" + quote(wrap(ntext))]
        extras.append("quoted_notice")
    elif style == "forward":
        isend = rng.choice(T.IANA_SENDERS)
        fdate = mdate - dt.timedelta(days=rng.randrange(2, 10))
        fdt = dt.datetime(fdate.year, fdate.month, fdate.day, rng.randrange(7, 20), rng.randrange(60), tzinfo=dt.UTC)
        inner_subj = rng.choice([f"{tld} - {tk}", f"Request {tk}", f"[IANA #{n1}] {tld}", subj])
        L = T.FWD_LABELS[lang]
        intro = rng.choice(T.FWD_INTRO[lang])
        ours = "\n\n".join([{"en": "Dear IANA team,", "fr": "Bonjour,", "es": "Estimados,"}[lang], body_t, signoff])
        if rng.random() < 0.5:
            # forwarding IANA's canned reply that quotes our original message
            block = (f"{L[0]}: {isend}\n{L[1]}: {fmt_rfc(fdt)}\n{L[2]}: Re: {inner_subj}\n{L[3]}: {person} <{email}>\n\n"
                     + T.IANA_CANNED + "\n\n" + T.QUOTE_INTRO[lang].format(date=fmt_date(fdate - dt.timedelta(days=1), dfmt, lang), who=f"{person} <{email}>")
                     + "\n" + quote(wrap(ours)))
            extras.append("fwd_iana_reply")
        else:
            block = (f"{L[0]}: {person} <{email}>\n{L[1]}: {fmt_rfc(fdt)}\n{L[2]}: {inner_subj}\n{L[3]}: {isend}\n\n" + ours)
            extras.append("fwd_own_mail")
        pre = [intro] + ([aside] if aside else []) + [first]
        parts = [*pre, T.FWD_HEAD[lang] + "\n" + block]
        subj = {"en": rng.choice(["Fwd: ", "FW: "]), "fr": rng.choice(["TR: ", "Fwd: "]), "es": rng.choice(["RV: ", "Fwd: "])}[lang] + inner_subj
    elif style == "html":
        steps = timeline(cat, lang, vals, d1, d2, mdate, dfmt, rng)
        html_body = make_html(lang, greet, body_t, aside, steps, close, signoff, rng, vals)
    if want_disc:
        disc = T.DISCLAIMER[lang]
        if html_body is not None:
            html_body = html_body.replace("</body>", f'<p style="font-size:8pt;color:#888">{html.escape(disc)}</p>\n</body>')
        else:
            parts.append("-- \n" + wrap(disc))
    text = None
    if html_body is None:
        text = "\n\n".join(wrap(p) for p in parts) + "\n"

    # transport
    content = text if text is not None else html_body
    is_ascii = all(ord(c) < 128 for c in content + subj + person)
    if is_ascii and rng.random() < 0.7:
        charset, cte = "us-ascii", "7bit"
    else:
        latin_ok = True
        try:
            (content + subj + person).encode("iso-8859-1")
        except UnicodeEncodeError:
            latin_ok = False
        charset = "iso-8859-1" if (lang != "en" and latin_ok and rng.random() < 0.45) else "utf-8"
        cte = rng.choice(["quoted-printable", "base64", "8bit"] if not is_ascii else ["quoted-printable", "base64"])
    extras.append(f"charset:{charset}")
    extras.append(f"cte:{cte}")

    mtz = {"en": [0, 8, 12, 3, -5, 1], "fr": [0, 1, 2, -10, 11], "es": [-3, -5, -4, 1, 2]}[lang]
    tz = dt.timezone(dt.timedelta(hours=rng.choice(mtz)))
    mdt = dt.datetime(mdate.year, mdate.month, mdate.day, rng.randrange(0, 24), rng.randrange(60), rng.randrange(60), tzinfo=tz)
    hcs = "utf-8" if charset == "us-ascii" else charset
    headers = [
        ("From", addr(person, email, hcs)),
        ("To", TO),
        ("Date", fmt_rfc(mdt)),
        ("Subject", hdr(subj, hcs)),
        ("Message-ID", f"<{hashlib.sha1(f'{SEED}-{i}-{email}'.encode()).hexdigest()[:20]}.{i:03d}@{dom}>"),
        ("MIME-Version", "1.0"),
    ]
    if rng.random() < 0.25 and style in ("reply", "angry", "terse"):
        headers.insert(5, ("In-Reply-To", f"<{n2}.notice@iana.example>"))
    subtype = "html" if html_body is not None else "plain"
    leaf_hdr = f"Content-Type: text/{subtype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n"
    leaf_body = encode_body(content, charset, cte)
    if attachment is None:
        raw = "".join(f"{k}: {v}\n" for k, v in headers) + leaf_hdr + "\n" + leaf_body
    else:
        bnd = f"==blind6_{i:03d}_{hashlib.md5(str(i).encode()).hexdigest()[:12]}=="
        aname, atext = attachment
        raw = ("".join(f"{k}: {v}\n" for k, v in headers)
               + f"Content-Type: multipart/mixed; boundary=\"{bnd}\"\n\nThis is a multi-part message in MIME format.\n\n"
               + f"--{bnd}\n" + leaf_hdr + "\n" + leaf_body.rstrip("\n") + "\n\n"
               + f"--{bnd}\nContent-Type: text/plain; charset=\"us-ascii\"; name=\"{aname}\"\n"
               + f"Content-Disposition: attachment; filename=\"{aname}\"\nContent-Transfer-Encoding: 7bit\n\n"
               + atext.rstrip("\n") + f"\n--{bnd}--\n")
    data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset if cte == "8bit" else "ascii")
    meta = {"category": cat, "language": lang, "style": style, "tld": tld, "extras": extras}
    return data, meta


def fmt_rfc(d):
    from email.utils import format_datetime
    return format_datetime(d)


def timeline(cat, lang, vals, d1, d2, mdate, dfmt, rng):
    gen = T.GENERIC_STEPS[lang]
    spec = T.STEPS[cat][lang]
    evs = [(d1, gen[0])]
    # first category step between d1 and d2, the rest (with the chasers) after d2
    evs.append((d1 + dt.timedelta(days=rng.randrange(0, (d2 - d1).days + 1)), spec[0]))
    rest = [spec[1], gen[1], *spec[2:], gen[2]]
    span = max((mdate - d2).days, len(rest) + 1)
    offs = sorted(rng.sample(range(1, span), len(rest)))
    for off, ev in zip(offs, rest, strict=False):
        evs.append((d2 + dt.timedelta(days=off), ev))
    evs.append((max(mdate, evs[-1][0]), gen[3]))
    return [(fmt_date(d, dfmt, lang), e.format(**vals)) for d, e in evs]


def make_attachment(cat, tld, steps, dom, rng):
    if cat in ("nscheck_false_fail", "dnssec_ds", "wrong_change", "publication_delay", "emergency") and rng.random() < 0.7:
        lab = label_of(tld)
        rr = "DS" if cat == "dnssec_ds" else "NS"
        lines = [f"; <<>> DiG 9.18.24 <<>> @a.root-servers.net {lab}. {rr} +norec",
                 ";; global options: +cmd", ";; Got answer:",
                 f";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: {rng.randrange(1, 65535)}",
                 ";; flags: qr; QUERY: 1, ANSWER: 0, AUTHORITY: 4, ADDITIONAL: 5", "",
                 ";; AUTHORITY SECTION:"]
        if rr == "DS":
            lines.append(f"{lab}.\t\t86400\tIN\tDS\t{rng.randrange(1000, 65000)} 13 2 {hashlib.sha256(lab.encode()).hexdigest().upper()}")
        else:
            for k in range(1, 4):
                lines.append(f"{lab}.\t\t172800\tIN\tNS\tns{k}.{dom}.")
        lines += ["", f";; Query time: {rng.randrange(8, 90)} msec", ";; SERVER: 198.41.0.4#53(a.root-servers.net) (UDP)"]
        return ("dig-root.txt", "\n".join(lines) + "\n")
    rows = ["date;event"] + [f"{d};{e}" for d, e in steps]
    txt = "\n".join(ascii_fold(r) for r in rows) + "\n"
    return ("timeline.csv", txt)


def make_html(lang, greet, body_t, aside, steps, close, signoff, rng, vals):
    e = html.escape
    head = {"en": ("Date", "What happened"), "fr": ("Date", "Événement"), "es": ("Fecha", "Evento")}[lang]
    out = ["<html>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>", "<body style=\"font-family:Calibri,Arial,sans-serif\">",
           f"<p>{e(greet)}</p>"]
    for para in body_t.split("\n\n"):
        out.append(f"<p>{e(para)}</p>")
    if rng.random() < 0.5:
        out.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">")
        out.append(f"<tr><th>{e(head[0])}</th><th>{e(head[1])}</th></tr>")
        for d, ev in steps:
            out.append(f"<tr><td>{e(d)}</td><td>{e(ev)}</td></tr>")
        out.append("</table>")
    else:
        out.append("<ul>")
        for d, ev in steps:
            out.append(f"<li><b>{e(d)}</b> &ndash; {e(ev)}</li>")
        out.append("</ul>")
    if aside:
        out.append(f"<p><i>{e(aside)}</i></p>")
    out.append(f"<p>{e(close)}<br>\n" + "<br>\n".join(e(x) for x in signoff.split("\n")) + "</p>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    plan = make_plan(rng)
    files, labels, manifest = {}, {}, {}
    for i, item in enumerate(plan, 1):
        name = f"{i:03d}.eml"
        data, meta = compose(i, item, rng)
        files[name] = data
        labels[name] = meta["category"]
        manifest[name] = meta
    labels_json = json.dumps({SPLIT: labels}, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    manifest_json = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    return Corpus(files=files, labels_json=labels_json, manifest_json=manifest_json)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    outdir = os.path.join(here, SPLIT)
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):
        if fn.endswith(".eml") and fn not in c.files:
            os.remove(os.path.join(outdir, fn))
    for name, data in sorted(c.files.items()):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
        f.write(c.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(c.manifest_json)
    print(f"wrote {len(c.files)} mails to {outdir}")


if __name__ == "__main__":
    main()
