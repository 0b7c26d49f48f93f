// @ts-check
// Where the site is deployed and where its source lives: the one place docusaurus.config.ts, the
// examples manifest and the tests read the site's URL, base path and repository from.
//
// SITE_URL is the address the site is served at (`https://octo.github.io/multi-db-handbook/`); the
// GitHub Pages workflow sets it from actions/configure-pages. Without it the site is built for
// `docusaurus serve` on this machine. The repository is REPOSITORY_URL, else the one GitHub Actions
// builds (GITHUB_SERVER_URL/GITHUB_REPOSITORY), else package.json's `repository`.
import fs from 'node:fs';
import path from 'node:path';
import {root} from './paths.mjs';

/** Where `docusaurus serve` and `docusaurus start` listen by default. */
export const LOCAL_SITE_URL = 'http://localhost:3000/';

/**
 * @typedef {object} Deployment
 * @property {string} url the site's origin, Docusaurus's `url` (`https://octo.github.io`)
 * @property {string} baseUrl the path the site is served under, Docusaurus's `baseUrl` (`/multi-db-handbook/`)
 * @property {string} repository the repository's web address (`https://github.com/octo/multi-db-handbook`)
 * @property {string} branch the branch pages are edited on and examples are browsed in
 * @property {string} editUrl base of the "Edit this page" links: the docs plugins append `<docs folder>/<file>`
 * @property {string} examplesUrl the examples/ folder in the repository, as a web page
 */

/** @param {string} name @param {string} value @param {string} why */
function fail(name, value, why) {
  return new Error(`${name}=${JSON.stringify(value)} ${why}`);
}

/**
 * The site's address split as Docusaurus wants it.
 * @param {string} value
 * @returns {{url: string, baseUrl: string}}
 */
export function parseSiteUrl(value) {
  let parsed;
  try {
    parsed = new URL(value);
  } catch {
    throw fail('SITE_URL', value, 'is not a URL: give the address the site is served at, e.g. https://octo.github.io/multi-db-handbook/');
  }
  if (!/^https?:$/.test(parsed.protocol)) throw fail('SITE_URL', value, 'must start with https:// (or http://)');
  if (parsed.search || parsed.hash || parsed.username || parsed.password) throw fail('SITE_URL', value, 'must be an origin and a path only');
  return {url: parsed.origin, baseUrl: parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`};
}

/**
 * A repository's web address: `git+https://…/x.git`, `git@host:owner/x.git` or `https://host/owner/x`.
 * @param {string} value
 * @param {string} from the variable or field it came from, for the error message
 */
export function repositoryWebUrl(value, from) {
  const scp = /^(?:git@|ssh:\/\/git@)([^:/]+)[:/](.+)$/.exec(value);
  const https = scp ? `https://${scp[1]}/${scp[2]}` : value.replace(/^git\+/, '');
  let parsed;
  try {
    parsed = new URL(https);
  } catch {
    throw fail(from, value, 'is not a repository URL, e.g. https://github.com/octo/multi-db-handbook');
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.pathname.split('/').filter(Boolean).length < 2) {
    throw fail(from, value, 'is not a repository URL, e.g. https://github.com/octo/multi-db-handbook');
  }
  return `${parsed.origin}${parsed.pathname.replace(/\.git$/, '').replace(/\/+$/, '')}`;
}

/** package.json's `repository`, as npm reads it (a string or `{url}`). */
function packageRepository() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!repository) throw new Error('package.json has no "repository": set it, or REPOSITORY_URL, to where the handbook is published');
  return repository;
}

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {Deployment}
 */
export function deployment(env = process.env) {
  const {url, baseUrl} = parseSiteUrl(env.SITE_URL || LOCAL_SITE_URL);
  const fromActions = env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}` : undefined;
  const repository = env.REPOSITORY_URL
    ? repositoryWebUrl(env.REPOSITORY_URL, 'REPOSITORY_URL')
    : fromActions
      ? repositoryWebUrl(fromActions, 'GITHUB_REPOSITORY')
      : repositoryWebUrl(packageRepository(), 'package.json "repository"');
  // A push to a branch edits that branch; anything else (a tag, a manual run elsewhere) edits main.
  const pushedBranch = env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined;
  const branch = env.REPOSITORY_BRANCH || pushedBranch || 'main';
  return {
    url,
    baseUrl,
    repository,
    branch,
    editUrl: `${repository}/edit/${branch}/`,
    examplesUrl: `${repository}/tree/${branch}/examples`,
  };
}
