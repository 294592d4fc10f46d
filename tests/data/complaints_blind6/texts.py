"""Hand-written core texts for the corpus_blind15 complaint corpus.

Placeholders: {tld} {ticket} {d1} {d2} {ns1} {ns2} {ip}
Each core text has a 'short' (for terse mails) and a 'body'.
"""

CATEGORIES = {}


def cat(name, desc, texts, timeline):
    CATEGORIES[name] = {"desc": desc, "texts": texts, "timeline": timeline}


# ---------------------------------------------------------------------------
cat("nameserver_checks_false_fail",
    "Automated technical checks on name servers keep failing (or retests hang) although the operator's servers answer correctly",
    {
        "en": [
            {"short": "Our NS update for {tld} ({ticket}) keeps coming back red from your tests. The servers answer fine from everywhere we look.",
             "body": "We submitted a name server update for {tld} on {d1} ({ticket}). Every run of the automated tests comes back saying {ns1} does not respond over TCP. We have tested from four networks on two continents: port 53/TCP answers, the SOA serial is the same on all instances, the AA bit is set. We asked for a retest three times and got the identical failure each time.\n\nNobody can tell us from which source addresses the tests are run, so we cannot even check whether something in between is filtering. Our move to the new DNS provider is frozen until this is sorted out."},
            {"short": "Retest on {ticket} ({tld}) took most of a day and then failed on a server we had already removed from the request.",
             "body": "As far as we understand, the re-run of the checks after an earlier failure should give a result within about ten minutes. For {ticket} ({tld}) I clicked retest on {d1} in the morning and nothing came back until late in the evening. When it finally did, the failure was reported against {ns2}, which is no longer part of the request: we edited it out after the first run.\n\nSo either the retest ran against the old version of the request, or the report is wrong. Either way it is not usable and we still have no valid result."},
            {"short": "Your checker says {tld} has 'inconsistent NS sets between parent and child'. That is the whole point of a change request.",
             "body": "A bit of background. We are moving {tld} to an anycast platform and wanted to do it cleanly: the new servers were loaded with the zone two weeks in advance and answer authoritatively. We filed {ticket} on {d1}.\n\nThe test result says the NS set at the child does not match the one at the parent and that this must be fixed before the request can go on. We were then advised by e-mail to make the two sets identical. But the parent is the root zone, which only IANA can change, and that is exactly what we are asking for. It is a circular requirement. We have lost ten days on this already."},
            {"short": "Check failure on {ns2} for {tld}: 'no authoritative answer'. dig +norec shows the aa flag. Can a human please look at {ticket}?",
             "body": "The result e-mail for {ticket} says {ns2} gave a non-authoritative answer for {tld}. I ran dig +norec against it from three places and every answer carries the aa flag. My guess is that the test is going to an old address ({ip}) that we stopped using last year; the glue in our request is correct and the old address no longer runs any DNS service.\n\nWe have asked twice on the ticket whether someone can look at the raw test output. The only reply so far is the automatic message telling us to fix our servers and retest."},
        ],
        "fr": [
            {"short": "Notre demande {ticket} pour {tld} échoue aux tests techniques depuis le {d1}, alors que nos serveurs répondent parfaitement.",
             "body": "Notre demande de modification des serveurs de noms de {tld} (ticket {ticket}) échoue aux vérifications automatiques depuis le {d1}. Le rapport affirme que {ns1} ne répond pas, alors que toutes nos vérifications (dig depuis plusieurs réseaux, Zonemaster, sondes RIPE Atlas) sont au vert.\n\nNous avons relancé les tests à trois reprises, même résultat. Personne ne nous explique d'où partent les requêtes de test ni ce qui est réellement vérifié. Nous restons bloqués, avec un prestataire qui attend pour couper l'ancienne infrastructure."},
        ],
        "es": [
            {"short": "La solicitud {ticket} de {tld} sigue sin pasar las pruebas técnicas: dicen que {ns1} no contesta, pero contesta.",
             "body": "La solicitud {ticket} para {tld}, presentada el {d1}, no pasa las pruebas automáticas. Según el informe, {ns1} 'no responde por UDP', pero desde aquí responde sin problema y lo hemos comprobado desde redes externas y con herramientas públicas.\n\nHemos pedido repetir las pruebas tres veces y cada vez tarda horas en volver con el mismo error. Necesitamos que alguien revise manualmente qué está fallando, porque nuestro equipo ya no sabe qué más comprobar."},
        ],
    },
    {
        "en": ["Name server change for {tld} submitted ({ticket})", "First automated test run: failure reported on {ns1}", "Retest requested, same failure; our own tests all pass", "Asked on the ticket for the raw test output, automatic reply only", "Still no valid result"],
        "fr": ["Dépôt de la modification des serveurs de noms ({ticket})", "Premier passage des tests : échec sur {ns1}", "Nouveau test demandé, même échec", "Question posée sur le ticket, réponse automatique uniquement", "Toujours bloqués"],
        "es": ["Presentamos el cambio de servidores de nombres ({ticket})", "Primera ejecución de pruebas: error en {ns1}", "Pedimos repetir las pruebas, mismo error", "Consulta en el ticket, solo respuesta automática", "Seguimos sin resultado válido"],
    })

# ---------------------------------------------------------------------------
cat("dnssec_ds_key_change",
    "DS record / DNSSEC key change refused or blocked (KSK rollover, algorithm rollover, DS removal)",
    {
        "en": [
            {"short": "New DS for {tld} ({ticket}) rejected with 'DS does not match any DNSKEY'. The key has been in our zone for ten days.",
             "body": "We are in the middle of a KSK rollover for {tld}. The new KSK was published in the DNSKEY RRset on {d1} and we submitted the matching DS on {d2} ({ticket}). The request was rejected: 'DS does not match any DNSKEY published by the zone'.\n\nIt does. I have attached nothing because anyone can verify it with a single dig. Our suspicion is that the checker is reading a cached copy of our DNSKEY set that is older than the TTL. The old key is due to be retired and the rollover schedule is now slipping."},
            {"short": "We cannot do a safe algorithm rollover on {tld}: the portal will not take DS records for two algorithms at once.",
             "body": "We are moving {tld} from RSASHA256 to ECDSA P-256. The documented safe way is to have DS records for both algorithms in the parent for a while. The system refuses any request that contains DS records with different algorithms, and the specialist on {ticket} told us to 'submit the new one first and the old one later'.\n\nThat would leave validating resolvers with a DS for an algorithm whose signatures are not yet complete in our zone, or remove the old one too early. We need someone who understands the DNSSEC side to look at this instead of following a script."},
            {"short": "Our request to pull the DS for {tld} has been waiting for 'justification' for days while our zone fails validation.",
             "body": "On {d1} our signer lost access to its HSM and we could not produce fresh signatures for {tld}. The safest thing was to go insecure for a while, so we asked IANA to remove the DS record ({ticket}). Instead of removing it, we were asked to justify why, then to have it confirmed by both contacts again, then to explain our plan to re-sign.\n\nIn the meantime the signatures expired and validating resolvers started returning SERVFAIL for the whole TLD. Removing a DS to avoid an outage should not be treated like a redelegation."},
            {"short": "DS check on {ticket} says our key is not a KSK. It has flags 257. Please have a look.",
             "body": "The DS update for {tld} ({ticket}) was refused because, according to the result e-mail, the referenced DNSKEY 'does not have the SEP flag set'. The key has flags 257, protocol 3, algorithm 13, and key tag matches the one in our DS record. We computed the digest with two different tools and both agree with what we sent.\n\nWe wrote back on {d2} with the dig output and the computation. No reply since. The old DS still in the root points to a key we want to retire."},
        ],
        "fr": [
            {"short": "Roulement de KSK pour {tld} : le nouveau DS ({ticket}) est refusé alors que la clé est publiée depuis le {d1}.",
             "body": "Nous effectuons le roulement annuel de la KSK de {tld}. La nouvelle clé est publiée dans la zone depuis le {d1} et nous avons soumis l'enregistrement DS correspondant (ticket {ticket}). Refus : « aucune DNSKEY ne correspond à l'enregistrement DS ».\n\nLa correspondance est pourtant vérifiable par n'importe qui. Nous avons répondu avec la sortie de dig et le calcul du condensat, sans aucun retour. Notre calendrier de roulement est désormais compromis et l'ancienne clé arrive en fin de vie."},
        ],
        "es": [
            {"short": "No podemos cambiar el algoritmo DNSSEC de {tld}: rechazan la solicitud {ticket} con los dos DS.",
             "body": "Estamos migrando la firma de {tld} de RSA a ECDSA. Para hacerlo sin riesgo necesitamos que en la zona raíz convivan durante unas semanas los registros DS de ambos algoritmos. La solicitud {ticket} del {d1} fue rechazada porque 'no se admiten DS con algoritmos distintos'.\n\nNos sugirieron hacerlo en dos pasos, lo cual rompe la validación para los resolvedores durante el cambio. Pedimos que alguien con conocimiento de DNSSEC revise el caso antes de que tengamos que abortar la migración."},
        ],
    },
    {
        "en": ["New KSK published in the {tld} zone", "DS change submitted ({ticket})", "Rejected by the DNSSEC check", "Sent dig output and digest computation to IANA", "No answer, old key still referenced in the root"],
        "fr": ["Publication de la nouvelle KSK", "Soumission du DS ({ticket})", "Rejet par la vérification DNSSEC", "Envoi des preuves (dig, condensat)", "Aucune réponse"],
        "es": ["Publicamos la nueva clave en la zona", "Enviamos el DS ({ticket})", "Rechazo por la verificación DNSSEC", "Enviamos la salida de dig y el cálculo del digest", "Sin respuesta"],
    })

# ---------------------------------------------------------------------------
cat("authorization_contact_approval",
    "Approval step broken: authorising contacts not asked, approval e-mails never arrive, links invalid, wrong person asked",
    {
        "en": [
            {"short": "Our admin contact never got the approval e-mail for {ticket}. Nothing in spam, nothing in our mail logs.",
             "body": "Request {ticket} for {tld} has been waiting for the administrative contact's approval since {d1}. The problem: that approval message never arrived. We checked the spam folders, the quarantine, and the logs of our MX: there is no connection from any IANA server for that address in the whole period.\n\nThe technical contact did get his message and approved within minutes. We asked for the e-mail to be sent again; we got a reply saying it had been, but again nothing reached us."},
            {"short": "The link in the confirmation e-mail for {ticket} gives 'token invalid or expired', five minutes after it arrived.",
             "body": "Our technical contact received the confirmation request for {ticket} ({tld}) on {d1} and clicked the link within five minutes. The page said the token was invalid or had expired. He tried from another browser and another network with the same result.\n\nThere is no other way offered to approve the change. We wrote to the root zone management address the same day and are still waiting. The change itself is simple and urgent for us."},
            {"short": "Approval for {ticket} was sent to our former tech contact, who left three years ago. The current one was never asked.",
             "body": "We were surprised that our request {ticket} for {tld} was not moving. After several days we learnt that the confirmation had gone to the person who was our technical contact until three years ago. His mailbox no longer exists.\n\nThe contact record was updated on {d2} through your own process and the correct name shows on the public page for {tld}. So why was the old address used? And why were we not told that the approval was bouncing? We only found out because we asked."},
            {"short": "The contacts should be asked to approve within a minute of submission. For {ticket} it took three days.",
             "body": "Per the published service levels, the authorising contacts should be asked for their approval within about a minute of a successful submission. For {ticket} ({tld}), submitted on {d1}, the approval e-mails reached our admin and tech contacts three days later, on {d2}.\n\nThe portal showed 'awaiting confirmation' the whole time, so from our side it looked as if our contacts were the ones holding things up. They were not."},
        ],
        "fr": [
            {"short": "Le contact administratif de {tld} n'a jamais reçu le courriel de confirmation pour {ticket}.",
             "body": "Notre demande {ticket} pour {tld} attend depuis le {d1} l'approbation du contact administratif. Or ce dernier n'a jamais reçu le message de confirmation : rien dans les indésirables, rien dans les journaux de notre serveur de messagerie.\n\nLe contact technique, lui, l'a reçu et a validé immédiatement. Nous avons demandé un nouvel envoi ; on nous répond qu'il a été fait, mais rien n'arrive. Nous ne disposons d'aucun autre moyen pour donner notre accord."},
        ],
        "es": [
            {"short": "La confirmación de {ticket} se envió a un contacto técnico que ya no trabaja con nosotros.",
             "body": "La solicitud {ticket} de {tld} estaba parada y no entendíamos por qué. Al final supimos que el correo de autorización se había enviado a quien fue nuestro contacto técnico hasta hace años, cuya dirección ya no existe.\n\nLos contactos se actualizaron el {d1} siguiendo su propio procedimiento y la página pública de {tld} muestra los datos correctos. Nadie nos avisó de que el mensaje rebotaba; lo descubrimos porque preguntamos nosotros."},
        ],
    },
    {
        "en": ["Request {ticket} submitted, checks passed", "Tech contact approves", "Admin contact still has received nothing", "Asked IANA to resend, told it was resent", "Still nothing received"],
        "fr": ["Dépôt de la demande {ticket}", "Validation par le contact technique", "Aucun message reçu par le contact administratif", "Demande de renvoi", "Toujours rien"],
        "es": ["Presentamos la solicitud {ticket}", "El contacto técnico aprueba", "El contacto administrativo no recibe nada", "Pedimos reenviar el correo", "Seguimos sin recibir nada"],
    })

# ---------------------------------------------------------------------------
cat("manual_review_stalled",
    "Request stuck in IANA's internal review after checks and approvals are done",
    {
        "en": [
            {"short": "{ticket}: checks passed and both contacts approved on {d1}. It has said 'in review' ever since.",
             "body": "Everything on our side was done for {ticket} ({tld}) on {d1}: the tests passed at the first attempt and both contacts approved the same afternoon. Since then the status has been 'under review' with no question, no request for anything, no indication of what is being looked at.\n\nIt is a routine change of two name servers. We have done the same thing before and it went through in two days."},
            {"short": "The 5-day target for IANA's own processing has been blown by a wide margin on {ticket}.",
             "body": "The service level for the review and processing done by IANA staff, once the technical checks and the approvals are complete, is five days for most requests. Our request {ticket} for {tld} completed both on {d1}. Today is day {days}.\n\nWe would like to know what is happening inside that stage, and whether it will be counted as a miss in the monthly performance figures, because from the outside it certainly is one."},
            {"short": "Three weeks with no movement on {ticket} and nobody can say what is being reviewed.",
             "body": "I called and wrote about {ticket} several times. Every time the answer is that it is 'with the team' and that I will be contacted. That was on {d1} and again on {d2}. Nobody has contacted us.\n\nIf there is something wrong with the request, tell us and we will fix it. If there is nothing wrong, please process it. Leaving a ccTLD change in a queue for three weeks without explanation is not acceptable."},
            {"short": "{tld} change {ticket} is green everywhere in the portal except the last box. Waiting since {d1}.",
             "body": "In the portal, request {ticket} shows the submission, tests and confirmation steps all completed with green ticks since {d1}. The next box, the internal processing, has been grey for well over a week.\n\nWe are a small registry and we planned the decommissioning of old servers around the usual turnaround. The hosting contract ends at the end of the month. We need a date."},
        ],
        "fr": [
            {"short": "Ticket {ticket} : tests réussis et approbations données le {d1}, toujours « en cours d'examen ».",
             "body": "Pour notre demande {ticket} ({tld}), tout ce qui dépendait de nous est terminé depuis le {d1} : tests techniques réussis du premier coup, accord des deux contacts dans l'après-midi. Depuis, la demande est « en cours d'examen » sans la moindre question ni explication.\n\nIl s'agit d'un simple remplacement de serveur de noms. L'engagement de l'IANA pour cette étape est de quelques jours ; nous en sommes bien loin."},
        ],
        "es": [
            {"short": "La solicitud {ticket} lleva semanas 'en revisión' después de pasar todas las pruebas.",
             "body": "La solicitud {ticket} de {tld} superó las pruebas técnicas y recibió la aprobación de ambos contactos el {d1}. Desde entonces figura 'en revisión' y nadie nos dice qué se está revisando ni cuándo terminará.\n\nHemos escrito dos veces y la respuesta es siempre que 'está con el equipo'. Es un cambio rutinario; el plazo comprometido para esa etapa es de pocos días y ya lo han superado con creces."},
        ],
    },
    {
        "en": ["Request {ticket} submitted", "Technical checks passed", "Both contacts approved", "Status unchanged, asked for an update", "Still 'under review'"],
        "fr": ["Dépôt de la demande {ticket}", "Tests techniques réussis", "Accord des deux contacts", "Relance, réponse évasive", "Toujours « en cours d'examen »"],
        "es": ["Presentamos la solicitud {ticket}", "Pruebas técnicas superadas", "Aprobación de ambos contactos", "Pedimos información, respuesta genérica", "Sigue 'en revisión'"],
    })

# ---------------------------------------------------------------------------
cat("root_zone_publication_delay",
    "Change approved and sent for implementation but not visible in the published root zone for days",
    {
        "en": [
            {"short": "{ticket} was released for implementation on {d1}. Four days on, the root still serves our old NS set.",
             "body": "We received the message on {d1} that {ticket} ({tld}) had been approved and passed on for implementation. Since then we have been querying the root servers twice a day. As of this morning they still return our old name server set and the serial of the root zone has moved on several times.\n\nOur old provider switches off on Friday. If the change is not published before then, {tld} goes dark."},
            {"short": "72 hours from authorisation to publication is the commitment. {ticket} has exceeded it.",
             "body": "Our understanding is that a routine change should appear in the published root zone within 72 hours of being released by IANA staff. {ticket} for {tld} was released on {d1}; as of {d2} it is not in the zone. We have checked against several root server letters, not just one instance.\n\nCould you tell us where the request is sitting: with IANA or with the root zone maintainer? We get no visibility at all after the release e-mail."},
            {"short": "We got the 'completed' notice for {ticket}, but dig @a.root-servers.net still shows the old data.",
             "body": "On {d1} we received the notice that {ticket} had been completed. Our engineers celebrated a bit too early: dig {tld} NS @a.root-servers.net, and several other letters, still show the previous delegation. The whois page at IANA already shows the new servers.\n\nSo the database says one thing and the zone says another. Customers are calling us because half of the resolvers already follow the new servers from cache and half do not."},
            {"short": "Change for {tld} approved a week ago and still not live in the root. Who is holding it?",
             "body": "I have lost count of how many times I have run dig against the root this week. The change {ticket} was approved by both our contacts, passed all the tests and was sent for implementation on {d1}. The root zone has been regenerated many times since then but our record has not changed.\n\nI wrote to IANA and was told it was 'with the implementation partner'. That is not an answer we can give to our board."},
        ],
        "fr": [
            {"short": "Demande {ticket} validée le {d1}, toujours pas publiée dans la zone racine.",
             "body": "Le {d1}, l'IANA nous a informés que la demande {ticket} pour {tld} était approuvée et transmise pour mise en œuvre. Depuis, nous interrogeons les serveurs racine matin et soir : ils renvoient toujours l'ancienne délégation, alors que le numéro de série de la zone racine a changé plusieurs fois.\n\nNous aimerions savoir où se trouve réellement la demande. Passé le message de validation, nous n'avons plus aucune visibilité."},
        ],
        "es": [
            {"short": "El cambio {ticket} de {tld} está aprobado desde el {d1} y sigue sin aparecer en la zona raíz.",
             "body": "El {d1} recibimos la notificación de que el cambio {ticket} estaba aprobado y enviado para su implementación. Consultamos los servidores raíz a diario y siguen devolviendo los servidores de nombres antiguos, aunque la zona raíz se ha regenerado varias veces.\n\nNuestro proveedor anterior da de baja el servicio a fin de mes. Si el cambio no se publica antes, {tld} quedará fuera de línea."},
        ],
    },
    {
        "en": ["Request {ticket} submitted", "Checks passed, contacts approved", "Notice: released for implementation", "Root servers still serve the old delegation", "Asked IANA, told it is 'with the implementation partner'"],
        "fr": ["Dépôt de la demande {ticket}", "Tests réussis, accord des contacts", "Avis de transmission pour mise en œuvre", "Les serveurs racine renvoient toujours l'ancienne délégation", "Relance sans réponse précise"],
        "es": ["Presentamos la solicitud {ticket}", "Pruebas y aprobaciones completadas", "Aviso de envío a implementación", "La raíz sigue con la delegación antigua", "Consultamos a IANA sin respuesta concreta"],
    })

# ---------------------------------------------------------------------------
cat("wrong_change_implemented",
    "What IANA put in the root zone / database is not what was requested",
    {
        "en": [
            {"short": "We asked to replace ns2 only. Both ns1 and ns2 were removed from {tld} by {ticket}.",
             "body": "Request {ticket} was simple: replace {ns2} with a new host, keep {ns1}. What was published on {d1} is a delegation with only the new host. {ns1} disappeared from the root zone.\n\nWe were lucky that the new host was already serving the zone. Had it not been, {tld} would have been unreachable. We have the submitted request as a PDF and it clearly lists both the server to keep and the one to replace."},
            {"short": "The IPv6 glue for {ns1} published after {ticket} has two digits swapped. It is not what we submitted.",
             "body": "After the completion of {ticket} on {d1}, we noticed that IPv6 queries to {ns1} were failing. The glue record now in the root zone has two digits transposed compared with the address in our request. We checked our submission three times; the address there is correct.\n\nSomewhere between our request and the zone someone retyped the address by hand. We need it corrected urgently and we would like to know how this could happen with a portal submission."},
            {"short": "We changed our admin contact; you changed our technical contact instead.",
             "body": "On {d1} we submitted {ticket} to update the administrative contact of {tld} after a change of management. The public record now shows the new person as technical contact and the old administrative contact is still in place.\n\nThe new manager has now received technical notices meant for our operations team and the former director still receives administrative ones. This needs a correction, and a new confirmation round is not something we should have to go through for a mistake we did not make."},
            {"short": "We withdrew {ticket} on {d1}. It was implemented anyway on {d2}.",
             "body": "We asked in writing on {d1} to cancel {ticket} because our new provider was not ready, and we had an acknowledgement. On {d2} the change was implemented nonetheless, pointing {tld} at servers that were not yet loaded with the zone.\n\nWe spent the night getting the provider to load the zone in a rush. I want to understand why a cancellation acknowledged by IANA did not stop the change."},
        ],
        "fr": [
            {"short": "La demande {ticket} ne visait que {ns2} ; les deux serveurs de {tld} ont été remplacés.",
             "body": "Notre demande {ticket} consistait à remplacer {ns2} et à conserver {ns1}. La délégation publiée le {d1} ne comporte plus que le nouveau serveur : {ns1} a disparu de la zone racine.\n\nLe formulaire soumis, que nous avons conservé, indique clairement le serveur à garder. Nous demandons une correction rapide et une explication sur l'origine de l'erreur."},
        ],
        "es": [
            {"short": "La dirección IPv6 de {ns1} publicada tras {ticket} no es la que enviamos.",
             "body": "Tras completarse la solicitud {ticket} el {d1}, las consultas por IPv6 a {ns1} empezaron a fallar. El registro de pegamento (glue) publicado tiene dos dígitos cambiados respecto a la dirección que enviamos, que hemos verificado varias veces.\n\nPedimos que se corrija cuanto antes y que nos expliquen cómo pudo alterarse un dato enviado por el portal."},
        ],
    },
    {
        "en": ["Request {ticket} submitted", "Change reported as completed", "Published data differs from our request", "Reported the discrepancy to IANA", "Correction still pending"],
        "fr": ["Dépôt de la demande {ticket}", "Avis de fin de traitement", "Les données publiées ne correspondent pas à la demande", "Signalement à l'IANA", "Correction toujours en attente"],
        "es": ["Presentamos la solicitud {ticket}", "Aviso de cambio completado", "Los datos publicados no coinciden con la solicitud", "Lo comunicamos a IANA", "La corrección sigue pendiente"],
    })

# ---------------------------------------------------------------------------
cat("rzms_portal_broken",
    "The RZMS web portal itself fails: login/2FA, form errors, lost sessions, requests invisible",
    {
        "en": [
            {"short": "Locked out of the portal since the password reset: the reset e-mail never comes and the 2FA code is refused.",
             "body": "Since {d1} I cannot log in to the root zone management portal. I did a password reset; the reset e-mail never arrived. Our second user received his, set a new password, and is now stuck at the two-factor step with 'invalid code', although the authenticator app's clock is correct.\n\nSo nobody at the {tld} registry can currently submit anything. We have a change pending that we cannot even look at."},
            {"short": "Submitting a change with a third IPv6 glue address gives 'An unexpected error occurred'. Every time.",
             "body": "When I add a third IPv6 address to {ns1} in the change form and press submit, the portal returns 'An unexpected error occurred. Please try again later.' I tried on {d1} and {d2}, from two browsers. With two addresses it goes through.\n\nOur design needs three. The support address told us to 'submit by e-mail instead', which adds days to a change we planned with the portal's turnaround in mind."},
            {"short": "The portal logged me out mid-form twice and threw away everything I had typed.",
             "body": "Filling in the contact update for {tld} takes a while: several people, addresses, phone numbers. Twice now the session expired while I was typing, and on pressing submit I was sent back to the login page with all fields empty. No warning, no draft saved.\n\nThe third time I typed everything in a text file first and pasted it in a hurry. It should not be this hard."},
            {"short": "Our submitted request does not appear in 'My requests', and the portal shows it as a draft we cannot edit.",
             "body": "We submitted {ticket} on {d1} and received the ticket number by e-mail. In the portal, however, the request is listed as a draft, with the submit button greyed out, and our list of requests is otherwise empty, including the older ones from last year.\n\nWe do not know whether the request is actually being processed. The person answering the support address said the portal 'looks fine' from their side."},
        ],
        "fr": [
            {"short": "Impossible de se connecter au portail de gestion de la zone racine depuis le {d1} (code 2FA refusé).",
             "body": "Depuis le {d1}, aucun de nos deux comptes ne peut accéder au portail. Le courriel de réinitialisation du mot de passe n'arrive pas pour l'un ; pour l'autre, le code à deux facteurs est systématiquement refusé, bien que l'horloge du téléphone soit juste.\n\nPersonne chez {tld} ne peut donc soumettre ni suivre une demande. Le support nous conseille d'attendre, sans délai précis."},
        ],
        "es": [
            {"short": "El portal da 'error inesperado' cada vez que intentamos enviar el formulario de cambio de {tld}.",
             "body": "Desde el {d1} el portal de gestión de la zona raíz muestra 'An unexpected error occurred' al enviar el formulario de cambio de servidores de {tld}. Lo hemos probado con distintos navegadores y equipos.\n\nAdemás, la sesión caduca a los pocos minutos y se pierde todo lo escrito. El soporte nos dice que lo enviemos por correo electrónico, lo que alarga el proceso varios días."},
        ],
    },
    {
        "en": ["Tried to log in / submit, portal error", "Wrote to the support address", "Told to try again later", "Same error again", "Still cannot use the portal"],
        "fr": ["Erreur du portail à la connexion", "Courriel au support", "Réponse : réessayer plus tard", "Même erreur", "Portail toujours inutilisable"],
        "es": ["Error del portal al entrar o enviar", "Escribimos al soporte", "Nos dicen que lo intentemos más tarde", "Mismo error", "Seguimos sin poder usar el portal"],
    })

# ---------------------------------------------------------------------------
cat("transfer_delegation_evaluation",
    "ccTLD transfer / new delegation evaluation drags on for months, opaque, with shifting questions",
    {
        "en": [
            {"short": "Our transfer application for {tld} has been 'under evaluation' for seven months. No timeline, no feedback.",
             "body": "The application to transfer {tld} to the new national operator was lodged on {d1} ({ticket}). Since then we have answered every question put to us, usually within a week. We are now at seven months and have not been given any indication of where the evaluation stands or when it might go to the Board.\n\nThe outgoing manager is winding down and both parties are running the same infrastructure in parallel at considerable cost. We need at least an estimated timeline."},
            {"short": "Every round of questions on the {tld} transfer brings new questions that could have been asked on day one.",
             "body": "We have now received the fourth set of questions on the transfer of {tld} ({ticket}). None of them concerns new facts: they are about the operator's governance and the consultation of the local community, documents that were in the original file submitted on {d1}.\n\nIf the evaluators had read the whole file at the start, these questions would have come in one batch. Instead each round costs us a month. This looks like a process with no owner."},
            {"short": "The Board meeting came and went and our delegation was not on the agenda, despite being told it would be.",
             "body": "In {d1}, the IANA staff handling the {tld} file told us the evaluation was complete and that the report would be taken to the next Board meeting. The meeting took place on {d2}. The item was not there, and we were not told why.\n\nWhen we asked, we got a one-line answer that 'additional review' was needed. No one can tell us what this review is about."},
            {"short": "Contract signed months ago, delegation request for {tld} filed, and the gTLD is still not in the root.",
             "body": "Our registry agreement for {tld} was signed and the delegation request was filed on {d1} ({ticket}). The pre-delegation testing was passed long ago. After that we have been going back and forth on points that are, as far as we can tell, formalities, and we still have no delegation date.\n\nWe have launch partners and a marketing calendar that have already been moved twice. The guidance we read speaks of weeks, not months."},
        ],
        "fr": [
            {"short": "Le dossier de transfert de {tld} est « en cours d'évaluation » depuis le {d1}, sans aucune visibilité.",
             "body": "La demande de transfert de {tld} vers le nouvel opérateur a été déposée le {d1} (dossier {ticket}). Nous avons répondu à chaque série de questions dans la semaine, mais chaque réponse en entraîne une nouvelle, portant sur des éléments déjà présents dans le dossier initial.\n\nL'ancien et le nouvel opérateur financent en parallèle deux infrastructures. Nous demandons au minimum un calendrier indicatif et le nom d'un interlocuteur responsable du dossier."},
        ],
        "es": [
            {"short": "La evaluación de la transferencia de {tld} lleva meses sin avances ni calendario.",
             "body": "Presentamos la solicitud de transferencia de {tld} el {d1} ({ticket}). Desde entonces hemos recibido varias rondas de preguntas sobre documentación que ya estaba en el expediente original y nadie nos da una fecha estimada.\n\nNos dijeron que el informe iría a la siguiente reunión de la Junta, pero no fue así y no sabemos por qué. Pedimos transparencia sobre el estado real de la evaluación."},
        ],
    },
    {
        "en": ["Transfer application lodged ({ticket})", "First set of questions answered", "Second set of questions, same topics", "Told the report would go to the next Board meeting", "Not on the agenda; no explanation"],
        "fr": ["Dépôt du dossier de transfert ({ticket})", "Réponse à la première série de questions", "Deuxième série, mêmes sujets", "Annonce d'un passage au Conseil", "Pas à l'ordre du jour, aucune explication"],
        "es": ["Presentamos la solicitud de transferencia ({ticket})", "Respondemos la primera ronda de preguntas", "Segunda ronda sobre lo mismo", "Nos anuncian que irá a la Junta", "No figura en el orden del día"],
    })

# ---------------------------------------------------------------------------
cat("idn_table_repository",
    "IDN tables / LGRs submitted for publication in the IANA repository are not published, or published wrongly",
    {
        "en": [
            {"short": "Updated IDN table for {tld} sent on {d1}; the IANA repository still lists the 2019 version.",
             "body": "On {d1} we submitted the revised IDN table for {tld} ({ticket}), adding the characters our community asked for. The repository of IDN practices on the IANA site still lists only the 2019 version.\n\nRegistrars check that page before enabling new characters, so until it is updated they refuse registrations that our policy allows. We have asked twice and were told it is 'in the queue'."},
            {"short": "The IDN table published for {tld} carries the wrong language tag and an old version number.",
             "body": "Our new table was finally published on {d1}, but under the language tag of a different script and with the version number of the previous table. Anyone comparing the two files in the repository would think nothing changed.\n\nWe pointed this out on the same ticket ({ticket}) the following day. The file has not been corrected and the ticket is marked resolved."},
            {"short": "Our table for {tld} was published under another TLD's entry in the repository.",
             "body": "Looking at the IDN repository today, the table we submitted for {tld} in ticket {ticket} appears under the entry of another registry. Our own entry still shows the old file.\n\nThis is confusing for registrars and embarrassing for the other registry as well. Please fix the listing and tell us how the files got mixed up."},
            {"short": "We were told the {tld} table cannot be published unless we rewrite it in LGR XML. Nothing we read requires that.",
             "body": "After several weeks of silence on {ticket}, the answer was that our table could only be published if we converted it into the XML format used for label generation rulesets. Our table follows the same plain-text format as the one already published for {tld}, which was accepted without discussion.\n\nWe are willing to move to the new format in due course, but making publication conditional on it, without prior notice, is holding up a policy our community approved on {d1}."},
        ],
        "fr": [
            {"short": "La nouvelle table IDN de {tld}, transmise le {d1}, n'est toujours pas publiée dans le répertoire de l'IANA.",
             "body": "Nous avons transmis le {d1} la version révisée de notre table de caractères IDN pour {tld} (ticket {ticket}), qui ajoute plusieurs caractères demandés par notre communauté. Le répertoire de l'IANA n'affiche toujours que l'ancienne version.\n\nLes bureaux d'enregistrement s'y réfèrent et refusent donc les enregistrements concernés. Nos deux relances n'ont obtenu qu'une réponse : « dans la file d'attente »."},
        ],
        "es": [
            {"short": "La tabla IDN de {tld} se publicó con la versión equivocada y la etiqueta de idioma incorrecta.",
             "body": "Tras meses de espera, la tabla IDN que enviamos para {tld} (ticket {ticket}) se publicó el {d1}, pero con el número de versión de la tabla anterior y una etiqueta de idioma que no corresponde.\n\nLo indicamos al día siguiente en el mismo ticket, que ahora aparece como resuelto. El archivo publicado sigue siendo incorrecto y los registradores se confunden."},
        ],
    },
    {
        "en": ["Revised IDN table submitted ({ticket})", "Acknowledged, 'in the queue'", "Reminder sent", "Repository checked: old or wrong file", "Ticket marked resolved without correction"],
        "fr": ["Envoi de la table IDN révisée ({ticket})", "Accusé de réception", "Relance", "Le répertoire affiche toujours l'ancienne version", "Aucune correction"],
        "es": ["Enviamos la tabla IDN revisada ({ticket})", "Acuse de recibo", "Recordatorio", "El repositorio muestra un archivo antiguo o erróneo", "Ticket cerrado sin corrección"],
    })

# ---------------------------------------------------------------------------
cat("unequal_treatment_bias",
    "Operator perceives it is treated less favourably than other registries (big gTLDs, other ccTLDs, a rival party)",
    {
        "en": [
            {"short": "Our routine requests take two to three times longer than those of the big gTLD portfolios. Why?",
             "body": "Over the last year we have tracked our requests against publicly visible changes of large gTLD portfolio operators. Their routine name server changes appear in the root within two or three days. Ours, of the same kind, take a week or more, and there is always one more question for us.\n\nWe are a small ccTLD with a two-person technical team. We do not expect special treatment, but we do expect the same treatment. {ticket} is only the latest example."},
            {"short": "A neighbouring registry got an identical change done in two days. Ours ({ticket}) took three weeks.",
             "body": "On {d1} a neighbouring ccTLD and we submitted practically the same change: moving to the same regional anycast provider. Theirs was live two days later. Ours, {ticket} for {tld}, needed three weeks, a second round of approvals and a phone call.\n\nWe compared notes with them. They were not asked any of the questions we were asked. We would like to understand what criteria make one registry's request 'routine' and another's not."},
            {"short": "We feel that requests coming from our region are treated with suspicion by IANA staff.",
             "body": "This is difficult to put in writing, but several registries in our region share the impression that our requests are met with more suspicion than others. Simple contact updates for {tld} trigger extra verification calls, requests to confirm identity again, and delays, where colleagues in other regions report none of that.\n\nWe raise it with the CSC because individual tickets like {ticket} may look harmless, while the pattern is not."},
            {"short": "In the dispute over {tld}, IANA staff keep taking the other party's word over ours.",
             "body": "As you may know, there is a disagreement over the management of {tld}. Since {d1}, every communication from the other party has been acted on within days, while our letters wait weeks for an acknowledgement. On {d2} we learnt that a meeting had taken place with them to which we were not invited.\n\nIANA should be neutral in such a situation. It does not appear to be."},
        ],
        "fr": [
            {"short": "Nos demandes de routine pour {tld} prennent bien plus de temps que celles des grands opérateurs.",
             "body": "Depuis un an, nous comparons le traitement de nos demandes à celui de changements comparables chez de grands opérateurs de gTLD. Les leurs sont publiées en deux ou trois jours ; les nôtres, de même nature, prennent une semaine ou davantage, avec toujours une question supplémentaire.\n\nNous ne demandons aucun traitement de faveur, seulement un traitement égal. Le ticket {ticket} n'est que le dernier exemple en date."},
        ],
        "es": [
            {"short": "Un registro vecino hizo el mismo cambio en dos días; el nuestro ({ticket}) tardó tres semanas.",
             "body": "El {d1}, otro ccTLD de la región y nosotros solicitamos prácticamente el mismo cambio: pasar al mismo proveedor anycast. El suyo se publicó a los dos días. El nuestro, {ticket} para {tld}, requirió tres semanas, una segunda ronda de aprobaciones y varias llamadas.\n\nA ellos no les hicieron ninguna de las preguntas que nos hicieron a nosotros. Queremos saber con qué criterio se trata a unos registros de forma distinta que a otros."},
        ],
    },
    {
        "en": ["Our request {ticket} submitted", "Comparable request from another registry submitted", "Theirs completed", "We are asked extra questions", "Ours completed weeks later"],
        "fr": ["Dépôt de notre demande {ticket}", "Demande comparable d'un autre registre", "La leur est traitée", "Questions supplémentaires pour nous", "La nôtre est traitée des semaines plus tard"],
        "es": ["Presentamos nuestra solicitud {ticket}", "Otro registro presenta una similar", "La suya se completa", "Nos hacen preguntas adicionales", "La nuestra se completa semanas después"],
    })

# ---------------------------------------------------------------------------
cat("excessive_documentation_demands",
    "Disproportionate paperwork demanded for routine updates (letterhead letters, notarised IDs, government letters, documents already on file)",
    {
        "en": [
            {"short": "To change a phone number on our tech contact, we are asked for a signed letter on letterhead from our CEO.",
             "body": "All we wanted with {ticket} was to update the telephone number of the technical contact for {tld}. The contact himself submitted it and approved it. On {d1} we were asked to provide a signed letter on company letterhead from our chief executive, confirming the change.\n\nOur CEO does not know, and should not need to know, the phone number of the DNS team. This is a routine data update. We do not understand which rule requires this."},
            {"short": "IANA wants a notarised copy of our new admin contact's passport before updating the record.",
             "body": "After a change of management we submitted {ticket} to replace the administrative contact of {tld}. Both the outgoing and the incoming contact approved. On {d1} IANA asked for a notarised copy of the new contact's passport, plus proof of employment.\n\nNotarisation here takes weeks and costs money, and the passport copy raises data protection questions on our side. The outgoing contact has confirmed the change himself. What more is needed?"},
            {"short": "A letter from the ministry, for a name server change? That is what we were asked for on {ticket}.",
             "body": "We are a ccTLD operated under a long-standing arrangement with our government, but the government is not the manager of {tld} and has never been involved in technical changes. For a routine name server replacement ({ticket}) we were told on {d1} that a letter of support from the relevant ministry would be needed.\n\nGetting such a letter means months. We have changed name servers several times in the past without anything of the kind."},
            {"short": "We are asked again for the same corporate documents we sent in 2022 and that IANA already holds.",
             "body": "For {ticket} we have been asked for the articles of association of the {tld} operator, a certificate of registration and a list of directors. We sent exactly these documents to IANA in 2022 for a previous request, and nothing has changed since.\n\nWhen I pointed this out on {d2}, I was told that 'documentation must be current'. The registration certificate has no expiry. The request has been on hold since {d1}."},
        ],
        "fr": [
            {"short": "Pour changer le numéro de téléphone du contact technique, on nous réclame un courrier signé du directeur général.",
             "body": "Notre demande {ticket} visait uniquement à modifier le numéro de téléphone du contact technique de {tld}. Le contact l'a soumise et approuvée lui-même. Le {d1}, l'IANA nous a demandé un courrier signé, sur papier à en-tête, de notre directeur général.\n\nC'est une simple mise à jour de coordonnées. Nous aimerions connaître la règle qui impose une telle formalité, et pourquoi elle ne nous avait jamais été appliquée auparavant."},
        ],
        "es": [
            {"short": "Nos piden una carta del ministerio para un simple cambio de servidores de nombres de {tld}.",
             "body": "Para un cambio rutinario de servidores de nombres ({ticket}) nos comunicaron el {d1} que hace falta una carta de apoyo del ministerio competente. El gobierno no gestiona {tld} ni ha intervenido nunca en cambios técnicos.\n\nObtener esa carta puede llevar meses. Además, nos vuelven a pedir los estatutos y el certificado de registro que ya entregamos a IANA hace tres años y que no han cambiado."},
        ],
    },
    {
        "en": ["Routine update {ticket} submitted and approved by contacts", "IANA asks for additional documentation", "We question the need, no rule cited", "Documents requested again", "Request on hold"],
        "fr": ["Dépôt et approbation de la demande {ticket}", "Demande de pièces supplémentaires", "Nous demandons sur quelle règle cela repose", "Nouvelle demande des mêmes pièces", "Demande suspendue"],
        "es": ["Presentamos y aprobamos la solicitud {ticket}", "IANA pide documentación adicional", "Preguntamos en qué norma se basa", "Nos vuelven a pedir los mismos documentos", "Solicitud en espera"],
    })

# ---------------------------------------------------------------------------
cat("request_closed_without_consent",
    "IANA closes, cancels or merges a request on its own (e.g. 'no response') while it was still live; operator must resubmit",
    {
        "en": [
            {"short": "{ticket} was closed as 'abandoned' while we were the ones waiting for IANA's answer.",
             "body": "On {d1} we asked a question on {ticket} about the format of our glue records and waited for an answer. Instead, on {d2} we received a notice that the ticket had been closed 'due to lack of response from the requester'.\n\nThe last message on the ticket is ours. Closing it means we have to start over, including the tests and approvals, for a request that was stuck on your side."},
            {"short": "Closed for 'no response' although we replied on {d1}. I have the sent message and the delivery log.",
             "body": "Ticket {ticket} for {tld} was closed with the reason that we had not replied within the required period. We did reply, on {d1}, to the address in the ticket, with the subject line intact. I have the sent message and our mail server's log showing it was accepted by your server.\n\nNobody checked before closing. Please reopen the request as it was rather than making us file it again."},
            {"short": "Our request was cancelled without warning and we had to resubmit from zero, losing two weeks.",
             "body": "We noticed on {d1} that {ticket} no longer appeared as open. No e-mail had told us anything. When we asked, we were told it had been 'administratively cancelled' and that we should submit a new request.\n\nWe did, and the new one went through the full cycle again: tests, approvals, review. Two weeks of work lost on a change that was nearly finished. What is the rule for cancelling a customer's request, and why is the customer not told?"},
            {"short": "IANA merged our {tld} request into another ticket and closed it. The other ticket is not ours.",
             "body": "On {d2} we got a message that {ticket} had been 'merged' into another ticket and closed as a duplicate. The ticket it was merged into concerns a different change, submitted months ago by our previous operator.\n\nAs a result our current request has effectively disappeared and we cannot follow it anywhere. We did not agree to this and nobody asked us."},
        ],
        "fr": [
            {"short": "Le ticket {ticket} a été clos pour « absence de réponse » alors que nous avions répondu le {d1}.",
             "body": "Le ticket {ticket} concernant {tld} a été fermé au motif que nous n'aurions pas répondu dans le délai imparti. Nous avons pourtant répondu le {d1}, à l'adresse indiquée, en conservant l'objet du message ; notre serveur de messagerie confirme la remise.\n\nPersonne n'a vérifié avant de clore. Nous demandons la réouverture de la demande en l'état plutôt que d'avoir à tout recommencer."},
        ],
        "es": [
            {"short": "Cancelaron nuestra solicitud {ticket} sin avisar y tuvimos que empezar de cero.",
             "body": "El {d1} nos dimos cuenta de que la solicitud {ticket} de {tld} ya no figuraba como abierta. Nadie nos había avisado. Al preguntar, nos dijeron que se había 'cerrado administrativamente' y que presentáramos una nueva.\n\nLa nueva tuvo que pasar otra vez por pruebas, aprobaciones y revisión. Perdimos dos semanas en un cambio que estaba casi terminado, y la última respuesta pendiente era de IANA, no nuestra."},
        ],
    },
    {
        "en": ["Request {ticket} submitted", "We send a question / answer on the ticket", "Ticket closed by IANA without notice", "Asked for reopening, told to resubmit", "New request filed, full cycle again"],
        "fr": ["Dépôt de la demande {ticket}", "Notre réponse sur le ticket", "Clôture du ticket par l'IANA", "Demande de réouverture refusée", "Nouvelle demande, tout recommence"],
        "es": ["Presentamos la solicitud {ticket}", "Respondemos en el ticket", "IANA cierra el ticket sin avisar", "Pedimos reabrirlo; nos dicen que presentemos otro", "Nueva solicitud, todo el ciclo otra vez"],
    })

# ---------------------------------------------------------------------------
cat("contact_personal_data_exposed",
    "Personal data of registry contacts published or disclosed by IANA (public TLD record/whois, third parties) against the operator's wishes",
    {
        "en": [
            {"short": "The personal mobile number of our admin contact is now public on the IANA page for {tld}. We gave it for verification only.",
             "body": "When we updated our administrative contact ({ticket}), IANA staff called the new contact on his personal mobile to verify his identity. We gave the number for that purpose and said so in writing. Since {d1} that mobile number is displayed on the public IANA record for {tld}, together with his home address.\n\nHe is now receiving calls from domain resellers. Please remove this data immediately and replace it with the role phone number that was in the request."},
            {"short": "We asked for role addresses on the {tld} record. IANA insists on a named person and publishes his name.",
             "body": "Our data protection officer has asked that the public record for {tld} use role addresses and a role name, as our privacy law requires. On {d1} IANA refused, saying a named individual is required, and published the name and direct e-mail address of our technical manager.\n\nWe are not against giving IANA a named person privately. Publishing it is another matter, and we were not given any choice."},
            {"short": "After our contact update, the private Gmail of our former director is displayed on whois.iana.org.",
             "body": "Something went wrong with {ticket}. We wanted to replace our former director as administrative contact. Instead of removing him, the public whois now shows his private Gmail address, which he had used once in an e-mail to IANA years ago, and which was never part of any request.\n\nHe has asked us, rather firmly, why his private address is on the internet. We have no answer for him."},
            {"short": "IANA forwarded our full correspondence, including personal details of our staff, to the other party in the {tld} dispute.",
             "body": "On {d2} we discovered that IANA had forwarded to the other party in the {tld} dispute the whole thread of {ticket}, including the passport scans and home addresses of our staff that we had provided for verification.\n\nWe never consented to that. Apart from the privacy breach, it has exposed our people to pressure. We need to know who decided this and what IANA will do to prevent it happening again."},
        ],
        "fr": [
            {"short": "Le numéro de portable personnel de notre contact administratif apparaît désormais sur la fiche publique de {tld}.",
             "body": "Lors de la mise à jour du contact administratif ({ticket}), nous avons communiqué à l'IANA le numéro de portable personnel du nouveau contact, uniquement pour la vérification de son identité, et nous l'avions précisé par écrit. Depuis le {d1}, ce numéro figure sur la fiche publique de {tld}, avec son adresse personnelle.\n\nCela contrevient à notre législation sur la protection des données personnelles. Nous demandons le retrait immédiat de ces informations et leur remplacement par les coordonnées génériques indiquées dans la demande."},
        ],
        "es": [
            {"short": "IANA publica el nombre y el correo personal de nuestro responsable técnico en la ficha pública de {tld}.",
             "body": "Pedimos que la ficha pública de {tld} muestre solo direcciones genéricas de función, tal como exige nuestra ley de protección de datos. El {d1} IANA lo rechazó y publicó el nombre completo y el correo personal de nuestro responsable técnico.\n\nNo nos oponemos a dar a IANA los datos de una persona de forma privada, pero publicarlos sin consentimiento es otra cosa. Solicitamos que se retiren."},
        ],
    },
    {
        "en": ["Contact update {ticket} submitted", "Personal details given to IANA for verification only", "Personal details appear on the public record", "Asked for removal", "Data still public"],
        "fr": ["Dépôt de la mise à jour {ticket}", "Données personnelles transmises pour vérification", "Publication sur la fiche publique", "Demande de retrait", "Données toujours publiées"],
        "es": ["Presentamos la actualización {ticket}", "Entregamos datos personales solo para verificación", "Aparecen en la ficha pública", "Pedimos que se retiren", "Siguen publicados"],
    })

# ---------------------------------------------------------------------------
cat("iana_complaint_process_unanswered",
    "IANA's own complaint / escalation process is not honoured (no acknowledgement, escalations ignored, complaint closed by the person complained about)",
    {
        "en": [
            {"short": "I filed a complaint with IANA on {d1}. Not even an acknowledgement, let alone an answer.",
             "body": "On {d1} I used the complaint procedure on the IANA website to complain about the handling of {ticket} for {tld}. The published commitment is an acknowledgement within one business day and a substantive answer soon after. I have received neither. A follow-up on {d2} also went unanswered.\n\nI am writing to the CSC because I do not know where else a complaint about the complaint process can go."},
            {"short": "Escalated twice within IANA (liaison, then programme manager) with no reply. Hence this mail to the CSC.",
             "body": "I followed the escalation path as published. The specialist's answer on {ticket} was unsatisfactory, so I escalated to the root zone liaison on {d1}. After a week without reply I escalated to the programme manager on {d2}. Nothing from either.\n\nThe original issue is no longer what bothers me most. What bothers me is that the escalation path exists on paper only."},
            {"short": "My complaint about a specialist was answered and closed by that same specialist.",
             "body": "In my complaint of {d1} I described how one member of IANA staff had handled our requests for {tld}. The reply came from that very person, who explained that everything had been done correctly and closed the complaint.\n\nWhatever the merits, a complaint cannot be judged by the person it is about. I asked for it to be reopened and reviewed by someone else; that was {d2}, and I have heard nothing."},
            {"short": "IANA's answer to our complaint is a template that does not address a single one of our points.",
             "body": "Our complaint of {d1} listed five specific points about {ticket}, with dates. The reply we received on {d2} is a generic text thanking us for our feedback and assuring us that IANA is 'committed to excellence'. None of the five points is mentioned.\n\nWe asked for a real answer. The complaint was marked closed in the meantime."},
        ],
        "fr": [
            {"short": "Réclamation déposée auprès de l'IANA le {d1} : ni accusé de réception, ni réponse.",
             "body": "Le {d1}, j'ai déposé une réclamation via la procédure prévue sur le site de l'IANA concernant le traitement du ticket {ticket} ({tld}). L'engagement publié prévoit un accusé de réception sous un jour ouvré puis une réponse rapide. Je n'ai reçu ni l'un ni l'autre, malgré une relance le {d2}.\n\nJe m'adresse au CSC faute de savoir à qui signaler que la procédure de réclamation elle-même ne fonctionne pas."},
        ],
        "es": [
            {"short": "Escalamos dos veces dentro de IANA y nadie respondió. Por eso escribimos al CSC.",
             "body": "Seguimos el procedimiento de escalamiento publicado. La respuesta del especialista sobre {ticket} no fue satisfactoria, así que escalamos al enlace de la zona raíz el {d1} y, sin respuesta, al responsable del programa el {d2}. Ninguno contestó.\n\nEl problema de fondo ha pasado a segundo plano: lo grave es que el procedimiento de reclamaciones no funciona en la práctica."},
        ],
    },
    {
        "en": ["Complaint filed with IANA about {ticket}", "No acknowledgement received", "Follow-up / escalation sent", "Second escalation", "Still no substantive reply"],
        "fr": ["Dépôt de la réclamation auprès de l'IANA ({ticket})", "Aucun accusé de réception", "Relance", "Nouvelle relance", "Toujours aucune réponse"],
        "es": ["Presentamos la reclamación a IANA ({ticket})", "Sin acuse de recibo", "Primer escalamiento", "Segundo escalamiento", "Sigue sin respuesta"],
    })
