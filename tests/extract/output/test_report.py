"""The run report: the right tables from records.jsonl, streamed, capped, atomic, and visible in a browser."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

import extract
from extract.output import report
from extract.output.report import bucket_of, write_report
from extract.records import (
    ArticleRecord,
    Boilerplate,
    Dateline,
    DateMention,
    Entity,
    Official,
    Participant,
    Person,
    Price,
)
from tests.spans import span_of as _at

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "data" / "raw").glob("*.txt"))
CHROMIUM = next(
    (p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and os.path.exists(p)), None
)

# Real sentences (data/raw/002 and 000), a second article repeating an official with a short title.
TEXT_A = (
    "PALANGKA RAYA – Wakil Wali Kota Palangka Raya Umi Mastikah membuka secara resmi kegiatan pelatihan "
    "proses produksi berbahan dasar rotan bagi pelaku usaha, Senin(24/8) kemarin.\n"
    "Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus, dengan biaya Rp 1,5 juta."
)
TEXT_B = (
    "Kabid PIP Diskominfo Kota Palangka Raya Alfrianto di ruang media center setempat, Kamis 23 September "
    "2021. Wawali Umi Mastikah hadir bersama puluhan pelaku UKM; harga mulai dari 5.000 sd 150 ribu."
)


def make_records() -> list[ArticleRecord]:
    a = ArticleRecord(
        doc_id="a_002",
        source="a_002.txt",
        sha256="0" * 64,
        title="Wawali Buka Pelatihan Rotan",
        published="2021-08-25",
        byline="daq/fm",
        dateline=Dateline("Palangka Raya", None),
        text=TEXT_A,
        boilerplate=(Boilerplate(3, "Home Top Ad", "ad"),),
        entities=(Entity("Umi Mastikah", "PER", _at(TEXT_A, "Umi Mastikah")),),
        persons=(Person("Umi Mastikah", (_at(TEXT_A, "Umi Mastikah"),)),),
        officials=(
            Official(
                "Umi Mastikah",
                "Wakil Wali Kota Palangka Raya",
                _at(TEXT_A, "Wakil Wali Kota Palangka Raya Umi Mastikah"),
                _at(TEXT_A, "Umi Mastikah"),
            ),
        ),
        dates=(
            DateMention("Senin(24/8) kemarin", _at(TEXT_A, "Senin(24/8) kemarin"), "2021-08-24"),
            DateMention("24-28 Agustus", _at(TEXT_A, "24-28 Agustus"), "2021-08-24", "2021-08-28"),
        ),
        prices=(Price("Rp 1,5 juta", _at(TEXT_A, "Rp 1,5 juta"), 1500000, 1500000),),
        participants=(
            Participant("30 orang peserta", _at(TEXT_A, "30 orang peserta"), 30, False, 30, 30, "peserta"),
        ),
    )
    b = ArticleRecord(
        doc_id="b_000",
        source="b_000.txt",
        sha256="1" * 64,
        title=None,
        published=None,
        byline=None,
        dateline=None,
        text=TEXT_B,
        officials=(
            Official(
                "Alfrianto",
                "Kabid PIP Diskominfo Kota Palangka Raya",
                _at(TEXT_B, "Kabid PIP Diskominfo Kota Palangka Raya Alfrianto"),
                _at(TEXT_B, "Alfrianto"),
            ),
            Official(
                "Umi Mastikah", "Wawali", _at(TEXT_B, "Wawali Umi Mastikah"), _at(TEXT_B, "Umi Mastikah")
            ),
        ),
        dates=(DateMention("Kamis 23 September 2021", _at(TEXT_B, "Kamis 23 September 2021"), "2021-09-23"),),
        prices=(Price("5.000 sd 150 ribu", _at(TEXT_B, "5.000 sd 150 ribu"), 5000, 150000),),
        participants=(
            Participant(
                "puluhan pelaku UKM", _at(TEXT_B, "puluhan pelaku UKM"), None, True, 20, 99, "pelaku UKM"
            ),
        ),
    )
    return [a, b]


FAILURE = {
    "doc_id": "c_bad",
    "source": "c_bad.txt",
    "error": "InputError",
    "reason": "binary file (NUL bytes)",
}


def write_run(folder: Path, records: list, errors: list[dict] | None = None) -> tuple[Path, Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    records_path, errors_path = folder / "records.jsonl", folder / "errors.jsonl"
    with records_path.open("w", encoding="utf-8") as fh:
        for record in records:
            data = record.to_dict() if isinstance(record, ArticleRecord) else record
            fh.write((data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)) + "\n")
    if errors is not None:
        errors_path.write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")
    return records_path, errors_path, folder / "report.html"


class Tables(HTMLParser):
    """Every table of the page as rows of cell texts, keyed by the table's class."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.tags: set[str] = set()
        self.attrs: list[str] = []
        self._table: list[list[str]] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs.extend(f"{k}={v}" for k, v in attrs)
        if tag == "table":
            self._table = self.tables.setdefault(dict(attrs).get("class") or "", [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._table is not None:
            self._table[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parse(markup: str) -> Tables:
    tables = Tables()
    tables.feed(markup)
    tables.close()
    return tables


def test_officials_table_has_one_row_per_person(tmp_path):
    out = write_run(tmp_path, make_records(), [FAILURE])
    write_report(*out)
    rows = parse(out[2].read_text(encoding="utf-8")).tables["officials"]
    assert rows == [
        ["name", "title", "articles", "in"],
        ["Umi Mastikah", "Wakil Wali Kota Palangka Raya also: Wawali", "2", "a_002, b_000"],
        ["Alfrianto", "Kabid PIP Diskominfo Kota Palangka Raya", "1", "b_000"],
    ]


def test_prices_timeline_participants_failures(tmp_path):
    out = write_run(tmp_path, make_records(), [FAILURE])
    write_report(*out)
    tables = parse(out[2].read_text(encoding="utf-8")).tables
    assert tables["prices"][1:] == [
        ["a_002", "Wawali Buka Pelatihan Rotan", "1", "IDR", "1.500.000", "1.500.000"],
        ["b_000", "", "1", "IDR", "5.000", "150.000"],
    ]
    assert [row[0] for row in tables["timeline"][1:]] == ["2021-08", "2021-09"]
    assert [row[-1] for row in tables["timeline"][1:]] == ["2", "1"]
    events = tables["events"][1:]
    assert [row[:3] for row in events] == [
        ["2021-08-24", "Senin(24/8) kemarin", "a_002"],
        ["2021-08-24–2021-08-28", "24-28 Agustus", "a_002"],
        ["2021-09-23", "Kamis 23 September 2021", "b_000"],
    ]
    assert (
        events[0][3] == "… proses produksi berbahan dasar rotan bagi pelaku usaha, Senin(24/8) kemarin. "
        "Pelatihan diikuti 30 orang peserta, yang dilaksanakan …"
    )
    assert tables["participants"][1:] == [["a_002", "1", "30 peserta"], ["b_000", "1", "~20–99 pelaku UKM"]]
    assert tables["failures"][1:] == [["c_bad", "c_bad.txt", "InputError", "binary file (NUL bytes)"]]
    fields = {row[0]: row[1:4] for row in tables["fields"][1:]}
    assert fields["officials"] == ["3", "2", "100%"]
    assert fields["prices"] == ["2", "2", "100%"]


def test_sample_articles_officials_are_listed(tmp_path):
    records = [extract.extract_article(p.read_bytes(), doc_id=p.stem, ner=False) for p in SAMPLES]
    out = write_run(tmp_path, records)
    write_report(*out)
    names = {row[0] for row in parse(out[2].read_text(encoding="utf-8")).tables.get("officials", [])[1:]}
    assert names == {" ".join(o.name.split()) for r in records for o in r.officials}


def test_self_contained_and_escaped(tmp_path):
    record = make_records()[0]
    evil = ArticleRecord(**{**_fields(record), "doc_id": "<script>alert(1)</script>", "title": "A & B <i>"})
    out = write_run(tmp_path, [evil])
    write_report(*out)
    page = parse(out[2].read_text(encoding="utf-8"))
    assert not page.tags & {"script", "link", "img", "iframe", "object", "embed", "i"}
    markup = out[2].read_text(encoding="utf-8")
    assert "http://" not in markup and "https://" not in markup and "@import" not in markup
    assert not [a for a in page.attrs if "//" in a]
    assert "&lt;script&gt;" in markup


def _fields(record: ArticleRecord) -> dict:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def test_missing_errors_file_and_unreadable_lines(tmp_path):
    records = [make_records()[0], "not json", "[1, 2]", ""]
    out = write_run(tmp_path, records)
    assert not out[1].exists()
    write_report(*out)
    markup = out[2].read_text(encoding="utf-8")
    assert "No article failed." in markup
    assert "Skipped 2 unreadable line(s) of records.jsonl" in markup


def test_empty_run(tmp_path):
    out = write_run(tmp_path, [], [])
    write_report(*out)
    markup = out[2].read_text(encoding="utf-8")
    assert "No officials found." in markup and "No dates found." in markup


def test_long_tables_are_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "MAX_ROWS", 3)
    monkeypatch.setattr(report, "MAX_OFFICIAL_ROWS", 2)
    monkeypatch.setattr(report, "MAX_EVENTS_PER_BUCKET", 2)
    base = make_records()[0]
    many = [ArticleRecord(**{**_fields(base), "doc_id": f"doc_{i:03d}"}) for i in range(7)]
    many.append(make_records()[1])
    out = write_run(tmp_path, many, [FAILURE] * 5)
    write_report(*out)
    markup = out[2].read_text(encoding="utf-8")
    tables = parse(markup).tables
    assert len(tables["articles"]) == 1 + 3
    assert len(tables["prices"]) == 1 + 3
    assert len(tables["failures"]) == 1 + 3
    assert len(tables["officials"]) == 1 + 2
    assert tables["officials"][1][:3] == ["Umi Mastikah", "Wakil Wali Kota Palangka Raya also: Wawali", "8"]
    assert "Showing 3 of 8 articles" in markup
    assert "Showing 3 of 5 failures" in markup
    assert "… 12 more in 2021-08" in markup  # 14 mentions in August, 2 listed


def test_written_atomically(tmp_path, monkeypatch):
    out = write_run(tmp_path, make_records())
    out[2].write_text("previous report", encoding="utf-8")

    def broken(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(report.os, "replace", broken)
    with pytest.raises(RuntimeError):
        write_report(*out)
    assert out[2].read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.jsonl", "report.html"]
    monkeypatch.undo()
    write_report(*out)
    assert out[2].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.jsonl", "report.html"]
    assert out[2].stat().st_mode & 0o044 == 0o044  # readable by others, like any output file


@pytest.mark.parametrize(
    ("value", "bucket"),
    [
        ("2021-09-23", "2021-09"),
        ("2020-11", "2020-11"),
        ("2018", "2018"),
        ("XXXX-08-24", "XXXX"),
        ("", "XXXX"),
    ],
)
def test_bucket_of(value, bucket):
    assert bucket_of(value) == bucket


# ---------------------------------------------------------------- in a real browser


def png_pixels_differ(data: bytes) -> bool:
    """Decode a PNG (8-bit, any colour type) and say whether its pixels are not all identical."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = header[:4]
    assert depth == 8, f"unexpected bit depth {depth}"
    bpp = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    raw, stride = zlib.decompress(idat), width * bpp
    previous, seen = bytearray(stride), set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        seen.update(bytes(line[i : i + bpp]) for i in range(0, stride, bpp))
        if len(seen) > 1:
            return True
        previous = line
    return False


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium: install the Debian package `chromium` (.ci/run does)"
)
def test_report_in_headless_chromium(tmp_path):
    records = [extract.extract_article(p.read_bytes(), doc_id=p.stem, ner=False) for p in SAMPLES]
    records += make_records()
    out = write_run(tmp_path / "run", records, [FAILURE])
    write_report(*out)
    url = out[2].resolve().as_uri()

    png = tmp_path / "report.png"
    shot = chromium(f"--screenshot={png}", "--window-size=1200,2000", url, profile=tmp_path / "profile")
    assert png.exists(), shot.stderr.decode(errors="replace")[-2000:]
    assert png_pixels_differ(png.read_bytes()), "the screenshot is blank"

    dom = chromium("--dump-dom", url, profile=tmp_path / "profile")
    assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-2000:]
    tables = parse(dom.stdout.decode("utf-8")).tables
    names = {row[0] for row in tables["officials"][1:]}
    expected = {" ".join(o.name.split()) for r in records for o in r.officials}
    assert {"Umi Mastikah", "Alfrianto"} <= expected
    assert names == expected
    assert ["c_bad", "c_bad.txt", "InputError", "binary file (NUL bytes)"] in tables["failures"]


def _png(rows: list[bytes], *, filter_type: int = 0) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", len(rows[0]) // 3, len(rows), 8, 2, 0, 0, 0)
    data = b"".join(bytes([filter_type]) + row for row in rows)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(data))
        + chunk(b"IEND", b"")
    )


def test_png_check_tells_blank_from_drawn():
    white = [b"\xff" * 30] * 10
    assert not png_pixels_differ(_png(white))
    assert not png_pixels_differ(_png([white[0]] + [b"\x00" * 30] * 9, filter_type=2))  # "Up": all white
    drawn = [*white[:5], b"\xff" * 15 + b"\x00" * 15, *white[6:]]
    assert png_pixels_differ(_png(drawn))


@pytest.mark.slow
def test_every_run_writes_the_report(tmp_path):
    pipeline = pytest.importorskip("pipeline", reason="pipeline.py is not importable")
    summary = pipeline.run(ROOT / "data" / "raw", tmp_path / "out", workers=1, ner=False, progress=False)
    page = summary.output_dir / "report.html"
    records = list(pipeline.iter_records(summary.output_dir / "records.jsonl"))
    tables = parse(page.read_text(encoding="utf-8")).tables
    names = {row[0] for row in tables.get("officials", [])[1:]}
    assert names == {" ".join(o["name"].split()) for r in records for o in r["officials"]}
    assert int(tables["fields"][1 + report.FIELDS.index("dates")][1]) == sum(len(r["dates"]) for r in records)
