/**
 * Acknowledgement, validation, exploration and invalidation cues (LABELS.md "empathy").
 * Sources: EPITOME's three mechanisms, emotional reactions, interpretations and explorations
 * (Sharma et al. 2020); conversational receptiveness markers, "I understand", "I see your point",
 * acknowledgement and hedged agreement (Yeomans et al. 2020); the seeds' advice to name the
 * feeling before the problem and not to say "calm down". Written for this project; MIT licence.
 */

/** Acknowledgement and apology: generic on their own, the floor of empathy. */
export const ACKNOWLEDGEMENTS: readonly string[] = [
  "sorry", "apologise", "apologize", "apologies", "apologising", "apologizing", "my apologies", "i understand", "i totally understand",
  "i completely understand", "i do understand", "i get that", "i get it", "i hear you", "i hear that", "i see that", "i see why",
  "i see what you mean", "fair enough", "that is not good", "that is not okay", "that is not right", "that is not on",
  "that is not acceptable", "not acceptable", "not good enough", "i can understand", "understandable", "oh no", "what a pain",
  "thank you for telling me", "thank you for explaining", "thanks for explaining", "thanks for letting me know",
  "thank you for bearing with", "thank you for your patience", "sorry to hear", "i appreciate", "do not worry", "no worries",
];

/** Validation: their reaction makes sense ("no wonder", "anyone would", "you're right to"). */
export const VALIDATION: readonly string[] = [
  "no wonder", "anyone would", "anybody would", "of course you are", "of course you feel", "you are right to", "you have every right",
  "you have every reason", "i do not blame you", "i would not blame you", "makes sense", "that is fair", "fair to be", "i would be * too",
  "i would feel * too", "i would be the same", "i would feel the same", "i would have been * too", "completely understandable",
  "totally understandable", "perfectly understandable", "understandably", "it is natural", "that is a lot", "far too long",
  "far too soon", "should not have happened", "should never have happened", "not what you", "not the experience", "the last thing you need",
  "right to be", "every reason to be", "i won't pretend", "i am not going to pretend", "i would rather",
];

/** Explorations: questions that invite the customer to say more or to choose. */
export const EXPLORATIONS: readonly string[] = [
  "which would you prefer", "which would suit", "which suits", "which works", "what would help", "what would work", "what would you like",
  "would you like", "would you prefer", "would it help", "does that work", "does either", "does that sound", "does that help",
  "can you tell me", "could you tell me", "tell me more", "tell me what happened", "what happened", "how are you", "how is he", "how is she",
  "are you okay", "is everyone okay", "what matters most", "what do you need", "how can i help", "how can we put", "how would you like",
  "shall i", "want me to", "do you want me to", "should i", "is there anything that would", "walk me through", "help me understand",
];

/** Invalidation: the customer's feeling or problem is waved away ("you're overreacting", "at least ..."). */
export const INVALIDATION: readonly string[] = [
  "calm down", "relax", "do not panic", "no need to panic", "no need to get upset", "no need to be upset",
  "you are overreacting", "overreact*", "over-react*", "it is not a big deal", "not a big deal", "no big deal",
  "it is only #|a|an|one|money|some|minutes|days|a|the", "it was only #|a|an|one|some|minutes|days", "it is just a|an|one|some",
  "at least you|it|they|he|she|nobody|no", "could be worse", "could have been worse", "blow this out of proportion",
  "out of proportion", "it was a mild", "he is fine now", "she is fine now", "you are fine", "look on the bright side",
  "these things happen", "it happens", "crying is not", "crying will not", "shouting will not", "shouting is not",
  "getting angry will not", "no need for the drama", "drama", "you will live", "first world problem", "worse things happen",
  "do not take it personally",
];
