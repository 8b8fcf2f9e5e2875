"""The final entity layer (`extract.ner.entities`): ORG and LOC after the model, GUIDELINES §6."""

from __future__ import annotations

import sys

import pytest

from extract.article import STAGE, STAGES
from extract.ner.entities import Label, grammar_entities, resolve_entities, tokens
from extract.records import Dateline, Entity, Official, Person
from tests.entity_records import first_entity as _at
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Dinas Lingkungan Hidup dan Kebersihan (DLHK) Badung hadir di Desa Ciwaru.",
            [
                ("Dinas Lingkungan Hidup dan Kebersihan (DLHK) Badung", "ORG", (7, 58)),
                ("Desa Ciwaru", "LOC", (68, 79)),
            ],
        ),
        # a bracketed abbreviation that ends the name is an entry of its own
        (
            "Rektor Universitas Lampung (Unila) meninjau lokasi.",
            [("Universitas Lampung", "ORG", (7, 26)), ("Unila", "ORG", (28, 33))],
        ),
        # one place per administrative level
        (
            "Kegiatan digelar di Desa Palangan Kecamatan Jangkar, Kabupaten Situbondo.",
            [
                ("Desa Palangan", "LOC", (20, 33)),
                ("Kecamatan Jangkar", "LOC", (34, 51)),
                ("Kabupaten Situbondo", "LOC", (53, 72)),
            ],
        ),
        # a listed office name and a level right after a facility head
        (
            "Pelatihan digelar Dinas Pendidikan, Pemuda dan Olahraga (Disdikpora) Denpasar di Aula "
            "Kecamatan Bukit Batu.",
            [
                ("Dinas Pendidikan, Pemuda dan Olahraga (Disdikpora) Denpasar", "ORG", (18, 77)),
                ("Aula Kecamatan Bukit Batu", "LOC", (81, 106)),
            ],
        ),
        # a dotted region word inside an office's name; a street named after a person
        (
            "Diskominfosantik Prov. Kalteng berkunjung ke Jalan Sudirman.",
            [("Diskominfosantik Prov. Kalteng", "ORG", (0, 30)), ("Jalan Sudirman", "LOC", (45, 59))],
        ),
        # `dan` before a new head ends the name: two governments
        (
            "Pemerintah Provinsi Papua Tengah dan Pemerintah Kabupaten Nabire hadir.",
            [
                ("Pemerintah Provinsi Papua Tengah", "ORG", (0, 32)),
                ("Pemerintah Kabupaten Nabire", "ORG", (37, 64)),
            ],
        ),
        # a school level before an office's acronym is the title's: the office is the acronym's
        ("Kabid Pembinaan SD Disdikbud Subang hadir.", [("Disdikbud Subang", "ORG", (19, 35))]),
        # `Kepala` is a title alone: the level after it names the place
        ("Kepala Desa Ciwaru mengatakan jalan rusak.", [("Desa Ciwaru", "LOC", (7, 18))]),
        # nothing named: a year is no village, a lowercase market no place
        ("Dana Desa 2025 dicairkan, kata dia.", []),
        ("Harga cabai di pasar turun, kata pedagang.", []),
    ],
)
def test_grammar_names_organisations_and_places(text: str, expected: list) -> None:
    assert _out(text) == expected


def test_an_organisation_stops_before_a_persons_name() -> None:
    text = "Hal itu disampaikan Kabid Perdagangan Dinas Koperindag I Komang Wiasa di Jembrana."
    model = [_at(text, "Dinas Koperindag I Komang", "ORG")]
    person = Person("I Komang Wiasa", ((text.index("I Komang"), text.index(" di Jem")),))
    assert _out(text, model, persons=[person]) == [
        ("Dinas Koperindag", "ORG", (38, 54)),
        ("Jembrana", "LOC", (73, 81)),
    ]


def test_a_region_inside_a_title_is_a_place_and_kinds_are_no_entities() -> None:
    text = "Bupati Jembrana I Nengah Tamba membuka pameran UMKM dan IKM di Instagram."
    model = [_at(text, "UMKM", "ORG"), _at(text, "IKM", "ORG"), _at(text, "Instagram", "ORG")]
    name = (text.index("I Nengah"), text.index(" membuka"))
    official = Official("I Nengah Tamba", "Bupati Jembrana", (0, name[1]), name)
    assert _out(text, model, officials=[official]) == [("Jembrana", "LOC", (7, 15))]


def test_the_title_is_cut_from_a_place() -> None:
    text = "Wakil Wali Kota Palangka Raya Umi Mastikah hadir."
    model = [_at(text, "Kota Palangka Raya Umi Mastikah", "LOC")]
    person = Person("Umi Mastikah", ((text.index("Umi"), text.index(" hadir")),))
    assert _out(text, model, persons=[person]) == [("Palangka Raya", "LOC", (16, 29))]
    text = "Kapolres Badung AKBP Budi Santoso memimpin apel."
    model = [_at(text, "Kapolres Badung", "LOC"), _at(text, "AKBP", "ORG")]
    assert _out(text, model) == [("Badung", "LOC", (9, 15))]


def test_the_dateline_place_and_outlet_as_written() -> None:
    text = "JEMBRANA, MANGUPURANEWS – Pemerintah Kabupaten Jembrana menggelar pasar murah."
    assert _out(text, dateline=Dateline("Jembrana", "Mangupuranews")) == [
        ("JEMBRANA", "LOC", (0, 8)),
        ("MANGUPURANEWS", "ORG", (10, 23)),
        ("Pemerintah Kabupaten Jembrana", "ORG", (26, 55)),
    ]


def test_a_caption_label_before_a_colon_is_no_dateline_place() -> None:
    text = "FESTIVAL LAMPION: Stand-stand kuliner menjadi buruan pengunjung."
    assert _out(text, dateline=Dateline("Festival Lampion", None)) == []
    text = "JAKARTA: Harga cabai naik lagi pekan ini."
    assert _out(text, dateline=Dateline("Jakarta", None)) == [("JAKARTA", "LOC", (0, 7))]


def test_persons_pass_through_and_a_model_place_headed_by_an_office_is_an_organisation() -> None:
    text = "Rektor Unila Kurniasih Yuliani hadir di Universitas Lampung."
    model = [_at(text, "Kurniasih Yuliani", "PER"), _at(text, "Universitas Lampung", "LOC")]
    # `Unila` inside the title is a body named in full (GUIDELINES §6; entities_org_acronyms_derived.txt)
    assert _out(text, model) == [
        ("Unila", "ORG", (7, 12)),
        ("Kurniasih Yuliani", "PER", (13, 30)),
        ("Universitas Lampung", "ORG", (40, 59)),
    ]


def test_common_words_the_model_took_for_names_are_dropped() -> None:
    text = "Harga naik. Kendala utama ada di pasokan, kata anggota Polri yang membantu Promosi produk."
    model = [_at(text, "Kendala", "ORG"), _at(text, "Polri", "ORG"), _at(text, "Promosi", "LOC")]
    assert _out(text, model) == [("Polri", "ORG", (55, 60))]


def test_a_lone_acronym_is_kept_only_for_a_known_body() -> None:
    text = "Selama PSBB, anggota TNI dan BPBD membagikan bantuan kepada warga terdata DTKS."
    model = [_at(text, w, "ORG") for w in ("PSBB", "TNI", "BPBD", "DTKS")]
    assert _out(text, model) == [("TNI", "ORG", (21, 24)), ("BPBD", "ORG", (29, 33))]


def test_a_generic_kind_opening_a_span_and_a_head_alone_go() -> None:
    text = "Kerajinan dari UMKM Bintang Jaya Itah dipamerkan di Kecamatan itu."
    model = [_at(text, "UMKM Bintang Jaya Itah", "ORG"), _at(text, "Kecamatan", "LOC")]
    assert _out(text, model) == [("Bintang Jaya Itah", "ORG", (20, 37))]


def test_outlets_named_in_the_body() -> None:
    text = "Foto: YUSUP SUPARMAN/PASUNDAN EKSPRES. Data dikutip dari bangkapos.com dan Kabar Banten."
    assert _out(text) == [
        ("PASUNDAN EKSPRES", "ORG", (21, 37)),
        ("bangkapos.com", "ORG", (57, 70)),
        ("Kabar Banten", "ORG", (75, 87)),
    ]


def test_a_street_written_lowercase_is_a_place_an_area_word_is_not() -> None:
    text = "Lokasinya di jalan Bakut, dekat kawasan Cipinang."
    assert _out(text) == [("jalan Bakut", "LOC", (13, 24))]


def test_a_title_word_right_after_an_office_head_names_the_office() -> None:
    text = (
        "Data dari Kementerian Koordinator Pembangunan Manusia dan Kebudayaan serta Ditlantas Polda Sulteng."
    )
    assert [e.text for e in resolve_entities(text, [])] == [
        "Kementerian Koordinator Pembangunan Manusia dan Kebudayaan",
        "Ditlantas Polda Sulteng",
    ]


def test_grammar_entities_alone() -> None:
    text = "Personel Kodim 1417 Kendari dan Polres Kendari berjaga."
    found = grammar_entities(text, tokens(text))
    assert [(e.text, e.label) for e in found] == [("Kodim 1417 Kendari", "ORG"), ("Polres Kendari", "ORG")]
    assert Label.ORG.value == "ORG"


def test_a_level_glued_to_its_name_and_an_initial_inside_a_name() -> None:
    text = "Jalan desa di Kec.Cikatomas, Kab.Tasik, rusak berat."
    assert [e.text for e in resolve_entities(text, [])] == ["Kec.Cikatomas", "Kab.Tasik"]
    text = "Rombongan menginap di Hotel Novena di Jalan A. Yani nomor 5."
    assert [e.text for e in resolve_entities(text, [])] == ["Hotel Novena", "Jalan A. Yani"]


@pytest.mark.xfail(strict=True, reason="a unit before a facility is not read: `Ruang Bersalin Puskesmas …`")
def test_a_unit_of_a_facility() -> None:
    text = "Vaksinasi digelar di Ruang Bersalin Puskesmas Tanjung Priok."
    assert [e.text for e in resolve_entities(text, [])] == ["Ruang Bersalin Puskesmas Tanjung Priok"]


def test_the_stage_runs_last_and_sets_the_entities() -> None:
    assert STAGES[-1] is STAGE["entities"]
    assert STAGE["entities"].annotation == "entities"


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a district's name spelled by a word of a longer name is no place (`Sentani`)
        (
            "Ribuan wisatawan datang ke Festival Budaya Sentani Raya di Jayapura.",
            [],
            [("Jayapura", "LOC", (59, 67))],
        ),
        # a region listed for titles that is a common word names nothing alone
        ("Peningkatan Sumber Daya Manusia menjadi fokus tahun ini.", [], []),
        # a rank holds no place (`Besar`)
        ("Hal itu disampaikan Komisaris Besar Polisi Andi Wirawan di Palu.", [], [("Palu", "LOC", (59, 63))]),
    ],
)
def test_a_gazetteer_word_inside_another_name_is_no_place(text: str, model: list, expected: list) -> None:
    assert _out(text, model) == expected


def test_events_programmes_and_degrees_are_no_entities() -> None:
    text = (
        "Pemkab Sorong menggelar Festival Kopi Nusantara dan meluncurkan Aplikasi Lapor Desa, "
        "kata dr Rina Kusuma, SpPD, di Gedung Wanita Sorong."
    )
    model = [
        _at(text, "Festival Kopi Nusantara", "ORG"),
        _at(text, "Aplikasi Lapor Desa", "ORG"),
        _at(text, "SpPD", "LOC"),
    ]
    assert [(e, label) for e, label, _ in _out(text, model)] == [
        ("Pemkab Sorong", "ORG"),
        ("Gedung Wanita Sorong", "LOC"),
    ]


def test_a_facility_whose_name_holds_an_event_word_stays() -> None:
    text = "Upacara digelar di Lapangan Apel Bhayangkara Tondano."
    assert [(e, label) for e, label, _ in _out(text)] == [("Lapangan Apel Bhayangkara Tondano", "LOC")]


def test_an_unclosed_bracket_is_cut_and_a_bracketed_company_form_kept() -> None:
    text = "Ia menjadi anggota Komunitas Pecinta Alam Lawu (KPAL) dan PT Sinar Laut (Persero)."
    model = [_at(text, "Komunitas Pecinta Alam Lawu (KPAL", "ORG"), _at(text, "Persero", "ORG")]
    found = [(e, label) for e, label, _ in _out(text, model)]
    assert found == [("Komunitas Pecinta Alam Lawu", "ORG"), ("PT Sinar Laut (Persero)", "ORG")]


def test_what_an_unclosed_bracket_leaves_must_still_name_something() -> None:
    text = "Rapat bersama Otoritas Pelabuhan (KSOP) Tegal dan pelaku berinisial R (41)."
    model = [_at(text, "Pelabuhan (KSOP", "LOC"), _at(text, "R (41", "ORG")]
    assert all(e not in ("Pelabuhan", "R", "R (41") for e, _, _ in _out(text, model))


def test_a_team_is_an_organisation_not_a_title() -> None:
    text = "Ketua Tim Pengawas Pangan Kabupaten Sigi, Rahmat Lasara, memeriksa pasar."
    found = _out(text, [_at(text, "Tim Pengawas Pangan Kabupaten Sigi", "ORG")])
    assert ("Tim Pengawas Pangan Kabupaten Sigi", "ORG", (6, 40)) in found


def test_a_product_after_its_kind_is_no_entity() -> None:
    text = "Polisi menyita mobil Suzuki Ertiga dan bahan bakar jenis Pertamax dari Dinas Perhubungan."
    model = [_at(text, "Suzuki Ertiga", "ORG"), _at(text, "Pertamax", "ORG")]
    assert [(e, label) for e, label, _ in _out(text, model)] == [("Dinas Perhubungan", "ORG")]


def test_a_head_with_levels_only_is_a_kind_not_a_name() -> None:
    text = "Vaksinasi digelar di Puskesmas Kecamatan dan Kantor Desa, lalu di Jalan Raya."
    model = [_at(text, "Puskesmas Kecamatan", "LOC"), _at(text, "Jalan Raya", "LOC")]
    assert _out(text, model) == []


def test_a_group_named_by_common_words_is_a_kind() -> None:
    text = "Sanggar Tari ikut tampil bersama Sanggar Tunjung Biru dan tim kesehatan dari Tim Kesehatan."
    assert [(e, label) for e, label, _ in _out(text)] == [("Sanggar Tunjung Biru", "ORG")]


def test_dan_and_a_level_inside_an_office_name() -> None:
    text = "Kepala Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Kapuas hadir di Desa Anjir."
    assert [(e, label) for e, label, _ in _out(text)] == [
        ("Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Kapuas", "ORG"),
        ("Desa Anjir", "LOC"),
    ]


def test_kinds_after_a_kind_amounts_and_broken_brackets_are_no_entities() -> None:
    text = "Layanan Posyandu Lansia, dana Rp25 Miliar dari DPMP) Sigi, serta murid SMP negeri."
    model = [
        _at(text, "Posyandu Lansia", "ORG"),
        _at(text, "Miliar", "ORG"),
        _at(text, "DPMP) Sigi", "ORG"),
        _at(text, "SMP", "ORG"),
    ]
    assert _out(text, model) == []


def test_ibu_kota_is_no_level() -> None:
    # `Kota` after `Ibu` opens no city (`Kota Nusantara`, `Kota Politik`); the capital region is
    # listed by its whole name (officials_regions.txt), so `Ibu Kota Nusantara` is a place
    text = "Harga cabai di Ibu Kota Politik naik, kata warga Kabupaten Paser."
    assert [(e, label) for e, label, _ in _out(text)] == [("Kabupaten Paser", "LOC")]
    text = "Harga cabai di Ibu Kota Nusantara naik, kata warga Kabupaten Paser."
    assert [(e, label) for e, label, _ in _out(text)] == [
        ("Ibu Kota Nusantara", "LOC"),
        ("Kabupaten Paser", "LOC"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street's name ends before the city written after it
        (
            "Toko itu berada di Jalan Cilik Riwut Palangka Raya dekat Jalan Tol Trans Sumatera.",
            [("Jalan Cilik Riwut", "LOC"), ("Palangka Raya", "LOC"), ("Jalan Tol Trans Sumatera", "LOC")],
        ),
        # a district's name ends before its regency; a regency written whole stays whole
        (
            "Warga Kecamatan Petang Badung dan Kabupaten Aceh Barat Daya hadir.",
            [("Kecamatan Petang", "LOC"), ("Badung", "LOC"), ("Kabupaten Aceh Barat Daya", "LOC")],
        ),
    ],
)
def test_a_region_after_a_street_or_district_is_a_place_of_its_own(text: str, expected: list) -> None:
    assert [(e, label) for e, label, _ in _out(text)] == expected


def test_a_title_word_right_after_any_office_head_inside_a_name_names_the_office() -> None:
    text = "Kepala Kantor Wilayah (Kanwil) Direktorat Jenderal Pemasyarakatan Sumut hadir."
    assert [(e, label) for e, label, _ in _out(text)] == [
        ("Kantor Wilayah (Kanwil) Direktorat Jenderal Pemasyarakatan Sumut", "ORG")
    ]


def test_a_programme_or_a_title_after_its_kind_is_no_entity() -> None:
    text = "Dana program Pemulihan Ekonomi Nasional dibahas dalam diskusi bertajuk Bangkit Bersama Sejahtera."
    model = [_at(text, "Pemulihan Ekonomi Nasional", "ORG"), _at(text, "Bangkit Bersama Sejahtera", "LOC")]
    assert _out(text, model) == []


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    text = "Pelapor datang ke Polres Sigi. Menurut polisi, pelapor membawa bukti."
    model = [_at(text, "Pelapor", "ORG")]
    assert [(e, label) for e, label, _ in _out(text, model)] == [("Polres Sigi", "ORG")]


def test_one_label_per_surface_in_an_article() -> None:
    text = "Mahasiswa Universitas Islam Sultan Agung (Unissula) hadir. Rektor menyebut Unissula siap."
    second = text.rindex("Unissula")
    model = [Entity("Unissula", "LOC", (second, second + len("Unissula")))]
    found = _out(text, model)
    assert [label for e, label, _ in found if e == "Unissula"] == ["ORG", "ORG"]


def test_a_persons_one_word_mention_inside_a_company_name_does_not_cut_it() -> None:
    text = "Direktur PT Sinar Indonesia Bahari, Bahari Lubis, hadir. Kepala Dinas Kota Serang Bahari juga."
    second = text.index("Bahari Lubis")
    third = text.rindex("Bahari")
    first = text.index("Bahari,")
    mentions = ((first, first + 6), (second, second + 12), (third, third + 6))
    person = Person(name="Bahari Lubis", mentions=mentions)
    found = [(e, label) for e, label, _ in _out(text, persons=[person])]
    assert ("PT Sinar Indonesia Bahari", "ORG") in found
    assert ("Dinas Kota Serang", "ORG") in found


def test_the_outlet_a_story_credits_is_an_organisation() -> None:
    text = "Harga cabai naik, dilansir Antara.Warga mengeluh, seperti dikutip dari Tribun Jambi."
    model = [_at(text, "Antara", "LOC")]
    assert [(e, label) for e, label, _ in _out(text, model)] == [("Antara", "ORG"), ("Tribun Jambi", "ORG")]


def test_a_known_short_name_with_its_level_and_region_is_one_office() -> None:
    text = "Hari ini petugas DLH Kota Palu memeriksa limbah bersama KPU Kabupaten Sigi."
    found = [(e, label) for e, label, _ in _out(text)]
    assert ("DLH Kota Palu", "ORG") in found and ("KPU Kabupaten Sigi", "ORG") in found


def _python_calls(text: str) -> tuple[int, int]:
    """Python function calls (generator resumptions included) made resolving ``text``, and its
    entity count: a count of work that, unlike a clock, does not depend on the machine's load."""
    calls = 0

    def count(frame, event, arg) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        found = resolve_entities(text, [])
    finally:
        sys.setprofile(None)
    return calls, len(found)


def test_a_page_of_thousands_of_names_takes_linear_work() -> None:
    line = "dilansir Antara, warga Desa Sukamaju. "
    _python_calls(line * 20)  # the word caches filled
    small, mid, big = (_python_calls(line * n) for n in (200, 600, 1000))
    assert (small[1], mid[1], big[1]) == (400, 1200, 2000)
    # the work of each further 400 sentences stays the same: linear, whatever the fixed cost and
    # the caches other tests left (a quadratic check, like the old pairwise overlap one, doubles it)
    assert big[0] - mid[0] <= 1.25 * (mid[0] - small[0])


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a headline inlined after `Baca juga:`: its bare verb ends the office's name
        (
            "Baca juga: Polres Sukamaju Gelar Operasi Lilin Jelang Natal. Warga diminta waspada.",
            [],
            [("Polres Sukamaju", "ORG", (11, 26))],
        ),
        (
            "Baca: Pemkot Tanjungsari Perpanjang Kerja Sama Pengelolaan Sampah hingga 2027.",
            [],
            [("Pemkot Tanjungsari", "ORG", (6, 24))],
        ),
        # a model place running into a headline's clause, the verb with its prefix
        (
            "Warga di Kabupaten Wonorejo Menggelar Festival Kopi Jelang Lebaran.",
            [("Kabupaten Wonorejo Menggelar Festival Kopi", "LOC", (9, 51))],
            [("Kabupaten Wonorejo", "LOC", (9, 27))],
        ),
        # the word right after a head is the name's own (`Rawat Inap`), and a verb with no
        # capitalised word after it opens no headline
        (
            "Pasien dirujuk ke Puskesmas Rawat Inap Sukadamai kemarin.",
            [],
            [("Puskesmas Rawat Inap Sukadamai", "LOC", (18, 48))],
        ),
        # a sentence's lowercase verb ends the name as before; nothing else is found
        ("Polisi itu menggelar razia di jalan desa pada malam hari.", [], []),
    ],
)
def test_a_headline_verb_ends_a_name(text: str, model: list, expected: list) -> None:
    assert _out(text, [Entity(*m) for m in model]) == expected


def test_a_headline_verb_right_after_a_bodys_short_name() -> None:
    text = "Simak juga: Kemenkes Minta Warga Waspadai Demam Berdarah Saat Hujan."
    assert _out(text) == [("Kemenkes", "ORG", (12, 20))]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a technical unit (UPT/UPTD) heads its own name, a facility's word included
        (
            "Petugas UPTD Puskesmas Cikaret memeriksa warga di Desa Sindangsari.",
            [],
            [("UPTD Puskesmas Cikaret", "ORG", (8, 30)), ("Desa Sindangsari", "LOC", (50, 66))],
        ),
        (
            "Retribusi dipungut UPT Pasar Wage Kota Sukamaju setiap pagi.",
            [],
            [("UPT Pasar Wage Kota Sukamaju", "ORG", (19, 47))],
        ),
        # a unit of a body with the body (`Humas Pemkab …` likewise); after a title the body alone
        (
            "Rapat Banggar DPRD Sukamaju membahas rancangan APBD Perubahan.",
            [],
            [("Banggar DPRD Sukamaju", "ORG", (6, 27))],
        ),
        (
            "Personel Satlantas Polres Cibeber mengatur arus mudik.",
            [],
            [("Satlantas Polres Cibeber", "ORG", (9, 33))],
        ),
        (
            "Kasat Reskrim Polres Cibeber menjelaskan kronologi kejadian.",
            [],
            [("Polres Cibeber", "ORG", (14, 28))],
        ),
        # a body's known short name alone stays; a unit left without a body or a name does not
        (
            "Usulan itu ditolak Banggar pekan lalu.",
            [("Banggar", "ORG", (19, 26))],
            [("Banggar", "ORG", (19, 26))],
        ),
        ("Dana disalurkan melalui UPT setempat.", [("UPT", "ORG", (24, 27))], []),
    ],
)
def test_technical_units_and_units_of_a_body(text: str, model: list, expected: list) -> None:
    assert _out(text, [Entity(*m) for m in model]) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a headline's predicate after a regency's name, its words lowercase in the article
        (
            "Harga Bawang di Wonosobo Masih Stabil. Pedagang menyebut harga masih stabil sejak pekan lalu.",
            [("Wonosobo Masih Stabil", "LOC", (16, 37))],
            [("Wonosobo", "LOC", (16, 24))],
        ),
        # a word of the place's own name stays: a region's word (`Baru`), one never written
        # lowercase in the article (`City`)
        (
            "Warga Desa Wonosobo Baru berkumpul di balai desa.",
            [("Desa Wonosobo Baru", "LOC", (6, 24))],
            [("Desa Wonosobo Baru", "LOC", (6, 24))],
        ),
        (
            "Pameran itu digelar di New York City pekan lalu.",
            [("New York City", "LOC", (23, 36))],
            [("New York City", "LOC", (23, 36))],
        ),
    ],
)
def test_a_headline_predicate_ends_a_place(text: str, model: list, expected: list) -> None:
    assert _out(text, [Entity(*m) for m in model]) == expected


def test_tokens_bisect_their_own_offsets_as_a_plain_list_would() -> None:
    from extract.ner.entities import token_at, tokens_inside

    text = "Kepala Dinas Kesehatan Kab.Sumbawa, dr. Ratna, meninjau Puskesmas Alas.Warga senang."
    toks = tokens(text)
    plain = list(toks)
    end = len(text)
    spans = [(0, 0), (0, 6), (7, 22), (8, 22), (23, 34), (36, 45), (50, end), (end, end + 5)]
    for span in spans:
        assert tokens_inside(span, toks) == tokens_inside(span, plain)
    for span in spans:  # asked again: read from what the first asks kept, the same runs
        assert tokens_inside(span, toks) == tokens_inside(span, plain)
    assert sorted(toks.inside) == sorted(set(spans))
    for start in range(len(text) + 2):
        assert token_at(start, toks) == token_at(start, plain)
    inside = [toks[k].text for k in tokens_inside((7, 34), toks)]
    assert inside == ["Dinas", "Kesehatan", "Kab", ".", "Sumbawa"]


@pytest.mark.parametrize(
    ("ent", "expected"),
    [
        (
            Entity("Dinas Pertanian Kabupaten Tanah Datar Di", Label.ORG, (12, 52)),
            Entity("Dinas Pertanian Kabupaten Tanah Datar", Label.ORG, (12, 49)),
        ),
        (
            Entity("Desa Sukamaju Sampai Ke", Label.LOC, (30, 53)),
            Entity("Desa Sukamaju", Label.LOC, (30, 43)),
        ),
        (Entity("Pasar Baru  Dari", Label.LOC, (0, 16)), Entity("Pasar Baru", Label.LOC, (0, 10))),
        (Entity("Lin Dan", Label.PER, (0, 7)), Entity("Lin Dan", Label.PER, (0, 7))),
        (Entity("Dinas Sosial", Label.ORG, (5, 17)), Entity("Dinas Sosial", Label.ORG, (5, 17))),
    ],
)
def test_a_body_or_place_loses_the_title_cased_joins_that_end_it(ent: Entity, expected: Entity) -> None:
    from extract.ner.entities.filters import _without_function_end

    assert _without_function_end(ent) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tim Bappeda-Litbang menyusun rencana.", True),
        ("Tim BPBD/Damkar bersiaga.", True),
        ("Staf Bappeda hadir.", True),
        ("Petugas Dishub-Kominfo berjaga di simpang.", False),
        ("Warga Bandung-Cimahi hadir.", False),
        ("Kantor Bappeda-Litbang Sleman buka.", False),
    ],
)
def test_a_short_name_is_read_before_its_hyphen_or_slash(text: str, expected: bool) -> None:
    from extract.ner.entities.bodies import _body_short_name

    assert _body_short_name(tokens(text), 1) is expected


def test_heads_and_regions_read_once_a_word_are_what_a_plain_list_reads() -> None:
    from extract.ner.entities.tokens import match_head, region_len
    from extract.ner.entities.words import Head

    text = (
        "Bupati Lampung Barat meninjau Dinas Sosial kabupaten Pesisir Barat dan pulau Jawa, di Metro Barat."
    )
    toks = tokens(text)
    plain = list(toks)
    for _ in range(2):  # the second pass reads what the first kept
        for k in range(len(toks)):
            assert match_head(toks, k) == match_head(plain, k)
            assert region_len(toks, k) == region_len(plain, k)
            assert region_len(toks, k, kecamatan=True) == region_len(plain, k, kecamatan=True)
    assert sorted(toks.heads) == list(range(len(toks)))
    assert sorted(toks.regions) == sorted((k, kec) for k in range(len(toks)) for kec in (False, True))
    found = {
        toks[k].text: (match_head(toks, k), region_len(toks, k, kecamatan=True)) for k in (0, 1, 4, 10, 14)
    }
    assert found == {
        "Bupati": (None, 0),
        "Lampung": (None, 2),
        "Dinas": ((1, Label.ORG, Head.BODY), 0),
        "pulau": ((1, Label.LOC, Head.FACILITY), 0),
        "Metro": (None, 2),
    }
