import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/domain/integrity';
import { readContentTree } from '../support/read-content';

const tree = readContentTree(process.cwd());

describe('the real content/ tree', () => {
  it('passes every schema and integrity rule', () => {
    const problems = checkContent(tree);
    expect(problems, `\n${formatProblems(problems)}\n`).toEqual([]);
  });
});
