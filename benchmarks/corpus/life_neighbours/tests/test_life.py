from life.board import population, run, step
from life.patterns import BLINKER, BLOCK, GLIDER, parse, show


def test_lonely_cell_dies():
    assert step([[0, 0, 0], [0, 1, 0], [0, 0, 0]]) == [[0, 0, 0], [0, 0, 0], [0, 0, 0]]


def test_block_is_still():
    assert step(parse(BLOCK)) == parse(BLOCK)


def test_blinker_oscillates():
    once = step(parse(BLINKER))
    assert show(once).splitlines()[2] == ".###."
    assert step(once) == parse(BLINKER)


def test_glider_keeps_five_cells():
    assert population(run(parse(GLIDER), 4)) == 5
