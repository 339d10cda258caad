# Crash Night: every command installs what it is missing first (scripts/install.sh).
#   make serve   trunk serve on http://127.0.0.1:8080
#   make test    native tests, browser component tests, end-to-end tests of the release build
#   make dist    release build into $(DIST), ready for any static host
#   make audit   Lighthouse, islands waking and lab controls at a 4x slowdown (timings; not a gate of make test)
#   make bench   native cascade benchmark and bundle sizes

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

DIST ?= dist
SUMMARY := target/test-summary
# Browser component tests: wasm-bindgen-test drives Debian's chromium through chromedriver.
WASM_TEST_ENV := CHROMEDRIVER=/usr/bin/chromedriver \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	WASM_BINDGEN_TEST_TIMEOUT=120

.PHONY: serve test dist audit bench tools tools-test test-native test-wasm test-e2e summary clean

tools:
	@scripts/install.sh build

tools-test:
	@scripts/install.sh test

serve: tools
	trunk serve

dist: tools
	scripts/build-dist.sh "$(DIST)"

test: tools-test
	@rm -rf $(SUMMARY) && mkdir -p $(SUMMARY)
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory summary

test-native:
	cargo test --features prerender --lib --bins --tests 2>&1 | tee $(SUMMARY)/native.log
	@grep -E '^test result:' $(SUMMARY)/native.log | awk '{p+=$$4; f+=$$6} END {print "native (cargo test): " p " passed, " f " failed"}' > $(SUMMARY)/native.txt

test-wasm:
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee $(SUMMARY)/wasm.log
	@grep -E '^test result:' $(SUMMARY)/wasm.log | awk '{p+=$$4; f+=$$6} END {print "browser components (wasm-bindgen-test): " p " passed, " f " failed"}' > $(SUMMARY)/wasm.txt

test-e2e:
	scripts/build-dist.sh target/e2e-dist
	CRASH_NIGHT_FEATURES=test-hooks scripts/build-dist.sh target/e2e-hooks-dist
	node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
		--test-reporter=tap --test-reporter-destination=$(SUMMARY)/e2e.tap tests/e2e/
	@awk '/^# pass/ {p=$$3} /^# fail/ {f=$$3} END {print "end to end (playwright, chromium): " p " passed, " f " failed"}' $(SUMMARY)/e2e.tap > $(SUMMARY)/e2e.txt

summary:
	@echo; echo "== test counts =="; cat $(SUMMARY)/native.txt $(SUMMARY)/wasm.txt $(SUMMARY)/e2e.txt

audit: tools-test
	scripts/build-dist.sh target/audit-dist
	node tests/audit/lighthouse.mjs target/audit-dist
	node tests/audit/wake.mjs target/audit-dist
	node tests/audit/controls.mjs target/audit-dist

bench: tools
	cargo bench --bench cascade
	scripts/build-dist.sh target/bench-dist
	node tests/audit/sizes.mjs target/bench-dist

clean:
	rm -rf dist target/trunk-dist target/e2e-dist target/screenshots $(SUMMARY)
