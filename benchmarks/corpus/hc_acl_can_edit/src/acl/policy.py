"""Who may see and change a document.

- suspended users may do nothing;
- admins may see everything and edit everything that is not archived;
- the owner may see and edit their documents, unless archived (then only see them);
- users the document is shared with may see it, and edit it if they are editors;
- anyone may see a public document.
"""

from __future__ import annotations

from .models import Document, User


def can_view(user: User, doc: Document) -> bool:
    if user.suspended:
        return False
    return doc.public or "admin" in user.roles or user.name == doc.owner or user.name in doc.shared_with


def can_edit(user: User, doc: Document) -> bool:
    if user.suspended:
        return False
    if "admin" in user.roles:
        return True
    if user.name == doc.owner:
        return True
    return user.name in doc.shared_with and "editor" in user.roles


def visible(user: User, docs: list[Document]) -> list[str]:
    return [doc.title for doc in docs if can_view(user, doc)]


def editable(user: User, docs: list[Document]) -> list[str]:
    return [doc.title for doc in docs if can_edit(user, doc)]
