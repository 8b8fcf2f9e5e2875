"""Officials on news-raw text never tuned on (issue 13, round officials13).

Found reading news-raw lines 3000-3399 against GUIDELINES §2 and scanning all news-raw lines for
each kind. Every sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from extract.records import Entity

from .test_roles import _officials, _per, _rec

# ------------------------------------------------ a name, a spaced dash, then the name's post


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Kinerja klinik membaik, ujar Hendra Wiratama - Direktur PT Sehat Sentosa Medika Tbk di Tuban.",
            "Hendra Wiratama - Direktur PT Sehat Sentosa Medika Tbk",
            "Hendra Wiratama",
            "Direktur PT Sehat Sentosa Medika Tbk",
        ),
        (
            "Menurut Slamet Riyadi – Kepala Dinas Pertanian Kabupaten Blora, panen padi meningkat.",
            "Slamet Riyadi – Kepala Dinas Pertanian Kabupaten Blora",
            "Slamet Riyadi",
            "Kepala Dinas Pertanian Kabupaten Blora",
        ),
    ],
)
def test_a_post_after_a_name_and_a_spaced_dash_is_that_names(
    sentence: str, mention: str, name: str, title: str
) -> None:
    body = title.split(" ", 1)[1]
    s = sentence.index(body)
    ents = [*_per(sentence, name), Entity(body, "ORG", (s, s + len(body)))]
    assert _officials(sentence, ents) == [_rec(sentence, mention, name, title)]


def test_a_list_of_name_dash_post_items_gives_each_name_its_own_post() -> None:
    s = (
        "Juri lomba terdiri dari Rahmat Hidayat – Direktur PT Karya Desain Nusantara, Wulan Sari "
        "Dewi – Ketua Asosiasi Arsitek Lampung (AAL), dan Bonifasius Tarigan – Pengurus HIPMI Sumut."
    )
    expected = [
        _rec(
            s,
            "Rahmat Hidayat – Direktur PT Karya Desain Nusantara",
            "Rahmat Hidayat",
            "Direktur PT Karya Desain Nusantara",
        ),
        _rec(
            s,
            "Wulan Sari Dewi – Ketua Asosiasi Arsitek Lampung (AAL)",
            "Wulan Sari Dewi",
            "Ketua Asosiasi Arsitek Lampung (AAL)",
        ),
        _rec(s, "Bonifasius Tarigan – Pengurus HIPMI Sumut", "Bonifasius Tarigan", "Pengurus HIPMI Sumut"),
    ]
    assert extract_officials(s) == expected
    assert _officials(s, _per(s, "Rahmat Hidayat", "Wulan Sari Dewi")) == expected


def test_dash_bullets_before_post_and_name_items_keep_the_name_after_the_post() -> None:
    s = "Tamu yang hadir: - Bupati Blora Arief Santoso - Camat Cepu Budi Rahardjo - Lurah Balun Sutrisno."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Arief Santoso", "Bupati Blora"),
        ("Budi Rahardjo", "Camat Cepu"),
        ("Sutrisno", "Lurah Balun"),
    ]


def test_a_board_list_with_dash_bullets_and_colons_keeps_the_colon_holder() -> None:
    s = (
        "Susunan direksi: - Direktur Utama: Hadi Purnomo - Direktur Keuangan: Sari Lestari"
        " - Direktur Bisnis: Yoga Pratama."
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Hadi Purnomo", "Direktur Utama"),
        ("Sari Lestari", "Direktur Keuangan"),
        ("Yoga Pratama", "Direktur Bisnis"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a dateline's place before the dash, and a post with no holder
        "BLORA - Kepala Dinas Pertanian Kabupaten Blora mengatakan panen padi meningkat.",
        "Kupang, Garda Indonesia - Gubernur NTT mengatakan hal itu kepada wartawan.",
        "Tulisan lain. Brasilia - Menteri Kebudayaan menolak berkomentar.",
    ],
)
def test_a_place_before_a_spaced_dash_gives_no_holder(sentence: str) -> None:
    assert extract_officials(sentence) == []


# ------------------------------------------- a base named after a person, then a rank and the holder


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Hal itu disampaikan Komandan Lanud Sultan Hasanuddin, Marsma TNI Budi Prasetyo, kepada pers.",
            "Komandan Lanud Sultan Hasanuddin, Marsma TNI Budi Prasetyo",
            "Budi Prasetyo",
            "Komandan Lanud Sultan Hasanuddin",
        ),
        (
            "Menurut Danlanud Pangeran M. Bun Yamin, Letkol Pnb Hadi Saputra, latihan berjalan lancar.",
            "Danlanud Pangeran M. Bun Yamin, Letkol Pnb Hadi Saputra",
            "Hadi Saputra",
            "Danlanud Pangeran M. Bun Yamin",
        ),
    ],
)
def test_a_ranked_name_after_the_comma_holds_a_post_whose_body_bears_a_name(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]


def test_a_ranked_name_in_a_list_after_a_holder_keeps_the_first_holder() -> None:
    s = "Kepala Desa Sukamaju Ujang Saepudin, Bripka Dedi Kurniawan, dan Babinsa Serda Hadi hadir."
    assert ("Dedi Kurniawan", "Kepala Desa Sukamaju Ujang Saepudin") not in [
        (o.name, o.title) for o in extract_officials(s)
    ]


# ------------------------------------------- a field word after `dan` before the holder's name


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Kabid Kedaruratan dan Logistik Rudi Hartawan mendampingi tim ke lokasi jembatan putus.",
            "Kabid Kedaruratan dan Logistik Rudi Hartawan",
            "Rudi Hartawan",
            "Kabid Kedaruratan dan Logistik",
        ),
        (
            "Kabid Pengawasan dan Jamsos Arman menuturkan sanksi menanti. Aturan itu berlaku, kata Arman.",
            "Kabid Pengawasan dan Jamsos Arman",
            "Arman",
            "Kabid Pengawasan dan Jamsos",
        ),
    ],
)
def test_one_field_word_after_and_stays_in_the_title_before_the_name(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]


def test_a_second_holder_after_and_is_still_read() -> None:
    s = "Ketua DPRD Kurniawan Ramadhan dan Ismul Rahmadin hadir dalam rapat itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Kurniawan Ramadhan", "Ketua DPRD"),
        ("Ismul Rahmadin", "Ketua DPRD"),
    ]


def test_a_lone_field_word_after_and_is_no_holder() -> None:
    # Safety is an English unit word: alone after a post it names the unit (officials16)
    s = "Menurutnya, maskapai sudah diberi tahu lewat Direktur Operasi dan Safety yang menerbitkan edaran."
    assert extract_officials(s) == []


# ------------------------------- `<post> <body> sekaligus <post>, <name>`: the holder after both posts


def test_a_body_the_model_calls_a_name_before_sekaligus_is_no_holder_when_a_name_follows_both_posts() -> None:
    s = (
        "Presiden memperkenalkan Chief Operating Officer (COO) Lumbung sekaligus Kepala Badan Pengelola "
        "Aset Daerah, Rudi Hartanto. Ia menjelaskan Lumbung mengelola dana abadi daerah."
    )
    ents = _per(s, "Rudi Hartanto")
    lumbung = [i for i in range(len(s)) if s.startswith("Lumbung", i)]
    ents += [Entity("Lumbung", "PER", (i, i + 7)) for i in lumbung]
    assert [(o.name, o.title) for o in _officials(s, ents)] == [
        ("Rudi Hartanto", "Kepala Badan Pengelola Aset Daerah")
    ]


def test_a_holder_named_before_sekaligus_keeps_the_first_post() -> None:
    s = "Menteri Perdagangan Arif Santoso sekaligus Ketua Umum Partai Maju, menyampaikan hal itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Arif Santoso", "Menteri Perdagangan")]


# ------------------------------------------- a board list whose bullets were read in the wrong encoding


def test_a_mis_encoded_bullet_closes_each_name_of_a_board_list() -> None:
    bullet = "\u00e2\u0080\u00a2"  # `•` as UTF-8 bytes read as Latin-1
    s = (
        f"Susunan direksi sebagai berikut: Dewan Direksi : {bullet} Presiden Direktur : Hadi Purnomo "
        f"{bullet} Direktur : Sari Lestari {bullet} Direktur : Yoga Pratama Santoso "
        f"{bullet} Direktur : Andi Saputra."
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Hadi Purnomo", "Presiden Direktur"),
        ("Sari Lestari", "Direktur"),
        ("Yoga Pratama Santoso", "Direktur"),
        ("Andi Saputra", "Direktur"),
    ]


# ------------------------------------------- `<Name>, <head> <one word>`: the word is the post's body


def test_one_word_after_a_bare_head_set_after_a_name_is_the_body_even_as_the_models_name() -> None:
    s = '"Promo ini yang terbesar," kata Hendra Wijaya, CEO Belanjaku dalam rilis yang diterima media.'
    expected = [_rec(s, "Hendra Wijaya, CEO Belanjaku", "Hendra Wijaya", "CEO Belanjaku")]
    assert _officials(s, _per(s, "Hendra Wijaya", "Belanjaku")) == expected


def test_one_word_after_a_post_named_by_its_holder_stays_the_holder() -> None:
    s = "Kebijakan itu dikritik oleh Donald Hartono, Presiden Sukarman tampil membela rakyat kecil."
    assert ("Sukarman", "Presiden") in [
        (o.name, o.title) for o in _officials(s, _per(s, "Donald Hartono", "Sukarman"))
    ]


def test_a_list_of_bare_posts_after_a_body_named_after_a_person_gives_no_holder() -> None:
    s = (
        "Acara dihadiri Kepala OPD, seluruh kepala puskesmas, Kepala RSUD KH. Hasan Basri, Camat, "
        "Peratin dan masyarakat penerima manfaat."
    )
    assert extract_officials(s) == []
