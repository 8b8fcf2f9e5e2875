#!/usr/bin/env python3
"""The runner under faults, the long way: thousands of articles, kills at random moments.

    python benchmarks/fault_soak.py [--articles 3000] [--rounds 30] [--seed 7] [--ner]

Every round changes a tenth of the articles (so that it has work), starts ``warta run
--incremental --workers 2`` on the corpus and then, at a random moment, does one of: kill -9
of the parent, SIGTERM, SIGINT, SIGKILL of one worker, or nothing. After each round it checks
that no process of the run is left (orphans), that the lock is free, that records.jsonl is whole
(every line JSON, no doc_id twice) and that no record of an unchanged article that an earlier
round kept has gone (records lost). A last clean run must give every article exactly one
record. When the machine allows mounting a small tmpfs, one more run writes into a full disk and
must fail with a message naming the file (exit 1), leaving the folder's previous output whole.

Prints the figures as JSON (runs, kills by kind, records lost, duplicates, orphans left, exit
codes seen) and exits 1 if any of lost/duplicates/orphans is not zero.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from procs import alive, descendants  # benchmarks/procs.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
ACTIONS = ("kill-9", "sigterm", "sigint", "kill-worker", "none")


def cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def make_corpus(folder: Path, n: int, seed: int) -> None:
    samples = sorted((ROOT / "data" / "raw").glob("*.txt"))
    rng = random.Random(seed)
    for i in range(n):
        text = samples[i % len(samples)].read_text(encoding="utf-8")
        sub = folder / f"batch{i % 13}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:05d}.txt").write_text(text + f"\n\nCatatan {rng.randrange(10**6)}.", encoding="utf-8")


def read_records(out: Path) -> tuple[list[str], int]:
    """doc_ids of records.jsonl and the number of broken lines."""
    if not (out / "records.jsonl").exists():
        return [], 0
    ids, broken = [], 0
    for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            ids.append(json.loads(line)["doc_id"])
        except (ValueError, KeyError):
            broken += 1
    return ids, broken


def marked(token: str) -> set[int]:
    """Live processes whose environment carries this round's mark (the run and all it started)."""
    found = set()
    needle = f"WARTA_SOAK={token}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if needle in (entry / "environ").read_bytes().split(b"\0"):
                    found.add(int(entry.name))
            except OSError:
                pass
    return alive(found)


def one_round(cmd: list[str], out: Path, action: str, rng: random.Random) -> dict:
    token = f"{os.getpid()}-{rng.randrange(10**9)}"
    env = {**os.environ, "WARTA_SOAK": token}
    # stderr to a file, not a pipe: an orphan holding the pipe would hang the soak, not fail it
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, text=True, env=env)
        time.sleep(rng.choice([rng.uniform(0.2, 2.0), rng.uniform(2.0, 8.0)]))  # during start-up too
        if proc.poll() is None:
            act(proc, action, rng)
        try:
            code: int | str = proc.wait(timeout=600)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = "hung"
        proc.wait()
        deadline = time.monotonic() + 15
        while marked(token) and time.monotonic() < deadline:
            time.sleep(0.1)
        orphans = marked(token)
        for pid in orphans:  # counted, then ended so that the next round is not locked out
            os.kill(pid, signal.SIGKILL)
        err.seek(0)
        return {"code": code, "orphans": len(orphans), "traceback": "Traceback" in err.read()}


def act(proc: subprocess.Popen, action: str, rng: random.Random) -> None:
    if action == "kill-9":
        proc.send_signal(signal.SIGKILL)
    elif action == "sigterm":
        proc.send_signal(signal.SIGTERM)
    elif action == "sigint":
        proc.send_signal(signal.SIGINT)
    elif action == "kill-worker":
        workers = [p for p in descendants(proc.pid) if b"spawn_main" in cmdline(p)]
        if workers:
            os.kill(rng.choice(workers), signal.SIGKILL)


def full_disk(cmd_base: list[str], corpus: Path) -> dict:
    mount = Path(tempfile.mkdtemp(prefix="warta-fulldisk-"))
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if ok.returncode != 0:
        shutil.rmtree(mount, ignore_errors=True)
        return {"tried": False, "why": ok.stderr.decode().strip()[:200]}
    try:
        out = mount / "out"
        small = mount / "small"
        small.mkdir()
        for p in sorted(corpus.rglob("*.txt"))[:5]:
            shutil.copy(p, small / p.name)
        first = subprocess.run(
            [*cmd_base, str(small), "--out", str(out)], cwd=ROOT, capture_output=True, text=True
        )
        before = (out / "records.jsonl").read_bytes() if first.returncode == 0 else None
        big = subprocess.run(
            [*cmd_base, str(corpus), "--out", str(out), "--force"], cwd=ROOT, capture_output=True, text=True
        )
        after = (out / "records.jsonl").read_bytes() if (out / "records.jsonl").exists() else None
        return {
            "tried": True,
            "exit": big.returncode,
            "message": big.stderr.strip().splitlines()[-1] if big.stderr.strip() else "",
            "traceback": "Traceback" in big.stderr,
            "previous_output_whole": before is not None and after == before,
        }
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)
        shutil.rmtree(mount, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--ner", action="store_true", help="with the NER model (slower)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="warta-soak-"))
    corpus, out = work / "in", work / "out"
    make_corpus(corpus, args.articles, args.seed)
    base = [sys.executable, str(ROOT / "pipeline.py"), "-q", "run"]
    flags = ["--workers", "2", "--incremental", "--max-mb", "5"] + ([] if args.ner else ["--no-ner"])
    cmd = [*base, str(corpus), "--out", str(out), *flags]
    figures = collections.Counter()
    codes = collections.Counter()
    kept: set[str] = set()
    started = time.perf_counter()
    articles = sorted(corpus.rglob("*.txt"))
    for round_no in range(args.rounds):
        action = rng.choice(ACTIONS)
        changed = set()
        for path in rng.sample(articles, len(articles) // 10):  # work for every round
            path.write_text(path.read_text(encoding="utf-8") + f"\nRalat {round_no}.", encoding="utf-8")
            changed.add(path.relative_to(corpus).with_suffix("").as_posix())
        figures["articles_changed"] += len(changed)
        kept -= changed  # a changed article's old record is rightly replaced (or dropped if not reached)
        result = one_round(cmd, out, action, rng)
        figures["runs"] += 1
        figures[f"action:{action}"] += 1
        codes[str(result["code"])] += 1
        figures["orphans_left"] += result["orphans"]
        figures["tracebacks"] += result["traceback"]
        ids, broken = read_records(out)
        figures["broken_lines"] += broken
        figures["duplicates"] += len(ids) - len(set(ids))
        figures["records_lost"] += len(kept - set(ids))
        kept |= set(ids)
        figures["locked_out"] += result["code"] == 75
    final = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    ids, broken = read_records(out)
    expected = {p.relative_to(corpus).with_suffix("").as_posix() for p in corpus.rglob("*.txt")}
    report = {
        "articles": args.articles,
        **dict(figures),
        "exit_codes": dict(codes),
        "final_exit": final.returncode,
        "final_records": len(ids),
        "final_missing": len(expected - set(ids)),
        "final_duplicates": len(ids) - len(set(ids)),
        "staging_left": len(list(out.glob(".staging-*"))) + len(list(out.glob(".commit-*"))),
        "full_disk": full_disk([*base, *(["--no-ner"] if not args.ner else []), "--workers", "2"], corpus),
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(report, indent=1, sort_keys=True))
    shutil.rmtree(work, ignore_errors=True)
    bad = report["records_lost"] + report["duplicates"] + report["orphans_left"] + report["final_missing"]
    return 1 if bad or report["final_exit"] != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
