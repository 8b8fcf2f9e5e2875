"""Officials on constructions found on unseen regional news (issue 13, session 16, news-raw lines
5000-5299, then every news-raw line with the construction): a regency's seat after a body's word,
post words the lexicon lacked, a village's last word after its first, a regional leaders' forum
written where a holder's name could stand.

Every sentence is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec

# ------------------------------------------------------------- a regency's seat after a body


SEATS = [
    (
        "Penyaluran dihadiri Kepala Kantor Pos Cabang Menggala Hendra Wijaya dan warga penerima.",
        (),
        [
            (
                "Kepala Kantor Pos Cabang Menggala Hendra Wijaya",
                "Hendra Wijaya",
                "Kepala Kantor Pos Cabang Menggala",
            )
        ],
    ),
    (
        "Kalapas Sampit Rudi Hartawan mengatakan seluruh warga binaan sudah divaksin.",
        (),
        [("Kalapas Sampit Rudi Hartawan", "Rudi Hartawan", "Kalapas Sampit")],
    ),
    (
        # the model's name runs over the seat: the seat still ends the title
        "Stok beras aman, kata Kepala Gudang Bulog Liwa Sarman Effendi kepada wartawan.",
        ("Liwa Sarman Effendi",),
        [("Kepala Gudang Bulog Liwa Sarman Effendi", "Sarman Effendi", "Kepala Gudang Bulog Liwa")],
    ),
]


@pytest.mark.parametrize(("sentence", "per", "expected"), SEATS)
def test_a_regency_seat_after_a_body_ends_the_title(
    sentence: str, per: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    got = _officials(sentence, _per(sentence, *per)) if per else extract_officials(sentence)
    assert got == [_rec(sentence, *e) for e in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kepala Cabang Bulog Krui mengatakan stok beras cukup hingga akhir tahun.",
        "Bupati meresmikan pasar baru di Menggala, Senin pagi.",
        "Warga Sampit dan Kuala Kapuas memadati lapangan kota.",
    ],
)
def test_a_seat_with_no_name_after_it_gives_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


# ------------------------------------------------------------- post words the lexicon lacked


WORDS = [
    (
        # Pasi: an officer of a Kodim's staff section; the rank is dropped
        "Patroli itu dipimpin Pasi Ops Kodim 0412/Lampung Utara Kapten Inf Darmaji Rusli di perbatasan.",
        [
            (
                "Pasi Ops Kodim 0412/Lampung Utara Kapten Inf Darmaji Rusli",
                "Darmaji Rusli",
                "Pasi Ops Kodim 0412/Lampung Utara",
            )
        ],
    ),
    (
        # kapala: a misspelling of kepala, kept as written
        "Kapala Cabang BPJS Kesehatan Metro Wulan Sasmita mengatakan klaim naik.",
        [
            (
                "Kapala Cabang BPJS Kesehatan Metro Wulan Sasmita",
                "Wulan Sasmita",
                "Kapala Cabang BPJS Kesehatan Metro",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), WORDS)
def test_a_staff_section_officer_and_a_misspelt_head_are_posts(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Para pasi dan perwira staf mengikuti apel pagi di makodim.",
        "Kapala kampung dan warga bergotong royong memperbaiki jalan.",
    ],
)
def test_the_new_post_words_with_no_name_give_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


# ------------------------------------------------------------- a village's last word


@pytest.mark.parametrize(
    "sentence",
    [
        # a list of posts and their villages: the village's last word is no holder
        "Hadir pula Kepala Kampung Lempeng Sari, Kepala Kampung Wonorejo Agung dan para ketua RT.",
        "Undangan itu juga dikirim kepada Lurah Karang Jaya serta Kepala Desa Sido Makmur.",
    ],
)
def test_a_village_s_last_word_after_its_first_is_no_holder(sentence: str) -> None:
    assert extract_officials(sentence) == []


def test_the_holder_after_a_two_word_village_and_a_comma_is_read() -> None:
    s = "Kepala Dusun Lempeng Sari, Marwoto, mengatakan air mulai surut sejak pagi."
    assert extract_officials(s) == [
        _rec(s, "Kepala Dusun Lempeng Sari, Marwoto", "Marwoto", "Kepala Dusun Lempeng Sari")
    ]


def test_a_village_head_s_name_is_read_when_no_place_word_ends_it() -> None:
    s = "Kepala Desa Sukaraya Darwis Lubis mengatakan jalan itu rusak sejak tahun lalu."
    assert extract_officials(s) == [
        _rec(s, "Kepala Desa Sukaraya Darwis Lubis", "Darwis Lubis", "Kepala Desa Sukaraya")
    ]


# ------------------------------------------------------------- a leaders' forum is no person


def test_a_leaders_forum_after_a_holder_is_no_name() -> None:
    s = "Vaksinasi perdana itu diikuti Bupati Sarwono Hadi, Forkopimda dan para tenaga kesehatan."
    assert extract_officials(s) == [_rec(s, "Bupati Sarwono Hadi", "Sarwono Hadi", "Bupati")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Acara itu dihadiri camat, kepala kampung, Forkopimcam dan tokoh agama setempat.",
        "Rapat dipimpin Ketua DPRD bersama Muspida dan para kepala dinas.",
    ],
)
def test_a_leaders_forum_after_a_bare_post_is_no_holder(sentence: str) -> None:
    assert extract_officials(sentence) == []


@pytest.mark.xfail(
    strict=True,
    reason="a name after `dan` in a list of guests takes the post of the next item (`Name, Kepala OPD`) "
    "instead of the post before the list (news-raw 4195)",
)
def test_a_listed_name_before_the_next_guests_post_keeps_the_list_s_post() -> None:
    s = "Turut hadir anggota DPRD Pesibar, Gunawan Arief dan Darsono Wijaya, Kepala OPD, dan para camat."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Gunawan Arief", "anggota DPRD Pesibar"),
        ("Darsono Wijaya", "anggota DPRD Pesibar"),
    ]


# ------------------------------------------------------------- an apposition ending the sentence


APPOSITION_END = [
    (
        "Bantuan itu diserahkan bersama Anggota DPRD Kabupaten Lampung Barat, Rahmat Pamungkas.",
        [
            (
                "Anggota DPRD Kabupaten Lampung Barat, Rahmat Pamungkas",
                "Rahmat Pamungkas",
                "Anggota DPRD Kabupaten Lampung Barat",
            )
        ],
    ),
    (
        "Hal itu disampaikan Kepala Bidang Tanaman Pangan, Wulan Utama. Ia menambahkan stok cukup.",
        [("Kepala Bidang Tanaman Pangan, Wulan Utama", "Wulan Utama", "Kepala Bidang Tanaman Pangan")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), APPOSITION_END)
def test_a_holder_ending_in_a_common_word_before_the_full_stop_is_read(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ketua panitia mengatakan lomba digelar di Desa Sukamaju, Kampung Baru.",
        "Warga diminta mengungsi ke rumah kerabat di Sukaraja Baru. Kepala Desa, Sukaraja Baru.",
    ],
)
def test_a_place_ending_in_a_common_word_before_the_full_stop_is_no_holder(sentence: str) -> None:
    assert extract_officials(sentence) == []
