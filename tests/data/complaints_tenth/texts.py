"""Hand-written complaint texts for the corpus.

Placeholders: {tld} {ticket} {ticket2} {date} {date2} {ns} {org} {days}
"""

CATEGORIES = {}

# ---------------------------------------------------------------------------
CATEGORIES["techcheck_ns"] = {
    "desc": "Technical checks wrongly fail the name servers (false unreachable / lame / inconsistent results), blocking an NS or glue change",
    "en": [
        """We submitted a routine NS update for {tld} on {date} ({ticket}). Within the hour the automated tests came back red: "{ns} did not respond over TCP". That is simply not true. We checked from six networks on three continents, TCP/53 answers on every one of them, and RIPE Atlas shows nothing unusual. We asked for a retest, same result, and nobody will tell us which source address your checker uses so we could look at our logs. Meanwhile the request just sits there.""",
        """Our change for {tld} keeps failing the pre-checks and I am running out of ways to explain it to my board. The error report says the SOA serial differs between {ns} and the other servers. It differed for about ninety seconds during a zone reload, which is how DNS works. We re-ran the tests by clicking the button in the portal, it said "in progress" for most of the afternoon and then failed again on a different server with "no authoritative answer". Nothing changed on our side between the two runs. Is the test infrastructure itself having problems? Other operators I talked to at the last ccTLD meeting mentioned similar things.""",
        """This is the third attempt to move {tld} to our new anycast provider. Every time, the check says the new set is "lame" for {ns}. The servers are authoritative, they return AA, the glue is correct, dig +trace from anywhere works fine. I attach the outputs we sent to the IANA staff member on {date}. The contact confirmation went through quickly last time, so the problem is really only this test. Please have someone look at what your test machine sees, because from where we sit it is testing something other than our servers.""",
        """Long story short: {ticket}, name server change for {tld}. Background: we had a fibre cut in our main data centre in the spring and decided to diversify. New provider, new addresses, everything staged two weeks in advance, both old and new sets serving the same zone. We submitted on {date}. Then the IANA checks reported "response size exceeds limit / truncated without TC" on {ns}. We have never seen that error anywhere else, and our EDNS buffer is set to 1232 as everybody recommends. We wrote twice, got a link to a wiki page. The retest took almost a day instead of minutes. I don't want to escalate but I honestly don't know what else to do.""",
        """The technical check on {ticket} reports that {ns} is unreachable over IPv6. It is reachable. We suspect the test runs from a network that has a broken IPv6 path to our provider, but we cannot verify that. Either way the request for {tld} is blocked on a test result we consider a false positive, and the retest button gives us the same answer each time. Could the check be run manually, or the failure be waived, once you have looked at our evidence?""",
    ],
    "en_t": [
        """{ticket} for {tld}: tests fail again on {ns} ("no response"), server answers fine from everywhere else. Please check your test box.""",
        """Retest for {tld} still red after 6 hours. Same false "lame delegation" on {ns}. Can someone look?""",
    ],
    "fr": [
        """Nous avons déposé le {date} une demande de modification des serveurs de noms pour {tld} (dossier {ticket}). Les tests techniques échouent systématiquement avec le message « {ns} : pas de réponse faisant autorité ». Or ce serveur répond correctement, nous l'avons vérifié depuis plusieurs réseaux et avec les outils publics habituels. Nous avons relancé le test à deux reprises, sans succès, et personne n'a pu nous indiquer depuis quelle adresse vos sondes interrogent nos serveurs. Nous avons besoin que quelqu'un regarde ce que voient réellement vos outils, car la demande est bloquée depuis.""",
    ],
    "fr_t": [
        """Le test technique sur {ticket} ({tld}) échoue encore sur {ns} alors que le serveur répond parfaitement. Merci de vérifier de votre côté.""",
    ],
    "es": [
        """Les escribo por la solicitud {ticket} de cambio de servidores de nombres de {tld}. Desde el {date} las pruebas técnicas dan error en {ns} indicando que "no responde por TCP". El servidor responde, lo hemos comprobado desde varias redes y proveedores distintos, y el resto de las verificaciones pasan sin problema. Pedimos repetir la prueba dos veces y el resultado es idéntico. Nos parece que el problema está en el sistema de pruebas y no en nuestra infraestructura, pero nadie nos da una respuesta concreta y la solicitud sigue detenida.""",
    ],
    "es_t": [
        """Las pruebas técnicas de {tld} siguen fallando en {ns} ({ticket}). El servidor funciona. ¿Pueden revisar su sistema?""",
    ],
    "tl": {
        "en": "automated checks failed on {ns}; retest requested, failed again",
        "fr": "échec des tests techniques sur {ns} ; nouveau test demandé, même échec",
        "es": "fallan las pruebas técnicas en {ns}; se pide repetir, falla de nuevo",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["dnssec_ds"] = {
    "desc": "DS record / DNSSEC key change for the TLD rejected or mishandled (rollover, algorithm change, DS removal)",
    "en": [
        """We are in the middle of a KSK rollover for {tld} and the new DS record was submitted on {date} under {ticket}. It was rejected: "DS does not match any DNSKEY". It matches. The new KSK has been published in the DNSKEY RRset for over a week, precisely so that the DS check would pass. Our signer is now holding both keys and we cannot finish the roll until the root has the new DS. Every extra day is an extra day of risk for us.""",
        """Please understand the situation we are in: we are moving {tld} from RSA/SHA-1 (algorithm 5) to ECDSA P-256 (algorithm 13), as everyone was told to do. The DS for the new key keeps getting refused by your validation because, as far as we can tell, your checker wants every algorithm in the DS set to sign every RRset, which is only true at a certain stage of an algorithm roll. We followed the RFC 6781 sequence to the letter. Nobody at IANA has explained what exactly is expected from us, and the last reply (on {date2}) just pasted the error again.""",
        """I asked on {date} to REMOVE the DS record for {tld} because we are going unsigned for a provider migration (planned, announced, coordinated with our registrars). The request {ticket} was bounced back to us with the message that "the zone is signed and the DS is valid", which was the point. It took three emails to get someone to understand that we want it gone. We now have a narrow window with the new provider and it is closing.""",
        """Your DNSSEC tests flagged our new DS as "digest type 1 not accepted". Fine, we resubmitted with SHA-256 only. Then it failed because "the existing DS with digest type 1 would be removed". Yes, that was the request. We have gone back and forth for two weeks on {tld} about what seems to be a contradiction in the rules applied by the checker, and each round means a new ticket and a new set of approvals from our admin and tech contacts.""",
        """Following the key roll on {date}, the root zone now lists a DS for {tld} with key tag 20326... no, sorry, with the OLD key tag, and our new key is not there. The change ticket ({ticket}) says completed. Our resolvers at the registrar level started reporting SERVFAIL this morning for a share of users whose validators had the old data cached. We need to understand whether the DS change was actually processed, or only marked as done.""",
    ],
    "en_t": [
        """DS update for {tld} rejected again ({ticket}) - "no matching DNSKEY". The key has been in the zone for 10 days.""",
        """{tld} KSK roll stuck: new DS refused by your checks, old one still in root. Need help today.""",
    ],
    "fr": [
        """Le gestionnaire de {tld} a entamé un roulement de clé KSK planifié de longue date. L'enregistrement DS correspondant a été soumis le {date} (réf. {ticket}) et rejeté au motif que « aucune DNSKEY ne correspond ». La nouvelle clé est pourtant publiée dans la zone depuis plus d'une semaine et tous nos outils de validation confirment la correspondance. Nous ne pouvons pas retirer l'ancienne clé tant que le nouveau DS n'est pas publié à la racine, ce qui nous expose inutilement. Nous souhaitons comprendre quel critère exact vos vérifications appliquent.""",
    ],
    "fr_t": [
        """Notre DS pour {tld} est encore refusé ({ticket}). La clé est bien dans la zone. Que faut-il faire de plus ?""",
    ],
    "es": [
        """Estamos realizando un cambio de algoritmo DNSSEC en {tld} (de RSA/SHA-256 a ECDSA) y el nuevo registro DS que enviamos el {date}, ticket {ticket}, fue rechazado por las verificaciones. El mensaje dice que el DS no coincide con ninguna DNSKEY, pero la clave lleva días publicada en la zona. Hemos vuelto a enviar la solicitud y el resultado es el mismo. No queremos quedarnos con el proceso a medias: necesitamos que alguien revise qué está validando exactamente la herramienta.""",
    ],
    "es_t": [
        """Rechazaron otra vez el DS de {tld} ({ticket}). La DNSKEY está publicada desde hace una semana. Por favor revisen.""",
    ],
    "tl": {
        "en": "new DS record rejected by the DNSSEC validation",
        "fr": "nouvel enregistrement DS rejeté par les vérifications DNSSEC",
        "es": "nuevo registro DS rechazado por la validación DNSSEC",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["contact_auth"] = {
    "desc": "Authorization by the TLD's contacts fails: approval mails not received, approvals not recorded, wrong or outdated contacts asked",
    "en": [
        """Our administrative contact never received the request to approve {ticket}. We checked spam, we checked the mail server logs: nothing from IANA arrived on {date} or after. The technical contact did get his, and approved it within minutes. So the change for {tld} is waiting on an approval from someone who was never asked. When we phoned, we were told to "check the spam folder".""",
        """Both our contacts clicked the approval link for {tld} on {date}. The portal still says "pending confirmation from Administrative Contact". Our admin contact has a screenshot of the confirmation page thanking her for approving. Nobody can tell us where that approval went. Do we approve again? Resubmit? A week has passed.""",
        """The confirmation requests for our change went to a person who left the registry in 2023. We updated the admin contact for {tld} last year (that was its own saga) and the IANA database shows the new person, but the approval e-mails for {ticket} were sent to the old address. It bounced, obviously. Then the ticket timed out and was closed as "not approved by contacts". We didn't do anything wrong here.""",
        """I am writing as technical contact for {tld}. Since the system was changed, approval emails arrive as a link that expires after a short time, and our admin contact, who is a government official in a different time zone, regularly finds them expired when she opens them in the morning. We then have to ask for a new link, which again arrives at night for her. {ticket} has been through this loop three times. This is a process problem: the request itself passed the technical checks right away.""",
        """Approvals for {ticket}: one of the two contacts approved on {date}, the second approved on {date2}. The second approval does not show up. The ticket status has been "awaiting authorization" ever since. We asked if there is a problem with the approval mechanism and got a reply explaining how the approval mechanism works, which we know.""",
    ],
    "en_t": [
        """Admin contact for {tld} got no approval mail for {ticket}. Tech contact did. Please resend or check.""",
        """We approved {ticket} twice. Portal still shows "pending authorization". What's going on?""",
    ],
    "fr": [
        """Notre contact administratif n'a jamais reçu le courriel lui demandant d'approuver la demande {ticket} concernant {tld}. Le contact technique, lui, l'a reçu et a validé dans la foulée. Nous avons vérifié les journaux de notre serveur de messagerie : rien n'est arrivé de l'IANA depuis le {date}. Résultat, la demande est bloquée en attente d'une approbation qui n'a jamais été sollicitée. Pourriez-vous renvoyer la demande ou nous expliquer ce qui s'est passé ?""",
    ],
    "fr_t": [
        """Nous avons approuvé {ticket} deux fois ; le portail indique toujours « en attente de confirmation ». Merci de vérifier.""",
    ],
    "es": [
        """La confirmación de los contactos para el ticket {ticket} de {tld} no se registra. Tanto el contacto administrativo como el técnico aprobaron el {date} y recibieron la página de agradecimiento, pero el sistema sigue mostrando "pendiente de autorización". Además, uno de los correos de aprobación llegó a una dirección antigua que ya no usamos, aunque actualizamos los contactos hace meses. Necesitamos que esto se resuelva, porque el cambio técnico ya había pasado las pruebas.""",
    ],
    "es_t": [
        """Nuestro contacto administrativo no recibió el correo de aprobación del ticket {ticket}. ¿Lo pueden reenviar?""",
    ],
    "tl": {
        "en": "approval requested from contacts; admin approval not recorded",
        "fr": "demande d'approbation aux contacts ; approbation du contact administratif non enregistrée",
        "es": "solicitud de aprobación a los contactos; la aprobación del administrativo no se registra",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["review_delay"] = {
    "desc": "Routine change stuck for weeks in IANA's manual review/processing stage after checks and approvals passed",
    "en": [
        """Our NS change for {tld} ({ticket}) passed the technical checks on {date}, both contacts approved the same day, and since then: nothing. The status says "IANA review" and has said so for {days} days. The published objective for that step is a few days. We have not been asked any question, no document was requested. I'd simply like to know what the review is waiting for.""",
        """I know the CSC does not handle individual tickets, but I want it on record. {ticket} for {tld} was submitted on {date}. Checks: green. Approvals: done in under an hour. Then it entered what the portal calls "processing" and remained there for almost a month. When I called, the person was friendly and said it was "in the queue". Which queue? In front of what? I've been doing this job for twelve years and routine updates used to take two or three days end-to-end.""",
        """This is a simple glue address update. Same host names, one IPv4 changed because our hosting provider renumbered. We don't understand why it needs {days} days of manual examination. Nothing about it is unusual. {tld}, ticket {ticket}, everything else already complete.""",
        """We have been told the request for {tld} is "under staff review" since {date}. On {date2} we were asked to confirm that the change was intentional, which we did the same day. Since then silence again. Our provider is decommissioning the old servers at the end of the month and I'm starting to worry that we'll have to ask them for an extension, with all the costs that come with it, because of a step that should take days.""",
        """Status report from our side, because yours doesn't move: ticket {ticket} ({tld}). Technical checks passed. Contact confirmation complete. Review pending since {date}. That is the entire history in the portal. No comment, no question. If there is an issue with the request we'd rather know now.""",
    ],
    "en_t": [
        """{ticket} ({tld}) in "review" for {days} days, all checks and approvals done. Any ETA?""",
        """Routine NS update, approved by both contacts on {date}, still not released. Why?""",
    ],
    "fr": [
        """Notre demande {ticket} pour {tld} a passé les tests techniques et a été approuvée par nos deux contacts le {date}. Depuis, elle reste au statut « en cours d'examen » sans la moindre question de votre part. Il s'agit d'une simple mise à jour de serveurs de noms, comme nous en faisons régulièrement. Le délai habituel pour cette étape est de quelques jours ; nous en sommes à {days}. Pourriez-vous nous dire ce qui bloque ?""",
    ],
    "fr_t": [
        """{ticket} bloqué en examen depuis {days} jours, tests et approbations OK. Une date ?""",
    ],
    "es": [
        """La solicitud {ticket} de {tld} superó las pruebas técnicas y fue aprobada por ambos contactos el {date}. Desde entonces está en estado "en revisión" y no hemos recibido ninguna pregunta ni pedido de documentación. Es un cambio rutinario de servidores de nombres. Llevamos {days} días esperando y el compromiso de servicio para esta etapa es de pocos días. ¿Qué falta?""",
    ],
    "es_t": [
        """Ticket {ticket}: {days} días en revisión, sin preguntas ni respuesta. Es un cambio rutinario.""",
    ],
    "tl": {
        "en": "status moved to review; no further movement",
        "fr": "passage au statut « en cours d'examen » ; plus aucun mouvement",
        "es": "pasa a estado \"en revisión\"; sin más movimiento",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["publication_delay"] = {
    "desc": "Approved change marked as sent for implementation but not visible in the published root zone for days",
    "en": [
        """The portal told us on {date} that {ticket} had been "sent for implementation". Four days later the root zone still carries our old NS set for {tld}. We query the root servers every hour. I understand there's a root zone maintainer involved, but from our point of view the change is approved and simply not there.""",
        """We received the notice that the change for {tld} was completed. It isn't. The root zone published this morning (serial checked) still has the old glue for {ns}. Either the notice is wrong or the change got lost between IANA and the zone. Please check, we have planned the shutdown of the old address for {date2}.""",
        """We planned our migration around the published timelines: 72 hours for implementation after review. On {date} the review was done. On {date2} the old records were still in the root. We kept the old servers alive for extra days at our own cost. It's not a dramatic failure, but it's the second time this year for {tld} and it makes planning impossible.""",
        """Sorry to bother you with what might be a small thing, but {ticket} has been at "implementation" for {days} days. Everything before that went quick, honestly the checks and approvals were faster than ever. It's only the very last part, getting it into the zone, that isn't happening.""",
        """Our DS update was approved on {date} and has still not appeared in the root zone. We have validators in the field caching the old DS, and every day of delay extends the period during which we have to keep two keys. I'd like to understand where the request sits now: has it been transmitted for publication or not?""",
    ],
    "en_t": [
        """{tld}: change approved {date}, still not in the root zone. Ticket {ticket}.""",
        """Got "implemented" notice for {ticket} but root servers still serve the old NS. Please check.""",
    ],
    "fr": [
        """Le portail indique depuis le {date} que la demande {ticket} a été transmise pour mise en œuvre. Or, à ce jour, la zone racine publie toujours les anciens serveurs de noms de {tld} ; nous interrogeons les serveurs racine plusieurs fois par jour. Nous avons dû maintenir nos anciens serveurs en service au-delà de la date prévue. Pouvez-vous nous dire où en est réellement la publication ?""",
    ],
    "fr_t": [
        """Changement pour {tld} approuvé le {date}, toujours absent de la zone racine. Réf. {ticket}.""",
    ],
    "es": [
        """Recibimos la notificación de que el cambio {ticket} de {tld} fue enviado para su implementación el {date}. Sin embargo, la zona raíz sigue publicando los registros anteriores; lo verificamos consultando varios servidores raíz. Ya han pasado más de las 72 horas previstas. Tuvimos que posponer el apagado de los servidores antiguos. Les pedimos que confirmen en qué estado está realmente la publicación.""",
    ],
    "es_t": [
        """El cambio de {tld} aprobado el {date} todavía no aparece en la zona raíz. Ticket {ticket}.""",
    ],
    "tl": {
        "en": "notice: sent for implementation; root zone still unchanged",
        "fr": "avis « transmis pour mise en œuvre » ; zone racine inchangée",
        "es": "aviso \"enviado para implementación\"; zona raíz sin cambios",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["wrong_change"] = {
    "desc": "What was put into the root zone differs from what the TLD requested (wrong/missing NS, glue or DS)",
    "en": [
        """The change that went live for {tld} is not the change we requested. We asked ({ticket}) to replace {ns} and keep the other four servers. What was published removed {ns} AND one of the servers we asked to keep. We are now running on three instead of four. We did not approve that configuration and we would like to know how it happened.""",
        """Our request specified 2001:db8:53::1 as the IPv6 glue for {ns}. The root now has 2001:db8:53::10. Somebody retyped it. That address doesn't answer. Half of our IPv6 resolution path for {tld} has been broken since {date}. We need this corrected urgently and we need to understand why a value gets retyped instead of copied.""",
        """I'm writing with some embarrassment because at first we assumed the mistake was ours. It wasn't. We went back to the submission for {ticket}: it lists the correct IPv4 address for {ns}. The confirmation e-mail our contacts approved also shows the correct address. The root zone, however, got an older address, the one we had before 2022. It looks like an old record was re-used. Our monitoring only spotted it two days later.""",
        """{ticket} asked for two DS records to be added for {tld} during our rollover. Only one was published, and not the one we needed first. The completion notice lists both. We caught it before removing the old key, otherwise the TLD would have gone dark for validating resolvers.""",
        """On {date} IANA implemented a change to our name server set that we never asked for. We had a request pending for a DIFFERENT change. It seems the data from another request, maybe another TLD's, was mixed up with ours. The records published for {tld} include a host we have never used. This is serious.""",
    ],
    "en_t": [
        """Glue for {ns} published wrong ({ticket}). We asked for a different address. Please fix ASAP.""",
        """{tld}: one NS we asked to keep was removed in the implemented change. Not what we requested.""",
    ],
    "fr": [
        """La modification publiée dans la zone racine pour {tld} ne correspond pas à notre demande {ticket}. Nous avions demandé le remplacement de {ns} uniquement ; or un second serveur, que nous voulions conserver, a également été supprimé. Le formulaire soumis et le courriel d'approbation validé par nos contacts sont pourtant sans ambiguïté. Nous demandons une correction rapide et une explication sur l'origine de l'erreur.""",
    ],
    "fr_t": [
        """L'adresse de colle publiée pour {ns} est erronée ({ticket}). Ce n'est pas celle que nous avons demandée.""",
    ],
    "es": [
        """El cambio implementado el {date} para {tld} no coincide con lo que solicitamos en el ticket {ticket}. Pedimos actualizar la dirección IPv6 de {ns} y en la zona raíz apareció una dirección distinta, con un dígito cambiado, que no responde. El formulario y el correo de aprobación tenían la dirección correcta. Pedimos que se corrija de inmediato y que nos expliquen cómo ocurrió.""",
    ],
    "es_t": [
        """Publicaron mal la glue de {ns} ({ticket}). No es la dirección que pedimos. Urgente.""",
    ],
    "tl": {
        "en": "change published; records differ from the request",
        "fr": "modification publiée ; enregistrements différents de la demande",
        "es": "cambio publicado; registros distintos a los solicitados",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["rzms_portal"] = {
    "desc": "The RZMS web portal itself misbehaves: login/2FA lockouts, forms erroring, requests not visible or not savable",
    "en": [
        """I cannot log in to the portal. After the password step it asks for the second factor, I enter the code from the app, and it returns me to the login page without any message. Our other contact has the same issue. We have a change to make for {tld} and no way to submit it. I wrote to the support address on {date}.""",
        """When we try to submit the NS change for {tld}, the form fails at the last step with "An unexpected error occurred" and loses everything we entered. We tried three browsers. We tried with a shorter list of servers. The same form worked last year. Is something broken on your side? We don't want to fall back to email because we were told email submissions are slower.""",
        """The list of requests in our account is empty. We know we have an open ticket ({ticket}) because we receive the e-mails about it, but it doesn't appear in the dashboard, and clicking the link in the e-mail gives "you are not authorized to view this request". We are the authorized contacts for {tld}.""",
        """After the recent portal upgrade the session expires every few minutes, well before we can fill in a DS record with its digest. We copy, paste, click next, and are thrown out. I lost about an hour yesterday. I'm told the technical checks afterwards are fine, we just can't get that far.""",
        """Small thing, but it's been months: the portal doesn't accept IDN host names for our name servers, even in A-label form ({ns}). The field validation says "invalid host name". We end up writing to staff every time to get them entered by hand, which then adds days. The TLD is {tld}.""",
    ],
    "en_t": [
        """Portal login loops after 2FA, can't get in since {date}. {tld} has a pending change.""",
        """RZMS form throws "unexpected error" on submit, data lost every time. Please fix.""",
    ],
    "fr": [
        """Depuis le {date}, il nous est impossible de nous connecter au portail de gestion de la zone racine. Après la saisie du code d'authentification à deux facteurs, la page revient à l'écran de connexion sans aucun message d'erreur. Nos deux contacts rencontrent le même problème, avec des navigateurs différents. Nous devons soumettre une modification pour {tld} et nous sommes bloqués. Le courriel envoyé au support est resté sans suite.""",
    ],
    "fr_t": [
        """Le formulaire du portail plante à la validation (« erreur inattendue »), toutes les saisies sont perdues. Merci de corriger.""",
    ],
    "es": [
        """Desde la última actualización del portal no podemos ver nuestras solicitudes. El panel aparece vacío, aunque recibimos correos sobre el ticket {ticket}, y al abrir el enlace del correo aparece "no está autorizado para ver esta solicitud". Somos los contactos autorizados de {tld}. Además la sesión se cierra a los pocos minutos y se pierde lo que estábamos cargando.""",
    ],
    "es_t": [
        """No podemos entrar al portal desde el {date}: después del segundo factor vuelve al inicio. Tenemos un cambio pendiente.""",
    ],
    "tl": {
        "en": "unable to use the portal (login / form error)",
        "fr": "impossible d'utiliser le portail (connexion / erreur de formulaire)",
        "es": "imposible usar el portal (acceso / error del formulario)",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["no_response"] = {
    "desc": "IANA staff do not answer questions, send canned replies, or close tickets without telling the TLD manager",
    "en": [
        """I have written to IANA four times since {date} about {ticket}. One automatic acknowledgement, then nothing. I'm not even complaining about the request itself at this point; I'm complaining that nobody replies. We are a small registry and we do not have anyone else to ask.""",
        """Our ticket for {tld} was closed on {date2}. We were not told. We found out because we looked at the portal and it said "resolved". Resolved how? The change is not in the zone, we got no notice, nobody asked us to do anything. When we asked why it was closed, the answer was a link to the general FAQ.""",
        """Every question we send gets the same reply: "Thank you for your message, your request is being processed." That's it. It doesn't answer what we asked, which was whether we need to provide something else for {ticket}. I would be fine with "we don't know yet" - anything that shows a human read the message.""",
        """It's been {days} days since we asked, in writing, what was needed to move {tld}'s request forward. We also called twice. Promises of a call back that never came. I realise you're busy, but when a TLD manager asks a direct question, they should get a direct answer, even if it's "no".""",
        """Just to document: e-mail of {date} asking for the status of {ticket}: no answer. Reminder a week later: no answer. Phone call: told a specialist would reply "today". Nothing. The request itself may well be fine. We simply have no idea, because no one tells us.""",
    ],
    "en_t": [
        """Third mail about {ticket}, still no reply from anyone. Is this mailbox read?""",
        """Ticket for {tld} closed without any notice or explanation. Please reopen and tell us why.""",
    ],
    "fr": [
        """Depuis le {date}, nous avons écrit à trois reprises à l'IANA au sujet de la demande {ticket} concernant {tld}. Nous n'avons reçu qu'un accusé de réception automatique. Aucune réponse à nos questions, pourtant simples : faut-il fournir un document supplémentaire ? Le dossier est-il bloqué ? Nous avons ensuite constaté que le ticket avait été clôturé sans que personne ne nous prévienne. Ce manque de communication est difficilement acceptable.""",
    ],
    "fr_t": [
        """Toujours aucune réponse à nos trois messages concernant {ticket}. Quelqu'un lit-il cette boîte ?""",
    ],
    "es": [
        """Hemos escrito varias veces desde el {date} preguntando por el ticket {ticket} de {tld} y solo recibimos respuestas automáticas del tipo "su solicitud está en proceso". Nadie contesta lo que preguntamos. Luego el ticket apareció cerrado en el portal sin ningún aviso. Llamamos por teléfono y nos prometieron una respuesta ese mismo día, que nunca llegó. Queremos que conste esta falta de comunicación.""",
    ],
    "es_t": [
        """Cerraron el ticket {ticket} sin avisarnos y sin explicación. Nadie responde a nuestros correos.""",
    ],
    "tl": {
        "en": "question sent to IANA; only an automatic acknowledgement",
        "fr": "question envoyée à l'IANA ; seul un accusé de réception automatique",
        "es": "consulta enviada a IANA; solo acuse de recibo automático",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["transfer_eval"] = {
    "desc": "ccTLD transfer / (re)delegation evaluation drags on for months with changing document requirements",
    "en": [
        """The transfer of {tld} from the former operator to the new national registry was filed on {date}. It has the support of the government, of the outgoing manager (in writing), and of the local internet community. We've now answered five rounds of questions, each asking for a document that was not mentioned in the round before. Nine months in, no decision. The outgoing operator is losing patience and so are we.""",
        """We were asked for a letter of support from the ministry. Provided. Then for a letter from the regulator. Provided. Then for evidence of "local community consultation", which we provided in the form of the public consultation report. Then we were told the report should be translated, certified. All done. Now we are told the evaluation is "ongoing" with no timeline. This is the redelegation request for {tld}, {ticket}.""",
        """I'll be honest, as a lawyer acting for the proposed manager of {tld}: the transfer process is opaque. We do not know what criteria the application is measured against at each step, which documents are still missing, or who is actually evaluating. Requests for a meeting have been declined. We would appreciate the CSC looking at whether the evaluation stage for ccTLD transfers meets its own timelines.""",
        """Our delegation request for {tld} (an IDN ccTLD in our local script) has been in evaluation since {date}. The string was approved through the fast track years ago. Everything technical is ready, the name servers passed the checks the first week. The remaining step is the evaluation report, and there's been no communication on it for over four months.""",
        """The ccTLD manager for {tld} changed its legal form (from a university department to a non-profit foundation). Same people, same servers, same policies. IANA treats it as a full transfer and asks for the whole file as if we were a new applicant, and it's been {days} days. I'm not sure this is consistent with how similar cases were handled before.""",
    ],
    "en_t": [
        """Transfer of {tld} ({ticket}): still in evaluation after 9 months, new document requests every round.""",
        """Any news on the {tld} redelegation? Nothing since {date}.""",
    ],
    "fr": [
        """Le dossier de transfert de {tld} vers le nouvel organisme gestionnaire a été déposé le {date} (réf. {ticket}). Il bénéficie du soutien écrit du gouvernement, de l'ancien gestionnaire et de la communauté locale. Depuis, nous avons répondu à plusieurs séries de questions, chacune réclamant un document qui n'avait jamais été mentionné auparavant : lettre du régulateur, traduction certifiée, procès-verbal de consultation publique. Après de longs mois, aucune décision, aucun calendrier. Nous demandons que le CSC examine le déroulement de cette phase d'évaluation.""",
    ],
    "fr_t": [
        """Transfert de {tld} toujours « en évaluation » depuis le {date}. Aucun calendrier communiqué.""",
    ],
    "es": [
        """La solicitud de transferencia de {tld} ({ticket}) se presentó el {date} con el respaldo escrito del gobierno, del administrador saliente y de la comunidad local. Desde entonces hemos recibido pedidos sucesivos de nuevos documentos: carta del regulador, traducciones certificadas, actas de la consulta pública. Cada ronda trae un requisito nuevo. Llevamos muchos meses sin decisión y sin un plazo estimado. Solicitamos que el CSC revise la duración de esta etapa de evaluación.""",
    ],
    "es_t": [
        """La redelegación de {tld} sigue en evaluación desde el {date}. Nuevos documentos en cada ronda, ningún plazo.""",
    ],
    "tl": {
        "en": "new round of document requests for the transfer evaluation",
        "fr": "nouvelle demande de documents pour l'évaluation du transfert",
        "es": "nueva ronda de pedido de documentos para la evaluación de la transferencia",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["idn_table"] = {
    "desc": "IDN table / LGR submitted for the IANA repository not published, or published in a wrong/old version",
    "en": [
        """We submitted our updated IDN table for {tld} on {date} (the version adding the characters our language academy approved last year). It's still not in the repository of IDN practices. Registrars are asking us why the public table doesn't match our policy. We have no news on the submission since the acknowledgement.""",
        """The IDN table published for {tld} is the 2019 version. We submitted version 3 on {date}. The repository page shows the new date but links to the old file. We pointed this out twice. It's a small thing to fix and it's causing confusion.""",
        """Our LGR submission for {tld} was returned with a question about variant rules. We answered within two days. That was {days} days ago. Meanwhile the repository still lists nothing for the script we added. This affects registrations: our registrars check the IANA repository before enabling the script.""",
        """I don't know whether this is the right place. The table for the Cyrillic script we use at {tld} was published with the wrong language tag, so it's listed under a different language. Everything else about it is correct. Asked to fix it in {ticket}, no change so far.""",
        """We're not a big IDN operator, we have one table, and it has been pending publication in the IANA repository since {date}. The ticket ({ticket}) says "received". That's all we know.""",
    ],
    "en_t": [
        """IDN table for {tld} submitted {date}, still not published in the repository. {ticket}""",
        """Repository shows our OLD IDN table for {tld}. Please publish the version we sent.""",
    ],
    "fr": [
        """Nous avons transmis le {date} la nouvelle version de notre table IDN pour {tld} (ajout de caractères validés par notre comité linguistique). Elle n'apparaît toujours pas dans le dépôt des tables IDN de l'IANA ; la page affiche encore l'ancienne version. Nos bureaux d'enregistrement s'en étonnent. Nous n'avons reçu aucune nouvelle depuis l'accusé de réception ({ticket}).""",
    ],
    "fr_t": [
        """La table IDN publiée pour {tld} est l'ancienne version. Merci de publier celle envoyée le {date}.""",
    ],
    "es": [
        """El {date} enviamos la tabla IDN actualizada de {tld}, ticket {ticket}. Todavía no figura en el repositorio de IANA; la página sigue enlazando la versión anterior. Los registradores nos preguntan por qué la tabla publicada no coincide con nuestra política. No hemos recibido ninguna novedad desde el acuse de recibo.""",
    ],
    "es_t": [
        """La tabla IDN de {tld} enviada el {date} sigue sin publicarse. {ticket}""",
    ],
    "tl": {
        "en": "IDN table submitted; repository still shows the old version",
        "fr": "table IDN transmise ; le dépôt affiche toujours l'ancienne version",
        "es": "tabla IDN enviada; el repositorio sigue mostrando la versión anterior",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["bias"] = {
    "desc": "TLD manager perceives unequal or unfair treatment compared to other registries",
    "en": [
        """We have noticed that changes submitted by large gTLD back-end providers seem to go through in a day, while our routine changes for {tld} take weeks. I have the dates. I have compared with two other registries that submitted comparable changes the same week. I do not want to accuse anyone, but the pattern is hard to explain by anything else.""",
        """Frankly, we feel that small ccTLDs from our region are treated as second class. Our requests are questioned and delayed; we are asked for documents that, as far as we know, are not asked of others. {ticket} is only the latest example. We would like the CSC to look at whether there is a difference in treatment.""",
        """A neighbouring registry submitted the same kind of change one week after us and was implemented before us. Same provider, same kind of change. When we asked why, we were told each request is "handled on its own merits". That's not an answer.""",
        """In a formal sense, our concern is one of non-discrimination. The IANA functions must be performed in a neutral way. Our experience with {tld} over the last year - extra documentation, repeated questions, unusually long review - is inconsistent with that, particularly when compared with treatment given to other operators in similar situations.""",
        """We've heard, at meetings, from other managers that "a phone call to the right person" speeds things up. We don't have that person. We just use the portal like we're told to. If requests move faster depending on who you know, that's a problem for all of us, not just {tld}.""",
    ],
    "en_t": [
        """Why do big registries get changes done in a day while {tld} waits weeks? Please look into this.""",
        """Same change, submitted earlier than another TLD, implemented later. Not the first time. Unfair.""",
    ],
    "fr": [
        """Nous avons le sentiment que les petits ccTLD de notre région ne sont pas traités comme les grands opérateurs. Nos demandes pour {tld} sont systématiquement questionnées et retardées, et l'on nous réclame des pièces qui, à notre connaissance, ne sont pas exigées d'autres gestionnaires. Un registre voisin a soumis une modification identique une semaine après nous et a été servi avant. Nous souhaitons que le CSC examine s'il existe une différence de traitement.""",
    ],
    "fr_t": [
        """Une fois de plus, un autre registre est servi avant nous pour le même type de demande. Pourquoi ?""",
    ],
    "es": [
        """Percibimos un trato desigual hacia {tld} en comparación con otros registros. Un registro vecino envió el mismo tipo de cambio una semana después que nosotros y se implementó antes. A nosotros se nos piden documentos adicionales que, hasta donde sabemos, no se exigen a otros. Cuando preguntamos la razón, nos dijeron que cada solicitud "se evalúa por separado". Pedimos al CSC que analice si existe un patrón de trato diferente.""",
    ],
    "es_t": [
        """Otra vez un registro grande resolvió en un día lo que a {tld} le lleva semanas. ¿Por qué?""",
    ],
    "tl": {
        "en": "comparable request from another registry implemented first",
        "fr": "demande comparable d'un autre registre traitée avant la nôtre",
        "es": "solicitud comparable de otro registro implementada antes",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["emergency"] = {
    "desc": "Urgent/emergency change (outage, hijack, key compromise) not handled as an emergency; 24x7 contact ineffective",
    "en": [
        """On {date} at 02:30 UTC our primary name server provider suffered a major outage and {tld} was effectively down. We called the emergency number. Voicemail. We sent the emergency request by email. It was picked up at the start of the business day, about seven hours later, and handled like a routine change, with the normal checks and approvals. That's not an emergency process.""",
        """We had a suspected key compromise and needed our DS withdrawn from the root immediately. The response was: "Please submit through the portal and it will be processed." It was processed in two days. Two days with a potentially compromised key trusted by the root. I want this reviewed.""",
        """Our registry was attacked and one of the hosts in our NS set was hijacked at the provider level. We needed it removed from the root zone within hours. It took until the next day because the urgent request "required the normal contact confirmation" and our admin contact was travelling. Is there a procedure for this or not?""",
        """I would like to raise how IANA handled the outage on {tld} over the weekend of {date}. Nobody could be reached for hours. When we finally got a person, he explained that emergency requests are only handled if the TLD is "completely unreachable", and ours was only "mostly" unreachable. We lost a large part of our resolution for a full day.""",
        """The 24/7 line rang out. Twice. The email to the emergency address got an auto-reply. We were down. I don't know what else to say about it.""",
    ],
    "en_t": [
        """Emergency line not answered during our outage on {date}. {tld} was down for hours.""",
        """Urgent NS removal for {tld} handled as a routine change. Took a day. Unacceptable.""",
    ],
    "fr": [
        """Dans la nuit du {date}, notre prestataire principal de serveurs de noms a subi une panne majeure et {tld} était pratiquement injoignable. Nous avons appelé le numéro d'urgence : messagerie vocale. Notre demande d'urgence envoyée par courriel n'a été prise en compte qu'au début de la journée de travail, puis traitée comme une modification ordinaire, avec tests et approbations habituels. Nous demandons un examen de la procédure d'urgence.""",
    ],
    "fr_t": [
        """Ligne d'urgence injoignable pendant notre panne. {tld} hors service plusieurs heures.""",
    ],
    "es": [
        """El {date} sufrimos el secuestro de uno de los servidores de nombres de {tld} a nivel del proveedor y necesitábamos retirarlo de la zona raíz en pocas horas. Llamamos al número de emergencia y nadie atendió. La solicitud urgente se trató como un cambio rutinario, con la confirmación normal de contactos, y se completó al día siguiente. Queremos saber si existe realmente un procedimiento de emergencia.""",
    ],
    "es_t": [
        """Nadie atendió la línea de emergencia durante la caída de {tld}. Urgente revisar el procedimiento.""",
    ],
    "tl": {
        "en": "emergency call / request during outage; no one reachable",
        "fr": "appel / demande d'urgence pendant la panne ; personne de joignable",
        "es": "llamada / solicitud de emergencia durante la caída; nadie disponible",
    },
}

# ---------------------------------------------------------------------------
CATEGORIES["contact_db"] = {
    "desc": "Non-root-zone update (contacts, sponsoring organisation address, registration/WHOIS URL) not applied or wrongly shown in the IANA database",
    "en": [
        """We updated our technical contact and the registry's postal address for {tld} on {date}. Ticket {ticket}, completed according to the portal. The IANA whois and the root zone database page still show the old contact, a person who left us two years ago. We keep getting mail for him. Nothing in the DNS needed to change, so I'm puzzled by what's taking so long or what went wrong.""",
        """The registration URL shown for {tld} in the root zone database is our old website, which now redirects to a parked page. We asked for the update ({ticket}). Completed, it says. Still the old URL.""",
        """Our organisation changed its name last year after a merger. The sponsoring organisation listed for {tld} is still the old name. We submitted the change with all supporting documents on {date}. Since then we were asked to "clarify" twice. It's a name change, not a transfer.""",
        """Simple contact update: new phone number and email for the admin contact. {ticket}. It required approvals from both the old and new admin contacts, which we managed, then nothing for {days} days. When it was finally updated, the phone number was published with a digit missing.""",
        """The IANA database entry for {tld} lists the wrong country in our address. It has been like this since the last update we submitted, {ticket}. Our address as submitted is correct. It's embarrassing when partners look us up.""",
    ],
    "en_t": [
        """IANA whois for {tld} still shows old tech contact after {ticket} was marked completed.""",
        """Our registration URL on the root zone database page is still the old one. Please update.""",
    ],
    "fr": [
        """Nous avons demandé le {date} la mise à jour du contact technique et de l'adresse postale de l'organisme gestionnaire de {tld} (réf. {ticket}). Le portail indique que la demande est terminée, mais la base de données de la zone racine et le whois de l'IANA affichent toujours l'ancien contact, qui a quitté notre organisation il y a longtemps. Aucun changement DNS n'était concerné ; nous ne comprenons pas ce qui a pu se passer.""",
    ],
    "fr_t": [
        """Le whois IANA de {tld} affiche toujours l'ancien contact malgré la demande {ticket} close.""",
    ],
    "es": [
        """El {date} solicitamos actualizar el contacto técnico y la dirección postal de {tld} (ticket {ticket}). El portal indica que la solicitud está completada, pero la base de datos de la zona raíz y el whois de IANA siguen mostrando el contacto anterior y además el nombre de nuestra organización está mal escrito. Es un cambio que no afecta al DNS; no entendemos por qué no se aplicó.""",
    ],
    "es_t": [
        """El whois de IANA sigue mostrando el contacto viejo de {tld}, aunque el ticket {ticket} figura cerrado.""",
    ],
    "tl": {
        "en": "contact / address update marked completed; database unchanged",
        "fr": "mise à jour contact / adresse marquée terminée ; base inchangée",
        "es": "actualización de contacto / dirección marcada completada; base sin cambios",
    },
}
