/** Worker thread for validateContentParallel: checks its share of the files. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles, type ContentFile } from './validate-content.ts';

const { files, ids } = workerData as { files: ContentFile[]; ids: [string, string[]][] };
const result = checkFiles(files, new Map(ids.map(([c, list]) => [c, new Set(list)])));
// Send back only what the checks across files need (aliases, publisher facts): copying every text costs more than it saves.
const needsSource = (e: (typeof result.entries)[number]) => Array.isArray(e.data.alias) || e.collection === 'einstellungen' || e.collection === 'seiten';
parentPort!.postMessage({
  problems: result.problems,
  entries: result.entries.map((e) => (needsSource(e) ? e : { ...e, data: {}, source: { ...e.source, yamlText: '', body: '' } })),
});
