"""Dense matrices for the small linear systems of the layout engine."""

from __future__ import annotations

from typing import Sequence


class Matrix:
    def __init__(self, rows: Sequence[Sequence[float]]) -> None:
        if not rows or any(len(row) != len(rows[0]) for row in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.data = [list(row) for row in rows]

    @property
    def rows(self) -> int:
        return len(self.data)

    @property
    def cols(self) -> int:
        return len(self.data[0])

    @classmethod
    def identity(cls, n: int) -> Matrix:
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.data == other.data

    def __repr__(self) -> str:
        return f"Matrix({self.data})"

    def transpose(self) -> Matrix:
        return Matrix([[self.data[i][j] for i in range(self.rows)] for j in range(self.cols)])

    def __add__(self, other: Matrix) -> Matrix:
        if (self.rows, self.cols) != (other.rows, other.cols):
            raise ValueError("shapes differ")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.data, other.data)])

    def __matmul__(self, other: Matrix) -> Matrix:
        if self.cols != other.rows:
            raise ValueError(f"cannot multiply {self.rows}x{self.cols} by {other.rows}x{other.cols}")
        return Matrix([
            [sum(self.data[i][k] * other.data[k][j] for k in range(self.cols)) for j in range(other.cols)]
            for i in range(self.rows)
        ])

    def power(self, n: int) -> Matrix:
        if self.rows != self.cols:
            raise ValueError("only square matrices have powers")
        result = Matrix.identity(self.rows)
        for _ in range(n):
            result = result @ self
        return result
