"""Write sample mails whose request is not plainly in the body (forwards, attachments, bottom-posted replies).

Run: ../../../.venv/bin/python make_reading_samples.py  (python-docx, odfpy and pypdf make the attachments)
"""

import io
import zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from odf.opendocument import OpenDocumentText
from odf.text import P
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

WIB = timezone(timedelta(hours=7))
HERE = Path(__file__).parent
SENT = datetime(2026, 11, 23, 9, 30, tzinfo=WIB)
RENAME = (
    "Yth. Tim P4M,\n\nMohon perubahan data mata kuliah Pemrograman Web (IF302) di e-learning:\n"
    "Nama baru: Pemrograman Web Lanjut\n\nTerima kasih.\nDr. Andi Wijaya, M.Kom."
)
ANNOUNCEMENT = [
    "Mohon diumumkan di course Jaringan Komputer (IF2206).",
    "Judul: Kuis 3 Diundur",
    "Isi: Kuis 3 Jaringan Komputer diundur ke Senin, 7 Desember 2026 pukul 08.00 di Lab Jaringan.",
]


def mail(name: str, sender: str, subject: str, body: str, html: str | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "helpdesk-p4m@polibatam.ac.id"
    message["Subject"] = subject
    message["Date"] = format_datetime(SENT)
    message["Message-ID"] = f"<{name}@samples.polibatam.ac.id>"
    if html is None:
        message.set_content(body)
    else:
        message.set_content(html, subtype="html")
    return message


def docx_bytes(paragraphs: list[str]) -> bytes:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes(paragraphs: list[str]) -> bytes:
    document = OpenDocumentText()
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def pdf_bytes(pages: list[list[str]]) -> bytes:
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
        )
        text = "".join(
            f"BT /F1 11 Tf 50 {780 - 16 * index} Td ({line.replace('(', '[').replace(')', ']')}) Tj ET\n"
            for index, line in enumerate(lines)
        )
        stream = DecodedStreamObject()
        stream.set_data(text.encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bomb_docx() -> bytes:
    """A DOCX whose document.xml unpacks to 200 MB (a few hundred KB packed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(200):
                member.write(chunk)
    return buffer.getvalue()


def forwarded_inline(marker: str, header: str) -> str:
    return f"mohon bantuannya\n\n{marker}\n{header}\n\n{RENAME}\n"


def main() -> None:
    samples: dict[str, EmailMessage] = {}
    inner = mail("inner-rename", "Dr. Andi Wijaya <andi.w@polibatam.ac.id>", "Perubahan nama MK IF302", RENAME)
    outer = mail("forwarded-rfc822-part", "Kajur TI <kajur.ti@polibatam.ac.id>", "mohon bantuannya", "mohon bantuannya")
    outer.add_attachment(inner)
    samples["forwarded-rfc822-part"] = outer
    samples["forwarded-inline-gmail-marker"] = mail(
        "forwarded-inline-gmail-marker",
        "Kajur TI <kajur.ti@polibatam.ac.id>",
        "Fwd: Perubahan nama MK IF302",
        forwarded_inline(
            "---------- Forwarded message ---------",
            "From: Dr. Andi Wijaya <andi.w@polibatam.ac.id>\nDate: Mon, 23 Nov 2026 at 08.10\n"
            "Subject: Perubahan nama MK IF302\nTo: Kajur TI <kajur.ti@polibatam.ac.id>",
        ),
    )
    samples["forwarded-inline-pesan-asli-no-fwd-subject"] = mail(
        "forwarded-inline-pesan-asli-no-fwd-subject",
        "Sekretaris Jurusan <sekjur.ti@polibatam.ac.id>",
        "perubahan nama MK",
        forwarded_inline(
            "-----Pesan Asli-----",
            "Dari: Dr. Andi Wijaya <andi.w@polibatam.ac.id>\nTerkirim: Senin, 23 November 2026 08.10\n"
            "Kepada: Sekretaris Jurusan <sekjur.ti@polibatam.ac.id>\nPerihal: Perubahan nama MK IF302",
        ),
    )
    samples["forwarded-inline-original-message-outlook"] = mail(
        "forwarded-inline-original-message-outlook",
        "Department Office <office.ti@polibatam.ac.id>",
        "FW: course name",
        forwarded_inline(
            "-----Original Message-----",
            "From: Dr. Andi Wijaya <andi.w@polibatam.ac.id>\nSent: Monday, November 23, 2026 8:10 AM\n"
            "To: Department Office <office.ti@polibatam.ac.id>\nSubject: Perubahan nama MK IF302",
        ),
    )
    samples["forwarded-begin-forwarded-message-apple"] = mail(
        "forwarded-begin-forwarded-message-apple",
        "Kajur TI <kajur.ti@polibatam.ac.id>",
        "Perubahan nama MK IF302",
        forwarded_inline(
            "Begin forwarded message:",
            "\nFrom: Dr. Andi Wijaya <andi.w@polibatam.ac.id>\nSubject: Perubahan nama MK IF302\n"
            "Date: 23 November 2026 at 08.10.00 GMT+7\nTo: Kajur TI <kajur.ti@polibatam.ac.id>",
        ),
    )
    docx_mail = mail(
        "attachment-docx-announcement-text",
        "Rina <rina.s@polibatam.ac.id>",
        "pengumuman",
        "Selamat pagi, teks terlampir ya. Terima kasih.",
    )
    docx_mail.add_attachment(
        docx_bytes(ANNOUNCEMENT),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="pengumuman kuis 3.docx",
    )
    samples["attachment-docx-announcement-text"] = docx_mail
    odt_mail = mail(
        "attachment-odt-announcement-text", "Rina <rina.s@polibatam.ac.id>", "pengumuman", "Teks terlampir."
    )
    odt_mail.add_attachment(
        odt_bytes(ANNOUNCEMENT),
        maintype="application",
        subtype="vnd.oasis.opendocument.text",
        filename="pengumuman.odt",
    )
    samples["attachment-odt-announcement-text"] = odt_mail
    pdf_mail = mail(
        "attachment-pdf-letter-only",
        "Tata Usaha TI <tu.ti@polibatam.ac.id>",
        "Surat Jurusan No. 112/TI/2026",
        "Dengan hormat, bersama ini kami kirimkan surat terlampir.",
    )
    pdf_mail.add_attachment(
        pdf_bytes([RENAME.split("\n")]), maintype="application", subtype="pdf", filename="surat-112.pdf"
    )
    samples["attachment-pdf-letter-only"] = pdf_mail
    many_pages = mail(
        "attachment-pdf-too-many-pages", "Tata Usaha TI <tu.ti@polibatam.ac.id>", "Lampiran", "Terlampir."
    )
    pages = [[f"Halaman {number}: Nama baru: Pemrograman Web Lanjut"] for number in range(1, 61)]
    many_pages.add_attachment(pdf_bytes(pages), maintype="application", subtype="pdf", filename="tebal.pdf")
    samples["attachment-pdf-too-many-pages"] = many_pages
    bomb = mail("attachment-docx-zip-bomb", "x <x@example.com>", "dokumen", "lihat lampiran")
    bomb.add_attachment(
        zip_bomb_docx(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="bomb.docx",
    )
    samples["attachment-docx-zip-bomb"] = bomb
    quote = (
        "> Yth. Bapak Andi,\n>\n> Permintaan Anda telah kami terima dengan nomor tiket [P4M #12].\n"
        "> Mohon lengkapi: nama baru mata kuliah.\n"
    )
    samples["bottom-posted-thunderbird-en"] = mail(
        "bottom-posted-thunderbird-en",
        "Dr. Andi Wijaya <andi.w@polibatam.ac.id>",
        "Re: [P4M #12] Perubahan nama MK IF302",
        f"On 23/11/2026 10.15, Helpdesk P4M wrote:\n{quote}\nThe new name is Pemrograman Web Lanjut.\n\n"
        "-- \nAndi Wijaya\n",
    )
    samples["bottom-posted-thunderbird-id"] = mail(
        "bottom-posted-thunderbird-id",
        "Dr. Andi Wijaya <andi.w@polibatam.ac.id>",
        "Re: [P4M #12] Perubahan nama MK IF302",
        f"Pada 23/11/2026 10.15, Helpdesk P4M menulis:\n{quote}\nNama barunya Pemrograman Web Lanjut.\n\n"
        "Salam,\nAndi\n",
    )
    samples["interleaved-reply-between-quotes"] = mail(
        "interleaved-reply-between-quotes",
        "Dr. Andi Wijaya <andi.w@polibatam.ac.id>",
        "Re: [P4M #12] Perubahan nama MK IF302",
        "On 23/11/2026 10.15, Helpdesk P4M wrote:\n> Kode MK: IF302\nBenar.\n> Nama baru mata kuliah?\n"
        "Pemrograman Web Lanjut\n",
    )
    samples["bottom-posted-thunderbird-html"] = mail(
        "bottom-posted-thunderbird-html",
        "Dr. Andi Wijaya <andi.w@polibatam.ac.id>",
        "Re: [P4M #12] Perubahan nama MK IF302",
        "",
        html=(
            '<html><body><div class="moz-cite-prefix">Pada 23/11/2026 10.15, Helpdesk P4M menulis:<br></div>'
            '<blockquote type="cite">Yth. Bapak Andi,<br>Mohon lengkapi: nama baru mata kuliah.</blockquote>'
            "<p>Nama barunya Pemrograman Web Lanjut.</p></body></html>"
        ),
    )
    for name, message in samples.items():
        (HERE / f"{name}.eml").write_bytes(bytes(message))


if __name__ == "__main__":
    main()
