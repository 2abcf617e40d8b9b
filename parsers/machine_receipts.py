"""Recognise machine mail that carries none of the usual headers (away subjects, mail-server reports, calendar or
mail-client receipts, other units' ticket systems, systems' notices that say they were sent automatically)."""

from __future__ import annotations

import re

from parsers.message import ParsedMessage

# A vacation reply that sets no header still marks its subject before the one it answers: "[Cuti] Re: ...",
# "(Out of Office) RE: ...", "Sedang dinas luar: Re: ...". A person's own subject does not go on with "Re:".
_AWAY_WORDS = (
    r"cuti|sedang cuti|cuti melahirkan|on leave|out of (?:the )?office|ooo|away|vacation|on holiday|holiday|libur|"
    r"dinas luar|sedang dinas|tidak di kantor|di luar kantor|auto(?:matic)?[- ]?reply|balasan otomatis|otomatis"
)
_AWAY_SUBJECT = re.compile(
    rf"^\s*(?:\[(?:{_AWAY_WORDS})[^\]\n]{{0,40}}\]|\((?:{_AWAY_WORDS})[^)\n]{{0,40}}\)|(?:{_AWAY_WORDS})\s*[:|\-\u2013])"
    r"\s*(?:re|aw|balas|bls|fw|fwd|tr|sv|antw)\s*:"
    # Notes: "AUTO: Robert Tan is out of the office (returning 13/12/2027)"
    r"|^\s*auto\s*:[^\n]{0,80}?\b(?:out of (?:the )?office|is away|on leave|on vacation|cuti|di luar kantor|"
    r"tidak (?:berada )?di kantor)\b"
    # the mark after the answered subject: "Re: Jadwal UAS [Auto-Reply]", "RE: Permohonan (Out of Office)"
    r"|^\s*(?:re|aw|balas|bls)\s*:[^\n]*[\[(]\s*(?:auto(?:matic)?[- ]?reply|autoreply|balasan otomatis|"
    r"out of (?:the )?office|ooo|sedang cuti|on leave|away)\s*[\])]\s*$",
    re.IGNORECASE,
)
# A mail server's aggregate or TLS report: "Report Domain: x.ac.id Submitter: google.com Report-ID: ...".
_REPORT_SUBJECT = re.compile(
    r"^\s*(?:report domain:\s*\S+\s+submitter:|dmarc aggregate report\b|\[?dmarc\]? report\b|report-id:|"
    r"tls(?:-rpt)? report\b)",
    re.IGNORECASE,
)
# A calendar's answer to an invitation ("Accepted:", "Diterima:", "Ditolak:"): its calendar part says METHOD:REPLY.
_CALENDAR_REPLY = re.compile(rb"^METHOD:[ \t]*(?:REPLY|COUNTER|DECLINECOUNTER)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
# A receipt a mail client writes for its user: "Read: X" over "was read on ...", "Delivered: X" over "has been
# delivered", "Diterima: X" with an empty text (a meeting answered without a comment).
_RECEIPT_SUBJECT = re.compile(
    r"^\s*(?:read|not read|dibaca|telah dibaca|tidak dibaca|delivered|terkirim|accepted|declined|tentative|"
    r"tentatively accepted|diterima|ditolak|tentatif|menerima|menolak)\s*:",
    re.IGNORECASE,
)
_RECEIPT_TEXT = re.compile(
    r"\A\W*(?:\Z|[\s\S]{0,400}?\b(?:was read on|was deleted without being read|telah dibaca pada|dihapus tanpa dibaca|"
    r"has been delivered to|telah (?:berhasil )?(?:dikirim|disampaikan) ke(?:pada)?|has (?:accepted|declined|"
    r"tentatively accepted) (?:this|the|your) (?:meeting|invitation)|telah (?:menerima|menolak) (?:rapat|undangan)))",
    re.IGNORECASE,
)
# Another unit's ticket system acknowledging our mail: its own loop headers, or its tag opening a fresh subject
# ("[Ticket#2027111610000214] ...") over a receipt ("telah tercatat", "has been received").
_TICKET_HEADERS = ("X-OTRS-Loop", "X-Znuny-Loop", "X-RT-Loop-Prevention", "RT-Ticket", "X-Zammad-Ticket-Number")
_TICKET_SUBJECT = re.compile(
    r"\[(?:(?:ticket|tiket|case|kasus|request|req|incident|insiden|sr|laporan)\s*(?:#|no\.?|nomor|:)?|#)\s*\d{3,}\]|"
    r"\[jira\]",
    re.IGNORECASE,
)
# A system that keeps the subject it answers ("RE: [P4M #4110] ... [Ticket#123]") says it is one.
_AUTOMATED = re.compile(
    r"\b(?:otomatis|automated|automatic(?:ally)?|do not reply|jangan membalas|tidak membalas|no-?reply)\b",
    re.IGNORECASE,
)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|balas|bls|fw|fwd|tr|sv|antw)\s*:", re.IGNORECASE)
_RECEIPT = re.compile(
    r"\b(?:(?:telah|sudah) (?:kami )?(?:terima|diterima|tercatat|dicatat|terdaftar)|"
    r"(?:has|have) been (?:received|logged|recorded|created|registered)|we (?:have )?received your|"
    r"(?:mohon|harap) (?:tidak|jangan) membalas|do not reply)\b",
    re.IGNORECASE,
)


def away_subject(message: ParsedMessage) -> str | None:
    match = _AWAY_SUBJECT.match(message.subject)
    return f"away notice before the answered subject {match.group(0).strip()!r}" if match else None


def client_receipt(message: ParsedMessage) -> str | None:
    # (a person's file sent under such a subject, with no text, is theirs)
    files = any(item.content_type != "text/calendar" for item in message.attachments)
    if _RECEIPT_SUBJECT.match(message.subject) and _RECEIPT_TEXT.match(message.text) and not files:
        return f"a mail client's receipt ({message.subject[:60]!r})"
    return None


def mail_report(message: ParsedMessage) -> str | None:
    return "a mail server's report (DMARC or TLS)" if _REPORT_SUBJECT.match(message.subject) else None


def calendar_reply(message: ParsedMessage) -> str | None:
    for item in message.attachments:
        if item.content_type == "text/calendar" and _CALENDAR_REPLY.search(item.content[:8192]):
            return "a calendar's answer to an invitation (METHOD:REPLY)"
    return None


def ticket_system_receipt(message: ParsedMessage) -> str | None:
    """Another unit's ticket system acknowledging our mail (the caller first rules out a form relaying a person)."""
    for name in _TICKET_HEADERS:
        if message.header(name) is not None:
            return f"another ticket system's header {name}"
    # (a person answering such a receipt writes "Re:" before its tag)
    tagged = _TICKET_SUBJECT.search(message.subject)
    said = not _REPLY_PREFIX.match(message.subject) or _AUTOMATED.search(message.text[:2000])
    if tagged and said and _RECEIPT.search(message.text[:2000]):
        return "another ticket system's receipt"
    return None


# A system's notice (a disposition in the document system, a signature request, a form's new response) that sets no
# header still says what it is in its closing line: "Email ini dikirim secara otomatis oleh sistem", "Mohon tidak
# membalas email ini", "This is an automated message", "Replies to this address are not monitored".
# The line stands on its own: a person pasting a notice to ask about it quotes it inside a sentence of theirs.
_SENT_BY_A_SYSTEM = re.compile(
    r"^[ \t]*+(?:(?:e-?mail|surel|pesan|pemberitahuan|notifikasi)(?: ini)? (?:di(?:kirim|buat|hasilkan)|terkirim)"
    r"(?: secara)? otomatis|this is an automated (?:message|e-?mail|notification)|"
    r"this (?:e-?mail|message|notification) (?:was|is|has been) (?:sent|generated) automatically|"
    # "Ini adalah pengingat otomatis dari SIPENA", "This notification was generated by FormDesk"
    r"ini adalah (?:pengingat|pemberitahuan|notifikasi|pesan|email|e-mail) otomatis|"
    r"this is an? (?:automatic|automated) (?:reminder|notification|message|e-?mail)|"
    r"this (?:e-?mail|message|notification) (?:was|is|has been) (?:automatically )?generated by|"
    r"(?:automatically|auto-)generated (?:e-?mail|message|notification)|"
    r"(?:mohon|harap|please) (?:untuk )?(?:tidak|jangan|do not|don't) (?:membalas|reply to) "
    # (a disclaimer's "mohon tidak membalas email ini apabila Anda bukan penerima" is a person's signature)
    r"(?:e-?mail|surel|pesan|this (?:e-?mail|message))(?: ini)?+"
    r"(?![ \t]*+,?[ \t]*+(?:apabila|jika|bila|kalau|if|unless)\b)"
    # (and it ends there: "mohon tidak membalas email ini ke alamat lama saya" is a person's)
    r"(?=[ \t]*+(?:[.,;!]|$|(?:karena|sebab|because|as|since)\b))|"
    r"replies to this (?:address|e-?mail|message) (?:are|is|will) not(?: be)? (?:monitored|read)|"
    r"this e-?mail was sent from an? (?:unmonitored|unattended) (?:mailbox|address|e-?mail address))\b",
    re.IGNORECASE | re.MULTILINE,
)
# A person who pastes such a notice asks about it ("Maksudnya apa ya?", "Can you check?"); a system asks nothing (a
# link's "?id=" is no question).
_PERSON_ASKS = re.compile(
    r"\w[ \t]*\?(?=\s|$)|\b(?:maksudnya|tolong|can you|could you|bisa dibantu|mohon bantuan\w*|mohon dicek)\b",
    re.IGNORECASE,
)
# What a person adds when passing such a notice on: a quote, a forwarded block, a reply's subject.
_PASSED_ON = re.compile(
    r"^[ \t]*>|(?<!-)-{3,}+[ \t]*(?:forwarded message|pesan (?:yang )?diteruskan|original message|pesan asli)|"
    r"^[ \t]*begin forwarded message|"
    # an Outlook forward's header block: "From: ..." over "Sent: ..." (a form's own "Dari : ..." row stands alone)
    r"^[ \t]*(?:from|dari)[ \t]*:[^\n]*\n[ \t]*(?:sent|date|to|subject|dikirim|tanggal|kepada|subjek)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


def system_notice(message: ParsedMessage) -> str | None:
    """A system's notice that says it was sent automatically, in a new message that passes nothing on and asks
    nothing (a person forwarding it, answering it or asking about it writes above a quote, under a reply's or a
    forward's subject, or a question of their own)."""
    found = _SENT_BY_A_SYSTEM.search(message.text)
    if found is None or not stands_alone(message):
        return None
    return f"a system's notice sent automatically ({found.group(0)!r})"


def stands_alone(message: ParsedMessage) -> bool:
    """A new message that answers, passes on and asks nothing: what a system sends, never a person passing its notice
    on (a reply's or a forward's subject, a quote, a forwarded block, a question of their own)."""
    if not new_message(message):
        return False
    return not (_PASSED_ON.search(message.text) or message.forwarded_text or _PERSON_ASKS.search(message.text))


def new_message(message: ParsedMessage) -> bool:
    """Neither a reply nor a forward, by its headers and its subject."""
    return not (message.in_reply_to or message.references or _REPLY_PREFIX.match(message.subject))
