import pytest

from linalg.matrix import Matrix


def test_identity_is_neutral():
    m = Matrix([[1, 2], [3, 4]])
    assert m @ Matrix.identity(2) == m


def test_square_product():
    assert Matrix([[1, 2], [3, 4]]) @ Matrix([[5, 6], [7, 8]]) == Matrix([[19, 22], [43, 50]])


def test_rectangular_product():
    a = Matrix([[1, 2, 3]])
    b = Matrix([[4], [5], [6]])
    assert a @ b == Matrix([[32]])
    assert (b @ a).data[2] == [6, 12, 18]


def test_shapes_must_match():
    with pytest.raises(ValueError):
        Matrix([[1, 2]]) @ Matrix([[1, 2]])


def test_power():
    fib = Matrix([[1, 1], [1, 0]])
    assert fib.power(10).data[0][1] == 55


def test_transpose():
    assert Matrix([[1, 2, 3]]).transpose() == Matrix([[1], [2], [3]])
