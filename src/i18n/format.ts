/**
 * Fills `{name}` placeholders of a UI string; shared by the server translator and the client islands.
 * Counted nouns use `{name:one|other}`: the form is chosen by the locale's plural rules (Intl.PluralRules),
 * e.g. `"{n} {n:gap|gaps}"` → "1 gap", "3 gaps". Korean strings simply write the one form they need.
 * Korean particles right after a placeholder (closing quotes or brackets may come between) use `{이/가}`,
 * `{을/를}`, `{은/는}`, `{와/과}`, `{으로/로}` …: the form is chosen by how the inserted value ends (a picker, particle.ts),
 * so `"{skill}{을/를}"` gives "클라우드 인프라를", "데이터 수집을". A placeholder left unfilled keeps its particle
 * token, so a string translated ahead (the islands' strings) is filled later as a whole. Values are inserted
 * once: text inside a value is never read as a placeholder.
 */
const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** Picks the particle after a value: the form after a final consonant `a`, or after a vowel `b` (particle.ts). */
export type ParticlePicker = (value: string, a: string, b: string) => string;

/** A placeholder, then optionally closing quotes or brackets and a Korean particle pair: `{role}{이/가}`, `“{value}”{은/는}`. */
const PLACEHOLDER = /\{(\w+)\}([”’"')\]]*)(?:\{([^/{}]+)\/([^{}]+)\})?/g;

/**
 * Fills placeholders, plural choices and particles of `template` with `vars`, for `locale` (default English);
 * `pick` chooses particles (the server's translator and the islands that show particles pass `particle`).
 */
export function fillTemplate(template: string, vars: Readonly<Record<string, string | number>> = {}, locale = 'en', pick?: ParticlePicker): string {
  return template
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) => {
      if (!(name in vars)) return whole;
      return pluralRules(locale).select(Number(vars[name])) === 'one' ? one : other;
    })
    .replace(PLACEHOLDER, (whole, name: string, closing: string, a?: string, b?: string) => {
      if (!(name in vars)) return whole;
      const value = String(vars[name]);
      // Without a picker a particle shows both forms, as "이(가)": islands whose strings have no particle skip particle.ts.
      return value + closing + (b === undefined ? '' : pick ? pick(value, a!, b) : `${a}(${b})`);
    });
}
