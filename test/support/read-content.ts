/** Reads the content/ tree from disk into the plain shape the integrity check takes. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentTree, RawEntry, RawText } from '../../src/domain/integrity';
import { KIND_NAMES } from '../../src/schemas/index';

/** Splits an MDX file into its YAML front matter and body. */
export function splitFrontMatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parse(match[1]!) ?? {}, body: match[2]! };
}

/** Reads every kind under `root/content`. */
export function readContentTree(root: string): ContentTree {
  const tree = {} as ContentTree;
  for (const kind of KIND_NAMES) {
    const dir = join(root, 'content', kind);
    const facts: RawEntry[] = [];
    const text: RawText[] = [];
    if (existsSync(dir)) {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        const file = relative(root, path);
        if (statSync(path).isDirectory()) {
          for (const inner of readdirSync(path).sort()) {
            const innerPath = join(path, inner);
            const source = readFileSync(innerPath, 'utf8');
            const id = inner.replace(/\.(ya?ml|mdx?)$/, '');
            const innerFile = relative(root, innerPath);
            if (/\.mdx?$/.test(inner)) {
              const { data, body } = splitFrontMatter(source);
              text.push({ id, locale: name, file: innerFile, data, body });
            } else {
              text.push({ id, locale: name, file: innerFile, data: parse(source) });
            }
          }
        } else if (/\.ya?ml$/.test(name)) {
          facts.push({ id: name.replace(/\.ya?ml$/, ''), file, data: parse(readFileSync(path, 'utf8')) });
        }
      }
    }
    tree[kind] = { facts, text };
  }
  return tree;
}
