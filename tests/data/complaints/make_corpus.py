"""Write the labelled complaint corpus: tune/ and heldout/ .eml files and labels.json.

Run `python tests/data/complaints/make_corpus.py` (deterministic: seed 2026).  Twelve problem
categories; each has two SEPARATE sets of hand-written phrasings: `tune` (the method may be
tuned on it) and `heldout` (written independently, with other words, never looked at while
tuning).  Every complaint is then dressed in a random style: terse, long, angry, formal,
replying above a quoted IANA notice about ANOTHER stage, forwarded, HTML-only, with a long
legal disclaimer or a signature; all of them share the domain's vocabulary (IANA, ticket, TLD,
request, RZMS).
"""

from __future__ import annotations

import html
import json
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2026

SENDERS = [
    ("Marie Dupont", "hostmaster@nic.example", "NIC Example Registry", "example"),
    ("Jorge Ruiz", "soporte@registro.ejemplo", "Registro Ejemplo A.C.", "ejemplo"),
    ("Aiko Tanaka", "dns-ops@jprs.test", "Test Registry Services Ltd", "test"),
    ("Olu Adeyemi", "tech@nira.sample", "Sample Internet Registration Authority", "sample"),
    ("Sven Berg", "admin@dk-hostmaster.demo", "Demo Hostmaster A/S", "demo"),
    ("Fatima Zahra", "noc@anrt.xn--mgbc0a9azcg", "Agence Nationale Registry", "xn--mgbc0a9azcg"),
    ("Pierre Lambert", "support@afnic.exemple", "Registre Exemple", "exemple"),
    ("Ana Souza", "registro@nic.prueba", "NIC Prueba", "prueba"),
    ("John Smith", "jsmith@gmail.com", "", "invalid"),
    ("Li Wei", "ops@cnnic.xn--fiqs8s", "Internet Network Information Center", "xn--fiqs8s"),
    ("Kwame Mensah", "dns@nic.local", "Local Network Information Centre", "local"),
    ("Elena Petrova", "hostmaster@ripn.xn--p1ai", "Coordination Centre Registry", "xn--p1ai"),
    ("Carlos Mendez", "dnsadmin@nic.localhost", "Registro Localhost", "localhost"),
    ("Hannah Weber", "technik@denic.beispiel", "Beispiel Registry GmbH", "beispiel"),
    ("Raj Patel", "tld-ops@registry.internal", "Internal Registry Inc", "internal"),
    ("Sofia Rossi", "noc@nic.esempio", "Registro Esempio", "esempio"),
]

# {tld} {ticket} {days} {ns} are filled in; one phrasing per list entry.
TUNE: dict[str, dict[str, list[str]]] = {
    "ipv6_ns": {
        "subject": ["Technical check fails on IPv6 name server", "IPv6 check failure",
                    "Name server change rejected - IPv6"],
        "en": [
            "Our name server change for .{tld} (ticket {ticket}) failed the technical check "
            "because IANA says {ns} is not reachable over IPv6. The AAAA record is correct and "
            "the server answers on IPv6 from everywhere we test.",
            "The technical checks keep reporting that our IPv6 name server does not respond. "
            "We verified the AAAA address from three networks and it works.",
            "Request {ticket}: check failed with 'no response over IPv6 from {ns}'. Our "
            "IPv6 connectivity is fine; this looks like a problem on the IANA test side.",
            "IANA's tests cannot reach {ns} over IPv6, so the NS update for .{tld} is blocked. "
            "Other monitoring sees the v6 address answering.",
        ],
        "fr": ["Notre changement de serveurs de noms pour .{tld} (ticket {ticket}) est refusé: "
               "la vérification technique indique que {ns} ne répond pas en IPv6, alors que "
               "l'adresse IPv6 fonctionne."],
        "es": ["La verificación técnica de nuestro cambio de servidores de nombres para .{tld} "
               "(ticket {ticket}) falla porque {ns} no responde por IPv6, aunque la dirección "
               "IPv6 funciona correctamente."],
    },
    "ds_mismatch": {
        "subject": ["DS record update rejected", "DNSSEC check failed on our DS",
                    "DS / DNSKEY mismatch reported wrongly"],
        "en": [
            "Our DS record update for .{tld} (ticket {ticket}) was rejected by the technical "
            "check with 'no matching DNSKEY', yet the DNSKEY has been published for a week.",
            "The DNSSEC check says our DS digest does not match the DNSKEY. We computed it "
            "three times; the key tag and digest are correct.",
            "During our KSK rollover the DS change failed the checks; IANA's tool seems to "
            "query a stale DNSKEY set.",
            "Ticket {ticket}: DS submission refused, key tag mismatch. The key is in the zone.",
        ],
        "fr": ["La mise à jour de notre enregistrement DS pour .{tld} a été refusée: le DS ne "
               "correspond pas au DNSKEY selon IANA, alors que la clé est publiée."],
        "es": ["Nuestro registro DS para .{tld} fue rechazado porque el DS no coincide con la "
               "DNSKEY según IANA, pero la clave está publicada desde hace días."],
    },
    "retest_slow": {
        "subject": ["Retest taking far too long", "Technical check retest stuck",
                    "No retest after we fixed the issue"],
        "en": [
            "After we fixed the name server issue, the retest of ticket {ticket} has not run "
            "for {days} days. The SLA says a retest completes within minutes.",
            "We corrected the problem the first check found and asked for a re-test. Nothing "
            "has happened since; the request is stuck in the technical check stage.",
            "The checks failed earlier because of our mistake, which we fixed the same day. "
            "Why does a retest of .{tld} take {days} days?",
            "Please re-run the technical checks on {ticket}. We have been waiting {days} days "
            "after correcting the configuration.",
        ],
        "fr": ["Nous avons corrigé l'erreur signalée, mais les tests n'ont pas été relancés "
               "depuis {days} jours pour .{tld} (ticket {ticket})."],
        "es": ["Corregimos el problema hace {days} días, pero IANA no ha vuelto a ejecutar las "
               "pruebas técnicas del ticket {ticket}."],
    },
    "contact_confirmation": {
        "subject": ["Confirmation emails never received", "Contact confirmation problem",
                    "Authorization contacts not asked to approve"],
        "en": [
            "Neither our administrative nor our technical contact received the confirmation "
            "email for ticket {ticket}, so the change cannot be approved.",
            "The approval link sent to our admin contact expired before it arrived. We need "
            "a new confirmation request for .{tld}.",
            "IANA asked the wrong person to confirm the change; our authorization contacts "
            "were never contacted.",
            "Both contacts approved request {ticket} {days} days ago, but the system still "
            "says it is waiting for contact confirmation.",
        ],
        "fr": ["Nos contacts administratif et technique n'ont jamais reçu le courriel de "
               "confirmation pour la demande {ticket} concernant .{tld}."],
        "es": ["Nuestros contactos administrativo y técnico no recibieron el correo de "
               "confirmación del ticket {ticket} para .{tld}."],
    },
    "manual_review": {
        "subject": ["Request stuck in review", "Manual review delay",
                    "Processing time unacceptable"],
        "en": [
            "Request {ticket} passed all checks and confirmations {days} days ago and is still "
            "under review. The SLA for review and processing is 5 days.",
            "Our routine update has been pending manual review for {days} days with no "
            "explanation.",
            "Why does a simple contact update for .{tld} sit in staff review for weeks? The "
            "processing time is far beyond the SLA.",
            "Ticket {ticket} is in the 'review' stage since {days} days. Please release it for "
            "implementation.",
        ],
        "fr": ["Notre demande {ticket} est en cours d'examen depuis {days} jours alors que "
               "toutes les vérifications sont passées."],
        "es": ["La solicitud {ticket} lleva {days} días en revisión manual aunque pasó todas "
               "las verificaciones."],
    },
    "transfer_eval": {
        "subject": ["ccTLD transfer evaluation too slow", "Redelegation request stalled",
                    "Transfer of .{tld}"],
        "en": [
            "Our application to transfer .{tld} to the new manager was filed months ago and the "
            "evaluation has not progressed.",
            "We provided the government support letter and evidence of local internet "
            "community support, yet the transfer evaluation is still open.",
            "IANA keeps asking for more documents in the redelegation of .{tld}; every round "
            "adds weeks.",
            "The change of manager for .{tld} (ticket {ticket}) has been under evaluation for "
            "a year.",
        ],
        "fr": ["Le transfert de .{tld} au nouveau gestionnaire est en évaluation depuis des "
               "mois malgré les lettres de soutien fournies."],
        "es": ["La transferencia de .{tld} al nuevo administrador lleva meses en evaluación "
               "a pesar de las cartas de apoyo."],
    },
    "publication_delay": {
        "subject": ["Approved change not yet in the root zone", "Root zone publication delay",
                    "Change not published after 72 hours"],
        "en": [
            "Ticket {ticket} was approved {days} days ago but the change is still not published "
            "in the root zone.",
            "The root zone file still shows our old name servers although IANA said the "
            "request was sent for implementation.",
            "Publication of our update for .{tld} took {days} days; the SLA is 72 hours.",
            "Our NS change has not appeared in the root zone even though every step was "
            "completed.",
        ],
        "fr": ["Notre modification pour .{tld} a été approuvée mais n'est toujours pas publiée "
               "dans la zone racine après {days} jours."],
        "es": ["El cambio para .{tld} fue aprobado pero aún no está publicado en la zona raíz "
               "después de {days} días."],
    },
    "idn_table": {
        "subject": ["IDN table not published", "LGR / IDN table publication",
                    "IDN tables request pending"],
        "en": [
            "We submitted our IDN table for .{tld} {days} days ago and it has not been "
            "published in the IANA repository.",
            "The updated label generation rules for our script are still not in the IDN "
            "practices repository.",
            "Our IDN table submission (ticket {ticket}) was acknowledged but never published.",
            "Variant rules in our IDN table were published with an old version.",
        ],
        "fr": ["Notre table IDN pour .{tld} n'est toujours pas publiée dans le dépôt IANA "
               "après {days} jours."],
        "es": ["Nuestra tabla IDN para .{tld} sigue sin publicarse en el repositorio de IANA "
               "después de {days} días."],
    },
    "wrong_change": {
        "subject": ["Wrong change implemented", "IANA implemented an incorrect update",
                    "Our glue records were removed by mistake"],
        "en": [
            "IANA implemented the wrong change for .{tld}: {ns} was removed instead of added. "
            "This is not what we requested in ticket {ticket}.",
            "After ticket {ticket} was processed our glue records were deleted, which we never "
            "asked for. Please revert.",
            "The name server set published is incorrect; the IPv4 addresses of two hosts were "
            "swapped.",
            "A mistake in the implementation of our request took .{tld} partly offline.",
        ],
        "fr": ["IANA a appliqué un changement erroné pour .{tld}: un serveur a été supprimé "
               "alors que nous demandions un ajout."],
        "es": ["IANA implementó un cambio equivocado para .{tld}: se eliminó un servidor en "
               "lugar de añadirlo."],
    },
    "communication": {
        "subject": ["No response from IANA", "Poor communication on our request",
                    "Unanswered emails"],
        "en": [
            "We have sent four emails about ticket {ticket} over {days} days and received no "
            "response at all.",
            "Nobody at IANA replies to our questions; we only get automated replies.",
            "We are kept in the dark: no status updates, no answer to our reminders.",
            "The communication from IANA staff has been poor; questions go unanswered.",
        ],
        "fr": ["Nous avons envoyé plusieurs relances concernant le ticket {ticket} sans aucune "
               "réponse de l'équipe IANA."],
        "es": ["Hemos enviado varios correos sobre el ticket {ticket} y no hemos recibido "
               "ninguna respuesta de IANA."],
    },
    "bias": {
        "subject": ["Unequal treatment of our registry", "Perceived bias",
                    "Why are larger registries favoured?"],
        "en": [
            "It seems larger registries get their requests processed in hours while ours wait "
            "weeks. This is unfair treatment.",
            "We feel IANA is biased against small ccTLDs; our requests get extra scrutiny "
            "others do not.",
            "There is a double standard: the same documentation was accepted from another "
            "registry and refused from us.",
            "We believe political considerations influenced how our request was handled.",
        ],
        "fr": ["Nous avons le sentiment d'un traitement inégal: les grands registres sont "
               "servis en priorité et pas nous."],
        "es": ["Sentimos un trato desigual: los grandes registros reciben prioridad y nosotros "
               "no."],
    },
    "rzms_portal": {
        "subject": ["RZMS portal login problems", "Cannot log in to RZMS",
                    "Portal error when submitting"],
        "en": [
            "We cannot log in to the RZMS portal: the password reset link does not work.",
            "The portal shows an error page when we press the submit button on the change "
            "form.",
            "Two-factor authentication in RZMS locks our account after each login.",
            "The RZMS web interface times out and our session is lost halfway through a "
            "request.",
        ],
        "fr": ["Impossible de nous connecter au portail RZMS: le mot de passe est refusé et la "
               "réinitialisation ne fonctionne pas."],
        "es": ["No podemos iniciar sesión en el portal RZMS: la contraseña es rechazada y el "
               "restablecimiento no funciona."],
    },
}

# Written separately, in other words, never used while tuning.
HELDOUT: dict[str, dict[str, list[str]]] = {
    "ipv6_ns": {
        "subject": ["NS update blocked by v6 reachability test", "IANA cannot see our AAAA host",
                    "Delegation update refused: IPv6"],
        "en": [
            "The automated tests claim ns2 is unreachable via IPv6, which is false. We can "
            "query it over v6 from RIPE Atlas probes worldwide.",
            "IANA's checker times out on the IPv6 address of our secondary; IPv4 works. Our "
            "host has answered AAAA queries for years.",
            "Update {ticket} for .{tld} failed again: the IPv6 transport test against {ns} "
            "gets no answer, yet dig -6 from any network succeeds.",
            "Your test harness seems to have broken IPv6 routing; our new nameserver on "
            "2001:db8::53 is rejected every time.",
        ],
        "fr": ["Les tests d'IANA déclarent notre serveur {ns} injoignable en IPv6. C'est faux: "
               "il répond en v6 depuis tous nos points de mesure."],
        "es": ["Las pruebas de IANA dicen que {ns} es inalcanzable por IPv6; desde cualquier "
               "red responde sin problema por v6."],
    },
    "ds_mismatch": {
        "subject": ["DNSSEC validation rejected our new key", "Key rollover blocked by IANA test",
                    "DS digest reported as wrong"],
        "en": [
            "We are mid-rollover to algorithm 13 and the new DS is refused because your tool "
            "finds no DNSKEY with that key tag. The key has been in the apex for ten days.",
            "Submitting our new trust anchor fails: 'DS does not correspond to any DNSKEY'. "
            "Every validator we tried agrees with us.",
            "The DNSSEC test flags our digest type 2 record as invalid although it matches "
            "the published KSK.",
            "Because the DS change was refused our signed zone now risks going bogus when the "
            "old key is retired.",
        ],
        "fr": ["Notre nouvel enregistrement DS est refusé: selon IANA il ne correspond à aucune "
               "DNSKEY, alors que la clé est publiée depuis dix jours."],
        "es": ["IANA rechaza nuestro DS porque no coincide con ninguna DNSKEY publicada, lo "
               "cual es falso según todos los validadores."],
    },
    "retest_slow": {
        "subject": ["Fixed our servers, still no new test", "Re-test not triggered",
                    "Second run of checks delayed"],
        "en": [
            "The lame server the first run found was repaired within an hour, but the checks "
            "have not been run again for {days} days.",
            "We corrected the SOA serial mismatch and requested a new test. The retest still "
            "has not happened.",
            "Once we fixed the error flagged by the checks nothing moved; the second test run "
            "for {ticket} is overdue by days.",
            "How long must we wait for the tests to run again? Our config has been correct "
            "since the day the failure report arrived.",
        ],
        "fr": ["Après correction de notre configuration, aucune nouvelle vérification n'a été "
               "lancée pour le ticket {ticket} depuis {days} jours."],
        "es": ["Tras la corrección de nuestra configuración, IANA no ha repetido las pruebas "
               "del ticket {ticket} en {days} días."],
    },
    "contact_confirmation": {
        "subject": ["Our contacts never got the approval mail", "Consent step broken",
                    "Who was asked to approve our change?"],
        "en": [
            "The mail asking our tech contact to consent to the update never arrived; we "
            "checked spam and the mail logs.",
            "Our admin contact clicked the approval link and got 'link expired'. The request "
            "is now stuck waiting for consent.",
            "The confirmation request went to a contact we removed two years ago instead of "
            "the current authorization contacts.",
            "We approved twice, yet {ticket} still shows 'awaiting confirmation from contacts'.",
        ],
        "fr": ["Le lien d'approbation envoyé à notre contact administratif avait expiré; la "
               "demande {ticket} attend toujours la confirmation des contacts."],
        "es": ["El enlace de aprobación que recibió nuestro contacto técnico había caducado y "
               "la solicitud {ticket} sigue esperando la confirmación de los contactos."],
    },
    "manual_review": {
        "subject": ["Held in staff review", "Request sitting with reviewers",
                    "Processing beyond SLA"],
        "en": [
            "Everything passed and both contacts agreed, yet {ticket} has been with the "
            "reviewers for {days} days. The SLA for other validations is five days.",
            "Our routine update is being held for manual processing and nobody can say why.",
            "A trivial change sits 'in review' for {days} days; that is well past the five "
            "day processing target.",
            "Please explain why our request needs a manual review at all and why it takes "
            "{days} days.",
        ],
        "fr": ["Tout est validé mais la demande {ticket} reste en révision manuelle depuis "
               "{days} jours, bien au-delà des 5 jours."],
        "es": ["Todo fue validado pero la solicitud {ticket} sigue pendiente de revisión "
               "después de {days} días, mucho más que los 5 días."],
    },
    "transfer_eval": {
        "subject": ["Delegation change for .{tld} going nowhere", "Manager change evaluation",
                    "Redelegation of our ccTLD"],
        "en": [
            "The redelegation file for .{tld} has been with IANA for eleven months; every reply "
            "asks for yet another statement from the significantly interested parties.",
            "We handed over the operator change documentation, including the ministry's "
            "endorsement, and the evaluation has not moved since.",
            "Our ccTLD's transfer to the new operator is blocked in evaluation while the old "
            "operator keeps running the servers.",
            "The delegation request for the new manager of .{tld} needs a decision; the "
            "community support is documented.",
        ],
        "fr": ["La redélégation de .{tld} au nouveau gestionnaire est bloquée depuis onze mois "
               "malgré le soutien du gouvernement."],
        "es": ["La redelegación de .{tld} al nuevo gestor está bloqueada desde hace once meses "
               "aunque presentamos el apoyo del gobierno."],
    },
    "publication_delay": {
        "subject": ["Root servers still serve the old delegation",
                    "Implementation missing after approval", "Zone not updated"],
        "en": [
            "Four days after final approval the root servers still hand out our old NS set. "
            "The implementation step is meant to take 72 hours.",
            "IANA told us {ticket} was complete but the root zone published today still lacks "
            "our change.",
            "Our update was released for implementation on Monday and is still not visible "
            "in the root.",
            "The delay between approval and the root zone update cost us a planned "
            "maintenance window.",
        ],
        "fr": ["Quatre jours après l'approbation, les serveurs racine publient toujours notre "
               "ancienne délégation pour .{tld}."],
        "es": ["Cuatro días después de la aprobación, los servidores raíz siguen publicando "
               "nuestra delegación anterior para .{tld}."],
    },
    "idn_table": {
        "subject": ["Our LGR is missing from the repository", "Language table still absent",
                    "IDN practices page outdated"],
        "en": [
            "The LGR we lodged for our Cyrillic labels in March is still not on the IANA "
            "repository page.",
            "Registrars cannot offer our Arabic script names because the language table was "
            "never posted.",
            "The repository still lists version 1 of our IDN table although version 2 was "
            "submitted {days} days ago.",
            "Our Chinese variant table has been pending publication for {days} days.",
        ],
        "fr": ["Notre table de langue IDN pour l'écriture arabe n'apparaît toujours pas dans "
               "le dépôt IANA."],
        "es": ["Nuestra tabla de idioma IDN para la escritura cirílica todavía no aparece en "
               "el repositorio de IANA."],
    },
    "wrong_change": {
        "subject": ["IANA put the wrong addresses in the root", "Erroneous delegation update",
                    "Change applied was not the one requested"],
        "en": [
            "The glue you published for ns1.{tld} has the address of ns2; we did not request "
            "that and resolution broke for hours.",
            "Our request was to add a server; IANA deleted one instead. This error must be "
            "corrected immediately.",
            "Someone mixed up our request with another registry's: the NS set in the root is "
            "not ours.",
            "The implemented update contains an erroneous host name that appears nowhere in "
            "our submission.",
        ],
        "fr": ["Le changement appliqué par IANA pour .{tld} n'est pas celui que nous avions "
               "demandé: une adresse erronée a été publiée."],
        "es": ["El cambio aplicado por IANA para .{tld} no es el que solicitamos: publicaron "
               "una dirección errónea."],
    },
    "communication": {
        "subject": ["Still waiting for a human reply", "Silence from the IANA team",
                    "Questions left unanswered"],
        "en": [
            "Three weeks and three reminders later, not one person from IANA has got back to "
            "us about {ticket}.",
            "All we receive are canned responses; our direct questions are ignored.",
            "Nobody tells us where our request stands. We had to chase staff for any update.",
            "We wrote to the root zone liaison twice and never heard back.",
        ],
        "fr": ["Trois semaines et trois relances plus tard, personne ne nous a répondu au sujet "
               "du ticket {ticket}."],
        "es": ["Tres semanas y tres recordatorios después, nadie de IANA nos ha respondido "
               "sobre el ticket {ticket}."],
    },
    "bias": {
        "subject": ["Are all operators treated alike?", "Discriminatory handling",
                    "Favouritism in processing"],
        "en": [
            "Requests from the big commercial operators are handled the same day while small "
            "registries like ours queue for weeks. That is discrimination.",
            "IANA applies rules to us that it waives for others; we demand impartial handling.",
            "We were refused on grounds that were not applied to a comparable registry last "
            "month. This is not neutral.",
            "Our government's position seems to affect how IANA treats our registry.",
        ],
        "fr": ["Les grands opérateurs sont traités le jour même et nous attendons des semaines: "
               "c'est une discrimination."],
        "es": ["Los grandes operadores son atendidos el mismo día y nosotros esperamos semanas: "
               "es una discriminación."],
    },
    "rzms_portal": {
        "subject": ["RZMS unusable", "Locked out of the root zone system",
                    "Form submission crashes"],
        "en": [
            "Since the update last week the RZMS login page loops back to itself in every "
            "browser we tried.",
            "Our one-time code is rejected and the account is locked; the unlock procedure "
            "does not work.",
            "Uploading the supporting document crashes the page with an HTTP 500.",
            "The system logs us out every few minutes so we cannot finish entering the "
            "change.",
        ],
        "fr": ["Depuis la mise à jour, la page de connexion RZMS tourne en boucle dans tous "
               "les navigateurs."],
        "es": ["Desde la actualización, la página de inicio de sesión de RZMS vuelve a sí "
               "misma en todos los navegadores."],
    },
}

# IANA notices about OTHER stages, quoted under replies: their words must not decide.
NOTICES = [
    "Dear Sir or Madam,\nThe technical checks for your request have completed with the "
    "following issues: name server {ns} did not respond over IPv6. Please correct and the "
    "request will be retested.\nIANA Root Zone Management",
    "Your request {ticket} is awaiting contact confirmation. Both the administrative and "
    "technical contacts must approve the change using the link provided.",
    "Your change request {ticket} has been implemented and published in the root zone. "
    "Thank you for using RZMS.",
    "Your request has been received and is now under review by IANA staff. Review and "
    "processing normally completes within 5 business days.",
    "The DNSSEC checks found a DS record that does not match any DNSKEY at the apex. Please "
    "verify your DS data.",
    "Please log in to the RZMS portal to review and approve the pending request.",
]

DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole "
    "use of the intended recipient(s) and may contain confidential and privileged "
    "information. Any unauthorized review, use, disclosure or distribution is prohibited. If "
    "you are not the intended recipient, please contact the sender by reply e-mail and "
    "destroy all copies of the original message. The registry accepts no liability for any "
    "change, request, delegation or technical check discussed herein.",
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
    "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est "
    "interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement "
    "l'émetteur.",
    "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su "
    "destinatario. Si usted no es el destinatario, le informamos que cualquier uso está "
    "prohibido.",
]

OPENERS = {
    "en": ["Dear CSC,", "Hello,", "To the Customer Standing Committee,", "Hi all,", ""],
    "fr": ["Madame, Monsieur,", "Bonjour,", ""],
    "es": ["Estimados miembros del CSC:", "Hola,", ""],
}
CLOSINGS = {"en": ["Best regards,", "Regards,", "Thanks,", "Sincerely,"],
            "fr": ["Cordialement,", "Bien cordialement,"],
            "es": ["Saludos,", "Atentamente,"]}
FILLER = {
    "en": ["We submitted this through RZMS as IANA ticket {ticket} for the .{tld} TLD.",
           "This concerns our request to IANA for .{tld}.",
           "I am writing on behalf of the .{tld} registry about an IANA request."],
    "fr": ["Cette demande a été soumise via RZMS (ticket IANA {ticket}) pour le TLD .{tld}."],
    "es": ["Esta solicitud se envió por RZMS (ticket IANA {ticket}) para el TLD .{tld}."],
}
ANGRY = {"en": "This is completely unacceptable and we expect the CSC to act.",
         "fr": "C'est totalement inacceptable.", "es": "Esto es totalmente inaceptable."}
LONG = {
    "en": "For context, our registry serves several hundred thousand domains and our "
          "operations team follows IANA's published procedures carefully. We have been an "
          "IANA customer for many years and rarely need to complain, but this request has "
          "affected our planning and our users.",
    "fr": "Pour mémoire, notre registre gère plusieurs centaines de milliers de noms et suit "
          "scrupuleusement les procédures publiées par IANA.",
    "es": "Como contexto, nuestro registro gestiona cientos de miles de dominios y sigue "
          "cuidadosamente los procedimientos publicados por IANA.",
}
STYLES = ["plain", "terse", "long", "angry", "formal", "quoted_notice", "forward", "html",
          "disclaimer", "quoted_notice", "plain", "signature"]


def fill(text: str, rnd: random.Random, tld: str) -> str:
    return text.format(tld=tld, ticket=f"1-2026-{rnd.randint(100, 9999):04d}",
                       days=rnd.choice([6, 9, 12, 15, 21, 30]),
                       ns=f"ns{rnd.randint(1, 4)}.nic.{tld}")


def body_for(cat: str, phrasings: dict[str, list[str]], idx: int, rnd: random.Random,
             sender: tuple[str, str, str, str]) -> tuple[str, str, str]:
    """(language, subject, body text) of one complaint before its style."""
    tld = sender[3]
    pool = ([("en", p) for p in phrasings["en"]] + [("fr", p) for p in phrasings["fr"]]
            + [("es", p) for p in phrasings["es"]])
    lang, core = pool[idx % len(pool)]
    subject = fill(rnd.choice(phrasings["subject"]), rnd, tld)
    if lang != "en" or rnd.random() < 0.25:
        subject = rnd.choice([f"Complaint - IANA ticket 1-2026-{rnd.randint(100, 9999)}",
                              f"Plainte .{tld}" if lang == "fr" else f"Complaint .{tld}",
                              "IANA request" if lang != "es" else "Queja sobre IANA"])
    parts = [rnd.choice(OPENERS[lang]), fill(rnd.choice(FILLER[lang]), rnd, tld),
             fill(core, rnd, tld)]
    return lang, subject, "\n\n".join(p for p in parts if p)


def dress(style: str, lang: str, subject: str, body: str, rnd: random.Random,
          sender: tuple[str, str, str, str]) -> tuple[str, str, bool]:
    """(subject, text, is_html) in the given style."""
    name, addr, org, tld = sender
    closing = f"{rnd.choice(CLOSINGS[lang])}\n{name}\n{org}".rstrip()
    if style == "terse":
        body = body.split("\n\n")[-1].split(". ")[0].rstrip(".") + "."
        return subject, body, False
    if style == "long":
        body = f"{body}\n\n{LONG[lang]}"
    if style == "angry":
        body = f"{ANGRY[lang]}\n\n{body}\n\n{ANGRY[lang].upper()}"
        subject = subject.upper() + "!!!"
    if style == "formal":
        body = (f"{body}\n\nWe would be grateful if the Committee could take this into "
                "account in its review of PTI's performance.")
    text = f"{body}\n\n{closing}"
    if style == "signature":
        text = (f"{body}\n\n-- \n{name}\n{org}\nTel +1 555 0100\nhttps://www.nic.{tld}/ | "
                "IANA ticket questions: support@nic." + tld)
    if style == "disclaimer":
        text = f"{text}\n\n{rnd.choice(DISCLAIMERS)}"
    if style == "quoted_notice":
        notice = fill(rnd.choice(NOTICES), rnd, tld)
        quoted = "\n".join("> " + line for line in notice.split("\n"))
        text = f"{text}\n\nOn Mon, 2 Nov 2026 at 10:15, IANA <iana@iana.example> wrote:\n{quoted}"
        subject = "Re: " + subject
    if style == "forward":
        intro = {"en": "Forwarding our earlier complaint, still unresolved. Please log it.",
                 "fr": "Je vous transfère notre plainte, toujours sans suite.",
                 "es": "Reenvío nuestra queja anterior, aún sin resolver."}[lang]
        text = (f"{intro}\n\n---------- Forwarded message ---------\nFrom: {name} <{addr}>\n"
                f"Date: Mon, 2 Nov 2026 09:00\nSubject: {subject}\nTo: iana@iana.example\n\n"
                f"{text}")
        subject = "Fwd: " + subject
    if style == "html":
        paras = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>"
                        for p in text.split("\n\n"))
        return subject, f"<html><body>{paras}</body></html>", True
    return subject, text, False


def make_eml(i: int, split: str, sender: tuple[str, str, str, str], subject: str, text: str,
             is_html: bool, when: datetime) -> bytes:
    name, addr, _org, _tld = sender
    ctype = "text/html" if is_html else "text/plain"
    head = (f"From: {name} <{addr}>\nTo: csc@csc.example.org\nSubject: {subject}\n"
            f"Date: {format_datetime(when)}\nMessage-ID: <{split}.{i:03d}@corpus.example>\n"
            f"MIME-Version: 1.0\nContent-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n")
    return (head + text + "\n").encode("utf-8")


def generate(split: str, phrasings: dict[str, dict[str, list[str]]], per_category: int,
             seed: int) -> dict[str, str]:
    rnd = random.Random(seed)
    folder = HERE / split
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.eml"):
        old.unlink()
    items = [(cat, k) for cat in sorted(phrasings) for k in range(per_category)]
    rnd.shuffle(items)
    labels = {}
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    for i, (cat, k) in enumerate(items):
        sender = rnd.choice(SENDERS)
        lang, subject, body = body_for(cat, phrasings[cat], k, rnd, sender)
        style = rnd.choice(STYLES)
        subject, text, is_html = dress(style, lang, subject, body, rnd, sender)
        when = start + timedelta(hours=37 * i + rnd.randint(0, 20))
        name = f"{i:03d}-{style}.eml"
        (folder / name).write_bytes(make_eml(i, split, sender, subject, text, is_html, when))
        labels[name] = cat
    return labels


def main() -> None:
    labels = {"tune": generate("tune", TUNE, 10, SEED),
              "heldout": generate("heldout", HELDOUT, 10, SEED + 1)}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")
    print(f"wrote {sum(len(v) for v in labels.values())} complaints "
          f"({', '.join(f'{k}: {len(v)}' for k, v in labels.items())})")


if __name__ == "__main__":
    main()
