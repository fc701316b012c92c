/** Citations as a funding applicant pastes them: never "keine Angabe", the current Fassung, valid BibTeX and CSL-JSON. */
import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/data/model.ts';
import { zitat } from '../../src/data/zitat.ts';

const site = (herausgeber: string) => ({ einstellungen: { titel: 'Teststrategie 1.0', motto: 'Gemeinsam & 100 % testen', herausgeber } }) as unknown as SiteContent;
const abs = (p: string) => new URL(p, 'https://strategie.example.invalid').href;
const seite = { titel: 'Projekt_A {Test}', schluessel: 'projekt-a', pfad: '/projekte/projekt-a/' };

describe('a citation', () => {
  it('points at the current Fassung with its date, and leaves an unknown publisher out', () => {
    const z = zitat(site('keine Angabe'), { ...seite, aenderungen: [{ datum: '2024-03-01', notiz: 'Status aktualisiert.', fassung: '/projekte/projekt-a/fassung/2024-03-01/' }] }, abs);
    expect(z.text).toBe('Projekt_A {Test}. In: Teststrategie 1.0 – Gemeinsam & 100 % testen. https://strategie.example.invalid/projekte/projekt-a/fassung/2024-03-01/ (Stand: 1. März 2024). Abgerufen am: …');
    expect(`${z.text}${z.bibtex}${z.csl}`).not.toMatch(/keine Angabe/);
  });

  it('names a known publisher, and without history cites the page itself without a Stand', () => {
    const z = zitat(site('Kreis Test, Der Landrat'), { ...seite, aenderungen: [] }, abs);
    expect(z.text).toBe('Projekt_A {Test}. In: Teststrategie 1.0 – Gemeinsam & 100 % testen. Herausgeber: Kreis Test, Der Landrat. https://strategie.example.invalid/projekte/projekt-a/. Abgerufen am: …');
  });

  it('escapes BibTeX and writes CSL-JSON that parses', () => {
    const z = zitat(site('Kreis Test'), { ...seite, aenderungen: [{ datum: '2024-03-01', notiz: 'x' }] }, abs);
    expect(z.bibtex).toContain('title = {Projekt\\_A \\{Test\\}},');
    expect(z.bibtex).toContain('note = {In: Teststrategie 1.0 – Gemeinsam \\& 100 \\% testen. Stand: 2024-03-01. Abgerufen am: …},');
    expect(z.bibtex).toContain('author = {{Kreis Test}},');
    const [csl] = JSON.parse(z.csl);
    expect(csl).toMatchObject({ id: 'projekt-a', type: 'webpage', title: 'Projekt_A {Test}', publisher: 'Kreis Test', URL: 'https://strategie.example.invalid/projekte/projekt-a/', issued: { 'date-parts': [[2024, 3, 1]] } });
  });
});
