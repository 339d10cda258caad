#!/usr/bin/env bash
# Release build into the folder given (default dist/): Trunk builds and optimises the Wasm,
# then the prerender step writes one static, hydratable page per language and moves Trunk's
# inline loader into boot.js (strict CSP: no inline script).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
trunk build --release
cargo run --quiet --release --features prerender --bin prerender -- target/trunk-dist "$out"
