/** The built team planner page (ATLAS_DIST) states how the bus factor is counted and what the online accuracy target does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../support/site';

const page = (prefix: string) => readFileSync(join(SITE_DIR, prefix, 'team', 'index.html'), 'utf8');
const text = (html: string, id: string) => new RegExp(`<p id="${id}"[^>]*>([^<]*)</p>`).exec(html)?.[1];

describe.each([
  ['English', '', { bus: 'This is the exact minimum, not an estimate', online: 'recorded for the staffing proposal only' }],
  ['Korean', 'ko', { bus: '추정치가 아니라 정확한 최솟값입니다.', online: '인력 구성안에 기록만 하며 요구 역량 줄을 바꾸지 않습니다.' }],
])('the team planner page (%s)', (_, prefix, expected) => {
  it('explains next to the bus factor that it is the exact minimum and who those people are', () => {
    const html = page(prefix);
    expect(html.indexOf('id="tp-bus-method"')).toBeGreaterThan(html.indexOf('id="tp-bus"'));
    expect(text(html, 'tp-bus-method')).toContain(expected.bus);
  });

  it('says the online accuracy target is recorded for the proposal only, tied to its field', () => {
    const html = page(prefix);
    expect(text(html, 'tp-online-note')).toContain(expected.online);
    expect(html).toMatch(/<input id="tp-in-accuracyOnline"[^>]*aria-describedby="tp-online-note"/);
  });
});
