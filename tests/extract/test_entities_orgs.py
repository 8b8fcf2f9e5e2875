"""Organisation classes read on news-raw 5000-6199 (session 8): spans with no capital, vehicles
by their number plate, taxes' and programmes' short names, a unit inside a position title, and
a name spelled out before its short name (hyphenated, with a number, or run past the bracket).
Whole entity lists from `resolve_entities` on invented sentences, and cases where a rule must
give nothing or must leave the organisation as it is."""

from __future__ import annotations

import pytest

from .test_entities_news import _at, _out, _person


def _found(text: str, model: list[tuple[str, str]], persons: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    ents = [_at(text, part, label) for part, label in model]
    return [(t, str(label)) for t, label, _ in _out(text, ents, persons=[_person(text, p) for p in persons])]


# --------------------------------------------------------------------------- no capital at all


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the model's span cut before the lowercase rest of `kementerian pertanian`
        (
            "Pupuk bersubsidi disiapkan pemerintah pusat melalui kementerian pertanian untuk petani.",
            "kementerian",
        ),
        ("Harga naik untuk pertamax turbo dan pertamina dex mulai hari ini.", "pertamina dex"),
        ("Tingkat keterisian naik menjadi 26,92 persen.(Baca: data terbaru).", "persen."),
    ],
)
def test_an_organisation_without_a_capital_is_none(text: str, part: str) -> None:
    assert _found(text, [(part, "ORG")]) == []


def test_an_outlet_domain_in_lowercase_stays_an_organisation() -> None:
    text = "Hal itu dikatakan Arif saat dikonfirmasi kupastuntas.co, Rabu (27/10/2021)."
    assert _found(text, [("kupastuntas.co", "ORG")]) == [("kupastuntas.co", "ORG")]


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        # a listed masthead with its domain glued on names the outlet
        (
            '"Awal kena di tahun 2019," ungkap Edi ketika dihubungi detikcom, belum lama ini.',
            "detikcom",
            [("detikcom", "ORG")],
        ),
        # a listed outlet word that is also a common word, alone, names nothing
        ("Warga menyampaikan suara mereka dalam musyawarah desa.", "suara", []),
    ],
)
def test_a_glued_masthead_in_lowercase_stays_an_organisation(text: str, part: str, expected: list) -> None:
    assert _found(text, [(part, "ORG")]) == expected


def test_a_product_listed_whole_leaves_no_word_behind() -> None:
    # `Pertamax` alone is listed too: the longer product is not cut to `Turbo`
    text = "Begitu pula untuk BBM nonsubsidi seperti Pertamax hingga Pertamax Turbo di SPBU Pertamina."
    model = [("Pertamax", "ORG"), ("Pertamax Turbo", "ORG"), ("Pertamina", "ORG")]
    assert _found(text, model) == [("Pertamina", "ORG")]


def test_a_capitalised_ministry_stays() -> None:
    text = "Pupuk bersubsidi disiapkan melalui Kementerian Pertanian untuk petani."
    assert _found(text, [("Kementerian Pertanian", "ORG")]) == [("Kementerian Pertanian", "ORG")]


# --------------------------------------------------------------------------- a vehicle by its plate


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Vaksin diangkut menggunakan mobil minibus Toyota Kijang Innova BE 1480 YH ke gudang farmasi.",
            [("Toyota Kijang Innova BE 1480 YH", "ORG")],
            [],
        ),
        (
            "Vaksin dibawa dengan Mobil Boks BE 8037 WZ dan dikawal personel Polres Way Kanan.",
            [("Mobil Boks BE 8037 WZ", "ORG"), ("Polres Way Kanan", "ORG")],
            [("Polres Way Kanan", "ORG")],
        ),
    ],
)
def test_a_vehicle_with_its_number_plate_is_no_organisation(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_numbered_unit_with_its_letters_is_no_plate() -> None:
    text = "Personel Yonif Raider 200 BS dan Kodim 0410 KBL turut membantu warga."
    assert _found(text, [("Yonif Raider 200 BS", "ORG")]) == [
        ("Yonif Raider 200 BS", "ORG"),
        ("Kodim 0410 KBL", "ORG"),
    ]


# --------------------------------------------------------------------------- taxes and programmes


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Tidak ada warga penerima keringanan PBB P2 karena nilainya di atas ambang batas.",
            [("PBB P2", "ORG")],
        ),
        (
            "Realisasi pajak parkir, pajak air tanah, PBB-P2 dan BPHTB terus naik.",
            [("PBB-P2", "LOC"), ("BPHTB", "LOC")],
        ),
        ("Petani mengakses KUR dan BLT Dana Desa tahun ini.", [("KUR", "LOC"), ("BLT", "LOC")]),
        ("Bipih calon jemaah haji tahun ini sebesar Rp58,87 juta per orang.", [("Bipih", "LOC")]),
    ],
)
def test_a_tax_or_programme_short_name_is_no_entity(text: str, model: list) -> None:
    assert _found(text, model) == []


def test_a_short_name_in_brackets_after_its_body_stays() -> None:
    text = "Kementerian Perencanaan Pembangunan Nasional (PPN) menggelar rapat dengan Pemkab Tegal."
    model = [("Kementerian Perencanaan Pembangunan Nasional", "ORG"), ("PPN", "ORG")]
    assert _found(text, model) == [
        ("Kementerian Perencanaan Pembangunan Nasional", "ORG"),
        ("PPN", "ORG"),
        ("Pemkab Tegal", "ORG"),
    ]


# --------------------------------------------------------------------------- a unit inside a title


def test_a_unit_after_a_title_without_its_body_is_no_organisation() -> None:
    text = "Kepala Dinas Pertanian melalui Kepala Bidang Peternakan, Mesrawan, mengatakan stok pakan aman."
    model = [("Dinas Pertanian", "ORG"), ("Bidang Peternakan", "ORG"), ("Mesrawan", "PER")]
    assert _found(text, model, ("Mesrawan",)) == [("Dinas Pertanian", "ORG"), ("Mesrawan", "PER")]


def test_a_unit_after_a_title_leaves_the_body_after_it() -> None:
    text = "Kepala Bidang Kedaruratan BPBD Lambar, Mekal Novisa, meninjau jembatan yang putus."
    model = [("Bidang Kedaruratan BPBD Lambar", "ORG"), ("Mekal Novisa", "PER")]
    assert _found(text, model, ("Mekal Novisa",)) == [("BPBD Lambar", "ORG"), ("Mekal Novisa", "PER")]


def test_a_unit_name_after_a_title_ending_in_its_head_is_no_organisation() -> None:
    text = "Kepala Bidang Peternakan, Mesrawan, mengatakan stok pakan aman."
    model = [("Kepala Bidang Peternakan", "ORG"), ("Mesrawan", "PER")]
    assert _found(text, model, ("Mesrawan",)) == [("Mesrawan", "PER")]


def test_a_unit_with_its_body_and_no_title_stays_whole() -> None:
    text = "Kunjungan Bidang Pengelolaan Komunikasi Publik Diskominfosantik Prov. Kalteng ini disambut baik."
    span = "Bidang Pengelolaan Komunikasi Publik Diskominfosantik Prov. Kalteng"
    assert _found(text, [(span, "ORG")]) == [(span, "ORG")]


# --------------------------------------------------------------------------- spelled before its short name


def test_a_hyphenated_short_name_spelled_with_a_number_word_gives_the_whole_name() -> None:
    text = (
        "Ketua Komite Penanganan COVID-19 dan Pemulihan Ekonomi Nasional (KPC-PEN) Airlangga Hartarto hadir."
    )
    model = [("Pemulihan Ekonomi Nasional", "ORG"), ("Airlangga Hartarto", "PER")]
    assert _found(text, model, ("Airlangga Hartarto",)) == [
        ("Komite Penanganan COVID-19 dan Pemulihan Ekonomi Nasional", "ORG"),
        ("Airlangga Hartarto", "PER"),
    ]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a hyphenated short name
        (
            "Sampel diperiksa dengan metode Real Time Polymerase Chain Reaction (RT-PCR) di laboratorium.",
            "Real Time Polymerase Chain Reaction",
        ),
        # the model's span only the hyphenated tail of the spelled name
        (
            "Pelatihan itu mengacu pada Pengembangan Anak Usia Dini Holistik-Integratif (PAUD-HI) di desa.",
            "Holistik-Integratif",
        ),
        # a year in the spelled name, a syllable short name with the year's end
        (
            "Anggaran penanganan Coronavirus Disease 2019 (Covid-19) tahun ini terealisasi.",
            "Coronavirus Disease 2019",
        ),
        # the model's span run on past the bracket
        (
            "Warga menerima Bantuan Sosial Tunai (BST) Level 2 sejak pekan lalu.",
            "Bantuan Sosial Tunai (BST) Level 2",
        ),
    ],
)
def test_a_term_spelled_before_its_short_name_is_no_organisation(text: str, part: str) -> None:
    assert _found(text, [(part, "ORG")]) == []


def test_a_head_inside_a_spelled_term_names_no_body() -> None:
    text = "Kenaikan pupuk dibarengi kenaikan Harga Pembelian Pemerintah (HPP) Gabah tahun ini."
    assert _found(text, []) == []


def test_a_head_inside_a_spelled_name_gives_the_whole_name() -> None:
    text = "Dharma Wanita Persatuan (DWP) Kota Metro menggelar parade busana daerah."
    assert _found(text, []) == [("Dharma Wanita Persatuan (DWP) Kota Metro", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Badan Pusat Statistik (BPS) Lampung merilis angka inflasi bulan ini.",
            [("Badan Pusat Statistik (BPS) Lampung", "ORG")],
        ),
        (
            "Penyaluran dana Badan Usaha Milik Daerah (BUMD) Tulang Bawang Jaya dimulai.",
            [("Badan Usaha Milik Daerah (BUMD) Tulang Bawang Jaya", "ORG")],
        ),
    ],
)
def test_a_body_spelled_in_full_stays_as_it_is(text: str, expected: list) -> None:
    assert _found(text, []) == expected


def test_the_short_name_after_a_spelled_committee_is_an_entry_too() -> None:
    text = "Komite Penanganan COVID-19 dan Pemulihan Ekonomi Nasional (KPC-PEN) menggelar rapat."
    found = _found(text, [("Pemulihan Ekonomi Nasional", "ORG")])
    assert ("KPC-PEN", "ORG") in found


# --------------------------------------------------------------------------- an amount, a product, a disease


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Harga singkong di PT Sari Agro Manunggal Rp 1805 per kilogram, naik dari pekan lalu.",
            [("PT Sari Agro Manunggal Rp 1805", "ORG")],
            [("PT Sari Agro Manunggal", "ORG")],
        ),
        (
            "Harga penerimaan di PT Tunas Baru Lampung Rp. 11.935 perkilogram.",
            [("PT Tunas Baru Lampung Rp", "ORG")],
            [("PT Tunas Baru Lampung", "ORG")],
        ),
        (
            "Realisasi Sekretariat Daerah Rp10.800.000 dari target Rp12.600.000.",
            [("Sekretariat Daerah Rp10.800.000", "ORG")],
            [("Sekretariat Daerah", "ORG")],
        ),
        (
            "Harga beras di Pasar Panca Warna Rp 14500 per kilogram.",
            [("Pasar Panca Warna Rp 14500", "LOC")],
            [("Pasar Panca Warna", "LOC")],
        ),
        # a name's own number stays
        ("Siswa SD Negeri 386 menerima seragam.", [("SD Negeri 386", "ORG")], [("SD Negeri 386", "ORG")]),
    ],
)
def test_an_amount_in_rupiah_ends_a_name(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Harga Pertamina Dex : Rp 17.100 per liter, sedangkan MinyaKita dijual Rp 14 ribu.",
            [("Pertamina Dex", "ORG"), ("MinyaKita", "ORG")],
        ),
        ("Pembeli hari ini mendapat BBM Pertalite dari stok sebelumnya.", [("Pertalite", "ORG")]),
        ("Posko Penanganan corona Virus Disease 2019 dibentuk di tingkat desa.", [("Virus Disease", "ORG")]),
    ],
)
def test_a_product_or_a_disease_is_no_organisation(text: str, model: list) -> None:
    assert _found(text, model) == []


def test_the_company_selling_a_product_stays() -> None:
    text = "Harga BBM nonsubsidi diumumkan PT Pertamina Patra Niaga pada Sabtu."
    assert _found(text, [("PT Pertamina Patra Niaga", "ORG")]) == [("PT Pertamina Patra Niaga", "ORG")]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Bupati membuka Bimtek peningkatan kapasitas kelompok tani di aula.", [("Bimtek", "ORG")]),
        ("Panitia mempersiapkan tahapan Pilkakam serentak pada Mei mendatang.", [("Pilkakam", "ORG")]),
        ("Warga antusias mengikuti Pilkades di balai desa.", [("Pilkades", "LOC")]),
    ],
)
def test_a_training_or_an_election_is_no_entity(text: str, model: list) -> None:
    assert _found(text, model) == []


def test_the_election_commission_stays() -> None:
    text = "Tahapan Pilkada diumumkan KPU Lampung Barat pada Senin."
    assert _found(text, [("KPU Lampung Barat", "ORG")]) == [("KPU Lampung Barat", "ORG")]


def test_the_region_after_an_election_stays_a_place() -> None:
    text = "Bhabinkamtibmas menjaga keamanan jelang Pilkada Tuban di Desa Widang."
    assert _found(text, [("Tuban", "LOC")]) == [("Tuban", "LOC"), ("Desa Widang", "LOC")]


# --------------------------------------------------------------------------- a count after a body


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Penyuluh dikirim oleh Kementrian Kelautan dan Perikanan 4 orang untuk mendampingi nelayan.",
            [("Kementrian Kelautan dan Perikanan 4", "ORG")],
            [("Kementrian Kelautan dan Perikanan", "ORG")],
        ),
        (
            "Pemkab menyediakan 1.800 bungkus dari Bulog 700 bungkus untuk warga.",
            [("Bulog 700", "ORG")],
            [("Bulog", "ORG")],
        ),
        # head nouns derived from unlabelled news count too (participants_heads_derived.txt)
        (
            "Pengamanan aksi dibantu Polres Ambon 200 demonstran yang datang dari kampus.",
            [("Polres Ambon 200", "ORG")],
            [("Polres Ambon", "ORG")],
        ),
        (
            "Kegiatan diikuti Dinas Kominfo 40 fotografer dan wartawan.",
            [("Dinas Kominfo 40", "ORG")],
            [("Dinas Kominfo", "ORG")],
        ),
        # a school level and its count: the level alone names no school
        (
            "Seragam dibagikan bagi siswa baru SD 322 setel dan MTS 91 setel.",
            [("SD 322", "ORG"), ("MTS 91", "ORG")],
            [],
        ),
    ],
)
def test_a_count_after_a_body_is_no_part_of_it(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a school's own number, then a lowercase word that counts nothing
        (
            "Warga memperbaiki jalan supaya anak ke SMP 3 mudah melaluinya.",
            [("SMP 3", "ORG")],
            [("SMP 3", "ORG")],
        ),
        (
            "Komisi 2 rencananya akan berkoordinasi dengan Kementan.",
            [("Komisi 2", "ORG")],
            [("Komisi 2", "ORG"), ("Kementan", "ORG")],
        ),
        # a numbered hamlet before the neighbourhood's short name
        ("Onderlah dibangun di Suku 5 RT 5 tahun ini.", [("Suku 5", "LOC")], [("Suku 5", "LOC")]),
    ],
)
def test_a_name_keeps_its_own_number(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


# --------------------------------------------------------------------------- degrees before a name


def test_degrees_and_a_religious_title_before_a_name_are_no_organisation() -> None:
    text = "Hadir pula Wakil Bupati Drs. H. Mad Hasnurin di lokasi."
    model = [("Drs. H.", "ORG"), ("Mad Hasnurin", "PER")]
    assert _found(text, model, ("Mad Hasnurin",)) == [("Mad Hasnurin", "PER")]


def test_a_hospital_named_after_a_doctor_stays() -> None:
    text = "Pasien dirujuk ke RSUD Dr. H. Bob Bazar Kalianda pada Senin."
    model = [("RSUD Dr. H. Bob Bazar Kalianda", "LOC")]
    assert _found(text, model) == [("RSUD Dr. H. Bob Bazar Kalianda", "LOC")]


# --------------------------------------------------------------------------- a syllable short name


def test_a_syllable_short_name_gives_the_whole_name() -> None:
    text = "Bupati meresmikan gedung kantor Assosiasi Pemerintah Desa Seluruh Indonesia (APDESI) setempat."
    assert _found(text, [("Pemerintah Desa Seluruh Indonesia", "ORG")]) == [
        ("Assosiasi Pemerintah Desa Seluruh Indonesia", "ORG"),
        ("APDESI", "ORG"),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the title's own short name: `Kepala` opens no body's name
        (
            "Kepala Satuan Pelayanan (Kasatpel) Bandara Muhammad Taufiq Kiemas menyebut penerbangan normal.",
            [("Satuan Pelayanan", "ORG")],
            # the facility the unit runs is its own (orgs14): one ORG
            [("Satuan Pelayanan (Kasatpel) Bandara Muhammad Taufiq Kiemas", "ORG")],
        ),
        # the span already spells its short name
        (
            "Sekretaris Dinas Pariwisata (Dispar) Bandar Lampung meninjau lokasi.",
            [("Dinas Pariwisata", "ORG")],
            [("Dinas Pariwisata (Dispar) Bandar Lampung", "ORG")],
        ),
    ],
)
def test_a_syllable_short_name_spelled_by_the_span_or_a_title_changes_nothing(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


# --------------------------------------------------------------------------- a list's join at the end


def test_a_join_that_ends_a_name_is_left_out() -> None:
    text = "Bantuan dibagi di 3 bank, 2.717 KPM di Bank Syariah Tani, dan 3.174 di Bank Lampung."
    model = [("Bank Syariah Tani, dan", "ORG"), ("Bank Lampung", "ORG")]
    assert _found(text, model) == [("Bank Syariah Tani", "ORG"), ("Bank Lampung", "ORG")]


def test_a_join_inside_a_name_stays() -> None:
    text = "Kepala Dinas Pariwisata dan Kebudayaan Lampung Barat meninjau lokasi."
    model = [("Dinas Pariwisata dan Kebudayaan Lampung Barat", "ORG")]
    assert _found(text, model) == [("Dinas Pariwisata dan Kebudayaan Lampung Barat", "ORG")]


def test_a_join_after_a_numbered_unit_starts_another_name() -> None:
    # a unit's number closes its name: `dan` lists a second body, no field of the first
    text = "Penanaman mangrove digelar Brigif 4 Marinir/BS dan MNC Peduli di Pesawaran."
    model = [("MNC Peduli", "ORG"), ("Pesawaran", "LOC")]
    assert _found(text, model) == [
        ("Brigif 4 Marinir/BS", "ORG"),
        ("MNC Peduli", "ORG"),
        ("Pesawaran", "LOC"),
    ]


def test_a_join_inside_an_unnumbered_name_with_a_short_name_stays() -> None:
    text = "Pelatihan digelar Dinas Koperasi dan UKM Kota Metro, Senin."
    model = [("Dinas Koperasi dan UKM Kota Metro", "ORG")]
    assert _found(text, model) == [("Dinas Koperasi dan UKM Kota Metro", "ORG")]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a battalion's head takes its number and its region, as `Kodim 1417 Kendari` does
        (
            "Prajurit Yonif 7512 Kupang membantu warga membersihkan saluran air.",
            [("Kupang", "LOC")],
            [("Yonif 7512 Kupang", "ORG")],
        ),
        (
            "Sebanyak 30 personel Batalyon Infanteri 741/Garuda Nusantara diterjunkan ke lokasi.",
            [("Batalyon Infanteri 741/Garuda Nusantara", "ORG")],
            [("Batalyon Infanteri 741/Garuda Nusantara", "ORG")],
        ),
        # the head without a name after it names no unit
        ("Dua batalyon dikirim ke perbatasan pekan ini.", [], []),
    ],
)
def test_a_military_unit_head_takes_its_number_and_region(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


# --------------------------------------------------------------------------- a year after a name


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Hingga November serapan anggaran Pemkab Lambar 2021 baru mencapai 68,24 persen.",
            [("Pemkab Lambar 2021", "ORG")],
            [("Pemkab Lambar", "ORG")],
        ),
        (
            "Rinciannya: Kecamatan Sukau 2019 Rp561 juta, lalu tahun 2020 terkena refocusing.",
            [("Kecamatan Sukau 2019", "LOC")],
            [("Kecamatan Sukau", "LOC")],
        ),
        # a head's own number stays
        ("Personel Kodim 1913 membantu warga.", [("Kodim 1913", "ORG")], [("Kodim 1913", "ORG")]),
    ],
)
def test_a_year_after_a_name_is_no_part_of_it(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.xfail(
    strict=True, reason="a month's name ends a name before the date it spells (`Universitas 17`)"
)
def test_a_date_in_a_name_stays() -> None:
    text = "Mahasiswa Universitas 17 Agustus 1945 mengikuti lomba debat."
    model = [("Universitas 17 Agustus 1945", "ORG")]
    assert _found(text, model) == [("Universitas 17 Agustus 1945", "ORG")]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Anggaran bersumber dari Dana Transfer Umum tahun ini.", [("Transfer Umum", "ORG")]),
        (
            "Realisasi Transfer Ke Daerah dan Dana Desa mencapai 37 persen.",
            [("Transfer Ke Daerah dan Dana", "ORG")],
        ),
    ],
)
def test_a_transfer_of_funds_is_no_organisation(text: str, model: list) -> None:
    assert _found(text, model) == []


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Forum wartawan itu menggelar kegiatan Bhakti Sosial di kecamatan.", [("Bhakti Sosial", "ORG")]),
        (
            "Halal bihalal digelar dengan mengedepankan Protokol Kesehatan (Prokes).",
            [("Protokol Kesehatan", "ORG")],
        ),
    ],
)
def test_a_charity_drive_or_the_health_protocol_is_no_organisation(text: str, model: list) -> None:
    assert _found(text, model) == []


# --------------------------------------------------------------------------- kinds of school, no name


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # a school's kind spelled out with its short name: no school named
        (
            "Guru Taman Kanak-kanak (TK) 43 orang dan guru Sekolah Dasar (SD) 755 orang.",
            [("Taman Kanak-kanak", "LOC"), ("TK", "LOC"), ("Sekolah Dasar", "ORG")],
        ),
        ("Anak-anak PAUD dan TK mengikuti lomba mewarnai.", [("PAUD", "ORG")]),
        # a kind of building in English, a predicate a city earns
        ("Dana desa dipakai untuk pembangunan Green House dan jalan usaha tani.", [("Green House", "ORG")]),
        ("Pemkot meraih predikat Kota Layak Anak tahun ini.", [("Kota Layak Anak", "LOC")]),
        # a kind of facility by its short name, a holiday
        ("Banjir merendam 3 fasilitas umum (Fasum) seperti sekolah.", [("Fasum", "LOC")]),
        ("Umat Buddha merayakan Imlek bersama keluarga.", [("Imlek", "ORG")]),
        # an expedition named in capitals
        (
            "Operator menggelar Ekspedisi Jaringan Andal di jalur mudik.",
            [("Ekspedisi Jaringan Andal", "ORG")],
        ),
    ],
)
def test_a_kind_of_school_or_a_predicate_is_no_entity(text: str, model: list) -> None:
    assert _found(text, model) == []


def test_a_school_named_after_its_kind_is_an_organisation() -> None:
    text = "Guru PAUD Melati Sukamaju dan siswa TK Negeri 2 Metro mengikuti lomba."
    assert _found(text, []) == [("PAUD Melati Sukamaju", "ORG"), ("TK Negeri 2 Metro", "ORG")]


def test_the_currency_sign_before_an_amount_ends_a_name() -> None:
    text = "Harga gabah di tingkat Gudang Bulog Rp 8.200 per kilogram."
    assert _found(text, [("Bulog", "ORG")]) == [("Bulog", "ORG")]
