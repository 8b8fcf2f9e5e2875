"""Known misses of persons written short (issue 12, session 38's persons3): the model spans a
real person's name without one of its words and the people layer does not give the fullest form
the article writes (GUIDELINES §2): a suffix after it (`MD` of `Mahfud MD`)."""

from __future__ import annotations

import pytest

from tests.person_records import person_spans


@pytest.mark.xfail(
    strict=True,
    reason="an all-capital suffix after a name (`MD`) is no name word to `_written_on` (news tune nr07605)",
)
def test_a_capital_suffix_after_the_name_is_the_name() -> None:
    text = "Partai itu mengusung pasangan Ganjar Pranowo dan Mahfud MD pada pemilihan presiden."
    found = [("Ganjar Pranowo", "PER"), ("Mahfud", "PER")]
    assert person_spans(text, found) == [("Ganjar Pranowo", ((30, 44),)), ("Mahfud MD", ((49, 58),))]
