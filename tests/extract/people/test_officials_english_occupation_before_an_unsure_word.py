"""An English head closed by an occupation (`Executive Producer`, `Senior Analyst`: a post only
with its body named) before a body whose capitalised words run on to an unsure word (no given
name, no model person) is no mention: the run is the body's name, its last word no holder
(`Executive Producer Cahaya Pagi Khayali selaku rumah produksi …`: the production house); before
a person the model reads, the post stands (session 28, issue 13). Invented sentences."""

from __future__ import annotations

from .test_roles import _officials, _per, _rec


def test_a_body_run_on_to_an_unsure_word_gives_no_holder() -> None:
    s = (
        "Syuting dimulai pekan depan, kata Executive Producer Cahaya Pagi Khayali selaku rumah "
        "produksi film itu, Dewi Anjani, di Jember."
    )
    assert _officials(s, _per(s, "Dewi Anjani")) == []


def test_the_post_stands_before_a_person_the_model_reads() -> None:
    s = "Syuting dimulai pekan depan. Executive Producer Cahaya Pagi Semesta Dewi Anjani mengatakan hal itu."
    mention = "Executive Producer Cahaya Pagi Semesta Dewi Anjani"
    title = "Executive Producer Cahaya Pagi Semesta"
    assert _officials(s, _per(s, "Dewi Anjani")) == [_rec(s, mention, "Dewi Anjani", title)]


def test_a_two_word_holder_the_model_misses_still_holds_the_post() -> None:
    s = "Keluhan itu diamini oleh Senior Security Engineer Kodehub, Jarem Bron. Ia menambahkan hal lain."
    mention = "Senior Security Engineer Kodehub, Jarem Bron"
    title = "Senior Security Engineer Kodehub"
    assert _officials(s, []) == [_rec(s, mention, "Jarem Bron", title)]
