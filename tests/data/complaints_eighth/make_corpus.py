"""Deterministic generator for the eighth complaint corpus (CSC mailbox).

Run `python3 make_corpus.py` to write all/NNN.eml, labels.json, manifest.json next to this file.
"""
import base64
import datetime as dt
import hashlib
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
    from .texts import CATEGORIES, CORES
else:
    from texts import CATEGORIES, CORES

SPLIT = "all"
SEED = 20260511
TO = "CSC <csc@csc.example.org>"
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]

# ---------------------------------------------------------------------------
# Sender registries: tld, region (for names), org, mail domain, city, utc offset (minutes)
REGISTRIES = {
    "en": [
        ("ky", "en", "KY Domain Registry Ltd", "nic-ky.example", "George Town", -300),
        ("ag", "en", "Antigua Network Information Centre", "nic-ag.example", "St. John's", -240),
        ("bz", "en", "Belize Registry Services", "bzregistry.example", "Belmopan", -360),
        ("gy", "en", "Guyana Domain Authority", "gy-nic.example", "Georgetown", -240),
        ("lk", "en", "LK Domain Registry", "lkreg.example", "Colombo", 330),
        ("ke", "en", "Kenya Network Information Centre", "kenic-demo.example", "Nairobi", 180),
        ("ug", "en", "Uganda Registry Services Ltd", "ugreg.example", "Kampala", 180),
        ("sc", "en", "Seychelles Domain Services", "nic-sc.example", "Victoria", 240),
        ("pw", "en", "PW Registry Inc.", "pwregistry.example", "Koror", 540),
        ("tt", "en", "TTNIC", "ttnic.example", "Port of Spain", -240),
        ("fj", "en", "Fiji Domain Registry", "fijireg.example", "Suva", 720),
        ("na", "en", "Namibian Network Information Center", "na-nic.example", "Windhoek", 120),
        ("zm", "en", "ZM Domain Administration", "zmnic.example", "Lusaka", 120),
        ("mw", "en", "Malawi SDNP Registry", "mw-registry.example", "Blantyre", 120),
        ("music", "en", "DotMusic Registry Ltd", "dotmusic-reg.example", "Dublin", 0),
        ("bank", "en", "fTLD Registry Services", "ftld-demo.example", "Washington", -300),
        ("xn--p1ai", "ru", "Coordination Centre for RF IDN", "cc-rf.example", "Moscow", 180),
        ("xn--90ais", "ru", "BY IDN Registry", "by-idn.example", "Minsk", 180),
        ("xn--j1amh", "ru", "UA IDN Registry", "ua-idn.example", "Kyiv", 120),
        ("xn--d1alf", "ru", "MK IDN Registry", "mk-idn.example", "Skopje", 60),
        ("xn--mgbaam7a8h", "ar", "AE Domain Administration", "aeda-demo.example", "Abu Dhabi", 240),
        ("xn--wgbl6a", "ar", "Qatar Domains Registry", "qdr-demo.example", "Doha", 180),
        ("xn--mgberp4a5d4ar", "ar", "SA Network Information Center", "sanic-demo.example", "Riyadh", 180),
        ("xn--fiqs8s", "zh", "CN IDN Registry Services", "cn-idn.example", "Beijing", 480),
        ("xn--3e0b707e", "ko", "KR IDN Registry", "kr-idn.example", "Seoul", 540),
        ("xn--node", "ka", "GE IDN Registry", "ge-idn.example", "Tbilisi", 240),
    ],
    "fr": [
        ("sn", "fr", "NIC Sénégal", "nic-sn.example", "Dakar", 0),
        ("ci", "fr", "Registre du .ci", "nic-ci.example", "Abidjan", 0),
        ("ml", "fr", "Agence des Technologies du Mali", "ml-reg.example", "Bamako", 0),
        ("bf", "fr", "Registre national du Burkina", "bf-nic.example", "Ouagadougou", 0),
        ("tg", "fr", "Registre .tg", "tg-nic.example", "Lomé", 0),
        ("bj", "fr", "Registre du Bénin", "bj-nic.example", "Cotonou", 60),
        ("ga", "fr", "Agence nationale des infrastructures numériques", "ga-nic.example", "Libreville", 60),
        ("cm", "fr", "Registre camerounais", "cm-nic.example", "Yaoundé", 60),
        ("ht", "fr", "Réseau de développement durable d'Haïti", "ht-nic.example", "Port-au-Prince", -300),
        ("mg", "fr", "NIC Madagascar", "nic-mg.example", "Antananarivo", 180),
        ("tn", "fr", "Agence tunisienne d'Internet", "tn-reg.example", "Tunis", 60),
        ("xn--pgbs0dh", "fr", "Agence tunisienne d'Internet (IDN)", "tn-reg.example", "Tunis", 60),
        ("xn--lgbbat1ad8j", "fr", "Registre algérien IDN", "dz-idn.example", "Alger", 60),
        ("xn--mgbc0a9azcg", "fr", "Registre marocain IDN", "ma-idn.example", "Rabat", 60),
        ("bzh", "fr_eu", "Association www.bzh", "bzh-reg.example", "Rennes", 60),
        ("quebec", "fr_qc", "PointQuébec", "pointquebec.example", "Montréal", -300),
    ],
    "es": [
        ("mx", "es", "Registro MX", "registro-mx.example", "Monterrey", -360),
        ("cl", "es", "NIC Chile", "nic-cl.example", "Santiago", -180),
        ("pe", "es", "Red Científica Peruana", "rcp-pe.example", "Lima", -300),
        ("uy", "es", "Servicio Central de Informática", "uy-nic.example", "Montevideo", -180),
        ("py", "es", "NIC Paraguay", "nic-py.example", "Asunción", -180),
        ("bo", "es", "ADSIB - NIC Bolivia", "nic-bo.example", "La Paz", -240),
        ("ec", "es", "NIC Ecuador", "nic-ec.example", "Quito", -300),
        ("cr", "es", "NIC Costa Rica", "nic-cr.example", "San José", -360),
        ("gt", "es", "Registro de Dominios .gt", "gt-reg.example", "Ciudad de Guatemala", -360),
        ("hn", "es", "Red de Honduras", "hn-nic.example", "Tegucigalpa", -360),
        ("sv", "es", "SVNet", "svnet-demo.example", "San Salvador", -360),
        ("do", "es", "NIC República Dominicana", "nic-do.example", "Santo Domingo", -240),
        ("cat", "es", "Fundació puntCAT", "puntcat-demo.example", "Barcelona", 60),
        ("madrid", "es", "Registro .madrid", "madrid-reg.example", "Madrid", 60),
    ],
}
# per-core restrictions (category, core index) -> allowed tlds
CORE_TLDS = {
    ("idn_table_publication", 0): ["xn--p1ai", "xn--90ais", "xn--j1amh", "xn--d1alf"],
    ("idn_table_publication", 2): ["xn--mgbaam7a8h", "xn--wgbl6a", "xn--mgberp4a5d4ar"],
    ("idn_table_publication", 1): ["xn--fiqs8s", "xn--3e0b707e", "xn--node", "xn--p1ai", "music"],
    ("idn_table_publication", 3): ["xn--3e0b707e", "xn--node", "xn--fiqs8s", "xn--wgbl6a"],
    ("idn_table_publication", 4): ["xn--pgbs0dh", "xn--lgbbat1ad8j", "xn--mgbc0a9azcg", "bzh", "quebec"],
    ("perceived_unfairness", 3): ["bo", "py", "hn", "gt", "sv"],
    ("transfer_evaluation", 1): ["music", "bank"],
    ("transfer_evaluation", 0): ["ky", "gy", "ug", "sc", "zm", "mw", "na", "fj", "tt"],
}

NAMES = {
    "en": [("Sarah", "Mitchell"), ("David", "Okafor"), ("Priya", "Ramanathan"), ("James", "Whitfield"),
           ("Grace", "Wanjiru"), ("Michael", "Chen"), ("Aisha", "Nakato"), ("Robert", "Fonseca"),
           ("Linda", "Mwale"), ("Tom", "Harrigan"), ("Nirosha", "Perera"), ("Kevin", "Ramjattan")],
    "ru": [("Alexei", "Volkov"), ("Natalia", "Sidorova"), ("Dmitry", "Kovalenko"), ("Olena", "Shevchuk"),
           ("Igor", "Petrovski")],
    "ar": [("Khalid", "Al Mansoori"), ("Fatima", "Al-Thani"), ("Omar", "Haddad"), ("Noura", "Al Harbi")],
    "zh": [("Wei", "Zhang"), ("Li", "Na")],
    "ko": [("Ji-woo", "Park"), ("Min-jun", "Kim")],
    "ka": [("Giorgi", "Beridze"), ("Nino", "Kapanadze")],
    "fr": [("Mamadou", "Diallo"), ("Aminata", "Traoré"), ("Jean-Baptiste", "Kouassi"), ("Françoise", "Ndiaye"),
           ("Hélène", "Rakotomalala"), ("Koffi", "Agbéko"), ("Youssef", "Ben Salah"), ("Marie-Ève", "Tremblay"),
           ("Erwan", "Le Goff"), ("Rachid", "Benali"), ("Awa", "Ouédraogo"), ("Gérard", "Mbarga")],
    "fr_eu": [("Erwan", "Le Goff"), ("Gwenaëlle", "Kervella"), ("Yann", "Le Bihan")],
    "fr_qc": [("Marie-Ève", "Tremblay"), ("Étienne", "Gagnon"), ("Josée", "Bouchard")],
    "es": [("María José", "Fernández"), ("Jorge", "Ramírez"), ("Lucía", "Gutiérrez"), ("Andrés", "Paredes"),
           ("Carolina", "Muñoz"), ("Diego", "Bentancur"), ("Ana Belén", "Castillo"), ("Sebastián", "Ortúzar"),
           ("Valeria", "Quispe"), ("Jordi", "Puig"), ("Rocío", "Benítez"), ("Luis Alberto", "Chávez")],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def fmt_date(d, lang, kind):
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return [f"{d.day} {m} {d.year}", d.strftime("%Y-%m-%d"), f"{m} {d.day}", d.strftime("%d/%m/%Y"),
                d.strftime("%m/%d/%Y"), f"{DAYS['en'][d.weekday()][:3]} {d.day} {m[:3]}",
                f"{m} {d.day}, {d.year}", d.strftime("%d.%m.%Y")][kind % 8]
    if lang == "fr":
        return [f"{d.day} {m} {d.year}", d.strftime("%d/%m/%Y"), f"{DAYS['fr'][d.weekday()]} {d.day} {m}",
                d.strftime("%Y-%m-%d"), f"{d.day} {m}", d.strftime("%d.%m.%y")][kind % 6]
    return [f"{d.day} de {m} de {d.year}", d.strftime("%d/%m/%Y"), f"{d.day}-{m[:3]}-{d.year}",
            d.strftime("%Y-%m-%d"), f"{DAYS['es'][d.weekday()]} {d.day} de {m}", d.strftime("%d/%m/%y")][kind % 6]


def fmt_ticket(n, kind, lang="en", year=2026):
    if lang != "en" and kind % 10 in (3, 5, 8):
        return {"fr": f"n° {n}", "es": f"n.º {n}"}[lang] if kind % 10 != 8 else f"IANA {n}"
    return [f"#{n}", f"IANA #{n}", f"[IANA #{n}]", f"ticket {n}", f"RZM-{n}", f"req. {n}", f"{n}",
            f"IANA-{year}-{n % 100000:05d}", f"Ticket#{n}", f"n° {n}"][kind % 10]


# ---------------------------------------------------------------------------
# Wrappers per language
GREET = {
    "en": ["Dear CSC,", "Hello,", "Dear members of the Customer Standing Committee,", "To whom it may concern,",
           "Hi all,", "Dear Sir or Madam,", "Dear Committee members,"],
    "fr": ["Madame, Monsieur,", "Bonjour,", "Mesdames et Messieurs les membres du CSC,", "Chers membres du Comité,",
           "Bonjour à tous,"],
    "es": ["Estimados señores:", "Buenos días,", "Estimados miembros del CSC:", "Hola,", "A quien corresponda:"],
}
CLOSE = {
    "en": ["Regards,", "Best regards,", "Thanks,", "Sincerely,", "Kind regards,", "Thank you for looking into this."],
    "fr": ["Cordialement,", "Bien cordialement,", "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
           "Merci d'avance,", "Salutations,"],
    "es": ["Saludos cordiales,", "Atentamente,", "Un saludo,", "Gracias de antemano,", "Quedamos atentos,"],
}
FORMAL_GREET = {
    "en": ["Dear members of the Customer Standing Committee,", "Dear Sir or Madam,", "Dear Committee members,",
           "To the Chair of the Customer Standing Committee,"],
    "fr": ["Madame, Monsieur,", "Mesdames et Messieurs les membres du CSC,", "Madame la Présidente, Monsieur le Président,"],
    "es": ["Estimados señores:", "Estimados miembros del CSC:", "A la Presidencia del Comité Permanente de Clientes:"],
}
ANGRY_OPEN = {
    "en": ["This is getting ridiculous.", "I am honestly fed up with this.",
           "Once again, and I am running out of polite ways to say it:", "Frankly, this is unacceptable.",
           "I have been patient. Not any more."],
    "fr": ["Nous sommes excédés.", "C'est la troisième fois que nous écrivons à ce sujet et cela devient inadmissible.",
           "Franchement, c'est inacceptable.", "Notre patience a des limites."],
    "es": ["Esto ya es inaceptable.", "Estamos hartos.", "No es posible que sigamos así.",
           "Nuestra paciencia se ha agotado."],
}
ANGRY_CLOSE = {
    "en": ["Is anybody actually accountable for this?", "I expect an answer this week, not another template.",
           "We take these service levels seriously. Apparently nobody at IANA does.",
           "Fix it. And tell us why it happened."],
    "fr": ["Nous attendons une réponse cette semaine, pas un énième message automatique.", "Qui est responsable ?",
           "Nous ne lâcherons pas ce dossier."],
    "es": ["Exigimos una respuesta inmediata.", "¿Alguien se hace responsable de esto?",
           "No vamos a dejar pasar esto."],
}
FORMAL_OPEN = {
    "en": ["On behalf of {org}, manager of the .{tld} top-level domain, we hereby submit a formal complaint "
           "concerning the handling of our request {ticket} by PTI in its performance of the IANA naming functions.",
           "{org}, the designated manager for .{tld}, wishes to place on record the following complaint regarding "
           "IANA's handling of matter {ticket}."],
    "fr": ["Au nom de notre organisme, {org}, gestionnaire du domaine de premier niveau .{tld}, nous avons l'honneur de porter à la "
           "connaissance du Comité la réclamation formelle suivante, relative à la demande {ticket}.",
           "Par la présente, {org}, gestionnaire désigné de .{tld}, dépose une réclamation formelle concernant le "
           "traitement de la demande {ticket} par les services IANA."],
    "es": ["En nombre de {org}, gestor del dominio de nivel superior .{tld}, presentamos formalmente la siguiente "
           "reclamación en relación con la solicitud {ticket}.",
           "Por medio de la presente, {org}, administrador designado de .{tld}, deja constancia formal de la siguiente "
           "queja respecto de la gestión de la solicitud {ticket} por parte de IANA."],
}
FORMAL_CLOSE = {
    "en": ["We request that the Committee record this complaint, examine whether it forms part of a wider pattern, "
           "and inform us of any action taken. We reserve all rights in this matter.",
           "We would be grateful if the Committee would acknowledge receipt of this letter and consider the matter "
           "at its next meeting."],
    "fr": ["Nous demandons au Comité d'enregistrer la présente réclamation, d'examiner si elle s'inscrit dans une "
           "tendance plus générale et de nous informer des suites données. Nous réservons l'ensemble de nos droits.",
           "Nous vous saurions gré de bien vouloir accuser réception du présent courrier et d'examiner ce point lors "
           "de votre prochaine réunion."],
    "es": ["Solicitamos al Comité que registre esta reclamación, analice si forma parte de un problema más amplio y "
           "nos informe de las medidas adoptadas. Nos reservamos todos los derechos.",
           "Agradeceríamos que el Comité acuse recibo de la presente y trate el asunto en su próxima reunión."],
}
LONG_INTRO = {
    "en": ["I would like to bring to the Committee's attention our experience with .{tld} over the past weeks. "
           "Details and a timeline are below.",
           "Please find below a summary of the problem we have had with IANA, with dates and references, as "
           "requested on your web page."],
    "fr": ["Nous souhaitons porter à votre attention les difficultés rencontrées ces dernières semaines pour .{tld}. "
           "Vous trouverez ci-dessous le détail et la chronologie."],
    "es": ["Queremos poner en conocimiento del Comité el problema que venimos teniendo con .{tld}. A continuación "
           "el detalle y la cronología."],
}
TIMELINE = {
    "en": [("{d1}", "first contact with IANA on this ({ticket})"),
           ("{d2}", "follow-up to root-mgmt, automatic acknowledgement only (ref {ticket2})"),
           ("{d3}", "reminder sent; no substantive reply"),
           ("today", "still not resolved")],
    "fr": [("{d1}", "premier contact avec IANA à ce sujet ({ticket})"),
           ("{d2}", "relance, simple accusé de réception automatique (réf. {ticket2})"),
           ("{d3}", "nouvelle relance, sans réponse sur le fond"),
           ("aujourd'hui", "toujours pas résolu")],
    "es": [("{d1}", "primer contacto con IANA sobre este asunto ({ticket})"),
           ("{d2}", "seguimiento enviado, solo acuse de recibo automático (ref. {ticket2})"),
           ("{d3}", "nuevo recordatorio, sin respuesta de fondo"),
           ("hoy", "sigue sin resolverse")],
}
TIMELINE_HEAD = {"en": "Timeline:", "fr": "Chronologie :", "es": "Cronología:"}
HTML_TH = {"en": ("Date", "What happened"), "fr": ("Date", "Événement"), "es": ("Fecha", "Qué pasó")}
REPLY_LEAD = {
    "en": ["(Replying to this because it is the last mail I have from IANA, but this is about something else.)",
           "Different subject, same IANA.", "", "Not about the request below, but while I have you:"],
    "fr": ["(Je réponds à ce message car c'est le dernier reçu d'IANA, mais il s'agit d'autre chose.)", ""],
    "es": ["(Respondo a este correo porque es el último que tengo de IANA, pero el asunto es otro.)", ""],
}
QUOTE_INTRO = {
    "en": "On {date}, IANA Services <root-mgmt@iana.example.org> wrote:",
    "fr": "Le {date}, IANA Services <root-mgmt@iana.example.org> a écrit :",
    "es": "El {date}, IANA Services <root-mgmt@iana.example.org> escribió:",
}
FWD_NOTE = {
    "en": ["FYI - see the exchange below. This has been going on since {d1}.", "Forwarding for the record.",
           "Please see the thread below. We would like the CSC to look at this.",
           "See below. I give up trying to get an answer directly."],
    "fr": ["Pour information, voir l'échange ci-dessous.", "Je vous transfère notre échange avec IANA, pour le dossier.",
           "Voir ci-dessous. Nous aimerions que le CSC se penche sur la question."],
    "es": ["Les reenvío el intercambio con IANA.", "Para su conocimiento, véase más abajo.",
           "Reenvío para que conste. Les agradeceríamos que lo revisen."],
}
FWD_HEAD = {
    "en": "---------- Forwarded message ---------\nFrom: IANA Services <root-mgmt@iana.example.org>\nDate: {date}\n"
          "Subject: {subj}\nTo: {sender}\n",
    "fr": "-------- Message transféré --------\nSujet : {subj}\nDate : {date}\nDe : IANA Services "
          "<root-mgmt@iana.example.org>\nPour : {sender}\n",
    "es": "---------- Mensaje reenviado ---------\nDe: IANA Services <root-mgmt@iana.example.org>\nFecha: {date}\n"
          "Asunto: {subj}\nPara: {sender}\n",
}
FWD_PREFIX = {"en": "Fwd: ", "fr": "TR: ", "es": "RV: "}
WROTE = {"en": "On {date}, {name} wrote:", "fr": "Le {date}, {name} a écrit :", "es": "El {date}, {name} escribió:"}
IANA_HOLDING = [
    "Dear {first},\n\nThank you for your message. We are looking into this and will get back to you as soon as "
    "possible.\n\nKind regards,\n\nIANA Services\nPTI",
    "Hello {first},\n\nThanks for reaching out. Your request has been passed to the relevant team. We will be in "
    "touch.\n\nBest regards,\nIANA Root Zone Management",
    "Dear {first},\n\nWe have received your enquiry regarding .{tld}. Please note that requests are processed in "
    "the order received.\n\nRegards,\nIANA Services",
]
# IANA notices about OTHER stages / requests (quoted in reply style); key -> (subject, text)
NOTICES = {
    "received": ("[IANA #{n}] Change request received for .{tld}",
                 "Thank you for your submission. Your change request for .{tld} has been received and assigned "
                 "reference {n}. Automated technical checks will now be performed and you will be notified of "
                 "the results."),
    "checks_passed": ("[IANA #{n}] Technical checks completed",
                      "The technical checks for your request {n} have completed successfully. The listed contacts "
                      "will now be asked to confirm the request."),
    "auth": ("[IANA #{n}] Approval required: change request for .{tld}",
             "A change request has been submitted for the .{tld} top-level domain. As a listed contact, your "
             "approval is required. Please review the request using the link below.\n\n"
             "https://rzms.iana.example.org/confirm/{n}\n\nIf no response is received within the confirmation "
             "period, the request may be withdrawn."),
    "implemented": ("[IANA #{n}] Request completed",
                    "We are pleased to inform you that change request {n} has been implemented and the root zone "
                    "has been updated accordingly. This ticket is now closed."),
    "survey": ("Your feedback on request {n}",
               "We would like to hear about your experience. Please take a moment to fill in our short customer "
               "survey about request {n}. Your feedback helps us improve our services."),
    "ack": ("[IANA #{n}] Your message has been received",
            "Thank you for contacting IANA. This is an automated acknowledgement. Your message has been assigned "
            "ticket {n}. A member of staff will respond shortly. Please keep the ticket number in the subject "
            "line of any further correspondence."),
    "review_info": ("[IANA #{n}] Request under review",
                    "Your request {n} is currently undergoing review by IANA staff. We may contact you if additional "
                    "information is required."),
}
NOTICE_EXCLUDE = {
    "checks_slow_or_stuck": {"checks_passed", "received"}, "contact_authorization": {"auth"},
    "review_stalled": {"review_info"}, "implementation_delay": {"implemented"},
    "unresponsive_communication": {"ack"}, "ns_check_false_failure": {"checks_passed"},
    "dnssec_ds_rejected": {"checks_passed"}, "idn_table_publication": {"implemented"},
}
IANA_SUBJ = {
    "en": ["Re: [IANA #{n}] Change request for .{tld}", "Status of our request {ticket}", ".{tld} - pending request",
           "Question about {ticket}", "RE: .{tld} NS update"],
    "fr": ["Re: [IANA #{n}] Demande de modification .{tld}", "Suivi de notre demande {ticket}",
           "Question concernant .{tld}"],
    "es": ["Re: [IANA #{n}] Solicitud de cambio .{tld}", "Estado de nuestra solicitud {ticket}",
           "Consulta sobre .{tld}"],
}
SUBJECTS = {
    "en": ["Complaint", "urgent", "complaint re .{tld}", "IANA service issue",
           "Re: [IANA #{n}] Root zone change request for .{tld}", "Formal complaint - {ticket}", ".{tld} request",
           "Problem with IANA", "Escalation", "again", "question", "{TLDU} - not acceptable", "[{tld}] status?",
           "Complaint about PTI", "{ticket}", "help needed", "CSC complaint .{tld}"],
    "fr": ["Réclamation", "URGENT", "Plainte concernant IANA", "Réclamation .{tld}",
           "Re: [IANA #{n}] Demande de modification .{tld}", "Problème avec IANA", "Demande {ticket}",
           "Signalement au CSC", "encore", "{TLDU} : réclamation"],
    "es": ["Queja", "Reclamación formal", "URGENTE", "Problema con IANA",
           "Re: [IANA #{n}] Solicitud de cambio .{tld}", "Reclamo .{tld}", "Solicitud {ticket}", "queja IANA",
           "{TLDU} - reclamación", "consulta"],
}
TITLES = {
    "en": ["Technical Manager", "Chief Executive Officer", "DNS Operations Lead", "Registry Manager",
           "Head of Legal and Policy", "Senior Systems Engineer"],
    "fr": ["Directeur technique", "Responsable des opérations DNS", "Directrice générale", "Juriste",
           "Administrateur systèmes"],
    "es": ["Gerente Técnico", "Director Ejecutivo", "Jefa de Operaciones DNS", "Asesor Legal",
           "Coordinador de Infraestructura"],
}
STREETS = {
    "en": ["{k} Harbour Road", "Suite {k}, Corporate Centre", "{k} Independence Avenue", "P.O. Box {k}"],
    "fr": ["{k}, avenue de la République", "Immeuble Le Plateau, {k} rue des Jardins", "BP {k}"],
    "es": ["Av. Libertador {k}, piso 3", "Calle {k} de Septiembre", "Edificio Central, oficina {k}"],
}
DISCLAIMER = {
    "en": "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. "
          "They are intended solely for the use of the individual or entity to whom they are addressed. If you have "
          "received this message in error, please notify the sender immediately and delete it from your system. "
          "Any unauthorised use, disclosure, copying or distribution is strictly prohibited. The sender does not "
          "accept liability for any errors or omissions in the contents of this message which arise as a result of "
          "e-mail transmission. Please consider the environment before printing this e-mail.",
    "fr": "AVERTISSEMENT : Ce message et toutes ses pièces jointes sont confidentiels et établis à l'intention "
          "exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous "
          "avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. "
          "L'intégrité de ce message n'étant pas assurée sur Internet, l'expéditeur ne peut être tenu responsable "
          "de son contenu. Pensez à l'environnement avant d'imprimer ce courriel.",
    "es": "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente "
          "a su destinatario. Si usted no es el destinatario indicado, queda notificado de que la lectura, "
          "utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, "
          "le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. En cumplimiento de la "
          "normativa de protección de datos, le informamos de que sus datos forman parte de un fichero cuyo "
          "responsable es el remitente.",
}
ATTACH_TEXT = (";; dig output from our monitoring host\n"
               "; <<>> DiG 9.18.24 <<>> @{ns2} {tld}. SOA +norec\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, "
               "id: 4471\n;; flags: qr aa; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n\n;; ANSWER SECTION:\n"
               "{tld}.\t\t86400\tIN\tSOA\t{ns1}. hostmaster.{tld}. 2026{k} 1800 900 604800 3600\n\n"
               ";; Query time: 41 msec\n;; SERVER: {ip}#53({ns2}) (UDP)\n")


# ---------------------------------------------------------------------------
@dataclass
class Corpus:
    files: dict = field(default_factory=dict)
    labels_json: str = ""
    manifest_json: str = ""


def wrap(text, width=74):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(("-", ">", " ", ";")):
            out.append(para)
        else:
            out.append(textwrap.fill(para, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def add_typos(text, rng, n=3):
    words = [m for m in re.finditer(r"\b[a-zA-Zàéèêçíóúñ]{6,}\b", text)]
    if not words:
        return text
    picks = sorted(rng.sample(range(len(words)), min(n, len(words))), reverse=True)
    for i in picks:
        m = words[i]
        w = m.group(0)
        j = rng.randrange(1, len(w) - 2)
        kind = rng.randrange(3)
        if kind == 0:
            nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == 1:
            nw = w[:j] + w[j + 1:]
        else:
            nw = w[:j] + w[j] + w[j:]
        text = text[:m.start()] + nw + text[m.end():]
    return text


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plan():
    """Return a list of (category, core_index) mail specs in final (shuffled) order."""
    rng = random.Random(SEED)
    specs = []
    cats = list(CATEGORIES)
    for ci, cat in enumerate(cats):
        cores = CORES[cat]
        en = [i for i, c in enumerate(cores) if c["lang"] == "en"]
        other = [i for i, c in enumerate(cores) if c["lang"] != "en"]
        picks = [en[k % len(en)] for k in range(9 + (1 if ci == 0 else 0))]
        picks += [*other, other[ci % len(other)]]
        rng.shuffle(picks)
        specs += [(cat, p) for p in picks]
    # styles: balanced, with per-category variety
    style_rng = random.Random(SEED + 1)
    out = []
    for cat, p in specs:
        out.append([cat, p, None])
    counter = 0
    for cat in cats:
        idx = [k for k, s in enumerate(out) if s[0] == cat]
        st = STYLES[:]
        style_rng.shuffle(st)
        for j, k in enumerate(idx):
            out[k][2] = st[(j + counter) % len(st)]
        counter += 3
    rng.shuffle(out)
    return out


def build():
    rng = random.Random(SEED)
    corpus = Corpus()
    labels, manifest = {}, {}
    sender_count = {}
    base_date = dt.datetime(2026, 1, 6, 8, 0)
    specs = plan()
    for i, (cat, ci, style) in enumerate(specs):
        fname = f"{i + 1:03d}.eml"
        core = CORES[cat][ci]
        lang = core["lang"]
        allowed = CORE_TLDS.get((cat, ci))
        pool = [r for r in REGISTRIES[lang] if allowed is None or r[0] in allowed]
        if allowed and not pool:
            pool = [r for l in REGISTRIES for r in REGISTRIES[l] if r[0] in allowed]
        # prefer registries not yet used for this category
        used = sender_count.setdefault(cat, {})
        pool = sorted(pool, key=lambda r: (used.get(r[0], 0), rng.random()))
        reg = pool[0]
        used[reg[0]] = used.get(reg[0], 0) + 1
        tld, region, org, domain, city, offset = reg
        first, last = rng.choice(NAMES[region])
        name = f"{first} {last}"
        local = re.sub(r"[^a-z.]", "", (first.split()[0] + "." + last.replace(" ", "")).lower()
                       .translate(str.maketrans("áéèêëíïóúüñç", "aeeeeiiouunc")))
        addr = f"{local}@{domain}"
        # dates
        day = i * 298 // len(specs) + rng.randrange(0, 3)
        date = base_date + dt.timedelta(days=day, hours=rng.randrange(0, 11), minutes=rng.randrange(60),
                                        seconds=rng.randrange(60))
        tz = dt.timezone(dt.timedelta(minutes=offset))
        date = date.replace(tzinfo=tz)
        d3 = date.date() - dt.timedelta(days=rng.randrange(1, 5))
        d2 = d3 - dt.timedelta(days=rng.randrange(3, 12))
        d1 = d2 - dt.timedelta(days=rng.randrange(2, 20))
        dkind = rng.randrange(8)
        tkind = rng.randrange(10)
        n1 = 1300000 + rng.randrange(0, 99999)
        n2 = n1 + rng.randrange(3, 4000)
        prov = rng.choice(["anycastdns", "netnod-demo", "pch-demo", "dnsprovider", "cloudns-demo", "secondary-dns"])
        k = rng.randrange(10, 250)
        v = dict(tld=tld, TLDU=tld.upper(), org=org,
                 ticket=fmt_ticket(n1, tkind, lang), ticket2=fmt_ticket(n2, tkind + rng.choice([0, 3]), lang),
                 n=n1, d1=fmt_date(d1, lang, dkind), d2=fmt_date(d2, lang, dkind), d3=fmt_date(d3, lang, dkind),
                 ns1=f"a.nic.{tld}", ns2=f"ns{rng.randrange(2, 6)}.{prov}.example",
                 ip=f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{k}",
                 ip6=f"2001:db8:{rng.randrange(4096, 65535):x}::53", k=k, first=first, name=name)
        extras = []
        short = core["short"].format(**v)
        body = core["body"].format(**v)
        if rng.random() < 0.22 and style not in ("formal",):
            body = add_typos(body, rng)
            short = add_typos(short, rng, 1)
            extras.append("typos")
        greet = rng.choice(GREET[lang])
        close = rng.choice(CLOSE[lang])
        want_sig = rng.random() < (0.75 if style in ("formal", "long") else 0.45) and style != "terse"
        want_disc = rng.random() < 0.3
        sig_lines = []
        if want_sig:
            title = rng.choice(TITLES[lang])
            street = rng.choice(STREETS[lang]).format(k=k)
            phone = f"+{rng.randrange(1, 999)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)} " \
                    f"{rng.randrange(100, 999)}"
            sig_lines = [name, title, org, street, city, f"Tel: {phone}", f"https://www.{domain}"]
            extras.append("signature")
        signoff = "\n".join(sig_lines) if sig_lines else rng.choice([first, name, first[0] + ".", f"{first}\n{org}"])
        subj = rng.choice(SUBJECTS[lang]).format(**v)
        if rng.random() < 0.15:
            subj = short[:58].rstrip(" ,.") + ("..." if len(short) > 58 else "")
        attachment = None
        ctype = "plain"
        fmt_date(d2, lang, dkind + 1)  # kept: the call belongs to the generated sequence

        if style == "terse":
            text = short
            if rng.random() < 0.55:
                text += " " + re.split(r"(?<=[.!?]) ", body)[0]
            if rng.random() < 0.5:
                text += " " + {"en": "Ref {ticket}.", "fr": "Réf. {ticket}.", "es": "Ref. {ticket}."}[lang] \
                    .format(**v)
            text += "\n\n" + (first if rng.random() < 0.6 else f"{first}\n.{tld}")
        elif style == "long":
            tl = "\n".join(f"- {a.format(**v)}: {b.format(**v)}" for a, b in TIMELINE[lang])
            text = "\n\n".join([greet, rng.choice(LONG_INTRO[lang]).format(**v), body,
                                TIMELINE_HEAD[lang] + "\n" + tl, close, signoff])
        elif style == "angry":
            text = "\n\n".join([rng.choice(ANGRY_OPEN[lang]), short, body, rng.choice(ANGRY_CLOSE[lang]),
                                signoff])
            if rng.random() < 0.4:
                text = text.replace(short, short.upper(), 1)
        elif style == "formal":
            text = "\n\n".join([rng.choice(FORMAL_GREET[lang]), rng.choice(FORMAL_OPEN[lang]).format(**v), body,
                                rng.choice(FORMAL_CLOSE[lang]), close, signoff])
        elif style == "reply":
            excl = NOTICE_EXCLUDE.get(cat, set())
            key = rng.choice([kk for kk in NOTICES if kk not in excl])
            nsub, ntext = NOTICES[key]
            other_n = n1 - rng.randrange(200, 9000)
            other_tld = tld
            ns = nsub.format(n=other_n, tld=other_tld)
            nt = ntext.format(n=other_n, tld=other_tld)
            notice = f"Dear {first} {last},\n\n{nt}\n\nRegards,\n\nIANA Services\nPublic Technical Identifiers"
            lead = rng.choice(REPLY_LEAD[lang])
            parts = [p for p in [lead, greet, short + " " + body if rng.random() < 0.3 else body, close, signoff]
                     if p]
            qdate = fmt_date(d1, lang if lang != "en" else "en", 0)
            text = "\n\n".join(parts) + "\n\n" + QUOTE_INTRO[lang].format(date=qdate) + "\n" + \
                quote(wrap(notice))
            subj = "Re: " + ns if rng.random() < 0.8 else ("RE: " + ns)
        elif style == "forward":
            holding = rng.choice(IANA_HOLDING).format(**v)
            orig_subj = rng.choice(IANA_SUBJ[lang]).format(**v)
            fsubj = ("Re: " if not orig_subj.lower().startswith("re:") else "") + orig_subj
            inner = "\n\n".join([greet.replace("CSC", "IANA").replace("Customer Standing Committee", "IANA team")
                                 if "CSC" in greet or "Committee" in greet else greet, body, close, first])
            fdate = fmt_date(d3, lang, 0)
            fwd = FWD_HEAD[lang].format(date=fdate, subj=fsubj, sender=f"{name} <{addr}>")
            text = rng.choice(FWD_NOTE[lang]).format(**v) + "\n\n" + signoff + "\n\n" + fwd + "\n" + \
                holding + "\n\n" + WROTE[lang].format(date=fmt_date(d2, lang, 0), name=f"{name} <{addr}>") + "\n" + \
                quote(wrap(inner))
            subj = FWD_PREFIX[lang] + fsubj
        elif style == "html":
            ctype = "html"
            paras = [greet, body]
            rows = [(a.format(**v), b.format(**v)) for a, b in TIMELINE[lang]]
            if rng.random() < 0.5:
                th = HTML_TH[lang]
                table = ('<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
                         f"<tr><th>{th[0]}</th><th>{th[1]}</th></tr>\n" +
                         "\n".join(f"<tr><td>{html_escape(a)}</td><td>{html_escape(b)}</td></tr>" for a, b in rows) +
                         "\n</table>")
                extras.append("html_table")
            else:
                table = "<ul>\n" + "\n".join(f"<li><b>{html_escape(a)}</b> &ndash; {html_escape(b)}</li>"
                                              for a, b in rows) + "\n</ul>"
                extras.append("html_list")
            sig_html = "<br>\n".join(html_escape(x) for x in signoff.split("\n"))
            text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=@CHARSET@\"></head>\n"
                    "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" +
                    "\n".join(f"<p>{html_escape(p)}</p>" for p in paras) + "\n" + table + "\n" +
                    f"<p>{html_escape(close)}</p>\n<p>{sig_html}</p>\n")
        if ctype == "plain":
            text = wrap(text)
            if want_disc:
                text += "\n\n" + "-" * 40 + "\n" + wrap(DISCLAIMER[lang])
                extras.append("disclaimer")
            text += "\n"
        else:
            if want_disc:
                text += f"<p style=\"font-size:8pt;color:#888\">{html_escape(DISCLAIMER[lang])}</p>\n"
                extras.append("disclaimer")
            text += "</body></html>\n"
        if ctype == "plain" and cat in ("ns_check_false_failure", "dnssec_ds_rejected") and rng.random() < 0.35:
            attachment = ATTACH_TEXT.format(**v)
            extras.append("attachment")

        # charset / transfer encoding
        try:
            text.encode("ascii")
            ascii_only = True
        except UnicodeEncodeError:
            ascii_only = False
        charset = "utf-8"
        if ascii_only and rng.random() < 0.4:
            charset = "us-ascii"
        elif not ascii_only and lang != "en" and ctype == "plain" and rng.random() < 0.5:
            try:
                text.encode("iso-8859-1")
                charset = "iso-8859-1"
            except UnicodeEncodeError:
                pass
        choices = ["quoted-printable", "base64"] + (["7bit"] if ascii_only else ["8bit"])
        cte = rng.choice(choices)
        text = text.replace("@CHARSET@", charset)
        raw = text.encode(charset)
        if cte == "quoted-printable":
            payload = quopri.encodestring(raw).decode("ascii")
        elif cte == "base64":
            payload = base64.encodebytes(raw).decode("ascii")
        else:
            payload = raw.decode(charset)
        extras.append(f"charset:{charset}")
        extras.append(f"cte:{cte}")

        hcharset = "iso-8859-1" if charset == "iso-8859-1" else "utf-8"
        mid_hash = hashlib.sha1(f"{SEED}-{i}-{addr}".encode()).hexdigest()[:16]
        headers = [
            ("From", formataddr((name, addr), charset="utf-8")),
            ("To", TO),
            ("Subject", enc_header(subj, hcharset)),
            ("Date", format_datetime(date)),
            ("Message-ID", f"<{mid_hash}.{i + 1:03d}@{domain}>"),
            ("MIME-Version", "1.0"),
        ]
        if style == "reply":
            headers.insert(5, ("In-Reply-To", f"<{hashlib.sha1(str(n1).encode()).hexdigest()[:20]}@iana.example.org>"))
        body_ct = f'text/{ctype}; charset="{charset}"'
        if attachment is None:
            headers += [("Content-Type", body_ct), ("Content-Transfer-Encoding", cte)]
            msg = "\n".join(f"{h}: {val}" for h, val in headers) + "\n\n" + payload
        else:
            boundary = f"=_blind5_{i + 1:03d}_{mid_hash[:8]}"
            headers += [("Content-Type", f'multipart/mixed; boundary="{boundary}"')]
            att = base64.encodebytes(attachment.encode("ascii")).decode("ascii")
            msg = ("\n".join(f"{h}: {val}" for h, val in headers) + "\n\nThis is a multi-part message in MIME format.\n"
                   f"\n--{boundary}\nContent-Type: {body_ct}\nContent-Transfer-Encoding: {cte}\n\n{payload}"
                   f"\n--{boundary}\nContent-Type: text/plain; charset=\"us-ascii\"; name=\"dig-{tld}.txt\"\n"
                   f"Content-Disposition: attachment; filename=\"dig-{tld}.txt\"\nContent-Transfer-Encoding: base64"
                   f"\n\n{att}\n--{boundary}--\n")
        if not msg.endswith("\n"):
            msg += "\n"
        corpus.files[fname] = msg.encode("utf-8" if cte == "8bit" and charset == "utf-8" else
                                         ("iso-8859-1" if cte == "8bit" else "ascii"))
        labels[fname] = cat
        manifest[fname] = {"category": cat, "language": lang, "style": style, "tld": tld,
                           "extras": extras}
    corpus.labels_json = json.dumps({SPLIT: labels}, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    corpus.manifest_json = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    return corpus


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    outdir = os.path.join(here, SPLIT)
    os.makedirs(outdir, exist_ok=True)
    for old in os.listdir(outdir):
        if old.endswith(".eml") and old not in c.files:
            os.remove(os.path.join(outdir, old))
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
