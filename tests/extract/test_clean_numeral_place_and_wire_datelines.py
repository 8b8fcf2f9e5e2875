"""Two dateline shapes the cleaner read wrong (issue 15, GUIDELINES §1: the dateline opening the first
paragraph gives `dateline.place` and `dateline.outlet`; the body keeps it as written).

A known region and a numeral are one place (`NUSA DUA –`, `Nusa Dua, Bali (ANTARA) -`): a numeral
ends a place's name, as it ends 31 kecamatan's (`Kelapa Dua`, `Muara Tiga`), and is neither a
masthead's word (`BALI KINI –` stays a masthead) nor an outlet's initials (`MUKOMUKO RU –` keeps its
initials); news-raw writes `NUSA DUA` four times so. A wire release behind a headline glued before
it names the agency and its source with a slash, a comma perhaps before the bracket (`…
Konsep IndividualTokyo, (ANTARA/PRNewswire)- …`: three news-raw pages). A slash in brackets naming
no agency (`(Senin/Selasa)`, `(Dinkes/Humas)`) gives no dateline.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline, LineKind
from tests.clean_records import one_line_page

LEDE = (
    "Pemerintah daerah meresmikan pusat pelatihan kerajinan bagi perajin muda di kawasan wisata itu, "
    "Rabu. Pusat pelatihan tersebut menampung 60 peserta setiap angkatan."
)
RELEASE = (
    "Produsen elektronik asal Jepang hari ini meluncurkan lima model jam tangan baru. Seri tersebut "
    "dijual mulai bulan depan."
)


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        pytest.param("NUSA DUA – ", Dateline(place="Nusa Dua", outlet=None), id="shouted-numeral-place"),
        pytest.param(
            "Nusa Dua, Bali (ANTARA) - ",
            Dateline(place="Nusa Dua", outlet="ANTARA"),
            id="numeral-place-province-agency",
        ),
        pytest.param(
            "NUSA DUA, Balipost.com – ",
            Dateline(place="Nusa Dua", outlet="Balipost.com"),
            id="numeral-place-then-domain",
        ),
        pytest.param(
            "BALI KINI – ", Dateline(place=None, outlet="Bali Kini"), id="a-masthead-named-after-its-region"
        ),
        pytest.param(
            "MUKOMUKO RU – ", Dateline(place="Mukomuko", outlet="RU"), id="a-region-and-outlet-initials"
        ),
    ],
)
def test_a_numeral_ends_the_place(head: str, dateline: Dateline) -> None:
    assert clean(head + LEDE) == one_line_page(head + LEDE, dateline=dateline)


def test_a_wire_release_behind_a_glued_headline() -> None:
    title = "Jam Tangan Baru Ini Lahir dari Semangat Petualang Muda"
    body = f"Tokyo, (ANTARA/PRNewswire)- {RELEASE}"
    expected = one_line_page(
        body,
        cut=(title, LineKind.TITLE),
        title=title,
        dateline=Dateline(place="Tokyo", outlet="ANTARA/PRNewswire"),
    )
    assert clean(f"{title} {body}") == expected


def test_a_wire_release_glued_to_the_standfirst_letter() -> None:
    headline = "Platform Pembayaran Digital Perluas Layanan ke Asia Tenggara"
    text = f"{headline}Singapura, (ANTARA/PRNewswire)- {RELEASE}"
    assert clean(text) == one_line_page(
        text, dateline=Dateline(place="Singapura", outlet="ANTARA/PRNewswire")
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Harga cabai naik di Pasar Bawah Liwa (Senin/Selasa) - Pedagang mengatakan stok menipis. Pembeli "
            "mengeluh.",
            id="two-weekdays",
        ),
        pytest.param(
            "Rapat evaluasi digelar di kantor Dinas Kesehatan (Dinkes/Humas) - Petugas memaparkan capaian "
            "imunisasi. Rapat berlangsung dua jam.",
            id="a-body-and-its-desk",
        ),
    ],
)
def test_a_slash_in_brackets_naming_no_agency_is_no_dateline(text: str) -> None:
    assert clean(text) == one_line_page(text)
