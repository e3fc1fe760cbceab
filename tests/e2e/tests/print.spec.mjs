// "Print summary" on a long clinic page prints the view's handout alone, from a hidden frame,
// and leaves the host page as it was. The browser's own print of the page is tested in access.
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { SHOTS } from './helpers.mjs';

/** Stands in for the printer: the first time the page reads a frame's window, its print() is
 *  replaced by one that keeps a copy of what the frame holds (its document's text, the widget
 *  markup in its shadow root, the stylesheet text) and then ends "printing" like a browser. */
function standInPrinter(page) {
  return page.addInitScript(() => {
    window.__printed = [];
    const get = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get() {
        const w = get.call(this);
        if (w && !w.__standIn) {
          w.__standIn = true;
          w.print = () => {
            const host = w.document.body.firstElementChild;
            const sheets = host.shadowRoot.adoptedStyleSheets;
            window.__printed.push({
              documentText: w.document.documentElement.textContent,
              markup: host.shadowRoot.innerHTML,
              css: sheets.flatMap((s) => Array.from(s.cssRules, (r) => r.cssText)).join('\n'),
            });
            setTimeout(() => w.dispatchEvent(new Event('afterprint')), 50);
          };
        }
        return w;
      },
    });
  });
}

test('Print summary prints the handout alone and leaves the host page as it was', async ({ page, browser }) => {
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(m.text()); });
  await standInPrinter(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/fixtures/long-page.html');
  const widget = page.locator('#w');
  await expect(widget.locator('.ke-svg')).toBeVisible();
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

  // The frame's copy, laid out as paper: what the printer would have made of it.
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
  expect(text, 'the handout names the view\'s steps').toContain(title);
  expect(text, 'and its risks').toMatch(/risk/i);
  expect(text).not.toContain('HOST-TEXT');
  mkdirSync(SHOTS, { recursive: true });
  const pdf = await paper.pdf({ path: `${SHOTS}/print-frame-compare.pdf`, format: 'Letter' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages, 'printed pages').toBeGreaterThanOrEqual(1);
  expect(pages, 'printed pages').toBeLessThanOrEqual(2);
  await paper.close();

  // Once printing ends the frame is gone and the page is as it was.
  await expect(page.locator('iframe')).toHaveCount(0);
  const after = await page.evaluate(() => [document.body.innerHTML, scrollX, scrollY]);
  expect(after, 'the host page, its scroll position included').toEqual(before);
  expect(problems, 'no console errors (a CSP refusal would show here)').toEqual([]);
});
