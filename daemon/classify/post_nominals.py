"""What may follow a person's name after its commas: degrees, then what a professional adds to them."""

from __future__ import annotations

from daemon.classify.wording import TITLE_SUFFIX

# What a professional writes after a post-nominal: an engineer's licence class after the licence ("AMEL B1",
# "AMEL B1/B2", "AMEL B1.1"), an officer's grade or a physician's sub-specialty after a hyphen ("ANT-I", "ATT-II",
# "Sp.PD-KGEH"), a consultant's "(K)" ("Sp.OG(K)"); and the university that gave the degree, in brackets
# ("M.Sc. (Kyushu)", "Ph.D. (INSA Lyon)"), never a role, a side or a note ("M.T. (Koordinator)", "(baru)", "(TBA)"),
# nor what follows a licence ("AMEL B1 (GMF)" names the employer).
_LICENCE_CLASS = r"(?<=[A-Z]{2})[ \t]+[A-C]\d(?:\.\d)?(?:/[A-C]\d(?:\.\d)?){0,3}"
_GRADE = r"-(?:[IVX]{1,4}|[A-Z]{2,6})(?![\w-])|\([A-Z]{1,3}\)"
# Nor the unit, the workplace, the kind of appointment or the day written in brackets after the degrees ("M.Kom. (Lab
# Jaringan)", "M.T. (PT Batamindo)", "M.Pd. (dosen LB)", "M.T. (Senin pagi)"): they say where or when, not who.
_NOT_A_SCHOOL = (
    r"Koordinator|Coordinator|Kaprodi|Kajur|Ketua|Head|Dosen|Lecturer|Pengampu|Pengajar|Instruktur|"
    r"Instructor|Tutor|Pengganti|Replacement|Baru|Lama|New|Old|Utama|Main|Tim|Team|Tamu|Guest|TBA|TBC|TBD|NIP|NIDN|"
    r"NIDK|NIK|NUPTK|HP|WA|Telp|Tel|Phone|Email|Lab|Laboratorium|Laboratory|Labkom|Bengkel|Workshop|Studio|Unit|UPT|"
    r"Bagian|Divisi|Division|Prodi|Jurusan|Fakultas|Faculty|Dept|Department|Program|Programme|Kampus|Campus|Gedung|"
    r"Ruang|Room|PT|CV|Praktisi|Practitioner|Industri|Industry|LB|Luar|Honorer|Kontrak|Tetap|Part|Visiting|Adjunct|"
    r"Kelas|Class|Semester|Mulai|Starting|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|Ganjil|Genap|Gasal|Odd|Even|"
    # A note on the change ("(Menggantikan Dr. Y)", "(Bukan Pak X)", "(Acting Head of Programme)").
    r"Menggantikan|Replacing|Replaces|Bukan|Not|Sebelumnya|Previously|Formerly|Mantan|Former|Eks|Ex|Sementara|"
    r"Temporary|Acting|Plt|Plh|Kepala|Wakil|Sekretaris|Dekan|Direktur|Dean|Director|Chair|Manager|Manajer|Staf|Staff|"
    r"Asisten|Assistant|Sesuai|Per|Efektif|Effective|Cuti|Leave|Untuk|For|Masih|Still|Sudah|Belum|Hanya|Only|Lihat|"
    r"See|Ext"
)
# Nor a bracket that names another person ("(Dr. Y's replacement)", "(ganti Pak X)").
_ANOTHER_PERSON = r"(?![^()\n]*?\b(?:Pak|Bu|Bapak|Ibu|Bpk|Mr|Mrs|Ms|Sdr|Sdri|Dr|Prof|Ir)\b)"
# Nor a job title or a workplace, whatever its first word ("(Process Engineering Manager)", "(Senior Automation
# Engineer)", "(Site Supervisor, Kabil)"): a school's name holds none of the words that end a job or name a firm.
_JOB_WORD = (
    r"manager|manajer|engineer|insinyur|supervisor|superintendent|officer|specialist|spesialis|analyst|analis|"
    r"consultant|konsultan|lead|leader|executive|eksekutif|planner|inspector|inspektur|technician|auditor|advisor|"
    r"adviser|founder|owner|pemilik|ceo|cto|coo|cfo|president|presiden|vp|partner|associate|foreman|mandor|operator|"
    r"pengawas|penyelia|director|direktur|coordinator|koordinator|administrator|architect|developer|programmer"
)
_JOB_OR_FIRM = (
    rf"(?![^()\n]*?\b(?i:{_JOB_WORD}|general|senior|junior|chief|head|kepala|ketua|staf|staff|praktisi|practitioner|pt|"
    r"cv|tbk|ltd|inc|corp|company|perusahaan|group|grup|industries)\b)"
)
_SCHOOL = (
    rf"[ \t]+\((?!(?i:{_NOT_A_SCHOOL})\b){_ANOTHER_PERSON}{_JOB_OR_FIRM}"
    r"[A-Z][A-Za-z'&.-]*+(?:[ \t]+[A-Z][A-Za-z'&.-]*+){0,3}\)"
)
# Capitals before a number label the number ("M.Stat. NIDN 1012038501", "M.Cs. HP 0812-7788-1234", "NIP:
# 1968..."): an identity number or a phone follows the name, no degree.
_NUMBER_LABEL = r"(?:[A-Z]{2,6}|Telp|Tel|Hp|No)\.?[ \t]*+[:.]?[ \t]*+[+(]?\d"
# Capitals after a blank, with no comma before them, are a degree only when a known one ("M.A. TESOL", "Ak. CA", "ST
# MT" typed on a phone); other capitals there say where the person works or what follows ("M.T. KBK Energi", "M.T.
# TRPL", "M.T. PIC", "M.T. MULAI SENIN").
_BARE_DEGREE = (
    r"(?:TESOL|MBA|MPA|MPH|PhD|CPA|CA|CFA|CMA|ACCA|FRM|IPM|IPU|IPP|AMEL|ATPL|PMP|CISSP|CISA|CISM|ST|MT|SE|MM|SH|MH|"
    r"SS|MA|BA|SKM|MKM|DBA)\b"
)
_UNCOMMA_CAPITALS = rf"(?:(?<=,)|(?<=,[ \t])|(?!(?!{_BARE_DEGREE})[A-Z]{{2,6}}\b(?![.-])))"
# Nor capitals that open a job title ("Stefanie Wirawan, QA Manager", "..., HSE Officer", "..., IT Lead").
_JOB_TITLE = rf"[A-Z]{{2,6}}[ \t]+(?i:{_JOB_WORD})\b"
POST_NOMINAL = (
    rf"(?!{_NUMBER_LABEL})(?!{_JOB_TITLE}){_UNCOMMA_CAPITALS}{TITLE_SUFFIX}(?:(?:{_LICENCE_CLASS}|{_GRADE}|{_SCHOOL})(?=[\s,;)?!]|\.(?!\w)|$)|"
    r"(?=[\s,;)?!]|$))"
)
# A nickname in quotes between the given name and the family name (Muhammad "Iwan" Setiawan): part of the name as
# written, never its end.
NICKNAME = r"[\"“][A-ZÀ-ÖØ-Þ][^\W\d_]++[\"”](?=[ \t]+[A-ZÀ-ÖØ-Þ])"
