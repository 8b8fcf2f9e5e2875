"""warta's Indonesian tokenizer, ``warta.id_tokenizer.v1``: spaCy's ``id`` splits, built in milliseconds.

It splits text exactly as ``spacy.blank("id")`` does but builds in milliseconds instead of ~2-4 s,
because the 15,614 hyphenated words that Indonesian keeps whole (``kunang-kunang``, ``Bapak-ibu``)
are looked up in a set instead of being compiled into 15,614 tokenizer special cases: through
``token_match`` when the word stands alone between spaces, and by merging tokens after the split
when it is glued to other text by an infix (``year-on-year/yoy``), as spaCy's special-case
matcher does.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["TOKENIZER_NAME", "create_id_tokenizer", "make_id_tokenizer", "register_tokenizer"]

TOKENIZER_NAME = "warta.id_tokenizer.v1"
# Whitespace-delimited chunks whose split the tokenizer keeps (spaCy's default: 10,000). News
# text fills 10,000 within a worker's first few dozen articles, and every chunk after that is
# split again by the prefix/suffix/infix regexes: 50,000 measured the model's tokenizer at 1.3-1.5
# against 2.3-3.8 CPU ms per article over news-raw 500-4000, for at most ~12 MB more per process
# (the cache is bounded; the split is a pure function of the chunk, so no token changes).
CACHE_CHUNKS = 50_000


class _WordSet:
    """``token_match`` for spaCy's Tokenizer: a set lookup, plus an optional fallback matcher.

    Tokenizer serialisation stores ``token_match.__self__.pattern``; ``None`` here means
    "nothing to store", so the set is rebuilt from spaCy's own Indonesian data on load instead
    of being written into the model directory.
    """

    pattern = None

    def __init__(self, words: frozenset[str], fallback: Callable[[str], Any] | None = None) -> None:
        self.words = words
        self.fallback = fallback

    def match(self, string: str) -> bool:
        if string in self.words:
            return True
        return bool(self.fallback(string)) if self.fallback is not None else False


class _PrefixSearch:
    """``prefix_search`` for spaCy's Tokenizer: what ``compile_prefix_regex(entries).search``
    finds, four times quicker. spaCy anchors every rule at the chunk's start (``^``), yet its
    search tries all of them at every character; here they are tried at the first only, and
    further on only the rules whose ``|`` may hold an alternative with no anchor of its own
    (``<a href=…>``), in their order: the leftmost match, the first rule on a tie, as before.
    Serialised as the whole pattern, like the search it stands for."""

    def __init__(self, entries: Iterable[str]) -> None:
        from spacy.util import compile_prefix_regex

        pieces = [piece for piece in entries if piece.strip()]
        self.anchored = compile_prefix_regex(pieces)
        self.pattern = self.anchored.pattern
        loose = [piece for piece in pieces if "|" in piece]
        self.later = compile_prefix_regex(loose) if loose else None

    def search(self, string: str) -> re.Match[str] | None:
        found = self.anchored.match(string)
        if found is None and self.later is not None:
            return self.later.search(string, 1)
        return found


@functools.cache
def _split_exceptions() -> tuple[dict[str, list[dict[int, str]]], frozenset[str]]:
    """spaCy's Indonesian exceptions, split into (special cases to keep, words kept whole)."""
    from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
    from spacy.symbols import ORTH

    rules: dict[str, list[dict[int, str]]] = {}
    whole: set[str] = set()
    for key, value in TOKENIZER_EXCEPTIONS.items():
        # A hyphenated exception that is one token with no other attribute only says "do not
        # split at the hyphen": token_match says the same, for the price of a set lookup.
        # Emoticons such as ":-)" stay special cases: they are punctuation, not words.
        if "-" in key and value == [{ORTH: key}] and all(c.isalnum() or c in "-'." for c in key):
            whole.add(key)
        else:
            rules[key] = value
    return rules, frozenset(whole)


@functools.cache
def _tokenizer_class() -> type:
    from spacy.tokenizer import Tokenizer

    class IndonesianTokenizer(Tokenizer):  # type: ignore[misc, valid-type]
        """spaCy's Tokenizer whose word set survives `from_bytes`/`from_disk`.

        spaCy's `from_bytes` resets ``token_match`` to what was serialised, and a set lookup
        serialises as nothing; the set is put back from spaCy's own Indonesian data.
        """

        def __call__(self, string: str) -> Doc:
            doc = super().__call__(string)
            if "-" in string:
                _merge_glued_words(doc, string)
            return doc

        def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> Tokenizer:
            from spacy import util

            data: dict[str, Any] = {}
            keys = (
                "prefix_search",
                "suffix_search",
                "infix_finditer",
                "token_match",
                "url_match",
                "exceptions",
                "faster_heuristics",
            )
            readers = {k: functools.partial(data.__setitem__, k) for k in keys}
            util.from_bytes(bytes_data, readers, [*exclude, "vocab"])
            if self._same_state(data):
                # The saved tokenizer is the one this factory just built: re-adding its special
                # cases would only cost time (most of a model's load time, measured).
                return self
            super().from_bytes(bytes_data, exclude=exclude)
            self.token_match = _WordSet(_split_exceptions()[1], _id_defaults().token_match).match
            return self

        def _same_state(self, data: dict[str, Any]) -> bool:
            def pattern(f: Any) -> str | None:
                return None if f is None else getattr(f.__self__, "pattern", None)

            return (
                data.get("prefix_search") == pattern(self.prefix_search)
                and data.get("suffix_search") == pattern(self.suffix_search)
                and data.get("infix_finditer") == pattern(self.infix_finditer)
                and data.get("token_match") is None
                and data.get("url_match") == pattern(self.url_match)
                and data.get("faster_heuristics", self.faster_heuristics) == self.faster_heuristics
                and data.get("exceptions") == self.rules
            )

        def __reduce__(self):  # type: ignore[no-untyped-def]
            # Pickle (nlp.pipe(n_process=...)) as the plain state; unpickling rebuilds the set.
            return (_unpickle_tokenizer, (self.vocab, self.to_bytes(exclude=["vocab"])))

    IndonesianTokenizer.__module__ = __name__
    IndonesianTokenizer.__qualname__ = "IndonesianTokenizer"
    return IndonesianTokenizer


@functools.cache
def _glue_index() -> tuple[int, frozenset[str]]:
    """(longest kept-whole word in characters, every ``a-b`` of two neighbouring word parts)."""
    whole = _split_exceptions()[1]
    pairs = {f"{a}-{b}" for w in whole for a, b in itertools.pairwise(w.split("-"))}
    return max(len(w) for w in whole), frozenset(pairs)


def _glued_matches(doc: Doc, text: str) -> set[tuple[int, int]]:
    """Token ranges ``[start, end)`` that spell a kept-whole word with no space inside.

    Such a word glued to other text (``year-on-year/yoy``) escapes ``token_match``, which sees
    the whole glued string, and is split at its hyphens by the infix rules; spaCy's special-case
    matcher then finds the pieces again. Only a split hyphen between two parts of a kept word
    (`_glue_index`) is looked at, so a text of glued hyphens costs one lookup per hyphen.
    ``text`` is the tokenized string, ``doc.text`` (which spaCy rebuilds token by token: dear).
    """
    whole = _split_exceptions()[1]
    longest, pairs = _glue_index()
    found: set[tuple[int, int]] = set()
    for i in (doc.to_array("ORTH") == doc.vocab.strings["-"]).nonzero()[0].tolist():
        if not 0 < i < len(doc) - 1 or doc[i].whitespace_ or doc[i - 1].whitespace_:
            continue
        if f"{doc[i - 1].text}-{doc[i + 1].text}" not in pairs:
            continue
        first = i - 1
        while first > 0 and not doc[first - 1].whitespace_ and doc[i].idx - doc[first - 1].idx <= longest:
            first -= 1
        for start in range(first, i):
            begin = doc[start].idx
            for end in range(i + 2, len(doc) + 1):
                last = doc[end - 1]
                if last.idx + len(last) - begin > longest or doc[end - 2].whitespace_:
                    break
                if text[begin : last.idx + len(last)] in whole:
                    found.add((start, end))
    return found


def _merge_glued_words(doc: Doc, text: str) -> None:
    """Merge the `_glued_matches` of ``doc`` (the tokens of ``text``) as spaCy's special-case matcher does.

    spaCy keeps the longest match first (the leftmost of equal length) and drops a match whose
    first or last token lies in a match already considered.
    """
    matches = _glued_matches(doc, text)
    if not matches:
        return
    seen: set[int] = set()
    kept: list[tuple[int, int]] = []
    for start, end in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
        seen.update(range(start, end))
    with doc.retokenize() as retokenizer:
        for start, end in kept:
            retokenizer.merge(doc[start:end])


def _unpickle_tokenizer(vocab: Vocab, data: bytes) -> Tokenizer:
    return make_id_tokenizer(vocab).from_bytes(data, exclude=["vocab"])


def _id_defaults() -> Any:
    from spacy.lang.id import Indonesian

    return Indonesian.Defaults


def make_id_tokenizer(vocab: Vocab) -> Tokenizer:
    """A tokenizer that splits exactly like ``spacy.blank("id")``, built in milliseconds.

    >>> import spacy
    >>> register_tokenizer()
    >>> nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    >>> [t.text for t in nlp("Anak-anak bermain kunang-kunang di Jawa-Bali, kata Dr. Budi.")]
    ['Anak-anak', 'bermain', 'kunang-kunang', 'di', 'Jawa', '-', 'Bali', ',', 'kata', 'Dr.', 'Budi', '.']
    """
    from spacy.util import compile_infix_regex, compile_suffix_regex

    defaults = _id_defaults()
    rules, whole = _split_exceptions()
    return _tokenizer_class()(
        vocab,
        rules=rules,
        prefix_search=_PrefixSearch(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        token_match=_WordSet(whole, defaults.token_match).match,
        url_match=defaults.url_match,
        max_cache_size=CACHE_CHUNKS,
    )


def create_id_tokenizer() -> Callable[[Language], Tokenizer]:
    """The registered tokenizer factory (``@tokenizers = "warta.id_tokenizer.v1"``)."""

    def make(nlp: Language) -> Tokenizer:
        return make_id_tokenizer(nlp.vocab)

    return make


def register_tokenizer() -> None:
    """Register ``warta.id_tokenizer.v1`` with spaCy (idempotent, cheap)."""
    # spaCy resolves the model's [nlp.tokenizer] through its registry; registering costs a dict
    # insert. Outside warta, `spacy.load` finds it through the package's `spacy_tokenizers`
    # entry point instead.
    from spacy.util import registry

    if TOKENIZER_NAME not in registry.tokenizers.get_all():
        registry.tokenizers.register(TOKENIZER_NAME, func=create_id_tokenizer)
