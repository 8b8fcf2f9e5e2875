"""The organisation decision vouches for no name for a verb of report after it or an interview's
frame before it (review 2 of session 37 removed `decision._reported`: persons, accounts, places and
products stand there too); bodies so written stay strict xfails. A kept body's name with a region
after it is that body's regional name, kept as the body is (`decision._kept_body_with_region`:
`DKPTPH Lampung Tengah` beside `DKPTPH`)."""

from __future__ import annotations

import json

import pytest

from extract import extract_article
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
    "text, name",
    [
        # review 2 of session 37, finding 1: persons the model tags ORG, with no given name or opened
        # by an honorific, before a verb of report or after an interview's frame
        ("Kim Jong Un memperingatkan Amerika Serikat soal latihan militer.", "Kim Jong Un"),
        ("Gus Miftah mengklaim tidak pernah menerima uang itu.", "Gus Miftah"),
        ("Habib Rizieq mengklaim acara itu sudah berizin.", "Habib Rizieq"),
        ("Dalam wawancara dengan Zelenskyy, ia mengaku lelah.", "Zelenskyy"),
        # finding 2: a pseudonym or an account with its role word inside the span
        ("Leaker Ice Universe mengklaim Galaxy S25 Ultra memakai layar datar.", "Leaker Ice Universe"),
        ("Akun Lambe Turah mengklaim sang artis sudah menikah siri.", "Akun Lambe Turah"),
        # finding 3: places, products, ships and programmes report or are interviewed too
        ("Warga Desa Sukamaju melaporkan kejadian itu ke polisi.", "Warga Desa Sukamaju"),
        ("ChatGPT mengklaim bisa menjawab semua soal ujian.", "ChatGPT"),
        ("Kapal MV Ever Given melaporkan kerusakan mesin.", "Kapal MV Ever Given"),
        ("Dalam wawancara dengan Mata Najwa, ia mengaku lelah.", "Mata Najwa"),
        # a product after a verb of report's object, no subject of it
        ("Perusahaan itu mengumumkan Galaxy Buds Live pekan lalu.", "Galaxy Buds Live"),
        ("Ia berbicara dengan Tulsi Gabbard soal anggaran.", "Tulsi Gabbard"),
        ("Budi Santoso melaporkan kejadian itu ke polisi.", "Budi Santoso"),
    ],
)
def test_a_report_verb_or_an_interview_frame_vouches_for_no_body(text: str, name: str) -> None:
    """A verb of report after a name or an interview's frame before it is no evidence of a body
    (review 2 of session 37: the frame's rule, `decision._reported`, is removed): persons, accounts,
    places and products stand there as often; the name is weighed as any other."""
    assert _vouched(text, [name]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kim Jong Un memperingatkan Amerika Serikat soal latihan militer.",
            [("Amerika Serikat", "LOC", (27, 42))],
        ),
        ("Dalam wawancara dengan Podcast Close The Door, ia mengaku lelah.", []),
        ("Leaker Ice Universe mengklaim Galaxy S25 Ultra memakai layar datar.", []),
        ("Akun Lambe Turah mengklaim sang artis sudah menikah siri.", []),
    ],
)
def test_a_full_run_keeps_no_body_for_a_report_verb_or_an_interview_frame(text: str, expected: list) -> None:
    assert [(e.text, str(e.label), e.span) for e in extract_article(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        pytest.param(
            "Harvard Health Publishing melaporkan bahwa berlari membakar lebih banyak kalori.",
            "Harvard Health Publishing",
            (0, 25),
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss (review 3, session 37): a body the model tags ORG before a verb of "
                "report is weighed as any name; the verb alone vouches for persons and products too",
            ),
        ),
        pytest.param(
            "Dalam wawancara dengan The Wall Street Journal, ia mengaku tidak menikmati olahraga.",
            "The Wall Street Journal",
            (23, 46),
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss (review 3, session 37): an outlet after `wawancara dengan` is weighed "
                "as any name; the frame names persons and programmes too (`Mata Najwa`, `Zelenskyy`)",
            ),
        ),
    ],
)
def test_a_body_that_reports_or_is_interviewed_known_misses(text: str, name: str, span: tuple) -> None:
    assert _vouched(text, [name]) == [(name, span)]


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
    """`DPRD/DKPTPH Lampung Tengah`: the tokenizer keeps a slashed pair one word, so the model's
    name opens inside it and the body's name before the region is that word's tail."""
    text = "Jalan itu rusak parah, kata Walhi. Aksi bersama DPRD/Walhi Sulteng digelar Senin."
    ents = [Entity("Walhi", EntityLabel.ORG, (28, 33)), Entity("Walhi Sulteng", EntityLabel.ORG, (53, 66))]
    assert decided_orgs(text, tokens(text), ents, ents, []) == ents
