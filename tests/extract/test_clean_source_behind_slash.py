"""The source's label behind a slash closes the writer's name (issue 15, GUIDELINES §1: the
reporter is the byline, the source is not): `Penulis: Name/SumberAFP` (the label glued to the
source), `(Name/SumberBPOM)` closing the paragraph, and an unlabelled closing credit
`Name/Sumber: Reuters` after the last sentence. A slash in the body, reporters' codes (`(ant/red)`),
an agency before a photo credit, a quoted credit and a name inside a sentence give no byline.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

BODY = (
    "Badan antariksa itu meluncurkan satelit cuaca baru dari pulau di selatan negeri itu. Satelit "
    'tersebut akan memantau badai di samudra selama lima tahun, kata juru bicaranya."'
)


def test_a_source_label_glued_after_the_slash_ends_the_labelled_writer() -> None:
    page = clean(f"{BODY} Penulis: Wahyu Pratama/SumberReuters\n")
    assert page.byline == "Wahyu Pratama"
    assert page.text == BODY


def test_a_source_label_glued_after_the_slash_in_brackets_ends_the_writer() -> None:
    page = clean(f"{BODY} (Sinta Maharani Putri/SumberBMKG)\n")
    assert page.byline == "Sinta Maharani Putri"
    assert page.text == BODY


def test_an_unlabelled_writer_before_the_source_label_is_the_byline() -> None:
    credit = "Wahyu Pratama/Sumber: Reuters"
    page = clean(f"{BODY} {credit}\n")
    assert page.byline == "Wahyu Pratama"
    assert page.text == BODY
    assert page.boilerplate == (Boilerplate(line=1, text=credit, kind="byline"),)


def test_a_spaced_slash_and_colon_keep_the_writer() -> None:
    page = clean(f"{BODY} Wahyu Pratama / Sumber : AFP\n")
    assert page.byline == "Wahyu Pratama"


def test_reporters_codes_after_a_slash_stay_the_byline() -> None:
    page = clean(f"{BODY} (wpr/red)\n")
    assert page.byline == "wpr/red"


def test_an_agency_before_a_photo_label_is_no_writer() -> None:
    page = clean(f"{BODY} (Antara/Foto: Sinta)\n")
    assert page.byline is None


def test_a_slash_inside_a_sentence_is_body() -> None:
    text = (
        f"{BODY} Data Wahyu Pratama/Sumber: arsip lembaga itu menunjukkan kenaikan suhu laut "
        "selama sepuluh tahun terakhir."
    )
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text


def test_a_name_before_a_slash_and_more_words_is_body() -> None:
    text = f"{BODY} Menurut Wahyu Pratama/Sumber: peneliti di lembaga itu, satelit itu bekerja baik."
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text


@pytest.mark.parametrize(
    "tail",
    ["Grafik Inflasi/Sumber: BPS", "(Bank Indonesia/Sumber: BI)", "(Kota Bogor/SumberData)"],
    ids=["a-chart-caption", "a-body-in-brackets", "a-place-in-brackets"],
)
def test_what_names_no_person_before_the_source_is_no_writer(tail: str) -> None:
    page = clean(f"{BODY} {tail}\n")
    assert page.byline is None
    assert page.text.endswith(tail)
