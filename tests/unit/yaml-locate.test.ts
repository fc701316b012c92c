import { describe, expect, it } from 'vitest';
import { locate } from '../../src/validation/yaml-locate.ts';

const YAML = [
  'titel: Beispiel', //                1
  'status:', //                        2
  '  wert: laufend', //                3
  '  quellen: [a, b]', //              4
  'beteiligte:', //                    5
  '  - kommune: a', //                 6
  '    rolle: beteiligt', //           7
  '  - kommune: b', //                 8
  '    # Kommentar', //                9
  '    rolle: federfuehrend', //       10
  'quellen:', //                       11
  '- x', //                            12
  '- y', //                            13
].join('\n');

describe('locate: line of a value from its path', () => {
  it.each([
    [['titel'], 1, 1],
    [['status', 'wert'], 3, 3],
    [['beteiligte', 0], 6, 5],
    [['beteiligte', 1, 'kommune'], 8, 5],
    [['beteiligte', 1, 'rolle'], 10, 5],
    [['beteiligte', 0, 'rolle'], 7, 5],
    [['quellen', 1], 13, 3],
  ] as const)('%j → line %i, column %i', (path, line, column) => {
    expect(locate(YAML, path)).toEqual({ line, column });
  });

  it('answers the parent for a missing field and the key for flow-style lists', () => {
    expect(locate(YAML, ['status', 'stand'])).toEqual({ line: 2, column: 1 });
    expect(locate(YAML, ['status', 'quellen', 1])).toEqual({ line: 4, column: 3 });
  });

  it('does not confuse a field of an earlier list item with the one asked for', () => {
    expect(locate(YAML, ['beteiligte', 1, 'status'])).toEqual({ line: 8, column: 5 });
  });
});
