/** The file name of a role's data (under compare/data/; src/domain/compare-data.ts says what it holds). */
export const roleFile = (id: string): string => `${id}.json`;
