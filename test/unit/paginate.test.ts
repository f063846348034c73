import { describe, expect, it } from 'vitest';
import { pageCount, pageLinks, pageNumbers, pagePath, paginate } from '../../src/domain/paginate';

describe('paginate', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    expect(paginate(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      { number: 1, items: ['a', 'b'] },
      { number: 2, items: ['c', 'd'] },
      { number: 3, items: ['e'] },
    ]);
  });

  it('keeps a short list, and an empty one, on a single page', () => {
    expect(paginate(['a', 'b'], 2)).toEqual([{ number: 1, items: ['a', 'b'] }]);
    expect(paginate([], 2)).toEqual([{ number: 1, items: [] }]);
  });

  it('refuses a page size below one', () => {
    expect(() => paginate(['a'], 0)).toThrow('invalid page size: 0');
  });

  it('counts the pages a number of entries fills', () => {
    expect(pageCount(0, 200)).toBe(1);
    expect(pageCount(200, 200)).toBe(1);
    expect(pageCount(201, 200)).toBe(2);
  });
});

describe('page addresses', () => {
  it('keeps page 1 at the index and puts later pages under page/<n>/', () => {
    expect(pagePath('glossary', 1)).toBe('glossary/');
    expect(pagePath('/glossary/', 3)).toBe('glossary/page/3/');
    expect(() => pagePath('glossary', 0)).toThrow('invalid page: 0');
  });

  it('tells on which page each id lands', () => {
    expect([...pageNumbers(['a', 'b', 'c', 'd', 'e'], 2)]).toEqual([['a', 1], ['b', 1], ['c', 2], ['d', 2], ['e', 3]]);
  });
});

describe('pageLinks', () => {
  it('shows every page when there are few', () => {
    expect(pageLinks(2, 3)).toEqual([{ number: 1, current: false }, { number: 2, current: true }, { number: 3, current: false }]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageLinks(10, 50, 1)).toEqual([
      { number: 1, current: false }, { gap: true }, { number: 9, current: false }, { number: 10, current: true },
      { number: 11, current: false }, { gap: true }, { number: 50, current: false },
    ]);
  });
});
