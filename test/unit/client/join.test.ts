// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { joinChildren } from '../../../src/client/join';

const list = (html: string) => {
  const ul = document.createElement('ul');
  ul.innerHTML = html; // test fixture markup only
  return ul;
};
const texts = (parent: Element) => [...parent.children].map((c) => `${c.tagName.toLowerCase()}:${c.textContent}`);
const li = () => document.createElement('li');
const write = (node: Element, d: string) => void (node.textContent = d);

describe('joinChildren', () => {
  it('creates one child per datum, in order, and returns them', () => {
    const ul = list('');
    const nodes = joinChildren(ul, 'li', ['a', 'b', 'c'], li, write);
    expect(texts(ul)).toEqual(['li:a', 'li:b', 'li:c']);
    expect(nodes).toEqual([...ul.children]);
  });

  it('reuses existing children by index and removes the left-over ones', () => {
    const ul = list('<li>x</li><li>y</li><li>z</li>');
    const [first, second] = [...ul.children];
    joinChildren(ul, 'li', ['a', 'b'], li, write);
    expect(texts(ul)).toEqual(['li:a', 'li:b']);
    expect(ul.children[0]).toBe(first);
    expect(ul.children[1]).toBe(second);
  });

  it('keeps the element of each key when data are removed or reordered', () => {
    const ul = list('');
    const key = (d: string) => d;
    joinChildren(ul, 'li', ['a', 'b', 'c'], li, write, { key });
    const [a, , c] = [...ul.children];
    joinChildren(ul, 'li', ['c', 'a'], li, write, { key });
    expect(texts(ul)).toEqual(['li:c', 'li:a']);
    expect(ul.children[0]).toBe(c);
    expect(ul.children[1]).toBe(a);
  });

  it('touches only direct children matching the selector and keeps others where they are', () => {
    const ul = list('<li class="head">h</li><li class="row">1<ul><li class="row">nested</li></ul></li><li class="foot">f</li>');
    joinChildren(ul, 'li.row', ['p', 'q'], () => Object.assign(li(), { className: 'row' }), write);
    expect(texts(ul)).toEqual(['li:h', 'li:p', 'li:q', 'li:f']);
  });

  it('places new children before the given node', () => {
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    g.append(label);
    joinChildren(g, 'path', [1, 2], () => document.createElementNS('http://www.w3.org/2000/svg', 'path'), (p, d) => p.setAttribute('d', `M${d}`), { before: label });
    expect([...g.children].map((c) => c.tagName.toLowerCase())).toEqual(['path', 'path', 'text']);
    expect(g.lastElementChild).toBe(label);
  });

  it('passes each datum and its index to update', () => {
    const ul = list('');
    joinChildren(ul, 'li', ['a', 'b'], li, (node, d, i) => void (node.textContent = `${i}${d}`));
    expect(texts(ul)).toEqual(['li:0a', 'li:1b']);
  });
});
