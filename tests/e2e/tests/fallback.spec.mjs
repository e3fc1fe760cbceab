// When the widget cannot run, the clinic's page keeps what matters: a short text saying what the
// widget would have explained, whom to ask, and the clinic's booking link, in no more space than
// that (no reserved 640 px gap).
import { test, expect } from '@playwright/test';
import { SHOTS } from './helpers.mjs';

/** The element's height on the page, and whether its booking link and `text` show. */
async function left(page, id, text) {
  const widget = page.locator(`#${id}`);
  await expect(widget.getByText(text)).toBeVisible();
  const box = await widget.boundingBox();
  return box.height;
}

const OURS = 'This guide to how ketamine and SSRIs work could not load.';

test('no wasm: each widget leaves its own text, or a sentence with the clinic\'s phone, and the booking link', async ({ page }) => {
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/fixtures/fallback.html');
  expect(await left(page, 'own', 'If it does not show here, call us at'), 'no reserved box').toBeLessThan(200);
  await expect(page.locator('#own').getByText(OURS), 'the snippet\'s own text is enough').toBeHidden();
  expect(await left(page, 'bare', OURS)).toBeLessThan(200);
  await expect(page.locator('#bare').getByRole('link', { name: '555 010 0101' })).toHaveAttribute('href', 'tel:5550100101');
  await expect(page.locator('#bare')).toContainText('Call North Clinic at 555 010 0101.');
  expect(await left(page, 'es', 'Esta guía de cómo actúan la ketamina y los ISRS no se pudo cargar.')).toBeLessThan(200);
  await expect(page.locator('#es')).toContainText('Pregunte a su médico.');
  for (const id of ['own', 'bare']) {
    await expect(page.locator(`#${id}`).getByRole('link', { name: 'Book a visit' })).toBeVisible();
  }
  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: `${SHOTS}/fallback-no-wasm-phone.png`, fullPage: true });
});

test('embed.js at a wrong path, or refused for an outdated integrity hash: the snippet\'s text and link show', async ({ page }) => {
  await page.route(/\/embed\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/fixtures/fallback.html');
  expect(await left(page, 'own', 'If it does not show here, call us at')).toBeLessThan(200);
  await expect(page.locator('#own').getByRole('link', { name: 'Book a visit' })).toBeVisible();

  // The same page with an outdated integrity hash on its script tag: the browser refuses embed.js.
  const refused = await page.context().newPage();
  const errors = [];
  refused.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await refused.route(/fallback\.html$/, async (route) => {
    const response = await route.fetch();
    const stale = 'integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC" crossorigin="anonymous"';
    const body = (await response.text()).replace('src="/embed.js"', `src="/embed.js" ${stale}`);
    await route.fulfill({ response, body });
  });
  await refused.goto('/fixtures/fallback.html');
  expect(await left(refused, 'own', 'If it does not show here, call us at')).toBeLessThan(200);
  await expect(refused.locator('#own').getByRole('link', { name: 'Book a visit' })).toBeVisible();
  await expect.poll(() => errors.some((e) => /integrity/i.test(e)), 'the browser names the integrity check').toBe(true);
});
