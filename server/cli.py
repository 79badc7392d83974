"""The `greenfix` command. Each subcommand is a module (or function) that adds its
parser with `add_command(subparsers)` and sets `run(args) -> exit status`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import version


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # The language server starts without loading the other commands' modules, which
    # import the repair engine and the openai client (tens of MiB, half a second).
    args = build_parser(serve_only=argv[:1] == ["serve"]).parse_args(argv)
    return args.run(args)


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
