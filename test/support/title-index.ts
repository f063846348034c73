/** The title index built from the real content/ tree on disk, as the build builds it. */
import { buildTitleIndex, type TitleIndex } from '../../src/domain/titles/title-index';
import { roleSchema, roleTextSchema } from '../../src/schemas/role';
import { readContentTree } from './read-content';

/** Builds the title index from `root/content` (the roles' facts and both locales' prose, validated). */
export function titleIndexFromDisk(root = process.cwd()): TitleIndex {
  const tree = readContentTree(root);
  const prose = (locale: string, id: string) => roleTextSchema.parse(tree.roles.text.find((t) => t.locale === locale && t.id === id)!.data);
  const roles = tree.roles.facts.map((f) => ({
    id: f.id,
    facts: roleSchema.parse(f.data),
    text: { en: prose('en', f.id), ko: prose('ko', f.id) },
  }));
  return buildTitleIndex(roles);
}
