import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {nearestPage, type Line} from '../../src/lib/nearestPage';
import {families, lineRoute} from '../../tools/families.mjs';

// Where the version menu sends a reader whose page the chosen line lacks (src/lib/nearestPage.ts).

/** A line as the docs plugin's client data gives it, from its folder of pages (ids = file names). */
function lineOf(familyId: string, name: string): Line {
  const family = families.find(({id}) => id === familyId)!;
  const line = family.lines.find((l) => l.name === name)!;
  const dir = name === 'current' ? path.join('docs', familyId) : path.join(`${familyId}_versioned_docs`, `version-${name}`);
  const route = lineRoute(family, line).replace(/\/$/, '');
  const docs = fs
    .readdirSync(dir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.replace(/\.mdx?$/, ''))
    .map((id) => ({id, path: id === 'overview' ? `${route}/` : `${route}/${id}`}));
  return {path: route, docs, mainDocId: 'overview'};
}

const line = (route: string, ids: string[]): Line => ({
  path: route,
  mainDocId: ids[0],
  docs: ids.map((id) => ({id, path: id === ids[0] ? `${route}/` : `${route}/${id}`})),
});

test('the same slug wins, even under another id', () => {
  const from = line('/f', ['overview', 'testing']);
  const to: Line = {
    path: '/f/1.0',
    mainDocId: 'overview',
    docs: [
      {id: 'overview', path: '/f/1.0/'},
      {id: 'old-testing', path: '/f/1.0/testing'},
    ],
  };
  expect(nearestPage(from.docs[1], from, to)).toEqual({page: to.docs[1], by: 'slug'});
});

test('else the page whose slug shares at least half its words, the most shared first', () => {
  const from = line('/f', ['overview', 'multiple-databases-with-typeorm', 'testing']);
  const to = line('/f/0.30', ['overview', 'databases', 'multiple-databases', 'testing-with-jest']);
  expect(nearestPage(from.docs[1], from, to)).toEqual({page: to.docs[2], by: 'words'});
  // "testing" and "testing-with-jest": one shared word of two ("with" says nothing).
  expect(nearestPage(from.docs[2], from, to)).toEqual({page: to.docs[3], by: 'words'});
});

test("else the line's main page", () => {
  const from = line('/f', ['overview', 'multi-tenant']);
  const to = line('/f/0.30', ['overview', 'multiple-databases']);
  expect(nearestPage(from.docs[1], from, to)).toEqual({page: to.docs[0], by: 'main page'});
});

test('on the guides: pages missing from an older line land on a page that exists there', () => {
  const current = lineOf('nestjs-query', 'current');
  for (const name of ['9.x-nest11', '0.30.x']) {
    const older = lineOf('nestjs-query', name);
    for (const page of current.docs) {
      const {page: target, by} = nearestPage(page, current, older);
      expect(older.docs).toContainEqual(target);
      if (older.docs.some((doc) => doc.id === page.id)) expect(by).toBe('slug');
    }
  }
  // Two different upgrades are not near each other: the NestJS 11 line has no "from NestJS 11" page.
  const nest11 = lineOf('nestjs-query', '9.x-nest11');
  const upgrade = current.docs.find(({id}) => id === 'upgrading-from-nestjs-11')!;
  expect(nearestPage(upgrade, current, nest11)).toEqual({page: {id: 'overview', path: '/nestjs-query/nestjs-11/'}, by: 'main page'});
});
