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
 *     "lambda": 30,
 *     "heldOut": {
 *       "within": 0.875,
 *       "band": 0.711
 *     },
 *     "handNumbers": {
 *       "within": 0.844,
 *       "band": 0.702
 *     },
 *     "refitted": false
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
    "boundaries": 55
  },
  "points": {
    "(abusive line)": {
      "boundaries": -8
    },
    "blames-customer": {
      "boundaries": -6
    },
    "capitulates": {
      "boundaries": -18
    },
    "certain-forecast": {
      "boundaries": -3
    },
    "contradicts-facts": {
      "boundaries": -18
    },
    "dismissive": {
      "boundaries": -4
    },
    "flat-refusal": {
      "boundaries": -9
    },
    "gives-away": {
      "boundaries": -15
    },
    "grovels": {
      "boundaries": -2
    },
    "guarantees-outcome": {
      "boundaries": -11
    },
    "holds-limit": {
      "boundaries": 20
    },
    "ignores-abuse": {
      "boundaries": -2
    },
    "insult": {
      "boundaries": -26
    },
    "offers-alternative": {
      "boundaries": 1
    },
    "pleads": {
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
    }
  }
} as const;
