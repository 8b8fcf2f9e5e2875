"""Officials on constructions found on unseen news (issue 13, session 17, news-raw lines 1800-2050,
then every news-raw line with the construction): a capitalised organisation or common word right
after an abbreviated degree (`Prof`, `dr.`, `Ir.`) opens the holder's name (`Kepala <body> Prof
Taruna …`: `Taruna` is also the second word of the youth body Karang Taruna), while a religious
title or a whole word that is also a post keeps its body (`Pastor Paroki …`). A Roman numeral
after a numbered party to a case (`terdakwa II Name selaku …`, `Teradu I Name`) is the party's
number: no Balinese `I`, and the name after it still opens the holder's phrase; a name given
before its title (`Name selaku anggota …`) opens with no body's name. Persons: `Jasad` (a dead
body) opening a sentence, which the model tags as a person, is a common word.

Every sentence is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.ner.vet import vet_entities
from extract.people.officials import extract_officials
from extract.people.persons import extract_persons
from extract.people.roles import scan_roles
from extract.records import Entity
from tests.extract.people.test_persons_news import _persons as _persons_found

from .test_roles import _officials, _per, _rec

# ------------------------------------------------- a body's word right after a degree


DEGREES = [
    (
        "Kepala BPOM RI Prof Taruna Wibisana menerima kunjungan rektor di Jakarta, Senin.",
        (
            "Kepala BPOM RI Prof Taruna Wibisana",
            "Taruna Wibisana",
            "Kepala BPOM RI",
        ),
    ),
    (
        "Hadir pula Kepala Dinas Kesehatan Sukamaju, dr. Taruna Halimi, M.Kes, dalam acara itu.",
        (
            "Kepala Dinas Kesehatan Sukamaju, dr. Taruna Halimi",
            "Taruna Halimi",
            "Kepala Dinas Kesehatan Sukamaju",
        ),
    ),
    (
        "Sekretaris Daerah Kota Sukamaju, Ir. Bangkit Haryadi Putra membuka rapat itu.",
        (
            "Sekretaris Daerah Kota Sukamaju, Ir. Bangkit Haryadi Putra",
            "Bangkit Haryadi Putra",
            "Sekretaris Daerah Kota Sukamaju",
        ),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), DEGREES)
def test_a_body_s_word_after_a_degree_opens_the_holder_s_name(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *expected)]


def test_a_body_s_word_after_a_degree_opens_the_name_the_model_cut() -> None:
    s = "Kepala BPOM RI Prof Taruna Wibisana menerima kunjungan rektor di Jakarta, Senin."
    assert _officials(s, _per(s, "Wibisana")) == [
        _rec(s, "Kepala BPOM RI Prof Taruna Wibisana", "Taruna Wibisana", "Kepala BPOM RI")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a religious title that is a post here: the parish is the body, no holder
        "Hadir dalam peresmian itu Camat Sukamaju, Pastor Paroki Sukamulya dan tokoh agama.",
        # a subdivision's head in Lampung: no name after the post
        "Ia meminta warga di Pekon Sukamaju, Pemangku Bandar Jaya dan Bandar Rejo, waspada.",
        # the youth body keeps its second word
        "Bupati hadir bersama Sekda, Ketua Karang Taruna, dan para camat.",
    ],
)
def test_a_religious_title_or_a_body_gives_no_holder_from_the_body_s_words(sentence: str) -> None:
    assert extract_officials(sentence) == []


# ------------------------------------------------- a word for a dead body is no person


def _persons(text: str, ents: list) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    vetted = vet_entities(text, ents)
    roles = scan_roles(text, vetted)
    officials = extract_officials(text, entities=vetted, roles=roles)
    return [(p.name, p.mentions) for p in extract_persons(text, vetted, officials=officials, roles=roles)]


def test_a_word_for_a_dead_body_opening_a_sentence_is_no_person() -> None:
    s = "Polisi masih memeriksa saksi di Sukamaju. Jasad korban ditemukan warga pada Rabu pagi."
    assert _persons(s, _per(s, "Jasad")) == []


def test_a_word_for_a_dead_body_before_a_name_leaves_the_name() -> None:
    s = "Jasad Wulan Sari ditemukan di kebun warga. Kapolsek Sukamaju Iptu Hadi Purnomo memimpin olah TKP."
    assert _persons(s, _per(s, "Jasad Wulan Sari", "Hadi Purnomo")) == [
        ("Wulan Sari", ((6, 16),)),
        ("Hadi Purnomo", ((s.index("Hadi Purnomo"), s.index("Hadi Purnomo") + 12),)),
    ]


# ------------------------------------------------- a numbered party to a case


PARTIES = [
    (
        "Jaksa mendakwa terdakwa II Rudi Hartono Saputra selaku Manajer Operasional PT Sinar Laut.",
        (
            "Rudi Hartono Saputra selaku Manajer Operasional PT Sinar Laut",
            "Rudi Hartono Saputra",
            "Manajer Operasional PT Sinar Laut",
        ),
    ),
    (
        "Jaksa mendakwa terdakwa I Bagus Wiratmaja selaku Direktur PT Sinar Laut.",
        ("Bagus Wiratmaja selaku Direktur PT Sinar Laut", "Bagus Wiratmaja", "Direktur PT Sinar Laut"),
    ),
    (
        "Majelis menjatuhkan sanksi kepada Teradu III Sri Wulandari selaku anggota KPU Sukamaju.",
        ("Sri Wulandari selaku anggota KPU Sukamaju", "Sri Wulandari", "anggota KPU Sukamaju"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTIES)
def test_a_party_s_roman_number_opens_no_name(sentence: str, expected: tuple[str, str, str]) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *expected)]


def test_a_party_s_roman_number_is_no_balinese_particle_in_the_model_s_name() -> None:
    s = "Jaksa mendakwa terdakwa I Bagus Wiratmaja selaku Direktur PT Sinar Laut."
    assert _officials(s, _per(s, "I Bagus Wiratmaja")) == [
        _rec(s, "Bagus Wiratmaja selaku Direktur PT Sinar Laut", "Bagus Wiratmaja", "Direktur PT Sinar Laut")
    ]


def test_a_balinese_name_after_a_post_keeps_its_particle() -> None:
    s = "Kepala Dinas Pariwisata I Made Sukerta mengatakan kunjungan naik."
    assert extract_officials(s) == [
        _rec(s, "Kepala Dinas Pariwisata I Made Sukerta", "I Made Sukerta", "Kepala Dinas Pariwisata")
    ]


def test_a_name_before_its_title_opens_with_no_body() -> None:
    # the first name is also a company's name the model found: still the holder's first name
    s = "Produk PT Wirasena laris. Wirasena Dewi Lestari selaku Ketua Koperasi Sukamaju hadir di sana."
    ents = [Entity("PT Wirasena", "ORG", (7, 18)), *_per(s, "Wirasena Dewi Lestari")]
    assert _officials(s, ents) == [
        _rec(
            s,
            "Wirasena Dewi Lestari selaku Ketua Koperasi Sukamaju",
            "Wirasena Dewi Lestari",
            "Ketua Koperasi Sukamaju",
        )
    ]


# ------------------------------------------------- a first name the model calls the person by


def test_a_first_name_the_model_calls_the_person_by_stays_the_holder_s() -> None:
    s = (
        "Kepala Dinas PUPR Bantul Wirasena Dewi Lestari diperiksa jaksa. "
        "Wirasena membantah menerima uang. Sidang Lestari ditunda pekan depan."
    )
    alone = s.index("Wirasena membantah")
    ents = [*_per(s, "Wirasena Dewi Lestari"), Entity("Wirasena", "PER", (alone, alone + 8))]
    assert _officials(s, ents) == [
        _rec(
            s,
            "Kepala Dinas PUPR Bantul Wirasena Dewi Lestari",
            "Wirasena Dewi Lestari",
            "Kepala Dinas PUPR Bantul",
        )
    ]


def test_a_company_before_the_holder_of_an_english_post_stays_the_title_s() -> None:
    s = (
        "CTO Wirasena Budi Santoso Hartono memaparkan rencana itu. Aplikasi Wirasena dipakai "
        "jutaan orang. Menurut Hartono, pengguna naik."
    )
    alone = s.index("Wirasena dipakai")
    ents = [*_per(s, "Wirasena Budi Santoso Hartono"), Entity("Wirasena", "PER", (alone, alone + 8))]
    assert _officials(s, ents) == [
        _rec(s, "CTO Wirasena Budi Santoso Hartono", "Budi Santoso Hartono", "CTO Wirasena")
    ]


# ------------------------------------------------- a head's bracketed abbreviation with its full stop


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Penjabat (Pj.) Bupati Tulang Bawang Hendra Kusuma membuka pameran itu.",
            (
                "Penjabat (Pj.) Bupati Tulang Bawang Hendra Kusuma",
                "Hendra Kusuma",
                "Penjabat (Pj.) Bupati Tulang Bawang",
            ),
        ),
        (
            "Pelaksana Tugas (Plt.) Kepala Dinas Sosial Mesuji Sri Wahyuni meninjau dapur umum.",
            (
                "Pelaksana Tugas (Plt.) Kepala Dinas Sosial Mesuji Sri Wahyuni",
                "Sri Wahyuni",
                "Pelaksana Tugas (Plt.) Kepala Dinas Sosial Mesuji",
            ),
        ),
    ],
)
def test_a_head_s_abbreviation_in_brackets_with_its_full_stop_chains_the_head(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *expected)]


# ------------------------------------------------- a short word of a name misspelt once


def test_a_name_with_a_short_word_misspelt_once_is_one_person() -> None:
    t = (
        "Hadir dalam acara itu Jon Edwar Situmorang dari komunitas pelari. "
        '"Kami senang," kata Jon Edward Situmorang, Minggu.'
    )
    found = [("Jon Edwar Situmorang", "PER"), ("Jon Edward Situmorang", "PER")]
    assert _persons_found(t, found) == [
        ("Jon Edwar Situmorang", ["Jon Edwar Situmorang", "Jon Edward Situmorang"])
    ]


def test_two_names_whose_three_letter_words_differ_stay_two_persons() -> None:
    t = "Rapat dihadiri Ani Wulandari dan Ana Wulandari dari komunitas pelari, Minggu."
    found = [("Ani Wulandari", "PER"), ("Ana Wulandari", "PER")]
    assert _persons_found(t, found) == [
        ("Ani Wulandari", ["Ani Wulandari"]),
        ("Ana Wulandari", ["Ana Wulandari"]),
    ]


# ------------------------------------------------- a holder written short with a short post


def test_a_holder_written_short_with_a_short_post_is_one_official() -> None:
    s = (
        "Ia bertemu Duta Besar Indonesia untuk Yordania, Wirasena Adi Putra, di Amman. "
        '"Kami siap membantu," kata Dubes Wirasena Adi.'
    )
    assert extract_officials(s) == [
        _rec(
            s,
            "Duta Besar Indonesia untuk Yordania, Wirasena Adi Putra",
            "Wirasena Adi Putra",
            "Duta Besar Indonesia untuk Yordania",
        )
    ]


def test_a_wife_named_with_her_husband_s_name_stays_another_official() -> None:
    s = (
        "Bupati Sukamaju Wirasena Adi meninjau pasar. Ketua TP PKK Sukamaju Ny. Ratna Wirasena Adi "
        "ikut mendampingi."
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Wirasena Adi", "Bupati Sukamaju"),
        ("Ratna Wirasena Adi", "Ketua TP PKK Sukamaju"),
    ]


# ------------------------------------------------- a post written out in full in a clause


def test_a_post_written_out_in_full_in_a_clause_gives_the_long_title() -> None:
    s = (
        "Mantan pembalap Wirasena Adi Putra ditunjuk sebagai Direktur Utama Sirkuit Sukamaju "
        "Internasional. Bergabungnya Wirasena Adi Putra sebagai Direktur Utama disambut baik."
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Wirasena Adi Putra", "Direktur Utama Sirkuit Sukamaju Internasional")
    ]


def test_a_second_post_in_a_clause_does_not_replace_the_post_next_to_the_name() -> None:
    s = "Camat Sukamaju Wirasena Adi Putra, yang juga menjabat sebagai Ketua Koperasi Tani Makmur, hadir."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Wirasena Adi Putra", "Camat Sukamaju")]


# ------------------------------------------------- a German doctorate glued by dots before the name


@pytest.mark.parametrize(
    "degrees",
    ["Prof. Dr.sc.agr.Ir.", "Prof. Dr. sc. agr.", "Dr.sc.agr."],
)
def test_a_doctorate_of_dotted_parts_before_the_name_is_stripped(degrees: str) -> None:
    t = f"Rektor Universitas Sinar Bahari, {degrees} Bambang Suryono menambahkan kampus siap membantu."
    n = t.index("Bambang Suryono")
    found = [(o.name, o.title, o.name_span) for o in extract_article(t.encode()).officials]
    assert found == [("Bambang Suryono", "Rektor Universitas Sinar Bahari", (n, n + len("Bambang Suryono")))]


def test_a_doctor_s_degree_before_a_name_with_no_second_part_stays_as_it_was() -> None:
    t = "Rektor Universitas Sinar Bahari, Dr.Scagra Wibowo menambahkan kampus siap membantu."
    assert [(o.name, o.title) for o in extract_article(t.encode()).officials] == [
        ("Scagra Wibowo", "Rektor Universitas Sinar Bahari")
    ]
