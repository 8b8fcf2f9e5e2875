"""Officials on wire news never tuned on (issue 13, session 10).

Found by reading warta's officials on news-raw articles from a national wire's city, sport and
national desks. Every sentence here is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from extract.text.words import WordClass, word_class

from .test_roles import _officials, _per, _rec

# ------------------------------------------------------------- a team's age group


def test_a_teams_age_group_is_part_of_the_title() -> None:
    s = "Pelatih Timnas Indonesia U-20 Budi Santoso mengatakan timnya siap bertanding."
    assert extract_officials(s) == [
        _rec(s, "Pelatih Timnas Indonesia U-20 Budi Santoso", "Budi Santoso", "Pelatih Timnas Indonesia U-20")
    ]


def test_a_place_right_after_the_age_group_opens_the_model_s_name() -> None:
    # Bima is a regency too; after the age group the team's name has ended
    s = "Pelatih timnas Indonesia U-17 Bima Prakoso menegaskan timnya tidak gentar."
    assert _officials(s, _per(s, "Bima Prakoso")) == [
        _rec(s, "Pelatih timnas Indonesia U-17 Bima Prakoso", "Bima Prakoso", "Pelatih timnas Indonesia U-17")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Timnas Indonesia U-23 mengunci kemenangan 2-0 atas Vietnam di Stadion Manahan.",
        # a line-up run together: the age group after name words is the next team's
        "Susunan pemain Pelatih: Budi Santoso Vietnam U-23: Nguyen Van Toan (GK), Tran Minh",
    ],
)
def test_an_age_group_after_no_body_or_after_a_name_joins_no_title(sentence: str) -> None:
    assert all("U-23" not in o.title for o in extract_officials(sentence))


# ------------------------------------------------------------- a former post pointing back


@pytest.mark.parametrize(
    "sentence",
    [
        "Mantan pelatih Persija Jakarta itu kini melatih klub di Malaysia.",
        "Pujian datang dari mantan pelatih Arsenal dan Chelsea itu setelah laga usai.",
        "Eks Presiden Inter Milan tersebut juga hadir di stadion.",
    ],
)
def test_a_former_post_before_a_pointer_word_names_no_holder(sentence: str) -> None:
    assert extract_officials(sentence) == []


def test_a_former_post_with_its_holder_still_names_the_holder() -> None:
    s = "Mantan Ketua KONI Sulteng Budi Santoso membuka turnamen itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Santoso", "Mantan Ketua KONI Sulteng")
    ]
    s = "Ketua DPRD Kota Metro Budi Santoso itu mengatakan jalan rusak."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Ketua DPRD Kota Metro")]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # a given name, a rank with its corps, the model's PER: a holder before the pointer word
        (
            "Mantan Ketua KPK Budi Santoso itu mengatakan kasus itu selesai.",
            "Budi Santoso",
            "Mantan Ketua KPK",
        ),
        ("Mantan Kapolda Jenderal (Purn) Sutrisno itu hadir di Jakarta.", "Sutrisno", "Mantan Kapolda"),
    ],
)
def test_a_former_post_before_a_pointer_word_with_a_persons_name_names_the_holder(
    sentence: str, name: str, title: str
) -> None:
    assert [(o.name, o.title) for o in extract_officials(sentence)] == [(name, title)]


def test_a_former_post_with_the_models_person_before_a_pointer_word_names_the_holder() -> None:
    s = "Eks Menteri Kesehatan Wirakusuma Hadiningrat tersebut hadir dalam acara itu."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Wirakusuma Hadiningrat"))] == [
        ("Wirakusuma Hadiningrat", "Eks Menteri Kesehatan")
    ]


# ------------------------------------------------------------- a team's members


@pytest.mark.parametrize(
    "sentence",
    [
        "Ia kalah bersaing dengan striker tim Garuda Muda yaitu Rudi Hartono dan Dedi Kurnia.",
        "Kapten tim Persiba Balikpapan Rudi Hartono mengatakan timnya siap.",
        "Tim esports Indonesia yaitu Garuda Nusantara dan Elang Esports lolos ke final.",
    ],
)
def test_a_team_s_members_or_listed_teams_hold_no_post(sentence: str) -> None:
    assert extract_officials(sentence) == []


def test_a_bodys_team_opening_the_sentence_is_a_post() -> None:
    # GUIDELINES §2: a unit of a body given as a role; no member's word before `tim`
    s = "Tim Ahli Kementerian Kesehatan Budi Santoso mengatakan vaksin itu aman."
    expected = [("Budi Santoso", "Tim Ahli Kementerian Kesehatan")]
    assert [(o.name, o.title) for o in extract_officials(s)] == expected


def test_a_unit_given_with_selaku_is_still_a_post() -> None:
    s = "Menurut Rudi, selaku Tim Kreatif dan Konsultan, acara berjalan lancar."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Rudi", "Tim Kreatif dan Konsultan")]


# ------------------------------------------------------------- an envoy


def test_an_envoy_s_post_names_the_country_after_untuk() -> None:
    s = "Duta Besar RI untuk Jepang Budi Santoso menyambut delegasi itu di Tokyo."
    assert _officials(s, _per(s, "Budi Santoso")) == [
        _rec(s, "Duta Besar RI untuk Jepang Budi Santoso", "Budi Santoso", "Duta Besar RI untuk Jepang")
    ]
    s = "Tim disambut Duta Besar Republik Indonesia untuk Rumania dan Moldova Budi Santoso, kemarin."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Santoso", "Duta Besar Republik Indonesia untuk Rumania dan Moldova")
    ]
    s = "Dubes RI untuk Singapura Budi Santoso hadir."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Dubes RI untuk Singapura")]


def test_a_delegation_of_a_state_names_the_body_or_event_after_untuk() -> None:
    s = "Tim siap bertanding, kata Ketua Delegasi Indonesia untuk IESF Budi Santoso di Jakarta."
    assert extract_officials(s) == [
        _rec(
            s,
            "Ketua Delegasi Indonesia untuk IESF Budi Santoso",
            "Budi Santoso",
            "Ketua Delegasi Indonesia untuk IESF",
        )
    ]


def test_untuk_after_a_holder_or_before_no_country_joins_no_title() -> None:
    s = "Bupati Sleman Budi Santoso untuk Jepang mengirim bantuan."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Bupati Sleman")]
    assert extract_officials("Ia ditunjuk menjadi duta besar budaya oleh panitia festival.") == []
    s = "Bantuan Bupati Sleman untuk Warga Desa Sukamaju diserahkan Budi Santoso."
    assert extract_officials(s) == []


# ------------------------------------------------------------- a Dutch particle inside a name


def test_a_lowercase_particle_between_name_words_stays_in_the_name() -> None:
    s = "Pelatih Persib Bandung Jan ten Brink mengatakan timnya siap."
    assert extract_officials(s) == [
        _rec(s, "Pelatih Persib Bandung Jan ten Brink", "Jan ten Brink", "Pelatih Persib Bandung")
    ]


# ------------------------------------------------------------- a retired officer's rank


def test_purn_after_a_rank_and_corps_is_part_of_the_rank() -> None:
    s = "Ketua Umum KONI Pusat Letjen TNI Purn Budi Santoso mengibarkan bendera start."
    assert extract_officials(s) == [
        _rec(s, "Ketua Umum KONI Pusat Letjen TNI Purn Budi Santoso", "Budi Santoso", "Ketua Umum KONI Pusat")
    ]
    s = "Pj Gubernur Sumut Mayjen TNI (Purn) Budi Santoso hadir."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Pj Gubernur Sumut")]


def test_purn_written_alone_is_no_rank() -> None:
    # a retired officer's word is dropped only after a rank; a name's word stays
    s = "Ketua Paguyuban Purnomo Hadi membuka acara."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Purnomo Hadi", "Ketua Paguyuban")]


# ------------------------------------------------------------- words of a post


def test_a_master_of_public_policy_is_a_degree_after_the_name() -> None:
    s = "Dialog dihadiri Wakil Ketua Komisi X DPR, Dr Ir Sri Wahyuni MPP, kemarin."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Sri Wahyuni", "Wakil Ketua Komisi X DPR")]


def test_a_ministry_s_portfolio_abbreviation_is_part_of_the_title() -> None:
    s = "Program itu dipantau terus, kata Menteri Parekraf Budi Santoso di Karanganyar."
    assert extract_officials(s) == [
        _rec(s, "Menteri Parekraf Budi Santoso", "Budi Santoso", "Menteri Parekraf")
    ]


def test_an_english_unit_word_before_director_is_part_of_the_title() -> None:
    # the year after the event's name dates the post (tidy_title)
    s = "Rute sudah disiapkan, kata Race Director Borobudur Marathon 2025 Budi Santoso kepada wartawan."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Santoso", "Race Director Borobudur Marathon")
    ]
    s = "Tim medis siaga, kata Medical Director PT Lari Sehat dr Sri Wahyuni, Sp.KO."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Sri Wahyuni", "Medical Director PT Lari Sehat")
    ]


# ------------------------------------------------------------- a body's name after the post's field


def test_one_unknown_word_after_a_lowercase_field_names_the_body_before_the_model_s_name() -> None:
    s = "Pemain itu sesuai profil yang dicari, kata Direktur olahraga Persiba Budi Santoso kepada wartawan."
    assert _officials(s, _per(s, "Budi Santoso")) == [
        _rec(s, "Direktur olahraga Persiba Budi Santoso", "Budi Santoso", "Direktur olahraga Persiba")
    ]


def test_a_word_said_alone_elsewhere_before_the_model_s_name_is_the_first_name() -> None:
    s = "Kabid perdagangan Rozak Hartono memuji pedagang. Kata Rozak, pasar sudah ramai."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Hartono"))] == [
        ("Rozak Hartono", "Kabid perdagangan")
    ]


def test_an_english_chairman_is_a_post() -> None:
    s = "Chairman PT Maju Jaya Budi Santoso mengatakan laba naik."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Chairman PT Maju Jaya")]
    assert extract_officials("Ia menjabat chairman di perusahaan itu sejak 2020.") == []


# ------------------------------------------------------------- a rank before a first name and a particle


def test_the_word_after_a_rank_opens_the_name_before_a_particle_the_model_starts_at() -> None:
    s = "Hal itu disampaikan Kepala Penerangan Kodam Jaya Letkol Inf Wolter Andi Saputra kepada wartawan."
    assert _officials(s, _per(s, "Andi Saputra")) == [
        _rec(
            s,
            "Kepala Penerangan Kodam Jaya Letkol Inf Wolter Andi Saputra",
            "Wolter Andi Saputra",
            "Kepala Penerangan Kodam Jaya",
        )
    ]


def test_a_corps_written_in_full_after_a_rank_is_dropped() -> None:
    s = "Dandim 0410 Letkol Infanteri Budi Santoso mengatakan hal itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Dandim 0410")]
    # a battalion of the infantry: the word is the unit's, no rank before it
    s = "Batalyon Infanteri 123 dipimpin Letkol Inf Budi Santoso."
    assert all(o.name == "Budi Santoso" for o in extract_officials(s))


# ------------------------------------------------------------- a compound given name


def test_a_european_compound_given_name_is_a_name_word() -> None:
    assert word_class("Jean-Luc") is WordClass.UNK
    assert word_class("Jan-Maret") is WordClass.COM  # a span of months
    s = "CEO Borussia Kassel, Jean-Luc Meyer mengucapkan terima kasih kepada pemain itu."
    assert _officials(s, _per(s, "Jean-Luc Meyer")) == [
        _rec(s, "CEO Borussia Kassel, Jean-Luc Meyer", "Jean-Luc Meyer", "CEO Borussia Kassel")
    ]


# ------------------------------------------------------------- a body named by a lowercase organisation word


def test_a_post_of_a_body_written_as_a_lowercase_organisation_word_is_a_post() -> None:
    s = "Peserta tahun ini bertambah, kata ketua panitia Rina Marlina kepada wartawan."
    assert extract_officials(s) == [_rec(s, "ketua panitia Rina Marlina", "Rina Marlina", "ketua panitia")]
    s = "Kami memutuskan berpisah, kata presiden klub Budi Santoso pada Jumat."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Budi Santoso"))] == [
        ("Budi Santoso", "presiden klub")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kata pemilik warung, Sumiati, harga cabai naik lagi pekan ini.",
        "Menurut anggota tim Budi Santoso, pencarian dilanjutkan besok.",
    ],
)
def test_an_owner_of_a_lowercase_shop_or_a_team_member_is_still_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


def test_a_national_team_written_lowercase_is_a_body() -> None:
    s = "Hal itu disampaikan manajer timnas bola Budi Santoso usai latihan."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Budi Santoso"))] == [
        ("Budi Santoso", "manajer timnas bola")
    ]


# ------------------------------------------------------------- an honorific inside a body's name


def test_a_rank_after_an_honorific_opens_the_holder_s_name() -> None:
    # the hospital is named after someone (Raden …); the rank opens its head's name
    s = "Kepala Rumah Sakit Bhayangkara Raden Wiratmo Kramat Jati Brigjen Pol Budi Santoso menjelaskan."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Santoso", "Kepala Rumah Sakit Bhayangkara Raden Wiratmo Kramat Jati")
    ]


def test_an_honorific_with_no_rank_after_it_still_opens_the_name() -> None:
    s = "Direktur RSUD dr Soetomo dr Budi Santoso mengatakan pasien bertambah."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Budi Santoso"))] == [
        ("Budi Santoso", "Direktur RSUD dr Soetomo")
    ]
    s = "Kapolres Badung AKBP Budi Santoso mengatakan hal itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Kapolres Badung")]
