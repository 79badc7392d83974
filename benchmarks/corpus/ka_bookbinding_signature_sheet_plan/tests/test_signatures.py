import pytest

from signatures import blank_pages, plan_signatures, sheet_pages, signature_of


def test_sheets_shared_out_evenly():
    assert plan_signatures(90) == [4, 4, 4, 4, 4, 3]
    assert plan_signatures(72) == [4, 4, 4, 3, 3]


def test_empty_book():
    assert plan_signatures(0) == []


def test_pamphlet_sheets(pamphlet):
    assert sheet_pages(pamphlet) == [[(1, 2, 11, 12), (3, 4, 9, 10), (5, 6, 7, 8)]]


def test_second_signature_carries_on(notebook):
    first, second = sheet_pages(notebook)
    assert first[0] == (1, 2, 15, 16)
    assert second[0] == (17, 18, 31, 32)
    assert second[-1] == (23, 24, 25, 26)


def test_signature_of_plate_page(notebook):
    assert signature_of(16, notebook) == 1
    assert signature_of(17, notebook) == 2
    with pytest.raises(ValueError):
        signature_of(33, notebook)


def test_blank_pages():
    assert blank_pages(90, plan_signatures(90)) == 2
