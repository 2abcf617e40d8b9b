"""Where the request sits, in layouts the corpora lack: a letter's own header lines are no quoted mail's header
block, and a request written under a dashed rule below the text it hands over is no signature. Written before the
rules, in other voices than the mail they came from. The Outlook header block with its sending time and the two
signature tests held before the rules: guards that the rules leave those alone."""

from __future__ import annotations

from parsers.body import split_body


def test_a_memo_heading_with_from_and_date_lines_is_the_letter_not_a_quoted_mail() -> None:
    memo = (
        "MEMORANDUM\n\n"
        "To      : Head of P4M\n"
        "From    : Director, International Office\n"
        "Date    : 5 October 2026\n"
        "Subject : Course title for the exchange cohort\n\n"
        "Please rename the e-learning course INT2101 Academic Writing to Academic Writing for Exchange Students "
        "before the cohort arrives.\n\nRegards,\nDirector"
    )
    assert "Please rename the e-learning course INT2101" in split_body(memo).new


def test_a_nota_dinas_heading_in_indonesian_is_the_letter() -> None:
    memo = (
        "NOTA DINAS\n\nNomor : 044/PL29.4/MB/2026\nKepada : Kepala P4M\n"
        "Dari : Ketua Jurusan Manajemen Bisnis\nTanggal : 12 Oktober 2026\nSifat : Segera\n"
        "Hal : Permohonan penggantian dosen\n\n"
        "Dengan hormat, mohon dosen pengampu MB2207 Manajemen Pemasaran di e-learning diganti menjadi Rahmi Syafitri, "
        "S.E., M.M.\n\nKetua Jurusan"
    )
    assert "mohon dosen pengampu MB2207" in split_body(memo).new


def test_an_outlook_header_block_with_its_sending_time_still_opens_the_quoted_mail() -> None:
    reply = (
        "Sudah saya cek, terima kasih.\n\n"
        "From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\n"
        "Sent: Monday, October 12, 2026 9:14 AM\n"
        "To: Rahmi Syafitri\n"
        "Subject: RE: Permohonan penggantian dosen\n\n"
        "Dosen pengampu sudah kami ganti."
    )
    parts = split_body(reply, is_reply=True)
    assert "Dosen pengampu sudah kami ganti" not in parts.new
    assert "Dosen pengampu sudah kami ganti" in parts.quoted


def test_a_request_under_a_dashed_rule_below_the_text_it_hands_over_is_kept() -> None:
    text = (
        "LOMBA DESAIN POSTER K3\n\nDiberitahukan kepada seluruh mahasiswa bahwa lomba poster K3 dibuka sampai "
        "20 November 2026.\n\n--\n"
        "Tolong teks di atas ditayangkan di beranda e-learning mulai besok pukul 07.30 ya.\n\nHendra\nLab K3"
    )
    assert "ditayangkan di beranda e-learning mulai besok pukul 07.30" in split_body(text).new


def test_an_english_request_under_a_dashed_rule_is_kept() -> None:
    text = (
        "Guest Lecture: Port Logistics in the Riau Islands\n\nAll logistics students are invited to ...\n\n-- \n"
        "Please post the text above as a site announcement on Friday at 8 am. Thanks!\n\nWei Ling"
    )
    assert "Please post the text above" in split_body(text).new


def test_a_signature_under_a_dashed_rule_is_still_cut() -> None:
    text = (
        "Mohon nama singkat MK TE2101 diganti menjadi TE2101-GJ26.\n\n-- \nDr. Ir. Slamet Riyadi, M.T.\n"
        "Koordinator Lab Elektronika\nMohon maaf bila balasan saya terlambat.\nTelp. 0778 469858"
    )
    new = split_body(text).new
    assert "TE2101-GJ26" in new
    assert "Koordinator Lab Elektronika" not in new


def test_a_signatures_own_asks_under_a_dashed_rule_are_still_cut() -> None:
    text = (
        "Mohon nama singkat MK TE2101 diganti menjadi TE2101-GJ26.\n\n-- \nRudi Hartono\nBisa dihubungi di WA "
        "0812-7000-1234\nPlease consider the environment before printing this email."
    )
    new = split_body(text).new
    assert "TE2101-GJ26" in new
    assert "0812-7000-1234" not in new
