"""Where a place's or a body's name ends when words of the sentence run on after it: the predicate
of a title-case headline inlined in the body (`… di Tanggamus Turun.`, `Dinas … Bakal Pasang
1.200 Lampu`), a capitalised word opening a sentence whose stop is missing (`… Tanggamus Masih
bertahan`), a count with a thousands' dot (`Kecamatan Sukau 2.100 KPM`), and a district's name
that shares its first word with a city's (`Metro Barat`). Whole entity lists from
`resolve_entities` on invented sentences, and names that must keep their words."""

from __future__ import annotations

import pytest

from extract.ner.entities import tokens
from extract.records import Official

from .test_entities_news import _out
from .test_entities_orgs import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a headline's predicate right after the region, whatever follows it
        (
            "Omzet Pedagang Pakaian di Tanggamus Turun. Pembeli lebih memilih belanja daring.",
            [("Tanggamus Turun", "LOC")],
            [("Tanggamus", "LOC")],
        ),
        (
            "Stok Pupuk di Tanggamus Tersedia 5.000 Ton. Petani diminta tidak khawatir.",
            [("Tanggamus Tersedia", "LOC")],
            [("Tanggamus", "LOC")],
        ),
        (
            "Dinas Perhubungan Tanggamus Bakal Pasang 1.200 Lampu Jalan. Pemasangan dimulai bulan depan.",
            [("Dinas Perhubungan Tanggamus Bakal Pasang 1.200 Lampu", "ORG")],
            [("Dinas Perhubungan Tanggamus", "ORG")],
        ),
        # a bare `-kan` verb of a common word
        (
            "Polres Lampung Utara Distribusikan Air Bersih ke Warga. Air dibagikan kepada warga terdampak.",
            [("Polres Lampung Utara Distribusikan Air Bersih", "ORG")],
            [("Polres Lampung Utara", "ORG")],
        ),
    ],
)
def test_a_headline_predicate_ends_the_name(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a place's own word after a region: no predicate
        (
            "Pasar Tanggamus Baru Dibuka Untuk Pedagang Kecil. Pedagang menyambut baik.",
            [("Pasar Tanggamus Baru", "LOC")],
            [("Pasar Tanggamus Baru", "LOC")],
        ),
        # a one-word region the article also writes in lowercase is a common word there
        (
            "Pengurus Besar Tinju Amatir (PBTA) menyambut baik. Dukungan besar datang dari daerah.",
            [("Pengurus Besar Tinju Amatir", "ORG")],
            [("Pengurus Besar Tinju Amatir", "ORG"), ("PBTA", "ORG")],
        ),
        # no headline: a sentence of lowercase words, the name's words capitalised
        (
            "Warga Tanggamus Aman Sentosa berkumpul di balai desa.",
            [("Tanggamus Aman Sentosa", "LOC")],
            [("Tanggamus Aman Sentosa", "LOC")],
        ),
    ],
)
def test_a_name_in_a_headline_keeps_its_words(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Harga gabah di Tanggamus Masih bertahan di angka Rp5.000 per kilogram.",
            [("Tanggamus Masih", "LOC")],
            [("Tanggamus", "LOC")],
        ),
        (
            "Harga kebutuhan pokok di Bandar Lampung Berangsur menurun usai Lebaran.",
            [("Bandar Lampung Berangsur", "LOC")],
            [("Bandar Lampung", "LOC")],
        ),
        (
            "Kepala Dinas Kesehatan Lampung Utara Diduga dengan sengaja menunggak pajak kendaraan.",
            [("Dinas Kesehatan Lampung Utara Diduga", "ORG")],
            [("Dinas Kesehatan Lampung Utara", "ORG")],
        ),
        # an adverb capitalised before the verb (was kept as the body's word before)
        (
            "Pemkab Pesawaran Kembali menyalurkan bansos ke empat kecamatan.",
            [("Pemkab Pesawaran Kembali", "ORG")],
            [("Pemkab Pesawaran", "ORG")],
        ),
    ],
)
def test_a_sentence_opener_after_a_missing_stop_ends_the_name(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a noun after the name: no clause goes on (`City` is the name's)
        (
            "Pameran itu digelar di Bandar Lampung City pekan lalu.",
            [("Bandar Lampung City", "LOC")],
            [("Bandar Lampung City", "LOC")],
        ),
    ],
)
def test_a_name_before_a_noun_keeps_its_last_word(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Bantuan disalurkan di Kecamatan Sukau 2.100 KPM dan Belalau 900 KPM.",
            [("Kecamatan Sukau 2.100 KPM", "LOC")],
            [("Kecamatan Sukau", "LOC"), ("Belalau", "LOC")],
        ),
        (
            "Baca juga: Pemkab Tanggamus Salurkan 300 Ton Beras untuk Warga Miskin di pedesaan.",
            [("Pemkab Tanggamus Salurkan 300 Ton Beras", "ORG")],
            [("Pemkab Tanggamus", "ORG")],
        ),
        # a unit's own number has no thousands' dot
        (
            "Petugas berjaga di Kodim 0410/KBL sejak pagi.",
            [("Kodim 0410/KBL", "ORG")],
            [("Kodim 0410/KBL", "ORG")],
        ),
    ],
)
def test_a_count_after_the_name_is_no_word_of_it(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Warga Metro Barat mengikuti lomba gerak jalan.",
            [("Metro Barat", "ORG")],
            [("Metro Barat", "LOC")],
        ),
        ("Warga Metro mengikuti lomba gerak jalan.", [("Metro", "ORG")], [("Metro", "LOC")]),
        # a body's head before the city keeps the body
        (
            "Petugas Polres Metro mengikuti lomba gerak jalan.",
            [("Polres Metro", "ORG")],
            [("Polres Metro", "ORG")],
        ),
    ],
)
def test_a_district_named_after_its_city_is_a_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bantuan diserahkan Poktan Sumber Rejeki Pekon Sukamaju Kecamatan Sukau kepada petani.",
            [("Poktan Sumber Rejeki Pekon Sukamaju", "ORG"), ("Kecamatan Sukau", "LOC")],
        ),
        (
            "Pemerintah Kabupaten Tanggamus Provinsi Lampung menggelar rapat.",
            [("Pemerintah Kabupaten Tanggamus", "ORG"), ("Provinsi Lampung", "LOC")],
        ),
        # a regional government's head holds its level
        (
            "Pembangunan dilakukan Pemdes Sukamaju Kec.Sukau, salah satunya jalan desa.",
            [("Pemdes Sukamaju", "ORG"), ("Kec.Sukau", "LOC")],
        ),
        (
            "Pemkab Tanggamus Provinsi Lampung menggelar rapat.",
            [("Pemkab Tanggamus", "ORG"), ("Provinsi Lampung", "LOC")],
        ),
    ],
)
def test_an_office_name_ends_before_a_higher_level(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level word that names the office's field: the region after it is the office's
        (
            "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Tanggamus menggelar rapat.",
            [("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Tanggamus", "ORG")],
        ),
        (
            "Badan Permusyawaratan Desa (BPD) Kabupaten Tanggamus menggelar rapat.",
            [("Badan Permusyawaratan Desa (BPD) Kabupaten Tanggamus", "ORG")],
        ),
        # one level, or a level no higher than the first
        ("Kepala Dinas Pendidikan Kota Metro hadir.", [("Dinas Pendidikan Kota Metro", "ORG")]),
        (
            "Pengurus Kementerian Desa Pembangunan Desa Tertinggal hadir.",
            [("Kementerian Desa Pembangunan Desa Tertinggal", "ORG")],
        ),
    ],
)
def test_an_office_name_keeps_its_one_level(text: str, expected: list) -> None:
    assert _found(text, []) == expected


def test_a_short_name_glued_to_the_next_sentence_ends_there() -> None:
    text = "Menara itu didukung oleh BRI.Kemudian gedung lain didukung oleh BNI."
    assert _found(text, [("BRI.Kemudian", "ORG"), ("BNI", "ORG")]) == [("BRI", "ORG"), ("BNI", "ORG")]


def test_a_dotted_head_or_address_in_capitals_stays_with_its_name() -> None:
    words = [t.text for t in tokens("oleh BRI.Kemudian, PT.Telkom dan DR.Hasan di Pringsewu.Saat")]
    expected = "oleh BRI . Kemudian , PT . Telkom dan DR.Hasan di Pringsewu . Saat"
    assert words == expected.split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Promosi dilakukan baik dari dalam pemerintah Kota Metro sendiri maupun dari luar.",
            [("pemerintah Kota Metro", "ORG")],
        ),
        ("Bantuan disalurkan pemerintah Pekon Sukamaju.", [("pemerintah Pekon Sukamaju", "ORG")]),
        # no level after it: a kind, or a country's government
        ("Kebijakan pemerintah daerah dinilai tepat oleh warga.", []),
        ("Kerja sama dengan pemerintah Jepang terus berlanjut.", [("Jepang", "LOC")]),
    ],
)
def test_a_government_written_lowercase_before_its_level_is_a_body(text: str, expected: list) -> None:
    assert _found(text, []) == expected


def _holder(text: str, title: str, name: str) -> Official:
    start = text.index(name)
    return Official(name, title, (text.index(title), start + len(name)), (start, start + len(name)))


@pytest.mark.parametrize(
    ("text", "title", "name", "expected"),
    [
        # the head is the title's last word: the official's name is no body's
        ("Ia mendampingi Kepala Dinas Budi Santoso, Rabu.", "Kepala Dinas", "Budi Santoso", []),
        (
            "General Manager Sinar Inn Hotel Budi Santoso menjelaskan kegiatan itu.",
            "General Manager Sinar Inn Hotel",
            "Budi Santoso",
            [],
        ),
        # a body named in full before the official's name stays
        (
            "Kepala Dinas Kesehatan Tanggamus Budi Santoso hadir.",
            "Kepala Dinas Kesehatan Tanggamus",
            "Budi Santoso",
            [("Dinas Kesehatan Tanggamus", "ORG")],
        ),
    ],
)
def test_an_officials_name_after_a_head_is_no_word_of_a_name(
    text: str, title: str, name: str, expected: list
) -> None:
    out = _out(text, officials=[_holder(text, title, name)])
    assert [(t, label) for t, label, _ in out] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Perbaikan dilakukan di Jl. WR. Supratman dan Jalan KH. Wahid Hasyim pekan ini.",
            [("Jl. WR. Supratman", "LOC"), ("Jalan KH. Wahid Hasyim", "LOC")],
        ),
        ("Proyek itu dikerjakan oleh CV. Maha Karya dan diawasi dinas.", [("CV. Maha Karya", "ORG")]),
        # two letters and a stop before a common word or a function word: the sentence ends
        ("Bantuan disalurkan Dinas PU. Kemudian warga menerima paket.", [("Dinas PU", "ORG")]),
        ("Laporan itu dikirim ke Kemenkes RI. Di daerah, kondisinya lebih berat.", [("Kemenkes RI", "ORG")]),
    ],
)
def test_two_initials_and_their_dot_are_words_of_the_name(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a facility's word that no name follows is the place's last word
        (
            "Posko berada di Kelurahan Ujung Gunung, Kecamatan Menggala.",
            [("Kelurahan Ujung Gunung", "LOC"), ("Kecamatan Menggala", "LOC")],
        ),
        # a name after it: a place of its own
        (
            "Polda Sulteng Jalan Soekarno Hatta dijaga.",
            [("Polda Sulteng", "ORG"), ("Jalan Soekarno Hatta", "LOC")],
        ),
    ],
)
def test_a_facility_word_that_names_nothing_ends_the_name(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a related-article teaser glued after the source's credit
        (
            "Harga minyak turun dua persen. Sumber: Reuters Baca juga: Harga emas naik lagi",
            [("Reuters Baca", "ORG")],
            [("Reuters", "ORG")],
        ),
        (
            "Swedia resmi bergabung dengan NATO Baca juga: Finlandia perkuat perbatasan",
            [("NATO Baca", "ORG")],
            [("Swedia", "LOC"), ("NATO", "ORG"), ("Finlandia", "LOC")],
        ),
        # a connective or a preposition that lowercase words or a comma go on from
        (
            "Lomba itu digelar di Gedung Serba Guna Sukamaju Dalam acara itu warga menari.",
            [("Gedung Serba Guna Sukamaju Dalam", "LOC")],
            [("Gedung Serba Guna Sukamaju", "LOC")],
        ),
        (
            "Asap terlihat dari TPA Sukamaju Menurut dia, api sudah padam.",
            [("TPA Sukamaju Menurut", "LOC")],
            [("TPA Sukamaju", "LOC")],
        ),
        # a lone letter left names nothing
        ("Tim itu masuk grup A. Sebelumnya, tim itu menang dua kali.", [("A. Sebelumnya", "ORG")], []),
    ],
)
def test_a_glued_sentence_ends_the_name(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a capitalised word after the connective: a name goes on (`Dalam` is no opener there)
        (
            "Warga Kampung Dalam Baru berkumpul di balai desa.",
            [("Kampung Dalam Baru", "LOC")],
            [("Kampung Dalam Baru", "LOC")],
        ),
        # `Baca` with no `juga` or colon after it is a name's word
        (
            "Anak-anak belajar di Taman Baca Sukamaju setiap sore.",
            [("Taman Baca Sukamaju", "LOC")],
            [("Taman Baca Sukamaju", "LOC")],
        ),
    ],
)
def test_a_name_with_an_opener_word_inside_keeps_it(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
