"""A document whose tree was released (to bound memory) still answers correctly."""

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.syntax import find_problems


def test_edits_after_releasing_the_tree_give_a_fresh_parse_s_problems() -> None:
    doc = SourceDocument("def f(x):\n    return x\n")
    doc.release_tree()
    doc.replace_bytes(8, 9, b"")  # delete the ':'
    assert doc.settled
    assert [p.message for p in find_problems(doc)] == ["missing ':'"]
    assert find_problems(doc) == find_problems(SourceDocument(doc.text))
    doc.replace_bytes(8, 8, b":")  # incremental again, on the re-parsed tree
    assert find_problems(doc) == []
