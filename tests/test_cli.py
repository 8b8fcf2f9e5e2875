"""The command line, called as main(argv) in process (no subprocess) except where start-up matters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline

from .conftest import ROOT


def test_help_imports_nothing_heavy() -> None:
    code = (
        "import sys, contextlib, io, pipeline\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: pipeline.main(['--help'])\n"
        "    except SystemExit: pass\n"
        "heavy = [m for m in ('spacy', 'pandas', 'pyarrow', 'dateparser', 'thinc') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_run_a_folder(tmp_path: Path, sample_paths: list[Path], capsys) -> None:
    out = tmp_path / "out"
    code = pipeline.main(
        ["run", str(sample_paths[0].parent), "--out", str(out), "--workers", "1", "--no-ner"]
    )
    assert code == pipeline.EXIT_OK
    assert len((out / "records.jsonl").read_text(encoding="utf-8").splitlines()) == len(sample_paths)
    assert "5 articles, 5 records, 0 failed" in capsys.readouterr().err
    assert (out / "warta.log").read_text(encoding="utf-8").strip()


def test_run_refuses_to_clobber_then_forces(tmp_path: Path, sample_paths: list[Path], capsys) -> None:
    args = ["run", str(sample_paths[0].parent), "--out", str(tmp_path), "--workers", "1", "--no-ner"]
    assert pipeline.main(args) == pipeline.EXIT_OK
    assert pipeline.main(args) == pipeline.EXIT_ERROR
    assert "--force" in capsys.readouterr().err
    assert pipeline.main([*args, "--force"]) == pipeline.EXIT_OK


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["run", "no/such/folder"], "input not found"),
        (["run", "data/raw", "--timeout", "nan"], "timeout must be a positive, finite"),
        (["run", "data/raw", "--timeout", "inf"], "timeout must be a positive, finite"),
        (["run", "data/raw", "--max-mb", "inf"], "--max-mb must be a positive number"),
        (["run", "data/raw", "--max-mb", "0"], "--max-mb must be a positive number"),
        (["run", "data/raw", "--reference-date", "2021-13-45"], "YYYY-MM-DD"),
        (["run", "data/raw", "--workers", "0"], "workers"),
    ],
)
def test_bad_options_exit_1_with_a_reason(argv: list[str], message: str, tmp_path: Path, capsys) -> None:
    assert pipeline.main([*argv, "--out", str(tmp_path / "o")]) == pipeline.EXIT_ERROR
    assert message in capsys.readouterr().err


def test_unknown_option_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        pipeline.main(["run", "--no-such-option"])
    assert exc.value.code == pipeline.EXIT_USAGE


def test_reference_date_reaches_the_records(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "JEMBRANA – Wakil Bupati Jembrana menggelar teleconference, Kamis (30/04).", encoding="utf-8"
    )
    out = tmp_path / "out"
    argv = [
        "run",
        str(folder),
        "--out",
        str(out),
        "--no-ner",
        "--workers",
        "1",
        "--reference-date",
        "2020-05-02",
    ]
    assert pipeline.main(argv) == pipeline.EXIT_OK
    rec = json.loads((out / "records.jsonl").read_text(encoding="utf-8"))
    assert [d["value"] for d in rec["dates"]] == ["2020-04-30"]
