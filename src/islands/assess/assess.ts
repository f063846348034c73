/**
 * The self-assessment island: `<atlas-assess>` wires the server-rendered form to the pure domain
 * functions (src/domain) and redraws the radar, table, gaps, fit and growth on every change.
 * Labels and content arrive through data-* attributes; user text only ever reaches the page as text.
 */
import { select } from 'd3-selection';
import {
  decodeAssessment, decodeShare, encodeAssessment, encodeShare, type DecodeResult,
} from '../domain/assessment/codec';
import type { Assessment, Ratings } from '../domain/assessment/schema';
import { gaps, growth, rankRoles } from '../domain/assessment/scoring';
import { STORAGE_KEY, load, save, type LoadNotice } from '../domain/assessment/storage';
import { areaLevels, expectedLevels, formatLevel as fmt } from '../domain/levels';
import { polygonPath } from '../domain/radar';
import { fillTemplate } from '../i18n/format';

type Seniority = 'junior' | 'mid' | 'senior' | 'lead';
interface Model {
  areas: { id: string; name: string }[];
  /** Skills; their level descriptors are read from the form, which already shows them. */
  skills: { id: string; area: string; name: string; next: string[]; levels?: string[] }[];
  roles: { id: string; name: string; expectations: Record<string, number[]> }[];
}


class AtlasAssess extends HTMLElement {
  private model!: Model;
  private strings!: Record<string, string>;
  private known!: Set<string>;
  private state!: Assessment;
  /** While a shared profile is shown, changes are not saved. */
  private viewingShared = false;

  connectedCallback() {
    this.model = JSON.parse(this.dataset.model ?? '{}') as Model;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    this.known = new Set(this.model.skills.map((s) => s.id));
    for (const skill of this.model.skills) {
      const options = this.querySelectorAll(`fieldset[data-skill="${skill.id}"] .option-text`);
      skill.levels = [...options].map((o) => o.textContent ?? '');
    }
    const { assessment, notices } = load(localStorage, this.known);
    this.state = assessment;
    this.announce(notices.map((n) => this.noticeText(n)).join(' '));
    this.bind();
    this.render();
    void this.openShared();
  }

  private t(key: string, vars: Record<string, string | number> = {}): string {
    return fillTemplate(this.strings[key] ?? key, vars);
  }

  private $<E extends Element = HTMLElement>(id: string): E {
    return this.querySelector(`#${id}`) as E;
  }

  private announce(message: string) {
    if (message) this.$('assess-status').textContent = message;
  }

  private noticeText(n: LoadNotice): string {
    switch (n.kind) {
      case 'corrupt': return this.t('assess.corrupt', { key: n.backupKey });
      case 'migrated': return this.t('assess.migrated', { from: n.from, key: n.backupKey });
      case 'dropped': return this.t('assess.dropped', { ids: n.ids.join(', ') });
      case 'unavailable': return this.t('assess.unavailable');
    }
  }

  private failureText(result: Extract<DecodeResult, { ok: false }>): string {
    switch (result.reason) {
      case 'too-large': return this.t('assess.importTooLarge');
      case 'not-json': return this.t('assess.importNotJson');
      case 'not-assessment': return this.t('assess.importNotAssessment');
      case 'unsupported-version': return this.t('assess.importVersion', { version: String(result.version) });
      case 'invalid': return this.t('assess.importInvalid', { field: result.field, message: result.message });
    }
  }

  /** Applies a change, saves it (unless a shared profile is being viewed) and redraws. */
  private update(change: (a: Assessment) => Assessment) {
    this.state = { ...change(this.state), updatedAt: new Date().toISOString() };
    if (!this.viewingShared && !save(localStorage, this.state)) this.announce(this.t('assess.saveFailed'));
    this.render();
  }

  private bind() {
    this.$('assess-form').addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const skill = input.name.replace(/^rate-/, '');
      if (!this.known.has(skill)) return;
      this.update((a) => ({ ...a, ratings: { ...a.ratings, [skill]: Number(input.value) } }));
    });
    const target = this.$<HTMLSelectElement>('assess-target');
    const seniority = this.$<HTMLSelectElement>('assess-seniority');
    const setTarget = () =>
      this.update((a) => ({ ...a, target: target.value ? { role: target.value, seniority: seniority.value as Seniority } : null }));
    target.addEventListener('change', setTarget);
    seniority.addEventListener('change', setTarget);
    this.$<HTMLInputElement>('assess-hide').addEventListener('change', (e) =>
      this.update((a) => ({ ...a, hideExpectations: (e.target as HTMLInputElement).checked })),
    );
    this.$('assess-fit').addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button[data-role]');
      if (!button) return;
      const role = button.getAttribute('data-role')!;
      this.update((a) => ({ ...a, target: { role, seniority: a.target?.seniority ?? (seniority.value as Seniority) } }));
      target.focus();
    });
    this.$('assess-snapshot').addEventListener('click', () => {
      const labelInput = this.$<HTMLInputElement>('assess-snapshot-label');
      const label = labelInput.value.replace(/[<>]/g, '').trim().slice(0, 80);
      this.update((a) => ({
        ...a,
        snapshots: [...a.snapshots, { at: new Date().toISOString(), ...(label ? { label } : {}), ratings: { ...a.ratings } }].slice(-50),
      }));
      labelInput.value = '';
      this.$<HTMLSelectElement>('assess-compare').value = String(this.state.snapshots.length - 1);
      this.render();
      this.announce(this.t('assess.snapshotSaved'));
    });
    this.$('assess-compare').addEventListener('change', () => this.renderGrowth());
    this.$('assess-export').addEventListener('click', () => this.exportFile());
    this.$<HTMLInputElement>('assess-import').addEventListener('change', (e) => void this.importFile(e.target as HTMLInputElement));
    this.$('assess-share').addEventListener('click', () => void this.share());
    this.$('assess-print').addEventListener('click', () => window.print());
    this.$('assess-clear').addEventListener('click', () => {
      this.update((a) => ({
        ...a,
        ratings: {},
        snapshots: Object.keys(a.ratings).length ? [...a.snapshots, { at: new Date().toISOString(), ratings: a.ratings }].slice(-50) : a.snapshots,
      }));
      this.announce(this.t('assess.cleared'));
    });
    this.$('assess-shared-keep').addEventListener('click', () => {
      const previous = localStorage.getItem(STORAGE_KEY);
      if (previous !== null) localStorage.setItem(`${STORAGE_KEY}.before-share`, previous);
      this.viewingShared = false;
      this.leaveShared();
      this.update((a) => a);
      this.announce(this.t('assess.sharedKept'));
    });
    this.$('assess-shared-discard').addEventListener('click', () => {
      this.viewingShared = false;
      this.leaveShared();
      this.state = load(localStorage, this.known).assessment;
      this.render();
    });
  }

  private leaveShared() {
    this.$('assess-shared').hidden = true;
    history.replaceState(null, '', location.pathname + location.search);
  }

  private async openShared() {
    const match = /[#&]a=([^&]*)/.exec(location.hash);
    if (!match) return;
    const result = await decodeShare(match[1]!, this.known);
    if (!result.ok) {
      this.announce(this.t('assess.sharedBad', { reason: result.reason }));
      return;
    }
    this.viewingShared = true;
    this.state = result.assessment;
    this.$('assess-shared').hidden = false;
    if (result.dropped.length) this.announce(this.t('assess.dropped', { ids: result.dropped.join(', ') }));
    this.render();
  }

  private exportFile() {
    const blob = new Blob([encodeAssessment(this.state)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `ai-team-atlas-assessment-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  private async importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 1_000_000) {
      this.announce(this.t('assess.importTooLarge'));
      return;
    }
    const result = decodeAssessment(await file.text(), this.known);
    if (!result.ok) {
      this.announce(this.failureText(result));
      return;
    }
    const previous = localStorage.getItem(STORAGE_KEY);
    if (previous !== null) localStorage.setItem(`${STORAGE_KEY}.before-import`, previous);
    this.viewingShared = false;
    this.$('assess-shared').hidden = true;
    this.update(() => result.assessment);
    const messages = [this.t('assess.imported', { n: Object.keys(result.assessment.ratings).length })];
    if (result.dropped.length) messages.push(this.t('assess.dropped', { ids: result.dropped.join(', ') }));
    this.announce(messages.join(' '));
  }

  private async share() {
    const token = await encodeShare(this.state);
    const link = new URL(`${this.dataset.page}#a=${token}`, location.href).href;
    const field = this.$<HTMLInputElement>('assess-share-url');
    field.value = link;
    field.select();
    try {
      await navigator.clipboard.writeText(link);
      this.announce(this.t('assess.shareCopied'));
    } catch {
      this.announce(this.t('assess.shareCreated'));
    }
  }

  /** Redraws everything that depends on the state. */
  private render() {
    const start = performance.now();
    const { ratings, target, hideExpectations } = this.state;
    const role = target ? this.model.roles.find((r) => r.id === target.role) : undefined;
    const expected = role && target ? expectedLevels(role.expectations, target.seniority) : {};

    // Controls and form.
    this.$<HTMLSelectElement>('assess-target').value = role?.id ?? '';
    if (target) this.$<HTMLSelectElement>('assess-seniority').value = target.seniority;
    this.$<HTMLInputElement>('assess-hide').checked = hideExpectations;
    for (const input of this.querySelectorAll<HTMLInputElement>('#assess-form input[type=radio]')) {
      input.checked = ratings[input.name.slice(5)] === Number(input.value);
    }
    for (const span of this.querySelectorAll<HTMLElement>('[data-expected-for]')) {
      const level = expected[span.dataset.expectedFor!];
      span.textContent = !hideExpectations && level ? `(${this.t('assess.expected', { level })})` : '';
    }
    const rated = Object.keys(ratings).length;
    const total = this.model.skills.length;
    this.$<HTMLProgressElement>('assess-progress').value = rated;
    this.$('assess-progress-text').textContent = this.t('assess.progressText', { n: rated, total });

    // Radar and its table.
    const areaIds = this.model.areas.map((a) => a.id);
    const skills = this.model.skills;
    const mine = areaLevels(ratings, skills, areaIds);
    const theirs = areaLevels(expected, skills, areaIds);
    const targetLabel = role && target ? `${role.name} · ${this.t(`seniority.${target.seniority}`)}` : this.t('assess.targetNone');
    // The static radar (Radar.astro) states its own geometry; redraw the two series on the same scale.
    const svg = this.$<SVGSVGElement>('assess-radar');
    const radius = Number(svg.dataset.radius);
    const max = Number(svg.dataset.max);
    select(svg).select('#assess-you').attr('d', polygonPath(areaIds.map((a) => mine[a]!), max, radius));
    select(svg).select('#assess-target-series').attr('d', polygonPath(areaIds.map((a) => (role ? theirs[a]! : 0)), max, radius));
    this.$('assess-target-series-label').textContent = targetLabel;
    this.$('assess-table-target').textContent = targetLabel;
    for (const row of this.querySelectorAll<HTMLTableRowElement>('#assess-table tbody tr')) {
      const area = row.dataset.area!;
      row.querySelector('[data-col=you]')!.textContent = fmt(mine[area]!);
      row.querySelector('[data-col=target]')!.textContent = role ? fmt(theirs[area]!) : '–';
    }

    this.renderGaps(role ? gaps(ratings, expected) : null);
    this.renderFit(ratings, target?.seniority ?? (this.$<HTMLSelectElement>('assess-seniority').value as Seniority));
    this.renderSnapshots();
    this.renderGrowth();
    performance.measure('atlas-redraw', { start });
  }

  private renderGaps(list: ReturnType<typeof gaps> | null) {
    const skillBase = this.dataset.skillBase ?? '';
    type Item = ReturnType<typeof gaps>[number] | { empty: string };
    const items: Item[] = list === null ? [{ empty: this.t('assess.gapsNoTarget') }] : list.length === 0 ? [{ empty: this.t('assess.gapsNone') }] : list;
    select(this.$('assess-gaps'))
      .selectAll('li')
      .data<Item>(items)
      .join('li')
      .each(function (g: Item) {
        const li = this as HTMLLIElement;
        li.replaceChildren();
        if ('empty' in g) {
          li.textContent = g.empty;
          return;
        }
        const host = li.closest('atlas-assess') as AtlasAssess;
        const skill = host.model.skills.find((s) => s.id === g.skill)!;
        const link = document.createElement('a');
        link.href = `${skillBase}${g.skill}/`;
        link.textContent = skill.name;
        const levels = document.createElement('span');
        levels.className = 'gap-levels';
        levels.textContent = ` ${host.t('assess.gapLine', { current: g.current, expected: g.expected })}`;
        const next = document.createElement('p');
        next.textContent = host.t('assess.nextLevel', { level: g.current + 1, text: skill.levels?.[g.current] ?? '' });
        const step = document.createElement('p');
        step.textContent = host.t('assess.nextStep', { text: skill.next[g.current] ?? '' });
        li.append(link, levels, next, step);
      });
  }

  private renderFit(ratings: Ratings, seniority: Seniority) {
    const ranked = rankRoles(ratings, this.model.roles, seniority);
    const roleBase = this.dataset.roleBase ?? '';
    const host = this;
    select(this.$('assess-fit'))
      .selectAll('li')
      .data(ranked)
      .join('li')
      .each(function (f) {
        const li = this as HTMLLIElement;
        const role = host.model.roles.find((r) => r.id === f.role)!;
        const link = document.createElement('a');
        link.href = `${roleBase}${f.role}/`;
        link.textContent = role.name;
        const score = document.createElement('strong');
        score.textContent = ` ${Math.round(f.score * 100)}%`;
        const why = document.createElement('span');
        why.className = 'meta-list';
        why.textContent = ` — ${host.t('assess.fitLine', { covered: f.covered, required: f.required, gaps: f.gapCount })} `;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'secondary small';
        button.dataset.role = f.role;
        button.textContent = host.t('assess.fitTarget');
        button.setAttribute('aria-label', `${host.t('assess.fitTarget')}: ${role.name}`);
        li.replaceChildren(link, score, why, button);
      });
  }

  private renderSnapshots() {
    const compare = this.$<HTMLSelectElement>('assess-compare');
    const current = compare.value;
    const options = this.state.snapshots.map((s, i) => {
      const option = document.createElement('option');
      option.value = String(i);
      option.textContent = `${new Date(s.at).toLocaleString(document.documentElement.lang)}${s.label ? ` — ${s.label}` : ''}`;
      return option;
    });
    const none = document.createElement('option');
    none.value = '';
    none.textContent = this.t('assess.compareNone');
    compare.replaceChildren(none, ...options);
    compare.value = current && Number(current) < options.length ? current : options.length ? String(options.length - 1) : '';
  }

  private renderGrowth() {
    const box = this.$('assess-growth');
    const index = this.$<HTMLSelectElement>('assess-compare').value;
    const snapshot = index === '' ? undefined : this.state.snapshots[Number(index)];
    box.replaceChildren();
    if (!snapshot) return;
    const change = growth(this.state.ratings, snapshot.ratings, this.model.skills, this.model.areas.map((a) => a.id));
    const table = document.createElement('table');
    table.createCaption().textContent = this.t('assess.growthCaption');
    const head = table.createTHead().insertRow();
    for (const label of [this.t('skills.area'), this.t('assess.before'), this.t('assess.after'), this.t('assess.change')]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of change.areas) {
      const tr = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = this.model.areas.find((a) => a.id === row.area)!.name;
      tr.append(th);
      for (const v of [fmt(row.before), fmt(row.after), `${row.delta > 0 ? '+' : ''}${fmt(row.delta)}`]) tr.insertCell().textContent = v;
    }
    const heading = document.createElement('h3');
    heading.textContent = this.t('assess.growthSkills');
    const list = document.createElement('ul');
    for (const s of change.skills) {
      const li = document.createElement('li');
      li.textContent = `${this.model.skills.find((k) => k.id === s.skill)!.name}: ${s.before} → ${s.after}`;
      list.append(li);
    }
    if (change.skills.length === 0) {
      const li = document.createElement('li');
      li.textContent = this.t('assess.growthNone');
      list.append(li);
    }
    box.append(table, heading, list);
  }
}

customElements.define('atlas-assess', AtlasAssess);
