// ketamine-explainer's first screen, drawn from HTML and CSS while the wasm loads, and what loads
// the wasm: embed.js imports first-<lang>.js (checked against its hash), this file with the
// language's markup and the widget's stylesheet filled in by the generator (xtask; the same
// components the wasm draws with, for a page that opens on the first step) and the wasm's and its
// JS's names and hashes by the post-build step, when the widget nears the screen. The first
// screen stays until the wasm's widget has drawn itself, then gives it its place: no pixel moves.
// A tap, key or focus meanwhile is replayed on the live widget.
const CSS = __KE_CSS__;
const HTML = __KE_HTML__;
/** The wasm and its JS, each with its hash (the post-build step fills them in: embed.js pins this
 *  file, this file pins them). */
const [[JS, JS_PIN], [WASM, WASM_PIN]] = __KE_FILES__;

/** Each language file's text by its URL (once per page, across restarts after a panic). */
const texts = {};
/** The elements widgets were mounted in (weakly: a removed one may go), and whether a changed
 *  file has stopped them. */
const mounted = new Set();
let stopped;

/** Asks embed.js for `el`'s fallback (the page's own text and booking link), its widget taken
 *  down: a file of this release is served changed, so where it is served is not to be trusted. */
const stop = (el) => el.dispatchEvent(new CustomEvent('ketamine-explainer:error', { detail: { changed: 1 } }));

/** Loads the wasm and its JS (embed.js's `pinned` and `module` check them against their pins),
 *  in parallel, once `drawn` (the first screen on screen) has resolved. Resolves to the wasm's
 *  mount, with how it fetches language files: checked against the pin the wasm holds for each,
 *  a promise of the text or of an Error. A missing file gets the Error (the wasm then shows
 *  English, with one warning). One that fails its pin but loads unchecked is there, changed:
 *  one error names it, and every widget, now or later, gets its fallback; the wasm waits on
 *  for the file, so nothing of it is used. */
export async function load(pinned, module, drawn) {
  await drawn;
  const [m, r] = await Promise.all([module(JS, JS_PIN), pinned(WASM, WASM_PIN)]);
  await m.default({ module_or_path: compilable(r) }).catch((e) => { throw Error(`${r.url}: ${e.message}`); });
  const text = (url, pin) => (texts[url] ??= pinned(url, pin).then((r) => r.text(), async (e) => {
    if (!(await fetch(url).catch(() => e)).ok) return e;
    console.error(`ketamine-explainer: ${url} is not this release's file (changed where it is served); showing the page's own text.`);
    stopped = 1;
    mounted.forEach((ref) => ref.deref()?.isConnected && stop(ref.deref()));
    return new Promise(() => {});
  }));
  return (el, attrs, base) => {
    if (stopped) return void stop(el);
    mounted.add(new WeakRef(el));
    return m.mount(el, attrs, base, text, CSS); // the wasm's stylesheet too: downloaded once
  };
}

/** The wasm response (whole: a checked fetch resolves once every byte has matched its hash),
 *  compiled by WebAssembly.instantiateStreaming when served as application/wasm. A host that
 *  sends another type makes that refuse it: then it is compiled from its bytes, with one warning
 *  naming the type it came with. */
function compilable(r) {
  const type = r.headers.get('content-type') || 'no type';
  if (/^application\/wasm\b/i.test(type)) return r;
  console.warn(`ketamine-explainer: ${r.url} is served as "${type}", not application/wasm: it works, but starts slower.`);
  return r.arrayBuffer();
}

/** Resolves once the first screen drawn now is on screen, so that the wasm's bytes and work come
 *  after its paint: often the page's largest, by which Chrome times the page (Largest Contentful
 *  Paint; Lighthouse counts every file asked for before it). Where the browser reports that paint
 *  and it can be the largest (its words outsize the largest so far, the page not yet scrolled or
 *  touched), that report; otherwise two frames on (a frame can be shown well after the next one
 *  starts). */
function onScreen(words) {
  const since = performance.now();
  const frames = (then) => requestAnimationFrame(() => requestAnimationFrame(then));
  if (!PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) return new Promise(frames);
  let largest = 0, paints;
  return new Promise((shown) => {
    paints = new PerformanceObserver((list) => list.getEntries().forEach((e) => {
      largest = Math.max(largest, e.size);
      if (e.startTime >= since) shown();
    }));
    paints.observe({ type: 'largest-contentful-paint', buffered: true });
    frames(() => { // read then, not before: a read of the layout now would force it at once
      const box = words.getBoundingClientRect();
      // The browser stops reporting largest paints once the patient has scrolled, tapped or typed.
      const over = scrollY || navigator.userActivation?.hasBeenActive;
      if (over || box.width * (Math.min(box.bottom, innerHeight) - Math.max(box.top, 0)) <= largest) shown();
    });
    setTimeout(shown, 1000); // should the browser not count it after all
  }).finally(() => paints.disconnect());
}

/** Draws the first screen in `el`'s shadow root, unless the live widget (or a fallback) is there.
 *  Resolves once it is on screen (onScreen). */
export function show(el) {
  const root = el.shadowRoot;
  if (!root || root.firstChild) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = HTML;
  const first = root.firstChild;
  // What the patient does meanwhile, by where in the first screen it was: the live widget has the
  // same tree, so the same path of child indices leads to the same element in it.
  const done = [];
  let focused;
  const path = (node) => {
    const steps = [];
    for (let n = node; n && n !== first; n = n.parentNode) steps.unshift([...n.parentNode.childNodes].indexOf(n));
    return steps;
  };
  const note = (e) => {
    const target = e.composedPath()[0];
    if (!first.contains(target)) return;
    if (e.type === 'focusin') focused = path(target);
    // Enter or Space on a button or link is its click, which is noted as such.
    else if (e.type === 'click' || !(/^(Enter| )$/.test(e.key) && target.closest('button,a,summary'))) {
      done.push([e.type, path(target), e.key]);
    }
  };
  const types = ['click', 'keydown', 'focusin'];
  types.forEach((t) => root.addEventListener(t, note));
  // The wasm adds its widget beside the first screen (embed::mount leaves that be). Before a
  // frame is painted (this runs first), the widget goes into a closed root of its own laid over
  // the first screen, in its place and width, unseen (by eyes, assistive technology and the
  // page's queries) until it is ready; then it takes the first screen's place in one task, and
  // nothing moves. Cleared for anything else (the fallback), the first screen stays away.
  const widget = () => [...root.children].find((c) => c !== first && c.classList.contains('ke-host'));
  let live, stage;
  const seen = new MutationObserver(() => {
    live = widget();
    if (!live) return first.isConnected || seen.disconnect();
    seen.disconnect();
    const { offsetTop: top, offsetLeft: left, offsetWidth: width } = first;
    stage = document.createElement('div');
    Object.assign(stage.style, { position: 'absolute', visibility: 'hidden', top: `${top}px`, left: `${left}px`, width: `${width}px` });
    const inner = stage.attachShadow({ mode: 'closed' });
    inner.adoptedStyleSheets = root.adoptedStyleSheets;
    root.append(stage);
    inner.append(live);
  });
  // Listened for from the start: a widget can be ready before the observer has seen it (the
  // second of two on a page drew itself in the task that added it).
  el.addEventListener('ketamine-explainer:ready', () => {
    seen.disconnect();
    live ??= widget();
    if (!live || !first.isConnected) return;
    types.forEach((t) => root.removeEventListener(t, note));
    first.replaceWith(live);
    stage?.remove();
    const at = (steps) => steps.reduce((n, i) => n?.childNodes[i], live);
    if (focused) at(focused)?.focus?.();
    for (const [type, steps, key] of done) {
      if (type === 'click') at(steps)?.click?.();
      else at(steps)?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    }
  }, { once: true });
  seen.observe(root, { childList: true });
  return onScreen(root.querySelector('.ke-text'));
}
