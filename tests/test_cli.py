"""The command line, called as main(argv) in process (no subprocess) except where start-up matters."""

from __future__ import annotations

import json
import os
import shutil
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


# ---------------------------------------------------------------- outside the checkout (issue 17)

SAMPLE = (
    "PALANGKA RAYA – Wakil Wali Kota Palangka Raya Umi Mastikah membuka pelatihan rotan, "
    "Senin (24/8). Pelatihan diikuti 30 orang peserta dengan biaya Rp 1,5 juta."
)


def _cli(*args: str, cwd: Path = ROOT, env: dict | None = None, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, input=stdin, env=env
    )


def test_version_is_the_same_from_every_entry() -> None:
    import extract

    want = f"warta {extract.__version__}"
    assert _cli("pipeline.py", "--version").stdout.strip() == want
    assert _cli("-m", "pipeline", "--version").stdout.strip() == want
    assert _cli("pipeline.py", "--help").stdout == _cli("-m", "pipeline", "--help").stdout


@pytest.fixture()
def installed(tmp_path: Path) -> tuple[Path, dict]:
    """pipeline.py alone in a folder, as a wheel installs it: no checkout beside it."""
    site = tmp_path / "site-packages"
    site.mkdir()
    shutil.copy(ROOT / "pipeline.py", site / "pipeline.py")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
    return site, env


def test_installed_outputs_go_to_warta_out_in_the_working_folder(installed, tmp_path: Path) -> None:
    site, env = installed
    work = tmp_path / "work"
    (work / "in").mkdir(parents=True)
    (work / "in" / "a.txt").write_text(SAMPLE, encoding="utf-8")
    done = _cli("-m", "pipeline", "run", "in", "--no-ner", "--workers", "1", cwd=work, env=env)
    assert done.returncode == 0, done.stderr
    assert (work / "warta-out" / "records.jsonl").is_file()
    assert not (site / "data").exists()


def test_installed_without_a_command_is_a_usage_error(installed, tmp_path: Path) -> None:
    site, env = installed
    done = _cli("-m", "pipeline", cwd=tmp_path, env=env)
    assert done.returncode == pipeline.EXIT_USAGE
    assert "warta run INPUT" in done.stderr
    assert not (site / "data").exists()


def test_installed_never_writes_inside_the_installation(installed, tmp_path: Path) -> None:
    site, env = installed
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    argv = ["run", str(tmp_path / "a.txt"), "--out", str(site / "out"), "--no-ner"]
    done = _cli("-m", "pipeline", *argv, cwd=tmp_path, env=env)
    assert done.returncode == pipeline.EXIT_ERROR
    assert "inside the installation" in done.stderr and not (site / "out").exists()


def test_one_file_as_input(tmp_path: Path) -> None:
    (tmp_path / "berita.txt").write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "out"
    assert pipeline.main(["-q", "run", str(tmp_path / "berita.txt"), "--out", str(out), "--no-ner"]) == 0
    [rec] = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (rec["doc_id"], rec["source"]) == ("berita", str(tmp_path / "berita.txt"))


def test_stdin_as_input(tmp_path: Path) -> None:
    done = _cli("pipeline.py", "-q", "run", "-", "--out", str(tmp_path / "out"), "--no-ner", stdin=SAMPLE)
    assert done.returncode == 0, done.stderr
    [rec] = [
        json.loads(x) for x in (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert (rec["doc_id"], rec["source"]) == ("stdin", "-")
    assert not (ROOT / "-").exists() and not (tmp_path / "out" / "stdin.txt").exists()


def test_html_pages_go_through_trafilatura_then_the_cleaner(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    folder = tmp_path / "in"
    folder.mkdir()
    page = (
        "<html><head><title>Wawali Buka Pelatihan</title></head><body><nav>Beranda | Berita</nav>"
        f"<article><h1>Wawali Buka Pelatihan</h1><p>{SAMPLE}</p></article><footer>Hak cipta</footer>"
        "</body></html>"
    )
    (folder / "halaman.html").write_text(page, encoding="utf-8")
    (folder / "teks.txt").write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "out"
    assert pipeline.main(["-q", "run", str(folder), "--out", str(out), "--no-ner", "--workers", "1"]) == 0
    recs = {
        r["doc_id"]: r
        for r in (json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines())
    }
    assert set(recs) == {"halaman", "teks"}
    html = recs["halaman"]
    assert "Beranda" not in html["text"] and "Umi Mastikah" in html["text"]
    assert [p["min"] for p in html["prices"]] == [p["min"] for p in recs["teks"]["prices"]] == [1_500_000]
    import hashlib

    assert html["sha256"] == hashlib.sha256(page.encode()).hexdigest()  # the file's bytes


def test_show_prints_text_or_json_to_stdout(tmp_path: Path, capsys) -> None:
    article = tmp_path / "berita.txt"
    article.write_text(SAMPLE, encoding="utf-8")
    assert pipeline.main(["show", str(article), "--no-ner"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("doc_id:    berita\n") and "Rp 1,5 juta  ->  IDR 1.500.000" in text
    assert pipeline.main(["show", str(article), "--no-ner", "--json"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["doc_id"] == "berita" and rec["prices"][0]["min"] == 1_500_000
    assert pipeline.main(["show", str(article), "--no-ner", "--html", str(tmp_path / "p.html")]) == 0
    assert "<!DOCTYPE html>" in (tmp_path / "p.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: None, "article not found"),
    ],
)
def test_show_of_a_folder_or_nothing_is_a_clear_error(tmp_path: Path, capsys, make, message) -> None:
    make(tmp_path / "x")
    assert pipeline.main(["show", str(tmp_path / "x"), "--no-ner"]) == pipeline.EXIT_ERROR
    err = capsys.readouterr().err
    assert message in err and "Errno" not in err


def test_out_that_is_a_file_or_the_input_is_refused(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert pipeline.main(["run", str(folder), "--out", str(tmp_path / "file"), "--no-ner"]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err
    assert pipeline.main(["run", str(folder), "--out", str(folder), "--no-ner"]) == 1
    assert "the output folder is the input folder" in capsys.readouterr().err


def test_verbose_prints_the_summary_once(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    argv = [
        "-v",
        "run",
        str(tmp_path / "a.txt"),
        "--out",
        str(tmp_path / "out"),
        "--no-ner",
        "--workers",
        "1",
    ]
    assert pipeline.main(argv) == 0
    assert capsys.readouterr().err.count("1 articles, 1 records") == 1


def test_the_run_log_is_not_put_on_the_root_logger(tmp_path: Path, monkeypatch) -> None:
    import logging

    seen = []
    real = pipeline._run_into

    def spy(*args, **kwargs):
        seen.append(list(logging.getLogger().handlers))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_run_into", spy)
    before = list(logging.getLogger().handlers)
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    pipeline.run(tmp_path / "a.txt", tmp_path / "out", ner=False, workers=1)
    assert seen == [before]
    assert "1 articles, 1 records" in (tmp_path / "out" / "warta.log").read_text(encoding="utf-8")
