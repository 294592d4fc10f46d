"""Hand-written complaint texts for the blind corpus (see make_corpus.py).

Written from DOMAIN.md only, without seeing the clustering method or the other corpora.  Each
category has 13 core texts: 9 English (index 1 is the terse one), 2 French, 2 Spanish.  Core texts
deliberately borrow vocabulary from neighbouring categories (a DS record in a publication delay, a
technical check in a wrong change, a contact in a portal problem) while the problem stays one.

Placeholders: {tld} {ticket} {ns1} {ns2} {ns2typo} {ip4} {ip4wrong} {ip6} {keytag} {keytag2}
{serial} {d1} {d2} {d3} {org}.
"""

from __future__ import annotations

CATEGORIES: dict[str, list[str]] = {
    "nameserver_checks": [
        "Our NS change for .{tld} has now failed the automated technical tests three times. The report claims {ns2} is not authoritative, yet `dig @{ns2} {tld}. SOA` returns the aa flag and the same serial as the primary. We suspect the test runs from one vantage point that our anycast node serves badly, but nobody at IANA will look at the raw output with us.",
        "{ticket}: ipv6 reachability check on {ns1} fails, the box answers fine over v6 from everywhere we try. pls rerun",
        "The pre-delegation test suite flags 'inconsistent glue' for {ns1} although the glue we entered ({ip4}) is exactly what the child zone serves. We changed nothing and a retest later passed, but getting that retest took most of a day instead of minutes. Meanwhile our new servers sat unused.",
        "Request {ticket} for .{tld} was refused because of the TCP test: port 53/tcp 'did not respond'. Our firewall logs show no connection at all from the IANA test addresses. Could you publish the source addresses your checker queries from so that we can allow them?",
        "It took 26 hours to receive the results of the technical tests for a plain replacement of two name servers. Your own target is fifty minutes. When the results finally arrived they contained a timeout on a host that was not even part of our request.",
        "The checker insists the SOA serials differ between {ns1} and {ns2}. They differed for about forty seconds during a zone push. One transient mismatch should not sink the whole submission, or at the very least the retest should be run automatically.",
        "We are adding a third nameserver run by a secondary-DNS provider. The lame-delegation test fails because that provider answers REFUSED to queries sent without EDNS. Such behaviour is allowed by the RFCs; your test is stricter than the standard and the rule is documented nowhere.",
        "Each time we touch the NS set, the 'servers in topologically distinct networks' test gives a different verdict for identical addresses: pass on Tuesday, fail on Wednesday, same prefixes. Tests that gate a delegation ought to be deterministic.",
        "The automated check reported 'UDP answer truncated' on {ns1} and blocked the update. Our servers set the TC bit correctly and reply over TCP. Our engineer has sent the packet capture twice. The request has sat in 'technical check failed' since {d1}.",
        "Bonjour, notre demande de modification des serveurs de noms ({ticket}) échoue systématiquement aux vérifications techniques : {ns2} serait « injoignable en IPv6 ». Or il répond parfaitement depuis plusieurs réseaux indépendants. Nous demandons qu'un ingénieur examine le résultat brut du test plutôt que de nous renvoyer le même rapport.",
        "Les contrôles automatiques signalent une incohérence du numéro de série SOA entre nos serveurs primaire et secondaire, alors que la zone est identique sur les deux. Le nouveau test que nous avons demandé a mis plus de dix heures à revenir. Un tel délai est incompatible avec l'exploitation d'un domaine national.",
        "La verificación técnica de nuestros servidores de nombres para .{tld} vuelve a fallar ({ticket}). El informe afirma que {ns1} no responde por TCP, pero nuestros registros no muestran ninguna consulta procedente de sus sistemas. Solicitamos que revisen la prueba y nos indiquen desde qué direcciones se ejecuta.",
        "Sustituimos dos servidores DNS y la comprobación automática marcó 'delegación coja' en un servidor que sí es autoritativo para la zona. Pedimos repetir la comprobación y tardó casi un día entero. ¿Por qué el reintento no se hace en minutos, como promete el acuerdo de nivel de servicio?",
    ],
    "dnssec_ds": [
        "Our DS update for .{tld} (key tag {keytag}, algorithm 13, digest type 2) was refused with 'DS does not match any DNSKEY'. It does match: the new KSK has been in the zone for ten days. Our key rollover is now stuck halfway with both keys live and we cannot retire the old one.",
        "DS for key {keytag} rejected AGAIN. it is in the dnskey set. {ticket}",
        "We asked IANA to withdraw the DS for .{tld} so the zone could go insecure during a signer migration. The withdrawal took eleven days, and for eleven days validating resolvers depended on a key we had planned to retire. Removing a DS should be handled as urgent, not as routine.",
        "The DNSSEC validation step rejected our algorithm roll from RSASHA256 (8) to ECDSAP256SHA256 (13) because 'the zone is not signed with every algorithm present in the DS set'. That is precisely the state a double-signature algorithm rollover requires. Please correct the rule.",
        "Since {d1} we have been trying to add a second DS record for a standby key (tag {keytag2}). Every attempt fails the DNSSEC checks because the standby key does not yet sign the DNSKEY RRset. Pre-publishing a DS for a standby KSK is recognised practice; the check should not demand a signature from it.",
        "The DNSSEC test said our DNSKEY RRSIG expires in less than seven days. Our signatures are refreshed every three days with fourteen days of validity; we were simply tested at the end of a cycle. That rule appears in no published policy, and it cost us a week.",
        "Our trust anchor change is blocked because the validator fetches the DNSKEY set over UDP only and our response is 1,600 bytes. With RSA keys and a rollover in progress that size is normal. The new DS could not go in.",
        "For the second time this year a DS submission for .{tld} has vanished into 'DS validation pending'. Our keys were ready on {d1}. We need a date, and we need to know what the validation is waiting for.",
        "Why is IANA comparing our DS with a CDS record? We entered the DS by hand as the procedure says, and the answer states 'DS data does not match CDS published at the apex'. We do not publish any CDS.",
        "Notre demande d'ajout d'enregistrement DS pour la clé {keytag} a été rejetée : « aucune DNSKEY correspondante ». La clé est pourtant publiée depuis une semaine et l'empreinte SHA-256 est exacte. Notre roulement de KSK est bloqué à mi-chemin.",
        "Nous avons demandé la suppression du DS de .{tld} avant de changer de prestataire de signature. Trois semaines plus tard il figure toujours dans la racine, et la chaîne de confiance DNSSEC de notre zone sera rompue dès que l'ancienne clé disparaîtra.",
        "La solicitud de cambio del registro DS (etiqueta {keytag}, algoritmo 13) fue rechazada porque 'la firma del conjunto DNSKEY no es válida'. Validamos la cadena de confianza con tres herramientas distintas y es correcta. Nuestro cambio de algoritmo está detenido.",
        "Pedimos retirar el DS antiguo tras la rotación de la clave KSK y no ocurrió nada en dos semanas. Mientras tanto la raíz sigue apuntando a una clave que ya no firma nada y los resolutores que validan DNSSEC corren riesgo.",
    ],
    "contact_authorization": [
        "The authorization emails for {ticket} never reached our administrative contact. The technical contact approved within minutes; the admin mailbox shows nothing, not even in quarantine. After fourteen days the request lapsed and we have to start again from scratch.",
        "confirmation link in the approval mail says 'token expired'. mail was sent ten minutes ago. {ticket}",
        "Our administrative contact left the company in January. We cannot replace her without her consent, and she cannot consent because her address no longer exists. IANA's answer is to 'obtain a letter from the sponsoring organisation' without saying what the letter must contain or who must sign it.",
        "IANA asks both contacts to approve every change. For .{tld} the tech and admin contacts are the same role account, so the same person clicks twice and the second click is refused as a 'duplicate response'. The request now waits for a second confirmation that the system will not accept.",
        "The approval request went, in English only, to our admin contact at the Ministry. They forwarded it to us two weeks later asking what it meant, and by then it had timed out. The confirmation step sends no reminder and we cannot see which contact has not answered.",
        "We received a 'please authorise this change' message for a request we never made ({ticket}). When we declined it, our account was frozen and our genuine name server request was cancelled along with the fake one.",
        "Our admin contact affirmed at 09:12 UTC, yet the ticket still read 'awaiting contact confirmation' on {d2}. The published target is sixty seconds for an affirmation to register.",
        "Since the authorization step moved to the new system, our administrative contact gets the approval message but the link asks him to sign in with an account he never had. He is a senior government official and will not open an account to press one button.",
        "Contact update for .{tld}: the new technical contact has to be approved by the outgoing one, who is unreachable because the company that ran our DNS went bankrupt. We sent the liquidator's letter; IANA keeps asking for the outgoing contact's consent.",
        "Le contact administratif de .{tld} n'a jamais reçu le courriel de confirmation pour la demande {ticket}. Le contact technique a donné son accord le jour même. Au bout de deux semaines la demande a été annulée automatiquement. Merci de renvoyer la demande d'autorisation à la bonne adresse.",
        "Le lien d'approbation envoyé à notre contact administratif renvoie l'erreur « jeton invalide ». Nous avons essayé avec trois navigateurs. Sans cette autorisation, aucune modification de notre domaine n'est possible.",
        "Nuestro contacto administrativo es una dependencia del ministerio y no ha recibido el correo de autorización. El contacto técnico aprobó el mismo día. ¿Cómo confirmamos la solicitud {ticket} si el mensaje nunca llega?",
        "La persona que figuraba como contacto técnico ya no trabaja con nosotros y su buzón está dado de baja. IANA exige su consentimiento para sustituirla. Es un círculo sin salida.",
    ],
    "slow_manual_review": [
        "Request {ticket} passed every technical check and both contacts approved on {d1}. Since then the status has read 'IANA review' and nothing more. The SLA for that step is five days. We are on day nineteen.",
        "{ticket} stuck in staff review 3 weeks now. why??",
        "The technical tests and the approvals took under an hour. The part done by a person took 23 days. We have no idea what is being examined in a routine name server change, and nobody tells us.",
        "We accept that some requests need a closer look, but changing one glue IP address should not sit in 'pending validation' for a month. Our previous change, in 2024, took two days end to end.",
        "Processing of our request seems to have stalled in the hands of staff: the ticket was assigned to an analyst on {d1} who then went on leave, and no colleague picked it up.",
        "Could someone explain what the 'other validations' consist of? {ticket} has waited there twelve working days without a single question being put to us.",
        "Everything automated in the IANA process is fast. The human review stage is where our requests grow old: three of our last four exceeded the five-day target there.",
        "Our ticket went from 'contact confirmation complete' to 'under review' on {d1}, to 'under review – escalated' on {d2}, and has stayed there. No one asked us for anything.",
        "IANA's review of our routine update has been 'in progress' for seventeen days. This is not about a technical failure: all checks passed. It is about the queue in front of your reviewers.",
        "Notre demande {ticket} a franchi tous les contrôles automatiques et recueilli les deux approbations. Depuis, elle est « en cours d'examen » par le personnel de l'IANA depuis plus de trois semaines, sans qu'aucune question ne nous ait été posée.",
        "L'étape de vérification manuelle dure beaucoup trop longtemps : seize jours ouvrés pour un simple changement d'adresse IP. L'objectif affiché est de cinq jours.",
        "La solicitud {ticket} lleva veinte días en 'revisión por el personal de IANA'. Las pruebas técnicas y las aprobaciones se completaron el primer día.",
        "¿Qué se revisa exactamente durante tanto tiempo? Nuestra solicitud está en validación manual desde hace un mes y nadie nos pide información adicional.",
    ],
    "transfer_evaluation": [
        "We filed the transfer of .{tld} to the new national operator on {d1}, with the government's letter of support and the endorsement of the local Internet community. Eight months on, the evaluation is still 'in progress'.",
        "redelegation of .{tld} - any news? seven months since we filed",
        "Every round of the transfer evaluation brings a new documentation request we could have answered on day one: first a ministerial letter, then the minutes of a public consultation, then evidence of technical capacity. Please give us the complete list once.",
        "The delegation evaluation report for our new gTLD was meant to reach the Board last quarter. It keeps slipping, and the launch date we agreed with our registrars has already passed.",
        "The incumbent manager of .{tld} objects to the transfer and IANA has suspended the evaluation until the parties agree. Neither RFC 1591 nor the Framework of Interpretation gives the incumbent a veto.",
        "We were told that 'Validation and reviews' for a ccTLD transfer takes up to sixty days. Ours passed two hundred days with no decision and no stated reason.",
        "Significantly interested parties in .{tld} were consulted twice. IANA now wants a third consultation because the first two are 'too old'. They are old because the evaluation has lasted a year.",
        "Reassigning .{tld} from the university to the national registry needs only the formal evaluation: both parties agree in writing and the technical set-up is ready. We have been waiting since {d1}.",
        "During the delegation review of our IDN ccTLD the case officer changed three times, and each new officer asked for the community support documents again.",
        "Le dossier de transfert de .{tld} vers le nouvel opérateur a été déposé il y a neuf mois, avec la lettre du ministère et l'accord de la communauté Internet locale. L'évaluation n'avance pas et personne ne nous dit pourquoi.",
        "À chaque échange, l'IANA réclame une nouvelle pièce pour l'évaluation de la redélégation. Merci de nous fournir en une seule fois la liste complète des documents exigés et un calendrier.",
        "Solicitamos la transferencia (redelegación) de .{tld} hace diez meses, con la carta de apoyo del gobierno y el respaldo de la comunidad local de Internet. La evaluación sigue sin concluir.",
        "Cada vez que respondemos llega una nueva petición de documentos para la evaluación de la delegación. Pedimos una lista completa y un plazo concreto.",
    ],
    "root_zone_publication": [
        "IANA marked {ticket} 'approved, sent for implementation' on {d1}. The new NS set was not in the root zone until {d3}, far beyond 72 hours. We were watching the root zone serial every hour.",
        "authorised 5 days ago, still not in the root zone. {ticket}",
        "The change was released for implementation on a Thursday and did not show up in the published root zone until the following Wednesday. Who is holding changes between IANA and the Root Zone Maintainer?",
        "We compared root zone files (serial {serial} and the fourteen that followed): our new glue addresses are absent from all of them, although the portal says 'implemented'.",
        "Publication of our DS in the root zone slipped by four days. Our signing provider had timed the key rollover on the 72-hour commitment, so we had to hold both keys for an extra week.",
        "Implementation is the step with a 99% target, and it failed us: the root zone file was updated six days after final approval. We had scheduled a data-centre migration around that date.",
        "The root still serves the old name servers for .{tld}. The ticket has been closed as 'completed' since {d2}. The root servers disagree with your notice.",
        "We received no notice that the root zone had been updated, and when we checked, it had not been. It was published nine days after authorization.",
        "Could the CSC look at root zone publication times? Three of our changes this year each took four to seven days to reach the root servers after IANA had approved them.",
        "Notre modification a été approuvée le {d1} mais elle n'a été publiée dans la zone racine que six jours plus tard. L'engagement est de 72 heures après l'approbation.",
        "Le ticket {ticket} est marqué « mis en œuvre », pourtant les serveurs racine publient toujours les anciens serveurs de noms de .{tld}.",
        "El cambio fue aprobado el {d1} y no apareció en la zona raíz hasta cinco días después. El compromiso es de 72 horas.",
        "El ticket {ticket} figura como 'implementado', pero los servidores raíz siguen publicando los servidores antiguos de .{tld}.",
    ],
    "idn_table": [
        "We submitted our updated IDN table for .{tld} (Cyrillic, version 2.1) on {d1}. It has not appeared in the IANA Repository of IDN Practices, and registrars ask why the posted table is still version 1.4.",
        "IDN table v3 for .{tld} sent {d1}. repository still shows v2.",
        "The Label Generation Rules file we sent was posted with the wrong language tag (und-Latn instead of our language code). Registrars reading the repository now treat our table as generic Latin script.",
        "Posting a revised IDN table used to take a few days. Ours (Arabic script, with variant rules) has been pending for two months, with a single message asking for the XML format, which we supplied the same day.",
        "Your reviewers want our Han character table aligned with the Root Zone LGR, but a second-level table is ours to define. The posting is on hold over this disagreement.",
        "We have three language tables for .{tld} and only two are in the repository. The Devanagari table, submitted together with the others, is missing.",
        "The IDN practices page lists our policy URL and contact from 2016. We sent updates with the new table and neither was changed.",
        "Since the repository moved to its new format, our variant table is displayed with broken characters and cannot be downloaded as a valid file.",
        "Publication of IDN tables has had an SLA since December 2019, yet our submission of {d1} has no ticket number and no acknowledgement at all.",
        "Nous avons transmis la nouvelle table IDN de .{tld} (écriture arabe, version 3) le {d1}. Elle n'est toujours pas publiée dans le dépôt des pratiques IDN de l'IANA.",
        "La table de caractères publiée pour notre extension correspond à une ancienne version, sans les caractères accentués que nous avons ajoutés. Les bureaux d'enregistrement refusent donc ces noms.",
        "Enviamos la tabla IDN actualizada para .{tld} con la ñ y las vocales acentuadas. Tres meses después el repositorio de IANA sigue mostrando la versión anterior.",
        "La tabla de variantes publicada para nuestro dominio tiene un error de codificación y los registradores no pueden leerla.",
    ],
    "wrong_change": [
        "IANA implemented something we never asked for: the glue address of {ns1} was set to {ip4wrong} instead of {ip4}. Part of the Internet could not resolve .{tld} for nine hours before we noticed.",
        "you removed the wrong name server from .{tld}. we asked to delete {ns2}, you deleted {ns1}.",
        "Our request asked to add an IPv6 address ({ip6}) to {ns1}. The implemented record replaced the IPv4 address instead, and resolvers without IPv6 lost the server.",
        "The administrative contact now published for .{tld} is a person from another registry. Two requests were evidently mixed up. This is a serious data error.",
        "The root zone database page for .{tld} shows a sponsoring organisation name with a typo we never submitted.",
        "We requested the DS for key {keytag}; the DS published in the root is for key {keytag2}, which we retired last year.",
        "The change that went live on {d2} does not match what our contacts approved. Below is the approved text and the result. Who altered it between approval and publication?",
        "Our name server {ns2} appears as {ns2typo} in the root zone. The misspelled host does not exist and the delegation was half lame for two days.",
        "Please explain how a request about .{tld}'s name servers ended up also changing our registration URL and the admin contact's phone number.",
        "L'IANA a appliqué une modification erronée : l'adresse de colle de {ns1} a été remplacée par {ip4wrong}, qui ne nous appartient pas. Une partie des résolveurs n'a pas pu joindre .{tld} pendant plusieurs heures.",
        "Nous avions demandé le retrait de {ns2}. C'est {ns1} qui a été supprimé de la délégation. Ce n'est pas ce que nos contacts ont approuvé.",
        "IANA aplicó un cambio equivocado: eliminó el servidor {ns1} en lugar de {ns2}. Nuestros contactos nunca aprobaron eso.",
        "La dirección IP publicada para {ns1} no es la que enviamos ({ip4}), tiene dos dígitos invertidos. El dominio .{tld} quedó inaccesible para muchos usuarios.",
    ],
    "poor_communication": [
        "Three emails to root-mgmt in two weeks and not one reply from a human being. The autoresponder is the only thing that ever answers us.",
        "ticket closed with no explanation. reopen it and tell us why.",
        "We keep getting different answers from different IANA staff on the same ticket: one says the request is complete, another that it is waiting for us.",
        "The replies we receive are canned text that ignores the question. We asked why; we got a link to the general procedure.",
        "Your acknowledgement promised a reply within two business days. It has been nine. The ticket is {ticket}; we have asked for a status four times.",
        "Nobody told us the request had been put on hold. We found out from a registrar who happened to read the public page.",
        "IANA's messages arrive without the ticket number in the subject, so our helpdesk cannot thread them, and staff then tell us we never responded.",
        "Talking to the IANA team has become impossible: the phone goes to voicemail, emails go unanswered and the escalation address we were given bounces.",
        "We were promised a call from the root zone liaison on {d1}. The call never happened and no one offered another date.",
        "Aucune réponse à nos trois courriels depuis le {d1}, hormis l'accusé de réception automatique. Nous souhaitons simplement connaître l'état de notre dossier.",
        "Le ticket a été clos sans la moindre explication. Nous avons découvert la clôture en consultant le portail par hasard.",
        "Enviamos cuatro correos en dos semanas y solo recibimos la respuesta automática. Necesitamos que una persona nos conteste.",
        "Cada funcionario de IANA nos da una respuesta distinta sobre el mismo ticket. Nadie asume la responsabilidad de informarnos.",
    ],
    "perceived_bias": [
        "It is hard not to notice that requests from the large gTLD portfolio operators go through in two days while ours, from a small ccTLD, take three weeks. We ask the CSC to examine whether IANA treats its customers equally.",
        "why do the big registries get priority? same change took them 1 day, us 12.",
        "We believe the handling of our redelegation has been swayed by a competitor with close ties to ICANN staff. IANA must be neutral.",
        "Our government's letter was questioned at length, while a near-identical letter from a neighbouring country was accepted as it stood. Nobody has explained the difference in treatment.",
        "IANA staff appear to favour requests filed by one registry service provider whose employees used to work at PTI.",
        "We are a registry from the global south. Our messages are answered last and with the least care, and this has gone on for two years.",
        "Applying the documentation rules strictly to some TLDs and loosely to others is discrimination, whatever the intention.",
        "Comparing notes with other African ccTLD managers, every one of us waited longer than European registries for the same kind of request. Please investigate.",
        "The decision to put our request on hold followed a political dispute in our country. IANA should not be taking sides.",
        "Nous avons le sentiment d'être traités différemment des grands opérateurs : la même modification leur prend un jour, à nous trois semaines. Nous demandons au CSC d'examiner cette inégalité de traitement.",
        "L'IANA semble accorder plus de crédit aux objections d'un concurrent qu'aux documents officiels de notre gouvernement. Ce manque d'impartialité est inacceptable.",
        "Percibimos un trato desigual: los operadores grandes reciben respuesta en horas y nosotros en semanas. Pedimos que el CSC revise si IANA actúa con imparcialidad.",
        "Nos parece que la decisión sobre nuestra solicitud favorece a una de las partes del conflicto local. IANA debe ser neutral.",
    ],
    "rzms_portal": [
        "We cannot log in to RZMS since the upgrade: the two-factor code is always 'invalid', and the reset flow sends no email.",
        "portal gives error 500 on submit. again.",
        "The Root Zone Management System times out after five minutes on the change form. Entering thirteen name servers with IPv4 and IPv6 glue takes longer than that, and everything typed is lost.",
        "The RZMS form will not accept an IPv6 address in compressed notation ({ip6}). It insists on the full form, then rejects the full form for its leading zeros.",
        "We cannot upload the supporting letter in the portal: every PDF over 2 MB fails with 'unexpected error' and there is no other way to attach it.",
        "Since last week the portal shows us the requests of a TLD we do not manage, and not our own.",
        "Password reset links for the root zone portal expire before they arrive. Our administrator has been locked out for ten days.",
        "The RZMS 'submit' button does nothing in current Firefox or Chrome; only an outdated browser works. No error message is shown.",
        "Our portal user accounts were disabled without warning after the security change, and re-enabling them requires a form that can only be submitted through... the portal.",
        "Impossible de se connecter au portail RZMS depuis la mise à jour : le code d'authentification à deux facteurs est systématiquement refusé.",
        "Le formulaire de modification du portail expire avant que nous ayons fini de saisir nos serveurs de noms, et toutes les données sont perdues.",
        "No podemos entrar al portal RZMS: el segundo factor de autenticación es rechazado y el enlace para restablecer la contraseña nunca llega.",
        "El formulario del portal no acepta direcciones IPv6 abreviadas y muestra un error genérico al enviar la solicitud.",
    ],
    "emergency_handling": [
        "Our name servers were hijacked on {d1} after the DNS operator's account was compromised. We rang the IANA emergency number and were told to file a normal request. The fix took three days.",
        "EMERGENCY: .{tld} delegation points at compromised servers and the 24x7 line is not answering",
        "We invoked the expedited procedure after our KSK private key was exposed. IANA handled it as routine and it sat in the ordinary queues.",
        "Our entire DNS provider failed and .{tld} was unresolvable. We needed an emergency NS change; the emergency contact asked us to wait for business hours in California.",
        "The urgent-request procedure requires both contacts to approve, but our admin contact is precisely the person whose mailbox was compromised.",
        "Is there a real 24/7 emergency service for TLD managers? Our outage call was returned fourteen hours later.",
        "When a TLD is down, an emergency change should not wait for supplemental review. .{tld} was dark for thirty hours.",
        "During our outage on {d1} the emergency hotline logged the request but nobody acted on it until Monday.",
        "We asked for an emergency DS removal after a signing failure made our zone bogus. Forty hours later the DS was still in place.",
        "Nos serveurs de noms ont été détournés le {d1}. Le numéro d'urgence de l'IANA nous a demandé de soumettre une demande ordinaire. La correction a pris trois jours, pendant lesquels .{tld} pointait vers des serveurs pirates.",
        "Lors de la panne totale de notre fournisseur DNS, nous avons demandé une modification en urgence. Personne n'a réagi avant le lundi.",
        "Nuestros servidores fueron secuestrados y llamamos a la línea de emergencia de IANA. Nos pidieron presentar una solicitud normal y el cambio tardó tres días.",
        "Durante la caída total de .{tld} pedimos un cambio urgente de servidores de nombres. La línea de emergencias 24x7 no respondió durante horas.",
    ],
}

SUBJECTS: dict[str, dict[str, list[str]]] = {
    "nameserver_checks": {
        "en": ["Technical check keeps failing for .{tld} - {ticket}", "NS test failure", "Lame delegation verdict is wrong",
               "Retest of name servers took a day", "TCP test: where do your probes come from?"],
        "fr": ["Échec des tests techniques – .{tld}"], "es": ["Falla la verificación técnica de .{tld}"]},
    "dnssec_ds": {
        "en": ["DS record rejected ({ticket})", "KSK rollover blocked", "DS withdrawal took 11 days", "DNSSEC check wrong"],
        "fr": ["Enregistrement DS refusé – .{tld}"], "es": ["Registro DS rechazado"]},
    "contact_authorization": {
        "en": ["Authorization mail never arrived", "Approval link broken", "Admin contact cannot approve", "Contact confirmation stuck"],
        "fr": ["Confirmation du contact administratif"], "es": ["Autorización del contacto"]},
    "slow_manual_review": {
        "en": ["{ticket} stuck in review", "Review taking weeks", "Pending validation for a month", "What is IANA reviewing?"],
        "fr": ["Demande {ticket} en attente d'examen"], "es": ["Solicitud {ticket} en revisión"]},
    "transfer_evaluation": {
        "en": ["Transfer of .{tld} - evaluation", "Redelegation status", "Delegation evaluation delays", "Endless document requests"],
        "fr": ["Transfert de .{tld}"], "es": ["Redelegación de .{tld}"]},
    "root_zone_publication": {
        "en": ["Not in the root zone yet ({ticket})", "72h publication missed", "Root zone still old", "Implementation delay"],
        "fr": ["Publication dans la zone racine"], "es": ["Publicación en la zona raíz"]},
    "idn_table": {
        "en": ["IDN table not published", "IDN repository out of date", "LGR posted wrongly", "Our IDN tables"],
        "fr": ["Table IDN de .{tld}"], "es": ["Tabla IDN de .{tld}"]},
    "wrong_change": {
        "en": ["WRONG change implemented on .{tld}", "Incorrect glue published", "You changed the wrong record", "Data error in .{tld}"],
        "fr": ["Modification erronée sur .{tld}"], "es": ["Cambio equivocado en .{tld}"]},
    "poor_communication": {
        "en": ["No reply from IANA", "Status request #4", "Ticket closed?", "Contradictory answers"],
        "fr": ["Sans réponse de l'IANA"], "es": ["Sin respuesta de IANA"]},
    "perceived_bias": {
        "en": ["Unequal treatment", "Is IANA neutral?", "Fairness concern", "Discrimination in processing"],
        "fr": ["Inégalité de traitement"], "es": ["Trato desigual"]},
    "rzms_portal": {
        "en": ["RZMS login broken", "Portal error", "Cannot submit in RZMS", "Locked out of the portal"],
        "fr": ["Portail RZMS inaccessible"], "es": ["Portal RZMS"]},
    "emergency_handling": {
        "en": ["URGENT - .{tld} hijacked", "Emergency line did not help", "Emergency change ignored", "24/7 support?"],
        "fr": ["URGENT : .{tld}"], "es": ["URGENTE: .{tld}"]},
}

GENERIC_SUBJECTS: dict[str, list[str]] = {
    "en": ["Complaint", "Complaint regarding .{tld}", "Formal complaint - {ticket}", "IANA service issue",
           "Request {ticket}", "Problem with IANA", "CSC complaint"],
    "fr": ["Réclamation", "Plainte concernant .{tld}", "Demande {ticket}"],
    "es": ["Queja", "Reclamo sobre .{tld}", "Solicitud {ticket}"],
}

# English timelines for the long style, one per category; French and Spanish use GENERIC_TIMELINE.
TIMELINES: dict[str, list[str]] = {
    "nameserver_checks": ["{d1}: NS change submitted; technical check failed ('{ns2}: no response over IPv6')",
                          "{d2}: retest requested; result 19 hours later, same failure",
                          "{d3}: our engineer sent traces showing the server answering; no reply"],
    "dnssec_ds": ["{d1}: new KSK (tag {keytag}) published in the zone",
                  "{d2}: DS submitted, rejected as 'no matching DNSKEY'",
                  "{d3}: resubmitted with SHA-256 and SHA-384 digests; rejected again"],
    "contact_authorization": ["{d1}: request submitted; technical contact approved the same hour",
                              "{d2}: administrative contact still without any authorization mail",
                              "{d3}: request expired for lack of confirmation"],
    "slow_manual_review": ["{d1}: checks passed, both approvals received",
                           "{d2}: status changed to 'under review'",
                           "{d3}: still under review; no question from staff"],
    "transfer_evaluation": ["{d1}: transfer request and government letter filed",
                            "{d2}: IANA asks for the community consultation records",
                            "{d3}: IANA asks for proof of operational capacity"],
    "root_zone_publication": ["{d1}: final approval, released for implementation",
                              "{d2}: root zone serial {serial} published without our change",
                              "{d3}: change finally visible at the root servers"],
    "idn_table": ["{d1}: IDN table submitted in the requested XML format",
                  "{d2}: IANA asks again for the language tag",
                  "{d3}: repository still shows the old table"],
    "wrong_change": ["{d1}: request approved by both contacts",
                     "{d2}: change published with a glue address we never submitted",
                     "{d3}: correction requested, still pending"],
    "poor_communication": ["{d1}: first message to IANA, autoresponse only",
                           "{d2}: second and third messages, no reply",
                           "{d3}: phone call, voicemail"],
    "perceived_bias": ["{d1}: our request filed",
                       "{d2}: a comparable request from a large operator filed, done within the week",
                       "{d3}: ours still open"],
    "rzms_portal": ["{d1}: locked out of the portal after the update",
                    "{d2}: password reset mail never arrived",
                    "{d3}: still no access; nothing can be submitted"],
    "emergency_handling": ["{d1} 02:40 UTC: name servers compromised; emergency line called",
                           "{d1} 03:15 UTC: told to open a normal request",
                           "{d3}: delegation finally corrected"],
}

GENERIC_TIMELINE: dict[str, list[str]] = {
    "en": ["{d1}: request {ticket} submitted", "{d2}: reminder sent, no answer", "{d3}: still unresolved"],
    "fr": ["{d1} : dépôt de la demande {ticket}", "{d2} : relance de notre part, sans réponse",
           "{d3} : toujours aucune solution"],
    "es": ["{d1}: presentación de la solicitud {ticket}", "{d2}: enviamos un recordatorio, sin respuesta",
           "{d3}: sigue sin resolverse"],
}

# Notices IANA sends at each stage; a reply quotes one about a stage OTHER than its problem.
NOTICES: dict[str, tuple[str, str]] = {
    "technical": ("Technical check results",
                  "The automated technical checks for your change request to .{tld} have completed.\n"
                  "All tests passed: name server reachability (IPv4 and IPv6), authoritative\n"
                  "answers, SOA serial consistency, glue consistency and DS/DNSKEY validation.\n"
                  "Your request will now proceed to contact confirmation."),
    "authorization": ("Authorization required for change to .{tld}",
                      "This is a request for you to review and authorize the change described below.\n"
                      "Both the administrative and the technical contact must approve it. Please\n"
                      "follow the link within 14 days, after which the request will be cancelled.\n"
                      "  Name servers: {ns1}, {ns2}"),
    "review": ("Request under review",
               "Your request has passed the technical checks and received all required\n"
               "authorizations. It is now being reviewed by IANA staff before it is released\n"
               "for implementation. No action is needed from you at this time."),
    "implemented": ("Request completed",
                    "The change to the root zone for .{tld} has been implemented and published.\n"
                    "The root zone serial containing the change is {serial}. This ticket is now\n"
                    "closed. Thank you for using the IANA services."),
    "received": ("Request received",
                 "Thank you for your submission. Your request has been lodged in the Root Zone\n"
                 "Management System and assigned the ticket number above. You will receive the\n"
                 "results of the technical checks shortly."),
    "documents": ("Additional documentation requested",
                  "To continue the evaluation of your request, please provide the documents\n"
                  "listed in the attached checklist. The evaluation is paused until they are\n"
                  "received. Do not hesitate to contact us with any questions."),
}

OWN_STAGE: dict[str, str] = {
    "nameserver_checks": "technical", "dnssec_ds": "technical", "contact_authorization": "authorization",
    "slow_manual_review": "review", "transfer_evaluation": "documents", "root_zone_publication": "implemented",
    "idn_table": "received", "wrong_change": "implemented", "poor_communication": "received",
    "perceived_bias": "review", "rzms_portal": "received", "emergency_handling": "review",
}
