// Playwright drives Debian's Chromium (never a downloaded browser), and WebKit through WebDriver, against the release build with
// its test hooks in ../../target/dist-test (`make build-test`), served on 127.0.0.1 by serve.mjs with the strict CSP of the
// clinic guide; and the WordPress plugin (`make package`) in a real WordPress.
import { defineConfig } from '@playwright/test';

export const launchOptions = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage'],
};

export default defineConfig({
  // Chromium through Playwright; WebKit (WebKitGTK's MiniBrowser) through its own WebDriver, with
  // the same runner, server and measuring helpers (see webkit/webkit.mjs).
  projects: [
    { name: 'chromium', testDir: './tests' },
    { name: 'webkit', testDir: './webkit' },
    // The WordPress plugin in a real WordPress, which the spec starts and stops (wordpress/server.mjs).
    { name: 'wordpress', testDir: './wordpress' },
  ],
  reporter: 'list',
  workers: 1,
  timeout: 120_000,
  use: { baseURL: 'http://127.0.0.1:8000', browserName: 'chromium', launchOptions },
  webServer: {
    command: 'node serve.mjs',
    url: 'http://127.0.0.1:8000/',
    reuseExistingServer: !process.env.CI,
    stderr: 'ignore',
  },
});
