// The packages a page names with their tested versions, by the names readers know them by, in
// the order they are listed.

/** The libraries a NestJS example is tested with. */
export const LIBRARIES: [string, string][] = [
  ['@nestjs/core', 'NestJS'],
  ['@nestjs/typeorm', '@nestjs/typeorm'],
  ['typeorm', 'TypeORM'],
  ['@ptc-org/nestjs-query-core', 'nestjs-query'],
  ['@nestjs-query/core', 'nestjs-query'],
  ['@nestjs/graphql', '@nestjs/graphql'],
];

/** What an example that can only be type-checked here is tested with. */
export const TYPESCRIPT: [string, string] = ['typescript', 'TypeScript'];
