"""English newspapers cited in the body (GUIDELINES §6: a news outlet named in the body is an
ORG): the whole masthead, the words of its place included, on invented sentences with no model
spans, and the cases that must not grow."""

from __future__ import annotations

import pytest

from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "masthead"),
    [
        ("Seperti dikutip New York Post, wali kota itu menolak berkomentar soal banjir.", "New York Post"),
        ("Menurut laporan The New York Times, harga gandum naik dua kali lipat.", "The New York Times"),
        (
            "Kepada South China Morning Post, pejabat pelabuhan menyebut kapal itu sudah pergi.",
            "South China Morning Post",
        ),
        ("Sebagaimana disiarkan The Korea Times, konser itu ditunda sampai musim semi.", "The Korea Times"),
    ],
)
def test_an_english_newspapers_masthead_keeps_the_words_of_its_place(text: str, masthead: str) -> None:
    s = text.index(masthead)
    assert _out(text) == [(masthead, "ORG", (s, s + len(masthead)))]


def test_a_masthead_takes_no_indonesian_word_before_it() -> None:
    text = "Ia lama menjadi pemimpin Redaksi Harian Banjarmasin Post di Kalimantan Selatan."
    found = [e for e in _out(text) if e[1] == "ORG"]
    assert found == [("Banjarmasin Post", "ORG", (40, 56))]


def test_a_masthead_takes_no_word_that_opens_the_sentence() -> None:
    text = "Warga antre sejak pagi. Pantauan Lampung Post, antrean mengular sampai ke jalan raya."
    found = [e for e in _out(text) if e[1] == "ORG"]
    assert found == [("Lampung Post", "ORG", (33, 45))]


def test_an_indonesian_outlet_suffix_grows_no_english_masthead() -> None:
    text = "Pembeli memburu televisi Samsung Smart TV di pameran elektronik akhir pekan ini."
    assert all(e[0] != "Samsung Smart TV" for e in _out(text))
