"""Hand-written core texts for the blind8 complaint corpus.

Placeholders (plain replacement, not str.format): {tld} {t} {t2} {d1} {d2} {n}
{ns1} {ns2} {ip} {org}
"""

CATEGORIES = {}

# ---------------------------------------------------------------------------
CATEGORIES["ns_check_false_failure"] = {
    "desc": "Automated technical checks report the TLD's name servers as failing "
            "(unreachable, lame, inconsistent) although they answer correctly.",
    "subjects": {
        "en": ["nameserver test failing again", "Technical check results - wrong", "{tld} NS change blocked",
               "false negative on your checks"],
        "fr": ["Échec des tests techniques", "tests NS {tld}"],
        "es": ["Fallo en pruebas técnicas", "pruebas de servidores {tld}"],
    },
    "cores": [
        {"lang": "en",
         "short": "Your tests say {ns2} does not answer for {tld}. It does, from everywhere except apparently from you. Ticket {t} is blocked because of it.",
         "body": "We submitted a routine NS update for {tld} ({t}) replacing one of our secondaries. The automated checks came back red within minutes: \"{ns2}: no response to SOA query over UDP\". We have queried that server from RIPE Atlas probes on four continents, from our own monitoring and from two colleagues at other registries, and it answers every time, authoritatively, with the right serial. Nobody on our side can reproduce what your test sees. We asked for a retest twice and got exactly the same result. If your test platform is being filtered or rate limited somewhere, that is not something we can fix, and meanwhile our change sits there.",
         "tl": ["NS change submitted in RZMS", "technical check failure on {ns2} (UDP SOA timeout)", "retest requested, same failure", "second retest, same failure, no human reply yet"],
         "log": ";; dig @{ns2} {tld} SOA +norec\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 40211\n;; flags: qr aa; QUERY: 1, ANSWER: 1, AUTHORITY: 4, ADDITIONAL: 1\n;; Query time: 38 msec\n;; SERVER: {ip}#53"},
        {"lang": "en",
         "short": "Checks on {t} keep flagging our servers as lame. They aren't. Please have someone look at your test, not at our zone.",
         "body": "This is the third time this year that a change for {tld} has been held up by a check result that we believe is simply wrong. This time the report claims our new anycast name server {ns1} is \"not authoritative\" for the zone. It is. We suspect your checker is hitting a node that was still warming up, or caching an old answer, but we have no way of knowing since the report gives one line and no timestamps or source address. Please tell us from where the test is run and at what time, so that we can look at our logs. As it stands we are being asked to prove a negative.",
         "tl": ["request lodged", "check says {ns1} not authoritative", "our logs show correct answers at that time", "emailed root-mgmt asking for source IPs, no answer"]},
        {"lang": "en",
         "short": "Retest on {t} failed again with TCP timeout on {ns1}. TCP 53 is open, we checked from 30 places. Something is wrong on your side.",
         "body": "Short version: your technical test insists that {ns1} does not respond over TCP. Long version: we opened TCP/53 on that box years ago, we serve AXFR to our secondaries over it, and any resolver doing truncation fallback would break if it did not work. I have attached the output of a TCP query run a minute after your failure notice. I would like an explanation of how the check is performed, because at the moment the only remedy offered to us is \"fix your servers and retest\", which we cannot do since nothing is broken.",
         "tl": ["submission {t}", "TCP failure reported for {ns1}", "retest: same", "we escalated to the liaison"],
         "log": "$ dig +tcp @{ns1} {tld} NS\n;; ANSWER SECTION:\n{tld}.\t\t172800\tIN\tNS\t{ns1}.\n{tld}.\t\t172800\tIN\tNS\t{ns2}.\n;; Query time: 112 msec\n;; SERVER: {ip}#53 (TCP)"},
        {"lang": "en",
         "short": "IANA check says our NS set is inconsistent between servers. It's identical, serial {n}, on all of them. Please retest {t} manually.",
         "body": "Our request {t} for {tld} failed the consistency test: the report claims the NS RRset differs between {ns1} and {ns2}. Both return the same four NS records and the same SOA serial. I can only think the test took place during our zone push, which takes at most 40 seconds. If that is the case, a single snapshot during a reload should not be treated as a hard failure, and a retest shortly after would have shown it. Instead the retest was not run until the next day and then, again, during a push. We publish every 15 minutes, which is hardly unusual for a TLD.",
         "tl": ["change request {t}", "consistency failure between {ns1} and {ns2}", "asked for retest", "retest run next day, failed for the same reason"]},
        {"lang": "fr",
         "short": "Les tests de l'IANA déclarent {ns2} injoignable pour {tld}, alors qu'il répond parfaitement depuis partout. Merci de vérifier votre plateforme de test (dossier {t}).",
         "body": "Nous avons soumis une modification des serveurs de noms de {tld} (dossier {t}). Les tests automatiques signalent que {ns2} ne répond pas en UDP. Or ce serveur répond normalement : nous l'avons vérifié depuis nos sondes, depuis plusieurs résolveurs publics et depuis les locaux de notre prestataire. Nous avons demandé un nouveau test, qui a donné le même résultat, sans aucune explication. Nous ne pouvons pas corriger un problème qui n'existe pas chez nous. Nous souhaiterions connaître l'adresse source de vos tests et l'heure exacte des requêtes afin de consulter nos journaux.",
         "tl": ["soumission de la demande", "échec du test sur {ns2} (pas de réponse UDP)", "nouveau test demandé, même échec", "relance par courriel, sans réponse"],
         "log": "; <<>> DiG 9.18 <<>> @{ns2} {tld} SOA\n;; status: NOERROR\n;; flags: qr aa rd\n;; Query time: 41 msec"},
        {"lang": "es",
         "short": "Las pruebas técnicas de IANA siguen marcando {ns1} como no autoritativo para {tld}. Es falso. Ticket {t}, por favor revisen.",
         "body": "Les escribo porque nuestra solicitud {t} para {tld} lleva días detenida por un resultado de las pruebas técnicas que no tiene sentido. Según el informe, {ns1} no responde de forma autoritativa. Hemos consultado ese servidor desde nuestra red, desde LACNIC y desde sondas externas y en todos los casos contesta con el bit AA y el serial correcto. Pedimos una nueva prueba y el resultado fue idéntico. No sabemos desde dónde se ejecutan esas pruebas ni cómo, y así no hay manera de diagnosticar nada. Solicitamos que un técnico revise el caso manualmente.",
         "tl": ["envío de la solicitud", "prueba fallida: {ns1} no autoritativo", "nueva prueba, mismo error", "correo a IANA sin respuesta"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["dnssec_ds_rejected"] = {
    "desc": "DS record changes / DNSSEC key rollovers rejected or stuck because the "
            "DNSSEC checks fail (DS-DNSKEY mismatch claims, algorithm not accepted, rollover timing).",
    "subjects": {
        "en": ["DS update rejected", "KSK rollover stuck", "DNSSEC check on {tld}", "algorithm rollover - help"],
        "fr": ["Roulement de clé DNSSEC bloqué", "DS refusé pour {tld}"],
        "es": ["Rechazo del registro DS", "cambio de clave DNSSEC {tld}"],
    },
    "cores": [
        {"lang": "en",
         "short": "Our DS for {tld} was rejected as \"no matching DNSKEY\". The key is published and signed. Rollover is now overdue. {t}",
         "body": "We are in the middle of a KSK rollover for {tld}. The new KSK has been in the zone, signing the DNSKEY RRset, for more than two weeks. We submitted the new DS in {t} and the check came back saying no DNSKEY in the zone matches the DS. We computed the digest ourselves with three different tools and it matches. Our old key is due to be withdrawn and our signing schedule is now stuck with both keys, which our HSM procedure does not like. Please tell us exactly which DNSKEY set your check saw and from which server.",
         "tl": ["new KSK published in zone", "DS submitted ({t})", "check: no matching DNSKEY", "we verified digest, asked for manual review"],
         "log": "$ dig {tld} DNSKEY +multi | grep 'key id'\n\t\t\t\t) ; KSK; alg = ECDSAP256SHA256 ; key id = 30412\n\t\t\t\t) ; KSK; alg = ECDSAP256SHA256 ; key id = 51877\n$ ldns-key2ds -n -2 K{tld}+013+51877.key\n{tld}.\t3600\tIN\tDS\t51877 13 2 8f1c...e02a"},
        {"lang": "en",
         "short": "Algorithm rollover from 8 to 13 for {tld}: the DS with alg 13 was refused by your check. Why? {t}",
         "body": "We are moving {tld} from RSASHA256 to ECDSAP256SHA256. We followed the conservative procedure: new algorithm signatures first, then the new DNSKEY, then waited out the TTLs. When we submitted the DS for the algorithm 13 key, the technical check said the zone \"is not signed with all algorithms in the DNSKEY set\". It is, and it has been for ten days. We have DNSViz output showing a clean chain. It looks to us like the check does not handle a double-signed zone properly. We need either the check fixed or a manual override; we cannot stay double-signed indefinitely, the response sizes are already causing us trouble.",
         "tl": ["zone double signed (alg 8 + 13)", "alg 13 KSK published", "DS submitted, rejected", "DNSViz shows secure chain, sent to IANA"]},
        {"lang": "en",
         "short": "Removing the old DS for {tld} ({t}) failed checks because \"DS would leave zone insecure\". We are adding a new one in the same request!",
         "body": "Request {t} replaces our DS: old one out, new one in, in a single change as your own documentation suggests. The check evaluated the removal on its own and failed it with a message about the zone becoming insecure. The new DS was in the same request. When we split it into two requests as the helpdesk suggested, the first one (add) has now been waiting for {n} days for review, so we have two DS in the parent and a rollover that should have finished last month. This is a lot of friction for the most routine DNSSEC operation there is.",
         "tl": ["combined DS replace submitted", "check failure on the removal", "advised to split into two requests", "add-request still not complete"]},
        {"lang": "en",
         "short": "DS check failing for {tld} because your validator can't fetch DNSKEY over UDP (large response). TCP works. Please sort this out, {t}.",
         "body": "We think we have found why our DS submission keeps failing. During a pre-publish rollover our DNSKEY response is about 1,700 bytes. Your check seems to give up after UDP truncation instead of retrying over TCP, and reports that no DNSKEY was found. Every validating resolver in the world copes with this, your test does not. We would be grateful if you could confirm, and in the meantime accept the DS manually; the keys are in place and the chain validates from the root trust anchor on every tool we tried.",
         "tl": ["DS submitted", "check reports no DNSKEY", "we identified truncation, TCP fallback missing", "no answer to technical question"],
         "log": ";; Truncated, retrying in TCP mode.\n;; MSG SIZE  rcvd: 1712\n{tld}.  3600 IN DNSKEY 257 3 13 ( mdsswUyr3DPW132mOi8V9xESWE8jTo0d... ) ; KSK; key id = 51877"},
        {"lang": "fr",
         "short": "Notre nouvel enregistrement DS pour {tld} a été refusé : « aucune DNSKEY correspondante ». La clé est bien publiée. Dossier {t}.",
         "body": "Dans le cadre du roulement annuel de la KSK de {tld}, nous avons publié la nouvelle clé il y a trois semaines et soumis le DS correspondant (demande {t}). Le contrôle technique l'a rejeté en indiquant qu'aucune DNSKEY de la zone ne correspond. Nous avons recalculé l'empreinte SHA-256 avec deux outils différents : elle correspond exactement. Notre calendrier de roulement est désormais bloqué et notre ancienne clé arrive en fin de vie. Nous demandons une vérification manuelle par un ingénieur et, le cas échéant, l'indication du serveur interrogé lors du test.",
         "tl": ["publication de la nouvelle KSK", "soumission du DS", "rejet : aucune DNSKEY correspondante", "demande de vérification manuelle"]},
        {"lang": "es",
         "short": "Se rechazó el DS de {tld} por un supuesto desajuste con la DNSKEY. Está todo correcto de nuestro lado. Solicitud {t}.",
         "body": "Estamos realizando el cambio de algoritmo de {tld} y el registro DS que enviamos en la solicitud {t} fue rechazado por las pruebas técnicas con el mensaje de que la firma no valida. Hemos comprobado la cadena con DNSViz y con Zonemaster y ambos dan resultado seguro. La zona está firmada con los dos algoritmos desde hace más de diez días. Necesitamos que alguien revise el caso; no podemos dejar la zona con doble firma por mucho más tiempo y el plan de rollover ya se ha retrasado un mes.",
         "tl": ["doble firma de la zona", "envío del DS", "rechazo: firma no valida", "consulta a IANA sin respuesta técnica"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["contact_authorization"] = {
    "desc": "Contact confirmation / authorization step fails: approval mails to the admin and "
            "tech contacts not arriving, links expired, approvals not registered, wrong contact asked.",
    "subjects": {
        "en": ["never got the approval email", "authorization link expired", "{t} waiting for confirmation?", "approval not registered"],
        "fr": ["Courriel de confirmation jamais reçu", "autorisation {tld}"],
        "es": ["No llega el correo de autorización", "confirmación de contactos {tld}"],
    },
    "cores": [
        {"lang": "en",
         "short": "Neither our admin nor tech contact has received the authorisation mail for {t}. Checked spam. Portal says 'pending confirmation'.",
         "body": "Request {t} for {tld} shows \"pending contact confirmation\" in the portal. Neither of our two contacts has received anything: not in the inbox, not in quarantine, nothing in our mail server logs from any IANA address since {d1}. We have whitelisted every address we could find in your documentation. There is no button in the portal to resend the request and the helpdesk replied with a link to an FAQ. Our change is trivial but it has now sat for a week waiting for an email that never left your side.",
         "tl": ["request submitted", "portal shows pending confirmation", "no mail received by either contact", "helpdesk sent FAQ link"],
         "log": "$ grep -i iana /var/log/mail.log | tail -3\n(no output)"},
        {"lang": "en",
         "short": "Approved {t} twice, the ticket still says the tech contact hasn't responded. Please check.",
         "body": "I am the technical contact for {tld}. I clicked the approval link for request {t} on {d1}, got the \"thank you, your response has been recorded\" page, and the next day the request was still listed as waiting for me. I did it again from a different browser. Same result. Our administrative contact approved at the same time and her approval is shown. So something in your system drops my confirmation. Please record it manually or tell me what I am supposed to do differently.",
         "tl": ["approval link clicked, thank-you page shown", "status still waiting for tech contact", "approved again from other browser", "still waiting"]},
        {"lang": "en",
         "short": "The confirmation for {tld} went to our OLD admin contact who left 2 years ago. The contact change was done in {t2}. Why?",
         "body": "For request {t} the authorisation mail was sent to the administrative contact we replaced in 2024 (ticket {t2}, completed, visible in your own database). That person no longer works here; we only know because he forwarded it to us as a courtesy. The current admin contact got nothing. We cannot understand how the approval workflow picks an address that is not on the record any more. Besides the delay, this means the approval of a change to our TLD was put in the hands of someone who has no authority over it.",
         "tl": ["admin contact change completed ({t2})", "new request {t} submitted", "approval mail sent to former contact", "former contact forwarded it to us"]},
        {"lang": "en", "tlds": "cc",
         "short": "Authorisation link for {t} expired before our admin contact (different time zone) could click it. Now we have to restart from zero?",
         "body": "Our administrative contact for {tld} is a government official in a time zone eleven hours from our technical team. The approval mail for {t} arrived on a Friday night his time, and by Monday the link had expired and the request was closed as \"not authorised\". We were told to submit everything again. This is the second time. Could the expiry be longer, or could a reminder be sent before closing? Closing a request silently over a weekend is not reasonable for contacts who are not sitting in front of a mailbox all day.",
         "tl": ["approval mail sent Friday", "link expired", "request closed as not authorised", "asked to resubmit"]},
        {"lang": "fr",
         "short": "Notre contact administratif n'a jamais reçu le courriel d'autorisation pour la demande {t}. Le statut reste « en attente de confirmation ».",
         "body": "Madame, Monsieur, la demande {t} concernant {tld} est bloquée à l'étape de confirmation des contacts depuis le {d1}. Ni le contact administratif ni le contact technique n'ont reçu le courriel d'approbation, y compris dans les dossiers de courrier indésirable. Nos journaux de messagerie ne montrent aucun message en provenance de l'IANA. Le portail ne propose pas de renvoyer la demande de confirmation. Nous vous prions de bien vouloir renvoyer ce courriel ou d'enregistrer notre accord par un autre moyen.",
         "tl": ["dépôt de la demande", "statut « en attente de confirmation »", "aucun courriel reçu", "relance sans effet"]},
        {"lang": "es",
         "short": "El contacto técnico aprobó la solicitud {t} y el sistema sigue mostrando que falta su confirmación.",
         "body": "Buenos días. Nuestro contacto técnico de {tld} aprobó la solicitud {t} el {d1} a través del enlace recibido por correo y vio la página de confirmación. Sin embargo, el portal sigue indicando que la aprobación está pendiente. El contacto administrativo aprobó el mismo día y su confirmación sí aparece. Hemos repetido el proceso y nada cambia. Les rogamos que revisen el registro de la aprobación y que no cierren la solicitud por falta de respuesta, porque la respuesta se dio.",
         "tl": ["aprobación del contacto técnico", "portal: pendiente", "segunda aprobación", "sin cambios"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["stalled_manual_review"] = {
    "desc": "Request passed technical checks and contact approval but sits in IANA's "
            "manual review/processing stage for weeks, beyond the 5-day target.",
    "subjects": {
        "en": ["still in review??", "request {t} - status", "5 day SLA", "nothing happening"],
        "fr": ["Demande en attente depuis des semaines", "suivi {t}"],
        "es": ["Solicitud detenida en revisión", "estado de la solicitud {t}"],
    },
    "cores": [
        {"lang": "en",
         "short": "{t} has been 'In IANA review' for {n} days. Checks passed, both contacts approved. What is it waiting for?",
         "body": "Our NS change for {tld}, request {t}, passed the technical checks on {d1} and both contacts approved the same day. Since then it shows \"Pending IANA review\" and nothing else. No question, no request for documents, no explanation. Your published target for that stage is five days; we are well past that. If there is something wrong with the request we would like to hear it, and if there is nothing wrong we would like it to move.",
         "tl": ["submitted", "technical checks passed", "both contacts approved", "status unchanged: pending IANA review"]},
        {"lang": "en",
         "short": "Routine glue update, {n} days in processing. This used to take 2 days. {t}",
         "body": "I have been doing root zone changes for {tld} for about twelve years and a glue address update like {t} used to be done in two or three days. This one has been in review for {n} days now. When I asked, the answer was that it is \"in the queue\". I do not know what the queue is or how long it is. I know that during this time one of our name servers is reachable only on the old address that we need to give back to our hosting provider at the end of the month.",
         "tl": ["glue update submitted", "checks passed", "confirmation complete", "asked for status: 'in the queue'"]},
        {"lang": "en",
         "short": "Can someone explain why a change that needs no evaluation at all is sitting in 'review' for three weeks? ({t}, {tld})",
         "body": "Request {t}. It is a removal of one name server, everything automated is green, and it has been sitting in review since {d1}. We were told it is waiting for a \"second check\" by a colleague. Three weeks for a second pair of eyes on a one-line change is not a process problem we can solve from here. We would also like to know whether these delays are reported in your monthly SLA figures, because from the outside the numbers always look excellent.",
         "tl": ["NS removal submitted", "all automated steps passed", "told it waits for a second check", "three weeks later, unchanged"]},
        {"lang": "en",
         "short": "Status page for {t} hasn't changed since {d1}. Please move it forward or tell us what's missing.",
         "body": "We filed {t} for {tld} in good order: technical checks fine, authorisations done within the hour. It has been sitting at the review stage since {d1}. We sent two polite enquiries and received automated acknowledgements only. We are not asking for special treatment, we are asking for the normal timeline. If the request is incomplete, say so and we will fix it today.",
         "tl": ["submission", "checks OK", "authorisations OK", "two enquiries, automated replies only"]},
        {"lang": "fr",
         "short": "La demande {t} est bloquée à l'étape de vérification par l'IANA depuis {n} jours, sans aucune explication.",
         "body": "Bonjour, notre demande {t} pour {tld} a passé les tests techniques et a été approuvée par nos deux contacts le {d1}. Depuis, le statut indique « en cours de vérification par l'IANA » et rien ne bouge. Le délai annoncé pour cette étape est de cinq jours ouvrables ; nous en sommes à {n}. Nous n'avons reçu aucune question ni demande de pièce complémentaire. Pourriez-vous nous indiquer ce qui bloque ?",
         "tl": ["dépôt", "tests réussis", "approbation des contacts", "statut inchangé"]},
        {"lang": "es",
         "short": "La solicitud {t} lleva {n} días en revisión de IANA sin ningún avance. ¿Qué falta?",
         "body": "Estimados: la solicitud {t} de {tld} superó las pruebas técnicas y fue aprobada por ambos contactos el {d1}. Desde entonces permanece en estado de revisión sin que nadie nos haya pedido nada. El plazo comprometido para esta etapa es de cinco días y ya lo hemos superado con creces. Si falta algún dato, les agradeceríamos que nos lo indiquen; si no falta nada, que la solicitud avance.",
         "tl": ["envío", "pruebas superadas", "aprobación de contactos", "sin avance"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["root_zone_publication_delay"] = {
    "desc": "Change approved/released for implementation but not visible in the published "
            "root zone for days; notification of completion late or missing.",
    "subjects": {
        "en": ["change not in the root yet", "implementation delay {t}", "root zone still shows old NS", "72h?"],
        "fr": ["Modification non publiée dans la zone racine", "publication {tld}"],
        "es": ["Cambio no publicado en la zona raíz", "demora en la implementación {t}"],
    },
    "cores": [
        {"lang": "en",
         "short": "{t} was 'sent for implementation' on {d1}. Root zone still serves the old NS set for {tld}. Please chase.",
         "body": "On {d1} we were told that request {t} had been approved and passed on for implementation. We have been watching the root zone serial since. Several new serials have come and gone, and {tld} still has the old delegation. Your own commitment is 72 hours from release to publication. We need to decommission the old servers and cannot until the root points elsewhere. Who is holding this: you or the Root Zone Maintainer?",
         "tl": ["request approved", "released for implementation", "root serials checked daily, no change", "asked who holds it"],
         "log": "$ dig @a.root-servers.net {tld} NS +norec | grep -A3 AUTHORITY\n;; AUTHORITY SECTION:\n{tld}.\t\t172800\tIN\tNS\t{ns2}.\n;; root SOA serial {serial}"},
        {"lang": "en",
         "short": "The change is live in the root since Tuesday but we never got the completion notice, and the ticket {t} still says 'implementation'.",
         "body": "Slightly unusual complaint: our change for {tld} ({t}) is actually visible in the root zone, we checked it ourselves on {d1}. But we received no notification, the ticket still says it is in implementation, and our internal change process cannot be closed without your confirmation. We also had to tell our registrars that the migration was done based on our own dig output, which is not how it should work. The notification is supposed to go out within a minute of publication.",
         "tl": ["change released", "change visible in root (our check)", "no completion notice", "ticket still in implementation"]},
        {"lang": "en",
         "short": "DS removal approved a week ago, DS still in the root. Our zone is now BOGUS for validating resolvers. {t}",
         "body": "We had to unsign {tld} temporarily because of an HSM failure. We asked for removal of the DS in {t}, it was approved on {d1}, and the DS record is still published in the root. Every validating resolver now fails our zone because the DS points to a key we no longer publish. We have phoned and emailed. Approval without publication is of no use to us; the delay between the two stages is where the damage happens.",
         "tl": ["HSM failure, zone unsigned", "DS removal requested", "approved", "DS still in root, zone failing validation"]},
        {"lang": "en",
         "short": "Please tell us why an approved change takes {n} days to reach the root zone file. Ticket {t}.",
         "body": "Our request {t} for {tld} shows approved on {d1}. The zone file published by the root zone maintainer does not contain the change as of this morning, {n} days later. I understand implementation involves the maintainer and not only IANA, but as your customer I can only talk to you. Please find out where it is stuck, and please tell us whether this delay will appear in the monthly performance report.",
         "tl": ["approval", "no change in root zone file", "enquiry sent", "no reply"]},
        {"lang": "fr",
         "short": "Demande {t} approuvée le {d1}, mais la zone racine publie toujours les anciens serveurs de {tld}.",
         "body": "Madame, Monsieur, la demande {t} a été approuvée et transmise pour mise en œuvre le {d1}. Depuis, nous surveillons le numéro de série de la zone racine : plusieurs versions ont été publiées, mais la délégation de {tld} n'a pas changé. L'engagement de publication est de 72 heures. Nous devons libérer les anciens serveurs à la fin du mois et ne pouvons pas le faire tant que la racine les référence. Merci de nous indiquer où en est la publication.",
         "tl": ["approbation", "transmission pour mise en œuvre", "aucune modification dans la racine", "relance"]},
        {"lang": "es",
         "short": "La solicitud {t} está aprobada desde el {d1} y la zona raíz sigue publicando los servidores antiguos de {tld}.",
         "body": "Estimados señores: el cambio solicitado en {t} fue aprobado y enviado a implementación el {d1}. Hemos revisado la zona raíz cada día y la delegación de {tld} continúa igual. Además, no hemos recibido ninguna notificación. El compromiso es publicar en 72 horas. Necesitamos apagar los servidores antiguos y no podemos hacerlo mientras la raíz siga apuntando a ellos.",
         "tl": ["aprobación", "envío a implementación", "zona raíz sin cambios", "ninguna notificación"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["wrong_change_implemented"] = {
    "desc": "What was published differs from what was requested (wrong glue address, wrong "
            "server removed, typo, DS digest wrong, unrequested change).",
    "subjects": {
        "en": ["WRONG IP in root zone", "you published the wrong thing", "{tld} delegation incorrect after {t}", "error in implemented change"],
        "fr": ["Erreur dans la modification publiée", "mauvaise adresse IP {tld}"],
        "es": ["Error en el cambio publicado", "dirección incorrecta en la raíz {tld}"],
    },
    "cores": [
        {"lang": "en",
         "short": "The glue for {ns1} in the root is {ip}. We asked for something else in {t}. Fix it please, it's breaking resolution.",
         "body": "After request {t} was completed, the A record for {ns1} in the root zone is {ip}. That is not the address we submitted; the last two octets are swapped. The request as shown in the portal has the correct address, so the error happened somewhere between approval and publication. A third of queries to {tld} are now going to an address where nothing listens. We need this corrected as an emergency and we need to understand how a typed-in value can change on the way to the root.",
         "tl": ["request with new glue address", "completion notice received", "glue in root differs from request", "reported to IANA"],
         "log": "requested:  {ns1}. A 198.51.100.47\npublished:  {ns1}. A {ip}"},
        {"lang": "en",
         "short": "We asked to remove {ns2}. You removed {ns1}. Ticket {t}.",
         "body": "Request {t} asked for one thing: remove {ns2} from the {tld} delegation. What got published is a delegation without {ns1}, our main server, and still with {ns2}, which we are shutting down this week. We are lucky we noticed before switching it off. I do not know whether this was a manual edit or something in the tooling, but either way the confirmation mail described the change correctly and the root does not match it.",
         "tl": ["removal of {ns2} requested", "completion notice lists {ns2} removed", "root shows {ns1} removed instead", "reported"]},
        {"lang": "en",
         "short": "DS published for {tld} has the wrong digest type, validation failing. Submitted type 2, root has type 1 with some other digest. {t}",
         "body": "The DS record published after {t} does not match our submission. We submitted digest type 2 (SHA-256); the root now carries a type 1 record whose digest we have never seen. Validating resolvers are getting SERVFAIL on part of our namespace, depending on how they treat SHA-1. We request immediate correction and a written explanation, because in our experience a DS that is wrong in the root is as bad as an outage.",
         "tl": ["DS submitted (type 2)", "published", "root has type 1, unknown digest", "validation failures reported by ISPs"]},
        {"lang": "en",
         "short": "Why did our tech contact change? We only asked for an NS update ({t}). The root zone database now shows somebody we don't know.",
         "body": "We submitted an NS update for {tld} and nothing else. Once it was completed, we noticed that the technical contact shown in the root zone database is no longer ours: different name, a phone number in another country. We never asked for that. It looks like data from another request got merged into ours. Beyond the inconvenience this is a security matter, because that contact can now approve changes to our delegation.",
         "tl": ["NS update submitted", "completed", "tech contact replaced without request", "reported as security issue"]},
        {"lang": "fr",
         "short": "L'adresse IPv6 publiée pour {ns1} ne correspond pas à celle de notre demande {t}. Merci de corriger au plus vite.",
         "body": "Suite à la demande {t}, l'enregistrement AAAA de {ns1} publié dans la zone racine contient une erreur : un groupe de chiffres a été omis. L'adresse saisie dans le portail est correcte, nous en avons la capture d'écran. Une partie du trafic IPv6 vers {tld} part donc dans le vide. Nous demandons une correction immédiate et une explication sur la façon dont la valeur a pu être altérée entre notre saisie et la publication.",
         "tl": ["soumission de la nouvelle adresse", "publication", "adresse publiée erronée", "signalement"]},
        {"lang": "es",
         "short": "Pedimos retirar {ns2} y eliminaron {ns1}. Solicitud {t}. Corrijan urgente.",
         "body": "Buenas tardes. En la solicitud {t} pedimos únicamente retirar {ns2} de la delegación de {tld}. Lo que se publicó fue la eliminación de {ns1}, que es nuestro servidor principal, mientras {ns2} sigue en la raíz. La notificación que recibimos describía el cambio correcto, pero la zona raíz no coincide. Por suerte lo detectamos antes de apagar el servidor. Necesitamos la corrección y una explicación de cómo ocurrió.",
         "tl": ["solicitud de retiro de {ns2}", "notificación de cambio completado", "la raíz muestra {ns1} eliminado", "reclamo"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["rzms_portal_access"] = {
    "desc": "Problems with the RZMS self-service portal itself: login, two-factor, locked "
            "accounts, password reset, forms that error out or lose input.",
    "subjects": {
        "en": ["can't log in to RZMS", "portal error", "2FA reset", "submission form broken"],
        "fr": ["Impossible de se connecter au portail", "portail RZMS"],
        "es": ["No puedo entrar al portal", "error en el portal RZMS"],
    },
    "cores": [
        {"lang": "en",
         "short": "Locked out of the RZMS portal since {d1}, password reset mail never arrives. Need to submit a change for {tld}.",
         "body": "I am the technical contact for {tld}. Since {d1} I cannot log in to the root zone management portal: after the password the page says my account is locked. The reset link sends nothing; I have tried five times and checked every filter. Support told me to use the reset link. I have a change to make and no other route except email, which I am told is slower. Could someone unlock the account by hand?",
         "tl": ["account locked at login", "reset requested, no mail", "support: use reset link", "still locked"]},
        {"lang": "en",
         "short": "Lost my phone, need the 2FA reset on RZMS. Ticket {t} open for a week, nobody's touched it.",
         "body": "My authenticator app went with my old phone. I opened {t} asking for a second-factor reset on the portal account I use for {tld}. A week later: nothing, apart from the automatic acknowledgement. I understand you need to verify who I am, and I am happy to do a video call or whatever is required, but nobody has asked. The other contact is on leave, so right now nobody at our registry can get into the portal.",
         "tl": ["2FA device lost", "reset ticket opened", "automatic acknowledgement only", "no identity check proposed"]},
        {"lang": "en",
         "short": "Change request form throws 'An unexpected error occurred' on submit, every time. Tried three browsers.",
         "body": "When I fill in the name server change form for {tld} and press submit, the portal shows \"An unexpected error occurred, please try again later\" and the input is gone. I have tried Firefox, Chrome and Edge, with and without VPN, over two days. Filling it in takes a while because we are changing four servers with IPv4 and IPv6 glue. There is no draft saving. I have screenshots and can send the browser console output.",
         "tl": ["form submission error", "input lost", "retried in three browsers", "reported with screenshots"],
         "log": "POST /rzm/requests/new 500 (Internal Server Error)\nUncaught (in promise) Error: Request failed with status code 500\n    at createError (main.3f9a1c.js:2:48213)"},
        {"lang": "en",
         "short": "The portal logs me out every couple of minutes while I'm typing the DS data. Lost the form 4 times today.",
         "body": "The session timeout in the portal seems to be a few minutes, and it does not warn. Entering a DS record means copying from our signer, checking it twice, and then the form is gone because the session died. Today that happened four times. Our colleagues at two other registries report the same. Could the timeout be lengthened, or the form made to keep what was typed?",
         "tl": ["form filled in", "session expired without warning", "input lost", "repeated four times"]},
        {"lang": "fr",
         "short": "Je n'arrive plus à me connecter au portail de gestion de la zone racine depuis le {d1}. Le lien de réinitialisation ne fonctionne pas.",
         "body": "Bonjour, en tant que contact technique de {tld}, je n'arrive plus à accéder au portail RZMS depuis le {d1}. Après saisie du mot de passe, un message indique que le compte est verrouillé. Le lien de réinitialisation m'envoie sur une page d'erreur. J'ai une modification urgente à soumettre et je ne veux pas passer par courriel si c'est plus lent. Pourriez-vous débloquer le compte manuellement ?",
         "tl": ["compte verrouillé", "réinitialisation impossible", "demande au support", "toujours bloqué"]},
        {"lang": "es",
         "short": "El formulario de cambio en el portal da error al enviar y se pierde todo lo escrito. Ya van tres intentos.",
         "body": "Hola. Al intentar enviar el formulario de cambio de servidores de {tld} en el portal, aparece un mensaje de error genérico y se borran todos los datos ingresados. Lo he intentado con distintos navegadores y desde otra red. Es un cambio con cuatro servidores y direcciones IPv4 e IPv6, así que cada intento lleva tiempo. Puedo enviar capturas de pantalla. ¿Hay otra forma de enviar la solicitud sin que tarde más?",
         "tl": ["error al enviar formulario", "datos perdidos", "intentos con otros navegadores", "capturas disponibles"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["unresponsive_communication"] = {
    "desc": "Poor communication: questions to IANA unanswered, only automatic or template "
            "replies, tickets closed without explanation, no named person to talk to.",
    "subjects": {
        "en": ["no reply", "is anyone reading this mailbox?", "ticket closed without explanation", "Third attempt"],
        "fr": ["Aucune réponse", "dossier clos sans explication"],
        "es": ["Sin respuesta", "ticket cerrado sin explicación"],
    },
    "cores": [
        {"lang": "en",
         "short": "Third email on {t}, still only the auto-acknowledgement. Is there a person behind root-mgmt?",
         "body": "I wrote to root-mgmt on {d1} with a simple question about request {t} for {tld}: whether our planned change needed a new technical contact approval. I got an automatic acknowledgement. I wrote again a week later, same. And again. The question has a one-word answer. Your commitment is to acknowledge in one business day and respond in two, and I assume an automatic receipt is not the response.",
         "tl": ["question sent", "auto-acknowledgement", "reminder, auto-acknowledgement", "second reminder, nothing"]},
        {"lang": "en",
         "short": "Ticket {t} was closed as 'resolved' with no message to us. It isn't resolved.",
         "body": "Ticket {t} was closed over the weekend with the status \"resolved\". No message, no explanation of what was done. Nothing has been done on our side or in the root zone that we can see. When I reply to the closure notice, a new ticket is opened and that one gets closed as a duplicate. It feels like talking to a machine designed to end conversations.",
         "tl": ["ticket opened", "closed as resolved without message", "reply opened new ticket", "new ticket closed as duplicate"]},
        {"lang": "en",
         "short": "The answer to our question on {t} was a copy-paste of the FAQ that doesn't address it. Please read the question.",
         "body": "We asked a specific question about {tld}: how a change to our sponsoring organisation's legal name should be documented when the entity itself is unchanged. The reply, after nine days, was a block of text about how to submit a name server change, copied from your website. When we pointed that out, the next reply came from a different person who asked us to restate the question. Please have one person own the conversation.",
         "tl": ["specific question sent", "generic FAQ reply after 9 days", "pointed out mismatch", "new staff member asked to restate"]},
        {"lang": "en",
         "short": "We have no way to reach an actual person at IANA about {tld}. Phone goes to voicemail, emails get robots.",
         "body": "For over a month we have tried to discuss an upcoming change to {tld} before submitting it, precisely so that it would go smoothly. The phone number on the website goes to voicemail and nobody calls back. Emails get an automated ticket number and then silence. We used to have a named liaison who knew our TLD; now we do not even know who to ask.",
         "tl": ["call, voicemail", "email, ticket number only", "second call, voicemail", "no callback"]},
        {"lang": "fr",
         "short": "Troisième relance sur le dossier {t} : toujours aucune réponse autre que l'accusé de réception automatique.",
         "body": "Madame, Monsieur, nous avons adressé le {d1} une question précise concernant {tld} (dossier {t}). Nous n'avons reçu qu'un accusé de réception automatique. Nos deux relances ont connu le même sort. Le délai de réponse annoncé est de deux jours ouvrables. Nous trouvons regrettable de devoir saisir le CSC pour obtenir une réponse à une question qui tient en une ligne.",
         "tl": ["envoi de la question", "accusé de réception automatique", "première relance", "deuxième relance"]},
        {"lang": "es",
         "short": "Cerraron el ticket {t} como resuelto sin avisarnos y sin resolver nada.",
         "body": "Estimados: el ticket {t} relativo a {tld} fue cerrado como \"resuelto\" sin ningún mensaje ni explicación. No se ha hecho nada, ni en la zona raíz ni en la base de datos. Cuando respondemos al aviso de cierre se abre un nuevo ticket que luego se cierra como duplicado. Queremos hablar con una persona concreta que se haga cargo del caso.",
         "tl": ["apertura del ticket", "cierre sin explicación", "respuesta al aviso", "nuevo ticket cerrado como duplicado"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["transfer_evaluation"] = {
    "desc": "ccTLD transfer/redelegation (or new delegation) evaluation drags on for months "
            "with shifting, repeated document requests and no decision.",
    "subjects": {
        "en": ["transfer of {tld} - 7 months", "redelegation evaluation", "yet another document request", "{tld} transfer request"],
        "fr": ["Transfert de {tld} : dossier interminable", "redélégation"],
        "es": ["Transferencia de {tld}", "evaluación de la redelegación"],
    },
    "cores": [
        {"lang": "en", "tlds": "cc",
         "short": "Our transfer request for {tld} was filed {n} weeks ago. Every month IANA asks for one more letter. When does it end?",
         "body": "The transfer of {tld} from the former university operator to the new national registry was agreed by all parties and the government. We filed the request ({t}) on {d1} with the letters of consent from the incumbent and from the ministry. Since then we have received, one at a time, requests for: a translation of the ministry letter, then a certified translation, then a letter from the regulator, then evidence of local internet community consultation, then a new letter because the first one was \"too old\". Each request came weeks after our previous answer. If the list had been given at the start, we would have been done in a month.",
         "tl": ["transfer request filed with consents", "asked for translation", "asked for certified translation", "asked for regulator letter", "asked for fresh letter, previous 'too old'"]},
        {"lang": "en", "tlds": "cc",
         "short": "The incumbent consented in writing, the government supports it, and {tld} transfer is still 'under evaluation'. Why?",
         "body": "I am writing on behalf of the designated manager for {tld}. The redelegation has the written consent of the current manager, the support of the government and no objection from anyone. It has been under evaluation since {d1}. The questions we receive show the analyst has changed at least twice: we are asked again for things we supplied in the first month. There is no indication of where the evaluation stands or of when a report will go to the board.",
         "tl": ["request filed", "questions round one", "analyst changed, same questions", "no estimated date"]},
        {"lang": "en", "tlds": "cc",
         "short": "Please explain the stakeholder consultation evidence you expect for the {tld} transfer. We sent three versions and each was judged insufficient.",
         "body": "For the transfer request {t} we were asked to demonstrate support from the local internet community. We sent minutes of a public meeting, letters from the ISP association and the chamber of commerce, and the results of an online consultation. Each time the reply was that the evidence was insufficient, without saying what would be sufficient. The criterion is not written anywhere we can find. We do not object to being evaluated; we object to an evaluation whose standard is revealed only after we fail it.",
         "tl": ["community evidence sent (meeting minutes)", "insufficient", "letters from associations sent", "insufficient", "consultation results sent", "insufficient"]},
        {"lang": "en", "tlds": "g",
         "short": "New gTLD delegation {tld}: contract signed, PDT passed, and the delegation request has been sitting for 6 weeks.",
         "body": "Our registry agreement for {tld} is signed and pre-delegation testing passed. We submitted the delegation request {t} on {d1} and it has not moved past the evaluation stage. Colleagues who delegated other strings last year tell me it took them under three weeks. We have launch dates announced and registrars waiting. A date would be enough for us to plan.",
         "tl": ["registry agreement signed", "PDT passed", "delegation request submitted", "no movement after 6 weeks"]},
        {"lang": "fr",
         "short": "La procédure de transfert de {tld} dure depuis {n} semaines et l'IANA demande encore un nouveau document.",
         "body": "Madame, Monsieur, le transfert de la gestion de {tld} vers notre association a reçu l'accord écrit du gestionnaire actuel et le soutien officiel du ministère. La demande {t} a été déposée le {d1}. Depuis, chaque réponse de notre part suscite une nouvelle demande : traduction, puis traduction certifiée, puis lettre de l'autorité de régulation, puis lettre « plus récente ». Aucune liste complète ne nous a été communiquée au départ. Nous demandons un calendrier précis et la liste définitive des pièces attendues.",
         "tl": ["dépôt avec les lettres d'accord", "demande de traduction", "demande de traduction certifiée", "demande de lettre du régulateur"]},
        {"lang": "es",
         "short": "La transferencia de {tld} lleva meses en evaluación y cada mes piden un documento nuevo.",
         "body": "Señores de IANA: la transferencia de {tld} a la nueva entidad administradora cuenta con el consentimiento del administrador saliente y el respaldo del gobierno. Presentamos la solicitud {t} el {d1}. Desde entonces hemos recibido pedidos sucesivos de documentación: traducciones, apostillas, cartas del regulador, pruebas de consulta a la comunidad local. Cada pedido llega semanas después de nuestra respuesta anterior. Solicitamos la lista completa de requisitos y una fecha estimada de decisión.",
         "tl": ["presentación de la solicitud", "pedido de traducción", "pedido de apostilla", "pedido de carta del regulador"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["idn_table_publication"] = {
    "desc": "IDN tables (language/script tables, LGRs) submitted for the IANA repository are "
            "not published, published late, or published in a wrong/old version.",
    "subjects": {
        "en": ["IDN table not published", "wrong version of our IDN table on iana.org", "repository update {tld}", "IDN tables"],
        "fr": ["Table IDN non publiée", "dépôt des tables IDN"],
        "es": ["Tabla IDN sin publicar", "repositorio de tablas IDN"],
    },
    "cores": [
        {"lang": "en", "tlds": [".xn--mgbaam7a8h", ".xn--wgbh1c", ".pk", ".xn--mgbx4cd0ab", ".kestrel"],
         "short": "We submitted our updated Arabic-script IDN table for {tld} on {d1}. It's still not in the repository. {t}",
         "body": "The updated IDN table for {tld} (Arabic script, adding four characters for regional languages) was submitted on {d1} as {t}. The repository page still lists the 2019 version. Our registry system already accepts the new characters and registrars ask why the public reference does not match. We understand there is a review, but we have heard nothing since the acknowledgement.",
         "tl": ["table submitted", "acknowledgement", "repository still shows 2019 version", "no news"]},
        {"lang": "en",
         "short": "The table published for {tld} is version 1.2. We submitted 1.3 and 1.4. Please replace.",
         "body": "Something has gone wrong with the IDN repository entry for {tld}. The published file is version 1.2, which we withdrew in 2024. We submitted 1.3 and later 1.4; both were acknowledged. The repository shows a recent publication date next to the old content, so it looks like the wrong file was uploaded. Several tools that pull from the repository are now validating against the wrong table.",
         "tl": ["v1.3 submitted", "v1.4 submitted", "repository updated with v1.2 content", "reported"]},
        {"lang": "en", "tlds": [".xn--p1ai", ".xn--90ais", ".kestrel", ".harbourline", ".solstice"],
         "short": "Why has publishing an IDN table for {tld} taken {n} weeks? It's a file on a web page.",
         "body": "Our Cyrillic table for {tld} went in on {d1}. Apart from the automatic ticket {t}, we have no news after {n} weeks. We asked whether there was a problem with the format (we used the LGR XML format as recommended) and got no answer. Meanwhile we delay the launch of the new characters because our policy says we only launch with a published table.",
         "tl": ["LGR XML submitted", "ticket opened", "format question sent", "no answer"]},
        {"lang": "en", "tlds": [".xn--fiqs8s", ".xn--3e0b707e", ".xn--mgbaam7a8h", ".np", ".lk", ".bluecrane"],
         "short": "IDN table for {tld} published with broken characters (encoding problem?). The variants column is garbage.",
         "body": "The IDN table for {tld} finally appeared in the repository last week, but the published text file has mangled characters: the code points are correct, but the glyph column and all variant mappings show replacement characters. It looks like the file was converted to a different encoding somewhere. Our original submission {t} was valid UTF-8. Please republish from the original.",
         "tl": ["table submitted (UTF-8)", "published", "characters mangled in published file", "asked for republication"]},
        {"lang": "fr",
         "short": "Notre table IDN pour {tld}, soumise le {d1}, n'apparaît toujours pas dans le dépôt de l'IANA.",
         "body": "Bonjour, nous avons soumis le {d1} la nouvelle version de la table IDN de {tld} (ajout des caractères accentués manquants). Le dépôt en ligne affiche toujours l'ancienne version. Nos bureaux d'enregistrement nous interrogent sur cette différence et notre politique interdit d'ouvrir les nouveaux caractères avant publication. Pourriez-vous nous indiquer où en est l'examen de la table ?",
         "tl": ["soumission de la table", "accusé de réception", "ancienne version toujours publiée", "relance"]},
        {"lang": "es",
         "short": "La tabla IDN de {tld} enviada el {d1} sigue sin aparecer en el repositorio de IANA.",
         "body": "Estimados: el {d1} enviamos la versión actualizada de la tabla IDN de {tld}, que incorpora la ñ y las vocales acentuadas en las nuevas reglas de variantes. El repositorio sigue mostrando la versión anterior y no hemos recibido ninguna comunicación desde el acuse de recibo. Los registradores preguntan por la diferencia. Les agradeceremos que nos informen del estado de la publicación.",
         "tl": ["envío de la tabla", "acuse de recibo", "repositorio sin cambios", "consulta sin respuesta"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["perceived_bias"] = {
    "desc": "The operator believes IANA treats it less favourably than other registries "
            "(large gTLD operators or particular countries served faster, stricter demands).",
    "subjects": {
        "en": ["double standards", "unequal treatment", "why do others get faster service", "fairness"],
        "fr": ["Traitement inégal", "deux poids, deux mesures"],
        "es": ["Trato desigual", "discriminación en el trato"],
    },
    "cores": [
        {"lang": "en",
         "short": "A big gTLD operator's identical change went through in 2 days. Ours, {t}, has taken {n}. Explain the difference.",
         "body": "We submitted {t} for {tld} on {d1}: an ordinary NS update. The same week, a large gTLD portfolio operator we share a DNS provider with submitted what we understand was exactly the same kind of change for several of its TLDs. Theirs were all live in two days. Ours took {n}. We do not know of any reason other than the size and importance of the customer. We would like an explanation, and we would like the CSC to look at whether processing times differ by type of customer.",
         "tl": ["our request submitted", "same DNS provider change for large operator, done in 2 days", "ours still pending", "completed after {n} days"]},
        {"lang": "en", "tlds": "cc",
         "short": "We are asked for documents from {tld} that IANA never asks from others. Small ccTLDs get treated like suspects.",
         "body": "For a routine change to our administrative contact, IANA asked {tld} for a letter on government letterhead, a copy of the new contact's passport and a board resolution. A colleague at a European ccTLD made the same type of change last month with an email. Whatever the rule is, it is not being applied equally. It is hard not to read this as distrust of operators from certain regions.",
         "tl": ["admin contact change submitted", "asked for government letter", "asked for passport copy", "asked for board resolution"]},
        {"lang": "en", "tlds": "cc",
         "short": "Honest question: do requests from the small registries go to the back of the queue? Because that's how it looks from here.",
         "body": "We manage {tld}, a small ccTLD with a part-time team. Over the last year, every one of our requests has taken longer than the published targets, while the monthly reports show near-perfect performance. If the averages are good and our experience is bad, the difference must be somewhere. Either small operators are handled differently or our requests are systematically considered complex. Either way we think it deserves a look by the CSC.",
         "tl": ["four requests over the year", "all beyond published targets", "monthly reports near 100%", "raised with liaison, no explanation"]},
        {"lang": "en",
         "short": "Our DS rejection was 'policy', but the exact same setup is accepted for other TLDs. See attached comparison.",
         "body": "Our request {t} was refused on the grounds that our name servers and the registry's DNSSEC signer are operated by a third party in another jurisdiction. At least five other TLDs we can name use the same third-party provider, some of them with the same configuration, and their requests are processed normally. We are not asking for an exception, we are asking for the same rule applied to us as to everyone else.",
         "tl": ["request refused as 'policy'", "we compared with five TLDs using same provider", "asked which rule applies", "no answer"]},
        {"lang": "fr",
         "short": "Nous avons le sentiment que les petits ccTLD francophones sont traités avec beaucoup plus de méfiance que les autres.",
         "body": "Madame, Monsieur, pour une simple modification du contact administratif de {tld}, l'IANA nous a demandé une lettre ministérielle, la copie de la pièce d'identité du nouveau contact et un procès-verbal du conseil d'administration. Un confrère européen a effectué le même changement le mois dernier par un simple courriel. Nous ne demandons pas de faveur, mais l'application des mêmes règles à tous les gestionnaires.",
         "tl": ["demande de changement de contact", "lettre ministérielle exigée", "pièce d'identité exigée", "procès-verbal exigé"]},
        {"lang": "es",
         "short": "Un operador grande hizo el mismo cambio que nosotros y lo tuvo en dos días; nosotros llevamos {n}. ¿Por qué?",
         "body": "Señores: la solicitud {t} de {tld} es un cambio de servidores de nombres corriente. La misma semana, un gran operador de gTLD con el mismo proveedor de DNS hizo un cambio idéntico y quedó publicado en dos días. El nuestro tardó {n}. No vemos otra razón que el tamaño del cliente. Pedimos una explicación y que el CSC revise si los tiempos varían según el tipo de operador.",
         "tl": ["envío de la solicitud", "el operador grande completa su cambio en 2 días", "la nuestra sigue pendiente", "completada tras {n} días"]},
    ],
}

# ---------------------------------------------------------------------------
CATEGORIES["emergency_handling"] = {
    "desc": "Urgent/emergency requests (hijack, compromised contacts, total outage) not "
            "treated as urgent: emergency line unanswered, normal queue applied, no out-of-hours service.",
    "subjects": {
        "en": ["URGENT", "EMERGENCY - {tld} down", "emergency line not answering", "hijack - need immediate action"],
        "fr": ["URGENT - {tld} injoignable", "procédure d'urgence"],
        "es": ["URGENTE", "emergencia {tld} caído"],
    },
    "cores": [
        {"lang": "en",
         "short": "Our whole TLD was down for 9 hours because the emergency number just rang out. {t}",
         "body": "On {d1}, at 02:10 UTC, both of our name server sites for {tld} went down because of an upstream fibre cut, and we needed to add the backup provider's servers to the delegation. We called the emergency number: no answer, several times over two hours. We sent an email marked emergency: automatic acknowledgement. The change ({t}) was picked up at the start of the business day, nine hours later. During those nine hours, {tld} was effectively gone from the internet. What exactly is the emergency procedure for?",
         "tl": ["02:10 UTC outage starts", "02:25 emergency number called, no answer", "03:40 emergency email, auto reply", "11:15 request picked up", "12:05 change live"]},
        {"lang": "en",
         "short": "Our registry account was compromised and someone submitted an NS change. We asked you to FREEZE changes to {tld}. It went through anyway.",
         "body": "On {d1} we notified IANA by phone and email that the credentials of our technical contact had been compromised and that no change to {tld} should be accepted until further notice. Two hours later a name server change ({t}) submitted from that account was approved and sent for implementation. We caught it before publication only by luck. We would like to know what happened to our warning and what procedure exists to lock a TLD during an incident.",
         "tl": ["compromise detected", "IANA notified by phone and email", "malicious change submitted", "change approved despite warning", "stopped before publication"]},
        {"lang": "en",
         "short": "We marked {t} as an emergency (zone failing DNSSEC validation). It was processed in the normal queue. 3 days.",
         "body": "Request {t} was flagged as an emergency: the DS in the root no longer matched any key in our zone after a signer failure, so {tld} was failing validation for every validating resolver. The request was handled as routine and took three days. The emergency flag seems to make no difference. If routine is all that is on offer, it should be said clearly, so we can plan our own contingency measures.",
         "tl": ["signer failure, zone bogus", "emergency removal request filed", "handled as routine", "completed after 3 days"]},
        {"lang": "en",
         "short": "No one picked up the 24/7 line during our outage on {d1}. Thirty minutes of ringing. Unacceptable for a root zone operator.",
         "body": "I want the CSC to be aware that during a serious incident affecting {tld} on {d1} we tried the 24/7 emergency phone number published by IANA for half an hour without reaching anyone. Eventually a colleague reached someone through a personal contact. Outside of that, no channel worked. The emergency line is the single most important thing for a TLD operator in a crisis, and it failed us.",
         "tl": ["incident begins", "emergency line called, 30 min, no answer", "personal contact reached", "change completed hours later"]},
        {"lang": "fr",
         "short": "URGENT : {tld} est injoignable depuis cette nuit et le numéro d'urgence de l'IANA ne répond pas.",
         "body": "Madame, Monsieur, dans la nuit du {d1}, nos deux sites de serveurs de noms ont été coupés suite à une panne d'électricité majeure. Nous devions ajouter en urgence les serveurs de notre secours à la délégation de {tld}. Le numéro d'urgence de l'IANA n'a pas répondu pendant plus de deux heures et notre courriel marqué « urgence » n'a reçu qu'un accusé de réception automatique. La demande {t} n'a été traitée que le lendemain matin. Pendant tout ce temps, notre extension était inaccessible.",
         "tl": ["panne des deux sites", "appel au numéro d'urgence sans réponse", "courriel d'urgence, accusé automatique", "traitement le lendemain"]},
        {"lang": "es",
         "short": "Declaramos emergencia por secuestro de la cuenta de {tld} y nadie respondió en horas. Ticket {t}.",
         "body": "El {d1} detectamos que las credenciales de nuestro contacto técnico habían sido robadas y que se había enviado un cambio de servidores no autorizado para {tld}. Llamamos al número de emergencia de IANA y nadie contestó. Enviamos un correo marcado como urgente y solo recibimos el acuse automático. El cambio fraudulento estuvo a punto de publicarse. Queremos saber cuál es el procedimiento real de emergencia y por qué no funcionó.",
         "tl": ["detección del robo de credenciales", "llamada al número de emergencia sin respuesta", "correo urgente, acuse automático", "cambio fraudulento detenido a tiempo"]},
    ],
}

# ===========================================================================
# Frames, per language
# ===========================================================================

GREETINGS = {
    "en": ["Dear CSC,", "Hello,", "Dear Committee members,", "Hi all,", "To the CSC secretariat,", "Dear colleagues,", ""],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Chers membres du CSC,", "Bonjour à tous,", ""],
    "es": ["Estimados miembros del CSC:", "Buenos días,", "Hola,", "Señores del CSC:", ""],
}

CLOSINGS = {
    "en": ["Regards,", "Best,", "Thanks,", "Kind regards,", "Sincerely,", "--", "Cheers,"],
    "fr": ["Cordialement,", "Bien à vous,", "Salutations distinguées,", "Merci d'avance,"],
    "es": ["Saludos,", "Atentamente,", "Un cordial saludo,", "Gracias de antemano,"],
}

TERSE_LEAD = {
    "en": ["", "FYI for your complaints log:", "Complaint re {tld}:", "", "For the record -"],
    "fr": ["", "Pour information :", "Réclamation concernant {tld} :"],
    "es": ["", "Para su registro:", "Queja sobre {tld}:"],
}

LONG_INTRO = {
    "en": ["I would like to lodge a complaint about the handling of our request for {tld}. Below is the sequence of events as we recorded it.",
           "Please find below a chronology of our dealings with IANA on this matter, which we think the Committee should see.",
           "We were advised by colleagues to bring this to the CSC. The history is as follows."],
    "fr": ["Nous souhaitons porter à votre connaissance le traitement de notre demande concernant {tld}. Voici la chronologie des faits.",
           "Nous vous prions de trouver ci-dessous l'historique de nos échanges avec l'IANA."],
    "es": ["Queremos presentar una queja sobre la gestión de nuestra solicitud para {tld}. A continuación, la cronología de los hechos.",
           "Les detallo a continuación el historial de este caso con IANA."],
}

LONG_TL_HEAD = {
    "en": ["Timeline:", "Chronology", "What happened:", "Sequence of events (all times UTC):"],
    "fr": ["Chronologie :", "Déroulement :"],
    "es": ["Cronología:", "Secuencia de hechos:"],
}

LONG_OUTRO = {
    "en": ["We would be grateful if the Committee could take this into account in its review of PTI's performance, and we are available to provide any further detail.",
           "I am happy to supply the full email threads if useful.",
           "We have no wish to make this bigger than it is, but it has now happened more than once and we think it should be recorded."],
    "fr": ["Nous restons à votre disposition pour tout complément d'information et vous remercions de l'attention portée à ce dossier.",
           "Nous pouvons vous transmettre l'ensemble des échanges si nécessaire."],
    "es": ["Quedamos a su disposición para ampliar cualquier información.",
           "Podemos enviarles los correos completos si lo consideran útil."],
}

ANGRY_OPEN = {
    "en": ["I am frankly fed up.", "This is ridiculous.", "Enough is enough.",
           "I don't normally write to committees, but this is beyond a joke.",
           "Once again IANA has managed to make a simple thing impossible."],
    "fr": ["Franchement, c'est inadmissible.", "Nous sommes excédés.", "Trop, c'est trop."],
    "es": ["Esto es inaceptable.", "Estamos hartos.", "Ya no sabemos a quién recurrir."],
}

ANGRY_CLOSE = {
    "en": ["We pay for this service through our fees and this is what we get. Somebody needs to be accountable.",
           "If this is the level of service the root zone gets, everybody should be worried.",
           "I expect a proper answer this time, not another ticket number.",
           "FIX IT."],
    "fr": ["Nous attendons une vraie réponse, pas un énième numéro de ticket.",
           "Si c'est cela le niveau de service pour la zone racine, il y a de quoi s'inquiéter."],
    "es": ["Exigimos una respuesta seria, no otro número de ticket.",
           "Si este es el nivel de servicio de la zona raíz, hay motivos para preocuparse."],
}

FORMAL_OPEN = {
    "en": ["We write on behalf of {org}, the manager of the {tld} top-level domain, to submit a formal complaint concerning the performance of the IANA naming functions by Public Technical Identifiers (PTI).",
           "This letter constitutes a formal complaint by {org}, operator of {tld}, in relation to the processing of a request by PTI, and is addressed to the Customer Standing Committee in accordance with its charter.",
           "Further to our previous correspondence with PTI, and acting on instructions from {org} (the \"Registry\"), we hereby bring the following matter to the attention of the Customer Standing Committee."],
    "fr": ["Nous avons l'honneur, au nom de {org}, gestionnaire du domaine de premier niveau {tld}, de saisir le Comité permanent des clients d'une réclamation formelle relative à l'exécution des fonctions IANA par PTI.",
           "Par la présente, {org}, gestionnaire de {tld}, entend porter à la connaissance du CSC les faits suivants, constitutifs selon nous d'un manquement aux niveaux de service convenus."],
    "es": ["Por medio de la presente, y en representación de {org}, administrador del dominio de nivel superior {tld}, presentamos una queja formal relativa al desempeño de las funciones IANA por parte de PTI.",
           "En nombre de {org}, entidad administradora de {tld}, ponemos en conocimiento del Comité Permanente de Clientes los siguientes hechos."],
}

FORMAL_CLOSE = {
    "en": ["The Registry reserves all of its rights in this matter. We respectfully request that the Committee review the facts set out above, consider whether they evidence a systemic or persistent issue, and inform us of any action taken.",
           "Nothing in this letter shall be construed as a waiver of any right or remedy available to the Registry. We request written acknowledgment of receipt."],
    "fr": ["Le gestionnaire se réserve l'ensemble de ses droits. Nous prions le Comité de bien vouloir examiner ces faits et de nous informer des suites qui y seront données.",
           "La présente ne saurait valoir renonciation à un quelconque droit ou recours. Nous vous remercions de bien vouloir en accuser réception."],
    "es": ["El administrador se reserva todos sus derechos. Solicitamos respetuosamente al Comité que examine los hechos expuestos y nos informe de las medidas que adopte.",
           "Nada de lo aquí expuesto implica renuncia a derecho o recurso alguno. Rogamos acusen recibo por escrito."],
}

FORWARD_NOTE = {
    "en": ["See below. This is what we have been dealing with.", "Forwarding the thread for your records.",
           "FYI - our exchange with IANA below. Complaint follows.", "Passing this on to the CSC as suggested by our ccNSO councillor."],
    "fr": ["Je vous transfère l'échange ci-dessous.", "Pour information, voici nos échanges avec l'IANA."],
    "es": ["Les reenvío el intercambio con IANA.", "Para su conocimiento, abajo el hilo con IANA."],
}

FWD_HEADER = {
    "en": "---------- Forwarded message ---------",
    "fr": "-------- Message transféré --------",
    "es": "---------- Mensaje reenviado ---------",
}

QUOTE_INTRO = {
    "en": "On {date}, {who} wrote:",
    "fr": "Le {date}, {who} a écrit :",
    "es": "El {date}, {who} escribió:",
}

REPLY_PREFIX = {"en": "Re: ", "fr": ["Re : ", "RE: "], "es": ["Re: ", "RE: "]}
FWD_PREFIX = {"en": ["Fwd: ", "FW: "], "fr": ["TR: ", "Fwd: "], "es": ["RV: ", "Fwd: "]}

REPLY_LEAD = {
    "en": ["Copying the CSC. This notice is about a different step but the real problem is this:",
           "Replying here because this is the last thing IANA sent us.",
           "(CSC in copy.)", "This notice arrived, fine, but that is not the issue."],
    "fr": ["Je mets le CSC en copie. Cet avis concerne une autre étape, mais le vrai problème est le suivant :",
           "Je réponds sur ce fil car c'est le dernier message reçu de l'IANA."],
    "es": ["Pongo en copia al CSC. Este aviso es de otra etapa, pero el problema real es este:",
           "Respondo sobre este hilo porque es lo último que nos envió IANA."],
}

GENERIC_SUBJECTS = {
    "en": ["Complaint", "urgent", "IANA", "{tld}", "ticket {t}", "complaint re PTI", "FW", "issue with IANA request",
           "(no subject)", "Formal complaint - {tld}", "again", "CSC complaint"],
    "fr": ["Réclamation", "urgent", "Plainte", "{tld}", "dossier {t}", "réclamation concernant l'IANA", "Plainte formelle - {tld}"],
    "es": ["Queja", "urgente", "Reclamo", "{tld}", "ticket {t}", "queja sobre IANA", "Queja formal - {tld}"],
}

SECONDARY_LEAD = {
    "en": ["Separately, while I have your attention:", "And another thing:", "Also (different issue):", "PS:"],
    "fr": ["Par ailleurs :", "Autre point :", "PS :"],
    "es": ["Aparte de esto:", "Otro tema:", "PD:"],
}

DISCLAIMERS = {
    "en": "CONFIDENTIALITY NOTICE: This e-mail message and any attachments are intended solely for the use of the addressee(s) named above and may contain information that is confidential, privileged or otherwise protected from disclosure under applicable law. If you are not the intended recipient, you are hereby notified that any dissemination, distribution, copying or other use of this message or its attachments is strictly prohibited. If you have received this message in error, please notify the sender immediately by return e-mail and permanently delete the original and any copies. {org} accepts no liability for any damage caused by viruses transmitted by this e-mail. Please consider the environment before printing.",
    "fr": "AVERTISSEMENT : Ce message et toutes ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion, même partielle, non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. {org} décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié. Pensez à l'environnement avant d'imprimer ce courriel.",
    "es": "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información privilegiada o confidencial. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida en virtud de la legislación vigente. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción. {org} no se responsabiliza de los daños que pudieran causar virus informáticos. Antes de imprimir este correo, piense en el medio ambiente.",
}

TITLES = {
    "en": ["Technical Manager", "Registry Operations Lead", "General Counsel", "Chief Technology Officer",
           "DNS Engineer", "Policy & Compliance Officer", "Managing Director", "Senior Consultant, Registry Services"],
    "fr": ["Responsable technique", "Directeur général|Directrice générale", "Juriste", "Ingénieur DNS|Ingénieure DNS",
           "Chargé des affaires réglementaires|Chargée des affaires réglementaires"],
    "es": ["Jefe de Operaciones|Jefa de Operaciones", "Gerente Técnico|Gerente Técnica", "Asesor Legal|Asesora Legal",
           "Ingeniero DNS|Ingeniera DNS", "Director Ejecutivo|Directora Ejecutiva"],
}

PEOPLE = {
    "en": ["Aisha Mwangi", "Tom Keller", "Priya Raman", "John O'Donnell", "Mei Lin Tan", "Olusegun Adeyemi",
           "Sarah Whitfield", "Kenji Watanabe", "Nadia Haddad", "Pieter van Dam", "Rhys Morgan", "Fatima Al-Sayed",
           "Grace Owusu", "Dmitri Volkov", "Hannah Becker", "Ravi Shankar", "Lucy Brennan", "Samir Khoury"],
    "fr": ["Aminata Diallo", "Jean-Pierre Mercier", "Koffi Mensah", "Sophie Lambert", "Mamadou Ndiaye",
           "Claire Rousseau", "Hervé Nzeyimana", "Fatou Sow", "Olivier Tremblay", "Élodie Fournier"],
    "es": ["Carlos Méndez", "María José Ferreyra", "Luis Alberto Quispe", "Ana Lucía Rojas", "Jorge Benítez",
           "Valentina Ortiz", "Diego Sepúlveda", "Lucía Paredes", "Andrés Castañeda", "Gabriela Núñez"],
}

# (tld, org, city/country line, phone)
TLDS = {
    "en": [
        (".ke", "KeNIC Registry Services", "Nairobi, Kenya", "+254 20 555 0141"),
        (".ng", "NiRA Registry Operations", "Abuja, Nigeria", "+234 9 555 0192"),
        (".tz", "tzNIC", "Dar es Salaam, Tanzania", "+255 22 555 0110"),
        (".pk", "PKNIC Registry", "Karachi, Pakistan", "+92 21 555 0170"),
        (".lk", "LK Domain Registry", "Colombo, Sri Lanka", "+94 11 555 0133"),
        (".nz", "NZ Domain Registry Ltd", "Wellington, New Zealand", "+64 4 555 0109"),
        (".fj", "Fiji Domain Registry", "Suva, Fiji", "+679 555 0188"),
        (".ws", "Samoa Registry Services", "Apia, Samoa", "+685 555 012"),
        (".gh", "Ghana Domain Registry", "Accra, Ghana", "+233 30 555 0161"),
        (".jm", "Jamaica Network Information Centre", "Kingston, Jamaica", "+1 876 555 0123"),
        (".ie", "Irish Domain Registry", "Dublin, Ireland", "+353 1 555 0177"),
        (".np", "Nepal Domain Registry", "Kathmandu, Nepal", "+977 1 555 0104"),
        (".bw", "BW Registry", "Gaborone, Botswana", "+267 555 0190"),
        (".xn--mgbaam7a8h", "UAE Arabic IDN Registry", "Abu Dhabi, UAE", "+971 2 555 0155"),
        (".xn--p1ai", "RF IDN Coordination Centre", "Moscow", "+7 495 555 0136"),
        (".xn--wgbh1c", "Egyptian IDN Registry", "Cairo, Egypt", "+20 2 555 0148"),
        (".xn--fiqs8s", "Chinese IDN Registry Services", "Beijing", "+86 10 555 0120"),
        (".xn--3e0b707e", "Korean IDN Registry", "Seoul, Korea", "+82 2 555 0152"),
        (".xn--90ais", "BY IDN Registry", "Minsk", "+375 17 555 0116"),
        (".xn--mgbx4cd0ab", "Malaysian Jawi IDN Registry", "Kuala Lumpur", "+60 3 555 0171"),
        (".kestrel", "Kestrel Registry Inc.", "Reston, VA, USA", "+1 703 555 0164"),
        (".harbourline", "Harbourline TLD Ltd", "London, United Kingdom", "+44 20 7946 0133"),
        (".moorfield", "Moorfield Brand Registry LLC", "Austin, TX, USA", "+1 512 555 0117"),
        (".solstice", "Solstice Domains Ltd", "Dublin, Ireland", "+353 1 555 0102"),
        (".bluecrane", "Blue Crane Registry (Pty) Ltd", "Cape Town, South Africa", "+27 21 555 0139"),
    ],
    "fr": [
        (".sn", "Association sénégalaise du nommage", "Dakar, Sénégal", "+221 33 555 01 21"),
        (".ci", "Registre ivoirien des noms de domaine", "Abidjan, Côte d'Ivoire", "+225 27 55 50 14"),
        (".ml", "Agence malienne du nommage", "Bamako, Mali", "+223 20 55 50 18"),
        (".bj", "Registre du .bj", "Cotonou, Bénin", "+229 21 55 50 10"),
        (".ht", "Consortium FDS/RDDH - Registre .ht", "Port-au-Prince, Haïti", "+509 2955 0142"),
        (".cm", "Registre camerounais", "Yaoundé, Cameroun", "+237 222 55 50 19"),
        (".ga", "Registre gabonais", "Libreville, Gabon", "+241 1 55 50 11"),
        (".bi", "Centre burundais du nommage", "Bujumbura, Burundi", "+257 22 55 50 13"),
        (".pf", "Registre de Polynésie française", "Papeete, Polynésie française", "+689 40 55 50 16"),
        (".nc", "Registre de Nouvelle-Calédonie", "Nouméa, Nouvelle-Calédonie", "+687 55 50 17"),
        (".mg", "Registre malgache", "Antananarivo, Madagascar", "+261 20 55 501 12"),
        (".tn", "Agence tunisienne - registre .tn", "Tunis, Tunisie", "+216 71 555 015"),
    ],
    "es": [
        (".cl", "NIC Chile", "Santiago, Chile", "+56 2 2555 0140"),
        (".pe", "Red Científica Peruana - NIC.PE", "Lima, Perú", "+51 1 555 0138"),
        (".uy", "Registro .uy", "Montevideo, Uruguay", "+598 2 555 0115"),
        (".py", "NIC Paraguay", "Asunción, Paraguay", "+595 21 555 0107"),
        (".bo", "NIC Bolivia", "La Paz, Bolivia", "+591 2 555 0128"),
        (".ec", "NIC Ecuador", "Quito, Ecuador", "+593 2 555 0135"),
        (".gt", "Registro de Dominios .gt", "Ciudad de Guatemala", "+502 2555 0124"),
        (".hn", "NIC Honduras", "Tegucigalpa, Honduras", "+504 2555 0131"),
        (".cr", "NIC Costa Rica", "San José, Costa Rica", "+506 2555 0146"),
        (".do", "NIC República Dominicana", "Santo Domingo", "+1 809 555 0150"),
        (".sv", "SVNet - Registro .sv", "San Salvador, El Salvador", "+503 2555 0125"),
        (".ni", "NIC Nicaragua", "Managua, Nicaragua", "+505 2255 0132"),
    ],
}

# ===========================================================================
# IANA-side texts (always English) used for quoted / forwarded material
# ===========================================================================

IANA_FROM = ["IANA Root Zone Management <root-mgmt@iana.example>",
             "IANA Services <iana-services@iana.example>",
             "Root Zone Management System <rzms-noreply@iana.example>"]

# stage -> list of (subject, text)
IANA_NOTICES = {
    "submission": [
        ("[IANA #{t2}] Request received",
         "Dear {name},\n\nThank you for your submission. Your change request for {tld} has been received and assigned reference number {t2}. You will receive further notifications as the request progresses.\n\nPlease do not reply to this automated message.\n\nIANA Services"),
    ],
    "techcheck": [
        ("[IANA #{t2}] Technical check results",
         "Dear {name},\n\nThe technical checks for request {t2} ({tld}) have completed successfully. No errors or warnings were reported. The request will now proceed to contact confirmation.\n\nRegards,\nRoot Zone Management"),
        ("[IANA #{t2}] Technical check failure",
         "Dear {name},\n\nThe automated technical checks for request {t2} concerning {tld} did not pass:\n\n  - {ns2}: Name server is not reachable via IPv6\n\nPlease correct the issue and request a retest through the portal.\n\nIANA Root Zone Management"),
    ],
    "contact": [
        ("[IANA #{t2}] Authorization required for {tld}",
         "Dear Technical Contact,\n\nA change request ({t2}) has been submitted for the {tld} top-level domain. As a listed contact you are asked to review and approve or reject it using the link below.\n\n  https://rzms.iana.example/confirm/{t2}\n\nIf you do not respond, the request may be withdrawn.\n\nIANA"),
        ("[IANA #{t2}] All contacts have approved",
         "Dear {name},\n\nAll required contacts have confirmed request {t2}. The request will now be reviewed by IANA staff.\n\nRoot Zone Management"),
    ],
    "review": [
        ("[IANA #{t2}] Status update",
         "Dear {name},\n\nThis is to inform you that request {t2} for {tld} is currently under review by IANA staff. We will contact you if further information is required.\n\nKind regards,\nIANA Services"),
        ("[IANA #{t2}] Additional information requested",
         "Dear {name},\n\nIn order to continue processing request {t2} we require additional documentation. Please provide a signed letter from the administrative contact confirming the change.\n\nThank you,\nIANA Root Zone Management"),
    ],
    "implementation": [
        ("[IANA #{t2}] Change implemented",
         "Dear {name},\n\nWe are pleased to inform you that the change requested in {t2} for {tld} has been implemented and is now published in the root zone.\n\nThis ticket is now closed.\n\nIANA Services"),
        ("[IANA #{t2}] Sent for implementation",
         "Dear {name},\n\nRequest {t2} has completed review and has been sent to the Root Zone Maintainer for implementation. You will be notified once the change has been published.\n\nRoot Zone Management"),
    ],
    "closed": [
        ("[IANA #{t2}] Ticket resolved",
         "Hello,\n\nYour ticket {t2} has been marked as resolved. If you believe this is in error, please reply to this message within 7 days.\n\nIANA Services"),
    ],
    "idn": [
        ("[IANA #{t2}] IDN table submission received",
         "Dear {name},\n\nThank you for submitting an IDN table for {tld}. It has been assigned reference {t2} and will be reviewed prior to publication in the IANA Repository of IDN Practices.\n\nIANA Services"),
    ],
}

# stages a category's own complaint is about (quoted notice must be elsewhere)
CATEGORY_STAGES = {
    "ns_check_false_failure": ["techcheck"],
    "dnssec_ds_rejected": ["techcheck"],
    "contact_authorization": ["contact"],
    "stalled_manual_review": ["review"],
    "root_zone_publication_delay": ["implementation"],
    "wrong_change_implemented": ["implementation"],
    "rzms_portal_access": ["submission"],
    "unresponsive_communication": ["closed"],
    "transfer_evaluation": ["review"],
    "idn_table_publication": ["idn"],
    "perceived_bias": [],
    "emergency_handling": [],
}

# IANA replies that appear in forwarded threads (quoting the operator's first mail)
IANA_REPLIES = [
    "Dear {name},\n\nThank you for contacting IANA. Your message has been received and a ticket ({t}) has been created. A member of our team will respond shortly.\n\nIANA Services",
    "Hi {name},\n\nThanks for your message. We are looking into this and will get back to you as soon as possible.\n\nBest regards,\nRoot Zone Management\nIANA",
    "Dear {name},\n\nWe have reviewed your request {t}. It is being processed in accordance with the standard procedures for {tld}. We appreciate your patience.\n\nKind regards,\nIANA Services",
    "Hello {name},\n\nPlease see our documentation at https://www.iana.example/help for information on this process. If you have further questions, do not hesitate to contact us.\n\nIANA",
]

FEMALE_FIRST = {"Aisha", "Priya", "Mei", "Sarah", "Nadia", "Fatima", "Grace", "Hannah", "Lucy", "Aminata", "Sophie",
                "Claire", "Fatou", "Élodie", "María", "Ana", "Valentina", "Lucía", "Gabriela"}

# salutations that open some core bodies; dropped when the frame already greets
BODY_SALUTATIONS = ["Madame, Monsieur, ", "Bonjour, ", "Estimados señores: ", "Estimados: ", "Buenos días. ",
                    "Buenas tardes. ", "Hola. ", "Señores de IANA: ", "Señores: "]
