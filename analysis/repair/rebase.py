"""Carry a fix over to a text that changed while it was being computed.

A fix is a new version of one function. If the user kept typing elsewhere, the
same change still applies to the function, which has only moved; if they
edited the function itself, the fix was computed for text that is gone and is
refused: never apply an edit to text it was not computed for."""

from __future__ import annotations

from ..document import SourceDocument
from ..edits import Edit, minimal_edits
from ..targets import function_named


def rebase_fix(old_text: str, new_text: str, current_text: str, qualname: str) -> list[Edit] | None:
    """Edits turning `current_text` into it-plus-the-fix, or None when the function
    differs from the one the fix was computed for."""
    if current_text == old_text:
        return minimal_edits(old_text, new_text)
    old_doc, new_doc, current_doc = (SourceDocument(t) for t in (old_text, new_text, current_text))
    before = function_named(old_doc, qualname)
    after = function_named(new_doc, qualname)
    now = function_named(current_doc, qualname)
    if before is None or after is None or now is None:
        return None
    if current_doc.data[now.start : now.end] != old_doc.data[before.start : before.end]:
        return None
    old_function = old_doc.data[before.start : before.end].decode("utf-8", "surrogatepass")
    new_function = new_doc.data[after.start : after.end].decode("utf-8", "surrogatepass")
    return minimal_edits(old_function, new_function, base=now.start)
