def test_condition(hawk):
    assert hawk.condition(680) == "fly"
    assert hawk.condition(695) == "fly"
    assert hawk.condition(696) == "high"
    assert hawk.condition(664) == "low"
