/** The self-assessment's result lists (gaps, fit, snapshots, growth), drawn from domain results; text only, never HTML. */
import type { Assessment } from '../../domain/assessment/schema';
import { growth, growthSeries, type Gap, type RoleMatch } from '../../domain/assessment/scoring';
import { sparkPath } from '../../domain/spark';
import { formatLevel as fmt } from '../../domain/levels';
import { el } from '../../client/dom';
import { joinChildren } from '../../client/join';

/** What the page tells the island about the atlas. */
export interface Model {
  areas: { id: string; name: string }[];
  /** Skills; level descriptors and next steps arrive with the skill's chunk of the form. */
  skills: { id: string; area: string; name: string; next?: string[]; levels?: string[] }[];
  roles: { id: string; name: string; expectations: Record<string, number[]> }[];
}

/** Shared context of the render functions. */
export interface Ctx {
  model: Model;
  t: (key: string, vars?: Record<string, string | number>) => string;
  skillBase: string;
  roleBase: string;
}


/** Gaps with the next level's descriptor and the next step; a message when there is no target or no gap. */
export function renderGaps(list: HTMLElement, items: Gap[] | null, { model, t, skillBase }: Ctx): void {
  type Item = Gap | { empty: string };
  const data: Item[] = items === null ? [{ empty: t('assess.gapsNoTarget') }] : items.length === 0 ? [{ empty: t('assess.gapsNone') }] : items;
  joinChildren(list, 'li', data, () => el('li'), (li, g) => {
    if ('empty' in g) return void (li.textContent = g.empty);
    const skill = model.skills.find((s) => s.id === g.skill)!;
    const link = el('a', skill.name);
    link.href = `${skillBase}${g.skill}/`;
    li.replaceChildren(
      link,
      el('span', ` ${t('assess.gapLine', { current: g.current, expected: g.expected })}`, 'gap-levels'),
      el('p', t('assess.nextLevel', { level: g.current + 1, text: skill.levels?.[g.current] ?? '' })),
      el('p', t('assess.nextStep', { text: skill.next?.[g.current] ?? '' })),
    );
  });
}

/** Roles by shape match and seniority met, each with a button that makes it the target. */
export function renderFit(list: HTMLElement, ranked: RoleMatch[], { model, t, roleBase }: Ctx): void {
  joinChildren(list, 'li', ranked, () => el('li'), (li, f) => {
    const role = model.roles.find((r) => r.id === f.role)!;
    const link = el('a', role.name);
    link.href = `${roleBase}${f.role}/`;
    const button = el('button', t('assess.fitTarget'), 'secondary small');
    button.type = 'button';
    button.dataset.role = f.role;
    button.setAttribute('aria-label', `${t('assess.fitTarget')}: ${role.name}`);
    li.replaceChildren(
      link,
      el('span', ` — ${t('assess.fitLine', { shape: Math.round(f.shape * 100), met: f.met ? t('assess.metLevel', { seniority: t(`seniority.${f.met}`) }) : t('assess.metNone') })} `, 'meta-list'),
      button,
    );
  });
}

/** A snapshot chooser, keeping the chosen snapshot selected; with `now`, its empty choice means the present. */
export function renderSnapshots(compare: HTMLSelectElement, snapshots: Assessment['snapshots'], { t }: Ctx, now?: string): void {
  const current = compare.value;
  const options = snapshots.map((s, i) => {
    const option = el('option', `${new Date(s.at).toLocaleString(document.documentElement.lang)}${s.label ? ` — ${s.label}` : ''}`);
    option.value = String(i);
    return option;
  });
  const none = el('option', now ?? t('assess.compareNone'));
  none.value = '';
  compare.replaceChildren(none, ...options);
  // The "from" chooser defaults to the newest snapshot; the "to" chooser (with `now`) to now.
  compare.value = current && Number(current) < options.length ? current : options.length && now === undefined ? String(options.length - 1) : '';
}

/** How a point in time is headed: a snapshot's date and label, or "now". */
export function pointLabel(point: { at: string | null; label?: string | undefined }, t: Ctx['t']): string {
  return point.at === null ? t('assess.now') : `${new Date(point.at).toLocaleDateString(document.documentElement.lang)}${point.label ? ` — ${point.label}` : ''}`;
}

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
