/**
 * Written by `npm run fit` (scripts/fit.mjs) from labelled data; do not edit by hand.
 * Data: ../shared/eval/dev.jsonl (180), ../shared/eval/dev-realistic.jsonl (120), eval/holdout-team.jsonl (96), eval/holdout-team-2.jsonl (84), eval/holdout-team-3.jsonl (72), eval/holdout-team-4.jsonl (60), eval/holdout-team-5.jsonl (96), the shipped scenarios' model answers.
 * Per dimension: the base and the points of each signal whose fitted number differs from the
 * detector's own (the rest keep theirs). Held-out figures are leave-one-set-out, scored as the
 * engine scores them (points, clamp, caps):
 * {
 *   "calm": {
 *     "rows": 817,
 *     "lambda": 30,
 *     "heldOut": {
 *       "within": 0.905,
 *       "band": 0.832
 *     },
 *     "handNumbers": {
 *       "within": 0.905,
 *       "band": 0.838
 *     },
 *     "refitted": false
 *   },
 *   "empathy": {
 *     "rows": 770,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.945,
 *       "band": 0.817
 *     },
 *     "handNumbers": {
 *       "within": 0.947,
 *       "band": 0.858
 *     },
 *     "refitted": false
 *   },
 *   "honesty": {
 *     "rows": 817,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.911,
 *       "band": 0.759
 *     },
 *     "handNumbers": {
 *       "within": 0.902,
 *       "band": 0.761
 *     },
 *     "refitted": false
 *   },
 *   "boundaries": {
 *     "rows": 619,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.902,
 *       "band": 0.768
 *     },
 *     "handNumbers": {
 *       "within": 0.894,
 *       "band": 0.734
 *     },
 *     "refitted": true
 *   }
 * }
 */
export const FITTED = {
  "base": {
    "boundaries": 57
  },
  "points": {
    "(abusive line)": {
      "boundaries": -6
    },
    "blames-customer": {
      "boundaries": -7
    },
    "capitulates": {
      "boundaries": -16
    },
    "certain-forecast": {
      "boundaries": -3
    },
    "contradicts-facts": {
      "boundaries": -20
    },
    "dismissive": {
      "boundaries": -5
    },
    "flat-refusal": {
      "boundaries": -11
    },
    "gives-away": {
      "boundaries": -15
    },
    "grovels": {
      "boundaries": -3
    },
    "guarantees-outcome": {
      "boundaries": -13
    },
    "holds-limit": {
      "boundaries": 16
    },
    "ignores-abuse": {
      "boundaries": -2
    },
    "insult": {
      "boundaries": -24
    },
    "offers-alternative": {
      "boundaries": 3
    },
    "pleads": {
      "boundaries": -8
    },
    "sarcasm": {
      "boundaries": -17
    },
    "sets-limit": {
      "boundaries": 3
    },
    "shouting": {
      "boundaries": -16
    },
    "states-consequence": {
      "boundaries": 18
    },
    "threatens": {
      "boundaries": -30
    },
    "unbacked-promise": {
      "boundaries": -9
    }
  }
} as const;
