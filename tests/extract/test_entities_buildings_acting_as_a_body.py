"""A building's name (a facility's head opens it: `Gedung`, `Kantor`, `Menara`), written at a
clause's start as the subject of a verb of speech or report or of a body's act (`merilis`,
`meniadakan`: entities_body_act_verbs.txt; only lowercase words between), acts
as the body that works in it: an ORG in that mention (`Sebelumnya, Gedung Putih menyatakan`), a
place in the others (`dari Gedung Putih`). GUIDELINES §6 is silent on a building acting; the news
tune annotations list `Gedung Putih` as an organisation where it acts and as a place after `dari`.
A name no such head opens (a city, a person the model tags as a place), a district after its
level, a country, a list's or an address's next item, a name after a title and a name after a
title's abbreviation stay. Whole entity lists from `resolve_entities` on invented sentences, with
the model's entities given."""

from __future__ import annotations

import pytest

from extract.ner.entities.page import _opens_clause
from extract.ner.entities.tokens import tokens
from tests.entity_records import first_entities as _model
from tests.entity_records import nth_entities as _nth
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # after a sentence's opening word and its comma
            "Sebelumnya, Gedung Putih menyatakan bahwa kunjungan itu ditunda hingga pekan depan.",
            [("Gedung Putih", "LOC")],
            [("Gedung Putih", "ORG", (12, 24))],
        ),
        (
            "Sementara itu, Kantor Staf Presiden menyatakan kasus terus menurun.",
            [("Kantor Staf Presiden", "LOC")],
            [("Kantor Staf Presiden", "ORG", (15, 35))],
        ),
        (  # an adverb between
            "Gedung Putih juga menyatakan bahwa kunjungan itu ditunda hingga pekan depan.",
            [("Gedung Putih", "LOC")],
            [("Gedung Putih", "ORG", (0, 12))],
        ),
        pytest.param(  # known miss: no building's head opens a firm's or an office's own name
            "Airbus akan mengumumkan pemangkasan jumlah pegawai pada pekan depan.",
            [("Airbus", "LOC")],
            [("Airbus", "ORG", (0, 6))],
            marks=pytest.mark.xfail(strict=True, reason="no building's head opens the body's name"),
        ),
        pytest.param(  # known miss: as above (the news tune annotations list Pentagon acting as an ORG)
            "Sebelumnya, Pentagon menyebut serangan itu menargetkan gudang senjata di dekat pelabuhan.",
            [("Pentagon", "LOC")],
            [("Pentagon", "ORG", (12, 20))],
            marks=pytest.mark.xfail(strict=True, reason="no building's head opens the body's name"),
        ),
        (  # a verb of a body's act (entities_body_act_verbs.txt), not of speech
            "Sebelumnya, Gedung Putih mengungkap bahwa presiden mengalami pembengkakan di kaki.",
            [("Gedung Putih", "LOC")],
            [("Gedung Putih", "ORG", (12, 24))],
        ),
        (
            "Gedung Putih resmi merilis situs baru tentang benda terbang tak dikenal.",
            [("Gedung Putih", "LOC")],
            [("Gedung Putih", "ORG", (0, 12))],
        ),
        (  # lowercase words of time between
            "Masjid Al Azhar tahun ini meniadakan pembagian kupon di lokasi.",
            [("Masjid Al Azhar", "LOC")],
            [("Masjid Al Azhar", "ORG", (0, 15))],
        ),
        pytest.param(  # known miss (session 43): a company written after `pihak`
            "Warga sudah bertemu pihak Sinar Mas pada Senin. Sinar Mas berjanji membayar ganti rugi.",
            [("Sinar Mas", "LOC"), ("Sinar Mas", "LOC")],
            [("Sinar Mas", "ORG", (26, 35)), ("Sinar Mas", "ORG", (48, 57))],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a company the model tags LOC after pihak stays a place (no rule reads pihak + name)",
            ),
        ),
    ],
)
def test_a_place_speaking_as_a_body_is_an_organisation(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # the place something is done in, then the body acting: each mention read on its own
            "WASHINGTON - Presiden Amerika Serikat menyampaikan pidato dari Gedung Putih pada Selasa malam. "
            "Sebelumnya, Gedung Putih menyatakan kunjungan ke Eropa ditunda hingga pekan depan.",
            [("Amerika Serikat", "LOC", 0), ("Gedung Putih", "LOC", 0), ("Gedung Putih", "LOC", 1)],
            [
                ("WASHINGTON", "LOC", (0, 10)),
                ("Amerika Serikat", "LOC", (22, 37)),
                ("Gedung Putih", "LOC", (63, 75)),
                ("Gedung Putih", "ORG", (107, 119)),
            ],
        ),
        (
            "Pengunjung antre di depan Menara Eiffel. "
            "Sebelumnya, Menara Eiffel mengumumkan jam buka diperpanjang.",
            [("Menara Eiffel", "LOC", 0), ("Menara Eiffel", "LOC", 1)],
            [("Menara Eiffel", "LOC", (26, 39)), ("Menara Eiffel", "ORG", (53, 66))],
        ),
    ],
)
def test_a_building_acts_only_where_it_speaks(text: str, model: list, expected: list) -> None:
    assert _out(text, _nth(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # the building as the place something is done in
            "Presiden menyampaikan pidato dari Gedung Putih beberapa jam setelahnya.",
            [("Gedung Putih", "LOC")],
            [("Gedung Putih", "LOC", (34, 46))],
        ),
        (  # the building as the place after `di`, a body's verb after it
            "Wartawan menunggu di Gedung Putih yang merilis jadwal kunjungan presiden.",
            [("Gedung Putih", "LOC")],
            [("Gedung Putih", "LOC", (21, 33))],
        ),
        (  # a verb a building does as a building
            "Masjid Istiqlal menjadi ikon baru bagi wisatawan di Jakarta.",
            [("Masjid Istiqlal", "LOC"), ("Jakarta", "LOC")],
            [("Masjid Istiqlal", "LOC", (0, 15)), ("Jakarta", "LOC", (52, 59))],
        ),
        (  # a venue hosting an event: `menggelar` is no body's act
            "Stadion Manahan menggelar laga final Piala Presiden pada Minggu.",
            [("Stadion Manahan", "LOC")],
            [("Stadion Manahan", "LOC", (0, 15))],
        ),
        (
            "Lapangan Merdeka menggelar upacara HUT RI ke-79.",
            [("Lapangan Merdeka", "LOC")],
            [("Lapangan Merdeka", "LOC", (0, 16))],
        ),
        (
            "Jalan Malioboro menggelar pawai budaya.",
            [("Jalan Malioboro", "LOC")],
            [("Jalan Malioboro", "LOC", (0, 15))],
        ),
        (
            "Aula Kecamatan Bukit Batu menggelar vaksinasi massal.",
            [("Aula Kecamatan Bukit Batu", "LOC")],
            [("Aula Kecamatan Bukit Batu", "LOC", (0, 25))],
        ),
        (
            "Taman Budaya Art Centre Denpasar menggelar pameran lukisan.",
            [("Taman Budaya Art Centre Denpasar", "LOC")],
            [("Taman Budaya Art Centre Denpasar", "LOC", (0, 32))],
        ),
        (
            "Masjid Istiqlal menggelar salat Id pada Rabu pagi.",
            [("Masjid Istiqlal", "LOC")],
            [("Masjid Istiqlal", "LOC", (0, 15))],
        ),
        (  # a dam releasing water: `mengeluarkan` is no body's act
            "Bendungan Katulampa mengeluarkan air ke Sungai Ciliwung.",
            [("Bendungan Katulampa", "LOC"), ("Sungai Ciliwung", "LOC")],
            [("Bendungan Katulampa", "LOC", (0, 19)), ("Sungai Ciliwung", "LOC", (40, 55))],
        ),
        (
            "Pintu Air Manggarai menyalurkan air ke Banjir Kanal Barat.",
            [("Pintu Air Manggarai", "LOC"), ("Banjir Kanal Barat", "LOC")],
            [("Pintu Air Manggarai", "LOC", (0, 19)), ("Banjir Kanal Barat", "LOC", (39, 57))],
        ),
        (  # a district after its level: a resident of it speaks
            "Seorang petani asal Pekon Sukarame, Kecamatan Balik Bukit mengatakan harga wortel turun.",
            [("Pekon Sukarame", "LOC"), ("Kecamatan Balik Bukit", "LOC")],
            [("Pekon Sukarame", "LOC", (20, 34)), ("Kecamatan Balik Bukit", "LOC", (36, 57))],
        ),
        (  # the next item of a list of places, after a comma closing a name
            "Beberapa warga dari Tucson, Arizona bahkan mengungkapkan mereka melihat cahaya itu.",
            [("Tucson", "LOC"), ("Arizona", "LOC")],
            [("Tucson", "LOC", (20, 26)), ("Arizona", "LOC", (28, 35))],
        ),
        (  # after a title's word: the holder speaks, not the building
            "Humas Gereja Katedral Jakarta kemudian mengatakan misa dimulai pukul 08.00.",
            [("Gereja Katedral Jakarta", "LOC")],
            [("Gereja Katedral Jakarta", "LOC", (6, 29))],
        ),
        (  # a country speaking stays a place
            "Iran menyatakan solidaritas terhadap Oman atas serangan itu.",
            [("Iran", "LOC"), ("Oman", "LOC")],
            [("Iran", "LOC", (0, 4)), ("Oman", "LOC", (37, 41))],
        ),
        (  # a person the model tags LOC: no building's head, no body (news-raw: Xi, Ateng)
            "Xi juga menyatakan bahwa hubungan kedua negara tetap stabil.",
            [("Xi", "LOC")],
            [("Xi", "LOC", (0, 2))],
        ),
        (
            "Sementara itu, Erdogan menyatakan Turki siap menjadi penengah.",
            [("Erdogan", "LOC"), ("Turki", "LOC")],
            [("Turki", "LOC", (34, 39))],
        ),
        ("Sementara itu, Ateng mengatakan jalan desa rusak sejak tahun lalu.", [("Ateng", "LOC")], []),
        ("Kepala desa, Ateng mengatakan jalan rusak.", [("Ateng", "LOC")], []),
        ("Sementara itu, dr. Tirta mengatakan vaksin itu aman.", [("Tirta", "LOC")], []),
        ("Sementara itu, Prof. Wiku menyatakan kasus terus menurun.", [("Wiku", "LOC")], []),
        (  # a city abroad the gazetteer lacks
            "Pyongyang mengatakan uji coba rudal itu berhasil.",
            [("Pyongyang", "LOC")],
            [("Pyongyang", "LOC", (0, 9))],
        ),
        pytest.param(  # known miss: `_names_one` drops a one-word place speaking after a clause's opener
            "Sementara itu, Pyongyang mengatakan uji coba rudal itu berhasil.",
            [("Pyongyang", "LOC")],
            [("Pyongyang", "LOC", (15, 24))],
            marks=pytest.mark.xfail(strict=True, reason="_names_one drops a one-word place after an opener"),
        ),
    ],
)
def test_a_place_not_speaking_as_a_body_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "word", "opens"),
    [
        ("Sementara itu, dr. Tirta mengatakan vaksin itu aman.", "Tirta", False),
        ("Sementara itu, Prof. Wiku menyatakan kasus terus menurun.", "Wiku", False),
        ("Kunjungan ditunda. Gedung Putih menyatakan alasannya.", "Gedung", True),
        ("Sebelumnya, Gedung Putih menyatakan alasannya.", "Gedung", True),
        ("Warga dari Tucson, Arizona bahkan mengungkapkan hal itu.", "Arizona", False),
    ],
)
def test_a_title_abbreviations_dot_opens_no_clause(text: str, word: str, opens: bool) -> None:
    toks = tokens(text)
    assert _opens_clause(toks, next(k for k, t in enumerate(toks) if t.text == word)) is opens


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a shouted short name speaking: a body's wherever the article writes it
            "Satelit itu dibuat bersama ESA tahun lalu. Sebelumnya, ESA mengatakan stasiun itu aman.",
            [("ESA", "LOC", 0), ("ESA", "LOC", 1)],
            [("ESA", "ORG", (27, 30)), ("ESA", "ORG", (55, 58))],
        ),
        (  # a listed region's short name speaking stays a place
            "Sementara itu, NTB menyatakan siaga banjir.",
            [("NTB", "LOC", 0)],
            [("NTB", "LOC", (15, 18))],
        ),
        (  # two capitals may be a person's initials or a country's code
            "Sebelumnya, AB mengatakan ia tidak hadir.",
            [("AB", "LOC", 0)],
            [("AB", "LOC", (12, 14))],
        ),
    ],
)
def test_a_shouted_short_name_speaking_is_a_body(text: str, model: list, expected: list) -> None:
    assert _out(text, _nth(text, model)) == expected
