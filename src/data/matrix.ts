/** The skills matrix of the loaded atlas, and its CSV files, for the matrix page and the open-data endpoints. */
import { buildMatrix, longRows, toCsv, wideRows, type CsvLabels, type Matrix, type MatrixShape } from '../domain/matrix/index';
import { useTranslations, type UiKey } from '../i18n/index';
import { SENIORITIES, TEAMS, type Locale } from '../schemas/constants';
import { loadAtlas } from './atlas';

/** The matrix of the whole knowledge base in `locale`. */
export async function loadMatrix(locale: Locale): Promise<Matrix> {
  return buildMatrix(await loadAtlas(), locale);
}

/** Team, seniority and level names and the wide header, in `locale`. */
export function csvLabels(locale: Locale): CsvLabels {
  const t = useTranslations(locale);
  return {
    team: Object.fromEntries(TEAMS.map((team) => [team, t(`team.${team}`)])) as CsvLabels['team'],
    seniority: Object.fromEntries(SENIORITIES.map((s) => [s, t(`seniority.${s}`)])) as CsvLabels['seniority'],
    level: [t('matrix.notExpected'), ...[1, 2, 3, 4, 5].map((n) => t(`level.${n}` as UiKey))],
    wideHeader: [t('matrix.csv.roleId'), t('matrix.csv.role'), t('matrix.csv.team'), t('matrix.csv.seniority')],
  };
}

/** The CSV text (with BOM) of the matrix in `shape` and `locale`. */
export async function matrixCsv(locale: Locale, shape: MatrixShape): Promise<string> {
  const matrix = await loadMatrix(locale);
  const labels = csvLabels(locale);
  return toCsv(shape === 'long' ? longRows(matrix, labels) : wideRows(matrix, labels));
}

/** An HTTP response carrying a CSV text as UTF-8. */
export function csvResponse(csv: string): Response {
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
