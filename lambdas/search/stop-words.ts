/**
 * English stop words, folded: the common function words of the usual lists (Lucene's English set,
 * Snowball's short list), contractions without their apostrophe, plus the reporting verbs that
 * nearly every wire story carries (`said`, `says`, `told`). They decide no ranking and would cost
 * an index item in every story.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(`
a about above after again against all am an and any are aren arent as at be because been before being
below between both but by can cannot cant could couldn couldnt did didn didnt do does doesn doesnt doing
don dont down during each few for from further had hadn hadnt has hasn hasnt have haven havent having he
hed hell hes her here heres hers herself him himself his how hows i id ill im ive if in into is isn isnt
it its itself lets me more most mustn mustnt my myself no nor not of off on once only or other ought our
ours ourselves out over own same shan shant she shed shell shes should shouldn shouldnt so some such than
that thats the their theirs them themselves then there theres these they theyd theyll theyre theyve this
those through to too under until up very was wasn wasnt we wed well were weve weren werent what whats
when whens where wheres which while who whos whom why whys will with won wont would wouldn wouldnt you
youd youll youre youve your yours yourself yourselves also just may might must shall said says say told
`.trim().split(/\s+/));
