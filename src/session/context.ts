import { isEnd, nodeOf, type Scenario, type TurnNode } from "../scenario/schema.js";
import type { ScoreContext } from "../scoring/index.js";

/**
 * The scoring context of a reply at a node: the customer's line, whether it was abusive, the
 * scenario's setting and facts, earlier replies, and the rubric merged in a documented order —
 * scenario rubric, then the turn's (weights override per dimension; expect and avoid are joined).
 */
export function contextFor(
  scenario: Scenario,
  nodeId: string,
  options: { customerLine?: string; previousReplies?: readonly string[] } = {},
): ScoreContext {
  const node = nodeOf(scenario, nodeId);
  if (!node || isEnd(node)) throw new Error(`node ${nodeId} is not a customer turn`);
  const turn = node as TurnNode;
  const outer = scenario.rubric ?? {};
  const inner = turn.rubric ?? {};
  return {
    customer: options.customerLine ?? turn.customer,
    abusive: turn.abusive ?? false,
    setting: scenario.setting,
    facts: scenario.facts,
    previousReplies: [...(options.previousReplies ?? [])],
    weights: { ...outer.weights, ...inner.weights },
    expect: [...new Set([...(outer.expect ?? []), ...(inner.expect ?? [])])],
    avoid: [...new Set([...(outer.avoid ?? []), ...(inner.avoid ?? [])])],
    signals: scenario.signals ?? [],
    ...(turn.tests ? { tests: turn.tests } : {}),
    ...(turn.model !== undefined ? { model: [turn.model].flat()[0] } : {}),
    ...(turn.hint ? { hint: turn.hint } : {}),
  };
}
