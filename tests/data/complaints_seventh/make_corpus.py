"""Deterministic generator for blind complaint corpus #4 (seed 72211).

python make_corpus.py  ->  writes all/NNN.eml, labels.json, manifest.json next to this file.
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
import textwrap
import unicodedata
from email.header import Header
from email.utils import format_datetime, formataddr

if __package__:
    from .texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        CATEGORIES,
        DISCLAIMERS,
        EXCLUDED_NOTICES,
        FORMAL_CLOSE,
        FORMAL_OPEN,
        FWD_NOTE,
        GENERIC_SUBJECTS,
        GREET,
        GREET_IANA,
        IANA_ACK,
        IANA_FROM,
        IANA_NOTICES,
        INTRO,
        MOBILE,
        SIGNOFF,
        STATUS_WORDS,
        TABLE_HEAD,
        TITLES,
    )
else:
    from texts import (
        ANGRY_CLOSE,
        ANGRY_OPEN,
        CATEGORIES,
        DISCLAIMERS,
        EXCLUDED_NOTICES,
        FORMAL_CLOSE,
        FORMAL_OPEN,
        FWD_NOTE,
        GENERIC_SUBJECTS,
        GREET,
        GREET_IANA,
        IANA_ACK,
        IANA_FROM,
        IANA_NOTICES,
        INTRO,
        MOBILE,
        SIGNOFF,
        STATUS_WORDS,
        TABLE_HEAD,
        TITLES,
    )

SPLIT = "all"
SEED = 72211
MAILS_PER_CATEGORY = 13
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]
TO_ADDR = "CSC <csc@csc.example.org>"

# ---------------------------------------------------------------------------
# Registries: (tld, region, languages, organisation, mail domain, address, phone, utc offset h, people)
# people: list of (name, gender)
REGISTRIES = [
    # small island states (English-writing)
    (".ws", "island", ["en"], "Samoa Network Information Centre", "nic-ws.example", "PO Box 1204, Apia, Samoa", "+685 20 1144", 13, [("Tavita Leiataua", "m"), ("Sina Faleolo", "f")]),
    (".to", "island", ["en"], "Tonga Domain Registry", "tonic-to.example", "Taufa'ahau Road, Nuku'alofa, Tonga", "+676 23 410", 13, [("Sione Vaipulu", "m"), ("Mele Tuipulotu", "f")]),
    (".fj", "island", ["en"], "Fiji Domain Registry", "domains-fj.example", "Level 2, Laucala Campus, Suva, Fiji", "+679 323 1000", 12, [("Ravinesh Prasad", "m"), ("Litia Naivalu", "f")]),
    (".vu", "island", ["en", "fr"], "Vanuatu Registry Authority", "vunic.example", "Kumul Highway, Port Vila, Vanuatu", "+678 27 621", 11, [("Jean-Baptiste Kalsakau", "m"), ("Nadia Tari", "f")]),
    (".ki", "island", ["en"], "Kiribati NIC", "nic-ki.example", "Bairiki, South Tarawa, Kiribati", "+686 7502 1180", 12, [("Teaboki Tebano", "m")]),
    (".nr", "island", ["en"], "CenpacNet Nauru", "cenpac-nr.example", "Yaren District, Nauru", "+674 557 3133", 12, [("Dabwido Adeang", "m")]),
    (".ag", "island", ["en"], "Antigua & Barbuda NIC", "nic-ag.example", "Redcliffe Street, St. John's, Antigua", "+1 268 462 0011", -4, [("Marcia Joseph", "f"), ("Dwayne Henry", "m")]),
    (".dm", "island", ["en"], "DotDM Corporation", "nic-dm.example", "42 Hillsborough Street, Roseau, Dominica", "+1 767 448 2200", -4, [("Kerwin Laville", "m")]),
    (".vc", "island", ["en"], "St Vincent NIC", "nic-vc.example", "Halifax Street, Kingstown, St Vincent", "+1 784 457 1090", -4, [("Andrea Browne", "f")]),
    (".mv", "island", ["en"], "Maldives NIC", "nic-mv.example", "Boduthakurufaanu Magu, Male, Maldives", "+960 332 0101", 5, [("Ahmed Shafeeq", "m"), ("Aishath Reena", "f")]),
    (".sc", "island", ["en", "fr"], "Seychelles Network Information Centre", "nic-sc.example", "Mont Fleuri, Victoria, Mahe, Seychelles", "+248 432 1800", 4, [("Marie-Claire Hoareau", "f"), ("Bernard Payet", "m")]),
    (".mu", "island", ["en", "fr"], "Internet Direct Mauritius", "nic-mu.example", "Ebene Cybercity, Mauritius", "+230 404 5500", 4, [("Vikash Ramdin", "m"), ("Anne-Laure Bégué", "f")]),
    (".sb", "island", ["en"], "Solomon Telekom Registry", "sbnic.example", "Mendana Avenue, Honiara, Solomon Islands", "+677 21 164", 11, [("Peter Kenilorea", "m")]),
    # francophone Africa and other French-writing
    (".sn", "franco", ["fr"], "NIC Sénégal", "nic-sn.example", "Université Cheikh Anta Diop, BP 5005, Dakar-Fann, Sénégal", "+221 33 825 04 12", 0, [("Aïssatou Ndiaye", "f"), ("Mamadou Diallo", "m")]),
    (".ci", "franco", ["fr", "en"], "NIC Côte d'Ivoire", "nic-ci.example", "Immeuble Postel 2001, Plateau, Abidjan", "+225 27 20 34 42 00", 0, [("Koffi Yao Kouamé", "m"), ("Adjoua Brou", "f")]),
    (".bf", "franco", ["fr"], "Agence nationale de l'Internet du Burkina", "nic-bf.example", "Avenue de l'Europe, Ouagadougou, Burkina Faso", "+226 25 30 66 00", 0, [("Issouf Ouédraogo", "m")]),
    (".ml", "franco", ["fr"], "Agence des technologies de l'information du Mali", "nic-ml.example", "ACI 2000, Bamako, Mali", "+223 20 22 01 66", 0, [("Fatoumata Traoré", "f"), ("Boubacar Keïta", "m")]),
    (".tg", "franco", ["fr"], "Autorité de régulation – registre .tg", "nic-tg.example", "Boulevard du 13 janvier, Lomé, Togo", "+228 22 23 63 00", 0, [("Komla Agbeko", "m")]),
    (".bj", "franco", ["fr"], "Agence pour le développement du numérique – Bénin", "nic-bj.example", "Haie Vive, Cotonou, Bénin", "+229 21 30 50 50", 1, [("Rodrigue Houngbédji", "m"), ("Carine Adjovi", "f")]),
    (".cm", "franco", ["fr", "en"], "Agence nationale des TIC du Cameroun", "antic-cm.example", "Rue de l'Hôpital, Yaoundé, Cameroun", "+237 222 20 99 22", 1, [("Ebénézer Mbarga", "m"), ("Nadège Fotso", "f")]),
    (".ga", "franco", ["fr"], "Registre du Gabon", "nic-ga.example", "Boulevard Triomphal, Libreville, Gabon", "+241 11 79 22 00", 1, [("Serge Ndong Obiang", "m")]),
    (".cd", "franco", ["fr"], "Registre national .cd", "nic-cd.example", "Avenue du Commerce, Gombe, Kinshasa, RDC", "+243 81 555 0102", 1, [("Patrick Kabongo", "m"), ("Grâce Mbuyi", "f")]),
    (".mg", "franco", ["fr"], "NIC Madagascar", "nic-mg.example", "Antaninarenina, Antananarivo, Madagascar", "+261 20 22 633 00", 3, [("Hery Rakotomalala", "m")]),
    (".dj", "franco", ["fr", "en"], "Djibouti Télécom – registre .dj", "nic-dj.example", "Boulevard de la République, Djibouti", "+253 21 35 20 00", 3, [("Abdourahman Ismaël", "m")]),
    (".km", "franco", ["fr"], "Comores Télécom – registre .km", "nic-km.example", "Mavoungouni, Moroni, Comores", "+269 773 12 00", 3, [("Said Ahmed Mohamed", "m")]),
    (".nc", "franco", ["fr"], "Office des postes et télécommunications de Nouvelle-Calédonie", "domaine-nc.example", "2 rue Monchovet, Nouméa, Nouvelle-Calédonie", "+687 26 82 00", 11, [("Sylvie Wamytan", "f")]),
    (".ht", "franco", ["fr"], "Consortium FDS – registre .ht", "nic-ht.example", "Rue Lamarre, Pétion-Ville, Haïti", "+509 2813 0000", -5, [("Jean-Robert Pierre-Louis", "m")]),
    (".xn--mgbah1a3hjkrd", "franco", ["fr", "en"], "Registre mauritanien des noms de domaine", "nic-mr.example", "Tevragh Zeina, Nouakchott, Mauritanie", "+222 45 25 10 00", 0, [("Mohamed Lemine Ould Ahmed", "m")]),
    (".xn--pgbs0dh", "franco", ["fr", "en"], "Agence tunisienne d'Internet", "ati-tn.example", "13 rue Jugurtha, Tunis, Tunisie", "+216 71 846 000", 1, [("Sonia Ben Salem", "f"), ("Karim Trabelsi", "m")]),
    (".xn--lgbbat1ad8j", "franco", ["fr"], "Centre de recherche sur l'information scientifique et technique – registre DZ", "nic-dz.example", "Rue des frères Aissou, Ben Aknoun, Alger", "+213 23 25 00 00", 1, [("Yacine Belkacem", "m")]),
    (".xn--mgbc0a9azcg", "franco", ["fr"], "Registre marocain .ma / IDN", "nic-ma.example", "Avenue Annakhil, Hay Riad, Rabat, Maroc", "+212 537 71 84 00", 1, [("Nadia El Amrani", "f")]),
    # Latin America
    (".pe", "latam", ["es"], "Red Científica Peruana", "rcp-pe.example", "Av. Salaverry 1850, Jesús María, Lima, Perú", "+51 1 422 3000", -5, [("Carmen Huamán", "f"), ("Jorge Quispe", "m")]),
    (".bo", "latam", ["es"], "NIC Bolivia", "nic-bo.example", "Av. 16 de Julio, El Prado, La Paz, Bolivia", "+591 2 231 4400", -4, [("Rodrigo Mamani", "m")]),
    (".py", "latam", ["es"], "NIC Paraguay", "nic-py.example", "Campus Universitario, San Lorenzo, Paraguay", "+595 21 585 560", -3, [("Lorena Benítez", "f")]),
    (".uy", "latam", ["es", "en"], "Servicio Central de Informática – registro .uy", "nic-uy.example", "Colonia 2066, Montevideo, Uruguay", "+598 2408 7777", -3, [("Martín Rodríguez", "m"), ("Valentina Silva", "f")]),
    (".ec", "latam", ["es"], "NIC Ecuador", "nic-ec.example", "Av. Amazonas N34-311, Quito, Ecuador", "+593 2 224 9000", -5, [("Diego Cevallos", "m")]),
    (".gt", "latam", ["es"], "Registro de Dominios .gt", "nic-gt.example", "Universidad del Valle, 18 Av. 11-95, Zona 15, Guatemala", "+502 2364 0336", -6, [("Ana Lucía Morales", "f")]),
    (".hn", "latam", ["es"], "Red de Desarrollo Sostenible Honduras", "nic-hn.example", "Col. Palmira, Tegucigalpa, Honduras", "+504 2232 5000", -6, [("Óscar Zelaya", "m")]),
    (".sv", "latam", ["es"], "SVNet", "svnet-sv.example", "Calle El Mirador, San Salvador, El Salvador", "+503 2263 5000", -6, [("Karla Menjívar", "f")]),
    (".cr", "latam", ["es", "en"], "NIC Costa Rica", "nic-cr.example", "Sabana Sur, San José, Costa Rica", "+506 2224 4000", -6, [("Andrés Solano", "m"), ("María José Vargas", "f")]),
    (".pa", "latam", ["es"], "NIC Panamá", "nic-pa.example", "Ciudad del Saber, Edificio 239, Panamá", "+507 317 0000", -5, [("Ricardo Him", "m")]),
    (".ve", "latam", ["es"], "NIC Venezuela", "nic-ve.example", "Av. Libertador, Caracas, Venezuela", "+58 212 555 1200", -4, [("Gabriela Pérez", "f")]),
    (".cl", "latam", ["es", "en"], "NIC Chile", "nic-cl.example", "Miraflores 222, piso 14, Santiago, Chile", "+56 2 2940 7700", -4, [("Francisco Muñoz", "m"), ("Camila Rojas", "f")]),
    (".do", "latam", ["es"], "NIC República Dominicana", "nic-do.example", "Av. Abraham Lincoln, Santo Domingo", "+1 809 535 0000", -4, [("Yokasta Reyes", "f")]),
    (".cu", "latam", ["es"], "CENIAInternet – registro .cu", "nic-cu.example", "Calle 20 esq. 47, Playa, La Habana, Cuba", "+53 7 204 1200", -5, [("Yusniel Hernández", "m")]),
    # Central Asia (non-native English)
    (".kz", "casia", ["en"], "Kazakhstan Network Information Center", "nic-kz.example", "Dostyk ave. 38, Almaty, Kazakhstan", "+7 727 258 1000", 5, [("Nurlan Abenov", "m"), ("Aigerim Suleimenova", "f")]),
    (".xn--80ao21a", "casia", ["en"], "KazNIC – IDN registry", "kaznic-idn.example", "Kabanbay batyr 11, Astana, Kazakhstan", "+7 7172 55 10 10", 5, [("Yerlan Dzhaksybekov", "m")]),
    (".kg", "casia", ["en"], "AsiaInfo – registry .kg", "domain-kg.example", "Chuy avenue 114, Bishkek, Kyrgyzstan", "+996 312 66 11 00", 6, [("Azamat Toktogulov", "m")]),
    (".tj", "casia", ["en"], "Information Technology Center – registry .tj", "nic-tj.example", "Rudaki ave. 105, Dushanbe, Tajikistan", "+992 37 221 4000", 5, [("Farrukh Rahimov", "m")]),
    (".uz", "casia", ["en"], "UZINFOCOM", "cctld-uz.example", "Amir Temur str. 4, Tashkent, Uzbekistan", "+998 71 238 4000", 5, [("Dilnoza Karimova", "f"), ("Bekzod Usmanov", "m")]),
    (".tm", "casia", ["en"], "TM Domain Registry", "nic-tm.example", "Magtymguly ave. 77, Ashgabat, Turkmenistan", "+993 12 94 0000", 5, [("Merdan Atayev", "m")]),
    (".mn", "casia", ["en"], "Datacom – registry .mn", "nic-mn.example", "Peace Avenue 22, Ulaanbaatar, Mongolia", "+976 11 320 000", 8, [("Bat-Erdene Gantulga", "m")]),
    (".xn--l1acc", "casia", ["en"], "Datacom – IDN registry .мон", "nic-mon.example", "Peace Avenue 22, Ulaanbaatar, Mongolia", "+976 11 320 001", 8, [("Oyunchimeg Batbayar", "f")]),
    # gTLD back-end providers
    (".cloud", "gtld", ["en"], "Meridian Registry Services", "meridian-registry.example", "1200 Harbor Blvd, Suite 400, Weehawken NJ, USA", "+1 201 555 0140", -5, [("Daniel Brooks", "m"), ("Priya Natarajan", "f")]),
    (".energy", "gtld", ["en"], "Northgate Registry Systems", "northgate-rs.example", "Grand Canal Quay, Dublin 2, Ireland", "+353 1 555 0198", 0, [("Siobhan Kelly", "f")]),
    (".travel", "gtld", ["en"], "Atlas DNS Back-End Ltd", "atlasdns.example", "12 Finsbury Square, London EC2A, UK", "+44 20 5550 1234", 0, [("Oliver Hartley", "m")]),
    (".xn--ses554g", "gtld", ["en"], "Meridian Registry Services", "meridian-registry.example", "1200 Harbor Blvd, Suite 400, Weehawken NJ, USA", "+1 201 555 0140", -5, [("Kevin Zhang", "m")]),
    (".xn--czrs0t", "gtld", ["en"], "Pacific Rim Registry Operations", "prro.example", "88 Queensway, Admiralty, Hong Kong", "+852 5550 8800", 8, [("Wing Lam Chan", "f")]),
    (".xn--ngbc5azd", "gtld", ["en"], "Northgate Registry Systems", "northgate-rs.example", "Grand Canal Quay, Dublin 2, Ireland", "+353 1 555 0198", 0, [("Tarek Haddad", "m")]),
    (".xn--c1avg", "gtld", ["en"], "Atlas DNS Back-End Ltd", "atlasdns.example", "12 Finsbury Square, London EC2A, UK", "+44 20 5550 1234", 0, [("Elena Volkova", "f")]),
    (".xn--6frz82g", "gtld", ["en"], "Pacific Rim Registry Operations", "prro.example", "88 Queensway, Admiralty, Hong Kong", "+852 5550 8800", 8, [("Jason Li", "m")]),
    # brand TLDs
    (".norvelle", "brand", ["en"], "Norvelle Group AG", "norvelle.example", "Bahnhofstrasse 45, 8001 Zürich, Switzerland", "+41 44 555 12 00", 1, [("Markus Steiner", "m"), ("Claudia Berger", "f")]),
    (".kastor", "brand", ["en"], "Kastor Industries plc", "kastor.example", "1 Canada Square, London E14, UK", "+44 20 5550 7700", 0, [("Rebecca Lawson", "f")]),
    (".helvion", "brand", ["en"], "Helvion Pharma SA", "helvion.example", "Route de Meyrin 120, Genève, Suisse", "+41 22 555 44 00", 1, [("Thomas Fischer", "m")]),
    (".amarisbank", "brand", ["en"], "Amaris Bank N.V.", "amarisbank.example", "Zuidas 10, Amsterdam, Netherlands", "+31 20 555 3300", 1, [("Pieter de Vries", "m"), ("Sanne Jansen", "f")]),
    (".vireo", "brand", ["en"], "Vireo Motors Inc.", "vireomotors.example", "500 Lakeshore Dr, Detroit MI, USA", "+1 313 555 0177", -5, [("Michelle Carter", "f")]),
]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
DATE_FORMATS = {
    "en": ["dmy_long", "mdy_long", "iso", "dmy_slash", "md_short", "wd_dm", "ordinal"],
    "fr": ["fr_long", "dmy_slash", "fr_short", "fr_wd", "iso"],
    "es": ["es_long", "dmy_slash", "es_short", "es_wd", "dmy_dash"],
}
TICKET_FORMATS = ["hash", "iana_hash", "iana_dash", "bare", "bracket", "numero", "rzms"]

FEM = {
    "fr": [("Directeur général", "Directrice générale"), ("Directeur exécutif", "Directrice exécutive"),
           ("Administrateur", "Administratrice"), ("Chargé ", "Chargée "), ("Conseiller", "Conseillère")],
    "es": [("Director Ejecutivo", "Directora Ejecutiva"), ("Administrador", "Administradora"), ("Coordinador", "Coordinadora"),
           ("Asesor Legal", "Asesora Legal"), ("Encargado", "Encargada"), ("Jefe", "Jefa")],
}

CLOSE_REQ = {
    "en": ["Please look into it.", "We would appreciate the committee's attention to this.", "Any help is welcome.",
           "Thank you for your time.", "Can the CSC please follow this up with PTI?", ""],
    "fr": ["Merci de votre attention.", "Nous comptons sur votre appui.", "Merci de bien vouloir examiner ce dossier.", ""],
    "es": ["Agradecemos su atención.", "Cualquier ayuda es bienvenida.", "Les pedimos que revisen el caso.", ""],
}


def fmt_date(d, lang, f):
    m = MONTHS[lang][d.month - 1]
    wd = WEEKDAYS[lang][d.weekday()]
    if f == "dmy_long":
        return f"{d.day} {m} {d.year}"
    if f == "mdy_long":
        return f"{m} {d.day}, {d.year}"
    if f == "iso":
        return d.strftime("%Y-%m-%d")
    if f == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if f == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if f == "md_short":
        return f"{m[:3]} {d.day}"
    if f == "wd_dm":
        return f"{wd[:3]} {d.day} {m[:3]}"
    if f == "ordinal":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {m}"
    if f == "fr_long":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if f == "fr_short":
        return f"{d.day} {m}"
    if f == "fr_wd":
        return f"{wd} {d.day} {m}"
    if f == "es_long":
        return f"{d.day} de {m} de {d.year}"
    if f == "es_short":
        return f"{d.day} de {m}"
    if f == "es_wd":
        return f"{wd} {d.day} de {m}"
    raise ValueError(f)


def fmt_ticket(n, lang, f, year):
    if f == "hash":
        return f"#{n}"
    if f == "iana_hash":
        return f"IANA #{n}"
    if f == "iana_dash":
        return f"IANA-{n}"
    if f == "bare":
        return str(n)
    if f == "bracket":
        return f"[IANA #{n}]"
    if f == "numero":
        return {"en": f"no. {n}", "fr": f"n° {n}", "es": f"N.º {n}"}[lang]
    if f == "rzms":
        return f"RZM-{year}-{n % 100000:05d}"
    raise ValueError(f)


def add_typos(text, rng, k):
    words = [m for m in re.finditer(r"\b[^\W\d_]{5,}\b", text)]
    if not words:
        return text
    chosen = sorted(rng.sample(range(len(words)), min(k, len(words))))
    out, last = [], 0
    for i in chosen:
        m = words[i]
        w = m.group(0)
        kind = rng.randrange(3)
        j = rng.randrange(1, len(w) - 2)
        if kind == 0:
            w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == 1:
            w2 = w[:j] + w[j + 1:]
        else:
            w2 = w[:j] + w[j] + w[j:]
        out.append(text[last:m.start()])
        out.append(w2)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def wrap_plain(text, width=72):
    paras = text.split("\n")
    out = []
    for p in paras:
        if len(p) > width and not p.lstrip().startswith(("-", "*")) and not re.match(r"^\S+ ?\d", p):
            out.append(textwrap.fill(p, width))
        else:
            out.append(p)
    return "\n".join(out)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------------------
class Corpus:
    def __init__(self, files, labels_json, manifest_json):
        self.files = files
        self.labels_json = labels_json
        self.manifest_json = manifest_json


def pick_registry(rng, lang, who, used_cat, used_all):
    cands = []
    for r in REGISTRIES:
        if lang not in r[2]:
            continue
        reg = r[1]
        if who == "any" or who == reg or (who == "cc" and reg in ("island", "franco", "latam", "casia")):
            cands.append(r)
    if not cands:  # fall back: language only
        cands = [r for r in REGISTRIES if lang in r[2]]
    fresh = [r for r in cands if r[0] not in used_cat] or cands
    if not any("xn--" in t for t in used_cat):  # make sure every category gets IDN senders
        idn = [r for r in fresh if "xn--" in r[0]]
        if idn and rng.random() < 0.6:
            fresh = idn
    low = min(used_all.get(r[0], 0) for r in fresh)
    best = [r for r in fresh if used_all.get(r[0], 0) == low]
    return rng.choice(best)


def plan(rng):
    """Return a list of mail plans (category, style, core text)."""
    plans = []
    for ci, cat in enumerate(sorted(CATEGORIES)):
        c = CATEGORIES[cat]
        styles = STYLES * 2
        styles.remove(STYLES[ci % len(STYLES)])  # 13 mails, one style once
        short = list(c["short"])
        rng.shuffle(short)
        tl = list(c["timeline"])
        rng.shuffle(tl)
        normal = list(c["normal"])
        rng.shuffle(normal)
        si = ti = ni = 0
        for st in styles:
            if st == "terse":
                core = short[si % len(short)]
                si += 1
            elif st == "long":
                core = tl[ti % len(tl)]
                ti += 1
            else:
                core = normal[ni % len(normal)]
                ni += 1
            plans.append((cat, st, core))
    rng.shuffle(plans)
    return plans


def encode_part(text, subtype, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:
        body = raw.decode(charset)
    if not body.endswith("\n"):
        body += "\n"
    hdr = f"Content-Type: text/{subtype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n"
    return hdr, body


def choose_encoding(rng, text, lang):
    try:
        text.encode("ascii")
        is_ascii = True
    except UnicodeEncodeError:
        is_ascii = False
    try:
        text.encode("iso-8859-1")
        latin = True
    except UnicodeEncodeError:
        latin = False
    if is_ascii:
        charset = rng.choice(["us-ascii", "utf-8", "iso-8859-1"])
        cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    else:
        if latin and lang in ("fr", "es") and rng.random() < 0.5:
            charset = "iso-8859-1"
            cte = rng.choice(["quoted-printable", "base64", "8bit"])
        else:
            charset = "utf-8"
            cte = rng.choice(["quoted-printable", "base64", "8bit"])
    return charset, cte


def text_to_html(lines_text, lang, table=None, sig_lines=None, disclaimer=None):
    """Render plain paragraphs as HTML; list-like lines become <ul>."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    in_list = False
    for line in lines_text.split("\n"):
        s = line.strip()
        is_item = s.startswith("- ") or re.match(r"^\S.{0,38} - ", s) is not None
        if is_item:
            if not in_list:
                out.append("<ul>")
                in_list = True
            item = s[2:] if s.startswith("- ") else s
            out.append(f"<li>{html.escape(item, quote=False)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if s:
            out.append(f"<p>{html.escape(s, quote=False)}</p>")
    if in_list:
        out.append("</ul>")
    if table:
        out.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">')
        out.append("<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in table[0]) + "</tr>")
        for row in table[1:]:
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
        out.append("</table>")
    if sig_lines:
        out.append("<p>" + "<br>".join(html.escape(l) for l in sig_lines) + "</p>")
    if disclaimer:
        out.append(f'<p style="font-size:8pt;color:#888888">{html.escape(disclaimer)}</p>')
    out.append("</body></html>")
    return "\n".join(out)


def build():
    rng = random.Random(SEED)
    plans = plan(rng)
    files, labels, manifest = {}, {}, {}
    used_all = {}
    used_by_cat = {c: set() for c in CATEGORIES}

    for idx, (cat, style, core) in enumerate(plans, start=1):
        fname = f"{idx:03d}.eml"
        lang, who, role, core_text = core
        reg = pick_registry(rng, lang, who, used_by_cat[cat], used_all)
        used_by_cat[cat].add(reg[0])
        used_all[reg[0]] = used_all.get(reg[0], 0) + 1
        tld, _region, _langs, org, domain, address, phone, tzh, people = reg
        pname, _gender = rng.choice(people)
        first = pname.split()[0]
        title = rng.choice(TITLES[lang][role])
        if _gender == "f":
            for a, b in FEM.get(lang, []):
                title = title.replace(a, b)
        local = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", first.lower()).encode("ascii", "ignore").decode())
        local = local or "contact"
        lastn = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", pname.split()[-1].lower()).encode("ascii", "ignore").decode())
        addr = f"{local}.{lastn or 'x'}@{domain}" if rng.random() < 0.6 else \
            rng.choice([f"{local}@{domain}", f"hostmaster@{domain}", f"direction@{domain}" if lang == "fr" else f"admin@{domain}"])

        # --- dates
        month = 1 + (idx * 7 + rng.randrange(11)) % 11
        day = rng.randint(1, 28)
        tz = dt.timezone(dt.timedelta(hours=tzh))
        mdate = dt.datetime(2026, month, day, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)
        d1 = mdate.date() - dt.timedelta(days=rng.randint(20, 75))
        d2 = d1 + dt.timedelta(days=rng.randint(1, 6))
        d3 = d2 + dt.timedelta(days=rng.randint(2, 9))
        d4 = min(d3 + dt.timedelta(days=rng.randint(2, 12)), mdate.date() - dt.timedelta(days=1))
        if d4 <= d3:
            d4 = d3 + dt.timedelta(days=1)
        dfmt = rng.choice(DATE_FORMATS[lang])
        tfmt = rng.choice(TICKET_FORMATS)
        n1 = rng.randint(1180000, 1499999)
        n2 = n1 + rng.choice([-1, 1]) * rng.randint(3, 9000)
        lab = tld[1:]
        ns_host = f"nic-{lab[:6].replace('-', '')}" if lab.startswith("xn--") else f"nic.{lab}"
        ctx = {
            "tld": tld, "t1": fmt_ticket(n1, lang, tfmt, 2026), "t2": fmt_ticket(n2, lang, tfmt, 2026),
            "d1": fmt_date(d1, lang, dfmt), "d2": fmt_date(d2, lang, dfmt), "d3": fmt_date(d3, lang, dfmt),
            "d4": fmt_date(d4, lang, dfmt),
            "ns1": f"ns{rng.randint(1, 3)}.{ns_host}.example", "ns2": f"{rng.choice(['a', 'b', 'ns4', 'dns2'])}.{ns_host}.example",
            "ip4": f"192.0.2.{rng.randint(2, 250)}", "ip6": f"2001:db8:{rng.randint(16, 4000):x}::{rng.randint(1, 99)}",
            "n": str(rng.randint(6, 41)), "org": org, "keytag": str(rng.randint(10000, 65000)),
        }
        extras = [f"dates:{dfmt}", f"tickets:{tfmt}"]

        core_filled = core_text.format(**ctx)
        if rng.random() < 0.25:
            core_filled = add_typos(core_filled, rng, rng.randint(2, 4))
            extras.append("typos")
        if style == "angry" and rng.random() < 0.5:
            sents = re.split(r"(?<=[.!?]) ", core_filled)
            k = rng.randrange(len(sents))
            sents[k] = sents[k].upper()
            core_filled = " ".join(sents)
        if style != "html" and "\n- " not in core_filled and rng.random() < 0.5:
            core_filled = wrap_plain(core_filled)

        want_sig = (style in ("formal", "long") and rng.random() < 0.8) or rng.random() < 0.35
        if style == "terse" and rng.random() < 0.7:
            want_sig = False
        sig_lines = [pname, title, org, address, f"Tel: {phone}", f"www.{domain}"] if want_sig else [rng.choice([first, pname])]
        if want_sig:
            extras.append("signature")
        disclaimer = rng.choice(DISCLAIMERS[lang]) if rng.random() < 0.3 else None
        if disclaimer:
            extras.append("disclaimer")

        greet = rng.choice(GREET[lang])
        if re.match(r"(Hola|Buenas|Bonjour|Hello|Good day|Dear)\b", core_filled):
            greet = ""  # the core text already opens with a greeting
        signoff = rng.choice(SIGNOFF[lang])
        sig_block = "\n".join(sig_lines)
        if want_sig and rng.random() < 0.5:
            sig_block = "-- \n" + sig_block

        # --- subject
        subj_pool = CATEGORIES[cat]["subjects"][lang] if rng.random() < 0.45 else GENERIC_SUBJECTS[lang]
        subject = rng.choice(subj_pool).format(**ctx)

        in_reply_to = None
        greet_iana = rng.choice(GREET_IANA[lang]) if greet else ""
        body_plain = None
        html_body = None

        if style == "terse":
            parts = []
            if rng.random() < 0.35 and greet:
                parts.append(greet)
            parts.append(core_filled)
            tail = rng.choice([first, pname, "-- " + first, MOBILE[lang]])
            if want_sig:
                tail = sig_block
            body_plain = "\n\n".join(parts) + "\n\n" + tail
            if rng.random() < 0.4:
                subject = rng.choice(["urgent", tld, "??", ctx["t1"], "IANA", "(no subject)" if lang == "en" else "IANA"])
        elif style in ("long", "angry", "formal"):
            parts = [greet] if greet else []
            intro = rng.choice(INTRO[lang]).format(**ctx)
            if style == "angry":
                parts.append(rng.choice(ANGRY_OPEN[lang]))
            elif style == "formal":
                parts.append(rng.choice(FORMAL_OPEN[lang]).format(**ctx))
            elif intro:
                parts.append(intro)
            parts.append(core_filled)
            if style == "angry":
                parts.append(rng.choice(ANGRY_CLOSE[lang]))
            elif style == "formal":
                parts.append(rng.choice(FORMAL_CLOSE[lang]))
            else:
                cr = rng.choice(CLOSE_REQ[lang])
                if cr:
                    parts.append(cr)
            body_plain = "\n\n".join(parts) + "\n\n" + signoff + "\n" + sig_block
        elif style == "reply":
            kinds = [k for k in sorted(IANA_NOTICES) if k not in EXCLUDED_NOTICES[cat]]
            kind = rng.choice(kinds)
            nfrom, nsubj, nbody = IANA_NOTICES[kind]
            other = rng.random() < 0.6
            tt_num = n2 if other else n1
            qdate = dt.datetime.combine(d2 if other else d1, dt.time(rng.randint(0, 23), rng.randint(0, 59)), tzinfo=dt.UTC)
            nctx = {"tt": str(tt_num), "tld": tld, "dd": fmt_date(d1, "en", "dmy_long"), "ns1": ctx["ns1"], "name": pname}
            nsubj_f = nsubj.format(**nctx)
            nbody_f = nbody.format(**nctx)
            if rng.random() < 0.55:
                wd = WEEKDAYS[lang][qdate.weekday()]
                dstr = fmt_date(qdate.date(), lang, DATE_FORMATS[lang][0])
                hm = qdate.strftime("%H:%M")
                attrib = {"en": f"On {wd[:3]}, {dstr} at {hm}, {nfrom} wrote:",
                          "fr": f"Le {wd[:3]}. {dstr} à {hm}, {nfrom} a écrit :",
                          "es": f"El {wd[:3]}, {dstr} a las {hm}, {nfrom} escribió:"}[lang]
                quoted = attrib + "\n" + quote(nbody_f)
            else:
                hdr = {"en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
                       "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
                       "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto")}[lang]
                sep = " :" if lang == "fr" else ":"
                quoted = (f"{hdr[0]}\n{hdr[1]}{sep} {nfrom}\n{hdr[2]}{sep} {format_datetime(qdate)}\n"
                          f"{hdr[3]}{sep} {pname} <{addr}>\n{hdr[4]}{sep} {nsubj_f}\n\n{nbody_f}")
            parts = []
            if rng.random() < 0.6 and greet:
                parts.append(greet)
            parts.append(core_filled)
            body_plain = "\n\n".join(parts) + "\n\n" + signoff + "\n" + sig_block + "\n\n" + quoted
            prefix = {"en": rng.choice(["Re: ", "RE: ", "Re: Re: "]), "fr": rng.choice(["Re: ", "RE : "]), "es": rng.choice(["Re: ", "RE: "])}[lang]
            subject = prefix + nsubj_f
            in_reply_to = f"<rzm.{tt_num}.{kind}@iana.example>"
            extras.append(f"quoted:{kind}" + (":other_request" if other else ":same_request"))
        elif style == "forward":
            note = rng.choice(FWD_NOTE[lang]).format(**ctx)
            fwd_head = {"en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
                        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
                        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para")}[lang]
            sep = " :" if lang == "fr" else ":"
            orig_date = dt.datetime.combine(d2, dt.time(rng.randint(6, 20), rng.randint(0, 59)), tzinfo=tz)
            orig_subj = rng.choice(CATEGORIES[cat]["subjects"][lang] + GENERIC_SUBJECTS[lang][3:6]).format(**ctx)
            orig_mail = (greet_iana + "\n\n" if greet_iana else "") + core_filled + "\n\n" + signoff + "\n" + pname + "\n" + org
            if rng.random() < 0.5:
                ack_date = orig_date + dt.timedelta(minutes=rng.randint(1, 30))
                ack = IANA_ACK.format(name=pname, tt=n2)
                attrib = {"en": f"On {fmt_date(orig_date.date(), 'en', 'dmy_long')}, {pname} <{addr}> wrote:",
                          "fr": f"Le {fmt_date(orig_date.date(), 'fr', 'fr_long')}, {pname} <{addr}> a écrit :",
                          "es": f"El {fmt_date(orig_date.date(), 'es', 'es_long')}, {pname} <{addr}> escribió:"}[lang]
                inner = (f"{fwd_head[0]}\n{fwd_head[1]}{sep} {IANA_FROM}\n{fwd_head[2]}{sep} {format_datetime(ack_date)}\n"
                         f"{fwd_head[3]}{sep} [IANA #{n2}] Re: {orig_subj}\n{fwd_head[4]}{sep} {pname} <{addr}>\n\n"
                         f"{ack}\n\n{attrib}\n{quote(orig_mail)}")
                subject = rng.choice({"en": ["Fwd: ", "FW: "], "fr": ["TR: ", "Fwd: "], "es": ["RV: ", "Fwd: "]}[lang]) + f"[IANA #{n2}] Re: {orig_subj}"
                extras.append("forward:iana_ack")
            else:
                inner = (f"{fwd_head[0]}\n{fwd_head[1]}{sep} {pname} <{addr}>\n{fwd_head[2]}{sep} {format_datetime(orig_date)}\n"
                         f"{fwd_head[3]}{sep} {orig_subj}\n{fwd_head[4]}{sep} {IANA_FROM}\n\n{orig_mail}")
                subject = rng.choice({"en": ["Fwd: ", "FW: ", "Fw: "], "fr": ["TR: ", "Fwd: "], "es": ["RV: ", "Fwd: "]}[lang]) + orig_subj
                extras.append("forward:own_mail")
            body_plain = note + "\n\n" + (sig_block if want_sig else first) + "\n\n" + inner
        elif style == "html":
            parts = [greet] if greet else []
            intro = rng.choice(INTRO[lang]).format(**ctx)
            if intro:
                parts.append(intro)
            parts.append(core_filled)
            cr = rng.choice(CLOSE_REQ[lang])
            if cr:
                parts.append(cr)
            parts.append(signoff)
            table = None
            if rng.random() < 0.6:
                table = [TABLE_HEAD[lang], [ctx["t1"], tld, ctx["d1"], rng.choice(STATUS_WORDS[lang])]]
                if rng.random() < 0.5:
                    table.append([ctx["t2"], tld, ctx["d3"], rng.choice(STATUS_WORDS[lang])])
                extras.append("html_table")
            html_body = text_to_html("\n".join(parts), lang, table, sig_lines, disclaimer)

        if body_plain is not None and disclaimer:
            if style in ("reply", "forward"):
                # disclaimer sits under the writer's own signature, before the quoted part
                body_plain = body_plain.replace(sig_block + "\n\n", sig_block + "\n\n" + disclaimer + "\n\n", 1)
            else:
                body_plain = body_plain + "\n\n" + disclaimer

        # --- MIME
        mid_hash = hashlib.sha1(f"{SEED}-{idx}-{tld}".encode()).hexdigest()[:16]
        headers = []
        hcharset = "utf-8" if rng.random() < 0.7 else "iso-8859-1"
        try:
            pname.encode("ascii")
            from_h = formataddr((pname, addr))
        except UnicodeEncodeError:
            cs = hcharset
            try:
                pname.encode(cs)
            except UnicodeEncodeError:
                cs = "utf-8"
            from_h = formataddr((pname, addr), charset=cs)
        try:
            subject.encode("ascii")
            subj_h = subject
        except UnicodeEncodeError:
            cs = hcharset
            try:
                subject.encode(cs)
            except UnicodeEncodeError:
                cs = "utf-8"
            subj_h = Header(subject, cs).encode()
        headers.append(f"From: {from_h}")
        headers.append(f"To: {TO_ADDR}")
        headers.append(f"Subject: {subj_h}")
        headers.append(f"Date: {format_datetime(mdate)}")
        headers.append(f"Message-ID: <{mid_hash}.{idx:03d}@mail.{domain}>")
        if in_reply_to:
            headers.append(f"In-Reply-To: {in_reply_to}")
            headers.append(f"References: {in_reply_to}")
        if rng.random() < 0.3:
            headers.append("X-Mailer: " + rng.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Thunderbird 128.4.0", "Roundcube Webmail/1.6.9"]))
        headers.append("MIME-Version: 1.0")

        if style == "html":
            charset, cte = choose_encoding(rng, html_body, lang)
            if charset == "us-ascii":
                charset = "utf-8"
            html_body = html_body.replace("charset=utf-8", f"charset={charset}")
            ph, pb = encode_part(html_body, "html", charset, cte)
            msg = "\n".join(headers) + "\n" + ph + "\n" + pb
        elif rng.random() < 0.2:
            extras.append("multipart_alt")
            boundary = f"----=_cscb4_{idx:03d}_{mid_hash[:8]}"
            charset, cte = choose_encoding(rng, body_plain, lang)
            ph, pb = encode_part(body_plain, "plain", charset, cte)
            alt_html = ("<html><body><div style=\"font-family:Arial\">" +
                        "".join(f"<div>{html.escape(l, quote=False) or '<br>'}</div>" for l in body_plain.split("\n")) +
                        "</div></body></html>")
            hcs, hcte = choose_encoding(rng, alt_html, lang)
            hh, hb = encode_part(alt_html, "html", hcs, hcte)
            msg = ("\n".join(headers) + f"\nContent-Type: multipart/alternative; boundary=\"{boundary}\"\n\n"
                   "This is a multi-part message in MIME format.\n\n"
                   f"--{boundary}\n{ph}\n{pb}\n--{boundary}\n{hh}\n{hb}\n--{boundary}--\n")
        else:
            charset, cte = choose_encoding(rng, body_plain, lang)
            ph, pb = encode_part(body_plain, "plain", charset, cte)
            msg = "\n".join(headers) + "\n" + ph + "\n" + pb
        extras.append(f"cte:{cte}")
        extras.append(f"charset:{charset}")
        data = _to_bytes(msg, charset)
        files[fname] = data
        labels[fname] = cat
        manifest[fname] = {"category": cat, "language": lang, "style": style, "tld": tld, "extras": extras}

    labels_json = json.dumps({SPLIT: labels}, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    manifest_json = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    return Corpus(files, labels_json, manifest_json)


def _to_bytes(msg, charset):
    """Headers and encoded bodies are ASCII; only 8bit text parts carry raw bytes in their charset.
    Encode line by line: ASCII lines as ASCII, others in the part's charset (parts in one mail share
    one body charset except multipart_alt, whose 8bit parts are encoded with the charset declared
    in the closest preceding Content-Type header)."""
    out = []
    current = charset
    for line in msg.split("\n"):
        m = re.match(r'Content-Type: text/\w+; charset="([^"]+)"', line)
        if m:
            current = m.group(1)
        try:
            b = line.encode("ascii")
        except UnicodeEncodeError:
            b = line.encode(current if current != "us-ascii" else "utf-8")
        out.append(b)
    return b"\r\n".join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    outdir = os.path.join(here, SPLIT)
    os.makedirs(outdir, exist_ok=True)
    for name in os.listdir(outdir):
        if name.endswith(".eml"):
            os.remove(os.path.join(outdir, name))
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
