"""A closing credit in brackets that names the writer, a stop, then the source behind its label
(issue 15, GUIDELINES §1: the reporter's credit at the end is the byline, not body):
`… lainnya. (Lutfi Fauziah. Sumber: National Geographic)` (news-raw 3328, 3381, 3382, where the
source's label was cut and `(Lutfi Fauziah.` stayed body). A bracket whose name is no writer's
(`(Humas Polres. Sumber: …)`), or a caption (`(Data Kemiskinan 2023. Sumber: BPS)`), is furniture
all the same, cut whole, no byline. The same words inside
a sentence, or a bracket whose label is no source's or editor's, stay body.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import LineKind
from tests.clean_records import one_line_page

LEAD = "Gading gajah kini dilarang diperdagangkan di banyak negara. Para perajin mulai beralih ke bahan lain."


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        pytest.param("(Sari Wulandari. Sumber: National Geographic)", "Sari Wulandari", id="one-source"),
        pytest.param("(Budi Santoso. Sumber: Telegraph, Huffington Post)", "Budi Santoso", id="two-sources"),
    ],
)
def test_bracketed_writer_before_the_source_is_the_byline(credit: str, name: str) -> None:
    assert clean(f"{LEAD} {credit}") == one_line_page(LEAD, cut=(credit, LineKind.BYLINE), byline=name)


@pytest.mark.parametrize(
    "credit",
    [
        # review of session 38: the bracket left `(Humas Polres.` in the body
        pytest.param("(Humas Polres. Sumber: Polres Lampung Timur)", id="a-press-office"),
        pytest.param("(Dokumentasi Pribadi. Sumber: Keluarga Korban)", id="a-private-photo"),
        pytest.param("(Tim Redaksi. Sumber: Antara)", id="a-desk"),
        # review of session 38 (fix38l): a caption with a figure in it left `(Data Kemiskinan 2023.`
        pytest.param("(Data Kemiskinan 2023. Sumber: BPS)", id="a-data-caption"),
    ],
)
def test_bracketed_credit_naming_no_writer_is_cut_whole_with_no_byline(credit: str) -> None:
    assert clean(f"{LEAD} {credit}") == one_line_page(LEAD, cut=(credit, LineKind.EDITOR))


def test_data_caption_before_the_source_is_cut_whole() -> None:
    # review of session 38 (fix38l): only `Sumber: BPS)` was cut
    body = "Angka kemiskinan turun di banyak desa. Pemerintah menyusun laporan tahunan."
    credit = "(Data Kemiskinan 2023. Sumber: BPS)"
    assert clean(f"{body} {credit}") == one_line_page(body, cut=(credit, LineKind.EDITOR))


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            "Menurut catatan (Sari Wulandari. Sumber: arsip desa) gading itu dibeli pada masa kolonial. "
            "Warga menyimpannya di balai adat.",
            id="inside-a-sentence",
        ),
        pytest.param(f"{LEAD} (Sari Wulandari. Asal: Desa Sukamaju)", id="no-source-label"),
    ],
)
def test_other_brackets_stay_body(page: str) -> None:
    assert clean(page) == one_line_page(page)
