#!/usr/bin/env python3
"""Generate a sixteenth P4M helpdesk TUNING corpus, about change plans told ahead (labelled e-mails).

A change planned or considered for a later term, told for information with the formal request to follow or nothing
confirmed, is not a request yet: labelled other, no fields (issue 17: "nanti saya minta ganti" is a plan). Beside
them, near-misses that ARE requests: a plan whose change is asked now, to take effect later ("mohon diubah mulai
semester depan", "please change it before next term"), labelled course_data with the change.

Written before the rule it tests, without reading any held-out mail. The message engine is the first tuning
corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune16_plans.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"other": 8, "course_data": 5}
M = E.M

PLAN_NOTE = "A change planned for later, told for information, nothing asked yet: not a request (issue 17)."


def cd(code, name, **changes):
    return {"course_code": code, "course_name": name, "changes": changes}


# ---------------------------------------------------------------- plans told ahead: other

M("kabar-awal-pengampu-belum-pasti", "2027-03-01 08:10:00",
  ("Rina Oktaviani, M.Si.", "rina.oktaviani@polibatam.ac.id"),
  "kabar awal pengampu Fisika Dasar",
  """Selamat pagi Bapak/Ibu P4M,

Kabar awal saja, mulai semester depan kemungkinan besar pengampu MK Fisika Dasar (TI1104) akan
diganti ke Bu Laila Hasanah. Belum pasti ya, surat resmi dari Kaprodi menyusul.

Salam,
Rina
""", "other", "id", note=PLAN_NOTE)

M("en-fyi-department-planning-rename", "2027-03-01 10:30:00",
  ("Prof. Samuel Adeyemi", "samuel.adeyemi@polibatam.ac.id"),
  "Operations Research - upcoming rename",
  """Dear P4M team,

For your information, the department is planning to rename MN3201 Operations Research to
Decision Science from the next academic year. The formal request will follow once the senate
has approved the new curriculum.

Kind regards,
Samuel Adeyemi
""", "other", "en", note=PLAN_NOTE)

M("campur-fyi-sks-naik-belum-fix", "2027-03-02 19:45:00",
  ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"),
  "sks statistika",
  """min FYI aja, next sem rencananya sks MK Statistika Bisnis (AK2102) naik jadi 3 SKS.
belum fix ya, ntar aku kabarin lagi kalau SK nya udah keluar

thx
""", "other", "id", note=PLAN_NOTE, client="iphone")

M("surat-pertimbangan-gabung-kelas", "2027-03-03 09:00:00",
  ("Sekretariat Prodi Teknik Elektro", "prodi.elektro@polibatam.ac.id"),
  "Pemberitahuan rencana penggabungan kelas",
  """Dengan hormat,

Bersama ini kami sampaikan bahwa Program Studi Teknik Elektro sedang mempertimbangkan
penggabungan kelas EL-2A dan EL-2B untuk mata kuliah Rangkaian Listrik (EL2101) pada semester
ganjil mendatang. Permohonan resmi akan kami ajukan setelah rapat prodi.

Hormat kami,
Sekretariat Prodi Teknik Elektro
""", "other", "id", note=PLAN_NOTE, client="outlook")

M("en-may-take-over-no-action", "2027-03-04 14:20:00",
  ("Dr. Grace Okafor", "grace.okafor@polibatam.ac.id"),
  "Thermodynamics II next term",
  """Hello,

Just so you are aware, I may take over Thermodynamics II (ME3104) from Mr. Haris next term.
Nothing has been decided yet, so no action is needed for now.

Best,
Grace
""", "other", "en", note=PLAN_NOTE, client="thunderbird")

M("info-awal-kode-berubah-nanti-minta", "2027-03-05 07:55:00",
  ("Bambang Sutrisno", "bambang.sutrisno@polibatam.ac.id"),
  "info kode MK kurikulum baru",
  """Pak, info awal: semester depan sepertinya kode MK Pendidikan Pancasila saya berubah dari MKU1201
jadi MKU1301 karena kurikulum baru. Belum final, nanti kalau sudah pasti saya minta ganti secara resmi.

Bambang
""", "other", "id", note=PLAN_NOTE)

M("en-heads-up-intend-key-later", "2027-03-06 16:05:00",
  ("Lukas Weber", "lukas.weber@polibatam.ac.id"),
  "Data Mining enrolment",
  """Hi all,

Heads up: we intend to switch the enrolment key of Data Mining (IF3301) at the start of the
coming semester. No need to do anything yet, I will get back to you with the exact key
closer to the date.

Cheers,
Lukas
""", "other", "en", note=PLAN_NOTE)

M("wacana-pindah-semester-tidak-perlu", "2027-03-08 11:15:00",
  ("Dra. Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "wacana Kewarganegaraan",
  """Assalamualaikum,

Sebagai gambaran, tahun depan ada wacana MK Kewarganegaraan (MKU1104) dipindah ke semester 3.
Masih wacana dan belum ada keputusan, jadi belum perlu ditindaklanjuti.

Wassalam,
Sri Wahyuni
""", "other", "id", note=PLAN_NOTE)

# ---------------------------------------------------------------- near-misses: a later change asked now

M("berencana-mohon-diubah-mulai-semester-depan", "2027-03-09 08:40:00",
  ("Hendra Wijaya, M.T.", "hendra.wijaya@polibatam.ac.id"),
  "pengampu Jaringan Komputer semester depan",
  """Selamat pagi,

Semester depan prodi berencana mengganti pengampu MK Jaringan Komputer (TRK2104). SK-nya sudah
terbit, jadi mohon dosen pengampu diubah menjadi Andi Saputra, M.Kom. mulai semester depan.

Terima kasih,
Hendra
""", "course_data", "id", cd("TRK2104", "Jaringan Komputer", lecturer="Andi Saputra, M.Kom."))

M("en-planning-new-name-please-change", "2027-03-10 13:00:00",
  ("Olivia Tan", "olivia.tan@polibatam.ac.id"),
  "BIS3105 name next term",
  """Dear helpdesk,

We are planning a new name for BIS3105 Digital Marketing next term: Digital Marketing Strategy.
The curriculum board has signed it off, so please change the course name before the term begins.

Thanks,
Olivia
""", "course_data", "en", cd("BIS3105", "Digital Marketing", fullname="Digital Marketing Strategy"))

M("campur-fyi-kelas-tolong-diupdate", "2027-03-11 20:10:00",
  ("Nanda Putri", "nanda.putri@polibatam.ac.id"),
  "kelas akuntansi dasar",
  """FYI min, mulai semester depan kelas MK Akuntansi Dasar (AK1101) jadi AK-1A Pagi.
Tolong sekalian diupdate di e-learning ya, makasih!
""", "course_data", "id", cd("AK1101", "Akuntansi Dasar", **{"class": "AK-1A Pagi"}), client="iphone")

M("en-for-information-credits-could-you-update", "2027-03-12 09:25:00",
  ("Dr. Ravi Menon", "ravi.menon@polibatam.ac.id"),
  "Power Electronics credits",
  """Dear colleagues,

For your information, the credits of Power Electronics (EL3203) will change to 4 next term, as
approved by the senate last week. Could you update the course settings in the e-learning accordingly?

Regards,
Ravi Menon
""", "course_data", "en", cd("EL3203", "Power Electronics", credits="4"))

M("rencananya-pindah-semester-mohon-diubah", "2027-03-13 10:50:00",
  ("Agus Salim, S.Kom.", "agus.salim@polibatam.ac.id"),
  "semester Desain Grafis",
  """Selamat siang,

Rencananya MK Desain Grafis (MM1102) dipindah ke semester 4 mulai tahun ajaran depan. Karena
kurikulumnya sudah disahkan, mohon semesternya di e-learning diubah menjadi 4.

Terima kasih,
Agus
""", "course_data", "id", cd("MM1102", "Desain Grafis", semester="4"))

if __name__ == "__main__":
    sys.exit(E.main())
