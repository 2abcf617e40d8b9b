"""Recognise a system's notice by the sentences only a system writes, when it carries no machine header."""

from __future__ import annotations

import re

from parsers.machine_receipts import new_message, stands_alone
from parsers.message import ParsedMessage

# What systems say of themselves and of the event they notify, in the wording no person uses to write to a helpdesk:
# a notifier's footer ("Anda menerima pesan ini karena Anda terdaftar sebagai pengajar", "Ubah preferensi
# notifikasi"), a signature service's completion ("telah ditandatangani secara elektronik oleh seluruh
# penandatangan", "has been signed by all parties"), a ticket system's status change ("Status tiket Anda telah
# berubah menjadi SELESAI"), an export's completion ("Permintaan ekspor Anda telah selesai diproses").
_SYSTEM_SENTENCE = re.compile(
    r"\b(?:anda (?:telah |sudah )?(?:menerima|mendapat(?:kan)?) (?:pesan|e-?mail|surel|notifikasi|pemberitahuan|"
    r"ringkasan) ini (?:karena|sebagai)|"
    r"you(?:['’]re| are| have)? (?:receiving|received|receive|getting) this "
    r"(?:e-?mail|message|notification|digest|alert) because|"
    r"ubah preferensi (?:digest |ringkasan )?(?:notifikasi|pemberitahuan|forum)|"
    r"(?:change|manage|update) your (?:notification|email) (?:preferences|settings)|"
    r"telah (?:selesai )?ditandatangani (?:secara elektronik )?oleh (?:seluruh|semua) (?:pihak|penandatangan)|"
    r"(?:has|have) been (?:signed|completed) by all (?:parties|signers|recipients)|"
    r"all (?:parties|signers|recipients) have (?:signed|completed)|"
    r"status tiket anda (?:telah )?berubah|"
    r"(?:tiket|permintaan) anda (?:\(?#?[\w-]++\)? )?(?:telah )?(?:diperbarui|diselesaikan|ditutup)|"
    r"type your reply above this line|ketik balasan anda di atas baris ini|"
    r"status (?:of )?your (?:ticket|request) (?:has )?changed|"
    r"your (?:ticket|request) (?:#?[\w-]++ )?(?:\"[^\"\n]{0,80}+\" )?"
    r"(?:has been (?:resolved|closed)|is now (?:in progress|resolved|closed|on hold|pending))|"
    r"permintaan ekspor anda (?:telah|sudah) selesai|your export (?:is ready|has (?:finished|completed)))\b",
    re.IGNORECASE,
)
# A mailing list's digest that lost its list headers on the way still names itself in its subject ("Dosen-elearning
# Digest, Vol 41, Issue 7") or lists its topics under the list's subscription lines.
# ("Ringkasan untuk p4m-dosen@googlegroups.com - 2 pembaruan dalam 2 topik", "Digest for x@googlegroups.com - 3
# updates in 2 topics")
_DIGEST_SUBJECT = re.compile(
    r"\bdigest,?[ \t]++vol(?:ume)?\.?[ \t]*+\d++,?[ \t]++issue[ \t]*+\d|"
    r"\b(?:digest for|ringkasan untuk)[ \t]++[^\s@]++@\S++[ \t]++-[ \t]++\d++[ \t]++(?:updates?|pembaruan)\b",
    re.IGNORECASE,
)
_DIGEST_TOPICS = re.compile(r"^[ \t]*+(?:today's topics|topik hari ini)[ \t]*+:", re.IGNORECASE | re.MULTILINE)
# E-learning's forum digest closes with its own links: "Ubah preferensi digest forum Anda: https://...".
_DIGEST_FOOTER = re.compile(
    r"^[ \t]*+(?:ubah preferensi (?:digest|ringkasan) forum|berhenti berlangganan (?:dari )?forum ini|"
    r"change your forum digest preferences|unsubscribe from this forum)",
    re.IGNORECASE | re.MULTILINE,
)
# A person who pastes a notice into a sentence of theirs asks something of the unit with it ("Mohon dikirimkan file
# PDF-nya"); a system's "please do not reply" asks nothing.
_PERSON_REQUESTS = re.compile(
    r"\b(?:mohon|tolong|please|kindly)\b(?![ \t]++(?:do not|don't|jangan|tidak|untuk tidak)\b)", re.IGNORECASE
)
# A bounce that sets no header: a failure sentence beside a mail server's status code ("550 5.1.1", "Status: 5.2.2"); a
# person writes the sentence too ("email Anda tidak bisa dikirim ke alamat saya"), never the code.
_UNDELIVERED = re.compile(
    r"\b(?:(?:pesan|surel|e-?mail)[ \t]++anda[ \t]++tidak[ \t]++(?:(?:dapat|berhasil|bisa)[ \t]++)?+"
    r"(?:terkirim|disampaikan|dikirim(?:kan)?+|diantarkan)|your[ \t]++message[ \t]++(?:could[ \t]++not|couldn't|"
    r"was[ \t]++not|wasn't)[ \t]++(?:be[ \t]++)?+delivered|undeliverable|gagal[ \t]++(?:di)?kirim)\b",
    re.IGNORECASE,
)
_SMTP_STATUS = re.compile(r"(?<![\w.])[245]\.\d{1,3}+\.\d{1,3}+(?![\w.])")
_UNSUBSCRIBE = re.compile(r"\b(?:unsubscribe|berhenti berlangganan)\b", re.IGNORECASE)


def system_wording(message: ParsedMessage) -> str | None:
    """A list's digest that is no reply or forward, or a system's notice that stands alone (no reply, nothing
    passed on, no question of a person's).

    A calendar's invitation is not here: sent from the organiser's own address, it is a person's mail (tune13-reading).
    """
    # (a digest carries its members' questions: only a reply or a forward makes it a person's)
    if new_message(message) and (
        _DIGEST_SUBJECT.search(message.subject)
        or (_DIGEST_TOPICS.search(message.text) and _UNSUBSCRIBE.search(message.text))
        or _DIGEST_FOOTER.search(message.text)
    ):
        return "a mailing list's digest"
    if not stands_alone(message) or _PERSON_REQUESTS.search(message.text):
        return None
    if found := _SYSTEM_SENTENCE.search(message.text):
        return f"a system's own sentence ({found.group(0)!r})"
    if (found := _UNDELIVERED.search(message.text)) and _SMTP_STATUS.search(message.text):
        return f"a mail server's bounce ({found.group(0)!r} beside a status code)"
    return None
