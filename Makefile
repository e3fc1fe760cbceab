# The two front-door commands are `make serve` and `make test`; each installs what it needs
# first (idempotent: a second run skips what is already there). Versions are pinned here.

TRUNK_VERSION        := 0.22.1
GECKODRIVER_VERSION  := 0.37.1
TWIGGY_VERSION       := 0.7.0
CARGO_BIN            := $(HOME)/.cargo/bin
E2E                  := tests/e2e
# WebKitGTK needs an X display: a virtual one, started and stopped around each command.
XVFB                 := xvfb-run -a -s '-screen 0 1600x1200x24'
NODE_BIN             := $(CURDIR)/$(E2E)/node_modules/.bin
# Pinned once each: wasm-bindgen with = in Cargo.toml (the CLI must match the crate in Cargo.lock),
# binaryen's wasm-opt in tests/e2e/package.json (npm); read from there, not written again here.
WASM_BINDGEN_VERSION  = $(lastword $(subst @, ,$(shell PATH="$(CARGO_BIN):$$PATH" cargo pkgid wasm-bindgen)))
BINARYEN_VERSION     := $(shell node -p 'require("./$(E2E)/package.json").devDependencies.binaryen')
# Tests, examples and benches build the crate with its test hooks; the shipped build never does.
HOOKS                := --features test-hooks
# Trunk finds wasm-opt (npm binaryen) and wasm-bindgen only on PATH, and checks wasm-opt's version.
export PATH := $(NODE_BIN):$(CARGO_BIN):$(PATH)
export TRUNK_TOOLS_WASM_OPT := version_$(firstword $(subst ., ,$(BINARYEN_VERSION)))
export TRUNK_SKIP_VERSION_CHECK := true

.PHONY: serve test bench generate build build-test release-check size package lint test-native test-wasm test-wasm-firefox test-wasm-webkit test-e2e setup-build setup-browser setup-wordpress clean

serve: setup-build
	trunk serve

test: setup-build setup-browser setup-wordpress generate lint test-native test-wasm test-wasm-firefox test-wasm-webkit build-test build size release-check package test-e2e

# ── installs (each checks the installed version first, so a second run takes seconds) ──
setup-build:
	@[ -n "$(BINARYEN_VERSION)" ] || { echo "make: Node.js (node, npm) is needed first: it installs the test browsers' driver and wasm-opt" >&2; exit 1; }
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" || \
	  cargo install trunk --version $(TRUNK_VERSION) --locked --ignore-rust-version
	@# Not --locked: its lock file names a webpki-roots version the registry no longer serves.
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" || \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@cmp -s $(E2E)/package-lock.json $(E2E)/node_modules/.installed-lock || \
	  (cd $(E2E) && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.installed-lock)
	@cargo fetch --quiet

setup-browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v brotli >/dev/null \
	  && command -v firefox-esr >/dev/null && command -v WebKitWebDriver >/dev/null \
	  && command -v xvfb-run >/dev/null && command -v xauth >/dev/null || { apt-get update && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver brotli firefox-esr \
	  webkit2gtk-driver xvfb xauth; }
	@geckodriver --version 2>/dev/null | grep -qF "$(GECKODRIVER_VERSION)" || \
	  cargo install geckodriver --version $(GECKODRIVER_VERSION) --locked

# The WordPress plugin's test site (tests/e2e/wordpress/): Debian's WordPress, PHP and MariaDB,
# started and stopped by the test itself; php also lints the plugin.
setup-wordpress:
	@command -v php >/dev/null && command -v mysqld_safe >/dev/null && command -v unzip >/dev/null \
	  && [ -f /usr/share/wordpress/wp-settings.php ] && [ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] \
	  && php -m | grep -qx zip && php -m | grep -qx mysqli || { apt-get update && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wordpress \
	  wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-xml php-mbstring php-curl \
	  php-gd php-zip unzip; }

# ── the build, in order: the generator (xtask/) writes target/generated/ from the content and
# the components; then cargo compiles the wasm that carries it and Trunk copies it to dist/ ──
generate: setup-build
	cargo run --quiet -p xtask --bin generate

# ── checks ──
lint: generate setup-wordpress
	cargo fmt --check
	@for f in $$(find wordpress tests/e2e/wordpress -name '*.php'); do php -l "$$f" >/dev/null || exit 1; done
	@echo "php -l: every PHP file parses"
	cargo clippy --workspace --all-targets $(HOOKS) -- -D warnings
	cargo clippy --all-targets $(HOOKS) --target wasm32-unknown-unknown -- -D warnings
	@# The product as shipped: the binary alone, without the test hooks the other targets turn on.
	cargo clippy --bin ketamine-explainer --target wasm32-unknown-unknown -- -D warnings

test-native: generate
	cargo test $(HOOKS)
	cargo test -p xtask --lib

test-wasm: generate
	cargo test $(HOOKS) --target wasm32-unknown-unknown

# The same browser tests in Firefox ESR (GECKODRIVER takes precedence over CHROMEDRIVER).
test-wasm-firefox: generate
	GECKODRIVER=$(CARGO_BIN)/geckodriver cargo test $(HOOKS) --target wasm32-unknown-unknown --test web --test check_web

# WebKit, the iPhone's engine: WebKitGTK's WebDriver under a virtual X display (it needs one).
test-wasm-webkit: generate
	$(XVFB) env SAFARIDRIVER=/usr/bin/WebKitWebDriver \
	  cargo test $(HOOKS) --target wasm32-unknown-unknown --test web --test check_web

# Always a fresh release build: `trunk serve` leaves a debug build in dist/.
build: setup-build
	rm -rf dist
	trunk build --release

# The same release with its test hooks (Cargo feature test-hooks), for the e2e tests and the bench.
build-test: setup-build
	rm -rf target/dist-test
	trunk build --release --features test-hooks --dist target/dist-test

# No shipped file holds a test hook (the hooks' names, data-test-panic): every file in dist/.
release-check:
	@! grep -rl -e KetamineExplainerTest -e liveTimers -e memoryPages -e test-panic -e "test panic" dist/ \
	  || { echo "FAIL: a test hook is in the release build (files above)" >&2; exit 1; }
	@echo "release-check: no test hooks in dist/"

size:
	@bash scripts/size.sh dist

# The release build as target/ketamine-explainer-<version>.zip (the files a clinic's page uses,
# EMBED.txt with the snippet and its SRI hash, the clinic's guide) and the WordPress plugin,
# target/ketamine-explainer-wp-<version>.zip.
package: build
	@command -v zip >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y zip; }
	@bash scripts/package.sh dist

# Chromium through Playwright and WebKit through its WebDriver (under $(XVFB)), in one run.
test-e2e:
	cd $(E2E) && CI=1 $(XVFB) npx playwright test

# A benchmark, not a test: sizes (with a bare Yew counter built the same way as the yardstick),
# load (also lazily, far below the fold), input, frames, memory, the trail model and the wasm's
# make-up by crate and function (twiggy); prints a table, target/bench/report.json and twiggy.txt.
bench: setup-build setup-browser build-test build
	@twiggy --version 2>/dev/null | grep -qF "$(TWIGGY_VERSION)" || cargo install twiggy --version $(TWIGGY_VERSION) --locked
	cargo fetch --quiet --manifest-path benches/baseline-counter/Cargo.toml
	cd benches/baseline-counter && CARGO_TARGET_DIR=$(CURDIR)/target/bench/baseline-target \
	  trunk build --release --dist $(CURDIR)/target/bench/baseline-dist
	cargo bench $(HOOKS) --bench trail_step -- --noplot
	cd $(E2E) && node bench.mjs

clean:
	rm -rf dist target/e2e
