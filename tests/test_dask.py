"""The Dask engine gives byte-for-byte the output of the local engine."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline

from .conftest import SHARED, needs_model, needs_shared

pytest.importorskip("dask.distributed", reason='the dask engine needs the extra: pip install "warta[dask]"')


@pytest.mark.slow
@needs_shared
@needs_model
def test_dask_local_cluster_matches_the_local_engine(tmp_path: Path) -> None:
    dev = SHARED / "dev" / "raw"
    local = pipeline.run(dev, tmp_path / "local", workers=2, engine="local")
    dask = pipeline.run(dev, tmp_path / "dask", workers=2, engine="dask", shard_size=4)
    assert (dask.articles, dask.failed) == (local.articles, local.failed)
    assert (tmp_path / "dask" / "records.jsonl").read_bytes() == (
        tmp_path / "local" / "records.jsonl"
    ).read_bytes()
    assert (tmp_path / "dask" / "errors.jsonl").read_bytes() == (
        tmp_path / "local" / "errors.jsonl"
    ).read_bytes()
