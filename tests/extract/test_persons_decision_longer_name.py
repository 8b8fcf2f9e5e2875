"""The person decision reads whether every mention of a name stands right beside a capitalised word
that carries a name on (`inside_longer_name`): the name is then a piece of a longer one, a body's
(`Universitas Islam Negeri Maulana Malik Ibrahim`, `LBH Yusuf`, `IKM Marning Barokah`) or a fuller
person's, and weighs as no person of its own. A title before a name (`Dr`, `Briptu`), a body's or a
place's whole name news-raw knows (`Denmark Viktor Axelsen`), a capital that opens a sentence, or
one mention written apart from any such word does not count."""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.people.decision import FEATURES, inside_longer_name, person_features
from extract.records import Person
from extract.text.patterns import whole_words
from tests.extract.test_persons_decision import _decided


def _inside(text: str, name: str) -> bool:
    return inside_longer_name(text, tuple(whole_words(text, name)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eks dosen Universitas Islam Negeri Maulana Malik Ibrahim Malang menulis buku.", "Malik Ibrahim"),
        ("Koalisi itu terdiri atas LBH Yusuf dan Amnesty International.", "Yusuf"),
        ("Tunggal putri Thalita Ramadhani Wiryawan naik tiga peringkat.", "Ramadhani Wiryawan"),
    ],
)
def test_a_piece_of_a_longer_name_is_read(text: str, name: str) -> None:
    assert _inside(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title before the name
        ("Materi disampaikan Dr Mansyur Ramli di aula kampus.", "Mansyur Ramli"),
        # a country news-raw holds as a place's whole name
        ("Pebulu tangkis Denmark Viktor Axelsen kembali juara di Jepang.", "Viktor Axelsen"),
        # a capital that opens the sentence
        ("Panen dimulai pekan depan. Sumarni menanam jagung di Bantul.", "Sumarni"),
        # the word before ends the sentence before (`prev_word` steps over its dot)
        (
            "Kapal singgah di pelabuhan Islandia. Jóhann Viðar Ívarsson menyambut penumpang.",
            "Jóhann Viðar Ívarsson",
        ),
        # a Roman numeral numbers the name
        ("Terdakwa II Miki Mahfud memberi uang kepada pejabat itu.", "Miki Mahfud"),
        # a degree in capitals after the name
        ("Direktur itu, Dr dr Ari Dwi Ayani MKM, menyebut biaya naik.", "Ari Dwi Ayani"),
        # a quoted phrase before the name
        ("Pertemuan Prabowo Subianto 'Empat Mata' Megawati berlangsung tertutup.", "Megawati"),
        # the word before opens the sentence (`Putra`, a given name, here a son)
        ("Panen dimulai pekan depan. Putra Sumarni menanam jagung di Bantul.", "Sumarni"),
        # a degree written without its dots after the name (`match_marker`: `_glued_degree`)
        ("Penghargaan diberikan kepada Ahmad Fauzi MSi atas penelitiannya.", "Ahmad Fauzi"),
        ("Penelitian itu dipimpin Budi Santoso PhD dari Universitas Gadjah Mada.", "Budi Santoso"),
    ],
)
def test_a_name_written_apart_is_not_read(text: str, name: str) -> None:
    assert not _inside(text, name)


def test_one_mention_apart_from_the_longer_name_is_not_read() -> None:
    text = (
        "Beasiswa dari Yayasan Sukanto Tanoto diberikan kepada 200 mahasiswa. Pendirinya, Sukanto Tanoto, "
        "hadir di Medan."
    )
    spans = tuple(whole_words(text, "Sukanto Tanoto"))
    assert len(spans) == 2
    assert inside_longer_name(text, spans[:1])
    assert not inside_longer_name(text, spans)
    vec = person_features(text, Person("Sukanto Tanoto", spans), [])
    assert vec[FEATURES.index("inside_longer_name")] == 0.0
    assert [p.name for p in _decided(text, "Sukanto Tanoto")] == ["Sukanto Tanoto"]


def test_the_feature_reads_it() -> None:
    text = "Koalisi itu terdiri atas LBH Yusuf dan Amnesty International."
    vec = person_features(text, Person("Yusuf", tuple(whole_words(text, "Yusuf"))), [])
    assert vec[FEATURES.index("inside_longer_name")] == 1.0


@pytest.mark.parametrize(
    ("text", "thing", "person"),
    [
        (
            "Koalisi masyarakat sipil, antara lain LBH Yusuf dan Amnesty International, menggugat aturan "
            "itu. Koordinator koalisi, Usman Hamid, hadir.",
            "Yusuf",
            "Usman Hamid",
        ),
        (
            "Produk kopi IKM Marning Barokah milik Marsinah laris di pameran.",
            "Marning Barokah",
            "Marsinah",
        ),
    ],
)
def test_a_body_piece_is_dropped_and_a_person_beside_it_stays(text: str, thing: str, person: str) -> None:
    assert _decided(text, thing) == []
    assert [p.name for p in _decided(text, person)] == [person]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a foreign person
        ("Penyanyi Tony Bennett meninggal di New York. Bennett berusia 96 tahun.", "Tony Bennett"),
        # a person after a place's name
        ("Pebulu tangkis Denmark Viktor Axelsen kembali juara di Jepang.", "Viktor Axelsen"),
        # a one-word name
        ("Juara kedua diraih Sumarni dari Bantul.", "Sumarni"),
    ],
)
def test_a_person_stays(text: str, name: str) -> None:
    assert [p.name for p in _decided(text, name)] == [name]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "Eks dosen Universitas Islam Negeri Maulana Malik Ibrahim Malang, Imam Muslimin, kembali menulis "
            "buku.",
            [("Imam Muslimin", [(65, 78)])],
        ),
        (
            "Koalisi masyarakat sipil, antara lain LBH Yusuf dan Amnesty International, menggugat aturan "
            "itu. Koordinator koalisi, Usman Hamid, hadir.",
            [("Usman Hamid", [(118, 129)])],
        ),
        ("Produk kopi IKM Marning Barokah laris di pameran dagang.", []),
        # an event named after its organiser: a doctor's name stays
        (
            '"Skrining rutin penting bagi usia di atas 50 tahun," ujar dr Santi Lestari dalam acara Siloam '
            "Oncology Summit di Jakarta Pusat, Sabtu.",
            [("Santi Lestari", [(61, 74)])],
        ),
        ("Dokter Santi berbicara dalam acara Siloam Oncology Summit di Jakarta Pusat, Sabtu.", []),
        # a degree written without its dots after the name is no word of it
        (
            "Penghargaan diberikan kepada Ahmad Fauzi MSi atas penelitiannya.",
            [("Ahmad Fauzi", [(29, 40)])],
        ),
        (
            "Penghargaan diberikan kepada Ahmad Fauzi SPd atas pengabdiannya sebagai guru.",
            [("Ahmad Fauzi", [(29, 40)])],
        ),
        (
            "Penelitian itu dipimpin Budi Santoso PhD dari Universitas Gadjah Mada.",
            [("Budi Santoso", [(24, 36)])],
        ),
    ],
)
def test_records(text: str, persons: list) -> None:
    rec = extract_article(text.encode("utf-8"), doc_id="t")
    assert [(p.name, [list(m) for m in p.mentions]) for p in rec.persons] == [
        (n, [list(m) for m in ms]) for n, ms in persons
    ]


@pytest.mark.xfail(
    strict=True,
    reason="known miss: the model's span cuts a given name off (`Thalita`); the decision keeps the cut "
    "name in a short text, and the full name is missed either way",
)
def test_a_name_cut_short_gives_the_full_name() -> None:
    text = "Tunggal putri Thalita Ramadhani Wiryawan naik tiga peringkat pekan ini."
    persons = extract_article(text.encode("utf-8"), doc_id="t").persons
    assert [p.name for p in persons] == ["Thalita Ramadhani Wiryawan"]


@pytest.mark.xfail(
    strict=True,
    reason="known miss (news tune nr07780): a person named right after a body named after a place "
    "(`Maklumat Juanda`) weighs as a piece of the longer name and is dropped; `Juanda` is no "
    "place's whole name news-raw counts",
)
def test_a_person_after_a_body_named_after_a_place_stays() -> None:
    text = "Deklarator Maklumat Juanda Usman Hamid mendesak agar ketua lembaga itu mundur dari jabatannya."
    persons = extract_article(text.encode("utf-8"), doc_id="t").persons
    assert [p.name for p in persons] == ["Usman Hamid"]


@pytest.mark.xfail(
    strict=True,
    reason="known miss (news-raw nr00612, nr00185): an office's or a corps' acronym before a name "
    "(`JPU`, `CHK`) reads as a body's short name the name is part of (`inside_longer_name`), and the "
    "person is dropped; no title or office list holds them",
)
def test_a_person_after_an_office_acronym_stays() -> None:
    text = "Tuntutan itu dibacakan JPU Supinto Priyono di Pengadilan Negeri Semarang pada Selasa."
    rec = extract_article(text.encode("utf-8"), doc_id="t")
    assert [(p.name, [list(m) for m in p.mentions]) for p in rec.persons] == [("Supinto Priyono", [[27, 42]])]


@pytest.mark.xfail(
    strict=True,
    reason="known miss (news-raw nr01002, nr02966): a rank or a title the markers do not know in this "
    "spelling (`Letnan` alone, the English `Professor`) reads as a word of the name",
)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mantan Letnan Ryan Graves, yang terbang dalam misi itu, memberi kesaksian.", "Ryan Graves"),
        ("Tim itu dipimpin oleh Professor Liming Li dari Universitas Peking.", "Liming Li"),
    ],
)
def test_a_name_after_an_unknown_title_is_not_read(text: str, name: str) -> None:
    assert not _inside(text, name)
