import { describe, expect, it } from 'vitest';
import {
  ddatRoleSchema,
  escoOccupationSchema,
  roleCrosswalkSchema,
  sfiaSkillSchema,
  sfiaSkillUrl,
} from '../../../src/schemas/crosswalk';
import { roleSchema, roleTextSchema } from '../../../src/schemas/role';
import { skillSchema } from '../../../src/schemas/skill';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

const esco = {
  code: '2511.4',
  uri: 'http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30',
  title: 'data scientist',
  match: 'close',
};
const ddat = { role: 'Data engineer', url: 'https://ddat-capability-framework.service.gov.uk/role/data-engineer', match: 'close' };

describe('escoOccupationSchema', () => {
  it('accepts an occupation with its code, concept URI, English title and match', () => {
    expect(escoOccupationSchema.parse(esco)).toEqual(esco);
  });

  it.each(['2511.20', '2514.2.2', '1330.6'])('accepts the code %j', (code) => {
    expect(escoOccupationSchema.safeParse({ ...esco, code }).success).toBe(true);
  });

  it.each(['2511', '251.4', '2511.', 'C2511.4', '2511-4', ' 2511.4'])('rejects the code %j, saying what a code looks like', (code) => {
    expect(messagesOf(escoOccupationSchema.safeParse({ ...esco, code }))).toEqual([
      'an ESCO occupation code is the four-digit ISCO-08 group and dot-separated numbers, e.g. 2511.4',
    ]);
  });

  it.each([
    'https://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30',
    'http://data.europa.eu/esco/skill/258e46f9-0075-4a2e-adae-1ff0477e0f30',
    'http://example.org/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30',
    'http://data.europa.eu/esco/occupation/258E46F9-0075-4A2E-ADAE-1FF0477E0F30',
    'http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f3',
    'http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30/',
  ])('rejects the URI %j: another host, scheme, concept type or a malformed UUID', (uri) => {
    expect(messagesOf(escoOccupationSchema.safeParse({ ...esco, uri }))).toEqual([
      'an ESCO occupation URI is http://data.europa.eu/esco/occupation/ followed by the lower-case UUID of the concept',
    ]);
  });

  it('rejects an empty title, an unknown match and an unknown field', () => {
    expect(messagesOf(escoOccupationSchema.safeParse({ ...esco, title: ' ' }))).toEqual([
      'give the preferred English label of the occupation, as ESCO publishes it',
    ]);
    expect(messagesOf(escoOccupationSchema.safeParse({ ...esco, match: 'exact' }))[0]).toMatch(/^a match is one of: close, broad/);
    expect(escoOccupationSchema.safeParse({ ...esco, isco: '2511' }).success).toBe(false);
  });
});

describe('ddatRoleSchema', () => {
  it.each([
    'https://ddat-capability-framework.service.gov.uk/role/machine-learning-engineer',
    'https://ddat-capability-framework.service.gov.uk/product-manager.html',
    'https://www.gov.uk/guidance/data-scientist',
  ])('accepts a role page on the framework site or its earlier GOV.UK home: %s', (url) => {
    expect(ddatRoleSchema.safeParse({ ...ddat, url }).success).toBe(true);
  });

  it.each([
    'http://ddat-capability-framework.service.gov.uk/role/data-engineer',
    'https://ddat-capability-framework.service.gov.uk.example.com/role/data-engineer',
    'https://example.com/role/data-engineer',
    'https://www.gov.uk/government/publications/data-engineer',
    'https://ddat-capability-framework.service.gov.uk/role/data-engineer?x=1',
  ])('rejects %s: another host, scheme or path', (url) => {
    expect(messagesOf(ddatRoleSchema.safeParse({ ...ddat, url }))).toEqual([
      'a DDaT role URL is a page on https://ddat-capability-framework.service.gov.uk/ (or its earlier home, https://www.gov.uk/guidance/)',
    ]);
  });
});

describe('sfiaSkillSchema', () => {
  it('accepts a four-letter code with its name and match', () => {
    expect(sfiaSkillSchema.parse({ code: 'MLNG', name: 'Machine learning', match: 'broad' })).toEqual({ code: 'MLNG', name: 'Machine learning', match: 'broad' });
  });

  it.each(['mlng', 'MLN', 'MLNGX', 'ML-G', 'MLN1', ' MLNG'])('rejects the code %j', (code) => {
    expect(messagesOf(sfiaSkillSchema.safeParse({ code, name: 'Machine learning', match: 'broad' }))).toEqual([
      'a SFIA skill code is four capital letters, e.g. MLNG',
    ]);
  });

  it('links a code to its SFIA 9 page and refuses to build a link from a malformed code', () => {
    expect(sfiaSkillUrl('DENG')).toBe('https://sfia-online.org/en/skillcode/9/DENG');
    expect(() => sfiaSkillUrl('deng')).toThrow(RangeError);
  });
});

describe('the cross-walk fields on roles and skills', () => {
  const role = { team: 'platform', expectations: {}, references: ['r'] };
  it('are optional: a role or skill without a match has no link', () => {
    expect(roleSchema.parse(role).crosswalk).toBeUndefined();
    expect(skillSchema.parse({ area: 'modeling', references: ['r'] }).sfia).toBeUndefined();
    expect(roleCrosswalkSchema.parse({})).toEqual({});
  });

  it('reach the role and skill facts, with the field path in the message', () => {
    const result = roleSchema.safeParse({ ...role, crosswalk: { esco: { ...esco, code: '2511' } } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['crosswalk.esco.code']);
    const skill = skillSchema.safeParse({ area: 'modeling', references: ['r'], sfia: { code: 'ML', name: 'Machine learning', match: 'close' } });
    expect(skill.error?.issues.map((i) => i.path.join('.'))).toEqual(['sfia.code']);
  });

  it('let role prose carry a note per framework and nothing else', () => {
    const prose = {
      name: 'n', summary: 's', mission: 'm', input: 'i', output: 'o', responsibilities: ['r'], deliverables: ['d'], aliases: ['a'],
      companyTypes: { aiForX: 'x', aiCentric: 'y' },
    };
    expect(roleTextSchema.parse(prose).crosswalkNotes).toEqual({});
    expect(roleTextSchema.parse({ ...prose, crosswalkNotes: { esco: 'e', ddat: 'd' } }).crosswalkNotes).toEqual({ esco: 'e', ddat: 'd' });
    expect(roleTextSchema.safeParse({ ...prose, crosswalkNotes: { sfia: 'x' } }).success).toBe(false);
  });
});
