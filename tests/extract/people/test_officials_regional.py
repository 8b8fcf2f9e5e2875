"""Officials on more constructions found on unseen regional news (issue 13, session 6).

Found by reading warta's officials on news-raw articles it was never tuned on. Every sentence
here is written for the test: names and numbers are made up (regions are real where the
grammar needs to know them).
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from extract.records import Entity, EntityLabel
from tests.official_records import check_text_officials as _check

from .test_roles import _rec

# ------------------------------------------------- documents and grades named after a post: no holder

NO_HOLDER = [
    # an order or circular named after the post that issued it
    "Edaran Wali Kota Sukamaju tentang jam malam itu dibuat berdasarkan instruksi menteri.",
    "Kemudian Surat Edaran Menteri Dalam Negeri Nomor 400/123/SJ tentang belanja tak terduga.",
    "Sesuai Instruksi Gubernur dan Intruksi Bupati, kantor kembali menerapkan 50 persen WFH.",
    "Langkah itu mengacu pada Inmendagri Nomor 15 Tahun 2022 dan Ingub Jawa Tengah.",
    # a civil-service grade written with a head word
    "Bupati hadir bersama Sekda, Ketua Karang Taruna, Pejabat Pimpinan Tinggi Pratama dan camat.",
    "Pemkab membuka seleksi terbuka Jabatan Pimpinan Tinggi (JPT) Pratama di tiga OPD.",
    "Hadir anggota Forkopimda Kabupaten Sukamaju, Pejabat Pimpinan Tinggi Madya, dan para camat.",
]


@pytest.mark.parametrize("sentence", NO_HOLDER, ids=[s[:40] for s in NO_HOLDER])
def test_a_document_or_grade_named_after_a_post_has_no_holder(sentence: str) -> None:
    assert extract_officials(sentence) == []


def test_a_holder_next_to_a_grade_is_still_read() -> None:
    s = "Hadir Direktur Utama PT Pupuk Sejahtera Rudi Hartanto serta Pejabat Pimpinan Tinggi Pratama."
    _check(
        s,
        [
            (
                "Direktur Utama PT Pupuk Sejahtera Rudi Hartanto",
                "Rudi Hartanto",
                "Direktur Utama PT Pupuk Sejahtera",
            )
        ],
    )


def test_a_post_of_the_karang_taruna_keeps_the_body_in_its_title() -> None:
    s = "Ketua Karang Taruna Desa Sukamaju Ahmad Fauzi mengatakan kegiatan itu rutin digelar."
    _check(s, [(s[: s.index(" mengatakan")], "Ahmad Fauzi", "Ketua Karang Taruna Desa Sukamaju")])


# ------------------------------------------------- a name after the comma closing a title

COMMA = [
    (
        "Sementara Plh Bupati Sukamaju, R Bayu Prakoso, menyambut baik bantuan tersebut.",
        [("Plh Bupati Sukamaju, R Bayu Prakoso", "R Bayu Prakoso", "Plh Bupati Sukamaju")],
    ),
    (
        "Sementara Plh Bupati Pesisir Selatan, N Lingga Saputra, menyambut baik bantuan tersebut.",
        [("Plh Bupati Pesisir Selatan, N Lingga Saputra", "N Lingga Saputra", "Plh Bupati Pesisir Selatan")],
    ),
    (
        "Dalam kunjungan itu, Ketua Dewan Pengurus APKASI, Bima Arya Santoso, didampingi para bupati.",
        [
            (
                "Ketua Dewan Pengurus APKASI, Bima Arya Santoso",
                "Bima Arya Santoso",
                "Ketua Dewan Pengurus APKASI",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), COMMA, ids=[c[0][:40] for c in COMMA])
def test_an_initial_or_a_place_word_opens_the_name_after_the_comma(
    sentence: str, expected: list[tuple[str, ...]]
) -> None:
    _check(sentence, expected)


def test_places_after_the_comma_stay_places() -> None:
    s = "Kepala Dinas Pendidikan Provinsi NTB, Bima Dompu dan Sumbawa, mengatakan sekolah dibuka."
    assert extract_officials(s) == []


# ------------------------------------------------- company posts with an English modifier before Manager

MANAGERS = [
    (
        "Sementara itu, General Manajer Unit Induk Distribusi Bali Made Suartana mengapresiasi Pemkab.",
        [
            (
                "General Manajer Unit Induk Distribusi Bali Made Suartana",
                "Made Suartana",
                "General Manajer Unit Induk Distribusi Bali",
            )
        ],
    ),
    (
        "Dalam rapat itu, Rudi Hartanto sebagai Sales Branch Manager Rayon II Jambi menyampaikan paparan.",
        [
            (
                "Rudi Hartanto sebagai Sales Branch Manager Rayon II Jambi",
                "Rudi Hartanto",
                "Sales Branch Manager Rayon II Jambi",
            )
        ],
    ),
    (
        "Unit Manager Communication & CSR MOR V, Andi Firmansyah mengatakan stok elpiji aman.",
        [
            (
                "Unit Manager Communication & CSR MOR V, Andi Firmansyah",
                "Andi Firmansyah",
                "Unit Manager Communication & CSR MOR V",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), MANAGERS, ids=[c[0][:40] for c in MANAGERS])
def test_the_modifier_before_manager_is_part_of_the_post(
    sentence: str, expected: list[tuple[str, ...]]
) -> None:
    _check(sentence, expected)


def test_unit_and_rayon_alone_are_no_posts() -> None:
    assert extract_officials("Warga Unit 5 Rayon Timur, Budi, mengatakan air bersih belum mengalir.") == []


# ------------------------------------------------- a first name that is also a common word, after a marker


def test_a_common_word_after_an_honorific_and_before_a_given_name_opens_the_name() -> None:
    # `Raden` is a noble particle that stays in the name (GUIDELINES §2, names_particles.txt)
    s = "Bupati Way Kanan Raden Adipati Surya menyampaikan kesiapan vaksinasi."
    _check(s, [("Bupati Way Kanan Raden Adipati Surya", "Raden Adipati Surya", "Bupati Way Kanan")])


def test_a_level_after_an_honorific_word_is_no_name() -> None:
    s = "Kepala Otorita Ibu Kota Nusantara Bambang Susanto hadir dalam acara itu."
    _check(s, [(s[: s.index(" hadir")], "Bambang Susanto", "Kepala Otorita Ibu Kota Nusantara")])


# ------------------------------------------------- two posts joined by `dan` before two holders

PAIRED = [
    (
        "Walikota Metro dan Wakil Walikota Metro, Hendra Wijaya dan Rudi Hartanto meninjau pasar itu.",
        [("Hendra Wijaya", "Walikota Metro"), ("Rudi Hartanto", "Wakil Walikota Metro")],
    ),
    (
        "Walikota dan Wakil Walikota Metro, Hendra Wijaya dan Rudi Hartanto mencanangkan program itu.",
        [("Hendra Wijaya", "Walikota Metro"), ("Rudi Hartanto", "Wakil Walikota Metro")],
    ),
    (
        "Bupati dan Wakil Bupati Sleman Sri Lestari dan Bayu Pranata hadir dalam acara itu.",
        [("Sri Lestari", "Bupati Sleman"), ("Bayu Pranata", "Wakil Bupati Sleman")],
    ),
    (
        "Kapolres dan Dandim Badung, Budi Santoso dan Made Wirawan, meninjau lokasi banjir.",
        [("Budi Santoso", "Kapolres Badung"), ("Made Wirawan", "Dandim Badung")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PAIRED, ids=[c[0][:40] for c in PAIRED])
def test_two_posts_before_two_holders_go_one_each_in_order(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in extract_officials(sentence)] == expected


def test_three_holders_after_two_posts_are_not_paired() -> None:
    s = "Ketua dan anggota DPRD Bantul, Budi Santoso, Made Wirawan dan Ketut Sudarsana hadir."
    assert {o.title for o in extract_officials(s)} == {"anggota DPRD Bantul"}


# ------------------------------------------------- a list of fields inside a body's name


def test_an_item_of_common_words_and_a_name_word_inside_a_list_of_fields_is_no_holder() -> None:
    s = "Kepala Dinas Pemuda, Olah Raga dan Pariwisata Kabupaten Bantul, Budi Santoso mengatakan hal itu."
    _check(
        s,
        [
            (
                "Kepala Dinas Pemuda, Olah Raga dan Pariwisata Kabupaten Bantul, Budi Santoso",
                "Budi Santoso",
                "Kepala Dinas Pemuda, Olah Raga dan Pariwisata Kabupaten Bantul",
            )
        ],
    )


def test_a_holder_between_two_posts_stays_a_holder() -> None:
    s = "Acara dihadiri Kepala Dinas Sosial, Bayu Pranata, dan Camat Sewon."
    _check(s, [("Kepala Dinas Sosial, Bayu Pranata", "Bayu Pranata", "Kepala Dinas Sosial")])


# ------------------------------------------------- a region written in lowercase inside a title

LOWER_REGION = [
    (
        "Sementara itu Ketua DPRD tulangbawang Suprapto juga mengatakan laporan itu ditindaklanjuti.",
        [("Ketua DPRD tulangbawang Suprapto", "Suprapto", "Ketua DPRD tulangbawang")],
    ),
    (
        "Hal itu menjadi harapan Bupati lampung barat Hendra Wijaya sejak awal.",
        [("Bupati lampung barat Hendra Wijaya", "Hendra Wijaya", "Bupati lampung barat")],
    ),
    (
        "Kepala Dinas Kesehatan kabupaten Sleman Budi Santoso mengatakan stok vaksin cukup.",
        [
            (
                "Kepala Dinas Kesehatan kabupaten Sleman Budi Santoso",
                "Budi Santoso",
                "Kepala Dinas Kesehatan kabupaten Sleman",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LOWER_REGION, ids=[c[0][:40] for c in LOWER_REGION])
def test_a_region_in_lowercase_is_the_titles_region(sentence: str, expected: list[tuple[str, ...]]) -> None:
    _check(sentence, expected)


LOWER_NONE = [
    "Ketua DPRD sleman mengatakan Budi Santoso sudah hadir.",
    "Para petani jakarta Budi dan Ani hadir dalam panen raya.",
    "Kepala Dinas Kesehatan kabupaten Sukamaju mengatakan stok vaksin cukup.",
]


@pytest.mark.parametrize("sentence", LOWER_NONE, ids=[s[:40] for s in LOWER_NONE])
def test_a_lowercase_region_gives_no_holder_on_its_own(sentence: str) -> None:
    assert extract_officials(sentence) == []


def test_a_first_post_held_by_its_own_holder_is_not_paired() -> None:
    s = "Bupati Sleman Kustini Sri Purnomo dan Wakil Bupati Danang Maharsa hadir dalam acara itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Kustini Sri Purnomo", "Bupati Sleman"),
        ("Danang Maharsa", "Wakil Bupati"),
    ]


# ------------------------------------------------- Staff Ahli, the English spelling of staf


def test_staff_ahli_is_a_post() -> None:
    s = "Staff Ahli Gubernur Bidang Ekonomi Budi Santoso membuka acara itu."
    _check(s, [(s[: s.index(" membuka")], "Budi Santoso", "Staff Ahli Gubernur Bidang Ekonomi")])


def test_staff_alone_is_no_post() -> None:
    assert extract_officials("Para staff hotel Budi dan Ani membantu tamu.") == []


# ------------------------------------------------- a corps in brackets after a rank

BRACKET_CORPS = [
    (
        "Turut hadir Komandan Lanal Lampung Letkol (P) Zulkifli Hamid dan para camat.",
        [("Komandan Lanal Lampung Letkol (P) Zulkifli Hamid", "Zulkifli Hamid", "Komandan Lanal Lampung")],
    ),
    (
        "Kepala Rumkital Kolonel Laut (K) Budi Santoso meninjau ruang isolasi.",
        [("Kepala Rumkital Kolonel Laut (K) Budi Santoso", "Budi Santoso", "Kepala Rumkital")],
    ),
    (
        "Danlanud Sultan Hasanuddin Kolonel (Pnb) Andi Wirawan membuka latihan itu.",
        [
            (
                "Danlanud Sultan Hasanuddin Kolonel (Pnb) Andi Wirawan",
                "Andi Wirawan",
                "Danlanud Sultan Hasanuddin",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), BRACKET_CORPS, ids=[c[0][:40] for c in BRACKET_CORPS])
def test_a_corps_in_brackets_after_a_rank_is_dropped(sentence: str, expected: list[tuple[str, ...]]) -> None:
    _check(sentence, expected)


# ------------------------------------------------- a first name that is also a common word, after the region


def test_a_common_word_between_the_region_and_a_two_word_name_opens_the_name() -> None:
    s = "Sekda Kota Metro Bangkit Haryo Utomo membenarkan status PPKM itu."
    _check(s, [("Sekda Kota Metro Bangkit Haryo Utomo", "Bangkit Haryo Utomo", "Sekda Kota Metro")])


def test_a_word_that_ends_place_names_stays_in_the_title() -> None:
    s = "Kepala Dinas Kota Metro Baru Budi Santoso hadir dalam rapat itu."
    _check(s, [("Kepala Dinas Kota Metro Baru Budi Santoso", "Budi Santoso", "Kepala Dinas Kota Metro Baru")])


# ------------------------------------------------- a province after the regency is no first name


def test_a_province_after_the_regency_is_no_first_name_even_for_the_model() -> None:
    s = "Bupati Tulangbawang Lampung Winarti menyerahkan bantuan bedah rumah."
    mention = "Bupati Tulangbawang Lampung Winarti"
    per = [Entity("Lampung Winarti", EntityLabel.PER, (s.index("Lampung"), len(mention)))]
    assert extract_officials(s, entities=per) == [_rec(s, mention, "Winarti", "Bupati Tulangbawang Lampung")]


# ------------------------------------------------- a title after selaku ends before the next person


def test_a_selaku_title_ends_at_dan_before_the_next_persons_name() -> None:
    s = (
        "Kejari menahan dua tersangka, yaitu Marzuki selaku Kepala Dinas Pendidikan Mesuji tahun 2019 "
        "dan Guntur Abdul Rahman dari pihak swasta."
    )
    _check(
        s,
        [
            (
                "Marzuki selaku Kepala Dinas Pendidikan Mesuji tahun 2019",
                "Marzuki",
                "Kepala Dinas Pendidikan Mesuji",
            )
        ],
    )


def test_a_selaku_title_keeps_its_own_dan() -> None:
    s = "Polisi memeriksa Budi selaku Kepala Dinas Tanaman Pangan dan Hortikultura Sleman."
    _check(s, [(s[s.index("Budi") : -1], "Budi", "Kepala Dinas Tanaman Pangan dan Hortikultura Sleman")])


# ------------------------------------------------- holders after `yakni`/`yaitu`

NAMELY = [
    (
        "Konser itu juga dihadiri Anggota DPR RI Fraksi PKB yakni Muhammad Rizal dan Ela Siti Rahma.",
        [
            ("Anggota DPR RI Fraksi PKB yakni Muhammad Rizal", "Muhammad Rizal", "Anggota DPR RI Fraksi PKB"),
            (
                "Anggota DPR RI Fraksi PKB yakni Muhammad Rizal dan Ela Siti Rahma",
                "Ela Siti Rahma",
                "Anggota DPR RI Fraksi PKB",
            ),
        ],
    ),
    (
        "Hadir pula Kepala Dinas Sosial Bantul, yakni Budi Santoso, Kepala Dinas Kesehatan, dan Camat Sewon.",
        [("Kepala Dinas Sosial Bantul, yakni Budi Santoso", "Budi Santoso", "Kepala Dinas Sosial Bantul")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMELY, ids=[c[0][:40] for c in NAMELY])
def test_holders_after_yakni_hold_the_post(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    _check(sentence, expected)


NAMELY_NONE = [
    "Program itu disusun Dinas Sosial bersama Kepala Desa, yaitu menyalurkan bantuan.",
    "Bantuan diserahkan Ketua DPRD Bantul yakni kepada warga terdampak.",
]


@pytest.mark.parametrize("sentence", NAMELY_NONE, ids=[s[:40] for s in NAMELY_NONE])
def test_yakni_before_no_name_gives_no_holder(sentence: str) -> None:
    assert extract_officials(sentence) == []


# ------------------------------------------- a body's last word is no holder without person evidence

BODY_CLOSERS = [
    "Berkas itu dilimpahkan ke kepala Kejaksaan Negeri Liwa pada pekan lalu.",
    "Menurut Ketua Gapoktan Karya Manunggal pupuk bersubsidi sudah datang sejak pekan lalu.",
    "Piagam itu diserahkan Kepala SMP Negeri 3 Banjaragung kepada para juara lomba.",
]


@pytest.mark.parametrize("sentence", BODY_CLOSERS, ids=[s[:40] for s in BODY_CLOSERS])
def test_an_unknown_word_closing_a_body_is_no_holder(sentence: str) -> None:
    assert extract_officials(sentence) == []


BODY_CLOSER_HOLDERS = [
    (
        "Kepala Kejaksaan Negeri Liwa, Budi Santoso, mengatakan berkas perkara itu sudah lengkap.",
        [("Kepala Kejaksaan Negeri Liwa, Budi Santoso", "Budi Santoso", "Kepala Kejaksaan Negeri Liwa")],
    ),
    (
        "Kepala Desa Sukamaju Rahmat mengatakan jalan itu rusak sejak tahun lalu.",
        [("Kepala Desa Sukamaju Rahmat", "Rahmat", "Kepala Desa Sukamaju")],
    ),
    (
        "Hadir Ketua Koperasi Karya Tani Sugiman bersama warga. Panen tahun ini baik, kata Sugiman.",
        [("Ketua Koperasi Karya Tani Sugiman", "Sugiman", "Ketua Koperasi Karya Tani")],
    ),
    (
        "Ketua Koperasi Karya Tani Sugiman menyebutkan panen tahun ini baik.",
        [("Ketua Koperasi Karya Tani Sugiman", "Sugiman", "Ketua Koperasi Karya Tani")],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), BODY_CLOSER_HOLDERS, ids=[c[0][:40] for c in BODY_CLOSER_HOLDERS]
)
def test_a_body_closing_word_said_as_a_name_is_the_holder(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(sentence, expected)


def test_a_village_ending_in_a_given_name_in_a_list_of_posts_has_no_holder() -> None:
    s = "Lalu ada Kepala Kampung Meda Sari, Camat Rawajitu Selatan dan Ketua BPK Gedung Karya Jitu."
    assert [o.name for o in extract_officials(s)] == []


# ------------------------------------------- a Jakarta city's sub-agency head (Kasudin)


@pytest.mark.parametrize(
    ("title", "comma"),
    [
        ("Kasudin Penanggulangan Kebakaran dan Penyelamatan Jaksel", ","),
        ("Kasudin Perhubungan Jakarta Selatan", ""),
        ("Wakasudin Perhubungan Jakarta Barat", ","),
    ],
)
def test_a_sub_agency_head_names_its_holder(title: str, comma: str) -> None:
    s = f'"Lubang itu sudah ditutup," kata {title}{comma} Asri Ramadhan. Laporan itu diterima petugas.'
    _check(s, [(f"{title}{comma} Asri Ramadhan", "Asri Ramadhan", title)])


def test_sub_agency_heads_with_no_name_give_no_official() -> None:
    assert extract_officials("Hadir Kasudin Kesehatan, Kasudin Pendidikan dan para lurah.") == []
