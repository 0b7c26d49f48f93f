// The one part of lunr (the search package's engine) that tokenize.ts uses.
declare module 'lunr' {
  const lunr: {stopWordFilter(token: string): string | undefined};
  export default lunr;
}
