from datetime import date

import pytest

from studio.book import Studio


@pytest.fixture
def studio():
    studio = Studio()
    studio.book("Mrs Ashby", "barn owl", 450, 225, date(2024, 1, 8))
    studio.book("Mr Cole", "pike", 300, 150, date(2024, 1, 20))
    studio.book("Ms Dale", "red fox", 600, 400, date(2024, 2, 2))
    studio.book("Mr Frost", "mallard", 180, 90, date(2024, 1, 29))
    studio.finish("T001", date(2024, 3, 1))
    studio.finish("T002", date(2024, 4, 10))
    return studio
