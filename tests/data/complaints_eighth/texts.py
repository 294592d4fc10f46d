"""Hand-written core texts for the blind5 complaint corpus.

Placeholders (filled by make_corpus.py): {tld} {ticket} {ticket2} {d1} {d2} {d3}
{ns1} {ns2} {ip} {ip6}.  Each core has a one-line `short` and a `body`.
"""

CATEGORIES = {
    "ns_check_false_failure":
        "Automated technical checks reject a name-server change, claiming the operator's "
        "servers are unreachable/not authoritative/inconsistent, while the operator sees them working",
    "dnssec_ds_rejected":
        "DS / DNSSEC key changes (rollover, algorithm change, going unsigned) refused or blocked "
        "by the checks or the form",
    "checks_slow_or_stuck":
        "Technical-check results or retests take hours or days (status stuck on testing), "
        "regardless of pass/fail",
    "contact_authorization":
        "Authorization/confirmation step: contacts never get the approval mail, links expire, "
        "wrong or former contacts asked, approvals not registered",
    "review_stalled":
        "Request fully approved but sits for weeks in IANA's manual review/processing with no progress",
    "implementation_delay":
        "Change released/approved but not published in the root zone for days, or completion "
        "notice missing/late",
    "wrong_change_implemented":
        "What was published in the root zone differs from what was requested (wrong glue, "
        "records removed, stale version applied)",
    "portal_rzms":
        "Root zone management portal unusable: login/2FA/password reset, form validation errors, "
        "timeouts, account problems",
    "transfer_evaluation":
        "Delegation/transfer (redelegation, gTLD assignment) evaluation drags on, repeated "
        "document requests, moving requirements",
    "idn_table_publication":
        "IDN table submitted to the repository not published, published late, or wrong version/metadata",
    "unresponsive_communication":
        "IANA staff do not answer, send boilerplate, contradict each other or close tickets "
        "without telling the operator",
    "perceived_unfairness":
        "Operator believes it is treated worse than other registries (speed, documentation "
        "demanded, language, size)",
    "emergency_handling":
        "Emergency request outside business hours: no one reachable, emergency handled as "
        "routine, outage prolonged",
}

CORES = {
# ---------------------------------------------------------------------------
"ns_check_false_failure": [
 dict(lang="en",
  short="Our NS change for .{tld} keeps getting bounced because your system says {ns2} is not authoritative. It is.",
  body="We tried to swap one of the secondaries for .{tld} and the request was kicked back within the hour with "
       "\"server not authoritative for zone\" against {ns2}. That box has been serving our zone for more than two years. "
       "We queried it from Frankfurt, Singapore and Sao Paulo and every answer carries the AA flag and the right SOA serial. "
       "Nobody on your side can tell us from where the test is run, so we cannot reproduce what you see. "
       "We resubmitted twice with the same result and our provider migration is now on hold."),
 dict(lang="en",
  short="Tests claim our servers don't answer over TCP. They do, from everywhere except apparently from you.",
  body="The failure message on {ticket} says the name servers for .{tld} \"did not respond over TCP\". "
       "We have logs showing TCP/53 sessions being answered all day long, including large DNSKEY responses. "
       "We have no firewall rules that would treat your addresses differently. "
       "If there is a problem on the path from your test platform to us, we need someone to look at it with us instead "
       "of just rejecting the request and telling us to fix our servers."),
 dict(lang="en",
  short="Moving .{tld} to a new DNS provider has been rejected four times over a serial number mismatch that lasts seconds.",
  body="Here is what happened. On {d1} we filed the change to move .{tld} to our new anycast provider. "
       "The result came back: inconsistent SOA serial between the listed servers. That is normal, we push a new serial every "
       "few minutes and zone transfers take a moment. We resubmitted. Same thing. We froze the zone for an hour and tried again on {d2}; "
       "this time it complained that {ns1} returned a different NS set, which it did not. Four submissions, four rejections, "
       "and each round costs us a day because someone has to be at the keyboard when the contacts approve. "
       "No other parent zone we deal with is this strict about a transient difference."),
 dict(lang="en",
  short="Request {ticket} rejected: 'no response from {ip6}'. Our provider sees zero queries from your side.",
  body="The only failed item on {ticket} is the IPv6 address of {ns2} ({ip6}), reported as not responding. "
       "The address answers from RIPE Atlas probes on every continent. Our provider checked their capture and did not see "
       "a single query coming from IANA's ranges during the test window, so the packets are not even reaching us. "
       "We suspect the problem is the IPv6 connectivity of the test system itself. We would like this to be checked "
       "rather than being told, again, that our server is at fault."),
 dict(lang="fr",
  short="Notre demande de changement de serveurs de noms pour .{tld} est refusée : {ns2} « ne ferait pas autorité ». C'est faux.",
  body="Le {d1}, nous avons demandé le remplacement d'un serveur secondaire de .{tld}. La demande a été rejetée "
       "automatiquement au motif que {ns2} ne répondrait pas de manière autoritaire. Ce serveur sert notre zone "
       "depuis 2023 sans aucun incident ; nos propres mesures, ainsi que celles de notre prestataire, montrent des réponses "
       "correctes avec le bit AA. Nous avons soumis la demande à nouveau le {d2}, même résultat. "
       "Personne chez IANA n'a pu nous dire d'où partent les tests ni quelle réponse exacte a été reçue."),
 dict(lang="fr",
  short="Les vérifications signalent une incohérence NS qui n'existe pas chez nous.",
  body="Depuis trois semaines, chaque tentative de mise à jour de la délégation de .{tld} échoue avec un message "
       "d'incohérence entre les enregistrements NS de la zone parente et ceux de notre zone. Nous avons vérifié ligne par ligne : "
       "les deux listes sont identiques, à la casse près. Visiblement l'outil compare aussi l'ordre ou la casse des noms, "
       "ce qui n'a aucun sens en DNS. Nous ne pouvons pas avancer sur notre migration tant que ce contrôle nous bloque."),
 dict(lang="es",
  short="La verificación técnica rechaza nuestro servidor secundario de .{tld} diciendo que no responde. Responde perfectamente.",
  body="El {d1} solicitamos incorporar {ns2} como nuevo servidor de nombres de .{tld}. La solicitud fue rechazada "
       "porque, según el sistema de IANA, el servidor no responde. Hemos consultado el servidor desde varias redes y países "
       "y contesta de forma autoritativa, con el número de serie correcto. Nuestro proveedor no ve consultas "
       "procedentes de IANA en sus registros. Hemos repetido la solicitud dos veces con el mismo resultado y nadie "
       "nos explica desde dónde se hacen las pruebas."),
],
# ---------------------------------------------------------------------------
"dnssec_ds_rejected": [
 dict(lang="en",
  short="Our KSK rollover for .{tld} is stuck: the new DS is refused although the key has been published for ten days.",
  body="We started our annual KSK rollover on {d1} and published the new DNSKEY in the zone the same day. "
       "On {d2} we submitted the new DS. It was rejected with \"DS does not match any DNSKEY in the zone\". "
       "The key is there, signed, and any resolver can see it; we checked the digest by hand. "
       "Because the new DS is not in the root, we cannot retire the old key, which is due to expire at the end of the month. "
       "If this is not resolved we will be forced to re-sign with a key we wanted to retire."),
 dict(lang="en",
  short="Algorithm rollover 8 to 13: the request will not go through, whatever we do.",
  body="We are moving .{tld} from RSASHA256 to ECDSA P-256. Both keys are in the zone and both algorithms sign every RRset, "
       "as the rollover procedure requires. When we submit the DS for the algorithm 13 key the request fails the checks with "
       "a message about the zone not being \"signed with all algorithms in the DS set\". It is. "
       "We have now been double-signed for three weeks, our responses are twice the size, and we still cannot complete the rollover."),
 dict(lang="en",
  short="We asked to pull our DS records to fix a signer problem and the request is blocked. Resolvers are failing meanwhile.",
  body="On {d1} our signer produced a broken chain for .{tld} and validating resolvers started returning SERVFAIL for a part of our "
       "domains. The quickest safe fix was to remove the DS from the root and go insecure for a few days. "
       "The removal request ({ticket}) was refused because the zone \"does not validate\", which is precisely why we wanted the DS removed. "
       "We had to repair the signer under pressure instead. We need to understand why removing a DS is checked against a validation that is broken by definition."),
 dict(lang="en",
  short="DS update rejected three times: 'signature expired'. Our signatures are valid for another 12 days.",
  body="Request {ticket} to add a SHA-256 DS for our new key was rejected three times in a row with an \"RRSIG expired\" error. "
       "Our RRSIG validity period is 14 days and we re-sign daily; the signatures on the DNSKEY RRset were valid until {d3}. "
       "We wonder whether the test machine has a wrong clock. Our registrars are asking when the rollover will finish and we have no answer."),
 dict(lang="fr",
  short="Roulement de KSK pour .{tld} bloqué : le DS est rejeté alors que la clé est publiée.",
  body="Nous avons lancé le roulement de notre KSK le {d1}. La nouvelle clé est publiée dans la zone et signée. "
       "Pourtant, la demande d'ajout du DS correspondant est refusée, avec un message indiquant qu'aucune DNSKEY ne correspond. "
       "Nous avons recalculé l'empreinte trois fois, elle est juste. L'ancienne clé arrive en fin de vie et nous ne pouvons pas la retirer "
       "tant que le nouveau DS n'est pas dans la racine. Nous demandons une analyse sérieuse et non une réponse type."),
 dict(lang="es",
  short="No nos dejan cambiar el DS de .{tld}: el formulario rechaza el tipo de resumen SHA-384.",
  body="Estamos renovando las claves DNSSEC de .{tld}. Al introducir el nuevo registro DS con digest tipo 4 el sistema lo rechaza "
       "sin más explicación. Probamos con tipo 2 y entonces la verificación dice que no coincide con ninguna DNSKEY, lo cual es falso. "
       "Llevamos desde el {d1} con las dos claves publicadas y la rotación detenida. Necesitamos que alguien con conocimientos de DNSSEC revise el caso."),
 dict(lang="es",
  short="Rotación de clave bloqueada desde hace semanas.",
  body="Quiero dejar constancia de que la rotación de la KSK de .{tld} está bloqueada desde el {d1}. Cada vez que enviamos el nuevo DS "
       "la solicitud vuelve rechazada con un error distinto: primero firma caducada, después clave no encontrada. "
       "Nuestras firmas son válidas y la clave está en la zona. No podemos retirar la clave antigua y el riesgo aumenta cada día."),
],
# ---------------------------------------------------------------------------
"checks_slow_or_stuck": [
 dict(lang="en",
  short="Submitted at 09:10 UTC, still 'technical checks in progress' at 17:00. Your commitment is under an hour.",
  body="We submitted {ticket} for .{tld} on {d1} at 09:10 UTC. At 17:00 the status was still \"technical checks in progress\". "
       "There was no error, no result, nothing. The next morning it had passed without any action from us. "
       "We plan maintenance windows around your published timelines; when a check that should take minutes takes a working day, "
       "our engineers are left waiting and the window is lost."),
 dict(lang="en",
  short="We fixed the issue and hit retest. Nothing happened for 26 hours.",
  body="Our first submission on {ticket} failed, fair enough: one of our new servers was not yet loaded. We fixed it within "
       "twenty minutes and pressed retest. The page then sat there for 26 hours. We had to write to root-mgmt to get anyone to notice; "
       "the answer was that the test \"had been queued\". A retest is supposed to be quick, that is the whole point of it."),
 dict(lang="en",
  short="Status page for our request has said 'performing tests' since Monday.",
  body="The status of our change for .{tld} has read \"performing tests\" since Monday morning. There is no failure message and no way "
       "to cancel and restart it ourselves. We cannot tell whether the tests are running, failed silently or were never started. "
       "Everything is fine on our side and other parents test the same servers in seconds."),
 dict(lang="en",
  short="Results of the technical checks took two days; by then our window had closed.",
  body="We coordinated the renumbering of our name servers with two upstream providers for {d2}. The change request was sent "
       "on {d1}, well ahead. The check results only arrived on {d2} in the evening, two full days later, and by then our providers had "
       "rolled back because they could not wait. We now have to redo the entire coordination. "
       "I would like to know whether the delay was on the testing system, and how often this happens."),
 dict(lang="fr",
  short="La relance des tests techniques n'a jamais abouti, la demande reste « en test ».",
  body="Après un premier échec de nos tests le {d1}, nous avons corrigé la configuration et relancé les vérifications depuis le portail. "
       "Plus de vingt-quatre heures plus tard, le statut indiquait toujours « tests en cours ». Aucun message, aucun résultat. "
       "Il a fallu écrire à IANA pour que quelqu'un relance manuellement. Ce genre de délai n'est pas acceptable pour une simple vérification automatique."),
 dict(lang="es",
  short="Las pruebas técnicas de nuestra solicitud llevan dos días 'en curso'.",
  body="Enviamos la solicitud {ticket} para .{tld} el {d1}. Desde entonces el estado sigue en «pruebas técnicas en curso». "
       "No hemos recibido ningún resultado, ni positivo ni negativo. Según los compromisos publicados esto debería tardar menos de una hora. "
       "Tenemos un cambio de proveedor planificado y no podemos avanzar."),
 dict(lang="es",
  short="Volvimos a lanzar la prueba y no pasó nada hasta el día siguiente.",
  body="Corregimos el error que nos indicaron y pedimos repetir la verificación. La repetición no dio resultado hasta el día siguiente, "
       "y solo después de que escribiéramos a IANA. No entendemos por qué una comprobación automática necesita tanto tiempo ni intervención humana."),
],
# ---------------------------------------------------------------------------
"contact_authorization": [
 dict(lang="en",
  short="Our administrative contact never received the approval e-mail for {ticket}.",
  body="The request {ticket} for .{tld} has been waiting for our administrative contact since {d1}. She never received anything: "
       "not in the inbox, not in spam, not in the gateway quarantine, which we checked with our mail team. "
       "IANA says the message was sent. It was not received. We asked for it to be re-sent twice and nothing arrived either time. "
       "Meanwhile the request just sits there."),
 dict(lang="en",
  short="Approval link expired while our admin contact was travelling; the whole request was cancelled.",
  body="Our administrative contact was at a regional meeting from {d1} to {d2}. When he opened the link to approve our name server change "
       "it said the request had expired and been withdrawn. Nobody told the technical contact, who had already approved. "
       "We had to start again from scratch, checks and all. A phone call or a reminder to the other contact would have avoided a week of delay."),
 dict(lang="en",
  short="Both contacts clicked approve on {d1}. The request still shows as waiting for them.",
  body="Both our contacts approved {ticket} on {d1}; both got the \"thank you, your response has been recorded\" page. "
       "The request still shows \"awaiting contact confirmation\" a week later. We sent screenshots to IANA on {d2}. "
       "The reply asked us to approve again, which we did, with the same result."),
 dict(lang="en",
  short="You asked someone who left our company in 2024 to approve our change.",
  body="The authorization request for our change to .{tld} went to our former technical contact, who left in 2024. "
       "We updated the contact record long ago and it shows correctly on the public database page. "
       "Luckily he forwarded the mail to us, but that is hardly how this should work, and it means he was still able to approve or decline "
       "a change to our delegation. Please explain which data the confirmation step uses."),
 dict(lang="fr",
  short="Notre contact administratif n'a jamais reçu le courriel de confirmation.",
  body="Notre demande pour .{tld} est bloquée depuis le {d1} dans l'attente de l'accord du contact administratif. "
       "Or celui-ci n'a jamais reçu le message lui demandant d'approuver. Nous avons vérifié les filtres, les indésirables et les journaux "
       "de notre serveur de messagerie : rien n'est arrivé. IANA nous répond que le message est parti et qu'il faut attendre."),
 dict(lang="fr",
  short="Le lien d'approbation renvoie une page d'erreur.",
  body="Le contact technique de .{tld} a reçu le courriel d'approbation le {d1}, mais le lien affiche une page d'erreur « jeton invalide ». "
       "Nous avons essayé avec deux navigateurs et depuis deux réseaux. Le lendemain, la demande avait été annulée faute de réponse. "
       "Nous trouvons assez fort qu'on nous reproche de ne pas avoir répondu alors que le lien ne fonctionnait pas."),
 dict(lang="es",
  short="El contacto administrativo aprobó hace una semana y la solicitud sigue pendiente de autorización.",
  body="Nuestro contacto administrativo aprobó la solicitud {ticket} el {d1} y recibió la confirmación en pantalla. "
       "Sin embargo, el estado sigue siendo «pendiente de autorización». Escribimos a IANA y nos pidieron que volviera a aprobar; "
       "lo hizo, y seguimos igual. Nadie nos explica qué falta."),
],
# ---------------------------------------------------------------------------
"review_stalled": [
 dict(lang="en",
  short="Everything green and approved on {d1}. Since then: nothing.",
  body="All checks on {ticket} passed and both contacts approved on {d1}. Since then the request shows \"IANA processing\" and nothing else. "
       "There has been no question from your staff, no request for documents, no explanation. It is a routine change of two name servers "
       "for .{tld}. We would simply like to know what is being looked at for so long."),
 dict(lang="en",
  short="Your target for review is five days. We are at nineteen.",
  body="PTI's own service level for the review and processing stage of a routine root zone change is five days. "
       "Our request {ticket}, fully authorised on {d1}, has been in that stage for nineteen days as of today. "
       "We raise this formally because we see it repeatedly: this is the third request in a year that stalls after approval."),
 dict(lang="en",
  short="We were asked for a document we had already sent, then silence for three weeks.",
  body="After our contacts approved the change on {d1}, a staff member asked us on {d2} to confirm the hosting arrangement for {ns2}. "
       "We had already explained it in the request notes but answered again the same day with a letter from the provider. "
       "No acknowledgement. Three weeks later the request is still \"under review\". The question was answered; what else is missing?"),
 dict(lang="en",
  short="Three weeks in 'pending review' for a simple NS swap.",
  body="Request {ticket} (.{tld}, replacing {ns1} by {ns2}) has been in \"pending review\" for three weeks. "
       "Tests passed, approvals in. This used to take a couple of days."),
 dict(lang="fr",
  short="Demande approuvée depuis trois semaines, toujours « en cours de traitement ».",
  body="Notre demande {ticket} a passé tous les contrôles techniques et a été approuvée par nos deux contacts le {d1}. "
       "Depuis, elle reste au statut « en cours de traitement par IANA ». Aucune question ne nous a été posée. "
       "Il s'agit d'une modification courante et nous ne comprenons pas ce qui justifie un tel délai."),
 dict(lang="es",
  short="Solicitud aprobada y parada desde hace tres semanas.",
  body="La solicitud {ticket} de .{tld} superó las pruebas y fue aprobada por ambos contactos el {d1}. Desde entonces está «en revisión» "
       "sin ningún movimiento. No nos han pedido nada ni nos han dado explicación. Es un cambio rutinario de servidores de nombres."),
 dict(lang="es",
  short="Otra vez un cambio rutinario atascado tras la aprobación.",
  body="Es la segunda vez este año que un cambio nuestro queda bloqueado después de aprobarlo. El {d1} dimos nuestra conformidad y hoy, "
       "más de dos semanas después, el portal sigue mostrando que IANA lo está procesando. Preguntamos el {d2} y la respuesta fue que "
       "«está en la cola». No sabemos qué cola ni cuánto falta."),
],
# ---------------------------------------------------------------------------
"implementation_delay": [
 dict(lang="en",
  short="You told us the change was approved. Five days later the root still points at our old servers.",
  body="We received the notice that {ticket} had been approved for implementation on {d1}. Trusting that, we scheduled the shutdown "
       "of our old name servers for {d2}. On {d2} the root zone was still delegating .{tld} to the old set. "
       "We had to bring the old servers back in a hurry. When we asked, we were told it was \"with the root zone maintainer\"."),
 dict(lang="en",
  short="The change went live and nobody told us. The ticket is still open.",
  body="Our monitoring showed the new NS set for .{tld} in the root zone on {d2}. We never received any notification that the change had "
       "been made and the ticket still says \"implementation pending\". We only learned about it because one of our engineers checked by hand. "
       "For a change that moves our delegation, we need to know the moment it happens."),
 dict(lang="en",
  short="Request released on {d1}; root zone updated on {d3}. That is not 72 hours.",
  body="Your published commitment is that a change released for implementation is in the root zone within 72 hours. "
       "Request {ticket} was released on {d1}. The root zone serial that contained it was published on {d3}. "
       "We would like the CSC to note this as a missed target and to ask PTI for the reason."),
 dict(lang="en",
  short="Glue change approved, not in the zone, no explanation.",
  body="The glue update for {ns1} ({ip}) was approved on {d1}. The root zone still carries the old address. "
       "Our old address is being returned to the provider at the end of the month. Nobody answers about when it will be published."),
 dict(lang="fr",
  short="Modification approuvée mais toujours pas publiée dans la zone racine.",
  body="IANA nous a indiqué le {d1} que la modification {ticket} était prête à être mise en œuvre. Le {d2}, la zone racine annonçait "
       "toujours les anciens serveurs de .{tld}. Nous avions prévu l'arrêt de ces serveurs sur la foi de cette annonce et avons dû le reporter "
       "en urgence. Personne n'a su nous dire quand la publication aurait lieu."),
 dict(lang="es",
  short="El cambio está aprobado pero no aparece en la zona raíz.",
  body="El {d1} recibimos la notificación de que la solicitud {ticket} había sido aprobada para su implementación. Hoy la zona raíz sigue "
       "delegando .{tld} a los servidores antiguos. Ya habíamos avisado a nuestros registradores del cambio y ahora tenemos que explicar el retraso "
       "sin saber cuándo se publicará."),
 dict(lang="es",
  short="Nunca nos avisaron de que el cambio se había publicado.",
  body="Nuestro cambio de servidores apareció en la zona raíz el {d2}, pero no recibimos ninguna notificación y la solicitud seguía abierta "
       "en el portal varios días después. Nos enteramos por nuestros propios sistemas de monitorización."),
],
# ---------------------------------------------------------------------------
"wrong_change_implemented": [
 dict(lang="en",
  short="The glue address published for {ns2} is wrong. Two digits swapped. Half our queries fail.",
  body="Since the change {ticket} was published on {d1}, the root zone carries an A record for {ns2} that is not the one we submitted: "
       "two digits are swapped. Resolvers that pick that server time out. We double-checked our submission and the confirmation e-mail "
       "shows the correct address. This is not a typo on our side."),
 dict(lang="en",
  short="We asked to add a DS. You removed both. The zone went bogus for a day.",
  body="Our request was to add the DS for the new key while keeping the existing one, and to remove the old one later in a separate request. "
       "What was published on {d1} contained no DS at all for .{tld}. Then on {d2} only the new one appeared. "
       "For several hours validating resolvers treated our zone inconsistently. This is the opposite of what we asked."),
 dict(lang="en",
  short="A name server we wanted to keep has disappeared from our delegation.",
  body="We asked to add {ns2} to the delegation of .{tld}. The result in the root zone is that {ns2} was added and {ns1} was removed. "
       "We never asked for {ns1} to be removed and it still carries most of our traffic in Asia. Please explain how this happened."),
 dict(lang="en",
  short="The version that went live is the draft we withdrew.",
  body="On {d1} we opened a request and then, before approval, corrected the address list. The request that was published on {d2} "
       "contains the addresses of the first draft, not the corrected one. The portal shows the corrected version as the one that was approved. "
       "So either the portal is wrong or the implementation is."),
 dict(lang="fr",
  short="L'adresse IPv6 publiée pour notre serveur n'est pas celle que nous avons demandée.",
  body="Depuis la publication de la modification {ticket} le {d1}, la zone racine contient pour {ns2} une adresse IPv6 qui n'est pas "
       "celle de notre demande. Le courriel de confirmation que nous avons reçu montre pourtant la bonne adresse. "
       "Une partie des résolveurs ne joint plus ce serveur. Nous demandons une correction immédiate et une explication."),
 dict(lang="fr",
  short="Un serveur a été retiré de notre délégation sans que nous l'ayons demandé.",
  body="Nous avions demandé l'ajout d'un serveur de noms pour .{tld}. Après la mise à jour du {d1}, l'un de nos serveurs existants a disparu "
       "de la délégation. Ce n'était pas prévu et nous ne l'avions jamais demandé. Il a fallu une nouvelle demande complète pour le rétablir."),
 dict(lang="es",
  short="Publicaron un DS que no es el nuestro.",
  body="Tras la actualización del {d1}, el registro DS de .{tld} en la zona raíz no coincide con el que enviamos en la solicitud {ticket}: "
       "el resumen publicado corresponde a una clave que ya habíamos retirado. Desde entonces algunos resolutores validantes fallan. "
       "Nuestra solicitud y la confirmación recibida muestran el valor correcto."),
],
# ---------------------------------------------------------------------------
"portal_rzms": [
 dict(lang="en",
  short="Can't log in: the two-factor codes are always rejected and the password reset mail never comes.",
  body="Since {d1} none of us can log into the root zone management system. The one-time codes are refused as invalid, "
       "our clocks are synchronised, and we tried two different authenticator apps. The password reset e-mail does not arrive. "
       "We have a change to make on .{tld} and no way to make it."),
 dict(lang="en",
  short="The form throws 'internal error' on submit and everything we typed is lost.",
  body="Every time we submit the change with our eight name servers and their addresses, the page returns \"An internal error occurred\" "
       "and the form comes back empty. We have retyped it four times. With two or three servers it works. "
       "We have had to split a simple migration into several requests just to get past the screen."),
 dict(lang="en",
  short="Our new technical contact cannot get an account: 'already exists', but nobody can use it.",
  body="We appointed a new technical contact for .{tld} on {d1}. When she tries to register, the system says an account already exists "
       "for her address, but the reset function says it does not. Support has been asked twice. She still cannot see or approve anything."),
 dict(lang="en",
  short="Session expires after a few minutes and the IPv6 field rejects perfectly valid addresses.",
  body="Two problems with the portal. First, the session times out while we are still typing the glue records, and the page then discards "
       "everything. Second, the IPv6 field rejects compressed addresses such as {ip6}; it only accepts the fully written form. "
       "Neither is documented anywhere. It took our team an afternoon to enter one change."),
 dict(lang="fr",
  short="Le portail refuse notre adresse IPv6 et nous déconnecte sans arrêt.",
  body="Nous essayons depuis le {d1} de saisir une modification pour .{tld} dans le portail de gestion. Le champ IPv6 refuse l'adresse {ip6} "
       "au motif qu'elle serait invalide, et la session expire au bout de quelques minutes, ce qui nous oblige à tout recommencer. "
       "Nous avons signalé le problème, sans réponse utile pour l'instant."),
 dict(lang="es",
  short="No podemos entrar al portal desde hace una semana.",
  body="Desde el {d1} ninguno de nuestros contactos puede acceder al sistema de gestión de la zona raíz. El código de verificación "
       "siempre da error y el correo para restablecer la contraseña no llega. Tenemos cambios pendientes para .{tld} y no podemos hacerlos."),
 dict(lang="es",
  short="El formulario da error al enviar y se pierde todo.",
  body="Al enviar nuestra solicitud con todos los servidores y direcciones, la página muestra un error interno y el formulario queda vacío. "
       "Lo intentamos varias veces el {d1} y el {d2}. Es muy frustrante tener que volver a escribir todo cada vez."),
],
# ---------------------------------------------------------------------------
"transfer_evaluation": [
 dict(lang="en",
  short="Our ccTLD transfer has been under evaluation for eight months and we are asked for the same letter again.",
  body="The transfer of .{tld} to the new manager was filed on {d1} with the support letter from the ministry. "
       "Since then we have been asked three times for \"evidence of government support\", each time by a different person, "
       "each time with slightly different wording. The ministry is losing patience and so are we. "
       "Eight months for a transfer that every local party agrees on is very hard to explain at home."),
 dict(lang="en",
  short="gTLD assignment after our acquisition: weeks of back and forth over documents you already have.",
  body="Following the acquisition of the registry operator, we asked on {d1} for .{tld} to be reassigned. ICANN's contractual side "
       "completed its part. On your side we have had a sequence of questions about the technical operator and the contacts that are "
       "already answered in the file. Every reply from us restarts a clock. We have no idea when this will be done."),
 dict(lang="en",
  short="Each new case officer asks us the same questions from the beginning.",
  body="Our redelegation file was opened on {d1}. We have now dealt with three different people at IANA. Each one restarted from the "
       "beginning: who are the stakeholders, what consultation was made, who operates the servers. The answers are all in the documents we "
       "sent on {d2}. There seems to be no memory of the case from one officer to the next."),
 dict(lang="en",
  short="We keep being told the transfer is 'with the team'.",
  body="Since {d2} every question about the status of the .{tld} transfer receives the same answer: it is \"with the team\" and we will be "
       "contacted. The old manager has stopped operating the registry in practice and we are running it without being the recognised manager. "
       "This is an untenable situation for us and for our registrants."),
 dict(lang="fr",
  short="La procédure de redélégation de .{tld} n'avance pas.",
  body="Nous avons déposé le dossier de redélégation de .{tld} le {d1}, avec l'accord écrit de l'autorité de régulation et de l'ancien gestionnaire. "
       "Depuis, IANA nous a demandé à deux reprises de nouveaux justificatifs, dont une lettre déjà fournie. Les exigences semblent changer à chaque échange. "
       "Nous souhaitons savoir quels critères restent à remplir et dans quel délai une décision peut être attendue."),
 dict(lang="fr",
  short="Dossier de transfert : encore une demande de pièces déjà transmises.",
  body="Le {d2}, on nous a de nouveau demandé la preuve de la consultation de la communauté locale. Ce document figure dans le dossier "
       "depuis le dépôt initial. Nous en sommes à huit mois d'instruction et notre gouvernement nous interroge régulièrement sur ce retard."),
 dict(lang="es",
  short="El traspaso de .{tld} lleva meses y nos piden una y otra vez los mismos documentos.",
  body="La solicitud de traspaso de .{tld} se presentó el {d1} con la carta de apoyo del gobierno y la conformidad del gestor saliente. "
       "Desde entonces IANA nos ha pedido en tres ocasiones documentación que ya habíamos entregado, cada vez una persona distinta. "
       "No conocemos los plazos ni los criterios pendientes."),
],
# ---------------------------------------------------------------------------
"idn_table_publication": [
 dict(lang="en",
  short="Our Cyrillic IDN table was submitted two months ago and still isn't in the repository.",
  body="We submitted the updated Cyrillic table for .{tld} on {d1}. Our registrars were told it would be published in the IANA repository "
       "before the new registration policy starts. It is not there. The ticket says \"received\". Our launch date is fixed by regulation."),
 dict(lang="en",
  short="The repository still shows version 1 of our table. Version 2 was accepted on {d1}.",
  body="The table page for .{tld} still lists version 1, dated 2019. Version 2, which adds the characters our community has been asking for, "
       "was acknowledged by IANA on {d1}. Registrars check the repository and refuse registrations with the new characters because they are not "
       "in the published table. We are losing registrations."),
 dict(lang="en",
  short="Published table carries the wrong language tag.",
  body="Our Arabic-script table was published on {d1}, but under the wrong language tag and with last year's effective date. "
       "Registrar software picks tables by tag, so for them the table simply does not exist. We asked for a correction on {d2}."),
 dict(lang="en",
  short="Ticket marked completed, but the table is not online.",
  body="Ticket {ticket} for the publication of our IDN table for .{tld} was marked \"completed\" on {d1}. The table is not in the repository, "
       "not under our TLD, not anywhere. When we ask, we receive the completion notice again."),
 dict(lang="fr",
  short="Notre table IDN n'est toujours pas publiée.",
  body="Nous avons transmis le {d1} la nouvelle version de notre table de caractères IDN pour .{tld}. Plus de deux mois après, le dépôt d'IANA "
       "présente toujours l'ancienne version. Nos bureaux d'enregistrement refusent les noms contenant les nouveaux caractères tant que la table "
       "n'est pas publiée."),
 dict(lang="es",
  short="La tabla IDN de .{tld} sigue sin publicarse.",
  body="Enviamos la tabla de caracteres IDN actualizada para .{tld} el {d1}. El repositorio de IANA sigue mostrando la versión anterior. "
       "Los registradores no aceptan los nuevos caracteres porque no figuran en la tabla publicada. Necesitamos una fecha concreta."),
 dict(lang="es",
  short="Publicaron la tabla equivocada.",
  body="La tabla publicada el {d1} para .{tld} no es la que enviamos: falta la ñ y las vocales acentuadas aparecen duplicadas. "
       "Ya lo señalamos el {d2} con la solicitud {ticket} y no hemos recibido respuesta."),
],
# ---------------------------------------------------------------------------
"unresponsive_communication": [
 dict(lang="en",
  short="Four e-mails since {d1}. Four automatic acknowledgements. Zero answers.",
  body="I have written to root-mgmt four times since {d1} about .{tld}. Each time I receive the automatic acknowledgement with a new number "
       "and then nothing. I am not even asking for anything difficult, just a status. I should not have to write to the CSC to get a human being to reply."),
 dict(lang="en",
  short="Our ticket was closed without any message while we were waiting for your answer.",
  body="On {d2} ticket {ticket} was closed. We were not told; we noticed because the portal listed it as \"resolved\". "
       "The last message in the thread is our question from {d1}, which was never answered. Closing a case on the customer's open question is not resolving it."),
 dict(lang="en",
  short="Two of your staff gave us opposite answers on the same question.",
  body="On {d1} we were told by one member of staff that we could submit our two changes in a single request. On {d2} another told us this was not "
       "possible and that the request would have to be withdrawn. We followed the first advice and lost a week. We would like one consistent answer, in writing."),
 dict(lang="en",
  short="Every reply we get is a template that ignores the question.",
  body="We asked a precise question about our pending request for .{tld}: which step it is at and what is missing. The reply pasted the general "
       "description of the change process. We asked again and received the same text. This is not communication."),
 dict(lang="fr",
  short="Aucune réponse à nos courriels depuis un mois.",
  body="Nous avons écrit à IANA le {d1}, puis le {d2}, au sujet de notre demande pour .{tld}. Nous n'avons reçu que des accusés de réception automatiques. "
       "Nos appels restent également sans suite. Nous ne demandons qu'un point de situation."),
 dict(lang="fr",
  short="Ticket fermé sans explication.",
  body="Le ticket {ticket} a été clôturé le {d2} sans aucun message de votre part, alors que notre dernière question du {d1} était restée sans réponse. "
       "Nous l'avons découvert par hasard en consultant le portail."),
 dict(lang="es",
  short="Nadie responde a nuestros correos.",
  body="Desde el {d1} hemos escrito tres veces a IANA sobre .{tld} y solo recibimos acuses de recibo automáticos. Las respuestas, cuando llegan, "
       "son textos genéricos que no contestan lo que preguntamos. Pedimos simplemente que alguien lea nuestros mensajes."),
],
# ---------------------------------------------------------------------------
"perceived_unfairness": [
 dict(lang="en",
  short="Our neighbour's identical change went through in two days. Ours took three weeks.",
  body="We compared notes with a neighbouring ccTLD at our regional meeting. They submitted the same kind of name server change on the same day as ours, "
       "{d1}. Theirs was in the root zone two days later. Ours took three weeks, with extra questions about our provider that they were never asked. "
       "We would like to understand why two requests of the same kind are treated so differently."),
 dict(lang="en",
  short="It seems the large registry groups get a dedicated contact and we get the queue.",
  body="At the last ICANN meeting a representative of a large gTLD portfolio explained that they simply call their IANA contact when something is stuck. "
       "We are a small ccTLD and we have never had such a contact; our requests wait in line and our e-mails receive templates. "
       "If there are two levels of service, this should be stated openly."),
 dict(lang="en",
  short="We are asked for documents nobody else seems to need.",
  body="For a routine change to .{tld} we were asked for a signed letter from our board and a copy of our hosting contract. "
       "We checked with four other managers in our region: none of them has ever been asked for this for a similar change. "
       "We feel that we are held to a different standard, and we would like to know on what basis."),
 dict(lang="en",
  short="Questions in our own language are answered weeks later, if at all.",
  body="Our administrative contact wrote in Spanish, as the IANA website says is possible. The answer came after five weeks, in English, and did not address "
       "the question. Our colleagues who write in English get answers within days. This looks like unequal treatment of non-English-speaking managers."),
 dict(lang="fr",
  short="Nous avons le sentiment d'être traités moins bien que les autres gestionnaires.",
  body="Pour une même modification de serveurs, un autre ccTLD de notre région a obtenu sa mise à jour en quarante-huit heures, alors que notre demande du {d1} "
       "a pris près d'un mois, avec des demandes de justificatifs supplémentaires. Nous demandons à savoir pourquoi des demandes identiques "
       "ne reçoivent pas le même traitement."),
 dict(lang="es",
  short="Parece que a los registros pequeños nos tratan peor.",
  body="Un ccTLD de nuestra región hizo el mismo tipo de cambio que nosotros la misma semana y lo tuvo publicado en dos días; el nuestro tardó casi un mes "
       "y nos exigieron documentos que a ellos no les pidieron. No es la primera vez. Queremos saber si hay criterios distintos según el tamaño del registro."),
 dict(lang="es",
  short="Escribimos en español y nos contestan tarde y en inglés.",
  body="Nuestras consultas en español tardan semanas en responderse, y cuando llega la respuesta es en inglés y no contesta lo que preguntamos. "
       "Otros gestores que escriben en inglés reciben respuesta en pocos días. Consideramos que es un trato desigual."),
],
# ---------------------------------------------------------------------------
"emergency_handling": [
 dict(lang="en",
  short="Called your emergency number at 02:00 during an outage of .{tld}. Voicemail.",
  body="On the night of {d1}, our primary DNS provider lost its network and .{tld} became unreachable for most of the world. "
       "We called the emergency number published for root zone changes at 02:00 local time. It went to voicemail. We left messages, "
       "sent the emergency e-mail, and waited. The first human reply came after business hours began, seven hours later."),
 dict(lang="en",
  short="Our emergency request to replace a compromised key was handled like any routine change: four days.",
  body="On {d1} we found that the private key of our KSK may have been exposed. We flagged the request as an emergency and explained why. "
       "It went through the normal process: tests, approvals, review, publication, four days in total. Four days during which a possibly compromised "
       "key was anchored in the root. If this is not an emergency, what is?"),
 dict(lang="en",
  short="We were told our outage 'did not qualify' for emergency handling.",
  body="When half of our name servers went down after a provider's failure, we asked for an urgent replacement of two NS records. "
       "The answer was that the situation \"did not qualify\" because the TLD was still partially resolving. Our registrants' sites were "
       "failing for a large share of users for two days while we followed the normal procedure."),
 dict(lang="en",
  short="Weekend outage, urgent request, nobody until Monday.",
  body="Saturday {d1}, 14:00 UTC: our provider informs us both of their sites are down. 14:30: emergency request sent with all details and approvals. "
       "15:00 and 18:00: phone calls, no answer. Sunday: another call, voicemail. Monday 13:00 UTC: first reply, and the change published Tuesday. "
       "Our TLD was barely reachable for three days."),
 dict(lang="fr",
  short="Panne de .{tld} en pleine nuit : personne au numéro d'urgence.",
  body="Dans la nuit du {d1}, nos serveurs primaires sont tombés suite à une panne chez notre hébergeur. Nous avons appelé le numéro d'urgence "
       "d'IANA à plusieurs reprises, sans obtenir personne. Le courriel urgent n'a reçu de réponse que le lendemain matin. "
       "Pendant ce temps, la majorité des noms sous .{tld} étaient injoignables."),
 dict(lang="es",
  short="Caída de .{tld}: el número de emergencia no contesta.",
  body="El {d1} por la noche nuestros servidores principales quedaron fuera de servicio. Llamamos al teléfono de emergencias de IANA varias veces "
       "y nadie contestó. Enviamos el correo urgente y la primera respuesta llegó casi diez horas después. Nuestros usuarios no pudieron acceder a sus sitios durante todo ese tiempo."),
 dict(lang="es",
  short="Nuestra solicitud urgente se trató como un cambio normal.",
  body="Marcamos como urgente la sustitución de dos servidores caídos de .{tld} el {d1} y lo explicamos por teléfono. Aun así la solicitud siguió el "
       "procedimiento habitual y tardó tres días en publicarse. Nos dijeron que no cumplía los criterios de emergencia, sin explicarnos cuáles son."),
],
}
