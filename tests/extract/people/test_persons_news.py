"""Persons an analyst can trust (GUIDELINES §6): whole person lists, with every mention's span,
from sentences written like Indonesian news, the NER model's entities given as it finds them.

Each case runs the people layer as `extract.article` does: the model's entities vetted
(`vet_entities`), role mentions, officials, then `extract_persons`. Cases that must give no
person are as important as those that must give one.
"""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.people.officials import extract_officials
from extract.people.roles import scan_roles
from tests.entity_records import every_place_entities as _ents
from tests.person_records import person_mentions as _persons
from tests.person_records import person_spans as _spans

# --------------------------------------------------------------------------- credits (§1)


def test_names_in_the_reporter_and_editor_credit_are_no_persons() -> None:
    t = (
        "Harga cabai rawit di Pasar Cik Puan naik tajam sejak pekan lalu, kata Sutrisno, seorang "
        "pedagang. Pewarta: Dewi Anggraini Editor: Bambang Hartono Copyright © ANTARA 2025"
    )
    found = [("Sutrisno", "PER"), ("Dewi Anggraini Editor", "PER"), ("Bambang Hartono Copyright", "PER")]
    assert _spans(t, found) == [("Sutrisno", ((70, 78),))]


@pytest.mark.parametrize(
    "credit",
    ["(ANTARA/Rudi Hartawan)", "ANTARA FOTO/Rudi Hartawan", "TribunKaltim.com/Rudi Hartawan"],
)
def test_a_photo_or_outlet_credit_names_no_person(credit: str) -> None:
    t = f"Warga mengantre bantuan beras di halaman kantor desa, Selasa. {credit}"
    assert _persons(t, [("Rudi Hartawan", "PER")]) == []


def test_a_name_after_an_editor_word_in_prose_stays() -> None:
    t = "Ketua redaksi majalah kampus, Nadia Pramesti, mengatakan edisi baru terbit bulan depan."
    assert _persons(t, [("Nadia Pramesti", "PER")]) == [("Nadia Pramesti", ["Nadia Pramesti"])]


# --------------------------------------------------------------------------- degrees


def test_a_degree_written_without_its_dots_is_no_person() -> None:
    t = "Menurut dr Melati Kusuma, SpPD, pasien diabetes perlu rutin berolahraga. Melati menambahkan hal itu."
    found = [("Melati Kusuma", "PER"), ("SpPD", "PER"), ("Melati", "PER")]
    assert _spans(t, found) == [("Melati Kusuma", ((11, 24), (73, 79)))]


# --------------------------------------------------------------------------- words glued to a name


def test_a_common_word_before_a_name_the_model_names_alone_is_cut_off() -> None:
    t = (
        "Kedatangan Lionel Martens di Bandara Soekarno-Hatta disambut ratusan penggemar. "
        "Lionel Martens mengatakan senang bisa kembali bermain di Jakarta."
    )
    found = [("Kedatangan Lionel Martens", "PER"), ("Lionel Martens", "PER")]
    assert _persons(t, found) == [("Lionel Martens", ["Lionel Martens", "Lionel Martens"])]


def test_a_body_named_elsewhere_is_cut_off_the_name_after_it() -> None:
    t = (
        "PT Wiranusa menambah armada truk tahun ini. Direktur Operasional perusahaan itu, "
        "Wiranusa Dadang Sumarna, menjelaskan rencana tersebut kepada wartawan."
    )
    found = [("PT Wiranusa", "ORG"), ("Wiranusa Dadang Sumarna", "PER")]
    assert _persons(t, found) == [("Dadang Sumarna", ["Dadang Sumarna"])]


def test_the_nation_ending_a_body_is_cut_off_the_name_after_it() -> None:
    t = "Anggota DPR RI Sukarta menilai kota itu berpotensi menjadi pusat seni."
    found = [("DPR", "ORG"), ("RI Sukarta", "PER")]
    assert _persons(t, found) == [("Sukarta", ["Sukarta"])]


def test_a_name_with_no_nation_word_keeps_its_first_word() -> None:
    t = "Anggota DPR Riana Sukarta menilai kota itu berpotensi menjadi pusat seni."
    found = [("DPR", "ORG"), ("Riana Sukarta", "PER")]
    assert _persons(t, found) == [("Riana Sukarta", ["Riana Sukarta"])]


def test_a_word_the_article_writes_in_lowercase_is_cut_off_the_name_edge() -> None:
    t = (
        "Comeback Rizal Fahmi ke lapangan disambut meriah. Setelah cedera panjang, comeback "
        "itu ditunggu banyak orang, ujar pelatihnya."
    )
    assert _persons(t, [("Comeback Rizal Fahmi", "PER")]) == [("Rizal Fahmi", ["Rizal Fahmi"])]


def test_a_name_written_lowercase_inside_the_name_stays() -> None:
    t = "Pelatih Bram van Dijk memuji timnya. Menurut van Dijk, para pemain tampil disiplin."
    assert _persons(t, [("Bram van Dijk", "PER")]) == [("Bram van Dijk", ["Bram van Dijk", "Dijk"])]


# --------------------------------------------------------------------------- things read as names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Warga menyaksikan Gerhana Bulan Total dari alun-alun kota. Fenomena gerhana itu "
            "terlihat jelas karena langit cerah.",
            [("Gerhana Bulan Total", "PER")],
        ),
        (
            "Umat muslim menunaikan salat Idul Adha di lapangan kecamatan. Usai salat Idul Adha "
            "warga menyembelih hewan kurban.",
            [("Idul Adha", "PER")],
        ),
        (
            "Pengendara diminta waspada karena Jembatan Timbang Lintas dibuka lagi. Sebelumnya "
            "jembatan timbang itu ditutup.",
            [("Jembatan Timbang Lintas", "PER")],
        ),
        (
            "Peserta pelatihan berasal dari Desa Sukamaju, Cibodas, Karangsari dan Desa Mekarwangi.",
            [],
        ),
        (
            "Bahan baku diambil dari Pabrik Gula Sari Agung Kediri dan Pabrik Gula Rejosari.",
            [("Pabrik Gula Sari Agung Kediri", "LOC")],
        ),
    ],
)
def test_things_places_and_feast_days_give_no_person(text: str, found: list[tuple[str, str]]) -> None:
    assert _persons(text, found) == []


# --------------------------------------------------------------------------- people kept


def test_a_lone_name_after_a_form_of_address_is_a_person() -> None:
    t = "Sudah tiga hari Mbah Karto menunggu bantuan di posko pengungsian lereng gunung."
    assert _persons(t, [("Mbah Karto", "PER")]) == [("Karto", ["Karto"])]


def test_a_clipped_short_form_is_the_same_person() -> None:
    t = (
        "Kepala Puskesmas Sukajadi Sulastri Handayani mengatakan kasus DBD menurun. "
        '"Kami terus lakukan fogging," kata Sulas, Senin (4/3/2024).'
    )
    found = [("Sulastri Handayani", "PER"), ("Sulas", "PER")]
    assert _persons(t, found) == [("Sulastri Handayani", ["Sulastri Handayani", "Sulas"])]


def test_a_short_name_that_is_also_a_whole_word_of_another_name_is_not_clipped() -> None:
    t = "Pelatih Anton Wibisono memanggil Antonius Sitorus ke tim nasional. Anton menyebut Antonius layak."
    found = [("Anton Wibisono", "PER"), ("Antonius Sitorus", "PER"), ("Anton", "PER"), ("Antonius", "PER")]
    assert _persons(t, found) == [
        ("Anton Wibisono", ["Anton Wibisono", "Anton"]),
        ("Antonius Sitorus", ["Antonius Sitorus", "Antonius"]),
    ]


def test_a_name_set_off_by_commas_after_a_body_is_an_apposition() -> None:
    t = (
        "Kepala Suku Dinas Pertamanan Jakarta Barat, Hotman Sinurat, mengatakan 50 pohon ditanam. "
        '"Pohon itu untuk peneduh," ujar Hotman.'
    )
    found = [("Suku Dinas Pertamanan Jakarta Barat", "ORG"), ("Hotman Sinurat", "PER"), ("Hotman", "PER")]
    assert _persons(t, found) == [("Hotman Sinurat", ["Hotman Sinurat", "Hotman"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lukisan karya Leonardo da Vinci dipamerkan di museum itu sejak Senin.", "Leonardo da Vinci"),
        ("Menurut Pedro dos Santos, harga kopi di Timor Leste naik pekan ini.", "Pedro dos Santos"),
        ("Korban bernama Ahmad bin Abdullah (30) ditemukan di sungai.", "Ahmad bin Abdullah"),
    ],
)
def test_a_lowercase_word_listed_inside_names_keeps_the_name(text: str, name: str) -> None:
    # people_roles.txt's name_inner_lower (bin, van, de, da, dos …)
    assert _persons(text, [(name, "PER")]) == [(name, [name])]


def test_a_lowercase_word_not_listed_inside_a_name_gives_no_person() -> None:
    t = "Lukisan karya pelukis itu dipamerkan di museum, kata kurator."
    assert _persons(t, [("Lukisan karya", "PER")]) == []


# --------------------------------------------------------------------------- known misses


@pytest.mark.xfail(
    strict=True,
    reason="a Title-Case teaser headline: its verb (Incar) is written nowhere in lowercase, so two "
    "names and the verb read as one name; teaser lines are the cleaner's to remove (§1)",
)
def test_a_teaser_headline_is_no_person() -> None:
    t = (
        "Kevin Adiputra Incar Rangga Wibowo di Semifinal\n"
        "Kevin Adiputra siap menghadapi Rangga Wibowo pada laga besok."
    )
    found = [
        ("Kevin Adiputra Incar Rangga Wibowo", "PER"),
        ("Kevin Adiputra", "PER"),
        ("Rangga Wibowo", "PER"),
    ]
    assert _persons(t, found) == [
        ("Kevin Adiputra", ["Kevin Adiputra", "Kevin Adiputra"]),
        ("Rangga Wibowo", ["Rangga Wibowo", "Rangga Wibowo"]),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a feast day that ends in a given name before `, warga` (Idul Fitri, warga …) reads as "
    "`name, occupation` in the role grammar",
)
def test_a_feast_day_before_an_occupation_is_no_person() -> None:
    t = "Usai salat Idul Fitri, warga kampung saling bersalaman di halaman masjid."
    assert _persons(t, [("Idul Fitri", "PER")]) == []


@pytest.mark.xfail(
    strict=True,
    reason="title + unknown body + name: the officials' title reader takes the body's one-word "
    "name (Wiranusa) as the first name when no entity elsewhere calls it a body",
)
def test_an_unknown_body_between_title_and_name() -> None:
    t = "Manajer EMC Wiranusa Dadang Sumarna mengatakan produksi naik. Wiranusa akan memperluas pasar."
    assert _persons(t, [("Dadang Sumarna", "PER")]) == [("Dadang Sumarna", ["Dadang Sumarna"])]


# --------------------------------------------------------------------------- title, company, name


def test_a_company_between_title_and_name_is_no_part_of_the_name() -> None:
    t = (
        "Produsen drone Skyvora menambah pabrik di Batam. CEO Skyvora Marcel Dunford mengatakan "
        "pabrik itu siap beroperasi tahun depan. Dunford menambahkan, Skyvora akan merekrut 400 pekerja."
    )
    found = [("Skyvora", "PER"), ("Marcel Dunford", "PER"), ("Dunford", "PER")]
    assert _spans(t, found) == [("Marcel Dunford", ((61, 75), (127, 134)))]


def test_the_company_word_after_a_title_gives_no_official_name() -> None:
    t = (
        "Aplikasi Jalanku kini dipakai sejuta orang. CEO Jalanku Rizal Pratomo mengatakan "
        "pengguna naik dua kali lipat. Rizal menyebut Jalanku akan masuk ke Malaysia."
    )
    ents = vet_entities(t, _ents(t, [("Rizal Pratomo", "PER"), ("Rizal", "PER")]))
    officials = extract_officials(t, entities=ents, roles=scan_roles(t, ents))
    assert [(o.name, o.title) for o in officials] == [("Rizal Pratomo", "CEO Jalanku")]


def test_a_first_name_used_alone_as_a_person_stays_in_the_name() -> None:
    # `kata Sutanto` is a person context: the first word is the man's own name, not a body
    t = (
        "Direktur Sutanto Adi Wibowo meninjau gudang di Cikarang. Menurut dia, stok aman, "
        "kata Sutanto. Wibowo juga memantau distribusi."
    )
    found = [("Sutanto Adi Wibowo", "PER"), ("Sutanto", "PER"), ("Wibowo", "PER")]
    assert [name for name, _ in _spans(t, found)] == ["Sutanto Adi Wibowo"]


def test_a_title_with_two_name_words_keeps_them() -> None:
    # a two-word name after the title: nothing to take off
    t = "Kepala Dinas Pertanian Joko Susanto mengatakan panen naik. Joko meminta petani waspada."
    assert [n for n, _ in _spans(t, [("Joko Susanto", "PER"), ("Joko", "PER")])] == ["Joko Susanto"]


def test_a_company_as_the_subject_of_a_reported_clause_is_no_speaker() -> None:
    t = (
        "Direktur Utama PT Satelindo Nusantara, Hendra Wijaya, mengatakan Satelindo juga menawarkan "
        "layanan internet ke pulau terluar. Hendra menyebut Satelindo menyiapkan tiga satelit baru."
    )
    found = [("Hendra Wijaya", "PER"), ("Hendra", "PER")]
    assert _spans(t, found) == [("Hendra Wijaya", ((39, 52), (126, 132)))]


def test_a_known_name_as_the_subject_of_a_reported_clause_stays() -> None:
    t = "Polisi mengatakan Joko menerima uang itu dari seorang kenalan di Bekasi."
    assert _spans(t, []) == [("Joko", ((18, 22),))]


def test_a_shop_named_after_a_given_name_keeps_the_person() -> None:
    # `toko Budi`: a given name after a thing word may be the owner himself, so it stays
    t = "Budi membuka toko Budi di Pasar Baru sejak 1998. Budi mengatakan omzetnya turun."
    assert [n for n, _ in _spans(t, [("Budi", "PER")])] == ["Budi"]


def test_a_district_between_title_and_name_goes_to_the_title() -> None:
    # the model calls `Kecamatan Way Sindang` a place: after `BPP` its words are the place's
    t = (
        "Petani di Kecamatan Way Sindang mulai menanam padi. Kepala BPP Way Sindang Rusdi mengatakan "
        "benih sudah dibagikan."
    )
    found = [("Kecamatan Way Sindang", "LOC"), ("Way Sindang Rusdi", "PER")]
    ents = vet_entities(t, _ents(t, found))
    officials = extract_officials(t, entities=ents, roles=scan_roles(t, ents))
    assert [(o.name, o.title) for o in officials] == [("Rusdi", "Kepala BPP Way Sindang")]
    assert _spans(t, found) == [("Rusdi", ((75, 80),))]


# --------------------------------------------------------------------------- lone names (§6)


def test_a_lone_name_after_a_passive_speech_verb_is_a_person() -> None:
    t = (
        "Harga kopi di tingkat petani terus naik. Dikatakan Suparjo warga Kecamatan Air Hitam, "
        "harga kopi kini menyentuh Rp38 ribu per kilogram."
    )
    assert _persons(t, [("Suparjo", "PER")]) == [("Suparjo", ["Suparjo"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hal senada dialami Endrayo, seorang petani cabai rawit di Liwa, yang merugi.", "Endrayo"),
        ("Menurut Mursalin, salah satu warga setempat, jalan itu rusak sejak lama.", "Mursalin"),
        ("Kendaraan harus ditarik mundur, Muzakir (56), warga Liwa yang melintas, menuturkannya.", "Muzakir"),
    ],
)
def test_a_lone_name_described_by_an_occupation_after_it_is_a_person(text: str, name: str) -> None:
    assert _persons(text, [(name, "PER")]) == [(name, [name])]


def test_a_lone_name_with_nothing_after_it_stays_unsure() -> None:
    t = "Bantuan bibit itu diserahkan di Sukarami kemarin dan diterima kelompok tani setempat."
    assert _persons(t, [("Sukarami", "PER")]) == []


def test_a_list_of_lone_names_vouched_for_by_one_person_in_it() -> None:
    t = (
        "Adapun rumah yang terbakar yaitu milik Hendra/Subrani, Sabnito, Irul/Paino, Rexa, "
        "Suhermin dan Iis. Rexa mengatakan api berasal dari dapur."
    )
    found = [(w, "PER") for w in ("Hendra", "Subrani", "Sabnito", "Irul", "Paino", "Rexa", "Suhermin", "Iis")]
    assert _persons(t, found) == [
        ("Hendra", ["Hendra"]),
        ("Subrani", ["Subrani"]),
        ("Sabnito", ["Sabnito"]),
        ("Irul", ["Irul"]),
        ("Paino", ["Paino"]),
        ("Rexa", ["Rexa", "Rexa"]),
        ("Suhermin", ["Suhermin"]),
        ("Iis", ["Iis"]),
    ]


def test_a_list_of_lone_unsure_words_stays_out() -> None:
    t = "Bibit didatangkan dari Sukarami, Tanjungsari dan Marga Jaya untuk ditanam petani."
    found = [("Sukarami", "PER"), ("Tanjungsari", "PER")]
    assert _persons(t, found) == []


@pytest.mark.parametrize("unit", ["Damkar", "Polhut", "Linmas"])
def test_a_unit_short_name_is_no_person(unit: str) -> None:
    t = f"Hari ini anggota {unit} kembali ke lokasi untuk memastikan api padam, kata Sumarno."
    assert [n for n, _ in _persons(t, [(unit, "PER"), ("Sumarno", "PER")])] == ["Sumarno"]


# --------------------------------------------------------------------------- regional village words (§6)


def test_a_resident_of_a_pekon_is_no_person() -> None:
    t = (
        "Kebakaran awalnya terjadi dekat gubuk salah satu warga pengelola hutan warga Pekon "
        "Sukaraja. Namun sumber api belum dapat dipastikan."
    )
    assert _persons(t, []) == []


def test_the_head_of_a_pemangku_is_an_official_of_the_hamlet() -> None:
    t = "Kepala Pemangku Sidomulyo, Suparni mengatakan, peristiwa itu terjadi pada Minggu malam."
    found = [("Pemangku Sidomulyo", "PER"), ("Suparni", "PER")]
    assert _persons(t, found) == [("Suparni", ["Suparni"])]


def test_a_village_heads_village_named_elsewhere_is_no_part_of_the_name() -> None:
    t = (
        "Api membakar hutan lindung di Pekon Sukaraja, Kecamatan Sumberjaya. Peratin Sukaraja "
        "Setiawati mengaku api sudah padam sejak sore."
    )
    assert _persons(t, [("Sukaraja Setiawati", "PER")]) == [("Setiawati", ["Setiawati"])]


def test_a_village_heads_two_word_name_stays_when_no_place_has_its_first_word() -> None:
    t = "Peratin Damsiri Ahmad mengatakan bantuan bebek petelur itu menjadi modal bagi warga."
    assert _persons(t, [("Damsiri Ahmad", "PER")]) == [("Damsiri Ahmad", ["Damsiri Ahmad"])]


# --------------------------------------------------------------------------- first words the model cut (§6)


@pytest.mark.parametrize(
    ("text", "found", "name"),
    [
        ("Menurut Agung Wirawan, harga gabah kering naik sejak pekan lalu.", "Wirawan", "Agung Wirawan"),
        ("Jamaah termuda yaitu Dina Novita sari (19) dari Kecamatan Menggala.", "Novita", "Dina Novita"),
        # AJI is a journalists' alliance only when written in capitals
        ("Hal itu disampaikan Aji Jaya, Direktur PT Sinar Motor, Selasa (26/3/2024).", "Jaya", "Aji Jaya"),
    ],
)
def test_a_known_given_name_before_the_models_span_is_its_first(text: str, found: str, name: str) -> None:
    assert [n for n, _ in _persons(text, [(found, "PER")])] == [name]


def test_a_given_name_inside_a_place_before_the_span_stays_out() -> None:
    t = "Warga Kelurahan Agung Suparman mengatakan jalan itu rusak sejak lama."
    found = [("Kelurahan Agung", "LOC"), ("Suparman", "PER")]
    assert _persons(t, found) == [("Suparman", ["Suparman"])]


def test_the_journalists_alliance_in_capitals_is_no_first_name() -> None:
    t = "Ketua AJI Bandar Lampung Dian Wahyu mengecam intimidasi itu, Rabu."
    assert _persons(t, [("AJI", "ORG"), ("Dian Wahyu", "PER")]) == [("Dian Wahyu", ["Dian Wahyu"])]


def test_a_lone_name_with_an_age_in_brackets_is_a_person() -> None:
    t = "Adapun jamaah tertua yaitu Tumiran (89) asal Kecamatan Dente Teladas."
    assert _persons(t, [("Tumiran", "PER")]) == [("Tumiran", ["Tumiran"])]


# --------------------------------------------------------------------------- names of things and bodies (§6)


def test_a_name_spelled_out_by_the_acronym_after_it_is_a_things_tail() -> None:
    t = (
        "Pj Bupati meninjau pembangunan Pembangkit Listrik Tenaga Mini Hidro (PLTMH) di Pekon "
        "Way Petai, kata Nukman."
    )
    assert _persons(t, [("Mini Hidro", "PER"), ("Nukman", "PER")]) == [("Nukman", ["Nukman"])]


def test_a_name_with_its_own_initials_in_brackets_stays() -> None:
    t = "Ketua panitia Budi Santoso (BS) mengatakan lomba diikuti 40 tim."
    assert _persons(t, [("Budi Santoso", "PER")]) == [("Budi Santoso", ["Budi Santoso"])]


def test_a_bodys_other_name_in_brackets_is_no_person_anywhere() -> None:
    t = (
        "PT Sinar Yudha Berlian Motors (Mitsubishi Fuso) menambah diler di Tulang Bawang. "
        "Kehadiran diler ini menjadi komitmen Mitsubishi Fuso untuk konsumen, ujar Hadi Surjono."
    )
    found = [("PT Sinar Yudha Berlian Motors", "ORG"), ("Mitsubishi Fuso", "PER"), ("Hadi Surjono", "PER")]
    assert _persons(t, found) == [("Hadi Surjono", ["Hadi Surjono"])]


def test_a_person_in_brackets_after_a_place_stays() -> None:
    t = "Korban warga Kecamatan Sukarame (Rudi Hartono) dibawa ke rumah sakit."
    found = [("Kecamatan Sukarame", "LOC"), ("Rudi Hartono", "PER")]
    assert _persons(t, found) == [("Rudi Hartono", ["Rudi Hartono"])]


@pytest.mark.parametrize("name", ["Donald Farm", "Sinar Energy", "Kopi Kita Coffee"])
def test_a_business_named_with_an_english_business_word_is_no_person(name: str) -> None:
    t = f"Bantuan 700 ekor bebek diserahkan kepada kelompok peternak {name}, kata Bambang Hermanto."
    assert [n for n, _ in _persons(t, [(name, "PER"), ("Bambang Hermanto", "PER")])] == ["Bambang Hermanto"]


# --------------------------------------------------------------------------- names the model did not tag (§6)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rumah milik Ibu Sumarni mengalami kerusakan pada atapnya.", ["Sumarni"]),
        ("Petugas menyerahkan bantuan Bedah Rumah Bapak Yatiman di Jalan Argo Sari.", ["Yatiman"]),
        ('"Contoh tadi punya saudara Haryadi saja sebanyak 7 ton," katanya.', ["Haryadi"]),
        ("Ada kebun kopi milik Sapardi yang pernah dikunjungi Presiden bulan lalu.", ["Sapardi"]),
        (
            "Rumah dan warung milik Munawar, rumah milik Hasyim, serta mobil milik Horas Simbolon rusak.",
            ["Munawar", "Hasyim", "Horas Simbolon"],
        ),
    ],
)
def test_a_name_after_a_form_of_address_or_an_owners_milik_is_a_person(text: str, names: list[str]) -> None:
    assert [n for n, _ in _persons(text, [])] == names


@pytest.mark.parametrize(
    "text",
    [
        '"Tinggal menunggu persetujuan SK dari pak Bupati," lanjutnya.',
        "Lahan 1,5 hektare milik Dinas Pertanian sebelumnya ditanami kelapa sawit.",
        "Perbaikan jalan milik Provinsi Lampung dilakukan Dinas Bina Marga.",
        "Data diinput ke aplikasi milik Kementerian Pertanian setiap bulan.",
        "Lahan milik PT Sinar Jaya Abadi digarap warga tanpa izin.",
        "Kegiatan ini kita lakukan bersama ibu-ibu Pemberdayaan dan Kesejahteraan Keluarga.",
    ],
)
def test_a_title_or_a_body_after_a_form_of_address_or_milik_is_no_person(text: str) -> None:
    assert _persons(text, []) == []


@pytest.mark.parametrize(
    "text",
    [
        "Satu lagi pengembang dari Tanjung Mas Estate di Waluyojati, Pringsewu.",
        "Operasi pasar menyasar Toko Betrik, Toko Uni Elma dan Toko Arwana.",
    ],
)
def test_a_form_of_address_inside_a_capitalised_name_is_a_word_of_it(text: str) -> None:
    assert _persons(text, []) == []


@pytest.mark.parametrize("address", ["Bude", "Pakde"])
def test_a_javanese_form_of_address_after_a_speech_verb_is_no_part_of_the_name(address: str) -> None:
    t = f"“Iya harga tomat masih turun,” kata {address} Pat, pedagang sayuran di Pasar Kangkung."
    assert _persons(t, [(f"{address} Pat", "PER")]) == [("Pat", ["Pat"])]


def test_a_name_the_article_also_writes_in_lowercase_is_a_common_phrase() -> None:
    t = (
        "Penurunan produksi umumnya terjadi pada kopi klon tugusari. Di Airhitam, selain Klon "
        "Tugusari petani juga menanam kopi klon lainnya, kata Sumarlin."
    )
    assert _persons(t, [("Sumarlin", "PER")]) == [("Sumarlin", ["Sumarlin"])]


def test_a_name_written_in_capitals_everywhere_stays() -> None:
    t = "Selain Budi Santoso petani juga menanam kopi robusta, kata Sumarlin."
    found = [("Budi Santoso", "PER"), ("Sumarlin", "PER")]
    assert _persons(t, found) == [("Budi Santoso", ["Budi Santoso"]), ("Sumarlin", ["Sumarlin"])]


# --------------------------------------------------------------------------- a region as a last name


def test_a_person_whose_last_name_is_a_region_is_one_person_with_every_mention() -> None:
    t = 'Muhammad Agam mengatakan bantuan berupa beras. "Kami salurkan hari ini," kata Agam.'
    assert _spans(t, [("Muhammad Agam", "PER"), ("Agam", "PER")]) == [("Muhammad Agam", ((0, 13), (78, 82)))]


def test_a_branch_named_by_its_region_is_no_person() -> None:
    t = "Diskoprindag Mesuji mengatakan inflasi di wilayah itu terkendali."
    assert _spans(t, [("Diskoprindag Mesuji", "PER")]) == []


# ------------------------------------------------- a district in an address is no person (news-raw 7176-7499)


def test_a_district_after_a_residents_village_is_no_person() -> None:
    t = "Salah satunya warga Sepangjaya, Labuhan Ratu, Ardi (29), mengaku kehilangan banyak barang."
    assert _persons(t, [("Ardi", "PER")]) == [("Ardi", ["Ardi"])]


def test_a_name_after_a_residents_village_stays_a_person() -> None:
    t = "Salah satunya warga Sepangjaya, Budi Hartono (29), mengaku kehilangan banyak barang."
    assert _persons(t, [("Budi Hartono", "PER")]) == [("Budi Hartono", ["Budi Hartono"])]


def test_a_unit_after_a_price_after_an_occupation_is_no_person() -> None:
    t = "Harga gabah di tingkat petani Rp 6.500 per Kg dengan kadar air maksimal 25 persen."
    assert _persons(t, []) == []


# ---------------------- a name after a speech verb that the model reads as a body (news-raw 2000-2299)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a company speaks: the model's ORG opens at the word the speech verb points to
        (
            "Dalam peluncuran itu, perusahaan mengatakan Xiaomi 15T adalah ponsel terlaris tahun ini.",
            [("Xiaomi 15T", "ORG")],
        ),
        ("Pengumuman itu disampaikan Telkomsel melalui siaran pers, Senin (2/6).", [("Telkomsel", "ORG")]),
    ],
)
def test_a_body_after_a_speech_verb_is_no_person(text: str, found: list[tuple[str, str]]) -> None:
    assert _spans(text, found) == []


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # two words of a name, a known given name: a person's marks beyond the speech verb
        (
            '"Stok beras aman," kata Yuliana Siregar kepada wartawan. Menurut Yuliana, harga stabil.',
            [("Yuliana Siregar", "ORG")],
            [("Yuliana Siregar", ((24, 39), (65, 72)))],
        ),
        ('"Stok beras aman," kata Yuliana kepada media.', [("Yuliana", "ORG")], [("Yuliana", ((24, 31),))]),
        # the same grammar with no entity from the model: a person by the speech verb
        ('"Stok beras aman," kata Mandala kepada wartawan.', [], [("Mandala", ((24, 31),))]),
    ],
)
def test_a_contested_name_with_a_persons_marks_stays_a_person(
    text: str, found: list[tuple[str, str]], expected: list
) -> None:
    assert _spans(text, found) == expected


def test_a_contested_one_word_name_without_a_persons_marks_is_none() -> None:
    assert _spans('"Stok beras aman," kata Mandala kepada wartawan.', [("Mandala", "ORG")]) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an occupation's holder the model reads only as a body: a company's team, not its member
        (
            "Hal itu diketahui dari pemantauan tim keamanan Shopee terhadap tren penipuan. Shopee juga "
            "memperkenalkan fitur baru.",
            [("Shopee", "ORG")],
        ),
        (
            "Tim satelit Ducati itu belum sekali pun menang musim ini. Ducati menilai timnya berkembang.",
            [("Ducati", "ORG")],
        ),
        (
            "Pengemudi dan pemilik mobil Pajero berpelat dinas itu diperiksa polisi. Mobil Pajero itu "
            "kini disita.",
            [("Pajero", "ORG")],
        ),
    ],
)
def test_a_holder_the_model_reads_only_as_a_body_is_no_person(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _spans(text, found) == []


@pytest.mark.parametrize(
    "found",
    [
        # the model reads the holder as a person somewhere, or a person's marks hold it: a person
        [("Sumarno", "PER")],
        [("Sumarno", "ORG")],
    ],
)
def test_a_holder_with_a_persons_reading_or_marks_stays_a_person(found: list[tuple[str, str]]) -> None:
    t = "Rumah milik petani Sumarno rusak diterjang angin. Sumarno mengatakan kerugian mencapai Rp 10 juta."
    assert _spans(t, found) == [("Sumarno", ((19, 26), (50, 57)))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a journal, a magazine or an outlet a report is quoted from: no person
        (
            "Temuan itu dipublikasikan di jurnal Geophysical Research Letters pekan lalu.",
            [("Geophysical Research Letters", "PER")],
        ),
        (
            "Langkah itu, seperti dilansir Al Arabiya, Jumat (29/5/2026), diumumkan oleh menteri.",
            [("Al Arabiya", "PER")],
        ),
        (
            "Hal itu tertulis dalam ulasan yang dikutip dari Eating Well, Senin (2/6).",
            [("Eating Well", "PER")],
        ),
    ],
)
def test_a_source_a_report_is_quoted_from_is_no_person(text: str, found: list[tuple[str, str]]) -> None:
    assert _spans(text, found) == []


def test_a_person_quoted_once_after_a_source_cue_stays_by_the_other_mention() -> None:
    t = "Menurut Budi Santoso, harga beras naik. Hal itu dilansir dari Budi Santoso melalui akun resminya."
    assert _spans(t, [("Budi Santoso", "PER")]) == [("Budi Santoso", ((8, 20), (62, 74)))]
