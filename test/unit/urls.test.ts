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

describe('internal URLs: edge cases', () => {
  it('treats a base with or without a trailing slash alike when switching locale', () => {
    expect(switchLocale('/atlas', '/atlas/ko/roles/', 'en')).toBe('/atlas/roles/');
    expect(switchLocale('/atlas', '/atlas/roles/', 'ko')).toBe('/atlas/ko/roles/');
  });

  it('switches from the Korean home page written without a trailing slash', () => {
    expect(switchLocale('/atlas/', '/atlas/ko', 'en')).toBe('/atlas/');
    expect(switchLocale('/', '/ko', 'ko')).toBe('/ko/');
  });

  it('reads a pathname outside the base as relative to the site root, however many slashes lead it', () => {
    expect(switchLocale('/atlas/', '//ko/roles/', 'en')).toBe('/atlas/roles/');
    expect(switchLocale('/atlas/', 'ko/roles/', 'en')).toBe('/atlas/roles/');
    expect(switchLocale('/atlas/', '/korean-guide/', 'en')).toBe('/atlas/korean-guide/');
  });

  it('strips every leading slash of a path and treats only a final extension as a file name', () => {
    expect(localizedPath('/', 'en', '//roles')).toBe('/roles/');
    expect(localizedPath('/', 'en', 'releases/v1.5/notes')).toBe('/releases/v1.5/notes/');
    expect(localizedPath('/', 'ko', 'api/v1/index.JSON')).toBe('/ko/api/v1/index.JSON');
    expect(localizedPath('/', 'en', '#top')).toBe('/#top');
  });
});
