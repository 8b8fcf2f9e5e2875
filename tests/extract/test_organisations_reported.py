"""The organisation decision vouches for a name the article writes as one that reports or is
interviewed (issue 12, session 37: `decision._reported`): a verb of report right after it
(entities_report_verbs.txt: `melaporkan`, `mengumumkan`) or an interview's frame right before it
(entities_interview_frames.txt: `wawancara dengan`), unless its words read as a person's. A name
in neither frame (a product, an English phrase, a name after `berbicara dengan`) is weighed as any
name. A kept body's name with a region after it is that body's regional name, kept as the body is
(`decision._kept_body_with_region`: `DKPTPH Lampung Tengah` beside `DKPTPH`)."""

from __future__ import annotations

import json

import pytest

from extract.ner.entities import decision, tokens
from extract.ner.entities.decision import decided_orgs, vouching_spans
from extract.records import Entity, EntityLabel
from extract.text.patterns import whole_words


def _ents(text: str, names: list[str], label: EntityLabel = EntityLabel.ORG) -> list[Entity]:
    """Every whole-word mention of ``names``, flat: none inside a longer one."""
    found = [Entity(n, label, sp) for n in names for sp in whole_words(text, n)]
    flat = [
        e
        for e in found
        if not any(o.span != e.span and o.span[0] <= e.span[0] and e.span[1] <= o.span[1] for o in found)
    ]
    return sorted(flat, key=lambda e: e.span)


def _vouched(text: str, names: list[str], persons: tuple[str, ...] = ()) -> list[tuple[str, tuple[int, int]]]:
    ents = sorted(_ents(text, names) + _ents(text, list(persons), EntityLabel.PER), key=lambda e: e.span)
    spans = vouching_spans(text, tokens(text), None, ents)
    return [(e.text, e.span) for e in ents if e.span in spans]


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        (
            "Harvard Health Publishing melaporkan bahwa berlari membakar lebih banyak kalori.",
            "Harvard Health Publishing",
            (0, 25),
        ),
        ("Sementara itu, Fetch Robotics mengumumkan pendanaan baru pekan lalu.", "Fetch Robotics", (15, 29)),
        (
            "Dalam wawancara dengan The Wall Street Journal, ia mengaku tidak menikmati olahraga.",
            "The Wall Street Journal",
            (23, 46),
        ),
        (
            "Dalam wawancara bersama Business Insider, Zimmer menjelaskan temuannya.",
            "Business Insider",
            (24, 40),
        ),
    ],
)
def test_a_name_that_reports_or_is_interviewed_is_vouched(
    text: str, name: str, span: tuple[int, int]
) -> None:
    assert _vouched(text, [name]) == [(name, span)]


@pytest.mark.parametrize(
    ("text", "name", "persons"),
    [
        # a product after a verb of report's object, no subject of it
        ("Perusahaan itu mengumumkan Galaxy Buds Live pekan lalu.", "Galaxy Buds Live", ()),
        # an English phrase before no verb of report
        ("Program Smart Living dinilai berhasil oleh warga.", "Smart Living", ()),
        # `berbicara dengan` names persons as often: no interview frame
        ("Ia berbicara dengan Tulsi Gabbard soal anggaran.", "Tulsi Gabbard", ()),
        # a given name: the person reports
        ("Budi Santoso melaporkan kejadian itu ke polisi.", "Budi Santoso", ()),
        # a word of a person's name in the article
        (
            "Menurut Carl Zimmer, penelitian itu penting. Zimmer mengumumkan hasilnya.",
            "Zimmer",
            ("Carl Zimmer",),
        ),
    ],
)
def test_a_name_in_no_such_frame_is_not_vouched(text: str, name: str, persons: tuple[str, ...]) -> None:
    assert _vouched(text, [name], persons) == []


@pytest.fixture
def _drop_unvouched(tmp_path, monkeypatch):
    """Weights under which every surface no rule vouches for weighs 0.5, under the threshold."""
    path = tmp_path / "weights.json"
    coef = [0.0] * len(decision.FEATURES)
    path.write_text(json.dumps({"features": list(decision.FEATURES), "coefficients": coef, "threshold": 0.6}))
    monkeypatch.setenv(decision.WEIGHTS_ENV, str(path))
    decision._weights.cache_clear()
    yield
    monkeypatch.delenv(decision.WEIGHTS_ENV)
    decision._weights.cache_clear()


@pytest.mark.usefixtures("_drop_unvouched")
@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # a kept body (it speaks) named with its region: the body's regional name (GUIDELINES §6)
        (
            "Jalan itu rusak parah, kata Walhi. Relawan Walhi Sulteng ikut turun ke lokasi.",
            ["Walhi", "Walhi Sulteng"],
            [("Walhi", (28, 33)), ("Walhi Sulteng", (43, 56))],
        ),
        # the name before the region is dropped: so is the name with it
        (
            "Pembeli memakai fitur Shopee Live. Fitur Shopee Live Jakarta hadir sejak Maret.",
            ["Shopee Live", "Shopee Live Jakarta"],
            [],
        ),
        # a region after `di`, no name of the body's: the body alone is weighed
        (
            "Jalan itu rusak parah, kata Walhi. Dana Desa di Sleman belum cair.",
            ["Walhi", "Dana Desa"],
            [("Walhi", (28, 33))],
        ),
    ],
)
def test_a_kept_body_named_with_its_region_stays(text: str, names: list[str], kept: list) -> None:
    ents = _ents(text, names)
    assert [(e.text, e.span) for e in decided_orgs(text, tokens(text), ents, ents, [])] == kept


@pytest.mark.usefixtures("_drop_unvouched")
def test_a_kept_body_with_its_region_opening_inside_a_glued_word_stays() -> None:
    """`DPRD-DKPTPH Lampung Tengah`: the model's name opens inside a word glued to another's."""
    text = "Jalan itu rusak parah, kata Walhi. Aksi bersama DPRD-Walhi Sulteng digelar Senin."
    ents = [Entity("Walhi", EntityLabel.ORG, (28, 33)), Entity("Walhi Sulteng", EntityLabel.ORG, (53, 66))]
    assert decided_orgs(text, tokens(text), ents, ents, []) == ents
