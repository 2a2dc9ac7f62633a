import { scenarioJsonSchema } from "../scenario/schema.js";

export async function schemaCommand(): Promise<number> {
  process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  return 0;
}
