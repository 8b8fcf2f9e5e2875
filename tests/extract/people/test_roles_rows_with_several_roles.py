"""A row of ``people_roles.txt`` that names several roles gives its word to each of them."""

from __future__ import annotations

from extract.people.lexicon import role_words


def test_a_ministers_posts_are_personal_heads_and_ministry_heads() -> None:
    posts = {"menteri", "wakil menteri", "wamen", "menko"}
    assert role_words("ministry_head") == posts
    assert posts <= role_words("personal_head")


def test_a_row_with_one_role_gives_its_word_to_that_role_only() -> None:
    assert "presiden" in role_words("personal_head")
    assert "presiden" not in role_words("ministry_head")
