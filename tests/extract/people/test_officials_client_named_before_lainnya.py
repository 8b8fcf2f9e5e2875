"""Officials: `<post> <Name> lainnya, <Holder>` — the name written inside the post before
`lainnya`/`lain` (other) and a comma is whom the post serves (a lawyer's client, a coach's
athlete); `other` says the holder is one more of the post's holders, named after the comma
(session 30, off64: `kuasa hukum <client> lainnya, <lawyer>` gave the client as the official).

The client stays a person of the article. Every sentence is written for the test: names are
made up.
"""

from __future__ import annotations

from extract.people.officials import extract_officials
from extract.people.persons import extract_persons
from extract.people.roles import scan_roles
from extract.records import Entity

from .test_roles import _officials, _per, _rec


def _persons(s: str, *names: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    ents: list[Entity] = _per(s, *names)
    roles = scan_roles(s, ents)
    officials = extract_officials(s, entities=ents, roles=roles)
    return [(p.name, p.mentions) for p in extract_persons(s, ents, officials=officials, roles=roles)]


def _at(s: str, name: str, nth: int = 0) -> tuple[tuple[int, int], ...]:
    i = -1
    for _ in range(nth + 1):
        i = s.index(name, i + 1)
    return ((i, i + len(name)),)


LAWYER = "Kuasa hukum Hendra Wijaya lainnya, Rivai Sitompul, mengatakan kliennya siap hadir di sidang."


def test_the_client_holds_no_post_and_a_person_s_lawyer_is_no_official() -> None:
    # the post serves a person, no organisation: an occupation (annotations README), no official
    assert _officials(LAWYER, _per(LAWYER, "Hendra Wijaya", "Rivai Sitompul")) == []


def test_the_holder_after_lainnya_holds_the_post_of_a_body() -> None:
    s = "Kuasa hukum PT Sinar Jaya lainnya, Rivai Sitompul, mengatakan perusahaan siap hadir."
    got = _officials(s, _per(s, "Rivai Sitompul"))
    assert got == [
        _rec(
            s,
            "Kuasa hukum PT Sinar Jaya lainnya, Rivai Sitompul",
            "Rivai Sitompul",
            "Kuasa hukum PT Sinar Jaya",
        )
    ]


def test_the_client_stays_a_person() -> None:
    assert _persons(LAWYER, "Hendra Wijaya", "Rivai Sitompul") == [
        ("Hendra Wijaya", _at(LAWYER, "Hendra Wijaya")),
        ("Rivai Sitompul", _at(LAWYER, "Rivai Sitompul")),
    ]


def test_lainnya_with_no_name_after_the_comma_gives_no_official() -> None:
    # `lainnya,` before a lowercase word: no holder named, and the client holds nothing
    s = "Kuasa hukum Hendra Wijaya lainnya, kata dia, belum menerima surat panggilan."
    assert _officials(s, _per(s, "Hendra Wijaya")) == []


def test_a_post_serving_an_office_keeps_its_holder_after_the_comma() -> None:
    # the name after `Gubernur` is the governor's: the spokesman serves an office, a body
    s = "Juru bicara Gubernur Ridwan lainnya, Dedi Kurnia, mengatakan hal itu."
    assert _officials(s, _per(s, "Ridwan", "Dedi Kurnia")) == [
        _rec(
            s,
            "Juru bicara Gubernur Ridwan lainnya, Dedi Kurnia",
            "Dedi Kurnia",
            "Juru bicara Gubernur Ridwan",
        )
    ]
    assert _persons(s, "Ridwan", "Dedi Kurnia") == [
        ("Ridwan", _at(s, "Ridwan")),
        ("Dedi Kurnia", _at(s, "Dedi Kurnia")),
    ]


def test_a_staff_post_of_the_president_keeps_its_holder() -> None:
    s = "Staf Khusus Presiden Joko Santoso lainnya, Andi Pratama, membantah kabar itu."
    got = _officials(s, _per(s, "Joko Santoso", "Andi Pratama"))
    assert [(o.name, o.title) for o in got] == [("Andi Pratama", "Staf Khusus Presiden Joko Santoso")]


def test_lainnya_with_no_comma_names_no_client_in_either_layer() -> None:
    # no comma after `lainnya`: no holder follows, so the name inside the title is read as whom the
    # post serves by neither the officials' nor the persons' reading
    from extract.people.persons import _served_before_other

    s = "Acara itu dihadiri Direktur Yayasan Hendra Wijaya lainnya"
    span = _at(s, "Hendra Wijaya")[0]
    assert not _served_before_other(s, span)
    assert _served_before_other(s + ", Rivai Sitompul.", span)


def test_a_client_of_two_words_with_no_lainnya_is_no_official() -> None:
    # fix31b: `Kuasa hukum <client of two words>, <lawyer>` gave the client the post; the client
    # is one person's name (the model's one PER span), so the lawyer serves a person
    s = "Pengacara Rini Yuliani, Agus Salim, mengatakan kliennya akan mengajukan banding."
    ents = _per(s, "Rini Yuliani", "Agus Salim")
    assert _officials(s, ents) == []
    assert _persons(s, "Rini Yuliani", "Agus Salim") == [
        ("Rini Yuliani", _at(s, "Rini Yuliani")),
        ("Agus Salim", _at(s, "Agus Salim")),
    ]


def test_a_company_client_of_two_words_keeps_its_lawyer_as_official() -> None:
    s = "Kuasa hukum PT Sinar Jaya, Agus Salim, mengatakan perusahaan siap hadir."
    got = _officials(s, _per(s, "Agus Salim"))
    assert [(o.name, o.title) for o in got] == [("Agus Salim", "Kuasa hukum PT Sinar Jaya")]


def test_dan_lainnya_after_a_post_that_serves_no_client_names_no_holder() -> None:
    # fix31b: `dan lainnya` is read as `lainnya` only after a client_head post
    s = "Anggota DPRD Lampung dan lainnya, Agus Salim, hadir dalam rapat itu."
    assert _officials(s, _per(s, "Agus Salim")) == []


def test_dan_lainnya_after_a_lawyer_of_a_company_keeps_the_holder() -> None:
    s = "Kuasa hukum PT Sinar Jaya dan lainnya, Agus Salim, mengatakan perusahaan siap hadir."
    got = _officials(s, _per(s, "Agus Salim"))
    assert [(o.name, o.title) for o in got] == [("Agus Salim", "Kuasa hukum PT Sinar Jaya")]
