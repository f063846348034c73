/** A link checker over a built site on disk: every internal address must name a file, every #anchor an id. */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder, htmlFiles, pageAddress } from './site';

/** Attributes that hold an address the browser follows or fetches. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href']);
/** A `data-*` value that reads as an absolute path (islands build links from these). */
const DATA_PATH = /^\/[\w\-./~%]+$/;
/** An address with a scheme (`https:`, `mailto:`, `data:`) or protocol-relative: not a page of this site. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const unescape = (value: string) => value.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/** One tag's name and attributes, as written in the HTML. */
interface Tag {
  name: string;
  attributes: [string, string][];
}

/** The start tags of an HTML document (comments, scripts and styles skipped), with their attributes decoded. */
export function startTags(html: string): Tag[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2>');
  const tags: Tag[] = [];
  for (const [, name, attrs] of body.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attributes: [string, string][] = [];
    for (const [, key, dq, sq, bare] of attrs!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attributes.push([key!.toLowerCase(), unescape(dq ?? sq ?? bare ?? '')]);
    }
    tags.push({ name: name!.toLowerCase(), attributes });
  }
  return tags;
}

/** Every id (and `<a name>`) a page defines, i.e. every #anchor that lands somewhere on it. */
export function anchorsOf(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const tag of startTags(html)) {
    for (const [key, value] of tag.attributes) {
      if (key === 'id' || (key === 'name' && tag.name === 'a')) anchors.add(value);
    }
  }
  return anchors;
}

/** The internal addresses a page refers to, with the attribute that holds each. */
function referencesOf(html: string): { attribute: string; value: string }[] {
  const refs: { attribute: string; value: string }[] = [];
  for (const tag of startTags(html)) {
    for (const [key, value] of tag.attributes) {
      if (key === 'srcset') {
        for (const candidate of value.split(',')) refs.push({ attribute: key, value: candidate.trim().split(/\s+/)[0]! });
      } else if (URL_ATTRIBUTES.has(key) || (key.startsWith('data-') && DATA_PATH.test(value))) {
        refs.push({ attribute: key, value });
      }
    }
  }
  return refs.filter((r) => r.value !== '' && !EXTERNAL.test(r.value));
}

/** What a link check found: how many references it followed and which are broken, readable. */
export interface LinkReport {
  checked: number;
  anchors: number;
  broken: string[];
}

/**
 * Checks every internal reference of every page of the site in `dir`, built for `base`: the address must lie
 * below the base and name a file in `dir` (`…/` names `…/index.html`), and a #fragment must be an id of the
 * target page (unless it is tool state, `#name=value`). The not-found page is served at any address, so it may only use absolute paths.
 */
export function checkLinks(dir: string, base: string): LinkReport {
  const files = new Set(filesUnder(dir).map((f) => relative(dir, f).split(sep).join('/')));
  const folders = new Set([...files].flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`)));
  const anchorCache = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let anchors = anchorCache.get(file);
    if (!anchors) anchorCache.set(file, (anchors = anchorsOf(readFileSync(join(dir, file), 'utf8'))));
    return anchors;
  };
  const report: LinkReport = { checked: 0, anchors: 0, broken: [] };
  for (const path of htmlFiles(dir)) {
    const page = pageAddress(path, dir);
    const file = relative(dir, path).split(sep).join('/');
    for (const { attribute, value } of referencesOf(readFileSync(path, 'utf8'))) {
      report.checked += 1;
      const fail = (why: string) => report.broken.push(`${file}: ${attribute}="${value}" ${why}`);
      if (page === '404.html' && !/^[/#]/.test(value)) {
        fail('is relative, but the not-found page is served at any address');
        continue;
      }
      const target = new URL(value, `http://site${base}${page}`);
      const pathname = decodeURIComponent(target.pathname);
      if (!pathname.startsWith(base)) {
        fail(`is outside the site's base ${base}`);
        continue;
      }
      const rest = pathname.slice(base.length);
      // An island's `data-*` folder (`data-bundle="/pagefind/"`) is a prefix it appends file names to.
      if (attribute.startsWith('data-') && rest.endsWith('/') && folders.has(rest)) continue;
      const targetFile = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
      if (!files.has(targetFile)) {
        fail(files.has(`${rest}/index.html`) ? 'lacks its trailing slash' : `names no file (${targetFile})`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      // `#name=value&…` is a tool's state (src/client/hash.ts), read by the page's script, not an anchor.
      if (fragment === '' || fragment.includes('=')) continue;
      report.anchors += 1;
      if (!targetFile.endsWith('.html') || !anchorsIn(targetFile).has(fragment)) fail(`points to #${fragment}, which ${targetFile} lacks`);
    }
  }
  return report;
}
