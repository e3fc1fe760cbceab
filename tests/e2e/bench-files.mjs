// `make bench`, the part that needs no browser: the built files' sizes (with the bare Yew counter as
// a yardstick), what the wasm is made of (twiggy), and the trail model's step natively (criterion,
// reported last).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Each file's raw, gzip -9 and brotli -q 11 bytes. */
export function sizes(dir, names) {
  return names.map((n) => {
    const b = readFileSync(`${dir}/${n}`);
    return { n, raw: b.length, gz: gzipSync(b, { level: 9 }).length,
      br: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
}
export const total = (xs, k) => xs.reduce((s, x) => s + x[k], 0);

/** Records every figure through `figure` (bench.mjs's); returns the twiggy report's lines. */
export function measureFiles(figure, ROOT, OUT) {
  // ── 1. Size ──
  const dist = `${ROOT}dist`;
  const files = readdirSync(dist).filter((f) => f === 'embed.js' || /^ketamine-explainer.*\.(js|wasm)$/.test(f));
  const ours = sizes(dist, files);
  for (const f of ours) figure(`size ${f.n.replace(/-[0-9a-f]{12,16}/, '')} (raw/gzip/brotli)`, `${f.raw}/${f.gz}/${f.br}`, 'bytes');
  const brTotal = total(ours, 'br');
  // The 100 KB goal, printed with its gap; the enforced budget is the next line's (and make size's).
  const gap = brTotal / 1024 - 100;
  figure('size total brotli (embed.js + JS + wasm with its text)', brTotal / 1024, 'KB', gap > 0 ? `goal ≤ 100: ${gap.toFixed(1)} KB to go` : 'goal ≤ 100: met');
  figure('size total brotli, against the stepping-screen issue\'s 119.3 KB', brTotal / 1024, 'KB', '≤ 119.3', (v) => v <= 119.3);
  for (const f of sizes(dist, readdirSync(dist).filter((f) => /^first-.*\.js$/.test(f)))) {
    figure(`size ${f.n}, the first screen, fetched first (it loads the wasm) (raw/gzip/brotli)`, `${f.raw}/${f.gz}/${f.br}`, 'bytes');
  }
  for (const f of sizes(dist, readdirSync(dist).filter((f) => /^lang-.*\.txt$/.test(f)))) {
    figure(`size ${f.n}, fetched only by pages in that language (raw/gzip/brotli)`, `${f.raw}/${f.gz}/${f.br}`, 'bytes');
  }
  figure('size embed.js raw', ours.find((f) => f.n === 'embed.js').raw / 1024, 'KB', '≤ 6', (v) => v <= 6);
  const baseDir = `${OUT}/baseline-dist`;
  if (existsSync(baseDir)) {
    const base = sizes(baseDir, readdirSync(baseDir).filter((f) => /\.(js|wasm)$/.test(f)));
    figure('baseline Yew counter brotli', total(base, 'br') / 1024, 'KB');
    figure('ratio to the Yew counter (brotli)', brTotal / total(base, 'br'), '×');
  }

  // ── 1b. What the wasm is made of (twiggy, on cargo's wasm before wasm-bindgen and wasm-opt: the
  // bytes differ from the shipped file, the shares hold) ──
  const twiggyOut = [];
  const cargoWasm = `${ROOT}target/wasm32-unknown-unknown/release/ketamine-explainer.wasm`;
  if (existsSync(cargoWasm)) {
    const twiggy = (...args) => execFileSync('twiggy', [...args, cargoWasm], { maxBuffer: 1 << 26 }).toString();
    // Per crate: each item's shallow size, by the first path segment of its name.
    const byCrate = new Map();
    for (const line of twiggy('top', '-n', '1000000', '--format', 'csv').split('\n').slice(1)) {
      const m = line.match(/^"?(.*?)"?,(\d+),/);
      if (!m) continue;
      if (/custom section|function names|__wbindgen_describe/.test(m[1])) continue; // names, metadata and descriptors: wasm-bindgen strips them
      let name = m[1].replace(/^[<&*(\s]+|^(mut|dyn|const) /g, '');
      if (/^[A-Z]\w{0,2} as /.test(name)) name = name.replace(/^\w+ as /, ''); // <T as wasm_bindgen::…>
      const crate = /^(data|code|elem|type|import|export|global|table|memory|func)\b/.test(name) && !name.includes('::')
        ? `(${name.replace(/\[.*$/, '')} section items)` : name.split('::')[0].replace(/[<>]|\[[0-9a-f]+\]/g, '');
      byCrate.set(crate, (byCrate.get(crate) ?? 0) + Number(m[2]));
    }
    const crates = [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15);
    const all = [...byCrate.values()].reduce((a, b) => a + b, 0);
    twiggyOut.push('## wasm by crate (shallow bytes, cargo build before wasm-bindgen/wasm-opt; names and metadata left out)', '',
      ...crates.map(([c, n]) => `${String(n).padStart(8)}  ${(100 * n / all).toFixed(1).padStart(5)} %  ${c}`), '',
      '## twiggy top -n 25', '', twiggy('top', '-n', '25'), '## twiggy dominators -d 2 -r 30', '', twiggy('dominators', '-d', '2', '-r', '30'));
    for (const [c, n] of crates.slice(0, 8)) figure(`wasm by crate: ${c}`, (100 * n) / all, '% of cargo wasm');
  }

  return twiggyOut;
}

/** Records criterion's estimate of one model step (written by `cargo bench`), if there is one. */
export function measureModel(figure, ROOT) {
  // ── 6. The model natively (criterion's estimate, written by `cargo bench`) ──
  const crit = `${ROOT}target/criterion`;
  if (existsSync(crit)) {
    const dir = readdirSync(crit).find((d) => d.startsWith('trail step'));
    if (dir) {
      const est = JSON.parse(readFileSync(`${crit}/${dir}/new/estimates.json`, 'utf8'));
      figure('simulation: one model step, native (criterion median)', est.median.point_estimate / 1e6, 'ms', '≤ 2', (v) => v <= 2);
    }
  }
}
