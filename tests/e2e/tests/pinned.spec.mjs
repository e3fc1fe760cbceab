// Every file the widget loads is pinned by a hash, back to the one in the clinic's snippet
// (issue 35): a host whose copy of any file was changed gets the widget's fallback, or for a
// language file its English, with one message naming the file; nothing added to a file runs
// or shows. serve.mjs changes the file a page's ?tamper=<part> names.
import { test, expect } from '@playwright/test';
import { live, record } from './helpers.mjs';
import { tamperedForASecond } from './measure.mjs';

const ours = (messages) => messages.filter((m) => m.startsWith('ketamine-explainer:'));

/** Reads `window.__tampered` every 50 ms for a second: what a changed file would set if it ran. */
async function nothingRan(page) {
  expect(await page.evaluate(tamperedForASecond), 'code added to a file ran').toEqual([]);
}

test('the snippet with its integrity hash, every file as built: the widget runs, with no message', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/pinned.html');
  await expect(page.locator('script[src="/embed.js"]')).toHaveAttribute('integrity', /^sha384-[\w+/]{64}$/);
  await live(page.locator('#en'));
  await page.locator('#en #ke-next').click();
  await expect(page.locator('#en .ke-count')).toContainText('2 of');
  expect(seen.errors).toEqual([]);
  expect(seen.warnings).toEqual([]);
});

for (const [part, file] of [['glue', /ketamine-explainer-[0-9a-f]+\.js: missing or changed/], ['first', /first-en\.js\?sha384-\S+: missing or changed/], ['wasm', /_bg\.wasm: missing or changed/]]) {
  test(`a changed ${part} file: the snippet's text and booking link, one error naming the file, nothing of it runs`, async ({ page }) => {
    const seen = record(page);
    await page.goto(`/fixtures/pinned.html?tamper=${part}`);
    const widget = page.locator('#en');
    await expect(widget.getByText('If it does not show here, call us at')).toBeVisible();
    await expect(widget.getByRole('link', { name: 'Book a visit' })).toBeVisible();
    await expect.poll(() => ours(seen.errors).length).toBe(1);
    expect(ours(seen.errors)[0]).toMatch(file);
    await nothingRan(page);
    expect(ours(seen.errors), 'one message').toHaveLength(1);
    await expect(widget.locator('.ke-svg')).toHaveCount(0);
  });
}

test('a changed language file: one warning names it, the widget shows English, nothing of the file shows', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/es.html?tamper=es');
  const widget = page.locator('ketamine-explainer');
  await live(widget);
  await expect(widget.locator('#ke-next')).toContainText('Next');
  await expect.poll(() => ours(seen.warnings).length).toBe(1);
  expect(ours(seen.warnings)[0]).toMatch(/could not load .*lang-es\.txt\?v=\S+ \(.*lang-es\.txt\S*: missing or changed\); showing English$/);
  await expect(widget.locator('.ke-tampered')).toHaveCount(0);
  // The English file the widget turns to is the build's own: its pictures show, with nothing added.
  await expect(widget.locator('.ke-svg')).toBeVisible();
  expect(ours(seen.errors)).toEqual([]);
});

test('a changed lang-en.txt: the views it brings stay closed, one warning names it, nothing of it shows', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/pinned.html?tamper=en');
  const widget = page.locator('#en');
  await live(widget);
  const first = await widget.locator('#ke-step-title').innerText();
  await widget.locator('#ke-tab-compare').click(); // a deferred view: its steps come with lang-en.txt
  await expect.poll(() => ours(seen.warnings).length).toBe(1);
  expect(ours(seen.warnings)[0]).toMatch(/could not load .*lang-en\.txt\?v=\S+ \(.*lang-en\.txt\S*: missing or changed\); those views stay closed$/);
  await expect(widget.locator('#ke-tab-compare')).toHaveAttribute('aria-selected', 'false');
  await expect(widget.locator('.ke-tampered')).toHaveCount(0);
  // The widget still answers the patient, with what it carries.
  await widget.locator('#ke-next').click();
  await expect(widget.locator('#ke-step-title')).not.toHaveText(first);
  expect(ours(seen.errors)).toEqual([]);
});

test('a CSP from before the files were pinned (no blob:): the element\'s text stays, one error names blob:', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/no-blob.html');
  await expect(page.getByText("The widget's text, for visitors whose browser cannot run it.")).toBeVisible();
  await expect.poll(() => ours(seen.errors).length).toBe(1);
  expect(ours(seen.errors)[0]).toContain('script-src blob:');
  await expect(page.locator('#c .ke-svg')).toHaveCount(0);
});
