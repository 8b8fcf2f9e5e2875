"""What is kept to save work (issue 18) gives what reading afresh gives: a short text's tokens, a
name's words, the outlets of an article's `Tokens`, the token at a start, a hosted event's kind;
and a caller that changes the list it was given changes nothing the next caller reads."""

from __future__ import annotations

from extract.ner.entities import tokens
from extract.ner.entities.page import outlet_entities
from extract.ner.entities.tokens import hosted_event_at, token_at
from extract.ner.entities.words import _words_by_kind
from extract.people.names import name_tokens
from extract.records import Entity
from extract.records import EntityLabel as Label
from extract.text.tokens import SHORT_TEXT, _tokenized, tokenize

SENTENCE = "Kepala Dinas Kesehatan Kota Metro, dr. Eva Rahmawati, meninjau Puskesmas Yosomulyo."
CREDITED = "Hal itu disampaikan Bupati Lampung Timur, seperti dikutip dari Tribun Lampung, Senin."


def test_short_text_tokens_are_a_fresh_list_each_call() -> None:
    first = tokenize("dr. Eva Rahmawati")
    first.append(first[0])  # a caller's own change
    again = tokenize("dr. Eva Rahmawati")
    assert [(t.start, t.end, t.text) for t in again] == [
        (0, 2, "dr"),
        (2, 3, "."),
        (4, 7, "Eva"),
        (8, 17, "Rahmawati"),
    ]
    assert again is not first


def test_kept_tokens_are_those_read_afresh_short_and_long() -> None:
    long_text = " ".join([SENTENCE] * 4)
    assert len(SENTENCE) <= SHORT_TEXT < len(long_text)
    for text in (SENTENCE, long_text, "", "Rp 8.200"):
        assert tokenize(text) == _tokenized(text)
        assert tokenize(text) == tokenize(text)


def test_name_words_are_a_fresh_list_each_call() -> None:
    first = name_tokens("dr. Eva Rahmawati, M.Kes")
    assert first == ["dr", "Eva", "Rahmawati", "M", "Kes"]
    first.clear()
    assert name_tokens("dr. Eva Rahmawati, M.Kes") == ["dr", "Eva", "Rahmawati", "M", "Kes"]
    assert name_tokens(" , . ") == []


def test_outlets_of_tokens_are_found_once_and_read_as_afresh() -> None:
    toks = tokens(CREDITED)
    # the source cue's reading and the masthead's before a region both find it
    expected = [Entity("Tribun Lampung", Label.ORG, (63, 77))] * 2
    assert outlet_entities(CREDITED, list(toks)) == expected  # plain tokens: found afresh
    first = outlet_entities(CREDITED, toks)
    assert first == expected and toks.outlets == tuple(expected)
    first.append(Entity("Lampung", Label.LOC, (70, 77)))  # a caller's own change
    assert outlet_entities(CREDITED, toks) == expected


def test_token_at_a_start_is_the_one_bisection_finds() -> None:
    toks = tokens(CREDITED)
    found = [token_at(start, toks) for start in range(len(CREDITED) + 1)]
    assert found == [token_at(start, list(toks)) for start in range(len(CREDITED) + 1)]
    assert found[63] == 10 and toks[10].text == "Tribun"  # a word's first character
    assert found[64] is None and found[62] is None  # inside a word, a space
    assert token_at(len(CREDITED), toks) is None  # past the last word


def test_outlets_kept_for_one_text_are_not_read_for_another() -> None:
    toks = tokens(CREDITED)
    assert outlet_entities(CREDITED, toks)
    assert outlet_entities(SENTENCE, toks) == outlet_entities(SENTENCE, list(toks))
    assert outlet_entities(SENTENCE, tokens(SENTENCE)) == []


def test_hosted_event_kind_is_the_tables_first_kind() -> None:
    table = _words_by_kind("entities_hosted_events.txt")
    for word in {w for words in table.values() for w in words}:
        toks = tokens(f"Seri {word.capitalize()} Mandalika")
        expected = next(kind for kind, words in table.items() if word in words)
        assert hosted_event_at(toks, 1) == expected, word
    text = "Penonton MotoGP memadati Sirkuit Mandalika, sementara liga desa libur."
    toks = tokens(text)
    assert [(t.text, hosted_event_at(toks, k)) for k, t in enumerate(toks) if hosted_event_at(toks, k)] == [
        ("MotoGP", "race")
    ]
    assert hosted_event_at(toks, len(toks)) is None and hosted_event_at(toks, -1) is None
