from kennel.entries import Entry, read_results


def test_read_results():
    text = """
dog,breed,sex,placement
Bramble,Whippet,b,1
Dash,Whippet,D,A
Scout,Whippet,D,
"""
    assert read_results(text) == [
        Entry("Bramble", "Whippet", "B", 1),
        Entry("Dash", "Whippet", "D", None, absent=True),
        Entry("Scout", "Whippet", "D"),
    ]
