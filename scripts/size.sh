#!/usr/bin/env bash
# Prints raw, gzip -9 and brotli -q 11 bytes of what a visitor downloads for the widget (embed.js, the
# JS glue and the wasm, which carries the text) from DIR (default dist), then the files
# fetched later; fails if embed.js > 6 KB raw or 2 KB brotli, the total > 119.3 KB brotli, or the
# first screen (first-en.js) > 10 KB brotli.
set -euo pipefail
dir=${1:-dist}
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total=(0 0 0)
for f in "$dir"/embed.js "$dir"/ketamine-explainer*.js "$dir"/*.wasm; do
  [ -e "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  printf '%-44s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
  total=($((total[0] + raw)) $((total[1] + gz)) $((total[2] + br)))
done
printf '%-44s %10d %10d %10d\n' total "${total[@]}"
for f in "$dir"/first-*.js; do # the first screen as HTML, fetched first: it then loads the widget (assets/first.js)
  [ -e "$f" ] && printf '%-44s %10d %10d %10d\n' "+ $(basename "$f") (first screen)" "$(wc -c <"$f")" \
    "$(gzip -9c "$f" | wc -c)" "$(brotli -q 11 -c "$f" | wc -c)"
done
# All an English page downloads for the widget: first-en.js (the first screen and the widget's
# stylesheet, which the wasm takes from it) comes before the wasm on every page.
f="$dir/first-en.js"
[ -e "$f" ] && printf '%-44s %10d %10d %10d\n' "= an English page in all (+ first-en.js)" \
  $((total[0] + $(wc -c <"$f"))) $((total[1] + $(gzip -9c "$f" | wc -c))) $((total[2] + $(brotli -q 11 -c "$f" | wc -c)))
for f in "$dir"/lang-*.txt; do # fetched only by pages in that language
  [ -e "$f" ] && printf '%-44s %10d %10d %10d\n' "+ $(basename "$f") (if used)" "$(wc -c <"$f")" \
    "$(gzip -9c "$f" | wc -c)" "$(brotli -q 11 -c "$f" | wc -c)"
done
# The clinic's script tag loads embed.js first: it must stay small (5 KB from the embed issue; 6 KB
# since its fallback, the sentence with the clinic's phone kept when the wasm cannot load).
embed=$(wc -c <"$dir/embed.js")
if [ "$embed" -gt 6144 ]; then echo "FAIL: embed.js is $embed bytes (budget 6144)" >&2; exit 1; fi
# It is all a page downloads before the widget nears the screen (make bench's lazy line): 2 KB brotli.
embed_br=$(brotli -q 11 -c "$dir/embed.js" | wc -c)
if [ "$embed_br" -gt 2048 ]; then echo "FAIL: embed.js is $embed_br bytes brotli (budget 2 KB = 2048)" >&2; exit 1; fi
# What an English page loads may not grow past the stepping-screen issue's 119.3 KB (the 100 KB
# goal is reported by make bench).
if [ "${total[2]}" -gt 122163 ]; then echo "FAIL: ${total[2]} bytes brotli in total (budget 119.3 KB = 122163)" >&2; exit 1; fi
# The first screen comes first, and then loads the widget (the README's size notes): 10 KB brotli.
first_br=$(brotli -q 11 -c "$dir/first-en.js" | wc -c)
if [ "$first_br" -gt 10240 ]; then echo "FAIL: first-en.js is $first_br bytes brotli (budget 10 KB)" >&2; exit 1; fi
