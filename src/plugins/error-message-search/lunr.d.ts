// The part of lunr (the search package's engine) that tokenize.ts and the tests use.
declare module 'lunr' {
  const lunr: {stopWordFilter(token: string): string | undefined; Index: {load(serialized: unknown): unknown}};
  export default lunr;
}
