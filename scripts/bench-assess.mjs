// Measures the self-assessment budget: gzipped JavaScript per page type, and how long a redraw takes after
// a rating change, in real headless Chromium against the built site. Run `npm run build` first.
// Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import chromium from '@sparticuz/chromium';
import { chromium as playwright } from 'playwright-core';

const PORT = 4398;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

function scriptsOf(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
}

/** Gzipped bytes of a page's scripts and everything they import statically (same-origin chunks in dist/). */
function jsWeight(htmlFile) {
  const seen = new Set();
  const queue = scriptsOf(htmlFile).map((src) => join('dist', src.replace(/^\/+/, '')));
  let gz = 0;
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    gz += gzipSync(code, { level: 9 }).length;
    for (const m of code.toString().matchAll(/from\s*"\.\/([^"]+\.js)"/g)) queue.push(join('dist/_astro', m[1]));
  }
  return gz;
}

function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(path);
    return name === 'index.html' ? [path] : [];
  });
}

const all = pages('dist');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const contentPages = all.filter((p) => !/\/(assess|search)\//.test(p));
const contentJs = contentPages.reduce((sum, p) => sum + jsWeight(p), 0);
console.log(`content pages: ${contentPages.length}, JavaScript on all of them together: ${kb(contentJs)} gzipped`);
for (const page of ['dist/assess/index.html', 'dist/ko/assess/index.html', 'dist/search/index.html']) {
  console.log(`${page}: ${kb(jsWeight(page))} gzipped JavaScript on load`);
}

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await playwright.launch({
    executablePath: await chromium.executablePath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/assess/`, { waitUntil: 'networkidle' });
  await page.selectOption('#assess-target', 'model-engineer');
  const radios = await page.$$eval('#assess-form input[type=radio]', (inputs) => inputs.map((i) => `input[name="${i.name}"][value="${i.value}"]`));
  await page.evaluate(() => performance.clearMeasures('atlas-redraw'));
  for (let i = 0; i < RUNS; i++) await page.check(radios[(i * 37) % radios.length]);
  const durations = await page.evaluate(() => performance.getEntriesByName('atlas-redraw').map((e) => e.duration));
  durations.sort((a, b) => a - b);
  const at = (q) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))].toFixed(2);
  console.log(`redraw after a rating change (${durations.length} changes): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${durations.at(-1).toFixed(2)} ms`);
  await browser.close();
} finally {
  server.kill();
}
