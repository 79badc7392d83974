from treework.jobs import Job, Site, Tree
from treework.letter import quote_letter


def test_letter_lists_the_work_and_the_total():
    letter = quote_letter(Site("Mrs Hale", "OX14 3PX"), [Job(Tree("walnut", 12.0, protected=True), "inspect", 2)])
    assert letter.startswith("Dear Mrs Hale,")
    assert "  - inspect: walnut (12 m)" in letter
    assert letter.endswith("Total       £240.00")
