// @ts-check
// The guide families: one docs plugin instance each, versioned on its own, and their guide lines
// (docs versions). docusaurus.config.ts, the home page, the tests, scripts/ and the benchmark read
// this table instead of restating families, versions or routes.

/**
 * @typedef {object} GuideLine
 * @property {string} name Docusaurus's version name: "current", or a name listed in <family>_versions.json
 * @property {string} version what examples call the line in handbook.json's "version" (the name, but for the current line)
 * @property {string} path route segment after /<family>/ ("" for the current line)
 * @property {string} library the library and its release line, e.g. "nestjs-query 9.x"
 * @property {string} [example] the example whose lockfile names the line's stack (NestJS, TypeORM) in its label
 * @property {boolean} [unmaintained] the library line is no longer maintained upstream
 */

/**
 * @typedef {object} Family
 * @property {string} id docs plugin id, docs/<id> folder and route /<id>/
 * @property {string} label what the navbar and llms.txt call it
 * @property {string} title what the home page calls it
 * @property {string} summary what the home page says its guides are for
 * @property {string} sidebarId
 * @property {GuideLine[]} lines newest line first
 */

/** @type {Family[]} */
export const families = [
  {
    id: 'nestjs-query',
    label: 'NestJS + nestjs-query',
    title: 'NestJS + nestjs-query + TypeORM',
    summary:
      'Keep some entities in a second database: named TypeORM connections, feature modules that name their connection, GraphQL on top. Runs on sql.js, PostgreSQL and MariaDB.',
    sidebarId: 'nestjsQuery',
    lines: [
      {name: 'current', version: '9.x', path: '', library: 'nestjs-query 9.x', example: 'nestjs-multi-db'},
      {name: '9.x-nest11', version: '9.x-nest11', path: 'nestjs-11', library: 'nestjs-query 9.x', example: 'nestjs-multi-db-nest11'},
      {name: '0.30.x', version: '0.30.x', path: '0.30', library: 'nestjs-query 0.30.x', example: 'nestjs-multi-db-legacy', unmaintained: true},
    ],
  },
  {
    id: 'eloquent',
    label: 'eloquent-orm.js',
    title: 'eloquent-orm.js',
    summary:
      'One default selector, one test selector, and models that pin their own connection: how the package picks a connection, and how to run SQL and Mongo side by side.',
    sidebarId: 'eloquent',
    lines: [
      {name: 'current', version: '1.1.x', path: '', library: 'eloquent-orm.js 1.1.x'},
      {name: '1.0.x', version: '1.0.x', path: '1.0', library: 'eloquent-orm.js 1.0.x', unmaintained: true},
    ],
  },
];

/**
 * The route of a line's pages, e.g. "/nestjs-query/nestjs-11/".
 * @param {Family} family
 * @param {GuideLine} line
 */
export function lineRoute(family, line) {
  return `/${family.id}/${line.path ? `${line.path}/` : ''}`;
}
