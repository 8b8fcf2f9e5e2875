"""A short name the article defines before its body in brackets is the body's entry of its own
(GUIDELINES §6): `OCA (Olympic Council of Asia)`, when the words in brackets spell it and say they
are a body's (a body's head, a council's noun, an English body's word). A gloss of a term gives
nothing (`GERD (Gastroesophageal Reflux Disease)`), nor one a name goes on after (`SKK (…) Migas`),
nor letters the words do not spell, nor a kind's common words (`BPR (Bank Perkreditan Rakyat)`): a
body's name holds a proper name's word or the nation's. `The` after a bracketed short name opens a
name of its own. Whole entity lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "OCA (Olympic Council of Asia) memastikan Indonesia siap menjadi tuan rumah.",
            [("Olympic Council of Asia", "ORG"), ("Indonesia", "LOC")],
            [
                ("OCA", "ORG", (0, 3)),
                ("Olympic Council of Asia", "ORG", (5, 28)),
                ("Indonesia", "LOC", (41, 50)),
            ],
        ),
        (
            "Pengurus INKANAS (Institut Karate-Do Nasional) menggelar musyawarah di Jakarta.",
            [("Institut Karate-Do Nasional", "ORG"), ("Jakarta", "LOC")],
            [
                ("INKANAS", "ORG", (9, 16)),
                ("Institut Karate-Do Nasional", "ORG", (18, 45)),
                ("Jakarta", "LOC", (71, 78)),
            ],
        ),
    ],
)
def test_a_short_name_before_its_body_in_brackets_is_its_own_entry(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a person's name after the bracket opens no more of the body's name
        (
            "Wakil Presiden OCA (Olympic Council of Asia) Vinod Kumar Tiwari mengatakan hal itu.",
            [("Olympic Council of Asia", "ORG"), ("Vinod Kumar Tiwari", "PER")],
            [
                ("OCA", "ORG", (15, 18)),
                ("Olympic Council of Asia", "ORG", (20, 43)),
                ("Vinod Kumar Tiwari", "PER", (45, 63)),
            ],
        ),
        # a country's name names one body
        (
            "Pialang itu berizin dari VFSC (Vanuatu Financial Services Commission) sejak 2020.",
            [("Vanuatu Financial Services Commission", "ORG")],
            [("VFSC", "ORG", (25, 29)), ("Vanuatu Financial Services Commission", "ORG", (31, 68))],
        ),
        # the nation's word names one body
        (
            "Ketua KNPI (Komisi Nasional Pemuda Indonesia) hadir di Medan.",
            [("Komisi Nasional Pemuda Indonesia", "ORG"), ("Medan", "LOC")],
            [
                ("KNPI", "ORG", (6, 10)),
                ("Komisi Nasional Pemuda Indonesia", "ORG", (12, 44)),
                ("Medan", "LOC", (55, 60)),
            ],
        ),
    ],
)
def test_a_short_name_before_a_named_body_is_its_own_entry(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a term's gloss the model misreads as a body: no body's word in it
        (
            "Gejalanya mirip GERD (Gastroesophageal Reflux Disease) yang kambuh.",
            [("Gastroesophageal Reflux Disease", "ORG")],
            [("Gastroesophageal Reflux Disease", "ORG", (22, 53))],
        ),
        # the gloss stands inside a name that goes on after the bracket
        (
            "Menurut dia, SKK (Satuan Kerja Khusus Pelaksana Hulu) Migas optimis soal itu.",
            [("Satuan Kerja Khusus Pelaksana Hulu", "ORG")],
            [("Satuan Kerja Khusus Pelaksana Hulu", "ORG", (18, 52))],
        ),
        # letters the words in brackets do not spell
        (
            "Atlet ACO (Olympic Council of Asia) berlatih di Jakarta.",
            [("Olympic Council of Asia", "ORG"), ("Jakarta", "LOC")],
            [("Olympic Council of Asia", "ORG", (11, 34)), ("Jakarta", "LOC", (48, 55))],
        ),
        # kinds of institution, common words alone after a body's head (GUIDELINES §6)
        (
            "Nasabah BPR (Bank Perkreditan Rakyat) di Klaten mengadu ke polisi.",
            [("Bank Perkreditan Rakyat", "ORG"), ("Klaten", "LOC")],
            [("Bank Perkreditan Rakyat", "ORG", (13, 36)), ("Klaten", "LOC", (41, 47))],
        ),
        (
            "Sejumlah BPD (Badan Permusyawaratan Desa) di Garut menolak.",
            [("Badan Permusyawaratan Desa", "ORG"), ("Garut", "LOC")],
            [("Badan Permusyawaratan Desa", "ORG", (14, 40)), ("Garut", "LOC", (45, 50))],
        ),
        (
            "Pengurus setiap LPM (Lembaga Pemberdayaan Masyarakat) kelurahan dilantik.",
            [("Lembaga Pemberdayaan Masyarakat", "ORG")],
            [("Lembaga Pemberdayaan Masyarakat", "ORG", (21, 52))],
        ),
        (
            "Lembaga itu menjamin simpanan di BPP (Bank Peserta Penjaminan) seperti biasa.",
            [("Bank Peserta Penjaminan", "ORG")],
            [("Bank Peserta Penjaminan", "ORG", (38, 61))],
        ),
        # an English kind: its body's word is no name's word
        (
            "Aktivis sebuah NGO (Non-Governmental Organization) lokal hadir.",
            [("Non-Governmental Organization", "ORG")],
            [("Non-Governmental Organization", "ORG", (20, 49))],
        ),
    ],
)
def test_what_defines_no_short_name_before_a_bracket(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


@pytest.mark.xfail(
    strict=True,
    reason="news-raw nr01337: a kind's gloss holding a word news-raw never writes low reads as a "
    "body's name (`LAZ (Lembaga Amil Zakat)`: `Amil`)",
)
def test_a_kind_glossed_with_a_name_like_word_is_no_short_name() -> None:
    text = "Dana itu dihimpun LAZ (Lembaga Amil Zakat) setempat."
    assert _found(text, [("Lembaga Amil Zakat", "ORG")]) == [("Lembaga Amil Zakat", "ORG", (23, 41))]


@pytest.mark.xfail(
    strict=True,
    reason="news-raw nr08520, nr00419: a body's name of common words alone, no nation's word, "
    "reads as a kind (`GIAMM (Gabungan Industri Alat Mobil dan Motor)`, `ATRC (Advanced "
    "Technology Research Council)`)",
)
def test_a_body_of_common_words_before_its_short_name_is_missed() -> None:
    text = "Ketua GIAMM (Gabungan Industri Alat Mobil dan Motor) menyampaikan hal itu."
    assert _found(text, [("Gabungan Industri Alat Mobil dan Motor", "ORG")]) == [
        ("GIAMM", "ORG", (6, 11)),
        ("Gabungan Industri Alat Mobil dan Motor", "ORG", (13, 51)),
    ]


def test_an_english_name_after_the_bracket_opens_a_name_of_its_own() -> None:
    """`The` after a bracketed short name opens the next name (`The Fed`), so the short name the
    English body's words spell is read."""
    text = "Pasar menunggu notulen rapat Federal Open Market Committee (FOMC) The Fed pekan ini."
    assert _found(text, [("The Fed", "ORG")]) == [("FOMC", "ORG", (60, 64)), ("The Fed", "ORG", (66, 73))]


@pytest.mark.xfail(
    strict=True, reason="news tune nr01879: the spelled name before `(FOMC)` is dropped after it is read"
)
def test_the_spelled_english_committee_is_kept() -> None:
    text = "Pasar menunggu notulen rapat Federal Open Market Committee (FOMC) The Fed pekan ini."
    found = _found(text, [("The Fed", "ORG")])
    assert ("Federal Open Market Committee", "ORG", (29, 58)) in found


@pytest.mark.xfail(
    strict=True,
    reason="news tune nr00702, nr09586, nr09317, nr07853, nr02804: a body's name whose words say "
    "no body by any listed word (`Katadata Insight Center`, `Jakarta Masters Club`, `Wonder Photo "
    "Shop`) gives no short name; reading the initials of any model ORG as one was tried and "
    "rejected (news-raw 0-2579: about as many terms as bodies, `Security Operations Center (SOC)`)",
)
def test_an_unlisted_english_name_before_its_initials_is_a_body() -> None:
    text = "Survei Katadata Insight Center (KIC) menunjukkan hal itu."
    assert _found(text, []) == [("Katadata Insight Center", "ORG", (7, 30)), ("KIC", "ORG", (32, 35))]
