#!/usr/bin/env bash
# Installs what the build and tests need, only when missing or at the wrong version.
# Idempotent and non-interactive; costs a few seconds when everything is already there.
#   scripts/install.sh build   Rust target, trunk, wasm-bindgen-cli, npm packages (wasm-opt)
#   scripts/install.sh test    all of the above plus Debian chromium, chromium-driver, CJK fonts
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The CLI must equal the wasm-bindgen crate in Cargo.lock, so read it from there.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
level=${1:-test}

say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: one of its locked dependencies is no longer in the registry.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm packages (binaryen's wasm-opt, playwright-core, axe-core, lighthouse), pinned by package-lock.json.
# A stamp holding the lock's checksum makes a repeat run instant.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.install-stamp ] || [ "$(cat node_modules/.install-stamp)" != "$lock_sum" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.install-stamp
fi

if [ "$level" = test ]; then
  missing=()
  for pkg in chromium chromium-driver fonts-noto-cjk; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt-get install ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi
say "tools ready: $(trunk --version), wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}')"
