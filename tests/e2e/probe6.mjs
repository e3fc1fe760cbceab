import { chromium } from 'playwright-core';
import { launchOptions } from './playwright.config.mjs';
const b = await chromium.launch(launchOptions);
let hits = 0; const N = Number(process.argv[2] || 15);
for (let i = 0; i < N; i++) {
  const ctx = await b.newContext();
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.addInitScript(() => { window.__s = 0; new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__s += e.value; })).observe({ type: 'layout-shift', buffered: true }); });
  await p.goto('http://127.0.0.1:' + (process.env.PORT || 8000) + '/');
  await p.waitForFunction(() => document.querySelector('ketamine-explainer')?.shadowRoot?.querySelector('.ke-svg'));
  await p.waitForTimeout(600);
  if (await p.evaluate(() => window.__s) >= 0.001) hits++;
  await ctx.close();
}
console.log(`${hits} of ${N} loads shifted`);
await b.close();
