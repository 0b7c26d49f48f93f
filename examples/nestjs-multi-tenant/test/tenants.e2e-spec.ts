// The whole app over HTTP, with its tenants on sql.js files in a fresh folder.
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppModule } from '../src/app.module.js';

let app: INestApplication;
let url: string;
let folder: string;

async function graphql(tenant: string | undefined, query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(tenant ? { 'x-tenant': tenant } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tenants-e2e-'));
  const tenants = ['acme', 'globex'].map((id) => ({
    id,
    name: id,
    databaseUrl: `sqljs:${id}.sqlite`,
  }));
  fs.writeFileSync(path.join(folder, 'tenants.json'), JSON.stringify(tenants));
  process.env.TENANTS_FILE = path.join(folder, 'tenants.json');
  process.env.TENANT_FILES_DIR = path.join(folder, 'data');
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule],
  }).compile();
  app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  url = await app.getUrl();
});

afterAll(async () => {
  await app?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

it("keeps each tenant's notes in its own database", async () => {
  const created = await graphql(
    'acme',
    'mutation { createOneNote(input: { note: { title: "hi", body: "" } }) { id } }',
  );
  expect(created.body).toEqual({ data: { createOneNote: { id: '1' } } });
  const count = '{ notes { totalCount } }';
  expect((await graphql('acme', count)).body.data.notes.totalCount).toBe(1);
  expect((await graphql('globex', count)).body.data.notes.totalCount).toBe(0);
  expect(fs.readdirSync(path.join(folder, 'data')).sort()).toEqual([
    'acme.sqlite',
    'globex.sqlite',
  ]);
});

it('refuses a request without a tenant before any resolver runs', async () => {
  const answer = await graphql(undefined, '{ notes { totalCount } }');
  expect(answer.status).toBe(400);
  expect(answer.body.errors[0].extensions.code).toBe('TENANT_MISSING');
});
