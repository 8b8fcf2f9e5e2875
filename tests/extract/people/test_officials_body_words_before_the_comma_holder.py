"""Officials: the body's own words read as the holder before `, <person>` (issue 13, precision).

`Title <body words>, <person>`: where the words before the comma cannot be the holder, they are
more of the title and the model's person after the comma holds the post (GUIDELINES §2: the
title takes its body as written, the name is the person's). One reading says so
(`roles.linking`): a "name" that ends in a common word news-raw holds in no person's name
(`_common_word_closing_body`: Camp; not Jaya, Utama). A person the model names before the
comma stays the holder: in a list with or without `dan`, when the title opens the clause or
the list closes the sentence, after a preposition or a verb when a new clause follows, and
after a degree; a body named by a one- or two-word name before the holder stays a miss, but
for a place right after a unit's code (not a year) before a holder set off by commas (session 42).

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract.people.roles import scan_roles
from extract.records import Entity
from tests.official_records import article_officials, role_officials, role_record

#: (sentence, the model's entities, the mention, the holder's name, the title): the body's words
#: before the comma stay in the title, the person after it holds the post.
BODY_BEFORE_THE_COMMA = [
    pytest.param(
        "Secara terpisah pemilik Sasana HS Boxing Camp, Hendra Silalahi memberikan apresiasi kepada petinju.",
        [("S Boxing Camp", "PER"), ("Hendra Silalahi", "PER")],
        "pemilik Sasana HS Boxing Camp, Hendra Silalahi",
        "Hendra Silalahi",
        "pemilik Sasana HS Boxing Camp",
        id="a body ending in a common word",
    ),
    pytest.param(
        "Senada, Pengawas SPBU 24.341.02 Ganjar Agung, Dodi Rahman, mengatakan stok solar masih aman.",
        [("Ganjar Agung", "PER"), ("Dodi Rahman", "PER")],
        "Pengawas SPBU 24.341.02 Ganjar Agung, Dodi Rahman",
        "Dodi Rahman",
        "Pengawas SPBU 24.341.02 Ganjar Agung",
        id="a village with a given name after a numbered station (linking._numbered_place)",
    ),
]


@pytest.mark.parametrize(("s", "ents", "mention", "name", "title"), BODY_BEFORE_THE_COMMA)
def test_the_body_s_words_stay_in_the_title(
    s: str, ents: list[tuple[str, str]], mention: str, name: str, title: str
) -> None:
    assert role_officials(s, ents, spans=True) == [role_record(s, mention, name, title)]


#: The model's person before the comma read as the body's name: no general reading tells it
#: from a holder in a list (`Ketua DPRD Budi Santoso, Joko Susilo.`), so it stays the holder.
BODY_NAMED_AS_A_PERSON = [
    pytest.param(
        "Sekretaris Presidium Tim Pemenangan Hamdi, Saepul Mulyadi salah satu penggagas forum itu.",
        [("Hamdi", "PER"), ("Saepul Mulyadi", "PER")],
        "Sekretaris Presidium Tim Pemenangan Hamdi, Saepul Mulyadi",
        "Saepul Mulyadi",
        "Sekretaris Presidium Tim Pemenangan Hamdi",
        id="a sentence-opening title with a one-word body name",
    ),
    pytest.param(
        "Hal itu disampaikan Wakil Komandan Echo TKN Prabu Gilang, Suprianto. Ia mengingatkan hal itu.",
        [("TKN", "ORG"), ("Prabu Gilang", "PER"), ("Suprianto", "PER")],
        "Wakil Komandan Echo TKN Prabu Gilang, Suprianto",
        "Suprianto",
        "Wakil Komandan Echo TKN Prabu Gilang",
        id="a holder after the comma closing the sentence",
    ),
    pytest.param(
        "Hal itu disampaikan Menkeu baru pengganti Sri Wahyuni, Bambang Hartono.",
        [("Sri Wahyuni", "PER"), ("Bambang Hartono", "PER")],
        "Menkeu baru pengganti Sri Wahyuni, Bambang Hartono",
        "Bambang Hartono",
        "Menkeu baru pengganti Sri Wahyuni",
        id="a minister named after the predecessor",
    ),
]


@pytest.mark.xfail(strict=True, reason="a body's name the model tags as a person before the comma holder")
@pytest.mark.parametrize(("s", "ents", "mention", "name", "title"), BODY_NAMED_AS_A_PERSON)
def test_a_body_named_as_a_person_before_the_comma_holder(
    s: str, ents: list[tuple[str, str]], mention: str, name: str, title: str
) -> None:
    assert role_officials(s, ents, spans=True) == [role_record(s, mention, name, title)]


#: (sentence, the model's entities, the mention, the holder's name, the title): the model's
#: person before the comma holds the post; the person after it is the next in a list or the
#: clause's subject, and no title's.
HOLDER_BEFORE_THE_COMMA = [
    pytest.param(
        "Hadir pula Ketua DPRD Budi Santoso, Joko Susilo.",
        [("Budi Santoso", "PER"), ("Joko Susilo", "PER")],
        "Ketua DPRD Budi Santoso",
        "Budi Santoso",
        "Ketua DPRD",
        id="a list of attendees closing the sentence",
    ),
    pytest.param(
        "Hadir pula Kapolres Bogor Rio Wahyu, Iwan Setiawan.",
        [("Rio Wahyu", "PER"), ("Iwan Setiawan", "PER")],
        "Kapolres Bogor Rio Wahyu",
        "Rio Wahyu",
        "Kapolres Bogor",
        id="a list closing the sentence after a region's post",
    ),
    pytest.param(
        "Hadir pula Ketua RT 05 Budi Santoso, Joko Susilo.",
        [("Budi Santoso", "PER"), ("Joko Susilo", "PER")],
        "Ketua RT 05 Budi Santoso",
        "Budi Santoso",
        "Ketua RT 05",
        id="a list closing the sentence after a numbered unit's post",
    ),
    pytest.param(
        "Menurut Ketua RT 05 Budi Santoso, Joko sudah lama tinggal di sana.",
        [("Budi Santoso", "PER"), ("Joko", "PER")],
        "Ketua RT 05 Budi Santoso",
        "Budi Santoso",
        "Ketua RT 05",
        id="the next clause's subject after a numbered unit's holder (linking._numbered_place)",
    ),
    pytest.param(
        "Kapolsek Sektor 3 Budi Santoso, Joko Susilo ditangkap di rumahnya.",
        [("Budi Santoso", "PER"), ("Joko Susilo", "PER")],
        "Kapolsek Sektor 3 Budi Santoso",
        "Budi Santoso",
        "Kapolsek Sektor 3",
        id="a clause's subject before its verb after a numbered unit's holder",
    ),
    pytest.param(
        "Menurut Ketua Panitia Porprov 2024 Budi Santoso, Andi Wijaya akan membuka acara itu.",
        [("Budi Santoso", "PER"), ("Andi Wijaya", "PER")],
        "Ketua Panitia Porprov 2024 Budi Santoso",
        "Budi Santoso",
        "Ketua Panitia Porprov",
        id="the next clause's subject after a year, no unit's number",
    ),
    pytest.param(
        "Menurut Ketua Panitia Porprov 2024 Budi Santoso, Andi Wijaya, acara itu akan dibuka besok.",
        [("Budi Santoso", "PER"), ("Andi Wijaya", "PER")],
        "Ketua Panitia Porprov 2024 Budi Santoso",
        "Budi Santoso",
        "Ketua Panitia Porprov",
        id="a name set off by commas after a year, no unit's number",
    ),
    pytest.param(
        "Kepala Dinas Pendidikan Budi Santoso, Ahmad Fauzi mengatakan sekolah dibuka.",
        [("Budi Santoso", "PER"), ("Ahmad Fauzi", "PER")],
        "Kepala Dinas Pendidikan Budi Santoso",
        "Budi Santoso",
        "Kepala Dinas Pendidikan",
        id="a title opening the sentence before a list",
    ),
    pytest.param(
        "Bupati Garut Rudy Gunawan, Helmi Budiman mengatakan jalan rusak.",
        [("Rudy Gunawan", "PER"), ("Helmi Budiman", "PER")],
        "Bupati Garut Rudy Gunawan",
        "Rudy Gunawan",
        "Bupati Garut",
        id="a regent opening the sentence before a list",
    ),
    pytest.param(
        "Sementara itu, Ketua RT Budi Santoso Jaya, Ahmad Fauzi mengatakan warga aman.",
        [("Budi Santoso Jaya", "PER"), ("Ahmad Fauzi", "PER")],
        "Ketua RT Budi Santoso Jaya",
        "Budi Santoso Jaya",
        "Ketua RT",
        id="a name ending in a common word news-raw holds in persons' names",
    ),
]


@pytest.mark.parametrize(("s", "ents", "mention", "name", "title"), HOLDER_BEFORE_THE_COMMA)
def test_the_person_before_the_comma_holds_the_post(
    s: str, ents: list[tuple[str, str]], mention: str, name: str, title: str
) -> None:
    assert role_officials(s, ents, spans=True) == [role_record(s, mention, name, title)]


def test_a_holder_before_the_next_clause_s_subject_stays() -> None:
    s = "Di masa pemerintahan Presiden Joko Widodo, Luhut telah berkoordinasi dengan pihak itu."
    ents = [("Joko Widodo", "PER"), ("Luhut", "PER")]
    assert role_officials(s, ents) == [("Joko Widodo", "Presiden")]


def test_a_list_of_holders_gives_each_its_post() -> None:
    s = "Ketua Koperasi Mekar Hadi Wijaya, Andi Saputra, dan Rina Sari hadir dalam rapat itu."
    ents = [("Hadi Wijaya", "PER"), ("Andi Saputra", "PER"), ("Rina Sari", "PER")]
    title = "Ketua Koperasi Mekar"
    assert role_officials(s, ents) == [("Hadi Wijaya", title), ("Andi Saputra", title), ("Rina Sari", title)]


def test_a_degree_opens_a_person_before_the_comma() -> None:
    s = "Hal itu dikatakan Rektor Universitas Maju Prof. Budi Hartono, Andi Wijaya."
    ents = [("Universitas Maju", "ORG"), ("Budi Hartono", "PER"), ("Andi Wijaya", "PER")]
    assert role_officials(s, ents) == [("Budi Hartono", "Rektor Universitas Maju")]


def test_a_day_after_the_comma_is_no_holder() -> None:
    s = "Kepala Dinas Kesehatan Budi Santoso, Senin (12/3), mengatakan hal itu."
    ents = [("Budi Santoso", "PER")]
    assert role_officials(s, ents) == [("Budi Santoso", "Kepala Dinas Kesehatan")]


def test_a_given_name_that_is_a_body_word_in_a_person_s_name() -> None:
    s = "Ketua Koperasi Mekar Hadi Wijaya, yang juga petani, mengatakan panen tahun ini baik."
    ents = [("Hadi Wijaya", "PER")]
    assert role_officials(s, ents) == [("Hadi Wijaya", "Ketua Koperasi Mekar")]


def test_a_body_of_two_capitalised_words_before_a_non_person() -> None:
    s = "Ketua Yayasan Bina Karya, Jakarta Selatan, mengatakan bantuan itu sudah disalurkan."
    assert role_officials(s, [("Yayasan Bina Karya", "ORG"), ("Jakarta Selatan", "LOC")]) == []


def test_a_list_of_bodies_gives_no_official() -> None:
    s = "Perwakilan Dinas Sosial, Dinas Kesehatan, dan Badan Pangan hadir dalam rapat itu."
    ents = [("Dinas Sosial", "ORG"), ("Dinas Kesehatan", "ORG"), ("Badan Pangan", "ORG")]
    assert role_officials(s, ents) == []


@pytest.mark.xfail(strict=True, reason="PT Dosni Roha, Bambang …: the run holds no connector for the comma")
def test_a_company_name_before_the_comma_holder() -> None:
    s = "Mereka yaitu Komisaris Utama PT Dosni Roha, Bambang Rudiyanto Tanusudibyo (BRT), hadir di sana."
    assert article_officials(s) == [("Bambang Rudiyanto Tanusudibyo", "Komisaris Utama PT Dosni Roha")]


@pytest.mark.xfail(strict=True, reason="ketua Inapgoc, Raja …: Raja read as a title word, Inapgoc held")
def test_a_body_s_acronym_written_in_title_case_before_the_comma_holder() -> None:
    s = "Jumpa pers itu dihadiri ketua Inapgoc, Raja Satria Oktavian, Menpora juga hadir."
    ents = [("Inapgoc", "PER"), ("Raja Satria Oktavian", "PER")]
    assert role_officials(s, ents) == [("Raja Satria Oktavian", "ketua Inapgoc")]


@pytest.mark.xfail(strict=True, reason="Tim Pemenangan Hadist, Saepul …: a body named as a person")
def test_a_ticket_s_acronym_named_alone_elsewhere_before_the_comma_holder() -> None:
    s = (
        "Pasangan Ade Yasin-Iwan Setiawan (Hadist) disambut warga. Sekretaris Tim Pemenangan Hadist, "
        "Saepul Mulyadi salah satu penggagas forum itu."
    )
    found = [Entity(w, "PER", (k, k + len(w))) for w in ("Hadist", "Saepul Mulyadi") for k in _starts(s, w)]
    got = [(m.name, m.title) for m in scan_roles(s, found) if m.official]
    assert got == [("Saepul Mulyadi", "Sekretaris Tim Pemenangan Hadist")]


def _starts(text: str, word: str) -> list[int]:
    """Every place ``word`` is written in ``text``."""
    return [k for k in range(len(text)) if text.startswith(word, k)]
