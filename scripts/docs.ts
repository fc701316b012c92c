/** npm run docs: writes the field reference for editors from the content model. */
import { writeFileSync } from 'node:fs';
import { FELDREFERENZ, fieldReference } from '../src/docs/field-reference-page.ts';

writeFileSync(FELDREFERENZ, fieldReference());
console.log(`${FELDREFERENZ} geschrieben.`);
