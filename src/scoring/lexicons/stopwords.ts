/**
 * Words too common to show that a reply reflects the customer's own words. Source: a short
 * English stop list (in the spirit of the SMART list, Salton 1971) plus service-desk filler
 * ("customer", "order", "sorry"), written for this project. Licence: MIT, part of this project.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by can could " +
    "did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in " +
    "into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same " +
    "she should so some such than that the their theirs them themselves then there these they this those through to too under until up " +
    "very was we were what when where which while who whom why will with would you your yours yourself yourselves okay yes yeah oh well " +
    "also still even get got go going gone let make made one thing things really much many way want need know think said say tell told " +
    "sorry please thank thanks customer service hello hi dear sir madam mate look like right actually literally just am pm today now " +
    "never ever every anything something nothing everything anyone someone everyone back going come came take took give gave can't " +
    "im ive ill id dont cant wont u ur"
  ).split(" "),
);
