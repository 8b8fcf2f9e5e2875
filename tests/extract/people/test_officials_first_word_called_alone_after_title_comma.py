"""Officials: after the comma that closes a title, a name whose first word is also a common word
or a region, which the article calls the person by alone (issue 13, round officials39).

Found in the survey of 203 unannotated news-raw pages (seed 39) and in the news tune misses:
`Kepala Dinas … Tulangbawang, Puncak <Name> mengatakan … kata Puncak` gave the title `…,
Puncak` and the last word as the name; `Corporate Secretary <Body>, Pria <Name>, … Pria
menyampaikan` gave no official. The article calling the person by the first word alone (after
or before a speech verb, or after an honorific) is the evidence (`_called_first_name`). Every
sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

import pytest

from extract.people.roles import scan_roles
from tests.entity_records import nth_entity
from tests.official_records import role_officials, role_record


def test_region_first_name_called_alone_is_the_holder() -> None:
    s = (
        "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait mengatakan jembatan itu rampung "
        'pekan depan. "Pengerjaannya bertahap," kata Puncak.'
    )
    mention = "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait"
    assert role_officials(s, [("Sirait", "PER")], spans=True) == [
        role_record(s, mention, "Puncak Sirait", "Kepala Dinas Pekerjaan Umum Tulangbawang")
    ]


def test_two_common_words_called_alone_are_the_holder() -> None:
    s = (
        "Sekretaris Perusahaan PT Logam Nusa, Pria Jaya, mengatakan perusahaan membantu warga. "
        "Pria menyampaikan bantuan disalurkan tiga tahap."
    )
    mention = "Sekretaris Perusahaan PT Logam Nusa, Pria Jaya"
    assert role_officials(s, [], spans=True) == [
        role_record(s, mention, "Pria Jaya", "Sekretaris Perusahaan PT Logam Nusa")
    ]


def test_region_word_written_alone_but_never_as_a_speaker_stays_the_place() -> None:
    # after `Tulangbawang,` the rule can fire, but `Metro` stands alone elsewhere only as a place
    # (`di Metro`), never as a speaker: the region stays the post's place, the word after it the holder
    s = (
        "Kepala Dinas Pekerjaan Umum Tulangbawang, Metro Budiman mengatakan jalan itu diperbaiki. "
        "Pedagang di Metro senang."
    )
    mention = "Kepala Dinas Pekerjaan Umum Tulangbawang, Metro Budiman"
    assert role_officials(s, [("Budiman", "PER")], spans=True) == [
        role_record(s, mention, "Budiman", "Kepala Dinas Pekerjaan Umum Tulangbawang, Metro")
    ]


def test_region_word_a_noun_governs_before_a_speech_verb_is_no_speaker() -> None:
    # review39: `Warga Puncak mengatakan`: the residents of Puncak speak, not a person called Puncak
    s = (
        "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait mengatakan jembatan rampung. "
        "Warga Puncak mengatakan jalan rusak."
    )
    mention = "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait"
    assert role_officials(s, [("Sirait", "PER")], spans=True) == [
        role_record(s, mention, "Sirait", "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak")
    ]


def test_city_word_a_noun_governs_before_a_speech_verb_is_no_speaker() -> None:
    s = "Ketua KPU Lampung, Metro Lubis, mengatakan tahapan berjalan. Warga Metro mengatakan senang."
    mention = "Ketua KPU Lampung, Metro Lubis"
    assert role_officials(s, [("Lubis", "PER")], spans=True) == [
        role_record(s, mention, "Lubis", "Ketua KPU Lampung, Metro")
    ]


def test_region_word_after_a_preposition_before_a_speech_verb_is_no_speaker() -> None:
    s = (
        "Kepala Dinas Pekerjaan Umum Tulangbawang, Metro Budiman mengatakan jalan itu diperbaiki. "
        "Pedagang asal Metro mengatakan harga naik."
    )
    mention = "Kepala Dinas Pekerjaan Umum Tulangbawang, Metro Budiman"
    assert role_officials(s, [("Budiman", "PER")], spans=True) == [
        role_record(s, mention, "Budiman", "Kepala Dinas Pekerjaan Umum Tulangbawang, Metro")
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a region's name before a speech verb may be the place as subject (Sementara Metro menegaskan): "
    "only the person's own cues (kata Puncak, Pak Puncak) count for a region word",
)
def test_region_first_name_opening_a_clause_before_a_speech_verb_is_a_known_miss() -> None:
    s = (
        "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait mengatakan jembatan itu rampung. "
        "Sementara Puncak mengatakan dananya cukup."
    )
    mention = "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait"
    assert role_officials(s, [("Sirait", "PER")], spans=True) == [
        role_record(s, mention, "Puncak Sirait", "Kepala Dinas Pekerjaan Umum Tulangbawang")
    ]


@pytest.mark.xfail(strict=True, reason="no other mention calls the person by the region word: read as place")
def test_region_first_name_not_called_alone_is_a_known_miss() -> None:
    s = "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait mengatakan jembatan itu rampung."
    assert role_officials(s, [("Sirait", "PER")]) == [
        ("Puncak Sirait", "Kepala Dinas Pekerjaan Umum Tulangbawang")
    ]


@pytest.mark.xfail(
    strict=True, reason="the first word is an occupation's head (karyawan): the title's run ends there"
)
def test_occupation_word_as_first_name_is_a_known_miss() -> None:
    s = (
        "Direktur Operasional Perum Bulog, Karyawan Sitompul menyatakan beras itu dijual murah. "
        "Karyawan mengatakan stok cukup."
    )
    assert role_officials(s, [("Sitompul", "PER")]) == [
        ("Karyawan Sitompul", "Direktur Operasional Perum Bulog")
    ]


def test_occupation_called_alone_gives_no_official() -> None:
    # petani is an occupation with no organisation (GUIDELINES §2): no official, even when the
    # article calls someone by a capitalised common word
    s = "Petani asal Sukamaju, Tani Sirait, mengatakan panen turun. Tani menambahkan harga pupuk naik."
    assert role_officials(s, [("Tani Sirait", "PER")]) == []


def test_post_with_no_person_named_gives_nothing() -> None:
    s = "Kepala Dinas Pendidikan Tulangbawang, Kota Agung dan Menggala mengatakan sekolah siap."
    assert role_officials(s, []) == []


def test_person_beside_another_s_post_holds_none() -> None:
    s = (
        "Bupati Tulangbawang, Puncak Sirait, didampingi Raja Lubis meresmikan pasar itu. "
        "Kata Puncak, pasar dibuka pagi. Raja mengatakan pedagang senang."
    )
    assert role_officials(s, [("Raja Lubis", "PER")]) == [("Puncak Sirait", "Bupati Tulangbawang")]


def test_former_holder_keeps_mantan_in_the_title() -> None:
    s = (
        "Mantan Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait, mengatakan jembatan itu "
        "lama. Kata Puncak, dananya kurang."
    )
    assert role_officials(s, [("Sirait", "PER")]) == [
        ("Puncak Sirait", "Mantan Kepala Dinas Pekerjaan Umum Tulangbawang")
    ]


def test_place_word_after_the_title_comma_stays_in_the_name() -> None:
    # the model calls `Padang` a place at each lone mention (`Pekon Padang Cahya`, `kata
    # Padang`): after the comma that closes the title the body has ended, so the settling step
    # moves no word of the name back into the title
    s = (
        "Longsor menimbun jalan di Pekon Padang Cahya. Kepala Pelaksana BPBD Lambar, Padang "
        'Sirait, menjelaskan tim sudah dikerahkan. "Kami belum bisa memastikan kerugian," kata Padang.'
    )
    ents = [
        nth_entity(s, "Pekon Padang Cahya", "LOC"),
        nth_entity(s, "Padang Sirait", "PER"),
        nth_entity(s, "Padang", "LOC", 2),
    ]
    mention = "Kepala Pelaksana BPBD Lambar, Padang Sirait"
    got = [(m.name, m.title, m.span, m.name_span) for m in scan_roles(s, ents) if m.official]
    assert got == [role_record(s, mention, "Padang Sirait", "Kepala Pelaksana BPBD Lambar")]


_PUNCAK = "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait mengatakan jembatan itu rampung. "
_PUNCAK_MENTION = "Kepala Dinas Pekerjaan Umum Tulangbawang, Puncak Sirait"


@pytest.mark.parametrize(
    ("place", "surname", "after"),
    [
        ("Metro", "Budiman", "Metro menyatakan siap menjadi tuan rumah Porprov tahun depan."),
        ("Metro", "Budiman", "Pemkab Tulangbawang dan Metro menyatakan siap berbagi anggaran."),
        ("Metro", "Budiman", "Sementara Metro menegaskan tidak akan menaikkan tarif parkir."),
        ("Metro", "Budiman", "Namun Metro menyatakan belum siap."),
        ("Puncak", "Sirait", "Kabupaten Mimika dan Puncak menyatakan siap menggelar PON."),
        # a speech verb and its comma open the reported clause: its first word is no speaker
        ("Puncak", "Sirait", "Ia menambahkan, Puncak diguyur hujan sejak pagi."),
        ("Puncak", "Sirait", "Ia mengatakan, Puncak dan Tolikara paling parah terdampak."),
    ],
)
def test_region_as_subject_or_in_reported_speech_is_no_person(place: str, surname: str, after: str) -> None:
    # review39 (second): a place stands as a speech verb's subject too; a region's name counts as
    # a person's first name only by the person's own cues (kata Metro, Pak Metro)
    mention = f"Kepala Dinas Pekerjaan Umum Tulangbawang, {place} {surname}"
    s = f"{mention} mengatakan jalan itu diperbaiki. {after}"
    assert role_officials(s, [(surname, "PER")], spans=True) == [
        role_record(s, mention, surname, f"Kepala Dinas Pekerjaan Umum Tulangbawang, {place}")
    ]


def test_region_first_name_after_an_honorific_is_the_holder() -> None:
    s = _PUNCAK + "Pak Puncak meminta warga bersabar."
    assert role_officials(s, [("Sirait", "PER")], spans=True) == [
        role_record(s, _PUNCAK_MENTION, "Puncak Sirait", "Kepala Dinas Pekerjaan Umum Tulangbawang")
    ]


@pytest.mark.xfail(
    strict=True, reason="a region word before a speech verb is never a person's cue (see the Metro tests)"
)
@pytest.mark.parametrize(
    "after",
    [
        "Sementara itu Puncak mengatakan dana sudah cair.",
        "Pada kesempatan itu Puncak mengatakan dana sudah cair.",
        "Kemarin Puncak menjelaskan dana sudah cair.",
        "Puncak juga mengatakan dana sudah cair.",
    ],
)
def test_region_first_name_as_subject_is_a_known_miss(after: str) -> None:
    s = _PUNCAK + after
    assert role_officials(s, [("Sirait", "PER")]) == [
        ("Puncak Sirait", "Kepala Dinas Pekerjaan Umum Tulangbawang")
    ]


def test_common_first_name_opening_a_line_after_a_subhead_is_the_holder() -> None:
    # the word that opens a line has no word before it: a subhead's last word on the line above
    # is not read as governing it
    s = (
        "Sekretaris Perusahaan PT Logam Nusa, Pria Jaya, mengatakan perusahaan membantu warga.\n"
        "Bantuan Tiga Tahap\n"
        "Pria menyampaikan bantuan disalurkan tiga tahap."
    )
    mention = "Sekretaris Perusahaan PT Logam Nusa, Pria Jaya"
    assert role_officials(s, [], spans=True) == [
        role_record(s, mention, "Pria Jaya", "Sekretaris Perusahaan PT Logam Nusa")
    ]
