"""Officials on constructions found on unseen regional news (issue 13), one group per class.

The classes were found by running the role grammar over a few thousand unlabelled articles
(news-raw) and reading the sentences where a post was followed by a name and no official came
out. Every sentence here is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from tests.official_records import check_text_officials as _check

# ---------------------------------------------------------------------- military and police posts

POSTS = [
    (
        "Komandan Kodim 0734/Sleman Letkol Inf Bayu Pranata meninjau tanggul yang jebol.",
        [
            (
                "Komandan Kodim 0734/Sleman Letkol Inf Bayu Pranata",
                "Bayu Pranata",
                "Komandan Kodim 0734/Sleman",
            )
        ],
    ),
    (
        "Upacara dipimpin Komandan Korem 082/Citra Panca Yudha Jaya Kolonel Kav Hendra Gunadi di lapangan.",
        [
            (
                "Komandan Korem 082/Citra Panca Yudha Jaya Kolonel Kav Hendra Gunadi",
                "Hendra Gunadi",
                "Komandan Korem 082/Citra Panca Yudha Jaya",
            )
        ],
    ),
    (
        "Dansat Brimob Polda Jambi Kombes Pol Rudi Setiawan mengatakan patroli digelar tiap malam.",
        [
            (
                "Dansat Brimob Polda Jambi Kombes Pol Rudi Setiawan",
                "Rudi Setiawan",
                "Dansat Brimob Polda Jambi",
            )
        ],
    ),
    (
        "Kakorlantas Polri Irjen Wahyu Pradana menegaskan uji coba tilang elektronik diperluas.",
        [("Kakorlantas Polri Irjen Wahyu Pradana", "Wahyu Pradana", "Kakorlantas Polri")],
    ),
    (
        "Dirtipidnarkoba Bareskrim Polri Brigjen Sutrisno Hadi menyebutkan jaringan itu lintas provinsi.",
        [
            (
                "Dirtipidnarkoba Bareskrim Polri Brigjen Sutrisno Hadi",
                "Sutrisno Hadi",
                "Dirtipidnarkoba Bareskrim Polri",
            )
        ],
    ),
    # a Roman numeral after the head numbers the post; the rank after the comma is dropped
    (
        "Kasubdit II Dittipidsiber Bareskrim Polri, Kombes Yoga Permana, mengatakan pelaku ditangkap.",
        [
            (
                "Kasubdit II Dittipidsiber Bareskrim Polri, Kombes Yoga Permana",
                "Yoga Permana",
                "Kasubdit II Dittipidsiber Bareskrim Polri",
            )
        ],
    ),
    (
        "Kasubdit I Ditreskrimsus Polda Riau, AKBP Dedi Kurnia, mengatakan berkas sudah lengkap.",
        [
            (
                "Kasubdit I Ditreskrimsus Polda Riau, AKBP Dedi Kurnia",
                "Dedi Kurnia",
                "Kasubdit I Ditreskrimsus Polda Riau",
            )
        ],
    ),
    # `I` before a Balinese birth-order word is the name's particle, not a number
    (
        "Asisten I Setda Tabanan I Wayan Sudarma membuka rapat koordinasi.",
        [("Asisten I Setda Tabanan I Wayan Sudarma", "I Wayan Sudarma", "Asisten I Setda Tabanan")],
    ),
    (
        "Komandan Lanal Bintan Letkol Laut (P) Andri Susanto menyerahkan bantuan.",
        [("Komandan Lanal Bintan Letkol Laut (P) Andri Susanto", "Andri Susanto", "Komandan Lanal Bintan")],
    ),
    (
        "Kegiatan itu dihadiri Komandan Pangkalan TNI AL Kolonel Marinir Yudha Prasetyo.",
        [
            (
                "Komandan Pangkalan TNI AL Kolonel Marinir Yudha Prasetyo",
                "Yudha Prasetyo",
                "Komandan Pangkalan TNI AL",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), POSTS, ids=[c[0][:40] for c in POSTS])
def test_military_and_police_posts(sentence: str, expected: list[tuple[str, ...]]) -> None:
    _check(sentence, expected)


# ---------------------------------------------------------------------- lowercase field words

FIELDS = [
    (
        "Sementara itu, Kabid perdagangan Rahmat Hidayat mengatakan harga cabai naik.",
        [("Kabid perdagangan Rahmat Hidayat", "Rahmat Hidayat", "Kabid perdagangan")],
    ),
    (
        "Hal itu dikatakan Kabid tanaman pangan, Sulastri, saat meninjau sawah.",
        [("Kabid tanaman pangan, Sulastri", "Sulastri", "Kabid tanaman pangan")],
    ),
    (
        "Kadis pendidikan dan kebudayaan Bapak Harjono beserta jajarannya hadir.",
        [("Kadis pendidikan dan kebudayaan Bapak Harjono", "Harjono", "Kadis pendidikan dan kebudayaan")],
    ),
    (
        "Staf ahli bidang ekonomi dan pembangunan Pemkot Jambi Arif Budiman hadir mewakili wali kota.",
        [
            (
                "Staf ahli bidang ekonomi dan pembangunan Pemkot Jambi Arif Budiman",
                "Arif Budiman",
                "Staf ahli bidang ekonomi dan pembangunan Pemkot Jambi",
            )
        ],
    ),
    (
        "Kasi lahan dan irigasi Dinas Pertanian Lampung Timur Yusuf Efendi menjelaskan hal itu.",
        [
            (
                "Kasi lahan dan irigasi Dinas Pertanian Lampung Timur Yusuf Efendi",
                "Yusuf Efendi",
                "Kasi lahan dan irigasi Dinas Pertanian Lampung Timur",
            )
        ],
    ),
    # a lowercase abbreviated head reaches its holder through a rank in lowercase
    (
        "Menurut kasat reskrim iptu Joko Santoso, pelaku berjumlah tiga orang.",
        [("kasat reskrim iptu Joko Santoso", "Joko Santoso", "kasat reskrim")],
    ),
    (
        "Hal itu disampaikan kabid humas polda sumsel kombes pol Hendra Wijaya kepada wartawan.",
        [
            (
                "kabid humas polda sumsel kombes pol Hendra Wijaya",
                "Hendra Wijaya",
                "kabid humas polda sumsel",
            )
        ],
    ),
]


# the field then `pada` and the body it is part of, the holder after a comma
FIELDS_PADA = [
    (
        "Hal itu disampaikan Kabid bina marga pada Dinas PUPR Kabupaten Lampung Barat, Rudi Hartono.",
        [
            (
                "Kabid bina marga pada Dinas PUPR Kabupaten Lampung Barat, Rudi Hartono",
                "Rudi Hartono",
                "Kabid bina marga pada Dinas PUPR Kabupaten Lampung Barat",
            )
        ],
    ),
    (
        "Kasi lahan dan irigasi pada Dinas Pertanian Lampung Timur, Yusuf Efendi menjelaskan hal itu.",
        [
            (
                "Kasi lahan dan irigasi pada Dinas Pertanian Lampung Timur, Yusuf Efendi",
                "Yusuf Efendi",
                "Kasi lahan dan irigasi pada Dinas Pertanian Lampung Timur",
            )
        ],
    ),
    # no holder after the body: nobody; `pada` before a time or a common word: no field
    ("Kabid bina marga pada Dinas PUPR mengatakan jalan rusak.", []),
    ("Kasi lahan menanam padi pada Senin pagi bersama Yusuf Efendi.", []),
]
FIELDS += FIELDS_PADA


@pytest.mark.parametrize(("sentence", "expected"), FIELDS, ids=[c[0][:40] for c in FIELDS])
def test_lowercase_field_words_after_an_office_head(sentence: str, expected: list[tuple[str, ...]]) -> None:
    _check(sentence, expected)


# ---------------------------------------------------------------------- where the body ends

BODY_END = [
    # `setempat` after any word of the body closes it, as a comma would
    (
        "Kepala Dinas Tanaman Pangan dan Hortikultura setempat Sukri Hamdani menyampaikan hal itu.",
        [
            (
                "Kepala Dinas Tanaman Pangan dan Hortikultura setempat Sukri Hamdani",
                "Sukri Hamdani",
                "Kepala Dinas Tanaman Pangan dan Hortikultura",
            )
        ],
    ),
    (
        "Plt Kepala Dinas Pariwisata (Dispar) setempat Mulyadi Saputra mengatakan hal itu.",
        [
            (
                "Plt Kepala Dinas Pariwisata (Dispar) setempat Mulyadi Saputra",
                "Mulyadi Saputra",
                "Plt Kepala Dinas Pariwisata (Dispar)",
            )
        ],
    ),
    # a bracket that spells the head out is a gloss; the village and the holder follow it
    (
        "Peratin (Kepala Desa) Pagar Dalam Rusman Efendi mengatakan air mulai surut.",
        [("Peratin (Kepala Desa) Pagar Dalam Rusman Efendi", "Rusman Efendi", "Peratin Pagar Dalam")],
    ),
    # a list of fields inside the title, and `&` before more of the body: the name comes after
    (
        "Deputi Bidang Pengawasan Pangan, Obat, Kosmetik, dan Suplemen BPOM Ratna Dewanti hadir.",
        [
            (
                "Deputi Bidang Pengawasan Pangan, Obat, Kosmetik, dan Suplemen BPOM Ratna Dewanti",
                "Ratna Dewanti",
                "Deputi Bidang Pengawasan Pangan, Obat, Kosmetik, dan Suplemen BPOM",
            )
        ],
    ),
    # a word glued to a number names a thing (a disease, an event), never the holder
    (
        "Wakil Ketua Gugus Tugas Covid-19 AKBP Heru Setiawan mewakili bupati.",
        [
            (
                "Wakil Ketua Gugus Tugas Covid-19 AKBP Heru Setiawan",
                "Heru Setiawan",
                "Wakil Ketua Gugus Tugas Covid-19",
            )
        ],
    ),
    (
        "Juru Bicara Satgas Penanganan Covid-19 Kota Metro, Wahyu Nugroho, mengatakan hal itu.",
        [
            (
                "Juru Bicara Satgas Penanganan Covid-19 Kota Metro, Wahyu Nugroho",
                "Wahyu Nugroho",
                "Juru Bicara Satgas Penanganan Covid-19 Kota Metro",
            )
        ],
    ),
    # a misspelling of the head common to several outlets
    (
        "Sekertaris Daerah (Sekda) Kabupaten Tanggamus Hendra Saputra menyambut baik usulan itu.",
        [
            (
                "Sekertaris Daerah (Sekda) Kabupaten Tanggamus Hendra Saputra",
                "Hendra Saputra",
                "Sekertaris Daerah (Sekda) Kabupaten Tanggamus",
            )
        ],
    ),
    # … but a holder's name followed by a list of bodies is no item of the title's fields
    (
        "Warga berterima kasih kepada Pj Bupati Sigi, Markus Tandiarrang, BPBD, dan Dinas sosial yang sigap.",
        [("Pj Bupati Sigi, Markus Tandiarrang", "Markus Tandiarrang", "Pj Bupati Sigi")],
    ),
    (
        "Kepala Departemen Pengelolaan Moneter & Aset Sekuritas BI Hendri Kusuma mengatakan hal itu.",
        [
            (
                "Kepala Departemen Pengelolaan Moneter & Aset Sekuritas BI Hendri Kusuma",
                "Hendri Kusuma",
                "Kepala Departemen Pengelolaan Moneter & Aset Sekuritas BI",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), BODY_END, ids=[c[0][:40] for c in BODY_END])
def test_where_the_body_ends_and_the_name_starts(sentence: str, expected: list[tuple[str, ...]]) -> None:
    _check(sentence, expected)


# ---------------------------------------------------------------------- English names of bodies

ENGLISH = [
    (
        "Direktur Eksekutif Center for Policy and Economic Studies (CPES) Nanda Pratama mengatakan hal itu.",
        [
            (
                "Direktur Eksekutif Center for Policy and Economic Studies (CPES) Nanda Pratama",
                "Nanda Pratama",
                "Direktur Eksekutif Center for Policy and Economic Studies (CPES)",
            )
        ],
    ),
    (
        "Direktur Retail and Digital Service PT Telkom Rangga Santosa menjelaskan strategi itu.",
        [
            (
                "Direktur Retail and Digital Service PT Telkom Rangga Santosa",
                "Rangga Santosa",
                "Direktur Retail and Digital Service PT Telkom",
            )
        ],
    ),
    (
        "Wakil Rektor Institute of Business and Technology Medan, Larasati Wibowo, membuka acara.",
        [
            (
                "Wakil Rektor Institute of Business and Technology Medan, Larasati Wibowo",
                "Larasati Wibowo",
                "Wakil Rektor Institute of Business and Technology Medan",
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH, ids=[c[0][:40] for c in ENGLISH])
def test_english_function_words_inside_a_body_name(sentence: str, expected: list[tuple[str, ...]]) -> None:
    _check(sentence, expected)


# ---------------------------------------------------------------------- lists of `name selaku post`

SELAKU = [
    (
        "Dalam perkara itu Andi Rusdi selaku Direktur Utama, Bayu Rahman selaku Direktur Keuangan, "
        "serta Sutrisno selaku Kepala Divisi Investasi ikut diperiksa.",
        [
            ("Andi Rusdi selaku Direktur Utama", "Andi Rusdi", "Direktur Utama"),
            ("Bayu Rahman selaku Direktur Keuangan", "Bayu Rahman", "Direktur Keuangan"),
            ("Sutrisno selaku Kepala Divisi Investasi", "Sutrisno", "Kepala Divisi Investasi"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SELAKU, ids=[c[0][:40] for c in SELAKU])
def test_a_list_of_holders_each_with_selaku(sentence: str, expected: list[tuple[str, ...]]) -> None:
    _check(sentence, expected)


# ---------------------------------------------------------------------- no official

NONE = [
    "Rapat itu dipimpin komandan regu pemadam kebakaran.",
    "Pasukan itu berada di bawah komandan yang baru.",
    "Kegiatan itu diikuti para kepala desa se-Kecamatan Wonosari.",
    "Selain Warung Rakyat, Kapolres membuat posko untuk komunitas ojol.",
    "Kabid perdagangan menyebut harga cabai naik sejak pekan lalu.",
    "Acara itu dihadiri Forkopimda, Kepala OPD, camat dan kepala desa se-Kabupaten Pati.",
    "Hadir dalam kegiatan itu Sekda, Asisten I, Kepala Bappeda, Kepala BPBD dan Kasatpol PP.",
    "Turut hadir Kapolsek Tanjung Raja, Danramil Tanjung Raja, Kepala KUA, serta tokoh masyarakat.",
    # words after an English function word go on with the body's name; no holder starts there
    "Manager Public Affairs and Sustainability Tirta Jernih mengatakan hal itu.",
]


@pytest.mark.parametrize("sentence", NONE, ids=[s[:40] for s in NONE])
def test_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


# ---------------------------------------------------------------------- known failures

KNOWN = [
    pytest.param(
        "Wali Kota Parepare Taufan 'Opu' Pawe meresmikan pasar itu.",
        [("Wali Kota Parepare Taufan 'Opu' Pawe", "Taufan 'Opu' Pawe", "Wali Kota Parepare", "Taufan Pawe")],
        marks=pytest.mark.xfail(
            strict=True, reason="a nickname in quotes inside the name: the name is no longer one span"
        ),
        id="quoted nickname",
    ),
    pytest.param(
        "Jaksa menyebut Andi Rusdi selaku Direktur Utama ikut bertanggung jawab.",
        [("Andi Rusdi selaku Direktur Utama", "Andi Rusdi", "Direktur Utama")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a name after a post word and a verb (Jaksa menyebut …) is not read as the holder "
            "before `selaku`",
        ),
        id="selaku after a post and a verb",
    ),
    pytest.param(
        "Direktur Utama PT Maju Jaya Mei Lestari mengatakan hal itu.",
        [("Direktur Utama PT Maju Jaya Mei Lestari", "Mei Lestari", "Direktur Utama PT Maju Jaya")],
        marks=pytest.mark.xfail(
            strict=True, reason="a month that is also a given name, after a company of unknown words"
        ),
        id="month as given name",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), KNOWN)
def test_known_failures(sentence: str, expected: list[tuple[str, ...]]) -> None:
    _check(sentence, expected)
