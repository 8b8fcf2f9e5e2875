"""`ArticleRecord.to_dict()`: plain JSON types only, a json round trip, and the record schema."""

from __future__ import annotations

import dataclasses
import json

import pytest

from extract import extract_article
from extract.records import ArticleRecord, Boilerplate, Entity, EntityLabel, LineKind
from tests.conftest import RAW

_PLAIN = (str, int, float, bool, type(None), list, dict)


def _types(value: object) -> set[type]:
    """Every type of ``value`` and of what it holds."""
    if isinstance(value, dict):
        return {dict}.union(*(_types(v) for v in value.values()))
    if isinstance(value, list):
        return {list}.union(*(_types(v) for v in value))
    return {type(value)}


def _record() -> ArticleRecord:
    """A sample article's record, with an entity and a removed line whose labels are Enums."""
    path = sorted(RAW.glob("*.txt"))[0]
    rec = extract_article(path.read_bytes(), doc_id=path.stem, source=str(path), ner=False)
    text = rec.text
    name = text.split()[0]
    extra = Entity(name, EntityLabel.PER, (0, len(name)))
    removed = Boilerplate(1, "Baca juga: berita lain", LineKind.RELATED)
    return dataclasses.replace(rec, entities=(*rec.entities, extra), boilerplate=(*rec.boilerplate, removed))


def test_to_dict_holds_plain_json_types_only() -> None:
    data = _record().to_dict()
    assert _types(data) <= set(_PLAIN)
    assert type(data["entities"][-1]["label"]) is str and data["entities"][-1]["label"] == "PER"
    assert type(data["boilerplate"][-1]["kind"]) is str and data["boilerplate"][-1]["kind"] == "related"


def test_a_full_record_round_trips_through_json_and_fits_the_schema(schema: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = _record().to_dict()
    line = json.dumps(data, ensure_ascii=False)
    assert json.loads(line) == data
    jsonschema.validate(json.loads(line), schema)
    assert ArticleRecord.from_dict(json.loads(line)).to_dict() == data
