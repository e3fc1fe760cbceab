// ketamine-explainer's first screen, drawn from HTML and CSS while the wasm loads: embed.js imports
// first-<lang>.js, this file with the language's markup and the widget's stylesheet filled in by the
// generator (xtask; the same components the wasm draws with, for a page that opens on the first
// step), when the widget nears the screen. It stays until the wasm's widget has drawn itself, then
// gives it its place: no pixel moves. A tap, key or focus meanwhile is replayed on the live widget.
const CSS = __KE_CSS__;
const HTML = __KE_HTML__;

/** Draws the first screen in `el`'s shadow root, unless the live widget (or a fallback) is there. */
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
  // The wasm starts by clearing the root and adding its widget. Before a frame is painted (this
  // runs first), the first screen goes back in front, and the wasm's widget draws itself in a
  // closed root of its own laid over it, in its place and width, unseen (by eyes, assistive
  // technology and the page's queries) until it is ready; then it takes the first screen's place
  // in one task, and nothing moves. Cleared for anything else (the fallback), it stays away.
  const seen = new MutationObserver(() => {
    const live = [...root.children].find((c) => c !== first && c.classList.contains('ke-host'));
    if (!live) return first.isConnected || seen.disconnect();
    seen.disconnect();
    if (!first.isConnected) root.prepend(first);
    const { offsetTop: top, offsetLeft: left, offsetWidth: width } = first;
    const stage = document.createElement('div');
    Object.assign(stage.style, { position: 'absolute', visibility: 'hidden', top: `${top}px`, left: `${left}px`, width: `${width}px` });
    const inner = stage.attachShadow({ mode: 'closed' });
    inner.adoptedStyleSheets = root.adoptedStyleSheets;
    root.append(stage);
    inner.append(live);
    el.addEventListener('ketamine-explainer:ready', () => {
      types.forEach((t) => root.removeEventListener(t, note));
      first.replaceWith(live);
      stage.remove();
      const at = (steps) => steps.reduce((n, i) => n?.childNodes[i], live);
      if (focused) at(focused)?.focus?.();
      for (const [type, steps, key] of done) {
        if (type === 'click') at(steps)?.click?.();
        else at(steps)?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
    }, { once: true });
  });
  seen.observe(root, { childList: true });
}
