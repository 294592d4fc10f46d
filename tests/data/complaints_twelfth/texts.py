"""Hand-written complaint texts for the corpus_blind9 corpus.

Each entry: (category, language, base, persona, subject, body).
base is one of terse / long / angry / formal / neutral.
Placeholders are filled by make_corpus.py: {tld} {T} {t1} {t2} {t3} {d1} {d2} {d3} {d4}
{ns1} {ns2} {ns3} {ip1} {ip6} {kt} {kt2} {org} {dnsop}
"""

CATEGORIES = {
    "checks_false_fail": "Technical checks report failures on name servers that are in fact healthy (false positives blocking an NS/glue change)",
    "checks_stalled": "Technical check results or retests never come back / take hours or days, request sits in the checking stage",
    "dnssec_ds": "DS record / DNSSEC changes rejected or mishandled, key or algorithm rollover blocked",
    "contact_auth": "Contact confirmation / authorization: approval mails not received, links expired, wrong contacts asked",
    "review_delay": "Routine change stuck in IANA review after all approvals were given",
    "publication_delay": "Change approved and released but not published in the root zone (or no notice of publication) in time",
    "wrong_change": "IANA implemented something different from what was requested (wrong NS, glue, DS or contact data)",
    "transfer_eval": "ccTLD/gTLD transfer or delegation evaluation drags on, repeated or shifting document demands",
    "idn_table": "IDN table / LGR submission not published, or published wrongly, in the IANA repository",
    "rzms_portal": "RZMS portal problems: login, 2FA, errors on submit, lost drafts, account locked",
    "no_response": "Communication failure: messages and complaints not acknowledged or answered, tickets closed without reply",
    "unequal_treatment": "Perceived bias: the registry believes it is treated worse than other (larger, gTLD, other region) operators",
    "emergency": "Emergency/urgent change (outage, hijack, compromised key) not handled as an emergency",
}

TEXTS = [
# ---------------------------------------------------------------- checks_false_fail
("checks_false_fail", "en", "terse", "tech", "tech check failed AGAIN",
"""Tech check on {t1} failed again for {ns2}, "no response over TCP". TCP/53 is open, we tested from four networks and two continents. Please look at your test, not our servers."""),

("checks_false_fail", "en", "terse", "tech", "{T} - NS change",
"""Your checks claim {ns1} is not authoritative for {T}. It is: dig @{ns1} {T}. SOA +norec comes back with the aa flag. Ticket {t1}. What are we supposed to change?"""),

("checks_false_fail", "en", "long", "manager", "Request {t1} - summary of events",
"""Dear CSC members,

I would like to put on record what happened with our name server update for {tld}, because I think it shows a problem with the test suite rather than with us.

{d1} - we submitted {t1} to replace {ns3} by {ns2} (same operator, new anycast cloud).
{d1} - automated tests returned "Glue mismatch for {ns2}". The glue we supplied ({ip1}) is exactly what the server answers for its own A record.
{d2} - we asked IANA which address their test saw. The answer was a copy of the test report, nothing more.
{d2} - resubmitted with identical data. Same failure.
{d3} - our provider {dnsop} captured traffic and saw that the IANA test queries arrived and were answered. They sent the pcap to IANA.
{d4} - IANA staff told us the test "may have hit a stale cache" and that we should simply retry. Retry passed within minutes.

So three weeks were lost on a failure that was never ours, and nobody at IANA has explained what was wrong or whether it has been fixed. The old server is still in the delegation and it is the one we wanted out.

Kind regards"""),

("checks_false_fail", "en", "angry", "ceo", "This is not acceptable",
"""I have now been told three times by my own engineers that our servers are fine and three times by IANA that they are not. Somebody is wrong, and I have packet captures showing it is not us.

Ticket {t1} has been bounced back with "lame delegation" for {ns1} although every public resolver in the world is happily resolving {T} through that server. We cannot get rid of a provider we are paying to leave because your robot says no and no human will overrule it.

I expect the CSC to ask PTI how many other registries are being blocked by the same faulty check. We are certainly not the only ones."""),

("checks_false_fail", "en", "formal", "dnsop", "Technical check results for {T} - request for review",
"""To the Customer Standing Committee,

{dnsop} provides secondary DNS service for the {tld} top-level domain on behalf of {org}. We write in that capacity and with the registry's consent.

In connection with change request {t1}, the IANA technical checks reported that our servers {ns2} and {ns3} "return inconsistent NS sets". We have reviewed the responses served by every node in our network during the period in question. All nodes serve an identical NS RRset, identical to the one submitted in the request. The inconsistency reported appears to result from the test comparing the proposed NS set against the currently delegated one, which by definition differs during a change of this nature.

We respectfully submit that a check which fails every legitimate change of provider is not functioning as intended. We would be grateful if the Committee could raise the matter with PTI and ask whether the test logic has been reviewed.

Yours faithfully"""),

("checks_false_fail", "en", "neutral", "junior", "question about test failure on our request",
"""Hi,

I am quite new in the DNS team at {org} so sorry if this is the wrong address. My manager asked me to write to you.

We submitted a name server change for {tld} ({t1}). The IANA test report says "Serial number inconsistency" between {ns1} and {ns2}. Our registry system publishes a new zone every five minutes, so for a short moment the servers can have different serials, this is normal for us and was never a problem before. When I test now both give the same serial.

IANA says the request cannot go forward until the test passes but it fails every time because of the timing. Is there a way to have the test take this into account? We have been trying since {d1}.

Thanks a lot"""),

("checks_false_fail", "fr", "neutral", "tech", "Échec des tests techniques - {T}",
"""Bonjour,

Notre demande de modification des serveurs de noms de {tld} (ticket {t1}) est rejetée depuis le {d1} par les tests techniques de l'IANA, avec le message « server not reachable over IPv6 » pour {ns2}.

Or ce serveur répond parfaitement en IPv6 ({ip6}) : nous l'avons vérifié depuis RIPE Atlas, depuis deux hébergeurs différents et depuis notre propre réseau. Nous avons transmis ces résultats à l'IANA, qui nous répond simplement de relancer les tests. Nous les avons relancés quatre fois, toujours le même échec.

Nous avons l'impression que le problème se situe du côté du point de mesure de l'IANA et non chez nous. Pourriez-vous relayer la question auprès de PTI ?

Cordialement"""),

("checks_false_fail", "es", "neutral", "manager", "Solicitud rechazada por pruebas técnicas",
"""Estimados señores:

Les escribimos porque la solicitud {t1} para actualizar los servidores de nombres de {tld} sigue sin avanzar. Las pruebas técnicas de IANA indican que {ns1} "no responde con autoridad", pero el servidor responde correctamente desde cualquier punto que hemos probado, incluidos los resolvedores públicos más conocidos.

Nuestro proveedor técnico revisó sus registros y confirma que las consultas de IANA llegaron y fueron contestadas con el bit AA. Aun así, el resultado sigue siendo negativo y nadie nos explica qué ve exactamente la herramienta de IANA.

Agradeceríamos que el Comité pregunte a PTI si hay un problema conocido con esta prueba.

Atentamente,"""),

# ---------------------------------------------------------------- checks_stalled
("checks_stalled", "en", "terse", "tech", "still 'pending tests'",
"""{t1} has shown "Technical check in progress" since {d1}. No result, no error, nothing. Retest button does nothing either."""),

("checks_stalled", "en", "terse", "dnsop", "retest",
"""Asked for a retest on {t1} ({T}) at 09:10 UTC. It is now 16:40 and still no results. The SLA on this is ten minutes, I believe."""),

("checks_stalled", "en", "long", "manager", "Timeline - request {t1} for {T}",
"""Hello,

Please find below the sequence for our request, which I think speaks for itself.

{d1} 08:02 UTC   Request submitted through the portal, confirmation received immediately.
{d1} 08:05 UTC   Status changes to "Performing technical checks".
{d1} 17:30 UTC   Still the same status. We send a mail to IANA.
{d2}             Reply from IANA: they will "look into it".
{d2}             Status unchanged. No test report in the portal or by mail.
{d3}             We request a retest. Status still unchanged.
{d4}             Test results finally arrive, all green. Nothing was changed on our side.

That is several days for something that is supposed to take less than an hour. In the meantime our customers were told that the migration would be done by the end of the week, and we had to push it back twice.

I would like to know whether this was counted in PTI's monthly SLA report.

Best regards"""),

("checks_stalled", "en", "angry", "ceo", "How long does a test take?",
"""Seriously. How long does an automated test take at IANA? Our request {t1} has been "under technical check" for four days. Four days! It is a robot. It either passes or it fails.

Every time my team asks, they get a polite reply saying someone is looking at it. Nobody is looking at it, or it would be done.

I want the CSC to note that we have had exactly the same thing on our previous request ({t2}) in the spring."""),

("checks_stalled", "en", "neutral", "junior", "request not progressing",
"""Dear CSC,

Our request for {tld} ({t1}) has not moved since {d1}. In the portal it says the checks are running, but we never got the result e-mail that we normally get after a few minutes. I checked spam folders etc. We also can't see a report in the request page, the section is empty.

I wrote to IANA on {d2} and got the automatic acknowledgement but nothing after that. Could you check if something is blocked on their side?

Thank you"""),

("checks_stalled", "fr", "terse", "tech", "Tests toujours en cours ?",
"""Bonjour, la demande {t1} ({tld}) est bloquée à l'étape des vérifications techniques depuis le {d1}. Aucun rapport, aucune erreur. Pouvez-vous faire quelque chose ?"""),

("checks_stalled", "fr", "neutral", "manager", "Réclamation - délai de vérification",
"""Madame, Monsieur,

Je me permets de vous saisir au sujet de notre demande {t1} concernant {tld}. Soumise le {d1}, elle est restée plus de trois jours en « vérification technique » sans qu'aucun résultat ne nous soit communiqué. Nos serveurs étaient pourtant joignables et correctement configurés, comme l'a finalement confirmé le rapport reçu le {d3}.

Nous avions demandé une nouvelle vérification le {d2} ; elle n'a, elle non plus, produit aucun résultat avant plusieurs jours. Si je comprends bien les engagements de service de PTI, ces étapes devraient se compter en minutes.

Nous souhaitons que ce retard soit pris en compte dans le suivi des performances de PTI.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées."""),

("checks_stalled", "es", "neutral", "tech", "Pruebas técnicas sin resultado",
"""Hola,

Les escribo desde el equipo técnico de {org}. La solicitud {t1} para {tld} entró en la fase de pruebas técnicas el {d1} y desde entonces no hemos recibido ningún resultado, ni positivo ni negativo. Pedimos repetir las pruebas el {d2} y tampoco pasó nada.

Los servidores están funcionando y respondiendo. No entendemos por qué el sistema se queda colgado en este paso. ¿Pueden consultarlo con IANA?

Saludos"""),

# ---------------------------------------------------------------- dnssec_ds
("dnssec_ds", "en", "terse", "tech", "DS for {T}",
"""Our KSK rollover is stuck. New DS (keytag {kt2}) refused in {t1}: "DS does not match any DNSKEY". It matches, the key has been published for 10 days."""),

("dnssec_ds", "en", "terse", "dnsop", "{t1}",
"""We asked to remove the old DS ({kt}) after the rollover. IANA removed the new one instead. Zone is now bogus for validating resolvers. Call me."""),

("dnssec_ds", "en", "long", "tech", "Algorithm rollover {T} - what happened",
"""Hi all,

Summary of our algorithm rollover (RSASHA256 to ECDSAP256SHA256) for {tld}, as requested by the CSC liaison:

- {d1}: new ECDSA KSK (keytag {kt2}) published in the zone alongside the RSA key. Both signed. Checked with DNSViz, all fine.
- {d1}: submitted {t1} to add the new DS while keeping the old one ({kt}).
- {d2}: request rejected - "DS set contains records for more than one algorithm". That is exactly what an algorithm rollover needs.
- {d2}: we explained this to IANA and quoted RFC 6781.
- {d3}: IANA asked us to remove the old DS and add the new one in a single step. That would have broken validation for the TTL window, so we declined.
- {d4}: after a call, the request was accepted "as an exception".

Our concern: the checks apparently do not know how to handle a normal double-DS rollover, and we were pressured to do an unsafe change. Other operators who have less DNSSEC experience might just have done what they were told.

Regards"""),

("dnssec_ds", "en", "angry", "tech", "DNSSEC - you nearly took us down",
"""I am writing because we came very close to a full validation outage for {T} and it would have been IANA's doing.

We submitted a routine DS update ({t1}). The tests passed. Then someone manually "corrected" our request and put in a digest type we never asked for. We only noticed because our monitoring compares the root zone with our records every hour.

Nobody called us. Nobody asked. If this is how DS changes are handled, I am not sure we can trust the process for the next rollover."""),

("dnssec_ds", "en", "formal", "lawyer", "{org} - DNSSEC change request {t1}",
"""Dear Sir or Madam,

We act for {org}, the manager of the {tld} country-code top-level domain.

On {d1} our client requested, under reference {t1}, the removal of all DS records for {tld} in order to transition the zone to an unsigned state pending replacement of its signing infrastructure. The request was correctly authorised by both the administrative and technical contacts.

The request has not been implemented. IANA has instead asked our client to justify the decision to withdraw DNSSEC and has suggested that the removal be reconsidered. Our client does not dispute that DNSSEC is desirable; it maintains, however, that the operational decision belongs to the TLD manager.

We invite the Committee to note this matter and to clarify whether PTI's handling is consistent with the applicable policies.

Yours faithfully"""),

("dnssec_ds", "en", "neutral", "junior", "DS record update question",
"""Hello,

We tried to update the DS record for {tld} last week (ticket {t1}). The request failed with "no matching DNSKEY found at the child" but our new key IS in the zone, I can see it with dig +dnssec. My colleague thinks maybe IANA's tester only asked one of our servers and that server had an older zone? We fixed that but the retest still says the same.

Could somebody please explain what exactly is being checked? We have to finish the rollover before the old key expires on {d4}.

Regards"""),

("dnssec_ds", "fr", "neutral", "manager", "Enregistrement DS refusé",
"""Bonjour,

Dans le cadre du renouvellement de la clé KSK de {tld}, nous avons soumis le {d1} une demande d'ajout d'un nouvel enregistrement DS (identifiant de clé {kt2}), ticket {t1}.

La demande a été refusée au motif que l'algorithme de hachage utilisé ne serait pas accepté. Il s'agit pourtant de SHA-256, ce qui est la norme. Après plusieurs échanges, l'IANA a reconnu que le message d'erreur était trompeur et que le problème venait d'un espace en trop dans le champ « digest ». Ce champ avait été copié depuis le formulaire de l'IANA lui-même.

Notre ancienne clé arrive à expiration. Nous souhaitons que le comité sache que ce type d'erreur, avec un message aussi peu clair, nous a fait perdre une semaine.

Bien cordialement"""),

("dnssec_ds", "es", "long", "tech", "Cronología cambio DS {T}",
"""Estimados miembros del CSC:

Les resumo lo ocurrido con el cambio de DS de {tld}:

{d1}: publicamos la nueva KSK (etiqueta {kt2}) en la zona.
{d1}: enviamos la solicitud {t1} para añadir el DS nuevo y mantener el anterior ({kt}) durante el periodo de transición.
{d2}: IANA nos informa de que la prueba DNSSEC falló porque "la zona no valida con el nuevo DS". La zona validaba perfectamente.
{d3}: tras varias consultas, IANA indica que su herramienta sólo consulta un servidor y que ese servidor tenía un fallo de sincronización. No era así; todos nuestros servidores tenían la misma versión.
{d4}: la solicitud finalmente se aprueba sin que hayamos cambiado nada.

No buscamos culpables, pero sí queremos que se sepa que perdimos casi dos semanas en una operación de seguridad sensible.

Saludos cordiales,"""),

# ---------------------------------------------------------------- contact_auth
("contact_auth", "en", "terse", "manager", "approval links",
"""The approval link for {t1} expired before our admin contact could click it (he was travelling). Now we have to start the whole request again?"""),

("contact_auth", "en", "terse", "tech", "confirmation mail never arrived",
"""Our tech contact never received the authorization e-mail for {t1} ({T}). Checked the mail logs: nothing came from IANA. Request now says "waiting for approvals"."""),

("contact_auth", "en", "long", "manager", "Authorisation problems, {T}, {t1}",
"""Dear Committee,

I am the administrative contact for {tld}. I am writing about the confirmation step of request {t1}, which has now cost us almost three weeks.

{d1}: request submitted by our technical team.
{d1}: I received the confirmation mail and approved within the hour.
{d1}: our technical contact did not receive anything.
{d2}: IANA resends. Still nothing for the tech contact. I confirm the address is correct on the IANA page for {tld}.
{d3}: IANA suggests the technical contact might have a spam filter. Our mail administrator shows logs: no connection from IANA at all.
{d4}: IANA discovers the mail was sent to an address from our previous record, which had been replaced a year ago.

We would like to understand how an old contact address could still be used for authorisation and whether other registries may be affected.

With kind regards"""),

("contact_auth", "en", "angry", "ceo", "Who did you ask?",
"""I have just learnt that IANA sent the authorisation request for a change to MY registry's name servers to a person who left the company in 2023. Luckily he still forwards things.

We updated our contacts through you. We have the ticket for it ({t2}). Your system ignored it. That is a security problem, not an inconvenience. Please make sure the CSC looks at this and not just a helpdesk."""),

("contact_auth", "en", "neutral", "junior", "approval question for {T}",
"""Hello CSC,

For our request {t1}, IANA says they are waiting for the approval of the administrative contact. Our admin contact says he approved on {d2}. He got a page saying "thank you, your response has been recorded". But the portal still shows his approval as pending and after 7 days it will expire.

We sent screenshots to IANA. Is there somebody who can check this? Sorry for the trouble.

Best regards"""),

("contact_auth", "fr", "angry", "ceo", "Confirmation des contacts - encore !",
"""Messieurs,

C'est la troisième fois cette année que nos demandes restent bloquées à l'étape de confirmation des contacts. Pour la demande {t1}, notre contact administratif a validé le {d1}, puis une seconde fois le {d2} parce que le portail affichait toujours « en attente ». Résultat : la demande a expiré et il faut tout recommencer.

Nous ne sommes pas des débutants. Le problème est chez vous, et personne à l'IANA ne semble capable de nous dire pourquoi nos validations disparaissent.

J'attends du comité qu'il se saisisse de ce dossier."""),

("contact_auth", "es", "neutral", "manager", "Confirmación de contactos",
"""Buenos días:

Les escribo en relación con la solicitud {t1} de {tld}. IANA envió las solicitudes de confirmación a los contactos, pero el mensaje dirigido al contacto técnico llegó en blanco, sin enlace ni código. El contacto administrativo sí lo recibió correctamente y aprobó el mismo día.

Pedimos el reenvío el {d2} y el mensaje volvió a llegar vacío. IANA nos dijo que probáramos con otra dirección, pero para eso tendríamos que cambiar el contacto, lo cual a su vez requiere... una confirmación.

Quedamos a la espera de su ayuda.

Un saludo,"""),

("contact_auth", "es", "terse", "tech", "aprobación caducada",
"""La aprobación de {t1} caducó aunque los dos contactos confirmaron dentro del plazo. Tenemos los correos de "respuesta registrada". ¿Qué pasó?"""),
]

TEXTS += [
# ---------------------------------------------------------------- review_delay
("review_delay", "en", "terse", "manager", "{t1}",
"""Both contacts approved {t1} on {d1}. Tests green. Since then: "Under review by IANA staff". It is a two-line NS change."""),

("review_delay", "en", "terse", "tech", "stuck in review",
"""{T} request {t1}: approvals done {d1}, still sitting in IANA review today. Is someone on holiday?"""),

("review_delay", "en", "long", "manager", "Routine change {t1} - nine working days in review",
"""Dear CSC,

We fully understand that a human needs to look at changes to the root zone. We do not understand why it took nine working days for a routine glue change.

{d1}: request {t1} submitted; all automated checks passed the same morning.
{d1}: both authorisations received the same afternoon.
{d2}: status "pending IANA review". We wait.
{d3}: we ask for an update. Reply: "your request is in the queue".
{d3}: we ask if anything is missing from our side. Reply: no.
{d4}: request released for implementation, without any question having been asked of us in the meantime.

Our understanding is that this step is expected within a few days for the large majority of requests. We would be interested to know whether ours was one of the exceptions in the monthly report and what the explanation was.

Kind regards"""),

("review_delay", "en", "angry", "ceo", "Complaint",
"""Nothing was missing. Nothing was wrong. Tests passed on day one, contacts approved on day one. And then the request for {T} sat on somebody's desk at IANA for two weeks.

If there is a staffing problem, say so. If there is a problem with our request, say so. Saying nothing for two weeks is not acceptable for a function that the whole internet relies on."""),

("review_delay", "en", "formal", "lawyer", "Request {t1} concerning {tld}",
"""Dear Members of the Committee,

We write on behalf of {org}, the registry operator for {tld}.

Our client's request {t1}, submitted on {d1}, satisfied the technical checks and received all required authorisations on the same date. It thereafter remained in the status "pending review" until {d4}, without any request for clarification or additional information being addressed to our client.

We note that the applicable service level for the review and processing stage provides for completion within five days. The delay in this case substantially exceeded that period. Our client has incurred costs as a consequence, as a planned transition of its DNS infrastructure had to be postponed.

We respectfully request that the Committee take this instance into account in its monitoring of PTI's performance and inform us of any explanation provided by PTI.

Yours faithfully"""),

("review_delay", "en", "neutral", "junior", "how long is review supposed to take?",
"""Hi,

Quick question and also a complaint I guess. Our request for {tld} ({t1}) passed tests and both contacts approved on {d1}. Since then the status in the portal is "IANA review" and nothing happens. I emailed root-mgmt on {d2} and {d3} and got answers saying it is being processed.

My boss asks me every day when it will be done and I don't know what to tell him. Is there a normal time for this step?

Thanks"""),

("review_delay", "fr", "neutral", "manager", "Demande en attente de traitement",
"""Bonjour,

Je souhaite attirer l'attention du comité sur la demande {t1} relative à {tld}. Les vérifications techniques ont été concluantes et les deux contacts ont donné leur accord le {d1}. Depuis, la demande est « en cours d'examen » par le personnel de l'IANA, sans qu'aucune question ne nous ait été posée.

Il s'agit d'un simple remplacement d'un serveur secondaire. Nous avons relancé l'IANA à deux reprises ; les réponses se limitent à nous dire que le dossier suit son cours.

Je vous remercie par avance de l'attention que vous porterez à cette situation.

Cordialement"""),

("review_delay", "es", "formal", "ceo", "Reclamación formal - solicitud {t1}",
"""Señores del Comité Permanente de Clientes:

En mi calidad de director general de {org}, administrador del dominio {tld}, me dirijo a ustedes para presentar una reclamación formal.

La solicitud {t1}, presentada el {d1}, superó las pruebas técnicas y obtuvo las autorizaciones de ambos contactos ese mismo día. Sin embargo, permaneció en la fase de revisión por parte del personal de IANA hasta el {d4}, sin que se nos solicitara información adicional alguna.

Entendemos que el acuerdo de nivel de servicio para esta fase es de cinco días. Solicitamos que este caso sea considerado en el seguimiento del desempeño de PTI.

Atentamente,"""),

("review_delay", "es", "neutral", "tech", "solicitud parada",
"""Hola,

Tenemos la solicitud {t1} ({tld}) parada en "revisión de IANA" desde el {d1}. Todo lo demás está completo: pruebas correctas, contactos confirmados. Preguntamos el {d2} y nos dijeron que estaba en cola.

¿Es normal que tarde tanto un cambio de un solo servidor de nombres?

Gracias,"""),

# ---------------------------------------------------------------- publication_delay
("publication_delay", "en", "terse", "tech", "not in the root yet",
"""{t1} was marked "approved for implementation" on {d1}. Today the root zone still has the old NS set for {T}. Checked serial by serial."""),

("publication_delay", "en", "terse", "dnsop", "root zone",
"""Portal says {t1} complete. Root servers still serve the old glue for {ns1}. Which is it?"""),

("publication_delay", "en", "long", "tech", "{T} change - publication timeline",
"""Hello,

For the record, the root zone publication of our change {t1}:

{d1} 14:20 UTC - request released for implementation (mail from IANA).
{d2} - root zone serial increments twice, our change is not in either.
{d3} - we ask IANA. Answer: "the change is with the Root Zone Maintainer".
{d3} - two more serials, still no change.
{d4} - change appears in the root zone. We receive no notification; we found it by polling.

We had booked a maintenance window with our anycast provider based on the 72 hours we understood to be the norm. We had to cancel it. We would appreciate it if the CSC could ask why this one took so long.

Regards"""),

("publication_delay", "en", "angry", "tech", "72 hours?",
"""The change was approved. The change was "sent for implementation". And then for five days nothing. Root zone serial went up every day and our record stayed the same.

Meanwhile we are paying two DNS providers because we can't switch off the old one. Nobody at IANA could tell me where the change was. Great process."""),

("publication_delay", "en", "neutral", "manager", "publication of change {t1}",
"""Dear CSC,

I would like to report a delay in the publication of a change to {tld}. The request {t1} was released for implementation on {d1} but only appeared in the root zone on {d4}. We were not told of the reason, and we were not notified when it was finally published: the ticket was simply closed.

I understand that there are several parties involved in publication, but from our point of view the only one we deal with is IANA, and it was IANA that told us the change was "on its way".

Best regards"""),

("publication_delay", "fr", "terse", "tech", "Publication {T}",
"""La modification {t1} est validée depuis le {d1} mais n'apparaît toujours pas dans la zone racine. Nos anciens serveurs ne peuvent pas être arrêtés tant que ce n'est pas fait."""),

("publication_delay", "fr", "long", "manager", "Chronologie - demande {t1}",
"""Madame, Monsieur,

Voici la chronologie de notre demande {t1} pour {tld}, qui illustre un délai de publication anormal :

- {d1} : la demande est approuvée et transmise pour mise en œuvre.
- {d2} : aucune modification visible dans la zone racine ; nous interrogeons l'IANA.
- {d3} : l'IANA nous indique que la modification est « en cours de publication ».
- {d4} : la modification est enfin publiée, sans notification de la part de l'IANA.

Nous avions informé nos bureaux d'enregistrement d'une date de bascule qui n'a pas pu être respectée. Nous aimerions connaître la cause de ce retard.

Avec nos salutations distinguées"""),

("publication_delay", "es", "neutral", "manager", "Retraso en la publicación",
"""Estimados:

La solicitud {t1} de {tld} fue aprobada el {d1}. Sin embargo, el cambio no se publicó en la zona raíz hasta varios días después, y nunca recibimos la notificación de que se había completado. Lo descubrimos nosotros mismos consultando los servidores raíz.

Nos gustaría saber por qué el cambio tardó tanto en publicarse y por qué no se nos avisó.

Saludos cordiales,"""),

# ---------------------------------------------------------------- wrong_change
("wrong_change", "en", "terse", "tech", "wrong IP in root",
"""Root zone now has {ip1} as glue for {ns2}. We asked for a different address in {t1}. That IP is not ours. Please fix today."""),

("wrong_change", "en", "terse", "dnsop", "URGENT {T} NS set",
"""You published the NS set from our FIRST request ({t2}), which we withdrew, not the one in {t1}. {ns3} should not be there."""),

("wrong_change", "en", "long", "manager", "Incorrect implementation of request {t1}",
"""Dear Committee,

I want to report an error made by IANA when implementing our request {t1} for {tld}.

{d1}: we request the removal of {ns3} and the addition of {ns2}.
{d2}: checks pass, contacts approve.
{d3}: notification that the change has been implemented.
{d3}: our monitoring shows the root zone now lists {ns2} but ALSO still lists {ns3}. The old server was decommissioned the same evening.
{d4}: after our call IANA acknowledged a manual error and submitted a correction.

For about 30 hours one of the listed servers for {T} did not exist. Resolvers coped, but it should not have happened, and we received no explanation of how the request was transcribed wrongly.

Yours sincerely"""),

("wrong_change", "en", "angry", "ceo", "Who typed this?",
"""Our technical contact in the IANA database has been changed to someone from ANOTHER registry. We never asked for that. Our request {t1} was to update the phone number. One phone number.

I don't know whether this is a copy-paste error or something worse, but I want to know, and I want to know how many other records were touched by the same person."""),

("wrong_change", "en", "formal", "lawyer", "Erroneous root zone change affecting {tld}",
"""Dear Sirs,

We are instructed by {org} in relation to change request {t1}.

Our client requested the replacement of a single name server record. The change as implemented in the root zone on {d3} did not correspond to the request as authorised: the glue address recorded for {ns1} was {ip1}, an address neither requested nor controlled by our client.

Our client regards this as a serious matter, since the erroneous address could, if allocated to a third party, have permitted the interception of queries for the {tld} domain. We ask that the Committee obtain from PTI a full account of the circumstances of the error and of the measures adopted to prevent recurrence.

We reserve all our client's rights.

Yours faithfully"""),

("wrong_change", "en", "neutral", "junior", "the change is not what we requested",
"""Hello,

I think there is a mistake. We asked in {t1} to change the IPv6 address of {ns2}. IANA changed the IPv4 address instead (now it has the v6 address written in the wrong place?? or maybe it was removed, I'm not sure). Anyway, dig at a root server does not show what we put in the form. I attached nothing because I don't know what you need, please tell me.

Thanks,"""),

("wrong_change", "fr", "neutral", "tech", "Erreur dans la mise en œuvre",
"""Bonjour,

La modification {t1} a été mise en œuvre le {d3}, mais pas telle que nous l'avions demandée : l'enregistrement DS publié pour {tld} correspond à notre ancienne clé ({kt}) et non à la nouvelle ({kt2}). Le formulaire que nous avions soumis était pourtant correct, nous en avons la copie.

Nous avons signalé l'erreur à l'IANA, qui l'a corrigée deux jours plus tard. Nous souhaitons que le comité en soit informé, car ce genre d'erreur peut rendre un domaine injoignable pour les résolveurs qui valident.

Cordialement"""),

("wrong_change", "es", "angry", "manager", "Error grave en {T}",
"""Esto es inaceptable. Pedimos eliminar UN servidor de nombres y IANA eliminó DOS. Durante casi un día {tld} funcionó con un único servidor. Si ese servidor hubiera caído, el país entero se quedaba sin dominio.

Nadie nos llamó, nadie pidió disculpas. Sólo un correo diciendo que "se había corregido". Exigimos una explicación."""),

("wrong_change", "es", "neutral", "tech", "cambio aplicado incorrectamente",
"""Buenas tardes,

En la solicitud {t1} pedimos actualizar el nombre del servidor {ns3} a {ns2}. En la zona raíz aparece ahora un nombre con una errata (falta una letra), que por supuesto no resuelve. Revisamos nuestro formulario y el nombre está bien escrito.

Ya lo reportamos a IANA pero queremos dejar constancia ante el Comité.

Saludos,"""),

# ---------------------------------------------------------------- transfer_eval
("transfer_eval", "en", "terse", "manager", "transfer {T}",
"""Our transfer request for {T} was filed on {d1}. Still "under evaluation". Every few weeks a new question. Is there any end to this?"""),

("transfer_eval", "en", "terse", "lawyer", "ccTLD transfer - status",
"""On behalf of {org}: the transfer file ({t1}) has been complete since {d2} per IANA's own checklist. No decision. Please advise."""),

("transfer_eval", "en", "long", "ceo", "Transfer of {tld} - history",
"""Dear CSC Chair,

I would like the committee to be aware of how our transfer of {tld} from the former manager has been handled.

{d1} - Request filed, with government letter of support and the agreement of the outgoing manager.
{d2} - IANA asks for evidence of local internet community support. We supply letters from 14 organisations.
{d2} - IANA asks for the letters to be on letterhead. Supplied.
{d3} - New analyst assigned. Asks again for the government letter, which was in the original file.
{d3} - Asks for a technical plan; we send the same one already attached to the request.
{d4} - We are told the file is now "with senior review". No timeframe.

Every question on its own is reasonable. Taken together, it looks like nobody reads the file before asking the next question. Meanwhile the outgoing manager is running a registry he no longer wants to run.

Respectfully,"""),

("transfer_eval", "en", "angry", "ceo", "Enough",
"""Eleven months. Eleven months for a transfer that everybody agrees with: the old manager, the government, the local community, the registrars. We have sent IANA every document they asked for, most of them twice.

Each time we get close, someone new joins the case and starts from zero. I am running out of ways to explain this to our minister."""),

("transfer_eval", "en", "formal", "lawyer", "Delegation evaluation - {tld}",
"""Dear Members of the Customer Standing Committee,

We represent {org} in connection with its application for the transfer of the {tld} top-level domain ({t1}).

Our client's application has been under evaluation since {d1}. In the course of that evaluation IANA has on four occasions requested documents that had already been provided, and on two occasions introduced requirements not set out in the published procedures at the time of filing.

Our client does not seek to influence the substance of the evaluation. It does, however, ask that the evaluation proceed within a reasonable time and on the basis of criteria known in advance. We respectfully request that the Committee review whether the handling of this application is consistent with PTI's service commitments.

Yours faithfully"""),

("transfer_eval", "en", "neutral", "manager", "ccTLD redelegation taking very long",
"""Hello,

I am writing as the incoming manager for {tld}. Our transfer application ({t1}) was submitted on {d1}. We have answered all of IANA's questions, the last on {d3}, and have heard nothing since.

We are not asking for special treatment, only for an indication of when a decision might be expected. Our registrars and the government ask us every week.

Kind regards"""),

("transfer_eval", "fr", "neutral", "ceo", "Transfert du ccTLD {T}",
"""Monsieur le Président,

Je me permets d'attirer votre attention sur la demande de transfert de la gestion de {tld}, déposée le {d1} auprès de l'IANA (référence {t1}).

Depuis lors, nous avons répondu à chacune des demandes de pièces complémentaires. Certaines nous ont été demandées à plusieurs reprises, notamment la lettre du ministère de tutelle et les attestations de la communauté internet locale. À chaque changement d'interlocuteur à l'IANA, le dossier semble repartir de zéro.

Nous comprenons la nécessité d'une évaluation rigoureuse, mais nous souhaiterions disposer d'un calendrier, même indicatif.

Je vous prie d'agréer, Monsieur le Président, l'expression de ma haute considération."""),

("transfer_eval", "es", "long", "manager", "Transferencia de {T} - resumen",
"""Estimados miembros del CSC:

Les resumo el historial de la transferencia de {tld}:

- {d1}: presentamos la solicitud con el aval del gobierno y del administrador saliente.
- {d2}: IANA solicita pruebas de apoyo de la comunidad local. Las enviamos.
- {d3}: un nuevo analista nos pide de nuevo la carta del gobierno, que ya estaba en el expediente.
- {d4}: nos informan de que el expediente pasa a "revisión final", sin plazo.

Entendemos que la evaluación debe ser cuidadosa, pero sentimos que el expediente no avanza.

Atentamente,"""),

# ---------------------------------------------------------------- idn_table
("idn_table", "en", "terse", "tech", "IDN table",
"""Submitted our updated IDN table for {T} on {d1} ({t1}). Still not on the IANA repository page. The old version is still shown."""),

("idn_table", "en", "terse", "manager", "wrong table version published",
"""The table now published for {T} is version 1.0, not 2.1 which we sent in {t1}. Registrars are pointing at it. Please correct."""),

("idn_table", "en", "long", "tech", "Language tables for {T}",
"""Hi,

Our experience with publishing the revised IDN tables for {tld}:

{d1} - Submitted two tables (Arabic script and Latin) by e-mail as instructed, ticket {t1}.
{d2} - Acknowledged. Asked whether we follow the RFC 7940 format. We do; we send the XML too.
{d3} - Asked to resubmit in the "current template", which had changed since {d1}.
{d4} - Published, but the Latin table is listed under the wrong language tag.

We are still waiting for the tag to be fixed. The whole exercise took longer than our last KSK rollover.

Thanks"""),

("idn_table", "en", "angry", "manager", "IDN repository",
"""We are a registry whose entire point is to serve a community in its own script, and our IDN table has been "pending publication" for two months. Two months. Our launch is announced. Registrars are asking where the policy is. Your web page says nothing.

This is not a priority for IANA, clearly. It is the priority for us."""),

("idn_table", "en", "neutral", "junior", "IDN table submission",
"""Dear CSC,

We submitted a new IDN table for {tld} ({t1}) on {d1}. IANA replied that it was received but since then we don't know the status. We can't see it in the portal either, as I understand IDN tables are not done through the portal?

Could you tell us how long this normally takes, or ask IANA? Our registry system will only go live with the new characters after the table is public.

Best regards"""),

("idn_table", "fr", "neutral", "manager", "Publication de notre table IDN",
"""Bonjour,

Nous avons transmis le {d1} une nouvelle version de la table de caractères IDN de {tld} (référence {t1}). Plus de six semaines plus tard, elle n'est toujours pas publiée dans le répertoire des pratiques IDN de l'IANA, qui affiche encore la version de 2019.

Nos bureaux d'enregistrement nous interrogent, car ils se réfèrent à la page de l'IANA et non à la nôtre. Nous n'avons reçu aucune explication.

Merci de bien vouloir relayer notre préoccupation.

Bien à vous"""),

("idn_table", "es", "neutral", "tech", "Tabla IDN no publicada",
"""Hola,

El {d1} enviamos a IANA la tabla IDN actualizada de {tld} (ticket {t1}), con los caracteres del español y del catalán. Recibimos acuse de recibo, pero la tabla no aparece publicada y la página sigue mostrando la versión anterior, que no incluye la "l·l".

¿Podrían averiguar en qué estado está?

Gracias de antemano,"""),

("idn_table", "es", "terse", "manager", "tabla IDN",
"""La tabla IDN de {T} se publicó con la fecha de otra versión y un nombre de archivo que no es el nuestro. Avisamos el {d2}. Sigue igual."""),
]

TEXTS += [
# ---------------------------------------------------------------- rzms_portal
("rzms_portal", "en", "terse", "tech", "portal",
"""Can't log in to RZMS since {d1}. Password reset mail never arrives. Both our accounts for {T} affected."""),

("rzms_portal", "en", "terse", "dnsop", "RZMS error 500",
"""Getting "Internal Server Error" every time we press Submit on the NS change form for {T}. Tried 3 browsers. Draft is gone each time."""),

("rzms_portal", "en", "long", "tech", "RZMS access problems - summary",
"""Hello,

Summary of our problems with the root zone management portal over the last weeks:

{d1}: our second-factor device was replaced. We ask IANA to reset 2FA for our account.
{d2}: reset done, but new enrolment page loops back to the login screen.
{d2}: we try another browser and a clean profile: same loop.
{d3}: IANA suggests we submit the change by e-mail instead. We do ({t1}).
{d4}: still cannot log in. The e-mailed request has been lodged but we cannot see or follow it.

We have a KSK rollover due next month and I would rather not do that without portal access.

Regards"""),

("rzms_portal", "en", "angry", "tech", "your portal",
"""Your portal logged me out in the middle of filling the DS form. Lost everything. Again. Third time this week. The session timeout is shorter than the time it takes to copy four DS digests.

Fix it or give us an API, please."""),

("rzms_portal", "en", "neutral", "junior", "problem with the RZMS website",
"""Hi,

I'm trying to update the technical contact for {tld} in the RZMS. When I click "Save" the page says the request was created, but then it does not appear in my list of requests and I didn't get a ticket number. I tried again on {d2} and the same happened, so maybe there are now 2 requests somewhere?

My colleague says this used to work. Could you please ask IANA to check?

Thank you"""),

("rzms_portal", "fr", "neutral", "tech", "Portail RZMS inaccessible",
"""Bonjour,

Depuis le {d1}, notre compte sur le portail RZMS est verrouillé après une seule tentative de connexion, alors que le mot de passe est correct (il fonctionnait la veille). Nous avons écrit à l'IANA, qui a déverrouillé le compte, mais le problème est revenu dès le lendemain.

En attendant, nous ne pouvons ni soumettre ni suivre nos demandes pour {tld}. Pourriez-vous signaler ce dysfonctionnement ?

Merci d'avance"""),

("rzms_portal", "fr", "angry", "ceo", "Ce portail est inutilisable",
"""Franchement, le nouveau portail est une régression. Les formulaires se vident dès qu'on change d'onglet, les messages d'erreur sont incompréhensibles (« Validation failed » sans dire quoi) et la double authentification nous a bloqués deux jours.

Nous gérons {tld} depuis vingt ans et nous n'avons jamais eu autant de mal à faire une simple modification de serveur."""),

("rzms_portal", "es", "neutral", "tech", "problemas con el portal",
"""Hola,

Desde el {d1} no podemos adjuntar documentos en el portal RZMS: al subir el PDF aparece "upload failed" y el formulario se reinicia. Lo probamos con archivos de distintos tamaños y desde varios navegadores.

Necesitamos enviar la documentación de la solicitud {t1} de {tld}. ¿Pueden ayudarnos a que IANA lo revise?

Un saludo,"""),

# ---------------------------------------------------------------- no_response
("no_response", "en", "terse", "manager", "no answer",
"""Wrote to root-mgmt on {d1}, {d2} and {d3} about {t1}. Not one reply, not even the automatic one."""),

("no_response", "en", "terse", "tech", "ticket closed??",
"""{t1} was closed as "resolved" this morning. Nobody answered our question in it. Reopened it, closed again."""),

("no_response", "en", "long", "manager", "Complaint about communication - {t1}",
"""Dear CSC,

This complaint is not about the speed of a change. It is about not getting answers.

{d1}: we send IANA a question about the documentation needed for {t1}.
{d1}: automatic acknowledgement.
{d2}: no answer; we send a reminder.
{d3}: we file a formal complaint through the IANA complaint form. No acknowledgement at all, although I understand one should come within a business day.
{d4}: we escalate to the named root zone liaison. No answer.

I have kept copies of all these messages. We still do not know whether the documents we have are sufficient.

Kind regards"""),

("no_response", "en", "angry", "ceo", "IANA complaint ignored",
"""I filed a complaint with IANA three weeks ago. THREE WEEKS. Not an acknowledgement, not a "we are looking into it". Nothing.

So now I am complaining to you about the complaint. What is the point of a complaints process if complaints go into a black hole?"""),

("no_response", "en", "formal", "lawyer", "Unanswered correspondence - {org}",
"""Dear Committee Members,

We write on behalf of {org}, manager of {tld}.

Our client addressed written enquiries to IANA on {d1} and {d2} concerning the status of its request {t1}, and a formal complaint on {d3}. None of these communications has received a substantive response. The published complaint procedure provides for acknowledgement within one business day and a response within two business days; neither occurred.

Our client asks that the Committee note this failure and bring it to the attention of PTI management.

Yours faithfully"""),

("no_response", "en", "neutral", "junior", "nobody answers us",
"""Hello,

Sorry to bother you. We have been trying to get an answer from IANA since {d1} about our request for {tld} ({t1}). We just want to know what the next step is. We got only automatic replies with a new ticket number each time ({t2}, {t3}...) but no person answered.

Is there a phone number or another address we should use?

Thanks"""),

("no_response", "fr", "neutral", "manager", "Absence de réponse",
"""Bonjour,

Nous avons écrit à l'IANA les {d1} et {d2} au sujet du dossier {t1} concernant {tld}. À ce jour, aucune réponse, en dehors de l'accusé de réception automatique. Le ticket a même été clôturé sans qu'on nous ait répondu.

Nous ne savons pas si notre question s'est perdue ou si elle est ignorée. Dans les deux cas, cela nous pose problème.

Cordialement"""),

("no_response", "es", "angry", "ceo", "Sin respuesta",
"""Señores:

Llevamos un mes escribiendo a IANA sobre {t1}. Un mes. Cada correo genera un número de ticket nuevo y una respuesta automática, y luego silencio. Presentamos una queja formal el {d3} y tampoco contestaron.

No pedimos favores: pedimos que alguien lea nuestros correos."""),

("no_response", "es", "neutral", "manager", "comunicación con IANA",
"""Estimados,

Queremos dejar constancia de que nuestras consultas a IANA sobre la solicitud {t1} de {tld} no reciben respuesta. Enviamos correos el {d1} y el {d2}; el ticket se cerró el {d3} con la indicación "resuelto", aunque nadie nos contestó.

Agradeceríamos que el CSC lo tenga en cuenta.

Saludos,"""),

# ---------------------------------------------------------------- unequal_treatment
("unequal_treatment", "en", "terse", "ceo", "double standards",
"""Large gTLD operators get their changes done in a day. Ours ({t1}) took three weeks. Same type of change. Explain that."""),

("unequal_treatment", "en", "terse", "manager", "why us?",
"""Why is {T} asked for extra documents on every routine request when others are not? Look at {t1} and {t2}."""),

("unequal_treatment", "en", "long", "ceo", "Pattern of treatment of {org}",
"""Dear CSC,

I have hesitated to write this, but I think the committee should see a pattern.

{d1} - our request {t1}: extra verification call with the administrative contact, which I have never seen required elsewhere.
{d2} - our request {t2}: asked for a letter on company letterhead confirming a phone number change.
{d3} - at an ICANN meeting, the CEO of a much larger registry tells me they do the same changes without any of this.
{d4} - request {t3}: another call required, arranged at 3 a.m. our time.

I am not accusing any individual. But small registries from our region seem to be handled with suspicion that others are spared.

Sincerely"""),

("unequal_treatment", "en", "angry", "manager", "We are not second class",
"""We have been told, more or less openly, that our requests take longer "because of the situation in your country". Our registry is a technical operator. We have nothing to do with politics. Our name servers are the same as anyone's.

If IANA has a different procedure for some countries, it should be published. If it does not, this should stop."""),

("unequal_treatment", "en", "formal", "lawyer", "Concerns regarding non-discriminatory treatment",
"""Dear Members of the Committee,

We act for {org}, the manager of {tld}.

Our client has observed, over the period from {d1} to {d4}, that its routine change requests have been subjected to additional verification steps, including telephone confirmations and requests for notarised documents, which to our client's knowledge are not required of other TLD managers submitting comparable requests.

PTI is required to provide its services in a non-discriminatory manner. Our client therefore requests that the Committee ascertain whether such additional steps are applied to our client specifically and, if so, on what basis.

Yours faithfully"""),

("unequal_treatment", "en", "neutral", "tech", "difference in handling",
"""Hello CSC,

Maybe a coincidence, but we noticed that our ccTLD changes always go through an additional manual check while the gTLD we also operate technically (same servers, same team, same change) goes through automatically. Last month the ccTLD change ({t1}) took eight days, the gTLD one took two hours.

Could you find out whether ccTLDs are handled differently and why?

Thanks"""),

("unequal_treatment", "fr", "neutral", "ceo", "Traitement différencié",
"""Monsieur le Président,

Nous constatons depuis plusieurs mois que les demandes de {tld} font systématiquement l'objet de vérifications supplémentaires (appels de confirmation, demandes de justificatifs) que d'autres gestionnaires ne semblent pas subir. Plusieurs collègues d'autres registres européens nous ont confirmé ne jamais avoir eu ce type d'exigences pour des modifications identiques.

Nous ne voulons pas croire à une volonté délibérée, mais nous souhaiterions que le comité vérifie que les règles sont appliquées de la même façon pour tous.

Veuillez agréer l'expression de nos salutations respectueuses."""),

("unequal_treatment", "es", "neutral", "manager", "trato desigual",
"""Estimados miembros del Comité:

Queremos plantear una preocupación. Nuestras solicitudes para {tld} suelen tardar bastante más que las de otros registros de mayor tamaño, incluso cuando se trata de cambios idénticos. Además, se nos exige documentación en inglés traducida oficialmente, algo que, según nos consta, no se pide a otros.

Pedimos que el CSC verifique si se aplican los mismos criterios a todos los administradores.

Atentamente,"""),

# ---------------------------------------------------------------- emergency
("emergency", "en", "terse", "tech", "EMERGENCY {T}",
"""Our primary provider is down hard, {T} partly unresolvable. Emergency request {t1} filed 02:10 UTC. Emergency line rang out. Nothing moving."""),

("emergency", "en", "terse", "dnsop", "urgent - compromised key",
"""KSK for {T} suspected compromised. Need emergency DS removal. Filed {t1} marked urgent four hours ago, treated as routine."""),

("emergency", "en", "long", "tech", "Emergency handling during our outage",
"""Dear CSC,

Timeline of our outage and IANA's response (all times UTC):

{d1} 23:40 - DDoS takes out two of our three name server sites.
{d2} 00:15 - we call the IANA emergency number. Voicemail.
{d2} 00:30 - e-mail to root-mgmt with "EMERGENCY" in the subject, asking to add our backup provider's servers ({ns3}). Automatic reply.
{d2} 07:50 - call back from IANA staff; we are told emergency changes still need both contacts to authorise through the portal.
{d2} 11:20 - our admin contact, on a plane, finally authorises.
{d2} 18:05 - change published.

By then the attack was over. We understand the need for verification, but an emergency procedure that takes 18 hours is not an emergency procedure.

Regards"""),

("emergency", "en", "angry", "ceo", "Our domain was hijacked and you took a week",
"""Someone got into our registrar account and tried to change the NS records of our registry domain. We caught it, we called IANA to block any change to {T}, and the answer was "please submit a request through the usual channels".

The usual channels are exactly what the attacker was trying to use! I want to know who at IANA decides what counts as an emergency, because it wasn't this."""),

("emergency", "en", "formal", "lawyer", "Handling of an urgent request - {tld}",
"""Dear Sir or Madam,

We are instructed by {org} concerning the events of {d1}.

On that date our client notified IANA that the DNS infrastructure of {tld} was unavailable following a failure at its service provider, and requested the urgent addition of alternative name servers under reference {t1}. Notwithstanding the express indication of urgency and the availability of both authorised contacts, the request was processed in accordance with standard timelines and implemented only on {d3}.

Our client considers that this handling was inconsistent with the expedited procedures which it understood to be available. We request that the Committee examine the matter.

Yours faithfully"""),

("emergency", "en", "neutral", "manager", "emergency procedure question",
"""Hello,

During the outage of one of our providers on {d1} we asked IANA for an expedited change ({t1}) to remove the failed servers from the {tld} delegation. The request was eventually done, but only the next working day, because - we were told - the request arrived over the weekend.

Could the CSC clarify whether there is a 24/7 emergency process and how we should use it? We thought there was.

Best regards"""),

("emergency", "fr", "angry", "tech", "URGENT - {T} injoignable",
"""Notre opérateur DNS principal est en panne depuis cette nuit, {tld} ne répond plus que sur un seul serveur. Nous avons déposé une demande urgente ({t1}) à 3 h du matin et appelé le numéro d'urgence : personne. Neuf heures après, la demande est toujours « en attente d'examen » comme une demande ordinaire.

À quoi sert une procédure d'urgence si personne ne répond ?"""),

("emergency", "es", "neutral", "tech", "Cambio urgente no atendido",
"""Buenas noches:

El {d1} nuestro proveedor de DNS sufrió una caída total y {tld} quedó prácticamente inaccesible. Enviamos a IANA una solicitud urgente ({t1}) para añadir los servidores de respaldo y llamamos al teléfono de emergencias sin obtener respuesta.

La solicitud se trató como un cambio ordinario y se implementó casi dos días después. Queremos que el CSC conozca lo sucedido.

Saludos,"""),
]

# ---------------------------------------------------------------- IANA notices for reply/forward quotes
# (stage, subject, body) -- body placeholders: {tld} {T} {t3} {dq}
NOTICES = [
("received", "[IANA #{t3n}] Request received: {T} name server change",
"""Dear Colleague,

Thank you for your request. This message confirms that it has been received and assigned the ticket number {t3}. Please retain this number and include it in the subject line of any further correspondence about this request.

Your request will now proceed to technical checks. You will be notified of the results.

IANA Root Zone Management"""),
("checks_passed", "[IANA #{t3n}] Technical check results for {T}",
"""Dear Colleague,

The technical checks for your request ({t3}) have completed successfully. No errors were found.

The request will now proceed to contact confirmation. The administrative and technical contacts for {tld} will receive a separate e-mail asking them to confirm the change.

Regards,
IANA Services"""),
("checks_failed", "[IANA #{t3n}] Technical check FAILED for {T}",
"""Dear Colleague,

The technical checks for your request {t3} reported the following error(s):

  ERROR: Name server did not respond over TCP
  WARNING: Some name servers are in the same network prefix

Please correct the issue and request a retest through the portal. The request will remain open for 30 days.

IANA Root Zone Management"""),
("auth_request", "[IANA #{t3n}] Please confirm change to {T}",
"""Dear Contact,

A change has been requested to the root zone record for {tld} (ticket {t3}). As a listed contact for this domain, your confirmation is required before the change can proceed.

Please review the change and approve or reject it using the link below. This link expires in 7 days.

  https://rzms.iana.example/confirm/{t3n}

If you did not expect this request, please reject it and contact us.

IANA Root Zone Management"""),
("auth_complete", "[IANA #{t3n}] All confirmations received",
"""Dear Colleague,

All required confirmations for request {t3} ({T}) have been received. The request will now be reviewed by IANA staff.

Kind regards,
IANA"""),
("review_note", "Re: [IANA #{t3n}] Additional information required",
"""Hello,

Thank you for your message. In order to continue processing request {t3}, could you please provide a short explanation of the reason for the change and confirm that the new operator has been informed? Once received we will continue the review.

Best regards,
IANA Root Zone Services"""),
("implemented", "[IANA #{t3n}] Change implemented for {T}",
"""Dear Colleague,

We are pleased to inform you that the change requested in {t3} has been implemented and is now published in the root zone. The ticket will now be closed.

Thank you for using the IANA services.

IANA Root Zone Management"""),
("closed", "[IANA #{t3n}] Ticket closed",
"""This is an automated message. Ticket {t3} has been resolved and closed. If you believe this ticket was closed in error, please reply to this message within 14 days.

-- IANA"""),
("contact_update", "[IANA #{t3n}] Contact update for {T} complete",
"""Dear Colleague,

The update to the contact information for {tld} requested in ticket {t3} is complete. The new details are now shown on the IANA root zone database page for the domain.

IANA Root Zone Management"""),
("idn_ack", "[IANA #{t3n}] IDN table received",
"""Dear Colleague,

We acknowledge receipt of the IDN table(s) submitted for {tld} under ticket {t3}. The tables will be reviewed for format and then published in the IDN Practices Repository.

IANA"""),
("auto_ack", "[IANA #{t3n}] Auto-acknowledgement",
"""Thank you for contacting IANA. Your message has been received and assigned ticket number {t3}. A member of staff will respond as soon as possible.

This is an automated response, please do not reply."""),
]

# stages that must NOT be quoted for a given category (the quote must concern another stage)
AVOID_STAGES = {
    "checks_false_fail": {"checks_passed", "checks_failed"},
    "checks_stalled": {"checks_passed", "checks_failed"},
    "dnssec_ds": {"checks_failed", "checks_passed"},
    "contact_auth": {"auth_request", "auth_complete", "contact_update"},
    "review_delay": {"review_note", "auth_complete"},
    "publication_delay": {"implemented", "closed"},
    "wrong_change": {"implemented", "contact_update"},
    "transfer_eval": {"review_note"},
    "idn_table": {"idn_ack"},
    "rzms_portal": set(),
    "no_response": {"closed", "auto_ack"},
    "unequal_treatment": set(),
    "emergency": set(),
}

# cover lines for forwards whose forwarded part is the sender's own earlier mail to IANA
FWD_COVER = {
    "en": [
        "FYI - this is what we sent IANA on {dq}. No useful answer since.",
        "Forwarding for the committee's attention, see below.",
        "Dear CSC, please see the exchange below. We would like this to be registered as a complaint.",
        "Sending this on to you as suggested by our ccNSO contact.",
    ],
    "fr": [
        "Pour information, voici le message envoyé à l'IANA le {dq}. Toujours rien depuis.",
        "Je vous transfère l'échange ci-dessous, pour que le comité en soit saisi.",
        "Bonjour, merci de considérer le message ci-dessous comme une réclamation.",
    ],
    "es": [
        "Les reenvío lo que mandamos a IANA el {dq}. Sin respuesta útil desde entonces.",
        "Para conocimiento del Comité, ver abajo.",
        "Buenos días, les hago llegar el intercambio siguiente como reclamación formal.",
    ],
}
