"""Organisation and place classes read on news-raw 3300-4299 (session 11): a race's short name
(`GP`), a cup's name after its word and a date's day glued to an outlet's name. Whole entity
lists with spans from `resolve_entities` on invented sentences, and cases where a rule must give
nothing or leave the name as it is."""

from __future__ import annotations

import pytest

from extract.records import Dateline, Entity
from tests.entity_records import first_entities as _model

from .test_entities_news import _out

# --------------------------------------------------------------------------- GP: a race, or GP Ansor


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Marquez menang di GP Spanyol pekan lalu dan kini bersiap menuju GP Americas.",
            [("GP Spanyol", "ORG"), ("GP Americas", "ORG")],
            [("Spanyol", "LOC", (21, 28))],
        ),
        (
            "Vettel tercepat pada sesi latihan GP Monaco di Circuit de Monaco, Kamis.",
            [("GP Monaco", "ORG"), ("Circuit de Monaco", "LOC")],
            [("Circuit de Monaco", "LOC", (47, 64))],
        ),
    ],
)
def test_a_grand_prix_named_by_its_place_is_no_organisation(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # `GP` opens the youth movement's name before an organisation's word: a body
        (
            "Ketua GP Ansor Kabupaten Sukamaju, Ahmad Fauzan, membuka acara.",
            [("GP Ansor Kabupaten Sukamaju", "ORG")],
            [("GP Ansor Kabupaten Sukamaju", "ORG", (6, 33))],
        ),
        (
            "Ratusan anggota GP Ansor menjaga gereja saat misa Natal.",
            [("GP Ansor", "ORG")],
            [("GP Ansor", "ORG", (16, 24))],
        ),
    ],
)
def test_gp_before_an_organisation_word_stays_a_body(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


# --------------------------------------------------------------------------- a cup's name


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            # the side's country after `Tim putri` is a place (`places._with_team_countries`)
            "Tim putri Indonesia terhenti di perempat final Piala Uber 2018 di Bangkok.",
            [("Uber", "ORG"), ("Bangkok", "LOC")],
            [("Indonesia", "LOC", (10, 19)), ("Bangkok", "LOC", (66, 73))],
        ),
        (
            "Timnas lolos ke semifinal Piala AFF setelah menang atas Vietnam.",
            [("AFF", "ORG"), ("Vietnam", "LOC")],
            [("Vietnam", "LOC", (56, 63))],
        ),
    ],
)
def test_an_organisation_after_a_cups_word_names_the_cup(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the body stands apart from the cup's word: it stays
        (
            "Piala itu diserahkan PSSI kepada kapten tim di Stadion Sukamaju.",
            [("PSSI", "ORG"), ("Stadion Sukamaju", "LOC")],
            [("PSSI", "ORG", (21, 25)), ("Stadion Sukamaju", "LOC", (47, 63))],
        ),
        # a lowercase `piala` is no cup's name
        (
            "Pemenang lomba menerima piala Bank Sukamaju dari panitia.",
            [("Bank Sukamaju", "ORG")],
            [("Bank Sukamaju", "ORG", (30, 43))],
        ),
    ],
)
def test_a_body_apart_from_a_cups_name_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


# --------------------------------------------------------------------------- a date's day after a name


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Dikutip dari Live Science 30 Mei 2017, Douglas menyebut teori itu keliru.",
            [("Live Science 30", "ORG")],
            [("Live Science", "ORG", (13, 25))],
        ),
        (
            "Kanker itu acak, ucapnya seperti dikutip dari Scientific American 24 Maret 2017.",
            [("Scientific American 24", "ORG")],
            [("Scientific American", "ORG", (46, 65))],
        ),
        # an outlet's name of one word
        (
            "Mengutip Antara 12 Januari 2025, Kepala BMKG mengatakan cuaca ekstrem berlanjut.",
            [("Antara 12", "ORG"), ("BMKG", "ORG")],
            [("Antara", "ORG", (9, 15)), ("BMKG", "ORG", (40, 44))],
        ),
    ],
)
def test_a_dates_day_after_an_outlet_is_cut(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a number with no month after it stays
        (
            "Siswa SMA Negeri 12 mengikuti lomba di Sukamaju.",
            [("SMA Negeri 12", "ORG"), ("Sukamaju", "LOC")],
            [("SMA Negeri 12", "ORG", (6, 19)), ("Sukamaju", "LOC", (39, 47))],
        ),
        # a unit's own number with no month after it, the name of one word before it
        (
            "Pasukan Yonif 12 tiba di Sukamaju pada Juni.",
            [("Yonif 12", "ORG"), ("Sukamaju", "LOC")],
            [("Yonif 12", "ORG", (8, 16)), ("Sukamaju", "LOC", (25, 33))],
        ),
    ],
)
def test_a_number_without_a_month_after_it_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # `dan` joins the ORG to a cup named by its word: one contest's name
        (
            "Para pemain berangkat ke Piala Thomas dan Uber 2018 di Bangkok.",
            [("Uber", "ORG"), ("Bangkok", "LOC")],
            [("Bangkok", "LOC", (55, 62))],
        ),
    ],
)
def test_an_organisation_joined_to_a_cups_name_names_the_cup(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a cup named by a title: `dan` joins a body of its own, the federation
        (
            "Usai gelaran Piala Presiden dan PSSI memutuskan jadwal kompetisi, para pemain diliburkan.",
            [("PSSI", "ORG")],
            [("PSSI", "ORG", (32, 36))],
        ),
        # a league named by its country: `dan` joins a club
        (
            "Klub-klub Liga Inggris dan Chelsea sepakat menolak usulan tersebut.",
            [("Chelsea", "ORG")],
            [("Chelsea", "ORG", (27, 34))],
        ),
    ],
)
def test_a_body_after_dan_and_a_cup_not_named_after_a_person_stays(
    text: str, model: list, expected: list
) -> None:
    assert _out(text, _model(text, model)) == expected


# --------------------------------------------------------------------------- a holder's title after a region


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Pasar itu diresmikan Bupati Pesawaran Hi. Ahmad Fauzan, Rabu.",
            [("Pesawaran Hi", "LOC")],
            [("Pesawaran", "LOC", (28, 37))],
        ),
        # the body's label: a region's name alone left is a place
        (
            "Kepala Bappeda Sukamaju Ir. Budi Santoso hadir, didampingi Sekdakab Lampung Barat "
            "Ir. Anton Wijaya.",
            [("Bappeda Sukamaju Ir", "ORG"), ("Lampung Barat Ir", "ORG")],
            [("Bappeda Sukamaju", "ORG", (7, 23)), ("Lampung Barat", "LOC", (68, 81))],
        ),
    ],
)
def test_a_degree_or_religious_title_after_a_region_opens_the_holder(
    text: str, model: list, expected: list
) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # no region before the title: a street named after a hajj keeps it
        (
            "Warga Jalan H. Agus Salim menggelar kerja bakti.",
            [("Jalan H. Agus Salim", "LOC")],
            [("Jalan H. Agus Salim", "LOC", (6, 25))],
        ),
        # no capitalised word after the title's dot
        (
            "Pabrik itu milik Perusahaan Sukamaju Dr. yang berdiri sejak 1990.",
            [("Perusahaan Sukamaju Dr", "ORG")],
            [("Perusahaan Sukamaju Dr", "ORG", (17, 39))],
        ),
    ],
)
def test_a_title_word_with_no_region_or_name_around_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


# --------------------------------------------------------------------------- a sport named alone


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Tim berkuda turun di nomor Trilomba (Eventing) dan Lompat Rintangan (Jumping) di Pulomas.",
            [("Eventing", "ORG"), ("Jumping", "LOC"), ("Pulomas", "LOC")],
            [("Pulomas", "LOC", (81, 88))],
        ),
        (
            "Cabang Squash dan Softball batal dipertandingkan di Manila.",
            [("Squash", "ORG"), ("Softball", "LOC"), ("Manila", "LOC")],
            [("Manila", "LOC", (52, 58))],
        ),
    ],
)
def test_a_sport_named_alone_is_no_entity(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


def test_a_body_named_after_its_sport_stays() -> None:
    text = "Pengurus Persatuan Golf Indonesia menggelar turnamen di Sukamaju."
    model = _model(text, [("Persatuan Golf Indonesia", "ORG")])
    assert _out(text, model) == [("Persatuan Golf Indonesia", "ORG", (9, 33)), ("Sukamaju", "LOC", (56, 64))]


# --------------------------------------------------------------------------- a designation's code


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("Helikopter Mi-14 Haze milik AL Soviet dipensiunkan.", [("Mi-14 Haze", "ORG")], []),
        (
            "Rusia memamerkan tank T-14 Armata dan sistem rudal Buk-M3.",
            [("T-14 Armata", "ORG"), ("Buk-M3", "ORG")],
            [("Rusia", "LOC", (0, 5))],
        ),
        ("Juara kelompok umur U-13 Putri diraih atlet tuan rumah.", [("U-13 Putri", "ORG")], []),
    ],
)
def test_a_span_opened_by_a_designation_is_no_entity(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a toll road's kilometre post
        (
            "Kecelakaan terjadi di KM-50 Tol Jakarta-Cikampek, Senin malam.",
            [("KM-50 Tol Jakarta-Cikampek", "LOC")],
            [("KM-50 Tol Jakarta-Cikampek", "LOC", (22, 48))],
        ),
        # a power plant's unit
        (
            "Pasokan listrik dari PLTU-2 Sebalang terganggu sejak pagi.",
            [("PLTU-2 Sebalang", "LOC")],
            [("PLTU-2 Sebalang", "LOC", (21, 36))],
        ),
        # a housing estate's block
        (
            "Warga Blok-A1 Perumahan Griya Asri mengungsi.",
            [("Blok-A1 Perumahan Griya Asri", "LOC")],
            [("Blok-A1 Perumahan Griya Asri", "LOC", (6, 34))],
        ),
    ],
)
def test_a_places_code_before_a_hyphen_and_a_number_stays_a_place(
    text: str, model: list, expected: list
) -> None:
    assert _out(text, _model(text, model)) == expected


def test_a_heads_code_stays_a_place() -> None:
    text = "Warga RT-05 Sukamaju menggelar kerja bakti."
    assert _out(text, _model(text, [("RT-05 Sukamaju", "LOC")])) == [("RT-05 Sukamaju", "LOC", (6, 20))]


# --------------------------------------------------------------------------- a facility's place named alone


def test_a_name_written_after_a_facilitys_head_is_that_place_alone() -> None:
    text = (
        '"Kami menunggu sampai Mugello," ujar manajer tim. '
        "Balapan berikutnya digelar di Sirkuit Mugello, Italia."
    )
    model = _model(text, [("Mugello", "ORG"), ("Sirkuit Mugello", "LOC"), ("Italia", "LOC")])
    assert _out(text, model) == [
        ("Mugello", "LOC", (22, 29)),
        ("Sirkuit Mugello", "LOC", (80, 95)),
        ("Italia", "LOC", (97, 103)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Massa mendatangi Kantor Indosat di Jalan Kartini. Indosat menyatakan gangguan sudah pulih.",
            [("Kantor Indosat", "LOC", 17), ("Jalan Kartini", "LOC", 35), ("Indosat", "ORG", 50)],
            [
                ("Kantor Indosat", "LOC", (17, 31)),
                ("Jalan Kartini", "LOC", (35, 48)),
                ("Indosat", "ORG", (50, 57)),
            ],
        ),
        (
            "Pasien dirujuk ke RS Hermina Sukamaju. Hermina menambah ruang isolasi.",
            [("RS Hermina Sukamaju", "LOC", 18), ("Hermina", "ORG", 39)],
            [("RS Hermina Sukamaju", "LOC", (18, 37)), ("Hermina", "ORG", (39, 46))],
        ),
    ],
)
def test_a_body_named_after_the_building_it_sits_in_stays_a_body(
    text: str, model: list, expected: list
) -> None:
    """A body's name is written inside its building's first (`Kantor Indosat`): spans given by offset."""
    ents = [Entity(part, label, (start, start + len(part))) for part, label, start in model]
    assert _out(text, ents) == expected


def test_a_body_whose_office_is_named_stays_a_body() -> None:
    text = "Staf Kantor Kemenpora menyebut Kemenpora membuka pendaftaran atlet."
    model = _model(text, [("Kantor Kemenpora", "LOC"), ("Kemenpora", "ORG")])
    assert _out(text, model) == [("Kantor Kemenpora", "LOC", (5, 21)), ("Kemenpora", "ORG", (31, 40))]


# --------------------------------------------------------------------- a photo's credit before the masthead


def test_a_photo_credit_before_the_datelines_masthead_is_no_part_of_the_outlet() -> None:
    text = "SukamajuFoto.com/Budi Santoso KABARSUKAMAJU.COM - Warga Desa Sukamaju menanam padi."
    dateline = Dateline(place=None, outlet="SukamajuFoto.com/Budi Santoso KABARSUKAMAJU.COM")
    model = _model(text, [("Desa Sukamaju", "LOC")])
    assert _out(text, model, dateline=dateline) == [
        ("KABARSUKAMAJU.COM", "ORG", (30, 47)),
        ("Desa Sukamaju", "LOC", (56, 69)),
    ]


def test_an_outlet_with_a_slash_and_no_masthead_after_it_stays() -> None:
    text = "Kabar/Sukamaju - Warga Desa Sukamaju menanam padi."
    dateline = Dateline(place=None, outlet="Kabar/Sukamaju")
    model = _model(text, [("Desa Sukamaju", "LOC")])
    assert _out(text, model, dateline=dateline) == [
        ("Kabar/Sukamaju", "ORG", (0, 14)),
        ("Desa Sukamaju", "LOC", (23, 36)),
    ]


def test_a_social_aid_cards_short_name_is_no_body() -> None:
    text = "Warga pemegang KIS dilayani gratis di RSUD Sukamaju, kata petugas BPJS Kesehatan."
    model = _model(text, [("KIS", "ORG"), ("RSUD Sukamaju", "LOC"), ("BPJS Kesehatan", "ORG")])
    assert _out(text, model) == [("RSUD Sukamaju", "LOC", (38, 51)), ("BPJS Kesehatan", "ORG", (66, 80))]


def test_a_commission_short_named_kip_stays_a_body() -> None:
    """KIP is also Aceh's election commission (Komisi Independen Pemilihan): no card's name there."""
    text = "Ketua KIP Aceh Barat, Muhammad Rizal, mengatakan daftar pemilih tetap sudah ditetapkan."
    model = _model(text, [("KIP Aceh Barat", "ORG"), ("Muhammad Rizal", "PER")])
    assert _out(text, model) == [("KIP Aceh Barat", "ORG", (6, 20)), ("Muhammad Rizal", "PER", (22, 36))]
