/**
 * Turns a job title or a sentence into canonical tokens: any case, punctuation or word order; Korean words
 * written with or without spaces ("머신러닝엔지니어" = "머신러닝 엔지니어"); abbreviations and
 * transliterations mapped through the lexicon ("MLE" = "machine learning engineer", "엔지니어" = "engineer").
 */
import { LONGEST_PHRASE, NOISE_WORDS, PARTICLES, PHRASES, PROSE_NOISE, SENIORITY_WORDS } from './lexicon';

/** One word of a title after normalisation: what the user wrote and the canonical token it stands for. */
export interface Token {
  /** The words as written (lower case), e.g. "머신러닝" or "machine learning". */
  surface: string;
  /** The canonical token, e.g. "ml". */
  canon: string;
  /** True when the word is written in Korean initial consonants only (e.g. "ㅁㄷ"); `canon` is then the word itself. */
  initials?: boolean;
}

/** Titles keep abbreviations such as BE/FE; prose also drops English function words. */
export type TokenMode = 'title' | 'prose';

const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;
const ONLY_INITIALS = /^[\u3131-\u314e]+$/;
const SCRIPT_BOUNDARY = /(?<=[\uac00-\ud7a3\u3131-\u318e])(?=[^\uac00-\ud7a3\u3131-\u318e])|(?<=[^\uac00-\ud7a3\u3131-\u318e])(?=[\uac00-\ud7a3\u3131-\u318e])/g;

/** Every single word that appears in a lexicon phrase or is a seniority or noise word (used to split Korean compounds). */
export const LEXICON_WORDS: ReadonlySet<string> = new Set([...[...PHRASES.keys()].flatMap((p) => p.split(' ')), ...SENIORITY_WORDS, ...NOISE_WORDS]);

/** Endings of Korean verbs and adverbs in prose ("만든다", "나누고"): such words say nothing about a role. */
const VERB_ENDING = /(?:다|고|며|면|서|게|지|한|할|된|되|는|던|든|록|니|까|요|듯|려|야|해|하|인|일|은|을|를|의|이|로|에|도|만|과|와|가)$/;
/** Particles removed from prose words the index does not know (never ones that often end a noun, such as 이/가/도/과). */
const PROSE_PARTICLES = ['으로', '에서', '에게', '까지', '부터', '처럼', '보다', '을', '를'];

/**
 * Lower-cased words of `text`: square-bracketed tags of postings ("[네이버]", "[신입/경력]") are dropped,
 * punctuation becomes space, and Korean and Latin runs are split apart ("ai엔지니어" → "ai", "엔지니어").
 */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(SCRIPT_BOUNDARY, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Whether `word` is written in Hangul. */
export const isHangul = (word: string): boolean => HANGUL.test(word);

/** Whether `word` is written in Korean initial consonants only, as in a choseong query ("ㅁㄷ"). */
export const isInitials = (word: string): boolean => ONLY_INITIALS.test(word);

/**
 * Splits `word` into the fewest pieces that are all in `known` (each of two or more letters unless the
 * one-letter word is known), or returns undefined when it cannot be split completely.
 */
export function segment(word: string, known: (piece: string) => boolean): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (!before || !known(piece)) continue;
      if (!best[end] || best[end]!.length > before.length + 1) best[end] = [...before, piece];
    }
  }
  const found = best[word.length];
  return found && found.length > 1 ? found : undefined;
}

/** A Korean word reduced to known words: as it is, split into known words, or with a trailing particle removed. */
function hangulPieces(word: string, known: (w: string) => boolean): string[] {
  if (known(word) || isInitials(word)) return [word];
  const split = segment(word, known);
  if (split) return split;
  for (const particle of PARTICLES) {
    if (word.length > particle.length + 1 && word.endsWith(particle)) {
      const stem = word.slice(0, -particle.length);
      if (known(stem)) return [stem];
      const stemSplit = segment(stem, known);
      if (stemSplit) return stemSplit;
    }
  }
  return [word];
}

/** An English plural reduced to its singular when the lexicon does not name the word ("pipelines" → "pipeline"). */
function singular(word: string): string {
  return /^[a-z]{3,}[^su]s$/.test(word) && !word.endsWith('ops') ? word.slice(0, -1) : word;
}

/**
 * Canonical tokens of `text`. `vocabulary` holds the Korean words the index knows (from titles and role
 * text), so that Korean compounds written without spaces can be split into them.
 */
export function tokenize(text: string, vocabulary: ReadonlySet<string> = new Set(), mode: TokenMode = 'title'): Token[] {
  const known = (w: string) => LEXICON_WORDS.has(w) || vocabulary.has(w);
  const raw = words(text);
  // Korean words written apart that the index knows as one word ("풀 스택" → "풀스택").
  const joined: string[] = [];
  for (const word of raw) {
    const last = joined.at(-1);
    if (last && isHangul(last) && isHangul(word) && !isInitials(word) && !known(last) && known(last + word)) joined[joined.length - 1] = last + word;
    else if (last && isHangul(last) && isHangul(word) && !isInitials(word) && !known(word) && known(last + word)) joined[joined.length - 1] = last + word;
    else joined.push(word);
  }
  const pieces = joined.flatMap((w) => (isHangul(w) ? hangulPieces(w, known) : [w]));
  const tokens: Token[] = [];
  for (let i = 0; i < pieces.length; ) {
    let taken = 0;
    for (let n = Math.min(LONGEST_PHRASE, pieces.length - i); n >= 1 && !taken; n--) {
      const phrase = pieces.slice(i, i + n).join(' ');
      const canon = PHRASES.get(phrase);
      if (canon && !(mode === 'prose' && n === 1 && PROSE_NOISE.has(phrase))) {
        for (const c of canon) tokens.push({ surface: phrase, canon: c });
        taken = n;
      }
    }
    if (taken) {
      i += taken;
      continue;
    }
    const word = pieces[i]!;
    i += 1;
    if (NOISE_WORDS.has(word) || SENIORITY_WORDS.has(word) || /^\d+$/.test(word)) continue;
    if (mode === 'prose' && (PROSE_NOISE.has(word) || word.length < 2)) continue;
    if (mode === 'prose' && isHangul(word)) {
      const particle = PROSE_PARTICLES.find((p) => word.length > p.length + 1 && word.endsWith(p));
      const stem = particle ? word.slice(0, -particle.length) : word;
      if (!VERB_ENDING.test(stem) && !tokens.some((t) => t.canon === stem)) tokens.push({ surface: stem, canon: stem });
      continue;
    }
    if (isInitials(word)) tokens.push({ surface: word, canon: word, initials: true });
    else tokens.push({ surface: word, canon: isHangul(word) ? word : singular(word) });
  }
  return tokens;
}
