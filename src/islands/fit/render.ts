/**
 * The DOM parts of the position-fit island: candidate list, ranking, area table, candidate details and the
 * rubric. Each takes computed data (src/domain/fit) and writes text only; user text (names, evidence) is
 * only ever set as textContent, and an evidence link is an anchor only when it is http(s).
 */
import { evidenceHref, type Evidence } from '../../domain/fit/evidence';
import type { RubricItem } from '../../domain/fit/rubric';
import type { CandidateFit } from '../../domain/fit/score';
import { formatLevel as fmt } from '../../domain/levels';
import { el } from '../../client/dom';
import { joinChildren } from '../../client/join';
import type { islandStrings } from '../../client/strings';

/** The island's translator. */
export type T = ReturnType<typeof islandStrings>;

/** A loaded candidate with its fit to the current position. */
export interface Shown {
  id: string;
  name: string;
  fit: CandidateFit;
  evidence: Evidence;
}

/** Creates an element with text and an optional class. */
const percent = (t: T, score: number | null) => (score === null ? t('fit.noScore') : t('fit.percent', { n: Math.round(score * 100) }));

/**
 * The loaded candidates: an editable name and a remove button each, joined by candidate id, so a row that
 * stays is updated in place (the field being edited keeps its text and focus).
 */
export function renderList(list: HTMLElement, shown: readonly Shown[], t: T): void {
  joinChildren(list, 'li', shown, (c) => row(c.id, t), (li, c, i) => {
    li.querySelector('label')!.textContent = t('fit.nameLabel', { n: i + 1 });
    const input = li.querySelector('input')!;
    if (input !== document.activeElement) input.value = c.name;
    li.querySelector('.visually-hidden')!.textContent = ` ${c.name}`;
  }, { key: (c) => c.id });
}

function row(id: string, t: T): HTMLLIElement {
  const li = el('li');
  li.dataset.candidate = id;
  const field = el('div', '', 'field');
  const label = el('label');
  label.htmlFor = `fit-name-${id}`;
  const input = el('input');
  input.type = 'text';
  input.id = `fit-name-${id}`;
  input.maxLength = 80;
  input.dataset.candidate = id;
  field.append(label, input);
  const remove = el('button', t('fit.remove'), 'secondary');
  remove.type = 'button';
  remove.id = `fit-remove-${id}`;
  remove.dataset.remove = id;
  remove.append(el('span', '', 'visually-hidden'));
  li.append(field, remove);
  return li;
}

/** The ranking table, best first. */
export function renderRanking(body: HTMLTableSectionElement, ranked: readonly Shown[], skillName: (id: string) => string, t: T): void {
  body.replaceChildren(...ranked.map((c, i) => {
    const tr = el('tr');
    const th = el('th', c.name);
    th.scope = 'row';
    const below = c.fit.mustBelow.map(skillName).join(', ');
    tr.append(
      el('td', String(i + 1), 'num'), th, el('td', percent(t, c.fit.score), 'num'),
      el('td', t('fit.ofTotal', { n: c.fit.assessed, total: c.fit.expected })),
      el('td', below || t('fit.noneItem')), el('td', String(c.fit.gaps.length), 'num'),
    );
    return tr;
  }));
}

/**
 * The area table: one column per radar series, the position first. Null is "not assessed" for a candidate (no
 * skill of the area rated) and — for the position (no skill of the area expected).
 */
export function renderAreas(table: HTMLTableElement, labels: readonly string[], values: readonly Record<string, number | null>[], t: T): void {
  const head = table.tHead!.rows[0]!;
  head.replaceChildren(...[t('skills.area'), ...labels].map((label) => {
    const th = el('th', label);
    th.scope = 'col';
    return th;
  }));
  for (const row of table.tBodies[0]!.rows) {
    const th = row.cells[0]!;
    row.replaceChildren(th, ...values.map((v, i) => {
      const level = v[row.dataset.area!];
      if (level === null || level === undefined) return el('td', i === 0 ? '—' : t('fit.notAssessed'), i === 0 ? 'num' : 'not-assessed');
      return el('td', fmt(level), 'num');
    }));
  }
}

function evidenceLines(evidence: Evidence, skill: string, t: T): HTMLElement[] {
  const e = evidence[skill];
  if (!e) return [];
  const lines: HTMLElement[] = [];
  if (e.note) lines.push(el('p', t('fit.evidence', { note: e.note }), 'fit-evidence'));
  if (e.links.length > 0) {
    const p = el('p', `${t('fit.evidenceLinks')} `, 'fit-evidence');
    e.links.forEach((link, i) => {
      const href = evidenceHref(link);
      const node = href ? el('a', link) : el('span', link);
      if (node instanceof HTMLAnchorElement) {
        node.href = href!;
        node.rel = 'noopener noreferrer nofollow';
      }
      p.append(i > 0 ? ' · ' : '', node);
    });
    lines.push(p);
  }
  return lines;
}

function list(items: HTMLElement[], empty: string): HTMLElement {
  if (items.length === 0) return el('p', empty, 'meta-list');
  const ul = el('ul');
  ul.append(...items);
  return ul;
}

/** One article per candidate, in ranking order: summary, must-have flags, strengths, gaps, not assessed. */
export function renderDetails(container: HTMLElement, ranked: readonly Shown[], skillName: (id: string) => string, must: ReadonlySet<string>, t: T): void {
  container.replaceChildren(...ranked.map((c) => {
    const article = el('article', '', 'fit-candidate');
    article.setAttribute('aria-labelledby', `fit-detail-${c.id}`);
    const h = el('h4', c.name);
    h.id = `fit-detail-${c.id}`;
    const f = c.fit;
    article.append(h, el('p', f.score === null ? t('fit.summaryNone', { expected: f.expected }) : t('fit.summary', { fit: percent(t, f.score), assessed: f.assessed, expected: f.expected })));
    if (f.mustBelow.length) article.append(el('p', t('fit.mustBelowFlag', { skills: f.mustBelow.map(skillName).join(', ') }), 'fit-flag'));
    if (f.mustNotAssessed.length) article.append(el('p', t('fit.mustUnratedFlag', { skills: f.mustNotAssessed.map(skillName).join(', ') }), 'fit-flag'));
    const tag = (skill: string) => (must.has(skill) ? ` · ${t('fit.mustTag')}` : '');
    const item = (text: string, skill: string) => {
      const li = el('li', text + tag(skill));
      li.append(...evidenceLines(c.evidence, skill, t));
      return li;
    };
    article.append(
      el('h5', t('fit.strengths')),
      list(f.strengths.map((s) => item(t('fit.strengthItem', { skill: skillName(s.skill), rated: s.rated, expected: s.expected }), s.skill)), t('fit.noneItem')),
      el('h5', t('fit.gaps')),
      list(f.gaps.map((g) => item(t('fit.gapItem', { skill: skillName(g.skill), rated: g.current, expected: g.expected, gap: g.gap }), g.skill)), t('fit.noneItem')),
      el('h5', t('fit.notAssessed')),
      list(f.notAssessed.map((s) => item(skillName(s), s)), t('fit.noneItem')),
    );
    return article;
  }));
}

/** The rubric items, with the observed-level choice of each (`observed`: skill → '' for not observed, or '0'–'5'). */
export function renderRubric(
  ol: HTMLOListElement,
  items: readonly RubricItem[],
  skill: (id: string) => { name: string; href: string },
  observed: ReadonlyMap<string, string>,
  focusName: string,
  t: T,
): void {
  ol.replaceChildren(...items.map((item) => {
    const li = el('li');
    const info = skill(item.skill);
    const h = el('h3');
    const link = el('a', info.name);
    link.href = info.href;
    h.append(link);
    const tags = [item.must ? t('fit.mustTag') : ''];
    if (item.focus?.group === 'gap') tags.push(t('fit.focusGap', { name: focusName, gap: item.focus.gap }));
    if (item.focus?.group === 'not-assessed') tags.push(t('fit.focusUnrated', { name: focusName }));
    for (const text of tags.filter(Boolean)) h.append(' ', el('span', text, 'tag'));
    const dl = el('dl');
    dl.append(
      el('dt', t('fit.lookFor', { level: item.expected, label: t(`level.${item.expected}`) })), el('dd', item.lookFor),
      el('dt', t('fit.notYet', { level: item.notYet.level, label: t(`level.${item.notYet.level}`) })), el('dd', item.notYet.text ?? '—'),
      el('dt', t('fit.questions')),
    );
    const questions = el('ol');
    questions.append(...item.questions.map((q) => el('li', q)));
    const dd = el('dd');
    dd.append(questions);
    dl.append(dd);
    const fieldset = el('fieldset', '', 'fit-observed');
    fieldset.append(el('legend', `${t('fit.observed')}: ${info.name}`));
    // Nothing is ticked until the interviewer chooses: "not observed" is a choice like a level, not a default.
    const current = observed.get(item.skill);
    for (const value of ['', '0', '1', '2', '3', '4', '5']) {
      const label = el('label');
      const radio = el('input');
      radio.type = 'radio';
      radio.name = `fit-obs-${item.skill}`;
      radio.value = value;
      radio.checked = value === current;
      radio.dataset.skill = item.skill;
      label.append(radio, ` ${value === '' ? t('fit.notObserved') : value}`);
      // The level's name is left out of the one-page printout (the numbers are explained on screen).
      if (value !== '') label.append(el('span', ` · ${t(`level.${value}`)}`, 'level-name'));
      fieldset.append(label);
    }
    li.append(h, dl, fieldset);
    return li;
  }));
}
