"""What a scraper left of a related headline closing the article (issue 15, GUIDELINES §1): a
`Baca juga` link's headline after a bare colon that a hashtag opens (`: #TanyaPakar …`), and a
video title's last words up to the closing quote and colon before the desk's initials (`… Pasar':
(abc/abc)`): both are cut, the initials stay the byline. A colon inside the body's sentence stays.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Boilerplate

BODY = "JAKARTA - Harga cabai rawit di Pasar Induk Kramat Jati naik dua kali lipat sejak awal pekan."
LAST = "Pedagang berharap pasokan dari Garut kembali normal pekan depan, kata Anggi."


def test_a_hashtag_headline_after_a_bare_colon_is_cut() -> None:
    teaser = ": #TanyaPakar Harga Cabai Naik Lagi, Apa Penyebabnya?"
    page = clean(f"{BODY} {LAST} {teaser}\n")
    assert page.text == f"{BODY} {LAST}"
    assert page.boilerplate == (Boilerplate(line=1, text=teaser, kind="related"),)


def test_a_video_title_remnant_before_the_initials_is_cut() -> None:
    remnant = "Cabai' yang Viral di Pasar Induk':"
    page = clean(f"{BODY} {LAST} {remnant} (abc/abc)\n")
    assert page.text == f"{BODY} {LAST}"
    assert page.boilerplate == (
        Boilerplate(line=1, text=remnant, kind="related"),
        Boilerplate(line=1, text="(abc/abc)", kind="byline"),
    )
    assert page.byline == "abc/abc"


def test_a_colon_inside_the_sentence_stays() -> None:
    rest = "Ia menyebut dua penyebab: #cuaca buruk dan jalan yang rusak di jalur selatan."
    page = clean(f"{BODY} {rest}\n")
    assert page.text == f"{BODY} {rest}"
    assert page.boilerplate == ()
