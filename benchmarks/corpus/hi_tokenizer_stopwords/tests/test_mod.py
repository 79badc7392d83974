from mod import Tokenizer


def test_words():
    assert Tokenizer().words("Reset the router’s Wi-Fi password") == ["reset", "the", "router", "wi", "fi", "password"]


def test_short_words_are_dropped():
    assert Tokenizer(min_length=3).terms("My PC is on fire") == ["fire"]


def test_terms_leave_out_stopwords():
    assert Tokenizer().terms("How to change the email of an account") == ["change", "email", "account"]


def test_keywords():
    text = "Refund for order. Order arrived late, refund requested, order cancelled."
    assert Tokenizer().keywords(text, 2) == ["order", "refund"]
