"""Officials: a holder written with one word (`Wicaksono yang juga Direktur Utama …`) is named by
the one longer person name the article wrote before it (`Rendra Wicaksono`), the fullest name of
GUIDELINES §2; two longer names holding the word, none, or a longer name that is a body's and
no person's leave the holder as written.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import re

from extract.people.officials import extract_officials
from extract.records import Entity, Official


def _ents(text: str, label: str, *names: str) -> list[Entity]:
    return [Entity(n, label, (m.start(), m.end())) for n in names for m in re.finditer(re.escape(n), text)]


def _per(text: str, *names: str) -> list[Entity]:
    """Every mention of ``names`` as a person; a shorter name inside a longer one is not repeated."""
    found = sorted(_ents(text, "PER", *names), key=lambda e: (e.span[0], -e.span[1]))
    out: list[Entity] = []
    for e in found:
        if not out or e.span[0] >= out[-1].span[1]:
            out.append(e)
    return out


def test_a_surname_after_yang_juga_takes_the_name_written_before() -> None:
    s = (
        "Pengusaha asal Surabaya Rendra Wicaksono meresmikan gudang baru di Gresik pada Selasa. "
        "Wicaksono yang juga Direktur Utama PT Lintas Nusa Logistik mengatakan gudang itu menampung "
        "hasil panen petani."
    )
    at = s.index("Wicaksono yang")
    assert extract_officials(s, entities=_per(s, "Rendra Wicaksono", "Wicaksono")) == [
        Official(
            name="Rendra Wicaksono",
            title="Direktur Utama PT Lintas Nusa Logistik",
            span=(at, s.index(" mengatakan")),
            name_span=(at, at + len("Wicaksono")),
        )
    ]


def test_a_middle_name_takes_the_name_written_before() -> None:
    s = (
        "Hendrikus Budi Santoso membuka pelatihan tenun di Desa Waiara. Budi yang juga Ketua Koperasi "
        "Tenun Ikat Sikka berharap pelatihan itu menambah pendapatan perajin."
    )
    found = extract_officials(s, entities=_per(s, "Hendrikus Budi Santoso", "Budi"))
    title = "Ketua Koperasi Tenun Ikat Sikka"
    assert [(o.name, o.title) for o in found] == [("Hendrikus Budi Santoso", title)]


def test_two_persons_sharing_the_surname_leave_it_as_written() -> None:
    s = (
        "Rendra Wicaksono dan Sari Wicaksono menghadiri peresmian gudang di Gresik. Wicaksono yang juga "
        "Direktur Utama PT Lintas Nusa Logistik mengatakan gudang itu menampung hasil panen."
    )
    found = extract_officials(s, entities=_per(s, "Rendra Wicaksono", "Sari Wicaksono", "Wicaksono"))
    assert [(o.name, o.title) for o in found] == [("Wicaksono", "Direktur Utama PT Lintas Nusa Logistik")]


def test_a_surname_with_no_longer_mention_stays() -> None:
    s = (
        "Gudang baru itu diresmikan di Gresik pada Selasa. Wicaksono yang juga Direktur Utama PT Lintas "
        "Nusa Logistik mengatakan gudang itu menampung hasil panen."
    )
    found = extract_officials(s, entities=_per(s, "Wicaksono"))
    assert [(o.name, o.title) for o in found] == [("Wicaksono", "Direktur Utama PT Lintas Nusa Logistik")]


def test_a_company_named_after_its_founder_is_no_fuller_name() -> None:
    s = (
        "Gudang milik PT Rendra Wicaksono Abadi diresmikan di Gresik. Wicaksono yang juga Ketua Kadin "
        "Gresik mengatakan gudang itu menampung hasil panen."
    )
    ents = _ents(s, "ORG", "PT Rendra Wicaksono Abadi") + _per(s[60:], "Wicaksono")
    ents = [e if e.label == "ORG" else Entity(e.text, "PER", (e.span[0] + 60, e.span[1] + 60)) for e in ents]
    found = extract_officials(s, entities=ents)
    assert [(o.name, o.title) for o in found] == [("Wicaksono", "Ketua Kadin Gresik")]


def test_a_longer_name_only_over_the_holder_is_no_fuller_name() -> None:
    s = (
        "Kepala Bidang Pajak Daerah Lestari mengatakan target tahun ini naik. Menurut Lestari, "
        "wajib pajak bertambah."
    )
    ents = [*_ents(s, "PER", "Daerah Lestari"), Entity("Lestari", "PER", (s.index("Lestari,"), s.index(",")))]
    found = extract_officials(s, entities=ents)
    assert all(o.name != "Daerah Lestari" for o in found)


def test_a_longer_name_holding_a_place_word_is_no_fuller_name() -> None:
    s = (
        "Ratusan pedagang menyambut Palangka Budiman di pasar darurat Kota Palangka pada Senin. Wakil Wali "
        "Kota Budiman mengatakan kios bagi pedagang sudah siap."
    )
    at = s.index("Budiman mengatakan")
    ents = [
        *_per(s, "Palangka Budiman"),
        Entity("Kota Palangka", "LOC", (s.index("Kota Palangka"), s.index(" pada"))),
        Entity("Budiman", "PER", (at, at + len("Budiman"))),
    ]
    found = extract_officials(s, entities=ents)
    assert [(o.name, o.title) for o in found] == [("Budiman", "Wakil Wali Kota")]


def test_a_name_written_twice_over_is_no_fuller_name() -> None:
    s = (
        "Bupati Tulang Harum Winarti Winarti meresmikan pasar. Winarti yang juga Ketua Koperasi Tani "
        "Harum berharap pasar itu ramai."
    )
    found = extract_officials(s, entities=_per(s, "Winarti Winarti", "Winarti"))
    assert all(o.name != "Winarti Winarti" for o in found)
