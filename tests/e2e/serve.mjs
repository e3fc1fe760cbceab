// Static server for the e2e tests: the test build at /, tests/e2e/fixtures/ at /fixtures/, every page
// sent with the strict Content-Security-Policy the README asks clinics to allow. Loopback only.
// KE_DIST=<folder> serves another build (dist/ for Lighthouse); KE_COMPRESS=1 compresses.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const here = fileURLToPath(new URL('.', import.meta.url));
// The widget as `make build-test` builds it (the release with its test hooks), unless KE_DIST names
// another build folder.
const dist = process.env.KE_DIST || join(here, '../../target/dist-test');
const roots = { '/fixtures/': join(here, 'fixtures'), '/': dist };
export const CSP = "default-src 'self'; script-src 'self' blob: 'wasm-unsafe-eval'; style-src 'self'";
const CLINIC_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' blob: 'wasm-unsafe-eval'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

const port = Number(process.env.PORT || 8000);
const packed = new Map();
const widgetHost = `http://127.0.0.1:${port}`;
/** Pages opened with ?hold-wasm=<key> stand for a slow network: their wasm is held until a test
 *  asks for /__release-wasm?<key> (WebDriver, unlike Playwright, cannot hold a request). */
const held = new Map();
const heldFor = (key) => {
  if (!held.has(key)) { let release; held.set(key, { wasm: new Promise((r) => { release = r; }), release }); }
  return held.get(key);
};

/** Pages opened with ?tamper=<part> stand for a host whose copy of one widget file was changed
 *  (a compromised CDN, a shared folder): that file is served with something added that would run
 *  or show if it were used. The widget pins every file it loads, so it must refuse it. */
const TAMPERED = {
  glue: [/^ketamine-explainer-[0-9a-f]+\.js$/, (b) => `${b}\n;window.__tampered = 'glue';`],
  first: [/^first-\w+\.js$/, (b) => `${b}\n;window.__tampered = 'first';`],
  wasm: [/_bg\.wasm$/, (b) => Buffer.concat([b, Buffer.from([0, 4, 3, 0x6b, 0x65, 0x21])])], // a custom section
  es: [/^lang-es\.txt$/, (b) => b.toString().replace(/<(svg|g)\b/g, '<img class="ke-tampered" src="x" onerror="window.__tampered=\'es\'" alt="">$&')],
  en: [/^lang-en\.txt$/, (b) => b.toString().replace(/<(svg|g)\b/g, '<img class="ke-tampered" src="x" onerror="window.__tampered=\'en\'" alt="">$&')],
};
/** The integrity value of the widget's embed.js as served now (a fixture's snippet gets it). */
const embedIntegrity = async () => `sha384-${createHash('sha384').update(await readFile(join(dist, 'embed.js'))).digest('base64')}`;

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/__release-wasm') {
    heldFor(new URL(req.url, 'http://x').search.slice(1)).release();
    res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    return;
  }
  const hold = (req.headers.referer || '').match(/[?&]hold-wasm=([\w-]+)/);
  if (hold && path.endsWith('.wasm')) await heldFor(hold[1]).wasm;
  const prefix = Object.keys(roots).find((p) => path.startsWith(p));
  let file = normalize(join(roots[prefix], path.slice(prefix.length)));
  if (!file.startsWith(roots[prefix])) { res.writeHead(403).end(); return; }
  if (path.endsWith('/')) file = join(file, 'index.html');
  try {
    let body = await readFile(file);
    const type = TYPES[extname(file)] || 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    // A page named *clinic-csp* has a clinic's own policy (inline styles allowed, as most
    // WordPress and builder pages need) with what the guide says to add: blob: 'wasm-unsafe-eval'.
    // A page named *no-wasm-eval* gets the policy a clinic might forget: without 'wasm-unsafe-eval';
    // one named *no-blob*, a policy from before the widget's files were pinned: without blob:.
    // A page named *other-origin* stands for a site builder's frame on another origin: its policy
    // names the widget's host, as the README tells clinics to do.
    if (type.startsWith('text/html')) {
      headers['content-security-policy'] = path.includes('clinic-csp') ? CLINIC_CSP
        : path.includes('no-wasm-eval') ? CSP.replace(" 'wasm-unsafe-eval'", '')
        : path.includes('no-blob') ? CSP.replace(' blob:', '')
        : path.includes('other-origin') ? CSP.replace(/'self'/g, `'self' ${widgetHost}`)
        : path.includes('sandboxed') ? `${CSP}; frame-src http://localhost:${port}` : CSP;
      // A page's snippet may carry the integrity hash of this build's embed.js, as EMBED.txt gives it.
      if (body.includes('__EMBED_INTEGRITY__')) body = body.toString().replace('__EMBED_INTEGRITY__', await embedIntegrity());
      // The WebKit layer's pages (?record) keep their own record of problems: see record-problems.js.
      if (new URL(req.url, 'http://x').searchParams.has('record')) {
        body = body.toString().replace(/<meta charset[^>]*>/i, '$&<script src="/fixtures/record-problems.js"></script>');
      }
    } else {
      // A page named *wrong-mime* stands for a host that sends .wasm with a generic type.
      if (type === 'application/wasm' && (req.headers.referer || '').includes('wrong-mime')) headers['content-type'] = 'application/octet-stream';
      const tamper = TAMPERED[(req.headers.referer || '').match(/[?&]tamper=(\w+)/)?.[1]];
      if (tamper?.[0].test(file.split('/').pop())) body = tamper[1](body);
      // The widget's files are served as the README asks for embedding from another origin.
      headers['access-control-allow-origin'] = '*';
    }
    // KE_COMPRESS=1: brotli or gzip, as a CDN would send them (make bench's Lighthouse check).
    const accepts = req.headers['accept-encoding'] || '';
    if (process.env.KE_COMPRESS && /\bbr\b|gzip/.test(accepts)) {
      const br = /\bbr\b/.test(accepts);
      const key = `${br}:${req.url}`; // compressed once per URL, as a CDN caches it
      if (!packed.has(key)) packed.set(key, br ? brotliCompressSync(body) : gzipSync(body, { level: 9 }));
      body = packed.get(key);
      headers['content-encoding'] = br ? 'br' : 'gzip';
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1');
