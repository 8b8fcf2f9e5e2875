"""Officials and persons on unseen news (round officials19): `Tenaga Ahli` as a post of a ministry
or an office; `PR` as an English unit word before an English post; an acting inspector general
of a ministry."""

from __future__ import annotations

from tests.official_records import article_officials as _officials


def test_an_expert_post_of_an_office_is_a_title() -> None:
    t = "Tenaga Ahli Utama Kantor Staf Presiden Gunawan Sasmita menilai harga beras mulai stabil."
    assert _officials(t) == [("Gunawan Sasmita", "Tenaga Ahli Utama Kantor Staf Presiden")]


def test_an_expert_post_of_a_minister_with_its_field() -> None:
    t = "Rapat itu dihadiri Tenaga Ahli Menteri Pertanian Bidang Pangan Sri Wahyuni di Bogor, Senin."
    assert _officials(t) == [("Sri Wahyuni", "Tenaga Ahli Menteri Pertanian Bidang Pangan")]


def test_expert_workers_without_a_name_give_no_official() -> None:
    t = "Politeknik itu menyiapkan Tenaga Ahli untuk industri baja di kawasan Cilegon."
    assert _officials(t) == []


def test_a_pr_manager_after_the_name_is_the_title() -> None:
    t = '"Stok kami cukup," ujar Melinda Tanoto, PR Manager Sinar Gadget Nusantara dalam keterangan resmi.'
    assert _officials(t) == [("Melinda Tanoto", "PR Manager Sinar Gadget Nusantara")]


def test_a_pr_director_before_the_name_keeps_the_unit_word() -> None:
    t = "PR Director Sinar Gadget Nusantara Robertus Hadinata mengatakan penjualan naik tajam."
    assert _officials(t) == [("Robertus Hadinata", "PR Director Sinar Gadget Nusantara")]


def test_an_acting_inspector_general_of_a_ministry() -> None:
    t = "Plt Inspektur Jenderal Kementerian Sosial Baskoro Wicaksono menjelaskan hasil audit, Rabu."
    assert _officials(t) == [("Baskoro Wicaksono", "Plt Inspektur Jenderal Kementerian Sosial")]
