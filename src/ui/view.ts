/**
 * What a screen looks like. Every renderer returns text; the command prints it. `plain` is the
 * screen-reader mode: fixed labels (CUSTOMER:, YOU:, SCORE empathy 72 strong), no bars, boxes or
 * symbols. Scenario text and replies pass through `sanitize` before display.
 */
export interface View {
  plain: boolean;
  width: number;
}

export function viewFor(plain: boolean, columns: number | undefined): View {
  return { plain, width: Math.max(40, Math.min(100, columns ?? 80)) };
}
