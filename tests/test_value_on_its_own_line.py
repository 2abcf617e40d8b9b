"""A key set apart on a line of its own after "pakai ini saja:" / "use this one:" is the value whole, its closing "!"
included (alone on its line it is no exclamation); in running prose a closing "!" stays unclaimed. Written before the
rule, in voices tune39 (where the kind was found: a Papuan class representative correcting his first mail) does not
use."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes

APART = (
    (
        "Maaf, saya salah ketik kemarin. Enrolment key-nya pakai ini saja:\n\nMekatronika#26!\n\nTerima kasih.",
        "Mekatronika#26!",
    ),
    (
        "Sorry, wrong key in my first mail. For the enrolment key please use this one:\n\nOcean-Eng_2026!\n\nCheers",
        "Ocean-Eng_2026!",
    ),
    ("Punten, kunci pendaftaran diganti nya, gunakan ini:\nSunda@Kawung7\nHatur nuhun.", "Sunda@Kawung7"),
)


@pytest.mark.parametrize(("text", "key"), APART, ids=("pakai-ini-saja", "use-this-one", "gunakan-ini"))
def test_a_key_on_a_line_of_its_own_after_use_this_is_the_value(text: str, key: str) -> None:
    assert [(change.field, change.value) for change in find_changes(text, None)] == [("enrolment_key", key)]


def test_a_closing_exclamation_in_prose_is_still_not_claimed() -> None:
    text = "Tolong enrolment key diganti menjadi Mekatronika#26! Mahasiswa sudah menunggu."
    assert find_changes(text, None) == () or find_changes(text, None)[0].value == "Mekatronika#26"


# A list item is no exclamation either: "3) Enrolment key menjadi X!" ends its item, not a shout. Found in tune43 (a
# numbered list from Zimbra); new voices here.
IN_A_LIST = (
    (
        "Mohon untuk MK Statika:\na. Nama singkat jadi STATIKA-1\nb. Enrolment key ganti ke Beton#2027!\nMakasih.",
        "Beton#2027!",
    ),
    (
        "For Marine Biology please:\n- update the short name to MARBIO\n- set the enrolment key to Coral_Reef9!",
        "Coral_Reef9!",
    ),
)


@pytest.mark.parametrize(("text", "key"), IN_A_LIST, ids=("lettered", "dashed"))
def test_a_key_ending_a_list_item_keeps_its_mark(text: str, key: str) -> None:
    assert {change.field: change.value for change in find_changes(text, None)}["enrolment_key"] == key
