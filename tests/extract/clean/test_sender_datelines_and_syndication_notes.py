"""Datelines naming the sending body after the place, and syndication notes in title case
(meta6): what they give, and what stays as it was."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, Dateline

TITLE = "KPU Tetapkan Daftar Pemilih Tetap Pilkada"
SENTENCE = (
    "Komisi Pemilihan Umum Kabupaten menetapkan 1,9 juta pemilih dalam rapat pleno terbuka di aula "
    "kantornya, Senin (4/3/2024)."
)


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("Garut KPU –", "Garut"),
        ("GARUT KPU –", "Garut"),
        ("Cianjur Bawaslu -", "Cianjur"),
        ("Bekasi BPBD -", "Bekasi"),
        ("Sumenep Polres –", "Sumenep"),
        ("Tasikmalaya Diskominfo -", "Tasikmalaya"),
        # an administrative word before the region's name stays the place's
        ("Kabupaten Garut KPU –", "Kabupaten Garut"),
        # a province's initials after the place name where it lies, as after a comma
        ("KUPANG NTT -", "Kupang"),
        ("Kota Sorong PBD –", "Kota Sorong"),
    ],
)
def test_a_body_or_a_province_after_a_known_region_leave_the_region_the_place(head: str, place: str) -> None:
    lede = f"{head} {SENTENCE}"
    page = clean(f"{TITLE}\n{lede}\n")
    assert page.dateline == Dateline(place=place, outlet=None)
    assert page.text == lede


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        # a masthead named after its region, a region's own name, a listed masthead
        ("Bali Kini –", Dateline(place=None, outlet="Bali Kini")),
        ("Jakarta Pusat –", Dateline(place="Jakarta Pusat", outlet=None)),
        ("Riau Pos –", Dateline(place=None, outlet="Riau Pos")),
        # initials after a region that are no body's short name stay the outlet's
        ("Pasaman Barat PN—", Dateline(place="Pasaman Barat", outlet="PN")),
        ("Kota Bima RU –", Dateline(place="Kota Bima", outlet="RU")),
        # a body before the region is the sender alone: no dateline
        ("Polres Garut –", None),
    ],
)
def test_datelines_with_no_body_after_the_region_are_as_before(head: str, dateline: Dateline | None) -> None:
    page = clean(f"{TITLE}\n{head} {SENTENCE}\n")
    assert page.dateline == dateline


def test_a_syndication_note_in_title_case_closing_the_article_is_related_furniture() -> None:
    body = (
        "TRIBUNNEWS.COM, JAKARTA - PT Pelabuhan Indonesia I menyediakan 4.750 tiket mudik gratis bagi "
        "warga yang pulang kampung menjelang Lebaran."
    )
    note = (
        "Berita Ini Sudah Dipublikasikan di KONTAN, dengan judul: Pelindo I sediakan 4.750 tiket mudik gratis"
    )
    page = clean(f"{body} {note}")
    assert page.text == body
    assert page.boilerplate == (Boilerplate(line=1, text=note, kind="related"),)


@pytest.mark.parametrize(
    "text",
    [
        # the words in a sentence, lowercase: a report on publishing, no note
        "Redaksi menyatakan berita ini sudah dipublikasikan ulang dengan koreksi pada paragraf kedua.",
        "Ia mengatakan data itu dipublikasikan di laman resmi kementerian, Senin (4/3/2024).",
    ],
)
def test_publishing_words_in_a_sentence_stay_body(text: str) -> None:
    assert clean(text).text == text


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("DARUBA, OT -", Dateline(place="Daruba", outlet="OT")),
        ("KENDARI, BP –", Dateline(place="Kendari", outlet="BP")),
        ("BANJARMASIN, BBCOM -", Dateline(place="Banjarmasin", outlet="BBCOM")),
        # capitals run into lowercase letters in one word
        ("KABUPATEN BIMA,OBORbima –", Dateline(place="Kabupaten Bima", outlet="OBORbima")),
        # a masthead named as an encyclopaedia, in one word
        ("JATIMPEDIA, Sumenep –", Dateline(place="Sumenep", outlet="Jatimpedia")),
        # a known region glued by a dot before the site's domain
        ("Ambon.malukubarunews.com—", Dateline(place="Ambon", outlet="malukubarunews.com")),
        ("BIMA.OBORBIMA.ID –", Dateline(place="Bima", outlet="Oborbima.id")),
        # the place's capital glued after the domain's ending
        ("Melanesiatimes.comKota Sorong –", Dateline(place="Kota Sorong", outlet="Melanesiatimes.com")),
    ],
)
def test_a_mastheads_initials_after_the_place_name_the_outlet(head: str, dateline: Dateline) -> None:
    lede = f"{head} {SENTENCE}"
    page = clean(f"{TITLE}\n{lede}\n")
    assert page.dateline == dateline
    assert page.text == lede


@pytest.mark.parametrize(
    ("head", "place"),
    [
        # a listed body's short name after the place sends the release, a province's names the place's
        # province: no outlet
        ("JAKARTA, KPK –", "Jakarta"),
        ("SEMARANG, TNI -", "Semarang"),
        ("KUPANG, NTT -", "Kupang"),
        ("BANDUNG, JABAR -", "Bandung"),
    ],
)
def test_a_body_or_a_region_after_the_place_is_no_outlet(head: str, place: str) -> None:
    page = clean(f"{TITLE}\n{head} {SENTENCE}\n")
    assert page.dateline == Dateline(place=place, outlet=None)


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        # a word that is no known region before the dot: the whole is the site's name
        ("Kab.Bogor –", Dateline(place="Kab.Bogor", outlet=None)),
        ("Detik.com –", Dateline(place=None, outlet="Detik.com")),
        ("Bali.com –", Dateline(place=None, outlet="Bali.com")),
        # a region in lowercase before the dot is the site's address
        ("ntt.tribratanews.com, -", Dateline(place=None, outlet="ntt.tribratanews.com")),
        # words glued after the domain that are no known region stay the masthead's
        ("Warta.idBerita Terkini –", Dateline(place=None, outlet="Warta.idBerita Terkini")),
    ],
)
def test_a_dotted_name_with_no_region_and_domain_apart_is_as_before(head: str, dateline: Dateline) -> None:
    page = clean(f"{TITLE}\n{head} {SENTENCE}\n")
    assert page.dateline == dateline


@pytest.mark.xfail(strict=True, reason="humas is no word of the org list: Garut Humas reads as a masthead")
def test_a_press_office_after_the_region_is_the_sender() -> None:
    page = clean(f"{TITLE}\nGarut Humas – {SENTENCE}\n")
    assert page.dateline == Dateline(place="Garut", outlet=None)


@pytest.mark.xfail(strict=True, reason="pondok opens a boarding school's name in the org list: no place")
def test_a_shouted_district_opened_by_pondok_is_the_place() -> None:
    page = clean(f"{TITLE}\nPONDOK SUGUH – {SENTENCE}\n")
    assert page.dateline == Dateline(place="Pondok Suguh", outlet=None)


@pytest.mark.xfail(strict=True, reason="Berita Populer opens a related box: the headline is cut")
def test_a_headline_opened_by_berita_populer_over_the_date_is_the_title() -> None:
    head = "Berita Populer Bengkulu Selatan 12-17 Januari 2026: Pelantikan Sekda hingga Penemuan Bayi"
    lede = (
        "TRIBUNBENGKULU.COM, BENGKULU SELATAN - Sejumlah peristiwa penting dan menarik mewarnai Bengkulu "
        "Selatan sepanjang periode 12 hingga 17 Januari 2026."
    )
    page = clean(f"{head}\nJanuary 17, 2026 05:33 PM\n\n{lede}\n")
    assert page.title == head


LAST = "Namanya tetap menjadi salah satu pevoli Indonesia yang paling diminati klub luar negeri."


def test_a_related_headline_before_the_desks_initials_leaves_them_the_byline() -> None:
    teaser = ": Markas Baru Megawati Hangestri, Kini Gabung Klub Voli Turki"
    page = clean(f"{LAST} {teaser} (mcy/krs)")
    assert (page.text, page.byline) == (LAST, "mcy/krs")
    assert page.boilerplate == (
        Boilerplate(line=1, text=teaser, kind="related"),
        Boilerplate(line=1, text="(mcy/krs)", kind="byline"),
    )


@pytest.mark.parametrize(
    "teaser",
    [
        ": Markas Baru Megawati Hangestri, Kini Gabung Klub Voli Turki",
        # a word in brackets inside the headline is the headline's
        ": Markas Baru Megawati (Turki) Kini Gabung Klub Voli",
    ],
)
def test_a_related_headline_with_no_initials_after_it_is_cut_whole(teaser: str) -> None:
    page = clean(f"{LAST} {teaser}")
    assert (page.text, page.byline) == (LAST, None)
    assert page.boilerplate == (Boilerplate(line=1, text=teaser, kind="related"),)
