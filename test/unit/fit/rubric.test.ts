import { describe, expect, it } from 'vitest';
import { buildRubric, interviewQuestions, keyBehaviour, rubricFocus } from '../../../src/domain/fit/rubric';

const templates = {
  expected: '“{behaviour}.” Tell me about a time this described your work in {skill}.',
  beyond: 'What in your {skill} work went beyond “{below}”?',
  start: 'How did you first meet {skill}?',
};
const conversion = {
  id: 'x',
  name: 'Model conversion',
  levels: [
    'Explains why (for a serving target) models are converted.',
    'Following a recipe, exports a model: checks outputs.',
    'Converts new models alone: handles dynamic shapes; verifies accuracy.',
    'Is the person the team brings its hardest problems to (an operator, drift). Sets rules.',
    'Sets the strategy.',
  ],
};
const skill = (id: string) => ({ id, name: id.toUpperCase(), levels: ['one.', 'two.', 'three.', 'four.', 'five.'] });

describe('the key behaviour of a level descriptor', () => {
  it('is the first clause, without parentheses or the final full stop', () => {
    expect(keyBehaviour(conversion.levels[0]!)).toBe('Explains why models are converted');
    expect(keyBehaviour(conversion.levels[2]!)).toBe('Converts new models alone');
    expect(keyBehaviour(conversion.levels[3]!)).toBe('Is the person the team brings its hardest problems to');
    expect(keyBehaviour('새 모델을 혼자 변환한다. 동적 입력 크기와 미지원 연산을 처리하고(지원 연산으로 레이어를 바꿔 재학습), 검증한다.')).toBe('새 모델을 혼자 변환한다');
    expect(keyBehaviour('Sets the strategy')).toBe('Sets the strategy');
  });
});

describe('interview questions', () => {
  it('quote the expected level and the level below through the fixed templates', () => {
    expect(interviewQuestions(conversion, 3, templates)).toEqual([
      '“Converts new models alone.” Tell me about a time this described your work in Model conversion.',
      'What in your Model conversion work went beyond “Following a recipe, exports a model”?',
    ]);
  });

  it('ask how the candidate started when level 1 is expected (there is no descriptor below it)', () => {
    expect(interviewQuestions(conversion, 1, templates)).toEqual([
      '“Explains why models are converted.” Tell me about a time this described your work in Model conversion.',
      'How did you first meet Model conversion?',
    ]);
  });

  it('refuse a level outside 1–5', () => {
    expect(() => interviewQuestions(conversion, 0, templates)).toThrow(RangeError);
  });
});

describe('the rubric of a position', () => {
  const skills = [skill('w'), skill('x'), skill('y'), skill('v'), skill('u')];
  const expected = { w: 2, x: 3, y: 4, v: 4, u: 0 };

  it('covers every expected skill: must-haves first, then higher expected level, then skill order', () => {
    const rubric = buildRubric(expected, ['x'], skills, templates);
    expect(rubric.map((r) => [r.skill, r.expected, r.must])).toEqual([['x', 3, true], ['y', 4, false], ['v', 4, false], ['w', 2, false]]);
    expect(rubric[0]!.lookFor).toBe('three.');
    expect(rubric[0]!.notYet).toEqual({ level: 2, text: 'two.' });
    expect(rubric[0]!.focus).toBeUndefined();
  });

  it('has level 0 with no descriptor as the "not yet" band of a level-1 skill', () => {
    const [item] = buildRubric({ x: 1 }, [], skills, templates);
    expect(item!.notYet).toEqual({ level: 0, text: null });
    expect(item!.questions[1]).toBe('How did you first meet X?');
  });

  it('puts the candidate in focus’s gaps first, then what they did not assess, then the rest', () => {
    const focus = { gaps: [{ skill: 'y', current: 3, expected: 4, gap: 1 }, { skill: 'w', current: 0, expected: 2, gap: 2 }], notAssessed: ['v'] };
    const rubric = buildRubric(expected, ['x'], skills, templates, focus);
    expect(rubric.map((r) => [r.skill, r.focus])).toEqual([
      ['w', { group: 'gap', gap: 2 }],
      ['y', { group: 'gap', gap: 1 }],
      ['v', { group: 'not-assessed', gap: 0 }],
      ['x', { group: 'met', gap: 0 }],
    ]);
  });
});

describe('key behaviour details', () => {
  it('collapses runs of spaces, drops an aside written without a space before it, and trims before a cut', () => {
    expect(keyBehaviour('Sets  the\n\n strategy.')).toBe('Sets the strategy');
    expect(keyBehaviour('Converts models(with help) alone.')).toBe('Converts models alone');
    expect(keyBehaviour('Sets the strategy : then reviews it')).toBe('Sets the strategy');
  });

  it('cuts at a colon that ends the text, keeps a dot inside a version number, and drops a final Korean full stop', () => {
    expect(keyBehaviour('Sets the strategy:')).toBe('Sets the strategy');
    expect(keyBehaviour('Uses v1.2 tools')).toBe('Uses v1.2 tools');
    expect(keyBehaviour('전략을 세운다。')).toBe('전략을 세운다');
  });
});

describe('interview question limits', () => {
  it('accept level 5 and refuse 6, saying which level', () => {
    expect(interviewQuestions(conversion, 5, templates)[0]).toBe('“Sets the strategy.” Tell me about a time this described your work in Model conversion.');
    expect(() => interviewQuestions(conversion, 6, templates)).toThrow('invalid expected level: 6');
  });
});

describe('rubric order details', () => {
  const many = ['p', 'q', 'r', 's', 't'].map(skill);

  it('keeps skills of equal weight in atlas order', () => {
    expect(buildRubric({ p: 2, q: 2, r: 2, s: 2, t: 2 }, [], many, templates).map((r) => r.skill)).toEqual(['p', 'q', 'r', 's', 't']);
  });

  it('puts bigger gaps first within the candidate’s gaps', () => {
    const focus = { gaps: [{ skill: 'p', current: 1, expected: 2, gap: 1 }, { skill: 'q', current: 0, expected: 3, gap: 3 }, { skill: 'r', current: 0, expected: 2, gap: 2 }], notAssessed: [] };
    const rubric = buildRubric({ p: 2, q: 3, r: 2, s: 2 }, [], many, templates, focus);
    expect(rubric.map((r) => [r.skill, r.focus?.gap])).toEqual([['q', 3], ['r', 2], ['p', 1], ['s', 0]]);
  });
});

describe('whose gaps the rubric puts first', () => {
  it('uses a lone candidate without being asked', () => {
    expect(rubricFocus(null, ['c1'])).toBe('c1');
  });

  it('uses nobody with several candidates until one is chosen, or none loaded', () => {
    expect(rubricFocus(null, ['c1', 'c2'])).toBe('');
    expect(rubricFocus(null, [])).toBe('');
    expect(rubricFocus('c2', ['c1', 'c2'])).toBe('c2');
  });

  it('respects a choice of "no candidate" even with one loaded, and forgets a candidate no longer loaded', () => {
    expect(rubricFocus('', ['c1'])).toBe('');
    expect(rubricFocus('c3', ['c1', 'c2'])).toBe('');
  });
});
