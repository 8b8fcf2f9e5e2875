"""Places read in news-raw 9000-9350 (issue 12, round 16): a region's name that opens a club's
name (`Malut United`) is the club, no place. Whole entity lists from `resolve_entities` on
invented sentences, with the model's spans given, and cases that keep the place or give
nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _at, _out

# --------------------------------------------------------------------------- a club named after a region


def test_a_region_before_a_clubs_form_nobody_tagged_is_the_club() -> None:
    text = "Tim tamu pulang kalah dari Sulut United di kandang lawan."
    assert _out(text, [_at(text, "Sulut", "LOC")]) == [("Sulut United", "ORG", (27, 39))]


def test_a_region_tagged_a_place_and_its_form_tagged_a_body_are_one_club() -> None:
    text = "Bek Malut United itu absen karena cedera lutut."
    model = [_at(text, "Malut", "LOC"), _at(text, "United", "ORG")]
    assert _out(text, model) == [("Malut United", "ORG", (4, 16))]


def test_a_form_tagged_alone_after_a_regions_name_opens_at_the_region() -> None:
    text = "Kemenangan kemarin mengangkat Madura United ke papan atas klasemen."
    assert _out(text, [_at(text, "United", "ORG")]) == [("Madura United", "ORG", (30, 43))]


def test_a_province_before_fc_is_the_club_and_the_stadium_keeps_its_place() -> None:
    text = "Laga Lampung FC melawan tim tamu digelar di Stadion Pahoman."
    model = [_at(text, "Lampung", "LOC"), _at(text, "Stadion Pahoman", "LOC")]
    assert _out(text, model) == [("Lampung FC", "ORG", (5, 15)), ("Stadion Pahoman", "LOC", (44, 59))]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the place alone, no club's form after it: still the place
        (
            "Ribuan penonton dari Sulut datang ke stadion itu.",
            [("Sulut", "LOC")],
            [("Sulut", "LOC", (21, 26))],
        ),
        # a form after a word that names no region: no club's name to grow
        (
            "Pelatih United menolak berkomentar usai laga.",
            [("United", "ORG")],
            [("United", "ORG", (8, 14))],
        ),
        # a country's name opened by the form's word in title case is no club
        (
            "Delegasi dari United Kingdom tiba di Jakarta.",
            [("United Kingdom", "LOC"), ("Jakarta", "LOC")],
            [("United Kingdom", "LOC", (14, 28)), ("Jakarta", "LOC", (37, 44))],
        ),
        # a comma between the place and the word: two things
        (
            "Warga Bali, United Nations mencatat, makin peduli sampah.",
            [("Bali", "LOC")],
            [("Bali", "LOC", (6, 10))],
        ),
    ],
)
def test_a_place_keeps_its_sense_without_a_clubs_form_right_after_it(text, model, expected) -> None:
    assert _out(text, [_at(text, part, label) for part, label in model]) == expected


def test_nothing_is_found_where_the_model_found_nothing() -> None:
    assert _out("Para pemain berlatih sore hari di lapangan desa.", []) == []


@pytest.mark.xfail(
    strict=True,
    reason="a facility named after a club (`… United Training Center`) is one LOC; the model's "
    "ORG run on from the form is left as found",
)
def test_a_facility_named_after_a_club_is_one_place() -> None:
    text = "Seleksi atlet digelar di Bali United Training Center pekan depan."
    model = [_at(text, "Bali", "LOC"), _at(text, "United Training Center", "ORG")]
    assert _out(text, model) == [("Bali United Training Center", "LOC", (25, 52))]


# --------------------------------------------------------------------------- a route's end


def test_a_regency_seats_name_after_a_routes_hyphen_is_read_whole() -> None:
    text = "Maskapai membuka rute Maumere-Labuan Bajo mulai bulan depan."
    # the route's other end, a listed seat, is a place too (places21: `_with_route_ends`)
    assert _out(text, [_at(text, "Bajo", "LOC")]) == [
        ("Maumere", "LOC", (22, 29)),
        ("Labuan Bajo", "LOC", (30, 41)),
    ]


def test_a_word_after_a_hyphen_that_opens_no_listed_name_is_left_out() -> None:
    text = "Ruas Sukamaju-Tanjung Bajo kembali dibuka setelah longsor."
    assert _out(text, [_at(text, "Bajo", "LOC")]) == [("Bajo", "LOC", (22, 26))]


# --------------------------------------------------------------------------- a hospital's short name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pasien rujukan itu kini dirawat di RSUP Hasan Sadikin Bandung.",
            [("RSUP Hasan Sadikin Bandung", "LOC", (35, 61))],
        ),
        (
            "Sampel darah dikirim ke RSPI Sulianti Saroso untuk diperiksa.",
            [("RSPI Sulianti Saroso", "LOC", (24, 44))],
        ),
        (
            "Korban sempat dibawa ke RSAL dr Ramelan, lalu dipulangkan.",
            [("RSAL dr Ramelan", "LOC", (24, 39))],
        ),
    ],
)
def test_a_hospitals_short_name_heads_a_place_named_after_a_person(text, expected) -> None:
    assert _out(text, []) == expected


def test_the_person_a_hospital_is_named_after_is_no_person_of_the_story() -> None:
    text = "Pasien rujukan itu kini dirawat di RSUP Hasan Sadikin Bandung."
    assert _out(text, [_at(text, "Hasan Sadikin", "PER")]) == [
        ("RSUP Hasan Sadikin Bandung", "LOC", (35, 61))
    ]


def test_a_market_indicators_letters_are_no_hospital() -> None:
    text = "Sinyal RSI sudah keluar dari area jenuh beli."
    assert _out(text, [_at(text, "RSI", "ORG")]) == []


def test_a_hospital_named_after_a_person_after_its_bracket_is_one_place() -> None:
    text = "Dokter dari Rumah Sakit Umum Pusat (RSUP) Hasan Sadikin, Bandung, menjelaskan gejala itu."
    assert _out(text, []) == [
        ("Rumah Sakit Umum Pusat (RSUP) Hasan Sadikin", "LOC", (12, 55)),
        ("Bandung", "LOC", (57, 64)),
    ]


# --------------------------------------------------------------------------- a people's name


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ia meminta warga tidak menghina marga dan suku Gorontalo di media sosial.", "Gorontalo"),
        ("Paguyuban itu beranggotakan warga etnis Tionghoa di kota tersebut.", "Tionghoa"),
        ("Festival menampilkan tarian adat, antara lain dari Suku Tidung.", "Suku Tidung"),
    ],
)
def test_a_name_after_a_peoples_cue_is_the_people_no_place(text, part) -> None:
    assert _out(text, [_at(text, part, "LOC")]) == []


def test_the_same_name_without_the_cue_is_the_place() -> None:
    text = "Rombongan dari Gorontalo tiba di pelabuhan pagi tadi."
    assert _out(text, [_at(text, "Gorontalo", "LOC")]) == [("Gorontalo", "LOC", (15, 24))]


def test_a_capitalised_cue_inside_a_longer_name_keeps_the_place() -> None:
    text = "Pameran digelar di Daerah Otonom Etnis Zhuang Guangxi, China selatan."
    model = [_at(text, "Daerah Otonom Etnis Zhuang Guangxi", "LOC"), _at(text, "China", "LOC")]
    assert _out(text, model) == [
        ("Daerah Otonom Etnis Zhuang Guangxi", "LOC", (19, 53)),
        ("China", "LOC", (55, 60)),
    ]


def test_a_numbered_hamlet_opened_by_the_cues_word_is_the_place() -> None:
    text = "Jalan usaha tani dibangun di Suku II desa itu tahun ini."
    assert _out(text, [_at(text, "Suku II", "LOC")]) == [("Suku II", "LOC", (29, 36))]


# --------------------------------------------------------------------------- a prison


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tersangka kini mendekam di Rutan Polres Lampung Timur.",
            [("Rutan Polres Lampung Timur", "LOC", (27, 53))],
        ),
        (
            "Dua warga binaan kabur dari Lapas Kelas IIA Kotabumi pekan lalu.",
            [("Lapas Kelas IIA Kotabumi", "LOC", (28, 52))],
        ),
        # the kind written lowercase, with no name: nothing
        ("Petugas lapas menggeledah kamar hunian pada malam hari.", []),
    ],
)
def test_a_prisons_name_is_a_place(text, expected) -> None:
    assert _out(text, []) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a facility's head with its bracketed short name, then the town (`Rumah Tahanan (Rutan) <Town>`), "
    "is not read: the head alone names nothing",
)
def test_a_prisons_long_name_with_its_short_name_and_town_is_one_place() -> None:
    text = "Ia kini ditahan di Rumah Tahanan (Rutan) Balikpapan sejak pekan lalu."
    assert _out(text, [_at(text, "Balikpapan", "LOC")]) == [
        ("Rumah Tahanan (Rutan) Balikpapan", "LOC", (19, 51))
    ]


# --------------------------------------------------------------------------- a photo's credit


def test_a_place_name_opening_a_photos_credit_is_the_agency() -> None:
    text = (
        "Warga menonton kirab obor di Wenzhou, 15 September 2023. (Xinhua/Weng Xinyang) Pembawa obor berlari."
    )
    model = [_at(text, "Wenzhou", "LOC"), _at(text, "Xinhua", "LOC")]
    assert _out(text, model) == [("Wenzhou", "LOC", (29, 36)), ("Xinhua", "ORG", (58, 64))]


def test_a_bracket_with_a_slash_after_a_riders_name_is_no_credit() -> None:
    text = "Juara kelas itu Riko Ganda (Sumedang/Gunung Tulis) pada hari kedua."
    model = [_at(text, "Riko Ganda", "PER"), _at(text, "Sumedang", "LOC")]
    assert _out(text, model) == [("Riko Ganda", "PER", (16, 26)), ("Sumedang", "LOC", (28, 36))]


# --------------------------------------------------------------------------- a village's label or programme


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Polsek setempat membentuk Kampung Bebas Narkoba di tiga dusun tahun ini.", "Kampung Bebas Narkoba"),
        (
            "Dana itu dibagikan kepada tiap Kelurahan Tangguh Nusantara untuk warga isoman.",
            "Kelurahan Tangguh Nusantara",
        ),
        ("Pemkot menargetkan predikat Kota Layak Anak tingkat utama tahun depan.", "Kota Layak Anak"),
    ],
)
def test_a_label_a_village_or_town_earns_is_no_place(text, part) -> None:
    assert _out(text, [_at(text, part, "LOC")]) == []


def test_a_village_named_after_its_level_word_stays_a_place() -> None:
    text = "Warga Kampung Sawah Baru bergotong royong membersihkan saluran."
    assert _out(text, [_at(text, "Kampung Sawah Baru", "LOC")]) == [("Kampung Sawah Baru", "LOC", (6, 24))]
