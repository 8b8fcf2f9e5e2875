"""Loading the model imports spaCy without its command line; spaCy's own `spacy.cli` still works after."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("spacy")

ROOT = Path(__file__).resolve().parents[2]

#: What spaCy's command line imports and a worker that only runs the model never needs.
CLI_MODULES = ("spacy.cli", "typer", "weasel", "httpx", "jinja2")


def _fresh(code: str) -> list[str]:
    """The lines ``code`` prints in a fresh interpreter (this one has imported spaCy already)."""
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


#: Two sentences in the style of regional news: a regent and a market, a ministry and a province.
TEXT = (
    "Bupati Sleman Kustini Sri Purnomo meninjau Pasar Prambanan, Senin. "
    "Kementerian Kesehatan mengirim 20 dokter ke Provinsi Papua Tengah."
)
#: The bare model's entities on `TEXT` (the entity layer, not run here, restores `Kustini`).
EXPECTED = repr(
    [
        ("Sleman", "LOC", (7, 13)),
        ("Sri Purnomo", "PER", (22, 33)),
        ("Pasar Prambanan", "LOC", (43, 58)),
        ("Kementerian Kesehatan", "ORG", (67, 88)),
        ("Provinsi Papua Tengah", "LOC", (111, 132)),
    ]
)


@pytest.mark.model
@pytest.mark.parametrize("first", ["", "import spacy"], ids=["model-first", "spacy-first"])
def test_model_entities_whichever_imports_spacy_first(first: str) -> None:
    """The model finds the same entities whether spaCy came in without its command line (the
    model loaded first) or whole (spaCy imported first); only the first leaves typer and the rest out."""
    lines = _fresh(
        f"""
        import sys
        {first}
        from extract.ner import extract_entities
        print([(e.text, e.label, e.span) for e in extract_entities({TEXT!r})])
        print(sorted(m for m in {CLI_MODULES!r} if m in sys.modules))
        """
    )
    assert lines[0] == EXPECTED
    assert lines[1] == ("[]" if not first else repr(sorted(CLI_MODULES)))


@pytest.mark.model
def test_spacy_command_line_imports_after_the_model() -> None:
    lines = _fresh(
        """
        from extract.ner import load_model
        load_model()
        import spacy
        import spacy.cli
        print(callable(spacy.cli.setup_cli), spacy.cli.info.__module__)
        print(spacy.info(silent=True)["spacy_version"] == spacy.__version__)
        """
    )
    assert lines == ["True spacy.cli.info", "True"]


def test_spacy_imported_first_is_kept() -> None:
    lines = _fresh(
        """
        import spacy
        from extract.ner.model import _import_spacy
        print(_import_spacy() is spacy, "spacy.cli" in __import__("sys").modules)
        """
    )
    assert lines == ["True True"]
