"""The person decision's weights file (`extract.learn.checked_weights`): read and checked
once; a broken, stale or short file raises `WeightsError` naming its path, an absent one keeps
every person with one warning."""

from __future__ import annotations

import json
import logging

import pytest

from extract import learn
from extract.learn import checked_weights
from extract.people import decision
from extract.people.decision import FEATURES, WeightsError


def _write(tmp_path, data) -> object:
    path = tmp_path / "person-decision.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _good() -> dict:
    return {"features": list(FEATURES), "coefficients": [0.0] * len(FEATURES), "threshold": 0.3}


def test_a_good_file_gives_its_coefficients_and_threshold(tmp_path) -> None:
    assert checked_weights(_write(tmp_path, _good()), FEATURES, "person") == ((0.0,) * len(FEATURES), 0.3)


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ("{not json", "unreadable"),
        ({"features": list(FEATURES), "threshold": 0.3}, "unreadable"),  # no coefficients
        ({**_good(), "features": [*FEATURES, "address_before"]}, "other features"),  # stale
        ({**_good(), "coefficients": [0.0] * (len(FEATURES) - 1)}, "coefficients for"),  # short
    ],
)
def test_a_bad_file_raises_naming_its_path(tmp_path, data, says: str) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(WeightsError, match=says) as err:
        checked_weights(path, FEATURES, "person")
    assert str(path) in str(err.value)


def test_no_file_keeps_every_person_with_one_warning(monkeypatch, tmp_path, caplog) -> None:
    monkeypatch.setattr(decision, "WEIGHTS", tmp_path / "absent.json")
    monkeypatch.setattr(learn.sys, "prefix", str(tmp_path))
    decision._weights.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=decision.__name__):
            assert decision._weights() is None
            assert decision._weights() is None
        assert len([r for r in caplog.records if "person decision" in r.getMessage()]) == 1
    finally:
        decision._weights.cache_clear()
