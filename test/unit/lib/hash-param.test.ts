import { describe, expect, it } from 'vitest';
import { hashParam } from '../../../src/lib/hash-param';

describe('hashParam', () => {
  it('reads one parameter from a hash', () => {
    expect(hashParam('#a=xyz&b=2', 'a')).toBe('xyz');
    expect(hashParam('#a=xyz&b=2', 'b')).toBe('2');
    expect(hashParam('', 'a')).toBeUndefined();
  });

  it('decodes the value and reads a hash without its #', () => {
    expect(hashParam('#roles=modeler%3Amid,data-curator:senior', 'roles')).toBe('modeler:mid,data-curator:senior');
    expect(hashParam('p=abc', 'p')).toBe('abc');
  });

  it('reads a parameter whose value contains a # when the hash is given without its leading #', () => {
    expect(hashParam('a=1#2', 'a')).toBe('1#2');
  });
});
