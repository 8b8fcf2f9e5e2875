"""The optional Stanza backend, tested with a fake pipeline object: no Stanza, no download."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import pytest

from extract.errors import ModelError
from extract.stanza_backend import StanzaBackend, TaggedToken, check_stanza_dir


@dataclass
class FakeWord:
    text: str
    upos: str
    lemma: str
    start_char: int | None
    end_char: int | None
    parent: object | None = None


@dataclass
class FakeSentence:
    words: list[FakeWord] = field(default_factory=list)


@dataclass
class FakeDoc:
    sentences: list[FakeSentence]


class FakePipeline:
    """Whitespace tokenizer with a tiny tag/lemma table, shaped like a stanza Document."""

    TAGS: ClassVar[dict[str, str]] = {
        "Gubernur": "NOUN",
        "meresmikan": "VERB",
        "jembatan": "NOUN",
        "baru": "ADJ",
        ".": "PUNCT",
    }
    LEMMAS: ClassVar[dict[str, str]] = {"meresmikan": "resmi"}

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str) -> FakeDoc:
        self.calls += 1
        words, pos = [], 0
        for piece in text.replace(".", " .").split():
            start = text.index(piece, pos)
            pos = start + len(piece)
            words.append(
                FakeWord(
                    piece, self.TAGS.get(piece, "PROPN"), self.LEMMAS.get(piece, piece.lower()), start, pos
                )
            )
        return FakeDoc([FakeSentence(words)])


def test_backend_returns_tokens_with_spans_pos_and_lemmas() -> None:
    text = "Gubernur Ridwan meresmikan jembatan baru."
    tokens = StanzaBackend(FakePipeline())(text)
    assert tokens == [
        TaggedToken("Gubernur", (0, 8), "NOUN", "gubernur"),
        TaggedToken("Ridwan", (9, 15), "PROPN", "ridwan"),
        TaggedToken("meresmikan", (16, 26), "VERB", "resmi"),
        TaggedToken("jembatan", (27, 35), "NOUN", "jembatan"),
        TaggedToken("baru", (36, 40), "ADJ", "baru"),
        TaggedToken(".", (40, 41), "PUNCT", "."),
    ]
    assert all(text[t.span[0] : t.span[1]] == t.text for t in tokens)


def test_multiword_token_words_take_their_token_span() -> None:
    class Parent:
        start_char, end_char = 0, 8

    class MWT:
        def __call__(self, text: str) -> FakeDoc:
            return FakeDoc([FakeSentence([FakeWord("beli", "VERB", "beli", None, None, Parent())])])

    assert StanzaBackend(MWT())("Belinya.") == [TaggedToken("Belinya.", (0, 8), "VERB", "beli")]


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_text_gives_no_tokens_and_does_not_call_the_pipeline(text: str) -> None:
    fake = FakePipeline()
    assert StanzaBackend(fake)(text) == []
    assert fake.calls == 0


def _make_resources(root: Path, processors: tuple[str, ...]) -> Path:
    (root / "resources.json").write_text("{}", encoding="utf-8")
    for proc in processors:
        (root / "id" / proc).mkdir(parents=True)
        (root / "id" / proc / "gsd.pt").write_bytes(b"")
    return root


def test_missing_directory_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        check_stanza_dir(tmp_path / "nowhere")


def test_directory_without_resources_json_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"resources\.json"):
        check_stanza_dir(tmp_path)


def test_incomplete_pipeline_names_the_missing_processors(tmp_path: Path) -> None:
    _make_resources(tmp_path, ("tokenize",))
    with pytest.raises(ModelError, match="incomplete: no model for pos, lemma"):
        check_stanza_dir(tmp_path)


@pytest.mark.parametrize("sub", ["", "id"])
def test_complete_pipeline_is_accepted_from_root_or_language_folder(tmp_path: Path, sub: str) -> None:
    root = _make_resources(tmp_path, ("tokenize", "pos", "lemma"))
    assert check_stanza_dir(root / sub if sub else root) == root.resolve()


def test_from_path_without_stanza_installed_explains_how_to_install(tmp_path: Path) -> None:
    try:
        import stanza  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("stanza is installed here; the install hint is not reachable")
    root = _make_resources(tmp_path, ("tokenize", "pos", "lemma"))
    with pytest.raises(ModelError, match=r"warta\[stanza\]"):
        StanzaBackend.from_path(root)
