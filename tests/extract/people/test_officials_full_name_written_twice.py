"""Officials: a holder's name written whole twice (`Wakil Presiden Raswan Kurniadi Pohan` in two
sentences) does not call the person by its last word alone, so its first word, written alone
elsewhere after a short post (`Wapres Raswan`), stays the first name, not a body's name moved
into the title (GUIDELINES §2: the fullest name, one entry per person). A company's word before
the name stays the title's when the article does call the holder by a later word alone
(`Sagala mengatakan`) and writes the word alone as the company (`produk Lumora`).

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import re

from extract.people.officials import extract_officials
from extract.records import Entity, Official


def _per(text: str, name: str) -> list[Entity]:
    return [Entity(name, "PER", (m.start(), m.end())) for m in re.finditer(re.escape(name), text)]


def test_a_full_name_written_twice_keeps_its_first_word() -> None:
    s = (
        "Wakil Presiden Raswan Kurniadi Pohan meninjau pasar induk di Sleman pada Senin. Dalam kunjungan "
        "itu, Wakil Presiden Raswan Kurniadi Pohan membeli beras dari pedagang. Mobil Wapres Raswan "
        "kemudian melaju ke Klaten."
    )
    assert extract_officials(s, entities=_per(s, "Raswan Kurniadi Pohan")) == [
        Official(name="Raswan Kurniadi Pohan", title="Wakil Presiden", span=(0, 36), name_span=(15, 36))
    ]


def test_a_name_written_once_keeps_its_first_word() -> None:
    s = "Wakil Presiden Raswan Kurniadi Pohan meninjau pasar induk. Mobil Wapres Raswan kemudian melaju."
    assert [(o.name, o.title) for o in extract_officials(s, entities=_per(s, "Raswan Kurniadi Pohan"))] == [
        ("Raswan Kurniadi Pohan", "Wakil Presiden")
    ]


def test_a_company_word_before_a_name_called_by_its_last_word_stays_the_title_s() -> None:
    s = (
        "Direktur Utama Lumora Arka Wiratama Sagala meresmikan gudang di Bekasi. Sagala mengatakan gudang "
        "itu menampung produk Lumora dari tiga pabrik. Direktur Utama Lumora Arka Wiratama Sagala juga "
        "menanam pohon."
    )
    found = extract_officials(s, entities=_per(s, "Lumora Arka Wiratama Sagala"))
    assert [(o.name, o.title) for o in found] == [("Arka Wiratama Sagala", "Direktur Utama Lumora")]


def test_a_lone_word_with_no_post_gives_no_official() -> None:
    s = "Raswan Kurniadi Pohan meninjau pasar. Raswan Kurniadi Pohan membeli beras. Mobil Raswan melaju."
    assert extract_officials(s, entities=_per(s, "Raswan Kurniadi Pohan")) == []
