"""Hand-written core texts for the blind11 complaint corpus.

Placeholders: {tld} {ticket} {t2} {d1} {d2} {d3} {n} {ns1} {ns2} {ip} {org}
The first paragraph of every core is what a 'terse' mail keeps.
"""

CATEGORIES = {
    "ns_check_false_failure": "technical checks report name-server faults the operator says do not exist",
    "check_results_slow": "technical check results or retests take hours instead of minutes",
    "dnssec_ds_handling": "DS record / DNSSEC key-rollover requests rejected or mishandled",
    "contact_authorization": "authorization/confirmation by TLD contacts fails (mails missing, links expired, wrong people asked)",
    "manual_review_stall": "request stuck in IANA's manual review/processing stage far beyond the norm",
    "root_zone_publication_delay": "approved change not published in the root zone (or not notified) in time",
    "wrong_change_implemented": "IANA implemented something different from what was requested",
    "rzms_portal_malfunction": "the RZMS portal itself fails: login, 2FA, forms, uploads, sessions",
    "transfer_delegation_evaluation": "delegation/transfer (redelegation) evaluation slow, opaque or with shifting document demands",
    "idn_table_publication": "IDN table / LGR submission not published or published wrongly",
    "unresponsive_communication": "mails and questions to IANA go unanswered, canned or contradictory replies, tickets closed silently",
    "perceived_unequal_treatment": "operator feels treated differently/unfairly compared with other registries",
    "emergency_request_handling": "urgent/emergency request (outage, hijack, expired signatures) not handled as an emergency",
}

CORES = {}
TIMELINES = {}
SUBJ_HINTS = {}

# ---------------------------------------------------------------- 1
CORES["ns_check_false_failure"] = {
 "en": [
"""Our NS update for {tld} ({ticket}) keeps failing the technical check with "name server not responding over TCP" for {ns2}. It answers over TCP. We have tested it from four networks.

dig +tcp @{ns2} {tld} SOA returns in under 40 ms from Frankfurt, Singapore, Sao Paulo and Virginia. Whatever your probe is doing, it is not what the rest of the Internet sees. We would like someone to look at the actual logs of the test instead of re-running it and sending us the same canned error.""",
"""We are being told our servers are "inconsistent" when they are not. The serial mismatch flagged on {d1} was a transient of under a minute during a zone push, and the check happened to land in it.

I do not think it is reasonable that one sample at one instant blocks a change for a whole TLD. Every other test (SOA, authority, glue, referral) passed. Please explain what tolerance the test applies, and whether a human can override it when the operator provides evidence.""",
"""{ticket} was refused because {ns1} supposedly has no IPv6 connectivity. The address {ip6} has been in production for three years and carries a large share of our queries.

Our NOC checked from RIPE Atlas probes on that same afternoon: 97% success. We suspect the IANA test host has a broken v6 path to our upstream. This is the second time this has happened to {tld}, and each time the answer is that we should "fix our servers".""",
"""Short version: the check says lame delegation, the servers are not lame.

Longer version: after we moved {tld} to the new anycast provider, the IANA checker reported that {ns2} is not authoritative. It is, and it was the whole time; the provider showed us query logs for the IANA test address getting AA answers. We changed nothing and resubmitted, and the same test then passed on {d2}. So either the test is flaky or it is hitting something we cannot see. Either way the operator should not have to lose a week finding out.""",
 ],
 "fr": [
"""La demande {ticket} pour {tld} est bloquée depuis le {d1} : les tests techniques indiquent que {ns1} « ne répond pas » alors que le serveur répond parfaitement, nous avons des traces de toutes nos plateformes de mesure.

Nous avons relancé trois fois, avec toujours le même message et aucune explication. Nous demandons qu'un ingénieur de l'IANA examine réellement les résultats au lieu de nous renvoyer le message automatique.""",
"""Le contrôle de cohérence des NS nous est refusé pour une différence de numéro de série qui n'a duré que quelques secondes. Ce n'est pas un défaut de nos serveurs, c'est le moment où la sonde a interrogé.

Nous trouvons anormal qu'une mesure ponctuelle suffise à rejeter une modification préparée depuis des semaines. Merci de nous indiquer la méthode exacte utilisée (nombre d'essais, délai entre essais, points de mesure).""",
 ],
 "es": [
"""El chequeo técnico de la solicitud {ticket} ({tld}) marca error en {ns2} por "respuesta no autoritativa", pero el servidor sí responde con AA; lo verificamos desde varias redes y con el proveedor.

Ya van dos reintentos con el mismo resultado. Les pedimos que revisen el log real de la prueba, porque del lado nuestro no hay ninguna falla.""",
"""Nos rechazaron el cambio de servidores de nombre por un supuesto problema de IPv6 en {ns1} que no existe. La dirección {ip6} funciona y está en producción desde hace años.

Entendemos que los chequeos existen para proteger la zona raíz, pero si la herramienta se equivoca tiene que haber alguien que lo pueda revisar a mano. Perdimos una semana con esto.""",
 ],
}
TIMELINES["ns_check_false_failure"] = {
 "en": ["submitted NS change {ticket}", "technical check failed: {ns2} reported unreachable", "our own tests from several networks: all OK", "retest requested, same failure", "asked IANA for test logs, no answer yet"],
 "fr": ["soumission de la demande {ticket}", "échec des tests : {ns2} signalé injoignable", "nos propres mesures : tout est correct", "nouvelle vérification demandée, même échec", "demande des journaux de test à l'IANA, sans réponse"],
 "es": ["envío de la solicitud {ticket}", "falla del chequeo técnico: {ns2} reportado sin respuesta", "nuestras pruebas desde varias redes: todo bien", "pedimos nuevo chequeo, mismo error", "pedimos los logs a IANA, sin respuesta"],
}
SUBJ_HINTS["ns_check_false_failure"] = {
 "en": ["tech check says our NS is broken - it isn't", "false failure on {tld} nameserver test"],
 "fr": ["Tests techniques erronés {tld}"],
 "es": ["Chequeo técnico con error falso"],
}

# ---------------------------------------------------------------- 2
CORES["check_results_slow"] = {
 "en": [
"""We submitted a routine NS change for {tld} on {d1} and the technical checks sat "in progress" for more than {n} hours. The published target for results is under an hour.

Nothing was wrong with the servers in the end - the checks passed without us touching anything. It is just the waiting. We had a maintenance window booked around this.""",
"""After fixing the glue issue the checker found, we pressed "retest" at 09:12 UTC. The result arrived at 17:40 UTC. Retest results are supposed to come back within minutes.

This is not the first time for {tld}; in spring we had the same thing on {t2}. Can the CSC find out whether retests are queued behind something, and why the portal gives no indication of where a request is in the queue?""",
"""Ticket {ticket}: checks pending for {n} hours.

We understand the SLA is measured over all requests in a month, so one slow request may not show up in your report, but for us this meant our registrars were told a change date we then could not keep.""",
"""Is there a known slowdown in the automated checks? Three requests from us this month ({ticket}, {t2} and one for our test zone) each took most of a working day to get results, where it used to be twenty minutes.

We would appreciate the CSC raising it with PTI. We have not filed with IANA's complaint process separately because the staff there are always helpful; it is the tool, not the people.""",
 ],
 "fr": [
"""Depuis la soumission du {d1}, notre demande {ticket} est restée en « vérifications techniques en cours » pendant plus de {n} heures, alors que le délai annoncé est de moins d'une heure.

Les tests ont fini par passer sans aucune intervention de notre part. Le problème est uniquement la lenteur, qui a décalé toute notre opération de migration.""",
"""Nous avons relancé les tests après correction à 10h05 ; résultat reçu le lendemain matin. Pour un nouveau test, l'objectif est de quelques minutes.

Pourriez-vous vérifier auprès de PTI si la file d'attente des tests connaît des difficultés ? C'est la deuxième fois ce trimestre.""",
 ],
 "es": [
"""La solicitud {ticket} para {tld} quedó en "chequeos técnicos en curso" por más de {n} horas. Según el SLA el resultado debería llegar en menos de una hora.

Al final pasó sin cambios de nuestro lado, así que el problema es solamente la demora, pero nos hizo perder la ventana de mantenimiento acordada con los registradores.""",
"""Corregimos el problema de glue y pedimos repetir la prueba a las 8:30; la respuesta llegó pasadas las 16:00. El reintento se supone que tarda minutos.

Quisiéramos saber si hay alguna cola o problema conocido en el sistema de chequeos, porque no es la primera vez este año.""",
 ],
}
TIMELINES["check_results_slow"] = {
 "en": ["request {ticket} submitted, checks started", "still 'checks in progress' after {n} h", "chased by phone, told it is queued", "results arrive: all tests passed", "maintenance window missed"],
 "fr": ["soumission de {ticket}, début des tests", "toujours « en cours » après {n} h", "relance par téléphone : « en file d'attente »", "résultats reçus : tous les tests réussis", "fenêtre de maintenance perdue"],
 "es": ["envío de {ticket}, inicio de chequeos", "sigue 'en curso' después de {n} h", "llamamos, nos dicen que está en cola", "llegan resultados: todo aprobado", "perdimos la ventana de mantenimiento"],
}
SUBJ_HINTS["check_results_slow"] = {
 "en": ["checks taking forever", "retest for {tld} - 8 hours"],
 "fr": ["Lenteur des tests"],
 "es": ["Demora en chequeos"],
}

# ---------------------------------------------------------------- 3
CORES["dnssec_ds_handling"] = {
 "en": [
"""Our KSK rollover for {tld} is stuck. The new DS (key tag {kt}, algorithm 13) was submitted on {d1} and rejected because "no matching DNSKEY found". The DNSKEY has been published in the zone since two weeks before the submission.

We suspect the check is reading from a cached or secondary copy. We have now had to extend the life of the old key, which our policy does not really allow.""",
"""We asked for an algorithm change from RSASHA256 to ECDSAP256SHA256 with both DS records present during the transition. IANA removed the old DS at the same time as adding the new one.

For roughly six hours validating resolvers that had not yet picked up the new DNSKEY set treated {tld} as bogus. We had carefully described the double-DS sequence in the request ({ticket}). We want to understand how this happened and what stops it next time.""",
"""DS update rejected, digest type 4 "not supported". SHA-384 is a standard digest type; we checked the registry of DS digest algorithms before choosing it.

If there is a policy restriction on digest types for the root zone, it should be written somewhere operators can find it before the key ceremony, not after.""",
"""We tried to remove the DS for {tld} before moving to a new DNS provider (going insecure for a few days is our planned step). The request was held for "additional review" for {n} days with no explanation.

Meanwhile the old provider's contract ended, and we were left in the situation we were trying to avoid: signed with keys nobody controls any more. Removing a DS is a normal operation.""",
 ],
 "fr": [
"""Le roulement de clé KSK de {tld} est bloqué : le nouvel enregistrement DS a été refusé le {d1} au motif « DNSKEY correspondant introuvable », alors que la clé est publiée dans la zone depuis plus de dix jours.

Nous avons dû prolonger l'ancienne clé en dehors de notre politique de sécurité. Merci de nous dire quel serveur le contrôle interroge.""",
"""Lors du changement d'algorithme, nous avions demandé que les deux DS coexistent pendant la transition. L'IANA a retiré l'ancien DS en même temps qu'elle ajoutait le nouveau.

Résultat : plusieurs heures pendant lesquelles {tld} n'était pas validable pour une partie des résolveurs. La procédure était pourtant décrite en détail dans la demande {ticket}.""",
 ],
 "es": [
"""Rechazaron el nuevo DS de {tld} diciendo que el DNSKEY no está publicado, cuando está en la zona desde hace dos semanas. Estamos a mitad de un rollover de KSK y el rechazo nos obliga a mantener la clave vieja más tiempo del previsto.

Pedimos que revisen contra qué servidores se hace la validación.""",
"""En el cambio de algoritmo pedimos explícitamente mantener los dos registros DS durante la transición, y IANA reemplazó uno por otro de golpe. Durante horas algunos resolvedores validadores dieron SERVFAIL para todo {tld}.

Queremos una explicación por escrito y saber qué van a cambiar en el procedimiento.""",
 ],
}
TIMELINES["dnssec_ds_handling"] = {
 "en": ["new DNSKEY published in zone", "DS change {ticket} submitted", "rejected: DNSKEY not found", "resubmitted with evidence (dig output)", "still waiting; old KSK extended"],
 "fr": ["publication de la nouvelle DNSKEY", "soumission du DS ({ticket})", "refus : DNSKEY introuvable", "nouvelle soumission avec preuves", "toujours en attente ; ancienne KSK prolongée"],
 "es": ["publicación del nuevo DNSKEY", "envío del cambio de DS {ticket}", "rechazo: DNSKEY no encontrado", "reenvío con evidencia", "seguimos esperando; KSK vieja extendida"],
}
SUBJ_HINTS["dnssec_ds_handling"] = {
 "en": ["DS record / KSK roll", "{tld} DNSSEC"],
 "fr": ["Roulement KSK {tld}"],
 "es": ["Registro DS rechazado"],
}

# ---------------------------------------------------------------- 4
CORES["contact_authorization"] = {
 "en": [
"""Our administrative contact never received the approval e-mail for {ticket}. The technical contact got theirs and approved within minutes. The request then expired for lack of the second approval.

We checked our mail logs; nothing from IANA arrived for that address that day. Resending from the portal did not help either. We have now lost {n} days.""",
"""IANA asked the wrong person to authorize our change. The confirmation went to our former administrative contact, who left the organisation in 2024 - the contact update was completed and confirmed by IANA last year.

Fortunately he forwarded it to us rather than clicking. But this means the record IANA uses for authorization is not the one published in the root zone database. That is a security problem, not just an inconvenience.""",
"""The approval links expire too fast. Our admin contact is the ministry's director, who reads mail once a day at best. By the time he clicked, the link was dead and the whole request for {tld} had to be restarted, technical checks included.

Could the CSC look at whether the time allowed for confirmation is realistic for ccTLDs whose admin contact is a government official?""",
"""Both contacts approved {ticket} on {d1}. Portal still shows "awaiting contact confirmation" today. I have screenshots of both confirmation pages saying "Thank you, your response has been recorded".""",
 ],
 "fr": [
"""Notre contact administratif n'a jamais reçu le courriel de confirmation pour la demande {ticket}. Le contact technique a validé dans l'heure, mais sans la deuxième approbation la demande a expiré.

Nos journaux de messagerie ne montrent aucun message de l'IANA ce jour-là. Nous demandons que l'on vérifie l'adresse utilisée.""",
"""La demande d'autorisation a été envoyée à une personne qui n'est plus notre contact administratif depuis l'an dernier, alors que la mise à jour des contacts avait été faite et confirmée par l'IANA.

Cela pose un vrai problème de sécurité : un ancien collaborateur pouvait approuver une modification de {tld}.""",
 ],
 "es": [
"""El contacto administrativo no recibió nunca el correo de aprobación de la solicitud {ticket}. El técnico aprobó enseguida, pero la solicitud venció por falta de la segunda aprobación.

Revisamos los logs del servidor de correo y no llegó nada de IANA. Reenviar desde el portal tampoco funcionó.""",
"""Los dos contactos aprobaron el {d1} y el portal sigue diciendo "esperando confirmación de contactos". Tenemos capturas de pantalla de ambas confirmaciones.

Nadie nos ha explicado qué pasó ni si hay que volver a empezar.""",
 ],
}
TIMELINES["contact_authorization"] = {
 "en": ["request {ticket} passes technical checks", "tech contact approves", "admin contact receives nothing", "'resend' used from portal - still nothing", "request expires"],
 "fr": ["{ticket} : tests techniques réussis", "approbation du contact technique", "aucun courriel reçu par le contact administratif", "renvoi depuis le portail, toujours rien", "expiration de la demande"],
 "es": ["{ticket} pasa los chequeos técnicos", "aprueba el contacto técnico", "el administrativo no recibe nada", "reenvío desde el portal, nada", "la solicitud vence"],
}
SUBJ_HINTS["contact_authorization"] = {
 "en": ["approval email never arrived", "authorisation for {tld}"],
 "fr": ["Confirmation des contacts"],
 "es": ["Aprobación de contactos"],
}

# ---------------------------------------------------------------- 5
CORES["manual_review_stall"] = {
 "en": [
"""{ticket} has been "under review" since {d1}. Checks passed, both contacts approved the same day. Nothing has happened since and nobody can tell us what is being reviewed.

It is a plain NS replacement, same operator, same address family. The SLA for this stage is five days; we are at {n}.""",
"""I am writing about the review step, not the technical part - that all went fine. After confirmation our request sat in the processing queue for nearly three weeks. When we chased it, we were told it was "with the team". When we chased again, it was released within an hour.

So it was not actually being worked on; it was forgotten. We would like the CSC to check whether requests can sit unattended in that state without anyone being alerted.""",
"""Dear CSC, please note a pattern with {tld}: each of our last three routine changes waited between 9 and 14 days after contact approval before being sent for implementation. None were complex. We don't know why ours seem to need extra scrutiny.""",
"""We were asked, on day {n} of the review, for a document we had already attached to the original request ({ticket}). Then the clock seemingly started again. We are not against verification, but the review should not restart every time staff change shifts.""",
 ],
 "fr": [
"""Notre demande {ticket} est « en cours d'examen » depuis le {d1}. Les tests techniques sont passés et les deux contacts ont validé le jour même. Depuis, rien, et personne ne sait nous dire ce qui est examiné.

Il s'agit d'un simple remplacement de serveurs de noms. Le délai prévu pour cette étape est de cinq jours, nous en sommes à {n}.""",
"""Après la confirmation des contacts, la demande est restée près de trois semaines dans l'étape de traitement. À notre première relance, on nous a dit qu'elle était « entre les mains de l'équipe » ; à la seconde, elle a été débloquée en une heure.

Nous avons l'impression que la demande avait tout simplement été oubliée. Existe-t-il une alerte interne quand une demande dépasse le délai ?""",
 ],
 "es": [
"""La solicitud {ticket} está "en revisión" desde el {d1}. Los chequeos pasaron y los contactos aprobaron ese mismo día, pero desde entonces no hay ningún avance ni explicación.

Es un cambio rutinario de servidores. El plazo de esa etapa es de cinco días y ya vamos {n}.""",
"""A los {n} días de revisión nos pidieron un documento que ya estaba adjunto en la solicitud original. Lo mandamos otra vez y el trámite pareció empezar de cero.

No nos oponemos a la verificación, pero no puede ser que cada persona nueva que toma el caso empiece la revisión desde el principio.""",
 ],
}
TIMELINES["manual_review_stall"] = {
 "en": ["{ticket} submitted", "technical checks passed", "both contacts approved", "status 'in review', no contact from IANA", "chased IANA, told 'with the team'"],
 "fr": ["soumission de {ticket}", "tests techniques réussis", "validation des deux contacts", "statut « en examen », aucun contact de l'IANA", "relance : « entre les mains de l'équipe »"],
 "es": ["envío de {ticket}", "chequeos técnicos aprobados", "aprobación de ambos contactos", "estado 'en revisión', sin novedades", "reclamo a IANA: 'lo tiene el equipo'"],
}
SUBJ_HINTS["manual_review_stall"] = {
 "en": ["still in review??", "{ticket} stuck"],
 "fr": ["Demande bloquée en examen"],
 "es": ["Solicitud detenida en revisión"],
}

# ---------------------------------------------------------------- 6
CORES["root_zone_publication_delay"] = {
 "en": [
"""Our change was approved and marked "sent for implementation" on {d1}. As of this morning the root zone still lists the old name servers for {tld}. The implementation target is 72 hours; it has been {n} days.

We are running two sets of infrastructure in parallel and paying for both.""",
"""The change did go into the root zone on {d2}, but we were never told. The portal still says "implementation pending" and no completion notice arrived. We found out by querying a root server ourselves.

We held back our registrar announcement for two days because of this. The notification is part of the process for a reason.""",
"""Is something wrong with root zone publication at the moment? {ticket} was released on Monday and still not visible Friday. Verisign side or IANA side, we don't know, and nobody tells us.""",
"""Our glue update was approved, but it was not in the next several root zone serials. The old glue addresses point to hardware we decommission at the end of the month. If the records are not updated by then, {tld} will be served by half its name servers.

We would like to know where the request actually is between IANA and the Root Zone Maintainer.""",
 ],
 "fr": [
"""La modification a été approuvée et transmise pour mise en œuvre le {d1}, mais la zone racine affiche toujours les anciens serveurs de {tld}. Le délai prévu est de 72 heures ; nous en sommes à {n} jours.

Nous payons deux infrastructures en parallèle en attendant.""",
"""La modification a bien été publiée dans la zone racine le {d2}, mais nous n'avons reçu aucune notification et le portail affiche toujours « en attente de mise en œuvre ».

Nous l'avons découvert en interrogeant nous-mêmes un serveur racine. Ce n'est pas normal.""",
 ],
 "es": [
"""El cambio fue aprobado y enviado a implementación el {d1}, pero en la zona raíz siguen los servidores viejos de {tld}. El plazo es de 72 horas y llevamos {n} días.

Necesitamos saber si el problema está en IANA o en el mantenedor de la zona raíz.""",
"""El cambio salió publicado en la zona raíz, pero nunca nos llegó la notificación y el portal sigue mostrando "pendiente de implementación". Nos enteramos consultando directamente un servidor raíz.

Retrasamos el aviso a los registradores dos días por esto.""",
 ],
}
TIMELINES["root_zone_publication_delay"] = {
 "en": ["{ticket} approved by contacts", "released for implementation", "root zone serial checked: old NS still there", "still old data", "asked IANA where the change is"],
 "fr": ["{ticket} approuvée par les contacts", "transmise pour mise en œuvre", "vérification du serial : anciens NS toujours présents", "toujours les anciennes données", "question posée à l'IANA"],
 "es": ["{ticket} aprobada por los contactos", "enviada a implementación", "serial de la zona raíz: siguen los NS viejos", "sin cambios", "consultamos a IANA"],
}
SUBJ_HINTS["root_zone_publication_delay"] = {
 "en": ["change not in root zone yet", "{tld} still old NS"],
 "fr": ["Publication zone racine"],
 "es": ["Cambio no publicado"],
}

# ---------------------------------------------------------------- 7
CORES["wrong_change_implemented"] = {
 "en": [
"""IANA published the wrong IPv4 glue for {ns1}. We asked for {ip}; the root zone now has a different last octet, which is an address we do not own. Our request ({ticket}) is unambiguous - I have attached the PDF export.

A third of the resolvers asking for {tld} are now going to a host that is not ours. Please treat this as urgent.""",
"""We asked to ADD a fourth name server. IANA replaced the whole set instead, so {ns2} and the others disappeared from the root zone for {tld}. We had to file an emergency request to put them back.

I want to understand how a request that said "add" became "replace" through review, confirmation and implementation without anybody noticing.""",
"""Contact update for {tld}: the technical contact's phone and e-mail were swapped with the admin contact's in the published record. Small error maybe, but now confirmation mails go to the wrong person.""",
"""The change that was implemented under {ticket} is not the change we approved. The confirmation e-mail our contacts approved listed two name servers; three are now in the zone, the third is one we retired last year and had explicitly asked to remove.""",
 ],
 "fr": [
"""L'IANA a publié une adresse de glue erronée pour {ns1}. Nous avions demandé {ip} ; la zone racine contient une autre adresse, qui ne nous appartient pas. La demande {ticket} était pourtant sans ambiguïté.

Une partie du trafic de {tld} part vers une machine qui n'est pas la nôtre. Nous demandons une correction immédiate et une explication.""",
"""Nous avions demandé l'ajout d'un serveur de noms ; l'IANA a remplacé l'ensemble des serveurs. Nos serveurs existants ont disparu de la zone racine pendant une journée.

Comment une demande d'ajout a-t-elle pu devenir un remplacement à travers toutes les étapes de vérification ?""",
 ],
 "es": [
"""IANA publicó mal la dirección de glue de {ns1}: pedimos {ip} y en la zona raíz quedó otra que no es nuestra. La solicitud {ticket} era clarísima.

Parte del tráfico de {tld} está yendo a un equipo ajeno. Necesitamos la corrección ya.""",
"""Pedimos agregar un servidor de nombres y lo que hicieron fue reemplazar todo el conjunto. Nuestros servidores desaparecieron de la zona raíz y tuvimos que pedir un cambio urgente para volver atrás.

Queremos saber cómo un pedido de "agregar" terminó como "reemplazar" sin que nadie lo notara.""",
 ],
}
TIMELINES["wrong_change_implemented"] = {
 "en": ["{ticket} submitted: add {ns2}, glue {ip}", "contacts approve the listed data", "change published", "monitoring alert: unexpected data in root zone", "emergency correction requested"],
 "fr": ["soumission {ticket} : ajout de {ns2}, glue {ip}", "approbation des contacts", "publication", "alerte de supervision : données inattendues", "demande de correction urgente"],
 "es": ["envío {ticket}: agregar {ns2}, glue {ip}", "aprobación de los contactos", "publicación", "alerta de monitoreo: datos inesperados", "pedido de corrección urgente"],
}
SUBJ_HINTS["wrong_change_implemented"] = {
 "en": ["wrong glue published", "this is NOT what we asked for"],
 "fr": ["Erreur dans la modification"],
 "es": ["Cambio mal implementado"],
}

# ---------------------------------------------------------------- 8
CORES["rzms_portal_malfunction"] = {
 "en": [
"""Nobody at our registry can log in to the root zone management system since {d1}. Password reset mails arrive, the new password is accepted, then the second factor page loops back to the login screen.

We have tried three browsers and two different users. We have a change to file for {tld} and cannot file it.""",
"""The change form throws a generic "An error occurred" when we submit more than four name servers with both IPv4 and IPv6 glue. With four it works. We need six. Support suggested e-mailing the request instead, which then takes days to be entered.""",
"""Uploading the supporting letter (PDF, 1.2 MB) fails every time with a timeout. The portal then logs us out and the draft request is lost, including all the name server data we typed in. This is the fourth attempt.""",
"""Since the portal was updated, our second technical contact's account shows no TLDs at all. She can log in, but {tld} is not listed, so she cannot approve or submit. Her role was not changed by us.

It took a week to get a reply saying the issue was "being investigated".""",
 ],
 "fr": [
"""Depuis le {d1}, aucun de nos utilisateurs ne parvient à se connecter au portail de gestion de la zone racine : après la saisie du code de double authentification, on revient systématiquement à l'écran de connexion.

Nous avons essayé plusieurs navigateurs et plusieurs comptes. Nous avons une modification urgente à déposer pour {tld}.""",
"""Le formulaire de modification renvoie « une erreur est survenue » dès que nous saisissons plus de quatre serveurs avec glue IPv4 et IPv6. On nous conseille d'envoyer la demande par courriel, ce qui prend ensuite plusieurs jours.

Le téléversement des pièces justificatives échoue aussi, et le brouillon est perdu à chaque déconnexion.""",
 ],
 "es": [
"""Desde el {d1} no podemos entrar al portal de gestión de la zona raíz. El correo para cambiar la contraseña llega, la nueva clave se acepta, pero después del segundo factor vuelve a la pantalla de inicio.

Probamos con varios navegadores y usuarios. Tenemos que enviar un cambio para {tld} y no podemos.""",
"""Al subir la carta de respaldo en PDF el portal da timeout, nos cierra la sesión y se pierde todo lo que habíamos cargado. Ya lo intentamos cuatro veces.

Soporte nos dijo que mandemos el pedido por correo, pero así tarda días en cargarse.""",
 ],
}
TIMELINES["rzms_portal_malfunction"] = {
 "en": ["login fails after 2FA step", "password reset, same loop", "support ticket {ticket} opened", "auto-reply only", "change for {tld} still not filed"],
 "fr": ["échec de connexion après la double authentification", "réinitialisation du mot de passe, même boucle", "ouverture du ticket {ticket}", "réponse automatique uniquement", "modification de {tld} toujours pas déposée"],
 "es": ["falla el ingreso después del 2FA", "reinicio de contraseña, mismo problema", "abrimos el ticket {ticket}", "solo respuesta automática", "el cambio de {tld} sigue sin enviarse"],
}
SUBJ_HINTS["rzms_portal_malfunction"] = {
 "en": ["cannot log in to RZMS", "portal broken again"],
 "fr": ["Accès au portail impossible"],
 "es": ["Problema con el portal"],
}

# ---------------------------------------------------------------- 9
CORES["transfer_delegation_evaluation"] = {
 "en": [
"""The transfer of {tld} to our organisation was filed on {d1} with the government's letter of support and the incumbent manager's written consent. {n} weeks later we are on the third round of questions, and each round asks for something that was not mentioned before.

We need a definitive list of what PTI requires, once, and an estimate of the time.""",
"""We are the incumbent manager of {tld} and agreed to the transfer to the new national entity. The evaluation has been going on for months. Meanwhile we are obliged to keep operating the registry, with no budget for it after the handover date we all agreed.

Neither we nor the new manager are told what is still missing.""",
"""Our application for delegation of the new gTLD string went through contracting long ago. The IANA delegation step has now taken longer than the whole of pre-delegation testing. The last three messages we received were "your request is progressing".""",
"""PTI asked us to demonstrate "local Internet community support" for the {tld} transfer. We sent letters from the national ISP association, the university network and the chamber of commerce. They replied that this was insufficient, without saying what would be sufficient.

The criteria seem to move with each reviewer.""",
 ],
 "fr": [
"""Le dossier de transfert de {tld} à notre association a été déposé le {d1}, avec la lettre de soutien du ministère et l'accord écrit du gestionnaire actuel. Depuis, nous en sommes au troisième cycle de questions, et chaque cycle demande des pièces qui n'avaient jamais été mentionnées.

Nous souhaitons obtenir une liste définitive des pièces exigées et un calendrier prévisionnel.""",
"""On nous demande de démontrer le « soutien de la communauté Internet locale » pour le transfert de {tld}. Nous avons fourni les lettres de l'association des FAI, du réseau universitaire et de la chambre de commerce ; la réponse est que c'est insuffisant, sans préciser ce qui serait suffisant.

Les critères semblent changer à chaque interlocuteur.""",
 ],
 "es": [
"""La solicitud de transferencia de {tld} se presentó el {d1} con la carta del ministerio y el consentimiento escrito del administrador actual. Ya van {n} semanas y tres rondas de preguntas, cada una pidiendo documentos que antes no se habían mencionado.

Pedimos una lista definitiva de requisitos y un plazo estimado.""",
"""Somos el administrador saliente de {tld} y aceptamos la transferencia a la nueva entidad nacional. La evaluación lleva meses y mientras tanto seguimos obligados a operar el registro sin presupuesto para hacerlo.

Ni nosotros ni el nuevo administrador sabemos qué es lo que falta.""",
 ],
}
TIMELINES["transfer_delegation_evaluation"] = {
 "en": ["transfer request {ticket} filed with consent + government letter", "first questions from PTI, answered", "second questions (new documents), answered", "third round of questions", "no estimate given"],
 "fr": ["dépôt de la demande de transfert {ticket}", "premières questions de PTI, réponse envoyée", "deuxième série de questions, réponse envoyée", "troisième série de questions", "aucun calendrier communiqué"],
 "es": ["presentación de la transferencia {ticket}", "primeras preguntas de PTI, respondidas", "segunda ronda con documentos nuevos, respondida", "tercera ronda de preguntas", "sin plazo estimado"],
}
SUBJ_HINTS["transfer_delegation_evaluation"] = {
 "en": ["{tld} transfer - status?", "redelegation request"],
 "fr": ["Dossier de transfert {tld}"],
 "es": ["Transferencia de {tld}"],
}

# ---------------------------------------------------------------- 10
CORES["idn_table_publication"] = {
 "en": [
"""We submitted the updated IDN table for {tld} (adding 14 code points for the minority script) on {d1}. It is still not in the IANA repository of IDN practices. Our registry launch for these labels was announced for next month.""",
"""The table published in the IANA repository for {tld} is the 2019 version, not the one we sent in {ticket}. Registrars are checking against the repository and rejecting registrations we now allow.

Please replace it, and tell us how a superseded file got republished.""",
"""We were asked to convert our language table to the LGR XML format before publication. We did, it validates against the RFC 7940 schema, and it was then returned again because the "description" field was in our national language only. Nobody mentioned that before. {n} weeks lost.""",
"""Just a note for your pattern review: our IDN table request has been open longer than any name server change we ever made, and the status page gives no stage or date. We are a small ccTLD and assumed no news is good news; apparently not.""",
 ],
 "fr": [
"""Nous avons soumis le {d1} la nouvelle table IDN de {tld}, qui ajoute les caractères nécessaires aux langues nationales. Elle n'est toujours pas publiée dans le dépôt de l'IANA, alors que l'ouverture des enregistrements est annoncée pour le mois prochain.""",
"""La table publiée dans le dépôt de l'IANA pour {tld} est l'ancienne version, pas celle envoyée avec la demande {ticket}. Les bureaux d'enregistrement se basent sur ce dépôt et refusent des noms que nous autorisons désormais.

Merci de corriger et de nous expliquer comment un fichier remplacé a pu être republié.""",
 ],
 "es": [
"""La nueva tabla IDN de {tld} se envió el {d1} y todavía no aparece publicada en el repositorio de IANA. Ya anunciamos a los registradores la apertura de esos nombres para el mes que viene.""",
"""Nos pidieron convertir la tabla al formato LGR en XML; lo hicimos, valida contra el esquema del RFC 7940, y luego nos la devolvieron porque la descripción estaba solo en español. Nadie lo había mencionado antes.

Llevamos {n} semanas con esto.""",
 ],
}
TIMELINES["idn_table_publication"] = {
 "en": ["IDN table submitted ({ticket})", "acknowledged", "asked to convert to LGR XML, done", "returned again for description field", "table still not published"],
 "fr": ["envoi de la table IDN ({ticket})", "accusé de réception", "conversion demandée au format LGR, effectuée", "nouveau renvoi pour le champ description", "table toujours non publiée"],
 "es": ["envío de la tabla IDN ({ticket})", "acuse de recibo", "piden convertir a LGR XML, hecho", "nueva devolución por la descripción", "tabla todavía sin publicar"],
}
SUBJ_HINTS["idn_table_publication"] = {
 "en": ["IDN table for {tld}", "IDN repository"],
 "fr": ["Table IDN non publiée"],
 "es": ["Tabla IDN"],
}

# ---------------------------------------------------------------- 11
CORES["unresponsive_communication"] = {
 "en": [
"""I have written to IANA four times since {d1} about {ticket} and received one automatic acknowledgement. No human answer. The phone number goes to voicemail.

The complaint page says acknowledgement within one business day and an answer in two. I would settle for any answer.""",
"""Our question was simple: does the change for {tld} require a new letter from the ministry, yes or no. We got three different answers from three different people over two weeks, the last one contradicting the first.

Can IANA please decide once and put it in writing?""",
"""{ticket} was closed as "resolved" without anybody replying to the question it contained. When we reopened it, it was closed again, this time with a link to the general FAQ.""",
"""The replies we get are copy-paste. I asked why our request was returned and received a paragraph explaining in general terms what a change request is. We have been operating {tld} for twenty years; we know what a change request is. We need to know what is wrong with ours.""",
 ],
 "fr": [
"""J'ai écrit quatre fois à l'IANA depuis le {d1} au sujet de la demande {ticket} et je n'ai reçu qu'un accusé de réception automatique. Aucune réponse d'une personne. Le téléphone tombe sur une messagerie.

La procédure annonce un accusé sous un jour ouvré et une réponse sous deux. Nous serions déjà contents d'avoir une réponse tout court.""",
"""Le ticket {ticket} a été fermé comme « résolu » sans que personne ne réponde à notre question. Nous l'avons rouvert ; il a été refermé avec un simple lien vers la FAQ.

Les réponses que nous recevons sont génériques et ne traitent jamais de notre cas.""",
 ],
 "es": [
"""Escribí cuatro veces a IANA desde el {d1} por la solicitud {ticket} y solo recibí un acuse automático. Ninguna respuesta de una persona, y el teléfono va al buzón de voz.

El procedimiento dice que responden en dos días hábiles. Con cualquier respuesta nos conformaríamos.""",
"""Hicimos una pregunta simple sobre {tld} y recibimos tres respuestas distintas de tres personas distintas en dos semanas, la última contradiciendo a la primera.

Después cerraron el ticket {ticket} como "resuelto" sin contestar nada.""",
 ],
}
TIMELINES["unresponsive_communication"] = {
 "en": ["question sent on {ticket}", "automatic acknowledgement", "follow-up sent, no answer", "phone call, voicemail", "ticket closed as resolved, question unanswered"],
 "fr": ["question envoyée sur {ticket}", "accusé automatique", "relance, sans réponse", "appel téléphonique, messagerie", "ticket fermé sans réponse"],
 "es": ["pregunta enviada en {ticket}", "acuse automático", "reiteramos, sin respuesta", "llamada, buzón de voz", "ticket cerrado sin respuesta"],
}
SUBJ_HINTS["unresponsive_communication"] = {
 "en": ["no answer from IANA", "is anyone reading these?"],
 "fr": ["Aucune réponse"],
 "es": ["Sin respuesta de IANA"],
}

# ---------------------------------------------------------------- 12
CORES["perceived_unequal_treatment"] = {
 "en": [
"""We notice that large gTLD back-end providers get their changes through in a day while our requests for {tld} routinely take a week or more. Same type of change, same checks. It is hard not to conclude that some customers get priority.""",
"""When our transfer was evaluated, we were asked for documents that, as far as we can tell from the public reports, were not asked of the neighbouring ccTLD in a very similar situation last year.

We are not alleging bad faith. We are asking the CSC to look at whether PTI applies the same standard to everyone, and how anyone could verify that.""",
"""A colleague at another registry told me that she calls her IANA contact directly and things move. We don't have that kind of contact and we wait in the queue. If the process is "know someone", the CSC should know.""",
"""Our government changed last year, and since then every request from {tld} is treated with suspicion: extra verification calls, extra letters. Technical changes should not be affected by politics. We formally ask that the CSC review whether {tld} is being handled differently.""",
 ],
 "fr": [
"""Nous constatons que les demandes des grands opérateurs de gTLD sont traitées en un jour, alors que les nôtres pour {tld} prennent régulièrement une semaine ou plus, pour le même type de modification.

Nous demandons au CSC de vérifier si tous les clients sont traités de la même manière.""",
"""Depuis le changement de gouvernement, chaque demande de {tld} fait l'objet de vérifications supplémentaires : appels, courriers, confirmations. Les modifications techniques ne devraient pas dépendre de la situation politique.

Nous ne mettons pas en cause la bonne foi du personnel, mais le traitement n'est manifestement pas le même que pour nos voisins.""",
 ],
 "es": [
"""Vemos que los grandes operadores de gTLD consiguen sus cambios en un día, mientras que los nuestros para {tld} tardan una semana o más, siendo el mismo tipo de cambio.

Cuesta no pensar que hay clientes con prioridad. Pedimos al CSC que lo revise.""",
"""En la evaluación de nuestra transferencia nos pidieron documentos que, según los informes públicos, no se le pidieron a otro ccTLD de la región en una situación casi idéntica.

No acusamos a nadie de mala fe, pero queremos saber si se aplica el mismo criterio para todos.""",
 ],
}
TIMELINES["perceived_unequal_treatment"] = {
 "en": ["our request {ticket} submitted", "similar change by a large operator submitted same day", "theirs published next day", "ours still in review", "asked IANA why, no explanation"],
 "fr": ["soumission de notre demande {ticket}", "demande similaire d'un grand opérateur le même jour", "la leur publiée le lendemain", "la nôtre toujours en examen", "question à l'IANA, sans explication"],
 "es": ["envío de nuestra solicitud {ticket}", "cambio similar de un gran operador el mismo día", "el suyo publicado al día siguiente", "el nuestro sigue en revisión", "preguntamos por qué, sin explicación"],
}
SUBJ_HINTS["perceived_unequal_treatment"] = {
 "en": ["fairness", "are all TLDs equal?"],
 "fr": ["Égalité de traitement"],
 "es": ["Trato desigual"],
}

# ---------------------------------------------------------------- 13
CORES["emergency_request_handling"] = {
 "en": [
"""At 02:10 UTC on {d1} our signing system failed and the RRSIGs for {tld} started expiring. We called the IANA emergency number: no answer for 40 minutes. When we got through, we were told the request would be handled "during business hours".

A whole ccTLD going bogus is the definition of an emergency.""",
"""Our registry's portal account was compromised and an NS change for {tld} was submitted by the attacker. We reported it by phone and e-mail within the hour and asked IANA to freeze any change. The request was nevertheless sent for contact confirmation the next morning.

We were lucky our admin contact refused it. We need to know what the emergency procedure actually is.""",
"""We filed an expedited request ({ticket}) because two of our three name servers were destroyed in the datacentre fire. It was processed in the normal queue, exactly like a routine change, five days in total.""",
"""I'm told there is a 24x7 emergency service. On a Sunday, our hijacked delegation needed a fix and nobody at IANA could be reached through any channel we had. The only thing that worked was a personal contact at a root server operator who passed on the message.""",
 ],
 "fr": [
"""Le {d1} vers 3h du matin, notre système de signature est tombé en panne et les signatures de {tld} ont commencé à expirer. Nous avons appelé le numéro d'urgence de l'IANA : aucune réponse pendant quarante minutes, puis on nous a dit que la demande serait traitée « aux heures ouvrables ».

Un ccTLD entier qui ne valide plus, c'est précisément une urgence.""",
"""Notre compte sur le portail a été compromis et une modification des NS de {tld} a été soumise par l'attaquant. Nous l'avons signalé dans l'heure par téléphone et courriel, en demandant le gel de toute modification. La demande frauduleuse a tout de même été envoyée en confirmation le lendemain.

Heureusement, notre contact administratif l'a refusée.""",
 ],
 "es": [
"""El {d1} a las 2 de la mañana se cayó nuestro sistema de firma y empezaron a vencer las firmas de {tld}. Llamamos al número de emergencia de IANA y nadie atendió durante 40 minutos; luego nos dijeron que se vería "en horario laboral".

Un ccTLD completo que no valida es exactamente una emergencia.""",
"""Pedimos un cambio urgente ({ticket}) porque perdimos dos de nuestros tres servidores de nombres en un incendio del centro de datos. Lo procesaron en la cola normal, como cualquier cambio de rutina: cinco días en total.

Necesitamos saber cuál es en la práctica el procedimiento de emergencia.""",
 ],
}
TIMELINES["emergency_request_handling"] = {
 "en": ["incident begins, {tld} affected", "called IANA emergency line, no answer", "emergency e-mail sent, ref {ticket}", "told to wait for business hours", "change finally made"],
 "fr": ["début de l'incident sur {tld}", "appel au numéro d'urgence, pas de réponse", "courriel d'urgence, réf. {ticket}", "on nous renvoie aux heures ouvrables", "modification enfin effectuée"],
 "es": ["empieza el incidente en {tld}", "llamada a emergencias de IANA, sin respuesta", "correo urgente, ref. {ticket}", "nos dicen que esperemos al horario laboral", "cambio finalmente hecho"],
}
SUBJ_HINTS["emergency_request_handling"] = {
 "en": ["EMERGENCY - {tld}", "emergency line unanswered"],
 "fr": ["URGENT {tld}"],
 "es": ["URGENTE {tld}"],
}

# ================================================================ wrappers
GREET = {
 "en": ["Dear CSC members,", "Hello,", "Dear Committee,", "Hi all,", "To the Customer Standing Committee,", "Good morning,", ""],
 "fr": ["Mesdames, Messieurs,", "Bonjour,", "Chers membres du CSC,", "Bonjour à tous,", ""],
 "es": ["Estimados miembros del CSC:", "Hola,", "Buenos días,", "Estimados señores:", ""],
}
CLOSE = {
 "en": ["Regards,", "Thanks,", "Best regards,", "Kind regards,", "Thank you for looking into this.", "Cheers,"],
 "fr": ["Cordialement,", "Bien cordialement,", "Merci d'avance,", "Salutations distinguées,"],
 "es": ["Saludos,", "Saludos cordiales,", "Atentamente,", "Muchas gracias,", "Quedo atento,"],
}
ANGRY_OPEN = {
 "en": ["This is getting ridiculous.", "I am frankly fed up.", "Once again, and I really mean AGAIN:", "I don't know who else to write to at this point.", "Enough is enough."],
 "fr": ["C'est inadmissible.", "Nous sommes excédés.", "Encore une fois, et ce n'est pas la première :", "Franchement, cela devient ridicule."],
 "es": ["Esto ya es inaceptable.", "Estamos hartos.", "Otra vez lo mismo, y no es la primera vez:", "Sinceramente, esto es un disparate."],
}
ANGRY_CLOSE = {
 "en": ["We pay attention to our obligations. We expect the same from IANA.", "If this is the level of service, the community should hear about it.", "I expect an answer THIS WEEK.", "Please do not send me another template."],
 "fr": ["Nous attendons une réponse cette semaine, pas un énième message automatique.", "Si c'est cela le niveau de service, la communauté doit le savoir.", "Nous n'accepterons pas un nouveau courrier type."],
 "es": ["Esperamos una respuesta ESTA semana.", "Si este es el nivel de servicio, la comunidad tiene que saberlo.", "No queremos otra respuesta automática."],
}
FORMAL_OPEN = {
 "en": ["On behalf of {org}, the designated manager of the {tld} top-level domain, I hereby submit a formal complaint regarding the performance of the IANA naming functions by Public Technical Identifiers (PTI).",
        "We write in our capacity as registry operator for {tld} to bring to the Committee's attention a matter that we consider to fall within its remit of monitoring PTI's performance against the agreed service levels.",
        "Please accept this letter as a formal complaint from {org}, submitted in accordance with the published IANA customer complaint process and copied to the Customer Standing Committee for its review of systemic issues."],
 "fr": ["Au nom de {org}, gestionnaire désigné du domaine de premier niveau {tld}, je vous adresse par la présente une réclamation formelle concernant l'exécution des fonctions IANA de nommage par PTI.",
        "En notre qualité d'opérateur de registre de {tld}, nous souhaitons porter à l'attention du Comité les faits exposés ci-après, qui relèvent selon nous de sa mission de suivi des niveaux de service."],
 "es": ["En nombre de {org}, administrador designado del dominio de nivel superior {tld}, presento formalmente la siguiente queja sobre el desempeño de PTI en las funciones de nombres de la IANA.",
        "En nuestra calidad de operador del registro de {tld}, ponemos en conocimiento del Comité los hechos que se detallan a continuación, los cuales consideramos comprendidos en su función de supervisión de los niveles de servicio."],
}
FORMAL_CLOSE = {
 "en": ["We reserve all rights in this matter and request that the Committee record this complaint and inform us of any action taken.",
        "We respectfully request a written response and that this matter be considered at the Committee's next meeting.",
        "Nothing in this letter shall be construed as a waiver of any right or remedy available to the registry operator."],
 "fr": ["Nous nous réservons tous droits en la matière et vous prions de bien vouloir enregistrer la présente réclamation et nous tenir informés des suites qui y seront données.",
        "Nous vous saurions gré de bien vouloir inscrire ce point à l'ordre du jour de la prochaine réunion du Comité."],
 "es": ["Nos reservamos todos los derechos que pudieran correspondernos y solicitamos que se deje constancia de esta queja y se nos informe de las medidas adoptadas.",
        "Solicitamos respetuosamente una respuesta por escrito y que el asunto sea tratado en la próxima reunión del Comité."],
}
TIMELINE_HEAD = {"en": ["Timeline:", "Chronology (all times UTC):", "For the record, what happened:"],
                 "fr": ["Chronologie :", "Déroulé des faits :"],
                 "es": ["Cronología:", "Resumen de los hechos:"]}
REPLY_LEAD = {
 "en": ["(Replying on this thread because it is the last thing we got from IANA - it is about something else, but it shows they can send mail when they want.)",
        "Sorry for replying on an unrelated notice, it was the quickest way to find your address.",
        ""],
 "fr": ["(Je réponds sur ce message car c'est le dernier reçu de l'IANA, même s'il concerne une autre demande.)", ""],
 "es": ["(Respondo sobre este correo porque es lo último que recibimos de IANA, aunque trata de otra cosa.)", ""],
}
FWD_LEAD = {
 "en": ["Forwarding the exchange below for the Committee's information.", "FYI - see below. This is what we get.", "Forwarding, see my comments above.", "See the thread below."],
 "fr": ["Je vous transfère l'échange ci-dessous pour information.", "Voir ci-dessous."],
 "es": ["Les reenvío el intercambio de abajo.", "Ver abajo, para su información."],
}
QUOTE_INTRO = {
 "en": ["On {qdate}, IANA <iana@iana.example.org> wrote:", "IANA Services wrote on {qdate}:", "-----Original Message-----\nFrom: IANA Root Zone Management <root-mgmt@iana.example.org>\nSent: {qdate}\nSubject: [IANA #{qt}] {qsubj}"],
 "fr": ["Le {qdate}, IANA <iana@iana.example.org> a écrit :", "-------- Message d'origine --------\nDe : IANA <root-mgmt@iana.example.org>\nDate : {qdate}\nObjet : [IANA #{qt}] {qsubj}"],
 "es": ["El {qdate}, IANA <iana@iana.example.org> escribió:", "-----Mensaje original-----\nDe: IANA <root-mgmt@iana.example.org>\nEnviado: {qdate}\nAsunto: [IANA #{qt}] {qsubj}"],
}
FWD_HEAD = {
 "en": ["---------- Forwarded message ---------\nFrom: IANA Root Zone Management <root-mgmt@iana.example.org>\nDate: {qdate}\nSubject: [IANA #{qt}] {qsubj}\nTo: {me}",
        "Begin forwarded message:\n\nFrom: \"IANA\" <iana@iana.example.org>\nSubject: Re: [IANA #{qt}] {qsubj}\nDate: {qdate}\nTo: {me}"],
 "fr": ["-------- Message transféré --------\nSujet : [IANA #{qt}] {qsubj}\nDate : {qdate}\nDe : IANA <root-mgmt@iana.example.org>\nPour : {me}"],
 "es": ["---------- Mensaje reenviado ---------\nDe: IANA <root-mgmt@iana.example.org>\nFecha: {qdate}\nAsunto: [IANA #{qt}] {qsubj}\nPara: {me}"],
}
# IANA notices (always English), tagged with the stage they concern
NOTICES = [
 ("received", "Request received", """Thank you for your submission. Your request concerning {qtld} has been received and assigned reference number {qt}. Please quote this number in any further correspondence.

The request will now proceed to automated technical checks."""),
 ("checks_passed", "Technical checks completed", """The technical checks for change request {qt} ({qtld}) have completed and no errors were found. The authorization contacts listed for the domain will now be asked to confirm the request."""),
 ("checks_failed", "Technical check failure", """The following technical test(s) failed for change request {qt} ({qtld}):

  - Name server responsiveness: no response received over UDP from one or more listed name servers.

Please correct the issue and use the Retest option in the portal, or withdraw the request."""),
 ("confirm", "Authorization required", """This is a request for authorization of change request {qt} affecting {qtld}. As a listed contact, please review the proposed changes in the Root Zone Management System and approve or reject them. If no response is received, the request may expire."""),
 ("implemented", "Change completed", """We are pleased to inform you that change request {qt} has been implemented and the changes are now reflected in the root zone and/or the Root Zone Database for {qtld}.

Thank you for using the IANA services."""),
 ("closed", "Ticket closed", """This ticket has been resolved and closed. If you believe the matter has not been addressed, you may reply to this message within 14 days to reopen it."""),
 ("info_needed", "Additional information required", """In order to continue processing your request {qt} for {qtld}, we require the following: an updated letter from the administrative contact on organisational letterhead confirming the proposed change. Processing is paused until this is received."""),
 ("contact_update", "Contact details updated", """The contact details for {qtld} have been updated as requested. The new details are now visible in the Root Zone Database. This change did not require a modification of the root zone file."""),
 ("annual_review", "Annual contact verification", """As part of our regular verification, we ask all TLD managers to confirm that the contact information listed for {qtld} is current. Please log in to the portal and confirm or update the records within 30 days."""),
]
# notice tags that would overlap the category too directly (not quoted in 'reply')
NOTICE_AVOID = {
 "ns_check_false_failure": {"checks_failed", "checks_passed"},
 "check_results_slow": {"checks_failed", "checks_passed"},
 "dnssec_ds_handling": {"checks_failed"},
 "contact_authorization": {"confirm", "contact_update"},
 "manual_review_stall": {"info_needed"},
 "root_zone_publication_delay": {"implemented"},
 "wrong_change_implemented": {"implemented", "contact_update"},
 "rzms_portal_malfunction": set(),
 "transfer_delegation_evaluation": {"info_needed"},
 "idn_table_publication": set(),
 "unresponsive_communication": {"closed"},
 "perceived_unequal_treatment": set(),
 "emergency_request_handling": set(),
}
GENERIC_SUBJ = {
 "en": ["Complaint", "complaint re IANA", "urgent", "Re: [IANA #{qt}] {qsubj}", "{tld}", "Issue with our request", "Request {ticket}", "IANA service problem", "formal complaint - {tld}", "help", "Fwd: [IANA #{qt}] {qsubj}", "PTI performance", "for the CSC", "Re: Re: {ticket}"],
 "fr": ["Réclamation", "réclamation IANA", "Urgent", "Re: [IANA #{qt}] {qsubj}", "Demande {ticket}", "Problème avec l'IANA", "Plainte {tld}", "TR: [IANA #{qt}] {qsubj}", "À l'attention du CSC"],
 "es": ["Queja", "queja IANA", "Urgente", "RE: [IANA #{qt}] {qsubj}", "Solicitud {ticket}", "Problema con IANA", "Reclamo {tld}", "RV: [IANA #{qt}] {qsubj}", "Para el CSC"],
}
DISCLAIMER = {
 "en": ["CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. The registry accepts no liability for any damage caused by any virus transmitted by this e-mail.",
        "This message and any attachment are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately and delete it from your system. Views expressed in this message are those of the sender and do not necessarily reflect the official position of the organisation. Please consider the environment before printing this e-mail."],
 "fr": ["AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. L'intégrité de ce message n'étant pas assurée sur Internet, notre organisation ne peut être tenue responsable de son contenu."],
 "es": ["AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted no es el destinatario, queda notificado de que cualquier uso, divulgación o copia está prohibido. Si lo recibió por error, le rogamos avisar al remitente y eliminarlo. La entidad no se hace responsable de los daños causados por virus transmitidos por este correo."],
}

# ================================================================ senders
# (tld, lang, organisation, mail domain, [(name, title)], address, phone)
REGISTRIES = [
 (".nz", "en", "Kiwi Domain Registry Ltd", "kiwireg.example", [("Aroha Ngata", "Registry Operations Manager"), ("Ben Ellison", "DNS Engineer")], "Level 4, 80 Boulcott St, Wellington 6011, New Zealand", "+64 4 555 0192"),
 (".za", "en", "ZA Names Authority NPC", "zana.example", [("Thandi Mokoena", "Chief Technical Officer"), ("Pieter van Wyk", "Legal Counsel")], "12 Jan Smuts Ave, Johannesburg 2196, South Africa", "+27 11 555 0144"),
 (".ke", "en", "Kenya Network Information Centre", "kenic-reg.example", [("Wanjiru Kamau", "Technical Lead")], "Waiyaki Way, Nairobi, Kenya", "+254 20 555 0101"),
 (".ng", "en", "NG Registry Association", "ngregistry.example", [("Chukwuemeka Obi", "Head, Registry Systems"), ("Funmi Adeyemi", "Company Secretary")], "Plot 5, Adeola Odeku St, Victoria Island, Lagos", "+234 1 555 0133"),
 (".in", "en", "National Internet Registry of India", "nixi-reg.example", [("Priya Raghavan", "Senior Manager, DNS Operations")], "New Delhi 110001, India", "+91 11 5550 1722"),
 (".lk", "en", "LK Domain Registry", "lkdomains.example", [("Nuwan Perera", "Systems Administrator")], "University of Moratuwa, Katubedda, Sri Lanka", "+94 11 555 0190"),
 (".jm", "en", "JM Names (UWI)", "jmnames.example", [("Marcia Campbell", "Registry Administrator")], "Mona Campus, Kingston 7, Jamaica", "+1 876 555 0113"),
 (".tt", "en", "TTNIC", "ttnic-reg.example", [("Dev Ramsaran", "Technical Contact")], "St Augustine, Trinidad and Tobago", "+1 868 555 0177"),
 (".ie", "en", "IE Domain Registry CLG", "iedr-names.example", [("Siobhan Keane", "Head of Policy & Legal"), ("Ciaran Doyle", "Infrastructure Engineer")], "2 Harbour Square, Dun Laoghaire, Co. Dublin, Ireland", "+353 1 555 0166"),
 (".fj", "en", "Fiji Domain Registry", "fjreg.example", [("Sitiveni Rabuka Jr", "Network Manager")], "Laucala Campus, Suva, Fiji", "+679 555 0128"),
 (".ws", "en", "Samoa Names Ltd", "samoanames.example", [("Leilani Tuilagi", "Registry Manager")], "Apia, Samoa", "+685 555 019"),
 (".sg", "en", "SG Registry Services Pte Ltd", "sgrs.example", [("Tan Wei Ming", "Director, Technology")], "8 Temasek Boulevard, Singapore 038988", "+65 6555 0155"),
 (".bz", "en", "Belize Names Registry", "bznames.example", [("Carlos Young", "Operations")], "Belize City, Belize", "+501 555 0110"),
 (".shop", "en", "Storefront Registry Inc.", "storefront-reg.example", [("Emily Hart", "VP Registry Operations"), ("Josh Kemp", "SRE")], "1200 Market St, Suite 400, San Francisco, CA 94102, USA", "+1 415 555 0181"),
 (".bank", "en", "fTLD-style Financial Registry", "finreg.example", [("Rachel Stein", "General Counsel")], "600 13th St NW, Washington, DC 20005, USA", "+1 202 555 0170"),
 (".london", "en", "Dot London Registry Ltd", "dotlondon-reg.example", [("Oliver Grant", "Registry Technical Manager")], "1 Canada Square, London E14 5AB, United Kingdom", "+44 20 5550 0140"),
 (".berlin", "en", "Berlin TLD GmbH", "berlintld.example", [("Katrin Vogel", "Technical Operations")], "Friedrichstrasse 68, 10117 Berlin, Germany", "+49 30 5550 2211"),
 (".club", "en", "Club Names Registry LLC", "clubnames.example", [("Mark Delaney", "Compliance Manager")], "Miami, FL, USA", "+1 305 555 0188"),
 (".xn--p1ai", "en", "RF Coordination Centre (IDN)", "rf-cc.example", [("Dmitri Sokolov", "Head of Technical Department")], "Moscow, Russian Federation", "+7 495 555 0122"),
 (".xn--fiqs8s", "en", "CN IDN Registry Centre", "cnidn-reg.example", [("Li Na", "International Affairs"), ("Zhang Wei", "DNS Operations")], "Zhongguancun, Haidian, Beijing 100190, China", "+86 10 5550 8899"),
 (".xn--mgbaam7a8h", "en", "AE Domain Administration", "aeda-names.example", [("Fatima Al Marzouqi", "Registry Services Manager")], "Dubai, United Arab Emirates", "+971 4 555 0177"),
 (".xn--h2brj9c", "en", "Bharat IDN Registry", "bharat-idn.example", [("Arjun Mehta", "IDN Programme Lead")], "Mumbai 400001, India", "+91 22 5550 3344"),
 (".xn--3e0b707e", "en", "Korea Internet Names Agency", "krnames.example", [("Park Ji-hoon", "Senior Engineer")], "Naju-si, Jeollanam-do, Republic of Korea", "+82 61 555 0100"),
 (".xn--o3cw4h", "en", "TH Network Information Center Foundation", "thnic-reg.example", [("Somchai Wongsakul", "Registry Manager")], "Bangkok 10400, Thailand", "+66 2 555 0120"),
 (".xn--55qx5d", "en", "Company IDN gTLD Registry Ltd", "gongsi-reg.example", [("Chen Hui", "Operations Manager")], "Shenzhen, China", "+86 755 5550 1200"),
 (".xn--mgbc0a9azcg", "fr", "Agence nationale des noms du Maroc (IDN)", "anrt-noms.example", [("Youssef Benali", "Responsable technique")], "Avenue Annakhil, Hay Riad, Rabat, Maroc", "+212 537 55 01 20"),
 (".xn--lgbbat1ad8j", "fr", "Centre de recherche sur l'information (registre DZ IDN)", "cerist-reg.example", [("Amina Boudiaf", "Chef de service registre")], "Ben Aknoun, Alger, Algérie", "+213 23 55 01 30"),
 (".sn", "fr", "NIC Sénégal", "nicsn.example", [("Mamadou Diop", "Administrateur technique"), ("Awa Ndiaye", "Juriste")], "Université Cheikh Anta Diop, Dakar, Sénégal", "+221 33 555 01 44"),
 (".ci", "fr", "Registre ci", "registre-ci.example", [("Kouassi Yao", "Directeur des opérations")], "Plateau, Abidjan, Côte d'Ivoire", "+225 27 20 55 01 55"),
 (".cm", "fr", "Registre national .cm", "registrecm.example", [("Jean-Paul Mbarga", "Ingénieur DNS")], "Yaoundé, Cameroun", "+237 222 55 01 66"),
 (".ht", "fr", "Réseau de développement durable d'Haïti", "rddh-nic.example", [("Marie-Ange Joseph", "Coordinatrice du registre")], "Port-au-Prince, Haïti", "+509 2555 0177"),
 (".mg", "fr", "NIC Madagascar", "nicmg.example", [("Hery Rakotomalala", "Responsable réseau")], "Antananarivo 101, Madagascar", "+261 20 55 501 88"),
 (".tn", "fr", "Agence tunisienne des noms", "atn-noms.example", [("Sami Trabelsi", "Directeur juridique"), ("Leila Gharbi", "Ingénieure système")], "13 rue Jugurtha, Tunis, Tunisie", "+216 71 555 099"),
 (".paris", "fr", "Ville de Paris - Registre .paris", "registre-paris.example", [("Claire Dubois", "Cheffe de projet nommage")], "5 rue Lobau, 75004 Paris, France", "+33 1 55 55 01 20"),
 (".bzh", "fr", "Association www.bzh", "bzh-asso.example", [("Yann Le Goff", "Responsable technique")], "Rennes, France", "+33 2 55 55 01 30"),
 (".quebec", "fr", "PointQuébec", "pointquebec.example", [("Geneviève Tremblay", "Directrice générale")], "Montréal (Québec) Canada", "+1 514 555 0140"),
 (".mx", "es", "Registro MX", "registromx.example", [("Alejandro Gutiérrez", "Gerente de Operaciones DNS"), ("Lucía Ramírez", "Abogada")], "Monterrey, Nuevo León, México", "+52 81 5550 1234"),
 (".cl", "es", "NIC Chile (Universidad)", "nicchile-reg.example", [("Francisca Soto", "Jefa de Ingeniería")], "Santiago, Chile", "+56 2 2555 0150"),
 (".co", "es", "Registro CO S.A.S.", "registroco.example", [("Andrés Restrepo", "Director Técnico")], "Bogotá D.C., Colombia", "+57 601 555 0160"),
 (".pe", "es", "Red Peruana de Dominios", "redpe-dom.example", [("Rosa Quispe", "Administradora del registro")], "Lima 27, Perú", "+51 1 555 0170"),
 (".uy", "es", "SeCIU - Registro uy", "seciu-reg.example", [("Martín Pereira", "Analista DNS")], "Montevideo, Uruguay", "+598 2 555 0180"),
 (".ec", "es", "NIC Ecuador", "nicec.example", [("Diego Andrade", "Gerente General")], "Quito, Ecuador", "+593 2 555 0190"),
 (".cr", "es", "NIC Costa Rica", "niccr.example", [("Valeria Jiménez", "Coordinadora Técnica")], "San José, Costa Rica", "+506 2555 0101"),
 (".bo", "es", "NIC Bolivia", "nicbo.example", [("Jorge Mamani", "Responsable de Infraestructura")], "La Paz, Bolivia", "+591 2 555 0111"),
 (".do", "es", "NIC República Dominicana", "nicdo.example", [("Carmen Peña", "Directora")], "Santo Domingo, República Dominicana", "+1 809 555 0121"),
 (".lat", "es", "Registro LAT (eCOM-LAC)", "registrolat.example", [("Santiago Herrera", "Gerente de Registro")], "Ciudad de Panamá, Panamá", "+507 555 0131"),
 (".madrid", "es", "Registro .madrid", "registromadrid.example", [("Elena Martín", "Responsable Técnica")], "Calle de Alcalá 45, 28014 Madrid, España", "+34 91 555 01 41"),
]

FORMAL_GREET = {
 "en": ["Dear Members of the Customer Standing Committee,", "Dear Chair, dear Members of the Committee,", "Dear Sir or Madam,"],
 "fr": ["Madame la Présidente, Mesdames et Messieurs les membres du Comité,", "Mesdames, Messieurs,"],
 "es": ["Señora Presidenta, señores miembros del Comité:", "De nuestra consideración:"],
}
FORMAL_SIGNOFF = {
 "en": ["Yours faithfully,", "Respectfully submitted,", "Yours sincerely,"],
 "fr": ["Veuillez agréer, Mesdames, Messieurs, l'expression de nos salutations distinguées.", "Nous vous prions d'agréer nos respectueuses salutations."],
 "es": ["Sin otro particular, saludamos a ustedes muy atentamente,", "Atentamente,"],
}
