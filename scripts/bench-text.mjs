// Synthetic text for the scale benchmark (scripts/bench-scale.mjs) and its bare baseline (scripts/bench-bare.mjs):
// a small English vocabulary and 300 generated Korean words, so both sites index the same kind of words.
// Deterministic pseudo-random text, so every run indexes the same words.
let seed = 1;
export const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
export const pick = (list) => list[Math.floor(rand() * list.length)];
export const EN = ('model data evaluation serving latency pipeline engineer training dataset metric service team product ' +
  'inference deployment monitoring annotation quality baseline experiment feature review design api cloud mobile ' +
  'gpu batch throughput accuracy drift label prompt retrieval feedback release budget cost risk owner schedule')
  .split(' ');
const hangul = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => String.fromCharCode(0xac00 + Math.floor(rand() * 11172))).join('');
export const KO = Array.from({ length: 300 }, hangul);
const sentence = (words, n = 12) => {
  const s = Array.from({ length: n }, () => pick(words)).join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
};
export const prose = (words, sentences = 2) => Array.from({ length: sentences }, () => sentence(words)).join(' ');
/** Generated prose in a locale's synthetic vocabulary. */
export const localeProse = (locale, sentences) => prose(locale === 'ko' ? KO : EN, sentences);
