import { describe, expect, it } from 'vitest';
import { canonicalUrl, clip, previewEntry, previewImageFile, previewTags, robotsTxt, type PreviewPage } from '../../src/domain/preview';

const page: PreviewPage = {
  base: '/', site: undefined, pathname: '/roles/modeler/', locale: 'en', translated: true,
  title: 'Modeler · AI Team Atlas', description: 'Trains models.', siteName: 'AI Team Atlas',
};
const tag = (tags: ReturnType<typeof previewTags>, key: string) => tags.filter((t) => t.key === key).map((t) => t.content);

describe('link previews', () => {
  it('gives a role, skill, path or blueprint page its own image, in either locale and under a base', () => {
    expect(previewEntry('/', '/roles/modeler/')).toEqual({ kind: 'roles', id: 'modeler' });
    expect(previewEntry('/atlas/', '/atlas/ko/skills/model-compression/')).toEqual({ kind: 'skills', id: 'model-compression' });
    expect(previewEntry('/atlas', '/atlas/paths/bootcamp-to-ml-engineer/')).toEqual({ kind: 'paths', id: 'bootcamp-to-ml-engineer' });
    expect(previewEntry('/', '/ko/blueprints/formula-recognition/')).toEqual({ kind: 'blueprints', id: 'formula-recognition' });
  });

  it('gives every other page the site image: indexes, their later pages, guides, tools, the home page', () => {
    for (const path of ['/', '/ko/', '/roles/', '/roles/page/2/', '/guides/life-cycle/', '/assess/', '/404.html', '/roles/modeler/extra/']) {
      expect(previewEntry('/', path), path).toBeUndefined();
    }
  });

  it('names image files by locale, kind and id', () => {
    expect(previewImageFile('ko', { kind: 'roles', id: 'modeler' })).toBe('og/ko/roles/modeler.png');
    expect(previewImageFile('en')).toBe('og/en/site.png');
  });

  it('writes Open Graph and Twitter tags with a root-relative image when no site is configured', () => {
    const tags = previewTags(page);
    expect(tag(tags, 'og:title')).toEqual(['Modeler · AI Team Atlas']);
    expect(tag(tags, 'og:description')).toEqual(['Trains models.']);
    expect(tag(tags, 'og:locale')).toEqual(['en_US']);
    expect(tag(tags, 'og:locale:alternate')).toEqual(['ko_KR']);
    expect(tag(tags, 'og:image')).toEqual(['/og/en/roles/modeler.png']);
    expect(tag(tags, 'twitter:image')).toEqual(['/og/en/roles/modeler.png']);
    expect(tag(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(tag(tags, 'og:url')).toEqual([]);
    expect(tags.find((t) => t.key === 'twitter:title')?.attribute).toBe('name');
    expect(tags.find((t) => t.key === 'og:title')?.attribute).toBe('property');
  });

  it('makes the image and the page URL absolute when a site is configured, base included', () => {
    const tags = previewTags({ ...page, base: '/atlas/', site: 'https://example.org', pathname: '/atlas/ko/roles/modeler/', locale: 'ko' });
    expect(tag(tags, 'og:image')).toEqual(['https://example.org/atlas/og/ko/roles/modeler.png']);
    expect(tag(tags, 'og:url')).toEqual(['https://example.org/atlas/ko/roles/modeler/']);
    expect(tag(tags, 'og:locale')).toEqual(['ko_KR']);
    expect(tag(tags, 'og:locale:alternate')).toEqual(['en_US']);
  });

  it('leaves out the alternate locale on a page that exists in one language only', () => {
    expect(tag(previewTags({ ...page, pathname: '/404.html', translated: false }), 'og:locale:alternate')).toEqual([]);
    expect(tag(previewTags({ ...page, pathname: '/404.html', translated: false }), 'og:image')).toEqual(['/og/en/site.png']);
  });

  it('has a canonical URL only when a site is configured', () => {
    expect(canonicalUrl(undefined, '/roles/')).toBeUndefined();
    expect(canonicalUrl('https://example.org/', '/atlas/ko/roles/')).toBe('https://example.org/atlas/ko/roles/');
  });

  it('clips long text at a word boundary with an ellipsis, and leaves short text alone', () => {
    expect(clip('Trains  models\nwell.', 40)).toBe('Trains models well.');
    expect(clip('one two three four five', 14)).toBe('one two three…');
    expect(clip('모델을 서비스 환경에 맞게 변환합니다', 10)).toBe('모델을 서비스…');
    expect(clip('abcdefghijklmnop', 6)).toBe('abcde…');
  });

  it('names the sitemap in robots.txt only when a site is configured', () => {
    expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://example.org', '/atlas')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/atlas/sitemap-index.xml\n');
  });
});
