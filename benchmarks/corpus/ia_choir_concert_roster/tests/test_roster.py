from choirbook.members import Singer
from choirbook.roster import balance_warnings, concert_roster, standing_order

REHEARSALS = ["2024-03-05", "2024-03-12", "2024-03-19", "2024-03-26"]


def singer(name, part, came, **extra):
    return Singer(name, part, set(REHEARSALS[:came]), **extra)


def test_regulars_sing():
    choir = [singer("Maud", "alto", 4), singer("Ada", "alto", 3), singer("Tom", "bass", 4)]
    assert concert_roster(choir, REHEARSALS) == {
        "soprano": [], "alto": ["Ada", "Maud"], "tenor": [], "bass": ["Tom"]}


def test_too_many_missed_rehearsals():
    choir = [singer("Ben", "tenor", 2), singer("Joan", "soprano", 3)]
    assert concert_roster(choir, REHEARSALS)["tenor"] == []
    assert concert_roster(choir, REHEARSALS)["soprano"] == ["Joan"]


def test_no_rehearsals_yet():
    choir = [singer("Ben", "tenor", 0)]
    assert concert_roster(choir, [])["tenor"] == ["Ben"]


def test_spring_concert():
    choir = [
        singer("Iris", "soprano", 4),
        singer("Nell", "soprano", 4, on_leave=True),
        singer("Pat", "alto", 4),
        singer("Ravi", "tenor", 3),
        singer("Sam", "bass", 4, on_leave=True),
        singer("Olu", "bass", 4),
    ]
    roster = concert_roster(choir, REHEARSALS)
    assert standing_order(roster) == ["Iris", "Pat", "Ravi", "Olu"]


def test_balance_warnings():
    roster = {"soprano": ["a", "b", "c"], "alto": ["d"], "tenor": [], "bass": ["e", "f", "g"]}
    assert balance_warnings(roster) == ["only 1 altos", "only 0 tenors"]
