#!/usr/bin/env python3
"""Deterministic generator for the second blind CSC complaint corpus.

Run: python3 make_corpus.py   -> writes all/NNN.eml, labels.json, manifest.json
"""
import datetime as _dt
import hashlib
import json
import os
import random
import unicodedata
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

if __package__:
    from .texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        CATEGORIES,
        CLOSE,
        CORES,
        DISCLAIMER,
        FORMAL_CLOSE,
        FORMAL_GREET,
        FORMAL_OPEN,
        FORMAL_SIGNOFF,
        FWD_HEAD,
        FWD_LEAD,
        GENERIC_SUBJ,
        GREET,
        NOTICE_AVOID,
        NOTICES,
        QUOTE_INTRO,
        REGISTRIES,
        REPLY_LEAD,
        SUBJ_HINTS,
        TIMELINE_HEAD,
        TIMELINES,
    )
else:
    from texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        CATEGORIES,
        CLOSE,
        CORES,
        DISCLAIMER,
        FORMAL_CLOSE,
        FORMAL_GREET,
        FORMAL_OPEN,
        FORMAL_SIGNOFF,
        FWD_HEAD,
        FWD_LEAD,
        GENERIC_SUBJ,
        GREET,
        NOTICE_AVOID,
        NOTICES,
        QUOTE_INTRO,
        REGISTRIES,
        REPLY_LEAD,
        SUBJ_HINTS,
        TIMELINE_HEAD,
        TIMELINES,
    )

SPLIT = "all"
SEED = 20260511
PER_CAT_LANG = ["en"] * 9 + ["fr"] * 2 + ["es"] * 2
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
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
HTML_LABELS = {
    "en": {"tld": "TLD", "ticket": "Ticket", "sub": "Submitted", "status": "Current status",
           "date": "Date", "event": "Event", "open": "open / no resolution"},
    "fr": {"tld": "Domaine", "ticket": "Référence", "sub": "Soumise le", "status": "État actuel",
           "date": "Date", "event": "Événement", "open": "en attente / non résolu"},
    "es": {"tld": "Dominio", "ticket": "Ticket", "sub": "Enviada el", "status": "Estado actual",
           "date": "Fecha", "event": "Evento", "open": "abierto / sin resolver"},
}


@dataclass
class Corpus:
    files: dict = field(default_factory=dict)
    labels_json: str = ""
    manifest_json: str = ""


def fmt_date(d, lang, kind):
    m = MONTHS[lang][d.month - 1]
    if kind == 0:
        return {"en": f"{d.day} {m} {d.year}", "fr": f"{d.day} {m} {d.year}",
                "es": f"{d.day} de {m} de {d.year}"}[lang]
    if kind == 1:
        return d.strftime("%Y-%m-%d")
    if kind == 2:
        return d.strftime("%m/%d/%Y") if lang == "en" else d.strftime("%d/%m/%Y")
    if kind == 3:
        wd = DAYS[lang][d.weekday()]
        return {"en": f"{wd} {d.day} {m}", "fr": f"{wd} {d.day} {m}",
                "es": f"{wd} {d.day} de {m}"}[lang]
    if kind == 4:
        return {"en": f"{m[:3]} {d.day}", "fr": f"{d.day} {m[:4].rstrip('.')}.",
                "es": f"{d.day}-{m[:3]}-{d.year}"}[lang]
    return d.strftime("%d.%m.%Y")


def fmt_ticket(num, kind):
    return [f"#{num}", f"IANA #{num}", f"ticket {num}", f"[IANA #{num}]", f"ref. {num}",
            f"RZMS-{num}", f"request {num}", f"No.{num}"][kind]


def ascii_name(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def add_typos(text, rng, count):
    words = text.split(" ")
    idxs = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    rng.shuffle(idxs)
    for i in idxs[:count]:
        w = words[i]
        k = rng.randrange(1, len(w) - 2)
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:] if rng.random() < 0.5 else w[:k] + w[k + 1:]
        words[i] = w
    return " ".join(words)


def signature(reg, person, full, lang):
    name, title = person
    if not full:
        return name.split()[0]
    tel = {"en": "Tel", "fr": "Tél.", "es": "Tel."}[lang]
    return "\n".join([
        "-- ", name, title, reg[2], reg[5], f"{tel}: {reg[6]}", f"https://www.{reg[3]}"])


def build():
    rng = random.Random(SEED)
    by_lang = {}
    for r in REGISTRIES:
        by_lang.setdefault(r[1], []).append(r)
    specs = []
    for cat in CATEGORIES:
        langs = list(PER_CAT_LANG)
        styles = STYLES + rng.sample(STYLES, len(langs) - len(STYLES))
        rng.shuffle(styles)
        core_order = {lg: rng.sample(range(len(CORES[cat][lg])), len(CORES[cat][lg]))
                      for lg in ("en", "fr", "es")}
        used = {lg: 0 for lg in core_order}
        pools = {}
        for lg in ("en", "fr", "es"):
            pool = list(by_lang[lg])
            rng.shuffle(pool)
            if lg == "en":  # make sure an IDN registry is among the senders
                idn = [r for r in pool if r[0].startswith(".xn--")]
                pool.remove(idn[0])
                pool.insert(0, idn[0])
            pools[lg] = pool
        pidx = {lg: 0 for lg in pools}
        for lg, st in zip(langs, styles, strict=False):
            co = core_order[lg][used[lg] % len(core_order[lg])]
            used[lg] += 1
            reg = pools[lg][pidx[lg] % len(pools[lg])]
            pidx[lg] += 1
            specs.append((cat, lg, st, co, reg))
    rng.shuffle(specs)

    files, labels, manifest = {}, {}, {}
    start = _dt.datetime(2026, 1, 5, 7, 0)
    for i, (cat, lang, style, core_i, reg) in enumerate(specs, 1):
        name = f"{i:03d}.eml"
        r = random.Random(f"{SEED}-{i}")
        extras = []
        when = start + _dt.timedelta(minutes=r.randrange(0, 298 * 24 * 60))
        tzh = r.choice([-6, -5, -3, 0, 1, 2, 3, 4, 5.5, 8, 9, 12])
        tz = _dt.timezone(_dt.timedelta(hours=tzh))
        when = when.replace(tzinfo=tz)
        d1 = when.date() - _dt.timedelta(days=r.randrange(9, 45))
        d2 = d1 + _dt.timedelta(days=r.randrange(2, 8))
        d3 = d2 + _dt.timedelta(days=r.randrange(1, 5))
        dk = r.randrange(6)
        tk = r.randrange(8)
        extras += [f"date_fmt:{dk}", f"ticket_fmt:{tk}"]
        tnum = r.randrange(1100000, 1399999) if r.random() < 0.6 else r.randrange(90000, 399999)
        t2num = tnum - r.randrange(3000, 90000)
        qnum = tnum + r.choice([-1, 1]) * r.randrange(40, 6000)
        person = r.choice(reg[4])
        if style == "formal":
            legal = [p for p in reg[4] if any(k in p[1] for k in ("Legal", "Counsel", "Secretary", "jurid", "Juriste", "Abogada", "Direct", "Gerente", "Manager"))]
            if legal:
                person = legal[0]
        dom = reg[3]
        reg[0].lstrip(".")
        vals = {
            "tld": reg[0], "ticket": fmt_ticket(tnum, tk), "t2": fmt_ticket(t2num, tk),
            "d1": fmt_date(d1, lang, dk), "d2": fmt_date(d2, lang, dk), "d3": fmt_date(d3, lang, dk),
            "n": str(r.randrange(6, 22)), "org": reg[2], "kt": str(r.randrange(1024, 65000)),
            "ns1": r.choice(["ns1.", "a.dns.", "ns-a.", "anycast1."]) + dom,
            "ns2": r.choice(["ns2.", "b.dns.", "ns-ext.", "sec.", "ns3."]) + dom,
            "ip": r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randrange(2, 250)),
            "ip6": f"2001:db8:{r.randrange(16, 4000):x}::{r.randrange(1, 99)}",
        }
        core = CORES[cat][lang][core_i].format(**vals)
        paras = core.split("\n\n")
        if r.random() < 0.25 and style != "formal":
            core = add_typos(core, r, r.randrange(2, 5))
            paras = core.split("\n\n")
            extras.append("typos")
        full_sig = style == "formal" or r.random() < 0.5
        if full_sig:
            extras.append("signature")
        sig = signature(reg, person, full_sig, lang)
        if style == "formal":
            greet = r.choice(FORMAL_GREET[lang])
            close = r.choice(FORMAL_SIGNOFF[lang])
        else:
            greet = r.choice(GREET[lang])
            close = r.choice(CLOSE[lang])
        disclaimer = r.choice(DISCLAIMER[lang]) if r.random() < 0.3 else ""
        if disclaimer:
            extras.append("disclaimer")
        notices = [n for n in NOTICES if n[0] not in NOTICE_AVOID[cat]]
        _ntag, nsubj, ntext = r.choice(notices)
        qdate_dt = _dt.datetime.combine(d1 - _dt.timedelta(days=r.randrange(0, 20)),
                                        _dt.time(r.randrange(0, 24), r.randrange(60)))
        qdate = qdate_dt.strftime("%a, %d %b %Y %H:%M") if r.random() < 0.5 else \
            fmt_date(qdate_dt.date(), lang, dk) + qdate_dt.strftime(" %H:%M UTC")
        qv = {"qt": str(qnum), "qtld": reg[0], "qsubj": nsubj + " (" + reg[0] + ")",
              "qdate": qdate, "me": f"{ascii_name(person[0]).lower().replace(' ', '.')}@{dom}"}
        notice = ntext.format(**qv)

        timeline = []
        if style in ("long", "html") or (style == "formal" and r.random() < 0.4):
            steps = TIMELINES[cat][lang]
            t = _dt.datetime.combine(d1, _dt.time(r.randrange(7, 12), r.randrange(60)))
            tv = dict(vals)
            tv["ticket"] = fmt_ticket(tnum, r.randrange(8))
            for s in steps:
                timeline.append((fmt_date(t.date(), lang, dk) + t.strftime(" %H:%M"), s.format(**tv)))
                t += _dt.timedelta(hours=r.randrange(3, 90), minutes=r.randrange(60))

        # ---- compose body text
        blocks = []
        if style == "terse":
            body_paras = [paras[0]]
            if r.random() < 0.5:
                body_paras.append(vals["ticket"] + " / " + reg[0])
            blocks = [*body_paras, sig if full_sig else person[0].split()[0]]
            disclaimer = disclaimer if r.random() < 0.5 else ""
            if not disclaimer and "disclaimer" in extras:
                extras.remove("disclaimer")
        else:
            if greet:
                blocks.append(greet)
            if style == "angry":
                blocks.append(r.choice(ANGRY_OPEN[lang]))
                ps = list(paras)
                if r.random() < 0.5:
                    ps[0] = ps[0].upper()
                    extras.append("caps")
                blocks += ps
                blocks.append(r.choice(ANGRY_CLOSE[lang]))
            elif style == "formal":
                blocks.append(r.choice(FORMAL_OPEN[lang]).format(**vals))
                blocks += paras
                blocks.append(r.choice(FORMAL_CLOSE[lang]))
            elif style == "forward":
                blocks.append(r.choice(FWD_LEAD[lang]))
                blocks += paras
            elif style == "reply":
                lead = r.choice(REPLY_LEAD[lang])
                if lead:
                    blocks.append(lead)
                blocks += paras
            else:
                blocks += paras
            if timeline and style != "html":
                tl = r.choice(TIMELINE_HEAD[lang]) + "\n" + "\n".join(
                    f"{'-' if r.random() < 0.5 else '*'} {a}: {b}" for a, b in timeline)
                blocks.append(tl)
            blocks.append(close + "\n" + sig)
        if disclaimer:
            blocks.append(disclaimer)
        if style == "reply":
            intro = r.choice(QUOTE_INTRO[lang]).format(**qv)
            quoted = "\n".join((">" + (" " + ln if ln else "")) for ln in notice.split("\n"))
            blocks.append(intro + "\n" + quoted)
        if style == "forward":
            head = r.choice(FWD_HEAD[lang]).format(**qv)
            blocks.append(head + "\n\n" + notice)
        text = "\n\n".join(blocks) + "\n"

        # ---- subject
        sv = dict(vals, **qv)
        if style == "reply":
            pre = {"en": "Re: ", "fr": r.choice(["Re: ", "RE : "]), "es": r.choice(["RE: ", "Re: "])}[lang]
            subj = pre + f"[IANA #{qnum}] {qv['qsubj']}"
        elif style == "forward":
            pre = {"en": r.choice(["Fwd: ", "FW: "]), "fr": r.choice(["TR: ", "Fwd: "]), "es": r.choice(["RV: ", "Fwd: "])}[lang]
            subj = pre + f"[IANA #{qnum}] {qv['qsubj']}"
        elif r.random() < 0.45:
            subj = r.choice(SUBJ_HINTS[cat][lang]).format(**sv)
        else:
            subj = r.choice(GENERIC_SUBJ[lang]).format(**sv)
        if style == "angry" and r.random() < 0.5:
            subj = subj.upper() + ("!!" if r.random() < 0.5 else "")

        # ---- message
        msg = EmailMessage(policy=policy.default)
        msg["From"] = f"{person[0]} <{qv['me']}>"
        msg["To"] = "CSC <csc@csc.example.org>"
        if r.random() < 0.2:
            msg["Cc"] = "IANA <iana@iana.example.org>"
        msg["Date"] = format_datetime(when)
        msg["Subject"] = subj
        h = hashlib.sha1(f"{SEED}:{name}".encode()).hexdigest()[:16]
        msg["Message-ID"] = f"<{when.strftime('%Y%m%d%H%M%S')}.{h}@{dom}>"
        msg["MIME-Version"] = "1.0"
        if style == "reply":
            msg["In-Reply-To"] = f"<rt-{qnum}@iana.example.org>"

        charset = "utf-8"
        if lang != "en" and r.random() < 0.5:
            try:
                text.encode("iso-8859-1")
                charset = "iso-8859-1"
            except UnicodeEncodeError:
                pass
        cte = r.choice(["quoted-printable", "base64", "8bit", "quoted-printable"])
        if cte == "8bit" and charset == "utf-8" and all(ord(c) < 128 for c in text):
            cte = "7bit"
        extras += [f"charset:{charset}", f"cte:{cte}"]

        if style == "html":
            html = to_html(lang, greet, paras, timeline, close, sig, disclaimer, reg, vals,
                           d1, dk, r)
            try:
                html.encode(charset)
            except UnicodeEncodeError:
                charset = "utf-8"
            msg.set_content(html, subtype="html", charset=charset, cte=cte)
        elif style in ("long", "formal") and r.random() < 0.4:
            msg.set_content(text, charset=charset, cte=cte)
            html = to_html(lang, greet, paras, timeline, close, sig, disclaimer, reg, vals,
                           d1, dk, r, simple=True)
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
            msg.set_boundary(f"----=_Part_{i:03d}_{h[:8]}")
            extras.append("multipart_alternative")
        else:
            msg.set_content(text, charset=charset, cte=cte)
        files[name] = msg.as_bytes(policy=policy.SMTP)
        labels[name] = cat
        manifest[name] = {"category": cat, "language": lang, "style": style,
                          "tld": reg[0], "extras": extras}
    return Corpus(files=files,
                  labels_json=json.dumps({SPLIT: labels}, sort_keys=True, indent=1, ensure_ascii=False) + "\n",
                  manifest_json=json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n")


def to_html(lang, greet, paras, timeline, close, sig, disclaimer, reg, vals, d1, dk, r,
            simple=False):
    L = HTML_LABELS[lang]
    out = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>",
           "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"]
    if greet:
        out.append(f"<p>{escape(greet)}</p>")
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>") + "</p>")
    if not simple or timeline:
        if timeline and (simple or r.random() < 0.6):
            out.append(f"<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>{L['date']}</th><th>{L['event']}</th></tr>")
            for a, b in timeline:
                out.append(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td></tr>")
            out.append("</table>")
        elif timeline:
            out.append("<ul>" + "".join(f"<li><b>{escape(a)}</b> &ndash; {escape(b)}</li>" for a, b in timeline) + "</ul>")
        if not simple:
            out.append("<table border=\"0\" cellpadding=\"3\">")
            for k, v in ((L["tld"], reg[0]), (L["ticket"], vals["ticket"]),
                         (L["sub"], vals["d1"]), (L["status"], L["open"])):
                out.append(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>")
            out.append("</table>")
    out.append(f"<p>{escape(close)}</p>")
    out.append("<div style=\"color:#555\">" + escape(sig).replace("\n", "<br>") + "</div>")
    if disclaimer:
        out.append(f"<p style=\"font-size:8pt;color:#888\">{escape(disclaimer)}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    d = os.path.join(here, SPLIT)
    os.makedirs(d, exist_ok=True)
    for n, b in c.files.items():
        with open(os.path.join(d, n), "wb") as f:
            f.write(b)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
        f.write(c.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(c.manifest_json)
    print(f"wrote {len(c.files)} mails to {d}")


if __name__ == "__main__":
    main()
