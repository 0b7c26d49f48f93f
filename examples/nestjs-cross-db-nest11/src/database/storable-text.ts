import { Matches } from 'class-validator';

// #region storable-text
// GraphQL's String and class-validator's IsString accept a NUL character,
// which PostgreSQL cannot store in text (SQLSTATE 22021): refuse it up front.
export const StorableText = () =>
  Matches(/^[^\0]*$/, {
    message: '$property must not contain a NUL character',
  });
// #endregion storable-text
