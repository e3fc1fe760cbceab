#!/usr/bin/env bash
# Trunk post_build hook: shortens the glue's import names, makes the shipped embed.js (this
# build's hashed JS and wasm file names filled in, minified: both in xtask/), prints its SRI
# hash for the README's snippet, and adds the generator's public files.
set -euo pipefail
dir=${TRUNK_STAGING_DIR:?run by trunk}
js=$(cd "$dir" && ls ketamine-explainer*.js | head -1)
wasm=$(cd "$dir" && ls ketamine-explainer*_bg.wasm | head -1)
[ -n "$js" ] && [ -n "$wasm" ] || { echo "post-build: no widget JS/wasm in $dir" >&2; exit 1; }
cargo run --quiet -p xtask --bin short-imports -- "$dir/$js" "$dir/$wasm"
# embed.js: this build's file names filled in, then minified (xtask/src/embed_js.rs).
cargo run --quiet -p xtask --bin embed-js -- "$dir/embed.js" "$js" "$wasm"
echo "embed.js -> $js, $wasm; integrity=\"sha384-$(openssl dgst -sha384 -binary "$dir/embed.js" | openssl base64 -A)\""

# The generator's public files (xtask/, Trunk's pre-build hook): lang-<code>.txt, fetched on first
# use, and static-<code>.html, the full text as plain HTML for visitors without JavaScript or
# WebAssembly, which also goes inside the preview's element.
cp target/generated/public/* "$dir/"
STATIC="$dir/static-en.html" perl -0pi -e 'BEGIN { local $/; open my $f, "<", $ENV{STATIC} or die; $s = <$f> }
  s{<div data-static-text(?:="")?></div>}{$s} or die "post-build: no <div data-static-text> in index.html\n"' "$dir/index.html"
echo "static-en.html: $(wc -c <"$dir/static-en.html") bytes, also inside the preview page"
