from staff.directory import Directory, Person


def make():
    d = Directory()
    d.add(Person("Ada Lovelace", "engines", "101"), "ada", "countess")
    d.add(Person("Charles Babbage", "engines", "102"))
    d.add(Person("Grace Hopper", "compilers", "201"), "amazing grace")
    return d


def test_lookup_by_full_name():
    assert make().lookup("  charles   BABBAGE ").phone == "102"


def test_lookup_by_alias():
    assert make().lookup("Countess").name == "Ada Lovelace"
    assert make().team_of("amazing  grace") == "compilers"


def test_unknown():
    assert make().lookup("alan") is None


def test_members():
    assert make().members("engines") == ["Ada Lovelace", "Charles Babbage"]
