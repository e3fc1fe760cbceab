// WebKit (the iPhone's engine) as the clinic's page meets it: lazy start (also in a phone-sized
// frame), Print summary, read aloud, ::part theming, the snow canvas, reduced motion, a sandboxed
// frame on another origin, a host that serves the wasm with the wrong MIME type, and SVG growth
// from its own edge (transform-box). The same lines as the Playwright specs, through WebDriver
// (see webkit.mjs); the in-page helpers are shared with them.
import { test, expect, Key } from './webkit.mjs';
import { canvasFingerprint, liveTimers, tamperedForASecond } from '../tests/measure.mjs';
import { standInPrinterInPage, standInVoiceInPage } from '../tests/stand-ins.mjs';

/** The widget's own files the page has fetched so far (other than embed.js). */
const widgetLoads = () => performance.getEntriesByType('resource').map((e) => e.name)
  .filter((u) => /ketamine-explainer-[0-9a-f]+(_bg\.wasm|\.js)/.test(u));

test('WebKit: far below the fold nothing but embed.js loads; scrolled near, it renders', async ({ webkit: wk }) => {
  await wk.open('/fixtures/below-fold.html', { wait: false });
  expect(await wk.run(() => innerHeight), 'the screen the page loaded into').toBe(800);
  await wk.until('the page has loaded', () => document.readyState === 'complete');
  await wk.until('embed.js has run', () => !!customElements.get('ketamine-explainer'));
  expect(await wk.run(widgetLoads), 'no JS or wasm before scrolling').toEqual([]);
  expect(await wk.run(() => document.getElementById('w1').getBoundingClientRect().top)).toBeGreaterThan(3 * 800);
  await wk.run(() => document.getElementById('w1').scrollIntoView());
  await wk.until('#w1 draws its picture (the wasm, after the first screen)', () => {
    const root = document.getElementById('w1').shadowRoot;
    return !!root.querySelector('.ke-svg') && !root.querySelector('[data-ke-first]');
  });
  expect((await wk.run(widgetLoads)).filter((u) => u.endsWith('.wasm')), 'one wasm load').toHaveLength(1);
  expect(await wk.problems()).toEqual([]);
});

test('WebKit: Print summary makes a frame holding the handout alone, printed, then removed', async ({ webkit: wk }) => {
  await wk.open('/fixtures/long-page.html', { host: '#w' });
  await wk.run(standInPrinterInPage);
  await wk.showView('compare', '#w');
  const title = await wk.text('#ke-step-title', '#w');
  const before = await wk.run(() => document.body.innerHTML);
  await wk.click('#ke-print', '#w');
  await wk.until('the handout frame was printed', () => window.__printed.length === 1);
  const printed = (await wk.run(() => window.__printed))[0];
  expect(printed.markup, 'the handout names the view\'s steps').toContain(title);
  expect(printed.markup).toMatch(/risk/i);
  expect(printed.documentText + printed.markup, 'none of the host page').not.toContain('HOST-TEXT');
  expect(printed.css.length, 'the frame carries the widget\'s stylesheet').toBeGreaterThan(1000);
  await wk.until('the frame is removed after printing', () => document.querySelectorAll('iframe').length === 0);
  expect(await wk.run(() => document.body.innerHTML), 'the host page as it was').toBe(before);
  expect(await wk.problems()).toEqual([]);
});

test('WebKit: read aloud is offered once a voice arrives, speaks within the tap, and a step change stops it', async ({ webkit: wk }) => {
  await wk.open('/');
  const voices = await wk.run(() => speechSynthesis.getVoices().length);
  expect(await wk.run(() => !!document.querySelector('ketamine-explainer').shadowRoot.querySelector('#ke-read')),
    `offered with ${voices} voices`).toBe(voices > 0);
  // A voice that arrives late (announced by voiceschanged), met by a widget far down a page.
  await wk.open('/fixtures/below-fold.html', { wait: false });
  await wk.until('embed.js has run', () => !!customElements.get('ketamine-explainer'));
  await wk.run(standInVoiceInPage, true);
  await wk.run(() => document.getElementById('w1').scrollIntoView());
  await wk.until('#w1 draws its picture (the wasm, after the first screen)', () => {
    const root = document.getElementById('w1').shadowRoot;
    return !!root.querySelector('.ke-svg') && !root.querySelector('[data-ke-first]');
  });
  expect(await wk.run(() => !!document.getElementById('w1').shadowRoot.querySelector('#ke-read')), 'no voice yet: not offered').toBe(false);
  await wk.run(() => window.__voicesArrive());
  await wk.until('#w1 offers Read aloud', () => !!document.getElementById('w1').shadowRoot.querySelector('#ke-read'));
  await wk.click('#ke-read', '#w1');
  await wk.until('a sentence is being read', () => !!document.getElementById('w1').shadowRoot.querySelector('.ke-sentence.reading'));
  const gestures = await wk.run(() => window.__inGesture);
  expect(gestures.length, 'every sentence queued at the tap').toBeGreaterThan(1);
  expect(gestures.every((g) => g === true), `speak() called within the tap (as iOS requires): ${gestures}`).toBe(true);
  const spoken = await wk.run(() => window.__spoken.length);
  await wk.click('#ke-next', '#w1');
  await wk.until('the reading stops', () => !document.getElementById('w1').shadowRoot.querySelector('.ke-sentence.reading'));
  expect((await wk.run(() => window.__spoken)).slice(spoken).some((s) => s.cancel), 'the step change cancelled it').toBe(true);
  expect(await wk.problems()).toEqual([]);
});

test('WebKit: a themed page changes exactly what its ::part and custom properties target', async ({ webkit: wk }) => {
  await wk.open('/fixtures/themed.html', { host: '#t' });
  await wk.until('#bad shows its picture, drawn by the wasm', () => {
    const root = document.getElementById('bad').shadowRoot;
    return !!root?.querySelector('.ke-svg') && !root.querySelector('[data-ke-first]');
  });
  const look = (id) => wk.run((h) => {
    const q = (s) => getComputedStyle(document.getElementById(h).shadowRoot.querySelector(s));
    return { next: q('#ke-next').backgroundColor, radius: q('#ke-next').borderTopLeftRadius, tabs: q('.ke-tabs').backgroundColor,
      footer: q('.ke-footer').fontStyle, risks: q('.ke-risks').backgroundColor };
  }, id);
  const [t, bad] = [await look('t'), await look('bad')];
  expect(t).toMatchObject({ next: 'rgb(107, 47, 163)', radius: '2.5px', tabs: 'rgb(255, 240, 200)', footer: 'italic' });
  expect(bad.next, 'a pale accent falls back to the default').toBe('rgb(0, 114, 178)');
  expect(bad.tabs, 'the other widget is untouched').toBe('rgba(0, 0, 0, 0)');
  expect(t.risks, 'what the theme does not target stays').toBe(bad.risks);
  expect((await wk.problems()).filter((p) => p.includes('--ke-accent')), 'one warning for the pale accent').toHaveLength(1);
});

test('WebKit: the snow canvas paints moving trails, and a tap on the field adds a place', async ({ webkit: wk }) => {
  await wk.open('/#snow/3');
  await wk.until('one animation loop runs', () => window.KetamineExplainerTest.liveTimers() === 1);
  const first = await wk.run(canvasFingerprint);
  await wk.changes('the trails move', canvasFingerprint, first);
  const places = () => wk.run(() => document.querySelector('ketamine-explainer').shadowRoot.querySelectorAll('.ke-place').length);
  const before = await places();
  const field = await wk.find('.ke-places');
  await wk.run((el) => el.scrollIntoView({ block: 'center' }), field);
  const { height } = await field.getRect();
  await wk.driver.actions().move({ origin: field, x: 0, y: Math.round(height * 0.35) }).click().perform();
  await wk.until('a new place is on the field', (n) => document.querySelector('ketamine-explainer').shadowRoot.querySelectorAll('.ke-place').length === n + 1, before);
  await wk.click('#ke-tab-ketamine');
  await wk.until('leaving the view stops the loop', () => window.KetamineExplainerTest.liveTimers() === 0);
  expect(await wk.problems()).toEqual([]);
});

test('WebKit with reduced motion: the snow view shows still frames, advanced by a button', async ({ stillWebKit: wk }) => {
  await wk.open('/#snow/1');
  await wk.until('the advance button is offered', () => !!document.querySelector('ketamine-explainer').shadowRoot.querySelector('.ke-snow-advance'));
  expect(await wk.run(liveTimers), 'no animation loop').toBe(0);
  const before = await wk.run(canvasFingerprint);
  await wk.frames(36); // a running loop would have drawn 36 times
  expect(await wk.run(canvasFingerprint), 'nothing moves by itself').toBe(before);
  await wk.click('.ke-snow-advance');
  await wk.changes('the picture advances', canvasFingerprint, before);
  expect(await wk.run(liveTimers)).toBe(0);
  expect(await wk.problems()).toEqual([]);
});

test('WebKit: in a sandboxed frame on another origin (Wix and similar) it loads and steps', async ({ webkit: wk }) => {
  // Tall enough to show the whole 900 px frame: WebKitGTK's WebDriver click does not scroll the
  // host page from inside a frame on another origin (a patient scrolls it).
  await wk.open('/fixtures/sandboxed.html', { height: 1100, wait: false });
  await wk.driver.switchTo().frame(await wk.driver.findElement({ css: '#custom-code' }));
  await wk.until('the framed widget shows its picture, drawn by the wasm', () => {
    const root = document.querySelector('ketamine-explainer')?.shadowRoot;
    return !!root?.querySelector('.ke-svg') && !root.querySelector('[data-ke-first]');
  });
  const first = await wk.text('#ke-step-title');
  await wk.click('#ke-next');
  await wk.until('Siguiente changes the step', (t) => document.querySelector('ketamine-explainer').shadowRoot.querySelector('#ke-step-title').textContent !== t, first);
  expect(await wk.text('#ke-next')).toContain('Siguiente');
});

test('WebKit: a host that serves the wasm with the wrong MIME type: it works, one warning names the fix', async ({ webkit: wk }) => {
  await wk.open('/fixtures/wrong-mime.html');
  await wk.click('#ke-next');
  await wk.until('Next works', () => /^\D*2\D/.test(document.querySelector('ketamine-explainer').shadowRoot.querySelector('.ke-count').textContent));
  expect(await wk.problems()).toEqual([expect.stringMatching(/^warning: ketamine-explainer: .*_bg\.wasm is served as "application\/octet-stream", not application\/wasm/)]);
});

test('WebKit on a phone: far down the page in a frame, it starts only when scrolled near (IntersectionObserver in a frame)', async ({ webkit: wk }) => {
  await wk.open('/fixtures/below-fold.html', { width: 375, height: 740, wait: false });
  await wk.until('embed.js has run', () => !!customElements.get('ketamine-explainer'));
  expect(await wk.run(widgetLoads), 'no JS or wasm before scrolling').toEqual([]);
  await wk.run(() => document.getElementById('w1').scrollIntoView());
  await wk.until('#w1 draws its picture (the wasm, after the first screen)', () => {
    const root = document.getElementById('w1').shadowRoot;
    return !!root.querySelector('.ke-svg') && !root.querySelector('[data-ke-first]');
  });
  expect(await wk.run(() => !!document.getElementById('w3').shadowRoot?.querySelector('.ke')), 'a widget not yet near stays unstarted').toBe(false);
  expect(await wk.problems()).toEqual([]);
});

test('WebKit: SVG parts grow from their own edge (transform-box: fill-box), not from the picture\'s corner', async ({ webkit: wk }) => {
  await wk.open('/');
  // To the new-spines step by keyboard, then its growth frozen a quarter of the way in.
  await wk.run(() => document.querySelector('ketamine-explainer').shadowRoot.querySelector('.ke-figure').focus());
  const step = () => wk.run(() => document.querySelector('ketamine-explainer').shadowRoot.querySelector('.ke-svg').dataset.step);
  for (let [n] = await wk.count(); (await step()) !== 'ketamine-spines'; n++) {
    await wk.press(Key.ARROW_RIGHT);
    await wk.until(`step ${n + 1}`, (want) => document.querySelector('ketamine-explainer').shadowRoot
      .querySelector('.ke-count').textContent.match(/\d+/)[0] === String(want), n + 1);
  }
  const growth = await wk.run(() => {
    const spines = [...document.querySelector('ketamine-explainer').shadowRoot.querySelectorAll('.new-spine')];
    const animations = spines.flatMap((s) => s.getAnimations());
    const box = () => spines.map((s) => { const r = s.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
    animations.forEach((a) => { a.pause(); a.currentTime = 250; });
    const growing = box();
    animations.forEach((a) => a.finish());
    return { animations: animations.map((a) => a.animationName), growing, grown: box() };
  });
  expect(growth.animations, 'the new spines grow').toEqual(growth.growing.map(() => 'ke-grow'));
  growth.growing.forEach((g, i) => {
    const done = growth.grown[i];
    expect(Math.abs(g.bottom - done.bottom), `spine ${i} keeps its foot on the branch`).toBeLessThan(1);
    expect(g.top, `spine ${i} is shorter while growing`).toBeGreaterThan(done.top + 1);
  });
  expect(await wk.problems()).toEqual([]);
});

// Every file pinned, back to the snippet's hash (issue 35; the same lines as pinned.spec):
// serve.mjs changes the file a page's ?tamper=<part> names.
for (const [part, file] of [['glue', /ketamine-explainer-[0-9a-f]+\.js: missing or changed/], ['first', /first-en\.js\?sha384-\S+: missing or changed/], ['wasm', /_bg\.wasm: missing or changed/]]) {
  test(`WebKit: a changed ${part} file: the snippet's text and booking link, one error naming the file, nothing of it runs`, async ({ webkit: wk }) => {
    await wk.open(`/fixtures/pinned.html?tamper=${part}`, { wait: false });
    await wk.until('the snippet\'s own text shows', () => {
      const el = document.getElementById('en');
      return el.shadowRoot?.querySelector('slot:not([name])') && el.querySelector('p').getBoundingClientRect().height > 0;
    });
    expect(await wk.run(() => document.querySelector('#en a[slot=cta]').getBoundingClientRect().height), 'the booking link shows').toBeGreaterThan(0);
    expect(await wk.run(tamperedForASecond), 'code added to a file ran').toEqual([]);
    const ours = (await wk.problems()).filter((m) => m.startsWith('error: ketamine-explainer:'));
    expect(ours).toEqual([expect.stringMatching(file)]);
  });
}

test('WebKit: a changed language file: every widget shows its snippet, one error names the file, nothing of it runs or shows', async ({ webkit: wk }) => {
  await wk.open('/fixtures/pinned.html?tamper=es', { wait: false });
  await wk.until('both widgets show their snippet\'s text', () => ['en', 'es'].every((id) => {
    const el = document.getElementById(id);
    return el.shadowRoot?.querySelector('slot:not([name])') && el.querySelector('p').getBoundingClientRect().height > 0;
  }));
  expect(await wk.run(() => ['en', 'es'].map((id) => document.querySelector(`#${id} a[slot=cta]`).getBoundingClientRect().height > 0)), 'the booking links show').toEqual([true, true]);
  expect(await wk.run(() => document.querySelectorAll('ketamine-explainer').length)).toBe(2);
  expect(await wk.run(() => [...document.querySelectorAll('ketamine-explainer')].map((el) => el.shadowRoot.querySelectorAll('.ke-host, [data-ke-first], .ke-tampered').length))).toEqual([0, 0]);
  expect(await wk.run(tamperedForASecond), 'code added to the file ran').toEqual([]);
  expect(await wk.problems()).toEqual([expect.stringMatching(/^error: ketamine-explainer: .*lang-es\.txt\?v=\S+ is not this release's file/)]);
});

test('WebKit: a CSP from before the files were pinned (no blob:): the element\'s text stays, one error names blob:', async ({ webkit: wk }) => {
  await wk.open('/fixtures/no-blob.html', { wait: false });
  await wk.until('one error of ours', () => window.__problems.some((m) => m.startsWith('error: ketamine-explainer:')));
  const ours = (await wk.problems()).filter((m) => m.includes('ketamine-explainer:'));
  expect(ours).toEqual([expect.stringContaining('script-src blob:')]);
  expect(await wk.run(() => document.getElementById('c').shadowRoot.querySelector('slot:not([name])') !== null), 'the element\'s own text').toBe(true);
  expect(await wk.run(() => document.querySelector('#c p').getBoundingClientRect().height)).toBeGreaterThan(0);
  expect(await wk.run(() => document.getElementById('c').shadowRoot.querySelectorAll('.ke-svg').length)).toBe(0);
});
