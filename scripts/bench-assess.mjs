// Measures the page budgets of a built site: gzipped JavaScript and CSS per page kind (the JavaScript a page
// loads before any interaction, with every chunk it imports statically), and how long the self-assessment
// radar takes to redraw after a rating change, in real headless Chromium. Prints figures; asserts nothing.
//   npm run build && npm run bench:assess [-- dist]      (hold /tmp/atlas-dist.lock around both in the shared tree)
import { resolve } from 'node:path';
import { isMain, kb, launchBrowser, median, pagesByKind, pageWeight, serveStatic } from './bench-lib.mjs';

/**
 * Per page kind: number of pages, and the largest gzipped JavaScript, CSS and HTML of any page of that kind
 * (both locales). Content pages must load 0 KB of JavaScript; tool pages at most 25 KB.
 */
export function weightsByKind(dist) {
  const rows = [];
  for (const [kind, pages] of pagesByKind(dist)) {
    const weights = pages.map((p) => pageWeight(dist, p));
    rows.push({
      kind,
      pages: pages.length,
      example: pages[0],
      js: Math.max(...weights.map((w) => w.js)),
      css: Math.max(...weights.map((w) => w.css)),
      html: Math.max(...weights.map((w) => w.html)),
    });
  }
  return rows.sort((a, b) => b.js - a.js || a.kind.localeCompare(b.kind));
}

/** Durations (ms) of the performance measure `name` over the changes `change(page, i)` makes, summarised. */
async function measureRedraws(page, name, runs, change) {
  await page.evaluate((n) => performance.clearMeasures(n), name);
  for (let i = 0; i < runs; i++) await change(page, i);
  const durations = await page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  durations.sort((a, b) => a - b);
  const at = (q) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))];
  return { changes: durations.length, median: median(durations), p95: at(0.95), max: durations.at(-1) };
}

/** Redraw time of the assessment radar after `runs` rating changes (performance measure 'atlas-redraw'), in ms. */
export async function radarRedraw(origin, runs = Number(process.env.BENCH_RUNS ?? 60)) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/assess/`, { waitUntil: 'networkidle' });
    const target = await page.$eval('#assess-target', (s) => [...s.options].map((o) => o.value).find((v) => v) ?? '');
    if (target) await page.selectOption('#assess-target', target);
    const radios = await page.$$eval('#assess-form input[type=radio]', (inputs) => inputs.map((i) => `input[name="${i.name}"][value="${i.value}"]`));
    return await measureRedraws(page, 'atlas-redraw', runs, (p, i) => p.check(radios[(i * 37) % radios.length]));
  } finally {
    await browser.close();
  }
}

/**
 * Redraw time of the team planner (analysis, teams, coverage radar and tables, risks, suggestions) after `runs`
 * changes to the first blueprint's plan: alternately a "what if this person leaves" toggle and a new target QPS
 * (performance measure 'atlas-team-redraw'), in ms.
 */
export async function teamRedraw(origin, runs = Number(process.env.BENCH_RUNS ?? 60)) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/team/`, { waitUntil: 'networkidle' });
    await page.click('#tp-load-preset');
    // The blueprint is fetched when it is loaded; measure once its plan is on screen.
    await page.waitForFunction(() => (document.getElementById('tp-status')?.textContent ?? '').includes('Started from the blueprint'));
    return await measureRedraws(page, 'atlas-team-redraw', runs, async (p, i) => {
      if (i % 2 === 0) await p.locator('#tp-teams input[type=checkbox]').nth((i / 2) % 3).click();
      else await p.fill('#tp-in-qps', String(5 + i)).then(() => p.press('#tp-in-qps', 'Tab'));
    });
  } finally {
    await browser.close();
  }
}

if (isMain(import.meta)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  console.log('page kind                     pages   JS gz    CSS gz   HTML gz (largest page of the kind)');
  for (const r of weightsByKind(dist)) {
    console.log(`${r.kind.padEnd(28)} ${String(r.pages).padStart(6)} ${kb(r.js).padStart(9)} ${kb(r.css).padStart(9)} ${kb(r.html).padStart(9)}`);
  }
  const server = await serveStatic(dist);
  try {
    const r = await radarRedraw(server.origin);
    console.log(`radar redraw after a rating change (${r.changes} changes): median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, max ${r.max.toFixed(2)} ms`);
    const tr = await teamRedraw(server.origin);
    console.log(`team planner redraw after a change (${tr.changes} changes): median ${tr.median.toFixed(2)} ms, p95 ${tr.p95.toFixed(2)} ms, max ${tr.max.toFixed(2)} ms`);
  } finally {
    await server.close();
  }
}
