// What a running model instance queries: the connection its constructor passed to
// `super(table, connection)` (CoreModel.ts:96, default "mysql"). Test mode, DB_CONNECTION and
// `static connectionName` do not change it. SqlModel and MongoModel (the ones `/Model` exports,
// src/Model.ts:1-6) check it when constructed.
import {driverOf, isConnectionName, type ConnectionName, type ModelDefinition} from './names';
import {mongoModelOnSql, sqlModelOnMongo} from './messages';
import {SOURCE} from './source';

export interface InstanceConnection {
  /** What the instance uses: a connection name, or the raw text when it is not one. */
  connection: string;
  /** Set when `connection` is one of the eight names. */
  name: ConnectionName | null;
  explanation: string;
  source: string;
  /** The constructor throws this (exact package text): no instance, nothing written. */
  thrown: string | null;
  /** What the package's code read here does not settle (said instead of guessed). */
  notDetermined: string | null;
}

export function instanceConnection(model: Pick<ModelDefinition, 'kind' | 'constructorConnection'>): InstanceConnection {
  const given = model.constructorConnection || '';
  const connection = given || 'mysql';
  const explanation = given ? `The constructor passes "${given}".` : 'The constructor passes no connection: CoreModel\'s default, "mysql".';
  const name = isConnectionName(connection) ? connection : null;
  const base = {connection, name, explanation, source: SOURCE.instanceDefault, thrown: null, notDetermined: null};

  if (model.kind === 'sql') {
    // Only the literal name is refused; mongo_test and unknown names pass the constructor.
    if (connection === 'mongo') return {...base, source: SOURCE.sqlModelGuard, thrown: sqlModelOnMongo.text()};
    if (name && driverOf(name) === 'mongo') {
      return {
        ...base,
        source: SOURCE.sqlModelGuard,
        notDetermined: `SqlModel lets ${name} through its constructor (it refuses only "mongo"). CoreModel then picks queries by the connection's driver, mongo, so what the first query does depends on code this model does not follow.`,
      };
    }
    if (!name) {
      return {
        ...base,
        notDetermined: `"${connection}" is not a connection name, and SqlModel's constructor does not check names. What the first query does (ConnectionFactory with an unknown name) is not determined from the code read.`,
      };
    }
    return base;
  }

  // MongoModel: the driver of the named connection must be mongo; an unknown name has none.
  if (!name || driverOf(name) !== 'mongo') return {...base, source: SOURCE.mongoModelGuard, thrown: mongoModelOnSql.text(connection)};
  return base;
}
