from crm.contacts import Contact, normalize_email
from crm.importer import import_contacts


def test_normalize_email():
    assert normalize_email("  Ada@Example.ORG ") == "ada@example.org"
    assert normalize_email("ada@localhost") == ""


def test_imports_valid_rows(export):
    contacts, skipped = import_contacts(export)
    assert [c.email for c in contacts] == ["ada@example.org", "grace@navy.example.mil", "ewd@example.nl"]
    assert contacts[1] == Contact("Grace Hopper", "grace@navy.example.mil", "active", None)
    assert contacts[2].status == "inactive" and contacts[2].phone == "0205550134"


def test_reports_skipped_lines(export):
    assert import_contacts(export)[1] == [4, 5]


def test_deleted_rows_are_left_out():
    text = "name,email,status\nOld Friend,old@example.com,deleted\nNew Friend,new@example.com,active\n"
    contacts, skipped = import_contacts(text)
    assert [c.name for c in contacts] == ["New Friend"]
    assert skipped == []
