// The words of the request page's change section (changes-section.ts): the items a rectification,
// completion, erasure, restriction or objection request decides on, the run after the decision,
// and the forms to propose and decide them, in Swedish and English.
import type { Language } from '../../request-language.ts';
import type { RestrictionReason } from '../../../domain/restriction.ts';

type ItemStatus = 'proposed' | 'scheduled' | 'done' | 'failed';
type RunStatus = 'scheduled' | 'running' | 'waiting' | 'done' | 'failed';

export interface ChangesText {
  readonly heading: string;
  readonly lead: string;
  readonly none: string;
  readonly caption: string;
  readonly columns: { readonly what: string; readonly system: string; readonly decision: string; readonly state: string; readonly actions: string };
  readonly apply: string;
  readonly keptBecause: (reason: string) => string;
  /** Short names of the erasure plan's keep reasons. */
  readonly keepReasons: Readonly<Record<string, string>>;
  readonly restricting: string;
  readonly decideThis: string;
  readonly decideRestricted: string;
  readonly unavailable: (systems: string) => string;
  readonly itemStatus: Readonly<Record<ItemStatus, string>>;
  readonly closedNotDone: string;
  readonly run: Readonly<Record<RunStatus, (detail: string) => string>>;
  readonly notified: (names: string) => string;
  readonly nobodyNotified: string;
  readonly retry: string;
  readonly keep: { readonly summary: (item: number) => string; readonly ground: string; readonly groundHint: string; readonly reasons: string;
    readonly reasonsHint: string; readonly submit: string };
  readonly applyAnyway: string;
  readonly undecidedAll: {
    readonly heading: (count: number, reason: string) => string; readonly lead: Readonly<Record<'restricted' | 'ambiguous-key', string>>;
    readonly submit: (count: number) => string;
  };
  readonly abandon: { readonly summary: (item: number) => string; readonly reasons: string; readonly hint: string; readonly submit: string };
  readonly remove: string;
  readonly itemLabel: (item: number, what: string) => string;
  readonly correct: { readonly heading: string; readonly lead: string; readonly target: string; readonly value: string; readonly valueHint: string;
    readonly submit: string; readonly now: (value: string) => string; readonly noRecords: string };
  readonly complete: { readonly heading: string; readonly lead: string; readonly record: string; readonly statement: string; readonly statementHint: string; readonly submit: string };
  readonly erase: { readonly heading: string; readonly lead: string; readonly submit: string; readonly again: string };
  readonly restrict: { readonly heading: string; readonly lead: string; readonly target: string; readonly whole: (dataset: string) => string;
    readonly reason: string; readonly reasons: Readonly<Record<RestrictionReason, string>>; readonly submit: string };
  readonly object: { readonly heading: string; readonly lead: string; readonly dataset: string; readonly submit: string };
  readonly decision: { readonly heading: string; readonly lead: string; readonly reasons: string; readonly reasonsHint: string; readonly submit: string };
  readonly errors: { readonly choose: string; readonly value: string; readonly statement: string; readonly reasons: string; readonly ground: string };
}

const sv: ChangesText = {
  heading: 'Ändringar i källsystemen',
  lead: 'Posterna nedan blir beslutets punkter, en för en. Efter beslutet genomför Insyn dem i källsystemen och skickar ett kvitto.',
  none: 'Inga ändringar är föreslagna ännu.',
  caption: 'Poster i begäran',
  columns: { what: 'Vad', system: 'System', decision: 'Beslut', state: 'Läge', actions: 'Åtgärd' },
  apply: 'Genomförs',
  keptBecause: (reason) => `Sparas: ${reason}`,
  keepReasons: {
    'legal-obligation': 'rättslig förpliktelse', 'public-task': 'uppgift av allmänt intresse', 'official-authority': 'myndighetsutövning',
    archiving: 'arkivering enligt arkivlagen', 'third-party': 'uppgiften gäller någon annan', 'linked-record': 'hör till ett ärende och gallras med det',
    restricted: 'behandlingen är begränsad', 'ambiguous-key': 'nyckeln pekar inte ut en enda post',
  },
  restricting: 'Behandlingen är begränsad medan begäran prövas.',
  decideThis: 'du avslår med skäl',
  decideRestricted: 'du avgör: radera ändå eller avslå med skäl',
  unavailable: (systems) => `Uppgifterna i ${systems} kunde inte hämtas just nu. Övriga system visas; ladda om sidan senare.`,
  itemStatus: { proposed: 'Föreslagen', scheduled: 'Väntar på att genomföras', done: 'Genomförd', failed: 'Misslyckades' },
  closedNotDone: 'Avslutad utan att genomföras',
  run: {
    scheduled: (when) => `Beslutet genomförs tidigast ${when}.`,
    running: () => 'Ändringarna genomförs nu.',
    waiting: (code) => (code === 'NOTICE_NOT_DELIVERED'
      ? 'Väntar på att beslutet når personen: begränsningen hävs först därefter. Insyn försöker igen automatiskt.'
      : `Väntar: ett källsystem svarar inte (${code}). Insyn försöker igen automatiskt.`),
    done: () => 'Beslutet är genomfört och kvittot skickat.',
    failed: (code) => (code === 'NOTICE_DELIVERY_FAILED'
      ? 'Beslutet kunde inte skickas till personen, och begränsningen hävs först när det har nått fram. Skicka beslutet igen under Utskick och tryck sedan Kör igen.'
      : `Några ändringar kunde inte genomföras (${code}). Se posterna nedan: kör igen när orsaken är åtgärdad, eller avsluta posten med skäl.`),
  },
  notified: (names) => `Underrättade mottagare: ${names}.`,
  nobodyNotified: 'Ingen mottagare behövde underrättas.',
  retry: 'Kör igen',
  keep: {
    summary: (item) => `Avslå post ${item}`, ground: 'Rättslig grund', groundHint: 'Till exempel artikel 17.3 b eller artikel 21.1 i dataskyddsförordningen, eller en bestämmelse med egna ord.',
    reasons: 'Skäl till personen', reasonsHint: 'Står i beslutet. Minst 10 tecken.', submit: 'Avslå posten',
  },
  applyAnyway: 'Genomför ändå',
  undecidedAll: {
    heading: (count, reason) => `${count} ${count === 1 ? 'post' : 'poster'} som du avgör: ${reason}`,
    lead: {
      restricted: 'Behandlingen av dessa poster är begränsad, till exempel för att personen behöver dem för ett rättsligt anspråk. Avslå raderingen här med samma skäl, eller radera dem en och en i tabellen om personen vill det.',
      'ambiguous-key': 'Insyn kan inte säkert peka ut dessa poster i källsystemet och raderar dem därför inte. Avslå raderingen här med samma skäl, och rätta nyckeln i registerförteckningen.',
    },
    submit: (count) => (count === 1 ? 'Avslå raderingen av posten' : `Avslå raderingen av alla ${count} poster`),
  },
  abandon: {
    summary: (item) => `Avsluta post ${item} utan att genomföra den`, reasons: 'Varför posten inte genomförs',
    hint: 'Minst 10 tecken. Kvittot säger att posten inte kunde genomföras; en rättelse som inte gjorts förblir begränsad.',
    submit: 'Avsluta posten',
  },
  remove: 'Ta bort',
  itemLabel: (item, what) => `post ${item}: ${what}`,
  correct: {
    heading: 'Föreslå rättelse', lead: 'Välj uppgiften som är fel och skriv det rätta värdet. Posten begränsas direkt medan rättelsen prövas.',
    target: 'Uppgift', value: 'Rätt värde', valueHint: 'Som det ska stå i systemet.', submit: 'Föreslå rättelsen',
    now: (value) => `nu: ${value === '' ? '(tom)' : value}`, noRecords: 'Personen har inga uppgifter som kan rättas här.',
  },
  complete: {
    heading: 'Lägg till komplettering', lead: 'Personens tillägg sparas bredvid posten och visas överallt där posten visas, även i registerutdrag.',
    record: 'Post', statement: 'Personens tillägg', statementHint: 'Högst 4 000 tecken.', submit: 'Föreslå kompletteringen',
  },
  erase: {
    heading: 'Provkörning av radering', lead: 'Visar varje post som finns om personen och vad registerförteckningen säger: raderas eller sparas, och varför. Inget raderas förrän beslutet är fattat.',
    submit: 'Gör en provkörning', again: 'Gör om provkörningen',
  },
  restrict: {
    heading: 'Föreslå begränsning', lead: 'Begränsade uppgifter får bara lagras. All annan behandling kräver en grund enligt artikel 18.2.',
    target: 'Vad ska begränsas?', whole: (dataset) => `Alla personens uppgifter i ${dataset}`, reason: 'Skäl (artikel 18.1)',
    reasons: {
      'accuracy-contested': 'Personen bestrider att uppgifterna är korrekta', unlawful: 'Behandlingen är olaglig men personen vill inte att uppgifterna raderas',
      'legal-claims': 'Personen behöver uppgifterna för rättsliga anspråk', 'objection-pending': 'Personen har invänt och invändningen prövas',
    },
    submit: 'Föreslå begränsningen',
  },
  object: {
    heading: 'Registrera invändning', lead: 'Behandlingen av personens uppgifter begränsas direkt medan invändningen prövas.',
    dataset: 'Behandling som personen invänder mot', submit: 'Registrera invändningen',
  },
  decision: {
    heading: 'Föreslå beslut', lead: 'Beslutet får en punkt för varje post ovan. Avslagna poster kräver en granskare.',
    reasons: 'Skäl för beslutet i dess helhet (valfritt)', reasonsHint: 'Står i beslutet före punkterna om när ändringarna genomförs.', submit: 'Föreslå beslut',
  },
  errors: {
    choose: 'Välj vad förslaget gäller.', value: 'Skriv det rätta värdet (utan mellanslag först eller sist).', statement: 'Skriv personens tillägg, högst 4 000 tecken.',
    reasons: 'Skriv skälen till personen, minst 10 tecken.', ground: 'Ange den rättsliga grunden.',
  },
};

const en: ChangesText = {
  heading: 'Changes in the source systems',
  lead: 'The items below become the decision\'s points, one by one. After the decision Insyn carries them out in the source systems and sends a receipt.',
  none: 'No changes are proposed yet.',
  caption: 'Items of the request',
  columns: { what: 'What', system: 'System', decision: 'Decision', state: 'State', actions: 'Action' },
  apply: 'Carried out',
  keptBecause: (reason) => `Kept: ${reason}`,
  keepReasons: {
    'legal-obligation': 'legal obligation', 'public-task': 'task in the public interest', 'official-authority': 'official authority',
    archiving: 'archiving under the Archives Act', 'third-party': 'the data concern someone else', 'linked-record': 'belongs to a case and is disposed of with it',
    restricted: 'processing is restricted', 'ambiguous-key': 'the key does not name one record',
  },
  restricting: 'Processing is restricted while the request is assessed.',
  decideThis: 'you refuse it with reasons',
  decideRestricted: 'you decide: erase after all, or refuse with reasons',
  unavailable: (systems) => `The data in ${systems} could not be read just now. The other systems are shown; reload the page later.`,
  itemStatus: { proposed: 'Proposed', scheduled: 'Waiting to be carried out', done: 'Done', failed: 'Failed' },
  closedNotDone: 'Closed without being carried out',
  run: {
    scheduled: (when) => `The decision is carried out no earlier than ${when}.`,
    running: () => 'The changes are being carried out now.',
    waiting: (code) => (code === 'NOTICE_NOT_DELIVERED'
      ? 'Waiting for the decision to reach the person: the restriction is lifted only then. Insyn tries again automatically.'
      : `Waiting: a source system does not answer (${code}). Insyn tries again automatically.`),
    done: () => 'The decision has been carried out and the receipt sent.',
    failed: (code) => (code === 'NOTICE_DELIVERY_FAILED'
      ? 'The decision could not be delivered to the person, and the restriction is lifted only once it has arrived. Send the decision again under Deliveries, then press Run again.'
      : `Some changes could not be carried out (${code}). See the items below: run again once the cause is fixed, or close the item with reasons.`),
  },
  notified: (names) => `Recipients told: ${names}.`,
  nobodyNotified: 'No recipient needed to be told.',
  retry: 'Run again',
  keep: {
    summary: (item) => `Refuse item ${item}`, ground: 'Legal ground', groundHint: 'For example Article 17(3)(b) or Article 21(1) GDPR, or a provision in your own words.',
    reasons: 'Reasons to the person', reasonsHint: 'Stated in the decision. At least 10 characters.', submit: 'Refuse the item',
  },
  applyAnyway: 'Carry out after all',
  undecidedAll: {
    heading: (count, reason) => `${count} ${count === 1 ? 'item' : 'items'} for you to decide: ${reason}`,
    lead: {
      restricted: 'The processing of these items is restricted, for example because the person needs them for a legal claim. Refuse their erasure here with the same reasons, or erase them one by one in the table if the person wants that.',
      'ambiguous-key': 'Insyn cannot identify these items with certainty in the source system and so does not erase them. Refuse their erasure here with the same reasons, and correct the key in the data map.',
    },
    submit: (count) => (count === 1 ? 'Refuse the erasure of the item' : `Refuse the erasure of all ${count} items`),
  },
  abandon: {
    summary: (item) => `Close item ${item} without carrying it out`, reasons: 'Why the item is not carried out',
    hint: 'At least 10 characters. The receipt says the item could not be done; a correction not made stays restricted.',
    submit: 'Close the item',
  },
  remove: 'Remove',
  itemLabel: (item, what) => `item ${item}: ${what}`,
  correct: {
    heading: 'Propose a correction', lead: 'Choose the data that are wrong and write the correct value. The record is restricted at once while the correction is assessed.',
    target: 'Data', value: 'Correct value', valueHint: 'As it should read in the system.', submit: 'Propose the correction',
    now: (value) => `now: ${value === '' ? '(empty)' : value}`, noRecords: 'The person has no data that can be corrected here.',
  },
  complete: {
    heading: 'Add a completion', lead: 'The person\'s statement is kept beside the record and shown wherever the record is shown, register extracts included.',
    record: 'Record', statement: 'The person\'s statement', statementHint: 'At most 4,000 characters.', submit: 'Propose the completion',
  },
  erase: {
    heading: 'Dry run of the erasure', lead: 'Shows every record held on the person and what the data map says: erased or kept, and why. Nothing is erased until the decision is made.',
    submit: 'Do a dry run', again: 'Do the dry run again',
  },
  restrict: {
    heading: 'Propose a restriction', lead: 'Restricted data may only be stored. Any other processing needs a ground under Article 18(2).',
    target: 'What is restricted?', whole: (dataset) => `All the person's data in ${dataset}`, reason: 'Reason (Article 18(1))',
    reasons: {
      'accuracy-contested': 'The person contests the accuracy of the data', unlawful: 'The processing is unlawful but the person opposes erasure',
      'legal-claims': 'The person needs the data for legal claims', 'objection-pending': 'The person has objected and the objection is being assessed',
    },
    submit: 'Propose the restriction',
  },
  object: {
    heading: 'Register an objection', lead: 'The processing of the person\'s data is restricted at once while the objection is assessed.',
    dataset: 'Processing the person objects to', submit: 'Register the objection',
  },
  decision: {
    heading: 'Propose the decision', lead: 'The decision has one point per item above. Refused items need a granskare.',
    reasons: 'Reasons for the decision as a whole (optional)', reasonsHint: 'Stated in the decision before the points on when the changes are made.', submit: 'Propose the decision',
  },
  errors: {
    choose: 'Choose what the proposal concerns.', value: 'Write the correct value (no space first or last).', statement: 'Write the person\'s statement, at most 4,000 characters.',
    reasons: 'Write the reasons to the person, at least 10 characters.', ground: 'State the legal ground.',
  },
};

export const changesText: Readonly<Record<Language, ChangesText>> = { sv, en };
