"""Officials, session 13 (officials10): holders missed on regional press-office news (news-raw
0-799, 3800-4799, 6500-6699): a post after an occupation's comma, lowercase words inside a
title, an initial before a one-word place in a name, a degree written S.I.P.

Every sentence here is written for the test: names are made up or public office holders in
made-up sentences.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from tests.official_records import text_officials as _pairs

from .test_roles import _officials, _per, _rec

# ------------------------------------------------------------- a post after an occupation's comma


def test_a_post_after_an_occupation_and_a_comma_names_its_own_holder() -> None:
    s = "Untuk membantu pedagang, Bupati Lampung Tengah, Loekman Djoyosoemarto memberikan modal usaha."
    assert extract_officials(s) == [
        _rec(
            s,
            "Bupati Lampung Tengah, Loekman Djoyosoemarto",
            "Loekman Djoyosoemarto",
            "Bupati Lampung Tengah",
        )
    ]
    s = "Hadir pula para petani, Camat Sukadana, Budi Santoso dan jajarannya."
    assert _pairs(s) == [("Budi Santoso", "Camat Sukadana")]
    s = "Setelah menemui warga, Kepala Dinas Sosial, Sri Wahyuni memberikan bantuan."
    assert _pairs(s) == [("Sri Wahyuni", "Kepala Dinas Sosial")]


def test_an_occupation_s_place_before_the_comma_still_gives_no_post() -> None:
    # pemilik warung di Jalan Merdeka, Sumiati: an occupation with no organisation, no official
    assert (
        extract_officials("Pemilik warung di Jalan Merdeka, Sumiati (52) mengatakan dagangannya laris.") == []
    )
    assert extract_officials("Untuk membantu warga, Kepala Dinas Sosial datang meninjau lokasi banjir.") == []


# ------------------------------------------------------------- `pelaksana`, the body in lowercase


def test_ketua_pelaksana_in_lowercase_is_a_post() -> None:
    s = "Ketua pelaksana Iwan Setiawan mengatakan kegiatan diikuti 300 peserta."
    assert extract_officials(s) == [
        _rec(s, "Ketua pelaksana Iwan Setiawan", "Iwan Setiawan", "Ketua pelaksana")
    ]
    s = "Ketua pelaksana kegiatan Rizky Iqbal dalam laporannya menyampaikan lomba berjalan lancar."
    assert _pairs(s) == [("Rizky Iqbal", "Ketua pelaksana kegiatan")]


def test_pelaksana_with_no_name_gives_nothing() -> None:
    assert extract_officials("Ketua pelaksana mengatakan kegiatan berjalan lancar.") == []
    assert extract_officials("Menurut pelaksana proyek, pekerjaan sudah mencapai 80 persen.") == []


# ------------------------------------------------------------- lowercase words inside a title


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kabid Kedaruratan bencana BPBD Lambar Meikal mengatakan alat berat sudah tiba.",
            [("Meikal", "Kabid Kedaruratan bencana BPBD Lambar")],
        ),
        (
            "Kasi Tata Bangunan dan lingkungan Dinas PUPR Ferry Ajiansyah mengatakan gedung selesai.",
            [("Ferry Ajiansyah", "Kasi Tata Bangunan dan lingkungan Dinas PUPR")],
        ),
        (
            "Kadis Ketahanan pangan Lambar, Maidar, mengatakan stok beras aman.",
            [("Maidar", "Kadis Ketahanan pangan Lambar")],
        ),
        (
            "Kepala Suku Dinas din Kebersihan Jakarta Barat, Hotman Sitorus, mengatakan truk disiapkan.",
            [("Hotman Sitorus", "Kepala Suku Dinas din Kebersihan Jakarta Barat")],
        ),
    ],
)
def test_a_lowercase_field_word_inside_a_title_is_of_the_title(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _pairs(sentence) == expected


def test_a_lowercase_field_word_before_dan_inside_a_title() -> None:
    s = "Asisten Bidang ekonomi dan Pembangunan Setdakab, Ir. Kussarwono, M.T menerima kunjungan kerja."
    assert _pairs(s) == [("Kussarwono", "Asisten Bidang ekonomi dan Pembangunan Setdakab")]
    # a word no field names before `dan` and a second post: the title ends, the post has its holder
    s = "Kepala Dinas Sosial kemarin dan Bupati Sleman Budi Santoso meninjau lokasi banjir."
    assert _pairs(s) == [("Budi Santoso", "Bupati Sleman")]


def test_a_lowercase_word_before_a_date_a_clause_or_a_second_post_ends_the_title() -> None:
    # a part of the day before a weekday, a preposition, `sekaligus` before another post
    assert extract_officials("Kapolres Lampung Barat sore Kamis (7/5) meninjau lokasi longsor.") == []
    s = "Dana itu dipakai anggota DPRD oleh Gubernur Lampung Arinal Djunaidi diingatkan."
    assert ("Arinal Djunaidi", "Gubernur Lampung") in _pairs(s)
    s = "Ketua Panitia XC-Race sekaligus Ketua KONI Lampung Barat Budi Santoso mengatakan lomba dimulai."
    assert _pairs(s) == [("Budi Santoso", "Ketua KONI Lampung Barat")]


# ------------------------------------------------------------- an initial before a one-word place


def test_an_initial_before_a_one_word_place_opens_the_name() -> None:
    s = "Hadir dalam acara itu Pj Sekda N. Lingga Kusuma dan para kepala OPD."
    assert _officials(s, _per(s, "Kusuma")) == [
        _rec(s, "Pj Sekda N. Lingga Kusuma", "N. Lingga Kusuma", "Pj Sekda")
    ]
    s = "Kepala Dinas PUPR Kabupaten Tulangbawang M Puncak Stiawan membenarkan penundaan proyek."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Stiawan"))] == [
        ("M Puncak Stiawan", "Kepala Dinas PUPR Kabupaten Tulangbawang")
    ]


def test_a_letter_after_a_numeral_or_a_block_stays_in_the_title() -> None:
    s = "Kepala Lapas Kelas II A Bandung Budi Santoso membenarkan kejadian itu."
    assert _pairs(s) == [("Budi Santoso", "Kepala Lapas Kelas II A Bandung")]
    s = "Kepala Pasar Blok M Jakarta Budi Santoso membenarkan kejadian itu."
    assert _pairs(s) == [("Budi Santoso", "Kepala Pasar Blok M Jakarta")]


# ------------------------------------------------------------- S.I.P, a degree


def test_a_degree_written_s_i_p_is_no_holder() -> None:
    s = "Kepala Dinas Koperasi Yudha Setiawan, S.I.P mengatakan harga stabil."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Yudha Setiawan", "S.I.P"))] == [
        ("Yudha Setiawan", "Kepala Dinas Koperasi")
    ]
    s = "Kepala Puskesmas Liwa Sri Wahyuni, S.K.M mengatakan vaksin tiba."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Sri Wahyuni", "S.K.M"))] == [
        ("Sri Wahyuni", "Kepala Puskesmas Liwa")
    ]
    # the model's PER on the degree alone: no holder, the name before it is
    s = "Kepala Bidang Perkebunan Sukimin, S.I.P mendampingi tamu dari provinsi."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "S.I.P"))] == [
        ("Sukimin", "Kepala Bidang Perkebunan")
    ]


# ------------------------------------------------------------- two posts before a hyphened pair


def test_two_posts_before_a_hyphened_pair_name_one_holder_each() -> None:
    s = "Insentif itu dijanjikan Bupati dan Wakil Bupati Tulangbawang Winarti-Hendriwansyah tahun lalu."
    assert _pairs(s) == [("Winarti", "Bupati Tulangbawang"), ("Hendriwansyah", "Wakil Bupati Tulangbawang")]
    ws = s.index("Winarti")
    assert [o.name_span for o in extract_officials(s)] == [(ws, ws + 7), (ws + 8, ws + 21)]


def test_a_hyphened_pair_after_one_post_or_a_candidate_s_post_gives_no_holder() -> None:
    # one post: a ticket's names (Ganjar-Mahfud); calon: candidates hold no post yet
    assert extract_officials("Pasangan Gubernur Jawa Tengah Ganjar-Mahfud menang di Solo.") == []
    s = "Pasangan calon Bupati dan Wakil Bupati Tulangbawang Winarti-Hendriwansyah berkampanye."
    assert extract_officials(s) == []


# ------------------------------------------------------------- Olah Raga, the sport in two words


def test_olah_raga_in_an_office_s_name_is_no_holder() -> None:
    s = "Plt Kepala Dinas Pemuda Olah Raga dan Pariwisata Lampung Barat Ronggur Tobing mengatakan hal itu."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Raga", "Ronggur Tobing"))] == [
        ("Ronggur Tobing", "Plt Kepala Dinas Pemuda Olah Raga dan Pariwisata Lampung Barat")
    ]


# ------------------------------------------------------------- name menjabat post


def test_menjabat_alone_links_a_holder_to_the_post_after_it() -> None:
    s = "Saat ini Mulyono menjabat Kepala Badan Kesbangpol Kabupaten Madiun."
    assert extract_officials(s) == [
        _rec(
            s,
            "Mulyono menjabat Kepala Badan Kesbangpol Kabupaten Madiun",
            "Mulyono",
            "Kepala Badan Kesbangpol Kabupaten Madiun",
        )
    ]
    s = "Budi Santoso menjabat Bupati Sleman selama dua periode."
    assert _pairs(s) == [("Budi Santoso", "Bupati Sleman")]


def test_menjabat_after_a_pronoun_gives_no_holder() -> None:
    assert extract_officials("Ia pernah menjabat Kadis PUPR pada 2024 hingga Februari 2025.") == []


# ------------------------------------------------------------- known misses (news-raw 3800-4799)


def test_a_name_right_before_a_village_head_s_post() -> None:
    s = "Sementara Abi Kosim Kepala Kampung Jukuh Kemuning, mengatakan warga siap bekerja sama."
    assert _pairs(s) == [("Abi Kosim", "Kepala Kampung Jukuh Kemuning")]


def test_two_posts_before_two_holders_joined_by_a_spaced_dash() -> None:
    s = (
        "Program itu unggulan Bupati dan Wakil Bupati Lampung Selatan, Haryanto Saputra - Imam Mahfudz, "
        "sejak awal."
    )
    assert _pairs(s) == [
        ("Haryanto Saputra", "Bupati Lampung Selatan"),
        ("Imam Mahfudz", "Wakil Bupati Lampung Selatan"),
    ]
