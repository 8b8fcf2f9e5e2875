"""An office's name closed by its region takes no `dan` and a short name in capitals after it
(issue 12, session 37: `grammar._Grower._joins_field`, `_short_after`): the short name is a thing or a
second body listed beside the office (`Polda DIY dan TKP`, `Pemkab Pesisir Barat dan BUMD`),
since an office's fields come before its region. Whole entity lists with spans from
`resolve_entities`, and the office's own fields and a region after `di`, which stay as they were."""

from __future__ import annotations

import pytest

from extract.records import EntityLabel as Label
from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Kasus itu dikembangkan Bareskrim dan Polda DIY dan TKP lainnya, kata Wahyu.",
            [("Bareskrim", "ORG"), ("Polda DIY dan TKP", "ORG"), ("Wahyu", "PER")],
            [
                ("Bareskrim", Label.ORG, (23, 32)),
                ("Polda DIY", Label.ORG, (37, 46)),
                ("Wahyu", Label.PER, (69, 74)),
            ],
        ),
        (
            "Pemkab Pesisir Barat dan BUMD setempat menandatangani kerja sama.",
            [("Pemkab Pesisir Barat dan BUMD", "ORG")],
            [("Pemkab Pesisir Barat", Label.ORG, (0, 20))],
        ),
        # a known body's short name after `dan` is a body of its own
        (
            "Dinas PUPR dan BPBD Lampung Barat meninjau lokasi banjir.",
            [("Dinas PUPR", "ORG"), ("BPBD Lampung Barat", "ORG")],
            [("Dinas PUPR", Label.ORG, (0, 10)), ("BPBD Lampung Barat", Label.ORG, (15, 33))],
        ),
        # the fields come before the region: `dan` among them joins a field
        (
            "Dinas Pendidikan dan Kebudayaan Pesisir Barat menggelar rapat.",
            [("Dinas Pendidikan dan Kebudayaan Pesisir Barat", "ORG")],
            [("Dinas Pendidikan dan Kebudayaan Pesisir Barat", Label.ORG, (0, 45))],
        ),
    ],
)
def test_a_short_name_after_an_office_s_region_is_no_field(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # an office's head alone names no body
        ("Menurut Polda, kasus itu masih diselidiki.", [("Polda", "ORG")]),
        # a short name of no body after a region written after `di`: a place, no office
        ("Warga berkumpul di Sleman dan TKP dijaga polisi.", [("Sleman", "LOC")]),
    ],
)
def test_no_office_is_named(text: str, model: list) -> None:
    assert [e for e in _out(text, _model(text, model)) if e[1] == Label.ORG] == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        pytest.param(
            "Kepala Seksi Siskohat PPIH Arab Saudi, Ali Sadikin, menyebutkan jumlah jemaah terus bertambah.",
            [("Arab Saudi", "LOC"), ("Ali Sadikin", "PER")],
            [("PPIH Arab Saudi", Label.ORG, (22, 37)), ("Ali Sadikin", Label.PER, (39, 50))],
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss (issue 12): a short name of no known body before a region (`PPIH`, "
                "`PGI`, `Perbasasi`, `SKB`) leaves the region a place; news-raw holds none of them as an "
                "ORG, so no evidence says the short name is a body",
            ),
        ),
        pytest.param(
            "Pemadaman juga dibantu kendaraan milik Pemkab Semarang Kendal, kata dia.",
            [("Pemkab Semarang Kendal", "ORG")],
            [("Pemkab Semarang", Label.ORG, (39, 54)), ("Kendal", Label.LOC, (55, 61))],
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss (issue 12): a second region right after an office's region runs the "
                "name on; news-raw writes 169 office names with two regions, most of them one name "
                "(`Polres Metro Jakarta Pusat`, `Bank Indonesia Lampung`)",
            ),
        ),
    ],
)
def test_an_office_named_with_its_region_known_misses(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected
