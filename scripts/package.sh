#!/usr/bin/env bash
# `make package`: from the release build in DIR (default dist: run `make build` first), writes
#  - target/ketamine-explainer-<version>.zip: the folder ketamine-explainer/ to upload (only the
#    files a clinic's page loads), EMBED.txt (the snippet with this release's integrity hash, and
#    what each file is) and embedding.md (the clinic's guide);
#  - target/ketamine-explainer-wp-<version>.zip: the WordPress plugin (wordpress/), with the
#    same files in its widget/ folder.
set -euo pipefail
dir=${1:-dist}
notes() { cargo run --quiet -p xtask --bin release-notes -- "$@"; } # xtask/src/release_notes.rs
version=$(notes --version)
[ -f "$dir/embed.js" ] || { echo "package: no $dir/embed.js (run make build first)" >&2; exit 1; }
for stamp in "Version: *$version" "KETAMINE_EXPLAINER_VERSION', '$version'"; do
  grep -q "$stamp" wordpress/ketamine-explainer.php ||
    { echo "package: wordpress/ketamine-explainer.php does not say $stamp (Cargo.toml's version)" >&2; exit 1; }
done
grep -q "^Stable tag: $version$" wordpress/readme.txt ||
  { echo "package: wordpress/readme.txt's Stable tag is not $version" >&2; exit 1; }

# What a clinic's page loads: embed.js, the first screens (which name and load the JS and wasm),
# the JS and wasm, the language files, and the static text (for visitors without JavaScript). Not
# the preview page, its CSS or Trunk's lock. Each file is pinned by the one before it (README:
# every file pinned): embed.js holds each first screen's hash, each first screen the JS's and the
# wasm's, the wasm each language file's. The chain is checked here, so a stale file is not packed.
js=$(cd "$dir" && ls ketamine-explainer*.js | head -1)
wasm=$(cd "$dir" && ls ketamine-explainer*_bg.wasm | head -1)
[ -n "$js" ] && [ -n "$wasm" ] || { echo "package: $dir has no widget JS or wasm file" >&2; exit 1; }
pin() { node -e 'const c = require("crypto"), fs = require("fs");
  process.stdout.write("sha384-" + c.createHash("sha384").update(fs.readFileSync(process.argv[1])).digest("base64"))' "$1"; }
pinned_by() { # pinned_by <file> <by>: <by> holds <file>'s hash
  grep -qaF "$(pin "$dir/$1")" "$dir/$2" || { echo "package: $dir/$2 does not pin $1 (a stale file?)" >&2; exit 1; }
}
for f in "$dir"/first-*.js; do
  first=$(basename "$f")
  pinned_by "$first" embed.js
  pinned_by "$js" "$first"
  pinned_by "$wasm" "$first"
done
for f in "$dir"/lang-*.txt; do pinned_by "$(basename "$f")" "$wasm"; done
files=(embed.js "$js" "$wasm")
for f in "$dir"/first-*.js "$dir"/lang-*.txt "$dir"/static-*.html; do files+=("$(basename "$f")"); done
for f in "${files[@]}" languages.json; do [ -f "$dir/$f" ] || { echo "package: $dir/$f is missing" >&2; exit 1; }; done

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/site/ketamine-explainer" "$stage/wp/ketamine-explainer/widget" target
for f in "${files[@]}"; do
  cp "$dir/$f" "$stage/site/ketamine-explainer/"
  cp "$dir/$f" "$stage/wp/ketamine-explainer/widget/"
done
# The plugin's words in every language (its settings' language names, its text in the element).
cp "$dir/languages.json" "$stage/wp/ketamine-explainer/widget/"
notes "$dir" scripts/EMBED.txt >"$stage/site/EMBED.txt"
cp docs/embedding.md "$stage/site/"
(cd wordpress && cp -r --parents $(find . -type f) "$stage/wp/ketamine-explainer/")

out="$PWD/target/ketamine-explainer-$version.zip"
wp="$PWD/target/ketamine-explainer-wp-$version.zip"
rm -f "$out" "$wp"
(cd "$stage/site" && zip -qrX "$out" EMBED.txt embedding.md ketamine-explainer)
(cd "$stage/wp" && zip -qrX "$wp" ketamine-explainer)
echo "package: $out ($(wc -c <"$out") bytes), EMBED.txt $(grep -o 'integrity="[^"]*"' "$stage/site/EMBED.txt")"
echo "package: $wp ($(wc -c <"$wp") bytes), the WordPress plugin"
