"""Places read in news-raw 5300-5599 (issue 12, round 17: Lampung regional news): capitalised
words listed with places are places too. Whole entity lists from `resolve_entities` on invented
sentences, with the model's spans given, and cases that must add nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _at, _out


def test_an_unfound_district_after_dan_in_a_list_of_districts_is_a_place() -> None:
    text = "Penyuluh kami bertugas di Kecamatan Ngambur, Ngaras, dan Bengkunat setiap pekan."
    model = [_at(text, "Kecamatan Ngambur", "LOC"), _at(text, "Ngaras", "LOC")]
    assert _out(text, model) == [
        ("Kecamatan Ngambur", "LOC", (26, 43)),
        ("Ngaras", "LOC", (45, 51)),
        ("Bengkunat", "LOC", (57, 66)),
    ]


def test_counted_items_of_a_list_of_districts_are_places() -> None:
    text = "Dana sudah cair di Lemong 4 pekon, Karya Penggawa 2 pekon, Way Sindi 7 pekon, dan Suoh 3 pekon."
    model = [_at(text, "Lemong", "LOC"), _at(text, "Karya Penggawa", "LOC")]
    assert _out(text, model) == [
        ("Lemong", "LOC", (19, 25)),
        ("Karya Penggawa", "LOC", (35, 49)),
        ("Way Sindi", "LOC", (59, 68)),
        ("Suoh", "LOC", (82, 86)),
    ]


def test_an_unfound_district_with_an_apostrophe_in_a_list_is_a_place() -> None:
    text = "Bantuan disalurkan ke Kecamatan Rindingallo, Balusu, dan Ma'lengu pekan lalu."
    model = [_at(text, "Kecamatan Rindingallo", "LOC"), _at(text, "Balusu", "LOC")]
    assert _out(text, model) == [
        ("Kecamatan Rindingallo", "LOC", (22, 43)),
        ("Balusu", "LOC", (45, 51)),
        ("Ma'lengu", "LOC", (57, 65)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # two items only: a place then a name after a comma is no list
        (
            "Hadir pula Bupati Lampung Barat, Parosil Mabsus.",
            [("Lampung Barat", "LOC")],
            [("Lampung Barat", "LOC", (18, 31))],
        ),
        # one found place among unfound words: mottos, not places
        (
            "Visinya ialah Kota Cerdas, Sehat, Sejahtera dan Berbudaya bagi semua.",
            [("Kota Cerdas", "LOC")],
            [("Kota Cerdas", "LOC", (14, 25))],
        ),
        # found places that are no listed region (brands tagged LOC): no list of regions
        (
            "Pembeli memilih Alfamart, Indomaret, Tokoroti dan Sayurku.",
            [("Alfamart", "LOC"), ("Indomaret", "LOC")],
            [("Alfamart", "LOC", (16, 24)), ("Indomaret", "LOC", (26, 35))],
        ),
        # after a comma alone, words going on into the sentence are its subject, no item
        (
            "Di Kecamatan Suoh, Sekincau, Sinar Abadi menjadi tujuan warga.",
            [("Kecamatan Suoh", "LOC"), ("Sekincau", "LOC")],
            [("Kecamatan Suoh", "LOC", (3, 17)), ("Sekincau", "LOC", (19, 27))],
        ),
        # a word the article writes in lowercase elsewhere is a common word, no place
        (
            "Hujan turun di Kecamatan Suoh, Sekincau, dan Perairan lain; perairan itu tenang.",
            [("Kecamatan Suoh", "LOC"), ("Sekincau", "LOC")],
            [("Kecamatan Suoh", "LOC", (15, 29)), ("Sekincau", "LOC", (31, 39))],
        ),
        # a list opened by an unfound word adds nothing
        (
            "Panen raya di kelompok Tani Subur, Desa Sidomulyo, Kecamatan Gadingrejo berjalan lancar.",
            [("Desa Sidomulyo", "LOC"), ("Kecamatan Gadingrejo", "LOC")],
            [("Desa Sidomulyo", "LOC", (35, 49)), ("Kecamatan Gadingrejo", "LOC", (51, 71))],
        ),
        # a body among the listed items: no list of places
        (
            "Bantuan datang dari Kabupaten Mesuji, Baznas, Dinsos dan Bulog.",
            [("Kabupaten Mesuji", "LOC"), ("Baznas", "ORG"), ("Dinsos", "ORG"), ("Bulog", "ORG")],
            [
                ("Kabupaten Mesuji", "LOC", (20, 36)),
                ("Baznas", "ORG", (38, 44)),
                ("Dinsos", "ORG", (46, 52)),
                ("Bulog", "ORG", (57, 62)),
            ],
        ),
    ],
)
def test_lists_that_add_no_place(text: str, model: list[tuple[str, str]], expected: list) -> None:
    assert _out(text, [_at(text, s, label) for s, label in model]) == expected


@pytest.mark.xfail(
    strict=True, reason="a list with one found place (a village's head) and unfound ones stays unread"
)
def test_unfound_villages_after_one_found_village() -> None:
    text = "Rumah dibangun di Pekon Gedung Cahya, Sukanegara dan Sukabanjar tahun ini."
    model = [_at(text, "Pekon Gedung Cahya", "LOC")]
    assert [e[0] for e in _out(text, model)] == ["Pekon Gedung Cahya", "Sukanegara", "Sukabanjar"]


# --------------------------------------------------------------------------- listed names in a row


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a regency seat before its regency, no comma: two places
        (
            "Pasar malam digelar di Liwa Lampung Barat pekan ini.",
            "Liwa Lampung Barat",
            [("Liwa", "LOC", (23, 27)), ("Lampung Barat", "LOC", (28, 41))],
        ),
        # a district of two words before its regency
        (
            "Petani di Banjar Agung Tulangbawang mulai panen.",
            "Banjar Agung Tulangbawang",
            [("Banjar Agung", "LOC", (10, 22)), ("Tulangbawang", "LOC", (23, 35))],
        ),
        # a city listed whole stays whole
        (
            "Festival itu digelar di Kota Bandar Lampung tahun ini.",
            "Kota Bandar Lampung",
            [("Kota Bandar Lampung", "LOC", (24, 43))],
        ),
        # a facility keeps its region
        (
            "Kapal bersandar di Pelabuhan Bakauheni Lampung Selatan pagi tadi.",
            "Pelabuhan Bakauheni Lampung Selatan",
            [("Pelabuhan Bakauheni Lampung Selatan", "LOC", (19, 54))],
        ),
        # after a title the first name is the police unit's `Metro`
        # (test_entities_police_metro_routes_and_lodgings.py)
        (
            "Hal itu disampaikan Kapolres Metro Bekasi kemarin.",
            "Metro Bekasi",
            [("Bekasi", "LOC", (35, 41))],
        ),
        # a word opening longer listed names may open an unlisted village's name
        (
            "Warga Desa Talang Batu menanam kopi.",
            "Desa Talang Batu",
            [("Desa Talang Batu", "LOC", (6, 22))],
        ),
        # a word listed alone only to end titles names no region after another
        (
            "Hujan deras turun di Sumatra Barat sejak pagi.",
            "Sumatra Barat",
            [("Sumatra Barat", "LOC", (21, 34))],
        ),
    ],
)
def test_listed_names_in_a_row(text: str, model: str, expected: list) -> None:
    assert _out(text, [_at(text, model, "LOC")]) == expected


def test_a_list_is_read_only_where_a_found_entity_opens_it() -> None:
    from extract.ner.entities.places import _list_items
    from extract.ner.entities.tokens import tokens, tokens_inside
    from extract.records import Entity
    from extract.records import EntityLabel as Label

    text = "Penyuluh kami bertugas di Kecamatan Ngambur, Ngaras, dan Bengkunat setiap pekan."
    toks = tokens(text)
    ents = [Entity("Kecamatan Ngambur", Label.LOC, (26, 43)), Entity("Ngaras", Label.LOC, (45, 51))]
    taken = {k for e in ents for k in tokens_inside(e.span, toks)}
    by_start = {tokens_inside(e.span, toks)[0]: e for e in ents}
    lower = frozenset(t.low for t in toks if t.text.islower())
    found = {k: _list_items(toks, k, by_start, taken, lower) for k in range(len(toks))}
    assert found[4] == ([*ents, range(10, 11)], 11)
    assert found[7] == ([*ents[1:], range(10, 11)], 11)
    # no found entity opens a list at any other word, `Bengkunat` (unfound) included: one word on
    assert {k: v for k, v in found.items() if k not in (4, 7)} == {
        k: ([], k + 1) for k in range(len(toks)) if k not in (4, 7)
    }
