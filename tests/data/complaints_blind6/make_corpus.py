# ruff: noqa: UP031
"""Deterministic generator for the corpus_blind15 complaint corpus.

python3 make_corpus.py  -> writes all/NNN.eml, labels.json, manifest.json next to this file.
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import textwrap
from email.header import Header
from email.utils import format_datetime, formataddr

if __package__:
    from .texts import CATEGORIES
else:
    from texts import CATEGORIES

SPLIT = "all"
SEED = 1515
PER_CAT = 12
STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]

# ---------------------------------------------------------------- senders
# (tld, display, email domain, organisation, city line, phone prefix)
POOL = {
    "en": [
        ("ls", None, "nic-ls.example", "LS Network Information Centre", "Maseru 100, Lesotho", "+266"),
        ("mw", None, "nic-mw.example", "Malawi Domain Registry", "Lilongwe 3, Malawi", "+265"),
        ("zm", None, "zicta-reg.example", "ZM Registry Services", "Lusaka 10101, Zambia", "+260"),
        ("bw", None, "nic-bw.example", "BW Domain Administration", "Gaborone, Botswana", "+267"),
        ("fj", None, "domains-fj.example", "Fiji Domain Registry", "Suva, Fiji", "+679"),
        ("ws", None, "nic-ws.example", "WS Registry Ltd", "Apia, Samoa", "+685"),
        ("gy", None, "registry-gy.example", "GY Registry", "Georgetown, Guyana", "+592"),
        ("tt", None, "nic-tt.example", "TTNIC", "St. Augustine, Trinidad and Tobago", "+1 868"),
        ("ky", None, "nic-ky.example", "KY Domain Registry", "George Town, Cayman Islands", "+1 345"),
        ("na", None, "nic-na.example", "NA-NiC", "Windhoek, Namibia", "+264"),
        ("ug", None, "registry-ug.example", "UG Domain Registry", "Kampala, Uganda", "+256"),
        ("lk", None, "nic-lk.example", "LK Domain Registry", "Colombo 07, Sri Lanka", "+94"),
        ("np", None, "mos-np.example", "NP Domain Registry", "Kathmandu, Nepal", "+977"),
        ("pg", None, "unitech-pg.example", "PG Domain Administration", "Lae 411, Papua New Guinea", "+675"),
        ("kestrel", None, "registry-kestrel.example", "Kestrel Registry Inc.", "Wilmington, DE 19801, USA", "+1 302"),
        ("orchard", None, "orchard-tld.example", "Orchard TLD Ltd", "Dublin 2, Ireland", "+353 1"),
        ("lumen", None, "lumen-registry.example", "Lumen Registry GmbH", "10117 Berlin, Germany", "+49 30"),
        ("quayside", None, "quayside-nic.example", "Quayside Domains Pty Ltd", "Sydney NSW 2000, Australia", "+61 2"),
        ("xn--90ais", "бел", "cctld-by.example", "Belarusian IDN Registry", "Minsk 220030, Belarus", "+375 17"),
        ("xn--j1amh", "укр", "hostmaster-ua.example", "UKR IDN Registry", "Kyiv 01001, Ukraine", "+380 44"),
        ("xn--node", "გე", "nic-ge.example", "GE IDN Registry", "Tbilisi 0108, Georgia", "+995 32"),
        ("xn--qxam", "ελ", "forth-gr.example", "EL IDN Registry", "Heraklion 70013, Greece", "+30 2810"),
        ("xn--mgbaam7a8h", "امارات", "aeda-ae.example", "AE IDN Registry", "Abu Dhabi, UAE", "+971 2"),
        ("xn--fiqs8s", "中国", "cnnic-cn.example", "CN IDN Registry", "Beijing 100190, China", "+86 10"),
        ("xn--45brj9c", "ভারত", "nixi-in.example", "IN IDN Registry", "New Delhi 110001, India", "+91 11"),
    ],
    "fr": [
        ("sn", None, "nic-sn.example", "NIC Sénégal", "Dakar-Fann, Sénégal", "+221 33"),
        ("ci", None, "nic-ci.example", "Registre du .CI", "Abidjan-Plateau, Côte d'Ivoire", "+225 27"),
        ("ml", None, "agetic-ml.example", "Registre du .ML", "Bamako, Mali", "+223"),
        ("bf", None, "nic-bf.example", "Registre national du .BF", "Ouagadougou 01, Burkina Faso", "+226"),
        ("ht", None, "nic-ht.example", "Consortium NIC Haïti", "Port-au-Prince, Haïti", "+509"),
        ("cm", None, "antic-cm.example", "Registre du .CM", "Yaoundé, Cameroun", "+237"),
        ("ga", None, "nic-ga.example", "Registre gabonais du .GA", "Libreville, Gabon", "+241"),
        ("tn", None, "ati-tn.example", "Registre du .TN", "1002 Tunis, Tunisie", "+216 71"),
        ("bj", None, "nic-bj.example", "Registre du .BJ", "Cotonou, Bénin", "+229"),
        ("mg", None, "nic-mg.example", "Registre du .MG", "Antananarivo 101, Madagascar", "+261 20"),
        ("xn--lgbbat1ad8j", "الجزائر", "cerist-dz.example", "Registre IDN de l'Algérie", "Alger 16030, Algérie", "+213 23"),
        ("nc", None, "domaine-nc.example", "Registre du .NC", "98800 Nouméa, Nouvelle-Calédonie", "+687"),
    ],
    "es": [
        ("bo", None, "nic-bo.example", "NIC Bolivia", "La Paz, Bolivia", "+591 2"),
        ("py", None, "nic-py.example", "NIC Paraguay", "Asunción, Paraguay", "+595 21"),
        ("uy", None, "nic-uy.example", "Registro .UY", "11200 Montevideo, Uruguay", "+598 2"),
        ("cr", None, "nic-cr.example", "NIC Costa Rica", "San José, Costa Rica", "+506"),
        ("hn", None, "nic-hn.example", "Registro de dominios .HN", "Tegucigalpa, Honduras", "+504"),
        ("gt", None, "registro-gt.example", "Registro de Dominios .GT", "Ciudad de Guatemala, Guatemala", "+502"),
        ("ni", None, "nic-ni.example", "NIC Nicaragua", "Managua, Nicaragua", "+505"),
        ("ec", None, "nic-ec.example", "NIC.EC", "Quito, Ecuador", "+593 2"),
        ("pe", None, "registro-pe.example", "Registro .PE", "Lima 27, Perú", "+51 1"),
        ("sv", None, "svnet-sv.example", "SVNet", "San Salvador, El Salvador", "+503"),
        ("do", None, "nic-do.example", "NIC República Dominicana", "Santo Domingo, República Dominicana", "+1 809"),
    ],
}

NAMES = {
    "en": ["Thabo Molefe", "Grace Banda", "Mele Tupou", "Rohan Persaud", "Aisha Kato", "Peter Lindqvist",
           "Sarah O'Connell", "Nikolai Petrenko", "Nino Kvaratskhelia", "Dimitris Papadakis", "Omar Al-Hashimi",
           "Li Wei", "Priya Raman", "David Mwale", "Karen Whitfield", "Sione Fifita"],
    "fr": ["Mamadou Diallo", "Aïssatou Ndiaye", "François Kouassi", "Hélène Traoré", "Jean-Baptiste Ouédraogo",
           "Sandrine Mbarga", "Rachid Benali", "Noémie Joseph", "Yacine Haddad", "Céline Rakotomalala"],
    "es": ["José Luis Quispe", "María Fernanda Gómez", "Andrés Ibáñez", "Lucía Benítez", "Carlos Umaña",
           "Ximena Rodríguez", "Jorge Peña", "Valeria Castro", "Sebastián Núñez"],
}
TITLES = {
    "en": ["Technical Manager", "Head of Registry Operations", "Chief Executive Officer", "Senior DNS Engineer",
           "Legal Counsel", "Registry Administrator"],
    "fr": [("Responsable technique", "Responsable technique"), ("Directeur général", "Directrice générale"),
           ("Ingénieur DNS", "Ingénieure DNS"), ("Juriste", "Juriste"),
           ("Administrateur du registre", "Administratrice du registre")],
    "es": [("Gerente técnico", "Gerente técnica"), ("Director ejecutivo", "Directora ejecutiva"),
           ("Ingeniero DNS", "Ingeniera DNS"), ("Asesor legal", "Asesora legal"),
           ("Administrador del registro", "Administradora del registro")],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
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


def fmt_date(d, lang, style):
    m = MONTHS[lang][d.month - 1]
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y") if lang == "en" else d.strftime("%d.%m.%Y")
    if style == "weekday":
        wd = DAYS[lang][d.weekday()]
        if lang == "en":
            return "%s %d %s" % (wd[:3], d.day, m[:3])
        if lang == "fr":
            return "%s %d %s" % (wd, d.day, m)
        return "%s %d de %s" % (wd, d.day, m)
    # long
    if lang == "en":
        return "%d %s %d" % (d.day, m, d.year) if d.day % 2 else "%s %d, %d" % (m, d.day, d.year)
    if lang == "fr":
        return "%s %s %d" % ("1er" if d.day == 1 else d.day, m, d.year)
    return "%d de %s de %d" % (d.day, m, d.year)


DATE_STYLES = ["long", "iso", "slash", "us", "weekday"]

TICKET_FMTS = {
    "hash": "#{n}", "iana_hash": "IANA #{n}", "bracket": "[IANA #{n}]", "rt": "RT#{n}", "dash": "IANA-{n}",
    "bare": "{n}", "ref": "ref. {n}", "numero": None, "year": "2026-{n}",
}


def fmt_ticket(n, lang, key):
    if key == "ref":
        return {"en": "ref. {n}", "fr": "réf. {n}", "es": "ref. {n}"}[lang].format(n=n)
    if key == "numero":
        return {"en": "no. {n}", "fr": "n° {n}", "es": "nº {n}"}[lang].format(n=n)
    if key == "year":
        return "2026-%05d" % (n % 100000)
    return TICKET_FMTS[key].format(n=n)


# ---------------------------------------------------------------- wrappers
GREET = {
    "en": ["Dear CSC members,", "Hello,", "Dear Committee,", "Hi all,", "To the Customer Standing Committee,",
           "Good morning,"],
    "fr": ["Madame, Monsieur,", "Bonjour,", "Mesdames et Messieurs les membres du CSC,", "Chers membres du comité,"],
    "es": ["Estimados miembros del CSC:", "Buenos días:", "Señores del Comité:", "Hola,"],
}
CLOSE = {
    "en": ["Regards,", "Best regards,", "Thanks,", "Kind regards,", "Thank you for looking into this,"],
    "fr": ["Cordialement,", "Bien cordialement,", "Merci par avance,", "Bien à vous,"],
    "es": ["Saludos,", "Atentamente,", "Un saludo,", "Gracias de antemano,"],
}
ANGRY_OPEN = {
    "en": ["This is the third time I am writing about this and frankly I am fed up.",
           "I honestly cannot believe we are still dealing with this.",
           "Unacceptable. There is no other word for it.",
           "I have been patient for weeks. Not any more."],
    "fr": ["Je vous écris pour la troisième fois et ma patience est à bout.",
           "C'est tout simplement inadmissible.",
           "Nous avons été patients pendant des semaines. Cela suffit."],
    "es": ["Es la tercera vez que escribo sobre esto y ya estoy harto.",
           "Esto es sencillamente inaceptable.",
           "Llevamos semanas siendo pacientes. Se acabó."],
}
ANGRY_CLOSE = {
    "en": ["If this is how IANA treats its customers, the community should know about it.",
           "I expect an answer this week, not another automated message.",
           "Somebody needs to fix this. NOW.",
           "We pay attention to these performance reports. Apparently nobody else does."],
    "fr": ["J'attends une réponse cette semaine, pas un énième message automatique.",
           "Ce n'est pas digne d'un service de cette importance.",
           "Il faut que quelqu'un prenne ce dossier en main, MAINTENANT."],
    "es": ["Exijo una respuesta esta semana, no otro mensaje automático.",
           "Así no se puede trabajar.",
           "Alguien tiene que hacerse cargo de esto YA."],
}
FORMAL_OPEN = {
    "en": ["We hereby submit a formal complaint concerning the performance of the IANA naming functions in respect of {tld}.",
           "On behalf of {org}, the manager of the {tld} top-level domain, I wish to place the following matter formally on record with the Customer Standing Committee.",
           "Please accept this letter as a formal complaint by {org} regarding the services rendered by Public Technical Identifiers."],
    "fr": ["Par la présente, {org}, gestionnaire du domaine de premier niveau {tld}, souhaite porter à la connaissance du Comité permanent des clients une réclamation formelle.",
           "Nous avons l'honneur de saisir le Comité d'une réclamation relative aux prestations de l'IANA concernant {tld}."],
    "es": ["Por medio de la presente, y en nombre de {org}, administrador del dominio de nivel superior {tld}, presentamos una queja formal ante el Comité Permanente de Clientes.",
           "Nos dirigimos al Comité para dejar constancia formal de los siguientes hechos relativos a {tld}."],
}
FORMAL_CLOSE = {
    "en": ["We reserve all rights in this matter and request that the Committee take this complaint into account in its review of PTI's performance.",
           "We would be grateful for written confirmation that this complaint has been received and will be considered by the Committee.",
           "Nothing in this letter shall be construed as a waiver of any right or remedy available to {org}."],
    "fr": ["Nous nous réservons le droit de donner à cette affaire toute suite utile et vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
           "Nous vous saurions gré de bien vouloir accuser réception de la présente réclamation par écrit."],
    "es": ["Quedamos a la espera de su confirmación por escrito y nos reservamos cuantas acciones correspondan.",
           "Solicitamos que la presente queja sea tenida en cuenta en la evaluación del desempeño de PTI."],
}
LONG_INTRO = {
    "en": ["Below is the sequence of events for {tld}:", "For your records, the timeline so far:",
           "Here is what happened, step by step:"],
    "fr": ["Voici la chronologie des faits pour {tld} :", "Pour mémoire, le déroulé des événements :"],
    "es": ["Esta es la cronología de los hechos para {tld}:", "Para su registro, la secuencia de eventos:"],
}
REPLY_NOTE = {
    "en": ["(The notice below is about a different request of ours. The problem is with {ticket}.)",
           "Sorry for replying on this old thread, it is the only one I have handy. Different issue, see above.",
           ""],
    "fr": ["(Le message ci-dessous concerne une autre de nos demandes ; le problème porte sur {ticket}.)",
           "Je réponds sur ce fil faute de mieux, il s'agit d'un autre sujet.", ""],
    "es": ["(El aviso de abajo es de otra solicitud nuestra; el problema es con {ticket}.)",
           "Respondo sobre este hilo porque es el que tengo a mano; es otro tema.", ""],
}
QUOTE_HEAD = {
    "en": "On {date}, IANA Root Zone Management <root-mgmt@iana.example> wrote:",
    "fr": "Le {date}, IANA Root Zone Management <root-mgmt@iana.example> a écrit :",
    "es": "El {date}, IANA Root Zone Management <root-mgmt@iana.example> escribió:",
}
FWD_NOTE = {
    "en": ["FYI - below is our exchange with IANA. Nothing has happened since.", "Forwarding for the Committee's records.",
           "See below. This is the only answer we got."],
    "fr": ["Pour information, ci-dessous notre échange avec l'IANA. Rien depuis.", "Je vous transfère l'échange ci-dessous."],
    "es": ["Les reenvío el intercambio con IANA. Desde entonces, nada.", "Para su información, reenvío la respuesta que recibimos."],
}
FWD_HEAD = {
    "en": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:", "On {date}, {who} wrote:"),
    "fr": ("-------- Message transféré --------", "De :", "Date :", "Objet :", "À :", "Le {date}, {who} a écrit :"),
    "es": ("---------- Mensaje reenviado ---------", "De:", "Fecha:", "Asunto:", "Para:", "El {date}, {who} escribió:"),
}
IANA_REPLIES = [
    "Thank you for your message regarding {ticket}. We have passed it to the relevant team and will get back to you as soon as possible.",
    "We are aware of the situation with your request and are looking into it. We appreciate your patience.",
    "Please note that requests are processed in accordance with our published procedures. We will update you once there is progress.",
    "Thank you for reaching out. Your request {ticket} is progressing. No further action is needed from you at this stage.",
]
# IANA notices quoted in 'reply' mails; each tagged with categories it must NOT be used for
NOTICES = [
    ("Request received", "Thank you for your submission. Your change request for the {tld} top-level domain has been received and assigned reference IANA #{ot}. You will be notified when the technical checks are complete.", set()),
    ("Technical check results", "The automated technical checks for change request #{ot} ({tld}) completed successfully. No errors were found. Your request will now proceed to confirmation by the authorizing contacts.", {"nameserver_checks_false_fail", "dnssec_ds_key_change"}),
    ("Authorization required", "A change request (#{ot}) has been submitted for {tld}. As a listed contact, please review the change and indicate whether you approve it by following the link below within the indicated period.\n\nhttps://rzm.iana.example/confirm/{ot}", {"authorization_contact_approval"}),
    ("Change completed", "We are pleased to inform you that change request #{ot} for {tld} has been implemented. The root zone and the Root Zone Database have been updated accordingly.", {"root_zone_publication_delay", "wrong_change_implemented", "contact_personal_data_exposed"}),
    ("Status update", "Your request #{ot} is currently being reviewed by IANA staff. We will contact you if any additional information is required.", {"manual_review_stalled"}),
    ("Additional information required", "In order to continue processing request #{ot} for {tld}, please provide a signed letter from the organisation confirming the requested change, together with a copy of the identification of the new contact.", {"excessive_documentation_demands", "transfer_delegation_evaluation", "contact_personal_data_exposed"}),
    ("Resolved", "This ticket (#{ot}) has been marked as resolved. If you believe this was done in error, please reply to this message within 14 days.", {"request_closed_without_consent", "idn_table_repository", "iana_complaint_process_unanswered"}),
    ("Your feedback", "Thank you for contacting IANA. We have received your feedback (#{ot}) and a member of our team will respond within two business days.", {"iana_complaint_process_unanswered"}),
    ("Scheduled maintenance", "The Root Zone Management System will be unavailable for scheduled maintenance on the date below from 14:00 to 16:00 UTC. Requests submitted by e-mail during this window will be processed afterwards.", {"rzms_portal_broken"}),
    ("IDN table published", "The IDN table submitted in request #{ot} for {tld} has been published in the IANA Repository of IDN Practices.", {"idn_table_repository"}),
    ("DS record update", "The DS record update in request #{ot} for {tld} passed all DNSSEC checks and has been queued for implementation.", {"dnssec_ds_key_change", "root_zone_publication_delay"}),
]

SUBJ_GENERIC = {
    "en": ["Complaint", "urgent", "URGENT: {TLD}", "IANA", "still waiting", "{TLD} - problem with IANA",
           "Request {ticket}", "complaint re IANA service", "Need your help", "PTI", "escalation", "another one",
           "{TLD}", "Formal complaint - {TLD}", "FW: our request"],
    "fr": ["Réclamation", "urgent", "Plainte concernant l'IANA", "Demande {ticket}", "Toujours en attente",
           "{TLD} : problème", "Signalement", "Réclamation formelle - {TLD}", "IANA"],
    "es": ["Queja", "urgente", "Reclamación formal", "Solicitud {ticket}", "Seguimos esperando",
           "Problema con IANA - {TLD}", "Consulta", "IANA", "Queja {TLD}"],
}
SUBJ_HINT = {
    "nameserver_checks_false_fail": {"en": "tests keep failing on {TLD}", "fr": "échec des tests {TLD}", "es": "pruebas fallidas {TLD}"},
    "dnssec_ds_key_change": {"en": "DS update rejected", "fr": "Roulement de clé {TLD}", "es": "Cambio DNSSEC {TLD}"},
    "authorization_contact_approval": {"en": "confirmation email never arrived", "fr": "confirmation jamais reçue", "es": "confirmación no recibida"},
    "manual_review_stalled": {"en": "stuck in review", "fr": "toujours en examen", "es": "atascado en revisión"},
    "root_zone_publication_delay": {"en": "still not in the root", "fr": "pas encore publié", "es": "aún no publicado"},
    "wrong_change_implemented": {"en": "wrong data in root zone for {TLD}", "fr": "erreur sur la délégation {TLD}", "es": "error en la delegación de {TLD}"},
    "rzms_portal_broken": {"en": "portal not working", "fr": "portail inaccessible", "es": "el portal no funciona"},
    "transfer_delegation_evaluation": {"en": "{TLD} transfer - any news?", "fr": "Transfert {TLD}", "es": "Transferencia {TLD}"},
    "idn_table_repository": {"en": "IDN table {TLD}", "fr": "Table IDN {TLD}", "es": "Tabla IDN {TLD}"},
    "unequal_treatment_bias": {"en": "equal treatment?", "fr": "égalité de traitement", "es": "trato desigual"},
    "excessive_documentation_demands": {"en": "paperwork", "fr": "pièces demandées", "es": "documentación exigida"},
    "request_closed_without_consent": {"en": "why was our ticket closed", "fr": "ticket fermé", "es": "ticket cerrado"},
    "contact_personal_data_exposed": {"en": "personal data on IANA site", "fr": "données personnelles", "es": "datos personales"},
    "iana_complaint_process_unanswered": {"en": "no reply from IANA", "fr": "sans réponse de l'IANA", "es": "sin respuesta de IANA"},
}
HTML_LABELS = {
    "en": ("TLD", "Reference", "Since", "Days waiting", "Timeline"),
    "fr": ("Domaine", "Référence", "Depuis le", "Jours d'attente", "Chronologie"),
    "es": ("Dominio", "Referencia", "Desde", "Días de espera", "Cronología"),
}
DISCLAIMER = {
    "en": "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. They are intended solely for the use of the individual or entity to whom they are addressed. If you are not the intended recipient, please notify the sender immediately by return e-mail and delete this message and any copies from your system. Any unauthorised review, use, disclosure, copying or distribution is strictly prohibited. {org} accepts no liability for any damage caused by any virus transmitted by this e-mail. Please consider the environment before printing this e-mail.",
    "fr": "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. {org} décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié. Pensez à l'environnement avant d'imprimer ce courriel.",
    "es": "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a sus destinatarios. Si usted no es el destinatario, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. Queda prohibida cualquier utilización, divulgación o copia no autorizada. {org} no se responsabiliza de los daños que pudieran derivarse de virus transmitidos por este medio. Antes de imprimir este correo, piense en el medio ambiente.",
}
PHONE_LABEL = {"en": "Tel", "fr": "Tél.", "es": "Tel."}
FEMALE = {"Aïssatou Ndiaye", "Hélène Traoré", "Sandrine Mbarga", "Noémie Joseph", "Céline Rakotomalala",
          "María Fernanda Gómez", "Lucía Benítez", "Ximena Rodríguez", "Valeria Castro"}
OFFSETS = {"en": [0, 2, 3, 8, 10, -4, 12, 4], "fr": [0, 1, 11], "es": [-4, -5, -6, -3]}


# ---------------------------------------------------------------- helpers
def wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line.rstrip().endswith(
                ("wrote:", "écrit :", "escribió:")):
            out.append(line)
        else:
            lead = "  " if line.startswith("- ") else ""
            out.append(textwrap.fill(line, width, subsequent_indent=lead, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def typoize(text, rng):
    words = text.split(" ")
    n = 0
    for i, w in enumerate(words):
        if len(w) > 5 and w.isalpha() and rng.random() < 0.05:
            j = rng.randrange(1, len(w) - 2)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:] if rng.random() < 0.7 else w[:j] + w[j + 1:]
            words[i] = w
            n += 1
    return " ".join(words)


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def encode_part(text, rng, ctype, filename=None):
    """Return header lines and body (str with \n) for one MIME part."""
    latin = True
    try:
        text.encode("iso-8859-1")
    except UnicodeEncodeError:
        latin = False
    ascii_ok = all(ord(c) < 128 for c in text)
    charset = "iso-8859-1" if (latin and not ascii_ok and rng.random() < 0.45) else (
        "us-ascii" if ascii_ok and rng.random() < 0.2 else "utf-8")
    if ascii_ok:
        cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    else:
        cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw)
    else:
        b = raw
    hdrs = ['Content-Type: %s; charset="%s"' % (ctype, charset) + ("; name=\"%s\"" % filename if filename else ""),
            "Content-Transfer-Encoding: %s" % cte]
    if filename:
        hdrs.append('Content-Disposition: attachment; filename="%s"' % filename)
    return hdrs, b, cte


class Result:
    def __init__(self, files, labels_json, manifest_json):
        self.files = files
        self.labels_json = labels_json
        self.manifest_json = manifest_json


# ---------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    cats = list(CATEGORIES)
    specs = []
    for ci, cname in enumerate(cats):
        c = CATEGORIES[cname]
        other = ["fr", "fr", "es"] if ci % 2 == 0 else ["es", "es", "fr"]
        langs = ["en"] * (PER_CAT - 3) + other
        rng.shuffle(langs)
        styles = STYLES + rng.sample(STYLES, PER_CAT - len(STYLES))
        rng.shuffle(styles)
        senders = {l: rng.sample(POOL[l], langs.count(l)) for l in ("en", "fr", "es")}
        # make sure each category has at least one IDN sender among its English mails
        if not any(s[1] for s in senders["en"]):
            idns = [p for p in POOL["en"] if p[1]]
            senders["en"][0] = rng.choice(idns)
        counters = {"en": 0, "fr": 0, "es": 0}
        for k in range(PER_CAT):
            lang = langs[k]
            texts = c["texts"][lang]
            t_idx = counters[lang] % len(texts)
            sender = senders[lang][counters[lang]]
            counters[lang] += 1
            specs.append(dict(cat=cname, lang=lang, style=styles[k], text=texts[t_idx], sender=sender,
                              timeline=c["timeline"][lang]))
    rng.shuffle(specs)

    files, labels, manifest = {}, {}, {}
    start = dt.datetime(2026, 1, 8, tzinfo=dt.UTC)
    for i, sp in enumerate(specs, 1):
        fname = "%03d.eml" % i
        eml, extras = render(i, sp, rng, start)
        files[fname] = eml
        labels[fname] = sp["cat"]
        tld = sp["sender"][0]
        manifest[fname] = {"category": sp["cat"], "language": sp["lang"], "style": sp["style"],
                           "tld": "." + tld, "extras": extras}
    labels_json = json.dumps({SPLIT: labels}, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    manifest_json = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    return Result(files, labels_json, manifest_json)


def render(i, sp, rng, start):
    lang, style, cname = sp["lang"], sp["style"], sp["cat"]
    tld, ulabel, domain, org, city, phone = sp["sender"]
    extras = []
    name = rng.choice(NAMES[lang])
    local = name.split()[0].lower()
    for a, b in (("ï", "i"), ("ç", "c"), ("é", "e"), ("è", "e"), ("á", "a"), ("í", "i"), ("ñ", "n"),
                 ("ó", "o"), ("ú", "u"), ("'", ""), ("-", "")):
        local = local.replace(a, b)
    local = rng.choice([local, local + "." + name.split()[-1].lower().replace("'", "").replace("-", ""),
                        "hostmaster", "tech", local[0] + name.split()[-1].lower()])
    for a, b in (("é", "e"), ("á", "a"), ("í", "i"), ("ñ", "n"), ("ó", "o"), ("ú", "u"), ("ï", "i"), ("-", "")):
        local = local.replace(a, b)
    addr = "%s@%s" % (local, domain)

    # dates
    mail_dt = start + dt.timedelta(days=rng.randrange(0, 172), hours=rng.randrange(6, 20),
                                   minutes=rng.randrange(60), seconds=rng.randrange(60))
    off = rng.choice(OFFSETS[lang])
    mail_dt = mail_dt.astimezone(dt.timezone(dt.timedelta(hours=off)))
    mday = mail_dt.date()
    back = rng.randrange(14, 46)
    d1 = mday - dt.timedelta(days=back)
    d2 = d1 + dt.timedelta(days=rng.randrange(3, max(4, back // 2)))
    dstyle = rng.choice(DATE_STYLES)
    extras.append("date_fmt=" + dstyle)
    tkey = rng.choice(list(TICKET_FMTS))
    extras.append("ticket_fmt=" + tkey)
    tnum = rng.randrange(1200000, 1999999) if rng.random() < 0.6 else rng.randrange(100000, 999999)
    ticket = fmt_ticket(tnum, lang, tkey)
    if ulabel and rng.random() < 0.5:
        tld_disp = ".%s (%s)" % (ulabel, tld)
    else:
        tld_disp = "." + (tld.upper() if (len(tld) == 2 and rng.random() < 0.4) else tld)
    prov = rng.choice(["anycast-one", "pchdns", "cdnsnet", "regional-ns", "nic-" + tld[:6]])
    vals = dict(tld=tld_disp, ticket=ticket, d1=fmt_date(d1, lang, dstyle), d2=fmt_date(d2, lang, dstyle),
                ns1="ns1.%s.example" % prov, ns2="ns%d.%s.example" % (rng.randrange(2, 5), prov),
                ip="198.51.100.%d" % rng.randrange(2, 250), days=(mday - d1).days, org=org)
    short = sp["text"]["short"].format(**vals)
    body = sp["text"]["body"].format(**vals)
    typos = rng.random() < 0.22
    if typos:
        extras.append("typos")
        short = typoize(short, rng)
        body = typoize(body, rng)

    greet = rng.choice(GREET[lang])
    close = rng.choice(CLOSE[lang])
    title = rng.choice(TITLES[lang])
    if isinstance(title, tuple):
        title = title[1] if name in FEMALE else title[0]
    full_sig = rng.random() < 0.45 or style == "formal"
    if full_sig:
        extras.append("signature")
        sig = "%s\n%s\n%s\n%s\n%s: %s %03d %04d\n%s" % (
            name, title, org, city, PHONE_LABEL[lang], phone, rng.randrange(200, 999), rng.randrange(10000),
            "https://www." + domain)
    else:
        sig = rng.choice([name, name.split()[0], "%s\n%s" % (name, org)])
    disclaimer = ""
    if rng.random() < 0.25 and style != "terse":
        extras.append("disclaimer")
        disclaimer = DISCLAIMER[lang].format(org=org)

    subject = None
    in_reply = None
    html_body = None
    # ------------------------------------------------ style bodies
    if style == "terse":
        text = "%s\n%s" % (short, sig.split("\n")[0]) if rng.random() < 0.5 else "%s\n%s\n%s" % (
            greet, short, sig.split("\n")[0])
        if full_sig:
            text = text.rsplit("\n", 1)[0] + "\n\n-- \n" + sig
    elif style == "long":
        tl = sp["timeline"]
        span = (mday - d1).days
        dates = [d1, d1 + dt.timedelta(days=max(1, (d2 - d1).days // 2)), d2,
                 d2 + dt.timedelta(days=max(1, (mday - d2).days // 2)), mday - dt.timedelta(days=1)]
        lines = []
        for d, ev in zip(dates, tl, strict=False):
            lines.append("- %s: %s" % (fmt_date(d, lang, dstyle), ev.format(**vals)))
        intro = rng.choice(LONG_INTRO[lang]).format(**vals)
        text = "%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n%s" % (greet, intro, "\n".join(lines), body,
                                                        {"en": "Total elapsed: %d days." % span,
                                                         "fr": "Durée totale : %d jours." % span,
                                                         "es": "Tiempo total: %d días." % span}[lang],
                                                        close, sig)
    elif style == "angry":
        text = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (greet, rng.choice(ANGRY_OPEN[lang]), body,
                                              rng.choice(ANGRY_CLOSE[lang]), sig)
    elif style == "formal":
        text = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (
            {"en": "Dear Members of the Customer Standing Committee,", "fr": "Madame, Monsieur,",
             "es": "Distinguidos miembros del Comité:"}[lang],
            rng.choice(FORMAL_OPEN[lang]).format(**vals), body,
            rng.choice(FORMAL_CLOSE[lang]).format(**vals), sig)
    elif style == "reply":
        choices = [n for n in NOTICES if cname not in n[2]]
        nsubj, ntext, _ = rng.choice(choices)
        ot = rng.randrange(1200000, 1999999)
        ndate = mail_dt - dt.timedelta(days=rng.randrange(1, 60), hours=rng.randrange(24))
        notice = "Dear %s,\n\n%s\n\nKind regards,\n\nIANA Root Zone Management\nPublic Technical Identifiers" % (
            name, ntext.format(ot=ot, tld="." + tld))
        note = rng.choice(REPLY_NOTE[lang]).format(**vals)
        qh = QUOTE_HEAD[lang].format(date=fmt_date(ndate.date(), lang, "long") + ndate.strftime(" %H:%M"))
        text = "%s\n\n%s%s\n\n%s\n\n%s\n\n%s\n%s" % (greet, body, ("\n\n" + note) if note else "", close, sig,
                                                    qh, quote(wrap(notice, 72)))
        subject = "%s [IANA #%d] %s" % ({"en": "Re:", "fr": "RE :", "es": "RE:"}[lang], ot, nsubj)
        in_reply = "<rzm.%d.%s@iana.example>" % (ot, ndate.strftime("%Y%m%d%H%M%S"))
    elif style == "forward":
        fh = FWD_HEAD[lang]
        odate = mail_dt - dt.timedelta(days=rng.randrange(3, 20), hours=rng.randrange(24))
        rdate = odate + dt.timedelta(days=rng.randrange(1, 3), hours=rng.randrange(1, 9))
        osubj = "Re: [IANA #%d] %s" % (tnum, rng.choice(["Status of our request", "Change request " + "." + tld,
                                                          "Question", "Follow-up"]))
        orig = "Dear IANA,\n\n%s\n\n%s" % (body, sig.split("\n")[0])
        reply = "Dear %s,\n\n%s\n\nBest regards,\nIANA Services\nPublic Technical Identifiers" % (
            name.split()[0], rng.choice(IANA_REPLIES).format(ticket="#%d" % tnum))
        text = "%s\n\n%s\n%s\n\n%s\n\n%s\n%s IANA Services <iana-services@iana.example>\n%s %s\n%s %s\n%s %s\n\n%s\n\n%s\n%s" % (
            rng.choice(FWD_NOTE[lang]), short, sig.split("\n")[0] if not full_sig else sig,
            "", fh[0], fh[1], fh[2], format_datetime(rdate), fh[3], osubj, fh[4], "%s <%s>" % (name, addr),
            wrap(reply), fh[5].format(date=fmt_date(odate.date(), lang, "long"), who="%s <%s>" % (name, addr)),
            quote(wrap(orig, 72)))
        text = text.replace("\n\n\n\n", "\n\n")
        subject = {"en": "Fwd: ", "fr": "TR : ", "es": "RV: "}[lang] + osubj
    elif style == "html":
        L = HTML_LABELS[lang]
        paras = "".join("<p>%s</p>\n" % html.escape(p, quote=False) for p in body.split("\n\n"))
        table = ("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
                 "<tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n"
                 "<tr><td>%s</td><td>%s</td><td>%s</td><td>%d</td></tr>\n</table>\n") % (
            L[0], L[1], L[2], L[3], html.escape(tld_disp), html.escape(ticket), html.escape(vals["d1"]),
            vals["days"])
        tl_html = ""
        if rng.random() < 0.5:
            tl_html = "<p><b>%s</b></p>\n<ul>\n%s</ul>\n" % (L[4], "".join(
                "<li>%s</li>\n" % html.escape(ev.format(**vals)) for ev in sp["timeline"][:4]))
        sig_html = "<br>\n".join(html.escape(s) for s in sig.split("\n"))
        html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>\n"
                     "<body style=\"font-family:Calibri,Arial,sans-serif\">\n<p>%s</p>\n%s%s%s<p>%s</p>\n<p>%s</p>\n%s"
                     "</body></html>\n") % (html.escape(greet), table, paras, tl_html, html.escape(close), sig_html,
                                            ("<p style=\"font-size:8pt;color:#888\">%s</p>\n" % html.escape(disclaimer))
                                            if disclaimer else "")
        text = None
    if text is not None:
        if disclaimer:
            text = text + "\n\n" + ("_" * 60) + "\n" + disclaimer
        text = wrap(text) + "\n"

    # ------------------------------------------------ subject
    if subject is None:
        r = rng.random()
        T = tld_disp.upper() if not ulabel else tld_disp
        if r < 0.3:
            subject = SUBJ_HINT[cname][lang].format(TLD=T)
        else:
            subject = rng.choice(SUBJ_GENERIC[lang]).format(TLD=T, ticket=ticket)
        if rng.random() < 0.15:
            subject = {"en": "Re: ", "fr": "Re : ", "es": "Re: "}[lang] + subject

    # ------------------------------------------------ assemble
    hdr = ["From: " + formataddr((name, addr)),
           "To: CSC <csc@csc.example.org>",
           "Subject: " + enc_header(subject),
           "Date: " + format_datetime(mail_dt),
           "Message-ID: <%s.%03d.b15@%s>" % (mail_dt.strftime("%Y%m%d%H%M%S"), i, domain)]
    if in_reply:
        hdr += ["In-Reply-To: " + in_reply, "References: " + in_reply]
    hdr.append("MIME-Version: 1.0")
    attach = rng.random() < 0.12 and style in ("long", "formal", "html", "angry")
    boundary = "=_b15_%03d_%08x" % (i, rng.getrandbits(32))
    if html_body is not None:
        main_h, main_b, _cte = encode_part(html_body, rng, "text/html")
    else:
        main_h, main_b, _cte = encode_part(text, rng, "text/plain")
    if attach:
        extras.append("attachment")
        att_text = "ticket,tld,first_seen\n%s,.%s,%s\n" % (tnum, tld, d1.isoformat())
        ah, ab, _ = encode_part(att_text, rng, "text/plain", filename="ticket-%d.csv" % tnum)
        hdr.append('Content-Type: multipart/mixed; boundary="%s"' % boundary)
        body_s = (("This is a multi-part message in MIME format.\n\n--%s\n%s\n\n" % (
            boundary, "\n".join(main_h))).encode("ascii") + main_b.rstrip(b"\n")
            + ("\n--%s\n%s\n\n" % (boundary, "\n".join(ah))).encode("ascii") + ab.rstrip(b"\n")
            + ("\n--%s--\n" % boundary).encode("ascii"))
    else:
        hdr += main_h
        body_s = main_b
    msg = ("\n".join(hdr) + "\n\n").encode("ascii") + body_s
    if not msg.endswith(b"\n"):
        msg += b"\n"
    data = msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data, extras


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    res = build()
    out = os.path.join(here, SPLIT)
    os.makedirs(out, exist_ok=True)
    for fn, data in res.files.items():
        with open(os.path.join(out, fn), "wb") as f:
            f.write(data)
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
        f.write(res.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(res.manifest_json)
    print("wrote %d files" % len(res.files))


if __name__ == "__main__":
    main()
