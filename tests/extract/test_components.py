"""The spaCy components give exactly the library functions' records."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import extract  # noqa: E402
from extract import components  # noqa: E402
from extract.ner.entities import resolve_entities, with_persons  # noqa: E402
from extract.records import Entity  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "data" / "raw").glob("*.txt"))
REFERENCE = "2021-09-30"

SENTENCES = [
    # data/raw/000: officials, a full date with weekday, a year, a price range
    "Kunjungan Bidang Pengelolaan Komunikasi Publik Diskominfosantik Prov. Kalteng ini disambut baik "
    "oleh Kabid PIP Diskominfo Kota Palangka Raya Alfrianto di ruang media center setempat, "
    "Kamis 23 September 2021.",
    "Di tempat berbeda, Vieta Sumala Dewi pemilik UMKM Bintang Jaya Itah (Handycraft) mengatakan, bahwa "
    "dirinya membangun usaha ini sejak tahun 2018, dan dijual dengan kisaran harga mulai dari 5.000 sd "
    "150 ribu keatas.",
    # data/raw/002: a count, a date without a year, a range
    "Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus.",
    "Kegiatan ini diinisiasi oleh Dinas Perdagangan, Koperasi, UKM dan Perindustrian Kota di Aula "
    "Kecamatan Bukit Batu, Senin(24/8) kemarin.",
    # data/raw/003: a vague count
    "Wakil Bupati Jembrana I Made Kembang Hartawan, Kamis 30/04 menggelar teleconference dengan puluhan "
    "pelaku UKM (Usaha Kecil Menengah) se-Jembrana.",
    # negative: nothing to extract
    "Teleconference tersebut bertujuan untuk membangun sinergi pemerintah daerah dengan pelaku UKM.",
]


@pytest.fixture(scope="session")
def blank():
    """One blank Indonesian pipeline per session (building one costs seconds)."""
    return spacy.blank("id")


@pytest.fixture(scope="session")
def nlp(blank):
    return components.build_nlp(nlp=blank, reference_date=REFERENCE)


def test_every_component_is_registered(nlp):
    assert nlp.pipe_names == [name for name in components.COMPONENTS if name != "warta_ner"]
    for name in components.COMPONENTS:
        assert name.startswith("warta_")
        assert nlp.has_factory(name)


@pytest.mark.parametrize("text", SENTENCES)
def test_components_equal_library_functions(nlp, text):
    doc = nlp(text)
    page = extract.clean(text)
    assert doc.text == page.text
    body = doc.text
    officials = extract.extract_officials(body, entities=[])
    assert doc._.officials == officials
    assert doc._.persons == extract.extract_persons(body, [], officials=officials)
    # warta_ner not in this pipeline: the entity layer alone (rule-found ORG and LOC, and PER
    # where the people layer found a person)
    ents = resolve_entities(body, [], officials=officials, persons=doc._.persons, dateline=page.dateline)
    assert doc._.entities == with_persons(body, ents, doc._.persons, officials)
    assert doc._.dates == extract.extract_dates(
        body, published=page.published, reference_date=dt.date.fromisoformat(REFERENCE)
    )
    assert doc._.prices == extract.extract_prices(body)
    assert doc._.participants == extract.extract_participants(body)
    assert doc._.quotes == extract.extract_quotes(body, persons=doc._.persons, officials=officials)
    assert doc._.boilerplate == list(page.boilerplate)
    for items in (doc._.officials, doc._.dates, doc._.prices, doc._.participants):
        assert isinstance(items, list)
    for item in [*doc._.dates, *doc._.prices, *doc._.participants]:
        assert body[item.span[0] : item.span[1]] == item.text
    for official in doc._.officials:
        assert 0 <= official.span[0] < official.span[1] <= len(body)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_pipeline_doc_equals_extract_article(nlp, path):
    """nlp(raw) and extract_article(raw) agree on every field, spans into the same cleaned text."""
    raw = path.read_text(encoding="utf-8")
    record = extract.extract_article(raw, doc_id=path.stem, reference_date=REFERENCE, ner=False)
    doc = nlp(raw)
    assert doc._.raw == raw
    assert doc.text == record.text
    assert (doc._.title, doc._.published, doc._.byline, doc._.dateline) == (
        record.title,
        record.published,
        record.byline,
        record.dateline,
    )
    assert tuple(doc._.boilerplate) == record.boilerplate
    for name in ("persons", "officials", "dates", "prices", "participants", "quotes"):
        assert tuple(getattr(doc._, name)) == getattr(record, name), name
    rebuilt = components.record_from_doc(doc, doc_id=path.stem)
    expected = record.to_dict()
    got = rebuilt.to_dict()
    expected.pop("pipeline"), got.pop("pipeline")
    assert got == expected


def test_one_list_of_stages_builds_both_paths():
    """extract_article and the components come from the same ordered stages (issue 11)."""
    from extract.article import STAGES

    assert tuple(f"warta_{stage.name}" for stage in STAGES) == components.COMPONENTS
    assert components.COMPONENTS.index("warta_quotes") > components.COMPONENTS.index("warta_persons")


QUOTE = (
    "Bupati Sukabumi Darwis Halimi meresmikan jembatan gantung di Desa Cikadu.\n"
    "“Jembatan ini memudahkan anak-anak berangkat ke sekolah,” kata Darwis."
)


def test_quotes_component_reads_persons_and_officials(nlp):
    doc = nlp(QUOTE)
    assert [(q.text, q.speaker, q.title) for q in doc._.quotes] == [
        ("Jembatan ini memudahkan anak-anak berangkat ke sekolah,", "Darwis Halimi", "Bupati Sukabumi")
    ]
    assert components.record_from_doc(doc).quotes == tuple(doc._.quotes)


def test_components_read_foreign_entities(blank):
    """Without warta_ner, officials and persons use whatever NER filled doc.ents."""
    text = SENTENCES[0]
    doc = blank.make_doc(text)
    start = text.index("Alfrianto")
    doc.ents = [doc.char_span(start, start + len("Alfrianto"), label="PERSON")]
    entities = [Entity(text="Alfrianto", label="PER", span=(start, start + len("Alfrianto")))]
    assert components._entities(doc) == entities
    doc = blank.create_pipe("warta_officials")(doc)
    assert doc._.officials == extract.extract_officials(text, entities=entities)


def test_warta_ner_sets_entities_and_ents(blank, monkeypatch):
    text = "Ketua Dekranasda Kota Metro, dr.Silfia Naharani Wahdi,Sp.KKLp,M.M mengatakan."
    found = [
        Entity(text="Dekranasda Kota Metro", label="ORG", span=(6, 27)),
        Entity(text="Kota Metro", label="LOC", span=(17, 27)),  # overlaps: dropped from doc.ents only
        Entity(text="Silfia Naharani Wahdi", label="PER", span=(32, 53)),
    ]
    assert [text[e.span[0] : e.span[1]] for e in found] == [e.text for e in found]
    calls = []

    def fake(text, *, model=None):
        calls.append(model)
        return list(found)

    monkeypatch.setattr(components, "extract_entities", fake)
    ner = blank.create_pipe("warta_ner", config={"model": "models/ner-id"})
    doc = ner(blank.make_doc(text))
    assert calls == ["models/ner-id"]
    assert doc._.entities == found
    assert [(e.label_, e.text) for e in doc.ents] == [
        ("ORG", "Dekranasda Kota Metro"),
        ("PER", "Silfia Naharani Wahdi"),
    ]
    assert components._entities(doc) == found


def test_dates_component_reads_config_and_published(blank):
    text = "Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus."
    dates = blank.create_pipe("warta_dates", config={"reference_date": "2020-09-01"})
    doc = blank.make_doc(text)
    doc._.published = "2021-09-01"
    assert dates(doc)._.dates == extract.extract_dates(
        text, published="2021-09-01", reference_date=dt.date(2020, 9, 1)
    )


@pytest.mark.parametrize("bad", ["30/09/2021", "2021-13-01", "kemarin"])
def test_bad_reference_date_is_refused(blank, bad):
    with pytest.raises(ValueError, match="reference_date"):
        blank.create_pipe("warta_dates", config={"reference_date": bad})


def test_clean_keeps_an_already_clean_doc(blank):
    text = SENTENCES[2]
    doc = blank.make_doc(text)
    if extract.clean(text).text != text:
        pytest.skip("the cleaner rewrites this sentence")
    assert blank.create_pipe("warta_clean")(doc) is doc
    assert doc._.raw == text


def test_import_extract_does_not_import_spacy():
    code = "import sys, extract; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_entry_points_register_without_import(tmp_path):
    """What `pip install` gives: spaCy finds warta_* through the spacy_factories entry points.

    A throwaway dist-info on sys.path stands in for the installed package (same lines as
    pyproject.toml's [project.entry-points.spacy_factories]).
    """
    info = tmp_path / "warta_entry_points_test-0.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: warta-entry-points-test\nVersion: 0.0\n")
    lines = "\n".join(f"{name} = extract.components:make_{name[6:]}" for name in components.COMPONENTS)
    (info / "entry_points.txt").write_text(f"[spacy_factories]\n{lines}\n")
    code = textwrap.dedent(
        """
        import sys
        import spacy
        nlp = spacy.blank("id")
        nlp.add_pipe("warta_clean")
        nlp.add_pipe("warta_dates", config={"reference_date": "2021-09-30"})
        doc = nlp("Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus.")
        print(type(doc._.dates).__name__, "extract.components" in sys.modules)
        """
    )
    env_path = f"{tmp_path}{os.pathsep}{ROOT}"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": env_path},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["list", "True"]


def test_warta_ner_pipe_runs_the_model_in_batches(blank, monkeypatch):
    texts = [SENTENCES[0], SENTENCES[2], SENTENCES[5]]
    calls = []

    def fake_many(batch, *, model=None, batch_size=64):
        calls.append(len(batch))
        return [[Entity(text=t.split()[0], label="ORG", span=(0, len(t.split()[0])))] for t in batch]

    monkeypatch.setattr(components._ner, "extract_entities_many", fake_many)
    ner = blank.create_pipe("warta_ner")
    docs = list(ner.pipe((blank.make_doc(t) for t in texts), batch_size=2))
    assert calls == [2, 1]
    assert [[(e.text, e.label) for e in d._.entities] for d in docs] == [
        [(t.split()[0], "ORG")] for t in texts
    ]
    assert [d.ents[0].text for d in docs] == [t.split()[0] for t in texts]
