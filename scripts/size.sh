#!/usr/bin/env bash
# Prints raw, gzip -9 and brotli -q 11 bytes of each built .wasm, .js and .css in DIR (default dist).
set -euo pipefail
dir=${1:-dist}
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total=(0 0 0)
for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css; do
  [ -e "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  printf '%-44s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
  total=($((total[0] + raw)) $((total[1] + gz)) $((total[2] + br)))
done
printf '%-44s %10d %10d %10d\n' total "${total[@]}"
