/**
 * Feeling words a reply can use to name what the customer feels (EPITOME's "emotional
 * reactions", Sharma et al. 2020). Prefix forms cover inflections ("frustrat*": frustrated,
 * frustrating, frustration). Source: compiled for this project from Plutchik's wheel and the
 * NRC Emotion Lexicon's anger/fear/sadness/disgust categories (Mohammad & Turney 2013; only the
 * idea of the categories is used, no NRC data is copied), checked against the seeds' examples.
 * Licence: MIT, part of this project.
 */
export const FEELING_WORDS: readonly string[] = [
  "frustrat*", "annoy*", "infuriat*", "maddening", "irritat*", "exasperat*", "aggravat*",
  "angry", "anger", "angered", "furious", "fuming", "livid", "cross", "mad", "outrag*", "seething",
  "upset*", "stress*", "worr*", "anxious", "anxiety", "nervous", "uneasy", "on edge", "rattled", "shaken",
  "scar*", "frighten*", "terrif*", "afraid", "fear*", "panic*", "alarm*", "distress*", "unsettl*",
  "disappoint*", "devastat*", "heartbreak*", "heartbroken", "gutted", "crushed", "sad", "sadness", "grief", "griev*", "mourn*",
  "awful", "horrible", "terrible", "dreadful", "miserable", "rotten", "rubbish", "nightmare", "ordeal",
  "unfair", "unjust", "exhaust*", "draining", "fed up", "sick of", "tired of", "had enough", "at the end of your tether",
  "confus*", "overwhelm*", "embarrass*", "humiliat*", "hurt*", "lonely", "helpless", "powerless", "trapped",
  "let down", "ignored", "dismissed", "insulting", "shock*", "horrif*", "concern*", "inconvenient",
  "fobbed off", "messed around", "pushed around", "hassle", "a pain", "wound up", "painful", "hard",
  "tough", "difficult", "worst", "horrid", "disgust*", "appall*", "betray*", "neglected", "rushed", "pressured",
  "under pressure", "stuck", "left in the dark", "in limbo", "on hold for", "the last thing you need", "galling", "gross", "revolting",
  "disgusting", "vile", "taken for a ride", "ripped off", "cheated", "scary", "unsettling", "heartbreaking", "mean so much", "means so much",
  "mean a lot", "means a lot", "how much * mean", "how much * means", "patience thin", "anyone patience", "on your mind",
];

/** Frames that attribute a feeling to the customer or the situation ("that sounds maddening"). */
export const FEELING_FRAMES: readonly string[] = [
  "you must be", "you must have been", "must be", "must have been", "must feel", "sounds", "sounds like", "that is", "it is", "this is",
  "so", "really", "incredibly", "understandably", "no wonder", "i can hear", "i can see", "i can tell", "i can imagine", "i imagine",
  "anyone would be", "anyone would feel", "i would be", "i would feel", "you feel", "you are", "you have been", "feeling", "how",
];
