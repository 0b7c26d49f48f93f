// #region imports
import { column, registerModels } from "@alpha.consultings/eloquent-orm.js";
import { SqlModel, MongoModel, type ModelInstance } from "@alpha.consultings/eloquent-orm.js/Model";
// #endregion imports

// #region attrs
// The attributes each model's instances carry (type aliases: the package wants a Record shape).
type UserAttrs = { id?: number; name?: string };
type GeoAttrs = { id?: number; name?: string };
// #endregion attrs

// #region user
export class User extends SqlModel<UserAttrs> {
  static tableName = "users";
  // Read by the resolver, the CLI and the registry: which connection this model belongs to.
  static connectionName = "mysql";
  static schema = {
    id: column("increments", undefined, { primary: true }),
    name: column("string", 255),
  };

  constructor() {
    // The connection an instance really queries at run time.
    super("users", "mysql");
  }
}
// #endregion user

// #region geolocation
export class GeoLocation extends MongoModel<GeoAttrs> {
  static tableName = "geolocations";
  static connectionName = "mongo";
  static schema = {
    id: column("increments", undefined, { primary: true }),
    name: column("string", 255),
  };

  constructor() {
    super("geolocations", "mongo");
  }
}
// #endregion geolocation

// #region register
// Interface merging gives instances typed attribute access (user.name).
export interface User extends ModelInstance<UserAttrs> {}
export interface GeoLocation extends ModelInstance<GeoAttrs> {}

registerModels([User, GeoLocation]);
// #endregion register
