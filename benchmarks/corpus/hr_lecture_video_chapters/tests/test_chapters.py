import pytest

from lecture.chapters import Chapter, ChapterList, parse_chapters
from lecture.timestamps import format_timestamp, parse_timestamp


def test_timestamps():
    assert parse_timestamp("12:40") == 760
    assert parse_timestamp("1:02:05") == 3725
    assert format_timestamp(3725) == "1:02:05"
    assert format_timestamp(65) == "1:05"


def test_parse_chapters(lecture):
    assert lecture.chapters[3] == Chapter(1865, "Diagonalisation")
    assert len(lecture.chapters) == 5
    with pytest.raises(ValueError):
        parse_chapters("0:00 Intro\n5:00 Middle\n4:00 End")


def test_title_at(lecture):
    assert lecture.title_at(0) == "Welcome"
    assert lecture.title_at(760) == "Eigenvalues"
    assert lecture.title_at(1864) == "Eigenvalues"
    assert lecture.title_at(3130) == "Questions"


def test_skip_forward(lecture):
    assert lecture.skip_forward(200) == 760
    assert lecture.skip_forward(2900) == 3130


def test_outside_the_video(lecture):
    with pytest.raises(ValueError):
        lecture.index_at(3131)


def test_single_chapter():
    talk = ChapterList([Chapter(0, "Talk")], duration=600)
    assert talk.label(75) == "1:15 · 1/1 Talk"
    assert talk.chapter_length(0) == 600
