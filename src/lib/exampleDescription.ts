// What every example says about itself in examples/<name>/handbook.json, read by the examples
// manifest (launcher), the example tests, scripts/ and the benchmark. The rules are
// examples/handbook.schema.json's (tools/exampleDescription.mjs checks them); this module types them.
import {ExampleDescriptionError, parseExampleDescription as parse} from '../../tools/exampleDescription.mjs';
import type schema from '../../examples/handbook.schema.json';

export interface ExampleDescription {
  /** e.g. "NestJS + nestjs-query 9: two TypeORM connections" */
  title: string;
  /** one sentence, shown by the launcher */
  summary: string;
  /** a family id of docusaurus.config.ts */
  family: string;
  /** that family's docs version the example feeds, e.g. "9.x" */
  version: string;
  /** file the StackBlitz launcher opens by default, relative to the example */
  open: string;
  /** "app": the suite starts it (npm start) and talks to it over HTTP; "typecheck": `npm start` only type-checks it */
  runs: 'app' | 'typecheck';
  /** the contract's environment variables: name → what it does */
  env: Record<string, string>;
  checks?: {
    /** path that answers 200 once the app is up */
    health?: string;
    /** GraphQL operations file (regions "create" and "query") that must succeed on a fresh start */
    smoke?: string;
  };
  /** drivers the server pass (scripts/examples-on-servers.mjs) runs its @servers tests on */
  servers?: ('postgres' | 'mariadb' | 'mysql')[];
  /** test files that pin every *_DB_URL to empty (in-memory sql.js): the matrix runs them on its sql.js run only */
  sqljsOnlyTests?: string[];
  /** preset id of src/playground/rules/presets.ts that it feeds */
  playground?: string;
  /** shared suites of tests/examples that also run against it (e.g. "music-secret") */
  suites?: string[];
  /**
   * Node versions the compatibility matrix (npm run matrix) runs its tests on, oldest first, e.g.
   * ["20.19.0", "24"]; its stacks (stacks/<name>/) run on the first. Default: the Node running the matrix.
   */
  node?: string[];
}

type SchemaFields = Exclude<keyof (typeof schema)['properties'], '$schema'>;
// Fails to compile when the interface and the schema name different fields.
export const sameFieldsAsTheSchema: [Exclude<SchemaFields, keyof ExampleDescription>, Exclude<keyof ExampleDescription, SchemaFields>] extends [never, never]
  ? true
  : never = true;

/** An example folder and its parsed description. */
export interface Example {
  /** folder name under examples/ */
  name: string;
  /** absolute path of the folder */
  dir: string;
  description: ExampleDescription;
}

export {ExampleDescriptionError};

/** Parses and checks `text`; throws an ExampleDescriptionError naming `file` and the wrong field. */
export function parseExampleDescription(text: string, file: string): ExampleDescription {
  return parse(text, file);
}
