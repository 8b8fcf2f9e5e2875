"""A one-word name the model reads as a person is one when a noun for a person describes it right
before it: an occupation or a kin the people lexicon knows (`pedagang`, `istri`; of the kin only a
spouse's with its possessive, `istrinya`) or a competitor's noun (`kiper`, `pemain`), then at most
three tokens: commas, links (`yakni`, `lainnya`, `bernama`) and one capitalised side or family; any
other word ends the description (`extract.people.names.described_before`, read by the persons'
evidence; issue 12, recall). A region, a body or place news-raw names, a name after an official's
post (the role grammar's), after the people of a place (`warga Pulo Gebang`), an item of a list of
places, and an animal's young (`anaknya, Ucil`) are no one so described; each guard is pinned by a
unit test of `described_before` where a whole record is dropped downstream anyway."""

from __future__ import annotations

import pytest

from extract.people.names import described_before
from tests.person_records import person_spans

#: id -> (text, the model's entities, the persons with their spans)
POSITIVE = {
    "kin-with-possessive-and-comma": (
        "Mantan atlet itu menonton laga final bersama istrinya, Dida, dari tribun utama.",
        [("Dida", "PER")],
        [("Dida", ((55, 59),))],
    ),
    "occupation-and-a-determiner": (
        "Hal senada disampaikan pedagang lainnya Yulian di Pasar Liwa.",
        [("Yulian", "PER")],
        [("Yulian", ((40, 46),))],
    ),
    "competitor-side-and-yakni": (
        "Bek Persib yakni Marcelo juga absen karena akumulasi kartu kuning.",
        [("Marcelo", "PER")],
        [("Marcelo", ((17, 24),))],
    ),
    "competitor-and-the-side": (
        "Sepakan keras Ramadhan masih dapat ditepis kiper Bournemouth Neto.",
        [("Bournemouth", "ORG"), ("Neto", "PER")],
        [("Neto", ((61, 65),))],
    ),
}

#: id -> (text, the one word the model reads as a person there): no person
NOTHING = {
    "a-region": ("Para pedagang Liwa mengeluhkan harga cabai yang terus naik.", "Liwa"),
    "a-club": ("Dua pemain Persib dipanggil ke pemusatan latihan tim nasional.", "Persib"),
    "a-post": ("Presiden Iran menyampaikan apresiasi atas kunjungan itu.", "Iran"),
    "a-car-model": ("Kecelakaan itu terjadi karena pengemudi kijang Innova mengantuk.", "Innova"),
    "noun-in-a-name": ("Rombongan mengunjungi Wisma Atlet, Rusunawa, dan arena menembak.", "Rusunawa"),
    "a-list-of-places-after-residents": ("Warga Cilincing, Pademangan, dan Koja terdampak.", "Pademangan"),
    "an-animals-young": ("Induk orangutan itu terlihat menggendong anaknya, Ucil.", "Ucil"),
    "an-elephants-calf": ("Gajah itu melahirkan anaknya, Dumbo, pekan lalu di kebun binatang.", "Dumbo"),
}


@pytest.mark.parametrize(("text", "found", "expected"), list(POSITIVE.values()), ids=list(POSITIVE))
def test_a_name_described_before_is_a_person(text: str, found: list[tuple[str, str]], expected: list) -> None:
    assert person_spans(text, found) == expected


@pytest.mark.parametrize(("text", "word"), list(NOTHING.values()), ids=list(NOTHING))
def test_no_person_so_described(text: str, word: str) -> None:
    assert person_spans(text, [(word, "PER")]) == []


def test_a_clause_word_ends_the_description() -> None:
    text = "Ia bertemu para pedagang dan Yulian di pasar."
    assert not described_before(text, 29, 35)


#: id -> (text, the one word after the noun, whether the noun describes it): each guard of
#: `described_before` against the same frame with a word that passes it
GUARDS = {
    "the-frame-reaches-a-name": ("Para pedagang Yulian mengeluhkan harga cabai.", "Yulian", True),
    "a-region": ("Para pedagang Bangli mengeluhkan harga cabai.", "Bangli", False),
    "a-body-news-raw-names": ("Dua pemain Persib dipanggil ke tim nasional.", "Persib", False),
    "an-officials-post": ("Hal itu disampaikan Kapolres Yulian kepada wartawan.", "Yulian", False),
    "a-lowercase-thing-noun": (
        "Kecelakaan itu terjadi karena pengemudi kijang Innova mengantuk.",
        "Innova",
        False,
    ),
    "a-capitalised-noun-in-a-name": ("Rombongan ke Wisma Atlet, Rusunawa, dan arena.", "Rusunawa", False),
    "a-noun-on-the-line-before": ("Daftar pedagang\nYulian membuka lapak pagi.", "Yulian", False),
    "the-people-of-a-place": ("Sejumlah warga Cakung mengeluhkan banjir.", "Cakung", False),
    "the-people-of-a-place-named": ("Seorang warga bernama Cakung mengaku melihat.", "Cakung", True),
    "a-side-then-a-name": ("Pedagang Cilincing, Yulian, mengeluhkan harga.", "Yulian", True),
    "a-list-after-a-side": ("Pedagang Cilincing, Pademangan, dan Koja mengeluh.", "Pademangan", False),
    "a-spouses-possessive": ("Ia datang bersama suaminya, Rafi, ke lokasi.", "Rafi", True),
    "an-animals-young": ("Induk orangutan itu menggendong anaknya, Ucil.", "Ucil", False),
}


@pytest.mark.parametrize(("text", "word", "described"), list(GUARDS.values()), ids=list(GUARDS))
def test_each_guard_of_the_description(text: str, word: str, described: bool) -> None:
    start = text.index(word)
    assert described_before(text, start, start + len(word)) is described


@pytest.mark.xfail(
    strict=True,
    reason="known miss: an occupation the people lexicon does not list (`navigator`, `penyanyi`, "
    "`personel`) describes no one (news tune nr02434, nr09400, nr09493)",
)
def test_an_unlisted_occupation_describes_the_name() -> None:
    text = "Pebalap itu tampil bersama navigatornya, Pramurahardjo, di seksi pertama."
    assert person_spans(text, [("Pramurahardjo", "PER")]) == [("Pramurahardjo", ((41, 54),))]


@pytest.mark.xfail(
    strict=True,
    reason="known miss: a lowercase word between the noun and the name ends the description, so a "
    "compound noun (`pemain belakang`, `anak asuh`) describes no one (news tune nr09087; news-raw nr03822)",
)
def test_a_compound_noun_describes_the_name() -> None:
    text = "Pemain belakang Persik yakni Anderson juga absen karena akumulasi kartu."
    assert person_spans(text, [("Anderson", "PER")]) == [("Anderson", ((29, 37),))]
