import type { APIRoute } from 'astro';
import { collectionNames, type CollectionName } from '../../schemas/index.ts';
import { jsonSchemaOf } from '../../schemas/json-schema.ts';

export function getStaticPaths() {
  return collectionNames.map((sammlung) => ({ params: { sammlung } }));
}

export const GET: APIRoute = ({ params, site, url }) => {
  const id = site ? new URL(url.pathname, site).href : undefined;
  const schema = jsonSchemaOf(params.sammlung as CollectionName, id);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
};
