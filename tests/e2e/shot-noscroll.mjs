import { chromium } from 'playwright';
import { launchOptions } from '/work/main/tests/e2e/playwright.config.mjs';
const [,, url, out, w, h, steps] = process.argv;
const b = await chromium.launch(launchOptions);
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.emulateMedia({ reducedMotion: 'reduce' });
await p.goto(url);
await p.locator('#ke-next').waitFor();
const root = () => p.locator('ketamine-explainer').first();
await p.locator(`#ke-tab-${process.argv[7] || 'treatment'}`).click();
for (let i = 1; i < +steps; i++) await p.locator('#ke-next').click();

await p.waitForTimeout(300);
await p.screenshot({ path: out });
await b.close();
