/**
 * Written by `npm run fit` (scripts/fit.mjs) from labelled data; do not edit by hand.
 * Data: ../shared/eval/dev.jsonl (180), ../shared/eval/dev-realistic.jsonl (120), eval/holdout-team.jsonl (96), eval/holdout-team-2.jsonl (84), eval/holdout-team-3.jsonl (72), eval/holdout-team-4.jsonl (60), eval/holdout-team-5.jsonl (96), eval/holdout-team-7.jsonl (96), eval/holdout-team-8.jsonl (96), eval/holdout-team-10.jsonl (96), the shipped scenarios' model answers.
 * Per dimension: the base and the points of each signal whose fitted number differs from the
 * detector's own (the rest keep theirs). Held-out figures are leave-one-set-out, scored as the
 * engine scores them (points, clamp, caps):
 * {
 *   "calm": {
 *     "rows": 1106,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.957,
 *       "band": 0.882
 *     },
 *     "handNumbers": {
 *       "within": 0.96,
 *       "band": 0.866
 *     },
 *     "refitted": false
 *   },
 *   "empathy": {
 *     "rows": 1059,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.954,
 *       "band": 0.847
 *     },
 *     "handNumbers": {
 *       "within": 0.959,
 *       "band": 0.876
 *     },
 *     "refitted": false
 *   },
 *   "honesty": {
 *     "rows": 1106,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.947,
 *       "band": 0.831
 *     },
 *     "handNumbers": {
 *       "within": 0.937,
 *       "band": 0.824
 *     },
 *     "refitted": false
 *   },
 *   "boundaries": {
 *     "rows": 841,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.934,
 *       "band": 0.805
 *     },
 *     "handNumbers": {
 *       "within": 0.917,
 *       "band": 0.758
 *     },
 *     "refitted": true
 *   }
 * }
 */
export const FITTED = {
  "base": {
    "boundaries": 56
  },
  "points": {
    "(abusive line)": {
      "boundaries": -5
    },
    "blames-customer": {
      "boundaries": -5
    },
    "capitulates": {
      "boundaries": -11
    },
    "certain-forecast": {
      "boundaries": -2
    },
    "concrete-next-step": {
      "boundaries": 3
    },
    "contradicts-facts": {
      "boundaries": -16
    },
    "dares": {
      "boundaries": -13
    },
    "dismissive": {
      "boundaries": -4
    },
    "flat-refusal": {
      "boundaries": -9
    },
    "gives-away": {
      "boundaries": -18
    },
    "gives-in": {
      "boundaries": -15
    },
    "grants-demand": {
      "boundaries": -7
    },
    "grovels": {
      "boundaries": -1
    },
    "guarantees-outcome": {
      "boundaries": -10
    },
    "ignores-abuse": {
      "boundaries": -3
    },
    "insult": {
      "boundaries": -18
    },
    "offers-alternative": {
      "boundaries": 1
    },
    "pleads": {
      "boundaries": -8
    },
    "retorts": {
      "boundaries": -7
    },
    "rewards-abuse": {
      "boundaries": -13
    },
    "sarcasm": {
      "boundaries": -17
    },
    "sets-limit": {
      "boundaries": 2
    },
    "shouting": {
      "boundaries": -16
    },
    "states-consequence": {
      "boundaries": 15
    },
    "threatens": {
      "boundaries": -29
    },
    "throws-back": {
      "boundaries": -6
    },
    "transparent-limits": {
      "boundaries": 9
    },
    "unbacked-promise": {
      "boundaries": -9
    }
  }
} as const;
