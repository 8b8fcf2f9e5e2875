"""A person's fullest name (people40, GUIDELINES §2): a name the article writes once followed by
one or two words of a name's, which the model left out of its span, is that fuller name; words
of other kinds, a degree, a masthead or a word the article writes in lowercase stay out."""

from __future__ import annotations

import pytest

from tests.person_records import person_mentions as _persons


def test_the_words_after_the_model_span_complete_the_name() -> None:
    t = (
        "Kini Rangga berpasangan dengan Wulansari Dewi Kinanti dan tampil di Jepang. "
        "Wulansari mengaku siap tampil maksimal."
    )
    assert _persons(t, [("Rangga", "PER"), ("Wulansari", "PER")]) == [
        ("Rangga", ["Rangga"]),
        ("Wulansari Dewi Kinanti", ["Wulansari Dewi Kinanti", "Wulansari"]),
    ]


def test_a_name_read_whole_as_a_body_is_completed_too() -> None:
    t = (
        '"Gejalanya sering tidak disadari," kata psikiater dr Tondi Marpaung, SpKJ pada Selasa. '
        "Tondi mengingatkan orang tua agar waspada."
    )
    assert _persons(t, [("Tondi Marpaung", "ORG"), ("Tondi", "PER")]) == [
        ("Tondi Marpaung", ["Tondi Marpaung", "Tondi"]),
    ]


@pytest.mark.parametrize(
    ("text", "found", "name"),
    [
        # a degree glued after the name: an abbreviation, no name's word
        (
            "Dokter kulit dr Sinta Widasari Sp.KK menyarankan tabir surya.",
            [("Sinta Widasari", "PER")],
            "Sinta Widasari",
        ),
        # a masthead glued to a list's last name: the page's credit
        (
            "Daftar pemain: 1. Ratna Wulandari 2. Sekar Melati Tribunbogor tidak bertanggung jawab.",
            [("Ratna Wulandari", "PER"), ("Sekar Melati", "PER")],
            "Sekar Melati",
        ),
        # a word the article also writes in lowercase is a common word
        (
            "Lagu ciptaan Andika Pratama Senja dirilis. Lagu bertema senja itu digemari.",
            [("Andika Pratama", "PER")],
            "Andika Pratama",
        ),
    ],
)
def test_no_fuller_name_from_words_of_other_kinds(text: str, found: list[tuple[str, str]], name: str) -> None:
    assert name in [n for n, _ in _persons(text, found)]


@pytest.mark.xfail(
    strict=True,
    reason="a headline's adjective after a name (`Lega`, not in entities_headline_verbs.txt) and "
    "`Cs` (cum suis) read as a name's next word (news-raw: 2 in 9,948)",
)
@pytest.mark.parametrize(
    "text",
    [
        "Dimas Anggara Lega Usai Sidang. Dimas mengaku tenang setelah sidang berakhir.",
        "Timnas asuhan pelatih Bagus Wiratmo kalah. Bagus Cs akan bertanding lagi pekan depan.",
    ],
)
def test_a_headline_word_or_cs_after_a_name_is_no_word_of_it(text: str) -> None:
    found = [("Dimas Anggara", "PER"), ("Dimas", "PER"), ("Bagus Wiratmo", "PER"), ("Bagus", "PER")]
    names = [n for n, _ in _persons(text, found)]
    assert not any(n.endswith(("Lega", "Cs")) for n in names)
