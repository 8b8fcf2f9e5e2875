"""A tag that lost its verb: after a quotation that ends in a comma (so a tag must follow), a
title and the speaker's name with no verb before the name (``,” Kepala Bidang …, Rina Wulandari,
saat dihubungi``) name the speaker. A sentence that goes on with a verb before the name, or a
quotation that ends a sentence, takes no speaker from the words after it.

Invented Indonesian sentences; whole quotes with spans, including texts that must give nothing.
"""

from __future__ import annotations

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote, _span


def test_a_title_and_a_name_after_a_comma_quotation_name_the_speaker() -> None:
    text = (
        "Jalur kereta menuju Bogor sempat terhenti dua jam pada Selasa sore. "
        "“Penyebab gangguan sinyal masih kami telusuri bersama tim teknis di lapangan,” "
        "Kepala Humas Daop Jakarta, Rina Wulandari, saat dihubungi, Rabu."
    )
    rina = _person(text, "Rina Wulandari")
    assert extract_quotes(text, persons=[rina]) == [
        _quote(
            text,
            "Penyebab gangguan sinyal masih kami telusuri bersama tim teknis di lapangan,",
            "Rina Wulandari",
            None,
            speaker_span=_span(text, "Rina Wulandari"),
        )
    ]


def test_a_misspelt_tag_verb_before_a_name_still_names_the_speaker() -> None:
    text = (
        "Festival kuliner laut digelar di pantai Kedonganan. "
        '"Kami berharap pengunjung festival ikut mencicipi hasil tangkapan nelayan setempat," '
        "lata Ketua Panitia Festival, Hendra Saputra."
    )
    hendra = _person(text, "Hendra Saputra")
    assert extract_quotes(text, persons=[hendra]) == [
        _quote(
            text,
            "Kami berharap pengunjung festival ikut mencicipi hasil tangkapan nelayan setempat,",
            "Hendra Saputra",
            None,
            speaker_span=_span(text, "Hendra Saputra"),
        )
    ]


def test_a_verb_before_the_name_is_a_sentence_going_on() -> None:
    text = (
        "Warga berkumpul di balai desa sejak pagi. "
        '"Air bersih sudah tiga hari tidak mengalir ke rumah-rumah warga," disebutkan dalam surat '
        "yang dikirim kepada Rina Wulandari, Senin."
    )
    rina = _person(text, "Rina Wulandari")
    assert extract_quotes(text, persons=[rina]) == [
        _quote(text, "Air bersih sudah tiga hari tidak mengalir ke rumah-rumah warga,", None, None)
    ]
