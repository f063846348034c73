/**
 * The one page helper of the browser tests: a real headless Chromium, pages that record what must never happen,
 * axe-core, and keyboard driving (Tab until an element has focus, press keys).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The axe rule sets every page must pass. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Launches Chromium without `--disable-web-security` (it would hide CSP faults). */
export async function launch(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A fresh context. With `axe: true` axe-core is loaded into every page before the page's own scripts, which is
 * far faster than evaluating it into each loaded page; leave it off where the page must run untouched.
 */
export async function newContext(browser: Browser, { axe: withAxe = false, ...options }: BrowserContextOptions & { axe?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  if (withAxe) await context.addInitScript({ content: axeSource });
  return context;
}

/** What went wrong on a page: console errors and CSP violations, requests to other origins, scripts loaded. */
export interface Watch {
  errors: string[];
  foreign: string[];
  scripts: string[];
}

/** Opens a page that records console errors, CSP violations, failed responses and requests leaving `origin`. */
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

/** The file names `page` requests from a folder whose path contains `folder` (e.g. '/team/data/'), in request order; kept up to date. */
export function requestedFiles(page: Page, folder: string): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(folder)) names.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  return names;
}

/** Runs axe-core on the page (WCAG 2.1 A/AA and best practices) and returns its violations, readable. */
export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}

/** The focused element in short CSS-like form (`input#search-q`, `a.lang`, `button "Export"`), for messages. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name = el.tagName.toLowerCase();
    if (el.id) return `${name}#${el.id}`;
    const cls = el.classList[0];
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
    return `${name}${cls ? `.${cls}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}${text ? ` "${text}"` : ''}`;
  });
}

/** Whether the focused element matches `selector`. */
export async function isFocused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element matches `selector`, as a keyboard user
 * would; returns how many presses it took. Fails after `max` presses and names every element focus visited.
 */
export async function tabTo(page: Page, selector: string, { max = 80, backwards = false } = {}): Promise<number> {
  const visited: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await isFocused(page, selector)) return presses;
    visited.push(await focused(page));
  }
  throw new Error(`${max} × ${backwards ? 'Shift+Tab' : 'Tab'} never focused ${selector}; focus went ${visited.join(' → ')}`);
}

/** Presses keys one after another on whatever has focus, e.g. `press(page, 'ArrowDown', 'ArrowDown', 'Enter')`. */
export async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}
