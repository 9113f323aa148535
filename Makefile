# Gut–Skin Check. Every target installs what it is missing first, so a fresh
# machine needs only `make serve` or `make test`; each step is skipped when
# already done.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

TRUNK_VERSION := 0.21.14
# The wasm-bindgen CLI must be exactly the version in Cargo.lock.
WASM_BINDGEN_VERSION = $(shell cargo pkgid wasm-bindgen | cut -d@ -f2)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve build bench test unit browser-tests e2e screenshots fuzz language-cost tools rust-tools node-tools browser clean

## serve: build and serve the quiz at http://127.0.0.1:8080, exactly as a static host would
serve: build
	node tools/static-server.mjs dist 8080

## build: a release build in dist/, ready for any static host
build: tools
	trunk build --release
	# Trunk minifies the page, styles and start-up script but not the WebAssembly's JavaScript glue.
	for glue in dist/gut-skin-check-*.js; do node_modules/.bin/esbuild "$$glue" --minify --format=esm --log-level=warning --allow-overwrite --outfile="$$glue"; done
	cargo run --quiet --locked --example prerender > target/static-intro.html
	node tools/add-static-intro.mjs dist/index.html target/static-intro.html
	node tools/add-csp.mjs dist/index.html

## test: every test layer — host unit and render tests, then end to end in Chromium
test: tools browser
	cargo test --locked
	$(MAKE) --no-print-directory browser-tests
	$(MAKE) --no-print-directory build
	npm run --silent e2e

## browser-tests: components mounted in headless Chromium (wasm-bindgen-test)
browser-tests: tools browser
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test browser

unit:
	cargo test --locked

e2e: tools browser build
	npm run --silent e2e

## bench: size, Lighthouse, interaction and memory against a SurveyJS + Chart.js peer; writes docs/performance.md
bench: build browser bench/node_modules/.installed
	node bench/run.mjs

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	@# npm install, not ci: npm 11 reads Lighthouse's lock as out of sync (third-party-web) and refuses ci.
	cd bench && npm install --no-audit --no-fund
	@touch $@

## fuzz: 100,000 generated share links, cut and edited, through the decoder
fuzz:
	cargo test --locked --release --lib share_link::tests::fuzz_decoder -- --ignored --nocapture

## language-cost: gzipped bytes the four languages beyond English add to the bundle
language-cost: tools
	tools/language-cost.sh

## screenshots: refresh the README's phone screenshots from an end-to-end run
screenshots: e2e
	mkdir -p docs/screenshots
	cp tests/e2e/output/result-phone-top.png docs/screenshots/result-phone.png
	cp tests/e2e/output/question-phone.png docs/screenshots/question-phone.png
	cp tests/e2e/output/embed-intro-phone.png docs/screenshots/embed-phone.png
	cp tests/e2e/output/compare-phone.png docs/screenshots/compare-phone.png
	cp tests/e2e/output/result-ar-phone.png docs/screenshots/result-ar-phone.png
	cp tests/e2e/output/result-de-phone.png docs/screenshots/result-de-phone.png

tools: rust-tools node-tools

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" || cargo install trunk --version $(TRUNK_VERSION) --locked
	@# Not --locked: the CLI's own lock file names a crate the registry no longer serves.
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version "$(WASM_BINDGEN_VERSION)"
	@cargo fetch --locked --quiet

node-tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

## browser: Debian's Chromium and ChromeDriver (no test tool downloads its own browser)
browser:
	@[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver; }

clean:
	rm -rf dist target/wasm32-unknown-unknown tests/e2e/output
