"""Mails for make_holdout44.py: machine mail, labelled auto (written by hand)."""

MAILS = [
dict(slug="ooo-zimbra-umrah-balasan-otomatis", date="2026-10-05 07:01:44", client="zimbra",
     frm=("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
     subject="Balasan Otomatis: [P4M #2026-1301] Penggantian dosen pengampu Statika dan Tegangan",
     headers=[("In-Reply-To", "<tkt-2026-1301.info@helpdesk.polibatam.ac.id>"),
              ("References", "<tkt-2026-1301.info@helpdesk.polibatam.ac.id>"),
              ("Auto-Submitted", "auto-replied (zimbra; vacation)"),
              ("Precedence", "bulk")],
     body="""Assalamualaikum,

Terima kasih atas email Bapak/Ibu. Saya sedang menunaikan ibadah umrah
tanggal 3 s.d. 16 Oktober 2026 dan akses email terbatas. Untuk urusan Prodi
Teknik Mesin yang mendesak, silakan hubungi Sekretaris Prodi di
sekprodi.tm@polibatam.ac.id.

Wassalam,
Bambang Irawan
""",
     type="auto", lang="id", fields={}),

dict(slug="automatic-reply-exchange-en", date="2026-11-10 08:30:05", client="outlook", html_lang="en-US",
     frm=("Melati Kusuma", "melati.kusuma@polibatam.ac.id"),
     subject="Automatic reply: [P4M #2026-1525] Announcement request - Tracer Study 2026",
     headers=[("In-Reply-To", "<tkt-2026-1525.staff@helpdesk.polibatam.ac.id>"),
              ("References", "<tkt-2026-1525.ack@helpdesk.polibatam.ac.id>\n <tkt-2026-1525.staff@helpdesk.polibatam.ac.id>"),
              ("Auto-Submitted", "auto-generated"),
              ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "melati.kusuma@polibatam.ac.id")],
     body="""Thank you for your email. I am accompanying the Career Fair roadshow in
Tanjungpinang from 10 to 13 November 2026 with limited access to email. For
tracer study matters please contact cdc@polibatam.ac.id; I will reply when I
am back on Monday.

Melati Kusuma
Career Development and Alumni Relations Centre
""",
     type="auto", lang="en", fields={}),

dict(slug="bounce-postfix-mailbox-full", date="2026-11-10 06:14:20", client="dsn",
     frm=("Mail Delivery System", "MAILER-DAEMON@mx.polibatam.ac.id"), return_path="", local_origin=True,
     to=[("", "helpdesk-p4m@polibatam.ac.id")],
     subject="Undelivered Mail Returned to Sender",
     headers=[("Auto-Submitted", "auto-replied")],
     dsn={"reporter": "mx.polibatam.ac.id",
          "per_message": [("Reporting-MTA", "dns; mx.polibatam.ac.id"),
                          ("X-Postfix-Queue-ID", "4Qw8Hn2TzLz9rxS"),
                          ("X-Postfix-Sender", "rfc822; helpdesk-p4m@polibatam.ac.id"),
                          ("Arrival-Date", "Tue, 10 Nov 2026 06:13:52 +0700 (WIB)")],
          "recipients": [[("Final-Recipient", "rfc822; r.sitorus@samudra-logistics.co.id"),
                          ("Original-Recipient", "rfc822;r.sitorus@samudra-logistics.co.id"),
                          ("Action", "failed"), ("Status", "5.2.2"),
                          ("Remote-MTA", "dns; mail.samudra-logistics.co.id"),
                          ("Diagnostic-Code", "smtp; 552 5.2.2 <r.sitorus@samudra-logistics.co.id>: Mailbox full")]],
          "returned": [("From", "Helpdesk P4M Polibatam <helpdesk-p4m@polibatam.ac.id>"),
                       ("To", "Ronald Sitorus <r.sitorus@samudra-logistics.co.id>"),
                       ("Subject", "[P4M #2026-1531] Announcement for Manajemen Rantai Pasok class"),
                       ("Date", "Tue, 10 Nov 2026 06:13:51 +0700"),
                       ("Message-ID", "<tkt-2026-1531.ack@helpdesk.polibatam.ac.id>"),
                       ("Auto-Submitted", "auto-replied")]},
     body="""This is the mail system at host mx.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.sitorus@samudra-logistics.co.id>: host
    mail.samudra-logistics.co.id[203.128.71.14] said: 552 5.2.2
    <r.sitorus@samudra-logistics.co.id>: Mailbox full (in reply to RCPT TO
    command)
""",
     type="auto", lang="en", fields={}),
]
