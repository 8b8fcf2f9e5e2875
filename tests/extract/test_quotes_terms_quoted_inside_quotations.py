"""A term quoted inside a quotation with the same or another kind of mark (``“… program
reguler “Pesta Diskon” berupa …,” imbuhnya``, ``"… konsep "ramah pejalan kaki" di kota,"``)
stays inside the quotation: the quotation is not cut at the term's marks. A quotation that lost
its closing mark before a speaker's next quotation, and a quoted term outside any quotation,
keep their readings.

Invented Indonesian sentences; whole quotes with spans, including texts that must give nothing.
"""

from __future__ import annotations

import pytest

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote, _span


def _tagged(text: str, words: str, name: str, short: str, cue: str) -> list:
    tag = text.index(cue, text.index(words) + len(words))
    return [_quote(text, words, name, cue, speaker_span=_span(text, short, tag))]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Bank daerah itu menambah layanan bagi pedagang pasar. “Sampai akhir tahun, nasabah "
            "mendapat potongan lewat program bulanan “Pesta Diskon” berupa cicilan ringan,” ujar Rina.",
            "Sampai akhir tahun, nasabah mendapat potongan lewat program bulanan “Pesta Diskon” "
            "berupa cicilan ringan,",
        ),
        (
            'Pengembang itu membuka kawasan hunian baru di Sleman. "Kawasan ini dirancang dengan '
            'konsep "ramah pejalan kaki" di tengah kota," ujar Rina.',
            'Kawasan ini dirancang dengan konsep "ramah pejalan kaki" di tengah kota,',
        ),
        (
            'Pegawai yang berprestasi ikut pelatihan kepemimpinan. "Beberapa “lulusan”kami kini '
            'memimpin perusahaan daerah di provinsi lain," ujar Rina.',
            "Beberapa “lulusan”kami kini memimpin perusahaan daerah di provinsi lain,",
        ),
    ],
)
def test_a_term_quoted_inside_a_quotation_stays_inside(text: str, words: str) -> None:
    rina = _person(text, "Rina Wulandari", "Rina")
    assert extract_quotes(text, persons=[rina]) == _tagged(text, words, "Rina Wulandari", "Rina", "ujar")


def test_a_closing_mark_after_a_comma_opens_no_term() -> None:
    text = (
        'Kepala Dinas Pasar Rina Wulandari meninjau los yang terbakar. "Kami data dulu semua los, "kata '
        'Rina. "Besok pedagang kami pindahkan ke pasar darurat," lanjutnya.'
    )
    rina = _person(text, "Rina Wulandari", "Rina")
    got = extract_quotes(text, persons=[rina])
    assert [q.text for q in got] == [
        "Kami data dulu semua los,",
        "Besok pedagang kami pindahkan ke pasar darurat,",
    ]
    assert {q.speaker for q in got} == {"Rina Wulandari"}


def test_a_term_outside_quotations_gives_nothing() -> None:
    text = "Pemkab meluncurkan program “Pesta Diskon” untuk pedagang pasar tradisional."
    assert extract_quotes(text, persons=[]) == []
