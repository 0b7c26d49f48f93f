#!/usr/bin/env sh
# The same from a shell, against `npm start` on port 3000.
# #region curl
curl -s localhost:3000/graphql -H 'content-type: application/json' \
  -H 'X-Tenant: acme' \
  -d '{"query":"mutation { createOneNote(input: {note: {title: \"hi\", body: \"\"}}) { id } }"}'
curl -s localhost:3000/graphql -H 'content-type: application/json' \
  -H 'X-Tenant: globex' -d '{"query":"{ notes { totalCount } }"}'
curl -s localhost:3000/health
# #endregion curl
