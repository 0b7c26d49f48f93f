import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import {PRESETS} from './presets';
import {connectionKeys} from './nestjs/connections';

// The playground's presets must say what the examples say: same models, pins, tables, columns.
const read = (...parts: string[]) => fs.readFileSync(path.join('examples', ...parts), 'utf8');

for (const id of ['eloquent-1.1', 'eloquent-1.0'] as const) {
  test(`${id}: models, kinds, tables and pins match the example's models.ts`, () => {
    const preset = PRESETS[id];
    const source = read(preset.example, 'src', 'models.ts');
    const classes = [...source.matchAll(/export class (\w+) extends (SqlModel|MongoModel)<[^>]*> \{([\s\S]*?)\n\}/g)].map(([, name, base, body]) => ({
      name,
      kind: base === 'SqlModel' ? 'sql' : 'mongo',
      table: /static tableName = "([^"]+)"/.exec(body)?.[1],
      connectionName: /static connectionName = "([^"]+)"/.exec(body)?.[1] ?? null,
      constructorConnection: /super\("[^"]+", "([^"]+)"\)/.exec(body)?.[1] ?? null,
    }));
    expect(classes.length).toBeGreaterThan(0);
    expect(
      preset.models.map(({name, kind, table, connectionName, constructorConnection}) => ({name, kind, table, connectionName, constructorConnection})),
    ).toEqual(classes);
  });
}

const entityFile = (name: string) =>
  name === 'Secret'
    ? read('nestjs-multi-db', 'src', 'secret', 'secret.entity.ts')
    : read('nestjs-multi-db', 'src', 'music', name.toLowerCase(), `${name.toLowerCase()}.entity.ts`);

for (const model of PRESETS['nestjs-music-secret'].models) {
  test(`nestjs-music-secret: ${model.name} has the entity's table, columns and relations`, () => {
    const source = entityFile(model.name);
    expect(source).toContain(`@Entity('${model.table}')`);
    const columns = [...source.matchAll(/@(?:PrimaryGeneratedColumn|Column|CreateDateColumn)\([^)]*\)\s+(\w+)[?!]?:/g)].map((m) => m[1]);
    const ddlColumns = [...model.createTable!.matchAll(/[(,]\s*"(\w+)" [a-z]/g)].map((m) => m[1]);
    expect(ddlColumns).toEqual(columns);
    const relations = [...source.matchAll(/@(?:ManyToOne|OneToMany)\(\(\) => (\w+)Entity[\s\S]*?\)\s+(?:@JoinColumn\([^)]*\)\s+)?(\w+):/g)].map(
      ([, entity, property]) => ({property, entity}),
    );
    expect(model.relations ?? []).toEqual(relations);
  });
}

test("nestjs-music-secret: the secret entity alone is on the secret connection, as in the example's entity lists", () => {
  const app = read('nestjs-multi-db', 'src', 'database', 'database.entities.ts');
  const list = (name: string) =>
    /\[([^\]]*)\]/
      .exec(app.split(`export const ${name} =`)[1])![1]
      .split(',')
      .map((s) => s.trim().replace(/Entity$/, ''))
      .filter(Boolean);
  const preset = PRESETS['nestjs-music-secret'].models;
  expect(
    preset
      .filter((m) => m.connectionName === null)
      .map((m) => m.name)
      .sort(),
  ).toEqual(list('musicEntities').sort());
  expect(preset.filter((m) => m.connectionName === 'secret').map((m) => m.name)).toEqual(list('secretEntities'));
  expect(read('nestjs-multi-db', 'src', 'secret', 'secret.module.ts')).toMatch(/forFeature\(\s*\[SecretEntity\],\s*SECRET_DB_CONNECTION,?\s*\)/);
  expect(read('nestjs-multi-db', 'src', 'database', 'database.constants.ts')).toContain("SECRET_DB_CONNECTION = 'secret'");
});

test("nestjs-music-secret: the example's .env.example (the preset) names every key its config reads", () => {
  const keys = connectionKeys(
    read('nestjs-multi-db', 'src', 'database', 'database.config.ts'),
    read('nestjs-multi-db', 'src', 'database', 'database.constants.ts'),
  );
  const env = read('nestjs-multi-db', '.env.example');
  const names = Object.values(keys).flatMap((k) => [k.url, k.file]);
  expect(names).toHaveLength(4);
  const description = JSON.parse(read('nestjs-multi-db', 'handbook.json')) as {env: Record<string, string>};
  for (const key of names) {
    expect(env).toMatch(new RegExp(`^# ${key}=`, 'm'));
    expect(Object.keys(description.env)).toContain(key);
  }
});

for (const preset of Object.values(PRESETS)) {
  test(`${preset.id}: every table is valid SQLite and every Create button inserts a row`, async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    const sqlModels = preset.models.filter((m) => m.kind === 'sql');
    expect(sqlModels.length).toBeGreaterThan(0);
    for (const model of sqlModels) db.exec(model.createTable!);
    for (const model of preset.models) {
      for (const n of [1, 2]) {
        const record = model.newRecord(n);
        if ('document' in record) {
          expect(model.kind).toBe('mongo');
          continue;
        }
        db.run(record.sql, record.params);
      }
    }
    for (const model of sqlModels) {
      expect(db.exec(`SELECT count(*) FROM ${model.table}`)[0].values).toEqual([[2]]);
    }
  });
}
