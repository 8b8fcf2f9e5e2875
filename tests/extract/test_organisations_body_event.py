"""The organisation decision's head vouching: a body's head in a name vouches for it, unless the
name ends in an event's word (`Dinas Kesehatan Award`, `Universitas Terbuka Expo`: what the body
holds), which is weighed as any name."""

from __future__ import annotations

from extract.ner.entities import tokens
from extract.ner.entities.decision import org_groups, org_vouched
from extract.records import Entity, EntityLabel


def _vouched(text: str, name: str) -> bool:
    s = text.index(name)
    ents = [Entity(name, EntityLabel.ORG, (s, s + len(name)))]
    (group,) = org_groups(ents).values()
    return org_vouched(group, tokens(text), frozenset())


def test_a_body_named_by_its_head_is_vouched_for() -> None:
    assert _vouched("Dinas Kesehatan Kota Bandung mencatat 40 kasus baru.", "Dinas Kesehatan Kota Bandung")
    assert _vouched("Tim dari Unit Reaksi Cepat BPBD tiba di lokasi.", "Unit Reaksi Cepat BPBD")


def test_a_body_s_event_is_weighed() -> None:
    assert not _vouched("Dinas Kesehatan Award digelar di Bandung pada Senin.", "Dinas Kesehatan Award")
    assert not _vouched("Universitas Terbuka Expo dibuka pada Senin pagi.", "Universitas Terbuka Expo")
