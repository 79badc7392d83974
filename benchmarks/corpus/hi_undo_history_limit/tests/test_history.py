from notepad.buffer import Buffer
from notepad.history import History


def test_undo_and_redo(buffer):
    assert buffer.text == "hello world"
    assert buffer.undo() == "hello"
    assert buffer.undo() == ""
    assert buffer.undo() == ""
    assert buffer.redo() == "hello"


def test_edit_after_undo_drops_redo(buffer):
    buffer.undo()
    buffer.insert(5, "!")
    assert buffer.text == "hello!"
    assert not buffer.history.can_redo()
    assert buffer.undo() == "hello"


def test_limit():
    history = History("v0", limit=2)
    for n in range(1, 5):
        history.record(f"v{n}")
    assert history.snapshots == ["v2", "v3", "v4"]


def test_unchanged_text_is_not_an_edit():
    buffer = Buffer("abc")
    buffer.delete(1, 1)
    assert not buffer.history.can_undo()
