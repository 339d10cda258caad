#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): writes the static pages, with every island in place, into
# Trunk's staging folder, so `trunk serve` serves the page the release serves. The release build
# (scripts/build-dist.sh) writes its pages itself, from two one-language builds, and skips this.
set -euo pipefail
if [ -n "${CRASH_NIGHT_RELEASE:-}" ]; then exit 0; fi
cargo run --quiet --features prerender --bin prerender -- --in-place "$TRUNK_STAGING_DIR"
