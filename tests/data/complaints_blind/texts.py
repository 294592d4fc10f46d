"""Shared material: IANA notices (quoted/forwarded), senders, subjects, signatures, disclaimers."""

# IANA-side notices, keyed by stage. Placeholders as in the cores; {N} = request number of
# the quoted notice (may differ from the complaint's ticket).
NOTICES = {
"received": ("Request {N} received",
"""Dear {first},

Thank you for your submission. Your change request for {tld} has been received and
assigned reference number {N}. Automated technical checks will now be performed; you
will be notified of the results.

Please retain this reference for any correspondence.

Regards,
IANA Root Zone Management"""),
"techfail": ("Technical check results for {N} ({tld})",
"""Dear {first},

The automated technical checks for change request {N} have completed with errors:

  - {ns}: No response received over TCP from one or more test locations
  - {ns}: Inconsistent SOA serial between authoritative servers

Please correct the issues identified and request a retest from the Root Zone
Management System. If you believe these results are in error, reply to this message.

IANA Root Zone Management"""),
"techfail_ds": ("Technical check results for {N} ({tld})",
"""Dear {first},

The technical checks for change request {N} did not pass:

  - DS record (key tag {keytag}, algorithm 13, digest type 2): no matching DNSKEY found
    in the {tld} zone, or DNSKEY RRset not signed by a key matching this DS

Please verify the DS data and resubmit.

IANA Root Zone Management"""),
"techpass": ("Technical checks passed - {N}",
"""Hello,

All technical checks for request {N} ({tld}) have passed. The request will now proceed
to contact confirmation.

Kind regards,
IANA Services"""),
"auth_request": ("Authorization required: change request {N} for {tld}",
"""Dear {first},

You are listed as a contact for {tld}. A change request ({N}) has been submitted that
requires your authorization. Please review the proposed changes and approve or decline
them using the link below:

  https://rzms.iana.example/authorize/{N}/7f3c9a

This link will expire if not acted upon. If you did not expect this request, please
contact us immediately.

IANA Root Zone Management"""),
"review": ("Status update: {N}",
"""Dear {first},

Your request {N} is currently undergoing review by IANA staff. We will contact you
should any additional information be required.

Best regards,
IANA Root Zone Management"""),
"released": ("Request {N} released for implementation",
"""Dear {first},

IANA has completed its review of request {N} for {tld}. The change has been
released for implementation in the root zone. You will receive a further notice
once the change is published.

IANA Root Zone Management"""),
"implemented": ("Change request {N} completed",
"""Dear {first},

We are pleased to inform you that change request {N} for {tld} has been completed.
The requested changes are now visible in the root zone and/or the Root Zone Database.

Should you have any questions, please reply to this message quoting the reference above.

Thank you,
IANA Root Zone Management"""),
"docs_request": ("{tld} transfer request {N} - additional information",
"""Dear {first},

In order to continue our evaluation of the transfer request for {tld}, we would be
grateful if you could provide the following:

  1. A current statement of support from the relevant government authority
  2. Evidence of consultation with the local Internet community
  3. Details of the transition plan, including continuity of registrant services

Please note that the evaluation cannot proceed until this information is received.

Kind regards,
IANA Services"""),
"closed": ("[IANA #{N}] Resolved",
"""Hello,

This ticket has been marked as resolved. If you believe this is in error, or you have
further questions, simply reply to this message and the ticket will be reopened.

IANA Services"""),
"idn_ack": ("IDN table submission {N} for {tld}",
"""Dear {first},

We acknowledge receipt of your IDN table submission for {tld}. It has been assigned
reference {N} and will be reviewed prior to publication in the IANA Repository of IDN
Practices.

IANA Services"""),
"portal_maint": ("RZMS scheduled maintenance",
"""Dear Root Zone Management System user,

The Root Zone Management System will be unavailable for scheduled maintenance during
the window announced on our website. Requests may be submitted by email during this
period and will be lodged once the system is available.

IANA Root Zone Management"""),
"auto_ack": ("[IANA #{N}] Auto-acknowledgement",
"""This is an automated acknowledgement. Your message has been received and assigned
ticket number {N}. A member of staff will respond shortly.

Please do not change the subject line when replying.

IANA"""),
}

# category -> notices that belong to the category's own stage (forward uses them,
# reply uses a notice from another stage).
RELATED = {
"ns_check_false_failure": ["techfail"],
"dnssec_ds_change": ["techfail_ds"],
"auth_contact_confirmation": ["auth_request"],
"review_stage_delay": ["review"],
"root_zone_publication_delay": ["released"],
"wrong_change_implemented": ["implemented"],
"rzdb_contact_record_update": ["implemented", "closed"],
"transfer_evaluation": ["docs_request"],
"rzms_portal_access": ["portal_maint"],
"unresponsive_communication": ["closed", "auto_ack"],
"unequal_treatment": ["review", "closed"],
"idn_table_publication": ["idn_ack"],
"emergency_request_handling": ["received", "auto_ack"],
}

# tld, kind (cc/g), langs, org, mail domain, city/address, phone, tz offset minutes, persons
TLDS = [
("ml", "cc", "fr en", "AGETIC - Registre .ml", "agetic-ml.example", "Avenue de l'Union Africaine, BP 1234, Bamako, Mali", "+223 20 22 00 00", 0,
 [("Amadou Traoré", "Chef de service DNS"), ("Fatoumata Diarra", "Juriste")]),
("sn", "cc", "fr en", "NIC Sénégal", "nic-sn.example", "Université Cheikh Anta Diop, BP 5005, Dakar-Fann, Sénégal", "+221 33 824 00 00", 0,
 [("Ousmane Ndiaye", "Administrateur technique"), ("Aïssatou Sow", "Responsable du registre")]),
("ht", "cc", "fr en", "Consortium FDS - registre .ht", "nic-ht.example", "Rue Lamarre, Port-au-Prince, Haïti", "+509 2813 0000", -300,
 [("Jean-Robert Pierre", "Coordonnateur bénévole")]),
("mg", "cc", "fr", "NIC-MG", "nic-mg.example", "Lot II M 87, Antananarivo 101, Madagascar", "+261 20 22 000 00", 180,
 [("Hery Rakotomalala", "Directeur technique")]),
("td", "cc", "fr", "ADETIC - Registre .td", "adetic-td.example", "BP 5000, N'Djamena, Tchad", "+235 22 52 00 00", 60,
 [("Mahamat Abakar", "Ingénieur réseaux")]),
("bj", "cc", "fr en", "Registre du .bj", "nic-bj.example", "Lot 1234, Cotonou, Bénin", "+229 21 30 00 00", 60,
 [("Koffi Agbodjan", "Responsable technique")]),
("quebec", "g", "fr en", "PointQuébec inc.", "pointquebec.example", "1000, rue Sherbrooke Ouest, Montréal (Québec) H3A 0A0, Canada", "+1 514 555 0142", -240,
 [("Marie-Ève Tremblay", "Conseillère juridique"), ("Simon Gagnon", "Directeur des opérations")]),
("bzh", "g", "fr", "Association www.bzh", "asso-bzh.example", "4 rue de la Mairie, 29200 Brest, France", "+33 2 98 00 00 00", 60,
 [("Gwenaël Le Bihan", "Responsable technique")]),
("xn--lgbbat1ad8j", "cc", "fr en", "CERIST - registre الجزائر", "cerist-dz.example", "5 rue des Trois Frères Aïssou, Ben Aknoun, Alger, Algérie", "+213 23 00 00 00", 60,
 [("Karim Benali", "Chef de projet IDN")]),
("xn--mgbc0a9azcg", "cc", "fr en", "ANRT - registre المغرب", "anrt-ma.example", "Centre d'affaires, Hay Riad, Rabat, Maroc", "+212 537 00 00 00", 60,
 [("Youssef El Idrissi", "Ingénieur DNS"), ("Salma Benjelloun", "Responsable juridique")]),
("bo", "cc", "es en", "NIC Bolivia", "nic-bo.example", "Av. 6 de Agosto 2170, La Paz, Bolivia", "+591 2 244 0000", -240,
 [("Marcela Quispe", "Jefa de Registro")]),
("py", "cc", "es", "NIC.PY - Universidad Nacional", "nic-py.example", "Campus Universitario, San Lorenzo, Paraguay", "+595 21 585 000", -180,
 [("Rodrigo Benítez", "Administrador de sistemas (voluntario)")]),
("hn", "cc", "es en", "Red de Desarrollo Sostenible - .hn", "nic-hn.example", "Col. Palmira, Tegucigalpa, Honduras", "+504 2232 0000", -360,
 [("Ana Lucía Zelaya", "Coordinadora técnica")]),
("ni", "cc", "es", "NIC Nicaragua - UNI", "nic-ni.example", "Av. Universitaria, Managua, Nicaragua", "+505 2270 0000", -360,
 [("Jorge Chamorro", "Responsable del registro")]),
("gt", "cc", "es en", "Registro de Dominios .gt", "registro-gt.example", "18 Avenida 11-95, Zona 15, Guatemala", "+502 2368 0000", -360,
 [("Luis Fernando Ixcot", "Gerente técnico")]),
("uy", "cc", "es en", "SeCIU - Registro .uy", "nic-uy.example", "Colonia 2066, Montevideo, Uruguay", "+598 2408 0000", -180,
 [("Valentina Pereyra", "Asesora legal"), ("Martín Rodríguez", "Operaciones DNS")]),
("sv", "cc", "es", "SVNet", "svnet-sv.example", "Calle El Mirador, San Salvador, El Salvador", "+503 2263 0000", -360,
 [("Carlos Menjívar", "Director ejecutivo")]),
("cu", "cc", "es", "CENIAInternet - .cu", "nic-cu.example", "Calle 20 No. 4110, Playa, La Habana, Cuba", "+53 7 204 0000", -240,
 [("Yamilé Hernández", "Especialista DNS")]),
("cat", "g", "es en", "Fundació puntCAT", "puntcat.example", "Carrer de Girona 10, 08010 Barcelona", "+34 93 000 00 00", 60,
 [("Jordi Puig", "Responsable de operaciones")]),
("lat", "g", "es en", "eCOM-LAC - .lat", "ecomlac-lat.example", "Av. Brasil 2000, Montevideo, Uruguay", "+598 2400 0000", -180,
 [("Lucía Gómez", "Oficial de cumplimiento")]),
("ws", "cc", "en", "Samoa Domain Registry", "nic-ws.example", "PO Box 1234, Apia, Samoa", "+685 20000", 780,
 [("Tavita Leota", "Registry Manager")]),
("to", "cc", "en", "Tonic Registry", "tonic-to.example", "PO Box 42, Nuku'alofa, Tonga", "+676 20000", 780,
 [("Sione Taufa", "Technical Contact (part-time)")]),
("ki", "cc", "en", "Kiribati NIC", "nic-ki.example", "Betio, Tarawa, Kiribati", "+686 75000000", 720,
 [("Teuea Toatu", "ICT Officer")]),
("vu", "cc", "en fr", "Telecommunications Regulator - .vu", "trr-vu.example", "PO Box 3050, Port Vila, Vanuatu", "+678 27000", 660,
 [("Dorothy Kalsakau", "Legal Officer"), ("Pierre Tari", "DNS Administrator")]),
("mw", "cc", "en", "Malawi SDNP - .mw", "sdnp-mw.example", "PO Box 31762, Blantyre 3, Malawi", "+265 1 870 000", 120,
 [("Grace Banda", "Registry Administrator")]),
("ls", "cc", "en", "Lesotho Communications Authority - .ls", "lca-ls.example", "Moposo House, Maseru 100, Lesotho", "+266 2222 4300", 120,
 [("Thabo Mokoena", "Senior Engineer")]),
("gy", "cc", "en", "University of Guyana - .gy registry", "uog-gy.example", "Turkeyen Campus, Greater Georgetown, Guyana", "+592 222 0000", -240,
 [("Devon Persaud", "Volunteer Administrator")]),
("lc", "cc", "en", "NIC Saint Lucia", "nic-lc.example", "Castries, Saint Lucia", "+1 758 450 0000", -240,
 [("Marcia Joseph", "Manager, Technical Services")]),
("bank", "g", "en", "fTLD Registry Services", "ftld-bank.example", "600 13th Street NW, Suite 400, Washington, DC 20005", "+1 202 555 0110", -240,
 [("Jennifer Walsh", "Senior Compliance Manager"), ("Michael Ostrowski", "General Counsel")]),
("ski", "g", "en", "Summit Registry Ltd", "summit-ski.example", "2 Harbour Exchange Square, London E14 9GE, United Kingdom", "+44 20 7946 0000", 0,
 [("Oliver Grant", "Head of Registry Operations")]),
("law", "g", "en", "Minds + Legal Registry LLC", "law-registry.example", "1200 Avenue of the Americas, New York, NY 10036", "+1 212 555 0199", -240,
 [("Rebecca Liang", "Associate General Counsel")]),
("music", "g", "en", "DotMusic Registry", "dotmusic.example", "Level 3, 25 Pitt Street, Sydney NSW 2000, Australia", "+61 2 5550 0000", 600,
 [("Aaron Hughes", "Compliance Officer")]),
("xn--vhquv", "g", "en", "Dash Business Registry (企业)", "qiye-registry.example", "Unit 1208, 88 Queensway, Admiralty, Hong Kong", "+852 3000 0000", 480,
 [("Wei Zhang", "Registry Compliance Lead")]),
("xn--55qx5d", "g", "en", "CNNIC-style Registry Services (公司)", "gongsi-registry.example", "4 Zhongguancun South 4th Street, Beijing", "+86 10 5881 0000", 480,
 [("Li Na", "DNS Operations Manager")]),
("xn--p1ai", "cc", "en", "Coordination Centre for TLD .РФ", "cctld-rf.example", "8 Zoologicheskaya St, Moscow 123242", "+7 495 730 0000", 180,
 [("Dmitry Volkov", "Head of Technical Department")]),
("xn--mgbaam7a8h", "cc", "en", ".امارات Registry (TDRA)", "tdra-ae.example", "PO Box 26662, Abu Dhabi, UAE", "+971 2 000 0000", 240,
 [("Fatima Al Mansoori", "Senior Specialist, Domain Names")]),
("xn--90ais", "cc", "en", "Reliable Software - .бел", "bel-registry.example", "Pr. Nezavisimosti 58, Minsk", "+375 17 000 0000", 180,
 [("Andrei Kaliada", "System Administrator")]),
("xn--node", "cc", "en", ".გე registry", "ge-registry.example", "Rustaveli Avenue 10, Tbilisi, Georgia", "+995 32 200 0000", 240,
 [("Nino Beridze", "Registry Coordinator")]),
("xn--45brj9c", "cc", "en", "National Internet Exchange - ভারত", "nixi-in.example", "Jeevan Tara Building, New Delhi 110001", "+91 11 4800 0000", 330,
 [("Ramesh Iyer", "Manager, IDN Programme")]),
]

SUBJECTS = {
"en": ["Complaint", "complaint re {tld}", "urgent", "URGENT - {tld}", "{tld} request {T}",
       "Problem with IANA", "IANA issue", "question", "escalation", "{tld}", "follow-up",
       "FW: please read", "Request {T}", "to the CSC", "another one", "help needed - {tld}",
       "Issue with our change request", "feedback on IANA service"],
"fr": ["Réclamation", "Plainte concernant l'IANA", "urgent", "demande {T}", "{tld} - problème",
       "suite", "dossier {tld}", "à l'attention du CSC", "relance", "question", "signalement"],
"es": ["Queja", "Reclamo", "urgente", "solicitud {T}", "Problema con IANA", "{tld}",
       "consulta", "para el CSC", "seguimiento", "aviso", "reclamación {tld}"],
}
FORMAL_SUBJECTS = {
"en": ["Formal complaint - {org}", "Complaint pursuant to the IANA complaint process - {tld}",
       "Letter to the Customer Standing Committee"],
"fr": ["Réclamation formelle - {org}", "Courrier à l'attention du Comité permanent des clients"],
"es": ["Reclamación formal - {org}", "Carta al Comité Permanente de Clientes"],
}
FWD_PREFIX = {"en": ["Fwd: ", "FW: ", "Fw: "], "fr": ["TR: ", "Fwd: "], "es": ["RV: ", "Fwd: "]}
RE_PREFIX = {"en": ["Re: ", "RE: "], "fr": ["Re: ", "RE : "], "es": ["Re: ", "RE: "]}

FWD_HEADER = {
"en": "---------- Forwarded message ---------",
"fr": "-------- Message transféré --------",
"es": "---------- Mensaje reenviado ----------",
}
FWD_LABELS = {
"en": ("From", "Date", "Subject", "To"),
"fr": ("De", "Date", "Objet", "À"),
"es": ("De", "Fecha", "Asunto", "Para"),
}
ATTRIB = {
"en": ["On {date}, IANA Root Zone Management <root-mgmt@iana.example> wrote:",
       "IANA wrote on {date}:"],
"fr": ["Le {date}, IANA Root Zone Management <root-mgmt@iana.example> a écrit :"],
"es": ["El {date}, IANA Root Zone Management <root-mgmt@iana.example> escribió:"],
}
FWD_INTRO = {
"en": ["See below.", "Forwarding the IANA message for context.", "FYI - the exchange with IANA is below.", ""],
"fr": ["Voir ci-dessous.", "Je vous transfère l'échange avec l'IANA.", ""],
"es": ["Ver abajo.", "Les reenvío el intercambio con IANA.", ""],
}

GREETING_CLOSE = {
"en": ["Regards,", "Thanks,", "Best,", "Kind regards,", "Cheers,", "Sincerely,"],
"fr": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,"],
"es": ["Saludos,", "Atentamente,", "Un saludo,", "Gracias de antemano,"],
}

DISCLAIMERS = {
"en": """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged information.
Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies of the
original message. The sender does not accept liability for any errors or omissions in the
contents of this message which arise as a result of e-mail transmission. Please consider
the environment before printing this e-mail.""",
"fr": """AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à
l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée
est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement
l'expéditeur et de le détruire. L'intégrité de ce message n'étant pas assurée sur
Internet, l'organisme ne peut être tenu responsable de son contenu. Pensez à
l'environnement avant d'imprimer ce message.""",
"es": """AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos
exclusivamente a su(s) destinatario(s). Si usted no es el destinatario indicado, queda
notificado de que la lectura, utilización, divulgación o copia sin autorización está
prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique
inmediatamente por esta misma vía y proceda a su eliminación. Antes de imprimir este
correo, piense si es necesario hacerlo.""",
}
"""Hand-written core texts, part A. Placeholders: {tld} {T} {T2} {D1}..{D4} {days}
{hours} {ns} {ns2} {ip} {keytag} {month} {org}."""

CORES_A = {}

CORES_A["ns_check_false_failure"] = [
("terse", "en", None,
"""Tech checks on {T} for {tld} keep failing with "not authoritative" for {ns}.
It IS authoritative, dig it yourself. Can someone at IANA actually look at this?"""),
("terse", "fr", "tests techniques {tld}",
"""Bonjour,
les tests techniques de la demande {T} échouent encore sur {ns} (« pas de réponse en TCP »). Nos serveurs répondent bien en TCP, on l'a vérifié depuis trois réseaux. Merci de regarder de votre côté."""),
("long", "en", "{tld} - technical check history",
"""Hello CSC,

I want to put on record a problem we have had with the IANA technical checks for {tld}.

{D1} - we submitted {T} through the portal to replace {ns2} with {ns} (new anycast provider).
{D2} - checks came back failed: "Name server {ns} did not respond over UDP" from some of the test points.
{D2} - we checked from RIPE Atlas, 300+ probes, every one answered. We asked for a retest.
{D3} - retest failed again, same error. The reply from IANA staff was that the test is "working as designed" and that we should talk to our provider.
{D4} - provider confirmed no filtering, no rate limiting. We resubmitted the same data as {T2}; it passed on the first try. We changed nothing.

So we lost {days} days on a test that apparently fails at random. Nothing was wrong on our side. If the test machines have a connectivity problem this should be acknowledged and fixed, not pushed back to the operator.

Could the committee check whether other registries saw the same thing in the same weeks?"""),
("angry", "es", "otra vez las pruebas técnicas",
"""Esto ya es el colmo.

Tercera vez este año que las verificaciones técnicas de IANA nos rechazan un cambio de servidores de nombres para {tld} diciendo que {ns} "no es autoritativo para la zona". ES autoritativo. Lo es desde hace ocho años. Lo hemos comprobado con dig desde cuatro países distintos y les mandamos las salidas completas, y nadie en IANA se molesta en mirarlas.

Solicitud {T}. Nos dicen que pidamos un reintento y el reintento falla exactamente igual. ¿Quién revisa esas pruebas? ¿Alguien las revisa? Pido que el CSC exija una explicación por escrito."""),
("formal", "en", "Formal complaint - technical check results, request {T}",
"""Dear Members of the Customer Standing Committee,

On behalf of {org}, the manager of {tld}, we hereby submit a formal complaint concerning the technical check phase of root zone change request {T}.

The automated checks reported an inconsistency of SOA serial numbers between the authoritative name servers for {tld}. Our monitoring records, which we are prepared to produce, demonstrate that all servers published an identical serial throughout the test window. The request has nevertheless remained in a failed state since {D2}, and our requests for a retest have not produced a result within the published service level of ten minutes.

We respectfully request that the Committee (i) record this complaint in its review of PTI's performance and (ii) ascertain whether the testing infrastructure produced erroneous results for other operators during the same period.

We reserve all rights in this matter."""),
("body", "en", None,
"""Hi,

not sure this is the right address, the IANA page said we could write to you.

We are a small team (three people, all volunteers) running {tld}. We tried to add a third name server ({ns}) last month. The results page shows a red line for "minimum number of reachable name servers" but the other two servers were never touched and answer fine. It also says an EDNS test timed out, but not from where. We don't have fancy tools, just what we can run from our office and a VPS abroad, and from both places everything looks normal.

Ticket is {T}. Could somebody explain what the test actually needs? We have read the technical requirements page twice."""),
("body", "fr", None,
"""Madame, Monsieur,

Je me permets de vous écrire au sujet de la demande {T} concernant {tld}.

Nous avons migré nos serveurs secondaires chez un nouvel hébergeur début {month}. Le changement paraissait simple : remplacer deux noms de serveurs et mettre à jour les adresses de colle. Depuis, les vérifications techniques de l'IANA échouent systématiquement sur {ns} avec un message « réponse non autoritaire » que nous n'arrivons pas à reproduire. Nos propres tests, ceux de Zonemaster et ceux de l'hébergeur sont tous au vert.

Chaque nouvelle tentative nous fait perdre plusieurs jours puisqu'il faut relancer la demande depuis le début. Nous voudrions simplement savoir depuis quel point de mesure cette erreur est renvoyée, et pourquoi.

Je reste à votre disposition pour tout complément d'information."""),
("body", "en", None,
"""CSC team,

Request {T} for {tld}: the retest after the failed technical checks took about {hours} hours to come back, the SLA for a retest is 10 minutes. And the result was the same failure ("glue mismatch for {ns}"), which is simply wrong: the glue we submitted ({ip}) is exactly the address the server has in our zone and at the parent.

Please include this in the monthly review. We would also like to know whether PTI reports this request as a met or a missed retest."""),
]

CORES_A["dnssec_ds_change"] = [
("terse", "en", None,
"""DS update for {tld} ({T}) rejected again - "no matching DNSKEY". Key tag {keytag} is published and signed. Our KSK rollover is stuck. Please help."""),
("terse", "es", None,
"""Buenas tardes. La solicitud {T} de cambio de DS para {tld} sigue rechazada, dicen que no coincide con el DNSKEY. Sí coincide (tag {keytag}). Estamos a mitad del cambio de KSK y no podemos retirar la clave vieja."""),
("long", "en", "algorithm rollover {tld} / {T}",
"""Dear CSC,

Summary of our algorithm rollover for {tld}, for your records:

{D1}: new KSK (algorithm 13, key tag {keytag}) published in the {tld} zone, zone double-signed with algorithms 8 and 13.
{D2}: DS change request {T} submitted, adding the DS for {keytag} next to the existing algorithm 8 DS.
{D2}: technical checks fail: "DS does not validate against DNSKEY RRset".
{D3}: we send IANA the DNSViz output showing that both chains validate. Answer: the request "will be reviewed by a specialist".
{D4}: still nothing. Our plan had the old key retired by now. We keep double signing, which almost doubles the zone size, and one of our secondaries is running short of memory.

As far as we can tell the IANA check does not handle a zone signed with two algorithms at the same time, which is exactly what you must do during an algorithm rollover (RFC 6781). We have been waiting {days} days. We would like the CSC to ask PTI whether this is a known limitation and how many other operators are stuck the same way."""),
("angry", "fr", "DS refusé - inadmissible",
"""Franchement c'est inadmissible.

Nous avons soumis le {D1} le nouvel enregistrement DS pour {tld} (demande {T}). Vos tests le rejettent au motif que « l'empreinte ne correspond à aucune clé ». Nous avons recalculé l'empreinte cinq fois, avec trois outils différents : elle correspond à la clé {keytag}, qui est publiée dans la zone depuis plus de deux semaines.

Personne ne nous dit quelle empreinte vos outils calculent, ni à partir de quelle clé. On nous répond par des messages types. Pendant ce temps notre roulement de clé est bloqué et nous devons repousser une maintenance annoncée à tous nos bureaux d'enregistrement. C'est notre crédibilité qui est en jeu, pas la vôtre."""),
("formal", "en", "Complaint: DS record change request {T} ({tld})",
"""To the Customer Standing Committee,

We write as counsel to {org} concerning a root zone change request to replace the delegation signer (DS) record for {tld}, submitted on {D1} under reference {T}.

The request has not advanced beyond the technical check stage. PTI has neither identified a deficiency in the submitted DS data nor provided a timeline for resolution. Our client's key signing key is scheduled for retirement under its published DNSSEC Practice Statement; continued delay forces our client either to deviate from that statement or to risk a validation failure for every domain registered under {tld}.

We request that the Committee treat this matter as a potential systemic issue in the handling of DNSSEC-related changes, and that it inform us of any response received from PTI."""),
("body", "en", None,
"""Hello,

we are trying to do our first KSK roll since we signed {tld} three years ago. On the portal we pasted the DNSKEY as the help text says, and the check says the DS "cannot be verified" without any more detail. Then we tried pasting the DS itself (digest type 2) and it says the same thing. Ticket {T}.

We don't know if we are doing something wrong or if the check is broken. The documentation doesn't say which one the portal wants. We are not DNSSEC experts, we just followed the how-to from our registry vendor. It has now been {days} days and we have the new key sitting in the zone waiting."""),
("body", "es", None,
"""Estimados miembros del CSC:

Les escribo en nombre de {org}, administrador de {tld}.

En {month} iniciamos la renovación programada de nuestra clave KSK y enviamos a IANA el nuevo registro DS (solicitud {T}). Las verificaciones técnicas tardaron casi {hours} horas en dar resultado, cuando el acuerdo de nivel de servicio habla de 50 minutos, y el resultado fue negativo sin explicación clara: solo un mensaje genérico de "validación DNSSEC fallida".

Tuvimos que abrir una segunda solicitud ({T2}) con los mismos datos, que esta vez sí pasó. Nadie nos explicó qué cambió entre una y otra. Creemos que el CSC debería saberlo."""),
("body", "en", None,
"""Hi all,

Quick one for the committee's pattern review. Our DS removal for {tld} ({T}) - we are going unsigned for a few weeks while we change signer - sat in technical checks for {hours} hours. The SLA says results within 50 minutes for automated submissions. The check finally passed with no change from us, so it wasn't a data problem. Second time this year with a DS request."""),
]

CORES_A["auth_contact_confirmation"] = [
("terse", "en", None,
"""Our admin contact never got the approval email for {T}. Request expired. Second time in a row. What is going on?"""),
("terse", "fr", None,
"""Bonjour, la confirmation du contact administratif pour la demande {T} ({tld}) n'est jamais arrivée. La demande a expiré. Merci de voir ce qui se passe."""),
("long", "en", "Re: {tld} change - approvals",
"""To whom it may concern,

Below is what happened with our last change request for {tld}. We think something is wrong with how approvals are sent.

{D1}  request {T} lodged (name server update, nothing special)
{D1}  technical checks passed the same afternoon
{D2}  our technical contact approves. Administrative contact has received nothing.
{D2}  we check spam folders, mail server logs: no message from IANA to the admin address at all
{D3}  we write to root-mgmt; reply: "the confirmation was sent, please ask the contact to check"
{D4}  request expires. We are told to start again from scratch.

The admin contact is our Director, whose address has not changed in six years. Mail from other senders arrives fine. We would like somebody to look at the IANA sending logs instead of asking us to look in spam folders again."""),
("angry", "es", "URGENTE: aprobaciones",
"""Señores:

Nuestro contacto técnico aprobó. Nuestro contacto administrativo aprobó, tengo las capturas de pantalla con la hora. Y la solicitud {T} sigue diciendo "esperando confirmación de contactos" desde el {D2}. ¡Desde el {D2}!

Cuando escribimos nos responden que "uno de los contactos no ha respondido". ¿Cuál? No nos lo dicen. Volvimos a aprobar los dos enlaces y ahora dicen que los enlaces están vencidos. Esto no es serio. Un cambio de rutina de {tld} lleva {days} días parado por un correo de confirmación."""),
("formal", "fr", "Réclamation formelle - confirmation des contacts",
"""Mesdames, Messieurs les membres du Comité,

Par la présente, {org}, gestionnaire du domaine de premier niveau {tld}, entend porter à votre connaissance un incident grave relatif à la phase de confirmation des contacts de la demande {T}.

La demande d'approbation a été adressée à une personne qui n'exerce plus la fonction de contact administratif depuis le {D1}, alors même que le changement de contact avait été notifié à l'IANA et confirmé par écrit. Cette personne, qui n'a plus aucun lien avec notre organisation, était donc en mesure d'autoriser une modification de la zone racine concernant {tld}.

Au-delà du retard occasionné, nous considérons que cet incident soulève une question de sécurité. Nous vous prions de bien vouloir en tenir compte dans votre examen des performances de PTI et d'en informer les instances compétentes."""),
("body", "en", None,
"""Dear CSC,

The confirmation links IANA sends to authorize a change expire before our people can use them. Our administrative contact is a ministry official who is often travelling; our technical contact is in a different time zone from the ministry. For {T} the technical contact approved within an hour, the ministry approved two days later and the link was already dead.

We don't mind the security, but we have now had to resubmit {tld} changes three times for this reason alone, and each time the technical checks run again. Is there no way to extend the window or to approve from the portal instead of by e-mail?"""),
("body", "es", None,
"""Hola,

Les cuento lo que nos pasa con las confirmaciones de contacto. Nuestro contacto administrativo es la dirección institucional del ministerio, y el filtro del ministerio marca como sospechosos los correos de IANA porque llevan un enlace largo. El correo nunca llega a la bandeja. Ya hablamos con informática del ministerio y dicen que no pueden hacer una excepción "para un solo remitente extranjero".

Con la solicitud {T} de {tld} perdimos {days} días por esto. Preguntamos a IANA si había otra forma de confirmar (por teléfono, por el portal, lo que sea) y la respuesta fue que no. Creemos que debería haber una alternativa."""),
("body", "en", None,
"""Hi,

For the record: on {T} ({tld}) the authorization contacts were asked to approve roughly {hours} hours after the technical checks passed. Your own SLA says 60 seconds for that step. The mail timestamps are in our logs if anyone wants them.

Not a disaster, but it's the third time we've seen this and I doubt we're the only ones."""),
]

CORES_A["review_stage_delay"] = [
("terse", "en", None,
"""{T} has been "in review" for {days} days. It's a routine NS change. What's the hold-up?"""),
("terse", "es", None,
"""La solicitud {T} ({tld}) lleva {days} días en revisión. Es un cambio rutinario de servidores. ¿Alguna novedad? Gracias."""),
("long", "en", "Timeline {T}",
"""CSC,

Timeline for {tld}, request {T}:

{D1}  submitted through RZMS
{D1}  technical checks OK
{D1}  both contacts confirmed within the hour
{D2}  status still "Pending IANA review". Emailed root-mgmt, no reply
{D3}  second email. Auto-ack only
{D4}  still in review, no question asked of us, nothing missing as far as we know

That is {days} days in a stage that should take five days at most for a routine change. No one has asked us for anything, so we can only assume the request is sitting in a queue. We'd like to know why and whether this is happening to others."""),
("angry", "en", "this is ridiculous",
"""Routine. NS. Change.

Two glue records. Technical checks passed on {D1}. Contacts approved on {D1}. And since then {T} has been sitting in "IANA review" for {days} days without a single word from anyone. Nobody asked us a question. Nobody said anything was missing.

We run {tld} on a shoestring and I have to explain to our board why a change we planned for months still isn't live. I'd genuinely like to know what the reviewer is reviewing."""),
("formal", "en", "Complaint regarding processing time - {tld}",
"""Dear Chair and Members of the Committee,

{org} hereby lodges a complaint regarding the processing of root zone change request {T} for {tld}.

The request completed technical checks and contact confirmation on {D1}. As at the date of this letter, PTI has not released the request for implementation, a period of {days} calendar days. The applicable service level for review and processing of routine changes is five days. PTI has provided no explanation for the delay and has not requested any further information from us.

We ask that the Committee consider this complaint in the course of its monthly monitoring and inform us of any explanation PTI provides."""),
("body", "fr", None,
"""Bonjour à tous,

Je gère {tld} depuis quelques années, à titre bénévole pour l'essentiel. D'habitude les changements passent sans histoire. Cette fois-ci, la demande {T} (simple mise à jour des serveurs de noms) est bloquée à l'étape « examen par l'IANA » depuis le {D1}.

J'ai écrit deux fois. On m'a répondu une fois que « le dossier est en cours de traitement », rien depuis. Aucune pièce manquante ne m'a été signalée. Je ne sais pas si quelqu'un le regarde ou s'il est oublié dans une file d'attente.

Je ne cherche pas à faire des histoires, juste à comprendre. Si d'autres gestionnaires ont le même problème, ça mérite peut-être votre attention."""),
("body", "en", None,
"""Hello,

Our request {T} for {tld} passed all the automated steps on {D1} and then just stopped. The status page has shown "Review and processing" ever since, with the same timestamp. No email, nothing in the portal messages tab.

We understand a human has to look at it, but it's been {days} days. We don't even know who to chase. Any help appreciated."""),
("body", "es", None,
"""Estimados:

Quería dejar constancia de una demora. El {D1} presentamos la solicitud {T} para {tld}; pasó las pruebas técnicas y la confirmación de contactos ese mismo día. Luego quedó en la etapa de revisión de IANA hasta el {D3}, sin que nadie nos pidiera nada ni nos explicara el motivo.

Al final se aprobó sin ningún cambio por nuestra parte. Entendemos que pueda haber casos complicados, pero este no lo era. Si el indicador de revisión y procesamiento es de cinco días, este caso debería figurar como incumplido en el informe mensual."""),
]

CORES_A["root_zone_publication_delay"] = [
("terse", "en", None,
"""{T} marked complete on {D2}, but the root still serves our old NS set for {tld}. Checked a, f, k and m. When will it actually be published?"""),
("terse", "fr", None,
"""Bonjour, la demande {T} est approuvée depuis le {D2} mais la zone racine n'a toujours pas changé pour {tld}. Pouvez-vous vérifier ? Merci."""),
("long", "en", "{tld} publication delay",
"""Hello,

Please register a complaint about the implementation of {T} ({tld}).

{D1}: request submitted (new DS and one NS replaced)
{D2}: IANA review complete, email says the request is "released for implementation"
{D3}: nothing in the root zone. We check the SOA serial of the root every few hours
{D4}: still the old records. We ask IANA; we are told it is "with the Root Zone Maintainer"
{D4}: change appears in the root zone late in the evening UTC

We had announced a maintenance window to our registrars based on the 72 hour figure. We had to postpone twice. We don't know who to blame between IANA and the maintainer, and that is part of the problem: as a customer we only talk to IANA."""),
("angry", "fr", "toujours pas publié !!",
"""Bonjour,

Je ne comprends plus rien. L'IANA nous a écrit le {D2} que la modification {T} était validée. Nous sommes le {D4} et quand j'interroge les serveurs racine, ils renvoient TOUJOURS nos anciens serveurs de noms pour {tld}.

Nous avons déjà éteint l'ancien serveur, comme prévu, puisque le changement devait être en ligne depuis des jours. Résultat : un tiers des requêtes part vers une machine qui ne répond plus. Nos usagers se plaignent, notre direction aussi.

Qui est responsable de la publication ? Pourquoi personne ne nous prévient quand ça bloque ?"""),
("formal", "en", "Complaint - delay in root zone implementation, {tld}",
"""Dear Committee Members,

We refer to root zone change request {T} concerning {tld}, which PTI released for implementation on {D2}.

The change was not published in the root zone until {D4}, well beyond the 72 hours provided for in the applicable service level agreement. At no time during this period did PTI inform {org} of the delay or its cause, despite two written enquiries from us.

Because our operational planning relied on the published service level, the delay had material consequences for our registrants. We request that the Committee examine whether this delay was correctly reported in PTI's monthly performance report."""),
("body", "en", None,
"""Hi,

Something odd. We got the "your change request has been implemented" email for {tld} ({T}), but dig @a.root-servers.net {tld} NS still shows {ns2}, which we asked to remove. The root zone serial has moved on twice since then.

Either the email went out before the change was really done, or the change got lost. Could the committee ask which? We're a bit nervous about switching off the old box."""),
("body", "es", None,
"""Estimados señores:

Somos un equipo pequeño que administra {tld} desde la universidad. En {month} pedimos cambiar nuestros servidores de nombres (solicitud {T}). IANA aprobó el cambio rápido, eso hay que reconocerlo, pero después pasaron casi cuatro días hasta que el cambio apareció en la zona raíz.

Nadie nos avisó. Nosotros íbamos revisando cada mañana con dig y cada mañana seguía igual. Cuando preguntamos, nos contestaron que estaba "en implementación". No sabemos si esto es normal, pero el acuerdo de servicio habla de 72 horas."""),
("body", "en", None,
"""Dear CSC,

Minor, but for your trend analysis: the notification that {T} ({tld}) was published in the root zone reached us about {hours} hours after the new serial was already live. The SLA for notifying the requester after publication is 60 seconds, if I remember correctly. We only noticed because our monitoring picked up the change before IANA's mail did."""),
]
"""Hand-written core texts, part B."""

CORES_B = {}

CORES_B["wrong_change_implemented"] = [
("terse", "en", "URGENT {tld}",
"""IANA removed ns1 instead of ns3 from {tld}. Request {T} clearly says ns3. Please fix today, we are down to one working server."""),
("terse", "es", "urgente - cambio equivocado",
"""Hola. En la solicitud {T} pedimos borrar {ns2} y lo que se publicó fue otra cosa: borraron {ns}. Por favor corríjanlo cuanto antes."""),
("long", "en", "Incorrect glue published for {tld}",
"""Dear CSC,

We need to report an error by IANA in the implementation of our request.

{D1}: we submitted {T} to renumber {ns} to {ip} (IPv4) and add an IPv6 address.
{D2}: request completed, notification received.
{D2}: our monitoring flags that queries via the root go to an address that is not ours. The IPv6 glue in the root zone has two digits swapped compared to what we submitted (we have the confirmation email showing our original value).
{D3}: we report it to root-mgmt, marked urgent. Answer next day: we must submit a NEW change request to correct it.
{D4}: correction published.

For roughly {days} days one of our name servers had a wrong address in the root zone. The address belonged to someone else. We find it unacceptable that correcting IANA's own mistake requires us to go through the whole process again, with technical checks and approvals, as if the error were ours."""),
("angry", "es", "¡¡Rompieron nuestra zona!!",
"""No puedo creer lo que pasó.

Pedimos el cambio de clave con la solicitud {T}: agregar el DS nuevo ({keytag}) y QUITAR el viejo cuando terminara el periodo. IANA hizo al revés: quitó el DS nuevo y dejó el viejo, que ya no existe en nuestra zona. Resultado: todos los resolutores que validan DNSSEC dieron SERVFAIL para todo {tld} durante horas. Bancos, gobierno, todo.

Lo reportamos a las {hours}:00 y la corrección tardó toda la noche. Nadie de IANA nos ha pedido disculpas ni nos ha explicado cómo pudo pasar. Quiero saber qué va a hacer el CSC con esto."""),
("formal", "en", "Notice of complaint - erroneous root zone change ({tld})",
"""Dear Members of the Committee,

We act on behalf of {org}, the registry operator for {tld}.

On {D2}, PTI implemented root zone change request {T}. The change as implemented did not correspond to the change as submitted and authorised by our client's contacts: the name server record for {ns} was deleted, whereas the authorised request concerned only the addition of a new name server.

The error resulted in a partial loss of resolution for {tld} until it was corrected on {D3}. Our client has incurred costs and reputational harm as a result. We request that the Committee review this incident, obtain from PTI an account of how it occurred and of the measures taken to prevent its recurrence, and share that account with our client."""),
("body", "fr", None,
"""Bonjour,

Petit rappel du contexte : notre organisation gère à la fois {tld} et sa version en caractères internationalisés. Nous avons demandé le {D1} une modification des serveurs de noms pour un seul des deux domaines (demande {T}).

Or c'est l'autre domaine qui a été modifié. Nous l'avons découvert par hasard quelques jours plus tard en comparant les deux délégations. Le domaine que nous voulions modifier n'a pas bougé, et celui qui ne devait pas bouger a reçu les nouveaux serveurs, qui n'étaient pas encore configurés pour lui.

L'IANA a reconnu l'erreur et corrigé, mais nous tenons à ce que cela soit consigné. C'est le genre d'incident qui ne devrait tout simplement pas arriver."""),
("body", "en", None,
"""Hello,

After {T} was completed, the NS set for {tld} in the root zone has {ns} spelled with a trailing label that we never submitted - looks like part of another TLD's name server got pasted in. dig @b.root-servers.net shows it clearly.

We've told IANA. Writing to you too because this is not a delay, it's a wrong change in the root zone, and we thought the committee would want to know."""),
("body", "en", None,
"""CSC,

We asked for the TTL-neutral replacement of one DS record for {tld} ({T}). IANA published the new DS but did not remove the old one, even though the request listed it for deletion. Now we have two DS records, one pointing at a key that is gone. Validators mostly cope, but some strict ones don't.

The notification email said "completed as requested". It wasn't."""),
]

CORES_B["rzdb_contact_record_update"] = [
("terse", "en", None,
"""We changed our technical contact via {T} weeks ago. whois.iana.org and the root zone database page for {tld} still show the old person. Please update."""),
("terse", "fr", None,
"""Bonjour, notre changement de contact technique (demande {T}) est marqué terminé mais la base de données de la zone racine affiche toujours l'ancien contact pour {tld}. Merci d'avance."""),
("long", "en", "{tld} contact details still wrong",
"""Hi,

Our contact update for {tld} has been going on too long. Summary:

{D1}: submitted {T}: new administrative contact (our new CEO), new phone and email
{D2}: both old contacts confirmed (not without chasing them)
{D3}: email saying the request is complete
{D3}: IANA WHOIS still lists the former CEO. The database page has the new name but the OLD phone number
{D4}: we report it, told it will be "looked at"

It has been {days} days. Meanwhile people looking for our administrative contact call a number that now belongs to somebody's mobile. This is not a root zone change, so maybe it gets lower priority, but it matters to us."""),
("angry", "en", "wrong phone number published",
"""For the third time: the phone number IANA publishes for the {tld} technical contact is WRONG. It's a private mobile number of a former employee, who now gets calls at night about our domain. He is (understandably) furious with us.

We filed {T} to correct it on {D1}. It came back "completed". The number is still there. We filed again ({T2}). Still there.

How hard is it to update one field in a database?"""),
("formal", "fr", "Mise à jour des informations de l'organisme gestionnaire - {tld}",
"""Madame la Présidente, Messieurs les membres du Comité,

À la suite d'une réorganisation juridique intervenue en {month}, l'organisme gestionnaire de {tld} a changé de dénomination sociale et d'adresse de siège. Nous avons transmis à l'IANA, le {D1}, une demande de mise à jour (référence {T}) accompagnée des justificatifs requis.

À ce jour, la base de données de la zone racine et le service WHOIS de l'IANA mentionnent toujours l'ancienne dénomination, qui n'a plus d'existence juridique. Cette situation nous expose, dans nos relations avec les autorités et les bureaux d'enregistrement, à des contestations sur la qualité de gestionnaire de notre organisme.

Nous vous saurions gré de bien vouloir intervenir auprès de PTI afin que cette mise à jour, qui ne touche pas le fichier de zone, soit enfin effectuée."""),
("body", "es", None,
"""Buenos días:

Les escribo porque la información publicada por IANA sobre {tld} está desactualizada y no conseguimos que la corrijan. Desde {month} el servidor WHOIS de nuestro registro cambió de nombre, y la dirección web de los servicios de registro también. Enviamos la solicitud {T} para actualizar esos dos datos.

Lleva {days} días. Mientras tanto, whois.iana.org sigue mandando a la gente a un servidor que ya apagamos. Recibimos quejas de registradores que no encuentran nuestros datos. Es un cambio pequeño, no toca la zona raíz, y aun así no avanza."""),
("body", "en", None,
"""Dear CSC,

Just flagging something we noticed. For non-root-zone changes - in our case updating the sponsoring organisation's address for {tld} ({T}) - there is no visible service level at all. The request went through technical checks (which seems odd for an address change) and then waited {days} days.

We understand these are less urgent, but the published record is our public face. It would help to know what the expected turnaround is and whether PTI reports on it."""),
]

CORES_B["transfer_evaluation"] = [
("terse", "en", None,
"""Transfer of {tld}, ticket {T}: {days} days now. Every few weeks a new document request. When does it end?"""),
("terse", "es", None,
"""Buenas. La transferencia de {tld} (expediente {T}) sigue en evaluación y nos vuelven a pedir documentos que ya entregamos. ¿Alguien puede revisar?"""),
("long", "en", "{tld} transfer - chronology",
"""Dear Committee,

We would like the CSC to be aware of how the transfer of {tld} to {org} has been handled.

{D1}  transfer request {T} submitted with the government letter, the agreement of the current manager and a description of the technical operations
{D2}  IANA asks for evidence of support from the local Internet community
{D2}  we send letters from the ISP association, the university and two registrars
{D3}  IANA asks for the same support letters "in a different form", and for a new letter from the government as the first one is now "too old"
{D4}  new government letter sent. IANA asks about the financial arrangements between the old and new manager

None of these questions were asked at the start, although all the information was available then. Each round costs us weeks. The current manager, who is retiring, is running the registry from his own pocket until the transfer is done."""),
("angry", "fr", "Transfert de {tld} - ça suffit",
"""Mesdames, Messieurs,

Cela fait maintenant {days} jours que le transfert de {tld} est « en cours d'évaluation ». À chaque relance, un nouvel interlocuteur, une nouvelle liste de pièces, et parfois des pièces que nous avons déjà fournies deux fois.

Le ministère a signé. L'ancien gestionnaire a signé. La communauté locale a écrit. Que faut-il de plus ? Personne à l'IANA n'est capable de nous dire quels critères restent à remplir. On a l'impression que le dossier est perdu entre deux bureaux.

Nous demandons au CSC d'intervenir, sinon nous porterons l'affaire plus haut."""),
("formal", "en", "Transfer request {T} - formal complaint",
"""Dear Chair,

We are legal advisers to {org}, the proposed manager of the country code top-level domain {tld}.

Our client submitted a complete transfer request on {D1}. Since then PTI has issued successive requests for additional documentation, several of which duplicate material already provided, and has not indicated which of the applicable criteria it considers unmet. The evaluation has now exceeded {days} days.

We do not ask the Committee to intervene in the substance of the evaluation. We do ask it to consider whether the duration and conduct of this evaluation are consistent with PTI's service commitments for the transfer of a country code top-level domain, and to note this complaint in its performance review."""),
("body", "es", None,
"""Hola a todos:

Durante casi veinte años administré {tld} como voluntario, con la ayuda de dos amigos. Ahora que la universidad nacional se hace cargo, pensé que el traspaso sería sencillo: todos estamos de acuerdo, el gobierno también.

Presentamos la solicitud {T} en {month}. Desde entonces IANA nos ha hecho preguntas por correo, una por una, con semanas entre cada pregunta. Algunas no las entiendo bien (por ejemplo, qué significa exactamente "plan de continuidad" para un registro de cuatro mil dominios). Cuando pido una llamada para explicarlo, me responden por correo.

No me quejo del rigor. Me quejo del ritmo. Yo ya no puedo seguir pagando los servidores mucho tiempo más."""),
("body", "en", None,
"""Hi,

We're the incoming operator for {tld} (IDN ccTLD, request {T}). The evaluation seems to have restarted twice because the IANA staff member handling it changed, and each new person asks the same initial questions. We have four near-identical email threads.

Is there a case file that carries over? It doesn't look like it. Could the committee ask about continuity of case handling in delegation/transfer evaluations?"""),
]

CORES_B["rzms_portal_access"] = [
("terse", "en", "portal",
"""Can't log in to the RZMS since yesterday - the 2FA code is rejected every time, and the password reset email never arrives. We have a change waiting for {tld}."""),
("terse", "fr", None,
"""Bonjour, impossible de se connecter au portail RZMS depuis ce matin (« erreur interne »). Nous devons soumettre une modification pour {tld}. Une idée ?"""),
("long", "en", "RZMS problems {tld}",
"""Dear CSC,

Log of our attempts to submit a change for {tld} through the Root Zone Management System:

{D1}: login OK, form filled, "Submit" returns a blank page. Nothing in our request list.
{D1}: second try, same. Third try from a different browser, same.
{D2}: we email root-mgmt with screenshots. Reply: "please try again later".
{D3}: form submits, but our IPv6 glue is rejected as "invalid format" (it is a normal compressed IPv6 address; uncompressed form rejected too).
{D4}: IANA staff lodge the request manually for us as {T}.

Four days lost before the request even existed. Because it didn't exist, none of this counts against any SLA, which is exactly why we're telling you."""),
("angry", "es", "el portal NO funciona",
"""¿Alguien en IANA prueba ese portal antes de cambiarlo?

Desde la actualización de {month} la sesión caduca a los pocos minutos, mientras llenamos el formulario, y perdemos todo. Lo intentamos cinco veces para la solicitud de {tld}. Al final tuvimos que escribir todo en un bloc de notas y pegarlo a toda velocidad.

Y cuando por fin se envió, el sistema duplicó la solicitud ({T} y {T2}) y ahora nos piden que anulemos una. ¿Cómo? No hay ningún botón para eso."""),
("formal", "en", "Complaint concerning the Root Zone Management System",
"""Dear Members of the Customer Standing Committee,

{org} wishes to record a complaint concerning the availability and reliability of the Root Zone Management System (RZMS).

Between {D1} and {D3}, our authorised users were unable to authenticate to the system. Account recovery messages were not delivered. Our enquiries to PTI were acknowledged but not resolved within that period. As a consequence, we were unable to submit a time-sensitive change concerning {tld}.

As the portal is the primary channel through which TLD managers submit requests, we consider its availability part of the service PTI provides, even though it is not currently the subject of a service level. We ask the Committee to raise this with PTI."""),
("body", "fr", None,
"""Bonjour,

Petite remarque qui n'est peut-être pas anodine : le portail de gestion de la zone racine enregistre mal les caractères accentués. Le nom de notre organisme et celui de notre contact administratif apparaissent avec des « ? » à la place des lettres accentuées, et une fois enregistrés on ne peut plus les corriger par le formulaire (message « caractères non autorisés »).

Résultat : la fiche publique de {tld} affiche des noms défigurés. Nous avons signalé le problème (ticket {T}) il y a plusieurs semaines. Aucune suite."""),
("body", "en", None,
"""Hello,

When we try to upload the supporting documents for our request in the portal (PDF, 2 MB), we get "An unexpected error occurred. Reference {T2}." every time. Smaller files work. The request for {tld} ({T}) can't move forward without the documents.

IANA told us to send them by email instead, which we did, but the portal still shows the request as incomplete. We're not sure which one counts."""),
]
"""Hand-written core texts, part C."""

CORES_C = {}

CORES_C["unresponsive_communication"] = [
("terse", "en", None,
"""Three emails to root-mgmt about {T} since {D1}. Zero human answers, just the autoresponder. Is anyone reading?"""),
("terse", "es", None,
"""Escribimos a IANA el {D1} y el {D3} por la solicitud {T}. Solo recibimos el acuse automático. Nadie contesta. Saludos."""),
("long", "en", "no reply - {tld}",
"""Dear CSC,

We are writing to you because we can't get an answer from IANA. History:

{D1}: question sent to root-mgmt about whether our planned change for {tld} needs a new request or can amend {T}
{D1}: automatic acknowledgement with ticket number
{D2}: reminder. Automatic acknowledgement with a DIFFERENT ticket number ({T2})
{D3}: phone call. Told "someone will email you"
{D4}: {T} closed as "resolved". No answer was ever sent.

We are not complaining about the technical handling, which has been fine in the past. We are complaining that a simple question took {days} days and got no answer at all. The complaints page says acknowledgement in 1 business day and response in 2; we did not get either."""),
("angry", "fr", "Relance n°4 - sans réponse",
"""Bonjour,

Quatrième relance. QUATRIÈME.

Le ticket {T} a été clôturé le {D3} avec la mention « résolu », alors que personne ne nous a jamais répondu. Nous l'avons rouvert, il a été refermé. Nous avons écrit à l'adresse des réclamations, accusé de réception automatique, puis silence.

Nous gérons {tld} pour tout un pays. Nous ne demandons pas de traitement de faveur, juste qu'un être humain lise nos messages et y réponde. C'est vraiment trop demander ?"""),
("formal", "en", "Complaint: failure to respond",
"""Dear Members of the Committee,

{org}, manager of {tld}, submits this complaint concerning PTI's failure to respond to written correspondence.

Our letters of {D1} and {D2}, concerning request {T}, were acknowledged automatically but have received no substantive response. PTI's published complaint process provides for acknowledgement within one business day and a response within two. Neither commitment was met, and no escalation contact was offered.

We request that the Committee note this complaint and ascertain whether PTI's handling of customer correspondence is subject to any monitoring."""),
("body", "en", None,
"""Hi,

Not a huge thing but it keeps happening. Each time we ask IANA a question about {tld} we get a reply that copies a paragraph from the website, which we had already read, and the ticket ({T} this time) is closed in the same message. If we reply, a new ticket opens and the cycle starts again.

We'd be fine with a slower answer if it answered the actual question. Our question was whether the test on TCP needs to pass from both IPv4 and IPv6. We still don't know."""),
("body", "es", None,
"""Estimados:

Nuestro equipo es pequeño y el inglés técnico no es nuestro fuerte. Cuando IANA nos escribe, lo hace con mensajes largos llenos de siglas, y cuando preguntamos algo en español, nos responden en inglés con otro mensaje igual de largo que no responde lo que preguntamos.

Con la solicitud {T} de {tld} pedimos una llamada telefónica de diez minutos para aclarar una duda. Nos dijeron que "no es posible" y que usemos el correo. Pasaron {days} días intercambiando correos. No pedimos traducción, pedimos que alguien nos escuche un momento."""),
("body", "fr", None,
"""Bonjour,

Nous avons reçu le {D2} un message de l'IANA nous indiquant que notre demande {T} pour {tld} était « en attente d'informations de votre part », sans préciser lesquelles. Nous avons demandé des précisions le jour même. Aucune réponse. La demande a été annulée automatiquement trente jours plus tard.

Comment fournir une information dont on ne nous a jamais dit la nature ?"""),
]

CORES_C["unequal_treatment"] = [
("terse", "en", None,
"""Why does a big gTLD's NS change go through in two days while our ccTLD change ({T}) takes three weeks? Same kind of change. Same checks."""),
("terse", "fr", None,
"""Bonjour, pourquoi nous demande-t-on des justificatifs pour un simple changement de serveurs ({T}, {tld}) alors que d'autres gestionnaires n'en fournissent jamais ?"""),
("long", "en", "Observations on treatment of {tld}",
"""Dear CSC,

We have tracked our last changes and compared them with what colleagues at other registries told us at the last regional meeting.

{D1}: our request {T} (NS change): asked for a letter confirming the change is "authorised by the relevant authority"
{D2}: letter sent. Request completes
{D3}: a large commercial registry we work with made the same kind of change: no letter, done in two days
{D4}: our next request {T2}: asked for the letter again

We don't claim anyone is doing this on purpose. But the same rule should apply to everyone, and if there is a rule we'd like to see it written down. It feels like small and developing-country registries are held to a different standard."""),
("angry", "es", "trato desigual",
"""Ya estamos cansados.

Cada vez que {tld} pide algo, IANA encuentra un motivo para frenarlo: un documento más, una firma más, una pregunta más. Mientras tanto vemos cómo los registros grandes, los que tienen abogados en Los Ángeles y gente en todas las reuniones de ICANN, resuelven lo mismo en un par de días.

Solicitud {T}: {days} días. Lo mismo a un gTLD comercial le tomó tres. No me digan que es casualidad. Queremos que el CSC lo investigue en serio."""),
("formal", "en", "Complaint - inconsistent application of requirements",
"""Dear Members of the Committee,

{org} hereby complains that PTI has applied its requirements to {tld} in a manner inconsistent with its treatment of other top-level domain managers.

In connection with request {T}, PTI required additional documentation from our client that, to our client's knowledge, was not required of other managers submitting materially identical requests during the same period. PTI has declined to identify the basis for this requirement.

The IANA naming functions must be performed in a non-discriminatory manner. We request that the Committee examine whether PTI applies uniform criteria to all customers, and, should it find otherwise, address this through the appropriate remedial procedures."""),
("body", "fr", None,
"""Bonjour,

Je voudrais soulever une question délicate, sans esprit polémique.

Au sein de notre association régionale, plusieurs gestionnaires de ccTLD d'Afrique et des Caraïbes ont constaté que leurs demandes de modification sont plus souvent mises « en attente de vérification complémentaire » que celles de leurs homologues européens ou nord-américains. Pour {tld}, la demande {T} a été retenue {days} jours pour une vérification de l'identité de notre contact administratif, qui occupe ce poste depuis dix ans.

Peut-être y a-t-il une explication objective. Dans ce cas, nous aimerions la connaître. Dans le cas contraire, c'est un sujet que le CSC devrait regarder de près."""),
("body", "en", None,
"""Hello,

When we asked why our request for {tld} ({T}) was put behind others, the IANA specialist told us on the phone that "requests from registries with a dedicated account contact are handled in a different queue". We don't have an account contact. Nobody ever offered us one.

Is there a priority system for some customers? If so, it's news to us, and to the other small registries we've asked."""),
("body", "es", None,
"""Buenos días:

Quisiera dejar constancia de algo que nos parece injusto. Cuando un gTLD comercial tiene un problema con las pruebas técnicas, IANA les escribe, les llama, les ayuda a corregirlo. Cuando nos pasó a nosotros con {tld} (solicitud {T}), simplemente cerraron la solicitud y nos dijeron que la volviéramos a enviar.

No sé si es por el idioma, por el tamaño o por otra razón. Pero se nota la diferencia."""),
]

CORES_C["idn_table_publication"] = [
("terse", "en", None,
"""We submitted the updated IDN table for {tld} ({T}) on {D1}. Still not in the IANA repository. Registrars keep asking."""),
("terse", "es", None,
"""Hola. Enviamos la tabla IDN del español para {tld} (solicitud {T}) hace {days} días y todavía no aparece publicada en el repositorio de IANA. ¿Hay algún problema?"""),
("long", "en", "IDN table {tld}",
"""Dear CSC,

The publication of our IDN tables for {tld} has taken far longer than it should:

{D1}: {T} submitted: two tables (Arabic script, and the Latin table for our second-level policy), in LGR XML with a plain-text version
{D2}: IANA acknowledges, says publication is a "non-routine" request
{D3}: IANA asks us to confirm the language tag; we confirm the same day
{D4}: no news. Tables still not published

Our registry launch date depends on the tables being public, because the registrars' systems fetch them from the IANA repository. We have had to move the launch once already. We understand IDN table publication has its own SLA since 2019 - we'd like to know whether this request counts as met."""),
("angry", "fr", "tables IDN publiées de travers",
"""Bonjour,

On nous annonce fièrement que notre table IDN pour {tld} est publiée. Très bien. Sauf que c'est l'ANCIENNE version, celle que nous avons remplacée justement par la demande {T}. La nouvelle, avec les variantes corrigées, n'apparaît nulle part.

Et la date de version sur la page du dépôt est celle de la nouvelle table. Donc n'importe quel bureau d'enregistrement qui télécharge le fichier croit avoir la bonne version et applique de mauvaises règles. Qui va gérer les enregistrements faits entre-temps ? Pas l'IANA, évidemment."""),
("formal", "en", "Complaint regarding IDN table publication - {tld}",
"""Dear Committee Members,

{org} submitted revised IDN tables for {tld} to PTI on {D1} (reference {T}), for publication in the IANA Repository of IDN Practices.

Publication did not occur until {D4}. During that period our registry was obliged to operate under an IDN policy that differed from the tables publicly available from PTI, creating uncertainty for registrars and registrants. PTI offered no explanation for the delay beyond stating that the request was under review.

We request that the Committee review PTI's performance against the IDN table publication service level for the relevant months and take this complaint into account."""),
("body", "en", None,
"""Hi,

We sent our label generation rules for {tld} as LGR XML (RFC 7940), with variant sets for the characters that look alike in our script. What IANA published ({T}) is a flattened text table - the variant mappings are gone, and two code points have the wrong disposition.

We're happy to redo the submission in whatever format IANA needs, but nobody told us the XML wasn't accepted as-is. Could someone explain what happened?"""),
("body", "fr", None,
"""Madame, Monsieur,

Nous avons déposé le {D1} la table IDN de {tld} (demande {T}). Elle a bien été publiée, mais sous une étiquette de langue erronée : elle apparaît comme table « ar » alors qu'il s'agit de la table pour l'écriture tifinagh. Nous avons signalé l'erreur le jour même.

Depuis, rien n'a bougé. Une simple correction de métadonnées prend donc plus de temps que la publication elle-même. Nous souhaitions que le Comité en soit informé."""),
("body", "es", None,
"""Estimados miembros del CSC:

Nuestro registro {tld} tiene previsto ofrecer nombres con ñ y vocales acentuadas. Enviamos la tabla correspondiente a IANA en {month} (solicitud {T}). Nos pidieron un cambio de formato, lo hicimos, y después nos pidieron otro cambio que contradecía el primero.

Llevamos {days} días y tres versiones de la tabla. No es una tabla complicada: son unas cuarenta letras. Nos gustaría saber si hay una guía clara de lo que IANA espera."""),
]

CORES_C["emergency_request_handling"] = [
("terse", "en", "emergency",
"""Called the IANA emergency number at 02:10 UTC about hijacked NS for {tld}. Nobody answered until after 07:00. We were down that whole time."""),
("terse", "fr", "URGENT",
"""Bonjour, notre demande urgente {T} ({tld}, serveurs compromis) a été traitée comme une demande ordinaire. Plus de {hours} h pour une première réponse. Ce n'est pas acceptable."""),
("long", "en", "Incident report {tld} - IANA emergency handling",
"""Dear CSC,

Our incident report, limited to the IANA part:

{D1} 23:40 UTC - we find that {ns} has been compromised and is answering with forged data for part of {tld}
{D1} 23:55 - emergency email sent to IANA, subject marked EMERGENCY, with the request to remove {ns} from the delegation
{D2} 00:20 - call to the emergency phone line: voicemail
{D2} 03:05 - second call, reached someone, told the authorisation must come from the administrative contact, who was asleep
{D2} 06:30 - admin contact calls in; request lodged as {T}
{D2} 14:10 - change published in the root zone

That's more than 14 hours with a compromised server in our delegation. We understand security checks, but the emergency procedure as documented should not take longer than a routine change."""),
("angry", "es", "EMERGENCIA ignorada",
"""¡Esto es gravísimo!

Nuestro proveedor de DNS secundario quebró de un día para otro y anunció que apagaba sus servidores en 48 horas. Escribimos a IANA marcando la solicitud {T} como EMERGENCIA para sacar {ns} de la delegación de {tld} antes del apagado.

¿Resultado? La trataron como un cambio normal. Pruebas técnicas, espera, confirmaciones, revisión. El servidor se apagó antes de que se publicara el cambio y pasamos un día entero con un servidor muerto en la zona raíz. ¿Para qué existe el procedimiento de emergencia si no se usa?"""),
("formal", "en", "Formal complaint: handling of emergency request {T}",
"""Dear Members of the Committee,

{org} submits this complaint concerning PTI's handling of an emergency request for {tld} on {D1}.

Our technical contact notified PTI through the documented emergency channel that a name server in the {tld} delegation had been compromised. PTI did not initiate the emergency procedure until several hours later and thereafter required the standard confirmation steps, such that the change was not published until {D2}.

We request that the Committee review whether PTI's emergency procedures were followed in this case, whether those procedures are adequate, and whether PTI reports on emergency requests at all."""),
("body", "en", None,
"""Hello,

Last weekend our DNSSEC signer failed and the signatures in {tld} expired. The zone went bogus for every validating resolver. The fastest fix was to pull our DS from the root while we rebuilt the signer, so we sent an emergency request ({T}).

IANA's on-call person was helpful once we got through, but it took several hours to get through, and then there was a lot of back and forth about whether a DS removal "qualifies" as an emergency. We'd like to know what does qualify, in writing, before the next time."""),
("body", "fr", None,
"""Bonjour,

Je vous écris suite à un incident survenu le {D1}. Un de nos serveurs de noms était visé par une attaque par déni de service et nous souhaitions le remplacer en urgence dans la délégation de {tld}.

Le formulaire d'urgence n'existe qu'en anglais, le numéro de téléphone indiqué sur le site aboutissait à une messagerie, et le courriel d'urgence nous a valu une réponse automatique indiquant un délai de traitement « de un à deux jours ouvrés ». Nous avons finalement obtenu quelqu'un par l'intermédiaire d'un collègue d'un autre registre. Ce n'est pas normal de devoir passer par des relations personnelles."""),
("body", "en", None,
"""CSC,

For your monthly look at complaints: our emergency request for {tld} ({T}) was acknowledged quickly, but the change itself still waited for the normal implementation cycle, about {hours} hours. The person on the phone said emergency changes "still go through the maintainer's regular publication". If that's true, there's no real emergency path to the root zone, which we think the committee should know."""),
]

CORES = {}
CORES.update(CORES_A)
CORES.update(CORES_B)
CORES.update(CORES_C)

# Additional cores in French and Spanish (timelines and legal tone).
CORES["review_stage_delay"].append(("long", "es", "cronología solicitud {T}",
"""Estimados miembros del Comité:

Les resumo la historia de nuestra solicitud para {tld}:

{D1} - enviamos la solicitud {T} por el portal (cambio de dos servidores de nombres)
{D1} - pruebas técnicas superadas
{D2} - los dos contactos confirman
{D3} - escribimos a IANA porque la solicitud sigue "en revisión". Respuesta automática
{D4} - seguimos igual. Nadie nos ha pedido ningún documento ni nos ha hecho ninguna pregunta

En total {days} días para un cambio rutinario que, según el propio acuerdo de servicio, debería revisarse en cinco días. Nos gustaría saber si este caso aparecerá en el informe mensual como incumplimiento."""))

CORES["transfer_evaluation"].append(("long", "es", "Traspaso de {tld} - resumen",
"""Señores del CSC:

Para que conste, este es el recorrido de la solicitud de traspaso de {tld} a {org}:

{D1}: presentamos la solicitud {T} con la carta del ministerio y la conformidad del administrador saliente
{D2}: IANA pide pruebas del apoyo de la comunidad local de Internet
{D2}: enviamos cartas de la cámara de proveedores, de la universidad y de dos registradores
{D3}: IANA pide una nueva carta del ministerio porque la primera "tiene más de seis meses"
{D4}: enviada. Ahora nos preguntan por el plan de continuidad para los titulares de dominios

Cada ronda de preguntas llega semanas después de la anterior. Todo lo que nos preguntan podría habérsenos pedido el primer día. Ya van {days} días."""))

CORES["ns_check_false_failure"].append(("long", "fr", "Historique de la demande {T}",
"""Bonjour,

Voici le déroulé de notre demande pour {tld}, pour votre information :

{D1} : dépôt de la demande {T} (ajout de {ns}, retrait de {ns2})
{D1} : échec des tests techniques, « serveur injoignable en UDP depuis un point de mesure »
{D2} : nous vérifions depuis nos sondes et celles d'un partenaire : aucune perte, aucun filtrage
{D2} : demande de nouveau test, même échec, même message
{D3} : l'IANA nous conseille de « contacter notre hébergeur », qui confirme que tout est normal
{D4} : nouvel essai sans rien modifier : les tests passent

Nous avons perdu {days} jours sans jamais savoir ce qui n'allait pas. Si le problème venait des machines de test de l'IANA, il faudrait le reconnaître et le corriger."""))

CORES["emergency_request_handling"].append(("long", "fr", "Rapport d'incident {tld}",
"""Madame, Monsieur,

Pour mémoire, la partie de notre rapport d'incident qui concerne l'IANA :

{D1}, 22 h 15 UTC : nous constatons que {ns} a été compromis et renvoie de fausses réponses
{D1}, 22 h 40 : courriel à l'adresse d'urgence de l'IANA demandant le retrait de {ns}
{D1}, 23 h 30 : appel au numéro d'urgence, messagerie vocale
{D2}, 05 h 10 : rappel de l'IANA ; on nous demande l'accord écrit du contact administratif
{D2}, 09 h 00 : accord transmis, demande enregistrée sous la référence {T}
{D2}, 17 h 45 : modification visible dans la zone racine

Près de vingt heures avec un serveur compromis dans notre délégation. La procédure d'urgence, telle qu'elle est décrite, ne devrait pas être plus lente qu'un changement ordinaire."""))

CORES["unequal_treatment"].append(("formal", "es", "Reclamación formal - trato discriminatorio ({tld})",
"""Señoras y señores miembros del Comité Permanente de Clientes:

En nombre de {org}, administrador del dominio de primer nivel {tld}, presentamos formalmente la siguiente reclamación.

Con ocasión de la solicitud {T}, PTI exigió a nuestra organización documentación adicional que, según nos consta, no se exige a otros administradores que presentan solicitudes de idéntica naturaleza. Solicitamos por escrito el fundamento de dicho requisito el {D2} y no hemos obtenido respuesta.

Las funciones IANA deben prestarse de manera no discriminatoria. Rogamos al Comité que examine si PTI aplica criterios uniformes a todos sus clientes y que nos comunique sus conclusiones."""))

CORES["wrong_change_implemented"].append(("formal", "es", "Reclamación por modificación errónea de la zona raíz",
"""Estimados miembros del Comité:

Por la presente, {org} deja constancia formal de un error cometido por PTI en la ejecución de la solicitud {T} relativa a {tld}.

El {D2} se publicó en la zona raíz una dirección IP de pegamento ({ip}) distinta de la autorizada por nuestros contactos. La dirección correcta figuraba sin ambigüedad en la solicitud. El error no fue corregido hasta el {D3}, y se nos exigió presentar una nueva solicitud para ello.

Solicitamos que el Comité examine el incidente, obtenga de PTI una explicación de sus causas y de las medidas adoptadas para evitar que se repita, y nos dé traslado de la misma."""))
