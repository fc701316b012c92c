/** Worker thread of the preview-image pool (og-image.ts): draws one image per message. */
import { parentPort } from 'node:worker_threads';
import { drawPng } from './og-draw.ts';
import type { OgBild } from './og-image.ts';

parentPort!.on('message', (bild: OgBild) => {
  drawPng(bild).then(
    (png) => parentPort!.postMessage({ png }),
    (error: Error) => parentPort!.postMessage({ fehler: error.message }),
  );
});
