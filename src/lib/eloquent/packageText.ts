// The texts eloquent-orm.js prints, in one place. They belong in ./messages.ts (owned by the
// guides, with file and line per text); this module re-exports from there once it exists.
export const invalidConnection = {
  text: (name: string) => `⚠️ Invalid connection "${name}" — falling back to "mysql".`,
};
export const sqlModelOnMongo = {text: () => 'SqlModel cannot use the mongo connection.'};
export const mongoModelOnSql = {
  text: (connection: string) => `MongoModel requires a mongo driver connection. Received: ${connection}`,
};
export const twoDriverFlags = {text: () => 'Choose only one explicit connection flag or use --all-connections.'};
export const allConnectionsSeedPrecheck = {
  text: () => 'All-connections seed precheck failed. Run migrate:run (with optional --test) first, then retry db:seed.',
};
export const cliErrorPrefix = {text: (message: string) => `ERROR: ${message}`};
/** dbSeed.ts:118, printed in red with console.log. */
export const seederNotFound = {text: (className: string) => `Seeder '${className}' not found.`};
