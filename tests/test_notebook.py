"""examples/quickstart.ipynb runs from top to bottom, so the example never rots."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def test_committed_notebook_has_no_outputs():
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (the `test` extra has it)")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code), "clear the outputs"


@pytest.mark.slow
def test_quickstart_executes(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (the `test` extra has it)")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (the `test` extra has it)")
    pytest.importorskip("ipykernel", reason="ipykernel is not installed (the `test` extra has it)")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # The notebook writes its outputs under tempfile's folder: the kernel inherits TMPDIR, so the
    # run leaves nothing behind in the machine's /tmp.
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    # The kernel starts in the repository root; the notebook also finds it from examples/.
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, if a cell fails

    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("doc_id" in h and "<table" in h for h in html), "the DataFrames are shown"
    assert any('class="warta-show"' in h and "w-label" in h for h in html), "one article is shown"
    text = "".join(out.get("text", "") for out in outputs)
    assert "report.html" in text
