# ruff: noqa: UP031
"""Deterministic generator of the blind13 corpus of complaint e-mails to the CSC.

python make_corpus.py  -> writes all/NNN.eml, labels.json, manifest.json next to this file.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import format_datetime

if __package__:
    from .texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        CATEGORIES,
        CLOSINGS,
        DISCLAIMERS,
        FORMAL_CLOSE,
        FORMAL_FACTS,
        FORMAL_OPEN,
        FORWARD_HEADER,
        FORWARD_NOTE,
        FWD_PREFIX,
        GREETINGS,
        HTML_LABELS,
        IANA_HOLDING,
        LONG_AFTER,
        LONG_INTRO,
        NOTICES,
        SUBJECTS,
        WROTE,
    )
else:
    from texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        CATEGORIES,
        CLOSINGS,
        DISCLAIMERS,
        FORMAL_CLOSE,
        FORMAL_FACTS,
        FORMAL_OPEN,
        FORWARD_HEADER,
        FORWARD_NOTE,
        FWD_PREFIX,
        GREETINGS,
        HTML_LABELS,
        IANA_HOLDING,
        LONG_AFTER,
        LONG_INTRO,
        NOTICES,
        SUBJECTS,
        WROTE,
    )

SPLIT = "all"
SEED = 13013
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]
CSC_TO = "CSC <csc@csc.example.org>"
IANA_FROM = "IANA Root Zone Management <root-mgmt@iana.example.org>"

# tld, unicode form (IDN) or None, lang, kind, org, mail domain, tz hours, address, phone, people
# people: (display name, local part, title)
REGISTRIES = [
    # ---- English-writing
    ("nz", None, "en", "cc", "Aotearoa Domain Registry", "adr-nz.example", 13,
     ["Level 3, 80 Boulcott Street", "Wellington 6011, New Zealand"], "+64 4 555 0192",
     [("Aroha Tane", "aroha.tane", "Registry Technical Lead"),
      ("Ben Whitcombe", "ben.w", "Head of Operations")]),
    ("ke", None, "en", "cc", "Kenya Network Registry Services", "kenrs.example", 3,
     ["Kipro Centre, Westlands", "P.O. Box 00800-1234, Nairobi, Kenya"], "+254 20 555 0173",
     [("James Mwangi", "jmwangi", "Chief Technical Officer"),
      ("Grace Achieng", "g.achieng", "DNS Operations Manager")]),
    ("za", None, "en", "cc", ".ZA Central Registry NPC", "zacr-central.example", 2,
     ["Block C, Sunninghill Office Park", "Johannesburg 2157, South Africa"], "+27 11 555 0148",
     [("Thandi Nkosi", "thandi", "Registry Operations Manager"),
      ("Pieter van Wyk", "pieter.vanwyk", "Senior Systems Engineer")]),
    ("ie", None, "en", "cc", "Irish Domain Registry CLG", "ie-domreg.example", 1,
     ["2 Harbour Square", "Dun Laoghaire, Co. Dublin, A96 D6R0, Ireland"], "+353 1 555 0137",
     [("Ciarán O'Brien", "ciaran.obrien", "Technical Services Manager")]),
    ("ng", None, "en", "cc", "Nigeria Internet Registration Association", "nira-ng.example", 1,
     ["Plot 1018, Cadastral Zone A0", "Central Business District, Abuja, Nigeria"], "+234 9 555 0121",
     [("Chinedu Okafor", "c.okafor", "Head, Technical Operations"),
      ("Amina Bello", "amina.bello", "Registry Administrator")]),
    ("tt", None, "en", "cc", "TT Network Information Centre", "ttnic-reg.example", -4,
     ["Faculty of Engineering, St Augustine Campus", "Trinidad and Tobago"], "+1 868 555 0110",
     [("Marcus Baptiste", "marcus", "Administrative Contact")]),
    ("sg", None, "en", "cc", "Singapore Domain Registry Pte", "sgdr.example", 8,
     ["10 Anson Road, #22-05", "Singapore 079903"], "+65 6555 0181",
     [("Tan Wei Ling", "weiling.tan", "Manager, Registry Technology")]),
    ("ph", None, "en", "cc", "dotPH Registry Services", "dotph-reg.example", 8,
     ["12/F Tower One, Ayala Avenue", "Makati City 1226, Philippines"], "+63 2 8555 0199",
     [("Miguel Santos", "msantos", "VP Engineering")]),
    ("museum", None, "en", "g", "Museum Domain Management Association", "mdma-museum.example", -5,
     ["1000 Jefferson Drive SW", "Washington, DC 20560, USA"], "+1 202 555 0166",
     [("Sarah Whitfield", "swhitfield", "Registry Director")]),
    ("bank", None, "en", "g", "fTLD Registry Services LLC", "ftld-reg.example", -5,
     ["600 13th Street NW, Suite 400", "Washington, DC 20005, USA"], "+1 202 555 0104",
     [("Robert Kline", "rkline", "VP, Registry Policy & Compliance"),
      ("Dana Ortiz", "dortiz", "Security Operations Lead")]),
    ("africa", None, "en", "g", "Africa Registry Trust", "africa-registry.example", 2,
     ["Block 3, Fourways Office Park", "Johannesburg, South Africa"], "+27 11 555 0187",
     [("Kwame Mensah", "kwame.mensah", "General Manager")]),
    ("berlin", None, "en", "g", "dotBERLIN Registry GmbH", "dotberlin-reg.example", 1,
     ["Hauptstrasse 12", "10827 Berlin, Germany"], "+49 30 5550 1823",
     [("Katrin Vogel", "k.vogel", "Technical Operations")]),
    # IDN, English-writing
    ("xn--p1ai", "рф", "en", "cc", "Coordination Centre for TLD RF", "cctld-rf.example", 3,
     ["Zoologicheskaya 8", "Moscow 123242, Russia"], "+7 495 555 0128",
     [("Dmitry Volkov", "d.volkov", "Head of Technical Department")]),
    ("xn--90ais", "бел", "en", "cc", "Belarus TLD Registry Centre", "bel-reg.example", 3,
     ["Prospekt Nezavisimosti 95", "220012 Minsk, Belarus"], "+375 17 555 0141",
     [("Alena Kuzmich", "a.kuzmich", "Registry Engineer")]),
    ("xn--90a3ac", "срб", "en", "cc", "Serbian National Internet Domain Registry", "rnids-srb.example", 1,
     ["Žorža Klemansoa 18a", "11000 Belgrade, Serbia"], "+381 11 555 0155",
     [("Milan Petrović", "milan.petrovic", "Technical Director")]),
    ("xn--mgbaam7a8h", "امارات", "en", "cc", "UAE Domain Administration", "aeda-uae.example", 4,
     ["Al Salam Street, Tower B", "Abu Dhabi, United Arab Emirates"], "+971 2 555 0170",
     [("Fatima Al Mansoori", "f.almansoori", "Senior Manager, Domain Names")]),
    ("xn--wgbh1c", "مصر", "en", "cc", "Egypt National Domain Registry", "eg-ndr.example", 2,
     ["Smart Village, Building B4", "Giza, Egypt"], "+20 2 555 0136",
     [("Ahmed Samir", "ahmed.samir", "DNS Systems Manager")]),
    ("xn--fiqs8s", "中国", "en", "cc", "China Domain Name Registry Centre", "cndrc.example", 8,
     ["4 South 4th Street, Zhongguancun", "Haidian District, Beijing 100190, China"], "+86 10 5550 8866",
     [("Li Wei", "liwei", "Deputy Director, Registry Operations")]),
    ("xn--3e0b707e", "한국", "en", "cc", "Korea Internet Address Registry", "kr-iar.example", 9,
     ["9 Jinheung-gil, Naju-si", "Jeollanam-do 58324, Korea"], "+82 61 555 0120",
     [("Kim Min-jun", "minjun.kim", "Principal Engineer")]),
    ("xn--node", "გე", "en", "cc", "Georgian Domain Registry", "ge-domreg.example", 4,
     ["Rustaveli Avenue 29", "0108 Tbilisi, Georgia"], "+995 32 555 0163",
     [("Nino Beridze", "n.beridze", "Registry Manager")]),
    ("xn--j6w193g", "香港", "en", "cc", "Hong Kong Domain Registry", "hkdr.example", 8,
     ["Unit 2002, 20/F, 9 Queen's Road Central", "Hong Kong"], "+852 5550 2211",
     [("Carmen Chan", "carmen.chan", "Head of Technology")]),
    ("xn--o3cw4h", "ไทย", "en", "cc", "Thai Network Information Center", "thnic-reg.example", 7,
     ["Bangkok Thai Tower, 108 Rangnam Road", "Bangkok 10400, Thailand"], "+66 2 555 0147",
     [("Somchai Wongsa", "somchai.w", "Technical Manager")]),
    # ---- French-writing
    ("sn", None, "fr", "cc", "NIC Sénégal", "nic-senegal.example", 0,
     ["Université Cheikh Anta Diop", "BP 5005 Dakar-Fann, Sénégal"], "+221 33 555 01 90",
     [("Ousmane Diallo", "o.diallo", "Responsable technique"),
      ("Aïssatou Ndiaye", "a.ndiaye", "Chargée des relations institutionnelles")]),
    ("ci", None, "fr", "cc", "Registre du .CI", "registre-ci.example", 0,
     ["Marcory Zone 4, rue du Dr Blanchard", "Abidjan, Côte d'Ivoire"], "+225 27 55 50 12 34",
     [("Koffi Yao", "koffi.yao", "Directeur technique")]),
    ("ma", None, "fr", "cc", "Registre marocain des noms de domaine", "registre-ma.example", 1,
     ["Avenue Annakhil, Hay Riad", "10100 Rabat, Maroc"], "+212 537 55 50 21",
     [("Youssef El Amrani", "y.elamrani", "Chef de service DNS")]),
    ("tn", None, "fr", "cc", "Agence tunisienne de l'Internet - Registre .tn", "ati-tn.example", 1,
     ["13, rue Jugurtha, Mutuelleville", "1082 Tunis, Tunisie"], "+216 71 555 012",
     [("Leïla Ben Salah", "leila.bensalah", "Responsable du registre")]),
    ("ht", None, "fr", "cc", "Réseau de Développement Durable d'Haïti - .HT", "rddh-ht.example", -5,
     ["Rue Pavée, Delmas 33", "Port-au-Prince, Haïti"], "+509 2 555 0112",
     [("Jean-Robert Pierre", "jr.pierre", "Coordonnateur technique")]),
    ("cm", None, "fr", "cc", "Registre .CM", "registre-cm.example", 1,
     ["Boulevard du 20 Mai", "BP 6132 Yaoundé, Cameroun"], "+237 222 55 50 17",
     [("Serge Mbarga", "s.mbarga", "Administrateur systèmes")]),
    ("mg", None, "fr", "cc", "NIC Madagascar", "nic-mg.example", 3,
     ["Lot II M 85, Antsahavola", "101 Antananarivo, Madagascar"], "+261 20 55 501 33",
     [("Hery Rakotomalala", "hery.r", "Gestionnaire du domaine")]),
    ("paris", None, "fr", "g", "Ville de Paris - Registre .paris", "registre-paris.example", 1,
     ["4, place de l'Hôtel de Ville", "75004 Paris, France"], "+33 1 55 50 42 42",
     [("Claire Dubois", "claire.dubois", "Cheffe de projet .paris")]),
    ("bzh", None, "fr", "g", "Association www.bzh", "asso-bzh.example", 1,
     ["6 rue des Portes Mordelaises", "35000 Rennes, France"], "+33 2 55 50 18 18",
     [("Yann Le Gall", "yann.legall", "Directeur")]),
    ("quebec", None, "fr", "g", "PointQuébec", "pointquebec-reg.example", -5,
     ["1000, rue Sherbrooke Ouest", "Montréal (Québec) H3A 3G4, Canada"], "+1 514 555 0177",
     [("Mathieu Tremblay", "m.tremblay", "Directeur des opérations")]),
    ("xn--mgbc0a9azcg", "المغرب", "fr", "cc", "Registre marocain des noms de domaine (IDN)",
     "registre-ma.example", 1, ["Avenue Annakhil, Hay Riad", "10100 Rabat, Maroc"], "+212 537 55 50 21",
     [("Nadia Bennani", "n.bennani", "Ingénieure DNS")]),
    ("xn--pgbs0dh", "تونس", "fr", "cc", "Agence tunisienne de l'Internet - Registre IDN", "ati-tn.example", 1,
     ["13, rue Jugurtha, Mutuelleville", "1082 Tunis, Tunisie"], "+216 71 555 012",
     [("Karim Trabelsi", "karim.trabelsi", "Ingénieur réseau")]),
    ("xn--lgbbat1ad8j", "الجزائر", "fr", "cc", "Centre de recherche - Registre .dz", "cerist-dz.example", 1,
     ["5, rue des Trois Frères Aissou", "Ben Aknoun, Alger, Algérie"], "+213 23 55 50 10",
     [("Samir Benali", "s.benali", "Chef de projet registre")]),
    # ---- Spanish-writing
    ("cl", None, "es", "cc", "Registro de Dominios .CL", "registro-cl.example", -4,
     ["Av. Blanco Encalada 2120, piso 4", "Santiago, Chile"], "+56 2 2555 0140",
     [("Francisca Muñoz", "fmunoz", "Jefa de Operaciones"),
      ("Rodrigo Soto", "rsoto", "Ingeniero de DNS")]),
    ("pe", None, "es", "cc", "Red Científica Peruana - Registro .PE", "rcp-pe.example", -5,
     ["Av. Petit Thouars 4344", "Miraflores, Lima, Perú"], "+51 1 555 0116",
     [("Luis Quispe", "lquispe", "Gerente Técnico")]),
    ("mx", None, "es", "cc", "Registro de Nombres de Dominio .MX", "registro-mx.example", -6,
     ["Av. Eugenio Garza Sada 427", "Monterrey, N.L., México"], "+52 81 5550 1290",
     [("Alejandra Garza", "agarza", "Directora de Operaciones")]),
    ("ar", None, "es", "cc", "NIC Argentina", "nic-argentina.example", -3,
     ["Av. Paseo Colón 255", "C1063ACC Ciudad Autónoma de Buenos Aires"], "+54 11 5550 4000",
     [("Martín Fernández", "mfernandez", "Coordinador de DNS")]),
    ("co", None, "es", "cc", "Administración del dominio .CO", "dominio-co.example", -5,
     ["Calle 93 # 11-28, oficina 502", "Bogotá, Colombia"], "+57 1 555 0133",
     [("Carolina Restrepo", "crestrepo", "Asesora Legal")]),
    ("uy", None, "es", "cc", "SeCIU - Registro .UY", "seciu-uy.example", -3,
     ["Colonia 2066", "11200 Montevideo, Uruguay"], "+598 2 555 0119",
     [("Gabriel Pereira", "gpereira", "Responsable Técnico")]),
    ("ec", None, "es", "cc", "NIC.EC", "nic-ec.example", -5,
     ["Av. 12 de Octubre N24-593", "Quito, Ecuador"], "+593 2 555 0125",
     [("Verónica Andrade", "vandrade", "Directora Ejecutiva")]),
    ("bo", None, "es", "cc", "NIC Bolivia", "nic-bo.example", -4,
     ["Av. Arce 2799", "La Paz, Bolivia"], "+591 2 555 0108",
     [("Jorge Mamani", "jmamani", "Administrador de Red")]),
    ("py", None, "es", "cc", "NIC Paraguay", "nic-py.example", -3,
     ["Campus Universitario, San Lorenzo", "Paraguay"], "+595 21 555 013",
     [("Ana Giménez", "agimenez", "Coordinadora de Registro")]),
    ("cr", None, "es", "cc", "NIC Costa Rica", "nic-cr.example", -6,
     ["Edificio CENAT, Pavas", "San José, Costa Rica"], "+506 2555 0142",
     [("Esteban Vargas", "evargas", "Jefe de Infraestructura")]),
    ("madrid", None, "es", "g", "Comunidad de Madrid - Registro .madrid", "registro-madrid.example", 1,
     ["Calle de Alcalá 31", "28014 Madrid, España"], "+34 91 555 0150",
     [("Lucía Martín", "lucia.martin", "Responsable del registro .madrid")]),
    ("cat", None, "es", "g", "Fundació puntCAT", "puntcat-reg.example", 1,
     ["Avinguda Diagonal 177", "08018 Barcelona, España"], "+34 93 555 0161",
     [("Jordi Puig", "jordi.puig", "Director Técnico")]),
]

CYRILLIC = {"xn--p1ai", "xn--90ais", "xn--90a3ac"}
ARABIC = {"xn--mgbaam7a8h", "xn--wgbh1c", "xn--mgbc0a9azcg", "xn--pgbs0dh", "xn--lgbbat1ad8j"}

# text-specific constraints on the sender registry: (category, text index) -> requirement
REQUIRE = {
    ("transfer_evaluation", 0): "cc", ("transfer_evaluation", 1): "cc", ("transfer_evaluation", 2): "g",
    ("transfer_evaluation", 3): "cc", ("transfer_evaluation", 4): "cc",
    ("perceived_bias", 0): "cc", ("perceived_bias", 1): "cc", ("perceived_bias", 2): "cc",
    ("perceived_bias", 3): "cc", ("perceived_bias", 4): "cc",
    ("idn_table_publication", 0): "cyrillic", ("idn_table_publication", 2): "arabic",
    ("emergency_handling", 0): "cc", ("emergency_handling", 3): "cc",
    ("poor_communication", 4): "cc",
}

CAT_ORDER = list(CATEGORIES)
CAT_COUNTS = dict(zip(CAT_ORDER, [14, 13, 13, 14, 13, 13, 13, 13, 14, 12, 13, 13, 13], strict=False))

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def _ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, lang, style):
    m = MONTHS[lang][d.month - 1]
    wd = WEEKDAYS[lang][d.weekday()]
    if lang == "en":
        return [
            "%d %s %d" % (d.day, m, d.year),
            "%s %d" % (m, d.day),
            d.strftime("%Y-%m-%d"),
            d.strftime("%d/%m/%Y"),
            "%s %s" % (m[:3], _ordinal(d.day)),
            "%s %d %s" % (wd, d.day, m),
        ][style % 6]
    if lang == "fr":
        return [
            "%d %s %d" % (d.day, m, d.year),
            d.strftime("%d/%m/%Y"),
            "%d %s" % (d.day, m),
            "%s %d %s" % (wd, d.day, m),
            d.strftime("%d.%m.%Y"),
            "%d %s %d" % (d.day, m, d.year),
        ][style % 6]
    return [
        "%d de %s de %d" % (d.day, m, d.year),
        d.strftime("%d/%m/%Y"),
        "%d de %s" % (d.day, m),
        d.strftime("%Y-%m-%d"),
        "%s %d de %s" % (wd, d.day, m),
        "%d-%s-%d" % (d.day, m[:3], d.year % 100),
    ][style % 6]


def fmt_ticket(n, lang, style):
    forms = {
        "en": ["#%d", "IANA #%d", "[IANA #%d]", "%d", "IANA-%d", "RZM #%d", "no. %d", "ref %d"],
        "fr": ["n° %d", "#%d", "IANA #%d", "%d", "[IANA #%d]", "réf. %d"],
        "es": ["n.º %d", "#%d", "IANA #%d", "%d", "nro. %d", "[IANA #%d]"],
    }[lang]
    return forms[style % len(forms)] % n


# ----------------------------------------------------------------- typos
def add_typos(text, rng, k):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    rng.shuffle(idx)
    for i in idx[:k]:
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


# ----------------------------------------------------------------- MIME helpers
def enc_header(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(value, charset).encode(maxlinelen=76).replace("\n", "\r\n")


def enc_addr(name, addr, charset):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:"()'):
            return '"%s" <%s>' % (name.replace('"', ""), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset), addr)


def encode_body(text, charset, cte):
    """Return (cte, bytes with CRLF line ends)."""
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw)
        return "base64", b.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        b = quopri.encodestring(raw, quotetabs=False)
        return "quoted-printable", b.replace(b"\n", b"\r\n")
    try:
        raw.decode("ascii")
        c = "7bit"
    except UnicodeDecodeError:
        c = "8bit"
    # keep lines short enough for 7bit/8bit
    out = []
    for line in text.split("\n"):
        out.append(line)
    return c, "\r\n".join(out).encode(charset) + b"\r\n"


def leaf(subtype, text, charset, cte):
    c, body = encode_body(text, charset, cte)
    if c in ("7bit", "8bit") and max(len(l) for l in body.split(b"\r\n")) > 990:
        c, body = encode_body(text, charset, "quoted-printable")
    head = ("Content-Type: text/%s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n"
            % (subtype, charset, c)).encode("ascii")
    return head, body


def multipart(subtype, boundary, parts):
    head = ("Content-Type: multipart/%s;\r\n boundary=\"%s\"\r\n" % (subtype, boundary)).encode("ascii")
    body = b"This is a multi-part message in MIME format.\r\n"
    for ph, pb in parts:
        body += b"\r\n--" + boundary.encode() + b"\r\n" + ph + b"\r\n" + pb
    body += b"\r\n--" + boundary.encode() + b"--\r\n"
    return head, body


def assemble(headers, part):
    ph, pb = part
    out = b""
    for k, v in headers:
        out += ("%s: %s\r\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\r\n" + ph + b"\r\n" + pb
    return out


def text_to_html(paras, sig_lines=None, extra=""):
    out = ["<html>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>",
           "<body style=\"font-family: Calibri, Arial, sans-serif; font-size: 11pt\">"]
    for p in paras:
        out.append("<p>" + _html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>")
    if extra:
        out.append(extra)
    if sig_lines:
        out.append("<p style=\"color:#555555\">" + "<br>\n".join(_html.escape(s, quote=False)
                                                                  for s in sig_lines) + "</p>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------- model
class Corpus:
    def __init__(self, files, labels_json, manifest_json):
        self.files = files
        self.labels_json = labels_json
        self.manifest_json = manifest_json


def _reg_ok(reg, req):
    if req is None:
        return True
    if req in ("cc", "g"):
        return reg[3] == req
    if req == "cyrillic":
        return reg[0] in CYRILLIC
    if req == "arabic":
        return reg[0] in ARABIC
    return True


def _tld_display(reg, rng):
    tld, uni = reg[0], reg[1]
    if uni is None:
        return rng.choice([".%s" % tld, ".%s" % tld, ".%s" % tld.upper(), ".%s" % tld])
    return rng.choice(["%s" % tld, ".%s" % uni, ".%s (%s)" % (uni, tld), ".%s" % tld])


def _signature(rng, lang, person, reg, full):
    name, local, title = person
    org, domain, addr, phone = reg[4], reg[5], reg[7], reg[8]
    if not full:
        first = name.split()[0]
        return rng.choice([[first], [name], [name, org], ["-- ", first]])
    v = rng.randrange(4)
    tel = {"en": "Tel", "fr": "Tél.", "es": "Tel."}[lang]
    mob = {"en": "Mobile", "fr": "Portable", "es": "Cel."}[lang]
    mobile = phone[:-2] + "%02d" % rng.randrange(100)
    if v == 0:
        return ["-- ", name, title, org, addr[0], addr[1], "%s: %s" % (tel, phone), "www.%s" % domain]
    if v == 1:
        return ["--", "%s | %s" % (name, title), org, " | ".join(addr),
                "%s %s | %s %s" % (tel, phone, mob, mobile), "%s@%s" % (local, domain)]
    if v == 2:
        return ["_______________________________", name.upper(), title, org,
                addr[0], addr[1], "T %s" % phone, "M %s" % mobile]
    return ["Best wishes," if lang == "en" else "", name, "%s, %s" % (title, org),
            "%s / %s" % (phone, "https://www.%s" % domain)]


def _paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def build():
    rng = random.Random(SEED)
    files, labels, manifest = {}, {}, {}

    by_lang = {"en": [], "fr": [], "es": []}
    for r in REGISTRIES:
        by_lang[r[2]].append(r)

    plan = []
    for ci, cat in enumerate(CAT_ORDER):
        n = CAT_COUNTS[cat]
        base = [0, 1, 2, 0, 1, 2, 0, 1, 2, 3, 3, 4, 4]
        if n == 14:
            base.append(rng.choice([0, 1, 2]))
        elif n == 12:
            base.remove(rng.choice([0, 1, 2]))
        rng.shuffle(base)
        styles = [STYLES[(ci + k) % len(STYLES)] for k in range(n)]
        rng.shuffle(styles)
        # registry pools per language; en: interleave IDN
        pools = {}
        for lang, regs in by_lang.items():
            plain = [r for r in regs if r[1] is None]
            idn = [r for r in regs if r[1] is not None]
            rng.shuffle(plain)
            rng.shuffle(idn)
            merged = []
            while plain or idn:
                if idn and (len(merged) % 3 == 1 or not plain):
                    merged.append(idn.pop(0))
                elif plain:
                    merged.append(plain.pop(0))
            pools[lang] = merged
        used = {}
        for k in range(n):
            ti = base[k]
            text = CATEGORIES[cat]["texts"][ti]
            lang = text["lang"]
            req = REQUIRE.get((cat, ti))
            cands = [r for r in pools[lang] if _reg_ok(r, req)]
            if not cands:
                cands = [r for r in REGISTRIES if _reg_ok(r, req) and r[2] == lang] or \
                        [r for r in REGISTRIES if _reg_ok(r, req)]
            best = min(cands, key=lambda r: (used.get(r[0], 0), pools[lang].index(r)
                                             if r in pools[lang] else 99))
            used[best[0]] = used.get(best[0], 0) + 1
            plan.append((cat, ti, styles[k], best))

    # interleave categories in a deterministic shuffled order
    rng.shuffle(plan)

    start = _dt.datetime(2026, 1, 12, 8, 0)
    for i, (cat, ti, style, reg) in enumerate(plan):
        num = "%03d" % (i + 1)
        fname = num + ".eml"
        r = random.Random("%d-%s" % (SEED, num))
        text = CATEGORIES[cat]["texts"][ti]
        lang = text["lang"]
        eml, extras = render(r, i, cat, ti, text, lang, style, reg, start)
        files[fname] = eml
        labels[fname] = cat
        manifest[fname] = {"category": cat, "language": lang, "style": style, "tld": reg[0],
                           "extras": extras}

    labels_json = json.dumps({SPLIT: labels}, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    manifest_json = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    return Corpus(files, labels_json, manifest_json)


def render(r, i, cat, ti, text, lang, style, reg, start):
    extras = []
    tz = _dt.timezone(_dt.timedelta(hours=reg[6]))
    day_off = (i * 263 // 171) + r.randrange(0, 2)  # spread over ~9 months
    mail_dt = (start + _dt.timedelta(days=day_off, hours=r.randrange(0, 11),
                                     minutes=r.randrange(60), seconds=r.randrange(60)))
    mail_dt = mail_dt.replace(tzinfo=tz)
    gap1 = r.randrange(12, 46)
    d1 = (mail_dt - _dt.timedelta(days=gap1)).date()
    d2 = (mail_dt - _dt.timedelta(days=r.randrange(2, max(3, gap1 - 4)))).date()
    dstyle = r.randrange(6)
    tstyle = r.randrange(8)
    t_num = r.randrange(1300000, 1500000)
    t2_num = t_num + r.randrange(3, 4000)
    person = r.choice(reg[9])
    name, local, _title = person
    sender = "%s@%s" % (local, reg[5])
    tld_disp = _tld_display(reg, r)
    ns_host = r.choice(["ns1", "a.nic", "ns2", "dns3", "b.dns", "sec1"]) + "." + \
        r.choice(["anycast-dns.example", reg[5], "tld-ns.example", "pch-like.example"])
    ip = r.choice(["192.0.2.%d" % r.randrange(2, 250), "198.51.100.%d" % r.randrange(2, 250),
                   "2001:db8:%x::%x" % (r.randrange(1, 0xffff), r.randrange(1, 0xff)),
                   "203.0.113.%d" % r.randrange(2, 250)])
    vals = dict(tld=tld_disp, T=fmt_ticket(t_num, lang, tstyle), T2=fmt_ticket(t2_num, lang, tstyle),
                D1=fmt_date(d1, lang, dstyle), D2=fmt_date(d2, lang, dstyle), NS=ns_host, IP=ip,
                ORG=reg[4])
    body = text["body"].format(**vals)
    short = text["short"].format(**vals)
    if r.random() < 0.25:
        extras.append("typos")
        body = add_typos(body, r, r.randrange(2, 5))
        short = add_typos(short, r, 1)
    paras = _paras(body)

    full_sig = style == "formal" or r.random() < 0.5
    sig = _signature(r, lang, person, reg, full_sig)
    if full_sig:
        extras.append("signature")
    disclaimer = None
    if r.random() < 0.25:
        disclaimer = r.choice(DISCLAIMERS[lang])
        extras.append("disclaimer")

    greet = r.choice(GREETINGS[lang])
    close = r.choice(CLOSINGS[lang])
    subj_vals = dict(tld=tld_disp, n=t_num)
    subject = r.choice(SUBJECTS[lang]).format(**subj_vals)
    if r.random() < 0.25 and style not in ("reply", "forward"):
        s = re.split(r"\.\s+(?=[A-ZÀ-Ý])", short)[0]
        subject = s if len(s) < 70 else s[:60].rsplit(" ", 1)[0] + "..."
    headers_extra = []
    html_body = None
    mixed_attachment = None

    if style == "terse":
        lines = []
        if r.random() < 0.4:
            lines.append(greet)
        lines.append(short)
        lines.append(r.choice([name.split()[0], "%s %s" % (close, name.split()[0]),
                               "-- " + name.split()[0]]))
        plain = "\n".join(lines)
        sig = []  # a terse mail is 2-3 lines; no signature block
        if "signature" in extras:
            extras.remove("signature")
        if disclaimer:
            disclaimer = None
            extras.remove("disclaimer")
    elif style == "long":
        ev = CATEGORIES[cat]["timeline"][lang]
        k = len(ev)
        span = (mail_dt.date() - d1).days
        days = sorted(set([0] + [r.randrange(1, max(2, span)) for _ in range(k * 2)]))[:k]
        while len(days) < k:
            days.append(days[-1] + 1)
        bullet = r.choice(["- ", "* ", "", "  "])
        sep = r.choice([": ", " - ", "  ", " : " if lang == "fr" else ": "])
        tl = []
        for j, e in enumerate(ev):
            d = d1 + _dt.timedelta(days=days[j])
            tl.append("%s%s%s%s" % (bullet, fmt_date(d, lang, dstyle), sep, e.format(**vals)))
        plain = "\n\n".join([greet, r.choice(LONG_INTRO[lang]).format(**vals), "\n".join(tl),
                             r.choice(LONG_AFTER[lang]) + "\n" + "\n\n".join(paras), close])
    elif style == "angry":
        a_open = r.choice(ANGRY_OPEN[lang])
        a_close = r.choice(ANGRY_CLOSE[lang])
        ps = list(paras)
        if r.random() < 0.5:
            ps[-1] = ps[-1].rstrip(".") + "!!"
        if r.random() < 0.3:
            a_close = a_close.upper()
        parts = ([greet] if r.random() < 0.5 else []) + [a_open] + ps + [a_close, close]
        plain = "\n\n".join(parts)
    elif style == "formal":
        fg = {"en": "Dear Members of the Customer Standing Committee,", "fr": "Mesdames, Messieurs,",
              "es": "Señores miembros del Comité Permanente de Clientes:"}[lang]
        ref = {"en": "Re: %s - %s" % (tld_disp, vals["T"]),
               "fr": "Objet : %s - %s" % (tld_disp, vals["T"]),
               "es": "Ref.: %s - %s" % (tld_disp, vals["T"])}[lang]
        numbered = ["%d. %s" % (j + 1, p) for j, p in enumerate(paras)]
        plain = "\n\n".join([ref, fg, r.choice(FORMAL_OPEN[lang]).format(**vals),
                             FORMAL_FACTS[lang] + "\n\n" + "\n\n".join(numbered),
                             r.choice(FORMAL_CLOSE[lang]).format(**vals), close])
        if r.random() < 0.5:
            subject = {"en": "Formal complaint - %s" % tld_disp,
                       "fr": "Réclamation formelle - %s" % tld_disp,
                       "es": "Queja formal - %s" % tld_disp}[lang]
    elif style == "reply":
        notices = [nz for nz in NOTICES if cat not in nz["tags"]]
        nz = r.choice(notices)
        n_num = r.randrange(1300000, 1500000)
        nvals = dict(tld=tld_disp, n=n_num)
        nsubj = nz["subject"].format(**nvals)
        nbody = nz["body"].format(**nvals)
        ndate = mail_dt - _dt.timedelta(days=r.randrange(1, 20), hours=r.randrange(1, 9))
        quoted = "\n".join((">" if not l else "> " + l) for l in nbody.split("\n"))
        wrote = WROTE[lang].format(date=fmt_date(ndate.date(), lang, dstyle) + " " +
                                   ndate.strftime("%H:%M"), who=IANA_FROM)
        top = ([greet] if r.random() < 0.5 else []) + paras + [close]
        plain = "\n\n".join(top) + "\n" + "\n".join(sig) + "\n\n" + wrote + "\n" + quoted
        sig = []
        subject = r.choice(["Re: ", "RE: ", "Re: ", "AW: " if lang == "en" else "Re: "]) + nsubj
        mid = "<%s.%d@rzm.iana.example.org>" % (hashlib.sha1(nsubj.encode()).hexdigest()[:16], n_num)
        headers_extra = [("In-Reply-To", mid), ("References", mid)]
        extras.append("quoted_notice")
    elif style == "forward":
        fh = FORWARD_HEADER[lang]
        odate = mail_dt - _dt.timedelta(days=r.randrange(2, 15), hours=r.randrange(0, 10))
        inner_subj = r.choice(["%s - %s" % (tld_disp, vals["T"]), "Re: [IANA %s] %s" % (
            "#%d" % t_num, tld_disp), "%s request %s" % (tld_disp, vals["T"]),
            {"en": "Question about our request", "fr": "Question sur notre demande",
             "es": "Consulta sobre nuestra solicitud"}[lang]])
        orig = "\n\n".join([r.choice(["Dear IANA team,", "Hello,", "Dear colleagues,"]) if lang == "en" else r.choice(GREETINGS[lang]), *paras, close, name])
        variant = r.randrange(2)
        if variant == 0:
            inner_from = "%s <%s>" % (name, sender)
            inner_to = IANA_FROM
            inner_body = orig
            inner_date = odate
        else:
            inner_from = IANA_FROM
            inner_to = "%s <%s>" % (name, sender)
            inner_date = odate + _dt.timedelta(days=r.randrange(1, 4))
            hold = r.choice(IANA_HOLDING).format(name=name.split()[0])
            qd = WROTE["en"].format(date=format_datetime(odate), who="%s <%s>" % (name, sender))
            inner_body = hold + "\n\n" + qd + "\n" + "\n".join(
                (">" if not l else "> " + l) for l in orig.split("\n"))
            inner_subj = "Re: " + inner_subj
        note = r.choice(FORWARD_NOTE[lang])
        subject = r.choice(FWD_PREFIX[lang]) + inner_subj
        if r.random() < 0.35:
            extras.append("rfc822_attachment")
            plain = "\n\n".join([greet, note, close])
            mixed_attachment = dict(frm=inner_from, to=inner_to, date=inner_date, subj=inner_subj,
                                    body=inner_body, person=(name, sender))
        else:
            block = "\n".join([fh[0], "%s: %s" % (fh[1], inner_from),
                               "%s: %s" % (fh[2], format_datetime(inner_date) if lang == "en"
                                           else fmt_date(inner_date.date(), lang, 0) + " " +
                                           inner_date.strftime("%H:%M")),
                               "%s: %s" % (fh[3], inner_subj), "%s: %s" % (fh[4], inner_to)])
            plain = "\n\n".join([note, close]) + "\n" + "\n".join(sig) + "\n\n" + block + "\n\n" + inner_body
            sig = []
    elif style == "html":
        lab = HTML_LABELS[lang]
        if r.random() < 0.5:
            rows = [(lab[0], reg[4]), (lab[1], tld_disp), (lab[2], vals["T"]), (lab[3], vals["D1"]),
                    (lab[4], "%s &lt;%s&gt;" % (_html.escape(name), sender))]
            extra = ("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:"
                     "collapse\">\n" + "\n".join(
                         "<tr><td><b>%s</b></td><td>%s</td></tr>" % (_html.escape(a), b if "&lt;" in b
                                                                      else _html.escape(b))
                         for a, b in rows) + "\n</table>")
            extras.append("html_table")
        else:
            ev = CATEGORIES[cat]["timeline"][lang]
            extra = "<ul>\n" + "\n".join("<li>%s</li>" % _html.escape(e.format(**vals), quote=False) for e in ev) + \
                "\n</ul>"
            extras.append("html_list")
        hp = [greet, *paras]
        tail = [close] + [s for s in sig if s.strip() not in ("--", "-- ")]
        if disclaimer:
            tail_disc = "<p style=\"font-size:8pt;color:#888888\">%s</p>" % _html.escape(disclaimer, quote=False)
        else:
            tail_disc = ""
        html_body = text_to_html(hp, tail, extra) .replace("</body>", tail_disc + "</body>") if tail_disc \
            else text_to_html(hp, tail, extra)
        plain = None
    if plain is not None:
        if sig:
            plain += "\n" + "\n".join(s for s in sig if s is not None)
        if disclaimer:
            plain += "\n\n" + disclaimer
        plain += "\n"

    # ---------------------------------------------------------- encoding choice
    alltext = (plain or "") + (html_body or "") + subject + name
    try:
        alltext.encode("iso-8859-1")
        latin_ok = True
    except UnicodeEncodeError:
        latin_ok = False
    charset = "iso-8859-1" if (latin_ok and r.random() < (0.5 if lang != "en" else 0.2)) else "utf-8"
    cte = r.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])
    if charset != "utf-8":
        extras.append("charset:" + charset)
    extras.append("cte:" + cte)

    bnd = "=_blind13_%03d_%s" % (i + 1, hashlib.md5(("b%d" % i).encode()).hexdigest()[:12])
    if html_body is not None:
        if charset != "utf-8":
            html_body = html_body.replace("charset=utf-8", "charset=" + charset)
        part = leaf("html", html_body, charset, cte)
    else:
        part = leaf("plain", plain, charset, cte)
        if style not in ("forward",) and r.random() < 0.2:
            extras.append("alt_html")
            h = text_to_html(_paras(plain))
            if charset != "utf-8":
                h = h.replace("charset=utf-8", "charset=" + charset)
            part = multipart("alternative", bnd + "_alt", [part, leaf("html", h, charset, cte)])
        if mixed_attachment:
            ma = mixed_attachment
            pa = enc_addr(ma["person"][0], ma["person"][1], "utf-8")
            ih = [("From", pa if ma["frm"] != IANA_FROM else IANA_FROM),
                  ("To", pa if ma["to"] != IANA_FROM else IANA_FROM), ("Date", format_datetime(ma["date"])),
                  ("Subject", enc_header(ma["subj"], "utf-8")),
                  ("Message-ID", "<%s@%s>" % (hashlib.sha1(ma["subj"].encode() + bytes([i % 256])
                                                           ).hexdigest()[:20],
                                              "iana.example.org" if "iana" in ma["frm"] else reg[5]))]
            inner = assemble(ih, leaf("plain", ma["body"] + "\n", "utf-8", "quoted-printable"))
            att_head = ("Content-Type: message/rfc822\r\nContent-Disposition: attachment;\r\n"
                        " filename=\"forwarded.eml\"\r\n").encode("ascii")
            part = multipart("mixed", bnd + "_mix", [part, (att_head, inner)])

    msgid = "<%s.%s@%s>" % (mail_dt.strftime("%Y%m%d%H%M%S"),
                           hashlib.sha1(("blind13-%d" % i).encode()).hexdigest()[:14],
                           r.choice(["mail." + reg[5], reg[5], "mx01." + reg[5], "smtp.mailhost.example"]))
    headers = [
        ("From", enc_addr(name, sender, charset)),
        ("To", CSC_TO),
    ]
    if r.random() < 0.2:
        others = [p for p in reg[9] if p != person]
        if others:
            o = others[0]
            headers.append(("Cc", enc_addr(o[0], "%s@%s" % (o[1], reg[5]), charset)))
            extras.append("cc")
    headers += [("Subject", enc_header(subject, charset)), ("Date", format_datetime(mail_dt)), ("Message-ID", msgid), *headers_extra]
    ua = r.choice([None, "Mozilla Thunderbird", "Microsoft Outlook 16.0", "Apple Mail (2.3774)",
                   "Roundcube Webmail/1.6.9", None])
    if ua:
        headers.append(("X-Mailer", ua))
    return assemble(headers, part), extras


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    outdir = os.path.join(here, SPLIT)
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):
        if fn.endswith(".eml") and fn not in c.files:
            os.remove(os.path.join(outdir, fn))
    for fn, data in sorted(c.files.items()):
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(data)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
        f.write(c.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(c.manifest_json)
    print("wrote %d mails to %s" % (len(c.files), outdir))


if __name__ == "__main__":
    main()
