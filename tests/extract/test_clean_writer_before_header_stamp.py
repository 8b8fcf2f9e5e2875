"""A writer's name glued with no label between the headline and the page's clock-stamped date on a
flattened header (issue 15, GUIDELINES §1: the reporter is the byline, not body): `Judul Berita
Budi Santoso 24 Jun 2013, 18:45 WIB …`. The name is cut; the headline is the title and the stamp
the published date, both cut too (meta40); a headline that ends in the article's own subject, a
common word, a place or a sentence before the date give no byline.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

BODY = (
    "Warga diminta tidak mempercayai pesan berantai soal obat herbal yang disebut bisa menyembuhkan "
    "kanker dalam sepekan. Dinas kesehatan menyatakan klaim itu tidak berdasar."
)


@pytest.mark.parametrize(
    ("head", "name", "stamp"),
    [
        ("Cek Fakta: Obat Herbal Sembuhkan Kanker dalam Sepekan?", "Rinto Gunawan", "12 Mar 2021, 10:15 WIB"),
        (
            "Hoaks Obat Herbal Penyembuh Kanker Beredar Lagi",
            "Sekar Wulandari",
            "Senin, 8 Maret 2021 09:40 WIB",
        ),
    ],
    ids=["short-month", "weekday"],
)
def test_the_name_before_the_stamp_is_the_byline(head: str, name: str, stamp: str) -> None:
    page = clean(f"{head} {name} {stamp} {BODY}\n")
    assert page.byline == name
    assert page.published == ("2021-03-12" if "Mar " in stamp else "2021-03-08")
    assert page.title == head
    assert page.text == BODY
    assert Boilerplate(line=1, text=name, kind="byline") in page.boilerplate


def test_the_headline_subject_said_again_in_the_body_is_no_byline() -> None:
    text = (
        "Klarifikasi Pesan Berantai dari Rinto Gunawan 12 Mar 2021, 10:15 WIB Rinto Gunawan menyatakan "
        "pesan berantai soal obat herbal itu tidak pernah ia tulis."
    )
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.title == "Klarifikasi Pesan Berantai dari Rinto Gunawan"
    assert page.text == text[text.index("WIB ") + 4 :]


def test_a_common_word_before_the_stamp_is_no_byline() -> None:
    text = f"Obat Herbal Penyembuh Kanker Ternyata Hoaks Belaka 12 Mar 2021, 10:15 WIB {BODY}"
    page = clean(f"{text}\n")
    assert page.byline is None


def test_a_sentence_time_is_no_stamp() -> None:
    text = (
        f"{BODY} Penyuluhan digelar di balai desa Sukamaju pada Senin, 8 Maret 2021 pukul 09.40 WIB "
        "bersama Rinto Gunawan."
    )
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text


def test_a_place_the_headline_ends_in_is_no_writer() -> None:
    page = clean(f"Gempa Magnitudo 5 Guncang Labuan Bajo 12 Mar 2021, 10:15 WIB {BODY}\n")
    assert page.byline is None
    assert page.published == "2021-03-12"


@pytest.mark.xfail(
    strict=True,
    reason="the headline's subject named by a noun in the body (`bupati itu`) is taken for the writer:"
    " nothing on the page tells the two apart",
)
def test_a_headline_subject_the_body_names_by_his_post_is_no_writer() -> None:
    text = (
        "Warga Demo Tuntut Mundurnya Rinto Gunawan 12 Mar 2021, 10:15 WIB Para pengunjuk rasa "
        "meminta bupati itu mundur karena kasus korupsi dana desa."
    )
    assert clean(f"{text}\n").byline is None
