"""Officials: a holder's first name that is also a common word, after the body's acronym
(issue 13, round officials38).

Found reading news-raw sport news (`Ketua Umum <acronym> Adil <Name>` … `kata Adil`): the
common first name and a last name that is also a post left the segment with no name, so the
holder was lost. The article calling the person by the first word alone after a speech verb or
an honorific is the evidence. Every sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

import pytest

from .test_roles import _officials, _per


def _pairs(sentence: str, *names: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in _officials(sentence, _per(sentence, *names))]


def test_common_first_name_called_alone_opens_the_holder() -> None:
    s = "Ketua Umum KORMI Adil Hakim membuka acara itu. Olahraga membuat warga bugar, kata Adil."
    assert _pairs(s, "Adil Hakim") == [("Adil Hakim", "Ketua Umum KORMI")]


def test_common_first_name_after_an_honorific_elsewhere() -> None:
    s = "Ketua Umum KORMI Adil Hakim membuka acara itu. Menurut Pak Adil, warga makin bugar."
    assert _pairs(s, "Adil Hakim") == [("Adil Hakim", "Ketua Umum KORMI")]


@pytest.mark.xfail(strict=True, reason="no other mention: a common word and a post word read as title")
def test_common_word_never_called_alone_is_a_known_miss() -> None:
    s = "Ketua Umum KORMI Adil Hakim membuka acara itu. Warga makin bugar."
    assert _pairs(s, "Adil Hakim") == [("Adil Hakim", "Ketua Umum KORMI")]
