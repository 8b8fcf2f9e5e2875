"""Page furniture and metadata of regional pages, session 9 second round.

A related article's headline standing alone between two paragraphs, its `Baca juga` dropped by the
scraper, names people, places or numbers the page says nowhere else; a subheading names what the
paragraphs under it tell, and stays. A reporter's name alone in brackets after the credit label
(`Reporter ( Budi )`) is the byline. A dateline whose known region keeps a word in lowercase
(`Tulang Bawang barat (SL)-`) gives the region; so does a shouted place in brackets after the
outlet's dash (`Buser24.com- (SUKAMAJU)`) and a known region before a masthead of two words (`Ruteng
Vox NTT -`). A prompt to buy closing the last paragraph (`Yuk beli tiket … !`) is ad copy. The texts
are written in the style of the pages read, not copied from them.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline

TITLE = "Pemkab Gelar Pasar Murah di Kecamatan Sukamaju Jelang Lebaran"
FIRST = (
    "Pemerintah Kabupaten Lampung Selatan menggelar pasar murah di halaman Kantor Camat Sukamaju, "
    "Senin (12/5/2025). Sebanyak 2.000 paket sembako dijual dengan harga di bawah pasaran."
)
SECOND = (
    "Kepala Dinas Perdagangan Lampung Selatan, Rina Wulandari, mengatakan pasar murah digelar untuk "
    "menekan harga kebutuhan pokok menjelang Lebaran. “Kami ingin warga tidak terbebani,” ujarnya."
)
THIRD = (
    "Warga tampak antre sejak pagi. Menurut Rina, pasar murah akan digelar bergiliran di setiap "
    "kecamatan hingga akhir bulan dengan harga beras Rp 10.000 per kilogram."
)


def _page(middle: str) -> str:
    return "\n\n".join([TITLE, FIRST, SECOND, middle, THIRD]) + "\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Wagub Hendrawan Tinjau Banjir Rob di Pesisir Teluk Betung",
        "125 Rumah Warga Tanggamus Terendam Luapan Sungai",
    ],
    ids=["a-person-and-a-place", "a-number-and-a-region"],
)
def test_a_lone_headline_naming_what_the_page_never_names_is_a_related_link(headline: str) -> None:
    page = clean(_page(headline))
    assert page.text == "\n".join([FIRST, SECOND, THIRD])
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [
        (1, TITLE, LineKind.TITLE),
        (7, headline, LineKind.RELATED),
    ]
    assert page.title == TITLE


@pytest.mark.parametrize(
    "subheading",
    [
        "Dinas Perdagangan Pastikan Harga Beras Terjangkau",
        "Harapan Warga",
        "Warga Sukamaju Antre Sejak Pagi",
        "Pasar Murah Digelar Bergiliran di Kecamatan Lain",
        "Sempat Ricuh di Pintu Masuk",
    ],
    ids=["names-of-the-paragraphs", "short", "place-of-the-page", "words-of-the-page", "one-new-word"],
)
def test_a_subheading_naming_what_the_paragraphs_tell_stays(subheading: str) -> None:
    page = clean(_page(subheading))
    assert page.text == "\n".join([FIRST, SECOND, subheading, THIRD])
    assert page.title == TITLE


def test_a_lone_headline_under_a_paragraph_announcing_a_list_stays() -> None:
    second = SECOND.replace("“Kami ingin warga tidak terbebani,” ujarnya.", "Berikut lokasi berikutnya:")
    line = "Kecamatan Tanjung Bintang Jalan Raya Sribhawono Nomor 12"
    page = clean("\n\n".join([TITLE, FIRST, second, line, THIRD]) + "\n")
    assert page.text == "\n".join([FIRST, second, line, THIRD])


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Reporter ( Budi Santoso )", "Budi Santoso"),
        ("Reporter (Budi)", "Budi"),
        ("Penulis : ( Rina Wulandari )", "Rina Wulandari"),
        ("Reporter (Kontributor)", None),
    ],
    ids=["spaces-inside", "no-spaces", "after-a-colon", "a-role-no-name"],
)
def test_a_name_alone_in_brackets_after_the_credit_label_is_the_byline(
    credit: str, byline: str | None
) -> None:
    page = clean("\n\n".join([TITLE, FIRST, SECOND, credit]) + "\n")
    assert page.text == "\n".join([FIRST, SECOND])
    assert page.byline == byline


LEDE = (
    "Pemerintah kabupaten menyalurkan bantuan beras kepada 2.500 keluarga penerima manfaat, "
    "Senin (12/5/2025)."
)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Tulang Bawang barat (SL)- ", Dateline(place="Tulang Bawang Barat", outlet="SL")),
        ("Lampung selatan – ", Dateline(place="Lampung Selatan", outlet=None)),
    ],
    ids=["region-with-initials", "region-alone"],
)
def test_a_known_region_with_a_word_left_lowercase_opens_the_lede(opening: str, dateline: Dateline) -> None:
    page = clean("\n".join([TITLE, opening + LEDE, SECOND]) + "\n")
    assert page.dateline == dateline
    assert page.text == "\n".join([opening.rstrip() + " " + LEDE, SECOND])


@pytest.mark.parametrize(
    "opening",
    ["Dalam rangka hari jadi – ", "Kota baru kami – "],
    ids=["a-phrase", "no-region"],
)
def test_lowercase_words_that_are_no_region_give_no_dateline(opening: str) -> None:
    page = clean("\n".join([TITLE, opening + LEDE, SECOND]) + "\n")
    assert page.dateline is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Buser24.com- (SUKAMAJU) ", Dateline(place="Sukamaju", outlet="Buser24.com")),
        ("Ruteng Vox NTT- ", Dateline(place="Ruteng", outlet="Vox NTT")),
        ("Palu Radar Sulteng – ", Dateline(place="Palu", outlet="Radar Sulteng")),
    ],
    ids=["bracketed-place-after-the-outlet", "seat-then-masthead", "region-then-masthead"],
)
def test_the_place_beside_the_masthead(opening: str, dateline: Dateline) -> None:
    page = clean("\n".join([TITLE, opening + LEDE, SECOND]) + "\n")
    assert page.dateline == dateline


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Kabarsukamaju.com – (ANTARA) ", Dateline(place=None, outlet="Kabarsukamaju.com")),
        ("Kabarsukamaju.com – (PEMKAB) ", Dateline(place=None, outlet="Kabarsukamaju.com")),
        ("Kabarsukamaju.com – (HUMAS) ", Dateline(place=None, outlet="Kabarsukamaju.com")),
        ("Medan Bisnis – ", Dateline(place=None, outlet="Medan Bisnis")),
        ("Pontianak Post Online – ", Dateline(place=None, outlet="Pontianak Post Online")),
    ],
    ids=["agency", "sender", "desk", "masthead-named-after-its-city", "masthead-with-a-suffix"],
)
def test_no_place_from_an_agency_a_sender_or_a_masthead_named_after_its_city(
    opening: str, dateline: Dateline
) -> None:
    page = clean("\n".join([TITLE, opening + LEDE, SECOND]) + "\n")
    assert page.dateline == dateline


@pytest.mark.parametrize(
    "prompt",
    [
        "Yuk beli tiket konsernya sekarang juga di aplikasi kami!",
        "Yuk, borong semua produknya hanya di toko resmi!",
    ],
    ids=["yuk-beli", "yuk-borong"],
)
def test_a_prompt_to_buy_closing_the_last_paragraph_is_ad_copy(prompt: str) -> None:
    page = clean("\n\n".join([TITLE, FIRST, f"{SECOND} {prompt}"]) + "\n")
    assert page.text == "\n".join([FIRST, SECOND])
    assert (5, prompt, LineKind.AD) in [(b.line, b.text, b.kind) for b in page.boilerplate]


@pytest.mark.parametrize(
    "ending",
    [
        "Yuk, jaga kebersihan lingkungan kita bersama!",
        "“Yuk, beli produk UMKM lokal!” ajak Bupati.",
        "Warga pun ramai-ramai beli beras murah itu!",
    ],
    ids=["a-call-with-no-sale", "quoted", "one-sales-word"],
)
def test_a_call_or_a_sentence_about_buying_stays(ending: str) -> None:
    page = clean("\n\n".join([TITLE, FIRST, f"{SECOND} {ending}"]) + "\n")
    assert page.text == "\n".join([FIRST, f"{SECOND} {ending}"])
