import { describe, expect, it } from 'vitest';
import { citesSomething, idSchema, levelSchema, provenanceSchema, textSchema } from '../../../src/schemas/common';

const KEBAB = 'an id is kebab-case: lower-case letters, digits and single hyphens';
const LEVEL = 'a level is a whole number from 0 to 5';
const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('idSchema', () => {
  it.each(['model-engineer', 'qps', 'gpt-4o', '3d-vision', 'a1-b2-c3'])('accepts the kebab-case id %j', (id) => {
    expect(idSchema.parse(id)).toBe(id);
  });

  it.each([
    '', 'Model-engineer', 'model_engineer', 'model--engineer', '-model', 'model-', 'model engineer', 'modèle', 'model/engineer',
    'model.yaml', ' model', 'model\n', '모델',
  ])('rejects %j, saying what an id looks like', (id) => {
    expect(messagesOf(idSchema.safeParse(id))).toEqual([KEBAB]);
  });
});

describe('levelSchema', () => {
  it.each([0, 1, 2, 3, 4, 5])('accepts level %i', (level) => {
    expect(levelSchema.parse(level)).toBe(level);
  });

  it.each([-1, 6, 2.5, Number.NaN, '3', null])('rejects %j with one message naming the range', (level) => {
    expect(messagesOf(levelSchema.safeParse(level))).toEqual([LEVEL]);
  });
});

describe('textSchema', () => {
  it('trims prose and refuses text that is only white space', () => {
    expect(textSchema.parse('  Serving the model \n')).toBe('Serving the model');
    expect(messagesOf(textSchema.safeParse(' \n\t'))).toEqual(['must not be empty']);
    expect(messagesOf(textSchema.safeParse(42))).toEqual(['expected text']);
  });
});

describe('provenance', () => {
  it('defaults both lists to empty, and a file must cite at least one of them', () => {
    expect(provenanceSchema.parse({})).toEqual({ sources: [], references: [] });
    expect(citesSomething({ sources: [], references: [] })).toBe(false);
    expect(citesSomething({ sources: ['000_4f07a0ff1c95c2db.txt'], references: [] })).toBe(true);
    expect(citesSomething({ sources: [], references: ['ONNX Runtime documentation'] })).toBe(true);
  });

  it('accepts only the source notes that exist', () => {
    expect(provenanceSchema.safeParse({ sources: ['005_missing.txt'] }).success).toBe(false);
    expect(provenanceSchema.parse({ sources: ['004_de3b1be205e015aa.txt'] }).sources).toEqual(['004_de3b1be205e015aa.txt']);
  });
});
