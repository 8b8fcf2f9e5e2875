"""Entity vetting (`extract.ner.vet`), one sense per article: a lone word dropped once as a thing
is no person elsewhere either, unless the article names a person with it (a kept full name
that opens or ends with it, or the word after a speech verb)."""

from __future__ import annotations

from extract.ner.vet import vet_entities
from extract.records import Entity
from tests.entity_records import model_entities as _ents


def test_a_surname_read_as_a_thing_after_its_title_stays_a_person_where_the_full_name_is_kept() -> None:
    t = (
        "Program itu digagas Gubernur Warsito Hadiprojo sejak awal menjabat. Gagasan itu datang dari "
        "Gubernur Warsito ke desa. Lebih lanjut, pengalaman Warsito selama menjadi petani membuatnya paham."
    )
    ents = _ents(t, [("Warsito Hadiprojo", "PER"), ("Gubernur Warsito", "PER"), ("Warsito", "PER")])
    assert vet_entities(t, ents) == [
        Entity("Warsito Hadiprojo", "PER", (29, 46)),
        Entity("Warsito", "PER", (143, 150)),
    ]


def test_a_body_dropped_after_a_title_stays_dropped_beside_an_unrelated_person() -> None:
    t = (
        "Rektor Unila ke Bandar Lampung pekan lalu bersama Budi Santoso. Menurut Budi Santoso, "
        "mahasiswa baru terus bertambah. Tahun ini Unila menerima ribuan mahasiswa."
    )
    ents = _ents(
        t, [("Rektor Unila", "PER"), ("Budi Santoso", "PER"), ("Budi Santoso", "PER"), ("Unila", "PER")]
    )
    assert vet_entities(t, ents) == [
        Entity("Budi Santoso", "PER", (50, 62)),
        Entity("Budi Santoso", "PER", (72, 84)),
    ]


def test_a_lone_name_ending_its_sentence_after_an_office_is_the_holder_everywhere() -> None:
    t = "Sejumlah warga datang ke kantor Gubernur Warsito. Lebih lanjut, pengalaman Warsito membuatnya paham."
    ents = _ents(t, [("Gubernur Warsito", "PER"), ("Warsito", "PER")])
    assert vet_entities(t, ents) == [Entity("Warsito", "PER", (41, 48)), Entity("Warsito", "PER", (75, 82))]


def test_a_restored_word_glued_to_a_partner_names_their_government_not_the_person() -> None:
    t = (
        "Program itu digagas Gubernur Warsito Hadiprojo sejak awal menjabat. Gagasan itu datang dari "
        "Gubernur Warsito ke desa. Satu tahun pemerintahan Warsito-Sulastri dinilai berhasil, dan pengalaman "
        "Warsito selama menjadi petani membantu."
    )
    ents = _ents(
        t,
        [
            ("Warsito Hadiprojo", "PER"),
            ("Gubernur Warsito", "PER"),
            ("Warsito", "PER"),
            ("Sulastri", "PER"),
            ("Warsito", "PER"),
        ],
    )
    assert vet_entities(t, ents) == [
        Entity("Warsito Hadiprojo", "PER", (29, 46)),
        Entity("Sulastri", "PER", (150, 158)),
        Entity("Warsito", "PER", (192, 199)),
    ]


def test_a_quote_tag_names_the_person_everywhere_a_local_cue_dropped_the_word() -> None:
    t = (
        "Bantuan itu diserahkan Gubernur Warsito ke desa. Lebih lanjut, pengalaman Warsito selama menjadi "
        'petani membantu. "Kami siap mendampingi," kata Warsito.'
    )
    ents = _ents(t, [("Gubernur Warsito", "PER"), ("Warsito", "PER"), ("Warsito", "PER")])
    assert vet_entities(t, ents) == [Entity("Warsito", "PER", (74, 81)), Entity("Warsito", "PER", (144, 151))]


def test_a_verb_opening_a_clause_takes_an_object_not_a_speaker() -> None:
    t = (
        "Bantuan itu diserahkan Gubernur Warsito ke desa. Lebih lanjut, pengalaman Warsito selama menjadi "
        "petani membantu. Pemerintah menegaskan Warsito tetap menjabat."
    )
    ents = _ents(t, [("Gubernur Warsito", "PER"), ("Warsito", "PER"), ("Warsito", "PER")])
    assert vet_entities(t, ents) == [Entity("Warsito", "PER", (136, 143))]


def test_a_name_in_apposition_after_an_officials_title_outweighs_a_thing_word_before_it() -> None:
    t = (
        "Bantuan bibit diterima langsung oleh Kepala Kampung, Warsito, di balai warga. Bibit dibagikan "
        "oleh aparat Kepala Kampung. Warsito berharap bibit itu segera ditanam."
    )
    ents = _ents(t, [("Warsito", "PER"), ("Warsito", "PER")])
    # the cue before the stop ends its sentence: the opener after it is the person too
    assert vet_entities(t, ents) == [Entity("Warsito", "PER", (53, 60)), Entity("Warsito", "PER", (122, 129))]


def test_a_word_after_a_thing_word_stays_a_thing_when_no_person_is_named_by_it() -> None:
    t = (
        "Warga kini memesan ojek lewat aplikasi Molecool. Menurut Siti Rahma, Molecool mudah dipakai "
        "oleh pedagang pasar."
    )
    ents = _ents(t, [("Molecool", "PER"), ("Siti Rahma", "PER"), ("Molecool", "PER")])
    assert vet_entities(t, ents) == [Entity("Siti Rahma", "PER", (57, 67))]


def test_a_word_the_model_also_calls_a_body_gives_no_person_evidence() -> None:
    t = (
        'Pengguna anak kini dibatasi di aplikasi Lumora. "Fitur obrolan kami tutup," kata Lumora. '
        "Sejak itu, Lumora makin ramai dipakai. Kebijakan Lumora berlaku bulan depan."
    )
    ents = _ents(t, [("Lumora", "PER"), ("Lumora", "PER"), ("Lumora", "PER"), ("Lumora", "ORG")])
    assert vet_entities(t, ents) == [Entity("Lumora", "PER", (81, 87)), Entity("Lumora", "ORG", (138, 144))]
