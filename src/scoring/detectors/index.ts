/** The registry of built-in detectors, one module each, sorted by id. A meta-test checks that every
 * file in this folder is registered here and that each id matches its file name. */
import type { Detector } from "../types.js";
import { detector as acknowledges } from "./acknowledges.js";
import { detector as actionTaken } from "./action-taken.js";
import { detector as bendsRules } from "./bends-rules.js";
import { detector as blamesCustomer } from "./blames-customer.js";
import { detector as blamesOthers } from "./blames-others.js";
import { detector as butUndercut } from "./but-undercut.js";
import { detector as capitulates } from "./capitulates.js";
import { detector as certainForecast } from "./certain-forecast.js";
import { detector as claimsUnknown } from "./claims-unknown.js";
import { detector as coldQuestion } from "./cold-question.js";
import { detector as coldRefusal } from "./cold-refusal.js";
import { detector as concreteNextStep } from "./concrete-next-step.js";
import { detector as confrontational } from "./confrontational.js";
import { detector as contradictsFacts } from "./contradicts-facts.js";
import { detector as curtReply } from "./curt-reply.js";
import { detector as curtShutdown } from "./curt-shutdown.js";
import { detector as dares } from "./dares.js";
import { detector as defendsMistake } from "./defends-mistake.js";
import { detector as defensive } from "./defensive.js";
import { detector as deniesFault } from "./denies-fault.js";
import { detector as deniesOurMistake } from "./denies-our-mistake.js";
import { detector as dismissive } from "./dismissive.js";
import { detector as doubtsCustomer } from "./doubts-customer.js";
import { detector as exclamationRun } from "./exclamation-run.js";
import { detector as explores } from "./explores.js";
import { detector as flatRefusal } from "./flat-refusal.js";
import { detector as flippant } from "./flippant.js";
import { detector as formLetter } from "./form-letter.js";
import { detector as formalRegret } from "./formal-regret.js";
import { detector as genericFeeling } from "./generic-feeling.js";
import { detector as givesAway } from "./gives-away.js";
import { detector as givesIn } from "./gives-in.js";
import { detector as givesSpecifics } from "./gives-specifics.js";
import { detector as grantsDemand } from "./grants-demand.js";
import { detector as greets } from "./greets.js";
import { detector as grovels } from "./grovels.js";
import { detector as guaranteesOutcome } from "./guarantees-outcome.js";
import { detector as hedges } from "./hedges.js";
import { detector as holdsLimit } from "./holds-limit.js";
import { detector as honestEstimate } from "./honest-estimate.js";
import { detector as ignoresAbuse } from "./ignores-abuse.js";
import { detector as impersonal } from "./impersonal.js";
import { detector as insult } from "./insult.js";
import { detector as invalidates } from "./invalidates.js";
import { detector as mockingQuote } from "./mocking-quote.js";
import { detector as namesFeeling } from "./names-feeling.js";
import { detector as namesUnknown } from "./names-unknown.js";
import { detector as noAcknowledgement } from "./no-acknowledgement.js";
import { detector as normalisesProblem } from "./normalises-problem.js";
import { detector as offersAlternative } from "./offers-alternative.js";
import { detector as openToView } from "./open-to-view.js";
import { detector as ownsMistake } from "./owns-mistake.js";
import { detector as panics } from "./panics.js";
import { detector as pleads } from "./pleads.js";
import { detector as politeRequest } from "./polite-request.js";
import { detector as politeSarcasm } from "./polite-sarcasm.js";
import { detector as reflectsSituation } from "./reflects-situation.js";
import { detector as repeatedStockPhrase } from "./repeated-stock-phrase.js";
import { detector as retorts } from "./retorts.js";
import { detector as rewardsAbuse } from "./rewards-abuse.js";
import { detector as rhetoricalJab } from "./rhetorical-jab.js";
import { detector as sarcasm } from "./sarcasm.js";
import { detector as scriptedColdness } from "./scripted-coldness.js";
import { detector as selfAbasing } from "./self-abasing.js";
import { detector as setsLimit } from "./sets-limit.js";
import { detector as shouting } from "./shouting.js";
import { detector as snideOpener } from "./snide-opener.js";
import { detector as statesConsequence } from "./states-consequence.js";
import { detector as statesFacts } from "./states-facts.js";
import { detector as swears } from "./swears.js";
import { detector as tagQuestion } from "./tag-question.js";
import { detector as thanks } from "./thanks.js";
import { detector as threatens } from "./threatens.js";
import { detector as throwsBack } from "./throws-back.js";
import { detector as transparentLimits } from "./transparent-limits.js";
import { detector as unbackedPromise } from "./unbacked-promise.js";
import { detector as understandsSituation } from "./understands-situation.js";
import { detector as vagueDeflection } from "./vague-deflection.js";
import { detector as validates } from "./validates.js";
import { detector as wishesWell } from "./wishes-well.js";

export const DETECTORS: readonly Detector[] = [
  acknowledges,
  actionTaken,
  bendsRules,
  blamesCustomer,
  blamesOthers,
  butUndercut,
  capitulates,
  certainForecast,
  claimsUnknown,
  coldQuestion,
  coldRefusal,
  concreteNextStep,
  confrontational,
  contradictsFacts,
  curtReply,
  curtShutdown,
  dares,
  defendsMistake,
  defensive,
  deniesFault,
  deniesOurMistake,
  dismissive,
  doubtsCustomer,
  exclamationRun,
  explores,
  flatRefusal,
  flippant,
  formLetter,
  formalRegret,
  genericFeeling,
  givesAway,
  givesIn,
  givesSpecifics,
  grantsDemand,
  greets,
  grovels,
  guaranteesOutcome,
  hedges,
  holdsLimit,
  honestEstimate,
  ignoresAbuse,
  impersonal,
  insult,
  invalidates,
  mockingQuote,
  namesFeeling,
  namesUnknown,
  noAcknowledgement,
  normalisesProblem,
  offersAlternative,
  openToView,
  ownsMistake,
  panics,
  pleads,
  politeRequest,
  politeSarcasm,
  reflectsSituation,
  repeatedStockPhrase,
  retorts,
  rewardsAbuse,
  rhetoricalJab,
  sarcasm,
  scriptedColdness,
  selfAbasing,
  setsLimit,
  shouting,
  snideOpener,
  statesConsequence,
  statesFacts,
  swears,
  tagQuestion,
  thanks,
  threatens,
  throwsBack,
  transparentLimits,
  unbackedPromise,
  understandsSituation,
  vagueDeflection,
  validates,
  wishesWell,
];
