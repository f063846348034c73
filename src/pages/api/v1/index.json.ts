/** `/api/v1/index.json`: every data file and every JSON Schema of the API. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../data/atlas';
import { buildIndex } from '../../../domain/open-data';
import { matrixCounts, matrixFiles } from '../../../domain/matrix/files';
import { KIND_NAMES, type Kind } from '../../../schemas/index';

export const GET: APIRoute = async () => {
  const atlas = await loadAtlas();
  const counts = Object.fromEntries(KIND_NAMES.map((kind) => [kind, atlas[kind].length])) as Record<Kind, number>;
  const files = matrixFiles(import.meta.env.BASE_URL, matrixCounts(atlas.roles));
  return new Response(JSON.stringify(buildIndex(import.meta.env.BASE_URL, counts, files), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
