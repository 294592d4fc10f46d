"""Hand-written complaint texts for the blind corpus #4.

Each core text is a tuple (language, who, role, text).
  who  : which kind of registry plausibly writes it
         island | franco | latam | casia | gtld | brand | cc (any ccTLD) | any
  role : eng | ceo | lawyer | any   (drives the signature title)
Placeholders: {tld} {t1} {t2} {d1} {d2} {d3} {d4} {ns1} {ns2} {ip4} {ip6} {n} {org} {keytag}
"""


def T(s):
    return s.strip("\n")


CATEGORIES = {}

# ---------------------------------------------------------------------------
CATEGORIES["ns_check_false_failure"] = {
    "short": [
        ("en", "any", "eng", T("""
Our NS change for {tld} ({t1}) keeps getting bounced. Every single server answers fine from here. Can someone look?""")),
        ("fr", "franco", "any", T("""
Bonjour, notre demande {t1} pour {tld} est refusée en boucle alors que nos serveurs répondent parfaitement. Merci de regarder.""")),
        ("es", "latam", "any", T("""
Buenas, la solicitud {t1} de {tld} sigue rechazada aunque nuestros servidores responden sin problema. ¿Alguien puede revisarlo?""")),
    ],
    "timeline": [
        ("en", "any", "eng", T("""
Timeline for {t1} ({tld}):
- {d1}: submitted replacement of {ns2} by the new anycast node, glue {ip4} / {ip6}.
- {d1}: automated result: FAIL, "no response over TCP from {ip6}".
- {d2}: verified from six vantage points (RIPE Atlas plus our own probes on two continents): TCP/53 answers, EDNS0 answers, SOA serial consistent.
- {d2}: asked for a retest. Same failure, same text, in under a minute, so I doubt anything was actually re-queried.
- {d3}: sent pcaps to root-mgmt. No reply.
- {d4}: still failing. We cannot retire the old server, whose hosting contract ends this month.
If the test point has a broken IPv6 path, that is not something we can fix from our side.""")),
        ("fr", "franco", "ceo", T("""
Voici la chronologie pour la demande {t1} concernant {tld} :
- le {d1}, dépôt de la demande de changement de serveurs de noms (nous migrons vers un nouveau prestataire) ;
- le même jour, message automatique nous indiquant que « le serveur ne répond pas de manière autoritaire » ;
- le {d2}, notre prestataire confirme que tout est en ordre et nous transmet les résultats de ses propres tests ;
- le {d3}, nouvelle soumission, même refus, même message ;
- le {d4}, toujours aucune avancée.
Pendant ce temps nous payons deux prestataires. Nous ne comprenons pas ce qui est reproché à nos serveurs et personne ne nous l'explique en termes clairs.""")),
    ],
    "normal": [
        ("en", "island", "any", T("""
We are a very small registry, two people. Since {d1} we have been trying to add a second name server in another country, as everyone tells us to do for resilience. Each time we submit, we get back a long list of red lines that we do not understand. Our provider says the server is working, and indeed websites under {tld} resolve normally. We have submitted four times now ({t1} is the latest). We are stuck with a single location, which is exactly the risk we were trying to remove.""")),
        ("en", "any", "eng", T("""
The retest after a failed check is supposed to come back within ten minutes. For {t1} it does come back quickly, but it fails against {ns1} with "serial mismatch between servers". The serials are identical; I checked all of them at the exact minute. I suspect the test caches the first result or queries a stale address (the old glue {ip4} was withdrawn on our side on {d1}). The result is that a correct configuration cannot pass, and we have no way to see what the checker actually queried. Please ask PTI to publish the raw query log for a failed test.""")),
        ("en", "any", "ceo", T("""
I will be short because I do not know the technical detail, my team does. What I know is this: we want to move our name servers to a more secure provider, the request has been refused several times by an automatic system, and my engineers tell me the system is wrong. Meanwhile my board asks me why a simple move takes weeks. Reference {t1}, domain {tld}. I would like someone with authority to look at it.""")),
        ("en", "casia", "eng", T("""
We have problem with change of DNS servers for {tld}. The IANA system say our server {ns2} is "lame" but server is working, we check with dig from many places, answer is correct and flag aa is present. We send request {t1} on {d1}, then again on {d2}. Each time same answer, request is stopped. Maybe the system check old IP address? We ask help because we cannot finish migration of our infrastructure before new budget year.""")),
        ("fr", "franco", "lawyer", T("""
Le gestionnaire de {tld} a sollicité, par la demande {t1}, la modification de ses serveurs de noms. Cette demande a été rejetée à trois reprises par la procédure automatisée, au motif d'une prétendue absence de réponse du serveur {ns1}. Or, les constats réalisés par deux prestataires indépendants établissent que ce serveur répond correctement, y compris en IPv6. Nous demandons que les paramètres exacts des tests effectués nous soient communiqués et que la demande soit traitée sans nouveau délai.""")),
        ("es", "latam", "eng", T("""
Llevamos desde el {d1} intentando cambiar la dirección IPv6 de {ns1}. El sistema de IANA responde que el servidor "no es alcanzable" y la solicitud {t1} se corta ahí. Desde nuestra red y desde sondas externas responde perfecto por UDP y por TCP. Sospechamos un problema de ruteo entre el punto de prueba y nuestro proveedor, pero no tenemos cómo verificarlo porque el informe no dice desde dónde se prueba. Mientras tanto seguimos con la IP vieja, que el proveedor va a dar de baja.""")),
    ],
    "subjects": {
        "en": ["NS change rejected again", "checks failing - servers are fine", "{t1} keeps failing", "Why is our server 'lame'??"],
        "fr": ["Demande bloquée", "Refus répété de notre demande {t1}"],
        "es": ["Solicitud rechazada otra vez", "Problema con cambio de servidores"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["dnssec_ds_handling"] = {
    "short": [
        ("en", "any", "eng", T("""
DS for {tld} is still the old one. Key tag {keytag} submitted on {d1} ({t1}). Our old KSK goes away Friday.""")),
        ("fr", "franco", "eng", T("""
Bonjour, le DS de {tld} n'a pas été mis à jour malgré la demande {t1}. L'ancienne clé doit être retirée dans quelques jours.""")),
        ("es", "latam", "eng", T("""
Hola, seguimos con el DS viejo en la raíz para {tld} ({t1}). Necesitamos cerrar el rollover ya.""")),
    ],
    "timeline": [
        ("en", "any", "eng", T("""
KSK rollover for {tld}, summary:
{d1} - new KSK (tag {keytag}) published in our DNSKEY set, double-signature phase started.
{d2} - request {t1} to add the new DS alongside the old one. Rejected: "DS does not match any DNSKEY". It does. Verified with three independent validators.
{d2} - resubmitted with digest type 2 only. Rejected with the same message.
{d3} - opened {t2} by email asking what exactly is compared. Auto-acknowledgement only.
{d4} - we are now past the planned retirement date of the old key and have had to extend its signatures by hand.
We followed RFC 7583 timing to the letter. The root is now the only thing holding the rollover.""")),
        ("es", "latam", "eng", T("""
Cronología del cambio de algoritmo de {tld}:
- {d1}: enviamos la solicitud {t1} para agregar el DS del nuevo algoritmo (13).
- {d2}: nos llega un rechazo diciendo que la zona "no está firmada correctamente". La zona está firmada con ambos algoritmos, como corresponde en una transición.
- {d3}: explicamos por correo el procedimiento y adjuntamos las salidas de validación. Sin respuesta concreta.
- {d4}: seguimos sin el DS nuevo en la raíz.
No podemos retirar el algoritmo 8 sin romper la validación para todos nuestros usuarios. Parece que la verificación no contempla un período con dos algoritmos.""")),
    ],
    "normal": [
        ("en", "island", "ceo", T("""
On {d1} several banks in our country called us because their websites under {tld} had stopped working for customers of one of the big mobile operators. Other people could reach them fine. Our technician found that the root still had a security record for a key we had retired weeks before, although we had sent the update ({t1}) well in advance and had been told it was received. We had to put the old key back in a hurry. Nobody at IANA has explained why the old record stayed there.""")),
        ("en", "any", "eng", T("""
We asked for the removal of the DS set for {tld} ({t1}) as part of a controlled move to a new DNS operator; going insecure for a short window was the plan agreed with the gaining operator. The removal was held for {n} days while the DNSKEY of the old operator was already gone, so every validating resolver returned SERVFAIL for the whole TLD. A request that takes something out of the root should not need more scrutiny than the one that put it in.""")),
        ("en", "gtld", "lawyer", T("""
We write on behalf of our client, the registry operator of {tld}, regarding change request {t1}, submitted on {d1} to replace the delegation signer records in connection with a scheduled key signing key rollover. The request was rejected on the ground that the submitted record did not correspond to a published key. Our client's records show that the key had been published for more than {n} days at that time. The rejection obliged our client to postpone a rollover announced in advance to its registrars, with reputational consequences. We ask that the basis of the rejection be disclosed.""")),
        ("en", "casia", "eng", T("""
Good day. We want to add DS for {tld} first time, we start DNSSEC this year. We send the DS record in the form, request {t1}. The answer is "algorithm not supported" but we use algorithm 13 which is recommended everywhere. We try again with SHA-256 digest and also get error. Please explain what is wrong in our data, we are new with this and documentation is not clear for us.""")),
        ("fr", "franco", "eng", T("""
Nous avons soumis le {d1} le remplacement de l'enregistrement DS de {tld} (demande {t1}), dans le cadre du renouvellement annuel de notre clé. Trois jours plus tard, l'ancien DS était toujours dans la racine et le nouveau absent. Nos résolveurs de test ont commencé à signaler des échecs de validation dès que nous avons retiré l'ancienne clé, comme prévu dans notre calendrier. Nous avons dû la republier en urgence. Nous aimerions comprendre à quel moment notre demande s'est arrêtée, car nous n'avons reçu aucun message d'erreur.""")),
    ],
    "subjects": {
        "en": ["DS update", "KSK rollover stuck", "old key still in the root?", "DNSSEC - {tld}"],
        "fr": ["Mise à jour DS", "Problème DNSSEC {tld}"],
        "es": ["Rollover DNSSEC", "DS de {tld}"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["approval_mail_not_received"] = {
    "short": [
        ("en", "any", "any", T("""
The approval mails for {t1} never reached our admin contact. Checked spam. Nothing. Request is just sitting there.""")),
        ("fr", "franco", "any", T("""
Notre contact administratif n'a jamais reçu le courriel lui demandant de valider la demande {t1}. Que devons-nous faire ?""")),
        ("es", "latam", "any", T("""
El contacto administrativo de {tld} no recibió ningún correo para aprobar la solicitud {t1}. Está todo parado.""")),
    ],
    "timeline": [
        ("en", "any", "eng", T("""
For the record, request {t1} ({tld}):
{d1} 09:12 - submitted through the portal by our tech contact.
{d1} - tech contact receives and clicks the approval link.
{d1} - admin contact receives nothing. Our mail server logs show no delivery attempt from any IANA address that day.
{d2} - we ask for the approval mail to be re-sent. Confirmation that it was re-sent.
{d2} - still nothing in the logs.
{d3} - admin contact finally gets a mail, but the link says "this request is no longer awaiting your response".
{d4} - request shown as withdrawn, not approved. Start over.
Two weeks lost on a change that takes ten minutes of real work.""")),
        ("fr", "franco", "ceo", T("""
Rappel des faits concernant la demande {t1} ({tld}) :
- {d1} : soumission de la demande ;
- {d1} : notre contact technique confirme immédiatement ;
- {d2} : le contact administratif, notre directeur général, nous signale qu'il n'a rien reçu ;
- {d2} : nous écrivons à l'IANA, qui nous répond que le message a été envoyé à une adresse que nous avons remplacée il y a deux ans ;
- {d3} : nous prouvons, copie à l'appui, que la mise à jour de cette adresse avait été confirmée par l'IANA à l'époque ;
- {d4} : la demande expire faute de validation.
Nous ne savons toujours pas quelle adresse figure dans vos dossiers.""")),
    ],
    "normal": [
        ("en", "any", "ceo", T("""
I am listed as the administrative contact for {tld}. Our engineers tell me that their request has been waiting for my approval for ten days. I have received nothing, not in my inbox, not in junk. I asked our IT team to check the mail logs and they see no message at all. How can a request depend on an email that never arrives, with no other way for me to say yes?""")),
        ("en", "any", "eng", T("""
The step where both contacts must say yes is killing us. For {t1} the links were sent, but they expire before our admin contact (who travels a lot and is usually twelve hours ahead of us) can act on them. By the time he opens the mail the request is dead, we resubmit, wait for the tests again and the loop starts over. This is the third cycle. Either the expiry is too short or there should be a way to re-issue the link without re-running the whole request.""")),
        ("en", "brand", "lawyer", T("""
Our company operates {tld} as a brand top-level domain. Following an internal reorganisation, the individual recorded as administrative contact left the company on {d1}. We have been informed that any change, including the replacement of that very contact, requires the approval of the departed individual, whom we have no legal means to compel. We have provided corporate documents establishing our authority. No alternative procedure has been offered to us.""")),
        ("en", "casia", "any", T("""
Our administrative contact is in the ministry and mail server of ministry blocks foreign messages with links. So he not receive the approval for request {t1}. We explain this to IANA and ask to send approval other way, by fax or by letter with signature, but answer was only "please check spam folder". Request is waiting since {d1}. Please help find solution, this is not first time.""")),
        ("es", "latam", "any", T("""
Desde el {d1} estamos esperando que la solicitud {t1} avance. El problema es que el correo de autorización le llega a la persona que antes era contacto técnico, que ya no trabaja con nosotros desde hace un año, aunque en la base de datos de IANA figura el contacto nuevo. Nadie nos sabe explicar de dónde sale esa dirección. Mientras tanto no podemos tocar nada de nuestros servidores.""")),
    ],
    "subjects": {
        "en": ["approval email missing", "Admin contact cannot approve", "{t1} - no confirmation mail", "link expired again"],
        "fr": ["Validation impossible", "Courriel de confirmation non reçu"],
        "es": ["No llega el correo de aprobación", "Autorización pendiente {t1}"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["stalled_after_approval"] = {
    "short": [
        ("en", "any", "eng", T("""
{t1}: both contacts approved on {d1}, tests green, and it has said "in progress" ever since. What is it waiting for?""")),
        ("fr", "franco", "any", T("""
Demande {t1} : tout est validé depuis le {d1} et rien ne bouge. Pouvez-vous nous dire ce qui bloque ?""")),
        ("es", "latam", "any", T("""
La solicitud {t1} está aprobada por los dos contactos desde el {d1} y sigue "en proceso". ¿Qué falta?""")),
    ],
    "timeline": [
        ("en", "any", "eng", T("""
Request {t1} for {tld}, a routine glue update:
- {d1}: submitted; technical tests passed at the first attempt.
- {d1}: tech and admin contacts approved within the hour.
- {d2}: status "pending IANA review". No message.
- {d3}: we ask for an update. Reply: "your request is being processed".
- {d4}: still pending.
The SLA for review and processing of a routine change is five days. We are well past that, for a change with nothing unusual about it, and nobody has asked us a single question.""")),
        ("es", "latam", "eng", T("""
Resumen de la solicitud {t1} ({tld}):
- {d1}: la enviamos; las pruebas técnicas salen bien.
- {d1}: los dos contactos la aprueban el mismo día.
- {d2}: aparece como "en revisión". Sin novedades.
- {d3}: preguntamos; nos contestan que "está siendo verificada".
- {d4}: nos piden un documento firmado que nunca nos habían pedido para cambios de este tipo.
Nadie nos explica por qué este cambio, idéntico a los que hicimos en 2023 y 2024, ahora tarda tanto.""")),
    ],
    "normal": [
        ("en", "island", "any", T("""
Everything seemed to go well at first: the system accepted our new servers, and both of us clicked the links the same day. Then nothing. The ticket has been sitting there with the same status for almost three weeks. We have nobody to call, and the one answer we got said "it is with the team". Our old DNS provider shuts the service down at the end of the month.""")),
        ("en", "any", "eng", T("""
After the approvals there is a black box. For {t1} we can see that tests passed and both authorisations were recorded on {d1}, then the request stays in the same state for {n} days with no visible activity. If a human is checking something, tell us what, and we will provide it. If nobody is checking anything, then it is simply a queue, and a queue of {n} days is not what the service levels promise.""")),
        ("en", "gtld", "ceo", T("""
We run the back end for more than forty TLDs and we see a clear trend: routine NS updates that used to be completed in two or three days now sit for one or two weeks once the approvals are in. {t1} ({tld}) is a typical case. I am raising it here because it is no longer an isolated ticket, it is a pattern across our whole portfolio.""")),
        ("en", "franco", "any", T("""
Please, we have a request {t1} for {tld} which is approved by our contacts since {d1} but is not progressing. We received a message saying that a "further verification" is necessary but without any explanation of what is verified and what we should send. It is a simple change of IP address of one server. We are waiting.""")),
        ("fr", "franco", "eng", T("""
Notre demande {t1} a franchi toutes les étapes automatiques sans difficulté. Depuis, elle est « en cours » sans aucune explication. Nous avons relancé à deux reprises ; on nous a répondu que des vérifications supplémentaires étaient nécessaires, sans préciser lesquelles. Il s'agit pourtant d'une simple mise à jour d'adresse IP, que nous faisons chaque année depuis dix ans.""")),
    ],
    "subjects": {
        "en": ["Request stuck", "{t1} - no progress for weeks", "what is happening with our request?", "pending forever"],
        "fr": ["Demande en attente", "Aucune avancée sur {t1}"],
        "es": ["Solicitud detenida", "Sin novedades de {t1}"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["root_publication_lag"] = {
    "short": [
        ("en", "any", "eng", T("""
{t1} marked complete on {d1}. Root still serves the old NS set for {tld} today. ??""")),
        ("fr", "franco", "any", T("""
La demande {t1} est indiquée comme terminée mais les serveurs racine affichent toujours nos anciens serveurs.""")),
        ("es", "latam", "any", T("""
Nos avisaron que el cambio {t1} estaba hecho, pero en la raíz siguen los servidores viejos de {tld}.""")),
    ],
    "timeline": [
        ("en", "any", "eng", T("""
Chronology, {tld} ({t1}):
{d1} - all approvals done, request released / sent to the root zone maintainer.
{d2} - nothing in the root zone. We check the serial of the published zone twice a day.
{d3} - still the old glue at a.root-servers.net through m.
{d4} - the change finally appears, {n} days after release.
The published target is 72 hours from release to publication. We had scheduled a maintenance window on that basis and had to cancel it twice, with notices to our registrars each time.""")),
        ("fr", "franco", "eng", T("""
Chronologie (demande {t1}, {tld}) :
- le {d1}, toutes les validations sont faites ;
- le {d2}, nous recevons un courriel indiquant que la modification a été publiée ;
- le {d2} au soir, nous interrogeons les serveurs racine : toujours les anciennes adresses ;
- le {d3}, aucune évolution ;
- le {d4}, la modification apparaît enfin.
Entre-temps, nous avions arrêté l'ancien serveur en nous fiant au courriel de confirmation, et une partie des utilisateurs n'a plus pu résoudre les noms en {tld} pendant près de deux jours.""")),
    ],
    "normal": [
        ("en", "any", "any", T("""
We got the "your change has been completed" email and turned off the old server the same evening, as we always do. Next morning half the country could not open any website under {tld}. It turned out the root was still pointing at the old machine. We switched it back on in a panic. How can we be told something is done when it is not?""")),
        ("en", "any", "eng", T("""
The notification for {t1} was sent on {d1} at 14:05 UTC, but the root zone SOA serial did not include our change until the next publication, roughly 30 hours later. I understand the zone is published twice a day; then the notification must not go out before the change is actually in a published zone. As it stands the "implemented" message is not something an operator can act on.""")),
        ("en", "brand", "ceo", T("""
Our launch campaign for {tld} was timed on the basis of IANA telling us the new servers would be live within three days. It took {n}. The agency had bought media for the launch day; the sites did not resolve for a large part of the public. I accept that delays happen, but we were given no warning and no explanation afterwards.""")),
        ("en", "casia", "any", T("""
Request {t1} was approved {d1}, and we receive notification that it go to the root. But after four days, root servers still give old answer for {tld}. We ask IANA and they say it is with Verisign and they cannot tell more. We don't know who to ask now.""")),
        ("es", "latam", "ceo", T("""
El {d1} recibimos la notificación de que la solicitud {t1} había sido aprobada y enviada para su publicación. Pasaron cuatro días y los servidores raíz seguían devolviendo la delegación vieja de {tld}. Cuando preguntamos, nos respondieron que la publicación depende de otra organización. Para nosotros, como clientes, da igual quién lo publique: nos comprometieron un plazo y no se cumplió.""")),
    ],
    "subjects": {
        "en": ["change not visible", "Root still has old servers", "'Completed' - really?", "{tld} delegation not updated"],
        "fr": ["Modification non visible", "Toujours les anciens serveurs"],
        "es": ["El cambio no aparece", "La raíz sigue igual"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["wrong_change_applied"] = {
    "short": [
        ("en", "any", "eng", T("""
The root now has {ip4} for {ns1}. That is not what we asked for. Please fix asap, a good part of our queries are failing.""")),
        ("fr", "franco", "eng", T("""
Le changement publié pour {tld} ne correspond pas à ce que nous avions demandé ({t1}). Un de nos serveurs a disparu de la racine.""")),
        ("es", "latam", "eng", T("""
Lo que se publicó para {tld} no es lo que pedimos en {t1}. Falta uno de nuestros servidores.""")),
    ],
    "timeline": [
        ("en", "any", "eng", T("""
What happened with {t1} ({tld}):
{d1} - we submit: replace {ns2} with {ns1}, glue {ip4} and {ip6}, keep the other four servers as they are.
{d2} - notified as completed.
{d2} - monitoring alarm: only three NS records for {tld} in the root; two of our existing servers have been dropped, the new one is there.
{d3} - we file {t2} to restore the two servers; told it needs a new full request with approvals.
{d4} - restored.
So we had to go through the whole approval cycle to undo a mistake we did not make.""")),
        ("es", "latam", "eng", T("""
Detalle de lo ocurrido con la solicitud {t1} ({tld}):
- {d1}: pedimos cambiar solamente la IPv6 de {ns1}.
- {d2}: nos avisan que el cambio está publicado.
- {d2}: vemos en la raíz que también se modificó la IPv4 de ese servidor, con una dirección que usábamos hace años y que ya no es nuestra.
- {d3}: abrimos el ticket {t2}. Nos dicen que el formulario llevaba esa IP. Tenemos la captura de lo que enviamos y no es así.
- {d4}: corregido, después de tres días con un servidor apuntando a una dirección ajena.""")),
    ],
    "normal": [
        ("en", "island", "any", T("""
Since the change went through last week, names under {tld} have been strangely slow to resolve and some resolvers time out. We spent two days looking at our own servers before someone noticed the root lists a server we never asked for, and one of ours is missing. Nobody on our side has touched anything since the request. Can someone explain what was actually entered?""")),
        ("en", "any", "eng", T("""
Request {t1} asked to update the AAAA glue of {ns1} to {ip6}. The root zone now carries {ip6} on {ns2} instead, i.e. it was applied to the wrong host. {ns2} does not listen on that address. The request as submitted (screenshot attached to {t2}) is unambiguous. We need this reverted, and we would like to know how a change can be applied to a host not named in the request, after two contacts approved the right one.""")),
        ("en", "gtld", "lawyer", T("""
We are instructed by the operator of {tld} to place on record that on {d2} a modification was made to the delegation of {tld} in the root zone that does not correspond to the change our client requested and approved under reference {t1}. As a result, one authoritative server was removed from the delegation without authorisation. Our client did not request, approve or consent to that removal. We ask for written confirmation of how the erroneous entry came to be made and of the measures taken to prevent recurrence.""")),
        ("en", "casia", "eng", T("""
Hello. After request {t1} is done, we see in the root zone that old server, which we asked to delete in 2024, is back in the list for {tld}. It is like an old request is applied again. This server is not working anymore, so resolvers lose time. We did not ask this. Please check and remove.""")),
        ("fr", "franco", "eng", T("""
À la suite de notre demande {t1}, nous constatons que l'adresse publiée pour {ns1} comporte une erreur : le dernier octet n'est pas celui que nous avons saisi. Le serveur est donc injoignable via la racine depuis le {d2}. Nous avons vérifié notre formulaire, il est correct. Nous vous serions reconnaissants de corriger au plus vite et de nous expliquer comment une telle erreur a pu passer les contrôles.""")),
    ],
    "subjects": {
        "en": ["Wrong IP in root zone", "this is NOT what we requested", "server missing after change", "{t1} - error"],
        "fr": ["Erreur dans la zone racine", "Modification erronée"],
        "es": ["Cambio equivocado", "Error en la delegación de {tld}"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["cctld_transfer_evaluation"] = {
    "short": [
        ("en", "cc", "ceo", T("""
Our transfer of {tld} has been "under evaluation" for nine months. Every month there is a new question. When does it end?""")),
        ("fr", "franco", "ceo", T("""
Le dossier de transfert de {tld} est ouvert depuis plus d'un an. Aucune date, aucune visibilité.""")),
        ("es", "latam", "ceo", T("""
El traspaso de {tld} a la nueva entidad lleva meses sin resolverse. Necesitamos saber en qué estado está.""")),
    ],
    "timeline": [
        ("en", "cc", "any", T("""
History of the transfer request for {tld} ({t1}):
{d1} - application filed with the government letter of support and the agreement of the outgoing manager.
{d2} - asked for evidence of consultation of the local Internet community. Provided (minutes of two public meetings, press articles).
{d3} - asked for a new government letter "on the correct letterhead" because the ministry had been renamed. Provided.
{d4} - asked for a more detailed technical plan, although the technical operator is unchanged.
Each request for information came after several weeks of silence, never all at once. We have no idea how many more rounds there will be.""")),
        ("fr", "franco", "ceo", T("""
Historique du dossier de transfert de {tld} ({t1}) :
- {d1} : dépôt du dossier complet, avec la lettre du ministère et l'accord de l'ancien gestionnaire ;
- {d2} : l'IANA demande des preuves de consultation de la communauté locale ; nous transmettons les procès-verbaux ;
- {d3} : nouvelle demande : une lettre du nouveau ministre, à la suite du remaniement ;
- {d4} : on nous demande de traduire en anglais des documents déjà traduits.
À chaque fois, plusieurs semaines de silence avant la question suivante. Le nouveau gestionnaire attend depuis plus d'un an de pouvoir exercer ses fonctions.""")),
    ],
    "normal": [
        ("en", "island", "ceo", T("""
Our island's domain is still managed on paper by a company that left the country years ago. The government created a new public body to run it and we applied to take it over. Since then we have been sending documents. Every time we think it is finished, another question comes. People here ask me why we still cannot offer local domain names, and I have nothing to tell them.""")),
        ("en", "cc", "lawyer", T("""
The applicant for the transfer of {tld} has satisfied each of the requirements communicated to it in writing by IANA. Notwithstanding, the application filed under {t1} on {d1} remains undecided, and additional requirements continue to be introduced that are not found in any published procedure. We request a written statement of the outstanding requirements and of the expected timeline for the evaluation to be concluded.""")),
        ("en", "gtld", "any", T("""
We are the new registry operator for {tld} following an assignment of the registry agreement approved by ICANN on {d1}. The change of sponsoring organisation and contacts at IANA has now been pending for {n} days. ICANN's side is closed; IANA keeps telling us it is "under evaluation". Our registrars still see the previous operator's name on the IANA page and ask us whether the transaction actually happened.""")),
        ("en", "casia", "ceo", T("""
Our organization is designated by the government as the new manager of {tld}. The old manager agrees with the transfer and signed a letter. We sent all documents on {d1}. After this we receive many questions, some we already answered. Now IANA ask for opinion of local community, but the community is us, the ministry and universities, and we sent letters from them. We do not understand what more is needed.""")),
        ("es", "latam", "lawyer", T("""
Presentamos la solicitud de redelegación de {tld} ({t1}) el {d1}, con el respaldo del gobierno y del administrador saliente. Desde entonces hemos respondido seis rondas de preguntas. Algunas repiten lo que ya enviamos, otras piden documentos que en nuestro país no existen en la forma solicitada. No cuestionamos que se verifique, pero un proceso sin plazos ni lista clara de requisitos no es razonable.""")),
    ],
    "subjects": {
        "en": ["Transfer of {tld}", "redelegation - still waiting", "How many more documents?", "Status of our application"],
        "fr": ["Transfert de {tld}", "Dossier de redélégation"],
        "es": ["Redelegación de {tld}", "Traspaso pendiente"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["idn_table_not_published"] = {
    "short": [
        ("en", "any", "eng", T("""
Submitted the updated IDN table for {tld} on {d1}. The repository still shows the 2019 version.""")),
        ("fr", "franco", "eng", T("""
Notre table IDN mise à jour pour {tld} n'est toujours pas en ligne, deux mois après l'envoi.""")),
        ("es", "latam", "eng", T("""
La tabla IDN nueva de {tld} no aparece publicada. La mandamos hace semanas.""")),
    ],
    "timeline": [
        ("en", "casia", "eng", T("""
Our IDN table for {tld} (version 3):
{d1} - submitted by email as the IANA page says, ticket {t1}.
{d2} - answer: please convert it to the LGR XML format.
{d2} - converted and resubmitted.
{d3} - answer: the file does not validate, no detail on which element.
{d3} - it validates with the public LGR tools; we sent the validator output.
{d4} - still not published. Registrars ask us why the table in the repository does not match what we accept.
Publication of an IDN table has a service level of its own; we would like to know how this one is being counted.""")),
        ("es", "latam", "eng", T("""
Tabla IDN para el español de {tld}:
- {d1}: la enviamos con la solicitud {t1} (agrega la ñ y las vocales con tilde que ya aceptamos desde 2012).
- {d2}: acuse de recibo automático.
- {d3}: nos preguntan por qué la tabla incluye la "ü". Respondemos el mismo día.
- {d4}: nada publicado.
Los registradores consultan el repositorio de IANA y creen que no admitimos caracteres que en realidad sí admitimos.""")),
    ],
    "normal": [
        ("en", "any", "any", T("""
Registrars keep telling us that our rules for local-script names are "different from what IANA shows". We checked: the page lists the table we replaced two years ago. We sent the new one on {d1} and got a thank-you message. Nothing since. It looks as if we were not applying our own rules.""")),
        ("en", "casia", "eng", T("""
The IDN table for {tld} published in the IANA repository is not the file we submitted under {t1}: the variant mappings between U+0456 and U+0069 are missing, and the version date is wrong. It looks as if an older draft we sent during an earlier exchange was published instead of the final one. The final file and its SHA-256 are in the ticket.""")),
        ("en", "gtld", "ceo", T("""
We submitted IDN tables for six of the TLDs we operate, including {tld}, on {d1}. Two were published within a week. The other four, identical in format and produced by the same tooling, are still pending, with no message at all. We cannot tell our clients why their launch of Chinese and Arabic registrations is held up.""")),
        ("en", "casia", "any", T("""
We send new table of characters for {tld} (letters of our national alphabet added) on {d1}, request {t1}. After this IANA say format is not correct and send us link to a document. We change the format like document say. Again they say not correct. Please tell us exactly what is wrong, we are small team and we don't have specialist of this XML.""")),
        ("fr", "franco", "ceo", T("""
Nous avons transmis le {d1} la table IDN révisée de {tld}, qui ajoute les caractères accentués du français et les lettres utilisées par nos langues nationales. Elle n'est toujours pas publiée. Les registraires nous interrogent et certains refusent d'ouvrir ces enregistrements tant que la table officielle n'apparaît pas sur le site de l'IANA.""")),
    ],
    "subjects": {
        "en": ["IDN table", "LGR submission - {tld}", "Our character table is outdated on iana.org", "table v3"],
        "fr": ["Table IDN {tld}", "Publication de notre table"],
        "es": ["Tabla IDN", "Tabla de caracteres de {tld}"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["portal_access_and_errors"] = {
    "short": [
        ("en", "any", "eng", T("""
Can't log into the root zone portal since {d1}. Password reset mail never comes. Our change is due this week.""")),
        ("fr", "franco", "any", T("""
Impossible de nous connecter au portail depuis le {d1}, le lien de réinitialisation ne fonctionne pas.""")),
        ("es", "latam", "any", T("""
No podemos entrar al portal de IANA desde el {d1}. El código de verificación nunca llega.""")),
    ],
    "timeline": [
        ("en", "any", "eng", T("""
Portal issues log, {tld}:
{d1} - our tech contact's second-factor device replaced; asked IANA to reset the 2FA ({t1}).
{d2} - told the reset needs confirmation by the admin contact. Admin contact confirms the same day.
{d3} - still locked out. The login page now says "account suspended".
{d3} - tried to file the NS change through the admin contact's account: "An unexpected error occurred" at the final step, three times, nothing saved.
{d4} - nothing. We have a planned renumbering that we simply cannot file.""")),
        ("fr", "franco", "eng", T("""
Journal de nos difficultés avec le portail de gestion de la zone racine :
- {d1} : notre responsable technique perd son accès après le changement de son téléphone ;
- {d1} : demande de réinitialisation ({t1}) ;
- {d2} : on nous demande une pièce d'identité, envoyée le jour même ;
- {d3} : le compte est débloqué mais le formulaire de modification affiche une page blanche au moment de valider ;
- {d4} : même problème sur trois navigateurs et deux connexions différentes.
Nous ne pouvons déposer aucune demande depuis près d'un mois.""")),
    ],
    "normal": [
        ("en", "island", "any", T("""
Every time I fill in the form to update our servers and press submit, I get sent back to the login screen and everything I typed is gone. It is a long form with IPv6 addresses and I have typed it four times now. Is there another way to send the request? Our connection is slow (satellite), maybe that has something to do with it.""")),
        ("en", "any", "eng", T("""
The RZMS session times out after what looks like 15 minutes while a change is being prepared, with no warning, and the draft is not saved. On a satellite link with 700 ms RTT, loading the form with our full NS/glue set takes several minutes. Also, the IPv6 field rejects addresses written in compressed form with a leading "::". We have been forced to submit by email, which goes into a slower track.""")),
        ("en", "brand", "lawyer", T("""
Our company has been unable to access its account on the IANA root zone management system since {d1}, owing to a defect in the authentication procedure that IANA staff acknowledged in writing. Throughout this period our company could not submit any change to the delegation of {tld}. We ask the CSC to take note and to inquire how many other customers have been affected.""")),
        ("en", "casia", "any", T("""
In the portal, when we upload PDF of authorization letter, page say "file type not allowed". File is PDF, small size. We try many times, also with other computer. The request {t1} cannot be finished without this document. Maybe problem with Cyrillic name of file? We rename but same.""")),
        ("es", "latam", "any", T("""
El portal nos rechaza el formulario cada vez que intentamos cargar las direcciones nuevas: aparece un mensaje en rojo sin explicación y se borra todo. Probamos con distintos navegadores. Escribimos a soporte y nos dijeron que "lo intentemos más tarde". Lo intentamos durante una semana.""")),
    ],
    "subjects": {
        "en": ["cannot log in", "portal error", "2FA reset", "form keeps losing our data"],
        "fr": ["Accès au portail", "Portail inaccessible"],
        "es": ["No podemos ingresar", "Error en el portal"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["unanswered_or_closed_tickets"] = {
    "short": [
        ("en", "any", "any", T("""
Third mail on {t1}, no answer to any of them. Is anybody reading root-mgmt?""")),
        ("fr", "franco", "any", T("""
Trois relances sur la demande {t1}, aucune réponse. Est-ce normal ?""")),
        ("es", "latam", "any", T("""
Escribimos cuatro veces por {t1} y nadie contesta. ¿A quién tenemos que dirigirnos?""")),
    ],
    "timeline": [
        ("en", "any", "eng", T("""
Our attempts to get an answer about {t1}:
{d1} - email to root-mgmt with a simple question (can we do the renumbering in one request or two?).
{d1} - auto-reply with ticket {t2}.
{d2} - follow-up. No answer.
{d3} - phoned the number on the website, left a message.
{d3} - ticket {t2} closed as "resolved". Nothing had been resolved; nobody had written to us.
{d4} - new mail, new ticket, same silence.
We do not know whether our question is hard, ignored or lost.""")),
        ("fr", "franco", "any", T("""
Historique de nos échanges, ou plutôt de leur absence :
- {d1} : courriel à l'IANA pour savoir pourquoi la demande {t1} a été rejetée ;
- {d1} : accusé de réception automatique ;
- {d2} : relance ;
- {d3} : le ticket est fermé sans aucun message ;
- {d4} : nouveau courriel, en français puis en anglais. Toujours rien.
Nous n'avons aucun interlocuteur. Pour un petit registre comme le nôtre, cela veut dire que nous sommes bloqués.""")),
    ],
    "normal": [
        ("en", "island", "any", T("""
We asked a question. We got an automatic number. Then, ten days later, a mail saying the ticket was closed. Nobody answered the question. When we wrote again it was a new number and the same thing happened. We are not angry at any person, we just need somebody to talk to.""")),
        ("en", "any", "eng", T("""
The replies we get are templates that do not address what was asked. On {t1} I asked which specific test failed against which address; the answer was a link to the technical requirements page, which I have obviously read. Follow-ups get the same link. When the answer is a template, the acknowledge-within-one-day target is met on paper but nothing is actually answered.""")),
        ("en", "cc", "ceo", T("""
I have personally written twice to IANA about our registry's difficulties and received no reply of substance. I find it hard to accept that the manager of a country's top-level domain cannot get a response from the organisation that maintains the root. I would like to know who, at IANA, is accountable for answering its customers.""")),
        ("en", "casia", "any", T("""
We write in English as best we can, but answers from IANA are sometimes not about our question. Maybe they do not understand us. We asked about {t1} on {d1}, we get reply about other thing (about contact update), and when we explain again, no more reply. Please can someone call us, it is more easy than email for us.""")),
        ("es", "latam", "any", T("""
Mandamos varios correos consultando por la solicitud {t1} y las respuestas, cuando llegan, no tienen que ver con lo que preguntamos. Una vez el ticket se cerró solo, sin que nadie nos escribiera. No es un problema de plazos técnicos: es que no hay con quién hablar.""")),
    ],
    "subjects": {
        "en": ["No reply", "ticket closed without answer", "Anybody there?", "Follow-up #3"],
        "fr": ["Sans réponse", "Relance"],
        "es": ["Sin respuesta", "Nadie contesta"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["unequal_treatment"] = {
    "short": [
        ("en", "cc", "ceo", T("""
Why does a big registry get its change done in a day while ours waits three weeks for exactly the same thing?""")),
        ("fr", "franco", "ceo", T("""
Nous avons le sentiment d'être traités différemment des grands registres. Nos demandes sont systématiquement plus lentes et plus contrôlées.""")),
        ("es", "latam", "ceo", T("""
Sentimos que a los registros chicos nos tratan distinto. Las mismas solicitudes, exigencias y plazos muy diferentes.""")),
    ],
    "timeline": [
        ("en", "cc", "eng", T("""
Comparison, same type of request (NS replacement, same back-end provider, same week):
{d1} - {t1} submitted for {tld}; {t2} submitted for a large gTLD using the very same name servers.
{d2} - the gTLD request is published.
{d3} - ours receives a request for "additional justification" of the change.
{d4} - ours is published.
Name servers, provider and form content were identical apart from the TLD. We would like to understand what made ours different, because from our side it looks like a country code from a small state gets extra suspicion.""")),
        ("fr", "franco", "ceo", T("""
Voici ce que nous avons constaté :
- {d1} : notre prestataire dépose la même modification pour {tld} et pour deux domaines génériques qu'il gère ;
- {d2} : les deux domaines génériques sont modifiés ;
- {d3} : pour {tld}, on nous demande une lettre signée du ministère ;
- {d4} : la modification est enfin faite, après la lettre.
Aucun texte ne prévoit une telle lettre pour un changement technique. Nous avons le sentiment que les registres africains sont soumis à des exigences que les autres ne connaissent pas.""")),
    ],
    "normal": [
        ("en", "island", "ceo", T("""
When the people at IANA deal with us, the tone is not what our colleagues at bigger registries describe. We are asked to prove things twice, to explain why we want to change something that is ours. Maybe it is not intended, but we feel treated as if we were not serious.""")),
        ("en", "cc", "lawyer", T("""
Our client, the manager of {tld}, has observed that requests of the same nature submitted by other TLD managers are processed under conditions less onerous than those imposed on it. Specifically, our client was required under {t1} to produce notarised documents that, to its knowledge, were not requested from comparable operators. We request confirmation of the criteria applied, and that they be applied uniformly.""")),
        ("en", "brand", "ceo", T("""
We are a brand TLD and we have the impression that we sit at the bottom of the pile. The large registries' changes go through in a day; ours take a week, and one staff member told our engineer, half-joking, that brand TLDs are "not critical". They may not be critical to IANA; they are to us.""")),
        ("en", "casia", "any", T("""
We notice that when we write in English with mistakes, the answer comes slower and is not so polite. When our partner from Europe writes the same question for us, the answer comes next day. This is not right. All TLD managers must be treated equal, no matter which country or language.""")),
        ("es", "latam", "lawyer", T("""
Queremos dejar constancia de que, en los últimos meses, nuestras solicitudes reciben un trato que no vemos en otros registros. A nosotros se nos piden verificaciones adicionales y documentos firmados para cambios rutinarios; a registros más grandes de la región, no. No decimos que sea intencional, pero el patrón es claro.""")),
    ],
    "subjects": {
        "en": ["Unfair treatment", "Are all TLDs equal?", "double standard", "Concern"],
        "fr": ["Traitement inéquitable", "Deux poids, deux mesures"],
        "es": ["Trato desigual", "Discriminación"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["emergency_not_handled"] = {
    "short": [
        ("en", "any", "eng", T("""
Called the IANA emergency line at 02:00 UTC on {d1} for {tld}. No answer, no call back. Our name servers had been hijacked.""")),
        ("fr", "franco", "any", T("""
Urgence non traitée : notre demande de changement urgent pour {tld} n'a été prise en compte que le lendemain midi.""")),
        ("es", "latam", "any", T("""
Pedimos un cambio de emergencia para {tld} un sábado y nadie respondió hasta el lunes.""")),
    ],
    "timeline": [
        ("en", "any", "eng", T("""
Incident on {tld}, times UTC:
{d1} 23:40 - our primary DNS provider suffers a total outage; two of our three servers unreachable.
{d1} 23:55 - emergency request filed to swap them for our standby servers ({t1}), marked urgent.
{d2} 00:30 - called the 24x7 number; recorded message.
{d2} 06:00 - called again; someone takes the details and says it will be "expedited".
{d2} 19:20 - change published.
Roughly 20 hours with the TLD hanging on a single server. The emergency path exists on paper; in practice it behaved like a normal request.""")),
        ("es", "latam", "eng", T("""
Cronología del incidente en {tld}:
- {d1}, 22:10 hora local: detectamos que alguien había modificado los registros en nuestro proveedor y el dominio del banco central apuntaba a otro lado.
- {d1}, 22:40: enviamos una solicitud urgente ({t1}) para sacar de la delegación los servidores comprometidos.
- {d1}, 23:15: llamamos al número de emergencias. Nos piden que mandemos un correo.
- {d2}, 09:00: primera respuesta humana.
- {d2}, por la tarde: se aplica el cambio.
Durante toda la noche no hubo forma de acelerar nada.""")),
    ],
    "normal": [
        ("en", "island", "ceo", T("""
On Saturday night our domain stopped working completely: email, government sites, everything ending in {tld}. Our technician found the fix within an hour, but it needed a change at IANA. He wrote, he called. The change was made on Monday. For almost two days our country was practically offline, for something that took ten minutes once somebody looked at it.""")),
        ("en", "any", "eng", T("""
The KSK signature over our DNSKEY RRset expired on {d1} after a signer failure, and the TLD went bogus for every validating resolver. The fastest fix was to pull the DS from the root. We filed the request at 03:10 UTC ({t1}), called the emergency number, and were told that DS removal is "not an emergency change". It was done {n} hours later through normal processing. A TLD going dark is exactly what the emergency path is for.""")),
        ("en", "gtld", "lawyer", T("""
On {d1}, the operator of {tld} submitted an emergency change request following the compromise of one of its authoritative name servers, and sought to invoke the expedited procedure. The request was not acted upon for a period materially longer than an emergency procedure would reasonably entail, and the operator was required to authenticate by means unavailable outside business hours. We ask the CSC to examine whether the emergency procedure is operational in practice.""")),
        ("en", "franco", "any", T("""
Our server was attacked on {d1} in the night, and we needed to change the delegation urgently. We called the emergency phone number of IANA, but the person asked us to confirm by the normal approval mail, and our admin contact was asleep in another time zone. So we lost many hours. In an emergency it must be possible to go quicker.""")),
        ("fr", "franco", "ceo", T("""
Dans la nuit du {d1}, nos serveurs principaux ont été coupés du monde par une rupture du câble sous-marin. Nous avons demandé en urgence le basculement vers nos serveurs de secours situés à l'étranger. Le numéro d'urgence n'a pas répondu. La modification a été faite le surlendemain. Pendant tout ce temps, {tld} était pratiquement injoignable depuis l'extérieur.""")),
    ],
    "subjects": {
        "en": ["URGENT", "emergency line - no answer", "Outage weekend", "{tld} down - follow-up"],
        "fr": ["Urgence", "Incident du week-end"],
        "es": ["Emergencia", "Incidente {tld}"],
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["database_record_update_delay"] = {
    "short": [
        ("en", "any", "any", T("""
Asked for the admin contact update for {tld} on {d1} ({t1}). The IANA database still shows the old person.""")),
        ("fr", "franco", "any", T("""
Le changement d'adresse de notre organisation n'apparaît toujours pas sur la page IANA de {tld}.""")),
        ("es", "latam", "any", T("""
Pedimos actualizar el contacto técnico de {tld} en la base de IANA y sigue figurando el anterior.""")),
    ],
    "timeline": [
        ("en", "any", "any", T("""
Contact update for {tld}, {t1}:
{d1} - asked to replace the technical contact (retired) and update our postal address after moving offices.
{d1} - both current contacts approve.
{d2} - "pending", no change in the database or on whois.iana.org.
{d3} - we are asked to confirm the new contact's identity; done.
{d4} - still the old data published.
None of this touches the root zone, so we do not understand what takes so long. Meanwhile mail about {tld} goes to a person who no longer works here.""")),
        ("es", "latam", "lawyer", T("""
Cronología de la actualización de datos de {tld}:
- {d1}: enviamos la solicitud {t1} para cambiar la organización patrocinadora (cambió de nombre por ley) y la dirección postal.
- {d1}: los contactos la aprueban.
- {d2}: nos piden copia de la ley publicada en el diario oficial; la enviamos.
- {d3}: nos piden traducirla.
- {d4}: la página de IANA sigue mostrando el nombre anterior.
Es un cambio de datos que no afecta en nada al funcionamiento técnico.""")),
    ],
    "normal": [
        ("en", "island", "any", T("""
If you look up {tld} on the IANA website, you will find a phone number that has not worked since 2021 and the name of a manager who passed away last year. We have asked for this to be changed. It has not been changed. People from abroad try to reach us and cannot.""")),
        ("en", "any", "eng", T("""
Updates that do not touch the zone are supposed to be the easy ones. {t1} only changes the WHOIS server and the registration URL for {tld}. It has been pending for {n} days; whois.iana.org still refers people to a server we decommissioned on {d1}, so referral lookups for our names fail.""")),
        ("en", "cc", "lawyer", T("""
On {d1} the manager of {tld} requested that the records maintained by IANA be updated to reflect the new legal name and registered address of the sponsoring organisation, following a statutory change. As of today the public database continues to display outdated information that is no longer legally accurate, which has led third parties to question our client's standing.""")),
        ("en", "casia", "any", T("""
Our new technical contact is registered in request {t1}. The old technical contact must approve, but he left the company, so we use the admin approval. IANA accept this, but after three weeks the record is still old. Also the email of the tech contact is now going to nobody, so important notifications from IANA are maybe lost.""")),
        ("fr", "franco", "any", T("""
Nous avons demandé le {d1} la mise à jour des coordonnées du contact administratif de {tld} dans la base de données de l'IANA. La demande a été acceptée par les deux contacts. Pourtant, la fiche publique affiche toujours l'ancien directeur, parti à la retraite, ainsi qu'un numéro de téléphone qui n'est plus attribué. Des partenaires étrangers nous signalent qu'ils ne parviennent pas à nous joindre.""")),
    ],
    "subjects": {
        "en": ["Contact details", "outdated info on iana.org", "Whois record for {tld}", "update not done"],
        "fr": ["Mise à jour des contacts", "Fiche IANA obsolète"],
        "es": ["Datos desactualizados", "Actualización de contacto"],
    },
}

# ---------------------------------------------------------------------------
# Which IANA notice kinds must NOT be quoted under a category's reply-style mails
# (the quoted notice must concern another stage or another request).
EXCLUDED_NOTICES = {
    "ns_check_false_failure": ["tech_fail", "tech_pass"],
    "dnssec_ds_handling": ["tech_fail", "ds_received"],
    "approval_mail_not_received": ["auth_request"],
    "stalled_after_approval": ["review_info"],
    "root_publication_lag": ["implemented"],
    "wrong_change_applied": ["implemented"],
    "cctld_transfer_evaluation": ["transfer_ack"],
    "idn_table_not_published": ["idn_ack"],
    "portal_access_and_errors": [],
    "unanswered_or_closed_tickets": ["closed"],
    "unequal_treatment": [],
    "emergency_not_handled": [],
    "database_record_update_delay": ["db_updated"],
}

IANA_FROM = "IANA Root Zone Management <root-mgmt@iana.example>"
CSC_SEC_FROM = "CSC Secretariat <csc-secretariat@csc.example.org>"

# kind -> (from, subject, body); placeholders {tt} {tld} {dd} {ns1} {name}
IANA_NOTICES = {
    "submitted": (IANA_FROM, "[IANA #{tt}] Request received: {tld}", T("""
Dear {name},

Thank you for your submission. Your change request for the {tld} top-level
domain has been received and assigned reference number {tt}.

The request will now undergo automated technical checks. You will be
notified of the results by email.

Kind regards,
IANA Root Zone Management""")),
    "tech_pass": (IANA_FROM, "[IANA #{tt}] Technical check results for {tld}", T("""
Dear {name},

The technical checks for request {tt} ({tld}) have completed successfully.
No issues were found. The request will now proceed to contact confirmation.

IANA Root Zone Management""")),
    "tech_fail": (IANA_FROM, "[IANA #{tt}] Technical checks failed - action required", T("""
Dear {name},

The following tests did not pass for {tld} (request {tt}):

  * {ns1}: name server is not authoritative for the zone
  * serial numbers are not consistent across name servers

Please correct the issues and request a retest from the request page.

IANA Root Zone Management""")),
    "auth_request": (IANA_FROM, "[IANA #{tt}] Authorization required: change to {tld}", T("""
Dear {name},

As a listed contact for {tld}, you are requested to review and approve the
change described below (reference {tt}). Please follow the link in this
message to approve or reject it. The link is valid for a limited period.

  Change: update of name server records / glue

IANA Root Zone Management""")),
    "review_info": (IANA_FROM, "[IANA #{tt}] Additional information required", T("""
Dear {name},

In the course of processing request {tt} for {tld}, we require further
information before the request can proceed. Please reply to this message
with the requested documentation at your earliest convenience.

Best regards,
IANA Services""")),
    "implemented": (IANA_FROM, "[IANA #{tt}] Change implemented: {tld}", T("""
Dear {name},

We are pleased to inform you that the change requested for {tld}
(reference {tt}) has been implemented in the root zone.

Thank you for using IANA services.
IANA Root Zone Management""")),
    "closed": (IANA_FROM, "[IANA #{tt}] Ticket resolved", T("""
Dear {name},

Your ticket {tt} has been marked as resolved and is now closed. If you
have any further question, please reply to this message and a new ticket
will be opened.

IANA Services""")),
    "idn_ack": (IANA_FROM, "[IANA #{tt}] IDN table submission received", T("""
Dear {name},

We acknowledge receipt of the IDN table submission for {tld} (reference
{tt}). It will be reviewed before publication in the IANA Repository of
IDN Practices.

IANA Services""")),
    "db_updated": (IANA_FROM, "[IANA #{tt}] Root zone database updated: {tld}", T("""
Dear {name},

The contact and/or registry information for {tld} has been updated in the
Root Zone Database (reference {tt}). No change was made to the root zone.

IANA Root Zone Management""")),
    "transfer_ack": (IANA_FROM, "[IANA #{tt}] Transfer request for {tld}", T("""
Dear {name},

We confirm receipt of the request to transfer the management of {tld}
(reference {tt}). Requests of this type undergo an evaluation; we will
contact you if further information is needed.

IANA Services""")),
    "ds_received": (IANA_FROM, "[IANA #{tt}] DS record change received: {tld}", T("""
Dear {name},

We have received your request to update the DS records for {tld}
(reference {tt}). Technical checks will verify that the DS records match
a DNSKEY published in the zone.

IANA Root Zone Management""")),
    "csc_ack": (CSC_SEC_FROM, "Re: Complaint - {tld}", T("""
Dear {name},

Thank you for your message of {dd}. The CSC acknowledges receipt of your
complaint and will review it at its next monthly meeting. Please note that
the CSC does not resolve individual complaints; it looks for systemic
issues in PTI's performance.

Best regards,
CSC Secretariat""")),
}

IANA_ACK = T("""
Dear {name},

Thank you for contacting IANA. Your message has been received and has been
assigned ticket number {tt}. A member of our team will respond shortly.
Please keep the ticket number in the subject of any further message.

IANA Services""")

# ---------------------------------------------------------------------------
GREET = {
    "en": ["Dear CSC members,", "Hello,", "To the Customer Standing Committee,", "Hi all,", "Dear Sir or Madam,", "Good morning,", "Dear colleagues,"],
    "fr": ["Madame, Monsieur,", "Bonjour,", "Mesdames et Messieurs les membres du CSC,", "Chers membres du Comité,", "Bonjour à tous,"],
    "es": ["Estimados miembros del CSC:", "Hola,", "Buenas tardes,", "Señores del Comité:", "Estimados:"],
}
GREET_IANA = {
    "en": ["Dear IANA team,", "Hello IANA,", "Dear colleagues at IANA,"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Chère équipe de l'IANA,"],
    "es": ["Estimados, buenos días:", "Hola equipo de IANA,", "Estimados señores:"],
}
INTRO = {
    "en": ["I am writing about {tld}.", "We would like to raise a complaint about the handling of a request for {tld}.",
           "Sorry to bother the committee with this, but we have run out of options.", "", "", "I was told this is the right address for complaints."],
    "fr": ["Je vous écris au sujet de {tld}.", "Nous souhaitons porter à votre connaissance une difficulté rencontrée avec l'IANA.", "", ""],
    "es": ["Les escribo por el tema de {tld}.", "Queremos presentar una queja sobre la gestión de una solicitud de {tld}.", "", ""],
}
SIGNOFF = {
    "en": ["Regards,", "Best regards,", "Thanks,", "Kind regards,", "Sincerely,", "Thank you,", "Best,"],
    "fr": ["Cordialement,", "Bien cordialement,", "Salutations distinguées,", "Bien à vous,"],
    "es": ["Saludos,", "Atentamente,", "Saludos cordiales,", "Un saludo,", "Cordialmente,"],
}
MOBILE = {"en": "Sent from my iPhone", "fr": "Envoyé de mon iPhone", "es": "Enviado desde mi teléfono"}
ANGRY_OPEN = {
    "en": ["This is getting ridiculous.", "I have had ENOUGH of this.", "Frankly, this is unacceptable.",
           "I'm sorry, but I have to be blunt.", "Once again we are forced to write."],
    "fr": ["C'est inadmissible.", "Nous en avons assez.", "Franchement, c'est la troisième fois que nous écrivons.",
           "Je suis désolé, mais la patience a des limites."],
    "es": ["Esto ya es inaceptable.", "Estamos realmente hartos.", "Perdón por el tono, pero ya no sabemos qué hacer.",
           "Otra vez tenemos que escribir por lo mismo."],
}
ANGRY_CLOSE = {
    "en": ["I expect a real answer, not another template.", "Fix it. Now.", "If this is how the root is run, God help us all.",
           "We are considering raising this with our government and with the ICANN Board.", "Nobody would accept this from a commercial supplier."],
    "fr": ["Nous attendons une réponse sérieuse, pas un énième message automatique.", "Cette situation ne peut plus durer.",
           "Nous envisageons de saisir notre ministère de tutelle."],
    "es": ["Exigimos una respuesta concreta.", "Esto no puede seguir así.", "Vamos a elevar el tema a nuestro gobierno si no hay respuesta."],
}
FORMAL_OPEN = {
    "en": ["On behalf of {org}, the designated manager of the {tld} top-level domain, we hereby submit a formal complaint to the Customer Standing Committee regarding the performance of the IANA naming function.",
           "Please accept this letter as a formal complaint concerning PTI's handling of matters relating to {tld}.",
           "We refer to the complaint mechanism available to direct customers of the IANA naming function and wish to bring the following facts to the attention of the Committee."],
    "fr": ["Au nom de {org}, gestionnaire désigné du domaine de premier niveau {tld}, nous avons l'honneur de saisir le Comité permanent des clients (CSC) d'une réclamation formelle.",
           "Par la présente, nous souhaitons porter officiellement à la connaissance du Comité les faits suivants."],
    "es": ["En representación de {org}, administrador designado del dominio de nivel superior {tld}, presentamos formalmente la siguiente queja ante el Comité Permanente de Clientes (CSC).",
           "Por medio de la presente, ponemos en conocimiento del Comité los siguientes hechos."],
}
FORMAL_CLOSE = {
    "en": ["We reserve all rights in this matter and remain available to provide any further information the Committee may require.",
           "We would be grateful for a written acknowledgement of this complaint and an indication of the next steps."],
    "fr": ["Nous réservons l'ensemble de nos droits et restons à la disposition du Comité pour tout complément d'information.",
           "Nous vous prions d'agréer, Mesdames et Messieurs, l'expression de notre haute considération."],
    "es": ["Quedamos a disposición del Comité para ampliar la información que estime necesaria.",
           "Sin otro particular, saludamos a ustedes muy atentamente."],
}
FWD_NOTE = {
    "en": ["FYI - see below. This has been going on for weeks.", "Forwarding our exchange with IANA. We never got anything beyond this.",
           "Please see the thread below; we would like the CSC to look at it.", "Below is what we sent to IANA. Still nothing.", "fwd for your info"],
    "fr": ["Pour information, voir ci-dessous.", "Je vous transfère notre échange avec l'IANA, resté sans suite.",
           "Merci de prendre connaissance du message ci-dessous."],
    "es": ["Les reenvío el intercambio con IANA, para su conocimiento.", "Ver abajo. Seguimos sin solución.", "Reenvío lo que mandamos a IANA."],
}
DISCLAIMERS = {
    "en": [T("""
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. The sender does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission."""),
           T("""
DISCLAIMER: The information contained in this communication is intended solely for the person or entity to which it is addressed and may contain confidential, proprietary and/or legally privileged material. Any review, retransmission, dissemination or other use of, or taking of any action in reliance upon, this information by persons or entities other than the intended recipient is prohibited. Views expressed are those of the author and do not necessarily represent those of the company. Please consider the environment before printing this e-mail.""")],
    "fr": [T("""
AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité de ce message ne pouvant être assurée sur Internet, l'expéditeur ne saurait être tenu responsable de son contenu."""),
           T("""
Ce courriel et ses éventuelles pièces jointes peuvent contenir des informations confidentielles ou protégées par le secret professionnel. Ils sont destinés exclusivement à l'usage du destinataire. Si vous n'êtes pas le destinataire visé, toute lecture, copie, diffusion ou utilisation est strictement interdite. Pensez à l'environnement avant d'imprimer ce message.""")],
    "es": [T("""
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información privilegiada o confidencial. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente por esta misma vía y proceda a su eliminación."""),
           T("""
La información contenida en este correo electrónico es confidencial y de uso exclusivo de la persona o entidad a la que va dirigida. Está prohibida su reproducción o distribución sin autorización expresa. Las opiniones expresadas pertenecen a su autor y no representan necesariamente la posición de la institución. Antes de imprimir este mensaje, piense en el medio ambiente.""")],
}

GENERIC_SUBJECTS = {
    "en": ["Complaint", "urgent", "Complaint regarding IANA", "{tld} - issue", "Request {t1}", "Formal complaint - {tld}",
           "Problem with IANA", "For the attention of the CSC", "help", "IANA service", "Follow-up", "escalation", "{tld}", "ticket {t1}"],
    "fr": ["Réclamation", "Plainte", "URGENT", "Demande {t1}", "Plainte formelle - {tld}", "Problème avec l'IANA",
           "À l'attention du CSC", "Suite à nos échanges", "{tld}"],
    "es": ["Queja", "Reclamo", "URGENTE", "Solicitud {t1}", "Queja formal - {tld}", "Problema con IANA",
           "A la atención del CSC", "Seguimiento", "{tld}"],
}

STATUS_WORDS = {
    "en": ["open", "pending", "no answer", "closed (unresolved)", "in progress"],
    "fr": ["ouvert", "en attente", "sans réponse", "fermé (non résolu)", "en cours"],
    "es": ["abierto", "pendiente", "sin respuesta", "cerrado (sin resolver)", "en proceso"],
}
TABLE_HEAD = {
    "en": ["Ticket", "TLD", "Submitted", "Status"],
    "fr": ["Ticket", "Domaine", "Déposé le", "État"],
    "es": ["Ticket", "Dominio", "Enviado", "Estado"],
}

TITLES = {
    "en": {"eng": ["Technical Manager", "DNS Operations Lead", "Head of Infrastructure", "Senior Systems Engineer"],
           "ceo": ["Chief Executive Officer", "Managing Director", "General Manager", "Executive Director"],
           "lawyer": ["Legal Counsel", "Head of Legal & Policy", "General Counsel"],
           "any": ["Registry Administrator", "Operations Officer", "Registry Manager"]},
    "fr": {"eng": ["Responsable technique", "Administrateur systèmes et réseaux", "Chef du service DNS"],
           "ceo": ["Directeur général", "Directeur exécutif", "Administrateur délégué"],
           "lawyer": ["Conseiller juridique", "Responsable des affaires juridiques"],
           "any": ["Chargé de la gestion du registre", "Responsable des opérations"]},
    "es": {"eng": ["Jefe de Operaciones Técnicas", "Administrador DNS", "Coordinador de Infraestructura"],
           "ceo": ["Gerente General", "Director Ejecutivo", "Presidente del Directorio"],
           "lawyer": ["Asesor Legal", "Gerente de Asuntos Legales y Regulatorios"],
           "any": ["Coordinador del Registro", "Encargado de Operaciones"]},
}
