"""A web masthead opening the lede behind a headline, standfirst or writer's name glued before it
on a flattened page (issue 15, dates39, GUIDELINES §1: the dateline opening the first body
paragraph gives `dateline.outlet`): `Ilustrasi … (dok. istimewa) Warta.com - …`, `Sepenggal
pengantar. Liputan6.com, Jakarta - …` (news-raw: the fact-check pages, nine lines with no
dateline read). Only a masthead named by its web domain counts; the words before it stay in the
body as they were. A digest of headlines with their sources, a masthead credited after a dash
and a site named inside a sentence give no dateline.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Pesan berantai soal obat herbal penyembuh kanker kembali beredar di grup percakapan warga. "
    "Dinas kesehatan menyatakan klaim itu tidak berdasar dan meminta warga memeriksa sumbernya."
)


@pytest.mark.parametrize(
    ("head", "masthead", "dateline"),
    [
        (
            "Ilustrasi obat herbal di sebuah toko jamu (dok. istimewa)",
            "Wartakita.com -",
            Dateline(place=None, outlet="Wartakita.com"),
        ),
        (
            "Klaim itu sudah lama dibantah para dokter.",
            "Kabarsehat.id, Bandung -",
            Dateline(place="Bandung", outlet="Kabarsehat.id"),
        ),
        # a headline's function word stays lowercase (news-raw nr05070); a shouted masthead is title-cased
        (
            "Obat Herbal di Pasar Tradisional Ternyata Hoaks",
            "KABARSEHAT.ID –",
            Dateline(place=None, outlet="Kabarsehat.id"),
        ),
    ],
    ids=["caption", "standfirst", "headline"],
)
def test_the_web_masthead_behind_the_head_is_the_dateline(
    head: str, masthead: str, dateline: Dateline
) -> None:
    text = f"{head} {masthead} {LEDE}"
    page = clean(f"{text}\n")
    assert page.dateline == dateline
    assert page.text == text


@pytest.mark.parametrize(
    "text",
    [
        # a digest: headlines, each with its source after a dash
        "Obat Herbal Sembuhkan Kanker Hoaks - Wartakita.com Warga Diminta Cek Sumber Berita - "
        "Kabarsehat.id Dinkes Bantah Klaim Obat Herbal - Beritakota.net",
        # a masthead credited after a dash closes a headline, no lede's dateline
        f"Obat Herbal Sembuhkan Kanker Ternyata Hoaks - Wartakita.com - {LEDE}",
        # a site named inside the first sentence
        "Warga membaca kabar dari Wartakita.com - situs berita kota - soal obat herbal itu. "
        "Dinas kesehatan menyatakan kabar tersebut tidak benar.",
        # a domain a sentence names after a lowercase word, a dash and a capital (review fix39d)
        f"Warga bisa mendaftar lewat laman sscasn.bkn.go.id - Pendaftaran dibuka hingga Jumat. {LEDE}",
        f"Harga cabai naik tajam pekan ini, kata Rina kepada Kompas.com - Senin (5/6/2023). {LEDE}",
        f"Pendaftaran dibuka lewat laman resmi pemkot di warta.id – Warga diminta membawa KTP. {LEDE}",
        # a capitalised word inside a body sentence before the domain (review fix39j)
        f"Pendaftaran dibuka lewat laman resmi Pemkot Warta.id – Warga diminta membawa KTP. {LEDE}",
        "Informasi lengkap dapat dilihat di akun Instagram Dispora Metro.id - Pendaftaran ditutup Jumat. "
        f"{LEDE}",
    ],
    ids=["digest", "credited-headline", "inside-sentence", "laman", "kepada", "di", "pemkot", "dispora"],
)
def test_no_dateline_from_a_site_named_otherwise(text: str) -> None:
    assert clean(f"{text}\n").dateline is None


@pytest.mark.xfail(
    strict=True,
    reason="known miss (news-raw nr07971): a caption's lowercase word before the masthead reads as a body"
    " sentence's (`Vaksin Covid-19 bermutasi Perbesar Liputan6.com, Jakarta -`)",
)
def test_a_masthead_behind_a_caption_with_a_lowercase_word() -> None:
    text = f"Cek Fakta Obat herbal dijual bebas Perbesar Wartakita.com, Jakarta - {LEDE}"
    page = clean(f"{text}\n")
    assert page.dateline == Dateline(place="Jakarta", outlet="Wartakita.com")
    assert page.text == text
