/**
 * `<atlas-title-lookup>`: job-title lookup. Fetches the title index the first time the field is used,
 * runs the pure matcher (src/domain/titles) as the user types, and lists the top roles with their reasons,
 * role links and a comparison link. ↓/↑ move between the field and the result links; Escape returns to the field.
 */
import { announcer } from '../../client/announce';
import { islandStrings } from '../../client/strings';
import { lookupCompareUrl } from '../../domain/titles/links';
import { lookupTitle, prepareIndex, type LookupResult, type MatchReason, type PreparedIndex } from '../../domain/titles/match';
import { isTitleIndex, type TitleIndex } from '../../domain/titles/title-index';
import type { Locale } from '../../schemas/constants';
import { moveThroughResults } from '../../client/result-keys';

class AtlasTitleLookup extends HTMLElement {
  private t!: ReturnType<typeof islandStrings>;
  private say!: (message: string) => void;
  private loading: Promise<{ prepared: PreparedIndex; names: Map<string, string> } | undefined> | undefined;
  private timer?: ReturnType<typeof setTimeout>;
  private run = 0;

  connectedCallback() {
    this.t = islandStrings(this);
    this.say = announcer(this.status);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      void this.lookup();
    });
    this.input.addEventListener('focus', () => void this.load(), { once: true });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.lookup(), 120);
    });
    this.addEventListener('keydown', (e) => this.onKey(e));
    if (this.input.value.trim()) void this.lookup();
  }

  private get form() {
    return this.querySelector('form')!;
  }

  private get input() {
    return this.querySelector<HTMLInputElement>('input[type="search"]')!;
  }

  private get status() {
    return this.querySelector<HTMLElement>('[role="status"]')!;
  }

  private get list() {
    return this.querySelector<HTMLOListElement>('ol')!;
  }

  /** Fetches and prepares the index once; undefined (and a message) when it cannot be loaded. */
  private load() {
    this.loading ??= (async () => {
      try {
        const response = await fetch(this.dataset.index!);
        const index: unknown = await response.json();
        if (!response.ok || !isTitleIndex(index)) throw new TypeError('bad title index');
        const locale = (this.dataset.locale ?? 'en') as Locale;
        return { prepared: prepareIndex(index), names: new Map((index as TitleIndex).roles.map((r) => [r.id, r.name[locale]])) };
      } catch {
        this.loading = undefined;
        this.say(this.t('titles.failed'));
        return undefined;
      }
    })();
    return this.loading;
  }

  private async lookup() {
    const run = ++this.run;
    const query = this.input.value.trim();
    if (!query) {
      this.show(undefined, query);
      return;
    }
    if (!this.loading) this.status.textContent = this.t('titles.loading');
    const loaded = await this.load();
    if (!loaded || run !== this.run) return;
    this.show({ result: lookupTitle(loaded.prepared, query, 3, (this.dataset.locale ?? 'en') as Locale), names: loaded.names }, query);
  }

  private reason(reason: MatchReason, names: Map<string, string>): string {
    if (reason.kind === 'text') return this.t('titles.reason.text', { words: reason.words.join(', ') });
    const text = this.t(`titles.reason.${reason.kind}`, { title: reason.title });
    if (reason.kind !== 'title' || !reason.sharedWith) return text;
    return `${text} ${this.t('titles.shared', { roles: reason.sharedWith.map((id) => names.get(id) ?? id).join(', ') })}`;
  }

  private show(found: { result: LookupResult; names: Map<string, string> } | undefined, query: string) {
    const compare = this.querySelector<HTMLElement>('.title-compare')!;
    const roles = found?.result.roles ?? [];
    this.list.replaceChildren(
      ...roles.map((role) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'search-result-link';
        link.href = `${this.dataset.roleBase}${role.id}/`;
        link.textContent = found!.names.get(role.id) ?? role.id;
        const score = document.createElement('span');
        score.className = 'tag';
        score.textContent = this.t('titles.score', { n: Math.round(role.score * 100) });
        const why = document.createElement('p');
        why.textContent = this.reason(role.reason, found!.names);
        li.append(link, ' ', score, why);
        return li;
      }),
    );
    compare.hidden = roles.length < 2;
    if (found && roles.length >= 2) {
      const link = compare.querySelector('a')!;
      link.href = lookupCompareUrl(this.dataset.compare!, found.result);
      link.textContent = this.t('titles.compare', { seniority: this.t(`seniority.${found.result.seniority}`) });
    }
    if (!found) this.status.textContent = '';
    else this.say(found.result.matched ? this.t('titles.count', { n: roles.length, q: query }) : this.t('titles.none', { q: query }));
  }

  private onKey(e: KeyboardEvent) {
    moveThroughResults(e, this.input, [...this.querySelectorAll<HTMLAnchorElement>('.search-result-link, .title-compare:not([hidden]) a')]);
  }

}

customElements.define('atlas-title-lookup', AtlasTitleLookup);
