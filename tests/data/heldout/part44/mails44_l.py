"""Mails for make_holdout44.py: machine mail, labelled auto, part 2 (written by hand)."""

MAILS = [
dict(slug="bounce-gmail-bahasa-indonesia", date="2026-10-03 00:02:11", client="dsn",
     frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), return_path="",
     subject="Delivery Status Notification (Failure)",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "rafi.alfarizy@students.polibatam.ac.id")],
     dsn={"reporter": "mx.google.com",
          "html": """<html>
<head><style>* { font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif; }</style></head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td><h2 style="font-size:24px;font-weight:normal;">Alamat tidak ditemukan</h2></td></tr>
<tr><td style="font-size:16px;">Pesan Anda tidak terkirim ke <a style="color:#212121;text-decoration:none;"><b>rafi.alfarizy@students.polibatam.ac.id</b></a> karena alamat tidak ditemukan, atau tidak dapat menerima email.</td></tr>
<tr><td style="font-size:12px;color:#757575;padding-top:24px;">Respons dari server jarak jauh adalah:<br>550 5.1.1 The email account that you tried to reach does not exist.</td></tr>
</tbody></table>
</body>
</html>
""",
          "per_message": [("Reporting-MTA", "dns; googlemail.com"),
                          ("Received-From-MTA", "dns; helpdesk-p4m@polibatam.ac.id"),
                          ("Arrival-Date", "Fri, 02 Oct 2026 10:01:58 -0700 (PDT)"),
                          ("X-Original-Message-ID", "<tkt-2026-1279.staff@helpdesk.polibatam.ac.id>")],
          "recipients": [[("Final-Recipient", "rfc822; rafi.alfarizy@students.polibatam.ac.id"),
                          ("Action", "failed"), ("Status", "5.1.1"),
                          ("Remote-MTA", "dns; aspmx.l.google.com. (142.250.4.27, the server for the domain students.polibatam.ac.id.)"),
                          ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist."),
                          ("Last-Attempt-Date", "Fri, 02 Oct 2026 10:02:10 -0700 (PDT)")]],
          "returned": [("From", "Helpdesk P4M Polibatam <helpdesk-p4m@polibatam.ac.id>"),
                       ("To", "rafi.alfarizy@students.polibatam.ac.id"),
                       ("Subject", "Re: [P4M #2026-1279] gagal upload tugas video"),
                       ("Date", "Sat, 03 Oct 2026 00:01:57 +0700"),
                       ("Message-ID", "<tkt-2026-1279.staff@helpdesk.polibatam.ac.id>")]},
     body="""
** Alamat tidak ditemukan **

Pesan Anda tidak terkirim ke rafi.alfarizy@students.polibatam.ac.id karena alamat tidak ditemukan, atau tidak dapat menerima email.

Pelajari lebih lanjut di https://support.google.com/mail/?p=NoSuchUser

Respons dari server jarak jauh adalah:
550 5.1.1 The email account that you tried to reach does not exist.
""",
     type="auto", lang="id", fields={},
     note="Gmail bounce in Indonesian for a staff reply sent to a mistyped student address."),

dict(slug="notifikasi-moodle-pengumpulan-tugas", date="2026-11-18 09:14:03", client="machine",
     frm=("Andi Saputra (via E-Learning Polibatam)", "noreply@learning.polibatam.ac.id"),
     subject="Pelatihan Dosen Baru 2026: Andi Saputra telah mengumpulkan tugas Rancangan Course",
     headers=[("Precedence", "Bulk"), ("Auto-Submitted", "auto-generated"),
              ("X-Auto-Response-Suppress", "All"),
              ("List-Unsubscribe", "<https://learning.polibatam.ac.id/message/notificationpreferences.php>"),
              ("X-Course-Id", "412"), ("X-Course-Name", "Pelatihan Dosen Baru 2026")],
     body="""Pelatihan Dosen Baru 2026 -> Tugas -> Rancangan Course

Andi Saputra telah mengumpulkan tugas "Rancangan Course" pada Rabu, 18
November 2026, 09.13.

Lihat kiriman: https://learning.polibatam.ac.id/mod/assign/view.php?id=8821&action=grading

---------------------------------------------------------------------
Anda menerima pesan ini karena Anda terdaftar sebagai pengajar di course
Pelatihan Dosen Baru 2026. Ubah preferensi notifikasi:
https://learning.polibatam.ac.id/message/notificationpreferences.php
""",
     type="auto", lang="id", fields={}),

dict(slug="milis-dosen-list-id-salinan", date="2026-12-14 08:00:31", client="machine",
     frm=("Bagian Akademik Polibatam", "akademik@polibatam.ac.id"),
     to=[("Milis Dosen Polibatam", "dosen@lists.polibatam.ac.id")],
     rcpt="helpdesk-p4m@polibatam.ac.id",
     subject="[Dosen] Batas akhir input nilai Semester Ganjil 2026/2027",
     headers=[("List-Id", "Milis Dosen Polibatam <dosen.lists.polibatam.ac.id>"),
              ("List-Unsubscribe", "<https://lists.polibatam.ac.id/mailman/options/dosen>,\n <mailto:dosen-request@lists.polibatam.ac.id?subject=unsubscribe>"),
              ("List-Post", "<mailto:dosen@lists.polibatam.ac.id>"),
              ("Precedence", "list"),
              ("Sender", "\"Dosen\" <dosen-bounces@lists.polibatam.ac.id>"),
              ("Errors-To", "dosen-bounces@lists.polibatam.ac.id")],
     body="""Yth. Bapak/Ibu Dosen,

Dengan hormat kami ingatkan bahwa batas akhir input nilai akhir Semester
Ganjil 2026/2027 di SIAKAD adalah Rabu, 6 Januari 2027 pukul 23.59 WIB.
Nilai yang diinput melalui e-learning tidak otomatis masuk ke SIAKAD.

Terima kasih.

Bagian Akademik dan Kemahasiswaan
Politeknik Negeri Batam
_______________________________________________
Dosen mailing list
dosen@lists.polibatam.ac.id
https://lists.polibatam.ac.id/mailman/listinfo/dosen
""",
     type="auto", lang="id", fields={},
     note="Copy of a message to the lecturers' mailing list (List-Id, Precedence: list); it reads like a notice but asks the helpdesk for nothing."),
]
