"""The role grammar (issue 13): one test group per construction, whole records with spans.

Sentences are written for these tests in the style of Indonesian regional news; names and
places are made up or public office holders' public names.
"""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.people.names import PersonIndex
from extract.people.officials import extract_officials
from extract.people.persons import extract_persons
from extract.people.roles import scan_roles
from extract.people.titles import drop_glosses
from extract.records import Entity, Official, Person
from tests.official_records import official_record as _rec


def _per(sentence: str, *names: str) -> list[Entity]:
    out = []
    for n in names:
        s = sentence.index(n)
        out.append(Entity(n, "PER", (s, s + len(n))))
    return out


def _officials(sentence: str, ents: list[Entity] | None = None) -> list[Official]:
    vetted = vet_entities(sentence, ents or [])
    return extract_officials(sentence, roles=scan_roles(sentence, vetted))


# ---------------------------------------------------------------------- a short PER entity


def test_a_per_entity_on_the_last_name_only_does_not_cut_the_name() -> None:
    # the model saw only the family name; the words before it are names, not title
    s = "Kepala Bidang Pengendalian Penyakit Dinkes Bantul Suryani Handayani mengatakan kasus menurun."
    assert _officials(s, _per(s, "Handayani")) == [
        _rec(
            s,
            "Kepala Bidang Pengendalian Penyakit Dinkes Bantul Suryani Handayani",
            "Suryani Handayani",
            "Kepala Bidang Pengendalian Penyakit Dinkes Bantul",
        )
    ]


# ---------------------------------------------------------------------- PersonIndex


def test_person_index_points_short_names_spans_and_titles_to_the_full_name() -> None:
    s = "Bupati Sleman Kustini Sri Purnomo membuka acara. Kustini menambahkan, bupati akan hadir."
    roles = scan_roles(s)
    officials = extract_officials(s, roles=roles)
    persons = extract_persons(s, officials=officials, roles=roles)
    idx = PersonIndex(persons, officials)
    later = s.index("Kustini", 20)
    assert persons == [Person("Kustini Sri Purnomo", ((14, 33), (later, later + 7)))]
    assert idx.by_name("Kustini") == "Kustini Sri Purnomo"
    assert idx.at((later, later + 7)) == "Kustini Sri Purnomo"
    assert idx.by_title("Bupati") == "Kustini Sri Purnomo"
    assert idx.by_name("Budi") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Rapat dihadiri Forkopimda, Kepala OPD, camat dan tokoh masyarakat setempat.",
        "Hadir Kasudin Kesehatan, Kasudin Pendidikan dan para lurah.",
        "Kegiatan itu diikuti para kepala desa se-Kecamatan Ngawen.",
    ],
)
def test_unnamed_posts_give_no_official(sentence: str) -> None:
    assert _officials(sentence) == []


# ---------------------------------------------------------------------- ranks, units, degrees


def test_a_rank_between_commas_goes_with_the_name_after_it() -> None:
    s = "Kabid Humas Polda Jambi, AKBP, Sugeng Hariyadi mengatakan patroli digelar tiap malam."
    assert _officials(s) == [
        _rec(
            s, "Kabid Humas Polda Jambi, AKBP, Sugeng Hariyadi", "Sugeng Hariyadi", "Kabid Humas Polda Jambi"
        )
    ]


def test_a_unit_number_right_after_the_head_is_part_of_the_title() -> None:
    s = "Apel dihadiri Dandim 0812 Lamongan Letkol Inf Suharto Sutopo dan jajaran."
    assert _officials(s) == [
        _rec(s, "Dandim 0812 Lamongan Letkol Inf Suharto Sutopo", "Suharto Sutopo", "Dandim 0812 Lamongan")
    ]


def test_a_numbered_assistant_is_a_title() -> None:
    s = "Asisten 2 Sekretariat Daerah Kab. Blitar, Rudi Hartanto membuka acara itu."
    assert _officials(s) == [
        _rec(
            s,
            "Asisten 2 Sekretariat Daerah Kab. Blitar, Rudi Hartanto",
            "Rudi Hartanto",
            "Asisten 2 Sekretariat Daerah Kab. Blitar",
        )
    ]


def test_a_unit_numbered_in_roman_numerals_is_part_of_the_title() -> None:
    s = "Kepala Kesehatan Kodam (Kakesdam) V/Brawijaya Kolonel Ckm dr Agus Salim Sp.B hadir di lokasi."
    [o] = _officials(s)
    assert (o.name, o.title) == ("Agus Salim", "Kepala Kesehatan Kodam (Kakesdam) V/Brawijaya")


def test_a_degree_in_capitals_without_dots_is_dropped() -> None:
    s = '"Pelatihan ini penting," kata Kepala DKUPP Balangan, Sarwani SP.\nSarwani berharap koperasi tumbuh.'
    [o] = _officials(s)
    assert (o.name, o.title, s[o.name_span[0] : o.name_span[1]]) == (
        "Sarwani",
        "Kepala DKUPP Balangan",
        "Sarwani",
    )


def test_haji_and_an_initial_glued_keep_the_initial() -> None:
    s = "Sementara itu, Bupati HM Sukri Hamzah, saat membuka diklat mengatakan koperasi penting."
    [o] = _officials(s)
    assert (o.name, o.title, o.name_span) == (
        "M Sukri Hamzah",
        "Bupati",
        (s.index("M Sukri"), s.index(",", 20)),
    )


def test_teungku_is_a_religious_title_dropped_from_the_name() -> None:
    s = "Acara itu dibuka Bupati Aceh Barat Daya, Tgk. Safaruddin."
    [o] = _officials(s)
    assert (o.name, o.title) == ("Safaruddin", "Bupati Aceh Barat Daya")


def test_a_lowercase_body_after_the_head_is_part_of_the_title() -> None:
    s = "Ketua panitia OSN 2025 Rina Maharani mengatakan peserta tahun ini bertambah."
    assert _officials(s) == [
        _rec(
            s, "Ketua panitia OSN 2025 Rina Maharani", "Rina Maharani", "Ketua panitia OSN"
        )  # the year dates the post
    ]


def test_a_place_name_that_is_also_a_given_name_after_a_place() -> None:
    s = "Turut hadir Wali Kota Bogor Rama Yuda dan sejumlah pejabat."
    assert _officials(s, _per(s, "Rama Yuda")) == [
        _rec(s, "Wali Kota Bogor Rama Yuda", "Rama Yuda", "Wali Kota Bogor")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Posko berada di Kantor Lurah Tuminting, Masjid Raya, dan Taas.",
        "Warga berkumpul di depan Rujab Bupati Sleman untuk menyampaikan aspirasi.",
    ],
)
def test_a_building_named_after_a_post_holds_no_official(sentence: str) -> None:
    assert _officials(sentence) == []


def test_an_occupation_with_a_lowercase_body_is_no_official() -> None:
    s = "Pemilik warung, Sumiati, mengatakan omzetnya turun."
    assert _officials(s) == []
    roles = scan_roles(s)
    assert persons_of(s, roles) == [Person("Sumiati", ((16, 23),))]


def persons_of(s: str, roles: list) -> list[Person]:
    return extract_persons(s, officials=extract_officials(s, roles=roles), roles=roles)


# ---------------------------------------------------------------------- diketuai, abbreviations


def test_a_body_diketuai_its_head() -> None:
    s = "Tim Penggerak PKK Kabupaten Bantul diketuai Emi Masruroh Halim."
    assert _officials(s) == [
        _rec(
            s,
            "Tim Penggerak PKK Kabupaten Bantul diketuai Emi Masruroh Halim",
            "Emi Masruroh Halim",
            "Ketua Tim Penggerak PKK Kabupaten Bantul",
        )
    ]


def test_a_body_dikepalai_oleh_its_head() -> None:
    s = "Saat ini Dinas Sosial Kota Kediri dikepalai oleh Wahyu Kusumo, yang baru dilantik."
    [o] = _officials(s)
    assert (o.name, o.title) == ("Wahyu Kusumo", "Kepala Dinas Sosial Kota Kediri")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rapat itu dipimpin oleh Ahmad Fauzi sejak pagi.",  # no body named
        "Kelompok itu diketuai seorang pemuda desa.",  # no name
    ],
)
def test_passive_heads_without_a_body_or_a_name(sentence: str) -> None:
    assert _officials(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kepala Desa Sukamaju Moch. Ridwan mengatakan jalan itu rusak.", "Moch. Ridwan"),
        ("Camat Tanggulangin Muh. Ali Imron mengatakan warga diminta waspada.", "Muh. Ali Imron"),
    ],
)
def test_a_given_name_shortened_with_a_full_stop_stays_in_the_name(sentence: str, name: str) -> None:
    [o] = _officials(sentence)
    assert o.name == name and sentence[o.name_span[0] : o.name_span[1]] == name


# ---------------------------------------------------------------------- lowercase titles and ranks


def test_lowercase_title_and_rank() -> None:
    s = "Menurut kasat Reskrim Polres Bantul iptu Rudi Hartono, pelaku sudah ditahan."
    assert _officials(s) == [
        _rec(
            s, "kasat Reskrim Polres Bantul iptu Rudi Hartono", "Rudi Hartono", "kasat Reskrim Polres Bantul"
        )
    ]


def test_lowercase_abbreviated_head_with_its_office() -> None:
    s = "Hal itu disampaikan kabid Pencegahan BPBD Sleman Joko Lelono di kantornya."
    [o] = _officials(s)
    assert (o.name, o.title) == ("Joko Lelono", "kabid Pencegahan BPBD Sleman")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tolong kasi Budi uang itu sekarang.",  # `kasi` the verb (give), no office named
        "Dia bilang kabid Budi sudah pulang.",  # a lowercase abbreviation needs its office
    ],
)
def test_lowercase_abbreviation_without_an_office_is_no_title(sentence: str) -> None:
    assert _officials(sentence) == []


def test_commas_and_an_ampersand_inside_a_company_title() -> None:
    s = (
        "Manager Communication, Relations & CSR PT Pertamina Patra Niaga, Eko Kristiawan, "
        "mengatakan stok aman."
    )
    assert _officials(s) == [
        _rec(
            s,
            "Manager Communication, Relations & CSR PT Pertamina Patra Niaga, Eko Kristiawan",
            "Eko Kristiawan",
            "Manager Communication, Relations & CSR PT Pertamina Patra Niaga",
        )
    ]


# ---------------------------------------------------------------------- names the scraper damaged


def test_a_speech_verb_glued_to_the_name_is_cut_off() -> None:
    s = "Dalam sambutannya, Kepala Dinas Koperasi UKM, Em Zubirberharap agar mengikuti diklat."
    [o] = _officials(s)
    assert (o.name, s[o.name_span[0] : o.name_span[1]]) == ("Em Zubir", "Em Zubir")


def test_a_per_entity_that_ends_inside_a_degree_is_trimmed() -> None:
    s = "Kolonel Ckm dr Bayu Saputra Sp.B, disela-sela peninjauan, merawat korban."
    ents = vet_entities(s, _per(s, "Bayu Saputra Sp"))
    got = extract_persons(s, ents, roles=scan_roles(s, ents))
    assert [(p.name, p.mentions) for p in got] == [("Bayu Saputra", ((s.index("Bayu"), s.index(" Sp")),))]


# ---------------------------------------------------------------------- nicknames, old degrees, ranks


def test_a_nickname_in_brackets_after_the_name() -> None:
    s = "Bupati Jember Hendy Siswanto (Mas Hendy) membuka festival itu."
    assert _officials(s) == [_rec(s, "Bupati Jember Hendy Siswanto", "Hendy Siswanto", "Bupati Jember")]


def test_a_two_part_degree_before_the_name() -> None:
    s = "Sekretaris Dinas Pendidikan Kota Malang, Drs. Ec. Suwarjana, M.M., mengatakan sekolah siap."
    [o] = _officials(s)
    assert (o.name, o.title) == ("Suwarjana", "Sekretaris Dinas Pendidikan Kota Malang")


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Kasat Lantas Polres Sleman, AKP Mahmudi Kurniawan, mengatakan arus lancar.",
            "Mahmudi Kurniawan",
            "Kasat Lantas Polres Sleman",
        ),
        (
            "Pangdam IV/Diponegoro Mayjen TNI Deddy Suryadi meninjau lokasi.",
            "Deddy Suryadi",
            "Pangdam IV/Diponegoro",
        ),
        ("Kapolda Jateng Irjen Pol Ribut Hari Wibowo memimpin apel.", "Ribut Hari Wibowo", "Kapolda Jateng"),
        ("Dandim 0734/Yogyakarta Letkol Czi Ahmad Fauzi hadir.", "Ahmad Fauzi", "Dandim 0734/Yogyakarta"),
    ],
)
def test_ranks_with_corps_and_service_words(sentence: str, name: str, title: str) -> None:
    [o] = _officials(sentence)
    assert (o.name, o.title, sentence[o.name_span[0] : o.name_span[1]]) == (name, title, name)


def test_a_first_name_that_is_also_a_common_word_after_a_closing_comma() -> None:
    s = "ENDE – Kepala Dinas Pariwisata Kabupaten Ende, Even Rado Wula, menyampaikan terima kasih."
    assert _officials(s) == [
        _rec(
            s,
            "Kepala Dinas Pariwisata Kabupaten Ende, Even Rado Wula",
            "Even Rado Wula",
            "Kepala Dinas Pariwisata Kabupaten Ende",
        )
    ]


def test_a_derived_noun_after_a_comma_stays_title() -> None:
    s = "Kepala Dinas Perdagangan, Perindustrian Koperasi Ramli Hasan mengatakan harga stabil."
    assert [o.name for o in _officials(s)] != ["Perindustrian Koperasi Ramli Hasan"]


def test_a_rank_written_out_with_its_abbreviation_after_the_title() -> None:
    s = "Kata Kabidhumas Polda Sultra, Komisaris Besar Polisi (Kombes Pol) Heri Santoso, Kamis."
    assert _officials(s) == [
        _rec(
            s,
            "Kabidhumas Polda Sultra, Komisaris Besar Polisi (Kombes Pol) Heri Santoso",
            "Heri Santoso",
            "Kabidhumas Polda Sultra",
        )
    ]


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        (
            "Kepala Badan Penanggulangan Bencana Daerah dan Pemadam Kebakaran (BPBD dan Damkar) "
            "Kabupaten Banjar",
            True,
        ),
        ("Kepala Dinas Perdagangan Perindustrian Koperasi dan UKM (Disdagperinkop UKM) Jambi", True),
        ("Pemilik UMKM Bintang Jaya Itah (Handycraft)", False),
        ("Kepala Seksi Pelayanan (bidang kesehatan) Puskesmas Ubud", False),
    ],
)
def test_an_abbreviation_in_brackets_stays_in_the_title_a_gloss_goes(title: str, kept: bool) -> None:
    assert ("(" in drop_glosses(title)) is kept


def test_an_electoral_district_after_the_body_is_part_of_the_title() -> None:
    s = "Acara itu dihadiri anggota DPRD Karangasem Dapil Pengasih Kidul, Gede Sumantra."
    [o] = _officials(s)
    assert (o.name, o.title) == ("Gede Sumantra", "anggota DPRD Karangasem Dapil Pengasih Kidul")


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Turut hadir Wali Kota Bogor Rama Yuda dan sejumlah pejabat.", "Rama Yuda", "Wali Kota Bogor"),
        ("Bupati Bima Indah Dhamayanti Putri hadir.", "Indah Dhamayanti Putri", "Bupati Bima"),
    ],
)
def test_a_given_name_that_is_also_a_place_without_the_model(sentence: str, name: str, title: str) -> None:
    [o] = _officials(sentence)
    assert (o.name, o.title) == (name, title)


# ---------------------------------------------------------------------- people with an occupation


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Sementara itu, peserta pelatihan tata rias, Jumiah mengaku senang.", "Jumiah", "peserta"),
        ("Kali ini dia mendatangi Darsih (61) warga Dusun Krajan.", "Darsih", "warga Dusun Krajan"),
        (
            "Petugas itu mendatangi tokoh masyarakat, Rosidin di Dusun Kampungbaru.",
            "Rosidin",
            "tokoh masyarakat",
        ),
    ],
)
def test_a_person_named_with_an_occupation(sentence: str, name: str, title: str) -> None:
    roles = scan_roles(sentence)
    assert [(r.name, r.title, r.official) for r in roles] == [(name, title, False)]
    assert _officials(sentence) == []
    [p] = persons_of(sentence, roles)
    assert p.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Petani menanam, Budi datang kemudian.",  # a verb right after the occupation ends it
        "Ia nasabah, Bank Century di Jakarta.",
    ],
)
def test_no_person_with_an_occupation(sentence: str) -> None:
    assert scan_roles(sentence) == []


def test_a_double_family_name_groups_with_its_parts() -> None:
    s = "Ketua TP-PKK Sulut dr. Rita Maya Dondokambey-Tamuntuan membuka acara. Tamuntuan berharap warga."
    roles = scan_roles(s)
    persons = persons_of(s, roles)
    assert [p.name for p in persons] == ["Rita Maya Dondokambey-Tamuntuan"]
    assert len(persons[0].mentions) == 2


# ---------------------------------------------------------------------- the model's one-word persons


@pytest.mark.parametrize(
    ("sentence", "word", "kept"),
    [
        ("Warga menikmati Ngaben di pantai itu.", "Ngaben", False),  # no person context
        ("Hal itu disampaikan Pak Darto kepada warga.", "Darto", True),  # an honorific
        ("Jalan itu rusak, kata Sarmili kepada wartawan.", "Sarmili", True),  # a speech verb
        ("Beasiswa diterima Sarmili dan Nina Sefrina tahun ini.", "Sarmili", True),  # listed with a person
        ("Panen tahun ini bagus, Agus menambahkan.", "Agus", True),  # a known given name
    ],
)
def test_a_one_word_model_person_needs_evidence(sentence: str, word: str, kept: bool) -> None:
    ents = vet_entities(
        sentence, _per(sentence, word) + ([_per(sentence, "Nina Sefrina")[0]] if "Nina" in sentence else [])
    )
    names = {p.name for p in extract_persons(sentence, ents, roles=scan_roles(sentence, ents))}
    assert (word in names) is kept
