"""Officials: names joined by `dan` before one or two posts (issue 13, round officials4).

Found in news-raw: `… terpilihnya <A> dan dr. <B> sebagai Gubernur dan Wakil Gubernur Lampung`
gave B both posts and lost A (the degree before B hid the `dan` before it); `<A> dan <B> selaku
CEO dan Direktur Operasional <body>` gave both names both posts. Each holder takes the post in
the same place of its list; a list of three names, one name, or a list of persons after one
holder's post are left alone. A numbered list of appointments (`2. <A> sebagai Direktur
Jenderal Sumber Daya Air 3. <B> sebagai …`) gave each title the next item's number, and
`<A>, masing-masing selaku anggota KPU` gave no one the post. Every
sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record

from .test_roles import _officials, _per


def _records(sentence: str, *names: str) -> list:
    return _officials(sentence, _per(sentence, *names))


def test_two_names_take_two_posts_in_order() -> None:
    s = "Klub itu dipimpin Budi Hartono dan Agus Salim selaku CEO dan Direktur PT Maju Jaya."
    assert _records(s, "Budi Hartono", "Agus Salim") == [
        official_record(
            s,
            "Budi Hartono dan Agus Salim selaku CEO dan Direktur PT Maju Jaya",
            "Budi Hartono",
            "CEO PT Maju Jaya",
        ),
        official_record(
            s, "Agus Salim selaku CEO dan Direktur PT Maju Jaya", "Agus Salim", "Direktur PT Maju Jaya"
        ),
    ]


def test_a_degree_before_the_second_name_keeps_the_first_holder() -> None:
    s = (
        "Warga menyambut terpilihnya Rahmat Hidayat dan dr. Jihan Lestari sebagai Gubernur dan "
        "Wakil Gubernur Lampung."
    )
    assert _records(s, "Rahmat Hidayat", "Jihan Lestari") == [
        official_record(
            s,
            "Rahmat Hidayat dan dr. Jihan Lestari sebagai Gubernur dan Wakil Gubernur Lampung",
            "Rahmat Hidayat",
            "Gubernur Lampung",
        ),
        official_record(
            s,
            "Jihan Lestari sebagai Gubernur dan Wakil Gubernur Lampung",
            "Jihan Lestari",
            "Wakil Gubernur Lampung",
        ),
    ]


def test_two_names_sharing_one_post_keep_it() -> None:
    s = "Rapat itu dihadiri Budi Hartono dan Agus Salim sebagai Anggota DPRD Lampung."
    assert _records(s, "Budi Hartono", "Agus Salim") == [
        official_record(
            s,
            "Budi Hartono dan Agus Salim sebagai Anggota DPRD Lampung",
            "Budi Hartono",
            "Anggota DPRD Lampung",
        ),
        official_record(s, "Agus Salim sebagai Anggota DPRD Lampung", "Agus Salim", "Anggota DPRD Lampung"),
    ]


def test_three_names_before_two_posts_are_not_paired() -> None:
    # three holders, two posts: which two hold them the sentence does not say; left as read
    s = (
        "Rapat itu dihadiri Budi Hartono, Agus Salim dan Rina Marlina selaku Ketua dan Wakil Ketua "
        "DPRD Lampung."
    )
    titles = {o.title for o in _records(s, "Budi Hartono", "Agus Salim", "Rina Marlina")}
    assert titles == {"Ketua dan Wakil Ketua DPRD Lampung"}


def test_one_name_before_two_posts_holds_both() -> None:
    s = "Budi Hartono selaku Ketua dan Wakil Ketua DPRD Lampung hadir."
    assert _records(s, "Budi Hartono") == [
        official_record(
            s,
            "Budi Hartono selaku Ketua dan Wakil Ketua DPRD Lampung",
            "Budi Hartono",
            "Ketua dan Wakil Ketua DPRD Lampung",
        ),
    ]


def test_candidates_for_two_posts_hold_none() -> None:
    s = "Budi Hartono dan Agus Salim sebagai bakal calon gubernur dan wakil gubernur hadir."
    assert _records(s, "Budi Hartono", "Agus Salim") == []


def test_a_list_of_posts_with_no_names_gives_nothing() -> None:
    s = "Rapat itu dihadiri Ketua, Wakil Ketua, dan Anggota Komisi Yudisial."
    assert _records(s) == []


def test_amounts_counted_masing_masing_give_nothing() -> None:
    s = "Puskesmas Sekincau dan Gedung Surian masing-masing mencatat 3 kasus dan 1 kasus."
    assert _records(s) == []


def test_the_next_item_number_is_cut_off_a_title() -> None:
    s = (
        "Pejabat yang dilantik: 1. Apri Santoso sebagai Sekretaris Jenderal 2. Arnold Wijaya "
        "sebagai Direktur Jenderal Sumber Daya Air 3. Bisma Pratama sebagai Kepala Badan "
        "Pengembangan Wilayah."
    )
    assert _records(s, "Apri Santoso", "Arnold Wijaya", "Bisma Pratama") == [
        official_record(s, "Apri Santoso sebagai Sekretaris Jenderal", "Apri Santoso", "Sekretaris Jenderal"),
        official_record(
            s,
            "Arnold Wijaya sebagai Direktur Jenderal Sumber Daya Air",
            "Arnold Wijaya",
            "Direktur Jenderal Sumber Daya Air",
        ),
        official_record(
            s,
            "Bisma Pratama sebagai Kepala Badan Pengembangan Wilayah",
            "Bisma Pratama",
            "Kepala Badan Pengembangan Wilayah",
        ),
    ]


def test_a_number_of_the_post_stays() -> None:
    s = "Warga yang hadir: 1. Budi Hartono selaku Ketua RT 3. Rapat dimulai pukul 09.00."
    assert _records(s, "Budi Hartono") == [
        official_record(s, "Budi Hartono selaku Ketua RT 3", "Budi Hartono", "Ketua RT 3"),
    ]


def test_each_name_before_masing_masing_selaku_holds_the_post() -> None:
    s = "DKPP menjatuhkan sanksi kepada Idham Santoso dan August Wijaya masing-masing selaku anggota KPU RI."
    assert _records(s, "Idham Santoso", "August Wijaya") == [
        official_record(
            s,
            "Idham Santoso dan August Wijaya masing-masing selaku anggota KPU RI",
            "Idham Santoso",
            "anggota KPU RI",
        ),
        official_record(
            s, "August Wijaya masing-masing selaku anggota KPU RI", "August Wijaya", "anggota KPU RI"
        ),
    ]


def test_places_counted_masing_masing_sebagai_hold_nothing() -> None:
    s = "Puskesmas Sekincau dan Gedung Surian masing-masing sebagai tempat isolasi warga."
    assert _records(s) == []


@pytest.mark.xfail(
    strict=True,
    reason="names listed by commas before `masing-masing selaku`: only the last one (and one before `dan`) "
    "is read as a holder; the comma list is not followed",
)
def test_a_comma_list_before_masing_masing_selaku() -> None:
    s = "DKPP menegur Idham Santoso, Yuli Pratama, dan August Wijaya, masing-masing selaku anggota KPU RI."
    names = [o.name for o in _records(s, "Idham Santoso", "Yuli Pratama", "August Wijaya")]
    assert names == ["Idham Santoso", "Yuli Pratama", "August Wijaya"]


@pytest.mark.xfail(
    strict=True,
    reason="a list of persons after one holder's post (Ketua KPU A, B dan C hadir): B and C take the post; "
    "a post one person holds (Ketua) is not yet told from one several hold (anggota)",
)
def test_persons_listed_after_one_holder_hold_no_post() -> None:
    s = "Ketua KPU Hasyim Asy'ari, Budi dan Andi hadir dalam rapat itu."
    assert _records(s, "Hasyim Asy'ari", "Budi", "Andi") == [
        official_record(s, "Ketua KPU Hasyim Asy'ari", "Hasyim Asy'ari", "Ketua KPU"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="holders named after `para wakil ketuanya, mulai dari …`: the possessive post and `mulai dari` "
    "list are not read",
)
def test_holders_listed_after_mulai_dari() -> None:
    s = (
        "Hadir Ketua Tim Hukum Hinca Pratama, serta para wakil ketuanya, mulai dari Adi Kusuma, "
        "Budi Santoso, hingga Rudi Hartono."
    )
    names = [o.name for o in _records(s, "Hinca Pratama", "Adi Kusuma", "Budi Santoso", "Rudi Hartono")]
    assert names == ["Hinca Pratama", "Adi Kusuma", "Budi Santoso", "Rudi Hartono"]


# Session 36 review (fix36f): the last item's own number stayed cut (no next item follows it); a
# comma closing a clause before two names was read as a third name; `masing-masing` before
# several posts gave every holder the first head.
@pytest.mark.parametrize(
    ("sentence", "names", "titles"),
    [
        (
            "BEKASI - Berikut ketua RT terpilih: 1. Andi Wijaya sebagai Ketua RT 01, 2. Budi Santoso "
            "sebagai Ketua RT 03.",
            ("Andi Wijaya", "Budi Santoso"),
            ("Ketua RT 01", "Ketua RT 03"),
        ),
        (
            "BEKASI - Berikut ketua RW terpilih: 2. Budi Santoso sebagai Ketua RW 03, 3. Rina Marlina "
            "sebagai Ketua RW 4.",
            ("Budi Santoso", "Rina Marlina"),
            ("Ketua RW 03", "Ketua RW 4"),
        ),
        (
            "DEPOK - Ia menunjuk 4. Andi Wijaya sebagai Ketua RW 05 dan Budi Santoso sebagai Kepala Pos 5.",
            ("Andi Wijaya", "Budi Santoso"),
            ("Ketua RW 05", "Kepala Pos 5"),
        ),
    ],
)
def test_the_last_item_keeps_its_post_number(
    sentence: str, names: tuple[str, ...], titles: tuple[str, ...]
) -> None:
    assert _records(sentence, *names) == [
        official_record(sentence, f"{n} sebagai {t}", n, t) for n, t in zip(names, titles, strict=True)
    ]


def test_numbers_cut_off_items_in_a_list_but_the_last() -> None:
    s = (
        "Kepala sekolah baru: 1. Andi Wijaya sebagai Kepala SMPN 2 2. Budi Santoso sebagai Kepala SMPN 3 "
        "3. Rina Marlina sebagai Kepala SMPN 4."
    )
    assert _records(s, "Andi Wijaya", "Budi Santoso", "Rina Marlina") == [
        official_record(s, "Andi Wijaya sebagai Kepala SMPN 2", "Andi Wijaya", "Kepala SMPN 2"),
        official_record(s, "Budi Santoso sebagai Kepala SMPN 3", "Budi Santoso", "Kepala SMPN 3"),
        official_record(s, "Rina Marlina sebagai Kepala SMPN 4", "Rina Marlina", "Kepala SMPN 4"),
    ]


def test_a_clause_comma_before_two_names_is_no_third_name() -> None:
    s = (
        "CIANJUR - Dalam acara itu, Andi Wijaya dan Budi Santoso selaku Ketua dan Sekretaris Koperasi Maju "
        "menandatangani perjanjian kerja sama."
    )
    assert _records(s, "Andi Wijaya", "Budi Santoso") == [
        official_record(
            s,
            "Andi Wijaya dan Budi Santoso selaku Ketua dan Sekretaris Koperasi Maju",
            "Andi Wijaya",
            "Ketua Koperasi Maju",
        ),
        official_record(
            s,
            "Budi Santoso selaku Ketua dan Sekretaris Koperasi Maju",
            "Budi Santoso",
            "Sekretaris Koperasi Maju",
        ),
    ]


def test_masing_masing_before_three_posts_gives_no_one_the_first() -> None:
    # the posts go one to each holder; unpaired, none is read rather than Ketua for all
    s = (
        "CIANJUR - Andi Wijaya, Budi Santoso dan Citra Lestari masing-masing sebagai Ketua, Sekretaris dan "
        "Bendahara Koperasi Maju."
    )
    assert _records(s, "Andi Wijaya", "Budi Santoso", "Citra Lestari") == []


def test_masing_masing_before_two_posts_pairs_two_names() -> None:
    s = "CIANJUR - Andi Wijaya dan Budi Santoso masing-masing sebagai Ketua dan Sekretaris Koperasi Maju."
    assert _records(s, "Andi Wijaya", "Budi Santoso") == [
        official_record(
            s,
            "Andi Wijaya dan Budi Santoso masing-masing sebagai Ketua dan Sekretaris Koperasi Maju",
            "Andi Wijaya",
            "Ketua Koperasi Maju",
        ),
        official_record(
            s,
            "Budi Santoso masing-masing sebagai Ketua dan Sekretaris Koperasi Maju",
            "Budi Santoso",
            "Sekretaris Koperasi Maju",
        ),
    ]


def test_stacked_degrees_before_the_second_name_keep_the_first_holder() -> None:
    s = (
        "BANDUNG - Acara dihadiri Budi Santoso dan Prof. Dr. Siti Aminah sebagai Rektor dan Wakil Rektor "
        "Universitas Padjadjaran."
    )
    assert _records(s, "Budi Santoso", "Siti Aminah") == [
        official_record(
            s,
            "Budi Santoso dan Prof. Dr. Siti Aminah sebagai Rektor dan Wakil Rektor Universitas Padjadjaran",
            "Budi Santoso",
            "Rektor Universitas Padjadjaran",
        ),
        official_record(
            s,
            "Siti Aminah sebagai Rektor dan Wakil Rektor Universitas Padjadjaran",
            "Siti Aminah",
            "Wakil Rektor Universitas Padjadjaran",
        ),
    ]
