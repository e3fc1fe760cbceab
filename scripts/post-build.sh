#!/usr/bin/env bash
# Trunk post_build hook: fills embed.js with this build's hashed JS and wasm file names, so the
# clinic's script tag can name a stable embed.js, and prints its SRI hash for the README's snippet.
set -euo pipefail
dir=${TRUNK_STAGING_DIR:?run by trunk}
js=$(cd "$dir" && ls ketamine-explainer-*.js 2>/dev/null | head -1 || true)
[ -n "$js" ] || js=$(cd "$dir" && ls ketamine-explainer*.js | grep -v '^embed' | head -1)
wasm=$(cd "$dir" && ls ketamine-explainer*_bg.wasm | head -1)
[ -n "$js" ] && [ -n "$wasm" ] || { echo "post-build: no widget JS/wasm in $dir" >&2; exit 1; }
sed -i "s/__KE_JS__/$js/; s/__KE_WASM__/$wasm/" "$dir/embed.js"
echo "embed.js -> $js, $wasm; integrity=\"sha384-$(openssl dgst -sha384 -binary "$dir/embed.js" | openssl base64 -A)\""
