// "Check the facts" after a view's last step (issue 36): one tap answers and shows this guide's
// answer, why, and the way back to the step that says it; no score; keyboard and screen readers
// get native buttons that say whether they are chosen (aria-pressed), and one announcement; nothing is stored or sent; on a phone it is
// all readable and tappable, clear of the dock.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, mountEach, openWidget, record, stepCount, stepTitle } from './helpers.mjs';

const check = (page) => page.locator('.ke-check');
const question = (page, ask) => check(page).getByRole('group', { name: ask });

test('the last step asks three questions; an answer shows this guide\'s, why, and the step that says it', async ({ page }) => {
  const problems = await openWidget(page, '#ketamine/13');
  await expect(check(page).getByRole('heading', { name: 'Check the facts' })).toBeVisible();
  await expect(check(page).getByRole('group')).toHaveCount(3);
  const q = question(page, 'After one dose of ketamine, how long does the effect usually last?');
  await expect(q.locator('.ke-option')).toHaveCount(3);
  await expect(q.locator('.ke-option[aria-pressed="false"]')).toHaveCount(3);
  await expect(q.locator('.ke-why')).toHaveCount(0); // nothing said before an answer
  await q.getByRole('button', { name: 'A few hours' }).click();
  await expect(q.getByRole('button', { name: 'A few hours' })).toHaveAttribute('aria-pressed', 'true');
  await expect(q.locator('.ke-why')).toContainText('What this guide says: The effect is often strongest after about a day');
  await expect(q.locator('.ke-option.answer')).toContainText("About a week This guide's answer");
  // Said once to screen readers, from a region of its own (the step's words are not read again).
  await expect(check(page).locator('[aria-live]')).toHaveText(/^This guide's answer: About a week\. What this guide says: The effect/);
  // No score, no verdict: the same words whatever was chosen; an answer can be changed.
  await expect(check(page)).not.toContainText(/wrong|correct|score: |of 3/i);
  const said = await q.locator('.ke-why').innerText();
  await q.getByRole('button', { name: /^About a week/ }).click();
  await expect(q.locator('.ke-why')).toHaveText(said);
  await expect(q.getByRole('button', { name: 'A few hours' })).toHaveAttribute('aria-pressed', 'false');
  await expect(q.getByRole('button', { name: /^About a week/ })).toHaveAttribute('aria-pressed', 'true');
  // The way back: the step that says it, with the patient's place on its picture.
  await q.getByRole('button', { name: 'See the step: Feeling better, then fading' }).click();
  await expect(stepTitle(page)).toHaveText('Feeling better, then fading');
  await expect(stepCount(page)).toContainText('12 of 13');
  await expect(page.locator('.ke-figure')).toBeFocused();
  expect(problems).toEqual([]);
});

test('the printed summary carries the facts checked, in the order answered, after the questions to ask; a reload clears them', async ({ page }) => {
  await openWidget(page, '#ketamine/13');
  await question(page, /^How sure are scientists/).getByRole('button', { name: 'They still debate it' }).click();
  await question(page, /^After one dose/).getByRole('button', { name: 'A few hours' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ke-print-checks').locator('xpath=preceding-sibling::h3[1]')).toHaveText('Facts I checked');
  expect(await page.locator('.ke-print-checks li').allInnerTexts()).toEqual([
    "How sure are scientists about how ketamine works in the brain? I chose: They still debate it. This guide's answer: They still debate it.",
    "After one dose of ketamine, how long does the effect usually last? I chose: A few hours. This guide's answer: About a week.",
  ]);
  const order = await page.locator('.ke-print').evaluate((p) => [...p.querySelectorAll('.ke-print-questions, .ke-print-checks')].map((e) => e.className));
  expect(order.at(-1), 'after the questions to ask').toBe('ke-print-checks');
  expect(order.length).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(check(page).getByRole('group')).toHaveCount(3);
  await expect(check(page).locator('[aria-pressed="true"]')).toHaveCount(0);
  await expect(page.locator('.ke-print-checks')).toHaveCount(0);
  expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
});

test('keyboard only: Tab reaches each option, Enter or Space answers; axe finds nothing', async ({ page }) => {
  await openWidget(page, '#ssri/10');
  const q = question(page, 'How long does an SSRI usually take to reach its full effect?');
  await q.locator('.ke-option').first().focus();
  await page.keyboard.press('Tab');
  await expect(q.getByRole('button', { name: '1 to 2 weeks' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q.getByRole('button', { name: '1 to 2 weeks' })).toHaveAttribute('aria-pressed', 'true');
  await expect(q.locator('.ke-why')).toContainText('the full effect often takes 4 to 8 weeks or more');
  await page.keyboard.press('Tab');
  await page.keyboard.press(' '); // Space on the next option changes the answer
  await expect(q.getByRole('button', { name: /^4 to 8 weeks or more/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab'); // on to the way back, then the next question's options
  await expect(q.getByRole('button', { name: /^See the step: / })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(question(page, /boxed warning/).locator('.ke-option').first()).toBeFocused();
  await expectNoAxeViolations(page, 'ssri: check the facts, one answered');
});

test('an IV-only clinic\'s treatment questions say nothing of the spray; answers are not stored or sent', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  await mountEach(page, [['iv', { program: 'iv', view: 'treatment' }]]);
  const iv = page.locator('#iv');
  await iv.locator('.ke-figure').press('End');
  await expect(iv.locator('.ke-check').getByRole('group')).toHaveCount(3);
  await expect(iv.locator('.ke-check')).not.toContainText(/spray/i);
  const before = asked.length;
  await iv.getByRole('group', { name: 'After an IV drip, may you drive yourself home?' }).locator('.ke-option').last().click();
  await expect(iv.locator('.ke-why')).toContainText('someone else drives you home');
  expect(asked.slice(before), 'an answer asks for nothing').toEqual([]);
  expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
});

test('data-check="off": no questions after the last step; a value it does not know warns once and keeps them', async ({ page }) => {
  const seen = record(page);
  await mountEach(page, [['off', { check: 'off', view: 'compare' }], ['odd', { check: 'maybe', view: 'compare' }]]);
  for (const id of ['off', 'odd']) await page.locator(`#${id} .ke-figure`).press('End');
  await expect(page.locator('#odd .ke-check').getByRole('group')).toHaveCount(3);
  await expect(page.locator('#off #ke-cta')).toBeVisible(); // its last step is drawn
  await expect(page.locator('#off .ke-check')).toHaveCount(0);
  expect(seen.warnings.filter((w) => w.includes('data-check'))).toEqual(['ketamine-explainer: data-check="maybe" is not on or off; using on']);
});

for (const [width, height] of [[375, 740], [360, 640]]) {
  test(`phone ${width} × ${height}: every question and explanation readable, clear of the dock, 44 px rows`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openWidget(page, '#compare/8');
    for (const group of await check(page).getByRole('group').all()) await group.locator('.ke-option').first().click();
    await expect(check(page).locator('.ke-why')).toHaveCount(3);
    await check(page).scrollIntoViewIfNeeded();
    const boxes = await page.evaluate(() => {
      const root = document.querySelector('ketamine-explainer').shadowRoot;
      const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right }; };
      return {
        check: box(root.querySelector('.ke-check')),
        dock: box(root.querySelector('.ke-dock')),
        rows: [...root.querySelectorAll('.ke-option')].map((o) => o.getBoundingClientRect().height),
        wide: document.documentElement.scrollWidth,
      };
    });
    expect(boxes.check.top, 'the check starts below the dock (never under it)').toBeGreaterThanOrEqual(boxes.dock.bottom);
    expect(boxes.check.right).toBeLessThanOrEqual(width);
    expect(boxes.wide, 'nothing scrolls sideways').toBeLessThanOrEqual(width);
    expect(Math.min(...boxes.rows), 'each option a 44 px row to tap').toBeGreaterThanOrEqual(44);
    // The dock does not follow the patient down over the questions: scrolled to the last one,
    // it is off screen.
    await check(page).locator('.ke-why').last().scrollIntoViewIfNeeded();
    const dockTop = await page.locator('.ke-dock').evaluate((d) => d.getBoundingClientRect().top);
    const lastWhy = await check(page).locator('.ke-why').last().evaluate((w) => w.getBoundingClientRect().bottom);
    expect(dockTop < 0 || dockTop >= lastWhy, 'the dock covers no explanation').toBe(true);
  });
}
