/**
 * Written by `npm run fit` (scripts/fit.mjs) from labelled data; do not edit by hand.
 * Data: ../shared/eval/dev.jsonl (180), ../shared/eval/dev-realistic.jsonl (120), eval/holdout-team.jsonl (96), eval/holdout-team-2.jsonl (84), eval/holdout-team-3.jsonl (72), eval/holdout-team-4.jsonl (60), eval/holdout-team-5.jsonl (96).
 * Per dimension: the base and the points of each signal whose fitted number differs from the
 * detector's own (the rest keep theirs). Held-out figures are leave-one-set-out, from the fit's
 * linear predictor (caps not applied):
 * {
 *   "calm": {
 *     "rows": 708,
 *     "lambda": 30,
 *     "heldOut": {
 *       "within": 0.892,
 *       "band": 0.79
 *     },
 *     "handNumbers": {
 *       "within": 0.891,
 *       "band": 0.774
 *     },
 *     "refitted": false
 *   },
 *   "empathy": {
 *     "rows": 708,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.938,
 *       "band": 0.76
 *     },
 *     "handNumbers": {
 *       "within": 0.93,
 *       "band": 0.777
 *     },
 *     "refitted": false
 *   },
 *   "honesty": {
 *     "rows": 708,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.872,
 *       "band": 0.714
 *     },
 *     "handNumbers": {
 *       "within": 0.842,
 *       "band": 0.701
 *     },
 *     "refitted": true
 *   },
 *   "boundaries": {
 *     "rows": 560,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.886,
 *       "band": 0.72
 *     },
 *     "handNumbers": {
 *       "within": 0.846,
 *       "band": 0.668
 *     },
 *     "refitted": true
 *   }
 * }
 */
export const FITTED = {
  "base": {
    "honesty": 51,
    "boundaries": 55
  },
  "points": {
    "(abusive line)": {
      "boundaries": -8
    },
    "action-taken": {
      "honesty": 4
    },
    "blames-customer": {
      "boundaries": -6
    },
    "blames-others": {
      "honesty": -18
    },
    "capitulates": {
      "honesty": -17,
      "boundaries": -18
    },
    "certain-forecast": {
      "honesty": -14,
      "boundaries": -3
    },
    "concrete-next-step": {
      "honesty": 1
    },
    "contradicts-facts": {
      "honesty": -22,
      "boundaries": -18
    },
    "dismissive": {
      "boundaries": -4
    },
    "flat-refusal": {
      "boundaries": -9
    },
    "gives-away": {
      "honesty": -16,
      "boundaries": -15
    },
    "gives-specifics": {
      "honesty": 9
    },
    "grovels": {
      "honesty": -1,
      "boundaries": -2
    },
    "guarantees-outcome": {
      "honesty": -22,
      "boundaries": -11
    },
    "holds-limit": {
      "boundaries": 20
    },
    "honest-estimate": {
      "honesty": 9
    },
    "ignores-abuse": {
      "boundaries": -2
    },
    "insult": {
      "boundaries": -26
    },
    "offers-alternative": {
      "honesty": 2,
      "boundaries": 1
    },
    "owns-mistake": {
      "honesty": 1
    },
    "pleads": {
      "honesty": -6,
      "boundaries": -8
    },
    "sarcasm": {
      "boundaries": -16
    },
    "sets-limit": {
      "boundaries": 5
    },
    "shouting": {
      "boundaries": -16
    },
    "states-consequence": {
      "boundaries": 20
    },
    "threatens": {
      "boundaries": -30
    },
    "transparent-limits": {
      "honesty": 15
    },
    "vague-deflection": {
      "honesty": -3
    }
  }
} as const;
