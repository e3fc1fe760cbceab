// The stepping screen, measured from the real layout (no pixel snapshots): on a phone, two small
// phones and a laptop (SIZES in measure.mjs), in English and Spanish, at every step of every
// view, a patient sees the picture, the step title and Next on one screen; the picture is a fair
// share of it; every label in the
// picture is large enough, inside the picture and clear of the others. Screenshots of each step
// go to target/e2e/steps/<size>-<view>-NN.png, and -NN-es.png in Spanish (look at them).
import { test, expect } from '@playwright/test';
import { openWidget, totalSteps, SHOTS, showView } from './helpers.mjs';
import { VIEWS, PAGES, SIZES, measureStage, labelProblems, stageProblems } from './measure.mjs';
import { mkdirSync } from 'node:fs';

/** Walks every step of every view; `check` gets the view, the step number and the geometry. */
async function walk(page, path, check, views = VIEWS) {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // each step's end state, at once
  const problems = await openWidget(page, '', path);
  for (const view of views) {
    await showView(page, view);
    const total = await totalSteps(page);
    for (let i = 1; i <= total; i++) {
      await page.locator('.ke-figure').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await check(view, i, await page.evaluate(measureStage));
      if (i < total) await page.locator('#ke-next').click();
    }
  }
  expect(problems).toEqual([]);
}

for (const [size, s] of Object.entries(SIZES)) {
  for (const [lang, path] of Object.entries(PAGES)) {
    test(`stepping screen, ${size} ${s.width}×${s.height}, ${lang}: picture, title and Next on one screen, labels legible`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: s.width, height: s.height });
      mkdirSync(`${SHOTS}/steps`, { recursive: true });
      const failures = [];
      await walk(page, path, async (view, i, m) => {
        failures.push(...stageProblems(`${lang} ${view} ${i}`, m, s));
        // What the patient has on screen: the picture at the top, the dock at the bottom.
        const suffix = lang === 'en' ? '' : `-${lang}`;
        await page.screenshot({ path: `${SHOTS}/steps/${size}-${view}-${String(i).padStart(2, '0')}${suffix}.png`, animations: 'disabled' });
      });
      expect(failures).toEqual([]);
    });
  }
}

for (const width of [320, 768]) {
  for (const [lang, path] of Object.entries(PAGES)) {
    test(`labels at ${width} px, ${lang}: legible, inside the picture, no overlaps, no sideways scroll`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: 800 });
      const failures = [];
      await walk(page, path, async (view, i, m) => {
        failures.push(...labelProblems(m, 12).map((p) => `${lang} ${width}px ${view} ${i}: ${p}`));
        if (m.scrollWidth > 0) failures.push(`${lang} ${width}px ${view} ${i}: the page scrolls sideways by ${m.scrollWidth} px`);
      });
      expect(failures).toEqual([]);
    });
  }
}

// A clinic that gives one form sees that form's steps (and, with data-kap, its own therapy
// step): each must fit the same screens as the default's.
for (const [size, s] of Object.entries(SIZES)) {
  test(`stepping screen, ${size}: each programme's own treatment steps fit, en and es`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: s.width, height: s.height });
    const failures = [];
    for (const program of ['iv', 'esketamine&kap']) {
      for (const lang of ['en', 'es']) {
        await walk(page, `/fixtures/program-one.html?program=${program}&lang=${lang}`, async (view, i, m) => {
          failures.push(...stageProblems(`${lang} ${program} ${view} ${i}`, m, s));
        }, ['treatment']);
      }
    }
    expect(failures).toEqual([]);
  });
}
