def test_length(party):
    assert party.length() == "26:22"


def test_by_artist(party):
    groups = party.by_artist()
    assert list(groups) == ["Robyn", "Daft Punk", "Lizzo"]
    assert [t.title for t in groups["Daft Punk"]] == ["One More Time", "Digital Love"]


def test_spread_artists(party):
    spread = party.spread_artists()
    assert [t.artist for t in spread.tracks] == ["Robyn", "Daft Punk", "Lizzo", "Robyn", "Daft Punk", "Robyn"]
    assert spread.total_seconds() == party.total_seconds()


def test_without(party):
    assert [t.artist for t in party.without("Robyn").tracks] == ["Daft Punk", "Lizzo", "Daft Punk"]
