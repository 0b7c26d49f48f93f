// WRONG: a SQL model constructed on the mongo connection. The package throws
// "SqlModel cannot use the mongo connection."; the declarations in types/ refuse it already.
import { SqlModel } from "@alpha.consultings/eloquent-orm.js/Model";

type UserAttrs = { id?: number; name?: string };

export class User extends SqlModel<UserAttrs> {
  static tableName = "users";
  static connectionName = "mongo";

  constructor() {
    super("users", "mongo");
  }
}
