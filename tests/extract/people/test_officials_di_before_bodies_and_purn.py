"""Officials on news-raw text never tuned on (issue 13, round officials12).

Found by scanning all news-raw lines for the kinds officials11 left open and reading every match
against GUIDELINES §2. Every sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec

# ------------------------------------------------ a lowercase apposition's post `di` a named body


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Rina Wulandari, staf pemasaran di PT Maju Sentosa, menyebut pesanan naik.",
            "Rina Wulandari, staf pemasaran di PT Maju Sentosa",
            "Rina Wulandari",
            "staf pemasaran di PT Maju Sentosa",
        ),
        (
            "Menurut Dodi Kurniawan, manajer operasional di Hotel Lembah Hijau, okupansi membaik.",
            "Dodi Kurniawan, manajer operasional di Hotel Lembah Hijau",
            "Dodi Kurniawan",
            "manajer operasional di Hotel Lembah Hijau",
        ),
        (
            "Tono Saputra, pelatih renang di Klub Tirta Kencana, memuji semangat anak didiknya.",
            "Tono Saputra, pelatih renang di Klub Tirta Kencana",
            "Tono Saputra",
            "pelatih renang di Klub Tirta Kencana",
        ),
    ],
)
def test_di_before_a_body_joins_the_body_to_a_lowercase_post(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, title)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a place, not a body
        "Rina Wulandari, guru honorer di Palangka Raya, mengaku gajinya telat.",
        # an owner's word: the market is where the shop stands, not what is owned
        "Hal itu dikatakan Sarmin, pemilik kios di Pasar Cempaka, pada Senin pagi.",
    ],
)
def test_di_before_a_place_or_after_an_owner_gives_nothing(sentence: str) -> None:
    assert extract_officials(sentence) == []


def test_di_after_a_capitalised_title_is_the_place_of_the_event() -> None:
    s = "Bupati Lamandau Hendra Lesmana di Aula Kantor Bupati membuka rapat itu."
    assert extract_officials(s) == [
        _rec(s, "Bupati Lamandau Hendra Lesmana", "Hendra Lesmana", "Bupati Lamandau")
    ]


def test_di_after_a_post_that_names_its_body_stays_out() -> None:
    s = "Joko, ketua cabang Serikat Buruh Pelabuhan di Makassar, ikut berunjuk rasa."
    assert extract_officials(s) == [
        _rec(s, "Joko, ketua cabang Serikat Buruh Pelabuhan", "Joko", "ketua cabang Serikat Buruh Pelabuhan")
    ]


# ------------------------------------- the model's PER on a field word before `dan` inside a title


@pytest.mark.parametrize(
    ("sentence", "word", "mention", "name", "title"),
    [
        (
            "Direktur Kesiapsiagaan Epidemi dan Pandemi WHO, Rina Lestari, menilai risiko rendah.",
            "Epidemi",
            "Direktur Kesiapsiagaan Epidemi dan Pandemi WHO, Rina Lestari",
            "Rina Lestari",
            "Direktur Kesiapsiagaan Epidemi dan Pandemi WHO",
        ),
        (
            "Kepala Bidang Pengendalian Zoonosis dan Karantina Dinkes Sigi Hendra Wijaya menyebut stok ada.",
            "Zoonosis",
            "Kepala Bidang Pengendalian Zoonosis dan Karantina Dinkes Sigi Hendra Wijaya",
            "Hendra Wijaya",
            "Kepala Bidang Pengendalian Zoonosis dan Karantina Dinkes Sigi",
        ),
    ],
)
def test_a_model_per_on_a_field_word_before_dan_yields_to_the_holder_after_the_body(
    sentence: str, word: str, mention: str, name: str, title: str
) -> None:
    assert _officials(sentence, _per(sentence, word, name)) == [_rec(sentence, mention, name, title)]


def test_a_word_the_article_calls_a_name_elsewhere_stays_the_holder_before_dan() -> None:
    s = "Kepala Seksi Juwita dan Humas PT Sinar Abadi, Rudi Hartono, hadir. Menurut Juwita, acara itu lancar."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Juwita", "Rudi Hartono"))] == [
        ("Juwita", "Kepala Seksi"),
        ("Rudi Hartono", "Humas PT Sinar Abadi"),
    ]


def test_a_post_after_dan_keeps_the_name_before_it() -> None:
    s = "Bupati Sigi Rizal Intjenae dan Ketua DPRD Sigi Hidayat Lamakarate meninjau jembatan itu."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Rizal Intjenae", "Hidayat Lamakarate"))] == [
        ("Rizal Intjenae", "Bupati Sigi"),
        ("Hidayat Lamakarate", "Ketua DPRD Sigi"),
    ]


# ------------------------------------------------ a retired rank's bracket with its dot: (Purn.)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Direktur Utama Perum Maju Letjen TNI (Purn.) Ahmad Rizal Santoso menyerahkan bantuan.",
            "Ahmad Rizal Santoso",
            "Direktur Utama Perum Maju",
        ),
        (
            "Ketua Umum Forum Dirgantara Nusantara, Marsekal TNI (Purn.) Budi Hartanto, menilai hal itu.",
            "Budi Hartanto",
            "Ketua Umum Forum Dirgantara Nusantara",
        ),
    ],
)
def test_a_dotted_purn_bracket_is_part_of_the_rank_dropped_from_the_title(
    sentence: str, name: str, title: str
) -> None:
    assert [(o.name, o.title) for o in extract_officials(sentence)] == [(name, title)]
    assert [(o.name, o.title) for o in _officials(sentence, _per(sentence, name))] == [(name, title)]
