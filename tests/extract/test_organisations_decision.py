"""The organisation decision (`extract.ner.entities.decision`): fitted weights drop a final ORG
surface that the article's and news-raw's evidence read as a thing (a product, a feature, an
event, a programme), never one a rule vouches for (a body's head, an outlet the page names) nor
one listed beside a sure body; ``warta train-orgs`` fits the weights on annotated news."""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest

from extract import extract_article
from extract.article import undecided_orgs
from extract.ner.entities import decision, tokens
from extract.ner.entities.decision import FEATURES, decided_orgs, org_features, org_groups, vouching_spans
from extract.ner.orgs_train import main
from extract.records import Entity, EntityLabel
from extract.text.patterns import whole_words


def _orgs(text: str, names: list[str]) -> list[Entity]:
    """Every whole-word mention of ``names`` as an ORG entity, in text order."""
    found = [Entity(n, EntityLabel.ORG, sp) for n in names for sp in whole_words(text, n)]
    return sorted(found, key=lambda e: e.span)


def _decided(text: str, names: list[str]) -> list[Entity]:
    """The decision on ``names``, each tagged ORG by the model at every mention."""
    ents = _orgs(text, names)
    return decided_orgs(text, tokens(text), ents, ents, [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pembeli kini bisa berbelanja lewat fitur Shopee Live. Fitur Shopee Live hadir sejak Maret.",
            "Shopee Live",
        ),
        ("Ponsel itu memakai cip Dimensity 9500s yang hemat daya.", "Dimensity 9500s"),
        ("Penonton memadati Starry Night di alun-alun kota pada Sabtu malam.", "Starry Night"),
        (
            "Program Asuh Stunting menyasar 300 balita. Pemerintah desa mendukung program asuh stunting itu.",
            "Asuh Stunting",
        ),
    ],
)
def test_a_product_an_event_or_a_programme_tagged_org_is_dropped(text: str, name: str) -> None:
    assert _decided(text, [name]) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kementerian Kesehatan mencatat 120 kasus baru pekan ini.", ["Kementerian Kesehatan"]),
        ("Direktur PT Sinar Abadi Jaya menyerahkan bantuan kepada warga.", ["PT Sinar Abadi Jaya"]),
        (
            "Badan Gizi Nasional (BGN) menambah dapur baru. BGN menargetkan 500 dapur tahun ini.",
            ["Badan Gizi Nasional", "BGN"],
        ),
        ("Persib Bandung menang 2-1 atas tamunya di stadion sendiri.", ["Persib Bandung"]),
        ("Manchester United kalah di kandang sendiri pada laga Minggu malam.", ["Manchester United"]),
        ("BMKG mengatakan hujan lebat masih akan turun hingga akhir pekan.", ["BMKG"]),
        ("Warga mengeluhkan jalan rusak, kata Walhi dalam keterangannya.", ["Walhi"]),
    ],
)
def test_a_body_stays(text: str, names: list[str]) -> None:
    """A ministry, a company with `PT`, an acronym defined in brackets, a club, a body that speaks."""
    assert _decided(text, names) == _orgs(text, names)


def test_a_weak_name_listed_beside_a_sure_body_stays() -> None:
    """`Keripik Maju Rasa` alone weighs as a thing (a snack bought); beside a company with `PT` it
    is one of a list of exhibitors (a named business: an ORG by GUIDELINES §6)."""
    alone = "Pengunjung paling banyak membeli Keripik Maju Rasa pada pekan ini."
    assert _decided(alone, ["Keripik Maju Rasa"]) == []
    listed = "Produk lokal dipamerkan oleh PT Sinar Abadi Jaya, Keripik Maju Rasa, dan pelaku usaha lain."
    names = ["PT Sinar Abadi Jaya", "Keripik Maju Rasa"]
    assert _decided(listed, names) == _orgs(listed, names)


def test_the_decision_runs_inside_extract_article() -> None:
    """The model tags the event ORG; the record holds no organisation once the weights read it."""
    text = "Penonton memadati Starry Night di alun-alun kota pada Sabtu malam."
    rec = extract_article(text.encode("utf-8"), doc_id="t")
    assert [e for e in rec.entities if e.label == EntityLabel.ORG] == []


@pytest.mark.parametrize(
    ("raw", "outlet"),
    [
        (
            "BANDUNG, bandungpos.com - Pembeli kini bisa berbelanja lewat fitur baru, kata pengelola.",
            "bandungpos.com",
        ),
        ("Laporan itu dikutip dari Antara pada Senin. Warga diminta waspada.", "Antara"),
    ],
)
def test_an_outlet_the_page_names_is_vouched_for(raw: str, outlet: str) -> None:
    """The dateline's outlet and an outlet the page's rules name stay whatever their words weigh."""
    text, toks, ents, model, officials, dateline = undecided_orgs(raw)
    (ent,) = [e for e in ents if e.text == outlet]
    assert ent.span in vouching_spans(text, toks, dateline, ents)
    assert ent in decided_orgs(text, toks, ents, model, officials, dateline)


def test_places_and_persons_are_left_as_they_are() -> None:
    text = "Fitur Shopee Live dipakai pedagang di Bandung, kata Budi Santoso."
    ents = [
        Entity("Shopee Live", EntityLabel.ORG, (6, 17)),
        Entity("Bandung", EntityLabel.LOC, (37, 44)),
        Entity("Budi Santoso", EntityLabel.PER, (51, 63)),
    ]
    assert decided_orgs(text, tokens(text), ents, ents, []) == ents[1:]


def test_the_features_are_named_and_bounded() -> None:
    text = "Pembeli kini bisa berbelanja lewat fitur Shopee Live. Fitur Shopee Live hadir sejak Maret."
    ents = _orgs(text, ["Shopee Live"])
    (group,) = org_groups(ents).values()
    vec = org_features(text, tokens(text), group, ents, [])
    assert len(vec) == len(FEATURES)
    assert all(0.0 <= v <= 1.0 for v in vec)
    assert vec[FEATURES.index("model_org")] == 1.0
    assert vec[FEATURES.index("two_words")] == 1.0
    assert vec[FEATURES.index("head_loc")] == 0.0


def test_no_weights_keep_every_organisation(monkeypatch) -> None:
    monkeypatch.setenv(decision.WEIGHTS_ENV, "none")
    decision._weights.cache_clear()
    try:
        text = "Ponsel itu memakai cip Dimensity 9500s yang hemat daya."
        assert _decided(text, ["Dimensity 9500s"]) == _orgs(text, ["Dimensity 9500s"])
    finally:
        monkeypatch.delenv(decision.WEIGHTS_ENV)
        decision._weights.cache_clear()


def test_the_training_command_on_a_tiny_fixture(tmp_path) -> None:
    lines = [
        "Kepala Dinas Pendidikan Kabupaten Garut meninjau sekolah yang rusak pada Senin pagi.",
        "Pembeli kini bisa berbelanja lewat fitur Shopee Live yang hadir sejak bulan Maret lalu.",
    ]
    (tmp_path / "corpora" / "news-raw").mkdir(parents=True)
    with gzip.open(tmp_path / "corpora" / "news-raw" / "news-000.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "score.py").write_text("def norm(s):\n    return ' '.join(s.lower().split())\n")
    gold = [["Dinas Pendidikan Kabupaten Garut"], []]
    rows = [
        {
            "doc_id": f"nr{i:05d}",
            "line": i,
            "sha256": hashlib.sha256(t.encode()).hexdigest(),
            "organisations": g,
        }
        for i, (t, g) in enumerate(zip(lines, gold, strict=True))
    ]
    ann = tmp_path / "ann.jsonl"
    ann.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "weights.json"
    argv = ["--shared", str(tmp_path), "--annotations", str(ann), "--out", str(out)]
    assert main(argv, undecided=undecided_orgs) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert len(data["coefficients"]) == len(FEATURES)
    assert data["articles"] == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Santunan korban dibayarkan oleh PT Jasa Raharja pada Senin. "
            "Menurut petugas, Jasa Raharja menanggung seluruh biaya rumah sakit.",
            {"jasa raharja"},
        ),
        # a body's head is no legal form: `Kesehatan` alone is not the same body
        ("Dinas Kesehatan Kota Malang menggelar vaksinasi massal di balai kota.", set()),
    ],
)
def test_a_name_after_a_legal_form_is_the_company(text: str, names: set[str]) -> None:
    """`PT X` … `X`: the short mention is the company the legal form vouches for
    (`decision.named_after_form`); through `extract_article` in test_vet_companies.py."""
    _, toks, entities, *_ = undecided_orgs(text)
    assert decision.named_after_form(toks, entities) == names
