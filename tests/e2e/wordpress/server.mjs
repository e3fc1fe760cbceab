// A real WordPress for the plugin's test, started and stopped by it: Debian's wordpress package
// (6.1) on PHP's built-in server, with MariaDB, on 127.0.0.1 only (see ../../../../shared/TOOLCHAIN.md,
// "WordPress"). Each run starts from nothing: a new database and a new wp-content/ under
// target/wordpress-e2e/, so the plugin is installed by its zip as a clinic would.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const PORT = 8090;
export const WP = `http://127.0.0.1:${PORT}`;
const DB = 'ke_e2e';
const work = path.join(repo, 'target/wordpress-e2e');
const content = path.join(work, 'wp-content');
// Debian's wp-config.php reads the config named after the host the request is for.
const config = '/etc/wordpress/config-127.0.0.1.php';
export const debugLog = path.join(work, 'debug.log');
export const pluginDir = path.join(content, 'plugins/ketamine-explainer');

/** The plugin zip `make package` wrote for Cargo.toml's version. */
export function pluginZip() {
  const version = readFileSync(path.join(repo, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"$/m)[1];
  const zip = path.join(repo, `target/ketamine-explainer-wp-${version}.zip`);
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run make package first`);
  return zip;
}

const sql = (statement) => execFileSync('mysql', ['-N', '-e', statement], { encoding: 'utf8' }).trim();
const dbUp = () => { try { execFileSync('mysqladmin', ['ping'], { stdio: 'ignore' }); return true; } catch { return false; } };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, check, ms = 30_000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(200)) if (await check()) return;
  throw new Error(`WordPress test server: ${what} did not happen within ${ms / 1000} s`);
}

/** One value from the site's database (e.g. whether an option is still there). */
export const query = (statement) => sql(`USE ${DB}; ${statement}`);

let php, startedDb = false, oldConfig = null;

export async function startWordPress() {
  // Another server on the port (one left running by an interrupted run) would answer for this one.
  if (await answers()) throw new Error(`something already answers on ${WP} (a php -S left from an earlier run?): stop it first`);
  if (existsSync(config) && !readFileSync(config, 'utf8').includes('ketamine-explainer e2e')) {
    oldConfig = readFileSync(config, 'utf8'); // somebody's own: put back on stop
  }
  if (!dbUp()) {
    mkdirSync('/run/mysqld', { recursive: true });
    execFileSync('chown', ['mysql:mysql', '/run/mysqld']);
    spawn('mysqld_safe', ['--user=mysql', '--bind-address=127.0.0.1'], { detached: true, stdio: 'ignore' }).unref();
    startedDb = true;
    await until('MariaDB answering', dbUp);
  }
  sql(`DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB};
    CREATE USER IF NOT EXISTS '${DB}'@'localhost' IDENTIFIED BY '${DB}';
    GRANT ALL ON ${DB}.* TO '${DB}'@'localhost';`);
  rmSync(work, { recursive: true, force: true });
  for (const dir of ['plugins', 'uploads', 'themes']) mkdirSync(path.join(content, dir), { recursive: true });
  symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', path.join(content, 'themes/twentytwentythree'));
  writeFileSync(config, `<?php
// ketamine-explainer e2e (tests/e2e/wordpress/server.mjs): removed when the test stops.
define('DB_NAME', '${DB}'); define('DB_USER', '${DB}'); define('DB_PASSWORD', '${DB}'); define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '${content}');
define('WP_HOME', '${WP}'); define('WP_SITEURL', '${WP}');
define('FS_METHOD', 'direct');
// Offline, and quiet: no update checks or other outside requests, no cron.
define('WP_HTTP_BLOCK_EXTERNAL', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true);
// PHP notices go to a log the test reads (WordPress 6.1 itself has PHP 8.2 deprecations).
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${debugLog}');
`);
  // Its own process group: php -S's workers are its children, and go with it on stop.
  php = spawn('php', ['-S', `127.0.0.1:${PORT}`, path.join(here, 'router.php')], {
    cwd: '/usr/share/wordpress',
    env: { ...process.env, KE_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: 'ignore',
    detached: true,
  });
  let exited = null;
  php.on('exit', (code) => { exited = code; });
  await until('php -S answering', () => {
    if (exited !== null) throw new Error(`php -S stopped at once (exit ${exited}): is 127.0.0.1:${PORT} taken?`);
    return fetch(`${WP}/wp-login.php`).then(() => true, () => false);
  });
}

const answers = () => fetch(`${WP}/wp-login.php`).then(() => true, () => false);

export async function stopWordPress() {
  if (php) {
    try { process.kill(-php.pid, 'SIGTERM'); } catch { /* already gone */ }
    await until('php -S stopping', async () => !(await answers()), 10_000);
  }
  if (oldConfig !== null) writeFileSync(config, oldConfig); else rmSync(config, { force: true });
  if (startedDb) execFileSync('mysqladmin', ['shutdown']);
}
