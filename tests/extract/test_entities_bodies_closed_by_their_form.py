"""Capitalised words closed by a business group's or a company's form (`… Group`, `… Sekuritas`,
`… Tbk`: entities_group_forms.txt, entities_company_forms.txt, people_roles.txt `company_close`)
are one ORG where the model tags none of them (GUIDELINES §6: companies are organisations); the
name starts after a title, a competitor's noun, a word of the market or a connective opening the
sentence, and where that start is unsure (another common word opening the sentence or the text
after a dash stands before it) nothing is given. A club's form (`Racing`, `Gaming`, `Esports`) closes a
product or an event as often: no body by it alone. Whole entity lists from `resolve_entities` on
invented sentences in the style of news, with spans; whole records from `extract_article` for
the review's sentences after a dateline."""

from __future__ import annotations

import pytest

from extract import extract_article

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a business group, its words Indonesian
        (
            "Kesiapan operasional jalan tol Sinar Raya Group diperkuat menjelang mudik.",
            [],
            [("Sinar Raya Group", "ORG", (31, 47))],
        ),
        # a securities firm after an analyst's title, a person's name right after it
        (
            "Analis Wiratama Sekuritas Budi Priyanto mengatakan IHSG berpeluang menguat.",
            [("Budi Priyanto", "PER")],
            [("Wiratama Sekuritas", "ORG", (7, 25)), ("Budi Priyanto", "PER", (26, 39))],
        ),
        # a common word opening the sentence is no word of the name
        (
            "Kemudian Musim Jaya Group menyusul dengan dua pabrik baru.",
            [],
            [("Musim Jaya Group", "ORG", (9, 25))],
        ),
        # a common word after `&` ends a title's pair
        (
            "VP Sales & Marketing Damai Sentosa Group menyebut rute baru dibuka pekan depan.",
            [],
            [("Damai Sentosa Group", "ORG", (21, 40))],
        ),
        # a common word opening the text after a dateline's dash is no word of the name
        (
            "JAKARTA - Kemudian Musim Jaya Group menyusul dengan dua pabrik baru.",
            [],
            [("JAKARTA", "LOC", (0, 7)), ("Musim Jaya Group", "ORG", (19, 35))],
        ),
        # a company's closing form read from people_roles.txt
        (
            "Saham Surya Cipta Tbk naik tiga persen pada sesi pertama.",
            [],
            [("Surya Cipta Tbk", "ORG", (6, 21))],
        ),
        # an English common word after a capitalised one is the title's
        (
            "Vice President Research Department Wirasena Sekuritas Andi Wijaya mengatakan pasar menguat.",
            [("Andi Wijaya", "PER")],
            [("Wirasena Sekuritas", "ORG", (35, 53)), ("Andi Wijaya", "PER", (54, 65))],
        ),
    ],
)
def test_a_name_closed_by_its_form_is_a_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word goes on after the form: a method's name, no body
        "Peserta mengikuti Focus Group Discussion di aula kantor desa.",
        # lowercase `grup` is a kind, no form
        "Penyanyi itu bergabung dengan grup musik asal kampungnya.",
        # the form after a lowercase word names no company
        "Perusahaan itu kini berstatus Tbk setelah melantai di bursa.",
        # an English join and a capitalised word go on with a longer name
        "Laporan itu disusun Working Group on Business and Human Rights tahun lalu.",
        # an English common word after `of` ends a position's title
        "Dia menjabat CEO of International Group di perusahaan telekomunikasi itu.",
        # a common word right after a title: the title's or the name's, a cut name is worse
        "Manajer Sinar Jaya Group membantah kabar itu.",
        # a fourth capitalised word before the run: where the name starts is unknown
        "Manajemen Bintang Kuasa Emas Abadi Group membantah kabar itu.",
        # a club's form closes a product or an event as often as a team
        "Dia membeli laptop Lenovo Legion Gaming kemarin.",
        "Turnamen Mobile Legends Esports digelar pekan depan.",
        "Pebalap Merapi Racing itu finis ketiga pada balapan Minggu.",
        # a common word opening the sentence or the text after a dash before the run: the
        # name's first word or the sentence's, a cut name is worse than none
        "Harapan Jaya Group membuka rute baru pekan depan.",
        "Laba Bersih Indian Oil Corp turun 12 persen tahun ini.",
        "Dana Kelolaan Mirae Asset Sekuritas naik.",
        "Kontrak senilai Rp2 triliun - Sumber Alfaria Trijaya Tbk menang lelang.",
        # a platform's word before the form names its feature, no body
        "Penipuan lewat Facebook Group marak terjadi.",
        "Ajakan itu beredar di WhatsApp Group warga.",
    ],
)
def test_no_body_without_a_name_before_its_form(text: str) -> None:
    assert _found(text, []) == []


@pytest.mark.xfail(
    strict=True,
    reason="a common word right after a title (`Analis Senior`): the title's or the name's, nothing given",
)
def test_a_common_word_right_after_a_title_is_the_titles() -> None:
    text = "Analis Senior Wiratama Sekuritas Budi Priyanto mengatakan IHSG menguat."
    assert _found(text, [("Budi Priyanto", "PER")]) == [
        ("Wiratama Sekuritas", "ORG", (14, 32)),
        ("Budi Priyanto", "PER", (33, 46)),
    ]


@pytest.mark.xfail(
    strict=True, reason="a common word after a one-word title: the title's or the name's, nothing given"
)
def test_a_company_named_by_a_common_word_after_a_title() -> None:
    text = "Analis Mandiri Sekuritas Budi Priyanto mengatakan IHSG menguat."
    assert _found(text, [("Budi Priyanto", "PER")]) == [
        ("Mandiri Sekuritas", "ORG", (7, 24)),
        ("Budi Priyanto", "PER", (25, 38)),
    ]


@pytest.mark.xfail(
    strict=True, reason="a motor-racing team after a competitor's noun: no club's form closes a body"
)
def test_a_team_closed_by_its_form_after_a_competitors_noun() -> None:
    text = "Pebalap Merapi Racing itu finis ketiga pada balapan Minggu."
    assert _found(text, []) == [("Merapi Racing", "ORG", (8, 21))]


@pytest.mark.xfail(strict=True, reason="a club's form in initials and its city: no rule reads them")
def test_a_club_opened_by_its_initials() -> None:
    text = "Pemain muda itu kini membela TSG Hoffenheim sejak musim lalu."
    assert _found(text, []) == [("TSG Hoffenheim", "ORG", (29, 43))]


@pytest.mark.xfail(
    strict=True,
    reason="a common word opening the sentence or the text after a dash before the run: nothing given",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laba Bersih Indian Oil Corp turun 12 persen tahun ini.", [("Indian Oil Corp", "ORG", (12, 27))]),
        ("Dana Kelolaan Mirae Asset Sekuritas naik.", [("Mirae Asset Sekuritas", "ORG", (14, 35))]),
        (
            "Kontrak senilai Rp2 triliun - Sumber Alfaria Trijaya Tbk menang lelang.",
            [("Sumber Alfaria Trijaya Tbk", "ORG", (30, 56))],
        ),
    ],
)
def test_a_name_after_a_common_word_opening_the_sentence(text: str, expected: list) -> None:
    assert _found(text, []) == expected


def _record(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    record = extract_article(text.encode())
    return [(e.text, str(e.label), e.span) for e in record.entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second review's sentences: no name cut after a common word opening the sentence or
        # the text after a dash, no platform's feature
        ("Kontrak senilai Rp2 triliun - Sumber Alfaria Trijaya Tbk menang lelang.", []),
        ("Harapan Jaya Group membuka rute baru ke Bandung.", [("Bandung", "LOC", (40, 47))]),
        ("Laba Bersih Indian Oil Corp turun 12 persen tahun ini.", []),
        ("Dana Kelolaan Mirae Asset Sekuritas naik.", []),
        ("Penipuan lewat Facebook Group marak terjadi.", []),
    ],
)
def test_the_second_reviews_sentences(text: str, expected: list) -> None:
    assert _record(text) == expected


def _article(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    record = extract_article(("JAKARTA - " + text).encode())
    return [(e.text, str(e.label), e.span) for e in record.entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common word after a title opens the run: nothing rather than `Mas Group`
        (
            "Managing Director Sinar Mas Group Gandi Sulistiyanto hadir dalam rapat itu.",
            [("JAKARTA", "LOC", (0, 7)), ("Gandi Sulistiyanto", "PER", (44, 62))],
        ),
        # a product's and an event's names closed by a club's form
        ("Pengguna kini bisa mencoba layanan Xbox Cloud Gaming di ponsel.", [("JAKARTA", "LOC", (0, 7))]),
        (
            "Penonton memadati ajang Indonesia Motor Racing di Sentul.",
            [("JAKARTA", "LOC", (0, 7)), ("Sentul", "LOC", (60, 66))],
        ),
        ("Ponsel Samsung Galaxy Racing dijual mulai pekan depan.", [("JAKARTA", "LOC", (0, 7))]),
    ],
)
def test_the_reviews_sentences_in_an_article(text: str, expected: list) -> None:
    assert _article(text) == expected
