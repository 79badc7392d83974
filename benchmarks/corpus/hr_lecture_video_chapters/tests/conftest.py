import pytest

from lecture.chapters import ChapterList, parse_chapters

DESCRIPTION = """\
Linear Algebra, lecture 7. Slides: https://example.org/la7.pdf

0:00 Welcome
3:15 Recap of lecture 6
12:40 Eigenvalues
31:05 - Diagonalisation
47:30 Questions
"""


@pytest.fixture
def lecture():
    return ChapterList(parse_chapters(DESCRIPTION), duration=3130)
