import pytest

from notepad.buffer import Buffer


@pytest.fixture
def buffer():
    buffer = Buffer()
    buffer.insert(0, "hello")
    buffer.insert(5, " world")
    return buffer
