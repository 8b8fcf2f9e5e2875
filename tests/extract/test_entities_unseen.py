"""Organisation and place classes read on a second pass over unlabelled news (issue 12, session
5): whole entity lists from `resolve_entities` on invented sentences, and cases that give
nothing."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities, tokens

from .test_entities_news import _at, _out

# --------------------------------------------------------------------------- a dotted head


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `PT.` with its dot: the dot is the head's, the company's name follows
        (
            "Penyaluran kredit oleh PT. Bank Sentosa Makmur (BSM) naik tahun ini.",
            [("PT. Bank Sentosa Makmur", "ORG", (23, 46)), ("BSM", "ORG", (48, 51))],
        ),
        (
            "Kerja sama dengan PT. Karya Tani Abadi berjalan baik.",
            [("PT. Karya Tani Abadi", "ORG", (18, 38))],
        ),
        # the dot glued to the company's name
        ("Tiang milik PT.Listrik Nusa roboh.", [("PT.Listrik Nusa", "ORG", (12, 27))]),
    ],
)
def test_a_dotted_company_head_takes_its_name(text: str, expected: list) -> None:
    assert _out(text) == expected


def test_the_dot_of_a_head_ends_no_sentence() -> None:
    # `Rakyat` + a region after `PT. Bank` is no masthead: it continues the company's name
    text = "Dana itu disalurkan PT. Bank Rakyat Sejahtera melalui unit desa."
    assert _out(text) == [("PT. Bank Rakyat Sejahtera", "ORG", (20, 45))]


# --------------------------------------------------------------------------- boundaries


def test_a_name_ends_before_a_sentence_glued_to_it() -> None:
    text = "Tenda milik Badan Penanggulangan Bencana Daerah (BPBD) Pringsewu.Saat ini tenda penuh."
    assert [t.text for t in tokens(text)][9:13] == ["Pringsewu", ".", "Saat", "ini"]
    assert _out(text) == [("Badan Penanggulangan Bencana Daerah (BPBD) Pringsewu", "ORG", (12, 64))]


def test_a_domain_is_not_split_as_a_glued_sentence() -> None:
    assert [t.text for t in tokens("dikutip dari Lampost.co kemarin")] == [
        "dikutip",
        "dari",
        "Lampost.co",
        "kemarin",
    ]


def test_se_before_a_region_is_no_part_of_it() -> None:
    text = "Lomba diikuti 12 kecamatan se-Kabupaten Tanggamus dan pelajar se-Sumatera Selatan."
    assert _out(text) == [
        ("Kabupaten Tanggamus", "LOC", (30, 49)),
        ("Sumatera Selatan", "LOC", (65, 81)),
    ]


def test_a_schedule_time_ends_a_name() -> None:
    text = "Siaran untuk SMP: Taman Bacaan Pukul 08.30 sampai 09.00 WIB."
    assert _out(text) == [("Taman Bacaan", "LOC", (18, 30))]
    # a model span over the time is cut before it
    text = "Latihan rutin Hiu Biru Swimming Club Pukul 07.00 WIB di kolam kota."
    model = [_at(text, "Hiu Biru Swimming Club Pukul 07.00", "ORG")]
    assert _out(text, model) == [("Hiu Biru Swimming Club", "ORG", (14, 36))]


def test_a_model_span_ends_at_a_sentence_end() -> None:
    text = "Beras itu berasal dari Baznas. Paket tersebut dibagikan Senin."
    assert _out(text, [_at(text, "Baznas. Paket", "ORG")]) == [("Baznas", "ORG", (23, 29))]
    # the dot of a dotted head or an outlet's domain written apart ends no sentence
    text = "KENDALPOS. ID | Warga antre minyak goreng."
    assert _out(text, [_at(text, "KENDALPOS. ID", "ORG")]) == [("KENDALPOS. ID", "ORG", (0, 13))]


def test_a_count_before_a_model_span_is_no_part_of_it() -> None:
    text = "Polisi mendirikan 7 Posko Terpadu Lebaran Sukadana di jalur mudik."
    model = [_at(text, "7 Posko Terpadu Lebaran Sukadana", "ORG")]
    assert _out(text, model) == [("Posko Terpadu Lebaran Sukadana", "ORG", (20, 50))]


def test_an_amount_after_a_place_is_no_part_of_its_name() -> None:
    text = "Panen itu rinciannya Kecamatan Sukamaju 4.812 ton dan Kecamatan Way Seputih 1.905 ton."
    model = [_at(text, "Kecamatan Sukamaju 4.812", "LOC"), _at(text, "Kecamatan Way Seputih 1.905", "LOC")]
    assert _out(text, model) == [
        ("Kecamatan Sukamaju", "LOC", (21, 39)),
        ("Kecamatan Way Seputih", "LOC", (54, 75)),
    ]
    text = "Angka itu berbeda dari data Kementerian Ketenagakerjaan 3,1 juta orang."
    model = [_at(text, "Kementerian Ketenagakerjaan 3", "ORG")]
    assert _out(text, model) == [("Kementerian Ketenagakerjaan", "ORG", (28, 55))]


def test_a_body_keeps_its_own_number() -> None:
    text = "Siswa SMPN 4 Sukadana dan prajurit Kodim 0412 ikut kerja bakti."
    model = [_at(text, "SMPN 4 Sukadana", "ORG"), _at(text, "Kodim 0412", "ORG")]
    assert _out(text, model) == [("SMPN 4 Sukadana", "ORG", (6, 21)), ("Kodim 0412", "ORG", (35, 45))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a facility named after a person with a form of address, a degree or a religious title
        (
            "Final digelar di Stadion Gelora Bung Hatta Padang, Sabtu.",
            [("Stadion Gelora Bung Hatta Padang", "LOC", (17, 49))],
        ),
        ("Korban dirawat di RSUD KH. Hasan Basri sejak pagi.", [("RSUD KH. Hasan Basri", "LOC", (18, 38))]),
        ("Seminar di Gedung Prof Sumarno berlangsung lama.", [("Gedung Prof Sumarno", "LOC", (11, 30))]),
        # a house number glued to its word ends the street's name
        (
            "Kantor itu pindah ke Jalan KH. Agus Salim No.41 Sukarame, Senin.",
            [("Jalan KH. Agus Salim", "LOC", (21, 41)), ("Sukarame", "LOC", (48, 56))],
        ),
    ],
)
def test_a_facility_named_after_a_person(text: str, expected: list) -> None:
    assert _out(text) == expected


def test_a_form_of_address_after_a_street_name_starts_a_person() -> None:
    text = "Rumah di Jalan Cempaka Pak Darto ikut terendam."
    assert _out(text) == [("Jalan Cempaka", "LOC", (9, 22))]


def test_dan_before_a_known_body_starts_a_body_of_its_own() -> None:
    text = "Sampel disita Kepolisian Sektor Way Jepara dan BPOM Lampung Timur dari pasar."
    assert _out(text, [_at(text, "BPOM Lampung Timur", "ORG")]) == [
        ("Kepolisian Sektor Way Jepara", "ORG", (14, 42)),
        ("BPOM Lampung Timur", "ORG", (47, 65)),
    ]
    # listed banks: each one its own entry
    text = "Keempat bank itu adalah Bank Mandiri, BNI, BRI, dan BTN."
    assert [
        e[0] for e in _out(text, [_at(text, "BNI", "ORG"), _at(text, "BRI", "ORG"), _at(text, "BTN", "ORG")])
    ] == [
        "Bank Mandiri",
        "BNI",
        "BRI",
        "BTN",
    ]
    # an office's own words after `dan` stay in it
    text = "Kepala Dinas Koperasi dan UMKM Tanggamus hadir."
    assert _out(text) == [("Dinas Koperasi dan UMKM Tanggamus", "ORG", (7, 40))]


def test_a_form_of_address_ending_a_company_name_stays_in_it() -> None:
    text = "Gudang milik PT Sinar Goedang Mas yang menampung oli bekas disegel."
    assert _out(text) == [("PT Sinar Goedang Mas", "ORG", (13, 33))]
    # before a name it starts the person's
    text = "Kepala Dinas Perikanan Bapak Sutrisno hadir."
    assert _out(text) == [("Dinas Perikanan", "ORG", (7, 22))]


def test_one_list_of_fields_per_office() -> None:
    text = (
        "Rapat digelar Dinas Pertanian, Perikanan, dan Kehutanan Tanggamus, "
        "Bagian Umum dan Keuangan serta camat."
    )
    assert _out(text) == [("Dinas Pertanian, Perikanan, dan Kehutanan Tanggamus", "ORG", (14, 65))]
    text = "Kegiatan oleh Dinas Perdagangan, Koperasi, UKM dan Perindustrian Kota Metro."
    assert _out(text) == [("Dinas Perdagangan, Koperasi, UKM dan Perindustrian Kota Metro", "ORG", (14, 75))]


def test_a_farmers_group_is_named_by_its_head() -> None:
    text = "Bibit dibagikan kepada Poktan Sido Rukun Pekon Sumberejo dan Gapoktan Tani Mulya."
    assert _out(text) == [
        ("Poktan Sido Rukun Pekon Sumberejo", "ORG", (23, 56)),
        ("Gapoktan Tani Mulya", "ORG", (61, 80)),
    ]
    # a facility word right after a village level names the village (`Desa Gedung …`)
    text = "Bantuan untuk KWT Anggrek Desa Gedung Harapan tiba."
    assert _out(text) == [("KWT Anggrek Desa Gedung Harapan", "ORG", (14, 45))]


# --------------------------------------------------------------------------- no entities


def test_a_product_with_a_model_number_is_no_organisation() -> None:
    text = "Ponsel yang diuji adalah Nokia Lumia 8, Oppo Reno X5, dan Vivo Y21 di laboratorium."
    model = [_at(text, p, "ORG") for p in ("Nokia Lumia 8", "Oppo Reno X5", "Vivo Y21")]
    assert _out(text, model) == []


@pytest.mark.parametrize(
    "text",
    [
        "Penerimaan Pajak Reklame (PR) tahun ini naik tajam.",
        "Warga menunggak Retribusi Sampah selama setahun.",
        "Biaya Listrik Diskon 30 persen berlaku bulan depan.",
    ],
)
def test_a_tax_a_levy_or_a_discount_is_no_organisation(text: str) -> None:
    model = [_at(text, text.split()[1] + " " + text.split()[2], "ORG")]
    assert _out(text, model) == []


def test_the_tax_office_stays_an_organisation() -> None:
    text = "Laporan itu dikirim ke Kantor Pelayanan Pajak Pratama Sukadana dan Direktorat Jenderal Pajak."
    assert _out(text) == [
        ("Kantor Pelayanan Pajak Pratama Sukadana", "LOC", (23, 62)),
        ("Direktorat Jenderal Pajak", "ORG", (67, 92)),
    ]


@pytest.mark.xfail(strict=True, reason="a TV station named with a number reads as a product's model number")
def test_a_station_named_with_a_number() -> None:
    text = "Tim basket karyawan Trans 9 kalah tipis."
    assert _out(text, [_at(text, "Trans 9", "ORG")]) == [("Trans 9", "ORG", (20, 27))]


def test_resolve_entities_keeps_spans() -> None:
    text = "Kepala PT. Agro Lestari, Budi, hadir di Kecamatan Sukamaju 2.450 hektare."
    for ent in resolve_entities(text, [_at(text, "Kecamatan Sukamaju 2.450", "LOC")]):
        assert text[ent.span[0] : ent.span[1]] == ent.text


# --------------------------------------------------------------------------- regional press (session 43)


@pytest.mark.xfail(
    strict=True,
    reason="a room or a clinic of a facility written whole before it (`Ruang Bersalin`, `Poli Anak`) is "
    "no head: only the facility is found; 6 news-raw lines write a room before a facility, too few to "
    "read a rule on",
)
def test_a_room_of_a_health_centre_is_one_place() -> None:
    text = "Ibu itu melahirkan di Ruang Bersalin Puskesmas Cempaka Putih pada Senin pagi."
    model = [_at(text, "Puskesmas Cempaka Putih", "LOC")]
    assert _out(text, model) == [("Ruang Bersalin Puskesmas Cempaka Putih", "LOC", (22, 60))]


@pytest.mark.xfail(
    strict=True,
    reason="a government's word and its level both lowercase before a listed region leave the region a "
    "place; reading the three as the body (as `pemerintah Kota Metro`) was tried in session 43: dev tune "
    "organisations +1, but the check slice lost a place",
)
def test_a_lowercase_government_and_level_are_a_body() -> None:
    text = "Bantuan itu disalurkan pemerintah kabupaten Lampung Timur kepada petani."
    model = [_at(text, "Lampung Timur", "LOC")]
    assert _out(text, model) == [("pemerintah kabupaten Lampung Timur", "ORG", (23, 57))]
