"""Deterministic generator of the sixth labelled corpus: complaint mails to the CSC about PTI/IANA.

Written from DOMAIN.md by an author who saw neither the clustering method nor the other corpora.
It was the blind corpus, measured once with the method final (pairwise P 0.751, R 0.734,
F1 0.742, 19 clusters for 13 categories); then used for tuning, so its figures since are
tuning figures.

python make_corpus.py   -> writes all/NNN.eml, labels.json, manifest.json next to this file.
"""
import base64
import datetime as _dt
import html
import json
import os
import quopri
import random
import re
import textwrap
from dataclasses import dataclass, field
from email.header import Header
from email.utils import format_datetime, formataddr

if __package__:
    from .texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        CATEGORIES,
        CLOSINGS,
        DISCLAIMERS,
        FORMAL_CLOSE,
        FORMAL_OPEN,
        FWD_FIELDS,
        FWD_HEADER,
        FWD_INTRO,
        FWD_PREFIX,
        GENERIC_SUBJECTS,
        GREETINGS,
        HTML_TABLE_HEAD,
        LONG_INTRO,
        NOTICES,
        QUOTE_LEAD,
        ROLE_TITLES,
    )
else:
    from texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        CATEGORIES,
        CLOSINGS,
        DISCLAIMERS,
        FORMAL_CLOSE,
        FORMAL_OPEN,
        FWD_FIELDS,
        FWD_HEADER,
        FWD_INTRO,
        FWD_PREFIX,
        GENERIC_SUBJECTS,
        GREETINGS,
        HTML_TABLE_HEAD,
        LONG_INTRO,
        NOTICES,
        QUOTE_LEAD,
        ROLE_TITLES,
    )

SPLIT = "all"
SEED = 6_1123
PER_CATEGORY = 13
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]
TO = "CSC <csc@csc.example.org>"
IANA_FROM = "IANA Services <root-mgmt@iana.example>"

# TLD pool: (tld, language, sender domain, organisation, city/country line, utc offset hours, [names], brand?)
TLDS = [
    # English-writing ccTLDs and IDN ccTLDs
    ("fj", "en", "fiji-nic.example", "Fiji Domain Registry", "Suva, Fiji", 12, ["Sereana Vuki", "Ratu Josefa Naivalu"], False),
    ("ws", "en", "ws-registry.example", "Samoa Network Information Centre", "Apia, Samoa", 13, ["Tavita Leota"], False),
    ("np", "en", "np-nic.example", "Nepal Internet Registry", "Kathmandu, Nepal", 5.75, ["Bikash Shrestha", "Sunita Gurung"], False),
    ("bt", "en", "bt-domains.example", "Bhutan ccTLD Administration", "Thimphu, Bhutan", 6, ["Karma Wangchuk"], False),
    ("lk", "en", "lk-domainreg.example", "Sri Lanka Domain Registry", "Colombo, Sri Lanka", 5.5, ["Chaminda Perera", "Nilmini Fernando"], False),
    ("mn", "en", "datacom-mn.example", "Mongolian Domain Registry", "Ulaanbaatar, Mongolia", 8, ["Bat-Erdene Gankhuyag"], False),
    ("tz", "en", "tznic.example", "Tanzania Network Information Centre", "Dar es Salaam, Tanzania", 3, ["Neema Mwakyusa", "Juma Said"], False),
    ("rw", "en", "ricta-rw.example", "Rwanda Internet Community and Technology Alliance", "Kigali, Rwanda", 2, ["Eric Habimana"], False),
    ("zm", "en", "zicta-nic.example", "Zambia Network Information Centre", "Lusaka, Zambia", 2, ["Mwila Chanda"], False),
    ("gh", "en", "nic-gh.example", "Ghana Dot Com Registry", "Accra, Ghana", 0, ["Kwame Asante", "Abena Owusu"], False),
    ("na", "en", "na-nic.example", "Namibian Network Information Center", "Windhoek, Namibia", 2, ["Johannes Shikongo"], False),
    ("to", "en", "tonic-reg.example", "Tonga Network Information Center", "Nuku'alofa, Tonga", 13, ["Sione Fifita"], False),
    ("xn--90ais", "en", "by-cctld.example", "Belarusian Domain Registry", "Minsk", 3, ["Alena Kavalenka"], False),
    ("xn--j1amh", "en", "hostmaster-ua.example", "Ukrainian Network Information Centre", "Kyiv, Ukraine", 3, ["Oleksii Bondarenko", "Iryna Tkachenko"], False),
    ("xn--h2brj9c", "en", "nixi-registry.example", "National Internet Exchange Registry", "New Delhi, India", 5.5, ["Anand Krishnan", "Priya Raghavan"], False),
    ("xn--o3cw4h", "en", "thnic-reg.example", "Thai Network Information Center Foundation", "Bangkok, Thailand", 7, ["Somchai Wongsawat"], False),
    ("xn--mgbaam7a8h", "en", "ae-tra-reg.example", ".ae Domain Administration", "Dubai, United Arab Emirates", 4, ["Fatima Al Mansoori", "Omar Al Hashimi"], False),
    ("xn--wgbh1c", "en", "eg-nic.example", "Egyptian Universities Network NIC", "Cairo, Egypt", 2, ["Ahmed Fawzy"], False),
    ("xn--fzc2c9e2c", "en", "lk-domainreg.example", "Sri Lanka Domain Registry", "Colombo, Sri Lanka", 5.5, ["Dilan Jayasuriya"], False),
    ("xn--y9a3aq", "en", "am-nic.example", "Armenian Internet Domain Registry", "Yerevan, Armenia", 4, ["Hovhannes Sargsyan"], False),
    ("xn--54b7fta0cc", "en", "btcl-bd.example", "Bangladesh Domain Registry", "Dhaka, Bangladesh", 6, ["Tanvir Rahman"], False),
    # brand TLDs (English)
    ("lumora", "en", "lumora-group.example", "Lumora Group plc", "London, United Kingdom", 0, ["Harriet Cole", "James Whitfield"], True),
    ("kestrelbank", "en", "kestrelbank.example", "Kestrel Bank N.A.", "Charlotte, NC, USA", -5, ["Megan O'Rourke", "Daniel Brooks"], True),
    ("norvantis", "en", "norvantis.example", "Norvantis AG", "Basel, Switzerland", 1, ["Lukas Meier"], True),
    ("halbergauto", "en", "halberg-auto.example", "Halberg Automotive GmbH", "Stuttgart, Germany", 1, ["Sabine Krüger"], True),
    ("quillon", "en", "quillon-corp.example", "Quillon Corporation", "San Jose, CA, USA", -8, ["Rachel Nguyen"], True),
    ("verdimed", "en", "verdimed-health.example", "Verdimed Health Inc.", "Toronto, Canada", -5, ["Paul Desrosiers"], True),
    ("ostrafin", "en", "ostrafin.example", "Ostra Financial Holdings", "Singapore", 8, ["Grace Tan"], True),
    # French-writing
    ("sn", "fr", "nic-sn.example", "NIC Sénégal", "Dakar, Sénégal", 0, ["Mamadou Diop", "Awa Ndiaye"], False),
    ("ci", "fr", "nic-ci.example", "Registre du .ci", "Abidjan, Côte d'Ivoire", 0, ["Yao Kouassi"], False),
    ("bj", "fr", "registre-bj.example", "Registre .bj", "Cotonou, Bénin", 1, ["Sèna Houngbédji"], False),
    ("cm", "fr", "cm-registre.example", "Registre du .cm", "Yaoundé, Cameroun", 1, ["Jean-Pierre Mbarga", "Chantal Ewodo"], False),
    ("ml", "fr", "nic-ml.example", "Point ML", "Bamako, Mali", 0, ["Oumar Traoré"], False),
    ("ga", "fr", "nic-ga.example", "Gabon Domaines", "Libreville, Gabon", 1, ["Nadège Obame"], False),
    ("ht", "fr", "nic-ht.example", "Réseau de développement durable d'Haïti - NIC", "Port-au-Prince, Haïti", -5, ["Jean-Robert Pierre-Louis"], False),
    ("mg", "fr", "nic-mg.example", "NIC Madagascar", "Antananarivo, Madagascar", 3, ["Hery Rakotomalala"], False),
    ("td", "fr", "nic-td.example", "Registre du Tchad", "N'Djamena, Tchad", 1, ["Mahamat Abakar"], False),
    ("bf", "fr", "nic-bf.example", "Registre national du .bf", "Ouagadougou, Burkina Faso", 0, ["Salif Ouédraogo"], False),
    ("tg", "fr", "nic-tg.example", "Registre du .tg", "Lomé, Togo", 0, ["Kossi Agbeko"], False),
    ("xn--lgbbat1ad8j", "fr", "nic-dz.example", "Centre de Recherche sur l'Information Scientifique - NIC.dz", "Alger, Algérie", 1, ["Karim Benali", "Nassima Haddad"], False),
    ("xn--mgbc0a9azcg", "fr", "nic-ma.example", "Registre .ma", "Rabat, Maroc", 1, ["Youssef El Amrani"], False),
    ("xn--pgbs0dh", "fr", "ati-tn.example", "Agence Tunisienne d'Internet", "Tunis, Tunisie", 1, ["Sonia Ben Salah"], False),
    # Spanish-writing
    ("pe", "es", "nic-pe.example", "Red Científica Peruana - NIC.pe", "Lima, Perú", -5, ["Rosa Quispe", "Luis Alberto Paredes"], False),
    ("bo", "es", "nic-bo.example", "NIC Bolivia", "La Paz, Bolivia", -4, ["Marcelo Choque"], False),
    ("py", "es", "nic-py.example", "NIC Paraguay", "Asunción, Paraguay", -3, ["Diana Benítez"], False),
    ("hn", "es", "nic-hn.example", "Red de Desarrollo Sostenible Honduras", "Tegucigalpa, Honduras", -6, ["Óscar Maradiaga"], False),
    ("ni", "es", "nic-ni.example", "NIC Nicaragua", "Managua, Nicaragua", -6, ["Fernando Aráuz"], False),
    ("gt", "es", "gt-registro.example", "Registro de Dominios .gt", "Ciudad de Guatemala", -6, ["Ana Lucía Morales"], False),
    ("cr", "es", "nic-cr.example", "NIC Costa Rica", "San José, Costa Rica", -6, ["Esteban Solano", "Mariela Vargas"], False),
    ("uy", "es", "nic-uy.example", "Servicio Central de Informática - .uy", "Montevideo, Uruguay", -3, ["Gabriel Fernández"], False),
    ("ec", "es", "nic-ec.example", "NIC.EC", "Quito, Ecuador", -5, ["Patricia Andrade"], False),
    ("do", "es", "nic-do.example", "NIC República Dominicana", "Santo Domingo, República Dominicana", -4, ["Ramón Peña"], False),
    ("sv", "es", "svnet.example", "SVNet", "San Salvador, El Salvador", -6, ["Claudia Hernández"], False),
]

PHONE_CC = {"fj": "+679", "ws": "+685", "np": "+977", "bt": "+975", "lk": "+94", "mn": "+976", "tz": "+255",
            "rw": "+250", "zm": "+260", "gh": "+233", "na": "+264", "to": "+676", "xn--90ais": "+375",
            "xn--j1amh": "+380", "xn--h2brj9c": "+91", "xn--o3cw4h": "+66", "xn--mgbaam7a8h": "+971",
            "xn--wgbh1c": "+20", "xn--fzc2c9e2c": "+94", "xn--y9a3aq": "+374", "xn--54b7fta0cc": "+880",
            "lumora": "+44", "kestrelbank": "+1", "norvantis": "+41", "halbergauto": "+49", "quillon": "+1",
            "verdimed": "+1", "ostrafin": "+65", "sn": "+221", "ci": "+225", "bj": "+229", "cm": "+237", "ml": "+223",
            "ga": "+241", "ht": "+509", "mg": "+261", "td": "+235", "bf": "+226", "tg": "+228",
            "xn--lgbbat1ad8j": "+213", "xn--mgbc0a9azcg": "+212", "xn--pgbs0dh": "+216", "pe": "+51", "bo": "+591",
            "py": "+595", "hn": "+504", "ni": "+505", "gt": "+502", "cr": "+506", "uy": "+598", "ec": "+593",
            "do": "+1 809", "sv": "+503"}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}


def fmt_date(d, lang, style):
    m = MONTHS[lang][d.month - 1]
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if lang == "en":
        return {"dmy": f"{d.day} {m} {d.year}", "md": f"{m} {d.day}", "num": d.strftime("%d/%m/%Y"),
                "abbr": f"{m[:3]} {d.day}th" if d.day not in (1, 2, 3, 21, 22, 23, 31) else f"{m[:3]} {d.day}",
                "us": d.strftime("%m/%d/%Y")}[style]
    if lang == "fr":
        return {"dmy": f"{d.day} {m} {d.year}", "md": f"{d.day} {m}", "num": d.strftime("%d/%m/%Y"),
                "abbr": d.strftime("%d.%m.%Y"), "us": f"{d.day} {m}"}[style]
    return {"dmy": f"{d.day} de {m} de {d.year}", "md": f"{d.day} de {m}", "num": d.strftime("%d/%m/%Y"),
            "abbr": f"{d.day}/{d.month}", "us": d.strftime("%d-%m-%Y")}[style]


def fmt_ticket(n, lang, style):
    if style == "plain":
        return f"#{n}"
    return {
        "iana": f"IANA #{n}",
        "bare": str(n),
        "dash": f"IANA-{n}",
        "bracket": f"[IANA #{n}]",
        "rzm": f"RZM-{n}",
        "no": {"en": f"no. {n}", "fr": f"n° {n}", "es": f"N.º {n}"}[lang],
    }[style]


def typo(text, rng):
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) >= 5 and w.isalpha() and rng.random() < 0.06:
            i = rng.randrange(1, len(w) - 2)
            k = rng.randrange(3)
            if k == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif k == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return " ".join(out)


@dataclass
class Corpus:
    files: dict = field(default_factory=dict)
    labels_json: str = ""
    manifest_json: str = ""


def _sig(rng, lang, role, name, t, email):
    title = rng.choice(ROLE_TITLES[role][lang])
    phone_cc = PHONE_CC.get(t["tld"], "+1")
    phone = f"{phone_cc} {rng.randint(200, 899)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    street = {"en": f"{rng.randint(2, 240)} Independence Avenue", "fr": f"{rng.randint(2, 90)}, avenue de la République",
              "es": f"Av. Libertador {rng.randint(100, 2400)}"}[lang]
    tel = {"en": "Tel", "fr": "Tél.", "es": "Tel."}[lang]
    return "\n".join([name, title, t["org"], street, t["city"], f"{tel} {phone}", email, f"https://www.{t['domain']}"])


def _wrap(text, width):
    paras = text.split("\n")
    out = []
    for p in paras:
        if len(p) > width and not p.startswith((">", " ", "-", "*")):
            out.extend(textwrap.wrap(p, width, break_on_hyphens=False, break_long_words=False))
        else:
            out.append(p)
    return "\n".join(out)


def _encode_part(ctype, text, rng, force=None):
    raw_ok_latin = True
    try:
        text.encode("iso-8859-1")
    except UnicodeEncodeError:
        raw_ok_latin = False
    charset = "iso-8859-1" if raw_ok_latin and rng.random() < 0.35 else "utf-8"
    data = text.encode(charset)
    ascii_only = all(b < 128 for b in data)
    long_lines = any(len(line) > 900 for line in data.split(b"\n"))
    r = rng.random()
    if force:
        cte = force
    elif r < 0.35:
        cte = "quoted-printable"
    elif r < 0.6:
        cte = "base64"
    else:
        cte = "7bit" if ascii_only else "8bit"
    if long_lines and cte in ("7bit", "8bit"):
        cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        payload = data if data.endswith(b"\n") else data + b"\n"
    head = f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n".encode("ascii")
    if ctype == "text/plain" and rng.random() < 0.2:
        head = head.replace(b'"\n', b'"; format=flowed\n', 1)
    return head, payload, charset


def _text_to_html(text):
    parts = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip("> ")) for l in lines)
            parts.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            parts.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(parts) + "\n</body></html>\n"


def build():
    rng = random.Random(SEED)
    tld_info = [dict(tld=t[0], lang=t[1], domain=t[2], org=t[3], city=t[4], tz=t[5], names=t[6], brand=t[7])
                for t in TLDS]
    # ---- plan: (category, core index)
    plan = []
    for cat in sorted(CATEGORIES):
        cores = list(range(len(CATEGORIES[cat]["cores"])))
        seq = []
        while len(seq) < PER_CATEGORY:
            block = cores[:]
            rng.shuffle(block)
            seq.extend(block)
        plan.extend((cat, ci) for ci in seq[:PER_CATEGORY])
    rng.shuffle(plan)
    styles = []
    while len(styles) < len(plan):
        block = STYLES[:]
        rng.shuffle(block)
        styles.extend(block)
    # ---- dates spread Feb..Nov 2026
    start = _dt.datetime(2026, 2, 2, 6, 0)
    span_minutes = int((_dt.datetime(2026, 11, 27, 22, 0) - start).total_seconds() // 60)
    stamps = sorted(rng.randrange(span_minutes) for _ in plan)
    used_tlds = {}
    mails = []
    for idx, ((cat, ci), style, stamp) in enumerate(zip(plan, styles, stamps, strict=False)):
        lang, role, body_t, short_t = CATEGORIES[cat]["cores"][ci]
        want_brand = role == "brand"
        pool = [t for t in tld_info if t["lang"] == lang and (t["brand"] == want_brand or lang != "en")]
        if cat == "idn-table" and not want_brand and lang == "en":
            pool = [t for t in pool if t["tld"].startswith("xn--")]
        used = used_tlds.setdefault(cat, [])
        fresh = [t for t in pool if t["tld"] not in used]
        t = rng.choice(fresh or pool)
        used.append(t["tld"])
        mails.append((idx, cat, ci, lang, role, body_t, short_t, style, stamp, t))

    files, labels, manifest = {}, {}, {}
    for n, (_idx, cat, _ci, lang, role, body_t, short_t, style, stamp, t) in enumerate(mails, start=1):
        fname = f"{n:03d}.eml"
        tz = _dt.timezone(_dt.timedelta(hours=t["tz"]))
        when = (start + _dt.timedelta(minutes=stamp)).replace(tzinfo=_dt.UTC).astimezone(tz)
        extras = []
        if rng.random() < 0.3:
            extras.append("disclaimer")
        if rng.random() < 0.45:
            extras.append("signature")
        if rng.random() < 0.22:
            extras.append("typos")
        tstyle = "plain"
        if rng.random() < 0.55:
            tstyle = rng.choice(["iana", "bare", "dash", "bracket", "rzm", "no"])
            extras.append("ticket_format")
        dstyle = "iso"
        if rng.random() < 0.6:
            dstyle = rng.choice(["dmy", "md", "num", "abbr", "us"])
            extras.append("date_format")
        # facts
        if cat == "transfer-evaluation":
            gap = rng.randint(70, 240)
        elif cat == "emergency-handling":
            gap = rng.randint(2, 12)
        else:
            gap = rng.randint(6, 30)
        d1 = (when - _dt.timedelta(days=gap)).date()
        d3 = (when - _dt.timedelta(days=rng.randint(0, 2))).date()
        d2 = d1 + _dt.timedelta(days=max(1, (d3 - d1).days // 2))
        if cat == "emergency-handling":
            nval = rng.randint(9, 60)
            d2 = d1 + _dt.timedelta(days=1 + nval // 24)
        else:
            nval = (when.date() - d1).days
        tnum = rng.randint(1200000, 1499999)
        t2num = tnum + rng.randint(3, 900)
        host = t["domain"]
        dom_short = host.split(".")[0]
        ns1 = rng.choice([f"ns1.{host}", f"a.dns.{host}", f"dns1.{host}"])
        ns2 = rng.choice([f"ns2.{host}", f"sec.anycast-{dom_short}.example", f"ns.pch-{dom_short}.example",
                          f"b.dns.{host}"])
        ip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(2, 250))
        ip6 = f"2001:db8:{rng.randint(16, 4000):x}::{rng.choice(['53', '1', 'a', '35'])}"
        tld_disp = "." + t["tld"] if rng.random() < 0.8 else t["tld"].upper() if not t["tld"].startswith("xn--") else t["tld"]
        facts = dict(tld=tld_disp, T=fmt_ticket(tnum, lang, tstyle), T2=fmt_ticket(t2num, lang, tstyle),
                     D1=fmt_date(d1, lang, dstyle), D2=fmt_date(d2, lang, dstyle), D3=fmt_date(d3, lang, dstyle),
                     N=nval, ns1=ns1, ns2=ns2, ip=ip, ip6=ip6, kt=rng.randint(1024, 65000), org=t["org"])
        body = body_t.format(**facts)
        short = short_t.format(**facts)
        if "typos" in extras:
            body = typo(body, rng)
            short = typo(short, rng)
        name = rng.choice(t["names"])
        first, last = name.split(" ")[0], name.split(" ")[-1]
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", first, "hostmaster", "admin", "legal",
                            "compliance", "tech", "registry"] if role != "solo" else [first, "admin", "hostmaster"])
        local = re.sub(r"[^a-z0-9.]", "", local.lower().replace("é", "e").replace("è", "e").replace("ó", "o")
                       .replace("ü", "u").replace("'", ""))
        email = f"{local}@{t['domain']}"
        greet = rng.choice(GREETINGS[lang])
        close = rng.choice(CLOSINGS[lang])
        sign_name = first if rng.random() < 0.5 else name
        sig = _sig(rng, lang, role, name, t, email) if "signature" in extras else sign_name
        disc = ("\n\n" + rng.choice(DISCLAIMERS[lang]).format(org=t["org"])) if "disclaimer" in extras else ""

        # subject
        subj_pool = CATEGORIES[cat]["subjects"][lang] + GENERIC_SUBJECTS[lang]
        subject = rng.choice(subj_pool).format(**facts)
        if rng.random() < 0.25:
            subject = subject.lower() if rng.random() < 0.5 else subject.upper()

        # notice for reply / forward: another stage or another request
        avoid = set(CATEGORIES[cat]["avoid"])
        stage = rng.choice(sorted(k for k in NOTICES if k not in avoid))
        other = rng.random() < 0.5
        rnum = t2num if other else tnum
        nsubj_t, nbody_t = NOTICES[stage]
        nvals = dict(R=rnum, tld="." + t["tld"], name=name)
        nsubj = nsubj_t.format(**nvals)
        nbody = nbody_t.format(**nvals)
        ndate_dt = when - _dt.timedelta(days=rng.randint(1, max(2, gap)), hours=rng.randint(0, 20))

        sig_block = f"{close}\n{sig}" if close != "--" else f"--\n{sig}"
        pieces = []
        if greet and style != "terse":
            pieces.append(greet)
        html_body = None
        if style == "terse":
            pieces = [short, sign_name] if rng.random() < 0.6 else [greet or "Hi", short, sign_name]
            sig_block = ""
            if "signature" in extras:
                sig_block = sig
                pieces = pieces[:-1]
        elif style == "long":
            tl = [e.format(**facts) for e in CATEGORIES[cat]["timeline"][lang]]
            bullet = rng.choice(["- ", "* ", "  ", "• "])
            pieces.append(body)
            pieces.append(rng.choice(LONG_INTRO[lang]) + "\n" + "\n".join(bullet + e for e in tl))
        elif style == "angry":
            pieces.append(rng.choice(ANGRY_OPEN[lang]))
            pieces.append(body)
            pieces.append(rng.choice(ANGRY_CLOSE[lang]))
        elif style == "formal":
            pieces.append(rng.choice(FORMAL_OPEN[lang]).format(**facts))
            pieces.append(body)
            pieces.append(rng.choice(FORMAL_CLOSE[lang]))
        else:
            pieces.append(body)
        text = "\n\n".join(p for p in pieces if p)
        if sig_block:
            text += "\n\n" + sig_block
        text += disc
        if style not in ("html",) and rng.random() < 0.6:
            text = _wrap(text, rng.choice([72, 76, 78]))

        attach_rfc822 = None
        if style == "reply":
            who = IANA_FROM
            lead = QUOTE_LEAD[lang].format(date=fmt_date(ndate_dt.date(), lang, dstyle) + ndate_dt.strftime(" %H:%M"),
                                           who=who)
            quoted = "\n".join(("> " + l) if l else ">" for l in nbody.split("\n"))
            text = text + "\n\n" + lead + "\n" + quoted
            subject = rng.choice(["Re: ", "RE: ", "Re: "]) + nsubj
        elif style == "forward":
            fl = FWD_FIELDS[lang]
            intro = rng.choice(FWD_INTRO[lang])
            text = intro + "\n\n" + text
            subject = FWD_PREFIX[lang] + nsubj
            if rng.random() < 0.33:
                attach_rfc822 = (nsubj, nbody, ndate_dt, email)
                extras.append("rfc822_attachment")
            else:
                block = "\n".join([FWD_HEADER[lang], f"{fl[0]}: {IANA_FROM}",
                                   f"{fl[1]}: {format_datetime(ndate_dt.astimezone(_dt.UTC))}",
                                   f"{fl[2]}: {nsubj}", f"{fl[3]}: {email}", "", nbody])
                text = text + "\n\n" + block
        elif style == "html":
            rows = ""
            if rng.random() < 0.5:
                th = HTML_TABLE_HEAD[lang]
                tl = [e.format(**facts) for e in CATEGORIES[cat]["timeline"][lang]]
                trs = "".join(
                    f"<tr><td>{html.escape(e.split(':', 1)[0] if ':' in e else '')}</td>"
                    f"<td>{html.escape(e.split(':', 1)[1].strip() if ':' in e else e)}</td></tr>\n" for e in tl)
                rows = (f'<table border="1" cellpadding="4" cellspacing="0">\n<tr><th>{th[0]}</th><th>{th[1]}</th></tr>\n'
                        f"{trs}</table>\n")
            elif rng.random() < 0.5:
                rows = "<ul>\n" + "".join(
                    f"<li>{html.escape(e.format(**facts))}</li>\n" for e in CATEGORIES[cat]["timeline"][lang][:3]) + "</ul>\n"
            paras = [p for p in ([greet] if greet else []) + [body]]
            sig_html = "<br>\n".join(html.escape(l) for l in [close, *sig.split("\n")])
            disc_html = (f'<p style="font-size:8pt;color:#888">{html.escape(disc.strip())}</p>\n' if disc else "")
            html_body = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n"
                         + "".join(f"<p>{html.escape(p)}</p>\n" for p in paras) + rows
                         + f"<div style=\"color:#555\">{sig_html}</div>\n" + disc_html + "</body></html>\n")

        # ---- headers
        hdr_charset = "utf-8" if rng.random() < 0.7 else "iso-8859-1"
        try:
            subject.encode("ascii")
            subj_h = subject
        except UnicodeEncodeError:
            try:
                subj_h = Header(subject, hdr_charset).encode()
            except UnicodeEncodeError:
                subj_h = Header(subject, "utf-8").encode()
        try:
            from_h = formataddr((name, email), charset="utf-8")
        except Exception:
            from_h = email
        msgid = f"<{rng.getrandbits(64):016x}.{n:03d}@{t['domain']}>"
        headers = [f"From: {from_h}", f"To: {TO}", f"Date: {format_datetime(when)}", f"Subject: {subj_h}",
                   f"Message-ID: {msgid}", "MIME-Version: 1.0"]
        if style == "reply" and rng.random() < 0.7:
            headers.insert(5, f"In-Reply-To: <{rnum}.{stage}@iana.example>")
        boundary = f"=_csc3_{n:03d}_{rng.getrandbits(32):08x}"
        if html_body is not None:
            ph, pp, _ = _encode_part("text/html", html_body, rng)
            msg = "\n".join(headers).encode("ascii") + b"\n" + ph + b"\n" + pp
        elif attach_rfc822:
            nsubj_, nbody_, ndt, rcpt = attach_rfc822
            ph, pp, _ = _encode_part("text/plain", text, rng)
            inner = "\n".join([f"From: {IANA_FROM}", f"To: {rcpt}",
                               f"Date: {format_datetime(ndt.astimezone(_dt.UTC))}",
                               f"Subject: {nsubj_}", f"Message-ID: <{rnum}.{stage}.{n:03d}@iana.example>",
                               "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"us-ascii\"",
                               "Content-Transfer-Encoding: 7bit", "", nbody_, ""]).encode("ascii")
            msg = ("\n".join(headers) + f"\nContent-Type: multipart/mixed; boundary=\"{boundary}\"\n\n"
                   "This is a multi-part message in MIME format.\n").encode("ascii")
            msg += f"--{boundary}\n".encode() + ph + b"\n" + pp
            msg += (f"--{boundary}\nContent-Type: message/rfc822\nContent-Disposition: attachment; "
                    f"filename=\"forwarded.eml\"\n\n").encode() + inner
            msg += f"--{boundary}--\n".encode()
        elif rng.random() < 0.14:
            extras.append("multipart_alternative")
            ph, pp, _ = _encode_part("text/plain", text, rng)
            hh, hp, _ = _encode_part("text/html", _text_to_html(text), rng)
            msg = ("\n".join(headers) + f"\nContent-Type: multipart/alternative; boundary=\"{boundary}\"\n\n").encode()
            msg += f"--{boundary}\n".encode() + ph + b"\n" + pp
            msg += f"--{boundary}\n".encode() + hh + b"\n" + hp
            msg += f"--{boundary}--\n".encode()
        else:
            ph, pp, _ = _encode_part("text/plain", text, rng)
            msg = "\n".join(headers).encode("ascii") + b"\n" + ph + b"\n" + pp
        files[fname] = msg
        labels[fname] = cat
        manifest[fname] = {"category": cat, "language": lang, "style": style, "tld": t["tld"],
                           "extras": sorted(extras)}
    return Corpus(files=files,
                  labels_json=json.dumps({SPLIT: labels}, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                  manifest_json=json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    out = os.path.join(here, SPLIT)
    os.makedirs(out, exist_ok=True)
    for name, data in c.files.items():
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(c.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8") as fh:
        fh.write(c.manifest_json)
    print(f"wrote {len(c.files)} mails to {out}")


if __name__ == "__main__":
    main()
