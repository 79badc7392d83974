from mothlog import migrants, read_night, season_summary

NIGHT = """
2024-07-14 Robinson MV, 14C overcast
Large Yellow Underwing x12
h&d x3
Elephant Hawk-moth
# one Silver Y flew before it could be potted
Silver Y x1
"""


def test_single_moths_count_one():
    night, catch = read_night("2024-06-02 Skinner actinic\nElephant Hawk-moth\nsilver y\n")
    assert night == "2024-06-02"
    assert catch == {"Elephant Hawk-moth": 1, "Silver Y": 1}


def test_counts_after_the_name():
    assert read_night(NIGHT) == ("2024-07-14", {
        "Large Yellow Underwing": 12,
        "Heart and Dart": 3,
        "Elephant Hawk-moth": 1,
        "Silver Y": 1,
    })


def test_same_species_on_two_lines_adds_up():
    _, catch = read_night("2024-07-15 Robinson MV\nLYU x4\nLarge Yellow Underwing x2\n")
    assert catch == {"Large Yellow Underwing": 6}


def test_season_summary():
    nights = [
        ("2024-07-15", {"Large Yellow Underwing": 6}),
        ("2024-07-14", {"Large Yellow Underwing": 12, "Silver Y": 1}),
    ]
    assert season_summary(nights) == {
        "Large Yellow Underwing": (18, 2, "2024-07-14"),
        "Silver Y": (1, 1, "2024-07-14"),
    }


def test_migrants():
    assert migrants({"Silver Y": 1, "Heart and Dart": 3, "Rush Veneer": 2}) == ["Rush Veneer", "Silver Y"]
