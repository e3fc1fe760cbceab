#!/usr/bin/env bash
# Trunk post_build hook: fills embed.js with this build's hashed JS and wasm file names, so the
# clinic's script tag can name a stable embed.js, and prints its SRI hash for the README's snippet.
set -euo pipefail
dir=${TRUNK_STAGING_DIR:?run by trunk}
js=$(cd "$dir" && ls ketamine-explainer*.js | head -1)
wasm=$(cd "$dir" && ls ketamine-explainer*_bg.wasm | head -1)
[ -n "$js" ] && [ -n "$wasm" ] || { echo "post-build: no widget JS/wasm in $dir" >&2; exit 1; }
cargo run --quiet -p xtask --bin short-imports -- "$dir/$js" "$dir/$wasm"
sed -i "s/__KE_JS__/$js/; s/__KE_WASM__/$wasm/" "$dir/embed.js"
# The shipped copy drops whole-line comments, indentation and blank lines (the source keeps them):
# every page loads this file. Safe while no string spans lines (checked: an even count of
# backticks on every line).
awk -F'`' 'NF > 0 && NF % 2 == 0 { print "post-build: a template string spans lines at embed.js:" NR; bad = 1 } END { exit bad }' "$dir/embed.js"
perl -0pi -e 's{^[ \t]*/\*\*.*?\*/[ \t]*\n}{}gms; s{^[ \t]*//[^\n]*\n}{}gm; s{^[ \t]+}{}gm; s{\n\n+}{\n}g' "$dir/embed.js"
echo "embed.js -> $js, $wasm; integrity=\"sha384-$(openssl dgst -sha384 -binary "$dir/embed.js" | openssl base64 -A)\""

# The generator's public files (xtask/, Trunk's pre-build hook): lang-<code>.txt, fetched on first
# use, and static-<code>.html, the full text as plain HTML for visitors without JavaScript or
# WebAssembly, which also goes inside the preview's element.
cp target/generated/public/* "$dir/"
STATIC="$dir/static-en.html" perl -0pi -e 'BEGIN { local $/; open my $f, "<", $ENV{STATIC} or die; $s = <$f> }
  s{<div data-static-text(?:="")?></div>}{$s} or die "post-build: no <div data-static-text> in index.html\n"' "$dir/index.html"
echo "static-en.html: $(wc -c <"$dir/static-en.html") bytes, also inside the preview page"
