"""Hand-written texts for the blind16 complaint corpus.

Placeholders inside core texts (all optional):
  {tld} the TLD as written by the sender (".sn", ".xn--p1ai")
  {t}   a ticket reference, already formatted ("#1234567", "IANA-1234567"...)
  {d}   a date, already formatted in the mail's language
  {n}   a number between 6 and 19 (days / weeks / months)
  {k}   a small number between 3 and 5
  {ns}  a name server host name
  {ip}  an IP address
"""

# ---------------------------------------------------------------------------
# Categories.  NEW = a problem the brief's example list does not name.
# ---------------------------------------------------------------------------

CATEGORIES = {
    "techcheck_false_failure": {
        "new": False,
        "desc": "Automated technical checks (and retests) report name-server failures "
                "the operator says are false / caused by IANA's test side; retest loops.",
        "en": [
            "Our name server change for {tld} keeps failing IANA's technical checks even though every "
            "server answers fine from everywhere we test. The report says {ns} is 'not reachable over TCP', "
            "but we can query it over TCP from three continents. We asked for a retest twice and got the same "
            "result both times, and nobody at IANA has looked at the actual packets. We suspect the problem "
            "is on the testing side, perhaps a filter in front of your probe, not on ours.",

            "Every time we submit, the automated test comes back red with 'SOA serial mismatch between "
            "authoritative servers'. The serials are identical. We watched them by hand every minute for an "
            "hour. We have now submitted the very same request {k} times.",

            "The retest after a failed test is supposed to come back in ten minutes. For ticket {t} each retest "
            "took more than a day and then reported a failure on a server that we had removed from the request "
            "on {d}. It looks as if the checker keeps running against an old copy of our submission.",

            "We moved our secondary DNS provider over the weekend and, as usual, submitted the NS update on "
            "Monday morning. The checks flagged 'lame delegation' for the new anycast addresses. Our provider "
            "confirmed the addresses had been live and authoritative since Friday. After four days of back and "
            "forth the IANA staff told us to 'wait and resubmit', which we did, and it passed with no change "
            "whatsoever on our side. We lost almost a week on a routine change because the checker was wrong "
            "and nobody would say so.",
        ],
        "fr": [
            "Les tests techniques de l'IANA échouent systématiquement sur notre demande de modification des "
            "serveurs de noms de {tld}, alors que nos serveurs répondent correctement depuis tous les points "
            "que nous avons testés. Le rapport indique que {ns} ne répond pas en IPv6, ce qui est faux : nous "
            "avons fourni les traces à l'IANA. On nous demande simplement de relancer le test, qui échoue de "
            "nouveau. Nous pensons que le problème vient de la plateforme de test elle-même.",
        ],
        "es": [
            "La verificación técnica de IANA rechaza nuestro cambio de servidores de nombres para {tld} con el "
            "mensaje «respuesta no autoritativa», pero el servidor {ns} responde con el bit AA desde cualquier "
            "red que probamos. Hemos pedido repetir la prueba {k} veces y el resultado es siempre el mismo. "
            "Nadie en IANA nos explica desde dónde se hacen las consultas ni qué ven exactamente.",
        ],
        "subj": {"en": ["Technical checks failing for no reason", "tech check error again"],
                 "fr": ["Échec des tests techniques"], "es": ["Falla en las pruebas técnicas"]},
    },

    "dnssec_ds_handling": {
        "new": False,
        "desc": "DS record / DNSSEC key changes: DS rejected, rollover DS not published in time, "
                "DS removal slow or done in the wrong steps.",
        "en": [
            "We are in the middle of a KSK rollover for {tld} and our new DS record has been sitting with IANA "
            "since {d}. The old key is scheduled to be withdrawn and we cannot keep it forever. If the new DS is "
            "not in the root soon we will have to postpone the whole rollover and re-plan it with our signing "
            "provider.",

            "IANA's system refuses our DS record for {tld} with 'digest type not supported'. We are moving to "
            "algorithm 13 (ECDSA P-256) with a SHA-256 digest, which is what everybody recommends. We do not "
            "understand what is unsupported, and the error gives no further detail.",

            "We asked IANA on {d} to remove the DS record for {tld} so we could go insecure for a while after "
            "a failure of our signer. It is a Category I change and should be published within 72 hours of "
            "review, yet it took {n} days, and during that time validating resolvers could not resolve our "
            "zone at all.",

            "Our new DNSSEC provider gave us the DS set and we entered it in the portal. The checks complained "
            "that the DNSKEY was not visible on all name servers, which was true for a few minutes during "
            "propagation. Instead of trying again, the request just stalled. When we asked, we were told to "
            "open a new request for the same DS. This is the second key roll in a row where the DS step has "
            "caused us trouble.",
        ],
        "fr": [
            "Nous avons soumis le {d} l'ajout d'un nouvel enregistrement DS pour {tld} dans le cadre du "
            "roulement de notre clé KSK. Le dossier {t} est toujours « en cours ». Notre politique de "
            "signature fixe une date de retrait de l'ancienne clé ; sans publication du nouveau DS dans la "
            "racine, nous risquons de casser la résolution pour tous les résolveurs validants.",
        ],
        "es": [
            "Solicitamos eliminar el registro DS antiguo de {tld} después de completar el cambio de algoritmo. "
            "IANA publicó el DS nuevo pero dejó el viejo, y ahora nos piden abrir otra solicitud para borrarlo. "
            "En ningún momento se nos dijo que había que hacerlo en dos pasos.",
        ],
        "subj": {"en": ["DS record stuck", "KSK rollover blocked"],
                 "fr": ["Enregistrement DS non publié"], "es": ["Problema con el registro DS"]},
    },

    "manual_review_delay": {
        "new": False,
        "desc": "Request passed checks and contact approvals but sits for weeks in IANA staff "
                "review/processing before being released for implementation.",
        "en": [
            "Request {t} for {tld} passed all the technical checks and both our contacts approved it on {d}. "
            "Since then the portal has shown 'In review' and nothing else. It is a simple change of one name "
            "server address. Three weeks for something that should take days is not acceptable.",

            "According to the published service levels, a request should be released for implementation "
            "within 5 days once the validations are done. Our ticket {t} has been in the review and processing "
            "stage for {n} days. We have asked twice for a reason and have not received one.",

            "Nothing is moving on our request. The tests are green, the approvals are done, and the status has "
            "not changed since {d}. There is no question waiting for us and no message from IANA. We simply do "
            "not know who is sitting on it.",

            "We update the technical contact for {tld} roughly once a year and it always went through in a "
            "couple of days. This time the automatic steps were done in an afternoon and then it sat for a "
            "month. When I finally got someone on the phone they said it was 'with the team for verification' "
            "and could not tell me what was being verified. The contact we are replacing left the company on "
            "{d} and still receives IANA mail.",
        ],
        "fr": [
            "Notre demande {t} concernant {tld} a passé tous les contrôles techniques et a été approuvée par "
            "nos contacts le {d}. Depuis, elle est bloquée à l'étape de vérification par le personnel de "
            "l'IANA, sans la moindre explication. Il s'agit d'une modification de routine. Le délai dépasse "
            "largement ce que prévoient les niveaux de service publiés.",
        ],
        "es": [
            "Nuestra solicitud {t} lleva {n} días «en revisión» en el portal de IANA. Superó las pruebas "
            "técnicas y fue aprobada por los contactos el mismo día. Preguntamos el motivo de la demora y la "
            "respuesta fue que está «en cola». Es un cambio rutinario de servidor de nombres y el plazo es "
            "inaceptable.",
        ],
        "subj": {"en": ["Request stuck in review", "3 weeks and counting"],
                 "fr": ["Demande bloquée en vérification"], "es": ["Solicitud detenida en revisión"]},
    },

    "rzms_portal_malfunction": {
        "new": False,
        "desc": "RZMS portal problems: login / 2FA loops, form validation rejecting valid data, "
                "lost sessions, uploads failing, missing confirmations, phantom drafts.",
        "en": [
            "I cannot log in to the Root Zone Management System. After I enter the code from the authenticator "
            "app the page just reloads the login form. Resetting the password did not help. I need to submit "
            "an urgent change for {tld} and the portal is the only channel you accept without delay.",

            "The change request form rejects our IPv6 glue address with 'invalid format'. The address is {ip}, "
            "which is perfectly valid. We tried three different browsers. In the end we had to drop the IPv6 "
            "address from the request just to get it through.",

            "The portal logged me out in the middle of a request for {tld} and everything I had typed was lost. "
            "It happened twice in a row on {d}. When I then tried to attach the authorisation letter, the upload "
            "spun forever and ended on a blank error page.",

            "We submitted through the portal and never got the ticket confirmation that is supposed to arrive "
            "within a minute. Hours later the request was not in our list either. We submitted again, and now "
            "there are two requests for the same change, one of them stuck as a draft that we cannot delete.",
        ],
        "fr": [
            "Impossible de me connecter au portail RZMS depuis le {d} : le message « session expirée » "
            "s'affiche dès la saisie du code de double authentification. Le support de l'IANA m'a conseillé de "
            "vider le cache, ce que j'ai fait sans succès. Nous avons une modification à soumettre pour {tld} "
            "et nous sommes bloqués.",
        ],
        "es": [
            "El portal de IANA no nos deja guardar la solicitud de cambio de contacto técnico para {tld}. Al "
            "pulsar «Submit» aparece un error genérico y el formulario se vacía. Lo intentamos desde dos "
            "ordenadores y dos navegadores distintos. Tampoco hay ningún aviso de mantenimiento publicado.",
        ],
        "subj": {"en": ["RZMS login not working", "Portal error"],
                 "fr": ["Portail RZMS inaccessible"], "es": ["Error en el portal"]},
    },

    "wrong_change_implemented": {
        "new": False,
        "desc": "What IANA implemented/published differs from what was requested (wrong NS set, "
                "wrong address, wrong contact or organisation data).",
        "en": [
            "The change published for {tld} is not the one we asked for. We requested replacing {ns} with a "
            "new server; instead the new server was added and {ns} is still in the root zone. The old host is "
            "being switched off on {d}.",

            "Since yesterday's root zone update, the glue for one of our name servers points to {ip}. That "
            "address is not ours and never was. We did not request any change to that record. Please tell us "
            "how this got into the zone.",

            "We asked IANA to update the postal address of our administrative contact. What came back in the "
            "confirmation, and what now appears on the root zone database page for {tld}, is the organisation "
            "of our technical contact (our back-end provider) listed as the TLD manager. We never asked for "
            "that and our legal team is very unhappy.",

            "Ticket {t} was closed as completed, but the delegation for {tld} now has only three of the four "
            "name servers we submitted. The one that was dropped is the one hosted outside our country, which "
            "was the whole point of the change. Our request was explicit.",
        ],
        "fr": [
            "La modification publiée dans la zone racine pour {tld} ne correspond pas à notre demande {t}. Nous "
            "avions demandé la mise à jour de l'adresse IPv4 de {ns} ; c'est l'adresse IPv6 qui a été "
            "remplacée. Depuis, une partie des requêtes arrive sur une adresse qui ne répond plus.",
        ],
        "es": [
            "Lo que IANA implementó no es lo que pedimos. Solicitamos cambiar el contacto administrativo de "
            "{tld} y en la base de datos de la zona raíz aparece ahora el nombre correcto, pero con el correo y "
            "el teléfono del contacto anterior. Las notificaciones siguen llegando a una persona que ya no "
            "trabaja con nosotros.",
        ],
        "subj": {"en": ["Wrong change in the root zone", "This is not what we asked for"],
                 "fr": ["Modification erronée"], "es": ["Cambio incorrecto en la zona raíz"]},
    },

    "idn_table_publication": {
        "new": False,
        "desc": "IDN tables / LGRs submitted for the IANA repository not published, or published "
                "in the wrong version / with errors.",
        "en": [
            "We submitted the updated IDN table for {tld} on {d}, together with the LGR in XML format. It still "
            "does not appear in the IANA repository of IDN practices. Registrars are asking us why the new "
            "characters are not listed, and we have had to postpone our launch.",

            "The table shown in the IANA IDN repository for {tld} is the previous version, from years ago. Our "
            "new table was acknowledged under ticket {t} but the page still shows the old one.",

            "The IDN table that was published for our TLD carries the wrong language tag, and two of the "
            "variant mappings are missing from the published file. Our submission was correct; we compared "
            "the two byte by byte.",

            "There is now a service level for publishing IDN tables and our submission is well past it. We have "
            "no sign that anybody is working on it; the only reply so far was the automatic acknowledgement.",
        ],
        "fr": [
            "Nous avons transmis à l'IANA le {d} la nouvelle table IDN de {tld} (version 2.0, écriture arabe). "
            "Elle n'est toujours pas publiée dans le dépôt des tables IDN. Nos bureaux d'enregistrement "
            "attendent cette publication pour proposer les nouveaux noms.",
        ],
        "es": [
            "Enviamos la tabla IDN actualizada de {tld} para el español, con la ñ y las vocales acentuadas, y lo "
            "que IANA publicó fue la versión anterior con otro nombre de archivo. Pedimos la corrección en la "
            "solicitud {t} y no hemos recibido respuesta.",
        ],
        "subj": {"en": ["IDN table not published", "IDN table"],
                 "fr": ["Table IDN non publiée"], "es": ["Tabla IDN"]},
    },

    "cctld_transfer_evaluation": {
        "new": False,
        "desc": "ccTLD transfer / redelegation evaluation drags on: shifting evidence demands on "
                "local community support, restarts after staff change, no stage visibility.",
        "en": [
            "Our transfer request for {tld} has been with IANA since {d}. Every few weeks we get a new question "
            "about local internet community support, each time asking for something slightly different from "
            "the last. We have sent letters from the ministry, the ISP association and the universities. We do "
            "not know what else is expected of us.",

            "The evaluation of the {tld} redelegation has now taken {n} months. The incumbent manager and the "
            "government both agree, and we handed in the joint consent letter in the first week. It feels as if "
            "nobody is working on the file.",

            "After a year of preparation we filed the transfer of {tld} to the new national operator. The IANA "
            "staff member we had worked with for months left, and the new person started the review from "
            "scratch and sent us the same questionnaire again. We have an operational handover date that keeps "
            "slipping because of this.",

            "We keep getting the same questions about the {tld} transfer from different people at IANA, with no "
            "indication of what stage the evaluation has reached or when a recommendation might go to the "
            "Board.",
        ],
        "fr": [
            "La procédure de transfert de {tld} vers notre organisme traîne depuis plus d'un an. L'IANA nous "
            "demande régulièrement de nouveaux documents sur le soutien de la communauté Internet locale, sans "
            "jamais nous dire quels critères ne sont pas remplis. L'ancien gestionnaire a donné son accord écrit "
            "dès le début.",
        ],
        "es": [
            "La redelegación de {tld} está detenida desde hace meses. Entregamos la carta de consentimiento del "
            "gestor anterior, el respaldo del gobierno y las cartas de la comunidad local. Cada vez que "
            "preguntamos, IANA responde que el caso «sigue en evaluación», sin decirnos qué falta ni cuánto "
            "tiempo más tomará.",
        ],
        "subj": {"en": ["Transfer of {tld}", "Redelegation - status?"],
                 "fr": ["Transfert de {tld}"], "es": ["Redelegación de {tld}"]},
    },

    # ---------------------------- NEW categories ----------------------------

    "shared_nameserver_host_blocked": {
        "new": True,
        "desc": "NEW: a change to a name-server host (rename, glue address, removal) is refused or held "
                "because the same host is used by other TLDs' delegations; IANA pushes coordination onto "
                "the operator and will not say which TLDs.",
        "en": [
            "We want to rename our name server host {ns}, but IANA says it cannot be changed because the same "
            "host is listed as a name server for other TLDs. We are told we must get the managers of those TLDs "
            "to file changes first. We do not even know who all of them are, and IANA will not tell us.",

            "Our request to delete an old name server record has been blocked for {n} weeks because another "
            "top-level domain still uses that host. We stopped operating that machine long ago. We are being "
            "held hostage by another registry's inaction.",

            "IANA refused to update the glue address of {ns} in ticket {t} because the host is 'in use by other "
            "delegations'. That server is ours and the address change is ours to make; the other TLDs that use "
            "it as a secondary are our customers and know about it.",

            "Our DNS provider consolidated its platform and asked all the TLDs it serves to move to new host "
            "names. We did our part on {d}. The old host names cannot be removed from the root until every TLD "
            "has moved, so the old glue still points to addresses that are being handed back to the RIR. IANA "
            "says it is not their job to coordinate this.",
        ],
        "fr": [
            "L'IANA refuse de modifier l'adresse IP du serveur {ns} parce que ce nom d'hôte est également "
            "utilisé par d'autres domaines de premier niveau. On nous demande d'obtenir l'accord de chacun de "
            "leurs gestionnaires, sans nous en fournir la liste. Notre changement pour {tld} est bloqué pour une "
            "raison qui ne dépend pas de nous.",
        ],
        "es": [
            "No podemos retirar un servidor de nombres antiguo de {tld} porque IANA dice que el mismo nombre de "
            "host figura en la delegación de otros dominios. Nos piden coordinar con esos otros gestores, pero "
            "IANA no nos indica cuáles son. Mientras tanto el registro glue sigue apuntando a una dirección que "
            "vamos a devolver.",
        ],
        "subj": {"en": ["Name server host shared with other TLDs", "Cannot remove old name server"],
                 "fr": ["Serveur de noms partagé"], "es": ["Servidor de nombres compartido"]},
    },

    "request_closed_without_consent": {
        "new": True,
        "desc": "NEW: IANA closed / withdrew / expired a pending request without the operator's consent "
                "or warning (confirmation timeout, 'no response'), forcing a full resubmission.",
        "en": [
            "Our request {t} for {tld} was closed without any warning. The status says 'Withdrawn', but nobody "
            "on our side withdrew it. We were waiting for IANA to answer our last question.",

            "The request expired because one of our contacts did not confirm in time. He was on leave, which we "
            "had told IANA. Nobody sent a reminder to the other contact or to us. Now we have to file everything "
            "again and go back through all the checks.",

            "On {d} we found out by accident that our change request had been closed. We had logged in to "
            "upload the document IANA had asked for, and the ticket was no longer open. The closure notice had "
            "gone to an address that nobody monitors any more. Six weeks of work lost.",

            "Ticket {t}: closed as 'no response from customer'. We responded on {d}, and we have the e-mail to "
            "prove it. Please reopen it, and explain how replies are getting lost.",
        ],
        "fr": [
            "Notre demande {t} pour {tld} a été clôturée par l'IANA sans préavis, au motif que nous n'aurions "
            "pas répondu. Or notre réponse est partie le {d}. Nous devons tout recommencer, y compris les "
            "confirmations des contacts, alors que rien n'a changé de notre côté.",
        ],
        "es": [
            "IANA cerró nuestra solicitud {t} como «abandonada» mientras esperábamos su respuesta. Nadie nos "
            "avisó antes del cierre. Ahora hay que presentar todo otra vez y volver a pasar por las pruebas y "
            "las aprobaciones.",
        ],
        "subj": {"en": ["Ticket closed without our consent", "Why was our request withdrawn?"],
                 "fr": ["Dossier clôturé sans préavis"], "es": ["Solicitud cerrada sin aviso"]},
    },

    "sla_clock_misattribution": {
        "new": True,
        "desc": "NEW: disputes about how PTI measures/reports: tickets parked as 'pending customer' "
                "so the SLA clock stops, monthly report all green while the operator's requests were "
                "slow; asks the CSC to check the metrics.",
        "en": [
            "PTI's monthly report for last month shows every processing target met, but our request {t} took "
            "{n} days end to end. When we asked why, we were told the clock had been stopped because the ticket "
            "was 'pending customer'. We answered every question the same day. The clock stop is being used to "
            "make slow work look fast.",

            "The status of {t} was set to 'Awaiting requester' for nine days while IANA was the one who owed us "
            "an answer. This is more than annoying: it means that time never counts against the SLA. Please "
            "check how these statuses are being used.",

            "We keep our own log of every change we make in the root. Comparing it with the performance report "
            "for the same month, the numbers do not match at all: in the report nearly everything completes "
            "within the thresholds; in our log, half our requests took over a week. I would like the CSC to ask "
            "PTI how they measure.",

            "I want to raise a concern about the figures rather than about one request. Our tickets are often "
            "split into sub-tasks, and only the last piece seems to be timed. The waiting in between never "
            "shows up anywhere.",
        ],
        "fr": [
            "Le rapport mensuel de performance de PTI indique que tous les délais ont été respectés, alors que "
            "notre demande {t} pour {tld} a mis plus de {n} jours. L'IANA nous explique que le compteur était "
            "suspendu parce que le dossier était « en attente du client ». Nous contestons cette qualification : "
            "nous avions répondu le jour même.",
        ],
        "es": [
            "Queremos señalar una discrepancia entre el informe de desempeño de PTI y nuestra experiencia. Según "
            "el informe se cumplieron todos los plazos; según nuestros registros, la solicitud {t} tardó {n} "
            "días. IANA marcó el caso como «pendiente del cliente» durante días en los que la respuesta la debía "
            "IANA.",
        ],
        "subj": {"en": ["Performance report does not reflect reality", "SLA figures"],
                 "fr": ["Rapport de performance"], "es": ["Informe de desempeño de PTI"]},
    },

    "contact_personal_data_exposure": {
        "new": True,
        "desc": "NEW: personal data of admin/tech contacts (private phone, e-mail, home address) "
                "published in the root zone database / IANA WHOIS; role accounts refused, removal slow.",
        "en": [
            "The root zone database page for {tld} lists the personal mobile number and private e-mail address "
            "of our administrative contact. We asked for a role mailbox and a switchboard number to be shown "
            "instead and were told the contact must be a 'natural person reachable directly'. This conflicts "
            "with our data protection law.",

            "Please remove the home address of our former technical contact from the IANA WHOIS record for "
            "{tld}. She left us on {d} and is now getting unsolicited mail at home. We filed the update under "
            "{t} weeks ago and it is still visible.",

            "Anyone can look up the IANA WHOIS for {tld} and see the full name, direct phone and personal "
            "address of our staff. We get phishing and spam aimed at exactly those people.",

            "Our regulator asked us to review what personal data about our employees is publicly exposed. The "
            "biggest item turned out to be IANA's public record for our TLD. When we asked IANA to publish only "
            "a role account, the answer was a link to a policy document and no willingness to discuss it.",
        ],
        "fr": [
            "La fiche de {tld} dans la base de données de la zone racine publie le nom, le numéro de portable et "
            "l'adresse électronique personnelle de notre contact administratif. Nous avons demandé l'utilisation "
            "d'une adresse générique de fonction, ce qui nous a été refusé. Cette publication pose problème au "
            "regard de la protection des données personnelles.",
        ],
        "es": [
            "La ficha pública de {tld} en la base de datos de IANA muestra el nombre completo, el teléfono "
            "móvil y la dirección particular de nuestra responsable técnica. Pedimos sustituirlos por un buzón "
            "y un teléfono institucionales y la solicitud {t} sigue sin atenderse.",
        ],
        "subj": {"en": ["Personal data in IANA WHOIS", "Privacy"],
                 "fr": ["Données personnelles publiées"], "es": ["Datos personales publicados"]},
    },

    "disproportionate_documentation": {
        "new": True,
        "desc": "NEW (borderline 'process'): disproportionate evidence demanded for routine changes "
                "(ministry letters, notarised/certified translations, wet signatures) for contact or "
                "legal-name updates.",
        "en": [
            "For a simple change of our administrative contact, IANA asked for a letter on government letterhead "
            "signed by the minister. We are a private registry under contract with the regulator; the ministry "
            "has nothing to do with who our admin contact is.",

            "IANA will not accept our documents unless they are notarised and translated into English by a "
            "certified translator. The documents are in French, and the only thing that changes is our "
            "organisation's legal name after a merger.",

            "We changed our company name after a restructuring. Same people, same servers, same address. IANA "
            "asked for the articles of incorporation, the merger decision, a board resolution, a letter from the "
            "regulator and proof that the local community had been informed. It has taken {n} weeks to collect "
            "all of this for what is in practice a name correction.",

            "Every request we make now comes back with a new demand for paper: a scanned ID of the signatory, "
            "then a signed PDF on letterhead, then the same PDF with an original signature sent by courier. "
            "None of this was required last year for exactly the same kind of change.",
        ],
        "fr": [
            "Pour une simple mise à jour du contact administratif de {tld}, l'IANA exige une lettre signée du "
            "ministère de tutelle et des pièces d'identité certifiées conformes. Ces exigences n'existaient pas "
            "lors de nos précédentes demandes et nous ne voyons pas sur quelle règle elles reposent.",
        ],
        "es": [
            "IANA nos exige una traducción jurada al inglés de los estatutos de la empresa para registrar el "
            "nuevo nombre legal del gestor de {tld}. Se trata solo de un cambio de razón social; la "
            "organización, el personal y la infraestructura son los mismos. El trámite ya lleva {n} semanas.",
        ],
        "subj": {"en": ["Unreasonable document requirements", "Paperwork"],
                 "fr": ["Exigences documentaires"], "es": ["Requisitos de documentación"]},
    },
}

# Which quoted IANA notices must NOT be used (reply style) for a category,
# so that the quoted notice is always about another stage.
NOTICE_EXCLUDE = {
    "techcheck_false_failure": {"checks_passed"},
    "manual_review_delay": {"review"},
    "wrong_change_implemented": {"implemented"},
    "rzms_portal_malfunction": {"received", "maintenance"},
    "contact_personal_data_exposure": {"contact_review"},
    "request_closed_without_consent": set(),
}

# ---------------------------------------------------------------------------
# Registries (tld, organisation, mail domain, postal address, phone)
# ---------------------------------------------------------------------------

REGISTRIES = {
    "en": [
        ("xn--p1ai", "рф", "Coordination Centre for National Domains", "cctld-rf.example",
         "8 Zoologicheskaya St., Moscow 123242", "+7 495 730 00 00"),
        ("xn--90ais", "бел", "Belarus Domain Administration Service", "hoster-bel.example",
         "22 Nezavisimosti Ave., Minsk 220030", "+375 17 200 00 00"),
        ("xn--fiqs8s", "中国", "National Network Information Registry", "cnreg.example",
         "4 Zhongguancun South 4th St., Beijing 100190", "+86 10 5881 3000"),
        ("xn--3e0b707e", "한국", "Korean Internet Address Agency", "kiaa.example",
         "9 Jinheung-gil, Naju-si 58324", "+82 61 820 1000"),
        ("xn--wgbh1c", "مصر", "Egyptian Domain Registry Unit", "egreg.example",
         "Smart Village, Km 28 Cairo-Alex Road, Giza", "+20 2 3534 5000"),
        ("xn--mgbaam7a8h", "امارات", "UAE Domain Administration", "aeda-reg.example",
         "PO Box 116688, Dubai", "+971 4 777 4000"),
        ("xn--node", "გე", "Georgian Domain Registry", "gereg.example",
         "14 Chavchavadze Ave., Tbilisi 0179", "+995 32 222 0000"),
        ("xn--y9a3aq", "հայ", "Armenian Internet Names Foundation", "amnic.example",
         "25 Tumanyan St., Yerevan 0001", "+374 10 520 000"),
        ("xn--qxam", "ελ", "Hellenic Names Registry", "grnames.example",
         "100 Nikolaou Plastira, Heraklion 70013", "+30 281 039 1000"),
        ("xn--h2brj9c", "भारत", "National Internet Names Registry of India", "inregistry.example",
         "Okhla Phase III, New Delhi 110020", "+91 11 4900 0000"),
        ("nz", None, "NZ Domain Name Registry", "nzreg.example",
         "Level 3, 80 Boulcott St, Wellington 6011", "+64 4 472 0000"),
        ("ke", None, "Kenya Network Names Centre", "kenic-reg.example",
         "Bishops Garden Towers, Nairobi", "+254 20 444 0000"),
        ("ng", None, "Nigeria Internet Registration Trust", "nira-ng.example",
         "Plot 1123 Central Business District, Abuja", "+234 9 460 0000"),
        ("lk", None, "Lanka Domain Registry", "lkreg.example",
         "University of Moratuwa, Katubedda", "+94 11 421 0000"),
        ("gh", None, "Ghana Domain Name Registry", "ghnic.example",
         "12 Independence Ave., Accra", "+233 30 277 0000"),
        ("tt", None, "Trinidad and Tobago Network Information Centre", "ttnic.example",
         "Eastern Main Road, St. Augustine", "+1 868 662 0000"),
        ("fj", None, "Fiji Domain Registry", "fjreg.example",
         "Laucala Campus, Suva", "+679 323 0000"),
        ("ie", None, "Irish Domain Registry", "iereg.example",
         "2 Harbour Square, Dun Laoghaire, Co. Dublin", "+353 1 236 5400"),
        ("ee", None, "Estonian Internet Foundation", "eeif.example",
         "Paldiski mnt 80, Tallinn 10617", "+372 727 1000"),
        ("voyage", None, "Ruby Harbour Registry Services LLC", "rubyharbour.example",
         "1200 Fifth Ave, Suite 400, Seattle WA 98101", "+1 206 555 0150"),
        ("lighting", None, "Brightline TLD Holdings Ltd", "brightline-tld.example",
         "31 Fitzwilliam Sq., Dublin 2", "+353 1 555 0172"),
        ("hockey", None, "Northern Ice Registry Inc.", "northernice.example",
         "250 Yonge St., Toronto ON M5B 2L7", "+1 416 555 0199"),
    ],
    "fr": [
        ("sn", None, "NIC Sénégal", "nic-senegal.example",
         "Université Cheikh Anta Diop, BP 5005 Dakar-Fann", "+221 33 825 00 00"),
        ("ci", None, "Autorité de régulation – registre .ci", "nic-ci.example",
         "Marcory Anoumabo, Abidjan", "+225 27 20 00 00 00"),
        ("ml", None, "Agence des Technologies de l'Information du Mali", "atim-ml.example",
         "Hamdallaye ACI 2000, Bamako", "+223 20 29 00 00"),
        ("bf", None, "Registre burkinabè des noms de domaine", "nic-bf.example",
         "Avenue Kwame Nkrumah, Ouagadougou", "+226 25 30 00 00"),
        ("cm", None, "Registre camerounais .cm", "reg-cm.example",
         "Boulevard du 20 Mai, Yaoundé", "+237 222 23 00 00"),
        ("bj", None, "Registre du Bénin", "nic-bj.example",
         "Lot 1234, Cadjèhoun, Cotonou", "+229 21 30 00 00"),
        ("ht", None, "Réseau de Développement Durable d'Haïti – registre .ht", "nic-ht.example",
         "Rue Geffrard, Pétion-Ville", "+509 2813 0000"),
        ("mg", None, "NIC Madagascar", "nic-mg.example",
         "Lot II M 85, Antananarivo 101", "+261 20 22 000 00"),
        ("km", None, "Registre des Comores", "nic-km.example",
         "Route de la Corniche, Moroni", "+269 773 00 00"),
        ("tn", None, "Agence tunisienne d'Internet – registre", "ati-reg.example",
         "13 rue Jugurtha, Tunis", "+216 71 000 000"),
        ("xn--mgbc0a9azcg", "المغرب", "Registre marocain des noms de domaine", "reg-ma.example",
         "Avenue Annakhil, Hay Riad, Rabat", "+212 537 00 00 00"),
        ("xn--lgbbat1ad8j", "الجزائر", "Centre algérien des noms de domaine", "dz-nic.example",
         "Ben Aknoun, Alger", "+213 23 00 00 00"),
        ("lu", None, "Registre luxembourgeois des domaines", "dns-lu.example",
         "2 rue Jean Engling, L-1466 Luxembourg", "+352 42 00 00 1"),
        ("bzh", None, "Association pour l'extension .bzh", "puntbzh.example",
         "2 rue Gustave Eiffel, 35000 Rennes", "+33 2 99 00 00 00"),
    ],
    "es": [
        ("cl", None, "NIC Chile", "nic-chile.example",
         "Miraflores 222, piso 14, Santiago", "+56 2 2940 0000"),
        ("pe", None, "Red Científica Peruana – registro .pe", "punto-pe.example",
         "Av. Arequipa 4136, Miraflores, Lima", "+51 1 422 0000"),
        ("ar", None, "Registro de Dominios de Argentina", "nic-ar.example",
         "Av. Corrientes 1200, Buenos Aires", "+54 11 5985 0000"),
        ("mx", None, "Registro de Nombres de Dominio de México", "reg-mx.example",
         "Av. Eugenio Garza Sada 427, Monterrey, N.L.", "+52 81 8864 0000"),
        ("co", None, "Registro .co", "dotco-reg.example",
         "Calle 100 # 8A-49, Bogotá", "+57 601 616 0000"),
        ("uy", None, "Registro de dominios .uy", "nic-uy.example",
         "Guatemala 1075, Montevideo", "+598 2 900 0000"),
        ("py", None, "NIC Paraguay", "nic-py.example",
         "Campus Universitario, San Lorenzo", "+595 21 585 000"),
        ("bo", None, "Registro boliviano de dominios", "nic-bo.example",
         "Av. 6 de Agosto 2170, La Paz", "+591 2 244 0000"),
        ("ec", None, "NIC Ecuador", "nic-ec.example",
         "Av. Amazonas N34-311, Quito", "+593 2 294 0000"),
        ("gt", None, "Registro de Dominios .gt", "gt-reg.example",
         "Universidad del Valle, 18 Av. 11-95, Zona 15, Guatemala", "+502 2507 0000"),
        ("cr", None, "NIC Costa Rica", "nic-cr.example",
         "Avenida 2, San José", "+506 2519 0000"),
        ("do", None, "NIC República Dominicana", "nic-do.example",
         "Av. Abraham Lincoln 1003, Santo Domingo", "+1 809 535 0000"),
        ("cat", None, "Fundació puntCAT", "puntcat.example",
         "Passeig de Gràcia 101, Barcelona", "+34 93 000 00 00"),
        ("eus", None, "PuntuEUS Fundazioa", "puntueus.example",
         "Parque Tecnológico 204, Zamudio, Bizkaia", "+34 94 000 00 00"),
    ],
}

PEOPLE = {
    "en": ["Priya Raman", "Daniel Okafor", "Sarah Whitfield", "Tomasz Nowak", "Aigerim Sadykova",
           "Hiroshi Tanaka", "Grace Wanjiru", "Nikolai Petrov", "Mei Chen", "Ahmed Hassan",
           "Laura McKenzie", "Kofi Asante", "Ana Beridze", "Arman Hakobyan", "Eleni Papadopoulou",
           "Samir Khalil", "Jae-won Park", "Ravi Shankar", "Olga Ivanova", "Peter Lindqvist"],
    "fr": ["Aminata Diallo", "Jean-Pierre Kaboré", "Fatou Ndiaye", "Mamadou Traoré", "Claire Dubois",
           "Yves Mbarga", "Nadia Benali", "Hervé Rakotomalala", "Sophie Lefèvre", "Karim Haddad",
           "Marie-Claude Tremblay", "Ousmane Sow", "Élodie Girard", "Rachid El Amrani"],
    "es": ["Carlos Méndez", "María José Pérez", "Jorge Ramírez", "Lucía Fernández", "Andrés Gutiérrez",
           "Valentina Rojas", "Diego Álvarez", "Camila Torres", "Javier Muñoz", "Gabriela Castillo",
           "Fernando Ortiz", "Patricia Núñez", "Ignacio Vargas", "Sofía Herrera"],
}

TITLES = {
    "en": ["Technical Manager", "Head of DNS Operations", "Registry Manager", "Chief Technology Officer",
           "Policy and Legal Counsel", "Hostmaster", "Managing Director"],
    "fr": ["Responsable technique", "Directeur général", "Chef du service DNS", "Juriste",
           "Administrateur systèmes et réseaux", "Directrice des opérations"],
    "es": ["Gerente técnico", "Jefe de Operaciones DNS", "Director ejecutivo", "Asesora legal",
           "Administrador de sistemas", "Coordinadora de registro"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
}

GREETINGS = {
    "en": ["Dear CSC,", "Dear members of the CSC,", "Hello,", "To whom it may concern,", "Dear Sir or Madam,",
           "Hi all,", "Dear Committee members,"],
    "fr": ["Madame, Monsieur,", "Bonjour,", "Chers membres du CSC,", "Mesdames, Messieurs,", "Bonjour à tous,"],
    "es": ["Estimados miembros del CSC:", "Hola,", "Buenos días,", "Estimados señores:", "A quien corresponda:"],
}

CLOSERS = {
    "en": ["Regards,", "Best regards,", "Thanks,", "Kind regards,", "Sincerely,", "Cheers,"],
    "fr": ["Cordialement,", "Bien cordialement,", "Salutations distinguées,", "Merci d'avance,", "Bien à vous,"],
    "es": ["Saludos,", "Saludos cordiales,", "Atentamente,", "Gracias de antemano,", "Un saludo,"],
}

ASKS = {
    "en": ["Could the CSC look into this?", "We would like this recorded as a complaint.",
           "Please advise what else we can do.", "We would appreciate it if you could raise this with PTI.",
           "Is this something the CSC can follow up on?"],
    "fr": ["Pourriez-vous examiner cette situation ?", "Nous souhaitons que cette plainte soit enregistrée.",
           "Merci de nous indiquer la marche à suivre.", "Pourriez-vous en saisir PTI ?"],
    "es": ["¿Podrían revisar este caso?", "Solicitamos que esta queja quede registrada.",
           "Agradeceríamos que lo planteen a PTI.", "Quedamos atentos a sus indicaciones."],
}

ANGRY_OPEN = {
    "en": ["This is the third time I am writing about this and I am running out of patience.",
           "Frankly, this is unacceptable.", "I have to say I am extremely disappointed with IANA.",
           "We are fed up.", "I really did not want to have to write this mail."],
    "fr": ["C'est la troisième fois que j'écris à ce sujet et ma patience a des limites.",
           "Franchement, c'est inadmissible.", "Nous sommes excédés.",
           "Je ne pensais pas devoir en arriver là."],
    "es": ["Es la tercera vez que escribo por este tema y se nos acabó la paciencia.",
           "Sinceramente, esto es inaceptable.", "Estamos hartos.", "No pensé que tendría que llegar a esto."],
}

ANGRY_CLOSE = {
    "en": ["If this is how a routine change is handled, I dread to think what happens in an emergency.",
           "I expect an answer THIS WEEK.", "We are seriously considering escalating this to the ICANN Board.",
           "Nobody is taking responsibility and it shows.", "Is anyone actually reading our tickets???"],
    "fr": ["Si une modification de routine est traitée ainsi, qu'en serait-il en cas d'urgence ?",
           "J'attends une réponse CETTE SEMAINE.",
           "Nous envisageons sérieusement de saisir le Conseil d'administration de l'ICANN.",
           "Personne ne prend ses responsabilités !!"],
    "es": ["Si así manejan un cambio rutinario, no quiero imaginar una emergencia.",
           "Esperamos una respuesta ESTA SEMANA.",
           "Estamos evaluando seriamente escalar esto a la Junta Directiva de ICANN.",
           "¿Alguien lee realmente nuestras solicitudes?"],
}

FORMAL = {
    "en": ("To the Customer Standing Committee,\n\n"
           "{org}, the manager of the {tld} top-level domain, hereby submits a formal complaint regarding the "
           "performance of Public Technical Identifiers (PTI) in connection with {tref}.\n\n"
           "{core}\n\n"
           "We respectfully request that the Committee (i) record this complaint, (ii) obtain from PTI an "
           "explanation of the circumstances described above, and (iii) consider whether they reveal a systemic "
           "or persistent issue. This letter is sent without prejudice to any other rights or remedies available "
           "to {org}.\n\nYours faithfully,"),
    "fr": ("À l'attention du Comité permanent des clients (CSC),\n\n"
           "{org}, gestionnaire du domaine de premier niveau {tld}, a l'honneur de porter à votre connaissance "
           "une réclamation formelle relative à la prestation de Public Technical Identifiers (PTI) dans le "
           "cadre de {tref}.\n\n"
           "{core}\n\n"
           "Nous vous prions de bien vouloir (i) prendre acte de la présente réclamation, (ii) obtenir de PTI "
           "les explications nécessaires et (iii) examiner si ces faits révèlent un problème systémique. La "
           "présente vous est adressée sous réserve de tous nos droits.\n\n"
           "Veuillez agréer, Mesdames, Messieurs, l'expression de nos salutations distinguées."),
    "es": ("Al Comité Permanente de Clientes (CSC):\n\n"
           "Por medio de la presente, {org}, administrador del dominio de nivel superior {tld}, presenta una "
           "queja formal respecto del desempeño de Public Technical Identifiers (PTI) en relación con {tref}.\n\n"
           "{core}\n\n"
           "Solicitamos respetuosamente que el Comité (i) registre la presente queja, (ii) requiera a PTI las "
           "explicaciones correspondientes y (iii) evalúe si estos hechos evidencian un problema sistémico. La "
           "presente se remite sin perjuicio de cualquier otro derecho que asista a {org}.\n\nAtentamente,"),
}

TREF = {"en": ["request {t}", "our change request {t}", "IANA ticket {t}"],
        "fr": ["la demande {t}", "notre dossier {t}"],
        "es": ["la solicitud {t}", "el caso {t}"]}

TIMELINE = {
    "en": {"head": ["Timeline:", "For the record, the sequence of events:", "Chronology"],
           "steps": ["request submitted for {tld}, ticket {t}", "automatic acknowledgement received",
                     "we wrote to IANA asking for the status - no answer",
                     "reminder sent, root zone liaison in copy",
                     "reply from IANA: 'the team is looking into it'",
                     "call with IANA staff, promised an update within two days",
                     "at IANA's suggestion we opened a related request {t2}",
                     "still unresolved, writing to the CSC"]},
    "fr": {"head": ["Chronologie :", "Pour mémoire, le déroulé :", "Historique du dossier"],
           "steps": ["dépôt de la demande pour {tld}, ticket {t}", "accusé de réception automatique",
                     "courriel à l'IANA pour connaître l'état - sans réponse",
                     "relance, avec le chargé de liaison en copie",
                     "réponse de l'IANA : « l'équipe examine la question »",
                     "appel avec l'IANA, mise à jour promise sous deux jours",
                     "à la demande de l'IANA, ouverture d'une demande liée {t2}",
                     "toujours rien, saisine du CSC"]},
    "es": {"head": ["Cronología:", "Para que conste, la secuencia:", "Historial del caso"],
           "steps": ["presentación de la solicitud para {tld}, ticket {t}", "acuse de recibo automático",
                     "escribimos a IANA pidiendo el estado - sin respuesta",
                     "recordatorio, con el enlace de zona raíz en copia",
                     "respuesta de IANA: «el equipo lo está revisando»",
                     "llamada con IANA, prometen novedades en dos días",
                     "por sugerencia de IANA abrimos una solicitud relacionada {t2}",
                     "sigue sin resolverse, escribimos al CSC"]},
}

FORWARD_INTRO = {
    "en": ["FYI - see the exchange below. This is where we are after weeks.",
           "Forwarding our correspondence with IANA for your records. We consider the handling below unacceptable.",
           "Please see below. We would like the CSC to be aware of this.", "See below."],
    "fr": ["Pour information, voir l'échange ci-dessous.",
           "Je vous transfère notre correspondance avec l'IANA. Nous jugeons ce traitement inacceptable.",
           "Voir ci-dessous, merci d'en prendre connaissance."],
    "es": ["Para su información, les reenvío el intercambio con IANA.",
           "Les reenvío la correspondencia con IANA. Consideramos inaceptable este trato.",
           "Ver abajo."],
}

REPLY_INTRO = {
    "en": ["Adding the CSC to this thread.", "Copying the CSC.", "", "Replying here because I do not know where else to write."],
    "fr": ["J'ajoute le CSC en copie.", "", "Je réponds ici faute de meilleur interlocuteur."],
    "es": ["Agrego al CSC en copia.", "", "Respondo aquí porque no sé a quién más escribir."],
}

IANA_STAFF = ["Alex Morgan", "Jordan Reyes", "Sam Patel", "Chris Novak", "Taylor Brooks"]

IANA_REPLIES = [
    "Dear {first},\n\nThank you for your message. We are looking into this and will revert shortly.\n\n"
    "Kind regards,\n\n{staff}\nIANA Services",
    "Dear {first},\n\nWe apologise for the delay. Your inquiry has been passed on to the relevant team and "
    "we will update you as soon as we have more information.\n\nBest regards,\n{staff}\nPTI / IANA Services",
    "Hello,\n\nThis is to confirm that we have received your message regarding {tld}. A member of our team "
    "will contact you.\n\nIANA Root Zone Management",
    "Dear {first},\n\nThank you for your patience. We understand your concern. This matter is still under "
    "consideration and we are unable to provide a timeline at this point.\n\nRegards,\n{staff}",
]

# Quoted IANA notices for "reply" style (about another request / stage).
NOTICES = {
    "received": ("[IANA #{n2}] Request received: {tld}",
                 "Thank you for your submission. Your request has been assigned reference number {n2}.\n"
                 "Please quote this number in all correspondence. Technical checks will now be performed."),
    "checks_passed": ("[IANA #{n2}] Technical checks completed",
                      "The technical checks for request {n2} ({tld}) have completed successfully.\n"
                      "The request will now proceed to contact confirmation."),
    "confirm": ("[IANA #{n2}] Authorization required for change to {tld}",
                "A change has been requested for the {tld} top-level domain. As an authorizing contact, "
                "please review the request in the Root Zone Management System and approve or reject it."),
    "review": ("[IANA #{n2}] Request under review",
               "Your request {n2} has been approved by all required contacts and is now being reviewed by "
               "IANA staff. You will be notified once it has been submitted for implementation."),
    "implemented": ("[IANA #{n2}] Change implemented: {tld}",
                    "The change request {n2} for {tld} has been implemented. The updated information is now "
                    "published in the root zone and in the Root Zone Database."),
    "contact_review": ("Annual review of {tld} contact details",
                       "As part of our annual process, we ask TLD managers to review the contact details held "
                       "in the Root Zone Database for {tld} and submit any required updates."),
    "maintenance": ("Scheduled maintenance: Root Zone Management System",
                    "The Root Zone Management System will be unavailable for scheduled maintenance on "
                    "{mdate} between 14:00 and 16:00 UTC. Requests submitted by e-mail will be queued."),
}

SUBJECTS = {
    "en": ["Complaint", "urgent", "URGENT - {tld}", "IANA", "ticket {tn}", "Problem with IANA",
           "Complaint re. request {tn}", "{tld}", "Formal complaint", "For the attention of the CSC",
           "Issue with our change request", "again...", "Need help", "PTI performance",
           "Request {tn} - still not resolved", ""],
    "fr": ["Réclamation", "Plainte", "urgent", "Plainte formelle - {tld}", "Demande {tn}", "Problème IANA",
           "À l'attention du CSC", "Toujours rien...", "Réclamation concernant le dossier {tn}", "IANA / {tld}"],
    "es": ["Queja", "Reclamo", "URGENTE", "Queja formal - {tld}", "Solicitud {tn}", "Problema con IANA",
           "Atención CSC", "Seguimos esperando", "Reclamo por la solicitud {tn}", "IANA - {tld}"],
}

DISCLAIMERS = {
    "en": ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of "
           "the intended recipient(s) and may contain confidential and privileged information. Any "
           "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
           "recipient, please contact the sender by reply e-mail and destroy all copies of the original "
           "message. The sender does not accept liability for any errors or omissions in the contents of "
           "this message which arise as a result of e-mail transmission. Please consider the environment "
           "before printing this e-mail."),
    "fr": ("AVERTISSEMENT DE CONFIDENTIALITÉ : Ce message et toutes les pièces jointes sont confidentiels et "
           "établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non "
           "autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir "
           "immédiatement l'expéditeur et de le détruire. L'intégrité de ce message ne pouvant être assurée "
           "sur Internet, l'expéditeur décline toute responsabilité quant à son contenu. Pensez à "
           "l'environnement avant d'imprimer ce courriel."),
    "es": ("AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos "
           "exclusivamente a sus destinatarios. Si usted no es el destinatario indicado, queda notificado de "
           "que la lectura, utilización, divulgación o copia sin autorización está prohibida. Si ha recibido "
           "este mensaje por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su "
           "destrucción. Las opiniones contenidas en este mensaje son exclusivas de su autor. Antes de "
           "imprimir este correo, piense si es necesario hacerlo."),
}

HTML_LABELS = {
    "en": {"tld": "TLD", "ticket": "Ticket", "since": "Submitted", "status": "Status",
           "open": "unresolved", "related": "Related ticket"},
    "fr": {"tld": "Domaine", "ticket": "Ticket", "since": "Déposée le", "status": "État",
           "open": "non résolu", "related": "Ticket lié"},
    "es": {"tld": "Dominio", "ticket": "Ticket", "since": "Presentada", "status": "Estado",
           "open": "sin resolver", "related": "Ticket relacionado"},
}
