"""Officials on national, economy and police news never tuned on (issue 13, session 6, part 2).

Found by reading warta's officials on news-raw articles from national outlets (wire, economy,
politics, police). Every sentence here is written for the test: names are made up or public
office holders in made-up sentences.
"""

from __future__ import annotations

import pytest

from extract.people.names import group_by_person
from extract.people.officials import extract_officials
from extract.records import Official
from extract.text.words import WordClass, word_class
from tests.official_records import check_text_officials as _check

from .test_roles import _officials, _per

# ------------------------------------------------------------- one person written two ways


def test_a_blended_short_form_is_the_same_official() -> None:
    s = "Presiden Joko Widodo meninjau jalan tol itu. Presiden Jokowi berharap tol selesai tahun depan."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Joko Widodo", "Presiden")]


def test_a_name_without_its_middle_word_is_the_same_official() -> None:
    s = (
        "Menteri Pendidikan dan Kebudayaan Republik Indonesia, Nadiem Anwar Makarim memberi sambutan. "
        "Menteri Pendidikan dan Kebudayaan Nadiem Makarim lalu menyampaikan selamat."
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Nadiem Anwar Makarim", "Menteri Pendidikan dan Kebudayaan Republik Indonesia")
    ]


def test_short_forms_fold_only_into_one_fitting_name() -> None:
    # Jokowi blends Joko Widodo; Joko Susilo fits no blend; Budi Hartono is no gapped Budi Santoso
    mentions = [("Joko Widodo", (0, 11)), ("Jokowi", (40, 46)), ("Joko Susilo", (60, 71))]
    assert group_by_person(mentions, short_forms=True) == [[0, 1], [2]]
    mentions = [("Budi Santoso", (0, 12)), ("Budi Hartono", (30, 42)), ("Budi Eko Santoso", (60, 76))]
    assert group_by_person(mentions, short_forms=True) == [[2, 0], [1]]
    # two full names a blend could stand for: left apart
    mentions = [("Joko Widodo", (0, 11)), ("Joko Wiranto", (20, 32)), ("Jokowi", (40, 46))]
    assert group_by_person(mentions, short_forms=True) == [[0], [1], [2]]


def test_without_short_forms_nothing_folds() -> None:
    mentions = [("Joko Widodo", (0, 11)), ("Jokowi", (40, 46))]
    assert group_by_person(mentions) == [[0], [1]]


# ------------------------------------------------------------- the title lexicon as data


def test_a_secretary_of_a_ministry_abbreviated() -> None:
    s = "Turut hadir Sesmenpora Gatot Sudarmo di Jakarta."
    _check(s, [("Sesmenpora Gatot Sudarmo", "Gatot Sudarmo", "Sesmenpora")])


def test_the_older_spelling_of_penasihat() -> None:
    s = "Ia didampingi Penasehat PWO DKI Jaya, Bambang Haryadi, dalam jumpa pers."
    _check(s, [("Penasehat PWO DKI Jaya, Bambang Haryadi", "Bambang Haryadi", "Penasehat PWO DKI Jaya")])


def test_an_english_post_in_an_english_department() -> None:
    s = (
        "Sementara itu, Deputy Director General Department Of International Affairs Vincent Lau "
        "menjelaskan rencana itu."
    )
    mention = "Deputy Director General Department Of International Affairs Vincent Lau"
    _check(s, [(mention, "Vincent Lau", "Deputy Director General Department Of International Affairs")])


def test_a_police_general_rank_written_in_full_leaves_the_title() -> None:
    s = "Kapolri Jenderal Polisi Listyo Sigit Prabowo meninjau gereja itu."
    _check(s, [("Kapolri Jenderal Polisi Listyo Sigit Prabowo", "Listyo Sigit Prabowo", "Kapolri")])


def test_no_holder_for_an_english_department_alone() -> None:
    assert extract_officials("Kerja sama itu dengan Department Of International Affairs Taiwan.") == []


# ------------------------------------------------------------- names


def test_a_regional_spelling_of_a_given_name_is_a_given_name() -> None:
    # Saipul for Saiful, Irpan for Irfan; a first-letter F is not respelled (Paris is no Faris)
    assert word_class("Saipul") is WordClass.GIV
    assert word_class("Irpan") is WordClass.GIV
    assert word_class("Paris") is not WordClass.GIV


def test_a_one_word_holder_in_regional_spelling() -> None:
    s = (
        "Tim disambut Wakil Bupati Way Kanan Edward Antoni didampingi Sekretaris Daerah Saipul "
        "beserta kepala dinas."
    )
    _check(
        s,
        [
            ("Wakil Bupati Way Kanan Edward Antoni", "Edward Antoni", "Wakil Bupati Way Kanan"),
            ("Sekretaris Daerah Saipul", "Saipul", "Sekretaris Daerah"),
        ],
    )


def test_a_religious_title_inside_a_model_span_opens_the_name() -> None:
    # the model ran the foundation's name into the holder's; KH opens the name
    s = "Kejaksaan menetapkan Ketua Yayasan Nurul Kaffah Rancamulya KH Ahmad Yazid Basyai sebagai tersangka."
    ents = _per(s, "Nurul Kaffah Rancamulya KH Ahmad Yazid Basyai")
    assert _officials(s, ents) == [
        Official(
            name="Ahmad Yazid Basyai",
            title="Ketua Yayasan Nurul Kaffah Rancamulya",
            span=(s.index("Ketua"), s.index(" sebagai")),
            name_span=(s.index("Ahmad"), s.index(" sebagai")),
        )
    ]


def test_an_initial_h_inside_a_model_span_stays_in_the_name() -> None:
    s = "Direktur Utama PT Garuda Indonesia Glenny H. Kairupan memimpin rapat itu."
    ents = _per(s, "Glenny H. Kairupan")
    assert [(o.name, o.title) for o in _officials(s, ents)] == [
        ("Glenny H. Kairupan", "Direktur Utama PT Garuda Indonesia")
    ]


# ------------------------------------------------------------- linking patterns


def test_appointment_verbs_link_the_holder_to_the_post() -> None:
    s = "Glenny Kairupan resmi menjabat Direktur Utama PT Garuda Indonesia pada Rabu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Glenny Kairupan", "Direktur Utama PT Garuda Indonesia")
    ]
    s = "Dalam rapat itu Budi Hartono diangkat menjadi Komisaris PT Angkasa Jaya."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Hartono", "Komisaris PT Angkasa Jaya")
    ]


def test_menjabat_without_a_post_after_it_links_nothing() -> None:
    assert extract_officials("Wamildan Tsani yang menjabat sejak November 2024 digantikan.") == []


def test_capitals_after_a_lowercase_post_set_after_a_name_are_its_body() -> None:
    # the body's own name (Arthaya Stable) is no second holder, even where the model says PER
    s = "Anto Budiarto, pengurus Arthaya Stable, mengatakan latihan berjalan lancar."
    ents = _per(s, "Anto Budiarto", "Arthaya Stable")
    assert [(o.name, o.title) for o in _officials(s, ents)] == [("Anto Budiarto", "pengurus Arthaya Stable")]


def test_a_capitalised_title_after_a_comma_still_names_its_holder() -> None:
    s = "Hal itu dibenarkan Marzuki, Kepala Dinas Sosial Sukamaju, Senin."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Marzuki", "Kepala Dinas Sosial Sukamaju")]


# ------------------------------------------------------------- English posts of companies (session 7)


def test_english_unit_words_before_an_english_post_are_one_head() -> None:
    t = "President Director PT Sinar Jaya Motor"
    _check(
        f"{t}, Kenji Watanabe, mengatakan penjualan naik.", [(f"{t}, Kenji Watanabe", "Kenji Watanabe", t)]
    )
    t = "Senior Brand Director Ponselku Indonesia"
    _check(f"{t}, Edi Kusnadi, mengungkapkan terima kasih.", [(f"{t}, Edi Kusnadi", "Edi Kusnadi", t)])
    t = "Sales and Marketing Director PT Mobil Prima Motor"
    _check(
        f"Menurut {t}, Bagus Santoso, mengatakan penjualan stabil.",
        [(f"{t}, Bagus Santoso", "Bagus Santoso", t)],
    )


def test_an_english_post_keeps_its_unit_words() -> None:
    s = "ujar Corporate Communication General Manager AMRT Nur Rahman saat dihubungi."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Nur Rahman", "Corporate Communication General Manager AMRT")
    ]
    s = "Chief of Operations Officer Gojek, Hana Putri, mengatakan fitur itu wajib."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Hana Putri", "Chief of Operations Officer Gojek")
    ]


def test_an_english_post_alone_after_a_name() -> None:
    s = "Dalam kesempatan yang sama, Justin Lee, Director Hemera International mengatakan investasi aman."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Justin Lee", "Director Hemera International")
    ]


def test_english_unit_words_without_a_post_hold_no_official() -> None:
    assert extract_officials("Ia bekerja di bagian Marketing Communication Bank Sentosa sejak lama.") == []
    assert extract_officials("Film itu digarap Director of Photography yang terkenal.") == []
    assert extract_officials("Peserta Senior Brand Ambassador Dewi Lestari tampil di panggung.") == []


# ------------------------------------------------------------- a board's list: Title: Name • … (session 7)


def test_a_bulleted_board_list_names_each_holder() -> None:
    s = (
        "Susunan direksi • Direktur Utama: Hery Gunawan • Direktur Network dan Retail Funding: "
        "Aris Rudianto • Komisaris Independen: Edi Susanto"
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Hery Gunawan", "Direktur Utama"),
        ("Aris Rudianto", "Direktur Network dan Retail Funding"),
        ("Edi Susanto", "Komisaris Independen"),
    ]


def test_a_name_before_a_colon_stays_a_name() -> None:
    s = "Kata Kepala Dinas Pendidikan Budi Santoso: kami siap menjalankan program itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Kepala Dinas Pendidikan")]


def test_a_field_before_a_colon_without_a_holder_after_it_gives_nothing() -> None:
    # Retail Funding: English unit words alone after a post name the unit (officials16)
    assert extract_officials("Direktur Retail Funding: belum ada yang ditunjuk hingga kini.") == []


# ------------------------------------------- wakil <country>: a side's representative (session 7)


def test_a_bare_wakil_before_a_country_is_no_official() -> None:
    assert extract_officials("Ganda putri kita menang atas wakil Malaysia Pearly Tan dengan skor 21-9.") == []
    assert (
        extract_officials("Jonatan menang atas wakil Jepang Kenta Nishimoto dalam final Hong Kong Open.")
        == []
    )


def test_a_wakil_before_a_post_is_still_a_deputy() -> None:
    s = "Acara dibuka oleh wakil Ketua DPRD Bali Nyoman Sugawa Korry."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Nyoman Sugawa Korry", "wakil Ketua DPRD Bali")
    ]
    s = "Wakil Bupati Sleman Danang Maharsa membuka acara itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Danang Maharsa", "Wakil Bupati Sleman")]


# ------------------------------------------- an unknown company name before a whole PER name (session 7)


def test_unknown_words_before_a_whole_per_name_are_the_organisation() -> None:
    s = "Analis sekaligus Kepala Riset Monex Investindo Ariston Tjendra memproyeksi harga emas."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Ariston Tjendra"))] == [
        ("Ariston Tjendra", "Kepala Riset Monex Investindo")
    ]


def test_unknown_words_before_a_one_word_per_name_stay_in_the_name() -> None:
    # the model saw only the family name: the unknown word before it is the first name
    s = "Kepala Dinas Kesehatan Sleman Khamidah Yuliati mengatakan kasus menurun."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Yuliati"))] == [
        ("Khamidah Yuliati", "Kepala Dinas Kesehatan Sleman")
    ]


@pytest.mark.xfail(
    strict=True, reason="an unknown company name after a post, with no holder, reads as a name"
)
def test_an_unknown_company_after_a_post_without_a_holder_gives_nothing() -> None:
    s = "Kepala Riset Monex Investindo mengatakan harga emas turun."
    assert extract_officials(s) == []


# ------------------------------------------- a given name that is also a place, after a comma (session 7)


def test_a_place_that_is_a_given_name_opens_the_name_after_a_comma() -> None:
    s = "Kepala Badan Kepegawaian Negara (BKN), Bima Haria Wibisana mengatakan tunjangan naik."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Bima Haria Wibisana", "Kepala Badan Kepegawaian Negara (BKN)")
    ]


def test_the_same_place_right_after_the_post_is_its_region() -> None:
    s = "Bupati Bima Indah Dhamayanti Putri mengatakan tunjangan naik."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Indah Dhamayanti Putri", "Bupati Bima")]


def test_an_english_unit_word_before_a_name_ends_the_title() -> None:
    s = '"Ini bagus," ujar Director of Global AI Product Martin Liu dalam acara itu.'
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Martin Liu", "Director of Global AI Product")
    ]


def test_a_time_conjunction_ends_a_title_after_selaku() -> None:
    s = '"Ini luar biasa," ujar Nixon Napitupulu selaku Direktur Utama BTN usai rapat di Jakarta.'
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Nixon Napitupulu", "Direktur Utama BTN")]
    s = "Budi Santoso selaku kepala bidang usaha mikro mengatakan bantuan disalurkan."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Santoso", "kepala bidang usaha mikro")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an Indonesian title: the English unit word is the holder's first name
        (
            "Kepala Dinas Sosial Junior Siregar mengatakan bantuan sudah disalurkan kepada warga.",
            [("Kepala Dinas Sosial Junior Siregar", "Junior Siregar", "Kepala Dinas Sosial")],
        ),
        (
            "Direktur Utama BTN Junior Siregar mengatakan kredit perumahan naik tahun ini.",
            [("Direktur Utama BTN Junior Siregar", "Junior Siregar", "Direktur Utama BTN")],
        ),
        # after a title and a colon, with no title before the name in the segment
        (
            "Kepala Dinas Sosial: Junior Siregar.",
            [("Kepala Dinas Sosial: Junior Siregar", "Junior Siregar", "Kepala Dinas Sosial")],
        ),
        # an English title still ends at its unit word
        (
            '"Ini bagus," ujar Director of Global AI Product Martin Liu dalam acara itu.',
            [("Director of Global AI Product Martin Liu", "Martin Liu", "Director of Global AI Product")],
        ),
    ],
)
def test_an_english_unit_word_ends_only_an_english_title(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(sentence, expected)


def test_an_indonesian_title_with_no_holder_gives_nothing() -> None:
    s = "Surat itu ditandatangani Kepala Dinas Sosial Kota Medan pada Senin."
    assert extract_officials(s) == []


@pytest.mark.xfail(strict=True, reason="an English title's last unit words with no holder read as a name")
def test_an_english_title_with_no_holder_gives_nothing() -> None:
    assert extract_officials("Posisi Director of Global AI Product di perusahaan itu masih kosong.") == []


def test_an_english_title_after_menjabat_with_no_name_before_gives_nothing() -> None:
    # menjabat links a holder before it; a pronoun there is none (s13-officials10)
    assert extract_officials("Ia kini menjabat Director of Global AI Product di perusahaan itu.") == []


def test_a_field_before_a_colon_goes_with_the_title_and_the_holder_after_it() -> None:
    s = "Direktur Network dan Retail Funding: Aris Rudianto."
    _check(s, [(s[:-1], "Aris Rudianto", "Direktur Network dan Retail Funding")])
