"""Hand-written texts for the blind14 complaint corpus.

Placeholders (filled by make_corpus.py): {tld} ".sn", {label} "sn", {org}, {ticket} (formatted
ticket reference), {ticket2}, {d0}..{d5} (formatted dates, increasing), {days}, {ns1} {ns2}
{ns3}, {ip4}, {ip4_wrong}, {ip6}, {keytag}, {serial}, {script}, {native}, {person}.
"""

# ---------------------------------------------------------------------------------------------
# Categories.  "not_in_example_list": True marks the categories that the brief's example list
# does not name.
# ---------------------------------------------------------------------------------------------

CATEGORIES = {

    # 1 -----------------------------------------------------------------------------------------
    "techcheck_false_failure": {
        "desc": "Automated technical checks report name-server failures (unreachable, lame, "
                "serial mismatch, glue mismatch, truncation) that the operator cannot reproduce; "
                "retests repeat the false failure and the routine change stays blocked.",
        "not_in_example_list": False,
        "cc_only": False,
        "attach": "dig",
        "exclude_notice": ["techcheck", "techcheck_fail"],
        "en": [
            "We submitted a routine name server update for {tld} on {d1} ({ticket}). The result "
            "of the technical check came back as failed, saying that {ns2} was \"not responding\". "
            "It is responding. We queried it from four networks on three continents, over UDP and "
            "over TCP, and every single query got an authoritative answer with the AA bit set. We "
            "asked for the test to be run again from the portal twice and got the identical "
            "failure both times. Our engineers suspect the test runs from a single location that "
            "has a routing problem towards our anycast prefix. In the meantime the change is "
            "blocked and the old server we want to remove is scheduled to be switched off.",

            "I can only describe symptoms, as we cannot see what happens on your side: every time "
            "we try to add {ns3} to the {tld} delegation, the automated test says the SOA serials "
            "are inconsistent between the servers. They are not. All of them serve serial "
            "{serial}; we checked at the very minute the test ran. Request {ticket}. Could somebody "
            "at IANA look at the raw output of the test instead of leaving us to guess?",

            "Last week we tried to move {tld} to a new DNS provider. The request ({ticket}) was "
            "rejected by the pre-checks with a message about truncated UDP responses. The provider "
            "confirms that their servers set TC=1 only above 1232 bytes, which is what everybody "
            "now recommends. Why does IANA's checker treat a best-practice configuration as an "
            "error? We lost five days, and the people at the provider now think our registry does "
            "not know what it is doing.",

            "I would like to put on record that the technical verification for {ticket} ({tld}) "
            "took most of a day to produce any result, and when it finally did, it was a false "
            "failure (\"{ns1}: timeout\"). The published service level is 50 minutes for the "
            "initial results and 10 minutes for a retest. Our retest on {d2} sat there for more "
            "than three hours. The server answered the whole time; our monitoring shows no gap "
            "at all.",

            "The check claims that the glue address for {ns1} in our request does not match what "
            "the server itself returns for its A record. It matches. Both say {ip4}, and have "
            "said so for two years. My guess is that your test tool is holding on to some cached "
            "old value, but I should not have to guess. The request for {tld} ({ticket}) has been "
            "failing on this since {d1}.",
        ],
        "fr": [
            "Nous avons déposé le {d1} une demande de modification des serveurs de noms de {tld} "
            "(réf. {ticket}). Les tests techniques de l'IANA échouent systématiquement sur {ns2}, "
            "annoncé comme « injoignable ». Or ce serveur répond parfaitement : nous l'avons "
            "interrogé depuis Dakar, Paris et Montréal, en UDP comme en TCP, sans le moindre "
            "échec. Nous avons relancé les tests à trois reprises, toujours avec le même résultat. "
            "Nous avons le sentiment que le problème vient de l'outil de test lui-même et non de "
            "notre infrastructure. Pendant ce temps, notre migration est bloquée.",
        ],
        "es": [
            "El {d1} enviamos la solicitud {ticket} para actualizar los servidores de nombres de "
            "{tld}. Las pruebas técnicas de IANA la rechazan indicando que {ns1} «no responde de "
            "forma autoritativa». Lo hemos verificado desde varias redes y el servidor contesta "
            "correctamente, con el bit AA activado. Volvimos a lanzar la verificación dos veces y "
            "el resultado es idéntico. Ya no sabemos qué más hacer: nuestro proveedor dice que "
            "todo está bien y el sistema de IANA dice lo contrario.",
        ],
        "terse": {
            "en": ["Tech check on {ticket} fails again with 'lame delegation' for {ns2}. The server "
                   "is fine. Please get someone to look at the checker.",
                   "{tld}: NS change rejected by your tests, yet the servers answer fine from "
                   "everywhere we look. Ref {ticket}."],
            "fr": ["Les tests techniques de {ticket} échouent encore sur {ns1}, qui répond pourtant "
                   "très bien. Merci de vérifier votre outil."],
            "es": ["{ticket}: las pruebas técnicas siguen fallando para {ns2} y el servidor "
                   "funciona bien. ¿Alguien puede revisarlo?"],
        },
        "tl": {
            "en": [("d2", "check result FAILED ({ns2} not responding)"),
                   ("d2", "retest requested, FAILED again with the same message"),
                   ("d3", "our own queries from 4 networks: all answers OK")],
            "fr": [("d2", "échec des tests techniques ({ns2} « injoignable »)"),
                   ("d3", "nouvel essai, même échec")],
            "es": [("d2", "fallan las pruebas técnicas ({ns1} «no responde»)"),
                   ("d3", "nuevo intento, mismo resultado")],
        },
        "subjects": {
            "en": ["Technical check failing for no reason", "NS update blocked by your test"],
            "fr": ["Échec des tests techniques – {tld}"],
            "es": ["Pruebas técnicas fallidas sin motivo"],
        },
    },

    # 2 -----------------------------------------------------------------------------------------
    "dnssec_ds_update_blocked": {
        "desc": "DS record changes (KSK or algorithm rollover, DS removal before a signer change) "
                "are refused or held by IANA's DNSSEC checks or extra demands although the keys "
                "are published, putting the TLD's validation at risk.",
        "not_in_example_list": False,
        "cc_only": False,
        "attach": "dig",
        "exclude_notice": ["techcheck_fail"],
        "en": [
            "We are in the middle of a KSK rollover for {tld}. On {d1} we submitted the new DS "
            "(key tag {keytag}, algorithm 13, digest type 2) under {ticket}. It was refused because "
            "the DS \"does not match any DNSKEY at the apex\". The new KSK has been in our DNSKEY "
            "set for more than two weeks, precisely so that this check would pass. Please tell us "
            "which servers you queried, because every one of ours returns both keys.",

            "We planned our algorithm rollover from RSASHA256 to ECDSAP256SHA256 by the book, "
            "following RFC 6781 step by step. The step where the root has to carry both DS records "
            "is where we are stuck: the request was held because the old-algorithm DS \"would be "
            "removed\". It would not. We asked to add a record, not to replace one. Two e-mails "
            "later nobody has explained what your system believes we asked for. The zone is now "
            "double-signed and we cannot stay like this for ever; our responses have doubled in "
            "size.",

            "Our DS update for {tld} ({ticket}) has been showing 'pending DNSSEC validation' for "
            "nine days. Nothing in the portal says what is wrong. The zone validates: DNSViz is "
            "all green, our own validating resolvers are happy. Is there a human being who can "
            "look at it?",

            "We need to remove the DS for {tld} for a short period because we are changing "
            "signing provider and the new one cannot import our keys. We asked for the removal on "
            "{d1} and said clearly by which date it had to be gone. IANA answered by asking us to "
            "justify why we want to \"make the zone insecure\" and asked for a signed statement "
            "from management. Nobody asked for anything like this when we added the DS. If the DS "
            "is still there when the signers are switched, the whole TLD goes bogus for every "
            "validating resolver on the planet.",
        ],
        "fr": [
            "Dans le cadre du renouvellement de la KSK de {tld}, nous avons soumis le {d1} le "
            "nouvel enregistrement DS (keytag {keytag}), réf. {ticket}. La demande a été rejetée "
            "au motif que le DS « ne correspond à aucune clé DNSKEY publiée ». C'est inexact : la "
            "nouvelle clé est publiée dans la zone depuis plus de quinze jours, précisément pour "
            "éviter ce genre de difficulté. Nos propres validations, tout comme DNSViz, ne "
            "montrent aucune erreur. Il faut absolument que le DS soit publié avant le retrait de "
            "l'ancienne clé, prévu dans dix jours.",
        ],
        "es": [
            "Estamos haciendo el cambio de KSK de {tld}. El {d1} enviamos el nuevo registro DS "
            "(keytag {keytag}) con la solicitud {ticket} y el sistema lo rechazó diciendo que no "
            "coincide con ninguna DNSKEY. La clave lleva semanas publicada en la zona y cualquier "
            "validador la ve. Si el DS no entra en la raíz antes de retirar la clave antigua, la "
            "zona completa quedará inválida para los resolutores que validan DNSSEC. Necesitamos "
            "una respuesta urgente.",
        ],
        "terse": {
            "en": ["DS for {tld} (keytag {keytag}) refused again: 'no matching DNSKEY'. The key IS "
                   "in the zone. {ticket}",
                   "Our KSK roll has been stuck at the DS step since {d1}. Ref {ticket}. Please "
                   "help."],
            "fr": ["Le DS de {tld} (keytag {keytag}) est encore refusé alors que la clé est bien "
                   "publiée. Réf. {ticket}."],
            "es": ["Nuevamente rechazan el DS de {tld} (keytag {keytag}) y la clave sí está "
                   "publicada. {ticket}"],
        },
        "tl": {
            "en": [("d2", "DS check result: 'DS does not match any DNSKEY'"),
                   ("d2", "verified key {keytag} is served by all our name servers"),
                   ("d3", "resubmitted, same error")],
            "fr": [("d2", "refus du DS (« aucune DNSKEY correspondante »)"),
                   ("d3", "nouvelle soumission, même refus")],
            "es": [("d2", "rechazo del DS («no coincide con ninguna DNSKEY»)"),
                   ("d3", "reenvío, mismo error")],
        },
        "subjects": {
            "en": ["DS update refused - KSK rollover at risk", "DNSSEC"],
            "fr": ["Rejet de notre enregistrement DS"],
            "es": ["Rechazo del registro DS de {tld}"],
        },
    },

    # 3 -----------------------------------------------------------------------------------------
    "root_zone_publication_delay": {
        "desc": "A change that passed every check and was approved by the contacts is not "
                "published in the root zone for days (beyond the 72-hour implementation target).",
        "not_in_example_list": False,
        "cc_only": False,
        "attach": "dig",
        "exclude_notice": ["implementation"],
        "en": [
            "Everything on {ticket} was finished on {d1}: checks green, both contacts approved, and "
            "your colleague told us the request was 'with the Root Zone Maintainer'. As of {d3} the "
            "root servers are still handing out the old name servers for {tld}. We have customers "
            "on the old provider's servers whose contract ends this week. I do not understand what "
            "takes so long once all approvals are in.",

            "I wish to bring to the Committee's attention that the root zone change for {tld} "
            "requested under {ticket} was not published within the 72-hour window stated in the "
            "service level agreements. Authorisation was complete on {d1}; the change appeared in "
            "the root zone only on {d3}, {days} days later. We received no explanation for the "
            "delay.",

            "dig @a.root-servers.net {label}. NS still returns {ns1} and {ns2}. The portal has said "
            "'Approved - pending implementation' since {d1}. How long is 'pending'?",

            "We coordinated the move of {tld} with two DNS operators and told both that the new "
            "delegation would be live within three days of approval, because that is what IANA's "
            "own documentation says. We kept both sets of servers running in parallel, at our "
            "cost. Day three passed, then day five. The old operator switched off on the agreed "
            "date and for about 30 hours part of the Internet was asking servers that no longer "
            "carried the zone. The new delegation was finally visible on {d3}.",
        ],
        "fr": [
            "Notre demande {ticket} a été approuvée par nos deux contacts le {d1} et les tests "
            "techniques étaient tous au vert. Pourtant, au {d3}, les serveurs racine annoncent "
            "toujours les anciens serveurs de noms de {tld}. Aucun message de l'IANA ne nous "
            "explique ce retard. Nous avions prévenu notre ancien prestataire que la bascule "
            "serait faite sous 72 heures : il nous facture désormais chaque jour supplémentaire.",
        ],
        "es": [
            "La solicitud {ticket} quedó aprobada por ambos contactos el {d1}. Desde entonces el "
            "portal muestra «pendiente de implementación» y la zona raíz sigue publicando los "
            "servidores antiguos de {tld}. Han pasado {days} días. Entendíamos que, una vez "
            "autorizado, el cambio se publicaba en 72 horas como máximo. ¿Qué está pasando?",
        ],
        "terse": {
            "en": ["Approved on {d1}, still not in the root zone. {ticket}, {tld}.",
                   "Root still shows the old NS for {tld}. Everything was approved days ago "
                   "({ticket})."],
            "fr": ["Approuvée le {d1}, toujours pas publiée dans la zone racine. {ticket}"],
            "es": ["Aprobado el {d1} y todavía no aparece en la zona raíz. {ticket}"],
        },
        "tl": {
            "en": [("d1", "both contacts confirmed"),
                   ("d2", "status 'pending implementation'"),
                   ("d3", "root still serves the old NS set")],
            "fr": [("d1", "confirmation des deux contacts"),
                   ("d3", "la racine publie toujours les anciens NS")],
            "es": [("d1", "confirmación de ambos contactos"),
                   ("d3", "la raíz sigue con los NS antiguos")],
        },
        "subjects": {
            "en": ["Change approved but not published", "still waiting for root zone update"],
            "fr": ["Publication dans la zone racine – retard"],
            "es": ["Cambio aprobado sin publicar"],
        },
    },

    # 4 -----------------------------------------------------------------------------------------
    "manual_review_stalled": {
        "desc": "A routine request passes the automated steps and then sits in IANA staff review "
                "for weeks with no question, approval or refusal.",
        "not_in_example_list": False,
        "cc_only": False,
        "attach": None,
        "exclude_notice": ["review"],
        "en": [
            "Our request to update the administrative contact and the name servers of {tld} "
            "({ticket}) has shown 'Pending IANA review' since {d1}. The tests passed and the "
            "contacts approved within the hour. Nothing has happened since. We have not been asked "
            "for anything. It is simply sitting there.",

            "Under the agreed service levels, the review and processing of a routine change "
            "should be completed within five days for nine requests out of ten. Request {ticket} "
            "for {tld} entered that stage on {d1} and had still not been released on {d3}. We "
            "would like the CSC to record this as a data point and to ask whether it is a one-off "
            "or a trend.",

            "This is the third time this year. We send a simple change, it goes through the "
            "automated part in minutes, and then it vanishes into what I can only call a black "
            "hole. Our staff have learned to write to the general IANA address after a week, and "
            "then, as if by magic, the request moves the next morning. That cannot be how it is "
            "meant to work.",

            "We were told by automatic e-mail that {ticket} was 'under review by IANA staff'. "
            "Twelve working days later: no question, no approval, no refusal. Who is reviewing it, "
            "and what are they waiting for?",
        ],
        "fr": [
            "Notre demande {ticket} (mise à jour des contacts et des serveurs de noms de {tld}) est "
            "« en cours d'examen par l'IANA » depuis le {d1}. Les vérifications automatiques sont "
            "passées, nos contacts ont donné leur accord dans l'heure. Depuis, plus rien : aucune "
            "question, aucun refus, aucune approbation. Nous ne savons pas ce qui est attendu de "
            "nous.",
        ],
        "es": [
            "Desde el {d1} la solicitud {ticket} de {tld} figura como «en revisión por el personal "
            "de IANA». Las pruebas técnicas se superaron y los contactos aprobaron el mismo día. No "
            "nos han pedido ningún documento ni aclaración. Llevamos {days} días esperando sin "
            "saber quién la tiene ni qué falta.",
        ],
        "terse": {
            "en": ["{ticket} 'pending review' since {d1}. Nobody has asked us anything. Please "
                   "move it.",
                   "Routine change for {tld} stuck in IANA review for {days} days."],
            "fr": ["{ticket} bloquée « en examen » depuis le {d1}, sans aucune question de votre "
                   "part."],
            "es": ["La solicitud {ticket} sigue «en revisión» desde el {d1}. Nadie nos ha pedido "
                   "nada."],
        },
        "tl": {
            "en": [("d1", "checks passed, contacts approved the same day"),
                   ("d2", "status still 'Pending IANA review'"),
                   ("d3", "no question or request for documents received")],
            "fr": [("d1", "tests réussis, accord des contacts le jour même"),
                   ("d3", "toujours « en cours d'examen », aucune question reçue")],
            "es": [("d1", "pruebas superadas, aprobación de los contactos el mismo día"),
                   ("d3", "sigue «en revisión», sin ninguna consulta")],
        },
        "subjects": {
            "en": ["Request stuck in review", "No movement on our ticket"],
            "fr": ["Demande bloquée en examen"],
            "es": ["Solicitud detenida en revisión"],
        },
    },

    # 5 -----------------------------------------------------------------------------------------
    "rzms_portal_unusable": {
        "desc": "The RZMS portal cannot be used: login, password reset or second factor fails, "
                "forms error out or time out, input is rejected, so requests cannot be submitted.",
        "not_in_example_list": False,
        "cc_only": False,
        "attach": None,
        "exclude_notice": ["portal"],
        "en": [
            "Since the portal was updated our technical contact cannot log in to RZMS. The "
            "password reset e-mail never arrives (we checked spam, and our mail server logs show "
            "nothing coming from your side). We have a change to submit for {tld} and no way of "
            "doing it.",

            "When we fill in the change form for {tld} and press submit, the page returns "
            "'An unexpected error has occurred' and nothing is saved. Three browsers, two different "
            "accounts, same thing. We sent a screenshot under {ticket}. In the end we had to send "
            "the request by e-mail, and then it took days before anyone typed it in.",

            "The second factor for our admin contact's account was tied to a phone that was lost. "
            "The portal has no self-service recovery, and the help desk tells us the reset has to "
            "be approved by... the same admin contact, through the portal. We have been locked out "
            "for ten days.",

            "The portal session expires after a few minutes while we are typing the DS data, and "
            "everything entered is lost. Our staff restarted the form four times. On top of that "
            "the form refuses IPv6 addresses written in compressed form ({ip6}) and wants the full "
            "notation, which no other tool we use requires.",
        ],
        "fr": [
            "Depuis plusieurs jours, impossible de nous connecter au portail RZMS : après la "
            "saisie du mot de passe, la page tourne indéfiniment puis renvoie une erreur 500. La "
            "réinitialisation du mot de passe ne fonctionne pas non plus, le courriel n'arrive "
            "jamais. Nous avons une modification urgente à soumettre pour {tld} et aucun moyen de "
            "le faire.",
        ],
        "es": [
            "No podemos acceder al portal RZMS desde el {d1}. El código de verificación en dos "
            "pasos no llega y el enlace para restablecer la contraseña caduca antes de que lo "
            "recibamos. Tenemos que actualizar los servidores de {tld} y el portal es la única vía "
            "«normal». Escribimos a soporte ({ticket}) y solo recibimos la respuesta automática.",
        ],
        "terse": {
            "en": ["Can't log in to RZMS since {d1}; the password reset mail never arrives.",
                   "Portal gives 'unexpected error' on submit for {tld}. Nothing gets saved."],
            "fr": ["Toujours impossible de nous connecter au portail RZMS depuis le {d1}."],
            "es": ["Seguimos sin poder entrar al portal RZMS desde el {d1}."],
        },
        "tl": {
            "en": [("d1", "login fails, password reset e-mail not received"),
                   ("d2", "wrote to support, ticket {ticket}"),
                   ("d3", "still no access to the portal")],
            "fr": [("d1", "échec de connexion, courriel de réinitialisation jamais reçu"),
                   ("d3", "toujours aucun accès au portail")],
            "es": [("d1", "falla el inicio de sesión, no llega el correo de restablecimiento"),
                   ("d3", "seguimos sin acceso al portal")],
        },
        "subjects": {
            "en": ["Portal access", "RZMS not working"],
            "fr": ["Portail RZMS inaccessible"],
            "es": ["Sin acceso al portal"],
        },
    },

    # 6 -----------------------------------------------------------------------------------------
    "wrong_change_implemented": {
        "desc": "What IANA put into the root zone or the contact record differs from what was "
                "requested (dropped name server, wrong glue IP, wrong DS digest, wrong contact).",
        "not_in_example_list": False,
        "cc_only": False,
        "attach": "dig",
        "exclude_notice": ["implementation"],
        "en": [
            "The change implemented for {tld} under {ticket} is not the one we requested. We asked "
            "to replace {ns2} with {ns3}. What went into the root zone is the removal of {ns2} "
            "with nothing added, which leaves us with a single name server. Please compare with "
            "our original submission.",

            "After our renumbering request the glue for {ns1} in the root zone now reads "
            "{ip4_wrong} instead of {ip4}. One digit. The wrong address is in somebody else's "
            "network. Half of the queries to that server are going into a void.",

            "We asked to update only the phone number of our technical contact. The published "
            "record now has the technical contact replaced by the administrative contact's "
            "details, and the e-mail address has a typo, so your automatic notices to it bounce.",

            "On {d2} the DS record for {tld} was replaced in the root zone with a digest that "
            "does not correspond to any of our keys. Within the hour our NOC phones started "
            "ringing: validating resolvers were returning SERVFAIL for every domain under {tld}. "
            "We had submitted a digest type 2 for key {keytag}; what got published looks like the "
            "digest of the old key. We then needed an emergency change to fix something that "
            "should never have happened.",
        ],
        "fr": [
            "La modification appliquée le {d2} sur {tld} ne correspond pas à notre demande "
            "{ticket}. Nous avions demandé le remplacement de {ns2} par {ns3} ; la zone racine "
            "indique désormais {ns2} supprimé et aucun nouveau serveur ajouté. Nous ne disposons "
            "plus que d'un seul serveur de noms, ce qui est contraire à toutes les bonnes "
            "pratiques et, accessoirement, à vos propres exigences.",
        ],
        "es": [
            "El cambio aplicado a {tld} en la solicitud {ticket} no corresponde a lo que pedimos. "
            "Solicitamos actualizar la dirección IPv4 de {ns1} a {ip4} y en la zona raíz aparece "
            "{ip4_wrong}. Esa dirección no es nuestra. Desde el {d2} una parte de las consultas se "
            "pierde.",
        ],
        "terse": {
            "en": ["Root zone now has glue {ip4_wrong} for {ns1}. We asked for {ip4}. Please fix, "
                   "{ticket}.",
                   "What you published for {tld} is not what we submitted in {ticket}."],
            "fr": ["Ce qui a été publié pour {tld} n'est pas ce que nous avons demandé ({ticket})."],
            "es": ["Lo publicado para {tld} no es lo que pedimos en {ticket}."],
        },
        "tl": {
            "en": [("d2", "notification 'change implemented' received"),
                   ("d2", "our monitoring shows an unexpected delegation"),
                   ("d3", "compared with our submission: mismatch")],
            "fr": [("d2", "notification de mise en œuvre reçue"),
                   ("d3", "constat d'écart avec notre demande")],
            "es": [("d2", "aviso de cambio implementado"),
                   ("d3", "comprobamos que no coincide con lo solicitado")],
        },
        "subjects": {
            "en": ["Incorrect change applied to {tld}", "wrong data in root zone"],
            "fr": ["Modification erronée"],
            "es": ["Cambio incorrecto en la zona raíz"],
        },
    },

    # 7 -----------------------------------------------------------------------------------------
    "transfer_evaluation_drawn_out": {
        "desc": "A ccTLD transfer (change of manager) evaluation drags on for months with "
                "piecemeal, repeated questions and no timeline.",
        "not_in_example_list": False,
        "cc_only": True,
        "attach": None,
        "exclude_notice": ["docs"],
        "en": [
            "Our government designated our organisation as the new manager of {tld} in writing "
            "more than a year ago. We submitted the transfer request ({ticket}) with the letter of "
            "support, the consent of the outgoing manager and evidence of the local community "
            "consultation. Since then we have answered four rounds of questions, each asking for a "
            "document that was already in the original package. No timeline has ever been given.",

            "I understand that a ccTLD transfer needs careful evaluation. What I do not understand "
            "is why the questions come one at a time, months apart. If the evaluation team needs "
            "ten things, please ask for the ten things at once. We are on question seven and our "
            "board is asking me whether this will ever end.",

            "After the merger of the two organisations that ran {tld} between them, we asked IANA "
            "to record the merged entity as manager. The registry, the staff, the back-end "
            "provider and the name servers did not change. The request was treated as if we were "
            "a brand-new applicant, with questions about our technical capability and our "
            "relationship with the local Internet community. It has taken {days} days so far.",

            "The published target for the validation and review of a ccTLD transfer is measured in "
            "days, not in quarters. The request filed under {ticket} has been in evaluation since "
            "{d1}. We ask the CSC to examine whether PTI is meeting its obligations for this "
            "category of request, which we understand is low in volume and may therefore escape "
            "attention in the monthly figures.",
        ],
        "fr": [
            "Le transfert de la gestion de {tld} vers notre organisation a été demandé le {d1} "
            "(réf. {ticket}), avec l'ensemble des pièces requises : lettre du ministère, accord du "
            "gestionnaire sortant, preuve de la consultation de la communauté locale. Depuis, nous "
            "avons reçu trois séries de questions successives, souvent sur des documents déjà "
            "fournis. Aucun calendrier ne nous a été communiqué et la communauté locale commence à "
            "douter du processus.",
        ],
        "es": [
            "Presentamos la solicitud de transferencia de {tld} ({ticket}) el {d1} con toda la "
            "documentación: carta del gobierno, consentimiento del administrador saliente y "
            "constancia de la consulta con la comunidad local. Desde entonces hemos contestado "
            "varias rondas de preguntas, muchas sobre documentos ya entregados. Nadie nos dice "
            "cuánto falta ni qué criterio se está aplicando.",
        ],
        "terse": {
            "en": ["Transfer of {tld} in evaluation since {d1}. Still no timeline. {ticket}",
                   "Yet another question on the {tld} transfer, about a document we sent in the "
                   "first week."],
            "fr": ["Transfert de {tld} en évaluation depuis le {d1}, toujours sans calendrier."],
            "es": ["La transferencia de {tld} sigue en evaluación desde el {d1}, sin fecha."],
        },
        "tl": {
            "en": [("d1", "transfer request filed with full documentation"),
                   ("d2", "third round of questions received"),
                   ("d3", "answers sent, still no timeline")],
            "fr": [("d1", "dépôt de la demande de transfert, dossier complet"),
                   ("d2", "troisième série de questions")],
            "es": [("d1", "presentación de la transferencia con documentación completa"),
                   ("d2", "tercera ronda de preguntas")],
        },
        "subjects": {
            "en": ["Transfer of {tld} - evaluation", "ccTLD transfer"],
            "fr": ["Transfert de gestion de {tld}"],
            "es": ["Transferencia de {tld}"],
        },
    },

    # 8 -----------------------------------------------------------------------------------------
    "idn_table_not_published": {
        "desc": "A submitted IDN table is not published in IANA's repository, or the published "
                "table is wrong or outdated.",
        "not_in_example_list": False,
        "cc_only": False,
        "attach": None,
        "exclude_notice": [],
        "en": [
            "We submitted the updated IDN table for {tld} ({script} script, version 2.1) on {d1}. "
            "The IANA repository still shows version 1.0 from 2019. Registrars are asking us why "
            "the published table does not match our registration policy.",

            "Our new {script}-script table was acknowledged under {ticket} and then nothing. Is "
            "there anything else IANA needs from us before it can be published? Nobody has told us "
            "of any problem.",

            "The table that appeared on the IDN practices page for {tld} is not the file we sent: "
            "it is missing the variant mappings for twelve code points, and the language tag is "
            "wrong ('und' instead of ours). We were not given a chance to look at it before it "
            "went live.",

            "Since December 2019 there is a published service level for the publication of IDN "
            "tables. Our submission {ticket} of {d1} has been pending for {days} days. Please treat "
            "this as a formal complaint about the timeliness of that service.",
        ],
        "fr": [
            "Nous avons transmis le {d1} la nouvelle version de la table IDN de {tld} "
            "(réf. {ticket}). À ce jour, le dépôt de l'IANA affiche toujours l'ancienne version. "
            "Nos bureaux d'enregistrement s'appuient sur la table publiée et nous posent des "
            "questions légitimes sur l'écart avec notre politique d'enregistrement.",
        ],
        "es": [
            "El {d1} enviamos la tabla IDN actualizada de {tld}, con la ñ, la ü y las vocales "
            "acentuadas revisadas ({ticket}). En el repositorio de IANA sigue apareciendo la "
            "versión anterior. Los registradores nos preguntan cuál es la vigente y no sabemos qué "
            "responderles.",
        ],
        "terse": {
            "en": ["Updated IDN table for {tld} sent {d1}, still not in the repository.",
                   "The published IDN table for {tld} is not the file we sent. {ticket}"],
            "fr": ["Nouvelle table IDN de {tld} envoyée le {d1}, toujours pas publiée."],
            "es": ["La tabla IDN de {tld} enviada el {d1} aún no se publica."],
        },
        "tl": {
            "en": [("d1", "IDN table submitted"),
                   ("d2", "acknowledgement received"),
                   ("d3", "repository still shows the old version")],
            "fr": [("d1", "envoi de la table IDN"),
                   ("d3", "le dépôt affiche toujours l'ancienne version")],
            "es": [("d1", "envío de la tabla IDN"),
                   ("d3", "el repositorio sigue con la versión anterior")],
        },
        "subjects": {
            "en": ["IDN table not published", "IDN table {tld}"],
            "fr": ["Table IDN non publiée"],
            "es": ["Tabla IDN sin publicar"],
        },
    },

    # 9 -----------------------------------------------------------------------------------------
    "perceived_unequal_treatment": {
        "desc": "The operator believes IANA treats it less favourably than other TLD managers "
                "(slower handling, extra requirements, taking sides in a local dispute).",
        "not_in_example_list": False,
        "cc_only": False,
        "attach": None,
        "exclude_notice": [],
        "en": [
            "We have noticed that requests from the large gTLD operators seem to be processed "
            "within hours, while ours ({ticket}, a routine NS change for {tld}) waited more than a "
            "week. We are not accusing anyone, but the pattern is plain from the public root zone "
            "history and we would like an explanation.",

            "During the review of our request the IANA staff asked for a letter from our "
            "government confirming its support for a simple technical change. Our neighbouring "
            "ccTLD, which made exactly the same kind of change a month earlier, was asked for "
            "nothing of the sort. Why the different standard?",

            "Since the dispute between our ministry and the former operator became public, every "
            "request we send is handled with a level of suspicion we had never experienced. Each "
            "one gets extra questions, extra confirmations, and takes three times longer. IANA is "
            "supposed to stay neutral in local matters. Right now it looks as if it has picked a "
            "side.",

            "I ask that this be handled as a complaint of perceived bias under the IANA complaint "
            "process. {tld} has been subjected to additional scrutiny that is not applied to other "
            "managers in comparable situations. The latest example is {ticket}, where we were "
            "asked to re-confirm contacts that had been confirmed on {d1}.",
        ],
        "fr": [
            "Nous constatons que les demandes de certains grands registres sont traitées en "
            "quelques heures, alors que notre modification de routine ({ticket}) a attendu plus "
            "d'une semaine. De plus, on nous a réclamé une lettre du ministère pour un simple "
            "changement technique, ce qui n'a pas été exigé de notre voisin pour une opération "
            "identique. Nous avons du mal à ne pas y voir un traitement inégal.",
        ],
        "es": [
            "Tenemos la impresión de que IANA no trata igual a todos los administradores. A "
            "nosotros nos pidieron una carta del gobierno para un simple cambio de servidores de "
            "{tld}, mientras que a otro ccTLD de la región no se le exigió nada parecido para el "
            "mismo tipo de solicitud. Pedimos que se revise si se están aplicando criterios "
            "distintos.",
        ],
        "terse": {
            "en": ["Why are our requests always the ones that get extra questions? {tld}, {ticket}",
                   "Other registries get this done in a day. We wait a week. Please explain."],
            "fr": ["Pourquoi nos demandes sont-elles toujours celles qui reçoivent des questions "
                   "supplémentaires ?"],
            "es": ["¿Por qué a nosotros siempre nos piden más requisitos que a los demás?"],
        },
        "tl": {
            "en": [("d1", "routine change submitted"),
                   ("d2", "asked for a government letter (not required of others)"),
                   ("d3", "a comparable request by another TLD completed the same day")],
            "fr": [("d1", "dépôt d'une modification de routine"),
                   ("d2", "demande d'une lettre du ministère (non exigée des autres)")],
            "es": [("d1", "envío de un cambio rutinario"),
                   ("d2", "nos piden una carta del gobierno (a otros no)")],
        },
        "subjects": {
            "en": ["Unequal treatment", "Fairness of IANA processing"],
            "fr": ["Traitement inéquitable"],
            "es": ["Trato desigual"],
        },
    },

    # 10 ---------------------------------------------------------------------- NOT IN EXAMPLES --
    "rzdb_whois_out_of_date": {
        "desc": "After a completed change, the public Root Zone Database page or whois.iana.org "
                "still shows old data (name servers, contacts, sponsor, DS, URLs), so third "
                "parties see wrong information.",
        "not_in_example_list": True,
        "cc_only": False,
        "attach": None,
        "exclude_notice": ["implementation"],
        "en": [
            "The name server change for {tld} went live in the root zone on {d1}; we can see it "
            "with dig. But the IANA Root Zone Database page for {tld} and whois.iana.org still "
            "show the old servers and the old technical contact. Registrars and some monitoring "
            "services read that whois, and they are now raising alarms about a 'mismatched "
            "delegation'.",

            "whois.iana.org for {label} still returns our previous administrative contact, who "
            "left the organisation in January. We updated it under {ticket}, which was marked "
            "completed. The 'last updated' date on the page has not moved.",

            "A bank asked us for proof that we are the sponsoring organisation of {tld} as part of "
            "a due-diligence check. We sent them the link to the IANA root zone database. The page "
            "still lists the previous sponsoring organisation, although that change was completed "
            "under {ticket} on {d1}. The bank concluded that we had misrepresented ourselves. It "
            "took two weeks to clear up.",

            "The public data about {tld} on iana.org is out of step with the root zone itself: the "
            "DS record shown on the database page is the one we retired in our last key rollover, "
            "and the registration URL still points to our old website. Which source is "
            "authoritative, and why are they not updated together?",
        ],
        "fr": [
            "La modification de {tld} a bien été appliquée dans la zone racine le {d1}, mais la "
            "page de la base de données de la zone racine sur le site de l'IANA, tout comme "
            "whois.iana.org, affichent toujours les anciens serveurs de noms et l'ancien contact "
            "technique. Plusieurs bureaux d'enregistrement s'en sont inquiétés auprès de nous.",
        ],
        "es": [
            "El cambio de {tld} ({ticket}) ya está en la zona raíz desde el {d1}, pero la página "
            "de la base de datos de IANA y su whois siguen mostrando los datos anteriores: la "
            "organización patrocinadora antigua y el contacto administrativo que ya no trabaja con "
            "nosotros. Algunos registradores nos han escrito preocupados.",
        ],
        "terse": {
            "en": ["whois.iana.org still shows our old NS for {tld}. The root zone was updated on "
                   "{d1}.",
                   "The IANA database page for {tld} has been out of date since {ticket} was "
                   "completed."],
            "fr": ["Le whois de l'IANA affiche toujours les anciennes données de {tld}."],
            "es": ["El whois de IANA sigue mostrando datos viejos de {tld}."],
        },
        "tl": {
            "en": [("d1", "change visible in the root zone"),
                   ("d2", "whois.iana.org still shows the old data"),
                   ("d3", "database page 'last updated' date unchanged")],
            "fr": [("d1", "modification visible dans la zone racine"),
                   ("d3", "le whois de l'IANA n'est toujours pas à jour")],
            "es": [("d1", "el cambio ya se ve en la zona raíz"),
                   ("d3", "el whois de IANA sigue sin actualizar")],
        },
        "subjects": {
            "en": ["Outdated information on iana.org", "whois {label}"],
            "fr": ["Données obsolètes sur le site de l'IANA"],
            "es": ["Datos desactualizados en el whois de IANA"],
        },
    },

    # 11 ---------------------------------------------------------------------- NOT IN EXAMPLES --
    "contact_personal_data_exposed": {
        "desc": "IANA publishes contacts' personal data (names, mobile numbers, personal e-mail) "
                "and refuses role accounts or removal, raising privacy and phishing concerns.",
        "not_in_example_list": True,
        "cc_only": False,
        "attach": None,
        "exclude_notice": [],
        "en": [
            "Our administrative contact's personal mobile number and home-office address are "
            "visible to anyone on the IANA page for {tld}. She has received unsolicited calls from "
            "domain resellers and at least one phishing attempt that referred to her 'role at "
            "IANA'. We asked to replace these details with the registry switchboard and a role "
            "address. The request ({ticket}) was refused because the contact 'must be a natural "
            "person'.",

            "Under our national data protection law we cannot consent, on behalf of our employees, "
            "to the worldwide publication of their personal details. Please tell us on what legal "
            "basis IANA publishes the name, direct phone and personal e-mail of our technical "
            "contact, and how we can restrict it.",

            "The person who used to be our technical contact has asked us to get her name and "
            "mobile number removed from IANA's records, where they are still findable in the "
            "history of {tld}. IANA told us it keeps that history. Nobody ever asked her whether "
            "she agreed to be published in the first place, let alone for ever.",

            "We would like to use a role account (hostmaster@) for the technical contact, as most "
            "operators do for very practical reasons. Your staff insisted on an individual's name "
            "and direct line, to be published. This exposes our people to social engineering and "
            "makes every staff change a new IANA request.",
        ],
        "fr": [
            "Les coordonnées personnelles de notre contact administratif (téléphone portable, "
            "adresse électronique nominative) sont publiées sur la page de {tld} du site de "
            "l'IANA. Il reçoit depuis des sollicitations commerciales et des tentatives "
            "d'hameçonnage. Nous avons demandé à les remplacer par une adresse fonctionnelle et le "
            "standard du registre ; l'IANA a refusé au motif que le contact doit être une personne "
            "physique. Cette exigence nous paraît difficilement compatible avec la législation "
            "sur la protection des données personnelles.",
        ],
        "es": [
            "En la página de {tld} del sitio de IANA se publican el nombre, el celular personal y "
            "el correo directo de nuestra responsable técnica. Ha empezado a recibir llamadas "
            "comerciales y correos fraudulentos. Pedimos reemplazarlos por una dirección genérica "
            "del registro y nos dijeron que no es posible. Nuestra ley de protección de datos "
            "personales no nos permite exponer así a nuestros empleados sin su consentimiento.",
        ],
        "terse": {
            "en": ["Please stop publishing our admin contact's personal mobile number for {tld}. "
                   "Role address refused in {ticket}.",
                   "Why does IANA require a named person with a direct line on a public page?"],
            "fr": ["Merci de retirer le portable personnel de notre contact de la page publique "
                   "de {tld}."],
            "es": ["Solicitamos retirar de la página pública de {tld} el teléfono personal de "
                   "nuestro contacto técnico."],
        },
        "tl": {
            "en": [("d1", "asked to replace personal data with a role address"),
                   ("d2", "refused: 'must be a natural person'"),
                   ("d3", "contact receives a phishing mail quoting the IANA listing")],
            "fr": [("d1", "demande de remplacement par une adresse fonctionnelle"),
                   ("d2", "refus : « le contact doit être une personne physique »")],
            "es": [("d1", "pedimos usar una dirección genérica"),
                   ("d2", "rechazo: «debe ser una persona física»")],
        },
        "subjects": {
            "en": ["Personal data published", "privacy of our contacts"],
            "fr": ["Protection des données de nos contacts"],
            "es": ["Datos personales publicados"],
        },
    },

    # 12 ---------------------------------------------------------------------- NOT IN EXAMPLES --
    "request_closed_without_consent": {
        "desc": "IANA closes or cancels a pending request without the operator's agreement "
                "(wrongly 'no response', silent timeout, closed as a duplicate), forcing a "
                "resubmission from scratch.",
        "not_in_example_list": True,
        "cc_only": False,
        "attach": None,
        "exclude_notice": ["closed"],
        "en": [
            "Ticket {ticket} for {tld} was closed on {d2} with the reason 'no response from "
            "requester'. We had answered on {d1}; I have our sent mail in front of me, together "
            "with your automatic acknowledgement. Now we are told to submit a new request and go "
            "through the checks and confirmations again from the beginning.",

            "Our technical contact was on leave for two weeks, so his confirmation came a few days "
            "late. By then the request had been cancelled, without warning. Nobody sent a "
            "reminder. We lost our place and had to start again.",

            "We opened {ticket} to add a second DS during our rollover. IANA closed it as a "
            "'duplicate' of a different request ({ticket2}), which was about our name servers and "
            "had already been completed. We only found out when we looked at the root zone and "
            "the DS was not there.",

            "Every time a check fails because of a temporary problem, the request seems to time "
            "out after a few days and silently disappear. Nobody tells us it has been withdrawn; "
            "we find it in the portal under 'closed'. Please at least warn us before closing "
            "something.",
        ],
        "fr": [
            "Notre demande {ticket} concernant {tld} a été clôturée le {d2} pour « absence de "
            "réponse du demandeur », alors que nous avions répondu le {d1} ; nous avons même reçu "
            "votre accusé de réception automatique. On nous demande maintenant de déposer une "
            "nouvelle demande et de refaire toutes les étapes. C'est d'autant plus agaçant "
            "qu'aucune relance ne nous avait été adressée avant la clôture.",
        ],
        "es": [
            "La solicitud {ticket} de {tld} fue cerrada el {d2} por «falta de respuesta», pero "
            "nosotros respondimos el {d1} y tenemos el acuse de recibo automático de IANA. Nadie "
            "nos avisó antes de cerrarla. Ahora debemos empezar de cero: nueva solicitud, nuevas "
            "pruebas técnicas y nuevas confirmaciones de los contactos.",
        ],
        "terse": {
            "en": ["{ticket} closed as 'no response' but we replied on {d1}. Please reopen.",
                   "Our request for {tld} disappeared from the portal - status 'closed', no "
                   "notice at all."],
            "fr": ["{ticket} clôturée sans préavis alors que nous avions répondu le {d1}. Merci de "
                   "la rouvrir."],
            "es": ["Cerraron {ticket} sin aviso y sí habíamos respondido el {d1}. Pedimos "
                   "reabrirla."],
        },
        "tl": {
            "en": [("d1", "we replied to IANA's question (auto-acknowledgement received)"),
                   ("d2", "ticket closed: 'no response from requester'"),
                   ("d3", "told to resubmit from scratch")],
            "fr": [("d1", "notre réponse à l'IANA (accusé de réception reçu)"),
                   ("d2", "clôture pour « absence de réponse »")],
            "es": [("d1", "respondemos a IANA (con acuse de recibo)"),
                   ("d2", "cierre por «falta de respuesta»")],
        },
        "subjects": {
            "en": ["Request closed without our consent", "Why was our request closed?"],
            "fr": ["Demande clôturée à tort"],
            "es": ["Solicitud cerrada sin aviso"],
        },
    },

    # 13 ---------------------------------------------------------------------- NOT IN EXAMPLES --
    "departed_contact_deadlock": {
        "desc": "A listed authorizing contact has left, died or is unreachable; every request "
                "waits for that person's approval (or goes to an outsider) and IANA's procedure "
                "to replace them requires that same approval: a deadlock.",
        "not_in_example_list": True,
        "cc_only": True,
        "attach": None,
        "exclude_notice": ["confirmation"],
        "en": [
            "The administrative contact on record for {tld} retired last year and his mailbox has "
            "been closed. Every change we submit now waits for his approval, which of course never "
            "comes. To replace him, IANA asks for... his approval, or else a lengthy procedure with "
            "government paperwork. The registry runs perfectly well and we cannot even update our "
            "own name servers.",

            "Our former technical contact passed away in February. We informed IANA and asked how "
            "to replace him. The answer was a form letter about 'authorization requirements'. We "
            "are trying to handle this respectfully and correctly, and the process leaves us no "
            "way forward.",

            "The confirmation e-mail for {ticket} went to a person who left our company two years "
            "ago and now works for a competitor. He kindly forwarded it to us. But it means an "
            "outsider could have approved or rejected a change to {tld}. We asked for that contact "
            "to be replaced months ago.",

            "Request {ticket} has been waiting since {d1} for confirmation by the administrative "
            "contact. That contact is a civil servant who moved to another ministry after the "
            "elections, and the new ministry has not named anyone. IANA will not accept a "
            "confirmation from our director, who is the legal representative of the sponsoring "
            "organisation. We are in a loop where the only person who can unlock things no longer "
            "exists.",
        ],
        "fr": [
            "Le contact administratif enregistré pour {tld} a quitté ses fonctions il y a "
            "plusieurs mois et sa boîte aux lettres a été désactivée. Toutes nos demandes restent "
            "donc en attente de son approbation, qui ne viendra jamais. Pour le remplacer, l'IANA "
            "exige... son approbation, ou à défaut une procédure lourde avec des documents "
            "officiels. Nous sommes dans une impasse complète.",
        ],
        "es": [
            "El contacto administrativo registrado para {tld} dejó la institución hace meses y su "
            "correo ya no existe. Cada solicitud que enviamos ({ticket} es la última) queda "
            "esperando su confirmación, que nunca llegará. Para sustituirlo, IANA nos pide "
            "justamente su aprobación o una serie de documentos oficiales que tardarán meses. "
            "Estamos bloqueados para cualquier cambio.",
        ],
        "terse": {
            "en": ["{ticket} is waiting for approval from a contact who left in 2024. How do we "
                   "replace him?",
                   "Confirmations for {tld} still go to our ex-employee's address."],
            "fr": ["{ticket} attend l'accord d'un contact qui a quitté l'organisation. Comment le "
                   "remplacer ?"],
            "es": ["{ticket} espera la aprobación de un contacto que ya no está. ¿Cómo lo "
                   "sustituimos?"],
        },
        "tl": {
            "en": [("d1", "request pending confirmation by the admin contact"),
                   ("d2", "told IANA he has left; asked for his approval to replace him"),
                   ("d3", "still blocked")],
            "fr": [("d1", "demande en attente de l'accord du contact administratif"),
                   ("d2", "l'IANA exige son accord pour le remplacer")],
            "es": [("d1", "solicitud en espera de confirmación del contacto administrativo"),
                   ("d2", "IANA exige su aprobación para reemplazarlo")],
        },
        "subjects": {
            "en": ["Admin contact no longer with us", "cannot get approval"],
            "fr": ["Contact administratif parti – blocage"],
            "es": ["Contacto administrativo que ya no está"],
        },
    },

    # 14 ---------------------------------------------------------------------- NOT IN EXAMPLES --
    "english_only_documents": {
        "desc": "IANA refuses official documents or answers that are not in English, demands "
                "certified translations, or communicates only in English, delaying requests.",
        "not_in_example_list": True,
        "cc_only": True,
        "attach": None,
        "exclude_notice": ["docs"],
        "en": [
            "IANA rejected the official letter from our ministry because it is written in "
            "{native}, and asked for a certified English translation. A sworn translation takes "
            "three weeks in our country. The letter is two paragraphs long; any of your staff "
            "could read it with a machine translation in a minute.",

            "Our staff answered an IANA question in our own language, to be sure it was "
            "understood correctly, and got back the reply 'please resubmit in English'. IANA "
            "serves a global community. At the very least the key notices should be available in "
            "the UN languages.",

            "The confirmation e-mails are in English only and full of jargon. Our administrative "
            "contact, a senior official who does not read English, declined request {ticket} "
            "because he thought the message was suspicious. We had to start all over again.",

            "We ask the CSC to consider whether PTI's insistence on English-language "
            "documentation, with certified translation, is proportionate for routine changes. Our "
            "supporting document for {ticket} was a one-page official letter in {native}; the "
            "translation requirement added {days} days to the process.",
        ],
        "fr": [
            "Pour notre demande {ticket}, l'IANA a refusé l'arrêté ministériel nous désignant "
            "comme gestionnaire de {tld} au motif qu'il est rédigé en français, et exige une "
            "traduction certifiée par un traducteur assermenté. Cela représente plusieurs semaines "
            "de délai et des frais non négligeables pour un document d'une page. Le français est "
            "pourtant une langue officielle des Nations unies.",
        ],
        "es": [
            "IANA rechazó la resolución del ministerio que nos designa como administradores de "
            "{tld} porque está en español y nos pide una traducción oficial certificada. Aquí eso "
            "significa un traductor público, semanas de espera y un costo que no teníamos previsto, "
            "para un documento de una sola página. El español es idioma oficial de Naciones Unidas "
            "y lo hablan cientos de millones de usuarios de Internet.",
        ],
        "terse": {
            "en": ["Our ministry's letter was refused because it is not in English. Certified "
                   "translation = 3 weeks. {ticket}",
                   "IANA replied 'please resubmit in English' to our answer. Really?"],
            "fr": ["Arrêté ministériel refusé parce qu'il est en français. Sérieusement ? {ticket}"],
            "es": ["Nos rechazaron la resolución porque está en español. {ticket}"],
        },
        "tl": {
            "en": [("d1", "supporting letter sent in the original language"),
                   ("d2", "IANA asks for a certified English translation"),
                   ("d3", "translator's quote: three weeks")],
            "fr": [("d1", "envoi de l'arrêté ministériel (en français)"),
                   ("d2", "l'IANA exige une traduction certifiée en anglais")],
            "es": [("d1", "envío de la resolución ministerial (en español)"),
                   ("d2", "IANA exige traducción oficial al inglés")],
        },
        "subjects": {
            "en": ["Documents in our language refused", "Translation requirement"],
            "fr": ["Exigence de traduction certifiée"],
            "es": ["Exigencia de traducción oficial"],
        },
    },
}

# ---------------------------------------------------------------------------------------------
# Registries (senders).  label, org, domain, lang, native language, kind, tz, city, phone, script,
# people
# ---------------------------------------------------------------------------------------------

REGISTRIES = [
    # English-writing
    ("ke", "East Rift Network Information Centre", "eastrift-ke.example", "en", "English", "cc",
     "+0300", "Westlands, Nairobi, Kenya", "+254 20 445 1180", "Latin",
     ["Wanjiru Kamau", "Otieno Ochieng"]),
    ("ng", "Lagoon Internet Registry Ltd", "lagoonreg-ng.example", "en", "English", "cc",
     "+0100", "Victoria Island, Lagos, Nigeria", "+234 1 270 4421", "Latin",
     ["Adebayo Okafor", "Chiamaka Eze"]),
    ("nz", "Southern Cross Domain Registry", "scdr-nz.example", "en", "English", "cc",
     "+1300", "Lambton Quay, Wellington, New Zealand", "+64 4 472 9030", "Latin",
     ["Aroha Ngata", "Tom Whitfield"]),
    ("jm", "Caribbean Names Authority (Jamaica)", "cna-jm.example", "en", "English", "cc",
     "-0500", "Mona, Kingston 7, Jamaica", "+1 876 927 1660", "Latin",
     ["Marcia Campbell", "Devon Reid"]),
    ("fj", "Pacific Islands Registry Services", "pirs-fj.example", "en", "English", "cc",
     "+1200", "Victoria Parade, Suva, Fiji", "+679 331 2200", "Latin",
     ["Sereana Tuilagi", "Ravi Prasad"]),
    ("br", "Registro Aurora do Brasil", "aurora-br.example", "en", "Portuguese", "cc",
     "-0300", "Av. Paulista 1000, São Paulo, Brazil", "+55 11 5509 3500", "Latin",
     ["Mariana Costa", "João Pereira"]),
    ("mn", "Steppe Network Information Center", "steppe-mn.example", "en", "Mongolian", "cc",
     "+0800", "Sükhbaatar district, Ulaanbaatar, Mongolia", "+976 11 32 1466", "Cyrillic",
     ["Bat-Erdene Ganbold", "Oyunchimeg Dorj"]),
    ("th", "Siam Domain Registry Foundation", "siamreg-th.example", "en", "Thai", "cc",
     "+0700", "Phaya Thai, Bangkok, Thailand", "+66 2 354 0888", "Thai",
     ["Somchai Wongsakul", "Nattaya Srisuk"]),
    ("ee", "Baltic Registry Foundation", "balticreg-ee.example", "en", "Estonian", "cc",
     "+0200", "Tartu mnt 2, Tallinn, Estonia", "+372 727 1010", "Latin",
     ["Kadri Tamm", "Marek Kask"]),
    ("pl", "Vistula Domain Registry", "vistula-pl.example", "en", "Polish", "cc",
     "+0100", "ul. Kolska 12, Warsaw, Poland", "+48 22 380 8300", "Latin",
     ["Katarzyna Nowak", "Piotr Zieliński"]),
    ("vn", "Mekong Internet Center", "mekong-vn.example", "en", "Vietnamese", "cc",
     "+0700", "Cau Giay, Hanoi, Vietnam", "+84 24 3556 4944", "Latin",
     ["Nguyen Thi Lan", "Tran Van Minh"]),
    ("xn--p1ai", "Coordination Centre for the RF IDN Domain", "ccrf-idn.example", "en", "Russian",
     "cc", "+0300", "8 Zorge St., Moscow, Russia", "+7 495 730 2970", "Cyrillic",
     ["Dmitry Volkov", "Elena Sokolova"]),
    ("xn--90ais", "Belarus Domain Registry Centre", "bdrc-by.example", "en", "Belarusian", "cc",
     "+0300", "Pobediteley Ave 7, Minsk, Belarus", "+375 17 311 3034", "Cyrillic",
     ["Aliaksei Karpovich", "Hanna Lis"]),
    ("xn--j1amh", "UA IDN Registry", "uaidn-ua.example", "en", "Ukrainian", "cc",
     "+0200", "Khreshchatyk 22, Kyiv, Ukraine", "+380 44 233 6101", "Cyrillic",
     ["Oksana Melnyk", "Andriy Bondarenko"]),
    ("xn--fiqs8s", "Huaxia Network Information Center", "huaxia-cn.example", "en", "Chinese",
     "cc", "+0800", "Zhongguancun, Haidian, Beijing, China", "+86 10 5881 3000", "Han",
     ["Li Wei", "Zhang Min"]),
    ("xn--mgbaam7a8h", "Emirates IDN Domain Authority", "eida-ae.example", "en", "Arabic", "cc",
     "+0400", "Al Khalidiya, Abu Dhabi, UAE", "+971 2 626 2200", "Arabic",
     ["Fatima Al Hammadi", "Omar Al Suwaidi"]),
    ("xn--wgbh1c", "Nile Domain Registry", "nile-eg.example", "en", "Arabic", "cc",
     "+0200", "Smart Village, Giza, Egypt", "+20 2 3534 1000", "Arabic",
     ["Mona Abdel Rahman", "Karim Youssef"]),
    ("xn--node", "Caucasus IDN Registry", "caucasus-ge.example", "en", "Georgian", "cc",
     "+0400", "Rustaveli Ave 12, Tbilisi, Georgia", "+995 32 293 1020", "Georgian",
     ["Nino Beridze", "Giorgi Kapanadze"]),
    ("xn--3e0b707e", "Hanguk Internet Registry", "hanguk-kr.example", "en", "Korean", "cc",
     "+0900", "Jung-gu, Seoul, Korea", "+82 2 405 5114", "Hangul",
     ["Kim Ji-yeon", "Park Sung-ho"]),
    ("xn--qxam", "Hellenic IDN Registry", "hellenic-gr.example", "en", "Greek", "cc",
     "+0200", "Vasilissis Sofias 4, Athens, Greece", "+30 210 747 0000", "Greek",
     ["Eleni Papadopoulou", "Nikos Georgiou"]),
    ("xn--80ao21a", "Kazakh IDN Registry", "kzidn-kz.example", "en", "Kazakh", "cc",
     "+0500", "Abai Ave 52, Almaty, Kazakhstan", "+7 727 313 0500", "Cyrillic",
     ["Aigerim Nurlanovna", "Yerlan Sadykov"]),
    ("lighthouse", "Beacon Point Registry LLC", "beaconpoint.example", "en", "English", "g",
     "-0500", "200 Atlantic Ave, Boston MA, USA", "+1 617 555 0142", "Latin",
     ["Rachel Donovan", "Kevin Marsh"]),
    ("alpine", "Alpine TLD GmbH", "alpine-tld.example", "en", "German", "g",
     "+0100", "Maria-Theresien-Str. 9, Innsbruck, Austria", "+43 512 555 320", "Latin",
     ["Florian Huber", "Sabine Gruber"]),
    ("xn--vhquv", "Enterprise IDN Registry Ltd", "eidn-hk.example", "en", "Chinese", "g",
     "+0800", "Connaught Road, Central, Hong Kong", "+852 2555 0199", "Han",
     ["Chan Ka-wai", "Wong Mei-ling"]),
    ("harbour", "Harbour Names plc", "harbournames.example", "en", "English", "g",
     "+0000", "Redcliffe Quay, Bristol, UK", "+44 117 555 0170", "Latin",
     ["Fiona Hughes", "Gareth Price"]),
    # French-writing
    ("sn", "Association Téranga Numérique – Registre .sn", "teranga-sn.example", "fr", "French",
     "cc", "+0000", "Point E, Dakar, Sénégal", "+221 33 825 1000", "Latin",
     ["Awa Diop", "Mamadou Ndiaye"]),
    ("ci", "Agence ivoirienne du nommage", "ain-ci.example", "fr", "French", "cc",
     "+0000", "Plateau, Abidjan, Côte d'Ivoire", "+225 27 20 34 43 00", "Latin",
     ["Kouassi Yao", "Aminata Koné"]),
    ("cm", "Centre camerounais des noms de domaine", "ccnd-cm.example", "fr", "French", "cc",
     "+0100", "Bastos, Yaoundé, Cameroun", "+237 222 20 35 00", "Latin",
     ["Jean-Paul Mbarga", "Mireille Ngo Biyong"]),
    ("ht", "Réseau haïtien des noms de domaine", "rhnd-ht.example", "fr", "French", "cc",
     "-0500", "Pétion-Ville, Haïti", "+509 22 57 11 00", "Latin",
     ["Jean-Robert Pierre-Louis", "Nadège Célestin"]),
    ("ml", "Registre malien de l'Internet", "rmi-ml.example", "fr", "French", "cc",
     "+0000", "ACI 2000, Bamako, Mali", "+223 20 22 98 00", "Latin",
     ["Boubacar Traoré", "Fatoumata Keïta"]),
    ("bf", "Agence burkinabè du domaine", "abd-bf.example", "fr", "French", "cc",
     "+0000", "Ouaga 2000, Ouagadougou, Burkina Faso", "+226 25 37 44 00", "Latin",
     ["Issouf Ouédraogo", "Salimata Sawadogo"]),
    ("ga", "Gabon Nommage", "gabnom-ga.example", "fr", "French", "cc",
     "+0100", "Boulevard Triomphal, Libreville, Gabon", "+241 11 76 22 00", "Latin",
     ["Léa Mintsa", "Serge Ondo"]),
    ("mg", "Registre malgache des domaines", "rmd-mg.example", "fr", "French", "cc",
     "+0300", "Antaninarenina, Antananarivo, Madagascar", "+261 20 22 244 00", "Latin",
     ["Hery Rakotomalala", "Voahangy Randria"]),
    ("nc", "Office calédonien du nommage", "ocn-nc.example", "fr", "French", "cc",
     "+1100", "Baie de l'Orphelinat, Nouméa, Nouvelle-Calédonie", "+687 27 50 00", "Latin",
     ["Claire Wamytan", "Philippe Dupré"]),
    ("bj", "Bénin Nommage Internet", "bni-bj.example", "fr", "French", "cc",
     "+0100", "Haie Vive, Cotonou, Bénin", "+229 21 30 12 00", "Latin",
     ["Gildas Houngbo", "Estelle Adjovi"]),
    ("xn--mgbc0a9azcg", "Registre marocain des noms IDN", "rmidn-ma.example", "fr", "French",
     "cc", "+0100", "Hay Riad, Rabat, Maroc", "+212 537 71 00 00", "Arabic",
     ["Karim Benjelloun", "Salma El Idrissi"]),
    ("xn--lgbbat1ad8j", "Registre algérien des noms IDN", "ranidn-dz.example", "fr", "French",
     "cc", "+0100", "Ben Aknoun, Alger, Algérie", "+213 21 91 20 00", "Arabic",
     ["Nassim Boudiaf", "Amel Haddad"]),
    # Spanish-writing
    ("cl", "Registro Andino de Dominios", "rad-cl.example", "es", "Spanish", "cc",
     "-0300", "Providencia, Santiago, Chile", "+56 2 2940 7700", "Latin",
     ["Camila Fuentes", "Rodrigo Araya"]),
    ("pe", "Red Peruana de Nombres", "rpn-pe.example", "es", "Spanish", "cc",
     "-0500", "Miraflores, Lima, Perú", "+51 1 611 8800", "Latin",
     ["Lucía Quispe", "Jorge Salazar"]),
    ("uy", "Registro Oriental de Dominios", "rod-uy.example", "es", "Spanish", "cc",
     "-0300", "Pocitos, Montevideo, Uruguay", "+598 2 710 4000", "Latin",
     ["Valentina Pereyra", "Martín Silveira"]),
    ("ec", "NIC Ecuatorial", "nicecu-ec.example", "es", "Spanish", "cc",
     "-0500", "La Carolina, Quito, Ecuador", "+593 2 294 3800", "Latin",
     ["Andrea Villacís", "Diego Cevallos"]),
    ("bo", "Agencia Boliviana de Dominios", "abd-bo.example", "es", "Spanish", "cc",
     "-0400", "Sopocachi, La Paz, Bolivia", "+591 2 241 7700", "Latin",
     ["Ximena Choque", "Marcelo Rojas"]),
    ("py", "Registro Guaraní de Internet", "rgi-py.example", "es", "Spanish", "cc",
     "-0300", "Villa Morra, Asunción, Paraguay", "+595 21 600 500", "Latin",
     ["Fernando Benítez", "Liz Giménez"]),
    ("cr", "Red Costarricense de Dominios", "rcd-cr.example", "es", "Spanish", "cc",
     "-0600", "San Pedro de Montes de Oca, San José, Costa Rica", "+506 2511 0000", "Latin",
     ["Daniela Mora", "Esteban Jiménez"]),
    ("gt", "Registro Chapín de Internet", "rci-gt.example", "es", "Spanish", "cc",
     "-0600", "Zona 10, Ciudad de Guatemala", "+502 2385 7000", "Latin",
     ["María José Castillo", "Luis Ajú"]),
    ("do", "NIC Quisqueya", "nicq-do.example", "es", "Spanish", "cc",
     "-0400", "Piantini, Santo Domingo, República Dominicana", "+1 809 535 0000", "Latin",
     ["Yokasta Almonte", "Ramón Peña"]),
    ("hn", "Dominios Catrachos", "dcat-hn.example", "es", "Spanish", "cc",
     "-0600", "Colonia Palmira, Tegucigalpa, Honduras", "+504 2232 0000", "Latin",
     ["Karla Zelaya", "Óscar Midence"]),
    ("es", "Registro Ibérico de Nombres", "rin-es.example", "es", "Spanish", "cc",
     "+0100", "Paseo de la Castellana 95, Madrid, España", "+34 91 555 0101", "Latin",
     ["Beatriz Lozano", "Javier Ruiz"]),
]

# ---------------------------------------------------------------------------------------------
# Generic pieces
# ---------------------------------------------------------------------------------------------

GREETINGS = {
    "en": ["Dear CSC members,", "Dear Sir or Madam,", "Hello,", "Hi all,",
           "To the Customer Standing Committee,", "Dear colleagues,", "Good morning,"],
    "fr": ["Madame, Monsieur,", "Bonjour,", "Mesdames et Messieurs les membres du CSC,",
           "Chers collègues,", "Bonjour à tous,"],
    "es": ["Estimados miembros del CSC:", "Buenos días:", "Señores del Comité:", "Hola,",
           "Estimados colegas:"],
}

CLOSINGS = {
    "en": ["Regards,", "Best regards,", "Thank you,", "Kind regards,", "Thanks,"],
    "fr": ["Cordialement,", "Bien cordialement,", "Merci d'avance,", "Bien à vous,"],
    "es": ["Saludos cordiales,", "Atentamente,", "Un saludo,", "Quedamos atentos,"],
}

FORMAL_CLOSINGS = {
    "en": ["Yours faithfully,", "Sincerely,"],
    "fr": ["Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
           "Nous vous prions d'agréer nos salutations respectueuses."],
    "es": ["Atentamente,", "Sin otro particular, le saludamos atentamente,"],
}

ANGRY = {
    "en": {
        "pre": ["I have to say I am extremely frustrated.",
                "This is unacceptable. Again.",
                "Frankly, this is becoming ridiculous.",
                "I am writing because I have run out of patience with IANA."],
        "post": ["I expect an answer this week, not another automated acknowledgement.",
                 "If this is the 'service level' we are supposed to be happy with, something is "
                 "badly broken.",
                 "Please do not reply with a template. We have had enough templates.",
                 "WE NEED THIS FIXED NOW."],
    },
    "fr": {
        "pre": ["Je vous avoue que notre patience est à bout.",
                "C'est inadmissible, et ce n'est pas la première fois.",
                "Franchement, on commence à se demander si quelqu'un lit nos messages."],
        "post": ["Nous attendons une réponse concrète, pas un énième accusé de réception "
                 "automatique.",
                 "Franchement, ce n'est pas sérieux.",
                 "Il faut que cela cesse."],
    },
    "es": {
        "pre": ["Esto ya es inaceptable.",
                "Les escribo bastante molesto, la verdad.",
                "Ya perdimos la paciencia con este tema."],
        "post": ["Esperamos una respuesta concreta y no otro mensaje automático.",
                 "No es la primera vez y ya es demasiado.",
                 "¡Necesitamos una solución YA!"],
    },
}

FORMAL = {
    "en": {
        "pre": ["We hereby submit a formal complaint regarding the performance of the IANA naming "
                "functions in relation to {tld}.",
                "On behalf of {org}, the manager of {tld}, I write to lodge a formal complaint "
                "with the Customer Standing Committee.",
                "Please accept this letter as a formal complaint, submitted without prejudice to "
                "any other remedy available to {org}."],
        "post": ["We respectfully request that the Committee record this complaint, examine it "
                 "for any systemic issue, and inform us of the outcome.",
                 "{org} reserves all its rights in this matter and requests written "
                 "acknowledgement of receipt.",
                 "We would be grateful if the Committee could confirm whether this matter will be "
                 "considered at its next meeting."],
    },
    "fr": {
        "pre": ["Par la présente, {org}, gestionnaire du domaine {tld}, souhaite porter à la "
                "connaissance du Comité permanent des clients (CSC) une réclamation formelle.",
                "Nous avons l'honneur de saisir le Comité d'une réclamation relative au "
                "traitement de nos demandes par l'IANA."],
        "post": ["Nous vous saurions gré de bien vouloir accuser réception de la présente et de "
                 "nous informer des suites qui y seront données.",
                 "{org} se réserve l'ensemble de ses droits en la matière."],
    },
    "es": {
        "pre": ["Por medio de la presente, {org}, administrador del dominio {tld}, presenta "
                "formalmente una queja ante el Comité Permanente de Clientes (CSC).",
                "Nos dirigimos a ese Comité a fin de dejar constancia formal de la siguiente "
                "situación."],
        "post": ["Solicitamos se acuse recibo de la presente y se nos informe de las medidas que "
                 "se adopten.",
                 "Quedamos a disposición del Comité para cualquier aclaración."],
    },
}

TIMELINE_HEAD = {
    "en": ["Timeline:", "Chronology:", "For the record, the sequence of events:", "Details:"],
    "fr": ["Chronologie :", "Rappel des faits :", "Pour mémoire :"],
    "es": ["Cronología:", "Resumen de los hechos:", "Para que conste:"],
}

GENERIC_TL = {
    "en": {"first": ("d0", "first submission / first contact with IANA, ref {ticket}"),
           "follow": ("d4", "follow-up e-mail to IANA; only an automatic acknowledgement"),
           "escal": ("d5", "escalated to the root zone liaison (ticket {ticket2})")},
    "fr": {"first": ("d0", "premier envoi à l'IANA, réf. {ticket}"),
           "follow": ("d4", "relance par courriel, simple accusé de réception automatique"),
           "escal": ("d5", "escalade auprès du chargé de liaison zone racine (ticket {ticket2})")},
    "es": {"first": ("d0", "primer envío a IANA, ref. {ticket}"),
           "follow": ("d4", "correo de seguimiento; solo respuesta automática"),
           "escal": ("d5", "escalamiento al enlace de zona raíz (ticket {ticket2})")},
}

LONG_OUTRO = {
    "en": ["Tickets concerned: {ticket}, {ticket2}.",
           "We have all the e-mails and can forward them if useful.",
           "I have kept copies of everything listed above."],
    "fr": ["Tickets concernés : {ticket}, {ticket2}.",
           "Nous tenons l'ensemble des échanges à votre disposition."],
    "es": ["Tickets involucrados: {ticket}, {ticket2}.",
           "Tenemos todos los correos a disposición del Comité."],
}

GENERIC_SUBJECTS = {
    "en": ["Complaint", "urgent", "URGENT - {tld}", "Follow-up", "{tld}", "question re {rawticket}",
           "IANA issue", "Complaint regarding IANA service", "help needed", "problem",
           "Escalation", "FW: still nothing"],
    "fr": ["Réclamation", "urgent", "Suite à notre échange", "{tld}", "Problème IANA", "Plainte",
           "Relance"],
    "es": ["Queja", "urgente", "Reclamo", "Seguimiento", "{tld}", "Problema con IANA",
           "Solicitud de intervención"],
}

TITLES = {
    "en": ["Technical Manager", "Registry Operations Lead", "Chief Technology Officer",
           "Head of DNS Operations", "General Manager", "Policy & Compliance Officer"],
    "fr": ["Responsable technique", "Responsable des opérations du registre",
           "Chef de projet DNS", "Responsable juridique", "Secrétariat général"],
    "es": ["Gerente técnico", "Gerente general", "Responsable de operaciones DNS",
           "Coordinación de registro", "Asesoría legal"],
}

SIG_LABELS = {
    "en": {"tel": "Tel", "mob": "Mobile", "web": "Web"},
    "fr": {"tel": "Tél.", "mob": "Mobile", "web": "Site"},
    "es": {"tel": "Tel.", "mob": "Cel.", "web": "Web"},
}

DISCLAIMERS = {
    "en": [
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be "
        "legally privileged. They are intended solely for the use of the individual or entity to "
        "whom they are addressed. If you have received this e-mail in error, please notify the "
        "sender immediately by return e-mail and delete it from your system. You must not copy, "
        "distribute, disclose or take any action in reliance on its contents. Any views or "
        "opinions expressed are solely those of the author and do not necessarily represent those "
        "of {org}. E-mail transmission cannot be guaranteed to be secure or error-free, and the "
        "sender accepts no liability for any errors or omissions which arise as a result.",
        "DISCLAIMER\nThe information contained in this communication is intended only for the "
        "addressee and may contain confidential, proprietary or privileged material. Any review, "
        "retransmission, dissemination or other use of, or taking of any action in reliance upon, "
        "this information by persons or entities other than the intended recipient is "
        "prohibited. If you received this in error, please contact the sender and delete the "
        "material from any computer. {org} has taken every reasonable precaution to ensure that "
        "any attachment to this e-mail has been swept for viruses but accepts no liability for "
        "any damage sustained as a result of software viruses.\nPlease consider the environment "
        "before printing this e-mail.",
    ],
    "fr": [
        "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à "
        "l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non "
        "autorisée est interdite. Si vous n'êtes pas le destinataire de ce message, merci de le "
        "détruire et d'en avertir immédiatement l'expéditeur. {org} décline toute responsabilité "
        "au titre de ce message s'il a été altéré, déformé ou falsifié. L'internet ne permettant "
        "pas d'assurer l'intégrité de ce message, l'expéditeur ne saurait être tenu responsable "
        "de son contenu.\nPensez à l'environnement avant d'imprimer ce courriel.",
    ],
    "es": [
        "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos "
        "exclusivamente a su destinatario. Si usted no es el destinatario indicado, queda "
        "notificado de que la lectura, utilización, divulgación o copia sin autorización está "
        "prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique "
        "inmediatamente al remitente y proceda a su eliminación. {org} no se hace responsable de "
        "las opiniones personales expresadas en este mensaje.\nAntes de imprimir este correo, "
        "piense en el medio ambiente.",
        "La información contenida en este correo electrónico es confidencial y de uso exclusivo "
        "de {org}. Queda prohibida su reproducción total o parcial sin autorización expresa. En "
        "cumplimiento de la normativa de protección de datos personales, le informamos que sus "
        "datos forman parte de nuestros registros de contacto y que puede ejercer sus derechos de "
        "acceso, rectificación y supresión escribiendo a privacidad@{domain}.",
    ],
}

# IANA notices (always English).  {rt} = the raw ticket quoted, {label}, {person}, {serial},
# {maint}, {ns2}.
NOTICES = [
    {"stage": "submission",
     "subject": "Root zone change request {rt} received for .{label}",
     "body": "Dear {person},\n\nThank you for your submission. Your change request for the "
             ".{label} top-level domain has been received and assigned reference {rt}.\n\n"
             "Automated technical checks will now be performed. You will be notified by e-mail "
             "of the results.\n\nKind regards,\n\nIANA Services\nPublic Technical Identifiers"},
    {"stage": "techcheck",
     "subject": "Technical check results for .{label} [{rt}]",
     "body": "Dear {person},\n\nThe technical checks for change request {rt} (.{label}) have "
             "completed successfully. No errors were found.\n\nThe authorization contacts for "
             ".{label} will now be asked to confirm the request.\n\nIANA Services"},
    {"stage": "techcheck_fail",
     "subject": "Technical check failure for .{label} [{rt}]",
     "body": "Dear {person},\n\nThe technical checks for change request {rt} did not complete "
             "successfully. The following test(s) failed:\n\n  - Name server reachability: {ns2} "
             "(UDP, timeout)\n  - Consistency of authoritative data: SOA serial mismatch\n\n"
             "Please correct the issues and request a retest from the Root Zone Management "
             "System. Requests that are not retested within 30 days may be closed.\n\n"
             "IANA Services"},
    {"stage": "confirmation",
     "subject": "Authorization requested for .{label} change [{rt}]",
     "body": "Dear {person},\n\nA change request ({rt}) has been submitted for .{label}. As a "
             "listed contact, your authorization is required before it can proceed.\n\nPlease "
             "log in to the Root Zone Management System to review the request and approve or "
             "decline it.\n\nIANA Services"},
    {"stage": "review",
     "subject": "Change request {rt} for .{label} is under review",
     "body": "Dear {person},\n\nAll contacts have approved change request {rt}. The request is "
             "now being reviewed by IANA staff. We will contact you if any further information "
             "is needed.\n\nIANA Services"},
    {"stage": "implementation",
     "subject": "Change request {rt} for .{label} completed",
     "body": "Dear {person},\n\nWe are pleased to inform you that change request {rt} for "
             ".{label} has been implemented. The change is reflected in root zone serial "
             "{serial}.\n\nThe Root Zone Database has been updated accordingly.\n\nIANA Services"},
    {"stage": "ack",
     "subject": "[{rt}] Your message to IANA",
     "body": "Thank you for contacting IANA. Your message has been received and assigned ticket "
             "{rt}. A specialist will respond within two business days.\n\nPlease keep the "
             "ticket number in the subject line of any further correspondence.\n\n-- \n"
             "IANA Services | Public Technical Identifiers"},
    {"stage": "docs",
     "subject": "Additional information required for .{label} [{rt}]",
     "body": "Dear {person},\n\nIn order to continue processing request {rt} we require the "
             "following:\n\n  1. A letter on official letterhead confirming the request, signed "
             "by an authorized officer.\n  2. Where documents are not in English, a certified "
             "English translation.\n\nPlease reply to this message with the documents attached."
             "\n\nIANA Services"},
    {"stage": "portal",
     "subject": "Scheduled maintenance of the Root Zone Management System",
     "body": "Dear Root Zone Management System user,\n\nThe RZMS will be unavailable on {maint} "
             "from 14:00 to 16:00 UTC for scheduled maintenance. Requests may be sent by e-mail "
             "during that window.\n\nIANA Services"},
    {"stage": "closed",
     "subject": "Request {rt} closed",
     "body": "Dear {person},\n\nChange request {rt} for .{label} has been closed. If you still "
             "wish to make this change, please submit a new request.\n\nIANA Services"},
]

REPLY_INTRO = {
    "en": ["Further to the message below, which concerns a different request, I need to raise "
           "another matter.",
           "Replying here because this is the only thread where anyone at IANA answered us.",
           "(Different issue from the one below.)", ""],
    "fr": ["Je réponds sur ce fil, même s'il concerne une autre demande.",
           "Indépendamment du message ci-dessous :", ""],
    "es": ["Respondo sobre este hilo aunque se trata de otra solicitud.",
           "Aparte del mensaje de abajo:", ""],
}

FORWARD_INTRO = {
    "en": ["Forwarding the exchange below for your information.",
           "See below. This is what we get from IANA.",
           "FYI - forwarding our correspondence with IANA."],
    "fr": ["Je vous transfère l'échange ci-dessous pour information.",
           "Voir ci-dessous la réponse de l'IANA."],
    "es": ["Les reenvío el intercambio con IANA para su información.",
           "Abajo la respuesta que recibimos de IANA."],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

HTML_LABELS = {
    "en": {"ticket": "Ticket", "tld": "TLD", "date": "Date", "event": "What happened",
           "summary": "Summary"},
    "fr": {"ticket": "Ticket", "tld": "TLD", "date": "Date", "event": "Événement",
           "summary": "Résumé"},
    "es": {"ticket": "Ticket", "tld": "TLD", "date": "Fecha", "event": "Evento",
           "summary": "Resumen"},
}
