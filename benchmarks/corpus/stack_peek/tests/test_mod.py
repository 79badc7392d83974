from mod import Stack


def test_peek_sees_top():
    stack = Stack()
    stack.push(1)
    stack.push(2)
    assert stack.peek() == 2
    assert stack.size() == 2


def test_pop():
    stack = Stack()
    stack.push(1)
    assert stack.pop() == 1
