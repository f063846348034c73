/** The self-assessment's result lists (gaps, fit, snapshots, growth), drawn from domain results; text only, never HTML. */
import type { Assessment } from '../../domain/assessment/schema';
import type { Gap, RoleMatch } from '../../domain/assessment/scoring';
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
