import { DataSource } from 'typeorm';

// #region empty-tables
// Deletes every row of every entity table of a connection, and keeps the
// tables and the migrations table: much faster than dropping the tables and
// running the migrations again before each test. A table that others point
// at (artists, albums) is emptied after them, so no foreign key objects.
export async function emptyTables(dataSource: DataSource): Promise<void> {
  const left = [...dataSource.entityMetadatas];
  while (left.length > 0) {
    const pointedAt = (table: (typeof left)[number]) =>
      left.some((other) =>
        other.foreignKeys.some(
          (key) => key.referencedEntityMetadata === table && other !== table,
        ),
      );
    const next = left.findIndex((table) => !pointedAt(table));
    const [table] = left.splice(Math.max(next, 0), 1);
    await dataSource.createQueryBuilder().delete().from(table.target).execute();
  }
}
// #endregion empty-tables
