"""The architecture's budget (issue 11), checked on the source: function size, imports, layers.

A rule engine that lives in 300-line branch trees can only be fixed by adding another
branch; these checks keep every rule a small function in the module where its kind lives.
Complexity (cyclomatic, at most 25) is ruff's C901, enforced by tests/test_lint.py through
pyproject.toml; this file checks what ruff cannot.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "extract"
# Lines of a function's code: its signature and body, its docstring aside (a public entry point
# documents every argument; the documentation is no branch to fix).
MAX_FUNCTION_LINES = 60

# Packages of the library by layer: a module may import from its own layer's package or
# from a lower layer, never from a higher one.
LAYERS = {
    "records": 0,
    "_version": 0,
    "errors": 0,
    "resources": 0,
    "learn": 0,  # a logistic regression: numbers in, numbers out
    "text": 1,
    "clean": 2,
    "ner": 2,
    "people": 2,
    "dates": 2,
    "prices": 2,
    "participants": 2,
    "quotes": 3,  # reads what people found (persons, officials)
    "article": 4,
    "stages": 4,
    "components": 5,
    "output": 5,
    "stanza_backend": 2,
    "__init__": 6,
}


def _sources() -> Iterator[Path]:
    yield from sorted(LIBRARY.rglob("*.py"))
    yield ROOT / "pipeline.py"


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _package_of(path: Path) -> str:
    parts = path.relative_to(LIBRARY).with_suffix("").parts
    return parts[0]


def _imported_packages(path: Path, node: ast.ImportFrom | ast.Import) -> list[str]:
    """The top-level extract/ packages an import statement reaches."""
    if isinstance(node, ast.Import):
        return [a.name.split(".")[1] for a in node.names if a.name.startswith("extract.")]
    if node.level == 0:
        mod = node.module or ""
        if mod == "extract":
            return [a.name for a in node.names]
        return [mod.split(".")[1]] if mod.startswith("extract.") else []
    # relative: resolve against the module's package
    here = list(path.relative_to(LIBRARY).with_suffix("").parts[:-1])
    base = here[: len(here) - (node.level - 1)] if node.level > 1 else here
    target = base + (node.module.split(".") if node.module else [])
    if target:
        return [target[0]]
    return [a.name for a in node.names]  # `from . import x` at the top of the package


@pytest.mark.parametrize("path", list(_sources()), ids=lambda p: str(p.relative_to(ROOT)))
def test_functions_fit_the_budget(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{fn.name} ({_code_lines(fn)} lines of code, line {fn.lineno})"
        for fn in _functions(tree)
        if _code_lines(fn) > MAX_FUNCTION_LINES
    ]
    assert not long, f"{path.name}: functions over {MAX_FUNCTION_LINES} lines of code: {long}"


def _code_lines(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """The function's lines, its docstring's aside."""
    lines = fn.end_lineno - fn.lineno + 1
    first = fn.body[0]
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        lines -= first.end_lineno - first.lineno + 1
    return lines


@pytest.mark.parametrize("path", list(_sources()), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_function_level_import_of_warta(path: Path) -> None:
    """Importing warta's own modules inside a function hides a cycle; third-party lazy imports
    (spaCy, Stanza, trafilatura) are how start-up stays cheap, and stay allowed."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for fn in _functions(tree):
        for node in ast.walk(fn):
            if isinstance(node, ast.ImportFrom) and (
                node.level > 0 or (node.module or "").startswith("extract")
            ):
                found.append(f"{fn.name}: line {node.lineno}")
            if isinstance(node, ast.Import) and any(a.name.startswith("extract") for a in node.names):
                found.append(f"{fn.name}: line {node.lineno}")
    if path.name == "pipeline.py":
        # the CLI imports the library lazily so that `warta --help` never pays for spaCy
        return
    assert not found, f"{path.relative_to(ROOT)}: function-level imports of warta modules: {found}"


@pytest.mark.parametrize("path", sorted(LIBRARY.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_dependencies_point_one_way(path: Path) -> None:
    package = _package_of(path)
    if package not in LAYERS:
        pytest.fail(f"{path.relative_to(ROOT)}: package {package!r} has no layer in LAYERS")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrong = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        for target in _imported_packages(path, node):
            if target == package or target not in LAYERS:
                continue
            if LAYERS[target] > LAYERS[package]:
                wrong.append(f"{package} -> {target} (line {node.lineno})")
    assert not wrong, f"{path.relative_to(ROOT)} imports upwards: {wrong}"


def test_packages_import_each_other_without_a_cycle() -> None:
    """Siblings of one layer may read each other (entity vetting reads the people lexicon), but
    never both ways round."""
    graph: dict[str, set[str]] = {}
    for path in sorted(LIBRARY.rglob("*.py")):
        package = _package_of(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                graph.setdefault(package, set()).update(
                    t for t in _imported_packages(path, node) if t != package and t in LAYERS
                )
    cycles = sorted(
        f"{a} <-> {b}" for a, deps in graph.items() for b in deps if a in graph.get(b, ()) and a < b
    )
    assert not cycles, cycles


@pytest.mark.parametrize("path", sorted(LIBRARY.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_cache_keyed_on_an_article(path: Path) -> None:
    """A cache keyed on a whole article's text lets a stage re-run another instead of taking
    its result as an argument; caches hold data files and compiled patterns only."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for fn in _functions(tree):
        cached = any(
            (isinstance(d, ast.Name) and d.id in {"cache", "lru_cache"})
            or (isinstance(d, ast.Call) and getattr(d.func, "id", getattr(d.func, "attr", "")) == "lru_cache")
            or (isinstance(d, ast.Attribute) and d.attr in {"cache", "lru_cache"})
            for d in fn.decorator_list
        )
        args = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
        if cached and args & {"text", "doc", "article", "raw"}:
            found.append(fn.name)
    assert not found, f"{path.relative_to(ROOT)}: caches keyed on an article: {found}"
