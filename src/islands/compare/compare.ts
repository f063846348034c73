/**
 * The role comparison island: `<atlas-compare>` reads the selection from the URL hash (src/domain/compare.ts),
 * mirrors it in the selects, fetches what the selection needs (the chosen roles' files and the descriptors of
 * the skills shown, src/domain/compare-data.ts) and draws the radar overlay, area table, differences, shared
 * stages and hand-offs. Every rule lives in src/domain; this file only fetches, reads controls and writes text.
 */
import { announcer } from '../../client/announce';
import { DescriptorChunks } from '../../client/descriptors';
import { el } from '../../client/dom';
import { roleFiles, type JsonFiles } from '../../client/json-files';
import { offerLink, readHash, writeHash } from '../../client/hash';
import { fileDate } from '../../client/files';
import { drawRadar } from '../../client/radar';
import { downloadRadar } from '../../client/radar-export';
import { islandData, islandStrings } from '../../client/strings';
import { withParticles } from '../../i18n/particle';
import { DEFAULT_SENIORITY, MAX_PICKS, handOffs, parsePicks, picksParam, scopeChanges, sharedStages, type Pick, type ScopeChange } from '../../domain/compare';
import {
  comparison, missingRoles, mergeRoles, TOP_DIFFERENCES as TOP,
  type CompareModel, type CompareRole, type Comparison,
} from '../../domain/compare-data';
import { areaMeans, expectedLevels, expectedSkills, formatLevel as fmt } from '../../domain/levels';
import type { Seniority } from '../../schemas/constants';

class AtlasCompare extends HTMLElement {
  private t!: ReturnType<typeof islandStrings>;
  private say!: (message: string) => void;
  private areaIds: string[] = [];
  private roleIds!: Set<string>;
  private picks: Pick[] = [];
  private showAll = false;
  /** Role files and level descriptors fetched so far. */
  private roles!: JsonFiles<string, CompareRole>;
  private descriptors!: DescriptorChunks;
  /** Counts updates, so a slow earlier load never draws over a later selection. */
  private run = 0;
  /** Area names, from the area table's row headers. */
  private areaNames = new Map<string, string>();

  connectedCallback() {
    this.t = islandStrings(this, withParticles);
    this.say = announcer(this.$('compare-status'));
    this.descriptors = new DescriptorChunks(this.dataset.chunks ?? '');
    this.roles = roleFiles(this.dataset.data ?? '');
    this.areaIds = islandData<string[]>(this, 'areas') ?? [];
    this.areaNames = new Map([...this.$<HTMLTableElement>('compare-areas').tBodies[0]!.rows].map((r) => [r.dataset.area ?? '', r.cells[0]!.textContent ?? '']));
    this.roleIds = new Set([...this.$<HTMLSelectElement>('compare-role-0').options].map((o) => o.value).filter(Boolean));
    this.$('compare-form').addEventListener('change', () => this.fromControls());
    this.$('compare-copy').addEventListener('click', () => void this.copyLink());
    this.$('compare-more').addEventListener('click', () => {
      this.showAll = !this.showAll;
      void this.update();
    });
    // A link to another selection (e.g. the title lookup's comparison link on this page) redraws and shows it.
    window.addEventListener('hashchange', () => {
      this.fromHash();
      this.$('compare-profiles-title').scrollIntoView();
    });
    for (const kind of ['svg', 'png'] as const) {
      this.$(`compare-radar-${kind}`).addEventListener('click', () => {
        const title = this.t('compare.radarTitle', { date: new Date().toLocaleDateString(document.documentElement.lang) });
        void downloadRadar(this.$('compare-radar').closest('figure')!, `ai-team-atlas-comparison-${fileDate()}`, title, kind);
      });
    }
    this.fromHash();
  }

  private $<E extends HTMLElement = HTMLElement>(id: string): E {
    return this.querySelector(`#${id}`) as E;
  }

  private roleName(id: string): string {
    return this.roles.loaded.get(id)?.name ?? id;
  }

  private pickLabel(p: Pick): string {
    return `${this.roleName(p.role)} · ${this.t(`seniority.${p.seniority}`)}`;
  }

  /** Reads the selection from the URL; with no selection, starts from the atlas's first two roles at mid level. */
  private fromHash() {
    const param = readHash('roles');
    const { picks, problems } = parsePicks(param, this.roleIds);
    this.picks = param === undefined ? (islandData<string[]>(this, 'defaults') ?? []).map((role) => ({ role, seniority: 'mid' as const })) : picks;
    for (let i = 0; i < MAX_PICKS; i++) {
      const pick = this.picks[i];
      this.$<HTMLSelectElement>(`compare-role-${i}`).value = pick?.role ?? '';
      // An empty row goes back to the default seniority, so a later choice of role does not inherit an old one.
      this.$<HTMLSelectElement>(`compare-seniority-${i}`).value = pick?.seniority ?? DEFAULT_SENIORITY;
    }
    void this.update(problems.map((p) => this.t(`compare.problem.${p.kind}`, { value: p.value })));
  }

  /** Reads the selection from the selects and puts it in the URL. */
  private fromControls() {
    this.picks = [];
    for (let i = 0; i < MAX_PICKS; i++) {
      const role = this.$<HTMLSelectElement>(`compare-role-${i}`).value;
      const seniority = this.$<HTMLSelectElement>(`compare-seniority-${i}`).value as Seniority;
      if (role) this.picks.push({ role, seniority });
    }
    writeHash({ roles: picksParam(this.picks) });
    this.$<HTMLInputElement>('compare-link').value = '';
    void this.update([]);
  }

  /**
   * Fetches what the selection needs, then draws it and announces `messages` and a summary (nothing when
   * `messages` is left out). When a file cannot be fetched the results are cleared and the status says so;
   * the controls keep working, and the next choice tries again.
   */
  private async update(messages?: string[]) {
    const run = ++this.run;
    const { picks, showAll } = this;
    let view: Comparison;
    try {
      view = await this.load(picks, showAll);
    } catch {
      if (run !== this.run) return;
      this.draw([], { model: mergeRoles([]), rows: [], shown: [] });
      this.say(this.t('compare.loadFailed'));
      return;
    }
    if (run !== this.run) return;
    this.draw(picks, view);
    if (messages) this.say([...messages, this.summary()].join(' '));
  }

  /** What changes for each role picked at two or more seniorities (src/domain/compare.ts `scopeChanges`). */
  private scope(picks: Pick[], model: CompareModel): ScopeChange[] {
    const expectations = new Map(model.roles.map((r) => [r.id, r.expectations]));
    return scopeChanges(picks, expectations, model.skills.map((s) => s.id), new Map(model.skills.map((s) => [s.id, s.area])));
  }

  /** The comparison of `picks`, after fetching the role files and descriptor chunks it lacks (rows shown, skills a scope change names). */
  private async load(picks: Pick[], showAll: boolean): Promise<Comparison> {
    await Promise.all(missingRoles(picks, this.roles.loaded).map((id) => this.roles.load(id)));
    const view = comparison(picks, this.roles.loaded, this.descriptors.descriptors, showAll);
    const named = this.scope(picks, view.model).flatMap((c) => [...c.lower, ...c.added, ...c.dropped]);
    const shown = [...view.shown.map((r) => r.skill), ...named];
    if (!this.descriptors.lacks(shown, view.model.chunkOf)) return view;
    await this.descriptors.load(shown, view.model.chunkOf);
    return comparison(picks, this.roles.loaded, this.descriptors.descriptors, showAll);
  }

  private summary(): string {
    return this.picks.length < 2 ? this.t('compare.needTwo') : this.t('compare.showing', { list: this.picks.map((p) => this.pickLabel(p)).join(', ') });
  }

  private async copyLink() {
    writeHash({ roles: picksParam(this.picks) });
    this.say(this.t((await offerLink(this.$<HTMLInputElement>('compare-link'), location.href)) ? 'compare.copied' : 'compare.linkReady'));
  }

  private draw(picks: Pick[], { model, rows, shown }: Comparison) {
    const { skills } = model;
    const areaIds = this.areaIds;
    const profiles = picks.map((p) => {
      const expected = expectedLevels(this.roles.loaded.get(p.role)!.expectations, p.seniority);
      return areaMeans(expected, skills, areaIds, expectedSkills(expected));
    });
    drawRadar(this.$('compare-radar').closest('figure')!, picks.map((p, i) => ({ label: this.pickLabel(p), values: areaIds.map((a) => profiles[i]![a] ?? 0) })));

    // A table shows once it has data cells: before the first load, after a failed one, and (differences) with one pick, it is hidden.
    const areaTable = this.$<HTMLTableElement>('compare-areas');
    areaTable.hidden = picks.length === 0;
    this.header(areaTable, this.t('skills.area'), picks.map((p) => this.pickLabel(p)));
    for (const row of areaTable.tBodies[0]!.rows) {
      const th = row.cells[0]!;
      row.replaceChildren(th, ...profiles.map((profile) => {
        const value = profile[row.dataset.area!];
        const td = el('td', value === null || value === undefined ? '–' : fmt(value), 'num');
        return td;
      }));
    }

    this.renderDifferences(picks, model, rows, shown);
    this.renderMeetings(picks, model);
    this.renderScope(picks, model);
  }

  /** For a role picked at two or more seniorities: what changes in scope from one to the next. */
  private renderScope(picks: Pick[], model: CompareModel) {
    const changes = this.scope(picks, model);
    const skillName = new Map(model.skills.map((s) => [s.id, s.name ?? s.id]));
    const names = (ids: string[]) => ids.map((id) => skillName.get(id) ?? id).join(', ');
    const items = changes.map((c) => {
      const total = c.raised.length + c.same.length + c.lower.length;
      const parts = [this.t('compare.scope', {
        role: this.roleName(c.role), from: this.t(`seniority.${c.from}`), to: this.t(`seniority.${c.to}`), total, raised: c.raised.length, same: c.same.length,
      })];
      if (c.lower.length) parts.push(this.t('compare.scopeLower', { skills: names(c.lower) }));
      if (c.added.length) parts.push(this.t('compare.scopeAdded', { skills: names(c.added) }));
      if (c.dropped.length) parts.push(this.t('compare.scopeDropped', { skills: names(c.dropped) }));
      const areas = c.areas.slice(0, 3).map((a) => this.areaNames.get(a.area) ?? a.area);
      if (areas.length) parts.push(this.t('compare.scopeAreas', { areas: areas.join(', ') }));
      return el('li', parts.join(' '));
    });
    this.$('compare-scope').replaceChildren(...items);
    this.$('compare-scope').hidden = items.length === 0;
    this.$('compare-scope-title').hidden = items.length === 0;
  }

  private header(table: HTMLTableElement, first: string, labels: string[]) {
    const head = table.tHead!.rows[0]!;
    const cells = [first, ...labels].map((label) => {
      const th = el('th', label);
      th.scope = 'col';
      return th;
    });
    head.replaceChildren(...cells);
  }

  private renderDifferences(picks: Pick[], model: CompareModel, rows: Comparison['rows'], shown: Comparison['shown']) {
    const table = this.$<HTMLTableElement>('compare-diff');
    const differing = rows.filter((r) => r.spread > 0);
    const skills = new Map(model.skills.map((s) => [s.id, s]));
    this.header(table, this.t('compare.skill'), [...picks.map((p) => this.pickLabel(p)), this.t('compare.spread')]);
    const body = table.tBodies[0]!;
    table.hidden = shown.length === 0;
    body.replaceChildren(...shown.map((row) => {
      const skill = skills.get(row.skill)!;
      const tr = el('tr');
      const th = el('th');
      th.scope = 'row';
      const link = el('a', skill.name ?? skill.id);
      link.href = `${this.dataset.skillBase}${skill.id}/`;
      th.append(link);
      tr.append(th);
      for (const level of row.levels) {
        const td = el('td');
        td.append(el('strong', level === 0 ? this.t('compare.notExpected') : `${level} · ${this.t(`level.${level}`)}`));
        if (level > 0) td.append(el('p', skill.levels?.[level - 1] ?? '', 'descriptor'));
        tr.append(td);
      }
      tr.append(el('td', String(row.spread), 'num'));
      return tr;
    }));
    this.$('compare-same').textContent = picks.length < 2 ? '' : this.t('compare.same', { n: rows.length - differing.length });
    const more = this.$<HTMLButtonElement>('compare-more');
    more.hidden = picks.length < 2 || differing.length <= TOP;
    more.textContent = this.showAll ? this.t('compare.showFewer', { n: TOP }) : this.t('compare.showAll', { n: differing.length });
    more.setAttribute('aria-expanded', String(this.showAll));
  }

  private renderMeetings(picks: Pick[], { roles, stages }: CompareModel) {
    const chosen = [...new Set(picks.map((p) => p.role))];
    const stageName = (id: string) => stages.find((s) => s.id === id)?.name ?? id;
    const shared = sharedStages(chosen, stages);
    const stageItems = shared.map((s) => el('li', `${stageName(s.stage)}: ${s.parts.map((p) => `${this.roleName(p.role)} (${this.t(p.part === 'owner' ? 'compare.owner' : 'compare.contributor')})`).join(', ')}`));
    this.$('compare-stages').replaceChildren(...(stageItems.length ? stageItems : [el('li', this.t('compare.noSharedStages'))]));

    const collaborators = new Map(roles.map((r) => [r.id, r.collaborators]));
    const words = new Map(roles.map((r) => [r.id, { name: r.name, input: r.input, output: r.output }]));
    const items = handOffs(chosen, stages, collaborators, words).map((h) => {
      const [from, to] = [this.roleName(h.from), this.roleName(h.to)];
      if (h.fromStage && h.toStage) return el('li', this.t('compare.handOff', { from, to, fromStage: stageName(h.fromStage), toStage: stageName(h.toStage) }));
      return el('li', h.named ? this.t('compare.handOffNamed', { from, to }) : this.t('compare.collaborate', { a: from, b: to }));
    });
    this.$('compare-handoffs').replaceChildren(...(items.length ? items : [el('li', this.t('compare.noHandOffs'))]));
    // One role (at several seniorities) shares no stage with and hands nothing to itself: the scope section says what changes instead.
    for (const id of ['compare-stages', 'compare-stages-title', 'compare-handoffs', 'compare-handoffs-title']) this.$(id).hidden = chosen.length < 2;

    const ioTable = this.$<HTMLTableElement>('compare-io');
    ioTable.hidden = chosen.length === 0;
    const io = ioTable.tBodies[0]!;
    io.replaceChildren(...chosen.map((id) => {
      const role = this.roles.loaded.get(id)!;
      const tr = el('tr');
      const th = el('th');
      th.scope = 'row';
      const link = el('a', role.name);
      link.href = `${this.dataset.roleBase}${role.id}/`;
      th.append(link);
      tr.append(th, el('td', role.input), el('td', role.output));
      return tr;
    }));
  }
}

customElements.define('atlas-compare', AtlasCompare);
