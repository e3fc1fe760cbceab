import { chromium } from 'playwright-core';
import { launchOptions } from './playwright.config.mjs';
const b = await chromium.launch(launchOptions);
const variants = {
  base: '',
  nohalo: '.ke-svg text { stroke: none !important; }',
  notrans: '.ke * { transition: none !important; animation: none !important; }',
  nosticky: '.ke-dock { position: static !important; }',
  noshadow: '.ke-dock { box-shadow: none !important; } .ke { box-shadow: none !important; }',
};
for (const [name, css] of Object.entries(variants)) {
  const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
  await p.goto('http://127.0.0.1:8002/');
  await p.waitForFunction(() => document.querySelector('ketamine-explainer')?.shadowRoot?.querySelector('.ke-svg'));
  await p.evaluate((css) => { const r = document.querySelector('ketamine-explainer').shadowRoot; const s = new CSSStyleSheet(); s.replaceSync(css); r.adoptedStyleSheets = [...r.adoptedStyleSheets, s]; }, css);
  await p.evaluate(() => { window.__c = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => e.interactionId && window.__c.push(e.duration))).observe({ type: 'event', durationThreshold: 16, buffered: true }); });
  for (let i = 0; i < 60; i++) {
    const box = await p.evaluate((sel) => { const r = document.querySelector('ketamine-explainer').shadowRoot.querySelector(sel).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }, i % 2 ? '#ke-back' : '#ke-next');
    await p.mouse.click(box.x, box.y);
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  await p.waitForTimeout(300);
  const d = (await p.evaluate(() => window.__c)).sort((a, b) => a - b);
  const all = [...d, ...Array(Math.max(0, 120 - d.length)).fill(16)].sort((a, b) => a - b);
  console.log(name, 'entries', d.length, 'p50', all[Math.floor(all.length * 0.5)], 'p95', all[Math.floor(all.length * 0.95)]);
  await p.close();
}
await b.close();
