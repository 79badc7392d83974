from sewing import print_list, thread_mm


def test_print_list_for_pamphlet(pamphlet):
    assert print_list(pamphlet) == [
        "sig 1 sheet 1: outside 12|1 inside 2|11",
        "sig 1 sheet 2: outside 10|3 inside 4|9",
        "sig 1 sheet 3: outside 8|5 inside 6|7",
    ]


def test_thread_for_notebook(notebook):
    assert thread_mm(notebook, 210) == 762
