// A good guest on a clinic's page: the widget costs the page nothing until a patient comes near
// it, several widgets share one module load, and a missing file is reported once per page.
import { test, expect } from '@playwright/test';
import { standInVoice, expectNoAxeViolations, live } from './helpers.mjs';

/** Requests the page makes for the widget's own files (other than embed.js). */
function widgetRequests(page) {
  const seen = [];
  page.on('request', (r) => { if (/ketamine-explainer-[0-9a-f]+(_bg\.wasm|\.js)/.test(r.url())) seen.push(r.url()); });
  return seen;
}

test('far below the fold, nothing but embed.js loads until the patient scrolls near', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const requests = widgetRequests(page);
  await page.goto('/fixtures/below-fold.html');
  await page.waitForLoadState('networkidle');
  expect(requests, 'no JS or wasm before scrolling').toEqual([]);
  const top = await page.locator('#w1').evaluate((el) => el.getBoundingClientRect().top);
  expect(top, 'the widget starts at least three screens down').toBeGreaterThan(3 * 800);
  await page.locator('#w1').scrollIntoViewIfNeeded();
  await live(page.locator('#w1'));
  await page.locator('#w3').scrollIntoViewIfNeeded();
  await live(page.locator('#w3'));
  expect(requests.filter((u) => u.endsWith('.wasm')), 'three widgets, one wasm load').toHaveLength(1);
  expect(requests.filter((u) => u.endsWith('.js')), 'three widgets, one module load').toHaveLength(1);
});

test('a tap or a keyboard focus starts a widget that has not been seen yet', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/fixtures/below-fold.html');
  // Focus reaches the element before it is near the screen (for example by a skip link).
  await page.locator('#w2').evaluate((el) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
  await expect(page.locator('#w2 .ke-svg')).toBeAttached();
  const started = await page.locator('#w3').evaluate((el) => !!el.shadowRoot.querySelector('.ke'));
  expect(started, 'a widget neither seen nor touched stays unstarted').toBe(false);
});

test('data-load="eager" loads at once, wherever the widget is', async ({ page }) => {
  const requests = widgetRequests(page);
  await page.goto('/fixtures/below-fold-eager.html');
  await live(page.locator('#w1')); // drawn by the wasm, not only its first screen
  expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(await page.evaluate(() => window.scrollY), 'loading never scrolls the page').toBe(0);
});

test('a missing wasm file is reported once per page, not once per widget', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && m.text().startsWith('ketamine-explainer:') && errors.push(m.text()));
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/fixtures/below-fold.html');
  for (const id of ['#w1', '#w2', '#w3']) await page.locator(id).scrollIntoViewIfNeeded();
  // Every widget has given up (its shadow root holds only the slot for the page's own text).
  await expect.poll(() => page.evaluate(() => ['w1', 'w2', 'w3'].every((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root && root.querySelector('slot') && !root.querySelector('.ke');
  }))).toBe(true);
  expect(errors).toHaveLength(1);
});

test('autoplay never takes focus or scrolls the host page', async ({ page }) => {
  await page.clock.install();
  await page.goto('/fixtures/plain.html');
  await live(page.locator('#a'));
  await page.locator('#a #ke-play').click();
  await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
  await page.clock.runFor(40_000);
  await expect(page.locator('#a .ke-count')).not.toContainText('Step 1 of');
  expect(await page.evaluate(() => document.activeElement === document.body), 'focus stays with the page').toBe(true);
  expect(await page.evaluate(() => window.scrollY), 'the page is not scrolled').toBe(0);
});

test('read aloud cuts no one else\'s speech: a step change after it has finished cancels nothing', async ({ page }) => {
  await standInVoice(page);
  await page.goto('/fixtures/plain.html');
  await live(page.locator('#a'));
  await page.locator('#a').getByRole('button', { name: 'Read aloud' }).click();
  await expect(page.locator('#a .ke-sentence.reading')).toHaveCount(1);
  await expect(page.locator('#a .ke-sentence.reading')).toHaveCount(0, { timeout: 5000 }); // it finished
  // The host page (or another widget) now speaks; the patient steps on in #a.
  await page.evaluate(() => { window.__spoken.length = 0; speechSynthesis.speak({ text: 'The host page speaks.' }); });
  await page.locator('#a #ke-next').click();
  await page.locator('#b #ke-next').click();
  expect(await page.evaluate(() => window.__spoken.filter((s) => s.cancel).length), 'no cancel').toBe(0);
});

test('read aloud knows when someone else cancels the page\'s speech: its button and highlight reset, and a step change cancels nothing', async ({ page }) => {
  await standInVoice(page);
  await page.goto('/fixtures/plain.html');
  await live(page.locator('#a'));
  await page.evaluate(() => { window.__sentenceMs = 600_000; }); // each sentence speaks until cancelled
  await page.locator('#a').getByRole('button', { name: 'Read aloud' }).click();
  await expect(page.locator('#a .ke-sentence.reading')).toHaveCount(1);
  // Widget #b (Spanish) reads now: its click clears the page's queue, and #a's reading with it.
  await page.locator('#b #ke-read').click();
  await expect(page.locator('#b .ke-sentence.reading')).toHaveCount(1);
  await expect(page.locator('#a #ke-read')).toHaveText('Read aloud');
  await expect(page.locator('#a .ke-sentence.reading')).toHaveCount(0);
  // #a steps on: #b goes on speaking.
  const cancels = () => page.evaluate(() => window.__spoken.filter((s) => s.cancel).length);
  const before = await cancels();
  await page.locator('#a #ke-next').click();
  await expect(page.locator('#a .ke-count')).toContainText('Step 2');
  expect(await cancels(), 'no cancel from #a').toBe(before);
  await expect(page.locator('#b .ke-sentence.reading')).toHaveCount(1);
});

test('the clinic\'s own booking link shows in the contact block after the last step, as the main action', async ({ page }) => {
  await page.goto('/fixtures/booking.html#snow/5');
  const link = page.getByRole('link', { name: 'Book a visit' });
  await expect(page.locator('#k .ke > .ke-cta')).toBeVisible();
  await expect(link).toBeVisible();
  const inside = await page.evaluate(() => {
    const a = document.querySelector('[slot="cta"]');
    const block = document.querySelector('#k').shadowRoot.querySelector('.ke > .ke-cta').getBoundingClientRect();
    const r = a.getBoundingClientRect();
    return { inBlock: r.top >= block.top && r.bottom <= block.bottom, bg: getComputedStyle(a).backgroundColor, h: r.height };
  });
  expect(inside.inBlock, 'inside the contact block').toBe(true);
  expect(inside.bg, 'styled as the primary action').toBe('rgb(0, 114, 178)');
  expect(inside.h).toBeGreaterThanOrEqual(44);
  const kinds = page.evaluate(() => new Promise((done) =>
    document.querySelector('#k').addEventListener('ketamine-explainer:contact', (e) => done(e.detail.kind))));
  await link.click();
  expect(await kinds).toBe('booking');
  await page.locator('#k #ke-back').click();
  await expect(link, 'only after the last step').toBeHidden();
});

test('a themed host page changes exactly what it targets; a pale accent falls back with one warning', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/fixtures/themed.html');
  await live(page.locator('#t'));
  await live(page.locator('#bad'));
  const look = (id) => page.locator(id).evaluate((host) => {
    const q = (s) => getComputedStyle(host.shadowRoot.querySelector(s));
    return {
      next: q('#ke-next').backgroundColor, radius: q('#ke-next').borderTopLeftRadius, font: q('.ke').fontFamily,
      tabs: q('.ke-tabs').backgroundColor, footer: q('.ke-footer').fontStyle, risks: q('.ke-risks').backgroundColor,
      title: q('#ke-step-title').color,
    };
  });
  const t = await look('#t');
  expect(t.next).toBe('rgb(107, 47, 163)');
  expect(t.radius).toBe('2.5px');
  expect(t.font).toContain('Georgia');
  expect(t.tabs).toBe('rgb(255, 240, 200)');
  expect(t.footer).toBe('italic');
  const bad = await look('#bad');
  expect(bad.next, 'a pale accent is replaced by the default').toBe('rgb(0, 114, 178)');
  expect(bad.tabs, 'the other widget is untouched').toBe('rgba(0, 0, 0, 0)');
  expect(t.risks, 'what the theme does not target stays').toBe(bad.risks);
  expect(t.title).toBe(bad.title);
  const ours = warnings.filter((w) => w.includes('--ke-accent'));
  expect(ours).toHaveLength(1);
  await expectNoAxeViolations(page, 'themed page');
  const next = page.locator('#t #ke-next');
  await expect(next, 'the main action wears the clinic\'s ::part(primary)').toHaveCSS('box-shadow', 'rgb(61, 26, 94) 0px 2px 0px 0px');
  await page.locator('#t .ke-figure').press('End');
  // At the last step the main action is the way to the clinic: still primary, it says so, and
  // it takes the patient to the contact block.
  await expect(next).toHaveText('Next steps ↓');
  await expect(next).not.toHaveAttribute('aria-disabled', /.*/);
  await expect(next, 'at the last step Next stays the main action').toHaveCSS('box-shadow', 'rgb(61, 26, 94) 0px 2px 0px 0px');
  await next.click();
  await expect(page.locator('#t .ke > .ke-cta')).toBeFocused();
  await expect(page.locator('#t .ke > .ke-cta')).toBeInViewport();
});

test('in a sandboxed frame on another origin (Wix and similar), with dist/ served with ACAO *', async ({ page }) => {
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(m.text()); });
  const crossOrigin = [];
  page.on('response', (r) => { if (/127\.0\.0\.1.*(embed\.js|_bg\.wasm|lang-es\.txt)/.test(r.url())) crossOrigin.push(r.headers()['access-control-allow-origin']); });
  await page.goto('/fixtures/sandboxed.html');
  const frame = page.frameLocator('#custom-code');
  await live(frame);
  const first = await frame.locator('#ke-step-title').innerText();
  await frame.getByRole('button', { name: 'Siguiente' }).click();
  await expect(frame.locator('#ke-step-title')).not.toHaveText(first);
  expect(crossOrigin, 'embed.js, the wasm and the Spanish words came from the widget host, allowed by ACAO *').toEqual(['*', '*', '*']);
  expect(problems).toEqual([]);
});
