/**
 * DOM parts of the team planner: the teams with their members and controls, the coverage tables and the
 * risk and suggestion lists. Pure rendering: every value comes from the plan and its analysis
 * (src/domain/team); user text (names) only ever reaches the page as text.
 */
import { SENIORITIES } from '../../schemas/constants';
import { MAX_COUNT } from '../../schemas/requirements';
import type { PlanAnalysis } from '../../domain/team/analyze';
import type { Member } from '../../domain/team/coverage';
import type { PlannerKnowledge } from '../../domain/team/knowledge';
import type { Plan, PlanTeam } from '../../domain/team/plan';

/** What the page passes in `data-model`. */
export interface Model {
  /** The planner's slice of the atlas. */
  knowledge: PlannerKnowledge;
  /** Display names by id, per kind. */
  names: Record<'roles' | 'skills' | 'areas' | 'stages' | 'rules' | 'blueprints', Record<string, string>>;
}

/** The translator of the island. */
export type T = (key: string, vars?: Record<string, string | number>) => string;

/** Creates an element with text and attributes (attributes are plain strings; never markup). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A labelled control: a `.field` with a label and the control. */
function field(label: string, control: HTMLElement, check = false): HTMLElement {
  const wrap = el('div', { class: check ? 'field check' : 'field' });
  const lab = el('label', { for: control.id }, label);
  if (check) wrap.append(control, lab);
  else wrap.append(lab, control);
  return wrap;
}

function select(id: string, options: [string, string][], value: string, data: Record<string, string>): HTMLSelectElement {
  const s = el('select', { id, ...data });
  for (const [v, text] of options) s.append(el('option', { value: v }, text));
  s.value = value;
  return s;
}

/** A role picker cloned from the server-rendered template (roles grouped by team). */
function roleSelect(template: HTMLTemplateElement, id: string, value: string | null, data: Record<string, string>, none?: string): HTMLSelectElement {
  const s = (template.content.querySelector('select')!.cloneNode(true) as HTMLSelectElement);
  s.id = id;
  for (const [k, v] of Object.entries(data)) s.setAttribute(k, v);
  if (none !== undefined) s.prepend(el('option', { value: '' }, none));
  s.value = value ?? '';
  return s;
}

/** A member's display name: the person's name, or role · seniority · number. */
export function memberName(m: Member, model: Model, t: T): string {
  if (m.name !== null) return m.name;
  return t('plan.member.nominal', { role: model.names.roles[m.role ?? ''] ?? m.role ?? '', seniority: t(`seniority.${m.seniority}`), n: m.position + 1 });
}

/** One team: its heading, members with their controls and the "Add member" form. */
function renderTeam(team: PlanTeam, analysis: PlanAnalysis, model: Model, t: T, template: HTMLTemplateElement): HTMLElement {
  const section = el('section', { class: 'plan-team', 'aria-labelledby': `tp-${team.id}-title` });
  const heading = el('h3', { id: `tp-${team.id}-title` }, t(`team.${team.team}`));
  const remove = el('button', { type: 'button', class: 'secondary no-print', 'data-action': 'remove-team', 'data-id': team.id }, t('plan.removeTeam', { team: t(`team.${team.team}`) }));
  section.append(el('div', { class: 'plan-team-head' }, heading, remove));
  const list = el('ul', { class: 'plan-members' });
  const seniorities = SENIORITIES.map((s) => [s, t(`seniority.${s}`)] as [string, string]);
  for (const line of team.lines) {
    const roleName = model.names.roles[line.role] ?? line.role;
    const item = el('li', { class: 'plan-member' });
    const role = roleSelect(template, `tp-${line.id}-role`, line.role, { 'data-action': 'line-role', 'data-id': line.id });
    const seniority = select(`tp-${line.id}-seniority`, seniorities, line.seniority, { 'data-action': 'line-seniority', 'data-id': line.id });
    const count = el('input', { id: `tp-${line.id}-count`, type: 'number', min: '1', max: String(MAX_COUNT), step: '1', 'data-action': 'line-count', 'data-id': line.id });
    count.value = String(line.count);
    const label = (key: string) => `${t(key)} (${roleName})`;
    item.append(
      el('p', { class: 'print-only' }, t('plan.print.line', { n: line.count, role: roleName, seniority: t(`seniority.${line.seniority}`) })),
      el('div', { class: 'controls' },
        field(label('plan.role'), role), field(label('plan.seniority'), seniority), field(label('plan.count'), count),
        el('button', { type: 'button', class: 'secondary no-print', 'data-action': 'remove-member', 'data-id': line.id }, t('plan.removeLine', { role: roleName })),
      ),
    );
    const away = el('div', { class: 'controls away' });
    for (const m of analysis.members.filter((x) => x.lineId === line.id)) {
      const box = el('input', { id: `tp-away-${m.key.replace('.', '-')}`, type: 'checkbox', 'data-action': 'away', 'data-id': m.key });
      box.checked = m.away;
      away.append(field(t('plan.leaves', { name: memberName(m, model, t) }), box, true));
    }
    item.append(away);
    list.append(item);
  }
  for (const person of team.people) {
    const item = el('li', { class: 'plan-member' });
    const name = el('input', { id: `tp-${person.id}-name`, type: 'text', maxlength: '80', 'data-action': 'person-name', 'data-id': person.id });
    name.value = person.name;
    const role = roleSelect(template, `tp-${person.id}-role`, person.role, { 'data-action': 'person-role', 'data-id': person.id }, t('plan.noRole'));
    const away = el('input', { id: `tp-away-${person.id}`, type: 'checkbox', 'data-action': 'away', 'data-id': person.id });
    away.checked = person.away;
    item.append(
      el('p', { class: 'print-only' }, t('plan.print.person', { name: person.name, role: person.role ? model.names.roles[person.role] ?? person.role : t('plan.noRole') })),
      el('div', { class: 'controls' },
        field(t('plan.name'), name), field(t('plan.roleOf', { name: person.name }), role),
        el('span', { class: 'meta-list' }, t('plan.rated', { n: Object.keys(person.ratings).length })),
        field(t('plan.leaves', { name: person.name }), away, true),
        el('button', { type: 'button', class: 'secondary no-print', 'data-action': 'remove-member', 'data-id': person.id }, t('plan.removePerson', { name: person.name })),
      ),
    );
    list.append(item);
  }
  if (team.lines.length + team.people.length === 0) list.append(el('li', {}, t('plan.emptyTeam')));
  section.append(list);
  const add = el('div', { class: 'controls no-print plan-add' });
  const addRole = roleSelect(template, `tp-${team.id}-add-role`, Object.keys(model.names.roles)[0] ?? null, {});
  const addSeniority = select(`tp-${team.id}-add-seniority`, seniorities, 'mid', {});
  const addCount = el('input', { id: `tp-${team.id}-add-count`, type: 'number', min: '1', max: String(MAX_COUNT), step: '1' });
  addCount.value = '1';
  add.append(
    field(t('plan.role'), addRole), field(t('plan.seniority'), addSeniority), field(t('plan.count'), addCount),
    el('button', { type: 'button', id: `tp-${team.id}-add`, 'data-action': 'add-member', 'data-id': team.id }, t('plan.addMember')),
  );
  section.append(add);
  return section;
}

/** The requirements as text for the printout: each field's label and the value it shows (a box: its data-yes or data-no). */
export function renderRequirements(list: HTMLElement, form: HTMLFormElement): void {
  list.replaceChildren(...[...form.querySelectorAll('.field')].flatMap((field) => {
    const control = field.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
    const value = control instanceof HTMLSelectElement ? control.selectedOptions[0]?.text
      : control.type === 'checkbox' ? control.dataset[control.checked ? 'yes' : 'no'] : control.value;
    return [el('dt', {}, field.querySelector('label')!.textContent!), el('dd', {}, value ?? '')];
  }));
}

/** Redraws the teams block. */
export function renderTeams(host: HTMLElement, plan: Plan, analysis: PlanAnalysis, model: Model, t: T, template: HTMLTemplateElement): void {
  host.replaceChildren(...plan.teams.map((team) => renderTeam(team, analysis, model, t, template)));
}

/** "2 — Modeler (Senior) #1, …" for a table cell; "0" when nobody. */
const holders = (keys: readonly string[], byKey: Map<string, Member>, model: Model, t: T) =>
  keys.length === 0 ? '0' : t('plan.holders', { n: keys.length, names: names(keys, byKey, model, t) });
const names = (keys: readonly string[], byKey: Map<string, Member>, model: Model, t: T) =>
  keys.map((k) => memberName(byKey.get(k)!, model, t)).join(', ') || '—';

/** Fills the area table and the skill coverage table. */
export function renderCoverage(areas: HTMLElement, skills: HTMLElement, analysis: PlanAnalysis, model: Model, t: T, skillBase: string): void {
  areas.replaceChildren(...analysis.areas.map((a) => el('tr', {}, el('th', { scope: 'row' }, model.names.areas[a.area] ?? a.area), el('td', { class: 'num' }, String(a.required)), el('td', { class: 'num' }, String(a.team)))));
  const byKey = new Map(analysis.members.map((m) => [m.key, m]));
  skills.replaceChildren(
    ...analysis.coverage.map((c) =>
      el('tr', { 'data-skill': c.skill, 'data-status': c.status },
        el('th', { scope: 'row' }, el('a', { href: `${skillBase}${c.skill}/` }, model.names.skills[c.skill] ?? c.skill)),
        el('td', { class: 'num' }, String(c.level)),
        el('td', { class: 'num' }, String(c.people)),
        el('td', {}, holders(c.doers, byKey, model, t)),
        el('td', {}, holders(c.teachers, byKey, model, t)),
        el('td', {}, t(`req.status.${c.status}`)),
        el('td', {}, el('ul', { class: 'inline-list' }, ...c.rules.map((r) => el('li', {}, el('a', { href: `#rule-${r}` }, model.names.rules[r] ?? r))))),
      ),
    ),
  );
}

function items(host: HTMLElement, lines: string[], empty: string): void {
  host.replaceChildren(...(lines.length > 0 ? lines : [empty]).map((text) => el('li', {}, text)));
}

/** Fills the risk and suggestion lists. */
export function renderRisks(hosts: Record<'bus' | 'gaps' | 'spofs' | 'short' | 'stages' | 'hires' | 'pairs', HTMLElement>, analysis: PlanAnalysis, model: Model, t: T): void {
  const byKey = new Map(analysis.members.map((m) => [m.key, m]));
  const skill = (id: string) => model.names.skills[id] ?? id;
  const role = (id: string) => model.names.roles[id] ?? id;
  const bus = analysis.busFactor;
  hosts.bus.textContent = bus === null ? t('plan.bus.none') : bus.size === 0 ? t('plan.bus.zero', { skill: skill(bus.skill) })
    : t('plan.bus.value', { n: bus.size, skill: skill(bus.skill), who: names(bus.who, byKey, model, t) });
  const lines = (status: string) => analysis.coverage.filter((c) => c.status === status);
  items(hosts.gaps, lines('gap').map((c) => t('plan.gap.item', { skill: skill(c.skill), level: c.level, people: c.people })), t('plan.none'));
  items(hosts.spofs, lines('single').map((c) => t('plan.spof.item', { skill: skill(c.skill), who: names(c.doers, byKey, model, t) })), t('plan.none'));
  items(hosts.short, lines('short').map((c) => t('plan.short.item', { skill: skill(c.skill), n: c.doers.length, people: c.people })), t('plan.none'));
  items(hosts.stages, analysis.unownedStages.map((s) => t(s.contributors.length > 0 ? 'plan.stage.item' : 'plan.stage.nobody', {
    stage: model.names.stages[s.stage] ?? s.stage, owners: model.knowledge.stages.find((x) => x.id === s.stage)!.owners.map(role).join(', '), contributors: s.contributors.map(role).join(', '),
  })), t('plan.none'));
  items(hosts.hires, analysis.hires.map((h) => t(h.closes.length === 0 ? 'plan.hire.backup' : h.relieves.length === 0 ? 'plan.hire.closes' : 'plan.hire.item', {
    role: role(h.role), seniority: t(`seniority.${h.seniority}`),
    closes: h.closes.map(skill).join(', '), relieves: h.relieves.map(skill).join(', '),
  })), t(analysis.coverage.some((c) => c.status !== 'ok') ? 'plan.hire.noRole' : 'plan.hire.none'));
  items(hosts.pairs, analysis.pairs.map((p) => t('plan.pair.item', {
    teacher: memberName(byKey.get(p.teacher)!, model, t), learner: memberName(byKey.get(p.learner)!, model, t),
    skill: skill(p.skill), from: p.from, level: p.level, status: t(`req.status.${p.status}`),
  })), t('plan.pair.none'));
}
