"""A holder written again with one word (issue 13, article level): a clip (`Risma`), a respelling
(`Affifuddin`) or a word (`Gede`) of the one longer holder's name, holding the same post (the same
words, or a short form made of its words' pieces: `Mensos`), is that holder, one entry with the
fullest name (GUIDELINES §2); a short name holding another post stays another person.

Every sentence is written for the test: names, places and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from tests.official_records import official_record as _rec

ONE = [
    (
        "Menteri Sosial Tri Rismawati menegaskan bantuan akan segera cair. "
        "Mensos Risma di Jakarta, Senin, mengatakan data penerima sudah diperbarui.",
        "Menteri Sosial Tri Rismawati",
        "Tri Rismawati",
        "Menteri Sosial",
    ),
    (
        "Apel dipimpin Kasat Polairud AKP Gede Wirayasa di dermaga. "
        "Dalam arahannya, Kasat Polairud AKP Gede menekankan pentingnya kerja sama.",
        "Kasat Polairud AKP Gede Wirayasa",
        "Gede Wirayasa",
        "Kasat Polairud",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name", "title"), ONE, ids=["clip", "word"])
def test_a_holder_written_short_is_one_entry(text: str, mention: str, name: str, title: str) -> None:
    assert extract_officials(text) == [_rec(text, mention, name, title)]


TWO = [
    # a clip of the longer name holding another post: another person
    (
        "Camat Sukamaju Budi memimpin rapat itu. Kapolsek Sukamaju Budiman Santoso turut hadir.",
        [("Budi", "Camat Sukamaju"), ("Budiman Santoso", "Kapolsek Sukamaju")],
    ),
    # a short form that is no piece of the post's words (`Kadis` of `Menteri Sosial`)
    (
        "Menteri Sosial Tri Rismawati hadir di sana. Kadis Sosial Risma ikut mendampingi.",
        [("Tri Rismawati", "Menteri Sosial"), ("Risma", "Kadis Sosial")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO, ids=["other-post", "other-short-form"])
def test_a_short_name_with_another_post_stays_apart(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in extract_officials(text)] == expected
