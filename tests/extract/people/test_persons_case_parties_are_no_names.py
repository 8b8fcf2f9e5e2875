"""Persons: the parties of a court or ethics case written with a capital (`Teradu`, `Pengadu`,
`Terlapor`, `Pemohon`, `Tergugat`) are roles in the case, never a person's name, so they hold no
post either (`Teradu selaku Ketua KPU …` names no holder); the names of the parties still do.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from extract import extract_article


def _people(t: str) -> tuple[list[str], list[tuple[str, str]]]:
    rec = extract_article(t.encode())
    return [p.name for p in rec.persons], [(o.name, o.title) for o in rec.officials]


def test_a_case_party_opening_a_sentence_is_no_person_and_no_holder() -> None:
    s = (
        "Majelis menilai, Teradu selaku Ketua KPU Kabupaten Sukamaju Barat telah lalai "
        "menjalankan tugasnya dalam pemilihan itu."
    )
    assert _people(s) == ([], [])
    s = "Dalam sidang itu, Pemohon meminta majelis membatalkan pasal tersebut."
    assert _people(s) == ([], [])


def test_the_named_parties_are_still_persons() -> None:
    s = (
        "Perkara itu diadukan oleh Rahmat Hidayat. Pengadu menilai Ketua KPU Kota Sukamaju "
        "Bambang Suryadi melanggar kode etik."
    )
    assert _people(s) == (
        ["Rahmat Hidayat", "Bambang Suryadi"],
        [("Bambang Suryadi", "Ketua KPU Kota Sukamaju")],
    )
