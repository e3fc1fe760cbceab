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
