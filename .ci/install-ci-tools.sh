#!/usr/bin/env bash
# What tests/ci needs beyond the `test` extra: pre-commit (to run the hook for real),
# git (patches are checked with `git apply`) and tmux (the editors are driven in a
# real terminal). Quick when all are there.
set -euo pipefail

if ! python -m pre_commit --version >/dev/null 2>&1; then
  python -m pip install --quiet --disable-pip-version-check "pre-commit>=3.5"
fi

if ! command -v git >/dev/null 2>&1; then
  apt-get update
  apt-get install -y --no-install-recommends git
fi

if ! command -v tmux >/dev/null 2>&1; then
  apt-get update
  apt-get install -y --no-install-recommends tmux
fi
