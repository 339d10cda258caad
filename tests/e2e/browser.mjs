// Launches Debian's Chromium through playwright-core (no browser download is possible here)
// and records everything a test should fail on: console errors, page errors, failed requests,
// requests to other origins.
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

/** The release build under test (`E2E_DIST` to test another). */
export const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
/** The same release built with `test-hooks` (`force_panic_for_tests`, `embed_state_for_tests`). */
export const HOOKS_DIST = process.env.E2E_HOOKS_DIST ?? 'target/e2e-hooks-dist';
/** Where tests leave screenshots for a human to look at. */
export const SHOTS = 'target/screenshots';

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Registers the `before`/`after` hooks a test file shares: one Chromium for the whole file, the
 * screenshot folder, and, unless `serveBuild` is false (tests that serve the build their own way,
 * under a sub-path or per test), one static server of `DIST`. Returns `{ browser, server }`,
 * filled in once `before` has run and closed after the file's last test.
 */
export function useBrowser({ serveBuild = true } = {}) {
  const session = { browser: undefined, server: undefined };
  before(async () => {
    session.browser = await launch();
    if (serveBuild) session.server = await serve(DIST);
    await mkdir(SHOTS, { recursive: true });
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * Where a range input's thumb sits, in page pixels: `{ x, y, width, fraction }`, `fraction`
 * being the value's place between min and max (the thumb's centre travels 8 px inside each end).
 */
export async function thumbOf(page, selector) {
  const box = await page.locator(selector).boundingBox();
  const fraction = await page.$eval(selector, (el) => (Number(el.value) - Number(el.min)) / (Number(el.max) - Number(el.min)));
  return { x: box.x + 8 + (box.width - 16) * fraction, y: box.y + box.height / 2, width: box.width, fraction };
}

/**
 * Opens a page that collects problems; `allowedOrigins` are the origins requests may go to;
 * `touch`: a phone's touch screen (mobile viewport, touch events).
 */
export async function openPage(browser, { width = 1280, height = 900, allowedOrigins = [], reducedMotion = 'reduce', javaScriptEnabled = true, touch = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    reducedMotion,
    javaScriptEnabled,
    isMobile: touch,
    hasTouch: touch,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning' && /panicked|CSP|Content Security Policy/.test(msg.text())) {
      problems.push(`console ${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // Leaving a page (a language redirect) cancels what it still had in flight, which is not a
  // failure: an aborted request counts only if its frame is still on the document that made it
  // a moment later.
  const madeOn = new WeakMap();
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText;
    const report = () => problems.push(`request failed: ${req.url()} ${error}`);
    if (error !== 'net::ERR_ABORTED') return report();
    setTimeout(() => {
      let stayed = true;
      try {
        stayed = req.frame().url() === madeOn.get(req);
      } catch {
        stayed = false; // the frame itself is gone
      }
      if (stayed) report();
    }, 250);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    madeOn.set(req, req.frame().url());
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'about:') return;
    if (!allowedOrigins.includes(url.origin)) problems.push(`foreign request: ${req.url()}`);
  });
  return { context, page, problems };
}

/**
 * Starts the app as a reader would: a page with nothing in its URL loads its Wasm module on the
 * reader's first key, pointer or touch, or near an interactive (assets/wake.js). A Shift press
 * is a key that does nothing else. A framed page (a playwright Frame here) wakes by itself.
 */
export async function wake(page) {
  await page.keyboard?.press('Shift');
}

/** Wakes the app and waits until it has mounted (it marks <html data-ready>). */
export async function waitForApp(page) {
  await wake(page);
  await page.waitForSelector('html[data-ready]', { timeout: 30000 });
}
