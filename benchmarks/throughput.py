#!/usr/bin/env python3
"""Throughput benchmark: articles/s, CPU per article, peak memory, time per stage, vs the tokenizer.

    python benchmarks/throughput.py [--n 2000] [--workers 2] [--source DIR] [--no-ner]
    python benchmarks/throughput.py --model-only [--model PATH ...]   # the NER model(s) alone

N articles are made by repeating the source articles (default: ../shared/dev/raw, else
data/raw) into a temporary folder. Four measurements:

1. start-up: importing warta and loading the NER model in a fresh process;
2. stages, in this process: each stage timed separately over the source articles (model
   loaded first), the whole `extract_article`, the bare NER model as the runner calls it
   (batches of 8) and the model's tokenizer alone, on the same cleaned texts;
3. the batch: ``warta run`` over the N articles with --workers processes, in a child process:
   wall time, steady state (wall time less one worker start-up), and the CPU time of the whole
   process tree (runner and workers: start-up, tables and report included) per article;
4. the peak memory of that whole tree: the summed resident size of the runner and its
   workers, sampled every 0.25 s (shared pages counted in each process: an upper bound).

CPU milliseconds per article hold on a busy machine, where articles/s do not; the last line is
the whole run's CPU per article over the tokenizer's (issue 18 asks for at most 6x).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from procs import tree_rss_mb  # benchmarks/procs.py, beside this script  # noqa: E402

#: Seconds between two samples of the process tree's memory.
SAMPLE_SECONDS = 0.25


def startup_seconds(ner: bool) -> float:
    """Import warta and load the model in a fresh interpreter, as every worker does."""
    code = (
        "import time; t = time.perf_counter(); import extract; "
        + ("from extract.ner import extract_entities; extract_entities('Warta.'); " if ner else "")
        + "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def stage_times(raws: list[bytes], ner: bool, repeat: int) -> tuple[dict[str, float], float, list[str]]:
    """CPU seconds per article of each stage and of the whole `extract_article`; the cleaned texts.

    The model is loaded before any timing. The whole pipeline is timed in its own tight loop,
    so that the per-stage timers do not skew it.
    """
    from extract import decode, extract_article
    from extract.article import STAGES, Annotations, run_stages

    if ner:
        from extract.ner import extract_entities

        extract_entities("Warta.")
    times = dict.fromkeys((stage.name for stage in STAGES), 0.0)
    texts = []
    for _ in range(repeat):
        for raw in raws:
            a = Annotations(raw=decode(raw))
            t0 = time.process_time()
            for stage in run_stages(a, {}, ner=ner):
                t1 = time.process_time()
                times[stage.name] += t1 - t0
                t0 = t1
            texts.append(a.text)
    n = len(texts)
    t0 = time.process_time()
    for _ in range(repeat):
        for raw in raws:
            extract_article(raw, ner=ner)
    whole = (time.process_time() - t0) / n
    return {k: v / n for k, v in times.items()}, whole, texts[: len(raws)]


def model_and_tokenizer(texts: list[str], repeat: int) -> tuple[float, float]:
    """CPU seconds per text of the bare NER model as the runner calls it (batches of 8) and of
    the model's tokenizer alone: the fastest of ``repeat`` passes each (a busy machine slows a
    pass; the fastest is the one least disturbed). The tokenizer is a fresh one each pass, its
    cache of chunk splits empty, as a worker's is for a text it has not seen (the model's own
    tokenizer would read every split of the texts' earlier passes from its cache)."""
    from extract.ner import extract_entities_many, load_model, make_id_tokenizer

    nlp = load_model()
    bare, tokenizer = [], []
    for _ in range(max(repeat, 3)):
        t0 = time.process_time()
        extract_entities_many(texts, batch_size=8)
        fresh = make_id_tokenizer(nlp.vocab)
        t1 = time.process_time()
        for text in texts:
            fresh(text)
        bare.append(t1 - t0)
        tokenizer.append(time.process_time() - t1)
    return min(bare) / len(texts), min(tokenizer) / len(texts)


def batch_run(folder: Path, out: Path, workers: int, ner: bool) -> tuple[float, float, float, int]:
    """``warta run`` in a child process: (wall s, CPU s of the whole tree, peak MB of the tree, exit code)."""
    cmd = [sys.executable, str(ROOT / "pipeline.py"), "-q", "run", str(folder), "--out", str(out)]
    cmd += ["--workers", str(workers), *([] if ner else ["--no-ner"])]
    before = os.times()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss_mb(proc.pid))
        time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    return wall, cpu, peak, proc.returncode


def model_speed(model: str | None, texts: list[str], repeat: int) -> tuple[float, float, int]:
    """(tokens/s wall, tokens per CPU second, tokens) of one model over ``texts`` in this process.

    The model runs as warta runs it (`extract_entities_many`: tokenizer, tok2vec, ner, batches
    of 8). CPU seconds (this process only) hold on a busy machine, where wall time does not.
    """
    from extract.ner import extract_entities_many, load_model

    nlp = load_model(model)
    extract_entities_many(texts[:8], model=model, batch_size=8)  # warm up: first call allocates
    tokens = sum(len(nlp.make_doc(t)) for t in texts) * repeat
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        extract_entities_many(texts, model=model, batch_size=8)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return tokens / wall, tokens / cpu, tokens


def model_only(sources: list[Path], models: list[str | None], repeat: int) -> None:
    """Print tokens/s (wall and CPU), load time and size of each model on the cleaned sources."""
    from extract import clean, decode
    from extract.ner import resolve_model_path

    texts = [clean(decode(p.read_bytes())).text for p in sources]
    for model in models:
        path = resolve_model_path(model)
        code = (
            "import time; t = time.perf_counter(); from extract.ner import load_model; "
            f"load_model({str(path)!r}); print(time.perf_counter() - t)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        wall, cpu, tokens = model_speed(str(path), texts, repeat)
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
        print(
            f"{path}: {wall:8.0f} tokens/s wall, {cpu:8.0f} tokens/CPU-s ({tokens} tokens), "
            f"load {float(out.stdout.strip()):.2f} s, {size:.1f} MB"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_source = ROOT.parent / "shared" / "dev" / "raw"
    ap.add_argument(
        "--source", type=Path, default=default_source if default_source.is_dir() else ROOT / "data" / "raw"
    )
    ap.add_argument("--n", type=int, default=2000, help="articles in the batch run")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=4, help="passes over the source articles for stage timing")
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--model-only", action="store_true", help="time only the NER model(s), in this process")
    ap.add_argument(
        "--model",
        action="append",
        default=None,
        help="model folder or name (--model-only: repeat to compare; else one, for every measurement)",
    )
    a = ap.parse_args(argv)
    ner = not a.no_ner
    if a.model_only:
        model_only(sorted(a.source.glob("*.txt")), a.model or [None], a.repeat)
        return 0
    if a.model:  # every measurement below, and the child processes, resolve the model by it
        from extract.ner import ENV_VAR, resolve_model_path

        if len(a.model) > 1:
            ap.error("one --model for a whole run (repeat it only with --model-only)")
        os.environ[ENV_VAR] = str(resolve_model_path(a.model[0]))
    raws = [p.read_bytes() for p in sorted(a.source.glob("*.txt"))]
    words = [len(r.decode("utf-8", "replace").split()) for r in raws]
    print(f"source: {len(raws)} articles from {a.source}, {sum(words) / len(raws):.0f} words on average")
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if ner:
        from extract.ner import resolve_model_path

        print(f"model: {resolve_model_path()}")

    start = startup_seconds(ner)
    print(f"start-up (import + model load, fresh process): {start:.2f} s")
    report_stages(raws, ner, a.repeat)
    tokenizer = report_model(raws, ner, a.repeat)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        sources = sorted(a.source.glob("*.txt"))
        for i in range(a.n):
            shutil.copy(sources[i % len(sources)], folder / f"a{i:06d}.txt")
        total_words = sum(words[i % len(words)] for i in range(a.n))
        wall, cpu, peak, code = batch_run(folder, Path(tmp) / "out", a.workers, ner)
    steady = max(wall - start, 1e-9)
    cpu_ms = cpu * 1000 / a.n
    print(f"batch: {a.n} articles, --workers {a.workers}: {wall:.1f} s wall, exit code {code}")
    print(f"  wall:          {a.n / wall:8.1f} articles/s  {total_words / wall:10.0f} words/s")
    print(f"  steady state:  {a.n / steady:8.1f} articles/s  {total_words / steady:10.0f} words/s")
    print(f"  CPU, whole tree: {cpu_ms:.1f} ms per article (start-up, tables and report included)")
    print(f"  peak memory, whole tree (runner + workers, summed RSS): {peak:.0f} MB")
    print(f"whole run CPU per article / tokenizer per article: {cpu_ms / (tokenizer * 1000):.1f}x")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def report_stages(raws: list[bytes], ner: bool, repeat: int) -> None:
    per_stage, whole, _ = stage_times(raws, ner, repeat)
    staged = sum(per_stage.values())
    print("stages, CPU ms per article (one process, each stage timed):")
    for name, seconds in per_stage.items():
        print(f"  {name:13} {seconds * 1000:7.2f}  {seconds / staged:6.1%}")
    per_core = f"{1 / whole:.0f} articles/s per core"
    print(f"whole extract_article: {whole * 1000:.2f} CPU ms per article = {per_core}")


def report_model(raws: list[bytes], ner: bool, repeat: int) -> float:
    """Print the bare model and the tokenizer on the cleaned sources; the tokenizer's CPU s per article."""
    from extract import clean, decode

    texts = [clean(decode(raw)).text for raw in raws]
    bare, tokenizer = model_and_tokenizer(texts, repeat)
    if ner:
        print(f"bare NER model (batches of 8): {bare * 1000:.2f} CPU ms per article")
    print(f"the model's tokenizer alone:   {tokenizer * 1000:.2f} CPU ms per article")
    return tokenizer


if __name__ == "__main__":
    sys.exit(main())
