"""A model LOC that names one of the article's companies (issue 12, session 38): a name the article
writes after a company's legal form (`PT Surveyindo Prima (Persero)`) is the company in every
mention, an ORG (GUIDELINES §6), where the model read a later mention as a place (`karyawan
Surveyindo Prima`). A name opened by a place's head stays the place (a port, a hospital's room), a
listed region's name stays the region (a city as venue, a region beside its club, a region after
an office), a building stays a place, and a name no legal form opens anywhere is left as the
model read it. Whole entity lists with spans from `with_persons` on invented sentences."""

from __future__ import annotations

import pytest

from extract.ner.entities.places import with_persons
from tests.entity_records import entities_with_persons as _out
from tests.entity_records import nth_entities


def _found(text: str, model: list[tuple[str, str, int]]) -> list[tuple[str, str, tuple[int, int]]]:
    ents = with_persons(text, nth_entities(text, model), [])
    return [(e.text, str(e.label), e.span) for e in ents]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # the company's short name after its legal form's full name: an ORG
            "PT Surveyindo Prima (Persero) meneken kerja sama dengan bank itu. Saat ini karyawan"
            " Surveyindo Prima mencapai 4.700 orang.",
            [("PT Surveyindo Prima", "ORG", 0), ("Surveyindo Prima", "LOC", 1)],
            [("PT Surveyindo Prima", "ORG", (0, 19)), ("Surveyindo Prima", "ORG", (84, 100))],
        ),
        (  # the company's first word, its office after `di` and the place after it
            "Direktur Utama PT Hanaba Wisata membenarkan laporan itu. Mediasi digelar di kantor"
            " Hanaba di Kokas.",
            [("PT Hanaba Wisata", "ORG", 0), ("Hanaba", "LOC", 1), ("Kokas", "LOC", 0)],
            [
                ("PT Hanaba Wisata", "ORG", (15, 31)),
                ("Hanaba", "ORG", (83, 89)),
                ("Kokas", "LOC", (93, 98)),
            ],
        ),
    ],
)
def test_a_place_named_as_the_articles_company_is_the_company(text, model, expected) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a place's head opens it: the port, whatever company bears its name
            "PT Pelabuhan Tanjung Emas mengelola dermaga baru. Kapal itu bersandar di Pelabuhan"
            " Tanjung Emas, Semarang.",
            [
                ("PT Pelabuhan Tanjung Emas", "ORG", 0),
                ("Pelabuhan Tanjung Emas", "LOC", 1),
                ("Semarang", "LOC", 0),
            ],
            [
                ("PT Pelabuhan Tanjung Emas", "ORG", (0, 25)),
                ("Pelabuhan Tanjung Emas", "LOC", (73, 95)),
                ("Semarang", "LOC", (97, 105)),
            ],
        ),
        (  # a city as venue after `di`, a listed region a company's name opens with
            "PT Bekasi Fajar Industrial Estate membuka kawasan industri baru di Bekasi.",
            [("PT Bekasi Fajar Industrial Estate", "ORG", 0), ("Bekasi", "LOC", 1)],
            [("PT Bekasi Fajar Industrial Estate", "ORG", (0, 33)), ("Bekasi", "LOC", (67, 73))],
        ),
        (  # a building as a place
            "Direksi PT Garuda Indonesia diterima di Gedung Putih, Washington.",
            [("PT Garuda Indonesia", "ORG", 0), ("Gedung Putih", "LOC", 0), ("Washington", "LOC", 0)],
            [
                ("PT Garuda Indonesia", "ORG", (8, 27)),
                ("Gedung Putih", "LOC", (40, 52)),
                ("Washington", "LOC", (54, 64)),
            ],
        ),
        (  # a region beside its club and its company
            "PT Persib Bandung Bermartabat menyebut Persib Bandung menjamu lawannya di Bandung.",
            [
                ("PT Persib Bandung Bermartabat", "ORG", 0),
                ("Persib Bandung", "ORG", 1),
                ("Bandung", "LOC", 2),
            ],
            [
                ("PT Persib Bandung Bermartabat", "ORG", (0, 29)),
                ("Persib Bandung", "ORG", (39, 53)),
                ("Bandung", "LOC", (74, 81)),
            ],
        ),
        (  # a region after an office in its own sentence
            "PT Badung Sejahtera membangun pasar itu. Kapolres Badung meninjau lokasinya.",
            [("PT Badung Sejahtera", "ORG", 0), ("Badung", "LOC", 1)],
            [("PT Badung Sejahtera", "ORG", (0, 19)), ("Badung", "LOC", (50, 56))],
        ),
        (  # no legal form opens the name anywhere: left as the model read it
            "Saat ini karyawan Surveyindo Prima mencapai 4.700 orang.",
            [("Surveyindo Prima", "LOC", 0)],
            [("Surveyindo Prima", "LOC", (18, 34))],
        ),
    ],
)
def test_a_place_or_a_name_no_company_holds_stays(text, model, expected) -> None:
    assert _found(text, model) == expected


_NO_LEGAL_FORM = (
    "a company, a brand or a platform no legal form names in the article is read as the model "
    "read it: news-raw's legal forms name too many towns and words to tell it (Krui, Cikarang, "
    "Merak, Amman after `PT`), issue 12 session 38"
)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        pytest.param(  # a brand acting as its company, no `PT` anywhere
            "Melalui acara ini, Cetaphil menyuarakan pentingnya perlindungan kulit.",
            [("Cetaphil", "LOC")],
            [("Cetaphil", "ORG", (19, 27))],
            marks=pytest.mark.xfail(strict=True, reason=_NO_LEGAL_FORM),
        ),
        pytest.param(  # a platform after `dari`, no product's noun before it
            "Anak itu belajar bahasa asing dari Discord setiap malam.",
            [("Discord", "LOC")],
            [],
            marks=pytest.mark.xfail(strict=True, reason=_NO_LEGAL_FORM),
        ),
        pytest.param(  # a body of states the model reads as a region
            "Para suporter mengajukan keluhan resmi ke Uni Eropa terkait harga tiket.",
            [("Uni Eropa", "LOC")],
            [("Uni Eropa", "ORG", (42, 51))],
            marks=pytest.mark.xfail(strict=True, reason=_NO_LEGAL_FORM),
        ),
    ],
)
def test_a_company_no_legal_form_names_is_a_known_miss(text, model, expected) -> None:
    assert _out(text, model) == expected
