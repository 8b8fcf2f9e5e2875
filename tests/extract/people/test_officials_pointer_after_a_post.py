"""Officials: **Name … . Post Body itu/ini/tersebut …** — a post that names its body, opens a
sentence and is followed by a pointer word refers to the person named last in the sentence
before (`roles.apposition._this_holder`); `itu` points back like `ini`/`tersebut`, and a former
holder's `Mantan`/`Eks` may open the sentence (session 31, off65: `Ketua Umum DPP … itu
mengatakan` after a named person gave nobody).

Must give nothing: the last person named before already holds a post of their own; the post opens
a quotation; a coach or player described by origin only (no body); a post with no body.
Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

from extract.records import Official

from .test_roles import _officials, _per


def _pointed(s: str, name: str, post: str, title: str) -> Official:
    ns, ps = s.index(name), s.index(post)
    return Official(name=name, title=title, span=(ps, ps + len(post)), name_span=(ns, ns + len(name)))


def test_itu_after_a_post_points_to_the_person_named_before() -> None:
    s = (
        "Rapat kerja itu dipimpin Siti Aminah di Bandar Lampung. "
        "Ketua Umum DPP Perempuan Mandiri itu mengatakan kaum perempuan harus bersatu."
    )
    assert _officials(s, _per(s, "Siti Aminah")) == [
        _pointed(s, "Siti Aminah", "Ketua Umum DPP Perempuan Mandiri", "Ketua Umum DPP Perempuan Mandiri")
    ]


def test_a_former_holder_opening_the_sentence_is_an_official_all_the_same() -> None:
    s = "Budi Santoso ikut hadir di lokasi. Mantan Kapolres Waykanan itu menjelaskan situasi aman."
    assert _officials(s, _per(s, "Budi Santoso")) == [
        _pointed(s, "Budi Santoso", "Mantan Kapolres Waykanan", "Mantan Kapolres Waykanan")
    ]


def test_the_last_named_person_holding_a_post_of_his_own_takes_no_second_one() -> None:
    s = (
        "Budi Santoso datang bersama Kapolres Waykanan AKBP Rudi Hartono. "
        "Kepala Dinas Pendidikan Waykanan itu menjelaskan sekolah tetap buka."
    )
    got = _officials(s, _per(s, "Budi Santoso", "Rudi Hartono"))
    assert [(o.name, o.title) for o in got] == [("Rudi Hartono", "Kapolres Waykanan")]


def test_a_post_opening_a_quotation_names_nobody_before_it() -> None:
    s = (
        "Budi Santoso ikut hadir di lokasi. "
        '"Mantan Kapolres Waykanan itu sudah lama pensiun," kata seorang warga.'
    )
    assert _officials(s, _per(s, "Budi Santoso")) == []


def test_a_coach_described_by_origin_only_is_no_official() -> None:
    s = "Nama Carlos Diaz langsung menjadi sorotan. Pelatih asal Spanyol itu dinilai sukses."
    assert _officials(s, _per(s, "Carlos Diaz")) == []


def test_a_player_described_by_origin_only_is_no_official() -> None:
    s = "Gol itu dicetak Rudi Hartono. Pemain asal Medan itu mengaku senang."
    assert _officials(s, _per(s, "Rudi Hartono")) == []


def test_a_post_with_no_body_points_to_nobody() -> None:
    s = "Budi Santoso ikut hadir di lokasi. Ketua itu mengatakan acara berjalan lancar."
    assert _officials(s, _per(s, "Budi Santoso")) == []


def test_another_person_s_name_between_the_name_and_the_post_names_nobody() -> None:
    # `Susi` (of Susi Pudjiastuti) stands after Ganjar Pranowo: the post may be hers
    s = (
        "Susi Pudjiastuti menyambut tamunya di Pangandaran. Ganjar Pranowo diajak berkeliling rumah Susi. "
        "Menteri Kelautan dan Perikanan 2014-2019 itu memamerkan sebuah ruangan."
    )
    assert _officials(s, _per(s, "Susi Pudjiastuti", "Ganjar Pranowo")) == []


def test_a_post_of_someone_named_before_keeps_the_title_written_next_to_the_name() -> None:
    # the pointer's post is a second description: it does not replace the post written next to the name
    s = (
        "Gubernur Lampung Rahmat Mirzani membuka acara. Rapat itu lalu dipimpin Rahmat Mirzani. "
        "Ketua DPD Partai Sejahtera Lampung itu berharap petani untung."
    )
    got = _officials(s, _per(s, "Rahmat Mirzani"))
    assert [(o.name, o.title) for o in got] == [("Rahmat Mirzani", "Gubernur Lampung")]


def test_the_post_written_between_the_name_and_the_pointer_is_someone_else_s() -> None:
    # fix31b: the post is named as another's (a building's) before the pointer
    s = (
        "Rudi Hartono mendatangi kantor Camat Sukadana pada Selasa pagi. "
        "Camat Sukadana itu ternyata sedang bertugas ke luar daerah."
    )
    assert _officials(s, _per(s, "Rudi Hartono")) == []


def test_a_post_that_is_filled_is_no_pointer_to_a_person() -> None:
    # fix31b: a verb of filling a post has the post as its subject
    s = (
        "Rudi Hartono menutup pameran itu pada Selasa pagi. "
        "Kepala Dinas Perhubungan Lampung Timur itu kini dijabat oleh pelaksana tugas."
    )
    assert _officials(s, _per(s, "Rudi Hartono")) == []
    s = (
        "Rudi Hartono menutup pameran itu pada Selasa pagi. "
        "Kepala Dinas Perhubungan Lampung Timur itu dijabat oleh pelaksana tugas."
    )
    assert _officials(s, _per(s, "Rudi Hartono")) == []
