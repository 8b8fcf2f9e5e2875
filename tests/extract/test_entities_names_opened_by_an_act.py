"""An ORG opened by a noun for an act or a process (`Sosialisasi`, `Vaksinasi`, `Revitalisasi`:
entities_activity_nouns.txt) is a programme's, an event's or a heading's words, no body
(GUIDELINES §6): the model's ORG gives nothing. One holding a head, a body's word or a known
short name after the noun stays, and so does a body whose name such a noun does not open. Whole
entity lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Warga antusias mengikuti Sosialisasi Bantuan Pangan Murah di balai kampung.",
            [("Sosialisasi Bantuan Pangan Murah", "ORG")],
        ),
        (
            "Pemerintah menargetkan Revitalisasi Irigasi Tersier rampung tahun ini.",
            [("Revitalisasi Irigasi Tersier", "ORG")],
        ),
        (
            "Petugas mengingatkan pentingnya Vaksinasi Campak bagi balita di posyandu.",
            [("Vaksinasi Campak", "ORG")],
        ),
    ],
)
def test_a_name_opened_by_an_act_is_no_body(text: str, model: list[tuple[str, str]]) -> None:
    assert _found(text, model) == []


def test_a_headed_body_after_an_act_stays() -> None:
    text = "Panitia menggelar Penyerahan Bantuan Dinas Sosial Kota Metro kemarin."
    model = [("Penyerahan Bantuan Dinas Sosial Kota Metro", "ORG")]
    assert _found(text, model) == [("Dinas Sosial Kota Metro", "ORG", (37, 60))]


def test_a_body_not_opened_by_an_act_stays() -> None:
    text = "Yayasan Peduli Lestari menggelar vaksinasi gratis di sekolah itu."
    assert _found(text, [("Yayasan Peduli Lestari", "ORG")]) == [("Yayasan Peduli Lestari", "ORG", (0, 22))]
