/** npm run docs: writes CONTRIBUTING.md from the content model. */
import { writeFileSync } from 'node:fs';
import { editorGuide } from '../src/docs/editor-guide.ts';

writeFileSync('CONTRIBUTING.md', editorGuide());
console.log('CONTRIBUTING.md geschrieben.');
