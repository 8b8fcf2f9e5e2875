# ruff: noqa: E501  (invented pages, one line a paragraph as scrapers save them)
"""Page furniture and metadata on pages of unseen outlets (issue 15): a credit or the page's date
glued before the dateline, outlet-first, bracketed and camel-case datelines, a weekday in the
dateline, credits glued to the last word or sharing a line with the date, the page's date glued after
the last sentence, sentence-case teaser headlines, unmarked related headlines and the prompts that
close a page. Every page is invented; each construction comes with a case that must give nothing."""

from __future__ import annotations

import pytest

from extract.clean import CleanedArticle, clean
from extract.records import Boilerplate, Dateline

# The body of most one-line pages below: a dateline and two sentences, before the furniture glued on
LEDE = "SAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi. Ia meminta petugas melayani warga dengan ramah dan cepat"

CASES = [
    pytest.param(
        "Laporan Wartawan Warta9.com, Rina Kartika WARTA9.COM, KUDUS - Kepala dinas pekerjaan umum meninjau jembatan yang rusak akibat banjir pada Senin (3/2/2020). Ia meminta warga berhati-hati saat melintas.",
        CleanedArticle(
            text="WARTA9.COM, KUDUS - Kepala dinas pekerjaan umum meninjau jembatan yang rusak akibat banjir pada Senin (3/2/2020). Ia meminta warga berhati-hati saat melintas.",
            title=None,
            published=None,
            byline="Rina Kartika",
            dateline=Dateline(place="Kudus", outlet="Warta9.com"),
            boilerplate=(
                Boilerplate(line=1, text="Laporan Wartawan Warta9.com, Rina Kartika", kind="byline"),
            ),
        ),
        id="lead-credit-before-dateline",
    ),
    pytest.param(
        "Reporter: Ayu Lestari KABARSATU.COM, JAKARTA - Direktorat pajak memperpanjang batas pelaporan SPT bagi wajib pajak orang pribadi. Perpanjangan berlaku hingga akhir bulan.",
        CleanedArticle(
            text="KABARSATU.COM, JAKARTA - Direktorat pajak memperpanjang batas pelaporan SPT bagi wajib pajak orang pribadi. Perpanjangan berlaku hingga akhir bulan.",
            title=None,
            published=None,
            byline="Ayu Lestari",
            dateline=Dateline(place="Jakarta", outlet="Kabarsatu.com"),
            boilerplate=(Boilerplate(line=1, text="Reporter: Ayu Lestari", kind="byline"),),
        ),
        id="reporter-label-before-dateline",
    ),
    pytest.param(
        "Laporan Reporter Nextgen, Sari Wulandari WARTA9.COM - Fenomena bulan purnama akan terlihat malam ini di seluruh wilayah. Warga bisa melihatnya tanpa alat.",
        CleanedArticle(
            text="WARTA9.COM - Fenomena bulan purnama akan terlihat malam ini di seluruh wilayah. Warga bisa melihatnya tanpa alat.",
            title=None,
            published=None,
            byline="Sari Wulandari",
            dateline=Dateline(place=None, outlet="Warta9.com"),
            boilerplate=(
                Boilerplate(line=1, text="Laporan Reporter Nextgen, Sari Wulandari", kind="byline"),
            ),
        ),
        id="employer-then-name-outlet-only",
    ),
    pytest.param(
        "Kabarsatu.com, Semarang Pemerintah kota membuka pendaftaran beasiswa bagi 300 mahasiswa. Pendaftaran ditutup akhir bulan.",
        CleanedArticle(
            text="Kabarsatu.com, Semarang Pemerintah kota membuka pendaftaran beasiswa bagi 300 mahasiswa. Pendaftaran ditutup akhir bulan.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Semarang", outlet="Kabarsatu.com"),
            boilerplate=(),
        ),
        id="outlet-then-region-no-dash",
    ),
    pytest.param(
        "Kabarsatu.com, Jawa Tengah menjadi provinsi dengan jumlah desa wisata terbanyak tahun ini. Data itu dirilis kementerian.",
        CleanedArticle(
            text="Kabarsatu.com, Jawa Tengah menjadi provinsi dengan jumlah desa wisata terbanyak tahun ini. Data itu dirilis kementerian.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(),
        ),
        id="outlet-then-region-as-subject",
    ),
    pytest.param(
        "MENGGALA, iWarta - Ketinggian air sungai naik sekitar dua meter dalam sepekan. Petugas meminta warga menjauh dari bantaran.",
        CleanedArticle(
            text="MENGGALA, iWarta - Ketinggian air sungai naik sekitar dua meter dalam sepekan. Petugas meminta warga menjauh dari bantaran.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Menggala", outlet="iWarta"),
            boilerplate=(),
        ),
        id="camel-case-masthead",
    ),
    pytest.param(
        "Jakarta (ANTARA) - Kepala dinas perhubungan meninjau terminal yang baru dibangun pada Senin. Baca juga: DPR: Terminal baru harus ramah difabel Baca juga: Bupati resmikan pasar ikan di pesisirPewarta: Rina SaraswatiEditor: Dodi Kurniawan COPYRIGHT © ANTARA 2023",
        CleanedArticle(
            text="Jakarta (ANTARA) - Kepala dinas perhubungan meninjau terminal yang baru dibangun pada Senin.",
            title=None,
            published=None,
            byline="Rina Saraswati",
            dateline=Dateline(place="Jakarta", outlet="ANTARA"),
            boilerplate=(
                Boilerplate(
                    line=1,
                    text="Baca juga: DPR: Terminal baru harus ramah difabel Baca juga: Bupati resmikan pasar ikan di pesisir",
                    kind="related",
                ),
                Boilerplate(line=1, text="COPYRIGHT © ANTARA 2023", kind="navigation"),
                Boilerplate(line=1, text="Pewarta: Rina SaraswatiEditor: Dodi Kurniawan", kind="byline"),
            ),
        ),
        id="credit-glued-after-teaser",
    ),
    pytest.param(
        "Jakarta (ANTARA) - Kepala dinas perhubungan meninjau terminal yang baru dibangun pada Senin. Ia meminta petugas menjaga kebersihan terminal.Pewarta: Rina SaraswatiEditor: Dodi Kurniawan",
        CleanedArticle(
            text="Jakarta (ANTARA) - Kepala dinas perhubungan meninjau terminal yang baru dibangun pada Senin. Ia meminta petugas menjaga kebersihan terminal.",
            title=None,
            published=None,
            byline="Rina Saraswati",
            dateline=Dateline(place="Jakarta", outlet="ANTARA"),
            boilerplate=(
                Boilerplate(line=1, text="Pewarta: Rina SaraswatiEditor: Dodi Kurniawan", kind="byline"),
            ),
        ),
        id="credit-glued-after-stop",
    ),
    pytest.param(
        "Jakarta (ANTARA) - Kepala dinas perhubungan meninjau terminal yang baru dibangun pada Senin. Ia meminta petugas menjaga kebersihan terminal. Pewarta: Rina Saraswati Editor: Dodi Kurniawan Copyright © ANTARA 2025 Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
        CleanedArticle(
            text="Jakarta (ANTARA) - Kepala dinas perhubungan meninjau terminal yang baru dibangun pada Senin. Ia meminta petugas menjaga kebersihan terminal.",
            title=None,
            published=None,
            byline="Rina Saraswati",
            dateline=Dateline(place="Jakarta", outlet="ANTARA"),
            boilerplate=(
                Boilerplate(
                    line=1,
                    text="Copyright © ANTARA 2025 Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
                    kind="navigation",
                ),
                Boilerplate(line=1, text="Pewarta: Rina Saraswati Editor: Dodi Kurniawan", kind="byline"),
            ),
        ),
        id="credit-before-a-copyright-ban",
    ),
    pytest.param(
        # a © in the body with no ban on copying after it stays (`Lego© Dilarang` is not the notice)
        "Jakarta (ANTARA) - Merek © milik perusahaan itu dipakai di seluruh toko. Warga dilarang menjual barang tiruan.",
        CleanedArticle(
            text="Jakarta (ANTARA) - Merek © milik perusahaan itu dipakai di seluruh toko. Warga dilarang menjual barang tiruan.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Jakarta", outlet="ANTARA"),
            boilerplate=(),
        ),
        id="a-sign-far-before-a-ban-stays",
    ),
    pytest.param(
        'LIWA - Petani di Pekon Sukamaju mulai menanam padi. Hasil panen diharapkan naik tahun ini," kata Tri. (SB-09) Sumber Berita: Under Creative Commons License: Attribution Non-Commercial No Derivatives',
        CleanedArticle(
            # the desk's code and its reporter's number behind the notice is the byline (GUIDELINES §1)
            text='LIWA - Petani di Pekon Sukamaju mulai menanam padi. Hasil panen diharapkan naik tahun ini," kata Tri.',
            title=None,
            published=None,
            byline="SB-09",
            dateline=Dateline(place="Liwa", outlet=None),
            boilerplate=(
                Boilerplate(
                    line=1,
                    text="Sumber Berita: Under Creative Commons License: Attribution Non-Commercial No Derivatives",
                    kind="navigation",
                ),
                Boilerplate(line=1, text="(SB-09)", kind="byline"),
            ),
        ),
        id="creative-commons-notice-closing-the-body",
    ),
    pytest.param(
        # the licence named inside a sentence of the body stays
        "LIWA - Foto itu dirilis di bawah lisensi Creative Commons. Warga boleh memakainya tanpa izin, kata Tri.",
        CleanedArticle(
            text="LIWA - Foto itu dirilis di bawah lisensi Creative Commons. Warga boleh memakainya tanpa izin, kata Tri.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Liwa", outlet=None),
            boilerplate=(),
        ),
        id="creative-commons-in-a-sentence-stays",
    ),
    pytest.param(
        "Jakarta (ANTARA) - Badan cuaca dunia memperkirakan musim hujan datang lebih awal tahun ini. Petani diminta menyesuaikan jadwal tanam.Penerjemah: Tono HartonoEditor: Dodi Kurniawan",
        CleanedArticle(
            text="Jakarta (ANTARA) - Badan cuaca dunia memperkirakan musim hujan datang lebih awal tahun ini. Petani diminta menyesuaikan jadwal tanam.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Jakarta", outlet="ANTARA"),
            boilerplate=(
                Boilerplate(line=1, text="Penerjemah: Tono HartonoEditor: Dodi Kurniawan", kind="editor"),
            ),
        ),
        id="translator-is-no-byline",
    ),
    pytest.param(
        "Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal. BACA SELENGKAPNYA >>>",
        CleanedArticle(
            text="Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(Boilerplate(line=1, text="BACA SELENGKAPNYA >>>", kind="related"),),
        ),
        id="link-to-the-rest",
    ),
    pytest.param(
        "Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal. Saksikan Live Pagi Ini :",
        CleanedArticle(
            text="Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(Boilerplate(line=1, text="Saksikan Live Pagi Ini :", kind="related"),),
        ),
        id="live-programme-prompt",
    ),
    pytest.param(
        'Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal. Tonton juga video "Terminal Baru Dibuka" di sini:',
        CleanedArticle(
            text="Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(
                Boilerplate(line=1, text='Tonton juga video "Terminal Baru Dibuka" di sini:', kind="related"),
            ),
        ),
        id="video-teaser-here",
    ),
    pytest.param(
        "Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal. Artikel ini pertama kali terbit dalam bahasa Inggris Diadaptasi oleh Sari Dewi Editor: Tono Hartono",
        CleanedArticle(
            text="Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(
                Boilerplate(
                    line=1,
                    text="Artikel ini pertama kali terbit dalam bahasa Inggris Diadaptasi oleh Sari Dewi Editor: Tono Hartono",
                    kind="related",
                ),
            ),
        ),
        id="first-published-note",
    ),
    pytest.param(
        "Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal. Lanjut ke Halaman Berikutnya",
        CleanedArticle(
            text="Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia meminta petugas menjaga kebersihan terminal.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(Boilerplate(line=1, text="Lanjut ke Halaman Berikutnya", kind="navigation"),),
        ),
        id="next-page-link",
    ),
    pytest.param(
        "Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia tidak menjelaskan rencana itu selengkapnya. Ia meminta warga membaca aturan selengkapnya.",
        CleanedArticle(
            text="Kepala dinas perhubungan meninjau terminal yang baru dibangun di pinggir kota pada Senin. Ia tidak menjelaskan rencana itu selengkapnya. Ia meminta warga membaca aturan selengkapnya.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(),
        ),
        id="selengkapnya-in-body-stays",
    ),
    pytest.param(
        "Laporan warga menyebut jembatan di Desa Suka Maju, KUDUS - wilayah utara - rusak berat sejak pekan lalu. Kepala desa meminta bantuan.",
        CleanedArticle(
            text="Laporan warga menyebut jembatan di Desa Suka Maju, KUDUS - wilayah utara - rusak berat sejak pekan lalu. Kepala desa meminta bantuan.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(),
        ),
        id="report-in-body-is-no-credit",
    ),
    pytest.param(
        "Kepala dinas perhubungan meninjau terminal baru pada Senin. Baca juga: Menteri sebut terminal siap dipakai Ia meminta petugas menjaga kebersihan terminal setiap hari.",
        CleanedArticle(
            text="Kepala dinas perhubungan meninjau terminal baru pada Senin. Ia meminta petugas menjaga kebersihan terminal setiap hari.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(
                Boilerplate(line=1, text="Baca juga: Menteri sebut terminal siap dipakai", kind="related"),
            ),
        ),
        id="teaser-then-body-sentence-stays",
    ),
    pytest.param(
        "Kuala Pembuang, Sabtu (12/3/2022) – Ratusan warga mengikuti vaksinasi massal di aula kecamatan. Petugas menyiapkan dua ribu dosis.",
        CleanedArticle(
            text="Kuala Pembuang, Sabtu (12/3/2022) – Ratusan warga mengikuti vaksinasi massal di aula kecamatan. Petugas menyiapkan dua ribu dosis.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Kuala Pembuang", outlet=None),
            boilerplate=(),
        ),
        id="weekday-and-date-after-place",
    ),
    pytest.param(
        "TAMIANG LAYANG [Kaltengraya] – Ratusan warga mengikuti vaksinasi massal di aula kecamatan. Petugas menyiapkan dua ribu dosis.",
        CleanedArticle(
            text="TAMIANG LAYANG [Kaltengraya] – Ratusan warga mengikuti vaksinasi massal di aula kecamatan. Petugas menyiapkan dua ribu dosis.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Tamiang Layang", outlet="Kaltengraya"),
            boilerplate=(),
        ),
        id="outlet-in-square-brackets",
    ),
    pytest.param(
        "Puskesmas Baru Siap Layani Warga\nOleh Rina Kartika pada 14 Maret 2022\nSAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nIa meminta petugas melayani warga dengan ramah dan cepat, terutama lansia dan ibu hamil yang datang berobat.",
        CleanedArticle(
            text="SAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nIa meminta petugas melayani warga dengan ramah dan cepat, terutama lansia dan ibu hamil yang datang berobat.",
            title="Puskesmas Baru Siap Layani Warga",
            published="2022-03-14",
            byline="Rina Kartika",
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(
                Boilerplate(line=1, text="Puskesmas Baru Siap Layani Warga", kind="title"),
                Boilerplate(line=2, text="Oleh Rina Kartika pada 14 Maret 2022", kind="byline"),
            ),
        ),
        id="credit-then-date-on-one-line",
    ),
    pytest.param(
        "Puskesmas Baru Siap Layani Warga\nPenulis : Rina Kartika / Editor : Dodi Kurniawan\nSAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nIa meminta petugas melayani warga dengan ramah dan cepat, terutama lansia dan ibu hamil yang datang berobat.",
        CleanedArticle(
            text="SAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nIa meminta petugas melayani warga dengan ramah dan cepat, terutama lansia dan ibu hamil yang datang berobat.",
            title="Puskesmas Baru Siap Layani Warga",
            published=None,
            byline="Rina Kartika",
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(
                Boilerplate(line=1, text="Puskesmas Baru Siap Layani Warga", kind="title"),
                Boilerplate(line=2, text="Penulis : Rina Kartika / Editor : Dodi Kurniawan", kind="byline"),
            ),
        ),
        id="reporter-slash-editor",
    ),
    pytest.param(
        "Puskesmas Baru Siap Layani Warga\nSAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nIa meminta petugas melayani warga dengan ramah dan cepat, terutama lansia dan ibu hamil yang datang berobat.\nBupati Resmikan Jembatan Gantung di Desa Tumbang Sapiri\nRatusan Warga Ikuti Vaksinasi Massal di Alun-Alun\nMenurut dia, puskesmas itu kini memiliki ruang rawat inap dengan dua belas tempat tidur dan satu ruang bersalin.",
        CleanedArticle(
            text="SAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nIa meminta petugas melayani warga dengan ramah dan cepat, terutama lansia dan ibu hamil yang datang berobat.\nMenurut dia, puskesmas itu kini memiliki ruang rawat inap dengan dua belas tempat tidur dan satu ruang bersalin.",
            title="Puskesmas Baru Siap Layani Warga",
            published=None,
            byline=None,
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(
                Boilerplate(line=1, text="Puskesmas Baru Siap Layani Warga", kind="title"),
                Boilerplate(
                    line=4, text="Bupati Resmikan Jembatan Gantung di Desa Tumbang Sapiri", kind="related"
                ),
                Boilerplate(line=5, text="Ratusan Warga Ikuti Vaksinasi Massal di Alun-Alun", kind="related"),
            ),
        ),
        id="unmarked-headlines-between-paragraphs",
    ),
    pytest.param(
        "Puskesmas Baru Siap Layani Warga\nSAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nRuang Rawat Inap Baru Dibuka\nIa meminta petugas melayani warga dengan ramah dan cepat, terutama lansia dan ibu hamil yang datang berobat.\nMenurut dia, puskesmas itu kini memiliki ruang rawat inap dengan dua belas tempat tidur dan satu ruang bersalin.",
        CleanedArticle(
            text="SAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nRuang Rawat Inap Baru Dibuka\nIa meminta petugas melayani warga dengan ramah dan cepat, terutama lansia dan ibu hamil yang datang berobat.\nMenurut dia, puskesmas itu kini memiliki ruang rawat inap dengan dua belas tempat tidur dan satu ruang bersalin.",
            title="Puskesmas Baru Siap Layani Warga",
            published=None,
            byline=None,
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(Boilerplate(line=1, text="Puskesmas Baru Siap Layani Warga", kind="title"),),
        ),
        id="one-subheading-stays",
    ),
    pytest.param(
        "Puskesmas Baru Siap Layani Warga\nSAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nBerikut jadwal pelayanan puskesmas keliling bulan ini.\nDesa Tumbang Sapiri Kecamatan Mentaya Hulu\nDesa Bajarum Kecamatan Kota Besi Hulu\nMenurut dia, puskesmas itu kini memiliki ruang rawat inap dengan dua belas tempat tidur dan satu ruang bersalin.",
        CleanedArticle(
            text="SAMPIT – Kepala dinas kesehatan meninjau puskesmas yang baru selesai direnovasi bersama camat setempat pada Senin pagi.\nBerikut jadwal pelayanan puskesmas keliling bulan ini.\nDesa Tumbang Sapiri Kecamatan Mentaya Hulu\nDesa Bajarum Kecamatan Kota Besi Hulu\nMenurut dia, puskesmas itu kini memiliki ruang rawat inap dengan dua belas tempat tidur dan satu ruang bersalin.",
            title="Puskesmas Baru Siap Layani Warga",
            published=None,
            byline=None,
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(Boilerplate(line=1, text="Puskesmas Baru Siap Layani Warga", kind="title"),),
        ),
        id="headlines-under-a-list-intro-stay",
    ),
    pytest.param(
        f"Kamis, 6 Juli 2023 14:20 WIB {LEDE}.",
        CleanedArticle(
            text=LEDE + ".",
            title=None,
            published="2023-07-06",
            byline=None,
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(Boilerplate(line=1, text="Kamis, 6 Juli 2023 14:20 WIB", kind="published"),),
        ),
        id="date-glued-before-dateline",
    ),
    pytest.param(
        f"Puskesmas Baru Siap Layani Warga Kamis, 6 Juli 2023 14:20 WIB {LEDE}.",
        CleanedArticle(
            text=LEDE + ".",
            title="Puskesmas Baru Siap Layani Warga",
            published="2023-07-06",
            byline=None,
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(
                Boilerplate(line=1, text="Puskesmas Baru Siap Layani Warga", kind="title"),
                Boilerplate(line=1, text="Kamis, 6 Juli 2023 14:20 WIB", kind="published"),
            ),
        ),
        id="headline-and-date-glued-before-dateline",
    ),
    pytest.param(
        LEDE + ". (rin) Kamis, 6 Juli 2023",
        CleanedArticle(
            text=LEDE + ".",
            title=None,
            published="2023-07-06",
            byline="rin",
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(
                Boilerplate(line=1, text="Kamis, 6 Juli 2023", kind="published"),
                Boilerplate(line=1, text="(rin)", kind="byline"),
            ),
        ),
        id="date-glued-after-last-sentence",
    ),
    pytest.param(
        LEDE + " pada Kamis, 6 Juli 2023.",
        CleanedArticle(
            text=LEDE + " pada Kamis, 6 Juli 2023.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(),
        ),
        id="date-inside-last-sentence-stays",
    ),
    pytest.param(
        LEDE + ".\nPenulis: Rina Kartika\nKamis, 6 Juli 2023",
        CleanedArticle(
            text=LEDE + ".",
            title=None,
            published="2023-07-06",
            byline="Rina Kartika",
            dateline=Dateline(place="Sampit", outlet=None),
            boilerplate=(
                Boilerplate(line=2, text="Penulis: Rina Kartika", kind="byline"),
                Boilerplate(line=3, text="Kamis, 6 Juli 2023", kind="published"),
            ),
        ),
        id="credit-then-date-under-body",
    ),
    pytest.param(
        "Warta9.com/Maria Sari Dewi WARTA9.COM, BOGOR - Lebih dari seratus ribu warga memakai aplikasi layanan kota setiap hari. Angka itu terus naik.",
        CleanedArticle(
            text="WARTA9.COM, BOGOR - Lebih dari seratus ribu warga memakai aplikasi layanan kota setiap hari. Angka itu terus naik.",
            title=None,
            published=None,
            byline="Warta9.com/Maria Sari Dewi",
            dateline=Dateline(place="Bogor", outlet="Warta9.com"),
            boilerplate=(Boilerplate(line=1, text="Warta9.com/Maria Sari Dewi", kind="byline"),),
        ),
        id="outlet-slash-name-before-dateline",
    ),
    pytest.param(
        "Warta9.com/Maria Sari Dewi. Lebih dari seratus ribu warga memakai aplikasi layanan kota setiap hari - angka itu terus naik.",
        CleanedArticle(
            text="Warta9.com/Maria Sari Dewi. Lebih dari seratus ribu warga memakai aplikasi layanan kota setiap hari - angka itu terus naik.",
            title=None,
            published=None,
            byline=None,
            dateline=None,
            boilerplate=(),
        ),
        id="outlet-slash-name-without-dateline-stays",
    ),
    pytest.param(
        # a labelled tag strip glued after the credit: its words are no body (GUIDELINES §1), so no place
        # is read from them, and the reporter's initials before it are the byline
        "LIWA - Kelompok tani di Pekon Sukaraja mulai menebar benih ikan di sawah. Hasilnya diharapkan menambah penghasilan warga, kata Rudi. (nop) Tags # Sukaraja # Lambar # Perikanan",
        CleanedArticle(
            text="LIWA - Kelompok tani di Pekon Sukaraja mulai menebar benih ikan di sawah. Hasilnya diharapkan menambah penghasilan warga, kata Rudi.",
            title=None,
            published=None,
            byline="nop",
            dateline=Dateline(place="Liwa", outlet=None),
            boilerplate=(
                Boilerplate(line=1, text="Tags # Sukaraja # Lambar # Perikanan", kind="tags"),
                Boilerplate(line=1, text="(nop)", kind="byline"),
            ),
        ),
        id="labelled-tag-strip-after-the-credit",
    ),
    pytest.param(
        "BANDARLAMPUNG - Penjualan mobil listrik di Lampung naik pada bulan ini. Harganya kini lebih terjangkau bagi keluarga muda. Tags: mobil listrik otomotif",
        CleanedArticle(
            text="BANDARLAMPUNG - Penjualan mobil listrik di Lampung naik pada bulan ini. Harganya kini lebih terjangkau bagi keluarga muda.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Bandarlampung", outlet=None),
            boilerplate=(Boilerplate(line=1, text="Tags: mobil listrik otomotif", kind="tags"),),
        ),
        id="labelled-tag-strip-after-the-last-sentence",
    ),
    pytest.param(
        # `Tagar` opening a sentence, with no colon or hash after it, is prose
        "BANDARLAMPUNG - Warga ramai membagikan foto panen raya di media sosial. Tagar itu dipakai ribuan akun sejak pagi.",
        CleanedArticle(
            text="BANDARLAMPUNG - Warga ramai membagikan foto panen raya di media sosial. Tagar itu dipakai ribuan akun sejak pagi.",
            title=None,
            published=None,
            byline=None,
            dateline=Dateline(place="Bandarlampung", outlet=None),
            boilerplate=(),
        ),
        id="tagar-opening-a-sentence-stays",
    ),
    pytest.param(
        # the editor's name opens with an abbreviated honorific and its stop (`Rr.`, Raden Roro)
        "Jakarta (ANTARA) - Badan cuaca dunia memperkirakan musim hujan datang lebih awal tahun ini. Petani diminta menyesuaikan jadwal tanam. Pewarta: Tono Hartono Editor: Rr. Dewi Kurniawati",
        CleanedArticle(
            text="Jakarta (ANTARA) - Badan cuaca dunia memperkirakan musim hujan datang lebih awal tahun ini. Petani diminta menyesuaikan jadwal tanam.",
            title=None,
            published=None,
            byline="Tono Hartono",
            dateline=Dateline(place="Jakarta", outlet="ANTARA"),
            boilerplate=(
                Boilerplate(line=1, text="Pewarta: Tono Hartono Editor: Rr. Dewi Kurniawati", kind="byline"),
            ),
        ),
        id="credit-closing-the-body-editor-with-an-abbreviated-honorific",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_one_line_page(raw: str, expected: CleanedArticle) -> None:
    assert clean(raw) == expected
