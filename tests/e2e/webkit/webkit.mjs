// The WebKit layer's helper verbs. Playwright cannot drive WebKitGTK, so these specs run in
// Playwright's test runner but reach the browser through WebKitGTK's own W3C WebDriver
// (/usr/bin/WebKitWebDriver and its MiniBrowser) with selenium-webdriver. They need an X display:
// `make test-e2e` runs them under xvfb-run. Pages are asked for with ?record, so each keeps its own
// record of problems (WebKitWebDriver has no console log): see ../fixtures/record-problems.js.
import { test as base, expect } from '@playwright/test';
import { Builder, Key } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AXE_SOURCE, AXE_TAGS, axeViolations, frames } from '../tests/measure.mjs';
import { join } from 'node:path';

export { Key, expect };
export const SHOTS = '../../target/e2e/webkit';
// The test server (serve.mjs; PORT as it was started with, 8000 by default).
export const SITE = `http://127.0.0.1:${process.env.PORT || 8000}`;
/** MiniBrowser's window is never narrower than this: phones are measured in a frame. */
const NARROWEST_WINDOW = 447;

const freePort = () => new Promise((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => done(port)); });
});

/** Starts WebKitWebDriver; `still` gives its browser GTK's "no animations" setting, which
 *  WebKitGTK reports to pages as prefers-reduced-motion: reduce. */
async function startDriver({ still = false } = {}) {
  if (!process.env.DISPLAY) throw new Error('WebKit needs an X display: run under `xvfb-run -a` (make test-e2e does)');
  const env = { ...process.env };
  let config;
  if (still) {
    config = mkdtempSync(join(tmpdir(), 'ke-webkit-still-'));
    mkdirSync(join(config, 'gtk-3.0'));
    writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
    env.XDG_CONFIG_HOME = config;
  }
  const port = await freePort();
  const child = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${url}/status`)).ok) return { url, stop: () => { child.kill(); if (config) rmSync(config, { recursive: true }); } }; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  throw new Error('WebKitWebDriver did not start within 5 s');
}

/** `promise`, or an error naming `what` (a hang) if it has not settled within `ms`. */
const within = (ms, what, promise) => Promise.race([promise, new Promise((_, fail) => {
  setTimeout(() => fail(new Error(`${what} did not answer within ${ms / 1000} s (a hang)`)), ms).unref();
})]);

/** A new browser session; once in a while WebKitGTK reports "page crash or hang" on first use,
 *  or never answers the new session or its first page (seen about once in 20 runs), so a
 *  failed or silent start is retried once in a new session. */
async function newSession(driverUrl) {
  for (let attempt = 1; ; attempt++) {
    let driver;
    try {
      const made = new Builder().usingServer(driverUrl).withCapabilities({ browserName: 'MiniBrowser' }).build();
      driver = await within(30_000, 'WebKitWebDriver\'s new session', made);
      await within(30_000, 'MiniBrowser\'s first page', driver.get(`${SITE}/fixtures/phone.css`));
      return driver;
    } catch (e) {
      if (driver) await within(10_000, 'quitting', driver.quit()).catch(() => {});
      if (attempt > 1 || !/crash|hang/i.test(e.message)) throw e;
      console.log(`WebKit: "${e.message}" on first use; retrying once in a new session`);
    }
  }
}

/** One patient's browser: open a page at a size, act inside the widget, read what it shows. */
export class WebKit {
  constructor(driver) { this.driver = driver; this.inFrame = false; }

  /** Opens `path` (?record added) at width × height CSS pixels; below 447 px, in a frame of that
   *  size (then every call acts inside the frame). Waits until widget `host` has its picture. */
  async open(path, { width = 1280, height = 800, host = 'ketamine-explainer', wait = true } = {}) {
    const [where, hash = ''] = path.split('#');
    const page = `${where}${where.includes('?') ? '&' : '?'}record${hash && `#${hash}`}`;
    const d = this.driver;
    await d.switchTo().defaultContent();
    this.inFrame = width < NARROWEST_WINDOW;
    await this.sizeWindow(this.inFrame ? NARROWEST_WINDOW + 40 : width, this.inFrame ? height + 40 : height);
    if (this.inFrame) {
      await d.get(`${SITE}/fixtures/phone.html?w=${width}&h=${height}&page=${encodeURIComponent(page)}`);
      await this.until('the phone frame has loaded its page', () => document.getElementById('phone').contentDocument?.readyState === 'complete');
      await d.switchTo().frame(0);
    } else {
      await d.get(`${SITE}${page}`);
    }
    // Its picture drawn by the wasm: the first screen drawn from HTML before it is gone.
    if (wait) await this.until(`${host} shows its picture`, (h) => { const r = document.querySelector(h)?.shadowRoot;
      return !!r?.querySelector('.ke-figure') && !r.querySelector('[data-ke-first]'); }, host);
  }

  /** Sizes the window so that the page itself (innerWidth × innerHeight) is width × height. A
   *  GTK window resizes a moment after it is asked to, so each step waits until the page's size
   *  has settled (a page loaded before that would start with the wrong screen). */
  async sizeWindow(width, height) {
    const win = this.driver.manage().window();
    const settled = async () => {
      let last = null;
      for (let i = 0; i < 80; i++) {
        const now = await this.run(() => [innerWidth, innerHeight]);
        if (last && now[0] === last[0] && now[1] === last[1] && i > 2) return now;
        last = now;
        await new Promise((r) => setTimeout(r, 25));
      }
      return last;
    };
    await win.setRect({ width, height });
    const [w, h] = await settled();
    if (w === width && h === height) return;
    await win.setRect({ width: 2 * width - w, height: 2 * height - h });
    const got = await settled();
    if (got[0] !== width || got[1] !== height) throw new Error(`WebKit: the page is ${got.join(' × ')}, not ${width} × ${height}`);
  }

  /** Runs `fn(...args)` in the page (or the phone frame) and returns what it returns. */
  run(fn, ...args) { return this.driver.executeScript(fn, ...args); }

  /** Waits (up to `ms`) until `fn(...args)` in the page is truthy; fails naming `what`. */
  async until(what, fn, ...args) {
    const ms = 10_000;
    const end = Date.now() + ms;
    for (;;) {
      if (await this.run(fn, ...args)) return;
      if (Date.now() > end) throw new Error(`WebKit: still not so after ${ms / 1000} s: ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits until `fn()` in the page returns something other than `from`. */
  async changes(what, fn, from) {
    const end = Date.now() + 10_000;
    while ((await this.run(fn)) === from) {
      if (Date.now() > end) throw new Error(`WebKit: still not so after 10 s: ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits for `n` painted frames in the page (see measure.mjs `frames`). */
  frames(n) {
    return this.driver.executeAsyncScript(`(${frames})(arguments[0]).then(arguments[1])`, n);
  }

  /** The element `selector` inside widget `host`'s shadow root. */
  async find(selector, host = 'ketamine-explainer') {
    const el = await this.run((h, s) => document.querySelector(h).shadowRoot.querySelector(s), host, selector);
    if (!el) throw new Error(`WebKit: no ${selector} in ${host}`);
    return el;
  }

  /** A WebDriver element click (real pointer events) inside the widget, scrolled into view;
   *  like Playwright's, it waits (up to 5 s) until the element can take the click. */
  async click(selector, host) {
    const end = Date.now() + 5000;
    for (;;) {
      try {
        const el = await this.find(selector, host);
        // WebKitGTK's own scroll-into-view misses elements above a frame's viewport.
        await this.run((e) => e.scrollIntoView({ block: 'nearest' }), el);
        await el.click();
        return;
      } catch (e) {
        if (Date.now() > end || !/NotInteractable|StaleElement|ClickIntercepted/.test(e.name)) throw e;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  /** Real key presses to whatever has focus. */
  async press(...keys) {
    const a = this.driver.actions();
    for (const k of keys) a.sendKeys(k);
    await a.perform();
  }

  /** Text of `selector` in the widget ('' if absent). */
  text(selector, host = 'ketamine-explainer') {
    return this.run((h, s) => document.querySelector(h).shadowRoot.querySelector(s)?.textContent ?? '', host, selector);
  }

  /** "Step n of N" as [n, N]. */
  async count(host) {
    const m = (await this.text('.ke-count', host)).match(/(\d+)\D+(\d+)/);
    return [Number(m[1]), Number(m[2])];
  }

  /** Opens a view's tab and waits until it is selected (a deferred view's steps load first). */
  async showView(view, host = 'ketamine-explainer') {
    await this.click(`#ke-tab-${view}`, host);
    await this.until(`the ${view} tab is selected`, (h, v) =>
      document.querySelector(h).shadowRoot.querySelector(`#ke-tab-${v}`).getAttribute('aria-selected') === 'true', host, view);
  }

  /** What the patient sees: the window's page (a phone: its frame at the left, on grey; an
   *  element screenshot of the frame comes out shifted by the window's chrome in WebKitGTK). */
  async shot(name) {
    mkdirSync(SHOTS, { recursive: true });
    // Two frames, so a scroll just made is painted (WebKitGTK shoots what was last painted).
    await this.frames(2);
    writeFileSync(`${SHOTS}/${name}.png`, await this.driver.takeScreenshot(), 'base64');
  }

  /** axe-core's WCAG 2.x A/AA violations on the page, as "id: help (n) targets" lines. */
  async axe() {
    if (!(await this.run(() => typeof window.axe === 'object'))) await this.run(AXE_SOURCE);
    return this.run(axeViolations, AXE_TAGS); // WebDriver waits for the promise it returns
  }

  /** Errors and warnings the page recorded (a missing record is itself a problem). */
  problems() {
    return this.run(() => window.__problems ?? ['no problem record: the page was not served with ?record']);
  }
}

/** `webkit`: a new MiniBrowser session per test; `stillWebKit`: one whose browser prefers
 *  reduced motion. Each worker starts a driver for each kind on first use. */
export const test = base.extend({
  driver: [async ({}, use) => { const d = await startDriver(); await use(d); d.stop(); }, { scope: 'worker' }],
  stillDriver: [async ({}, use) => { const d = await startDriver({ still: true }); await use(d); d.stop(); }, { scope: 'worker' }],
  webkit: async ({ driver }, use) => {
    const session = await newSession(driver.url);
    await use(new WebKit(session));
    await session.quit();
  },
  stillWebKit: async ({ stillDriver }, use) => {
    const session = await newSession(stillDriver.url);
    await use(new WebKit(session));
    await session.quit();
  },
});
