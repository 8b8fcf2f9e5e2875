"""Places and organisations read on scraped regional news pages (issue 12, round 14): whole
entity lists from `resolve_entities` on invented sentences in the pages' style, and cases that
give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _at, _out

# --------------------------------------------------------------------------- a title's dot after a region


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # the model's place keeps `H.` of the holder's name, its dot a word of its own
        (
            "Hadir pula Wali Kota Mataram H. Rahman Hakim dalam rapat itu.",
            "Mataram H.",
            [("Mataram", "LOC", (21, 28))],
        ),
        (
            "Sambutan dibacakan Wakil Bupati Lombok Tengah H. Saiful Anwar, Senin.",
            "Lombok Tengah H.",
            [("Lombok Tengah", "LOC", (32, 45))],
        ),
    ],
)
def test_a_place_ends_before_a_dotted_title_of_the_holder(text: str, span: str, expected: list) -> None:
    assert [e for e in _out(text, [_at(text, span, "LOC")]) if e[1] != "PER"] == expected


# --------------------------------------------------------------------------- a body before a holder's title


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # the religious title opens the chairman's name, no word of the body's
        (
            "Acara dihadiri Majelis Ulama Indonesia Drs. H. Ahmad Yani dan para tokoh.",
            "Majelis Ulama Indonesia Drs",
            [("Majelis Ulama Indonesia", "ORG", (15, 38))],
        ),
        (
            "Bantuan diserahkan Ketua TP PKK Hj. Siti Rohmah kepada kader posyandu.",
            "TP PKK Hj",
            [("TP PKK", "ORG", (25, 31))],
        ),
    ],
)
def test_a_body_ends_before_a_title_of_its_holder(text: str, span: str, expected: list) -> None:
    assert [e for e in _out(text, [_at(text, span, "ORG")]) if e[1] != "PER"] == expected


def test_a_year_before_the_hijri_era_keeps_it_in_the_body() -> None:
    # `H` after a year's number is the era, not a title opening a name; the mosque whose
    # committee it is stays in the committee's name (orgs14: a body's own facility)
    text = "Panitia Ramadhan 1446 H Masjid Agung menggelar buka bersama."
    found = _out(text, [_at(text, "Panitia Ramadhan 1446 H", "ORG")])
    assert ("Panitia Ramadhan 1446 H Masjid Agung", "ORG", (0, 36)) in found


# --------------------------------------------------------------------------- the army's district command


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab juga menyiapkan lahan untuk kantor Komando Distrik Militer di dekat perkantoran DPRD.",
        "Pembangunan markas Komando Distrik TNI belum diimbangi pemekaran wilayah.",
    ],
)
def test_the_district_command_by_its_kind_is_no_place(text: str) -> None:
    span = "Distrik Militer" if "Militer" in text else "Distrik TNI"
    assert [e for e in _out(text, [_at(text, span, "LOC")]) if e[0].startswith("Distrik")] == []


def test_a_papuan_district_stays_a_place() -> None:
    text = "Warga Distrik Sugapa menerima bantuan beras dari pemerintah kabupaten."
    assert ("Distrik Sugapa", "LOC", (6, 20)) in _out(text, [_at(text, "Distrik Sugapa", "LOC")])


# --------------------------------------------------------------------------- a forum of the region's leaders


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rapat itu dihadiri unsur Forum Koordinasi Pimpinan Daerah (Forkopimda) dan tokoh agama.",
            [
                ("Forum Koordinasi Pimpinan Daerah", "ORG", (25, 57)),
                ("Forkopimda", "ORG", (59, 69)),
            ],
        ),
        (
            "Apel siaga diikuti Forum Komunikasi Pimpinan Daerah, camat dan kepala desa.",
            [("Forum Komunikasi Pimpinan Daerah", "ORG", (19, 51))],
        ),
    ],
)
def test_the_leaders_level_goes_on_the_forum(text: str, expected: list) -> None:
    assert _out(text) == expected


def test_a_level_after_a_longer_name_opens_the_parent_body() -> None:
    # after a name of more words the level opens the parent body, no part of the unit's name
    text = "Kegiatan digelar Satgas Penanggulangan Bencana Pengurus Cabang Nahdlatul Ulama Sleman."
    assert ("Satgas Penanggulangan Bencana", "ORG", (17, 46)) in _out(text)
