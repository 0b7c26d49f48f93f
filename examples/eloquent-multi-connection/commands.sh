#!/usr/bin/env sh
# The eloquent CLI's connection targeting, as the guide shows it.
# #region cli
# Migrations on every SQL connection: mysql, pg and sqlite (never mongo).
eloquent migrate:run --all-connections --all-migrations

# Seed every SQL connection.
eloquent db:seed --all-connections --class UserSeeder

# Mongo is only reached when named.
eloquent db:seed --mongo --class GeoLocationSeeder

# The same seeder on the test twin (mongo_test).
eloquent db:seed --mongo --test --class GeoLocationSeeder
# #endregion cli
