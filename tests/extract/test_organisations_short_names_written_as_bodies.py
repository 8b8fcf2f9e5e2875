"""A lone short name the model tags ORG, no listed body's and not spelled out in the article, is
a body where a body's noun right before it writes it as one (session 35, issue 12: `pihak CIA`,
`perusahaan TSMC`, `CEO QNET`). A programme's or a measure's short name after any other word
stays dropped (`cuts._unexplained_acronym`), and so do a person's initials after a tag verb
(`kata AHY`). Whole outputs on invented sentences."""

from __future__ import annotations

from tests.entity_records import model_entities, resolved_entities


def test_a_short_name_after_pihak_is_a_body() -> None:
    text = "Dokumen-dokumen itu kemudian diserahkan kepada pihak CIA di Washington."
    model = model_entities(text, [("CIA", "ORG"), ("Washington", "LOC")])
    a, b = text.index("CIA"), text.index("Washington")
    assert resolved_entities(text, model) == [("CIA", "ORG", (a, a + 3)), ("Washington", "LOC", (b, b + 10))]


def test_a_short_name_after_a_body_s_noun_is_a_body() -> None:
    text = "Pabrik cip milik perusahaan TSMC di Arizona mulai berproduksi tahun depan."
    model = model_entities(text, [("TSMC", "ORG"), ("Arizona", "LOC")])
    assert resolved_entities(text, model) == [("TSMC", "ORG", (28, 32)), ("Arizona", "LOC", (36, 43))]


def test_initials_after_a_tag_verb_give_nothing() -> None:
    """A person's initials speak as a body does: the tag verb tells nothing."""
    text = '"Pembangunan tanggul ini harus selesai tahun depan," kata AHY dalam keterangan tertulis.'
    model = model_entities(text, [("AHY", "ORG")])
    assert resolved_entities(text, model) == []


def test_a_programme_s_short_name_after_its_kind_gives_nothing() -> None:
    text = "Pemerintah daerah memperpanjang penerapan PSBB hingga akhir bulan ini."
    model = model_entities(text, [("PSBB", "ORG")])
    assert resolved_entities(text, model) == []


def test_a_programme_s_short_name_reported_after_a_speech_verb_gives_nothing() -> None:
    """`mengatakan` is followed by what was said, not by its speaker: no tag verb."""
    text = "Juru bicara itu mengatakan PSBB akan diperpanjang dua pekan lagi."
    model = model_entities(text, [("PSBB", "ORG")])
    assert resolved_entities(text, model) == []
