"""Persons (GUIDELINES §2, §6) read as one name where the model or the writer splits or varies it:
a facility named after a person, a hyphenated name, a misspelt repeat, a brand after `cap`.

Each case runs the people layer as `extract.article` does (vetting, roles, officials, persons)
on sentences written like Indonesian news, with the model's entities given as it finds them.
"""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.ner.vet import vet_entities
from extract.people.names import group_by_person
from extract.people.officials import extract_officials
from extract.people.persons import extract_persons
from extract.people.roles import scan_roles
from extract.records import Entity
from tests.extract.people.test_persons_news import _ents, _persons

# ------------------------------------------------------------------ facilities named after people


def test_a_facility_named_after_a_person_stays_whole_and_its_holder_after_the_comma_stays() -> None:
    t = (
        "Hal itu disampaikan Kepala Satuan Pelayanan Bandara Muhammad Taufik Kiemas, Muhammad "
        "Subandi saat dikonfirmasi, Senin."
    )
    found = [("Bandara Muhammad Taufik Kiemas", "LOC"), ("Muhammad Subandi", "PER")]
    assert _persons(t, found) == [("Muhammad Subandi", ["Muhammad Subandi"])]


def test_a_hospital_named_with_given_names_gives_no_person() -> None:
    t = "Rumah Sakit Harum Melati Aisyah resmi menerima izin operasional dari pemerintah daerah."
    assert _persons(t, [("Rumah Sakit Harum Melati Aisyah", "LOC")]) == []


def test_a_facility_then_its_region_then_a_name_still_splits() -> None:
    t = "Direktur RSUD Kabupaten Pandeglang Rahmat Hidayat Sanusi mengatakan layanan tetap buka."
    got = vet_entities(t, _ents(t, [("RSUD Kabupaten Pandeglang Rahmat Hidayat Sanusi", "ORG")]))
    assert [(e.text, e.label) for e in got] == [
        ("RSUD Kabupaten Pandeglang", "ORG"),
        ("Rahmat Hidayat Sanusi", "PER"),
    ]


def test_a_name_after_a_place_in_a_list_is_still_no_person() -> None:
    t = "Banjir merendam Kecamatan Rawajitu, Gedung Meneng dan Penawar Tama sejak Senin."
    found = [("Kecamatan Rawajitu", "LOC"), ("Gedung Meneng", "PER"), ("Penawar Tama", "LOC")]
    assert _persons(t, found) == []


# ------------------------------------------------------------------ hyphenated names


def test_a_hyphenated_name_split_by_the_model_is_one_person() -> None:
    t = (
        "Ketua panitia Abdul-Rahman Hakim mengatakan acara berjalan lancar. Warga, Siti Nur-Aini, "
        "mengaku senang. Menurut Abdul-Rahman, acara digelar tiap tahun."
    )
    pieces = ["Abdul", "Rahman Hakim", "Siti Nur", "Aini", "Abdul", "Rahman"]
    ents, at = [], 0
    for piece in pieces:  # the model's pieces in order, each after the one before
        at = t.index(piece, at)
        ents.append(Entity(piece, "PER", (at, at + len(piece))))
        at += len(piece)
    vetted = vet_entities(t, ents)
    assert [e.text for e in vetted] == ["Abdul-Rahman Hakim", "Siti Nur-Aini", "Abdul-Rahman"]
    roles = scan_roles(t, vetted)
    officials = extract_officials(t, entities=vetted, roles=roles)
    persons = extract_persons(t, vetted, officials=officials, roles=roles)
    assert [(p.name, [t[s:e] for s, e in p.mentions]) for p in persons] == [
        ("Abdul-Rahman Hakim", ["Abdul-Rahman Hakim", "Abdul-Rahman"]),
        ("Siti Nur-Aini", ["Siti Nur-Aini"]),
    ]


def test_a_pair_of_candidates_joined_by_a_hyphen_stays_two_persons() -> None:
    t = (
        "Pasangan Prabowo-Gibran unggul di Lampung. Prabowo Subianto berterima kasih, sementara "
        "Gibran Rakabuming Raka belum berkomentar."
    )
    found = [("Prabowo", "PER"), ("Gibran", "PER"), ("Prabowo Subianto", "PER")]
    found.append(("Gibran Rakabuming Raka", "PER"))
    assert _persons(t, found) == [
        ("Prabowo Subianto", ["Prabowo", "Prabowo Subianto"]),
        ("Gibran Rakabuming Raka", ["Gibran", "Gibran Rakabuming Raka"]),
    ]


# ------------------------------------------------------------------ misspelt repeats


def test_a_name_misspelt_by_one_letter_is_the_same_person() -> None:
    t = (
        "Camat Koto Tangah Syahrial Kamat mengatakan jalan rusak. Menurut Syahrian Kamat, perbaikan "
        "dimulai pekan depan. Syahrial Kamat menambahkan dana sudah ada."
    )
    found = [("Syahrial Kamat", "PER"), ("Syahrian Kamat", "PER")]
    assert _persons(t, found) == [("Syahrial Kamat", ["Syahrial Kamat", "Syahrian Kamat", "Syahrial Kamat"])]


def test_names_one_letter_apart_in_a_short_word_or_in_two_words_stay_apart() -> None:
    mentions = [
        ("Heri Wiratno", (0, 12)),
        ("Hari Wiratno", (20, 32)),  # four letters: two names as likely as one
        ("Budi Santoso", (40, 52)),
        ("Budi Susanto", (60, 72)),  # two letters moved
        ("Rahmat Hidayat", (80, 94)),
        ("Rahmad Hidayah", (100, 114)),  # two words differ
    ]
    assert group_by_person(mentions, variants=True) == [[0], [1], [2], [3], [4], [5]]


def test_a_misspelt_word_with_a_letter_left_out_joins_the_spelling_written_more_often() -> None:
    mentions = [("Wahdi Siradjuddin", (0, 17)), ("Wahdi Sirajuddin", (30, 46))]
    mentions.append(("Wahdi Sirajuddin", (60, 76)))
    assert group_by_person(mentions, variants=True) == [[1, 2, 0]]


def test_a_surname_alone_does_not_count_for_the_spelling_it_joins() -> None:
    # `Kahfi` joins the nearer `Syiful Kahfi`; each spelling is written in full once: the earlier wins
    mentions = [("Syaiful Kahfi", (320, 333)), ("Syiful Kahfi", (559, 571)), ("Kahfi", (928, 933))]
    assert group_by_person(mentions, variants=True) == [[0, 1, 2]]


def test_a_one_word_name_with_a_letter_doubled_is_the_same_person() -> None:
    t = (
        "Ketua Bawaslu Rusmannudin membuka rapat evaluasi di Palu. Menurut Rusmanudin, pengawasan "
        "tahapan berjalan baik. Rusmanudin menambahkan laporan warga terus diproses."
    )
    found = [("Rusmannudin", "PER"), ("Rusmanudin", "PER"), ("Rusmanudin", "PER")]
    assert _persons(t, found) == [("Rusmanudin", ["Rusmannudin", "Rusmanudin", "Rusmanudin"])]


def test_names_spelt_alike_word_for_word_join_the_spelling_written_more_often() -> None:
    mentions = [
        ("Djoko Pattiasina", (0, 16)),
        ("Joko Patiasina", (40, 54)),  # `dj` read as `j`, a doubled letter as one: one spelling
        ("Djoko Pattiasina", (80, 96)),
        ("Sandy", (120, 125)),
        ("Sandi", (140, 145)),
        ("Sandi", (160, 165)),
    ]
    assert group_by_person(mentions, variants=True) == [[0, 2, 1], [4, 5, 3]]


def test_an_official_written_twice_with_a_letter_doubled_once_is_one_official_and_person() -> None:
    t = (
        "Ketua Bawaslu Kabupaten Sigi Rusmannudin meminta pengawas kecamatan bekerja teliti. "
        "Rapat koordinasi digelar di aula kantor bupati, Rabu. "
        "Ketua Bawaslu Kabupaten Sigi Rusmanudin juga meminta warga melapor bila menemukan pelanggaran."
    )
    rec = extract_article(t.encode())
    assert [(o.name, o.title) for o in rec.officials] == [("Rusmannudin", "Ketua Bawaslu Kabupaten Sigi")]
    assert [(p.name, p.mentions) for p in rec.persons] == [("Rusmannudin", ((29, 40), (167, 177)))]


def test_an_official_written_with_ie_for_i_under_another_post_is_one_official_and_person() -> None:
    t = (
        "Kepala Cabang Perum Bulog Subang Arief Wicaksono memastikan stok beras cukup hingga akhir tahun. "
        "Penyaluran bantuan pangan dimulai pekan depan di tiap desa. "
        "Pimpinan Cabang Bulog Subang Arif Wicaksono menambahkan gudang baru segera dibangun."
    )
    rec = extract_article(t.encode())
    assert [(o.name, o.title) for o in rec.officials] == [
        ("Arief Wicaksono", "Kepala Cabang Perum Bulog Subang")
    ]
    assert [(p.name, p.mentions) for p in rec.persons] == [("Arief Wicaksono", ((33, 48), (186, 200)))]


def test_ie_written_for_i_is_one_spelling() -> None:
    mentions = [("Riefky Harsono", (0, 14)), ("Rifky Harsono", (30, 43)), ("Rifky Harsono", (60, 73))]
    assert group_by_person(mentions, variants=True) == [[1, 2, 0]]


def test_a_one_word_name_spelt_otherwise_is_the_longer_name_it_is_a_word_of() -> None:
    mentions = [("Hendri Siswanto", (0, 15)), ("Hendry", (40, 46)), ("Siswantoo", (70, 79))]
    mentions.append(("Budi", (90, 94)))
    assert group_by_person(mentions, variants=True) == [[0, 1, 2], [3]]


def test_a_one_word_name_spelt_like_a_word_of_two_longer_names_stays_apart() -> None:
    mentions = [("Rizki Fauzan", (0, 12)), ("Rizki Amalia", (30, 42)), ("Rizky", (60, 65))]
    assert group_by_person(mentions, variants=True) == [[0], [1], [2]]


def test_names_a_letter_apart_but_not_spelt_alike_stay_apart() -> None:
    mentions = [("Mahfud", (0, 6)), ("Mahmud", (20, 26)), ("Sabri", (40, 45)), ("Sari", (60, 64))]
    mentions.append(("Aldi Putra", (80, 90)))
    mentions.append(("Aldi Putri", (100, 110)))
    assert group_by_person(mentions, variants=True) == [[4], [5], [0], [1], [2], [3]]


# ------------------------------------------------------------------ brands after `cap`


def test_a_brand_after_cap_is_no_person() -> None:
    t = (
        "Polisi menyita 200 karton minyak goreng cap Siti Fatimah dari gudang milik Ahmad Rifai "
        "di Jalan Gatot Subroto."
    )
    found = [("Siti Fatimah", "PER"), ("Ahmad Rifai", "PER")]
    assert _persons(t, found) == [("Ahmad Rifai", ["Ahmad Rifai"])]


def test_a_facility_inside_a_per_span_names_the_facility() -> None:
    t = "Ketua Takmir Masjid Nurul Amin menyampaikan terima kasih atas bantuan itu."
    assert _persons(t, [("Takmir Masjid Nurul Amin", "PER")]) == []


def test_a_name_ending_a_village_the_model_cut_short_is_no_person() -> None:
    t = (
        "Banjir merendam Kampung Sido Mekar, Kampung Mesir Dwi Jaya, dan Kampung Mekar Asri. "
        "Warga di wisata Pantai Labuhan Jukung Krui ikut mengungsi."
    )
    found = [
        ("Kampung Sido Mekar", "LOC"),
        ("Kampung Mesir", "LOC"),
        ("Dwi Jaya", "PER"),
        ("Kampung Mekar Asri", "LOC"),
        ("Pantai Labuhan", "LOC"),
        ("Jukung Krui", "PER"),
    ]
    assert _persons(t, found) == []


def test_a_name_after_a_village_heads_village_stays_a_person() -> None:
    t = "Kepala Desa Sukamaju Dwi Jaya mengatakan warga sudah dievakuasi."
    found = [("Desa Sukamaju", "LOC"), ("Dwi Jaya", "PER")]
    assert _persons(t, found) == [("Dwi Jaya", ["Dwi Jaya"])]


def test_a_name_after_a_village_not_ending_like_a_place_stays_a_person() -> None:
    t = "Warga Kampung Mesir Budi Hartono mengatakan air mulai surut."
    found = [("Kampung Mesir", "LOC"), ("Budi Hartono", "PER")]
    assert _persons(t, found) == [("Budi Hartono", ["Budi Hartono"])]


# ------------------------------------------------------------------ other senses in one article


def test_a_name_the_model_calls_a_body_elsewhere_in_another_case_is_no_person() -> None:
    t = (
        "Toko ACE Hardware resmi dibuka di Kota Metro. Wali Kota mengapresiasi hadirnya ACE Hardware. "
        "Warga berharap dengan hadirnya Ace Hardware lapangan kerja terbuka."
    )
    found = [("Toko ACE Hardware", "LOC"), ("ACE Hardware", "ORG"), ("Ace Hardware", "PER")]
    ents = [e for e in _ents(t, found) if not (e.text == "ACE Hardware" and e.span[0] < 10)]
    vetted = vet_entities(t, ents)
    assert [e.text for e in vetted if e.label == "PER"] == []


def test_a_feast_day_in_its_older_spelling_is_no_person() -> None:
    t = "Bantuan disalurkan menjelang Iedul Fitri dan kembali menjelang Iedul Adha, kata Agus Subagyo."
    found = [("Iedul Fitri", "PER"), ("Iedul Adha", "PER"), ("Agus Subagyo", "PER")]
    assert _persons(t, found) == [("Agus Subagyo", ["Agus Subagyo"])]


def test_a_lone_name_with_a_degree_after_it_is_a_person() -> None:
    t = "Kegiatan itu diwakili Kepala Puskesmas Tulang Bawang 1, Hj. Meliana STrKeb., MKes., kemarin."
    assert _persons(t, [("Meliana STrKeb", "PER")]) == [("Meliana", ["Meliana"])]


def test_a_degree_alone_is_no_per_entity() -> None:
    t = "Sekretaris Camat Dedi Supriadi, S. Sos, M.Si mengatakan jalan itu segera diperbaiki."
    vetted = vet_entities(t, _ents(t, [("Dedi Supriadi", "PER"), ("S. Sos", "PER")]))
    assert [e.text for e in vetted] == ["Dedi Supriadi"]


def test_a_cooperative_or_farmers_group_after_its_short_name_is_no_person() -> None:
    t = (
        "Bupati memberikan apresiasi kepada KUD Krida Sejahtera yang membantu petani. Bantuan juga "
        "diberikan untuk Gapoktan Sri Rejeki, kata Kepala Dinas Pertanian Nurmansyah."
    )
    found = [("Krida Sejahtera", "PER"), ("Sri Rejeki", "PER"), ("Nurmansyah", "PER")]
    assert _persons(t, found) == [("Nurmansyah", ["Nurmansyah"])]


# ------------------------------------------------------------------ lone names with a person's marks


def test_a_lone_name_set_off_by_a_comma_before_a_speech_verb_is_a_person() -> None:
    t = "Peringatan hari ibu digelar di aula. Dalam acara itu, Zelda, mengatakan kegiatan ini penting."
    assert _persons(t, [("Zelda", "PER")]) == [("Zelda", ["Zelda"])]


def test_a_lone_name_after_a_list_of_places_before_a_speech_verb_is_a_person() -> None:
    t = "Ketua kelompok tani di Mulyosari, Metro Barat, Lasmiati, mengatakan panen tahun ini melimpah."
    found = [("Mulyosari", "LOC"), ("Metro Barat", "LOC"), ("Lasmiati", "PER")]
    assert _persons(t, found) == [("Lasmiati", ["Lasmiati"])]


def test_a_lone_name_a_thing_is_registered_to_is_a_person() -> None:
    t = "Rumah yang tertimpa pohon akibat angin puting beliung atas nama Sohudi rusak berat."
    assert _persons(t, [("Sohudi", "PER")]) == [("Sohudi", ["Sohudi"])]


def test_a_lone_unsure_word_after_a_comma_without_a_speech_verb_stays_out() -> None:
    t = "Banjir merendam Rawajitu, Menggala, Gedung Meneng, dan Penawar Tama sejak Senin."
    found = [("Rawajitu", "LOC"), ("Menggala", "LOC"), ("Gedung Meneng", "PER"), ("Penawar Tama", "LOC")]
    assert _persons(t, found) == []


def test_capitalised_words_of_titles_and_programmes_name_no_one() -> None:
    t = (
        "Kunjungan Menteri Agraria dan Tata Ruang Hadi Tjahjanto disambut warga. PT Bumen Redja Abadi "
        "meresmikan diler truk. “Kami siap beroperasi,” "
        "ucap Hadi Surjono Halim, Operational Director PT Bumen Redja Abadi. Bagi konsumen, diler buka "
        "setiap hari. Tenaga Fungsional Pengawas Dinas Lingkungan Hidup menyebut program atasi Stunting "
        "berjalan."
    )
    found = [("Hadi Tjahjanto", "PER"), ("Hadi Surjono Halim", "PER"), ("Stunting", "PER")]
    found.append(("PT Bumen Redja Abadi", "ORG"))
    assert [name for name, _ in _persons(t, found)] == ["Hadi Tjahjanto", "Hadi Surjono Halim"]


def test_a_lone_name_after_a_ballot_number_is_a_candidate() -> None:
    t = (
        "Calon nomor urut 1 Sarnubi memperoleh 42 suara, calon nomor urut 2 Prasetyo Arman mendapatkan "
        "30 suara dan calon nomor urut 3 Sumarsono meraih 69 suara."
    )
    found = [("Sarnubi", "PER"), ("Prasetyo Arman", "PER"), ("Sumarsono", "PER")]
    assert [name for name, _ in _persons(t, found)] == ["Sarnubi", "Prasetyo Arman", "Sumarsono"]


def test_a_lone_unsure_word_after_a_number_is_no_candidate() -> None:
    t = "Jalan nomor 3 Mulyojati rusak, sementara ruas 2 Sukajadi masih baik."
    assert _persons(t, [("Mulyojati", "PER"), ("Sukajadi", "PER")]) == []


def test_words_between_a_degree_and_the_models_span_open_the_name() -> None:
    t = "Sekretaris Daerah Kota Metro, Ir. Bangkit Haryo Utomo didampingi staf ahli menghadiri acara."
    vetted = vet_entities(t, _ents(t, [("Kota Metro", "LOC"), ("Utomo", "PER")]))
    assert [e.text for e in vetted if e.label == "PER"] == ["Bangkit Haryo Utomo"]


@pytest.mark.parametrize(
    "facility",
    ["RSUD", "Rumah Sakit"],  # a facility's word of one word or two (officials_facility_words.txt)
)
def test_words_after_a_facilitys_degree_name_the_facility_not_the_person(facility: str) -> None:
    t = f"Pasien dirujuk ke {facility} Prof Ngoerah Sanglah pada Senin."
    vetted = vet_entities(t, _ents(t, [("Sanglah", "PER")]))
    assert [e.text for e in vetted if e.label == "PER"] == ["Sanglah"]
    assert _persons(t, [("Sanglah", "PER")]) == []


def test_a_title_between_an_honorific_and_the_models_span_stays_out_of_the_name() -> None:
    t = "Acara itu dibuka Bapak Bupati Agus Istiqlal di halaman kantor."
    vetted = vet_entities(t, _ents(t, [("Agus Istiqlal", "PER")]))
    assert [e.text for e in vetted if e.label == "PER"] == ["Agus Istiqlal"]


def test_a_word_the_model_read_as_its_own_span_after_a_rank_is_taken_once() -> None:
    # officials19: the model's two spans side by side are one name (`_name_word`), the rank off;
    # `Rio Tangkari` then folds into a fuller `Zainal Rio Chandra Tangkari` (`_gapped_of`)
    t = "“Kami bantu warga terdampak,” kata AKBP Rio Tangkari di Baubau."
    vetted = vet_entities(t, _ents(t, [("Rio", "PER"), ("Tangkari", "PER")]))
    assert [e.text for e in vetted if e.label == "PER"] == ["Rio Tangkari"]


def test_a_route_and_a_packaged_product_name_no_one() -> None:
    t = (
        "Penerbangan perdana rute Radin Inten II Bandar Lampung-Krui dimulai Senin. Polres memberikan "
        "bantuan berupa 10 Dus Aqua, kata Kapolres AKBP Ryky Widya Muharam."
    )
    found = [("Radin Inten II", "PER"), ("Dus Aqua", "PER"), ("Ryky Widya Muharam", "PER")]
    assert _persons(t, found) == [("Ryky Widya Muharam", ["Ryky Widya Muharam"])]


def test_a_listed_bodys_short_name_before_a_speech_verb_is_no_persons_initials() -> None:
    t = "Rizky, penjual sayuran di Pasar Way Kandis, ketika ditemui RRI mengungkapkan harga bawang naik."
    assert _persons(t, [("Rizky", "PER"), ("RRI", "PER")]) == [("Rizky", ["Rizky"])]


def test_a_persons_initials_before_a_speech_verb_stay_a_person() -> None:
    t = "Pembangunan bandara harus dipercepat, ujar JK di Makassar."
    assert _persons(t, [("JK", "PER")]) == [("JK", ["JK"])]


def test_two_given_names_joined_by_a_hyphen_are_a_pair_not_one_name() -> None:
    t = "Pasangan Agus-Sylvi unggul di tiga kecamatan dalam hitung cepat."
    assert _persons(t, [("Agus-Sylvi", "PER")]) == []


def test_a_pair_split_by_the_model_at_the_hyphen_stays_two_persons() -> None:
    t = "Pasangan calon Agus-Sylvi mengatakan siap menerima hasil hitung cepat."
    vetted = vet_entities(t, _ents(t, [("Agus", "PER"), ("Sylvi", "PER")]))
    assert [e.text for e in vetted if e.label == "PER"] == ["Agus", "Sylvi"]


def test_a_religious_council_post_is_a_title_and_its_holder_the_person() -> None:
    t = (
        "Pengajian dihadiri para tokoh masyarakat, Rais Syuriyah MWCNU Blambangan Umpu KH Abdul Azis, "
        "dan Muslimat NU."
    )
    found = [("Rais Syuriyah MWCNU", "PER"), ("KH Abdul Azis", "PER"), ("Muslimat NU", "ORG")]
    assert _persons(t, found) == [("Abdul Azis", ["Abdul Azis"])]


def test_a_name_ending_in_a_given_name_after_a_village_stays_a_person() -> None:
    t = "Warga Desa Sukamaju Dewi Sari mengatakan air mulai surut sejak pagi."
    found = [("Desa Sukamaju", "LOC"), ("Dewi Sari", "PER")]
    assert _persons(t, found) == [("Dewi Sari", ["Dewi Sari"])]
