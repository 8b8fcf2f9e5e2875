"""The organisation decision vouches for a name a capitalised noun for a national side opens
before the side's name (`Timnas Gabon`, wherever it stands: `kinds._side_named`), as it does for
one a body's head opens. A lowercase side's word names a country's side, no name (`timnas
Gabon`), and a lone `Timnas` names no side: both are weighed as any name. A council's noun
(entities_council_nouns.txt: `Majelis`, `Komite`, `Serikat`, `Jaringan`) vouches for nothing:
its names of any length are events, kinds and things as often as bodies (`Majelis Zikir Akbar`,
`Komite Sekolah 2024`, `Serikat Pekerja Tingkat Perusahaan`, `Jaringan Gas Kota`, `Laskar
Pelangi`); a competitor's word opens no body (`Putri Indonesia`); a name ending in an event's
word is the body's event (`Aliansi Jurnalis Independen Expo`)."""

from __future__ import annotations

import pytest

from extract.ner.entities import tokens
from extract.ner.entities.decision import decided_orgs
from extract.ner.entities.kinds import _side_named
from extract.records import Entity, EntityLabel
from extract.text.patterns import whole_words
from tests.entity_records import article_entities


def _orgs(text: str, names: list[str]) -> list[Entity]:
    """Every whole-word mention of ``names`` as an ORG entity, in text order."""
    found = [Entity(n, EntityLabel.ORG, sp) for n in names for sp in whole_words(text, n)]
    return sorted(found, key=lambda e: e.span)


def _decided(text: str, names: list[str]) -> list[tuple[str, EntityLabel, tuple[int, int]]]:
    """The decision's ORGs when the model tagged every mention of ``names`` ORG."""
    ents = _orgs(text, names)
    return [(e.text, e.label, e.span) for e in decided_orgs(text, tokens(text), ents, ents, [])]


@pytest.mark.parametrize(
    ("text", "names", "spans"),
    [
        (
            "Timnas Kamerun menang tipis 1-0 atas Timnas Gabon pada laga Grup F Piala Afrika, Minggu malam.",
            ["Timnas Kamerun", "Timnas Gabon"],
            [(0, 14), (37, 49)],
        ),
        (
            "Sementara itu, Timnas Bola Voli Putri Indonesia baru dua kali menjalani uji coba.",
            ["Timnas Bola Voli Putri Indonesia"],
            [(15, 47)],
        ),
        (  # a side's noun opening a sentence opens the side's name all the same
            "Timnas kalah 0-2 dari Vietnam. Timnas Gabon juga kalah dari Kamerun.",
            ["Timnas Gabon"],
            [(31, 43)],
        ),
    ],
)
def test_a_name_a_side_s_noun_opens_stays(text: str, names: list[str], spans: list[tuple[int, int]]) -> None:
    assert _decided(text, names) == [(text[s:e], EntityLabel.ORG, (s, e)) for s, e in spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a council noun that opens a novel's or a film's name as often as a body's
        ("Penonton memadati bioskop untuk menonton Laskar Pelangi di Belitung.", "Laskar Pelangi"),
        # a network, no body
        ("Pelanggan kini bisa menikmati Jaringan 5G Telkomsel di Kota Medan.", "Jaringan 5G Telkomsel"),
        # a body's kind with no further name
        ("Majelis Taklim di kampung itu rutin menggelar pengajian setiap Jumat.", "Majelis Taklim"),
        # a court's panel, a religious gathering, a committee's year: no body's name
        (
            "Majelis Hakim Mahkamah Konstitusi menolak seluruh permohonan pemohon pada Kamis.",
            "Majelis Hakim Mahkamah Konstitusi",
        ),
        (
            "Warga memadati Majelis Zikir Akbar di Masjid Raya Baiturrahman, Banda Aceh.",
            "Majelis Zikir Akbar",
        ),
        ("Pemilihan pengurus Komite Sekolah 2024 digelar di aula sekolah pada Senin.", "Komite Sekolah 2024"),
        # a body's event
        (
            "Kongres Aliansi Jurnalis Independen Expo dibuka di Surabaya pada Sabtu pagi.",
            "Aliansi Jurnalis Independen Expo",
        ),
    ],
)
def test_a_name_no_body_s_noun_vouches_for_is_weighed_and_dropped(text: str, name: str) -> None:
    assert _decided(text, [name]) == []


def test_a_licence_s_object_a_council_noun_opens_is_weighed() -> None:
    """`Jaringan` names a network's kind as often as a body (news-raw: the licence's object was
    1 of the 30 names the former reading gained): no rule vouches for it and the weights drop it."""
    text = "Operator itu mengantongi izin Jaringan Tetap Tertutup Berbasis Satelit dari kementerian."
    assert _decided(text, ["Jaringan Tetap Tertutup Berbasis Satelit"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pembangunan Jaringan Gas Kota di Kabupaten Musi Banyuasin ditargetkan menjangkau 5.000 rumah.",
            [("Kabupaten Musi Banyuasin", "LOC", (33, 57))],
        ),
        (
            "Pelanggan kini bisa menikmati Jaringan 5G Telkomsel di Kota Medan.",
            [("Kota Medan", "LOC", (55, 65))],
        ),
        ("Majelis Taklim di kampung itu rutin menggelar pengajian setiap Jumat.", []),
        ("PLN menargetkan Jaringan Transmisi Sumatera rampung pada 2025.", [("PLN", "ORG", (0, 3))]),
        (
            "Malam final Putri Indonesia digelar di Jakarta Convention Center.",
            [("Indonesia", "LOC", (18, 27)), ("Jakarta Convention Center", "LOC", (39, 64))],
        ),
        # an event, kinds of union and of committee (session 43, second review)
        (
            "Ribuan jemaah menghadiri Majelis Sholawat Akbar di alun-alun Kota Pekalongan pada Sabtu malam.",
            [("Kota Pekalongan", "LOC", (61, 76))],
        ),
        ("Pembentukan Serikat Pekerja Tingkat Perusahaan diatur dalam undang-undang ketenagakerjaan.", []),
        ("Dana itu dikelola oleh Komite Sekolah Dasar Negeri di setiap kecamatan.", []),
        ("Para pengurus Serikat Pekerja Buruh di pabrik itu menolak rencana pemutusan hubungan kerja.", []),
    ],
)
def test_a_network_a_kind_and_a_competitor_are_no_organisation(text: str, expected: list) -> None:
    """Whole articles: a network, an event or a body's kind a council noun opens and a
    competitor's title give no organisation."""
    assert article_entities(text) == expected


def test_a_lowercase_side_is_dropped() -> None:
    """Written in lowercase, `timnas` names the country's side: no rule vouches for the ORG and
    the weights drop it."""
    text = "Pelatih Herdman memanggil 26 pemain untuk menghadapi timnas Gabon pekan depan."
    assert _decided(text, ["timnas Gabon"]) == []


def test_a_side_s_noun_opening_a_sentence_names_the_side() -> None:
    """Whole article: `Timnas` capitalised at a sentence's start still opens the side's name."""
    text = "Timnas Gabon menang tipis atas Kamerun pada laga Grup F."
    assert article_entities(text) == [("Timnas Gabon", "ORG", (0, 12)), ("Kamerun", "LOC", (31, 38))]


def test_a_lone_side_s_noun_is_not_vouched_for() -> None:
    """`Timnas` with no name after it names no side: the rule vouches for nothing."""
    text = "Pelatih Herdman memanggil 26 pemain untuk memperkuat Timnas pekan depan."
    toks = tokens(text)
    k = [t.text for t in toks].index("Timnas")
    assert not _side_named(toks, range(k, k + 1))


@pytest.mark.xfail(
    strict=True,
    reason="a lone `Timnas` (a generic kind, never annotated in news-raw) is kept by the decision's weights; "
    "no rule drops a side's noun alone",
)
def test_a_lone_side_s_noun_gives_no_organisation() -> None:
    text = "Pelatih Herdman memanggil 26 pemain untuk memperkuat Timnas pekan depan."
    assert article_entities(text) == [("Herdman", "PER", (8, 15))]


@pytest.mark.xfail(
    strict=True,
    reason="a council's name with no body's head the weights drop: no rule vouches for a council's noun "
    "(its names are events and kinds as often: `Majelis Zikir Akbar`, `Komite Sekolah 2024`); "
    "session 43's council vouching, removed, gained such names on news-raw (nr0: Majelis Umum PBB, Mahkamah "
    "Pidana Internasional, Komite Disiplin (Komdis) PSSI, Majelis Kehormatan MK, Aliansi Pengusaha Haramain "
    "Seluruh Indonesia)",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putusan itu dibacakan Mahkamah Syariah Aceh pada Selasa siang.",
            [("Mahkamah Syariah Aceh", "ORG", (22, 43))],
        ),
        (
            "Kecaman itu disampaikan Aliansi Jurnalis Independen dalam siaran persnya, Senin.",
            [("Aliansi Jurnalis Independen", "ORG", (24, 51))],
        ),
        (
            "Komite Percepatan Pembangunan Papua menggelar rapat koordinasi di Jayapura.",
            [("Komite Percepatan Pembangunan Papua", "ORG", (0, 35)), ("Jayapura", "LOC", (66, 74))],
        ),
        (
            "Resolusi itu disahkan Majelis Umum PBB dalam sidang darurat di New York pada Kamis.",
            [("Majelis Umum PBB", "ORG", (22, 38)), ("New York", "LOC", (63, 71))],
        ),
        (
            "Putin menjadi buronan Mahkamah Pidana Internasional sejak tahun lalu.",
            [("Mahkamah Pidana Internasional", "ORG", (22, 51))],
        ),
        (
            "Laporan itu kini diperiksa Majelis Kehormatan MK pekan depan.",
            [("Majelis Kehormatan MK", "ORG", (27, 48))],
        ),
        (
            "Sanksi itu dijatuhkan Komite Disiplin (Komdis) PSSI pada Rabu.",
            [("Komite Disiplin (Komdis) PSSI", "ORG", (22, 51))],
        ),
        (
            "Nantinya badan itu berubah nama. Aliansi Pengusaha Haramain Seluruh Indonesia (Asphirasi) "
            "mendukung penuh pembentukan kementerian itu.",
            [("Aliansi Pengusaha Haramain Seluruh Indonesia", "ORG", (33, 77))],
        ),
    ],
)
def test_a_council_s_name_the_weights_drop(text: str, expected: list) -> None:
    assert article_entities(text) == expected
