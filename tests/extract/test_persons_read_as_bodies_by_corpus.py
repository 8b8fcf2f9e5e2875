"""A place or organisation entity of two or three name words is a person (`extract.ner.vet`)
when each word is one news-raw holds in persons' names more often than in bodies' or places'
names (`_person_by_corpus`: `umpan Toni Kroos`, `Ai Ogura`), or when the article names a part of
it alone as a person and news-raw holds the whole name as a person's (`_person_by_part`: `Lionel
Messi` beside `Messi`). A name written after `di`/`ke`, a single word, a club, a place that
vetting drops as a person and a company the model also calls a person whole stay what the model
read."""

from __future__ import annotations

import pytest

from extract import extract_article
from tests.entity_records import first_vetted, vetted_at_words
from tests.person_records import person_spans, persons_at_words

Span = tuple[int, int]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Gol kedua lahir dari umpan Toni Kroos pada menit ke-80 pertandingan itu.", "Toni Kroos", "LOC"),
        ("Posisi kelima ditempati Ai Ogura yang tampil konsisten sepanjang balapan.", "Ai Ogura", "ORG"),
    ],
)
def test_a_name_news_raw_holds_as_a_persons_is_a_person(text: str, name: str, label: str) -> None:
    start = text.index(name)
    span = (start, start + len(name))
    assert first_vetted(text, [(name, label)]) == [(name, "PER", span)]
    assert person_spans(text, [(name, label)]) == [(name, (span,))]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # after a locative: a village
        (
            "Banjir merendam sawah warga di Adi Luhur dan Mekar Jaya sejak Senin pagi.",
            [("Adi Luhur", "LOC"), ("Mekar Jaya", "LOC")],
        ),
        # one word is too little to tell
        ("Pebalap Jepang itu mengaku puas. Ogura finis keenam.", [("Jepang", "LOC"), ("Ogura", "ORG")]),
        # a club: news-raw holds its words in bodies' names
        ("Manchester United menang 2-1 atas tamunya pada laga semalam.", [("Manchester United", "ORG")]),
        # vetting drops it as a person: the model's place stays
        (
            "Pencurian terjadi di sebuah rumah kos di kawasan Wijaya Kusuma, Jakarta Barat.",
            [("Wijaya Kusuma", "LOC"), ("Jakarta Barat", "LOC")],
        ),
    ],
)
def test_a_body_or_a_place_stays(text: str, items: list[tuple[str, str]]) -> None:
    expected = [(s, label, (text.index(s), text.index(s) + len(s))) for s, label in items]
    assert first_vetted(text, items) == expected
    assert person_spans(text, items) == []


@pytest.mark.xfail(strict=True, reason="news-raw holds Novo and Nordisk in persons' names: a company")
def test_a_company_described_after_its_name_stays() -> None:
    text = "Obat itu berasal dari Novo Nordisk, produsen obat asal Denmark."
    assert first_vetted(text, [("Novo Nordisk", "ORG"), ("Denmark", "LOC")]) == [
        ("Novo Nordisk", "ORG", (22, 34)),
        ("Denmark", "LOC", (55, 62)),
    ]


@pytest.mark.xfail(strict=True, reason="news-raw holds Declan Rice only as a body: no evidence")
def test_a_player_news_raw_reads_as_a_body_is_a_person() -> None:
    # session 38 (fix38c): the play-word rule made clubs persons too and was removed
    # (tests/extract/people/test_vet_players_named_after_a_play.py)
    text = "Gol itu lahir dari umpan Declan Rice pada menit ke-56."
    assert person_spans(text, [("Declan Rice", "ORG")]) == [("Declan Rice", ((25, 36),))]


def test_a_name_whose_part_the_article_names_as_a_person_is_a_person() -> None:
    text = "Lionel Messi mencetak dua gol malam itu. Messi kini mengoleksi delapan gol musim ini."
    model = [("Lionel Messi", "ORG", 0), ("Messi", "PER", 1)]
    assert vetted_at_words(text, model) == [("Lionel Messi", "PER", (0, 12)), ("Messi", "PER", (41, 46))]
    assert persons_at_words(text, model) == [("Lionel Messi", ((0, 12), (41, 46)))]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a club whose city the model reads as a person: news-raw holds the club as no person
        (
            "Athletic Bilbao menang tipis atas tamunya. Bilbao kini naik ke posisi keempat klasemen.",
            [("Athletic Bilbao", "ORG", 0), ("Bilbao", "PER", 1)],
            [("Athletic Bilbao", "ORG", (0, 15)), ("Bilbao", "PER", (43, 49))],
        ),
        # the whole name read as a person elsewhere is the model's split vote, no part of it
        (
            "Frisian Flag meluncurkan kampanye baru. Menurut Frisian Flag, konsumsi susu terus naik.",
            [("Frisian Flag", "ORG", 0), ("Frisian Flag", "PER", 1)],
            [("Frisian Flag", "ORG", (0, 12))],
        ),
    ],
)
def test_a_body_beside_a_persons_word_stays(
    text: str, model: list[tuple[str, str, int]], expected: list[tuple[str, str, Span]]
) -> None:
    assert vetted_at_words(text, model) == expected


def test_a_body_after_a_kind_noun_stays() -> None:
    """Review of persons2 (s35): both rules refuse a name after a kind of body (`Bank investasi
    Morgan Stanley`: the noun past one lowercase word), as `_person_by_part` did alone."""
    text = "Bank investasi Morgan Stanley memangkas proyeksi pertumbuhan ekonomi."
    assert first_vetted(text, [("Morgan Stanley", "ORG")]) == [("Morgan Stanley", "ORG", (15, 29))]


@pytest.mark.xfail(
    strict=True, reason="a report's or a product's noun (Laporan, Kosmetik) is in no list of kinds"
)
def test_a_club_after_a_reports_noun_and_a_brand_after_its_product_stay() -> None:
    text = "Laporan terbaru Nottingham Forest menyebut kontrak itu batal."
    assert first_vetted(text, [("Nottingham Forest", "ORG")]) == [("Nottingham Forest", "ORG", (16, 33))]
    text = "Kosmetik Sari Ayu kini diekspor ke Malaysia."
    assert first_vetted(text, [("Sari Ayu", "ORG"), ("Malaysia", "LOC")]) == [
        ("Sari Ayu", "ORG", (9, 17)),
        ("Malaysia", "LOC", (35, 43)),
    ]


def test_a_team_a_player_races_for_stays_beside_a_person_called_by_its_part() -> None:
    """Review of persons2 (s35): `untuk Aston Martin` is the side Alonso races for; `Martin`, a
    rider, is no part of it."""
    text = "Alonso kini membalap untuk Aston Martin. Sementara itu Martin menjuarai MotoGP."
    model = [("Alonso", "PER", 0), ("Aston Martin", "ORG", 0), ("Martin", "PER", 1)]
    assert vetted_at_words(text, model) == [
        ("Alonso", "PER", (0, 6)),
        ("Aston Martin", "ORG", (27, 39)),
        ("Martin", "PER", (55, 61)),
    ]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Gol penyeimbang dicetak Hakan Calhanoglu lewat titik penalti.", "Hakan Calhanoglu", "ORG"),
        ("Riasan wajah sang model ditangani Sam Visser sejak pagi.", "Sam Visser", "ORG"),
        ("Penonton bersorak ketika Laura Moane naik ke panggung.", "Laura Moane", "LOC"),
        # warta's own given name (names_given.txt: `Lukas`)
        ("Jika Lukas Enembe tidak membayar uang pengganti, hartanya disita jaksa.", "Lukas Enembe", "ORG"),
    ],
)
def test_a_name_opening_with_a_given_name_is_a_person(text: str, name: str, label: str) -> None:
    """Session 42 (`_person_by_given`): a given name opens it, Indonesian (warta's) or of another
    country (names_given_foreign_derived.txt), and no word of it is a body's or a common English
    one."""
    start = text.index(name)
    span = (start, start + len(name))
    assert first_vetted(text, [(name, label)]) == [(name, "PER", span)]
    assert person_spans(text, [(name, label)]) == [(name, (span,))]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a common English word after the given name: a colour
        ("Ponsel itu hadir dalam warna Rose Gold dan hitam.", "Rose Gold", "ORG"),
        # a given name (`Victoria`) before a word news-raw holds in bodies' or places' names more
        # often than in persons' (`Park`): a park
        ("Ribuan orang memadati Victoria Park pada Minggu malam.", "Victoria Park", "LOC"),
        # no given name opens it (`Santa`): a city, after a verb no locative
        ("Banjir merendam Santa Clara sejak Senin pagi.", "Santa Clara", "LOC"),
    ],
)
def test_a_name_with_an_english_word_a_body_word_or_no_given_name_first_stays(
    text: str, name: str, label: str
) -> None:
    """Session 42's review 2: the gates of `_person_by_given` (`english_words_share`,
    `body_words_share`, `_given_name_by`) each keep the model's label."""
    start = text.index(name)
    assert first_vetted(text, [(name, label)]) == [(name, label, (start, start + len(name)))]
    assert person_spans(text, [(name, label)]) == []


def test_a_name_opening_with_a_given_name_listed_beside_bodies_stays() -> None:
    """Session 42 (`_listed_beside_other`): shops listed beside shops are named after people as
    often; the given name is no evidence there."""
    text = "Pameran itu diikuti Toko Sinar Abadi, Elias Krips, dan Kedai Bintang Jaya."
    items = [("Toko Sinar Abadi", "ORG"), ("Elias Krips", "ORG"), ("Kedai Bintang Jaya", "ORG")]
    assert first_vetted(text, items) == [
        ("Toko Sinar Abadi", "ORG", (20, 36)),
        ("Elias Krips", "ORG", (38, 49)),
        ("Kedai Bintang Jaya", "ORG", (55, 73)),
    ]
    assert person_spans(text, items) == []


@pytest.mark.parametrize(
    ("text", "items", "expected", "persons"),
    [
        # after a word of motion, read as a place by the model: an airport named after a person
        (
            "Presiden Joko Widodo bertolak dari Halim Perdanakusuma menuju Solo pada Senin pagi.",
            [("Joko Widodo", "PER"), ("Halim Perdanakusuma", "LOC"), ("Solo", "LOC")],
            [
                ("Joko Widodo", "PER", (9, 20)),
                ("Halim Perdanakusuma", "LOC", (35, 54)),
                ("Solo", "LOC", (62, 66)),
            ],
            [("Joko Widodo", ((9, 20),))],
        ),
        (
            "Pesawat kepresidenan lepas landas dari Halim Perdanakusuma pukul 08.00 WIB.",
            [("Halim Perdanakusuma", "LOC")],
            [("Halim Perdanakusuma", "LOC", (39, 58))],
            [],
        ),
        (
            "Sebagian ofisial menyusul dari Halim Perdanakusuma.",
            [("Halim Perdanakusuma", "LOC")],
            [("Halim Perdanakusuma", "LOC", (31, 50))],
            [],
        ),
        (
            "Penerbangan dari Sam Ratulangi ke Jakarta tertunda.",
            [("Sam Ratulangi", "LOC"), ("Jakarta", "LOC")],
            [("Sam Ratulangi", "LOC", (17, 30)), ("Jakarta", "LOC", (34, 41))],
            [],
        ),
        (
            "Kapal itu tiba dari Adam Malik kemarin.",
            [("Adam Malik", "LOC")],
            [("Adam Malik", "LOC", (20, 30))],
            [],
        ),
        # after a noun for the people of a place (`Warga`): a town
        (
            "Warga Milton Keynes di Inggris dilanda banjir sejak Senin.",
            [("Milton Keynes", "LOC"), ("Inggris", "LOC")],
            [("Milton Keynes", "LOC", (6, 19)), ("Inggris", "LOC", (23, 30))],
            [],
        ),
    ],
)
def test_a_place_named_after_a_person_where_a_place_stands_stays_a_place(
    text: str, items: list[tuple[str, str]], expected: list, persons: list
) -> None:
    """Session 42's review (`_placed`): airports, hospitals and towns are named after people
    (`Halim`, warta's given name; `Sam`, `Adam`, `Milton`, another country's), so a given name opening
    the model's place right after a word of motion or source, or a noun for a place's people, is no
    evidence of a person."""
    assert first_vetted(text, items) == expected
    assert person_spans(text, items) == persons


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the name ends a title-case run a place's kind word opens, one word or two
        ("Ribuan suporter memadati Stadion Utama Jacob Fenny sejak sore.", [("Jacob Fenny", "LOC")]),
        (
            "Pesawat mendarat di Bandara Internasional Sam Ratulangi pada Senin pagi.",
            [("Sam Ratulangi", "LOC")],
        ),
        ("Bandara Internasional Benito Juarez ditutup karena abu vulkanik.", [("Benito Juarez", "LOC")]),
        (
            "Pesawat mendarat di Bandar Udara Internasional Frans Kaisiepo di Biak.",
            [("Frans Kaisiepo", "LOC"), ("Biak", "LOC")],
        ),
        ("Pasien dirawat di Rumah Sakit Umum Frans Seda.", [("Frans Seda", "LOC")]),
        ("Polisi menutup ruas Jalan Raya Adam Malik selama dua jam.", [("Adam Malik", "LOC")]),
        (
            "Pesawat itu transit di Terminal 3 Indira Gandhi sebelum ke London.",
            [("Indira Gandhi", "LOC"), ("London", "LOC")],
        ),
        # a word of destination or route before the model's place
        ("Pesawat tujuan Sam Ratulangi ditunda dua jam.", [("Sam Ratulangi", "LOC")]),
        ("Penerbangan Garuda tujuan Jorge Chavez ditunda.", [("Garuda", "ORG"), ("Jorge Chavez", "LOC")]),
        (
            "Jemaah diberangkatkan via Frans Kaisiepo ke Jakarta.",
            [("Frans Kaisiepo", "LOC"), ("Jakarta", "LOC")],
        ),
        ("Rombongan pulang lewat Adi Soemarmo pada Senin malam.", [("Adi Soemarmo", "LOC")]),
        (
            "Jemaah haji diberangkatkan melalui Sam Ratulangi menuju Jeddah.",
            [("Sam Ratulangi", "LOC"), ("Jeddah", "LOC")],
        ),
        # a ship: a vessel's prefix or `kapal` before it (`_vessel_kinds`)
        (
            "Kapal induk USS Carl Vinson berlayar menuju Laut China Selatan.",
            [("Carl Vinson", "ORG"), ("Laut China Selatan", "LOC")],
        ),
        (
            "Kapal induk Carl Vinson berlayar menuju Laut China Selatan.",
            [("Carl Vinson", "ORG"), ("Laut China Selatan", "LOC")],
        ),
        ("Kapal perang KRI Frans Kaisiepo ikut dalam latihan bersama itu.", [("Frans Kaisiepo", "ORG")]),
    ],
)
def test_a_facility_a_destination_or_a_ship_named_after_a_person_stays(
    text: str, items: list[tuple[str, str]]
) -> None:
    """Session 42's review 2: a qualifier between the kind word and the name (`Stadion Utama`,
    `Rumah Sakit Umum`), a destination's or a route's word (`tujuan`, `via`, `lewat`, `melalui`)
    and a ship's kind give no person."""
    expected = [(s, label, (text.index(s), text.index(s) + len(s))) for s, label in items]
    assert first_vetted(text, items) == expected
    assert person_spans(text, items) == []


def test_a_university_after_its_qualified_kind_stays_a_body() -> None:
    """Session 42's review 2: `Universitas Katolik` opens the run after the sentence's first word."""
    text = "Mahasiswa Universitas Katolik Widya Mandira menggelar aksi damai."
    assert first_vetted(text, [("Widya Mandira", "ORG")]) == [("Widya Mandira", "ORG", (30, 43))]


@pytest.mark.xfail(
    strict=True,
    reason="a layer after vetting reads the university's name after `Universitas Katolik` as a person",
)
def test_a_university_after_its_qualified_kind_gives_no_person() -> None:
    text = "Mahasiswa Universitas Katolik Widya Mandira menggelar aksi damai."
    assert person_spans(text, [("Widya Mandira", "ORG")]) == []


@pytest.mark.xfail(
    strict=True,
    reason="a road's or a runway's noun (`sepanjang`, `ruas`, `Landasan pacu`) and a hyphened route "
    "(`Jakarta-Frans Kaisiepo`) are in no list of place kinds or route words: the given name makes a person",
)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kemacetan terjadi di sepanjang Frans Kaisiepo hingga bundaran.", "Frans Kaisiepo"),
        ("Polisi menutup ruas Adam Malik selama dua jam.", "Adam Malik"),
        ("Landasan pacu Frans Kaisiepo ditutup sementara.", "Frans Kaisiepo"),
        ("Rute Jakarta-Frans Kaisiepo kembali dibuka.", "Frans Kaisiepo"),
    ],
)
def test_a_road_a_runway_or_a_route_named_after_a_person_stays(text: str, name: str) -> None:
    start = text.index(name)
    assert first_vetted(text, [(name, "LOC")]) == [(name, "LOC", (start, start + len(name)))]


@pytest.mark.xfail(
    strict=True,
    reason="a stadium apposed after `kandang mereka,` stands where no place's word is: the given name "
    "makes a person of the model's place",
)
def test_the_whole_article_gives_no_person_for_an_apposed_stadium() -> None:
    r = extract_article(b"Persipura menjamu lawannya di kandang mereka, Lukas Enembe, pada Sabtu.")
    assert [(e.text, str(e.label), e.span) for e in r.entities] == []
    assert [p.name for p in r.persons] == []


@pytest.mark.xfail(
    strict=True,
    reason="`_placed` reads a noun for a place's people (`warga`) or `dari` before a name as a place's "
    "whatever follows: a resident or a source named after them stays the model's place",
)
def test_a_person_after_a_residents_noun_or_a_source_word_is_a_person() -> None:
    text = "Kata warga Laura Moane, banjir datang tengah malam."
    assert first_vetted(text, [("Laura Moane", "LOC")]) == [("Laura Moane", "PER", (11, 22))]
    text = "Pesan itu datang dari Sam Visser, penata rias sang model."
    assert first_vetted(text, [("Sam Visser", "LOC")]) == [("Sam Visser", "PER", (22, 32))]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "Presiden Joko Widodo bertolak dari Halim Perdanakusuma menuju Solo pada Senin pagi.",
            [
                ("Joko Widodo", "PER", (9, 20)),
                ("Halim Perdanakusuma", "LOC", (35, 54)),
                ("Solo", "LOC", (62, 66)),
            ],
        ),
        (
            "Pesawat kepresidenan lepas landas dari Halim Perdanakusuma pukul 08.00 WIB.",
            [("Halim Perdanakusuma", "LOC", (39, 58))],
        ),
        ("Warga Milton Keynes di Inggris dilanda banjir sejak Senin.", [("Inggris", "LOC", (23, 30))]),
    ],
)
def test_the_whole_article_gives_no_person_for_a_place_named_after_one(text: str, entities: list) -> None:
    """The records of the whole article (the model's own labels): the airport stays a place, the
    town no person (the model's place of `Milton Keynes` is dropped, a miss of its own)."""
    r = extract_article(text.encode())
    assert [(e.text, str(e.label), e.span) for e in r.entities] == entities
    assert [p.name for p in r.persons] == [e[0] for e in entities if e[1] == "PER"]


@pytest.mark.xfail(
    strict=True,
    reason="companies and brands named after their founders (GUIDELINES §6: organisations) open with "
    "a given name as persons do; session 42's review tried a list guard over the model's persons too, "
    "which lost 21 of 110 right firings on news-raw (lists of players and actors whose neighbours "
    "news-raw does not know), and a company's verb is a person's as often (`Lukas Enembe didakwa`)",
)
@pytest.mark.parametrize(
    ("text", "items", "expected"),
    [
        # one retyped item rescues its neighbour, which vetting drops beside a body
        (
            "Kate Spade dan Michael Kors kini dimiliki Tapestry, perusahaan mode asal New York.",
            [("Kate Spade", "ORG"), ("Michael Kors", "PER"), ("Tapestry", "ORG"), ("New York", "LOC")],
            [("Kate Spade", "ORG", (0, 10)), ("Tapestry", "ORG", (42, 50)), ("New York", "LOC", (73, 81))],
        ),
        (
            "Louis Vuitton membuka butik barunya di Plaza Senayan pekan lalu.",
            [("Louis Vuitton", "ORG"), ("Plaza Senayan", "LOC")],
            [("Louis Vuitton", "ORG", (0, 13)), ("Plaza Senayan", "LOC", (39, 52))],
        ),
        # session 42's review 2: a scholarship's or a biscuit's noun before them is of an open class;
        # a brand's name alone has none
        (
            "Beasiswa Eka Tjipta diberikan kepada 200 mahasiswa.",
            [("Eka Tjipta", "ORG")],
            [("Eka Tjipta", "ORG", (9, 19))],
        ),
        (
            "Biskuit Marie Regal menjadi camilan favorit anak-anak.",
            [("Marie Regal", "ORG")],
            [("Marie Regal", "ORG", (8, 19))],
        ),
        (
            "Tommy Hilfiger menutup gerainya di Jakarta.",
            [("Tommy Hilfiger", "ORG"), ("Jakarta", "LOC")],
            [("Tommy Hilfiger", "ORG", (0, 14)), ("Jakarta", "LOC", (35, 42))],
        ),
    ],
)
def test_a_brand_named_after_its_founder_is_no_person(
    text: str, items: list[tuple[str, str]], expected: list
) -> None:
    assert first_vetted(text, items) == expected
    assert person_spans(text, items) == []
