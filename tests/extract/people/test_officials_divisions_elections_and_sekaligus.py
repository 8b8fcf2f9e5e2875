"""Officials on news-raw text never tuned on (issue 13, round officials11).

Found by reading warta's officials on news-raw lines 800-1399 against GUIDELINES §2. Every
sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec

# ------------------------------------------------------------- a team's division ends the title


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Pelatih Kepala Ganda Putri Rudy Hartanto menilai pasangan muda itu tampil berani.",
            "Pelatih Kepala Ganda Putri Rudy Hartanto",
            "Rudy Hartanto",
            "Pelatih Kepala Ganda Putri",
        ),
        (
            "Menurut Kepala Pelatih Tunggal Putra Samuel Wirawan, latihan fisik ditambah sepekan.",
            "Kepala Pelatih Tunggal Putra Samuel Wirawan",
            "Samuel Wirawan",
            "Kepala Pelatih Tunggal Putra",
        ),
        (
            "Pelatih Kepala Timnas Voli Putri Hendro Saputro memanggil delapan belas pemain.",
            "Pelatih Kepala Timnas Voli Putri Hendro Saputro",
            "Hendro Saputro",
            "Pelatih Kepala Timnas Voli Putri",
        ),
    ],
)
def test_putra_or_putri_after_a_sector_word_is_the_division_not_a_first_name(
    sentence: str, mention: str, name: str, title: str
) -> None:
    # the model's span may open at the division word; the title keeps it, the name starts after
    division = title.split()[-1]
    assert _officials(sentence, _per(sentence, f"{division} {name}")) == [
        _rec(sentence, mention, name, title)
    ]
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]


def test_putra_or_putri_as_a_name_word_after_a_body_stays_in_the_name() -> None:
    s = "Juru Bicara Satgas Pangan Melati Putri menyampaikan hasil pemeriksaan pasar."
    assert extract_officials(s) == [
        _rec(s, "Juru Bicara Satgas Pangan Melati Putri", "Melati Putri", "Juru Bicara Satgas Pangan")
    ]
    s = "Kapolsek Sukamaju AKP Bagus Eka Putra memimpin patroli malam."
    assert extract_officials(s) == [
        _rec(s, "Kapolsek Sukamaju AKP Bagus Eka Putra", "Bagus Eka Putra", "Kapolsek Sukamaju")
    ]


def test_a_division_with_no_name_after_it_gives_nothing() -> None:
    assert extract_officials("Pelatih Ganda Putri belum menentukan pasangan untuk turnamen berikutnya.") == []


# ------------------------------------------------------------- a holder elected or confirmed into a post


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Dalam musyawarah itu, Yusuf Ardiansyah resmi terpilih sebagai Ketua Umum Perpani Kota Metro.",
            "Yusuf Ardiansyah resmi terpilih sebagai Ketua Umum Perpani Kota Metro",
            "Yusuf Ardiansyah",
            "Ketua Umum Perpani Kota Metro",
        ),
        (
            "Rina Mardiana dikukuhkan sebagai Ketua IWO Kabupaten Pesawaran di aula pemkab.",
            "Rina Mardiana dikukuhkan sebagai Ketua IWO Kabupaten Pesawaran",
            "Rina Mardiana",
            "Ketua IWO Kabupaten Pesawaran",
        ),
        (
            "Sementara itu, Agus Salim kembali terpilih sebagai Ketua DPC Partai Nusantara Pringsewu.",
            "Agus Salim kembali terpilih sebagai Ketua DPC Partai Nusantara Pringsewu",
            "Agus Salim",
            "Ketua DPC Partai Nusantara Pringsewu",
        ),
    ],
)
def test_a_holder_elected_or_confirmed_into_a_post_holds_it(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]


def test_a_post_confirmed_with_no_named_holder_gives_nothing() -> None:
    assert (
        extract_officials("Pengurus baru itu dikukuhkan sebagai Ketua IWO Kabupaten Pesawaran kemarin.") == []
    )


# ------------------------------------------------------------- a chancellor is a head of government


def test_a_chancellor_named_by_country_holds_the_post() -> None:
    s = "Kanselir Austria Karl Bergmann menyerukan gencatan senjata segera."
    assert extract_officials(s) == [
        _rec(s, "Kanselir Austria Karl Bergmann", "Karl Bergmann", "Kanselir Austria")
    ]
    assert extract_officials("Kanselir Austria menyerukan gencatan senjata segera.") == []


# ------------------------------------------------------------- a parliament's committee ends the title


def test_a_working_committee_after_ketua_is_the_body_not_a_first_name() -> None:
    s = "Menurut Ketua Panja Sutrisno, pembahasan RUU itu dilanjutkan pekan depan."
    assert extract_officials(s) == [_rec(s, "Ketua Panja Sutrisno", "Sutrisno", "Ketua Panja")]
    s = "Ketua Pansus Hak Angket DPRD Jember Tabroni mengatakan rapat ditunda."
    assert extract_officials(s) == [
        _rec(
            s, "Ketua Pansus Hak Angket DPRD Jember Tabroni", "Tabroni", "Ketua Pansus Hak Angket DPRD Jember"
        )
    ]


# ------------------------------------------------------------- a field word before `dan` is no holder


def test_a_word_nobody_is_called_by_before_dan_and_more_body_is_the_title_s() -> None:
    s = (
        "Direktur Layanan Telemedis dan Informatika Kesehatan Kementerian Kesehatan, Ratna Dewi "
        "Anggraini, mengatakan aplikasi itu gratis."
    )
    assert extract_officials(s) == [
        _rec(
            s,
            "Direktur Layanan Telemedis dan Informatika Kesehatan Kementerian Kesehatan, "
            "Ratna Dewi Anggraini",
            "Ratna Dewi Anggraini",
            "Direktur Layanan Telemedis dan Informatika Kesehatan Kementerian Kesehatan",
        )
    ]


def test_a_holder_the_article_calls_by_that_word_stays_the_holder_before_dan() -> None:
    s = "Bupati Sleman Harda dan Forkopimda Sleman meninjau lokasi banjir. Harda mengatakan warga aman."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Harda", "Bupati Sleman")]


# ------------------------------------------------------------- two posts joined by sekaligus


def test_the_word_before_sekaligus_and_a_second_post_is_the_first_post_s() -> None:
    s = "Bendahara Panitia Bazar sekaligus Sekretaris Dharma Wanita Dinsos Lestari Handayani membuka acara."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Lestari Handayani", "Sekretaris Dharma Wanita Dinsos")
    ]


def test_a_holder_named_before_sekaligus_and_called_by_it_later_is_not_dropped_as_a_title_word() -> None:
    s = "Bupati Tanggamus Dewi Handayani sekaligus Ketua Satgas Pangan meninjau pasar."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Dewi Handayani", "Bupati Tanggamus")]


def test_a_one_word_holder_before_sekaligus_called_by_it_later_holds_the_first_post() -> None:
    s = "Bupati Lampung Timur Ela sekaligus Ketua Satgas Pangan meninjau pasar. Ela mengatakan harga stabil."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Ela"))] == [("Ela", "Bupati Lampung Timur")]


# ------------------------------------------------------------- an English body's name after of/for/and


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Direktur Institute for Maritime Policy and Law, Rudi Hartono, mengatakan aturan itu lemah.",
            "Direktur Institute for Maritime Policy and Law, Rudi Hartono",
            "Rudi Hartono",
            "Direktur Institute for Maritime Policy and Law",
        ),
        (
            "Menurut Senior Manager of Sales & Distribution Nusantara, Andreas Wibisono, stok aman.",
            "Senior Manager of Sales & Distribution Nusantara, Andreas Wibisono",
            "Andreas Wibisono",
            "Senior Manager of Sales & Distribution Nusantara",
        ),
    ],
)
def test_a_word_after_of_or_and_ends_an_english_name_and_the_holder_follows_the_comma(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, title)]


def test_an_english_name_with_a_comma_list_keeps_its_holder() -> None:
    s = "Ketua Center for Studies in Energy, Water, and Food (CSEWF), Rahmat Hidayat meminta hal itu."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Rahmat Hidayat"))] == [
        ("Rahmat Hidayat", "Ketua Center for Studies in Energy, Water, and Food (CSEWF)")
    ]


def test_an_english_name_with_a_comma_list_gives_no_holder_from_its_words() -> None:
    s = "Ketua Center for Studies in Energy, Water, and Food (CSEWF), Rahmat Hidayat meminta hal itu."
    assert all(o.name in ("Rahmat Hidayat",) for o in _officials(s, _per(s, "Rahmat Hidayat")))


# ------------------------------------------------------------- a unit in lowercase after a numbered post


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Deputi II bidang Pemberdayaan Pemuda Kemenpora Hendra Kusuma membuka pelatihan itu.",
            "Deputi II bidang Pemberdayaan Pemuda Kemenpora Hendra Kusuma",
            "Hendra Kusuma",
            "Deputi II bidang Pemberdayaan Pemuda Kemenpora",
        ),
        (
            "Wakil Ketua Umum II bidang Organisasi KONI Lampung Sutanto Wibowo menyerahkan piala.",
            "Wakil Ketua Umum II bidang Organisasi KONI Lampung Sutanto Wibowo",
            "Sutanto Wibowo",
            "Wakil Ketua Umum II bidang Organisasi KONI Lampung",
        ),
    ],
)
def test_a_lowercase_unit_word_after_the_post_s_roman_numeral_reads_on(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, title)]


def test_a_numbered_post_with_a_lowercase_unit_and_no_name_gives_nothing() -> None:
    assert extract_officials("Deputi II bidang Pemberdayaan Pemuda membuka pelatihan itu.") == []


# ------------------------------------------------------------- a dated holding right before the name


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Bupati Pesisir Barat periode 2016-2021 Agus Istiqlal meresmikan dermaga itu.",
            "Bupati Pesisir Barat periode 2016-2021 Agus Istiqlal",
            "Agus Istiqlal",
            "Bupati Pesisir Barat",
        ),
        (
            "Ketua Umum KONI Tanggamus masa bakti 2024-2028 Hendra Gunawan membuka kejuaraan itu.",
            "Ketua Umum KONI Tanggamus masa bakti 2024-2028 Hendra Gunawan",
            "Hendra Gunawan",
            "Ketua Umum KONI Tanggamus",
        ),
    ],
)
def test_a_period_between_the_title_and_the_name_dates_the_holding(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, title)]


def test_a_dated_post_with_no_name_after_it_gives_nothing() -> None:
    assert extract_officials("Bupati Pesisir Barat periode 2016-2021 meresmikan dermaga itu.") == []
