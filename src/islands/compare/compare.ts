/**
 * The role comparison island: `<atlas-compare>` reads the selection from the URL hash (src/domain/compare.ts),
 * mirrors it in the selects, and draws the radar overlay, area table, differences, shared stages and
 * hand-offs. Every rule lives in src/domain; this file only reads controls and writes text.
 */
import { announcer } from '../../client/announce';
import { readHash, writeHash } from '../../client/hash';
import { fileDate } from '../../client/files';
import { drawRadar } from '../../client/radar';
import { downloadRadar } from '../../client/radar-export';
import { islandData, islandStrings } from '../../client/strings';
import { MAX_PICKS, differences, handOffs, parsePicks, picksParam, sharedStages, type Pick, type StageFacts } from '../../domain/compare';
import { areaMeans, expectedLevels, expectedSkills, formatLevel as fmt } from '../../domain/levels';
import type { Seniority } from '../../schemas/constants';

interface Model {
  areas: { id: string; name: string }[];
  skills: { id: string; area: string; name: string; levels: string[] }[];
  roles: { id: string; name: string; expectations: Record<string, number[]>; collaborators: string[]; input: string; output: string }[];
  stages: (StageFacts & { name: string })[];
}

/** Rows of the differences table shown before "show all". */
const TOP = 12;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
};

class AtlasCompare extends HTMLElement {
  private model!: Model;
  private t!: ReturnType<typeof islandStrings>;
  private say!: (message: string) => void;
  private roleIds!: Set<string>;
  private picks: Pick[] = [];
  private showAll = false;

  connectedCallback() {
    this.model = islandData<Model>(this, 'model');
    this.t = islandStrings(this);
    this.say = announcer(this.$('compare-status'));
    this.roleIds = new Set(this.model.roles.map((r) => r.id));
    this.$('compare-form').addEventListener('change', () => this.fromControls());
    this.$('compare-copy').addEventListener('click', () => void this.copyLink());
    this.$('compare-more').addEventListener('click', () => {
      this.showAll = !this.showAll;
      this.render();
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
    return this.model.roles.find((r) => r.id === id)?.name ?? id;
  }

  private pickLabel(p: Pick): string {
    return `${this.roleName(p.role)} · ${this.t(`seniority.${p.seniority}`)}`;
  }

  /** Reads the selection from the URL; with no selection, starts from the first two roles at mid level. */
  private fromHash() {
    const param = readHash('roles');
    const { picks, problems } = parsePicks(param, this.roleIds);
    this.picks = param === undefined ? this.model.roles.slice(0, 2).map((r) => ({ role: r.id, seniority: 'mid' as const })) : picks;
    for (let i = 0; i < MAX_PICKS; i++) {
      const pick = this.picks[i];
      this.$<HTMLSelectElement>(`compare-role-${i}`).value = pick?.role ?? '';
      if (pick) this.$<HTMLSelectElement>(`compare-seniority-${i}`).value = pick.seniority;
    }
    this.render();
    const messages = problems.map((p) => this.t(`compare.problem.${p.kind}`, { value: p.value }));
    this.say([...messages, this.summary()].join(' '));
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
    this.render();
    this.say(this.summary());
  }

  private summary(): string {
    return this.picks.length < 2 ? this.t('compare.needTwo') : this.t('compare.showing', { list: this.picks.map((p) => this.pickLabel(p)).join(', ') });
  }

  private async copyLink() {
    writeHash({ roles: picksParam(this.picks) });
    const field = this.$<HTMLInputElement>('compare-link');
    field.value = location.href;
    field.select();
    try {
      await navigator.clipboard.writeText(location.href);
      this.say(this.t('compare.copied'));
    } catch {
      this.say(this.t('compare.linkReady'));
    }
  }

  private render() {
    const { areas, skills, roles, stages } = this.model;
    const areaIds = areas.map((a) => a.id);
    const profiles = this.picks.map((p) => {
      const role = roles.find((r) => r.id === p.role)!;
      const expected = expectedLevels(role.expectations, p.seniority);
      return areaMeans(expected, skills, areaIds, expectedSkills(expected));
    });
    drawRadar(this.$('compare-radar').closest('figure')!, this.picks.map((p, i) => ({ label: this.pickLabel(p), values: areaIds.map((a) => profiles[i]![a] ?? 0) })));

    const areaTable = this.$<HTMLTableElement>('compare-areas');
    this.header(areaTable, this.t('skills.area'), this.picks.map((p) => this.pickLabel(p)));
    for (const row of areaTable.tBodies[0]!.rows) {
      const th = row.cells[0]!;
      row.replaceChildren(th, ...profiles.map((profile) => {
        const value = profile[row.dataset.area!];
        const td = el('td', value === null || value === undefined ? '–' : fmt(value), 'num');
        return td;
      }));
    }

    this.renderDifferences();
    this.renderMeetings(stages, roles);
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

  private renderDifferences() {
    const table = this.$<HTMLTableElement>('compare-diff');
    const expectations = new Map(this.model.roles.map((r) => [r.id, r.expectations]));
    const rows = differences(this.picks, expectations, this.model.skills.map((s) => s.id));
    const differing = rows.filter((r) => r.spread > 0);
    const shown = this.showAll ? differing : differing.slice(0, TOP);
    this.header(table, this.t('compare.skill'), [...this.picks.map((p) => this.pickLabel(p)), this.t('compare.spread')]);
    const body = table.tBodies[0]!;
    body.replaceChildren(...(this.picks.length < 2 ? [] : shown).map((row) => {
      const skill = this.model.skills.find((s) => s.id === row.skill)!;
      const tr = el('tr');
      const th = el('th');
      th.scope = 'row';
      const link = el('a', skill.name);
      link.href = `${this.dataset.skillBase}${skill.id}/`;
      th.append(link);
      tr.append(th);
      for (const level of row.levels) {
        const td = el('td');
        td.append(el('strong', level === 0 ? this.t('compare.notExpected') : `${level} · ${this.t(`level.${level}`)}`));
        if (level > 0) td.append(el('p', skill.levels[level - 1] ?? '', 'descriptor'));
        tr.append(td);
      }
      tr.append(el('td', String(row.spread), 'num'));
      return tr;
    }));
    this.$('compare-same').textContent = this.picks.length < 2 ? '' : this.t('compare.same', { n: rows.length - differing.length });
    const more = this.$<HTMLButtonElement>('compare-more');
    more.hidden = this.picks.length < 2 || differing.length <= TOP;
    more.textContent = this.showAll ? this.t('compare.showFewer', { n: TOP }) : this.t('compare.showAll', { n: differing.length });
    more.setAttribute('aria-expanded', String(this.showAll));
  }

  private renderMeetings(stages: Model['stages'], roles: Model['roles']) {
    const chosen = [...new Set(this.picks.map((p) => p.role))];
    const stageName = (id: string) => stages.find((s) => s.id === id)?.name ?? id;
    const shared = sharedStages(chosen, stages);
    const stageItems = shared.map((s) => el('li', `${stageName(s.stage)}: ${s.parts.map((p) => `${this.roleName(p.role)} (${this.t(p.part === 'owner' ? 'compare.owner' : 'compare.contributor')})`).join(', ')}`));
    this.$('compare-stages').replaceChildren(...(stageItems.length ? stageItems : [el('li', this.t('compare.noSharedStages'))]));

    const collaborators = new Map(roles.map((r) => [r.id, r.collaborators]));
    const items = handOffs(chosen, stages, collaborators).map((h) =>
      el('li', h.fromStage && h.toStage
        ? this.t('compare.handOff', { from: this.roleName(h.from), to: this.roleName(h.to), fromStage: stageName(h.fromStage), toStage: stageName(h.toStage) })
        : this.t('compare.collaborate', { a: this.roleName(h.from), b: this.roleName(h.to) })));
    this.$('compare-handoffs').replaceChildren(...(items.length ? items : [el('li', this.t('compare.noHandOffs'))]));

    const io = this.$<HTMLTableElement>('compare-io').tBodies[0]!;
    io.replaceChildren(...chosen.map((id) => {
      const role = roles.find((r) => r.id === id)!;
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
