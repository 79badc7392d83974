"""new_claims over witnessed and practice rounds, short rounds and awarded badges, then random club seasons."""

import random
from datetime import date, timedelta

from observing import attempt
from archery.badges import BADGE_NAMES, badge_for, new_claims
from archery.scoresheet import read_sheet

START = date(2024, 4, 7)
BOWS = ["recurve", "barebow", "longbow", "compound"]
MARKS = ["X", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "M"]


def sheet(archer, bow, ends, witnessed, day=START):
    return read_sheet(archer, bow, day, "\n".join(ends), witnessed)


def observe():
    rng = random.Random(6170)
    results = []
    for bow in BOWS:
        for score in (0, 249, 250, 300, 349, 350, 449, 450, 500, 525, 549, 550, 575, 600):
            results.append(attempt(badge_for, bow, score))
    for end in ("9 9 8 8 7 7", "10 10 10 10 9 9", "X X X X X X", "5 5 5 5 4 4", "M M M M M M"):
        for bow in BOWS:
            for witnessed in (False, True):
                for ends in (9, 10, 11):
                    for awarded in (None, "White", "Blue", "Gold"):
                        given = {} if awarded is None else {("Ann", bow): awarded}
                        sheets = [sheet("Ann", bow, [end] * ends, witnessed)]
                        results.append(attempt(new_claims, sheets, given))
    for _ in range(120):
        archers = ["Ann", "Bob", "Cy", "Dot", "Eve"][: rng.randint(1, 5)]
        sheets = []
        for k in range(rng.randint(0, 12)):
            skill = rng.uniform(3.0, 9.8)
            ends = []
            for _ in range(rng.choice([10, 10, 10, 8, 11])):
                arrows = []
                for _ in range(6):
                    value = min(10, max(0, round(rng.gauss(skill, 1.4))))
                    mark = "M" if value == 0 else ("X" if value == 10 and rng.random() < 0.4 else str(value))
                    arrows.append(mark)
                ends.append(" ".join(arrows))
            sheets.append(sheet(rng.choice(archers), rng.choice(BOWS), ends, rng.random() < 0.6, START + timedelta(days=7 * k)))
        awarded = {}
        for archer in archers:
            for bow in BOWS:
                if rng.random() < 0.3:
                    awarded[(archer, bow)] = rng.choice(BADGE_NAMES)
        results.append(attempt(new_claims, sheets, awarded))
        results.append([(s.archer, s.bow, s.score, s.hits, s.golds, s.witnessed) for s in sheets])
    return results
