"""A model LOC cut inside a joined word or a pair (issue 12, session 38; reviews fix38b, fix38i,
fix38k): a span ending in a joining mark before a capitalised word is the whole joined word
(`Timor-` of `Timor-Leste`, `Bau-` of `Bau-Bau`, `Emilia-` of `Emilia-Romagna`), unless both
sides are places by themselves, a listed place before the mark and a listed place or the model's
own entity after it: then the place before the mark (`Sulawesi Selatan/` of `Sulawesi
Selatan/Barat`, `Jakarta-` of `Jakarta-Bandung`); a name listed whole with the dash read as a
space or `dan` stays whole (`Bangka-Belitung`, `Bosnia-Herzegovina`). Before a lowercase word it
is the place before the mark, and nothing when what is left is lowercase or a common word
(`kementerian/` of `kementerian/lembaga`, `Bar+` of `Bar+kantin`: GUIDELINES §6, generic kinds
are no entities). A joiner inside a whole name's span stays. Whole entity lists from
`vet_entities`, `resolve_entities` and `with_persons` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from tests.entity_records import entities_with_persons as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a pair of kinds cut at its slash
            "Badan itu bekerja sama dengan kementerian/lembaga mitra di Kabupaten Sambas.",
            [("kementerian/", "LOC"), ("Kabupaten Sambas", "LOC")],
            [("Kabupaten Sambas", "LOC", (59, 75))],
        ),
        (  # a compound cut at its plus
            "Bus itu dilengkapi toilet, live music, Bar+kantin, serta mushola.",
            [("Bar+", "LOC")],
            [],
        ),
        (  # a common word cut at its dash, the village after it
            "Permainan tradisional Dorong-tarik kembali digelar di Desa Sukamaju.",
            [("Dorong-", "LOC"), ("Desa Sukamaju", "LOC")],
            [("Desa Sukamaju", "LOC", (54, 67))],
        ),
    ],
)
def test_a_place_cut_before_a_glued_word_is_none(text: str, model: list, expected: list) -> None:
    assert _out(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a slash inside a whole name
            "Tarif di GT Sinaksak/Simpang Panei turun mulai pekan depan.",
            [("GT Sinaksak/Simpang Panei", "LOC")],
            [("GT Sinaksak/Simpang Panei", "LOC", (9, 34))],
        ),
        (  # a building's name with its slash, a city as venue after it
            "Massa berkumpul di depan Gedung DPR/MPR RI, Jakarta, pada Senin.",
            [("Gedung DPR/MPR RI", "LOC"), ("Jakarta", "LOC")],
            [("Gedung DPR/MPR RI", "LOC", (25, 42)), ("Jakarta", "LOC", (44, 51))],
        ),
    ],
)
def test_a_whole_place_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a listed country cut at its dash: the whole country (review fix38i)
            "Presiden menerima kunjungan Perdana Menteri Timor-Leste di Istana Merdeka.",
            [("Timor-", "LOC"), ("Istana Merdeka", "LOC")],
            [("Timor-Leste", "LOC", (44, 55)), ("Istana Merdeka", "LOC", (59, 73))],
        ),
        (  # a listed country cut at its dash, its first word a country of its own
            "Tim nasional akan menghadapi Guinea-Bissau pada laga uji coba.",
            [("Guinea-", "LOC")],
            [("Guinea-Bissau", "LOC", (29, 42))],
        ),
        (  # a listed country read whole: no route's two ends
            "Tim nasional akan menghadapi Guinea-Bissau pada laga uji coba.",
            [("Guinea-Bissau", "LOC")],
            [("Guinea-Bissau", "LOC", (29, 42))],
        ),
        (  # a dashed region's name cut inside: the whole name (reviews fix38i, fix38k)
            "Pemain itu berasal dari Baden-Wurttemberg, Jerman.",
            [("Baden-", "LOC"), ("Jerman", "LOC")],
            [("Baden-Wurttemberg", "LOC", (24, 41)), ("Jerman", "LOC", (43, 49))],
        ),
        (  # a region's dashed name cut inside, neither side listed (review fix38k)
            "Ia tinggal di Emilia-Romagna, Italia.",
            [("Emilia-", "LOC"), ("Italia", "LOC")],
            [("Emilia-Romagna", "LOC", (14, 28)), ("Italia", "LOC", (30, 36))],
        ),
        (  # a country listed with `dan` cut at its dash, its first word a country of its own
            "Ia berasal dari Bosnia-Herzegovina dan kini tinggal di Jakarta.",
            [("Bosnia-", "LOC"), ("Jakarta", "LOC")],
            [("Bosnia-Herzegovina", "LOC", (16, 34)), ("Jakarta", "LOC", (55, 62))],
        ),
        (  # the same country read whole: no two places (review fix38k)
            "Ia berasal dari Bosnia-Herzegovina dan kini tinggal di Jakarta.",
            [("Bosnia-Herzegovina", "LOC"), ("Jakarta", "LOC")],
            [("Bosnia-Herzegovina", "LOC", (16, 34)), ("Jakarta", "LOC", (55, 62))],
        ),
        (  # a province listed with a space cut at its dash, both words regions of their own
            "Gubernur Bangka-Belitung meresmikan jembatan.",
            [("Bangka-", "LOC")],
            [("Bangka-Belitung", "LOC", (9, 24))],
        ),
        (  # the same province read whole
            "Gubernur Bangka-Belitung meresmikan jembatan.",
            [("Bangka-Belitung", "LOC")],
            [("Bangka-Belitung", "LOC", (9, 24))],
        ),
        (  # a city's doubled name cut at its dash (review fix38k)
            "Ia lahir di Bau-Bau, Sulawesi Tenggara.",
            [("Bau-", "LOC"), ("Sulawesi Tenggara", "LOC")],
            [("Bau-Bau", "LOC", (12, 19)), ("Sulawesi Tenggara", "LOC", (21, 38))],
        ),
        (  # a building's dashed name cut inside (news-raw's one such cut)
            "Misa digelar di Basilika Notre-Dame, Montreal, pada Minggu.",
            [("Basilika Notre-", "LOC"), ("Montreal", "LOC")],
            [("Basilika Notre-Dame", "LOC", (16, 35)), ("Montreal", "LOC", (37, 45))],
        ),
        (  # an unlisted place and a listed one cut at the dash: the joined word, read as a
            # whole dashed LOC is (`_dash_between_places`: two places, one of them listed)
            "Warga Bintaro-Serpong mengeluhkan macet.",
            [("Bintaro-", "LOC")],
            [("Bintaro", "LOC", (6, 13)), ("Serpong", "LOC", (14, 21))],
        ),
        (  # the same pair read whole by the model
            "Warga Bintaro-Serpong mengeluhkan macet.",
            [("Bintaro-Serpong", "LOC")],
            [("Bintaro", "LOC", (6, 13)), ("Serpong", "LOC", (14, 21))],
        ),
    ],
)
def test_a_place_cut_at_its_dash_is_the_whole_joined_word(text: str, model: list, expected: list) -> None:
    assert _out(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a province cut at the slash before the next one's direction
            "Gempa terasa di Sulawesi Selatan/Barat pada Senin.",
            [("Sulawesi Selatan/", "LOC")],
            [("Sulawesi Selatan", "LOC", (16, 32))],
        ),
        (  # a route's first place cut at its dash, alone: the route's places either side
            "Kereta cepat Jakarta-Bandung mulai beroperasi.",
            [("Jakarta-", "LOC")],
            [("Jakarta", "LOC", (13, 20)), ("Bandung", "LOC", (21, 28))],
        ),
        (  # a route's first place cut at its dash, the second read whole
            "Kereta rute Jakarta-Bandung kembali beroperasi.",
            [("Jakarta-", "LOC"), ("Bandung", "LOC")],
            [("Jakarta", "LOC", (12, 19)), ("Bandung", "LOC", (20, 27))],
        ),
        (  # a listed city cut at its dash, the model's own place after it (review fix38k)
            "Penerbangan Jakarta-Narita kembali dibuka pekan depan.",
            [("Jakarta-", "LOC"), ("Narita", "LOC")],
            [("Jakarta", "LOC", (12, 19)), ("Narita", "LOC", (20, 26))],
        ),
        (  # a city as destination cut at the slash before the next one
            "Rombongan bertolak ke Surabaya/Sidoarjo pada Minggu pagi.",
            [("Surabaya/", "LOC")],
            [("Surabaya", "LOC", (22, 30))],
        ),
    ],
)
def test_a_place_cut_at_a_joiner_is_kept_without_it(text: str, model: list, expected: list) -> None:
    assert _out(text, model) == expected
