// What a step's screen must be, measured from the real layout: shared by the Playwright specs
// (Chromium) and the WebKit layer (../webkit/, through WebDriver), so both engines are held to the
// same lines. The in-page functions are self-contained: each is sent to the page as it is. Also
// the Chromium-only memory snapshot (`memory`, through CDP) that harden.spec and `make bench` share,
// and axe-core's script for both engines.
import { readFileSync } from 'node:fs';

/** The first screen's parts whose boxes must not move when the wasm takes it over (first.spec,
 *  webkit/first.spec). */
export const FIRST_SCREEN_PARTS = ['.ke-title', '.ke-tabs', '.ke-svg', '.ke-count', '#ke-step-title', '.ke-text',
  '#ke-next', '.ke-risk-area', '.ke-footer'];

/** In the page: each of `parts`' box in the widget, and the widget's own, rounded. */
export function partBoxes(parts) {
  const host = document.querySelector('ketamine-explainer');
  const box = (el) => { const b = el.getBoundingClientRect(); return [b.x, b.y, b.width, b.height].map(Math.round); };
  return { host: box(host), ...Object.fromEntries(parts.map((p) => [p, box(host.shadowRoot.querySelector(p))])) };
}

export const VIEWS = ['ketamine', 'treatment', 'ssri', 'compare', 'snow'];
export const PAGES = { en: '/', es: '/fixtures/es.html' };
export const SIZES = {
  phone: { width: 375, height: 740, minLabel: 12, minShare: 0.35 },
  // Small phones, common among older patients: a 360 × 640 Android and a 375 × 667 iPhone SE.
  'small-phone': { width: 360, height: 640, minLabel: 12, minShare: 0.35 },
  'iphone-se': { width: 375, height: 667, minLabel: 12, minShare: 0.35 },
  laptop: { width: 1280, height: 800, minLabel: 13, minShare: 0.40 },
};

/** The geometry of the current step, read inside the widget's shadow root. */
export function measureStage() {
  const host = document.querySelector('ketamine-explainer');
  const root = host.shadowRoot;
  const rect = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height }; };
  const picture = root.querySelector('.ke-svg, .ke-snow canvas');
  const widget = root.querySelector('.ke');
  // A label's effective opacity: the product of its own and every ancestor's, inside the picture.
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e && e !== picture.parentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none') return 0;
      o *= Number(s.opacity);
    }
    return getComputedStyle(el).visibility === 'visible' ? o : 0;
  };
  const svgs = [...root.querySelectorAll('.ke-svg, .ke-places')];
  const labels = svgs.flatMap((svg) => [...svg.querySelectorAll('text')].map((t) => {
    const scale = svg.getScreenCTM().a;
    return { text: t.textContent.trim(), box: rect(t), size: parseFloat(getComputedStyle(t).fontSize) * scale, opacity: opacity(t), frame: rect(svg) };
  })).filter((l) => l.text && l.box.width > 0);
  const box = (selector) => { const el = root.querySelector(selector); return el ? rect(el) : null; };
  // What each shown label touches that it does not name: a shape's outline (sampled every ~2 px
  // on screen) inside the label's box. Its own leader line and what it names may touch it, and
  // a filled shape it sits inside (a cell, a panel, a bar's track) is its ground.
  const touches = [];
  for (const svg of svgs) {
    const scale = svg.getScreenCTM().a;
    const shown = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() && opacity(t) > 0.05 && t.getBoundingClientRect().width > 0);
    const shapes = [...svg.querySelectorAll('rect, circle, ellipse, line, path, polyline, polygon, use')]
      .filter((s) => !s.closest('defs, marker, clipPath, mask, symbol') && opacity(s) > 0.05 && rect(s).width + rect(s).height > 0);
    const outlines = shapes.map((s) => {
      if (s.tagName === 'use') { // a molecule drawn from <defs>: its box's edges
        const r = rect(s);
        const points = [];
        for (let i = 0; i <= 8; i++) {
          const f = i / 8;
          points.push([r.left + f * r.width, r.top], [r.left + f * r.width, r.bottom], [r.left, r.top + f * r.height], [r.right, r.top + f * r.height]);
        }
        return { s, points, filled: false, box: r };
      }
      const m = s.getScreenCTM();
      const length = s.getTotalLength();
      const n = Math.min(400, Math.max(4, Math.ceil((length * scale) / 2)));
      const points = [];
      for (let i = 0; i <= n; i++) {
        const p = s.getPointAtLength((length * i) / n);
        points.push([m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f]);
      }
      const filled = s.tagName !== 'line' && getComputedStyle(s).fill !== 'none';
      return { s, points, filled, box: rect(s) };
    });
    for (const t of shown) {
      const b = rect(t);
      const inner = { left: b.left + 1, right: b.right - 1, top: b.top + 1, bottom: b.bottom - 1 };
      // A synapse label's group names its entity: it may touch that entity's shapes.
      const group = t.closest('.lbl');
      const names = group && group.dataset.entity;
      for (const o of outlines) {
        if (group && group.contains(o.s)) continue;
        if (names && o.s.closest('[data-entity]')?.dataset.entity === names) continue;
        const ground = o.filled && o.box.left <= b.left && o.box.right >= b.right && o.box.top <= b.top && o.box.bottom >= b.bottom;
        if (ground) continue;
        if (o.points.some(([x, y]) => x > inner.left && x < inner.right && y > inner.top && y < inner.bottom)) {
          const what = `${o.s.tagName}${o.s.getAttribute('class') ? '.' + o.s.getAttribute('class').split(' ')[0] : ''}${o.s.closest('[data-entity]') ? ' of ' + o.s.closest('[data-entity]').dataset.entity : ''}`;
          touches.push(`"${t.textContent.trim()}" touches ${what}`);
        }
      }
    }
  }
  return {
    picture: rect(picture),
    widget: rect(widget),
    next: rect(root.querySelector('#ke-next')),
    back: rect(root.querySelector('#ke-back')),
    dots: [...root.querySelectorAll('.ke-dot')].map((d) => rect(d).top),
    tabs: [...root.querySelectorAll('.ke-tab')].map((t) => rect(t)),
    title: rect(root.querySelector('#ke-step-title')),
    // What the patient reads at this step, and the dock that may cover it.
    words: { count: box('.ke-count'), title: box('#ke-step-title'), words: box('.ke-narration .ke-text'), note: box('.ke-note'), 'place buttons': box('.ke-snow-add') },
    dock: rect(root.querySelector('.ke-dock')),
    // The evidence badge beside the count, and its type size (one line, never two).
    badge: box('.ke-badge'),
    badgeFont: parseFloat(getComputedStyle(root.querySelector('.ke-badge') || root.host).fontSize),
    labels,
    touches: [...new Set(touches)],
    scrollWidth: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

const overlaps = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** What is wrong with the labels of one step (empty when all is well). */
export function labelProblems(m, minLabel) {
  const problems = [];
  const shown = m.labels.filter((l) => l.opacity > 0.05);
  for (const l of shown) {
    if (l.opacity < 0.99) problems.push(`"${l.text}" is faded (opacity ${l.opacity.toFixed(2)}): readable or not shown`);
    if (l.size < minLabel - 0.05) problems.push(`"${l.text}" renders at ${l.size.toFixed(1)} px (< ${minLabel})`);
    const f = l.frame;
    if (l.box.left < f.left - 1 || l.box.right > f.right + 1 || l.box.top < f.top - 1 || l.box.bottom > f.bottom + 1) {
      problems.push(`"${l.text}" runs outside the picture`);
    }
  }
  problems.push(...(m.touches || []));
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      if (overlaps(shown[i].box, shown[j].box)) problems.push(`"${shown[i].text}" overlaps "${shown[j].text}"`);
    }
  }
  return problems;
}

/** What is wrong with one step's stepping screen at size `s` (empty when all is well). */
export function stageProblems(at, m, s) {
  const failures = [];
  const span = m.next.bottom - m.picture.top;
  if (span > s.height) failures.push(`${at}: picture top to Next bottom is ${Math.round(span)} px (> ${s.height})`);
  if (m.title.top < m.picture.top || m.title.bottom > m.next.bottom) failures.push(`${at}: the step title is outside the picture–Next span`);
  // The whole step is read without scrolling: count, title, words and note all on screen,
  // above the dock (on a phone the dock sticks to the bottom of the screen, over what runs
  // on), and so are the snow view's place buttons where its words ask for them.
  for (const [part, r] of Object.entries(m.words)) {
    if (!r) { if (!['note', 'place buttons'].includes(part)) failures.push(`${at}: no ${part} on the step`); continue; }
    if (r.top < 0 || r.bottom > m.dock.top + 1) failures.push(`${at}: the ${part} runs under the dock or off screen (${Math.round(r.bottom)} > ${Math.round(m.dock.top)})`);
  }
  if (m.dock.bottom > s.height + 1) failures.push(`${at}: the dock ends below the screen (${Math.round(m.dock.bottom)} > ${s.height})`);
  if (m.scrollWidth > 0) failures.push(`${at}: the page scrolls sideways by ${m.scrollWidth} px`);
  if (Math.abs(m.next.top - m.back.top) > 1) failures.push(`${at}: Back and Next are not on one row`);
  if (!m.badge) failures.push(`${at}: no evidence badge`);
  else if (m.badge.height > m.badgeFont * 2.2 + 6) failures.push(`${at}: the evidence badge wraps (${Math.round(m.badge.height)} px high)`);
  // The five view tabs take one row (on a phone it scrolls sideways), so the picture is not
  // pushed down; each is a full-size target.
  const tabRows = new Set(m.tabs.map((t) => Math.round(t.top))).size;
  if (tabRows !== 1) failures.push(`${at}: the ${m.tabs.length} view tabs take ${tabRows} rows`);
  if (m.tabs.some((t) => t.height < 24)) failures.push(`${at}: a view tab is under 24 px high`);
  const dotRows = new Set(m.dots.filter((t) => t !== 0).map(Math.round)).size;
  if (dotRows > 1) failures.push(`${at}: the step dots take ${dotRows} rows`);
  const share = (m.picture.width * m.picture.height) / (m.widget.width * s.height);
  if (share < s.minShare) failures.push(`${at}: the picture is ${(share * 100).toFixed(0)}% of the first screen (< ${s.minShare * 100}%)`);
  failures.push(...labelProblems(m, s.minLabel).map((p) => `${at}: ${p}`));
  return failures;
}

/** In the page: running CSS animations in the document and in every widget's shadow root (which
 *  the document's own getAnimations() does not include). */
export function runningAnimationCount() {
  const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
  return roots.flatMap((r) => r.getAnimations()).filter((a) => a.playState === 'running').length;
}

/** In the page: what the snow canvas of widget `host` (default: the first) shows, as a short
 *  fingerprint (toDataURL: no getImageData readback warnings). */
export function canvasFingerprint(hostSelector = 'ketamine-explainer') {
  const c = document.querySelector(hostSelector).shadowRoot.querySelector('.ke-snow canvas');
  const s = c.toDataURL();
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

/** In the page: the widget's live timers and frame loops, from the test build's hook. A page
 *  without the hook (a build without test hooks) fails here rather than reading as "none". */
export function liveTimers() {
  if (!window.KetamineExplainerTest) throw new Error('no window.KetamineExplainerTest: serve the test build (make build-test)');
  return window.KetamineExplainerTest.liveTimers();
}

/** In the page: the wasm memory's pages, from the test build's hook (fails without it). */
export function memoryPages() {
  if (!window.KetamineExplainerTest) throw new Error('no window.KetamineExplainerTest: serve the test build (make build-test)');
  return window.KetamineExplainerTest.memoryPages();
}

/** Once the widget is quiet (no timer or frame loop of its own, two frames painted) and the
 *  garbage collected, in Chromium: JS heap bytes, DOM nodes, event listeners, wasm pages. A
 *  removed node is freed a collection or more after its script wrapper (after one, 3 to 7 nodes
 *  of the last step were still counted, at random), so it collects until the count holds still. */
export async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const counted = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return cdp.send('Memory.getDOMCounters');
  };
  return async () => {
    await page.waitForFunction(() => window.KetamineExplainerTest.liveTimers() === 0);
    await page.evaluate(frames, 2);
    let now = await counted(), last;
    do [last, now] = [now, await counted()]; while (now.nodes !== last.nodes);
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const pages = await page.evaluate(memoryPages);
    return { heap: usedSize, nodes: now.nodes, listeners: now.jsEventListeners, pages };
  };
}

/** In the page: draws each of `views` (tab names; none: the one shown) a step at a time to its
 *  last step, then restarts it. Clicks in a row are drawn together once the page's script pauses
 *  (yew renders in a task of its own), so what a fast walk drew last depends on the machine's
 *  speed; and the wasm keeps handles on a few parts of a view's last step drawn (the contact
 *  block's and the check's: 21 DOM nodes on a slowed run, bounded) until that view is drawn again.
 *  Memory walks end with this, so their snapshots see the same. */
export async function drawnToEndAndBack(views) {
  const root = document.querySelector('ketamine-explainer').shadowRoot;
  const drawn = () => new Promise((r) => setTimeout(r, 0));
  for (const view of views.length ? views : [null]) {
    if (view) root.querySelector(`#ke-tab-${view}`).click();
    await drawn();
    for (let n = 0; !root.querySelector('.ke-dots li:last-child [aria-current="step"]'); n++) {
      if (n > 30) throw new Error(`the ${view ?? 'shown'} view's last step never came`);
      root.querySelector('#ke-next').click();
      await drawn();
    }
    root.querySelector('#ke-restart').click();
    await drawn();
  }
}

/** axe-core's script (the one copy both engines run), the WCAG 2.x A/AA rules scanned for, and,
 *  in a page where the script has run, its violations as "id: help (n) targets" lines. The
 *  script runs once per page: @axe-core/playwright sent it anew with every scan, 0.9 s a scan
 *  in Chromium against 0.13 s, and `make test` scans some 400 times. */
export const AXE_SOURCE = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export function axeViolations(tags) {
  return window.axe.run({ runOnly: { type: 'tag', values: tags } }).then((r) => r.violations.map((v) =>
    `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target).join(' | ')}`));
}

/** In the page: resolves after `n` painted frames, time in which a running frame loop would
 *  have drawn `n` times (for checks that something does not happen by itself). */
export function frames(n) {
  return new Promise((done) => { let left = n; const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick)); requestAnimationFrame(tick); });
}

/** In the page: reads `window.__tampered` (what a changed widget file sets if it runs: serve.mjs's
 *  ?tamper=) every 50 ms for a second; resolves to the values that were set. */
export function tamperedForASecond() {
  return new Promise((done) => {
    const reads = [];
    const timer = setInterval(() => {
      reads.push(window.__tampered);
      if (reads.length === 20) { clearInterval(timer); done(reads.filter(Boolean)); }
    }, 50);
  });
}
