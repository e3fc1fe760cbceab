// WebKit (the iPhone's engine): "Check the facts" on a 375 × 740 phone, in English and Spanish
// (the same lines as check.spec): a tap answers and shows this guide's answer and why; the way
// back goes to the step that says it; axe finds nothing. Screenshots beside the step ones.
import { test, expect } from './webkit.mjs';

const Q = '.ke-check-q:first-of-type';

for (const [lang, path, says, see] of [
  ['en', '/#ketamine/13', 'What this guide says:', 'See the step'],
  ['es', '/fixtures/es.html#ketamine/13', 'Lo que dice esta guía:', 'Ver el paso'],
]) {
  test(`WebKit, phone, ${lang}: a tap answers, this guide's answer and why show, the way back goes to its step`, async ({ webkit: wk }) => {
    await wk.open(path, { width: 375, height: 740 });
    await wk.until('the check is drawn', () => document.querySelector('ketamine-explainer').shadowRoot.querySelectorAll('.ke-check-q').length === 3);
    await wk.click(`${Q} .ke-option:first-of-type`);
    await wk.until('the explanation shows', (s) => document.querySelector('ketamine-explainer').shadowRoot.querySelector(`${s} .ke-why`)?.getBoundingClientRect().height > 0, Q);
    expect(await wk.text(`${Q} .ke-why strong`)).toBe(says);
    expect(await wk.text(`${Q} .ke-option.answer .ke-option-tag`)).not.toBe('');
    expect(await wk.run((s) => document.querySelector('ketamine-explainer').shadowRoot.querySelector(`${s} .ke-option`).getAttribute('aria-pressed'), Q)).toBe('true');
    await wk.shot(`phone-check-${lang}`);
    expect(await wk.axe()).toEqual([]);
    expect(await wk.text(`${Q} .ke-see`)).toMatch(new RegExp(`^${see}: `));
    await wk.click(`${Q} .ke-see`);
    await wk.until('the step that says it is shown', () => /12/.test(document.querySelector('ketamine-explainer').shadowRoot.querySelector('.ke-count').textContent));
    expect(await wk.problems()).toEqual([]);
  });
}

// "What matters to you", on the phone: a tap rates, two points to a 44 px row, nothing marked
// as an answer; axe finds nothing.
for (const [lang, path, title] of [
  ['en', '/#treatment/10', 'What matters to you'],
  ['es', '/fixtures/es.html#treatment/10', 'Lo que le importa a usted'],
]) {
  test(`WebKit, phone, ${lang}: what matters to you — a tap rates, two 44 px points to a row`, async ({ webkit: wk }) => {
    await wk.open(path, { width: 375, height: 740 });
    await wk.until('the statements are drawn', () => document.querySelector('ketamine-explainer').shadowRoot.querySelectorAll('.ke-values .ke-check-q').length === 6);
    expect(await wk.text('#ke-step-title')).toBe(title);
    const S = '.ke-values .ke-check-q:nth-of-type(3)';
    await wk.click(`${S} .ke-option:first-of-type`);
    await wk.until('the point shows as chosen', (s) => document.querySelector('ketamine-explainer').shadowRoot.querySelector(`${s} .ke-option`).getAttribute('aria-pressed') === 'true', S);
    const points = await wk.run(() => [...document.querySelector('ketamine-explainer').shadowRoot.querySelectorAll('.ke-values .ke-option')]
      .map((b) => { const r = b.getBoundingClientRect(); return [Math.round(r.top + scrollY), r.height, r.right]; }));
    expect(points).toHaveLength(24);
    expect(Math.min(...points.map((p) => p[1])), '44 px targets').toBeGreaterThanOrEqual(44);
    expect(new Set(points.map((p) => p[0])).size, 'two points to a row').toBe(12);
    expect(Math.max(...points.map((p) => p[2])), 'nothing past the screen').toBeLessThanOrEqual(375);
    expect(await wk.run(() => document.querySelector('ketamine-explainer').shadowRoot.querySelectorAll('.ke-why, .ke-option-tag').length)).toBe(0);
    await wk.shot(`phone-values-${lang}`);
    expect(await wk.axe()).toEqual([]);
    expect(await wk.problems()).toEqual([]);
  });
}
