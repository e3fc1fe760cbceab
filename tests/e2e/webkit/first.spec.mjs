// WebKit (the iPhone's engine): the first screen drawn from HTML before the wasm (issue 34), with
// the wasm held back by the test server (?hold-wasm, released by the test), so "before" is
// certain; then taken over by the live widget with every box in place, and a tap on Next made
// meanwhile not lost. The same lines as tests/first.spec.mjs, through WebDriver (webkit.mjs).
import { test, expect, SITE } from './webkit.mjs';
import { FIRST_SCREEN_PARTS, partBoxes } from '../tests/measure.mjs';

const SIZES = { phone: { width: 375, height: 740 }, laptop: { width: 1280, height: 800 } };

const firstScreen = () => !!document.querySelector('ketamine-explainer').shadowRoot?.querySelector('[data-ke-first] .ke-text');
const liveWidget = () => {
  const root = document.querySelector('ketamine-explainer').shadowRoot;
  return !!root.querySelector('.ke-svg') && !root.querySelector('[data-ke-first]');
};
const wasmLoaded = () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm'));

/** Opens the preview with its wasm held under `key`, and waits for the first screen. */
async function openHeld(wk, key, size) {
  await wk.open(`/?hold-wasm=${key}`, { ...SIZES[size], wait: false });
  await wk.until('the first screen is drawn', firstScreen);
  await wk.frames(2);
  expect(await wk.run(wasmLoaded), 'the wasm is still held').toBe(false);
}
const release = (key) => fetch(`${SITE}/__release-wasm?${key}`);

for (const size of Object.keys(SIZES)) {
  test(`WebKit ${size}: the first screen is drawn before the wasm, which takes it over without moving a box`, async ({ webkit: wk }) => {
    const key = `webkit-boxes-${size}-${Date.now()}`;
    await openHeld(wk, key, size);
    expect(await wk.text('#ke-step-title')).toBe('Ketamine in brief');
    await wk.shot(`first-screen-${size}`);
    const before = await wk.run(partBoxes, FIRST_SCREEN_PARTS);
    await release(key);
    await wk.until('the live widget has taken over', liveWidget);
    await wk.frames(2);
    expect(await wk.run(partBoxes, FIRST_SCREEN_PARTS), 'the same boxes, drawn by the wasm').toEqual(before);
    expect(await wk.problems()).toEqual([]);
  });
}

test('WebKit: a tap on Next on the first screen is not lost: the live widget takes it', async ({ webkit: wk }) => {
  const key = `webkit-tap-${Date.now()}`;
  await openHeld(wk, key, 'phone');
  await wk.click('#ke-next');
  expect(await wk.run(firstScreen), 'the tap was on the first screen').toBe(true);
  await release(key);
  await wk.until('the live widget has taken over', liveWidget);
  await wk.until('it is at step 2', () =>
    /^Step 2 of/.test(document.querySelector('ketamine-explainer').shadowRoot.querySelector('.ke-count').textContent));
  expect(await wk.problems()).toEqual([]);
});
