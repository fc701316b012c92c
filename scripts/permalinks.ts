/** npm run permalinks [-- --outDir DIR]: records the URLs of the current build in <content>/permalinks.txt. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { mergedPermalinks, PERMALINKS_FILE, publishedUrls, readPermalinks } from '../src/build/permalinks.ts';
import { contentDir } from '../src/config/content-dir.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1]! : 'dist');
const recorded = readPermalinks(contentDir());
const current = publishedUrls(outDir);
const added = current.filter((url) => !recorded.includes(url));
writeFileSync(path.join(contentDir(), PERMALINKS_FILE), mergedPermalinks(recorded, current));
console.log(`${PERMALINKS_FILE}: ${recorded.length + added.length} Adressen, ${added.length} neu.${added.length ? `\n  ${added.join('\n  ')}` : ''}`);
