// WRONG: a Mongo model constructed on a SQL connection. The package throws
// "MongoModel requires a mongo driver connection. Received: mysql"; the declarations refuse it.
import { MongoModel } from "@alpha.consultings/eloquent-orm.js/Model";

type GeoAttrs = { id?: number; name?: string };

export class GeoLocation extends MongoModel<GeoAttrs> {
  static tableName = "geolocations";
  static connectionName = "mysql";

  constructor() {
    super("geolocations", "mysql");
  }
}
