"""Officials: a one-letter Roman numeral (`V`, `X`) numbering a unit of the post right before its
holder (`Kepala Satgas KPK Wilayah V Dian …`) is the title's, no initial of the holder, even when
the model's person opens with it. Only a unit word that takes a number reads it so (people_roles
`numbered_unit`: Wilayah, Komisi, Regional, Kanwil, Subbid, Divre, Daop, Koarmada, Kelas …); after a
body's name (PT Pertamina V Santoso, Persija X Santoso) or a name's word the same letter is the
holder's initial, and a Balinese `I` after a unit word opens the holder's name. After a class's
numeral the unit's place may come before the holder the model names (Kepala Lapas Kelas I Cipinang
Budi Santoso: `_person_after_number`).

Every sentence here is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import (
    article_officials,
    check_text_officials,
    role_officials,
    role_record,
    text_officials,
)


def test_a_numeral_after_a_unit_word_closes_the_title_the_model_gave_to_the_name() -> None:
    s = '"Kami akan menyurati pemda," kata Kepala Satgas Supervisi KPK Wilayah V Rudi Hartono di Jakarta.'
    mention = "Kepala Satgas Supervisi KPK Wilayah V Rudi Hartono"
    title = "Kepala Satgas Supervisi KPK Wilayah V"
    expected = [role_record(s, mention, "Rudi Hartono", title)]
    assert role_officials(s, [("V Rudi Hartono", "PER")], spans=True) == expected
    assert role_officials(s, [("Rudi Hartono", "PER")], spans=True) == expected


NUMBERED = [
    (
        "Ketua Komisi X DPRD Sumatera Barat Yuliana Sari meninjau sekolah yang rusak itu.",
        "Ketua Komisi X DPRD Sumatera Barat Yuliana Sari",
        "Yuliana Sari",
        "Ketua Komisi X DPRD Sumatera Barat",
    ),
    (
        "Kepala Balai Wilayah V Andi Pratama menyebut perbaikan jalan selesai pekan depan.",
        "Kepala Balai Wilayah V Andi Pratama",
        "Andi Pratama",
        "Kepala Balai Wilayah V",
    ),
    (
        "MEDAN - Kadiv Regional V Andi Saputra meninjau stasiun Tanjungkarang pada Senin.",
        "Kadiv Regional V Andi Saputra",
        "Andi Saputra",
        "Kadiv Regional V",
    ),
]


@pytest.mark.parametrize(("s", "mention", "name", "title"), NUMBERED)
def test_a_numbered_unit_stays_in_the_title(s: str, mention: str, name: str, title: str) -> None:
    check_text_officials(s, [(mention, name, title)])


def test_the_letter_after_a_name_word_stays_the_holders_initial() -> None:
    s = "Direktur PT Sinar Abadi, Budi V Santoso, menjelaskan rencana perluasan pabrik."
    mention = "Direktur PT Sinar Abadi, Budi V Santoso"
    assert role_officials(s, [("Budi V Santoso", "PER")], spans=True) == [
        role_record(s, mention, "Budi V Santoso", "Direktur PT Sinar Abadi")
    ]


INITIAL_AFTER_BODY = [
    (
        "Direktur Utama PT Pertamina V Santoso meninjau kilang minyak di Balikpapan.",
        "Direktur Utama PT Pertamina V Santoso",
        "V Santoso",
        "Direktur Utama PT Pertamina",
    ),
    (
        "Pelatih Persija X Santoso memuji semangat para pemain muda.",
        "Pelatih Persija X Santoso",
        "X Santoso",
        "Pelatih Persija",
    ),
    (
        "Kepala BPBD V Sutrisno meninjau lokasi banjir bersama relawan.",
        "Kepala BPBD V Sutrisno",
        "V Sutrisno",
        "Kepala BPBD",
    ),
    (
        "Ketua Yayasan Harapan Bangsa V Sutrisno membuka acara itu.",
        "Ketua Yayasan Harapan Bangsa V Sutrisno",
        "V Sutrisno",
        "Ketua Yayasan Harapan Bangsa",
    ),
]


@pytest.mark.parametrize(("s", "mention", "name", "title"), INITIAL_AFTER_BODY)
def test_the_letter_after_a_bodys_name_stays_the_holders_initial(
    s: str, mention: str, name: str, title: str
) -> None:
    # a body's name takes no number: the letter gives no numbered unit to the title
    check_text_officials(s, [(mention, name, title)])


def test_a_balinese_i_after_a_unit_word_opens_the_holder() -> None:
    # `I` before a birth-order word is the holder's particle, not the unit's numeral
    s = "JAKARTA - Kepala Kantor Wilayah I Made Wirawan membuka sosialisasi pajak."
    check_text_officials(
        s, [("Kepala Kantor Wilayah I Made Wirawan", "I Made Wirawan", "Kepala Kantor Wilayah")]
    )


NO_POST = [
    # a player's name with its initial, no post
    "Pebulu tangkis Malaysia, Tan V Heng, kalah di babak kedua.",
    # a chapter of a regulation, no post
    "Aturan itu tercantum dalam Bab V Pasal 6 peraturan tersebut.",
]


@pytest.mark.parametrize("s", NO_POST)
def test_a_numeral_with_no_post_gives_nothing(s: str) -> None:
    assert role_officials(s, [("Tan V Heng", "PER")] if "Tan" in s else []) == []


# a unit's or numbered command's word of each kind (people_roles `numbered_unit`, session 43 second
# review): (sentence, the model's person, mention, title)
UNIT_WORDS = [
    ("Kepala Kanwil V Santoso membuka acara.", "Santoso", "Kepala Kanwil V Santoso", "Kepala Kanwil V"),
    (
        "Kepala Kanreg V BKN Budi Santoso meninjau ujian CPNS.",
        "Budi Santoso",
        "Kepala Kanreg V BKN Budi Santoso",
        "Kepala Kanreg V BKN",
    ),
    ("Kepala Subbid V Santoso hadir.", "Santoso", "Kepala Subbid V Santoso", "Kepala Subbid V"),
    (
        "Kepala Subbag V Budi Santoso menyerahkan berkas itu.",
        "Budi Santoso",
        "Kepala Subbag V Budi Santoso",
        "Kepala Subbag V",
    ),
    (
        "Kepala Divre V Bulog Budi Santoso meninjau gudang beras.",
        "Budi Santoso",
        "Kepala Divre V Bulog Budi Santoso",
        "Kepala Divre V Bulog",
    ),
    (
        "Kepala Subdivre V Bulog Budi Santoso meninjau gudang beras.",
        "Budi Santoso",
        "Kepala Subdivre V Bulog Budi Santoso",
        "Kepala Subdivre V Bulog",
    ),
    (
        "Kepala Daop V Purwokerto Budi Santoso meninjau stasiun.",
        "Budi Santoso",
        "Kepala Daop V Purwokerto Budi Santoso",
        "Kepala Daop V Purwokerto",
    ),
    (
        "Panglima Koarmada I Budi Santoso meninjau kapal perang.",
        "Budi Santoso",
        "Panglima Koarmada I Budi Santoso",
        "Panglima Koarmada I",
    ),
    # after the class's numeral the unit's place comes before the holder the model names
    (
        "Kepala Lapas Kelas I Cipinang Budi Santoso membuka acara.",
        "Budi Santoso",
        "Kepala Lapas Kelas I Cipinang Budi Santoso",
        "Kepala Lapas Kelas I Cipinang",
    ),
]


@pytest.mark.parametrize(("s", "name", "mention", "title"), UNIT_WORDS)
def test_a_numeral_after_each_unit_word_stays_in_the_title(
    s: str, name: str, mention: str, title: str
) -> None:
    assert role_officials(s, [(name, "PER")], spans=True) == [role_record(s, mention, name, title)]


@pytest.mark.parametrize(("s", "name", "mention", "title"), UNIT_WORDS[:3])
def test_a_numeral_after_a_unit_word_in_the_pipeline(s: str, name: str, mention: str, title: str) -> None:
    # Kepala Kanwil V Santoso, Kepala Subbid V Santoso: read so before the numbered units were listed
    assert article_officials(s, spans=True) == [role_record(s, mention, name, title)]


@pytest.mark.parametrize(("s", "name"), [(s, name) for s, name, _, _ in UNIT_WORDS])
def test_a_numbered_unit_with_no_holder_after_it_gives_nothing(s: str, name: str) -> None:
    # the numeral is no one-letter holder's name
    s = s.replace(f" {name}", "", 1)
    assert role_officials(s, []) == []
    assert text_officials(s) == []


def test_a_model_person_without_a_given_name_after_a_number_keeps_the_whole_name() -> None:
    # the model names the last word only: no known given name tells the name opens there, so the
    # unknown word after the number stays the name's (news-raw nr00840's shape)
    s = "Facility Manager Field Pertamina EP Zona 7 Kuwat Riyanto menyampaikan bahwa inovasi itu penting."
    assert role_officials(s, [("Riyanto", "PER")], spans=True) == [
        role_record(
            s,
            "Facility Manager Field Pertamina EP Zona 7 Kuwat Riyanto",
            "Kuwat Riyanto",
            "Facility Manager Field Pertamina EP Zona 7",
        )
    ]
