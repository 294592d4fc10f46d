"""Hand-written core texts for the blind13 complaint corpus.

Placeholders: {tld} {T} {T2} {D1} {D2} {NS} {IP} {ORG}
"""

CATEGORIES = {}


def _cat(name, desc, texts, timeline):
    CATEGORIES[name] = {"desc": desc, "texts": texts, "timeline": timeline}


# ---------------------------------------------------------------- 1
_cat(
    "ns_check_false_failure",
    "Automated technical checks report the registry's name servers as broken "
    "(unreachable, lame, not authoritative, no EDNS) although they work; the change is blocked.",
    [
        dict(lang="en",
             short="Technical checks on {T} keep saying {NS} is unreachable. It isn't. Please look.",
             body="Our name server change for {tld} ({T}) has been rejected by the automated tests three "
                  "times now. Each time the report says {NS} 'did not respond over UDP' and 'is not "
                  "authoritative for the zone'. We have checked from our own monitoring, from RIPE Atlas "
                  "and from two external resolvers: the server answers, it is authoritative, and the SOA "
                  "serial matches the other servers. Whatever IANA's test host is seeing, it is not what "
                  "the rest of the Internet sees.\n\nWe cannot move forward with our migration until this passes."),
        dict(lang="en",
             short="Our NS update for {tld} is blocked by a check failure that we believe is a false "
                   "positive on IANA's side ({T}).",
             body="We are moving {tld} to a new anycast provider. The new servers went live on {D1}, we "
                  "tested them for a week, then filed {T} to replace the old NS set. The checks came back "
                  "red: 'Inconsistent NS set between parent and child' and 'EDNS0 not supported' for {NS}.\n\n"
                  "Neither is true. Our child zone already lists the new NS set (that is the whole point of "
                  "the change) and the provider confirms EDNS0 with a 1232 byte buffer. Support replied "
                  "that the test 'is working as designed' and suggested we contact our DNS provider. We did. "
                  "They see nothing wrong. Nobody at IANA has actually looked at the raw output with us."),
        dict(lang="en",
             short="{T}: 'lame delegation' reported for {NS} although the server answers with AA set. "
                   "The check looks broken to us.",
             body="Request {T} fails the technical checks with 'lame delegation' for {NS} ({IP}). A "
                  "dig @{IP} for the {tld} SOA returns an authoritative answer with the aa flag from "
                  "everywhere we try.\n\nOur guess is that the test goes over TCP from an address our "
                  "provider's rate limiter drops, or that it uses a stale glue address. Either way the "
                  "check reports our configuration as faulty when it is not, and we are told we cannot "
                  "proceed until it passes. Can the CSC make sure someone looks at how these checks decide "
                  "that a server is lame?"),
        dict(lang="fr",
             short="Les tests techniques de la demande {T} déclarent {NS} injoignable, alors qu'il répond "
                   "parfaitement.",
             body="Notre demande de modification des serveurs de noms pour {tld} (réf. {T}) est bloquée "
                  "depuis le {D1} par les vérifications techniques. Le rapport indique que {NS} « ne répond "
                  "pas » et « ne fait pas autorité ». Or ce serveur répond correctement, depuis nos sondes "
                  "comme depuis des points de mesure externes, et il sert bien la zone avec le bit AA.\n\n"
                  "Nous avons relancé le test deux fois, même résultat. Tout laisse penser que le problème "
                  "vient de l'outil de test de l'IANA et non de notre infrastructure, mais on nous renvoie "
                  "systématiquement vers notre hébergeur."),
        dict(lang="es",
             short="La verificación técnica de la solicitud {T} marca {NS} como caído, pero el servidor "
                   "funciona sin problemas.",
             body="Presentamos el {D1} la solicitud {T} para cambiar los servidores de nombres de {tld}. "
                  "Las pruebas técnicas fallan una y otra vez indicando que {NS} no responde por UDP y que "
                  "la respuesta no es autoritativa. Hemos comprobado desde varias redes, incluidas sondas "
                  "externas, y el servidor contesta correctamente con el bit AA. Nuestro proveedor tampoco "
                  "ve ningún tráfico rechazado.\n\nCreemos que es un falso positivo de la herramienta de "
                  "IANA, pero la única respuesta que recibimos es que revisemos nuestra configuración."),
    ],
    {
        "en": ["filed {T} to replace the {tld} name servers",
               "technical checks fail: {NS} 'not responding', 'not authoritative'",
               "verified {NS} from three networks and RIPE Atlas, all fine; requested a retest",
               "retest fails with exactly the same messages",
               "IANA support: 'please check with your DNS provider'"],
        "fr": ["dépôt de la demande {T} (changement de serveurs de noms)",
               "échec des tests techniques : {NS} « injoignable »",
               "vérifications de notre côté, tout est normal ; nouveau test demandé",
               "même échec, même message",
               "réponse de l'IANA : voir avec votre hébergeur DNS"],
        "es": ["envío de la solicitud {T} (cambio de servidores de nombres)",
               "fallan las pruebas técnicas: {NS} 'no responde'",
               "comprobamos desde varias redes; todo correcto; pedimos repetir la prueba",
               "vuelve a fallar con el mismo mensaje",
               "IANA responde que revisemos la configuración con nuestro proveedor"],
    },
)

# ---------------------------------------------------------------- 2
_cat(
    "dnssec_ds_rejected",
    "DS record additions/changes/removals (key or algorithm rollover, going insecure) are refused "
    "by the DNSSEC checks or by staff although the keys are correct.",
    [
        dict(lang="en",
             short="Our DS update for {tld} ({T}) is rejected with 'DS does not match any DNSKEY'. It does "
                   "match. KSK rollover stuck.",
             body="We are in the middle of a KSK rollover for {tld}. The new KSK has been published in the "
                  "zone since {D1}, well beyond the TTL. We submitted the new DS via {T} and the check says "
                  "the digest does not match any DNSKEY in the zone.\n\nWe recomputed the digest (SHA-256) "
                  "from the live DNSKEY set at every name server and it is byte for byte what we submitted. "
                  "Meanwhile the old key is due to be retired and our rollover schedule is slipping. We need "
                  "a human to look at the DNSSEC check output."),
        dict(lang="en",
             short="IANA won't accept our algorithm 13 DS for {tld}. Algorithm rollover blocked, {T}.",
             body="We are moving {tld} from RSASHA256 to ECDSAP256SHA256. Following the usual "
                  "double-signature approach, both algorithms are in the zone and we asked to add the "
                  "algorithm 13 DS next to the existing one. The request ({T}) was refused because 'the zone "
                  "is not signed with all algorithms in the DNSKEY set'.\n\nIt is. Every RRset carries "
                  "signatures of both algorithms. It looks as if the check validates with only one of the "
                  "signing keys. We have been double-signed for weeks now, which is exactly what a sane "
                  "rollover plan tries to avoid."),
        dict(lang="en",
             short="Asked to remove the DS for {tld} before re-signing with a new provider ({T}). Refused "
                   "twice, with no explanation I understand.",
             body="Because we are changing DNS operator and the two operators cannot share keys, our plan "
                  "was to go insecure briefly: pull the DS from the root, wait out the TTL, move, re-sign, "
                  "then add the new DS. The removal request {T} was declined with a message that 'removing "
                  "DNSSEC is not recommended'.\n\nWe know. It is our decision as TLD manager and the plan "
                  "was explained in the request. A second attempt ({T2}) sat for days and was then closed. "
                  "We now cannot switch operators on the date agreed in our contract."),
        dict(lang="fr",
             short="Impossible de faire accepter notre nouvel enregistrement DS pour {tld} (demande {T}), "
                   "alors que la clé est bien publiée.",
             body="Dans le cadre du roulement de notre KSK, nous avons soumis le {D1} le nouvel "
                  "enregistrement DS pour {tld} (demande {T}). Le contrôle DNSSEC le rejette au motif "
                  "qu'aucune DNSKEY ne correspond. Nous avons vérifié le condensat SHA-256 sur chacun de nos "
                  "serveurs : il est identique.\n\nL'ancienne clé arrive en fin de vie et nous risquons une "
                  "rupture de la chaîne de confiance si rien ne bouge. Nous aimerions qu'un ingénieur de "
                  "l'IANA examine réellement le résultat du test au lieu de nous renvoyer un message type."),
        dict(lang="es",
             short="Rechazan el DS nuevo de {tld} ({T}) diciendo que no coincide con la DNSKEY. Sí coincide.",
             body="Estamos cambiando de algoritmo de firma en {tld} y el {D1} enviamos el nuevo registro DS "
                  "(ticket {T}). El sistema de IANA lo rechaza alegando que el digest no corresponde a "
                  "ninguna DNSKEY publicada. Lo hemos recalculado con ldns y con dnssec-dsfromkey y "
                  "coincide. La zona está firmada con ambos algoritmos desde hace semanas.\n\nNadie nos ha "
                  "explicado qué comprueba exactamente la herramienta y la rotación de claves está "
                  "completamente parada."),
    ],
    {
        "en": ["new KSK published in the {tld} zone",
               "DS submitted, {T}",
               "check result: 'DS does not match any DNSKEY'",
               "digest recomputed on all servers: identical; asked IANA to look",
               "still refused, old key retirement postponed"],
        "fr": ["publication de la nouvelle KSK dans la zone {tld}",
               "envoi du DS, demande {T}",
               "rejet : « aucune DNSKEY ne correspond »",
               "vérification du condensat sur tous nos serveurs : identique",
               "toujours bloqué ; retrait de l'ancienne clé reporté"],
        "es": ["publicamos la nueva KSK en la zona {tld}",
               "enviamos el DS, ticket {T}",
               "rechazo: 'el DS no coincide con ninguna DNSKEY'",
               "recalculamos el digest en todos los servidores: coincide",
               "sigue bloqueado; aplazamos la retirada de la clave antigua"],
    },
)

# ---------------------------------------------------------------- 3
_cat(
    "check_results_slow",
    "Technical check or retest results take hours/days or never arrive; the request hangs in the "
    "'checks running' state (no false failure, just no result).",
    [
        dict(lang="en",
             short="Retest on {T} requested {D1}, results still not back hours later. SLA says 10 minutes.",
             body="We fixed the issue flagged in the first round of checks on {T} and pressed 'retest' at "
                  "09:12 UTC on {D1}. The portal has shown 'Technical check in progress' ever since.\n\n"
                  "By our reading of the SLA, retest results are due within 10 minutes and initial results "
                  "within 50 minutes. We are well past both. No email, no status change. This is the second "
                  "request this quarter where the checks simply never came back."),
        dict(lang="en",
             short="Request {T} has been sitting on 'running technical checks' for two days.",
             body="Submitted {T} for {tld} on {D1}. Confirmation arrived straight away, then nothing. The "
                  "status has said 'running technical checks' for two days. No pass, no fail.\n\nWe cannot "
                  "tell whether something is wrong with our servers or whether the check is simply not "
                  "running. Our registrars keep asking when the new name servers go live and we have no "
                  "answer for them."),
        dict(lang="en",
             short="The test queue seems stuck again; our change {T} has had no results since {D1}.",
             body="Small registry, small change: one glue address update for {tld}. It should have been the "
                  "easiest request of the year. It went in on {D1} and we expected a pass within the hour "
                  "like last time. Instead it hung.\n\nWe opened a separate ticket ({T2}) to ask about it and "
                  "were told the checks 'were queued behind other jobs'. Another day went by. When the "
                  "results finally arrived everything passed - so nothing on our side was wrong, we just "
                  "waited. If checks are queued behind other work, that should be visible and it should be "
                  "counted against the SLA."),
        dict(lang="fr",
             short="Aucun résultat des tests techniques pour la demande {T} depuis le {D1}.",
             body="Nous avons soumis la demande {T} concernant {tld} le {D1}. Elle est depuis affichée "
                  "« tests techniques en cours » dans le portail, sans aucun résultat, ni positif ni "
                  "négatif. Nous avons corrigé un point signalé lors d'un premier passage et demandé un "
                  "nouveau test : là encore, rien.\n\nSi je ne me trompe pas, l'IANA s'engage à fournir les "
                  "résultats en moins d'une heure, et ceux d'un nouveau test en dix minutes. Nous en sommes "
                  "très loin."),
        dict(lang="es",
             short="Las pruebas técnicas de {T} llevan más de un día sin resultado.",
             body="El {D1} enviamos la solicitud {T} para {tld}. Desde entonces el portal muestra 'pruebas "
                  "técnicas en curso' y no llega ni el resultado ni ningún aviso. Volvimos a lanzar la "
                  "prueba manualmente y quedó igual.\n\nSegún los compromisos de nivel de servicio, los "
                  "resultados deberían llegar en menos de una hora, y los de la repetición en diez minutos. "
                  "Necesitamos saber si hay un problema en el sistema de pruebas de IANA o si nuestra "
                  "solicitud se ha perdido."),
    ],
    {
        "en": ["request {T} submitted, ticket confirmation received at once",
               "status 'technical check in progress', no result",
               "retest requested, still nothing after several hours",
               "asked IANA in a separate ticket {T2}: 'queued behind other jobs'",
               "results finally arrive: all tests passed"],
        "fr": ["dépôt de la demande {T}, accusé de réception immédiat",
               "statut « tests techniques en cours », aucun résultat",
               "nouveau test demandé, toujours rien",
               "question posée à l'IANA (ticket {T2}) : file d'attente",
               "toujours aucun résultat à ce jour"],
        "es": ["envío de la solicitud {T}, acuse inmediato",
               "estado 'pruebas técnicas en curso', sin resultado",
               "repetimos la prueba; nada",
               "preguntamos a IANA (ticket {T2}); sin explicación",
               "a la fecha, seguimos sin resultado"],
    },
)

# ---------------------------------------------------------------- 4
_cat(
    "contact_auth_failure",
    "The contact confirmation/authorization step fails: approval mail never arrives or arrives late, "
    "goes to an outdated contact, or a given approval is not recorded; request expires.",
    [
        dict(lang="en",
             short="Our admin contact never received the approval mail for {T}. The request expired.",
             body="Request {T} for {tld} was submitted on {D1}. The technical contact got his confirmation; "
                  "the administrative contact never received anything - not in the inbox, not in spam, and "
                  "our mail server logs show no message from IANA at all.\n\nAfter a while the request timed "
                  "out for lack of authorization and we were asked to start again. The contact email on file "
                  "is correct; we checked it in the portal."),
        dict(lang="en",
             short="IANA asked the wrong person to approve {T} - a contact we removed months ago.",
             body="When we filed {T}, the approval request went to our former administrative contact, who "
                  "left the organisation and was replaced through a contact update that IANA itself "
                  "implemented on {D1}. She very kindly forwarded the mail to us from her personal "
                  "address.\n\nSo either the contact change was not applied everywhere or the authorization "
                  "step uses an old copy of the data. Either way an ex-employee was asked to authorize a "
                  "change to our TLD, which is worrying."),
        dict(lang="en",
             short="Both contacts approved {T} on {D1}, portal still shows 'awaiting authorization'.",
             body="Both our administrative and technical contacts clicked the approval link for {T} on {D1}, "
                  "and both got the 'thank you, your response has been recorded' page. A week later the "
                  "request still shows 'pending contact confirmation'. We have screenshots.\n\nWhen we asked, "
                  "we were told one of the approvals 'was not received' and to approve again, but by then "
                  "the link had expired. This is the second time the same thing has happened to us."),
        dict(lang="fr",
             short="Notre contact administratif n'a jamais reçu le courriel de confirmation pour {T}.",
             body="La demande {T} pour {tld} est restée bloquée à l'étape de confirmation des contacts. "
                  "Notre contact technique a bien reçu et validé le message, mais notre contact "
                  "administratif n'a rien reçu, malgré plusieurs vérifications (boîte de réception, courrier "
                  "indésirable, journaux de notre serveur de messagerie).\n\nFaute d'approbation dans les "
                  "délais, la demande a été annulée et nous devons tout recommencer. L'adresse enregistrée "
                  "est pourtant la bonne."),
        dict(lang="es",
             short="El enlace de aprobación de {T} caducó antes de que llegara el correo al contacto "
                   "administrativo.",
             body="Para la solicitud {T} de {tld}, el correo de autorización al contacto administrativo "
                  "llegó con casi tres días de retraso, cuando el enlace ya había caducado. El contacto "
                  "técnico sí lo recibió en el momento. Al intentar aprobar apareció un error y la solicitud "
                  "pasó a 'cancelada por falta de autorización'.\n\nHemos tenido que presentarla de nuevo "
                  "({T2}) y volver a esperar. Queremos que se revise cómo se envían estos avisos."),
    ],
    {
        "en": ["{T} submitted; technical contact receives and approves",
               "administrative contact: nothing received (inbox, spam, server logs checked)",
               "asked IANA to resend; no reply",
               "request cancelled for lack of authorization",
               "resubmitted as {T2}"],
        "fr": ["dépôt de {T} ; le contact technique valide",
               "le contact administratif ne reçoit rien",
               "demande de renvoi du message à l'IANA",
               "annulation de la demande faute d'approbation",
               "nouvelle demande {T2}"],
        "es": ["envío de {T}; el contacto técnico aprueba",
               "el contacto administrativo no recibe nada",
               "pedimos a IANA reenviar el aviso",
               "la solicitud se cancela por falta de autorización",
               "la presentamos de nuevo como {T2}"],
    },
)

# ---------------------------------------------------------------- 5
_cat(
    "review_stalled",
    "After checks and approvals the request sits in IANA staff review/processing for weeks with no "
    "questions or progress (routine changes, incl. contact updates).",
    [
        dict(lang="en",
             short="{T} has been 'in review' for 3 weeks. The SLA is 5 days.",
             body="Routine change, Category I: NS update for {tld}, {T}. Checks passed and both contacts "
                  "approved on {D1}. Since then it has sat in 'IANA review' with no questions asked.\n\nThe "
                  "published target for this stage is 5 days for 90% of requests. We are at three weeks. "
                  "There is nothing unusual about the request; the same change for our sister TLD went "
                  "through in two days last year."),
        dict(lang="en",
             short="Our request {T} passed every check and then just stopped moving.",
             body="Everything looked good: submitted {D1}, checks green, approvals in within the hour. Then "
                  "silence. The status has not changed since, and our follow-up got an auto-reply and "
                  "nothing more.\n\nWe have no idea what is being reviewed or whether something is missing. "
                  "If the staff need something from us we would gladly provide it, but somebody has to tell "
                  "us."),
        dict(lang="en",
             short="A simple contact update for {tld} ({T}) has been pending for over a month.",
             body="We asked to update the technical contact details for {tld} (phone number and email only) "
                  "on {D1}, {T}. This is not a delegation, not a transfer, no root zone change at all.\n\n"
                  "Over a month later it is still 'under review'. Meanwhile the old technical contact is the "
                  "one listed in the database, and he no longer works with us."),
        dict(lang="fr",
             short="La demande {T} est « en cours d'examen » depuis trois semaines, sans aucune nouvelle.",
             body="Notre demande {T} (changement de serveurs de noms pour {tld}) a passé les tests techniques "
                  "et la confirmation des contacts le {D1}. Depuis, elle reste à l'étape d'examen par le "
                  "personnel de l'IANA. Aucune question ne nous a été posée, aucun document supplémentaire "
                  "demandé.\n\nIl s'agit pourtant d'une modification de routine. Nous comprenons qu'il puisse "
                  "y avoir des vérifications, mais trois semaines sans la moindre information nous "
                  "paraissent excessives."),
        dict(lang="es",
             short="La solicitud {T} sigue 'en revisión' desde hace semanas sin que nadie nos diga nada.",
             body="El {D1} la solicitud {T} de {tld} superó las pruebas técnicas y ambos contactos la "
                  "aprobaron. Desde entonces está 'en revisión por el personal de IANA'. Es un cambio "
                  "rutinario de servidores de nombres.\n\nYa escribimos dos veces preguntando si falta algún "
                  "documento y solo recibimos el acuse de recibo automático. El plazo comprometido para esta "
                  "fase es de cinco días y vamos por la cuarta semana."),
    ],
    {
        "en": ["{T} submitted", "technical checks passed", "both contacts approved",
               "status 'IANA review' - no questions from staff", "follow-up sent; auto-reply only"],
        "fr": ["dépôt de {T}", "tests techniques réussis", "approbation des deux contacts",
               "statut « en cours d'examen », aucune question", "relance ; réponse automatique seulement"],
        "es": ["envío de {T}", "pruebas técnicas superadas", "aprobación de ambos contactos",
               "estado 'en revisión', sin preguntas", "seguimiento; solo respuesta automática"],
    },
)

# ---------------------------------------------------------------- 6
_cat(
    "implementation_delay",
    "The change is approved but publication in the root zone is late (beyond 72 h), or the "
    "completion notice after publication is missing/late.",
    [
        dict(lang="en",
             short="{T} was approved on {D1} but the change is still not in the root zone.",
             body="Our request {T} was marked 'approved, pending implementation' on {D1}. Four days later "
                  "the root zone still serves the old NS set for {tld}; we check the published zone file and "
                  "query the root servers directly.\n\nThe commitment is publication within 72 hours after "
                  "review. We had scheduled the decommissioning of the old servers and now have to postpone "
                  "it."),
        dict(lang="en",
             short="Change for {tld} went live without any notification to us ({T}).",
             body="We only found out that {T} had been implemented because our monitoring saw the new DS "
                  "record at the root. No completion email came, and the portal still said 'implementation' "
                  "two days later.\n\nThe notification is supposed to go out within a minute of publication. "
                  "It matters: we wait for that confirmation before we change anything on our side."),
        dict(lang="en",
             short="Approved change for {tld} stuck between approval and publication for almost a week.",
             body="I will keep it factual. {D1}: IANA told us {T} was approved and 'sent for "
                  "implementation'. {D2}: the root zone serial had changed several times, but our "
                  "delegation stayed the same. We asked; the answer was that the request was 'in the "
                  "implementation queue'. Nobody could tell us whether the root zone maintainer had received "
                  "it.\n\nIt was finally published almost a week after approval. Our users saw the old glue "
                  "all that time."),
        dict(lang="fr",
             short="Demande {T} approuvée, mais toujours pas publiée dans la zone racine.",
             body="La demande {T} pour {tld} a été approuvée le {D1}. Depuis, la zone racine n'a toujours pas "
                  "été mise à jour : les serveurs racine renvoient encore l'ancienne délégation.\n\nSelon les "
                  "engagements de service, la publication devrait intervenir dans les 72 heures suivant "
                  "l'approbation. Nous avions prévu l'arrêt des anciens serveurs et devons maintenant le "
                  "reporter, ce qui a un coût pour nous."),
        dict(lang="es",
             short="Cambio {T} aprobado el {D1} y todavía no aparece en la zona raíz.",
             body="Nuestra solicitud {T} para {tld} fue aprobada el {D1}. Han pasado cinco días y la zona raíz "
                  "sigue publicando los servidores antiguos; lo hemos comprobado consultando varios "
                  "servidores raíz y el archivo de zona publicado.\n\nEl compromiso es publicar en 72 horas. "
                  "Además, cuando por fin se publicó un cambio anterior ({T2}), tampoco recibimos la "
                  "notificación."),
    ],
    {
        "en": ["{T} approved, 'sent for implementation'",
               "root zone serial changes, our delegation unchanged",
               "asked IANA: 'in the implementation queue'",
               "still old NS set at the root; decommissioning postponed",
               "published, no completion notice received"],
        "fr": ["approbation de {T}", "zone racine inchangée pour {tld}",
               "question à l'IANA : « en file d'implémentation »",
               "toujours l'ancienne délégation", "arrêt des anciens serveurs reporté"],
        "es": ["aprobación de {T}", "la zona raíz sigue sin cambios para {tld}",
               "consulta a IANA: 'en cola de implementación'",
               "siguen publicados los servidores antiguos", "aplazamos el apagado de los servidores viejos"],
    },
)

# ---------------------------------------------------------------- 7
_cat(
    "wrong_change_implemented",
    "What IANA implemented differs from what was requested: wrong glue IP, wrong NS removed/replaced, "
    "contact data mixed with another organisation's.",
    [
        dict(lang="en",
             short="IANA published the wrong glue address for {NS} ({T}).",
             body="We asked in {T} to change the IPv6 glue for {NS} to {IP}. What ended up in the root zone "
                  "is a different address, two digits transposed compared with what we typed in the form "
                  "(we kept a copy).\n\nPart of the Internet could not reach that name server for a day "
                  "until we noticed. The request had passed the checks, so the error was introduced after "
                  "the checks, during implementation."),
        dict(lang="en",
             short="Our change removed the wrong name server for {tld}, not the one we asked for.",
             body="Request {T} asked to remove one name server from the {tld} delegation. IANA removed a "
                  "different one: the server we were keeping. The one we wanted gone is still listed and we "
                  "have already shut it down.\n\nWe now have a delegation with one decommissioned server and "
                  "one server fewer than planned. I have never seen this kind of error before and want to "
                  "know how it got through review."),
        dict(lang="en",
             short="The contact update {T} was applied with someone else's details.",
             body="After our contact update {T} was completed, the administrative contact shown in the IANA "
                  "database for {tld} has the name of our new contact but the postal address and phone "
                  "number of a different organisation altogether. It looks like data from another request "
                  "got mixed into ours.\n\nApart from the embarrassment, this is the contact that authorizes "
                  "changes to our TLD."),
        dict(lang="fr",
             short="L'IANA a publié une adresse de glue erronée pour {tld} (demande {T}).",
             body="Lors de la mise en œuvre de la demande {T}, l'adresse IPv4 de {NS} publiée dans la zone "
                  "racine ne correspond pas à celle que nous avions saisie. Nous avons conservé la copie de "
                  "notre formulaire : l'erreur ne vient pas de nous.\n\nPendant près de vingt-quatre heures, "
                  "une partie des résolveurs a tenté de joindre une adresse qui ne nous appartient pas. Nous "
                  "demandons qu'on nous explique comment une valeur différente de celle soumise et testée a "
                  "pu être publiée."),
        dict(lang="es",
             short="Se implementó un cambio distinto del que pedimos en {T}.",
             body="En la solicitud {T} pedimos agregar un servidor de nombres a la delegación de {tld}. Al "
                  "publicarse, en lugar de agregarlo, se sustituyó uno de los existentes. Nos enteramos por "
                  "nuestras alertas de monitoreo.\n\nEl formulario enviado, que conservamos, es claro. Alguien "
                  "en el proceso de implementación interpretó mal la solicitud y nadie lo detectó antes de "
                  "publicar."),
    ],
    {
        "en": ["{T} submitted (copy of the form kept)", "checks passed, contacts approved",
               "change published", "our monitoring alerts: delegation differs from the request",
               "reported to IANA as {T2}"],
        "fr": ["dépôt de {T} (copie du formulaire conservée)", "tests et approbations OK",
               "publication", "nos alertes : la délégation ne correspond pas à la demande",
               "signalement à l'IANA ({T2})"],
        "es": ["envío de {T} (guardamos copia del formulario)", "pruebas y aprobaciones correctas",
               "publicación", "alertas de monitoreo: la delegación no coincide con lo pedido",
               "aviso a IANA ({T2})"],
    },
)

# ---------------------------------------------------------------- 8
_cat(
    "rzms_portal",
    "The root zone management web portal itself fails: login/2FA, server errors, form validation "
    "bugs, session expiry losing input; requests cannot be submitted.",
    [
        dict(lang="en",
             short="Cannot log in to the RZM portal - the two-factor code is always rejected.",
             body="Since {D1} none of our three accounts can log in to the root zone management portal. "
                  "Password accepted, then the one-time code is rejected every time, including codes from "
                  "freshly re-enrolled authenticators. The clocks on the phones are correct.\n\nThe reset "
                  "procedure sends us to a page that says 'contact support', and support tells us to use the "
                  "reset procedure. We have an NS change to make and no way to submit it."),
        dict(lang="en",
             short="Portal form throws an error when we add IPv6 glue. Can't submit the {tld} change.",
             body="The change request form in the portal refuses our submission with 'An unexpected error "
                  "occurred' as soon as we add an IPv6 glue record. With IPv4 only, it goes through. We "
                  "tried three browsers and two networks.\n\nWe ended up sending the request by email ({T}), "
                  "which adds days to the process. It should not be necessary to work around the official "
                  "tool."),
        dict(lang="en",
             short="The portal logs us out mid-request and loses everything we typed.",
             body="Filling in a change request for {tld} in the portal takes a while - we have eight name "
                  "servers with v4 and v6 glue. Twice this week the session expired while we were still "
                  "typing and everything was lost without warning. Once we got to the end, pressed submit, "
                  "and landed on the login page again. No draft, no ticket number.\n\nThe third attempt "
                  "worked only because I typed very fast."),
        dict(lang="fr",
             short="Portail RZMS inaccessible depuis le {D1} : « erreur interne » à chaque connexion.",
             body="Depuis le {D1}, impossible d'accéder au portail de gestion de la zone racine : après "
                  "l'authentification, nous obtenons une page « erreur interne du serveur ». Le problème "
                  "touche tous nos comptes, depuis différents navigateurs et réseaux.\n\nNous avons signalé "
                  "l'incident ({T}) et reçu une réponse automatique. Une mise à jour urgente de nos serveurs "
                  "de noms est en attente et nous n'avons aucun autre moyen pratique de la soumettre."),
        dict(lang="es",
             short="El portal no deja enviar el formulario de cambio para {tld}.",
             body="Desde hace días el portal de gestión de la zona raíz rechaza nuestro formulario de cambio "
                  "de servidores para {tld}: al pulsar enviar aparece 'sesión no válida' y vuelve a la "
                  "pantalla de inicio. Probamos con otro usuario, otro navegador y otra conexión.\n\nSoporte "
                  "nos respondió ({T}) que borremos las cookies, cosa que ya habíamos hecho. Seguimos sin "
                  "poder presentar la solicitud."),
    ],
    {
        "en": ["first failed login (one-time code rejected)", "authenticators re-enrolled, same error",
               "support ticket {T} opened", "support: 'use the reset procedure'",
               "request sent by email instead"],
        "fr": ["première erreur à la connexion", "essais sur d'autres navigateurs et réseaux",
               "signalement ({T})", "réponse automatique seulement", "toujours impossible de soumettre"],
        "es": ["primer error al enviar el formulario", "pruebas con otro usuario y navegador",
               "aviso a soporte ({T})", "soporte: 'borre las cookies'", "seguimos sin poder enviar"],
    },
)

# ---------------------------------------------------------------- 9
_cat(
    "poor_communication",
    "IANA does not answer: only auto-acknowledgements, tickets closed as resolved without an answer, "
    "template replies, no named person; no specific technical failure.",
    [
        dict(lang="en",
             short="Three emails to IANA about {T}, zero human replies.",
             body="I wrote to the IANA root zone team on {D1}, again a week later, and again on {D2}, about "
                  "{T}. Every time an automatic acknowledgement, never an answer from a person.\n\nI "
                  "understand everyone is busy, but we are customers of this service and the published "
                  "commitment is to acknowledge within one business day and respond within two. We have not "
                  "even had a 'we are looking at it'."),
        dict(lang="en",
             short="IANA closed our ticket {T} as 'resolved' without answering the question.",
             body="We asked a simple question in {T}: why was our earlier request cancelled? The ticket was "
                  "closed a few days later as 'resolved' with a one-line reply pointing to the general "
                  "documentation page. The documentation does not answer the question.\n\nWhen we reopened "
                  "it, a new ticket number ({T2}) was generated and the same thing happened. It feels like "
                  "the goal is to close tickets, not to help."),
        dict(lang="en",
             short="Answers from IANA are copy-paste templates that don't address what we ask.",
             body="For a month we have been exchanging mail with IANA staff about {tld}. Each reply is a "
                  "template restating the process in general terms. Specific questions - which check failed, "
                  "who is handling the request, what date we can expect - go unanswered.\n\nA different "
                  "person answers each time and none seems to have read the previous messages. We would "
                  "prefer one named person and one straight answer."),
        dict(lang="fr",
             short="Aucune réponse de l'IANA à nos messages concernant {T}.",
             body="Nous avons écrit à l'équipe de l'IANA à trois reprises depuis le {D1} au sujet de la "
                  "demande {T}. Nous n'avons reçu que des accusés de réception automatiques. Personne ne nous "
                  "a répondu, aucune indication de délai.\n\nLes engagements publiés prévoient pourtant une "
                  "réponse sous deux jours ouvrés. Nous ne savons plus à qui nous adresser, c'est pourquoi "
                  "nous nous tournons vers le CSC."),
        dict(lang="es",
             short="IANA cerró el ticket {T} sin responder a nuestra consulta.",
             body="Escribimos a IANA el {D1} para entender por qué se había cancelado una solicitud anterior "
                  "de {tld}. El ticket {T} se cerró como 'resuelto' con un enlace a la documentación general, "
                  "que no explica nada de nuestro caso. Lo volvimos a abrir y nadie respondió.\n\nEntendemos "
                  "que tengan mucho trabajo, pero un operador de ccTLD debería poder obtener una respuesta "
                  "concreta de una persona."),
    ],
    {
        "en": ["question sent to IANA, {T}", "automatic acknowledgement only",
               "reminder sent", "ticket closed as 'resolved', no answer", "reopened as {T2}; no reply"],
        "fr": ["question envoyée à l'IANA ({T})", "accusé de réception automatique",
               "relance", "ticket clos sans réponse", "réouverture ({T2}) ; silence"],
        "es": ["consulta enviada a IANA ({T})", "solo acuse automático", "recordatorio",
               "ticket cerrado sin respuesta", "reapertura ({T2}); sin respuesta"],
    },
)

# ---------------------------------------------------------------- 10
_cat(
    "perceived_bias",
    "The registry feels treated unequally (slower, more scrutiny, extra documents) compared with "
    "other, bigger or differently located operators, or for political reasons.",
    [
        dict(lang="en",
             short="Why do big gTLD operators get changes through in two days while we wait three weeks?",
             body="We compared notes with other registries at the last regional meeting. The large gTLD "
                  "back-end operators get routine NS changes through in a couple of days. Our identical "
                  "change for {tld} ({T}) took three weeks and two extra rounds of questions.\n\nWe are a "
                  "small ccTLD without a full-time team in Los Angeles to pick up the phone. I do not want to "
                  "accuse anyone, but the pattern is hard to miss and we would like the CSC to look at "
                  "processing times by type of operator."),
        dict(lang="en",
             short="IANA demands documents from us that it does not demand from others ({T}).",
             body="For a routine technical contact change on {tld} ({T}) we were asked for a letter on "
                  "government letterhead confirming the new contact. A colleague at another ccTLD made "
                  "exactly the same change last month with no such requirement.\n\nWhen we asked where this "
                  "requirement is written down, we got no answer. It is difficult not to see this as "
                  "different treatment because of where we are located."),
        dict(lang="en",
             short="We feel {tld} is treated differently since the dispute with our government hit the press.",
             body="Since our government's dispute became public around {D1}, every request we submit for "
                  "{tld} is held for 'additional review'. Before that our changes were handled normally. "
                  "Nothing in our requests has changed: same contacts, same operator, same kind of change.\n\n"
                  "Nobody has told us we are on a special list, but the behaviour says so. IANA should stay "
                  "neutral in national politics; we ask the CSC to check whether our requests follow the "
                  "same rules as everyone else's."),
        dict(lang="fr",
             short="Nous avons le sentiment d'un traitement inégal entre ccTLD.",
             body="Nous constatons depuis plusieurs mois que nos demandes concernant {tld} sont traitées "
                  "beaucoup plus lentement que celles d'autres registres, pour des modifications strictement "
                  "identiques (par exemple la demande {T}). On nous réclame en outre des justificatifs que "
                  "d'autres gestionnaires n'ont pas à fournir.\n\nNous ne souhaitons accuser personne, mais "
                  "nous demandons au CSC de vérifier que les mêmes règles s'appliquent à tous, quels que "
                  "soient la taille et le pays du registre."),
        dict(lang="es",
             short="Trato desigual: a otros registros les aprueban en días lo que a nosotros nos lleva semanas.",
             body="Hablando con colegas de la región comprobamos que un cambio igual al nuestro ({T}, {tld}) "
                  "se aprobó para otro ccTLD en dos días, mientras que el nuestro tardó tres semanas y a "
                  "nosotros nos pidieron documentación adicional que a ellos no. No es la primera vez.\n\n"
                  "Pedimos al CSC que revise si todos los operadores reciben el mismo trato, "
                  "independientemente de su tamaño o de su país."),
    ],
    {
        "en": ["{T} submitted (same change as a peer registry)", "peer's change approved in two days",
               "IANA asks us for an extra government letter", "letter provided",
               "our change approved, three weeks after submission"],
        "fr": ["dépôt de {T}", "même modification approuvée en deux jours pour un autre registre",
               "l'IANA nous demande un justificatif supplémentaire", "justificatif fourni",
               "approbation, trois semaines après le dépôt"],
        "es": ["envío de {T}", "a otro registro le aprueban el mismo cambio en dos días",
               "IANA nos pide documentación adicional", "enviamos la documentación",
               "aprobación, tres semanas después"],
    },
)

# ---------------------------------------------------------------- 11
_cat(
    "transfer_evaluation",
    "Evaluation of a ccTLD transfer/redelegation or gTLD change of manager drags on for months with "
    "shifting, piecemeal document requests and no decision.",
    [
        dict(lang="en",
             short="Transfer of {tld} to the new manager pending for eight months. No decision in sight.",
             body="Our application for the transfer of the {tld} ccTLD to the new national manager was "
                  "submitted on {D1} with full government support and the consent of the incumbent. Since "
                  "then IANA has come back four times with new questions, each time on a different topic, "
                  "and each time the clock seems to restart.\n\nWe were told 60 days for the evaluation. We "
                  "are at eight months. We need either a decision or a clear list of what is still missing."),
        dict(lang="en",
             short="IANA keeps changing the documents it wants for the {tld} redelegation.",
             body="First they asked for a letter from the ministry. We provided it. Then they wanted it "
                  "signed by the minister personally, not the permanent secretary. Provided. Then evidence of "
                  "local internet community consultation: provided, with minutes of three public meetings. "
                  "Now they ask for consultation 'with a wider range of stakeholders'.\n\nEach step takes "
                  "them weeks to review. Where is the complete list of requirements for a ccTLD transfer, and "
                  "why were we not given it at the start? Our reference is {T}."),
        dict(lang="en",
             short="Change of manager for {tld} after the acquisition is stuck at IANA ({T}).",
             body="After the assignment approved by ICANN, we filed the change of manager for the gTLD {tld} "
                  "({T}) on {D1}. ICANN's side is complete. At IANA the request has been in 'evaluation' "
                  "with no contact from staff.\n\nThe previous operator is still listed as the sponsoring "
                  "organisation, so registrars still send people to them. We understand a transfer is not "
                  "routine, but total silence for months is not acceptable."),
        dict(lang="fr",
             short="Le dossier de transfert de {tld} n'avance plus depuis des mois.",
             body="Le dossier de transfert de la gestion de {tld} vers notre association a été déposé le "
                  "{D1}, avec le soutien écrit du gouvernement et l'accord de l'ancien gestionnaire. Depuis, "
                  "l'IANA nous a adressé des demandes de pièces successives, chaque fois différentes, sans "
                  "jamais nous donner de liste complète.\n\nNous avons fourni tout ce qui nous a été demandé. "
                  "Aucune décision n'a été prise et aucune date ne nous est communiquée. Cette situation "
                  "empêche notre communauté locale de développer le domaine."),
        dict(lang="es",
             short="La redelegación de {tld} lleva casi un año en evaluación.",
             body="Presentamos la solicitud de transferencia de {tld} ({T}) el {D1}, con el apoyo del "
                  "gobierno y el consentimiento del administrador anterior. Desde entonces IANA nos ha pedido "
                  "documentación adicional en cinco ocasiones, siempre sobre aspectos nuevos que no se "
                  "mencionaron al principio.\n\nCada entrega tarda semanas en revisarse. Pedimos que se nos "
                  "dé una lista cerrada de requisitos y un plazo."),
    ],
    {
        "en": ["transfer application {T} filed with government support letter",
               "IANA asks for a letter signed by the minister", "letter provided; new request: community consultation evidence",
               "minutes of three public meetings provided", "IANA asks for 'wider stakeholder' consultation"],
        "fr": ["dépôt du dossier de transfert ({T})", "demande d'une lettre du ministre",
               "lettre fournie ; demande de preuves de consultation locale",
               "comptes rendus fournis", "nouvelle demande de pièces"],
        "es": ["presentación de la solicitud de transferencia ({T})", "IANA pide carta del ministro",
               "carta enviada; piden pruebas de consulta a la comunidad", "enviamos las actas",
               "nueva petición de documentos"],
    },
)

# ---------------------------------------------------------------- 12
_cat(
    "idn_table_publication",
    "IDN tables / label generation rules submitted for the IANA repository are not published, or the "
    "published file is the wrong version or corrupted.",
    [
        dict(lang="en",
             short="Our IDN table for {tld} was submitted on {D1} and is still not in the IANA repository.",
             body="We submitted the updated IDN table (Cyrillic script, version 2.1) for {tld} on {D1} "
                  "through {T}. The repository of IDN practices still shows the 2019 version.\n\nOur "
                  "registration policy refers to the IANA-published table, so registrars ask why we accept "
                  "characters that the public table does not list. We were told publication is 'routine'. It "
                  "has been weeks."),
        dict(lang="en",
             short="IANA published the wrong version of our IDN table for {tld}.",
             body="The IDN table now published for {tld} is the draft we circulated for comments, not the "
                  "final version attached to {T}. The draft has two variant mappings we removed after "
                  "review.\n\nRegistrars and some software pull the table straight from IANA, so the wrong "
                  "variants are now in use outside our control. Please replace it with the file we actually "
                  "submitted."),
        dict(lang="en",
             short="The published LGR for {tld} is corrupted - non-ASCII characters garbled.",
             body="We submitted our Arabic-script label generation rules as XML ({T}). The file now served "
                  "on the IANA site has all the Arabic code point descriptions replaced with question marks, "
                  "and the language tag is wrong. It looks like a character encoding problem on upload.\n\n"
                  "Anyone validating labels against this file gets wrong results. We reported it on {D1} and "
                  "have had no fix."),
        dict(lang="fr",
             short="Notre table IDN pour {tld} n'est toujours pas publiée par l'IANA.",
             body="Nous avons transmis le {D1} la nouvelle version de notre table de caractères IDN pour "
                  "{tld} (demande {T}). Plusieurs semaines plus tard, le dépôt des pratiques IDN de l'IANA "
                  "affiche toujours l'ancienne version.\n\nOr notre charte de nommage renvoie à la table "
                  "publiée par l'IANA, et nos bureaux d'enregistrement nous interrogent sur les écarts. Il "
                  "s'agit d'une simple publication : nous ne comprenons pas ce délai."),
        dict(lang="es",
             short="La tabla IDN publicada para {tld} no es la que enviamos.",
             body="Tras la solicitud {T}, IANA publicó una tabla IDN para {tld}, pero no corresponde a la "
                  "versión definitiva que enviamos: faltan los caracteres con diéresis y aparece una variante "
                  "que eliminamos en la revisión.\n\nLo avisamos el {D1} y aún no se ha corregido. Varios "
                  "registradores descargan la tabla directamente de IANA y están aplicando reglas "
                  "equivocadas."),
    ],
    {
        "en": ["IDN table v2.1 submitted, {T}", "acknowledged by IANA",
               "repository still shows the old version", "asked for status: 'routine, will be published'",
               "still not published"],
        "fr": ["envoi de la nouvelle table IDN ({T})", "accusé de réception",
               "le dépôt affiche toujours l'ancienne version", "relance", "toujours rien"],
        "es": ["envío de la tabla IDN ({T})", "acuse de recibo", "se publica una versión equivocada",
               "avisamos del error", "sigue sin corregirse"],
    },
)

# ---------------------------------------------------------------- 13
_cat(
    "emergency_handling",
    "An urgent situation (outage, hijack, expired DNSSEC signatures) needed emergency action; the "
    "emergency line went unanswered or the request was processed as routine.",
    [
        dict(lang="en",
             short="Emergency NS change for {tld} during an outage took 30 hours. Emergency line unanswered.",
             body="On {D1} our primary DNS provider suffered a total outage and {tld} went dark. We called "
                  "the IANA emergency number at 02:00 UTC: voicemail. We filed an emergency request ({T}) "
                  "marked urgent and sent email as well.\n\nThe switch to our backup servers was only "
                  "published the following day, about 30 hours later. For an emergency procedure this is not "
                  "acceptable; every domain name in our country was down."),
        dict(lang="en",
             short="Suspected hijack of our delegation - IANA treated the urgent request as routine.",
             body="We detected unauthorized changes at our DNS provider that redirected part of {tld} and "
                  "immediately asked IANA to revert the delegation to our own name servers. We explained it "
                  "was a security incident.\n\nThe request ({T}) went through the normal queue, with the "
                  "normal contact confirmation, and took days. It was the wrong process for the situation and "
                  "nobody at IANA escalated it, even when we asked."),
        dict(lang="en",
             short="Our DNSSEC signatures expired, we asked IANA for an emergency DS removal; help came too late.",
             body="A signer failure left {tld} with expired signatures and the whole TLD failing validation. "
                  "We needed the DS pulled from the root urgently. It was a Saturday. The emergency path gave "
                  "us a ticket number ({T}) and a promise of a call back, which came on Monday.\n\nBy then we "
                  "had fixed the signer ourselves. Validating resolvers had been returning SERVFAIL for our "
                  "entire namespace for two days."),
        dict(lang="fr",
             short="Demande urgente pour {tld} lors d'une panne : aucune réaction avant le lendemain.",
             body="Le {D1}, à la suite d'une panne majeure de notre prestataire DNS, {tld} était injoignable. "
                  "Nous avons immédiatement appelé le numéro d'urgence de l'IANA, sans réponse, puis envoyé "
                  "une demande marquée urgente ({T}).\n\nLe changement de serveurs de noms n'a été appliqué "
                  "que le lendemain après-midi. Pendant ce temps, l'ensemble des noms de domaine de notre pays "
                  "était inaccessible. La procédure d'urgence n'a pas fonctionné."),
        dict(lang="es",
             short="Nadie atendió la línea de emergencias de IANA durante la caída de {tld}.",
             body="El {D1} todos los servidores de {tld} quedaron fuera de servicio por un ataque de "
                  "denegación de servicio. Llamamos al teléfono de emergencias de IANA varias veces de "
                  "madrugada sin respuesta y enviamos una solicitud urgente ({T}) para delegar en los "
                  "servidores de respaldo.\n\nLa solicitud siguió el trámite normal, con confirmación de "
                  "contactos, y se publicó más de un día después. Un procedimiento de emergencia que no "
                  "responde en horas no sirve."),
    ],
    {
        "en": ["{tld} unreachable (provider outage)", "IANA emergency number called: voicemail",
               "urgent request {T} filed and emailed", "request handled through the normal queue",
               "change published, about 30 hours after first call"],
        "fr": ["{tld} injoignable (panne du prestataire)", "appel au numéro d'urgence : pas de réponse",
               "demande urgente {T}", "traitement comme une demande ordinaire",
               "publication le lendemain après-midi"],
        "es": ["{tld} fuera de servicio", "llamadas al teléfono de emergencias: sin respuesta",
               "solicitud urgente {T}", "trámite normal con confirmación de contactos",
               "publicación más de un día después"],
    },
)


# ------------------------------------------------------------ wrappers
GREETINGS = {
    "en": ["Dear CSC members,", "Hello,", "Dear Committee,", "Hi all,",
           "To the Customer Standing Committee,", "Dear Sir or Madam,", "Good morning,", "Hi,"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Mesdames et Messieurs les membres du CSC,",
           "Bonjour à tous,", "Chers membres du Comité,"],
    "es": ["Estimados miembros del CSC:", "Hola,", "Buenos días:", "Estimados señores:",
           "A la atención del Comité Permanente de Clientes:"],
}

CLOSINGS = {
    "en": ["Regards,", "Best regards,", "Thanks,", "Kind regards,", "Sincerely,", "Best,"],
    "fr": ["Cordialement,", "Bien cordialement,", "Salutations distinguées,", "Merci d'avance,",
           "Bien à vous,"],
    "es": ["Saludos,", "Un saludo,", "Atentamente,", "Saludos cordiales,", "Gracias de antemano,"],
}

ANGRY_OPEN = {
    "en": ["I have had enough of this.",
           "This is the THIRD time I am writing about the same thing and frankly I am furious.",
           "Sorry for the tone, but this is ridiculous.",
           "What is the point of all those glowing monthly reports if this is what actually happens?"],
    "fr": ["Je suis excédé.",
           "C'est la troisième fois que j'écris à ce sujet et franchement, ça suffit.",
           "Pardonnez le ton, mais c'est inadmissible.",
           "Nous en avons plus qu'assez."],
    "es": ["Estoy harto.",
           "Es la TERCERA vez que escribimos por lo mismo y ya no nos queda paciencia.",
           "Perdonen el tono, pero esto es una vergüenza.",
           "¡Basta ya!"],
}

ANGRY_CLOSE = {
    "en": ["If I don't get a real answer this week I will raise it at the next ccNSO meeting, in public.",
           "Unacceptable. Fix it.",
           "Somebody needs to take responsibility for this.",
           "I expect the CSC to do something about it - that is what you are there for."],
    "fr": ["Si rien ne bouge cette semaine, nous porterons l'affaire publiquement devant la ccNSO.",
           "C'est inacceptable. Point.",
           "Il faut que quelqu'un assume la responsabilité de cette situation.",
           "J'attends du CSC qu'il fasse enfin son travail."],
    "es": ["Si no hay una respuesta seria esta semana lo llevaremos a la próxima reunión de la ccNSO.",
           "Inaceptable.",
           "Alguien tiene que hacerse responsable de esto.",
           "Esperamos que el CSC haga algo de una vez, para eso está."],
}

FORMAL_OPEN = {
    "en": ["On behalf of {ORG}, the designated manager of the {tld} top-level domain, I hereby submit a "
           "formal complaint concerning the performance of the IANA naming functions by Public Technical "
           "Identifiers (PTI).",
           "We write to place on record a formal complaint regarding the handling of a matter relating to "
           "{tld}, and to request that the Committee consider it in the exercise of its monitoring mandate.",
           "Please accept this letter as the formal complaint of {ORG} in respect of the matters set out "
           "below."],
    "fr": ["Au nom de {ORG}, gestionnaire désigné du domaine de premier niveau {tld}, nous avons l'honneur "
           "de porter à votre connaissance la réclamation formelle suivante, relative à l'exécution des "
           "fonctions IANA de nommage par PTI.",
           "Par la présente, {ORG} entend formuler une réclamation officielle concernant le traitement d'une "
           "affaire relative à {tld}, et prie le Comité de l'examiner au titre de sa mission de suivi."],
    "es": ["En nombre de {ORG}, administrador designado del dominio de nivel superior {tld}, por medio de "
           "la presente interponemos una queja formal sobre el desempeño de las funciones de nombres de "
           "IANA por parte de PTI.",
           "Por la presente, {ORG} deja constancia formal de su queja respecto de la tramitación de un "
           "asunto relativo a {tld}, y solicita al Comité que lo examine en el ejercicio de su mandato."],
}

FORMAL_CLOSE = {
    "en": ["We reserve all rights in this matter and request written acknowledgement of this complaint.",
           "We respectfully request that the Committee review the foregoing and inform us of any remedial "
           "action taken.",
           "This letter is without prejudice to any other remedies available to {ORG}."],
    "fr": ["Nous vous saurions gré de bien vouloir accuser réception de la présente réclamation, sous "
           "toutes réserves de nos droits.",
           "Nous vous prions d'agréer, Mesdames et Messieurs, l'expression de notre considération "
           "distinguée."],
    "es": ["Solicitamos acuse de recibo de la presente y nos reservamos todos los derechos que pudieran "
           "correspondernos.",
           "Quedamos a la espera de que el Comité examine la cuestión y nos informe de las medidas "
           "adoptadas."],
}

FORMAL_FACTS = {"en": "Facts", "fr": "Exposé des faits", "es": "Hechos"}

LONG_INTRO = {
    "en": ["Please find below the chronology of our request for {tld}.",
           "Timeline, so you have the full picture:",
           "Here is what happened, in order:"],
    "fr": ["Voici la chronologie de notre demande concernant {tld}.",
           "Pour que vous ayez une vue complète, voici le déroulé :"],
    "es": ["A continuación, la cronología de nuestra solicitud para {tld}.",
           "Para que tengan el panorama completo, este es el orden de los hechos:"],
}

LONG_AFTER = {
    "en": ["In short:", "Summary:", "To sum up:"],
    "fr": ["En résumé :", "Pour résumer :"],
    "es": ["En resumen:", "Resumiendo:"],
}

FORWARD_NOTE = {
    "en": ["Forwarding the exchange below. We want this registered as a complaint.",
           "FYI - see below. We have run out of patience with the normal channel.",
           "Please see the thread below; this is our complaint.",
           "See below. IANA's answer speaks for itself."],
    "fr": ["Je vous transfère l'échange ci-dessous. Merci de l'enregistrer comme réclamation.",
           "Pour information, voir ci-dessous. Nous n'obtenons rien par le canal normal.",
           "Ci-dessous notre échange avec l'IANA, qui résume le problème."],
    "es": ["Les reenvío el intercambio de abajo; les pedimos que lo consideren una queja formal.",
           "Para su conocimiento, ver abajo. Por la vía normal no conseguimos nada.",
           "Reenvío nuestro intercambio con IANA, que resume el problema."],
}

FORWARD_HEADER = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("-------- Message transféré --------", "De", "Date", "Sujet", "Pour"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}

WROTE = {
    "en": "On {date}, {who} wrote:",
    "fr": "Le {date}, {who} a écrit :",
    "es": "El {date}, {who} escribió:",
}

FWD_PREFIX = {"en": ["Fwd: ", "FW: "], "fr": ["TR: ", "Fwd: "], "es": ["RV: ", "Fwd: "]}

SUBJECTS = {
    "en": ["Complaint", "complaint re {tld}", "urgent", "URGENT - {tld}", "IANA issue",
           "Problem with our request", "{tld} - again", "Formal complaint regarding PTI",
           "ticket {n}", "help please", "Re: [IANA #{n}] {tld} root zone change request",
           "Re: [IANA #{n}] Request status", "Issue with IANA", "{tld}", "Complaint - IANA services",
           "not happy", "Re: follow up"],
    "fr": ["Réclamation", "réclamation {tld}", "Urgent", "Problème IANA", "Demande {n}", "plainte",
           "Encore un problème avec l'IANA", "Re: [IANA #{n}] Demande de modification {tld}",
           "Réclamation formelle", "{tld} : demande bloquée", "Question"],
    "es": ["Queja", "queja formal", "URGENTE", "Problema con IANA", "Reclamo {tld}", "ticket {n}",
           "Consulta sin respuesta", "Re: [IANA #{n}] Solicitud de cambio {tld}", "Reclamación",
           "{tld} - otra vez", "Aviso"],
}

HTML_LABELS = {
    "en": ("Registry", "TLD", "Reference", "Date", "Contact"),
    "fr": ("Registre", "Domaine", "Référence", "Date", "Contact"),
    "es": ("Registro", "Dominio", "Referencia", "Fecha", "Contacto"),
}

DISCLAIMERS = {
    "en": ["CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
           "of the intended recipient(s) and may contain confidential and privileged information. Any "
           "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
           "recipient, please contact the sender by reply e-mail and destroy all copies of the original "
           "message. The views expressed in this message are those of the individual sender and do not "
           "necessarily represent the views of the organisation. Although this e-mail has been scanned for "
           "viruses, no liability is accepted for any damage caused by its contents.",
           "This message and any files transmitted with it are confidential and intended solely for the use "
           "of the individual or entity to whom they are addressed. If you have received this email in "
           "error please notify the system manager. Please note that any views or opinions presented in "
           "this email are solely those of the author. Finally, the recipient should check this email and "
           "any attachments for the presence of viruses. The company accepts no liability for any damage "
           "caused by any virus transmitted by this email. Please consider the environment before printing "
           "this e-mail."],
    "fr": ["AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à "
           "l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est "
           "interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'émetteur "
           "et de le détruire. L'intégrité de ce message ne pouvant être assurée sur Internet, notre "
           "organisation ne saurait être tenue responsable de son contenu. Pensez à l'environnement avant "
           "d'imprimer ce courriel."],
    "es": ["AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su "
           "destinatario y pueden contener información privilegiada o confidencial. Si no es usted el "
           "destinatario indicado, queda notificado de que la utilización, divulgación o copia sin "
           "autorización está prohibida en virtud de la legislación vigente. Si ha recibido este mensaje "
           "por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su "
           "destrucción. Antes de imprimir este correo, piense si es necesario hacerlo."],
}

# IANA notices quoted in 'reply' style mails. tags: categories this notice would be "about";
# a reply mail quotes a notice whose tags do NOT include the mail's category.
NOTICES = [
    dict(tags=["ns_check_false_failure", "check_results_slow", "dnssec_ds_rejected"],
         subject="[IANA #{n}] Technical check results for {tld}",
         body="Dear {tld} contacts,\n\nThe automated technical checks for the change request referenced "
              "above have completed. All tests passed. The request will now proceed to contact "
              "confirmation.\n\nPlease do not reply to this message. If you have questions, contact "
              "root-mgmt@iana.example.org quoting the ticket number.\n\nIANA Services\nPublic Technical "
              "Identifiers"),
    dict(tags=["contact_auth_failure"],
         subject="[IANA #{n}] Authorization required: change request for {tld}",
         body="Dear Administrative Contact,\n\nA request has been submitted to change the Root Zone "
              "Database record for the {tld} top-level domain. As a listed contact for this domain, your "
              "authorization is required before the request can proceed.\n\nPlease review the proposed "
              "changes and respond using the link below:\n\nhttps://rzm.iana.example.org/confirm/{n}\n\n"
              "If you did not expect this request, please contact us immediately.\n\nRegards,\nIANA Root "
              "Zone Management"),
    dict(tags=["implementation_delay", "wrong_change_implemented", "emergency_handling"],
         subject="[IANA #{n}] Request completed: {tld}",
         body="Dear Contacts,\n\nThis is to notify you that the change request referenced above has been "
              "implemented. The changes are now visible in the root zone and in the Root Zone Database.\n\n"
              "Thank you for using the IANA services.\n\nIANA Root Zone Management\nPTI"),
    dict(tags=["poor_communication"],
         subject="[IANA #{n}] Your message has been received",
         body="Thank you for contacting IANA.\n\nThis is an automated acknowledgement that your message has "
              "been received and assigned the ticket number above. A member of our team will respond as "
              "soon as possible. Please keep the ticket number in the subject line of any further "
              "correspondence.\n\n-- \nIANA Services"),
    dict(tags=["rzms_portal"],
         subject="Scheduled maintenance of the Root Zone Management System",
         body="Dear RZMS users,\n\nThe Root Zone Management System will be unavailable on Saturday between "
              "14:00 and 18:00 UTC for scheduled maintenance. Requests sent by email during this window "
              "will be lodged once the system is back online.\n\nWe apologise for any inconvenience.\n\n"
              "IANA Services"),
    dict(tags=["idn_table_publication"],
         subject="[IANA #{n}] IDN table published for {tld}",
         body="Dear Registry Operator,\n\nThe IDN table you submitted for {tld} has been published in the "
              "IANA Repository of IDN Practices. You can view it at "
              "https://www.iana.example.org/domains/idn-tables.\n\nBest regards,\nIANA Services"),
    dict(tags=["review_stalled", "perceived_bias"],
         subject="[IANA #{n}] Update on your request",
         body="Dear Contacts,\n\nYour request has passed the technical checks and contact confirmation and "
              "is now undergoing review by IANA staff. We will contact you if further information is "
              "required.\n\nIANA Root Zone Management"),
    dict(tags=["transfer_evaluation", "perceived_bias"],
         subject="[IANA #{n}] Additional information requested",
         body="Dear Applicant,\n\nIn order to continue our evaluation of the request referenced above, "
              "please provide the following:\n\n1. Confirmation of the technical operator agreement;\n"
              "2. An updated list of local stakeholders consulted.\n\nOnce received we will resume our "
              "evaluation.\n\nKind regards,\nIANA Services"),
    dict(tags=[],
         subject="How did we do? IANA customer survey",
         body="Dear Customer,\n\nYou recently completed a request with IANA. We would value your feedback "
              "on your experience. The survey takes about two minutes:\n\n"
              "https://survey.iana.example.org/r/{n}\n\nThank you,\nIANA Services"),
    dict(tags=["dnssec_ds_rejected", "ns_check_false_failure", "check_results_slow"],
         subject="[IANA #{n}] Technical check failure for {tld}",
         body="Dear Contacts,\n\nOne or more technical checks failed for the request referenced above:\n\n"
              "  DNSSEC: DS record does not match any DNSKEY in the zone (FAIL)\n\nPlease correct the "
              "issue and request a retest from the portal. The request will remain open for 30 days.\n\n"
              "IANA Root Zone Management"),
    dict(tags=["poor_communication"],
         subject="[IANA #{n}] Ticket resolved",
         body="Dear Customer,\n\nThis ticket has been marked as resolved. If you believe your issue has not "
              "been resolved, please reply to this message within 7 days and the ticket will be "
              "reopened.\n\nIANA Services"),
    dict(tags=["wrong_change_implemented", "review_stalled", "contact_auth_failure"],
         subject="[IANA #{n}] Contact update completed for {tld}",
         body="Dear Contacts,\n\nThe update to the contact information for {tld} has been completed and is "
              "now reflected in the Root Zone Database.\n\nIANA Root Zone Management"),
]

# IANA holding replies used in 'forward' style mails
IANA_HOLDING = [
    "Thank you for your message. We are looking into this and will get back to you.\n\nBest regards,\n"
    "IANA Services",
    "Dear {name},\n\nThank you for reaching out. Your request is being handled according to our standard "
    "procedures. We will update you as soon as there is progress.\n\nKind regards,\nRoot Zone Management "
    "team\nIANA",
    "Hello,\n\nWe have received your message and shared it with the relevant team. Please refer to "
    "https://www.iana.example.org/help for information on the process.\n\nIANA Services",
]
