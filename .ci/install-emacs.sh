#!/usr/bin/env bash
# Emacs and eglot for tests/editors/test_emacs.py, from Debian: emacs-nox (28 on
# bookworm) and elpa-eglot (1.9), the versions a new user there gets.
set -euo pipefail

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
if command -v emacs >/dev/null 2>&1 && HOME="$home" emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends emacs-nox elpa-eglot
