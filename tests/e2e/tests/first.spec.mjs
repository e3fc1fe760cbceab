// The first screen before the wasm (issue 34): drawn from HTML and CSS (first-<lang>.js) as soon as
// the widget nears the screen, the same boxes the wasm then draws, taken over with no layout shift,
// and a tap made meanwhile not lost. The wasm is held back by the test, so "before" is certain.
import { test, expect } from '@playwright/test';
import { SHOTS, stepCount } from './helpers.mjs';
import { FIRST_SCREEN_PARTS, partBoxes } from './measure.mjs';

const SIZES = { phone: { width: 375, height: 740 }, laptop: { width: 1280, height: 800 } };

/** Holds every request for the wasm until `release()`. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  return release;
}

/** Counts layout shifts on the page from its start (the widget's shadow DOM included). */
const countShifts = (page) => page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__shifts.push(e.value)))
    .observe({ type: 'layout-shift', buffered: true });
});

/** Each part's box in the widget, and the widget's own height. */
const boxes = (page) => page.evaluate(partBoxes, FIRST_SCREEN_PARTS);

const first = (page) => page.locator('[data-ke-first]');
const live = (page) => page.locator('.ke-host:not([data-ke-first])');

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`${size}: the first screen is drawn before the wasm, which takes it over without moving a box`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await countShifts(page);
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(first(page).locator('.ke-text')).toBeVisible();
    await expect(first(page).locator('#ke-step-title')).toHaveText('Ketamine in brief');
    await expect(live(page)).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/first-screen-${size}.png` });
    const before = await boxes(page);
    release();
    await expect(live(page).locator('.ke-text')).toBeVisible();
    await expect(first(page)).toHaveCount(0);
    expect(await boxes(page), 'the same boxes, drawn by the wasm').toEqual(before);
    // Each shift entry is recorded by the time the next frame is painted.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => window.__shifts), 'no layout shift').toEqual([]);
  });
}

/** Does `act` on the first screen while the wasm is held, lets the wasm in, and checks that the
 *  live widget went on to step 2 with focus on `focused`, as the patient left it. */
async function notLost(page, act, focused) {
  const release = await holdWasm(page);
  await page.goto('/');
  await act(first(page));
  release();
  await expect(live(page)).toHaveCount(1);
  await expect(stepCount(page)).toHaveText(/^Step 2 of/);
  await expect(page.locator(focused), 'focus where the patient left it').toBeFocused();
}

test('a tap on Next on the first screen is not lost: the live widget takes it', async ({ page }) => {
  await notLost(page, (screen) => screen.locator('#ke-next').click(), '#ke-next');
});

test('an arrow key pressed on the first screen\'s picture is not lost either', async ({ page }) => {
  await notLost(page, async (screen) => {
    await screen.locator('.ke-figure').focus();
    await page.keyboard.press('ArrowRight');
  }, '.ke-figure');
});

/** A page whose one widget plays by itself (data-autoplay), served by the test. */
const PLAYING = '/fixtures/playing-by-itself.html';
const playing = (page) => page.route(`**${PLAYING}`, (route) => route.fulfill({ contentType: 'text/html',
  body: '<!DOCTYPE html><html lang="en"><head><script type="module" src="/embed.js"></script></head>'
    + '<body><ketamine-explainer data-autoplay></ketamine-explainer></body></html>' }));

for (const [what, path] of [['opens at another step', '/#ketamine/3'], ['plays by itself', PLAYING]]) {
  test(`a page that ${what} draws no first screen that the wasm would change`, async ({ page }) => {
    await playing(page);
    const release = await holdWasm(page);
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const glue = page.waitForRequest(/ketamine-explainer-[0-9a-f]+\.js$/);
    await page.goto(path);
    // first-en.js loads the widget (it pins its files), so it comes first; a first screen, if it
    // drew one, would be on screen before the widget's files are asked for.
    await glue;
    expect(asked.filter((p) => /\/first-[a-z]+\.js$/.test(p)), 'first-en.js, for the widget\'s files').toHaveLength(1);
    await expect(page.locator('[data-ke-first]'), 'no first screen is drawn').toHaveCount(0);
    release();
    await expect(live(page)).toHaveCount(1);
    if (path === PLAYING) await expect(page.locator('#ke-play')).toHaveText(/Pause/);
    else await expect(stepCount(page)).toHaveText(/^Step 3 of/);
  });
}
