"""A unit named before its parent body is one name with it (issue 12; the evidence is the model's
whole span and news tune's annotations, which hold such runs whole): where the model reads the
whole run as one ORG and the grammar only the parent it knows at its end, the model's whole span
wins (`resolve._units_read_whole`): the run opens with a body's head or a
council's noun (`Direktorat`, `Satgas`, `Majelis`), no post's field, every word up to the parent
capitalised. Two bodies joined by a word, a body after a title, a group of a body's people, a panel
of judges, a unit and a person, and a body and the place of an event stay apart. Whole entity lists
from `resolve_entities` on sentences written for the test, with the spans; the cases with a
person's words give the private rule its cuts by hand."""

from __future__ import annotations

import pytest

from extract.ner.entities.resolve import _units_read_whole
from extract.ner.entities.tokens import tokens
from extract.records import Entity

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # an all-caps unit's short name before the ministry's: no opener of its own (news-raw's
        # short names there were a department, a power plant, a kind of college as often)
        pytest.param(
            "Seminar itu didanai DPRTM Dikti Kemendikbudristek tahun ini.",
            [("DPRTM Dikti Kemendikbudristek", "ORG")],
            [("DPRTM Dikti Kemendikbudristek", "ORG", (20, 49))],
            marks=pytest.mark.xfail(strict=True, reason="a short name in capitals opens no unit (DPRTM)"),
        ),
        # a body's head opens the unit: the task force of the regional police
        (
            "Laporan itu dikirim Satgas Pangan Polda Lampung kepada warga.",
            [("Satgas Pangan Polda Lampung", "ORG")],
            [("Satgas Pangan Polda Lampung", "ORG", (20, 47))],
        ),
        # a list's `dan` after a body: the regional office after it is read whole
        (
            "Rapat koordinasi itu dihadiri Kejati Lampung dan Kanwil Kemenkumham Lampung pada Senin.",
            [("Kejati Lampung", "ORG"), ("Kanwil Kemenkumham Lampung", "ORG")],
            [("Kejati Lampung", "ORG", (30, 44)), ("Kanwil Kemenkumham Lampung", "ORG", (49, 75))],
        ),
        # a council's noun opens the unit before its parent council
        (
            "Ujian itu diawasi Majelis Tinggi Dewan Guru yang beranggotakan 18 orang.",
            [("Majelis Tinggi Dewan Guru", "ORG")],
            [("Majelis Tinggi Dewan Guru", "ORG", (18, 43))],
        ),
        # a body's noun opens a union of the department after it
        (
            "Rapat itu dihadiri Serikat Pekerja Departemen Keuangan Nasional di Washington.",
            [("Serikat Pekerja Departemen Keuangan Nasional", "ORG"), ("Washington", "LOC")],
            [
                ("Serikat Pekerja Departemen Keuangan Nasional", "ORG", (19, 63)),
                ("Washington", "LOC", (67, 77)),
            ],
        ),
        # a council's committee by its short name: `Pansus` opens no body's name in the lists
        pytest.param(
            "Rapat kerja Pansus Perparkiran DPRD DKI Jakarta digelar pada Senin.",
            [("Pansus Perparkiran DPRD DKI Jakarta", "ORG")],
            [("Pansus Perparkiran DPRD DKI Jakarta", "ORG", (12, 47))],
            marks=pytest.mark.xfail(strict=True, reason="`Pansus` is no head nor council noun"),
        ),
        # a directorate under a deputy's office: the grammar ends the directorate at the post
        # `Deputi` and reads no parent after it, so the model's whole span is no unit's of it
        pytest.param(
            "Laporan itu dikirim kepada Direktorat Wilayah Deputi Pemantauan BGN setiap bulan.",
            [("Direktorat Wilayah Deputi Pemantauan BGN", "ORG")],
            [("Direktorat Wilayah Deputi Pemantauan BGN", "ORG", (27, 67))],
            marks=pytest.mark.xfail(
                strict=True, reason="the grammar ends a unit at a post's word (`Deputi`)"
            ),
        ),
    ],
)
def test_a_unit_the_model_reads_whole_with_its_parent_is_one_org(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # two bodies joined by `dan`: the model's run is a list, no unit
        (
            "Rapat itu digelar Dinas Kesehatan dan Badan Gizi Nasional pada Senin.",
            [("Dinas Kesehatan dan Badan Gizi Nasional", "ORG")],
            [("Dinas Kesehatan", "ORG", (18, 33)), ("Badan Gizi Nasional", "ORG", (38, 57))],
        ),
        # two bodies joined by `dengan`
        (
            "Polres Badung bekerja sama dengan Dinas Kesehatan Kabupaten Badung.",
            [("Polres Badung", "ORG"), ("Dinas Kesehatan Kabupaten Badung", "ORG")],
            [("Polres Badung", "ORG", (0, 13)), ("Dinas Kesehatan Kabupaten Badung", "ORG", (34, 66))],
        ),
        # a title before the body is no unit of it
        (
            "Direktur Utama PT Pertamina Patra Niaga hadir dalam rapat itu.",
            [("Direktur Utama PT Pertamina Patra Niaga", "ORG")],
            [("PT Pertamina Patra Niaga", "ORG", (15, 39))],
        ),
        # a body and the place of an event after `di`
        (
            "Sosialisasi itu digelar Dinas Kesehatan di Kota Metro pada Senin.",
            [("Dinas Kesehatan di Kota Metro", "ORG")],
            [("Dinas Kesehatan", "ORG", (24, 39)), ("Kota Metro", "LOC", (43, 53))],
        ),
        # a noun for people banded together opens no unit: the group of the body's people
        (
            "Pengamanan unjuk rasa dibantu Pasukan Brimob Polda Lampung sejak pagi.",
            [("Pasukan Brimob Polda Lampung", "ORG")],
            [("Brimob Polda Lampung", "ORG", (38, 58))],
        ),
        (
            "Ratusan personel Pasukan Brimob Polda Metro Jaya diterjunkan untuk mengamankan laga itu.",
            [("Pasukan Brimob Polda Metro Jaya", "ORG")],
            [("Brimob Polda Metro Jaya", "ORG", (25, 48))],
        ),
        (
            "Bantuan sembako diserahkan Keluarga Besar PT Bukit Asam kepada warga terdampak.",
            [("Keluarga Besar PT Bukit Asam", "ORG")],
            [("PT Bukit Asam", "ORG", (42, 55))],
        ),
        # a post's title after the council's noun: the panel of judges, no unit of the court
        (
            "Sidang itu dipimpin Majelis Hakim Pengadilan Negeri Jakarta Selatan pada Senin.",
            [("Majelis Hakim Pengadilan Negeri Jakarta Selatan", "ORG")],
            [("Pengadilan Negeri Jakarta Selatan", "ORG", (34, 67))],
        ),
        # a lowercase word in the run: a body's task force and its parent written apart
        (
            "Laporan itu dikirim Satgas pangan Polda Lampung kepada warga.",
            [("Satgas pangan Polda Lampung", "ORG")],
            [("Polda Lampung", "ORG", (34, 47))],
        ),
        # another grammar name in the run: the faction of the council before it
        (
            "Usulan itu disampaikan Komisi XI DPR RI Fraksi Golkar pada rapat kerja.",
            [("Komisi XI DPR RI Fraksi Golkar", "ORG")],
            [("Komisi XI DPR RI", "ORG", (23, 39)), ("Fraksi Golkar", "ORG", (40, 53))],
        ),
        # a region after a body is its seat, the body named with it (the grammar's reading stays)
        (
            "Kegiatan itu digelar BPBD Provinsi Lampung bersama relawan.",
            [("BPBD", "ORG"), ("Provinsi Lampung", "LOC")],
            [("BPBD Provinsi Lampung", "ORG", (21, 42))],
        ),
    ],
)
def test_bodies_apart_titles_and_places_of_events_give_no_unit(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


def test_a_unit_run_into_a_person_gives_the_grammar_s_body() -> None:
    """A person's words inside the model's run (``cuts``) leave the grammar's body as it is."""
    text = "Laporan Satgas Pangan Polda Jateng Budi diterima kemarin."
    toks = tokens(text)
    body = Entity("Polda Jateng", "ORG", (22, 34))
    model = [Entity("Satgas Pangan Polda Jateng", "ORG", (8, 34))]
    assert _units_read_whole([body], model, toks, text, [(35, 39)]) == [
        Entity("Satgas Pangan Polda Jateng", "ORG", (8, 34))
    ]
    assert _units_read_whole([body], model, toks, text, [(8, 14)]) == [body]
    # right after a post's title the unit is the post's field
    text = "Ketua Satgas Pangan Polda Jateng Budi diterima kemarin."
    body, model = (
        Entity("Polda Jateng", "ORG", (20, 32)),
        [Entity("Satgas Pangan Polda Jateng", "ORG", (6, 32))],
    )
    assert _units_read_whole([body], model, tokens(text), text, []) == [body]


@pytest.mark.xfail(
    strict=True, reason="the trimming of names (`_trimmed`) cuts the model's whole span at `Terbarukan`"
)
def test_a_laboratory_before_its_department_is_one_org() -> None:
    text = "Para peneliti Laboratorium Energi Terbarukan Nasional Departemen Energi AS menemukan enzim itu."
    model = [("Laboratorium Energi Terbarukan Nasional Departemen Energi AS", "ORG")]
    assert _found(text, model) == [
        ("Laboratorium Energi Terbarukan Nasional Departemen Energi AS", "ORG", (14, 74))
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # `dan` inside a post's field before the run: the run's first word ends the field
        # (`Direktur Bisnis Kecil dan Jaringan`), no unit of the bank after it
        (
            "Direktur Bisnis Kecil dan Jaringan PT Bank Mandiri Tbk mengatakan kantor cabang ditutup.",
            [("Jaringan PT Bank Mandiri Tbk", "ORG")],
            [("PT Bank Mandiri Tbk", "ORG", (35, 54))],
        ),
        # the same words with no post before them: a council's noun opens the unit
        (
            "Laporan itu dikirim Jaringan PT Bank Mandiri Tbk kepada nasabah.",
            [("Jaringan PT Bank Mandiri Tbk", "ORG")],
            [("Jaringan PT Bank Mandiri Tbk", "ORG", (20, 48))],
        ),
        # a list's `dan` after a count and a comma joins no name: the unit after it is read whole
        (
            "Jawa Timur sebanyak 63 orang, dan Kanwil Ditjenpas Sumatera Utara sebanyak 40 orang.",
            [("Kanwil Ditjenpas Sumatera Utara", "ORG")],
            [("Jawa Timur", "LOC", (0, 10)), ("Kanwil Ditjenpas Sumatera Utara", "ORG", (34, 65))],
        ),
    ],
)
def test_a_unit_after_a_join(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_unit_over_another_grammar_name_stays_apart() -> None:
    """Another grammar name in the unit's words (``held``): the faction is no unit of the council
    before it. The grammar's own reading of the sentence; later stages split the whole run too, so
    the rule is reached here directly."""
    text = "Usulan itu disampaikan Komisi XI DPR RI Fraksi Golkar pada rapat kerja."
    grammar = [Entity("Komisi XI DPR RI", "ORG", (23, 39)), Entity("Fraksi Golkar", "ORG", (40, 53))]
    model = [Entity("Komisi XI DPR RI Fraksi Golkar", "ORG", (23, 53))]
    assert _units_read_whole(grammar, model, tokens(text), text, []) == grammar
