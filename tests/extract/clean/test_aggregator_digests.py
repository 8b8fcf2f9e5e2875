"""Review of session 13's digest rule (meta._digest) on unseen news (news-raw 8662-8900): a news
aggregator's one-line digest whose headlines shout (`… Bikin Kaget! Desain …`) or hold an
abbreviation's stop (`RSUD Dr. Soedarso`, `Prov. Lampung`) is still no prose, and a portal's
channel (`detikoto`) or a network's masthead (`Disway Malang`) closes an item like any outlet;
a paragraph with a finished sentence stays body."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind

SHOUTED = [
    "Mobil Listrik Murah Bikin Kaget! Harganya Cuma Rp150 Jutaan - detikoto",
    "Layanan Antar Pasien Kini Hadir di RSUD Dr. Soedarso Pontianak - Kompas.com",
    "Ponsel Lipat Baru Resmi Meluncur, Ini Spesifikasinya - Disway Malang",
    "BAZNAS Prov. Lampung Salurkan Beasiswa untuk Santri - Antara News",
]


@pytest.mark.parametrize(
    "items",
    [SHOUTED, SHOUTED[1:] + SHOUTED[:1]],
)
def test_a_digest_with_shouted_headlines_is_teasers_all_of_it(items: list[str]) -> None:
    line = " ".join(items)
    page = clean(line)
    assert (page.text, page.title, page.published, page.byline, page.dateline) == ("", None, None, None, None)
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, line, LineKind.RELATED)]


def test_a_paragraph_with_a_finished_sentence_stays_body() -> None:
    text = (
        "Rute bus Bandar Lampung - Metro - Kotabumi - Menggala dibuka lagi hari ini. Penumpang diminta "
        "membeli tiket di loket resmi."
    )
    page = clean(text)
    assert page.text == text
    assert page.boilerplate == ()
