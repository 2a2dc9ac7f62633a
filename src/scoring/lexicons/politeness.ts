/**
 * Politeness and receptiveness strategies, read as composure on calm.
 * Sources: the politeness strategies of Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec and
 * Potts (2013), "A computational approach to politeness with application to social factors"
 * (gratitude, greeting, deference, "please", indirect and subjunctive requests, hedges; on the
 * impolite side direct "why" questions and factuality: "actually", "in fact"); and the
 * conversational receptiveness markers of Yeomans, Minson, Collins, Chen and Gino (2020)
 * (acknowledgement, agreement and hedging against contradiction and "you're wrong"). Word lists
 * written for this project from the strategies those papers name; MIT licence.
 */

/** Gratitude. */
export const GRATITUDE: readonly string[] = [
  "thank you",
  "thanks",
  "many thanks",
  "i|we [really|truly|do] appreciate",
  "appreciate it|that|your|you|the",
  "grateful",
  "much obliged",
];

/** Greetings, as a sentence's first words. */
export const GREETINGS: readonly string[] = [
  "hi",
  "hello",
  "hey",
  "hiya",
  "dear",
  "greetings",
  "good morning|afternoon|evening",
];

/**
 * Softened requests: "please", indirect and subjunctive ("could you", "would you mind"). A
 * sentence-initial "Please ..." is a direct order with a courtesy word in front, rated no more
 * polite than the bare order (Danescu-Niculescu-Mizil et al. 2013), so the detector skips it.
 */
export const POLITE_REQUESTS: readonly string[] = [
  "please",
  "could you",
  "would you",
  "could i",
  "may i",
  "might i",
  "would it be possible",
  "would it be okay",
  "do you mind",
  "if you do not mind",
  "i was wondering",
  "i wonder if|whether",
  "if possible",
  "if you can",
  "when you get|have a chance|moment",
  "by the way",
];

/** Hedges: the speaker leaves room for another view. */
export const HEDGES: readonly string[] = [
  "i think",
  "i believe",
  "i guess",
  "i suppose",
  "i feel that",
  "perhaps",
  "maybe",
  "possibly",
  "might",
  "it seems",
  "seems",
  "somewhat",
  "kind of",
  "sort of",
  "i would suggest",
  "i suggest",
  "in my opinion",
  "in my view",
  "i am not sure",
  "not entirely sure",
  "to some extent",
  "to a certain extent",
];

/** Acknowledging the other person's view, agreeing with part of it, crediting their work. */
export const VIEW_ACKNOWLEDGEMENTS: readonly string[] = [
  "i understand",
  "i can understand",
  "i see your point",
  "i see what you mean",
  "i see what you are saying",
  "i see where you are coming from",
  "i see why",
  "i can see why|where|how|that",
  "i hear you",
  "i hear what you",
  "i get that|why|where",
  "good|fair|valid|great|excellent|interesting point",
  "you make a good|fair|valid|great point",
  "you raise a good|fair|valid|great",
  "you have a point",
  "you are right",
  "you are quite|absolutely|completely right",
  "that is true",
  "that is fair",
  "i agree",
  "i can agree",
  "i do agree",
  "agreed",
  "i respect",
  "that makes sense",
  "makes sense",
  "understandable",
  "good|great|nice|excellent|brilliant|superb|wonderful work|job|question|idea|catch|suggestion|effort",
];

/** Contradiction and point-scoring: "actually", "in fact", "you're wrong", "what's wrong with you". */
export const CONFRONTATION: readonly string[] = [
  "actually",
  "in fact",
  "as a matter of fact",
  "the fact is",
  "the reality is",
  "the truth is",
  "you are wrong",
  "you are mistaken",
  "you are simply wrong",
  "that is wrong",
  "that is not true",
  "that is simply not",
  "i disagree",
  "nonsense",
  "you do not understand",
  "you clearly do not",
  "you obviously do not",
  "what is wrong with you",
  "what is your problem",
  "what were you thinking",
  "who do you think you are",
  "are you serious",
  "are you kidding",
  "are you joking",
  "how dare you",
  "do you even",
  "have you even",
];

/** Question words that, opening a question, make it a direct challenge ("Why did you ...?"). */
export const CHALLENGE_QUESTION_WORDS: ReadonlySet<string> = new Set(["why"]);
