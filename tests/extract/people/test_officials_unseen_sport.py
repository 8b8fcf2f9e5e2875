"""Officials on sport and national news never tuned on (issue 13, session 8, second round).

Found by reading warta's officials on news-raw articles from a national outlet's sport and
science desks. Every sentence here is written for the test: names are made up or public office
holders in made-up sentences.
"""

from __future__ import annotations

from extract.people.officials import extract_officials
from extract.text.words import WordClass, word_class

from .test_roles import _officials, _per, _rec

# ------------------------------------------------------------- what an owner owns


def test_capitals_right_after_a_lowercase_owner_word_are_what_is_owned() -> None:
    # yang juga pemilik Kurnia Stable: the stable is no holder, even where the model says PER
    s = "Prestasi itu dipuji Fatchul Anwar, ayahnya yang juga pemilik Sekar Stable."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Fatchul Anwar", "Sekar Stable"))] == [
        ("Fatchul Anwar", "pemilik Sekar Stable")
    ]
    s = "Latihan berlangsung di kandang pemilik Sekar Stable sejak pagi."
    assert _officials(s, _per(s, "Sekar Stable")) == []
    s = "Salah satunya ada Nilam Sari, pemilik Kebab Bang Rafi, yang membuka cabang baru."
    assert _officials(s, _per(s, "Nilam Sari", "Kebab Bang Rafi")) == [
        _rec(s, "Nilam Sari, pemilik Kebab Bang Rafi", "Nilam Sari", "pemilik Kebab Bang Rafi")
    ]


def test_the_owner_named_after_the_owned_business_and_a_comma_holds_it() -> None:
    s = "Sang pemilik Tim Garuda Racing, Hendra Wijaya, menuduh manajernya menggelapkan uang."
    assert extract_officials(s) == [
        _rec(s, "pemilik Tim Garuda Racing, Hendra Wijaya", "Hendra Wijaya", "pemilik Tim Garuda Racing")
    ]


def test_a_capitalised_owner_title_still_names_its_holder_after_the_business() -> None:
    s = "Pemilik UMKM Galeri Huma Lilis Lamiang mengatakan produknya laris."
    assert _officials(s, _per(s, "Lilis Lamiang")) == [
        _rec(s, "Pemilik UMKM Galeri Huma Lilis Lamiang", "Lilis Lamiang", "Pemilik UMKM Galeri Huma")
    ]


def test_a_lowercase_owner_of_a_shop_is_no_official() -> None:
    assert extract_officials("Kata pemilik warung, Sumiati, harga cabai naik lagi pekan ini.") == []


# ------------------------------------------------------------- a listed name with a post of its own


def test_a_listed_name_with_its_own_post_after_a_comma_keeps_that_post() -> None:
    s = "Presiden datang disertai Menpora Imam Nahrawi dan Erick Thohir, Ketua Panitia Pelaksana, kemarin."
    assert extract_officials(s) == [
        _rec(s, "Menpora Imam Nahrawi", "Imam Nahrawi", "Menpora"),
        _rec(s, "Erick Thohir, Ketua Panitia Pelaksana", "Erick Thohir", "Ketua Panitia Pelaksana"),
    ]
    s = "Rapat dihadiri Kepala Dinas Pendidikan Budi Santoso dan Ahmad Yani, camat Sukamaju, di aula."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Santoso", "Kepala Dinas Pendidikan"),
        ("Ahmad Yani", "camat Sukamaju"),
    ]


def test_a_listed_name_with_no_post_after_it_shares_the_title() -> None:
    s = "Hadir Kepala Dinas Pendidikan Budi Santoso dan Ahmad Yani, Kamis (5/6), di aula kantor."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Santoso", "Kepala Dinas Pendidikan"),
        ("Ahmad Yani", "Kepala Dinas Pendidikan"),
    ]
    # a listed name and an occupation after the comma: no post of its own, nothing changes
    s = "Rapat dihadiri Kepala Dinas Pendidikan Budi Santoso dan Ahmad Yani, warga Sukamaju, di aula."
    assert [o.name for o in extract_officials(s)] == ["Budi Santoso", "Ahmad Yani"]


# ------------------------------------------------------------- ranks spelled with a final d


def test_a_rank_spelled_with_a_final_d_is_dropped_from_name_and_title() -> None:
    s = "Sementara itu, Ketua Pengprov TI DKI Jakarta, Mayjend TNI Ivan R Pelealu mengatakan timnya siap."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Ivan R Pelealu", "Ketua Pengprov TI DKI Jakarta")
    ]
    s = "Pangdam Letjend TNI Budi Santoso meninjau lokasi banjir di Sukamaju."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Pangdam")]


# ------------------------------------------------------------- a lowercase post after `yang juga`


def test_a_lowercase_post_after_yang_juga_naming_a_body_is_the_named_persons() -> None:
    s = "Hal itu disampaikan Budi Santoso yang juga ketua Koperasi Sinar Abadi kepada wartawan."
    assert extract_officials(s) == [
        _rec(
            s,
            "Budi Santoso yang juga ketua Koperasi Sinar Abadi",
            "Budi Santoso",
            "ketua Koperasi Sinar Abadi",
        )
    ]
    s = "Penampilan putranya dipuji Hendra Wijaya yang juga pemilik Tim Garuda Racing."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Hendra Wijaya", "pemilik Tim Garuda Racing")
    ]


def test_a_lowercase_post_after_yang_juga_with_no_body_named_gives_nothing() -> None:
    assert extract_officials("Hal itu disampaikan Budi Santoso yang juga pemilik warung itu.") == []
    assert extract_officials("Budi Santoso yang juga merupakan anggota tim pelatih mengatakan hal itu.") == []


def test_lowercase_words_describing_a_name_before_yang_juga_keep_the_link() -> None:
    s = "Rina Puspita, ahli ekologi yang juga ketua jurusan Biologi Universitas Sukamaju, menilai."
    assert extract_officials(s) == [
        _rec(
            s,
            "Rina Puspita, ahli ekologi yang juga ketua jurusan Biologi Universitas Sukamaju",
            "Rina Puspita",
            "ketua jurusan Biologi Universitas Sukamaju",
        )
    ]
    s = "Prestasi itu dipuji Hendra Wijaya, ayahnya yang juga pemilik Tim Garuda Racing."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Hendra Wijaya", "pemilik Tim Garuda Racing")
    ]


def test_a_description_with_no_name_before_its_comma_links_nothing() -> None:
    s = "Budi Santoso mengatakan, anaknya yang juga Ketua OSIS SMA 1 Sukamaju ikut lomba."
    assert extract_officials(s) == []
    s = "Budi Santoso, Ahmad Yani dan warga yang juga Ketua RT 05 hadir di balai desa."
    assert extract_officials(s) == []


# ------------------------------------------------------------- sciences in a body's name


def test_a_science_listed_in_a_bodys_name_is_no_holder() -> None:
    s = "Hal itu dikatakan Kepala Badan Meteorologi, Klimatologi, dan Geofisika, Dodo Gunawan, kemarin."
    assert extract_officials(s) == [
        _rec(
            s,
            "Kepala Badan Meteorologi, Klimatologi, dan Geofisika, Dodo Gunawan",
            "Dodo Gunawan",
            "Kepala Badan Meteorologi, Klimatologi, dan Geofisika",
        )
    ]
    assert [word_class(w) for w in ("Klimatologi", "Geofisika", "Geografi")] == [WordClass.COM] * 3
    # a short word ending alike stays unsure, and a science alone names no one
    assert word_class("Apologi") is WordClass.UNK
    assert extract_officials("Ia kuliah di jurusan Geofisika dan Klimatologi sejak 2019.") == []


# ------------------------------------------------------------- an event's name dated by its year


def test_unsure_words_a_year_and_a_comma_follow_are_an_events_name() -> None:
    # the model calls the event's short name a person; the holder comes after the comma
    s = "Ketua Panpel Ibbamnas 2018, Hermansyah mengatakan lomba berjalan lancar."
    assert _officials(s, _per(s, "Panpel Ibbamnas", "Hermansyah")) == [
        _rec(s, "Ketua Panpel Ibbamnas 2018, Hermansyah", "Hermansyah", "Ketua Panpel Ibbamnas")
    ]


def test_a_dated_event_with_no_name_after_the_comma_has_no_holder() -> None:
    s = "Ketua Panpel Ibbamnas 2018, kata panitia, tidak hadir dalam rapat itu."
    assert _officials(s, _per(s, "Panpel Ibbamnas")) == []
    # a holder's name written before the year stays the holder
    s = "Ketua Panpel Ibbamnas Hermansyah 2018, mengatakan lomba berjalan lancar."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Hermansyah"))] == [
        ("Hermansyah", "Ketua Panpel Ibbamnas")
    ]


# ------------------------------------------------------------- ministers' short titles


def test_short_titles_of_ministers_and_deputy_ministers_are_posts() -> None:
    s = "Selain Menpora hadir juga Mendes PDTT Eko Putro Sandjojo dan Menristek Muhammad Nasir."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Eko Putro Sandjojo", "Mendes PDTT"),
        ("Muhammad Nasir", "Menristek"),
    ]
    s = "Acara itu dihadiri Wamenaker Budi Santoso dan Wamen BUMN Rudi Hartono di Jakarta."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Santoso", "Wamenaker"),
        ("Rudi Hartono", "Wamen BUMN"),
    ]


def test_the_town_of_wamena_is_no_deputy_ministers_title() -> None:
    assert extract_officials("Warga Wamena Budi Santoso mengungsi ke Jayapura bersama keluarganya.") == []


def test_a_co_founder_holds_a_post_in_the_company() -> None:
    s = "Co-Founder dan CEO Sukamaju Digital Rina Wati mengatakan layanan itu tumbuh pesat."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Rina Wati", "Co-Founder dan CEO Sukamaju Digital")
    ]
    # a person the article describes by no post holds none
    s = "Rina Wati mengatakan layanan itu tumbuh pesat."
    assert extract_officials(s) == []
