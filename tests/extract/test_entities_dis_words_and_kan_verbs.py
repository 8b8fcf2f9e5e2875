"""Organisation and place classes of session 13 read on news-raw 6000-7175 and 800-1199 (regional
press-office news of Lampung first): common words on `Dis…` are no office's short name
(`Diskusi`, `Display`), the short names of regional agencies, sports federations and
international bodies are bodies (`BPKD`, `PBSI`, `NATO`), a bare `-kan` verb of a common word
ends a body's name in a headline whose stop is missing (`BPBD … Distribusikan Air Bersih`), and
the short names of funds, permits, documents and programmes are neither bodies nor places
(`CBP`, `IPPKH`, `UKL-UPL`, `Bedah Rumah`). Whole entity lists with spans from
`resolve_entities` on invented sentences, and cases where a rule must give nothing or leave the
names as they are."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model

from .test_entities_news import _out

# --------------------------------------------------------------------------- Dis… words


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Diskusi dalam pertemuan tersebut berlangsung alot hingga malam.", [("Diskusi", "ORG")]),
        ("Diskusi Panel 2 diisi Wakil Menteri Keuangan dan Gubernur.", [("Diskusi Panel 2", "ORG")]),
        ("Tampilan Head-Up Display (HUD) muncul di layar kokpit.", [("Display", "ORG"), ("HUD", "ORG")]),
        ("Disparitas harga beras antardaerah masih tinggi.", [("Disparitas", "ORG")]),
        ("Kadar Dissolved Oxygen (DO) di kolam turun drastis.", [("Dissolved Oxygen", "ORG"), ("DO", "ORG")]),
    ],
)
def test_a_common_word_on_dis_is_no_office(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # an office's short name on `Dis` and a consonant stays a body
        (
            "Kegiatan digelar Dispora Sukamaju bersama Disdikbud pada Senin.",
            [],
            [("Dispora Sukamaju", "ORG", (17, 33)), ("Disdikbud", "ORG", (42, 51))],
        ),
        (
            "Data Disperindag Sukamaju mencatat harga cabai naik.",
            [("Disperindag Sukamaju", "ORG")],
            [("Disperindag Sukamaju", "ORG", (5, 25))],
        ),
    ],
)
def test_an_office_on_dis_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


# --------------------------------------------------------------------------- bodies' short names


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("Data BPKD menunjukkan realisasi pajak naik.", [("BPKD", "ORG")], [("BPKD", "ORG", (5, 9))]),
        (
            "Pelatih PBSI menyiapkan pemain untuk turnamen di Jakarta.",
            [("PBSI", "ORG"), ("Jakarta", "LOC")],
            [("PBSI", "ORG", (8, 12)), ("Jakarta", "LOC", (49, 56))],
        ),
        ("Menurut NASA, gerhana terjadi pekan depan.", [("NASA", "ORG")], [("NASA", "ORG", (8, 12))]),
        (
            "Rumania adalah negara anggota NATO sejak 2004.",
            [("Rumania", "LOC"), ("NATO", "ORG")],
            [("Rumania", "LOC", (0, 7)), ("NATO", "ORG", (30, 34))],
        ),
    ],
)
def test_a_listed_body_short_name_is_a_body(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


def test_an_unlisted_short_name_stays_dropped() -> None:
    text = "Menurut data PSBB, kasus menurun sejak pekan lalu."
    assert _out(text, _model(text, [("PSBB", "ORG")])) == []


# --------------------------------------------------------------------------- headline -kan verbs


@pytest.mark.parametrize("model", [[], [("BPBD Kabupaten Sukamaju Distribusikan Air Bersih", "ORG")]])
def test_a_kan_verb_of_a_common_word_ends_a_headline_body(model: list) -> None:
    text = (
        "BPBD Kabupaten Sukamaju Distribusikan Air Bersih di Kecamatan Wonorejo Badan Penanggulangan"
        " Bencana Daerah (BPBD) menyalurkan air bersih."
    )
    assert _out(text, _model(text, model)) == [
        ("BPBD Kabupaten Sukamaju", "ORG", (0, 23)),
        ("Kecamatan Wonorejo", "LOC", (52, 70)),
        ("Badan Penanggulangan Bencana Daerah", "ORG", (71, 106)),
        ("BPBD", "ORG", (108, 112)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # `Pendidikan`: `pendidi` is no word, the office goes on to its region
        (
            "Kegiatan digelar di Dinas Pendidikan Kabupaten Sukamaju pada Senin.",
            [],
            [("Dinas Pendidikan Kabupaten Sukamaju", "ORG", (20, 55))],
        ),
        (
            "Rapat Dinas Perikanan dan Kelautan Sukamaju digelar pagi.",
            [("Dinas Perikanan dan Kelautan Sukamaju", "ORG")],
            [("Dinas Perikanan dan Kelautan Sukamaju", "ORG", (6, 43))],
        ),
    ],
)
def test_a_name_word_in_kan_stays_in_the_body(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


# --------------------------------------------------------------------------- funds, permits, programmes


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Bupati menyalurkan bantuan Cadangan Beras Pemerintah (CBP) di gudang.", [("CBP", "LOC")]),
        (
            "Proyek menunggu Izin Pinjam Pakai Kawasan Hutan (IPPKH) dari kementerian.",
            [("IPPKH", "LOC"), ("Kawasan Hutan", "LOC")],
        ),
        ("Dokumen UKL-UPL disusun konsultan pekan ini.", [("UPL", "ORG")]),
        ("Dana itu nantinya masuk di Silpa tahun depan.", [("Silpa", "LOC")]),
        (
            "Bupati menyerahkan bantuan Bedah Rumah Layak Sehat (BERKAT) kepada warga.",
            [("Bedah Rumah Layak Sehat", "LOC")],
        ),
        ("Serapan Anggaran tahun ini terealisasi 90 persen.", [("Serapan", "LOC")]),
        ("Ia hadir selaku Tutor dan Narasumber dari kabupaten.", [("Narasumber", "ORG")]),
    ],
)
def test_a_fund_permit_or_programme_is_no_entity(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a forest named after its kind stays a place; a hospital of surgery stays one too
        (
            "Warga menebang pohon di Kawasan Hutan Lindung Register 45 Sungai Buaya.",
            [("Kawasan Hutan Lindung Register 45 Sungai Buaya", "LOC")],
            [("Kawasan Hutan Lindung Register 45 Sungai Buaya", "LOC", (24, 70))],
        ),
        (
            "Pasien dirawat di Rumah Sakit Bedah Sukamaju sejak Senin.",
            [],
            [("Rumah Sakit Bedah Sukamaju", "LOC", (18, 44))],
        ),
    ],
)
def test_a_named_place_with_those_words_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


# --------------------------------------------------------------------------- Organisasi heads a body


@pytest.mark.parametrize("model", [[], [("WHO", "ORG")]])
def test_organisasi_heads_a_named_body(model: list) -> None:
    text = "Organisasi Kesehatan Dunia (WHO) melaporkan satu kasus baru di Sukamaju."
    assert _out(text, _model(text, model)) == [
        ("Organisasi Kesehatan Dunia", "ORG", (0, 26)),
        ("WHO", "ORG", (28, 31)),
        ("Sukamaju", "LOC", (63, 71)),
    ]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # a kind of body, no named one
        ("Dana hibah untuk Organisasi Masyarakat (Ormas) telah terserap.", []),
        (
            "Dana hibah untuk Organisasi Masyarakat (Ormas) telah terserap.",
            [("Organisasi Masyarakat", "ORG")],
        ),
        ("Seluruh Organisasi Perangkat Daerah (OPD) wajib hadir dalam apel pagi.", []),
        ("Organisasi Kemasyarakatan yang terdaftar berjumlah 405.", []),
        # the head alone before a lowercase word names nothing
        ("Organisasi ini berdiri sejak 2010.", []),
    ],
)
def test_organisasi_of_a_kind_gives_nothing(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []


# --------------------------------------------------------------------------- known misses


@pytest.mark.xfail(
    strict=True,
    reason="a headline's -kan verb whose stem is no listed common word (gulir) and that the derived"
    " headline verbs lack goes on the body's name",
)
def test_a_headline_verb_of_an_unlisted_stem_ends_the_body() -> None:
    text = (
        "Pemkab Sukamaju Gulirkan Bantuan Pangan Beras Tahap Ketiga Untuk Masyarakat."
        " Penyaluran dimulai Senin."
    )
    model = [("Pemkab Sukamaju Gulirkan Bantuan Pangan Beras Tahap Ketiga Untuk Masyarakat", "ORG")]
    assert _out(text, _model(text, model)) == [("Pemkab Sukamaju", "ORG", (0, 15))]


def test_a_lowercase_level_takes_a_district_opened_by_a_city() -> None:
    # a lowercase level after `dari` opens the place's name (`_with_written_levels`)
    text = "Sebanyak 365 siswa dari kecamatan Batu Ketulis menerima seragam sekolah."
    assert _out(text) == [("kecamatan Batu Ketulis", "LOC", (24, 46))]
