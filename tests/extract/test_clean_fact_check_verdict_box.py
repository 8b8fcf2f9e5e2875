"""A fact-check's verdict box closing the article (issue 15, GUIDELINES §1: related-article teasers
are boilerplate): `Klaim: <claim> Rating: <verdict>` after the last sentence, with the embedded
posts and the desk's headlines of other checks after it (`Cek fakta: Hoaks! …`), is cut up to
the closing credit, which stays the byline. A claim and rating higher up, with the article's own
words after them, stay body.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Boilerplate

BODY = (
    "Jakarta (ANTARA/JACX) - Sebuah unggahan di media sosial mengklaim bahwa pemerintah membagikan "
    "sepeda motor gratis kepada warga yang mengisi formulir daring. Penelusuran menunjukkan tautan "
    "itu mengarah ke situs tiruan. Kementerian terkait memastikan tidak pernah membuat program "
    "tersebut dan meminta warga tidak mengisi data pribadi."
)
BOX = (
    "Klaim: Pemerintah bagikan sepeda motor gratis lewat formulir daring Rating: Hoaks "
    "Cek fakta: Hoaks! Pesan berantai undian mobil dari bank daerah "
    "Cek fakta: Hoaks! Video banjir bandang di kota pesisir"
)


def test_the_closing_verdict_box_is_cut_and_the_credit_stays_the_byline() -> None:
    page = clean(f"{BODY} {BOX} Pewarta: Tim Cek Data\n")
    assert page.text == BODY
    assert Boilerplate(line=1, text=BOX, kind="related") in page.boilerplate
    assert page.byline == "Tim Cek Data"


def test_a_verdict_box_alone_at_the_end_is_cut() -> None:
    box = "Klaim: Pemerintah bagikan sepeda motor gratis lewat formulir daring Rating: Disinformasi"
    page = clean(f"{BODY} {box}\n")
    assert page.text == BODY
    assert Boilerplate(line=1, text=box, kind="related") in page.boilerplate


def test_a_claim_and_rating_above_the_article_stay_body() -> None:
    opening = "Klaim: Pemerintah bagikan sepeda motor gratis Rating: Hoaks. " + " ".join([BODY] * 4)
    text = f"Warga diminta waspada. {opening}"
    page = clean(text + "\n")
    assert "Klaim: Pemerintah bagikan sepeda motor gratis Rating: Hoaks." in page.text


def test_a_claim_without_a_rating_stays_body() -> None:
    text = f"{BODY} Klaim: pesan itu dikirim dari nomor resmi, kata warga yang menerimanya."
    page = clean(text + "\n")
    assert page.text == text
