/**
 * Edge cases of the top-level domain modules that mutation testing showed no test pinned: long or odd link
 * parts on the comparison page, ties in the comparison order, page paths and sizes, link-preview paths and tags,
 * text clipping, area means over skills outside the areas, and the cross-walk check on entries without links.
 */
import { describe, expect, it } from 'vitest';
import { differences, handOffs, parsePicks, sharedStages, type StageFacts } from '../../src/domain/compare';
import { checkCrosswalk } from '../../src/domain/integrity-crosswalk';
import type { Problem } from '../../src/domain/integrity';
import { areaMeans } from '../../src/domain/levels';
import { pageCount, pagePath } from '../../src/domain/paginate';
import { clip, previewEntry, previewTags, type PreviewPage } from '../../src/domain/preview';

describe('comparison links', () => {
  const roles = new Set(['modeler', 'model-engineer']);

  it('refuses a part with more than one colon instead of reading its last two fields', () => {
    expect(parsePicks('modeler:mid:extra', roles)).toEqual({ picks: [], problems: [{ kind: 'malformed', value: 'modeler:mid:extra' }] });
  });

  it('quotes at most 60 characters of a part it cannot use', () => {
    const long = 'x'.repeat(70);
    const sixty = 'x'.repeat(60);
    expect(parsePicks(`${long},${long}:mid,modeler:${long}`, roles).problems).toEqual([
      { kind: 'malformed', value: sixty },
      { kind: 'unknown-role', value: sixty },
      { kind: 'unknown-seniority', value: sixty },
    ]);
    const longRole = `r${'o'.repeat(69)}`;
    const many = new Set(['a', 'b', 'c', 'd', longRole]);
    expect(parsePicks(`a:mid,b:mid,c:mid,d:mid,${longRole}:lead`, many).problems).toEqual([{ kind: 'too-many', value: `${longRole}:lead`.slice(0, 60) }]);
    expect(`${longRole}:lead`.slice(0, 60)).toHaveLength(60);
  });
});

describe('comparison order', () => {
  it('orders skills of equal spread by the higher top level, then by skill order', () => {
    const expectations = new Map([
      ['a', { low: [1, 1, 1, 1], high: [3, 3, 3, 3], first: [2, 2, 2, 2], second: [2, 2, 2, 2] }],
      ['b', { low: [2, 2, 2, 2], high: [4, 4, 4, 4], first: [3, 3, 3, 3], second: [3, 3, 3, 3] }],
    ]);
    const picks = [{ role: 'a', seniority: 'mid' as const }, { role: 'b', seniority: 'mid' as const }];
    // Every skill differs by 1: high (top 4) first, then first and second (top 3, in that order), then low (top 2).
    expect(differences(picks, expectations, ['low', 'first', 'second', 'high']).map((d) => d.skill)).toEqual(['high', 'first', 'second', 'low']);
  });

  it('lists shared stages in life-cycle order, whatever order they are given in', () => {
    const stages: StageFacts[] = [
      { id: 'deployment', order: 3, owner: 'a', contributors: ['b'] },
      { id: 'data', order: 1, owner: 'b', contributors: ['a'] },
      { id: 'training', order: 2, owner: 'a', contributors: ['b'] },
    ];
    expect(sharedStages(['a', 'b'], stages).map((s) => s.stage)).toEqual(['data', 'training', 'deployment']);
  });

  it('names a pair of collaborators once when a hand-off already links them, whichever way round they are chosen', () => {
    const stages: StageFacts[] = [
      { id: 'build', order: 1, owner: 'zed', contributors: [] },
      { id: 'ship', order: 2, owner: 'amy', contributors: [] },
    ];
    const collaborators = new Map([['amy', ['zed']]]);
    const handOff = { from: 'zed', to: 'amy', fromStage: 'build', toStage: 'ship', collaborators: true };
    expect(handOffs(['amy', 'zed'], stages, collaborators)).toEqual([handOff]);
    expect(handOffs(['zed', 'amy'], stages, collaborators)).toEqual([handOff]);
    const reversed: StageFacts[] = [
      { id: 'build', order: 1, owner: 'amy', contributors: [] },
      { id: 'ship', order: 2, owner: 'zed', contributors: [] },
    ];
    expect(handOffs(['zed', 'amy'], reversed, collaborators)).toEqual([{ from: 'amy', to: 'zed', fromStage: 'build', toStage: 'ship', collaborators: true }]);
  });
});

describe('pages', () => {
  it('allows a page size of one', () => {
    expect(pageCount(3, 1)).toBe(3);
  });

  it('trims every leading and trailing slash of a section, but keeps the inner ones', () => {
    expect(pagePath('//glossary//', 2)).toBe('glossary/page/2/');
    expect(pagePath('guides/terms/', 3)).toBe('guides/terms/page/3/');
  });
});

describe('link previews', () => {
  it('reads a path outside the base, with any number of leading slashes or none', () => {
    expect(previewEntry('/atlas/', 'roles/modeler/')).toEqual({ kind: 'roles', id: 'modeler' });
    expect(previewEntry('/atlas/', '//roles/modeler/')).toEqual({ kind: 'roles', id: 'modeler' });
  });

  it('takes the kind from the first segment only, and no index page', () => {
    expect(previewEntry('/', '/guides/roles/modeler/')).toBeUndefined();
    expect(previewEntry('/', '/roles/page/')).toBeUndefined();
    expect(previewEntry('/', '/blueprints/gecko/')).toEqual({ kind: 'blueprints', id: 'gecko' });
  });

  it('writes every tag in order, with the image under a base given without its trailing slash', () => {
    const page: PreviewPage = {
      base: '/atlas', site: undefined, pathname: '/atlas/roles/modeler/', locale: 'en', translated: false,
      title: 'Modeler · AI Team Atlas', description: 'Trains models.', siteName: 'AI Team Atlas',
    };
    const og = (key: string, content: string) => ({ attribute: 'property', key: `og:${key}`, content });
    const tw = (key: string, content: string) => ({ attribute: 'name', key: `twitter:${key}`, content });
    expect(previewTags(page)).toEqual([
      og('type', 'website'),
      og('site_name', 'AI Team Atlas'),
      og('title', 'Modeler · AI Team Atlas'),
      og('description', 'Trains models.'),
      og('locale', 'en_US'),
      og('image', '/atlas/og/en/roles/modeler.png'),
      og('image:width', '1200'),
      og('image:height', '630'),
      og('image:alt', 'Modeler · AI Team Atlas'),
      tw('card', 'summary_large_image'),
      tw('title', 'Modeler · AI Team Atlas'),
      tw('description', 'Trains models.'),
      tw('image', '/atlas/og/en/roles/modeler.png'),
    ]);
  });

  it('clips: trims the ends, keeps text of exactly the limit, and drops every trailing punctuation mark before the ellipsis', () => {
    expect(clip('  Trains models.  ', 40)).toBe('Trains models.');
    expect(clip('abcde', 5)).toBe('abcde');
    expect(clip('aaaa bbbb,, cccc dddd', 12)).toBe('aaaa bbbb…');
  });
});

describe('area means', () => {
  it('leaves out skills that belong to no listed area or to no known skill', () => {
    const skills = [
      { id: 'a1', area: 'a' },
      { id: 'b1', area: 'b' },
    ];
    expect(areaMeans({ a1: 4, b1: 2 }, skills, ['a'], new Set(['a1', 'b1', 'unknown']))).toEqual({ a: 4 });
  });
});

describe('the cross-walk check', () => {
  it('accepts roles and skills without framework links, and skips prose whose role has no facts file', () => {
    const problems: Problem[] = [];
    checkCrosswalk(
      [{ entry: { id: 'modeler', file: 'content/roles/modeler.yaml', data: {} }, data: {} }],
      [{ entry: { id: 'ghost', file: 'content/roles/en/ghost.yaml', data: {}, locale: 'en' }, data: { crosswalkNotes: { esco: 'A note.' } } }],
      [{ entry: { id: 'python', file: 'content/skills/python.yaml', data: {} }, data: {} }],
      problems,
    );
    expect(problems).toEqual([]);
  });
});
