"""A decision's weights file (`extract.learn.checked_weights`): every value of the wrong type and
every number that is not finite raises `WeightsError` naming the path (a NaN threshold would keep
every name silently), and a broken file is read once a process."""

from __future__ import annotations

import json

import pytest

from extract import learn
from extract.learn import WeightsError, checked_weights

FEATURES = ("bias", "model_org", "one_word")


def _write(tmp_path, data) -> object:
    path = tmp_path / "org-decision.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _good() -> dict:
    return {"features": list(FEATURES), "coefficients": [0.5, -1.0, 2], "threshold": 0.35}


def test_a_good_file_gives_floats(tmp_path) -> None:
    assert checked_weights(_write(tmp_path, _good()), FEATURES, "organisation") == ((0.5, -1.0, 2.0), 0.35)


@pytest.mark.parametrize(
    "data",
    [
        {**_good(), "features": 5},
        {**_good(), "features": None},
        {**_good(), "features": [1, 2, 3]},
        {**_good(), "coefficients": 0.5},
        {**_good(), "coefficients": [0.5, True, 1.0]},
        {**_good(), "coefficients": [0.5, "1.0", 1.0]},
        {**_good(), "threshold": float("nan")},
        {**_good(), "threshold": float("inf")},
        {**_good(), "threshold": None},
        {**_good(), "coefficients": [0.5, float("nan"), 1.0]},
        [1, 2],
    ],
)
def test_a_value_of_another_type_or_not_finite_raises_naming_the_path(tmp_path, data) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(WeightsError, match="unreadable organisation-decision weights") as err:
        checked_weights(path, FEATURES, "organisation")
    assert str(path) in str(err.value)


def test_a_broken_file_is_read_once(tmp_path, monkeypatch) -> None:
    path = _write(tmp_path, {**_good(), "threshold": float("nan")})
    reads = []
    real = learn._read
    monkeypatch.setattr(learn, "_read", lambda *a: reads.append(a) or real(*a))
    for _ in range(3):
        with pytest.raises(WeightsError, match=str(path)):
            checked_weights(path, FEATURES, "organisation")
    assert len(reads) == 1
