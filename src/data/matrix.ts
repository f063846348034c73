/** The skills matrix of the loaded atlas, and its CSV files, for the matrix page and the open-data endpoints. */
import { buildMatrix, csvChunks, fitsOnePage, longRows, matrixParts, wideRows, type CsvLabels, type Matrix, type MatrixPart, type MatrixShape } from '../domain/matrix/index';
import { useTranslations, type UiKey } from '../i18n/index';
import { SENIORITIES, TEAMS, type Locale } from '../schemas/constants';
import { loadAtlas } from './atlas';

const built = new Map<Locale, Promise<Matrix>>();

/** The matrix of the whole knowledge base in `locale`, built once per build and locale (pages and CSVs share it). */
export function loadMatrix(locale: Locale): Promise<Matrix> {
  let matrix = built.get(locale);
  if (!matrix) {
    matrix = loadAtlas().then((atlas) => buildMatrix(atlas, locale));
    built.set(locale, matrix);
  }
  return matrix;
}

const split = new Map<Locale, Promise<MatrixPart[]>>();

/** The parts of the matrix in `locale` when it is too large for one page, else none; computed once per locale. */
export function loadMatrixParts(locale: Locale): Promise<MatrixPart[]> {
  let parts = split.get(locale);
  if (!parts) {
    parts = loadMatrix(locale).then((matrix) => (fitsOnePage(matrix) ? [] : matrixParts(matrix)));
    split.set(locale, parts);
  }
  return parts;
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

/** The CSV (with BOM) of the matrix in `shape` and `locale`, as chunks of lines: never one giant string. */
export async function matrixCsv(locale: Locale, shape: MatrixShape): Promise<Iterable<string>> {
  const matrix = await loadMatrix(locale);
  const labels = csvLabels(locale);
  return csvChunks(shape === 'long' ? longRows(matrix, labels) : wideRows(matrix, labels));
}

/** An HTTP response streaming CSV chunks as UTF-8 (Astro collects the bytes, not a string). */
export function csvResponse(chunks: Iterable<string>): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
