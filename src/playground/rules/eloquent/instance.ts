// What a running model instance queries: the connection its constructor passed to
// `super(table, connection)` (CoreModel.ts:96, default "mysql" only when the argument is left
// out). Test mode, DB_CONNECTION and `static connectionName` do not change it. SqlModel and
// MongoModel (the ones `/Model` exports, src/Model.ts:1-6) check it when constructed; what they
// let through is opened at the first query.
import {driverOf, isConnectionName, type ConnectionName, type ModelDefinition} from './names';
import {mongoModelOnSql, mongoRefusesSqlAdapter, sqlModelOnMongo, unknownConnectionInConnectDB} from './messages';
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
  /** The constructor lets it through and the first query throws this: nothing written. */
  firstQueryThrows: string | null;
}

export function instanceConnection(model: Pick<ModelDefinition, 'kind' | 'constructorConnection'>): InstanceConnection {
  const given = model.constructorConnection;
  // A default parameter replaces only a missing argument: "" is kept as "".
  const connection = given ?? 'mysql';
  const explanation =
    given === null || given === undefined
      ? 'The constructor passes no connection: CoreModel\'s default, "mysql".'
      : given === ''
        ? 'The constructor passes "" (an empty value, e.g. an unset variable read as ""): a default parameter does not replace it, so the instance keeps "".'
        : `The constructor passes "${given}".`;
  const name = isConnectionName(connection) ? connection : null;
  const base = {connection, name, explanation, source: SOURCE.instanceDefault, thrown: null, firstQueryThrows: null};

  if (model.kind === 'sql') {
    // Only the literal name is refused; mongo_test and unknown names pass the constructor.
    if (connection === 'mongo') return {...base, source: SOURCE.sqlModelGuard, thrown: sqlModelOnMongo.text()};
    if (name && driverOf(name) === 'mongo') {
      return {
        ...base,
        explanation: `${explanation} SqlModel refuses only "mongo", so ${name} gets through the constructor. The first query opens the ${name} connection and asks it for a SQL adapter, which a Mongo connection refuses. (When the Mongo server cannot be reached, its connection error comes first.)`,
        source: SOURCE.sqlAdapterRefusal,
        firstQueryThrows: mongoRefusesSqlAdapter.text(),
      };
    }
    if (!name) {
      return {
        ...base,
        explanation: `${explanation} SqlModel's constructor does not check names; the first query asks connectDB for "${connection}", which has no configuration, and reading its driver throws a TypeError.`,
        source: SOURCE.connectUnknown,
        firstQueryThrows: unknownConnectionInConnectDB.text(),
      };
    }
    return base;
  }

  // MongoModel: the driver of the named connection must be mongo; an unknown name has none.
  if (!name || driverOf(name) !== 'mongo') return {...base, source: SOURCE.mongoModelGuard, thrown: mongoModelOnSql.text(connection)};
  return base;
}
