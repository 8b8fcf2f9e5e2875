"""A hashtag or an account's handle glued to its word (`#TolakTambang`, `(@PersibOfficial)`) is a
tag or an account on a platform, no body's or place's name (GUIDELINES §6: platforms are no
entities); the name written beside it stays. Whole entity lists from `resolve_entities` on
invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "kept"),
    [
        (
            "Sampai sore ini, #TolakTambang masih menjadi topik terpopuler di Bandung.",
            [("#TolakTambang", "ORG"), ("Bandung", "LOC")],
            [("Bandung", "LOC", (65, 72))],
        ),
        (
            "Kabar itu diumumkan lewat akun resmi Persib Bandung (@PersibOfficial) pada Senin.",
            [("Persib Bandung", "ORG"), ("@PersibOfficial", "ORG")],
            [("Persib Bandung", "ORG", (37, 51))],
        ),
        (
            "Balapan disiarkan langsung di kanal youtube @BalapNusantara malam nanti.",
            [("@BalapNusantara", "ORG")],
            [],
        ),
    ],
)
def test_a_hashtag_or_a_handle_is_no_name(text: str, model: list, kept: list) -> None:
    assert _out(text, _model(text, model)) == kept
