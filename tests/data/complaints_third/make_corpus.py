"""Writes the third complaint corpus: all/NNN.eml, labels.json and manifest.json.

Written from /work/shared/DOMAIN.md alone, by someone who had seen neither the clustering method
nor the other corpora.  It was the blind corpus and was measured three times (pairwise F1 0.656,
0.690, 0.690); the method was then revised with it in view, so it is now tuning data (its
Message-IDs still say "blind").  Deterministic (fixed seed, dates, boundaries and Message-IDs):
`python make_corpus.py` rewrites the same bytes, and tests/unit/test_triage_corpora.py checks
the committed files against `build()`.

Each mail is one hand-written core text (texts.py) dressed in one style: terse, long (with a
timeline), angry, formal/legal, reply quoting an IANA notice about ANOTHER stage, forward, or
HTML-only (tables or lists); plus, independently, a long confidentiality disclaimer, a full
signature block (address, phone) and typos.  manifest.json records category, language, style
and extras per file.
"""

from __future__ import annotations

import base64
import json
import quopri
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from html import escape
from pathlib import Path

if __package__:
    from .texts import (
        CATEGORIES,
        GENERIC_SUBJECTS,
        GENERIC_TIMELINE,
        NOTICES,
        OWN_STAGE,
        SUBJECTS,
        TIMELINES,
    )
else:  # run as a script
    from texts import (
        CATEGORIES,
        GENERIC_SUBJECTS,
        GENERIC_TIMELINE,
        NOTICES,
        OWN_STAGE,
        SUBJECTS,
        TIMELINES,
    )

HERE = Path(__file__).resolve().parent
SPLIT = "all"
SEED = 31_0311
TO = "CSC <csc@csc.example.org>"
IANA = "IANA Root Zone Management <root-mgmt@iana.example>"
STYLES = ("long", "angry", "formal", "reply", "forward", "html", "plain")


@dataclass(frozen=True)
class Sender:
    name: str
    title: str
    org: str
    tld: str
    domain: str
    lang: str
    address: str
    phone: str


def _s(name: str, title: str, org: str, tld: str, domain: str, lang: str, address: str,
       phone: str) -> Sender:
    return Sender(name, title, org, tld, domain, lang, address, phone)


SENDERS: list[Sender] = [
    _s("Priya Raman", "Head of DNS Operations", "Bharat Names Registry", "xn--h2brj9c", "nixi-names.example", "en", "Tower B, 9th floor, Nehru Place, New Delhi 110019", "+91 11 4055 2210"),
    _s("Grace Wanjiru", "Technical Manager", "Kenya Domain Network", "ke", "kdn.example", "en", "Westlands Business Park, Nairobi", "+254 20 444 1200"),
    _s("Tom Hallett", "Registry Engineer", "Harbour TLD Services Ltd", "harbour", "harbourtld.example", "en", "14 Quay Street, Auckland 1010", "+64 9 300 4411"),
    _s("Alexei Volkov", "Chief Technology Officer", "Coordination Centre for the RF domain", "xn--p1ai", "cc-rf.example", "en", "8 Zoologicheskaya st., Moscow 123242", "+7 495 730 2900"),
    _s("Mona Saeed", "Registry Policy Lead", "Emirates Names Authority", "xn--mgbaam7a8h", "ena.example", "en", "PO Box 116688, Dubai", "+971 4 777 0900"),
    _s("Li Wei", "DNS Engineer", "Zhongguo Registry Centre", "xn--fiqs8s", "zrc.example", "en", "4 Zhongguancun South 4th St, Beijing", "+86 10 5881 3000"),
    _s("Kwame Mensah", "Managing Director", "Gh Domain Registry", "gh", "ghnic.example", "en", "12 Ring Road East, Accra", "+233 30 270 1144"),
    _s("Sarah O'Neill", "Legal Counsel", "Northwind Brands Registry Inc.", "northwind", "northwind-registry.example", "en", "200 Congress Ave, Suite 900, Austin TX 78701", "+1 512 555 0144"),
    _s("Ahmed Farouk", "Registry Administrator", "Egypt Names Registry", "xn--wgbh1c", "egnames.example", "en", "Smart Village, Building B4, Giza", "+20 2 3534 5000"),
    _s("Nadia Petrova", "Operations Lead", "Belarus Names Centre", "xn--90ais", "bnc.example", "en", "Prospekt Pobediteley 7, Minsk", "+375 17 200 5555"),
    _s("David Chen", "VP Registry Services", "Summit Portfolio TLDs LLC", "summit", "summit-tlds.example", "en", "1 Market Plaza, San Francisco CA 94105", "+1 415 555 0190"),
    _s("Anjali Perera", "Registry Manager", "LK Domain Registry", "lk", "lknic.example", "en", "Faculty of Engineering, Katubedda, Moratuwa", "+94 11 421 6061"),
    _s("Somchai Wong", "Network Engineer", "Thai Names Foundation", "xn--o3cw4h", "thnames.example", "en", "Chamchuri Square, Bangkok 10330", "+66 2 160 5000"),
    _s("Awa Ndiaye", "Responsable technique", "NIC Sénégal", "sn", "nic-sn.example", "fr", "Université Cheikh Anta Diop, BP 5005, Dakar-Fann", "+221 33 825 7528"),
    _s("Jean-Baptiste Kouassi", "Directeur général", "Registre .ci", "ci", "nic-ci.example", "fr", "Boulevard Latrille, Cocody, Abidjan", "+225 27 22 44 87 00"),
    _s("Marie-Claude Pierre", "Administratrice", "Réseau Haïtien des Noms", "ht", "rhn.example", "fr", "Rue Lamarre 22, Port-au-Prince", "+509 2813 1100"),
    _s("Karim Benali", "Chef de projet DNS", "Centre des noms algériens", "xn--lgbbat1ad8j", "cna-dz.example", "fr", "Rue des Frères Aissou, Ben Aknoun, Alger", "+213 23 38 18 00"),
    _s("Hery Rakoto", "Ingénieur système", "NIC Madagascar", "mg", "nic-mg.example", "fr", "Lot II M 85, Antananarivo 101", "+261 20 22 600 00"),
    _s("Yasmine El Idrissi", "Juriste", "Registre marocain des noms", "xn--mgbc0a9azcg", "rmn-ma.example", "fr", "Avenue Annakhil, Hay Riad, Rabat", "+212 5 37 71 11 11"),
    _s("Camila Rojas", "Jefa de Operaciones", "NIC Chile Andino", "cl", "nicandino.example", "es", "Miraflores 222, piso 14, Santiago", "+56 2 2940 7700"),
    _s("Javier Morales", "Gerente Técnico", "Registro MX de Dominios", "mx", "regmx.example", "es", "Av. Eugenio Garza Sada 427, Monterrey, N.L.", "+52 81 8864 7500"),
    _s("Lucía Fernández", "Asesora Legal", "Red Peruana de Nombres", "pe", "rpn.example", "es", "Av. Javier Prado Este 4200, Lima 33", "+51 1 315 4000"),
    _s("Martín Silva", "Administrador DNS", "Dominios Uruguay", "uy", "domuy.example", "es", "Bulevar Artigas 1250, Montevideo", "+598 2 401 0000"),
    _s("Ana Quispe", "Coordinadora", "Agencia de Dominios de Bolivia", "bo", "adb.example", "es", "Calle Ayacucho 308, La Paz", "+591 2 220 0720"),
    _s("Diego Paredes", "Director Ejecutivo", "Registro Ecuatoriano de Dominios", "ec", "redec.example", "es", "Av. Amazonas N34-311, Quito", "+593 2 298 9000"),
]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
}

GREETINGS = {
    "en": ["Dear CSC members,", "Hello,", "To the Customer Standing Committee,", "Hi all,",
           "Dear Sir or Madam,", "Good morning,"],
    "fr": ["Madame, Monsieur,", "Bonjour,", "Chers membres du CSC,"],
    "es": ["Estimados señores:", "Hola,", "Estimados miembros del CSC:"],
}
IANA_GREETINGS = {
    "en": ["Dear IANA team,", "Dear colleagues at IANA,", "Hello root-mgmt,"],
    "fr": ["Chère équipe de l'IANA,"],
    "es": ["Estimado equipo de IANA:"],
}
CLOSINGS = {
    "en": ["Regards,", "Best regards,", "Thank you,", "Sincerely,", "Thanks", "Kind regards,"],
    "fr": ["Cordialement,", "Bien à vous,", "Veuillez agréer nos salutations distinguées."],
    "es": ["Saludos cordiales,", "Atentamente,", "Un saludo,"],
}
BACKGROUND = {
    "en": ["For context: .{tld} has about {nreg} registrations and we have operated it since 2009.",
           "We have always had a good working relationship with the IANA team and do not send this lightly.",
           "Our registry operations team is three people; every day lost on this costs us."],
    "fr": ["Pour mémoire, .{tld} compte environ {nreg} noms enregistrés.",
           "Nous avons toujours entretenu de bonnes relations avec l'équipe de l'IANA."],
    "es": ["Para contexto, .{tld} tiene unos {nreg} dominios registrados.",
           "Siempre hemos tenido una buena relación con el equipo de IANA."],
}
TABLE_HEAD = {"en": ("Date", "Event"), "fr": ("Date", "Événement"), "es": ("Fecha", "Evento")}
TIMELINE_HEAD = {"en": "Timeline:", "fr": "Chronologie :", "es": "Cronología:"}
ANGRY_OPEN = {
    "en": ["This is unacceptable.", "I am frankly fed up.", "ENOUGH.", "Once again IANA has let us down."],
    "fr": ["C'est inadmissible.", "Nous sommes excédés."],
    "es": ["Esto es inaceptable.", "Estamos hartos."],
}
ANGRY_CLOSE = {
    "en": ["Fix it. Now.", "We expect an answer today, not another autoresponse!!",
           "If this is how PTI treats its customers, the CSC should say so publicly."],
    "fr": ["Nous attendons une réponse immédiate !", "Réglez ce problème, enfin."],
    "es": ["¡Exigimos una respuesta inmediata!", "Resuelvan esto de una vez."],
}
FORMAL_OPEN = {
    "en": ["On behalf of {org}, manager of .{tld}, we hereby submit a formal complaint to the Customer Standing Committee concerning the performance of the IANA naming function.",
           "Pursuant to the CSC charter, {org} wishes to bring the following matter to the Committee's attention and requests that it be recorded."],
    "fr": ["Au nom de {org}, gestionnaire de .{tld}, nous déposons par la présente une plainte formelle auprès du Comité permanent des clients (CSC)."],
    "es": ["En nombre de {org}, administrador de .{tld}, presentamos formalmente la siguiente queja ante el Comité Permanente de Clientes (CSC)."],
}
FORMAL_CLOSE = {
    "en": ["We reserve all rights in this matter and request a written response.",
           "We request that this complaint be considered in the Committee's review of patterns of poor performance."],
    "fr": ["Nous nous réservons tous droits et sollicitons une réponse écrite."],
    "es": ["Nos reservamos todos los derechos y solicitamos una respuesta por escrito."],
}
FORWARD_NOTE = {
    "en": ["FYI - forwarding our complaint to IANA, which got no useful answer. Could the CSC take note?",
           "Forwarding as suggested by our ccNSO councillor.", "See below. Sent to IANA last month, nothing since."],
    "fr": ["Pour information, je vous transfère notre réclamation adressée à l'IANA, restée sans suite."],
    "es": ["Les reenvío nuestra queja a IANA, que no ha tenido respuesta útil."],
}
FORWARD_HEAD = {
    "en": "---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}",
    "fr": "-------- Message transféré --------\nSujet : {subject}\nDate : {date}\nDe : {frm}\nPour : {to}",
    "es": "---------- Mensaje reenviado ---------\nDe: {frm}\nFecha: {date}\nAsunto: {subject}\nPara: {to}",
}
WROTE = {"en": "On {date}, {who} wrote:", "fr": "Le {date}, {who} a écrit :",
         "es": "El {date}, {who} escribió:"}
DISCLAIMERS = {
    "en": ["CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. The sender does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. Nothing in this message constitutes a binding agreement unless expressly stated. Please consider the environment before printing this e-mail.",
           "DISCLAIMER: The information contained in this communication is intended solely for the addressee and may be legally privileged. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it is prohibited and may be unlawful. Views expressed are those of the individual sender and not necessarily of the registry. The registry scans outgoing mail for viruses but accepts no responsibility for damage caused by any virus transmitted."],
    "fr": ["AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité de ce message ne pouvant être assurée sur Internet, l'expéditeur ne peut être tenu responsable de son contenu."],
    "es": ["AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información privilegiada o confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción."],
}


@dataclass
class Mail:
    """One mail being assembled; `paragraphs` and `timeline` are plain text."""

    category: str
    lang: str
    sender: Sender
    style: str
    fill: dict[str, str]
    subject: str
    paragraphs: list[str] = field(default_factory=list)
    timeline: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Corpus:
    files: dict[str, bytes]
    labels_json: str
    manifest_json: str


def _lang_of(index: int) -> str:
    return "en" if index < 9 else "fr" if index < 11 else "es"


def _date(day: datetime, lang: str) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang == "en":
        return f"{day.day} {month}"
    return f"{day.day} de {month}" if lang == "es" else f"{day.day} {month}"


def _ticket(rng: random.Random) -> str:
    number = rng.randrange(1_000_000, 9_999_999)
    return rng.choice([f"IANA #{number}", f"ticket {number}", f"#{number}", f"[IANA #{number}]",
                       f"RZM-{number}"])


def _typo(word: str) -> str:
    i = len(word) // 2
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1:]


def _fill(rng: random.Random, sender: Sender, sent: datetime, lang: str) -> dict[str, str]:
    d1 = sent - timedelta(days=rng.randrange(18, 60))
    d2 = d1 + timedelta(days=rng.randrange(3, 9))
    d3 = d2 + timedelta(days=rng.randrange(3, 9))
    prefixes = rng.sample(["ns1", "ns2", "a", "b", "dns1", "dns2", "ns-ext", "sec"], 2)
    host = sender.domain
    ns2 = f"{prefixes[1]}.{host}"
    octet = rng.randrange(10, 250)
    return {
        "tld": sender.tld, "org": sender.org, "ticket": _ticket(rng),
        "ns1": f"{prefixes[0]}.{host}", "ns2": ns2, "ns2typo": _typo(ns2.split(".")[0]) + ns2[ns2.index("."):],
        "ip4": f"198.51.100.{octet}", "ip4wrong": f"198.51.100.{(octet + 71) % 250}",
        "ip6": f"2001:db8:{rng.randrange(16, 4000):x}::53", "keytag": str(rng.randrange(10000, 65000)),
        "keytag2": str(rng.randrange(10000, 65000)), "serial": f"{d2:%Y%m%d}0{rng.randrange(1, 3)}",
        "d1": _date(d1, lang), "d2": _date(d2, lang), "d3": _date(d3, lang),
        "nreg": f"{rng.randrange(8, 900)},{rng.randrange(100, 999)}",
    }


def _signature(mail: Mail, full: bool) -> list[str]:
    s = mail.sender
    if not full:
        return [s.name.split()[0] if mail.style in ("angry", "plain") else s.name]
    return [s.name, s.title, s.org, s.address, f"Tel. {s.phone}", f"https://www.{s.domain}/"]


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _compose(mail: Mail, rng: random.Random) -> str:
    """The new text (greeting to closing) with its style's framing; sets the long timeline."""
    lang, f = mail.lang, mail.fill
    core = mail.paragraphs[0]
    if mail.style == "terse":
        return core
    # a forwarded mail was first written to IANA, not to the CSC
    greetings = IANA_GREETINGS if mail.style == "forward" else GREETINGS
    parts: list[str] = [rng.choice(greetings[lang])]
    if mail.style == "formal":
        parts.append(rng.choice(FORMAL_OPEN[lang]).format(**f))
    if mail.style == "angry":
        parts.append(rng.choice(ANGRY_OPEN[lang]))
    parts.append(core)
    if mail.style in ("long", "html"):
        parts.append(rng.choice(BACKGROUND[lang]).format(**f))
        steps = TIMELINES[mail.category] if lang == "en" else GENERIC_TIMELINE[lang]
        mail.timeline = [step.format(**f) for step in steps]
    if mail.style == "angry":
        parts.append(rng.choice(ANGRY_CLOSE[lang]))
    if mail.style == "formal":
        parts.append(rng.choice(FORMAL_CLOSE[lang]))
    parts.append(rng.choice(CLOSINGS[lang]))
    return "\n\n".join(parts)


def _plain_body(mail: Mail, rng: random.Random) -> str:
    text = _compose(mail, rng)
    blocks = [text]
    if mail.timeline:
        head, _, tail = text.rpartition("\n\n")
        blocks = [head, TIMELINE_HEAD[mail.lang] + "\n" + "\n".join(f"- {t}" for t in mail.timeline),
                  tail]
    full_sig = "signature" in mail.extras
    if mail.style != "terse" or full_sig:
        sig = _signature(mail, full_sig)
        blocks.append(("-- \n" if rng.random() < 0.5 else "") + "\n".join(sig))
    if "disclaimer" in mail.extras:
        blocks.append(rng.choice(DISCLAIMERS[mail.sender.lang]))
    return "\n\n".join(blocks) + "\n"


def _html_body(mail: Mail, rng: random.Random) -> str:
    text = _compose(mail, rng)
    paragraphs = text.split("\n\n")
    html = ["<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif\">"]
    html += [f"<p>{escape(p)}</p>" for p in paragraphs[:-1]]
    if rng.random() < 0.5:
        rows = "".join(
            f"<tr><td>{escape(date)}</td><td>{escape(event)}</td></tr>"
            for date, _, event in (t.partition(": ") if ": " in t else t.partition(" : ")
                                   for t in mail.timeline))
        date_head, event_head = TABLE_HEAD[mail.lang]
        html.append(f"<table border=\"1\" cellpadding=\"4\"><tr><th>{date_head}</th><th>{event_head}</th></tr>{rows}</table>")
        mail.extras.append("html-table")
    else:
        html.append("<ul>" + "".join(f"<li>{escape(t)}</li>" for t in mail.timeline) + "</ul>")
        mail.extras.append("html-list")
    html.append(f"<p>{escape(paragraphs[-1])}</p>")
    sig = _signature(mail, "signature" in mail.extras)
    html.append("<div class=\"signature\" style=\"color:#555\">" + "<br>".join(escape(s) for s in sig) + "</div>")
    if "disclaimer" in mail.extras:
        html.append(f"<p style=\"font-size:7pt;color:#999\">{escape(rng.choice(DISCLAIMERS[mail.sender.lang]))}</p>")
    html.append("</body></html>")
    return "\n".join(html) + "\n"


def _header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def _address(sender: Sender) -> str:
    local = sender.name.split()[0].lower().replace("'", "")
    local = local.encode("ascii", "ignore").decode() or "registry"
    return f"{_header(sender.name)} <{local}@{sender.domain}>"


def _encode(body: str, subtype: str, rng: random.Random) -> tuple[list[str], str]:
    raw = body.encode("utf-8")
    choice = rng.random()
    if body.isascii() and choice < 0.6:
        return [f"Content-Type: text/{subtype}; charset=us-ascii", "Content-Transfer-Encoding: 7bit"], body
    if choice < 0.45:
        return ([f"Content-Type: text/{subtype}; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
                raw.decode("utf-8"))
    if choice < 0.85:
        return ([f"Content-Type: text/{subtype}; charset=utf-8",
                 "Content-Transfer-Encoding: quoted-printable"],
                quopri.encodestring(raw).decode("ascii"))
    return ([f"Content-Type: text/{subtype}; charset=utf-8", "Content-Transfer-Encoding: base64"],
            base64.encodebytes(raw).decode("ascii"))


def _wrap(mail: Mail, body: str, rng: random.Random, sent: datetime) -> tuple[str, str]:
    """Reply and forward framing around an already composed body; returns (subject, body)."""
    f, lang = mail.fill, mail.lang
    if mail.style == "reply":
        stages = sorted(k for k in NOTICES if k != OWN_STAGE[mail.category])
        title, notice = NOTICES[rng.choice(stages)]
        number = f["ticket"].strip("[]").split("#")[-1].split()[-1].removeprefix("RZM-")
        noticed = sent - timedelta(days=rng.randrange(2, 20), hours=rng.randrange(0, 12))
        quoted = (f"Dear {mail.sender.name},\n\n" + notice.format(**f)
                  + "\n\nBest regards,\nIANA Services\nhttps://www.iana.example/")
        wrote = WROTE[lang].format(date=format_datetime(noticed), who=IANA)
        return (f"Re: [IANA #{number}] {title.format(**f)}",
                body.rstrip("\n") + "\n\n" + wrote + "\n" + _quote(quoted) + "\n")
    if mail.style == "forward":
        original = sent - timedelta(days=rng.randrange(5, 30))
        head = FORWARD_HEAD[lang].format(frm=_address(mail.sender), date=format_datetime(original),
                                         subject=mail.subject, to=IANA)
        note = rng.choice(FORWARD_NOTE[lang])
        return f"{'Fwd' if lang == 'en' else 'TR' if lang == 'fr' else 'RV'}: {mail.subject}", (
            f"{note}\n\n{mail.sender.name.split()[0]}\n\n{head}\n\n{body}")
    return mail.subject, body


def _make_mail(rng: random.Random, category: str, index: int, sender: Sender, style: str,
               sent: datetime) -> Mail:
    lang = _lang_of(index)
    fill = _fill(rng, sender, sent, lang)
    pool = SUBJECTS[category][lang] if rng.random() < 0.7 else GENERIC_SUBJECTS[lang]
    subject = rng.choice(pool).format(**fill)
    mail = Mail(category, lang, sender, style, fill, subject,
                paragraphs=[CATEGORIES[category][index].format(**fill)])
    if style != "terse" and rng.random() < 0.35:
        mail.extras.append("disclaimer")
    if rng.random() < 0.55:
        mail.extras.append("signature")
    if lang == "en" and style not in ("formal", "terse") and rng.random() < 0.3:
        words = mail.paragraphs[0].split(" ")
        for k in rng.sample(range(len(words)), max(1, len(words) // 15)):
            if len(words[k]) > 4 and words[k].isalpha():
                words[k] = _typo(words[k])
        mail.paragraphs[0] = " ".join(words)
        mail.extras.append("typos")
    return mail


def _message(mail: Mail, rng: random.Random, sent: datetime, number: int) -> bytes:
    if mail.style == "html":
        body, subtype = _html_body(mail, rng), "html"
    else:
        body, subtype = _plain_body(mail, rng), "plain"
    subject, body = _wrap(mail, body, rng, sent)
    frm = mail.sender
    content, encoded = _encode(body, subtype, rng)
    headers = [
        f"From: {_address(frm)}", f"To: {TO}", f"Subject: {_header(subject)}",
        f"Date: {format_datetime(sent)}", f"Message-ID: <blind-{number:03d}.{sent:%Y%m%d%H%M}@{frm.domain}>",
        "MIME-Version: 1.0", *content,
    ]
    if mail.style == "reply":
        headers.insert(5, f"In-Reply-To: <rzm-{number:03d}@iana.example>")
        headers.insert(6, f"References: <rzm-{number:03d}@iana.example>")
    return ("\r\n".join(headers) + "\r\n\r\n" + encoded.replace("\r\n", "\n").replace("\n", "\r\n")
            ).encode("utf-8")


def _style(category_index: int, index: int) -> str:
    if index == 1:
        return "terse"
    return STYLES[(category_index * 3 + index * 5) % len(STYLES)]


def _senders_of(lang: str) -> list[Sender]:
    return [s for s in SENDERS if s.lang == lang]


def build() -> Corpus:
    """Every file of the corpus, by name, and the labels and manifest as written on disk."""
    rng = random.Random(SEED)
    start = datetime(2025, 9, 1, 8, 0, tzinfo=UTC)
    items: list[tuple[str, int, Sender, str]] = []
    for c, category in enumerate(CATEGORIES):
        for index in range(len(CATEGORIES[category])):
            pool = _senders_of(_lang_of(index))
            items.append((category, index, pool[(c * 5 + index * 3) % len(pool)], _style(c, index)))
    rng.shuffle(items)
    files: dict[str, bytes] = {}
    labels: dict[str, str] = {}
    manifest: dict[str, dict[str, object]] = {}
    for number, (category, index, sender, style) in enumerate(items, start=1):
        sent = start + timedelta(days=number * 1.3, minutes=rng.randrange(0, 600))
        mail = _make_mail(rng, category, index, sender, style, sent)
        name = f"{number:03d}.eml"
        files[name] = _message(mail, rng, sent, number)
        labels[name] = category
        manifest[name] = {"category": category, "language": mail.lang, "style": style,
                          "extras": sorted(mail.extras), "tld": sender.tld}
    return Corpus(files, json.dumps({SPLIT: labels}, indent=1, sort_keys=True) + "\n",
                  json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def main() -> None:
    corpus = build()
    out = HERE / SPLIT
    out.mkdir(exist_ok=True)
    for stale in out.glob("*.eml"):
        if stale.name not in corpus.files:
            stale.unlink()
    for name, data in corpus.files.items():
        (out / name).write_bytes(data)
    (HERE / "labels.json").write_text(corpus.labels_json, encoding="utf-8")
    (HERE / "manifest.json").write_text(corpus.manifest_json, encoding="utf-8")
    print(f"{len(corpus.files)} mails written to {out}")


if __name__ == "__main__":
    main()
