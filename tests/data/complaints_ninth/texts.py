"""Hand-written texts for the blind6 complaint corpus.

CORES[category] = list of (lang, short, body).  Placeholders: {tld} {tk} {tk2} {d1} {d2} {dom}
"""

CATEGORIES = {
    "nscheck_false_fail": "Technical checks report name-server failures (timeouts, lame, SOA/EDNS/IPv6) on servers the operator says are healthy; NS change blocked or retest slow.",
    "dnssec_ds": "DS record / DNSSEC key rollover requests rejected or mishandled by the DNSSEC checks (valid DS refused, algorithm refused, stale DNSKEY), sometimes with validation failures.",
    "contact_auth": "Contact confirmation / authorisation stage: approval mails not sent, late, sent to old contacts, links expired, approvals not recorded, request cancelled.",
    "review_stall": "Request stuck in IANA's manual review/processing for weeks after checks and approvals passed, beyond the 5-day review target.",
    "publication_delay": "Change released for implementation but not published in the root zone within 72h, or 'completed' notice sent before it was actually live.",
    "wrong_change": "The change implemented differs from what was requested (wrong glue IP, name servers removed or re-added, wrong contact data).",
    "portal_rzms": "RZMS portal problems: login / 2FA failures, submission errors, lost forms, phantom or mis-labelled request status.",
    "no_response": "Communication failures: mails not acknowledged or answered, tickets closed without an answer, contradictory answers from different staff.",
    "bias": "Perceived unequal treatment: small ccTLDs, certain countries or non-English requests handled slower or with more scrutiny than others.",
    "transfer_eval": "Delegation / ccTLD transfer (redelegation) evaluation dragging on for months, with shifting documentary requirements.",
    "idn_table": "IDN table (LGR) publication in the IANA repository delayed, rejected without explanation, or the wrong version published.",
    "emergency": "Emergency / out-of-hours requests (outage, DDoS, account compromise) not handled as urgent; 24/7 contact not reachable.",
}

CORES = {}

CORES["nscheck_false_fail"] = [
("en", "Our NS change for {tld} ({tk}) keeps failing IANA's technical checks with 'no response from server' on ns2, which answers fine from everywhere else. Please look into it.",
"We submitted a routine name server change for {tld} on {d1} (ticket {tk}). The automated checks flagged ns2.{dom} as not responding over TCP and the request was put on hold. We tested from RIPE Atlas probes on five continents, from our own monitoring and through two resolver operators we know; every query got an answer, UDP and TCP, within 40 ms. We asked for a retest on {d2}: same result. Nobody at IANA could tell us from which addresses the tests are run, so we cannot even check our ACLs. The contact confirmation went through in minutes, so the only thing blocking us is a test that seems to be wrong."),
("en", "The retest of the technical checks on {tk} took two days and failed again on a serial mismatch that does not exist. The retest target is 10 minutes.",
"For {tld}, request {tk}, the technical check reported 'SOA serial inconsistent between authoritative servers'. Our servers were in sync (same serial on all six). We suspect your checker hit one anycast node during a 30-second propagation window. Fine, it happens. But the retest we requested on {d2} did not run for almost two days, and when it ran it reported the very serial it had cached from the first run. The published threshold for the result of a retest is 10 minutes. We would like the CSC to check whether this is a one-off or whether the retest metric is being met only on paper."),
("en", "Users of {tld} report the new servers are still not used a week later. IANA says our request failed tests. Our servers are fine.",
"Our helpdesk has been getting calls since {d1}: customers moved to our new DNS platform still see the old provider's name servers in their traces, and one bank asked us in writing why. It turns out the root still lists the old set, because IANA's checks rejected the new set as 'lame for {tld}'. They are not lame; they have been authoritative since the day before we filed. We only learned about the rejection when we chased, because the failure notice went to an old technical address. Ticket {tk}."),
("en", "IANA's checks fail our IPv6 name server addresses as unreachable. Reachable from everywhere else. Ticket {tk}.",
"Ticket {tk}: we are adding two IPv6 addresses for the {tld} servers. The checks say 'network unreachable' for both. We sent you traceroutes and the output of three independent looking glasses. The answer was 'fix the connectivity and resubmit'. It looks like the testing platform itself has an IPv6 routing problem; other operators on our regional list saw the same this month. We had to drop the v6 addresses to get the rest of the change through, which is the opposite of what everybody tells us to do."),
("fr", "Les tests techniques d'IANA échouent sur nos serveurs de noms pour {tld} (ticket {tk}) alors qu'ils répondent parfaitement. Merci de regarder.",
"Nous avons soumis le {d1} une modification des serveurs de noms de {tld} (demande {tk}). Les vérifications techniques ont renvoyé « timeout » sur ns1 et ns3. Or nos serveurs répondent, en UDP comme en TCP, depuis tous les points de mesure que nous avons pu utiliser. Nous avons demandé un nouveau test : même résultat, et personne ne sait nous dire d'où partent les requêtes de test. Nous tournons en rond."),
("fr", "Encore un échec des tests techniques sur {tld}, EDNS cette fois. Nos serveurs sont conformes.",
"Depuis le {d1}, chaque demande que nous déposons pour {tld} est bloquée au contrôle technique : « EDNS0 non supporté », puis, après relance, « réponse tronquée ». Nous avons vérifié avec les outils habituels (dig, Zonemaster, ednscomp) : tout est au vert. Le contrôle d'IANA est soit plus strict que tout le monde, soit cassé. La confirmation par les contacts, elle, s'est faite sans souci. Référence {tk}."),
("es", "Las pruebas técnicas de IANA dan error en nuestros servidores de {tld}, que funcionan bien. Ticket {tk}.",
"El {d1} enviamos un cambio de servidores de nombres para {tld} (solicitud {tk}). La verificación técnica marcó ns2 como «sin respuesta autoritativa». Lo hemos comprobado desde varias redes y el servidor contesta correctamente. Pedimos que se repitiera la prueba y volvió a fallar igual. No entendemos qué mide el sistema de IANA ni desde dónde."),
("es", "Nuestros usuarios siguen resolviendo con los servidores viejos porque IANA rechaza los nuevos. Es un error de su prueba.",
"Desde el {d1} recibimos quejas de registradores de {tld}: los dominios siguen apuntando a la plataforma anterior. Al revisar, vimos que IANA había rechazado nuestra solicitud {tk} porque «los servidores no son consistentes». Son consistentes, lo comprobamos con Zonemaster y con nuestra propia monitorización. El aviso de fallo llegó a un contacto técnico antiguo y nadie nos llamó."),
]

CORES["dnssec_ds"] = [
("en", "Our DS update for {tld} ({tk}) was rejected: 'DS does not match any DNSKEY'. It does. The new KSK has been published for three weeks.",
"We started a KSK rollover for {tld} on {d1}, pre-published the new key and waited well beyond the TTL. On {d2} we submitted the new DS record (ticket {tk}). The DNSSEC check rejected it as not matching any DNSKEY in the zone. We verified the digest with three different tools. After two days of back and forth someone at IANA found that the checker had fetched the DNSKEY set from a stale cache. Our rollover is now a week behind plan and the old key has to stay live longer than our policy allows."),
("en", "Registrars ask why {tld} shows as insecure in DNSViz. Because IANA will not accept our new DS.",
"Our registrars and a couple of security researchers have been asking since {d1} why {tld} suddenly shows as 'insecure'. The answer: as part of our planned rollover we asked IANA to replace the DS (request {tk}), the old DS was withdrawn as agreed, and the new one was refused by the DNSSEC check with an error nobody can explain. So the chain of trust is broken at the root for us, not because of anything we did. We need the new DS in, not another round of 'please resubmit'."),
("en", "The DNSSEC check on {tk} took 3 days. 50 minutes is the target.",
"We filed our DS change for {tld} on {d1} ({tk}). The technical check result, which the SLA says should come within 50 minutes, arrived on {d2}: 'DNSSEC validation chain cannot be established'. The chain was fine; the zone was signed with both keys the whole time. A retest the next morning passed without us changing anything. Our rollover procedure is timed to the hour, and this kind of unpredictability forces us to keep double signatures for weeks."),
("en", "Please explain why IANA refuses a DS with algorithm 15 for {tld}.",
"We are moving {tld} from RSASHA256 to Ed25519 (algorithm 15). DS submission {tk} was refused with 'unsupported algorithm'. The root zone itself accepts algorithm 15 and other TLDs already publish such DS records. We have asked twice for the policy that applies and received no written answer, only a phone call saying 'it is being looked at'. Our key rollover plan was published months ago."),
("fr", "Notre enregistrement DS pour {tld} est refusé par IANA alors qu'il correspond à la clé publiée. Ticket {tk}.",
"Dans le cadre du roulement de la KSK de {tld}, nous avons publié la nouvelle clé le {d1} et déposé le nouveau DS le {d2} (ticket {tk}). Le contrôle DNSSEC répond « aucune DNSKEY correspondante ». Nous avons recalculé l'empreinte avec trois outils différents : elle est correcte. Le roulement est bloqué et nous devons garder l'ancienne clé bien plus longtemps que ne le prévoit notre politique."),
("fr", "Les résolveurs validants renvoient SERVFAIL pour {tld} : c'est l'ancien DS qui est resté dans la racine.",
"Depuis le {d1}, nos bureaux d'enregistrement nous signalent que les noms en {tld} ne se résolvent plus chez les FAI qui valident DNSSEC. En cherchant, nous avons vu que la racine publie toujours l'ancien DS. IANA nous a ensuite expliqué que le contrôle DNSSEC de la demande {tk} avait « échoué » et que la demande avait été mise de côté, sans que personne ne nous prévienne."),
("es", "IANA rechaza nuestro registro DS para {tld} con el algoritmo 13. Solicitud {tk}.",
"Estamos cambiando el algoritmo de {tld} a ECDSA P-256. El DS que enviamos el {d1} (solicitud {tk}) fue rechazado con «digest mismatch». Lo verificamos con ldns y con DNSViz y es correcto. Nos pidieron enviarlo otra vez y esta vez la verificación tardó dos días. Mientras tanto la zona sigue firmada con las dos claves sin necesidad."),
("es", "Los usuarios ven errores de validación DNSSEC en {tld}; el DS de la raíz no es el que pedimos.",
"Varios proveedores de internet nos avisaron el {d1} de que los dominios de {tld} fallaban en resolvedores con validación. En la raíz seguía el DS de la clave retirada. La solicitud de reemplazo {tk} estaba aprobada por nuestros contactos desde hacía días, pero la comprobación DNSSEC la había dejado «en espera» sin avisarnos."),
]

CORES["contact_auth"] = [
("en", "We never received the authorisation e-mails for {tk}, so the request for {tld} expired. Third time this year.",
"Request {tk} for {tld} was submitted on {d1}. The checks passed the same afternoon. Then nothing. On {d2} we got a notice that the request had been withdrawn because the administrative contact had not approved it. Our admin contact never got the approval mail: not in spam, not in our mail server logs. We submitted again; the second time the mail arrived, but the link said 'token expired' after about an hour. This is the third time this year that a routine change dies at the confirmation stage."),
("en", "The approval request for {tld} went to our former admin contact, who left two years ago. IANA itself processed the contact change back then.",
"For ticket {tk}, IANA sent the confirmation request to a person who has not worked for us since 2024, even though the contact change was processed and confirmed by IANA at the time (ticket {tk2}). The root zone database page for {tld} shows the correct, current contacts. So which list does the approval system use? We only found out because our former colleague kindly forwarded the message."),
("en", "Contact confirmation mails for {tk} arrived 14 hours after the checks passed. The SLA says 60 seconds.",
"Small but recurring: for {tld}, request {tk} (filed {d1}), the authorisation contacts were asked to approve more than 14 hours after the technical checks completed, according to the timestamps in our own mail logs. The published metric for asking the contacts is 60 seconds. Our technical contact is in Asia and our admin contact in Europe, so a 14-hour delay pushes everything back a day. The same happened on two other tickets in February."),
("en", "Our admin contact clicked approve; the portal still says 'awaiting confirmation'. Ticket {tk}.",
"Our administrative contact approved request {tk} on {d1} and saw the 'thank you, your response has been recorded' page. Two days later the request still showed 'awaiting confirmation from administrative contact' and the reminders kept coming. When we called, we were told the response 'did not register' and he had to approve again, which he did. For {tld}, where the admin contact is a senior government official, asking him three times to click the same link is not a small thing."),
("fr", "Le contact administratif de {tld} n'a jamais reçu la demande de confirmation pour {tk}. La demande a été annulée.",
"La demande {tk} a passé les tests techniques le {d1}, puis plus rien. Le {d2}, nous avons reçu un avis d'annulation faute d'approbation du contact administratif. Or celui-ci n'a jamais reçu le message d'approbation : rien dans les indésirables, rien dans les journaux de notre serveur. Il a fallu tout resoumettre. C'est la deuxième fois cette année."),
("fr", "La demande d'approbation est partie vers un ancien contact technique de {tld}.",
"Pour le ticket {tk}, IANA a envoyé la demande d'autorisation à notre ancien contact technique, parti depuis 2023, alors que la mise à jour des contacts avait été faite et confirmée par IANA elle-même. La base de données de la zone racine affiche pourtant les bons contacts. Nous voudrions savoir quelle liste est réellement utilisée pour les confirmations."),
("es", "Nunca llegó el correo de autorización para {tk} y la solicitud de {tld} se canceló.",
"La solicitud {tk} pasó las verificaciones técnicas el {d1}. Después no supimos nada hasta el {d2}, cuando nos notificaron que se había cancelado porque el contacto administrativo no la aprobó. El contacto administrativo nunca recibió ese correo; revisamos los registros de nuestro servidor y no hay nada. Tuvimos que empezar de cero."),
("es", "El enlace de confirmación dice «caducado» una hora después de recibirlo. Ticket {tk}.",
"Nuestro contacto técnico de {tld} recibió la solicitud de confirmación del ticket {tk} el {d1}, pero al hacer clic el sistema respondió que el enlace había caducado. Pedimos que se reenviara y pasó lo mismo. Al final IANA lo aprobó «manualmente» después de pedirnos una carta firmada. Un cambio rutinario se convirtió en una semana de trámites."),
]

CORES["review_stall"] = [
("en", "{tk} has been 'in review' for 19 days. Checks passed, contacts approved. What is it waiting for?",
"We filed a routine NS update for {tld} on {d1} ({tk}). Technical checks passed within the hour and both contacts approved the same day. Since then the portal shows 'Pending IANA review' and nothing moves. We asked on {d2} and were told it was 'with a specialist'. No question has been put to us, no document requested. The review step is supposed to be done within five days for this kind of change."),
("en", "Nothing is wrong with our request except that nobody looks at it.",
"I'll be brief about the history: new hosting contract, new name servers, everything prepared by the book. Request {tk} for {tld} passed every automated step by {d1}. Then it sat there. I chased on {d2} and got a reply thanking me for my patience. I chased again a week later and got the same sentence. Our contract with the old DNS provider ends at the end of the month and they will switch their servers off whether or not the root has been updated. Please understand what that means for a country code."),
("en", "Review and processing on our last three requests: 8, 11 and 14 days. The 5-day target is missed again and again.",
"We keep our own log of every IANA request for {tld}. Over our last three routine changes ({tk2}, {tk} and one in January) the 'review and processing' stage lasted 8, 11 and 14 calendar days, measured from contact approval to the release notice. Nothing in these requests was unusual. We raise it with the CSC because PTI's monthly figures do not seem to reflect what we experience, and we would like to know whether other operators see the same."),
("en", "Registrars are asking why our new name servers aren't live. The IANA portal has said 'processing' for two weeks.",
"Our registrar community has been asking since {d1} when the migration announced for {tld} will happen. We cannot answer: request {tk} has said 'processing' in the RZMS for two weeks, with no note attached. Our public notice said 'within a week'. It makes us look incompetent and we would like to know who is actually looking at it."),
("fr", "Notre demande {tk} est « en cours d'examen » depuis trois semaines sans aucune question de la part d'IANA.",
"La demande {tk} pour {tld} a passé les contrôles techniques et a été approuvée par nos deux contacts le {d1}. Depuis, le portail affiche « en cours d'examen ». Nous avons relancé le {d2} : on nous a répondu que le dossier était « entre les mains d'un spécialiste ». Aucune pièce ne nous a été demandée. Le délai de cinq jours prévu pour cette étape est largement dépassé."),
("fr", "Pourquoi faut-il deux semaines pour valider un simple changement de serveurs de noms ?",
"Je me permets d'écrire au CSC car je ne sais plus à qui m'adresser. Notre changement de serveurs pour {tld}, ticket {tk}, est bloqué à l'étape de revue depuis le {d1}. Tout le reste a été rapide : tests techniques en quelques minutes, confirmation des contacts dans la journée. Ensuite, le silence. Notre ancien prestataire coupera ses serveurs à la fin du mois."),
("es", "La solicitud {tk} lleva 17 días «en revisión» sin que IANA nos pida nada.",
"Presentamos el cambio de servidores de {tld} el {d1} (ticket {tk}). Pasó las pruebas técnicas y los dos contactos lo aprobaron ese mismo día. Desde entonces el portal dice «revisión de IANA pendiente». Preguntamos el {d2} y nos contestaron que estaba con un especialista. El plazo de cinco días para esa etapa se ha superado de lejos."),
("es", "Tres solicitudes seguidas con la revisión muy por encima del plazo.",
"Llevamos un registro propio de nuestras solicitudes. En las tres últimas de {tld} ({tk2}, {tk} y otra de enero), la etapa de revisión duró 9, 12 y 15 días naturales. Ninguna tenía nada especial. Lo planteamos al CSC porque los informes mensuales de PTI no parecen reflejar esto y queremos saber si otros operadores ven lo mismo."),
]

CORES["publication_delay"] = [
("en", "IANA told us {tk} was released for implementation on {d1}. As of today the root zone still has the old records.",
"Our change for {tld} ({tk}) was released for implementation on {d1}; we have the e-mail. We have been querying the root servers every hour since. On {d2}, more than four days later, the root zone still serves the old NS set and glue. The SLA for publication after review is 72 hours. Nobody could tell us whether the change was in the queue, had been dropped, or was waiting for something on the Root Zone Maintainer's side."),
("en", "We got 'your change has been completed', but the change is not in the root zone. Ticket {tk}.",
"On {d1} we received the completion notice for {tld}, ticket {tk}. Our operations team immediately decommissioned the old name servers as planned. Within the hour our monitoring saw the root still pointing at the old servers; the change was actually published about 30 hours later. During that time part of {tld} was only half reachable. If the notice goes out before publication, it should not say 'completed'."),
("en", "Customers still reach the old IPs three days after IANA's approval. The root zone serial moved on, our change didn't.",
"From the user side: people on several ISPs still reach our old registry website and the registrars' EPP endpoint through the old addresses, since the glue in the root is unchanged. Request {tk} was approved by everybody concerned on {d1}. We compared root zone serials day by day: three new versions of the root zone have been published since then without our update. So something between 'approved' and 'in the zone' is not working."),
("en", "Implementation SLA (72h) missed on {tk} for {tld}.",
"This concerns the implementation stage only. Request {tk} was released for implementation on {d1}; publication in the root zone happened on {d2}, about six days later. Earlier stages were fine (the checks took minutes, contact confirmation was quick). We ask the CSC to verify whether this request is counted as a miss in PTI's next report."),
("fr", "La modification {tk} a été approuvée le {d1} mais n'apparaît toujours pas dans la zone racine.",
"IANA nous a confirmé par courriel le {d1} que la demande {tk} pour {tld} était transmise pour mise en œuvre. Nous interrogeons les serveurs racine tous les jours : le {d2}, les anciens enregistrements NS et glue étaient toujours publiés. Le délai de 72 heures est dépassé et personne ne sait nous dire où en est la demande."),
("fr", "On nous annonce que le changement est fait, mais il ne l'est pas.",
"Le {d1}, nous avons reçu l'avis « modification effectuée » pour {tld} (ticket {tk}). Nos équipes ont donc arrêté les anciens serveurs comme prévu. Sauf que la zone racine n'avait pas encore été mise à jour : la publication n'a eu lieu que le lendemain soir. Pendant ce temps, une partie des utilisateurs n'arrivait plus à résoudre nos noms."),
("es", "El cambio {tk} se aprobó el {d1} y la zona raíz sigue sin publicarlo.",
"IANA nos confirmó el {d1} que la solicitud {tk} de {tld} había pasado a implementación. Consultamos los servidores raíz cada día y el {d2} seguían publicándose los NS antiguos. El plazo de 72 horas para publicar ya pasó y nadie sabe decirnos en qué punto está."),
("es", "Nos avisaron de que el cambio estaba hecho y no lo estaba.",
"El {d1} recibimos el aviso de que el cambio de {tld} (ticket {tk}) se había completado. Apagamos los servidores viejos según el plan. Pero la raíz todavía apuntaba a ellos: la publicación real llegó un día y medio después. Durante ese tiempo muchos usuarios no podían resolver dominios de {tld}."),
]

CORES["wrong_change"] = [
("en", "IANA put the wrong IPv4 glue for ns1 of {tld} in the root zone. We asked for .53, you published .35.",
"Request {tk} asked to update the glue of ns1 for {tld} to 192.0.2.53. What was published on {d1} is 192.0.2.35, digits swapped. Our submission (we kept the PDF export from the portal) shows the right address. The error was noticed only because one of our registrars complained about intermittent timeouts. We had to file an emergency correction, which itself took a day. How does a mistyped address survive the checks and the review?"),
("en", "We asked to ADD a name server and IANA REMOVED two. Ticket {tk}.",
"Our request for {tld} ({tk}, filed {d1}) was to add ns4 to the existing set. After implementation the root zone lists only ns1 and ns4; ns2 and ns3 have disappeared. The change summary our contacts approved clearly showed four servers. Fortunately ns1 carries most of the load, but we lost our geographic diversity for three days until the correction went through."),
("en", "The technical contact IANA recorded for {tld} is not the one we requested.",
"Ticket {tk}: we asked to replace our technical contact with our new DNS manager. The root zone database now shows the right name but the e-mail and phone of a different person; it looks as if fields from another TLD's record were merged into ours. Not a root zone change as such, but the technical contact is who receives your notices, so we are now missing mail. Side note: the request itself went through quickly, it is the result that is wrong."),
("en", "Since IANA implemented {tk}, half our users get timeouts. The root has a server we never asked for.",
"Our users started reporting slow or failing lookups for {tld} right after {d1}. When we looked at the delegation in the root, there was an extra name server in our NS set, one we removed two years ago and certainly did not ask to add back. We suspect request {tk} was processed on top of an outdated copy of our record. It is fixed now, after a second request, but we want to know how it happened."),
("fr", "L'adresse IP publiée pour ns2 de {tld} n'est pas celle que nous avions demandée.",
"Dans la demande {tk}, nous demandions l'adresse 198.51.100.20 pour ns2. C'est 198.51.100.200 qui a été publiée dans la zone racine le {d1}. Notre export du formulaire montre bien la bonne valeur. Il a fallu déposer une demande de correction en urgence. Comment une telle erreur passe-t-elle à travers les contrôles et la revue ?"),
("fr", "IANA a supprimé des serveurs de noms que nous n'avions pas demandé de supprimer.",
"Notre demande pour {tld} (ticket {tk}) consistait seulement à ajouter un serveur. Après la mise en œuvre, deux de nos serveurs existants ont disparu de la délégation. Le récapitulatif que nos contacts ont approuvé montrait bien les quatre serveurs. Nous avons perdu de la redondance pendant plusieurs jours."),
("es", "IANA publicó una IP equivocada en el glue de {tld}.",
"En la solicitud {tk} pedimos que el glue de ns1 de {tld} fuera 203.0.113.14. En la zona raíz apareció el {d1} la dirección 203.0.113.41. Tenemos copia del formulario enviado y la dirección es correcta. Nos enteramos por los registradores, que veían fallos intermitentes."),
("es", "Pedimos agregar un servidor y eliminaron otros dos. Ticket {tk}.",
"Nuestra solicitud para {tld} era solo añadir un servidor de nombres. Después de la implementación del {d1}, dos servidores que ya estaban desaparecieron de la delegación. El resumen que aprobaron nuestros contactos mostraba los cuatro. Estuvimos varios días con menos redundancia."),
]

CORES["portal_rzms"] = [
("en", "Cannot log in to RZMS since {d1}. The 2FA code is always 'invalid'. The reset didn't help.",
"Since {d1} none of the three users of our {tld} account can get into the Root Zone Management System: the second-factor code is rejected as invalid every time, even straight after it is generated, and our clocks are synced. We asked for a reset (ticket {tk}); the reset e-mail arrived two days later and its link led to an error page. We have a change to submit and no way to do it other than by e-mail, which I understand takes longer to lodge."),
("en", "RZMS throws 'unexpected error' whenever we submit the NS change form for {tld}.",
"Every time we submit the name server change form for {tld} in the portal, it spins for a minute and then shows 'An unexpected error occurred. Please try again later.' Nothing in our request list, no ticket number, no e-mail. We tried different browsers and networks. After the fourth attempt we found two duplicate drafts and one phantom request ({tk}) that we cannot cancel. Support asked for screenshots, which we sent on {d2}, and then went quiet."),
("en", "The portal session timed out while we were typing 8 glue records and threw everything away. Again.",
"Not the biggest complaint you will get, but it costs us hours. The RZMS session expires after what seems to be 15 minutes of 'inactivity' even while we are filling in a form, and everything typed is lost. {tld} has 8 name servers with v4 and v6 glue. We lost the form three times on {d1}. There is no save-as-draft that actually saves. In the end we e-mailed the change (ticket {tk}), which then took four days to be entered."),
("en", "The portal shows our request as 'closed' but IANA says it is still open. Which is it?",
"In the RZMS our request {tk} for {tld} has shown 'Closed - Withdrawn' since {d1}. We never withdrew it. When we wrote to IANA, the answer was that the request is in fact open and being processed, and that the portal status 'sometimes lags'. We rely on that status to tell our board and our registrars where things stand. Since the last portal update the page no longer shows the contact approval history either."),
("fr", "Impossible de se connecter au portail RZMS depuis le {d1} : code à deux facteurs refusé.",
"Depuis le {d1}, aucun des utilisateurs du compte {tld} ne peut se connecter au système de gestion de la zone racine : le code de second facteur est systématiquement refusé. Nous avons demandé une réinitialisation (ticket {tk}) ; le lien reçu deux jours plus tard renvoie vers une page d'erreur. Nous avons une modification à déposer et aucun moyen de le faire."),
("fr", "Le portail affiche « erreur inattendue » à chaque envoi du formulaire.",
"Chaque fois que nous envoyons le formulaire de modification des serveurs de noms de {tld}, le portail tourne une minute puis affiche « An unexpected error occurred ». Aucun numéro de ticket, aucun courriel. Après plusieurs essais, nous avons trouvé des brouillons en double et une demande fantôme ({tk}) impossible à annuler."),
("es", "No podemos entrar al portal RZMS: el código de doble factor siempre es inválido.",
"Desde el {d1} ninguno de los usuarios de la cuenta de {tld} puede acceder al portal: el código del segundo factor aparece como inválido, aunque el reloj del teléfono está sincronizado. Pedimos restablecer el acceso (ticket {tk}) y el enlace que llegó días después daba error. Tenemos un cambio pendiente y no podemos presentarlo."),
("es", "El portal muestra la solicitud como cerrada e IANA dice que está abierta.",
"En el portal, la solicitud {tk} de {tld} aparece como «Cerrada - retirada» desde el {d1}. Nosotros no la retiramos. IANA nos dijo que en realidad sigue abierta y que el estado del portal «a veces se retrasa». Usamos ese estado para informar a nuestra junta directiva y a los registradores."),
]

CORES["no_response"] = [
("en", "Four e-mails to IANA about {tk} since {d1}, zero replies. Not even an acknowledgement.",
"We have written to the IANA root zone address four times since {d1} about request {tk} for {tld}: a question about the documentation requested, two reminders, and finally a request to escalate. Not one was acknowledged. Your own complaints process promises an acknowledgement within one business day. I don't know whether mail from us is being filtered or simply ignored, but either way we are stuck."),
("en", "Our ticket was closed as 'resolved' without any answer to our question.",
"Ticket {tk}: we asked a precise question about how the glue policy applies to in-bailiwick servers for {tld}. On {d1} the ticket was closed as 'Resolved', with a generic link to the IANA procedures page. That page does not answer the question. When we reopened it, it was closed again the next day with the same link. It feels like tickets are being closed to make the numbers look good."),
("en", "Three IANA staff, three different answers about what documents we need for {tld}.",
"On {d1} one specialist told us a letter from our board would suffice for the contact change (ticket {tk}). On {d2} another asked for a notarised letter. A third, a week later, said neither was necessary and only the admin contact's approval was needed. We don't mind rules, but we need one answer, in writing, and it needs to stay the same."),
("en", "Every time: 'someone will get back to you'. Nobody ever does.",
"Our experience with {tld} this spring: each time we phone the IANA number we are told the right person is out and will call back. Nobody has. E-mails go unanswered for weeks; when an answer comes, it is a template that does not match the question. Honestly, the technical side works fine for us, checks and implementation are quick; it is getting a human to answer that is impossible. Reference {tk}."),
("fr", "Quatre courriels envoyés à IANA depuis le {d1} au sujet de {tk}, aucune réponse.",
"Nous avons écrit quatre fois à IANA depuis le {d1} au sujet de la demande {tk} pour {tld} : une question, deux relances et une demande d'escalade. Pas le moindre accusé de réception. La procédure de réclamation d'IANA prévoit pourtant un accusé de réception sous un jour ouvré. Nous ne savons pas si nos messages sont filtrés ou simplement ignorés."),
("fr", "Chaque interlocuteur chez IANA nous donne une réponse différente.",
"Le {d1}, un spécialiste nous a indiqué qu'une lettre de notre conseil suffisait pour le changement de contact de {tld} (ticket {tk}). Le {d2}, un autre nous a demandé une lettre notariée. Une semaine plus tard, un troisième nous a dit que rien de tout cela n'était nécessaire. Nous voulons bien suivre les règles, encore faut-il qu'elles soient les mêmes d'un jour à l'autre."),
("es", "Cuatro correos a IANA desde el {d1} sobre {tk} y ninguna respuesta.",
"Escribimos a IANA cuatro veces desde el {d1} sobre la solicitud {tk} de {tld}: una pregunta, dos recordatorios y un pedido de escalamiento. No recibimos ni siquiera un acuse de recibo. El procedimiento de quejas de IANA dice que se acusa recibo en un día hábil."),
("es", "Cerraron nuestro ticket como «resuelto» sin contestar la pregunta.",
"En el ticket {tk} hicimos una pregunta concreta sobre cómo se aplica la política de glue a los servidores de {tld}. El {d1} lo cerraron como «Resuelto» con un enlace genérico a la página de procedimientos, que no responde nada. Lo reabrimos y lo volvieron a cerrar al día siguiente con el mismo enlace."),
]

CORES["bias"] = [
("en", "Why does a big gTLD portfolio get same-day changes while our ccTLD waits two weeks?",
"We are a small ccTLD. Our NS change for {tld} ({tk}) took 16 days from submission to publication. In the same period a large gTLD back-end provider boasted on a public mailing list that it had moved dozens of TLDs to new name servers 'within a day, thanks to IANA's help'. If there is a fast lane for big customers, we would like to know how to get into it, or we would like it to stop."),
("en", "We are treated with suspicion because of where we are, not because of what we ask.",
"Every request we file for {tld} seems to get extra scrutiny: additional identity checks, call-back verification, documents our neighbours are never asked for (we compared notes with two other ccTLDs in the region). Request {tk}, a simple contact update, required a letter on ministry letterhead. I understand there are sanctions and compliance rules, but nobody has told us that they apply to us, and it feels like we are treated differently because of our country."),
("en", "Requests written in French get slower treatment than those in English. Our experience, with numbers.",
"We write to IANA in French when our staff are more comfortable with it, which we understood to be acceptable. Our last two requests sent in French ({tk2}, {tk}) took 9 and 12 days to be lodged and answered, while a request sent in English in the same month by the same person took 2. The answers to the French ones came in English and missed the point. It looks as if non-English mail goes to the bottom of the pile."),
("en", "IANA processed a competitor's request ahead of ours although ours was filed first.",
"For the record: {tld} and another TLD run by a competing back-end filed similar changes in the same week, ours first, on {d1} ({tk}). The other one was published three days later; ours is still in review. When we asked why, IANA said it 'cannot comment on other customers' requests'. Fair enough, but the order of processing should be first come, first served, and it is not."),
("fr", "Nous avons l'impression que les petits ccTLD passent après les grands opérateurs.",
"Notre modification pour {tld} (ticket {tk}) a pris seize jours entre le dépôt et la publication. Au même moment, un grand opérateur de gTLD se félicitait sur une liste de diffusion d'avoir migré des dizaines d'extensions en une journée « grâce à l'aide d'IANA ». S'il existe une voie rapide pour les gros clients, nous aimerions le savoir."),
("fr", "Nos demandes rédigées en français sont traitées beaucoup plus lentement.",
"Nous écrivons à IANA en français quand c'est plus simple pour notre équipe. Nos deux dernières demandes en français pour {tld} ({tk2} et {tk}) ont mis 9 et 12 jours à être enregistrées, alors qu'une demande en anglais, le même mois, a été traitée en deux jours. Les réponses, en anglais, étaient à côté de la question."),
("es", "Nos tratan con desconfianza por ser el ccTLD de un país pequeño.",
"Cada solicitud de {tld} recibe controles extra: verificación telefónica, documentos que a los ccTLD vecinos no les piden (lo comparamos con dos colegas de la región). Para la solicitud {tk}, una simple actualización de contacto, nos exigieron una carta con membrete del ministerio. Nadie nos explicó por qué."),
("es", "La solicitud de otro operador se atendió antes que la nuestra aunque la nuestra era anterior.",
"Presentamos nuestra solicitud para {tld} el {d1} ({tk}). Otro TLD, gestionado por un proveedor grande, presentó una parecida dos días después y se publicó en tres días; la nuestra sigue en revisión. IANA dice que no puede comentar solicitudes de otros clientes, pero el orden debería ser el de llegada."),
]

CORES["transfer_eval"] = [
("en", "Our ccTLD transfer request for {tld} has been under evaluation for seven months.",
"The transfer of {tld} from the university that has run it since 1994 to the new national registry was filed on {d1} (ticket {tk}), with the government's letter of support, the incumbent's consent and the report of the local internet community consultation. Seven months later we are still in 'evaluation'. Every two months a new question arrives, each time about something that could have been asked at the start. The incumbent's staff have moved on, and the zone is in practice run by us without formally being ours."),
("en", "IANA keeps asking for new documents for the {tld} transfer. Every answer triggers a new request.",
"Timeline in brief: documents submitted {d1}; IANA asked for a statement from the incumbent ({d2}), which we provided in four days; then for evidence of the local community consultation, provided; then for an English translation of the law, provided; then for the translator's certification. Ticket {tk}. None of these were in the initial checklist. We are not against due diligence, but the list should be known up front."),
("en", "The validation and review of our ccTLD transfer has far exceeded the published time frame.",
"Request {tk} concerns the transfer of {tld}. The SLA for validation and review of ccTLD creations and transfers was 60 days when we filed, and as far as we understand the amended metric is not more generous. We are at day 140. PTI has not explained the delay in writing. We would ask the CSC to check how this request appears in the monthly performance report."),
("en", "Our new gTLD delegation is stuck after contract signature. Launch plan in tatters.",
"We signed the registry agreement for {tld} and the delegation request reached IANA on {d1} (ticket {tk}). Pre-delegation testing had been completed. Since then IANA has asked for the name server information twice (identical both times) and the delegation has not happened. Our sunrise period is announced, trademark holders are waiting, our registrars have integrated. Every week of delay costs real money."),
("fr", "Le transfert de {tld} est en évaluation depuis sept mois.",
"Le dossier de transfert de {tld} vers le nouvel office national a été déposé le {d1} (ticket {tk}) avec la lettre du ministère, l'accord du gestionnaire sortant et le compte rendu de la consultation locale. Sept mois plus tard, il est toujours « en évaluation ». Tous les deux mois, IANA pose une nouvelle question qui aurait pu être posée dès le début."),
("fr", "IANA demande sans cesse de nouvelles pièces pour la redélégation de {tld}.",
"Pièces envoyées le {d1}. IANA a ensuite demandé une déclaration du gestionnaire sortant, puis la preuve de la consultation de la communauté locale, puis la traduction de la loi, puis la certification du traducteur. Ticket {tk}. Rien de tout cela ne figurait dans la liste initiale. Les exigences devraient être connues dès le départ."),
("es", "La transferencia de {tld} lleva seis meses en evaluación.",
"Presentamos la solicitud de transferencia de {tld} al nuevo administrador nacional el {d1} (ticket {tk}), con la carta del gobierno, la conformidad del administrador saliente y el informe de consulta a la comunidad local. Seis meses después sigue «en evaluación». Cada dos meses llega una pregunta nueva que se podría haber hecho al principio."),
("es", "IANA nos pide documentos nuevos cada vez que enviamos los anteriores.",
"Enviamos la documentación para la redelegación de {tld} el {d1}. Luego IANA pidió una declaración del administrador saliente, después pruebas de la consulta local, después la traducción oficial del decreto y finalmente la certificación del traductor. Ticket {tk}. Nada de eso estaba en la lista inicial."),
]

CORES["idn_table"] = [
("en", "We submitted our IDN table for {tld} on {d1}. It is still not in the IANA repository.",
"Our updated IDN table (version 2.1) for {tld} was submitted on {d1}, ticket {tk}. Registrars need it published before they can enable the new characters, and we announced the date. Six weeks on, the repository still shows version 1.0 from 2019. We received one automated message acknowledging receipt and nothing else."),
("en", "The IDN table published for {tld} is the old draft, not the final version we submitted.",
"On {d1} IANA published an IDN table for {tld} (ticket {tk}). Unfortunately it is the draft we sent in an early e-mail for comment, not the final version attached to the request. The draft still contains two code points our language authority removed. Some registrars have already started using the published table. We asked for a correction on {d2}."),
("en", "IANA rejected our IDN table for 'format issues' but won't say which.",
"Request {tk} for {tld}: IANA returned our table saying it does not conform to the expected format and that we should 'review RFC 7940'. The table is a valid LGR XML file; it validates with the reference LGR tools. We asked which element is the problem and got the same sentence back. This publication request has been open for seven weeks."),
("en", "Registrants can't get names with accented letters in {tld} because IANA hasn't published our table.",
"Our registrars report that registrants are being refused names with characters that our new policy allows. The reason is that several registrars will not open those characters until our table appears on the IANA repository of IDN practices. The table was submitted with request {tk} on {d1}. The root zone is not involved at all, it is only a publication, so I fail to understand why it takes this long."),
("fr", "Notre table IDN pour {tld} n'est toujours pas publiée dans le dépôt d'IANA.",
"Nous avons transmis la nouvelle version de notre table IDN pour {tld} le {d1} (ticket {tk}). Les bureaux d'enregistrement attendent sa publication pour ouvrir les nouveaux caractères, et la date avait été annoncée. Six semaines plus tard, le dépôt affiche toujours l'ancienne version. À part un accusé de réception automatique, rien."),
("fr", "La table IDN publiée pour {tld} n'est pas la bonne version.",
"Le {d1}, IANA a publié une table IDN pour {tld} (ticket {tk}) : il s'agit du brouillon que nous avions envoyé pour commentaires, pas de la version finale jointe à la demande. Ce brouillon contient encore des caractères retirés par notre autorité linguistique. Certains bureaux d'enregistrement l'utilisent déjà."),
("es", "La tabla IDN de {tld} sigue sin publicarse en el repositorio de IANA.",
"Enviamos la nueva tabla IDN de {tld} (con ñ y vocales acentuadas) el {d1}, ticket {tk}. Los registradores esperan la publicación para habilitar esos caracteres. Han pasado seis semanas y el repositorio muestra la versión de 2018. Solo recibimos un acuse automático."),
("es", "IANA rechazó nuestra tabla IDN por «problemas de formato» sin decir cuáles.",
"En la solicitud {tk} de {tld}, IANA devolvió nuestra tabla diciendo que no cumple el formato y que revisemos el RFC 7940. El archivo valida con las herramientas de referencia. Preguntamos qué elemento falla y nos repitieron la misma frase."),
]

CORES["emergency"] = [
("en", "Emergency NS change for {tld} during an outage on a Saturday: the 24/7 line rang out for 3 hours.",
"On {d1}, a Saturday, two of our three name server sites went down after a fibre cut and the remaining one was overloaded. We needed an emergency NS change to bring in our backup provider. We filed it as urgent in the portal ({tk}) and called the emergency number published for this purpose. Nobody answered for three hours. When someone did, they said it would be handled 'first thing Monday'. It was finally implemented on Sunday night after we escalated through a personal contact."),
("en", "The whole country couldn't reach government sites for most of a day. IANA didn't treat our urgent request as urgent.",
"During the outage on {d1}, users across the country could not reach government and banking sites under {tld}. We asked IANA for an expedited change (ticket {tk}) to swap out a compromised server. The request went through the standard queue: normal checks, normal contact approval, normal review. Our minister has asked us for a written explanation of why the 'emergency procedure' took 31 hours."),
("en", "Suspected hijack of our registry account; we asked IANA to freeze {tld}. It took two days to reach a human.",
"On {d1} we detected unauthorised changes being attempted through our RZMS account for {tld}; someone had obtained a password. We immediately asked IANA to lock the account and hold any pending request (ticket {tk}). The reply was an automated acknowledgement. We called; the call went to voicemail. A specialist contacted us on {d2}. Luckily the attacker's request had failed the technical checks. Had it not, it would have gone through."),
("en", "Is there an emergency procedure or not? Our urgent request got a 5-business-day answer.",
"We were under a DDoS on {d1} and asked to add two mitigation-provider name servers for {tld} as an emergency (ticket {tk}). The reply said the request was received and that 'review and processing is normally completed within five business days'. The IANA website talks about expedited handling in emergencies, but nobody we spoke to could tell us how to trigger it. We got through the incident by other means, but next time we may not."),
("fr", "Changement d'urgence pour {tld} un samedi : personne au numéro d'urgence pendant trois heures.",
"Le {d1}, un samedi, deux de nos trois sites de serveurs de noms sont tombés à la suite d'une coupure de fibre. Nous avons déposé une demande de changement en urgence ({tk}) et appelé le numéro d'urgence publié. Personne n'a répondu pendant trois heures. On nous a ensuite dit que ce serait traité lundi. La modification a été faite dimanche soir, après une escalade par une connaissance personnelle."),
("fr", "Notre demande urgente a été traitée comme une demande ordinaire.",
"Pendant la panne du {d1}, une grande partie des sites publics en {tld} étaient injoignables. Nous avons demandé à IANA un traitement accéléré (ticket {tk}) pour remplacer un serveur compromis. La demande a suivi le circuit normal : tests, approbation des contacts, revue. Il a fallu 31 heures. Notre ministère nous demande des explications écrites."),
("es", "Cambio de emergencia en {tld} durante una caída: nadie atendió el teléfono de urgencias.",
"El {d1} se cayeron dos de nuestros tres sitios de servidores de {tld} por un corte de fibra. Presentamos la solicitud urgente ({tk}) y llamamos al número de emergencias publicado. Nadie contestó durante tres horas y luego nos dijeron que se vería el lunes. Se implementó el domingo por la noche gracias a un contacto personal."),
("es", "Sospecha de secuestro de la cuenta de {tld}; IANA tardó dos días en responder.",
"El {d1} detectamos intentos de cambios no autorizados desde nuestra cuenta del portal de {tld}. Pedimos a IANA bloquear la cuenta y congelar las solicitudes pendientes (ticket {tk}). Solo recibimos un acuse automático. Un especialista nos contactó el {d2}. Por suerte la solicitud del atacante falló las pruebas técnicas."),
]

# Category-specific timeline steps for the `long` style: (lang -> list of steps).
# Each step uses {tk}; the generator prefixes dates.
STEPS = {
 "nscheck_false_fail": {
  "en": ["technical checks return 'timeout' on two of our servers", "retest requested, failed with the same error", "our own measurements from 40 vantage points: all servers answer"],
  "fr": ["tests techniques en échec (« timeout ») sur deux serveurs", "nouveau test demandé, même erreur", "nos propres mesures depuis 40 points : tous les serveurs répondent"],
  "es": ["pruebas técnicas con error de «timeout» en dos servidores", "pedimos repetir la prueba, mismo error", "nuestras mediciones desde 40 puntos: todos los servidores responden"]},
 "dnssec_ds": {
  "en": ["new KSK published in the zone", "DS submitted, DNSSEC check fails ('no matching DNSKEY')", "digest re-verified with three tools, identical"],
  "fr": ["nouvelle KSK publiée dans la zone", "DS déposé, échec du contrôle DNSSEC", "empreinte revérifiée avec trois outils : identique"],
  "es": ["nueva KSK publicada en la zona", "DS enviado, falla la comprobación DNSSEC", "digest verificado otra vez con tres herramientas"]},
 "contact_auth": {
  "en": ["checks passed", "no approval e-mail received by the admin contact", "notice: request withdrawn for lack of approval"],
  "fr": ["tests passés", "aucun courriel d'approbation reçu par le contact administratif", "avis : demande retirée faute d'approbation"],
  "es": ["pruebas superadas", "el contacto administrativo no recibe ningún correo de aprobación", "aviso: solicitud retirada por falta de aprobación"]},
 "review_stall": {
  "en": ["checks passed, both contacts approved", "status 'Pending IANA review'", "status unchanged, no question from IANA"],
  "fr": ["tests passés, approbation des deux contacts", "statut « en cours d'examen »", "statut inchangé, aucune question d'IANA"],
  "es": ["pruebas superadas, aprobación de ambos contactos", "estado «revisión pendiente»", "estado sin cambios, ninguna pregunta de IANA"]},
 "publication_delay": {
  "en": ["notice: released for implementation", "root zone still serves the old NS/glue", "root zone serial has changed twice, our change not included"],
  "fr": ["avis : transmis pour mise en œuvre", "la zone racine publie toujours les anciens NS", "le numéro de série de la racine a changé deux fois, sans notre modification"],
  "es": ["aviso: enviado a implementación", "la zona raíz sigue con los NS antiguos", "el serial de la raíz cambió dos veces sin nuestro cambio"]},
 "wrong_change": {
  "en": ["change implemented", "registrars report timeouts", "we find the published records differ from what we submitted"],
  "fr": ["modification mise en œuvre", "les bureaux d'enregistrement signalent des timeouts", "nous constatons que les enregistrements publiés ne sont pas ceux demandés"],
  "es": ["cambio implementado", "los registradores reportan timeouts", "vemos que los registros publicados no son los que pedimos"]},
 "portal_rzms": {
  "en": ["login to RZMS fails (2FA 'invalid')", "reset requested", "reset link leads to an error page"],
  "fr": ["connexion au RZMS impossible (code 2FA refusé)", "réinitialisation demandée", "le lien de réinitialisation mène à une page d'erreur"],
  "es": ["no se puede entrar al RZMS (código 2FA inválido)", "pedimos restablecer el acceso", "el enlace de restablecimiento da error"]},
 "no_response": {
  "en": ["question sent to IANA", "reminder, no acknowledgement", "second reminder and request to escalate, no answer"],
  "fr": ["question envoyée à IANA", "relance, pas d'accusé de réception", "deuxième relance et demande d'escalade, pas de réponse"],
  "es": ["pregunta enviada a IANA", "recordatorio, sin acuse de recibo", "segundo recordatorio y pedido de escalamiento, sin respuesta"]},
 "bias": {
  "en": ["our request filed", "similar request of another operator filed, published three days later", "ours still pending; IANA 'cannot comment on other customers'"],
  "fr": ["dépôt de notre demande", "demande similaire d'un autre opérateur, publiée en trois jours", "la nôtre toujours en attente ; IANA « ne commente pas les autres clients »"],
  "es": ["presentamos nuestra solicitud", "otro operador presenta una similar, publicada en tres días", "la nuestra sigue pendiente; IANA «no comenta solicitudes de otros»"]},
 "transfer_eval": {
  "en": ["transfer documentation filed", "IANA asks for an incumbent statement", "IANA asks for a certified translation of the law"],
  "fr": ["dossier de transfert déposé", "IANA demande une déclaration du gestionnaire sortant", "IANA demande une traduction certifiée de la loi"],
  "es": ["se presenta la documentación de transferencia", "IANA pide una declaración del administrador saliente", "IANA pide una traducción certificada de la ley"]},
 "idn_table": {
  "en": ["IDN table submitted", "automated acknowledgement", "repository still shows the old version"],
  "fr": ["table IDN transmise", "accusé de réception automatique", "le dépôt affiche toujours l'ancienne version"],
  "es": ["tabla IDN enviada", "acuse de recibo automático", "el repositorio sigue mostrando la versión antigua"]},
 "emergency": {
  "en": ["outage starts, urgent request filed", "emergency number called, no answer", "IANA replies the request will be handled next business day"],
  "fr": ["début de la panne, demande urgente déposée", "numéro d'urgence appelé, pas de réponse", "IANA répond que ce sera traité le jour ouvré suivant"],
  "es": ["empieza la caída, solicitud urgente presentada", "llamamos al número de emergencias, nadie contesta", "IANA responde que se verá el siguiente día hábil"]},
}

GENERIC_STEPS = {
 "en": ["request {tk} submitted", "we chased by e-mail", "phone call to IANA, told to wait", "still unresolved at the time of writing"],
 "fr": ["demande {tk} déposée", "relance par courriel", "appel à IANA, on nous demande de patienter", "toujours pas résolu à ce jour"],
 "es": ["solicitud {tk} presentada", "reclamamos por correo", "llamada a IANA, nos piden esperar", "sin resolver a la fecha"],
}

# Hint subjects per category and language (some mails use them, most use generic ones).
HINT_SUBJECTS = {
 "nscheck_false_fail": {"en": ["tech check failing again", "Name servers fine, IANA test says otherwise"], "fr": ["Tests techniques en échec"], "es": ["Fallo de pruebas técnicas"]},
 "dnssec_ds": {"en": ["DS record / KSK rollover", "DNSSEC problem {tld}"], "fr": ["Roulement de clé bloqué"], "es": ["Problema con el DS"]},
 "contact_auth": {"en": ["approval never arrived", "Authorization emails"], "fr": ["Confirmation des contacts"], "es": ["Correo de autorización"]},
 "review_stall": {"en": ["request stuck", "Still pending"], "fr": ["Demande bloquée"], "es": ["Solicitud detenida"]},
 "publication_delay": {"en": ["not in the root yet", "Root zone not updated"], "fr": ["Toujours pas dans la racine"], "es": ["La raíz no se actualiza"]},
 "wrong_change": {"en": ["WRONG records published", "Error in implemented change"], "fr": ["Erreur dans la modification"], "es": ["Cambio mal implementado"]},
 "portal_rzms": {"en": ["RZMS login", "portal error"], "fr": ["Portail inaccessible"], "es": ["Problema con el portal"]},
 "no_response": {"en": ["no reply", "Is anybody reading our mails?"], "fr": ["Aucune réponse"], "es": ["Sin respuesta"]},
 "bias": {"en": ["unequal treatment", "Fairness"], "fr": ["Traitement inégal"], "es": ["Trato desigual"]},
 "transfer_eval": {"en": ["{tld} transfer", "Delegation request status"], "fr": ["Transfert de {tld}"], "es": ["Transferencia de {tld}"]},
 "idn_table": {"en": ["IDN table", "LGR publication"], "fr": ["Table IDN"], "es": ["Tabla IDN"]},
 "emergency": {"en": ["EMERGENCY - nobody answered", "urgent change not handled"], "fr": ["Urgence non traitée"], "es": ["Emergencia sin atender"]},
}

GENERIC_SUBJECTS = {
 "en": ["Complaint", "complaint re IANA", "urgent", "{tld}", "Ticket {tk}", "IANA service", "Formal complaint - {tld}", "question", "Issue with our request", "FW: status?", "Feedback on IANA performance", "re: our request", "CSC - complaint {tld}", "(no subject)", "IANA", "Problem"],
 "fr": ["Réclamation", "Plainte", "urgent", "{tld}", "Demande {tk}", "Réclamation concernant IANA", "Signalement", "Problème avec IANA", "À l'attention du CSC"],
 "es": ["Queja", "Reclamo", "urgente", "{tld}", "Ticket {tk}", "Queja formal - {tld}", "Problema con IANA", "Atención CSC", "Reclamación"],
}

# Side remarks about other stages, tagged with the category they touch (excluded when equal).
ASIDES = {
 "en": [("nscheck_false_fail", "For what it's worth, the technical checks on this one were quick."),
        ("contact_auth", "(The contact confirmation step, for once, worked fine.)"),
        ("portal_rzms", "Separately, the RZMS portal logged me out twice while I was checking the status, but that is another story."),
        ("dnssec_ds", "We had a similar unexplained delay last year with a DS update."),
        ("no_response", "I would add that nobody acknowledged our earlier e-mail about this, but that is secondary."),
        ("publication_delay", "Publication itself, when it finally happened, was quick."),
        ("idn_table", "Our IDN table request from last year also took months, by the way."),
        ("review_stall", "We also noticed PTI's monthly report shows every SLA met for that month, which surprised us."),
        ("bias", "I don't want to suggest anyone is treated better than us, but it does make you wonder."),
        ("emergency", "Luckily this was not an emergency, because I dread to think what would have happened.")],
 "fr": [("nscheck_false_fail", "Pour être juste, les tests techniques ont été rapides cette fois."),
        ("contact_auth", "(La confirmation des contacts s'est bien passée, pour une fois.)"),
        ("portal_rzms", "Au passage, le portail RZMS m'a déconnecté deux fois pendant que je vérifiais l'état de la demande."),
        ("dnssec_ds", "Nous avions eu un retard semblable l'an dernier pour une mise à jour DS, jamais expliqué non plus."),
        ("review_stall", "Le rapport mensuel de PTI affiche pourtant tous les SLA respectés pour ce mois-là."),
        ("publication_delay", "La publication dans la zone racine, une fois lancée, a été rapide."),
        ("no_response", "J'ajoute que notre premier courriel à ce sujet n'a jamais reçu de réponse, mais c'est secondaire.")],
 "es": [("nscheck_false_fail", "Para ser justos, las pruebas técnicas esta vez fueron rápidas."),
        ("contact_auth", "(La confirmación de los contactos funcionó bien, por una vez.)"),
        ("portal_rzms", "Aparte, el portal RZMS me desconectó dos veces mientras revisaba el estado."),
        ("dnssec_ds", "El año pasado tuvimos un retraso parecido con un cambio de DS."),
        ("review_stall", "El informe mensual de PTI marca todos los SLA cumplidos para ese mes, lo cual nos sorprende."),
        ("publication_delay", "La publicación en la zona raíz, cuando por fin ocurrió, fue rápida."),
        ("no_response", "Agrego que nuestro primer correo sobre esto nunca tuvo respuesta, pero eso es secundario.")],
}

GREET = {
 "en": ["Dear CSC,", "Hello,", "Hi all,", "Dear Committee members,", "To the CSC,", "Good morning,", "Dear colleagues,"],
 "fr": ["Bonjour,", "Madame, Monsieur,", "Chers membres du CSC,", "Bonjour à tous,", "Chers collègues,"],
 "es": ["Estimados:", "Hola,", "Buenos días,", "Estimados miembros del CSC:", "A quien corresponda:"],
}
CLOSE = {
 "en": ["Regards,", "Best regards,", "Thanks,", "Kind regards,", "Thank you for looking into this.", "Cheers,"],
 "fr": ["Cordialement,", "Bien cordialement,", "Merci d'avance,", "Bien à vous,", "Salutations distinguées,"],
 "es": ["Saludos,", "Saludos cordiales,", "Gracias de antemano,", "Atentamente,", "Un saludo,"],
}
TERSE_TAIL = {
 "en": ["Please advise.", "Can someone look at this?", "Thanks.", "", "Ref above.", "Need this fixed."],
 "fr": ["Merci de voir.", "Merci.", "", "Qu'en pensez-vous ?"],
 "es": ["Gracias.", "¿Pueden revisarlo?", "", "Quedo atento."],
}
ANGRY_OPEN = {
 "en": ["I am writing because frankly we have had ENOUGH.", "This is unacceptable and I want it on record.", "I can't believe I have to write this again.", "Once again IANA has let us down.", "Sorry for the tone but we are furious."],
 "fr": ["C'est inadmissible.", "Nous en avons ASSEZ.", "Je vous écris très en colère.", "Une fois de plus, IANA nous laisse tomber."],
 "es": ["Esto es inaceptable.", "Estamos HARTOS.", "Escribo muy molesto.", "Otra vez IANA nos falla."],
}
ANGRY_CLOSE = {
 "en": ["What exactly are we paying for? And don't send me another template.", "I expect a real answer, not another 'thank you for your patience'.", "If this is how a critical function is run, the community deserves to know.", "FIX IT."],
 "fr": ["Nous attendons une vraie réponse, pas un énième message type.", "Est-ce ainsi que l'on gère une fonction aussi critique ?", "Il faut que cela cesse."],
 "es": ["Esperamos una respuesta de verdad, no otra plantilla.", "¿Así se gestiona una función tan crítica?", "Esto tiene que cambiar YA."],
}
FORMAL_OPEN = {
 "en": ["On behalf of the registry operator for {tld}, and in accordance with the complaint resolution process applicable to the IANA naming functions, we hereby submit a formal complaint regarding the matter described below.",
        "We write to bring to the attention of the Customer Standing Committee a matter which, in our view, constitutes a failure by PTI to perform the IANA naming functions in accordance with the applicable service levels.",
        "Please accept this letter as a formal complaint of the {tld} registry concerning the handling of our request referenced below."],
 "fr": ["Au nom du gestionnaire de {tld}, et conformément à la procédure de réclamation applicable aux fonctions IANA de nommage, nous avons l'honneur de porter à votre connaissance les faits suivants.",
        "Par la présente, le registre {tld} souhaite saisir le Comité permanent des clients d'une réclamation formelle relative au traitement de sa demande."],
 "es": ["En nombre del administrador de {tld}, y conforme al procedimiento de quejas aplicable a las funciones IANA, presentamos formalmente la siguiente queja.",
        "Por medio de la presente, el registro de {tld} somete a la consideración del Comité Permanente de Clientes una queja formal relativa a la tramitación de su solicitud."],
}
FORMAL_CLOSE = {
 "en": ["We respectfully request that the CSC review this matter, inform us of any pattern identified, and confirm receipt of this complaint in writing. We reserve all rights in this respect.",
        "We would be grateful if the Committee would take this complaint into account in its monitoring of PTI's performance and advise us of the steps it intends to take.",
        "This letter is without prejudice to any further action the registry may consider appropriate."],
 "fr": ["Nous vous prions de bien vouloir accuser réception de la présente et de nous informer des suites qui y seront données. Nous réservons l'ensemble de nos droits.",
        "Nous vous saurions gré de bien vouloir examiner cette réclamation dans le cadre de votre suivi des performances de PTI."],
 "es": ["Solicitamos respetuosamente que el CSC examine este asunto y nos confirme por escrito la recepción de la presente. Nos reservamos todos los derechos.",
        "Agradeceremos que el Comité tenga en cuenta esta queja en su supervisión del desempeño de PTI y nos informe de las medidas que adopte."],
}
LONG_INTRO = {
 "en": ["Below is the full sequence of events, as I think the details matter.", "Some background first, then the timeline.", "I have tried to keep a precise record, see below."],
 "fr": ["Voici la chronologie complète, car les détails comptent.", "Un peu de contexte d'abord, puis la chronologie."],
 "es": ["A continuación la cronología completa, porque los detalles importan.", "Primero algo de contexto y luego la cronología."],
}
TIMELINE_HEAD = {"en": "Timeline:", "fr": "Chronologie :", "es": "Cronología:"}
FWD_INTRO = {
 "en": ["See below. This is the exchange I mentioned on the call.", "FYI - forwarding our correspondence with IANA. Please treat as a complaint.", "Forwarding, since IANA does not seem to be able to help.", "fwd for your records", "Below is what we sent to IANA. Still nothing."],
 "fr": ["Je vous transfère notre échange avec IANA. Merci de le considérer comme une réclamation.", "Pour information, voir ci-dessous.", "Transféré, puisque IANA ne répond pas."],
 "es": ["Les reenvío nuestro intercambio con IANA. Por favor considérenlo una queja.", "Para su información, ver abajo.", "Reenvío, ya que IANA no responde."],
}
FWD_HEAD = {
 "en": "---------- Forwarded message ---------",
 "fr": "-------- Message transféré --------",
 "es": "---------- Mensaje reenviado ---------",
}
FWD_LABELS = {
 "en": ("From", "Date", "Subject", "To"),
 "fr": ("De", "Date", "Objet", "À"),
 "es": ("De", "Fecha", "Asunto", "Para"),
}
QUOTE_INTRO = {
 "en": "On {date}, {who} wrote:",
 "fr": "Le {date}, {who} a écrit :",
 "es": "El {date}, {who} escribió:",
}
REPLY_LEAD = {
 "en": ["Not about this notice, but since it landed in my inbox:", "Replying here because it is the only IANA mail I have at hand.", "This notice is fine, the problem is elsewhere:", "While we are at it -", ""],
 "fr": ["Rien à voir avec cet avis, mais puisqu'il vient d'arriver :", "Je réponds ici, c'est le seul message d'IANA que j'ai sous la main.", ""],
 "es": ["No es sobre este aviso, pero ya que llegó:", "Respondo aquí porque es el único correo de IANA que tengo a mano.", ""],
}

# IANA notices quoted in `reply` mails / forwarded in `forward` mails (they concern ANOTHER
# request or stage than the complaint).  Placeholders {tk2} {tld}.
IANA_NOTICES = [
 ("Technical checks passed for {tk2}", "Dear Technical Contact,\n\nThe technical checks for change request {tk2} ({tld}) have completed successfully. The request will now proceed to contact confirmation.\n\nIANA Services"),
 ("Change request {tk2} implemented", "Dear colleague,\n\nWe are pleased to inform you that change request {tk2} for {tld} has been implemented and is now reflected in the root zone.\n\nIf you have any questions, please reply to this message.\n\nRegards,\nRoot Zone Management, IANA"),
 ("Please confirm change request {tk2}", "Dear Administrative Contact,\n\nA change request ({tk2}) has been submitted for {tld}. Please review the proposed changes and approve or reject them using the link below.\n\nhttps://rzms.iana.example/confirm/{tk2}\n\nThank you,\nIANA Services"),
 ("Customer satisfaction survey", "Dear customer,\n\nYour recent request {tk2} has been closed. We would value your feedback on the service you received. The survey takes less than five minutes.\n\nThank you,\nIANA Services"),
 ("Acknowledgement of your message", "Thank you for contacting IANA. This is an automated acknowledgement; your message has been recorded as {tk2}. A member of our team will respond shortly.\n\nIANA Services"),
 ("Root zone database update for {tld}", "Dear Technical Contact,\n\nThe contact information for {tld} in the root zone database has been updated as requested in {tk2}. No change to the root zone was required.\n\nBest regards,\nIANA"),
 ("Scheduled maintenance of the RZMS", "Dear customers,\n\nThe Root Zone Management System will be unavailable for scheduled maintenance on Saturday between 14:00 and 18:00 UTC. Requests submitted by e-mail during this window will be processed afterwards.\n\nIANA Services"),
]
IANA_SENDERS = ["IANA Root Zone Management <root-mgmt@iana.example>", "IANA Services <iana-services@iana.example>", "Root Zone Requests <rz-requests@iana.example>"]
IANA_CANNED = "Thank you for your message. Your request is being processed and we will contact you if further information is required. We appreciate your patience.\n\nIANA Services"

DISCLAIMER = {
 "en": "CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately and delete it from your system. Any unauthorised review, use, disclosure, copying or distribution is strictly prohibited. The views expressed in this message are those of the author and do not necessarily represent those of the registry. Please consider the environment before printing this e-mail.",
 "fr": "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous n'êtes pas le destinataire de ce message, merci de le détruire et d'avertir immédiatement l'expéditeur. L'intégrité de ce message ne pouvant être assurée sur Internet, le registre ne pourra être tenu responsable de son contenu. Pensez à l'environnement avant d'imprimer ce courriel.",
 "es": "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a sus destinatarios. Si usted lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine de su sistema. Queda prohibida cualquier utilización, divulgación o copia no autorizada. Las opiniones expresadas son exclusivamente las del autor y no representan necesariamente las del registro. Antes de imprimir este correo, piense en el medio ambiente.",
}
TITLES = {
 "en": ["Registry Manager", "Head of DNS Operations", "Chief Technical Officer", "Policy & Compliance Officer", "Senior Systems Engineer", "Executive Director"],
 "fr": ["Directeur technique", "Responsable des opérations DNS", "Chargée des relations institutionnelles", "Directrice générale", "Ingénieur systèmes"],
 "es": ["Gerente técnico", "Jefa de operaciones DNS", "Director ejecutivo", "Coordinadora de políticas", "Ingeniero de sistemas"],
}
PEOPLE = {
 "en": ["Sarah Mitchell", "Tom Okafor", "Priya Raman", "David Chen", "Aisha Bello", "James O'Neill", "Mele Tupou", "Grace Wanjiru", "Rajesh Kumar", "Hannah Lee", "Oleksandr Kovalenko", "Nadia Haddad", "Mark Svensson", "Chloe Brennan", "Ahmed Al-Mansoori", "Liu Wei", "Kwame Mensah", "Irina Petrova"],
 "fr": ["Jean-Luc Ndiaye", "Aminata Traoré", "Sophie Lefèvre", "Pierre-Yves Kerloc'h", "Fatou Diop", "Hervé Rakotomalala", "Élodie Marchand", "Mamadou Koné", "Claire Dubois", "Théo Gagnon"],
 "es": ["María José Pérez", "Carlos Gutiérrez", "Lucía Fernández", "Jorge Ramírez", "Ana Belén Ortiz", "Diego Castillo", "Valeria Núñez", "Andrés Muñoz", "Itziar Etxeberria", "Pablo Sánchez"],
}

# Sender registries (tld, registry short name).  xn-- ones included.
TLDS = {
 "en": [".nz", ".ke", ".sg", ".ws", ".tt", ".fj", ".ng", ".au", ".ie", ".pk", ".london", ".nyc", ".shop", ".xn--p1ai", ".xn--90ais", ".xn--fiqs8s", ".xn--mgbaam7a8h", ".xn--wgbl6a", ".xn--3e0b707e", ".xn--node", ".xn--j1amh", ".xn--qxam", ".xn--h2brj9c", ".my", ".lk", ".gh"],
 "fr": [".sn", ".ci", ".ml", ".bf", ".ga", ".ht", ".mg", ".pf", ".nc", ".lu", ".paris", ".quebec", ".bzh", ".xn--mgberp4a5d4ar", ".xn--pgbs0dh", ".tn", ".cm"],
 "es": [".ar", ".bo", ".cl", ".co", ".cr", ".ec", ".gt", ".hn", ".py", ".uy", ".pe", ".cat", ".gal", ".eus", ".lat", ".madrid", ".do"],
}

# City and phone prefix per sender TLD (signature blocks).
PLACES = {
 ".nz": ("Wellington 6011", "+64 4"), ".ke": ("Nairobi", "+254 20"), ".sg": ("Singapore 117628", "+65 6"),
 ".ws": ("Apia", "+685 2"), ".tt": ("Port of Spain", "+1 868"), ".fj": ("Suva", "+679 3"),
 ".ng": ("Lagos", "+234 1"), ".au": ("Melbourne VIC 3000", "+61 3"), ".ie": ("Dublin 2", "+353 1"),
 ".pk": ("Islamabad", "+92 51"), ".london": ("London EC2A 4NE", "+44 20"), ".nyc": ("New York, NY 10013", "+1 212"),
 ".shop": ("Tokyo 150-0002", "+81 3"), ".xn--p1ai": ("Moscow 123308", "+7 495"), ".xn--90ais": ("Minsk 220030", "+375 17"),
 ".xn--fiqs8s": ("Beijing 100190", "+86 10"), ".xn--mgbaam7a8h": ("Abu Dhabi", "+971 2"), ".xn--wgbl6a": ("Doha", "+974 4"),
 ".xn--3e0b707e": ("Seoul 05717", "+82 2"), ".xn--node": ("Tbilisi 0179", "+995 32"), ".xn--j1amh": ("Kyiv 01001", "+380 44"),
 ".xn--qxam": ("Heraklion 70013", "+30 2810"), ".xn--h2brj9c": ("New Delhi 110003", "+91 11"), ".my": ("Cyberjaya 63000", "+60 3"),
 ".lk": ("Colombo 07", "+94 11"), ".gh": ("Accra", "+233 30"),
 ".sn": ("Dakar", "+221 33"), ".ci": ("Abidjan", "+225 27"), ".ml": ("Bamako", "+223 20"), ".bf": ("Ouagadougou", "+226 25"),
 ".ga": ("Libreville", "+241 11"), ".ht": ("Port-au-Prince", "+509 28"), ".mg": ("Antananarivo 101", "+261 20"),
 ".pf": ("Papeete", "+689 40"), ".nc": ("Nouméa", "+687 27"), ".lu": ("Luxembourg", "+352 24"), ".paris": ("75011 Paris", "+33 1"),
 ".quebec": ("Montréal (Québec)", "+1 514"), ".bzh": ("35000 Rennes", "+33 2"), ".xn--mgberp4a5d4ar": ("Alger", "+213 21"),
 ".xn--pgbs0dh": ("Tunis", "+216 71"), ".tn": ("Tunis", "+216 71"), ".cm": ("Yaoundé", "+237 222"),
 ".ar": ("C1425 Buenos Aires", "+54 11"), ".bo": ("La Paz", "+591 2"), ".cl": ("Santiago", "+56 2"), ".co": ("Bogotá", "+57 601"),
 ".cr": ("San José", "+506 2"), ".ec": ("Quito", "+593 2"), ".gt": ("Ciudad de Guatemala", "+502 2"), ".hn": ("Tegucigalpa", "+504 2"),
 ".py": ("Asunción", "+595 21"), ".uy": ("Montevideo", "+598 2"), ".pe": ("Lima 27", "+51 1"), ".cat": ("08003 Barcelona", "+34 93"),
 ".gal": ("15702 Santiago de Compostela", "+34 981"), ".eus": ("20018 Donostia", "+34 943"), ".lat": ("Ciudad de México", "+52 55"),
 ".madrid": ("28046 Madrid", "+34 91"), ".do": ("Santo Domingo", "+1 809"),
}
STREETS = {
 "en": ["Level 4, 12 Harbour Street", "3rd Floor, Innovation House", "21 Science Park Road", "PO Box 1123", "Unit 7, 44 Wharf Road", "Suite 1200, 80 Broad Street"],
 "fr": ["Immeuble Les Alizés, 2e étage", "12, rue de la Paix", "BP 1234", "3, place de la République", "Route de l'Aéroport, lot 17"],
 "es": ["Av. Libertador 1234, piso 5", "Calle 26 # 68-91", "Av. Arce 2799, edificio Torre Azul", "Carrer de la Marina 16", "Paseo de la Castellana 95"],
}
