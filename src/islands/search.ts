/**
 * `<atlas-search>`: runs Pagefind in the browser over the index of the page's language, with filters for
 * kind of page, team and competency area, and arrow-key navigation through the results. Excerpts are
 * built as text nodes around <mark> (no HTML parsing).
 */
import { excerptParts } from '../domain/excerpt';
import { fillTemplate } from '../i18n/format';
import { moveThroughResults } from '../client/result-keys';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

/** Results whose data (title, excerpt) is fetched at a time: each is one small request. */
const PAGE_SIZE = 10;

class AtlasSearch extends HTMLElement {
  private pagefind?: Pagefind;
  private strings: Record<string, string> = {};
  private timer?: ReturnType<typeof setTimeout>;
  private run = 0;
  /** Query and filters of the results on screen, so an unchanged search does not re-render them. */
  private shown = '';
  /** Every result of the current search; only the first `PAGE_SIZE × pages` are on screen. */
  private results: PagefindResult[] = [];

  connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    for (const select of this.selects) select.dataset.initial = params.get(select.name) ?? '';
    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      void this.search();
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search(), 150);
    });
    for (const select of this.selects) select.addEventListener('change', () => void this.search());
    this.querySelector('#search-more')!.addEventListener('click', () => void this.showMore());
    this.addEventListener('keydown', (e) => this.onKey(e));
    void this.start();
  }

  private get input() {
    return this.querySelector<HTMLInputElement>('#search-q')!;
  }

  private get selects() {
    return [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  }

  private t(key: string, vars: Record<string, string | number> = {}) {
    return fillTemplate(this.strings[key] ?? key, vars, document.documentElement.lang || 'en');
  }

  private status(text: string) {
    this.querySelector('#search-status')!.textContent = text;
  }

  private async start() {
    try {
      const bundle = this.dataset.bundle ?? '/pagefind/';
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24 });
      await pagefind.init();
      this.pagefind = pagefind;
      const filters = await pagefind.filters();
      for (const select of this.selects) {
        const values = Object.keys(filters[select.name] ?? {}).sort((a, b) => this.label(select.name, a).localeCompare(this.label(select.name, b)));
        for (const value of values) {
          const option = document.createElement('option');
          option.value = value;
          option.textContent = `${this.label(select.name, value)} (${filters[select.name]![value]})`;
          select.append(option);
        }
        if (select.dataset.initial && values.includes(select.dataset.initial)) select.value = select.dataset.initial;
      }
      await this.search();
    } catch {
      this.status(this.t('search.failed'));
    }
  }

  private label(filter: string, value: string) {
    return filter === 'kind' ? this.t(`kind.${value}`) : value;
  }

  private async search() {
    const pagefind = this.pagefind;
    if (!pagefind) return;
    const q = this.input.value.trim();
    const filters = Object.fromEntries(this.selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    const key = JSON.stringify([q, filters]);
    if (key === this.shown) return;
    const run = ++this.run;
    performance.mark('atlas-search-start');
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(q ? { q } : {}), ...filters }).toString();
    history.replaceState(null, '', url);
    const list = this.querySelector('#search-results')!;
    if (!q && Object.keys(filters).length === 0) {
      this.shown = key;
      this.results = [];
      list.replaceChildren();
      this.updateMore();
      this.status('');
      return;
    }
    this.status(this.t('search.loading'));
    const found = await pagefind.search(q || null, { filters });
    const results = found?.results ?? [];
    performance.measure('atlas-search-index', 'atlas-search-start');
    const data = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (run !== this.run) return;
    this.shown = key;
    this.results = results;
    list.replaceChildren(...data.map((d) => this.item(d)));
    this.updateMore();
    const n = results.length;
    this.status(n === 0 ? this.t('search.none', { q }) : this.t('search.count', { n, q }));
    // Query to first results on screen; read by the scale benchmark.
    performance.measure('atlas-search', 'atlas-search-start');
  }

  /** Shows the "more results" button while some results are not on screen. */
  private updateMore() {
    const more = this.querySelector<HTMLButtonElement>('#search-more')!;
    more.hidden = this.querySelectorAll('#search-results > li').length >= this.results.length;
  }

  private async showMore() {
    const list = this.querySelector('#search-results')!;
    const from = list.children.length;
    const run = this.run;
    const data = await Promise.all(this.results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (run !== this.run) return;
    const items = data.map((d) => this.item(d));
    list.append(...items);
    items[0]?.querySelector('a')?.focus();
    this.updateMore();
  }

  private item(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = d.url;
    link.className = 'search-result-link';
    link.textContent = d.meta.title ?? d.url;
    const kind = d.filters.kind?.[0];
    const tag = document.createElement('span');
    tag.className = 'tag';
    tag.textContent = kind ? this.t(`kind.${kind}`) : '';
    const excerpt = document.createElement('p');
    for (const part of excerptParts(d.excerpt)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    li.append(link, ' ', tag, excerpt);
    return li;
  }

  private onKey(e: KeyboardEvent) {
    moveThroughResults(e, this.input, [...this.querySelectorAll<HTMLAnchorElement>('.search-result-link')]);
  }

}

customElements.define('atlas-search', AtlasSearch);
