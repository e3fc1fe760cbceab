// Post-build: gives the wasm's imports from its JS glue short names ("_a", "_b", … "_aa", …) in both
// files. wasm-bindgen names each import `__wbg_<name>_<16 hex digits>`; those hashes do not
// compress, and every name is shipped twice (the glue's import object and the wasm's import
// section): about 3 KB brotli of the download. Usage: node short-imports.mjs <glue.js> <file.wasm>
import { readFileSync, writeFileSync } from 'node:fs';

const [jsPath, wasmPath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');

let at = 8; // after the magic number and version
const leb = () => { let v = 0, shift = 0, b; do { b = wasm[at++]; v |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80); return v >>> 0; };
const uleb = (v) => { const out = []; do { let b = v & 0x7f; v >>>= 7; if (v) b |= 0x80; out.push(b); } while (v); return Buffer.from(out); };
const name = () => { const n = leb(); const s = wasm.toString('utf8', at, at + n); at += n; return s; };
const str = (s) => Buffer.concat([uleb(Buffer.byteLength(s)), Buffer.from(s)]);

/** Skips one import description (after module and field names), returning its bytes. */
function desc() {
  const start = at;
  const kind = wasm[at++];
  if (kind === 0) leb(); // function: type index
  else if (kind === 1) { at++; limits(); } // table: element type, limits
  else if (kind === 2) limits(); // memory
  else if (kind === 3) at += 2; // global: value type, mutability
  else if (kind === 4) { at++; leb(); } // tag
  else throw new Error(`short-imports: unknown import kind ${kind}`);
  return wasm.subarray(start, at);
}
function limits() { const flags = wasm[at++]; leb(); if (flags & 1) leb(); }

// Short names: they are only keys of the glue's import object, so they cannot clash with its variables.
const short = (i) => { let s = ''; do { s = String.fromCharCode(97 + (i % 26)) + s; i = Math.floor(i / 26) - 1; } while (i >= 0); return `_${s}`; };

const parts = [wasm.subarray(0, 8)];
let renamed = 0;
while (at < wasm.length) {
  const id = wasm[at++];
  const size = leb();
  const bodyStart = at;
  if (id !== 2) { parts.push(Buffer.from([id]), uleb(size), wasm.subarray(bodyStart, bodyStart + size)); at = bodyStart + size; continue; }
  const count = leb();
  const entries = [uleb(count)];
  for (let i = 0; i < count; i++) {
    const module = name();
    let field = name();
    const d = desc();
    if (/^__wbg_/.test(field)) {
      const key = new RegExp(`(?<![\\w$])${field}(?![\\w$])`, 'g');
      const uses = js.match(key)?.length ?? 0;
      if (uses !== 1) throw new Error(`short-imports: ${field} appears ${uses} times in the glue (expected 1)`);
      const next = short(renamed++);
      js = js.replace(key, next);
      field = next;
    }
    entries.push(str(module), str(field), d);
  }
  at = bodyStart + size;
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), uleb(body.length), body);
}
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(jsPath, js);
console.log(`short-imports: ${renamed} imports renamed in ${jsPath.split('/').pop()} and ${wasmPath.split('/').pop()}`);
