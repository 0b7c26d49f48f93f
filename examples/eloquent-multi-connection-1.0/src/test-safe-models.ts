// The guide's two models, changed so that a test run writes to the test databases.
// A running model queries the connection handed to its constructor, nothing else:
// the package's test mode (the CLI's --test, { test: true }) steers the resolver,
// never an instance. So these models choose their connection from a test flag.
import { column, registerModels } from "@alpha.consultings/eloquent-orm.js";
import { SqlModel, MongoModel, type ModelInstance } from "@alpha.consultings/eloquent-orm.js/Model";

type UserAttrs = { id?: number; name?: string };
type GeoAttrs = { id?: number; name?: string };

// #region test-flag
// A test run: the eloquent CLI with --test, or a test runner (Jest and Vitest
// set NODE_ENV=test when it is unset). The package reads neither for a model.
const testRun = process.argv.includes("--test") || process.env.NODE_ENV === "test";

// One name per model, for the static pin and the constructor alike.
const userConnection = testRun ? "mysql_test" : "mysql";
const geoConnection = testRun ? "mongo_test" : "mongo";
// #endregion test-flag

// #region safe-user
export class User extends SqlModel<UserAttrs> {
  static tableName = "users";
  static connectionName = userConnection;
  static schema = {
    id: column("increments", undefined, { primary: true }),
    name: column("string", 255),
  };

  constructor() {
    super("users", userConnection);
  }
}
// #endregion safe-user

// #region safe-geolocation
export class GeoLocation extends MongoModel<GeoAttrs> {
  static tableName = "geolocations";
  static connectionName = geoConnection;
  static schema = {
    id: column("increments", undefined, { primary: true }),
    name: column("string", 255),
  };

  constructor() {
    super("geolocations", geoConnection);
  }
}
// #endregion safe-geolocation

export interface User extends ModelInstance<UserAttrs> {}
export interface GeoLocation extends ModelInstance<GeoAttrs> {}

registerModels([User, GeoLocation]);
