// Launches Debian's Chromium through playwright-core (no browser download is possible here)
// and records everything a test should fail on: console errors, page errors, failed requests,
// requests to other origins.
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

/** The release build under test (`E2E_DIST` to test another). */
export const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
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

/** Opens a page that collects problems; `allowedOrigins` are the origins requests may go to. */
export async function openPage(browser, { width = 1280, height = 900, allowedOrigins = [], reducedMotion = 'reduce', javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    reducedMotion,
    javaScriptEnabled,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning' && /panicked|CSP|Content Security Policy/.test(msg.text())) {
      problems.push(`console ${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'about:') return;
    if (!allowedOrigins.includes(url.origin)) problems.push(`foreign request: ${req.url()}`);
  });
  return { context, page, problems };
}

/** Waits until the Wasm app has mounted (it marks <html data-ready>). */
export async function waitForApp(page) {
  await page.waitForSelector('html[data-ready]', { timeout: 30000 });
}
