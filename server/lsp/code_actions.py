"""Code actions come from small providers registered here, in one place.

A provider lists its actions cheaply for a document and a range; an action
whose edit is expensive carries `data` and is completed in `resolve`
(codeAction/resolve), which the editor calls only for the action the user picks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from lsprotocol import types

if TYPE_CHECKING:
    from .app import GreenfixServer
    from .documents import OpenDocument


@dataclass(frozen=True)
class ActionRequest:
    document: "OpenDocument"
    start: int  # byte range the editor asked about
    end: int
    only: list[str] | None  # kinds the editor wants, or None for all


class CodeActionProvider(Protocol):
    name: str
    kinds: tuple[str, ...]

    def actions(self, server: "GreenfixServer", request: ActionRequest) -> list[types.CodeAction]: ...

    async def resolve(self, server: "GreenfixServer", action: types.CodeAction) -> types.CodeAction: ...


PROVIDERS: list[CodeActionProvider] = []

# Fixes a whole file: certain syntax fixes, then Refine with tests where tests fail.
FIX_FILE_COMMAND = "greenfix.fixFile"


def register(provider: CodeActionProvider) -> CodeActionProvider:
    PROVIDERS.append(provider)
    return provider


def all_kinds() -> list[str]:
    kinds: list[str] = []
    for provider in PROVIDERS:
        kinds.extend(k for k in provider.kinds if k not in kinds)
    return kinds


def wanted(kind: str, only: list[str] | None) -> bool:
    """LSP's rule: a kind matches `only` when it equals or refines one of its entries."""
    return only is None or any(kind == o or kind.startswith(o + ".") for o in only)


def provider_named(name: str) -> CodeActionProvider | None:
    return next((p for p in PROVIDERS if p.name == name), None)
