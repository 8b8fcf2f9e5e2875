"""Line kinds are an Enum of str: typed in code, the same words in records.jsonl."""

import json

from extract.clean import LineKind, clean
from extract.clean.kinds import Label, MarkerMode
from extract.resources import load_table


def test_every_marker_kind_and_mode_in_the_data_is_known():
    rows = load_table("clean_markers.txt")
    assert {row[0] for row in rows} <= {k.value for k in LineKind}
    assert {row[1] for row in rows} <= {m.value for m in MarkerMode}
    assert {row[0] for row in load_table("clean_labels.txt")} == {k.value for k in Label}


def test_boilerplate_kinds_are_line_kinds_that_serialise_as_their_word():
    page = clean(
        "Rabu, 01 September 2021\n"
        "PALANGKA RAYA – Wakil Wali Kota Umi Mastikah membuka pelatihan rotan bagi pelaku usaha.\n"
        "Baca juga: Pemprov Bali Hadir, Bantu Tiga Krama Bangli Miliki Rumah Layak Huni\n"
        "Dia menambahkan bahwa langkah ini adalah bentuk tanggung jawab pemerintah. (daq/fm)\n"
        "0 Comments\n"
    )
    assert [(b.line, b.kind) for b in page.boilerplate] == [
        (1, LineKind.PUBLISHED),
        (3, LineKind.RELATED),
        (4, LineKind.BYLINE),
        (5, LineKind.COMMENTS),
    ]
    assert all(isinstance(b.kind, LineKind) for b in page.boilerplate)
    assert json.dumps([b.kind for b in page.boilerplate]) == '["published", "related", "byline", "comments"]'
