"""Quotes on unseen news (issues 12, 13, round quotes19): a quotation that follows another
quotation's closing sentence with no words between (``“… kami periksa.” “Hasilnya …”``) is the
same speaker going on, a sentence of its own; a quoted term after a closing mark, or a
quotation after a mark that closes no sentence, stays no quote.

Invented Indonesian sentences; whole quotes with spans, including texts that must give nothing.
"""

from __future__ import annotations

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote, _span

TEXT_RUN_ON = (
    "Bupati Lampung Barat Parosil Mabsus meninjau bendungan yang jebol di Pekon Sukabumi. "
    "“Kami akan segera membangun tanggul darurat,” ujar Parosil, Senin. "
    "“Anggarannya sudah kami siapkan dari dana tak terduga.” "
    "“Warga di bantaran sungai kami minta mengungsi dulu sampai air surut.” "
    "Petugas BPBD masih mendata rumah yang terendam."
)


def test_quotations_in_a_row_are_the_same_speaker_going_on() -> None:
    parosil = _person(TEXT_RUN_ON, "Parosil Mabsus", "Parosil")
    got = extract_quotes(TEXT_RUN_ON, persons=[parosil])
    ujar = TEXT_RUN_ON.index("ujar")
    assert got == [
        _quote(
            TEXT_RUN_ON,
            "Kami akan segera membangun tanggul darurat,",
            "Parosil Mabsus",
            "ujar",
            speaker_span=_span(TEXT_RUN_ON, "Parosil", ujar),
        ),
        _quote(TEXT_RUN_ON, "Anggarannya sudah kami siapkan dari dana tak terduga.", "Parosil Mabsus", None),
        _quote(
            TEXT_RUN_ON,
            "Warga di bantaran sungai kami minta mengungsi dulu sampai air surut.",
            "Parosil Mabsus",
            None,
        ),
    ]


TEXT_TERM_AFTER = (
    "Camat Sukau Yusnadi menutup sambutannya. “Mari kita jaga kebersihan pasar bersama-sama.” "
    "“Pasar Sehat” menjadi nama gerakan itu sejak tahun lalu."
)


def test_a_quoted_term_after_a_closing_mark_is_no_quote() -> None:
    yusnadi = _person(TEXT_TERM_AFTER, "Yusnadi")
    got = extract_quotes(TEXT_TERM_AFTER, persons=[yusnadi])
    assert [(q.text, q.speaker) for q in got] == [
        ("Mari kita jaga kebersihan pasar bersama-sama.", "Yusnadi")
    ]


TEXT_NO_SENTENCE_END = (
    "Program itu diberi nama “Desa Terang Sejahtera” “untuk menandai listrik yang kini masuk desa” "
    "sejak bulan lalu."
)


def test_a_quotation_after_a_mark_that_closes_no_sentence_is_no_quote() -> None:
    assert extract_quotes(TEXT_NO_SENTENCE_END) == []
