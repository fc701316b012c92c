/** The path the site is served under: "/" or e.g. "/strategie/" (BASE_PATH), always with slashes at both ends. */
export function basePath(): string {
  const raw = process.env.BASE_PATH || '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
