"""English titles the lexicon does not list word for word (issue 13, session 28).

Read on news-raw business, tech and sport pages: an English head whose units name a product line
or a market (`Consumer and Gaming Notebook Product Manager`), an English occupation (`Financial
Expert`, `Executive Producer`) that is a post only with its body named, English unit words alone
standing for their head before the body (`Corporate Communication PT …`, `Chief Digital Marketing
<club>`), and `Editor in Chief <outlet>`. Phrases that are no role, an occupation with no body and
an athlete of a team give nothing. Every sentence is written for the test: names and companies
are made up.
"""

from __future__ import annotations

import pytest

from .test_roles import _officials, _per, _rec


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Stok masih aman, kata Budi Santoso, Consumer and Gaming Notebook Product Manager Laptopku "
            "Indonesia, di Jakarta.",
            "Budi Santoso, Consumer and Gaming Notebook Product Manager Laptopku Indonesia",
            "Budi Santoso",
            "Consumer and Gaming Notebook Product Manager Laptopku Indonesia",
        ),
        (
            "Menurut Rina Marlina, Consumer Notebook Product Manager Laptopku Indonesia, harga naik.",
            "Rina Marlina, Consumer Notebook Product Manager Laptopku Indonesia",
            "Rina Marlina",
            "Consumer Notebook Product Manager Laptopku Indonesia",
        ),
    ],
)
def test_field_words_inside_an_english_head_stay_in_the_title(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, title)]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Financial Expert Universitas Sukamaju", "Budi Santoso"),
        ("Senior Analyst Sinar Sekuritas", "Dewi Lestari"),
        ("Executive Producer Nada Studios", "Rina Marlina"),
        ("Editor in Chief Kabar Pagi", "Agus Salim"),
    ],
)
def test_an_english_occupation_before_its_body_is_a_post(title: str, name: str) -> None:
    s = f"Pasar sedang bergejolak. {title} {name} mengatakan hal itu wajar."
    assert _officials(s, _per(s, name)) == [_rec(s, f"{title} {name}", name, title)]


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Pengunjung naik, kata Corporate Communication PT Taman Ria Jaya Budi Santoso di Jakarta.",
            "Corporate Communication PT Taman Ria Jaya Budi Santoso",
            "Budi Santoso",
            "Corporate Communication PT Taman Ria Jaya",
        ),
        (
            "Pemeriksaan selesai, kata Andi Wijaya, Corporate Communications Strategic of Nusa Air. "
            "Hasilnya aman.",
            "Andi Wijaya, Corporate Communications Strategic of Nusa Air",
            "Andi Wijaya",
            "Corporate Communications Strategic of Nusa Air",
        ),
        (
            "Ponsel itu tahan air. Senior Business Development Cipset Indonesia Dominikus Wibowo mengatakan "
            "chip itu cepat.",
            "Senior Business Development Cipset Indonesia Dominikus Wibowo",
            "Dominikus Wibowo",
            "Senior Business Development Cipset Indonesia",
        ),
        (
            "Acara dihadiri Chief Digital Marketing Persikota Jakarta Rudi Hartono dan para suporter.",
            "Chief Digital Marketing Persikota Jakarta Rudi Hartono",
            "Rudi Hartono",
            "Chief Digital Marketing Persikota Jakarta",
        ),
    ],
)
def test_english_unit_words_alone_before_a_body_stand_for_its_head(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, title)]


@pytest.mark.parametrize(
    "sentence",
    [
        # an English occupation with no body named: no post (the convention's `peneliti` alone)
        "Pasar sedang bergejolak. Senior Analyst Budi Santoso mengatakan hal itu wajar.",
        "Pasar sedang bergejolak. Financial Expert Budi Santoso mengatakan hal itu wajar.",
        "Pasar sedang bergejolak. Budi Santoso, Senior Analyst, mengatakan hal itu wajar.",
        "Koran itu terbit lagi. Editor in Chief Budi Santoso mengatakan hal itu wajar.",
        # English unit words alone: a department or an event's words, no body or no holder
        "Seminar Digital Marketing digelar. Digital Marketing Budi Santoso mengatakan hal itu.",
        "Ia bekerja di divisi Corporate Communication PT Astana. Budi Santoso mengatakan hal itu.",
        "Laba PT Sinar Energi (Persero) Marketing Operation Region (MOR) Sumbagsel naik. Budi Santoso hadir.",
        # a rider of a team, no post in it
        "Pebalap Sinar Racing Budi Santoso finis kelima di Sirkuit Mandalika.",
        # English phrases that are no role
        "Budi Santoso meraih penghargaan Best Manager Award tahun ini.",
        "Acara Game Changer menghadirkan Budi Santoso sebagai pembicara.",
    ],
)
def test_no_post_without_a_body_or_a_role(sentence: str) -> None:
    assert _officials(sentence, _per(sentence, "Budi Santoso")) == []
