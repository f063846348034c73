import { describe, expect, it } from 'vitest';
import { titleKey } from '../../src/domain/integrity';
import { readContentTree } from '../support/read-content';

const tree = readContentTree(process.cwd());
const GUIDE = 'positions-and-job-postings';

/** The role ids of every `<RoleLink>` in a table cell. */
const roleLinks = (cell: string) => [...cell.matchAll(/<RoleLink id="([^"]+)">/g)].map((m) => m[1]!);

describe('the positions guide and the roles’ job titles agree', () => {
  for (const locale of ['en', 'ko']) {
    const guide = tree.guides.text.find((t) => t.id === GUIDE && t.locale === locale)!;
    const aliases = new Map(
      tree.roles.text.filter((t) => t.locale === locale).map((t) => [t.id, (t.data as { aliases: string[] }).aliases.map(titleKey)]),
    );
    const rows = (guide.body ?? '')
      .split('\n')
      .filter((line) => line.startsWith('| ') && line.includes('<RoleLink'))
      .map((line) => line.slice(2, -2).split(' | '));
    const positionRows = rows.filter((cells) => roleLinks(cells[0]!).length === 1);
    const sharedRows = rows.filter((cells) => roleLinks(cells[0]!).length === 0);

    it(`lists in its position tables only titles the linked role lists (${locale})`, () => {
      expect(positionRows.length).toBeGreaterThanOrEqual(11);
      for (const cells of positionRows) {
        const [role] = roleLinks(cells[0]!);
        for (const title of cells.at(-1)!.split(' · ')) {
          expect(aliases.get(role!), `${locale}: "${title}" on ${role}`).toContain(titleKey(title));
        }
      }
    });

    it(`names every title two roles share, with exactly those roles (${locale})`, () => {
      const owners = new Map<string, string[]>();
      for (const [role, titles] of aliases) for (const t of titles) owners.set(t, [...(owners.get(t) ?? []), role]);
      const shared = [...owners].filter(([, roles]) => roles.length > 1);
      expect(shared.length).toBeGreaterThanOrEqual(8);
      const inGuide = new Map(sharedRows.map((cells) => [titleKey(cells[0]!), roleLinks(cells[1]!).sort()]));
      expect(new Map(shared.map(([t, roles]) => [t, roles.sort()]))).toEqual(inGuide);
    });
  }
});
