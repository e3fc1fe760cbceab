// Whatever the host page does, the patient gets the working widget or readable text.
import { test, expect } from '@playwright/test';
import { live, record } from './helpers.mjs';
import { drawnToEndAndBack, liveTimers, memory } from './measure.mjs';

test('the most hostile host page: the widget renders and works by keyboard', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/hostile-full.html');
  const w = page.locator('#w');
  await live(w);
  const box = await w.locator('.ke').boundingBox();
  expect(box.width).toBeGreaterThan(300);
  await w.locator('.ke-figure').focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.locator('.ke-count')).toContainText('2 of');
  await page.keyboard.press('Tab');
  await expect(w.locator('.ke-count')).toContainText('2 of');
  // The host's own globals and behaviour are untouched.
  expect(await page.evaluate(() => [window.KetamineExplainer.taken, typeof window.define, [].junk])).toEqual([true, 'function', 'array junk']);
  expect(seen.warnings.some((m) => m.includes('window.KetamineExplainer is already taken'))).toBe(true);
  expect(seen.errors).toEqual([]);
});

test('ten widgets created and removed fifty times: no errors, no loops or nodes left', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/plain.html');
  await live(page.locator('#a'));
  const counts = await memory(page);
  const rounds = (n) => page.evaluate(async (n) => {
    for (let round = 0; round < n; round++) {
      const els = Array.from({ length: 10 }, (_, i) => {
        const el = document.createElement('ketamine-explainer');
        el.dataset.view = ['ketamine', 'ssri', 'compare', 'snow'][i % 4];
        if (i % 3 === 0) el.dataset.autoplay = '';
        document.body.append(el);
        return el;
      });
      await new Promise((r) => setTimeout(r, 20));
      els.forEach((el) => el.remove());
    }
    await new Promise((r) => setTimeout(r, 200));
  }, n);
  // The first round leaves ten parked roots for reuse (src/ui/slot.rs); later rounds add nothing.
  await rounds(1);
  const first = await counts();
  await rounds(49);
  const last = await counts();
  // A leak grows with the rounds (before the parked roots: +1 node and +2 listeners per widget, so
  // +490 here); a few nodes the garbage collector has not reached yet do not.
  expect(last.nodes - first.nodes, 'DOM nodes left behind').toBeLessThan(10);
  expect(last.listeners - first.listeners, 'listeners left behind').toBeLessThanOrEqual(0);
  expect(await page.evaluate(liveTimers)).toBe(0);
  expect(seen.errors).toEqual([]);
});

test('a long session: 10,000 step changes without an error, memory within the performance limits', async ({ page }) => {
  const seen = record(page);
  await page.goto('/');
  await live(page);
  const snapshot = await memory(page);
  const walk = async (steps) => {
    await page.evaluate(async (steps) => {
      const root = document.querySelector('ketamine-explainer').shadowRoot;
      for (let i = 0; i < steps; i++) {
        root.querySelector(i % 7 === 6 ? '#ke-back' : '#ke-next').click();
        if (i % 500 === 499) root.querySelector(`#ke-tab-${['ssri', 'compare', 'ketamine'][(i / 500) % 3 | 0]}`).click();
        // yew draws when the script pauses: a pause every 10 clicks makes 1,000 draws of the
        // 10,000 steps (a pause every 200 made 50). The heap settles: +27, +13, +1 KB over
        // three such walks in a row.
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 0));
      }
    }, steps);
    await page.evaluate(drawnToEndAndBack, ['ssri', 'compare', 'ketamine']);
  };
  // The first pass through every view grows the heap once (compiled code, caches: ~130 KB here,
  // flat after); the limits are on what the session adds after that. The deferred views' words
  // arrive once (lang-en.txt): wait for them, so both snapshots see the same content.
  await page.locator('#ke-tab-ssri').click();
  await expect(page.locator('#ke-tab-ssri')).toHaveAttribute('aria-selected', 'true');
  await walk(1500);
  const before = await snapshot();
  await walk(10_000);
  const after = await snapshot();
  expect(after.pages - before.pages, 'wasm memory grew').toBeLessThanOrEqual(1);
  expect(after.heap - before.heap, 'JS heap grew').toBeLessThanOrEqual(100 * 1024);
  // Both snapshots follow the same drawn steps (`drawnToEndAndBack`) and a settled collection
  // (`memory`), so a node or listener more is one the steps taken left behind.
  expect(after.nodes - before.nodes, 'DOM nodes left behind').toBeLessThanOrEqual(0);
  expect(after.listeners - before.listeners, 'event listeners left behind').toBeLessThanOrEqual(0);
  expect(seen.errors).toEqual([]);
});

test('if the wasm cannot load, the static text stays and one error says what is missing', async ({ page }) => {
  const seen = record(page);
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  // The first screen, drawn from HTML while the wasm loads, gives way to the static text once
  // the wasm has failed (its one error is logged just before).
  await expect.poll(() => seen.errors.filter((m) => m.startsWith('ketamine-explainer:')).length).toBe(1);
  await expect(page.locator('[data-ke-first]')).toHaveCount(0);
  await expect(page.locator('ketamine-explainer')).toContainText('Brain cells and their branches');
  await expect(page.locator('ketamine-explainer').getByText('Risks of ketamine and esketamine')).toBeVisible();
  const ours = seen.errors.filter((m) => m.startsWith('ketamine-explainer:'));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toContain('_bg.wasm');
  expect(ours[0]).toContain("'wasm-unsafe-eval'");
});

test('a panic breaks only its own widget: readable words there, the others keep working; logged once', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/panic.html');
  await live(page.locator('#p'));
  await live(page.locator('#q'));
  const errorEvents = page.evaluate(() => new Promise((done) => {
    const got = [];
    document.addEventListener('ketamine-explainer:error', (e) => got.push(e.target.id));
    setTimeout(() => done(got), 1500);
  }));
  await page.locator('#p').getByRole('button', { name: /Next/ }).click();
  await expect(page.locator('#p').getByRole('alert')).toContainText('this picture stopped working');
  await expect(page.getByText('Static text of the first widget.')).toBeVisible();
  await expect(page.locator('#p .ke-svg')).toHaveCount(0);
  expect(await errorEvents).toEqual(['p']);
  // The other widget starts again in a fresh module instance and answers the patient.
  const q = page.locator('#q');
  await live(q);
  await expect(q.getByRole('alert')).toHaveCount(0);
  const before = await q.locator('.ke-svg').getAttribute('data-step');
  await q.getByRole('button', { name: /Siguiente/ }).click();
  await expect(q.locator('.ke-svg')).not.toHaveAttribute('data-step', before);
  // A widget added after the panic works too, and removing the broken one is quiet.
  await page.evaluate(() => {
    const el = document.createElement('ketamine-explainer');
    el.id = 'r';
    document.body.append(el);
    document.getElementById('p').remove();
  });
  await page.locator('#r').scrollIntoViewIfNeeded(); // widgets start when they come into view
  await live(page.locator('#r'));
  await page.locator('#r').getByRole('button', { name: /Next/ }).click();
  await expect(page.locator('#r .ke-svg')).toHaveAttribute('data-step', /-2$|ketamine-/);
  const ours = seen.errors.filter((m) => m.startsWith('ketamine-explainer:'));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toContain('test panic requested by data-test-panic');
  expect(seen.errors.filter((m) => !m.startsWith('ketamine-explainer:') && !/unreachable/.test(m))).toEqual([]);
});

test("a panic in a child's handler (a glossary word) breaks that widget only, though another acted last", async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/panic-child.html');
  const [t, u] = [page.locator('#t'), page.locator('#u')];
  await live(t);
  await live(u);
  await expect(t.locator('.ke-term').first()).toBeVisible();
  // The other widget acts just before the tap, in the same task: the panic must still be
  // blamed on the widget whose word was tapped.
  await page.evaluate(() => {
    document.getElementById('u').shadowRoot.querySelector('#ke-next').click();
    document.getElementById('t').shadowRoot.querySelector('.ke-term').click();
  });
  await expect(t.getByRole('alert')).toContainText('this picture stopped working');
  await expect(t.locator('.ke-svg')).toHaveCount(0);
  // The other starts again in a fresh instance (at its first step) and answers the patient.
  await expect(u.locator('.ke-svg')).toHaveAttribute('data-step', 'ketamine-brief');
  await expect(u.getByRole('alert')).toHaveCount(0);
  await u.getByRole('button', { name: /Next/ }).click();
  await expect(u.locator('.ke-svg')).toHaveAttribute('data-step', 'ketamine-paths');
  const ours = seen.errors.filter((m) => m.startsWith('ketamine-explainer:'));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toContain('test panic requested by data-test-panic');
});

test('a host that serves the wasm with the wrong MIME type: the widget works, one warning names the fix', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/wrong-mime.html');
  await live(page);
  await page.locator('#ke-next').click();
  await expect(page.locator('.ke-count')).toContainText('2 of');
  expect(seen.warnings, 'one warning, ours').toEqual([expect.stringMatching(/^ketamine-explainer: .*_bg\.wasm is served as "application\/octet-stream", not application\/wasm/)]);
  expect(seen.errors).toEqual([]);
});

test("a CSP without 'wasm-unsafe-eval': the static text stays and one error names the keyword", async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/no-wasm-eval.html');
  await expect(page.getByText("The widget's text, for visitors whose browser cannot run it.")).toBeVisible();
  await expect.poll(() => seen.errors.filter((m) => m.startsWith('ketamine-explainer:')).length).toBe(1);
  expect(seen.errors.find((m) => m.startsWith('ketamine-explainer:'))).toContain("'wasm-unsafe-eval'");
  await expect(page.locator('#c .ke-svg')).toHaveCount(0);
});

test('a clinic\'s own CSP with \'wasm-unsafe-eval\' added: the widget runs, and the page\'s inline styles and theme apply', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/clinic-csp.html');
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)));
  await live(page.locator('#c'));
  await expect(page.locator('header')).toHaveCSS('background-color', 'rgb(20, 60, 90)');
  await expect(page.locator('#c .ke-tabs')).toHaveCSS('background-color', 'rgb(255, 240, 200)');
  await expect(page.locator('#c #ke-next')).toHaveCSS('background-color', 'rgb(107, 47, 163)');
  await page.locator('#c #ke-next').click();
  await expect(page.locator('#c .ke-count')).toContainText('2');
  expect(seen.errors).toEqual([]);
});

test('a reused root takes its new host\'s theme: a text colour replaced for an earlier host does not stick', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/plain.html');
  await live(page.locator('#a'));
  const add = (id, text) => page.evaluate(([id, text]) => {
    const el = document.createElement('ketamine-explainer');
    el.id = id;
    el.dataset.load = 'eager';
    el.style.setProperty('--ke-text', text);
    document.body.append(el);
  }, [id, text]);
  // Too pale on white: the widget uses its default text colour instead, with one warning.
  await add('pale', '#dddddd');
  await expect(page.locator('#pale .ke-step-title')).toHaveCSS('color', 'rgb(31, 41, 51)');
  // Removed, its root is parked; the next widget is drawn in it, with its own host's colour.
  await page.evaluate(() => document.getElementById('pale').remove());
  await add('dark', 'rgb(60, 0, 0)');
  await expect(page.locator('#dark .ke-step-title')).toHaveCSS('color', 'rgb(60, 0, 0)');
  expect(seen.warnings.filter((w) => w.includes('--ke-text'))).toHaveLength(1);
  expect(seen.errors).toEqual([]);
});

test('an accent that is not opaque fails the contrast guard: one warning each, the default accent used', async ({ page }) => {
  const seen = record(page);
  await page.goto('/fixtures/plain.html');
  await live(page.locator('#a'));
  // Each would parse as black (21:1) if its alpha were ignored, and white Next words on white.
  const forms = ['transparent', '#0072b200', 'rgb(0 0 0 / 0)', 'currentcolor', 'inherit'];
  await page.evaluate((forms) => forms.forEach((accent, i) => {
    const el = document.createElement('ketamine-explainer');
    Object.assign(el.dataset, { load: 'eager', accent });
    el.id = `t${i}`;
    document.body.append(el);
  }), forms);
  for (const i of forms.keys()) {
    await expect(page.locator(`#t${i} #ke-next`), forms[i]).toHaveCSS('background-color', 'rgb(0, 114, 178)');
  }
  // The contrast guard's warning for each, but `inherit` (no colour at all): the settings' own.
  expect(seen.warnings.filter((w) => w.includes('--ke-accent'))).toHaveLength(forms.length - 1);
  expect(seen.warnings.filter((w) => w.includes('data-accent="inherit" is not a CSS colour'))).toHaveLength(1);
  expect(seen.errors).toEqual([]);
});

test('Spanish arrives in one request on first use; if it cannot, English with one warning', async ({ page }) => {
  const seen = record(page);
  const asked = [];
  page.on('request', (r) => { if (r.url().includes('lang-')) asked.push(r.url()); });
  await page.goto('/fixtures/panic.html'); // one English and one Spanish widget
  await expect(page.locator('#q').getByRole('button', { name: /Siguiente/ })).toBeVisible();
  await page.evaluate(() => { const el = document.createElement('ketamine-explainer'); el.dataset.lang = 'es'; el.id = 's'; document.body.append(el); });
  await page.locator('#s').scrollIntoViewIfNeeded();
  // The first screens say "Siguiente" before the wasm has run (and asked for the file): the
  // widgets the wasm drew, both in Spanish, are the sign the file has been asked for and read.
  await live(page.locator('#q'));
  await live(page.locator('#s'));
  await expect(page.locator('#s').getByRole('button', { name: /Siguiente/ })).toBeVisible();
  expect(asked, 'one fetch of the Spanish file, none for English').toHaveLength(1);
  expect(asked[0]).toMatch(/\/lang-es\.txt\?v=[\w+/]{12}$/); // the start of its sha384, which it is checked against
  // The diagram's Spanish labels come with it.
  await expect(page.locator('#q .ke-svg')).toContainText('Terminal nerviosa');
  expect(seen.errors).toEqual([]);

  const failing = record(page);
  await page.route(/lang-es\.txt/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/fixtures/es.html');
  await expect(page.getByRole('button', { name: /Next/ })).toBeVisible();
  // The whole English, not only the compiled-in part: every view still opens, with its picture
  // (the Spanish file is not asked for again).
  await page.locator('#ke-tab-compare').click();
  await expect(page.locator('#ke-tab-compare')).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: /Next/ }).click();
  await expect(page.locator('[data-entity="results"]')).toBeVisible();
  await page.locator('#ke-tab-treatment').click();
  await expect(page.locator('#ke-tab-treatment')).toHaveAttribute('aria-selected', 'true');
  const warned = failing.warnings.filter((m) => m.includes('lang-es.txt'));
  expect(warned).toHaveLength(1);
  expect(warned[0]).toContain('showing English');
  expect(failing.warnings).toHaveLength(1);
  // Only the browser's own notes of the 404 (and of the integrity check its page then fails);
  // nothing from the widget.
  expect(failing.errors.filter((m) => !/^Failed to load resource|integrity/.test(m))).toEqual([]);
});

test('data-lang in capitals with a region ("ES-mx") gets its first screen; one the build lacks ("constructor") still runs, in English', async ({ page }) => {
  const seen = record(page);
  await page.route('**/fixtures/languages-as-written.html', (route) => route.fulfill({ contentType: 'text/html',
    body: '<!DOCTYPE html><html lang="en"><head><script type="module" src="/embed.js"></script></head><body>'
      + '<ketamine-explainer id="m" data-load="eager" data-lang="ES-mx"></ketamine-explainer>'
      + '<ketamine-explainer id="c" data-load="eager" data-lang="constructor"></ketamine-explainer></body></html>' }));
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/fixtures/languages-as-written.html');
  await live(page.locator('#m'));
  await live(page.locator('#c'));
  await expect(page.locator('#m #ke-next')).toContainText('Siguiente');
  await expect(page.locator('#c #ke-next')).toContainText('Next');
  // Spanish's first screen for "ES-mx", whose file also loads the widget for both: none for the other.
  expect(asked.filter((p) => p.startsWith('/first-'))).toEqual(['/first-es.js']);
  await expect(page.locator('#m .ke-count')).toContainText('1 de');
  expect(seen.errors).toEqual([]);
  expect(seen.warnings.filter((m) => m.includes('constructor'))).toHaveLength(1);
});
