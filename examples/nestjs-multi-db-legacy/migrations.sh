#!/usr/bin/env sh
# The migration commands the guide shows (npm scripts of package.json, each
# the TypeORM 0.2 CLI with `-c <connection name>` from ormconfig.ts).

# #region point-the-cli
# The CLI reads the same variables as the app (and loads .env itself). With
# neither a URL nor a file a connection is an in-memory sql.js database, gone
# when the command ends:
export MUSIC_DB_FILE=music.sqlite
export SECRET_DB_FILE=secret.sqlite
# or: export MUSIC_DB_URL=postgres://postgres@127.0.0.1:5432/music
# #endregion point-the-cli

# #region run-all
npm run migration:run    # -c default, then -c secret
npm run migration:show   # [X] ran, [ ] pending, per connection
# #endregion run-all

# #region per-connection
npm run migration:run:secret
npm run migration:show:secret
npm run migration:revert:secret   # undoes the last one that ran on secret
# #endregion per-connection

# #region generate
# After changing SecretEntity: written to the secret connection's
# cli.migrationsDir (src/migrations/secret).
npm run migration:generate:secret -- AddSecretNote
# #endregion generate

# #region create
# An empty migration in that connection's cli.migrationsDir.
npm run migration:create:music -- SeedGenres
# #endregion create

# #region check
# Exit code 1 and the SQL that is missing when a database and its entities
# differ: for CI, after `npm run migration:run`.
npm run migration:check
# #endregion check
