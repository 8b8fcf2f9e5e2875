"""The inline markers of a paragraph (`extract.clean.inline`): each searched on its own finds what
the markers' one alternation finds."""

from __future__ import annotations

import pytest

from extract.clean.inline import _inline_start, _patterns


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("Bupati meresmikan jembatan desa ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT warga senang.", 32),
        ("Harga cabai naik lagi pekan ini [Gambas: Video Pasar] kata pedagang. Tinggalkan Komentar", 32),
        ("Petani di lereng bukit memanen kopi arabika tanpa pupuk kimia.", None),
        ("", None),
    ],
)
def test_the_first_inline_marker_is_where_the_alternation_finds_it(line: str, first: int | None) -> None:
    assert _inline_start(line, 0, len(line)) == first
    for start in range(0, len(line) + 1, 7):
        for end in (len(line), min(len(line), start + 40)):
            m = _patterns().inline.search(line, start, end)
            assert _inline_start(line, start, end) == (m.start() if m else None)
