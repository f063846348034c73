/**
 * Preview images (1200×630 PNG) drawn at build time: satori lays the card out and turns text into paths with
 * Noto Sans KR from node_modules (Korean and Latin glyphs), resvg rasterises it. No network, no system fonts.
 * Each image is kept in node_modules/.cache/atlas-og under a hash of what it shows and of the layout, so a
 * rebuild draws only the cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { clip } from '../domain/preview';

/** What a card shows. */
export interface Card {
  /** The small label above the title (the kind of page, or the tagline). */
  label: string;
  title: string;
  description: string;
  /** The site name, shown at the bottom. */
  siteName: string;
}

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

/** The two weights of Noto Sans KR's Korean subset (which also holds Latin), read once per build. */
function loadFonts(): Promise<Font[]> {
  fonts ??= (async () => {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/package.json')), 'files');
    const read = async (weight: 400 | 700): Promise<Font> => ({
      name: 'Noto Sans KR',
      data: await readFile(join(dir, `noto-sans-kr-korean-${weight}-normal.woff`)),
      weight,
      style: 'normal',
    });
    return Promise.all([read(400), read(700)]);
  })();
  return fonts;
}

type Node = { type: string; props: { style: Record<string, unknown>; children: Node[] | string } };
const box = (style: Record<string, unknown>, children: Node[] | string): Node => ({ type: 'div', props: { style, children } });

/** Bump when the layout below changes, so cached images are drawn again (2: Korean lines break only between words). */
const LAYOUT_VERSION = 2;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'atlas-og');

/** The PNG bytes of `card`, from the cache when the same card was drawn before. */
export async function renderCard(card: Card): Promise<Uint8Array> {
  const key = createHash('sha256').update(JSON.stringify([LAYOUT_VERSION, card.label, card.title, card.description, card.siteName])).digest('hex');
  const file = join(CACHE_DIR, `${key}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await drawCard(card);
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(file, png);
  return png;
}

/** Lays out and rasterises `card`. */
async function drawCard(card: Card): Promise<Uint8Array> {
  const tree = box(
    { display: 'flex', flexDirection: 'column', width: 1200, height: 630, padding: '64px 72px', background: '#ffffff', color: '#111827', fontFamily: 'Noto Sans KR', borderTop: '24px solid #1d4ed8' },
    [
      box({ fontSize: 30, fontWeight: 700, color: '#1d4ed8' }, clip(card.label, 60)),
      box({ display: 'flex', fontSize: 68, fontWeight: 700, lineHeight: 1.2, marginTop: 24, width: 1056, wordBreak: 'keep-all' }, clip(card.title, 60)),
      box({ display: 'flex', fontSize: 32, fontWeight: 400, lineHeight: 1.45, marginTop: 28, width: 1056, color: '#374151', wordBreak: 'keep-all' }, clip(card.description, 150)),
      box({ display: 'flex', marginTop: 'auto', fontSize: 30, fontWeight: 700, color: '#1d4ed8' }, card.siteName),
    ],
  );
  const svg = await satori(tree as never, { width: 1200, height: 630, fonts: await loadFonts() });
  // renderAsync parses and rasterises on libuv's thread pool and frees its native memory when it returns. A
  // `new Resvg(svg).render()` per card kept each card's native memory (some MB) until V8 happened to collect the
  // small JS wrapper, so the build's memory grew with the number of cards (6.7 GB after 2,000 cards drawn alone).
  return (await renderAsync(svg, { font: { loadSystemFonts: false } })).asPng();
}

/** A PNG response for an endpoint. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}

/** The site icon (public/favicon.svg) as a `size`×`size` PNG, for the web app manifest. */
export function renderIcon(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}
