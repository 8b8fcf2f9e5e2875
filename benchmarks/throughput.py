#!/usr/bin/env python3
"""Throughput benchmark: articles/s, words/s, peak memory, time per stage, pipeline vs bare NER.

    python benchmarks/throughput.py [--n 2000] [--workers 2] [--source DIR] [--no-ner]
    python benchmarks/throughput.py --model-only [--model PATH ...]   # the NER model(s) alone

N articles are made by repeating the source articles (default: ../shared/dev/raw, else
data/raw) into a temporary folder. Three measurements:

1. start-up: importing warta and loading the NER model in a fresh process;
2. stages, in this process: each stage timed separately over the source articles, and the
   bare NER model (``nlp.pipe`` on the same cleaned texts) for the ratio;
3. the batch: ``pipeline.run`` over the N articles with --workers processes, reported as
   wall time and as steady state (wall time less one worker start-up).

Peak RSS is the largest resident size of this process and of any worker process.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def startup_seconds(ner: bool) -> float:
    """Import warta and load the model in a fresh interpreter, as every worker does."""
    code = (
        "import time; t = time.perf_counter(); import extract; "
        + ("from extract.ner import extract_entities; extract_entities('Warta.'); " if ner else "")
        + "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def stage_times(raws: list[bytes], ner: bool, repeat: int) -> tuple[dict[str, float], float, float | None]:
    """Seconds per article: of each stage, of the whole `extract_article`, and of the bare model.

    The whole pipeline and the bare model are each timed in their own tight loop over the
    same texts, so their ratio is not skewed by the per-stage timers.
    """
    from extract import decode, extract_article
    from extract.article import STAGES, Annotations, run_stages

    times = dict.fromkeys((stage.name for stage in STAGES), 0.0)
    texts = []
    for _ in range(repeat):
        for raw in raws:
            a = Annotations(raw=decode(raw))
            t0 = time.perf_counter()
            for stage in run_stages(a, {}, ner=ner):
                t1 = time.perf_counter()
                times[stage.name] += t1 - t0
                t0 = t1
            texts.append(a.text)
    n = len(texts)
    per_stage = {k: v / n for k, v in times.items()}

    t0 = time.perf_counter()
    for _ in range(repeat):
        for raw in raws:
            extract_article(raw, ner=ner)
    whole = (time.perf_counter() - t0) / n
    if not ner:
        return per_stage, whole, None
    from extract.ner import load_model

    nlp = load_model()
    t0 = time.perf_counter()
    for text in texts:
        nlp(text)
    return per_stage, whole, (time.perf_counter() - t0) / n


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


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident set size of this process and of the largest child, in MB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


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
    ap.add_argument("--model", action="append", default=None, help="model folder (repeat to compare)")
    a = ap.parse_args(argv)
    ner = not a.no_ner
    if a.model_only:
        model_only(sorted(a.source.glob("*.txt")), a.model or [None], a.repeat)
        return 0
    import pipeline

    raws = [p.read_bytes() for p in sorted(a.source.glob("*.txt"))]
    words = [len(r.decode("utf-8", "replace").split()) for r in raws]
    print(f"source: {len(raws)} articles from {a.source}, {sum(words) / len(raws):.0f} words on average")

    start = startup_seconds(ner)
    print(f"start-up (import + model load, fresh process): {start:.2f} s")

    per_stage, whole, bare = stage_times(raws, ner, a.repeat)
    staged = sum(per_stage.values())
    print("stages, ms per article (one process, each stage timed):")
    for name, seconds in per_stage.items():
        print(f"  {name:13} {seconds * 1000:7.2f}  {seconds / staged:6.1%}")
    print(
        f"whole extract_article: {whole * 1000:.2f} ms per article = {1 / whole:.0f} articles/s per process"
    )
    if bare is not None:
        print(
            f"bare NER model:        {bare * 1000:.2f} ms per article; pipeline / bare = {whole / bare:.2f}x"
        )

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        sources = sorted(a.source.glob("*.txt"))
        for i in range(a.n):
            shutil.copy(sources[i % len(sources)], folder / f"a{i:06d}.txt")
        total_words = sum(words[i % len(words)] for i in range(a.n))
        t0 = time.perf_counter()
        summary = pipeline.run(folder, Path(tmp) / "out", workers=a.workers, ner=ner, progress=False)
        wall = time.perf_counter() - t0
    steady = max(wall - start, 1e-9)
    own, child = peak_rss_mb()
    print(f"batch: {a.n} articles, --workers {a.workers}: {wall:.1f} s wall, {summary.failed} failed")
    print(f"  wall:          {a.n / wall:8.1f} articles/s  {total_words / wall:10.0f} words/s")
    print(f"  steady state:  {a.n / steady:8.1f} articles/s  {total_words / steady:10.0f} words/s")
    print(f"  peak RSS: {own:.0f} MB this process, {child:.0f} MB largest worker")
    return 0


if __name__ == "__main__":
    sys.exit(main())
