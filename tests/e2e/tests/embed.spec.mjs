// Embedding as a clinic does: embed.js + custom element (and the <div> form), under the strict
// CSP, on a hostile host page, with two independent instances.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { SHOTS, live } from './helpers.mjs';
import { liveTimers } from './measure.mjs';

const ORIGIN = 'http://127.0.0.1:8000';

/** Opens a fixture page, recording console problems, CSP violations, requests and events. */
async function openHost(page, path) {
  const seen = { problems: [], requests: [] };
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) seen.problems.push(m.text()); });
  page.on('pageerror', (e) => seen.problems.push(e.message));
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('dialog', (d) => { seen.problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.addInitScript(() => {
    window.__csp = [];
    window.__events = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    for (const name of ['ready', 'step', 'complete', 'contact']) {
      document.addEventListener(`ketamine-explainer:${name}`, (e) =>
        window.__events.push({ name, target: e.target.id, detail: e.detail, composed: e.composed, bubbles: e.bubbles }));
    }
  });
  await page.goto(path);
  return seen;
}

const widget = (page, id) => page.locator(`#${id} .ke`);
const events = (page) => page.evaluate(() => window.__events);

async function shot(page, id, name) {
  mkdirSync(`${SHOTS}/embed`, { recursive: true });
  await live(page.locator(`#${id}`));
  return widget(page, id).screenshot({ path: `${SHOTS}/embed/${name}.png`, animations: 'disabled' });
}

/** Fraction of pixels that differ between two PNGs, measured in a blank page's canvas. */
async function pixelDiff(browser, a, b) {
  const page = await browser.newPage();
  return page.evaluate(async ([a, b]) => {
    const load = async (b64) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const [x, y] = [await load(a), await load(b)];
    if (x.width !== y.width || x.height !== y.height) return 1;
    const data = (img) => { const c = new OffscreenCanvas(img.width, img.height); const g = c.getContext('2d');
      g.drawImage(img, 0, 0); return g.getImageData(0, 0, img.width, img.height).data; };
    const [p, q] = [data(x), data(y)];
    let diff = 0;
    for (let i = 0; i < p.length; i += 4) if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 48) diff++;
    return diff / (p.length / 4);
  }, [a.toString('base64'), b.toString('base64')]);
}

test('a hostile host page changes nothing inside either widget', async ({ page, browser }) => {
  const plain = await browser.newPage();
  await openHost(plain, '/fixtures/plain.html');
  const seen = await openHost(page, '/fixtures/hostile.html');
  for (const id of ['a', 'b']) {
    const diff = await pixelDiff(browser, await shot(plain, id, `plain-${id}`), await shot(page, id, `hostile-${id}`));
    expect(diff, `widget #${id}: share of pixels changed by the host's CSS`).toBeLessThan(0.002);
  }
  // …and the widget changes nothing of the host's.
  const note = page.locator('.host-note');
  await expect(note).toHaveCSS('color', 'rgb(0, 128, 0)');
  await expect(note).toHaveCSS('letter-spacing', '3px');
  expect(seen.problems).toEqual([]);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  // The widget's checked copies of its own files run as blob: URLs of the page's origin.
  expect(seen.requests.filter((u) => !u.startsWith(ORIGIN) && !u.startsWith(`blob:${ORIGIN}/`))).toEqual([]);
  await plain.close();
});

test('two instances are independent, and events name the right element', async ({ page }) => {
  const seen = await openHost(page, '/fixtures/plain.html');
  await expect(page.locator('#a .ke-count')).toContainText('1 of');
  await expect(page.locator('#b .ke-count')).toContainText('1 de');
  let ev = await events(page);
  expect(ev.filter((e) => e.name === 'ready').map((e) => e.target).sort()).toEqual(['a', 'b']);
  expect(ev.find((e) => e.name === 'step' && e.target === 'b').detail).toMatchObject({ view: 'ssri', step: 1 });

  await page.locator('#a').getByRole('button', { name: /Next/ }).click();
  await expect(page.locator('#a .ke-count')).toContainText('2 of');
  await expect(page.locator('#b .ke-count')).toContainText('1 de');
  ev = await events(page);
  const last = ev.at(-1);
  expect(last).toMatchObject({ name: 'step', target: 'a', bubbles: true, composed: true });
  expect(last.detail).toEqual({ view: 'ketamine', step: 2, total: expect.any(Number) });

  await page.locator('#b').getByRole('tab', { name: 'Comparar' }).click();
  await page.locator('#b .ke-figure').press('End');
  ev = await events(page);
  expect(ev.at(-1)).toMatchObject({ name: 'complete', target: 'b', detail: { view: 'compare' } });
  await expect(page.locator('#b .ke > .ke-cta')).toContainText('Clínica del Sur');
  await expect(page.locator('#b .ke > .ke-cta')).toContainText('telesalud');
  await expect(page.locator('#b .ke-title')).toHaveText('Cómo actúan la ketamina y los ISRS en el cerebro');
  await expect(page.locator('#a .ke-count')).toContainText('2 of');

  await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault(), true));
  await page.locator('#a .ke-figure').press('End');
  await page.locator('#a').getByRole('link', { name: /Call/ }).click();
  expect((await events(page)).at(-1)).toMatchObject({ name: 'contact', target: 'a', detail: { kind: 'phone' } });
  await expect(page.locator('#a').getByRole('link', { name: /Call/ })).toHaveAttribute('href', 'tel:5550100101');
  expect(seen.problems).toEqual([]);
});

test('removing a playing widget stops its timers; adding it back works', async ({ page }) => {
  await page.clock.install();
  const seen = await openHost(page, '/fixtures/plain.html');
  const live = () => page.evaluate(liveTimers);
  await expect(page.locator('#b .ke-svg')).toBeVisible();
  expect(await live(), 'nothing runs while both widgets are paused').toBe(0);
  await page.locator('#a').getByRole('button', { name: 'Play' }).click();
  await expect.poll(live).toBe(1);
  await page.clock.runFor(30_000);
  await expect(page.locator('#a .ke-count')).not.toContainText('1 of');

  await page.evaluate(() => { const el = document.getElementById('a'); window.__kept = el; el.remove(); window.__events.length = 0; });
  await expect.poll(live, { message: 'the removed widget left no timer' }).toBe(0);
  await page.clock.runFor(5 * 60_000);
  expect((await events(page)).filter((e) => e.target === 'a')).toEqual([]);

  await page.evaluate(() => document.querySelector('main').append(window.__kept));
  await expect(page.locator('#a .ke-count')).toContainText('1 of');
  await page.locator('#a').getByRole('button', { name: /Next/ }).click();
  await expect(page.locator('#a .ke-count')).toContainText('2 of');
  expect(seen.problems).toEqual([]);
});

test('the JS API mounts and destroys', async ({ page }) => {
  const seen = await openHost(page, '/fixtures/plain.html');
  await expect(page.locator('#a .ke-svg')).toBeVisible();
  await page.evaluate(() => { const el = document.createElement('section'); el.id = 'api'; document.body.append(el);
    window.__h = window.KetamineExplainer.mount(el, { view: 'compare', clinicName: 'API Clinic' }); });
  await expect(page.locator('#api .ke-svg')).toHaveAttribute('data-scene', 'compare');
  await page.evaluate(() => window.__h.destroy());
  await expect(page.locator('#api .ke')).toHaveCount(0);
  expect(seen.problems).toEqual([]);
});

test('script-like configuration renders as inert text, with one warning each', async ({ page }) => {
  const seen = await openHost(page, '/fixtures/inert.html');
  await page.locator('#x .ke-figure').press('End');
  const cta = page.locator('#x .ke > .ke-cta');
  await expect(cta).toContainText('<img src=x onerror=alert(1)>');
  await expect(cta.locator('img')).toHaveCount(0);
  const hrefs = await page.locator('#x a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
  expect(seen.problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
  expect(seen.problems.filter((p) => p.includes('data-clinic-url'))).toHaveLength(1);
  expect(seen.problems.filter((p) => p.includes('data-clinic-name'))).toHaveLength(1);
  expect(seen.problems.filter((p) => p.includes('data-clinic-phone'))).toHaveLength(1);
});
