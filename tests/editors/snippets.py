"""The code blocks of docs/editors.md, the setup snippets users copy."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "editors.md"


def code_blocks(language: str) -> list[str]:
    """The fenced blocks of docs/editors.md tagged with `language`, in order."""
    text = DOC.read_text(encoding="utf-8")
    return re.findall(rf"^```{re.escape(language)}\n(.*?)^```$", text, re.S | re.M)
