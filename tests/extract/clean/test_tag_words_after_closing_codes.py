"""The site's tag words in lowercase after the reporters' slashed codes that close an article kept
on one line (issue 15): the tags are boilerplate, the codes the byline, and a related video
teaser before the codes ends at them, its last word no body word.

Invented article on one line, as a corpus of cleaned text holds it.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, LineKind

BODY = (
    "Kalianda - Seorang pria di Lampung Selatan ditangkap polisi karena mencuri sapi milik "
    "tetangganya pada Senin malam. Pelaku kini ditahan di Mapolres untuk pemeriksaan lebih lanjut "
    "oleh penyidik."
)
TEASER = (
    "Baca juga: Warga Lampung Selatan Tangkap Pencuri Sapi di Kandang "
    "Video: Polisi Tangkap Pencuri Sapi di Lampung"
)
TAGS = "pencurian sapi lampung selatan polres"


def test_tags_after_the_codes_leave_the_byline_and_the_teaser_whole() -> None:
    page = clean(f"{BODY} {TEASER} (abc/fay) {TAGS}\n")
    assert page.text == BODY
    assert page.byline == "abc/fay"
    assert page.dateline is not None and page.dateline.place == "Kalianda"
    assert set(page.boilerplate) == {
        Boilerplate(line=1, text=TAGS, kind=LineKind.TAGS),
        Boilerplate(line=1, text=TEASER, kind=LineKind.RELATED),
        Boilerplate(line=1, text="(abc/fay)", kind=LineKind.BYLINE),
    }


def test_tags_after_the_codes_with_no_teaser() -> None:
    page = clean(f"{BODY} (abc/fay) {TAGS}\n")
    assert page.text == BODY
    assert page.byline == "abc/fay"


@pytest.mark.parametrize(
    "tail",
    [
        "(Kalianda) pencurian sapi lampung selatan",  # a place in brackets, no reporters' codes
        "(abc/fay) Pencurian Sapi Lampung Selatan",  # capitalised words: no tag strip
        "(abc/fay) sapi",  # one word after the codes
    ],
    ids=["bracketed-word", "capitalised-words", "one-word"],
)
def test_no_tags_without_codes_and_lowercase_words(tail: str) -> None:
    page = clean(f"{BODY} {tail}\n")
    assert not any(b.kind == LineKind.TAGS for b in page.boilerplate)


LONG_TEASER = (
    "Baca juga: Usai Didemo Peternak, Bupati Tetapkan Harga Sapi Rp 1.250 per Kg "
    "Video: Tertangkap! Ini Wajah Pencuri Sapi di Kalianda "
    "Video: Tertangkap! Ini Wajah Pencuri Sapi di Kalianda"
)


def test_a_long_teaser_runs_on_to_the_codes() -> None:
    page = clean(f"{BODY} {LONG_TEASER} (abc/fay) {TAGS}\n")
    assert page.text == BODY
    assert page.byline == "abc/fay"
    assert Boilerplate(line=1, text=LONG_TEASER, kind=LineKind.RELATED) in page.boilerplate


def test_a_sentence_between_the_teaser_and_the_codes_stays_body() -> None:
    after = "Polisi masih memburu dua pelaku lain yang kabur ke arah hutan."
    page = clean(f"{BODY} Baca juga: Warga Tangkap Pencuri Sapi di Kandang {after} (abc/fay)\n")
    assert page.text == f"{BODY} {after}"
    assert page.byline == "abc/fay"
