import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/domain/integrity';
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
    (tree.roles.facts[0]!.data as { team: string }).team = 'marketing';
    expect(messages(tree)).toContain('content/roles/model-engineer.yaml › team: a team is one of: model, serving');
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
