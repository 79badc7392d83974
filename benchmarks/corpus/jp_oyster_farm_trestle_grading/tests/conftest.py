import pytest


@pytest.fixture
def batch_weights():
    """A sample off the grader: 5 small, 4 medium, 3 large."""
    return [22.5, 31.0, 38.9, 12.4, 35.0, 40.0, 55.2, 69.9, 61.3, 70.0, 88.4, 102.7]


@pytest.fixture
def spring_bags():
    return [("small", 400), ("small", 400), ("small", 120), ("medium", 250), ("medium", 80), ("large", 150)]
