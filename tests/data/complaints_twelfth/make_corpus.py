# ruff: noqa: UP031  (the author's printf-style formatting, kept as written)
"""Deterministic generator for the twelfth complaint corpus.

python3 make_corpus.py  -> writes all/NNN.eml, labels.json, manifest.json next to this file.
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
from email.header import Header
from email.utils import format_datetime, formataddr

if __package__:
    from .texts import AVOID_STAGES, CATEGORIES, FWD_COVER, NOTICES, TEXTS
else:
    from texts import AVOID_STAGES, CATEGORIES, FWD_COVER, NOTICES, TEXTS

SPLIT = "all"
SEED = 90909
MAILS_PER_CATEGORY = 13
TO_ADDR = "CSC <csc@csc.example.org>"
IANA_FROM = "IANA Root Zone Management <root-mgmt@iana.example>"

# ------------------------------------------------------------------ registries
# (tld label, home language, organisation, city, country, phone prefix, tz hours)
REGISTRIES = [
    ("ke", "en", "Kenya Domain Registry Trust", "Nairobi", "Kenya", "+254 20", 3),
    ("ng", "en", "Nigerian Names Registry", "Abuja", "Nigeria", "+234 9", 1),
    ("tt", "en", "TT Network Information Centre", "St. Augustine", "Trinidad and Tobago", "+1 868", -4),
    ("jm", "en", "Jamaica Domain Services", "Kingston", "Jamaica", "+1 876", -5),
    ("fj", "en", "Fiji Domain Registry", "Suva", "Fiji", "+679", 12),
    ("ws", "en", "Samoa Names Authority", "Apia", "Samoa", "+685", 13),
    ("bz", "en", "Belize Registry Ltd", "Belmopan", "Belize", "+501", -6),
    ("ie", "en", "Irish Registry Foundation", "Dublin", "Ireland", "+353 1", 0),
    ("gh", "en", "Ghana Domain Name Registry", "Accra", "Ghana", "+233 30", 0),
    ("ug", "en", "Uganda Registry Services", "Kampala", "Uganda", "+256 41", 3),
    ("mu", "en", "Mauritius Internet Names", "Port Louis", "Mauritius", "+230", 4),
    ("lk", "en", "Sri Lanka Domain Registry", "Colombo", "Sri Lanka", "+94 11", 5),
    ("bank", "en", "fTLD-like Banking Registry Inc.", "Washington DC", "USA", "+1 202", -5),
    ("music", "en", "Music Community Registry LLC", "Nashville", "USA", "+1 615", -6),
    ("shop", "en", "Commerce Names Registry K.K.", "Tokyo", "Japan", "+81 3", 9),
    ("africa", "en", "Pan-African Names Registry", "Johannesburg", "South Africa", "+27 11", 2),
    ("xn--p1ai", "en", "Coordination Centre for the RF Domain", "Moscow", "Russia", "+7 495", 3),
    ("xn--j1amh", "en", "UA IDN Registry", "Kyiv", "Ukraine", "+380 44", 2),
    ("xn--90ais", "en", "BY IDN Domain Registry", "Minsk", "Belarus", "+375 17", 3),
    ("xn--mgbaam7a8h", "en", "Emirates IDN Registry", "Abu Dhabi", "UAE", "+971 2", 4),
    ("xn--wgbh1c", "en", "Egypt IDN Registry", "Cairo", "Egypt", "+20 2", 2),
    ("xn--fzc2c9e2c", "en", "Sri Lanka IDN Registry", "Colombo", "Sri Lanka", "+94 11", 5),
    ("xn--h2brj9c", "en", "India IDN Registry", "New Delhi", "India", "+91 11", 5),
    ("xn--o3cw4h", "en", "Thai Names Foundation", "Bangkok", "Thailand", "+66 2", 7),
    ("xn--3e0b707e", "en", "Korea IDN Registry", "Seoul", "Korea", "+82 2", 9),
    ("xn--node", "en", "Georgia IDN Registry", "Tbilisi", "Georgia", "+995 32", 4),
    ("xn--y9a3aq", "en", "Armenian Names Registry", "Yerevan", "Armenia", "+374 10", 4),
    ("xn--qxam", "en", "Hellenic IDN Registry", "Athens", "Greece", "+30 21", 2),
    ("sn", "fr", "Registre des noms de domaine du Sénégal", "Dakar", "Sénégal", "+221 33", 0),
    ("ci", "fr", "Autorité des domaines de Côte d'Ivoire", "Abidjan", "Côte d'Ivoire", "+225 27", 0),
    ("ml", "fr", "Registre national .ML", "Bamako", "Mali", "+223 20", 0),
    ("bf", "fr", "Agence burkinabè des noms de domaine", "Ouagadougou", "Burkina Faso", "+226 25", 0),
    ("cm", "fr", "Registre camerounais des domaines", "Yaoundé", "Cameroun", "+237 222", 1),
    ("ht", "fr", "Réseau haïtien des noms de domaine", "Port-au-Prince", "Haïti", "+509 22", -5),
    ("mg", "fr", "Registre malgache de l'Internet", "Antananarivo", "Madagascar", "+261 20", 3),
    ("bj", "fr", "Registre béninois des domaines", "Cotonou", "Bénin", "+229 21", 1),
    ("tn", "fr", "Agence tunisienne des domaines", "Tunis", "Tunisie", "+216 71", 1),
    ("pf", "fr", "Registre polynésien", "Papeete", "Polynésie française", "+689 40", -10),
    ("nc", "fr", "Registre calédonien des domaines", "Nouméa", "Nouvelle-Calédonie", "+687", 11),
    ("quebec", "fr", "Registre PointQuébec", "Montréal", "Canada", "+1 514", -5),
    ("bzh", "fr", "Association www.bzh", "Rennes", "France", "+33 2", 1),
    ("ga", "fr", "Registre gabonais", "Libreville", "Gabon", "+241 11", 1),
    ("cl", "es", "Registro de Nombres de Chile", "Santiago", "Chile", "+56 2", -3),
    ("pe", "es", "Red Peruana de Dominios", "Lima", "Perú", "+51 1", -5),
    ("uy", "es", "Registro de Dominios del Uruguay", "Montevideo", "Uruguay", "+598 2", -3),
    ("py", "es", "Centro de Dominios del Paraguay", "Asunción", "Paraguay", "+595 21", -3),
    ("bo", "es", "Agencia Boliviana de Dominios", "La Paz", "Bolivia", "+591 2", -4),
    ("ec", "es", "Registro Ecuatoriano de Dominios", "Quito", "Ecuador", "+593 2", -5),
    ("gt", "es", "Registro de Dominios de Guatemala", "Ciudad de Guatemala", "Guatemala", "+502", -6),
    ("hn", "es", "Red de Dominios de Honduras", "Tegucigalpa", "Honduras", "+504", -6),
    ("cr", "es", "Registro de Dominios de Costa Rica", "San José", "Costa Rica", "+506", -6),
    ("do", "es", "Registro Dominicano de Dominios", "Santo Domingo", "República Dominicana", "+1 809", -4),
    ("ni", "es", "Registro de Dominios de Nicaragua", "Managua", "Nicaragua", "+505", -6),
    ("cat", "es", "Fundació puntCAT", "Barcelona", "España", "+34 93", 1),
    ("madrid", "es", "Registro .madrid", "Madrid", "España", "+34 91", 1),
]

IDN_UNICODE = {
    "xn--p1ai": "рф", "xn--j1amh": "укр", "xn--90ais": "бел", "xn--mgbaam7a8h": "امارات",
    "xn--wgbh1c": "مصر", "xn--fzc2c9e2c": "ලංකා", "xn--h2brj9c": "भारत", "xn--o3cw4h": "ไทย",
    "xn--3e0b707e": "한국", "xn--node": "გე", "xn--y9a3aq": "հայ", "xn--qxam": "ελ",
}

DNS_PROVIDERS = [
    ("Anycast Works", "anycastworks.example"), ("Nordic Secondary DNS AB", "nordicdns.example"),
    ("GlobalNS Operations", "globalns.example"), ("Packet Relay Services", "packetrelay.example"),
    ("Servicios DNS Andinos", "dnsandinos.example"), ("Réseau Anycast Atlantique", "anycast-atlantique.example"),
]
LAW_FIRMS = {
    "en": [("Harrow & Pell LLP", "harrowpell.example"), ("Okafor Mensah Legal", "okafor-mensah.example"),
           ("Whitcombe Strand", "whitcombe.example")],
    "fr": [("Cabinet Lemaire & Associés", "cabinet-lemaire.example"), ("Diallo Avocats", "diallo-avocats.example")],
    "es": [("Estudio Jurídico Ferrer Olmos", "ferrerolmos.example"), ("Bufete Garrido & Ruiz", "garridoruiz.example")],
}

NAMES = {
    "en": [("James", "Otieno"), ("Grace", "Adeyemi"), ("Priya", "Ramanathan"), ("Tom", "Gallagher"),
           ("Sione", "Tupou"), ("Aisha", "Mwangi"), ("Dmitri", "Volkov"), ("Nadia", "Haddad"),
           ("Kwame", "Boateng"), ("Laura", "Whitfield"), ("Min-jun", "Park"), ("Olena", "Shevchenko"),
           ("Ravi", "Perera"), ("Samir", "El-Masri"), ("Kate", "O'Donnell"), ("Niko", "Beridze"),
           ("Ananya", "Iyer"), ("Chris", "Baptiste"), ("Somchai", "Wongsa"), ("Maria", "Papadaki")],
    "fr": [("Mamadou", "Ndiaye"), ("Aminata", "Traoré"), ("Jean-Baptiste", "Kouassi"), ("Hélène", "Rakoto"),
           ("François", "Pelletier"), ("Fatou", "Sow"), ("Yann", "Le Goff"), ("Amira", "Ben Salah"),
           ("Raphaël", "Tehei"), ("Clémence", "Mbarga"), ("Loïc", "Dossou"), ("Geneviève", "Tremblay")],
    "es": [("María José", "Fuentes"), ("Andrés", "Cáceres"), ("Lucía", "Benítez"), ("Jorge", "Villalba"),
           ("Carmen", "Ortúzar"), ("Diego", "Ramírez"), ("Valentina", "Quispe"), ("Ignacio", "Sáenz"),
           ("Paola", "Mendoza"), ("Tomás", "Iglesias"), ("Núria", "Puig"), ("Esteban", "Rojas")],
}

TITLES = {
    "en": {"tech": ["DNS Engineer", "Head of Technical Operations", "Senior Systems Engineer"],
           "junior": ["Junior Network Engineer", "Technical Assistant", "NOC Analyst"],
           "manager": ["Registry Manager", "Administrative Contact", "Operations Manager"],
           "ceo": ["Chief Executive Officer", "Managing Director", "General Manager"],
           "lawyer": ["Partner", "Senior Associate"],
           "dnsop": ["Service Delivery Manager", "NOC Team Lead"]},
    "fr": {"tech": ["Ingénieur DNS", "Responsable technique", "Administrateur systèmes"],
           "junior": ["Technicien réseau", "Ingénieur junior"],
           "manager": ["Directrice du registre", "Responsable des opérations", "Contact administratif"],
           "ceo": ["Directeur général", "Président"],
           "lawyer": ["Avocat associé", "Avocate à la Cour"],
           "dnsop": ["Responsable exploitation", "Chef d'équipe NOC"]},
    "es": {"tech": ["Administrador DNS", "Jefe de Operaciones Técnicas", "Ingeniero de Sistemas"],
           "junior": ["Técnico de Redes", "Analista NOC"],
           "manager": ["Gerente del Registro", "Contacto Administrativo", "Coordinadora de Operaciones"],
           "ceo": ["Director General", "Gerente General", "Presidente Ejecutivo"],
           "lawyer": ["Socio", "Abogada asociada"],
           "dnsop": ["Gerente de Servicio", "Líder NOC"]},
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

DATE_FORMATS = {"en": ["dmy_long", "mdy_long", "iso", "dmy_slash", "mdy_slash", "wd_short", "ordinal"],
                "fr": ["dmy_long", "dmy_slash", "dm_short", "wd_long", "iso"],
                "es": ["dmy_long", "dmy_slash", "dmy_abbr", "wd_long", "iso"]}


def fmt_date(d, lang, style):
    m = MONTHS[lang][d.month - 1]
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if style == "mdy_slash":
        return d.strftime("%m/%d/%Y")
    if style == "dm_short":
        return "%d/%d" % (d.day, d.month)
    if lang == "en":
        if style == "dmy_long":
            return "%d %s %d" % (d.day, m, d.year)
        if style == "mdy_long":
            return "%s %d" % (m, d.day)
        if style == "wd_short":
            return "%s %d %s" % (WEEKDAYS["en"][d.weekday()], d.day, m[:3])
        if style == "ordinal":
            suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            return "%d%s %s" % (d.day, suf, m)
    if lang == "fr":
        if style == "dmy_long":
            return "%d %s %d" % (d.day, m, d.year) if d.day != 1 else "1er %s %d" % (m, d.year)
        if style == "wd_long":
            return "%s %d %s" % (WEEKDAYS["fr"][d.weekday()], d.day, m)
    if lang == "es":
        if style == "dmy_long":
            return "%d de %s de %d" % (d.day, m, d.year)
        if style == "dmy_abbr":
            return "%d-%s-%d" % (d.day, m[:3], d.year)
        if style == "wd_long":
            return "%s %d de %s" % (WEEKDAYS["es"][d.weekday()], d.day, m)
    return d.strftime("%Y-%m-%d")


TICKET_FORMATS = ["#{n}", "IANA #{n}", "{n}", "IANA-{n}", "[IANA #{n}]", "RZM-{n}", "no. {n}"]

DISCLAIMERS = {
    "en": [
        "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorised review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. {org} accepts no liability for any damage caused by any virus transmitted by this e-mail. Please consider the environment before printing this e-mail.",
        "This message and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this message in error please notify the sender immediately and delete it from your system. Views expressed in this message are those of the sender and do not necessarily represent those of {org}. This e-mail has been scanned for viruses and malware.",
        "PRIVILEGED AND CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION. The information contained in this transmission is legally privileged and confidential, intended only for the use of the addressee. If the reader of this message is not the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited. If you have received this communication in error, please notify us immediately by telephone and return the original message to us.",
    ],
    "fr": [
        "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. {org} décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié. Pensez à l'environnement avant d'imprimer ce courriel.",
        "Ce courrier électronique et ses éventuelles pièces jointes peuvent contenir des informations confidentielles ou couvertes par le secret professionnel. Il est destiné exclusivement à la personne ou à l'entité à laquelle il est adressé. Si vous n'êtes pas le destinataire visé, toute lecture, copie, diffusion ou utilisation est strictement interdite.",
    ],
    "es": [
        "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted no es el destinatario indicado, queda notificado de que la lectura, utilización, divulgación y/o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su destrucción. {org} no se responsabiliza de los cambios o alteraciones del mensaje. Antes de imprimir este correo piense si es necesario: cuidar el ambiente es responsabilidad de todos.",
        "La información contenida en este correo electrónico es confidencial y puede estar protegida por el secreto profesional. Está dirigida únicamente al destinatario. Cualquier revisión, retransmisión, difusión u otro uso de esta información por personas distintas del destinatario está prohibida.",
    ],
}

GENERIC_SUBJECTS = {
    "en": ["Complaint", "urgent", "{T}", "ticket {t1}", "IANA", "Formal complaint - {org}", "for the CSC",
           "problem with IANA", "Request {t1}", "{T} root zone change", "complaint re {t1}", "FW: issue",
           "CSC complaint", "Attn: CSC"],
    "fr": ["Réclamation", "urgent", "Plainte", "Demande {t1}", "À l'attention du CSC", "Problème IANA",
           "{T}", "réclamation {org}", "ticket {t1}"],
    "es": ["Reclamación", "urgente", "Queja", "Solicitud {t1}", "Para el CSC", "Problema con IANA",
           "{T}", "queja formal", "ticket {t1}"],
}

FWD_PREFIX = {"en": ["Fwd: ", "FW: ", "Fw: "], "fr": ["TR: ", "Fwd: ", "TR : "], "es": ["RV: ", "Fwd: ", "RV: "]}
RE_PREFIX = {"en": ["Re: ", "RE: "], "fr": ["Re: ", "RE : "], "es": ["Re: ", "RE: "]}
SIGNOFF = {"en": ["Regards,", "Best,", "Thanks,", "Sincerely,", "Cheers,"],
           "fr": ["Cordialement,", "Bien à vous,", "Salutations,"],
           "es": ["Saludos,", "Atentamente,", "Un saludo,"]}
PHONE_WORD = {"en": ("Tel", "Mobile"), "fr": ("Tél.", "Mobile"), "es": ("Tel.", "Móvil")}
DETAIL_LABELS = {"en": ("Ticket", "TLD", "Submitted", "Current status", "Waiting since"),
                 "fr": ("Ticket", "TLD", "Soumise le", "Statut actuel", "En attente depuis"),
                 "es": ("Ticket", "TLD", "Presentada el", "Estado actual", "En espera desde")}
STATUS_WORD = {"en": ["open", "pending", "no change", "unresolved"],
               "fr": ["ouvert", "en attente", "aucun changement"],
               "es": ["abierto", "pendiente", "sin cambios"]}


# ------------------------------------------------------------------ helpers
STREETS = {"en": ["{n} Harbour Road", "{n} Independence Avenue", "Suite {n}, Kingsway House", "{n} Market Street",
                  "PO Box {n}"],
           "fr": ["{n}, rue de la République", "{n} avenue de l'Indépendance", "BP {n}", "{n} boulevard du Port"],
           "es": ["Av. Libertador {n}", "Calle Los Almendros {n}", "Edificio Central, piso {n}", "Casilla {n}"]}


def street(r, lang):
    return r.choice(STREETS[lang]).format(n=r.randrange(2, 190))


def slug(s):
    s = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ê", "e"), ("à", "a"), ("á", "a"), ("í", "i"),
                 ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("ç", "c"), ("ï", "i"), ("ô", "o"), ("'", ""),
                 ("ü", "u"), ("ò", "o")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "", s)


def add_typos(text, rng, n):
    words = list(re.finditer(r"\b[A-Za-z]{6,}\b", text))
    if not words:
        return text
    picks = sorted(rng.sample(range(len(words)), min(n, len(words))), reverse=True)
    for i in picks:
        m = words[i]
        w = m.group(0)
        k = rng.randrange(1, len(w) - 2)
        kind = rng.random()
        if kind < 0.5:
            w2 = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif kind < 0.8:
            w2 = w[:k] + w[k + 1:]
        else:
            w2 = w[:k] + w[k] + w[k:]
        text = text[:m.start()] + w2 + text[m.end():]
    return text


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


TIMELINE_RE = re.compile(r"^\s*(- |\S.{0,40}?(?: - |: | {2,}))")


def to_html(body, lang, details=None, sig_html="", disclaimer=""):
    """Render a plain complaint body as an HTML-only mail."""
    paras = body.split("\n\n")
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        lines = p.split("\n")
        if len(lines) >= 3 and all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{html.escape(l[2:])}</li>" for l in lines) + "</ul>")
        elif len(lines) >= 3 and all(re.match(r"^\{?[\w\[#].{0,30}?( - |: | {2,})", l) for l in lines):
            rows = []
            for l in lines:
                m = re.match(r"^(.{1,45}?)( - |: | {2,})(.*)$", l)
                a, b = (m.group(1), m.group(3)) if m else ("", l)
                rows.append(f"<tr><td style=\"padding:2px 8px;white-space:nowrap\"><b>{html.escape(a.strip())}</b></td><td>{html.escape(b.strip())}</td></tr>")
            out.append('<table border="1" cellspacing="0" style="border-collapse:collapse">' + "".join(rows) + "</table>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    if details:
        lab = DETAIL_LABELS[lang]
        rows = "".join(f"<tr><th align=\"left\" style=\"background:#dde\">{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in zip(lab, details, strict=False))
        out.append('<table border="1" cellpadding="4" cellspacing="0">' + rows + "</table>")
    if sig_html:
        out.append(sig_html)
    if disclaimer:
        out.append(f'<p style="font-size:7pt;color:#888">{html.escape(disclaimer)}</p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def encode_part(text, subtype, charset, cte):
    raw = text.encode(charset)
    hdr = f"Content-Type: text/{subtype}; charset=\"{charset}\"\n"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        b = base64.b64encode(raw).decode("ascii")
        body = "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    else:
        body = raw.decode(charset)
        try:
            raw.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
    hdr += f"Content-Transfer-Encoding: {cte}\n"
    return hdr, body, cte


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


# ------------------------------------------------------------------ build
class Corpus:
    def __init__(self):
        self.files = {}
        self.labels_json = ""
        self.manifest_json = ""


def plan(rng):
    """Return the list of (category, text index, style) in mail order."""
    by_cat = {}
    for i, t in enumerate(TEXTS):
        by_cat.setdefault(t[0], []).append(i)
    wrappers = ["reply", "forward", "html"]
    wcount = 0
    entries = []
    for ci, cat in enumerate(CATEGORIES):
        idxs = by_cat[cat]
        uses = []
        extra = []
        for i in idxs:
            base = TEXTS[i][2]
            if base == "neutral":
                w1 = wrappers[wcount % 3]
                w2 = wrappers[(wcount + 1 + ci) % 3]
                if w2 == w1:
                    w2 = wrappers[(wcount + 2) % 3]
                wcount += 1
                uses.append((cat, i, w1))
                extra.append((cat, i, w2))
            elif base == "terse":
                uses.append((cat, i, "terse"))
                extra.append((cat, i, "reply" if i % 2 else "forward"))
            else:
                uses.append((cat, i, base))
                extra.append((cat, i, base))
        rng.shuffle(extra)
        # prefer neutral re-uses first, but keep some long/angry/formal re-uses
        prio = {"neutral": 0, "formal": 1, "terse": 2, "long": 3, "angry": 4}
        extra.sort(key=lambda e: prio[TEXTS[e[1]][2]])
        need = MAILS_PER_CATEGORY - len(uses)
        nn = sum(1 for e in extra if TEXTS[e[1]][2] == "neutral")
        take = extra[:max(0, min(nn, need - 2))]
        rest = [e for e in extra if e not in take]
        take += rest[:need - len(take)]
        uses += take
        entries.extend(uses)
    rng.shuffle(entries)
    return entries


def build():
    rng = random.Random(SEED)
    entries = plan(rng)
    corpus = Corpus()
    labels = {}
    manifest = {}
    used_tlds = {}
    used_text_tld = set()
    start = dt.date(2026, 1, 12)
    for n, (cat, ti, style) in enumerate(entries, 1):
        r = random.Random("%d-%d-%s" % (SEED, n, cat))
        _, lang, base, persona, subj_t, body_t = TEXTS[ti]
        # ---- registry
        if lang == "en":
            pool = [g for g in REGISTRIES if g[1] == "en"]
            if r.random() < 0.12:
                pool = [g for g in REGISTRIES if g[1] != "en"]
        else:
            pool = [g for g in REGISTRIES if g[1] == lang]
        seen = used_tlds.setdefault(cat, set())
        cands = [g for g in pool if g[0] not in seen and (ti, g[0]) not in used_text_tld] or \
                [g for g in pool if (ti, g[0]) not in used_text_tld] or pool
        reg = r.choice(cands)
        seen.add(reg[0])
        used_text_tld.add((ti, reg[0]))
        label, _, org, city, country, phone, tz = reg
        tld = "." + label
        if label.startswith("xn--"):
            T = r.choice([label.upper(), "." + IDN_UNICODE[label], label, f".{IDN_UNICODE[label]} ({label})"])
        else:
            T = r.choice([label.upper(), "." + label.upper(), "." + label])
        # ---- people
        first, last = r.choice(NAMES[lang])
        title = r.choice(TITLES[lang][persona])
        if persona == "lawyer":
            firm, domain = r.choice(LAW_FIRMS[lang])
            affiliation = firm
        elif persona == "dnsop":
            firm, domain = r.choice(DNS_PROVIDERS)
            affiliation = firm
        else:
            domain = "nic-{}.example".format(slug(label.replace("xn--", "idn-")))
            affiliation = org
        dnsop_name = r.choice(DNS_PROVIDERS)[0]
        local = r.choice([f"{slug(first)}.{slug(last)}", f"{slug(first)[0]}{slug(last)}",
                          slug(first)])
        if persona in ("tech", "junior") and r.random() < 0.25:
            local = r.choice(["noc", "hostmaster", "dns-ops", "tech"])
        from_addr = f"{local}@{domain}"
        from_name = f"{first} {last}"
        # ---- dates
        day0 = start + dt.timedelta(days=int((n - 1) * 285 / len(entries)) + r.randrange(0, 3))
        scale = 9 if cat == "transfer_eval" else (3 if cat == "idn_table" else 1)
        d4 = day0 - dt.timedelta(days=r.randrange(2, 5))
        d3 = d4 - dt.timedelta(days=scale * r.randrange(2, 6))
        d2 = d3 - dt.timedelta(days=scale * r.randrange(1, 5))
        d1 = d2 - dt.timedelta(days=scale * r.randrange(1, 5))
        if cat == "emergency" and base == "long":
            d2 = d1 + dt.timedelta(days=1)
        dfmt = r.choice(DATE_FORMATS[lang])
        tkfmt = r.choice(TICKET_FORMATS)
        tn = [r.randrange(1250000, 1420000) for _ in range(3)]
        tk = [tkfmt.format(n=x) for x in tn]
        hour = r.randrange(6, 23)
        tzinfo = dt.timezone(dt.timedelta(hours=tz))
        mail_dt = dt.datetime(day0.year, day0.month, day0.day, hour, r.randrange(60), r.randrange(60), tzinfo=tzinfo)
        provider_host = r.choice(["dns-anycast.example", "secondary-ns.example", "ns-cloud.example"])
        old_host = r.choice(["oldhost.example", "legacy-dns.example", "ns-former.example"])
        vals = dict(
            tld=tld, T=T, t1=tk[0], t2=tk[1], t3=tk[2],
            d1=fmt_date(d1, lang, dfmt), d2=fmt_date(d2, lang, dfmt), d3=fmt_date(d3, lang, dfmt),
            d4=fmt_date(d4, lang, dfmt),
            ns1=f"a.nic.{label}", ns2="ns%d.%s" % (r.randrange(1, 6), provider_host),
            ns3="sec%d.%s" % (r.randrange(1, 4), old_host),
            ip1=r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % r.randrange(2, 250),
            ip6=f"2001:db8:{r.randrange(1, 0xffff):x}::{r.randrange(1, 0xff):x}",
            kt=str(r.randrange(10000, 65000)), kt2=str(r.randrange(10000, 65000)),
            org=org, dnsop=dnsop_name,
        )
        body = body_t.format(**vals)
        extras = []
        if r.random() < 0.22 and base != "formal":
            body = add_typos(body, r, r.randrange(2, 5))
            extras.append("typos")
        extras.append("ticket:" + tkfmt.replace("{n}", "N"))
        extras.append("date:" + dfmt)
        # ---- signature
        full_sig = r.random() < (0.75 if persona in ("lawyer", "ceo") else 0.45)
        sig_lines = []
        if full_sig:
            extras.append("signature")
            sig_lines = [f"{first} {last}", title, affiliation,
                         street(r, lang) + ", " + city + ", " + country,
                         "%s: %s %03d %04d" % (PHONE_WORD[lang][0], phone, r.randrange(100, 999), r.randrange(10000)),
                         "%s: %s %03d %04d" % (PHONE_WORD[lang][1], phone, r.randrange(100, 999), r.randrange(10000)),
                         f"www.{domain}"]
            if persona == "lawyer":
                sig_lines.insert(3, {"en": "Counsel to %s", "fr": "Conseil de %s", "es": "Asesores de %s"}[lang] % org)
            sig = "-- \n" + "\n".join(sig_lines)
        else:
            sig = r.choice([first, f"{first} {last}", first[0] + ".", f"{first}\n{affiliation}"])
        signoff = ""
        last_line = body.rstrip().split("\n")[-1]
        if (len(last_line) > 40 or last_line.endswith((".", "?", "!", "\""))) \
                and r.random() < 0.6:
            signoff = r.choice(SIGNOFF[lang])
        disclaimer = ""
        if r.random() < (0.5 if persona in ("lawyer", "ceo") else 0.22):
            dpool = DISCLAIMERS[lang] if persona == "lawyer" else [x for x in DISCLAIMERS[lang] if "ATTORNEY" not in x]
            disclaimer = r.choice(dpool).format(org=affiliation)
            extras.append("disclaimer")
        own = body.rstrip() + "\n\n" + (signoff + "\n" if signoff else "") + sig + "\n"
        if disclaimer:
            own += "\n" + ("_" * 40) + "\n" + disclaimer + "\n"
        # ---- subject
        subj_own = subj_t.format(**vals) if r.random() < 0.6 else r.choice(GENERIC_SUBJECTS[lang]).format(**vals)
        subject = subj_own
        # ---- quoted notice for reply/forward
        avoid = AVOID_STAGES[cat]
        notices = [x for x in NOTICES if x[0] not in avoid]
        stage, nsubj_t, nbody_t = r.choice(notices)
        qdate = mail_dt - dt.timedelta(days=r.randrange(3, 40), hours=r.randrange(0, 12))
        qdate = qdate.astimezone(dt.UTC)
        nvals = dict(tld=tld, T=label.upper() if not label.startswith("xn--") else label,
                     t3=r.choice(["%d", "#%d", "IANA #%d"]) % tn[2], t3n=tn[2])
        nsubj = nsubj_t.format(**nvals)
        nbody = nbody_t.format(**nvals)
        qdate_str = format_datetime(qdate)
        if style == "reply":
            extras.append("quoted:" + stage)
            subject = r.choice(RE_PREFIX[lang]) + nsubj
            if r.random() < 0.55:
                attrib = {"en": "On %s, %s wrote:", "fr": "Le %s, %s a écrit :", "es": "El %s, %s escribió:"}[lang] % (
                    fmt_date(qdate.date(), lang, "dmy_long") + (" at %s" if lang == "en" else " à %s" if lang == "fr" else " a las %s")
                    % qdate.strftime("%H:%M"), IANA_FROM)
                text = own + "\n" + attrib + "\n" + quote(nbody) + "\n"
            else:
                hdrs = {"en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
                        "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
                        "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto")}[lang]
                sep = " : " if lang == "fr" else ": "
                text = own + "\n" + "\n".join([hdrs[0], hdrs[1] + sep + IANA_FROM,
                                               hdrs[2] + sep + qdate_str,
                                               hdrs[3] + sep + from_addr, hdrs[4] + sep + nsubj]) + "\n\n" + nbody + "\n"
        elif style == "forward":
            fh = {"en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
                  "fr": ("-------- Message transféré --------", "De", "Date", "Objet", "À"),
                  "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para")}[lang]
            sep = " : " if lang == "fr" else ": "
            if r.random() < 0.5:
                # complaint on top, forwarded IANA notice (other stage) below
                extras.append("quoted:" + stage)
                fwd = "\n".join([fh[0], fh[1] + sep + IANA_FROM, fh[2] + sep + qdate_str,
                                 fh[3] + sep + nsubj, fh[4] + sep + from_addr]) + "\n\n" + nbody + "\n"
                text = own + "\n" + fwd
                subject = r.choice(FWD_PREFIX[lang]) + nsubj
            else:
                # short cover on top, the earlier mail sent to IANA forwarded below
                extras.append("fwd_own_mail")
                fdate = (mail_dt - dt.timedelta(hours=r.randrange(20, 30))).astimezone(tzinfo)
                cover = r.choice(FWD_COVER[lang]).format(dq=fmt_date(fdate.date(), lang, dfmt))
                fwd = "\n".join([fh[0], fh[1] + sep + f"{from_name} <{from_addr}>",
                                 fh[2] + sep + format_datetime(fdate), fh[3] + sep + subj_own,
                                 fh[4] + sep + "root-mgmt@iana.example"]) + "\n\n" + own
                text = cover + "\n\n" + first + "\n\n" + fwd
                subject = r.choice(FWD_PREFIX[lang]) + subj_own
        else:
            text = own
        # ---- MIME
        latin_ok = True
        try:
            text.encode("iso-8859-1")
        except UnicodeEncodeError:
            latin_ok = False
        charset = "iso-8859-1" if latin_ok and r.random() < 0.4 else "utf-8"
        cte = r.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])
        boundary = "=_csc9_%03d_%s" % (n, hashlib.sha1(("b%d" % n).encode()).hexdigest()[:12])
        if style == "html":
            sig_html = ""
            if sig_lines:
                sig_html = '<p style="color:#444;font-size:9pt">' + "<br>".join(html.escape(x) for x in sig_lines) + "</p>"
            else:
                sig_html = "<p>{}</p>".format(html.escape(sig).replace("\n", "<br>"))
            details = None
            if r.random() < 0.55:
                details = (tk[0], tld, vals["d1"], r.choice(STATUS_WORD[lang]), vals["d2"])
                extras.append("details_table")
            bodytxt = body.rstrip() + ("\n\n" + signoff if signoff else "")
            htm = to_html(bodytxt, lang, details, sig_html, disclaimer)
            if charset != "utf-8":
                htm = htm.replace("charset=utf-8", "charset=" + charset)
            ph, pb, cte = encode_part(htm, "html", charset, cte)
            ctype_block = ph
            payload = pb
        elif r.random() < 0.22:
            # multipart/alternative with a plain and an html rendering
            ph1, pb1, c1 = encode_part(text, "plain", charset, cte)
            htm = to_html(text.replace("\n-- \n", "\n\n"), lang)
            if charset != "utf-8":
                htm = htm.replace("charset=utf-8", "charset=" + charset)
            ph2, pb2, _c2 = encode_part(htm, "html", charset, cte)
            ctype_block = f'Content-Type: multipart/alternative; boundary="{boundary}"\n'
            payload = ("This is a multi-part message in MIME format.\n\n--{}\n{}\n{}\n--{}\n{}\n{}\n--{}--\n".format(boundary, ph1, pb1.rstrip("\n"), boundary, ph2, pb2.rstrip("\n"), boundary))
            cte = c1
            extras.append("alternative")
        else:
            ph, pb, cte = encode_part(text, "plain", charset, cte)
            ctype_block = ph
            payload = pb
        extras.append("charset:" + charset)
        extras.append("cte:" + cte)
        msgid = "<{}.{}@{}>".format(mail_dt.strftime("%Y%m%d%H%M%S"),
                                 hashlib.sha1(("mid-%d-%s" % (n, from_addr)).encode()).hexdigest()[:16], domain)
        headers = [
            "From: " + formataddr((from_name, from_addr), charset="utf-8"),
            "To: " + TO_ADDR,
            "Date: " + format_datetime(mail_dt),
            "Subject: " + enc_header(subject),
            "Message-ID: " + msgid,
            "MIME-Version: 1.0",
        ]
        if style == "reply":
            headers.append("In-Reply-To: <%d.%s@iana.example>" % (tn[2], qdate.strftime("%Y%m%d")))
        raw = "\n".join(headers) + "\n" + ctype_block + "\n" + payload
        if not raw.endswith("\n"):
            raw += "\n"
        data = raw.replace("\r\n", "\n").encode("utf-8" if charset == "utf-8" else "iso-8859-1")
        data = data.replace(b"\n", b"\r\n")
        fname = "%03d.eml" % n
        corpus.files[fname] = data
        labels[fname] = cat
        manifest[fname] = {"category": cat, "language": lang, "style": style, "tld": label,
                           "persona": persona, "text_id": "%s/%d" % (cat, ti), "extras": extras}
    corpus.labels_json = json.dumps({SPLIT: labels}, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    corpus.manifest_json = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    return corpus


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    outdir = os.path.join(here, SPLIT)
    os.makedirs(outdir, exist_ok=True)
    for name in os.listdir(outdir):
        if name.endswith(".eml") and name not in c.files:
            os.remove(os.path.join(outdir, name))
    for name, data in sorted(c.files.items()):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
        f.write(c.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(c.manifest_json)
    print("wrote %d mails" % len(c.files))


if __name__ == "__main__":
    main()
