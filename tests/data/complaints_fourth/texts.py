"""Hand-written material for the corpus_tune4 complaint corpus.

Placeholders available in every text (filled by make_corpus.py):
  {tld} ".lu" / ".xn--p1ai"   {TLD} ".LU"   {zone} "lu."   {org} registry name
  {ticket} {ticket2}  request numbers in the mail's ticket format
  {d1} < {d2} < mail date, formatted in the mail's date format
  {days} {weeks} {months}  elapsed since {d1}
  {ns} a name-server host name   {ip} IPv4   {ip6} IPv6   {keytag} DNSSEC key tag
Convention in the core texts: {d1} is the start of the story, {d2} a later step.
"""

# ---------------------------------------------------------------------------
# Problem categories.  Each has hand-written core texts (short form for the
# terse style, body for all other styles), timeline lines for the long style,
# some category-flavoured subjects, and the IANA notice stages that must NOT
# be quoted in "reply" mails of that category (the quote has to be about
# another stage or another request).
# ---------------------------------------------------------------------------

CATEGORIES = [
    # ------------------------------------------------------------------ 1
    dict(
        id="techcheck_false_failure",
        title="Automated technical checks reject a name-server/glue change although the servers are fine",
        own_stages=["techcheck_fail", "techcheck_pass"],
        span=(8, 35),
        subjects={
            "en": ["NS change rejected again", "checks failing - our servers are fine",
                   "{TLD} nameserver update blocked by tests", "false positive in technical check?",
                   "Retest failed (again)"],
            "fr": ["Échec des tests techniques – {TLD}", "Changement de serveurs de noms bloqué",
                   "tests IANA en échec ?"],
            "es": ["Falla la verificación técnica", "Cambio de DNS de {TLD} bloqueado",
                   "prueba técnica errónea"],
        },
        timeline={
            "en": ["Request {ticket} submitted in RZMS (replacement of {ns})",
                   "Automated technical checks FAILED: {ns} 'no response'",
                   "Verified from RIPE Atlas + two looking glasses: {ns} answers over UDP and TCP, v4 and v6",
                   "Retest requested - identical failure",
                   "Asked in the ticket for the checker's source addresses / a manual look",
                   "No reply; request still waiting for 'successful technical checks'"],
            "fr": ["Dépôt de la demande {ticket} (remplacement de {ns})",
                   "Échec des tests techniques : {ns} « sans réponse »",
                   "Contrôle depuis des sondes externes : le serveur répond normalement",
                   "Nouveau test demandé : même échec",
                   "Question posée à l'IANA dans le ticket, restée sans réponse"],
            "es": ["Envío de la solicitud {ticket} (sustitución de {ns})",
                   "Falla la verificación técnica automática: {ns} «sin respuesta»",
                   "Comprobación desde sondas externas: el servidor responde con normalidad",
                   "Nueva prueba: mismo resultado",
                   "Consulta a IANA en el ticket, sin respuesta hasta hoy"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="Our NS change for {tld} ({ticket}) keeps failing the automated checks with \"no response over TCP\" from {ns}. It answers fine over TCP from everywhere we can test.",
                 body="""We submitted an NS set update for {tld} on {d1} ({ticket}). The automated checks have now failed three times, each time reporting that {ns} does not answer queries over TCP port 53.

That is not what we see. From RIPE Atlas probes on four continents, from our own monitoring and from two external looking glasses, TCP answers come back in under 40 ms with the AA bit set:

  $ dig +tcp +norec @{ns} {zone} SOA
  ;; flags: qr aa; QUERY: 1, ANSWER: 1, AUTHORITY: 4, ADDITIONAL: 1
  ;; Query time: 38 msec

Our firewall logs show no TCP connection attempts at all from the ranges IANA's checker is supposed to use during the windows when the test ran. So either the checker tests from somewhere we cannot see, or it has a connectivity problem of its own. Either way it is a false failure, and the request cannot move until a human looks at it. We asked for exactly that in the ticket on {d2}. Silence."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="Technical check says our glue for {ns} is inconsistent, but it is exactly the same in parent and child. Please can somebody look at request {ticket}.",
                 body="""We have a problem with the technical test of IANA since {d1}. Request {ticket} is for changing the glue address of {ns} to {ip}. The check result say "glue mismatch: address returned by authoritative server differs from requested glue".

This is not correct. We changed the A record in our zone already one week before we submit the request, and all our name servers return {ip}, we checked with dig on every instance. Maybe the test is using some old cached answer? We made the retest two times, always same result.

We do not understand how we must fix something which is not broken. Our operation team is blocked and the old address must be given back to our hosting provider at end of the month."""),
            dict(lang="en", role="mgr", voice="native",
                 short="Third rejection of the same name server update. Nothing has changed on our side. Who at IANA actually reads these test results?",
                 body="""I am writing as the manager responsible for the {tld} registry. For {days} days our engineers have been trying to complete what should be a routine replacement of one of our name servers ({ticket}). Every attempt has been rejected by the automated tests, and every time our team has verified that the servers are working correctly.

I am not an engineer, but I can read a calendar. A change that peers tell us normally completes within a few days has now eaten most of two people's time, and there is still nobody at IANA who has confirmed whether the test is right or wrong. We were simply told to "fix the reported issues and request a retest".

I would like the CSC to note this, and to ask PTI how false failures in the technical checks are spotted and overridden."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="Tech check for {tld} fail with 'SOA serial not consistent' during our normal zone reload - it is false alarm. Ticket {ticket}.",
                 body="""Hello, IANA technical check is reporting for our request {ticket}: "Serial numbers of SOA records are not consistent across authoritative servers".

Our zone is regenerated every 15 minutes, servers get NOTIFY and transfer IXFR in few seconds. If the test query all servers in exactly the moment of update, one server can answer previous serial for 2-3 seconds, this is normal behaviour for every dynamic TLD zone. The test should not fail the whole request only for this, or at least it should repeat after one minute.

Now we must retest again and again and hope timing is lucky. On {d2} we did six retests in one day. Also one retest result came after more than one hour, not 10 minutes like the SLA say."""),
            dict(lang="fr", role="eng",
                 short="Les tests techniques de l'IANA rejettent notre demande {ticket} ({ns} « injoignable »), alors que le serveur répond parfaitement.",
                 body="""Nous avons déposé le {d1} une demande de modification des serveurs de noms de {tld} (ticket {ticket}). Les tests automatiques échouent systématiquement sur {ns}, déclaré « injoignable en IPv6 ».

Nos propres mesures, ainsi que celles de plusieurs sondes externes, montrent le contraire : le serveur répond en IPv6 depuis partout, avec des temps de réponse tout à fait normaux. Nous soupçonnons un problème de routage du côté du point de mesure de l'IANA, ce que nous avons signalé dans le ticket le {d2}, sans réponse à ce jour.

En attendant, la demande est bloquée et nous ne pouvons pas retirer l'ancien serveur, dont le contrat d'hébergement arrive à échéance."""),
            dict(lang="fr", role="mgr",
                 short="Troisième échec des vérifications techniques pour {tld}, et toujours personne pour nous expliquer ce qui ne va pas.",
                 body="""Je me permets de vous écrire car notre registre se trouve dans une impasse. Notre demande de changement de serveurs de noms est refusée par les contrôles automatiques depuis le {d1}, avec un message que nos techniciens jugent erroné : d'après eux, les serveurs répondent correctement et de façon cohérente.

Chaque nouvel essai nous renvoie le même verdict, et nos échanges avec l'IANA se limitent à une invitation à « corriger les erreurs et relancer le test ». Personne n'a pris le temps de regarder le dossier de près. Pour une petite structure comme la nôtre, cela représente un coût réel et un risque opérationnel, puisque nous fonctionnons avec une configuration que nous voulions justement abandonner."""),
            dict(lang="es", role="eng",
                 short="La verificación técnica de IANA falla con «respuesta no autoritativa» en {ns}, pero el servidor sí es autoritativo. Ticket {ticket}.",
                 body="""Desde el {d1} intentamos actualizar los servidores de nombres de {tld} (ticket {ticket}). La verificación automática devuelve siempre el mismo error: «el servidor {ns} no responde de forma autoritativa para la zona».

Lo hemos comprobado con dig desde varias redes y el servidor responde con el bit AA activado, con el SOA correcto y el mismo número de serie que los demás. Es un nodo anycast nuevo y sospechamos que desde donde mide IANA se llega a una instancia concreta que nuestros sistemas no ven, pero nadie nos ha facilitado las direcciones de origen de las pruebas para poder investigarlo.

Pedimos simplemente que alguien revise el resultado a mano o que nos den datos para depurarlo."""),
            dict(lang="es", role="mgr",
                 short="Otra vez rechazada la solicitud de cambio de DNS de {tld}. Nuestros técnicos dicen que todo está bien.",
                 body="""Les escribo con bastante frustración. Nuestra solicitud {ticket} para cambiar uno de los servidores de nombres lleva desde el {d1} sin avanzar, porque la prueba técnica de IANA indica un error que nosotros no encontramos por ningún lado. Hemos repetido la prueba varias veces y siempre sale lo mismo.

No pedimos un trato especial, solo que alguien con conocimientos técnicos mire el caso y nos diga si el error es real o si es un fallo de la herramienta. Mientras tanto seguimos operando con un servidor que queríamos dar de baja."""),
        ],
    ),
    # ------------------------------------------------------------------ 2
    dict(
        id="dnssec_ds_rollover",
        title="DS record change / KSK or algorithm rollover refused or blocked by IANA's DNSSEC validation",
        own_stages=["techcheck_fail", "dnssec_sent"],
        span=(10, 40),
        subjects={
            "en": ["DS update rejected", "KSK rollover {TLD} stuck", "DNSSEC - need help",
                   "algorithm rollover blocked", "DS record change"],
            "fr": ["Roulement de KSK bloqué", "Mise à jour DS refusée – {TLD}", "DNSSEC"],
            "es": ["Cambio de KSK bloqueado", "DS rechazado", "DNSSEC {TLD}"],
        },
        timeline={
            "en": ["New KSK (key tag {keytag}) published in the {tld} zone",
                   "DS change request {ticket} submitted",
                   "DNSSEC check failed: 'DS does not match any DNSKEY'",
                   "Digest recomputed with two independent tools - identical to what we submitted",
                   "Question in the ticket; no substantive answer",
                   "Rollover schedule suspended, old KSK still in use"],
            "fr": ["Publication de la nouvelle KSK (identifiant {keytag})",
                   "Dépôt de la demande {ticket} (remplacement du DS)",
                   "Rejet par les contrôles DNSSEC de l'IANA",
                   "Empreinte recalculée avec deux outils : identique",
                   "Relance auprès de l'IANA, toujours sans réponse"],
            "es": ["Publicación de la nueva KSK (keytag {keytag})",
                   "Envío de la solicitud {ticket} (cambio de DS)",
                   "La comprobación DNSSEC rechaza el DS",
                   "Recalculamos el digest con dos herramientas: coincide",
                   "Consulta a IANA, sin respuesta"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="Our DS change for the algorithm 8 -> 13 rollover of {tld} was rejected because the old DS is \"still required\". It isn't - that's the point of a rollover. {ticket}",
                 body="""We are half way through an algorithm rollover for {tld}, RSASHA256 to ECDSAP256SHA256. Both keys are published and the zone has been double-signed since {d1}, well past the DS TTL plus a generous margin. On {d2} we submitted {ticket} to add the DS for the new KSK (key tag {keytag}).

The DNSSEC check rejected it: the DS set "does not validate against the current DNSKEY RRset with the existing algorithm". As far as we can work out, the check evaluates the proposed DS set as if it were the only one and does not understand that two algorithms are legitimately in use during the transition. We followed RFC 6781 to the letter.

We are now parked in a double-signed state with bigger responses than we'd like. Someone at IANA needs to tell us what the DS validation actually requires."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="KSK rollover of {tld} is blocked, the DS check say no matching DNSKEY but key {keytag} is published since weeks.",
                 body="""Dear CSC, we are doing the yearly KSK rollover for {tld}. The new key with tag {keytag} is published in the zone since {d1}. We submitted the new DS record on {d2} with request {ticket} and the test say "DS does not match any DNSKEY in the zone".

We computed the digest again with ldns-key2ds and dnssec-dsfromkey, both give exactly the value of our request. Maybe the portal is changing the digest when we paste it (in the confirmation mail upper and lower case was different)? We don't know, nobody answer our question in the ticket.

The old key must be retired, our signer has fixed policy, and now we must change the policy by hand. This is not good for the security of the TLD."""),
            dict(lang="en", role="mgr", voice="native",
                 short="DNSSEC key change for {tld} refused and unexplained for {days} days now. Our security team considers this a risk.",
                 body="""Our security team has asked me to escalate the situation around the DNSSEC key change for {tld}. In short: the request to replace our DS record in the root ({ticket}) was refused by IANA's automated validation and, despite several exchanges, nobody has been able to tell us what exactly is wrong with it.

We are now running on a key that our own policy says should have been retired some time ago. I'd like to know whether the CSC has seen similar complaints from other operators, because from where we stand the DS validation step is a black box: it says no, and no one can say why."""),
            dict(lang="en", role="eng", voice="native",
                 short="Asked for DS removal for {tld} (going insecure for a signer migration). IANA insists a DS must be present. {ticket}",
                 body="""We're migrating {tld} to a new signing platform and, after a lot of internal debate, chose the conservative path: pull the DS from the root, wait out the TTLs, migrate, re-sign, re-add. Request {ticket}, filed {d1}, asked for the DS to be removed.

What came back was a failed check saying "the DS record set must not be empty for a signed zone", plus a suggestion to "correct the DS data". There's nothing to correct. Removing a DS is a legitimate operation, and we've done it before without any drama. Trying to do it through the portal doesn't work either: the form won't submit an empty DS set.

Could the CSC find out whether this is a deliberate policy change? If so, nobody told the operators."""),
            dict(lang="fr", role="eng",
                 short="Le remplacement du DS de {tld} (clé {keytag}) est refusé par les contrôles DNSSEC de l'IANA, sans explication.",
                 body="""Dans le cadre du renouvellement annuel de notre KSK, nous avons demandé le {d1} le remplacement de l'enregistrement DS de {tld} (ticket {ticket}). La nouvelle clé (identifiant {keytag}) est publiée dans la zone depuis plus de trois semaines et la chaîne de confiance est valide, ce que confirment DNSViz et nos propres outils.

Les contrôles de l'IANA ont pourtant rejeté la demande avec le message « DS record does not match a DNSKEY signing the DNSKEY RRset ». Or notre nouvelle clé signe bien l'ensemble DNSKEY. Nous avons posé la question le {d2} : aucune réponse. Le calendrier de notre roulement de clés est désormais compromis."""),
            dict(lang="fr", role="mgr",
                 short="Notre changement de clé DNSSEC est bloqué depuis {days} jours.",
                 body="""Madame, Monsieur,

notre registre a engagé un changement de clé DNSSEC planifié de longue date. La demande transmise à l'IANA pour mettre à jour l'empreinte de la clé dans la zone racine a été rejetée, puis rejetée une seconde fois après correction, alors même que nos équipes et un prestataire externe ont validé la configuration.

Je ne suis pas du métier, mais je constate que ce blocage nous oblige à conserver une clé que notre politique de sécurité impose de retirer, et que nous n'avons aucun interlocuteur pour en discuter. Je souhaite que le Comité en soit informé."""),
            dict(lang="es", role="eng",
                 short="La comprobación DNSSEC rechaza el DS nuevo de {tld} (keytag {keytag}) con digest SHA-256; dice que falta el SHA-1. Ticket {ticket}.",
                 body="""Estamos haciendo el cambio de KSK de {tld}. El {d1} enviamos la solicitud {ticket} con un único registro DS, digest tipo 2 (SHA-256), para la clave {keytag}. La verificación de IANA lo rechazó diciendo que «el conjunto DS debe incluir un digest de tipo 1».

Que sepamos, SHA-1 está desaconsejado para DS y varios TLD publican ya solo SHA-256. No sabemos si es una regla nueva o un error de la herramienta, porque no aparece en ninguna documentación que hayamos encontrado. Lo preguntamos en el ticket el {d2} y seguimos sin respuesta."""),
            dict(lang="es", role="mgr",
                 short="El cambio de claves DNSSEC de {tld} sigue bloqueado. Necesitamos que alguien nos atienda.",
                 body="""Estimados:

nuestro registro lleva {days} días intentando completar la renovación de las claves DNSSEC del dominio. Cada vez que enviamos los datos a IANA el sistema los rechaza y no conseguimos una explicación clara de qué es lo que falla. Nuestro equipo técnico asegura que la configuración es correcta y lo ha validado con herramientas públicas.

Nos preocupa tener que mantener una clave que ya debería haberse retirado. Queremos que quede constancia ante el Comité."""),
        ],
    ),
    # ------------------------------------------------------------------ 3
    dict(
        id="contact_confirmation",
        title="Authorization-contact confirmation fails: e-mail never arrives, sent to stale contact, link expires, approval not recorded",
        own_stages=["contact_confirm"],
        span=(6, 30),
        subjects={
            "en": ["approval email never arrived", "contact confirmation problem",
                   "Still pending confirmation?!", "authorisation sent to wrong person"],
            "fr": ["Confirmation des contacts", "courriel d'approbation jamais reçu"],
            "es": ["Confirmación de contactos", "no llega el correo de aprobación"],
        },
        timeline={
            "en": ["Request {ticket} submitted",
                   "Technical checks passed",
                   "Technical contact received the confirmation e-mail and approved it",
                   "Administrative contact: nothing received (MX logs checked - no delivery attempt at all)",
                   "Reported in the ticket; told to 'check spam filters'",
                   "Still 'pending contact confirmation'"],
            "fr": ["Dépôt de la demande {ticket}",
                   "Tests techniques réussis",
                   "Validation par le contact technique",
                   "Aucun courriel reçu par le contact administratif (journaux vérifiés)",
                   "Signalement à l'IANA ; réponse : « vérifiez vos filtres »"],
            "es": ["Envío de la solicitud {ticket}",
                   "Pruebas técnicas superadas",
                   "El contacto técnico aprueba",
                   "El contacto administrativo no recibe nada (registros del MX revisados)",
                   "Aviso a IANA; respuesta genérica"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="The confirmation e-mail for {ticket} never reached our admin contact. Checked spam, checked MX logs. Nothing.",
                 body="""Request {ticket} for {tld} passed the technical checks on {d1} and went to "pending contact confirmation". Our administrative contact never received the approval e-mail. Our technical contact got his and clicked it the same afternoon.

We checked the obvious: spam folders, quarantine, and our MX logs for anything from IANA's sending domain in that window. There is no trace of a delivery attempt to the admin address. The request is still sitting there waiting for an approval that, as far as we can tell, was never asked for, and there's no "resend" button anywhere in the portal."""),
            dict(lang="en", role="legal", voice="native",
                 short="IANA sent the authorization request for {tld} to a person who left our organisation two years ago.",
                 body="""We wish to bring to the Committee's attention that on {d1} the authorization request relating to change request {ticket} was sent to an individual who ceased to be our administrative contact more than two years ago. The contact record had been updated through a request that IANA itself completed (reference {ticket2}).

It follows either that IANA's records were not updated as confirmed to us, or that the confirmation process relies on a stale copy of them. In either case, an authorization step intended to protect the registry operator was directed to a person with no authority to act on our behalf. We regard this as a serious control weakness and request that it be examined."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="Approval link was expired before our admin contact come back from holiday, now request is cancelled and we start from zero. {ticket}",
                 body="""Hello, our admin contact was one week on vacation and the approval link for request {ticket} was expired when he came back. The request was then closed automatically and we must submit everything again, with new technical check, new confirmation for both contacts.

We don't say IANA must wait forever. But there was no reminder mail, and nothing to our technical contact that approval is still missing, only the closing of ticket. For small registry like us with 4 persons it is normal that somebody is away sometimes. Please consider a reminder or a longer time."""),
            dict(lang="en", role="mgr", voice="native",
                 short="Both our contacts approved {ticket} days ago and the portal still says we haven't.",
                 body="""Both of our contacts clicked the approval links for {ticket} on {d1} and got the "thank you, your response has been recorded" page. Screenshots are in the ticket. The request still shows as awaiting confirmation, {days} days later.

We've told IANA twice. The second time we got a reply asking us to "please approve the request using the link provided". We did. That's the problem."""),
            dict(lang="fr", role="eng",
                 short="Le courriel d'autorisation pour {ticket} n'est jamais arrivé chez notre contact administratif.",
                 body="""La demande {ticket} concernant {tld} a passé les tests techniques le {d1}, puis est restée bloquée à l'étape de confirmation par les contacts. Notre contact technique a bien reçu son message et l'a validé ; notre contact administratif, lui, n'a jamais rien reçu.

Nous avons examiné les journaux de nos serveurs de messagerie : aucune tentative de livraison depuis les serveurs de l'IANA vers cette adresse sur la période. Nous avons signalé le problème le {d2} ; on nous a répondu de « vérifier nos filtres anti-spam ». C'est fait depuis longtemps. La demande n'avance toujours pas."""),
            dict(lang="fr", role="legal",
                 short="Demande d'autorisation adressée à une personne qui n'est plus notre contact administratif.",
                 body="""Nous tenons à porter à la connaissance du Comité un incident qui nous paraît préoccupant. La demande d'approbation liée au ticket {ticket} a été adressée à une personne qui n'exerce plus aucune fonction au sein de notre organisme, alors que la mise à jour de nos contacts avait été effectuée et confirmée par l'IANA plusieurs mois auparavant (référence {ticket2}).

Au-delà du retard occasionné, cette situation pose une question de sécurité : l'étape d'autorisation a précisément pour objet de garantir que seules les personnes habilitées valident un changement. Nous souhaitons connaître les mesures que PTI entend prendre pour éviter qu'elle se reproduise."""),
            dict(lang="es", role="eng",
                 short="El contacto administrativo de {tld} no recibió el correo de confirmación de la solicitud {ticket}.",
                 body="""La solicitud {ticket} superó las pruebas técnicas el {d1} y desde entonces está «pendiente de confirmación de contactos». El contacto técnico recibió y aprobó su correo; el administrativo no ha recibido nada.

Revisamos la carpeta de spam, la cuarentena del antivirus y los registros del servidor de correo: no hay ningún intento de entrega desde IANA. Lo notificamos en el ticket el {d2} y la respuesta fue que el mensaje «había sido enviado». En el portal no existe ninguna opción para pedir el reenvío."""),
            dict(lang="es", role="mgr",
                 short="Caducó el plazo de aprobación y nos cancelaron la solicitud sin ningún aviso previo.",
                 body="""Les escribo para dejar constancia de lo ocurrido con nuestra solicitud {ticket}. Nuestra contacto administrativa estaba de baja médica y, cuando volvió, el enlace de aprobación ya había caducado. La solicitud se cerró automáticamente y tuvimos que empezar de cero, con nuevas pruebas técnicas incluidas.

Entendemos que haya un plazo, pero no recibimos ningún recordatorio ni se avisó al otro contacto de que faltaba una aprobación. Un simple aviso habría evitado dos semanas de retraso."""),
        ],
    ),
    # ------------------------------------------------------------------ 4
    dict(
        id="review_stage_delay",
        title="Request stuck in IANA manual review/processing far beyond the 5-day SLA, with no explanation",
        own_stages=["review", "info_request"],
        span=(12, 40),
        subjects={
            "en": ["request stuck in review", "Pending IANA review - {days} days", "any news on our request?",
                   "Review SLA exceeded"],
            "fr": ["Demande bloquée en revue", "toujours en attente", "délai de traitement"],
            "es": ["Solicitud parada en revisión", "¿novedades?", "plazo de revisión superado"],
        },
        timeline={
            "en": ["Request {ticket} submitted",
                   "Technical checks passed",
                   "Both contacts approved (same day)",
                   "Status changes to 'Pending IANA review'",
                   "Follow-up #1 in the ticket - answer: 'in the queue'",
                   "Follow-up #2 - no answer"],
            "fr": ["Dépôt de la demande {ticket}",
                   "Tests techniques réussis, approbation des deux contacts",
                   "Passage en « Pending IANA review »",
                   "Première relance : « en cours de traitement »",
                   "Deuxième relance : pas de réponse"],
            "es": ["Envío de la solicitud {ticket}",
                   "Pruebas técnicas y aprobaciones completadas",
                   "Estado «Pending IANA review»",
                   "Primera consulta: «está en cola»",
                   "Segunda consulta: sin respuesta"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="{ticket} has been \"Pending IANA review\" for {days} days. The review and processing SLA is 5 days.",
                 body="""Request {ticket} (NS update for {tld}) passed the technical checks on {d1} and both contacts approved within the hour. Since then it has shown "Pending IANA review". That was {days} days ago.

The published SLA for review and processing of routine changes is 5 days, 90 % compliance. I accept that an individual request can legitimately take longer, but then we'd expect to be told what is being reviewed and whether anything is needed from us. We've asked twice. Apparently nothing is needed from us, and yet nothing happens."""),
            dict(lang="en", role="mgr", voice="nonnative",
                 short="Our simple change is waiting since {d1} in review, no information what is the problem.",
                 body="""Dear Committee, I write as director of {org}. We have a small change for our TLD {tld} (request {ticket}), all tests are green and the approvals are done since {d1}. From then the status is only "under review" and nobody can tell us for what.

We asked the IANA staff two times, the answer was that "the request is in the queue". It is difficult to explain to our board why a routine change takes more than three weeks. If there is a problem with our documents we want to know it, so we can correct."""),
            dict(lang="en", role="legal", voice="native",
                 short="Formal complaint: processing time for change request {ticket} materially exceeds the service level.",
                 body="""On behalf of {org}, manager of {tld}, we record that change request {ticket} completed all preconditions (technical verification and authorisation by both contacts) on {d1}, and has since remained in the review and processing stage for {days} days, without any request for information having been addressed to us.

The applicable service level for this stage is five days. We are not aware of any circumstance attributable to us that could justify the delay, and none has been communicated. We ask the Committee to take note of this complaint and to take it into account in its review of PTI's performance."""),
            dict(lang="en", role="eng", voice="native",
                 short="Two later requests for other TLDs we run went through while {ticket} is still parked in review.",
                 body="""As a back-end provider we submit a fair number of routine changes. {ticket} for {tld} was submitted on {d1}; checks and approvals completed the same day. It is still in manual review. Meanwhile two identical changes (same new name server host, same glue) for other TLDs we run were submitted later and completed within three days.

Nothing about the change itself is different for {tld}, so whatever is holding it up isn't the content of the request. Could the CSC ask what the review step actually consists of, and whether there is a queue that requests can quietly fall out of?"""),
            dict(lang="fr", role="eng",
                 short="Demande {ticket} en « revue IANA » depuis {days} jours, bien au-delà du délai de 5 jours.",
                 body="""Notre demande {ticket} (mise à jour des serveurs de noms de {tld}) a franchi toutes les étapes automatiques le {d1} : tests techniques réussis, approbation des deux contacts dans l'heure. Depuis, elle affiche « Pending IANA review ».

Le niveau de service publié pour cette étape est de 5 jours. Nous avons relancé deux fois ; on nous répond que la demande est « en cours de traitement », sans autre précision. S'il manque une pièce, qu'on nous le dise."""),
            dict(lang="fr", role="mgr",
                 short="Toujours rien sur notre demande, bloquée « en revue » depuis le {d1}.",
                 body="""Bonjour,

je me permets d'alerter le Comité sur le traitement de notre dernière demande. Il s'agit d'un changement courant, que nous avons déjà effectué plusieurs fois par le passé en quelques jours. Cette fois, la demande attend la revue de l'IANA depuis le {d1} et nous n'avons aucune visibilité : ni question, ni délai annoncé.

Nous ne contestons pas la nécessité d'un contrôle, mais l'absence totale d'information nous empêche de planifier nos propres travaux."""),
            dict(lang="es", role="eng",
                 short="La solicitud {ticket} lleva {days} días en «revisión de IANA». El SLA es de 5 días.",
                 body="""La solicitud {ticket} para {tld} superó las pruebas técnicas y la aprobación de ambos contactos el {d1}. Desde entonces figura como «Pending IANA review» y no hay ningún avance.

El nivel de servicio publicado para la revisión y el procesamiento es de 5 días. Hemos preguntado en dos ocasiones y nos contestan que «está en cola». No nos han pedido ningún documento adicional, así que no entendemos qué se está revisando."""),
            dict(lang="es", role="mgr",
                 short="¿Alguien puede decirnos por qué nuestra solicitud sigue parada?",
                 body="""Buenos días. Nuestra solicitud de cambio ({ticket}) está parada desde el {d1} en la fase de revisión. Es un cambio sencillo, de los que hacemos todos los años, y otras veces se resolvió en menos de una semana. Esta vez llevamos {days} días y nadie nos explica el motivo.

Tenemos un proveedor esperando para desmantelar el servidor antiguo, y nos cobra cada mes adicional."""),
        ],
    ),
    # ------------------------------------------------------------------ 5
    dict(
        id="publication_delay",
        title="Approved change not published in the root zone within 72 h, or completion notice sent before/without actual publication",
        own_stages=["implemented", "dnssec_sent"],
        span=(5, 25),
        subjects={
            "en": ["change approved but not in root zone", "root zone not updated", "Implementation delay {ticket}",
                   "notification vs reality"],
            "fr": ["Modification non publiée dans la zone racine", "mise en œuvre en retard"],
            "es": ["Cambio aprobado sin publicar", "zona raíz sin actualizar"],
        },
        timeline={
            "en": ["Request {ticket} submitted",
                   "Checks and approvals complete",
                   "IANA notice: review complete, sent for implementation",
                   "Queried several root server letters: old delegation still served (root SOA serial has moved on)",
                   "Asked IANA for status - 'with the Root Zone Maintainer'",
                   "Still not published"],
            "fr": ["Dépôt de la demande {ticket}",
                   "Avis de l'IANA : demande approuvée et transmise pour mise en œuvre",
                   "Interrogation des serveurs racine : ancienne délégation toujours servie",
                   "Demande d'état d'avancement : « chez le mainteneur de la zone racine »",
                   "Toujours pas publiée"],
            "es": ["Envío de la solicitud {ticket}",
                   "Aviso de IANA: aprobada y enviada para implementación",
                   "Consulta a varios servidores raíz: sigue la delegación antigua",
                   "Preguntamos a IANA: «con el mantenedor de la zona raíz»",
                   "Sigue sin publicarse"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="{ticket} was released for implementation on {d1}; the root zone still serves the old NS set. Well past 72 h.",
                 body="""IANA's notice on {d1} told us {ticket} had completed review and had been sent for implementation. We have been checking the root zone since then (SOA serial and the {tld} delegation on several root server letters) every few hours. As of this morning the old NS set is still being served. The root zone serial has moved on many times, so this is not a distribution lag.

The implementation SLA is 72 hours. We're well beyond that. We don't know whether the change is stuck between IANA and the Root Zone Maintainer or simply lost, and nobody has told us."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="We got the 'implemented' notification but the root zone did not have our new DS until 2 days later.",
                 body="""Hello, on {d1} we received the mail that request {ticket} is completed and the change is in the root zone. Our monitoring checks the root zone directly and the new DS for {tld} appeared only on {d2}.

Because of this mail we started the next step of our KSK rollover procedure (remove old key) too early. Luckily our engineer saw it before we published, otherwise {tld} would be bogus for all validating resolvers. The notification must come after the change is really published, not before."""),
            dict(lang="en", role="mgr", voice="native",
                 short="Our delegation change has been \"approved\" for a week and nothing has happened in the root zone.",
                 body="""I'm raising this because our technical team is tired of chasing it. We were told on {d1} that our change had been approved and would be implemented. It hasn't been. Every time we ask we get a different explanation - first a maintenance window, then "awaiting the root zone maintainer", then no reply at all.

We have had to postpone a data-centre migration twice because of this. I'd like the CSC to ask why an approved change can sit unpublished for days without anyone telling the operator."""),
            dict(lang="en", role="eng", voice="native",
                 short="Change {ticket} went live in the root zone on {d1}. Still no completion notice from IANA, ticket still open.",
                 body="""Bit of an odd one. Our change ({ticket}, glue update for {tld}) was actually published - we saw it in the root zone on {d1} - but we never received the completion notification, and the ticket still shows "implementation in progress". We only noticed because our own monitoring alerted on the new glue.

It matters because our procedures key off IANA's notification: we don't decommission the old address until we have it. Right now we can't tell whether to trust what we see in the zone or what the portal says."""),
            dict(lang="fr", role="eng",
                 short="Demande {ticket} validée le {d1}, toujours absente de la zone racine plus de 72 h après.",
                 body="""L'IANA nous a informés le {d1} que la demande {ticket} était approuvée et transmise pour mise en œuvre. Depuis, nous interrogeons les serveurs racine toutes les heures : la délégation de {tld} n'a pas changé, alors que le numéro de série de la zone racine a évolué à plusieurs reprises.

Le délai de mise en œuvre prévu est de 72 heures. Il est largement dépassé, et personne ne nous dit où se situe le blocage."""),
            dict(lang="fr", role="eng",
                 short="Notification « changement effectué » reçue alors que la zone racine n'était pas encore à jour.",
                 body="""Le {d1}, nous avons reçu le courriel indiquant que la modification demandée ({ticket}) était publiée. Or nos sondes montrent que la zone racine n'a intégré le nouvel enregistrement DS que le {d2}.

Sur la foi de cette notification, notre équipe a failli retirer l'ancienne clé, ce qui aurait rendu {tld} invalide pour tous les résolveurs validants. Il nous semble indispensable que l'avis de mise en œuvre ne parte qu'une fois le changement effectivement visible dans la zone."""),
            dict(lang="es", role="eng",
                 short="Aprobada el {d1} y la zona raíz sigue sin el cambio de {tld}. Más de 72 horas.",
                 body="""IANA nos notificó el {d1} que la solicitud {ticket} había sido aprobada y enviada para su implementación. Desde entonces consultamos cada hora varios servidores raíz: la delegación de {tld} sigue apuntando a los servidores antiguos, aunque el serial de la zona raíz ha cambiado varias veces.

El plazo de implementación es de 72 horas. Lo han superado con creces y no sabemos si la solicitud está atascada o perdida."""),
            dict(lang="es", role="mgr",
                 short="Seguimos esperando que publiquen nuestro cambio en la raíz.",
                 body="""Estimados:

desde el {d1} nos dicen que nuestro cambio está aprobado, pero no aparece en la zona raíz. Cada vez que preguntamos nos dan una explicación distinta: primero una ventana de mantenimiento, luego que estaba «con el mantenedor de la zona raíz». Hemos tenido que aplazar la migración de nuestros servidores dos veces."""),
        ],
    ),
    # ------------------------------------------------------------------ 6
    dict(
        id="wrong_change_implemented",
        title="The change implemented in the root zone / IANA database differs from what was requested (wrong glue, dropped NS, DS replaced, contact altered)",
        own_stages=["implemented", "dnssec_sent"],
        span=(3, 20),
        subjects={
            "en": ["WRONG data published for {TLD}", "IANA implemented the wrong change", "incorrect glue in root zone",
                   "this is not what we requested"],
            "fr": ["Erreur dans la zone racine", "modification erronée – {TLD}"],
            "es": ["Cambio mal implementado", "error en la zona raíz – {TLD}"],
        },
        timeline={
            "en": ["Request {ticket} submitted (single change: glue of {ns})",
                   "Portal confirmation page shows the correct value",
                   "Change implemented; root zone carries a different value ({ip})",
                   "Our monitoring flags the mismatch; IANA contacted",
                   "Corrective request {ticket2} filed"],
            "fr": ["Dépôt de la demande {ticket} (glue de {ns} uniquement)",
                   "Page de confirmation du portail : valeur correcte",
                   "Mise en œuvre : la zone racine contient une autre valeur",
                   "Alerte de notre supervision, contact avec l'IANA",
                   "Demande corrective {ticket2}"],
            "es": ["Envío de la solicitud {ticket} (solo el glue de {ns})",
                   "La página de confirmación del portal muestra el valor correcto",
                   "Implementación: la zona raíz contiene otro valor",
                   "Nuestra monitorización lo detecta; contactamos con IANA",
                   "Nueva solicitud correctiva {ticket2}"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="IANA published the wrong glue for {ns}: {ip} instead of what we asked for. Ticket {ticket}.",
                 body="""Request {ticket} asked for exactly one thing: change the IPv4 glue of {ns}. It was implemented on {d1}, and the root zone now carries {ip}, which is not the address we submitted - it looks like the old address with the last octet of the new one. Our submission (copy in the ticket) is unambiguous.

For about nineteen hours one of our NS set pointed at an address we don't control. Resolvers coped because the other servers were fine, but that's luck, not design. We want to understand how a value nobody submitted ends up in the root zone, and which check was supposed to catch it."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="After request {ticket} the name server {ns} was deleted from {tld} delegation, we never asked this.",
                 body="""Dear CSC, in request {ticket} we asked to ADD one new name server to {tld}. When it was implemented on {d1}, the new server was added but {ns} was also removed from the delegation. Now we have only three servers in the root instead of four, and {ns} is our server with most capacity in Asia.

We did not ask to remove anything, our request is clear. Now we have to make a new request to put it back and this takes again days. Who is responsible for this mistake and how can it happen?"""),
            dict(lang="en", role="legal", voice="native",
                 short="Unrequested modification of the {tld} administrative contact record.",
                 body="""We write to record a complaint regarding the implementation of request {ticket}. That request concerned a change to our technical contact only. Upon completion, however, our administrative contact record was also altered: the postal address and telephone number now shown in the IANA Root Zone Database are those of a third party unrelated to {org}.

Quite apart from the reputational implications, these data are used by IANA to verify authority for future changes. An error of this kind is therefore not merely clerical. We request that the record be corrected without delay and that PTI explain how the modification came about."""),
            dict(lang="en", role="eng", voice="native",
                 short="Our DS was REPLACED, not added. We asked for an add. {tld} was bogus for ~6 hours.",
                 body="""Short version: on {d1} we submitted {ticket} to ADD the DS for our new KSK (tag {keytag}) next to the existing one - a standard pre-publish rollover. The change implemented on {d2} REPLACED the existing DS instead. At that moment our zone was still signed only with the old KSK, so {tld} went bogus for every validating resolver until we pushed an emergency re-sign with the new key.

The portal's confirmation page listed both DS records, so the request was correct when it left us. Something between the request and the root zone changed it."""),
            dict(lang="fr", role="eng",
                 short="Mauvaise adresse de glue publiée pour {ns} à la suite de la demande {ticket}.",
                 body="""La demande {ticket} portait uniquement sur le changement de l'adresse IPv6 de {ns}. Après sa mise en œuvre le {d1}, la zone racine contient {ip6}, qui n'est pas l'adresse que nous avions saisie : deux groupes ont été inversés.

Le serveur a donc été injoignable en IPv6 pour tous les résolveurs jusqu'à ce que nous nous en apercevions. Notre demande, dont la copie figure dans le ticket, ne comporte aucune ambiguïté. Nous souhaitons comprendre comment une valeur différente a pu être publiée."""),
            dict(lang="fr", role="legal",
                 short="Modification non demandée de nos coordonnées dans la base de données de la zone racine.",
                 body="""Madame, Monsieur,

la demande {ticket}, qui ne concernait que notre contact technique, a entraîné une modification de la fiche de notre contact administratif : l'adresse postale et le numéro de téléphone affichés sont désormais erronés. Ces informations servent pourtant à l'IANA pour vérifier l'habilitation des demandeurs. Nous demandons leur rectification immédiate ainsi qu'une explication écrite."""),
            dict(lang="es", role="eng",
                 short="Tras la solicitud {ticket} desapareció {ns} de la delegación de {tld}. Solo pedimos añadir un servidor.",
                 body="""En la solicitud {ticket} pedimos AÑADIR un servidor de nombres a la delegación de {tld}. Cuando se implementó, el {d1}, se añadió el nuevo pero además se eliminó {ns}, que nadie pidió quitar.

La delegación tiene ahora un servidor menos, justamente el que atiende a nuestros usuarios de otra región. Tenemos que presentar una nueva solicitud para corregir un error que no es nuestro, con todos los plazos otra vez."""),
            dict(lang="es", role="mgr",
                 short="Publicaron en la raíz un dato distinto del que pedimos.",
                 body="""Queremos presentar una queja. El cambio que IANA publicó para {tld} no coincide con lo que solicitamos: la dirección de uno de nuestros servidores quedó mal, y durante casi un día parte del tráfico se dirigió a una dirección que no es nuestra. Nuestro equipo lo detectó por casualidad.

Nadie de IANA se ha puesto en contacto con nosotros para explicar el error."""),
        ],
    ),
    # ------------------------------------------------------------------ 7
    dict(
        id="rzms_portal",
        title="RZMS portal malfunction or access: sessions dropped, form validation bugs, HTTP errors, accounts/2FA resets that take weeks",
        own_stages=["maintenance"],
        span=(5, 45),
        subjects={
            "en": ["portal problem", "RZMS not working", "Cannot log in", "error when submitting",
                   "account access"],
            "fr": ["Portail RZMS", "problème d'accès au portail"],
            "es": ["Portal RZMS", "no podemos acceder al portal"],
        },
        timeline={
            "en": ["Form submission fails / session lost",
                   "Reported to IANA support",
                   "Reply: 'please clear your browser cache'",
                   "Tried three browsers and two networks - same",
                   "Second report with screenshots and timestamps",
                   "No fix; change still not submitted"],
            "fr": ["Échec de la soumission dans le portail",
                   "Signalement au support de l'IANA",
                   "Réponse : « videz le cache de votre navigateur »",
                   "Essais avec trois navigateurs : même résultat",
                   "Aucun correctif ; demande toujours pas soumise"],
            "es": ["Falla el envío en el portal",
                   "Aviso al soporte de IANA",
                   "Respuesta: «borre la caché del navegador»",
                   "Probamos con tres navegadores: igual",
                   "Sin solución; la solicitud sigue sin enviarse"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="RZMS logs us out mid-form and throws away everything entered. Third time today.",
                 body="""The portal has become close to unusable for us. Any session that lasts more than a few minutes ends in a redirect to the login page, and whatever was typed into the change form is gone. Entering a full NS set with IPv4 and IPv6 glue for {tld} takes longer than that if you double-check the values, which is exactly what you are supposed to do.

We've tried three browsers, cleared everything, tried from a different network. Same behaviour. Falling back to e-mail submission means the 3-day lodgment window, which rather defeats the purpose of having a portal."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="Portal don't accept our IPv6 glue address, says 'invalid format', but the address is valid. We cannot submit.",
                 body="""Hello, since {d1} we try to submit a change for {tld} in the Root Zone Management portal. The form gives the error "Invalid IP address format" for the IPv6 address {ip6} of our new server. The address is correct, we tested with every tool. We think the form validation does not accept the compressed notation with "::" in some positions.

When we write the full address without compression, the form accepts it but then the confirmation page shows a different address. We are afraid to submit like this. We wrote to IANA support on {d2}, no answer until now."""),
            dict(lang="en", role="mgr", voice="native",
                 short="Our new technical staff can't get portal accounts. {weeks} weeks and counting.",
                 body="""Since our previous technical lead left, nobody at {org} has had working access to the RZMS portal. We asked for accounts for two new staff on {d1}. We've been through identity verification twice, sent the signed letter, and been told "it's in progress" three times.

In the meantime we cannot submit any change to {tld} ourselves. If we had an incident that needed an NS change today, I honestly don't know how we would do it."""),
            dict(lang="en", role="eng", voice="native",
                 short="Lost 2FA device; RZMS account reset has taken {days} days so far. Nobody else on our side has access.",
                 body="""Our only active portal user lost the phone with the authenticator app on {d1}. We requested a two-factor reset the same day. It's been {days} days. Every reply from IANA asks for a slightly different piece of proof: first a scan of an ID, then a letter on headed paper, then confirmation from the administrative contact - who is the same person.

I understand this must be secure. But the process looks improvised, and nowhere does it say how long it is supposed to take."""),
            dict(lang="fr", role="eng",
                 short="Le portail RZMS nous déconnecte en pleine saisie et tout est perdu.",
                 body="""Depuis plusieurs semaines, le portail de gestion de la zone racine nous déconnecte au bout de quelques minutes, et le formulaire de modification est vidé. Or saisir l'ensemble des serveurs de noms de {tld} avec leurs adresses IPv4 et IPv6 prend justement quelques minutes quand on vérifie soigneusement chaque valeur.

Nous avons essayé plusieurs navigateurs et plusieurs réseaux, sans succès. Passer par courriel revient à accepter un délai d'enregistrement de trois jours, ce qui n'a aucun sens."""),
            dict(lang="fr", role="mgr",
                 short="Impossible d'obtenir des accès au portail pour nos nouveaux collaborateurs.",
                 body="""Bonjour,

depuis le départ de notre responsable technique, plus personne chez nous n'a d'accès fonctionnel au portail de l'IANA. Nous avons demandé la création de deux comptes le {d1}, fourni les justificatifs d'identité puis un courrier signé. Chaque relance reçoit la même réponse : « c'est en cours ».

Concrètement, nous ne pouvons plus soumettre la moindre modification pour {tld}. En cas d'incident, nous serions démunis."""),
            dict(lang="es", role="eng",
                 short="El portal da error 500 al enviar la solicitud de cambio de {tld}.",
                 body="""Desde el {d1} no conseguimos enviar ninguna solicitud desde el portal de gestión de la zona raíz. Al pulsar «Submit» aparece una página de error genérica (HTTP 500) y la solicitud no se registra: no llega número de ticket ni correo de confirmación.

Lo hemos intentado con distintos navegadores y a distintas horas. Escribimos a soporte el mismo día y seguimos esperando respuesta."""),
            dict(lang="es", role="mgr",
                 short="No tenemos acceso al portal desde hace {weeks} semanas.",
                 body="""Estimados señores:

nuestra única usuaria del portal perdió el teléfono con el segundo factor de autenticación y desde entonces no podemos entrar. Cada respuesta de IANA nos pide un documento distinto: primero el pasaporte, luego una carta firmada, luego la confirmación del contacto administrativo, que es la misma persona.

Llevamos {days} días sin poder gestionar {tld}. Entendemos que el proceso tiene que ser seguro, pero no puede ser tan improvisado."""),
        ],
    ),
    # ------------------------------------------------------------------ 8
    dict(
        id="submission_not_lodged",
        title="Request never lodged or lost: e-mailed template without ticket/acknowledgement, ticket vanished, closed as a false duplicate",
        own_stages=["received", "closed"],
        span=(5, 30),
        subjects={
            "en": ["no ticket number", "did you get our request?", "request disappeared",
                   "closed as duplicate??"],
            "fr": ["pas d'accusé de réception", "demande introuvable"],
            "es": ["sin acuse de recibo", "solicitud desaparecida"],
        },
        timeline={
            "en": ["Change template e-mailed from the admin contact's address",
                   "IANA MX accepted it (250 OK, queue id in our logs)",
                   "No auto-acknowledgement, no ticket number",
                   "Follow-up e-mail",
                   "Phone call - request cannot be found",
                   "Still not lodged"],
            "fr": ["Envoi du formulaire par courriel",
                   "Message accepté par le MX de l'IANA (250 OK)",
                   "Aucun accusé de réception ni numéro de ticket",
                   "Relance par courriel",
                   "Toujours rien dans le portail"],
            "es": ["Envío de la plantilla por correo",
                   "El MX de IANA acepta el mensaje (250 OK)",
                   "Ni acuse de recibo ni número de ticket",
                   "Correo de seguimiento",
                   "Sigue sin aparecer en el portal"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="E-mailed a change template for {tld} on {d1}. No ticket, no acknowledgement, {days} days later.",
                 body="""We sent a completed change request template for {tld} to the root management address on {d1}, from our administrative contact's address, as the instructions say. Our mail server logs show it accepted by IANA's MX with a 250.

We have received no auto-acknowledgement, no ticket number, and the request does not appear in the portal. The published target for lodging an e-mailed request is three days. It's been {days}."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="Our request {ticket} disappeared from the portal, status now is 'not found'.",
                 body="""Hello, we submitted a request for {tld} on {d1} and received confirmation with number {ticket}. Some days later the portal shows no request for our TLD, and when we search the number it says "not found". We did not cancel it and nobody informed us that it was withdrawn.

We asked IANA, they told us to submit again. OK, we can do this, but we want to know what happened, because if requests can disappear without any information this is not safe for anybody."""),
            dict(lang="en", role="eng", voice="native",
                 short="{ticket} closed as a \"duplicate\" of {ticket2}. They are two different requests for two different TLDs.",
                 body="""We run the back end for several TLDs, {tld} among them. On {d1} we submitted two separate requests: {ticket} for {tld} and {ticket2} for another TLD we operate, both for a similar host change. On {d2} {ticket} was closed as a "duplicate of {ticket2}".

They are not duplicates: different TLDs, different contacts, different approvals. Nobody asked us before closing it. So the {tld} change is simply gone and we have to start again, including the whole confirmation round."""),
            dict(lang="en", role="mgr", voice="native",
                 short="We never got a ticket number for our request. Is it even in the system?",
                 body="""Hi,

our registry sent a request to IANA on {d1} and we've never had any confirmation that it was received. No ticket number, no automatic reply, nothing. When we phoned, the person we spoke to couldn't find it but said they would look into it and call back. They didn't.

I'm not sure who else to ask, so I'm asking you."""),
            dict(lang="fr", role="eng",
                 short="Demande envoyée par courriel le {d1} : aucun accusé de réception, aucun numéro de ticket.",
                 body="""Nous avons transmis le {d1} le formulaire de demande de modification pour {tld} à l'adresse prévue, depuis l'adresse de notre contact administratif. Nos journaux confirment que le message a été accepté par les serveurs de l'IANA.

Depuis, rien : ni accusé de réception automatique, ni numéro de ticket, ni trace de la demande dans le portail. L'objectif publié pour l'enregistrement d'une demande reçue par courriel est de trois jours ; nous en sommes à {days}."""),
            dict(lang="fr", role="eng",
                 short="Notre ticket {ticket} a été fermé comme « doublon » d'une autre demande sans rapport.",
                 body="""Le ticket {ticket}, relatif à {tld}, a été clôturé le {d2} au motif qu'il ferait double emploi avec le ticket {ticket2}. Il s'agit pourtant de deux demandes distinctes, pour deux domaines de premier niveau différents que nous opérons, avec des contacts différents.

Personne ne nous a consultés avant la clôture. Nous devons tout recommencer, y compris la confirmation par les contacts."""),
            dict(lang="es", role="eng",
                 short="Enviamos la plantilla por correo el {d1} y no hay número de ticket ni acuse de recibo.",
                 body="""El {d1} enviamos por correo electrónico la plantilla de solicitud de cambio para {tld}, desde la dirección del contacto administrativo. Los registros de nuestro servidor muestran que el servidor de IANA aceptó el mensaje.

No hemos recibido acuse de recibo ni número de ticket, y la solicitud no aparece en el portal. El plazo publicado para registrar una solicitud enviada por correo es de tres días; ya van {days}."""),
            dict(lang="es", role="mgr",
                 short="Nuestra solicitud desapareció del sistema.",
                 body="""Buenos días. El {d1} presentamos una solicitud para {tld} y recibimos el número {ticket}. Ahora el portal no muestra ninguna solicitud y, al buscar ese número, responde «no encontrado». Nadie nos avisó de que se hubiera cancelado. Cuando preguntamos, nos dijeron que la volviéramos a presentar, sin más explicación."""),
        ],
    ),
    # ------------------------------------------------------------------ 9
    dict(
        id="transfer_evaluation",
        title="ccTLD transfer/redelegation or gTLD assignment evaluation: endless rounds of document requests, shifting requirements, no timeline",
        own_stages=["info_request", "review"],
        span=(200, 340),
        timeline_mode="spread",
        subjects={
            "en": ["Transfer of {TLD} - status", "redelegation request", "Re-delegation {TLD}: request for CSC review",
                   "assignment still pending"],
            "fr": ["Transfert de {TLD}", "dossier de redélégation"],
            "es": ["Transferencia de {TLD}", "expediente de redelegación"],
        },
        timeline={
            "en": ["Transfer request {ticket} lodged with supporting documentation",
                   "1st request for information (government letter) - answered",
                   "2nd request (consent of the incumbent manager) - answered",
                   "3rd request (evidence of local Internet community support) - answered",
                   "4th request ('public consultation') - pending",
                   "No indicative timeline from IANA at any point"],
            "fr": ["Dépôt du dossier de transfert {ticket}",
                   "1re demande de pièces (lettre du ministère) : fournie",
                   "2e demande (accord de l'ancien gestionnaire) : fournie",
                   "3e demande (soutien de la communauté internet locale) : fournie",
                   "4e demande (« consultation publique ») : en cours"],
            "es": ["Presentación de la solicitud de transferencia {ticket}",
                   "1.er requerimiento (carta del ministerio): atendido",
                   "2.º requerimiento (conformidad del administrador saliente): atendido",
                   "3.er requerimiento (apoyo de la comunidad local de Internet): atendido",
                   "4.º requerimiento («consulta pública»): pendiente"],
        },
        cores=[
            dict(lang="en", role="legal", voice="native",
                 short="Transfer application for {tld}: {months} months, four rounds of document requests, no decision.",
                 body="""I write as General Counsel of {org} in relation to the transfer of the management of {tld}, lodged with IANA on {d1} under reference {ticket}. Since filing we have responded to four successive rounds of requests for information. Each round raised points that could have been raised in the first, and at least two requests concerned documents already supplied in certified translation.

{org} does not dispute the need for a careful evaluation, nor IANA's discretion in the matter. It does dispute that an evaluation conducted in this manner meets any reasonable standard of timeliness or transparency. We ask the Committee to note that the service level for validation and review has been exceeded many times over."""),
            dict(lang="en", role="mgr", voice="nonnative",
                 short="Our redelegation is waiting since {months} months, every few months IANA asks new documents.",
                 body="""Dear CSC members, our organization is the new designated manager of {tld}, appointed by government decree. We started the transfer request with IANA on {d1}. Since then IANA asked: letter of the ministry, then letter of the former manager, then proof of local internet community support, then again a new ministry letter because the minister changed.

We understand the process must be serious. But each time we give the document, after two or three months comes a new question. Our local community don't understand why the transfer is not finished, and the former manager is not interested anymore to operate the TLD properly."""),
            dict(lang="en", role="eng", voice="native",
                 short="gTLD assignment for {tld} stuck in IANA evaluation since {d1}, despite ICANN's approval.",
                 body="""The assignment of the {tld} registry agreement to {org} was approved by ICANN on {d1}. The corresponding IANA request ({ticket}) to update the sponsoring organisation and contacts - in practice a formality once ICANN has approved the assignment - has been in evaluation ever since.

Every operational change we need to make to {tld} is on hold meanwhile, because the previous operator's contacts still have to approve anything we submit. Those contacts have no incentive to respond quickly, and they don't."""),
            dict(lang="en", role="mgr", voice="native",
                 short="IANA keeps changing what counts as \"local Internet community support\" for our transfer.",
                 body="""We were first told that letters of support from local ISPs would be enough to demonstrate local Internet community support for the transfer of {tld}. We collected eleven. Then we were told they should come from a broader range of stakeholders, so we added the university, the chamber of commerce and two civil-society groups. Now the latest message ({d2}) asks for evidence of a "public consultation".

None of this was in the guidance we received at the start, on {d1}. We'd be grateful if the CSC could ask PTI to publish what is actually required, so the next operator in our position doesn't go through the same thing."""),
            dict(lang="fr", role="legal",
                 short="Procédure de transfert de {tld} : {months} mois d'instruction et aucune décision.",
                 body="""En ma qualité de responsable juridique de {org}, je me permets de saisir le Comité au sujet de la demande de transfert de la gestion de {tld} déposée auprès de l'IANA le {d1} (référence {ticket}). Depuis, quatre demandes successives de pièces complémentaires nous ont été adressées, dont deux portaient sur des documents déjà transmis en traduction certifiée.

Nous ne contestons ni la nécessité d'une évaluation rigoureuse ni la marge d'appréciation de l'IANA. Nous contestons en revanche qu'une instruction menée de cette manière réponde à une exigence raisonnable de célérité et de transparence."""),
            dict(lang="fr", role="mgr",
                 short="Notre dossier de redélégation n'avance pas : chaque réponse appelle une nouvelle demande.",
                 body="""Chers membres du Comité,

notre association a été désignée pour reprendre la gestion de {tld}. Nous avons ouvert le dossier auprès de l'IANA le {d1}. Depuis, on nous a demandé successivement une lettre du ministère, une lettre de l'ancien gestionnaire, des preuves du soutien de la communauté internet locale, puis une nouvelle lettre du ministère après un remaniement.

Chaque pièce fournie déclenche, deux ou trois mois plus tard, une nouvelle question. Pendant ce temps, l'ancien gestionnaire se désintéresse du domaine et ce sont les titulaires de noms qui en pâtissent."""),
            dict(lang="es", role="legal",
                 short="Solicitud de transferencia de {tld} sin resolver tras {months} meses.",
                 body="""En representación de {org}, nos dirigimos al Comité en relación con la solicitud de transferencia de la gestión de {tld}, presentada ante IANA el {d1} con la referencia {ticket}. Desde entonces hemos atendido cuatro requerimientos sucesivos de información; al menos dos se refieren a documentos ya aportados con traducción jurada.

No cuestionamos la necesidad de una evaluación rigurosa, pero sí que un procedimiento de esta duración, sin calendario ni criterios conocidos, sea compatible con los compromisos de servicio de PTI."""),
            dict(lang="es", role="mgr",
                 short="La redelegación de {tld} sigue parada y nadie nos dice qué falta.",
                 body="""Estimados miembros del CSC:

somos el nuevo administrador designado de {tld}. Iniciamos el trámite con IANA el {d1} y, cada vez que entregamos lo que nos piden, a los dos o tres meses aparece un requisito nuevo: carta del ministerio, carta del administrador anterior, pruebas del apoyo de la comunidad local y ahora una «consulta pública».

Mientras tanto, el administrador anterior ya no mantiene el dominio como corresponde y los usuarios locales nos culpan a nosotros."""),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        id="idn_table_publication",
        title="IDN table / LGR not published, published late or wrongly (wrong version, wrong language tag, format refused) in the IANA repository",
        own_stages=["idn_published"],
        span=(15, 60),
        subjects={
            "en": ["IDN table", "IDN table publication {TLD}", "repository still shows old table",
                   "LGR submission"],
            "fr": ["Table IDN {TLD}", "publication table IDN"],
            "es": ["Tabla IDN", "publicación de la tabla IDN de {TLD}"],
        },
        timeline={
            "en": ["IDN table v3.1 submitted (LGR XML, schema-validated)",
                   "Acknowledged by IANA ({ticket})",
                   "Repository still lists the previous version",
                   "Follow-up - 'with the team'",
                   "Registrars report they cannot enable the new characters"],
            "fr": ["Envoi de la table IDN révisée (format LGR, validée)",
                   "Accusé de réception de l'IANA ({ticket})",
                   "Le dépôt affiche toujours l'ancienne version",
                   "Relance : « en cours de traitement »"],
            "es": ["Envío de la tabla IDN revisada (LGR validada)",
                   "Acuse de recibo de IANA ({ticket})",
                   "El repositorio sigue mostrando la versión anterior",
                   "Seguimiento: «está con el equipo»"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="Submitted our updated IDN table for {tld} on {d1}; the IANA repository still shows the 2019 version.",
                 body="""On {d1} we submitted version 3.1 of the {tld} IDN table (it adds the characters needed for a minority language, following our policy consultation). IANA acknowledged it the same day under {ticket}. The IDN practices repository still lists our version 2.0 from 2019.

Registrars look at the repository, not at our website. Until it is updated, some of them refuse to offer the new characters, and we get the support calls. There is nothing left to check: the table was validated against the RFC 7940 schema before we sent it."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="IDN table published with wrong language tag - we asked to correct it in {ticket}.",
                 body="""Dear CSC, IANA published our new IDN table on {d1} but in the repository the language tag is wrong: it is listed with the tag of another script, and the link goes to the file of our old table. We reported it on {d2} in request {ticket}.

Now since two weeks the repository shows wrong information about which characters are allowed under our TLD. Some registrars already ask us why we changed the policy. We need this correction quickly, it is not a big work."""),
            dict(lang="en", role="mgr", voice="native",
                 short="IDN table publication for {tld}: {days} days, and nobody can say when.",
                 body="""We've been waiting {days} days for IANA to publish a revised IDN table. Receipt was confirmed. Nothing is outstanding from our side. Each time we ask, the answer is that it is "with the team".

I understand IDN table publication is a low-volume service, but that should make it easier, not harder. We launched the new characters on our side on the assumption it would be published within a few weeks."""),
            dict(lang="en", role="eng", voice="native",
                 short="IANA returned our IDN table because it's LGR XML rather than the old text format. Since when?",
                 body="""Our IDN table submission for {tld} ({ticket}) came back on {d2} with the comment that the table "should be provided in the format used for the current published version". The current published version is a plain-text table from years ago. The new one is RFC 7940 LGR XML, validated, with variant rules - which is the format the IDN guidelines now push everyone towards.

Either IANA has changed what it accepts without telling anyone, or the reviewer didn't know. Either way we have lost three weeks."""),
            dict(lang="fr", role="eng",
                 short="Notre nouvelle table IDN pour {tld} n'est toujours pas publiée dans le dépôt de l'IANA.",
                 body="""Nous avons transmis le {d1} la version révisée de la table IDN de {tld}, qui ajoute les caractères nécessaires à l'écriture de plusieurs langues régionales. L'IANA en a accusé réception (ticket {ticket}), mais le dépôt des pratiques IDN affiche toujours l'ancienne version.

Or les bureaux d'enregistrement se fondent sur ce dépôt ; tant qu'il n'est pas à jour, certains refusent d'ouvrir les nouveaux caractères à leurs clients. La table avait été validée au format LGR avant l'envoi."""),
            dict(lang="fr", role="mgr",
                 short="Table IDN publiée avec une mauvaise étiquette de langue.",
                 body="""Bonjour,

la table IDN publiée par l'IANA pour notre domaine comporte une erreur : elle est référencée sous une étiquette de langue qui n'est pas la nôtre et le lien renvoie à l'ancien fichier. Nous l'avons signalé le {d2}. Depuis, le dépôt public donne des informations fausses sur les caractères autorisés, et nos partenaires nous interrogent."""),
            dict(lang="es", role="eng",
                 short="La tabla IDN de {tld} enviada el {d1} sigue sin publicarse en el repositorio de IANA.",
                 body="""El {d1} enviamos a IANA la nueva versión de la tabla IDN de {tld}, que incorpora caracteres de las lenguas cooficiales. IANA confirmó la recepción con el ticket {ticket}, pero el repositorio de prácticas IDN sigue mostrando la versión anterior.

Los registradores consultan ese repositorio y algunos no habilitan los nuevos caracteres hasta que aparezca publicada. Por nuestra parte no queda nada pendiente."""),
            dict(lang="es", role="mgr",
                 short="Llevamos {days} días esperando la publicación de nuestra tabla IDN.",
                 body="""Buenas tardes. Nuestra tabla IDN revisada fue recibida por IANA hace {days} días y sigue sin publicarse. Cada vez que preguntamos nos dicen que «está con el equipo». Lanzamos los nuevos caracteres contando con que la publicación tardaría unas pocas semanas."""),
        ],
    ),
    # ------------------------------------------------------------------ 11
    dict(
        id="emergency_handling",
        title="Emergency requests (outage, compromised server, bogus DNSSEC) not handled as emergencies: no 24/7 answer, routed through normal process",
        own_stages=[],
        span=(2, 20),
        timeline_mode="same_day",
        timeline_same_day=4,
        subjects={
            "en": ["EMERGENCY handling", "nobody answered the emergency line", "urgent change - no response",
                   "incident {d1}"],
            "fr": ["URGENCE non traitée", "incident – procédure d'urgence"],
            "es": ["Emergencia sin atender", "incidente – línea de emergencia"],
        },
        timeline={
            "en": ["02:40 UTC outage begins (two of three NS sites down)",
                   "02:55 UTC call to the IANA emergency number - voicemail",
                   "03:05 UTC e-mail marked EMERGENCY - auto-reply only",
                   "07:50 UTC callback from IANA; told to file a normal request",
                   "Normal request {ticket} submitted; completes days later"],
            "fr": ["2 h 50 UTC : début de la panne (deux sites sur trois hors service)",
                   "3 h 05 UTC : appel au numéro d'urgence de l'IANA – messagerie vocale",
                   "3 h 15 UTC : courriel « URGENT » – réponse automatique",
                   "8 h 20 UTC : rappel de l'IANA, renvoi vers la procédure normale",
                   "Dépôt de la demande normale {ticket}"],
            "es": ["02:40 UTC: comienza la caída (dos de tres sitios caídos)",
                   "02:55 UTC: llamada al teléfono de emergencia de IANA: buzón de voz",
                   "03:05 UTC: correo marcado URGENTE: solo respuesta automática",
                   "07:50 UTC: IANA devuelve la llamada y nos remite al proceso normal",
                   "Se presenta la solicitud normal {ticket}"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="Called the IANA emergency number during our outage at 02:40 UTC. Voicemail. Callback came 5 hours later.",
                 body="""On {d1} at about 02:40 UTC two of our three name-server sites failed at once (upstream fibre cut) and the third was saturated. We needed an emergency NS change to add a secondary provider that was already serving the zone.

We called the IANA emergency line: voicemail. We e-mailed with EMERGENCY in the subject, as the documentation says. The callback came at 07:50 UTC, by which time we had partly recovered on our own. Then we were told the change would have to go through the normal technical checks and contact confirmation, which rather misses the point of an emergency procedure."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="Our TLD name server was compromised, we asked emergency removal from delegation, IANA answer was 'please submit normal request'.",
                 body="""Dear Committee, on {d1} we detected that one of our name servers ({ns}) was compromised and serving modified answers for some domains under {tld}. We contacted IANA immediately to ask urgent removal of this server from the root delegation.

The answer came after 3 hours: to submit a normal change request in the portal. The normal request then had technical checks and waited for confirmation of our admin contact, who was travelling. In total the bad server stayed in the delegation more than one day. For a security incident this is not acceptable."""),
            dict(lang="en", role="eng", voice="native",
                 short="{tld} went bogus after a signer failure. Getting the DS pulled as an emergency was impossible.",
                 body="""Our signer produced a broken DNSKEY set on {d1} (HSM firmware issue) and {tld} went bogus for validating resolvers. Quickest safe fix: pull the DS from the root while we rebuilt. We raised it as an emergency within the hour.

IANA's response was that the DS removal had to pass the usual checks - and the checks failed because, of course, the zone wasn't validating. Circular. We ended up fixing the signer first, which took most of the weekend, with a large share of the country's validating resolvers unable to resolve anything under {tld}."""),
            dict(lang="en", role="mgr", voice="native",
                 short="There is no working emergency channel at IANA on a weekend. We found out the hard way.",
                 body="""I'll keep this short. During an incident on {d1} we tried every channel listed for emergencies: the phone number (no answer), the e-mail address (auto-reply), and our usual IANA contact (out of office). It was a Saturday.

The root zone is a 24/7 system. If the emergency channel only works in Los Angeles office hours, the documentation should say so, so that operators can plan around it."""),
            dict(lang="fr", role="eng",
                 short="Appel au numéro d'urgence de l'IANA pendant notre panne : messagerie vocale, rappel cinq heures plus tard.",
                 body="""Le {d1}, vers 3 h UTC, deux de nos trois sites de serveurs de noms sont tombés simultanément. Il nous fallait une modification d'urgence de la délégation de {tld} pour y ajouter un prestataire secondaire qui servait déjà la zone.

Le numéro d'urgence de l'IANA a basculé sur une messagerie vocale. Notre courriel marqué « URGENT » n'a reçu qu'une réponse automatique. Le rappel est arrivé plus de cinq heures après, pour nous dire que la demande devait suivre le circuit normal : tests techniques et confirmation des contacts."""),
            dict(lang="fr", role="mgr",
                 short="Aucune procédure d'urgence effective un samedi.",
                 body="""Madame, Monsieur,

lors de l'incident survenu le {d1} sur nos serveurs, nous avons utilisé tous les canaux prévus pour les urgences : le téléphone, l'adresse électronique dédiée et notre interlocuteur habituel à l'IANA. Aucun n'a répondu avant le lundi. Un domaine national fonctionne sept jours sur sept ; si la procédure d'urgence ne couvre que les heures de bureau, il faut au moins le dire clairement."""),
            dict(lang="es", role="eng",
                 short="Servidor comprometido en {tld}: pedimos retirarlo con urgencia y nos mandaron al proceso normal.",
                 body="""El {d1} detectamos que uno de nuestros servidores de nombres ({ns}) estaba comprometido y devolvía respuestas alteradas para algunos dominios. Contactamos de inmediato con IANA para pedir que se retirara con urgencia de la delegación.

Tres horas después nos respondieron que presentáramos una solicitud normal en el portal. Entre las pruebas técnicas y la espera de la confirmación del contacto administrativo, el servidor siguió en la delegación más de un día."""),
            dict(lang="es", role="mgr",
                 short="El teléfono de emergencias de IANA no contestó durante nuestra caída.",
                 body="""Estimados:

durante la caída de nuestro servicio del {d1} intentamos contactar con IANA por todos los canales de emergencia publicados. Nadie contestó al teléfono y el correo solo devolvió una respuesta automática. La llamada llegó horas después, cuando ya habíamos resuelto el problema por nuestra cuenta."""),
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        id="poor_communication",
        title="Poor communication: canned replies that ignore the question, tickets closed without answer, contradictory advice, unexplained 'on hold'",
        own_stages=["closed", "info_request"],
        span=(8, 35),
        subjects={
            "en": ["no real answer", "ticket closed without reply", "contradicting answers from IANA",
                   "question about our request"],
            "fr": ["réponses types", "ticket fermé sans réponse"],
            "es": ["respuestas contradictorias", "ticket cerrado sin respuesta"],
        },
        timeline={
            "en": ["Ticket {ticket} opened with a specific question",
                   "Reply #1: generic template about the change process",
                   "Follow-up restating the question",
                   "Reply #2: same template",
                   "Ticket closed as 'resolved' - question never answered"],
            "fr": ["Ouverture du ticket {ticket} avec une question précise",
                   "Réponse no 1 : texte standard",
                   "Relance reformulant la question",
                   "Réponse no 2 : même texte standard",
                   "Ticket clôturé « résolu » sans réponse"],
            "es": ["Apertura del ticket {ticket} con una pregunta concreta",
                   "Respuesta 1: plantilla genérica",
                   "Insistimos reformulando la pregunta",
                   "Respuesta 2: la misma plantilla",
                   "Ticket cerrado como «resuelto» sin respuesta"],
        },
        cores=[
            dict(lang="en", role="eng", voice="native",
                 short="Asked IANA a specific question three times. Got the same canned paragraph three times.",
                 body="""In ticket {ticket} we asked a simple yes/no question: does a glue change for an in-bailiwick server need re-approval by the administrative contact if the host name stays the same? Three times we received the same pasted paragraph describing the change request process, which does not answer it.

It's not the first time. The replies read as if nobody opened the ticket history. Honestly, we'd rather wait two days for a real answer than get a template within two hours."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="Ticket {ticket} closed without any answer to our question.",
                 body="""Hello, we opened ticket {ticket} on {d1} with a question how to change our technical contact when the old contact is not reachable anymore. On {d2} the ticket was closed with status "resolved". We did not get any answer - no mail, nothing, only the notification of closing.

If we open a new ticket we must explain everything again. This is the second time this happens to us this year."""),
            dict(lang="en", role="mgr", voice="native",
                 short="Two IANA staff, two opposite answers about the same change. Which one are we supposed to follow?",
                 body="""We asked how to handle moving our secondary name servers to a new provider. One IANA specialist told us to submit a single request covering everything. A week later a different specialist told us that was wrong and we should split it in two. When we pointed to the first answer, we were told it "may not have been accurate".

We've lost two weeks. I don't expect perfection, but I do expect IANA to give one answer, and to stand behind it."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="Status in portal says 'On hold' since {d1}, nobody tell us why or what we must do.",
                 body="""Dear Sirs, our request {ticket} has status "On hold" since {d1}. There is no comment, no message with the reason, and no action required from our side is shown in the portal. We wrote two mails to ask. First answer was "we will look into it", the second got no answer.

English is not our first language and we try very carefully to understand correctly. But here there is nothing to understand: there is no information at all."""),
            dict(lang="fr", role="eng",
                 short="Trois fois la même question, trois fois la même réponse type sans rapport.",
                 body="""Dans le ticket {ticket}, nous avons posé une question précise : la modification de l'adresse de glue d'un serveur dont le nom ne change pas nécessite-t-elle une nouvelle approbation du contact administratif ? Nous avons reçu trois fois le même paragraphe standard décrivant la procédure de demande de changement, qui ne répond pas à la question.

Visiblement, personne ne lit l'historique du ticket. Nous préférerions attendre deux jours une vraie réponse plutôt que de recevoir un modèle en deux heures."""),
            dict(lang="fr", role="mgr",
                 short="Ticket clôturé sans réponse, pour la deuxième fois cette année.",
                 body="""Bonjour,

le ticket {ticket}, ouvert le {d1} pour une question sur le changement de notre contact technique, a été clôturé le {d2} avec la mention « résolu », sans qu'aucune réponse ne nous ait été adressée. C'est la deuxième fois cette année. Il va falloir tout réexpliquer dans un nouveau ticket. Ce n'est pas sérieux."""),
            dict(lang="es", role="eng",
                 short="Dos especialistas de IANA nos dieron respuestas contradictorias sobre el mismo cambio.",
                 body="""Consultamos a IANA cómo trasladar nuestros servidores secundarios a un nuevo proveedor. Un especialista nos indicó que presentáramos una única solicitud con todos los cambios. Una semana más tarde, otro especialista nos dijo que eso era incorrecto y que había que dividirla en dos. Cuando citamos la primera respuesta, nos contestaron que «quizá no era exacta».

Hemos perdido dos semanas por no recibir una respuesta única y clara."""),
            dict(lang="es", role="mgr",
                 short="Nos cerraron el ticket {ticket} sin responder.",
                 body="""Buenos días. El {d1} abrimos el ticket {ticket} con una pregunta sobre el cambio de contacto técnico, ya que la persona anterior dejó la organización. El {d2} el ticket apareció como «resuelto» y cerrado, sin ninguna respuesta. Es la segunda vez que nos pasa."""),
        ],
    ),
    # ------------------------------------------------------------------ 13
    dict(
        id="perceived_bias",
        title="Perceived unequal treatment: small ccTLDs slower than big back-ends, extra verification for some, information shared with a rival party",
        own_stages=[],
        span=(20, 120),
        timeline_mode="spread",
        subjects={
            "en": ["unequal treatment", "Concern about fairness", "why are we treated differently?",
                   "two-tier service?"],
            "fr": ["inégalité de traitement", "traitement différencié des registres"],
            "es": ["trato desigual", "discriminación en el trato"],
        },
        timeline={
            "en": ["Our request {ticket} submitted (routine NS update)",
                   "Comparable request by a large back-end operator submitted (public post)",
                   "That request completed in 3 days",
                   "Ours: additional verification requested (phone call + ID copy)",
                   "Ours completed after {days} days"],
            "fr": ["Dépôt de notre demande {ticket} (mise à jour NS courante)",
                   "Demande comparable d'un grand opérateur (information publique)",
                   "Demande comparable traitée en 3 jours",
                   "Chez nous : vérification supplémentaire exigée",
                   "Notre demande finalisée après {days} jours"],
            "es": ["Envío de nuestra solicitud {ticket} (cambio de NS rutinario)",
                   "Solicitud equivalente de un gran operador (información pública)",
                   "Esa solicitud se completa en 3 días",
                   "A nosotros nos piden verificación adicional",
                   "La nuestra se completa tras {days} días"],
        },
        cores=[
            dict(lang="en", role="mgr", voice="native",
                 short="Large back-end providers' changes go through in days; ours, identical, take weeks. Why?",
                 body="""I'd like the CSC to look at something that several small ccTLD managers in our region have been discussing. Our routine changes take noticeably longer than those of the big gTLD back-end providers, even when the change is technically identical - same kind of NS update, in some cases the same DNS provider.

We compared notes: three small ccTLDs, five or six requests each over the past year, consistently two to four times slower than what the large operators report. There may be an innocent explanation, such as bulk submission tooling or pre-agreed procedures. If so, we'd like to know about it, and to have access to the same."""),
            dict(lang="en", role="legal", voice="native",
                 short="Concerns regarding unequal treatment of {org} in relation to a competing party for {tld}.",
                 body="""We write on behalf of {org} regarding the handling of matters concerning {tld}. It has come to our attention that a party contesting the management of {tld} has been in regular informal contact with IANA staff and appears to have received information about our pending request ({ticket}) which has not been shared with us.

We make no allegation of bad faith. We do, however, consider that the appearance of unequal access is in itself damaging, and we request that the Committee seek assurance from PTI that all parties are being treated on an equal footing."""),
            dict(lang="en", role="eng", voice="nonnative",
                 short="Our requests always get extra verification which other TLDs do not get, we want to know why.",
                 body="""Dear CSC, last year we made 5 requests for {tld}. Each time IANA asked additional verification: phone call with admin contact, copy of passport, signed letter. Colleagues from other registries tell us they never get this for the same type of change (NS update).

We don't know if this is because of our country, our script, or something in our file. Nobody explained the reason. We feel we are treated like a suspect. If there is a rule, please tell us the rule."""),
            dict(lang="en", role="eng", voice="native",
                 short="A competitor's TLD got an emergency change done on a Sunday. We were told emergencies wait for business hours.",
                 body="""On {d1} we needed an urgent delegation change for {tld} and were told by IANA it would be handled on the next business day. A week later we read in a public post-mortem that another registry had an emergency change implemented on a Sunday, within hours.

Perhaps their situation was more serious than ours. But from where we're sitting it looks like there are two tiers of service, and nobody told us which one we're in."""),
            dict(lang="fr", role="mgr",
                 short="Nous avons le sentiment que les petits registres ne sont pas traités comme les grands opérateurs.",
                 body="""Je souhaite porter à l'attention du Comité une préoccupation partagée par plusieurs gestionnaires de ccTLD de notre région. Nos demandes courantes prennent nettement plus de temps que celles des grands opérateurs techniques de gTLD, pour des modifications pourtant identiques.

Nous avons comparé nos dossiers de l'année écoulée : l'écart est systématique, du simple au triple. Il existe peut-être une explication, par exemple des outils de soumission en masse ou des procédures convenues. Dans ce cas, nous souhaitons en être informés et pouvoir en bénéficier."""),
            dict(lang="fr", role="eng",
                 short="Vérifications supplémentaires imposées à {tld} et pas aux autres : sur quelle base ?",
                 body="""À chacune de nos cinq demandes de l'année, l'IANA a exigé des vérifications supplémentaires : appel téléphonique avec le contact administratif, copie de pièce d'identité, courrier signé. D'autres registres nous affirment n'avoir jamais eu à fournir ces éléments pour des changements similaires.

Nous ignorons si cela tient à notre pays ou à notre dossier. Si une règle s'applique, nous demandons qu'elle nous soit communiquée."""),
            dict(lang="es", role="mgr",
                 short="Los registros pequeños recibimos un trato más lento que los grandes operadores.",
                 body="""Quisiera trasladar al Comité una preocupación que compartimos varios administradores de ccTLD de la región. Nuestras solicitudes rutinarias tardan mucho más que las de los grandes proveedores de gTLD, incluso cuando el cambio es técnicamente idéntico.

Hemos comparado los datos del último año y la diferencia es sistemática. Si existe alguna explicación, como herramientas de envío masivo o procedimientos acordados, queremos conocerla y tener acceso a lo mismo."""),
            dict(lang="es", role="legal",
                 short="Trato desigual en el expediente de {tld}.",
                 body="""En nombre de {org} ponemos en conocimiento del Comité que una parte que disputa la gestión de {tld} parece haber recibido del personal de IANA información sobre nuestra solicitud pendiente ({ticket}) que a nosotros no se nos ha facilitado.

No afirmamos que haya mala fe, pero la mera apariencia de un acceso desigual ya es perjudicial, y solicitamos que el Comité pida a PTI garantías de que todas las partes reciben el mismo trato."""),
        ],
    ),
]

# ---------------------------------------------------------------------------
# IANA notices (always English) used as quoted or forwarded material.
# {q} is the ticket the notice is about (may be another request).
# ---------------------------------------------------------------------------

IANA_NOTICES = [
    dict(stage="received",
         subject="[IANA #{qn}] Change request received for {tld}",
         body="""Dear {first},

Thank you for your submission. Your request to modify the {tld} top-level domain has been received and assigned reference number {qn}. You can follow its progress in the Root Zone Management System.

Please keep the reference number in the subject line of any correspondence about this request.

Regards,

IANA Root Zone Management
Public Technical Identifiers"""),
    dict(stage="techcheck_pass",
         subject="[IANA #{qn}] Technical checks completed for {tld}",
         body="""The automated technical checks for request {qn} ({tld}) completed successfully.

The request will now proceed to confirmation by the authorized contacts.

-- 
IANA Services"""),
    dict(stage="techcheck_fail",
         subject="[IANA #{qn}] Technical check failures for {tld}",
         body="""The technical checks for your change request {qn} did not pass.

  ERROR   {nsq}: name server did not respond to queries over TCP
  ERROR   {nsq}: no authoritative answer for the SOA record
  WARNING Serial numbers differ across authoritative name servers

Please correct the issues identified above and request a retest from the Root Zone Management System. The request will not proceed until the checks pass.

IANA Root Zone Management"""),
    dict(stage="contact_confirm",
         subject="[IANA #{qn}] Authorization required: change to {tld}",
         body="""Dear {first},

You are listed as a contact for the {tld} top-level domain. A change request ({qn}) has been submitted which requires your authorization.

Please review the proposed changes and respond using the link below. If you do not recognise this request, please decline it and contact us.

  https://rzms.iana.example/confirm/{qn}

If no response is received the request may be closed.

IANA Root Zone Management"""),
    dict(stage="review",
         subject="[IANA #{qn}] Request under review",
         body="""Dear {first},

All authorized contacts have approved change request {qn}. The request is now under review by IANA staff. We will contact you if any further information is required.

Kind regards,
IANA Root Zone Management"""),
    dict(stage="info_request",
         subject="[IANA #{qn}] Additional information required",
         body="""Dear {first},

In order to continue processing request {qn} for {tld}, we require the following:

  1. Confirmation of the role of the administrative contact within your organisation.
  2. Updated documentation supporting the proposed change.

Please reply to this message keeping the reference number in the subject. The request will remain on hold until the information is received.

Best regards,
IANA Services"""),
    dict(stage="implemented",
         subject="[IANA #{qn}] Change request completed - {tld}",
         body="""Dear {first},

We are pleased to confirm that change request {qn} for the {tld} top-level domain has been implemented. The changes are now reflected in the root zone and the Root Zone Database.

Thank you for using IANA services.

IANA Root Zone Management
Public Technical Identifiers"""),
    dict(stage="closed",
         subject="[IANA #{qn}] Ticket closed",
         body="""This ticket has been marked as resolved and is now closed.

If you believe this was done in error, or you have further questions, please reply to this message and the ticket will be reopened.

IANA Services"""),
    dict(stage="survey",
         subject="How did we do? IANA customer survey ({qn})",
         body="""Dear customer,

Your recent request ({qn}) has been completed. We would appreciate a few minutes of your time to tell us about your experience.

  https://survey.iana.example/{qn}

Your feedback helps us improve our services.

IANA / PTI"""),
    dict(stage="maintenance",
         subject="Scheduled maintenance: Root Zone Management System",
         body="""Dear Root Zone Management System users,

The RZMS will undergo scheduled maintenance on {qdate} between 14:00 and 18:00 UTC. During this window the portal will be unavailable. Requests may still be submitted by email and will be processed after the maintenance.

We apologise for any inconvenience.

IANA Root Zone Management"""),
    dict(stage="idn_published",
         subject="[IANA #{qn}] IDN table published",
         body="""Dear {first},

The IDN table submitted for {tld} has been published in the IANA Repository of IDN Practices.

Kind regards,
IANA Services"""),
    dict(stage="dnssec_sent",
         subject="[IANA #{qn}] DS record update sent for implementation",
         body="""Dear {first},

The DS record changes requested in {qn} for {tld} have passed review and have been sent to the Root Zone Maintainer for implementation. You will be notified once the change is published.

IANA Root Zone Management"""),
    dict(stage="annual_review",
         subject="Annual review of contact details - {tld}",
         body="""Dear {first},

As part of our annual review, please verify that the contact details for the {tld} top-level domain shown in the Root Zone Database are current and accurate. If any changes are needed, please submit a change request through the Root Zone Management System.

Thank you,
IANA Root Zone Management"""),
]

# Canned IANA answers used in forwarded exchanges.
IANA_CANNED = [
    "Thank you for your message. We have forwarded your query to the relevant team and will respond as soon as possible.",
    "Thank you for contacting us. We are looking into this and will update the ticket shortly.",
    "We apologise for the delay. Your request is being processed and we will let you know as soon as it progresses.",
    "Please note that requests are processed in the order in which they are received.",
    "Could you please confirm whether the issue persists and provide the output of the tests you performed?",
    "We have reviewed the ticket. Please follow the instructions provided in our previous message.",
]

# ---------------------------------------------------------------------------
# Wrappers per language
# ---------------------------------------------------------------------------

GREETINGS = {
    "en": ["Dear CSC,", "Hello,", "Dear members of the Customer Standing Committee,", "Hi all,",
           "To whom it may concern,", "Dear Sir or Madam,", "Dear CSC members,", "Hi,", "Good morning,"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Chers membres du CSC,", "Bonjour à tous,", "Mesdames, Messieurs,"],
    "es": ["Estimados miembros del CSC:", "Buenos días,", "Hola,", "Estimados señores:", "Estimado Comité:"],
}
CLOSINGS = {
    "en": ["Regards,", "Best regards,", "Thanks,", "Kind regards,", "BR,", "Cheers,", "Thank you,",
           "With best regards", "Sincerely,"],
    "fr": ["Cordialement,", "Bien cordialement,", "Salutations distinguées,", "Merci d'avance,", "Bien à vous,"],
    "es": ["Saludos,", "Atentamente,", "Un saludo,", "Saludos cordiales,", "Quedamos a la espera de su respuesta."],
}
TERSE_TAILS = {
    "en": ["Can someone look at this?", "Please advise.", "Thanks.", "FYI and for your records.", "", ""],
    "fr": ["Merci de regarder.", "Pour information.", "", "Merci."],
    "es": ["Gracias.", "Por favor, revísenlo.", "", "Para su conocimiento."],
}
ANGRY_OPEN = {
    "en": ["Enough is enough.", "I am writing because frankly nobody at IANA seems to listen.",
           "This is the THIRD time we are raising this.", "I honestly cannot believe we have to write this mail.",
           "Once again.", "I have run out of patience with this."],
    "fr": ["Trop, c'est trop.", "Nous sommes à bout de patience.",
           "C'est la TROISIÈME fois que nous écrivons à ce sujet.", "Franchement, c'est inadmissible."],
    "es": ["Esto ya es inaceptable.", "Estamos hartos.", "Es la TERCERA vez que escribimos por lo mismo.",
           "No damos crédito."],
}
ANGRY_CLOSE = {
    "en": ["Fix it.", "I expect a real answer this week, not another template.",
           "If this is what the SLA looks like, the SLA is worthless.", "Is ANYONE actually accountable for this?",
           "Unacceptable."],
    "fr": ["Nous attendons une réponse concrète, pas un énième message type.", "C'est inadmissible.",
           "Qui est responsable ?"],
    "es": ["Exigimos una respuesta concreta.", "Es inadmisible.", "¿Alguien se hace responsable de esto?"],
}
FORMAL_OPEN = {
    "en": ["We write on behalf of {org}, the manager of the {tld} top-level domain, to submit a formal complaint concerning the performance of the IANA naming functions.",
           "Pursuant to the Committee's role in reviewing complaints for patterns of performance issues, {org} hereby submits the following complaint.",
           "Please accept this letter as a formal complaint by {org}, manager of {tld}."],
    "fr": ["Par la présente, {org}, gestionnaire du domaine de premier niveau {tld}, entend porter à la connaissance du Comité une réclamation formelle relative à l'exécution des fonctions IANA.",
           "Nous vous prions de bien vouloir considérer le présent courrier comme une réclamation formelle de {org}, gestionnaire de {tld}."],
    "es": ["Por medio de la presente, {org}, administrador del dominio de primer nivel {tld}, presenta ante el Comité una queja formal relativa a la prestación de las funciones IANA.",
           "Sírvase considerar este escrito como una queja formal de {org}, administrador de {tld}."],
}
FORMAL_CLOSE = {
    "en": ["{org} reserves all of its rights in this matter. We would be grateful for a written acknowledgement of receipt.",
           "We remain available to provide any further information the Committee may require, and request that this complaint be formally recorded.",
           "Nothing in this letter shall be construed as a waiver of any right or remedy available to {org}."],
    "fr": ["{org} se réserve l'ensemble de ses droits. Nous vous remercions de bien vouloir accuser réception de la présente.",
           "Nous restons à la disposition du Comité pour tout complément d'information.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."],
    "es": ["{org} se reserva todos los derechos que le asistan. Agradeceremos acuse de recibo de la presente.",
           "Quedamos a disposición del Comité para cualquier información adicional.\n\nSin otro particular, reciban un cordial saludo."],
}
LONG_INTRO = {
    "en": ["Please find below the sequence of events.", "For the record, here is the full chronology.",
           "Summary of events so far:", "To make this easier to follow, the timeline first:"],
    "fr": ["Voici la chronologie des faits :", "Pour mémoire, le déroulé complet :"],
    "es": ["A continuación, la cronología de los hechos:", "Resumen de lo ocurrido:"],
}
LONG_HEAD = {"en": ["Timeline:", "Chronology", "TIMELINE", "Events"],
             "fr": ["Chronologie :", "Historique"], "es": ["Cronología:", "Historial"]}
LONG_ASK = {
    "en": ["We ask the CSC to record this complaint and to check whether other operators have seen the same.",
           "We would like the Committee to raise this with PTI and let us know the outcome.",
           "Please treat this as a formal complaint and include it in your monthly review."],
    "fr": ["Nous demandons au Comité d'enregistrer cette réclamation et de vérifier si d'autres gestionnaires ont rencontré le même problème.",
           "Merci de bien vouloir soulever ce point auprès de PTI et de nous tenir informés."],
    "es": ["Solicitamos al Comité que registre esta queja y compruebe si otros operadores han tenido el mismo problema.",
           "Les rogamos que trasladen el asunto a PTI y nos informen del resultado."],
}
FORWARD_NOTE = {
    "en": ["See below.", "Forwarding the exchange with IANA for context.", "FYI - below is what IANA sent us.",
           "The thread with IANA is below."],
    "fr": ["Voir ci-dessous l'échange avec l'IANA.", "Je vous transfère le dernier message de l'IANA."],
    "es": ["Les reenvío el intercambio con IANA.", "Ver abajo."],
}
RFC822_NOTE = {
    "en": "The original message from IANA is attached.",
    "fr": "Le message d'origine de l'IANA est joint.",
    "es": "Adjunto el mensaje original de IANA.",
}

GENERIC_SUBJECTS = {
    "en": ["Complaint", "urgent", "URGENT", "complaint re IANA", "IANA", "Formal complaint", "Issue with IANA",
           "For the attention of the CSC", "problem", "Ticket {ticket}", "{TLD} - issue", "question",
           "Escalation", "Feedback on PTI service", "{TLD}", "help"],
    "fr": ["Réclamation", "URGENT", "Plainte", "Réclamation concernant l'IANA", "Demande {ticket}",
           "Problème IANA", "Signalement", "Saisine du CSC", "{TLD} : difficulté avec l'IANA", "question"],
    "es": ["Queja", "Reclamación", "URGENTE", "Problema con IANA", "Solicitud {ticket}", "Queja formal",
           "Incidencia {TLD}", "Para el CSC", "consulta"],
}
FORMAL_SUBJECTS = {
    "en": ["Formal complaint - {TLD}", "Complaint regarding PTI performance - {org}",
           "Formal complaint: handling of request {ticket}"],
    "fr": ["Réclamation formelle – {TLD}", "Plainte relative au traitement de la demande {ticket}"],
    "es": ["Queja formal – {TLD}", "Reclamación relativa a la solicitud {ticket}"],
}

DISCLAIMERS = {
    "en": [
        """CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. They are intended solely for the use of the addressee(s). If you are not the intended recipient, you must not read, copy, disclose, distribute or otherwise use this message or any part of it. If you have received this e-mail in error, please notify the sender immediately by replying to it and delete it from your system. E-mail transmission cannot be guaranteed to be secure or error-free; the sender therefore accepts no liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission.""",
        """This message (including any attachments) is intended only for the individual or entity to which it is addressed and may contain information that is confidential, proprietary or otherwise protected from disclosure. Any review, retransmission, dissemination or other use of, or taking of any action in reliance upon, this information by persons or entities other than the intended recipient is prohibited. If you received this in error, please contact the sender and delete the material from any computer. Views expressed in this message are those of the individual sender, except where the sender specifically states them to be the views of the organisation.""",
        """Please consider the environment before printing this e-mail.
DISCLAIMER: The information contained in this communication is confidential and intended only for the recipients named above. Unauthorised use, disclosure or copying is strictly prohibited and may be unlawful. We process personal data in accordance with applicable data protection law; see our privacy notice on our website.""",
    ],
    "de": [
        """Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.""",
    ],
    "fr": [
        """AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. L'internet ne permettant pas d'assurer l'intégrité de ce message, l'expéditeur décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.""",
        """Ce courriel et les documents qui lui sont joints peuvent contenir des informations confidentielles ou ayant un caractère privé. S'ils ne vous sont pas destinés, nous vous signalons qu'il est strictement interdit de les divulguer, de les reproduire ou d'en utiliser de quelque manière que ce soit le contenu. Si ce message vous a été transmis par erreur, merci d'en informer l'expéditeur et de supprimer immédiatement de votre système informatique ce courriel ainsi que tous les documents qui y sont attachés.""",
    ],
    "es": [
        """AVISO DE CONFIDENCIALIDAD: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial sometida a secreto profesional. No está permitida su comunicación, reproducción o distribución sin la autorización expresa del remitente. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía. De conformidad con la normativa vigente en materia de protección de datos, le informamos de que sus datos forman parte de un fichero cuyo responsable es el remitente.""",
        """La información contenida en este correo electrónico es confidencial y está destinada únicamente al uso de la persona o entidad a la que va dirigida. Si usted ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. Cualquier divulgación, copia o distribución no autorizada está estrictamente prohibida. Antes de imprimir este correo, piense si es necesario.""",
    ],
}

TITLES = {
    "en": {"eng": ["DNS Engineer", "Senior Systems Engineer", "Head of Registry Operations", "Technical Manager",
                   "NOC Team Lead", "DNS Operations"],
           "mgr": ["Chief Executive Officer", "Managing Director", "Head of Operations", "General Manager",
                   "Director, Registry Services"],
           "legal": ["General Counsel", "Legal Counsel", "Head of Legal & Policy", "Policy and Compliance Manager"]},
    "fr": {"eng": ["Responsable des opérations techniques", "Équipe technique – DNS", "Administration systèmes et réseaux",
                   "Chef de projet DNS"],
           "mgr": ["Responsable du registre", "Direction générale", "Responsable des relations institutionnelles"],
           "legal": ["Juriste", "Responsable juridique et conformité", "Service juridique"]},
    "es": {"eng": ["Área Técnica – Operaciones DNS", "Responsable de Operaciones Técnicas", "Coordinación Técnica",
                   "Administración de Sistemas"],
           "mgr": ["Gerencia General", "Dirección Ejecutiva", "Coordinación General"],
           "legal": ["Asesoría Jurídica", "Responsable de Asuntos Jurídicos"]},
}

NAMES = {
    "en": (["James", "Sarah", "Michael", "Emma", "David", "Claire", "Peter", "Rachel", "Tom", "Fiona"],
           ["Whitfield", "O'Connell", "Hargreaves", "McAllister", "Turner", "Bennett", "Walsh", "Fraser", "Cole"]),
    "de": (["Jürgen", "Katrin", "Matthias", "Sabine", "Stefan", "Anja", "Tobias", "Birgit"],
           ["Müller", "Schneider", "Weiß", "Hoffmann", "Krüger", "Brandt", "Vogel", "Lehmann"]),
    "nl": (["Jeroen", "Marieke", "Pieter", "Annelies", "Bas", "Femke"],
           ["de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Mulder"]),
    "nordic": (["Lars", "Ingrid", "Mikael", "Sofia", "Anders", "Kaisa", "Jukka", "Sigrid"],
               ["Lindqvist", "Halvorsen", "Virtanen", "Nyström", "Berg", "Korhonen", "Dahl"]),
    "cz": (["Jiří", "Petra", "Tomáš", "Lucie", "Ondřej"], ["Novák", "Dvořáková", "Procházka", "Černý", "Svobodová"]),
    "pl": (["Krzysztof", "Agnieszka", "Paweł", "Magdalena", "Tomasz"],
           ["Kowalski", "Wiśniewska", "Zieliński", "Nowak", "Lewandowska"]),
    "baltic": (["Kristjan", "Liis", "Mart", "Triin"], ["Tamm", "Saar", "Kask", "Mägi"]),
    "balkan": (["Marko", "Ivana", "Dragan", "Jelena", "Goran"], ["Petrović", "Horvat", "Jovanović", "Kovačević", "Babić"]),
    "ro": (["Andrei", "Ioana", "Mihai", "Elena"], ["Popescu", "Ionescu", "Dumitrescu", "Stan"]),
    "gr": (["Nikos", "Eleni", "Giorgos", "Maria"], ["Papadopoulos", "Georgiou", "Nikolaidou", "Konstantinou"]),
    "eastslav": (["Oleksandr", "Iryna", "Dmitry", "Natalia", "Andrei", "Olga", "Sergei"],
                 ["Kovalenko", "Shevchenko", "Ivanov", "Petrova", "Bondarenko", "Sokolov"]),
    "caucasus": (["Giorgi", "Nino", "Armen", "Anahit", "Levan"], ["Beridze", "Kapanadze", "Hakobyan", "Sargsyan", "Grigoryan"]),
    "central_asia": (["Nurlan", "Aigerim", "Bolat", "Dana", "Bat-Erdene"], ["Akhmetov", "Nurpeisova", "Seitkali", "Tsend"]),
    "jp": (["Hiroshi", "Yuki", "Takeshi", "Naoko", "Kenji"], ["Tanaka", "Suzuki", "Watanabe", "Kobayashi", "Yamamoto"]),
    "kr": (["Min-jun", "Ji-yeon", "Seung-ho", "Hye-jin"], ["Kim", "Park", "Lee", "Choi"]),
    "zh": (["Wei-Lun", "Mei-Ling", "Chih-Hao", "Yu-Ting"], ["Chen", "Lin", "Huang", "Wang"]),
    "th": (["Somchai", "Kanya", "Anan", "Pimchanok"], ["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakul"]),
    "in": (["Rajesh", "Priya", "Anil", "Kavita", "Sanjay"], ["Sharma", "Iyer", "Gupta", "Nair", "Reddy"]),
    "arab": (["Ahmed", "Fatima", "Khalid", "Mariam", "Omar", "Layla"], ["Al-Mansouri", "Haddad", "El-Sayed", "Al-Harbi", "Nasser"]),
    "africa_en": (["Wanjiru", "Otieno", "Amina", "Kwame", "Thabo", "Naledi"], ["Mwangi", "Odhiambo", "Mensah", "Nkosi", "Dlamini"]),
    "sea": (["Budi", "Siti", "Nguyen Van", "Tran Thi"], ["Santoso", "Rahmawati", "Minh", "Lan"]),
    "fr": (["Jean-Marc", "Sophie", "Nicolas", "Isabelle", "Laurent", "Céline", "Hélène", "François", "Stéphane"],
           ["Lefèvre", "Moreau", "Girard", "Fournier", "Chevalier", "Roux", "Mercier", "Dubois"]),
    "fr_africa": (["Moussa", "Aminata", "Jean-Baptiste", "Awa", "Serge", "Mariama", "Rija", "Fidèle"],
                  ["Diallo", "Ndiaye", "Koné", "Traoré", "Mbarga", "Rakotomalala", "Kabongo", "Ouédraogo"]),
    "maghreb": (["Karim", "Nadia", "Youssef", "Samira", "Mehdi", "Leïla"], ["Benali", "El Amrani", "Bouzid", "Trabelsi", "Haddad", "Cherif"]),
    "es": (["Javier", "Lucía", "Carlos", "María José", "Pablo", "Elena", "Iñaki", "Núria"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Etxeberria", "Puig"]),
    "latam": (["José Luis", "Ana María", "Diego", "Carolina", "Andrés", "Valentina", "Rodrigo", "Gabriela"],
              ["Rodríguez", "Gómez", "Pérez", "Díaz", "Morales", "Castillo", "Herrera", "Vargas"]),
}

# ---------------------------------------------------------------------------
# Sender registries.  (tld label, org, domain, street, city line, country,
# phone prefix, UTC offset minutes, dst: "n"|"s"|"", name region, pool)
# pool: en_native | en_nonnative | fr | es
# ---------------------------------------------------------------------------

REGISTRIES = [
    # English, native speakers
    ("uk", "Albion Domain Registry Ltd", "albion-registry.example", "Unit 4, Kingsmead Business Park", "Oxford OX4 2DX", "United Kingdom", "+44 1865", 0, "n", "en", "en_native"),
    ("ie", "Irish Internet Names Registry CLG", "iinr.example", "2 Harbour Square", "Dún Laoghaire, Co. Dublin A96 D6R0", "Ireland", "+353 1", 0, "n", "en", "en_native"),
    ("au", "Southern Cross Registry Pty Ltd", "scregistry.example", "Level 7, 120 Collins Street", "Melbourne VIC 3000", "Australia", "+61 3", 600, "s", "en", "en_native"),
    ("nz", "Aotearoa Domain Registry", "adr-nz.example", "Level 2, 80 Boulcott Street", "Wellington 6011", "New Zealand", "+64 4", 720, "s", "en", "en_native"),
    ("za", "Highveld Domain Registry NPC", "hdr-za.example", "Building 3, Waterfall Park", "Midrand 1685", "South Africa", "+27 11", 120, "", "africa_en", "en_native"),
    ("ca", "Maple Domain Authority", "mapledomains.example", "979 Bank Street, Suite 400", "Ottawa ON K1S 5K5", "Canada", "+1 613", -300, "n", "en", "en_native"),
    ("london", "Thames Namespace Ltd", "thames-namespace.example", "30 Finsbury Square", "London EC2A 1AG", "United Kingdom", "+44 20", 0, "n", "en", "en_native"),
    ("nyc", "Hudson TLD Services LLC", "hudson-tld.example", "One Liberty Plaza, 12th Floor", "New York, NY 10006", "USA", "+1 212", -300, "n", "en", "en_native"),
    ("sydney", "Harbour City Registry Pty Ltd", "harbourcity-reg.example", "Level 12, 1 Market Street", "Sydney NSW 2000", "Australia", "+61 2", 600, "s", "en", "en_native"),
    ("scot", "Saltire Registry Ltd", "saltire-registry.example", "12 Melville Street", "Edinburgh EH3 7NS", "United Kingdom", "+44 131", 0, "n", "en", "en_native"),
    ("us", "Liberty Namespace Inc.", "liberty-namespace.example", "4400 North Fairfax Drive", "Arlington, VA 22203", "USA", "+1 703", -300, "n", "en", "en_native"),
    ("ke", "Kenya Domain Registry Trust", "kdrt.example", "Westlands Office Park, Waiyaki Way", "Nairobi 00800", "Kenya", "+254 20", 180, "", "africa_en", "en_native"),
    # English, non-native speakers (incl. IDN ccTLDs)
    ("de", "Deutsche Namensregistrierung eG", "dnreg.example", "Kaiserstraße 75", "60329 Frankfurt am Main", "Germany", "+49 69", 60, "n", "de", "en_nonnative"),
    ("at", "Alpen Domains GmbH", "alpendomains.example", "Karlsplatz 1/3", "1010 Wien", "Austria", "+43 1", 60, "n", "de", "en_nonnative"),
    ("berlin", "Spree Registry GmbH", "spree-registry.example", "Friedrichstraße 123", "10117 Berlin", "Germany", "+49 30", 60, "n", "de", "en_nonnative"),
    ("hamburg", "Hanse TLD GmbH", "hanse-tld.example", "Große Elbstraße 145", "22767 Hamburg", "Germany", "+49 40", 60, "n", "de", "en_nonnative"),
    ("nl", "Stichting Domeinregistratie Nederland", "sdn-registry.example", "Utrechtseweg 310", "6812 AR Arnhem", "Netherlands", "+31 26", 60, "n", "nl", "en_nonnative"),
    ("amsterdam", "Grachten Registry B.V.", "grachten-registry.example", "Herengracht 420", "1017 BZ Amsterdam", "Netherlands", "+31 20", 60, "n", "nl", "en_nonnative"),
    ("se", "Svenska Domänstiftelsen", "sds-registry.example", "Box 92073", "120 07 Stockholm", "Sweden", "+46 8", 60, "n", "nordic", "en_nonnative"),
    ("no", "Norsk Navneregister AS", "nnr-registry.example", "Abels gate 5", "7030 Trondheim", "Norway", "+47 73", 60, "n", "nordic", "en_nonnative"),
    ("fi", "Suomen Verkkotunnusrekisteri Oy", "svr-registry.example", "Itämerenkatu 3", "00180 Helsinki", "Finland", "+358 9", 120, "n", "nordic", "en_nonnative"),
    ("cz", "Česká doménová správa, z. s.", "cds-registry.example", "Milešovská 1136/5", "130 00 Praha 3", "Czech Republic", "+420 222", 60, "n", "cz", "en_nonnative"),
    ("pl", "Polski Rejestr Domen", "prd-registry.example", "ul. Kolorowa 18", "00-867 Warszawa", "Poland", "+48 22", 60, "n", "pl", "en_nonnative"),
    ("ee", "Eesti Domeeniregister SA", "edr-registry.example", "Paldiski mnt 80", "10617 Tallinn", "Estonia", "+372 727", 120, "n", "baltic", "en_nonnative"),
    ("hr", "Hrvatski registar domena", "hrd-registry.example", "Josipa Marohnića 5", "10000 Zagreb", "Croatia", "+385 1", 60, "n", "balkan", "en_nonnative"),
    ("ro", "Registrul Român de Domenii", "rrd-registry.example", "Bd. Mareșal Averescu 8-10", "011455 București", "Romania", "+40 21", 120, "n", "ro", "en_nonnative"),
    ("gr", "Hellenic Domain Names Registry", "hdnr.example", "Leoforos Vasilissis Sofias 12", "106 74 Athens", "Greece", "+30 210", 120, "n", "gr", "en_nonnative"),
    ("xn--qxam", "Hellenic Domain Names Registry", "hdnr.example", "Leoforos Vasilissis Sofias 12", "106 74 Athens", "Greece", "+30 210", 120, "n", "gr", "en_nonnative"),
    ("ua", "Ukrainian Network Names Registry", "unnr.example", "vul. Khreshchatyk 22", "01001 Kyiv", "Ukraine", "+380 44", 120, "n", "eastslav", "en_nonnative"),
    ("xn--j1amh", "Ukrainian Network Names Registry", "unnr.example", "vul. Khreshchatyk 22", "01001 Kyiv", "Ukraine", "+380 44", 120, "n", "eastslav", "en_nonnative"),
    ("xn--p1ai", "RF IDN Coordination Centre", "rf-idn-cc.example", "ul. Zorge 9", "125252 Moscow", "Russia", "+7 495", 180, "", "eastslav", "en_nonnative"),
    ("xn--90ais", "Belarus Domain Registry", "bydr.example", "pr. Nezavisimosti 95", "220012 Minsk", "Belarus", "+375 17", 180, "", "eastslav", "en_nonnative"),
    ("ge", "Georgian Domain Registry", "gedr.example", "Rustaveli Ave 29", "0108 Tbilisi", "Georgia", "+995 32", 240, "", "caucasus", "en_nonnative"),
    ("xn--node", "Georgian Domain Registry", "gedr.example", "Rustaveli Ave 29", "0108 Tbilisi", "Georgia", "+995 32", 240, "", "caucasus", "en_nonnative"),
    ("xn--y9a3aq", "Armenian Internet Names Foundation", "ainf.example", "Tigran Mets Ave 4", "0010 Yerevan", "Armenia", "+374 10", 240, "", "caucasus", "en_nonnative"),
    ("xn--80ao21a", "Kazakh Network Names Association", "knna.example", "Dostyk Ave 136", "050051 Almaty", "Kazakhstan", "+7 727", 300, "", "central_asia", "en_nonnative"),
    ("xn--l1acc", "Mongolian Domain Registry", "mndr.example", "Chinggis Avenue 15", "Ulaanbaatar 14240", "Mongolia", "+976 11", 480, "", "central_asia", "en_nonnative"),
    ("xn--90a3ac", "Serbian National Registry Foundation", "snrf.example", "Žorža Klemansoa 18a", "11000 Beograd", "Serbia", "+381 11", 60, "n", "balkan", "en_nonnative"),
    ("jp", "Nihon Domain Registry K.K.", "ndr-jp.example", "Chiyoda First Bldg, 3-8-1 Nishi-Kanda", "Chiyoda-ku, Tokyo 101-0065", "Japan", "+81 3", 540, "", "jp", "en_nonnative"),
    ("tokyo", "Edo Namespace K.K.", "edo-namespace.example", "2-11-3 Meguro", "Meguro-ku, Tokyo 153-0063", "Japan", "+81 3", 540, "", "jp", "en_nonnative"),
    ("kr", "Korea Internet Names Agency", "kina.example", "9 Jinheung-gil", "Naju-si, Jeollanam-do 58324", "Republic of Korea", "+82 61", 540, "", "kr", "en_nonnative"),
    ("xn--3e0b707e", "Korea Internet Names Agency", "kina.example", "9 Jinheung-gil", "Naju-si, Jeollanam-do 58324", "Republic of Korea", "+82 61", 540, "", "kr", "en_nonnative"),
    ("xn--kprw13d", "Taiwan Network Names Center", "twnnc.example", "4F-2, No. 9, Roosevelt Rd Sec. 2", "Taipei 100", "Taiwan", "+886 2", 480, "", "zh", "en_nonnative"),
    ("xn--o3cw4h", "Thai Domain Names Foundation", "thdnf.example", "Sukhumvit Road 1168", "Bangkok 10110", "Thailand", "+66 2", 420, "", "th", "en_nonnative"),
    ("in", "Indian Namespace Registry Society", "insrs.example", "Nehru Place, 6th Floor", "New Delhi 110019", "India", "+91 11", 330, "", "in", "en_nonnative"),
    ("xn--h2brj9c", "Indian Namespace Registry Society", "insrs.example", "Nehru Place, 6th Floor", "New Delhi 110019", "India", "+91 11", 330, "", "in", "en_nonnative"),
    ("xn--mgbaam7a8h", "Emirates Domain Names Authority", "edna.example", "Al Salam Street, Tower B", "Abu Dhabi", "United Arab Emirates", "+971 2", 240, "", "arab", "en_nonnative"),
    ("xn--wgbh1c", "Egyptian Names Registry", "egnr.example", "Smart Village, Building B4", "Giza 12577", "Egypt", "+20 2", 120, "", "arab", "en_nonnative"),
    ("xn--mgberp4a5d4ar", "Saudi Network Names Center", "snnc.example", "King Abdulaziz Road", "Riyadh 11442", "Saudi Arabia", "+966 11", 180, "", "arab", "en_nonnative"),
    ("id", "Indonesian Domain Names Association", "idna-reg.example", "Jl. Jend. Sudirman Kav. 52", "Jakarta 12190", "Indonesia", "+62 21", 420, "", "sea", "en_nonnative"),
    ("vn", "Vietnam Domain Registry Center", "vndrc.example", "18 Nguyen Du", "Hanoi", "Viet Nam", "+84 24", 420, "", "sea", "en_nonnative"),
    # French
    ("fr", "NomsFrance GIP", "nomsfrance.example", "1 rue Stephenson", "78180 Montigny-le-Bretonneux", "France", "+33 1", 60, "n", "fr", "fr"),
    ("be", "Registre Belge des Noms de Domaine asbl", "rbnd.example", "Philipssite 5", "3001 Leuven", "Belgique", "+32 16", 60, "n", "fr", "fr"),
    ("ch", "Fondation Suisse des Noms de Domaine", "fsnd.example", "Rue du Rhône 14", "1204 Genève", "Suisse", "+41 22", 60, "n", "fr", "fr"),
    ("lu", "Fondation Luxembourgeoise des Domaines", "fld-registry.example", "2, avenue de l'Université", "L-4365 Esch-sur-Alzette", "Luxembourg", "+352 24", 60, "n", "fr", "fr"),
    ("quebec", "Registre PointQuébec", "pointquebec-reg.example", "1100, boul. René-Lévesque O.", "Montréal (Québec) H3B 4N4", "Canada", "+1 514", -300, "n", "fr", "fr"),
    ("paris", "Lutèce Domaines SAS", "lutece-domaines.example", "12 rue de la Chaussée-d'Antin", "75009 Paris", "France", "+33 1", 60, "n", "fr", "fr"),
    ("bzh", "Association Domaines Bretons", "domaines-bretons.example", "2 rue de la Mabilais", "35000 Rennes", "France", "+33 2", 60, "n", "fr", "fr"),
    ("sn", "Registre Sénégalais des Noms de Domaine", "rsnd.example", "Avenue Cheikh Anta Diop", "BP 5005 Dakar-Fann", "Sénégal", "+221 33", 0, "", "fr_africa", "fr"),
    ("ci", "Autorité Ivoirienne du Nommage", "ain-ci.example", "Boulevard Latrille, Cocody", "Abidjan 01", "Côte d'Ivoire", "+225 27", 0, "", "fr_africa", "fr"),
    ("cm", "Agence Camerounaise du Nommage", "acn-cm.example", "Rue 1750, Bastos", "BP 6132 Yaoundé", "Cameroun", "+237 222", 60, "", "fr_africa", "fr"),
    ("ma", "Agence Marocaine des Noms de Domaine", "amnd.example", "Avenue Annakhil, Hay Riad", "10100 Rabat", "Maroc", "+212 537", 60, "", "maghreb", "fr"),
    ("xn--mgbc0a9azcg", "Agence Marocaine des Noms de Domaine", "amnd.example", "Avenue Annakhil, Hay Riad", "10100 Rabat", "Maroc", "+212 537", 60, "", "maghreb", "fr"),
    ("tn", "Agence Tunisienne du Nommage Internet", "atni.example", "13 rue Jugurtha, Mutuelleville", "1002 Tunis", "Tunisie", "+216 71", 60, "", "maghreb", "fr"),
    ("xn--pgbs0dh", "Agence Tunisienne du Nommage Internet", "atni.example", "13 rue Jugurtha, Mutuelleville", "1002 Tunis", "Tunisie", "+216 71", 60, "", "maghreb", "fr"),
    ("xn--lgbbat1ad8j", "Centre Algérien des Noms de Domaine", "cand-dz.example", "5 rue des Trois Frères Aïssou, Ben Aknoun", "16030 Alger", "Algérie", "+213 23", 60, "", "maghreb", "fr"),
    ("ht", "Réseau Haïtien des Noms de Domaine", "rhnd.example", "Rue Capois 42", "Port-au-Prince HT6110", "Haïti", "+509 2", -300, "n", "fr_africa", "fr"),
    ("mg", "Agence Malgache des Domaines Internet", "amdi.example", "Lot II J 161, Ivandry", "Antananarivo 101", "Madagascar", "+261 20", 180, "", "fr_africa", "fr"),
    ("nc", "Office Calédonien des Noms de Domaine", "ocnd.example", "2 rue Paul Montchovet", "98800 Nouméa", "Nouvelle-Calédonie", "+687", 660, "", "fr", "fr"),
    ("cd", "Registre Congolais des Domaines", "rcd-cd.example", "Boulevard du 30 Juin 1024", "Kinshasa-Gombe", "RD Congo", "+243 81", 60, "", "fr_africa", "fr"),
    ("bf", "Agence Burkinabè du Nommage", "abn-bf.example", "Avenue Kwame Nkrumah", "01 BP 1132 Ouagadougou", "Burkina Faso", "+226 25", 0, "", "fr_africa", "fr"),
    # Spanish
    ("es", "Registro Español de Nombres de Dominio", "rend.example", "Calle de Orense 58", "28020 Madrid", "España", "+34 91", 60, "n", "es", "es"),
    ("barcelona", "Registre BCN Domini S.L.", "bcn-domini.example", "Carrer de Tànger 98", "08018 Barcelona", "España", "+34 93", 60, "n", "es", "es"),
    ("gal", "Asociación PuntoGal", "puntogal-reg.example", "Rúa do Vilar 54", "15705 Santiago de Compostela", "España", "+34 981", 60, "n", "es", "es"),
    ("eus", "PuntuEus Fundazioa", "puntueus-reg.example", "Paseo de Miramón 170", "20014 Donostia", "España", "+34 943", 60, "n", "es", "es"),
    ("mx", "Registro Mexicano de Dominios", "rmd-mx.example", "Av. Eugenio Garza Sada 427", "64840 Monterrey, N.L.", "México", "+52 81", -360, "", "latam", "es"),
    ("ar", "Registro Argentino de Nombres", "ran-ar.example", "Av. Corrientes 1145, piso 8", "C1043 Buenos Aires", "Argentina", "+54 11", -180, "", "latam", "es"),
    ("cl", "Registro Chileno de Dominios", "rcd-cl.example", "Miraflores 222, piso 14", "Santiago", "Chile", "+56 2", -180, "s", "latam", "es"),
    ("co", "Registro Colombiano de Dominios", "rcd-co.example", "Carrera 7 # 71-21", "Bogotá D.C.", "Colombia", "+57 601", -300, "", "latam", "es"),
    ("pe", "Red Peruana de Dominios", "rpd-pe.example", "Av. Javier Prado Este 2465", "Lima 15036", "Perú", "+51 1", -300, "", "latam", "es"),
    ("uy", "Registro Uruguayo de Dominios", "rud-uy.example", "Av. 18 de Julio 1360", "11200 Montevideo", "Uruguay", "+598 2", -180, "", "latam", "es"),
    ("ec", "NIC Ecuatoriano de Dominios", "ned-ec.example", "Av. República de El Salvador N34-229", "Quito 170135", "Ecuador", "+593 2", -300, "", "latam", "es"),
    ("bo", "Agencia Boliviana de Dominios", "abd-bo.example", "Calle Ayacucho 308", "La Paz", "Bolivia", "+591 2", -240, "", "latam", "es"),
    ("py", "Registro Paraguayo de Dominios", "rpd-py.example", "Av. Mariscal López 3333", "Asunción", "Paraguay", "+595 21", -180, "", "latam", "es"),
    ("cr", "Registro Costarricense de Dominios", "rcd-cr.example", "Avenida Central, Barrio Escalante", "San José 10101", "Costa Rica", "+506 2", -360, "", "latam", "es"),
    ("gt", "Registro Guatemalteco de Dominios", "rgd-gt.example", "6a Avenida 13-54, Zona 10", "Ciudad de Guatemala 01010", "Guatemala", "+502 2", -360, "", "latam", "es"),
    ("do", "Registro Dominicano de Nombres", "rdn-do.example", "Av. Abraham Lincoln 1003", "Santo Domingo", "República Dominicana", "+1 809", -240, "", "latam", "es"),
    ("pa", "Registro Panameño de Dominios", "rpd-pa.example", "Calle 50, Torre Global, piso 12", "Ciudad de Panamá", "Panamá", "+507 2", -300, "", "latam", "es"),
    ("sv", "Registro Salvadoreño de Dominios", "rsd-sv.example", "Boulevard del Hipódromo 645", "San Salvador", "El Salvador", "+503 2", -360, "", "latam", "es"),
]


# ---------------------------------------------------------------------------
# Timelines for the "long" style.  Kept generic within each category so that
# they never contradict whichever core text they are paired with.
# ---------------------------------------------------------------------------

TIMELINES = {
    "techcheck_false_failure": {
        "en": ["Request {ticket} submitted (name server change)",
               "Automated technical checks FAILED",
               "Own verification from external vantage points: all servers answer correctly",
               "Retest requested - same failure",
               "Asked IANA in the ticket for a manual look at the results",
               "No substantive reply; request still blocked at technical checks"],
        "fr": ["Dépôt de la demande {ticket} (changement de serveurs de noms)",
               "Échec des tests techniques automatiques",
               "Vérification depuis des points de mesure externes : tout répond correctement",
               "Nouveau test demandé : même échec",
               "Demande d'examen manuel adressée à l'IANA, restée sans réponse"],
        "es": ["Envío de la solicitud {ticket} (cambio de servidores de nombres)",
               "Falla la verificación técnica automática",
               "Comprobación desde puntos externos: todos los servidores responden bien",
               "Nueva prueba: mismo resultado",
               "Pedimos a IANA una revisión manual; sin respuesta"],
    },
    "dnssec_ds_rollover": {
        "en": ["DS change request {ticket} submitted",
               "IANA's DNSSEC validation rejects the request",
               "Configuration re-verified with independent tools (DNSViz, ldns, BIND utilities)",
               "Question to IANA in the ticket",
               "No explanation received; key management schedule on hold"],
        "fr": ["Dépôt de la demande {ticket} (modification du DS)",
               "Rejet par les contrôles DNSSEC de l'IANA",
               "Configuration revérifiée avec des outils indépendants",
               "Question posée à l'IANA dans le ticket",
               "Aucune explication ; calendrier de gestion des clés suspendu"],
        "es": ["Envío de la solicitud {ticket} (cambio de DS)",
               "La comprobación DNSSEC de IANA rechaza la solicitud",
               "Volvemos a verificar la configuración con herramientas independientes",
               "Consulta a IANA en el ticket",
               "Sin explicación; calendario de claves en suspenso"],
    },
    "contact_confirmation": {
        "en": ["Request {ticket} submitted",
               "Technical checks passed",
               "Request moves to 'pending contact confirmation'",
               "Problem with the confirmation step reported to IANA",
               "IANA's reply does not address the problem",
               "Request still not progressing"],
        "fr": ["Dépôt de la demande {ticket}",
               "Tests techniques réussis",
               "Passage à l'étape de confirmation par les contacts",
               "Problème signalé à l'IANA",
               "Réponse de l'IANA à côté de la question"],
        "es": ["Envío de la solicitud {ticket}",
               "Pruebas técnicas superadas",
               "Pasa a «pendiente de confirmación de contactos»",
               "Comunicamos el problema a IANA",
               "La respuesta de IANA no resuelve nada"],
    },
    "review_stage_delay": {
        "en": ["Request {ticket} submitted",
               "Technical checks passed",
               "Both contacts approved",
               "Status changes to 'Pending IANA review'",
               "Follow-up #1 in the ticket - answer: 'in the queue'",
               "Follow-up #2 - no answer"],
        "fr": ["Dépôt de la demande {ticket}",
               "Tests techniques réussis, approbation des deux contacts",
               "Passage en « Pending IANA review »",
               "Première relance : « en cours de traitement »",
               "Deuxième relance : pas de réponse"],
        "es": ["Envío de la solicitud {ticket}",
               "Pruebas técnicas y aprobaciones completadas",
               "Estado «Pending IANA review»",
               "Primera consulta: «está en cola»",
               "Segunda consulta: sin respuesta"],
    },
    "publication_delay": {
        "en": ["Request {ticket} submitted",
               "Checks and approvals complete",
               "IANA notice: review complete, sent for implementation",
               "What we observe in the root zone does not match IANA's notices",
               "Asked IANA for clarification",
               "No clear answer yet"],
        "fr": ["Dépôt de la demande {ticket}",
               "Tests et approbations terminés",
               "Avis de l'IANA : transmise pour mise en œuvre",
               "Ce que nous observons dans la zone racine ne correspond pas aux avis de l'IANA",
               "Demande d'explication à l'IANA"],
        "es": ["Envío de la solicitud {ticket}",
               "Pruebas y aprobaciones completadas",
               "Aviso de IANA: enviada para implementación",
               "Lo que vemos en la zona raíz no coincide con los avisos de IANA",
               "Pedimos aclaraciones a IANA"],
    },
    "wrong_change_implemented": {
        "en": ["Request {ticket} submitted",
               "Portal confirmation page matches what we asked for",
               "Change implemented by IANA",
               "We notice the published data differs from our request",
               "Reported to IANA",
               "Corrective request {ticket2} filed"],
        "fr": ["Dépôt de la demande {ticket}",
               "La page de confirmation du portail correspond à notre demande",
               "Mise en œuvre par l'IANA",
               "Nous constatons que les données publiées diffèrent de la demande",
               "Demande corrective {ticket2}"],
        "es": ["Envío de la solicitud {ticket}",
               "La confirmación del portal coincide con lo solicitado",
               "IANA implementa el cambio",
               "Detectamos que los datos publicados no coinciden con la solicitud",
               "Nueva solicitud correctiva {ticket2}"],
    },
    "rzms_portal": {
        "en": ["First problem with the RZMS portal",
               "Reported to IANA support",
               "Reply with generic advice ('clear your cache', 'try again later')",
               "Problem persists; second report with screenshots and timestamps",
               "Still unable to use the portal for {tld}"],
        "fr": ["Premier problème avec le portail RZMS",
               "Signalement au support de l'IANA",
               "Réponse générique (« videz le cache », « réessayez plus tard »)",
               "Le problème persiste ; second signalement avec captures d'écran",
               "Toujours impossible d'utiliser le portail pour {tld}"],
        "es": ["Primer problema con el portal RZMS",
               "Aviso al soporte de IANA",
               "Respuesta genérica («borre la caché», «inténtelo más tarde»)",
               "El problema continúa; segundo aviso con capturas",
               "Seguimos sin poder usar el portal para {tld}"],
    },
    "submission_not_lodged": {
        "en": ["Request for {tld} sent to IANA",
               "Nothing we can rely on comes back (no acknowledgement / no usable ticket)",
               "Follow-up to IANA",
               "IANA cannot explain what happened to the request",
               "Request is not being processed"],
        "fr": ["Envoi de la demande concernant {tld}",
               "Aucun accusé de réception ni ticket exploitable",
               "Relance auprès de l'IANA",
               "L'IANA ne sait pas expliquer ce qu'est devenue la demande"],
        "es": ["Envío de la solicitud de {tld} a IANA",
               "Ni acuse de recibo ni ticket utilizable",
               "Correo de seguimiento a IANA",
               "IANA no sabe explicar qué pasó con la solicitud"],
    },
    "transfer_evaluation": {
        "en": ["Request {ticket} lodged with supporting documentation",
               "First request for additional information - answered",
               "Second request for information - answered",
               "Third request, partly repeating earlier ones - answered",
               "Further questions; still no decision",
               "No indicative timeline from IANA at any point"],
        "fr": ["Dépôt du dossier {ticket} avec les pièces justificatives",
               "Première demande de compléments : réponse fournie",
               "Deuxième demande : réponse fournie",
               "Troisième demande, en partie redondante : réponse fournie",
               "Nouvelles questions ; toujours aucune décision"],
        "es": ["Presentación del expediente {ticket} con la documentación",
               "Primer requerimiento de información: atendido",
               "Segundo requerimiento: atendido",
               "Tercer requerimiento, en parte repetido: atendido",
               "Nuevas preguntas; sigue sin resolución"],
    },
    "idn_table_publication": {
        "en": ["Revised IDN table for {tld} submitted",
               "Receipt acknowledged by IANA ({ticket})",
               "Follow-up: no date given",
               "Repository still not showing the correct table",
               "Registrars asking us what is going on"],
        "fr": ["Envoi de la table IDN révisée de {tld}",
               "Accusé de réception de l'IANA ({ticket})",
               "Relance : aucune date annoncée",
               "Le dépôt n'affiche toujours pas la bonne table"],
        "es": ["Envío de la tabla IDN revisada de {tld}",
               "Acuse de recibo de IANA ({ticket})",
               "Seguimiento: sin fecha",
               "El repositorio sigue sin mostrar la tabla correcta"],
    },
    "emergency_handling": {
        "en": ["Incident starts; an emergency root zone change is needed",
               "Call to the IANA emergency number - no live answer",
               "E-mail to the emergency address - auto-reply only",
               "IANA responds hours later and points us to the normal process",
               "Normal request {ticket} filed; incident handled by our own means meanwhile"],
        "fr": ["Début de l'incident ; une modification urgente est nécessaire",
               "Appel au numéro d'urgence de l'IANA : pas de réponse",
               "Courriel à l'adresse d'urgence : réponse automatique",
               "Réponse de l'IANA plusieurs heures après : renvoi vers la procédure normale",
               "Dépôt de la demande normale {ticket}"],
        "es": ["Comienza el incidente; hace falta un cambio urgente",
               "Llamada al teléfono de emergencia de IANA: nadie contesta",
               "Correo a la dirección de emergencia: respuesta automática",
               "IANA responde horas después y nos remite al proceso normal",
               "Se presenta la solicitud normal {ticket}"],
    },
    "poor_communication": {
        "en": ["Question raised with IANA in ticket {ticket}",
               "First reply does not answer it",
               "Follow-up restating the question",
               "Second reply: still nothing usable",
               "Ticket status changed without explanation"],
        "fr": ["Question posée à l'IANA (ticket {ticket})",
               "Première réponse à côté du sujet",
               "Relance reformulant la question",
               "Deuxième réponse : toujours rien d'exploitable",
               "Changement d'état du ticket sans explication"],
        "es": ["Pregunta a IANA en el ticket {ticket}",
               "La primera respuesta no contesta",
               "Insistimos reformulando la pregunta",
               "Segunda respuesta: nada útil",
               "Cambio de estado del ticket sin explicación"],
    },
    "perceived_bias": {
        "en": ["Our request {ticket} submitted",
               "Comparable request by a large operator handled within days (their public post)",
               "Ours: additional verification requested",
               "Verification supplied",
               "Ours still not completed / no explanation of the difference"],
        "fr": ["Dépôt de notre demande {ticket}",
               "Demande comparable d'un grand opérateur traitée en quelques jours (information publique)",
               "Chez nous : vérification supplémentaire exigée",
               "Justificatifs fournis",
               "Toujours aucune explication de la différence de traitement"],
        "es": ["Envío de nuestra solicitud {ticket}",
               "Solicitud equivalente de un gran operador resuelta en pocos días (información pública)",
               "A nosotros nos piden verificación adicional",
               "Documentación entregada",
               "Sin explicación de la diferencia de trato"],
    },
}
for _c in CATEGORIES:
    _c["timeline"] = TIMELINES[_c["id"]]
