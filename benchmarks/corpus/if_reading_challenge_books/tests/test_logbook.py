from datetime import date

import pytest

from logbook import Entry, read_log


def test_read_log(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "reader,title,finished,format,pages\n"
        "maya, Holes ,2024-07-01,print,233\n"
        "sam,Skellig,2024-07-30,audio,\n",
        encoding="utf-8",
    )
    assert read_log(str(path)) == [
        Entry("maya", "Holes", date(2024, 7, 1), "print", 233),
        Entry("sam", "Skellig", date(2024, 7, 30), "audio", 0),
    ]


def test_unknown_format(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("reader,title,finished,format,pages\nmaya,Holes,2024-07-01,comic,40\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_log(str(path))
