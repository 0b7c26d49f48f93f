import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

// TypeORM imports each migration file itself (src/migrations/<connection>/*.ts),
// outside Vitest's transform: Node needs a TypeScript loader for them.
register('@swc-node/register/esm', pathToFileURL('./'));
