/**
 * The interview rubric of a position: per key skill (every skill the position expects), what to look for
 * at the expected level (that level's descriptor), the level below as the "not yet" band, and two
 * behavioural questions built from the descriptors with fixed templates.
 *
 * Questions: no text is invented. A descriptor's key behaviour is its first clause (the text before the
 * first ":", ";" or ". ", with parentheses removed); the templates come from the UI strings of the page's
 * locale and fill only `{skill}` (the skill's name), `{behaviour}` (the key behaviour of the expected
 * level) and `{below}` (the key behaviour of the level below):
 *   1. `expected`  — e.g. "“{behaviour}.” Tell me about a time this described your work in {skill}: …"
 *   2. `beyond`    — e.g. "What in your work on {skill} went beyond “{below}”? …" (expected level 2–5), or
 *      `start`     — e.g. "How did you first come across {skill} …?" when the expected level is 1 (there is
 *                    no descriptor below level 1).
 *
 * Order: must-haves first, then higher expected level, then skill order. With a candidate in focus: their
 * gaps first, then the skills they did not assess, then the rest; within each group the same order, gaps
 * larger first.
 */
import { fillTemplate } from '../../i18n/format';
import type { CandidateFit } from './score';

/** The question templates of one locale (see the header for the placeholders). */
export interface QuestionTemplates {
  expected: string;
  beyond: string;
  start: string;
}

/** A skill as the rubric needs it. */
export interface RubricSkill {
  id: string;
  name: string;
  /** The five level descriptors, level 1 first. */
  levels: readonly string[];
}

/** Where a skill stands for the candidate in focus. */
export type FocusGroup = 'gap' | 'not-assessed' | 'met';

/** One rubric entry. */
export interface RubricItem {
  skill: string;
  /** Expected level 1–5. */
  expected: number;
  must: boolean;
  /** Descriptor of the expected level: what to look for. */
  lookFor: string;
  /** The level below (0–4) and its descriptor (null at level 0, which has none): the "not yet" band. */
  notYet: { level: number; text: string | null };
  /** Two behavioural questions. */
  questions: [string, string];
  /** Set when a candidate is in focus. */
  focus?: { group: FocusGroup; gap: number };
}

/** The first clause of a descriptor, without parentheses or a final full stop. */
export function keyBehaviour(descriptor: string): string {
  let text = descriptor.replace(/\s+/g, ' ').trim();
  // Remove parenthesised asides, innermost first, in both scripts.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\s*[(（][^()（）]*[)）]/g, '');
  }
  const cut = /[:;：](?:\s|$)|\.(?:\s|$)/.exec(text);
  return (cut ? text.slice(0, cut.index) : text).trim().replace(/[.。]$/, '');
}

/** The two interview questions for a skill expected at `expected` (1–5). */
export function interviewQuestions(skill: RubricSkill, expected: number, templates: QuestionTemplates): [string, string] {
  if (!Number.isInteger(expected) || expected < 1 || expected > 5) throw new RangeError(`invalid expected level: ${expected}`);
  const behaviour = keyBehaviour(skill.levels[expected - 1] ?? '');
  const first = fillTemplate(templates.expected, { skill: skill.name, behaviour });
  const second =
    expected === 1
      ? fillTemplate(templates.start, { skill: skill.name })
      : fillTemplate(templates.beyond, { skill: skill.name, below: keyBehaviour(skill.levels[expected - 2] ?? '') });
  return [first, second];
}

/** The rubric of a position (`expected`: level per skill, only levels > 0 count), optionally focused on a candidate. */
export function buildRubric(
  expected: Readonly<Record<string, number>>,
  must: readonly string[],
  skills: readonly RubricSkill[],
  templates: QuestionTemplates,
  focus?: Pick<CandidateFit, 'gaps' | 'notAssessed'>,
): RubricItem[] {
  const gapOf = new Map(focus?.gaps.map((g) => [g.skill, g.gap]));
  const unrated = new Set(focus?.notAssessed);
  const groupOf = (id: string): FocusGroup => (gapOf.has(id) ? 'gap' : unrated.has(id) ? 'not-assessed' : 'met');
  const groupRank: Record<FocusGroup, number> = { gap: 0, 'not-assessed': 1, met: 2 };
  const items = skills.flatMap((skill, order) => {
    const level = expected[skill.id] ?? 0;
    if (level <= 0) return [];
    const item: RubricItem = {
      skill: skill.id,
      expected: level,
      must: must.includes(skill.id),
      lookFor: skill.levels[level - 1] ?? '',
      notYet: { level: level - 1, text: level > 1 ? (skill.levels[level - 2] ?? '') : null },
      questions: interviewQuestions(skill, level, templates),
      ...(focus ? { focus: { group: groupOf(skill.id), gap: gapOf.get(skill.id) ?? 0 } } : {}),
    };
    return [{ item, order }];
  });
  items.sort(
    (a, b) =>
      (a.item.focus && b.item.focus ? groupRank[a.item.focus.group] - groupRank[b.item.focus.group] : 0) ||
      Number(b.item.must) - Number(a.item.must) ||
      (b.item.focus?.gap ?? 0) - (a.item.focus?.gap ?? 0) ||
      b.item.expected - a.item.expected ||
      a.order - b.order,
  );
  return items.map((x) => x.item);
}

/**
 * The candidate whose gaps the rubric puts first: the one chosen (`chosen`: an id, '' for "no candidate", or
 * null when nobody chose), if still loaded; with no choice made and exactly one candidate loaded, that one.
 */
export function rubricFocus(chosen: string | null, candidates: readonly string[]): string {
  if (chosen !== null) return candidates.includes(chosen) ? chosen : '';
  return candidates.length === 1 ? candidates[0]! : '';
}
