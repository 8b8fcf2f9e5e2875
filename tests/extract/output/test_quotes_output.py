"""Quotes in every output: the quotes table, "Who said what" in the report, links in the show view."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

import pytest

from extract.output import tables
from extract.output.report import write_report
from extract.records import ArticleRecord, Official, Quote
from tests.spans import span_of as _at

# Real sentences in the way Indonesian outlets quote officials; the second quote in B has no
# named speaker, and one quote carries markup that must stay text.
TEXT_A = (
    "PALANGKA RAYA – Wakil Wali Kota Palangka Raya Umi Mastikah membuka pelatihan rotan.\n"
    "“Pelatihan ini untuk meningkatkan kualitas produk pelaku usaha,” kata Umi Mastikah.\n"
    "Menurut Umi, “produk rotan <b>kita</b> harus bersaing di pasar nasional.”"
)
TEXT_B = (
    "“Kami siap mendukung UMKM,” ujar Kabid PIP Diskominfo Alfrianto.\n"
    "“Semua peserta mendapat sertifikat,” kata seorang panitia."
)


def make_records() -> list[ArticleRecord]:
    q1 = _at(TEXT_A, "Pelatihan ini untuk meningkatkan kualitas produk pelaku usaha,")
    q2 = _at(TEXT_A, "produk rotan <b>kita</b> harus bersaing di pasar nasional.")
    a = ArticleRecord(
        doc_id="a",
        source="a.txt",
        sha256="0" * 64,
        title="Wawali Buka Pelatihan Rotan",
        published=None,
        byline=None,
        dateline=None,
        text=TEXT_A,
        officials=(
            Official(
                "Umi Mastikah",
                "Wakil Wali Kota Palangka Raya",
                _at(TEXT_A, "Wakil Wali Kota Palangka Raya Umi Mastikah"),
                _at(TEXT_A, "Umi Mastikah"),
            ),
        ),
        quotes=(
            Quote(
                TEXT_A[slice(*q1)],
                q1,
                "Umi Mastikah",
                _at(TEXT_A, "Umi Mastikah", q1[1]),
                "kata",
                "Wakil Wali Kota Palangka Raya",
            ),
            Quote(
                TEXT_A[slice(*q2)],
                q2,
                "Umi Mastikah",
                _at(TEXT_A, "Umi,"),
                "menurut",
                "Wakil Wali Kota Palangka Raya",
            ),
        ),
    )
    b1 = _at(TEXT_B, "Kami siap mendukung UMKM,")
    b2 = _at(TEXT_B, "Semua peserta mendapat sertifikat,")
    b = ArticleRecord(
        doc_id="=b",  # a doc id a spreadsheet would read as a formula
        source="=b.txt",
        sha256="1" * 64,
        title=None,
        published=None,
        byline=None,
        dateline=None,
        text=TEXT_B,
        quotes=(
            Quote(
                TEXT_B[slice(*b1)], b1, "Alfrianto", _at(TEXT_B, "Alfrianto"), "ujar", "Kabid PIP Diskominfo"
            ),
            Quote(TEXT_B[slice(*b2)], b2, None, None, "kata", None),
        ),
    )
    return [a, b]


def test_quotes_table_has_one_row_per_quote_with_spans() -> None:
    frame = tables.to_frames(make_records())["quotes"]
    assert list(frame.columns) == [
        "doc_id",
        "text",
        "speaker",
        "title",
        "cue",
        "span_start",
        "span_end",
        "speaker_start",
        "speaker_end",
    ]
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    first_speaker = _at(TEXT_A, "Umi Mastikah", _at(TEXT_A, "Pelatihan ini")[1])
    assert rows[0] == {
        "doc_id": "a",
        "text": "Pelatihan ini untuk meningkatkan kualitas produk pelaku usaha,",
        "speaker": "Umi Mastikah",
        "title": "Wakil Wali Kota Palangka Raya",
        "cue": "kata",
        "span_start": TEXT_A.index("Pelatihan ini"),
        "span_end": TEXT_A.index("Pelatihan ini") + 62,
        "speaker_start": first_speaker[0],
        "speaker_end": first_speaker[1],
    }
    assert rows[3]["speaker"] is None and rows[3]["speaker_start"] is None
    for row, rec in zip(rows, [r for r in make_records() for _ in r.quotes], strict=True):
        assert rec.text[row["span_start"] : row["span_end"]] == row["text"]
    articles = tables.to_frames(make_records())["articles"]
    assert articles["n_quotes"].tolist() == [2, 2]


def test_a_record_without_quotes_gives_no_quote_rows() -> None:
    rec = ArticleRecord("c", "c.txt", "2" * 64, None, None, None, None, "Tidak ada kutipan di sini.")
    assert tables.to_frames([rec])["quotes"].empty
    assert tables.to_frames([rec.to_dict()])["articles"]["n_quotes"].tolist() == [0]


def test_quotes_reach_parquet_and_csv_and_csv_cells_are_neutralised(tmp_path: Path) -> None:
    import pandas as pd

    records = tmp_path / "records.jsonl"
    records.write_text(
        "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in make_records()), encoding="utf-8"
    )
    tables.write_tables(records, tmp_path)
    parquet = pd.read_parquet(tmp_path / "quotes.parquet")
    assert parquet["speaker"].tolist()[:3] == ["Umi Mastikah", "Umi Mastikah", "Alfrianto"]
    assert parquet["doc_id"].tolist()[2] == "=b"  # Parquet keeps the value as it is
    with (tmp_path / "quotes.csv").open(encoding="utf-8", newline="") as fh:
        cells = list(csv.DictReader(fh))
    assert [c["doc_id"] for c in cells] == ["a", "a", "'=b", "'=b"]
    with (tmp_path / "articles.csv").open(encoding="utf-8", newline="") as fh:
        assert [c["source"] for c in csv.DictReader(fh)] == ["a.txt", "'=b.txt"]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_neutralised(start: str) -> None:
    import pandas as pd

    frame = pd.DataFrame({"text": [f"{start}1+1", "Rp 5.000", None]}).astype("string")
    out = tables.neutralise(frame)["text"].tolist()
    assert out[:2] == [f"'{start}1+1", "Rp 5.000"] and out[2] is pd.NA


def test_report_says_who_said_what_most_quoted_first_and_escaped(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(
        "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in make_records()), encoding="utf-8"
    )
    write_report(records, tmp_path / "errors.jsonl", tmp_path / "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    section = page[page.index('<section id="quotes">') :]
    section = section[: section.index("</section>")]
    assert "Who said what (2 speakers, 4 quotes)" in section
    assert section.index("Umi Mastikah") < section.index("Alfrianto")
    assert "Wakil Wali Kota Palangka Raya" in section and "Kabid PIP Diskominfo" in section
    assert "&lt;b&gt;kita&lt;/b&gt;" in section and "<b>kita" not in page
    assert "1 quote(s) without a named speaker" in section
    assert '<a href="#quotes">Who said what</a>' in page


def test_report_heading_and_card_count_the_same_officials(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    recs = make_records()
    twice = [recs[0], dataclasses.replace(recs[0], doc_id="a2")]
    records.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in twice), encoding="utf-8")
    write_report(records, tmp_path / "errors.jsonl", tmp_path / "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<b>2</b><span>officials</span>" in page
    assert "Officials (1 people, 2 mentions)" in page


def test_show_highlights_quotes_linked_to_their_speaker() -> None:
    pytest.importorskip("spacy")
    from extract.output.show import render_html, speaker_anchors

    a, b = make_records()
    assert speaker_anchors(b.quotes) == {"Alfrianto": "speaker-1", None: "speaker-2"}
    page = render_html(a)
    assert page.count('href="#speaker-1"') == 4  # two quotes and two speaker mentions
    assert '<tr id="speaker-1"><td>Umi Mastikah</td><td>Wakil Wali Kota Palangka Raya</td>' in page
    assert "&lt;b&gt;kita&lt;/b&gt;" in page and "<b>kita" not in page
    unnamed = render_html(b)
    assert 'href="#speaker-2"' in unnamed and "(no named speaker)" in unnamed


def test_tables_written_a_batch_at_a_time_are_the_tables_of_all_records(tmp_path: Path) -> None:
    import pandas as pd

    records = tmp_path / "records.jsonl"
    many = [dataclasses.replace(r, doc_id=f"{r.doc_id}{i}") for i in range(3) for r in make_records()]
    records.write_text(
        "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in many), encoding="utf-8"
    )
    whole, batched = tmp_path / "whole", tmp_path / "batched"
    whole.mkdir(), batched.mkdir()
    tables.write_tables(records, whole)
    tables.write_tables(records, batched, batch=2)  # 6 records: three batches, three row groups
    for name in tables.TABLES:
        assert (batched / f"{name}.csv").read_bytes() == (whole / f"{name}.csv").read_bytes()
        pd.testing.assert_frame_equal(
            pd.read_parquet(batched / f"{name}.parquet"), pd.read_parquet(whole / f"{name}.parquet")
        )
    quotes = len(tables.to_frames(make_records())["quotes"])
    assert len(pd.read_parquet(batched / "quotes.parquet")) == 3 * quotes
