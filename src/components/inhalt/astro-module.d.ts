/** For tsc: .astro components imported from TypeScript (index.ts) are opaque components. */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
