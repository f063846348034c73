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
const html = (locale: string, path: string) => readFileSync(`${SITE_DIR}/${locale === 'en' ? '' : `${locale}/`}${path}index.html`, 'utf8');
const page = (locale: string, path: string) => decode(html(locale, path));
/** The cross-walk section of a built page, as raw HTML. */
const crosswalkOf = (source: string) => source.match(/<section[^>]*data-crosswalk[^>]*>([\s\S]*?)<\/section>/)?.[1] ?? '';
const MATCH = { en: { close: 'close match', broad: 'broad match' }, ko: { close: '가까움', broad: '넓게 겹침' } } as const;
const NONE = {
  en: { esco: 'No ESCO occupation is near enough to name.', ddat: 'No DDaT role is near enough to name.', sfia: 'No SFIA skill is near enough to name.' },
  ko: { esco: '충분히 가까운 ESCO 직업이 없습니다.', ddat: '충분히 가까운 DDaT 직무가 없습니다.', sfia: '충분히 가까운 SFIA 역량이 없습니다.' },
} as const;
type Link = { match: 'close' | 'broad' };

/** The provenance section of a built page, as text. */
const provenanceOf = (source: string) => decode(source.match(/<section[^>]*aria-labelledby="provenance"[^>]*>([\s\S]*?)<\/section>/)?.[1] ?? '');
/** What a reader sees for each lecture note (written out, not read from the code under test). */
const NOTE_TITLES = {
  en: { '003_cee43671debc173f.txt': 'Study note: the full-stack ML engineer (AI bootcamp special lecture)', '004_de3b1be205e015aa.txt': 'Study note: the machine learning project life cycle (AI bootcamp lecture)' },
  ko: { '003_cee43671debc173f.txt': '학습 노트: 풀스택 ML 엔지니어(AI 부트캠프 특강)', '004_de3b1be205e015aa.txt': '학습 노트: 머신러닝 프로젝트 라이프 사이클(AI 부트캠프 강의)' },
} as const;

describe.each(['en', 'ko'] as const)('cited lecture notes in %s', (locale) => {
  it('are named by what they are on every role and skill page, with the file name beside', () => {
    let seen = 0;
    for (const kind of ['roles', 'skills'] as const) {
      for (const entry of tree[kind].facts) {
        const cited = ((entry.data as { sources?: string[] }).sources ?? []);
        const text = provenanceOf(html(locale, `${kind}/${entry.id}/`));
        for (const file of cited) {
          expect(text, `${locale}/${kind}/${entry.id}`).toContain(file);
          const title = (NOTE_TITLES[locale] as Record<string, string>)[file];
          if (title) {
            expect(text, `${locale}/${kind}/${entry.id}`).toContain(title);
            seen++;
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

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
        ...Object.values((data.crosswalkNotes ?? {}) as Record<string, string>),
        ...(data.columnsNote ? [data.columnsNote] : []),
      ] as string[];
      for (const value of expected) expect(text, `${locale}/roles/${role.id}`).toContain(squash(value));
      const facts = tree.roles.facts.find((f) => f.id === role.id)!.data as { expectations: Record<string, number[]> };
      for (const skill of Object.keys(facts.expectations)) {
        const name = (tree.skills.text.find((t) => t.id === skill && t.locale === locale)!.data as { name: string }).name;
        expect(text, `${locale}/roles/${role.id} expects ${skill}`).toContain(squash(name));
      }
    }
  });

  it('say on manager roles what the four seniority columns mean, next to the expectations, and on no other role', () => {
    const NOTE = { en: 'manager of managers', ko: '관리자를 관리하는 관리자' }[locale]!;
    for (const id of ['ai-manager', 'model-team-manager']) {
      const note = html(locale, `roles/${id}/`).match(/<p id="columns-note"[^>]*>([^<]*)<\/p>\s*<div class="table-wrap"[^>]*>/)?.[1];
      expect(note, `${locale}/roles/${id}`).toContain(NOTE);
    }
    expect(html(locale, 'roles/modeler/')).not.toContain('id="columns-note"');
  });

  it('render the nearest ESCO occupation and DDaT role of every role: link, code, how near, and the note; or say there is none', () => {
    let links = 0;
    for (const role of tree.roles.facts) {
      const facts = role.data as { crosswalk?: { esco?: Link & { code: string; uri: string; title: string }; ddat?: Link & { role: string; url: string } } };
      const section = crosswalkOf(html(locale, `roles/${role.id}/`));
      const text = decode(section);
      const { esco, ddat } = facts.crosswalk ?? {};
      const where = `${locale}/roles/${role.id}`;
      if (esco) {
        expect(section, where).toContain(`href="${esco.uri}"`);
        expect(text, where).toContain(`${esco.title} (`);
        expect(text, where).toContain(esco.code);
        links++;
      } else expect(text, where).toContain(NONE[locale as 'en'].esco);
      if (ddat) {
        expect(section, where).toContain(`href="${ddat.url}"`);
        expect(text, where).toContain(ddat.role);
        links++;
      } else expect(text, where).toContain(NONE[locale as 'en'].ddat);
      for (const link of [esco, ddat]) if (link) expect(text, where).toContain(MATCH[locale as 'en'][link.match]);
    }
    expect(links).toBeGreaterThan(20);
  });

  it('render the nearest SFIA skill of every skill with its code, page and how near; or say there is none', () => {
    let links = 0;
    for (const skill of tree.skills.facts) {
      const sfia = (skill.data as { sfia?: Link & { code: string; name: string } }).sfia;
      const section = crosswalkOf(html(locale, `skills/${skill.id}/`));
      const text = decode(section);
      const where = `${locale}/skills/${skill.id}`;
      if (sfia) {
        expect(section, where).toContain(`href="https://sfia-online.org/en/skillcode/9/${sfia.code}"`);
        expect(text, where).toContain(`${sfia.name} (`);
        expect(text, where).toContain(sfia.code);
        expect(text, where).toContain(MATCH[locale as 'en'][sfia.match]);
        links++;
      } else expect(text, where).toContain(NONE[locale as 'en'].sfia);
    }
    expect(links).toBeGreaterThan(30);
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
