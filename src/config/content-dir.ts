/** The content folder: `content/`, or the folder named by the CONTENT_DIR environment variable (fixtures, corpora). */
import path from 'node:path';

export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}
