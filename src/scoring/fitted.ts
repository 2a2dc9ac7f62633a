/**
 * Written by `npm run fit` (scripts/fit.mjs) from labelled data; do not edit by hand.
 * Data: ../shared/eval/dev.jsonl (180), ../shared/eval/dev-realistic.jsonl (120), eval/holdout-team.jsonl (96), eval/holdout-team-2.jsonl (84), eval/holdout-team-3.jsonl (72), eval/holdout-team-4.jsonl (60), eval/holdout-team-5.jsonl (96), eval/holdout-team-7.jsonl (96), eval/holdout-team-8.jsonl (96), eval/holdout-team-10.jsonl (96), the shipped scenarios' model answers.
 * Per dimension: the base and the points of each signal whose fitted number differs from the
 * detector's own (the rest keep theirs). Held-out figures are leave-one-set-out, scored as the
 * engine scores them (points, clamp, caps):
 * {
 *   "calm": {
 *     "rows": 1105,
 *     "lambda": 30,
 *     "heldOut": {
 *       "within": 0.949,
 *       "band": 0.869
 *     },
 *     "handNumbers": {
 *       "within": 0.951,
 *       "band": 0.852
 *     },
 *     "refitted": false
 *   },
 *   "empathy": {
 *     "rows": 1058,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.948,
 *       "band": 0.833
 *     },
 *     "handNumbers": {
 *       "within": 0.954,
 *       "band": 0.868
 *     },
 *     "refitted": false
 *   },
 *   "honesty": {
 *     "rows": 1105,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.935,
 *       "band": 0.832
 *     },
 *     "handNumbers": {
 *       "within": 0.926,
 *       "band": 0.814
 *     },
 *     "refitted": false
 *   },
 *   "boundaries": {
 *     "rows": 840,
 *     "lambda": 30,
 *     "heldOut": {
 *       "within": 0.933,
 *       "band": 0.78
 *     },
 *     "handNumbers": {
 *       "within": 0.917,
 *       "band": 0.73
 *     },
 *     "refitted": true
 *   }
 * }
 */
export const FITTED = {
  "base": {
    "boundaries": 59
  },
  "points": {
    "(abusive line)": {
      "boundaries": -7
    },
    "blames-customer": {
      "boundaries": -9
    },
    "capitulates": {
      "boundaries": -16
    },
    "certain-forecast": {
      "boundaries": -5
    },
    "concrete-next-step": {
      "boundaries": 2
    },
    "contradicts-facts": {
      "boundaries": -17
    },
    "dares": {
      "boundaries": -13
    },
    "dismissive": {
      "boundaries": -7
    },
    "gives-away": {
      "boundaries": -21
    },
    "gives-in": {
      "boundaries": -17
    },
    "grants-demand": {
      "boundaries": -11
    },
    "grovels": {
      "boundaries": -5
    },
    "guarantees-outcome": {
      "boundaries": -10
    },
    "holds-limit": {
      "boundaries": 7
    },
    "ignores-abuse": {
      "boundaries": -1
    },
    "insult": {
      "boundaries": -23
    },
    "offers-alternative": {
      "boundaries": 3
    },
    "pleads": {
      "boundaries": -9
    },
    "rewards-abuse": {
      "boundaries": -14
    },
    "sarcasm": {
      "boundaries": -19
    },
    "sets-limit": {
      "boundaries": 5
    },
    "shouting": {
      "boundaries": -13
    },
    "states-consequence": {
      "boundaries": 18
    },
    "threatens": {
      "boundaries": -33
    },
    "throws-back": {
      "boundaries": -7
    },
    "transparent-limits": {
      "boundaries": 7
    },
    "unbacked-promise": {
      "boundaries": -11
    }
  }
} as const;
