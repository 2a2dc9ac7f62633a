// node:crypto is loaded when an id is made, not when the store is only read.
const crypto = () => process.getBuiltinModule("node:crypto") as typeof import("node:crypto");

// Crockford's base 32, lower case: no i, l, o or u, so an id read aloud or copied by hand survives.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** A short id from a hash of `seed`: `length` base-32 characters (6 give about a billion ids). */
export function hashId(seed: string, length = 6): string {
  const digest = crypto().createHash("sha256").update(seed).digest();
  let id = "";
  for (let i = 0; id.length < length; i++) id += ALPHABET[(digest[i] as number) % 32];
  return id;
}

/** The id of a new session: its start time and scenario, and a random part so two never meet. */
export function newSessionId(startedAt: string, scenarioId: string): string {
  return hashId(`${startedAt}|${scenarioId}|${crypto().randomBytes(8).toString("hex")}`);
}

/** The id of an imported session: from what it is, so importing it into any store gives the same id. */
export function importedSessionId(startedAt: string, scenarioId: string): string {
  return hashId(`${startedAt}|${scenarioId}`);
}

export function sha256(data: string | Uint8Array): string {
  return crypto().createHash("sha256").update(data).digest("hex");
}
