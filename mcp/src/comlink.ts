// The site's search worker exposes itself to the page through Comlink; here it runs in-process,
// so there is nothing to expose it to.
export function expose(): void {}
