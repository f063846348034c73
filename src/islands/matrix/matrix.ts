/**
 * `<atlas-matrix>`: seniority switch, team and area filters, sorting and level descriptors over the
 * server-rendered skills matrix. The table is one keyboard stop: arrow keys move between header and cell
 * buttons (roving tabindex). Every value it shows is already in the DOM (`data-l`, `data-d`); orders and
 * moves come from src/domain/matrix.
 */
import { announcer } from '../../client/announce';
import { islandStrings } from '../../client/strings';
import { isGridKey, moveInGrid } from '../../domain/matrix/grid';
import { decodeLevels } from '../../domain/matrix/model';
import { groupedSortOrder, nextSort, sortOrder, type Sort } from '../../domain/matrix/sort';
import { SENIORITIES, type Seniority } from '../../schemas/constants';

class AtlasMatrix extends HTMLElement {
  private t!: ReturnType<typeof islandStrings>;
  private say!: (message: string) => void;
  private table!: HTMLTableElement;
  /** Role header cells, in the original column order. */
  private roleHeads: HTMLTableCellElement[] = [];
  /** Body rows (skills) with their cells in the original column order. */
  private rows: { tr: HTMLTableRowElement; cells: HTMLTableCellElement[] }[] = [];
  private rowSort: Sort | null = null;
  private columnSort: Sort | null = null;
  private selected: HTMLTableCellElement | null = null;

  connectedCallback() {
    this.t = islandStrings(this);
    this.say = announcer(this.el('matrix-status'));
    this.table = this.el('matrix') as HTMLTableElement;
    this.roleHeads = [...this.table.querySelectorAll<HTMLTableCellElement>('th.role')];
    this.rows = [...this.table.querySelectorAll<HTMLTableRowElement>('tr[data-skill]')].map((tr) => ({
      tr,
      cells: [...tr.querySelectorAll('td')],
    }));
    for (const id of ['matrix-seniority', 'matrix-team', 'matrix-area']) this.el(id).addEventListener('change', () => this.update());
    this.table.addEventListener('click', (e) => this.onClick(e));
    this.table.addEventListener('keydown', (e) => this.onKey(e));
    // The server rendered the default state (mid, every team and area, no sort): redo nothing on load, unless
    // the browser restored other choices in the selects (back/forward navigation).
    const restored = [...this.querySelectorAll('select')].some((s) => s.value !== (s.querySelector<HTMLOptionElement>('option[selected]') ?? s.options[0])!.value);
    if (restored) this.update();
  }

  private el(id: string): HTMLElement {
    return this.querySelector(`#${id}`)!;
  }

  private value(id: string): string {
    return (this.el(id) as HTMLSelectElement).value;
  }

  private get seniority(): Seniority {
    return this.value('matrix-seniority') as Seniority;
  }

  private level(cell: HTMLElement): number {
    return decodeLevels(cell.dataset.l!)[SENIORITIES.indexOf(this.seniority)]!;
  }

  /** Applies seniority, filters and sorts to the table and announces what is shown. */
  private update() {
    // Re-ordering moves nodes, which drops their focus: remember it and give it back.
    const active = this.table.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    const seniorityName = this.t(`seniority.${this.seniority}`);
    this.el('matrix-caption-seniority').textContent = seniorityName;
    const team = this.value('matrix-team');
    const area = this.value('matrix-area');
    const columnHidden = this.roleHeads.map((th) => team !== '' && th.dataset.team !== team);
    this.roleHeads.forEach((th, c) => (th.hidden = columnHidden[c]!));
    for (const th of this.table.querySelectorAll<HTMLElement>('th.team')) th.hidden = team !== '' && th.dataset.team !== team;
    const visibleColumns = columnHidden.filter((h) => !h).length;
    for (const tbody of this.table.tBodies) {
      tbody.hidden = area !== '' && tbody.dataset.area !== area;
      tbody.rows[0]!.cells[0]!.colSpan = 1 + visibleColumns;
    }
    for (const { cells } of this.rows) {
      cells.forEach((td, c) => {
        const level = this.level(td);
        td.className = `lv lv-${level}${td === this.selected ? ' selected' : ''}`;
        td.firstElementChild!.textContent = String(level);
        td.hidden = columnHidden[c]!;
      });
    }
    this.sortRows();
    this.sortColumns();
    if (this.selected) this.show(this.selected);
    if (active && !active.closest('[hidden]')) active.focus();
    const focusable = this.table.querySelector<HTMLElement>('button[tabindex="0"]');
    if (!focusable || focusable.closest('[hidden]')) this.roam(this.grid()[0]!.find((b) => b)!, false);
    const skills = this.rows.filter(({ tr }) => !tr.closest('tbody')!.hidden).length;
    this.say(this.t('shown', { skills, roles: visibleColumns, seniority: seniorityName }));
  }

  /** Orders the skills of every area by the level of the sorting role, or in their original order. */
  private sortRows() {
    const column = this.rowSort ? this.roleHeads.findIndex((th) => th.dataset.role === this.rowSort!.key) : -1;
    for (const tbody of this.table.tBodies) {
      const rows = this.rows.filter(({ tr }) => tr.parentElement === tbody);
      const levels = rows.map(({ cells }) => (column < 0 ? 0 : this.level(cells[column]!)));
      tbody.append(...sortOrder(levels, this.rowSort?.direction ?? null).map((i) => rows[i]!.tr));
    }
    this.roleHeads.forEach((th) => this.mark(th, this.rowSort));
  }

  /** Orders the roles of every team by their level in the sorting skill, or in their original order. */
  private sortColumns() {
    const row = this.rows.find(({ tr }) => tr.dataset.skill === this.columnSort?.key);
    const levels = this.roleHeads.map((_, c) => (row ? this.level(row.cells[c]!) : 0));
    const order = groupedSortOrder(levels, this.roleHeads.map((th) => th.dataset.team!), this.columnSort?.direction ?? null);
    this.roleHeads[0]!.parentElement!.append(...order.map((c) => this.roleHeads[c]!));
    for (const { tr, cells } of this.rows) {
      tr.append(...order.map((c) => cells[c]!));
      this.mark(tr.cells[0]!, this.columnSort, tr.dataset.skill);
    }
  }

  /** Sets `aria-sort` on a header that sorts by `key` (its role or skill id). */
  private mark(th: HTMLTableCellElement, sort: Sort | null, key = th.dataset.role) {
    if (sort && sort.key === key) th.setAttribute('aria-sort', sort.direction);
    else th.removeAttribute('aria-sort');
  }

  private onClick(e: MouseEvent) {
    const button = (e.target as Element).closest('button');
    if (!button) return;
    this.roam(button, false);
    const cell = button.parentElement as HTMLTableCellElement;
    if (cell.tagName === 'TD') {
      this.selected?.classList.remove('selected');
      this.selected = cell;
      cell.classList.add('selected');
      this.show(cell);
    } else if (cell.classList.contains('role')) {
      this.rowSort = nextSort(this.rowSort, cell.dataset.role!);
      this.update();
    } else {
      this.columnSort = nextSort(this.columnSort, (cell.parentElement as HTMLElement).dataset.skill!);
      this.update();
    }
  }

  /** Fills the details panel with the descriptor of the level in `cell`. */
  private show(cell: HTMLTableCellElement) {
    const tr = cell.parentElement as HTMLTableRowElement;
    const role = this.roleHeads.find((th) => th.cellIndex === cell.cellIndex)!;
    const level = this.level(cell);
    const skill = tr.dataset.skill!;
    const name = (el: Element) => el.textContent!.trim();
    this.el('matrix-details-empty').hidden = true;
    this.el('matrix-details-body').hidden = false;
    this.el('matrix-details-title').textContent = this.t('title', {
      role: name(role),
      seniority: this.t(`seniority.${this.seniority}`),
      skill: name(tr.cells[0]!),
    });
    this.el('matrix-details-level').textContent = this.t('level', { n: level, name: this.t(`level.${level}`) });
    this.el('matrix-details-text').textContent = level === 0 ? this.t('none') : (JSON.parse(tr.dataset.d!) as string[])[level - 1]!;
    (this.el('matrix-details-role') as HTMLAnchorElement).href = `${this.dataset.roleBase}${role.dataset.role}/`;
    (this.el('matrix-details-skill') as HTMLAnchorElement).href = `${this.dataset.skillBase}${skill}/${level ? `#level-${level}` : ''}`;
  }

  /** The buttons of the visible table, by row and column (null where a cell has none). */
  private grid(): (HTMLButtonElement | null)[][] {
    return [...this.table.querySelectorAll<HTMLTableRowElement>('tr.roles, tr[data-skill]')]
      .filter((tr) => !tr.closest('[hidden]'))
      .map((tr) => [...tr.cells].filter((c) => !c.hidden).map((c) => c.querySelector('button')));
  }

  private onKey(e: KeyboardEvent) {
    if (!isGridKey(e.key) || !(e.target instanceof HTMLButtonElement)) return;
    const grid = this.grid();
    const row = grid.findIndex((r) => r.includes(e.target as HTMLButtonElement));
    if (row < 0) return;
    e.preventDefault();
    const [r, c] = moveInGrid(grid.map((cells) => cells.map(Boolean)), row, grid[row]!.indexOf(e.target), e.key);
    this.roam(grid[r]![c]!, true);
  }

  /** Makes `button` the table's one tab stop, and focuses it if `focus`. */
  private roam(button: HTMLButtonElement, focus: boolean) {
    for (const b of this.table.querySelectorAll('button[tabindex="0"]')) b.setAttribute('tabindex', '-1');
    button.tabIndex = 0;
    if (focus) button.focus();
  }
}

customElements.define('atlas-matrix', AtlasMatrix);
