// The labs and the fact desk hold up to an expert reader (issue "The labs and the copy hold up
// to an expert reader"): the issue's URLs show the exchange's answers on the release build, and
// the data behind every figure ships beside the pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, openPage, useBrowser, waitForApp } from './browser.mjs';
import { settle } from './checks.mjs';

const session = useBrowser();

async function opened(query, check) {
  const { browser, server } = session;
  const { context, page, problems } = await openPage(browser, { width: 390, height: 844, allowedOrigins: [server.origin] });
  try {
    await page.goto(`${server.url}en/${query}`);
    await waitForApp(page);
    await settle(page);
    await check(page);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

const text = (page, id) => page.textContent(`[data-testid=${id}]`).then((t) => t.trim());

test('an ETH short entered in dollars is liquidated where Binance puts it', () =>
  opened('?section=leverage&asset=eth&side=short&lev=20&entry=2000&mmr=0.5', async (page) => {
    assert.equal(await text(page, 'liq-price'), '$2,089.55');
  }));

test('an XRP long entered in dollars', () =>
  opened('?section=leverage&asset=xrp&side=long&lev=3&entry=2&mmr=0.5', async (page) => {
    assert.equal(await text(page, 'liq-price'), '$1.34');
  }));

test('the margin lab starts from CME\'s real old silver level', () =>
  opened('?section=margin&metal=silver&notional=100000', async (page) => {
    assert.equal(await text(page, 'margin-cut'), '16.7%');
    assert.equal(await text(page, 'margin-extra'), '$3,000');
  }));

test('the account lab says Binance would not open 50x on the whole balance', () =>
  opened('?section=account&acct_lev=50', async (page) => {
    assert.match(await text(page, 'account-limit'), /would not open/);
    const cards = await page.$$eval('#account .output-card .value', (values) => values.map((v) => v.textContent));
    assert.ok(cards.length >= 3);
    for (const card of cards) {
      const dollars = card.startsWith('$') ? Number(card.replace(/[$,]/g, '')) : 0;
      assert.ok(dollars <= 1_200_000, `${card} is more than the account put in`);
    }
  }));

test('data/facts.json and data/facts.csv hold every record the page shows', async () => {
  const json = JSON.parse(await readFile(join(DIST, 'data/facts.json'), 'utf8'));
  const ids = new Set(json.map((record) => record.id));
  const csv = await readFile(join(DIST, 'data/facts.csv'), 'utf8');
  assert.equal(csv.replace(/^\ufeff/, '').trim().split('\r\n').length, json.length + 1);
  for (const line of csv.trim().split('\r\n')) {
    for (const cell of line.split(',')) {
      const bare = cell.replace(/^"/, '');
      if (/^[=+\-@]/.test(bare)) assert.ok(!Number.isNaN(Number(bare)), `formula-like cell ${cell}`);
    }
  }
  await opened('', async (page) => {
    const onPage = await page.$$eval('[data-fact], [data-ref]', (els) => els.map((el) => el.dataset.fact ?? el.dataset.ref));
    assert.ok(onPage.length > 50);
    for (const id of onPage) assert.ok(ids.has(id), `${id} is on the page but not in the data file`);
    for (const link of ['facts-json', 'facts-csv']) {
      const href = await page.getAttribute(`[data-testid=${link}]`, 'href');
      const response = await page.request.get(new URL(href, page.url()).href);
      assert.equal(response.status(), 200, href);
    }
  });
});
