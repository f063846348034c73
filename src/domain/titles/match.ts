/**
 * Job-title lookup: free text in English or Korean → the roles it most likely means, each with a score and
 * the reason. Scoring, in short:
 * - Each query word is resolved against the index vocabulary (canonical words of titles, names and role
 *   text): the same canonical word scores 1, initial consonants of a Korean word 0.9 ("ㅁㄷ" → 모델), a prefix
 *   of a longer word 0.5–0.9 (typing in progress, Korean particles), a typo 0.85 × (1 − distance / length)
 *   (Levenshtein distance over jamo, at most 1 edit in short words and 2 in long ones).
 * - Words weigh by how rare they are among roles: ln(1 + roles / roles using the word), so "engineer" counts
 *   less than "serving". Words found only in role text weigh half; words found nowhere are ignored.
 * - A title scores the F1 of how much of the query it explains (precision) and how much of it the query
 *   covers (recall); a role's title score is its best title's.
 * - A role's text score is the weighted share of query words found in its name, summary and responsibilities.
 * - Role score = title score + (1 − title score) × ½ × text score, from 0 to 1: a listed title matched
 *   exactly scores 1, and the role text decides among partial matches or stands alone (at most ½).
 * - Equal scores: the role with more listed titles matching as well as its best one comes first (a title two
 *   roles share is usually the one that lists it in more spellings), then the atlas order.
 * A result counts as a match when its best role scores at least `MATCH_THRESHOLD` and either a title matched
 * as a whole or a word that at most half of the roles use was found — but not when that role explains one
 * word of the query only and the query has words the index does not know ("Product Designer": "product" is in
 * roles' text, "designer" nowhere; the title is about something else). Otherwise the result says it matched
 * nothing and still gives the best-scoring roles, or, when nothing scores at all, the roles with the
 * closest title in spelling (letter-pair similarity over jamo).
 * The title or name quoted as the reason is the best-scoring one; among equally good ones, the one spelled
 * most like the query, then one in the page's language (`locale`).
 */
import { disassemble, getChoseong } from 'es-hangul';
import leven from 'leven';
import type { Locale, Seniority } from '../../schemas/constants';
import { leadsWithSeniority, seniorityOf } from './seniority';
import { type TitleIndex, titleVocabulary } from './title-index';
import { isHangul, segment, tokenize, type Token } from './tokens';

/** Why a role was suggested. */
export type MatchReason =
  /** The query matches a job-posting title listed for the role (`sharedWith`: other roles listing the same title). */
  | { kind: 'title'; title: string; sharedWith?: string[] }
  /** The query matches the role's name. */
  | { kind: 'name'; title: string }
  /** Words of the query occur in the role's name, summary or responsibilities. */
  | { kind: 'text'; words: string[] }
  /** Nothing matched; this title of the role is the closest in spelling. */
  | { kind: 'closest'; title: string };

/** One suggested role. */
export interface RoleMatch {
  /** Role id. */
  id: string;
  /** 0–1; higher is a better match. */
  score: number;
  /** Why it was suggested. */
  reason: MatchReason;
}

/** The answer to one lookup. */
export interface LookupResult {
  /** False when no role matched and `roles` are only the closest in spelling. */
  matched: boolean;
  /** The seniority the title states (mid when it states none). */
  seniority: Seniority;
  /** The best roles, best first. */
  roles: RoleMatch[];
}

/** Share of a title's words found in the query from which the title counts as matched as a whole. */
const WHOLE = 0.95;
/** Share of the rest of the score that the role text can add to a title match. */
const TEXT_SHARE = 0.5;
/** Score below which a result counts as "no match". */
export const MATCH_THRESHOLD = 0.4;
/** Title score from which the title is given as the reason. */
const TITLE_REASON = 0.5;
/** Weight of words in parentheses, which specialise a title ("ML Engineer (Modeling)"): its head counts most. */
const QUALIFIER = 0.3;
/** Lowest similarity at which a query word counts as found. */
const MIN_SIMILARITY = 0.5;
/** Similarity of a word typed as its Korean initial consonants ("ㅁㄷ" → 모델): it counts as the word found whole. */
const INITIALS = 0.9;

interface VocabEntry {
  canon: string;
  surfaces: string[];
  jamo: string[];
  initials: string[];
  inTitles: boolean;
}
interface PreparedTitle {
  text: string;
  kind: 'title' | 'name';
  /** The language it is listed in. */
  locale: Locale;
  canons: string[];
  /** Weight factor per canonical word: 1, or `QUALIFIER` for words in parentheses. */
  factors: number[];
  jamo: string;
}
interface PreparedRole {
  id: string;
  titles: PreparedTitle[];
  /** Other roles that list each of this role's titles too (by title, case-insensitive). */
  shared: Map<string, string[]>;
  words: ReadonlySet<string>;
}

/** The index made ready for lookups (computed once after it is fetched). */
export interface PreparedIndex {
  roles: PreparedRole[];
  vocabulary: ReadonlySet<string>;
  entries: VocabEntry[];
  weights: ReadonlyMap<string, number>;
  initials: ReadonlySet<string>;
  /** Words that at most half of the roles use (in titles, or in text when no title has them): a match on them means something. */
  distinctive: ReadonlySet<string>;
  /**
   * Weight of a query word the index does not know: as much as a word only two of the roles use, so that a
   * title explaining only part of the query scores lower.
   */
  unknownWeight: number;
}

const jamoOf = (s: string) => (isHangul(s) ? disassemble(s) : s);
const unique = <T>(list: readonly T[]) => [...new Set(list)];

/** Prepares `index` for `lookupTitle`: tokenises every title and weighs every word. */
export function prepareIndex(index: TitleIndex): PreparedIndex {
  const textVocabulary = new Set(index.roles.flatMap((r) => r.words.split(' ')).filter(isHangul));
  const vocabulary = new Set([...titleVocabulary(index.roles), ...textVocabulary]);
  const entries = new Map<string, VocabEntry>();
  const add = (t: Token, inTitles: boolean) => {
    const e = entries.get(t.canon) ?? { canon: t.canon, surfaces: [], jamo: [], initials: [], inTitles };
    e.inTitles ||= inTitles;
    for (const s of unique([t.surface, t.canon])) {
      if (e.surfaces.includes(s)) continue;
      e.surfaces.push(s);
      e.jamo.push(jamoOf(s));
      if (isHangul(s)) e.initials.push(getChoseong(s.replace(/ /g, '')));
    }
    entries.set(t.canon, e);
  };
  const titleDf = new Map<string, number>();
  const textDf = new Map<string, number>();
  const roles = index.roles.map((r) => {
    const titles: PreparedTitle[] = [
      // Listed titles before names: on a tie the listed title is the more telling reason.
      ...(['en', 'ko'] as const).flatMap((l) => r.titles[l].map((text) => ({ text, kind: 'title' as const, locale: l }))),
      ...(['en', 'ko'] as const).map((l) => ({ text: r.name[l], kind: 'name' as const, locale: l })),
    ].map((t) => {
      const head = unique(tokenize(t.text.replace(/\([^)]*\)/g, ' '), vocabulary).map((k) => k.canon));
      const tokens = tokenize(t.text, vocabulary);
      for (const token of tokens) add(token, true);
      const canons = unique(tokens.map((k) => k.canon));
      return {
        ...t,
        canons,
        factors: canons.map((c) => (head.includes(c) ? 1 : QUALIFIER)),
        jamo: jamoOf(t.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')),
      };
    });
    const words = new Set(r.words.split(' ').filter(Boolean));
    for (const w of words) add({ surface: w, canon: w }, false);
    for (const c of new Set(titles.flatMap((t) => t.canons))) titleDf.set(c, (titleDf.get(c) ?? 0) + 1);
    for (const w of words) textDf.set(w, (textDf.get(w) ?? 0) + 1);
    return { id: r.id, titles, words, shared: new Map<string, string[]>() };
  });
  const listing = new Map<string, string[]>();
  for (const role of roles) {
    for (const t of role.titles) if (t.kind === 'title') listing.set(t.text.toLowerCase(), [...(listing.get(t.text.toLowerCase()) ?? []), role.id]);
  }
  for (const role of roles) {
    for (const t of role.titles) {
      const others = unique((listing.get(t.text.toLowerCase()) ?? []).filter((id) => id !== role.id));
      if (t.kind === 'title' && others.length > 0) role.shared.set(t.text, others);
    }
  }
  const n = roles.length;
  const weights = new Map<string, number>();
  for (const c of entries.keys()) {
    const inTitles = titleDf.get(c);
    weights.set(c, inTitles ? Math.log(1 + n / inTitles) : 0.5 * Math.log(1 + n / (textDf.get(c) ?? n)));
  }
  const list = [...entries.values()];
  const initials = new Set(list.filter((e) => e.inTitles).flatMap((e) => e.initials));
  const distinctive = new Set([...entries.keys()].filter((c) => (titleDf.get(c) ?? textDf.get(c) ?? n) <= n / 2));
  return { roles, vocabulary, entries: list, weights, initials, distinctive, unknownWeight: Math.log(1 + n / 2) };
}

/** Similarity of a query word to a vocabulary entry, 0–1 (see the module header). */
function similarity(q: Token, qJamo: string, e: VocabEntry, complete: boolean): number {
  if (q.initials) {
    if (!e.inTitles) return 0;
    if (e.initials.includes(q.surface)) return INITIALS;
    return q.surface.length >= 2 && e.initials.some((i) => i.startsWith(q.surface)) ? 0.6 : 0;
  }
  if (q.canon === e.canon) return 1;
  if (complete) return 0;
  let best = 0;
  const minPrefix = isHangul(q.surface) ? 4 : 3;
  e.jamo.forEach((j) => {
    if (qJamo.length >= minPrefix && j.length > qJamo.length && j.startsWith(qJamo)) best = Math.max(best, 0.5 + (0.4 * qJamo.length) / j.length);
    if (e.inTitles && qJamo.length >= 4 && isHangul(j) === isHangul(qJamo)) {
      const limit = qJamo.length >= 8 ? 2 : 1;
      const d = leven(qJamo, j, { maxDistance: limit + 1 });
      if (d > 0 && d <= limit) best = Math.max(best, 0.85 * (1 - d / Math.max(qJamo.length, j.length)));
    }
  });
  return best;
}

interface Resolved {
  token: Token;
  matches: Map<string, number>;
  weight: number;
}

/** Resolves each query word to the vocabulary words it may mean. Initial-consonant runs are split into known words first. */
function resolve(prepared: PreparedIndex, tokens: Token[]): Resolved[] {
  const expanded = tokens.flatMap((t) => {
    if (!t.initials || prepared.initials.has(t.surface)) return [t];
    const pieces = segment(t.surface, (p) => prepared.initials.has(p));
    return pieces ? pieces.map((p) => ({ surface: p, canon: p, initials: true })) : [t];
  });
  const seen = new Set<string>();
  return expanded.flatMap((token) => {
    if (seen.has(token.canon)) return [];
    seen.add(token.canon);
    const qJamo = jamoOf(token.surface);
    const matches = new Map<string, number>();
    // A word the index knows as it is only means itself; prefixes and typos are for words it does not know.
    const complete = prepared.entries.some((e) => e.canon === token.canon);
    for (const e of prepared.entries) {
      const s = similarity(token, qJamo, e, complete);
      if (s >= MIN_SIMILARITY) matches.set(e.canon, s);
    }
    let weight = matches.size === 0 ? prepared.unknownWeight : 0;
    let bestSim = 0;
    for (const [canon, s] of matches) {
      const w = prepared.weights.get(canon) ?? 0;
      if (s > bestSim || (s === bestSim && w > weight)) [bestSim, weight] = [s, w];
    }
    return [{ token, matches, weight }];
  });
}

/**
 * F1 of how much of the query a title explains (precision) and how much of the title the query covers (recall),
 * and the share of the title found whole: its words typed out or as their initial consonants, not guessed from
 * a prefix or a typo ("ㅁㅅㄹㄴ ㅇㅈㄴㅇ" finds "머신러닝 엔지니어" whole).
 */
function titleScore(query: Resolved[], title: PreparedTitle, weights: ReadonlyMap<string, number>): { f1: number; whole: number } {
  const total = query.reduce((s, q) => s + q.weight, 0);
  if (total === 0 || title.canons.length === 0) return { f1: 0, whole: 0 };
  const explained = query.reduce((s, q) => s + q.weight * Math.max(0, ...title.canons.map((c) => q.matches.get(c) ?? 0)), 0);
  let covered = 0;
  let found = 0;
  let size = 0;
  for (const [i, c] of title.canons.entries()) {
    const w = (weights.get(c) ?? 0) * title.factors[i]!;
    const best = Math.max(0, ...query.map((q) => q.matches.get(c) ?? 0));
    size += w;
    covered += w * best;
    if (best >= INITIALS) found += w;
  }
  const precision = explained / total;
  const recall = size > 0 ? covered / size : 0;
  return { f1: precision > 0 && recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, whole: size > 0 ? found / size : 0 };
}

/** Weighted share of the query words found in the role's text, and which query words they were. */
function textScore(query: Resolved[], words: ReadonlySet<string>): { score: number; found: string[] } {
  const total = query.reduce((s, q) => s + q.weight, 0);
  let hit = 0;
  const found: string[] = [];
  for (const q of query) {
    let best = 0;
    for (const [canon, s] of q.matches) if (s > best && words.has(canon)) best = s;
    if (best > 0) {
      hit += q.weight * best;
      // One word can stand for two canonical words ("PM" = product manager): name it once.
      if (!found.includes(q.token.surface)) found.push(q.token.surface);
    }
  }
  return { score: total > 0 ? hit / total : 0, found };
}

/** Sørensen–Dice similarity of the letter pairs of two strings (0–1). */
export function pairSimilarity(a: string, b: string): number {
  const pairs = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const left = pairs(a);
  const right = pairs(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = [...right];
  let shared = 0;
  for (const p of left) {
    const at = pool.indexOf(p);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The reason for a title or name match, naming the other roles that list the same title. */
function titleReason(role: PreparedRole, title: PreparedTitle): MatchReason {
  if (title.kind === 'name') return { kind: 'name', title: title.text };
  const sharedWith = role.shared.get(title.text);
  return sharedWith ? { kind: 'title', title: title.text, sharedWith } : { kind: 'title', title: title.text };
}

/**
 * The `limit` roles `query` most likely means, with scores and reasons. An empty query gives no roles. `locale`:
 * the page's language, whose titles are quoted as reasons when titles in both languages match equally well.
 */
export function lookupTitle(prepared: PreparedIndex, query: string, limit = 3, locale: Locale = 'en'): LookupResult {
  const seniority = seniorityOf(query);
  const tokens = tokenize(query, prepared.vocabulary);
  if (leadsWithSeniority(query) && tokens[0]?.canon === 'lead' && tokens.length > 1) tokens.shift();
  // Words in parentheses qualify the query as they qualify titles ("ML Engineer (추천 시스템)").
  const head = new Set(tokenize(query.replace(/\([^)]*\)/g, ' '), prepared.vocabulary).map((t) => t.canon));
  const resolved = resolve(prepared, tokens).map((r) => (head.has(r.token.canon) ? r : { ...r, weight: r.weight * QUALIFIER }));
  const letters = jamoOf(query.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  const preferred = (t: PreparedTitle, than: PreparedTitle) => {
    const [a, b] = [pairSimilarity(letters, t.jamo), pairSimilarity(letters, than.jamo)];
    return a > b + 1e-9 || (Math.abs(a - b) <= 1e-9 && t.locale === locale && than.locale !== locale);
  };
  const scored = prepared.roles.map((role, order) => {
    let best = 0;
    let covered = 0;
    let bestTitle = role.titles[0]!;
    const f1s: number[] = [];
    for (const t of role.titles) {
      const { f1, whole } = titleScore(resolved, t, prepared.weights);
      f1s.push(f1);
      // On a tie the title spelled most like the query is the reason ("모델 경량화 엔지니어" over "Model Compression Engineer"),
      // then one in the page's language ("ㅁㄷ ㅇㅈㄴㅇ" on the Korean page: "모델 엔지니어", not "Model engineer").
      const tie = f1 > 0 && Math.abs(f1 - best) < 1e-9 && preferred(t, bestTitle);
      if (f1 > best + 1e-9 || tie) [best, bestTitle] = [f1, t];
      covered = Math.max(covered, whole);
    }
    const text = textScore(resolved, role.words);
    const score = best + (1 - best) * TEXT_SHARE * text.score;
    const reason: MatchReason =
      best >= TITLE_REASON || (best > 0 && text.found.length === 0)
        ? titleReason(role, bestTitle)
        : { kind: 'text', words: text.found };
    // How many of the role's listed titles match as well as its best one: on a tie, the role that lists this
    // title in more spellings ("AI PM", "AI 서비스 기획자", "AI Product Manager") is the one it usually means.
    const support = best > 0 ? role.titles.filter((t, i) => t.kind === 'title' && Math.abs(f1s[i]! - best) < 1e-9).length : 0;
    return { id: role.id, score, reason, order, covered, support };
  });
  scored.sort((a, b) => b.score - a.score || b.support - a.support || a.order - b.order);
  const top = scored[0];
  // A match counts when the query contains a whole listed title, or when a word that few roles share was
  // found in the best role: "Perception Engineer" shares only "engineer" with every role.
  const topRole = prepared.roles[top?.order ?? 0];
  const inTop = (c: string) => topRole?.words.has(c) || topRole?.titles.some((t) => t.canons.includes(c));
  const found = resolved.filter((q) => [...q.matches.keys()].some(inTop));
  // One word found while others mean nothing to the index: the title is about something else ("Product Designer").
  const oneWordOnly = found.length === 1 && resolved.some((q) => q.matches.size === 0);
  const telling = (top?.covered ?? 0) >= WHOLE || (!oneWordOnly && resolved.some((q) => [...q.matches.keys()].some((c) => prepared.distinctive.has(c) && inTop(c))));
  if (top && top.score >= MATCH_THRESHOLD && telling) {
    return { matched: true, seniority, roles: scored.filter((r) => r.score > 0).slice(0, limit).map(({ id, score, reason }) => ({ id, score: round(score), reason })) };
  }
  const ranked = scored.filter((r) => r.score > 0).slice(0, limit);
  if (ranked.length > 0) return { matched: false, seniority, roles: ranked.map(({ id, score, reason }) => ({ id, score: round(score), reason })) };
  if (!letters) return { matched: false, seniority, roles: [] };
  const closest = prepared.roles.map((role, order) => {
    let best = 0;
    let title = role.titles[0]!;
    for (const t of role.titles) {
      const s = pairSimilarity(letters, t.jamo);
      if (s > best) [best, title] = [s, t];
    }
    return { id: role.id, score: round(best * MATCH_THRESHOLD), reason: { kind: 'closest', title: title.text } as MatchReason, order };
  });
  closest.sort((a, b) => b.score - a.score || a.order - b.order);
  return { matched: false, seniority, roles: closest.slice(0, limit).map(({ id, score, reason }) => ({ id, score, reason })) };
}
