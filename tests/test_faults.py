"""The runner under faults, with real processes and real signals (issue 16).

Each test stays within a few seconds: a few hundred short articles without the NER model. The
long version (thousands of articles, random kills, a full disk) is benchmarks/fault_soak.py.
No test asserts how fast anything is; a bound on waiting only keeps a broken run from hanging.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import pipeline
from extract.errors import ArticleTimeout
from tests.pipeline_outputs import output_errors as _errors
from tests.pipeline_outputs import output_records as _records

from .conftest import ROOT, load_module, needs_model

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="process trees are read from /proc")

#: How long a test waits for a process to reach a state before failing (never a speed claim).
PATIENCE = 60.0

# A run whose worker processes kill themselves on the article named "poison" (in the stages after
# the model, which ran on its whole batch): spawned workers run this file's top level too, so
# the patch reaches them.
CRASHER = """
import os, signal, sys
sys.path.insert(0, {root!r})
import extract.article, pipeline
_real = extract.article.complete
def _crash_on_poison(a, data, **kw):
    if kw.get("doc_id") == "poison":
        os.kill(os.getpid(), signal.SIGKILL)
    return _real(a, data, **kw)
extract.article.complete = _crash_on_poison
if __name__ == "__main__":
    sys.exit(pipeline.main(sys.argv[1:]))
"""


# The same with NER on, dying inside the model: on a batch holding the poisoned text, and on it alone.
MODEL_CRASHER = """
import os, signal, sys
sys.path.insert(0, {root!r})
import extract.article, extract.ner, pipeline
_many, _one = extract.ner.extract_entities_many, extract.article.extract_entities
def _die_if_poisoned(texts):
    if any("membunuh prosesnya" in t for t in texts):
        os.kill(os.getpid(), signal.SIGKILL)
extract.ner.extract_entities_many = lambda texts, **kw: _die_if_poisoned(texts) or _many(texts, **kw)
extract.article.extract_entities = lambda text, **kw: _die_if_poisoned([text]) or _one(text, **kw)
if __name__ == "__main__":
    sys.exit(pipeline.main(sys.argv[1:]))
"""


def _corpus(folder: Path, sample_paths: list[Path], n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        shutil.copy(sample_paths[i % len(sample_paths)], folder / f"a{i:04d}.txt")
    return folder


def _cmd(folder: Path, out: Path, *extra: str, script: Path | None = None) -> list[str]:
    entry = str(script or ROOT / "pipeline.py")
    return [sys.executable, entry, "-q", "run", str(folder), "--out", str(out), "--no-ner", *extra]


_PROCS = load_module("warta_procs", ROOT / "benchmarks" / "procs.py")
_children, _alive = _PROCS.descendants, _PROCS.alive


def _wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def _finished_lines(out: Path) -> int:
    return sum(p.read_bytes().count(b"\n") for p in out.glob(".staging-*/part-*.jsonl"))


def _start_and_wait_for_work(cmd: list[str], out: Path, workers: int) -> tuple[subprocess.Popen, set[int]]:
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: _finished_lines(out) >= 10 or proc.poll() is not None, "the first finished articles")
    assert proc.poll() is None, proc.communicate()
    workers_seen = _children(proc.pid)
    assert len(workers_seen) >= workers
    return proc, workers_seen


@pytest.mark.slow
def test_kill_9_of_the_parent_takes_the_workers_and_the_lock_with_it(tmp_path, sample_paths) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 300)
    out = tmp_path / "out"
    proc, workers = _start_and_wait_for_work(_cmd(folder, out, "--workers", "2"), out, 2)
    proc.kill()
    proc.communicate()
    _wait_for(lambda: not _alive(workers), "the orphaned workers to end")
    finished = _finished_lines(out)  # flushed by the workers before the kill

    loud = [a for a in _cmd(folder, out, "--workers", "2", "--incremental") if a != "-q"]
    again = subprocess.run(loud, cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == pipeline.EXIT_OK, again.stderr  # not 75: no orphan holds the lock
    assert f"{finished} unchanged" in again.stderr  # the killed run's finished work was kept
    records = _records(out)
    assert [r["doc_id"] for r in records] == sorted(p.stem for p in folder.glob("*.txt"))
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True
    assert not list(out.glob(".staging-*")) and not (out / ".warta.lock").exists()


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_stops_the_run_keeps_finished_records_and_incremental_resumes(
    tmp_path, sample_paths, signum, code
) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 300)
    out = tmp_path / "out"
    proc, workers = _start_and_wait_for_work(_cmd(folder, out, "--workers", "2"), out, 2)
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=PATIENCE)
    assert proc.returncode == code
    assert "Traceback" not in stderr
    _wait_for(lambda: not _alive(workers), "the workers to end")
    kept = _records(out)
    assert 10 <= len(kept) < 300
    assert len({r["doc_id"] for r in kept}) == len(kept)
    assert json.loads((out / "manifest.json").read_text())["complete"] is False

    summary = pipeline.run(folder, out, workers=1, ner=False, incremental=True)
    assert (summary.reused, summary.succeeded, summary.exit_code) == (len(kept), 300, 0)


def _poisoned_run(tmp_path: Path, sample_paths: list[Path], n: int, crasher: str) -> tuple[list[str], Path]:
    """The command of a two-worker run on ``n`` samples and one article named "poison", whose worker
    ``crasher`` (`CRASHER`, `MODEL_CRASHER`) kills, and the run's output folder."""
    folder = _corpus(tmp_path / "in", sample_paths, n)
    (folder / "poison.txt").write_text("JAKARTA – Artikel ini membunuh prosesnya.", encoding="utf-8")
    script = tmp_path / "crasher.py"
    script.write_text(crasher.format(root=str(ROOT)), encoding="utf-8")
    out = tmp_path / "out"
    return _cmd(folder, out, "--workers", "2", script=script), out


@pytest.mark.slow
def test_a_worker_that_dies_costs_only_its_article(tmp_path, sample_paths) -> None:
    cmd, out = _poisoned_run(tmp_path, sample_paths, 40, CRASHER)
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True)
    assert done.returncode == pipeline.EXIT_PARTIAL, done.stderr
    assert [e["doc_id"] for e in _errors(out)] == ["poison"]
    assert _errors(out)[0]["error"] == "WorkerDied"
    assert len(_records(out)) == 40


@pytest.mark.slow
@needs_model
def test_a_worker_that_dies_in_the_model_batch_costs_only_its_article(tmp_path, sample_paths) -> None:
    cmd, out = _poisoned_run(tmp_path, sample_paths, 20, MODEL_CRASHER)
    cmd = [a for a in cmd if a != "--no-ner"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True)
    assert done.returncode == pipeline.EXIT_PARTIAL, done.stderr
    assert [(e["doc_id"], e["error"]) for e in _errors(out)] == [("poison", "WorkerDied")]
    assert len(_records(out)) == 20


@pytest.mark.slow
def test_a_worker_killed_from_outside_is_replaced_and_nothing_is_lost(tmp_path, sample_paths) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 300)
    out = tmp_path / "out"
    proc, workers = _start_and_wait_for_work(_cmd(folder, out, "--workers", "2"), out, 2)
    python_workers = [p for p in workers if "spawn_main" in Path(f"/proc/{p}/cmdline").read_text()]
    os.kill(python_workers[0], signal.SIGKILL)
    proc.communicate(timeout=PATIENCE * 3)
    assert proc.returncode == pipeline.EXIT_OK
    records = _records(out)
    assert [r["doc_id"] for r in records] == sorted(p.stem for p in folder.glob("*.txt"))


def test_every_odd_input_is_a_record_or_an_error_line(tmp_path, sample_paths) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 2)
    os.mkfifo(folder / "fifo.txt")
    (folder / "device.txt").symlink_to("/dev/null")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "gone.txt").symlink_to(folder / "deleted-meanwhile.txt")
    out = tmp_path / "out"
    summary = pipeline.run(folder, out, workers=1, ner=False)
    errors = {e["doc_id"]: e for e in _errors(out)}
    assert set(errors) == {"fifo", "device", "loop-a", "loop-b", "gone"}
    assert "named pipe" in errors["fifo"]["reason"] and "character device" in errors["device"]["reason"]
    assert errors["gone"]["error"] == "FileNotFoundError"
    assert errors["loop-a"]["error"] == "OSError"  # ELOOP: too many levels of symbolic links
    assert (summary.succeeded, summary.failed, summary.exit_code) == (2, 5, pipeline.EXIT_PARTIAL)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_an_unreadable_file_and_folder_are_error_lines(tmp_path, sample_paths) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 2)
    (folder / "secret.txt").write_text("JAKARTA – Rahasia.", encoding="utf-8")
    (folder / "secret.txt").chmod(0)
    (folder / "locked").mkdir()
    (folder / "locked" / "x.txt").write_text("JAKARTA – Terkunci.", encoding="utf-8")
    (folder / "locked").chmod(0)
    try:
        summary = pipeline.run(folder, tmp_path / "out", workers=1, ner=False)
    finally:
        (folder / "locked").chmod(0o755)
    errors = {e["doc_id"]: e["error"] for e in _errors(tmp_path / "out")}
    assert errors == {"secret": "PermissionError", "locked": "PermissionError"}
    assert summary.exit_code == pipeline.EXIT_PARTIAL


def test_a_file_that_vanishes_after_listing_is_an_error_line(tmp_path, sample_paths, monkeypatch) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 3)
    real = pipeline._walk

    def walk_then_delete(root, skip=None):
        found = real(root, skip)
        (folder / "a0001.txt").unlink()
        return found

    monkeypatch.setattr(pipeline, "_walk", walk_then_delete)
    summary = pipeline.run(folder, tmp_path / "out", workers=1, ner=False)
    assert [(e["doc_id"], e["error"]) for e in _errors(tmp_path / "out")] == [("a0001", "FileNotFoundError")]
    assert (summary.succeeded, summary.exit_code) == (2, pipeline.EXIT_PARTIAL)


@pytest.mark.parametrize("name", [".warta.lock", "warta.log"])
def test_a_planted_link_in_the_output_folder_is_never_followed(tmp_path, sample_paths, name) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 1)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / name).symlink_to(victim)
    with pytest.raises(pipeline.RunError, match="symbolic link"):
        pipeline.run(folder, out, workers=1, ner=False)
    assert victim.read_text(encoding="utf-8") == "precious\n"


def test_planted_links_for_outputs_and_staging_are_replaced_not_followed(tmp_path, sample_paths) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 1)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    victim_dir = tmp_path / "victim-dir"
    victim_dir.mkdir()
    (victim_dir / "keep.txt").write_text("keep", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").symlink_to(victim)
    (out / ".staging-1").symlink_to(victim_dir)
    (out / "records.jsonl").symlink_to(victim)
    pipeline.run(folder, out, workers=1, ner=False, force=True)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert (victim_dir / "keep.txt").read_text(encoding="utf-8") == "keep"
    assert not (out / "report.html").is_symlink() and not (out / ".staging-1").exists()
    assert len(_records(out)) == 1


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_write_that_fails_names_the_file_on_stderr_and_in_the_log(tmp_path, sample_paths) -> None:
    # Like a full disk: every write past 64 kB fails. The old output must stay whole.
    folder = _corpus(tmp_path / "in", sample_paths, 60)
    out = tmp_path / "out"
    pipeline.run(folder, out, workers=1, ner=False)
    before = (out / "records.jsonl").read_bytes()
    for p in folder.glob("*.txt"):
        p.write_text(p.read_text(encoding="utf-8") + "\nPembaruan.", encoding="utf-8")
    cmd = _cmd(folder, out, "--workers", "1", "--force")
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, preexec_fn=_limit_file_size(65_536))
    assert done.returncode == pipeline.EXIT_ERROR
    assert (
        "cannot write" in done.stderr and "File too large" in done.stderr and "Traceback" not in done.stderr
    )
    assert "cannot write" in (out / "warta.log").read_text(encoding="utf-8")
    assert (out / "records.jsonl").read_bytes() == before


def test_a_run_killed_while_publishing_is_completed_by_the_next(tmp_path, sample_paths) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 3)
    out = tmp_path / "out"
    pipeline.run(folder, out, workers=1, ner=False)
    # What a kill between the switch and the last move leaves: new files still in .commit-*.
    ready = out / ".commit-killed"
    ready.mkdir()
    new = [dict(r, title="baru") for r in _records(out)]
    (ready / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in new), encoding="utf-8")
    (ready / "manifest.json").write_text((out / "manifest.json").read_text(), encoding="utf-8")
    summary = pipeline.run(folder, out, workers=1, ner=False, incremental=True)
    assert summary.reused == 3
    assert {r["title"] for r in _records(out)} == {"baru"}
    assert not ready.exists()


def test_the_time_bound_holds_off_the_main_thread(monkeypatch, tmp_path) -> None:
    """Dask runs tasks in threads, where SIGALRM cannot reach: the bound still holds."""
    import extract.article

    def slow(a, data, **kw):
        while True:  # Python code that never ends
            pass

    monkeypatch.setattr(extract.article, "complete", slow)
    article = tmp_path / "slow.txt"
    article.write_text("JAKARTA – Lambat sekali.", encoding="utf-8")
    options = pipeline.Options(ner=False, timeout=0.3)
    results = []
    worker = threading.Thread(
        target=lambda: results.append(
            pipeline.process_shard([(str(article), "slow", str(article))], str(tmp_path / "part"), options)
        )
    )
    worker.start()
    worker.join(PATIENCE)
    assert not worker.is_alive()
    assert [(e["doc_id"], e["error"]) for e in results[0].errors] == [("slow", "ArticleTimeout")]


class _SlowFinaliser:
    """An object whose ``__del__`` runs past the deadline: Python swallows what it raises there."""

    def __del__(self) -> None:
        end = time.monotonic() + 0.3
        while time.monotonic() < end:
            pass


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed one
@pytest.mark.parametrize("on_main", [True, False], ids=["main-thread", "worker-thread"])
def test_a_timeout_swallowed_inside_a_finaliser_fires_again(on_main: bool) -> None:
    def article() -> str:
        try:
            with pipeline._Deadline(0.05):
                _SlowFinaliser()  # freed at once: the first timeout lands in its __del__
                end = time.monotonic() + PATIENCE
                while time.monotonic() < end:  # Python code that would run on
                    pass
        except ArticleTimeout:
            return "timeout"
        return "ran on"

    if on_main:
        assert article() == "timeout"
    else:
        results: list[str] = []
        worker = threading.Thread(target=lambda: results.append(article()))
        worker.start()
        worker.join(PATIENCE + 5)
        assert results == ["timeout"]


def test_nothing_matched_warns_and_exits_66(tmp_path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "catatan.md").write_text("# Catatan", encoding="utf-8")
    code = pipeline.main(["run", str(folder), "--out", str(tmp_path / "out"), "--no-ner", "--workers", "1"])
    assert code == pipeline.EXIT_NO_INPUT == 66
    err = capsys.readouterr().err
    assert "no article in" in err and "1 .md" in err


def test_the_lock_file_goes_with_the_run(tmp_path, sample_paths) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 1)
    out = tmp_path / "out"
    pipeline.run(folder, out, workers=1, ner=False)
    assert not (out / ".warta.lock").exists()


def test_workers_that_die_before_any_article_end_the_run_with_a_reason(tmp_path, sample_paths) -> None:
    script = tmp_path / "dies.py"
    script.write_text(
        CRASHER.format(root=str(ROOT)).replace(
            "extract.article.complete = _crash_on_poison",
            "pipeline._warm_up = lambda options: os.kill(os.getpid(), signal.SIGKILL)",
        ),
        encoding="utf-8",
    )
    folder = _corpus(tmp_path / "in", sample_paths, 20)
    done = subprocess.run(
        _cmd(folder, tmp_path / "out", "--workers", "2", script=script),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == pipeline.EXIT_ERROR
    assert "die as they start" in done.stderr and "Traceback" not in done.stderr


def test_a_worker_whose_parent_died_while_it_started_ends_at_once(tmp_path) -> None:
    # The worker's first act compares its parent with the pid the pool gave it: a parent that
    # died during the worker's start-up (its imports) is seen then, and the worker exits.
    code = "import pipeline; pipeline._die_with_parent(parent=1_000_000_000); print('alive')"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1 and "alive" not in done.stdout


def test_a_stopped_run_keeps_the_previous_record_of_what_it_did_not_reach(
    tmp_path, sample_paths, monkeypatch
) -> None:
    folder = _corpus(tmp_path / "in", sample_paths, 5)
    out = tmp_path / "out"
    pipeline.run(folder, out, workers=1, ner=False)
    before = _records(out)
    for p in folder.glob("*.txt"):
        p.write_text(p.read_text(encoding="utf-8") + "\nRalat.", encoding="utf-8")

    class StoppedAtOnce(pipeline._Stop):
        def __init__(self) -> None:
            super().__init__()
            self.signum = signal.SIGTERM
            self.event.set()

    monkeypatch.setattr(
        pipeline._Stop, "on_signals", contextlib.contextmanager(lambda: iter([StoppedAtOnce()]))
    )
    summary = pipeline.run(folder, out, workers=1, ner=False, incremental=True)
    assert summary.exit_code == 143
    assert _records(out) == before  # nothing reached: the previous records, none dropped
    monkeypatch.undo()
    assert pipeline.run(folder, out, workers=1, ner=False, incremental=True).reused == 0  # all redone
