"""The `greenfix` command. Each subcommand is a module (or function) that adds its
parser with `add_command(subparsers)` and sets `run(args) -> exit status`.

SIGTERM and SIGINT end every command like a normal exit: the signal is raised as an
exception in the main thread, so every `finally` on the way out runs (test processes
killed, shadow copies and run folders removed), and the exit status is 128 + the
signal's number, as shells expect (130, 143).
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.metadata import version
from types import FrameType

from greenfix.analysis.testing.processes import descendants

_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Signalled(BaseException):
    """A SIGTERM or SIGINT; a BaseException, so that no `except Exception` stops it on its way out."""

    def __init__(self, signum: int, processes: list[int]) -> None:
        super().__init__(f"stopped by {signal.Signals(signum).name}")
        self.signum = signum
        self.processes = processes  # this process's descendants when the signal came


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # The language server starts without loading the other commands' modules, which
    # import the repair engine and the openai client (tens of MiB, half a second).
    args = build_parser(serve_only=argv[:1] == ["serve"]).parse_args(argv)
    with _signals_raised():
        try:
            return args.run(args)
        except Signalled as signalled:
            _remove_own_leftovers(signalled.processes)
            return 128 + signalled.signum


@contextmanager
def _signals_raised() -> Iterator[None]:
    previous = {signum: signal.getsignal(signum) for signum in _SIGNALS}
    for signum in _SIGNALS:
        signal.signal(signum, _raise_once)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _raise_once(signum: int, frame: FrameType | None) -> None:
    # A second signal must not cut the cleanup the first one started short.
    for each in _SIGNALS:
        signal.signal(each, _ignore)
    raise Signalled(signum, descendants())


def _ignore(signum: int, frame: FrameType | None) -> None:
    """A Python-level no-op rather than SIG_IGN, which processes started meanwhile would inherit."""


def _remove_own_leftovers(processes: list[int]) -> None:
    """What the cleanup on the way out could not reach: a signal between making a shadow copy
    and the `try` that removes it, or between starting a process and holding it."""
    from greenfix.analysis.testing.leftovers import remove_own

    remove_own(processes)


def build_parser(serve_only: bool = False) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="greenfix", description="A language server that turns red tests green."
    )
    parser.add_argument("--version", action="version", version=f"greenfix {version('greenfix')}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    add_serve_command(subparsers)
    if serve_only:
        return parser
    from . import check, fix

    check.add_command(subparsers)
    fix.add_command(subparsers)
    return parser


def add_serve_command(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="run the language server (stdio unless --tcp)")
    parser.add_argument("--tcp", type=host_and_port, metavar="HOST:PORT",
                        help="listen on a TCP address instead of stdio")
    # vscode-languageclient appends --stdio to the command line; stdio is the default anyway.
    parser.add_argument("--stdio", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    # Imported here so that `greenfix check` never loads pygls.
    from .lsp.app import serve

    return serve(tcp=args.tcp)  # 1 after exit without shutdown, as the LSP spec says


def host_and_port(value: str) -> tuple[str, int]:
    host, separator, port = value.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")  # [::1]:2087
    if not separator or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT with a port from 0 to 65535, got {value!r}")
    return host, int(port)
