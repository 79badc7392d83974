from hedgematch.entries import read_card
from hedgematch.results import Match

CARDS = """
1 | Tom Ashby   | open   | 18,17,16,17,19 | 352
2 | Ruth Vane   | open   | 19,18,17,18,17 | 360
3 | Sam Pryor   | open   | 15,16,15,14,15 | 340
4 | Jo Kemble   | novice | 12,13,12,11,14 | 290
5 | Dan Hurst   | novice | 13,12,12,12,12 | 295
"""


def match_from(cards):
    return Match([read_card(line) for line in cards.strip().splitlines()])


def test_placings_on_time():
    assert match_from(CARDS).placings("open") == [(1, "Ruth Vane", 89), (2, "Tom Ashby", 87), (3, "Sam Pryor", 75)]


def test_equal_scores_split_on_finish():
    assert match_from(CARDS).placings("novice") == [(1, "Jo Kemble", 62), (2, "Dan Hurst", 61)]


def test_equal_on_both_share_the_place():
    cards = "1|A|intermediate|14,14,14,14,14|300\n2|B|intermediate|15,13,14,14,14|300\n3|C|intermediate|14,14,14,14,13|300"
    assert match_from(cards).placings("intermediate") == [(1, "A", 70), (1, "B", 70), (3, "C", 69)]


def test_working_late_can_cost_a_place():
    cards = CARDS + "6 | Meg Lowe | open | 19,19,18,18,18 | 378\n"
    # 92 marks, but 18 minutes over: 4 late points
    assert match_from(cards).placings("open")[:2] == [(1, "Ruth Vane", 89), (2, "Meg Lowe", 88)]


def test_prize_list():
    assert match_from(CARDS).prize_list() == [
        "Novice 1: Jo Kemble (62)",
        "Novice 2: Dan Hurst (61)",
        "Open 1: Ruth Vane (89)",
        "Open 2: Tom Ashby (87)",
        "Open 3: Sam Pryor (75)",
    ]
