/**
 * The self-assessment island: `<atlas-assess>` loads the atlas's index (assess/data/index.json), fills the
 * form area by area from the chunk files it needs (src/domain/assessment/chunks.ts) using the page's
 * `<template>`, wires it to the assessment session (src/domain/assessment/session.ts: every change a domain
 * function, every write validated) and redraws the radar, table, gaps, fit and growth after each change.
 * Labels arrive through data-* attributes; user text only ever reaches the page as text.
 */
import { announcer } from '../../client/announce';
import { fetchJson } from '../../client/fetch-json';
import { downloadText, fileDate, readChosenFiles } from '../../client/files';
import { linkWithHash, offerLink, readHash } from '../../client/hash';
import { failureText, noticeText, type FailureKeys } from '../../client/messages';
import { drawRadar } from '../../client/radar';
import { islandStrings } from '../../client/strings';
import { chunkFile, chunkMap, FORM_BUDGET, leadingChunks, neededChunks, type AssessChunk, type AssessIndex } from '../../domain/assessment/chunks';
import { encodeAssessment, encodeShare, type DecodeFailure } from '../../domain/assessment/codec';
import { MAX_BYTES, MAX_NAME, MAX_SNAPSHOTS, type Assessment } from '../../domain/assessment/schema';
import { quickSkills, remaining } from '../../domain/assessment/quick';
import { gaps, matchRoles, type Gap } from '../../domain/assessment/scoring';
import { AssessmentSession, type Outcome } from '../../domain/assessment/session';
import { areaMeans, expectedLevels, expectedSkills, formatLevel as fmt } from '../../domain/levels';
import type { Seniority } from '../../schemas/constants';
import { renderFit, renderGaps, renderSnapshots, type Model } from './render';

/** The self-assessment's words for a refused file (src/client/messages.ts). */
const ASSESS_FAILURES: FailureKeys = { tooLarge: 'assess.importTooLarge', notJson: 'assess.importNotJson', notDocument: 'assess.importNotAssessment', version: 'assess.importVersion' };

class AtlasAssess extends HTMLElement {
  private model!: Model;
  private historyModule: Promise<typeof import('./history')> | undefined;
  private t!: ReturnType<typeof islandStrings>;
  private say!: (message: string) => void;
  private session!: AssessmentSession;
  /** Chunk number of every skill, and the size of every chunk. */
  private chunkOf = new Map<string, number>();
  private sizes: number[] = [];
  /** Chunks whose skills are in the form, and chunks being fetched. */
  private loaded = new Set<number>();
  private loading = new Set<number>();
  /** Skills the full form shows; "show more" raises it. */
  private budget = FORM_BUDGET;

  connectedCallback() {
    this.t = islandStrings(this);
    this.say = announcer(this.$('assess-status'));
    void this.start();
  }

  private fetchJson<T>(name: string): Promise<T> {
    return fetchJson<T>(`${this.dataset.data ?? ''}${name}`);
  }

  private async start() {
    let index: AssessIndex;
    try {
      index = await this.fetchJson<AssessIndex>('index.json');
    } catch {
      return this.say(this.t('assess.loadFailed'));
    }
    this.model = {
      areas: index.areas,
      skills: index.skills.map(([id, area, name]) => ({ id, area: index.areas[area]!.id, name })),
      roles: index.roles.map((r) => ({ ...r, expectations: r.expectations as Record<string, number[]> })),
    };
    this.sizes = index.chunks;
    this.chunkOf = chunkMap(this.model.skills, this.sizes);
    this.session = new AssessmentSession(localStorage, new Set(this.model.skills.map((s) => s.id)));
    this.say(this.session.notices.map((n) => noticeText(this.t, 'assess', n)).join(' '));
    this.bind();
    this.render();
    await this.openShared();
  }

  /** Fetches the chunks in `needed` that are not in the form yet, adds their skills, and redraws. */
  private ensure(needed: number[]) {
    const missing = needed.filter((n) => !this.loaded.has(n) && !this.loading.has(n));
    if (missing.length === 0) return;
    for (const n of missing) this.loading.add(n);
    void Promise.all(missing.map(async (n) => {
      try {
        this.insert(n, await this.fetchJson<AssessChunk>(chunkFile(n)));
        this.loaded.add(n);
      } finally {
        this.loading.delete(n);
      }
    })).then(() => this.render(), () => this.say(this.t('assess.loadFailed')));
  }

  /** Adds the skills of chunk `n` to their area's section, before any later chunk of that area. */
  private insert(n: number, chunk: AssessChunk) {
    const template = this.$<HTMLTemplateElement>('assess-skill').content.firstElementChild!;
    const skillBase = this.dataset.skillBase ?? '';
    const byId = new Map(this.model.skills.map((s) => [s.id, s]));
    const fragment = document.createDocumentFragment();
    for (const skill of chunk.skills) {
      const known = byId.get(skill.id);
      if (!known) continue;
      known.levels = skill.levels;
      known.next = skill.next;
      const node = template.cloneNode(true) as HTMLFieldSetElement;
      node.dataset.skill = skill.id;
      node.dataset.chunk = String(n);
      const link = node.querySelector('a')!;
      link.href = `${skillBase}${skill.id}/`;
      link.textContent = skill.name;
      node.querySelector<HTMLElement>('[data-expected-for]')!.dataset.expectedFor = skill.id;
      node.querySelector('.skill-link')!.textContent = skill.description;
      for (const input of node.querySelectorAll('input')) input.name = `rate-${skill.id}`;
      node.querySelectorAll('.option-text').forEach((span, i) => (span.textContent = skill.levels[i] ?? ''));
      const labels = node.querySelectorAll<HTMLLabelElement>('label[data-for]');
      node.querySelectorAll('textarea').forEach((area, i) => {
        const kind = i === 0 ? 'note' : 'links';
        area.id = `evidence-${kind}-${skill.id}`;
        area.dataset[i === 0 ? 'evidenceNote' : 'evidenceLinks'] = skill.id;
        labels[i]!.htmlFor = area.id;
      });
      fragment.append(node);
    }
    const area = byId.get(chunk.skills[0]?.id ?? '')?.area;
    const section = area && this.querySelector(`#assess-form > section[data-area="${area}"]`);
    if (!section) return;
    const later = [...section.querySelectorAll<HTMLElement>('fieldset[data-chunk]')].find((f) => Number(f.dataset.chunk) > n);
    section.insertBefore(fragment, later ?? null);
  }

  private $<E extends Element = HTMLElement>(id: string): E {
    return this.querySelector(`#${id}`) as E;
  }

  private failureText(result: DecodeFailure): string {
    return failureText(this.t, ASSESS_FAILURES, result, (field) => this.t('assess.importInvalid', { field }));
  }

  /** Redraws after an operation and says what went wrong, or `success` when it worked; returns whether it worked. */
  private report(outcome: Outcome, success = ''): boolean {
    this.render();
    if (outcome.ok) {
      const messages = [outcome.storageFailed ? this.t('assess.saveFailed') : success];
      if (outcome.dropped?.length) messages.push(this.t('assess.dropped', { ids: outcome.dropped.join(', ') }));
      this.say(messages.filter(Boolean).join(' '));
    } else if ('refused' in outcome) {
      const refusals: Record<string, string> = {
        'snapshot-limit': this.t('assess.snapshotLimit', { max: MAX_SNAPSHOTS }),
        'bad-link': this.t('assess.badLink'),
        'too-many-links': this.t('assess.tooManyLinks'),
        'not-rated': this.t('assess.notRated'),
        'name-too-long': this.t('assess.nameTooLong', { max: MAX_NAME }),
        'bad-name': this.t('assess.badName'),
      };
      this.say(refusals[outcome.refused] ?? outcome.refused);
    } else if ('unsaved' in outcome) {
      const u = outcome.unsaved;
      this.say(this.t('assess.saveRefused', u.reason === 'invalid' ? { field: u.field, message: u.message } : { field: '(document)', message: u.reason }));
    } else {
      this.say(this.failureText(outcome.bad));
    }
    return outcome.ok;
  }

  private bind() {
    const s = this.session;
    this.$('assess-form').addEventListener('change', (event) => {
      const field = event.target as HTMLInputElement | HTMLTextAreaElement;
      const skill = field.dataset.evidenceNote ?? field.dataset.evidenceLinks;
      if (skill === undefined) return void this.report(s.rate(field.name.replace(/^rate-/, ''), Number(field.value)));
      const note = this.querySelector<HTMLTextAreaElement>(`#evidence-note-${skill}`)!.value;
      const links = this.querySelector<HTMLTextAreaElement>(`#evidence-links-${skill}`)!.value;
      this.report(s.setEvidence(skill, note, links), this.t('assess.evidenceSaved'));
    });
    this.$('assess-more').addEventListener('click', () => {
      this.budget += FORM_BUDGET;
      this.render();
    });
    this.$('assess-mode').addEventListener('change', (e) => this.report(s.setMode((e.target as HTMLInputElement).value === 'quick' ? 'quick' : 'full')));
    const target = this.$<HTMLSelectElement>('assess-target');
    const seniority = this.$<HTMLSelectElement>('assess-seniority');
    const setTarget = () => this.report(s.setTarget(target.value ? { role: target.value, seniority: seniority.value as Seniority } : null));
    target.addEventListener('change', setTarget);
    seniority.addEventListener('change', setTarget);
    this.$<HTMLInputElement>('assess-name').addEventListener('change', (e) => this.report(s.setName((e.target as HTMLInputElement).value), this.t('assess.nameSaved')));
    this.$<HTMLInputElement>('assess-hide').addEventListener('change', (e) => this.report(s.setHideExpectations((e.target as HTMLInputElement).checked)));
    this.$('assess-fit').addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button[data-role]');
      if (!button) return;
      this.report(s.setTarget({ role: button.getAttribute('data-role')!, seniority: s.state.target?.seniority ?? (seniority.value as Seniority) }));
      target.focus();
    });
    this.$('assess-snapshot').addEventListener('click', () => {
      const labelInput = this.$<HTMLInputElement>('assess-snapshot-label');
      const compare = this.$<HTMLSelectElement>('assess-compare');
      const outcome = s.snapshot(labelInput.value);
      if (outcome.ok) {
        labelInput.value = '';
        compare.value = '';
      }
      this.report(outcome, this.t('assess.snapshotSaved'));
      if (outcome.ok) {
        compare.value = String(s.state.snapshots.length - 1);
        this.render();
      }
    });
    this.$('assess-compare').addEventListener('change', () => this.render());
    this.$('assess-compare-to').addEventListener('change', () => this.render());
    this.$('assess-snapshot-delete').addEventListener('click', () => {
      const index = this.$<HTMLSelectElement>('assess-compare').value;
      if (index !== '') this.report(s.deleteSnapshot(Number(index)), this.t('assess.snapshotDeleted'));
    });
    this.$('assess-snapshot-restore').addEventListener('click', () => {
      const index = this.$<HTMLSelectElement>('assess-compare').value;
      if (index !== '') this.report(s.restoreSnapshot(Number(index)), this.t('assess.snapshotRestored'));
    });
    this.$('assess-export').addEventListener('click', () => {
      const encoded = encodeAssessment(s.state);
      if (encoded.ok) downloadText(`ai-team-atlas-assessment-${fileDate()}.json`, encoded.text);
      else this.say(this.failureText(encoded));
    });
    this.$<HTMLInputElement>('assess-import').addEventListener('change', (e) => void this.importFile(e.target as HTMLInputElement));
    this.$('assess-share').addEventListener('click', () => void this.share());
    this.$('assess-print').addEventListener('click', () => window.print());
    for (const kind of ['svg', 'png'] as const) {
      this.$(`assess-radar-${kind}`).addEventListener('click', () => {
        const date = new Date().toLocaleDateString(document.documentElement.lang);
        // The name is joined outside the template, so text typed in it is never read as a placeholder.
        const title = [s.state.name, this.t('assess.radarTitle', { date, target: this.$('assess-table-target').textContent ?? '' })].filter(Boolean).join(' — ');
        const figure = this.$('assess-radar').closest('figure')!;
        // The exporter is needed only when asked for: it loads on the first click, not with the page.
        import('../../client/radar-export').then(
          ({ downloadRadar }) => downloadRadar(figure, `ai-team-atlas-radar-${fileDate()}`, title, kind),
          () => this.say(this.t('assess.downloadFailed')),
        );
      });
    }
    this.$('assess-clear').addEventListener('click', () => this.report(s.clear(), this.t('assess.cleared')));
    this.$('assess-shared-keep').addEventListener('click', () => {
      if (this.report(s.keepShared(), this.t('assess.sharedKeptSnapshot'))) this.leaveShared();
    });
    this.$('assess-shared-discard').addEventListener('click', () => {
      s.discardShared();
      this.leaveShared();
      this.render();
    });
  }

  private leaveShared() {
    this.$('assess-shared').hidden = true;
    history.replaceState(null, '', location.pathname + location.search);
  }

  private async openShared() {
    const token = readHash('a');
    if (token === undefined) return;
    const outcome = await this.session.openShared(token);
    if (!outcome.ok && 'bad' in outcome) return this.say(this.t('assess.sharedBad', { reason: outcome.bad.reason }));
    this.$('assess-shared').hidden = !this.session.viewingShared;
    this.report(outcome);
  }

  private async importFile(input: HTMLInputElement) {
    const [file] = await readChosenFiles(input, MAX_BYTES);
    if (!file) return;
    if ('tooLarge' in file) return this.say(this.t('assess.importTooLarge'));
    const outcome = this.session.importText(file.text);
    if (outcome.ok) this.$('assess-shared').hidden = true;
    this.report(outcome, outcome.ok ? this.t('assess.imported', { n: Object.keys(this.session.state.ratings).length }) : '');
  }

  private async share() {
    let link: string;
    try {
      link = linkWithHash(this.dataset.page ?? location.pathname, { a: await encodeShare(this.session.state) });
    } catch {
      return this.say(this.t('assess.shareFailed'));
    }
    this.say(this.t((await offerLink(this.$<HTMLInputElement>('assess-share-url'), link)) ? 'assess.shareCopied' : 'assess.shareCreated'));
  }

  /** Quick or full form: which skills are asked (their chunks fetched), how many remain, and the evidence fields. */
  private renderForm(state: Assessment, gapList: Gap[] | null) {
    const mode = state.mode ?? 'full';
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="assess-mode"]')) radio.checked = radio.value === mode;
    const asked = quickSkills(this.model.skills, this.model.roles, state.target);
    this.ensure(neededChunks({ mode, asked, explained: gapList?.map((g) => g.skill) ?? [], sizes: this.sizes, budget: this.budget, chunkOf: this.chunkOf }));
    const leading = leadingChunks(this.sizes, this.budget);
    const more = this.$<HTMLButtonElement>('assess-more');
    const unseen = this.sizes.slice(leading).reduce((a, b) => a + b, 0);
    // The row, not the button: the site's button style sets `display`, which would override `hidden` on the button.
    this.$('assess-more-row').hidden = mode === 'quick' || unseen === 0;
    more.textContent = this.t('assess.more', { n: unseen });
    // Quick: the skills asked. Full: the leading chunks, in order (a later chunk fetched for the gap list stays hidden).
    const quick = new Set(asked);
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('#assess-form fieldset[data-skill]')) {
      fieldset.hidden = mode === 'quick' ? !quick.has(fieldset.dataset.skill!) : Number(fieldset.dataset.chunk) >= leading;
    }
    for (const section of this.querySelectorAll<HTMLElement>('#assess-form > section')) section.hidden = !section.querySelector('fieldset[data-skill]:not([hidden])');
    const left = remaining(state.ratings, asked);
    this.$('assess-remaining').textContent = mode === 'quick' ? (left > 0 ? this.t('assess.remaining', { n: left }) : this.t('assess.remainingNone')) : '';
    // Evidence backs a rating: its fields are disabled until the skill is rated (the page then says why).
    for (const area of this.querySelectorAll<HTMLTextAreaElement>('textarea[data-evidence-note], textarea[data-evidence-links]')) {
      const skill = area.dataset.evidenceNote ?? area.dataset.evidenceLinks!;
      area.disabled = state.ratings[skill] === undefined;
      if (area === document.activeElement) continue;
      const evidence = state.evidence?.[skill];
      area.value = area.dataset.evidenceNote !== undefined ? evidence?.note ?? '' : (evidence?.links ?? []).join('\n');
    }
  }

  /** Redraws everything that depends on the state. */
  private render() {
    const start = performance.now();
    const state = this.session.state;
    const { ratings, target, hideExpectations } = state;
    const role = target ? this.model.roles.find((r) => r.id === target.role) : undefined;
    const expected = role && target ? expectedLevels(role.expectations, target.seniority) : {};

    this.$<HTMLSelectElement>('assess-target').value = role?.id ?? '';
    if (target) this.$<HTMLSelectElement>('assess-seniority').value = target.seniority;
    this.$<HTMLInputElement>('assess-hide').checked = hideExpectations;
    const name = this.$<HTMLInputElement>('assess-name');
    if (name !== document.activeElement) name.value = state.name ?? '';
    for (const input of this.querySelectorAll<HTMLInputElement>('#assess-form input[type=radio]')) {
      input.checked = ratings[input.name.slice(5)] === Number(input.value);
    }
    for (const span of this.querySelectorAll<HTMLElement>('[data-expected-for]')) {
      const level = expected[span.dataset.expectedFor!];
      span.textContent = !hideExpectations && level ? `(${this.t('assess.expected', { level })})` : '';
    }
    const rated = Object.keys(ratings).length;
    this.$<HTMLProgressElement>('assess-progress').value = rated;
    this.$('assess-progress-text').textContent = this.t('assess.progressText', { n: rated, total: this.model.skills.length });
    const gapList = role ? gaps(ratings, expected) : null;
    this.renderForm(state, gapList);

    const areaIds = this.model.areas.map((a) => a.id);
    // Like with like: over the skills the target expects, or (no target) over the skills rated.
    const over = role ? expectedSkills(expected) : new Set(Object.keys(ratings));
    const mine = areaMeans(ratings, this.model.skills, areaIds, over);
    const theirs = areaMeans(expected, this.model.skills, areaIds, over);
    const targetLabel = role && target ? `${role.name} · ${this.t(`seniority.${target.seniority}`)}` : this.t('assess.targetNone');
    drawRadar(this.$('assess-radar').closest('figure')!, [
      { id: 'assess-you', label: this.t('assess.you'), values: areaIds.map((a) => mine[a] ?? 0) },
      { id: 'assess-target-series', label: targetLabel, values: areaIds.map((a) => (role ? theirs[a] ?? 0 : 0)) },
    ]);
    this.$('assess-averaged').textContent = role ? this.t('assess.averagedTarget', { n: over.size, role: role.name }) : this.t('assess.averagedRated');
    this.$('assess-table-target').textContent = targetLabel;
    const cell = (v: number | null | undefined) => (v === null || v === undefined ? '–' : fmt(v));
    for (const row of this.querySelectorAll<HTMLTableRowElement>('#assess-table tbody tr')) {
      const area = row.dataset.area!;
      row.querySelector('[data-col=you]')!.textContent = cell(mine[area]);
      row.querySelector('[data-col=target]')!.textContent = role ? cell(theirs[area]) : '–';
    }

    const ctx = { model: this.model, t: this.t, skillBase: this.dataset.skillBase ?? '', roleBase: this.dataset.roleBase ?? '' };
    renderGaps(this.$('assess-gaps'), gapList, ctx);
    renderFit(this.$('assess-fit'), matchRoles(ratings, this.model.roles), ctx);
    const compare = this.$<HTMLSelectElement>('assess-compare');
    const compareTo = this.$<HTMLSelectElement>('assess-compare-to');
    renderSnapshots(compare, state.snapshots, ctx);
    renderSnapshots(compareTo, state.snapshots, ctx, this.t('assess.now'));
    this.$<HTMLButtonElement>('assess-snapshot-delete').disabled = this.$<HTMLButtonElement>('assess-snapshot-restore').disabled = compare.value === '';
    const later = (compareTo.value !== '' && state.snapshots[Number(compareTo.value)]) || { at: null, ratings: state.ratings };
    const growthBox = this.$('assess-growth');
    const trendBox = this.$('assess-trend');
    if (state.snapshots.length === 0) {
      growthBox.replaceChildren();
      trendBox.replaceChildren();
    } else {
      const snapshot = compare.value === '' ? undefined : state.snapshots[Number(compare.value)];
      this.drawHistory((h) => {
        h.renderGrowth(growthBox, later, snapshot, ctx);
        h.renderTrend(trendBox, state, ctx);
      });
    }
    performance.measure('atlas-redraw', { start });
  }

  /** Growth and trend need snapshots: their code is fetched with the first one; a failed fetch is said and retried on the next change. */
  private drawHistory(draw: (history: typeof import('./history')) => void) {
    this.historyModule ??= import('./history');
    this.historyModule.then(draw, () => {
      this.historyModule = undefined;
      this.say(this.t('assess.historyFailed'));
    });
  }
}

customElements.define('atlas-assess', AtlasAssess);
