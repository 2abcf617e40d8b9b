"""Write the project's own harder sample requests (named after their quirk) and their labels.json.

Run: python3 make_samples.py  (deterministic; standard library only)
"""

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

WIB = timezone(timedelta(hours=7))
HERE = Path(__file__).parent
SAMPLES = [
    (
        "typo-heavy-casual-sks.eml",
        "Rudi <rudi.h@polibatam.ac.id>",
        "sks matkul slh",
        "min mhn bntu, sks matkul Sistem Operasi (IF2203) di elerning ketulis 2 pdhl hrsnya 3 sks. tlg diganti jd 3 ya\n\nthx",
        {
            "type": "course_data",
            "lang": "id",
            "fields": {"course_code": "IF2203", "course_name": "Sistem Operasi", "changes": {"credits": "3"}},
        },
    ),
    (
        "english-formal-rename.eml",
        "Dr. Sarah Wong <sarah.wong@polibatam.ac.id>",
        "Course title correction for EL2305",
        'Dear Helpdesk team,\n\nThe course Signals and Systems (EL2305) should be renamed. Please change the full name to "Signals and Systems Analysis".\n\nKind regards,\nSarah Wong\nDepartment of Electrical Engineering',
        {
            "type": "course_data",
            "lang": "en",
            "fields": {
                "course_code": "EL2305",
                "course_name": "Signals and Systems",
                "changes": {"fullname": "Signals and Systems Analysis"},
            },
        },
    ),
    (
        "announcement-lusa-relative-date.eml",
        "Fitri <fitri.a@polibatam.ac.id>",
        "Mohon umumkan: kuliah online",
        "Selamat siang,\n\nMohon diumumkan di course Kewirausahaan (AB2201), tayang lusa jam 08.00:\n\nJudul: Kuliah Minggu Ini Daring\nIsi: Perkuliahan Kewirausahaan minggu ini dilaksanakan daring melalui Zoom. Tautan ada di course.\n\nTerima kasih",
        {
            "type": "announcement",
            "lang": "id",
            "fields": {
                "course_code": "AB2201",
                "course_name": "Kewirausahaan",
                "title": "Kuliah Minggu Ini Daring",
                "scope": "course",
                "publish_at": "2026-11-25T08:00:00+07:00",
            },
        },
    ),
    (
        "site-notice-english-no-time.eml",
        "Library <library@polibatam.ac.id>",
        "Request to post a site-wide notice",
        "Hello,\n\nCould you post the following on the e-learning front page for all students?\n\nTitle: Library Closed for Stocktaking\n\nThe library will be closed from 1 to 3 December 2026 for annual stocktaking. E-journals remain available.\n\nThank you,\nPolibatam Library",
        {"type": "announcement", "lang": "en", "fields": {"title": "Library Closed for Stocktaking", "scope": "site"}},
    ),
    (
        "quiz-error-with-course-code-not-course-data.eml",
        "Dina <4311901010@students.polibatam.ac.id>",
        "Kuis IF2206 error terus",
        'Permisi kak, kuis Jaringan Komputer (IF2206) saya error terus pas mau submit, muncul tulisan "sesskey error". Udah coba ganti browser tetep gagal. Mohon bantuannya 🙏',
        {"type": "elearning_support", "lang": "id", "fields": {}},
    ),
    (
        "password-reset-english-short.eml",
        "Ahmed <ahmed.exchange@gmail.com>",
        "forgot password",
        "Hi, I forgot my e-learning password and the reset email never arrives. My username is ahmed.k. Thanks",
        {"type": "elearning_support", "lang": "en", "fields": {}},
    ),
    (
        "document-panduan-casual.eml",
        "Tono <tono.s@polibatam.ac.id>",
        "minta panduan",
        "Pagi P4M, boleh minta file panduan penggunaan e-learning utk dosen baru? yg versi terbaru ya. Makasih",
        {"type": "document_request", "lang": "id", "fields": {}},
    ),
    (
        "document-form-english.eml",
        "Lisa Tan <lisa.tan@polibatam.ac.id>",
        "Form for course creation",
        "Dear P4M,\n\nWhere can I get the request form for creating a new course on e-learning? Please send me the latest version.\n\nBest,\nLisa",
        {"type": "document_request", "lang": "en", "fields": {}},
    ),
    (
        "thanks-reply-after-fix.eml",
        "Budi Santoso <budi.santoso@polibatam.ac.id>",
        "Re: [P4M #15] Perubahan nama MK",
        "Sudah berubah, terima kasih banyak atas bantuannya.\n\nPada Sen, 23 Nov 2026 pukul 09.00 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n> Nama MK sudah kami ubah.\n",
        {"type": "other", "lang": "id", "fields": {}},
    ),
    (
        "complaint-parking-misdirected.eml",
        "Anonim <warga.kampus@gmail.com>",
        "Parkir motor penuh",
        "Selamat siang, parkiran motor di depan gedung utama selalu penuh sejak pagi. Mohon ditertibkan karena banyak kendaraan tamu.",
        {"type": "other", "lang": "id", "fields": {}},
    ),
    (
        "enrolment-key-english-casual.eml",
        "Daniel <daniel.s@polibatam.ac.id>",
        "enrol key MA1101",
        "hey team, pls change the enrolment key of MA1101 Calculus I to calc-ganjil26, the old one leaked. cheers",
        {
            "type": "course_data",
            "lang": "en",
            "fields": {
                "course_code": "MA1101",
                "course_name": "Calculus I",
                "changes": {"enrolment_key": "calc-ganjil26"},
            },
        },
    ),
    (
        "semester-move-labelled-list.eml",
        "Ratna <ratna.d@polibatam.ac.id>",
        "Perubahan data course Fisika Dasar",
        "Yth. Tim P4M,\n\nMohon perubahan data course Fisika Dasar (FI1101):\n- Semester: Genap 2026/2027\n- Nama singkat: FI1101-G\n\nTerima kasih.",
        {
            "type": "course_data",
            "lang": "id",
            "fields": {
                "course_code": "FI1101",
                "course_name": "Fisika Dasar",
                "changes": {"semester": "Genap 2026/2027", "shortname": "FI1101-G"},
            },
        },
    ),
]


def main() -> None:
    labels = {}
    sent = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    for number, (name, sender, subject, body, label) in enumerate(SAMPLES):
        message = EmailMessage()
        message["From"] = sender
        message["To"] = "helpdesk-p4m@polibatam.ac.id"
        message["Subject"] = subject
        message["Date"] = format_datetime(sent + timedelta(minutes=number))
        message["Message-ID"] = f"<sample-{name.removesuffix('.eml')}@tests.polibatam.ac.id>"
        message.set_content(body)
        (HERE / name).write_bytes(message.as_bytes(policy=message.policy.clone(linesep="\r\n")))
        labels[name] = {**label, "note": ""}
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
