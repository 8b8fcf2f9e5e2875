"""Officials: an opinion piece signed with the writer's name and post glued by a full stop
(`… bagi semua. Name.Direktur Lembaga X (LX).`) names the writer's post, as a comma would; the
name opens its sentence and the post has no holder after it. A sentence run into the next
(`kata Siti.Direktur Utama X Name menjelaskan`) keeps the post's own holder, and a number or a
common word before the glued full stop signs nothing.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec


def test_a_name_glued_to_a_post_by_a_full_stop_signs_the_piece() -> None:
    s = "Demokrasi harus dirawat oleh kita. Rudi Santoso.Direktur Lembaga Kajian Pemilu Nusantara (LKPN)."
    assert _officials(s, _per(s, "Rudi Santoso")) == [
        _rec(
            s,
            "Rudi Santoso.Direktur Lembaga Kajian Pemilu Nusantara (LKPN)",
            "Rudi Santoso",
            "Direktur Lembaga Kajian Pemilu Nusantara (LKPN)",
        )
    ]
    s = "Jalan menuju pemilu adil masih panjang. Maya Lestari.Anggota DPRD Kota Sukamaju Fraksi Partai Hijau."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Maya Lestari"))] == [
        ("Maya Lestari", "Anggota DPRD Kota Sukamaju Fraksi Partai Hijau")
    ]


def test_a_sentence_run_into_the_next_keeps_the_post_s_holder() -> None:
    s = "Tarif tetap sama, kata Siti.Direktur Utama Listrik Nusa Gandi Prasetyo menjelaskan rencana itu."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Siti", "Gandi Prasetyo"))] == [
        ("Gandi Prasetyo", "Direktur Utama Listrik Nusa")
    ]


def test_no_name_before_the_glued_full_stop_signs_nothing() -> None:
    s = "Realisasi pajak baru mencapai 46 persen.Kepala Badan Pendapatan Daerah Kota Sukamaju belum bicara."
    assert _officials(s, _per(s)) == []
    s = "Warga diminta tetap waspada.Direktur Lembaga Kajian Pemilu Nusantara belum menjawab."
    assert _officials(s, _per(s)) == []
