"""Organisation and place classes read on news-raw 2400-2799 (session 9): a body's short name the
article spells out in brackets that shares its letters with a degree (`MA`) or a common word
(`Golkar`, `Polri`), and a place's or a headed body's short name the model calls a body.
Whole entity lists from `resolve_entities` on invented sentences, and cases that must give
nothing."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities
from extract.records import Person
from tests.entity_records import nth_entity as _nth


def _found(text: str, model: list[tuple[str, str, int]]) -> list[tuple[str, str]]:
    ents = [_nth(text, part, label, n) for part, label, n in model]
    return [(e.text, str(e.label)) for e in resolve_entities(text, ents)]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a degree's letters, spelled out in brackets as a court: the court's short name
        (
            "Sidang digelar Mahkamah Agung (MA) dan Komisi Yudisial. Sementara MA diwakili hakim agung.",
            [("Mahkamah Agung", "ORG", 0), ("MA", "LOC", 1), ("Komisi Yudisial", "ORG", 0)],
            # the bracketed short name that ends the court's name is an entry of its own (§6)
            [("Mahkamah Agung", "ORG"), ("MA", "ORG"), ("Komisi Yudisial", "ORG"), ("MA", "ORG")],
        ),
        # a known body's short name alone in brackets is no gloss of common words
        (
            "Ia kader Partai Golongan Karya (Golkar) sejak muda.",
            [("Partai Golongan Karya", "ORG", 0), ("Golkar", "ORG", 0)],
            [("Partai Golongan Karya", "ORG"), ("Golkar", "ORG")],
        ),
        (
            "Pelat itu ditetapkan oleh Kepolisian Negara Republik Indonesia (Polri) sejak lama.",
            [("Kepolisian Negara Republik Indonesia", "ORG", 0), ("Polri", "ORG", 0)],
            [("Kepolisian Negara Republik Indonesia", "ORG"), ("Polri", "ORG")],
        ),
        # a place's short name the model calls a body: the place's
        (
            "Masjid itu hibah dari Uni Emirat Arab (UEA) kepada Indonesia.",
            [("Uni Emirat Arab", "LOC", 0), ("UEA", "ORG", 0), ("Indonesia", "LOC", 0)],
            [("Uni Emirat Arab", "LOC"), ("UEA", "LOC"), ("Indonesia", "LOC")],
        ),
        # a company's short name after its name opened by PT
        (
            "Kawasan itu dikembangkan oleh PT Sultan Anugerah Propertindo (SAP) sejak 2015.",
            [("PT Sultan Anugerah Propertindo", "ORG", 0), ("SAP", "ORG", 0)],
            [("PT Sultan Anugerah Propertindo", "ORG"), ("SAP", "ORG")],
        ),
    ],
)
def test_a_spelled_short_name_is_the_names(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a degree after a person's name, the article spelling out no body: still a degree
        (
            "Materi disampaikan Dr. Budi Santoso, MA dalam seminar itu.",
            [("MA", "ORG", 0)],
            [],
        ),
        # common words in brackets after a company: its line of business, no body
        (
            "Penghargaan diraih PT Tempo Scan Pacific Tbk (Farmasi) tahun ini.",
            [("PT Tempo Scan Pacific Tbk", "ORG", 0), ("Farmasi", "ORG", 0)],
            [("PT Tempo Scan Pacific Tbk", "ORG")],
        ),
        # a term's short name after a model ORG that no head opens stays unexplained
        (
            "Perusahaan menerapkan Good Corporate Governance (GCG) di semua lini.",
            [("GCG", "ORG", 0)],
            [],
        ),
    ],
)
def test_no_short_name_without_a_name(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


# --------------------------------------------------------------------------- a body, then its holder


def _orgs_called(text: str, called: str) -> list[str]:
    later = text.rindex(called)
    people = [Person(called, ((later, later + len(called)),))]
    return [e.text for e in resolve_entities(text, [], persons=people) if e.label == "ORG"]


def test_a_body_ends_before_a_person_named_like_a_district() -> None:
    # `Bambang` is a district's name too; the article calls a person by it
    text = (
        "Direktur Pembinaan Kementerian ESDM Bambang Susigit menyatakan izin itu sah. "
        "Menurut Bambang, izin berlaku sepuluh tahun."
    )
    assert _orgs_called(text, "Bambang") == ["Kementerian ESDM"]


def test_a_body_keeps_a_regency_named_like_a_person() -> None:
    # `Bima` is a regency's name after the body's short name: a one-word mention spelling a
    # regency is no person (`_person_spans`), the body keeps its region
    text = "Petugas BPBD Bima mengevakuasi warga. Hal itu disampaikan Bima Arya, kata Bima kemudian."
    assert _orgs_called(text, "Bima") == ["BPBD Bima"]


# --------------------------------------------------------------------------- a company's facility word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tulus mendesak agar PT Angkasa Pura II membenahi sistem keamanan bandara.",
            [("PT Angkasa Pura II", "ORG")],
        ),
        (
            "PT Indonesia Kendaraan Terminal Tbk siap mencatatkan saham perdananya pekan depan.",
            [("PT Indonesia Kendaraan Terminal Tbk", "ORG")],
        ),
    ],
)
def test_a_company_name_holds_a_facility_word(text: str, expected: list) -> None:
    # `Pura`, `Terminal` head places; after a company's legal form they are words of its name
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street after a company's name is its address, a place of its own
        (
            "Kantor CV Maju Jaya Jalan Sudirman dibuka kembali pekan ini.",
            [("Kantor CV Maju Jaya", "LOC"), ("Jalan Sudirman", "LOC")],
        ),
        # after an office's name a facility's word still starts a place
        (
            "Petugas Polsek Kemiling Pasar Tugu berjaga sejak pagi.",
            [("Polsek Kemiling", "ORG"), ("Pasar Tugu", "LOC")],
        ),
    ],
)
def test_no_facility_word_joins_a_name_but_a_companys(text: str, expected: list) -> None:
    assert _found(text, []) == expected


# --------------------------------------------------------------------------- a rate or an index


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Bank sentral menaikkan suku bunga acuan BI 7 Days Reverse Repo Rate sebesar 25 basis poin.",
            [("BI 7 Days Reverse Repo Rate", "ORG", 0)],
        ),
        (
            "Laju Indeks Harga Saham Gabungan (IHSG) pada penutupan perdagangan menguat tipis.",
            [("Laju Indeks Harga Saham Gabungan", "ORG", 0)],
        ),
        (
            "BEI meluncurkan indeks baru, yaitu Jakarta Islamic Index 70 (JII70), pekan ini.",
            [("Jakarta Islamic Index 70", "LOC", 0)],
        ),
    ],
)
def test_a_rate_or_an_index_is_no_entity(text: str, model: list) -> None:
    assert all(label == "ORG" and t == "BEI" for t, label in _found(text, model))


def test_a_body_named_for_an_index_stays() -> None:
    # an office's head opens the name: a body, whatever index it compiles
    text = "Data itu dirilis Dewan Penyusun Indeks Demokrasi Indonesia kemarin."
    model = [("Dewan Penyusun Indeks Demokrasi Indonesia", "ORG", 0)]
    assert _found(text, model) == [("Dewan Penyusun Indeks Demokrasi Indonesia", "ORG")]


# ------------------------------------------------------------- a facility's word in a spelled name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Badan Pengatur Jalan Tol (BPJT), Herry Trisaputra Zuna, menjelaskan petugas siaga.",
            [("Badan Pengatur Jalan Tol", "ORG"), ("BPJT", "ORG")],
        ),
        # by syllables: IKA-P-P-I
        (
            "Ketua Ikatan Pedagang Pasar Indonesia (IKAPPI) mengonfirmasi harga ayam naik.",
            [("Ikatan Pedagang Pasar Indonesia", "ORG"), ("IKAPPI", "ORG")],
        ),
        # a region after the bracket stays inside the office's name
        (
            "Kepala Balai Pelaksanaan Jalan Nasional (BPJN) Lampung meninjau jembatan.",
            [("Balai Pelaksanaan Jalan Nasional (BPJN) Lampung", "ORG")],
        ),
    ],
)
def test_a_body_spelled_whole_holds_a_facility_word(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bracket spells another name: the market is a place of its own
        (
            "Petugas Polsek Kemiling Pasar Tugu (PT) berjaga sejak pagi.",
            [("Polsek Kemiling", "ORG"), ("Pasar Tugu", "LOC")],
        ),
        (
            "Anggota Polda Sulteng Jalan Soekarno Hatta berjaga, kata Kepala Bidang Humas.",
            [("Polda Sulteng", "ORG"), ("Jalan Soekarno Hatta", "LOC")],
        ),
    ],
)
def test_a_facility_word_after_a_body_unspelled_starts_a_place(text: str, expected: list) -> None:
    assert _found(text, []) == expected
