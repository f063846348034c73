/**
 * The position-fit island: `<atlas-fit>` reads the position from the URL hash (src/domain/fit/position.ts),
 * keeps loaded candidates through the fit session (validated store), and draws the ranking, radar, area
 * table, candidate details and interview rubric. Every rule lives in src/domain/fit; this file reads
 * controls, calls the domain and writes text.
 */
import { announcer } from '../../client/announce';
import { DescriptorChunks } from '../../client/descriptors';
import { el } from '../../client/dom';
import { roleFiles, type JsonFiles } from '../../client/json-files';
import { offerLink, readHash, writeHash } from '../../client/hash';
import { MAX_SERIES, drawRadar } from '../../client/radar';
import { islandData, islandStrings } from '../../client/strings';
import { withParticles } from '../../i18n/particle';
import type { CompareRole } from '../../domain/compare-data';
import { evidenceOf } from '../../domain/fit/evidence';
import { CANDIDATES_KEY } from '../../domain/fit/keys';
import { expectedSkills, parsePosition, positionParams, positionRole, setMust, withRole, type Position, type PositionParams } from '../../domain/fit/position';
import { buildRubric, rubricFocus } from '../../domain/fit/rubric';
import { assessedAreaMeans, candidateFit, rankCandidates } from '../../domain/fit/score';
import type { FitOutcome, FitSession, LoadNotice } from '../../domain/fit/session';
import type { Seniority } from '../../schemas/constants';
import { renderAreas, renderDetails, renderList, renderRanking, renderRubric, type Shown, type T } from './render';

/** Candidate handling (store, codec, file import), loaded when there are candidates to handle. */
const io = () => import('./io');

interface Model {
  areas: { id: string; name: string }[];
  /** Each skill with the assessment chunk that holds its level descriptors. */
  skills: { id: string; area: string; name: string; chunk: number }[];
}

class AtlasFit extends HTMLElement {
  private model!: Model;
  t!: T;
  say!: (message: string) => void;
  /** The loaded candidates; undefined until the candidate code is loaded. */
  session?: FitSession;
  known!: ReadonlySet<string>;
  maxBytes!: number;
  /** Role ids and names, from the role select. */
  private roleNames!: Map<string, string>;
  /** The role files (compare/data/<role>.json) fetched so far: a role's expectations are fetched when it is chosen. */
  private roleFiles!: JsonFiles<string, CompareRole>;
  /** Expectations of the roles fetched so far. */
  private readonly roles = new Map<string, Record<string, number[]>>();
  /** Counts position changes, so a slow earlier fetch never applies over a later choice. */
  private run = 0;
  private skillById!: Map<string, Model['skills'][number]>;
  /** The position shown; undefined until the first role's expectations are loaded. */
  private position?: Position;
  /** Role fetches under way (the island is busy while there are any). */
  private fetching = 0;
  /** The candidate chosen in "put a candidate's gaps first": '' for none, null until someone chooses (then a lone candidate is used). */
  private focusChoice: string | null = null;
  private readonly observed = new Map<string, string>();
  /** Level descriptors, fetched for the position's skills. */
  private descriptors!: DescriptorChunks;
  private chunkOf!: Map<string, number>;

  connectedCallback() {
    this.model = islandData<Model>(this, 'model');
    this.t = islandStrings(this, withParticles);
    this.say = announcer(this.$('fit-status'));
    this.roleNames = new Map([...this.$<HTMLSelectElement>('fit-role').options].filter((o) => o.value).map((o) => [o.value, o.text]));
    this.roleFiles = roleFiles(this.dataset.roles ?? '');
    this.skillById = new Map(this.model.skills.map((s) => [s.id, s]));
    this.chunkOf = new Map(this.model.skills.map((s) => [s.id, s.chunk]));
    this.descriptors = new DescriptorChunks(this.dataset.chunks ?? '');
    this.known = new Set(this.skillById.keys());
    this.maxBytes = Number(this.dataset.maxBytes);
    this.bind();
    void this.fromHash();
    if (this.hasSaved()) void this.openCandidates();
  }

  private hasSaved(): boolean {
    try {
      return localStorage.getItem(CANDIDATES_KEY) !== null;
    } catch {
      return false;
    }
  }

  /** Loads the candidate code and the saved list (once), then redraws and says what loading found. */
  private async openCandidates(): Promise<FitSession> {
    if (this.session) return this.session;
    const session = (await io()).openSession(this.known);
    this.session = session;
    this.render();
    this.say(session.notices.map((n) => this.noticeText(n)).filter(Boolean).join(' '));
    return session;
  }

  private $<E extends HTMLElement = HTMLElement>(id: string): E {
    return this.querySelector(`#${id}`) as E;
  }

  private skillName = (id: string) => this.skillById.get(id)?.name ?? id;

  private positionLabel(position: Position): string {
    const role = this.roleNames.get(position.role) ?? position.role;
    return `${role} · ${this.t(`seniority.${position.seniority}`)}`;
  }

  private noticeText(n: LoadNotice): string {
    switch (n.kind) {
      case 'corrupt': return this.t('fit.corrupt', { key: n.backupKey });
      case 'dropped': return this.t('fit.dropped', { ids: n.ids.join(', ') });
      case 'unavailable': return this.t('fit.unavailable');
      case 'migrated': return '';
    }
  }

  private bind() {
    const role = this.$<HTMLSelectElement>('fit-role');
    const seniority = this.$<HTMLSelectElement>('fit-seniority');
    const onPosition = async () => {
      const run = ++this.run;
      const [id, level] = [role.value, seniority.value as Seniority];
      const loaded = await this.loadRole(id);
      if (run !== this.run) return;
      if (!loaded) {
        // The selects go back to the position still shown; choosing the role again tries again.
        if (this.position) [role.value, seniority.value] = [this.position.role, this.position.seniority];
        return;
      }
      this.setPosition(withRole(this.position ?? { role: id, seniority: level, must: [] }, id, level, this.roles));
    };
    role.addEventListener('change', onPosition);
    seniority.addEventListener('change', onPosition);
    this.$('fit-must').addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (this.position) this.setPosition(setMust(this.position, box.value, box.checked, this.roles));
    });
    this.$('fit-copy').addEventListener('click', () => void this.copyLink());
    this.$<HTMLInputElement>('fit-import').addEventListener('change', async (e) => {
      await this.openCandidates();
      await (await io()).importFiles(this as this & { session: FitSession }, e.target as HTMLInputElement);
    });
    const list = this.$('fit-list');
    list.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      const id = input.dataset.candidate;
      if (!id || !this.session) return;
      const outcome = this.session.rename(id, input.value);
      // The field shows the name as kept: trimmed, or the previous one when the new one was refused.
      input.value = this.nameOf(id);
      if (!outcome.ok && 'refused' in outcome && outcome.refused === 'empty-name') return this.report(outcome, '', this.t('fit.emptyName'));
      this.report(outcome, this.t('fit.renamed', { name: this.nameOf(id) }));
    });
    list.addEventListener('click', (e) => {
      const id = (e.target as Element).closest<HTMLElement>('button[data-remove]')?.dataset.remove;
      if (!id || !this.session) return;
      const name = this.nameOf(id);
      if (this.focusChoice === id) this.focusChoice = null;
      this.report(this.session.remove(id), this.t('fit.removed', { name }));
      this.$('fit-import').focus();
    });
    this.$('fit-focus').addEventListener('change', (e) => {
      const chosen = (e.target as HTMLSelectElement).value;
      this.focusChoice = chosen;
      this.render();
      if (chosen) this.say(this.t('fit.focusShown', { name: this.nameOf(chosen) }));
    });
    this.$('fit-rubric').addEventListener('change', (e) => {
      const radio = e.target as HTMLInputElement;
      if (radio.dataset.skill) this.observed.set(radio.dataset.skill, radio.value);
    });
    this.$('fit-print').addEventListener('click', () => window.print());
    window.addEventListener('hashchange', () => void this.fromHash());
  }

  /** A candidate's current name. */
  nameOf(id: string): string {
    return this.session?.list.candidates.find((c) => c.id === id)?.name ?? id;
  }

  /**
   * Fetches the expectations of `id` unless they are loaded, marking the island busy meanwhile; says so and
   * returns false when they cannot be fetched (the position stays as it was; choosing it again tries again).
   */
  private async loadRole(id: string): Promise<boolean> {
    if (this.roles.has(id)) return true;
    this.fetching += 1;
    this.setAttribute('aria-busy', 'true');
    try {
      this.roles.set(id, (await this.roleFiles.load(id)).expectations);
      return true;
    } catch {
      this.say(this.t('fit.roleLoadFailed', { role: this.roleNames.get(id) ?? id }));
      return false;
    } finally {
      if (--this.fetching === 0) this.removeAttribute('aria-busy');
    }
  }

  /** Reads the position from the URL once its role's expectations are loaded; without one, the first role at mid level. */
  private async fromHash() {
    const run = ++this.run;
    const params: PositionParams = { position: readHash('position'), must: readHash('must') };
    const known = new Set(this.roleNames.keys());
    const role = positionRole(params, known) ?? [...known][0]!;
    if (!(await this.loadRole(role)) || run !== this.run) return;
    const { position, problems } = parsePosition(params, this.roles, known);
    this.position = position ?? { role, seniority: 'mid', must: [] };
    this.$<HTMLSelectElement>('fit-role').value = this.position.role;
    this.$<HTMLSelectElement>('fit-seniority').value = this.position.seniority;
    this.render();
    const summary = this.t('fit.showing', { position: this.positionLabel(this.position), n: Object.keys(this.expected(this.position)).length });
    this.say([...problems.map((p) => this.t(`fit.problem.${p.kind}`, { value: p.value })), summary].join(' '));
  }

  private setPosition(next: Position) {
    this.position = next;
    writeHash(positionParams(next));
    this.$<HTMLInputElement>('fit-link').value = '';
    this.render();
  }

  private expected(position: Position): Record<string, number> {
    return expectedSkills(this.roles.get(position.role) ?? {}, position.seniority);
  }

  private async copyLink() {
    if (!this.position) return;
    writeHash(positionParams(this.position));
    this.say(this.t((await offerLink(this.$<HTMLInputElement>('fit-link'), location.href)) ? 'fit.copied' : 'fit.linkReady'));
  }

  /** Redraws and says what happened: `success` when the change was made, the reason when it was not. */
  report(outcome: FitOutcome, success: string, ...more: string[]) {
    this.render();
    const messages: string[] = [];
    if (outcome.ok) messages.push(success, outcome.storageFailed ? this.t('fit.unavailable') : '');
    else if (!('refused' in outcome)) {
      const u = outcome.unsaved;
      messages.push(this.t('fit.saveRefused', u.reason === 'invalid' ? { field: u.field, message: u.message } : { field: '(document)', message: u.reason }));
    }
    this.say([...messages, ...more].filter(Boolean).join(' '));
  }

  /** Fetches the level descriptors of `skills` not fetched yet, then redraws (the rubric needs them). */
  private fetchDescriptors(skills: string[]) {
    if (!this.descriptors.lacks(skills, this.chunkOf)) return;
    void this.descriptors.load(skills, this.chunkOf).then(() => this.render(), () => this.say(this.t('fit.loadFailed')));
  }

  /** Redraws everything that depends on the position and the candidates, keeping keyboard focus in place. */
  private render() {
    const position = this.position;
    if (!position) return;
    const focused = document.activeElement?.id;
    const expected = this.expected(position);
    const expectedIds = Object.keys(expected);
    this.fetchDescriptors(expectedIds);
    const order = this.model.skills.map((s) => s.id);
    const must = new Set(position.must);
    const candidates = this.session?.list.candidates ?? [];
    const shown: Shown[] = candidates.map((c) => ({
      id: c.id,
      name: c.name,
      fit: candidateFit(c.assessment.ratings, expected, position.must, order),
      evidence: evidenceOf(c.assessment),
    }));
    const ranked = rankCandidates(shown);

    this.renderMust(expected, position.must);
    renderList(this.$('fit-list'), shown, this.t);
    this.$('fit-none').hidden = shown.length > 0;
    renderRanking(this.$<HTMLTableElement>('fit-ranking').tBodies[0]!, ranked, this.skillName, this.t);

    const areaIds = this.model.areas.map((a) => a.id);
    const skillArea = new Map(this.model.skills.map((s) => [s.id, s.area]));
    const onRadar = ranked.slice(0, MAX_SERIES - 1);
    const labels = [this.t('fit.positionSeries', { position: this.positionLabel(position) }), ...onRadar.map((c) => c.name)];
    const values = [expected, ...onRadar.map((c) => candidates.find((x) => x.id === c.id)!.assessment.ratings)].map((levels) => assessedAreaMeans(levels, expectedIds, skillArea, areaIds));
    // The position's areas without expected skills sit at 0; a candidate's area without a rated skill is not
    // assessed: no vertex on its axis, and the legend names those areas.
    const series = labels.map((label, i) => {
      const missing = i === 0 ? [] : this.model.areas.filter((a) => values[i]![a.id] === null).map((a) => a.name);
      return { label: missing.length ? `${label} — ${this.t('fit.radarMissing', { areas: missing.join(', ') })}` : label, values: areaIds.map((a) => values[i]![a] ?? (i === 0 ? 0 : null)) };
    });
    drawRadar(this.$('fit-radar').closest('figure')!, series);
    renderAreas(this.$<HTMLTableElement>('fit-areas'), labels, values, this.t);
    this.$('fit-radar-top').textContent = ranked.length > onRadar.length ? this.t('fit.radarTop', { n: onRadar.length }) : '';
    renderDetails(this.$('fit-details'), ranked, this.skillName, must, this.t);

    const focusSelect = this.$<HTMLSelectElement>('fit-focus');
    focusSelect.replaceChildren(el('option', this.t('fit.focusNone')), ...shown.map((c) => {
      const option = el('option', c.name);
      option.value = c.id;
      return option;
    }));
    focusSelect.options[0]!.value = '';
    const focusId = rubricFocus(this.focusChoice, shown.map((c) => c.id));
    focusSelect.value = focusId;
    const focusFit = shown.find((c) => c.id === focusId);
    const templates = { expected: this.t('fit.q.expected'), beyond: this.t('fit.q.beyond'), start: this.t('fit.q.start') };
    const rubricSkills = this.model.skills.map((s) => ({ id: s.id, name: s.name, levels: this.descriptors.descriptors.get(s.id)?.levels ?? [] }));
    const items = buildRubric(expected, position.must, rubricSkills, templates, focusFit?.fit);
    this.$('fit-rubric-title').textContent = this.t('fit.rubricFor', { position: this.positionLabel(position) });
    const mustNames = position.must.map(this.skillName);
    this.$('fit-position-line').textContent = [this.t('fit.keySkills', { n: items.length }), mustNames.length ? this.t('fit.mustList', { skills: mustNames.join(', ') }) : ''].filter(Boolean).join(' · ');
    const skillBase = this.dataset.skillBase ?? '';
    renderRubric(this.$<HTMLOListElement>('fit-rubric'), items, (id) => ({ name: this.skillName(id), href: `${skillBase}${id}/` }), this.observed, focusFit?.name ?? '', this.t);
    if (focused && document.activeElement?.id !== focused) document.getElementById(focused)?.focus();
  }

  private renderMust(expected: Record<string, number>, marked: readonly string[]) {
    const must = new Set(marked);
    const ids = this.model.skills.map((s) => s.id).filter((id) => id in expected);
    this.$('fit-must').replaceChildren(...ids.map((id) => {
      const wrap = el('div', '', 'field check');
      const box = el('input');
      box.type = 'checkbox';
      box.id = `fit-must-${id}`;
      box.value = id;
      box.checked = must.has(id);
      const label = el('label', this.t('fit.mustOption', { skill: this.skillName(id), level: expected[id]! }));
      label.htmlFor = box.id;
      wrap.append(box, label);
      return wrap;
    }));
  }
}

customElements.define('atlas-fit', AtlasFit);
