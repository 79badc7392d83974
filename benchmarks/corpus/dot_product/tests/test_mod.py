from mod import dot


def test_dot():
    assert dot([1, 2, 3], [4, 5, 6]) == 32


def test_orthogonal():
    assert dot([1, 0], [0, 1]) == 0
