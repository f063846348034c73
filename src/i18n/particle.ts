/**
 * Korean particles after an inserted value: 이/가, 을/를, 은/는, 와/과, 으로/로 depend on whether the word
 * before them ends in a final consonant (받침), and 으로/로 also on whether that consonant is ㄹ.
 *
 * A Hangul syllable's final consonant is arithmetic on its code point: syllables run from U+AC00 in blocks
 * of 28, index 0 being "none" and 8 being ㄹ.
 * - Closing brackets, quotes and spaces at the end of the word are skipped: "Kim (lead)" reads as "lead".
 * - Digits are read as Sino-Korean numbers by the last digit: 1 일, 7 칠, 8 팔 end in ㄹ, 3 삼, 6 육 in
 *   another consonant, 2 이, 4 사, 5 오, 9 구 in none; a final 0 is 영, 십, 백, 천 or 만, all consonant-final.
 * - Latin letters: a capital is read by its name (LLM → 엠, URL → 엘, R → 알; AI → 아이), a lower-case l, m
 *   or n as ㄹ/ㅁ/ㄴ (Paul, Kim, John); anything else, and any other character, counts as vowel-final, the
 *   usual default.
 * Hand-written rather than es-hangul's `josa.pick` because that reads every non-Hangul character as
 * vowel-final ("#1가") and this runs on every tool page, within its script budget.
 */

/**
 * The particle that follows `word`: `a` and `b` are the form after a final consonant and the form after a
 * vowel (이/가, 을/를, 은/는, 으로/로 …), or 와 and 과 in their usual order.
 */
export function particle(word: string, a: string, b: string): string {
  const [afterConsonant, afterVowel] = a === '와' ? [b, a] : [a, b];
  const last = word.replace(/[\s)\]"'”’]+$/, '').slice(-1);
  const syllable = last.charCodeAt(0) - 0xac00;
  // Final consonant index: 0 none, 8 ㄹ, anything else another consonant.
  const final = syllable >= 0 && syllable < 11172 ? syllable % 28 : /[178lLR]/.test(last) ? 8 : /[036mnMN]/.test(last) ? 1 : 0;
  return final === 0 || (final === 8 && afterVowel.startsWith('로')) ? afterVowel : afterConsonant;
}

/** A placeholder, then optionally closing quotes or brackets, then a particle pair: `{role}{이/가}`, `“{value}”{은/는}`. */
const WITH_PARTICLE = /\{(\w+)\}([”’"')\]]*)\{([^/{}]+)\/([^{}]+)\}/g;

/**
 * `template` with each particle pair after a filled placeholder replaced by the form its value takes
 * (`{role}{이/가}` → `{role}가` for "모델러"), for fillTemplate to fill next; a placeholder `vars` lacks keeps its
 * pair, so a string translated ahead (the islands' strings) is filled later as a whole.
 */
export function withParticles(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(WITH_PARTICLE, (whole, name: string, closing: string, a: string, b: string) =>
    name in vars ? `{${name}}${closing}${particle(String(vars[name]), a, b)}` : whole);
}
