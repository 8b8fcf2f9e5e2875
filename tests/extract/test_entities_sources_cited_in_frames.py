"""An outlet a sentence cites in a frame that names persons and bodies too (`kepada AFP`,
`wawancara dengan CNN`, `menurut Reuters`, `laporan AFP`): an ORG when news-raw credits the name
as a story's source (entities_cited_sources_derived.txt) or the outlet lexicon lists it
(`sources.cited_sources`); and bare `dikutip` before a source (entities_source_cues.txt). Whole
entity lists with spans from `resolve_entities` on invented sentences, and the cases that must
give nothing: the frame alone is no evidence, and a name news-raw writes in persons' names is the
person quoted (`sources.names_person`), after any cue."""

from __future__ import annotations

import pytest

from tests.entity_records import resolved_at_words
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Harga minyak naik lagi, kata Budi Santoso kepada AFP, Senin (3/3/2025).",
            [("Budi Santoso", "PER", 0)],
            [("Budi Santoso", "PER", (29, 41)), ("AFP", "ORG", (49, 52))],
        ),
        (
            "Dalam wawancara dengan The Straits Times, Jensen Huang menolak tuduhan itu.",
            [("Jensen Huang", "PER", 0)],
            [("The Straits Times", "ORG", (23, 40)), ("Jensen Huang", "PER", (42, 54))],
        ),
        (
            "Menurut Reuters, kapal itu berlabuh di pelabuhan pada Senin pagi.",
            [],
            [("Reuters", "ORG", (8, 15))],
        ),
        (
            # the outlet lexicon's masthead in capitals (clean_outlets.txt `kontan`)
            "Penjualan mobil listrik naik, ujar Rina kepada KONTAN.",
            [("Rina", "PER", 0)],
            [("Rina", "PER", (35, 39)), ("KONTAN", "ORG", (47, 53))],
        ),
        (
            "Pernyataan itu disampaikan Menteri Ekonomi Kreatif, dikutip Antara, Selasa (21/10/2025).",
            [],
            [("Antara", "ORG", (60, 66))],
        ),
    ],
)
def test_an_outlet_cited_in_a_frame_is_an_organisation(text: str, model: list, expected: list) -> None:
    assert resolved_at_words(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # a person interviewed, a person's view, a title: the frame names persons too
        ("Dalam wawancara dengan Sri Mulyani, wartawan menanyakan soal pajak.", [("Sri Mulyani", "PER", 0)]),
        ("Menurut Budi, harga cabai di pasar naik dua kali lipat.", [("Budi", "PER", 0)]),
        ("Ia melaporkan hal itu kepada Presiden di Istana.", []),
        # lowercase after the frame: no name
        ("Hal itu disampaikan Kapolres kepada wartawan, Senin.", []),
        ("Data itu dikutip dari laman resmi kementerian.", []),
        # a weekday after bare `dikutip`: a date, no source
        ("Pernyataan itu dikutip Selasa (21/10/2025) dari siaran pers.", []),
        # a person's name word after a cue (news-raw holds it in persons' names): the person quoted
        ("Berdasarkan laporan yang dikutip Meutya, hoaks menyebar makin cepat.", [("Meutya", "PER", 0)]),
        (
            "Dilansir dari Fabrizio Romano, klub itu sepakat merekrut bek Brasil.",
            [("Fabrizio Romano", "PER", 0)],
        ),
        # a run that only opens with a vouched name is no cited outlet (`Reuters Institute`)
        ("Menurut Reuters Institute Digital, kepercayaan pada berita turun.", []),
    ],
)
def test_a_frame_before_a_name_news_raw_never_credits_gives_no_outlet(text: str, model: list) -> None:
    assert [e for e in resolved_at_words(text, model) if e[1] == "ORG"] == []


@pytest.mark.xfail(
    strict=True,
    reason="an outlet news-raw never credits after a source cue (`kepada DW`, `kepada DAZN`, "
    "`wawancara dengan CNA`): no evidence vouches for the name",
)
def test_an_outlet_news_raw_only_cites_in_weaker_frames() -> None:
    text = "Perang itu belum akan usai, kata analis Michael Brown kepada DW."
    assert ("DW", "ORG", (62, 64)) in _out(text)
