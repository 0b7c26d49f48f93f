// Troubleshooting messages as readers paste them: the same error from their own app (their class,
// token, connection, table and tenant names, host and port), through Nest's logger or another
// prefix, with colours, with a stack line around it, and as PostgreSQL, MariaDB or TypeORM's full
// text words it. Each variant keeps what the library wrote and changes what the reader chose.
import fs from 'node:fs';
import path from 'node:path';
import {plainHeading, troubleshootingEntries} from '../../../src/plugins/agent-skills/troubleshooting';
import type {SearchLine} from '../../../src/plugins/error-message-search/searchLines';

export interface Entry {
  line: SearchLine;
  page: string;
  heading: string;
  anchor: string;
  message: string;
}

export interface Variant {
  kind: string;
  text: string;
}

/** Every troubleshooting entry of every line, with the message its page quotes (its twin). */
export function entriesOf(lines: SearchLine[], buildDir = 'build'): Entry[] {
  return lines.flatMap((line) =>
    line.pages.flatMap((page) => {
      if (!page.entries?.length) return [];
      const twin = fs.readFileSync(path.join(buildDir, page.twin), 'utf8');
      return troubleshootingEntries(twin).map((entry) => {
        const heading = plainHeading(entry.heading);
        const anchor = page.entries?.find((e) => e.heading === heading)?.anchor;
        if (!anchor) throw new Error(`${page.path}: skills/index.json has no anchor for "${heading}"`);
        return {line, page: page.path, heading, anchor, message: entry.message};
      });
    }),
  );
}

// The example's names → a reader's. Applied to names only: quoted, in parentheses, or shaped
// like an identifier; the library's own words ("no secret was written" is the example's text) stay.
const NAMES: [RegExp, string][] = [
  [/Secret/g, 'Invoice'],
  [/secret/g, 'billing'],
  [/Music/g, 'Catalog'],
  [/music/g, 'catalog'],
  [/Artist/g, 'Customer'],
  [/ReceivedMessage/g, 'InboundEvent'],
  [/CHECKED_CONNECTIONS/g, 'PROBED_DATABASES'],
  [/DatabaseOptions/g, 'OrmConfigService'],
  [/missing_table/g, 'invoice_lines'],
  [/acme/g, 'initech'],
  [/globex/g, 'umbrella'],
  [/^nope$/g, 'hooli'],
  [/^down$/g, 'vandelay'],
  [/^ten$/g, '12.5'],
  [/^x$/g, 'lots'],
  [/^value$/g, 'amount'],
  [/^String!$/g, 'Float!'],
  [/^mysql,pg$/g, 'postgres'],
  [/\d{13}/g, '1790000000000'],
];

// Values the reader's setup chose, wherever they are.
const VALUES: [RegExp, string][] = [
  [/127\.0\.0\.1:3306/g, 'db.internal:3307'],
  [/\b999999\b/g, '4242'],
  [/\ball 1 stayed in use for 100 ms/g, 'all 4 stayed in use for 250 ms'],
  [/Received: mysql/g, 'Received: pg'],
];

/** The message as the reader's own app prints it. */
export function withReaderNames(message: string): string {
  const rename = (name: string) => NAMES.reduce((text, [pattern, to]) => text.replace(pattern, to), name);
  const named = message
    .replace(/"([^"]*)"|(?<!\w)'([^'\s][^']*)'(?!\w)/g, (quoted, double?: string, single?: string) =>
      double !== undefined ? `"${rename(double)}"` : `'${rename(single ?? '')}'`,
    )
    .replace(/\((\w+)\)/g, (_, inner: string) => `(${rename(inner)})`)
    .replace(/\b[\w$]*(?:[a-z][A-Z]|_)[\w$]*\b/g, (word) => rename(word));
  return VALUES.reduce((text, [pattern, to]) => text.replace(pattern, to), named);
}

// How the databases and TypeORM word the same failure where the page quotes another wording.
const REWORDINGS: [RegExp, (message: string) => string[]][] = [
  [
    /no such table: (\w+)/,
    (message) => [
      message
        .replace(/no such table: (\w+)/g, 'relation "$1" does not exist')
        .replace('Error during migration run:', 'query: ROLLBACK Error during migration run:'),
      message.replace(/no such table: (\w+)/g, "Table 'billing.$1' doesn't exist"),
    ],
  ],
  [
    /^No changes in database schema were found - cannot generate a migration\.$/,
    (message) => [`${message} To create a new empty migration use "typeorm migration:create" command`],
  ],
];

const STACK = 'at Injector.lookupComponentInParentModules (/home/dev/billing-api/node_modules/@nestjs/core/injector/injector.js:262:19)';

/** Every variant of `entry`'s message a reader might paste, the verbatim one first. */
export function variantsOf(entry: Entry): Variant[] {
  const nest = entry.line.id.startsWith('nestjs-query');
  const own = withReaderNames(entry.message);
  const reworded = REWORDINGS.flatMap(([pattern, reword]) => (pattern.test(entry.message) ? reword(withReaderNames(entry.message)) : []));
  const logged = nest ? `[Nest] 48213  - 12/05/2026, 9:14:02 AM   ERROR [ExceptionHandler] ${own} +3ms` : `2026-12-05T09:14:02.511Z ${own}`;
  return [
    {kind: 'verbatim', text: entry.message},
    {kind: 'reader names', text: own},
    {kind: 'logger prefix, colours', text: `\u001b[31m${logged}\u001b[39m`},
    {kind: 'stack lines', text: `${STACK} ${own} ${STACK}`},
    ...reworded.map((text) => ({kind: 'reworded', text})),
  ];
}
