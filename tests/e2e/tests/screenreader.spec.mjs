// A screen reader's patient (issue 22): focus never falls to the page, each step change is one
// announcement in reading order and nothing speaks while the patient waits, the focusable
// picture has a name and says its description once, and the step dots are one Tab stop.
import { test, expect } from '@playwright/test';
import { openWidget, totalSteps } from './helpers.mjs';
import { VIEWS } from './measure.mjs';


/** Where focus is: inside the widget (through its shadow root), on what, and by what name. */
function whereFocus() {
  const host = document.querySelector('ketamine-explainer');
  const el = host.shadowRoot.activeElement;
  if (!el) return { inside: false, what: document.activeElement?.tagName ?? 'nothing' };
  const byIds = (ids) => ids.split(/\s+/).map((id) => host.shadowRoot.getElementById(id)?.textContent ?? '').join(' ');
  // Its name as a screen reader finds it: a label, or (a button, link or summary) its text.
  const own = ['BUTTON', 'A', 'SUMMARY'].includes(el.tagName) ? el.textContent : '';
  const name = (el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') && byIds(el.getAttribute('aria-labelledby'))) || own).trim();
  return { inside: true, what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`, name };
}

/** Presses `key` and checks that focus stays in the widget on a named element. */
async function pressAndCheck(page, key, where) {
  await page.keyboard.press(key);
  const f = await page.evaluate(whereFocus);
  expect(f.inside, `${where}: after ${key} focus is on ${f.what}`).toBe(true);
  expect(f.name, `${where}: ${f.what} has a name`).not.toBe('');
  return f;
}

/** Opens a view from its tab, by keyboard (focus the current tab, arrows, Enter). */
async function openByKeyboard(page, view) {
  await page.locator('[role=tab][aria-selected=true]').focus();
  for (let i = 0; i < VIEWS.length && !(await page.locator(`#ke-tab-${view}`).evaluate((t) => t.matches(':focus'))); i++) {
    await pressAndCheck(page, 'ArrowRight', `tabs toward ${view}`);
  }
  await pressAndCheck(page, 'Enter', `open ${view}`);
  await expect(page.locator(`#ke-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
}

test('keyboard only: focus never falls to the page, whatever is removed with the old step', async ({ page }) => {
  const problems = await openWidget(page);
  for (const view of VIEWS) {
    await openByKeyboard(page, view);
    const total = await totalSteps(page);
    for (let i = 1; i < total; i++) {
      const at = `${view} ${i}`;
      // Arrow from a glossary word, or from "More detail", where the step has one; else the picture.
      const term = page.locator('.ke-term').first();
      const more = page.locator('.ke-more summary');
      if (i % 3 === 1 && await term.count()) {
        await term.focus();
        await pressAndCheck(page, 'Enter', `${at} glossary word`);
        await expect(page.locator('#ke-def')).toBeVisible();
        await pressAndCheck(page, 'Escape', `${at} glossary Escape`);
        await expect(page.locator('#ke-def')).toBeHidden();
        await term.focus();
      } else if (i % 3 === 2 && await more.count()) {
        await more.focus();
      } else {
        await page.locator('.ke-figure').focus();
      }
      await pressAndCheck(page, 'ArrowRight', `${at} → next`);
      await expect(page.locator('.ke-count')).toContainText(`${i + 1} of ${total}`);
      if (view === 'snow' && await page.locator('.ke-snow-add button').count()) {
        // A place button, once used, stays focusable (it cannot be added twice).
        const friend = page.locator('.ke-snow-add button').first();
        await friend.focus();
        await pressAndCheck(page, 'Enter', `${at} place button`);
        await expect(friend).toHaveAttribute('aria-disabled', 'true');
        await expect(friend).toBeFocused();
      }
    }
    // Next on the last step says what comes next: focus moves to the clinic's contact.
    await page.locator('#ke-next').focus();
    const f = await pressAndCheck(page, 'Enter', `${view} last step, Next`);
    expect(f.what).toContain('#ke-cta');
  }
  // The step dots: one Tab stop, and focus follows the current dot.
  await page.locator('.ke-dot[aria-current]').focus();
  await pressAndCheck(page, 'Home', 'dots Home');
  await expect(page.locator('.ke-dot[tabindex="0"]')).toHaveCount(1);
  await expect(page.locator('.ke-dot[aria-current]')).toBeFocused();
  expect(problems).toEqual([]);
});

/** Records every change to an aria-live region of the widget: one entry per batch of
 *  mutations, with the text of the regions that changed (what a screen reader would say). */
function recordAnnouncements() {
  const root = document.querySelector('ketamine-explainer').shadowRoot;
  window.__said = [];
  const observer = new MutationObserver((records) => {
    const regions = new Set(records.map((r) => (r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest('[aria-live]:not([aria-live=off])')).filter(Boolean));
    const texts = [...regions].map((r) => r.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (texts.length) window.__said.push(texts.join(' | '));
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
}

for (const motion of ['no-preference', 'reduce']) {
  test(`one announcement per step, in reading order, and none while idle (motion: ${motion})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ reducedMotion: motion });
    await page.clock.install();
    const problems = await openWidget(page);
    await page.evaluate(recordAnnouncements);
    for (const view of VIEWS) {
      await page.locator(`#ke-tab-${view}`).click();
      await expect(page.locator(`#ke-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
      const total = await totalSteps(page);
      for (let i = 1; i <= total; i++) {
        if (i > 1) {
          await page.evaluate(() => { window.__said = []; });
          await page.locator('.ke-figure').press('ArrowRight');
          await expect(page.locator('.ke-count')).toContainText(`${i} of ${total}`);
          const said = await page.evaluate(() => window.__said);
          expect(said, `${view} ${i}: one announcement`).toHaveLength(1);
          // In reading order: count, the evidence named as such, title, words, then the note.
          const text = said[0];
          const [count, title, words, note] = await page.evaluate(() => {
            const r = document.querySelector('ketamine-explainer').shadowRoot;
            const t = (s) => r.querySelector(s)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
            return [t('.ke-count'), t('#ke-step-title'), t('.ke-text'), t('.ke-note')];
          });
          expect(text.startsWith(count), `${view} ${i}: starts with the count: ${text.slice(0, 60)}`).toBe(true);
          expect(text).toMatch(/Evidence: /);
          const order = [count, title, words, note].filter(Boolean).map((part) => text.indexOf(part));
          expect(order.every((at, k) => at >= 0 && (k === 0 || at > order[k - 1])), `${view} ${i}: ${order}`).toBe(true);
        }
        // Idle for 30 s (the clock runs ahead): nothing more is said.
        await page.evaluate(() => { window.__said = []; });
        await page.clock.runFor(30_000);
        expect(await page.evaluate(() => window.__said), `${view} ${i}: idle`).toEqual([]);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('the accessibility tree: a named focusable picture, no description repeating its name, one Tab stop for the dots', async ({ page }) => {
  const problems = await openWidget(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  for (const view of VIEWS) {
    await page.locator(`#ke-tab-${view}`).click();
    await expect(page.locator(`#ke-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.ke-count')).toContainText('1 of');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
    const pictures = nodes.filter((n) => !n.ignored && n.role?.value === 'image' && prop(n, 'focusable'));
    expect(pictures, `${view}: one focusable picture`).toHaveLength(1);
    const title = await page.locator('#ke-step-title').innerText();
    expect(pictures[0].name?.value, `${view}: the picture is named by its step`).toBe(title);
    expect(pictures[0].description?.value ?? '', `${view}: and described`).not.toBe('');
    // A description is said after the name: one that is also (in) the name is heard twice.
    const repeats = nodes.filter((n) => !n.ignored && n.description?.value && (n.name?.value ?? '').includes(n.description.value));
    expect(repeats.map((n) => `${n.role?.value}: ${n.name.value}`), `${view}: no description repeats its name`).toEqual([]);
    const dotStops = await page.locator('.ke-dot').evaluateAll((dots) => dots.filter((d) => d.tabIndex === 0).length);
    expect(dotStops, `${view}: the dots are one Tab stop`).toBe(1);
  }
  expect(problems).toEqual([]);
});
