// "Your treatment" as each clinic's patient meets it: the page's programme picks the form's
// steps (the other form named in a line at most), the question list works by keyboard and is
// heard as checkboxes, and the printed summary puts the ticked questions first.
import { test, expect } from '@playwright/test';
import { mountEach, openWidget, showView, stepTitle } from './helpers.mjs';

/** The words of every step of the treatment view of widget `id`, walking it with Next. */
async function walkWords(page, id) {
  const w = page.locator(`#${id}`);
  await expect(w.locator('.ke-figure .ke-svg')).toHaveAttribute('data-scene', 'treatment');
  const count = await w.locator('.ke-count').innerText();
  const total = Number(count.match(/(\d+)\D+(\d+)/)[2]);
  const words = [];
  for (let i = 0; i < total; i++) {
    words.push(await w.locator('.ke-narration').innerText());
    if (i < total - 1) await w.locator('#ke-next').click();
  }
  return { total, words: words.join('\n') };
}

test('each programme shows its own form and only names the other', async ({ page }) => {
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(m.text()); });
  await page.goto('/fixtures/program.html');
  const iv = await walkWords(page, 'iv');
  expect(iv.total).toBe(11);
  expect(iv.words).toContain('This clinic gives ketamine by IV drip');
  expect(iv.words).toContain('about 6 drips over 2 to 3 weeks');
  expect(iv.words).not.toContain('twice a week for weeks 1 to 4');
  expect(iv.words).not.toContain('This clinic gives esketamine');
  const spray = await walkWords(page, 'spray');
  expect(spray.words).toContain('This clinic gives esketamine');
  expect(spray.words).toContain('twice a week for weeks 1 to 4');
  expect(spray.words).not.toContain('This clinic gives ketamine by IV');
  expect(spray.words).toContain('This clinic offers talk therapy with ketamine');
  const both = await walkWords(page, 'both');
  expect(both.words).toContain('by IV drip or as esketamine');
  expect(both.words).toContain('Some clinics pair ketamine with talk therapy');
  expect(problems).toEqual([]);
});

test("each programme's visit picture names its own dose", async ({ page }) => {
  await page.goto('/fixtures/program.html');
  for (const [id, own] of [['iv', 'The IV drip'], ['spray', 'The spray'], ['both', 'The dose: IV or spray']]) {
    const w = page.locator(`#${id}`);
    await expect(w.locator('.ke-figure .ke-svg')).toHaveAttribute('data-scene', 'treatment');
    for (let i = 0; i < 3; i++) await w.locator('#ke-next').click();
    await expect(w.locator('.ke-figure .ke-svg')).toHaveAttribute('data-step', /^treatment-visit/);
    const doses = ['The IV drip', 'The spray', 'The dose: IV or spray'];
    for (const dose of doses) {
      const label = w.locator('.ke-figure svg text').filter({ hasText: new RegExp(`^${dose}$`) });
      if (dose === own) await expect(label, `${id}: ${dose}`).toBeVisible();
      else await expect(label, `${id}: ${dose}`).toBeHidden();
    }
  }
});

test('the JS API takes the same programme: program and kap', async ({ page }) => {
  await mountEach(page, [['api', { program: 'esketamine', kap: true, view: 'treatment' }]]);
  const api = await walkWords(page, 'api');
  expect(api.words).toContain('This clinic gives esketamine');
  expect(api.words).toContain('This clinic offers talk therapy with ketamine');
  expect(api.words).not.toContain('This clinic gives ketamine by IV');
});

test('a programme the widget does not know: one warning, both forms shown', async ({ page }) => {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'warning') problems.push(m.text()); });
  await page.goto('/fixtures/plain.html');
  await page.evaluate(() => {
    const el = document.createElement('ketamine-explainer');
    el.id = 'odd'; el.dataset.program = 'pills'; el.dataset.view = 'treatment'; el.dataset.load = 'eager';
    document.body.prepend(el);
  });
  const odd = await walkWords(page, 'odd');
  expect(odd.words).toContain('by IV drip or as esketamine');
  expect(problems.filter((p) => p.includes('data-program'))).toEqual([
    'ketamine-explainer: data-program="pills" is not a programme (both, iv, esketamine); using both',
  ]);
});

test('the questions: ticked by keyboard, heard as checkboxes, printed first', async ({ page }) => {
  const problems = await openWidget(page, '#treatment/11');
  await expect(stepTitle(page)).toHaveText('Your questions for the visit');
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(11);
  // A screen reader hears a list named by the step, each a checkbox named by its question.
  await expect(page.getByRole('list', { name: 'Your questions for the visit' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'What will it cost? Will insurance help?' })).not.toBeChecked();
  // By keyboard: Tab to the fourth, Space ticks it.
  await boxes.first().focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(boxes.nth(3)).toBeChecked();
  await boxes.nth(6).click();
  await expect(boxes.nth(6)).toBeChecked();
  // Ticks stay while the patient steps around the view.
  await page.locator('#ke-back').click();
  await page.locator('#ke-next').click();
  await expect(boxes.nth(3)).toBeChecked();
  // The printed summary: ticked questions first, then the rest, each with its box.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('.ke-print-questions li').allInnerTexts();
  expect(printed.slice(0, 2)).toEqual([
    '☑ What will it cost? Will insurance help?',
    '☑ Is talk therapy part of it?',
  ]);
  expect(printed).toHaveLength(11);
  expect(printed.slice(2).every((q) => q.startsWith('☐ '))).toBe(true);
  await expect(page.locator('.ke-print-pictures svg')).toHaveCount(3);
  expect(problems).toEqual([]);
  // Nothing is stored: a reload clears the ticks.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(page.getByRole('checkbox').nth(3)).not.toBeChecked();
  expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
});

test('the treatment view opens from its tab and walks end to end', async ({ page }) => {
  const problems = await openWidget(page);
  await showView(page, 'treatment');
  await expect(stepTitle(page)).toHaveText('Your treatment in brief');
  expect(problems).toEqual([]);
});
