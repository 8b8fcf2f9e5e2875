"""The organisation decision's bracket rule: a name spelled out before its bracketed short name is
vouched for when its own words name a body (a head, an organisation's word, an English body word)
or an organisation's word opens it; a survey's or a programme's name before its short one
(GUIDELINES §6) is weighed as any name, though the model tagged the short one ORG."""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.ner.entities import tokens
from extract.ner.entities.decision import vouching_spans
from extract.records import Entity, EntityLabel


def _vouched(text: str, long: str, short: str) -> bool:
    s, t = text.index(long), text.index(f"({short})") + 1
    ents = [
        Entity(long, EntityLabel.ORG, (s, s + len(long))),
        Entity(short, EntityLabel.ORG, (t, t + len(short))),
    ]
    return (s, s + len(long)) in vouching_spans(text, tokens(text), None, ents)


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        (
            "Pusat Studi Pesisir Maritim Institute (PSPMI) merilis kajian baru pekan ini.",
            "Pusat Studi Pesisir Maritim Institute",
            "PSPMI",
        ),
        (
            "Perhimpunan Dokter Jantung Indonesia (PDJI) meminta warga rutin berolahraga.",
            "Perhimpunan Dokter Jantung Indonesia",
            "PDJI",
        ),
    ],
)
def test_a_body_spelled_out_before_its_short_name_is_vouched_for(text: str, long: str, short: str) -> None:
    assert _vouched(text, long, short)


def test_a_survey_spelled_out_before_its_short_name_is_weighed() -> None:
    text = "Data Survei Sosial Ekonomi Nasional (Susenas) menunjukkan angka kemiskinan turun."
    assert not _vouched(text, "Survei Sosial Ekonomi Nasional", "Susenas")


def _orgs_found(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The ORG entities of the whole record of ``text`` (`extract_article`), with their spans."""
    rec = extract_article(text.encode("utf-8"), doc_id="t").to_dict()
    return [(e["text"], tuple(e["span"])) for e in rec["entities"] if e["label"] == "ORG"]


@pytest.mark.xfail(
    strict=True,
    reason="a short name defined in brackets inside a body's spelled name (`_spelled_bodies`) is dropped "
    "by the fitted decision where it stands alone; vouching it was tried in session 43: dev tune +1 "
    "organisation, no change on news tune, news test or check, and no firing over news-raw 0-3999",
)
def test_a_short_name_defined_inside_a_body_s_name_is_the_body_alone_too() -> None:
    text = (
        "Pelatihan menjahit digelar di Balai Latihan Kerja (BLK) Kota Sampit. "
        "BLK juga membuka kelas las bagi pemuda desa."
    )
    assert _orgs_found(text) == [
        ("Balai Latihan Kerja (BLK) Kota Sampit", (30, 67)),
        ("BLK", (69, 72)),
    ]
