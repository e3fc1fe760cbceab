// Every patient: axe at every step in both languages, at 1200 and 320 px and with reduced
// motion; keyboard only; no JavaScript; read aloud; the printed handout.
import { test, expect } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';
import { openWidget, totalSteps, expectNoAxeViolations, standInVoice, SHOTS, showView } from './helpers.mjs';

import { VIEWS, PAGES, runningAnimationCount, liveTimers, frames } from './measure.mjs';

const runningAnimations = (page) => page.evaluate(runningAnimationCount);

for (const [lang, path] of Object.entries(PAGES)) {
  for (const width of [1200, 320]) {
    test(`axe: every step of every view, ${lang}, ${width} px`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: 900 });
      const problems = await openWidget(page, '', path);
      for (const view of VIEWS) {
        await showView(page, view);
        const total = await totalSteps(page);
        for (let i = 1; i <= total; i++) {
          await expectNoAxeViolations(page, `${lang} ${width}px ${view} ${i}`);
          if (i < total) await page.locator('#ke-next').click();
        }
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    });
  }
}

test('axe and stillness with reduced motion: no animation runs at any step', async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openWidget(page);
  const running = () => runningAnimations(page);
  for (const view of VIEWS) {
    await showView(page, view);
    const total = await totalSteps(page);
    for (let i = 1; i <= total; i++) {
      expect(await running(), `${view} ${i}: running animations`).toBe(0);
      await expectNoAxeViolations(page, `reduced motion ${view} ${i}`);
      if (i < total) await page.locator('#ke-next').click();
    }
  }
  expect(await page.evaluate(liveTimers), 'no frame loop while idle').toBe(0);
});

test('the widget\'s own Reduce motion toggle stops all motion', async ({ page }) => {
  await openWidget(page, '#ketamine/4');
  const running = () => runningAnimations(page);
  await expect.poll(running, { message: 'the release step animates' }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Reduce motion' }).click();
  await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
  expect(await running()).toBe(0);
  await showView(page, 'snow');
  await expect(page.getByRole('button', { name: 'Let them walk' }), 'snow shows still frames').toBeVisible();
  await page.evaluate(frames, 12);
  expect(await page.evaluate(liveTimers), 'and runs no frame loop').toBe(0);
});

test('keyboard only: every view start to end, then the clinic contact and the references', async ({ page }) => {
  await openWidget(page);
  const focused = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el ? (el.id || el.textContent.trim().slice(0, 40)) : '';
  });
  const tabTo = async (want, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if ((await focused()).startsWith(want)) return;
    }
    throw new Error(`Tab never reached ${want}`);
  };
  await tabTo('ke-tab-ketamine');
  for (const [i, view] of VIEWS.entries()) {
    if (i > 0) {
      await page.keyboard.press('ArrowRight'); // focus moves along the tabs…
      await expect(page.locator(`#ke-tab-${view}`)).toBeFocused();
      await page.keyboard.press('Enter'); // …and Enter opens one
    }
    await expect(page.locator(`#ke-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Tab'); // into the picture
    const total = await totalSteps(page);
    for (let s = 1; s < total; s++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.ke-count')).toContainText(`${total} of ${total}`);
    await page.keyboard.press('Shift+Tab'); // back to the tab list
  }
  await tabTo('Call');
  await expect(page.locator('.ke > .ke-cta')).toContainText('Riverside Mood Clinic');
  await tabTo('References');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ke-references')).toHaveAttribute('open', '');
  await expect(page.locator('.ke-references li').first()).toBeVisible();
});

test('every picture says what it is: a caption under it, on screen and on paper, heard once', async ({ page }) => {
  const problems = await openWidget(page);
  const captions = { ketamine: /close-up of where two brain cells meet, not to scale/, treatment: /typical treatment/, ssri: /cells deep in the brain/, compare: /not to scale/, snow: /picture of an idea/ };
  for (const [view, words] of Object.entries(captions)) {
    await showView(page, view);
    const caption = page.locator('.ke-caption, .ke-snow-caption');
    await expect(caption).toHaveCount(1);
    await expect(caption).toBeVisible();
    await expect(caption).toHaveText(words);
    // Once in the accessibility tree: as text after the picture, not also in its description.
    const text = await caption.innerText();
    const tree = await page.locator('ketamine-explainer').ariaSnapshot();
    expect(tree.split(text.slice(0, 30)).length - 1, `${view}: the caption is heard once`).toBe(1);
    const described = await page.locator('.ke-figure').getAttribute('aria-describedby');
    for (const id of (described || '').split(' ').filter(Boolean)) {
      await expect(page.locator(`#${id}`)).not.toContainText(text.slice(0, 30));
    }
  }
  // On paper: the step's picture keeps its caption, and each handout picture has its own.
  await showView(page, 'treatment');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ke-print-figure figcaption')).toHaveText(['A visit, hour by hour', 'A course, week by week', 'Side effects: the spray against a placebo spray']);
  await expect(page.locator('.ke-print-figure figcaption').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await showView(page, 'ketamine');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ke-stage .ke-caption')).toBeVisible();
  expect(problems).toEqual([]);
});

test('the risk panel: the most serious first, the rest behind one labelled control that All risks opens', async ({ page }) => {
  const problems = await openWidget(page);
  const panel = page.locator('.ke-risk-area .ke-risks').first();
  await expect(panel.locator('> ul > li').first(), 'the boxed warning leads').toContainText('boxed warning');
  await expect(panel.locator('> ul > li')).toHaveCount(4);
  const more = panel.locator('details.ke-risks-more');
  await expect(more.locator('summary')).toHaveText('11 more risks');
  await expect(more.locator('li').first()).toBeHidden();
  // By keyboard, as a native disclosure: Enter opens it.
  await more.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(more.locator('li').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(more.locator('li').first()).toBeHidden();
  // "All risks" in the dock opens every panel's rest and takes focus there.
  await page.locator('#ke-all-risks').click();
  await expect(page.locator('.ke-risk-area')).toBeFocused();
  await expect(more.locator('li').last()).toBeVisible();
  await expect(more.locator('li').last()).toContainText('fades');
  await expectNoAxeViolations(page, 'risk panel, all open');
  // Paper has no control: the handout shows every risk, without the control's label.
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.ke-print .ke-risks li');
  await expect(printed).toHaveCount(15);
  await expect(printed.last()).toBeVisible();
  await expect(printed.last()).toContainText('fades');
  await expect(page.locator('.ke-print .ke-risks summary')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  expect(problems).toEqual([]);
});

test('without JavaScript the page still gives every step title and the risks', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const text = await page.locator('ketamine-explainer').innerText();
  for (const title of ['Brain cells and their branches', 'The SSRI covers the pump', 'Why try something else?', 'Old paths in the snow', 'When the effect fades']) {
    expect(text).toContain(title);
  }
  expect(text).toContain('Risks of ketamine and esketamine');
  expect(text).toContain('Boxed warning');
  const staticHtml = readFileSync('../../dist/static-en.html', 'utf8');
  const titles = [...staticHtml.matchAll(/<h4>([^<]+)<\/h4>/g)].map((m) => m[1]);
  expect(titles.length).toBeGreaterThan(30);
  await context.close();
});

test('read aloud speaks the narration sentence by sentence and stops on a step change', async ({ page }) => {
  await standInVoice(page);
  await openWidget(page);
  const read = page.getByRole('button', { name: 'Read aloud' });
  await read.click();
  await expect(page.locator('.ke-sentence.reading')).toHaveCount(1);
  const said = (await page.evaluate(() => window.__spoken)).filter((s) => s.text);
  expect(said.length).toBeGreaterThanOrEqual(3);
  expect(said[0]).toEqual({ text: 'Ketamine is for depression that 2 or more other medicines have not helped.', lang: 'en' });
  const before = await page.evaluate(() => window.__spoken.length);
  await page.locator('#ke-next').click();
  await expect(page.locator('.ke-sentence.reading')).toHaveCount(0);
  expect((await page.evaluate(() => window.__spoken)).slice(before).some((s) => s.cancel), 'a step change stops the reading').toBe(true);
  await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
});

test('read aloud is offered only when the browser has a voice', async ({ page }) => {
  await openWidget(page);
  const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
  await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(voices > 0 ? 1 : 0);
});

for (const view of ['ketamine', 'compare']) {
  test(`prints a one-to-two page handout of the ${view} view`, async ({ page }) => {
    await openWidget(page, `#${view}/1`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ke-print')).toBeVisible();
    await expect(page.locator('.ke-controls')).toBeHidden();
    mkdirSync(SHOTS, { recursive: true });
    const pdf = await page.pdf({ path: `${SHOTS}/handout-${view}.pdf`, format: 'Letter', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    expect(pages, 'handout pages').toBeGreaterThanOrEqual(1);
    expect(pages, 'handout pages').toBeLessThanOrEqual(2);
  });
}
