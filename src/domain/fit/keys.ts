/** Where the loaded candidates live in localStorage (a module of its own, so a page can check for them without loading the codec). */
export const CANDIDATES_KEY = 'ai-team-atlas.fit-candidates';
