import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  projekte: defineCollection({
    loader: glob({ pattern: '[^_]*.md', base: path.join(process.env.CONTENT_DIR ?? '.', 'projekte') }),
    schema: z.looseObject({ titel: z.string() }),
  }),
};
