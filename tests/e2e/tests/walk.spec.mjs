// A patient walks every step of every view, by mouse and by keyboard. Each step is screenshotted
// to target/e2e/steps/<view>-NN.png and scanned with axe-core.
import { test, expect } from '@playwright/test';
import { openWidget, stepTitle, totalSteps, screenshot, expectNoAxeViolations, showView } from './helpers.mjs';
import { VIEWS } from './measure.mjs';


test('loads, Next changes the step, URL hash follows, no console problems', async ({ page }) => {
  const problems = await openWidget(page);
  const first = await stepTitle(page).innerText();
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(stepTitle(page)).not.toHaveText(first);
  await expect(page).toHaveURL(/#ketamine\/2$/);
  await screenshot(page, 'first-next');
  await expectNoAxeViolations(page, 'after Next');
  expect(problems).toEqual([]);
});

for (const view of VIEWS) {
  test(`walks every ${view} step by mouse, screenshot and axe at each`, async ({ page }) => {
    const problems = await openWidget(page);
    await showView(page, view);
    const total = await totalSteps(page);
    const titles = [];
    for (let i = 1; i <= total; i++) {
      await expect(page.locator('.ke-count')).toContainText(`${i} of ${total}`);
      titles.push(await stepTitle(page).innerText());
      if (view !== 'snow') await expect(page.locator('.ke-figure .ke-svg')).toHaveAttribute('data-step', new RegExp(`^${view}-`));
      await screenshot(page, `steps/${view}-${String(i).padStart(2, '0')}`);
      await expectNoAxeViolations(page, `${view} step ${i}`);
      if (i < total) await page.getByRole('button', { name: /Next/ }).click();
    }
    expect(new Set(titles).size, 'each step has its own title').toBe(total);
    expect(problems).toEqual([]);
  });

  test(`walks every ${view} step by keyboard only`, async ({ page }) => {
    await openWidget(page, `#${view}/1`);
    const total = await totalSteps(page);
    await page.locator('.ke-figure').focus();
    for (let i = 2; i <= total; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.ke-count')).toContainText(`${i} of ${total}`);
    }
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.ke-count')).toContainText(`${total} of ${total}`);
    await page.keyboard.press('Home');
    await expect(page.locator('.ke-count')).toContainText(`1 of ${total}`);
    await page.keyboard.press('End');
    await expect(page.locator('.ke-count')).toContainText(`${total} of ${total}`);
    await expect(page).toHaveURL(new RegExp(`#${view}/${total}$`));
  });
}

test('a linked step opens on reload', async ({ page }) => {
  await openWidget(page, '#ssri/4');
  await expect(page.locator('.ke-count')).toContainText('4 of');
  await page.reload();
  await expect(page.locator('.ke-count')).toContainText('4 of');
  await expect(page.getByRole('tab', { name: 'SSRI' })).toHaveAttribute('aria-selected', 'true');
});

test('Space plays, autoplay advances, and the Tab key reaches the controls', async ({ page }) => {
  await page.clock.install();
  await openWidget(page);
  await page.locator('.ke-figure').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('#ke-play')).toHaveText('Pause');
  await page.clock.runFor(25_000);
  await expect(page.locator('.ke-count')).toContainText('2 of');
  await page.keyboard.press('Space');
  await expect(page.locator('#ke-play')).toHaveText('Play');
});

test('narrow phone (320 px): nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await openWidget(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'narrow-320');
  await expectNoAxeViolations(page, '320 px');
});

test('narrow phone (320 px): the tab row shows there are more tabs, and touch, wheel or keys get there', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const problems = await openWidget(page);
  const row = page.locator('.ke-tabs');
  const snow = page.locator('#ke-tab-snow');
  await expect(snow).not.toBeInViewport({ ratio: 1 });
  // The cue: scroll shadows (two that stay at the edges, two covers that travel with the tabs
  // and hide a shadow at its end), so it shows exactly where there is more, in every engine.
  const look = await row.evaluate((r) => { const s = getComputedStyle(r); return { attach: s.backgroundAttachment, images: (s.backgroundImage.match(/linear-gradient/g) || []).length, overflow: r.scrollWidth - r.clientWidth }; });
  expect(look).toEqual({ attach: 'local, local, scroll, scroll', images: 4, overflow: look.overflow });
  expect(look.overflow, 'the row has more to show').toBeGreaterThan(40);
  // A finger or a wheel scrolls the row itself.
  await row.hover();
  await page.mouse.wheel(200, 0);
  await expect.poll(() => row.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
  await row.evaluate((r) => { r.scrollLeft = 0; });
  // By keyboard: End moves focus to the last tab, which scrolls into view.
  await page.locator('#ke-tab-ketamine').focus();
  await page.keyboard.press('End');
  await expect(snow).toBeFocused();
  await expect(snow).toBeInViewport({ ratio: 0.95 });
  await expectNoAxeViolations(page, '320 px, tab row scrolled');
  expect(problems).toEqual([]);
});

test('a deferred view and More detail bring the rest of the words, in one request', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => { if (/lang-en\.txt/.test(r.url())) asked.push(r.url()); });
  const problems = await openWidget(page);
  expect(asked, 'an English page starts with the words it compiles in').toEqual([]);
  // More detail on the first step: its words arrive with the whole language.
  await page.locator('.ke-more summary').click();
  await expect(page.locator('.ke-more p')).toContainText('Response means symptoms dropped by half or more');
  await expect(page.locator('.ke-more p')).not.toHaveAttribute('aria-busy', 'true');
  // A deferred view opens at once now, with its picture.
  await showView(page, 'compare');
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(page.locator('[data-entity="results"]')).toBeVisible();
  expect(asked, 'lang-en.txt is fetched once').toHaveLength(1);
  expect(problems).toEqual([]);
});

test('the sources come with the rest of the words when a patient first opens them', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => { if (/lang-en\.txt/.test(r.url())) asked.push(r.url()); });
  const problems = await openWidget(page);
  const sources = page.locator('.ke-sources');
  await sources.locator('summary').click();
  await expect(sources.locator('li').first()).toContainText(/\d{4}/);
  await expect(sources.locator('ul')).not.toHaveAttribute('aria-busy', 'true');
  const all = page.locator('.ke-references');
  await all.locator('summary').click();
  await expect(all.locator('li').first()).toBeVisible();
  expect(await all.locator('li').count(), 'every reference').toBeGreaterThan(20);
  expect(asked, 'lang-en.txt is fetched once').toHaveLength(1);
  expect(problems).toEqual([]);
});

test('if the rest of the words cannot load, the view stays closed and one warning names the file', async ({ page }) => {
  await page.route(/lang-en\.txt/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const problems = await openWidget(page);
  const first = await stepTitle(page).innerText();
  await page.locator('#ke-tab-compare').click();
  // The browser's own lines for the failed load (its status, the integrity check it then fails) aside.
  const ours = () => problems.filter((p) => !/Failed to load resource|integrity/.test(p));
  await expect.poll(ours).toEqual([
    expect.stringMatching(/^warning: ketamine-explainer: could not load .*lang-en\.txt.*those views stay closed$/),
  ]);
  await expect(page.locator('#ke-tab-compare')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('#ke-tab-compare')).toHaveAttribute('aria-selected', 'false');
  await expect(stepTitle(page)).toHaveText(first);
  // The widget still answers the patient.
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(stepTitle(page)).not.toHaveText(first);
});
