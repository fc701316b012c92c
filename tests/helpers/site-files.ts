/** Reading a built site, for tests: the same helpers the site checks of the build use. */
export { htmlFiles, linksIn, resolvesInSite, sitePathOf, type Link } from '../../src/build/built-site.ts';
