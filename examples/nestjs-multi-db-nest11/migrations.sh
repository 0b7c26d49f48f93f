#!/usr/bin/env sh
# The migration commands the guide shows (npm scripts of package.json, each
# the TypeORM CLI with one connection's data source file).

# #region point-the-cli
# The CLI reads the same variables as the app. With neither a URL nor a file a
# connection is an in-memory sql.js database, gone when the command ends:
export MUSIC_DB_FILE=music.sqlite
export SECRET_DB_FILE=secret.sqlite
# or: export MUSIC_DB_URL=postgres://postgres@127.0.0.1:5432/music
# #endregion point-the-cli

# #region run-all
npm run migration:run    # music's pending migrations, then secret's
npm run migration:show   # [X] ran, [ ] pending, per connection
# #endregion run-all

# #region per-connection
npm run migration:run:secret
npm run migration:show:secret
npm run migration:revert:secret   # undoes the last one that ran on secret
# #endregion per-connection

# #region generate
# After changing SecretEntity: the SQL that makes the secret database match it.
npm run migration:generate:secret -- src/migrations/secret/AddSecretNote
# #endregion generate

# #region create
# An empty migration to fill in; the folder decides the connection.
npm run migration:create -- src/migrations/music/SeedGenres
# #endregion create

# #region check
# Exit code 1 and the SQL that is missing when a database and its entities
# differ: for CI, after `npm run migration:run`.
npm run migration:check
# #endregion check

# #region baseline
# A database whose tables already exist (made by synchronize, or by hand):
# record every migration as run without running it, once, then carry on
# with migration:run as usual.
npm run migration:run:secret -- --fake
# #endregion baseline
