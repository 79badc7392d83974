from reviews.badges import badge
from reviews.ratings import Review, average_stars, best_products, star_counts

REVIEWS = [
    Review("kettle", 5), Review("kettle", 4), Review("kettle", 4, verified=False),
    Review("toaster", 2), Review("toaster", 3), Review("toaster", 5),
    Review("mug", 5),
]


def test_star_counts():
    assert star_counts(REVIEWS, "kettle") == {5: 1, 4: 2, 3: 0, 2: 0, 1: 0}


def test_average_of_whole_stars():
    assert average_stars([Review("a", 4), Review("a", 2)], "a") == 3.0


def test_average_to_one_decimal():
    assert average_stars(REVIEWS, "kettle") == 4.3
    assert average_stars(REVIEWS, "kettle", verified_only=True) == 4.5


def test_no_reviews():
    assert average_stars(REVIEWS, "spoon") == 0.0
    assert badge(REVIEWS, "spoon") == "no reviews yet"


def test_best_products():
    assert best_products(REVIEWS) == ["kettle", "toaster"]


def test_badge():
    assert badge(REVIEWS, "mug") == "5.0 stars from 1 review"
