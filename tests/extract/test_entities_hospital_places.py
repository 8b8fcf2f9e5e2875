"""A hospital chain's name with no branch after it (`_hospital_named`): after a word where one is
treated or works (`di`, `ke`, and `dari` right after a person's name, its degrees aside) it is the
hospital, a facility (LOC: GUIDELINES §6, the annotation README); elsewhere the chain acting, a
body (ORG), a giver after `dari` too; with a business group's word or
`Tbk` right after it, the company (ORG, the word in it). A second chain's brand after the first's
word opens a name of its own, no branch of the first. Whole entity lists from `resolve_entities`
on invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_chain_where_a_patient_is_treated_is_a_place() -> None:
    text = "Korban kecelakaan itu kini dirawat di Permata Hospital"
    assert _found(text, []) == [("Permata Hospital", "LOC", (38, 54))]


def test_a_weekday_after_a_chain_one_is_taken_to_is_no_branch() -> None:
    text = "Pasien dirujuk ke Permata Hospital Selasa (9/12) sore."
    assert _found(text, []) == [("Permata Hospital", "LOC", (18, 34))]


def test_a_name_the_model_read_after_dari_is_the_hospital_a_doctor_works_at() -> None:
    text = "Menurut dr Rina dari Lakeview Hospital, pasien itu sudah pulih."
    model = [("Rina", "PER"), ("Lakeview Hospital", "ORG")]
    assert _found(text, model) == [("Rina", "PER", (11, 15)), ("Lakeview Hospital", "LOC", (21, 38))]


def test_dari_after_a_doctor_s_degrees_is_the_hospital_the_doctor_works_at() -> None:
    text = "Hal itu dijelaskan dr Yuni Astuti, SpKK dari Cempaka Hospital dalam seminar daring."
    model = [("Yuni Astuti", "PER")]
    assert _found(text, model) == [("Yuni Astuti", "PER", (22, 33)), ("Cempaka Hospital", "LOC", (45, 61))]


def test_dari_after_a_professor_the_model_read_as_a_body_is_still_a_workplace() -> None:
    text = "Tim itu melibatkan Prof. Wen Jun dari Cempaka Hospital di Shanghai."
    model = [("Wen Jun", "ORG"), ("Shanghai", "LOC")]
    # the name's own label stays the model's here (no rule of this test's); the hospital is a place
    assert ("Cempaka Hospital", "LOC", (38, 54)) in _found(text, model)


def test_a_chain_giving_after_dari_is_a_body() -> None:
    text = "Warga korban banjir menerima paket sembako dari Cempaka Hospital, Jumat."
    assert _found(text, []) == [("Cempaka Hospital", "ORG", (48, 64))]


def test_the_chain_acting_is_a_body() -> None:
    text = "Tahun depan Permata Hospital membuka layanan jantung di lima kota."
    assert _found(text, []) == [("Permata Hospital", "ORG", (12, 28))]


def test_a_listed_chain_is_the_company_with_its_form() -> None:
    text = "Saham Permata Hospitals Tbk naik dua persen pada perdagangan Senin."
    assert _found(text, []) == [("Permata Hospitals Tbk", "ORG", (6, 27))]


def test_a_group_s_word_closes_the_company_s_name() -> None:
    text = "Permata Hospital Group menambah dua rumah sakit tahun ini."
    assert _found(text, []) == [("Permata Hospital Group", "ORG", (0, 22))]


def test_a_second_chain_s_brand_is_no_branch_of_the_first() -> None:
    text = "Nota kesepahaman Sentosa Hospitals Permata Hospital Semarang diteken kemarin."
    assert _found(text, []) == [
        ("Sentosa Hospitals", "ORG", (17, 34)),
        ("Permata Hospital Semarang", "LOC", (35, 60)),
    ]
