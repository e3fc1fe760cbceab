// Every file the widget loads is pinned by a hash, back to the one in the clinic's snippet
// (issue 35): a host whose copy of any file was changed gets the widget's fallback (the snippet's
// text and booking link), with one message naming the file; nothing added to a file runs or
// shows. (A missing language file gets English: harden.spec, walk.spec.) serve.mjs changes the
// file a page's ?tamper=<part> names.
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

/** Both widgets of pinned.html show their snippet's text and booking link, nothing else. */
async function bothFellBack(page) {
  for (const [id, book] of [['#en', 'Book a visit'], ['#es', 'Pedir una cita']]) {
    const widget = page.locator(id);
    await expect(widget.locator('p').first()).toBeVisible();
    await expect(widget.getByRole('link', { name: book })).toBeVisible();
    await expect(widget.locator('.ke-host, [data-ke-first], .ke-tampered')).toHaveCount(0);
  }
}

test('a changed lang-es.txt: every widget on the page shows its snippet, one error names the file, nothing of it runs or shows', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/pinned.html?tamper=es');
  await expect.poll(() => ours(seen.errors).length).toBe(1);
  expect(ours(seen.errors)[0]).toMatch(/lang-es\.txt\?v=\S+ is not this release's file \(changed where it is served\); showing the page's own text\.$/);
  await bothFellBack(page);
  await nothingRan(page);
  expect(ours(seen.errors), 'one message').toHaveLength(1);
  expect(ours(seen.warnings)).toEqual([]);
});

test('a changed lang-en.txt: the widget steps until it is asked for, then every widget shows its snippet, one error names it', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/pinned.html?tamper=en');
  const widget = page.locator('#en');
  await live(widget);
  await live(page.locator('#es'));
  await widget.locator('#ke-next').click(); // what the wasm carries works without the file
  await expect(widget.locator('.ke-count')).toContainText('2 of');
  await widget.locator('#ke-tab-compare').click(); // a deferred view: its steps come with lang-en.txt
  await expect.poll(() => ours(seen.errors).length).toBe(1);
  expect(ours(seen.errors)[0]).toMatch(/lang-en\.txt\?v=\S+ is not this release's file \(changed where it is served\); showing the page's own text\.$/);
  await bothFellBack(page);
  expect(await page.evaluate(() => window.KetamineExplainerTest.liveTimers()), 'the stepping widget was taken down').toBe(0);
  await nothingRan(page);
  expect(ours(seen.errors), 'one message').toHaveLength(1);
  expect(ours(seen.warnings)).toEqual([]);
});

test('a widget mounted after a changed file was found gets its snippet too', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/pinned.html?tamper=es');
  await expect.poll(() => ours(seen.errors).length).toBe(1);
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.id = 'late';
    late.innerHTML = '<p>The late widget\'s own text.</p><a slot="cta" href="https://book.example/">Book late</a>';
    document.querySelector('main').append(late);
    window.KetamineExplainer.mount(late, { clinicName: 'North Clinic' });
  });
  await expect(page.locator('#late').getByRole('link', { name: 'Book late' })).toBeVisible();
  await expect(page.locator('#late').getByText("The late widget's own text.")).toBeVisible();
  await expect(page.locator('#late .ke-host')).toHaveCount(0);
  expect(ours(seen.errors), 'still one message').toHaveLength(1);
});

test('a CSP from before the files were pinned (no blob:): the element\'s text stays, one error names blob:', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/no-blob.html');
  await expect(page.getByText("The widget's text, for visitors whose browser cannot run it.")).toBeVisible();
  await expect.poll(() => ours(seen.errors).length).toBe(1);
  expect(ours(seen.errors)[0]).toContain('script-src blob:');
  await expect(page.locator('#c .ke-svg')).toHaveCount(0);
});
