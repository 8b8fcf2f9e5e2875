"""A flattened header whose headline is written in sentence case (issue 15, GUIDELINES §1: the date
that dates the page is `published`, not body): `Tidak benar ada … di pasar Sabtu, 11 November 2017
15:35 WIB Jakarta (ANTARA) - …` and `… kata Bupati Senin, 13 November 2017 13:33 Reporter : Budi …`.
The date stamped with its clock time is the page's where a dateline or a reporter's credit follows
it; a sentence's time (`… pada Senin, …`, a stop inside the words before it) is none.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Kepala Bidang Humas Polda Sulawesi Utara menegaskan kabar kerusuhan di pasar itu tidak benar. "
    "Situasi di pasar berjalan normal sejak pagi."
)


def test_the_stamp_before_an_agency_dateline_is_published() -> None:
    head = "Tidak benar ada kerusuhan di pasar Bersehati Sabtu, 11 November 2017 15:35 WIB"
    page = clean(f"{head} Manado (ANTARA) - {LEDE}\n")
    assert page.published == "2017-11-11"
    assert page.title == "Tidak benar ada kerusuhan di pasar Bersehati"
    assert page.dateline == Dateline(place="Manado", outlet="ANTARA")
    assert page.text == f"Manado (ANTARA) - {LEDE}"


def test_the_stamp_before_a_reporter_credit_is_published() -> None:
    head = "Soal kabar kerusuhan pasar, ini kata kapolda Senin, 13 November 2017 13:33"
    page = clean(f"{head} Reporter : Sekar Wulandari Polisi memastikan pasar aman. {LEDE}\n")
    assert page.published == "2017-11-13"
    assert page.byline == "Sekar Wulandari"


def test_a_sentence_time_before_a_dateline_is_no_stamp() -> None:
    text = f"Kerusuhan disebut terjadi pada Sabtu, 11 November 2017 15:35 WIB Manado (ANTARA) - {LEDE}"
    page = clean(f"{text}\n")
    assert page.published is None


def test_a_stop_inside_the_words_before_the_stamp_is_no_headline() -> None:
    head = "Warga berkumpul. Kerusuhan disebut terjadi Sabtu, 11 November 2017 15:35 WIB"
    text = f"{head} Manado (ANTARA) - {LEDE}"
    page = clean(f"{text}\n")
    assert page.published is None
