"""A shouted short name the model reads as ORG that opens a clause before an active verb (`me-`)
is the clause's agent, a body (`bodies._agent_of`: `CSRA membidik …`, `Selain menyegel, KLH
mengambil …`), its short name a body's as a defined one is (GUIDELINES §6: organisations). A verb
of being or having makes it the thing a sentence defines or describes (`ANBK merupakan …`, `SLF
menjadi syarat`, `PLTN memiliki …`), and a word right before makes it a noun's or a verb's object
or a title's field (`berbasis KPI akan membuat`, `Menteri ESDM memberhentikan`): no body, nor is one
after an abbreviation's dot (`dr. BDS memeriksa`: `page._opens_clause`). A programme, an event or a
system acts too: a short name the article spells out in brackets beside such a name or writes before
a year stays no body (`bodies._named_as_programme`), where it opens the dated name (`JMFW 2026`; not
`Piala AFF 2024`, `Kinerja BRKS 2023`). A movement of people (`Gerakan Mahasiswa …`) is a body, and a
phrase a preposition opens the sentence with may stand before the agent (`Di Jakarta, KLH …`:
`page._opens_agent_clause`). Whole outputs on invented sentences."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities
from tests.entity_records import article_entities as _entities
from tests.entity_records import model_entities


def _resolved(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, e.label, e.span) for e in resolve_entities(text, model_entities(text, model))]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Penjualan naik sejak Maret. CSRA membidik produksi minyak sawit mentah naik 15 persen.",
            [("CSRA", "ORG")],
            [("CSRA", "ORG", (28, 32))],
        ),
        (
            "Selain menyegel pabrik itu, KLH mengambil sampel air limbah untuk diuji.",
            [("KLH", "ORG")],
            [("KLH", "ORG", (28, 31))],
        ),
        (
            '"APKI mendukung langkah pemerintah menata ulang izin usaha kertas," katanya.',
            [("APKI", "ORG")],
            [("APKI", "ORG", (1, 5))],
        ),
        (
            "Untuk menambah kapasitas, TBLA juga menganggarkan belanja modal Rp200 miliar.",
            [("TBLA", "ORG")],
            [("TBLA", "ORG", (26, 30))],
        ),
    ],
)
def test_a_short_name_opening_a_clause_before_an_active_verb_is_a_body(
    text: str, model: list, expected: list
) -> None:
    assert _resolved(text, model) == expected


def test_the_agents_other_mentions_are_the_body_too() -> None:
    text = (
        "Produk terbaru VIKO dijual mulai pekan depan. VIKO memperkenalkan tiga jam tangan pintar "
        "untuk pelari."
    )
    model = [("VIKO", "ORG"), ("VIKO", "ORG")]
    assert _resolved(text, model) == [("VIKO", "ORG", (15, 19)), ("VIKO", "ORG", (46, 50))]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Untuk diketahui, ANBK merupakan asesmen yang diikuti seluruh sekolah dasar.", "ANBK"),
        ("Menurut dia, SLF menjadi syarat sebelum gedung itu dipakai.", "SLF"),
        ("Dibanding pembangkit batu bara, PLTN memiliki emisi karbon yang jauh lebih rendah.", "PLTN"),
    ],
)
def test_a_short_name_before_a_verb_of_being_or_having_is_no_body(text: str, word: str) -> None:
    assert _resolved(text, [(word, "ORG")]) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dewan itu menilai evaluasi berbasis KPI akan membuat kinerja pegawai lebih terukur.", "KPI"),
        ("Orang tua murid menilai SPMB memperbaiki pemerataan akses sekolah negeri.", "SPMB"),
        ("Kemarin Menteri BUMR memberhentikan dua direktur perusahaan itu.", "BUMR"),
    ],
)
def test_a_short_name_after_a_word_is_no_agent(text: str, word: str) -> None:
    assert _resolved(text, [(word, "ORG")]) == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Di ruang IGD RSUD Sanjiwani, dr. BDS memeriksa pasien yang baru tiba.",
            "BDS",
            [("RSUD Sanjiwani", "LOC", (13, 27))],
        ),
        ("Di sana, Dr. RHM menangani pasien luka bakar sejak pagi.", "RHM", []),
    ],
)
def test_a_short_name_after_an_abbreviations_dot_is_no_agent(text: str, word: str, expected: list) -> None:
    assert _resolved(text, [(word, "ORG")]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selain menyegel pabrik itu, KLH mengambil sampel air limbah untuk diuji.",
            [("KLH", "ORG", (28, 31))],
        ),
        (
            "Produk terbaru VIKO dijual mulai pekan depan. VIKO memperkenalkan tiga jam tangan pintar "
            "untuk pelari.",
            [("VIKO", "ORG", (15, 19)), ("VIKO", "ORG", (46, 50))],
        ),
    ],
)
def test_an_agent_in_a_whole_article_is_a_body(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Untuk diketahui, ANBK merupakan asesmen yang diikuti seluruh sekolah dasar.", []),
        ("Dibanding pembangkit batu bara, PLTN memiliki emisi karbon yang jauh lebih rendah.", []),
        ("Orang tua murid menilai SPMB memperbaiki pemerataan akses sekolah negeri.", []),
        ("Kemarin Menteri BUMR memberhentikan dua direktur perusahaan itu.", []),
        (
            "Di ruang IGD RSUD Sanjiwani, dr. BDS memeriksa pasien yang baru tiba.",
            [("RSUD Sanjiwani", "LOC", (13, 27))],
        ),
        (
            "Program Peremajaan Sawit Rakyat (PSR) terus berjalan. PSR membantu petani mengganti pohon "
            "sawit yang sudah tua.",
            [],
        ),
        (
            "Transaksi di ajang Jakarta Muslim Fashion Week (JMFW) naik. Tahun depan, JMFW menghadirkan 40 "
            "desainer lokal.",
            [("Jakarta", "LOC", (19, 26))],
        ),
        pytest.param(
            "Pemerintah memakai Sistem Informasi Mineral dan Batubara (SIMBARA). Secara teknis, SIMBARA "
            "mengintegrasikan data penjualan mineral.",
            [],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a short name made of its name's syllables (`SIMBARA`: Sistem Informasi Mineral dan "
                "Batubara) spelled before its bracket: `shortnames._spelled_out` reads initials only, so "
                "`_named_as_programme` does not read the system's name",
            ),
        ),
    ],
)
def test_no_agent_in_a_whole_article_is_a_body(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Di Jakarta, KLH mengambil sampel air limbah untuk diuji.",
            [("KLH", "ORG")],
            [("Jakarta", "LOC", (3, 10)), ("KLH", "ORG", (12, 15))],
        ),
        (
            "Menurut Reuters, CSRA membidik produksi minyak sawit mentah naik 15 persen.",
            [("CSRA", "ORG")],
            [("Reuters", "ORG", (8, 15)), ("CSRA", "ORG", (17, 21))],
        ),
    ],
)
def test_an_agent_after_a_phrase_opening_the_sentence_is_a_body(
    text: str, model: list, expected: list
) -> None:
    assert _resolved(text, model) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Menurut Reuters, Bloomberg, dan AFP, CSRA membidik produksi minyak sawit.",
            "CSRA",
            [("Reuters", "ORG", (8, 15)), ("Bloomberg", "ORG", (17, 26)), ("AFP", "ORG", (32, 35))],
        ),
        ("Warga di Jakarta, KLH mengambil sampel air limbah.", "KLH", [("Jakarta", "LOC", (9, 16))]),
        ("Bersama Budi, KLH mengambil sampel air limbah untuk diuji.", "KLH", []),
    ],
)
def test_a_short_name_after_a_list_or_a_phrase_inside_the_sentence_is_no_agent(
    text: str, word: str, expected: list
) -> None:
    assert _resolved(text, [(word, "ORG")]) == expected


@pytest.mark.xfail(
    strict=True,
    reason="an adverb of time before the agent (`Tahun ini CSRA membidik`) reads as a word governing "
    "the short name: `_agent_of` asks for a mark or nothing right before it",
)
def test_an_agent_after_an_adverb_of_time_is_a_body() -> None:
    text = "Tahun ini CSRA membidik produksi minyak sawit mentah naik 15 persen."
    assert _resolved(text, [("CSRA", "ORG")]) == [("CSRA", "ORG", (10, 14))]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Program Peremajaan Sawit Rakyat (PSR) terus berjalan. PSR membantu petani mengganti pohon "
            "sawit yang sudah tua.",
            "PSR",
            [],
        ),
        (
            "Transaksi di ajang Jakarta Muslim Fashion Week (JMFW) naik. Tahun depan, JMFW menghadirkan 40 "
            "desainer lokal.",
            "JMFW",
            [("Jakarta", "LOC", (19, 26))],
        ),
        ("Penjualan di JMFW 2026 naik tajam. Tahun depan, JMFW menghadirkan 40 desainer lokal.", "JMFW", []),
        ("JMFW 2026 ramai pengunjung. Tahun depan, JMFW menghadirkan 40 desainer lokal.", "JMFW", []),
        (
            "Panitia menggelar Kirab Pemuda Nusantara (KPN) di Bogor. Tahun ini, KPN menempuh 20 kota.",
            "KPN",
            [("Bogor", "LOC", (50, 55))],
        ),
        pytest.param(
            "Pemerintah memakai Sistem Informasi Mineral dan Batubara (SIMBARA). Secara teknis, SIMBARA "
            "mengintegrasikan data penjualan mineral.",
            "SIMBARA",
            [],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a short name made of its name's syllables (`SIMBARA`: Sistem Informasi Mineral dan "
                "Batubara) spelled before its bracket: `shortnames._spelled_out` reads initials only, so "
                "`_named_as_programme` does not read the system's name",
            ),
        ),
        (
            "Pemerintah memperkuat SIMBARA (Sistem Informasi Mineral dan Batubara). SIMBARA menghubungkan "
            "data lintas kementerian.",
            "SIMBARA",
            [],
        ),
    ],
)
def test_a_programme_event_or_system_acting_is_no_body(text: str, word: str, expected: list) -> None:
    assert _resolved(text, [(word, "ORG"), (word, "ORG")]) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Timnas gagal lolos dari fase grup Piala AFF 2024. Sehari kemudian, AFF menjatuhkan denda "
            "kepada PSSI.",
            [("AFF", "ORG"), ("AFF", "ORG"), ("PSSI", "ORG")],
            [("AFF", "ORG", (67, 70)), ("PSSI", "ORG", (96, 100))],
        ),
        (
            "Kinerja BRKS 2023 tumbuh. BRKS menyalurkan kredit Rp2 triliun kepada UMKM.",
            [("BRKS", "ORG"), ("BRKS", "ORG")],
            [("BRKS", "ORG", (8, 12)), ("BRKS", "ORG", (26, 30))],
        ),
    ],
)
def test_a_year_after_a_longer_name_ending_in_the_short_name_keeps_the_body(
    text: str, model: list, expected: list
) -> None:
    assert _resolved(text, model) == expected


def test_a_movement_of_people_acting_is_a_body() -> None:
    text = (
        "Ketua Gerakan Mahasiswa Nasional Indonesia (GMNI) Jember menyampaikan tuntutan. Sebelumnya, "
        "GMNI menggelar aksi di depan kantor DPRD."
    )
    assert _resolved(text, [("GMNI", "ORG"), ("GMNI", "ORG")]) == [
        ("GMNI", "ORG", (44, 48)),
        ("Jember", "LOC", (50, 56)),
        ("GMNI", "ORG", (92, 96)),
        ("DPRD", "ORG", (128, 132)),
    ]


def test_a_body_spelled_out_after_an_events_word_is_a_body() -> None:
    text = (
        "Dalam Rakernas Asosiasi Pengusaha Kopi Nusantara (APKN) di Jakarta, APKN menyerahkan bantuan "
        "kepada petani."
    )
    assert _resolved(text, [("APKN", "ORG"), ("APKN", "ORG")]) == [
        ("Asosiasi Pengusaha Kopi Nusantara", "ORG", (15, 48)),
        ("APKN", "ORG", (50, 54)),
        ("Jakarta", "LOC", (59, 66)),
        ("APKN", "ORG", (68, 72)),
    ]


def test_a_programme_that_speaks_is_still_its_body() -> None:
    text = (
        "Pemerintah memperpanjang Program Peremajaan Sawit Rakyat (PSR). PSR mengatakan dana tahap "
        "kedua cair bulan depan."
    )
    assert _resolved(text, [("PSR", "ORG"), ("PSR", "ORG")]) == [
        ("PSR", "ORG", (58, 61)),
        ("PSR", "ORG", (64, 67)),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a programme's short name written after a lowercase `program` only (`program PSR`): the noun "
    "reads as the programme's name as often as a body's programme (`operasi IPFO`, `indeks FTSE`: news-raw, "
    "bodies acting), so `_named_as_programme` does not read it",
)
def test_a_programme_after_its_noun_acting_is_no_body() -> None:
    text = "Dinas Perkebunan menyalurkan dana program PSR. Tahun ini, PSR membantu 300 petani di Riau."
    assert _entities(text) == [("Dinas Perkebunan", "ORG", (0, 16)), ("Riau", "LOC", (85, 89))]


@pytest.mark.xfail(
    strict=True,
    reason="a payment system written after a lowercase noun of payment (`pembayaran QRIS`), with no "
    "bracket nor year beside it: `_named_as_programme` reads no noun before a short name",
)
def test_a_payment_system_acting_is_no_body() -> None:
    text = (
        "Pedagang kini memakai pembayaran QRIS. Sejak diluncurkan tahun lalu, QRIS mempermudah "
        "pedagang kecil menerima uang."
    )
    assert _entities(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="a suspect's initials acting in crime news (`HRS mencongkel`, `MRS menyembunyikan`): "
    "nothing in the sentence tells initials from a body's short name",
)
def test_a_suspects_initials_acting_are_no_body() -> None:
    text = "Menurut polisi, HRS mencongkel jendela rumah korban sebelum mengambil perhiasan."
    assert _entities(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="a meeting of shareholders acting (`RUPST menyetujui`): `rapat` is no event's word, for the "
    "model tags meeting rooms without a head (entities_events.txt)",
)
def test_a_shareholders_meeting_acting_is_no_body() -> None:
    text = "Dalam rapat di Jakarta, RUPST menyetujui pembagian dividen Rp500 miliar."
    assert _resolved(text, [("RUPST", "ORG")]) == []
