/**
 * The path the site is served under: "/" or e.g. "/strategie/" (BASE_PATH, else the path GitHub Pages
 * reports in the publish workflow, PAGES_BASE_PATH), always with slashes at both ends.
 */
export function basePath(): string {
  const raw = process.env.BASE_PATH || process.env.PAGES_BASE_PATH || '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
