"""Session 39 survey (issue 15): 250 unannotated news-raw pages (neither annotation file, seed
39) with a number a few words before a person noun, each sentence judged by GUIDELINES §5.

A squad sent to a competition takes part in it, but the rule that read one (``mengirim``,
``mengirimkan`` before a competitor noun) was removed on review (fix39h): athletes are sent for
training, a placement, treatment or to watch as often; its sentences stay as strict xfails. Not
``mendaftarkan``, which as often enters a scheme's members;
the parts a group is divided into (``dibagi menjadi lima kelompok``) and a mean (``rerata``,
``rata-rata``) are no counts of people.

Invented Indonesian sentences in the style of regional news; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

SENT = [
    pytest.param(
        "Kemenpora mengirimkan 12 atlet muda Indonesia ke Tiongkok untuk menjalani pelatihan.",
        [],
        id="athletes sent for training (fix39h)",
    ),
    pytest.param(
        "PSSI mengirim lima pemain Indonesia ke klub Jepang untuk magang selama setahun.",
        [],
        id="players sent for a placement (fix39h)",
    ),
    pytest.param(
        "Pelatih timnas memanggil lima pemain Persib, dan klub itu mengirim 5 pemain ke timnas.",
        [],
        id="players called up and sent to the national squad (fix39h)",
    ),
    pytest.param(
        "Klub itu akan mengirim tiga pemain ke Bali untuk menjalani perawatan cedera.",
        [],
        id="players sent for treatment (fix39h)",
    ),
    pytest.param(
        "Pemprov mengirimkan 15 atlet Indonesia untuk menerima beasiswa di Australia.",
        [],
        id="athletes sent on a scholarship (fix39h)",
    ),
    pytest.param(
        "Kemenpora mengirim 10 atlet Indonesia ke Jepang untuk menonton Olimpiade.",
        [],
        id="athletes sent to watch the event (fix39h)",
    ),
    pytest.param(
        "Pengurus mengirimkan data 40 atlet ke KONI untuk verifikasi.",
        [],
        id="the athletes' data sent (fix39h)",
    ),
    pytest.param(
        "Pemkab mendaftarkan 5.000 warga miskin sebagai peserta BPJS Kesehatan.",
        [],
        id="mendaftarkan enters a scheme's members: no bring verb",
    ),
    pytest.param("Dinkes mengirim 5 tim medis ke lokasi gempa.", [], id="medical teams sent: staff (fix39b)"),
    pytest.param("BNPB mengirim dua tim SAR ke lokasi longsor.", [], id="rescue teams sent: staff (fix39b)"),
    pytest.param("Kemenkes mengirimkan tiga tim dokter ke Gaza.", [], id="doctors sent: staff (fix39b)"),
    pytest.param("Pemkab mengirimkan 20 ton bantuan beras ke desa yang terendam.", [], id="goods sent"),
    pytest.param("Petani itu biasa mengirim 400 tandan pisang ke Jakarta.", [], id="produce sent"),
    pytest.param(
        "Polri telah mengirimkan personel sebanyak 3.184 personel ke misi perdamaian PBB sejak 1989.",
        [],
        id="staff sent over the years: no sent noun",
    ),
    pytest.param(
        "Tahun itu Indonesia mengirimkan 221.000 jemaah haji ke Arab Saudi.", [], id="pilgrims a year"
    ),
    pytest.param("Panitia menargetkan 1.000 peserta dalam lomba lari itu.", [], id="a target"),
    pytest.param("Gedung pertemuan itu berkapasitas 2.000 orang.", [], id="a capacity"),
]

DIVIDED = [
    pytest.param(
        "Kegiatan bersih pantai itu diikuti 80 relawan. Para peserta dibagi menjadi lima kelompok untuk"
        " membersihkan pesisir.",
        [("80 relawan", 80, False, 80, 80, "relawan")],
        id="dibagi menjadi: the parts, not who took part",
    ),
    pytest.param(
        "Pelatihan itu diikuti 40 peserta yang dibagi ke dalam empat kelompok.",
        [("40 peserta", 40, False, 40, 40, "peserta")],
        id="dibagi ke dalam",
    ),
    pytest.param(
        "Total calon jemaah haji kabupaten ini 213 orang. Mereka terbagi dalam tiga kelompok terbang.",
        [],
        id="terbagi dalam",
    ),
    pytest.param(
        "Sebanyak 60 peserta dibagi menjadi enam kelompok diskusi.",
        [("60 peserta", 60, False, 60, 60, "peserta")],
        id="the divided total stays",
    ),
    pytest.param(
        "Sebanyak 500 peserta dibagi menjadi 10 kelompok.",
        [("500 peserta", 500, False, 500, 500, "peserta")],
        id="the divided total stays, the groups go (fix39b)",
    ),
    pytest.param(
        "Sebanyak 120 siswa dibagi menjadi 24 tim yang bertanding dalam lomba robotik itu.",
        [("120 siswa", 120, False, 120, 120, "siswa"), ("24 tim", 24, False, 24, 24, "tim")],
        id="teams the entrants are divided into compete: tim is no part noun (fix39h)",
    ),
    pytest.param(
        "Lomba robotik itu diikuti 120 siswa yang terbagi dalam 24 tim.",
        [("120 siswa", 120, False, 120, 120, "siswa"), ("24 tim", 24, False, 24, 24, "tim")],
        id="terbagi dalam teams of a contest (fix39h)",
    ),
    pytest.param(
        "Ke-500 peserta itu dibagi menjadi 300 peserta putra dan 200 peserta putri.",
        [("300 peserta", 300, False, 300, 300, "peserta"), ("200 peserta", 200, False, 200, 200, "peserta")],
        id="a breakdown into persons after dibagi menjadi is listed (fix39b)",
    ),
]

AVERAGED = [
    pytest.param("Rerata vaksinasi minggu lalu tercatat 372 peserta.", [], id="rerata"),
    pytest.param("Kawasan itu paling dicari, rata-rata pencari mencapai 1.820 orang.", [], id="rata-rata"),
    pytest.param(
        "Rata-rata naik 5 persen, sedangkan lomba ini diikuti 300 pelari.",
        [("300 pelari", 300, False, 300, 300, "pelari")],
        id="another clause's average",
    ),
    pytest.param(
        "Lomba itu diikuti 300 pelari dengan usia rata-rata 30 tahun.",
        [("300 pelari", 300, False, 300, 300, "pelari")],
        id="an average after the count",
    ),
    pytest.param(
        "Lomba yang pesertanya rata-rata pelajar itu diikuti 300 siswa.",
        [("300 siswa", 300, False, 300, 300, "siswa")],
        id="rata-rata as mostly, far from the count (fix39b)",
    ),
]

# Read in the survey, no rule this round. Tried and rejected: ``tiba`` as a subject verb for the
# arriving crowd (news-raw 0-9947: 1 right, 4 wrong: pilgrims' flights, flamingos, a ship's
# contacts, students back from a boarding school).
MISSES = [
    pytest.param(
        "PBSI resmi mengirim lima atlet Indonesia ke turnamen bulu tangkis di Jepang pekan depan.",
        [("lima atlet", 5, False, 5, 5, "atlet")],
        id="a squad sent to a tournament: the send rule removed (fix39h)",
    ),
    pytest.param(
        "Kabupaten Pesisir Barat akan mengirimkan 12 atlet selancar ke kejuaraan di Bali.",
        [("12 atlet", 12, False, 12, 12, "atlet")],
        id="a squad sent to a championship: the send rule removed (fix39h)",
    ),
    pytest.param(
        "Untuk Pekan Olahraga Nasional, pengurus provinsi mengirim 12 orang pemain bola voli putra"
        " dan delapan pemain bola voli pantai.",
        [("12 orang pemain", 12, False, 12, 12, "pemain"), ("delapan pemain", 8, False, 8, 8, "pemain")],
        id="a squad sent for a national games: the send rule removed (fix39h)",
    ),
    pytest.param(
        "Lomba ini rata-rata diikuti 300 peserta.",
        [],
        id="a mean before the participation verb governs the count (fix39h)",
    ),
    pytest.param(
        "Rata-rata peserta yang hadir mencapai 300 orang.",
        [],
        id="a mean of those present, past a relative clause, governs the count (fix39h)",
    ),
    pytest.param(
        "Sekitar 200 massa tiba di depan kantor gubernur pada pukul 15.00 WIB.",
        [("200 massa", 200, True, 200, 200, "massa")],
        id="a demonstrating crowd arriving (seen in sessions 38 and 39)",
    ),
    pytest.param(
        "Kampus itu menggelar wisuda pada 513 orang yang telah menamatkan pendidikan.",
        [("513 orang", 513, False, 513, 513, "orang")],
        id="graduates after an event noun and pada",
    ),
    pytest.param(
        "Rombongan kunjungan kerja Komisi VII DPR yang berjumlah sekitar 16 orang ini meninjau jaringan gas.",
        [("16 orang", 16, True, 16, 16, "orang")],
        id="a visiting delegation given by berjumlah",
    ),
    pytest.param(
        "Timnas U-17 itu membawa 37 orang termasuk ofisial, pelatih dan pemain.",
        [("37 orang", 37, False, 37, 37, "orang")],
        id="a squad brought (membawa), no send verb",
    ),
    pytest.param(
        "Jumlah pengunjung kebun raya itu pada perayaan tahun baru, Senin (1/1) mencapai 1.463 orang.",
        [("1.463 orang", 1463, False, 1463, 1463, "pengunjung")],
        id="visitors of a day past a long gap before the amount word",
    ),
    pytest.param(
        "Selain itu, terdapat lima tim lainnya yang juga lolos ke turnamen global itu melalui jalur poin.",
        [],
        id="teams qualifying for another event (false count)",
    ),
    pytest.param(
        "Kegiatan tersebut akan diikuti oleh 35 pusat perbelanjaan anggota asosiasi di Jakarta.",
        [("35 pusat perbelanjaan", 35, False, 35, 35, "pusat perbelanjaan")],
        id="a two-word head the lexicon lacks cut after its first word",
    ),
    pytest.param(
        "Kampus itu akan mengirimkan dua tim mobil hemat energi ke ajang di Singapura.",
        [("dua tim", 2, False, 2, 2, "tim")],
        id="teams sent to a contest: tim is no sent noun, rescue teams are sent as often (fix39b)",
    ),
    pytest.param(
        "Peserta yang rata-rata berusia 20 tahun itu berjumlah 300 orang.",
        [("300 orang", 300, False, 300, 300, "Peserta")],
        id="the count stays past a mean age (fix39b), but who is read as orang past the relative clause",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), SENT + DIVIDED + AVERAGED)
def test_squads_sent_groups_divided_and_means(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


@pytest.mark.parametrize(("text", "mentions"), MISSES)
@pytest.mark.xfail(strict=True, reason="session 39 survey: classes seen once or twice, no rule yet (see ids)")
def test_session39_known_misses(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
