/** A real headless Chromium for the browser tests, and a page wrapper that records what must never happen. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Launches Chromium without `--disable-web-security` (it would hide CSP faults). */
export async function launch(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** What went wrong on a page: console errors, CSP violations, requests to other origins, failed requests. */
export interface Watch {
  errors: string[];
  foreign: string[];
  scripts: string[];
}

/** Opens a page that records console errors, CSP violations and requests leaving the site's origin. */
export async function watchedPage(context: BrowserContext, origin: string): Promise<{ page: Page; watch: Watch }> {
  const page = await context.newPage();
  const watch: Watch = { errors: [], foreign: [], scripts: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) watch.errors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.errors.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) watch.foreign.push(req.url());
    if (req.resourceType() === 'script') watch.scripts.push(req.url());
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/does-not-exist/')) watch.errors.push(`${res.status()} ${res.url()}`);
  });
  return { page, watch };
}

/** Runs axe-core on the page (WCAG 2 A/AA and best practices) and returns its violations, readable. */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}
