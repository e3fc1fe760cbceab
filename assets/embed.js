// ketamine-explainer embed: defines <ketamine-explainer> (and upgrades <div data-ketamine-explainer>),
// loading the rest from this file's folder, each file checked against the hash this build gave it
// (the build fills them in and minifies this file: xtask/src/post_build/embed_js.rs).
/** Each language's first-<lang>.js by its hash (Subresource Integrity, sha384); that file pins
 *  the wasm and its JS in turn, and the wasm its language files: the snippet's hash of this
 *  file covers them all. */
const PINS = __KE_PINS__;
/** The fallback's words by language, from each content file's [host]: not_loaded, call, ask,
 *  the_clinic ({who} and {phone} filled in here). */
const WORDS = __KE_WORDS__;
const TAG = 'ketamine-explainer';
const base = new URL('.', import.meta.url);
let loading, generation = 0, drawn;

/** A response for the file at `url` (in the widget's folder) whose bytes match `pin`; a changed
 *  file (a host or CDN serving other bytes) is refused, as is a missing one (an error page's bytes
 *  do not match either: the browser's console says which). Fails with an Error naming the file. */
async function pinned(url, pin) {
  url = new URL(url, base);
  const r = await fetch(url, { integrity: pin }).catch(() => 0);
  if (r.ok) return r;
  throw Error(`${url}: missing or changed`);
}

/** The module in the file `name`, run from its checked bytes (import() itself cannot check a
 *  hash in every browser, nor where a page's policy refuses inline import maps): a page's
 *  Content-Security-Policy must allow script-src blob:. Each call gives a module of its own (a
 *  fresh instance after a panic: see recover). */
async function module(name, pin) {
  const src = URL.createObjectURL(new Blob([await (await pinned(name, pin)).arrayBuffer()], { type: 'text/javascript' }));
  return import(src).finally(() => URL.revokeObjectURL(src));
}

/** Each first-<lang>.js by its language, fetched once per page. */
const once = {};
/** first-<lang>.js: the first screen, and what loads the wasm. */
// Its name keeps from release to release: its hash in the URL, so that a copy cached from another
// release (which would fail its pin) is not asked for.
const firstOf = (lang) => (once[lang] ??= module(`first-${lang}.js?${PINS[lang]}`, PINS[lang]));

/** The wasm module's mount (first.js: load), loaded once for all widgets (and again after a
 *  panic: see recover) by the first screen's file (which pins it), once the first screen is on
 *  screen (drawn): none of its bytes or work delay that. A failure is reported once per page,
 *  however many widgets wait. */
function load(lang) {
  if (!loading) {
    loading = firstOf(lang).then((f) => f.load(pinned, module, drawn));
    loading.catch((e) => console.error(`${TAG}: could not load: ${e.message}. Check that its files are from one ` +
      `release and a Content-Security-Policy allows script-src blob: 'wasm-unsafe-eval'.`));
  }
  return loading;
}

/** Calls `go` once the element is within about a screen of the viewport, or is focused (a
 *  keyboard reaching its light DOM), whichever comes first (at once with data-load="eager").
 *  Returns a cancel function. The observer decides, not a layout read here: this module may run
 *  before the page's own stylesheets apply, when everything above the widget is still short
 *  (seen in WebKit on a busy machine: a widget three screens down started at once). A tap needs
 *  no listener of its own: what can be tapped is on screen, where the observer answers. */
function whenSeen(el, eager, go) {
  if (eager) { go(); return () => {}; } // every browser with constructable sheets has the observer
  const cancel = () => {
    io.disconnect();
    el.removeEventListener('focusin', fire);
  };
  const fire = () => { cancel(); go(); };
  const io = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && fire(), { rootMargin: '100% 0px' });
  io.observe(el);
  el.addEventListener('focusin', fire);
  return cancel;
}

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
  const w = { live: true, gen: -1 }; // and its handle once mounted, broken once it panicked
  w.run = () => {
    w.handle = null; // never call into an aborted instance
    const at = Object.fromEntries(pairs(options ?? el));
    // data-lang's code ("ES", "es-MX" → "es") where this build has that language, else none
    // ("auto", or an unknown one: the wasm decides, and English's files load it).
    const code = (at['data-lang'] || 'en').toLowerCase().split(/[-_]/)[0];
    const lang = Object.hasOwn(PINS, code) && code; // not PINS[code]: "constructor" is no language
    w.fall = () => fallback(el, at, lang || 'en');
    first(el, at, lang);
    load(lang || 'en').then((mount) => {
      if (w.live && el.isConnected) [w.gen, w.handle] = [generation, mount(el, pairs(options ?? el), base.href)];
    }, w.fall);
  };
  // A panic: the wasm shows its note, the others start again. A changed file (first.js): the
  // fallback, the widget taken down first.
  const onError = (e) => {
    if (e.detail?.changed) return h.destroy(), w.fall();
    w.broken = true;
    w.handle = null;
    recover(w.gen);
  };
  el.addEventListener(`${TAG}:error`, onError);
  widgets.add(w);
  placeholder(el);
  // The JS API is an explicit request, so it loads at once unless told {load: 'lazy'}.
  const eager = options ? options.load !== 'lazy' : el.getAttribute('data-load') === 'eager';
  const cancel = whenSeen(el, eager, () => w.run());
  const h = {
    destroy() {
      cancel();
      w.live = false;
      widgets.delete(w);
      el.removeEventListener(`${TAG}:error`, onError);
      if (w.gen === generation) { w.handle?.destroy(); w.handle?.free(); }
      w.handle = null;
    },
  };
  return h;
}

/** The first screen as HTML while the wasm loads (first-<lang>.js: assets/first.js), where the
 *  widget opens on its first step in a language of its own. */
function first(el, at, lang) {
  const hash = 'data-url-hash' in at && location.hash.length > 1; // the preview opens at the hash's step
  // Not where the wasm would open elsewhere, or playing (its first frame shows Pause, not Play).
  if (lang && !hash && !/data-(view|step|autoplay)/.test(Object.keys(at))) {
    // show resolves once the first screen is on screen: the wasm's files wait for it (load).
    drawn = firstOf(lang).then((m) => m.show(el), () => {});
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
function fallback(el, at, lang) {
  const [gone, call, ask, clinic] = WORDS[lang];
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
  down(element);
  if (able) live.set(element, start(element, options));
  return { destroy() { down(element); } };
}

if (window.KetamineExplainer === undefined) {
  Object.defineProperty(window, 'KetamineExplainer', { value: Object.freeze({ mount }), configurable: true });
} else {
  console.warn(`${TAG}: window.KetamineExplainer is already taken; use import { mount } from embed.js.`);
}
