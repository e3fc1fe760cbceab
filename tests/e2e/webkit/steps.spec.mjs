// WebKit (the iPhone's engine): every step of every view, on a 375 × 740 phone, two small phones
// (360 × 640, 375 × 667) and a 1280 × 800 laptop, in English and Spanish, by click and by
// keyboard. At each step the stepping screen is measured with the same lines as stage.spec
// (../tests/measure.mjs), scanned with axe, and
// screenshotted to target/e2e/webkit/<size>-<view>-NN.png (-es in Spanish): look at them beside
// Chromium's in target/e2e/steps/.
import { test, expect, Key } from './webkit.mjs';
import { VIEWS, PAGES, SIZES, measureStage, stageProblems, runningAnimationCount } from '../tests/measure.mjs';

for (const [size, s] of Object.entries(SIZES)) {
  for (const [lang, path] of Object.entries(PAGES)) {
    test(`WebKit, ${size} ${s.width}×${s.height}, ${lang}: every step by click fits one screen, passes axe, no animation at rest`, async ({ stillWebKit: wk }) => {
      test.setTimeout(300_000);
      await wk.open(path, s);
      expect(await wk.run(() => matchMedia('(prefers-reduced-motion: reduce)').matches), 'this browser prefers reduced motion').toBe(true);
      const failures = [];
      for (const view of VIEWS) {
        await wk.showView(view);
        const [, total] = await wk.count();
        for (let i = 1; i <= total; i++) {
          await wk.until(`${view} step ${i} is shown`, (n) => document.querySelector('ketamine-explainer').shadowRoot
            .querySelector('.ke-count').textContent.match(/\d+/)[0] === String(n), i);
          await wk.run(() => document.querySelector('ketamine-explainer').shadowRoot.querySelector('.ke-figure').scrollIntoView({ block: 'start' }));
          const at = `${lang} ${view} ${i}`;
          failures.push(...stageProblems(at, await wk.run(measureStage), s));
          const running = await wk.run(runningAnimationCount);
          if (running) failures.push(`${at}: ${running} animations running with reduced motion`);
          await wk.shot(`${size}-${view}-${String(i).padStart(2, '0')}${lang === 'en' ? '' : `-${lang}`}`);
          // axe with the widget's end in view, where the dock sits in its place: elsewhere on a
          // phone the sticky dock covers whatever runs behind it, and axe counts a button half
          // under it as a small target, though a patient scrolls it clear.
          await wk.run(() => document.querySelector('ketamine-explainer').scrollIntoView({ block: 'end' }));
          failures.push(...(await wk.axe()).map((v) => `${at}: axe ${v}`));
          if (i < total) await wk.click('#ke-next');
        }
      }
      expect(failures).toEqual([]);
      expect(await wk.problems()).toEqual([]);
    });

    test(`WebKit, ${size}, ${lang}: every step of every view by keyboard`, async ({ webkit: wk }) => {
      test.setTimeout(180_000);
      await wk.open(path, s);
      const titles = [];
      for (const view of VIEWS) {
        await wk.showView(view);
        await wk.run(() => document.querySelector('ketamine-explainer').shadowRoot.querySelector('.ke-figure').focus());
        const [, total] = await wk.count();
        const at = (n) => wk.until(`${view}: step ${n} of ${total}`, (want) => document.querySelector('ketamine-explainer').shadowRoot
          .querySelector('.ke-count').textContent.match(/\d+/)[0] === String(want), n);
        for (let i = 2; i <= total; i++) {
          await wk.press(Key.ARROW_RIGHT);
          await at(i);
          titles.push(await wk.text('#ke-step-title'));
        }
        await wk.press(Key.HOME);
        await at(1);
        await wk.press(Key.END);
        await at(total);
        await wk.press(Key.ARROW_LEFT);
        await at(total - 1);
      }
      expect(new Set(titles).size, 'each step has its own title').toBe(titles.length);
      expect(await wk.problems()).toEqual([]);
    });
  }
}
