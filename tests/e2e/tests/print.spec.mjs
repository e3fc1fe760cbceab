// "Print summary" on a long clinic page prints the view's handout alone, from a hidden frame,
// and leaves the host page as it was. The browser's own print of the page is tested in access.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { SHOTS, live } from './helpers.mjs';
import { standInPrinterInPage } from './stand-ins.mjs';

const standInPrinter = (page) => page.addInitScript(standInPrinterInPage);

/** The frame's copy laid out as paper: what the printer would have made of it (its text, and
 *  its pages as a Letter PDF, kept as target/e2e/print-frame-<name>.pdf to look at). */
async function onPaper(browser, printed, name) {
  const paper = await browser.newPage();
  await paper.setContent('<!DOCTYPE html><html lang="en"><body><div id="h"></div></body></html>');
  await paper.evaluate(({ markup, css }) => {
    const root = document.getElementById('h').attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = markup;
  }, printed);
  await paper.emulateMedia({ media: 'print' });
  const text = await paper.evaluate(() => document.getElementById('h').shadowRoot.querySelector('.ke').innerText);
  const pictures = await paper.evaluate(() => [...document.getElementById('h').shadowRoot.querySelectorAll('.ke-print-pictures svg')]
    .map((svg) => {
      const r = svg.getBoundingClientRect();
      // The visit picture's dose line, as printed: only the labels that show.
      const dose = [...svg.querySelectorAll('[class^="tr-dose-"]')].filter((g) => getComputedStyle(g).display !== 'none')
        .map((g) => g.textContent.trim());
      return { focus: svg.dataset.focus, width: r.width, height: r.height, dose };
    }));
  // Every word in a printed picture, at its printed size (px at 96 per inch; 8 pt = 10.67 px),
  // and whether each step's title stands on its own line (its words start below it).
  const onPage = await paper.evaluate(() => {
    const root = document.getElementById('h').shadowRoot;
    const words = [...root.querySelectorAll('svg text')].filter((t) => t.getBoundingClientRect().width > 0 && getComputedStyle(t).visibility !== 'hidden')
      .map((t) => ({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * t.closest('svg').getScreenCTM().a }))
      .filter((w) => w.text);
    const titles = [...root.querySelectorAll('.ke-print-steps li')].map((li) => {
      const title = li.querySelector('strong').getBoundingClientRect();
      const range = document.createRange();
      range.setStart(li.querySelector('strong').nextSibling || li, 0);
      const after = range.getBoundingClientRect();
      return after.top >= title.bottom - 1;
    });
    const brief = root.querySelector('.ke-print > .ke-print-brief');
    return { words, titlesOwnLine: titles.every(Boolean) && titles.length > 0, briefFirst: !!brief && brief.previousElementSibling?.tagName === 'H2' };
  });
  mkdirSync(SHOTS, { recursive: true });
  const pdf = await paper.pdf({ path: `${SHOTS}/print-frame-${name}.pdf`, format: 'Letter' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  await paper.close();
  return { text, pages, pictures, ...onPage };
}

/** The ten-page host page at laptop size, its printer stood in for; console problems recorded. */
async function openLongPage(page) {
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(m.text()); });
  await standInPrinter(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/fixtures/long-page.html');
  return { problems, widget: page.locator('#w') };
}

test('Print summary prints the handout alone and leaves the host page as it was', async ({ page, browser }) => {
  const { problems, widget } = await openLongPage(page);
  await live(widget);
  const compare = widget.getByRole('tab', { name: /compare/i });
  await compare.click();
  await expect(compare).toHaveAttribute('aria-selected', 'true'); // its steps load first
  const title = await widget.locator('#ke-step-title').innerText();
  await widget.locator('#ke-print').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => [document.body.innerHTML, scrollX, scrollY]);
  await widget.locator('#ke-print').click();
  await expect.poll(() => page.evaluate(() => window.__printed.length)).toBe(1);
  const printed = (await page.evaluate(() => window.__printed))[0];
  expect(printed.documentText, 'the frame holds none of the host page').not.toContain('HOST-TEXT');
  expect(printed.markup).not.toContain('HOST-TEXT');

  const { text, pages, words, titlesOwnLine, briefFirst } = await onPaper(browser, printed, 'compare');
  // The handout opens with the brief, boxed; each step title on its own line; every word in a
  // printed picture at 8 pt or more.
  expect(briefFirst).toBe(true);
  expect(titlesOwnLine).toBe(true);
  expect(words.length).toBeGreaterThan(5);
  expect(words.filter((w) => w.px < 10.6), 'words printed under 8 pt').toEqual([]);
  expect(text, 'the handout names the view\'s steps').toContain(title);
  expect(text, 'and its risks').toMatch(/risk/i);
  expect(text).not.toContain('HOST-TEXT');
  expect(pages, 'printed pages').toBeGreaterThanOrEqual(1);
  expect(pages, 'printed pages').toBeLessThanOrEqual(2);

  // Once printing ends the frame is gone and the page is as it was.
  await expect(page.locator('iframe')).toHaveCount(0);
  const after = await page.evaluate(() => [document.body.innerHTML, scrollX, scrollY]);
  expect(after, 'the host page, its scroll position included').toEqual(before);
  expect(problems, 'no console errors (a CSP refusal would show here)').toEqual([]);
});

test('the treatment handout: its steps and pictures, the ticked questions first, risks, sources, the clinic, on 1–2 pages', async ({ page, browser }) => {
  const { problems, widget } = await openLongPage(page);
  const tab = widget.getByRole('tab', { name: 'Your treatment' });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await widget.locator('.ke-dot').last().click();
  await widget.getByRole('checkbox', { name: 'When can I drive after a dose?' }).check();
  await widget.locator('#ke-print').click();
  await expect.poll(() => page.evaluate(() => window.__printed.length)).toBe(1);
  const { text, pages, pictures, words } = await onPaper(browser, (await page.evaluate(() => window.__printed))[0], 'treatment');
  expect(words.filter((w) => w.px < 10.6), 'words printed under 8 pt').toEqual([]);
  for (const step of ['Your treatment in brief', 'Who it is for', 'The visit, hour by hour', 'A course of treatment', 'After the course', 'Therapy with ketamine']) {
    expect(text, 'the handout holds every step').toContain(step);
  }
  // The time strip, the calendar and the side effects against placebo, each drawn, and their numbers.
  expect(pictures.map((p) => p.focus)).toEqual(['visit', 'course', 'effects']);
  expect(pictures[0].dose, 'a clinic giving both forms: the dose names both').toEqual(['The dose: IV or spray']);
  expect(pictures.every((p) => p.width > 100 && p.height > 100), JSON.stringify(pictures)).toBe(true);
  expect(text).toMatch(/41 in 100[^.]*9 in 100/);
  // The ticked question first, the others after it.
  const questions = text.slice(text.indexOf('☑'));
  expect(questions.startsWith('☑ When can I drive after a dose?'), questions.slice(0, 80)).toBe(true);
  expect(questions.indexOf('☐ Is ketamine treatment right for me?')).toBeGreaterThan(0);
  expect(text).toMatch(/boxed warning/i);
  expect(text).toContain('North Clinic');
  expect(text).toMatch(/Sources|References/);
  expect(pages, 'printed pages').toBeGreaterThanOrEqual(1);
  expect(pages, 'printed pages').toBeLessThanOrEqual(2);
  expect(problems).toEqual([]);
});

test('printed before any other words have loaded, the first view\'s handout still carries the questions and the sources', async ({ page, browser }) => {
  const { problems, widget } = await openLongPage(page);
  await live(widget);
  await widget.locator('#ke-print').click();
  await expect.poll(() => page.evaluate(() => window.__printed.length)).toBe(1);
  const { text } = await onPaper(browser, (await page.evaluate(() => window.__printed))[0], 'ketamine-first');
  expect(text).toContain('☐ Is ketamine treatment right for me?');
  expect(text).toContain('References');
  expect(text).toMatch(/Berman RM/);
  // Every risk, the rest's label not printed.
  expect(text).toContain('The benefit often fades');
  expect(text).not.toMatch(/more risks/);
  expect(problems).toEqual([]);
});

test('every view\'s handout carries the questions to ask, the ticked ones first', async ({ page, browser }) => {
  const { problems, widget } = await openLongPage(page);
  await live(widget);
  // Ticked in the treatment view, printed from other views: ticked first.
  const tab = widget.getByRole('tab', { name: 'Your treatment' });
  await tab.click();
  // The view's words load first: until it is selected, the dots are still the Ketamine view's
  // (under a busy core the last dot once went there, and the view then opened at its first step).
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await widget.locator('.ke-dot').last().click();
  await widget.getByRole('checkbox', { name: 'When can I drive after a dose?' }).check();
  for (const [i, name] of [[0, 'SSRI'], [1, 'Ketamine']].values()) {
    const other = widget.getByRole('tab', { name, exact: true });
    await other.click();
    await expect(other).toHaveAttribute('aria-selected', 'true');
    await widget.locator('#ke-print').click();
    await expect.poll(() => page.evaluate(() => window.__printed.length)).toBe(i + 1);
    const { text } = await onPaper(browser, (await page.evaluate(() => window.__printed))[i], name.toLowerCase());
    const questions = text.slice(text.indexOf('☑'));
    expect(questions.startsWith('☑ When can I drive after a dose?'), `${name}: ${questions.slice(0, 80)}`).toBe(true);
    expect(questions).toContain('☐ Is ketamine treatment right for me?');
  }
  expect(problems).toEqual([]);
});

for (const [program, dose] of [['iv', 'The IV drip'], ['esketamine', 'The spray']]) {
  test(`a clinic giving ${program} only: its printed visit picture names that dose alone`, async ({ page, browser }) => {
    await standInPrinter(page);
    await page.goto(`/fixtures/program-one.html?program=${program}`);
    const widget = page.locator('ketamine-explainer');
    await expect(widget.locator('.ke-stage .ke-svg')).toBeVisible();
    await widget.locator('#ke-print').click();
    await expect.poll(() => page.evaluate(() => window.__printed.length)).toBe(1);
    const { pictures } = await onPaper(browser, (await page.evaluate(() => window.__printed))[0], `treatment-${program}`);
    expect(pictures[0].focus).toBe('visit');
    expect(pictures[0].dose).toEqual([dose]);
  });
}
