"""The one-article view: every item highlighted with its value, the text intact, nothing remote."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("spacy")

import extract
from extract.output.show import count_value, price_value, render_html, show
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

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "data" / "raw").glob("*.txt"))

# Real sentences from data/raw/002 and data/raw/000, plus markup that must stay text.
TEXT = (
    "PALANGKA RAYA – Wakil Wali Kota Palangka Raya Umi Mastikah membuka secara resmi kegiatan pelatihan "
    "proses produksi berbahan dasar rotan bagi pelaku usaha, Senin(24/8) kemarin.\n"
    "Di tempat berbeda, Vieta Sumala Dewi pemilik UMKM Bintang Jaya Itah (Handycraft) mengatakan, bahwa "
    "dirinya membangun usaha ini sejak tahun 2018, dan dijual dengan kisaran harga mulai dari 5.000 sd "
    "150 ribu keatas.\n\n"
    "Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus, bersama puluhan pelaku "
    "UKM & <b>warga</b>."
)


def at(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return (start, start + len(part))


def make_record() -> ArticleRecord:
    return ArticleRecord(
        doc_id="002_demo",
        source="data/raw/002_demo.txt",
        sha256="0" * 64,
        title="Wawali Buka Pelatihan Rotan",
        published="2021-08-25",
        byline="daq/fm",
        dateline=Dateline("Palangka Raya", None),
        text=TEXT,
        boilerplate=(Boilerplate(3, "Home Top Ad", "ad"), Boilerplate(40, "(daq/fm)", "byline")),
        entities=(
            Entity("Palangka Raya", "LOC", at("Palangka Raya")),
            Entity("Umi Mastikah", "PER", at("Umi Mastikah")),
        ),
        persons=(
            Person("Umi Mastikah", (at("Umi Mastikah"),)),
            Person("Vieta Sumala Dewi", (at("Vieta Sumala Dewi"),)),
        ),
        officials=(
            Official(
                "Umi Mastikah",
                "Wakil Wali Kota Palangka Raya",
                at("Wakil Wali Kota Palangka Raya Umi Mastikah"),
                at("Umi Mastikah"),
            ),
            Official(
                "Vieta Sumala Dewi",
                "pemilik UMKM Bintang Jaya Itah",
                at("Vieta Sumala Dewi pemilik UMKM Bintang Jaya Itah"),
                at("Vieta Sumala Dewi"),
            ),
        ),
        dates=(
            DateMention("Senin(24/8) kemarin", at("Senin(24/8) kemarin"), "2021-08-24"),
            DateMention("tahun 2018", at("tahun 2018"), "2018"),
            DateMention("24-28 Agustus", at("24-28 Agustus"), "2021-08-24", "2021-08-28"),
        ),
        prices=(Price("5.000 sd 150 ribu", at("5.000 sd 150 ribu"), 5000, 150000),),
        participants=(
            Participant("30 orang peserta", at("30 orang peserta"), 30, False, 30, 30, "peserta"),
            Participant("puluhan pelaku UKM", at("puluhan pelaku UKM"), None, True, 20, 99, "pelaku UKM"),
        ),
    )


class _Page(HTMLParser):
    """The article's visible text (labels left out), the labels, every table cell, the tags used."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.article: list[str] = []
        self.labels: list[str] = []
        self.cells: list[str] = []
        self.tags: set[str] = set()
        self.attrs_seen: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs_seen.extend(f"{k}={v}" for k, v in attrs)
        self.stack.append((tag, dict(attrs).get("class") or ""))
        if tag == "td":
            self.cells.append("")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        classes = {c for _, cls in self.stack for c in cls.split()}
        if "w-label" in classes:
            self.labels.append(" ".join(data.split()))
        elif "article" in classes:
            self.article.append(data)
        if self.stack and self.stack[-1][0] == "td":
            self.cells[-1] += data


def parse(markup: str) -> _Page:
    page = _Page()
    page.feed(markup)
    page.close()
    return page


def test_every_item_is_labelled_with_its_value():
    page = parse(render_html(make_record()))
    assert page.labels == [
        "OFFICIAL Umi Mastikah · Wakil Wali Kota Palan…",
        "LOC",
        "PER",
        "DATE 2021-08-24",
        "OFFICIAL Vieta Sumala Dewi · pemilik UMKM Bin…",
        "PERSON Vieta Sumala Dewi",  # found by rule only: no PER entity repeats it
        "DATE 2018",
        "PRICE IDR 5.000–150.000",
        "COUNT 30 peserta",
        "DATE 2021-08-24–2021-08-28",
        "COUNT ~20–99 pelaku UKM",
    ]


def test_text_is_kept_verbatim():
    """No space is added or lost around the highlights, and markup in the article stays text."""
    page = parse(render_html(make_record()))
    shown = " ".join("".join(page.article).split())
    assert shown == " ".join(TEXT.split())
    assert "bagi pelaku usaha, Senin(24/8) kemarin." in shown
    assert "b" not in page.tags


def test_metadata_items_and_boilerplate_tables():
    cells = parse(render_html(make_record())).cells
    for value in ("002_demo", "2021-08-25", "daq/fm", "Palangka Raya"):
        assert value in cells
    assert "Umi Mastikah · Wakil Wali Kota Palangka Raya" in cells  # the whole value, not cut
    assert "IDR 5.000–150.000" in cells
    ad = cells.index("Home Top Ad")
    assert cells[ad - 2 : ad + 1] == ["3", "ad", "Home Top Ad"]
    assert cells[-3:] == ["40", "byline", "(daq/fm)"]


def test_self_contained():
    markup = render_html(make_record())
    assert markup.startswith("<!DOCTYPE html>")
    page = parse(markup)
    assert not page.tags & {"script", "link", "img", "iframe"}
    assert not [a for a in page.attrs_seen if "http" in a or "//" in a]
    assert "http://" not in markup and "https://" not in markup and "@import" not in markup


def test_fragment_and_dict_input():
    record = make_record()
    fragment = render_html(record, page=False)
    assert "<html" not in fragment and fragment.startswith("<style>")
    assert render_html(record.to_dict(), page=False) == fragment


def test_show_returns_notebook_html():
    shown = show(make_record())
    pytest.importorskip("IPython")
    assert shown.data == render_html(make_record(), page=False)


def test_broken_spans_and_empty_text_do_not_fail():
    record = make_record()
    bad = ArticleRecord(
        **{
            **{f: getattr(record, f) for f in record.__dataclass_fields__},
            "prices": (Price("x", (len(TEXT) - 2, len(TEXT) + 50), 1, 1), Price("y", (9, 3), 1, 1)),
        }
    )
    assert "PRICE IDR 1" in render_html(bad)
    empty = ArticleRecord(
        doc_id="e", source="e", sha256="", title=None, published=None, byline=None, dateline=None, text=""
    )
    assert "(empty text)" in render_html(empty)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_articles_render(path):
    record = extract.extract_article(path.read_bytes(), doc_id=path.stem, ner=False)
    page = parse(render_html(record))
    assert " ".join("".join(page.article).split()) == " ".join(record.text.split())
    for item in record.dates:
        assert any(label.startswith(f"DATE {item.value}") for label in page.labels)
    for item in record.officials:
        assert any(label.startswith(f"OFFICIAL {item.name[:20]}") for label in page.labels)


@pytest.mark.parametrize(
    ("participant", "expected"),
    [
        (Participant("30 orang peserta", (0, 16), 30, False, 30, 30, "peserta"), "30 peserta"),
        (Participant("sekitar 200 warga", (0, 17), 200, True, 200, 200, "warga"), "~200 warga"),
        (Participant("puluhan pelaku UKM", (0, 18), None, True, 20, 99, "pelaku UKM"), "~20–99 pelaku UKM"),
        (Participant("lebih dari 50 peserta", (0, 21), None, True, 51, None, "peserta"), "≥51 peserta"),
        (Participant("ratusan", (0, 7), None, True, 100, 999, None), "~100–999"),
    ],
)
def test_count_value(participant, expected):
    assert count_value(participant) == expected


@pytest.mark.parametrize(
    ("price", "expected"),
    [
        (Price("Rp 1,5 juta", (0, 11), 1500000, 1500000), "IDR 1.500.000"),
        (Price("5.000 sd 150 ribu", (0, 17), 5000, 150000), "IDR 5.000–150.000"),
        (Price("Rp 12.000", (0, 9), 12000, 12000, per="kg"), "IDR 12.000 /kg"),
        (Price("$ 20", (0, 4), 20, 20, currency="USD"), "USD 20"),
    ],
)
def test_price_value(price, expected):
    assert price_value(price) == expected
