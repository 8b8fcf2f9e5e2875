"""The batch runner: output files, schema, tables, bad input, incremental runs, lock, atomicity."""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import extract
import pipeline
from extract import extract_article
from extract.records import ArticleRecord
from tests.pipeline_outputs import output_errors as _errors
from tests.pipeline_outputs import output_records as _records

from .conftest import ROOT, needs_model


@pytest.fixture()
def samples(tmp_path: Path, sample_paths: list[Path]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sample_paths:
        shutil.copy(p, folder / p.name)
    return folder


def test_run_writes_every_output(samples: Path, tmp_path: Path, schema: dict) -> None:
    import jsonschema

    out = tmp_path / "out"
    summary = pipeline.run(samples, out, workers=1, ner=False)
    assert (summary.articles, summary.succeeded, summary.failed, summary.exit_code) == (5, 5, 0, 0)
    records = _records(out)
    assert [r["doc_id"] for r in records] == sorted(p.stem for p in samples.glob("*.txt"))
    for rec in records:
        jsonschema.validate(rec, schema)
        assert ArticleRecord.from_dict(rec).to_dict() == rec
    assert _errors(out) == []
    for table in pipeline.TABLES:
        assert (out / f"{table}.parquet").is_file() and (out / f"{table}.csv").is_file()
    manifest = json.loads((out / "manifest.json").read_text())
    assert set(manifest["articles"]) == {r["doc_id"] for r in records}
    assert not list(out.glob(".staging-*"))


def test_every_span_indexes_the_cleaned_text(samples: Path, tmp_path: Path) -> None:
    pipeline.run(samples, tmp_path / "out", workers=1, ner=False)
    for rec in _records(tmp_path / "out"):
        text = rec["text"]
        for field in ("entities", "officials", "dates", "prices", "participants"):
            for item in rec[field]:
                start, end = item["span"]
                if "text" in item:
                    assert text[start:end] == item["text"], (rec["doc_id"], field, item)
                else:
                    assert 0 <= start < end <= len(text)


def test_to_frames_has_one_table_per_item_type_with_doc_id() -> None:
    raw = (
        "PALANGKA RAYA – Wakil Wali Kota Palangka Raya Umi Mastikah membuka pameran, "
        "Kamis 23 September 2021. Harga tiket Rp 25.000 dan pameran diikuti 30 orang peserta."
    )
    frames = pipeline.to_frames([extract_article(raw, doc_id="a", ner=False)])
    assert set(frames) == set(pipeline.TABLES)
    for name, frame in frames.items():
        assert frame.columns[0] == "doc_id", name
        assert (frame["doc_id"] == "a").all()
    assert frames["articles"].shape[0] == 1


def test_to_frames_of_nothing_keeps_the_columns() -> None:
    frames = pipeline.to_frames([])
    assert list(frames["prices"].columns) == list(pipeline.COLUMNS["prices"])
    assert all(f.empty for f in frames.values())


def test_a_number_past_int64_is_missing_in_the_table_and_whole_in_the_record(tmp_path: Path) -> None:
    # A writer's slip: full digits and "miliar" give Rp 1.98e19, past what a table column holds.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Nilai Proyek Jalan\n\nMEDAN - Nilai proyek jalan itu mencapai Rp19.770.361.055 miliar, "
        "dan harga aspal Rp 1.200.000 per ton, kata kepala dinas.\n",
        encoding="utf-8",
    )
    summary = pipeline.run(folder, tmp_path / "out", workers=1, ner=False)
    assert (summary.succeeded, summary.failed) == (1, 0)
    [record] = _records(tmp_path / "out")
    assert [(p["min"], p["max"]) for p in record["prices"]] == [
        (19_770_361_055_000_000_000, 19_770_361_055_000_000_000),
        (1_200_000, 1_200_000),
    ]
    import pandas as pd

    prices = pd.read_parquet(tmp_path / "out" / "prices.parquet")
    assert prices["min"].isna().tolist() == [True, False]
    assert prices["max"].tolist()[1] == 1_200_000


BAD_INPUTS = {
    "empty": b"",
    "whitespace": b"  \n\t\n ",
    "nul-bytes": b"\x00\x01\x02binary\x00" * 50,
    "random-bytes": bytes(range(256)) * 40,
    "cp1252": "Bupati Tegal mengatakan \u201cpasar\u201d dibuka, Senin (6/12/2021).".encode("cp1252"),
    "latin1": "Caf\u00e9 di Kota Metro dibuka pada 1 Maret 2022.".encode("latin-1"),
    "bom": "\ufeffPALANGKA RAYA \u2013 Kegiatan dibuka hari ini.".encode(),
    "crlf": b"Judul berita\r\n\r\nJAKARTA - Isi berita yang cukup panjang untuk dibaca.\r\n",
    "html": b"<html><body><h1>Judul</h1><p>JAKARTA - Isi berita di sini.</p></body></html>",
}


def test_bad_inputs_give_a_record_or_one_error_line(tmp_path: Path, sample_paths: list[Path]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_paths[0], folder / sample_paths[0].name)
    for name, data in BAD_INPUTS.items():
        (folder / f"bad-{name}.txt").write_bytes(data)
    (folder / "huge.txt").write_bytes(b"Kata " * 4_200_000)  # 21 MB

    out = tmp_path / "out"
    code = pipeline.main(["-q", "run", str(folder), "--out", str(out), "--workers", "1", "--no-ner"])
    records = {r["doc_id"] for r in _records(out)}
    errors = {e["doc_id"]: e for e in _errors(out)}
    assert records | set(errors) == {p.stem for p in folder.glob("*.txt")}
    assert not records & set(errors)
    for doc in ("bad-empty", "bad-whitespace", "bad-nul-bytes", "bad-random-bytes", "huge"):
        assert doc in errors and errors[doc]["reason"], doc
    for doc in ("bad-cp1252", "bad-latin1", "bad-bom", "bad-crlf", sample_paths[0].stem):
        assert doc in records, doc
    assert "MB limit" in errors["huge"]["reason"]
    assert code == pipeline.EXIT_PARTIAL


@pytest.mark.slow
def test_a_thousand_good_and_fifty_bad_files(tmp_path: Path, sample_paths: list[Path]) -> None:
    folder = tmp_path / "in"
    for i in range(1000):
        sub = folder / f"batch{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copy(sample_paths[i % len(sample_paths)], sub / f"good-{i:04d}.txt")
    bad = [BAD_INPUTS[k] for k in ("empty", "whitespace", "nul-bytes", "random-bytes")]
    for i in range(50):
        (folder / f"bad-{i:02d}.txt").write_bytes(bad[i % len(bad)])
    out = tmp_path / "out"
    summary = pipeline.run(folder, out, workers=2, ner=False)
    assert (summary.succeeded, summary.failed, summary.exit_code) == (1000, 50, pipeline.EXIT_PARTIAL)
    assert len(_records(out)) == 1000 and len(_errors(out)) == 50
    assert _records(out)[0]["doc_id"] == "batch0/good-0000"


def test_existing_output_is_not_overwritten_without_force(samples: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.run(samples, out, workers=1, ner=False)
    with pytest.raises(pipeline.RunError, match="--force"):
        pipeline.run(samples, out, workers=1, ner=False)
    assert pipeline.run(samples, out, workers=1, ner=False, force=True).succeeded == 5


def test_incremental_processes_only_new_or_changed(samples: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.run(samples, out, workers=1, ner=False)
    before = {r["doc_id"]: r for r in _records(out)}

    again = pipeline.run(samples, out, workers=1, ner=False, incremental=True)
    assert (again.reused, again.succeeded) == (5, 5)
    assert {r["doc_id"]: r for r in _records(out)} == before

    changed = sorted(samples.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nTambahan kalimat.\n", encoding="utf-8")
    (samples / "new.txt").write_text("JAKARTA – Berita baru pada 1 Maret 2022.", encoding="utf-8")
    third = pipeline.run(samples, out, workers=1, ner=False, incremental=True)
    assert (third.articles, third.reused, third.succeeded) == (6, 4, 6)
    after = _records(out)
    assert len({r["doc_id"] for r in after}) == len(after) == 6
    assert next(r for r in after if r["doc_id"] == changed.stem)["sha256"] != before[changed.stem]["sha256"]


def test_a_new_pipeline_version_reprocesses_everything(samples: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    pipeline.run(samples, out, workers=1, ner=False)
    monkeypatch.setattr("extract._version.__version__", "999.0")
    summary = pipeline.run(samples, out, workers=1, ner=False, incremental=True)
    assert summary.reused == 0
    assert {r["pipeline"]["warta"] for r in _records(out)} == {"999.0"}


def test_a_second_run_on_a_locked_folder_exits_at_once(samples: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pipeline._lock(out):
        # The lock is taken without waiting (LOCK_NB): a run that waited would never return here.
        code = pipeline.main(["run", str(samples), "--out", str(out), "--no-ner"])
    assert code == pipeline.EXIT_LOCKED
    assert "locked" in capsys.readouterr().err
    assert not (out / "records.jsonl").exists()


@pytest.mark.slow
def test_kill_9_leaves_the_previous_output_whole(tmp_path: Path, sample_paths: list[Path]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(400):
        shutil.copy(sample_paths[i % len(sample_paths)], folder / f"a{i:04d}.txt")
    out = tmp_path / "out"
    pipeline.run(folder, out, workers=1, ner=False)
    for p in folder.glob("a00*.txt"):  # change 100 articles so the next run has work to do
        p.write_text(p.read_text(encoding="utf-8") + "\nPembaruan.", encoding="utf-8")

    cmd = [
        sys.executable,
        str(ROOT / "pipeline.py"),
        "-q",
        "run",
        str(folder),
        "--out",
        str(out),
        "--incremental",
        "--workers",
        "1",
        "--no-ner",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT)
    time.sleep(1.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 400 and all(json.loads(line) for line in lines)

    assert subprocess.run(cmd, cwd=ROOT).returncode == 0
    final = _records(out)
    assert [r["doc_id"] for r in final] == sorted(p.stem for p in folder.glob("*.txt"))
    assert not list(out.glob(".staging-*"))


class _FakeStanza:
    """Stands in for a loaded Stanza pipeline: whitespace tokens, a fixed tag, lower-case lemmas."""

    def __call__(self, text: str) -> list:
        from extract.records import Token

        out, pos = [], 0
        for word in text.split():
            start = text.index(word, pos)
            pos = start + len(word)
            out.append(Token(word, (start, pos), "X", word.lower()))
        return out


def test_stanza_backend_adds_tokens_and_a_table(samples: Path, tmp_path: Path, monkeypatch) -> None:
    for where in ("extract.stanza_backend.load_backend", "extract.article.load_backend"):
        monkeypatch.setattr(where, lambda stanza_dir: _FakeStanza())
    out = tmp_path / "out"
    summary = pipeline.run(samples, out, workers=1, ner=False, stanza_dir=str(tmp_path))
    assert summary.failed == 0
    rec = _records(out)[0]
    assert rec["pipeline"]["backend"] == "stanza"
    first = rec["tokens"][0]
    assert rec["text"][first["span"][0] : first["span"][1]] == first["text"]
    frames = pipeline.to_frames(_records(out))
    assert len(frames["tokens"]) == sum(len(r["tokens"]) for r in _records(out))


def test_stanza_backend_without_its_folder_is_a_clear_error(samples: Path, tmp_path: Path, capsys) -> None:
    out = str(tmp_path / "out")
    assert pipeline.main(["run", str(samples), "--out", out, "--no-ner", "--backend", "stanza"]) == 1
    assert "--stanza-dir" in capsys.readouterr().err
    argv = [
        "run",
        str(samples),
        "--out",
        out,
        "--no-ner",
        "--backend",
        "stanza",
        "--stanza-dir",
        "no/such/dir",
    ]
    assert pipeline.main(argv) == 1
    assert "does not exist" in capsys.readouterr().err


# ---------------------------------------------------------------- library use (issue 17)

ARTICLE = (
    "PALANGKA RAYA – Wakil Wali Kota Palangka Raya Umi Mastikah membuka pelatihan rotan, "
    "Senin (24/8).\r\nPelatihan diikuti 30 orang peserta dengan biaya Rp 1,5 juta."
)


def test_warm_up_extracts_one_article_with_the_runs_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(extract, "extract_article", lambda raw, **kw: calls.append(kw))
    options = pipeline.Options(ner=False, stanza_dir="/models/stanza")
    try:
        pipeline._warm_up(options)
    finally:
        gc.unfreeze()
    assert calls == [{"model": options.model, "ner": False, "backend": "/models/stanza"}]


def test_warm_up_takes_what_is_loaded_out_of_full_collections() -> None:
    loaded = [{"kabupaten": n} for n in range(2000)]  # stands for the model and the modules
    gc.unfreeze()
    try:
        pipeline._warm_up(pipeline.Options(ner=False))
        assert gc.get_freeze_count() >= len(loaded)
        # what is made after the warm-up is collected as before
        article = {"judul": "Bupati meresmikan pasar"}
        article["self"] = article
        assert gc.is_tracked(article)
        del article
        assert gc.collect() >= 1
    finally:
        gc.unfreeze()


def test_extract_article_reads_str_and_bytes_alike() -> None:
    page = f"<html><body><h1>Judul</h1><p>{ARTICLE}</p></body></html>"
    for raw in (ARTICLE, page):
        as_text = extract_article(raw, doc_id="a", ner=False)
        as_bytes = extract_article(raw.encode("utf-8"), doc_id="a", ner=False)
        assert as_text == as_bytes
    assert "\r" not in extract_article(ARTICLE, doc_id="a", ner=False).text
    assert "<p>" not in extract_article(page, doc_id="a", ner=False).text


def test_extract_articles_streams_texts_and_pairs_in_order() -> None:
    consumed = []

    def texts():
        for i, text in enumerate([ARTICLE, ("b", ARTICLE.encode("utf-8")), "SURABAYA – Harga Rp 5.000."]):
            consumed.append(i)
            yield text

    stream = pipeline.extract_articles(texts(), ner=False)
    first = next(stream)
    assert (first.doc_id, consumed) == ("0", [0])  # one at a time, not the whole iterable first
    rest = list(stream)
    assert [r.doc_id for r in rest] == ["b", "2"]
    assert rest[1].prices[0].min == 5000


@pytest.mark.slow
def test_extract_articles_on_a_pool_gives_the_same_records() -> None:
    texts = [ARTICLE, "SURABAYA – Harga Rp 5.000.", ARTICLE + " Tambahan."] * 3
    alone = list(pipeline.extract_articles(texts, ner=False))
    pooled = list(pipeline.extract_articles(texts, ner=False, workers=2))
    assert pooled == alone


def test_extract_articles_raises_the_article_error() -> None:
    from extract.errors import InputError

    with pytest.raises(InputError):
        list(pipeline.extract_articles([ARTICLE, "   "], ner=False))


def test_the_incremental_key_is_the_model_content_not_its_path(tmp_path: Path) -> None:
    from .conftest import MODEL

    if not (MODEL / "meta.json").is_file():
        pytest.skip("needs the NER model")
    copy = tmp_path / "elsewhere" / "ner-id"
    shutil.copytree(MODEL, copy)
    fp_a, key_a = pipeline._prepare(pipeline.Options(model=str(MODEL)))
    fp_b, key_b = pipeline._prepare(pipeline.Options(model=str(copy)))
    assert fp_a != fp_b and key_a == key_b  # the records name their model path; reuse ignores it
    (copy / "meta.json").write_text((copy / "meta.json").read_text() + " ", encoding="utf-8")
    assert pipeline._prepare(pipeline.Options(model=str(copy)))[1] != key_a


def test_records_made_with_a_model_elsewhere_are_reused(samples: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.run(samples, out, workers=1, ner=False)
    # What another checkout or venv writes: the same model content at another path.
    lines = []
    for rec in _records(out):
        rec["pipeline"]["ner"] = {"name": "id_ner_warta", "path": "/another/venv/share/warta/models/ner-id"}
        lines.append(json.dumps(rec, ensure_ascii=False))
    (out / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    key = {"pipeline": pipeline._comparable(_records(out)[0]["pipeline"]), "model_sha256": "abc"}
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["model_sha256"] = "abc"
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    fingerprint = dict(_records(out)[0]["pipeline"], ner={"name": "id_ner_warta", "path": "/here/ner-id"})
    assert len(pipeline._reusable(out, [], fingerprint, key)) == 5
    assert pipeline._reusable(out, [], fingerprint, {**key, "model_sha256": "other"}) == {}


def test_progress_moves_article_by_article(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    ticks = []
    shard = [(str(p), p.stem, str(p)) for p in sorted(folder.glob("*.txt"))]
    pipeline.process_shard(
        shard, str(tmp_path / "part"), pipeline.Options(ner=False), on_article=ticks.append
    )
    assert ticks == [1, 1, 1]


def _shard(folder: Path) -> list[tuple[str, str, str]]:
    return [(str(p), p.stem, str(p)) for p in sorted(folder.glob("*.txt"))]


def _lines(result: pipeline.ShardResult) -> dict[str, dict]:
    data = Path(result.part).read_bytes()
    return {doc_id: json.loads(data[offset : offset + length]) for doc_id, offset, length in result.index}


@pytest.fixture()
def batch_and_poison(tmp_path: Path, sample_paths: list[Path]) -> Path:
    """The five samples and one article the model is made to fail on: more than one batch."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(pipeline.MODEL_BATCH + 2):
        shutil.copy(sample_paths[i % len(sample_paths)], folder / f"a{i:02d}.txt")
    (folder / "a03-racun.txt").write_text("MEDAN – Warga Desa Racun menolak tambang.", encoding="utf-8")
    return folder


@needs_model
def test_a_batch_the_model_fails_on_is_run_one_article_at_a_time(
    batch_and_poison: Path, tmp_path: Path, monkeypatch
) -> None:
    import extract.article
    import extract.ner

    shard = _shard(batch_and_poison)
    options = pipeline.Options(ner=True)
    expected = _lines(pipeline.process_shard(shard, str(tmp_path / "plain"), options))

    real_many, real_one = extract.ner.extract_entities_many, extract.article.extract_entities
    calls = []

    def many(texts, **kw):
        calls.append(len(texts))
        if any("Racun" in t for t in texts):
            raise RuntimeError("the model broke on this batch")
        return real_many(texts, **kw)

    def one(text, **kw):
        if "Racun" in text:
            raise RuntimeError("the model broke on this article")
        return real_one(text, **kw)

    monkeypatch.setattr(extract.ner, "extract_entities_many", many)
    monkeypatch.setattr(extract.article, "extract_entities", one)
    result = pipeline.process_shard(shard, str(tmp_path / "part"), options)
    assert calls == [pipeline.MODEL_BATCH, len(shard) - pipeline.MODEL_BATCH]  # a batch, then the rest
    assert [(e["doc_id"], e["error"]) for e in result.errors] == [("a03-racun", "RuntimeError")]
    del expected["a03-racun"]
    assert _lines(result) == expected  # the poisoned batch's other articles: the same records


@needs_model
def test_a_batch_past_the_time_bound_is_run_one_article_at_a_time(
    batch_and_poison: Path, tmp_path: Path, monkeypatch
) -> None:
    import extract.ner

    def never_ends(texts, **kw):
        while True:  # Python code that never ends
            pass

    monkeypatch.setattr(extract.ner, "extract_entities_many", never_ends)
    shard = _shard(batch_and_poison)
    result = pipeline.process_shard(shard, str(tmp_path / "part"), pipeline.Options(ner=True, timeout=2.0))
    assert result.errors == []
    assert sorted(_lines(result)) == sorted(doc_id for _, doc_id, _ in shard)
    assert all(line["entities"] for doc_id, line in _lines(result).items() if doc_id != "a03-racun")


def test_a_failed_batch_is_charged_to_its_articles(monkeypatch) -> None:
    import types

    import extract.ner

    clock = [100.0]

    def fails_after_six_seconds(texts, **kw):
        clock[0] += 6.0  # the model's (made-up) time on the batch before it broke
        raise RuntimeError("the model broke on this batch")

    monkeypatch.setattr(extract.ner, "extract_entities_many", fails_after_six_seconds)
    monkeypatch.setattr(pipeline, "time", types.SimpleNamespace(perf_counter=lambda: clock[0]))
    texts = ["MEDAN – Warga menolak tambang.", "PADANG – Harga cabai naik.", "AMBON – Hujan."]
    begun = [
        pipeline._Begun((f"{i}.txt", str(i), f"{i}.txt"), b"", types.SimpleNamespace(text=t), 0.5)
        for i, t in enumerate(texts)
    ]
    assert pipeline._model_batch(begun, pipeline.Options(ner=True)) == [None, None, None]
    assert [item.spent for item in begun] == [2.5, 2.5, 2.5]  # each its third of the six seconds
