// Helpers shared by the benchmark scripts (bench-assess, bench-lighthouse, bench-scale, bench): an isolated
// build in a temporary copy of the project, a static server that gzips like a static host, page kinds and
// their gzipped JavaScript and CSS, and headless Chromium. Nothing here asserts; scripts print figures.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import chromium from '@sparticuz/chromium';
import { chromium as playwright } from 'playwright-core';

/** The project root (scripts run from it through npm). */
export const ROOT = process.cwd();
const ASTRO = 'node_modules/astro/bin/astro.mjs';
/** Flags for the bundled Chromium: not `chromium.args`, which disable web security and hide CSP faults. */
export const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** `1234` bytes as `1.2 KB`. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** The median of a list of numbers. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Gzipped size of a buffer or string at level 9, as a static host would serve it. */
export const gzipped = (data) => gzipSync(data, { level: 9 }).length;

/** A temp copy of the project. node_modules is a real folder of per-package symlinks, so Astro's and Vite's
 *  caches (node_modules/.astro, node_modules/.vite) are written in the copy, not into the shared checkout. */
export function copyProject(prefix = 'atlas-bench-', drop = process.env.BENCH_DROP ?? '') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const names = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'].filter((name) => existsSync(join(ROOT, name)));
  // BENCH_REF=HEAD (or any commit) measures committed code instead of the working tree, e.g. while others edit it.
  if (process.env.BENCH_REF) execFileSync('sh', ['-c', `git archive "$0" ${names.join(' ')} | tar -x -C "$1"`, process.env.BENCH_REF, dir]);
  else for (const name of names) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  // `drop` (BENCH_DROP=path,path) removes files or folders from the copy (e.g. a page that cannot be built at a size), said out loud.
  for (const path of drop.split(',').filter(Boolean)) {
    console.log(`bench: copy without ${path}`);
    rmSync(join(dir, path), { recursive: true, force: true });
  }
  linkModules(dir);
  return dir;
}

/** Gives `dir` a node_modules folder of per-package symlinks to the project's, without Astro's and Vite's caches. */
export function linkModules(dir) {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** Removes a temp copy. */
export const removeCopy = (dir) => rmSync(dir, { recursive: true, force: true });

/**
 * Runs `astro build` in `dir` (under GNU time when present, for peak RSS and CPU time) and returns
 * `{ ok, ms, cpuMs, rssMb, log }` (wall ms; CPU ms and RSS are NaN without GNU time). ATLAS_BASE and ATLAS_SITE are cleared so every benchmark measures the same site.
 */
export function build(dir) {
  const logFile = join(dir, 'build.log');
  const fd = openSync(logFile, 'w');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.ATLAS_BASE;
  delete env.ATLAS_SITE;
  const timed = existsSync('/usr/bin/time');
  const [cmd, args] = timed ? ['/usr/bin/time', ['-v', process.execPath, ASTRO, 'build']] : [process.execPath, [ASTRO, 'build']];
  const start = performance.now();
  return new Promise((resolve) => {
    spawn(cmd, args, { cwd: dir, env, stdio: ['ignore', fd, fd] }).on('exit', (code) => {
      closeSync(fd);
      const ms = performance.now() - start;
      const log = readFileSync(logFile, 'utf8');
      const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(log)?.[1] ?? NaN);
      // CPU time (user + system, the build and its children) moves far less than wall time on a busy machine.
      const cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
      resolve({ ok: code === 0, ms, cpuMs, rssMb: field('Maximum resident set size \\(kbytes\\)') / 1024, log });
    });
  });
}

/** Every file below `dir` whose name passes `keep`, skipping Pagefind's index and Astro's assets. */
export function files(dir, keep) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : files(path, keep);
    return keep(e.name) ? [{ path, bytes: statSync(path).size }] : [];
  });
}

/**
 * The kind of a built page, from its path below dist/: `home`, `roles (index)`, `roles (detail)`,
 * `roles (page n)` for a paginated index, `404`; Korean pages under ko/ share the kind of the English one.
 */
export function pageKind(dist, htmlFile) {
  const parts = relative(dist, htmlFile).split(sep);
  if (parts[0] === 'ko') parts.shift();
  if (parts.length === 1) return parts[0] === 'index.html' ? 'home' : parts[0].replace(/\.html$/, '');
  const [section, ...rest] = parts.slice(0, -1);
  if (rest.length === 0) return `${section} (index)`;
  if (rest[0] === 'page') return `${section} (page n)`;
  return `${section} (detail)`;
}

/** Built pages grouped by kind: `Map<kind, file[]>`, English pages first within each kind. */
export function pagesByKind(dist) {
  const groups = new Map();
  const pages = files(dist, (n) => n.endsWith('.html')).map((f) => f.path).sort((a, b) => Number(a.includes(`${sep}ko${sep}`)) - Number(b.includes(`${sep}ko${sep}`)) || a.localeCompare(b));
  for (const page of pages) {
    const kind = pageKind(dist, page);
    if (!groups.has(kind)) groups.set(kind, []);
    groups.get(kind).push(page);
  }
  return groups;
}

/** The kind of a generated file from its URL path: a page kind (see pageKind), `api list`, `api entry` or `api other`. */
function routeKind(path) {
  if (path.startsWith('/api/')) {
    const depth = path.split('/').length; // /api/v1/<locale>/<kind>.json has 5 parts, an entry file 6
    return depth === 5 && path.endsWith('.json') && !path.includes('/schemas/') ? 'api list' : depth === 6 ? 'api entry' : 'api other';
  }
  return pageKind('/', join('/', path.endsWith('.html') ? path : `${path}index.html`));
}

/**
 * Time Astro spent generating each kind of file, from the `├─ /path (+12ms)` lines of its build log:
 * `Map<kind, { files, ms }>`, kinds as in pageKind plus the API files. Shows which kind of page gets slower.
 */
export function generationTimes(log) {
  const kinds = new Map();
  for (const m of log.matchAll(/[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(m?s)\)/g)) {
    const kind = routeKind(m[1]);
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const entry = kinds.get(kind) ?? { files: 0, ms: 0 };
    entry.files += 1;
    entry.ms += ms;
    kinds.set(kind, entry);
  }
  return kinds;
}

/** The dist/ file that serves a root-relative URL of a script or stylesheet. */
const assetFile = (dist, src) => join(dist, decodeURIComponent(src.replace(/^\/+/, '').split(/[?#]/)[0]));

/**
 * What a page makes the browser download before any interaction, gzipped: its module scripts and every chunk
 * they import statically, and its stylesheets (linked files plus inline `<style>` blocks).
 */
export function pageWeight(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => assetFile(dist, m[1]));
  let js = 0;
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    js += gzipped(code);
    for (const m of code.toString().matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(join(dist, '_astro', m[1]));
  }
  const linked = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter(Boolean);
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const css = linked.reduce((sum, href) => sum + gzipped(readFileSync(assetFile(dist, href))), 0) + (inline ? gzipped(inline) : 0);
  return { js, css, html: gzipped(html) };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * Serves `dist` on 127.0.0.1 like a static host: `dir/` → `dir/index.html`, 404.html for a missing file,
 * text types gzipped when the client accepts gzip, long cache for hashed assets. Resolves to
 * `{ origin, close() }`. Each response is compressed once and kept, as a host or CDN would.
 */
export function serveStatic(dist, port = 0) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) [file, status] = [join(dist, '404.html'), 404];
    if (!existsSync(file)) return void res.writeHead(404).end();
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const key = `${file}|${gzip}`;
    if (!cache.has(key)) cache.set(key, gzip ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file));
    const body = cache.get(key);
    res.writeHead(status, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Headless Chromium from @sparticuz/chromium, driven by Playwright. */
export async function launchBrowser() {
  return playwright.launch({ executablePath: await chromium.executablePath(), args: CHROME_FLAGS });
}

/** The executable path of the bundled Chromium (for tools such as Lighthouse that launch it themselves). */
export const chromePath = () => chromium.executablePath();

/** Runs `main` when the script is invoked directly (`node scripts/x.mjs`), not when imported. */
export function isMain(meta) {
  return process.argv[1] && normalize(process.argv[1]) === normalize(new URL(meta.url).pathname);
}

/**
 * The mutation-score section of BENCHMARKS.md from Stryker's JSON report (reports/mutation/mutation.json):
 * (killed + timed out) / (killed + timed out + survived + no coverage), overall and per file with mutants.
 */
export function mutationSection(report = 'reports/mutation/mutation.json') {
  const how = `StrykerJS over src/domain: (killed + timed out) / (killed + timed out + survived + no coverage), from ${report}. Reproduce: \`npm run test:mutation\`, then \`npm run bench\`.`;
  if (!existsSync(report)) return { how, body: 'not run (no report yet).' };
  const data = JSON.parse(readFileSync(report, 'utf8'));
  const rows = [];
  const total = { detected: 0, valid: 0 };
  for (const [path, file] of Object.entries(data.files ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const count = (...statuses) => file.mutants.filter((m) => statuses.includes(m.status)).length;
    const detected = count('Killed', 'Timeout');
    const valid = detected + count('Survived', 'NoCoverage');
    if (valid === 0) continue;
    total.detected += detected;
    total.valid += valid;
    rows.push(`| ${path} | ${((100 * detected) / valid).toFixed(1)} % | ${detected} | ${count('Survived')} | ${count('NoCoverage')} |`);
  }
  const when = statSync(report).mtime.toISOString().slice(0, 16).replace('T', ' ');
  return {
    how,
    body: `Overall **${((100 * total.detected) / total.valid).toFixed(1)} %** (report of ${when} UTC).\n\n| file | score | killed or timed out | survived | no coverage |\n|---|---:|---:|---:|---:|\n${rows.join('\n')}`,
  };
}
