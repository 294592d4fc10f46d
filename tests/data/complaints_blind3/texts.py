"""Hand-written complaint texts for the blind12 corpus.

Placeholders: {tld} {ticket} {ticket2} {d1} {d2} {ns} {days}
Each category: core texts per language, terse texts per language, timeline steps per language.
"""

CATEGORIES = {}

# ---------------------------------------------------------------------------
CATEGORIES["ns_check_false_failure"] = {
    "desc": "IANA technical checks report the registry's name servers as failing "
            "(timeouts, lame, inconsistent) although they answer correctly",
    "en": [
        "We submitted a routine name server update for {tld} and the technical checks came back "
        "red: {ns} 'not responding over UDP/TCP'. That server answers from everywhere we can test "
        "it, including RIPE Atlas probes on four continents. We have re-run the test three times and "
        "every time the same server fails from your side only. Please tell us which source address "
        "the checks use, so we can see if something on the path is dropping it.",

        "Our change for {tld} keeps failing on the 'authoritative answer' test. The report says the "
        "server returned a non-authoritative response, but the AA bit is set, we checked with dig "
        "against all instances. I suspect the test hits one anycast node that was still being "
        "provisioned on {d1}, but that node was fixed the same day and the retest still fails. We "
        "cannot move forward on the ticket until the check passes.",

        "I am not a DNS expert, I handle the administrative side of the registry. Since "
        "{d1} our technicians tell me the IANA system refuses our new servers because of a "
        "'serial mismatch'. They say the servers were all in sync within a minute and that your "
        "test must have run in the middle of the zone reload. Every day the request stays blocked "
        "and our migration to the new provider is on hold, so we are paying two providers.",

        "The pre-delegation style tests on {ticket} flag the IPv6 address of {ns} as unreachable. "
        "IPv6 connectivity to that address is fine from every network we have tried and our "
        "monitoring shows no loss. This is the second time this year that a check from IANA fails "
        "on IPv6 for us while nothing is wrong; last time the explanation was an issue on your "
        "test infrastructure. We would like to know whether this is being looked at systematically.",

        "We really need someone to look at the test results for {tld}. The error says 'referral "
        "response inconsistent with parent' but the NS set we put in the request is exactly the one "
        "served by our servers. We asked for a retest on {d1} and got the same error within minutes. "
        "Our customers do not see any problem, only your check does.",
    ],
    "fr": [
        "Notre demande de modification des serveurs de noms pour {tld} est bloquée depuis "
        "le {d1} parce que les tests techniques de l'IANA indiquent que {ns} ne répond pas. Ce "
        "serveur répond pourtant parfaitement, nous l'avons vérifié depuis plusieurs réseaux en "
        "Europe et en Afrique. Nous avons demandé un nouveau test, le résultat est identique. Nous "
        "souhaiterions comprendre d'où partent vos tests pour pouvoir diagnostiquer le problème.",

        "Les vérifications automatiques refusent notre nouveau serveur au motif d'une 'réponse non "
        "autoritaire'. Nos ingénieurs ont tout contrôlé : le serveur fait bien autorité pour {tld}. "
        "Personne ne nous explique ce que le test attend exactement, et la demande reste en l'état.",
    ],
    "es": [
        "Desde el {d1} la solicitud de cambio de servidores de nombres de {tld} no "
        "pasa las pruebas técnicas: el informe dice que {ns} no responde por TCP. Hemos comprobado "
        "desde distintas redes y responde sin problema, tanto por UDP como por TCP. Pedimos una "
        "nueva prueba y volvió a fallar. Necesitamos saber desde qué direcciones se hacen las "
        "pruebas para revisar si algún filtro intermedio las bloquea.",

        "Nuestros técnicos me indican que el sistema de IANA rechaza el cambio porque los "
        "servidores tendrían números de serie distintos. Todos los servidores estaban sincronizados. "
        "Llevamos {days} días así y la migración de {tld} está parada.",
    ],
    "terse": {
        "en": ["Tech checks on {ticket} fail {ns} as unreachable. It isn't. Retest fails the same. Please look.",
               "{tld}: your NS test says lame delegation, every other tool says fine. Third retest today, same result."],
        "fr": ["Les tests techniques de {ticket} échouent sur {ns} alors que le serveur répond. Merci de regarder."],
        "es": ["Las pruebas técnicas del {ticket} fallan en {ns}, que responde bien. ¿Pueden revisarlo?"],
    },
    "timeline": {
        "en": ["request {ticket} submitted via RZMS for {tld}",
               "technical check report: {ns} timeout",
               "our own tests from 40+ vantage points: all OK; retest requested",
               "retest: same failure",
               "still no explanation from IANA staff"],
        "fr": ["dépôt de la demande {ticket} pour {tld}",
               "rapport des tests : {ns} ne répond pas",
               "nos propres tests depuis plusieurs réseaux : tout est correct, nouveau test demandé",
               "nouveau test : même échec"],
        "es": ["envío de la solicitud {ticket} para {tld}",
               "informe de pruebas técnicas: {ns} sin respuesta",
               "nuestras pruebas desde varias redes: todo correcto; pedimos repetir la prueba",
               "segunda prueba: mismo fallo"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["dnssec_ds_change"] = {
    "desc": "DS / DNSSEC key changes (KSK rollover, algorithm rollover, DS removal) rejected "
            "or stalled, putting the registry's DNSSEC chain at risk",
    "en": [
        "We are in the middle of a KSK rollover for {tld}. The new DS record was submitted on {d1} "
        "and the request was rejected because 'DS does not match any DNSKEY in the zone'. The new "
        "DNSKEY has been published in our zone since well before that date, with the TTL elapsed. "
        "If the DS is not in the root before our old key is retired, {tld} goes bogus for every "
        "validating resolver. We need this handled as a priority.",

        "Our algorithm rollover from RSASHA256 to ECDSAP256SHA256 is stuck. The ticket shows the "
        "DNSSEC check as failed with a message about the algorithm not being signed by all keys, "
        "which is exactly the double-signing phase the RFC tells us to do. It looks like the check "
        "does not understand an algorithm rollover in progress.",

        "I want to complain about the way our DS removal was handled. We asked to remove the DS for "
        "{tld} because we were going unsigned for a short transition with our new backend. It took "
        "{days} days, during which our zone was already unsigned and resolvers doing validation "
        "returned SERVFAIL for all our domains. Our registrars were flooded with calls.",

        "Can someone explain why a DS update that only adds a second digest type (SHA-384 next to "
        "SHA-256) needs a manual review? The request {ticket} passed the technical tests in minutes "
        "and has been sitting since. Our key rollover schedule is published and our registrars are "
        "waiting for it.",

        "For the second time this year the DNSSEC test on our DS change reported 'no valid RRSIG' "
        "while every validator we tried (Unbound, BIND, online analyzers) shows a clean chain. "
        "We had to push back a planned key change by a month last time. We are not willing to do "
        "that again.",
    ],
    "fr": [
        "Nous avons engagé le roulement de la clé KSK de {tld} et l'enregistrement DS soumis le "
        "{d1} a été refusé : le test prétend qu'aucune DNSKEY ne correspond. La nouvelle clé est "
        "publiée dans notre zone depuis plus de deux semaines. Si le DS n'est pas dans la racine "
        "avant le retrait de l'ancienne clé, toute la validation DNSSEC de {tld} sera cassée.",

        "Le changement de DS demandé pour {tld} attend depuis {days} jours. Notre calendrier de "
        "renouvellement des clés est publié et nous allons devoir le repousser, ce que nos "
        "bureaux d'enregistrement ne comprennent pas.",
    ],
    "es": [
        "Estamos en pleno cambio de algoritmo DNSSEC de {tld} y la solicitud del nuevo registro DS "
        "fue rechazada por la prueba técnica, que dice que la zona no está firmada con todos los "
        "algoritmos. Es justamente la fase de doble firma que exige el procedimiento. Parece que la "
        "prueba no contempla un cambio de algoritmo en curso.",

        "Pedimos retirar el DS de {tld} el {d1} y tardaron {days} días. Durante ese tiempo los "
        "resolvedores que validan devolvían error para todos nuestros dominios.",
    ],
    "terse": {
        "en": ["New DS for {tld} rejected, key is in the zone. KSK roll in progress, this is urgent.",
               "{ticket}: DS update stuck after passing checks. Our old KSK expires {d2}."],
        "fr": ["DS de {tld} refusé alors que la clé est publiée. Roulement KSK en cours, c'est urgent."],
        "es": ["El DS nuevo de {tld} fue rechazado y la clave está publicada. Es urgente, estamos en rotación de KSK."],
    },
    "timeline": {
        "en": ["new KSK published in the {tld} zone",
               "DS change submitted, {ticket}",
               "DNSSEC check fails: 'DS does not match DNSKEY'",
               "we verify with three independent validators: chain is fine",
               "old KSK scheduled for removal; DS still not in the root"],
        "fr": ["publication de la nouvelle KSK dans la zone {tld}",
               "soumission du changement de DS, {ticket}",
               "le test DNSSEC échoue : DS sans DNSKEY correspondante",
               "vérification par trois validateurs indépendants : chaîne correcte"],
        "es": ["publicación de la nueva KSK en la zona {tld}",
               "solicitud de cambio de DS, {ticket}",
               "la prueba DNSSEC falla: el DS no coincide con ninguna DNSKEY",
               "verificación con tres validadores independientes: cadena correcta"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["contact_authorization"] = {
    "desc": "Authorization / confirmation messages to the admin and technical contacts not "
            "received, expired, sent to wrong people, or request cancelled for non-response",
    "en": [
        "Neither our administrative contact nor our technical contact received the confirmation "
        "e-mail for {ticket}. We checked spam folders and mail server logs: nothing arrived from "
        "IANA on {d1}. A week later the request was closed as 'not approved by contacts'. We had "
        "to start again from zero.",

        "The authorization link in the message sent to our AC had already expired when he opened "
        "it, less than 48 hours after it was sent. He was travelling. Nothing in the message said "
        "how long the link was valid. Please make this clearer or give a reasonable time.",

        "Your system asked the wrong people to approve our change. The confirmation for {tld} was "
        "sent to the technical contact we replaced last year, who no longer works for us. That "
        "contact update was done through your own process and is visible in the database, so why "
        "was the old address used?",

        "Our approvals were given on {d1}, both of them, and the ticket still says 'pending "
        "contact confirmation'. Our admin contact has the reply screenshot. Either your system did "
        "not record it or the status is wrong, but we cannot tell which and nobody answers.",

        "We are a small registry and our administrative contact is our director, who does not read "
        "English e-mail with links to click. When he did not approve in time, the whole request was "
        "dropped without any phone call or reminder. A second reminder would have solved it.",
    ],
    "fr": [
        "Ni notre contact administratif ni notre contact technique n'ont reçu le courriel de "
        "confirmation pour la demande {ticket}. Nos journaux de messagerie ne montrent aucun envoi "
        "de l'IANA. La demande a ensuite été annulée faute d'approbation. C'est la deuxième fois.",

        "Le lien d'approbation envoyé à notre contact administratif avait expiré quand il l'a "
        "ouvert. Aucune durée de validité n'était indiquée. Résultat : demande annulée, tout est à "
        "refaire.",
    ],
    "es": [
        "El correo de confirmación de la solicitud {ticket} nunca llegó a nuestro contacto "
        "administrativo. Revisamos los registros del servidor de correo y no hay nada de IANA ese "
        "día. Después cerraron la solicitud porque 'los contactos no aprobaron'.",

        "La confirmación del cambio de {tld} se envió al contacto técnico anterior, que ya no "
        "trabaja con nosotros, aunque el cambio de contacto se hizo hace meses por el propio "
        "procedimiento de IANA.",
    ],
    "terse": {
        "en": ["Our AC never got the approval mail for {ticket}. Request now cancelled. Why?",
               "Confirmation for {tld} went to a contact replaced months ago. Please fix."],
        "fr": ["Aucun courriel de confirmation reçu pour {ticket}, et la demande a été annulée."],
        "es": ["No recibimos el correo de autorización del {ticket} y la solicitud quedó cancelada."],
    },
    "timeline": {
        "en": ["request {ticket} submitted, technical checks passed",
               "status moves to 'awaiting contact confirmation'",
               "no e-mail received by AC or TC; mail logs checked",
               "request closed as not approved"],
        "fr": ["dépôt de la demande {ticket}, tests techniques réussis",
               "statut : en attente de confirmation des contacts",
               "aucun courriel reçu par le contact administratif ni technique",
               "demande clôturée faute d'approbation"],
        "es": ["envío de la solicitud {ticket}; pruebas técnicas superadas",
               "estado: pendiente de confirmación de los contactos",
               "ningún correo recibido por los contactos",
               "solicitud cerrada por falta de aprobación"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["review_delay"] = {
    "desc": "Request stuck in IANA's manual review / processing stage long after checks and "
            "approvals were complete",
    "en": [
        "Request {ticket} passed the technical checks and both contacts approved on {d1}. Since "
        "then the status has been 'IANA review' and nothing moves. The SLA for review and "
        "processing is 5 days at 90%; we are at {days}. This is a plain NS change, nothing exotic.",

        "I would like to understand what happens in the 'review' step. Our change for {tld} has "
        "been there for {days} days, all green otherwise. When I asked, I was told it was 'in the "
        "queue'. A queue of what, and how long is it?",

        "We are filing this because the delay on our request is affecting a planned migration. "
        "The new servers were ready, the registrars informed, and then the request sat in "
        "processing for almost three weeks after our approvals. We had to postpone twice and "
        "pay our old provider for an extra month.",

        "Every single routine update we send now takes two to three weeks, whereas two years ago "
        "it was done within the week. The tests pass in minutes, our contacts confirm the same "
        "day, and then there is a silence in the middle. Something changed in your internal "
        "processing and we would like the CSC to look at it.",

        "The ticket has been 'Pending IANA Review' since {d1}. Was there a problem we should know "
        "about? If something is missing in our request, tell us and we will provide it, but do "
        "not leave it sitting.",
    ],
    "fr": [
        "Notre demande {ticket} a passé les tests techniques et nos deux contacts l'ont approuvée "
        "le {d1}. Depuis, elle est en 'revue IANA' et rien ne bouge. Le délai prévu pour cette "
        "étape est de cinq jours ; nous en sommes à {days}. Il s'agit d'un simple changement de "
        "serveurs de noms.",

        "Chaque mise à jour courante prend maintenant deux ou trois semaines alors que les tests "
        "passent en quelques minutes et que nos contacts confirment le jour même. Le blocage se "
        "situe clairement dans votre traitement interne.",
    ],
    "es": [
        "La solicitud {ticket} superó las pruebas técnicas y los dos contactos la aprobaron el "
        "{d1}. Desde entonces está 'en revisión por IANA' y no avanza. Según el acuerdo de nivel de "
        "servicio esa etapa no debería pasar de cinco días; llevamos {days}.",

        "No entendemos qué pasa en la etapa de revisión. El cambio de {tld} lleva {days} días ahí "
        "y cuando preguntamos nos dicen que está 'en cola'. Tuvimos que aplazar la migración dos "
        "veces.",
    ],
    "terse": {
        "en": ["{ticket} in 'IANA review' for {days} days after approvals. SLA is 5. Please explain.",
               "Our {tld} change still pending review. All checks green since {d1}."],
        "fr": ["{ticket} en revue depuis {days} jours après approbation des contacts. Pourquoi ?"],
        "es": ["{ticket} lleva {days} días en revisión de IANA tras la aprobación. ¿Qué ocurre?"],
    },
    "timeline": {
        "en": ["{ticket} submitted, technical checks pass",
               "AC and TC approve",
               "status 'Pending IANA Review'",
               "we ask for status; answer: 'in the queue'",
               "still in review"],
        "fr": ["dépôt de {ticket}, tests techniques réussis",
               "approbation des contacts administratif et technique",
               "statut : revue IANA",
               "relance de notre part ; réponse : 'dans la file d'attente'"],
        "es": ["envío de {ticket}; pruebas superadas",
               "aprobación de ambos contactos",
               "estado: revisión de IANA",
               "consultamos el estado; respuesta: 'en cola'"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["publication_delay"] = {
    "desc": "Change approved and released for implementation but not published in the root "
            "zone in time, or completion notice missing/late",
    "en": [
        "Our NS change for {tld} was marked 'approved, sent for implementation' on {d1}. Four days "
        "later the root servers still served the old NS set. The implementation target is 72 "
        "hours. We only noticed because our new provider saw no traffic at all.",

        "The ticket {ticket} was closed as completed on {d1}, with the usual 'your change has been "
        "implemented' message, but the glue for {ns} was not in the root zone until the next "
        "evening. We had already switched off the old server based on your notice and lost "
        "resolution for part of a day.",

        "We never received the notification that our change was live. We learned it from our own "
        "monitoring, two days after the zone actually changed. Our plan depended on that notice to "
        "start decommissioning; we lost two days of planning for nothing.",

        "After approval, how long is it supposed to take to reach the root? Our users were told the "
        "new setup would be active by the weekend, based on what your site says, and it came on "
        "Wednesday. Nobody at IANA could tell us where it was between approval and publication.",

        "The change went through verification and everything, the portal showed it as done on our "
        "side, but when I looked in the root zone file the next day it was not there. It appeared "
        "only after I wrote a second time. It should not depend on us chasing you.",
    ],
    "fr": [
        "Notre changement de serveurs pour {tld} est indiqué 'approuvé, transmis pour mise en "
        "œuvre' depuis le {d1}. Quatre jours plus tard, la zone racine publiait toujours l'ancienne "
        "liste NS. L'objectif est de 72 heures. Nous nous en sommes aperçus uniquement parce que "
        "notre nouveau prestataire ne recevait aucune requête.",

        "Le ticket {ticket} a été clôturé comme terminé, mais la modification n'apparaissait pas "
        "dans la zone racine. Nous avions déjà éteint l'ancien serveur sur la foi de votre "
        "message.",
    ],
    "es": [
        "El cambio de {tld} figuraba como 'aprobado y enviado a implementación' desde el {d1}, "
        "pero cuatro días después la zona raíz seguía mostrando los servidores antiguos. El plazo "
        "es de 72 horas.",

        "Nunca nos llegó el aviso de que el cambio estaba publicado. Lo supimos por nuestro propio "
        "monitoreo dos días más tarde. Con ese aviso debíamos empezar a desmontar la plataforma "
        "antigua y perdimos dos días.",
    ],
    "terse": {
        "en": ["{ticket} approved {d1}, root zone still shows old NS for {tld}. Past 72h.",
               "Ticket says implemented. Root zone says otherwise. {tld}."],
        "fr": ["{ticket} approuvé le {d1}, toujours absent de la zone racine."],
        "es": ["{ticket} aprobado el {d1} y todavía no está en la zona raíz."],
    },
    "timeline": {
        "en": ["{ticket} approved by contacts, released for implementation",
               "ticket shows 'implementation'",
               "root zone serial changes twice, our change not included",
               "change finally visible in the root zone",
               "completion notice received (or not at all)"],
        "fr": ["{ticket} approuvé, transmis pour mise en œuvre",
               "la zone racine change deux fois sans notre modification",
               "modification enfin visible dans la racine",
               "aucun avis de fin de traitement reçu"],
        "es": ["{ticket} aprobado y enviado a implementación",
               "la zona raíz cambia dos veces sin incluir nuestro cambio",
               "el cambio aparece por fin en la raíz",
               "no llega el aviso de finalización"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["wrong_change_implemented"] = {
    "desc": "What was published in the root zone or database differs from what was requested "
            "(wrong glue, wrong server removed, wrong record)",
    "en": [
        "The change implemented for {tld} is not the one we asked for. We requested to replace "
        "{ns}'s IPv4 address; the IPv6 address was changed instead, to a value that is not ours. "
        "For several hours part of the Internet was sent to an address we do not control.",

        "We asked to ADD one name server and the result was that one of our existing servers was "
        "REMOVED. The request text in {ticket} is unambiguous. We are now left with two servers "
        "instead of four, during our busiest season.",

        "After the update of {d1}, the DS record in the root does not correspond to what we "
        "submitted: the digest is the one from our old key. Fortunately we had not removed the old "
        "key yet. I would like to know how this could happen with all the checks in place.",

        "Something went wrong between our request and the root. Our users in some countries "
        "suddenly could not reach any .{tldbare} website. It turned out the glue record for one "
        "server had a typo in the last octet. We did not type that; it is correct in our request.",

        "Ticket {ticket} asked for contact changes only. Somehow the name server list was touched "
        "as well and one host name lost its trailing label. This is not a delay or a "
        "misunderstanding: it is an error in the data that ended up in the root zone.",
    ],
    "fr": [
        "La modification appliquée pour {tld} n'est pas celle que nous avions demandée. Nous "
        "voulions remplacer l'adresse IPv4 de {ns} ; c'est l'adresse IPv6 qui a été changée, et "
        "vers une adresse qui ne nous appartient pas. Pendant plusieurs heures, une partie du trafic "
        "est partie vers un réseau que nous ne contrôlons pas.",

        "Nous avions demandé l'AJOUT d'un serveur, et l'un de nos serveurs existants a été "
        "SUPPRIMÉ. La demande {ticket} était pourtant claire.",
    ],
    "es": [
        "Pedimos AGREGAR un servidor de nombres y el resultado fue que eliminaron uno de los "
        "existentes. El texto de la solicitud {ticket} no deja lugar a dudas. Nos quedamos con dos "
        "servidores en plena temporada alta.",

        "El registro DS publicado en la raíz después del {d1} no es el que enviamos: corresponde a "
        "nuestra clave antigua. Por suerte no la habíamos retirado todavía.",
    ],
    "terse": {
        "en": ["Root zone now has wrong glue for {ns}. Not what we requested in {ticket}. Fix ASAP.",
               "You removed the wrong NS for {tld}. We asked for an addition."],
        "fr": ["La glue publiée pour {ns} est fausse, ce n'est pas ce que demandait {ticket}."],
        "es": ["Publicaron un glue equivocado para {ns}; no es lo que pedimos en {ticket}."],
    },
    "timeline": {
        "en": ["{ticket} submitted: change IPv4 glue of {ns}",
               "change implemented, completion notice received",
               "traffic anomaly detected; root shows a different value",
               "corrective request filed as {ticket2}",
               "correct data finally in the root"],
        "fr": ["dépôt de {ticket} : modification de la glue IPv4 de {ns}",
               "mise en œuvre annoncée",
               "anomalie de trafic : la racine publie une autre valeur",
               "demande corrective {ticket2}"],
        "es": ["envío de {ticket}: cambio del glue IPv4 de {ns}",
               "aviso de implementación recibido",
               "anomalía de tráfico: la raíz publica otro valor",
               "solicitud correctiva {ticket2}"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["rzms_portal"] = {
    "desc": "The RZMS web portal malfunctions: login/2FA failures, forms that error out, "
            "sessions dropping, requests that cannot be submitted or viewed",
    "en": [
        "Since {d1} none of our three portal users can log in to the RZMS. After entering the "
        "one-time code we are sent back to the login page without an error. Password reset works, "
        "the code is accepted, and then the loop starts again. We have a change to submit.",

        "The form to update name servers gives 'An unexpected error occurred' when we press "
        "Submit. We tried Firefox, Chrome and Edge, two different offices. No ticket gets created. "
        "We have no idea if something has been half-saved on your side.",

        "I could not find where to see our pending requests in the new interface. The old list "
        "of tickets is gone and the dashboard is empty, although we have an open request. Is that "
        "a bug or did it move?",

        "The website keeps logging me out in the middle of filling in the change. Every time I "
        "come back I have to start from the beginning. After the third time I gave up and sent it "
        "by e-mail, which we were told is slower.",

        "Our technical contact lost his authenticator app when he changed phone. There is no way "
        "in the portal to reset the second factor and the support e-mail answered only after "
        "{days} days. Meanwhile nobody in our team could act on {tld} in the system.",
    ],
    "fr": [
        "Depuis le {d1}, aucun de nos utilisateurs ne parvient à se connecter au portail RZMS. "
        "Après la saisie du code à usage unique, on revient à la page de connexion sans message "
        "d'erreur. Nous avons pourtant une modification urgente à soumettre.",

        "Le formulaire de modification affiche 'Une erreur inattendue est survenue' à la "
        "validation. Aucun ticket n'est créé, et nous ignorons si quelque chose a été enregistré "
        "de votre côté.",
    ],
    "es": [
        "Desde el {d1} ninguno de nuestros usuarios puede entrar al portal RZMS: después de poner "
        "el código de verificación vuelve a la pantalla de inicio sin ningún mensaje.",

        "El sitio me cierra la sesión a mitad del formulario y tengo que empezar de cero cada vez. "
        "Al final lo mandamos por correo electrónico, que según nos dijeron es más lento.",
    ],
    "terse": {
        "en": ["Can't log in to RZMS since {d1}, 2FA loop. Three users affected.",
               "Portal form errors on submit, no ticket created. {tld}."],
        "fr": ["Impossible de se connecter au portail RZMS depuis le {d1}."],
        "es": ["No podemos entrar al portal RZMS desde el {d1}. Error después del código."],
    },
    "timeline": {
        "en": ["first login failure after the one-time code",
               "password reset, same loop",
               "support e-mail sent, auto-reply {ticket}",
               "human answer received",
               "access restored; change submitted late"],
        "fr": ["premier échec de connexion après le code",
               "réinitialisation du mot de passe, même problème",
               "courriel au support, accusé de réception {ticket}",
               "toujours aucun accès"],
        "es": ["primer fallo de acceso tras el código",
               "cambio de contraseña, mismo problema",
               "correo al soporte, acuse {ticket}",
               "seguimos sin acceso"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["transfer_delegation"] = {
    "desc": "ccTLD transfer / redelegation or gTLD operator change evaluation: months-long, "
            "shifting document requests, unclear criteria",
    "en": [
        "Our transfer request for {tld} was filed on {d1} with the government letter, the "
        "local Internet community support statements and the technical plan. Since then we have "
        "received three separate requests for additional documents, each time something new that "
        "was never mentioned before. We would like to know the full list once and for all.",

        "The redelegation of {tld} to the new national operator has now been under evaluation for "
        "more than seven months. Our ministry is asking us every week when it will be done. We "
        "understand this is not a routine change, but there has to be some predictability.",

        "As the incoming manager for {tld}, we find the evaluation process opaque. We do not know "
        "who is reviewing, which criteria are being applied, or whether the file is with IANA or "
        "with the ICANN Board. Each query gets the answer that 'the evaluation is ongoing'.",

        "The assignment of the registry agreement for {tld} to the acquiring company was approved "
        "by ICANN weeks ago. The IANA part of the change of operator is still open. We are "
        "running on a transitional arrangement with the previous operator that ends on {d2}.",

        "We were asked to re-do the public consultation in our country because the first one was "
        "'not documented enough', but nobody told us which documentation is expected. This alone "
        "added four months to a process that was already long.",
    ],
    "fr": [
        "Notre dossier de transfert de la gestion de {tld} a été déposé le {d1} avec la lettre du "
        "ministère, les soutiens de la communauté Internet locale et le plan technique. Depuis, "
        "l'IANA nous a demandé à trois reprises des documents supplémentaires, chaque fois "
        "différents. Nous demandons la liste complète une bonne fois pour toutes.",

        "La redélégation de {tld} est en cours d'évaluation depuis plus de sept mois. Le ministère "
        "nous relance chaque semaine et nous n'avons aucune visibilité sur les étapes restantes.",
    ],
    "es": [
        "La solicitud de transferencia de {tld} se presentó el {d1} con la carta del gobierno, "
        "los apoyos de la comunidad local y el plan técnico. Desde entonces nos han pedido "
        "documentos adicionales tres veces, cada vez algo distinto.",

        "La redelegación de {tld} al nuevo operador nacional lleva más de siete meses en "
        "evaluación. No sabemos quién la revisa ni con qué criterios.",
    ],
    "terse": {
        "en": ["{tld} transfer in evaluation since {d1}, third new document request. Need the full list.",
               "Redelegation of {tld}: seven months, no visibility."],
        "fr": ["Transfert de {tld} : troisième demande de pièces nouvelles depuis le {d1}."],
        "es": ["Transferencia de {tld}: tercera solicitud de documentos nuevos desde el {d1}."],
    },
    "timeline": {
        "en": ["transfer request {ticket} filed with government letter and support statements",
               "IANA asks for additional community evidence",
               "IANA asks for a new technical plan section",
               "IANA asks to redo the public consultation",
               "status: 'evaluation ongoing'"],
        "fr": ["dépôt de la demande de transfert {ticket}",
               "demande de preuves supplémentaires de soutien local",
               "demande d'un nouveau volet du plan technique",
               "statut : 'évaluation en cours'"],
        "es": ["presentación de la solicitud de transferencia {ticket}",
               "IANA pide más pruebas de apoyo local",
               "IANA pide una nueva sección del plan técnico",
               "estado: 'evaluación en curso'"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["idn_table_publication"] = {
    "desc": "IDN tables / label generation rules not published, published in an old version "
            "or with errors in the IANA repository",
    "en": [
        "We submitted the updated IDN table for {tld} (version 2.1) on {d1}. "
        "The repository still shows version 1.0 from 2019. Registrars and our own backend rely on "
        "the published table and keep pointing to the old one.",

        "The IDN table published for {tld} has the wrong file: it is the table of "
        "another language we submitted for a different TLD. The page lists the right language "
        "name but the content does not match.",

        "I have asked four times for the status of our IDN table submission. The ticket was "
        "acknowledged and then nothing. Our policy change cannot be announced to registrars "
        "until the table is public in the repository.",

        "The variant rules we submitted with the new table were dropped: the published file only "
        "has the code point list. Without the variants the table does not reflect our policy and "
        "people are reading it wrong.",

        "Is there an SLA for IDN table publication? Ours has been pending for {days} days and "
        "nobody seems to own it. It is a text file that needs to be put on a web page.",
    ],
    "fr": [
        "Nous avons transmis le {d1} la nouvelle table IDN pour {tld}, version 2.0. Le dépôt de "
        "l'IANA affiche toujours l'ancienne version. Nos bureaux d'enregistrement s'appuient sur "
        "la table publiée et continuent d'utiliser la mauvaise.",

        "La table publiée pour notre domaine ne contient plus les règles de variantes que nous "
        "avions fournies, seulement la liste des caractères.",
    ],
    "es": [
        "Enviamos el {d1} la tabla IDN actualizada para {tld} y el repositorio de IANA sigue "
        "mostrando la versión anterior. Los registradores consultan la tabla publicada.",

        "Hemos preguntado cuatro veces por el estado de la publicación de nuestra tabla IDN. "
        "Solo recibimos el acuse de recibo inicial. ¿Existe algún plazo para esto?",
    ],
    "terse": {
        "en": ["IDN table for {tld} submitted {d1}, repository still has the old version.",
               "Wrong IDN table file published for {tld}. Please replace."],
        "fr": ["Table IDN de {tld} transmise le {d1}, toujours pas publiée."],
        "es": ["La tabla IDN de {tld} enviada el {d1} sigue sin publicarse."],
    },
    "timeline": {
        "en": ["new IDN table submitted, {ticket}",
               "acknowledgement received",
               "first status request, no answer",
               "second status request, no answer",
               "repository still shows previous version"],
        "fr": ["envoi de la nouvelle table IDN, {ticket}",
               "accusé de réception",
               "relance, sans réponse",
               "le dépôt affiche toujours l'ancienne version"],
        "es": ["envío de la nueva tabla IDN, {ticket}",
               "acuse de recibo",
               "consulta de estado sin respuesta",
               "el repositorio sigue con la versión anterior"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["unresponsive_communication"] = {
    "desc": "IANA staff do not answer, send canned replies, close tickets without explanation "
            "or give contradictory information",
    "en": [
        "I have written to IANA five times about {ticket} since {d1}. I received one automatic "
        "acknowledgement and nothing else. The acknowledgement promises an answer within two "
        "business days. Nobody has picked up the phone either.",

        "Our ticket was closed with the comment 'resolved' and no explanation. It was not "
        "resolved: the question we asked was never answered. When we reopened it, it was closed "
        "again the same way.",

        "We got two contradictory answers from two different staff members on the same day: one "
        "told us our request needed a new submission, the other that it was fine and in progress. "
        "We followed the first and the second then cancelled our new request as a duplicate.",

        "The replies we get are copy-paste paragraphs from the procedures page that do not "
        "address what we ask. We ask a specific question about our case and receive a general "
        "description of the process. It feels like nobody reads the message.",

        "Nobody told us anything. The request changed state several times, then came back to "
        "us as 'withdrawn'. We did not withdraw anything. When asked, the reply was that it was "
        "'handled according to procedure'.",
    ],
    "fr": [
        "J'ai écrit cinq fois à l'IANA au sujet de {ticket} depuis le {d1}. J'ai reçu un accusé de "
        "réception automatique et plus rien ensuite, alors que celui-ci annonce une réponse sous "
        "deux jours ouvrés.",

        "Notre ticket a été fermé avec la mention 'résolu', sans aucune explication. Notre "
        "question n'a jamais reçu de réponse. Nous l'avons rouvert ; il a été refermé de la même "
        "façon.",
    ],
    "es": [
        "Escribí cinco veces a IANA sobre el {ticket} desde el {d1}. Solo recibí el acuse "
        "automático, que promete una respuesta en dos días hábiles. Tampoco contestan el teléfono.",

        "Las respuestas que recibimos son párrafos copiados de la página de procedimientos que no "
        "responden a lo que preguntamos. Da la impresión de que nadie lee los correos.",
    ],
    "terse": {
        "en": ["Five mails about {ticket}, zero answers. Please.",
               "Ticket closed as 'resolved', question never answered. {tld}."],
        "fr": ["Cinq courriels sur {ticket}, aucune réponse."],
        "es": ["Cinco correos sobre el {ticket} y ninguna respuesta."],
    },
    "timeline": {
        "en": ["first question on {ticket}",
               "auto-acknowledgement only",
               "reminder; no answer",
               "phone call attempt; voicemail",
               "ticket closed as 'resolved' without reply"],
        "fr": ["première question sur {ticket}",
               "accusé de réception automatique seulement",
               "relance ; pas de réponse",
               "ticket fermé sans réponse"],
        "es": ["primera consulta sobre {ticket}",
               "solo acuse automático",
               "recordatorio; sin respuesta",
               "ticket cerrado sin respuesta"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["unequal_treatment"] = {
    "desc": "Perceived bias: the registry believes others (larger, gTLD, certain regions) get "
            "faster or more lenient treatment",
    "en": [
        "We have the clear impression that requests from large gTLD portfolios are handled in "
        "days while ours wait for weeks. A registry with hundreds of TLDs moved all its name "
        "servers last month in one batch. Our single change for {tld} took {days} days.",

        "The same documentation that was accepted from another ccTLD in our region was refused "
        "from us. We have seen their file, it was published. Why the different standard?",

        "I do not want to accuse anyone, but after our public disagreement with ICANN policy last "
        "year, every request we send seems to get extra scrutiny. Additional questions that "
        "never came before, longer reviews. I would like the CSC to look at the figures.",

        "We operate a small island ccTLD and we feel treated as a second-class customer. Our "
        "calls are answered late and in a tone that suggests we are a nuisance. A larger "
        "operator told us they have a direct contact they can call any time.",

        "Requests from operators with a back-end provider based in the US appear to move faster "
        "than ours. Perhaps it is coincidence, but it is consistent across two years of our own "
        "tickets versus what colleagues report.",
    ],
    "fr": [
        "Nous avons nettement l'impression que les demandes des grands portefeuilles de gTLD sont "
        "traitées en quelques jours alors que les nôtres attendent des semaines. Notre unique "
        "changement pour {tld} a pris {days} jours.",

        "Les mêmes pièces acceptées pour un autre ccTLD de notre région ont été refusées pour le "
        "nôtre. Pourquoi deux poids, deux mesures ?",
    ],
    "es": [
        "Tenemos la clara impresión de que las solicitudes de los grandes operadores de gTLD se "
        "resuelven en días mientras las nuestras esperan semanas. Nuestro único cambio para {tld} "
        "tardó {days} días.",

        "Somos un ccTLD pequeño y nos sentimos tratados como clientes de segunda. A otros "
        "operadores les aceptaron la misma documentación que a nosotros nos rechazaron.",
    ],
    "terse": {
        "en": ["Why do big gTLD operators get same-week service and we wait {days} days? {tld}.",
               "Same documents accepted for our neighbour, refused for us. Explain."],
        "fr": ["Pourquoi les grands opérateurs passent-ils avant nous ? {days} jours pour {tld}."],
        "es": ["¿Por qué a los grandes operadores los atienden antes? {days} días para {tld}."],
    },
    "timeline": {
        "en": ["{ticket} submitted for {tld}",
               "a large operator announces a batch migration of its TLDs",
               "batch migration visible in the root",
               "our request still pending"],
        "fr": ["dépôt de {ticket} pour {tld}",
               "un grand opérateur annonce une migration groupée",
               "la migration groupée est visible dans la racine",
               "notre demande toujours en attente"],
        "es": ["envío de {ticket} para {tld}",
               "un gran operador anuncia una migración masiva",
               "la migración masiva ya está en la raíz",
               "nuestra solicitud sigue pendiente"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["emergency_handling"] = {
    "desc": "Emergency / expedited requests (outage, compromise) not handled urgently; "
            "emergency contact unreachable or procedure unclear",
    "en": [
        "On {d1} at 02:10 UTC our primary DNS provider suffered a major outage and we needed to "
        "replace two name servers immediately. We called the emergency number: voicemail. We "
        "e-mailed with URGENT in the subject: answer nine hours later. {tld} was half-dark in the "
        "meantime.",

        "We declared an emergency because one of our name server hosts was compromised and "
        "served false answers. The request was processed as a normal change, including the full "
        "review wait. There has to be a real expedited path for security incidents.",

        "The emergency procedure is described in two different places with two different "
        "contact methods. We used the one in the portal, it was apparently the wrong one, and "
        "nobody forwarded it. We lost hours on a Saturday.",

        "Our hosting company went bankrupt overnight and all our name servers disappeared. We "
        "asked IANA for an urgent change. We were told the contacts had to confirm first, but our "
        "technical contact's mailbox was hosted on the same dead servers. No alternative was "
        "offered.",

        "I am writing to complain about the handling of our urgent request on {d1}. We got the "
        "answer that emergency handling is only for 'root zone integrity'. Our entire TLD being "
        "unreachable is not an emergency?",
    ],
    "fr": [
        "Le {d1} vers 2 h UTC, notre fournisseur DNS principal est tombé en panne et nous devions "
        "remplacer deux serveurs immédiatement. Le numéro d'urgence : messagerie vocale. Notre "
        "courriel marqué URGENT : réponse neuf heures plus tard. Pendant ce temps, {tld} était "
        "à moitié injoignable.",

        "Nous avons signalé une urgence de sécurité (un serveur compromis renvoyait de fausses "
        "réponses) et la demande a suivi le circuit normal, avec toute l'attente de la revue.",
    ],
    "es": [
        "El {d1} de madrugada nuestro proveedor DNS principal se cayó y necesitábamos cambiar dos "
        "servidores de inmediato. Llamamos al número de emergencia y solo salió el buzón de voz. "
        "El correo marcado URGENTE se contestó nueve horas después.",

        "Uno de nuestros servidores fue comprometido y respondía datos falsos. Declaramos una "
        "emergencia y la solicitud siguió el trámite normal, con toda la espera de revisión.",
    ],
    "terse": {
        "en": ["Emergency line went to voicemail during our outage on {d1}. {tld} half down for 9h.",
               "Security emergency for {tld} processed as a routine change. Not acceptable."],
        "fr": ["Urgence du {d1} : répondeur au numéro d'urgence, {tld} injoignable pendant des heures."],
        "es": ["Emergencia del {d1}: buzón de voz en el número de urgencias y {tld} caído horas."],
    },
    "timeline": {
        "en": ["02:10 UTC provider outage, two NS down",
               "02:25 UTC emergency number called, voicemail",
               "02:40 UTC urgent e-mail sent, {ticket}",
               "11:30 UTC first human reply",
               "change published next day"],
        "fr": ["2 h 10 UTC : panne du fournisseur, deux serveurs hors service",
               "2 h 25 : appel au numéro d'urgence, répondeur",
               "2 h 40 : courriel urgent, {ticket}",
               "11 h 30 : première réponse"],
        "es": ["02:10 UTC caída del proveedor, dos servidores fuera de servicio",
               "02:25 llamada al número de emergencia, buzón de voz",
               "02:40 correo urgente, {ticket}",
               "11:30 primera respuesta"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["database_record_update"] = {
    "desc": "Non-root-zone updates (contacts, sponsoring organisation, registration URL, WHOIS "
            "server in the IANA database) stuck or not reflected in the public record",
    "en": [
        "Our sponsoring organisation changed its legal name and address in January. The update "
        "was approved on {d1}, but the IANA database page for {tld} and whois.iana.org still show "
        "the old name. Our auditors flagged the discrepancy.",

        "We changed the URL for registration services and the WHOIS server name for {tld}. These "
        "do not touch the root zone at all, yet the request has been pending for {days} days. "
        "Meanwhile people who look us up are sent to a dead page.",

        "The technical contact listed publicly for {tld} is a person who left two years ago. We "
        "have submitted the correction twice. He still receives abuse reports and forwards them "
        "to us from his personal address.",

        "Can you explain why a simple contact update (Category II, no zone change) takes longer "
        "than a name server change? Ours was submitted on {d1} and the public record is still "
        "wrong.",

        "The phone number and e-mail shown for our administrative contact are wrong since your "
        "last update; the fields seem to have been swapped with the technical contact. People "
        "trying to reach our director end up at our NOC.",
    ],
    "fr": [
        "Notre organisation a changé de raison sociale et d'adresse en janvier. La mise à jour a "
        "été approuvée le {d1}, mais la page de {tld} dans la base de l'IANA et whois.iana.org "
        "affichent toujours l'ancien nom.",

        "Le contact technique affiché publiquement pour {tld} a quitté notre organisation il y a "
        "deux ans. Nous avons demandé la correction deux fois, sans résultat.",
    ],
    "es": [
        "Cambiamos la URL de servicios de registro y el servidor WHOIS de {tld}. No afecta a la "
        "zona raíz y aun así la solicitud lleva {days} días pendiente. Mientras tanto, quien nos "
        "busca llega a una página que ya no existe.",

        "El contacto técnico publicado para {tld} es una persona que se fue hace dos años. Pedimos "
        "la corrección dos veces y sigue igual en whois.iana.org.",
    ],
    "terse": {
        "en": ["whois.iana.org still shows our old org name for {tld}. Update approved {d1}.",
               "Contact-only update pending {days} days. Public record wrong."],
        "fr": ["La base IANA affiche toujours notre ancien nom pour {tld}, mise à jour approuvée le {d1}."],
        "es": ["whois.iana.org sigue mostrando el contacto antiguo de {tld}."],
    },
    "timeline": {
        "en": ["contact/organisation update {ticket} submitted",
               "both contacts confirm",
               "ticket marked complete",
               "whois.iana.org and the database page still show old data"],
        "fr": ["dépôt de la mise à jour {ticket}",
               "confirmation des deux contacts",
               "ticket indiqué comme terminé",
               "whois.iana.org affiche toujours les anciennes données"],
        "es": ["envío de la actualización {ticket}",
               "confirmación de ambos contactos",
               "ticket marcado como completado",
               "whois.iana.org sigue con los datos antiguos"],
    },
}
