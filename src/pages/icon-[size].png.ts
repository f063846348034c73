/** `/icon-192.png`, `/icon-512.png`: the site icon for the web app manifest, drawn from favicon.svg at build time. */
import type { APIRoute } from 'astro';
import favicon from '../../public/favicon.svg?raw';
import { ICON_SIZES } from '../domain/preview';
import { pngResponse, renderIcon } from '../preview/card';

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = ({ params }) => pngResponse(renderIcon(favicon, Number(params.size)));
