import { describe, expect, it } from 'vitest';
import { localizedPath, switchLocale } from '../../src/domain/urls';

describe('internal URLs', () => {
  it('puts English at the root and Korean under /ko/', () => {
    expect(localizedPath('/', 'en', 'roles/modeler')).toBe('/roles/modeler/');
    expect(localizedPath('/', 'ko', 'roles/modeler/')).toBe('/ko/roles/modeler/');
    expect(localizedPath('/', 'ko')).toBe('/ko/');
  });

  it('respects a sub-path base, hashes and file names', () => {
    expect(localizedPath('/atlas', 'en', 'glossary/#qps')).toBe('/atlas/glossary/#qps');
    expect(localizedPath('/atlas/', 'ko', '/api/v1/ko/roles.json')).toBe('/atlas/ko/api/v1/ko/roles.json');
  });

  it('switches the locale of the current page and keeps the page', () => {
    expect(switchLocale('/', '/roles/modeler/', 'ko')).toBe('/ko/roles/modeler/');
    expect(switchLocale('/', '/ko/roles/modeler/', 'en')).toBe('/roles/modeler/');
    expect(switchLocale('/atlas/', '/atlas/ko/', 'en')).toBe('/atlas/');
    expect(switchLocale('/atlas/', '/atlas/skills/', 'ko')).toBe('/atlas/ko/skills/');
  });
});
