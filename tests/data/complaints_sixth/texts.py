"""Hand-written texts for the blind corpus #3 (complaints to the CSC about PTI/IANA).

Placeholders used in the texts (filled by make_corpus.py):
  {tld} {T} {T2} {D1} {D2} {D3} {N} {ns1} {ns2} {ip} {ip6} {kt} {org}
Each core is (language, role, body, short).  Roles: cto, lawyer, policy, solo, brand.
"""

CATEGORIES = {}

# ---------------------------------------------------------------------------
CATEGORIES["ns-check-false-failure"] = {
    "cores": [
        ("en", "cto",
         "Our NS change for {tld} ({T}) was rejected by the technical checks with \"no response from server\" "
         "for {ns2} over TCP. That is simply not true. From three vantage points (AMS, NBO, IAD) "
         "`dig +tcp @{ns2} {tld} SOA` answers in under 40 ms, and our query logs show no packets at all from "
         "the IANA test hosts at the time of the run. Our guess is that your tester hits a filtered prefix or times "
         "out too aggressively on one anycast node. Tell us which source addresses the checker uses so we can look, "
         "and please have a human read the result instead of bouncing the request back to us.",
         "Tech check on {T} says {ns2} does not answer over TCP. It does, from everywhere we test. Please look at your test host, not our servers."),
        ("en", "solo",
         "Hello, I try for the third time to change the name servers of {tld}. Every time the portal tells the check "
         "is failed, 'inconsistent serial' or something like this, but when I look at both servers they have the same "
         "serial, I checked many many times. I am the only technical person here and I can not spend all the week on "
         "this. What does the system want from me? The old servers will be switched off at end of month.",
         "Third try to change NS of {tld}, check fails again with 'inconsistent serial' but both servers have the same serial. What is wrong?"),
        ("en", "policy",
         "I write on behalf of the {org} to register a complaint about the tests applied to routine name server updates. "
         "Request {T} failed on a rule requiring 'network-diverse' name servers, although our set spans two autonomous "
         "systems and three countries. The published technical requirements do not say how diversity is measured, and "
         "the staff reply simply restated the failure. A routine update should not turn into a negotiation about "
         "criteria that are not written down anywhere.",
         "Request {T} ({tld}) failed a 'network diversity' test although we use two ASNs. The criterion is not documented."),
        ("en", "brand",
         "Our back-end provider informs us that the root zone update for {tld} (ref. {T}) was refused because of a "
         "glue mismatch on {ns1}. The glue we submitted ({ip}) is exactly what the host returns authoritatively. The "
         "provider adds that three other brand TLDs on the same platform received the same error this week, so this "
         "looks like a defect in the checking tool rather than in our configuration. For our compliance file I need a "
         "written explanation of the finding.",
         "Update for {tld} ({T}) refused for 'glue mismatch' on {ns1}; the glue is correct and other TLDs on our platform see the same error."),
        ("fr", "cto",
         "Notre demande de modification des serveurs de noms de {tld} (ticket {T}) a été rejetée par les tests "
         "techniques : « lame delegation » sur {ns2}. Or ce serveur répond bien de manière autoritaire pour la zone, nous "
         "l'avons vérifié depuis plusieurs réseaux, y compris en IPv6 ({ip6}). Nous pensons que vos sondes n'arrivent pas "
         "à joindre notre préfixe, ou qu'elles interrogent une ancienne adresse. Merci de nous dire ce que voient "
         "exactement vos tests ; en attendant, la modification est bloquée.",
         "Tests techniques en échec pour {tld} ({T}) : « lame delegation » sur {ns2}, alors que le serveur répond correctement. Merci de vérifier chez vous."),
        ("es", "cto",
         "La solicitud {T} para actualizar los servidores de nombres de {tld} no pasa las verificaciones técnicas. El "
         "reporte dice que {ns1} no responde por UDP, pero el servidor está operativo: lo monitoreamos cada minuto y "
         "contesta todas las consultas. Probamos desde fuera del país con RIPE Atlas y todo sale bien. Sospechamos que "
         "el problema está en sus equipos de prueba. Necesitamos que alguien revise el resultado a mano, porque no "
         "podemos seguir intentando a ciegas.",
         "La verificación técnica de {tld} ({T}) dice que {ns1} no responde. Sí responde, lo comprobamos con RIPE Atlas. Revisen por favor."),
    ],
    "timeline": {
        "en": ["{D1}: change request {T} submitted for {tld} (NS set replacement).",
               "{D1}: technical checks fail, {ns2} reported as not responding.",
               "{D2}: we verify {ns2} from several networks, all answers fine; second submission {T2}.",
               "{D3}: {T2} fails with the same message. No explanation from IANA staff."],
        "fr": ["{D1} : dépôt de la demande {T} (remplacement des serveurs de noms de {tld}).",
               "{D1} : échec des tests techniques, {ns2} signalé « sans réponse ».",
               "{D2} : vérification de {ns2} depuis plusieurs réseaux, tout répond ; nouvelle demande {T2}.",
               "{D3} : même échec, même message, aucune explication."],
        "es": ["{D1}: enviamos la solicitud {T} (cambio de servidores de {tld}).",
               "{D1}: fallan las pruebas técnicas, dicen que {ns2} no responde.",
               "{D2}: verificamos {ns2} desde varias redes, responde bien; reenviamos como {T2}.",
               "{D3}: {T2} falla otra vez con el mismo mensaje. Nadie nos explica nada."],
    },
    "subjects": {
        "en": ["technical check failure on {tld}", "{T} - checks failing for no reason", "NS test is wrong", "false failure"],
        "fr": ["Échec des tests techniques {tld}", "Tests IANA erronés", "demande {T} bloquée"],
        "es": ["Falla en verificación técnica", "{tld}: prueba técnica errónea", "solicitud {T}"],
    },
    "avoid": ["tech_fail"],
}

# ---------------------------------------------------------------------------
CATEGORIES["retest-stalled"] = {
    "cores": [
        ("en", "cto",
         "We had a legitimate failure on {T}: one of the new hosts ({ns2}) was missing the zone. Fixed within the hour, "
         "then we hit 'retest'. That was {N} days ago. The ticket still shows the original failure timestamp and nothing "
         "has run since. Your own metric says a retest comes back in minutes. Either the button does nothing or the "
         "result isn't shown to us.",
         "Fixed the problem on {T} and asked for a retest {N} days ago. Nothing has run since."),
        ("en", "solo",
         "hi, ticket {T} for {tld} failed the checks because our secondary was down for maintenance that morning (my "
         "fault ok). it is back since long time now. how do I make the system test again?? I replied to the email and "
         "nothing happen, the portal still shows red. do I have to open a new request and start again with all the "
         "approvals?",
         "{T}: secondary is up again since days, how do I make the test run again? portal still red"),
        ("en", "policy",
         "The {org} notes with concern that request {T} has been held in 'awaiting re-test' since {D1}. The underlying "
         "issue was corrected the same day and IANA staff were told so in writing. The performance standard for retests "
         "is expressed in minutes, yet this request has been idle for {N} days without a new test result. We would like "
         "to understand whether retests are triggered automatically or require staff action, since the documentation "
         "implies the former.",
         "{T} stuck in 'awaiting re-test' since {D1} although corrected the same day. Are retests automatic or not?"),
        ("en", "brand",
         "After correcting the SOA mismatch flagged on our change for {tld} ({T}), our provider requested a re-run of "
         "the technical tests. Three business days later the request shows no new results, and we have an internal "
         "change freeze starting shortly. Legal has asked me to document the timeline: could you confirm the date on "
         "which the retest was actually executed, if it was executed at all?",
         "Re-run of technical tests for {tld} ({T}) requested three business days ago, no new result. Please confirm if it ran."),
        ("fr", "solo",
         "Suite à l'échec des tests sur la demande {T} ({tld}), nous avons corrigé la configuration le jour même ({D1}) "
         "et redemandé un test via le portail. Depuis, rien : le statut est toujours « échec des tests techniques » et "
         "aucune nouvelle notification n'est arrivée. Nous ne savons pas si la relance a été prise en compte. Faut-il "
         "refaire toute la demande ? Les contacts ont déjà donné leur accord une fois, nous aimerions éviter de tout "
         "recommencer.",
         "Correction faite le {D1} sur {T}, nouveau test demandé, toujours rien. Faut-il tout recommencer ?"),
        ("es", "cto",
         "En el ticket {T} de {tld} la prueba falló porque el registro AAAA de {ns2} todavía no estaba propagado. Lo "
         "corregimos ese mismo día y pedimos una nueva verificación el {D1}. Ya pasaron {N} días y el sistema no "
         "vuelve a probar; la solicitud sigue en rojo. ¿La nueva prueba es automática o alguien de IANA tiene que "
         "lanzarla a mano?",
         "Corregimos lo de {ns2} en {T} y pedimos re-test el {D1}. {N} días y nada."),
    ],
    "timeline": {
        "en": ["{D1}: {T} fails technical checks ({ns2} not serving the zone).",
               "{D1}, two hours later: zone loaded on {ns2}, retest requested in the portal.",
               "{D2}: no new result; we write to root-mgmt asking for the retest.",
               "{D3}: status unchanged, still the first failure displayed."],
        "fr": ["{D1} : échec des tests sur {T} ({ns2} ne sert pas la zone).",
               "{D1} : correction et demande de nouveau test dans le portail.",
               "{D2} : aucun résultat, courriel à root-mgmt pour relancer le test.",
               "{D3} : statut inchangé, toujours l'échec initial affiché."],
        "es": ["{D1}: {T} falla las pruebas ({ns2} sin la zona).",
               "{D1}: corregido, pedimos nueva prueba en el portal.",
               "{D2}: sin resultado, escribimos a root-mgmt pidiendo la re-prueba.",
               "{D3}: todo igual, se sigue viendo el primer fallo."],
    },
    "subjects": {
        "en": ["retest never ran", "{T} still red", "re-test?", "technical check not rerun"],
        "fr": ["Nouveau test non effectué", "relance tests {T}", "toujours en échec ?"],
        "es": ["Re-prueba no se ejecuta", "ticket {T} sigue en rojo", "nueva verificación"],
    },
    "avoid": ["tech_fail"],
}

# ---------------------------------------------------------------------------
CATEGORIES["dnssec-ds-change"] = {
    "cores": [
        ("en", "cto",
         "We're mid-way through an algorithm rollover for {tld} (RSASHA256 to ECDSAP256SHA256). The new DS (key tag {kt}, "
         "alg 13, digest type 2) was rejected in {T} with 'DS does not match any DNSKEY'. The DNSKEY has been published "
         "and the zone double-signed since {D1}; any validating resolver confirms it. We're now stuck with a "
         "double-signed zone and doubled response sizes until IANA accepts a DS that is objectively correct.",
         "New DS for {tld} (tag {kt}, alg 13) rejected in {T}: 'does not match any DNSKEY'. It does match."),
        ("en", "solo",
         "Last year we enabled DNSSEC for {tld} with a lot of help from a regional trainer. Now the key has to be "
         "changed and I followed the same steps, but the portal refuses the DS record I paste. The error only says "
         "'invalid DS'. I compared with the record from last year and the format looks the same. I don't know if "
         "the problem is the digest or the way I copy it. Nobody answered my question on the ticket {T}.",
         "Portal says 'invalid DS' for our new key on {tld}, same format as last year. Question on {T} not answered."),
        ("en", "policy",
         "Request {T} to remove the old DS of {tld} after our KSK rollover was held for manual review for {N} days, "
         "while the new DS was accepted in under an hour last month. DS updates are routine root zone changes and "
         "should follow the same timelines as any other. The delay keeps our retired key trusted from the root far "
         "longer than our DNSSEC practice statement allows. We ask the CSC to look at whether DS removals are handled "
         "differently from additions.",
         "Removal of old DS for {tld} ({T}) held {N} days in review, addition took an hour. Why the difference?"),
        ("en", "brand",
         "Our DNSSEC operator reports that the scheduled DS replacement for {tld} failed IANA's checks with a message "
         "about the 'SEP flag' on key {kt}. We are told the key is flagged correctly. This is the second DNSSEC change "
         "on our TLD this year that needed several attempts. Our registry agreement obliges us to keep DNSSEC running, "
         "so repeated rejection of routine DS updates exposes us contractually.",
         "DS replacement for {tld} rejected ('SEP flag', key {kt}); second DNSSEC change this year needing several attempts."),
        ("fr", "cto",
         "Dans le cadre du roulement de la KSK de {tld}, nous avons soumis le nouvel enregistrement DS (keytag {kt}) le "
         "{D1}, ticket {T}. La demande a été refusée au motif que la clé n'était « pas visible », alors qu'elle était "
         "publiée dans la zone depuis plus d'une semaine. Nous avons dû repousser le roulement et prolonger l'ancienne "
         "clé. Nous voudrions savoir quels serveurs vos tests ont interrogés et à quel moment.",
         "DS de {tld} (keytag {kt}) refusé : clé « pas visible », alors qu'elle est publiée depuis une semaine. Ticket {T}."),
        ("es", "solo",
         "Queremos reportar que el cambio de DS de {tld} (ticket {T}) fue rechazado dos veces. El mensaje dice que el "
         "algoritmo no es compatible, pero usamos el algoritmo 13, que es lo recomendado hoy. Tenemos la zona firmada "
         "con las dos llaves y no podemos retirar la vieja hasta que IANA publique el DS nuevo. Ya escribimos dos veces "
         "sin respuesta.",
         "Rechazan dos veces el DS nuevo de {tld} por 'algoritmo no compatible'. Es algoritmo 13. Ticket {T}."),
    ],
    "timeline": {
        "en": ["{D1}: new KSK (tag {kt}) published in the {tld} zone, zone double-signed.",
               "{D2}: DS update submitted as {T}; rejected by the checks.",
               "{D2}: resubmitted as {T2} after re-verifying the digest; rejected again.",
               "{D3}: rollover postponed, old key extended. No answer on either ticket."],
        "fr": ["{D1} : nouvelle KSK (keytag {kt}) publiée dans la zone {tld}.",
               "{D2} : demande de mise à jour du DS {T} ; refusée par les tests.",
               "{D2} : nouvelle soumission {T2} après vérification du condensat ; refusée aussi.",
               "{D3} : roulement reporté, aucune réponse sur les deux tickets."],
        "es": ["{D1}: publicamos la nueva KSK (tag {kt}) en la zona de {tld}.",
               "{D2}: enviamos el cambio de DS, ticket {T}; rechazado.",
               "{D2}: lo reenviamos como {T2} después de revisar el digest; rechazado otra vez.",
               "{D3}: postergamos el cambio de llave. Sin respuesta en ningún ticket."],
    },
    "subjects": {
        "en": ["DS update rejected", "KSK rollover blocked - {tld}", "DNSSEC", "{T} DS"],
        "fr": ["Roulement de clé DNSSEC bloqué", "DS {tld}", "refus enregistrement DS"],
        "es": ["Cambio de DS rechazado", "DNSSEC {tld}", "problema con llave DNSSEC"],
    },
    "avoid": [],
}

# ---------------------------------------------------------------------------
CATEGORIES["contact-authorization"] = {
    "cores": [
        ("en", "cto",
         "The approval emails for {T} never reached our administrative contact. We checked our MX logs: no delivery "
         "attempt at all from IANA's mail servers on {D1}. The tech contact got his message, the admin contact did "
         "not. The request will lapse if it isn't approved, and she can't approve something she never received. Please "
         "resend, and tell us which address you are actually sending to.",
         "Admin contact for {tld} never received the approval mail for {T}. Nothing in our MX logs. Please resend."),
        ("en", "solo",
         "I approved the request {T} two times, the page said 'thank you' both times. But the status still says "
         "'pending confirmation from contacts'. I am the admin AND the technical contact for {tld}, there is nobody "
         "else. What more must I do??",
         "Approved {T} twice, still 'pending confirmation'. I am the only contact for {tld}."),
        ("en", "policy",
         "The Ministry representative listed as administrative contact for {tld} has changed twice in the last three "
         "years. When we submitted {T}, the confirmation request went to the official who retired in 2023, although "
         "his successor was recorded through a change IANA itself completed. A routine name server update now depends "
         "on tracing a former civil servant. We would like to know how IANA's contact records could revert to an "
         "old state.",
         "Confirmation for {T} sent to a retired admin contact instead of the one IANA itself recorded. How?"),
        ("en", "brand",
         "Our corporate mail gateway quarantines the authorization messages for {tld} because the links are flagged as "
         "suspicious. We whitelisted the sender, but the messages keep arriving from different sending domains. For {T} "
         "the approval window lapsed and the request was cancelled automatically, with no warning. We need a way to "
         "confirm changes that does not depend on clicking a link in an email.",
         "Authorization mail for {T} quarantined by our gateway, request auto-cancelled. We need another way to approve."),
        ("fr", "policy",
         "Le contact administratif de {tld} n'a jamais reçu le courriel de confirmation pour la demande {T}. Nous avons "
         "vérifié les courriers indésirables : rien. Le contact technique, lui, a confirmé dès le {D1}. Depuis, la "
         "demande est en attente et personne ne nous relance. Pouvez-vous renvoyer la demande de confirmation, ou "
         "accepter une confirmation par un autre moyen (courrier signé, appel téléphonique) ?",
         "Le contact administratif de {tld} n'a jamais reçu la demande de confirmation pour {T}. Merci de la renvoyer."),
        ("es", "solo",
         "Llevamos {N} días esperando que el sistema registre la aprobación del contacto administrativo de {tld}. Él "
         "hizo clic en el enlace, le apareció una página de error, y desde entonces el ticket {T} sigue en 'esperando "
         "autorización'. Volvimos a pedir el correo y no llega. Es un cambio sencillo de servidores y está detenido "
         "por un trámite.",
         "El contacto administrativo aprobó {T} pero el sistema no lo registra. {N} días así."),
    ],
    "timeline": {
        "en": ["{D1}: {T} passes technical checks, confirmation requests sent (per portal).",
               "{D1}: technical contact approves; administrative contact receives nothing.",
               "{D2}: we ask IANA to resend; automatic acknowledgment only.",
               "{D3}: still 'pending authorization'."],
        "fr": ["{D1} : {T} passe les tests, demandes de confirmation envoyées (selon le portail).",
               "{D1} : le contact technique confirme ; le contact administratif ne reçoit rien.",
               "{D2} : nous demandons un renvoi ; simple accusé de réception.",
               "{D3} : toujours « en attente d'autorisation »."],
        "es": ["{D1}: {T} pasa las pruebas; según el portal se envían los pedidos de aprobación.",
               "{D1}: el contacto técnico aprueba; el administrativo no recibe nada.",
               "{D2}: pedimos el reenvío; solo respuesta automática.",
               "{D3}: sigue 'esperando autorización'."],
    },
    "subjects": {
        "en": ["approval email not received", "{T} pending confirmation", "authorization", "contacts cannot approve"],
        "fr": ["Confirmation des contacts", "courriel d'approbation non reçu", "{T} en attente"],
        "es": ["Aprobación de contactos", "no llega el correo de autorización", "{T} detenido"],
    },
    "avoid": ["confirm_request", "confirmed"],
}

# ---------------------------------------------------------------------------
CATEGORIES["review-stalled"] = {
    "cores": [
        ("en", "cto",
         "{T} passed every technical check on {D1} and both contacts approved within the hour. Since then it's been "
         "sitting in 'IANA review' with no questions, no request for documents, nothing. It's a change of two NS "
         "records. What exactly is being reviewed for {N} days?",
         "{T} green and approved since {D1}, stuck in 'IANA review' since. Two NS records. Why?"),
        ("en", "policy",
         "The published standard for review and processing of routine changes is five days, with a 90% compliance "
         "target. Request {T} for {tld} entered review on {D1} and is still there. We know of nothing unusual about it; "
         "it is identical in nature to changes processed in two days last year. We would be grateful if the CSC could "
         "check whether reviews in this period are systematically exceeding the threshold, rather than treating this "
         "as an isolated case.",
         "{T} ({tld}) in review since {D1}, beyond the 5-day standard. Please check if this is systemic."),
        ("en", "solo",
         "I am writing because I don't know who else to ask. My change for {tld} was accepted by the system, all green, "
         "and my manager approved by email. Then one week passed, then two. I wrote to ask and the answer was 'it is "
         "in review, we will contact you'. Nobody contacted me. The new hosting contract has started and now we pay for "
         "the old and the new servers.",
         "My change for {tld} is 'in review' for two weeks. Nobody contacts me."),
        ("en", "brand",
         "Our change request (ref. {T}) for {tld} has been 'under review' for {N} days. Internally this is now an open "
         "audit item because our service-provider migration is blocked. We have received no indication of what is "
         "under review or whether anything is required from us. Please advise the expected completion date in writing.",
         "{T} ({tld}) under review for {N} days, no information. Please give a completion date."),
        ("fr", "cto",
         "La demande {T} concernant {tld} a passé les tests et les confirmations le {D1} et, depuis, elle reste au "
         "statut « en cours d'examen ». Aucune question ne nous a été posée. Il s'agit d'un simple changement d'adresse "
         "IP d'un serveur. Pouvez-vous nous dire ce qui bloque et, s'il manque un document, lequel ?",
         "{T} ({tld}) « en cours d'examen » depuis le {D1}, sans aucune question. Qu'est-ce qui bloque ?"),
        ("es", "policy",
         "La solicitud {T} ({tld}) está 'en revisión' desde el {D1}. Ya pasó las pruebas técnicas y los contactos "
         "aprobaron. No nos han pedido nada más. ¿Qué se está revisando? El plazo que ustedes mismos publican para esta "
         "etapa es de cinco días y ya van {N}.",
         "{T} en revisión desde el {D1}. El plazo publicado es de cinco días; van {N}."),
    ],
    "timeline": {
        "en": ["{D1}: {T} submitted; technical checks pass.",
               "{D1}: both contacts approve; status moves to 'IANA review'.",
               "{D2}: we ask for status; told it is in review.",
               "{D3}: still in review, no question received."],
        "fr": ["{D1} : dépôt de {T} ; tests techniques réussis.",
               "{D1} : accord des deux contacts ; passage en « examen IANA ».",
               "{D2} : demande de point d'étape ; réponse : « en cours d'examen ».",
               "{D3} : toujours en examen, aucune question reçue."],
        "es": ["{D1}: enviamos {T}; pasa las pruebas técnicas.",
               "{D1}: aprueban los dos contactos; pasa a 'revisión IANA'.",
               "{D2}: preguntamos; nos dicen que está en revisión.",
               "{D3}: sigue en revisión, sin ninguna pregunta."],
    },
    "subjects": {
        "en": ["request stuck in review", "{T} - status?", "delay", "still under review"],
        "fr": ["Demande bloquée en examen", "{T} - où en est-on ?", "retard"],
        "es": ["Solicitud detenida en revisión", "{T} - estado", "demora"],
    },
    "avoid": ["review_started"],
}

# ---------------------------------------------------------------------------
CATEGORIES["publication-delay"] = {
    "cores": [
        ("en", "cto",
         "IANA marked {T} as authorized and sent to the Root Zone Maintainer on {D1}. Since then the root zone serial "
         "has moved many times and our new NS set still isn't in it; `dig @a.root-servers.net {tld} NS` returns the old "
         "servers. The 72-hour implementation window passed long ago. Who is holding it, IANA or the maintainer?",
         "{T} authorized {D1}, still not in the root zone. 72h long gone."),
        ("en", "solo",
         "the change for {tld} says 'complete' in the portal and I received the email 'your change has been "
         "implemented', but when I check the root servers the old name servers are still there. Did it fail somewhere? I "
         "already switched off the old machine because I trusted the email.",
         "portal says complete for {tld} but root servers still show the old NS. Where is it?"),
        ("en", "policy",
         "We draw attention to the gap between authorization and publication on request {T}. Authorization was "
         "complete on {D1}; the change appeared in the root zone {N} days later, well beyond the 72-hour "
         "implementation threshold. No explanation was offered. We are aware implementation involves a third party, "
         "but from the customer's side the accountability rests with IANA.",
         "{T} authorized {D1}, published {N} days later. No explanation."),
        ("en", "brand",
         "Our glue update for {tld} was approved on {D1} but was not reflected in the published root zone until several "
         "days later. During that window our registry back-end migration was half done and resolution failed for part "
         "of our users. We need a statement of the actual publication time for our incident report.",
         "Glue update for {tld} approved {D1}, published days later. Need the actual publication time for our incident report."),
        ("fr", "solo",
         "La modification {T} pour {tld} a été approuvée le {D1}, mais elle n'apparaît toujours pas dans la zone racine. "
         "Les serveurs racine renvoient encore nos anciens serveurs de noms. Le délai de mise en œuvre annoncé est de "
         "72 heures. Pouvez-vous nous dire où en est la publication ?",
         "{T} approuvée le {D1}, toujours pas publiée dans la zone racine."),
        ("es", "cto",
         "El cambio {T} de {tld} figura como aprobado desde el {D1}, pero en la zona raíz siguen los servidores viejos. "
         "Consultamos los servidores raíz varias veces al día y nada. ¿En qué etapa está? Tenemos entendido que la "
         "publicación se hace en 72 horas.",
         "{T} aprobado el {D1} y todavía no está en la zona raíz."),
    ],
    "timeline": {
        "en": ["{D1}: {T} authorized by both contacts, review complete.",
               "{D1}: notice 'sent for implementation'.",
               "{D2}: root zone still has the old delegation for {tld}.",
               "{D3}: still not published; no notice from IANA."],
        "fr": ["{D1} : {T} autorisée par les deux contacts, examen terminé.",
               "{D1} : avis « transmis pour mise en œuvre ».",
               "{D2} : la zone racine contient encore l'ancienne délégation de {tld}.",
               "{D3} : toujours pas publiée, aucun message de l'IANA."],
        "es": ["{D1}: {T} autorizado por ambos contactos, revisión terminada.",
               "{D1}: aviso 'enviado para implementación'.",
               "{D2}: la zona raíz sigue con la delegación vieja de {tld}.",
               "{D3}: todavía sin publicar, ningún aviso de IANA."],
    },
    "subjects": {
        "en": ["change not in root zone", "{T} implemented??", "root zone not updated", "72h"],
        "fr": ["Modification non publiée", "zone racine pas à jour", "{T}"],
        "es": ["Cambio no publicado en la zona raíz", "{T} sin publicar", "zona raíz"],
    },
    "avoid": ["implemented"],
}

# ---------------------------------------------------------------------------
CATEGORIES["wrong-change"] = {
    "cores": [
        ("en", "cto",
         "{T} was implemented, but not as submitted. We asked to replace {ns2}; instead it was removed and the "
         "replacement was never added, so we're down to a single name server in the root zone. The request record in "
         "the portal shows the correct data, so the error happened on your side. Please fix urgently and explain how "
         "this got through.",
         "{T} implemented wrong: {ns2} removed, replacement never added. One NS left. Fix please."),
        ("en", "solo",
         "Something is wrong: after my change {T} the IPv6 address of {ns1} in the root is not the one I wrote. It is "
         "almost {ip6} but with two digits swapped. Now IPv6 users cannot reach us. I did not type it like this, I have "
         "the confirmation email with the good address.",
         "IPv6 glue of {ns1} in root is not what I submitted in {T}, two digits swapped."),
        ("en", "policy",
         "On {D1} IANA implemented a change to {tld} that our authorized contacts had explicitly withdrawn two days "
         "earlier. The withdrawal was acknowledged in writing. The change reinstated a technical contact who left our "
         "organisation and has no authority to act for us. We regard this as a serious failure of change control, not a "
         "routine slip.",
         "IANA implemented a withdrawn change to {tld} on {D1}. Withdrawal was acknowledged."),
        ("en", "brand",
         "Following completion of {T}, the IANA root database entry for {tld} shows our former registry service "
         "provider as technical contact. Our request replaced that provider. The root zone itself appears correct, but "
         "the public record is now wrong and makes our provider change look incomplete. Please correct it and confirm "
         "in writing.",
         "After {T} the root database for {tld} shows the old provider as tech contact. Please correct."),
        ("fr", "cto",
         "La demande {T} a été exécutée, mais le résultat ne correspond pas à ce que nous avions soumis : "
         "l'enregistrement de colle de {ns1} porte l'ancienne adresse {ip}, celle que nous avions justement demandé de "
         "remplacer. Nous avons la copie de notre demande. Merci de corriger au plus vite ; une partie des résolveurs "
         "interroge une machine qui n'existe plus.",
         "Colle de {ns1} erronée après {T} : ancienne adresse {ip} conservée. Merci de corriger."),
        ("es", "solo",
         "Se implementó el cambio {T} de {tld}, pero mal: quedó el servidor viejo y borraron uno de los nuevos. "
         "Nosotros pedimos exactamente lo contrario. Tenemos la captura del formulario que enviamos. Necesitamos que se "
         "corrija ya y queremos saber cómo pasó.",
         "{T} implementado al revés: quedó el servidor viejo, borraron uno nuevo."),
    ],
    "timeline": {
        "en": ["{D1}: {T} submitted with the new NS/glue data.",
               "{D2}: notice that the change was implemented.",
               "{D2}: we notice the published data differs from what we submitted.",
               "{D3}: reported to root-mgmt as {T2}; no correction yet."],
        "fr": ["{D1} : dépôt de {T} avec les nouvelles données.",
               "{D2} : avis de mise en œuvre.",
               "{D2} : constat que les données publiées diffèrent de la demande.",
               "{D3} : signalement à root-mgmt ({T2}) ; pas de correction."],
        "es": ["{D1}: enviamos {T} con los datos nuevos.",
               "{D2}: aviso de implementación.",
               "{D2}: vemos que lo publicado no es lo que pedimos.",
               "{D3}: lo reportamos como {T2}; nada corregido."],
    },
    "subjects": {
        "en": ["wrong data in root zone", "{T} implemented incorrectly", "ERROR", "this is not what we asked"],
        "fr": ["Modification erronée", "erreur dans la zone racine", "{T} mal exécutée"],
        "es": ["Cambio mal implementado", "error en {tld}", "no es lo que pedimos"],
    },
    "avoid": [],
}

# ---------------------------------------------------------------------------
CATEGORIES["transfer-evaluation"] = {
    "cores": [
        ("en", "lawyer",
         "The transfer of {tld} to the {org} was submitted on {D1} with the government's letter of support, the outgoing "
         "manager's consent and evidence of consultation with the local Internet community. Since then IANA has asked, "
         "in successive rounds, for further documents, each time different and never as one consolidated list. We have "
         "answered five rounds. We request a complete and final list of the outstanding requirements.",
         "Transfer of {tld}: five rounds of document requests since {D1}. We ask for one final list."),
        ("en", "policy",
         "The evaluation of our transfer application is now in its eighth month. The questions concern the "
         "'significantly interested parties' and whether our consultation was broad enough; they come back each time "
         "in slightly different words. The Framework of Interpretation does not require unanimity, yet the evaluation "
         "appears to expect it.",
         "Transfer evaluation for {tld} in its eighth month, same questions on interested parties again and again."),
        ("en", "solo",
         "We are the incoming manager of {tld}. The previous manager is a private person abroad who stopped answering "
         "years ago; we explained this in the transfer request {T}. IANA keeps asking for his written consent, which we "
         "cannot get. Meanwhile the registry runs on one server in his flat. We need to know whether there is any path "
         "forward without his consent.",
         "Transfer {T} for {tld}: IANA wants the consent of a former manager who cannot be reached. Is there another way?"),
        ("en", "cto",
         "Technical note from the team behind transfer {T} for {tld}: for the third time we've been asked to demonstrate "
         "operational capability (name servers, DNSSEC, escrow). Each time we sent the same documentation, updated. The "
         "latest request came {N} days after our previous reply, with no acknowledgment in between. At this pace the "
         "transfer will outlast our hardware refresh.",
         "Third request to prove operational capability in transfer {T}. Same documents every time."),
        ("fr", "lawyer",
         "Le dossier de transfert de {tld} (réf. {T}) a été déposé complet le {D1}, avec la lettre de l'autorité de "
         "régulation et l'accord du gestionnaire sortant. Depuis, nous avons reçu trois demandes de pièces "
         "complémentaires, chacune portant sur des points déjà traités. Nous n'avons ni calendrier ni visibilité sur "
         "l'état de l'évaluation. Nous demandons la désignation d'un interlocuteur unique.",
         "Transfert de {tld} ({T}) : trois demandes de pièces sur des points déjà traités, aucune visibilité."),
        ("es", "policy",
         "La solicitud de transferencia de {tld} lleva más de {N} días en evaluación. Presentamos la carta del gobierno, "
         "el consentimiento del administrador saliente y las actas de consulta con la comunidad local. IANA nos pide "
         "cada mes un documento distinto y no nos da una lista completa. Queremos saber qué falta para terminar.",
         "Transferencia de {tld}: más de {N} días en evaluación, cada mes piden un documento nuevo."),
    ],
    "timeline": {
        "en": ["{D1}: transfer request {T} lodged with full documentation.",
               "{D2}: IANA requests additional documents; supplied within a week.",
               "{D3}: another request, on points already covered.",
               "Today: no date, no list of what remains."],
        "fr": ["{D1} : dépôt de la demande de transfert {T}, dossier complet.",
               "{D2} : demande de pièces complémentaires ; fournies sous huit jours.",
               "{D3} : nouvelle demande, sur des points déjà traités.",
               "Ce jour : aucun calendrier, aucune liste de ce qui manque."],
        "es": ["{D1}: presentamos la solicitud de transferencia {T} completa.",
               "{D2}: IANA pide más documentos; los enviamos en una semana.",
               "{D3}: otro pedido, sobre temas ya respondidos.",
               "Hoy: sin fecha ni lista de lo que falta."],
    },
    "subjects": {
        "en": ["transfer of {tld}", "redelegation - status", "Transfer evaluation", "{T}"],
        "fr": ["Transfert de {tld}", "dossier de transfert", "redélégation"],
        "es": ["Transferencia de {tld}", "evaluación de la transferencia", "redelegación"],
    },
    "avoid": ["doc_request"],
}

# ---------------------------------------------------------------------------
CATEGORIES["idn-table"] = {
    "cores": [
        ("en", "cto",
         "We submitted the updated IDN table for {tld} (Arabic script, version 2.1) on {D1} under {T}. It is still not "
         "in the IANA repository; the listed version is 1.0 from years ago. Registrars use the repository to validate "
         "labels, so they are rejecting names that are valid under our current policy.",
         "IDN table v2.1 for {tld} submitted {D1} ({T}), repository still shows v1.0."),
        ("en", "policy",
         "Our IDN table submission ({T}) received an automated acknowledgment and nothing else. We understand tables "
         "are reviewed against the Root Zone LGR where relevant, but no finding has been communicated. A publication "
         "service level exists for this kind of request; we would be interested to know whether it is being met across "
         "the board.",
         "IDN table submission {T}: auto-acknowledgment only, no finding, not published."),
        ("en", "brand",
         "The repository page for {tld} now lists an IDN table for Cyrillic that we never submitted and do not offer. "
         "Our own Latin table, submitted in {T}, is missing. Our compliance team flags this because the IANA repository "
         "is referenced in our registry agreement. Please correct the listing.",
         "IANA repository lists a Cyrillic IDN table for {tld} we never submitted; our Latin table ({T}) missing."),
        ("en", "solo",
         "We worked two years with our language academy to prepare the character table for our script. We sent it to "
         "IANA in the format they asked. After {N} days I asked what happened, they said it is in the queue. Our "
         "registrars ask me every week when they can register names in our language.",
         "Our script table sent {N} days ago, 'in the queue'. When will it be published?"),
        ("fr", "policy",
         "La table IDN de {tld} transmise le {D1} (ticket {T}) n'est toujours pas publiée dans le dépôt de l'IANA. La "
         "version en ligne est l'ancienne, sans les caractères ajoutés l'an dernier. Nos bureaux d'enregistrement s'y "
         "réfèrent et refusent des noms parfaitement valides. Pouvez-vous nous donner une date de publication ?",
         "Table IDN de {tld} envoyée le {D1} ({T}), toujours l'ancienne version en ligne."),
        ("es", "cto",
         "Enviamos la tabla IDN actualizada de {tld} el {D1} (solicitud {T}). En el repositorio de IANA sigue "
         "apareciendo la versión antigua, sin la ü ni los caracteres que agregamos en 2024. Los registradores validan "
         "contra ese repositorio. ¿Cuánto tarda normalmente la publicación?",
         "La tabla IDN de {tld} ({T}) no está publicada; sigue la versión vieja."),
    ],
    "timeline": {
        "en": ["{D1}: IDN table for {tld} submitted ({T}).",
               "{D1}: automated acknowledgment.",
               "{D2}: follow-up sent, no answer.",
               "{D3}: repository still shows the previous version."],
        "fr": ["{D1} : envoi de la table IDN de {tld} ({T}).",
               "{D1} : accusé de réception automatique.",
               "{D2} : relance, sans réponse.",
               "{D3} : le dépôt affiche toujours l'ancienne version."],
        "es": ["{D1}: enviamos la tabla IDN de {tld} ({T}).",
               "{D1}: acuse de recibo automático.",
               "{D2}: reiteramos, sin respuesta.",
               "{D3}: el repositorio sigue con la versión anterior."],
    },
    "subjects": {
        "en": ["IDN table not published", "repository", "{T} IDN", "language table"],
        "fr": ["Table IDN non publiée", "dépôt IDN", "{T}"],
        "es": ["Tabla IDN sin publicar", "repositorio IDN", "{T}"],
    },
    "avoid": [],
}

# ---------------------------------------------------------------------------
CATEGORIES["portal-access"] = {
    "cores": [
        ("en", "cto",
         "Since the portal update around {D1}, none of our three authorized users can log in. After username and "
         "password, the second-factor page loops back to the login form. Different browsers, cleared cookies, "
         "different networks: same thing. The password reset email never arrives. We can't submit or follow anything.",
         "Since {D1} none of our users can log in to RZMS: 2FA page loops back to login."),
        ("en", "solo",
         "I cannot enter the RZMS since two weeks. It says my account is locked. I asked for unlock with the form and "
         "got an automatic answer only. I have a change to do for {tld} and no way to do it.",
         "account locked in RZMS since two weeks, unlock form gives only automatic answer"),
        ("en", "brand",
         "Our compliance team has rotated staff and needs to move the portal credentials for {tld} to a new authorized "
         "user. There seems to be no self-service function to add a user, and our request to IANA ({T}) has gone "
         "unanswered. Having a single individual hold the only credentials is not acceptable under our internal controls.",
         "Need to add a new portal user for {tld}; no self-service, request {T} unanswered."),
        ("en", "policy",
         "When we submit a change in the portal, the form returns a generic 'An error occurred' after the final step "
         "and no request is created. We tried on {D1} and {D2}, with the same result. There is no error code to quote. "
         "Is this a known issue, and how should changes be submitted in the meantime?",
         "Portal returns 'An error occurred' at the last step, no request created ({D1}, {D2})."),
        ("fr", "cto",
         "Impossible de nous connecter au portail RZMS depuis le {D1}. Après la saisie du code d'authentification, la "
         "page revient à l'écran de connexion. La réinitialisation du mot de passe n'envoie aucun courriel. Nous avons "
         "une modification urgente à faire sur {tld}. Existe-t-il une autre procédure ?",
         "Connexion au portail RZMS impossible depuis le {D1} (boucle après le code)."),
        ("es", "solo",
         "Desde hace {N} días no podemos entrar al portal RZMS. El código de doble factor siempre sale como inválido, "
         "aunque la hora del teléfono está bien. Pedimos ayuda y solo recibimos una respuesta automática. No podemos "
         "gestionar nada de {tld}.",
         "No podemos entrar al RZMS hace {N} días, el código 2FA sale inválido."),
    ],
    "timeline": {
        "en": ["{D1}: first failed login after the portal maintenance.",
               "{D1}: password reset requested; no email.",
               "{D2}: support request {T} sent by email; automated reply.",
               "{D3}: still locked out."],
        "fr": ["{D1} : premier échec de connexion après la maintenance du portail.",
               "{D1} : demande de réinitialisation ; aucun courriel.",
               "{D2} : demande d'assistance {T} ; réponse automatique.",
               "{D3} : toujours bloqués."],
        "es": ["{D1}: primer intento fallido después del mantenimiento del portal.",
               "{D1}: pedimos reinicio de clave; no llega correo.",
               "{D2}: pedido de soporte {T}; respuesta automática.",
               "{D3}: seguimos sin acceso."],
    },
    "subjects": {
        "en": ["cannot log in", "RZMS", "portal down?", "locked out"],
        "fr": ["Accès au portail impossible", "RZMS", "problème de connexion"],
        "es": ["No podemos entrar al portal", "RZMS", "acceso bloqueado"],
    },
    "avoid": [],
}

# ---------------------------------------------------------------------------
CATEGORIES["no-response"] = {
    "cores": [
        ("en", "cto",
         "Three emails to root-mgmt about {T} ({D1}, {D2} and yesterday). Each got the automatic 'we have received your "
         "message' and then nothing. No ticket update, no name, no call. The question was simple: whether name servers "
         "under a different TLD are acceptable for our new set.",
         "Three mails on {T}, only auto-replies. Nobody answers."),
        ("en", "policy",
         "We escalated our concern on {T} to the root zone liaison on {D1}, as the complaint procedure provides. The "
         "procedure promises an acknowledgment within one business day and a substantive reply within two. We have "
         "received neither. We now write to the CSC because we no longer know where in the escalation path the matter "
         "stands.",
         "Escalation on {T} sent {D1}: no acknowledgment, no answer."),
        ("en", "solo",
         "Nobody answers. I wrote in English and in French. I called the number on the website and got the voicemail. I "
         "only want to know if my request for {tld} is received or not.",
         "Nobody answers. Is my request for {tld} received or not?"),
        ("en", "brand",
         "We submitted a query regarding {tld} on {D1} and were given ticket {T}. The ticket was closed {N} days later "
         "as 'resolved' without any reply ever sent to us. Reopening it produced a new ticket number and the same "
         "silence.",
         "{T} closed as 'resolved' with no reply ever sent."),
        ("fr", "solo",
         "Nous avons écrit à l'IANA à trois reprises au sujet de la demande {T} ({tld}), la dernière fois le {D2}. Aucune "
         "réponse, à part les accusés de réception automatiques. Nous ne savons même pas si quelqu'un suit le dossier. "
         "Est-ce normal ?",
         "Trois courriels sur {T}, aucune réponse à part les accusés automatiques."),
        ("es", "policy",
         "Desde el {D1} escribimos varias veces a IANA sobre el ticket {T} y no tuvimos ninguna respuesta de una persona, "
         "solo los mensajes automáticos. Necesitamos saber si alguien está viendo nuestro caso.",
         "Escribimos varias veces sobre {T} desde el {D1}; solo respuestas automáticas."),
    ],
    "timeline": {
        "en": ["{D1}: question sent to root-mgmt, ticket {T}.",
               "{D2}: reminder; automated acknowledgment.",
               "{D3}: escalation to the liaison; nothing.",
               "Today: still no human reply."],
        "fr": ["{D1} : question envoyée à root-mgmt, ticket {T}.",
               "{D2} : relance ; accusé automatique.",
               "{D3} : escalade vers le responsable ; rien.",
               "Ce jour : toujours aucune réponse."],
        "es": ["{D1}: pregunta enviada a root-mgmt, ticket {T}.",
               "{D2}: recordatorio; acuse automático.",
               "{D3}: escalamos al responsable; nada.",
               "Hoy: ninguna respuesta de una persona."],
    },
    "subjects": {
        "en": ["no answer", "Anyone there?", "{T} - third reminder", "no reply from IANA"],
        "fr": ["Sans réponse", "relance", "{T} - 3e relance"],
        "es": ["Sin respuesta", "¿Alguien lee esto?", "{T} - tercer recordatorio"],
    },
    "avoid": [],
}

# ---------------------------------------------------------------------------
CATEGORIES["unequal-treatment"] = {
    "cores": [
        ("en", "policy",
         "A near-identical name server change for a large gTLD went from submission to publication in under 48 hours "
         "last week, while our request {T} for {tld} has taken {N} days. We do not allege bad faith, but the pattern "
         "repeats, and members of our regional association report the same. ccTLD managers from smaller countries seem "
         "to receive more scrutiny and slower handling.",
         "Same change: 48h for a big gTLD, {N} days for us ({T}). Smaller ccTLDs get slower handling."),
        ("en", "solo",
         "When the big registries ask something they get a phone call. When we ask, we get a form. I read in the "
         "mailing lists that others get their change done in two days. We wait weeks for the same thing. Is it because "
         "we are small?",
         "Others get changes in two days, we wait weeks. Because we are small?"),
        ("en", "lawyer",
         "Our client, the manager of {tld}, has been required to provide a government letter for a purely technical "
         "change, a requirement we understand is not imposed on comparable ccTLDs in other regions. We request that IANA "
         "identify the policy basis for this requirement and confirm that it is applied uniformly.",
         "{tld} required to give a government letter for a technical change; others are not. Policy basis?"),
        ("en", "cto",
         "Our staff wrote the request in English as required; IANA's replies ask us to 'clarify' again and again, on "
         "points that are clear. A colleague at a European registry filed an almost identical change and was asked "
         "nothing. It is hard not to think that our English, or where we come from, plays a role.",
         "Asked to 'clarify' again and again; a European registry with the same change was asked nothing."),
        ("fr", "policy",
         "Nous constatons que les demandes des gestionnaires de ccTLD d'Afrique francophone font l'objet de "
         "vérifications supplémentaires qui ne sont pas exigées ailleurs. Pour {T}, on nous a réclamé une lettre du "
         "ministère pour un simple changement de serveur, alors qu'un registre européen nous confirme n'avoir jamais eu "
         "à fournir ce document. Nous souhaitons que le CSC examine cette différence de traitement.",
         "Lettre du ministère exigée pour {T}, jamais demandée aux registres européens. Différence de traitement."),
        ("es", "solo",
         "Queremos dejar constancia de un trato desigual. A otros registros de la región les procesan los cambios en dos "
         "o tres días; a nosotros, con la misma documentación, nos piden más requisitos y tardan semanas. Creemos que "
         "influye que somos un registro chico y que escribimos en español.",
         "Trato desigual: a otros dos días, a nosotros semanas y más requisitos."),
    ],
    "timeline": {
        "en": ["{D1}: our request {T} for {tld} submitted.",
               "{D2}: comparable change by another registry completed.",
               "{D2}: we are asked for additional justification.",
               "{D3}: ours still pending."],
        "fr": ["{D1} : dépôt de notre demande {T} pour {tld}.",
               "{D2} : une demande comparable d'un autre registre est terminée.",
               "{D2} : on nous demande des justificatifs supplémentaires.",
               "{D3} : la nôtre est toujours en attente."],
        "es": ["{D1}: enviamos {T} para {tld}.",
               "{D2}: un cambio parecido de otro registro ya está terminado.",
               "{D2}: a nosotros nos piden más justificativos.",
               "{D3}: el nuestro sigue pendiente."],
    },
    "subjects": {
        "en": ["unequal treatment", "why are we treated differently", "fairness", "Complaint - {tld}"],
        "fr": ["Différence de traitement", "équité", "Plainte {tld}"],
        "es": ["Trato desigual", "discriminación", "Queja {tld}"],
    },
    "avoid": [],
}

# ---------------------------------------------------------------------------
CATEGORIES["emergency-handling"] = {
    "cores": [
        ("en", "cto",
         "At 02:10 UTC on {D1} our primary DNS provider had a total outage and {tld} went dark. We called the IANA "
         "emergency number at 02:40. Nobody picked up; the voicemail promised a callback. The callback came at 09:15. "
         "By then we had been unreachable for seven hours. An emergency line that doesn't answer at night is not an "
         "emergency line.",
         "{tld} down on {D1}, emergency number unanswered for 7 hours."),
        ("en", "policy",
         "On {D1} our account at the DNS provider was compromised and the attacker pointed our name servers elsewhere. We "
         "asked IANA for an emergency change to restore the legitimate NS set. It was handled as a routine request, with "
         "the standard confirmation steps, and took {N} hours. The emergency procedure exists precisely so that this "
         "does not happen.",
         "Hijack on {D1}: emergency restore handled as routine, {N} hours."),
        ("en", "solo",
         "Our servers were hit by DDoS and I needed to add the backup name servers of our partner urgently. I filled "
         "the form and marked 'emergency' but it was treated normal, waiting for the confirmation emails like every "
         "time. Three days of problems for {tld}.",
         "DDoS, asked urgent NS add for {tld}, treated as normal. Three days."),
        ("en", "brand",
         "During an incident affecting {tld} we requested expedited processing of {T}. IANA's response said our "
         "situation did not meet the emergency criteria, without stating what the criteria are. Our incident response "
         "plan needs documented criteria; we request a copy.",
         "Expedite of {T} refused as 'not an emergency'. What are the criteria?"),
        ("fr", "cto",
         "Le {D1} vers 23h, nos deux serveurs de noms principaux sont tombés à la suite d'une panne électrique dans le "
         "centre de données. Nous avons demandé en urgence l'ajout de serveurs secondaires pour {tld}. Le numéro "
         "d'urgence ne répondait pas et la demande a suivi le circuit normal. Le domaine est resté injoignable près de "
         "deux jours.",
         "Panne le {D1}, demande urgente pour {tld} traitée comme une demande normale. Deux jours hors ligne."),
        ("es", "policy",
         "El {D1} sufrimos un secuestro de DNS en {tld}: alguien cambió los servidores en nuestro proveedor. Pedimos a "
         "IANA un cambio de emergencia para volver a los servidores legítimos. Nos respondieron a las {N} horas y además "
         "nos pidieron las aprobaciones normales. Es inaceptable para una emergencia.",
         "Secuestro de DNS el {D1}, pedimos cambio de emergencia y tardaron {N} horas."),
    ],
    "timeline": {
        "en": ["{D1} 02:10 UTC: {tld} unreachable.",
               "{D1} 02:40 UTC: emergency number called, voicemail.",
               "{D1}: emergency request {T} submitted, processed as routine.",
               "{D2}: resolution restored."],
        "fr": ["{D1} 23h : {tld} injoignable.",
               "{D1} 23h30 : appel au numéro d'urgence, messagerie.",
               "{D1} : demande urgente {T}, traitée selon le circuit normal.",
               "{D2} : résolution rétablie."],
        "es": ["{D1} 23:00: {tld} sin resolución.",
               "{D1} 23:30: llamamos al número de emergencia, contestador.",
               "{D1}: pedido de emergencia {T}, tratado como normal.",
               "{D2}: se restablece el servicio."],
    },
    "subjects": {
        "en": ["URGENT", "emergency - {tld} down", "emergency change not handled", "incident"],
        "fr": ["URGENT", "urgence {tld}", "incident"],
        "es": ["URGENTE", "emergencia {tld}", "incidente"],
    },
    "avoid": [],
}

# ---------------------------------------------------------------------------
# Frames
GREETINGS = {
    "en": ["Dear CSC,", "Hello,", "Dear colleagues,", "To the Customer Standing Committee,", "Hi,", "Dear all,", ""],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Chers collègues,", "Bonjour à tous,", "Mesdames et Messieurs les membres du CSC,"],
    "es": ["Estimados:", "Buenas tardes,", "Hola,", "Señores del CSC:", "Estimados miembros del CSC,"],
}
CLOSINGS = {
    "en": ["Regards,", "Thanks,", "Best regards,", "Kind regards,", "Thank you for looking into this.", "--"],
    "fr": ["Cordialement,", "Bien cordialement,", "Merci d'avance,", "Salutations distinguées,"],
    "es": ["Saludos,", "Atentamente,", "Saludos cordiales,", "Gracias de antemano,"],
}
ANGRY_OPEN = {
    "en": ["I am frankly fed up.", "This is the THIRD time I am writing about this and I am done being polite.",
           "Unbelievable. Again.", "We are paying the price for IANA's sloppiness, once more."],
    "fr": ["Franchement, c'est inadmissible.", "C'est la troisième fois que nous écrivons. Notre patience a des limites.",
           "Encore une fois !"],
    "es": ["Esto ya es una falta de respeto.", "Es la TERCERA vez que escribimos por lo mismo.", "Otra vez lo mismo."],
}
ANGRY_CLOSE = {
    "en": ["Nobody at IANA seems to care. FIX IT.", "If this is the level of service we can expect, say so openly.",
           "I expect an answer this week, not another auto-reply.", "This is NOT acceptable."],
    "fr": ["Nous attendons une réponse, pas un énième accusé de réception automatique.", "Ce n'est PAS acceptable.",
           "Qu'on nous dise clairement si c'est le niveau de service normal."],
    "es": ["Exigimos una respuesta ya.", "Esto NO es aceptable.", "¿Alguien en IANA se hace cargo de algo?"],
}
FORMAL_OPEN = {
    "en": ["We hereby submit a formal complaint concerning the handling of a request by PTI in its capacity as IANA "
           "functions operator.",
           "Please treat this letter as a formal complaint under the IANA complaint resolution process, copied to the "
           "Customer Standing Committee for its review of performance patterns.",
           "On behalf of {org}, manager of the {tld} top-level domain, I write to lodge a formal complaint."],
    "fr": ["Par la présente, nous déposons une réclamation formelle relative au traitement d'une demande par PTI, en "
           "sa qualité d'opérateur des fonctions IANA.",
           "Au nom de {org}, gestionnaire du domaine de premier niveau {tld}, je vous saisis d'une plainte formelle."],
    "es": ["Por medio de la presente, presentamos una queja formal sobre la tramitación de una solicitud por parte de "
           "PTI, en su calidad de operador de las funciones IANA.",
           "En nombre de {org}, administrador del dominio de nivel superior {tld}, presento una queja formal."],
}
FORMAL_CLOSE = {
    "en": ["We reserve all rights in this matter and request a written response setting out the facts, the cause and "
           "the measures taken to prevent a recurrence.",
           "We would be obliged if the Committee would record this complaint and inform us of any finding. All rights "
           "are reserved."],
    "fr": ["Nous nous réservons tous droits et vous prions de nous adresser une réponse écrite exposant les faits, "
           "leur cause et les mesures prises pour éviter qu'ils se reproduisent.",
           "Nous vous remercions de bien vouloir enregistrer la présente plainte et de nous tenir informés de vos "
           "conclusions. Sous toutes réserves."],
    "es": ["Nos reservamos todos los derechos y solicitamos una respuesta por escrito con los hechos, la causa y las "
           "medidas adoptadas para evitar que se repita.",
           "Agradeceremos que el Comité registre esta queja y nos informe de sus conclusiones. Quedamos a disposición."],
}
LONG_INTRO = {
    "en": ["Timeline, for the record:", "Here is what happened, step by step:", "Chronology:"],
    "fr": ["Chronologie :", "Pour mémoire, voici les faits :", "Déroulé des événements :"],
    "es": ["Cronología:", "Para que conste, los hechos:", "Resumen de lo ocurrido:"],
}
HTML_TABLE_HEAD = {
    "en": ("Date", "Event"),
    "fr": ("Date", "Événement"),
    "es": ("Fecha", "Evento"),
}
GENERIC_SUBJECTS = {
    "en": ["Complaint", "urgent", "IANA", "problem with our request", "Re: ticket", "complaint re {tld}", "{tld}", "help"],
    "fr": ["Réclamation", "urgent", "IANA", "problème avec notre demande", "plainte", "{tld}"],
    "es": ["Queja", "urgente", "IANA", "problema con nuestra solicitud", "reclamo", "{tld}"],
}
FWD_PREFIX = {"en": "Fwd: ", "fr": "TR: ", "es": "RV: "}
FWD_INTRO = {
    "en": ["Forwarding the exchange below for your records.", "See below. This is what we got from IANA.",
           "FYI, our earlier exchange with IANA is below."],
    "fr": ["Je vous transfère l'échange ci-dessous.", "Voir ci-dessous notre échange avec l'IANA."],
    "es": ["Les reenvío el intercambio de abajo.", "Abajo va lo que nos contestó IANA."],
}
FWD_HEADER = {
    "en": "---------- Forwarded message ---------",
    "fr": "-------- Message transféré --------",
    "es": "---------- Mensaje reenviado ---------",
}
FWD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}
QUOTE_LEAD = {
    "en": "On {date}, {who} wrote:",
    "fr": "Le {date}, {who} a écrit :",
    "es": "El {date}, {who} escribió:",
}

# IANA notices (quoted / forwarded).  Each is about one stage; {R} = the OTHER request number.
NOTICES = {
    "submitted": ("Request {R} received",
                  "Dear {name},\n\nThank you for your submission. Your change request for {tld} has been received and "
                  "assigned reference {R}. Automated technical checks will now be performed.\n\nIANA Services"),
    "tech_pass": ("[IANA #{R}] Technical checks completed",
                  "Hello,\n\nThe technical checks for request {R} ({tld}) have completed successfully. The "
                  "authorization contacts will now be asked to confirm the change.\n\nBest regards,\nIANA Services"),
    "tech_fail": ("[IANA #{R}] Technical check results",
                  "Hello,\n\nThe technical checks for request {R} ({tld}) reported the following issue:\n\n"
                  "  ERROR: Serial numbers differ between authoritative name servers\n\nPlease correct the issue and "
                  "request a re-test from the portal.\n\nIANA Services"),
    "confirm_request": ("[IANA #{R}] Please confirm change to {tld}",
                        "Dear contact,\n\nA change has been requested to the {tld} top-level domain. As a listed "
                        "contact, please review and approve or reject the request using the link in the portal.\n\n"
                        "Reference: {R}\n\nIANA Services"),
    "confirmed": ("[IANA #{R}] All confirmations received",
                  "Hello,\n\nAll required confirmations have been received for request {R}. The request will now be "
                  "reviewed by IANA staff.\n\nRegards,\nIANA Services"),
    "review_started": ("[IANA #{R}] Your request is under review",
                       "Dear {name},\n\nYour request {R} is being reviewed by IANA staff. We will contact you if "
                       "additional information is required.\n\nKind regards,\nIANA Services"),
    "implemented": ("[IANA #{R}] Change implemented",
                    "Hello,\n\nThe change requested in {R} for {tld} has been implemented in the root zone and the "
                    "root zone database. This request is now closed.\n\nIANA Services"),
    "doc_request": ("[IANA #{R}] Additional information required",
                    "Dear {name},\n\nTo proceed with request {R}, we need further information. Please provide the "
                    "documents listed in the portal at your earliest convenience.\n\nThank you,\nIANA Services"),
    "ack_complaint": ("[IANA #{R}] We have received your message",
                      "Thank you for contacting IANA. This is an automated acknowledgment. Your message has been "
                      "assigned reference {R} and will be handled by a member of staff.\n\nIANA Services"),
}

# Disclaimers (long)
DISCLAIMERS = {
    "en": ["CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
           "recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, "
           "disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender "
           "by reply e-mail and destroy all copies of the original message. {org} accepts no liability for any damage "
           "caused by any virus transmitted by this e-mail. Opinions expressed are those of the author and do not "
           "necessarily reflect the position of {org}.",
           "This message and any attachment are confidential and intended solely for the addressee. It may contain "
           "legally privileged information. If you have received it in error, please notify the sender immediately and "
           "delete it from your system; you must not copy, forward or disclose its contents. Internet communications "
           "are not secure and {org} does not accept legal responsibility for the contents of this message. Please "
           "consider the environment before printing this e-mail."],
    "fr": ["AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
           "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez "
           "reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. {org} décline "
           "toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié. Pensez à "
           "l'environnement avant d'imprimer ce courriel."],
    "es": ["AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a "
           "sus destinatarios. Si usted lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine "
           "de su sistema. Queda prohibida cualquier copia, difusión o uso no autorizado de su contenido. {org} no se "
           "responsabiliza por las opiniones personales del remitente. Antes de imprimir este correo, piense en el "
           "medio ambiente."],
}

ROLE_TITLES = {
    "cto": {"en": ["Chief Technology Officer", "CTO", "Head of DNS Operations", "Technical Director"],
            "fr": ["Directeur technique", "Responsable des opérations DNS", "DSI"],
            "es": ["Gerente de Tecnología", "Jefe de Operaciones DNS", "Director Técnico"]},
    "lawyer": {"en": ["Legal Counsel", "General Counsel", "Head of Legal Affairs"],
               "fr": ["Juriste", "Responsable des affaires juridiques", "Avocat au barreau"],
               "es": ["Asesor Legal", "Gerente de Asuntos Legales", "Abogada"]},
    "policy": {"en": ["Policy Officer", "Policy & Government Relations Manager", "International Relations"],
               "fr": ["Chargé des politiques", "Responsable des relations internationales", "Chargée de mission gouvernance"],
               "es": ["Oficial de Políticas", "Relaciones Internacionales", "Coordinadora de Políticas"]},
    "solo": {"en": ["Administrator", "Registry Manager", "ccTLD admin"],
             "fr": ["Administrateur", "Gestionnaire du registre", "Responsable technique et administratif"],
             "es": ["Administrador", "Administrador del registro", "Encargado del ccTLD"]},
    "brand": {"en": ["Compliance Manager, Brand TLD Programme", "Domain Portfolio & Compliance Lead",
                     "Senior Manager, Regulatory Compliance"],
              "fr": ["Responsable conformité, extension de marque"],
              "es": ["Gerente de Cumplimiento, dominio de marca"]},
}
