"""The person decision never drops a quote's speaker (`extract.people.decision.vouched`): a name
after a speech cue (`Menurut …, ….` then `ujarnya`; `Demikian disampaikan …`), also across the
speaker's lowercase occupation (`tutur aktris …`, `kata penulis novel …`)."""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.people.decision import decided_persons
from extract.records import Entity, EntityLabel, Person
from extract.text.patterns import whole_words


def _persons_and_speakers(text: str) -> tuple[list[tuple[str, tuple]], list[str | None]]:
    r = extract_article(text)
    return [(p.name, p.mentions) for p in r.persons], [q.speaker for q in r.quotes]


def _span(text: str, name: str) -> tuple[int, int]:
    s = text.index(name)
    return s, s + len(name)


@pytest.mark.parametrize(
    "text",
    [
        # `Menurut X, ….` names the speaker the pronoun of `ujarnya` points back to
        'ZAGREB - Menurut Ivan Perisic, timnya sudah siap. "Kami akan menekan sejak menit pertama," ujarnya.',
        # `Demikian disampaikan X` after the quotation
        'ZAGREB - "Kami akan menekan sejak menit pertama." Demikian disampaikan Ivan Perisic di Zagreb.',
    ],
)
def test_a_speaker_named_by_the_attribution_stays(text: str) -> None:
    persons, speakers = _persons_and_speakers(text)
    assert persons == [("Ivan Perisic", (_span(text, "Ivan Perisic"),))]
    assert speakers == ["Ivan Perisic"]


def test_a_speaker_after_a_speech_verb_and_an_occupation_stays() -> None:
    text = 'JAKARTA - "Saya senang bisa kembali ke sini," tutur aktris Demi Moore di Jakarta.'
    persons, speakers = _persons_and_speakers(text)
    assert persons == [("Demi Moore", (_span(text, "Demi Moore"),))]
    assert speakers == ["Demi Moore"]


def _decided(text: str, name: str) -> list[str]:
    spans = tuple(whole_words(text, name))
    entities = [Entity(name, EntityLabel.PER, sp) for sp in spans]
    return [p.name for p in decided_persons(text, [Person(name, spans)], entities, [], [])]


def test_a_speech_verb_before_an_occupation_and_its_field_vouches() -> None:
    text = "Buku itu laris di banyak negara, kata penulis novel Dan Brown kepada wartawan."
    assert _decided(text, "Dan Brown") == ["Dan Brown"]


@pytest.mark.parametrize(
    "text",
    [
        # no speech verb before the lowercase words
        "Pertandingan cabang Tenis Meja dimulai pukul delapan. Atlet tenis meja berlatih tiap pagi.",
        # three lowercase words: a clause, no speaker's description
        "Kata panitia, lomba cabang olahraga Tenis Meja dimulai pukul delapan. Atlet tenis meja berlatih.",
    ],
)
def test_lowercase_words_without_a_speech_verb_right_before_them_vouch_for_nothing(text: str) -> None:
    assert _decided(text, "Tenis Meja") == []
