import {test, expect} from '@playwright/test';
import {deployment, LOCAL_SITE_URL, parseSiteUrl, repositoryWebUrl} from '../../tools/deployment.mjs';

// Where the site is deployed and where its source lives: one variable for the site's address
// (SITE_URL), the repository from REPOSITORY_URL, GitHub Actions or package.json.

test('without SITE_URL the site is built for `docusaurus serve` on this machine', () => {
  const local = deployment({});
  expect(LOCAL_SITE_URL).toBe('http://localhost:3000/');
  expect({url: local.url, baseUrl: local.baseUrl}).toEqual({url: 'http://localhost:3000', baseUrl: '/'});
});

test("SITE_URL gives Docusaurus's url and baseUrl, with or without the trailing slash", () => {
  expect(parseSiteUrl('https://octo.github.io/multi-db-handbook/')).toEqual({url: 'https://octo.github.io', baseUrl: '/multi-db-handbook/'});
  expect(parseSiteUrl('https://octo.github.io/multi-db-handbook')).toEqual({url: 'https://octo.github.io', baseUrl: '/multi-db-handbook/'});
  expect(parseSiteUrl('https://handbook.example.org')).toEqual({url: 'https://handbook.example.org', baseUrl: '/'});
  expect(deployment({SITE_URL: 'https://docs.example.org/a/b/', REPOSITORY_URL: 'https://git.example.org/o/r'})).toMatchObject({
    url: 'https://docs.example.org',
    baseUrl: '/a/b/',
  });
});

test('a SITE_URL that is not a web address fails, naming the variable', () => {
  expect(() => parseSiteUrl('octo.github.io/handbook')).toThrow(/^SITE_URL="octo\.github\.io\/handbook" is not a URL/);
  expect(() => parseSiteUrl('ftp://octo.example/')).toThrow(/^SITE_URL="ftp:\/\/octo\.example\/" must start with https:\/\//);
  expect(() => parseSiteUrl('https://octo.github.io/h/?x=1')).toThrow(/must be an origin and a path only/);
});

test('in GitHub Actions the repository and branch are the ones being built', () => {
  const built = deployment({
    SITE_URL: 'https://octo.github.io/multi-db-handbook/',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/multi-db-handbook',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_REF_NAME: 'trunk',
  });
  expect(built).toMatchObject({
    repository: 'https://github.com/octo/multi-db-handbook',
    branch: 'trunk',
    editUrl: 'https://github.com/octo/multi-db-handbook/edit/trunk/',
    examplesUrl: 'https://github.com/octo/multi-db-handbook/tree/trunk/examples',
  });
  // A run that is not a branch push (a manual run of a tag, say) edits main.
  expect(
    deployment({GITHUB_REPOSITORY: 'octo/multi-db-handbook', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1'}).branch,
  ).toBe('main');
});

test('REPOSITORY_URL and REPOSITORY_BRANCH win over GitHub Actions; package.json is the default', () => {
  const env = {GITHUB_REPOSITORY: 'octo/fork', REPOSITORY_URL: 'git@gitlab.example.org:team/handbook.git', REPOSITORY_BRANCH: 'docs'};
  expect(deployment(env)).toMatchObject({
    repository: 'https://gitlab.example.org/team/handbook',
    editUrl: 'https://gitlab.example.org/team/handbook/edit/docs/',
  });
  expect(deployment({}).repository).toBe('https://github.com/multi-db-handbook/multi-db-handbook');
});

test("repository URLs in npm's and git's spellings become the repository's web page", () => {
  expect(repositoryWebUrl('git+https://github.com/octo/handbook.git', 'x')).toBe('https://github.com/octo/handbook');
  expect(repositoryWebUrl('ssh://git@github.com/octo/handbook.git', 'x')).toBe('https://github.com/octo/handbook');
  expect(repositoryWebUrl('https://github.com/octo/handbook/', 'x')).toBe('https://github.com/octo/handbook');
  expect(() => repositoryWebUrl('https://github.com/octo', 'REPOSITORY_URL')).toThrow(/^REPOSITORY_URL="https:\/\/github\.com\/octo" is not a repository URL/);
});
