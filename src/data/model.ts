/** The whole content as plain data: what the data layer hands to pages and components. */
import type { CollectionName, EntryData } from '../schemas/index.ts';
import type { Aenderungsnotiz } from './history.ts';
import type { Fassung } from './fassungen.ts';

export interface Entry<C extends CollectionName> {
  id: string;
  data: EntryData<C>;
  /** Rendered Markdown body, citations resolved to links. */
  html: string;
  /** Source file relative to the content folder. */
  file: string;
  /** Public change list, newest first: the editors' change notes and the first publication. */
  aenderungen: Aenderungsnotiz[];
}

export type Projekt = Entry<'projekte'>;
export type Themenfeld = Entry<'themenfelder'>;
export type Kommune = Entry<'kommunen'>;
export type Quelle = Entry<'quellen'>;
export type ChronikEintrag = Entry<'chronik'>;
export type Ziel = Entry<'ziele'>;
export type Seite = Entry<'seiten'>;

export interface SiteContent {
  einstellungen: EntryData<'einstellungen'>;
  leitbild: Entry<'leitbild'>;
  ziele: Ziel[];
  themenfelder: Themenfeld[];
  projekte: Projekt[];
  kommunen: Kommune[];
  chronik: ChronikEintrag[];
  quellen: Quelle[];
  seiten: Seite[];
  historie: { verfuegbar: boolean; unvollstaendig: boolean };
  /** Frozen versions of the pages of projects, Kommunen and Themenfelder (empty without full git history). */
  fassungen: Fassung[];
}
