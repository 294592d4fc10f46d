"""Deterministic generator for the third blind corpus of complaint e-mails to the CSC.

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
from dataclasses import dataclass
from email.header import Header
from email.utils import format_datetime, formataddr

if __package__:
    from .texts import CATEGORIES
else:
    from texts import CATEGORIES

SPLIT = "all"
SEED = 20260412
PER_CATEGORY = 13

# ---------------------------------------------------------------------------
# Registries: (tld a-label, display u-label or None, domain, org, address, phone, lang, people, kind)
REGISTRIES = [
    # English-writing
    (".za", None, "zadna.example", "ZA Domain Name Authority", "Block B, 1st Floor, Hatfield Gardens, Pretoria 0083, South Africa", "+27 12 481 1200", "en", ["Thabo Nkosi", "Lindiwe Dlamini"], "cc"),
    (".ke", None, "kenic.example", "Kenya Network Information Centre", "CAK Centre, Waiyaki Way, Nairobi, Kenya", "+254 20 444 6999", "en", ["Grace Njeri", "Peter Otieno"], "cc"),
    (".nz", None, "internetnz.example", "InternetNZ", "Level 11, 80 Boulcott Street, Wellington 6011, New Zealand", "+64 4 495 2118", "en", ["Rangi Parata", "Hannah McLeod"], "cc"),
    (".fj", None, "usp-fj.example", "The University of the South Pacific - .fj Registry", "Laucala Campus, Suva, Fiji", "+679 323 1000", "en", ["Sakiusa Tuilau"], "island"),
    (".ws", None, "samoanic.example", "Samoa Network Information Centre", "PO Box 1034, Apia, Samoa", "+685 23 780", "en", ["Tavita Leota"], "island"),
    (".tt", None, "nic-tt.example", "TTNIC", "Department of Electrical Engineering, UWI, St. Augustine, Trinidad and Tobago", "+1 868 662 2002", "en", ["Ravi Maharaj"], "island"),
    (".lk", None, "nic-lk.example", "LK Domain Registry", "1st Floor, Dialog Building, Colombo 07, Sri Lanka", "+94 11 421 6062", "en", ["Sunil Perera"], "cc"),
    (".np", None, "mos-np.example", "Mercantile Communications Pvt. Ltd. (.np)", "Durbar Marg, Kathmandu, Nepal", "+977 1 424 0920", "en", ["Bikash Shrestha"], "cc"),
    (".pk", None, "pknic.example", "PKNIC", "Suite 2, Blue Area, Islamabad, Pakistan", "+92 51 282 8101", "en", ["Ahmed Karim"], "cc"),
    (".london", None, "dotlondon.example", "Dot London Domains Ltd", "20 Farringdon Street, London EC4A 4AB, United Kingdom", "+44 20 7160 1200", "en", ["Jonathan Reid"], "g"),
    (".africa", None, "registry-africa.example", "ZA Central Registry NPC (.africa)", "Cape Town, South Africa", "+27 21 959 0008", "en", ["Kwame Mensah"], "g"),
    (".music", None, "musicreg.example", "DotMusic Registry Ltd", "1 Grand Canal Street, Dublin 2, Ireland", "+353 1 662 9500", "en", ["Sarah O'Neill"], "g"),
    (".bank", None, "ftld.example", "fTLD Registry Services, LLC", "600 13th Street NW, Washington, DC 20005, USA", "+1 202 589 2532", "en", ["Michael Tan"], "g"),
    (".cymru", None, "cymru-reg.example", "Cymru Registry", "Ty Gwyn, Bridgend CF31 3TP, Wales, UK", "+44 1656 555 100", "en", ["Rhys Evans"], "g"),
    ("xn--p1ai", ".рф", "cctld-rf.example", "Coordination Center for TLD RU/РФ", "8 Zoologicheskaya St., Moscow 123242, Russia", "+7 495 730 2970", "en", ["Dmitri Volkov", "Olga Smirnova"], "cc"),
    ("xn--90a3ac", ".срб", "rnids.example", "RNIDS", "Žorža Klemansoa 18a, 11000 Belgrade, Serbia", "+381 11 7281 281", "en", ["Milica Petrovic"], "cc"),
    ("xn--fiqs8s", ".中国", "cnnic.example", "China Internet Network Information Center", "4 South 4th Street, Zhongguancun, Beijing 100190, China", "+86 10 5881 3000", "en", ["Li Wei"], "cc"),
    ("xn--3e0b707e", ".한국", "kisa.example", "Korea Internet & Security Agency", "9 Jinheung-gil, Naju-si, Jeollanam-do 58324, Korea", "+82 61 820 1114", "en", ["Park Hyun-woo"], "cc"),
    ("xn--mgbaam7a8h", ".امارات", "aeda.example", "Telecommunications and Digital Government Regulatory Authority (.ae / .امارات)", "PO Box 26662, Abu Dhabi, UAE", "+971 2 626 9999", "en", ["Fatima Al Mansoori"], "cc"),
    ("xn--wgbh1c", ".مصر", "egnic.example", "National Telecom Regulatory Authority - .مصر", "Smart Village, Km 28 Cairo-Alex Desert Road, Giza, Egypt", "+20 2 3534 4000", "en", ["Mona Hassan"], "cc"),
    ("xn--j6w193g", ".香港", "hkirc.example", "Hong Kong Internet Registration Corporation", "Unit 501, Level 5, Core C, Cyberport 3, Hong Kong", "+852 2319 2303", "en", ["Chan Ka-ming"], "cc"),
    ("xn--q9jyb4c", ".みんな", "minna-reg.example", "Charleston Road Registry (.みんな)", "1600 Amphitheatre Pkwy, Mountain View, CA, USA", "+1 650 253 0000", "en", ["Kevin Hall"], "g"),
    ("xn--80asehdb", ".онлайн", "onlain-reg.example", "CORE Association (.онлайн)", "World Trade Center II, Geneva Airport, Switzerland", "+41 22 929 5744", "en", ["Olena Kovalenko"], "g"),
    # French-writing
    (".sn", None, "nic-sn.example", "NIC Sénégal", "Université Cheikh Anta Diop, BP 5005, Dakar-Fann, Sénégal", "+221 33 825 75 28", "fr", ["Mamadou Diallo", "Awa Ndiaye"], "cc"),
    (".ci", None, "nic-ci.example", "ARTCI - Registre du .ci", "Marcory Anoumabo, 18 BP 2203 Abidjan 18, Côte d'Ivoire", "+225 20 34 43 73", "fr", ["Koffi Yao"], "cc"),
    (".ml", None, "agetic-ml.example", "AGETIC - Registre .ml", "Quartier du Fleuve, BP E 4285, Bamako, Mali", "+223 20 22 95 38", "fr", ["Fatoumata Traoré"], "cc"),
    (".cm", None, "antic-cm.example", "Agence Nationale des TIC", "Immeuble PAPOSY, BP 6170, Yaoundé, Cameroun", "+237 222 20 03 02", "fr", ["Jean-Paul Mbarga"], "cc"),
    (".ht", None, "nic-ht.example", "Consortium FDS-RDDH (.ht)", "Faculté des Sciences, 270 rue Monseigneur Guilloux, Port-au-Prince, Haïti", "+509 2813 0123", "fr", ["Jean-Robert Pierre"], "island"),
    (".bf", None, "arcep-bf.example", "ARCEP Burkina Faso", "01 BP 6437, Ouagadougou 01, Burkina Faso", "+226 25 37 53 60", "fr", ["Issouf Ouédraogo"], "cc"),
    (".paris", None, "dotparis.example", "Ville de Paris - .paris", "Hôtel de Ville, 75004 Paris, France", "+33 1 42 76 40 40", "fr", ["Claire Dubois"], "g"),
    (".bzh", None, "pointbzh.example", "Association www.bzh", "1 rue Raoul Ponchon, 35000 Rennes, France", "+33 2 99 30 41 17", "fr", ["Yann Le Goff"], "g"),
    (".quebec", None, "pointquebec.example", "PointQuébec inc.", "1100 boul. René-Lévesque O., Montréal (Québec) H3B 4N4, Canada", "+1 514 400 8100", "fr", ["Marc-André Tremblay"], "g"),
    (".lu", None, "restena.example", "Fondation RESTENA - DNS-LU", "2, avenue de l'Université, L-4365 Esch-sur-Alzette, Luxembourg", "+352 42 44 09 1", "fr", ["Sophie Weber"], "cc"),
    ("xn--lgbbat1ad8j", ".الجزائر", "nic-dz.example", "CERIST - Registre .dz / .الجزائر", "5 rue des Trois Frères Aïssou, Ben Aknoun, Alger, Algérie", "+213 23 23 80 38", "fr", ["Karim Benali"], "cc"),
    ("xn--mgbc0a9azcg", ".المغرب", "anrt-ma.example", "ANRT - Registre .ma / .المغرب", "Centre d'affaires, Hay Riad, Rabat, Maroc", "+212 537 71 84 00", "fr", ["Nadia El Amrani"], "cc"),
    ("xn--pgbs0dh", ".تونس", "ati-tn.example", "Agence Tunisienne d'Internet", "13 rue Jugurtha, 1002 Tunis Belvédère, Tunisie", "+216 71 846 000", "fr", ["Sami Ben Salah"], "cc"),
    # Spanish-writing
    (".pe", None, "punto-pe.example", "Red Científica Peruana", "Av. José Pardo 1000, Miraflores, Lima, Perú", "+51 1 422 9494", "es", ["Rosa Quispe", "Carlos Huamán"], "cc"),
    (".uy", None, "nic-uy.example", "SeCIU - Universidad de la República", "Colonia 2066, 11200 Montevideo, Uruguay", "+598 2408 2125", "es", ["Martín Pereyra"], "cc"),
    (".bo", None, "nic-bo.example", "ADSIB - NIC Bolivia", "Calle Ayacucho esq. Mercado, La Paz, Bolivia", "+591 2 220 0720", "es", ["Ana María Rojas"], "cc"),
    (".py", None, "nic-py.example", "NIC-PY", "Campus UNA, San Lorenzo, Paraguay", "+595 21 585 540", "es", ["Diego Benítez"], "cc"),
    (".cr", None, "nic-cr.example", "NIC Costa Rica - Academia Nacional de Ciencias", "San José, Costa Rica", "+506 2224 4745", "es", ["Laura Jiménez"], "cc"),
    (".gt", None, "gt-registro.example", "Registro de Dominios .gt - UVG", "18 Av. 11-95 zona 15, Guatemala", "+502 2368 8300", "es", ["José Luis Morales"], "cc"),
    (".ec", None, "nic-ec.example", "NIC.EC", "Av. de los Shyris N32-218, Quito, Ecuador", "+593 2 394 3900", "es", ["Verónica Andrade"], "cc"),
    (".do", None, "nic-do.example", "NIC.DO - PUCMM", "Autopista Duarte Km 1 1/2, Santiago, República Dominicana", "+1 809 580 1962", "es", ["Ramón Peña"], "island"),
    (".sv", None, "svnet.example", "SVNet", "Calle Circunvalación 180, San Salvador, El Salvador", "+503 2263 9888", "es", ["Gabriela Martínez"], "cc"),
    (".mx", None, "nic-mx.example", "NIC México", "Av. Eugenio Garza Lagüera 933, San Pedro Garza García, NL, México", "+52 81 8864 2600", "es", ["Alejandro Torres"], "cc"),
    (".madrid", None, "dotmadrid.example", "Comunidad de Madrid - .madrid", "Calle Alcalá 31, 28014 Madrid, España", "+34 91 580 20 00", "es", ["Javier Gómez"], "g"),
    (".barcelona", None, "dotbarcelona.example", "Ajuntament de Barcelona - .barcelona", "Plaça Sant Jaume 1, 08002 Barcelona, España", "+34 93 402 70 00", "es", ["Núria Puig"], "g"),
    (".lat", None, "dotlat.example", "eCOM-LAC (.lat)", "Montevideo, Uruguay", "+598 2604 2222", "es", ["Fernanda Castillo"], "g"),
]

LANG_POOL = {lang: [r for r in REGISTRIES if r[6] == lang] for lang in ("en", "fr", "es")}
IDN_POOL = {lang: [r for r in LANG_POOL[lang] if r[0].startswith("xn--")] for lang in ("en", "fr", "es")}

STYLES = ["terse", "long", "angry", "formal", "reply", "forward", "html"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}

FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."]


def fmt_date(d, lang, kind):
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return [f"{d.day} {m} {d.year}", d.strftime("%Y-%m-%d"), f"{m} {d.day}",
                d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y"), f"{m[:3]} {d.day}, {d.year}",
                f"{m[:3]}-{d.day:02d}"][kind % 7]
    if lang == "fr":
        return [f"{d.day} {m} {d.year}", d.strftime("%d/%m/%Y"), f"{d.day} {m}",
                d.strftime("%d.%m.%Y"), d.strftime("%Y-%m-%d"), f"{d.day} {FR_ABBR[d.month - 1]} {d.year}",
                d.strftime("%d/%m")][kind % 7]
    return [f"{d.day} de {m} de {d.year}", d.strftime("%d/%m/%Y"), f"{d.day} de {m}",
            f"{d.day:02d}-{m[:3]}-{d.year}", d.strftime("%Y-%m-%d"), d.strftime("%d.%m.%Y"),
            f"{d.day}/{d.month}"][kind % 7]


def fmt_ticket(n, lang, kind):
    common = [f"#{n}", f"IANA #{n}", f"[IANA #{n}]", f"{n}", f"IANA-{n}", f"RT{n}"]
    local = {"en": [f"no. {n}", f"ref {n}"], "fr": [f"n° {n}", f"réf. {n}"],
             "es": [f"n.º {n}", f"ref. {n}"]}[lang]
    allf = common + local
    return allf[kind % len(allf)]


# ---------------------------------------------------------------------------
GREET = {
    "en": ["Dear CSC members,", "Dear Committee,", "Hello,", "Hi all,",
           "To the Customer Standing Committee,", "Dear colleagues,", "Good morning,"],
    "fr": ["Mesdames, Messieurs,", "Bonjour,", "Chers membres du CSC,", "Madame, Monsieur,",
           "Bonjour à tous,"],
    "es": ["Estimados miembros del CSC:", "Buenos días:", "Hola,", "Estimados señores:",
           "Estimados colegas:"],
}
FORMAL_GREET = {
    "en": ["Dear Members of the Committee,", "Dear CSC members,", "To the Customer Standing Committee,",
           "Dear Sir or Madam,", "Dear Chair, dear Members of the CSC,"],
    "fr": ["Mesdames, Messieurs,", "Madame, Monsieur,", "Monsieur le Président, Mesdames et Messieurs les membres du CSC,"],
    "es": ["Estimados señores:", "Señor Presidente, señores miembros del CSC:", "A la atención del Comité:"],
}
INTRO = {
    "en": ["I am writing on behalf of {org}, manager of {tld}.",
           "We would like to bring the following to the committee's attention.",
           "I was told by a colleague at another registry that you are the people to write to.",
           "", ""],
    "fr": ["Je vous écris au nom de {org}, gestionnaire de {tld}.",
           "Nous souhaitons porter à votre connaissance la situation suivante.",
           "Un collègue d'un autre registre m'a conseillé de vous écrire.", ""],
    "es": ["Les escribo en nombre de {org}, administrador de {tld}.",
           "Queremos poner en su conocimiento la siguiente situación.",
           "Un colega de otro registro me sugirió escribirles a ustedes.", ""],
}
CLOSE = {
    "en": ["Thank you for looking into this.", "Any help appreciated.",
           "We look forward to your reply.", "Thanks in advance.", ""],
    "fr": ["Merci par avance pour votre attention.", "Dans l'attente de votre retour.",
           "Merci de bien vouloir examiner ce dossier.", ""],
    "es": ["Gracias de antemano.", "Quedo atento a su respuesta.",
           "Agradeceré que revisen este caso.", ""],
}
SALUTE = {
    "en": ["Regards,", "Best regards,", "Kind regards,", "Best,", "Thanks,", "Cheers,"],
    "fr": ["Cordialement,", "Bien à vous,", "Bien cordialement,",
           "Veuillez agréer, Mesdames, Messieurs, l'expression de nos salutations distinguées."],
    "es": ["Saludos cordiales,", "Atentamente,", "Un saludo,", "Saludos,"],
}
ANGRY_OPEN = {
    "en": ["This is unacceptable.", "I am frankly fed up.",
           "Once again we have to write to you because IANA is not doing its job.",
           "ENOUGH. I have been patient for weeks.",
           "I cannot believe I have to write this again."],
    "fr": ["C'est inadmissible.", "Nous en avons assez.",
           "Une fois de plus, nous devons vous écrire parce que rien ne fonctionne.",
           "Franchement, c'est inacceptable."],
    "es": ["Esto es inaceptable.", "Estamos hartos.",
           "Otra vez tenemos que escribirles porque nada funciona.",
           "Sinceramente, esto ya pasa de castaño oscuro."],
}
ANGRY_CLOSE = {
    "en": ["We expect a real answer this week, not another form letter.",
           "If this is the level of service registries can expect, something is very wrong.",
           "I will raise this at the next ccNSO meeting if nothing happens.",
           "Fix it."],
    "fr": ["Nous attendons une vraie réponse cette semaine, pas une énième réponse type.",
           "Cette situation ne peut plus durer.",
           "Nous soulèverons la question à la prochaine réunion du ccNSO si rien ne bouge."],
    "es": ["Exigimos una respuesta de verdad esta semana, no otra respuesta automática.",
           "Esta situación no puede continuar.",
           "Si nada cambia lo plantearemos en la próxima reunión de la ccNSO."],
}
FORMAL_OPEN = {
    "en": ["Pursuant to the complaint process for the IANA naming functions, {org}, the designated "
           "manager of {tld}, hereby submits a formal complaint regarding the matter set out below.",
           "We write formally to record our complaint concerning PTI's performance in relation to "
           "{tld}. We reserve all rights in this matter.",
           "On behalf of {org}, and with the approval of our Board, I submit the following complaint "
           "for the Committee's consideration."],
    "fr": ["Conformément à la procédure de réclamation relative aux fonctions IANA, {org}, "
           "gestionnaire désigné de {tld}, dépose par la présente une réclamation formelle "
           "concernant les faits exposés ci-dessous.",
           "Par la présente, nous souhaitons consigner formellement notre réclamation relative aux "
           "prestations de PTI pour {tld}, sous réserve de tous nos droits."],
    "es": ["De conformidad con el procedimiento de reclamaciones de las funciones IANA, {org}, "
           "administrador designado de {tld}, presenta formalmente la siguiente reclamación.",
           "Por medio de la presente dejamos constancia formal de nuestra reclamación sobre el "
           "desempeño de PTI respecto de {tld}, reservándonos todos los derechos."],
}
FORMAL_CLOSE = {
    "en": ["We request that the Committee (i) review this matter for systemic issues, (ii) obtain a "
           "written explanation from PTI, and (iii) inform us of the outcome.",
           "Please treat this letter as a formal record and acknowledge receipt.",
           "We respectfully request that this complaint be considered at the Committee's next "
           "meeting and that the outcome be communicated to us in writing."],
    "fr": ["Nous demandons au Comité d'examiner cette affaire, d'obtenir de PTI une explication "
           "écrite et de nous informer des suites données.",
           "Nous vous prions d'accuser réception de la présente."],
    "es": ["Solicitamos al Comité que examine el asunto, obtenga de PTI una explicación por escrito "
           "y nos informe del resultado.",
           "Les rogamos acusar recibo de la presente."],
}
REPLY_INTRO = {
    "en": ["Replying on this old thread because it is the only IANA mail I had at hand.",
           "Adding the CSC. Different request from the one below, same story.",
           "cc'ing the committee.", ""],
    "fr": ["Je réponds sur ce fil, c'est le dernier échange que j'ai avec l'IANA.",
           "J'ajoute le CSC en copie. Ce n'est pas la même demande que ci-dessous.", ""],
    "es": ["Respondo sobre este hilo porque es el último correo que tengo de IANA.",
           "Agrego al CSC en copia. No es la misma solicitud que la de abajo.", ""],
}
FWD_INTRO = {
    "en": ["See the exchange with IANA below.", "FYI, below is what we received.",
           "Forwarding our correspondence for context."],
    "fr": ["Ci-dessous l'échange avec l'IANA.", "Pour information, voici ce que nous avons reçu."],
    "es": ["Abajo el intercambio con IANA.", "Para su información, esto es lo que recibimos."],
}
TIMELINE_HEAD = {"en": ["Timeline:", "Chronology of events", "What happened:", "Sequence:"],
                 "fr": ["Chronologie :", "Déroulé des faits :"],
                 "es": ["Cronología:", "Secuencia de hechos:"]}
HTML_HEAD = {"en": ("Ticket", "TLD", "Submitted", "Status"),
             "fr": ("Ticket", "TLD", "Déposée le", "Statut"),
             "es": ("Ticket", "TLD", "Enviada", "Estado")}
HTML_STATUS = {"en": ["open", "pending", "no answer", "closed without explanation"],
               "fr": ["en attente", "sans réponse", "ouvert"],
               "es": ["pendiente", "sin respuesta", "abierto"]}
TITLES = {"en": ["Technical Manager", "Registry Operations Lead", "Chief Executive Officer",
                 "Policy & Compliance Officer", "Senior DNS Engineer", "Administrative Contact"],
          "fr": ["Responsable technique", "Direction générale", "Responsable juridique",
                 "Contact administratif", "Responsable des opérations"],
          "es": ["Coordinación de Operaciones", "Gerencia Técnica", "Dirección Ejecutiva", "Área Legal",
                 "Contacto administrativo"]}
DISCLAIMER = {
    "en": ["CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be "
           "legally privileged. They are intended solely for the use of the individual or entity "
           "to whom they are addressed. If you are not the intended recipient, you must not use, "
           "disclose, copy or distribute this e-mail or any part of it. If you have received this "
           "e-mail in error, please notify the sender immediately and delete it from your system. "
           "Any views or opinions expressed are those of the author and do not necessarily "
           "represent those of the organisation. We accept no liability for any damage caused by "
           "any virus transmitted by this e-mail.",
           "DISCLAIMER\nThe information contained in this communication is intended only for the "
           "addressee and may contain confidential or privileged information. Access to this "
           "e-mail by anyone else is unauthorised. Please consider the environment before printing "
           "this e-mail. This organisation is registered under the applicable laws; registered "
           "office as stated above."],
    "fr": ["AVERTISSEMENT : Ce message et toutes ses pièces jointes sont confidentiels et établis "
           "à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non "
           "autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir "
           "immédiatement l'expéditeur et de le détruire. L'intégrité de ce message ne pouvant être "
           "garantie sur Internet, l'expéditeur décline toute responsabilité au titre de son "
           "contenu.",
           "Ce courriel peut contenir des informations confidentielles. Si vous n'en êtes pas le "
           "destinataire, veuillez le supprimer et en informer l'expéditeur. Pensez à "
           "l'environnement avant d'imprimer ce message."],
    "es": ["AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están "
           "dirigidos exclusivamente a sus destinatarios. Si usted no es el destinatario indicado, "
           "queda notificado de que cualquier uso, divulgación o copia está prohibido. Si lo ha "
           "recibido por error, le rogamos que lo comunique al remitente y lo elimine. Las "
           "opiniones expresadas son exclusivas del autor.",
           "Este correo electrónico puede contener información confidencial o protegida por la "
           "legislación vigente. Antes de imprimir este mensaje, piense en el medio ambiente."],
}

IANA_FROM = "IANA Root Zone Management <root-mgmt@iana.example>"
NOTICES = {
    "submission": ("Request received: change to {TLD}",
                   "Dear {contact},\n\nThank you for your request. It has been logged in the Root "
                   "Zone Management System with reference number {n}. You will receive further "
                   "notifications as the request progresses.\n\nRegards,\nIANA Root Zone "
                   "Management\nPublic Technical Identifiers"),
    "techcheck_ok": ("Technical check results for {TLD}",
                     "Dear {contact},\n\nThe automated technical checks for request {n} have "
                     "completed. All tests passed. The request will now proceed to contact "
                     "confirmation.\n\nIANA Root Zone Management"),
    "confirm": ("Authorization required: change to {TLD}",
                "Dear {contact},\n\nA change has been requested to the {TLD} top-level domain "
                "(reference {n}). As an authorizing contact, please review the change and approve "
                "or reject it at:\n\n  https://rzms.iana.example/confirm/{token}\n\nIANA Root Zone "
                "Management"),
    "implemented": ("Change to {TLD} completed",
                    "Dear {contact},\n\nThe change requested under reference {n} has been "
                    "implemented. The root zone has been updated and the Root Zone Database "
                    "reflects the change.\n\nThank you,\nIANA Root Zone Management"),
    "status": ("Re: status of {TLD} request",
               "Hello,\n\nThank you for your message. Your request {n} is currently being "
               "processed. We will contact you if further information is needed.\n\nBest "
               "regards,\nIANA Services"),
    "docs": ("Additional information needed for {TLD}",
             "Dear {contact},\n\nIn order to continue evaluating request {n}, we need additional "
             "information as described in the attached guidance. Please reply to this message "
             "with the requested documents.\n\nKind regards,\nIANA Services"),
    "techcheck_fail": ("Technical check failure for {TLD}",
                       "Dear {contact},\n\nThe technical checks for request {n} did not pass. "
                       "Summary of errors:\n\n  ERROR: {ns}: no response received (UDP, TCP)\n"
                       "  ERROR: name server set not consistent across authoritative servers\n\n"
                       "Please correct the issues and request a retest from the RZMS portal.\n\n"
                       "IANA Root Zone Management"),
    "dnssec_fail": ("Technical check failure for {TLD} (DNSSEC)",
                    "Dear {contact},\n\nThe technical checks for request {n} did not pass:\n\n"
                    "  ERROR: DS record does not match any DNSKEY published in the zone\n\n"
                    "Please correct the issue and request a retest.\n\nIANA Root Zone Management"),
    "support_ack": ("Re: support request",
                    "Hello,\n\nThank you for contacting IANA. Your message has been received and "
                    "assigned reference {n}. A member of staff will respond shortly.\n\n"
                    "This is an automated message."),
    "idn_ack": ("IDN table submission for {TLD}",
                "Dear {contact},\n\nWe confirm receipt of the IDN table submitted for {TLD} "
                "(reference {n}). It will be reviewed and published in the IANA Repository of IDN "
                "Practices.\n\nBest regards,\nIANA Services"),
    "closed": ("Request {n} closed",
               "Hello,\n\nWe are closing this ticket as resolved. If you have further questions, "
               "please open a new request.\n\nRegards,\nIANA Services"),
}
FWD_NOTICE = {
    "ns_check_false_failure": ["techcheck_fail"], "dnssec_ds_change": ["dnssec_fail"],
    "contact_authorization": ["confirm", "closed"], "review_delay": ["status"],
    "publication_delay": ["implemented", "status"], "wrong_change_implemented": ["implemented"],
    "rzms_portal": ["support_ack"], "transfer_delegation": ["docs", "status"],
    "idn_table_publication": ["idn_ack"], "unresponsive_communication": ["closed", "status"],
    "unequal_treatment": ["status", "submission"], "emergency_handling": ["support_ack"],
    "database_record_update": ["implemented", "submission"],
}
AVOID = {
    "ns_check_false_failure": {"techcheck_ok"}, "dnssec_ds_change": {"techcheck_ok"},
    "contact_authorization": {"confirm"}, "review_delay": {"status"},
    "publication_delay": {"implemented"}, "wrong_change_implemented": {"implemented"},
    "transfer_delegation": {"docs"}, "unresponsive_communication": {"status"},
    "database_record_update": {"implemented"},
}
SUBJECTS = {
    "en": ["Complaint", "urgent", "URGENT - {tld}", "Complaint re {tld} request {n}", "problem with IANA",
           "{tld} again", "Formal complaint - PTI performance", "help needed", "Ticket {n}",
           "Request for CSC review", "issue", "IANA service", "Re: our request", "question", "FW: {n}"],
    "fr": ["Réclamation", "urgent", "Réclamation concernant {tld}", "Problème avec l'IANA", "Demande {n}",
           "Plainte formelle", "{tld} – toujours rien", "TR: votre dossier", "A l'attention du CSC"],
    "es": ["Reclamo", "urgente", "Reclamación sobre {tld}", "Problema con IANA", "Solicitud {n}",
           "Queja formal", "{tld} - sin novedades", "RV: consulta", "A la atención del CSC"],
}
ANGRY_SUBJ = {"en": ["UNACCEPTABLE", "Again!!", "This is the third time", "{tld} - enough"],
              "fr": ["INADMISSIBLE", "Encore !!", "{tld} : ça suffit"],
              "es": ["INACEPTABLE", "¡Otra vez!", "{tld}: basta ya"]}
FORMAL_SUBJ = {"en": ["Formal complaint concerning {tld}", "Complaint under the IANA complaint process - {tld}"],
               "fr": ["Réclamation formelle - {tld}"], "es": ["Reclamación formal - {tld}"]}
FWD_PREFIX = {"en": "Fwd: ", "fr": "TR: ", "es": "RV: "}


def typo(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    rng.shuffle(idx)
    for i in sorted(idx[:3]):
        w = words[i]
        k = rng.randrange(1, len(w) - 2)
        mode = rng.randrange(3)
        if mode == 0:
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif mode == 1:
            w = w[:k] + w[k + 1:]
        else:
            w = w[:k] + w[k] + w[k:]
        words[i] = w
    return " ".join(words)


def wrap(text, width=74):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


@dataclass
class Corpus:
    files: dict
    labels_json: str
    manifest_json: str


def pick_registry(rng, cat, lang, core_i, style, used, want_idn):
    pool = LANG_POOL[lang]
    if want_idn and IDN_POOL[lang]:
        pool = IDN_POOL[lang]
    elif cat == "transfer_delegation":
        pool = [r for r in pool if r[8] == ("g" if (lang == "en" and core_i == 3) else "cc")] or pool
    elif cat == "unequal_treatment" and lang == "en" and core_i == 3:
        pool = [r for r in pool if r[8] == "island"]
    elif cat == "idn_table_publication" and lang == "en":
        pool = IDN_POOL["en"]
    fresh = [r for r in pool if r[0] not in used]
    return rng.choice(fresh or pool)


def build():
    rng = random.Random(SEED)
    plans = []
    cats = list(CATEGORIES)
    for ci, cat in enumerate(cats):
        spec = CATEGORIES[cat]
        langs = ["en"] * 9 + ["fr", "fr", "es", "es"]
        styles = [STYLES[(ci * 3 + k) % 7] for k in range(PER_CATEGORY)]
        # interleave languages so that fr/es get varied styles
        order = [0, 9, 1, 2, 11, 3, 4, 10, 5, 6, 12, 7, 8]
        langs = [langs[o] for o in order]
        counters = {"en": 0, "fr": 0, "es": 0}
        used = set()
        idn_slot = rng.choice([k for k in range(PER_CATEGORY) if langs[k] in ("en", "fr")])
        for k in range(PER_CATEGORY):
            lang, style = langs[k], styles[k]
            if style == "terse":
                core_i = -1
            else:
                core_i = counters[lang] % len(spec[lang])
                counters[lang] += 1
            reg = pick_registry(rng, cat, lang, core_i, style, used, k == idn_slot)
            used.add(reg[0])
            plans.append((cat, lang, style, core_i, reg))
    rng.shuffle(plans)

    files, labels, manifest = {}, {}, {}
    start = dt.datetime(2026, 1, 5, 8, 0)
    for i, (cat, lang, style, core_i, reg) in enumerate(plans, 1):
        name = f"{i:03d}.eml"
        r = random.Random(f"{SEED}-{i}")
        raw, extras = render(i, r, cat, lang, style, core_i, reg, start)
        files[name] = raw
        labels[name] = cat
        manifest[name] = {"category": cat, "language": lang, "style": style,
                          "tld": reg[0], "extras": extras}
    labels_json = json.dumps({SPLIT: labels}, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    manifest_json = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    return Corpus(files, labels_json, manifest_json)


def render(i, r, cat, lang, style, core_i, reg, start):
    spec = CATEGORIES[cat]
    tld_a, ulabel, domain, org, address, phone, _, people, _kind = reg
    extras = []
    person = r.choice(people)
    if tld_a.startswith("xn--"):
        tld_disp = r.choice([ulabel, tld_a, "." + tld_a, f"{ulabel} ({tld_a})"])
    else:
        tld_disp = tld_a
    tld_up = tld_disp.upper() if tld_disp.isascii() else tld_disp
    when = start + dt.timedelta(days=r.randrange(0, 265), minutes=r.randrange(0, 600))
    tz = dt.timezone(dt.timedelta(hours=r.choice([-5, -3, 0, 0, 1, 2, 3, 4, 5.5, 8, 9, 12])))
    when = when.replace(tzinfo=tz)
    d1 = when - dt.timedelta(days=r.randrange(6, 40))
    d2 = when + dt.timedelta(days=r.randrange(5, 30))
    dkind = r.randrange(7)
    tkind = r.randrange(8)
    n1, n2 = r.randrange(1200000, 1999999), r.randrange(1200000, 1999999)
    bare = tld_disp.lstrip(".").split(" ")[0]
    ns = f"{r.choice(['ns1', 'ns2', 'a', 'b', 'dns3', 'sec1'])}.{domain}"
    vals = dict(tld=tld_disp, tldbare=bare, ticket=fmt_ticket(n1, lang, tkind),
                ticket2=fmt_ticket(n2, lang, tkind), d1=fmt_date(d1, lang, dkind),
                d2=fmt_date(d2, lang, dkind), ns=ns, days=str((when - d1).days), org=org)
    if style == "terse":
        core = r.choice(spec["terse"][lang]).format(**vals)
    else:
        core = spec[lang][core_i].format(**vals)
    if r.random() < 0.22:
        core = typo(core, r)
        extras.append("typos")

    # signature
    sig_full = r.random() < 0.45 and style != "terse"
    if sig_full:
        title = r.choice(TITLES[lang])
        sig = f"{person}\n{title}\n{org}\n{address}\nTel: {phone}\nhttps://www.{domain}/"
        if r.random() < 0.5:
            sig = "-- \n" + sig
        extras.append("signature")
    else:
        sig = r.choice([person, person.split(" ")[0], f"{person}\n{org}", f"{person.split(' ')[0]} ({ulabel or tld_a})"])
    disclaimer = None
    if r.random() < 0.25 and style != "terse":
        disclaimer = r.choice(DISCLAIMER[lang])
        extras.append("disclaimer")

    salute = r.choice(SALUTE[lang])
    paras = []
    subject = None
    notice_block = None
    if style == "terse":
        paras = [core]
        if r.random() < 0.5:
            paras.insert(0, r.choice(GREET[lang][:3]))
        salute = r.choice(["", salute])
    elif style == "long":
        paras = [r.choice(GREET[lang]), r.choice(INTRO[lang]).format(**vals), core]
        steps = spec["timeline"][lang]
        span = max((when - d1).days, len(steps))
        lines = [r.choice(TIMELINE_HEAD[lang])]
        bullet = r.choice(["- ", "* ", "", "• "])
        for k, st in enumerate(steps):
            dd = d1 + dt.timedelta(days=(span * k) // len(steps))
            lines.append(f"{bullet}{fmt_date(dd, lang, dkind)}: {st.format(**vals)}")
        paras.append("\n".join(lines))
        paras.append(r.choice(CLOSE[lang]))
    elif style == "angry":
        paras = [r.choice(ANGRY_OPEN[lang]), core, r.choice(ANGRY_CLOSE[lang])]
        if r.random() < 0.5:
            paras.insert(0, r.choice(GREET[lang]))
        subject = r.choice(ANGRY_SUBJ[lang]).format(tld=tld_up)
    elif style == "formal":
        paras = [r.choice(FORMAL_GREET[lang]), r.choice(FORMAL_OPEN[lang]).format(**vals), core,
                 r.choice(FORMAL_CLOSE[lang])]
        subject = r.choice(FORMAL_SUBJ[lang]).format(tld=tld_up)
        salute = {"en": "Yours faithfully,", "fr": r.choice(SALUTE["fr"]), "es": "Atentamente,"}[lang]
    elif style in ("reply", "forward", "html"):
        paras = [r.choice(GREET[lang]), core, r.choice(CLOSE[lang])]
        if style == "reply":
            paras.insert(0, r.choice(REPLY_INTRO[lang]))
            paras.pop(1)  # replies rarely greet
        if style == "forward":
            paras.insert(2, r.choice(FWD_INTRO[lang]))
    paras = [p for p in paras if p]

    # quoted / forwarded notice
    if style in ("reply", "forward"):
        if style == "reply":
            avoid = AVOID.get(cat, set()) | set(FWD_NOTICE[cat])
            keys = [k for k in ("submission", "techcheck_ok", "confirm", "implemented", "status", "docs")
                    if k not in avoid]
        else:
            keys = FWD_NOTICE[cat]
        nk = r.choice(keys)
        nsubj, nbody = NOTICES[nk]
        ref = f"{n2}" if style == "reply" else f"{n1}"
        nd = d1 - dt.timedelta(days=r.randrange(1, 60)) if style == "reply" else d1
        token = hashlib.sha1(f"{i}-{ref}".encode()).hexdigest()[:16]
        first = person.split(" ")[0]
        nsubj = f"[IANA #{ref}] " + nsubj.format(TLD=tld_up, n=ref)
        nbody = wrap(nbody.format(TLD=tld_up, n=ref, contact=first, token=token, ns=ns), 72)
        ndate = format_datetime(nd.replace(hour=14, minute=r.randrange(60), tzinfo=dt.UTC))
        if style == "reply":
            intro = {"en": f"On {ndate}, {IANA_FROM} wrote:",
                     "fr": f"Le {fmt_date(nd, 'fr', 0)}, IANA Root Zone Management <root-mgmt@iana.example> a écrit :",
                     "es": f"El {fmt_date(nd, 'es', 0)}, IANA Root Zone Management <root-mgmt@iana.example> escribió:"}[lang]
            notice_block = intro + "\n" + "\n".join(("> " + l) if l else ">" for l in nbody.split("\n"))
            subject = "Re: " + nsubj
        else:
            head = {"en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
                    "fr": ("-------- Message transféré --------", "De", "Date", "Objet", "Pour"),
                    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para")}[lang]
            sep = " : " if lang == "fr" else ": "
            notice_block = (f"{head[0]}\n{head[1]}{sep}{IANA_FROM}\n{head[2]}{sep}{ndate}\n"
                            f"{head[3]}{sep}{nsubj}\n{head[4]}{sep}{person} <{person_addr(person, domain)}>\n\n{nbody}")
            subject = FWD_PREFIX[lang] + nsubj
    if subject is None:
        subject = r.choice(SUBJECTS[lang]).format(tld=tld_up, n=n1)

    # assemble
    if style == "html":
        body_text = None
        body = render_html(r, lang, paras, salute, sig, disclaimer, vals, spec, d1, dkind, tld_disp, n1, tkind)
        subtype = "html"
    else:
        parts = [wrap(p) for p in paras]
        tail = "\n".join(x for x in [salute, sig] if x)
        body_text = "\n\n".join(parts) + "\n\n" + tail + "\n"
        if disclaimer:
            body_text += "\n" + wrap(disclaimer) + "\n"
        if notice_block:
            body_text += "\n" + notice_block + "\n"
        body = body_text
        subtype = "plain"

    attach = None
    if style != "html" and cat in ("ns_check_false_failure", "dnssec_ds_change", "wrong_change_implemented") and r.random() < 0.35:
        attach = dig_output(r, tld_a, ns, cat)
        extras.append("attachment")

    raw = build_message(i, r, lang, person, domain, when, subject, body, subtype, attach)
    return raw, extras


def person_addr(person, domain):
    import unicodedata
    s = unicodedata.normalize("NFKD", person).encode("ascii", "ignore").decode().lower()
    parts = s.replace("'", "").split()
    return f"{parts[0]}.{parts[-1]}@{domain}"


def render_html(r, lang, paras, salute, sig, disclaimer, vals, spec, d1, dkind, tld_disp, n1, tkind):
    e = html.escape
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        out.append(f"<p>{e(p)}</p>")
    if r.random() < 0.5:
        h = HTML_HEAD[lang]
        out.append('<table border="1" cellpadding="4" cellspacing="0">')
        out.append("<tr>" + "".join(f"<th>{e(x)}</th>" for x in h) + "</tr>")
        nrows = r.randrange(1, 4)
        for k in range(nrows):
            tn = fmt_ticket(n1 + k * r.randrange(7, 900), lang, tkind)
            dd = fmt_date(d1 + dt.timedelta(days=k * 3), lang, dkind)
            st = r.choice(HTML_STATUS[lang])
            out.append(f"<tr><td>{e(tn)}</td><td>{e(tld_disp)}</td><td>{e(dd)}</td><td>{e(st)}</td></tr>")
        out.append("</table>")
    else:
        out.append("<ul>")
        for st in spec["timeline"][lang][:r.randrange(3, 5)]:
            out.append(f"<li>{e(st.format(**vals))}</li>")
        out.append("</ul>")
    out.append(f"<p>{e(salute)}<br>{'<br>'.join(e(x) for x in sig.split(chr(10)))}</p>")
    if disclaimer:
        out.append(f'<p style="font-size:8pt;color:#888888">{e(disclaimer)}</p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def dig_output(r, tld_a, ns, cat):
    qtype = "DS" if cat == "dnssec_ds_change" else "NS"
    return (f"; <<>> DiG 9.18.24 <<>> @{ns} {tld_a}. {qtype} +norec\n"
            f";; global options: +cmd\n;; Got answer:\n"
            f";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: {r.randrange(1000, 65000)}\n"
            f";; flags: qr aa; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1\n\n"
            f";; ANSWER SECTION:\n{tld_a}.\t\t86400\tIN\t{qtype}\t...\n\n"
            f";; Query time: {r.randrange(8, 90)} msec\n;; SERVER: {ns}#53\n")


def build_message(i, r, lang, person, domain, when, subject, body, subtype, attach):
    addr = person_addr(person, domain)
    # charset and transfer encoding
    latin_ok = True
    try:
        body.encode("iso-8859-1")
    except UnicodeEncodeError:
        latin_ok = False
    if body.isascii():
        charset = r.choice(["us-ascii", "utf-8", "utf-8"])
        cte = r.choice(["7bit", "quoted-printable"]) if subtype == "plain" else r.choice(["7bit", "base64"])
    else:
        charset = "iso-8859-1" if (latin_ok and lang != "en" and r.random() < 0.45) else "utf-8"
        cte = r.choice(["quoted-printable", "base64", "8bit"])
    if subtype == "html":
        body = body.replace("charset=utf-8", f"charset={charset}")
    data = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = b64lines(data)
    else:
        payload = data.decode(charset)

    def h(s):
        return s if s.isascii() else Header(s, "utf-8").encode()

    frm = formataddr((person, addr), charset="utf-8")
    mid = hashlib.sha1(f"blind12-{i}-{addr}".encode()).hexdigest()[:20]
    headers = [
        ("From", frm),
        ("To", "CSC <csc@csc.example.org>"),
        ("Subject", h(subject)),
        ("Date", format_datetime(when)),
        ("Message-ID", f"<{mid}.{i:03d}@{domain}>"),
        ("MIME-Version", "1.0"),
    ]
    if r.random() < 0.3:
        headers.insert(4, ("X-Mailer", r.choice(["Microsoft Outlook 16.0", "Thunderbird 115.8.1",
                                                    "Apple Mail (2.3774)", "Roundcube Webmail/1.6.5"])))
    part_headers = [("Content-Type", f"text/{subtype}; charset=\"{charset}\""),
                    ("Content-Transfer-Encoding", cte)]
    if attach is None:
        lines = [f"{k}: {v}" for k, v in headers + part_headers]
        out = "\n".join(lines) + "\n\n" + payload
    else:
        boundary = f"=_blind12_{i:03d}_mixed"
        lines = [f"{k}: {v}" for k, v in headers]
        lines.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        fname = r.choice(["dig.txt", "dig-output.txt", "test_results.txt"])
        out = ("\n".join(lines) + "\n\nThis is a multi-part message in MIME format.\n"
               f"--{boundary}\n" + "\n".join(f"{k}: {v}" for k, v in part_headers) + "\n\n" + payload
               + f"\n--{boundary}\nContent-Type: text/plain; charset=\"us-ascii\"; name=\"{fname}\"\n"
               f"Content-Disposition: attachment; filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n"
               + b64lines(attach.encode("ascii")) + f"\n--{boundary}--\n")
    if not out.endswith("\n"):
        out += "\n"
    return out.encode("utf-8" if cte == "8bit" and charset == "utf-8" else
                      ("iso-8859-1" if cte == "8bit" else "ascii"))


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[k:k + 76] for k in range(0, len(s), 76)) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    c = build()
    outdir = os.path.join(here, SPLIT)
    os.makedirs(outdir, exist_ok=True)
    for name in sorted(c.files):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(c.files[name])
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
        f.write(c.labels_json)
    with open(os.path.join(here, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(c.manifest_json)
    print(f"wrote {len(c.files)} files to {outdir}")


if __name__ == "__main__":
    main()
