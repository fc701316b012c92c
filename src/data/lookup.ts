/**
 * Indexes over the content, built once per SiteContent: lookups by id and the
 * project lists per Themenfeld, Kommune, tier and status. Views read these
 * instead of scanning all projects, so that a page costs the same whether the
 * strategy has 15 projects or 10,000 (no per-page work linear in N).
 */
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { prioritaet, type Prioritaet } from '../schemas/vocab.ts';
import type { Kommune, Projekt, Quelle, SiteContent, Themenfeld } from './model.ts';

export const byTitle = new Intl.Collator('de').compare;

/** Projects of the strategy: a Steckbrief, or a link to the strategy documented in the sources. Only these count for priorities. */
export const istStrategieprojekt = (p: Projekt): boolean => p.data.bezug === 'steckbrief' || p.data.bezug === 'belegt';

export type Beteiligung = Projekt['data']['beteiligte'][number];

/** A project with one Kommune's part in it. */
export interface ProjektBeteiligung {
  projekt: Projekt;
  beteiligung: Beteiligung;
}

export interface SiteIndex {
  themenfeld: Map<string, Themenfeld>;
  kommune: Map<string, Kommune>;
  quelle: Map<string, Quelle>;
  /** Strategy projects by tier (unknown last), then title; then the other projects by title. */
  projekte: Projekt[];
  /** How many of `projekte` are strategy projects (they come first). */
  strategieAnzahl: number;
  /** Each of the lists below keeps the order of `projekte`. */
  nachThemenfeld: Map<string, Projekt[]>;
  nachKommune: Map<string, ProjektBeteiligung[]>;
  nachPrioritaet: Map<Prioritaet, Projekt[]>;
  nachStatus: Map<string, Projekt[]>;
  /** The Kreis first, then towns and municipalities alphabetically. */
  kommunen: Kommune[];
}

/** Sort key of a tier: I, II, III, then unknown. */
export const TIER_ORDER = (p: Prioritaet | undefined) => (p ? prioritaet.values.indexOf(p) : prioritaet.values.length);

const derived = new WeakMap<SiteContent, Map<unknown, unknown>>();

/**
 * A value derived from the whole content, computed once per SiteContent. The key is `compute` itself
 * (pass a module-level function, not an inline one) unless `schluessel` names the value.
 */
export function einmalJeSite<T>(site: SiteContent, compute: (site: SiteContent) => T, schluessel: unknown = compute): T {
  let values = derived.get(site);
  if (!values) derived.set(site, (values = new Map()));
  if (!values.has(schluessel)) values.set(schluessel, compute(site));
  return values.get(schluessel) as T;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function indexVon(site: SiteContent): SiteIndex {
  return einmalJeSite(site, baueIndex);
}

function baueIndex(site: SiteContent): SiteIndex {
  const themenfeld = new Map(site.themenfelder.map((t) => [t.id, t]));
  const tierOf = (p: Projekt) => (p.data.themenfeld === KEINE_ANGABE ? undefined : themenfeld.get(p.data.themenfeld)?.data.prioritaet);
  const projekte = site.projekte
    .map((p) => ({ p, gruppe: istStrategieprojekt(p) ? 0 : 1, tier: istStrategieprojekt(p) ? TIER_ORDER(tierOf(p)) : 0 }))
    .sort((a, b) => a.gruppe - b.gruppe || a.tier - b.tier || byTitle(a.p.data.titel, b.p.data.titel))
    .map((x) => x.p);
  const index: SiteIndex = {
    themenfeld,
    kommune: new Map(site.kommunen.map((k) => [k.id, k])),
    quelle: new Map(site.quellen.map((q) => [q.id, q])),
    projekte,
    strategieAnzahl: projekte.filter(istStrategieprojekt).length,
    nachThemenfeld: new Map(),
    nachKommune: new Map(),
    nachPrioritaet: new Map(),
    nachStatus: new Map(),
    kommunen: [...site.kommunen].sort((a, b) => Number(b.data.art === 'kreis') - Number(a.data.art === 'kreis') || byTitle(a.data.name, b.data.name)),
  };
  for (const p of projekte) {
    for (const t of new Set([p.data.themenfeld, ...(p.data.weitere_themenfelder ?? [])])) if (t !== KEINE_ANGABE) push(index.nachThemenfeld, t, p);
    const seen = new Set<string>();
    for (const b of p.data.beteiligte) {
      if (seen.has(b.kommune)) continue;
      seen.add(b.kommune);
      push(index.nachKommune, b.kommune, { projekt: p, beteiligung: b });
    }
    const tier = tierOf(p);
    if (tier && istStrategieprojekt(p)) push(index.nachPrioritaet, tier, p);
    push(index.nachStatus, p.data.status.wert, p);
  }
  return index;
}
