/**
 * Very common function words of the languages a trainee here is most likely to reply in besides
 * English (Spanish, French, German, Italian, Portuguese, Dutch, Polish), chosen so that none is
 * also an everyday English word. Used only to notice a reply that is not in English, so that it
 * gets a notice instead of a confident score from English word lists. Source: written for this
 * project from each language's commonest closed-class words. Licence: MIT, part of this project.
 */
export const OTHER_LANGUAGE_WORDS: ReadonlySet<string> = new Set(
  // Spanish
  (
    "que el los las del por para una unos muy pero está están usted ustedes puedo podemos siento entiendo gracias también " +
    // French
    "je vous nous est sont pas une des les du avec pour mais très votre vos suis peux pouvons désolé désolée merci aussi " +
    // German
    "ich sie und nicht das der ist ein eine mit für aber sehr ihr ihre ihnen kann können leid danke auch wir " +
    // Italian
    "che sono della delle gli una molto mi dispiace grazie anche posso possiamo siamo " +
    // Portuguese
    "não muito obrigado obrigada você vocês está estou podemos também " +
    // Dutch
    "het een niet ik wij jullie zijn heel maar voor met dank ook " +
    // Polish
    "się nie jest że przykro dziękuję bardzo pani mogę możemy także"
  ).split(" "),
);
