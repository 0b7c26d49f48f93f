// Where an example's files are served: read by the manifest plugin, the launcher and the twins.

/** The zip of an example, relative to the site's base URL. */
export const downloadPath = (name: string): string => `downloads/${name}.zip`;
