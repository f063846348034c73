// Lighthouse (mobile, its default form factor and throttling) on one page of every page kind, served from a
// built site by a static server that gzips like a static host, with the Chromium of @sparticuz/chromium.
// Prints the four category scores per kind; asserts nothing.
//   npm run build && npm run bench:lighthouse [-- dist]   (hold /tmp/atlas-dist.lock around both in the shared tree)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { chromePath, isMain, pagesByKind, serveStatic } from './bench-lib.mjs';

const CLI = 'node_modules/lighthouse/cli/index.js';
/** The four Lighthouse categories, in the order they are printed. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Runs the Lighthouse CLI on `url`; resolves to `{ scores: { category: 0–100 }, failing: [audit titles] }`. */
async function audit(url, chrome) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-lh-'));
  const out = join(dir, 'lh.json');
  const args = [CLI, url, '--output=json', `--output-path=${out}`, '--quiet', `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run'];
  try {
    // SIGINT lets Lighthouse close the Chrome it launched when a run takes too long.
    const options = { env: { ...process.env, CHROME_PATH: chrome }, stdio: 'ignore', timeout: 240_000, killSignal: 'SIGINT' };
    const code = await new Promise((done) => spawn(process.execPath, args, options).on('exit', done));
    if (code !== 0) return { error: `lighthouse exited with ${code}` };
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? NaN) * 100)]));
    const failing = CATEGORIES.flatMap((c) => report.categories[c].auditRefs)
      .map((ref) => report.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => a.id);
    return { scores, failing: [...new Set(failing)] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lighthouse on the first English page of every kind in `dist` (see pageKind in bench-lib); `log` gets progress. */
export async function lighthouseByKind(dist, log = () => {}) {
  const server = await serveStatic(dist);
  const chrome = await chromePath();
  const rows = [];
  try {
    for (const [kind, pages] of pagesByKind(dist)) {
      const path = `/${relative(dist, pages[0]).split(sep).join('/')}`.replace(/index\.html$/, '');
      rows.push({ kind, path, ...(await audit(`${server.origin}${path}`, chrome)) });
      log(`lighthouse ${kind}: ${JSON.stringify(rows.at(-1).scores ?? rows.at(-1).error)}`);
    }
  } finally {
    await server.close();
  }
  return rows;
}

if (isMain(import.meta)) {
  const rows = await lighthouseByKind(resolve(process.argv[2] ?? 'dist'), console.log);
  console.log(`page kind                     ${CATEGORIES.map((c) => c.slice(0, 11).padStart(12)).join('')}  page, audits below 100`);
  for (const r of rows) {
    const cells = r.error ? r.error.padStart(48) : CATEGORIES.map((c) => String(r.scores[c]).padStart(12)).join('');
    console.log(`${r.kind.padEnd(28)} ${cells}  ${r.path}${r.failing?.length ? `  (${r.failing.join(', ')})` : ''}`);
  }
}
