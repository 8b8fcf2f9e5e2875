"""The person decision's news-raw counts (`scripts/derive_person_counts.py`): an annotated
article's near-duplicate on another line (a reprint, an update) is left out with it, and the
records it counts are made with the decision off (`WARTA_PERSON_WEIGHTS=none`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from extract.people import decision
from extract.records import Entity, EntityLabel, Person
from extract.text.patterns import whole_words

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "derive_person_counts.py"


def _script():
    spec = importlib.util.spec_from_file_location("derive_person_counts", _SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_BODY = (
    "Pemerintah kabupaten menyalurkan bantuan beras kepada warga terdampak banjir di tiga kecamatan. "
    "Bantuan itu diangkut dengan truk dan perahu karet karena sejumlah jalan desa masih tergenang. "
    "Camat setempat mengatakan pendataan warga terus dilakukan agar bantuan tepat sasaran. "
    "Petugas kesehatan juga membuka posko di balai desa untuk memeriksa warga yang sakit. "
    "Hujan deras diperkirakan masih turun hingga akhir pekan sehingga warga diminta waspada."
)


def test_a_reprint_of_an_annotated_article_is_left_out() -> None:
    lines = [
        _BODY,
        "TERKINI - " + _BODY + " Baca juga berita lainnya.",  # the same article, reprinted
        _BODY.replace("beras", "minyak").split(". ")[0] + ". Laga final digelar di stadion kota pekan ini.",
    ]
    assert _script().near_duplicates(lines, {0}) == {1}


def test_a_short_article_has_no_near_duplicates() -> None:
    lines = ["Banjir melanda tiga kecamatan.", "Banjir melanda tiga kecamatan."]
    assert _script().near_duplicates(lines, {0}) == set()


def test_the_decision_is_off_with_none(monkeypatch) -> None:
    text = "Cabang olahraga Tenis Meja dipertandingkan di gelanggang remaja. Atlet tenis meja berlatih."
    spans = tuple(whole_words(text, "Tenis Meja"))
    person = Person("Tenis Meja", spans)
    entities = [Entity("Tenis Meja", EntityLabel.PER, sp) for sp in spans]
    monkeypatch.setenv(decision.WEIGHTS_ENV, "none")
    decision._weights.cache_clear()
    try:
        assert decision.decided_persons(text, [person], entities, [], []) == [person]
    finally:
        monkeypatch.delenv(decision.WEIGHTS_ENV)
        decision._weights.cache_clear()
