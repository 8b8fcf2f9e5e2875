"""Indonesian numerals: digits with dots and commas, number words, scale words, vague words."""

from __future__ import annotations

import contextlib
from fractions import Fraction

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.resources import load_lines
from extract.text.numbers import (
    Quantity,
    number_pattern,
    parse_number,
    parse_quantity,
    qualifier_pattern,
    qualify,
    shared_scale,
)
from tests.growth import LINEAR_BOUND, growth

# --- formatting helpers for the property tests -------------------------------------------

_UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_SCALES = [(10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")]


def _below_1000(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    out = []
    if hundreds == 1:
        out.append("seratus")
    elif hundreds:
        out += [_UNITS[hundreds], "ratus"]
    if rest == 10:
        out.append("sepuluh")
    elif rest == 11:
        out.append("sebelas")
    elif 12 <= rest <= 19:
        out += [_UNITS[rest - 10], "belas"]
    elif rest >= 20:
        tens, unit = divmod(rest, 10)
        out += [_UNITS[tens], "puluh"] + ([_UNITS[unit]] if unit else [])
    elif rest:
        out.append(_UNITS[rest])
    return out


def to_words(n: int) -> str:
    """An integer written out the way Indonesian news writes it: 1700 -> seribu tujuh ratus."""
    if n == 0:
        return "nol"
    out: list[str] = []
    for value, name in _SCALES:
        chunk, n = divmod(n, value)
        if chunk == 1 and value == 1000:
            out.append("seribu")
        elif chunk:
            out += [*_below_1000(chunk), name]
    out += _below_1000(n)
    return " ".join(out)


def to_dotted(n: int) -> str:
    """1143639 -> 1.143.639."""
    return f"{n:,}".replace(",", ".")


# --- examples ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.143.639", 1143639),  # Dinsos DKI Jakarta temukan 1.143.639 tidak layak
        ("1,5", Fraction(3, 2)),
        ("29,16", Fraction(2916, 100)),  # Realisasi Pajak Daerah 29,16 Persen
        ("150.000", 150000),
        ("5.000", 5000),
        ("2024", 2024),
        ("1,5 juta", 1500000),
        ("150 ribu", 150000),
        ("150rb", 150000),
        ("2 jt", 2000000),
        ("100juta", 100000000),
        ("2 miliar", 2000000000),
        ("340 milyar", 340000000000),
        ("2,5 triliun", 2500000000000),
        ("1,3 M", 1300000000),
        ("3,2 T", 3200000000000),
        ("1.5 juta", 1500000),  # a decimal point before a scale word, as some sites write it
        ("dua belas", 12),
        ("sebelas", 11),
        ("sepuluh", 10),
        ("seratus lima puluh", 150),
        ("seribu tujuh ratus", 1700),  # Sebanyak seribu tujuh ratus petugas kebersihan
        ("tujuh", 7),
        ("dua puluh lima", 25),
        ("tiga ratus dua belas", 312),
        ("dua ratus lima puluh ribu", 250000),
        ("dua juta lima ratus ribu", 2500000),
        ("setengah", Fraction(1, 2)),
        ("setengah juta", 500000),
        ("satu setengah juta", 1500000),
        ("lima juta", 5000000),
        ("13 ribuan", 13000),
    ],
)
def test_parse_number(text: str, value: int | Fraction) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("belasan", Quantity(None, 11, 19, True)),
        ("puluhan", Quantity(None, 20, 99, True)),
        ("ratusan", Quantity(None, 100, 999, True)),
        ("ribuan", Quantity(None, 1000, 9999, True)),
        ("puluhan ribu", Quantity(None, 20000, 99000, True)),
        ("ratusan juta", Quantity(None, 100000000, 999000000, True)),  # GUIDELINES §4
        ("Ribuan", Quantity(None, 1000, 9999, True)),
        ("30", Quantity(30, 30, 30, False)),
        ("13 ribuan", Quantity(13000, 13000, 13000, True)),
        # -an ends these number words too, but they are exact (only a scale word + -an is rough)
        ("sembilan", Quantity(9, 9, 9, False)),
        ("delapan belas", Quantity(18, 18, 18, False)),
        ("sembilan puluh delapan", Quantity(98, 98, 98, False)),
        ("delapan ribu", Quantity(8000, 8000, 8000, False)),
        ("2 jutaan", Quantity(2000000, 2000000, 2000000, True)),
        # English scale words, as quoted in Indonesian pages: 1.5 has a decimal point
        ("1.5 million", Quantity(1500000, 1500000, 1500000, False)),
        ("10 billion", Quantity(10**10, 10**10, 10**10, False)),
    ],
)
def test_parse_quantity(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


def test_comma_thousands_only_when_asked() -> None:
    assert parse_number("45,000") == 45
    assert parse_quantity("45,000", comma_thousands=True).value == 45000
    # No thousands group opens with 0: 0,475 and 0.500 are decimals even for money.
    assert parse_quantity("0,475", comma_thousands=True).value == Fraction(475, 1000)
    assert parse_number("0.500") == Fraction(1, 2)
    assert parse_quantity("1,5", comma_thousands=True).value == Fraction(3, 2)


@pytest.mark.parametrize("text", ["", "abc", "belas", "puluh", "1.2.34", "ribu", "1,2,3"])
def test_not_a_number_raises(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_vague_has_no_exact_value() -> None:
    with pytest.raises(ValueError, match="vague"):
        parse_number("puluhan")


def test_wrong_type() -> None:
    with pytest.raises(TypeError):
        parse_quantity(30)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("qualifier", "number", "expected"),
    [
        ("sekitar", "200", Quantity(200, 200, 200, True)),  # dihadiri sekitar 200 warga
        ("sekira", "200", Quantity(200, 200, 200, True)),  # the regional spelling of sekitar
        ("kurang lebih", "50", Quantity(50, 50, 50, True)),
        ("hampir", "100", Quantity(100, None, 99, True)),  # GUIDELINES §5: hampir 10 → max 9
        ("lebih dari", "50", Quantity(50, 51, None, True)),  # GUIDELINES §5: count 50, min 51
        ("sedikitnya", "40", Quantity(40, 40, None, True)),
        ("kurang dari", "10", Quantity(10, None, 9, True)),
        ("maksimal", "25", Quantity(25, None, 25, True)),
        ("lebih dari", "puluhan", Quantity(None, 100, None, True)),  # no number written: no count
        (None, "30", Quantity(30, 30, 30, False)),
    ],
)
def test_qualify(qualifier: str | None, number: str, expected: Quantity) -> None:
    assert qualify(parse_quantity(number), qualifier) == expected


def test_unknown_qualifier() -> None:
    with pytest.raises(ValueError, match="unknown qualifier"):
        qualify(parse_quantity("5"), "barangkali")


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus.", ["30", "24", "28"]),
        ("dijual dengan kisaran harga mulai dari 5.000 sd 150 ribu keatas.", ["5.000", "150 ribu"]),
        ("Sebanyak seribu tujuh ratus relawan dari Dinas Sosial", ["seribu tujuh ratus"]),
        ("dengan nilai proyek sekitar Rp 1,3 miliar.", ["1,3 miliar"]),
        ("menggelar teleconference dengan puluhan pelaku UKM se-Jembrana", ["puluhan"]),
        ("jumlah UMKM di Kalbar menembus 1,24 juta.", ["1,24 juta"]),
        ("Hari Koperasi Nasional ke-78 di Maret", ["78"]),
    ],
)
def test_number_pattern_in_sentences(sentence: str, numbers: list[str]) -> None:
    rx = regex.compile(number_pattern())
    assert [m[0] for m in rx.finditer(sentence)] == numbers


@pytest.mark.parametrize(
    ("low", "high", "scale"),
    [
        ("40", "50 ribu", 1000),  # 40-50 ribu warga
        ("185", "190 juta", 1000000),
        ("5", "10 rb", 1000),
        ("30 ribu", "40 ribu", 1),  # the low end has its own scale word
        ("30", "40", 1),  # no scale word at all
        ("dua", "tiga ratus", 1),  # ratus is a number word, not a scale word
    ],
)
def test_shared_scale(low: str, high: str, scale: int) -> None:
    assert shared_scale(low, high) == scale


def test_qualifier_pattern() -> None:
    rx = regex.compile(qualifier_pattern() + r"\s+" + number_pattern())
    assert rx.search("dihadiri sekitar 200 warga")[0] == "sekitar 200"
    assert rx.search("lebih dari Rp 3,2 triliun") is None


# --- properties ----------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**15))
def test_dotted_digits_round_trip(n: int) -> None:
    assert parse_number(to_dotted(n)) == n


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_number_words_round_trip(n: int) -> None:
    words = to_words(n)
    assert parse_number(words) == n
    # and the shared pattern reads the whole written-out number as one expression
    assert regex.fullmatch(number_pattern(), words)


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["ribu", "juta", "miliar", "triliun"]))
def test_digits_with_scale_round_trip(n: int, scale: str) -> None:
    factor = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}[scale]
    assert parse_number(f"{n} {scale}") == n * factor


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=9))
def test_decimal_comma_with_scale(n: int, tenth: int) -> None:
    assert parse_number(f"{n},{tenth} juta") == n * 10**6 + tenth * 10**5


@settings(max_examples=200)
@given(st.text(alphabet="0123456789.,- satudbelhrpnjM", max_size=40))
def test_fuzz_pattern_and_parser_never_crash(text: str) -> None:
    for m in regex.finditer(number_pattern(), text):
        with contextlib.suppress(ValueError):  # refusing is fine; any other exception is a bug
            parse_quantity(m[0])


# --- lexicons ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["numbers_words.txt", "numbers_scales.txt", "numbers_vague.txt", "numbers_qualifiers.txt"]
)
def test_lexicon_well_formed(name: str) -> None:
    from importlib import resources

    raw = resources.files("extract.resources").joinpath(name).read_text(encoding="utf-8")
    assert raw.startswith("# source:") and "licence:" in raw.splitlines()[0]
    entries = load_lines(name)
    assert entries, name
    assert len(entries) == len(set(entries)), f"duplicate entries in {name}"
    keys = [e.split("|")[-1].strip() if "|" in e else e.split()[0] for e in entries]
    assert len(keys) == len(set(keys)), f"duplicate keys in {name}"


# --- adversarial ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["1." * 500_000, "1," * 500_000, "satu " * 100_000, "9" * 1_000_000, "puluhan ribu " * 50_000],
)
def test_pattern_is_linear(text: str) -> None:
    rx = regex.compile(number_pattern())
    assert growth(lambda t: list(rx.finditer(t)), text) < LINEAR_BOUND
