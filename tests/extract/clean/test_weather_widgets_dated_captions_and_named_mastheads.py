"""Page shapes of regional papers of Kalimantan, Kepri, Jambi and Sumsel, regency press offices and
religious-affairs news sites (issue 15, meta18): a weather widget's date in the header bar (the
reading, the city, today's date) dates no article; a scene closed by its weekday and bracketed day
right above a lede opening with its dateline is the photo's caption (or the lede's teaser); a
masthead named after its region before the place and its comma, or both in one bracket, gives the
outlet and the place; a credit's name closed by the writer's post in brackets, or labelled for both
writer and editor, is the byline.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pemkab Salurkan Bantuan Bibit Karet kepada Petani Desa Terpencil"
LEDE = (
    "Pemerintah kabupaten menyalurkan dua ribu batang bibit karet kepada kelompok tani di empat "
    "desa terpencil, Senin (4/3/2024)."
)
LAST = '"Bibit ini kami harapkan segera ditanam sebelum musim hujan," kata Kepala Dinas Rudi Hartono.'


@pytest.mark.parametrize(
    "reading", ["28 C", "26.5 C", "27°C", "31 °C"], ids=["whole", "tenths", "degree", "spaced-degree"]
)
def test_a_weather_widgets_date_dates_no_article(reading: str) -> None:
    page = clean(f"{reading}\nSampit\nKamis, 18 Desember 2025\n\n{TITLE}\n\nSAMPIT - {LEDE}\n\n{LAST}")
    assert (page.title, page.published, page.text) == (TITLE, None, f"SAMPIT - {LEDE}\n{LAST}")
    assert "Kamis, 18 Desember 2025" in [b.text for b in page.boilerplate]


def test_a_date_line_with_no_weather_reading_beside_it_dates_the_page() -> None:
    page = clean(f"Sampit\nKamis, 18 Desember 2025\n\n{TITLE}\n\nSAMPIT - {LEDE}\n\n{LAST}")
    assert (page.published, page.text) == ("2025-12-18", f"SAMPIT - {LEDE}\n{LAST}")


@pytest.mark.parametrize(
    "scene",
    [
        "Suasana penyerahan bibit karet di halaman kantor dinas pertanian, Senin (4/3/2024).",
        "Kepala dinas menyerahkan bibit kepada ketua kelompok tani di Desa Sungai Ulin, Senin, (4/3/2024).",
        "Suasana penyerahan bibit karet di halaman kantor dinas, Jumat (1/3)",
    ],
    ids=["scene", "comma-before-bracket", "day-and-month"],
)
def test_a_scene_dated_to_its_day_above_the_datelined_lede_is_a_caption(scene: str) -> None:
    page = clean(f"{TITLE}\n\n{scene}\n\nMUARA TEWEH – {LEDE}\n\n{LAST}")
    assert page.title == TITLE
    assert page.text == f"MUARA TEWEH – {LEDE}\n{LAST}"
    assert page.dateline == Dateline(place="Muara Teweh", outlet=None)
    assert scene in [b.text for b in page.boilerplate]


@pytest.mark.parametrize(
    "above",
    [
        # a standfirst names no weekday and day: it stays (GUIDELINES §1 lists no standfirst)
        "Bantuan bibit diharapkan menambah penghasilan petani di desa terpencil tahun ini.",
        # closed by a bracketed day after a word that is no weekday
        "Petani menerima bibit karet unggul dari dinas pertanian kabupaten (4/3).",
    ],
    ids=["standfirst", "no-weekday"],
)
def test_a_line_above_the_lede_not_dated_by_its_weekday_stays(above: str) -> None:
    page = clean(f"{TITLE}\n\n{above}\n\nMUARA TEWEH – {LEDE}\n\n{LAST}")
    assert page.text == f"{above}\nMUARA TEWEH – {LEDE}\n{LAST}"


def test_a_dated_paragraph_above_a_lede_with_no_dateline_stays() -> None:
    first = "Kepala dinas menyerahkan bibit kepada ketua kelompok tani di balai desa, Senin (4/3/2024)."
    second = "Penyaluran bibit tahap kedua akan dilakukan bulan depan di tiga kecamatan lainnya."
    page = clean(f"{TITLE}\n\n{first}\n\n{second}\n\n{LAST}")
    assert page.text == f"{first}\n{second}\n{LAST}"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Palawa Kalteng, Muara Teweh –", Dateline(place="Muara Teweh", outlet="Palawa Kalteng")),
        ("Sinarta Jambi, Muara Bungo –", Dateline(place="Muara Bungo", outlet="Sinarta Jambi")),
        ("(Matra, Muara Teweh) –", Dateline(place="Muara Teweh", outlet="Matra")),
    ],
    ids=["named-after-province", "named-after-another-region", "one-bracket"],
)
def test_a_masthead_before_the_place_and_its_comma(opening: str, dateline: Dateline) -> None:
    page = clean(f"{TITLE}\n\n{opening} {LEDE}\n\n{LAST}")
    assert (page.dateline, page.text) == (dateline, f"{opening} {LEDE}\n{LAST}")


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        # a village before its regency is a place, not a masthead
        ("Desa Lahei Barito, Muara Teweh –", Dateline(place="Desa Lahei Barito", outlet=None)),
        ("Kota Sampit, Kalteng Pos –", Dateline(place="Kota Sampit", outlet="Kalteng Pos")),
    ],
    ids=["village-first", "place-first"],
)
def test_a_place_first_stays_the_place(opening: str, dateline: Dateline) -> None:
    page = clean(f"{TITLE}\n\n{opening} {LEDE}\n\n{LAST}")
    assert page.dateline == dateline


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Penulis/Fotografer: Dimas Saputra (Tenaga Ahli Peliput)", "Dimas Saputra"),
        ("Penulis / Editor : Wahyu Pratama Nugraha (Pranata Humas Ahli Muda)", "Wahyu Pratama Nugraha"),
        ("Penulis / Editor : Wahyu Pratama Nugraha", "Wahyu Pratama Nugraha"),
        ("Penulis: Dimas Saputra (ant/rh)", "Dimas Saputra (ant/rh)"),
    ],
    ids=["post-in-brackets", "writer-and-editor", "writer-and-editor-bare", "codes-stay"],
)
def test_a_credit_closed_by_the_writers_post(credit: str, byline: str) -> None:
    page = clean(f"{credit}\nEditor: Sinta Maharani\n{LEDE}\n{LAST}")
    assert (page.byline, page.text) == (byline, f"{LEDE}\n{LAST}")


@pytest.mark.parametrize("prompt", ["SCROLL TO RESUME CONTENT", "Scroll untuk lanjut membaca"])
def test_a_scroll_prompt_between_paragraphs_is_an_ad_slot(prompt: str) -> None:
    page = clean(f"{TITLE}\n\nSAMPIT - {LEDE}\n\n{prompt}\n\n{LAST}")
    assert page.text == f"SAMPIT - {LEDE}\n{LAST}"


def test_a_papuan_papers_bare_masthead_after_the_place() -> None:
    page = clean(f"{TITLE}\n\nMerauke, Jubi – {LEDE}\n\n{LAST}")
    assert page.dateline == Dateline(place="Merauke", outlet="Jubi")


def test_an_archives_span_of_two_dates_dates_no_article() -> None:
    archive = "03/04/2024 - 04/04/2024 - WARTA SAMPIT"
    page = clean(f"{archive}\n\nKamis, 4 April 2024\n\n{TITLE}\n\n{LEDE}\n\n{LAST}")
    assert (page.title, page.published) == (TITLE, "2024-04-04")


def test_a_desk_code_with_the_reporters_number_closes_the_article() -> None:
    closing = f"{LAST} (red/04)\n\nRelated Posts\n\nPasar Murah Digelar di Tujuh Kecamatan"
    page = clean(f"{TITLE}\n\nSAMPIT - {LEDE}\n\n{closing}")
    assert (page.byline, page.text) == ("red/04", f"SAMPIT - {LEDE}\n{LAST}")


def test_a_bracketed_year_range_is_no_code() -> None:
    closing = "Program ini berjalan sejak periode pertama bupati (2019/2024)."
    page = clean(f"{TITLE}\n\nSAMPIT - {LEDE}\n\n{closing}")
    assert (page.byline, page.text) == (None, f"SAMPIT - {LEDE}\n{closing}")


def test_a_collections_box_heading_is_no_headline() -> None:
    page = clean(f"Kumpulan Berita DPRD Kalteng\n\n{LEDE}\n\n{LAST}")
    assert (page.title, page.text) == (None, f"{LEDE}\n{LAST}")


def test_a_caption_labelled_teks_foto_is_no_headline() -> None:
    caption = "Teks foto : Bupati menyerahkan bibit karet kepada ketua kelompok tani."
    page = clean(f"{caption}\nMuara Teweh - {LEDE}\n{LAST}")
    assert (page.title, page.text) == (None, f"Muara Teweh - {LEDE}\n{LAST}")
    assert page.dateline == Dateline(place="Muara Teweh", outlet=None)
