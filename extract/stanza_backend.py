"""Optional Stanza backend: tokens, UD part-of-speech tags and lemmas from a local Stanza pipeline.

Stanza has no Indonesian NER, so entities always come from warta's own model (`extract.ner`);
this backend only adds linguistic annotation when the user has a Stanza Indonesian pipeline
(``tokenize``, ``pos``, ``lemma``) on disk, e.g. from ``stanza.download("id", dir=DIR)`` on a
machine with network access. Install with ``pip install "warta[stanza]"``; the default install
does not pull Stanza (or torch), and this module imports it only when a backend is built.

    backend = StanzaBackend.from_path("~/stanza_resources")
    tokens = backend("Gubernur Jawa Barat meresmikan jembatan baru.")
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ModelError

__all__ = ["PROCESSORS", "StanzaBackend", "TaggedToken", "check_stanza_dir", "load_backend"]

LANG = "id"
PROCESSORS = ("tokenize", "pos", "lemma")


@dataclass(frozen=True, slots=True)
class TaggedToken:
    """One word: its text, half-open character span into the input, UD POS tag and lemma."""

    text: str
    span: tuple[int, int]
    pos: str | None
    lemma: str | None


def check_stanza_dir(stanza_dir: str | Path) -> Path:
    """The Stanza resources folder holding an Indonesian pipeline with every needed processor.

    Accepts the resources root (holding ``resources.json`` and ``id/``) or its ``id/`` folder.

    Raises:
        ModelError: the folder is missing, or lacks ``resources.json`` or a processor's model.
    """
    root = Path(stanza_dir).expanduser()
    if not root.is_dir():
        raise ModelError(f"Stanza directory {str(root)!r} does not exist")
    if root.name == LANG and not (root / LANG).is_dir() and (root.parent / "resources.json").is_file():
        root = root.parent
    if not (root / "resources.json").is_file():
        raise ModelError(
            f"{str(root)!r} is not a Stanza resources directory (no resources.json); "
            f'create one elsewhere with stanza.download("{LANG}", dir=..., '
            f'processors="{",".join(PROCESSORS)}")'
        )
    missing = [p for p in PROCESSORS if not any((root / LANG / p).glob("*.pt"))]
    if missing:
        raise ModelError(
            f"the Stanza Indonesian pipeline in {str(root)!r} is incomplete: no model for "
            f"{', '.join(missing)} (expected {LANG}/<processor>/*.pt)"
        )
    return root.resolve()


class StanzaBackend:
    """Runs a Stanza pipeline (or anything with the same shape) and returns `TaggedToken` lists."""

    def __init__(self, pipeline: Callable[[str], Any]) -> None:
        self._pipeline = pipeline

    @classmethod
    def from_path(cls, stanza_dir: str | Path, *, use_gpu: bool = False) -> StanzaBackend:
        """Build the backend from a local Stanza resources folder (never downloads).

        Raises:
            ModelError: Stanza is not installed, or the folder is missing or incomplete.
        """
        root = check_stanza_dir(stanza_dir)
        try:
            import stanza
        except ImportError as exc:
            raise ModelError('the Stanza backend needs Stanza: pip install "warta[stanza]"') from exc
        try:
            pipeline = stanza.Pipeline(
                lang=LANG,
                dir=str(root),
                processors=",".join(PROCESSORS),
                download_method=None,  # never reach the network
                use_gpu=use_gpu,
                logging_level="WARN",
            )
        except Exception as exc:
            raise ModelError(f"cannot load the Stanza pipeline in {str(root)!r}: {exc}") from exc
        return cls(pipeline)

    def __call__(self, text: str) -> list[TaggedToken]:
        """Tokens with POS tags and lemmas, spans into ``text``; ``[]`` for an empty text.

        Words of a multi-word token (rare in Indonesian) share their token's span.
        """
        if not text or text.isspace():
            return []
        doc = self._pipeline(text)
        out: list[TaggedToken] = []
        for sentence in doc.sentences:
            for word in sentence.words:
                start, end = _word_span(word)
                if start is None or end is None:
                    continue
                out.append(
                    TaggedToken(
                        text=text[start:end],
                        span=(start, end),
                        pos=getattr(word, "upos", None),
                        lemma=getattr(word, "lemma", None),
                    )
                )
        return out


def _word_span(word: Any) -> tuple[int | None, int | None]:
    start, end = getattr(word, "start_char", None), getattr(word, "end_char", None)
    if start is None or end is None:
        parent = getattr(word, "parent", None)
        start, end = getattr(parent, "start_char", None), getattr(parent, "end_char", None)
    return start, end


@functools.cache
def _cached(root: Path, use_gpu: bool) -> StanzaBackend:
    return StanzaBackend.from_path(root, use_gpu=use_gpu)


def load_backend(stanza_dir: str | Path, *, use_gpu: bool = False) -> StanzaBackend:
    """`StanzaBackend.from_path`, loaded once per process and folder."""
    return _cached(check_stanza_dir(stanza_dir), use_gpu)
