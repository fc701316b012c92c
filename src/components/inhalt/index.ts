/** The Astro components behind INHALT_KOMPONENTEN, handed to every .mdx text when it is rendered. */
import type { InhaltKomponentenName } from './komponenten.ts';
import Hinweis from './Hinweis.astro';
import Kennzahl from './Kennzahl.astro';
import Zitat from './Zitat.astro';

export const INHALT_ASTRO_KOMPONENTEN: Record<InhaltKomponentenName, unknown> = { Hinweis, Kennzahl, Zitat };
