"""Officials on constructions found on unseen regional news (issue 13, news-raw lines 4800-4999 and
7176-7499), one group per class: a unit named by fields joined with `dan`, a word for a title
before `dan`, a first name the model or the lexicon leaves out of an apposition, a place after a
body's word.

Every sentence is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _per, _rec

# ------------------------------------------------- unsure words, dan, a field that runs into the body

FIELDS = [
    # `pada` and the office after the second field: the holder comes after the comma
    (
        "Hal itu disampaikan Kepala Seksi Pupuk Pestisida dan Alsintan pada Dinas Pertanian setempat, "
        "Ronal Herindo, Selasa.",
        (),
        [
            (
                "Kepala Seksi Pupuk Pestisida dan Alsintan pada Dinas Pertanian setempat, Ronal Herindo",
                "Ronal Herindo",
                "Kepala Seksi Pupuk Pestisida dan Alsintan pada Dinas Pertanian",
            )
        ],
    ),
    # the office right after the second field, the holder after the office and its region
    (
        "Kasi Pupuk Pestisida dan Alsintan Dinas Tanaman Pangan Sleman Ronal Herindo mendampingi Kadis.",
        (),
        [
            (
                "Kasi Pupuk Pestisida dan Alsintan Dinas Tanaman Pangan Sleman Ronal Herindo",
                "Ronal Herindo",
                "Kasi Pupuk Pestisida dan Alsintan Dinas Tanaman Pangan Sleman",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "names", "expected"), FIELDS)
def test_field_before_dan_is_no_holder(sentence: str, names: tuple[str, ...], expected: list) -> None:
    ents = _per(sentence, *names)
    assert extract_officials(sentence, entities=ents) == [_rec(sentence, *e) for e in expected]


KEPT = [
    # a holder, then `dan` and a body with no field word: the holder stays
    (
        "Bupati Sleman Marlini dan Forkopimda meninjau lokasi banjir.",
        [("Bupati Sleman Marlini", "Marlini", "Bupati Sleman")],
    ),
    # a holder, then `dan` and another post
    (
        "Camat Depok Sutarji dan Kapolsek Depok meninjau lokasi banjir.",
        [("Camat Depok Sutarji", "Sutarji", "Camat Depok")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), KEPT)
def test_holder_before_dan_stays(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


def test_fields_without_holder_name_nobody() -> None:
    s = "Kepala Seksi Pupuk Pestisida dan Alsintan pada Dinas Pertanian setempat mengatakan stok pupuk cukup."
    assert extract_officials(s) == []


# ------------------------------------------ a word for a title before `dan`: the pilgrimage, no title

PILGRIMAGE = [
    # Haji before `dan` opens no name; the bracketed acronym spells the words across `dan`, so the
    # model's PER on Umroh is the body's word
    (
        "Kabid Penyelenggaraan Haji dan Umroh (PHU) Kanwil Kemenag Jambi, Sutarno, mengatakan kuota naik.",
        ("Umroh",),
        [
            (
                "Kabid Penyelenggaraan Haji dan Umroh (PHU) Kanwil Kemenag Jambi, Sutarno",
                "Sutarno",
                "Kabid Penyelenggaraan Haji dan Umroh (PHU) Kanwil Kemenag Jambi",
            )
        ],
    ),
    (
        "Staf Seksi Penyelenggaraan Haji dan Umroh (PHU) Kemenag Sleman Hidayat menjelaskan pelunasan.",
        ("Umroh", "Hidayat"),
        [
            (
                "Staf Seksi Penyelenggaraan Haji dan Umroh (PHU) Kemenag Sleman Hidayat",
                "Hidayat",
                "Staf Seksi Penyelenggaraan Haji dan Umroh (PHU) Kemenag Sleman",
            )
        ],
    ),
    # an honorific before `dan` is a plain word of the body's name too
    (
        "Ketua Persatuan Ibu dan Anak Kabupaten Sleman Sri Wahyuni membuka acara itu.",
        (),
        [
            (
                "Ketua Persatuan Ibu dan Anak Kabupaten Sleman Sri Wahyuni",
                "Sri Wahyuni",
                "Ketua Persatuan Ibu dan Anak Kabupaten Sleman",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "names", "expected"), PILGRIMAGE)
def test_title_word_before_dan_is_plain(sentence: str, names: tuple[str, ...], expected: list) -> None:
    ents = _per(sentence, *names)
    assert extract_officials(sentence, entities=ents) == [_rec(sentence, *e) for e in expected]


def test_religious_title_before_name_still_dropped() -> None:
    s = "Kepala Dinas Sosial Hj. Siti Aminah dan Sekretaris Dinas Sosial Budi Raharjo hadir."
    assert extract_officials(s) == [
        _rec(s, "Kepala Dinas Sosial Hj. Siti Aminah", "Siti Aminah", "Kepala Dinas Sosial"),
        _rec(s, "Sekretaris Dinas Sosial Budi Raharjo", "Budi Raharjo", "Sekretaris Dinas Sosial"),
    ]


# ------------------------------------------ a first name left out of the name after a title's comma

FIRST_NAMES = [
    # a first name that is also a common word (nasib), where the model's name opens with it
    (
        "Kepala Bidang Kesehatan Hewan Dinas Pertanian Sleman, Nasib Wiryanto, mengatakan vaksin cukup.",
        ("Nasib Wiryanto",),
        [
            (
                "Kepala Bidang Kesehatan Hewan Dinas Pertanian Sleman, Nasib Wiryanto",
                "Nasib Wiryanto",
                "Kepala Bidang Kesehatan Hewan Dinas Pertanian Sleman",
            )
        ],
    ),
    # an unknown first name the model cut off, the name closing the clause
    (
        "Ketua Koperasi Sinar, Haris Tasyade, didampingi Kabid Permodalan, Enggang Sutami Jaya, "
        "mengatakan panen naik.",
        ("Haris Tasyade", "Sutami Jaya"),
        [
            ("Ketua Koperasi Sinar, Haris Tasyade", "Haris Tasyade", "Ketua Koperasi Sinar"),
            ("Kabid Permodalan, Enggang Sutami Jaya", "Enggang Sutami Jaya", "Kabid Permodalan"),
        ],
    ),
    # after `dan` a common word is the unit's second field, even where the model's name opens there
    (
        "Kabid Sarana dan Prasarana Andri menyampaikan bantuan itu diberikan langsung.",
        ("Prasarana Andri",),
        [("Kabid Sarana dan Prasarana Andri", "Andri", "Kabid Sarana dan Prasarana")],
    ),
]


@pytest.mark.parametrize(("sentence", "names", "expected"), FIRST_NAMES)
def test_first_name_after_a_title_comma(sentence: str, names: tuple[str, ...], expected: list) -> None:
    ents = _per(sentence, *names)
    assert extract_officials(sentence, entities=ents) == [_rec(sentence, *e) for e in expected]


def test_a_cut_name_in_a_list_of_people_gives_no_holder() -> None:
    # the name does not close the clause: `dan` goes on with a list, nobody holds the post there
    s = "Kabid Permodalan, Enggang Sutami Jaya dan Budi, hadir."
    assert extract_officials(s, entities=_per(s, "Sutami Jaya")) == []


# ------------------------------------------------------ a place after a body's word is no holder

PLACES = [
    # Lampung's `Way` (a river) opens a place name like `Sungai`: the word after it is no holder
    (
        "Menurut Darsono (Lurah Way Kandis), posko dibuka setiap hari kerja.",
        [("Darsono (Lurah Way Kandis)", "Darsono", "Lurah Way Kandis")],
    ),
    # a district of the gazetteer right after a body's word, never used as a name: no holder
    ("Darah terkumpul dari karyawan Kantor Regional, Kebun Way Berulu, dan Kebun Kedaton.", []),
    ("Brigpol EA, anggota Polsek Pakuan Ratu, Polres Way Kanan, ditemukan tewas di rumahnya.", []),
    ("Hadir anggota DPRD, Pastor Paroki Kalirejo, Camat Pubian beserta Forkopimcam.", []),
    # a district after the comma that closes the title, then the holder
    (
        "Ketua RT Sukamaju, Pakuan Ratu, Budi Santoso, mengatakan banjir surut.",
        [("Ketua RT Sukamaju, Pakuan Ratu, Budi Santoso", "Budi Santoso", "Ketua RT Sukamaju, Pakuan Ratu")],
    ),
    # a facility's short name in brackets, then the name it is named after: no holder
    ("Seorang pegawai Rumah Sakit Umum Daerah (RSUD) Ragab Begawe Caram yang terkonfirmasi positif.", []),
    # the district in the title, the holder after it
    (
        "Kapolsek Pakuan Ratu AKP Budi Santoso mengatakan patroli ditambah.",
        [("Kapolsek Pakuan Ratu AKP Budi Santoso", "Budi Santoso", "Kapolsek Pakuan Ratu")],
    ),
    # the article says the word as a name (before a speech verb): a holder
    (
        "Ketua Gapoktan Kedaton mengatakan panen naik.",
        [("Ketua Gapoktan Kedaton", "Kedaton", "Ketua Gapoktan")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACES)
def test_a_place_after_a_body_word_is_no_holder(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


# ------------------------------------------------------------------ heads written as the region writes them

HEADS = [
    # Wakapolda in two words
    (
        "Desa Pasuruan diresmikan oleh Waka Polda Lampung Brigjen Pol Sudarsono sebagai kampung tangguh.",
        [("Waka Polda Lampung Brigjen Pol Sudarsono", "Sudarsono", "Waka Polda Lampung")],
    ),
    # Kapekon: Lampung's head of a pekon; the word after it is the pekon
    (
        "Pj Kapekon Margosari Suparman, pada kesempatan tersebut menyampaikan profil pekon.",
        [("Pj Kapekon Margosari Suparman", "Suparman", "Pj Kapekon Margosari")],
    ),
    # Sekretaris Kota: the city's secretary; the word after Kota is the holder, no city
    (
        "Hadir Sekretaris Kota Badri Tamam, Anggota DPR RI dan Kepala BPBD.",
        [("Sekretaris Kota Badri Tamam", "Badri Tamam", "Sekretaris Kota")],
    ),
    (
        "Sekretaris Kota Metro Bangkit Haryo Utomo membuka acara.",
        [("Sekretaris Kota Metro Bangkit Haryo Utomo", "Bangkit Haryo Utomo", "Sekretaris Kota Metro")],
    ),
    # Karumkit: the head of a police hospital
    (
        "kata Karumkit RS Bhayangkara Polda Lampung AKBP dr Hidatatullah, di Bandarlampung, Selasa.",
        [
            (
                "Karumkit RS Bhayangkara Polda Lampung AKBP dr Hidatatullah",
                "Hidatatullah",
                "Karumkit RS Bhayangkara Polda Lampung",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), HEADS)
def test_regional_forms_of_heads(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


def test_a_bare_regional_head_names_nobody() -> None:
    assert extract_officials("Rapat itu dihadiri para Kapekon se-Kecamatan Gadingrejo.") == []


# ------------------------------------------------------------- the holder after a comma, the post before

AFTER_COMMA = [
    # `yang juga` after another post, no name before it: the holder follows the comma
    (
        "Sekretaris gugus tugas yang juga Kepala BPBD, Maidar, saat ditanya mengaku kebijakan diperpanjang.",
        [("Kepala BPBD, Maidar", "Maidar", "Kepala BPBD")],
    ),
    # a name before `yang juga` holds the post; the name after the comma is no second holder
    (
        "Budi Santoso yang juga Kepala BPBD, Maidar, hadir.",
        [("Budi Santoso yang juga Kepala BPBD", "Budi Santoso", "Kepala BPBD")],
    ),
    # a region's first word in lowercase, its last capitalised, then the comma and the holder
    (
        "Kepala Dinas PU Kota bandar Lampung, Dedi Sutiyoso menyebut normalisasi sungai dilakukan.",
        [
            (
                "Kepala Dinas PU Kota bandar Lampung, Dedi Sutiyoso",
                "Dedi Sutiyoso",
                "Kepala Dinas PU Kota bandar Lampung",
            )
        ],
    ),
    # no name after the comma: nobody
    ("Sekretaris gugus tugas yang juga Kepala BPBD mengaku kebijakan diperpanjang.", []),
    ("Kepala Dinas PU Kota bandar Lampung, kemarin, menyebut normalisasi sungai dilakukan.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), AFTER_COMMA)
def test_the_holder_after_a_comma(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


# ------------------------------------------- a region with its first word alone capitalised

MIXED_CASE_REGION = [
    # the later words of a known region written lowercase: the region ends the title, the holder follows
    (
        "Bupati Tulang bawang Dr. Hj. Sumiati, S.E., menyerahkan bantuan kepada warga.",
        [("Bupati Tulang bawang Dr. Hj. Sumiati", "Sumiati", "Bupati Tulang bawang")],
    ),
    (
        "Hadir pula Kepala Cabang Bulog Lampung utara Arman Saputra dalam acara itu.",
        [
            (
                "Kepala Cabang Bulog Lampung utara Arman Saputra",
                "Arman Saputra",
                "Kepala Cabang Bulog Lampung utara",
            )
        ],
    ),
    (
        "Kepala Dinas Sosial Kabupaten Lampung barat, Darsono, mengatakan bantuan sudah disalurkan.",
        [
            (
                "Kepala Dinas Sosial Kabupaten Lampung barat, Darsono",
                "Darsono",
                "Kepala Dinas Sosial Kabupaten Lampung barat",
            )
        ],
    ),
    # a lowercase region after a body still reads as before
    (
        "Sementara itu Ketua DPRD tulangbawang Suprapto juga mengatakan laporan itu ditindaklanjuti.",
        [("Ketua DPRD tulangbawang Suprapto", "Suprapto", "Ketua DPRD tulangbawang")],
    ),
    # no post before the place: nobody; no name after it: nobody
    ("Warga Lampung barat Darsono Saputra mengeluhkan jalan rusak.", []),
    ("Bupati Lampung barat, kemarin, meninjau jalan rusak.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), MIXED_CASE_REGION)
def test_a_region_with_lowercase_later_words_ends_the_title(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


# ------------------------------------------------------- the vehicle-tax office (Samsat) is a body

SAMSAT = [
    # Samsat is the office's word, its town follows it: neither is the holder's name
    (
        "Kepala Samsat Kalianda, Budi Santoso, mengatakan target pendapatan tercapai.",
        [("Kepala Samsat Kalianda, Budi Santoso", "Budi Santoso", "Kepala Samsat Kalianda")],
    ),
    (
        "Kepala UPTD Samsat Liwa Budi Santoso mengatakan target tercapai. Pelayanan Samsat Liwa dibuka.",
        [("Kepala UPTD Samsat Liwa Budi Santoso", "Budi Santoso", "Kepala UPTD Samsat Liwa")],
    ),
    # the office with no post before it names nobody
    ("Warga antre di kantor Samsat Kalianda Budi sejak pagi.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), SAMSAT)
def test_samsat_is_the_body_not_the_name(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


# ------------------------------------------- `setempat` stands for the region: no region after it

AFTER_SETEMPAT = [
    # a holder whose first name is also a city's: after `setempat` it is the name's, not the title's
    (
        "Kepala BPBD setempat Padang Priyo Utomo mengatakan hal itu.",
        [("Kepala BPBD setempat Padang Priyo Utomo", "Padang Priyo Utomo", "Kepala BPBD")],
    ),
    (
        "Kepala BPBD setempat Sukardi mengatakan hal itu.",
        [("Kepala BPBD setempat Sukardi", "Sukardi", "Kepala BPBD")],
    ),
    # a region right after the body is still the title's
    (
        "Kepala BPBD Padang Priyo Utomo mengatakan hal itu.",
        [("Kepala BPBD Padang Priyo Utomo", "Priyo Utomo", "Kepala BPBD Padang")],
    ),
    # `setempat` right after the head: the local post, its holder after it
    (
        "Kepala Desa setempat Sumardi mengatakan air mulai surut.",
        [("Kepala Desa setempat Sumardi", "Sumardi", "Kepala Desa")],
    ),
    (
        "Camat setempat Sumardi mengatakan air mulai surut.",
        [("Camat setempat Sumardi", "Sumardi", "Camat")],
    ),
    (
        "Peratin (Kepala Desa) setempat Ahmad Yusri mengatakan air mulai surut.",
        [("Peratin (Kepala Desa) setempat Ahmad Yusri", "Ahmad Yusri", "Peratin")],
    ),
    # an occupation with `setempat` is no post; a post with no name after it has no holder
    ("Pemilik warung setempat Sumardi mengatakan air mulai surut.", []),
    ("Camat setempat mengatakan hal itu kepada Sumardi.", []),
    # no name after `setempat`, or a place after a preposition: nobody
    ("Kepala BPBD setempat mengatakan hal itu kepada warga Padang.", []),
    ("Kepala BPBD setempat di Padang Pariaman mengatakan hal itu.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), AFTER_SETEMPAT)
def test_no_region_after_setempat(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


# ------------------------------------------------- a numbered unit in lowercase after the body

LOWER_UNIT = [
    (
        "Kepala UPT TNBBS wilayah II Liwa, Sulki, mengaku pihaknya terus berupaya.",
        [("Kepala UPT TNBBS wilayah II Liwa, Sulki", "Sulki", "Kepala UPT TNBBS wilayah II Liwa")],
    ),
    # a lowercase unit word before a place, no numeral: the title ends before it, no holder
    ("Ketua KPU wilayah Sukamaju mengatakan hal itu.", []),
    ("Ketua KPU wilayah II mengatakan hal itu.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), LOWER_UNIT)
def test_a_numbered_unit_in_lowercase_is_part_of_the_title(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


def test_a_numbered_unit_and_its_town_with_no_holder_name_nobody() -> None:
    assert extract_officials("Kepala UPT TNBBS wilayah II Liwa mengaku pihaknya terus berupaya.") == []


# ---------------------------------------------------------------- a headline run into the body

HEADLINES = [
    # a headline's capitalised verb after the place ends the title: its object is no holder, the
    # post is held in the body's first sentence
    (
        "Bupati Sleman Serahkan Bantuan Sumur Bor untuk Ponpes Bupati Sleman Darmaji Wibowo menyerahkan.",
        [("Bupati Sleman Darmaji Wibowo", "Darmaji Wibowo", "Bupati Sleman")],
    ),
    ("Bupati Sleman Serahkan Bantuan Sumur Bor untuk Ponpes di Kecamatan Depok.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), HEADLINES)
def test_a_headline_verb_after_the_place_ends_the_title(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


def test_a_short_name_of_capitals_then_lowercase_is_the_body_not_the_name() -> None:
    s = "Direktur Utama BPJamsostek Agus Susanto menjelaskan skema subsidi upah."
    assert extract_officials(s) == [
        _rec(s, "Direktur Utama BPJamsostek Agus Susanto", "Agus Susanto", "Direktur Utama BPJamsostek")
    ]


NO_NAME_FIRST = [
    # an event's name in capitals runs on before a title: no name before the title
    (
        "Gubernur memimpin Rapat Koordinasi High Level Meeting Tim Pengendalian Inflasi Daerah (TPID) "
        "bersama para bupati.",
        [],
    ),
    # a teaser headline run into the text
    ("Baca juga: Tiga Pria di Lampung Utara Ngaku Wartawan Peras Pemilik Toko Rp 40 Juta. Video: Viral.", []),
    # one capitalised word that opens the sentence before the name: the name still comes first
    (
        "Sementara Marini, Ketua Sanggar Kahanjak Huang mengatakan hal itu.",
        [("Marini, Ketua Sanggar Kahanjak Huang", "Marini", "Ketua Sanggar Kahanjak Huang")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NO_NAME_FIRST)
def test_a_longer_capitalised_stretch_before_a_title_is_no_name(sentence: str, expected: list) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


# ------------------------------------------------ a lowercase post after a name: the holder came first

APPOSITIONS = [
    # an age between the name and the comma; the post's places after it hold no second name
    (
        "BNN menetapkan dua tersangka, yakni Adi Kurniawan (39), kepala Kampung Sukajawa, Kecamatan "
        "Bumiratu Nuban, Lampung Tengah, dan Andi (47), oknum polisi.",
        ("Adi Kurniawan", "Andi"),
    ),
    # the model's name ends before the age, where the lexicon reads the name as a place elsewhere
    # (the later mention gives the title there)
    (
        "Tersangka Adi Kurniawan (39), kepala Kampung Sukajawa, Kecamatan Bumiratu Nuban, ditahan. "
        "Sabu itu dikirim ke Kepala Kampung Adi Kurniawan.",
        ("Adi Kurniawan",),
    ),
]


@pytest.mark.parametrize(("sentence", "names"), APPOSITIONS)
def test_a_lowercase_post_after_a_name_holds_no_name_after_it(sentence: str, names: tuple[str, ...]) -> None:
    got = extract_officials(sentence, entities=_per(sentence, *names))
    assert [o.name for o in got] == ["Adi Kurniawan"]


def test_a_lowercase_post_after_a_name_and_an_age_is_that_name_s() -> None:
    s = (
        "BNN menetapkan dua tersangka, yakni Adi Kurniawan (39), kepala Kampung Sukajawa, Kecamatan "
        "Bumiratu Nuban, Lampung Tengah, dan Andi (47), oknum polisi."
    )
    assert extract_officials(s, entities=_per(s, "Adi Kurniawan", "Andi")) == [
        _rec(s, "Adi Kurniawan (39), kepala Kampung Sukajawa", "Adi Kurniawan", "kepala Kampung Sukajawa")
    ]


# ------------------------------------------------------------------------------- known misses


@pytest.mark.xfail(
    strict=True,
    reason="a name before a comma, then a title ending in a facility's name the model calls a person "
    "(BMKG Radin Inten II): the facility's name is read as a second holder of the title",
)
def test_a_facility_name_ending_a_title_after_its_holder_is_no_holder() -> None:
    s = (
        "Titik panas terbanyak di Way Kanan, ujar Rudi Haryanto, Koordinator Bidang Data dan Informasi "
        "BMKG Radin Inten II, Rabu."
    )
    got = extract_officials(s, entities=_per(s, "Rudi Haryanto", "Radin Inten II"))
    assert [o.name for o in got] == ["Rudi Haryanto"]


@pytest.mark.xfail(
    strict=True,
    reason="a list mixing `Title Name` and `Name, Title` items: an unsure one-word holder (Sudin) is "
    "replaced by the next item's name, which holds the post after it",
)
def test_a_list_mixing_title_name_and_name_title_items() -> None:
    s = (
        "Hadir Wali Kota Herman HN, Anggota DPR RI Sudin, Maryuna Pabutungan, Kepala Balai BPKH "
        "Wilayah XX dan Kepala BPBD Syamsul Rahman."
    )
    got = extract_officials(s, entities=_per(s, "Maryuna Pabutungan", "Syamsul Rahman"))
    assert ("Sudin", "Anggota DPR RI") in [(o.name, o.title) for o in got]
