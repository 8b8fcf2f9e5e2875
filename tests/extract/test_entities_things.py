"""Organisation classes read on a fourth pass over unlabelled news (issue 12, session 6): things,
terms and glosses the model calls organisations, fixture lists, bodies named by a head word the
grammar did not know, and a body's short name after `dan`. Whole entity lists from
`resolve_entities` on invented sentences, and cases that must keep their organisation."""

from __future__ import annotations

import pytest

from extract.records import Entity, Official

from .test_entities_news import _at, _out, _person


def _orgs(text: str, *parts: str) -> list[str]:
    model = [_at(text, p, "ORG") for p in parts]
    return [t for t, label, _ in _out(text, model) if label == "ORG"]


# --------------------------------------------------------------------------- a thing, no body


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # every word of the span is written in lowercase elsewhere in the article: a thing
        (
            "Petugas memeriksa Gardu Induk Bungo. Sebanyak 157 gardu induk dari total 176 gardu "
            "induk kembali beroperasi.",
            ["Gardu Induk"],
        ),
        (
            "Produk ini dilengkapi fitur Pembebasan Premi. Pembayaran premi diteruskan oleh perusahaan.",
            ["Premi"],
        ),
        # a term spelled out before its initials, no word of a body in it
        (
            "MSCI membekukan perubahan Foreign Inclusion Factor (FIF) untuk saham itu.",
            ["Foreign Inclusion Factor"],
        ),
        (
            "Gedung itu tidak memiliki Sertifikat Laik Fungsi (SLF) yang masih berlaku.",
            ["Sertifikat Laik Fungsi"],
        ),
        (
            "Model itu berbasis Long Short-Term Memory (LSTM) agar lebih akurat.",
            ["Long Short-Term Memory"],
        ),
        # common words alone in brackets after a company: its line of business
        (
            "Penghargaan diraih PT Tempo Scan Pacific Tbk (Farmasi) dan TIKI (Kurir) tahun ini.",
            ["PT Tempo Scan Pacific Tbk", "Farmasi", "Kurir"],
        ),
    ],
)
def test_a_thing_is_no_organisation(text: str, parts: list[str]) -> None:
    kept = [p for p in parts if p.startswith("PT ")]
    assert _orgs(text, *parts) == kept


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        # a head starts an office even when the article writes its words in lowercase
        (
            "Bantuan disalurkan Dinas Sosial kepada warga. Petugas dinas sosial mendata penerima.",
            ["Dinas Sosial"],
            ["Dinas Sosial"],
        ),
        # a short name in brackets after the body's stays, written in lowercase or not
        (
            "Kerja sama dengan Kementerian Ekonomi Kreatif (Ekraf) dibahas. Sektor ekraf tumbuh.",
            ["Kementerian Ekonomi Kreatif", "Ekraf"],
            ["Kementerian Ekonomi Kreatif", "Ekraf"],
        ),
        # a known body's initials, an entry of their own (GUIDELINES §6), and a body whose first
        # word the article names it by elsewhere
        (
            "Laporan diserahkan ke Otoritas Jasa Keuangan (OJK) pekan lalu.",
            ["Otoritas Jasa Keuangan"],
            ["Otoritas Jasa Keuangan", "OJK"],
        ),
        (
            "Waskita Grup tergabung dalam KSO Waskita Bersama Vision First (WBVF) sebagai investor.",
            ["Waskita Grup", "Waskita Bersama Vision First"],
            ["Waskita Grup", "Waskita Bersama Vision First"],
        ),
        # a business's line in brackets that is a body's head names one
        (
            "Penghargaan diraih PT Bank Syariah Indonesia Tbk (Bank BUMN).",
            [],
            ["PT Bank Syariah Indonesia Tbk", "Bank BUMN"],
        ),
    ],
)
def test_a_body_stays(text: str, parts: list[str], expected: list[str]) -> None:
    assert _orgs(text, *parts) == expected


# --------------------------------------------------------------------------- fixtures, heads, `dan`


def test_a_fixture_list_is_two_sides() -> None:
    text = (
        "Jadwal Jumat 15.00 WIB: Bank Jateng VS PDAM Perumda Tirta Bhagasasi 17.00 WIB: LavAni VS Pasundan."
    )
    model = [_at(text, "LavAni VS Pasundan", "ORG"), _at(text, "PDAM Perumda Tirta Bhagasasi 17.00", "ORG")]
    orgs = [t for t, label, _ in _out(text, model) if label == "ORG"]
    assert orgs == ["Bank Jateng", "PDAM Perumda Tirta Bhagasasi", "LavAni", "Pasundan"]


def test_a_roman_five_is_no_versus() -> None:
    text = "Pangdam V Brawijaya hadir. Kodam V Brawijaya menggelar apel."
    assert _orgs(text, "Kodam V Brawijaya") == ["Kodam V Brawijaya"]


@pytest.mark.parametrize(
    ("text", "expected", "places"),
    [
        (
            "Direktur Utama Bursa Efek Indonesia (BEI) membuka ruang kerja sama.",
            ["Bursa Efek Indonesia", "BEI"],
            [],
        ),
        (
            "Laga ini diakui Federasi Tinju Profesional Indonesia (FTPI) sebagai laga resmi.",
            ["Federasi Tinju Profesional Indonesia", "FTPI"],
            [],
        ),
        ("Laporan itu diteruskan ke Mabes Polri pekan lalu.", ["Mabes Polri"], []),
        # apartments and malls are buildings: places (GUIDELINES §6)
        (
            "Alat dipasang di Apartemen Kalibata City dan Mal Gandaria City sejak Minggu.",
            [],
            ["Apartemen Kalibata City", "Mal Gandaria City"],
        ),
    ],
)
def test_a_body_or_building_head(text: str, expected: list[str], places: list[str]) -> None:
    out = _out(text)
    assert [t for t, label, _ in out if label == "ORG"] == expected
    assert [t for t, label, _ in out if label == "LOC"] == places


def test_an_event_word_names_no_body() -> None:
    text = "Ajang Huawei ICT Competition Asia Pacific digelar di Jakarta."
    assert _orgs(text, "Huawei ICT Competition Asia Pacific") == []


@pytest.mark.parametrize(
    ("text", "model", "places"),
    [
        # a regional sports week, a fair, a technical briefing, a workshop: events
        ("Kota Metro meraih 100 emas pada Porprov IX tahun lalu.", [("Porprov IX", "ORG")], ["Kota Metro"]),
        ("Ribuan warga memadati Liwa Fair di lapangan kota.", [("Liwa Fair", "LOC")], []),
        ("Peserta mengikuti Bintek di aula kantor camat.", [("Bintek", "ORG")], []),
        # a holiday (GUIDELINES §6: no entity)
        ("Harga turun usai Lebaran Idulfitri di Pringsewu.", [("Lebaran Idulfitri", "LOC")], ["Pringsewu"]),
        ("Stok hewan kurban menjelang Iedhul Adha di Pringsewu aman.", [("Iedhul", "ORG")], ["Pringsewu"]),
        ("Dinas menggelar Lokakarya Ketahanan Pangan.", [("Lokakarya Ketahanan Pangan", "ORG")], []),
        # a fashion week and an auto show in English
        (
            "Busana tenun itu tampil di Sukamaju Fashion Week di Bandung.",
            [("Sukamaju Fashion Week", "LOC"), ("Bandung", "LOC")],
            ["Bandung"],
        ),
        (
            "Mobil listrik itu dipamerkan di Sukamaju Auto Show tahun ini.",
            [("Sukamaju Auto Show", "ORG")],
            [],
        ),
    ],
)
def test_a_regional_event_is_no_entity(text: str, model: list, places: list[str]) -> None:
    out = _out(text, [_at(text, part, label) for part, label in model])
    assert [t for t, label, _ in out if label == "ORG"] == []
    assert [t for t, label, _ in out if label == "LOC"] == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's bracketed short name after `dan` starts a body of its own
        (
            "Pemprov DKI dan Perbakin gelar kejuaraan. Persatuan Menembak Indonesia (Perbakin) hadir.",
            ["Pemprov DKI", "Persatuan Menembak Indonesia", "Perbakin"],
        ),
        # a kind's short name after `dan` is a field of the office
        (
            "Kepala Dinas Koperasi dan UMKM Tana Tidung hadir. Usaha mikro dan menengah (UMKM) tumbuh.",
            ["Dinas Koperasi dan UMKM Tana Tidung"],
        ),
    ],
)
def test_dan_before_a_short_name(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


# --------------------------------------------------------------------------- known short names, persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known body's short name, shouted, is one wherever no other name covers it
        ("Ketua Umum PSSI Erick Thohir menyatakan rasa bangganya.", ["PSSI"]),
        ("Sebelumnya, BEI juga telah mengonfirmasi rencana itu.", ["BEI"]),
        # not the corps after a rank, nor a short name the article gives something else
        ("Acara dihadiri Danlanud Marsma TNI Mochamad Dadan Gunawan.", []),
        ("Madrasah Aliyah (MA) menyumbang 4.862 pendaftar tahun ini.", []),
        ("Warga mengeluhkan pajak bumi dan bangunan (PBB) yang naik. Tagihan PBB dikirim.", []),
    ],
)
def test_a_known_short_name_is_a_body(text: str, expected: list[str]) -> None:
    persons = [_person(text, "Erick Thohir")] if "Erick" in text else []
    assert [t for t, label, _ in _out(text, persons=persons) if label == "ORG"] == expected


def test_a_second_form_of_address_ends_a_body() -> None:
    text = "Kepala Badan Pengawas Obat dan Makanan (BPOM RI) Prof dr Taruna Ikrar menyampaikan sambutan."
    assert _orgs(text) == ["Badan Pengawas Obat dan Makanan", "BPOM RI"]


def test_an_officials_name_after_a_short_name_ends_the_body() -> None:
    text = "Hadir Direktur Bina Usaha Perdagangan Kemendag Franciska Simanjuntak dalam acara itu."
    start = text.index("Franciska")
    official = Official(
        "Franciska Simanjuntak",
        "Direktur Bina Usaha Perdagangan Kemendag",
        (6, start + 21),
        name_span=(start, start + 21),
    )
    out = _out(text, officials=[official])
    assert [t for t, label, _ in out if label == "ORG"] == ["Kemendag"]


def test_a_short_name_opening_a_longer_name_is_no_body_alone() -> None:
    text = "Lomba digelar di SMAK 1 BPK Penabur Jakarta pada Sabtu."
    assert "BPK" not in _orgs(text)


def test_a_time_zone_after_a_clock_time_is_no_side() -> None:
    text = "Jadwal Sabtu. Laga 15.00 WIB Sukun Badak VS Perumda Tirta."
    model = [_at(text, "Laga 15.00 WIB Sukun Badak VS Perumda Tirta", "ORG")]
    assert [t for t, label, _ in _out(text, model) if label == "ORG"] == ["Sukun Badak", "Perumda Tirta"]


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        # between a title and the body it serves: the title's field (GUIDELINES §6)
        (
            "Direktur Human Capital Management Telkom Indonesia Willy Saelan menyampaikan apresiasi.",
            ["Human Capital Management", "Telkom Indonesia"],
            ["Telkom Indonesia"],
        ),
        (
            "Direktur Retail dan Niaga PLN Edi Srimulyanti menyambut baik inisiatif ini.",
            ["Retail", "PLN"],
            ["PLN"],
        ),
    ],
)
def test_a_title_field_is_no_body(text: str, parts: list[str], expected: list[str]) -> None:
    assert _orgs(text, *parts) == expected


def test_a_short_name_after_a_title_is_a_body() -> None:
    text = "Badan Standardisasi (BSKJI) hadir. Menurut Kepala BSKJI, Kementerian Perindustrian siap."
    k, m = text.index("BSKJI,"), text.index("Kementerian")
    model = [Entity("BSKJI", "ORG", (k, k + 5)), Entity("Kementerian Perindustrian", "ORG", (m, m + 25))]
    orgs = [t for t, label, _ in _out(text, model) if label == "ORG"]
    assert orgs == ["Badan Standardisasi", "BSKJI", "BSKJI", "Kementerian Perindustrian"]


@pytest.mark.parametrize(
    ("text", "bodies", "expected"),
    [
        # a local body's head alone, an item of a list of bodies, is the body the article means
        ("Terima kasih kepada Unila, Polda, dan Ibu Bupati.", ["Unila"], ["Unila", "Polda"]),
        (
            "Pihak TNI, Polri, BPBK, dan Tagana masih memantau lokasi.",
            ["TNI", "Polri"],
            ["TNI", "Polri", "Tagana"],
        ),
        # not outside a list, nor a kind's head with its field after it
        ("Kerja sama Polres dan warga berjalan baik.", [], []),
        ("Terima kasih kepada BPBD, dan Dinas sosial yang bergerak cepat.", ["BPBD"], ["BPBD"]),
    ],
)
def test_a_local_body_in_a_list(text: str, bodies: list[str], expected: list[str]) -> None:
    assert _orgs(text, *bodies) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a prefixed verb ends a name in a caption run into a clause, and a headline's verb that
        # the article writes in lowercase elsewhere ends a name before the headline's object
        (
            "Foto: Polda Metro Jaya Mengetahui hal itu, polisi bergerak. Warga mengetahui kabar.",
            "Polda Metro Jaya Mengetahui",
            ["Polda Metro Jaya"],
        ),
        (
            "Polres Tangerang Menyerahkan Dua Tersangka. Polisi menyerahkan dua tersangka ke jaksa.",
            "Polres Tangerang Menyerahkan Dua Tersangka",
            ["Polres Tangerang"],
        ),
        # a word shaped like a verb that is no prefix on a common word stays in the name
        (
            "Kementerian Komunikasi dan Digital menyiapkan aturan. Layanan digital terus tumbuh.",
            "Kementerian Komunikasi dan Digital",
            ["Kementerian Komunikasi dan Digital"],
        ),
    ],
)
def test_a_capitalised_verb_ends_a_name(text: str, span: str, expected: list[str]) -> None:
    assert _orgs(text, span) == expected


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        # a company's own word that is an outlet's suffix elsewhere (`Riau Pos`) after its head
        ("Bantuan disalurkan melalui PT Pos Indonesia ke warga.", "PT Pos", ["PT Pos Indonesia"]),
        # a unit right after its parent's known short name is one body with it
        ("General Manager PLN UID Lampung Saleh meninjau gardu.", "UID Lampung", ["PLN UID Lampung"]),
        # the ministry's regional office by its short name and region; its short name alone
        ("Kepala Kemenag Pesawaran hadir di acara itu.", "", ["Kemenag Pesawaran"]),
        ("Kemenag menilai peristiwa itu tidak patut terjadi.", "", ["Kemenag"]),
        # an outlet before its suffix stays one
        ("Berita itu dimuat Riau Pos hari ini.", "", ["Riau Pos"]),
    ],
)
def test_a_body_is_not_cut_short(text: str, part: str, expected: list[str]) -> None:
    assert _orgs(text, *([part] if part else [])) == expected


def test_a_verb_shaped_word_after_kemen_is_no_ministry() -> None:
    assert _orgs("Kemenangan tim itu disambut warga.") == []


# --------------------------------------------------------------------------- a chip's or a phone's code


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a code inside the name and at its end
        ("Ponsel itu ditenagai prosesor Snapdragon 8 Gen 2 dengan RAM 12 GB.", "Snapdragon 8 Gen 2"),
        ("Tablet itu memakai chip Kirin® 9+ Gen 1 buatan sendiri.", "Kirin® 9+ Gen 1"),
        # four digits that are no year, a network's generation
        ("Tablet murah itu memakai chipset Exynos 1280 yang hemat daya.", "Exynos 1280"),
        ("Vendor itu merilis Nova 11 Pro 5G pekan ini.", "Nova 11 Pro 5G"),
    ],
)
def test_a_model_code_names_a_product(text: str, part: str) -> None:
    assert _orgs(text, part) == []


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        # a head before the number: a body's numbered unit
        ("Personel Kodim 1012 membantu warga membersihkan saluran.", "Kodim 1012", ["Kodim 1012"]),
        # four digits that are a year: no model's code, the body stays without its year
        ("Penghargaan itu diterima Mitra Tani 2024 di Jakarta.", "Mitra Tani 2024", ["Mitra Tani"]),
    ],
)
def test_a_body_with_a_number_stays(text: str, part: str, expected: list[str]) -> None:
    assert _orgs(text, part) == expected


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        # an operating system, a wireless standard and its version, an app platform
        (
            "Ponsel itu berbasis Android 13 dan mendukung Bluetooth 5.3 serta unduhan di App Store.",
            ["Android", "Bluetooth 5.3", "App Store"],
            [],
        ),
        ("Laptop itu menjalankan Windows dengan One UI 5.1 di ponselnya.", ["Windows", "One UI 5.1"], []),
        # a company of the same maker stays a body
        (
            "Peluncuran itu diumumkan Samsung Electronics Indonesia di Jakarta.",
            ["Samsung Electronics Indonesia"],
            ["Samsung Electronics Indonesia"],
        ),
    ],
)
def test_a_platform_or_a_standard_is_no_body(text: str, parts: list[str], expected: list[str]) -> None:
    assert _orgs(text, *parts) == expected


def test_a_press_officer_or_a_co_founder_is_a_title_before_the_body() -> None:
    text = "Media Officer Timnas Sukamaju Budi Santoso mengatakan tim tiba pagi ini."
    assert _orgs(text, "Media Officer Timnas Sukamaju") == ["Timnas Sukamaju"]
    text = "Acara itu dihadiri Rina Wati (Co Founder) dan para pelanggan."
    assert _orgs(text, "Co Founder") == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Majelis menyatakan Hakim Terlapor terbukti melanggar kode etik.", "Terlapor"),
        (
            "Satu hakim menyampaikan pendapat berbeda (Dissenting Opinion) atas putusan itu.",
            "Dissenting Opinion",
        ),
    ],
)
def test_a_party_to_a_case_or_a_dissent_is_no_body(text: str, part: str) -> None:
    assert _orgs(text, part) == []
