"""The fast option, ``models/ner-id-fast`` (issue 18): chosen by name, loaded, tagging Indonesian news.

The model is committed, so these tests need it present (no skip): a checkout without it is broken.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import extract_article, ner
from tests.conftest import MODEL, ROOT

FAST = ROOT / "models" / "ner-id-fast"


def _fake_model(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    (path / "meta.json").write_text(json.dumps({"lang": "id", "name": "ner_test"}), encoding="utf-8")
    return path


def test_fast_model_is_committed_with_its_card() -> None:
    for name in ("config.cfg", "meta.json", "README.md", "tok2vec/model", "ner/model", "vocab/vectors"):
        assert (FAST / name).is_file(), name
    meta = json.loads((FAST / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "ner_warta_fast" and meta["warta"]["experiment"] == "fast"


def test_names_choose_the_bundled_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ner.ENV_VAR, raising=False)
    assert ner.resolve_model_path("fast") == FAST.resolve()
    assert ner.resolve_model_path("default") == MODEL.resolve()
    assert ner.resolve_model_path() == MODEL.resolve()
    monkeypatch.setenv(ner.ENV_VAR, "fast")
    assert ner.resolve_model_path() == FAST.resolve()
    assert ner.resolve_model_path(MODEL) == MODEL.resolve()  # the argument still beats the variable


def test_a_folder_named_like_a_model_name_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = _fake_model(tmp_path / "fast")
    assert ner.resolve_model_path("fast") == folder.resolve()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bupati Klaten Sri Hartini meresmikan jembatan baru di Kecamatan Wedi, Jawa Tengah, Selasa.",
            [
                ("Klaten", "LOC", (7, 13)),
                ("Sri Hartini", "PER", (14, 25)),
                ("Kecamatan Wedi", "LOC", (54, 68)),
                ("Jawa Tengah", "LOC", (70, 81)),
            ],
            id="regent",
        ),
        pytest.param(
            "Kepala Dinas Kesehatan Kota Medan, Rudi Hartanto Siregar, mengatakan vaksinasi dilanjutkan.",
            [("Dinas Kesehatan Kota Medan", "ORG", (7, 33)), ("Rudi Hartanto Siregar", "PER", (35, 56))],
            id="office-and-head",
        ),
        pytest.param(
            "Polres Bantul menangkap dua pelaku pencurian sepeda motor di Desa Sumberagung.",
            [("Polres Bantul", "ORG", (0, 13)), ("Desa Sumberagung", "LOC", (61, 77))],
            id="police-and-village",
        ),
        pytest.param(
            "Harga telur ayam di pasar tradisional turun menjadi Rp26.000 per kilogram.",
            [],
            id="no-entities",
        ),
    ],
)
def test_fast_model_tags_indonesian_news(text: str, expected: list[tuple[str, str, tuple[int, int]]]) -> None:
    ents = ner.extract_entities(text, model="fast")
    assert [(e.text, str(e.label), e.span) for e in ents] == expected
    assert all(text[start:end] == name for name, _, (start, end) in expected)
    assert ner.model_info("fast")["name"] == "id_ner_warta_fast"


@pytest.mark.model
def test_a_whole_article_with_the_fast_model() -> None:
    raw = (
        "Wali Kota Madiun Agus Wibowo mengatakan pembangunan pasar akan selesai tahun depan.\n\n"
        '"Kami targetkan pedagang bisa menempati kios pada Maret," kata Agus di Balai Kota Madiun, Senin.\n'
    )
    record = extract_article(raw, model="fast")
    assert [p.name for p in record.persons] == ["Agus Wibowo"]
    assert record.pipeline["ner"]["name"] == "id_ner_warta_fast"


@pytest.mark.parametrize("folder", ["ner-id", "ner-id-fast"])
def test_a_built_wheel_ships_every_file_of_each_bundled_model(folder: str) -> None:
    import tomllib

    data_files = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "data-files"
    ]
    shipped = {
        (Path(target) / path.name).as_posix()
        for target, patterns in data_files.items()
        for pattern in patterns
        for path in ROOT.glob(pattern)
    }
    model = ROOT / "models" / folder
    wanted = {
        f"share/warta/models/{folder}/{p.relative_to(model).as_posix()}"
        for p in model.rglob("*")
        if p.is_file()
    }
    assert wanted <= shipped
