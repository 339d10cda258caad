#!/usr/bin/env bash
# Release build into the folder given (default dist/). Trunk builds and optimises one Wasm
# module per language (the copy is a third of the module; each page loads only its own), then
# the prerender step writes one static, hydratable page per language and moves Trunk's inline
# loaders into boot-zh.js and boot-en.js (strict CSP: no inline script).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
# Trunk's output per destination, so two builds into different folders do not collide.
stage=target/trunk-stage/$(printf '%s' "$out" | tr -c 'A-Za-z0-9_-' '_')
# Extra cargo features for the Wasm modules: the e2e suite builds a second copy with
# `test-hooks` (exports that force a panic or read the embed state); shipped builds have none.
features=${CRASH_NIGHT_FEATURES:-}
# Panic locations name source files: ship `crates/yew-0.23.0/src/…`, not this machine's paths.
remap="--remap-path-prefix=$PWD=crash-night"
for index in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*; do
  remap+=" --remap-path-prefix=$index=crates"
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$remap"
# The prerender step below writes the pages; Trunk's own hook (for `trunk serve`) stands aside.
export CRASH_NIGHT_RELEASE=1
for lang in zh en; do
  trunk build --release --features "only-$lang${features:+,$features}" --dist "$stage/$lang"
done
cargo run --quiet --release --features prerender --bin prerender -- "$out" "$stage/zh" "$stage/en"
# Minify the scripts and stylesheets in place (esbuild, from package.json): the wasm-bindgen
# glue alone is 50 kB of readable JavaScript. Names that other files import are kept.
npx --no-install esbuild --minify --log-level=warning --allow-overwrite --outdir="$out" \
  "$out"/*.js "$out"/*.css
