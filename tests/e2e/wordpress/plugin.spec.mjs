// The WordPress plugin, as a clinic's web person installs it and a patient meets it, in a real
// WordPress (server.mjs starts one from nothing and stops it). One story, in order: each test
// picks up where the one before left the site.
import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { SHOTS } from '../tests/helpers.mjs';
import { startWordPress, stopWordPress, pluginZip, query, debugLog, pluginDir, WP } from './server.mjs';

test.describe.configure({ mode: 'serial' });

const ADMIN = { user: 'clinic-admin', pass: 'Ke-e2e-admin-pass-2026!' };
const AUTHOR = { user: 'clinic-author', pass: 'Ke-e2e-author-pass-2026!' };
// Markup a clinic might paste by mistake, or an attacker might try: it must come out as text.
const HOSTILE = '"><script>window.__keInjected=1</script><img src=x onerror="window.__keInjected=2">';
const PLUGIN_FILES = '/wp-content/plugins/ketamine-explainer/';

let admin; // the clinic's web person, logged in for the whole story
const site = {}; // what earlier steps made: the post's and page's addresses

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  await startWordPress();
  admin = await browser.newPage();
});
test.afterAll(async () => {
  await admin?.close();
  await stopWordPress();
});

/** Logs `who` in on `page` through wp-login.php. The page focuses and selects the username on
 *  a 200 ms timer after load (wp_attempt_focus); on a busy machine it fired between the two
 *  fills and the password went into the username. So: wait for that focus first, and check
 *  both fields before submitting. */
async function logIn(page, who) {
  await page.goto(`${WP}/wp-login.php`);
  await expect(page.locator('#user_login')).toBeFocused();
  await page.locator('#user_login').fill(who.user);
  await page.locator('#user_pass').fill(who.pass);
  await expect(page.locator('#user_login')).toHaveValue(who.user);
  await expect(page.locator('#user_pass')).toHaveValue(who.pass);
  await page.locator('#wp-submit').click();
  await expect(page.locator('#wpadminbar')).toBeVisible();
}

/** A visitor's page: every console error and page error it shows, and every URL it requests. */
async function visitor(browser) {
  const page = await (await browser.newContext()).newPage();
  const seen = { errors: [], requests: [] };
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('request', (r) => seen.requests.push(r.url()));
  return { page, seen };
}

/** Adds `blocks` ([name, attributes]) to a new post or page in the block editor and publishes
 *  it with the editor's own Publish buttons; returns its address. */
async function publish(page, type, title, blocks) {
  await page.goto(`${WP}/wp-admin/post-new.php${type === 'page' ? '?post_type=page' : ''}`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockTypes().length > 0);
  await page.evaluate(([title, blocks]) => {
    const { dispatch, select } = window.wp.data;
    // The editor's welcome guide covers the page on a first visit.
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    dispatch('core/editor').editPost({ title });
    const made = blocks.map(([name, attributes]) => window.wp.blocks.createBlock(name, attributes));
    dispatch('core/block-editor').insertBlocks(made);
  }, [title, blocks]);
  await page.locator('.editor-post-publish-panel__toggle').click();
  await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
  await expect(page.locator('.post-publish-panel__postpublish-header')).toContainText('is now live');
  return page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
}

test('WordPress installs through its own install screen, and the clinic logs in', async () => {
  await admin.goto(`${WP}/wp-admin/install.php`);
  await admin.locator('#weblog_title').fill('Riverside Clinic');
  await admin.locator('#user_login').fill(ADMIN.user);
  await admin.locator('#pass1').fill(ADMIN.pass);
  await admin.locator('#admin_email').fill('admin@riverside.example');
  await admin.locator('#submit').click();
  await expect(admin.locator('body')).toContainText('Success!');
  await logIn(admin, ADMIN);
});

test('the plugin zip uploads on Plugins → Add New → Upload, and activates', async () => {
  await admin.goto(`${WP}/wp-admin/plugin-install.php?tab=upload`);
  await admin.locator('#pluginzip').setInputFiles(pluginZip());
  await admin.locator('#install-plugin-submit').click();
  await expect(admin.locator('.wrap')).toContainText('Plugin installed successfully.');
  await admin.getByRole('link', { name: 'Activate Plugin' }).click();
  await expect(admin.locator('#message')).toContainText('Plugin activated.');
  await expect(admin.locator('tr[data-slug="ketamine-explainer"]')).toHaveClass(/active/);
});

test('Settings → Ketamine explainer saves the clinic; a bad value is refused by name, markup kept as text', async () => {
  await admin.goto(`${WP}/wp-admin/options-general.php?page=ketamine-explainer`);
  const field = (name) => admin.locator(`#ketamine-explainer-${name}`);
  await field('clinic_name').fill(`Riverside ${HOSTILE}`);
  await field('clinic_phone').fill('call us'); // not a phone number
  await field('clinic_address').fill('12 River Road, Springfield');
  await field('clinic_url').fill('https://riverside.example/');
  await field('telehealth').check();
  await field('program').selectOption('iv');
  await field('booking_url').fill('https://book.riverside.example/');
  await admin.locator('#submit').click();
  const notices = admin.locator('.notice, .error, .updated');
  await expect(notices.filter({ hasText: 'Phone: "call us" is not a phone number' })).toBeVisible();
  await expect(notices.filter({ hasText: 'Clinic name:' }), 'the markup is named, as text').toContainText('<script>');
  expect(await admin.evaluate(() => window.__keInjected), 'nothing in a notice ran').toBeUndefined();
  await field('clinic_phone').fill('(555) 010-0199');
  await admin.locator('#submit').click();
  await expect(admin.locator('#setting-error-settings_updated')).toContainText('Settings saved.');
  await expect(field('clinic_phone')).toHaveValue('(555) 010-0199');
  await expect(field('clinic_name'), 'saved as plain text: the tags gone').toHaveValue('Riverside ">');
  await expect(field('program')).toHaveValue('iv');
  // Each language by its own name, from the content files (widget/languages.json).
  await expect(field('lang').locator('option[value="es"]')).toHaveText('Español');
  expect(query("SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '%ketamine%'"), 'one option, nothing else').toBe('1');
  // The guide sends block-theme sites here for their colours: it opens, with Additional CSS.
  await admin.goto(`${WP}/wp-admin/customize.php`);
  await expect(admin.locator('#accordion-section-custom_css')).toContainText('Additional CSS');
});

test('a post with the block and a page with the shortcode publish from the editor', async () => {
  await admin.goto(`${WP}/wp-admin/post-new.php`);
  await admin.waitForFunction(() => window.wp?.blocks?.getBlockType('ketamine-explainer/explainer'));
  const inserter = await admin.evaluate(() => window.wp.data.select('core/block-editor').getInserterItems()
    .filter((i) => i.name === 'ketamine-explainer/explainer').map((i) => i.title));
  expect(inserter, 'the block is in the inserter').toEqual(['Ketamine explainer']);
  site.post = await publish(admin, 'post', 'How ketamine works', [
    ['ketamine-explainer/explainer', { booking_text: 'Book with Riverside' }],
    ['ketamine-explainer/explainer', { view: 'ssri', clinic_name: HOSTILE, booking_url: 'https://book.riverside.example/ssri' }],
  ]);
  await admin.locator('.editor-post-publish-panel__header button[aria-label="Close panel"]').click();
  // The sidebar's controls for a selected block come from the plugin's one list of settings.
  await admin.evaluate(() => {
    const [first] = window.wp.data.select('core/block-editor').getBlocks();
    window.wp.data.dispatch('core/block-editor').selectBlock(first.clientId);
  });
  await expect(admin.getByLabel('First view')).toBeVisible();
  site.page = await publish(admin, 'page', 'Tratamiento', [
    ['core/shortcode', { text: '[ketamine_explainer lang="es" view="treatment" values="off" veiw="snow" booking_url="https://book.riverside.example/es"]' }],
  ]);
});

test('a visitor sees each widget render and step, with no console error; a page without it loads none of it', async ({ browser }) => {
  const { page, seen } = await visitor(browser);
  await page.goto(site.post);
  const widgets = page.locator('ketamine-explainer');
  await expect(widgets).toHaveCount(2);
  for (const i of [0, 1]) {
    const widget = widgets.nth(i);
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.locator('.ke-svg')).toBeVisible();
    const title = await widget.locator('#ke-step-title').textContent();
    await widget.locator('#ke-next').click();
    await expect(widget.locator('#ke-step-title')).not.toHaveText(title);
  }
  await expect(widgets.nth(0)).toHaveAttribute('data-program', 'iv');
  await expect(widgets.nth(0), 'the block\'s class, for themes').toHaveClass('wp-block-ketamine-explainer-explainer');
  await expect(widgets.nth(0).locator('a[slot="cta"]')).toHaveText('Book with Riverside');
  await expect(widgets.nth(1)).toHaveAttribute('data-view', 'ssri');
  await expect(widgets.nth(1), 'the block\'s markup is an attribute\'s text').toHaveAttribute('data-clinic-name', HOSTILE);
  await expect(widgets.nth(1).locator('a[slot="cta"]')).toHaveAttribute('href', 'https://book.riverside.example/ssri');
  expect(await page.evaluate(() => window.__keInjected), 'no injected script or handler ran').toBeUndefined();
  const scripts = seen.requests.filter((u) => u.includes(PLUGIN_FILES));
  expect(scripts.filter((u) => u.includes('embed.js')), 'embed.js once for both').toHaveLength(1);
  expect(await page.locator('script[src*="embed.js"]').getAttribute('type')).toBe('module');
  expect(seen.errors).toEqual([]);
  await page.setViewportSize({ width: 375, height: 740 });
  await widgets.nth(0).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/wordpress-post-phone.png` });

  const shortcode = await visitor(browser);
  const warnings = [];
  shortcode.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await shortcode.page.goto(site.page);
  const es = shortcode.page.locator('ketamine-explainer');
  await expect(es.locator('#ke-step-title')).toBeVisible();
  await expect(es.locator('.ke')).toHaveAttribute('lang', 'es');
  await expect(es, 'a shortcode setting of the plugin\'s list').toHaveAttribute('data-values', 'off');
  await expect(es.locator('.ke-count')).toContainText('de 10'); // no "What matters to you" step
  // The text inside the element, for when the widget cannot run, is in the widget's language.
  await expect(es.locator(':scope > p')).toContainText('Si no aparece aquí, llame a Riverside "> al (555) 010-0199.');
  await expect(es.locator(':scope > p a')).toHaveAttribute('href', 'tel:5550100199');
  await expect.poll(() => warnings.filter((w) => w.includes('data-veiw')), 'a typo gets the widget\'s one warning').toHaveLength(1);
  expect(shortcode.seen.errors).toEqual([]);
  await shortcode.page.screenshot({ path: `${SHOTS}/wordpress-shortcode-laptop.png` });

  const plain = await visitor(browser);
  await plain.page.goto(`${WP}/?page_id=2`); // WordPress's Sample Page
  await expect(plain.page.locator('h1, h2').first()).toBeVisible();
  await expect(plain.page.locator('ketamine-explainer')).toHaveCount(0);
  expect(plain.seen.requests.filter((u) => u.includes(PLUGIN_FILES)), 'nothing of the plugin loads').toEqual([]);
  expect(plain.seen.errors).toEqual([]);
});

/** Whatever `window.__keInjected` becomes within a second, read every 50 ms (an injected
 *  handler may run late: an image's error, a timer). */
const injectedWithin = (page) => page.evaluate(() => new Promise((done) => {
  let reads = 0;
  const timer = setInterval(() => {
    if (window.__keInjected !== undefined || ++reads === 20) { clearInterval(timer); done(window.__keInjected ?? null); }
  }, 50);
}));

/** The plugin's option as the database holds it. */
const savedOption = () => query("SELECT option_value FROM wp_options WHERE option_name = 'ketamine_explainer'");

test('an Author cannot open the settings page, nor post to it, with no nonce or a stale one', async ({ browser }) => {
  await admin.goto(`${WP}/wp-admin/user-new.php`);
  await admin.locator('#user_login').fill(AUTHOR.user);
  await admin.locator('#email').fill('author@riverside.example');
  await admin.locator('#pass1').fill(AUTHOR.pass);
  await admin.locator('#role').selectOption('author');
  await admin.locator('#createusersub').click();
  await expect(admin.locator('#message')).toContainText('New user created.');
  site.author = await (await browser.newContext()).newPage();
  const author = site.author;
  await logIn(author, AUTHOR);
  await author.goto(`${WP}/wp-admin/options-general.php?page=ketamine-explainer`);
  await expect(author.locator('body')).toContainText('Sorry, you are not allowed to access this page.');
  await expect(author.locator('#ketamine-explainer-clinic_name')).toHaveCount(0);
  // The settings form's own fields, as the admin's page posts them; its nonce is the admin's.
  await admin.goto(`${WP}/wp-admin/options-general.php?page=ketamine-explainer`);
  const adminsNonce = await admin.locator('input[name="_wpnonce"]').inputValue();
  const before = savedOption();
  for (const nonce of [{}, { _wpnonce: adminsNonce }]) {
    const sent = await author.request.post(`${WP}/wp-admin/options.php`, { maxRedirects: 0, form: {
      option_page: 'ketamine_explainer', action: 'update', ...nonce,
      'ketamine_explainer[clinic_phone]': '(555) 999-0000', 'ketamine_explainer[booking_url]': 'https://elsewhere.example/',
    } });
    expect(sent.status(), `refused: ${Object.keys(nonce).join() || 'no nonce'}`).toBe(403);
  }
  expect(savedOption(), 'the option unchanged').toBe(before);
});

test('the admin\'s bad links are refused by name, the saved ones kept', async () => {
  await admin.goto(`${WP}/wp-admin/options-general.php?page=ketamine-explainer`);
  const before = savedOption();
  await admin.locator('#ketamine-explainer-clinic_url').fill('javascript:window.__keInjected=1');
  await admin.locator('#ketamine-explainer-booking_url').fill('JaVaScRiPt:window.__keInjected=1');
  await admin.locator('#submit').click();
  const notices = admin.locator('.notice, .error, .updated');
  await expect(notices.filter({ hasText: 'Website:' })).toContainText('is not an https:, mailto: or tel: link');
  await expect(notices.filter({ hasText: 'Booking link:' })).toContainText('is not an https:, mailto: or tel: link');
  expect(savedOption(), 'the saved links kept').toBe(before);
  expect(before).toContain('https://riverside.example/');
});

test('an Author\'s post cannot change the clinic\'s contact details or the page\'s behaviour; nothing in it runs', async () => {
  const url = await publish(site.author, 'post', 'From an Author', [
    ['core/shortcode', { text: '[ketamine_explainer clinic_name=\'"><img src=x onerror=window.__keInjected=3>\' '
      + 'clinic_url="javascript:window.__keInjected=4" booking_url="JaVaScRiPt:window.__keInjected=5" '
      + 'clinic_phone="(555) 999-0000" url_hash="1" autoplay="1"]' }],
    ['ketamine-explainer/explainer', { clinic_name: HOSTILE, clinic_url: 'data:text/html,<script>window.__keInjected=6</script>',
      booking_url: 'javascript:window.__keInjected=7', url_hash: '1' }],
  ]);
  await admin.goto(url); // the admin, who may be the one a hostile post is aimed at
  const widgets = admin.locator('ketamine-explainer');
  await expect(widgets).toHaveCount(2);
  for (const i of [0, 1]) {
    const widget = widgets.nth(i);
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.locator('.ke-svg')).toBeVisible();
    for (const name of ['data-url-hash', 'data-autoplay']) {
      expect(await widget.getAttribute(name), `${name} from a post`).toBeNull();
    }
    // The site's contact details, not the post's.
    await expect(widget).toHaveAttribute('data-clinic-phone', '(555) 010-0199');
    await expect(widget).toHaveAttribute('data-clinic-url', 'https://riverside.example/');
    await expect(widget.locator('a[slot="cta"]')).toHaveAttribute('href', 'https://book.riverside.example/');
  }
  const links = await admin.evaluate(() => [...document.querySelectorAll('ketamine-explainer')].flatMap((el) =>
    [...el.querySelectorAll('a[href]'), ...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))));
  expect(links.length, 'links to look at').toBeGreaterThan(2);
  for (const href of links) expect(href).toMatch(/^(https:|tel:|mailto:)/);
  expect(await injectedWithin(admin), 'nothing injected ran').toBeNull();
  // A step on: with no url-hash, the page's address stays as it was.
  const before = admin.url();
  await widgets.nth(0).locator('#ke-next').click();
  await expect(widgets.nth(0).locator('.ke-count')).toContainText('2');
  expect(admin.url(), 'the page\'s address untouched').toBe(before);
});

test('deactivated, it leaves no widget and no error; deleted, it leaves no setting', async ({ browser }) => {
  await admin.goto(`${WP}/wp-admin/plugins.php`);
  await admin.locator('tr[data-slug="ketamine-explainer"] .deactivate a').click();
  await expect(admin.locator('#message')).toContainText('Plugin deactivated.');
  const { page, seen } = await visitor(browser);
  await page.goto(site.post);
  await expect(page.locator('h1').first()).toContainText('How ketamine works');
  await expect(page.locator('ketamine-explainer')).toHaveCount(0);
  expect(seen.requests.filter((u) => u.includes(PLUGIN_FILES))).toEqual([]);
  expect(seen.errors).toEqual([]);

  admin.once('dialog', (d) => d.accept()); // "Are you sure you want to delete…?"
  await admin.locator('tr[data-slug="ketamine-explainer"] .delete a').click();
  await expect(admin.locator('.plugin-deleted-tr')).toContainText('Ketamine explainer was successfully deleted.');
  expect(existsSync(pluginDir), 'its folder is gone').toBe(false);
  expect(query("SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '%ketamine%'"), 'uninstall removed the option').toBe('0');
  const log = existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '';
  expect(log.split('\n').filter((l) => l.includes('ketamine-explainer')), 'no PHP notice from the plugin').toEqual([]);
});
