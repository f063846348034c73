/** The comparison island's role files (src/domain/compare-data.ts `roleData`), from the loaded atlas. */
import { roleData, type CompareRole } from '../domain/compare-data';
import type { Locale } from '../schemas/constants';
import { chunkOfSkill } from './assess';
import { loadAtlas } from './atlas';

/** Every role id (for `getStaticPaths`). */
export async function compareRoleIds(): Promise<string[]> {
  return (await loadAtlas()).roles.map((r) => r.id);
}

/** The role file of `id` in `locale`. */
export async function compareRole(locale: Locale, id: string): Promise<CompareRole> {
  const atlas = await loadAtlas();
  return roleData(atlas, chunkOfSkill(atlas), locale, id);
}
