// MongoDB does not run in a browser: Mongo connections are simulated as plain document
// collections kept in page memory, and the playground says so wherever it shows them.

export type MongoDocument = {_id: string} & Record<string, unknown>;

/** Database key → collection → documents. */
export type MongoData = Record<string, Record<string, MongoDocument[]>>;

/** A 24-hex-digit id shaped like an ObjectId: seconds since 1970, then random bytes. */
export function objectId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  const random = crypto.getRandomValues(new Uint8Array(8));
  return seconds + Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function addDocument(data: MongoData, databaseKey: string, collection: string, document: MongoDocument): MongoData {
  const database = data[databaseKey] ?? {};
  return {...data, [databaseKey]: {...database, [collection]: [...(database[collection] ?? []), document]}};
}
