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
 *       "within": 0.948,
 *       "band": 0.866
 *     },
 *     "handNumbers": {
 *       "within": 0.95,
 *       "band": 0.872
 *     },
 *     "refitted": false
 *   },
 *   "empathy": {
 *     "rows": 1058,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.948,
 *       "band": 0.832
 *     },
 *     "handNumbers": {
 *       "within": 0.953,
 *       "band": 0.866
 *     },
 *     "refitted": false
 *   },
 *   "honesty": {
 *     "rows": 1105,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.929,
 *       "band": 0.827
 *     },
 *     "handNumbers": {
 *       "within": 0.922,
 *       "band": 0.816
 *     },
 *     "refitted": false
 *   },
 *   "boundaries": {
 *     "rows": 840,
 *     "lambda": 10,
 *     "heldOut": {
 *       "within": 0.93,
 *       "band": 0.776
 *     },
 *     "handNumbers": {
 *       "within": 0.918,
 *       "band": 0.728
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
      "boundaries": -5
    },
    "blames-customer": {
      "boundaries": -6
    },
    "capitulates": {
      "boundaries": -11
    },
    "certain-forecast": {
      "boundaries": -3
    },
    "concrete-next-step": {
      "boundaries": 4
    },
    "contradicts-facts": {
      "boundaries": -15
    },
    "dares": {
      "boundaries": -11
    },
    "dismissive": {
      "boundaries": -4
    },
    "flat-refusal": {
      "boundaries": -9
    },
    "gives-away": {
      "boundaries": -17
    },
    "gives-in": {
      "boundaries": -14
    },
    "grants-demand": {
      "boundaries": -8
    },
    "grovels": {
      "boundaries": -1
    },
    "guarantees-outcome": {
      "boundaries": -9
    },
    "holds-limit": {
      "boundaries": 9
    },
    "ignores-abuse": {
      "boundaries": -2
    },
    "insult": {
      "boundaries": -17
    },
    "offers-alternative": {
      "boundaries": 2
    },
    "pleads": {
      "boundaries": -7
    },
    "rewards-abuse": {
      "boundaries": -13
    },
    "sarcasm": {
      "boundaries": -16
    },
    "sets-limit": {
      "boundaries": 3
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
