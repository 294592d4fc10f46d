"""Write an independent labelled corpus of complaints to the CSC (run: python make_corpus.py).

Written without reading the clustering method, its lexicon or the other corpus, to test the
method on phrasings its author never saw.  Deterministic: every mail draws from a random
generator seeded by its category and number, dates and ids are fixed.

Twelve problem categories (the label of each mail is in labels.json under the part "all"):

  ns_checks        automated technical checks failing / timing out on name servers, slow retest
  ds_dnssec        DS record / KSK rollover rejected or mishandled (DNSSEC chain of trust)
  contact_auth     authorization / contact confirmation mails not received, expired, wrong person
  review_slow      request stuck in IANA's manual review after checks and approvals
  transfer_eval    ccTLD delegation / transfer evaluation dragging on, endless questions
  rz_publication   approved change not published in the root zone in time
  idn_table        IDN table / LGR not published (or mislabelled) in the IANA repository
  wrong_change     IANA implemented something other than what was asked
  no_answer        poor communication: no reply, tickets closed without an answer
  bias             perceived unequal treatment of one operator compared with others
  rzms_portal      RZMS portal problems: login, 2FA, HTTP 500, upload, session expiry
  rzdb_update      Category II metadata (WHOIS server, address, URL, org name) not updated

Styles: terse, plain, long (with a timeline), angry, formal/legal, reply quoting an IANA notice
about another stage ("On ... wrote:" or Outlook "-----Original Message-----"), forward, HTML
only; signatures with addresses and phone numbers; long confidentiality disclaimers; about a
third of the mails in French or Spanish.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
PART = "all"


def idn(label: str) -> str:
    return "xn--" + label.encode("punycode").decode("ascii")


@dataclass(frozen=True)
class Registry:
    tld: str
    org: str
    person: str
    title: str
    domain: str
    address: str
    phone: str
    langs: str  # languages this operator writes in: subset of "efs"


REGISTRIES = [
    Registry("qm", "Qumar Network Information Centre", "Amina Haddad", "Technical Manager",
             "nic.qm", "14 Palm Street, PO Box 2201, Qumar City, Qumar", "+974 4410 2290", "ef"),
    Registry("xq", "Registre Xaquois des Noms de Domaine", "Jean-Baptiste Moreau",
             "Directeur technique", "registre.xq", "7 avenue de la République, 21000 Saint-Xavier",
             "+33 3 80 55 12 09", "fe"),
    Registry("zz", "Zedland Domain Registry Ltd", "Peter Okonkwo", "Chief Operating Officer",
             "zzregistry.zz", "Plot 12, Marina Road, Port Zed", "+234 1 270 3345", "e"),
    Registry("aa", "Asociación Aalandesa de Dominios", "María Fernández",
             "Responsable de Operaciones", "nic.aa", "Calle Mayor 45, 3º, 28013 Villa Alta",
             "+34 91 555 0134", "se"),
    Registry("qn", "NIC Quinta", "Diego Salazar", "Gerente Técnico", "nic.qn",
             "Av. Libertador 1200, Piso 8, Ciudad Quinta", "+54 11 4555 7788", "s"),
    Registry("qz", "Qazar Telecommunications Authority, DNS Unit", "Farid Aliyev",
             "Head of DNS Operations", "tra.qz", "3 Nizami Avenue, Qazar AZ1000",
             "+994 12 498 2211", "e"),
    Registry(idn("сибирия"), "Northern Federation Coordination Centre", "Olga Petrova",
             "Deputy Director", "cctld.nf", "8 Lesnaya ul., Novogorsk 630090",
             "+7 383 210 4455", "e"),
    Registry(idn("الوادي"), "Wadi Registry Authority", "Khalid Al-Mansouri", "DNS Specialist",
             "wra.wd", "Building 5, Knowledge Oasis, Wadi City", "+968 2444 1100", "e"),
    Registry(idn("卡尔兰"), "Karland Internet Names Office", "Li Wei", "Registry Engineer",
             "kino.kl", "Room 1704, 88 Harbour Road, Karland", "+852 2888 0101", "e"),
    Registry("lumen", "Lumen Registry Services LLC", "Sarah Whitfield", "Director, Compliance",
             "lumenregistry.com", "2200 Pennsylvania Ave NW, Suite 400, Washington DC 20037",
             "+1 202 555 0147", "e"),
    Registry("harbour", "Harbour TLD Holdings Ltd", "Tom Becker", "Registry Operations Lead",
             "harbourtld.co.uk", "Unit 4, Quayside, Bristol BS1 4RN, United Kingdom",
             "+44 117 496 0321", "e"),
    Registry("alpes", "Alpes Domaines SAS", "Claire Dubois", "Responsable registre",
             "alpes-domaines.fr", "12 rue des Glaciers, 74000 Annecy, France",
             "+33 4 50 27 88 10", "fe"),
    Registry("sierra", "Registro Sierra S.L.", "Javier Ortega", "Director Técnico",
             "registrosierra.es", "Paseo de la Castellana 95, 28046 Madrid, España",
             "+34 91 418 6600", "se"),
    Registry("xm", "Société Xamlandaise de l'Internet", "Nadia Benali", "Cheffe de projet DNS",
             "nic.xm", "Immeuble Les Acacias, BP 1180, Xamville", "+212 5 22 48 90 17", "fe"),
    Registry("qp", "Qupai ccTLD Office", "Samuel Mensah", "Systems Administrator", "nic.qp",
             "No. 9 Independence Avenue, Qupai", "+233 30 276 4410", "e"),
    Registry("nord", "Nordlicht Registry Backend GmbH (for .nord)", "Jonas Weber",
             "Senior Registry Engineer", "nordlicht-backend.de",
             "Friedrichstraße 68, 10117 Berlin, Germany", "+49 30 2025 7741", "e"),
    Registry("xv", "Registro de Dominios de Xavania", "Lucía Ramírez", "Coordinadora DNS",
             "dominios.xv", "Carrera 7 # 71-21, Torre B, Xavania", "+57 1 325 6000", "se"),
    Registry("qx", "Office des Postes et Télécommunications du Qix", "Ousmane Diallo",
             "Ingénieur réseau", "opt.qx", "Boulevard du 28 Septembre, BP 310, Qixville",
             "+221 33 889 4010", "fe"),
]

SCRIPTS = [("Arabic", "ar"), ("Cyrillic", "ru"), ("Han (Simplified)", "zh-Hans"),
           ("Latin", "und-Latn"), ("Greek", "el"), ("Devanagari", "hi")]


@dataclass(frozen=True)
class Lang:
    subjects: tuple[str, ...]
    core: tuple[str, ...]
    detail: tuple[str, ...]
    ask: tuple[str, ...]
    terse: tuple[str, ...]
    aside: tuple[str, ...] = ()  # passing mentions of other stages (lexical overlap)


@dataclass(frozen=True)
class Category:
    name: str
    count: int
    notices_not_quoted: frozenset[str]
    en: Lang
    fr: Lang
    es: Lang


CATEGORIES = [
    Category("ns_checks", 14, frozenset({"checks_ok", "checks_fail"}), en=Lang(
        subjects=("Technical check failure on .{tld} NS change - ticket {ticket}",
                  "Retest still pending after {hours} hours",
                  "IANA tests say our name servers are unreachable. They are not.",
                  "[IANA #{ticket}] 'No response from server' errors",
                  "Checks timing out over IPv6 again",
                  "Why does the automated testing keep failing our delegation?"),
        core=("The automated technical checks on our request keep reporting that {ns1} does not respond, yet that server answers every query we send from three continents.",
              "Your testing system flagged {ns2} as not authoritative for the zone and blocked the whole change.",
              "The retest we triggered after fixing the TCP issue has been running for {hours} hours, while the published target is ten minutes.",
              "Our new set of name servers failed the tests with a timeout on the IPv6 address {ip6}.",
              "We have been told three times that the SOA serials differ between our servers, which is simply not true.",
              "The verification step returns 'connection refused on port 53/TCP' for {ns1}, but TCP is open and we can show it.",
              "Results of the automated tests after our submission took more than a day to arrive."),
        detail=("dig @{ip6} {tld}. SOA +tcp answers in 40 ms from our monitoring probes.",
                "Our anycast provider confirmed there was no packet loss on that prefix during the test window.",
                "The error text was: 'ERROR: {ns1} ({ip4}): Timeout while querying for SOA'.",
                "We suspect your test host has no working IPv6 route, since the same query over IPv4 passes.",
                "EDNS buffer size is 1232 as recommended and responses are not truncated.",
                "All {n} servers return the same serial {serial}.",
                "Zonemaster run against the zone this morning reports no error at all."),
        ask=("Please have an engineer look at your test infrastructure.",
             "Could you rerun the checks by hand and tell us from which vantage point you test?",
             "We need the retest to finish today.",
             "Please tell us exactly what failed and how you measured it."),
        terse=("ns checks timing out again on {ticket}. pls fix your tester.",
               "Retest on {ticket} running for {hours}h. Target is 10 min.",
               "{ns1} 'unreachable' per IANA. it isn't. {ticket}"),
        aside=("The zone is DNSSEC signed, but the DS records are not part of this change.",
               "We are not touching the DS set in this request, only NS and glue.")),
        fr=Lang(
        subjects=("Échec des tests techniques sur le .{tld}", "Test de reprise bloqué depuis {hours} heures"),
        core=("Les vérifications techniques automatiques indiquent que {ns1} ne répond pas, alors que ce serveur est joignable depuis tous nos points de mesure.",
              "Le nouveau test lancé après correction tourne depuis {hours} heures, au lieu des dix minutes annoncées.",
              "Vos tests échouent sur l'adresse IPv6 {ip6} de notre serveur de noms avec un dépassement de délai."),
        detail=("La commande dig @{ip6} {tld}. SOA répond en moins de 50 ms.",
                "Le message d'erreur indique : « Timeout while querying for SOA ».",
                "Les {n} serveurs renvoient le même numéro de série {serial}."),
        ask=("Merci de vérifier votre plateforme de test.", "Pouvez-vous relancer les tests manuellement ?"),
        terse=("Tests techniques encore en échec sur {ticket}, serveur pourtant joignable.",),
        aside=("La zone est signée DNSSEC, mais le DS n'est pas concerné par cette demande.",)),
        es=Lang(
        subjects=("Fallo en las comprobaciones técnicas de .{tld}", "Reprueba pendiente desde hace {hours} horas"),
        core=("Las comprobaciones técnicas automáticas indican que {ns1} no responde, pero el servidor contesta desde cualquier red.",
              "La nueva prueba que solicitamos tras corregir el problema lleva {hours} horas en curso.",
              "Las pruebas fallan por tiempo de espera agotado en la dirección IPv6 {ip6}."),
        detail=("dig @{ip6} {tld}. SOA responde en 40 ms desde nuestras sondas.",
                "Los {n} servidores devuelven el mismo serial {serial}."),
        ask=("Por favor, revisen su infraestructura de pruebas.", "¿Pueden relanzar la prueba manualmente?"),
        terse=("Otra vez fallan las pruebas de servidores de nombres, ticket {ticket}.",))),

    Category("ds_dnssec", 13, frozenset({"ds_ok", "checks_fail"}), en=Lang(
        subjects=("DS record rejected for .{tld}", "KSK rollover blocked - ticket {ticket}",
                  "DNSSEC: DS update fails validation", "Algorithm {alg} DS not accepted?",
                  "IANA reports a digest we never sent", "URGENT: chain of trust broken for .{tld}"),
        core=("Our DS update for the KSK rollover was rejected with 'no matching DNSKEY found', even though key tag {keytag} has been in the zone for two weeks.",
              "IANA refuses our new DS record with algorithm {alg}, claiming the digest does not match the key.",
              "The old DS was removed before the new one was added, so validating resolvers now return SERVFAIL for everything under .{tld}.",
              "We asked to add a SHA-256 digest next to the existing one and the request bounced with a validation error on the DNSKEY RRset.",
              "We are half way through an algorithm roll from RSASHA256 to ECDSAP256SHA256 and the DS change is stuck.",
              "Your system computes a different digest from the DNSKEY we publish."),
        detail=("The DNSKEY with key tag {keytag}, flags 257, algorithm {alg}, is at the apex and the set is signed by both keys.",
                "dig {tld}. DNSKEY +dnssec shows the KSK; its SHA-256 digest is {digest}, exactly what we entered.",
                "DNSViz shows the chain as bogus from the root since the change.",
                "Our signer is OpenDNSSEC 2.1 with an HSM; the new keys were generated on {date}.",
                "The signatures over the DNSKEY set expire on {date}, so we cannot wait much longer."),
        ask=("Please restore the previous DS immediately and then add the new one.",
             "Tell us which DNSKEY your validator actually saw.",
             "We need a DNSSEC engineer on this, not a form reply."),
        terse=("DS for .{tld} rejected AGAIN, key tag {keytag} is published. {ticket}",
               "DS change stuck, zone bogus for validating resolvers. Call me."),
        aside=("The name servers themselves are fine and passed the checks; only the DS part is affected.",
               "We did not change {ns1} or {ns2} in this request.")),
        fr=Lang(
        subjects=("Enregistrement DS refusé pour le .{tld}", "Roulement de KSK bloqué"),
        core=("Notre mise à jour de l'enregistrement DS pour le roulement de KSK a été refusée : « aucune DNSKEY correspondante ».",
              "L'ancien DS a été retiré avant l'ajout du nouveau ; la validation DNSSEC de toute la zone échoue depuis.",
              "Le condensat calculé par l'IANA ne correspond pas à celui de notre clé (key tag {keytag})."),
        detail=("La clé {keytag}, algorithme {alg}, est publiée à l'apex depuis deux semaines.",
                "DNSViz montre une chaîne de confiance cassée depuis la racine."),
        ask=("Merci de rétablir l'ancien DS sans délai.",),
        terse=("DS du .{tld} refusé une fois de plus, clé {keytag} pourtant publiée.",),
        aside=("Les serveurs de noms ne sont pas concernés.",)),
        es=Lang(
        subjects=("Registro DS rechazado para .{tld}", "Cambio de KSK bloqueado"),
        core=("La actualización del registro DS para el cambio de KSK fue rechazada con 'no matching DNSKEY'.",
              "Se eliminó el DS antiguo antes de añadir el nuevo y ahora la validación DNSSEC de la zona falla.",
              "El resumen (digest) que calcula IANA no coincide con nuestra clave con etiqueta {keytag}."),
        detail=("La clave {keytag}, algoritmo {alg}, está publicada en el ápice desde hace dos semanas.",),
        ask=("Les rogamos restaurar el DS anterior de inmediato.",),
        terse=("DS rechazado otra vez, clave {keytag} publicada. {ticket}",))),

    Category("contact_auth", 12, frozenset({"confirm"}), en=Lang(
        subjects=("Authorization email never received", "Confirmation link expired",
                  "Who was asked to approve our change?",
                  "Ticket {ticket} waiting for an approval we cannot give",
                  "Approval request not sent to our admin contact",
                  "Approval mails going to a former employee"),
        core=("Neither our administrative nor our technical contact received the approval request for ticket {ticket}.",
              "The confirmation link in your mail had already expired when our admin contact clicked it a few hours later.",
              "The approval request went to the previous technical contact, who left the organisation two years ago.",
              "Our manager approved the change on {date}, yet RZMS still shows the request as awaiting authorization.",
              "We keep being told the request is waiting for contact consent, but nobody here got anything to consent to.",
              "The message asking us to authorise the change landed nowhere; we searched spam folders and mail logs."),
        detail=("Our mail server logs show no connection from iana.org between {date} and today.",
                "The admin contact address is {role}@{domain}, as listed in the root zone database.",
                "She pressed 'Approve' and saw a success page, so the click was recorded somewhere.",
                "SPF and DMARC checks pass and nothing was rejected on our side."),
        ask=("Please resend the authorization request to both contacts.",
             "Tell us to which address the confirmation was sent.",
             "Please record the approval manually; we can confirm by phone."),
        terse=("no approval mail received for {ticket}, resend to admin contact?",
               "confirmation link expired before we could use it. pls resend."),
        aside=("The technical checks passed within minutes, so the hold-up is purely on the authorization side.",
               "Name servers and DS records are unchanged by this request.")),
        fr=Lang(
        subjects=("Demande d'autorisation jamais reçue", "Lien de confirmation expiré"),
        core=("Ni notre contact administratif ni notre contact technique n'ont reçu la demande d'autorisation pour le ticket {ticket}.",
              "Le lien de confirmation avait déjà expiré lorsque notre contact administratif l'a ouvert.",
              "La demande d'approbation a été envoyée à un ancien contact qui a quitté l'organisme."),
        detail=("Nos journaux de messagerie ne montrent aucun message de iana.org depuis le {date}.",),
        ask=("Merci de renvoyer la demande aux deux contacts.",),
        terse=("Aucun courriel d'approbation reçu pour {ticket}.",)),
        es=Lang(
        subjects=("Nunca recibimos la solicitud de autorización", "Enlace de confirmación caducado"),
        core=("Ni el contacto administrativo ni el técnico recibieron la solicitud de autorización del ticket {ticket}.",
              "El enlace de confirmación ya había caducado cuando nuestro contacto lo abrió.",
              "La solicitud de aprobación se envió a un antiguo contacto que ya no trabaja con nosotros."),
        detail=("Los registros de nuestro servidor de correo no muestran nada de iana.org desde el {date}.",),
        ask=("Por favor, reenvíen la solicitud a ambos contactos.",),
        terse=("No llegó el correo de aprobación del {ticket}.",))),

    Category("review_slow", 12, frozenset({"review"}), en=Lang(
        subjects=("Request stuck in IANA review for {weeks} weeks",
                  "Routine NS update still 'pending review'",
                  "Why does a routine change take a month?", "No progress on ticket {ticket}",
                  "Manual processing delay", "Status unchanged since {date}"),
        core=("All checks passed and both contacts approved on {date}, but the request has been sitting in staff review for {weeks} weeks.",
              "A routine update should be released for implementation within five days; ours has taken {days}.",
              "Every time we ask, we are told the change is being processed by a specialist.",
              "The ticket status has not moved since the approvals came in.",
              "Our request has been in the manual verification queue for over a month without a single question being asked of us."),
        detail=("RZMS has shown 'Pending IANA review' since {date}.",
                "There was no request for additional documents.",
                "This is a plain Category I update: two NS records and their glue.",
                "Nothing about this request is unusual; we file the same change every few years."),
        ask=("Please release it for implementation or tell us what is missing.",
             "What is holding it up?",
             "We would like an explanation of the delay for our board."),
        terse=("{ticket} in review for {weeks} weeks. Why?",
               "Any ETA on {ticket}? Approved ages ago."),
        aside=("Technical checks were green the first time.",
               "The DS set is not part of this change.")),
        fr=Lang(
        subjects=("Demande bloquée en examen depuis {weeks} semaines", "Aucun avancement du dossier"),
        core=("Toutes les vérifications sont passées et les deux contacts ont approuvé le {date}, mais la demande est « en cours d'examen » depuis {weeks} semaines.",
              "Une mise à jour de routine devrait être traitée en cinq jours ; la nôtre en prend déjà {days}.",
              "À chaque relance on nous répond que le dossier est en cours de traitement par un spécialiste."),
        detail=("Aucun document complémentaire ne nous a été demandé.",),
        ask=("Merci de nous dire ce qui bloque.",),
        terse=("{ticket} toujours en examen, pourquoi ?",)),
        es=Lang(
        subjects=("Solicitud atascada en revisión", "Sin avances en el ticket {ticket}"),
        core=("Todas las comprobaciones pasaron y ambos contactos aprobaron el {date}, pero la solicitud lleva {weeks} semanas en revisión.",
              "Un cambio rutinario debería liberarse en cinco días; el nuestro lleva {days}.",
              "Cada vez que preguntamos nos dicen que un especialista lo está procesando."),
        detail=("No se nos pidió ningún documento adicional.",),
        ask=("¿Qué es lo que falta?",),
        terse=("{ticket} sigue en revisión. ¿Por qué?",))),

    Category("transfer_eval", 10, frozenset(), en=Lang(
        subjects=("Transfer of .{tld} - evaluation has taken {months} months",
                  "Redelegation request: endless document requests",
                  "ccTLD transfer evaluation overdue",
                  "Delegation of {ulabel} still not decided",
                  "Status of our transfer application", "Sixth round of questions on our transfer"),
        core=("Our application to transfer the management of .{tld} to the new national operator was filed {months} months ago and is still being evaluated.",
              "Each time we answer IANA's questions on local Internet community support, a new set of questions arrives.",
              "The delegation of our IDN ccTLD {ulabel} went through the string evaluation long ago, yet the delegation evaluation is still not complete.",
              "We have supplied the government letter of support, the stability plan and the transition plan, and we hear nothing.",
              "The validation period for our transfer request has long passed."),
        detail=("Documents submitted: ministerial letter of {date}, consent of the incumbent manager, technical transition plan.",
                "The incumbent operator has consented in writing.",
                "According to your last message of {date}, the next step is the Board."),
        ask=("Please give us a date for the decision.",
             "Tell us what is still missing from the file, all at once."),
        terse=("Transfer of .{tld}: any decision yet? {months} months now.",
               "Still waiting on the redelegation evaluation."),
        aside=("The proposed name servers have already passed the technical tests.",
               "Our contacts confirmed the request.")),
        fr=Lang(
        subjects=("Transfert du .{tld} : évaluation interminable", "Redélégation : où en est le dossier ?"),
        core=("Notre dossier de transfert de la gestion du .{tld} a été déposé il y a {months} mois et il est toujours en évaluation.",
              "À chaque réponse sur le soutien de la communauté Internet locale, une nouvelle série de questions arrive.",
              "La délégation de notre ccTLD IDN {ulabel} n'est toujours pas décidée."),
        detail=("Le gestionnaire actuel a donné son accord par écrit.",),
        ask=("Merci de nous indiquer une date de décision.",),
        terse=("Transfert du .{tld} : toujours rien après {months} mois.",)),
        es=Lang(
        subjects=("Transferencia de .{tld}: evaluación interminable", "Redelegación sin respuesta"),
        core=("Nuestra solicitud de transferencia de la gestión de .{tld} se presentó hace {months} meses y sigue en evaluación.",
              "Cada vez que respondemos sobre el apoyo de la comunidad local de Internet, llega una nueva ronda de preguntas.",
              "La delegación de nuestro ccTLD IDN {ulabel} sigue sin decidirse."),
        detail=("El operador actual dio su consentimiento por escrito.",),
        ask=("Indíquennos una fecha para la decisión.",),
        terse=("Transferencia de .{tld}: {months} meses sin decisión.",))),

    Category("rz_publication", 12, frozenset({"implemented"}), en=Lang(
        subjects=("Approved change not in the root zone after {hours} hours", "Root zone not updated",
                  "When will our NS change be published?", "Implementation delay, ticket {ticket}",
                  "Root serial moved on, our delegation did not",
                  "Change marked complete but the root still serves the old data"),
        core=("Our change was released for implementation on {date} but the root zone still serves the old NS set {hours} hours later.",
              "RZMS says 'implemented' but the root servers still return the previous delegation.",
              "We have watched four root zone serials go by without our update in them.",
              "Publication is supposed to follow within 72 hours of release; we are at {days} days.",
              "The notice that the change was published arrived, but a.root-servers.net still hands out the old glue."),
        detail=("dig @a.root-servers.net {tld}. NS still returns the old servers at root serial {serial}.",
                "The change was authorised and passed review on {date}.",
                "We understand the root zone is normally regenerated twice a day."),
        ask=("Please chase the root zone maintainer.",
             "Tell us in which root serial the change will appear."),
        terse=("{ticket} approved {days} days ago, root still has the old NS.",
               "not in the root zone yet: {ticket}"),
        aside=("Technical checks and contact confirmation were quick this time.",)),
        fr=Lang(
        subjects=("Modification toujours absente de la zone racine", "Publication dans la racine en retard"),
        core=("Notre modification a été validée le {date}, mais la zone racine publie toujours les anciens serveurs {hours} heures plus tard.",
              "Le portail indique « mis en œuvre » mais les serveurs racine renvoient toujours l'ancienne délégation.",
              "Plusieurs numéros de série de la zone racine sont passés sans notre mise à jour."),
        detail=("dig @a.root-servers.net {tld}. NS renvoie les anciens serveurs (série {serial}).",),
        ask=("Merci de relancer le mainteneur de la zone racine.",),
        terse=("{ticket} validé, toujours pas dans la racine.",)),
        es=Lang(
        subjects=("El cambio aún no aparece en la zona raíz", "Retraso en la publicación en la raíz"),
        core=("Nuestro cambio se liberó para implementación el {date}, pero la zona raíz sigue publicando los servidores antiguos {hours} horas después.",
              "El portal dice 'implementado' pero los servidores raíz devuelven la delegación anterior.",
              "Han pasado varios seriales de la zona raíz sin nuestra actualización."),
        detail=("dig @a.root-servers.net {tld}. NS sigue devolviendo los servidores viejos (serial {serial}).",),
        ask=("¿En qué serial aparecerá el cambio?",),
        terse=("{ticket} aprobado, todavía no está en la raíz.",))),

    Category("idn_table", 11, frozenset({"idn_ack"}), en=Lang(
        subjects=("IDN table not published in the repository", "LGR submission for .{tld} pending",
                  "{script} language table missing", "IDN tables submitted {months} months ago",
                  "Repository still shows our old IDN table", "Table publication request - {script}"),
        core=("We submitted our updated IDN table for the {script} script on {date} and it has not appeared in the IANA Repository of IDN Practices.",
              "Our registrars cannot offer {script} labels because the table you publish is the 2015 version.",
              "The Label Generation Rules file we sent was acknowledged but never published.",
              "Publishing an IDN table should be a simple step, yet ours has been pending for {months} months.",
              "The repository lists our table under the wrong language tag."),
        detail=("The table is in RFC 7940 XML and validates with the LGR toolset.",
                "Language tag {langtag}, version 3.0, effective {date}.",
                "We only need the file replaced; no root zone change is involved."),
        ask=("Please publish the table or tell us what is wrong with it.",
             "Please correct the language tag in the repository."),
        terse=("our IDN table is still not in the repository, submitted {date}",
               "LGR for .{tld} unpublished. ETA?"),
        aside=("This has nothing to do with the delegation itself, which is fine.",
               "No name server or DS change is involved.")),
        fr=Lang(
        subjects=("Table IDN non publiée", "Publication de nos règles LGR"),
        core=("Nous avons soumis notre table IDN mise à jour pour l'écriture {script} le {date}, et elle n'apparaît toujours pas dans le dépôt de l'IANA.",
              "Le fichier de règles de génération d'étiquettes (LGR) a été accusé mais jamais publié.",
              "Le dépôt affiche notre table sous une mauvaise étiquette de langue."),
        detail=("La table est au format XML de la RFC 7940.",),
        ask=("Merci de publier la table.",),
        terse=("Table IDN du .{tld} toujours pas publiée.",)),
        es=Lang(
        subjects=("Tabla IDN sin publicar", "Publicación de nuestras reglas LGR"),
        core=("Enviamos la tabla IDN actualizada para la escritura {script} el {date} y todavía no aparece en el repositorio de IANA.",
              "El archivo de reglas de generación de etiquetas (LGR) fue recibido pero nunca publicado.",
              "El repositorio muestra nuestra tabla con una etiqueta de idioma equivocada."),
        detail=("La tabla está en formato XML según la RFC 7940.",),
        ask=("Les pedimos publicar la tabla.",),
        terse=("Tabla IDN de .{tld} aún sin publicar.",))),

    Category("wrong_change", 13, frozenset({"implemented"}), en=Lang(
        subjects=("IANA implemented the wrong glue address", "Wrong name server removed from .{tld}",
                  "Error in implemented change {ticket}", "Typo in our delegation after your update",
                  "You changed something we did not ask for", "Incorrect change - please revert immediately"),
        core=("The implemented change set the glue for {ns1} to {ip4b} instead of {ip4}, which is what we submitted.",
              "We asked you to remove {ns2} and you removed {ns1} instead.",
              "After the update the root zone lists '{ns1typo}', a host name that does not exist.",
              "Our request only concerned the technical contact, but the name server set was altered as well.",
              "The IPv6 glue record was dropped although our request kept it."),
        detail=("Our submission clearly shows {ip4}; we have the confirmation screen.",
                "Half of the resolvers now hit a lame server.",
                "The values in the approval mail were correct, so the mistake was made afterwards."),
        ask=("Revert to the previous delegation now and explain how this happened.",
             "We expect a post-incident report."),
        terse=("you put the wrong glue IP on {ns1}. revert now. {ticket}",
               "wrong NS deleted on .{tld}!!"),
        aside=("The technical checks passed on the correct data.",
               "DNSSEC is unaffected as far as we can see.")),
        fr=Lang(
        subjects=("Mauvaise modification appliquée au .{tld}", "Erreur dans la délégation"),
        core=("La modification appliquée a mis la colle de {ns1} à {ip4b} au lieu de {ip4}, que nous avions demandée.",
              "Nous avions demandé la suppression de {ns2} ; c'est {ns1} qui a été retiré.",
              "Notre demande ne portait que sur le contact technique, mais les serveurs de noms ont aussi été modifiés."),
        detail=("Notre formulaire de demande montre clairement {ip4}.",),
        ask=("Merci de rétablir immédiatement l'ancienne délégation.",),
        terse=("Mauvaise adresse de colle sur {ns1}, à corriger d'urgence.",)),
        es=Lang(
        subjects=("Cambio incorrecto en .{tld}", "Error en la delegación implementada"),
        core=("El cambio implementado puso el glue de {ns1} en {ip4b} en lugar de {ip4}, que es lo que enviamos.",
              "Pedimos eliminar {ns2} y eliminaron {ns1}.",
              "Nuestra solicitud solo afectaba al contacto técnico, pero también se modificó el conjunto de servidores de nombres."),
        detail=("Nuestra solicitud muestra claramente {ip4}.",),
        ask=("Reviertan el cambio de inmediato.",),
        terse=("IP de glue equivocada en {ns1}. Corrijan ya.",))),

    Category("no_answer", 12, frozenset(), en=Lang(
        subjects=("No reply to our emails since {date}", "Is anyone reading root-mgmt@iana.org?",
                  "Ticket {ticket} closed without an answer", "Third follow-up, still nothing",
                  "Only auto-replies from IANA", "Lack of communication"),
        core=("We have written to IANA four times about ticket {ticket} and received nothing but the automatic acknowledgement.",
              "The ticket was closed as resolved without anyone replying to our question.",
              "IANA commits to answering within two business days; we have waited {weeks} weeks.",
              "Phone calls go to voicemail and emails go unanswered.",
              "We simply want someone to tell us what is happening with our file."),
        detail=("Our messages went out on {date} and weekly after that.",
                "The auto-reply said a specialist would be in touch; nobody was."),
        ask=("Please have a person reply to us.", "We ask the CSC to look at how IANA communicates."),
        terse=("4th mail. No reply. {ticket}", "Hello? Anyone at IANA?"),
        aside=("The question itself is minor: it concerns a contact update.",
               "Whatever the status of the change, we need an answer.")),
        fr=Lang(
        subjects=("Aucune réponse à nos courriels", "Ticket clos sans réponse"),
        core=("Nous avons écrit quatre fois à l'IANA au sujet du ticket {ticket} et n'avons reçu que l'accusé de réception automatique.",
              "Le ticket a été clos comme « résolu » sans que personne ne réponde à notre question.",
              "Vous vous engagez à répondre sous deux jours ouvrés ; nous attendons depuis {weeks} semaines."),
        detail=("Nos messages datent du {date}, avec des relances chaque semaine.",),
        ask=("Merci qu'une personne nous réponde.",),
        terse=("Quatrième relance, toujours aucune réponse.",)),
        es=Lang(
        subjects=("Sin respuesta a nuestros correos", "Ticket cerrado sin respuesta"),
        core=("Hemos escrito cuatro veces a IANA sobre el ticket {ticket} y solo recibimos el acuse automático.",
              "El ticket se cerró como 'resuelto' sin que nadie respondiera a nuestra pregunta.",
              "Su compromiso es responder en dos días hábiles; llevamos {weeks} semanas esperando."),
        detail=("Escribimos el {date} y luego cada semana.",),
        ask=("Que alguien nos conteste, por favor.",),
        terse=("Cuarto correo. Ninguna respuesta.",))),

    Category("bias", 11, frozenset(), en=Lang(
        subjects=("Unequal treatment of our registry", "Complaint: discrimination against .{tld}",
                  "Why are other operators served faster?", "Perceived bias in handling our requests",
                  "Favouritism towards large gTLD operators", "Political interference in our file?"),
        core=("A neighbouring ccTLD filed the same kind of change a week after us and had it done in two days, while ours waited a month.",
              "We have the impression that requests from small ccTLDs are systematically put at the back of the queue.",
              "Large back-end providers seem to enjoy a direct line to IANA staff that we do not have.",
              "Our file appears to be held back because of a dispute with our government, which is none of IANA's business.",
              "IANA applies stricter documentation requirements to us than to other operators in the region."),
        detail=("We can give the other operator's ticket number in confidence.",
                "We are not asking for special treatment, only the same treatment as .{other}.",
                "Two other operators in our region have told us the same."),
        ask=("We ask the CSC to examine whether requests are handled even-handedly.",
             "Please explain the criteria used to order the work."),
        terse=("Why does .{other} get served in 2 days while we wait a month?",
               "We are being treated differently, again."),
        aside=("The delay itself is secondary; the inconsistency is the problem.",)),
        fr=Lang(
        subjects=("Inégalité de traitement", "Plainte pour traitement discriminatoire"),
        core=("Un ccTLD voisin a déposé le même type de modification une semaine après nous et l'a obtenue en deux jours, alors que la nôtre a attendu un mois.",
              "Nous avons le sentiment que les demandes des petits ccTLD passent systématiquement en dernier.",
              "L'IANA nous impose des exigences documentaires plus strictes qu'aux autres opérateurs de la région."),
        detail=("Nous ne demandons aucun traitement de faveur, seulement le même traitement que le .{other}.",),
        ask=("Nous demandons au CSC d'examiner l'équité du traitement des demandes.",),
        terse=("Pourquoi le .{other} passe-t-il avant nous ?",)),
        es=Lang(
        subjects=("Trato desigual a nuestro registro", "Queja por discriminación"),
        core=("Un ccTLD vecino presentó el mismo tipo de cambio una semana después que nosotros y se lo resolvieron en dos días; el nuestro esperó un mes.",
              "Tenemos la impresión de que las solicitudes de los ccTLD pequeños siempre van al final de la cola.",
              "IANA nos exige requisitos de documentación más estrictos que a otros operadores de la región."),
        detail=("No pedimos un trato especial, solo el mismo trato que recibe .{other}.",),
        ask=("Pedimos al CSC que examine si las solicitudes se tratan con equidad.",),
        terse=("¿Por qué .{other} va antes que nosotros?",))),

    Category("rzms_portal", 12, frozenset(), en=Lang(
        subjects=("Cannot log in to RZMS", "Portal error 500 when submitting",
                  "RZMS two-factor codes rejected", "Session expires while filling in the form",
                  "Unable to upload documents to the portal", "Password reset link broken"),
        core=("Since last week RZMS rejects our login with 'invalid credentials', even after a password reset.",
              "Submitting the change form ends in 'HTTP 500 Internal Server Error' every time.",
              "The two-factor codes from our authenticator app are refused as invalid.",
              "The portal logs us out after a few minutes, so the form is lost before we can submit it.",
              "The document upload button does nothing in Firefox or Chrome.",
              "The password reset mail contains a link that returns 'token invalid'."),
        detail=("Browser: Firefox 125 on Windows 11; we also tried Chrome 124.",
                "Our clocks are NTP-synchronised, so the time-based codes are not the problem.",
                "The error page gives the reference {errref}."),
        ask=("Please fix the portal or unlock our account.",
             "Is there a known outage?"),
        terse=("RZMS login broken, 2FA rejected.", "Portal gives a 500 on submit. {errref}"),
        aside=("We had to send the name server change by email instead, which takes days to be lodged.",
               "We wanted to submit a DS update but cannot reach the form.")),
        fr=Lang(
        subjects=("Impossible de se connecter au RZMS", "Erreur 500 sur le portail"),
        core=("Depuis la semaine dernière, le portail RZMS refuse notre connexion (« identifiants invalides ») même après réinitialisation du mot de passe.",
              "L'envoi du formulaire de modification se termine par une erreur HTTP 500 à chaque fois.",
              "Les codes d'authentification à deux facteurs sont refusés."),
        detail=("Navigateur : Firefox 125 ; même résultat avec Chrome.",),
        ask=("Merci de débloquer notre compte.",),
        terse=("Connexion RZMS impossible depuis lundi.",)),
        es=Lang(
        subjects=("No podemos entrar en RZMS", "Error 500 en el portal"),
        core=("Desde la semana pasada el portal RZMS rechaza nuestro inicio de sesión ('credenciales no válidas') incluso tras restablecer la contraseña.",
              "Al enviar el formulario de cambio aparece 'HTTP 500 Internal Server Error' cada vez.",
              "Los códigos de doble factor son rechazados como inválidos."),
        detail=("Navegador: Firefox 125; lo mismo con Chrome.",),
        ask=("Por favor, desbloqueen nuestra cuenta.",),
        terse=("El portal RZMS no nos deja entrar.",))),

    Category("rzdb_update", 12, frozenset(), en=Lang(
        subjects=("Root zone database still shows the old sponsoring organisation",
                  "WHOIS server field not updated", "Contact details on iana.org/domains wrong",
                  "Metadata update ignored", "Registration services URL outdated",
                  "Our new address not reflected in the database"),
        core=("We asked for our WHOIS server to be changed to whois.nic.{tld}; the root zone database page still lists the old host.",
              "The sponsoring organisation's address shown on the IANA website is from before our move in {year}.",
              "The registration services URL for .{tld} points to a site that no longer exists.",
              "We updated the administrative contact's phone and e-mail; the public database page still shows the old data.",
              "Our organisation changed its legal name and the database entry still carries the former name."),
        detail=("This is a non-technical update and does not touch the root zone file.",
                "https://www.iana.org/domains/root/db/{tld}.html still shows the old value.",
                "Registrants are writing to the old address as a result."),
        ask=("Please update the record.", "Tell us if you need anything else to make this update."),
        terse=("WHOIS server on the IANA page still the old one. {ticket}",
               "pls fix our address on the IANA database page"),
        aside=("We understand this does not involve the name servers.",)),
        fr=Lang(
        subjects=("Base de données de la zone racine non mise à jour", "Serveur WHOIS non modifié"),
        core=("Nous avons demandé que le serveur WHOIS devienne whois.nic.{tld} ; la page de la base de la zone racine affiche toujours l'ancien.",
              "L'adresse de l'organisation gestionnaire affichée sur le site de l'IANA date d'avant notre déménagement.",
              "Notre organisme a changé de dénomination ; la base de données affiche toujours l'ancien nom."),
        detail=("Il s'agit d'une mise à jour non technique, sans effet sur le fichier de zone.",),
        ask=("Merci de mettre à jour la fiche.",),
        terse=("Adresse toujours erronée sur la page IANA du .{tld}.",)),
        es=Lang(
        subjects=("Base de datos de la zona raíz sin actualizar", "Servidor WHOIS sin cambiar"),
        core=("Pedimos cambiar el servidor WHOIS a whois.nic.{tld}; la base de datos de la zona raíz sigue mostrando el antiguo.",
              "La dirección de la organización patrocinadora en el sitio de IANA es anterior a nuestra mudanza.",
              "Nuestra organización cambió su nombre legal; la base de datos sigue mostrando el anterior."),
        detail=("Es una actualización no técnica que no afecta al archivo de zona.",),
        ask=("Por favor, actualicen la ficha.",),
        terse=("La página de IANA de .{tld} sigue con datos viejos.",))),
]

# Sentences every category shares: the vocabulary of all complaints (IANA, ticket, TLD, request,
# change) so that it does not tell problems apart.
CONTEXT = {
    "e": ("We submitted a change request for .{tld} through RZMS on {date} (IANA ticket {ticket}).",
          "This concerns our TLD .{tld} and IANA request {ticket}.",
          "Reference: IANA ticket #{ticket}, change request for the .{tld} TLD.",
          "I am writing about request {ticket} for .{tld}.",
          ""),
    "f": ("Nous avons soumis une demande de modification pour le .{tld} via RZMS le {date} (ticket IANA {ticket}).",
          "Ceci concerne notre TLD .{tld} et la demande IANA {ticket}.",
          ""),
    "s": ("Presentamos una solicitud de cambio para .{tld} a través de RZMS el {date} (ticket IANA {ticket}).",
          "Esto se refiere a nuestro TLD .{tld} y a la solicitud IANA {ticket}.",
          ""),
}
GREETING = {"e": ("Dear CSC,", "Hello,", "Dear colleagues,", "Hi all,", "To the Customer Standing Committee,", ""),
            "f": ("Bonjour,", "Madame, Monsieur,", "Chers membres du CSC,"),
            "s": ("Estimados miembros del CSC:", "Hola:", "Buenos días:")}
CLOSING = {"e": ("Thanks,", "Regards,", "Best regards,", "Kind regards,", "Sincerely,"),
           "f": ("Cordialement,", "Bien à vous,", "Salutations distinguées,"),
           "s": ("Saludos cordiales,", "Atentamente,", "Un saludo,")}
ANGRY_OPEN = {"e": ("This is the THIRD time we raise this and frankly it is unacceptable.",
                    "I am extremely frustrated with how IANA is handling this.",
                    "Enough is enough."),
              "f": ("C'est la troisième fois que nous signalons ce problème, c'est inacceptable.",),
              "s": ("Es la tercera vez que lo señalamos y es inaceptable.",)}
ANGRY_CLOSE = {"e": ("Our registrants are paying the price for this. FIX IT.",
                     "We will raise this with our GAC representative if nothing happens this week.",
                     "I expect a call from a manager, not another canned reply!"),
               "f": ("Nos titulaires en subissent les conséquences. Corrigez cela !",),
               "s": ("Nuestros titulares sufren las consecuencias. ¡Arréglenlo!",)}
FORMAL_OPEN = {"e": ("On behalf of {org}, the designated manager of .{tld}, we hereby submit a formal complaint concerning the performance of the IANA naming function in respect of the matter set out below.",
                     "Pursuant to the IANA complaint resolution process, {org} wishes to place on record the following complaint."),
               "f": ("Au nom de {org}, gestionnaire désigné du .{tld}, nous déposons par la présente une réclamation formelle concernant l'exécution de la fonction IANA.",),
               "s": ("En nombre de {org}, gestor designado de .{tld}, presentamos formalmente la siguiente queja sobre el desempeño de la función IANA.",)}
FORMAL_CLOSE = {"e": ("We reserve all our rights in this matter and request a written response within the time limits set out in the applicable service levels.",
                      "We request that the CSC take note of this complaint in its review of PTI's performance."),
                "f": ("Nous réservons l'ensemble de nos droits et demandons une réponse écrite dans les délais prévus.",),
                "s": ("Nos reservamos todos los derechos y solicitamos una respuesta por escrito en los plazos aplicables.",)}
TIMELINE = {"e": ("Timeline:", "- {date}: request submitted, ticket {ticket}", "- {date2}: first follow-up sent to IANA",
                  "- {date3}: second follow-up, acknowledged by an automatic reply", "- today: no resolution"),
            "f": ("Chronologie :", "- {date} : demande soumise, ticket {ticket}", "- {date2} : première relance",
                  "- {date3} : deuxième relance, accusé automatique", "- aujourd'hui : aucune solution"),
            "s": ("Cronología:", "- {date}: solicitud presentada, ticket {ticket}", "- {date2}: primer seguimiento",
                  "- {date3}: segundo seguimiento, acuse automático", "- hoy: sin solución")}
FORWARD_NOTE = {"e": ("FYI - forwarding our exchange below for the CSC's attention.",
                      "Please see the message below, which our operations team sent. We would like the CSC to be aware.",
                      "Forwarding, as requested by our board.", "See below."),
                "f": ("Pour information, je vous transfère l'échange ci-dessous.", "Voir ci-dessous."),
                "s": ("Para su información, reenvío el mensaje de abajo.", "Ver abajo.")}
DISCLAIMER = {
    "e": ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. {org} accepts no liability for any damage caused by any virus transmitted by this e-mail.",
          "DISCLAIMER: The information contained in this communication is confidential and may be legally privileged. It is intended solely for the use of the individual or entity to whom it is addressed and others authorised to receive it. If you are not the intended recipient you are hereby notified that any disclosure, copying, distribution or taking any action in reliance on the contents of this information is strictly prohibited and may be unlawful. Please consider the environment before printing this e-mail."),
    "f": ("AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. {org} décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.",),
    "s": ("AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a sus destinatarios. Si usted no es el destinatario, queda notificado de que cualquier uso, divulgación o copia está prohibida. Si lo ha recibido por error, comuníquelo al remitente y bórrelo. {org} no se responsabiliza de los cambios, alteraciones o errores que pudiera sufrir el mensaje.",),
}

# Notices IANA sends at each stage; replies quote one about a stage other than the complaint's.
NOTICES = {
    "received": "Dear {person},\n\nThank you for your submission. Your change request for .{tld} has been received and assigned ticket number {ticket2}. You will be notified as it progresses through technical checks, contact confirmation, IANA review and implementation.\n\nRegards,\nIANA Root Zone Management",
    "checks_ok": "The technical checks for request {ticket2} have completed. All name servers responded authoritatively over IPv4 and IPv6 and the DNSSEC configuration validated. The request now proceeds to contact confirmation.\n\nIANA Services",
    "checks_fail": "The automated technical tests for request {ticket2} reported errors:\n  {ns2}: Serial number mismatch between name servers\n  {ns2}: No response over TCP\nPlease correct the issues and request a retest.\n\nIANA Root Zone Management",
    "confirm": "Your authorization is required for change request {ticket2} (.{tld}). Please review the change and approve or decline it within 14 days using the link below:\nhttps://rzms.iana.org/confirm/{token}\n\nThis is an automated message.",
    "review": "All contacts have approved request {ticket2}. It is now under IANA review. We may contact you if additional documentation is needed.\n\nIANA Services",
    "implemented": "We are pleased to inform you that change request {ticket2} has been implemented and the updated delegation for .{tld} is now published in the root zone.\n\nIANA Root Zone Management",
    "ds_ok": "The DS record set submitted with request {ticket2} was validated against the published DNSKEY records (key tag {keytag2}).\n\nIANA Services",
    "idn_ack": "Thank you. Your IDN table submission has been received and will be reviewed before publication in the IANA Repository of IDN Practices.\n\nIANA Services",
}

STYLES = ("plain", "long", "angry", "formal", "reply", "forward", "html", "terse", "outlook")
LANG_OF_SLOT = "eefeesefeese"  # 12 slots, cycled: 2 fr and 2 es of every 12 at least


def fill(rng: random.Random, reg: Registry, others: list[Registry], sent: datetime) -> dict[str, str]:
    base = sent - timedelta(days=rng.randrange(20, 120))
    script, langtag = rng.choice(SCRIPTS)
    ns = rng.choice(("ns1", "a", "dns1", "ns-a", "anycast1"))
    host = rng.choice((f"nic.{reg.tld}", reg.domain, "dns-anycast.net", "pch.example.net"))
    ip_last = rng.randrange(2, 250)
    return {
        "tld": reg.tld, "org": reg.org, "person": reg.person, "domain": reg.domain,
        "ulabel": reg.tld if reg.tld.startswith("xn--") else idn(rng.choice(("ميناء", "долина", "港湾"))),
        "ticket": f"{rng.randrange(1_200_000, 1_999_999)}",
        "ticket2": f"{rng.randrange(1_200_000, 1_999_999)}",
        "ns1": f"{ns}.{host}", "ns2": f"{ns.replace('1', '2')}2.{host}" if "1" not in ns else f"{ns.replace('1', '2')}.{host}",
        "ns1typo": f"{ns}.{host[:-1]}{host[-1] * 2}",
        "ip4": f"198.51.100.{ip_last}", "ip4b": f"198.51.100.{(ip_last + 10) % 250}",
        "ip6": f"2001:db8:{rng.randrange(16, 4000):x}::53",
        "hours": str(rng.choice((3, 5, 9, 26, 30, 52))), "days": str(rng.choice((6, 9, 12, 17))),
        "weeks": str(rng.choice((3, 4, 5, 7))), "months": str(rng.choice((5, 8, 11, 14))),
        "date": base.strftime(rng.choice(("%d %B %Y", "%Y-%m-%d", "%d/%m/%Y"))),
        "date2": (base + timedelta(days=7)).strftime("%Y-%m-%d"),
        "date3": (base + timedelta(days=15)).strftime("%Y-%m-%d"),
        "year": str(base.year - 1),
        "keytag": str(rng.randrange(10000, 65000)), "keytag2": str(rng.randrange(10000, 65000)),
        "alg": rng.choice(("8", "13", "15")),
        "digest": "".join(rng.choice("0123456789ABCDEF") for _ in range(64)),
        "serial": f"{base:%Y%m%d}0{rng.randrange(0, 2)}",
        "n": str(rng.choice((3, 4, 5, 6))), "role": rng.choice(("hostmaster", "admin", "dns-admin")),
        "script": script, "langtag": langtag,
        "errref": f"ERR-{rng.randrange(100000, 999999)}",
        "other": rng.choice([o.tld for o in others if o.tld != reg.tld]),
        "token": "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(20)),
    }


def pick(rng: random.Random, pool: tuple[str, ...], k: int = 1) -> list[str]:
    return rng.sample(list(pool), min(k, len(pool)))


def mailbox(reg: Registry) -> str:
    local = reg.person.split()[0].lower()
    for accented, plain in (("í", "i"), ("é", "e"), ("á", "a"), ("-", "")):
        local = local.replace(accented, plain)
    return f"{local}@{reg.domain}"


def signature(rng: random.Random, reg: Registry) -> str:
    variants = (
        f"-- \n{reg.person}\n{reg.title}\n{reg.org}\n{reg.address}\nTel: {reg.phone}\nhttps://www.{reg.domain}",
        f"{reg.person} | {reg.title} | {reg.org}\nT {reg.phone} | {reg.address}",
        f"--\n{reg.person}\n{reg.org} (.{reg.tld})\nPhone {reg.phone}",
        f"{reg.person}\n{reg.title}, {reg.org}",
    )
    return rng.choice(variants)


def body_lines(rng: random.Random, cat: Category, lang: str, v: dict[str, str], style: str) -> list[str]:
    texts: Lang = {"e": cat.en, "f": cat.fr, "s": cat.es}[lang]  # type: ignore[assignment]
    if style == "terse":
        return [rng.choice(texts.terse)]
    paras: list[str] = []
    greeting = rng.choice(GREETING[lang])
    if greeting:
        paras.append(greeting)
    if style == "angry":
        paras.append(rng.choice(ANGRY_OPEN[lang]))
    if style == "formal":
        paras.append(rng.choice(FORMAL_OPEN[lang]))
    context = rng.choice(CONTEXT[lang])
    n_core = 2 if style == "long" else 1
    n_detail = {"long": 3, "plain": rng.choice((0, 1, 2))}.get(style, rng.choice((0, 1)))
    problem = " ".join(pick(rng, texts.core, n_core))
    if context and rng.random() < 0.4:
        paras.extend((context, problem))
    else:
        paras.append(f"{context} {problem}".strip())
    details = pick(rng, texts.detail, n_detail)
    if details:
        paras.append(" ".join(details))
    if texts.aside and rng.random() < 0.45:
        paras.append(rng.choice(texts.aside))
    if style == "long":
        paras.append("\n".join(TIMELINE[lang]))
    paras.append(rng.choice(texts.ask))
    if style == "angry":
        paras.append(rng.choice(ANGRY_CLOSE[lang]))
    if style == "formal":
        paras.append(rng.choice(FORMAL_CLOSE[lang]))
    paras.append(rng.choice(CLOSING[lang]))
    return [p.format_map(v) for p in paras]


def notice_for(rng: random.Random, cat: Category, v: dict[str, str]) -> str:
    keys = sorted(k for k in NOTICES if k not in cat.notices_not_quoted)
    return NOTICES[rng.choice(keys)].format_map(v)


def compose(rng: random.Random, cat: Category, lang: str, reg: Registry,
            v: dict[str, str], style: str, sent: datetime) -> tuple[str, str, bool]:
    """(subject, body, is_html) of one mail."""
    texts: Lang = {"e": cat.en, "f": cat.fr, "s": cat.es}[lang]  # type: ignore[assignment]
    subject = rng.choice(texts.subjects).format_map(v)
    if rng.random() < 0.3 and v["ticket"] not in subject:
        subject = f"[IANA #{v['ticket']}] {subject}"
    paras = body_lines(rng, cat, lang, v, style)
    sig = signature(rng, reg) if style != "terse" or rng.random() < 0.4 else ""
    disclaimer = ""
    if style == "formal" or rng.random() < 0.25:
        disclaimer = rng.choice(DISCLAIMER[lang]).format_map(v)
    own = "\n\n".join(paras) + (f"\n\n{sig}" if sig else "") + (f"\n\n{disclaimer}" if disclaimer else "")
    if style == "terse" and not sig and rng.random() < 0.5:
        own += "\n\nSent from my iPhone"
    if style == "reply":
        when = (sent - timedelta(days=rng.randrange(2, 20))).strftime("%a, %d %b %Y at %H:%M")
        quoted = "\n".join(f"> {line}" if line else ">" for line in notice_for(rng, cat, v).splitlines())
        return (f"Re: {subject}",
                own + f"\n\nOn {when}, IANA Root Zone Management <root-mgmt@iana.org> wrote:\n{quoted}\n", False)
    if style == "outlook":
        when = (sent - timedelta(days=rng.randrange(2, 20))).strftime("%A, %B %d, %Y %I:%M %p")
        return (f"RE: {subject}",
                own + f"\n\n-----Original Message-----\nFrom: IANA Services <iana@iana.org>\nSent: {when}\n"
                f"To: {reg.person} <{mailbox(reg)}>\nSubject: [IANA #{v['ticket2']}] Update on your request\n\n"
                + notice_for(rng, cat, v) + "\n", False)
    if style == "forward":
        when = (sent - timedelta(days=rng.randrange(1, 30))).strftime("%a, %d %b %Y at %H:%M")
        note = rng.choice(FORWARD_NOTE[lang])
        fwd_sig = reg.person.split()[0]
        prefix = {"e": "Fwd", "f": "TR", "s": "RV"}[lang]
        return (f"{prefix}: {subject}",
                f"{note}\n\n{fwd_sig}\n\n---------- Forwarded message ---------\n"
                f"From: {reg.person} <{mailbox(reg)}>\nDate: {when}\n"
                f"Subject: {subject}\nTo: IANA <root-mgmt@iana.org>\n\n{own}\n", False)
    if style == "html":
        html_paras = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
        html_sig = f'<div style="color:#555;font-size:11px">{escape(sig).replace(chr(10), "<br>")}</div>' if sig else ""
        html_disc = f'<p style="font-size:9px;color:#999">{escape(disclaimer)}</p>' if disclaimer else ""
        return (subject, '<html><head><meta charset="utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:14px">'
                f"{html_paras}{html_sig}{html_disc}</div></body></html>", True)
    return subject, own + "\n", False


def make_mail(cat: Category, index: int, number: int) -> tuple[bytes, str]:
    rng = random.Random(f"{cat.name}-{index}")
    lang = LANG_OF_SLOT[(index + len(cat.name)) % len(LANG_OF_SLOT)]
    style = STYLES[(index * 4 + len(cat.name)) % len(STYLES)]
    speakers = [r for r in REGISTRIES if lang in r.langs]
    reg = speakers[(index * 5 + len(cat.name) * 3) % len(speakers)]
    sent = datetime(2024, 3, 1, 9, tzinfo=UTC) + timedelta(days=number * 3, minutes=rng.randrange(0, 600))
    v = fill(rng, reg, REGISTRIES, sent)
    subject, body, is_html = compose(rng, cat, lang, reg, v, style, sent)
    msg = EmailMessage()
    msg["From"] = f'"{reg.person}" <{mailbox(reg)}>'
    msg["To"] = "csc-complaints@icann.org"
    if rng.random() < 0.3:
        msg["Cc"] = "root-mgmt@iana.org"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{sent:%Y%m%d%H%M}.{v['token'][:8]}@{reg.domain}>"
    if style in ("reply", "outlook"):
        msg["In-Reply-To"] = f"<rzms-{v['ticket2']}@iana.org>"
    msg.set_content(body, subtype="html" if is_html else "plain", charset="utf-8")
    return bytes(msg), style + "/" + lang


def write_corpus(root: Path = HERE) -> dict[str, str]:
    """Write root/all/*.eml and root/labels.json; return each file's "style/language"."""
    jobs = [(cat, i) for cat in CATEGORIES for i in range(cat.count)]
    random.Random(2025).shuffle(jobs)  # arrival order mixes the categories
    out = root / PART
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for number, (cat, i) in enumerate(jobs, start=1):
        raw, kind = make_mail(cat, i, number)
        name = f"m{number:03d}.eml"
        (out / name).write_bytes(raw)
        labels[name] = cat.name
        kinds[name] = kind
    (root / "labels.json").write_text(json.dumps({PART: labels}, indent=1, sort_keys=True) + "\n")
    return kinds


def main() -> None:
    kinds = write_corpus()
    makeup: dict[str, int] = {}
    for kind in kinds.values():
        for key in kind.split("/"):
            makeup[key] = makeup.get(key, 0) + 1
    print(f"{len(kinds)} mails in {len(CATEGORIES)} categories:", dict(sorted(makeup.items())))


if __name__ == "__main__":
    main()
