"""Hand-written core texts for the blind complaint corpus.

Placeholders (str.format_map): tld, t, t2, d1..d5, days, weeks, ns1, ns2, ns3,
ip4, ip6, keytag, keytag2, org.
Each text: (lang, voice, who, body).  voice in terse/long/angry/formal/plain.
who: None (anyone), "cc" (country-code manager), "brand" (brand gTLD),
"africa" (African ccTLD).
"""

CATEGORIES = {}

# ---------------------------------------------------------------------------
# 1. Name-server technical checks fail (disputed / unexplained), retests slow
# ---------------------------------------------------------------------------
CATEGORIES["ns_tech_check"] = {
    "desc": "Name-server technical checks fail on servers the operator says work; unexplained results, slow retests, change blocked",
    "stage": "tech_check",
    "texts": [
        ("en", "terse", None,
         "Tech check on {t} failed again for {ns2}. That server answers fine from everywhere we test. "
         "Please look at your test, not our server."),
        ("en", "long", None,
         "Timeline for the {tld} NS change, {t}:\n\n"
         "{d1} - submitted via RZMS: replace {ns3} by {ns2}, keep {ns1}.\n"
         "{d2} - automated checks report \"authoritative answer not received\" from {ns2} over TCP.\n"
         "{d2} - we verified from three networks (local ISP, a VPS in Frankfurt, RIPE Atlas): TCP/53 open, "
         "AA bit set, SOA serial identical on all servers.\n"
         "{d3} - requested a retest from the portal. Same error. The result came back after more than an hour, not minutes.\n"
         "{d4} - opened a second ticket {t2} asking which source address your checker uses, so we can look at our logs. No answer.\n"
         "{d5} - retest, failure again, now also \"inconsistent serial\", which is simply not true, we have not touched the zone.\n\n"
         "So the change is blocked for {days} days on a check result we cannot reproduce and nobody explains. "
         "We ask the CSC to look at whether the test infrastructure is working as it should."),
        ("en", "angry", None,
         "This is the third time this year that your so-called technical checks block a routine change for {tld}. "
         "Every time the 'failure' is on a server that is up, answering, and serving millions of queries a day. "
         "Every time we have to beg for a manual look and every time someone finally says 'looks fine now, passing'. "
         "Nothing changed on our side!!\n\n"
         "Meanwhile our migration plan, our contractors and our maintenance window are all wasted. Ticket {t}. "
         "I want an explanation in writing, not another automated mail."),
        ("en", "formal", None,
         "Dear Members of the Customer Standing Committee,\n\n"
         "We write on behalf of {org}, manager of the {tld} top-level domain, to lodge a formal complaint concerning "
         "the handling of root zone change request {t}, submitted on {d1}.\n\n"
         "The request was rejected at the technical verification stage on the grounds that name server {ns2} failed "
         "the test for consistency of the delegation data. Our own measurements, which we are prepared to share, show "
         "that the server was responsive and consistent throughout the period in question. Despite our request for "
         "clarification on {d3}, PTI has not identified which specific query failed, nor from which vantage point.\n\n"
         "We respectfully request that the Committee (i) take note of this matter, (ii) consider whether it forms part "
         "of a pattern of unexplained technical check failures, and (iii) invite PTI to publish the detailed criteria "
         "and vantage points used for these tests."),
        ("en", "plain", "cc",
         "Good day,\n\n"
         "We are trying since {d1} to update the name servers of {tld}. Each time the system send us a red result "
         "for {ns1} saying 'no response from server'. But the server is working, our local users use it all day and "
         "resolvers everywhere can resolve our domains without issue. We have called our upstream provider and there "
         "is no filtering of port 53.\n\n"
         "Kindly advise what we must do. Our engineer is ready to do any test you want. Request number is {t}."),
        ("en", "plain", None,
         "Hello,\n\n"
         "According to the SLA the result of a retest after failed checks should come within 10 minutes. For our "
         "request {t} ({tld}) we pressed 'retest' on {d3} around 09:40 our time and the result only arrived the next "
         "morning. The first run had failed because of a glue mismatch that we corrected within the hour. So we lost "
         "one full day for nothing.\n\n"
         "I don't know whether this gets counted in PTI's monthly report, but I would like the CSC to know it happened."),
        ("fr", "plain", None,
         "Bonjour,\n\n"
         "Je me permets de vous saisir au sujet de notre demande {t} pour le {tld}.\n\n"
         "Depuis le {d1}, les tests techniques de l'IANA signalent que notre serveur {ns2} « ne répond pas de manière "
         "autoritaire ». Nous avons vérifié à plusieurs reprises avec dig et Zonemaster : le serveur répond "
         "correctement, en UDP comme en TCP, et le numéro de série SOA est identique sur tous nos serveurs.\n\n"
         "Nous avons relancé le test le {d3} puis le {d4}, toujours le même échec, sans aucun détail exploitable. "
         "Notre ancien prestataire doit couper {ns3} à la fin du mois ; si la modification n'est pas passée d'ici là, "
         "nous perdrons un serveur de noms.\n\n"
         "Pourriez-vous examiner si ce type d'échec est fréquent chez d'autres gestionnaires ?\n\n"
         "Cordialement,"),
        ("es", "angry", None,
         "Buenas tardes:\n\n"
         "Otra vez nos rechazan el cambio de servidores de {tld} por las famosas pruebas técnicas. Dicen que {ns2} no "
         "responde por IPv6, pero la dirección {ip6} responde perfectamente; lo comprobamos desde tres redes distintas "
         "y hasta desde RIPE Atlas. Llevamos {days} días con esto, solicitud {t}. Nadie en IANA nos dice desde dónde "
         "hacen la prueba ni qué consulta exactamente falla.\n\n"
         "Esto no puede seguir así. Pedimos que el CSC revise el caso y que quede constancia de la queja."),
        ("fr", "terse", None,
         "Bonjour, la vérification technique de la demande {t} ({tld}) échoue encore sur {ns1} alors que le serveur "
         "répond parfaitement. Merci de faire le nécessaire, c'est bloquant pour nous."),
    ],
}

# ---------------------------------------------------------------------------
# 2. DNSSEC: DS changes / key rollovers blocked or mishandled
# ---------------------------------------------------------------------------
CATEGORIES["dnssec_ds"] = {
    "desc": "DS record updates and KSK/algorithm rollovers rejected or stuck; operator forced to keep retired keys",
    "stage": "tech_check",
    "texts": [
        ("en", "terse", None,
         "Our DS update for {tld} ({t}) was refused: 'DS does not match any DNSKEY'. Key tag {keytag} is published "
         "and signed since {d1}. The rollover is stuck. Please help."),
        ("en", "long", None,
         "Chronology of the KSK rollover for {tld}:\n\n"
         "- {d1}: new KSK (algorithm 13, key tag {keytag}) pre-published in the zone, double signature started.\n"
         "- {d2}: submitted request {t} to add the new DS and keep the old DS ({keytag2}).\n"
         "- {d2}: checks failed, 'DNSKEY RRset not validated from all name servers'.\n"
         "- {d3}: confirmed with DNSViz and our own validator that {ns1} and {ns2} serve the same RRset with valid "
         "RRSIGs. Retested, failed again.\n"
         "- {d4}: phoned IANA, was told to resubmit. Resubmitted as {t2}.\n"
         "- {d5}: {t2} still 'pending technical check'.\n\n"
         "Our old key is due to be withdrawn under our DPS. Because the DS cannot be changed we cannot complete the "
         "roll, and we are now operating outside our own published policy. The CSC should know that a routine DS "
         "change has taken more than {weeks} weeks."),
        ("en", "angry", None,
         "You nearly made our whole TLD go bogus. We asked in {t} to REMOVE the DS for the old key {keytag2} once the "
         "new one was live. Instead the request just sat there, and when we asked what was happening we were told the "
         "removal 'needs additional verification'. Additional verification for removing a key that we, the TLD "
         "manager, no longer use??\n\n"
         "If we had withdrawn the old key as planned, every validating resolver on the planet would have failed on "
         "{tld}. We had to keep a retired key alive for {days} days because of this."),
        ("en", "formal", None,
         "To the Customer Standing Committee\n\n"
         "Re: Complaint regarding the handling of a DNSSEC trust anchor update for {tld}\n\n"
         "{org} hereby submits a complaint concerning request {t}, whereby the Registry Operator sought to replace the "
         "Delegation Signer record for {tld} in connection with a scheduled algorithm rollover from RSA/SHA-256 to "
         "ECDSA P-256.\n\n"
         "The request was submitted on {d1} and, notwithstanding that all authoritative servers served a correctly "
         "signed DNSKEY RRset for both algorithms, was rejected on {d2} without substantive explanation. Subsequent "
         "correspondence has not clarified which check was failed.\n\n"
         "The Registry Operator considers this handling inconsistent with PTI's published service levels for routine "
         "changes to the root zone, and requests that the Committee record this complaint and examine whether similar "
         "issues have affected other operators undertaking algorithm rollovers."),
        ("en", "plain", "brand",
         "Hi,\n\n"
         "Our back-end provider tried to update the DS record for {tld} on {d1} as part of the annual key roll. The "
         "request ({t}) came back with an error saying the digest type is 'not supported'. It's SHA-256 (type 2), "
         "which as far as I know is the standard. The provider says they submitted the same way for other TLDs last "
         "month without a problem.\n\n"
         "We are a brand registry with very little DNS staff of our own, so we depend on clear messages. The error "
         "text did not help and when we asked for details we were sent a link to the general documentation. Can "
         "someone check whether something changed in IANA's checks?"),
        ("en", "plain", "cc",
         "Dear Sir/Madam,\n\n"
         "We wish to inform that our DNSSEC key change for {tld} is pending from {d1}. The DS record we have submitted "
         "is correct, we have checked many times with our vendor. The IANA system shows status 'technical check "
         "failed - DNSSEC'. We have sent email to IANA on {d3} with the output of our validation but no reply yet.\n\n"
         "We are worried as the old key will expire soon. Kindly look into the matter on urgent basis. Ticket {t}."),
        ("fr", "formal", None,
         "Madame, Monsieur,\n\n"
         "Par la présente, {org}, gestionnaire du domaine de premier niveau {tld}, souhaite porter à la connaissance "
         "du Comité un incident relatif à la mise à jour de l'enregistrement DS de notre zone (demande {t}, déposée "
         "le {d1}).\n\n"
         "La nouvelle clé KSK (identifiant {keytag}) est publiée et signée depuis plusieurs semaines. La demande a "
         "pourtant été rejetée à deux reprises au motif que le DS « ne correspond à aucune clé publiée », ce que "
         "contredisent toutes nos vérifications ainsi que celles de notre prestataire.\n\n"
         "Ce blocage nous contraint à maintenir en service une clé qui aurait dû être retirée conformément à notre "
         "politique DNSSEC. Nous vous prions de bien vouloir enregistrer la présente réclamation et d'examiner si "
         "d'autres gestionnaires ont rencontré des difficultés similaires.\n\n"
         "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."),
        ("es", "long", None,
         "Estimados:\n\n"
         "Les escribo por el rollover de la KSK de {tld}. Resumo:\n\n"
         "{d1}: publicamos la nueva llave (tag {keytag}).\n"
         "{d2}: enviamos la solicitud {t} para agregar el nuevo DS.\n"
         "{d3}: la solicitud aparece rechazada; el mensaje dice que la cadena de confianza no valida.\n"
         "{d4}: volvimos a enviarla (solicitud {t2}), mismo resultado.\n\n"
         "Verificamos con DNSViz y con Zonemaster y todo está en verde. No entendemos qué ve IANA que nosotros no "
         "vemos. Mientras tanto seguimos firmando con dos llaves y no podemos retirar la vieja.\n\n"
         "Agradeceré que el comité tome nota. Saludos cordiales."),
        ("es", "terse", None,
         "Hola. El cambio de DS de {tld} ({t}) sigue rechazado en la validación DNSSEC de IANA aunque la llave está "
         "publicada hace semanas. Llevamos {days} días. ¿A quién más hay que escribirle?"),
    ],
}

# ---------------------------------------------------------------------------
# 3. Contact confirmation / authorization
# ---------------------------------------------------------------------------
CATEGORIES["contact_auth"] = {
    "desc": "Authorization step by admin/tech contacts fails: approval mails not received, links expired, stale contacts, approvals not registered",
    "stage": "contact_auth",
    "texts": [
        ("en", "terse", None,
         "Our admin contact never got the confirmation e-mail for {t}. Checked spam. Nothing. Request still waiting "
         "for approval. {tld}."),
        ("en", "long", None,
         "Sequence of events, {tld}, request {t}:\n\n"
         "{d1} 10:02 UTC - request submitted by the tech contact.\n"
         "{d1} 10:03 UTC - tech contact receives the approval link and approves.\n"
         "{d1} - admin contact receives nothing.\n"
         "{d2} - we ask IANA to resend. Told it was resent. Still nothing arrives (our mail logs show no connection "
         "from IANA at all).\n"
         "{d3} - the admin contact, our Director General, is travelling; we ask whether he can approve by phone or "
         "by signed letter. Answer: no, only via the link.\n"
         "{d4} - the link finally arrives. He clicks it on {d5} from his phone: 'This link has expired.'\n\n"
         "The change itself is trivial. We have now spent {days} days on the confirmation step alone."),
        ("en", "angry", None,
         "How many times must we approve the same change? Our AC and TC both clicked the links for {t} on {d2}. "
         "Screenshots attached - well, I would attach them if your system accepted them. Today we got ANOTHER request "
         "to confirm, with a note that 'the previous confirmation could not be verified'. What does that even mean?\n\n"
         "{tld} is not a hobby project. Get it together."),
        ("en", "formal", None,
         "Dear Committee members,\n\n"
         "On behalf of {org}, Registry Operator of {tld}, we wish to record a complaint regarding the contact "
         "confirmation process applied to request {t}, submitted on {d1}.\n\n"
         "The Administrative Contact recorded in the IANA database is a role account that forwards to our legal "
         "department. PTI's confirmation request was, however, not delivered to that role account but to the personal "
         "address of a former staff member, which had been replaced by a change completed under an earlier request. "
         "As a consequence the request remained pending authorization for {days} days, until we identified the issue "
         "ourselves.\n\n"
         "We request that the Committee note this incident, which in our view reflects a data consistency problem in "
         "PTI's systems rather than an isolated error."),
        ("en", "plain", "cc",
         "Hello CSC,\n\n"
         "Please we need help. The person who must approve our changes for {tld} has left our organisation last year. "
         "We sent the documents to IANA to replace him, but now IANA says the new person cannot confirm because the "
         "old one must confirm first. It is not possible, he is not reachable. We are blocked since {d1}. "
         "Ticket {t}.\n\n"
         "Thank you."),
        ("en", "plain", "brand",
         "Hi there,\n\n"
         "Flagging a recurring issue. Every change we submit for {tld} needs confirmation from our admin contact, "
         "which is a shared mailbox at our outside counsel. For the last two requests ({t} and {t2}) the confirmation "
         "e-mails went out, but counsel's mail gateway quarantined them because the links were flagged as suspicious. "
         "Both times we only found out after a week. IANA suggested 'whitelisting', which we did, and it happened "
         "again.\n\n"
         "Is there any other way to confirm? It seems odd that the only path is a link in an email."),
        ("fr", "angry", None,
         "Bonjour,\n\n"
         "Franchement, nous ne comprenons plus rien. Pour la demande {t} ({tld}), le contact administratif a validé "
         "le {d2}, le contact technique aussi, le même jour. Et aujourd'hui le ticket est toujours « en attente de "
         "confirmation des contacts ». Nous avons écrit deux fois à l'IANA, on nous répond de cliquer de nouveau sur "
         "le lien... mais le lien ne marche plus !\n\n"
         "Cela fait maintenant {days} jours. Merci de bien vouloir transmettre à qui de droit."),
        ("es", "formal", None,
         "Señores del Comité Permanente de Clientes:\n\n"
         "Por medio de la presente, {org}, administrador del dominio {tld}, presenta una queja relativa al proceso de "
         "confirmación de contactos de la solicitud {t}, ingresada el {d1}.\n\n"
         "Los correos de autorización fueron enviados únicamente en inglés a nuestro contacto administrativo, quien no "
         "domina dicho idioma, y contenían un enlace válido por pocos días. Al vencer el plazo, la solicitud fue "
         "cerrada sin aviso previo y debimos reiniciar el trámite con el número {t2}.\n\n"
         "Solicitamos que el Comité registre esta queja y considere si el procedimiento de confirmación resulta "
         "adecuado para administradores cuyo idioma de trabajo no es el inglés.\n\n"
         "Atentamente,"),
        ("fr", "terse", None,
         "Le lien de confirmation reçu pour {t} affiche « expiré » dès le premier clic. {tld}. Que faut-il faire ?"),
    ],
}

# ---------------------------------------------------------------------------
# 4. Review / processing delay after checks and approvals
# ---------------------------------------------------------------------------
CATEGORIES["review_delay"] = {
    "desc": "Request passes checks and approvals, then sits for weeks in IANA staff review/processing with no questions asked",
    "stage": "review",
    "texts": [
        ("en", "terse", None,
         "{t} for {tld}: checks passed, both contacts approved on {d2}. Still 'in review' today. Why does a glue change "
         "need {days} days of review?"),
        ("en", "long", None,
         "Request {t} - {tld} - replacement of one name server\n\n"
         "{d1}  submitted\n"
         "{d1}  technical checks: pass\n"
         "{d1}  contact approvals: both received within the hour\n"
         "{d2}  status 'Pending IANA review'\n"
         "{d3}  status unchanged; email to root-mgmt asking for an ETA\n"
         "{d4}  reply: 'your request is in the queue and will be processed shortly'\n"
         "{d5}  status unchanged\n\n"
         "The published target for review and processing of a routine change is 5 days. We are at {days}. We have no "
         "idea what is being reviewed, as nobody has asked us a single question."),
        ("en", "angry", None,
         "I genuinely don't understand what happens inside IANA after we hit 'submit'. The machine says everything is "
         "green, the contacts approved within minutes, and then... silence. For weeks. {tld}, ticket {t}. A two-line "
         "NS change.\n\nIs there a human being looking at it at all? Somebody please tell me who is sitting on this."),
        ("en", "formal", None,
         "Dear Chair and Members of the CSC,\n\n"
         "{org} wishes to bring to the Committee's attention a significant delay in the processing of root zone change "
         "request {t} concerning {tld}.\n\n"
         "All automated technical checks were passed and all required authorizations obtained on {d1}. Since that date "
         "the request has remained at the review stage without any request for information from PTI. As of the date "
         "of this letter, {days} days have elapsed, which substantially exceeds the service level applicable to the "
         "review and processing of routine changes.\n\n"
         "We would be grateful if the Committee would take this delay into account in its monitoring of PTI's "
         "performance and inform us of any steps it considers appropriate."),
        ("en", "plain", "cc",
         "Dear CSC team,\n\n"
         "I hope you are well. I am writing regarding our TLD {tld}. We applied for a small change (adding an IPv6 "
         "address to {ns1}) on {d1}. The system shows 'Awaiting staff review' since the first day. We did not get any "
         "question or message. Our management is asking me why the change is not done after one month and I don't "
         "know what to answer them.\n\n"
         "Could you please help to find out the reason? Request {t}.\n\n"
         "Best regards,"),
        ("en", "plain", "brand",
         "Hello,\n\n"
         "We're a brand TLD and make maybe two root zone changes a year, so I can't claim to be an expert. But the last "
         "one ({t}, {tld}) passed every check on day one and then sat 'under review' for over three weeks. Nobody at "
         "IANA could tell us what the review was about. It eventually went through on {d5} with no explanation.\n\n"
         "Just putting it on record."),
        ("fr", "long", None,
         "Bonjour,\n\n"
         "Voici le déroulé de notre demande {t} concernant le {tld} :\n\n"
         "- {d1} : dépôt de la demande sur le portail ;\n"
         "- {d1} : tests techniques OK ;\n"
         "- {d2} : validation par les deux contacts ;\n"
         "- {d3} : statut « en cours d'examen » ;\n"
         "- {d4} : relance par courriel, réponse automatique uniquement ;\n"
         "- {d5} : toujours « en cours d'examen ».\n\n"
         "Nous ne savons pas ce qui est examiné, aucune question ne nous a été posée. Le délai habituel est de quelques "
         "jours, nous en sommes à {days}. Merci de prendre note de cette situation.\n\n"
         "Bien à vous,"),
        ("es", "terse", None,
         "La solicitud {t} ({tld}) lleva {days} días 'en revisión' sin ninguna consulta de IANA. Pruebas técnicas y "
         "aprobaciones OK desde el {d2}. Pedimos que quede registrado."),
        ("es", "plain", None,
         "Hola, buen día.\n\n"
         "Les cuento: el {d1} pedimos cambiar la dirección IP de uno de nuestros servidores de {tld}. Pasó bien todas "
         "las verificaciones y los contactos aprobaron ese mismo día. Desde entonces la solicitud ({t}) está quieta, "
         "dice 'pendiente de revisión por el personal'. Escribimos a IANA y contestaron que ya la estaban mirando, "
         "pero nada. El servidor viejo lo tenemos que apagar pronto porque se termina el contrato del hosting. "
         "¿Hay algo que el comité pueda hacer?\n\n"
         "Gracias."),
    ],
}

# ---------------------------------------------------------------------------
# 5. Publication / implementation delay, completion notice wrong or missing
# ---------------------------------------------------------------------------
CATEGORIES["publication_delay"] = {
    "desc": "Change approved/released but not published in the root zone in time, or completion notice missing or false",
    "stage": "implementation",
    "texts": [
        ("en", "terse", None,
         "IANA told us {t} was approved on {d3}. As of now the root zone still has the old NS set for {tld}. "
         "Checked on several root letters."),
        ("en", "long", None,
         "{tld} / {t} - implementation timeline\n\n"
         "{d1}: submitted\n{d1}: checks passed\n{d2}: authorizations complete\n"
         "{d3}: email from IANA 'request sent for implementation'\n"
         "{d4}: root zone serial moves twice; our delegation unchanged\n"
         "{d5}: still unchanged; we query all 13 root letters, old data everywhere\n\n"
         "We understand that once released, publication should happen within 72 hours. We are well past that. Our old "
         "provider stops serving the zone at the end of the month."),
        ("en", "angry", None,
         "Your notice says 'Your change has been implemented in the root zone'. It has NOT. I have been pulling the "
         "root zone file for two days and {tld} still points to {ns3}, the server we asked to remove under {t}.\n\n"
         "Either the notice is wrong or the publication is broken. Either way someone at IANA sent us a false "
         "confirmation and we almost shut down the old server on the strength of it."),
        ("en", "formal", None,
         "Dear Members of the Committee,\n\n"
         "{org}, as Registry Operator for {tld}, submits this complaint concerning the implementation phase of "
         "request {t}.\n\n"
         "The request was released for implementation on {d2}. Publication of the change in the root zone did not "
         "occur until {d5}, well beyond the 72-hour period foreseen in the applicable service level. Furthermore, the "
         "Registry Operator did not receive notification of the completion of the change and only became aware of it "
         "through its own monitoring.\n\n"
         "We respectfully request that this matter be included in the Committee's review of PTI's implementation "
         "performance."),
        ("en", "plain", "cc",
         "Hello,\n\n"
         "Our request {t} is showing 'Completed' in the portal since {d3}, but when we check the root zone the glue "
         "address for {ns1} is still the old one. Is it possible the change was approved but not really put in the "
         "zone? We are not sure who to ask since the IANA ticket is closed now.\n\n"
         "Regards,"),
        ("en", "plain", None,
         "Hi,\n\n"
         "Small thing maybe, but it caused us real trouble: our NS change for {tld} ({t}) was published in the root "
         "zone on {d4} - we saw it in our monitoring - but we never received the completion notice from IANA. Our "
         "change procedure requires that notice before we decommission the old servers, so we kept paying for them "
         "for another two weeks waiting for a mail that never came. When we asked, IANA said the notice 'was sent'. "
         "It wasn't, not to either contact."),
        ("fr", "plain", None,
         "Bonjour,\n\n"
         "Notre demande {t} ({tld}) a été approuvée et le portail indique « envoyée pour mise en œuvre » depuis le "
         "{d2}. Or, à ce jour, la zone racine n'a toujours pas été mise à jour : nos anciens serveurs apparaissent "
         "encore dans la délégation. Nous avons vérifié sur plusieurs serveurs racine.\n\n"
         "Nous devions basculer vers notre nouvel hébergeur la semaine dernière et tout est suspendu. Pourriez-vous "
         "nous indiquer à qui nous adresser ?\n\n"
         "Merci d'avance."),
        ("es", "long", None,
         "Estimados miembros del CSC:\n\n"
         "Detallo la cronología de la solicitud {t} de {tld}:\n\n"
         "{d1} - envío de la solicitud de cambio de servidores de nombres.\n"
         "{d1} - verificaciones técnicas aprobadas.\n"
         "{d2} - aprobación de los contactos administrativo y técnico.\n"
         "{d3} - IANA informa que la solicitud pasó a implementación.\n"
         "{d5} - la zona raíz sigue mostrando la delegación anterior.\n\n"
         "Entendemos que la publicación no debería demorar más de 72 horas. Ya pasaron varios días y no recibimos "
         "ninguna explicación.\n\n"
         "Saludos,"),
        ("fr", "angry", None,
         "C'est inadmissible. L'IANA nous a envoyé le {d3} un message disant que le changement était « implémenté "
         "dans la zone racine ». Faux ! Le {tld} pointe toujours vers les anciens serveurs. Nous avons failli éteindre "
         "{ns3} sur la foi de ce message. Demande {t}. Nous attendons une explication."),
    ],
}

# ---------------------------------------------------------------------------
# 6. Wrong change implemented
# ---------------------------------------------------------------------------
CATEGORIES["wrong_change"] = {
    "desc": "What was published/recorded differs from what was requested (wrong glue, NS dropped, wrong DS, wrong contact or record data)",
    "stage": "implementation",
    "texts": [
        ("en", "terse", None,
         "{t}: we asked to change the glue for {ns1} to {ip4}. You published a different address. Half our zone is "
         "unreachable. Please fix."),
        ("en", "long", None,
         "What happened to {tld} under {t}:\n\n"
         "{d1} - we submit: add {ns2} ({ip4}), keep {ns1} and {ns3} unchanged.\n"
         "{d2} - checks pass, contacts approve.\n"
         "{d3} - change published. Our monitoring alerts: {ns3} is no longer in the delegation.\n"
         "{d3} - we check the request in the portal: our submission clearly lists three servers. The implemented NS "
         "set has two.\n"
         "{d3} - mail to IANA; reply the next day saying a correction must be submitted as a new request ({t2}), with "
         "new checks and new approvals.\n"
         "{d5} - {t2} still not done.\n\n"
         "We lost a third of our name server capacity because of an error that was not ours, and then had to go "
         "through the full process to undo it."),
        ("en", "angry", None,
         "Unbelievable. We asked you to update the technical contact for {tld}. Simple. What did you do? You replaced "
         "the ADMINISTRATIVE contact with the new tech person and deleted our Director from the record. Now the person "
         "who legally represents the registry is not in your database, and guess who gets the confirmation mails for "
         "the correction? The wrong person.\n\nTicket {t}. Fix it and tell us how this happened."),
        ("en", "formal", None,
         "Dear Members of the Customer Standing Committee,\n\n"
         "We write to report a material error in the implementation of request {t} concerning {tld}.\n\n"
         "The request, submitted on {d1}, sought the replacement of one Delegation Signer record. The record published "
         "in the root zone on {d3} contains a digest that does not correspond to the record submitted by the Registry "
         "Operator. The Registry Operator identified the discrepancy within hours and, fortunately, before withdrawing "
         "the previous key; had it done so, the TLD would have failed validation globally.\n\n"
         "We request that the Committee examine how data differing from the submission could pass PTI's verification "
         "and be published, and whether controls exist to prevent a recurrence."),
        ("en", "plain", "cc",
         "Dear CSC,\n\n"
         "Good morning. We have a problem with our last change. We requested to change the IP of {ns2} from the old "
         "address to {ip4}. But now in the root zone we see the IPv6 address of this server was removed, we did not "
         "ask this. Now our server is only reachable on IPv4 from the root. Please can you check why IANA did this. "
         "Request is {t}.\n\n"
         "Thank you and best regards"),
        ("en", "plain", "brand",
         "Hello CSC,\n\n"
         "Following our registry's change of legal name we asked IANA ({t}) to update the sponsoring organisation for "
         "{tld}. The record now shows a misspelled company name, and the registration services URL was changed to a "
         "site we never mentioned - I assume it was copied from another TLD's record. Not catastrophic, but it's our "
         "public record and it's wrong. Getting it corrected has required a new request and a repeat of every "
         "approval."),
        ("fr", "long", None,
         "Bonjour,\n\n"
         "Chronologie des faits pour le {tld} :\n\n"
         "{d1} : demande {t} - remplacement de l'adresse IPv4 de {ns1}.\n"
         "{d2} : tests et approbations validés.\n"
         "{d3} : modification publiée. Mais c'est l'adresse de {ns2} qui a été changée, pas celle de {ns1} !\n"
         "{d3} : appel et courriel à l'IANA. On nous répond d'ouvrir une nouvelle demande ({t2}).\n"
         "{d5} : la correction n'est toujours pas appliquée, un de nos serveurs est injoignable depuis la racine.\n\n"
         "Nous ne comprenons pas comment une telle erreur a pu passer toutes les vérifications. Merci d'en prendre "
         "acte.\n\nCordialement"),
        ("es", "angry", None,
         "¡Esto es gravísimo! En la solicitud {t} pedimos agregar un servidor nuevo a {tld} y lo que hicieron fue "
         "BORRAR uno de los existentes. Nadie nos consultó. Nos dimos cuenta por las alertas de monitoreo a las tres "
         "de la mañana. Y para corregir un error que cometió IANA nos exigen otra solicitud, otras pruebas, otras "
         "aprobaciones. Exigimos una explicación por escrito."),
        ("fr", "terse", None,
         "Bonjour, la modification publiée pour le {tld} ({t}) n'est pas celle que nous avions demandée : l'adresse IP "
         "de {ns1} est erronée. Merci de corriger au plus vite."),
    ],
}

# ---------------------------------------------------------------------------
# 7. RZMS portal problems
# ---------------------------------------------------------------------------
CATEGORIES["portal_rzms"] = {
    "desc": "Root zone management portal unusable: login/2FA failures, lockouts, form errors, uploads failing, no way to add users",
    "stage": "portal",
    "texts": [
        ("en", "terse", None,
         "Can't log into RZMS since {d2}. Password reset mail never arrives. Need to file an NS change for {tld}."),
        ("en", "long", None,
         "Portal problems, in order:\n\n"
         "{d1}: tried to submit a NS change for {tld}; the form times out on 'Review changes' and loses everything.\n"
         "{d1}: tried again in Firefox and Chrome, same.\n"
         "{d2}: 2FA code rejected, 'invalid token', although the authenticator clock is correct. Account locked after "
         "3 attempts.\n"
         "{d3}: mail to IANA ({t}) asking for an unlock. Unlocked on {d4}.\n"
         "{d4}: the form now submits but the attachment (our signed letter, 2 MB PDF) fails with 'upload error'.\n"
         "{d5}: still cannot attach the letter.\n\n"
         "So for {days} days we could not even get a request into the system. Whatever the SLA says about submission "
         "times, it only starts counting once the portal lets you in."),
        ("en", "angry", None,
         "Your new portal is a disaster. Every time I log in it asks me to re-enrol my security key, and then tells me "
         "the key is already registered. I've spent more time fighting the login than the actual change would take. "
         "I have three requests to enter for {tld} and I have managed zero.\n\n"
         "And when I write for help I'm told to 'use the portal'. Brilliant."),
        ("en", "formal", None,
         "Dear Committee,\n\n"
         "{org} wishes to draw the Committee's attention to persistent difficulties in accessing the Root Zone "
         "Management System, which have prevented the Registry Operator from submitting a time-sensitive change to "
         "the {tld} delegation.\n\n"
         "Between {d1} and {d4}, authorised users of the Registry Operator were unable to authenticate to the system "
         "owing to repeated failures of the two-factor authentication mechanism. Requests for assistance (reference "
         "{t}) were acknowledged but not resolved within a reasonable time.\n\n"
         "Access to the submission system is a precondition of the service levels agreed with PTI. We invite the "
         "Committee to consider whether portal availability should be monitored accordingly."),
        ("en", "plain", "cc",
         "Dear sir,\n\n"
         "The RZMS website is showing error 500 when we try to open the page of our TLD {tld}. Other pages open "
         "normally. We have tried from office and from home, it is same. Because of this we cannot see the status of "
         "our request and cannot make the new change for our name server. Screenshot I cannot attach, the mail is "
         "rejected. Please advise.\n\n"
         "Regards"),
        ("en", "plain", None,
         "Hi,\n\n"
         "We hired a new DNS engineer last month and need to give him access to the root zone portal for {tld}. There "
         "seems to be no way to add a user ourselves; the help page says to contact IANA, which we did on {d2} ({t}). "
         "Since then we have been asked twice to confirm the same information and he still has no account. Our previous "
         "engineer has left, so effectively nobody here can log in. It's a bit alarming for a TLD operator not to "
         "have access to its own records."),
        ("fr", "plain", None,
         "Bonjour,\n\n"
         "Depuis la mise à jour du portail RZMS, impossible de nous connecter : après la saisie du code à usage unique, "
         "la page revient à l'écran de connexion, sans aucun message d'erreur. Nous avons essayé plusieurs navigateurs, "
         "vidé le cache, changé de poste. Même résultat.\n\n"
         "Nous avons une modification urgente à saisir pour le {tld}. Un ticket a été ouvert ({t}) le {d2}, sans suite "
         "à ce jour.\n\n"
         "Merci de votre aide."),
        ("es", "plain", None,
         "Buenos días:\n\n"
         "Quiero dejar constancia de los problemas que tenemos con el portal de IANA. Al querer cargar el cambio de "
         "servidores de {tld}, el formulario no acepta nuestros nombres de servidor: dice 'hostname inválido' para "
         "{ns2}, que es un nombre perfectamente válido. Probamos escribiéndolo de distintas formas, con punto final y "
         "sin punto final. Mandamos un correo el {d2} (ticket {t}) y nos respondieron que enviáramos la solicitud por "
         "correo electrónico, lo cual demora más.\n\n"
         "Gracias por su atención."),
        ("fr", "terse", None,
         "Portail RZMS inaccessible depuis le {d2} (erreur 503). Impossible de soumettre la modification du {tld}. "
         "Ticket {t} sans réponse."),
    ],
}

# ---------------------------------------------------------------------------
# 8. Transfer / redelegation / assignment evaluation
# ---------------------------------------------------------------------------
CATEGORIES["transfer_eval"] = {
    "desc": "ccTLD transfer/redelegation or gTLD assignment evaluation: slow, opaque, repeated document requests, incumbent not informed",
    "stage": "transfer",
    "texts": [
        ("en", "terse", "cc",
         "Our transfer request for {tld} was filed {days} days ago ({t}). Every few weeks a new document is requested. "
         "When does it end?"),
        ("en", "long", "cc",
         "Transfer of {tld} to the new national operator - history\n\n"
         "{d1}: transfer request filed with the government letter of support and statements from the local internet "
         "community.\n"
         "{d2}: IANA requests evidence of consultation with the current manager. Provided.\n"
         "{d3}: IANA requests translated copies of the ministerial decree (we had already sent the official "
         "translation). Sent again, certified.\n"
         "{d4}: IANA asks for a 'technical and operational plan' - that document was in the original submission, "
         "annex C.\n"
         "{d5}: request for 'further clarification on local community support', with no indication of what is missing.\n\n"
         "Ticket {t}. Each round takes us weeks because it goes through the Ministry. We have no visibility of where "
         "the evaluation stands or which criteria remain."),
        ("en", "angry", "cc",
         "For the record: our country's TLD has been in limbo for the better part of a year. The former manager walked "
         "away, the government and the local community have all agreed on the new operator, and IANA keeps finding new "
         "things to ask. Meanwhile the domain is kept running on goodwill by volunteers.\n\n"
         "How long is this supposed to take? Request {t}, {tld}."),
        ("en", "formal", "brand",
         "Dear Members of the Customer Standing Committee,\n\n"
         "Following the corporate reorganisation of our group, the Registry Agreement for {tld} was assigned to {org} "
         "with ICANN's consent. PTI was subsequently requested ({t}, submitted {d1}) to update the delegation record "
         "to reflect the new Registry Operator.\n\n"
         "The request has remained open for {days} days. PTI has on three occasions requested documentation that "
         "duplicates material already provided to ICANN in the assignment process, and has not indicated the criteria "
         "against which the request is being evaluated.\n\n"
         "We respectfully submit this complaint so that the Committee may consider the timeliness and transparency of "
         "PTI's handling of gTLD transfer requests."),
        ("en", "plain", "cc",
         "Dear CSC members,\n\n"
         "I represent the new manager of {tld} as appointed by our government. Our redelegation request ({t}) is with "
         "IANA since {d1}. We responded to all questions. The last contact from IANA was on {d4}, since then nothing. "
         "We sent two reminders.\n\n"
         "We would like to know if there is a maximum time for this kind of request and who is responsible to decide. "
         "Also if there is any problem with our documents we prefer to be told directly so we can fix it.\n\n"
         "Thank you for your understanding."),
        ("en", "plain", "cc",
         "Hello,\n\n"
         "We have been the manager of {tld} for more than twenty years. We learned from a third party - not from IANA - "
         "that a transfer request for our TLD has been submitted by another organisation. We have not been consulted, "
         "and when we asked about ticket {t} we were told that information about pending requests cannot be shared.\n\n"
         "The process should give the current manager a clear role and a timeline, and at minimum a notification. "
         "Please record our concern."),
        ("fr", "formal", "cc",
         "Monsieur le Président, Mesdames et Messieurs les membres du Comité,\n\n"
         "Nous avons l'honneur de porter à votre connaissance les difficultés rencontrées dans le traitement de la "
         "demande de transfert du domaine {tld} (réf. {t}), introduite le {d1} avec le soutien des autorités et de la "
         "communauté Internet locale.\n\n"
         "Depuis cette date, PTI a formulé à plusieurs reprises des demandes de pièces complémentaires, dont certaines "
         "figuraient déjà au dossier initial, sans jamais préciser les critères restant à satisfaire. Ce manque de "
         "visibilité nous empêche de planifier la migration technique et fragilise la continuité de service du "
         "{tld}.\n\n"
         "Nous vous saurions gré de bien vouloir examiner cette situation et de nous faire part de la suite que vous "
         "entendez y donner.\n\n"
         "Veuillez agréer, Monsieur le Président, Mesdames et Messieurs, l'expression de notre haute considération."),
        ("es", "plain", "cc",
         "Estimados:\n\n"
         "Somos la organización designada para administrar {tld}. La solicitud de transferencia ({t}) la presentamos "
         "el {d1}, con carta del Ministerio y el apoyo de la comunidad local (universidades, cámara de comercio, "
         "proveedores de Internet).\n\n"
         "Desde entonces IANA nos pidió tres veces 'información adicional', y cada vez algo distinto: primero actas de "
         "consulta, luego la traducción jurada de un decreto, después un plan de continuidad que ya figuraba en el "
         "expediente. Nunca nos dijeron cuánto falta ni qué criterio no se cumple.\n\n"
         "Entendemos que una transferencia requiere cuidado, pero {days} días sin un cronograma es demasiado. Pedimos "
         "al comité que revise el caso.\n\n"
         "Cordialmente,"),
        ("es", "terse", "cc",
         "Transferencia de {tld}, solicitud {t}: otra vez nos piden documentos que ya entregamos. ¿Hasta cuándo?"),
    ],
}

# ---------------------------------------------------------------------------
# 9. IDN table publication
# ---------------------------------------------------------------------------
CATEGORIES["idn_table"] = {
    "desc": "IDN tables / LGRs submitted for the IANA repository not published, published late or in the wrong version",
    "stage": "idn",
    "texts": [
        ("en", "terse", None,
         "IDN table for {tld} submitted {d1} ({t}). Still not in the IANA repository. Registrars waiting."),
        ("en", "long", None,
         "IDN table publication for {tld} - timeline\n\n"
         "{d1}: submitted the updated table (version 2.0) adding 14 code points, as agreed by our LGR working group.\n"
         "{d2}: IANA acknowledges, ticket {t}.\n"
         "{d3}: question from IANA about the variant rules; answered the same day with the policy document.\n"
         "{d4}: asked for status. 'Under review.'\n"
         "{d5}: still not published; the repository shows version 1.0 from years ago.\n\n"
         "We cannot open registrations with the new characters until the table is public, and we have announced the "
         "launch date to our community."),
        ("en", "angry", None,
         "Three months. THREE MONTHS to put a text file on a web page. Our IDN table for {tld} has been ready since "
         "{d1}, reviewed by our linguists, by our registrars, by everybody. It's not a root zone change, there is no "
         "risk to anybody. And it's still not on the IANA site.\n\nTicket {t}. I'm told 'soon' every time I ask."),
        ("en", "formal", None,
         "Dear Members of the Committee,\n\n"
         "{org} submits this complaint regarding the publication of its IDN table for {tld} in the IANA Repository of "
         "IDN Practices (request {t}, submitted on {d1}).\n\n"
         "On {d4} the table was published; however, the published file corresponds to a superseded draft that the "
         "Registry Operator had expressly withdrawn, and omits the variant mappings contained in the final version. "
         "Registrars relying on the repository have consequently implemented incorrect rules.\n\n"
         "We request that the Committee take note of this error and of the time taken to publish the table, and "
         "consider whether PTI's procedures for IDN table publication include adequate verification against the "
         "submitted version."),
        ("en", "plain", "cc",
         "Dear CSC,\n\n"
         "We would like to seek your assistance about the IDN tables for {tld}. We sent the tables for our national "
         "script to IANA on {d1}. IANA replied that the format must be changed to the new LGR XML format. Our team did "
         "this (it took us long time) and resubmitted on {d3}. Now there is no answer, and the old table on the IANA "
         "website is not correct anymore.\n\n"
         "We are very small team and this is difficult for us. Please advise. Ref {t}."),
        ("en", "plain", "brand",
         "Hi,\n\n"
         "We operate {tld} and launched second-level names in Japanese last quarter. Our language tables were sent to "
         "IANA for the repository together with our RSP's documentation. The request ({t}) was acknowledged, but "
         "nothing has been published and there's no status visible anywhere - the portal doesn't show IDN table "
         "requests at all. Is there an expected timeframe for this? We couldn't find one."),
        ("fr", "plain", None,
         "Bonjour,\n\n"
         "Nous avons soumis le {d1} notre table IDN (caractères accentués) destinée au {tld}. L'IANA a accusé "
         "réception (ticket {t}), puis plus rien. La table n'apparaît toujours pas dans le référentiel des pratiques "
         "IDN.\n\n"
         "Nos bureaux d'enregistrement nous demandent quand ils pourront proposer des noms accentués, et nous n'avons "
         "aucune date à leur donner. Pourriez-vous nous aider à obtenir au moins un délai indicatif ?\n\n"
         "Cordialement,"),
        ("es", "angry", None,
         "Mandamos la tabla IDN de {tld} con los caracteres del español (ñ, vocales acentuadas, ü) el {d1}. Solicitud "
         "{t}. Ya van {days} días y la tabla sigue sin publicarse en el repositorio de IANA. ¡Es un archivo de texto! "
         "Nuestros registradores tenían todo listo para el lanzamiento y tuvimos que postergarlo dos veces. Queremos "
         "una respuesta clara."),
        ("fr", "terse", None,
         "Table IDN du {tld} (réf. {t}) toujours pas publiée sur le site de l'IANA, {days} jours après l'envoi. "
         "Merci de relancer."),
    ],
}

# ---------------------------------------------------------------------------
# 10. Communication: no answers, canned replies, tickets closed unanswered
# ---------------------------------------------------------------------------
CATEGORIES["no_response"] = {
    "desc": "Enquiries to IANA unanswered or answered with templates; tickets closed without a real answer",
    "stage": "general",
    "texts": [
        ("en", "terse", None,
         "Sent 4 emails to IANA about {t} since {d1}. Zero replies, not even an acknowledgement. {tld}."),
        ("en", "long", None,
         "Our attempts to get an answer from IANA, {tld}:\n\n"
         "{d1}: email to root-mgmt asking how to change our registry's postal address. No acknowledgement.\n"
         "{d2}: resent. Auto-reply with ticket {t}.\n"
         "{d3}: reply from staff answering a different question (about name server changes).\n"
         "{d3}: we clarify. No reply.\n"
         "{d4}: ticket {t} closed as 'resolved'. We never got an answer.\n"
         "{d5}: opened {t2}. Auto-reply only.\n\n"
         "The published commitment is an acknowledgement within one business day and an answer within two. We are not "
         "asking for anything difficult."),
        ("en", "angry", None,
         "Your staff close tickets without answering them. That is the complaint. {t} was closed on {d4} with 'we "
         "consider this resolved, please reopen if needed'. Nothing was resolved. I reopened it; it was closed "
         "again.\n\nThis is not customer service, it's ticket hygiene. {tld}"),
        ("en", "formal", None,
         "Dear Committee members,\n\n"
         "{org} wishes to record its concern at the quality of communication received from PTI in relation to "
         "request {t} for {tld}.\n\n"
         "Over a period of {days} days the Registry Operator's enquiries received either no response or standardised "
         "replies which did not address the questions raised. In particular, our written request of {d2} for the "
         "specific reason for the suspension of our request remains unanswered.\n\n"
         "We would ask the Committee to consider whether PTI's commitments on enquiry handling, namely acknowledgement "
         "within one business day and a substantive response within two, are being observed."),
        ("en", "plain", "cc",
         "Hello,\n\n"
         "Sorry to disturb you. We write to IANA many times but nobody reply us. Our question is simple: our technical "
         "contact email has changed and we want to know the correct procedure. We sent message on {d1}, {d3} and again "
         "{d5}. We also tried the phone number on the website but it goes to voicemail. We are not sure if our emails "
         "are reaching. Reference if useful: {t}.\n\n"
         "Thank you"),
        ("en", "plain", "brand",
         "Hi CSC,\n\n"
         "Not a complaint about speed as such. The issue is that every response we get from IANA is a template. We "
         "asked ({t}) whether our RSP could be given read-only access to our record for {tld}; we received a copy of "
         "the generic FAQ. We asked for clarification; we received the same FAQ with a different greeting.\n\n"
         "At some point we'd like a person to actually read the question."),
        ("fr", "angry", None,
         "Bonjour,\n\n"
         "Je suis désolé, mais là c'est trop. Depuis le {d1} nous écrivons à l'IANA au sujet du {tld} (ticket {t}). "
         "Aucune réponse. Pas un accusé de réception. Rien. Nous avons essayé le téléphone : répondeur. Nous avons "
         "écrit en anglais, en français, nous avons mis notre ministère en copie... silence complet.\n\n"
         "Comment un gestionnaire de ccTLD est-il censé travailler dans ces conditions ? Je vous demande "
         "d'enregistrer cette plainte."),
        ("es", "plain", None,
         "Estimados señores:\n\n"
         "Quisiera comentarles que desde hace semanas no logramos obtener respuesta del personal de IANA. Enviamos "
         "consultas sobre {tld} los días {d1}, {d3} y {d4}. Solo recibimos un acuse automático con el número {t}, y "
         "después el ticket aparece cerrado sin respuesta.\n\n"
         "Además, cuando por fin alguien contesta, lo hace en un inglés técnico muy cerrado y con respuestas que no "
         "corresponden a lo preguntado. No pedimos un trato especial, solo una respuesta clara.\n\n"
         "Muchas gracias."),
        ("es", "terse", None,
         "Tercer correo sin respuesta de IANA sobre {t} ({tld}). ¿Existe alguna vía de escalamiento que funcione?"),
    ],
}

# ---------------------------------------------------------------------------
# 11. Perceived bias / unequal treatment
# ---------------------------------------------------------------------------
CATEGORIES["bias"] = {
    "desc": "Perceived unequal treatment: extra scrutiny or slower handling for some operators/regions, taking sides in local disputes",
    "stage": "none",
    "texts": [
        ("en", "terse", None,
         "Same kind of change, same week: theirs done in 2 days, ours ({tld}, {t}) in 3 weeks. Please explain the "
         "difference."),
        ("en", "long", "cc",
         "We have compared our experience with other operators in our regional organisation.\n\n"
         "{d1}: we submit {t} (NS change, {tld}).\n"
         "{d2}: a large gTLD operator submits the same type of change; it is published within two days.\n"
         "{d3}: our request gets an extra 'manual verification' step nobody had mentioned.\n"
         "{d4}: a second ccTLD in our region reports the same extra step for them.\n"
         "{d5}: our request is completed.\n\n"
         "Intended or not, small ccTLDs in our region are consistently handled more slowly and with more scrutiny than "
         "the big commercial registries. We would like the CSC to look at the data by region and by type of operator."),
        ("en", "angry", "africa",
         "Let's be honest about what this is. When a big American registry sends a change it goes through overnight. "
         "When an African ccTLD sends the same change, suddenly there are questions, checks, 'additional "
         "verification', delays. We have seen it again and again.\n\n"
         "{tld}, {t}, {days} days. I will raise this at the next ccNSO meeting if the CSC doesn't."),
        ("en", "formal", None,
         "Dear Chair,\n\n"
         "{org} respectfully submits that PTI's handling of requests concerning {tld} gives rise to a reasonable "
         "perception of unequal treatment.\n\n"
         "In the matter of request {t}, PTI required the Registry Operator to provide documentation which, to our "
         "knowledge, is not required of other operators for changes of the same category. When we asked for the basis "
         "of this requirement, no policy reference was supplied.\n\n"
         "We ask the Committee to consider whether PTI applies its procedures uniformly across all direct customers, "
         "and to take this complaint into account in its assessment of systemic issues. We reserve all rights in this "
         "regard."),
        ("en", "plain", "cc",
         "Dear CSC,\n\n"
         "I must raise a sensitive matter. After a letter was sent to IANA by a government agency which is not our "
         "designated authority, our routine requests for {tld} are being held and we are asked questions about 'the "
         "position of the government'. We are the recognised manager and nothing in our delegation has changed. We "
         "feel IANA is taking sides in a domestic matter instead of applying the normal procedure. Ticket {t}.\n\n"
         "Regards,"),
        ("en", "plain", "brand",
         "Hello,\n\n"
         "As a brand registry we've noticed that our changes seem to receive a lot more scrutiny than those of the big "
         "open generics. For {t} ({tld}) we were asked to re-confirm our authorised contacts by signed letter, "
         "something our peers at other registries say they have never been asked to do. Maybe there is a reason, but "
         "nobody has explained it. It comes across as though single-registrant TLDs are seen as second-class."),
        ("fr", "plain", "africa",
         "Bonjour,\n\n"
         "Nous avons le sentiment, et nous ne sommes pas les seuls en Afrique francophone, que nos demandes sont "
         "traitées avec moins d'égards que celles des grands opérateurs. Pour la même modification technique, un "
         "registre européen de notre connaissance a obtenu satisfaction en 48 heures, alors que notre demande {t} "
         "({tld}) a nécessité {days} jours et trois échanges de courriels.\n\n"
         "Nous ne prétendons pas qu'il y ait une volonté délibérée, mais le résultat est là. Nous souhaiterions que le "
         "CSC examine les délais par région.\n\n"
         "Bien cordialement,"),
        ("es", "formal", None,
         "Señores miembros del Comité:\n\n"
         "{org}, administrador de {tld}, manifiesta su preocupación por lo que considera un trato desigual por parte "
         "de PTI.\n\n"
         "En la tramitación de la solicitud {t} se nos exigieron verificaciones adicionales y documentación que no se "
         "solicitan a otros administradores para cambios de la misma naturaleza, según hemos podido confirmar con "
         "colegas de la región. A pesar de nuestra consulta, no se nos indicó la norma o el procedimiento que "
         "justifica dicha exigencia.\n\n"
         "Solicitamos al Comité que evalúe si los procedimientos se aplican de manera uniforme a todos los clientes "
         "directos.\n\n"
         "Atentamente,"),
        ("es", "angry", "cc",
         "¿Por qué a los ccTLD latinoamericanos siempre nos piden más papeles? {tld}, solicitud {t}. A un registro "
         "grande le aprobaron lo mismo en dos días, a nosotros nos tuvieron {days} días dando vueltas. Basta ya."),
    ],
}

# ---------------------------------------------------------------------------
# 12. Emergency handling
# ---------------------------------------------------------------------------
CATEGORIES["emergency"] = {
    "desc": "Emergency/expedited change during outage, attack or hijack not handled urgently: hotline unanswered, normal process imposed",
    "stage": "none",
    "texts": [
        ("en", "terse", None,
         "EMERGENCY: {ns1} and {ns2} for {tld} down (datacentre fire). Need the NS set replaced in the root now. "
         "Emergency line not answering. {t}"),
        ("en", "long", None,
         "Emergency change for {tld} - what happened\n\n"
         "{d4} 23:10 local: our primary hosting site loses power; two of three name servers offline.\n"
         "{d4} 23:40: we call the IANA emergency number. Voicemail.\n"
         "{d4} 23:55: email marked URGENT to root-mgmt with the replacement NS set ({t}).\n"
         "{d5} 02:30: automatic acknowledgement only.\n"
         "{d5} 08:00: we call again and reach someone who says emergency changes must still go through normal "
         "authorization.\n"
         "{d5} 16:00: change finally expedited.\n\n"
         "For roughly 17 hours our TLD was served by a single server. The emergency process exists on paper but did "
         "not work when we needed it."),
        ("en", "angry", None,
         "Our TLD was HIJACKED. Someone got into our DNS hosting provider and replaced our zone. We needed the root to "
         "point {tld} at our backup servers immediately. Answer from IANA: please submit a request through the portal "
         "and have both contacts approve. Our admin contact's mailbox was one of the compromised accounts!!!\n\n"
         "It took almost two days. Emergencies are emergencies. Ticket {t}."),
        ("en", "formal", None,
         "Dear Members of the Customer Standing Committee,\n\n"
         "{org} hereby records a complaint concerning PTI's handling of an emergency change request for {tld} on "
         "{d4}.\n\n"
         "Following a failure affecting the majority of the TLD's authoritative name servers, the Registry Operator "
         "invoked the expedited procedure and contacted PTI by telephone and by e-mail (reference {t}). The emergency "
         "was not acknowledged by a member of staff for more than nine hours, and the change was implemented only "
         "after the Registry Operator's contacts had completed the standard authorization process.\n\n"
         "We request that the Committee examine whether PTI's emergency procedures, including out-of-hours "
         "availability, are fit for purpose."),
        ("en", "plain", "cc",
         "Dear CSC,\n\n"
         "Last week we had a big problem, our main server for {tld} was attacked with DDoS and we needed to add new "
         "name servers at our anycast provider quickly. We wrote to IANA and explained it is emergency. They treated "
         "it like a normal request, the technical check failed because the old servers were not answering (because of "
         "the attack!) and the request stopped. Nobody called us back. We finally managed after the attack stopped.\n\n"
         "I think there should be a different process when a TLD is under attack. Ticket {t}."),
        ("en", "plain", "brand",
         "Hi,\n\n"
         "On a Saturday morning our RSP lost an entire name server cluster serving {tld}. They prepared the replacement "
         "NS records and we asked IANA for an expedited change. What we got was the standard auto-reply saying the "
         "request would be processed 'in the order received', and then nothing until Monday. Our customer portal runs "
         "on that TLD.\n\n"
         "I'd appreciate the CSC checking what the emergency process really is, because the website suggests 24/7."),
        ("fr", "long", "cc",
         "Bonjour,\n\n"
         "Voici le récit de la nuit du {d4} :\n\n"
         "- 22h15 : panne électrique majeure chez notre hébergeur, deux serveurs de noms du {tld} hors service ;\n"
         "- 22h40 : appel au numéro d'urgence de l'IANA, messagerie ;\n"
         "- 23h00 : courriel « URGENT » avec le nouveau jeu de serveurs (ticket {t}) ;\n"
         "- le lendemain, 09h30 : réponse standard, la demande doit suivre la procédure normale ;\n"
         "- le lendemain, 18h00 : modification enfin publiée.\n\n"
         "Près de vingt heures avec un seul serveur opérationnel pour tout le domaine national. La procédure d'urgence "
         "n'a pas fonctionné.\n\n"
         "Cordialement,"),
        ("es", "angry", None,
         "URGENTE. Escribo con mucha molestia. Anoche los servidores de {tld} quedaron fuera de servicio por una falla "
         "de nuestro proveedor y pedimos a IANA un cambio de emergencia (ticket {t}). Llamamos al número de "
         "emergencia: nadie contestó. Mandamos correo: respuesta automática. Hoy a las 10 de la mañana alguien "
         "contestó diciendo que había que seguir el procedimiento normal, con aprobación de los contactos. ¿Para qué "
         "existe entonces un procedimiento de emergencia?"),
        ("fr", "terse", None,
         "URGENT - {tld} injoignable, demande de changement de serveurs en urgence (réf. {t}) sans réponse depuis "
         "6 heures. Numéro d'urgence IANA : répondeur."),
    ],
}


# ---------------------------------------------------------------------------
# Subjects
# ---------------------------------------------------------------------------
SUBJECTS_GENERIC = {
    "en": ["Complaint", "complaint", "urgent", "URGENT", "Formal complaint", "Request {tn}", "{TLD}",
           "Problem with IANA", "Issue with our request", "Help please", "For the CSC", "IANA service",
           "FYI", "our ticket", "Following up", "Complaint - {TLD}", "IANA", "Re: complaint", "question",
           "{TLD} request {tn}"],
    "fr": ["Réclamation", "Plainte", "urgent", "Demande {tn}", "Problème avec l'IANA",
           "Réclamation formelle - {TLD}", "Pour information", "Suite à notre échange", "A l'attention du CSC",
           "{TLD}", "plainte {TLD}"],
    "es": ["Queja", "Reclamo", "URGENTE", "Reclamo formal", "Solicitud {tn}", "Problema con IANA", "Consulta",
           "Para el CSC", "Seguimiento", "{TLD}", "queja {TLD}"],
}

SUBJECTS_CAT = {
    "ns_tech_check": {"en": ["Technical check failure - {TLD}", "NS change blocked", "retest still failing",
                             "tech checks {tn}"],
                      "fr": ["Échec des tests techniques - {TLD}"], "es": ["Falla en pruebas técnicas {TLD}"]},
    "dnssec_ds": {"en": ["DS update rejected", "KSK rollover {TLD}", "DNSSEC"],
                  "fr": ["Mise à jour DS refusée"], "es": ["Problema con DS / rollover"]},
    "contact_auth": {"en": ["confirmation email not received", "approval link expired", "approvals"],
                     "fr": ["Lien de confirmation"], "es": ["Confirmación de contactos"]},
    "review_delay": {"en": ["request stuck in review", "{tn} pending for weeks", "status?"],
                     "fr": ["Demande en attente d'examen"], "es": ["Solicitud detenida"]},
    "publication_delay": {"en": ["change not in root zone", "approved but not published", "root zone not updated"],
                          "fr": ["Modification non publiée"], "es": ["Cambio no publicado en la raíz"]},
    "wrong_change": {"en": ["Wrong change implemented!", "Incorrect data published", "error in our record"],
                     "fr": ["Erreur dans la modification publiée"], "es": ["Cambio incorrecto"]},
    "portal_rzms": {"en": ["RZMS login problem", "portal not working", "cannot access"],
                    "fr": ["Problème d'accès au portail"], "es": ["Portal IANA no funciona"]},
    "transfer_eval": {"en": ["Transfer request {TLD}", "redelegation status", "{TLD} transfer"],
                      "fr": ["Dossier de transfert du {TLD}"], "es": ["Transferencia de {TLD}"]},
    "idn_table": {"en": ["IDN table not published", "IDN tables {TLD}", "repository"],
                  "fr": ["Table IDN"], "es": ["Tabla IDN"]},
    "no_response": {"en": ["No reply from IANA", "still waiting for an answer", "ticket closed??"],
                    "fr": ["Aucune réponse de l'IANA"], "es": ["Sin respuesta"]},
    "bias": {"en": ["Unequal treatment", "Concern about fairness", "why us?"],
             "fr": ["Traitement inéquitable"], "es": ["Trato desigual"]},
    "emergency": {"en": ["EMERGENCY {TLD}", "emergency change not handled", "outage - no response"],
                  "fr": ["URGENCE {TLD}"], "es": ["URGENTE {TLD}"]},
}

# the registry's own earlier subject when IANA staff answered it
OWN_EARLIER_SUBJECTS = {
    "en": ["{TLD} change request", "Query regarding {tld}", "Status of our request", "question about {tld}",
           "Assistance needed"],
    "fr": ["Demande {TLD}", "Question concernant le {tld}", "Suivi de notre demande"],
    "es": ["Consulta sobre {tld}", "Estado de nuestra solicitud", "Solicitud {TLD}"],
}

OWN_EARLIER_MSGS = {
    "en": ["Hello, could you please tell us the status of request {tqn}? Thank you.",
           "Dear IANA team, we have an issue with our request for {tld}, please contact us.",
           "Hi, any news on {tqn}? Regards"],
    "fr": ["Bonjour, pourriez-vous nous indiquer où en est la demande {tqn} ? Merci.",
           "Bonjour, nous avons un souci avec notre demande pour le {tld}. Pouvez-vous nous rappeler ?"],
    "es": ["Buenos días, ¿podrían indicarnos el estado de la solicitud {tqn}? Gracias.",
           "Hola, tenemos un problema con la solicitud de {tld}, ¿nos pueden contactar?"],
}

# ---------------------------------------------------------------------------
# IANA / CSC messages that get quoted or forwarded
# ---------------------------------------------------------------------------
IANA_FROM = "IANA Root Zone Management <root-mgmt@iana.example.org>"
CSC_ANNOUNCE_FROM = "CSC Secretariat <csc-announce@csc.example.org>"

NOTICES = [
    {"id": "received", "stage": "submission", "from": IANA_FROM,
     "subject": "[IANA #{tqn}] Root zone change request received for {tld}",
     "body": "Dear {fname},\n\n"
             "Thank you for submitting your change request for the {tld} top-level domain. Your request has been "
             "received and assigned reference number {tqn}.\n\n"
             "The request will now undergo automated technical checks and you will be notified of the results. You "
             "can follow the progress of this request at any time by logging in to the Root Zone Management "
             "System.\n\n"
             "Please keep the reference number in the subject line of any correspondence about this request.\n\n"
             "Kind regards,\n\nIANA Services\nPublic Technical Identifiers"},
    {"id": "techok", "stage": "tech_check", "from": IANA_FROM,
     "subject": "[IANA #{tqn}] Technical check results: {tld}",
     "body": "Dear {fname},\n\n"
             "The technical checks for request {tqn} ({tld}) have completed.\n\n"
             "  Name server reachability ........ PASS\n"
             "  Authoritative answers ........... PASS\n"
             "  Consistency of NS set ........... PASS\n"
             "  Glue consistency ................ PASS\n"
             "  DNSSEC (DS/DNSKEY) .............. N/A\n\n"
             "No further action is required from you at this stage. The request will now proceed to contact "
             "confirmation.\n\nIANA Services"},
    {"id": "techfail", "stage": "tech_check", "from": IANA_FROM,
     "subject": "[IANA #{tqn}] Technical check failures for {tld}",
     "body": "Dear {fname},\n\n"
             "The automated technical checks for your request {tqn} reported the following issues:\n\n"
             "  ERROR  {nsq}: no response received over TCP\n"
             "  WARN   {nsq}: SOA serial differs from other name servers\n\n"
             "Please correct these issues and request a retest from the Root Zone Management System. Requests that "
             "remain in this state for an extended period may be withdrawn.\n\n"
             "IANA Services"},
    {"id": "auth", "stage": "contact_auth", "from": IANA_FROM,
     "subject": "[IANA #{tqn}] Please review and confirm a change to {tld}",
     "body": "Dear {fname},\n\n"
             "A change has been requested to the {tld} top-level domain. As a listed contact for this domain, your "
             "confirmation is required before the change can proceed.\n\n"
             "To review the request and approve or decline it, please follow the link below:\n\n"
             "  https://rzms.iana.example.org/confirm/{tok}\n\n"
             "If the request is not confirmed within the required period it may be withdrawn.\n\n"
             "Regards,\nIANA Services"},
    {"id": "review_info", "stage": "review", "from": IANA_FROM,
     "subject": "[IANA #{tqn}] Additional information required - {tld}",
     "body": "Dear {fname},\n\n"
             "In order to continue our review of your request {tqn}, we would be grateful if you could confirm the "
             "following:\n\n"
             "  1. The full legal name of the organisation operating the registry.\n"
             "  2. Whether the postal address listed for the administrative contact is current.\n\n"
             "Please reply to this message keeping the reference number in the subject.\n\n"
             "Best regards,\n{staff}\nIANA Services"},
    {"id": "impl", "stage": "implementation", "from": IANA_FROM,
     "subject": "[IANA #{tqn}] Change to {tld} has been implemented",
     "body": "Dear {fname},\n\n"
             "We are pleased to confirm that the change requested under {tqn} has been implemented. The updated "
             "data was published in the root zone with serial {serial}, and the Root Zone Database has been updated "
             "accordingly.\n\n"
             "This request is now closed. Thank you for using IANA services.\n\n"
             "IANA Services\nPublic Technical Identifiers"},
    {"id": "survey", "stage": "closed", "from": IANA_FROM,
     "subject": "[IANA #{tqn}] How did we do?",
     "body": "Dear {fname},\n\n"
             "Your recent request {tqn} has been closed. We would appreciate it if you could take a few minutes to "
             "tell us about your experience:\n\n"
             "  https://survey.iana.example.org/s/{tok}\n\n"
             "Your feedback helps us improve our services.\n\nIANA Services"},
    {"id": "maint", "stage": "portal", "from": IANA_FROM,
     "subject": "Scheduled maintenance: Root Zone Management System",
     "body": "Dear Root Zone Management System user,\n\n"
             "Please be advised that the Root Zone Management System will be unavailable on {dq} between 14:00 and "
             "18:00 UTC for scheduled maintenance. Requests received by email during this window will be lodged once "
             "the system is available again.\n\n"
             "We apologise for any inconvenience.\n\nIANA Services"},
    {"id": "annual", "stage": "general", "from": IANA_FROM,
     "subject": "Annual review of contact information for {tld}",
     "body": "Dear {fname},\n\n"
             "As part of our annual review, we ask that you verify that the contact information for {tld} listed in "
             "the Root Zone Database is current. If any details need to be updated, please submit a change request "
             "through the Root Zone Management System.\n\n"
             "No action is needed if the information is correct.\n\nIANA Services"},
    {"id": "idnpub", "stage": "idn", "from": IANA_FROM,
     "subject": "[IANA #{tqn}] IDN table published for {tld}",
     "body": "Dear {fname},\n\n"
             "The IDN table submitted for {tld} under reference {tqn} has been published in the Repository of IDN "
             "Practices.\n\nThis request is now closed.\n\nIANA Services"},
    {"id": "transfer_ack", "stage": "transfer", "from": IANA_FROM,
     "subject": "[IANA #{tqn}] Transfer request for {tld} - evaluation started",
     "body": "Dear {fname},\n\n"
             "We confirm receipt of the documentation supporting the transfer request for {tld}. Our evaluation has "
             "begun and we may contact you with questions. Please note that evaluation times vary depending on the "
             "circumstances of each request.\n\n"
             "Kind regards,\n{staff}\nIANA Services"},
    {"id": "findings", "stage": "csc", "from": CSC_ANNOUNCE_FROM,
     "subject": "CSC Findings on PTI Performance {month} 2026",
     "body": "Dear Community,\n\n"
             "The CSC has reviewed PTI's performance for {month} 2026 and rated it \"Excellent\": PTI met 100% (64 of "
             "64) of the service level thresholds. No complaints were received during the reporting period.\n\n"
             "PTI's report is available at https://www.iana.example.org/performance/csc-reports/{yyyymm}\n\n"
             "The CSC meets monthly, on or around the 15th. To receive these findings, subscribe to csc-announce.\n\n"
             "On behalf of the CSC Chair,\nCSC Secretariat"},
]

STAFF_NAMES = ["Marta Lindqvist", "Daniel Okafor", "Sophie Laurent", "Ravi Menon", "Elena Petrova",
               "Tom Whitfield"]

STAFF_REPLIES = [
    "Dear {fname},\n\nThank you for your email. We are looking into this and will revert to you as soon as "
    "possible.\n\nBest regards,\n{staff}\nIANA Services Specialist\nPTI",
    "Dear {fname},\n\nThank you for your patience. Your request {tqn} is currently being processed and we will "
    "update you once there is progress. We apologise for any inconvenience.\n\nKind regards,\n{staff}\nIANA Services",
    "Hello {fname},\n\nPlease note that change requests should be submitted through the Root Zone Management System "
    "at https://rzms.iana.example.org. Requests received by email may take longer to lodge.\n\nRegards,\n{staff}",
    "Dear {fname},\n\nWe have shared your concern with the relevant team and will respond with more details shortly. "
    "For reference, your ticket number is {tqn}.\n\nBest,\n{staff}\nIANA Services",
    "Dear {fname},\n\nWe believe this matter has been resolved and are therefore closing this ticket. If you need "
    "further assistance, please reply to this message and it will be reopened.\n\nRegards,\n{staff}\nIANA Services",
]

FORWARD_LEADINS = {
    "en": ["FYI, see the exchange below.", "Forwarding IANA's last reply so you have the context.",
           "See below. This is what we get.", "Please see the thread below.",
           "Adding the CSC. Background below."],
    "fr": ["Pour information, ci-dessous le dernier échange avec l'IANA.", "Je vous transfère la réponse reçue.",
           "Voir ci-dessous."],
    "es": ["Les reenvío el último intercambio con IANA.", "Para su conocimiento, ver abajo.",
           "Reenvío lo recibido de IANA."],
}

CLOSINGS = {
    "en": ["Regards,", "Best regards,", "Thanks,", "Kind regards,", "Sincerely,", "Best,", "Thank you,"],
    "fr": ["Cordialement,", "Bien à vous,", "Salutations distinguées,", "Merci d'avance,", "Bien cordialement,"],
    "es": ["Saludos,", "Atentamente,", "Cordialmente,", "Saludos cordiales,", "Quedo a la espera,"],
}

DISCLAIMERS = {
    "en": [
        "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
        "recipient(s) and may contain confidential and privileged information. Any unauthorised review, use, "
        "disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender "
        "by reply e-mail and destroy all copies of the original message. The views expressed in this message are "
        "those of the individual sender and do not necessarily reflect the views of the organisation. E-mail "
        "transmission cannot be guaranteed to be secure or error-free, as information could be intercepted, "
        "corrupted, lost, destroyed, arrive late or incomplete, or contain viruses.",
        "DISCLAIMER\nThe information contained in this communication is intended solely for the use of the individual "
        "or entity to whom it is addressed and others authorised to receive it. It may contain confidential or "
        "legally privileged information. If you are not the intended recipient you are hereby notified that any "
        "disclosure, copying, distribution or taking any action in reliance on the contents of this information is "
        "strictly prohibited and may be unlawful. If you have received this communication in error, please notify us "
        "immediately by responding to this email and then delete it from your system. This email has been scanned "
        "for viruses and malware.\nPlease consider the environment before printing this e-mail.",
        "This message and any attachment are confidential and may be privileged or otherwise protected from "
        "disclosure. If you are not the intended recipient, please telephone or email the sender and delete this "
        "message and any attachment from your system. If you are not the intended recipient you must not copy this "
        "message or attachment or disclose the contents to any other person. Nothing in this message constitutes a "
        "binding commitment or legal advice unless expressly stated by an authorised signatory.",
    ],
    "fr": [
        "AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive "
        "de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message "
        "par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité de ce message ne "
        "pouvant être garantie sur Internet, l'expéditeur décline toute responsabilité au titre de ce message s'il a "
        "été altéré, déformé ou falsifié.\n"
        "This message and any attachments are confidential and intended solely for the addressees. Any unauthorised "
        "use or dissemination is prohibited. If you received this message in error, please notify the sender "
        "immediately and delete it.",
        "Ce courriel et les documents qui lui sont joints peuvent contenir des informations confidentielles ou ayant "
        "un caractère privé. S'ils ne vous sont pas destinés, nous vous signalons qu'il est strictement interdit de "
        "les divulguer, de les reproduire ou d'en utiliser de quelque manière que ce soit le contenu. Si ce message "
        "vous a été transmis par erreur, merci d'en informer l'expéditeur et de supprimer immédiatement de votre "
        "système informatique ce courriel ainsi que tous les documents qui y sont attachés.",
    ],
    "es": [
        "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a "
        "sus destinatarios. Si usted no es el destinatario, queda notificado de que la lectura, utilización, "
        "divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que "
        "lo comunique inmediatamente al remitente y proceda a su eliminación. Las opiniones expresadas son "
        "exclusivamente de su autor y no representan necesariamente las de la institución.",
        "La información contenida en este correo electrónico es confidencial y de uso exclusivo de la persona o "
        "entidad a la que va dirigida. Si usted ha recibido este mensaje por error, por favor notifíquelo de "
        "inmediato al remitente y elimínelo de su sistema. Queda prohibida su reproducción, distribución o "
        "divulgación total o parcial sin autorización expresa. Antes de imprimir este correo, piense en el medio "
        "ambiente.",
    ],
}
