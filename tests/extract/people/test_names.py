"""Person names (GUIDELINES §2, §6): normalisation, merging, persons with and without NER."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.ner.vet import vet_entities
from extract.people.lexicon import match_marker
from extract.people.names import same_person, strip_name
from extract.people.officials import extract_officials
from extract.people.persons import extract_persons
from extract.records import Entity, Person
from extract.resources import load_lines
from extract.text.tokens import tokenize
from extract.text.words import word_class
from tests.growth import LINEAR_BOUND, growth, scaled
from tests.spans import nth_span as _at

from ...conftest import needs_model

RESOURCES = Path(__file__).parents[3] / "extract" / "resources"


# ---------------------------------------------------------------------- strip_name

STRIP = [
    ("dr.Silfia Naharani Wahdi,Sp.KKLp,M.M", "Silfia Naharani Wahdi"),
    ("Hj. Eva Dewi Fitriani", "Eva Dewi Fitriani"),
    ("AKBP Budi Santoso, S.I.K., M.H.", "Budi Santoso"),
    ("Prof. Dr. Ir. I Ketut Sudarsana, S.T., Ph.D.", "I Ketut Sudarsana"),
    ("Drs Lauw Kim Hok", "Lauw Kim Hok"),
    ("Pak Sutrisno Hakimi", "Sutrisno Hakimi"),
    ("Ibu Bupati", "Bupati"),  # trimming only; deciding that this is no name is extract_persons' job
    ("Kompol I Ketut Sudiarta", "I Ketut Sudiarta"),
    ("Letkol Inf Dwi Hariyono", "Dwi Hariyono"),
    ("KH. Ahmad Mustofa Bisri", "Ahmad Mustofa Bisri"),
    ("dr. Nursaidah Sirajuddin, M.Kes", "Nursaidah Sirajuddin"),
    ("M. Fuad", "M. Fuad"),
    ("Veronica MS", "Veronica MS"),  # MS is part of the name, not a degree
    ("I Made Kembang Hartawan", "I Made Kembang Hartawan"),
    ("Anak Agung Gede Suryawan", "Anak Agung Gede Suryawan"),
    # a degree listed in capitals (DEA, MBA) written as a name is written is a given name
    ("Dea Meranda", "Dea Meranda"),
    ("Wulan Mba", "Wulan Mba"),
    ("Budi Santoso, DEA", "Budi Santoso"),
    ("Rina Sari MBA", "Rina Sari"),
    # S.STP (Sarjana Sains Terapan Pemerintahan, IPDN), however spaced or dotted
    ("Dedi Supriadi, S.STP, M.Si", "Dedi Supriadi"),
    ("Dedi Supriadi, S. STP, M.Si", "Dedi Supriadi"),
    ("Andi Wijaya S.STP", "Andi Wijaya"),
    ("Andi Wijaya, SSTP", "Andi Wijaya"),
    # an applied degree written without its dots
    ("Meliana STrKeb", "Meliana"),
    # a degree's capitals with no dots before a name are its initials: degrees follow the name
    ("ST Wiranegara", "ST Wiranegara"),
    ("SH Darmaji Putra", "SH Darmaji Putra"),
    ("S.T. Wiranegara", "Wiranegara"),
]


@pytest.mark.parametrize(("text", "name"), STRIP)
def test_strip_name(text: str, name: str) -> None:
    sentence = f"Hadir {text} dalam acara."
    start = sentence.index(text)
    span = strip_name(sentence, start, start + len(text))
    assert span is not None
    assert sentence[span[0] : span[1]] == name


@pytest.mark.parametrize("text", ["Hj.", "S.I.K., M.H.", "AKBP", ", .", ""])
def test_strip_name_leaves_nothing(text: str) -> None:
    sentence = f"x {text} y"
    assert strip_name(sentence, 2, 2 + len(text)) is None


def test_strip_name_rejects_bad_spans() -> None:
    assert strip_name("Budi", 3, 1) is None
    assert strip_name("Budi", 0, 99) is None


# ---------------------------------------------------------------------- same_person

SAME = [
    ("Umi", "Umi Mastikah", True),
    ("Kembang", "I Made Kembang Hartawan", True),
    ("Wayan Eka Suarta", "I Wayan Eka Suarta", True),
    ("Bayu Sudana", "IGN Bayu Sudana", True),
    ("Noor", "Rizal Hakimi Noor", True),
    ("umi mastikah", "Umi Mastikah", True),
    ("Made", "I Made Kembang Hartawan", False),  # a particle alone
    ("Andi", "Andi Burhanudin", False),
    ("Budi Santoso", "Budi", False),
    ("Mastikah Umi", "Umi Mastikah", False),
    ("Veromica", "Veronica MS", False),  # a typo is not the same word
    ("", "Umi", False),
]


@pytest.mark.parametrize(("short", "full", "same"), SAME)
def test_same_person(short: str, full: str, same: bool) -> None:
    assert same_person(short, full) is same


# ---------------------------------------------------------------------- tokens and words


def test_tokenize_offsets() -> None:
    text = "Kasatpol PP Badung, I Gusti\nAgung"
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks] == ["Kasatpol", "PP", "Badung", ",", "I", "Gusti", "Agung"]
    assert [t.newline for t in toks] == [False] * 6 + [True]


@pytest.mark.parametrize(
    ("text", "kind", "length"),
    [
        ("S.I.K.", "post", 6),
        ("Sp.KKLp", "post", 3),
        ("Hj.", "rel", 2),
        ("Kombes Pol", "rank", 2),
        ("dr.", "pre", 2),
        ("Bapak", "hon", 1),
        ("Tuan Guru", "rel", 2),
    ],
)
def test_match_marker(text: str, kind: str, length: int) -> None:
    toks = tokenize(text + " Budi")
    m = match_marker(toks, 0)
    assert m is not None and (m[0].value, m[1]) == (kind, length)


@pytest.mark.parametrize("text", ["M Ali", "Mas", "H Budi", "Budi"])
def test_not_a_marker(text: str) -> None:
    # an initial without a dot, a lowercase-only honorific in capitals, a name
    toks = tokenize(text)
    m = match_marker(toks, 0)
    assert m is None or (text == "Mas" and m[0].value == "hon")


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("Perdagangan", "com"),
        ("Putri", "amb"),
        ("Dinas", "org"),
        ("DPRD", "acr"),
        ("Alfrianto", "unk"),
        ("Senin", "stop"),
        ("Agus", "giv"),
        ("Made", "part"),
        ("kata", "low"),
        ("MedanAmplas", "glued"),
        ("Rumah-rumah", "com"),
        ("Pemberhentian", "com"),
        # headline verbs are not names; names that end like them are
        ("Salurkan", "com"),
        ("Tinjau", "com"),
        ("Pinkan", "unk"),
        ("Depkeu", "org"),
        ("Thomas", "giv"),
    ],
)
def test_word_class(word: str, cls: str) -> None:
    assert word_class(word).value == cls


# ---------------------------------------------------------------------- extract_persons


def _persons(text: str, entities: list[Entity] | None = None) -> list[Person]:
    ents = vet_entities(text, entities or [])  # as extract_article does: vetted once, before both
    return extract_persons(text, ents, officials=extract_officials(text, entities=ents))


def _spans(text: str, *subs: str) -> tuple[tuple[int, int], ...]:
    out, pos = [], 0
    for sub in subs:
        start = text.index(sub, pos)
        out.append((start, start + len(sub)))
        pos = start + len(sub)
    return tuple(out)


def test_officials_are_persons_and_short_mentions_merge() -> None:
    text = (
        "PALANGKA RAYA – Wakil Wali Kota Palangka Raya Umi Mastikah membuka pelatihan.\n"
        "“Pemko terus bergerak,” ujar Umi.\n"
        "Umi menekankan, pemerintah bertanggung jawab."
    )
    assert _persons(text) == [
        Person(name="Umi Mastikah", mentions=_spans(text, "Umi Mastikah", "Umi", "Umi"))
    ]


def test_a_name_that_is_a_common_word_is_found_alone() -> None:
    text = (
        "Wakil Bupati Jembrana I Made Kembang Hartawan menggelar teleconference. Dalam video conference "
        "tersebut, Wabup Kembang menyapa pelaku UKM.\nKembang menambahkan, pemasaran via online "
        "lebih efektif. "
        "“Manfaatkan itu,” kata Kembang. Warga menanam bunga Kembang Sepatu."
    )
    assert _persons(text) == [
        Person(
            name="I Made Kembang Hartawan",
            mentions=_spans(text, "I Made Kembang Hartawan", "Kembang", "Kembang", "Kembang"),
        )
    ]


def test_particle_forms_merge_into_the_fullest_name() -> None:
    text = (
        "Kasatpol PP Tabanan mendapat perintah dari Bupati Tabanan, Wayan Eka Suarta untuk memantau "
        "pasar.\nPasar itu ditutup sementara oleh Bupati Tabanan I Wayan Eka Suarta."
    )
    assert _persons(text) == [
        Person(name="I Wayan Eka Suarta", mentions=_spans(text, "Wayan Eka Suarta", "I Wayan Eka Suarta"))
    ]


def test_people_without_a_title_by_rule() -> None:
    text = (
        "Medali perak diraih R. Fauzan (SMA putra), Kirana Lestari (SMA putri) dan Dinda Maharani "
        "(SMP putri).\n"
        "Sebelumnya, medali perunggu berhasil diraih Rizky Pratama siswa SMKN 2 Metro.\n"
        "Sementara itu, seorang petani tomat di Desa Sukamaju, Sukirman mengaku lega."
    )
    assert [p.name for p in _persons(text)] == [
        "R. Fauzan",
        "Kirana Lestari",
        "Dinda Maharani",
        "Rizky Pratama",
        "Sukirman",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Seorang warga, Made Sudarma (45), mengatakan banjir datang tiba-tiba.", ["Made Sudarma"]),
        ("Made Sudarma (45), warga Desa Sukamaju, mengatakan banjir datang tiba-tiba.", ["Made Sudarma"]),
        ("Korban bernama Ahmad bin Abdullah (30) ditemukan di sungai.", ["Ahmad bin Abdullah"]),
        # `bernama` after a group or a renaming names a thing
        ("Ia lalu membentuk grup musik bernama Sliver bersama temannya.", []),
        ("Sekolah ini sebelumnya bernama Sekolah Pembangunan.", []),
        ("Kepala desa bernama Taruno dibantu seorang carik.", ["Taruno"]),
        ("Sementara itu, pemilik warung, Sumiati (52), mengaku dagangannya sepi.", ["Sumiati"]),
        (
            "“Sejak dua minggu terakhir harganya merangkak naik,” katanya. “Ini aneh,” kata Edy, "
            "Senin (9/6/2025).",
            ["Edy"],
        ),
    ],
)
def test_persons_without_a_model(text: str, names: list[str]) -> None:
    assert [p.name for p in _persons(text)] == names


def test_entities_are_trimmed_and_merged() -> None:
    text = (
        "Hal ini diungkapkan Bupati Oktovius usai kunjungan. Bupati Lanny Jaya, Oktovius Gwijangge, "
        "berterima kasih."
    )
    a = text.index("Bupati Oktovius")
    b = text.index("Oktovius Gwijangge")
    ents = [
        Entity("Bupati Oktovius", "PER", (a, a + 15)),  # the model took the title in
        Entity("Oktovius Gwijangge", "PER", (b, b + 18)),
        Entity("Lanny Jaya", "LOC", (text.index("Lanny"), text.index("Lanny") + 10)),
    ]
    assert _persons(text, ents) == [
        Person(name="Oktovius Gwijangge", mentions=_spans(text, "Oktovius", "Oktovius Gwijangge"))
    ]


def test_entities_that_are_not_names_are_dropped() -> None:
    text = (
        "Kunjungan Bupati Badung ke Galeri Huma Lilis Lamiang diterima Pemilik UMKM Galeri Huma Lilis "
        "Lamiang, Elias David."
    )

    def ent(sub: str, at: int = 0) -> Entity:
        start = text.index(sub, at)
        return Entity(sub, "PER", (start, start + len(sub)))

    ents = [
        ent("Badung"),  # a region
        ent("Bupati"),  # a title alone
        ent("Lilis Lamiang", text.index("Pemilik")),  # inside the title's organisation
        ent("Elias David"),
    ]
    assert [p.name for p in _persons(text, ents)] == ["Elias David"]


def test_entities_only_and_no_officials() -> None:
    text = "Dari data yang dihimpun, Kristina dan Nina Sefrina menerima beasiswa penuh."
    ents = [Entity("Kristina", "PER", (25, 33)), Entity("Nina Sefrina", "PER", (38, 50))]
    assert extract_persons(text, vet_entities(text, ents)) == [
        Person(name="Kristina", mentions=((25, 33),)),
        Person(name="Nina Sefrina", mentions=((38, 50),)),
    ]


def test_no_persons() -> None:
    assert extract_persons("", []) == []
    assert _persons("Pemerintah Kabupaten Badung menggelar rapat koordinasi, Senin (12/3).") == []
    assert (
        _persons("Baca juga: Viral Gambar Wajah di Kulit Semangka Petani di Bogor, Warga Sebut Fenomena Aneh")
        == []
    )


def test_mentions_are_sorted_and_inside_the_text() -> None:
    text = (
        "Kabid SMK, Sujatmo mengungkapkan persiapan. “Ini ajang SMK,” tambah Sujatmo. Sujatmo berharap "
        "banyak."
    )
    (p,) = _persons(text)
    assert list(p.mentions) == sorted(p.mentions)
    assert all(text[s:e] == "Sujatmo" for s, e in p.mentions)


# ---------------------------------------------------------------------- data files

NAME_FILES = sorted(p.name for p in RESOURCES.glob("names_*.txt"))


@pytest.mark.parametrize("name", NAME_FILES)
def test_data_file_header_no_duplicates(name: str) -> None:
    first = (RESOURCES / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source:") and "licence:" in first
    entries = load_lines(name)
    assert entries
    assert all(e == e.strip() and "  " not in e for e in entries)
    # markers are matched without case and dots: their keys must be unique
    keyed = name in (
        "names_degrees_post.txt",
        "names_degrees_pre.txt",
        "names_ranks.txt",
        "names_religious.txt",
        "names_honorifics.txt",
        "names_rank_corps.txt",
    )
    keys = [e.lower().replace(".", "") if keyed else e for e in entries]
    dupes = [k for k, c in Counter(keys).items() if c > 1]
    assert not dupes, dupes


@pytest.mark.parametrize(
    "name",
    [
        "names_common_words.txt",
        "names_given.txt",
        "names_not_names.txt",
        "names_speech_verbs.txt",
        "names_thing_nouns.txt",
    ],
)
def test_word_lists_are_lowercase(name: str) -> None:
    assert all(e == e.lower() for e in load_lines(name))


def test_marker_lists_do_not_overlap() -> None:
    def keys(name: str) -> set[str]:
        return {e.lower().replace(".", "") for e in load_lines(name)}

    files = [
        "names_degrees_post.txt",
        "names_degrees_pre.txt",
        "names_ranks.txt",
        "names_religious.txt",
        "names_honorifics.txt",
    ]
    for i, a in enumerate(files):
        for b in files[i + 1 :]:
            # `dr` is a pre-nominal degree and a common post-nominal abbreviation elsewhere: not listed twice
            assert not (keys(a) & keys(b)), (a, b, keys(a) & keys(b))


def test_particles_are_case_sensitive_name_words() -> None:
    for e in load_lines("names_particles.txt"):
        assert e[0].isupper(), e


# ---------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "1." * 500_000,
        "Ani (SMA), " * 20_000,
        "kata Budi " * 30_000,
        scaled(("(", 50_000), (")", 50_000)),
        "Pak " * 100_000,
    ],
    ids=["dots", "bracket-list", "speakers", "brackets", "honorifics"],
)
def test_adversarial_inputs_are_fast(text: str) -> None:
    assert growth(_persons, text) < LINEAR_BOUND


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Umi Mastikah ujar kata (SMA), dan I Made Pak dr. S.H.\n")),
        max_size=300,
    ),
    st.lists(st.tuples(st.integers(0, 300), st.integers(1, 40)), max_size=5),
)
def test_never_raises(text: str, raw_ents: list[tuple[int, int]]) -> None:
    ents = [Entity(text[s : s + n], "PER", (s, s + n)) for s, n in raw_ents if s + n <= len(text)]
    ents = vet_entities(text, ents)
    for p in extract_persons(text, ents, officials=extract_officials(text, entities=ents)):
        assert p.name
        assert list(p.mentions) == sorted(p.mentions)
        assert all(0 <= s < e <= len(text) for s, e in p.mentions)


# ---------------------------------------------------------------------- vetting PER entities


# (text, entities as (substring, label, occurrence), expected persons as (name, [(substring, occurrence)]))
VETTED = [
    pytest.param(
        "Hal itu disampaikan Ketua TAPD Pemkab Wajo Andi Rahmat Said kepadadetikSulsel, Kamis (13/11/2025).",
        [("Andi Rahmat Said kepadadetikSulsel", "PER", 0)],
        [("Andi Rahmat Said", [("Andi Rahmat Said", 0)])],
        id="glued tail",
    ),
    pytest.param(
        "Sementara itu Marini, Ketua Sanggar Kahanjak Huang mengatakan sanggar tetap produktif.",
        [("Marini", "PER", 0), ("Kahanjak Huang", "PER", 0)],
        [("Marini", [("Marini", 0)])],
        id="studio head",
    ),
    pytest.param(
        "UMKM yang dikunjungi antara lain Galeri Huma Lilis Lamiang, Elias Krips, Bintang Jaya "
        "Itah dan Aneka Cemilan.",
        [("Huma Lilis Lamiang", "PER", 0), ("Elias Krips", "PER", 0)],
        [],
        id="business list",
    ),
    pytest.param(
        "Menjelang perayaan Idul Adha tahun ini, harga daging naik di Pasar Sentral Lamongan.",
        [("Idul Adha", "PER", 0), ("Lamongan", "LOC", 0)],
        [],
        id="holiday",
    ),
    pytest.param(
        "Pelaku usaha yang terdampak pandemi Covid-19 berasal dari Kecamatan Bukit Batu.",
        [("Covid", "PER", 0)],
        [],
        id="disease",
    ),
    pytest.param(
        "Tiap banjar diminta membangun teba modern. Teba modern dianggap ampuh untuk "
        "mengolah sisa dapur rumah tangga.",
        [("Teba", "PER", 0)],
        [],
        id="lowercase elsewhere",
    ),
    pytest.param(
        "Petugas menyisir Petang bersama Satpol PP, Camat Petang, dan perangkat desa setempat.",
        [("Petang", "LOC", 0), ("Petang", "PER", 1)],
        [],
        id="model says place",
    ),
    pytest.param(
        "DPRD mendesak Inspektorat menonaktifkan Kabag Tapem, Camat dan Lurah yang terlibat.",
        [("Kabag Tapem", "PER", 0)],
        [],
        id="title and its office",
    ),
    pytest.param(
        "Peserta belajar membuat materi promosi menggunakan Canva. Canva memudahkan pelaku UMKM "
        "berjualan daring.",
        [("Canva", "PER", 0), ("Canva", "PER", 1)],
        [],
        id="one sense per article",
    ),
    pytest.param(
        "Ketiga rumah itu terletak di Gampong Blang dan Lhok Pawoh.",
        [("Gampong Blang", "LOC", 0), ("Lhok Pawoh", "PER", 0)],
        [],
        id="place list",
    ),
    pytest.param(
        "Pengembangan kawasan wisata terus dilakukan. Geopark Ciletuh Palabuhanratu menjadi "
        "andalan Sukabumi.",
        [("Geopark Ciletuh Palabuhanratu", "PER", 0)],
        [],
        id="place head inside",
    ),
    pytest.param(
        "Nasib Karim Benzema di skuat tim nasional Prancis masih belum jelas.",
        [("Nasib Karim Benzema", "PER", 0)],
        [("Karim Benzema", [("Karim Benzema", 0)])],
        id="sentence-opening word",
    ),
    pytest.param(
        "Pendidikan ditempuh dalam tiga tahun, mulai dari kelas X sampai kelas XII.",
        [("X", "PER", 0)],
        [],
        id="roman numeral",
    ),
    pytest.param(
        'Charice turut memainkan peran di serial TV "Glee" pada 2010.',
        [("Glee", "PER", 0)],
        [],
        id="quoted title",
    ),
    pytest.param(
        "Teleconference tersebut bertujuan membangun sinergi pemerintah dan pelaku UKM.",
        [("Teleconference", "PER", 0)],
        [],
        id="thing opening a sentence",
    ),
    pytest.param(
        "Cirebon dijuluki Mega Mendung karena motif batiknya.",
        [("Cirebon", "LOC", 0), ("Mega Mendung", "PER", 0)],
        [],
        id="nickname of a place",
    ),
    pytest.param(
        "Peserta diajari membuat materi promosi dengan menggunakan Canva dan media sosial.",
        [("Canva", "PER", 0)],
        [],
        id="app",
    ),
    pytest.param(
        "Warga menanam bunga widi di halaman. “Kami rawat bersama,” kata Widi.",
        [("Widi", "PER", 0)],
        [("Widi", [("Widi", 0)])],
        id="speech verb keeps a word used in lowercase",
    ),
    pytest.param(
        "Menurutnya, tindakan Dipo tersebut tidak etis.",
        [("Dipo", "PER", 0)],
        [("Dipo", [("Dipo", 0)])],
        id="tersebut after a name mid-sentence",
        # a one-word model person needs evidence (a given name, a speech verb, an honorific, a
        # surer person in the same list); this one has none and goes with the model's one-word
        # false persons (dev check persons precision .776 -> .898)
        marks=pytest.mark.xfail(strict=True, reason="one unknown word with no person context"),
    ),
    pytest.param(
        "Dulu bekerja di pabrik, kini Ali malah menjadi seorang perajin batik.",
        [("Ali", "PER", 0)],
        [("Ali", [("Ali", 0)])],
        id="time word before a name",
    ),
    pytest.param(
        "Presiden ketiga RI BJ Habibie menitipkan pesan kepada mahasiswa.",
        [("RI", "LOC", 0), ("BJ Habibie", "PER", 0)],
        [("BJ Habibie", [("BJ Habibie", 0)])],
        id="title before a place",
    ),
    pytest.param(
        "Ketua Sanggar Kahanjak Huang, Marini, mengatakan latihan tetap berjalan.",
        [("Kahanjak Huang", "PER", 0), ("Marini", "PER", 0)],
        [("Marini", [("Marini", 0)])],
        id="apposition after a dropped studio",
    ),
    pytest.param(
        "Wakil Bupati Jembrana I Made Kembang Hartawan hadir. Wabup Kembang menambahkan, UKM harus kreatif.",
        [("I Made Kembang Hartawan", "PER", 0), ("Kembang", "PER", 1)],
        [("I Made Kembang Hartawan", [("I Made Kembang Hartawan", 0), ("Kembang", 1)])],
        id="lone name with a verb after a title",
    ),
    pytest.param(
        "Presiden Susilo Bambang Yudhoyono hadir di Istana. Semuanya saya kembalikan ke Pak SBY, kata Ruhut. "
        "Menurut KPK, kasus itu berlanjut.",
        [
            ("Susilo Bambang Yudhoyono", "PER", 0),
            ("Pak SBY", "PER", 0),
            ("Ruhut", "PER", 0),
            ("KPK", "PER", 0),
        ],
        [
            ("Susilo Bambang Yudhoyono", [("Susilo Bambang Yudhoyono", 0), ("SBY", 0)]),
            ("Ruhut", [("Ruhut", 0)]),
        ],
        id="initials with an honorific join the name they abbreviate",
    ),
    pytest.param(
        "Tidak semua target itu harus dicapai, kata JK, sesaat sebelum bertemu pengurus partai.",
        [("JK", "PER", 0)],
        [("JK", [("JK", 0)])],
        id="initials after a speech verb",
    ),
    pytest.param(
        "Bendahara fraksi Veronica MS hadir dalam rapat. Menurut Veromica, catatan BPK harus "
        "ditindaklanjuti.",
        [("Veronica MS", "PER", 0), ("Veromica", "PER", 0)],
        [("Veronica MS", [("Veronica MS", 0), ("Veromica", 0)])],
        id="a typo joins the full name",
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), VETTED)
def test_per_entities_are_vetted(text: str, ents: list, expected: list) -> None:
    entities = sorted((Entity(s, label, _at(text, s, k)) for s, label, k in ents), key=lambda e: e.span)
    entities = vet_entities(text, entities)
    got = extract_persons(text, entities, officials=extract_officials(text, entities=entities))
    assert got == [Person(name=n, mentions=tuple(_at(text, s, k) for s, k in ms)) for n, ms in expected]


def test_vet_entities_trims_and_keeps_other_labels() -> None:
    text = "Hal itu dikatakan Andi Burhanudin kepadadetikSulsel di Kantor Bupati Bone."
    a, b = _at(text, "Andi Burhanudin kepadadetikSulsel", 0)
    bone = Entity("Bone", "LOC", _at(text, "Bone", 0))
    assert vet_entities(text, [Entity(text[a:b], "PER", (a, b)), bone]) == [
        Entity("Andi Burhanudin", "PER", (a, a + 15)),
        bone,
    ]


@pytest.mark.parametrize(
    "text",
    ["", "Covid", "a" * 10, "Kepala Dinas", "“ ” , . -19", "X " * 2000, "Sanggar " * 500 + "Budi"],
)
def test_vet_entities_never_raises(text: str) -> None:
    ents = [Entity(text[: min(5, len(text))], "PER", (0, min(5, len(text))))] if text else []
    ents.append(Entity("x", "PER", (len(text) + 3, len(text) + 4)))  # a span outside the text
    out = vet_entities(text, ents)
    assert all(e.label == "PER" and text[e.span[0] : e.span[1]] == e.text for e in out)


@needs_model
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "Ratusan pelaku UKM terdampak pandemi Covid-19. Sementara itu Marini, Ketua Sanggar "
            "Kahanjak Huang mengatakan sanggar tetap produktif.",
            {"Covid", "Kahanjak Huang"},
            {"Marini"},
        ),
        (
            "“Jangan sampai semua kegiatan tertunda,” kata Ketua Tim Anggaran Pemerintah Daerah (TAPD) "
            "Pemkab Wajo Andi Rahmat Said kepadadetikSulsel, Kamis (13/11/2025).",
            {"Andi Rahmat Said kepadadetikSulsel"},
            {"Andi Rahmat Said"},
        ),
    ],
)
def test_with_the_model(text: str, absent: set[str], present: set[str]) -> None:
    from extract.ner import extract_entities

    ents = vet_entities(text, extract_entities(text))
    names = {p.name for p in extract_persons(text, ents, officials=extract_officials(text, entities=ents))}
    assert not names & absent
    assert present <= names
