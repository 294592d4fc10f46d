"""Deterministic generator for the tenth labelled corpus of complaint e-mails to the CSC.

Run ``python3 make_corpus.py`` to write ``all/NNN.eml``, ``labels.json`` and
``manifest.json`` next to this file. Running it twice writes identical bytes.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import textwrap
import unicodedata
from dataclasses import dataclass, field
from email.header import Header
from email.utils import format_datetime, formataddr

if __package__:
    from .texts import CATEGORIES
else:
    from texts import CATEGORIES

SPLIT = "all"
SEED = 7_2026
TO = "CSC <csc@csc.example.org>"
IANA_FROM = "IANA Root Zone Management <root-mgmt@iana.example.org>"

# ---------------------------------------------------------------------------
# Senders: (tld, registry organisation, mail domain)
TLDS = {
    "en": [
        ("ag", "Antigua Domain Authority", "nic-ag.example"),
        ("bz", "Belize Network Information Centre", "belizenic.example"),
        ("ky", "Cayman Islands Registry Ltd", "kyregistry.example"),
        ("nr", "Nauru Internet Registry", "cenpac-nr.example"),
        ("ws", "Samoa Domain Registry", "samoanic.example"),
        ("gy", "Guyana Domain Registry, University of Guyana", "gy-registry.example"),
        ("vc", "St Vincent Registry Services", "nic-vc.example"),
        ("ls", "Lesotho Network Information Centre", "nic-ls.example"),
        ("zm", "Zambia Information and Communications Technology Authority", "zicta-reg.example"),
        ("fj", "Fiji Domain Registry, University of the South Pacific", "fj-domains.example"),
        ("mw", "Malawi SDNP Registry", "registry-mw.example"),
        ("bw", "Botswana Communications Regulatory Authority", "bocra-nic.example"),
        ("tangerine", "Tangerine Brand Registry LLC", "tangerine-tld.example"),
        ("kestrel", "Kestrel Holdings Registry Inc.", "kestrel-nic.example"),
        ("northwind", "Northwind Registry Services GmbH", "northwind-reg.example"),
        ("pg", "PNG University of Technology, Domain Registry", "unitech-pg.example"),
    ],
    "idn": [
        ("xn--mgbaam7a8h", "UAE Domain Administration", "aeda-idn.example"),
        ("xn--fiqs8s", "China IDN Registry Centre", "cn-idn.example"),
        ("xn--3e0b707e", "Korea Internet Registry (IDN)", "kr-idn.example"),
        ("xn--90ais", "Belarus Domain Operator", "by-cctld.example"),
        ("xn--p1ai", "Coordination Centre for the RF IDN domain", "rf-cc.example"),
        ("xn--wgbh1c", "Egypt IDN ccTLD Registry", "eg-idn.example"),
        ("xn--yfro4i67o", "Singapore IDN Registry", "sg-idn.example"),
        ("xn--h2brj9c", "National Internet Exchange of India (IDN)", "in-idn.example"),
        ("xn--ygbi2ammx", "Palestinian IDN Registry", "ps-idn.example"),
        ("xn--node", "Georgia IDN Registry", "ge-idn.example"),
        ("xn--j1amh", "Ukrainian IDN Registry", "ua-idn.example"),
        ("xn--mgbtx2b", "Iraq IDN Registry", "iq-idn.example"),
        ("xn--54b7fta0cc", "Bangladesh IDN Registry", "bd-idn.example"),
    ],
    "fr": [
        ("sn", "NIC Sénégal", "nic-sn.example"),
        ("ci", "Autorité ivoirienne des noms de domaine", "nic-ci.example"),
        ("ht", "Consortium FDS/RDDH, registre haïtien", "nic-ht.example"),
        ("bj", "Registre béninois des noms de domaine", "nic-bj.example"),
        ("ml", "Agence malienne des TIC, registre .ml", "agetic-ml.example"),
        ("tg", "Registre togolais", "nic-tg.example"),
        ("ga", "Agence gabonaise des noms de domaine", "nic-ga.example"),
        ("cm", "Agence camerounaise des TIC", "antic-cm.example"),
        ("nc", "Office des postes de Nouvelle-Calédonie, registre .nc", "domaine-nc.example"),
        ("mg", "NIC Madagascar", "nic-mg.example"),
        ("dj", "Djibouti Télécom, registre .dj", "nic-dj.example"),
        ("xn--mgbc0a9azcg", "Registre IDN du Maroc", "ma-idn.example"),
        ("xn--lgbbat1ad8j", "Centre de recherche, registre IDN algérien", "dz-idn.example"),
        ("xn--pgbs0dh", "Agence tunisienne d'Internet, registre IDN", "tn-idn.example"),
    ],
    "es": [
        ("cl", "NIC Chile", "nic-cl.example"),
        ("pe", "Red Científica Peruana", "rcp-pe.example"),
        ("uy", "SeCIU - Universidad de la República", "nic-uy.example"),
        ("bo", "Agencia de Gobierno Electrónico, NIC Bolivia", "nic-bo.example"),
        ("py", "NIC Paraguay - CNC", "nic-py.example"),
        ("cr", "NIC Costa Rica", "nic-cr.example"),
        ("gt", "Registro de Dominios .gt, Universidad del Valle", "uvg-gt.example"),
        ("hn", "Red de Desarrollo Sostenible Honduras", "nic-hn.example"),
        ("ni", "Universidad Nacional de Ingeniería, NIC.ni", "nic-ni.example"),
        ("ec", "NIC.EC", "nic-ec.example"),
        ("do", "NIC República Dominicana - PUCMM", "nic-do.example"),
        ("sv", "SVNet", "svnet-sv.example"),
        ("pa", "NIC Panamá", "nic-pa.example"),
    ],
}

PEOPLE = {
    "en": [
        ("Marcus Holloway", "Registry Manager"), ("Priya Ramnarine", "Technical Contact / DNS Engineer"),
        ("Grace Tuilagi", "Administrative Contact"), ("Daniel Okafor", "Head of Registry Operations"),
        ("Helen Mbewe", "Legal Counsel"), ("Tom Acheson", "Systems Administrator"),
        ("Samuel Kwarteng", "Chief Technology Officer"), ("Leilani Fonoti", "Registry Coordinator"),
        ("Rebecca Sandoval", "General Counsel"), ("Ahmed Al-Rashid", "DNS Operations Lead"),
        ("Yuki Tanabe", "Network Engineer"), ("Olga Vasilenko", "Technical Manager"),
        ("Chen Wei", "Registry Director"), ("Nomvula Dlamini", "Policy & Compliance Officer"),
    ],
    "fr": [
        ("Aminata Diallo", "Responsable technique"), ("Jean-Baptiste Kouassi", "Directeur général"),
        ("Marie-Claude Pierre-Louis", "Contact administratif"), ("Olivier Hounkpatin", "Ingénieur DNS"),
        ("Fatoumata Traoré", "Juriste"), ("Élodie Mba", "Chargée des relations registraires"),
        ("Karim Benali", "Administrateur systèmes"), ("Sophie Ravelojaona", "Directrice du registre"),
    ],
    "es": [
        ("José Ignacio Pérez", "Gerente técnico"), ("María Fernanda Quispe", "Contacto administrativo"),
        ("Andrés Villalobos", "Ingeniero de DNS"), ("Lucía Benítez", "Asesora legal"),
        ("Carlos Mendoza Ruiz", "Director ejecutivo"), ("Ana Sofía Castillo", "Jefa de operaciones"),
        ("Rodrigo Núñez", "Administrador de sistemas"), ("Valentina Ortúzar", "Abogada"),
    ],
}

ADDRESSES = {
    "en": ["PO Box 1187, Main Street", "Level 3, Harbour House, 14 Bay Road", "Plot 5021, Independence Avenue",
           "Private Bag 0033", "Suite 210, 88 Commerce Drive"],
    "fr": ["Immeuble Le Plateau, 3e étage, BP 2145", "Rue du Commerce, BP 402", "Avenue de l'Indépendance, BP 8861"],
    "es": ["Av. Libertador 1450, piso 4", "Calle 5 de Mayo 233, oficina 12", "Casilla de correo 3098"],
}

# ---------------------------------------------------------------------------
# Language snippets
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


def fmt_date(d, lang, kind):
    m = MONTHS[lang][d.month - 1]
    if kind == "iso":
        return d.strftime("%Y-%m-%d")
    if kind == "slash":
        return d.strftime("%d/%m/%Y")
    if kind == "us":
        return d.strftime("%m/%d/%Y")
    if kind == "dots":
        return d.strftime("%d.%m.%y")
    if kind == "dmon":
        return d.strftime("%d-%b-%Y")
    if kind == "weekday":
        wd = WEEKDAYS[lang][d.weekday()]
        if lang == "en":
            return f"{wd} {d.day} {m}"
        if lang == "fr":
            return f"{wd} {d.day} {m}"
        return f"{wd} {d.day} de {m}"
    # "long"
    if lang == "en":
        return f"{m} {d.day}" if d.day % 2 else f"{d.day} {m}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m}"
    return f"{d.day} de {m}"


DATE_KINDS = {"en": ["long", "iso", "slash", "us", "dots", "dmon", "weekday"],
              "fr": ["long", "iso", "slash", "weekday", "dots"],
              "es": ["long", "iso", "slash", "weekday", "dmon"]}

TICKET_KINDS = ["hash", "iana_hash", "bracket", "plain", "dash", "rzms", "no"]


def fmt_ticket(n, kind, lang):
    if kind == "hash":
        return f"#{n}"
    if kind == "iana_hash":
        return f"IANA #{n}"
    if kind == "bracket":
        return f"[IANA #{n}]"
    if kind == "plain":
        return str(n)
    if kind == "dash":
        return f"IANA-{n}"
    if kind == "rzms":
        return f"RZMS-{n}"
    return {"en": f"no. {n}", "fr": f"n° {n}", "es": f"N.º {n}"}[lang]


GREET = {
    "en": ["Dear CSC,", "Hello,", "Hi all,", "To whom it may concern,", "Dear Committee members,", "Hi,", ""],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Chers membres du CSC,", "Bonjour à tous,", ""],
    "es": ["Estimados:", "Buenos días,", "Estimados miembros del CSC:", "Hola,", ""],
}
CLOSE = {
    "en": ["Regards,", "Best,", "Thanks,", "Kind regards,", "Thank you,", "Cheers,"],
    "fr": ["Cordialement,", "Bien cordialement,", "Salutations distinguées,", "Merci d'avance,"],
    "es": ["Saludos,", "Atentamente,", "Saludos cordiales,", "Un saludo,", "Quedo atento,"],
}
ANGRY_OPEN = {
    "en": ["I am extremely frustrated and I want this on record.",
           "Honestly, this is getting ridiculous.",
           "ENOUGH. This is the last time I write politely about this.",
           "I have been patient for weeks. I am not anymore.",
           "Once again we are let down by IANA."],
    "fr": ["Je suis franchement exaspéré et je tiens à ce que cela soit consigné.",
           "Trop, c'est trop.",
           "Nous avons été patients pendant des semaines. Ce n'est plus le cas."],
    "es": ["Estoy realmente indignado y quiero que esto quede registrado.",
           "Esto ya es inaceptable.",
           "Hemos sido pacientes durante semanas. Ya no más."],
}
ANGRY_CLOSE = {
    "en": ["This is NOT how a critical Internet function should be run.",
           "I expect an answer this week, not another form letter.",
           "If this isn't fixed we will raise it with our government and at the next ICANN meeting.",
           "Unacceptable. Full stop.",
           "Is anybody actually accountable for this???"],
    "fr": ["Ce n'est PAS ainsi qu'on gère une fonction critique de l'Internet.",
           "Nous attendons une réponse cette semaine, pas un énième message automatique.",
           "Inadmissible !!"],
    "es": ["Así NO se gestiona una función crítica de Internet.",
           "Esperamos una respuesta esta semana, no otro mensaje automático.",
           "¡¡Inaceptable!!"],
}
FORMAL_OPEN = {
    "en": ["I write on behalf of {org}, the designated manager of {tld}, to lodge a formal complaint concerning the performance of the IANA naming functions in respect of our TLD.",
           "Please accept this letter as a formal complaint by {org} (the \"Registry\"), manager of the {tld} top-level domain, regarding the handling of its requests by PTI."],
    "fr": ["Je vous écris au nom de {org}, gestionnaire désigné de {tld}, afin de déposer une réclamation formelle relative à l'exécution des fonctions IANA à l'égard de notre domaine.",
           "Par la présente, {org}, gestionnaire du domaine de premier niveau {tld}, entend formuler une réclamation officielle concernant le traitement de ses demandes par PTI."],
    "es": ["Me dirijo a ustedes en nombre de {org}, administrador designado de {tld}, para presentar una queja formal sobre el desempeño de las funciones IANA respecto de nuestro dominio.",
           "Por medio de la presente, {org}, administrador del dominio de nivel superior {tld}, presenta una reclamación formal relativa a la gestión de sus solicitudes por parte de PTI."],
}
FORMAL_CLOSE = {
    "en": ["We request that the Committee take note of this complaint in its review of PTI's performance and that we be informed of any action taken. This letter is without prejudice to any other rights or remedies available to the Registry.",
           "We respectfully ask the CSC to consider whether the facts set out above reveal a systemic issue, and we remain available to provide any further documentation."],
    "fr": ["Nous prions le Comité de bien vouloir prendre acte de la présente réclamation dans le cadre de son suivi de la performance de PTI et de nous tenir informés des suites qui y seront données, sous réserve de tous nos droits.",
           "Nous restons à la disposition du CSC pour lui communiquer toute pièce complémentaire utile."],
    "es": ["Solicitamos al Comité que tome nota de esta queja en su seguimiento del desempeño de PTI y que nos informe de las medidas que se adopten, sin perjuicio de los demás derechos que asisten a nuestra organización.",
           "Quedamos a disposición del CSC para aportar la documentación adicional que estime necesaria."],
}
LONG_INTRO = {
    "en": ["I'm sorry this is long, but I think the whole history matters. Here is what happened with {tld}:",
           "Below is the timeline as we recorded it internally, followed by our view.",
           "Some context first, as this started well before the request in question. Our chronology:"],
    "fr": ["Pardonnez la longueur de ce message, mais tout l'historique compte. Voici la chronologie pour {tld} :",
           "Ci-dessous la chronologie telle que nous l'avons consignée, puis notre analyse."],
    "es": ["Disculpen la extensión, pero creo que toda la historia es relevante. Esta es la cronología para {tld}:",
           "A continuación la cronología tal como la registramos internamente, y luego nuestra opinión."],
}
LONG_STEPS = {
    "en": ["request submitted through the portal ({ticket})", "automatic acknowledgement received",
           "follow-up e-mail sent to IANA", "phone call, promised a call back", "reminder sent, no answer",
           "our board asked for a status update", "asked our registrars to hold off"],
    "fr": ["demande déposée sur le portail ({ticket})", "accusé de réception automatique",
           "relance par courriel à l'IANA", "appel téléphonique, rappel promis", "nouvelle relance, sans réponse",
           "notre conseil d'administration demande un point"],
    "es": ["solicitud presentada en el portal ({ticket})", "acuse de recibo automático",
           "correo de seguimiento a IANA", "llamada telefónica, prometen devolver la llamada",
           "recordatorio enviado, sin respuesta", "nuestro directorio pide un informe"],
}
LONG_TODAY = {"en": "today: still unresolved", "fr": "aujourd'hui : toujours rien", "es": "hoy: sigue sin resolverse"}
LONG_ASIDE = {
    "en": ["(For what it's worth, the contact confirmation step was quick this time, so this is not about that.)",
           "Side note: last year we had the opposite experience, a transfer of our back-end went through in days.",
           "I should add that the monthly performance reports show everything green, which does not match our experience at all.",
           "Unrelated, but the new portal is also painful to use; that's for another mail."],
    "fr": ["(Précision : l'étape de confirmation des contacts a été rapide cette fois, ce n'est donc pas là le problème.)",
           "Par ailleurs, les rapports mensuels de performance affichent tout en vert, ce qui ne correspond pas à notre expérience."],
    "es": ["(Aclaro que la confirmación de los contactos fue rápida esta vez; el problema no está ahí.)",
           "Por otro lado, los informes mensuales de desempeño muestran todo en verde, lo que no coincide con nuestra experiencia."],
}
FWD_INTRO = {
    "en": ["Forwarding the exchange below for the CSC's attention.", "FYI - see the thread below.",
           "Please see below. This is what we are dealing with."],
    "fr": ["Je vous transfère l'échange ci-dessous pour information.", "Pour votre information, voir ci-dessous."],
    "es": ["Les reenvío el intercambio que sigue para su conocimiento.", "Para su información, ver abajo."],
}
FWD_MARK = {"en": "---------- Forwarded message ---------",
            "fr": "-------- Message transféré --------",
            "es": "---------- Mensaje reenviado ---------"}
FWD_PREFIX = {"en": "Fwd: ", "fr": "TR: ", "es": "RV: "}
RE_PREFIX = {"en": "Re: ", "fr": "RE: ", "es": "RE: "}
WROTE = {"en": "On {d}, {who} wrote:", "fr": "Le {d}, {who} a écrit :", "es": "El {d}, {who} escribió:"}
HTML_LABELS = {
    "en": ("Details", "TLD", "Ticket", "Submitted", "Current status", "Stuck / see above"),
    "fr": ("Détails", "Domaine", "Dossier", "Déposé le", "Statut actuel", "Bloqué / voir ci-dessus"),
    "es": ("Detalles", "Dominio", "Ticket", "Enviado", "Estado actual", "Detenido / ver arriba"),
}
SUBJECTS = {
    "en": ["Complaint", "urgent", "{tld}", "Problem with our request", "IANA request {ticket}",
           "Re: [IANA #{tnum}] Change request for {tld}", "complaint re IANA service",
           "Formal complaint - {org}", "help", "Follow-up", "{tld} - again", "Escalation", "issue",
           "Our ticket", "PTI performance - {tld}", "Request {tnum}"],
    "fr": ["Réclamation", "urgent", "Plainte concernant la demande {ticket}", "Demande {tld}",
           "Re: [IANA #{tnum}] Demande de modification", "Problème IANA", "A l'attention du CSC",
           "Relance", "{tld}"],
    "es": ["Reclamo", "Queja formal", "urgente", "Solicitud {ticket}", "Consulta", "Problema con IANA",
           "Re: [IANA #{tnum}] Solicitud de cambio para {tld}", "Atención CSC", "{tld} - de nuevo"],
}
DISCLAIMER = {
    "en": "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information belonging to {org}. Any unauthorized review, use, disclosure, copying or distribution is strictly prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. {org} accepts no liability for any damage caused by any virus transmitted by this e-mail. Views expressed in this message are those of the individual sender, except where the sender specifically states them to be the views of {org}. Please consider the environment before printing this e-mail.",
    "fr": "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. {org} décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié. Les opinions exprimées n'engagent que leur auteur. Pensez à l'environnement avant d'imprimer ce courriel.",
    "es": "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a sus destinatarios. Si usted no es el destinatario indicado, queda notificado de que la lectura, utilización, divulgación y/o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su destrucción. {org} no se responsabiliza por las opiniones personales del remitente. Antes de imprimir este correo, piense en el medio ambiente.",
}
PHONE_PREFIX = {"en": ["+1 268", "+501", "+1 345", "+674", "+685", "+592", "+260", "+675"],
                "fr": ["+221", "+225", "+509", "+229", "+223", "+241", "+237", "+687"],
                "es": ["+56", "+51", "+598", "+591", "+595", "+506", "+502", "+593"]}

CC_PHONE = {"ag": "+1 268", "bz": "+501", "ky": "+1 345", "nr": "+674", "ws": "+685", "gy": "+592",
            "vc": "+1 784", "ls": "+266", "zm": "+260", "fj": "+679", "mw": "+265", "bw": "+267", "pg": "+675",
            "sn": "+221", "ci": "+225", "ht": "+509", "bj": "+229", "ml": "+223", "tg": "+228", "ga": "+241",
            "cm": "+237", "nc": "+687", "mg": "+261", "dj": "+253", "xn--mgbc0a9azcg": "+212",
            "xn--lgbbat1ad8j": "+213", "xn--pgbs0dh": "+216", "cl": "+56", "pe": "+51", "uy": "+598",
            "bo": "+591", "py": "+595", "cr": "+506", "gt": "+502", "hn": "+504", "ni": "+505", "ec": "+593",
            "do": "+1 809", "sv": "+503", "pa": "+507", "xn--mgbaam7a8h": "+971", "xn--fiqs8s": "+86",
            "xn--3e0b707e": "+82", "xn--90ais": "+375", "xn--p1ai": "+7", "xn--wgbh1c": "+20",
            "xn--yfro4i67o": "+65", "xn--h2brj9c": "+91", "xn--ygbi2ammx": "+970", "xn--node": "+995",
            "xn--j1amh": "+380", "xn--mgbtx2b": "+964", "xn--54b7fta0cc": "+880"}
MOBILE = {"en": "Sent from my iPhone", "fr": "Envoyé de mon iPhone", "es": "Enviado desde mi teléfono"}

# ---------------------------------------------------------------------------
# IANA notices used as quoted / forwarded material. stage -> (subject, body)
NOTICES = [
    ("submit", "[IANA #{n}] Request received for {tld}",
     "Dear {tld} contacts,\n\nThank you for your submission. Your change request has been assigned ticket\nnumber {n}. Please quote this number in all correspondence.\n\nAutomated technical checks will now be performed.\n\nRegards,\nIANA Root Zone Management"),
    ("checks", "[IANA #{n}] Technical check results for {tld}",
     "The automated technical checks for request {n} have completed.\n\nResult: PASSED\n\nThe request will now proceed to contact confirmation.\n\nIANA Root Zone Management"),
    ("checks", "[IANA #{n}] Technical check FAILED - {tld}",
     "The following tests did not pass for request {n}:\n\n  * Name server reachability (TCP): FAIL\n  * Serial number consistency: WARN\n\nPlease correct the issues and use the retest function in the portal.\n\nIANA Root Zone Management"),
    ("auth", "[IANA #{n}] Confirmation required: change to {tld}",
     "Dear Administrative Contact,\n\nA change has been requested to the {tld} domain. As a listed contact you\nare asked to review and approve or reject this request using the link below.\n\n  https://rzms.iana.example.org/confirm/{n}\n\nThis link will expire.\n\nIANA Root Zone Management"),
    ("auth", "[IANA #{n}] All confirmations received",
     "All required contacts have confirmed request {n} for {tld}.\nThe request will now be reviewed by IANA staff.\n\nRegards,\nIANA"),
    ("review", "[IANA #{n}] Additional information requested",
     "Dear {tld} contact,\n\nIn reviewing request {n} we would like you to confirm that the proposed\nchange is intentional and that the name servers listed are operated on\nbehalf of the TLD manager.\n\nKind regards,\nIANA Services"),
    ("impl", "[IANA #{n}] Sent for implementation",
     "Request {n} for {tld} has completed review and has been sent for\nimplementation in the root zone.\n\nIANA Root Zone Management"),
    ("impl", "[IANA #{n}] Request completed",
     "Dear {tld} contacts,\n\nWe are pleased to inform you that request {n} has been implemented.\nThe ticket is now closed.\n\nThank you,\nIANA Root Zone Management"),
    ("idn", "[IANA #{n}] IDN table submission received",
     "Thank you for submitting an IDN table for {tld}. Your submission has been\nrecorded under reference {n} and will be reviewed before publication in\nthe IDN practices repository.\n\nIANA Services"),
    ("transfer", "[IANA #{n}] Transfer request - documentation",
     "Dear Applicant,\n\nFurther to our review of the transfer request for {tld} (ref {n}), please\nprovide the following:\n\n  1. Evidence of support from significantly interested parties\n  2. A description of the operational transition plan\n\nBest regards,\nIANA Services"),
    ("comm", "[IANA #{n}] Your inquiry",
     "Thank you for contacting IANA. Your message has been received and a member\nof staff will respond to you shortly.\n\nThis is an automated reply."),
    ("comm", "[IANA #{n}] Ticket resolved",
     "This ticket has been marked as resolved. If you believe this is in error,\nplease reply to this message.\n\nIANA Services"),
    ("db", "[IANA #{n}] Contact update completed for {tld}",
     "The contact information for {tld} has been updated in the root zone database\nas requested in ticket {n}.\n\nIANA Root Zone Management"),
]
CAT_STAGE = {
    "techcheck_ns": {"checks"}, "dnssec_ds": {"checks"}, "contact_auth": {"auth"},
    "review_delay": {"review"}, "publication_delay": {"impl"}, "wrong_change": {"impl"},
    "rzms_portal": set(), "no_response": {"comm"}, "transfer_eval": {"transfer"},
    "idn_table": {"idn"}, "bias": set(), "emergency": set(), "contact_db": {"db"},
}

STYLES_ROT = ["long", "angry", "formal", "reply", "forward", "html"]


# ---------------------------------------------------------------------------
@dataclass
class Corpus:
    files: dict = field(default_factory=dict)
    labels_json: str = ""
    manifest_json: str = ""


def typo(text, rng, count):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    rng.shuffle(idx)
    for i in sorted(idx[:count]):
        w = words[i]
        k = rng.randrange(1, len(w) - 2)
        op = rng.randrange(3)
        if op == 0:
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == 1:
            w = w[:k] + w[k + 1:]
        else:
            w = w[:k] + w[k] + w[k:]
        words[i] = w
    return " ".join(words)


def wrap(par):
    if not par:
        return ""
    out = []
    if par.startswith("\x00"):
        for line in par[1:].split("\n"):
            out.append(textwrap.fill(line, 74, subsequent_indent="      ", break_long_words=False,
                                     break_on_hyphens=False))
        return "\n".join(out)
    for line in par.split("\n"):
        out.append(textwrap.fill(line, 74, break_long_words=False, break_on_hyphens=False) if line else "")
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def plan_mails():
    """Return the list of mail specs (category, lang, text key, style)."""
    specs = []
    for ci, cat in enumerate(CATEGORIES):
        slots = [("en", i) for i in range(5)] + [("fr", 0), ("es", 0)]
        reuse = [("en", (ci * 2 + 1) % 5), ("fr", 0) if ci % 2 == 0 else ("es", 0)]
        styles = {}
        seq = slots + reuse
        for j, _s in enumerate(seq):
            st = STYLES_ROT[(ci + j) % 6]
            styles[j] = st
        # make sure a reused text gets a different style than its first use
        for j in (7, 8):
            first = seq.index(seq[j])
            if styles[j] == styles[first]:
                styles[j] = STYLES_ROT[(STYLES_ROT.index(styles[j]) + 2) % 6]
        for j, s in enumerate(seq):
            specs.append({"cat": cat, "lang": s[0], "key": s, "style": styles[j], "reuse_of": seq.index(s) if j >= 7 else None})
        for k in ("en_t", "fr_t", "es_t"):
            for i in range(len(CATEGORIES[cat][k])):
                specs.append({"cat": cat, "lang": k[:2], "key": (k, i), "style": "terse", "reuse_of": None})
    return specs


def pick_sender(rng, lang, counters, want_idn):
    if want_idn:
        pool = TLDS["idn"]
        key = "idn"
    else:
        pool = TLDS[lang]
        key = lang
    i = counters.get(key, 0)
    counters[key] = i + 1
    tld, org, dom = pool[i % len(pool)]
    plang = lang
    person = PEOPLE[plang][rng.randrange(len(PEOPLE[plang]))]
    return tld, org, dom, person


def encode_part(text, ctype, rng, extras):
    """Return (headers list, body str) for a single text part."""
    ascii_ok = all(ord(c) < 128 for c in text)
    try:
        text.encode("iso-8859-1")
        latin_ok = True
    except UnicodeEncodeError:
        latin_ok = False
    r = rng.random()
    charset = "iso-8859-1" if (latin_ok and r < 0.35) else ("us-ascii" if ascii_ok and r < 0.5 else "utf-8")
    raw = text.encode(charset)
    r2 = rng.random()
    if ascii_ok and r2 < 0.45:
        cte, body = "7bit", text
    elif r2 < 0.75 or charset == "us-ascii":
        cte, body = "quoted-printable", quopri.encodestring(raw).decode("ascii")
    elif r2 < 0.9 or charset == "iso-8859-1":
        cte = "base64"
        b = base64.b64encode(raw).decode("ascii")
        body = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    else:
        cte, body = "8bit", raw.decode(charset)
    if cte == "8bit" and charset != "utf-8":
        cte = "quoted-printable"
        body = quopri.encodestring(raw).decode("ascii")
    heads = [f'Content-Type: {ctype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    return heads, body, charset


def enc_header(value, charset):
    if all(ord(c) < 128 for c in value):
        return value
    cs = charset if charset in ("utf-8", "iso-8859-1") else "utf-8"
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(value, cs).encode(maxlinelen=76)


def build():
    rng = random.Random(SEED)
    specs = plan_mails()
    base = dt.datetime(2026, 1, 8, 9, 0)
    counters = {}
    mails = []
    for spec in specs:
        cat, lang, key, style = spec["cat"], spec["lang"], spec["key"], spec["style"]
        c = CATEGORIES[cat]
        # sender: reused texts come from the same sender (a second complaint)
        if spec["reuse_of"] is not None:
            cat_start = next(k for k in range(len(specs)) if specs[k]["cat"] == cat)
            sender = mails[cat_start + spec["reuse_of"]]["sender"]
        else:
            want_idn = key in (("en", 2), ("en_t", 1)) or (key == ("fr_t", 0) and rng.random() < 0.5)
            sender = pick_sender(rng, lang, counters, want_idn)
        tld, org, dom, person = sender
        # dates
        mdate = base + dt.timedelta(days=rng.randrange(0, 285), hours=rng.randrange(0, 12), minutes=rng.randrange(60), seconds=rng.randrange(60))
        d1 = mdate - dt.timedelta(days=rng.randrange(12, 70))
        d2 = d1 + dt.timedelta(days=rng.randrange(2, 10))
        dkind = rng.choice(DATE_KINDS[lang])
        tkind = rng.choice(TICKET_KINDS)
        tnum = rng.randrange(1_200_000, 1_499_999) if rng.random() < 0.7 else rng.randrange(800_000, 999_999)
        tnum2 = tnum + rng.randrange(-40_000, 40_000)
        nsname = rng.choice(["ns1.nic.{t}", "ns2.nic.{t}", "a.ns.{t}", "dns3.{t}-registry.example",
                             "ns-{t}.anycast.example", "b.dns.{t}", "sec1.{t}.dnsprovider.example"]).format(t=tld)
        vals = {
            "tld": "." + tld, "ticket": fmt_ticket(tnum, tkind, lang), "ticket2": fmt_ticket(tnum2, tkind, lang),
            "date": fmt_date(d1, lang, dkind), "date2": fmt_date(d2, lang, dkind), "ns": nsname, "org": org,
            "days": str((mdate - d1).days),
        }
        core = c[key[0]][key[1]].format_map(vals)
        extras = []
        extras.append("ticket:" + tkind)
        extras.append("date:" + dkind)
        if rng.random() < 0.3:
            core = typo(core, rng, rng.randrange(2, 5))
            extras.append("typos")
        sig_full = rng.random() < (0.3 if style == "terse" else 0.55)
        disclaimer = rng.random() < (0.15 if style == "terse" else 0.3)
        if sig_full:
            extras.append("signature")
        if disclaimer:
            extras.append("disclaimer")

        name, title = person
        first = name.split()[0]
        email_local = (name.split()[0][0] + "." + name.split()[-1]).lower()
        email_local = unicodedata.normalize("NFKD", email_local).encode("ascii", "ignore").decode("ascii")
        addr = f"{email_local}@{dom}"
        phone = f"{CC_PHONE.get(tld) or rng.choice(PHONE_PREFIX[lang])} {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}"
        sig_lines = [name, title, org, rng.choice(ADDRESSES[lang]),
                     ("Tel: " if lang == "en" else "Tél. : " if lang == "fr" else "Tel.: ") + phone,
                     "www." + dom] if sig_full else [rng.choice([first, name, first[0].upper() + ".", "-- " + first])]
        if style == "terse" and not sig_full and rng.random() < 0.3:
            sig_lines.append("")
            sig_lines.append(MOBILE[lang])
            extras.append("mobile_footer")
        greet = rng.choice(GREET[lang])
        close = rng.choice(CLOSE[lang])
        disc = DISCLAIMER[lang].format(org=org) if disclaimer else ""

        # subject
        pool = SUBJECTS[lang]
        subj = rng.choice(pool).format(tld="." + tld, ticket=vals["ticket"], tnum=tnum, org=org)
        # quoted/forwarded notice
        notice = None
        if style in ("reply", "forward"):
            bad = CAT_STAGE[cat] if style == "reply" else set()
            cands = [n for n in NOTICES if n[0] not in bad]
            notice = rng.choice(cands)
            nd = mdate - dt.timedelta(days=rng.randrange(1, 20), hours=rng.randrange(0, 10))
            nnum = tnum2 if (style == "reply" and rng.random() < 0.6) else tnum
            nsubj = notice[1].format(n=nnum, tld="." + tld)
            nbody = notice[2].format(n=nnum, tld="." + tld)
            extras.append("notice:" + notice[0])
            subj = RE_PREFIX[lang] + nsubj if style == "reply" else FWD_PREFIX[lang] + nsubj

        paras = []
        if style == "terse":
            if greet and rng.random() < 0.4:
                paras.append(greet)
            paras.append(core)
        elif style == "angry":
            if greet and rng.random() < 0.5:
                paras.append(greet)
            paras.append(rng.choice(ANGRY_OPEN[lang]))
            paras.append(core)
            paras.append(rng.choice(ANGRY_CLOSE[lang]))
        elif style == "formal":
            paras.append({"en": "Dear Members of the Customer Standing Committee,",
                          "fr": "Mesdames et Messieurs les membres du Comité permanent des clients (CSC),",
                          "es": "Señoras y señores miembros del Comité Permanente de Clientes (CSC):"}[lang])
            paras.append(rng.choice(FORMAL_OPEN[lang]).format(org=org, tld="." + tld))
            paras.append(core)
            paras.append(rng.choice(FORMAL_CLOSE[lang]))
        elif style == "long":
            if greet:
                paras.append(greet)
            paras.append(rng.choice(LONG_INTRO[lang]).format(tld="." + tld))
            steps = list(LONG_STEPS[lang])
            rng.shuffle(steps)
            nsteps = rng.randrange(3, 6)
            events = [LONG_STEPS[lang][0].format(ticket=vals["ticket"]),
                      *[s.format(ticket=vals["ticket"]) for s in steps if s != LONG_STEPS[lang][0]][:nsteps - 1]]
            events.insert(rng.randrange(1, len(events) + 1), c["tl"][lang].format_map(vals))
            day = d1
            lines = []
            bullet = rng.choice(["- ", "* ", "", "  "])
            span = max(1, (mdate - d1).days // (len(events) + 1))
            for ev in events:
                lines.append(f"{bullet}{fmt_date(day, lang, dkind)}: {ev}")
                day = day + dt.timedelta(days=rng.randrange(1, span + 1))
            lines.append(f"{bullet}{fmt_date(mdate, lang, dkind)}: {LONG_TODAY[lang]}")
            paras.append("\x00" + "\n".join(lines))
            paras.append(core)
            if rng.random() < 0.6:
                paras.append(rng.choice(LONG_ASIDE[lang]))
        else:  # reply, forward, html
            if greet:
                paras.append(greet)
            if style == "forward":
                paras.append(rng.choice(FWD_INTRO[lang]))
            paras.append(core)
            if style == "reply" and rng.random() < 0.5:
                paras.append(rng.choice(LONG_ASIDE[lang]))
        if style != "terse" or rng.random() < 0.3:
            paras.append(close)
        sig = "\n".join(sig_lines)

        if style == "html":
            h = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head><body>"]
            for p in paras[:-1] if paras and paras[-1] == close else paras:
                h.append("<p>" + esc(p.lstrip("\x00")).replace("\n", "<br>") + "</p>")
            lab = HTML_LABELS[lang]
            if rng.random() < 0.5:
                h.append(f"<p><b>{lab[0]}</b></p><table border=\"1\" cellpadding=\"4\">")
                for k2, v2 in ((lab[1], "." + tld), (lab[2], vals["ticket"]), (lab[3], vals["date"]), (lab[4], lab[5])):
                    h.append(f"<tr><td>{esc(k2)}</td><td>{esc(v2)}</td></tr>")
                h.append("</table>")
                extras.append("html:table")
            else:
                h.append(f"<ul><li>{esc(lab[1])}: {esc('.' + tld)}</li><li>{esc(lab[2])}: {esc(vals['ticket'])}</li>"
                         f"<li>{esc(lab[3])}: {esc(vals['date'])}</li></ul>")
                extras.append("html:list")
            if paras and paras[-1] == close:
                h.append("<p>" + esc(close) + "</p>")
            h.append("<div style=\"color:#555\">" + "<br>".join(esc(x) for x in sig_lines) + "</div>")
            if disc:
                h.append("<p style=\"font-size:8pt;color:#999\">" + esc(disc) + "</p>")
            h.append("</body></html>")
            body_text = "\n".join(h) + "\n"
            ctype = "text/html"
        else:
            text = "\n\n".join(wrap(p) for p in paras)
            text += ("\n" if paras and paras[-1] == close else "\n\n") + sig + "\n"
            if disc:
                text += "\n" + ("_" * 40) + "\n" + wrap(disc) + "\n"
            if style == "reply":
                who = IANA_FROM
                head = WROTE[lang].format(d=format_datetime(nd.replace(tzinfo=dt.UTC)), who=who)
                quoted = "\n".join(("> " + ln) if ln else ">" for ln in nbody.split("\n"))
                text += "\n" + head + "\n" + quoted + "\n"
            elif style == "forward":
                fh = [FWD_MARK[lang],
                      ("From: " if lang == "en" else "De : " if lang == "fr" else "De: ") + IANA_FROM,
                      ("Date: " if lang == "en" else "Date : " if lang == "fr" else "Fecha: ") + format_datetime(nd.replace(tzinfo=dt.UTC)),
                      ("Subject: " if lang == "en" else "Objet : " if lang == "fr" else "Asunto: ") + nsubj,
                      ("To: " if lang == "en" else "À : " if lang == "fr" else "Para: ") + f"{name} <{addr}>",
                      ]
                text += "\n" + "\n".join(fh) + "\n\n" + nbody + "\n"
            body_text = text
            ctype = "text/plain"

        mails.append({"spec": spec, "sender": sender, "mdate": mdate, "subj": subj, "addr": addr, "name": name,
                      "body": body_text, "ctype": ctype, "extras": extras, "tld": tld, "lang": lang,
                      "style": style, "cat": cat, "paras": paras, "sig": sig_lines})

    # interleave the mails deterministically
    order = list(range(len(mails)))
    rng.shuffle(order)
    files, labels, manifest = {}, {}, {}
    tzs = {"en": [-5, -4, 0, 2, 8, 10, 12, 13], "fr": [0, 1, 2, -5, 11, 3], "es": [-3, -4, -5, -6, 1]}
    for num, mi in enumerate(order, start=1):
        m = mails[mi]
        fname = f"{num:03d}.eml"
        lang = m["lang"]
        tz = dt.timezone(dt.timedelta(hours=rng.choice(tzs[lang])))
        date_h = format_datetime(m["mdate"].replace(tzinfo=tz))
        hexid = hashlib.sha1(f"blind7-{num}-{m['cat']}".encode()).hexdigest()[:16]
        dom = m["sender"][2]
        msgid = f"<{m['mdate']:%Y%m%d%H%M%S}.{hexid}@mail.{dom}>"
        extras = list(m["extras"])
        multipart_alt = m["ctype"] == "text/plain" and m["style"] not in ("terse",) and rng.random() < 0.2
        pheads, pbody, charset = encode_part(m["body"], m["ctype"], rng, extras)
        from_h = formataddr((m["name"], m["addr"]), charset="utf-8")
        heads = [f"From: {from_h}", f"To: {TO}", f"Date: {date_h}",
                 f"Subject: {enc_header(m['subj'], charset)}", f"Message-ID: {msgid}", "MIME-Version: 1.0"]
        if m["style"] == "reply":
            heads.append(f"In-Reply-To: <{hexid[::-1]}@iana.example.org>")
        if rng.random() < 0.4:
            heads.append(rng.choice(["X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mozilla Thunderbird",
                                     "X-Mailer: Apple Mail (2.3774)", "X-Mailer: Zimbra 9.0.0_GA"]))
        if multipart_alt:
            boundary = f"=_blind7_{num:03d}_alt"
            html = "<html><body>" + "".join("<p>" + esc(x).replace("\n", "<br>") + "</p>"
                                              for x in m["body"].split("\n\n")) + "</body></html>\n"
            h2, b2, _ = encode_part(html, "text/html", rng, extras)
            raw = "\n".join(heads) + "\n" + f'Content-Type: multipart/alternative; boundary="{boundary}"' + "\n\n"
            raw += "This is a multi-part message in MIME format.\n\n"
            raw += f"--{boundary}\n" + "\n".join(pheads) + "\n\n" + pbody.rstrip("\n") + "\n"
            raw += f"--{boundary}\n" + "\n".join(h2) + "\n\n" + b2.rstrip("\n") + "\n"
            raw += f"--{boundary}--\n"
            extras.append("multipart_alternative")
        else:
            raw = "\n".join(heads + pheads) + "\n\n" + pbody.rstrip("\n") + "\n"
        extras.append("charset:" + charset)
        files[fname] = raw.replace("\n", "\r\n").encode("utf-8" if any(ord(ch) > 127 for ch in raw) else "ascii")
        labels[fname] = m["cat"]
        manifest[fname] = {"category": m["cat"], "language": lang, "style": m["style"], "tld": "." + m["tld"],
                           "extras": sorted(extras)}
    c = Corpus()
    c.files = files
    c.labels_json = json.dumps({SPLIT: labels}, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    c.manifest_json = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    return c


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    outdir = os.path.join(here, SPLIT)
    os.makedirs(outdir, exist_ok=True)
    for old in os.listdir(outdir):
        if old.endswith(".eml") and old not in c.files:
            os.remove(os.path.join(outdir, old))
    for name, data in sorted(c.files.items()):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(c.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(c.manifest_json)
    print(f"wrote {len(c.files)} mails to {outdir}")


if __name__ == "__main__":
    main()
