import pytest

from grades.book import Gradebook
from grades.scales import LetterScale, PassFail


@pytest.fixture
def book():
    book = Gradebook(LetterScale())
    for score in (91, 55, 78, 88):
        book.add("ana", score)
    for score in (62, 71, 70):
        book.add("ben", score)
    return book


def test_average(book):
    assert book.average("ana") == 78


def test_median_of_odd_count(book):
    assert book.median("ben") == 70


def test_median_of_even_count(book):
    assert book.median("ana") == 83


def test_unknown_student(book):
    with pytest.raises(KeyError):
        book.median("cy")


@pytest.mark.parametrize("score, letter", [(95, "A"), (98, "A+"), (91, "A-"), (83, "B"), (79, "C+"), (42, "F")])
def test_letters(score, letter):
    assert LetterScale().grade(score) == letter


def test_pass_fail():
    scale = PassFail(pass_mark=60)
    assert scale.grade(60) == "pass"
    assert scale.grade(59.5) == "fail"


def test_report(book):
    assert book.report() == {"ana": "B", "ben": "C-"}
