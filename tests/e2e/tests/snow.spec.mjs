// The snow-paths view as a patient uses it: the live picture runs only while it can be seen,
// places can be added by button or tap, and reduced motion shows still frames.
import { test, expect } from '@playwright/test';
import { openWidget, screenshot, expectNoAxeViolations } from './helpers.mjs';
import { canvasFingerprint, liveTimers, frames } from './measure.mjs';

const live = (page) => page.evaluate(liveTimers);
const canvasSignature = (page) => page.evaluate(canvasFingerprint);

test('the live picture runs only while the snow view is shown, visible and on screen', async ({ page }) => {
  const problems = await openWidget(page, '#snow/1');
  await expect.poll(() => live(page), { message: 'one animation loop while shown' }).toBe(1);
  const first = await canvasSignature(page);
  await expect.poll(() => canvasSignature(page)).not.toBe(first);

  await page.evaluate(() => { Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange')); });
  await expect.poll(() => live(page), { message: 'no frames while the tab is hidden' }).toBe(0);
  await page.evaluate(() => { Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    document.dispatchEvent(new Event('visibilitychange')); });
  await expect.poll(() => live(page)).toBe(1);

  await page.setViewportSize({ width: 1000, height: 300 });
  await page.evaluate(() => { document.body.style.paddingBottom = '4000px'; });
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => live(page), { message: 'no frames while scrolled off screen' }).toBe(0);
  await page.mouse.wheel(0, -3000);
  await expect.poll(() => live(page)).toBe(1);

  await page.locator('#ke-tab-ketamine').click();
  await expect.poll(() => live(page), { message: 'leaving the view stops the loop' }).toBe(0);
  expect(problems).toEqual([]);
});

test('places are added by button and by tap; the description says what changed', async ({ page }) => {
  const problems = await openWidget(page, '#snow/3');
  const places = page.locator('.ke-place');
  await expect(places).toHaveCount(3);
  await page.getByRole('button', { name: 'Lake' }).click();
  await expect(places).toHaveCount(4);
  const lake = page.getByRole('button', { name: 'Lake' });
  await expect(lake).toBeDisabled();
  // Chosen, not greyed out: a tick, the ink's colour, a tinted face (an unused one is white).
  await expect(lake).toHaveText('✓ Lake');
  const look = (b) => b.evaluate((el) => { const s = getComputedStyle(el); return [s.color, s.backgroundColor]; });
  const [[usedInk, usedFace], [freeInk, freeFace]] = [await look(lake), await look(page.getByRole('button', { name: 'Park' }))];
  expect(usedInk, 'the used place keeps full-contrast ink').toBe('rgb(31, 41, 51)');
  expect(usedFace).not.toBe(freeFace);
  expect(freeInk).not.toBe(usedInk);
  // A tap low on the field, with the field on screen (as a patient sees it).
  await page.locator('.ke-places').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await page.locator('.ke-places').boundingBox();
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.85);
  await expect(places).toHaveCount(5);
  await expect(page.locator('.ke-places')).toContainText('New place');
  await page.getByRole('button', { name: /Next/ }).click(); // practice
  await expect(page.locator('.ke-snow-now')).toContainText(/Lake/, { timeout: 15_000 });
  await screenshot(page, 'snow-practice-with-places');
  expect(problems).toEqual([]);
});

test('reduced motion: still frames, no animation frames while idle, an advance button', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems = await openWidget(page, '#snow/1');
  await expect(page.getByRole('button', { name: 'Let them walk' }), 'the still frame is up').toBeVisible();
  expect(await live(page)).toBe(0);
  const before = await canvasSignature(page);
  await page.evaluate(frames, 36); // a running loop would have drawn 36 times
  expect(await canvasSignature(page), 'nothing moves by itself').toBe(before);
  await page.getByRole('button', { name: 'Let them walk' }).click();
  await expect.poll(() => canvasSignature(page)).not.toBe(before);
  for (let step = 1; step <= 5; step++) {
    await expect(page.locator('.ke-count')).toContainText(`${step} of 5`);
    await screenshot(page, `steps/snow-still-${String(step).padStart(2, '0')}`);
    await expectNoAxeViolations(page, `snow still ${step}`);
    expect(await live(page)).toBe(0);
    if (step < 5) await page.locator('.ke-figure').press('ArrowRight');
  }
  expect(problems).toEqual([]);
});

/** In the page: how dark the painted field is along the line between two places (cells of the
 *  96 × 96 field), as mean relative luminance of the darkest path-coloured pixel near each
 *  point (bluish greys only: a walker's brown dot or white ring is not a path). */
function pathLuminance([a, b]) {
  const src = document.querySelector('ketamine-explainer').shadowRoot.querySelector('.ke-snow canvas');
  const copy = document.createElement('canvas');
  copy.width = src.width; copy.height = src.height;
  const ctx = copy.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(src, 0, 0);
  const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
  const cell = copy.width / 96;
  const lum = (r, g, bl) => [r, g, bl].map((c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
    .reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
  let sum = 0; let n = 0;
  for (let t = 0.2; t <= 0.801; t += 0.05) {
    const [x, y] = [(a[0] + (b[0] - a[0]) * t + 0.5) * cell, (a[1] + (b[1] - a[1]) * t + 0.5) * cell];
    let darkest = 1;
    for (let dy = -2 * cell; dy <= 2 * cell; dy += 2) {
      for (let dx = -2 * cell; dx <= 2 * cell; dx += 2) {
        const i = (Math.round(y + dy) * copy.width + Math.round(x + dx)) * 4;
        if (data[i + 2] >= data[i]) darkest = Math.min(darkest, lum(data[i], data[i + 1], data[i + 2]));
      }
    }
    sum += darkest; n++;
  }
  return sum / n;
}

test('the still picture shows what each step says: fresh snow lightens the old paths, practice darkens the new', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems = await openWidget(page, '#snow/1');
  const [home, work, store, friend, park] = [[14, 75], [82, 75], [48, 14], [12, 21], [84, 20]];
  const old = async () => Promise.all([[home, work], [home, store], [work, store]].map((p) => page.evaluate(pathLuminance, p)));
  await expect(page.locator('.ke-snow-now')).toContainText(/Deep paths/);
  const worn = await old();
  await page.locator('#ke-next').click(); // fresh snow
  await expect(page.locator('.ke-count')).toContainText('2 of 5');
  await expect.poll(async () => Math.min(...(await old()).map((l, i) => (l + 0.05) / (worn[i] + 0.05))), 'each old path at least 3:1 lighter')
    .toBeGreaterThanOrEqual(3);
  await page.locator('#ke-next').click(); // new places: add two by their buttons
  await page.getByRole('button', { name: 'A friend' }).click();
  await page.getByRole('button', { name: 'Park' }).click();
  await page.locator('#ke-next').click(); // practice
  await expect(page.locator('.ke-count')).toContainText('4 of 5');
  await expect.poll(async () => {
    const fresh = await page.evaluate(pathLuminance, [friend, park]);
    return Math.min(...(await old())) - fresh;
  }, 'the new places\' path is clearly the darkest').toBeGreaterThan(0.1);
  expect(problems).toEqual([]);
});
