from kennel.entries import Entry, read_results
from kennel.points import award_points, majors


def class_of(breed, sex, names, absent=()):
    return [Entry(name, breed, sex, 1 if i == 0 else i + 1, name in absent) for i, name in enumerate(names)]


def test_lone_dog_gets_nothing():
    assert award_points(class_of("Saluki", "D", ["Amir"])) == {"Amir": 0}


def test_big_class():
    entries = class_of("Whippet", "D", ["Arlo", "Bo", "Cass", "Dune", "Echo", "Fen", "Gus"])
    assert award_points(entries) == {"Arlo": 3}


def test_three_beagle_bitches():
    assert award_points(class_of("Beagle", "B", ["Hazel", "Ivy", "Juno"])) == {"Hazel": 2}


def test_absentees_are_not_counted():
    entries = class_of("Border Terrier", "D", ["Kip", "Lad", "Mo", "Ned"], absent={"Mo", "Ned"})
    assert award_points(entries) == {"Kip": 1}


def test_dogs_and_bitches_apart():
    entries = class_of("Whippet", "D", ["Arlo", "Bo", "Cass", "Dune", "Echo", "Fen"]) + class_of("Whippet", "B", ["Opal"])
    assert award_points(entries) == {"Arlo": 3, "Opal": 0}


def test_majors_from_the_results_sheet():
    text = "dog,breed,sex,placement\n" + "\n".join(
        [f"W{i},Whippet,D,{i}" for i in range(1, 10)]
        + ["Tess,Beagle,B,1", "Una,Beagle,B,2", "Vi,Beagle,B,A", "Wren,Beagle,B,"]
    )
    awarded = award_points(read_results(text))
    assert awarded == {"W1": 4, "Tess": 2}
    assert majors(awarded) == ["W1"]
