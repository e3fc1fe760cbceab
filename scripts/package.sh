#!/usr/bin/env bash
# `make package`: writes DIR (default dist) as target/ketamine-explainer-<version>.zip: the folder
# ketamine-explainer/ to upload, a one-page EMBED.txt (the snippet with this release's Subresource
# Integrity hash, ready to paste) and embedding.md (the site-builder guides).
set -euo pipefail
dir=${1:-dist}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
[ -f "$dir/embed.js" ] || { echo "package: no $dir/embed.js (run make build first)" >&2; exit 1; }
sri="sha384-$(openssl dgst -sha384 -binary "$dir/embed.js" | openssl base64 -A)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cat >"$stage/EMBED.txt" <<TXT
ketamine-explainer $version: how to put it on a clinic's page
==============================================================

1. Upload the folder ketamine-explainer/ (every file in it) to your web host, for example as
   https://YOUR-HOST/ketamine-explainer/ . Serve .wasm files as application/wasm.
   If the widget will show on a page of another host name, or inside a site builder's
   custom-code frame (Wix and others), serve the folder with the header
       Access-Control-Allow-Origin: *

2. Paste this where the widget should appear (replace YOUR-HOST and the clinic details):

<script type="module" src="https://YOUR-HOST/ketamine-explainer/embed.js"
  integrity="$sri" crossorigin="anonymous"></script>
<ketamine-explainer data-clinic-name="Your clinic" data-clinic-phone="555 0100"
  data-clinic-url="https://your-clinic.example/"></ketamine-explainer>

   If your editor removes unknown tags, use this line instead of <ketamine-explainer ...>:
<div data-ketamine-explainer data-clinic-name="Your clinic"></div>

3. Your own booking link (optional) goes inside the element:
   <a slot="cta" href="https://your-booking-service.example/">Book a visit</a>

The integrity hash pins this exact release: paste the new snippet when you upload a new one.
Settings, colours, fonts, Spanish, and steps for WordPress, Squarespace, Wix and others:
embedding.md, next to this file.
The widget collects nothing, sets no cookies or storage, and loads nothing but its own files.
TXT
out="$PWD/target/ketamine-explainer-$version.zip"
mkdir -p target
cp -r "$dir" "$stage/ketamine-explainer"
cp docs/embedding.md "$stage/"
rm -f "$out"
(cd "$stage" && zip -qrX "$out" EMBED.txt embedding.md ketamine-explainer)
echo "package: $out ($(wc -c <"$out") bytes), EMBED.txt integrity=\"$sri\""
