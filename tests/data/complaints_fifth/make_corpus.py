"""Deterministic generator of the fifth labelled corpus of complaint e-mails sent to the CSC.

Written from DOMAIN.md by an author who saw neither the clustering method nor the other corpora.
It was the blind corpus, measured once with the method final (pairwise P 0.671, R 0.581,
F1 0.622, 23 clusters for 12 categories); then used for tuning, so its figures since are
tuning figures.

python3 make_corpus.py  -> writes all/NNN.eml, labels.json, manifest.json next to this file.
"""
import base64
import datetime as dt
import email.quoprimime as qpm
import html
import json
import random
import re
import textwrap
from dataclasses import dataclass
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

if __package__:
    from .senders import SENDERS
    from .texts import (
        CATEGORIES,
        CLOSINGS,
        DISCLAIMERS,
        FORWARD_LEADINS,
        IANA_FROM,
        NOTICES,
        OWN_EARLIER_MSGS,
        OWN_EARLIER_SUBJECTS,
        STAFF_NAMES,
        STAFF_REPLIES,
        SUBJECTS_CAT,
        SUBJECTS_GENERIC,
    )
else:
    from senders import SENDERS
    from texts import (
        CATEGORIES,
        CLOSINGS,
        DISCLAIMERS,
        FORWARD_LEADINS,
        IANA_FROM,
        NOTICES,
        OWN_EARLIER_MSGS,
        OWN_EARLIER_SUBJECTS,
        STAFF_NAMES,
        STAFF_REPLIES,
        SUBJECTS_CAT,
        SUBJECTS_GENERIC,
    )

SEED = 2026_1123
SPLIT = "all"
MAILS_PER_CATEGORY = 14
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]
VOICE_STYLES = ("terse", "long", "angry", "formal")
CSC_TO = "CSC <csc@csc.example.org>"
FIRST_DAY = dt.date(2026, 3, 2)
LAST_DAY = dt.date(2026, 10, 30)

# days between the first event in the story (d1) and the mail
SPANS = {
    "ns_tech_check": (10, 35), "dnssec_ds": (20, 50), "contact_auth": (8, 30), "review_delay": (22, 45),
    "publication_delay": (7, 20), "wrong_change": (6, 20), "portal_rzms": (6, 25), "transfer_eval": (120, 320),
    "idn_table": (75, 130), "no_response": (14, 40), "bias": (15, 45), "emergency": (10, 30),
}

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def _ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


DATE_FORMATS = {
    "en": {
        "long": lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
        "us": lambda d: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        "iso": lambda d: d.isoformat(),
        "dmy_slash": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
        "short": lambda d: f"{d.day} {EN_MONTHS[d.month - 1][:3]}",
        "ordinal": lambda d: f"{_ordinal(d.day)} {EN_MONTHS[d.month - 1]}",
        "dotted": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
        "weekday": lambda d: f"{EN_DAYS[d.weekday()][:3]} {d.day} {EN_MONTHS[d.month - 1]}",
    },
    "fr": {
        "long": lambda d: f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}",
        "slash": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
        "short_slash": lambda d: f"{d.day:02d}/{d.month:02d}",
        "iso": lambda d: d.isoformat(),
        "weekday": lambda d: f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]}",
        "dotted": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    },
    "es": {
        "long": lambda d: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}",
        "slash": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dash": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
        "iso": lambda d: d.isoformat(),
        "short": lambda d: f"{d.day} de {ES_MONTHS[d.month - 1]}",
        "weekday": lambda d: f"{ES_DAYS[d.weekday()]} {d.day} de {ES_MONTHS[d.month - 1]}",
    },
}

TICKET_FORMATS = {
    "en": {"hash": "#{n}", "iana_hash": "IANA #{n}", "bracket": "[IANA #{n}]", "bare": "{n}",
           "iana_dash": "IANA-{n}", "rzms": "RZMS-{n}", "no": "no. {n}"},
    "fr": {"numero": "n° {n}", "hash": "#{n}", "iana_hash": "IANA #{n}", "bare": "{n}", "iana_dash": "IANA-{n}"},
    "es": {"numero": "N.º {n}", "nro": "nro. {n}", "hash": "#{n}", "iana_hash": "IANA #{n}", "bare": "{n}"},
}

SIG_LABELS = {
    "en": ("Tel", "Mobile", "Web"),
    "fr": ("Tél.", "Portable", "Site"),
    "es": ("Tel.", "Cel.", "Web"),
}

HTML_TABLE_LABELS = {
    "en": ("TLD", "Request", "Submitted", "Days open"),
    "fr": ("Domaine", "Demande", "Déposée le", "Jours écoulés"),
    "es": ("Dominio", "Solicitud", "Fecha de envío", "Días transcurridos"),
}

MAILERS = [None, None, "X-Mailer: Microsoft Outlook 16.0",
           "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
           "X-Mailer: Apple Mail (2.3774.600.62)", "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128)",
           "User-Agent: Roundcube Webmail/1.6.7"]


@dataclass
class Corpus:
    files: dict
    labels_json: str
    manifest_json: str


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------

def _sender_ok(s, who):
    if who is None:
        return True
    if who == "cc":
        return s["kind"] == "cc"
    if who == "brand":
        return s["kind"] == "brand"
    if who == "africa":
        return s["kind"] == "cc" and s["region"] == "africa"
    raise ValueError(who)


def _latin1_ok(s):
    try:
        s.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


def enc_header_text(s, rng):
    if s.isascii():
        return s
    cs = "iso-8859-1" if _latin1_ok(s) and rng.random() < 0.45 else "utf-8"
    return Header(s, cs, maxlinelen=76).encode(linesep="\n")


def fmt_addr(name, addr, rng):
    if name.isascii():
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{addr}>"
    return f"{enc_header_text(name, rng)} <{addr}>"


_WORD_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]{5,}")


def add_typos(text, rng, n):
    cands = []
    for m in _WORD_RE.finditer(text):
        w = m.group()
        before = text[m.start() - 1] if m.start() > 0 else " "
        after = text[m.end()] if m.end() < len(text) else " "
        after2 = text[m.end() + 1] if m.end() + 1 < len(text) else " "
        if before in ".-@/_:#'" or after in "-@/_" or (after == "." and after2.isalnum()):
            continue
        if any(c.isupper() for c in w[1:]) or (w[0].isupper() and rng.random() < 0.6):
            continue
        cands.append(m)
    chosen = sorted(rng.sample(cands, min(n, len(cands))), key=lambda m: m.start(), reverse=True)
    for m in chosen:
        w = m.group()
        i = rng.randint(1, len(w) - 3)
        op = rng.choice(["swap", "swap", "drop", "double"])
        if op == "swap":
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == "drop":
            nw = w[:i] + w[i + 1:]
        else:
            nw = w[:i] + w[i] + w[i:]
        text = text[:m.start()] + nw + text[m.end():]
    return text


def wrap_text(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 4:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quote_lines(text):
    return "\n".join((">" if not line else "> " + line) for line in text.split("\n"))


def mail_datetime(d, hour, minute, second, tz_minutes):
    tz = dt.timezone(dt.timedelta(minutes=tz_minutes))
    return dt.datetime(d.year, d.month, d.day, hour, minute, second, tzinfo=tz)


# ----------------------------------------------------------------------------------------------
# planning
# ----------------------------------------------------------------------------------------------

def plan(rng):
    specs = []
    global_use = {s["tld"]: 0 for s in SENDERS}
    for cat, info in CATEGORIES.items():
        texts = info["texts"]
        used = [0] * len(texts)
        cat_use = {s["tld"]: 0 for s in SENDERS}
        slots = [st for st in STYLES for _ in range(MAILS_PER_CATEGORY // len(STYLES))]
        slots.sort(key=lambda st: 0 if st in VOICE_STYLES else 1)
        for style in slots:
            if style in VOICE_STYLES:
                cands = [i for i, t in enumerate(texts) if t[1] == style]
            else:
                cands = [i for i, t in enumerate(texts) if t[1] == "plain" and used[i] == 0]
                if not cands:
                    cands = [i for i, t in enumerate(texts) if used[i] == 0] or list(range(len(texts)))
            low = min(used[i] for i in cands)
            cands = [i for i in cands if used[i] == low]
            ti = rng.choice(cands)
            used[ti] += 1
            lang, voice, who, body = texts[ti]
            pool = [s for s in SENDERS if s["lang"] == lang and _sender_ok(s, who)]
            if lang == "en" and rng.random() < 0.15:
                other = [s for s in SENDERS if s["lang"] != "en" and _sender_ok(s, who)]
                if other:
                    pool = other
            low = min((cat_use[s["tld"]], global_use[s["tld"]]) for s in pool)
            pool = [s for s in pool if (cat_use[s["tld"]], global_use[s["tld"]]) == low]
            sender = rng.choice(pool)
            cat_use[sender["tld"]] += 1
            global_use[sender["tld"]] += 1
            specs.append({"category": cat, "style": style, "text_index": ti, "lang": lang, "voice": voice,
                          "body": body, "sender": sender})
        assert all(u > 0 for u in used), (cat, used)
    return specs


# ----------------------------------------------------------------------------------------------
# rendering of one mail
# ----------------------------------------------------------------------------------------------

class Mail:
    def __init__(self, num, spec, mail_date, rng):
        self.num = num
        self.spec = spec
        self.rng = rng
        self.cat = spec["category"]
        self.style = spec["style"]
        self.lang = spec["lang"]
        self.s = spec["sender"]
        self.client_lang = self.s["lang"]
        self.person = rng.choice(self.s["people"])
        self.extras = []
        self.mail_date = mail_date
        self._make_context()

    # -- context ---------------------------------------------------------------------------
    def _make_context(self):
        rng, s, lang = self.rng, self.s, self.lang
        D = self.mail_date
        lo, hi = SPANS[self.cat]
        total = rng.randint(lo, hi)
        if self.cat == "emergency":
            d5 = D - dt.timedelta(days=rng.randint(1, 5))
            d4 = d5 - dt.timedelta(days=1)
            d1 = D - dt.timedelta(days=total)
            mids = sorted(rng.sample(range(1, max(3, (d4 - d1).days)), 2))
            ds = [d1, d1 + dt.timedelta(days=mids[0]), d1 + dt.timedelta(days=mids[1]), d4, d5]
        else:
            offs = sorted(rng.sample(range(1, total), 4))
            d1 = D - dt.timedelta(days=total)
            ds = [d1] + [d1 + dt.timedelta(days=o) for o in offs]
        self.dates = ds
        dfname = rng.choice(sorted(DATE_FORMATS[lang]))
        if rng.random() < 0.35:
            dfname = "long"
        self.dfname = dfname
        dfmt = DATE_FORMATS[lang][dfname]
        self.extras.append(f"date_fmt:{dfname}")

        tn = rng.randint(480000, 989999) if rng.random() < 0.2 else rng.randint(1180000, 1429999)
        t2n = tn + rng.randint(25, 4000)
        self.tn, self.t2n = tn, t2n
        tfname = rng.choice(sorted(TICKET_FORMATS[lang]))
        self.tfname = tfname
        tfmt = TICKET_FORMATS[lang][tfname]
        self.extras.append(f"ticket_fmt:{tfname}")

        label = s["tld"]
        if s["ulabel"]:
            tld_disp = rng.choice([f".{label}", f".{label}", f".{s['ulabel']} ({label})", f"{label}",
                                   f".{s['ulabel']}"])
        else:
            tld_disp = f".{label.upper()}" if rng.random() < 0.25 else f".{label}"
        self.tld_disp = tld_disp
        self.TLD = f".{label.upper()}" if label.isascii() and not label.startswith("xn--") else f".{label}"

        dom = s["domain"]
        old_providers = ["anycast-one.example", "dnsnode-intl.example", "pch-like.example", "ns-hosting.example",
                         "secondary-dns.example"]
        ns3 = rng.choice([f"sec.{rng.choice(old_providers)}", f"ns{rng.randint(3, 9)}.{rng.choice(old_providers)}"])
        ip4 = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(2, 250)}"
        ip6 = f"2001:db8:{rng.randint(1, 0xffff):x}::{rng.choice(['53', '35', '1', 'a'])}"
        days = (D - d1).days
        self.ctx = {
            "tld": tld_disp, "t": tfmt.format(n=tn), "t2": tfmt.format(n=t2n),
            "d1": dfmt(ds[0]), "d2": dfmt(ds[1]), "d3": dfmt(ds[2]), "d4": dfmt(ds[3]), "d5": dfmt(ds[4]),
            "days": str(days), "weeks": str(max(2, days // 7)),
            "ns1": f"ns1.{dom}", "ns2": rng.choice([f"ns2.{dom}", f"{label[:6]}.anycast-dns.example"]),
            "ns3": ns3, "ip4": ip4, "ip6": ip6,
            "keytag": str(rng.randint(10000, 65000)), "keytag2": str(rng.randint(10000, 65000)),
            "org": s["org"],
        }

    # -- pieces ----------------------------------------------------------------------------
    def core(self):
        text = self.spec["body"].format_map(self.ctx)
        if self.rng.random() < 0.28:
            text = add_typos(text, self.rng, self.rng.randint(2, 5))
            self.extras.append("typos")
        return text

    def closing_needed(self, core):
        last = core.rstrip().split("\n")[-1].strip()
        return not (last.endswith(",") or last.endswith("distinguées.") or last.endswith("considération.") or last.endswith("cordiales.") or last in ("Cordialement", "Thank you and best regards", "Regards"))

    def signature(self, full):
        first, last, title = self.person
        s = self.s
        if not full:
            r = self.rng.random()
            if r < 0.45:
                return first
            if r < 0.8:
                return f"{first} {last}"
            if r < 0.9:
                return f"{first[0]}. {last}"
            return ""
        tel, mob, web = SIG_LABELS[self.client_lang]
        lines = []
        if self.rng.random() < 0.4:
            lines.append("-- ")
        lines += [f"{first} {last}", title, s["org"], *list(s["address"])]
        lines.append(f"{tel}: {s['phone']}")
        if self.rng.random() < 0.5:
            digits = list(str(self.rng.randint(1000, 9999)))
            mobile = list(s["phone"])
            for k in range(len(mobile) - 1, -1, -1):
                if digits and mobile[k].isdigit():
                    mobile[k] = digits.pop()
            lines.append(f"{mob}: {''.join(mobile)}")
        lines.append(f"{web}: https://www.{s['domain']}")
        return "\n".join(lines)

    def disclaimer(self):
        lang = self.client_lang if self.rng.random() < 0.75 else "en"
        return self.rng.choice(DISCLAIMERS[lang])

    def fmt_dt_client(self, when):
        """Date as a mail client of the sender's locale prints it in attributions."""
        lang = self.client_lang
        d = when
        hm = f"{d.hour:02d}:{d.minute:02d}"
        if lang == "fr":
            return f"{FR_DAYS[d.weekday()][:3]}. {d.day} {FR_MONTHS[d.month - 1]} {d.year} à {hm}"
        if lang == "es":
            return f"{ES_DAYS[d.weekday()][:3]}, {d.day} {ES_MONTHS[d.month - 1][:3]} {d.year} a las {hm}"
        return f"{EN_DAYS[d.weekday()][:3]}, {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} at {hm}"

    def notice_for_quote(self):
        """An IANA/CSC message about another stage or another request."""
        stage = CATEGORIES[self.cat]["stage"]
        cands = [n for n in NOTICES if n["stage"] != stage]
        if self.cat == "idn_table":
            cands = [n for n in cands if n["id"] != "idnpub"]
        n = self.rng.choice(cands)
        older = self.rng.random() < 0.6
        tqn = self.tn - self.rng.randint(300, 20000) if older else self.t2n
        qd = self.mail_date - dt.timedelta(days=self.rng.randint(2, 45))
        qwhen = mail_datetime(qd, self.rng.randint(0, 23), self.rng.randint(0, 59), self.rng.randint(0, 59), 0)
        prev = (qd.replace(day=1) - dt.timedelta(days=1))
        fctx = {
            "tqn": str(tqn), "tld": f".{self.s['tld']}", "fname": self.person[0],
            "nsq": f"ns{self.rng.randint(1, 4)}.{self.s['domain']}",
            "tok": f"{self.rng.getrandbits(64):016x}", "serial": f"{qd:%Y%m%d}0{self.rng.randint(0, 1)}",
            "dq": f"{qd + dt.timedelta(days=self.rng.randint(3, 12)):%d %B %Y}",
            "staff": self.rng.choice(STAFF_NAMES), "month": EN_MONTHS[prev.month - 1],
            "yyyymm": f"{prev:%Y%m}",
        }
        return {"from": n["from"], "subject": n["subject"].format_map(fctx), "body": n["body"].format_map(fctx),
                "when": qwhen, "id": n["id"], "tqn": tqn}

    def staff_reply_for_forward(self):
        rng = self.rng
        tqn = self.tn
        qd = self.mail_date - dt.timedelta(days=rng.randint(1, 12))
        qwhen = mail_datetime(qd, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59), 0)
        fctx = {"tqn": str(tqn), "fname": self.person[0], "staff": rng.choice(STAFF_NAMES)}
        body = rng.choice(STAFF_REPLIES).format_map(fctx)
        lang = self.client_lang if rng.random() < 0.5 else "en"
        own_subj = rng.choice(OWN_EARLIER_SUBJECTS[lang]).format(TLD=self.TLD, tld=f".{self.s['tld']}")
        subj = f"Re: [IANA #{tqn}] {own_subj}"
        if rng.random() < 0.5:
            own = rng.choice(OWN_EARLIER_MSGS[lang]).format(tqn=tqn, tld=f".{self.s['tld']}")
            owd = qwhen - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5))
            attr = self.attribution(owd, f"{self.person[0]} {self.person[1]} <{self.addr}>")
            body = body + "\n\n" + attr + "\n" + quote_lines(own)
        return {"from": IANA_FROM, "subject": subj, "body": body, "when": qwhen, "tqn": tqn}

    def attribution(self, when, who):
        lang = self.client_lang
        ds = self.fmt_dt_client(when)
        if lang == "fr":
            return f"Le {ds}, {who} a écrit :"
        if lang == "es":
            return f"El {ds}, {who} escribió:"
        return f"On {ds}, {who} wrote:"

    def outlook_block(self, msg, to):
        lang = self.client_lang
        w = msg["when"]
        if lang == "fr":
            sent = f"{FR_DAYS[w.weekday()]} {w.day} {FR_MONTHS[w.month - 1]} {w.year} {w.hour:02d}:{w.minute:02d}"
            return f"De : {msg['from']}\nEnvoyé : {sent}\nÀ : {to}\nObjet : {msg['subject']}"
        if lang == "es":
            sent = (f"{ES_DAYS[w.weekday()]}, {w.day} de {ES_MONTHS[w.month - 1]} de {w.year} "
                    f"{w.hour:02d}:{w.minute:02d}")
            return f"De: {msg['from']}\nEnviado el: {sent}\nPara: {to}\nAsunto: {msg['subject']}"
        h12 = (w.hour % 12) or 12
        sent = (f"{EN_DAYS[w.weekday()]}, {EN_MONTHS[w.month - 1]} {w.day}, {w.year} "
                f"{h12}:{w.minute:02d} {'AM' if w.hour < 12 else 'PM'}")
        return f"From: {msg['from']}\nSent: {sent}\nTo: {to}\nSubject: {msg['subject']}"

    def forward_block(self, msg, to):
        lang = self.client_lang
        w = msg["when"]
        kind = self.rng.choice(["gmail", "outlook", "tb", "apple"])
        if kind == "outlook":
            head = {"fr": "________________________________", "es": "-----Mensaje original-----",
                    "en": "-----Original Message-----"}[lang]
            return head + "\n" + self.outlook_block(msg, to) + "\n\n" + msg["body"]
        if kind == "tb":
            head = {"fr": "-------- Message transféré --------", "es": "-------- Mensaje reenviado --------",
                    "en": "-------- Forwarded Message --------"}[lang]
            lab = {"fr": ("Sujet :", "Date :", "De :", "Pour :"), "es": ("Asunto:", "Fecha:", "De:", "Para:"),
                   "en": ("Subject:", "Date:", "From:", "To:")}[lang]
            return (f"{head}\n{lab[0]} \t{msg['subject']}\n{lab[1]} \t{format_datetime(w)}\n"
                    f"{lab[2]} \t{msg['from']}\n{lab[3]} \t{to}\n\n\n" + msg["body"])
        if kind == "apple":
            head = {"fr": "Début du message réexpédié :", "es": "Inicio del mensaje reenviado:",
                    "en": "Begin forwarded message:"}[lang]
            lab = {"fr": ("De", "Objet", "Date", "À"), "es": ("De", "Asunto", "Fecha", "Para"),
                   "en": ("From", "Subject", "Date", "To")}[lang]
            return (f"{head}\n\n{lab[0]}: {msg['from']}\n{lab[1]}: {msg['subject']}\n"
                    f"{lab[2]}: {self.fmt_dt_client(w)}\n{lab[3]}: {to}\n\n" + msg["body"])
        head = {"fr": "---------- Forwarded message ---------", "es": "---------- Mensaje reenviado ---------",
                "en": "---------- Forwarded message ---------"}[lang]
        return (f"{head}\nDe: {msg['from']}\nDate: {self.fmt_dt_client(w)}\nSubject: {msg['subject']}\n"
                f"To: {to}\n\n\n" + msg["body"]) if lang != "en" else \
            (f"{head}\nFrom: {msg['from']}\nDate: {self.fmt_dt_client(w)}\nSubject: {msg['subject']}\n"
             f"To: {to}\n\n\n" + msg["body"])

    # -- subject ---------------------------------------------------------------------------
    def subject(self, quoted=None):
        rng = self.rng
        lang = self.lang
        fmt = {"TLD": self.TLD, "tld": self.tld_disp, "tn": str(self.tn)}
        if self.style == "reply" and quoted is not None:
            pre = {"fr": rng.choice(["RE : ", "Re: ", "RE: "]), "es": rng.choice(["RE: ", "Re: "]),
                   "en": rng.choice(["Re: ", "RE: ", "Re: "])}[self.client_lang]
            return pre + quoted["subject"]
        if self.style == "forward" and quoted is not None:
            pre = {"fr": rng.choice(["TR : ", "Fwd: ", "TR: "]), "es": rng.choice(["RV: ", "Fwd: ", "RV: "]),
                   "en": rng.choice(["Fwd: ", "FW: ", "Fw: "])}[self.client_lang]
            return pre + quoted["subject"]
        r = rng.random()
        if r < 0.5:
            return rng.choice(SUBJECTS_GENERIC[lang]).format_map(fmt)
        if r < 0.85:
            return rng.choice(SUBJECTS_CAT[self.cat][lang]).format_map(fmt)
        # a reply to an old IANA thread, quote deleted
        n = self.notice_for_quote()
        return rng.choice(["Re: ", "RE: "]) + n["subject"]

    # -- assembly --------------------------------------------------------------------------
    def build(self):
        rng = self.rng
        s = self.s
        first, last, _ = self.person
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", first, f"{first}{last[0]}"])
        local = re.sub(r"[^a-z0-9.]", "", _ascii_fold(local).lower()) or "registry"
        self.addr = f"{local}@{s['domain']}"

        core = self.core()
        full_sig = rng.random() < 0.5
        if full_sig:
            self.extras.append("signature")
        with_disc = rng.random() < 0.3
        if with_disc:
            self.extras.append("disclaimer")
        sig = self.signature(full_sig)
        closing = ""
        if (self.closing_needed(core) and (self.spec["voice"] != "terse" or rng.random() < 0.3)
                and sig and rng.random() < 0.8):
            closing = rng.choice(CLOSINGS[self.lang])
        disc = self.disclaimer() if with_disc else ""

        quoted = None
        if self.style == "reply":
            quoted = self.notice_for_quote()
        elif self.style == "forward":
            quoted = self.staff_reply_for_forward() if rng.random() < 0.6 else self.notice_for_quote()

        subject = self.subject(quoted)
        if self.style == "html":
            body_text, subtype = self.html_body(core, closing, sig, disc), "html"
        else:
            body_text, subtype = self.text_body(core, closing, sig, disc, quoted), "plain"

        headers = [f"From: {fmt_addr(f'{first} {last}', self.addr, rng)}", f"To: {CSC_TO}"]
        if rng.random() < 0.2:
            other = rng.choice(["registry", "tech", "dns", "noc", "admin", "legal", "direction", "soporte"])
            headers.append(f"Cc: {other}@{s['domain']}")
        headers.append(f"Subject: {enc_header_text(subject, rng)}")
        headers.append(f"Date: {format_datetime(self.when)}")
        host = rng.choice([f"mail.{s['domain']}", s["domain"], f"mx1.{s['domain']}"])
        headers.append(f"Message-ID: <{self.when:%Y%m%d%H%M%S}.{self.num:03d}{rng.getrandbits(32):08x}@{host}>")
        if quoted is not None and self.style == "reply":
            ref = f"<rt-{quoted['tqn']}-{rng.getrandbits(24):06x}@iana.example.org>"
            headers.append(f"In-Reply-To: {ref}")
            headers.append(f"References: {ref}")
        mailer = rng.choice(MAILERS)
        if mailer:
            headers.append(mailer)
        headers.append("MIME-Version: 1.0")

        if subtype == "plain" and full_sig and rng.random() < 0.3:
            # multipart/alternative: plain + html rendering of the same message
            boundary = f"----=_NextPart_{self.num:03d}_01DC{self.num * 7919 % 10000:04d}.CSCB2"
            html_alt = self.html_from_plain(body_text)
            p1h, p1b = encode_part(body_text, "plain", rng)
            p2h, p2b = encode_part(html_alt, "html", rng)
            headers.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
            self.extras.append("multipart_alternative")
            body = ("This is a multi-part message in MIME format.\n\n"
                    f"--{boundary}\n" + "\n".join(p1h) + "\n\n" + p1b.rstrip("\n") + "\n\n"
                    f"--{boundary}\n" + "\n".join(p2h) + "\n\n" + p2b.rstrip("\n") + "\n\n"
                    f"--{boundary}--\n")
        else:
            ph, pb = encode_part(body_text, subtype, rng)
            headers += ph
            body = pb
        raw = "\n".join(headers) + "\n\n" + body
        if not raw.endswith("\n"):
            raw += "\n"
        return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii") if raw.isascii() else \
            raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")

    def text_body(self, core, closing, sig, disc, quoted):
        rng = self.rng
        wrap = rng.random() < 0.35
        top = core
        if self.style == "forward":
            lead = rng.choice(FORWARD_LEADINS[self.lang])
            lead_first = rng.random() < 0.5 or not self.closing_needed(core)
            top = (lead + "\n\n" + core) if lead_first else (core + "\n\n" + lead)
        if wrap:
            top = wrap_text(top)
        parts = [top]
        tail = "\n".join(x for x in (closing, sig) if x)
        if tail:
            parts.append(tail)
        disc_end = disc and (quoted is None or rng.random() < 0.5)
        if disc and not disc_end:
            parts.append(wrap_text(disc) if wrap else disc)
        text = "\n\n".join(parts)
        if quoted is not None:
            if self.style == "reply":
                if rng.random() < 0.6:
                    text += "\n\n" + self.attribution(quoted["when"], quoted["from"]) + "\n" + \
                        quote_lines(quoted["body"])
                else:
                    head = {"fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
                            "en": "-----Original Message-----"}[self.client_lang]
                    text += "\n\n" + head + "\n" + self.outlook_block(quoted, f"{self.person[0]} {self.person[1]}") + \
                        "\n\n" + quoted["body"]
            else:
                text += "\n\n" + self.forward_block(quoted, f"{self.person[0]} {self.person[1]} <{self.addr}>")
        if disc_end:
            text += "\n\n" + (wrap_text(disc) if wrap else disc)
        return text + "\n"

    def _html_paras(self, core):
        out = []
        for para in core.split("\n\n"):
            lines = para.split("\n")
            if len(lines) > 1 and (self.spec["voice"] == "long" or all(ln.startswith("- ") for ln in lines)):
                items = "".join(f"<li>{html.escape(ln[2:] if ln.startswith('- ') else ln, quote=False)}</li>" for ln in lines)
                out.append(f"<ul>{items}</ul>")
            else:
                out.append("<p>" + "<br>\n".join(html.escape(ln, quote=False) for ln in lines) + "</p>")
        return out

    def html_body(self, core, closing, sig, disc):
        rng = self.rng
        paras = self._html_paras(core)
        has_list = any(p.startswith("<ul>") for p in paras)
        if not has_list or rng.random() < 0.4:
            lab = HTML_TABLE_LABELS[self.lang]
            vals = (self.tld_disp, self.ctx["t"], self.ctx["d1"], self.ctx["days"])
            style = rng.choice(['border="1" cellpadding="4" cellspacing="0"',
                                'style="border-collapse:collapse;border:1px solid #999"'])
            if rng.random() < 0.5:
                rows = "".join(f"<tr><th align=\"left\">{html.escape(a, quote=False)}</th><td>{html.escape(b, quote=False)}</td></tr>"
                               for a, b in zip(lab, vals, strict=False))
            else:
                rows = ("<tr>" + "".join(f"<th>{html.escape(a, quote=False)}</th>" for a in lab) + "</tr><tr>" +
                        "".join(f"<td>{html.escape(b, quote=False)}</td>" for b in vals) + "</tr>")
            table = f"<table {style}>{rows}</table>"
            pos = rng.choice([0, len(paras)])
            paras.insert(pos, table)
            self.extras.append("html_table")
        tail = []
        if closing:
            tail.append(f"<p>{html.escape(closing, quote=False)}</p>")
        if sig:
            tail.append('<div style="color:#444;font-size:10pt">' +
                        "<br>\n".join(html.escape(ln, quote=False) for ln in sig.split("\n")) + "</div>")
        if disc:
            tail.append('<p style="font-size:7.5pt;color:#888">' +
                        "<br>".join(html.escape(ln, quote=False) for ln in disc.split("\n")) + "</p>")
        return self._html_doc(paras + tail)

    def html_from_plain(self, text):
        blocks = ["<p>" + "<br>\n".join(html.escape(ln, quote=False) for ln in para.split("\n")) + "</p>"
                  for para in text.rstrip("\n").split("\n\n")]
        return self._html_doc(blocks, kind="outlook")

    def _html_doc(self, blocks, kind=None):
        kind = kind or self.rng.choice(["outlook", "gmail", "minimal"])
        inner = "\n".join(blocks)
        if kind == "outlook":
            inner = inner.replace("<p>", '<p class="MsoNormal">')
            return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                    '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                    '</head>\n<body lang="EN-US">\n<div class="WordSection1">\n' + inner +
                    "\n</div>\n</body>\n</html>\n")
        if kind == "gmail":
            return '<div dir="ltr">\n' + inner + "\n</div>\n"
        return ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title></title></head>\n'
                '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n' + inner +
                "\n</body>\n</html>\n")


def _ascii_fold(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def encode_part(text, subtype, rng):
    """Return (header lines, encoded body) for a single text part."""
    if text.isascii():
        charset = rng.choice(["us-ascii", "utf-8", "utf-8"])
        cte = rng.choices(["7bit", "quoted-printable", "base64"], weights=[5, 3, 2])[0]
    else:
        charset = "iso-8859-1" if _latin1_ok(text) and rng.random() < 0.5 else "utf-8"
        cte = rng.choices(["quoted-printable", "base64", "8bit"], weights=[5, 4, 1])[0]
        if cte == "8bit":
            charset = "utf-8"  # the message is serialised as UTF-8
    if subtype == "html":
        text = text.replace('charset=utf-8"', f'charset={charset}"').replace('charset="utf-8"',
                                                                            f'charset="{charset}"')
    if cte in ("7bit", "8bit") and max(len(ln) for ln in text.split("\n")) > 900:
        cte = "quoted-printable"
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = qpm.body_encode(raw.decode("latin-1"), maxlinelen=76, eol="\n")
    else:
        body = raw.decode(charset)
    ct = f"Content-Type: text/{subtype}; charset=\"{charset}\""
    if subtype == "plain" and rng.random() < 0.3:
        ct = f"Content-Type: text/plain; charset={charset}; format=flowed" if cte != "7bit" else \
            f"Content-Type: text/plain; charset={charset}"
    return [ct, f"Content-Transfer-Encoding: {cte}"], body


# ----------------------------------------------------------------------------------------------

def build():
    rng = random.Random(SEED)
    specs = plan(rng)
    rng.shuffle(specs)
    n = len(specs)
    span = (LAST_DAY - FIRST_DAY).days
    days = [FIRST_DAY + dt.timedelta(days=int((i + rng.random()) * span / n)) for i in range(n)]
    rng.shuffle(days)

    files, labels, manifest = {}, {}, {}
    for i, spec in enumerate(specs, start=1):
        name = f"{i:03d}.eml"
        m = Mail(i, spec, days[i - 1], rng)
        if spec["category"] == "emergency" and rng.random() < 0.5:
            hour = rng.choice([0, 1, 2, 3, 5, 6, 23])
        else:
            hour = rng.choices(range(7, 22), weights=[2, 5, 6, 6, 5, 4, 5, 6, 5, 4, 3, 2, 2, 1, 1])[0]
        m.when = mail_datetime(days[i - 1], hour, rng.randint(0, 59), rng.randint(0, 59), spec["sender"]["tz"])
        files[name] = m.build()
        labels[name] = spec["category"]
        manifest[name] = {"category": spec["category"], "language": spec["lang"], "style": spec["style"],
                          "tld": spec["sender"]["tld"], "extras": m.extras}
    labels_json = json.dumps({SPLIT: labels}, indent=1, sort_keys=True) + "\n"
    manifest_json = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    return Corpus(files=files, labels_json=labels_json, manifest_json=manifest_json)


def main():
    here = Path(__file__).resolve().parent
    corpus = build()
    out = here / SPLIT
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        if old.name not in corpus.files:
            old.unlink()
    for name, data in corpus.files.items():
        (out / name).write_bytes(data)
    (here / "labels.json").write_text(corpus.labels_json, encoding="utf-8")
    (here / "manifest.json").write_text(corpus.manifest_json, encoding="utf-8")
    print(f"wrote {len(corpus.files)} mails to {out}")


if __name__ == "__main__":
    main()
