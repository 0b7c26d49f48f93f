// The example's design (singletons that ask AsyncLocalStorage for the tenant)
// against NestJS durable providers: the note service made request-scoped and
// durable, with a ContextIdStrategy that gives each tenant one DI sub-tree.
// Same app, same requests; the test counts the services built and times them.
import { INestApplication, Injectable, Scope } from '@nestjs/common';
import { SCOPE_OPTIONS_METADATA } from '@nestjs/common/constants';
import {
  ContextId,
  ContextIdFactory,
  ContextIdStrategy,
  HostComponentInfo,
} from '@nestjs/core';
import { Test } from '@nestjs/testing';
import fs from 'node:fs';
import { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppModule } from '../src/app.module';
import { NoteService } from '../src/note/note.service';
import { TenantContext } from '../src/tenancy/tenant-context';

const tenantIds = ['acme', 'globex', 'initech'];
let built = 0;

// One DI sub-tree per tenant: durable providers are built once per tenant
// and kept; everything else stays per request.
class TenantContextIdStrategy implements ContextIdStrategy {
  private readonly trees = new Map<string, ContextId>();

  // For a GraphQL resolver, Nest passes the GraphQL context, which holds
  // the HTTP request as `req`.
  attach(
    contextId: ContextId,
    request: IncomingMessage | { req: IncomingMessage },
  ) {
    const req = 'req' in request ? request.req : request;
    const tenant = String(req.headers['x-tenant']);
    let tree = this.trees.get(tenant);
    if (!tree) {
      tree = ContextIdFactory.create();
      this.trees.set(tenant, tree);
    }
    return {
      resolve: (info: HostComponentInfo) =>
        info.isTreeDurable ? tree : contextId,
      payload: { tenant },
    };
  }
}

@Injectable({ scope: Scope.REQUEST, durable: true })
class DurableNoteService extends NoteService {
  constructor(tenantContext: TenantContext) {
    super(tenantContext);
    built++;
  }
}

@Injectable()
class CountedNoteService extends NoteService {
  constructor(tenantContext: TenantContext) {
    super(tenantContext);
    built++;
  }
}

async function run(durable: boolean) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'durable-'));
  fs.writeFileSync(
    path.join(folder, 'tenants.json'),
    JSON.stringify(
      tenantIds.map((id) => ({ id, name: id, databaseUrl: `sqljs:${id}` })),
    ),
  );
  process.env.TENANTS_FILE = path.join(folder, 'tenants.json');
  process.env.TENANT_FILES_DIR = folder;
  built = 0;
  if (durable) ContextIdFactory.apply(new TenantContextIdStrategy());
  // NestJS 11's overrideProvider().useClass() keeps the scope of the provider
  // it replaces (NestJS 12 takes the new class's), so the scope goes on the
  // original for this run.
  const scope = Reflect.getMetadata(SCOPE_OPTIONS_METADATA, NoteService);
  if (durable) {
    Reflect.defineMetadata(
      SCOPE_OPTIONS_METADATA,
      { scope: Scope.REQUEST, durable: true },
      NoteService,
    );
  }
  let app: INestApplication | undefined;
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(NoteService)
      .useClass(durable ? DurableNoteService : CountedNoteService)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    const ask = async (tenant: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tenant': tenant },
        body: JSON.stringify({ query: '{ notes { totalCount } }' }),
      });
      const body = (await response.json()) as { data?: unknown };
      expect(body.data).toEqual({ notes: { totalCount: 0 } });
    };
    for (const tenant of tenantIds) await ask(tenant); // opens every tenant
    const builtAfterFirst = built;
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const since = performance.now();
      await ask(tenantIds[i % tenantIds.length]);
      times.push(performance.now() - since);
    }
    times.sort((a, b) => a - b);
    return {
      builtAfterFirst,
      builtAfterAll: built,
      p50: times[Math.floor(times.length / 2)],
    };
  } finally {
    await app?.close();
    // The strategy is global to Nest: put the default back.
    if (durable) ContextIdFactory.apply({ attach: (id) => () => id });
    Reflect.defineMetadata(SCOPE_OPTIONS_METADATA, scope, NoteService);
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

// Two app starts and 600 requests: more than the configured 60 s on a busy machine.
jest.setTimeout(300_000);

it('builds the note service once (singleton) or once per tenant (durable)', async () => {
  const singleton = await run(false);
  const durable = await run(true);
  console.log(
    `singleton: ${singleton.builtAfterAll} service(s), p50 ${singleton.p50.toFixed(2)} ms; ` +
      `durable: ${durable.builtAfterAll} service(s), p50 ${durable.p50.toFixed(2)} ms`,
  );
  expect(singleton).toMatchObject({ builtAfterFirst: 1, builtAfterAll: 1 });
  // One per tenant on its first request, then reused: never per request.
  expect(durable).toMatchObject({
    builtAfterFirst: tenantIds.length,
    builtAfterAll: tenantIds.length,
  });
});
