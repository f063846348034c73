/**
 * The seniority a job title asks for, from its seniority words ("Senior", "시니어", "책임") or its years of
 * experience ("경력 5년 이상", "7+ years"). Korean ranks follow the common 사원 · 선임 · 책임 · 수석 ladder.
 */
import type { Seniority } from '../../schemas/constants';
import { words } from './tokens';

/** Seniority words → seniority. "Lead" counts only as the first word ("Lead ML Engineer"); "Team Lead" is a role. */
const WORDS: Readonly<Record<string, Seniority>> = {
  junior: 'junior', jr: 'junior', entry: 'junior', associate: 'junior', intern: 'junior', 주니어: 'junior', 신입: 'junior', 인턴: 'junior', 사원: 'junior', 초급: 'junior',
  mid: 'mid', midlevel: 'mid', 중급: 'mid', 선임: 'mid', 주임: 'mid',
  senior: 'senior', sr: 'senior', 시니어: 'senior', 책임: 'senior', 고급: 'senior',
  staff: 'lead', principal: 'lead', 수석: 'lead', head: 'lead', director: 'lead', chief: 'lead', vp: 'lead', 팀장: 'lead', 조직장: 'lead', 본부장: 'lead', 최고: 'lead',
};

/** Korean words that start with a seniority word but are not one ("책임자" is the person in charge). */
const NOT_SENIORITY = new Set(['책임자', '고급화']);

/** Seniority for a number of years of experience: 0–2 junior, 3–5 mid, 6–9 senior, 10+ lead. */
export function seniorityForYears(years: number): Seniority {
  if (years < 3) return 'junior';
  if (years < 6) return 'mid';
  if (years < 10) return 'senior';
  return 'lead';
}

/** The seniority `title` states, or `fallback` (mid) when it states none. Korean compounds such as "책임연구원" count. */
export function seniorityOf(title: string, fallback: Seniority = 'mid'): Seniority {
  const list = words(title);
  if (list.length > 1 && (list[0] === 'lead' || list[0] === '리드')) return 'lead';
  for (const word of list) {
    const direct = WORDS[word];
    if (direct) return direct;
    if (NOT_SENIORITY.has(word)) continue;
    const prefix = Object.keys(WORDS).find((w) => /[가-힣]/.test(w) && word.startsWith(w) && word.length > w.length);
    if (prefix) return WORDS[prefix]!;
  }
  const years = /(\d{1,2})\s*(?:\+\s*)?(?:년|years?|yrs?)/i.exec(title.normalize('NFC'));
  if (years) return seniorityForYears(Number(years[1]));
  return fallback;
}

/** Whether the first word of `title` is "Lead"/"리드" used as a seniority ("Lead Data Engineer"). */
export function leadsWithSeniority(title: string): boolean {
  const list = words(title);
  return list.length > 1 && (list[0] === 'lead' || list[0] === '리드');
}
