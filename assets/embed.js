// ketamine-explainer embed: defines <ketamine-explainer> (and upgrades <div data-ketamine-explainer>),
// loading the hashed JS and wasm from this file's folder (the build fills in their names and
// minifies this file: xtask/src/post_build/embed_js.rs).
const JS = '__KE_JS__';
const WASM = '__KE_WASM__';
/** The fallback's words by language, from each content file's [host]: not_loaded, call, ask,
 *  the_clinic ({who} and {phone} filled in here). */
const WORDS = __KE_WORDS__;
const TAG = 'ketamine-explainer';
const base = new URL('.', import.meta.url);
let loading, generation = 0, drawn;

/** The wasm module, loaded once for all widgets (and again after a panic: see recover). A failure
 *  is reported once per page, however many widgets wait for it. */
function load() {
  if (!loading) {
    // Not before the first screen is on screen (drawn): none of their bytes or work delay it. The
    // JS and the wasm then come in parallel; a new URL gives a separate module with its own wasm.
    loading = Promise.resolve(drawn).then(() => Promise.all([
      import(new URL(JS, base).href + (generation ? `?${generation}` : '')), wasmSource(new URL(WASM, base)),
    ])).then(async ([m, wasm]) => {
      await m.default({ module_or_path: wasm });
      return m;
    });
    loading.catch((e) => console.error(`${TAG}: could not load ${new URL(WASM, base)} (${e && e.message}). ` +
      `Check that the file is served, and that a Content-Security-Policy allows script-src 'self' 'wasm-unsafe-eval'.`));
  }
  return loading;
}

/** The wasm response, compiled as it streams in when served as application/wasm. A host that
 *  sends another type makes WebAssembly.instantiateStreaming refuse it: then the file is read
 *  whole and compiled from its bytes, with one warning naming the type it came with. */
async function wasmSource(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  const type = r.headers.get('content-type') || 'no type';
  if (/^application\/wasm\b/i.test(type)) return r;
  console.warn(`${TAG}: ${url} is served as "${type}", not application/wasm: it works, but starts slower.`);
  return r.arrayBuffer();
}

/** Calls `go` once the element is within about a screen of the viewport, or is focused or
 *  tapped, whichever comes first (at once with data-load="eager"). Returns a cancel function.
 *  The observer decides, not a layout read here: this module may run before the page's own
 *  stylesheets apply, when everything above the widget is still short (seen in WebKit on a busy
 *  machine: a widget three screens down started at once). */
function whenSeen(el, eager, go) {
  if (eager) { go(); return () => {}; } // every browser with constructable sheets has the observer
  const cancel = () => {
    io.disconnect();
    el.removeEventListener('focusin', fire);
    el.removeEventListener('pointerdown', fire);
  };
  const fire = () => { cancel(); go(); };
  const io = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && fire(), { rootMargin: '100% 0px' });
  io.observe(el);
  el.addEventListener('focusin', fire);
  el.addEventListener('pointerdown', fire);
  return cancel;
}

/** A file's text, fetched once per page (another language's words): a promise per URL that
 *  always resolves, to the text or to an Error saying what failed. */
const texts = new Map();
const text = (url) => {
  if (!texts.has(url)) {
    texts.set(url, fetch(url).then((r) => (r.ok ? r.text() : new Error(`HTTP ${r.status}`)), (e) => e));
  }
  return texts.get(url);
};

/** Live widgets, for the restart after a panic. */
const widgets = new Set();

/** A panic aborts its instance: the widget that panicked shows its fallback; the others of that
 *  instance start again in a fresh one (once all error events are in). */
function recover(gen) {
  if (gen !== generation) return;
  generation++;
  loading = null;
  queueMicrotask(() => widgets.forEach((w) => w.gen === gen && !w.broken && w.run()));
}

/** Attribute pairs, or an options object ({clinicName: …}) turned into the same pairs. */
function pairs(source) {
  if (source instanceof Element) return Array.from(source.attributes, (a) => [a.name, a.value]);
  return Object.entries(source || {}).map(([k, v]) =>
    [`data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, v === true ? '' : String(v)]);
}

/** Mounts into `el` unless it was removed (or re-mounted) while loading. */
function start(el, options) {
  const w = { handle: null, live: true, gen: -1, broken: false };
  w.run = () => {
    w.handle = null; // never call into an aborted instance
    first(el, Object.fromEntries(pairs(options ?? el)));
    load().then((m) => {
      if (w.live && el.isConnected) [w.gen, w.handle] = [generation, m.mount(el, pairs(options ?? el), base.href, text)];
    }, () => fallback(el, Object.fromEntries(pairs(options ?? el))));
  };
  const onError = () => { w.broken = true; w.handle = null; recover(w.gen); };
  el.addEventListener(`${TAG}:error`, onError);
  widgets.add(w);
  placeholder(el);
  // The JS API is an explicit request, so it loads at once unless told {load: 'lazy'}.
  const eager = options ? options.load !== 'lazy' : el.getAttribute('data-load') === 'eager';
  const cancel = whenSeen(el, eager, () => w.run());
  return {
    destroy() {
      cancel();
      w.live = false;
      widgets.delete(w);
      el.removeEventListener(`${TAG}:error`, onError);
      if (w.gen === generation) { w.handle?.destroy(); w.handle?.free(); }
      w.handle = null;
    },
  };
}

/** The first screen as HTML while the wasm loads (first-<lang>.js: assets/first.js), where the
 *  widget opens on its first step in a language of its own. */
function first(el, at, lang = at['data-lang'] || 'en') {
  const hash = 'data-url-hash' in at && location.hash.length > 1; // the preview opens at the hash's step
  // Not where the wasm would open elsewhere, or playing (its first frame shows Pause, not Play).
  if (WORDS[lang] && !hash && !/data-(view|step|autoplay)/.test(Object.keys(at))) {
    // show resolves once the first screen is on screen: the wasm's files wait for it (load).
    drawn = import(new URL(`first-${lang}.js`, base).href).then((m) => m.show(el), () => {});
  }
}

/** Reserves the widget's box in the shadow root at once, before the wasm arrives. */
function placeholder(el) {
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  if (!root.firstChild) root.adoptedStyleSheets = [sheet(':host{display:block;min-height:640px}')];
}
const sheet = (css) => { const s = new CSSStyleSheet(); s.replaceSync(css); return s; };

/** No wasm: the element's own text (the snippet's sentence, the static text) or one sentence of
 *  ours with the clinic's phone, then its booking link, in no more space than they need. */
function fallback(el, at) {
  const [gone, call, ask, clinic] = WORDS[String(at['data-lang']).toLowerCase().split('-')[0]] || WORDS.en;
  const phone = at['data-clinic-phone'] || '', make = (t) => document.createElement(t);
  const p = make('p'), link = make('a'), cta = make('slot'), root = el.shadowRoot;
  p.append(gone, ' ');
  if (/^[\d\s+().\/-]{3,}$/.test(phone)) {
    link.href = `tel:${phone.replace(/[^\d+]/g, '')}`;
    link.textContent = phone;
    const [before, after] = call.replace('{who}', () => at['data-clinic-name'] || clinic).split('{phone}');
    p.append(before, link, after);
  } else p.append(ask);
  cta.name = 'cta';
  // Its own text: an element or words outside the cta slot (not the snippet's line breaks).
  const own = [...el.childNodes].some((n) => (n.nodeType === 1 ? !n.slot : n.nodeType === 3 && n.data.trim()));
  root.replaceChildren(own ? make('slot') : p, cta);
  root.adoptedStyleSheets = [sheet(':host{display:block}')];
}

// The widget is drawn with constructable style sheets (Safari 16.4 and later): an older browser
// is left the element's own text.
const able = 'adoptedStyleSheets' in Document.prototype;
const live = new WeakMap();
const up = (el) => { if (able && !live.has(el)) live.set(el, start(el)); };
const down = (el) => { live.get(el)?.destroy(); live.delete(el); };

if (!customElements.get(TAG)) {
  customElements.define(TAG, class extends HTMLElement {
    connectedCallback() { up(this); }
    disconnectedCallback() { down(this); }
  });
}

// CMS editors may strip unknown tags: <div data-ketamine-explainer> works too.
const DIVS = '[data-ketamine-explainer]';
const each = (node, fn) => {
  if (!(node instanceof Element)) return;
  if (node.matches(DIVS) && node.localName !== TAG) fn(node);
  node.querySelectorAll(DIVS).forEach((el) => el.localName !== TAG && fn(el));
};
new MutationObserver((records) => records.forEach((r) => {
  r.removedNodes.forEach((n) => each(n, (el) => !el.isConnected && down(el)));
  r.addedNodes.forEach((n) => each(n, up));
})).observe(document.documentElement, { childList: true, subtree: true });
each(document.documentElement, up);

/** JS API: KetamineExplainer.mount(element, {clinicName: …}) → {destroy()}. */
export function mount(element, options = {}) {
  if (!able) return { destroy() {} };
  down(element);
  const handle = start(element, options);
  live.set(element, handle);
  return { destroy() { down(element); } };
}

if (window.KetamineExplainer === undefined) {
  Object.defineProperty(window, 'KetamineExplainer', { value: Object.freeze({ mount }), configurable: true });
} else {
  console.warn(`${TAG}: window.KetamineExplainer is already taken on this page; use import { mount } from this script instead.`);
}
