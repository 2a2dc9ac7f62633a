import { rubricJsonSchema, scenarioJsonSchema } from "../scenario/schema.js";

export async function schemaCommand(options: { rubric?: boolean } = {}): Promise<number> {
  const schema = options.rubric ? rubricJsonSchema() : scenarioJsonSchema();
  process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
