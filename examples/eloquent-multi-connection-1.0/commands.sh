#!/usr/bin/env sh
# The eloquent CLI's connection targeting, as the guide shows it, and how to check this example.

# #region check
# Inside this example: install TypeScript and type-check the models. Nothing connects to a database.
npm install
npm start
# #endregion check

# #region cli
# Migrations on every SQL connection: mysql, pg and sqlite (never mongo).
eloquent migrate:run --all-connections --all-migrations

# Run the seeder once per SQL connection, after checking that each is fully migrated.
eloquent db:seed --all-connections --class UserSeeder

# Mongo is only reached when named.
eloquent db:seed --mongo --class GeoLocationSeeder

# The same seeder with mongo_test as the target. Its rows still go where the model's
# constructor says: mongo for the guide's GeoLocation, mongo_test for the test-safe one.
eloquent db:seed --mongo --test --class GeoLocationSeeder
# #endregion cli
