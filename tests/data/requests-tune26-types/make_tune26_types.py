#!/usr/bin/env python3
"""Generate the twenty-sixth P4M helpdesk TUNING corpus for the request type (labelled e-mails).

Written before any rule for it, in voices no corpus has (Manggarai, Banyumas ngapak, Kutai, Tidore, Minahasa and Medan
Hokkien Indonesian; Czech, Swiss, Italian, Nepali, Sudanese, Russian, Hungarian, Brazilian and Taiwanese colleagues):
the boundary between a request to change a course's identity data on e-learning (an action on the record asked now)
and talk about a change (a complaint that a change was made wrongly, a report it was done, a plan, a question whether
it may be done, another office's record, a room or a timetable); and between trouble getting into a course (support)
and asking that a lecturer be added to or taken off a course, or a course moved to a class (course data).

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune26_types.py   (BATCH=1 writes only the first batch)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
M = E.M
BATCH = int(os.environ.get("BATCH", "3"))


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


# ================================================================ batch 1

# ---------------------------------------------------------------- a change made wrongly: complaint (other), fix asked (course data)

M("manggarai-keliru-tanpa-minta", "2028-06-05 08:20:00",
  ("Yohanes Jehaut", "yohanes.jehaut@polibatam.ac.id"),
  "Re: Ganti pengampu Statika",
  """Selamat pagi tim P4M,

Saya lihat perubahan yang kemarin salah tempat. Yang diganti justru course Statika kelas TS-1B, padahal saya minta untuk kelas TS-1A. Akibatnya dua kelas sekarang pengampunya sama. Sonde apa-apa, lain kali mohon lebih cermat saja.

Salam,
Yohanes""", "other", "id",
  note="Manggarai Indonesian: a complaint that a change was made on the wrong class, no correction asked.")

M("czech-wrong-shortname-fyi", "2028-06-05 10:05:00",
  ("Dr. Tomas Novak", "tomas.novak@polibatam.ac.id"),
  "Re: Short name for Machine Design",
  """Hello,

Just a remark: the short name you set for Machine Design last week came out as MD-2 instead of the MDES-2 I wrote. I can live with it, my students found the course anyway. I only mention it so the same slip does not happen to colleagues.

Best,
Tomas Novak""", "other", "en", client="thunderbird",
  note="A Czech colleague: a change made wrongly, told for the record; he keeps it as it is.")

M("ngapak-salah-ganti-balikna", "2028-06-05 13:30:00",
  ("Slamet Riyadi", "slamet.riyadi@polibatam.ac.id"),
  "nama MK kebalik",
  """Siang P4M,

Nyong kemarin njaluk ganti nama MK Gambar Teknik kelas ME-1A, tapi sing diganti malah MK Gambar Mesin (ME1104). Mohon nama ME1104 dibalikna maning dadi Gambar Mesin, ora usah diganti apa-apa.

Matur nuwun,
Slamet""", "course_data", "id",
  cd("ME1104", fullname="Gambar Mesin"),
  note="Banyumas ngapak: a change made wrongly and its undoing asked now, the old name given: a change.")

M("kutai-salah-kelas-pindahkan", "2028-06-06 09:10:00",
  ("Aji Muhammad Idris", "aji.idris@polibatam.ac.id"),
  "Re: Dosen MK Hidrolika",
  """Pagi,

Terima kasih sudah diproses, tapi yang berubah kelas TS-2B, bukan kelas ulun. Tolong dosen MK Hidrolika kelas TS-2A diganti ke Ir. Bambang Suprapto, M.T., dan kelas TS-2B dikembalikan seperti semula.

Aji Idris""", "course_data", "id",
  cd(name="Hidrolika", lecturer="Ir. Bambang Suprapto, M.T."),
  note="Kutai Indonesian: thanks, then the wrong class named and the change asked again on the right one.")

M("minahasa-kecewa-pengampu-diganti", "2028-06-06 11:45:00",
  ("Jeffry Lumowa", "jeffry.lumowa@polibatam.ac.id"),
  "Keberatan pergantian pengampu",
  """Yth. P4M,

Kita kecewa skali, pengampu MK Ekonomi Teknik (TI2305) di e-learning so diganti ke dosen lain tanpa ada pemberitahuan ke kita. Kita so bawa hal ini ke Kaprodi, biar dorang yang putuskan.

Hormat,
Jeffry Lumowa""", "other", "id",
  note="Minahasa Indonesian: a complaint about a lecturer change already made, taken to the head of programme.")

# ---------------------------------------------------------------- a change told: done, thanked, planned, asked whether it may be

M("tidore-so-dapa-ganti-sandiri", "2028-06-06 15:20:00",
  ("Rahmat Sjah", "rahmat.sjah@polibatam.ac.id"),
  "Re: Nama course Ekologi Laut",
  """Halo P4M,

Nama course Ekologi Laut so ganti jadi Ekologi Perairan Laut, Kaprodi sandiri yang ubah kemarin sore. Jadi permintaan sa yang kemarin tara usah diproses lagi.

Rahmat""", "other", "id",
  note="Tidore Indonesian: a rename reported done by someone else, the writer's request withdrawn.")

M("swiss-done-thanks-new-key", "2028-06-07 08:05:00",
  ("Dr. Urs Meier", "urs.meier@polibatam.ac.id"),
  "Re: [P4M-2028-1044] Enrolment key Control Systems",
  """Grüezi,

The key of Control Systems is now CTRL-ws28 as I asked, and the first students are in. Many thanks for the quick work.

Urs Meier""", "other", "en", client="thunderbird",
  note="A Swiss colleague thanks for a key change, naming the new key it now has.")

M("italian-next-year-rename", "2028-06-07 10:40:00",
  ("Prof. Giulia Romano", "giulia.romano@polibatam.ac.id"),
  "Course name for next academic year",
  """Dear colleagues,

For your information: from the next academic year our programme would like Industrial Design to be called Product Design Studio. The curriculum board still has to approve it in September, and I will send the formal request afterwards.

Kind regards,
Giulia Romano""", "other", "en",
  note="An Italian professor tells of a rename for next year, its approval and request to come.")

M("nepal-is-it-allowed-two-names", "2028-06-07 14:00:00",
  ("Dr. Prakash Adhikari", "prakash.adhikari@polibatam.ac.id"),
  "Question about course names",
  """Namaste,

Is it allowed for a course to have a different name on e-learning than in the official curriculum? For example an English name for an international class. I ask only to understand the policy before we discuss it in our programme.

Regards,
Prakash Adhikari""", "other", "en",
  note="A Nepali colleague asks whether a course may carry a name other than the curriculum's: policy, nothing asked.")

M("hokkien-siakad-dosen-salah", "2028-06-08 09:30:00",
  ("Lim Wei Sheng", "lim.weisheng@students.polibatam.ac.id"),
  "dosen di KRS salah",
  """Halo kak,

Gua mau tanya, di KRS gua MK Fisika Dasar dosennya tertulis Pak Tan, padahal yang ajar kita Bu Susanti. Di e-learning udah betul kok Bu Susanti. Ini yang benerin bagian mana ya kak?

Thanks,
Wei Sheng""", "other", "id", client="iphone",
  note="Medan Hokkien Indonesian: a lecturer wrong in the study plan (another office's record); e-learning is right.")

M("russian-room-moved", "2028-06-08 11:15:00",
  ("Dr. Olga Smirnova", "olga.smirnova@polibatam.ac.id"),
  "Numerical Methods moved to room B-304",
  """Good morning,

Just so you know, from next week my Numerical Methods lectures move from room A-201 to room B-304, Thursday 10:00 instead of Wednesday. My students already know from the class group, so nothing is needed on e-learning.

Olga Smirnova""", "other", "en", client="outlook",
  note="A Russian colleague tells of a room and day change, nothing to do on e-learning.")

# ---------------------------------------------------------------- a lecturer added or taken off (course data) vs trouble getting in (support)

M("sudan-add-colleague-team", "2028-06-08 14:30:00",
  ("Dr. Amira Osman", "amira.osman@polibatam.ac.id"),
  "Team teaching Water Treatment",
  """Dear P4M,

This semester I share Water Treatment Technology (LH3102) with Dr. Hasan Basri. Could you please add him to the course as a second teacher? I remain the coordinator.

Thank you,
Amira Osman""", "course_data", "en",
  cd("LH3102", "Water Treatment Technology", lecturer="Dr. Hasan Basri"),
  note="A Sudanese colleague asks a second lecturer added (team teaching), the first stays.")

M("manado-tambah-dosen-kedua", "2028-06-09 08:50:00",
  ("Stevie Rumengan", "stevie.rumengan@polibatam.ac.id"),
  "tambah dosen MK Sistem Digital",
  """Pagi P4M,

Mohon di course Sistem Digital (EL1207) ditambahkan Grace Tumbel, S.T., M.Eng. sebagai pengampu kedua. Torang team teaching semester ini, kita tetap jadi pengampu utama.

Makase,
Stevie""", "course_data", "id",
  cd("EL1207", "Sistem Digital", lecturer="Grace Tumbel, S.T., M.Eng."),
  note="A second lecturer asked added (team teaching) in Indonesian: course data.")

M("hungarian-student-add-me", "2028-06-09 10:20:00",
  ("Bence Kovacs", "bence.kovacs@students.polibatam.ac.id"),
  "Please add me to Robotics course",
  """Hi,

I am an exchange student from Budapest. I registered for Robotics (MK3201) but I cannot find the course on e-learning and the enrolment key my lecturer gave does not work. Can you please add me to the course?

Thank you,
Bence Kovacs""", "elearning_support", "en",
  note="A Hungarian exchange student asks to be added to a course he cannot enter: enrolment trouble.")

M("brazil-teacher-cannot-see", "2028-06-09 13:10:00",
  ("Dr. Rafael Souza", "rafael.souza@polibatam.ac.id"),
  "I do not see my course",
  """Olá,

I am listed as the lecturer of Renewable Energy Systems (EN3301) on the course page, my name is there, but the course does not appear on my dashboard and I cannot edit anything. Can you check my access?

Obrigado,
Rafael Souza""", "elearning_support", "en",
  note="A Brazilian colleague already shown as the lecturer who cannot reach his course: access trouble.")

M("taiwan-remove-me-lecturer", "2028-06-10 09:00:00",
  ("Dr. Chen Yu-ting", "chen.yuting@polibatam.ac.id"),
  "Please take me off Signals and Systems",
  """Dear P4M team,

I no longer teach Signals and Systems (EE2203) since this term, so please remove me from the course as lecturer. Mr. Arif Rahman continues alone.

Thank you,
Chen Yu-ting""", "course_data", "en",
  cd("EE2203", "Signals and Systems"),
  note="A Taiwanese colleague asks to be taken off a course as lecturer: a lecturer change, no new value.")

# ---------------------------------------------------------------- a change asked without its value (course data) vs another record

M("manggarai-sesuaikan-sk", "2028-06-10 11:30:00",
  ("Maria Goreti Nggarang", "goreti.nggarang@polibatam.ac.id"),
  "Nama MK sesuai SK",
  """Selamat siang,

Mohon nama MK Teknik Tenaga Listrik (EL2301) di e-learning disesuaikan dengan SK Direktur tentang kurikulum yang baru, namanya ikut lampiran SK itu saja. Mahasiswa bingung karena berbeda.

Terima kasih,
Goreti""", "course_data", "id",
  cd("EL2301", "Teknik Tenaga Listrik"),
  note="Manggarai Indonesian: a rename asked now whose value is in another document: course data, no value.")

M("kutai-jadwal-siakad-bukan", "2028-06-10 14:45:00",
  ("Dayang Norhayati", "dayang.norhayati@polibatam.ac.id"),
  "jadwal kuliah Akuntansi Biaya",
  """Siang,

Jadwal kuliah Akuntansi Biaya di SIAKAD masih hari Senin, padahal sudah disepakati pindah ke Rabu. Kalau di e-learning tidak ada masalah. Mohon info ini diteruskan ke bagian yang mengurus jadwal ya.

Dayang""", "other", "id",
  note="Kutai Indonesian: a timetable wrong in the academic system, to be passed to its office; e-learning is fine.")

M("minahasa-kelas-pindah-course", "2028-06-11 08:40:00",
  ("Novita Wowor", "novita.wowor@polibatam.ac.id"),
  "course Akuntansi Dasar salah kelas",
  """Pagi P4M,

Course Akuntansi Dasar (AK1101) saya di e-learning terhubung ke kelas AK-1C, padahal yang saya ajar AK-1A. Mohon dipindah ke kelas AK-1A supaya mahasiswa saya bisa masuk.

Makase banyak,
Novita""", "course_data", "id",
  cd("AK1101", "Akuntansi Dasar", **{"class": "AK-1A"}),
  note="Minahasa Indonesian: a course on the wrong class, moved to the right one asked now; students' access is the reason.")

M("italian-thanks-swap-done", "2028-06-11 10:00:00",
  ("Dr. Marco Bianchi", "marco.bianchi@polibatam.ac.id"),
  "Re: Lecturer for Fluid Machines",
  """Hello again,

I see that Dr. Wulandari now appears as lecturer of Fluid Machines instead of me. Exactly what we needed, grazie mille.

Marco""", "other", "en",
  note="An Italian colleague thanks: the lecturer change he asked shows now.")

# ================================================================ batch 2

if BATCH >= 2:
    # ------------------------------------------------------------ a change made wrongly: set right asked, or only told
    M("banten-surat-koreksi-pengampu", "2028-06-12 08:15:00",
      ("Sekretariat Prodi Teknik Mesin", "prodi.mesin@polibatam.ac.id"),
      "Koreksi penggantian pengampu",
      """Nomor  : 114/PL29/TM/2028
Perihal: Koreksi penggantian pengampu

Yth. Kepala P4M,

Menindaklanjuti penggantian pengampu yang telah dilakukan pada tanggal 8 Juni 2028, terdapat kekeliruan kelas. Bersama ini kami mohon agar pengampu MK Elemen Mesin (ME2203) kelas ME-2A dikoreksi menjadi Rudi Hartono, S.T., M.T., sedangkan kelas ME-2C dikembalikan kepada pengampu sebelumnya.

Demikian, atas kerja samanya kami ucapkan terima kasih.

Sekretariat Prodi Teknik Mesin""", "course_data", "id",
      cd("ME2203", "Elemen Mesin", lecturer="Rudi Hartono, S.T., M.T."), client="outlook",
      note="A formal letter from Banten's register: a lecturer change made on the wrong class, corrected with its value.")

    M("finnish-change-it-back", "2028-06-12 10:30:00",
      ("Dr. Aino Virtanen", "aino.virtanen@polibatam.ac.id"),
      "Re: Course rename",
      """Hi,

Something went wrong with the rename: my course Heat Transfer (ME3105) is now called Heat and Mass Transfer, which is the name of my colleague's course. Please change it back to Heat Transfer as soon as you can, students are confused.

Aino""", "course_data", "en", cd("ME3105", fullname="Heat Transfer"),
      note="A Finnish colleague: a rename gone wrong and its undoing asked now, the old name given.")

    M("american-adjunct-not-happy", "2028-06-12 14:00:00",
      ("Kevin Walsh", "kevin.walsh@polibatam.ac.id"),
      "Course title changed without asking",
      """Hello,

Whoever changed the title of my Technical Writing course did it without checking with me first. Not happy about that. I have raised it with the program chair and we will sort it out between us.

Kevin Walsh
Adjunct Lecturer, English""", "other", "en",
      note="An American adjunct complains of a rename made without his word, taken to the chair: no change asked.")

    M("palu-salah-ketik-sudah-betul", "2028-06-13 08:45:00",
      ("Moh. Rizal Lamasitudju", "rizal.lamasitudju@polibatam.ac.id"),
      "nama course sempat salah",
      """Siang P4M,

Cuma mau kase tau, setelah perubahan kemarin nama course Geoteknik sempat salah ketik jadi Geotenik. Tapi sudah saya betulkan sendiri lewat pengaturan, sekarang sudah benar. Tidak perlu ditindaklanjuti.

Rizal""", "other", "id",
      note="Palu Indonesian: a slip after a change, fixed by the writer himself; told for the record.")

    M("ukraine-done-by-admin-fyi", "2028-06-13 11:10:00",
      ("Admin Prodi Akuntansi", "admin.akuntansi@polibatam.ac.id"),
      "FYI pengampu Audit sudah kami ubah",
      """Dear P4M,

FYI, the lecturer of Auditing (AK3102) has already been updated by our program admin account to Oksana Kovalenko, M.Ak., so you do not need to do anything for that course.

Regards,
Admin Prodi Akuntansi""", "other", "en",
      note="A programme office reports a lecturer change it made itself with its own account: nothing asked.")

    M("kendari-sudah-jadi-makasih", "2028-06-13 15:30:00",
      ("Wa Ode Nurhayati", "waode.nurhayati@polibatam.ac.id"),
      "Re: ganti nama MK",
      """Sore,

Sudah saya cek, nama MK-nya sekarang sudah jadi Manajemen Rantai Pasok, mahasiswa juga sudah bisa lihat. Makasih banyak tim.

Wa Ode""", "other", "id",
      note="Kendari Indonesian: thanks after a rename, its new name quoted.")

    # ------------------------------------------------------------ asked whether it may be, another record, a plan
    M("sikka-boleh-ganti-tengah-semester", "2028-06-14 08:20:00",
      ("Fransiskus Moa", "frans.moa@polibatam.ac.id"),
      "tanya aturan ganti pengampu",
      """Selamat pagi,

Mau tanya aturannya, apakah pengampu MK boleh diganti di tengah semester, atau harus menunggu semester berikut? Ini untuk jaga-jaga saja, belum ada yang mau diganti.

Salam,
Frans""", "other", "id",
      note="Sikka (Flores) Indonesian: whether a lecturer may be changed mid-term, nothing to change.")

    M("timor-khs-sks-salah", "2028-06-14 10:00:00",
      ("Jose da Costa Belo", "jose.belo@students.polibatam.ac.id"),
      "SKS di KHS salah",
      """Bom dia kakak,

Di KHS saya MK Kalkulus II tertulis 2 SKS, padahal seharusnya 3 SKS. Di e-learning sudah benar 3 SKS. Kalau begitu saya lapor ke BAAK atau ke prodi?

Obrigado,
Jose""", "other", "id", client="iphone",
      note="A Timorese student: credits wrong in the study results (another office's record), e-learning right.")

    M("greek-lab-room-info", "2028-06-14 13:20:00",
      ("Dr. Nikos Papadopoulos", "nikos.papadopoulos@polibatam.ac.id"),
      "Lab sessions of Microcontrollers",
      """Dear all,

For information only: the lab sessions of Microcontrollers (EL2305) will be held in Lab Embedded 2 instead of Lab Embedded 1 from 20 June, because of renovation. I have told the students in class already. No change is needed on the course page.

Nikos""", "other", "en", client="thunderbird",
      note="A Greek colleague tells of a lab room change; nothing to change on e-learning.")

    M("cirebon-semester-ngarep-sks", "2028-06-15 09:00:00",
      ("Casmadi", "casmadi@polibatam.ac.id"),
      "sks MK Gambar Teknik",
      """Pagi P4M,

Semester ngarep MK Gambar Teknik kayane dadi 3 SKS, tapi durung pasti, isih nunggu rapat kurikulum. Mengko nek wis fix kula kabari maning.

Casmadi""", "other", "id",
      note="Cirebon Javanese: a credit change for next term, not decided, its request to come.")

    # ------------------------------------------------------------ a lecturer added or taken off vs getting in
    M("austrian-coteacher-rights", "2028-06-15 11:30:00",
      ("Dr. Lukas Gruber", "lukas.gruber@polibatam.ac.id"),
      "Co-teaching Production Planning",
      """Dear colleagues,

From this week Dipl.-Ing. Anna Huber joins me in teaching Production Planning (MT3108). I would be grateful if she could be added to the course on e-learning as co-lecturer, with the same rights as mine.

With best regards,
Lukas Gruber""", "course_data", "en",
      cd("MT3108", "Production Planning", lecturer="Dipl.-Ing. Anna Huber"), client="outlook",
      note="An Austrian colleague asks a co-lecturer added in a conditional polite form.")

    M("cirebon-tulung-tambahna-dosen", "2028-06-15 14:15:00",
      ("Nurhasanah", "nurhasanah@polibatam.ac.id"),
      "tambah pengampu",
      """Pak/Bu,

tulung MK Statistika Bisnis (MB2104) tambahna Drs. Kusnadi, M.Si. dadi pengampu bareng kula, semester iki team teaching.

Nuwun,
Nurhasanah""", "course_data", "id",
      cd("MB2104", "Statistika Bisnis", lecturer="Drs. Kusnadi, M.Si."),
      note="Cirebon Javanese: a second lecturer asked added, team teaching.")

    M("uzbek-replace-me-add-me", "2028-06-16 08:40:00",
      ("Dr. Aziz Karimov", "aziz.karimov@polibatam.ac.id"),
      "Teaching Operations Research now",
      """Hello,

I take over Operations Research (TI3201) from Dr. Hendro Wibisono, who has retired. Please add me to the course as the lecturer and remove his name, so the students see the right person.

Thank you,
Aziz Karimov""", "course_data", "en",
      cd("TI3201", "Operations Research", lecturer="Aziz Karimov"),
      note="An Uzbek colleague takes a course over: 'add me as the lecturer' is a lecturer change.")

    M("banten-dilepas-dari-pengampu", "2028-06-16 10:50:00",
      ("Ahmad Jazuli", "ahmad.jazuli@polibatam.ac.id"),
      "lepas nama dari MK",
      """Assalamualaikum,

Mohon nama saya dilepas dari pengampu MK Kewirausahaan (KW1101), karena mulai semester ini MK tersebut dipegang penuh oleh dosen prodi Manajemen. Terima kasih.

Ahmad Jazuli""", "course_data", "id",
      cd("KW1101", "Kewirausahaan"),
      note="Banten Indonesian: the writer asks to be taken off a course as lecturer, no new value.")

    M("kendari-sudah-ditambah-tak-bisa-edit", "2028-06-16 13:30:00",
      ("La Ode Safiuddin", "laode.safiuddin@polibatam.ac.id"),
      "tidak bisa edit course",
      """Siang P4M,

Saya sudah ditambahkan sebagai pengampu kedua di MK Hukum Bisnis minggu lalu, nama saya juga sudah muncul di daftar pengajar. Tapi tombol Edit mode tidak ada, saya tidak bisa upload materi. Mohon dibantu.

La Ode""", "elearning_support", "id",
      note="Kendari Indonesian: already added as second lecturer, yet no editing: access trouble, not a lecturer change.")

    M("mongolian-student-move-me", "2028-06-17 09:00:00",
      ("Batbayar Ganbold", "batbayar.ganbold@students.polibatam.ac.id"),
      "wrong class in Physics course",
      """Hello admin,

I was moved to class TI-1B in the academic system, but on e-learning I am still in the Physics course of TI-1A and cannot see the TI-1B course. Please move me to the right course.

Thanks,
Batbayar""", "elearning_support", "en", client="iphone",
      note="A Mongolian student asks to be moved to his class's course: enrolment, not a class change of the course.")

    M("palu-kode-disamakan-kurikulum", "2028-06-17 11:20:00",
      ("Sitti Rahma", "sitti.rahma@polibatam.ac.id"),
      "kode MK belum sesuai",
      """Pagi,

Kode MK Perpajakan I di e-learning masih kode kurikulum lama. Tolong disamakan dengan kode di kurikulum 2028, daftar kodenya ada di prodi. Makase.

Sitti""", "course_data", "id", cd(name="Perpajakan I"),
      note="Palu Indonesian: a code to be made the same as the curriculum's, its value elsewhere: asked now.")

    M("ketua-kelas-dosen-masih-tertulis", "2028-06-17 14:40:00",
      ("Ilona Rahmawati", "ilona.rahmawati@students.polibatam.ac.id"),
      "Dosen di course Basis Data",
      """Halo kak P4M,

Saya ketua kelas IF-2A. Di course Basis Data kami, dosennya masih tertulis Pak Andi, padahal sejak minggu ketiga yang mengajar Dewi Kartika, M.Kom. Mohon diganti supaya tugas kami terkirim ke dosen yang benar.

Terima kasih,
Ilona""", "course_data", "id",
      cd(name="Basis Data", lecturer="Dewi Kartika, M.Kom."),
      note="A class representative asks the lecturer on the course changed, the new one named.")

# ================================================================ batch 3

if BATCH >= 3:
    # ------------------------------------------------------------ trouble told with course words (support)
    M("norwegian-renamed-app-missing", "2028-06-19 08:30:00",
      ("Dr. Ingrid Haugen", "ingrid.haugen@polibatam.ac.id"),
      "Course gone from the app after rename",
      """Hi P4M,

Since my course was renamed to Marine Engineering II last week, it no longer shows in the Moodle app on my students' phones. On the website it is there with the new name, which is correct. Could you look at why the app lost it?

Ingrid Haugen""", "elearning_support", "en",
      note="A Norwegian colleague: a fault after a rename done right; the new name is only what is correct.")

    M("mandailing-nilai-hilang-setelah-ganti", "2028-06-19 10:40:00",
      ("Ali Imran Nasution", "aliimran.nasution@polibatam.ac.id"),
      "nilai hilang setelah ganti pengampu",
      """Horas P4M,

Setelah pengampu MK Fisika Terapan diganti ke saya minggu lalu, nilai tugas 1 sampai 3 yang diinput dosen sebelumnya tidak kelihatan lagi di gradebook. Mohon dicek, apakah bisa dikembalikan nilainya.

Ali Imran""", "elearning_support", "id",
      note="Mandailing Indonesian: grades gone after a lecturer change; what is asked back is grades, not a field.")

    M("danish-summary-save-error", "2028-06-19 13:50:00",
      ("Dr. Mette Nielsen", "mette.nielsen@polibatam.ac.id"),
      "Cannot save course summary",
      """Hello,

I tried to update the summary of my course Sustainable Design myself, but every time I press Save changes I get "Error writing to database". I would rather do it myself than bother you with the text, so could you check the error?

Mette""", "elearning_support", "en",
      note="A Danish colleague changes a field herself and hits an error: support.")

    M("gorontalo-cara-tambah-dosen", "2028-06-20 08:15:00",
      ("Rahmawati Hulopi", "rahmawati.hulopi@polibatam.ac.id"),
      "cara tambah dosen team teaching",
      """Selamat pagi,

Bagaimana caranya saya sendiri menambahkan rekan dosen team teaching ke course saya? Saya cari di menu Participants tapi tidak ketemu tombol Enrol users. Mohon petunjuknya.

Rahmawati""", "elearning_support", "id",
      note="Gorontalo Indonesian: how to add a co-lecturer oneself, a how-to question.")

    # ------------------------------------------------------------ a lecturer put on a course or moved to a class (course data)
    M("kazakh-enrol-colleague-teacher", "2028-06-20 10:05:00",
      ("Dr. Aigerim Sadykova", "aigerim.sadykova@polibatam.ac.id"),
      "Teacher role for a colleague",
      """Dear P4M team,

Please enrol Dr. Yerlan Abenov as a teacher in my course Data Mining (IF3306); he takes over the practical sessions this semester. I stay on as the lecturer.

Best wishes,
Aigerim Sadykova""", "course_data", "en",
      cd("IF3306", "Data Mining", lecturer="Dr. Yerlan Abenov"),
      note="A Kazakh colleague asks a colleague enrolled as a teacher: a lecturer added, not enrolment trouble.")

    M("sumbawa-alihkan-akses-pengganti", "2028-06-20 13:30:00",
      ("Lalu Syamsul Hadi", "syamsul.hadi@polibatam.ac.id"),
      "pengganti saya MK Mekatronika",
      """Pagi P4M,

Mulai minggu depan saya tugas belajar. MK Mekatronika (MT2201) digantikan oleh Yudi Prasetyo, S.T., M.T. Mohon pengampu di e-learning dialihkan ke beliau.

Lalu Syamsul""", "course_data", "id",
      cd("MT2201", "Mekatronika", lecturer="Yudi Prasetyo, S.T., M.T."),
      note="Sumbawa Indonesian: the successor named, the course handed over asked now.")

    M("peru-could-move-evening-class", "2028-06-21 09:20:00",
      ("Dr. Lucia Quispe", "lucia.quispe@polibatam.ac.id"),
      "Evening class for Hydraulics?",
      """Hola,

Could my course Hydraulics (TS2104) be moved to class TS-2E Evening? All my students this term are working students and the course is now under TS-2A.

Gracias,
Lucia Quispe""", "course_data", "en",
      cd("TS2104", "Hydraulics", **{"class": "TS-2E Evening"}),
      note="A Peruvian colleague asks, as a question, a course moved to another class: course data.")

    # ------------------------------------------------------------ told, not asked (other)
    M("saudi-next-term-lecturer-letter", "2028-06-21 11:00:00",
      ("Dr. Faisal Al-Harbi", "faisal.alharbi@polibatam.ac.id"),
      "Lecturer of Quality Control next semester",
      """Dear P4M,

The head of department asked me to let you know that from next semester Quality Control will be taught by Dr. Rina Kusuma instead of me. The official letter will follow once the decree is signed; nothing needs to be done before that.

Regards,
Faisal Al-Harbi""", "other", "en",
      note="A Saudi colleague tells of a lecturer change for next term, its letter to come.")

    M("bengkulu-sk-arsip-sudah", "2028-06-21 14:10:00",
      ("Dedi Supriadi", "dedi.supriadi@polibatam.ac.id"),
      "SK pengampu untuk arsip",
      """Yth. P4M,

Terlampir SK pengampu MK Termodinamika untuk arsip P4M. Perubahan pengampu di e-learning sudah dilakukan oleh admin prodi minggu lalu, jadi ini hanya untuk kelengkapan berkas.

Dedi""", "other", "id",
      note="Bengkulu Indonesian: a decree sent for the file, the change already made by the programme.")

    M("ethiopian-angry-wrong-credits", "2028-06-22 08:00:00",
      ("Dr. Dawit Bekele", "dawit.bekele@polibatam.ac.id"),
      "About the credits change",
      """Dear team,

I must say I am disappointed: the credits of Engineering Economics were set to 2 by mistake although the curriculum says 3. The programme office has already corrected it this morning, so it is fine now. Please be more careful next time.

Dawit Bekele""", "other", "en",
      note="An Ethiopian colleague complains of a change made by mistake, already put right by the programme.")

    M("chile-is-it-possible-merge", "2028-06-22 10:30:00",
      ("Dr. Camila Rojas", "camila.rojas@polibatam.ac.id"),
      "Two sections one course?",
      """Hi,

Is it possible in principle to have two class sections share one e-learning course? We are only thinking about it for next year and have not decided anything.

Camila Rojas""", "other", "en",
      note="A Chilean colleague asks whether a merge is possible in principle, for next year, undecided.")

    M("belgian-merge-now", "2028-06-22 13:00:00",
      ("Dr. Pieter Claes", "pieter.claes@polibatam.ac.id"),
      "Merge sections of Strength of Materials",
      """Hello,

Please merge the two class sections of Strength of Materials (ME2102), ME-2A and ME-2B, into one course, as they are taught together this semester.

Regards,
Pieter Claes""", "course_data", "en",
      cd("ME2102", "Strength of Materials"),
      note="A Belgian colleague asks two sections merged now: a class change, its value not one string.")

    M("gorontalo-siakad-kelas-salah", "2028-06-22 15:30:00",
      ("Fadli Mohamad", "fadli.mohamad@students.polibatam.ac.id"),
      "kelas saya di siakad",
      """Permisi kak,

Di SIAKAD saya tercatat di kelas TI-2C, padahal saya kelas TI-2A. Course di e-learning saya sudah benar kelas TI-2A. Ini urusan BAAK kah kak?

Fadli""", "other", "id", client="iphone",
      note="Gorontalo Indonesian: a student's class wrong in the academic system; e-learning right.")

    M("portugal-thanks-class-moved", "2028-06-23 09:00:00",
      ("Dr. Joao Ferreira", "joao.ferreira@polibatam.ac.id"),
      "Re: Move Thermal Systems to evening class",
      """Bom dia,

Thermal Systems is under MK-3B Evening now and my working students are all in. Exactly what we needed. Muito obrigado to the team!

Joao""", "other", "en",
      note="A Portuguese colleague thanks: the class move he asked shows now.")

E.PLAN = {}
for m in E.MAILS:
    E.PLAN[m["type"]] = E.PLAN.get(m["type"], 0) + 1

if __name__ == "__main__":
    sys.exit(E.main())
