/** Worker thread for validateContentParallel: checks chunks of the files until none is left. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkClaimedChunks, type ContentFile } from './validate-content.ts';

const { files, ids, next } = workerData as { files: ContentFile[]; ids: [string, string[]][]; next: SharedArrayBuffer };
const chunks = checkClaimedChunks(files, new Map(ids.map(([c, list]) => [c, new Set(list)])), new Int32Array(next));
// Send back only what the checks across files need (aliases, publisher facts): copying every text costs more than it saves.
const needsSource = (e: (typeof chunks)[number]['entries'][number]) => Array.isArray(e.data.alias) || e.collection === 'einstellungen' || e.collection === 'seiten';
parentPort!.postMessage(
  chunks.map((c) => ({ ...c, entries: c.entries.map((e) => (needsSource(e) ? e : { ...e, data: {}, source: { ...e.source, yamlText: '', body: '' } })) })),
);
