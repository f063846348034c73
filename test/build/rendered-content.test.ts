import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../support/read-content';
import { SITE_DIR } from '../support/site';

// Reads the built pages (dist/) and checks that every role and skill page renders every field of its entry.
const tree = readContentTree(process.cwd());
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const page = (locale: string, path: string) => decode(readFileSync(`${SITE_DIR}/${locale === 'en' ? '' : `${locale}/`}${path}index.html`, 'utf8'));

describe.each(['en', 'ko'])('built pages in %s', (locale) => {
  it('render every field of every role', () => {
    for (const role of tree.roles.text.filter((t) => t.locale === locale)) {
      const data = role.data as Record<string, unknown> & { companyTypes: Record<string, string> };
      const text = page(locale, `roles/${role.id}/`);
      const expected = [
        data.name, data.summary, data.mission, data.input, data.output,
        ...(data.responsibilities as string[]), ...(data.deliverables as string[]), ...(data.aliases as string[]),
        data.companyTypes.aiForX, data.companyTypes.aiCentric,
        ...Object.values((data.titleNotes ?? {}) as Record<string, string>),
      ] as string[];
      for (const value of expected) expect(text, `${locale}/roles/${role.id}`).toContain(squash(value));
      const facts = tree.roles.facts.find((f) => f.id === role.id)!.data as { expectations: Record<string, number[]> };
      for (const skill of Object.keys(facts.expectations)) {
        const name = (tree.skills.text.find((t) => t.id === skill && t.locale === locale)!.data as { name: string }).name;
        expect(text, `${locale}/roles/${role.id} expects ${skill}`).toContain(squash(name));
      }
    }
  });

  it('render every level descriptor and next step of every skill', () => {
    for (const skill of tree.skills.text.filter((t) => t.locale === locale)) {
      const data = skill.data as { name: string; description: string; levels: string[]; next: string[] };
      const text = page(locale, `skills/${skill.id}/`);
      for (const value of [data.name, data.description, ...data.levels, ...data.next]) {
        expect(text, `${locale}/skills/${skill.id}`).toContain(squash(value));
      }
    }
  });
});
