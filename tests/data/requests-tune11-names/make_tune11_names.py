#!/usr/bin/env python3
"""Generate the eleventh P4M helpdesk TUNING corpus for course identity (23 labelled request e-mails).

Kinds of course code and current course name that the opened part7 (requests-tune10) lost, written in other
words, voices and layouts than its samples, with near-misses that must not be read:
- the course a field belongs to, with where it shows between ("dosen di e-learning X", "lecturer on Moodle for X");
  near-miss: a weekday after the place is no course;
- the course's full or long name as the field of a rename ("nama lengkap course ... dari X menjadi Y", "fullname of
  ... from X to Y"); near-miss: the lecturer's full name is no course name;
- a reply correcting the code the writer mistyped ("saya keliru menulis kode: yang benar X, bukan Y", "I meant X
  rather than Y"); near-miss: "di e-learning bukan X tapi Y" asks to change the code, the current one is X;
- a subject that names a field and then the course ("Ganti dosen Teknik Tenaga Listrik"); near-miss: a class or a
  term after the field word ("Ganti enrolment key Kelas Karyawan") is no course;
- a form's question answered on a line of its own between the helpdesk's quoted questions; near-miss: a question
  left quoted and unanswered.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py; every body
here was written by hand and scored before any rule was changed for it.
Run:  python3 make_tune11_names.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # type: ignore[import-not-found]  # noqa: E402, N812

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 19, "announcement": 4}
M = E.M

ACK = "Pada {day} Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n\n"

# ---------------------------------------------------------------- the field's course, where it shows between

M(
    "pengampu-di-elearning-nama-tanpa-kode",
    "2027-05-03 07:55:00",
    ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
    "pengampu salah",
    """Pagi tim P4M,

Mohon pengampu di elearning Mekanika Fluida diganti ya, semester ini yang mengajar sudah Rina Marlina, M.T.
Nama saya masih muncul di sana.

Terima kasih,
Hendra
""",
    "course_data",
    "id",
    fields={"course_name": "Mekanika Fluida", "changes": {"lecturer": "Rina Marlina, M.T."}},
)

M(
    "en-lecturer-on-moodle-for-course",
    "2027-05-03 10:20:00",
    ("Sophie Laurent", "sophie.laurent@polibatam.ac.id"),
    "Wrong lecturer shown",
    """Hello,

Could you please update the lecturer shown on Moodle for Hydraulic Systems? From this term it is taught by
Bayu Pratama, S.T., M.T. instead of me.

Many thanks,
Sophie Laurent
Exchange lecturer, Mechanical Engineering
""",
    "course_data",
    "en",
    fields={"course_name": "Hydraulic Systems", "changes": {"lecturer": "Bayu Pratama, S.T., M.T."}},
    client="thunderbird",
)

M(
    "hp-enrol-key-elearning-utk-nama",
    "2027-05-04 21:10:00",
    ("Dimas Prasetyo", "dimas.prasetyo@polibatam.ac.id"),
    "enrol key",
    """min enrol key di e-learning utk Gambar Teknik tolong diganti jadi gt-2027b ya, yg lama bocor ke angkatan atas
""",
    "course_data",
    "id",
    fields={"course_name": "Gambar Teknik", "changes": {"enrolment_key": "gt-2027b"}},
    client="iphone",
)

M(
    "en-credits-in-lms-of-course",
    "2027-05-05 09:00:00",
    ("Dr. Amelia Hart", "amelia.hart@polibatam.ac.id"),
    "Credits",
    """Dear team,

The credits displayed in the LMS for Quality Management are wrong: they should be 3.

Best regards,
Amelia Hart
""",
    "course_data",
    "en",
    fields={"course_name": "Quality Management", "changes": {"credits": "3"}},
    client="outlook",
)

M(
    "dosen-di-elearning-hari-bukan-nama",
    "2027-05-05 13:30:00",
    ("Sekretariat Teknik Elektro", "sekjur.elektro@polibatam.ac.id"),
    "Pergantian dosen pengampu",
    """Dengan hormat,

Mohon dosen pengampu di e-learning Jumat ini sudah diganti, kode TE2210. Dosen pengampu yang baru adalah
Ir. Bambang Sutrisno, M.T.

Hormat kami,
Sekretariat Jurusan Teknik Elektro
""",
    "course_data",
    "id",
    fields={"course_code": "TE2210", "changes": {"lecturer": "Ir. Bambang Sutrisno, M.T."}},
    client="zimbra",
)

# ---------------------------------------------------------------- full / long name as the field of a rename

M(
    "nama-lengkap-course-dari-kutip-menjadi",
    "2027-05-06 08:15:00",
    ("Yohanes Tarigan", "yohanes.tarigan@polibatam.ac.id"),
    "Perubahan nama course",
    """Yth. Tim Helpdesk P4M,

Mohon nama lengkap course TS2201 diubah dari "Mekanika Tanah I" menjadi "Mekanika Tanah Dasar" sesuai
kurikulum 2027.

Salam,
Yohanes Tarigan
Teknik Sipil
""",
    "course_data",
    "id",
    fields={
        "course_code": "TS2201",
        "course_name": "Mekanika Tanah I",
        "changes": {"fullname": "Mekanika Tanah Dasar"},
    },
)

M(
    "en-fullname-of-code-from-to-unquoted",
    "2027-05-06 11:40:00",
    ("Marco Bianchi", "marco.bianchi@polibatam.ac.id"),
    "EL3102",
    """Hi helpdesk,

Please update the fullname of EL3102 from Power Electronics to Power Electronics and Drives.

Thanks,
Marco
""",
    "course_data",
    "en",
    fields={
        "course_code": "EL3102",
        "course_name": "Power Electronics",
        "changes": {"fullname": "Power Electronics and Drives"},
    },
)

M(
    "nama-panjang-matkul-masih-harusnya",
    "2027-05-07 19:05:00",
    ("Anisa Rahmawati", "anisa.rahmawati@polibatam.ac.id"),
    "nama matkul",
    """Malam pak, nama panjang matkul AP2105 di elearning masih Hukum Udara, harusnya Hukum Udara Internasional.
Mohon dibantu ya pak, terima kasih
""",
    "course_data",
    "id",
    fields={
        "course_code": "AP2105",
        "course_name": "Hukum Udara",
        "changes": {"fullname": "Hukum Udara Internasional"},
    },
    client="iphone",
)

M(
    "en-full-course-title-currently-should-read",
    "2027-05-08 09:30:00",
    ("Capt. Lars Nilsen", "lars.nilsen@polibatam.ac.id"),
    "Course title correction KP2103",
    """Good morning,

The full course title of KP2103 is currently "Keselamatan Pelayaran"; it should read "Keselamatan dan Keamanan
Pelayaran".

Regards,
Lars Nilsen
""",
    "course_data",
    "en",
    fields={
        "course_code": "KP2103",
        "course_name": "Keselamatan Pelayaran",
        "changes": {"fullname": "Keselamatan dan Keamanan Pelayaran"},
    },
    client="outlook",
)

M(
    "nama-lengkap-dosen-bukan-nama-course",
    "2027-05-08 14:00:00",
    ("Sari Dewi", "sari.dewi@polibatam.ac.id"),
    "gelar dosen",
    """Selamat siang,

Mohon nama lengkap dosen di course IF2201 ditulis dengan gelar: Dr. Sari Dewi, M.Kom.

Terima kasih.
""",
    "course_data",
    "id",
    fields={"course_code": "IF2201", "changes": {"lecturer": "Dr. Sari Dewi, M.Kom."}},
)

# ---------------------------------------------------------------- a reply correcting the code the writer mistyped

M(
    "balasan-keliru-kode-yang-benar-bukan",
    "2027-05-10 08:05:00",
    ("Wahyu Nugroho", "wahyu.nugroho@polibatam.ac.id"),
    "Re: [Tiket #2027-0612] Enrol key Statika",
    """Maaf, saya keliru menulis kode. Yang benar TS1203, bukan TS1230. Enrol key tetap statika-27 ya.

"""
    + ACK.format(day="Sen, 10 Mei 2027 pukul 07.40")
    + """> Yth. Bapak Wahyu Nugroho,
> Tiket #2027-0612 telah kami terima: enrolment key course TS1230 menjadi statika-27.
> Salam, Helpdesk P4M
""",
    "course_data",
    "id",
    fields={"course_code": "TS1203", "course_name": "Statika", "changes": {"enrolment_key": "statika-27"}},
    reply="<ack-2027-0612@polibatam.ac.id>",
)

M(
    "en-reply-typed-code-wrong-not",
    "2027-05-10 10:45:00",
    ("Nguyen Van Minh", "minh.nguyen@polibatam.ac.id"),
    "Re: [Ticket #2027-0618] Credits",
    """Apologies, I typed the course code wrong: it is ME2106, not ME2160. The credits should still be 3.

On Mon, 10 May 2027 at 10:12, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Mr. Nguyen,
> Ticket #2027-0618 received: credits of course ME2160 to 3.
> Regards, Helpdesk P4M
""",
    "course_data",
    "en",
    fields={"course_code": "ME2106", "changes": {"credits": "3"}},
    reply="<ack-2027-0618@polibatam.ac.id>",
)

M(
    "hp-maksud-saya-kode-bukan",
    "2027-05-11 16:20:00",
    ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
    "Re: [Tiket #2027-0630] shortname",
    """maksud saya kode mk nya EL2207, bukan EL2270 pak. shortname tetap jadi ELDAS-B. maaf ya pak

"""
    + ACK.format(day="Sel, 11 Mei 2027 pukul 15.58")
    + """> Tiket #2027-0630 telah kami terima: ubah nama singkat course EL2270 menjadi ELDAS-B.
""",
    "course_data",
    "id",
    fields={"course_code": "EL2207", "changes": {"shortname": "ELDAS-B"}},
    client="iphone",
    reply="<ack-2027-0630@polibatam.ac.id>",
)

M(
    "en-i-meant-code-rather-than",
    "2027-05-12 09:10:00",
    ("Priya Raman", "priya.raman@polibatam.ac.id"),
    "Re: [Ticket #2027-0641] Enrolment key",
    """Sorry, my mistake - I meant IF2205 rather than IF2250. The new key is dbsec-2027.

On Wed, 12 May 2027 at 08:51, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Ticket #2027-0641 received: enrolment key of course IF2250 to dbsec-2027.
""",
    "course_data",
    "en",
    fields={"course_code": "IF2205", "changes": {"enrolment_key": "dbsec-2027"}},
    reply="<ack-2027-0641@polibatam.ac.id>",
)

M(
    "kode-elearning-bukan-tapi-minta-ubah",
    "2027-05-12 13:25:00",
    ("Lestari Wulandari", "lestari.wulandari@polibatam.ac.id"),
    "Kode Fisika Dasar salah",
    """Siang,

Kode course Fisika Dasar di e-learning bukan FI1101 tapi FI1110. Mohon shortname-nya dikoreksi.

Lestari
""",
    "course_data",
    "id",
    fields={"course_code": "FI1101", "course_name": "Fisika Dasar", "changes": {"shortname": "FI1110"}},
)

# ---------------------------------------------------------------- a subject naming a field, then the course

M(
    "subjek-ganti-dosen-nama-saja",
    "2027-05-13 07:30:00",
    ("Agus Salim", "agus.salim@polibatam.ac.id"),
    "Ganti dosen Teknik Tenaga Listrik",
    """Pak, dosennya sekarang Yusuf Habibi, M.T. ya. Makasih.
""",
    "course_data",
    "id",
    fields={"course_name": "Teknik Tenaga Listrik", "changes": {"lecturer": "Yusuf Habibi, M.T."}},
    client="iphone",
)

M(
    "en-subject-update-shortname-course",
    "2027-05-13 11:00:00",
    ("Kenji Watanabe", "kenji.watanabe@polibatam.ac.id"),
    "Update short name Computer Networks",
    """Hi,

Please set the short name to CN-2027A.

Thanks,
Kenji
""",
    "course_data",
    "en",
    fields={"course_name": "Computer Networks", "changes": {"shortname": "CN-2027A"}},
)

M(
    "subjek-enrol-key-kelas-bukan-nama",
    "2027-05-14 08:40:00",
    ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
    "Ganti enrolment key Kelas Karyawan",
    """Selamat pagi,

Untuk kode MK IF2301, enrolment key baru: karyawan27

Terima kasih
""",
    "course_data",
    "id",
    fields={"course_code": "IF2301", "changes": {"enrolment_key": "karyawan27"}},
)

# ---------------------------------------------------------------- announcements

M(
    "pengumuman-di-elearning-untuk-nama",
    "2027-05-14 15:00:00",
    ("Maria Ulfa", "maria.ulfa@polibatam.ac.id"),
    "Pengumuman kuis",
    """Sore tim P4M,

Tolong pasang pengumuman di e-learning untuk Kimia Analitik dengan judul "Kuis 2 Diundur": kuis 2 diundur
ke minggu depan.

Terima kasih,
Maria
""",
    "announcement",
    "id",
    fields={"course_name": "Kimia Analitik", "title": "Kuis 2 Diundur", "scope": "course"},
)

M(
    "en-announcement-course-page-on-moodle-of",
    "2027-05-15 09:20:00",
    ("Olivia Brooks", "olivia.brooks@polibatam.ac.id"),
    "Announcement please",
    """Hello,

Please post an announcement titled "Field Trip Cancelled" on the Moodle page of Coastal Engineering: the field
trip planned for next week is cancelled.

Thank you,
Olivia
""",
    "announcement",
    "en",
    fields={"course_name": "Coastal Engineering", "title": "Field Trip Cancelled", "scope": "course"},
)

# ---------------------------------------------------------------- a form's question answered between the quotes

M(
    "en-reply-which-course-answered-between",
    "2027-05-17 08:10:00",
    ("Daniel Okafor", "daniel.okafor@polibatam.ac.id"),
    "Re: [Ticket #2027-0702] Announcement",
    """Hi, answers below.

On Sun, 16 May 2027 at 17:02, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Which course?

Marine Ecology, both groups

> Announcement title?

Lab Report Deadline Extended

> Thank you, Helpdesk P4M
""",
    "announcement",
    "en",
    fields={"course_name": "Marine Ecology", "title": "Lab Report Deadline Extended", "scope": "course"},
    reply="<ack-2027-0702@polibatam.ac.id>",
)

M(
    "balasan-mata-kuliah-apa-dijawab-di-sela",
    "2027-05-17 13:45:00",
    ("Siti Rohmah", "siti.rohmah@polibatam.ac.id"),
    "Re: [Tiket #2027-0707] Pengumuman",
    """Ini jawaban saya pak.

"""
    + ACK.format(day="Min, 16 Mei 2027 pukul 18.20")
    + """> Mata kuliah apa?

Teknologi Pangan

> Judul pengumuman?

Praktikum Ditiadakan
""",
    "announcement",
    "id",
    fields={"course_name": "Teknologi Pangan", "title": "Praktikum Ditiadakan", "scope": "course"},
    reply="<ack-2027-0707@polibatam.ac.id>",
)

M(
    "balasan-pertanyaan-mk-tidak-dijawab",
    "2027-05-18 09:00:00",
    ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
    "Re: [Tiket #2027-0711] enrol key",
    """Enrol key baru: irawan-2027 pak, untuk kode IF2108.

"""
    + ACK.format(day="Min, 16 Mei 2027 pukul 19.05")
    + """> Nama mata kuliah?
> Enrol key baru?
""",
    "course_data",
    "id",
    fields={"course_code": "IF2108", "changes": {"enrolment_key": "irawan-2027"}},
    reply="<ack-2027-0711@polibatam.ac.id>",
)


if __name__ == "__main__":
    sys.exit(E.main())
