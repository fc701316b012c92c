/** Abbreviations are written out once per page, on first use in the main content. */
import { describe, expect, it } from 'vitest';
import { abkuerzungenAuszeichnen } from '../../src/build/abkuerzungen.ts';

const glossar = { OZG: 'Onlinezugangsgesetz', KI: 'Künstliche Intelligenz' };

describe('abbreviations', () => {
  it('marks the first use in <main> only, never in the header, in code, or inside a word', () => {
    const html = '<nav>OZG</nav><main><h1>OZG-Koordination</h1><p>Das OZG und KIRCHE, <code>KI</code>, dann KI.</p></main><footer>OZG</footer>';
    expect(abkuerzungenAuszeichnen(html, glossar)).toBe(
      '<nav>OZG</nav><main><h1><abbr title="Onlinezugangsgesetz">OZG</abbr>-Koordination</h1><p>Das OZG und KIRCHE, <code>KI</code>, dann <abbr title="Künstliche Intelligenz">KI</abbr>.</p></main><footer>OZG</footer>',
    );
  });

  it('leaves a page without <main> or without a glossary unchanged', () => {
    expect(abkuerzungenAuszeichnen('<p>OZG</p>', glossar)).toBe('<p>OZG</p>');
    expect(abkuerzungenAuszeichnen('<main>OZG</main>', {})).toBe('<main>OZG</main>');
  });
});
