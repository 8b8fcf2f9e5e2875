"""Places read in regional government news (issue 12, round 15): a levy's short name and a
body's short name are no place. Whole entity lists from `resolve_entities` on invented
sentences, with the model's spans given, and cases that give nothing."""

from __future__ import annotations

import pytest

from extract.records import Entity

from .test_entities_news import _at, _out


def _every(text: str, part: str, label: str) -> list[Entity]:
    starts = [i for i in range(len(text)) if text.startswith(part, i)]
    return [Entity(part, label, (s, s + len(part))) for s in starts]


# --------------------------------------------------------------------------- a levy's short name


def test_the_word_before_a_listed_levys_hyphen_is_the_levy_in_the_whole_article() -> None:
    text = "Setoran PBB-P2 dari tiap kecamatan naik. Warga diminta melunasi PBB sebelum jatuh tempo."
    assert _out(text, _every(text, "PBB", "LOC")) == []


def test_a_short_name_a_taxs_words_spell_is_the_tax_in_the_whole_article() -> None:
    text = (
        "Penerimaan Pajak Bumi dan Bangunan (PBB) Kota Metro baru separuh target. "
        "Petugas menagih PBB ke rumah warga."
    )
    model = [*_every(text, "PBB", "ORG"), _at(text, "Kota Metro", "LOC")]
    assert _out(text, model) == [("Kota Metro", "LOC", (41, 51))]


def test_the_same_short_name_for_a_body_stays_where_no_tax_spells_it() -> None:
    text = "Sekjen PBB menyerukan gencatan senjata di Gaza."
    model = [_at(text, "PBB", "ORG"), _at(text, "Gaza", "LOC")]
    assert _out(text, model) == [("PBB", "ORG", (7, 10)), ("Gaza", "LOC", (42, 46))]


@pytest.mark.parametrize(
    "text",
    [
        # a list of regional taxes
        "Realisasi pajak daerah berasal dari pajak hotel, reklame, parkir, PBB dan air tanah.",
        # a levy's word in another sentence of the article
        "Banyak warga menunggak PBB tahun lalu. Pemkab memberi keringanan denda retribusi sampai Desember.",
    ],
)
def test_a_levys_stem_is_the_levy_in_an_article_that_writes_a_taxs_word(text: str) -> None:
    assert _out(text, _every(text, "PBB", "ORG")) == []


@pytest.mark.parametrize(
    "text",
    [
        # a payment's word right before the stem, no tax's word in the article
        "Pembayaran PBB kini bisa lewat minimarket. Camat meminta warga tidak menunda PBB.",
        # a revenue count's word before the stem
        "Realisasi PBB di Kecamatan Natar baru 35 persen. Lurah akan menagih PBB ke warga.",
        # the stem after a notice's short name
        "Petugas kelurahan mulai membagikan SPPT PBB kepada warga pekan ini.",
    ],
)
def test_a_levys_stem_after_a_payment_word_is_the_levy_in_the_whole_article(text: str) -> None:
    model = _every(text, "PBB", "ORG")
    places = [_at(text, "Kecamatan Natar", "LOC")] if "Natar" in text else []
    assert _out(text, model + places) == [(e.text, e.label, e.span) for e in places]


def test_a_span_a_levys_stem_opens_is_the_levy_where_the_article_writes_it_so() -> None:
    text = "Target PBB PLTU tahun ini Rp 2 miliar dan telah lunas. Tunggakan PBB warga masih tinggi."
    model = [_at(text, "PBB PLTU", "ORG"), _every(text, "PBB", "ORG")[1]]
    assert _out(text, model) == []


def test_a_levys_stem_after_a_payment_word_stays_the_body_the_article_spells() -> None:
    text = "Partai Bulan Bintang (PBB) menagih janji koalisi. Realisasi PBB soal kursi menteri belum jelas."
    model = [_at(text, "Partai Bulan Bintang", "ORG"), *_every(text, "PBB", "ORG")]
    assert _out(text, model) == [
        ("Partai Bulan Bintang", "ORG", (0, 20)),
        ("PBB", "ORG", (22, 25)),
        ("PBB", "ORG", (60, 63)),
    ]


def test_a_levys_stem_after_no_payment_word_stays_a_body() -> None:
    text = "Laporan PBB menyebut ribuan warga Sudan mengungsi ke Chad."
    model = [_at(text, "PBB", "ORG"), _at(text, "Sudan", "LOC"), _at(text, "Chad", "LOC")]
    expected = [("PBB", "ORG", (8, 11)), ("Sudan", "LOC", (34, 39)), ("Chad", "LOC", (53, 57))]
    assert _out(text, model) == expected


@pytest.mark.xfail(strict=True, reason="a region after a levy's stem goes with the dropped span")
def test_a_region_after_a_levys_stem_stays_a_place() -> None:
    text = "Target PBB Kota Metro tahun ini Rp 9 miliar. Warga diminta melunasi PBB sebelum Agustus."
    model = [_at(text, "PBB Kota Metro", "ORG"), _every(text, "PBB", "ORG")[1]]
    assert _out(text, model) == [("Kota Metro", "LOC", (11, 21))]


def test_a_levys_stem_an_article_spells_as_a_bodys_name_stays_the_body() -> None:
    text = "Partai Bulan Bintang (PBB) menolak kenaikan pajak. Kader PBB menggelar rapat di Serang."
    model = [
        _at(text, "Partai Bulan Bintang", "ORG"),
        *_every(text, "PBB", "ORG"),
        _at(text, "Serang", "LOC"),
    ]
    assert _out(text, model) == [
        ("Partai Bulan Bintang", "ORG", (0, 20)),
        ("PBB", "ORG", (22, 25)),
        ("PBB", "ORG", (57, 60)),
        ("Serang", "LOC", (80, 86)),
    ]


def test_a_levys_stem_stays_a_body_where_the_article_writes_no_taxs_word() -> None:
    text = "Pasukan penjaga perdamaian PBB tiba di Lebanon selatan pekan ini."
    model = [_at(text, "PBB", "ORG"), _at(text, "Lebanon", "LOC")]
    assert _out(text, model) == [("PBB", "ORG", (27, 30)), ("Lebanon", "LOC", (39, 46))]


# --------------------------------------------------------------------------- a body's short name


def test_a_bodys_bracketed_short_name_after_its_office_is_the_body() -> None:
    text = "Rapat digelar di Aula Kantor Kementerian Agama (Kemenag) Way Kanan, Selasa."
    model = [_at(text, "Aula Kantor Kementerian Agama", "LOC"), _at(text, "Kemenag", "LOC")]
    assert _out(text, model) == [
        ("Aula Kantor Kementerian Agama", "LOC", (17, 46)),
        ("Kemenag", "ORG", (48, 55)),
        ("Way Kanan", "LOC", (57, 66)),
    ]


def test_a_bodys_short_name_written_as_its_own_word_before_a_hyphen_is_the_body() -> None:
    text = "Kerja sama DPRD-Bappeda Tanggamus itu dibahas pekan lalu."
    assert _out(text, [_at(text, "DPRD", "LOC")]) == [
        ("DPRD", "ORG", (11, 15)),
        ("Bappeda Tanggamus", "ORG", (16, 33)),
    ]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # one word of two bodies' short names: the first alone would name half of it
        ("Sinergi DPRD-DKPP Lampung Utara itu dibahas pekan lalu.", "DPRD"),
        ("Rapat koordinasi TNI/Polri digelar di markas kodim.", "TNI"),
        # a payment system named after the bank is no place and no body
        ("Transfer dana kini bisa lewat BI-FAST dengan biaya murah.", "BI"),
    ],
)
def test_a_bodys_short_name_inside_a_joined_word_is_no_place(text: str, part: str) -> None:
    assert _out(text, [_at(text, part, "LOC")]) == []


def test_a_region_the_model_called_a_place_stays_a_place() -> None:
    text = "Petani di Kecamatan Sukau menerima bantuan pompa."
    assert _out(text, [_at(text, "Kecamatan Sukau", "LOC")]) == [("Kecamatan Sukau", "LOC", (10, 25))]


# --------------------------------------------------------------------------- a district's name cut short


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # the district's first word is a city's name (`Batu`): the model stops there
        (
            "Sebanyak 120 siswa dari kecamatan Batu Ketulis menerima seragam gratis.",
            "kecamatan Batu",
            [("kecamatan Batu Ketulis", "LOC", (24, 46))],
        ),
        (
            "Harga kopi di Sukau dan Batu Ketulis turun pekan ini.",
            "Batu",
            [("Sukau", "LOC", (14, 19)), ("Batu Ketulis", "LOC", (24, 36))],
        ),
        (
            "Petugas menyisir Grogol Petamburan hingga malam.",
            "Grogol",
            [("Grogol Petamburan", "LOC", (17, 34))],
        ),
        # a capitalised word after the city that spells no listed district stays out
        ("Wisatawan memadati Kota Batu Minggu pagi.", "Kota Batu", [("Kota Batu", "LOC", (19, 28))]),
    ],
)
def test_a_place_cut_inside_a_districts_name_runs_to_its_end(text: str, span: str, expected: list) -> None:
    assert _out(text, [_at(text, span, "LOC")]) == expected


# --------------------------------------------------------------------------- a level's word closing a name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `Kota` with no name after it, before a comma: the village's last word
        (
            "Pengasapan dilakukan di Kelurahan Tanjung Kota, Kecamatan Menggala.",
            [("Kelurahan Tanjung Kota", "LOC", (24, 46)), ("Kecamatan Menggala", "LOC", (48, 66))],
        ),
        (
            "Pasar murah digelar di Kelurahan Pasar Kota. Warga antre.",
            [("Kelurahan Pasar Kota", "LOC", (23, 43))],
        ),
        # a level with its own name after it is a place of its own
        (
            "Bantuan tiba di Desa Sukamaju Kecamatan Cibeber pekan lalu.",
            [("Desa Sukamaju", "LOC", (16, 29)), ("Kecamatan Cibeber", "LOC", (30, 47))],
        ),
    ],
)
def test_a_levels_word_with_no_name_after_it_closes_the_name_before(text: str, expected: list) -> None:
    assert _out(text) == expected


# --------------------------------------------------------------------------- a district's name glued


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bibit kopi dibagikan ke Sukau, Kebuntebu, dan Gedungsurian tahun ini.",
            [("Sukau", "LOC", (24, 29)), ("Kebuntebu", "LOC", (31, 40)), ("Gedungsurian", "LOC", (46, 58))],
        ),
        (
            "“Kami petani dari Terbanggibesar minta tambahan pompa,” ujarnya.",
            [("Terbanggibesar", "LOC", (18, 32))],
        ),
        # a glued word that spells no listed district stays out
        ("Petani dari Sukamundur menjual gabah ke tengkulak.", []),
    ],
)
def test_a_districts_name_written_as_one_word_is_a_place(text: str, expected: list) -> None:
    assert _out(text) == expected


# --------------------------------------------------------------------------- a district after its regency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the district's name opens with the regency's: the longer listed name is the place
        ("Air merendam sawah warga di Mesuji Timur sejak Senin.", [("Mesuji Timur", "LOC", (28, 40))]),
        (
            "Gudang pupuk baru berdiri di Tulang Bawang Tengah bulan lalu.",
            [("Tulang Bawang Tengah", "LOC", (29, 49))],
        ),
        # the regency alone stays the regency
        ("Petani Mesuji mulai menanam jagung.", [("Mesuji", "LOC", (7, 13))]),
    ],
)
def test_a_districts_name_longer_than_its_regencys_is_the_place(text: str, expected: list) -> None:
    assert _out(text) == expected
