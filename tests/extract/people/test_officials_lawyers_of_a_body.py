"""Officials: a lawyer (`pengacara`) named with the legal-aid body or firm they work for holds a
post there (`Pengacara LBH X, Name`), as a researcher of a named body does; the person after
`pengacara` with no body is the client, who stays a person.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract import extract_article
from tests.official_records import article_officials as _officials


@pytest.mark.xfail(
    strict=True,
    reason="`pengacara` is no head of the title lexicon: added as a body head (like `peneliti`) it "
    "named Wilton, but the client after it (`pengacara Jokowi, Yakup …`) left the persons list",
)
def test_a_lawyer_of_a_named_body_holds_a_post() -> None:
    s = "Pengacara LBH Tanjung, Wilton, mengungkap Budi ditahan polisi."
    assert _officials(s) == [("Wilton", "Pengacara LBH Tanjung")]


def test_the_client_after_pengacara_stays_a_person() -> None:
    s = (
        "Semua sudah disampaikan, kata pengacara Jokowi, Yakup Hasibuan, di Jakarta. "
        "Pengacara Jokowi lainnya, Rivai Kusuma, menjelaskan pasal itu."
    )
    assert [p.name for p in extract_article(s.encode()).persons] == [
        "Jokowi",
        "Yakup Hasibuan",
        "Rivai Kusuma",
    ]
