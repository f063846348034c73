// `npm run bench`: runs every benchmark and writes BENCHMARKS.md at the repo root (figures, the machine, the
// date, how to reproduce each). It builds its own copy of the project in a temp folder, so it neither needs nor
// touches dist/. BENCH_DROP=path,… leaves pages out of the scale copies only. BENCH_SCALE_SIZES (default 1000,5000,10000) picks the scale sizes; BENCH_LIGHTHOUSE=0 skips
// Lighthouse; BENCH_REF=HEAD measures the last commit instead of the working tree; BENCH_ONLY=scale runs the scale
// benchmark only and BENCH_ONLY=site the others but the mutation score (page weights, redraws, Lighthouse); either
// replaces its sections in the existing BENCHMARKS.md, leaving the other sections as they were.
// Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { radarRedraw, teamRedraw, weightsByKind } from './bench-assess.mjs';
import { build, copyProject, files, kb, mutationSection, removeCopy, serveStatic } from './bench-lib.mjs';
import { CATEGORIES, lighthouseByKind } from './bench-lighthouse.mjs';
import { generationTable, runScale, scaleTable, sizesFrom } from './bench-scale.mjs';

const started = new Date();
const startLoad = loadavg().map((l) => l.toFixed(1)).join(' / ');
const out = [];
const only = process.env.BENCH_ONLY;
/** What was measured: the commit BENCH_REF names (resolved, so "HEAD" is recorded as the commit it was), or the working tree. */
const measured = process.env.BENCH_REF
  ? `commit ${execFileSync('git', ['rev-parse', process.env.BENCH_REF], { encoding: 'utf8' }).trim()}`
  : 'working tree';
/** The sections each BENCH_ONLY value measures again. */
const ONLY = { scale: ['Scale'], site: ['JavaScript and CSS per page kind', 'Radar redraw', 'Team planner redraw', 'Lighthouse (mobile)'] };
if (only && !ONLY[only]) throw new Error(`BENCH_ONLY: "scale" or "site", not "${only}"`);
const section = (title, how, body) => {
  const text = `## ${title}\n\n${how}\n\n${body}\n`;
  if (only) {
    // One section measured again: it replaces its namesake in the file; the rest (and its header) stays as it was.
    if (!ONLY[only].includes(title)) return;
    const old = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : header();
    const start = old.indexOf(`## ${title}\n`);
    const end = start < 0 ? -1 : old.indexOf('\n## ', start + 1);
    const note = `(Section measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with BENCH_ONLY=${only}, ${measured}; load average ${startLoad} at its start.)\n\n`;
    const next = start < 0 ? `${old.trimEnd()}\n\n${text}` : `${old.slice(0, start)}${text.replace('\n\n', `\n\n${note}`)}${end < 0 ? '' : old.slice(end)}`;
    writeFileSync('BENCHMARKS.md', next);
    return;
  }
  out.push(text);
  writeFileSync('BENCHMARKS.md', `${header()}\n${out.join('\n')}`); // after every section, so a long run that stops keeps what it measured
};
/** The top of BENCHMARKS.md: when, what, on which machine. */
function header() {
  const cpu = cpus();
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs), started ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${measured}.
Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}/${process.arch}; load average ${startLoad} at the start (other work on the machine slows wall-clock figures; the CPU columns of the scale table are steadier).
Every figure is printed by a script; none is a test assertion. Timings depend on the machine and on what else runs on it.
`;
}
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

if (!only || only === 'site') {
  console.log(`bench: building a copy of the site (${measured})`);
  const dir = copyProject('atlas-bench-', ''); // the whole site; BENCH_DROP applies to the scale copies only
  try {
    const built = await build(dir);
    if (!built.ok) throw new Error(`the build failed:\n${built.log.split('\n').slice(-30).join('\n')}`);
    const dist = join(dir, 'dist');
    const pages = files(dist, (n) => n.endsWith('.html')).length;
    console.log(`built ${pages} pages in ${(built.ms / 1000).toFixed(1)} s`);

    const weights = weightsByKind(dist);
    section(
      'JavaScript and CSS per page kind',
      'Gzipped (level 9) bytes a page makes the browser load before any interaction: its module scripts with every chunk they import statically, and its stylesheets (linked files and inline `<style>`). The largest page of each kind, both locales. Budgets: content pages 0 KB of JavaScript, tool pages ≤ 25 KB. Reproduce: `npm run build && npm run bench:assess` (or `node scripts/bench-assess.mjs <dist>`).',
      table(['page kind', 'pages', 'JS gz', 'CSS gz', 'HTML gz'], weights.map((w) => [w.kind, w.pages, kb(w.js), kb(w.css), kb(w.html)])),
    );
    console.log('weights done');

    const server = await serveStatic(dist);
    let redraw, team;
    try {
      redraw = await radarRedraw(server.origin);
      team = await teamRedraw(server.origin);
    } finally {
      await server.close();
    }
    section(
      'Radar redraw',
      'Time from a rating change on /assess/ to the redrawn radar (performance measure `atlas-redraw`), over 60 changes in headless Chromium (BENCH_RUNS to change). Budget: one frame, 16 ms. Reproduce: `npm run build && npm run bench:assess`.',
      `median ${redraw.median.toFixed(2)} ms, p95 ${redraw.p95.toFixed(2)} ms, max ${redraw.max.toFixed(2)} ms over ${redraw.changes} changes.`,
    );
    section(
      'Team planner redraw',
      'Time from a change on /team/ (a "what if this person leaves" toggle or a new target QPS, alternately, on the first blueprint) to everything redrawn: analysis, teams, coverage radar and tables, risks, suggestions (performance measure `atlas-team-redraw`), over 60 changes in headless Chromium. Budget: one frame, 16 ms. Reproduce: `npm run build && npm run bench:assess`.',
      `median ${team.median.toFixed(2)} ms, p95 ${team.p95.toFixed(2)} ms, max ${team.max.toFixed(2)} ms over ${team.changes} changes.`,
    );
    console.log('redraw done');

    if (process.env.BENCH_LIGHTHOUSE !== '0') {
      const lh = await lighthouseByKind(dist, console.log);
      section(
        'Lighthouse (mobile)',
        `Lighthouse 13.5.0 with its default mobile emulation and throttling on the first English page of each kind, the site served gzip-compressed by a small static server (scripts/bench-lib.mjs), Chromium from @sparticuz/chromium. Budget: 100 in every category. Reproduce: \`npm run build && npm run bench:lighthouse\`.`,
        table(['page kind', 'page', ...CATEGORIES, 'audits below 100'], lh.map((r) => [r.kind, `\`${r.path}\``, ...(r.error ? CATEGORIES.map(() => r.error) : CATEGORIES.map((c) => r.scores[c])), (r.failing ?? []).join(', ')])),
      );
      console.log('lighthouse done');
    } else {
      section('Lighthouse (mobile)', 'Skipped (BENCH_LIGHTHOUSE=0).', 'not run');
    }
  } finally {
    removeCopy(dir);
  }
}

const sizes = sizesFrom();
const scale = only === 'site' ? [] : await runScale(sizes);
if (only !== 'site') section(
  'Scale',
  `Each size N adds N synthetic entries of every kind in both locales to a temp copy (skills, roles and glossary terms with generated prose; MDX guides, career paths, team blueprints, life-cycle stages and requirement rules cloned from the real ones), builds it (Astro + Pagefind) and searches it in headless Chromium over a gzip static server. *ms/page* is build time (wall clock) / HTML pages; *marginal ms/page* is Δ build time / Δ pages from the previous size: it stays flat when no page pays for the size of the atlas. The CPU columns are the same from user + system CPU time of the build (GNU time), which a busy machine disturbs far less than wall time. The *bare* columns build a bare Astro + MDX + Pagefind site with the same number of pages (one MDX entry of the same generated prose per page, half of them Korean; scripts/bench-bare.mjs): what its marginal cost does between sizes is the stack's own growth, and only the atlas's growth beyond it is the atlas's (BENCH_BARE=0 skips it). Peak RSS of the build process (GNU time). Search: *cold* is the first query on a fresh page, *new word* the median of four more new queries, *repeat* the same queries again; *KB/new query* is the median gzipped bytes fetched under /pagefind/ per new query. *assess HTML KB* is the self-assessment page's HTML (the larger locale), what its first load weighs before the island fetches the form area by area; *matrix HTML KB* the largest skills-matrix page (one page, or past 1,200 cells the index and its parts). Reproduce: \`npm run bench:scale -- ${sizes.join(',')}\` (or BENCH_SCALE_SIZES).`,
  `\`\`\`\n${scaleTable(scale)}\n\`\`\`\n\nWall ms Astro spent per generated file, by kind (from its build log; a kind whose cost grows with N is the one to fix):\n\n\`\`\`\n${generationTable(scale)}\n\`\`\`\n\n${process.env.BENCH_DROP ? `Measured without ${process.env.BENCH_DROP} (BENCH_DROP).\n\n` : ''}${scale.filter((r) => !r.failed).map((r) => `- N=${r.n}: ${Object.entries(r.counts).map(([k, c]) => `${c} ${k}`).join(', ')}; largest HTML \`${r.largest.path}\` (${r.largest.kb.toFixed(1)} KB), largest JSON \`${r.largestJson.path}\` (${r.largestJson.kb.toFixed(1)} KB), assess page ${r.assessKb.toFixed(1)} KB, compare page ${r.compareKb?.toFixed(1) ?? 'n/a'} KB, largest matrix page ${r.matrixKb.toFixed(1)} KB, median detail page ${r.medianDetailKb.toFixed(1)} KB.`).join('\n')}`,
);

if (!only) {
  const mutation = mutationSection();
  section('Mutation score', mutation.how, mutation.body);
}

console.log(`\n${only === 'site' ? '' : scaleTable(scale)}\n\nwrote BENCHMARKS.md in ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s`);
