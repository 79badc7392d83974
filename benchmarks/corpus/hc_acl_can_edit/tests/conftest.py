import pytest

from acl.models import Document, User


@pytest.fixture
def people():
    return {
        "ann": User("ann", frozenset({"admin"})),
        "bob": User("bob", frozenset({"editor"})),
        "cy": User("cy"),
        "dee": User("dee", frozenset({"editor"}), suspended=True),
    }


@pytest.fixture
def docs():
    return [
        Document("roadmap", "bob", {"cy"}),
        Document("minutes", "cy", {"bob", "dee"}),
        Document("handbook", "ann", public=True),
        Document("2019 budget", "bob", {"cy"}, archived=True),
    ]
