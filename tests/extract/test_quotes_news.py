"""Quote speakers on national news (issue 12, s6-persons2): a pronoun tag (`ujar dia`,
`ungkapnya`) goes to whom the sentence before is about, its subject, not to a person named
in it as an object: after a short opening phrase and its comma the name is the subject
(`Di sisi lain, Surya …`), after `milik` it is an owner (`motor milik Haryanto`), and a
sentence with a pronoun tag inside it (`Saat ini, sambungnya, Sahit telah ditahan`) is the
speaker's report, not about a new speaker.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records.
"""

from __future__ import annotations

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote

TEXT_OPENER = (
    "Juru bicara tim pemenangan, Surya Tjandra, menilai putusan itu belum memulihkan kepercayaan. "
    "“Ini tergantung beliau sendiri mau mundur atau tidak,” kata Surya melalui pesan singkat. "
    "Di sisi lain, Surya menghargai putusan yang mencopot jabatan Anwar Usman dari kursi ketua. "
    "“Semoga kepercayaan publik bisa pulih kembali,” ujar dia."
)


def test_a_name_after_an_opening_phrase_is_the_subject_not_the_object_named_later():
    persons = [_person(TEXT_OPENER, "Surya Tjandra", "Surya"), _person(TEXT_OPENER, "Anwar Usman")]
    got = extract_quotes(TEXT_OPENER, persons=persons)
    assert got == [
        _quote(
            TEXT_OPENER,
            "Ini tergantung beliau sendiri mau mundur atau tidak,",
            "Surya Tjandra",
            "kata",
            speaker_span=(TEXT_OPENER.index("Surya melalui"), TEXT_OPENER.index("Surya melalui") + 5),
        ),
        _quote(TEXT_OPENER, "Semoga kepercayaan publik bisa pulih kembali,", "Surya Tjandra", "ujar"),
    ]


TEXT_OWNER = (
    "Kasatreskrim Polres Tulang Bawang, AKP Noviarif Kurniawan, menjelaskan kronologi kejadian. "
    "“Pelaku memanggil korban yang sedang mandi di sumur,” kata Noviarif. "
    "Korban lalu mengambil gorengan yang ada di bawah jok motor milik Haryanto. "
    "“Tidak lama korban merasakan sakit di tenggorokan,” ungkapnya."
)


def test_a_name_after_milik_owns_a_thing_and_is_not_the_speaker():
    persons = [_person(TEXT_OWNER, "Noviarif Kurniawan", "Noviarif"), _person(TEXT_OWNER, "Haryanto")]
    got = extract_quotes(TEXT_OWNER, persons=persons)
    assert [q.speaker for q in got] == ["Noviarif Kurniawan", "Noviarif Kurniawan"]


TEXT_INNER_TAG = (
    "Kapolres Tulang Bawang Barat AKBP Sendi Antoni mengatakan pelaku ditangkap tanpa perlawanan. "
    "“Kami menerima laporan dari anak korban,” katanya. "
    "Saat ini, sambungnya, Sahit telah ditahan di Mapolres Tulang Bawang Barat. "
    "“Tersangka diancam pidana penjara paling lama lima tahun,” tegasnya."
)


def test_a_sentence_with_a_pronoun_tag_inside_reports_the_speaker_and_names_no_new_one():
    persons = [_person(TEXT_INNER_TAG, "Sendi Antoni"), _person(TEXT_INNER_TAG, "Sahit")]
    got = extract_quotes(TEXT_INNER_TAG, persons=persons)
    assert [q.speaker for q in got] == ["Sendi Antoni", "Sendi Antoni"]


TEXT_NEW_SUBJECT = (
    "Kepala Dinas Pertanian, Rahmat Hidayat, meninjau panen di Desa Sukamaju. "
    "“Hasil panen tahun ini naik,” kata Rahmat. "
    "Sementara itu, Suparman menyambut baik bantuan benih dari dinas. "
    "“Kami sangat terbantu dengan benih ini,” ujarnya."
)


def test_a_new_subject_after_an_opening_phrase_still_takes_the_pronoun_tag():
    persons = [_person(TEXT_NEW_SUBJECT, "Rahmat Hidayat", "Rahmat"), _person(TEXT_NEW_SUBJECT, "Suparman")]
    got = extract_quotes(TEXT_NEW_SUBJECT, persons=persons)
    assert [q.speaker for q in got] == ["Rahmat Hidayat", "Suparman"]


def test_a_passive_verb_before_a_name_keeps_the_agent_as_the_speaker():
    text = (
        "Bupati Sleman, Rahmat Hidayat, membuka posko mudik. "
        "Hal itu disampaikan Suparman di kantor kecamatan. "
        "“Posko dibuka selama 24 jam penuh,” ujarnya."
    )
    persons = [_person(text, "Rahmat Hidayat"), _person(text, "Suparman")]
    assert [q.speaker for q in extract_quotes(text, persons=persons)] == ["Suparman"]
