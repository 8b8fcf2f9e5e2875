"""A name the model read as a person, that vetting or the people layer put no person in, is a
place where a locative preposition stands right before it (`ditangkap di Potorono`) or where it
stands between commas before a listed region's or country's name (`di Stadion Adrar, Agadir,
Maroko`: an address); GUIDELINES §6: villages, neighbourhoods and towns are places. Elsewhere such
a PER is no entity, a name after a lowercase word before a country is a person's nationality, and
a person the people layer found stays a PER. Whole entity lists from `vet_entities`,
`resolve_entities` and `with_persons` on invented sentences, with the spans."""

from __future__ import annotations

from tests.entity_records import entities_with_persons as _out


def test_a_rejected_name_of_two_words_after_di_is_the_place() -> None:
    text = "Dua pemasok lain dibekuk polisi di Kertosari Lor pada Rabu malam."
    assert _out(text, [("Kertosari Lor", "PER")]) == [("Kertosari Lor", "LOC", (35, 48))]


def test_a_rejected_word_after_ke_is_the_place_that_a_found_place_holds() -> None:
    text = "Seri kelima digelar di Sirkuit Kalabaru. Para pebalap kembali ke Kalabaru bulan depan."
    model = [("Sirkuit Kalabaru", "LOC"), ("Kalabaru", "PER")]
    assert _out(text, model) == [("Sirkuit Kalabaru", "LOC", (23, 39)), ("Kalabaru", "LOC", (65, 73))]


def test_a_rejected_word_after_di_with_no_place_holding_it_is_nothing() -> None:
    text = "Ia pernah bekerja di Sentosamart sebelum pindah ke Bogor."
    assert _out(text, [("Sentosamart", "PER"), ("Bogor", "LOC")]) == [("Bogor", "LOC", (51, 56))]


def test_a_rejected_name_a_capitalised_word_goes_on_after_is_nothing() -> None:
    text = "Total hadiah di Kartika Cup tahun ini naik."
    assert _out(text, [("Kartika", "PER")]) == []


def test_a_rejected_person_before_a_comma_and_a_region_is_an_address() -> None:
    text = "Laga pembuka dimainkan di Stadion Lembayung, Karangsemi, Bogor, Sabtu malam."
    model = [("Stadion Lembayung", "LOC"), ("Karangsemi", "PER"), ("Bogor", "LOC")]
    assert _out(text, model) == [
        ("Stadion Lembayung", "LOC", (26, 43)),
        ("Karangsemi", "LOC", (45, 55)),
        ("Bogor", "LOC", (57, 62)),
    ]


def test_a_person_the_people_layer_found_stays_a_person() -> None:
    text = "Bantuan itu diserahkan kepada Suharyanto, Bogor, pada Senin."
    model = [("Suharyanto", "PER"), ("Bogor", "LOC")]
    assert _out(text, model, persons=("Suharyanto",)) == [
        ("Suharyanto", "PER", (30, 40)),
        ("Bogor", "LOC", (42, 47)),
    ]


def test_a_rejected_person_with_no_place_cue_is_nothing() -> None:
    text = "Pedagang mengeluhkan sepinya pembeli sejak pagi."
    assert _out(text, [("Pedagang", "PER")]) == []


def test_a_rejected_person_before_a_comma_and_no_region_is_nothing() -> None:
    text = "Menurut Kadarusman, harga gabah naik pekan ini."
    assert _out(text, [("Kadarusman", "PER")]) == []


def test_a_name_between_commas_of_an_address_is_the_place() -> None:
    text = "Pameran itu digelar di Menara Sentosa, Mega Kuningan, Jakarta Selatan, Kamis."
    model = [("Menara Sentosa", "LOC"), ("Mega Kuningan", "PER"), ("Jakarta Selatan", "LOC")]
    assert _out(text, model) == [
        ("Menara Sentosa", "LOC", (23, 37)),
        ("Mega Kuningan", "LOC", (39, 52)),
        ("Jakarta Selatan", "LOC", (54, 69)),
    ]


def test_a_name_before_a_country_after_a_lowercase_word_is_no_place() -> None:
    text = "Tanpa bintang Marko Sitanggang, Portugal tetap bermain menyerang."
    model = [("Marko Sitanggang", "PER"), ("Portugal", "LOC")]
    assert _out(text, model) == [("Portugal", "LOC", (32, 40))]


def test_a_name_between_commas_after_a_lowercase_word_and_before_a_country_is_nothing() -> None:
    text = "Juara dunia, Marko Sitanggang, Argentina, hadir dalam acara itu."
    model = [("Marko Sitanggang", "PER"), ("Argentina", "LOC")]
    assert _out(text, model) == [("Argentina", "LOC", (31, 40))]


def test_a_given_name_after_ke_and_before_a_city_is_no_place() -> None:
    text = "Hadiah diserahkan ke Slamet Riyadi, Bogor, pada Senin."
    assert _out(text, [("Slamet Riyadi", "PER"), ("Bogor", "LOC")]) == [("Bogor", "LOC", (36, 41))]


def test_a_given_name_after_ke_the_people_layer_missed_is_no_place() -> None:
    text = "Dukungan mengalir ke Slamet Riyadi dari para relawan."
    assert _out(text, [("Slamet Riyadi", "PER")]) == []


def test_a_capitalised_locative_opening_the_sentence_puts_the_place() -> None:
    text = "Di Kertosari Lor polisi membekuk dua pemasok pada Rabu malam."
    assert _out(text, [("Kertosari Lor", "PER")]) == [("Kertosari Lor", "LOC", (3, 16))]


def test_an_address_written_with_two_blanks_after_its_commas_is_the_place() -> None:
    text = "Pameran itu digelar di Menara Sentosa,  Mega Kuningan,  Jakarta Selatan, Kamis."
    model = [("Menara Sentosa", "LOC"), ("Mega Kuningan", "PER"), ("Jakarta Selatan", "LOC")]
    assert _out(text, model) == [
        ("Menara Sentosa", "LOC", (23, 37)),
        ("Mega Kuningan", "LOC", (40, 53)),
        ("Jakarta Selatan", "LOC", (56, 71)),
    ]


def test_vetting_given_the_entity_tokens_reads_the_address_as_it_does_alone() -> None:
    """`extract_article` makes the entity layer's tokens once, for vetting and for the final
    entities: the same records as each making its own."""
    from extract.ner.entities import resolve_entities, tokens
    from extract.ner.vet import vet_entities
    from tests.entity_records import model_entities

    text = "Laga pembuka dimainkan di Stadion Lembayung, Karangsemi, Bogor, Sabtu malam."
    model = model_entities(text, [("Stadion Lembayung", "LOC"), ("Karangsemi", "PER"), ("Bogor", "LOC")])
    toks = tokens(text)
    vetted = vet_entities(text, model, entity_tokens=toks)
    assert [(e.text, str(e.label), e.span) for e in vetted] == [
        ("Stadion Lembayung", "LOC", (26, 43)),
        ("Karangsemi", "LOC", (45, 55)),
        ("Bogor", "LOC", (57, 62)),
    ]
    assert vetted == vet_entities(text, model)
    assert resolve_entities(text, vetted, toks=toks) == resolve_entities(text, vetted)
