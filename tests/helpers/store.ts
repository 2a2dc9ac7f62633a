import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Transcript } from "../../src/session/engine.js";
import { Store } from "../../src/store/db.js";
import type { SessionSummary } from "../../src/store/types.js";

/**
 * The sessions stored in a data folder's coach.db, newest first, read the way coach reads them
 * (without importing anything). Empty when there is no store.
 */
export function storedSessions(data: string): { summary: SessionSummary; transcript: Transcript }[] {
  const file = join(data, "coach.db");
  if (!existsSync(file)) return [];
  const store = new Store(file);
  try {
    return store.summaries().map((summary) => ({
      summary,
      transcript: store.transcript(summary.id) as Transcript,
    }));
  } finally {
    store.close();
  }
}
