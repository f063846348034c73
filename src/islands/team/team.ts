/**
 * The team planner island: `<atlas-team>` wires the server-rendered page to the planner session
 * (src/domain/team/session.ts: every change a domain function of state.ts, every write validated) and
 * redraws teams, coverage, risks and suggestions after each change. Knowledge, names and strings arrive
 * through data-* attributes; no rule lives here.
 */
import { announcer } from '../../client/announce';
import { readHash } from '../../client/hash';
import { noticeText } from '../../client/messages';
import { JsonFiles } from '../../client/json-files';
import { drawRadar } from '../../client/radar';
import { islandData, islandStrings } from '../../client/strings';
import { withParticles } from '../../i18n/particle';
import { analyzePlan } from '../../domain/team/analyze';
import { inputFields, inputsFromFields } from '../../domain/team/form';
import type { KnownIds } from '../../domain/team/codec';
import { PlanSession, type PlanNotice, type PlanOutcome } from '../../domain/team/session';
import * as change from '../../domain/team/state';
import type { Seniority, Team } from '../../schemas/constants';
import type { Host } from './io';
import { renderCoverage, renderRequirements, renderRisks, renderTeams, type Model, type T } from './render';

/** Files, share links and member import: loaded on first use, so the page's own script stays small. */
const io = () => import('./io');
/** The wording of refused values and saves, loaded the first time one is refused. */
const messages = () => import('./messages');

class AtlasTeam extends HTMLElement implements Host {
  model!: Model;
  t!: T;
  say!: (message: string) => void;
  session!: PlanSession;
  known!: KnownIds;
  /** Structure of the member list last drawn (ids, roles, seniorities, counts, names). */
  private shape = '';
  /** Blueprints as presets (team/data/<blueprint>.json), fetched when one is loaded. */
  private presets!: JsonFiles<string, change.Preset>;

  connectedCallback() {
    this.model = islandData<Model>(this, 'model');
    this.t = islandStrings(this, withParticles);
    this.say = announcer(this.$('tp-status'));
    this.presets = new JsonFiles((id) => `${this.dataset.presets ?? ''}${id}.json`);
    this.known = {
      roles: new Set(Object.keys(this.model.knowledge.roles)), skills: new Set(this.model.knowledge.skills.map((s) => s.id)),
      blueprints: new Set(Object.keys(this.model.names.blueprints)),
    };
    this.session = new PlanSession(localStorage, this.known);
    this.say(this.session.notices.map((n) => this.noticeText(n)).join(' '));
    this.bind();
    this.render();
    void this.openHash();
    // A share or blueprint link opened in a tab already on the planner only changes the hash: same path as a first load.
    addEventListener('hashchange', () => void this.openHash());
  }

  $<E extends Element = HTMLElement>(id: string): E {
    return this.querySelector(`#${id}`) as E;
  }

  private noticeText(n: PlanNotice): string {
    return n.kind === 'preset-dropped' ? this.t('plan.presetDropped', { id: n.id }) : noticeText(this.t, 'plan', n);
  }

  /** Redraws, then says what went wrong or `success`; returns whether it worked. */
  report(outcome: PlanOutcome, success = ''): boolean {
    if (!outcome.ok) this.shape = ''; // redraw every control so a refused value shows the plan's value again
    this.render();
    if (outcome.ok) {
      const messages = [outcome.storageFailed ? this.t('plan.saveFailed') : success];
      if (outcome.dropped?.length) messages.push(this.t('plan.dropped', { ids: outcome.dropped.join(', ') }));
      if (outcome.droppedPreset !== undefined) messages.push(this.t('plan.presetDropped', { id: outcome.droppedPreset }));
      this.say(messages.filter(Boolean).join(' '));
    } else if ('refused' in outcome && outcome.refused !== 'invalid') {
      this.say(this.t(`plan.refused.${outcome.refused}`, { detail: outcome.detail }));
    } else if (!('bad' in outcome)) {
      void messages().then((m) => this.say(m.refusalText(this.t, this.model, outcome)));
    } // a refused file or link ('bad') is explained by the io part that read it
    return outcome.ok;
  }

  private bind() {
    const s = this.session;
    const roles = this.known.roles;
    this.$('tp-inputs').addEventListener('change', () => {
      const inputs = inputsFromFields(Object.fromEntries(new FormData(this.$<HTMLFormElement>('tp-inputs'))));
      this.report(s.change((plan, now) => change.setInputs(plan, inputs, now)));
    });
    this.$('tp-inputs').addEventListener('submit', (e) => e.preventDefault());
    this.$('tp-load-preset').addEventListener('click', async () => {
      const id = this.$<HTMLSelectElement>('tp-preset').value;
      const title = this.model.names.blueprints[id] ?? id;
      let preset: change.Preset;
      try {
        preset = await this.presets.load(id);
      } catch {
        // Nothing changes: the plan on screen and the saved draft stay as they were; loading again tries again.
        return this.say(this.t('plan.presetLoadFailed', { title }));
      }
      this.report(s.replace((now) => change.loadPreset(preset, now)), this.t('plan.presetLoaded', { title }));
    });
    this.$('tp-new').addEventListener('click', () => this.report(s.replace((now) => change.emptyPlan(now)), this.t('plan.started')));
    this.$('tp-add-team').addEventListener('click', () => {
      const kind = this.$<HTMLSelectElement>('tp-team-kind').value as Team;
      this.report(s.change((plan, now) => change.addTeam(plan, kind, now).plan), this.t('plan.teamAdded', { team: this.t(`team.${kind}`) }));
    });
    const teams = this.$('tp-teams');
    teams.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      const id = button.dataset.id!;
      if (button.dataset.action === 'add-member') {
        const role = this.$<HTMLSelectElement>(`tp-${id}-add-role`).value;
        const seniority = this.$<HTMLSelectElement>(`tp-${id}-add-seniority`).value as Seniority;
        const count = Number(this.$<HTMLInputElement>(`tp-${id}-add-count`).value);
        const ok = this.report(s.change((plan, now) => change.addLine(plan, id, { role, seniority, count }, roles, now).plan),
          this.t('plan.memberAdded', { n: count, role: this.model.names.roles[role] ?? role }));
        if (ok) this.$(`tp-${id}-add-role`).focus();
      } else if (button.dataset.action === 'remove-member') {
        const team = s.plan.teams.find((t) => t.lines.some((l) => l.id === id) || t.people.some((p) => p.id === id));
        if (this.report(s.change((plan, now) => change.removeMember(plan, id, now)), this.t('plan.memberRemoved')) && team) this.$(`tp-${team.id}-add-role`)?.focus();
      } else if (button.dataset.action === 'remove-team') {
        if (this.report(s.change((plan, now) => change.removeTeam(plan, id, now)), this.t('plan.teamRemoved'))) this.$('tp-team-kind').focus();
      }
    });
    teams.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      const id = input.dataset.id;
      if (!id) return;
      switch (input.dataset.action) {
        case 'line-role': return void this.report(s.change((p, now) => change.editLine(p, id, { role: input.value }, roles, now)));
        case 'line-seniority': return void this.report(s.change((p, now) => change.editLine(p, id, { seniority: input.value as Seniority }, roles, now)));
        case 'line-count': return void this.report(s.change((p, now) => change.editLine(p, id, { count: Number(input.value) }, roles, now)));
        case 'person-name': return void this.report(s.change((p, now) => change.editPerson(p, id, { name: input.value.trim() }, roles, now)));
        case 'person-role': return void this.report(s.change((p, now) => change.editPerson(p, id, { role: input.value || null }, roles, now)));
        case 'away': return void this.report(s.change((p, now) => change.setAway(p, id, input.checked, now)));
      }
    });
    this.$<HTMLInputElement>('tp-import-members').addEventListener('change', async (e) => (await io()).importMembers(this, e.target as HTMLInputElement));
    this.$<HTMLInputElement>('tp-import-plan').addEventListener('change', async (e) => (await io()).importPlan(this, e.target as HTMLInputElement));
    this.$('tp-export').addEventListener('click', async () => (await io()).exportPlan(this));
    this.$('tp-share').addEventListener('click', async () => (await io()).share(this));
    this.$('tp-print').addEventListener('click', () => window.print());
    this.$('tp-shared-keep').addEventListener('click', () => {
      if (this.report(s.keepShared(), this.t('plan.sharedKept'))) this.leaveShared();
    });
    this.$('tp-shared-discard').addEventListener('click', () => {
      s.discardShared();
      this.leaveShared();
      this.render();
    });
  }

  /** Hides the shared-plan banner and drops the token from the address. */
  leaveShared() {
    this.$('tp-shared').hidden = true;
    history.replaceState(null, '', location.pathname + location.search);
  }

  /**
   * Opens `#preset=<blueprint>` (a blueprint page's link) or `#p=<token>` (a shared plan, decoded by the lazy io
   * part), on the first load and on every hash change; any other hash (a rule's anchor) is left to the browser.
   */
  private async openHash() {
    const preset = readHash('preset');
    if (preset !== undefined && Object.hasOwn(this.model.names.blueprints, preset)) {
      this.$<HTMLSelectElement>('tp-preset').value = preset;
      this.say(this.t('plan.presetOffered', { title: this.model.names.blueprints[preset]! }));
    }
    const token = readHash('p');
    if (token !== undefined) (await io()).openShared(this, token);
  }

  /** Redraws everything that depends on the plan, keeping keyboard focus on the same control. */
  render() {
    const start = performance.now();
    const focused = document.activeElement?.id;
    const plan = this.session.plan;
    const analysis = analyzePlan(plan, this.model.knowledge);
    const form = this.$<HTMLFormElement>('tp-inputs');
    for (const [name, value] of Object.entries(inputFields(plan.inputs))) {
      const control = form.elements.namedItem(name) as HTMLInputElement;
      if (typeof value === 'boolean') control.checked = value;
      else control.value = value;
    }
    renderRequirements(this.$('tp-req-summary'), form);
    this.$('tp-preset-note').textContent = plan.preset ? this.t('plan.fromPreset', { title: this.model.names.blueprints[plan.preset] ?? plan.preset }) : '';

    const present = analysis.members.filter((m) => !m.away).length;
    this.$('tp-total').textContent = this.t('plan.total', { n: analysis.members.length, present, teams: plan.teams.length });
    // The member list is rebuilt only when its structure changes; a what-if toggle or an input change just updates boxes.
    const shape = JSON.stringify(plan.teams.map((t) => [t.id, t.team, t.lines.map((l) => [l.id, l.role, l.seniority, l.count]), t.people.map((p) => [p.id, p.name, p.role])]));
    if (shape !== this.shape) {
      renderTeams(this.$('tp-teams'), plan, analysis, this.model, this.t, this.$<HTMLTemplateElement>('tp-role-select'));
      this.shape = shape;
    } else {
      for (const m of analysis.members) {
        const box = document.getElementById(`tp-away-${m.key.replace('.', '-')}`) as HTMLInputElement | null;
        if (box) box.checked = m.away;
      }
    }
    const importTeam = this.$<HTMLSelectElement>('tp-import-team');
    const chosen = importTeam.value;
    importTeam.replaceChildren(...plan.teams.map((team, n) => new Option(`${n + 1}. ${this.t(`team.${team.team}`)}`, team.id)));
    if (plan.teams.some((team) => team.id === chosen)) importTeam.value = chosen;
    this.$<HTMLInputElement>('tp-import-members').disabled = plan.teams.length === 0;

    drawRadar(this.$('tp-radar').closest('figure')!, [
      { id: 'tp-series-required', label: this.t('plan.series.required'), values: analysis.areas.map((a) => a.required) },
      { id: 'tp-series-team', label: this.t('plan.series.team'), values: analysis.areas.map((a) => a.team) },
    ]);
    renderCoverage(this.$('tp-areas'), this.$('tp-skills'), analysis, this.model, this.t, this.dataset.skillBase ?? '');
    renderRisks({
      bus: this.$('tp-bus'), gaps: this.$('tp-gaps'), spofs: this.$('tp-spofs'), short: this.$('tp-short'),
      stages: this.$('tp-stages'), hires: this.$('tp-hires'), pairs: this.$('tp-pairs'),
    }, analysis, this.model, this.t);
    if (focused && document.activeElement?.id !== focused) document.getElementById(focused)?.focus();
    performance.measure('atlas-team-redraw', { start });
  }
}

customElements.define('atlas-team', AtlasTeam);
