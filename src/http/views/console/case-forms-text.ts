// The words of the request page's forms (case-forms.ts, review-section.ts, decision-section.ts):
// extension, pause and resume, manual matching, secrecy review and decision, in Swedish and English.
import type { Language } from '../../request-language.ts';
import type { DecisionOutcome, RefusalKind } from '../../../domain/decision.ts';
import type { SupplementNeed } from '../../../documents/letters/letter-model.ts';
import type { ExtensionReason } from './case-types.ts';

export interface CaseFormsText {
  readonly actions: string;
  readonly extension: { readonly heading: string; readonly lead: string; readonly reason: string; readonly reasons: Readonly<Record<ExtensionReason, string>>;
    readonly text: string; readonly textHint: string; readonly submit: string; readonly reasonError: string; readonly textError: string;
    readonly alreadyExtended: string; readonly firstMonthOver: string; readonly current: (reason: string) => string };
  readonly pause: { readonly heading: string; readonly lead: string; readonly needs: string; readonly needLabels: Readonly<Record<SupplementNeed, string>>;
    readonly details: string; readonly detailsHint: string; readonly submit: string; readonly needsError: string };
  readonly resume: { readonly heading: string; readonly lead: string; readonly submit: string };
  readonly retry: { readonly heading: string; readonly lead: (code: string) => string; readonly submit: string };
  /** The button on a failed delivery's row; the label names the letters for screen readers. */
  readonly resendDelivery: { readonly submit: string; readonly label: (letters: string) => string; readonly error: string };
  readonly assign: { readonly heading: string; readonly nobody: string; readonly holder: (who: string) => string; readonly submit: string };
  readonly match: { readonly heading: string; readonly lead: string; readonly subject: string; readonly hint: string; readonly submit: string; readonly error: string };
  readonly review: { readonly heading: string; readonly lead: string; readonly caption: string; readonly item: string; readonly dataset: string;
    readonly kinds: string; readonly values: string; readonly noValues: string; readonly proposal: string; readonly by: string; readonly none: string; readonly approvedBy: (who: string) => string;
    readonly proposedBy: (who: string) => string; readonly decisions: { readonly release: string; readonly redact: string; readonly withhold: string };
    readonly proposeLegend: (item: string) => string; readonly decision: string; readonly kind: string; readonly fields: string; readonly fieldsHint: string;
    readonly submit: string; readonly approve: string; readonly approveLead: string; readonly decisionError: string; readonly kindError: string;
    readonly fieldsError: string; readonly notInReview: string };
  readonly decision: { readonly heading: string; readonly proposedLead: (who: string, when: string) => string; readonly approvedLead: (who: string, when: string) => string;
    readonly caption: string; readonly item: string; readonly outcome: string; readonly outcomes: Readonly<Record<DecisionOutcome, string>>;
    readonly reasons: string; readonly grounds: string; readonly overallReasons: string; readonly refusalKind: string;
    readonly refusalKinds: Readonly<Record<RefusalKind, string>>; readonly noRefusalKind: string;
    readonly formHeading: string; readonly formLead: string; readonly itemLegend: (index: number) => string; readonly description: string;
    readonly descriptionHint: string; readonly itemReasons: string; readonly itemReasonsHint: string; readonly groundsLegend: string;
    readonly otherGround: string; readonly otherGroundHint: string; readonly overallLegend: string; readonly overallHint: string;
    readonly addItem: string; readonly submit: string; readonly approvalHint: string;
    readonly approveHeading: string; readonly approve: string; readonly sendBack: string; readonly ownProposal: string; readonly decidedItems: string; readonly reviewerOnly: string;
    readonly problems: { readonly description: string; readonly outcome: string; readonly reasons: string; readonly ground: string;
      readonly justification: string; readonly refusalWithoutRefusal: string; readonly items: string } };
}

const sv: CaseFormsText = {
  actions: 'Handläggning',
  extension: {
    heading: 'Förläng tiden', lead: 'Tiden kan förlängas med två månader en gång, bara under den första månaden och bara med skäl. Personen får ett besked.',
    reason: 'Varför behövs mer tid?', reasons: { complexity: 'Begäran är omfattande eller komplicerad', 'number-of-requests': 'Vi har fått många begäranden' },
    text: 'Skäl till personen', textHint: 'Står i beskedet till personen. Minst 10 tecken.', submit: 'Förläng tiden',
    reasonError: 'Välj varför mer tid behövs.', textError: 'Skriv skälen till personen, minst 10 tecken.',
    alreadyExtended: 'Tiden är redan förlängd; den kan bara förlängas en gång.', firstMonthOver: 'Den första månaden har gått; tiden kan inte förlängas längre.',
    current: (reason) => `Tiden är förlängd: ${reason}`,
  },
  pause: {
    heading: 'Pausa och begär komplettering', lead: 'Tiden står still tills personen har kompletterat. Personen får ett brev om vad som behövs.',
    needs: 'Vad behöver personen lägga till?',
    needLabels: {
      'which-data': 'Vilka uppgifter begäran gäller', context: 'I vilket sammanhang uppgifterna finns', 'proposed-correction': 'Hur uppgifterna ska rättas',
      'objection-grounds': 'Skälen till invändningen', 'representation-proof': 'Bevis på rätten att företräda (fullmakt eller förordnande)',
    },
    details: 'Annat som behövs', detailsHint: 'Står i brevet till personen.', submit: 'Pausa och skicka begäran om komplettering',
    needsError: 'Välj minst en sak personen ska lägga till, eller beskriv det med minst 10 tecken.',
  },
  resendDelivery: {
    submit: 'Skicka igen', label: (letters) => `Skicka igen: ${letters}`, error: 'Utskicket finns inte eller har inte misslyckats.',
  },
  retry: { heading: 'Hämta uppgifterna igen', lead: (code) => `Insamlingen av uppgifterna misslyckades (felkod ${code}). När orsaken är åtgärdad, till exempel när ett källsystem fungerar igen, kan du starta insamlingen på nytt. Sista svarsdag flyttas inte.`, submit: 'Försök igen' },
  assign: { heading: 'Ansvarig handläggare', nobody: 'Ingen handläggare har tagit ärendet ännu.', holder: (who) => `Ärendet handläggs av ${who}.`, submit: 'Ta ärendet' },
  resume: { heading: 'Återuppta', lead: 'När personen har kompletterat flyttas sista svarsdag fram med de dagar ärendet var pausat.', submit: 'Återuppta ärendet' },
  match: {
    heading: 'Identifiera personen', lead: 'Begäran kom med en utländsk e-legitimation utan svenskt personnummer. Ange personens nummer när du har fastställt vem det är, till exempel med folkbokföringen.',
    subject: 'Personnummer eller samordningsnummer', hint: 'Tolv siffror.', submit: 'Koppla ärendet till personen',
    error: 'Ange ett giltigt personnummer eller samordningsnummer med tolv siffror.',
  },
  review: {
    heading: 'Sekretessprövning', lead: 'Uppgifter som kan omfattas av sekretess prövas innan registerutdraget lämnas ut. En handläggare föreslår, en annan person godkänner.',
    caption: 'Uppgifter som väntar på prövning', item: 'Uppgift', dataset: 'Register', kinds: 'Skäl att pröva',
    values: 'Insamlade värden', noValues: 'Inga insamlade värden', proposal: 'Förslag', by: 'Av',
    none: 'Inget förslag ännu', approvedBy: (who) => `Godkänt av ${who}`, proposedBy: (who) => `Föreslaget av ${who}`,
    decisions: { release: 'Lämna ut allt', redact: 'Maska vissa fält', withhold: 'Lämna inte ut uppgiften' },
    proposeLegend: (item) => `Förslag för ${item}`, decision: 'Förslag', kind: 'Sekretesskäl', fields: 'Fält som maskas', fieldsHint: 'Bara när fält maskas.',
    submit: 'Spara förslaget', approve: 'Godkänn förslagen', approveLead: 'Godkänner alla förslag som någon annan har gjort.',
    decisionError: 'Välj ett förslag.', kindError: 'Välj sekretesskälet.', fieldsError: 'Välj de fält som ska maskas.',
    notInReview: 'Ärendet är inte i sekretessprövning.',
  },
  decision: {
    heading: 'Beslut', proposedLead: (who, when) => `Föreslaget av ${who} ${when}.`, approvedLead: (who, when) => `Godkänt av ${who} ${when}.`,
    caption: 'Beslutets punkter', item: 'Punkt', outcome: 'Utfall',
    outcomes: { granted: 'Bifall', 'partly-granted': 'Delvis bifall', refused: 'Avslag' },
    reasons: 'Skäl', grounds: 'Rättslig grund', overallReasons: 'Skäl för beslutet i sin helhet', refusalKind: 'Avslag på hela begäran',
    refusalKinds: { 'manifestly-unfounded': 'Uppenbart ogrundad begäran', excessive: 'Orimlig begäran' }, noRefusalKind: 'Nej',
    formHeading: 'Föreslå beslut', formLead: 'Ett beslut som bifaller allt skickas direkt. Ett beslut som avslår eller utelämnar något godkänns av en annan granskare.',
    itemLegend: (index) => `Punkt ${index}`, description: 'Vad personen begärde', descriptionHint: 'Till exempel: Rättelse av adressen i ärendet om sjukpenning.',
    itemReasons: 'Skäl', itemReasonsHint: 'Krävs vid avslag eller delvis bifall. Minst 10 tecken.', groundsLegend: 'Rättslig grund',
    otherGround: 'Annan bestämmelse', otherGroundHint: 'Skriv bestämmelsen om den inte finns i listan.',
    overallLegend: 'Beslutet i sin helhet', overallHint: 'Krävs vid avslag på hela begäran. Minst 10 tecken.',
    addItem: 'Lägg till en punkt', submit: 'Föreslå beslutet', approvalHint: 'Sparar du ett avslag eller delvis bifall går det till en granskare.',
    approveHeading: 'Godkänn beslutet', approve: 'Godkänn och skicka beslutet', sendBack: 'Återvisa till handläggaren',
    ownProposal: 'Du föreslog beslutet. En annan granskare godkänner det.',
    decidedItems: 'Du avgjorde poster i beslutet. En annan granskare godkänner det.', reviewerOnly: 'Beslutet väntar på godkännande av en granskare.',
    problems: {
      description: 'Beskriv vad personen begärde.', outcome: 'Välj utfall.', reasons: 'Skriv skälen, minst 10 tecken.',
      ground: 'Välj eller skriv minst en rättslig grund.', justification: 'Skriv skälen för att avslå hela begäran, minst 10 tecken.',
      refusalWithoutRefusal: 'Ett avslag på hela begäran kräver att minst en punkt avslås.', items: 'Beslutet behöver minst en punkt.',
    },
  },
};

const en: CaseFormsText = {
  actions: 'Case handling',
  extension: {
    heading: 'Extend the time limit', lead: 'The time limit can be extended by two months once, only during the first month and only with reasons. The person is told.',
    reason: 'Why is more time needed?', reasons: { complexity: 'The request is extensive or complex', 'number-of-requests': 'We have received many requests' },
    text: 'Reasons for the person', textHint: 'Written in the notice to the person. At least 10 characters.', submit: 'Extend the time limit',
    reasonError: 'Choose why more time is needed.', textError: 'Write the reasons for the person, at least 10 characters.',
    alreadyExtended: 'The time limit is already extended; it can be extended once only.', firstMonthOver: 'The first month is over; the time limit can no longer be extended.',
    current: (reason) => `The time limit is extended: ${reason}`,
  },
  pause: {
    heading: 'Pause and ask for a supplement', lead: 'The clock stops until the person has supplemented the request. The person gets a letter saying what is needed.',
    needs: 'What must the person add?',
    needLabels: {
      'which-data': 'Which data the request is about', context: 'In which context the data is', 'proposed-correction': 'How the data should be corrected',
      'objection-grounds': 'The grounds for the objection', 'representation-proof': 'Proof of the right to represent (power of attorney or appointment)',
    },
    details: 'Anything else needed', detailsHint: 'Written in the letter to the person.', submit: 'Pause and send the request to supplement',
    needsError: 'Choose at least one thing the person must add, or describe it in at least 10 characters.',
  },
  resendDelivery: {
    submit: 'Send again', label: (letters) => `Send again: ${letters}`, error: 'The delivery does not exist or has not failed.',
  },
  retry: { heading: 'Collect the data again', lead: (code) => `Collecting the data failed (error code ${code}). Once the cause is dealt with, for example when a source system works again, you can start the collection again. The due date does not move.`, submit: 'Try again' },
  assign: { heading: 'Case handler', nobody: 'No case handler has taken the request yet.', holder: (who) => `The request is handled by ${who}.`, submit: 'Take the request' },
  resume: { heading: 'Resume', lead: 'Once the person has supplemented the request, the due date moves on by the days it was paused.', submit: 'Resume the request' },
  match: {
    heading: 'Identify the person', lead: 'The request came with a foreign eID without a Swedish personal identity number. Enter the person’s number once you have established who it is, for example from the population register.',
    subject: 'Personal identity number or coordination number', hint: 'Twelve digits.', submit: 'Match the request to the person',
    error: 'Enter a valid twelve-digit personal identity number or coordination number.',
  },
  review: {
    heading: 'Secrecy review', lead: 'Data that may be secret is reviewed before the register extract is released. A case handler proposes, someone else approves.',
    caption: 'Items waiting for review', item: 'Item', dataset: 'Register', kinds: 'Why reviewed',
    values: 'Collected values', noValues: 'No collected values', proposal: 'Proposal', by: 'By',
    none: 'No proposal yet', approvedBy: (who) => `Approved by ${who}`, proposedBy: (who) => `Proposed by ${who}`,
    decisions: { release: 'Release all of it', redact: 'Mask some fields', withhold: 'Withhold the item' },
    proposeLegend: (item) => `Proposal for ${item}`, decision: 'Proposal', kind: 'Ground of secrecy', fields: 'Fields to mask', fieldsHint: 'Only when masking fields.',
    submit: 'Save the proposal', approve: 'Approve the proposals', approveLead: 'Approves every proposal made by someone else.',
    decisionError: 'Choose a proposal.', kindError: 'Choose the ground of secrecy.', fieldsError: 'Choose the fields to mask.',
    notInReview: 'The request is not in secrecy review.',
  },
  decision: {
    heading: 'Decision', proposedLead: (who, when) => `Proposed by ${who} on ${when}.`, approvedLead: (who, when) => `Approved by ${who} on ${when}.`,
    caption: 'The decision’s items', item: 'Item', outcome: 'Outcome',
    outcomes: { granted: 'Granted', 'partly-granted': 'Partly granted', refused: 'Refused' },
    reasons: 'Reasons', grounds: 'Legal ground', overallReasons: 'Reasons for the decision as a whole', refusalKind: 'Refusal of the whole request',
    refusalKinds: { 'manifestly-unfounded': 'Manifestly unfounded request', excessive: 'Excessive request' }, noRefusalKind: 'No',
    formHeading: 'Propose a decision', formLead: 'A decision that grants everything is sent at once. One that refuses or withholds anything is approved by another reviewer.',
    itemLegend: (index) => `Item ${index}`, description: 'What the person asked for', descriptionHint: 'For example: Rectification of the address in the sickness benefit case.',
    itemReasons: 'Reasons', itemReasonsHint: 'Required for a refusal or partial grant. At least 10 characters.', groundsLegend: 'Legal ground',
    otherGround: 'Another provision', otherGroundHint: 'Write the provision if it is not in the list.',
    overallLegend: 'The decision as a whole', overallHint: 'Required to refuse the whole request. At least 10 characters.',
    addItem: 'Add an item', submit: 'Propose the decision', approvalHint: 'A refusal or partial grant goes to a reviewer.',
    approveHeading: 'Approve the decision', approve: 'Approve and send the decision', sendBack: 'Send back to the case handler',
    ownProposal: 'You proposed this decision. Another reviewer approves it.',
    decidedItems: 'You decided items of this decision. Another reviewer approves it.', reviewerOnly: 'The decision waits for a reviewer’s approval.',
    problems: {
      description: 'Describe what the person asked for.', outcome: 'Choose an outcome.', reasons: 'Write the reasons, at least 10 characters.',
      ground: 'Choose or write at least one legal ground.', justification: 'Write the reasons for refusing the whole request, at least 10 characters.',
      refusalWithoutRefusal: 'Refusing the whole request needs at least one refused item.', items: 'The decision needs at least one item.',
    },
  },
};

export const caseFormsText: Readonly<Record<Language, CaseFormsText>> = { sv, en };
