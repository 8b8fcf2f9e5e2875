"""A sentence-case teaser's headline ends within a headline's reach (issue 15): over news-raw the
headlines that several pages glue before different body text run 4 to 23 words, nearly all 16 or
fewer; the reach is 20 words, since a reach of 23 reads no more of them right over news-raw and
cuts three pages' body sentences. A reading that finds its end further on has run into the body's
next sentence and would cut it in two (`… Duta Besar Luar Biasa dan Berkuasa Penuh RI untuk |
Tiongkok bertemu …`), so it finds no end there and the body sentence stays whole; a headline within
reach is still cut where the body resumes. Pages without a teaser give nothing.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline

LEDE = "JAKARTA – Kementerian Pekerjaan Umum menyiapkan tiga proyek air bersih di Kabupaten Lebak, Banten."
BEFORE = "Pemerintah menargetkan proyek itu selesai tahun depan."
# the body's sentence opens with a title and a name, sentence case gives no sign where: the reading
# runs on to a capitalised place after `untuk`, 27 words after the marker
FAR_HEADLINE = "Menteri PUPR undang investor dalam proyek air di Indonesia"
FAR_BODY = (
    "Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono dan Duta Besar Luar Biasa dan "
    "Berkuasa Penuh RI untuk Tiongkok bertemu di Beijing pada Senin."
)
# ... 22 words after the marker: past the reach of 20, so it finds no end (a reach of 23 cut there)
NEAR_BODY = (
    "Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono dan Duta Besar RI untuk Tiongkok "
    "bertemu di Beijing pada Senin."
)
NAMES = (
    "Hadir Bupati Lebak Hasbi Jayabaya, Sekda Budi Santoso, Kepala Dinas PUPR Irvan Suyatupika dan Camat "
    "Rangkasbitung Ahmad Jaelani."
)


def test_a_sentence_case_reading_past_a_headlines_reach_cuts_no_body_sentence() -> None:
    page = clean(f"{LEDE}\n{BEFORE} Baca juga: {FAR_HEADLINE} {FAR_BODY}\n")
    assert page.text.startswith(f"{LEDE}\n{BEFORE} ")
    assert page.text.endswith(FAR_BODY)
    assert all(FAR_BODY[:40] not in b.text for b in page.boilerplate)


# news-raw: 3 readings of 21 to 23 words that end inside the body's sentence (`… Duta Besar RI untuk
# | Tiongkok …`), which a reach of 23 would cut
def test_a_reading_of_22_words_into_the_body_cuts_no_body_sentence() -> None:
    page = clean(f"{LEDE}\n{BEFORE} Baca juga: {FAR_HEADLINE} {NEAR_BODY}\n")
    assert page.text.endswith(NEAR_BODY)


# the known miss the reach leaves: the longest headlines (21 to 23 words) stay glued to the body
@pytest.mark.xfail(strict=True, reason="a sentence-case headline of 21 to 23 words is past the reach of 20")
def test_a_23_word_headline_is_cut_whole() -> None:
    # the longest headline several pages glue before different body text runs 23 words
    teaser = (
        "Baca juga: Pemerintah pastikan stok beras aman hingga akhir tahun meski harga gabah di tingkat "
        "petani terus naik sejak awal musim kemarau panjang tahun ini"
    )
    body = "Sementara itu, harga beras di pasar tradisional mulai turun."
    page = clean(f"{LEDE}\n{BEFORE} {teaser} {body}\n")
    assert (page.title, page.dateline, page.byline, page.published) == (
        None,
        Dateline(place="Jakarta", outlet=None),
        None,
        None,
    )
    assert page.text == f"{LEDE}\n{BEFORE} {body}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(2, teaser, LineKind.RELATED)]


# the known miss that the reach leaves: the headline before such a sentence stays glued to it
@pytest.mark.xfail(
    strict=True, reason="sentence-case teaser: no sign where a title and a name resume the body"
)
def test_a_headline_before_a_body_sentence_that_opens_with_a_title_is_cut_whole() -> None:
    teaser = f"Baca juga: {FAR_HEADLINE}"
    page = clean(f"{LEDE}\n{BEFORE} {teaser} {FAR_BODY}\n")
    assert page.text == f"{LEDE}\n{BEFORE} {FAR_BODY}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(2, teaser, LineKind.RELATED)]


def test_a_headline_within_reach_is_still_cut_where_the_body_resumes() -> None:
    teaser = "Baca juga: Bulog jamin stok beras aman hingga akhir tahun"
    body = "Sementara itu, harga beras di pasar tradisional mulai turun."
    page = clean(f"{LEDE}\n{BEFORE} {teaser} {body}\n")
    assert page.text == f"{LEDE}\n{BEFORE} {body}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(2, teaser, LineKind.RELATED)]


@pytest.mark.parametrize(
    "text",
    [
        # a body sentence without its final stop inside a paragraph stored as one line
        f"{LEDE} {FAR_BODY[:-1]} {BEFORE}",
        # a quoted sentence
        f'{LEDE}\n{BEFORE} "Kami juga meminta Menteri Pekerjaan Umum dan Perumahan Rakyat meninjau '
        'proyek itu," kata Bupati.',
        # a list of names that is body, a sentence after it
        f"{LEDE}\n{NAMES}\n{BEFORE}",
        # … and as the page's last paragraph: read as navigation (the open class of
        # test_unseen_closers_and_mastheads.py)
        pytest.param(
            f"{LEDE}\n{NAMES}",
            marks=pytest.mark.xfail(
                strict=True, reason="a last paragraph of titles and names reads as navigation"
            ),
        ),
    ],
    ids=["unstopped-sentence", "quoted-sentence", "names-list", "names-list-last"],
)
def test_a_page_without_a_teaser_gives_nothing(text: str) -> None:
    page = clean(f"{text}\n")
    assert page.text == text
    assert page.boilerplate == ()


def test_a_one_line_article_gives_nothing() -> None:
    page = clean(f"{LEDE} {FAR_BODY}\n")
    assert page.text == f"{LEDE} {FAR_BODY}"
    assert page.boilerplate == ()
