#!/usr/bin/env bash
# The sandbox for candidate test runs: bubblewrap (`bwrap`), from Debian.
set -euo pipefail

if command -v bwrap >/dev/null 2>&1; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq bubblewrap
