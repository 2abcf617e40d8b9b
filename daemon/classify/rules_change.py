"""The pattern of a course change asked with the value the field is to take, whatever trouble the mail tells first."""

from __future__ import annotations

from daemon.classify.keyword_rule import CHANGE

FIELD_TO_VALUE = (
    # A course field with the value it is to become ("reset the enrolment key to X", "ganti nama MK ke Y", "mohon ubah
    # kode MK menjadi Z"), or set or used as the value: "set the short name of that course to X", "make the key X".
    # The writer's own attempt at a fault ("sudah saya coba ubah nama jadi .docx", "tried to rename it to X") is none.
    r"\b(?<!sudah )(?<!telah )(?<!have )(?<!has )(?<!coba )(?<!mencoba )(?<!tried to )(?<!trying to )"
    r"(?:" + CHANGE + r"|set|make|use|atur|diatur|pakai|dipakai|"
    r"gunakan|digunakan)(?: (?:the|its|my|our|his|her|nya))?"
    r" (?:enrol(?:l)?ment key|enrol key|kunci pendaftaran|short ?name|"
    r"nama(?: singkat| pendek| course| matakuliah)?|kode(?: course| matakuliah)?|sks|credits?|"
    r"(?:dosen )?pengampu(?:nya)?|lecturer|course name|course code|key(?:-?nya)?)"
    r"(?: [a-z0-9-]+){0,4}? (?:to|into|menjadi|jadi|ke|as)\b|"
    # a course moved to another term: "mohon dipindahkan ke semester Genap", "move it to the even semester"
    r"\b(?<!sudah )(?<!telah )(?<!been )(?<!was )(?:(?:(?:di|me)?pindah(?:kan)?|" + CHANGE + r") "
    r"(?:ke|to|into|menjadi|jadi) (?:the )?semester|"
    r"move[ds]? (?:it |the course )?(?:to|into) (?:the )?"
    r"(?:(?:ganjil|genap|odd|even)(?: semester| term)?|(?:current |next )?(?:semester|term)))\b|"
    # another person given the course as its lecturer: "mohon beliau diberi akses pengajar", "dijadikan pengampu
    # course itu", "please make her the lecturer" (the writer's own missing access is support)
    r"\b(?:beliau|dia|him|her|pak [a-z]+|bu [a-z]+) (?:di|ke)?(?:beri|berikan|kasih|kase|given|be given) "
    r"(?:akses|access)(?: [a-z]+){0,2}? (?:sebagai )?(?:dosen |editing )?(?:pengajar|pengampu|teacher|lecturer)|"
    r"\b(?:di)?jadikan (?:sebagai )?(?:dosen )?pengampu|\bmake (?:him|her|them) (?:the )?(?:lecturer|teacher)|"
    # a person put in the lecturer's place of another: "could you put as lecturer Dr. X instead of M. Y", "show Dr. X
    # as lecturer of Y (Z) instead of Mr. W", "tampilkan Bu X sebagai pengampu, menggantikan Pak Y"
    r"\b(?<!sudah )(?<!telah )(?<!have )(?<!has )(?<!had )(?<!been )(?:put|show|list|display|name|tampilkan|"
    r"cantumkan|tuliskan|tulis)(?: [\w.,'’-]+){0,8}? (?:as|sebagai) (?:the )?(?:lecturer|teacher|instructor|tutor|"
    r"dosen(?: pengampu)?|pengampu|pengajar)(?: [\w().,'’-]+){0,8}? (?:instead of|in place of|replacing|"
    r"menggantikan|bukan lagi)\b|"
    # the writer joining the course's teaching team: "please add me as a second lecturer", "tambahkan saya sebagai
    # dosen team teaching" (a student's "add me to the course" is support)
    r"\badd me (?:to (?:the|this) course )?as (?:a |an |the )?(?:second |additional |extra |another |new )?"
    r"(?:co[ -]?)?(?:lecturer|instructor|teacher|tutor)|"
    r"\b(?:(?:di)?(?:tambahkan|masukkan|daftarkan) (?:saya|sy)|(?:saya|sy) di(?:tambahkan|masukkan|daftarkan)) "
    r"(?:sebagai (?:dosen|pengajar|pengampu)|ke tim (?:dosen|pengajar))|"
    # the field made into its value, the course named between: "key-nya MK Robotika (MK2101) dibikin X", "short
    # name-nya dibuat X"; the key called the course's password: "password enrol MK X mohon diganti jadi Y", "the
    # enrolment password for X should be changed to Y" (the writer's own password is support)
    r"\b(?:key|kunci pendaftaran|enrol(?:l)?ment key|short ?name|singkatan|kode|enrol(?:l)?(?:ment)? password|"
    r"password(?:-?nya)? (?:masuk |untuk )?(?:enrol\w*|course|kelas|mk|matakuliah))(?:-?nya)?(?: [a-z0-9()-]+){0,6}? "
    r"(?:(?:di)?(?:buat|bikin)|(?:di)?(?:ganti|ubah) (?:jadi|menjadi)|(?:should|must|needs to) be changed to)\b|"
    # the field first, the verb that makes it its value after: "nama lengkapnya ... diganti menjadi X", "judul
    # course-nya mohon diubah jadi Y", "the instructor listed for X be changed from A to B", "the credits for X need to
    # be updated to 3" (the writer's own name, "nama lengkap saya", is their account; "sudah diganti" is done)
    r"\b(?<!setelah )(?<!sesudah )(?<!sejak )(?<!after )(?<!since )"
    r"(?:nama (?:lengkap|singkat|pendek)(?:nya|-nya)|(?:judul|nama) (?:course|matakuliah|mk|matkul)(?:nya|-nya)|"
    r"(?:full|short|course) ?name|course title|(?:lecturer|instructor|teacher|tutor)(?: (?:on record|listed|"
    r"assigned|in charge))?|credits?|sks(?:nya|-nya)?|(?:dosen )?pengampu(?:nya)?|semester(?:nya|-nya)?)(?! saya| my)"
    r"(?: (?!sudah |telah |already |was |were |has |have )[a-z0-9()-]+){0,8}? "
    r"(?:(?:di)?(?:ganti|ubah|rubah|revisi|perbarui|koreksi|betulkan|benarkan) (?:menjadi|jadi|jd|ke)|dijadikan|"
    r"(?:be|to be|is to be|kindly be) (?:changed|updated|amended|corrected|set|switched|renamed)(?: from(?: [a-z0-9-]+)"
    r"{1,10}?)? (?:to|into))\b|"
    # the value right after the field: "tolong dipakai nama Elektronika Dasar I", "use the name X" ("masih pakai nama
    # kurikulum lama", "still uses the old name": the old value, told)
    r"\b(?<!masih )(?<!still )(?<!tetap )(?<!sudah )(?:dipakai|pakai(?:kan)?|gunakan|digunakan|use) (?:the )?"
    r"(?:nama|name|short ?name|kode|code|singkatan)"
    r"(?! (?:pengguna|user|akun|account|saya|my|lengkap saya|login|lama|old|kurikulum lama|yang lama))\b|"
    # the class set to another class by its code: "please change the class from LG-2A to LG-2A Malam", "kelasnya
    # mohon diubah ke AK-2C" (a student who moves class, "saya pindah kelas dari TI-3A ke TI-3B", asks for access)
    r"\b(?:change|update|correct|set|move|ubah|ganti|perbaiki|koreksi)(?: (?:the|its))? (?:class|kelas(?:nya)?)"
    r"(?: [a-z0-9-]+){0,6}? (?:to|into|ke|menjadi|jadi) [a-z]{1,5}-?[1-8][a-h]\b|"
    r"\bkelas(?:nya)?(?: [a-z0-9-]+){0,6}? di(?:ubah|ganti|pindah(?:kan)?|koreksi|perbaiki)(?: [a-z0-9-]+){0,2}? "
    r"(?:ke|menjadi|jadi) [a-z]{1,5}-?[1-8][a-h]\b"
)

# A change still wanted while its value is awaited: "dosennya tetap harus diganti", "iya tetap diganti ya", "the
# course still needs to be renamed" ("nama lama tetap dipakai" keeps the old value: no change verb).
STILL_WANTED = (
    r"\b(?:tetap|still)(?: (?:harus|perlu|mau|ingin|minta|needs? to be|has to be|must be|to be))? "
    r"(?:di)?(?:ganti|ubah|rubah|tukar|renamed|changed|replaced)\w*"
)
