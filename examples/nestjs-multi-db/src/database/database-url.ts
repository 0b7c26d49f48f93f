// Framework-free (no NestJS, no TypeORM): which server a connection URL names, and how a
// connection that fails to open is described. database.config.ts and open-connection.ts use
// it, and so does the handbook's in-page playground, so the two cannot disagree.

export type ServerType = 'postgres' | 'mysql' | 'mariadb';

// 'postgres://app@db/music' → 'postgres'. Any other scheme stops the app with this message.
export function serverType(url: string): ServerType {
  const scheme = new URL(url).protocol;
  switch (scheme) {
    case 'postgres:':
    case 'postgresql:':
      return 'postgres';
    case 'mysql:':
      return 'mysql';
    case 'mariadb:':
      return 'mariadb';
    default:
      throw new Error(
        `Unsupported database URL "${scheme}//...": ` +
          'use postgres://, mysql:// or mariadb://',
      );
  }
}

// "sqljs, in memory" or "postgres, postgres://127.0.0.1:5432/music" (with
// "replicas postgres://..." when it has some): never the user name or password.
export function describeTarget(target: {
  type: string;
  location?: string;
  url?: string;
  replicas?: string[];
}): string {
  if (target.type === 'sqljs') {
    return `sqljs, ${target.location ?? 'in memory'}`;
  }
  if (target.url) {
    const replicas = target.replicas?.length
      ? `, replicas ${target.replicas.map(withoutUser).join(' ')}`
      : '';
    return `${target.type}, ${withoutUser(target.url)}${replicas}`;
  }
  return target.type;
}

function withoutUser(url: string): string {
  const { protocol, host, pathname } = new URL(url);
  return `${protocol}//${host}${pathname}`;
}

// 'Cannot open the "secret" connection (sqljs, in memory). MissingPrimaryColumnError: ...'
export function cannotOpenMessage(
  name: string,
  target: string,
  error: unknown,
): string {
  return `Cannot open the "${name}" connection (${target}). ${reason(error)}`;
}

// "connect ECONNREFUSED ...", or "MissingPrimaryColumnError: ..." for
// TypeORM's own errors.
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'Error') return error.message;
  return `${error.name}: ${error.message}`;
}
