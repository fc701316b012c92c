/** A located problem in a content file, as shown to editors. */
export interface Problem {
  severity: 'fehler' | 'warnung';
  /** Path relative to the project (or to the content folder's parent). */
  file: string;
  line: number;
  column: number;
  /** What is wrong, in plain German. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

export const problem = (
  file: string,
  line: number,
  column: number,
  message: string,
  hint?: string,
  severity: Problem['severity'] = 'fehler',
): Problem => ({ severity, file, line, column, message, ...(hint ? { hint } : {}) });
