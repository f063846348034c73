/** Links from a title lookup to the comparison page: the suggested roles, each at the seniority the title states. */
import { compareUrl, type Pick as ComparePick } from '../compare';
import type { LookupResult } from './match';

/** The comparison picks for a lookup result (its roles, in order, at the title's seniority). */
export function lookupPicks(result: Pick<LookupResult, 'roles' | 'seniority'>): ComparePick[] {
  return result.roles.map((r) => ({ role: r.id, seniority: result.seniority }));
}

/** The URL that compares the roles of a lookup result, given the comparison page's URL (`url(locale, 'compare/')`). */
export function lookupCompareUrl(page: string, result: Pick<LookupResult, 'roles' | 'seniority'>): string {
  return compareUrl(page, lookupPicks(result));
}
