/**
 * Fills `{name}` placeholders of a UI string; shared by the server translator and the client islands.
 * Counted nouns use `{name:one|other}`: the form is chosen by the locale's plural rules (Intl.PluralRules),
 * e.g. `"{n} {n:gap|gaps}"` → "1 gap", "3 gaps". Korean strings simply write the one form they need.
 * Korean particles after a value (`{role}{이/가}`) are chosen first by `withParticles` (particle.ts), which the
 * server's translator and the islands whose strings have particles apply; other pages do not load it.
 */
const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** Fills placeholders and plural choices of `template` with `vars`, for `locale` (default English). */
export function fillTemplate(template: string, vars: Readonly<Record<string, string | number>> = {}, locale = 'en'): string {
  return template
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) => {
      if (!(name in vars)) return whole;
      return pluralRules(locale).select(Number(vars[name])) === 'one' ? one : other;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
