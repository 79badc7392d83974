"""Release notes in Markdown, one section per kind of change."""

from __future__ import annotations

import sys

from changelog.commits import Commit, parse_log

SECTIONS = {"feat": "Features", "fix": "Bug fixes", "perf": "Performance"}
BREAKING = "Breaking changes"


def entry(commit: Commit) -> str:
    return f"**{commit.scope}:** {commit.summary}" if commit.scope else commit.summary


def group(commits: list[Commit]) -> dict[str, list[str]]:
    """Section title -> entries, breaking changes first, then the sections in
    SECTIONS order. A breaking change is listed only under Breaking changes; other
    kinds (docs, chore, ci...) are left out. A change cherry-picked onto the
    release branch shows up twice in the log and is listed once."""
    sections: dict[str, list[str]] = {BREAKING: [], **{title: [] for title in SECTIONS.values()}}
    seen = set()
    for commit in commits:
        key = (commit.kind, commit.scope, commit.summary)
        if key in seen:
            continue
        seen.add(key)
        if commit.breaking:
            sections[BREAKING].append(entry(commit))
        elif commit.kind in SECTIONS:
            sections[SECTIONS[commit.kind]].append(entry(commit))
    return {title: entries for title, entries in sections.items() if entries}


def render(version: str, commits: list[Commit]) -> str:
    lines = [f"## {version}"]
    for title, entries in group(commits).items():
        lines += ["", f"### {title}", ""] + [f"- {text}" for text in entries]
    return "\n".join(lines) + "\n"


def main() -> None:
    print(render(sys.argv[1], parse_log(sys.stdin.read())), end="")
