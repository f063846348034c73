import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type ContentTree } from '../../src/domain/integrity';
import type { Kind } from '../../src/schemas/index';
import { validTree } from '../fixtures/tree';

const messages = (tree = validTree()) => formatProblems(checkContent(tree));

describe('checkContent', () => {
  it('accepts a sound tree', () => {
    expect(checkContent(validTree())).toEqual([]);
  });

  it('names the file, the field and the missing id when a role expects an unknown skill', () => {
    const tree = validTree();
    const role = tree.roles.facts[0]!.data as { expectations: Record<string, number[]> };
    role.expectations = { 'model-convert': [1, 2, 3, 4] };
    const out = messages(tree);
    expect(out).toContain('content/roles/model-engineer.yaml › expectations.model-convert');
    expect(out).toContain('no skill has this id');
    expect(out).toContain('"model-convert"');
  });

  it('reports an unknown collaborator, next role, path role, blueprint role and stage owner', () => {
    const tree = validTree();
    (tree.roles.facts[0]!.data as { collaborators: string[] }).collaborators = ['ghost'];
    (tree.roles.facts[1]!.data as { next: string[] }).next = ['phantom'];
    (tree.paths.facts[0]!.data as { steps: { id: string; role?: string }[] }).steps[1]!.role = 'nobody';
    (tree.blueprints.facts[0]!.data as { teams: { members: { role: string }[] }[] }).teams[0]!.members[0]!.role = 'absent';
    (tree.stages.facts[0]!.data as { owner: string }).owner = 'missing';
    const out = messages(tree);
    expect(out).toContain('content/roles/model-engineer.yaml › collaborators.0: no role has this id');
    expect(out).toContain('content/roles/modeler.yaml › next.0: no role has this id');
    expect(out).toContain('content/paths/becoming.yaml › steps.1.role: no role has this id');
    expect(out).toContain('content/blueprints/cards.yaml › teams.0.members.0.role: no role has this id');
    expect(out).toContain('content/stages/serving.yaml › owner: no role has this id');
  });

  it('names the rule file, the line and the value when a requirement rule asks for an unknown or repeated skill', () => {
    const tree = validTree();
    const rule = tree.rules.facts[0]!.data as { requires: { skill: string; level: number }[] };
    rule.requires = [{ skill: 'model-convert', level: 3 }, { skill: 'model-conversion', level: 3 }, { skill: 'model-conversion', level: 4 }];
    const out = messages(tree);
    expect(out).toContain('content/rules/mobile-serving.yaml › requires.0.skill: no skill has this id');
    expect(out).toContain('(found: "model-convert")');
    expect(out).toContain('content/rules/mobile-serving.yaml › requires.2.skill: a rule requires each skill once; merge the two lines (found: "model-conversion")');
  });

  it('refuses an unknown condition key in a rule, naming it', () => {
    const tree = validTree();
    (tree.rules.facts[0]!.data as { when: object }).when = { qpsAtleast: 10 };
    expect(messages(tree)).toContain('content/rules/mobile-serving.yaml › when');
  });

  it('names the missing locale and the file to create when a Korean file is deleted', () => {
    const tree = validTree();
    tree.roles.text = tree.roles.text.filter((t) => !(t.id === 'modeler' && t.locale === 'ko'));
    expect(messages(tree)).toContain(
      'content/roles/modeler.yaml: missing Korean (ko) text: create content/roles/ko/modeler.yaml',
    );
  });

  it('rejects prose without facts and prose in a locale the site does not have', () => {
    const tree = validTree();
    tree.terms.text.push({ id: 'orphan', locale: 'en', file: 'content/terms/en/orphan.yaml', data: { term: 'x', definition: 'y' } });
    tree.terms.text.push({ id: 'qps', locale: 'fr', file: 'content/terms/fr/qps.yaml', data: { term: 'x', definition: 'y' } });
    const out = messages(tree);
    expect(out).toContain('content/terms/en/orphan.yaml: no language-neutral facts for "orphan"');
    expect(out).toContain('content/terms/fr/qps.yaml: locale folder "fr" is not a site locale; allowed: en, ko');
  });

  it('reports locales that disagree with the facts on the steps of a path or the teams of a blueprint', () => {
    const tree = validTree();
    const ko = tree.paths.text.find((t) => t.locale === 'ko')!;
    ko.data = { title: 't', summary: 's', steps: { start: { title: 'a', description: 'b' }, extra: { title: 'a', description: 'b' } } };
    const out = messages(tree);
    expect(out).toContain('content/paths/ko/becoming.yaml › steps.extra: not in content/paths/becoming.yaml; allowed: start, job');
    expect(out).toContain('content/paths/ko/becoming.yaml › steps.job: missing');
  });

  it('rejects a level outside 0–5 with the field and the value', () => {
    const tree = validTree();
    (tree.roles.facts[0]!.data as { expectations: Record<string, number[]> }).expectations['model-conversion'] = [2, 3, 7, 5];
    const out = messages(tree);
    expect(out).toContain('content/roles/model-engineer.yaml › expectations.model-conversion.2: a level is a whole number from 0 to 5 (found: 7)');
  });

  it('rejects a skill with four level descriptors', () => {
    const tree = validTree();
    const en = tree.skills.text.find((t) => t.locale === 'en' && t.id === 'model-conversion')!;
    en.data = { ...(en.data as object), levels: ['a', 'b', 'c', 'd'] };
    expect(messages(tree)).toContain('content/skills/en/model-conversion.yaml › levels: a skill needs exactly five level descriptors');
  });

  it('rejects a role that expects less of a senior than of a mid', () => {
    const tree = validTree();
    (tree.roles.facts[0]!.data as { expectations: Record<string, number[]> }).expectations['model-conversion'] = [2, 4, 3, 5];
    expect(messages(tree)).toContain(
      'content/roles/model-engineer.yaml › expectations.model-conversion: senior expects less (3) than mid (4); allowed: levels that never decrease from junior to lead (found: [2,4,3,5])',
    );
  });

  it('rejects unknown term and role ids inside a guide body', () => {
    const tree = validTree();
    tree.guides.text[1]!.body = 'See <Term id="qpz">QPS</Term> and <RoleLink id="wizard">x</RoleLink>.';
    const out = messages(tree);
    expect(out).toContain('content/guides/ko/intro.mdx › body <Term>: no term has this id');
    expect(out).toContain('content/guides/ko/intro.mdx › body <RoleLink>: no role has this id');
  });

  it('requires every facts file to cite a source or a public reference', () => {
    const tree = validTree();
    tree.terms.facts[0]!.data = { related: [] };
    expect(messages(tree)).toContain('content/terms/qps.yaml › sources: cite at least one file');
  });

  it('rejects a non-kebab-case id in a reference list and an unknown team', () => {
    const tree = validTree();
    Object.assign(tree.roles.facts[0]!.data as object, { team: 'marketing', collaborators: ['modeler', 'Model_Engineer'] });
    expect(checkContent(tree)).toStrictEqual([
      {
        file: 'content/roles/model-engineer.yaml',
        field: 'team',
        value: '"marketing"',
        message: 'a team is one of: model, serving, platform, research, product, leadership',
      },
      {
        file: 'content/roles/model-engineer.yaml',
        field: 'collaborators.1',
        value: '"Model_Engineer"',
        message: 'an id is kebab-case: lower-case letters, digits and single hyphens',
      },
    ]);
  });
});

/** The facts of entry `id` of `kind` in `tree`, to break one field. */
function factsOf(tree: ContentTree, kind: Kind, id: string): Record<string, unknown> {
  return tree[kind].facts.find((e) => e.id === id)!.data as Record<string, unknown>;
}

describe('checkContent: every reference field', () => {
  const AREAS = 'allowed: an id of a file in content/areas/ (serving, modeling)';
  const ROLES = 'allowed: an id of a file in content/roles/ (model-engineer, modeler)';
  const TERMS = 'allowed: an id of a file in content/terms/ (qps)';

  it.each([
    {
      rule: 'a skill in an unknown area',
      breakIt: (t: ContentTree) => { factsOf(t, 'skills', 'model-conversion').area = 'servng'; },
      problem: { file: 'content/skills/model-conversion.yaml', field: 'area', value: '"servng"', message: `no area has this id; ${AREAS}` },
    },
    {
      rule: 'a skill using an unknown term',
      breakIt: (t: ContentTree) => { factsOf(t, 'skills', 'model-conversion').terms = ['qps', 'qpz']; },
      problem: { file: 'content/skills/model-conversion.yaml', field: 'terms.1', value: '"qpz"', message: `no term has this id; ${TERMS}` },
    },
    {
      rule: 'a role using an unknown term',
      breakIt: (t: ContentTree) => { factsOf(t, 'roles', 'modeler').terms = ['latency']; },
      problem: { file: 'content/roles/modeler.yaml', field: 'terms.0', value: '"latency"', message: `no term has this id; ${TERMS}` },
    },
    {
      rule: 'a stage with an unknown contributor',
      breakIt: (t: ContentTree) => { factsOf(t, 'stages', 'serving').contributors = ['modeler', 'ghost']; },
      problem: { file: 'content/stages/serving.yaml', field: 'contributors.1', value: '"ghost"', message: `no role has this id; ${ROLES}` },
    },
    {
      rule: 'a guide about an unknown role',
      breakIt: (t: ContentTree) => { factsOf(t, 'guides', 'intro').roles = ['wizard']; },
      problem: { file: 'content/guides/intro.yaml', field: 'roles.0', value: '"wizard"', message: `no role has this id; ${ROLES}` },
    },
    {
      rule: 'a guide using an unknown term',
      breakIt: (t: ContentTree) => { factsOf(t, 'guides', 'intro').terms = ['qpz']; },
      problem: { file: 'content/guides/intro.yaml', field: 'terms.0', value: '"qpz"', message: `no term has this id; ${TERMS}` },
    },
    {
      rule: 'a term related to an unknown term',
      breakIt: (t: ContentTree) => { factsOf(t, 'terms', 'qps').related = ['throughput']; },
      problem: { file: 'content/terms/qps.yaml', field: 'related.0', value: '"throughput"', message: `no term has this id; ${TERMS}` },
    },
  ])('reports $rule, and nothing else', ({ breakIt, problem }) => {
    const tree = validTree();
    breakIt(tree);
    expect(checkContent(tree)).toStrictEqual([problem]);
  });

  it('lists at most six known ids in the hint, then an ellipsis', () => {
    const withTerms = (n: number) => {
      const tree = validTree();
      for (let i = 1; i < n; i++) {
        const id = `term-${i}`;
        tree.terms.facts.push({ id, file: `content/terms/${id}.yaml`, data: { references: ['r'] } });
        for (const locale of ['en', 'ko']) {
          tree.terms.text.push({ id, locale, file: `content/terms/${locale}/${id}.yaml`, data: { term: 't', definition: 'd' } });
        }
      }
      factsOf(tree, 'terms', 'qps').related = ['qpz'];
      return checkContent(tree).map((p) => p.message);
    };
    expect(withTerms(6)).toEqual([
      'no term has this id; allowed: an id of a file in content/terms/ (qps, term-1, term-2, term-3, term-4, term-5)',
    ]);
    expect(withTerms(7)).toEqual([
      'no term has this id; allowed: an id of a file in content/terms/ (qps, term-1, term-2, term-3, term-4, term-5, …)',
    ]);
  });
});

describe('checkContent: uniqueness', () => {
  it('reports two areas on the same radar position once, on the later id', () => {
    const tree = validTree();
    factsOf(tree, 'areas', 'modeling').order = 1;
    expect(checkContent(tree)).toStrictEqual([
      {
        file: 'content/areas/serving.yaml',
        field: 'order',
        value: '1',
        message: 'another area (content/areas/modeling.yaml) has the same order; each axis needs its own position',
      },
    ]);
  });

  it('reports a step id used twice in one path, and the prose that no longer matches', () => {
    const tree = validTree();
    factsOf(tree, 'paths', 'becoming').steps = [{ id: 'start', stage: 'bootcamp' }, { id: 'start', role: 'model-engineer' }];
    expect(checkContent(tree)).toStrictEqual([
      { file: 'content/paths/becoming.yaml', field: 'steps.1.id', value: '"start"', message: 'step ids must be unique within a path' },
      { file: 'content/paths/en/becoming.yaml', field: 'steps.job', message: 'not in content/paths/becoming.yaml; allowed: start, start' },
      { file: 'content/paths/ko/becoming.yaml', field: 'steps.job', message: 'not in content/paths/becoming.yaml; allowed: start, start' },
    ]);
  });

  it('reports blueprint prose that describes a team the facts do not list', () => {
    const tree = validTree();
    const ko = tree.blueprints.text.find((t) => t.locale === 'ko')!;
    const data = structuredClone(ko.data) as { teams: Record<string, object> };
    data.teams.model = { input: 'i', output: 'o' };
    ko.data = data;
    expect(checkContent(tree)).toStrictEqual([
      { file: 'content/blueprints/ko/cards.yaml', field: 'teams.model', message: 'not in content/blueprints/cards.yaml; allowed: serving' },
    ]);
  });
});

describe('checkContent: files that are empty or in another locale set', () => {
  it('reports each missing field of an empty facts file, without a found value', () => {
    for (const data of [null, undefined]) {
      const tree = validTree();
      tree.terms.facts[0]!.data = data;
      expect(checkContent(tree)).toStrictEqual([
        { file: 'content/terms/qps.yaml', field: 'sources', message: 'cite at least one file in `sources` or one public reference in `references`' },
      ]);
      tree.areas.facts[0]!.data = data;
      expect(checkContent(tree).filter((p) => p.file === 'content/areas/serving.yaml')).toStrictEqual([
        { file: 'content/areas/serving.yaml', field: 'order', message: 'Invalid input: expected number, received undefined' },
      ]);
    }
  });

  it('names a locale it has no name for by its code', () => {
    const problems = checkContent(validTree(), ['en', 'ko', 'ja']).filter((p) => p.file === 'content/terms/qps.yaml');
    expect(problems).toStrictEqual([
      { file: 'content/terms/qps.yaml', field: '', message: 'missing ja (ja) text: create content/terms/ja/qps.yaml' },
    ]);
  });

  it('finds term and role tags in a guide body with either quote and any spacing', () => {
    const tree = validTree();
    tree.guides.text[0]!.body = "<Term  id='tps'>TPS</Term>, <RoleLink\nid='wizard'>x</RoleLink> and <Term id=\"qps\">QPS</Term>";
    expect(checkContent(tree)).toStrictEqual([
      { file: 'content/guides/en/intro.mdx', field: 'body <Term>', value: '"tps"', message: 'no term has this id; allowed: an id of a file in content/terms/ (qps)' },
      {
        file: 'content/guides/en/intro.mdx',
        field: 'body <RoleLink>',
        value: '"wizard"',
        message: 'no role has this id; allowed: an id of a file in content/roles/ (model-engineer, modeler)',
      },
    ]);
  });

  it('accepts a guide without a body', () => {
    const tree = validTree();
    delete tree.guides.text[0]!.body;
    expect(checkContent(tree)).toStrictEqual([]);
  });

  it('checks prose that fails its schema only against the schema, not against the facts', () => {
    const tree = validTree();
    const ko = tree.paths.text.find((t) => t.locale === 'ko')!;
    ko.data = { title: 't', summary: 's' };
    expect(checkContent(tree)).toStrictEqual([
      { file: 'content/paths/ko/becoming.yaml', field: 'steps', message: 'Invalid input: expected record, received undefined' },
    ]);
  });

  describe('job titles', () => {
    type RoleProse = { aliases: string[]; titleNotes?: Record<string, string> };
    const edit = (tree: ReturnType<typeof validTree>, id: string, locale: string, change: Partial<RoleProse>) => {
      const entry = tree.roles.text.find((t) => t.id === id && t.locale === locale)!;
      entry.data = { ...(entry.data as object), ...change };
    };

    it('asks both roles for a note when two roles in one locale list the same title, ignoring case and spacing', () => {
      const tree = validTree();
      edit(tree, 'model-engineer', 'en', { aliases: ['Inference Engineer', 'Machine Learning Engineer'] });
      edit(tree, 'modeler', 'en', { aliases: ['Applied Scientist', '  machine  learning engineer'] });
      const out = messages(tree);
      expect(out).toContain(
        'content/roles/en/model-engineer.yaml › titleNotes: this title is also listed by modeler; add titleNotes["Machine Learning Engineer"]',
      );
      expect(out).toContain('content/roles/en/modeler.yaml › titleNotes: this title is also listed by model-engineer');
      expect(out).toContain('(found: "machine  learning engineer")');
      expect(out).not.toContain('content/roles/ko/');
    });

    it('accepts a shared title once both roles say how to tell them apart', () => {
      const tree = validTree();
      edit(tree, 'model-engineer', 'en', {
        aliases: ['Inference Engineer', 'ML Engineer'],
        titleNotes: { 'ML Engineer': 'Yours if the posting asks for TensorRT and quantization.' },
      });
      edit(tree, 'modeler', 'en', { aliases: ['ML Engineer'], titleNotes: { 'ML Engineer': 'Yours if it asks for training and ablations.' } });
      expect(checkContent(tree)).toEqual([]);
    });

    it('still reports the role without a note when only one of the two has one', () => {
      const tree = validTree();
      edit(tree, 'model-engineer', 'ko', { aliases: ['ML 엔지니어'], titleNotes: { 'ML 엔지니어': '양자화를 요구하면 이 직무' } });
      edit(tree, 'modeler', 'ko', { aliases: ['ML 엔지니어'] });
      const problems = checkContent(tree);
      expect(problems.map((p) => `${p.file} › ${p.field}`)).toEqual(['content/roles/ko/modeler.yaml › titleNotes']);
    });

    it('does not count the same title in two locales as shared', () => {
      const tree = validTree();
      edit(tree, 'model-engineer', 'en', { aliases: ['Triton Engineer'] });
      edit(tree, 'modeler', 'ko', { aliases: ['Triton Engineer'] });
      expect(checkContent(tree)).toEqual([]);
    });

    it('rejects a note whose key is not one of the role\'s titles exactly as listed', () => {
      const tree = validTree();
      edit(tree, 'modeler', 'en', { titleNotes: { 'applied scientist': 'Differs by case from the listed title.' } });
      expect(messages(tree)).toContain(
        'content/roles/en/modeler.yaml › titleNotes.applied scientist: a note must be keyed by one of this role\'s aliases, exactly as listed; allowed: "Applied Scientist"',
      );
    });
  });
});

describe('formatProblems', () => {
  it('writes one line per problem: file › field, message, and the found value only when there is one', () => {
    expect(
      formatProblems([
        { file: 'content/areas/a.yaml', field: 'order', message: 'must be unique', value: '1' },
        { file: 'content/areas/ko/a.yaml', field: '', message: 'no facts' },
      ]),
    ).toBe('- content/areas/a.yaml › order: must be unique (found: 1)\n- content/areas/ko/a.yaml: no facts');
    expect(formatProblems([])).toBe('');
  });
});

describe('checkContent: job titles', () => {
  /** Replaces the prose of role `id` in `locale` (the fixture shares one object between locales). */
  const setRole = (tree: ContentTree, id: string, locale: string, patch: object) => {
    const text = tree.roles.text.find((t) => t.id === id && t.locale === locale)!;
    text.data = { ...(text.data as object), ...patch };
  };
  const titleProblems = (tree: ContentTree, locales?: string[]) => checkContent(tree, locales).filter((p) => p.field.startsWith('titleNotes'));

  it('asks both roles for a note when they list the same title, ignoring case and spacing', () => {
    const tree = validTree();
    setRole(tree, 'modeler', 'en', { aliases: ['  inference   ENGINEER '] });
    expect(titleProblems(tree)).toStrictEqual([
      {
        file: 'content/roles/en/model-engineer.yaml',
        field: 'titleNotes',
        value: '"Inference Engineer"',
        message: 'this title is also listed by modeler; add titleNotes["Inference Engineer"] saying how to tell the roles apart from a posting\'s text',
      },
      {
        file: 'content/roles/en/modeler.yaml',
        field: 'titleNotes',
        value: '"inference   ENGINEER"',
        message: 'this title is also listed by model-engineer; add titleNotes["inference   ENGINEER"] saying how to tell the roles apart from a posting\'s text',
      },
    ]);
  });

  it('is satisfied by a note on each role, and compares titles within one locale only', () => {
    const tree = validTree();
    setRole(tree, 'modeler', 'ko', { aliases: ['ML Engineer'] });
    setRole(tree, 'model-engineer', 'en', { aliases: ['ML Engineer', 'Model Engineer'] });
    setRole(tree, 'model-engineer', 'ko', { aliases: ['ML Engineer'], titleNotes: { 'ML Engineer': 'n' } });
    setRole(tree, 'modeler', 'ko', { aliases: ['ML Engineer'], titleNotes: { 'ML Engineer': 'n' } });
    expect(titleProblems(tree, ['en', 'ko', 'ja'])).toStrictEqual([]);
  });

  it('refuses a note for a title the role does not list, naming the titles it does', () => {
    const tree = validTree();
    setRole(tree, 'modeler', 'en', { aliases: ['Applied Scientist', 'Research Engineer'], titleNotes: { 'ML Eng': 'n' } });
    expect(titleProblems(tree)).toStrictEqual([
      {
        file: 'content/roles/en/modeler.yaml',
        field: 'titleNotes.ML Eng',
        message: 'a note must be keyed by one of this role\'s aliases, exactly as listed; allowed: "Applied Scientist", "Research Engineer"',
      },
    ]);
  });

  it('names every other role that lists the same title', () => {
    const tree = validTree();
    tree.roles.facts.push({ id: 'ai-engineer', file: 'content/roles/ai-engineer.yaml', data: { team: 'product', expectations: {}, references: ['r'] } });
    for (const locale of ['en', 'ko']) {
      const modeler = tree.roles.text.find((t) => t.id === 'modeler' && t.locale === locale)!;
      tree.roles.text.push({ ...modeler, id: 'ai-engineer', file: `content/roles/${locale}/ai-engineer.yaml`, data: { ...(modeler.data as object), aliases: ['Inference Engineer'] } });
    }
    setRole(tree, 'modeler', 'en', { aliases: ['Inference Engineer'] });
    expect(titleProblems(tree).filter((p) => p.file === 'content/roles/en/model-engineer.yaml')).toStrictEqual([
      {
        file: 'content/roles/en/model-engineer.yaml',
        field: 'titleNotes',
        value: '"Inference Engineer"',
        message: 'this title is also listed by modeler, ai-engineer; add titleNotes["Inference Engineer"] saying how to tell the roles apart from a posting\'s text',
      },
    ]);
  });
});

describe('checkContent: cross-walk', () => {
  const uri = (tail: string) => `http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-${tail}`;
  const esco = { code: '2511.4', uri: uri('1ff0477e0f30'), title: 'data scientist', match: 'close' };
  const ddat = { role: 'Data engineer', url: 'https://ddat-capability-framework.service.gov.uk/role/data-engineer', match: 'broad' };
  /** Adds `patch` to the facts of role or skill `id`. */
  const setFacts = (tree: ContentTree, kind: 'roles' | 'skills', id: string, patch: object) => {
    const entry = tree[kind].facts.find((e) => e.id === id)!;
    entry.data = { ...(entry.data as object), ...patch };
  };
  /** Replaces the prose of role `id` in `locale` (the fixture shares one object between locales). */
  const setProse = (tree: ContentTree, id: string, locale: string, patch: object) => {
    const text = tree.roles.text.find((t) => t.id === id && t.locale === locale)!;
    text.data = { ...(text.data as object), ...patch };
  };
  const crosswalkProblems = (tree: ContentTree) =>
    checkContent(tree).filter((p) => /^(crosswalk|sfia)/.test(p.field));

  it('accepts links on roles and skills, and notes on links that exist', () => {
    const tree = validTree();
    setFacts(tree, 'roles', 'model-engineer', { crosswalk: { esco, ddat } });
    setFacts(tree, 'roles', 'modeler', { crosswalk: { esco: { ...esco, match: 'broad' } } });
    setFacts(tree, 'skills', 'model-conversion', { sfia: { code: 'MLNG', name: 'Machine learning', match: 'broad' } });
    setFacts(tree, 'skills', 'model-architecture', { sfia: { code: 'MLNG', name: 'Machine learning', match: 'close' } });
    setProse(tree, 'model-engineer', 'en', { crosswalkNotes: { esco: 'ESCO is wider.', ddat: 'DDaT is wider.' } });
    setProse(tree, 'model-engineer', 'ko', { crosswalkNotes: { esco: 'ESCO 쪽이 더 넓다.' } });
    expect(checkContent(tree)).toEqual([]);
  });

  it('rejects a note on a framework the facts do not link, naming the facts file to fix', () => {
    const tree = validTree();
    setFacts(tree, 'roles', 'model-engineer', { crosswalk: { esco } });
    setProse(tree, 'model-engineer', 'ko', { crosswalkNotes: { esco: '설명', ddat: '설명' } });
    setProse(tree, 'modeler', 'en', { crosswalkNotes: { esco: 'A note without a link.' } });
    expect(crosswalkProblems(tree)).toStrictEqual([
      {
        file: 'content/roles/ko/model-engineer.yaml',
        field: 'crosswalkNotes.ddat',
        message: 'a note on the nearest DDaT role needs the link itself: add crosswalk.ddat to content/roles/model-engineer.yaml, or remove the note',
      },
      {
        file: 'content/roles/en/modeler.yaml',
        field: 'crosswalkNotes.esco',
        message: 'a note on the nearest ESCO occupation needs the link itself: add crosswalk.esco to content/roles/modeler.yaml, or remove the note',
      },
    ]);
  });

  it('rejects one SFIA code given two names, pointing at the file that used it first', () => {
    const tree = validTree();
    setFacts(tree, 'skills', 'model-conversion', { sfia: { code: 'MLNG', name: 'Machine learning', match: 'broad' } });
    setFacts(tree, 'skills', 'model-architecture', { sfia: { code: 'MLNG', name: 'Machine Learning', match: 'broad' } });
    expect(crosswalkProblems(tree)).toStrictEqual([
      {
        file: 'content/skills/model-architecture.yaml',
        field: 'sfia',
        value: '"Machine Learning"',
        message: 'SFIA code MLNG is given the name "Machine learning" in content/skills/model-conversion.yaml; one SFIA code has one name, as the framework publishes it',
      },
    ]);
  });

  it('rejects one ESCO URI with two codes or titles, and one ESCO code with two URIs', () => {
    const tree = validTree();
    setFacts(tree, 'roles', 'model-engineer', { crosswalk: { esco } });
    setFacts(tree, 'roles', 'modeler', { crosswalk: { esco: { ...esco, title: 'data scientists' } } });
    expect(crosswalkProblems(tree).map((p) => [p.file, p.field, p.message])).toEqual([
      [
        'content/roles/modeler.yaml',
        'crosswalk.esco',
        'ESCO URI http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30 is given the code and title "2511.4 data scientist" in content/roles/model-engineer.yaml; one ESCO URI has one code and title, as the framework publishes it',
      ],
    ]);
    setFacts(tree, 'roles', 'modeler', { crosswalk: { esco: { ...esco, uri: uri('1ff0477e0f31') } } });
    expect(crosswalkProblems(tree).map((p) => p.message)).toEqual([
      `ESCO code 2511.4 is given the URI "${uri('1ff0477e0f30')}" in content/roles/model-engineer.yaml; one ESCO code has one URI, as the framework publishes it`,
    ]);
  });

  it('rejects one DDaT page under two role names', () => {
    const tree = validTree();
    setFacts(tree, 'roles', 'model-engineer', { crosswalk: { ddat } });
    setFacts(tree, 'roles', 'modeler', { crosswalk: { ddat: { ...ddat, role: 'Data Engineer' } } });
    expect(crosswalkProblems(tree).map((p) => `${p.file} › ${p.field}: ${p.message}`)).toEqual([
      'content/roles/modeler.yaml › crosswalk.ddat: DDaT page https://ddat-capability-framework.service.gov.uk/role/data-engineer is given the role name "Data engineer" in content/roles/model-engineer.yaml; one DDaT page has one role name, as the framework publishes it',
    ]);
  });

  it('checks the codes themselves through the schema, naming the field', () => {
    const tree = validTree();
    setFacts(tree, 'skills', 'model-conversion', { sfia: { code: 'mlng', name: 'Machine learning', match: 'broad' } });
    setFacts(tree, 'roles', 'modeler', { crosswalk: { ddat: { ...ddat, url: 'https://example.com/role/data-engineer' } } });
    expect(crosswalkProblems(tree).map((p) => `${p.file} › ${p.field}`)).toEqual([
      'content/skills/model-conversion.yaml › sfia.code',
      'content/roles/modeler.yaml › crosswalk.ddat.url',
    ]);
  });
});
