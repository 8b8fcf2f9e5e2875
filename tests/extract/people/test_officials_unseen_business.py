"""Officials on national business and tech news never tuned on (issue 13, session 11).

Found by reading warta's officials on news-raw articles of a national portal's business, tech and
news desks. Every sentence here is written for the test: names and companies are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _rec

# ------------------------------------------------------------- chief officers and vice presidents


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("VP Corporate Communication PT Sinar Energi (Persero)", "Budi Hartono"),
        ("VP Retail Fuel Sales Sinar Energi Niaga", "Dewi Lestari"),
        ("EVP Sustainable Development PT Tambang Raya", "Agus Salim"),
        ("CFO Bank Sentosa", "Rina Marlina"),
    ],
)
def test_a_vice_president_or_chief_officer_short_title_names_its_holder(title: str, name: str) -> None:
    s = f"Sementara itu, {title} {name} mengatakan stok aman."
    assert extract_officials(s) == [_rec(s, f"{title} {name}", name, title)]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Chief Analyst Mitra Berjangka Futures", "Hendra Wijaya"),
        ("Senior Product Security Engineer Kodeku", "Andi Pratama"),
        ("Chief Investment Officer BPI Nusantara", "Rudi Salim"),
        ("Chief Enterprise Business Officer Jaringku", "Doni Kusuma"),
        ("Deputy Director of Government Relations Belanjaku", "Sari Wulandari"),
        ("Chief of Corporate Affairs Astana", "Yudi Prasetyo"),
    ],
)
def test_more_english_unit_and_post_words_make_one_head(title: str, name: str) -> None:
    s = f"Menanggapi hal tersebut, {title}, {name}, menilai target itu realistis."
    assert extract_officials(s) == [_rec(s, f"{title}, {name}", name, title)]


def test_an_english_head_after_its_unit_or_before_of_is_a_post() -> None:
    t = "Marketing and Communication Department Head Jalan Tol Sukamaju Regional Division"
    s = f"Hal itu disampaikan {t}, Panji Nugroho, dalam keterangannya."
    assert extract_officials(s) == [_rec(s, f"{t}, Panji Nugroho", "Panji Nugroho", t)]
    s = '"Pasar naik," kata Rudi Hartawan, Head of Product, AV Business Elektronik Jaya Indonesia.'
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Rudi Hartawan", "Head of Product, AV Business Elektronik Jaya Indonesia")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ia pun mengecam keras para CEO karena tidak bertanggung jawab atas PHK itu.",
        "Laporan itu menyebut tugas-tugas CEO kini dibantu AI. Kata laporan itu, VP dan direktur terdampak.",
        "Ia melamar posisi Senior Product Engineer di sebuah perusahaan rintisan.",
    ],
)
def test_an_english_post_with_no_name_after_it_holds_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


# ------------------------------------------------------------- a second post after `yang juga … sebagai`


def test_a_second_post_after_a_holder_link_with_no_name_before_names_the_holder_after_the_comma() -> None:
    t = "Chief Operating Officer (COO) Nusantara Investama"
    s = f"Kepala Badan Pengaturan BUMN yang juga menjabat sebagai {t}, Dony Saputra, menegur direksi."
    assert extract_officials(s) == [_rec(s, f"{t}, Dony Saputra", "Dony Saputra", t)]


def test_a_holder_link_after_a_name_still_gives_that_name() -> None:
    s = "Dony Saputra yang juga menjabat sebagai Ketua Koperasi Sinar Abadi hadir dalam rapat itu."
    found = [(o.name, o.title) for o in extract_officials(s)]
    assert found == [("Dony Saputra", "Ketua Koperasi Sinar Abadi")]


# ------------------------------------------------------------- more heads


def test_a_mosque_s_head_imam_is_a_post() -> None:
    t = "Imam Besar Masjid Raya Sukamaju"
    s = f"Menteri Agama sekaligus {t}, Nasrul Hakim mengatakan hewan kurban sudah diterima."
    assert extract_officials(s) == [_rec(s, f"{t}, Nasrul Hakim", "Nasrul Hakim", t)]


def test_the_chief_of_general_staff_is_a_post() -> None:
    s = "Turut hadir Kasum TNI, Letjen TNI Richard Simatupang dalam pemeriksaan itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Richard Simatupang", "Kasum TNI")]
