// The resolver, resolveConnectionName(modelClass, {test}): what the CLI (migrate:run and db:seed
// without a driver flag, make:migration per model) picks. Running model instances never call it:
// they query the connection their constructor passed (see ./instance.ts).
import {DEFAULT_CONNECTION, TEST_FALLBACKS, driverOf, isConnectionName, isTestConnection, type ConnectionName} from './names';
import {invalidConnection} from './messages';
import {SOURCE} from './source';

type Env = Record<string, string>;

export type ResolverReason = 'pinned' | 'DB_CONNECTION' | 'DB_TEST_CONNECTION' | 'default' | 'invalid';

export interface ResolverChoice {
  connection: ConnectionName;
  reason: ResolverReason;
  /** One sentence for the reader: why this connection. */
  explanation: string;
  source: string;
  /** The exact line the package prints with console.warn, when it prints one. */
  warning: string | null;
}

/**
 * Test mode (`{ test: true }`, the CLI's --test; NODE_ENV is never read): a pin to a `_test` or
 * Mongo connection is kept; else a valid DB_TEST_CONNECTION; else the first fallback that
 * exists, mysql_test. Nothing is printed on that path. Normal mode: the pin, else DB_CONNECTION,
 * else mysql; a name that is not a connection prints a warning and gives mysql.
 */
export function resolveConnectionName(env: Env, pin: string | null | undefined, options: {test: boolean}): ResolverChoice {
  const modelPin = pin || '';
  if (options.test) {
    if (modelPin && isConnectionName(modelPin) && (isTestConnection(modelPin) || driverOf(modelPin) === 'mongo')) {
      const why = isTestConnection(modelPin) ? 'a _test connection' : 'a Mongo connection';
      return choice(modelPin, 'pinned', `Pinned to ${modelPin}, ${why}: test mode keeps it.`, SOURCE.resolverTestPin);
    }
    const ignored = modelPin
      ? isConnectionName(modelPin)
        ? ` The pin ${modelPin} is passed over in test mode (not a _test or Mongo connection).`
        : ` The pin "${modelPin}" is not a connection: test mode passes over it without a warning.`
      : '';
    const selector = env.DB_TEST_CONNECTION;
    if (selector && isConnectionName(selector)) {
      return choice(selector, 'DB_TEST_CONNECTION', `Test mode: DB_TEST_CONNECTION=${selector}.${ignored}`, SOURCE.resolverTestSelector);
    }
    const fallback = TEST_FALLBACKS[0];
    const why = selector ? `DB_TEST_CONNECTION=${selector} is not a connection (skipped without a warning)` : 'DB_TEST_CONNECTION is not set';
    return choice(fallback, 'default', `Test mode: ${why}, so the first test fallback, ${fallback}.${ignored}`, SOURCE.resolverTestFallback);
  }

  const selector = env.DB_CONNECTION;
  const name = modelPin || selector || DEFAULT_CONNECTION;
  if (!isConnectionName(name)) {
    const what = modelPin ? `The pin "${modelPin}"` : `DB_CONNECTION=${selector}`;
    return {
      ...choice(DEFAULT_CONNECTION, 'invalid', `${what} is not a connection: the resolver warns and uses ${DEFAULT_CONNECTION}.`, SOURCE.resolverInvalid),
      warning: invalidConnection.text(name),
    };
  }
  if (modelPin) return choice(name, 'pinned', `static connectionName = "${modelPin}".`, SOURCE.resolverNormal);
  if (selector) return choice(name, 'DB_CONNECTION', `Not pinned: DB_CONNECTION=${selector}.`, SOURCE.resolverNormal);
  return choice(name, 'default', `Not pinned and DB_CONNECTION is not set: ${DEFAULT_CONNECTION}.`, SOURCE.defaultConnection);
}

function choice(connection: ConnectionName, reason: ResolverReason, explanation: string, source: string): ResolverChoice {
  return {connection, reason, explanation, source, warning: null};
}
