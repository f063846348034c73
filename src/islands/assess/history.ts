/**
 * The self-assessment's history: change between two points (per area and per skill) and each area's level over
 * every snapshot (small line charts and a table). Loaded with the first snapshot, so a learner who has none does
 * not download it.
 */
import type { Assessment } from '../../domain/assessment/schema';
import { growth, growthSeries } from '../../domain/assessment/scoring';
import { formatLevel as fmt } from '../../domain/levels';
import { sparkPath } from '../../domain/spark';
import { el } from '../../client/dom';
import { pointLabel, type Ctx, type Model } from './render';

const level = (v: number | null | undefined) => (v === null || v === undefined ? '–' : fmt(v));

/** A table with a caption, a header row and one row per area (`cells` gives the row's values). */
function areaTable(caption: string, heads: string[], rows: { area: string; cells: string[] }[], model: Model): HTMLTableElement {
  const table = document.createElement('table');
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  for (const label of heads) {
    const th = el('th', label);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    const th = el('th', model.areas.find((a) => a.id === row.area)!.name);
    th.scope = 'row';
    tr.append(th);
    for (const v of row.cells) tr.insertCell().textContent = v;
  }
  return table;
}

type Point = Assessment['snapshots'][number] | { at: null; ratings: Assessment['ratings'] };

/** Change per area (a table headed with both points) and per skill (a list) from a snapshot to a later point. */
export function renderGrowth(box: HTMLElement, after: Point, snapshot: Point | undefined, { model, t }: Ctx): void {
  box.replaceChildren();
  if (!snapshot) return;
  const change = growth(after.ratings, snapshot.ratings, model.skills, model.areas.map((a) => a.id));
  const table = areaTable(
    t('assess.growthCaption'),
    [t('skills.area'), pointLabel(snapshot, t), pointLabel(after, t), t('assess.change')],
    change.areas.map((r) => ({ area: r.area, cells: [level(r.before), level(r.after), r.delta === null ? '–' : `${r.delta > 0 ? '+' : ''}${fmt(r.delta)}`] })),
    model,
  );
  const list = el('ul');
  for (const s of change.skills) list.append(el('li', `${model.skills.find((k) => k.id === s.skill)!.name}: ${level(s.before)} → ${level(s.after)}`));
  if (change.skills.length === 0) list.append(el('li', t('assess.growthNone')));
  box.append(table, el('h3', t('assess.growthSkills')), list);
}

/** Each area's level over all snapshots: one small line chart per area (small multiples) and a table. */
export function renderTrend(box: HTMLElement, state: Assessment, { model, t }: Ctx): void {
  box.replaceChildren();
  if (state.snapshots.length === 0) return;
  const series = growthSeries(state.snapshots, state.ratings, model.skills, model.areas.map((a) => a.id));
  const ns = 'http://www.w3.org/2000/svg';
  const list = el('ul', '', 'trend');
  for (const row of series.areas) {
    const name = model.areas.find((a) => a.id === row.area)!.name;
    const li = el('li');
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '-2 -2 124 44');
    svg.setAttribute('aria-hidden', 'true');
    const base = document.createElementNS(ns, 'path');
    base.setAttribute('class', 'grid');
    base.setAttribute('d', 'M0,40L120,40M0,0L120,0');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('class', 'trend-line');
    path.setAttribute('d', sparkPath(row.values, 120, 40));
    svg.append(base, path);
    const known = row.values.filter((v): v is number => v !== null);
    const summary = known.length ? t('assess.trendLast', { from: fmt(known[0]!), to: fmt(known.at(-1)!) }) : '–';
    li.append(svg, el('span', `${name}: ${summary}`));
    list.append(li);
  }
  const table = areaTable(t('assess.trendCaption'), [t('skills.area'), ...series.points.map((p) => pointLabel(p, t))], series.areas.map((r) => ({ area: r.area, cells: r.values.map(level) })), model);
  const wrap = el('div', '', 'table-wrap');
  wrap.append(table);
  box.append(el('h3', t('assess.trend')), list, el('p', t('assess.trendRule'), 'meta-list'), wrap);
}
