// tests/e2e/dashboard.test.js -- the dashboard in Debian's chromium
// (headless, driven by playwright-core) against a running `eventwatch
// serve`.  Run by tests/e2e/dashboard.sh, which starts the server and sets
// EW_URL; screenshots go to tests/e2e/artifacts/.
// Each step is one test: load, filter by country, open an alert and see
// the events behind it, explain a sentence, keyboard focus order.
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const { chromium } = require(process.env.EW_PLAYWRIGHT || 'playwright-core');

const url = process.env.EW_URL;
const out = process.env.EW_ARTIFACTS || path.join(__dirname, 'artifacts');
fs.mkdirSync(out, { recursive: true });
let failed = 0;

async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

function expect(cond, msg) { if (!cond) throw new Error(msg); }

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ew-chromium-'));
  // a fresh profile (--user-data-dir) per run, as Playwright wants it passed
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.EW_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  const offsite = [];
  const consoleErrors = [];
  page.on('request', (r) => { if (!r.url().startsWith(url)) offsite.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(e.message));

  await step('load the page', async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
    const n = await page.locator('#events > li').count();
    expect(n > 0, 'no events listed');
    expect(await page.locator('#timeline canvas').count() > 0, 'no timeline chart');
    expect(await page.locator('#map path.country').count() > 100, 'map has no countries');
    expect(await page.locator('#alerts button').count() > 0, 'no alerts');
    expect(await page.locator('#dyads tbody tr').count() > 0, 'no dyads');
    expect(await page.locator('#events mark.verb').count() > 0, 'no highlighted verb');
    expect(offsite.length === 0, 'requests left the server: ' + offsite.join(' '));
    expect(consoleErrors.length === 0, 'console errors: ' + consoleErrors.join(' | '));
    await page.screenshot({ path: path.join(out, 'dashboard.png') });
    await page.screenshot({ path: path.join(out, 'dashboard-full.png'), fullPage: true });
  });

  await step('filter by country', async () => {
    await page.fill('#f-country', 'ARM');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#status').textContent.includes('country=ARM'), null, { timeout: 20000 });
    const metas = await page.locator('#events > li > .meta').allTextContents();
    expect(metas.length > 0, 'no events for ARM');
    const bad = metas.filter((m) => !/ARM/.test(m));
    expect(bad.length === 0, `${bad.length} events without ARM: ${bad[0]}`);
    expect(/country ARM/.test(await page.textContent('#timeline-key')), 'timeline not per country');
    expect(await page.locator('#map path.sel').count() === 1, 'country not outlined on the map');
    await page.screenshot({ path: path.join(out, 'filter-country.png') });
    await page.click('#f-reset');
    await page.waitForFunction(() => document.querySelector('#status').textContent.includes('Filters: none'), null, { timeout: 20000 });
  });

  await step('open an alert', async () => {
    const first = page.locator('#alerts button').first();
    const label = await first.textContent();
    await first.click();
    await page.waitForFunction(() => document.querySelector('#events-sub').textContent.includes('behind the alert'), null, { timeout: 20000 });
    expect((await first.getAttribute('aria-pressed')) === 'true', 'alert not marked as open');
    expect(label.length > 0, 'empty alert');
  });

  await step('see the events behind the alert', async () => {
    const sub = await page.textContent('#events-sub');
    const dyad = sub.match(/([A-Z]{3})-([A-Z]{3})/);
    expect(dyad, 'no dyad in the heading: ' + sub);
    const metas = await page.locator('#events > li > .meta').allTextContents();
    expect(metas.length > 0, 'no events behind the alert');
    for (const m of metas) {
      expect(/conflict/.test(m), 'not a conflict event: ' + m);
      expect(m.includes(dyad[1]) && m.includes(dyad[2]), 'event outside the dyad: ' + m);
    }
    await page.locator('#events > li button').first().click();
    await page.waitForSelector('#events .mention', { timeout: 10000 });
    await page.screenshot({ path: path.join(out, 'alert-events.png') });
  });

  await step('run explain', async () => {
    await page.fill('#x-text', 'Armenia accused Azerbaijan of shelling border villages on Tuesday.');
    await page.click('#explain-form button');
    await page.waitForSelector('#explain-trace', { timeout: 30000 });
    const toks = await page.textContent('#explain pre');
    expect(/Azerbaijan/.test(toks), 'tokens missing');
    const tree = await page.textContent('#explain div:nth-child(2) pre');
    expect(/\(root\)/.test(tree) || /no dependency parse/.test(tree), 'no tree shown: ' + tree);
    await page.locator('#explain-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(out, 'explain.png') });
  });

  await step('keyboard: filters come first in tab order', async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement.id) === 'f-from', 'first Tab is not the From field');
    await page.focus('#alerts button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#events-sub').textContent.includes('behind the alert'), null, { timeout: 20000 });
  });

  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(failed ? `${failed} failed` : 'all passed');
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
