// "What matters to you" (issue 36): on the treatment view's step before the questions, each
// statement rated with one tap on one short scale (native buttons that say whether they are
// chosen); nothing added up or suggested; the ratings go into the printed summary in the order
// rated, after the questions to ask and before the facts checked; nothing stored or sent; the
// clinic can turn it off; on a phone every point is a 44 px target clear of the dock, and on a
// laptop the step still fits beside its picture (the statements follow the dock, as the check).
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, mountEach, openWidget, record, screenshot, stepCount, stepTitle } from './helpers.mjs';

const WORDS = {
  en: {
    title: 'What matters to you',
    scale: ['Matters a lot', 'Matters some', 'Matters little or not at all', 'Not sure yet'],
    soon: 'How soon a treatment might start to help me',
    cost: 'What I would have to pay myself, after insurance',
  },
  es: {
    title: 'Lo que le importa a usted',
    scale: ['Me importa mucho', 'Me importa algo', 'Me importa poco o nada', 'Todavía no lo sé'],
    soon: 'Qué tan pronto podría empezar a ayudarme un tratamiento',
    cost: 'Lo que tendría que pagar de mi bolsillo, después de lo que cubra el seguro',
  },
};
const VALUES_STEP = '#treatment/10';
const values = (page) => page.locator('.ke-values');
const statement = (page, words) => values(page).getByRole('group', { name: words });
/** Rates the statement `words` at `point` with one tap, and waits until it shows as chosen. */
async function rate(page, words, point) {
  const button = statement(page, words).getByRole('button', { name: point, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

for (const lang of ['en', 'es']) {
  test(`${lang}: six statements, one scale each; a rating can be changed; nothing says which is right`, async ({ page }) => {
    const w = WORDS[lang];
    const problems = await openWidget(page, VALUES_STEP, lang === 'es' ? '/fixtures/es.html' : '/');
    await expect(stepTitle(page)).toHaveText(w.title);
    await expect(values(page).getByRole('group')).toHaveCount(6);
    for (const group of await values(page).getByRole('group').all()) {
      expect(await group.getByRole('button').allInnerTexts()).toEqual(w.scale);
    }
    await expect(values(page).locator('[aria-pressed="true"]')).toHaveCount(0);
    await rate(page, w.soon, w.scale[0]);
    await rate(page, w.soon, w.scale[3]);
    await expect(statement(page, w.soon).locator('[aria-pressed="true"]')).toHaveCount(1);
    // No answer, score or suggestion comes of a rating.
    await expect(page.locator('.ke-why, .ke-option-tag')).toHaveCount(0);
    await screenshot(page, `steps/values-${lang}-laptop`);
    expect(problems).toEqual([]);
  });
}

test('the printed summary lists the ratings in the order given, between the questions and the facts checked; a reload clears them', async ({ page }) => {
  const w = WORDS.en;
  await openWidget(page, VALUES_STEP);
  await rate(page, w.cost, 'Matters a lot');
  await rate(page, w.soon, 'Matters some');
  await rate(page, w.cost, 'Not sure yet'); // changed: it moves to the end
  await page.locator('#ke-next').click();
  await page.locator('.ke-questions input').first().check();
  await page.locator('.ke-check .ke-option').first().click();
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.ke-print-values');
  await expect(printed.locator('xpath=preceding-sibling::h3[1]')).toHaveText('What matters to me');
  expect(await printed.locator('li').allInnerTexts()).toEqual([`Matters some: ${w.soon}`, `Not sure yet: ${w.cost}`]);
  const order = await page.locator('.ke-print').evaluate((p) =>
    [...p.querySelectorAll('.ke-print-questions, .ke-print-values, .ke-print-checks')].map((e) => e.className));
  expect(order.filter((c) => c !== 'ke-print-questions').length, 'one list of each').toBe(2);
  expect(order.lastIndexOf('ke-print-questions'), 'after the questions to ask').toBe(order.indexOf('ke-print-values') - 1);
  expect(order.at(-1), 'before the facts checked').toBe('ke-print-checks');
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await page.locator('.ke-figure').waitFor();
  await expect(values(page).locator('[aria-pressed="true"]')).toHaveCount(0);
  await expect(page.locator('.ke-print-values')).toHaveCount(0);
});

test('keyboard only: Tab walks the points, Space or Enter rates; axe finds nothing; nothing stored or sent', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  await openWidget(page, VALUES_STEP);
  const before = asked.length;
  const first = values(page).getByRole('group').first();
  await first.getByRole('button').first().focus();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Matters some', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first.getByRole('button', { name: 'Matters some', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(first.getByRole('button', { name: 'Matters little or not at all' })).toHaveAttribute('aria-pressed', 'true');
  await expect(first.getByRole('button', { name: 'Matters some', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // past "Not sure yet", on to the next statement
  await expect(values(page).getByRole('group').nth(1).getByRole('button').first()).toBeFocused();
  await expectNoAxeViolations(page, 'treatment: what matters to you, one rated');
  expect(asked.slice(before), 'a rating asks for nothing').toEqual([]);
  expect(await page.evaluate(async () => [document.cookie, localStorage.length, sessionStorage.length, (await indexedDB.databases()).length]))
    .toEqual(['', 0, 0, 0]);
});

test('data-values="off": no such step; a value it does not know warns once and keeps it', async ({ page }) => {
  const seen = record(page);
  await mountEach(page, [['off', { values: 'off', view: 'treatment' }], ['odd', { values: 'maybe', view: 'treatment' }]]);
  for (const id of ['off', 'odd']) await page.locator(`#${id} .ke-figure`).press('End');
  await expect(page.locator('#odd .ke-count')).toContainText('11 of 11');
  await expect(page.locator('#off .ke-count')).toContainText('10 of 10');
  await page.locator('#odd .ke-figure').press('ArrowLeft');
  await expect(page.locator('#odd #ke-step-title')).toHaveText('What matters to you');
  await page.locator('#off .ke-figure').press('ArrowLeft');
  await expect(page.locator('#off #ke-step-title')).toHaveText('Therapy with ketamine'); // the step before it
  await expect(page.locator('#off .ke-values')).toHaveCount(0);
  expect(seen.warnings.filter((w) => w.includes('data-values'))).toEqual(['ketamine-explainer: data-values="maybe" is not on or off; using on']);
});

for (const [width, height, perRow] of [[375, 740, 2], [360, 640, 2], [1280, 800, 4]]) {
  test(`${width} × ${height}: every point a 44 px target, ${perRow} to a row, after the dock and clear of it, nothing sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openWidget(page, VALUES_STEP);
    await expect(stepCount(page)).toContainText('10 of 11');
    await rate(page, WORDS.en.cost, 'Matters little or not at all');
    await values(page).scrollIntoViewIfNeeded();
    const boxes = await page.evaluate(() => {
      const root = document.querySelector('ketamine-explainer').shadowRoot;
      const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY, right: r.right, width: r.width, height: r.height }; };
      return {
        points: [...root.querySelectorAll('.ke-values .ke-option')].map(box),
        values: box(root.querySelector('.ke-values')),
        dock: box(root.querySelector('.ke-dock')),
        wide: document.documentElement.scrollWidth,
      };
    });
    expect(boxes.points).toHaveLength(24);
    expect(Math.min(...boxes.points.map((p) => p.height)), '44 px tall').toBeGreaterThanOrEqual(44);
    expect(Math.min(...boxes.points.map((p) => p.width)), 'at least 120 px wide').toBeGreaterThanOrEqual(120);
    const rows = new Set(boxes.points.map((p) => Math.round(p.top)));
    expect(rows.size, `${perRow} points to a row`).toBe(24 / perRow);
    expect(boxes.values.top, 'the statements start below the dock (never under it)').toBeGreaterThanOrEqual(boxes.dock.bottom);
    expect(Math.max(...boxes.points.map((p) => p.right))).toBeLessThanOrEqual(width);
    expect(boxes.wide, 'nothing scrolls sideways').toBeLessThanOrEqual(width);
    // The dock does not follow the patient down over the statements.
    await values(page).locator('.ke-option').last().scrollIntoViewIfNeeded();
    const dockTop = await page.locator('.ke-dock').evaluate((d) => d.getBoundingClientRect().top);
    const last = await values(page).locator('.ke-option').last().evaluate((o) => o.getBoundingClientRect().bottom);
    expect(dockTop < 0 || dockTop >= last, 'the dock covers no point').toBe(true);
    await screenshot(page, `steps/values-en-${width}`);
  });
}
