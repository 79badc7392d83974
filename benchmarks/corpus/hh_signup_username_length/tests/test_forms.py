from signup.forms import form_errors


def test_accepted():
    form = {"username": "maria_k", "email": "maria@example.org", "password": "blue-kettle-42"}
    assert form_errors(form, taken={"bob"}) == {}


def test_taken():
    form = {"username": "Bob", "email": "bob@example.org", "password": "blue-kettle-42"}
    assert form_errors(form, taken={"bob"}) == {"username": ["already taken"]}
