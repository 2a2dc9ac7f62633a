import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small learning record store for tests: the statements resource of xAPI 1.0.3 (POST and GET
 * /statements), on 127.0.0.1 at a random port, keeping statements by id in memory.
 *
 * - POST takes one statement or an array. A batch holding an id the store has already is refused
 *   whole with 409 Conflict and nothing is stored (as some stores do; the spec lets a store answer
 *   409, and never lets it change a stored statement). Otherwise 200 with the ids.
 * - GET /statements?statementId=ID gives that statement (404 if none); GET /statements gives
 *   `{statements, more}`, newest first.
 * - `busy(n)` answers the next n POSTs with 503; `requireAuth` answers 401 without that header;
 *   `rejectWith` answers every POST 400 with that message; `hang` never answers a POST.
 */
export interface TestLrs {
  url: string;
  port: number;
  /** Stored statements by id. */
  statements: Map<string, Record<string, unknown>>;
  /** Every request, in order. */
  requests: { method: string; path: string; headers: IncomingHttpHeaders; body: unknown; status: number }[];
  busy(times: number, status?: number): void;
  close(): Promise<void>;
}

export async function startTestLrs(
  options: {
    requireAuth?: string;
    port?: number;
    basePath?: string;
    rejectWith?: string;
    hang?: boolean;
  } = {},
): Promise<TestLrs> {
  const statements = new Map<string, Record<string, unknown>>();
  const requests: TestLrs["requests"] = [];
  const base = options.basePath ?? "/xapi";
  let busyLeft = 0;
  let busyStatus = 503;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const reply = (status: number, value?: unknown) => {
        requests.push({ method: req.method ?? "", path: url.pathname, headers: req.headers, body, status });
        res.writeHead(status, {
          "Content-Type": "application/json",
          "X-Experience-API-Version": "1.0.3",
        });
        res.end(value === undefined ? "" : JSON.stringify(value));
      };
      if (url.pathname !== `${base}/statements`) return reply(404, { error: "no such resource" });
      if (options.requireAuth !== undefined && req.headers.authorization !== options.requireAuth)
        return reply(401, { error: "unauthorised" });
      if (!req.headers["x-experience-api-version"])
        return reply(400, { error: "X-Experience-API-Version missing" });
      if (req.method === "GET") {
        const id = url.searchParams.get("statementId");
        if (id !== null) {
          const found = statements.get(id);
          return found ? reply(200, found) : reply(404, { error: "no such statement" });
        }
        return reply(200, { statements: [...statements.values()].reverse(), more: "" });
      }
      if (req.method !== "POST") return reply(405, { error: "method not allowed" });
      if (busyLeft > 0) {
        busyLeft--;
        return reply(busyStatus, { error: "busy" });
      }
      if (options.hang) return; // never answers: the client must give up by itself
      if (options.rejectWith !== undefined) return reply(400, { error: options.rejectWith });
      const batch = (Array.isArray(body) ? body : [body]) as Record<string, unknown>[];
      if (!batch.every((s) => s && typeof s === "object" && typeof s.id === "string"))
        return reply(400, { error: "statements need ids" });
      const ids = batch.map((s) => s.id as string);
      if (new Set(ids).size !== ids.length) return reply(400, { error: "the batch repeats an id" });
      if (ids.some((id) => statements.has(id)))
        return reply(409, { error: "a statement with that id exists" });
      const stored = new Date().toISOString();
      for (const s of batch) statements.set(s.id as string, { ...s, stored });
      return reply(200, ids);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    statements,
    requests,
    busy(times, status = 503) {
      busyLeft = times;
      busyStatus = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
