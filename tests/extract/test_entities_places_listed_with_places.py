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


def test_unfound_villages_after_one_found_village() -> None:
    text = "Rumah dibangun di Pekon Gedung Cahya, Sukanegara dan Sukabanjar tahun ini."
    model = [_at(text, "Pekon Gedung Cahya", "LOC")]
    assert _out(text, model) == [
        ("Pekon Gedung Cahya", "LOC", (18, 36)),
        ("Sukanegara", "LOC", (38, 48)),
        ("Sukabanjar", "LOC", (53, 63)),
    ]


# --------------------------------------------------------------------------- a level shared by `dan`


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # two villages joined by `dan`, the level written once
        (
            "Usaha itu masih diusulkan untuk Kampung Astra Ksetra dan Tiuh Tohou tahun ini.",
            [("Kampung Astra Ksetra", "LOC")],
            [("Kampung Astra Ksetra", "LOC", (32, 52)), ("Tiuh Tohou", "LOC", (57, 67))],
        ),
        # a village's name before `, dan sekitarnya`
        (
            "Tebu ditanam di Kampung Kerta Jaya, Gistang Jaya, dan sekitarnya.",
            [("Kampung Kerta Jaya", "LOC")],
            [("Kampung Kerta Jaya", "LOC", (16, 34)), ("Gistang Jaya", "LOC", (36, 48))],
        ),
        # the second village before its district in brackets
        (
            "Bibit disebar di Tiyuh Gunung Katun dan Gading Kencana (Kecamatan Tulang Bawang Udik).",
            [("Tiyuh Gunung Katun", "LOC"), ("Kecamatan Tulang Bawang Udik", "LOC")],
            [
                ("Tiyuh Gunung Katun", "LOC", (17, 35)),
                ("Gading Kencana", "LOC", (40, 54)),
                ("Kecamatan Tulang Bawang Udik", "LOC", (56, 84)),
            ],
        ),
    ],
)
def test_a_level_written_once_is_shared_by_names_joined_by_dan(
    text: str, model: list[tuple[str, str]], expected: list
) -> None:
    assert _out(text, [_at(text, s, label) for s, label in model]) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a region written without its level shares no level
        (
            "Rombongan dari Jakarta dan Paduan Suara Gita tampil malam itu.",
            [("Jakarta", "LOC")],
            [("Jakarta", "LOC", (15, 22))],
        ),
        # common words going on the sentence after `dan`: a body's name, no village
        (
            "Rombongan dari Kota Jakarta dan Paduan Suara Gita tampil malam itu.",
            [("Kota Jakarta", "LOC")],
            [("Kota Jakarta", "LOC", (15, 27))],
        ),
        # a body after `dan`: no list of places
        (
            "Banjir di Kota Bandung dan Persib menunda latihan.",
            [("Kota Bandung", "LOC"), ("Persib", "ORG")],
            [("Kota Bandung", "LOC", (10, 22)), ("Persib", "ORG", (27, 33))],
        ),
        # no `dan`: after a comma alone the words go on the sentence
        (
            "Tim menyusuri sungai di Kecamatan Palembayan, Salareh Aia untuk pemetaan.",
            [("Kecamatan Palembayan", "LOC")],
            [("Kecamatan Palembayan", "LOC", (24, 44))],
        ),
        # a level written low is no name's level (`desa Sukamaju` as written is kept)
        (
            "Warga desa Sukamaju dan Karang Taruna membersihkan selokan.",
            [("desa Sukamaju", "LOC")],
            [("desa Sukamaju", "LOC", (6, 19))],
        ),
        # a weekday after `dan` is no village
        (
            "Rapat digelar di Kelurahan Iringmulyo dan Senin depan dilanjutkan.",
            [("Kelurahan Iringmulyo", "LOC")],
            [("Kelurahan Iringmulyo", "LOC", (17, 37))],
        ),
    ],
)
def test_a_level_shared_by_nothing(text: str, model: list[tuple[str, str]], expected: list) -> None:
    assert _out(text, [_at(text, s, label) for s, label in model]) == expected


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
    found = {k: _list_items(toks, k, by_start, taken, lower, text) for k in range(len(toks))}
    assert found[4] == ([*ents, range(10, 11)], 11)
    assert found[7] == ([*ents[1:], range(10, 11)], 11)
    # no found entity opens a list at any other word, `Bengkunat` (unfound) included: one word on
    assert {k: v for k, v in found.items() if k not in (4, 7)} == {
        k: ([], k + 1) for k in range(len(toks)) if k not in (4, 7)
    }
