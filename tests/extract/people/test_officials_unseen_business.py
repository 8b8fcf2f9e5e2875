"""Officials on national business and tech news never tuned on (issue 13, session 11).

Found by reading warta's officials on news-raw articles of a national portal's business, tech and
news desks. Every sentence here is written for the test: names and companies are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec

# ------------------------------------------------------------- chief officers and vice presidents


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("VP Corporate Communication PT Sinar Energi (Persero)", "Budi Hartono"),
        ("VP Retail Fuel Sales Sinar Energi Niaga", "Dewi Lestari"),
        ("EVP Sustainable Development PT Tambang Raya", "Agus Salim"),
        ("CFO Bank Sentosa", "Rina Marlina"),
    ],
)
def test_a_vice_president_or_chief_officer_short_title_names_its_holder(title: str, name: str) -> None:
    s = f"Sementara itu, {title} {name} mengatakan stok aman."
    assert extract_officials(s) == [_rec(s, f"{title} {name}", name, title)]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Chief Analyst Mitra Berjangka Futures", "Hendra Wijaya"),
        ("Senior Product Security Engineer Kodeku", "Andi Pratama"),
        ("Chief Investment Officer BPI Nusantara", "Rudi Salim"),
        ("Chief Enterprise Business Officer Jaringku", "Doni Kusuma"),
        ("Deputy Director of Government Relations Belanjaku", "Sari Wulandari"),
        ("Chief of Corporate Affairs Astana", "Yudi Prasetyo"),
    ],
)
def test_more_english_unit_and_post_words_make_one_head(title: str, name: str) -> None:
    s = f"Menanggapi hal tersebut, {title}, {name}, menilai target itu realistis."
    assert extract_officials(s) == [_rec(s, f"{title}, {name}", name, title)]


def test_an_english_head_after_its_unit_or_before_of_is_a_post() -> None:
    t = "Marketing and Communication Department Head Jalan Tol Sukamaju Regional Division"
    s = f"Hal itu disampaikan {t}, Panji Nugroho, dalam keterangannya."
    assert extract_officials(s) == [_rec(s, f"{t}, Panji Nugroho", "Panji Nugroho", t)]
    s = '"Pasar naik," kata Rudi Hartawan, Head of Product, AV Business Elektronik Jaya Indonesia.'
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Rudi Hartawan", "Head of Product, AV Business Elektronik Jaya Indonesia")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ia pun mengecam keras para CEO karena tidak bertanggung jawab atas PHK itu.",
        "Laporan itu menyebut tugas-tugas CEO kini dibantu AI. Kata laporan itu, VP dan direktur terdampak.",
        "Ia melamar posisi Senior Product Engineer di sebuah perusahaan rintisan.",
    ],
)
def test_an_english_post_with_no_name_after_it_holds_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


# ------------------------------------------------------------- the body's word the model takes into the name


def test_the_body_s_word_opening_the_model_s_name_stays_in_the_title() -> None:
    # the article calls the holder Huang and writes Nusatron alone: the name starts after it
    s = (
        "Menurut CEO Nusatron Jensen Huang, chip itu aman. Produk Nusatron laris di pasar. "
        '"Ini tidak masuk akal," tegas Huang dalam wawancara.'
    )
    assert _officials(s, _per(s, "Nusatron Jensen Huang")) == [
        _rec(s, "CEO Nusatron Jensen Huang", "Jensen Huang", "CEO Nusatron")
    ]


def test_the_title_s_last_english_unit_words_in_the_model_s_name_stay_in_the_title() -> None:
    s = (
        '"Kita jaga jaringan," ujar VP Brand & Marketing Communications Selulerku Emir G. Surya '
        "dalam konferensi pers. Selulerku siap melayani. Emir menambahkan trafik naik."
    )
    t = "VP Brand & Marketing Communications Selulerku"
    assert _officials(s, _per(s, "Marketing Communications Selulerku Emir G. Surya")) == [
        _rec(s, f"{t} Emir G. Surya", "Emir G. Surya", t)
    ]


def test_a_first_name_the_article_says_alone_stays_the_name() -> None:
    # Nixon is said alone (kata Nixon): the first name, though written without the rest elsewhere
    s = (
        "Direktur Utama Bank Sentosa Nixon Hadi Saputra mengatakan kredit naik. Nixon juga menyebut "
        'KPR subsidi naik. "Kami siap," kata Nixon.'
    )
    t = "Direktur Utama Bank Sentosa"
    assert _officials(s, _per(s, "Nixon Hadi Saputra")) == [
        _rec(s, f"{t} Nixon Hadi Saputra", "Nixon Hadi Saputra", t)
    ]


def test_a_later_word_before_a_speech_verb_in_the_mention_itself_calls_no_one() -> None:
    # Lestari mengatakan is this very mention; Ratna alone later is the first name, not a body
    s = (
        "Gubernur Sukamaju, Ratna Dewi Lestari mengatakan pelatihan itu penting. "
        "Ratna menegaskan, UMKM harus naik kelas."
    )
    assert _officials(s, _per(s, "Ratna Dewi Lestari")) == [
        _rec(s, "Gubernur Sukamaju, Ratna Dewi Lestari", "Ratna Dewi Lestari", "Gubernur Sukamaju")
    ]


def test_a_body_word_with_no_later_word_said_alone_is_left_to_the_model() -> None:
    # nothing in the article shows where the name starts: the model's span stands
    s = "Menurut CEO Nusatron Jensen Huang, chip itu aman. Produk Nusatron laris di pasar."
    assert [o.name for o in _officials(s, _per(s, "Nusatron Jensen Huang"))] == ["Nusatron Jensen Huang"]


# ------------------------------------------------------------- a second post after `yang juga … sebagai`


def test_a_second_post_after_a_holder_link_with_no_name_before_names_the_holder_after_the_comma() -> None:
    t = "Chief Operating Officer (COO) Nusantara Investama"
    s = f"Kepala Badan Pengaturan BUMN yang juga menjabat sebagai {t}, Dony Saputra, menegur direksi."
    assert extract_officials(s) == [_rec(s, f"{t}, Dony Saputra", "Dony Saputra", t)]


def test_a_holder_link_after_a_name_still_gives_that_name() -> None:
    s = "Dony Saputra yang juga menjabat sebagai Ketua Koperasi Sinar Abadi hadir dalam rapat itu."
    found = [(o.name, o.title) for o in extract_officials(s)]
    assert found == [("Dony Saputra", "Ketua Koperasi Sinar Abadi")]


# ------------------------------------------------------------- more heads


def test_a_mosque_s_head_imam_is_a_post() -> None:
    t = "Imam Besar Masjid Raya Sukamaju"
    s = f"Menteri Agama sekaligus {t}, Nasrul Hakim mengatakan hewan kurban sudah diterima."
    assert extract_officials(s) == [_rec(s, f"{t}, Nasrul Hakim", "Nasrul Hakim", t)]


def test_the_chief_of_general_staff_is_a_post() -> None:
    s = "Turut hadir Kasum TNI, Letjen TNI Richard Simatupang dalam pemeriksaan itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Richard Simatupang", "Kasum TNI")]


# ------------------------------------------------------------- initials in the middle of a name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Kredit naik, kata Direktur Utama Bank Sentosa, Nixon LP Simatupang, kepada wartawan. "
            "Nixon menyebut kuota masih ada.",
            "Nixon LP Simatupang",
        ),
        (
            "Sekretaris Perusahaan Energi Niaga Roberth LP Simatupang mengatakan stok aman. "
            "Roberth menambahkan pasokan lancar.",
            "Roberth LP Simatupang",
        ),
    ],
)
def test_initials_after_a_first_name_said_alone_are_in_the_name(sentence: str, name: str) -> None:
    assert [o.name for o in extract_officials(sentence)] == [name]


def test_a_body_s_short_name_that_recurs_is_no_initials() -> None:
    # KB is written alone again: the body's short name, the holder is Budi Santoso
    s = (
        "Ketua Koperasi Sinar KB Budi Santoso mengatakan simpanan naik. KB juga membuka cabang baru. "
        "Sinar menambahkan pinjaman lancar."
    )
    assert [o.name for o in extract_officials(s)] == ["Budi Santoso"]


# ------------------------------------------------------------- a post's area, field or event before the comma


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Koordinator BGN wilayah Kepulauan Sukamaju", "Sahril"),
        ("Penasihat Gubernur Bali bidang lingkungan", "Rudi Hartono"),
        ("Ketua Pelaksana kegiatan", "Ahmad Fauzi"),
    ],
)
def test_a_scope_phrase_after_a_title_reaches_the_holder_after_the_comma(title: str, name: str) -> None:
    s = f"{title}, {name}, menyebut persiapan sudah matang."
    assert extract_officials(s) == [_rec(s, f"{title}, {name}", name, title)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb in the phrase: a clause, not the title's scope
        "Bupati Sleman kegiatan ini dibuka pada pagi hari, Budi Santoso hadir bersama warga.",
        # an occupation's scope names no post
        "Seorang petani wilayah Sukamaju, Budi Santoso, mengeluhkan harga pupuk.",
    ],
)
def test_a_scope_phrase_with_a_verb_or_after_an_occupation_reaches_no_holder(sentence: str) -> None:
    assert [o.name for o in extract_officials(sentence)] == []


# ------------------------------------------------------------- `&` inside a title


def test_posts_joined_by_an_ampersand_are_one_english_head() -> None:
    t = "President & CEO Elektronik Jaya Asia Tenggara"
    s = f"Pandangan itu disampaikan {t}, Kim Soo-hyun, saat menjelaskan visi perusahaan."
    assert extract_officials(s) == [_rec(s, f"{t}, Kim Soo-hyun", "Kim Soo-hyun", t)]


def test_a_word_right_after_an_ampersand_in_a_title_is_no_holder() -> None:
    # the body's name goes on after `&`: its last word is no holder
    s = '"Kami percaya inovasi," ujar CU Kim, President & CEO Elektronik Jaya Asia & Oceania, kata dia.'
    assert extract_officials(s) == []
    # a firm named after two partners: the model's name after `&` is the second partner's, no holder
    s = "Sang ayah juga salah satu pendiri kantor hukum Wiradinata & Tjoa Sudarmo, lahir di Pekalongan."
    assert _officials(s, _per(s, "Tjoa Sudarmo")) == []


def test_a_holder_after_a_body_that_an_ampersand_goes_on_with_stays() -> None:
    t = "Kepala Departemen Pengelolaan Moneter & Aset Sekuritas BI"
    s = f"{t} Erwin Haryanto mengatakan rupiah stabil."
    assert extract_officials(s) == [_rec(s, f"{t} Erwin Haryanto", "Erwin Haryanto", t)]


# ------------------------------------------------------------- a first name that is also a body's word


def test_a_first_name_that_is_a_body_s_word_is_the_name_when_the_article_calls_the_person_by_it() -> None:
    # Karang Taruna is a youth body, so Taruna reads as the body's word; `terang Taruna` calls a person
    s = (
        "Kepala BPOM RI Taruna Wijaya menekankan penyalahgunaan obat sudah darurat. "
        '"Dampaknya serius," terang Taruna dalam keterangan tertulis.'
    )
    assert extract_officials(s) == [
        _rec(s, "Kepala BPOM RI Taruna Wijaya", "Taruna Wijaya", "Kepala BPOM RI")
    ]


def test_a_body_s_word_the_article_writes_after_the_body_again_stays_in_the_title() -> None:
    # Partai Demokrat elsewhere: `mengatakan Demokrat` names the party, not a person
    s = (
        "Ketua Umum (Ketum) Partai Demokrat Agus Santoso merespons putusan itu. "
        "Ia mengatakan Demokrat mendukung keputusan itu. Partai Demokrat sendiri selalu mendukung."
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Agus Santoso", "Ketua Umum (Ketum) Partai Demokrat")
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a first name that is a body's word, said nowhere else alone: no evidence it opens the name",
)
def test_a_first_name_that_is_a_body_s_word_said_once_is_the_name() -> None:
    s = "Kepala BPOM RI Taruna Wijaya menekankan penyalahgunaan obat sudah darurat, kata dia."
    assert [o.name for o in extract_officials(s)] == ["Taruna Wijaya"]


# ------------------------------------------------------------- a list of the unit's fields inside the title


def test_a_field_between_commas_before_dan_goes_on_with_the_title() -> None:
    t = "Deputi Bidang Koordinasi Pemerataan Pembangunan Wilayah, Agraria, dan Tata Ruang"
    s = f"Menteri didampingi {t} Nazib Santoso dalam pertemuan itu."
    assert _officials(s, _per(s, "Nazib Santoso")) == [_rec(s, f"{t} Nazib Santoso", "Nazib Santoso", t)]


def test_a_name_between_commas_before_dan_is_still_a_holder() -> None:
    s = "Hadir Bupati Sleman, Kustini, dan Wakil Bupati Sleman Danang Maharsa dalam acara itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Kustini", "Bupati Sleman"),
        ("Danang Maharsa", "Wakil Bupati Sleman"),
    ]


# ------------------------------------------------------------- an event's name after a region, with its year


def test_an_event_s_name_after_a_region_and_before_its_year_goes_on_with_the_title() -> None:
    s = "Ketua Panitia Riau Bhayangkara Run 2026, Kombes Daniel Santoso, mengatakan lomba itu ramai."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Daniel Santoso", "Ketua Panitia Riau Bhayangkara Run")
    ]


def test_headline_words_after_a_region_with_no_year_still_end_the_title() -> None:
    assert extract_officials("Bupati Lanny Jaya Sumbang Rp1 Miliar untuk Korban Banjir") == []


# ------------------------------------------------------------- words that date the holding before the name


@pytest.mark.parametrize(
    ("title", "then", "name"),
    [
        ("Gubernur Bank Sentral (BS)", "yang baru", "Hendra Wijaya"),
        ("Direktur Perum Pangan", "yang baru", "Budi Santoso"),
        ("Perdana Menteri Jepang", "saat itu", "Kenji Sato"),
        ("Kapolres Sukamaju", "sebelumnya,", "Rudi Hartono,"),
    ],
)
def test_words_dating_the_holding_before_the_name_keep_the_holder(title: str, then: str, name: str) -> None:
    s = f"Ketua DPR optimistis {title} {then} {name} akan diterima pasar dengan baik."
    holder = name.rstrip(",")
    mention = f"{title} {then} {holder}"
    assert extract_officials(s) == [_rec(s, mention, holder, title)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gubernur Jawa Barat saat itu mengatakan bahwa stok beras aman.",
        "Direktur Perum Pangan yang baru dilantik pada Senin lalu.",
        "Bupati Sleman sebelumnya menolak usulan itu.",
    ],
)
def test_words_that_date_the_holding_before_no_name_give_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


# ------------------------------------------------------------- a field list right after the head


@pytest.mark.parametrize("comma", ["", ","])
def test_a_first_field_right_after_the_head_before_a_list_of_fields_is_no_holder(comma: str) -> None:
    t = "Direktur Supply Chain, Logistik dan Infrastruktur"
    s = f"Sementara itu, {t}{comma} Gandhi Prakoso mengatakan stok aman."
    assert _officials(s, _per(s, "Supply Chain") + _per(s, "Gandhi Prakoso")) == [
        _rec(s, f"{t}{comma} Gandhi Prakoso", "Gandhi Prakoso", t)
    ]


def test_a_holder_right_after_the_head_before_more_posts_stays_a_holder() -> None:
    s = "Acara dihadiri Direktur Hendra Wijaya, Sekretaris Budi dan Bendahara Desa Ujang."
    assert [(o.name, o.title) for o in extract_officials(s)][:2] == [
        ("Hendra Wijaya", "Direktur"),
        ("Budi", "Sekretaris"),
    ]


# ------------------------------------------------------------- a rank's word inside a body's name


@pytest.mark.parametrize(
    "title",
    [
        "Sekretaris Direktorat Jenderal (Sesditjen) Minyak dan Gas Bumi Kementerian ESDM",
        "Kepala Sekretariat Direktorat Jenderal Pajak",
        "Sekretaris Inspektorat Jenderal Kemendagri",
    ],
)
def test_jenderal_after_a_directorate_s_word_stays_in_the_title(title: str) -> None:
    s = f"Menurut {title} Budi Santoso, temuan itu besar."
    assert extract_officials(s) == [_rec(s, f"{title} Budi Santoso", "Budi Santoso", title)]


def test_a_rank_after_the_title_is_still_dropped() -> None:
    s = "Menurut Kapolda Jambi Inspektur Jenderal Polisi Budi Santoso, kasus itu besar."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi Santoso", "Kapolda Jambi")]


# ------------------------------------------------------------- a site's name with its domain


@pytest.mark.parametrize(
    ("title", "comma"),
    [
        ("Country Manager Rumahku.com", ","),
        ("CEO Danakita.id", ","),
        ("CEO Danakita.id", ""),
        ("Pemimpin Redaksi Warta.co.id", ""),
    ],
)
def test_a_site_s_name_with_its_domain_is_the_title_s_body(title: str, comma: str) -> None:
    s = f"Pasar itu stabil, ujar {title}{comma} Marina Novita, Senin."
    assert extract_officials(s) == [_rec(s, f"{title}{comma} Marina Novita", "Marina Novita", title)]


def test_a_stop_and_a_capital_after_a_name_are_no_domain() -> None:
    s = "Acara itu dibuka CEO Budi. Com Aldi tidak datang."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Budi", "CEO")]


# ------------------------------------------------------------- a religious exclamation after a head


@pytest.mark.parametrize(
    "words",
    [
        "Insya Allah",
        "Alhamdulillah",
        pytest.param(
            "Masya Allah",
            marks=pytest.mark.xfail(
                strict=True, reason="masya is a given name too (Masya Putri): the exclamation needs its pair"
            ),
        ),
    ],
)
def test_a_religious_exclamation_after_a_head_is_no_holder(words: str) -> None:
    s = f"“Dirut {words} dalam waktu dekat sudah ada,” kata dia."
    assert _officials(s, _per(s, words)) == []  # the model's PER over it


def test_a_given_name_spelt_as_an_exclamation_s_first_word_is_a_name() -> None:
    s = "Kepala Desa Sukamaju, Masya Putri, mengatakan bantuan sudah disalurkan."
    assert _officials(s, _per(s, "Masya Putri")) == [
        _rec(s, "Kepala Desa Sukamaju, Masya Putri", "Masya Putri", "Kepala Desa Sukamaju")
    ]


# ------------------------------------------------------------- other holders of a post: a group


@pytest.mark.parametrize("others", ["13 CEO lainnya", "menteri lain", "para direktur lainnya"])
def test_other_holders_of_a_post_before_a_comma_and_a_name_give_no_official(others: str) -> None:
    s = f"Ia berdiri bersama {others}, Elon Mask mengatakan ingin berbuat baik di China."
    assert _officials(s, _per(s, "Elon Mask")) == []


# ------------------------------------------------------------- a term written with months before the comma


@pytest.mark.parametrize("term", ["periode September 2024-Januari 2026", "periode Mei 2019 - 2023"])
def test_a_term_with_months_between_title_and_comma_stays_out_of_the_title(term: str) -> None:
    t = "Direktur Penindakan dan Penyidikan DJBC"
    s = f"Amplop nomor 2 untuk {t} {term}, Rizaldi. Lalu amplop nomor 3 untuk yang lain."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Rizaldi", t)]


def test_a_term_with_months_and_no_name_after_the_comma_gives_no_official() -> None:
    s = "Jabatan Direktur Penindakan DJBC periode September 2024-Januari 2026, kata dia, kosong."
    assert extract_officials(s) == []
