// `import text from './file?raw'`: the file's text (src/plugins/raw-imports).
declare module '*?raw' {
  const text: string;
  export default text;
}

// Folder of sql.js and the playground worker under the site's base URL (src/playground/plugin.ts).
declare const __SQLJS_ASSETS_DIR__: string;
