#!/usr/bin/env bash
# Ray, the `ray` extra: tests/cli/test_executor_ray.py starts a Ray head on 127.0.0.1
# and runs `greenfix fix --executor ray=...` against it. Quick when Ray is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python -c "import ray" >/dev/null 2>&1; then
  python -m pip install --quiet --disable-pip-version-check -e ".[ray]"
fi
