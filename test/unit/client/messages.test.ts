import { describe, expect, it } from 'vitest';
import { failureText, noticeText, type FailureKeys } from '../../../src/client/messages';

/** A lookup that shows which key and values an island's string would get. */
const t = (key: string, vars?: Record<string, string | number>) => (vars ? `${key} ${JSON.stringify(vars)}` : key);
const keys: FailureKeys = { tooLarge: 'x.big', notJson: 'x.json', notDocument: 'x.kind', version: 'x.version' };
const invalid = (field: string) => `invalid at ${field}`;

describe('load notices in an island\'s words', () => {
  it('use the island\'s prefix and hand over the backup key, version and dropped ids', () => {
    expect(noticeText(t, 'plan', { kind: 'corrupt', backupKey: 'atlas.plan.corrupt-1' })).toBe('plan.corrupt {"key":"atlas.plan.corrupt-1"}');
    expect(noticeText(t, 'assess', { kind: 'migrated', from: 1, backupKey: 'b' })).toBe('assess.migrated {"from":1,"key":"b"}');
    expect(noticeText(t, 'assess', { kind: 'dropped', ids: ['a', 'b'] })).toBe('assess.dropped {"ids":"a, b"}');
    expect(noticeText(t, 'plan', { kind: 'unavailable' })).toBe('plan.unavailable');
  });
});

describe('refused documents in an island\'s words', () => {
  it('give each reason its key, a damaged link the not-a-document key, and the version as text', () => {
    expect(failureText(t, keys, { reason: 'too-large', bytes: 2_000_000 }, invalid)).toBe('x.big');
    expect(failureText(t, keys, { reason: 'not-json' }, invalid)).toBe('x.json');
    expect(failureText(t, keys, { reason: 'wrong-format' }, invalid)).toBe('x.kind');
    expect(failureText(t, keys, { reason: 'malformed' }, invalid)).toBe('x.kind');
    expect(failureText(t, keys, { reason: 'unsupported-version', version: 7 }, invalid)).toBe('x.version {"version":"7"}');
  });

  it('word an invalid value by the island\'s own rule, never with the format\'s English message', () => {
    expect(failureText(t, keys, { reason: 'invalid', field: 'ratings.monitoring', message: 'Invalid input' }, invalid)).toBe('invalid at ratings.monitoring');
  });
});
