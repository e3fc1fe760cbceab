// Helper verbs so each spec reads like what a patient does.
import { expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { standInVoiceInPage } from './stand-ins.mjs';
import { AXE_SOURCE, AXE_TAGS, axeViolations } from './measure.mjs';

export const SHOTS = '../../target/e2e';

/** The page's console errors (and uncaught exceptions) and warnings, as they come. */
export const record = (page) => {
  const seen = { errors: [], warnings: [] };
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); if (m.type() === 'warning') seen.warnings.push(m.text()); });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
};

/** Opens the preview page and waits until the widget has drawn its diagram (itself, not the first
 *  screen drawn from HTML before it: first.spec tests that one). */
export async function openWidget(page, hash = '', path = '/') {
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${path}${hash}`);
  await live(page);
  return problems;
}

/** Waits until the widget in `scope` (the page, a frame, an element) is live: drawn by the wasm,
 *  its first screen (if it had one) gone. */
export async function live(scope) {
  await expect(scope.locator('.ke-figure').first()).toBeVisible();
  await expect(scope.locator('[data-ke-first]')).toHaveCount(0);
}

/** Opens a view's tab and waits until it is selected (a deferred view's steps load first). */
export async function showView(page, view) {
  const tab = page.locator(`#ke-tab-${view}`);
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Opens a plain page and mounts a widget through the JS API for each `[id, settings]`, at once
 *  (eager), each in a new element of that id at the top of the page. */
export async function mountEach(page, widgets) {
  await page.goto('/fixtures/plain.html');
  await page.waitForFunction(() => window.KetamineExplainer);
  await page.evaluate((widgets) => {
    for (const [id, settings] of widgets) {
      const el = document.createElement('div');
      el.id = id;
      document.body.prepend(el);
      window.KetamineExplainer.mount(el, { ...settings, load: 'eager' });
    }
  }, widgets);
}

export const stepTitle = (page) => page.locator('#ke-step-title');
export const stepCount = (page) => page.locator('.ke-count');

/** Total steps of the current view, read from "Step n of N". */
export async function totalSteps(page) {
  const text = await stepCount(page).innerText();
  return Number(text.match(/(\d+)\D+(\d+)/)[2]);
}

export async function screenshot(page, name) {
  mkdirSync(`${SHOTS}/steps`, { recursive: true });
  await page.locator('.ke').screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

/** Fails on any axe-core violation (WCAG 2.x A/AA tags) on the page, listing them. */
export async function expectNoAxeViolations(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  expect(await page.evaluate(axeViolations, AXE_TAGS), `axe violations at ${where}`).toEqual([]);
}

/** A stand-in voice (headless Chromium has none): window.__spoken records what it is asked to say
 *  and each cancel; each utterance "speaks" for 150 ms, one after another, like the real queue. */
export const standInVoice = (page) => page.addInitScript(standInVoiceInPage);
