"""A tag that lost its verb: after a quotation that ends in a comma (so a tag must follow), a
title and the speaker's name with no verb before the name (``,” Kepala Bidang …, Rina Wulandari,
saat dihubungi``) name the speaker. A sentence that goes on with a verb before the name, or a
quotation that ends a sentence, takes no speaker from the words after it.

Invented Indonesian sentences; whole quotes with spans, including texts that must give nothing.
"""

from __future__ import annotations

import pytest

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote, _span


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        pytest.param(
            "Jalur kereta menuju Bogor sempat terhenti dua jam pada Selasa sore. "
            "“Penyebab gangguan sinyal masih kami telusuri bersama tim teknis di lapangan,” "
            "Kepala Humas Daop Jakarta, Rina Wulandari, saat dihubungi, Rabu.",
            "Penyebab gangguan sinyal masih kami telusuri bersama tim teknis di lapangan,",
            "Rina Wulandari",
            id="a-title-and-a-name-after-a-comma-quotation",
        ),
        pytest.param(
            "Festival kuliner laut digelar di pantai Kedonganan. "
            '"Kami berharap pengunjung festival ikut mencicipi hasil tangkapan nelayan setempat," '
            "lata Ketua Panitia Festival, Hendra Saputra.",
            "Kami berharap pengunjung festival ikut mencicipi hasil tangkapan nelayan setempat,",
            "Hendra Saputra",
            id="a-misspelt-tag-verb-before-a-name",
        ),
    ],
)
def test_a_tag_without_a_verb_names_the_speaker(text: str, words: str, name: str) -> None:
    speaker = _person(text, name)
    assert extract_quotes(text, persons=[speaker]) == [
        _quote(text, words, name, None, speaker_span=_span(text, name))
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
