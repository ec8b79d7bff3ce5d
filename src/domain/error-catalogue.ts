// The one catalogue of errors that users, operators and clients can see. Each entry has a
// stable code, a Swedish and an English message, and the HTTP status it maps to.
// docs/errors.md is generated from this file and a test keeps the two in sync.

export interface ErrorEntry {
  readonly status: number;
  readonly sv: string;
  readonly en: string;
  /** What an operator or developer should do about it; goes into docs/errors.md. */
  readonly help: string;
}

export const errorCatalogue = {
  BAD_USAGE: {
    status: 400, sv: 'Felaktigt kommando eller argument.', en: 'Invalid command or arguments.',
    help: 'Run the command with --help to see its usage.',
  },
  CONFIG_INVALID: {
    status: 500, sv: 'Konfigurationen är ogiltig.', en: 'The configuration is invalid.',
    help: 'Fix the environment variable named in the message; see docs/configuration.md.',
  },
  DATA_DIR_LOCKED: {
    status: 500, sv: 'Datakatalogen används redan av en annan process.',
    en: 'The data directory is already in use by another process.',
    help: 'Embedded mode allows one process per INSYN_DATA_DIR. Stop the other process or point INSYN_DATA_DIR elsewhere.',
  },
  PERSONNUMMER_INVALID: {
    status: 400, sv: 'Personnumret är ogiltigt.', en: 'The personal identity number is invalid.',
    help: 'The message names what is wrong: length, characters, date, or check digit.',
  },
  CATALOG_INVALID: {
    status: 500, sv: 'Registerförteckningen (katalogen) är ogiltig.', en: 'The data map (catalog) is invalid.',
    help: 'Run `insyn catalog check`; each problem is reported with file and line.',
  },
  PURPOSE_NOT_ALLOWED: {
    status: 403, sv: 'Ändamålet tillåter inte behandling av dessa uppgifter.',
    en: 'The purpose does not allow processing of these data.',
    help: 'The catalog does not list this purpose for the dataset or fields. Use an allowed purpose or change the catalog.',
  },
  UNKNOWN_PURPOSE: {
    status: 400, sv: 'Okänt ändamål.', en: 'Unknown purpose.',
    help: 'Every processing must name a purpose id from catalog/purposes.yaml.',
  },
  UNKNOWN_DATASET: {
    status: 400, sv: 'Okänd datamängd.', en: 'Unknown dataset.',
    help: 'Datasets are named system.dataset as in the catalog.',
  },
  UNKNOWN_FIELD: {
    status: 400, sv: 'Okänt fält.', en: 'Unknown field.',
    help: 'Only fields that the catalog declares for a dataset can be read or changed.',
  },
  AUDIT_WRITE_FAILED: {
    status: 503, sv: 'Behandlingsloggen kunde inte skrivas; ingen behandling gjordes.',
    en: 'The processing log could not be written; no processing took place.',
    help: 'The database holding the processing log is unavailable or refused the write. The access was not performed.',
  },
  AUDIT_OUTCOME_FAILED: {
    status: 503, sv: 'Utfallet av en behandling kunde inte loggas; uppgifterna lämnas inte ut.',
    en: 'The outcome of a processing could not be logged; the data are withheld.',
    help: 'The attempt is in the processing log, its outcome is not. Check the database holding the log; the access can be retried.',
  },
  AUDIT_TAMPERED: {
    status: 500, sv: 'Behandlingsloggen har ändrats.', en: 'The processing log has been tampered with.',
    help: '`insyn audit verify` names the first bad event. Treat it as a security incident.',
  },
  DATABASE_NOT_MIGRATED: {
    status: 500, sv: 'Insyns databas har inte migrerats till den här versionen.',
    en: "Insyn's database has not been migrated to this version.",
    help: 'Run `insyn migrate`. `insyn audit verify` only reads and never migrates; outside production other commands migrate on start.',
  },
  SUBJECT_SEAL_INVALID: {
    status: 500, sv: 'En lagrad uppgift om vem ärendet gäller kan inte läsas.', en: 'The stored data subject of a request cannot be read.',
    help: 'The sealed personnummer was altered, or INSYN_SUBJECT_KEY_SECRET differs from the one it was sealed with. Restore the secret.',
  },
  EXTRACT_FAILED: {
    status: 500, sv: 'Registerutdraget kunde inte tas fram.', en: 'The register extract could not be produced.',
    help: 'The message names the request and the error code its job ended with; see that code here.',
  },
  EXTRACT_TOO_LARGE: {
    status: 422, sv: 'Registerutdraget blir för stort för att tas fram automatiskt.', en: 'The register extract is too large to produce automatically.',
    help: 'A dataset holds a million rows or more on one person; the request fails rather than answering incompletely. Collect that dataset by hand.',
  },
  REQUEST_NOT_FOUND: {
    status: 404, sv: 'Ärendet finns inte.', en: 'The request does not exist.',
    help: 'Check the request id; requests are never deleted while open.',
  },
  REQUEST_NOT_READY: {
    status: 409, sv: 'Ärendet är inte klart för detta steg.', en: 'The request is not ready for this step.',
    help: 'The message names the request\'s status; collection must finish (and any review be approved) first.',
  },
  REVIEW_PENDING: {
    status: 409, sv: 'Uppgifter väntar på sekretessprövning.', en: 'Items are waiting for secrecy review.',
    help: 'A case handler proposes and a reviewer approves a decision for each marked item before the extract is released.',
  },
  SOURCE_UNAVAILABLE: {
    status: 503, sv: 'Ett källsystem svarar inte.', en: 'A source system is unavailable.',
    help: 'Check the connection bound to the system in configuration (INSYN_SYSTEM_<ID>_URL).',
  },
  PROCESSING_RESTRICTED: {
    status: 403, sv: 'Behandlingen av uppgifterna är begränsad.', en: 'Processing of the data is restricted.',
    help: 'The person\'s data in this dataset are restricted (Art. 18): only storage is allowed. A read needs an Art. 18(2) ground '
      + '(consent, legal claims, the rights of another, important public interest), named in the request or by the purpose\'s '
      + '`whileRestricted` in the catalog; it is logged.',
  },
  CHANGE_NOT_ALLOWED: {
    status: 403, sv: 'Registerförteckningen tillåter inte den ändringen.', en: 'The data map does not allow this change.',
    help: 'Only fields the catalog declares `changeable: true` are changed in a source system, a record is named by exactly the '
      + 'dataset\'s primaryKey, and the system\'s connector must support changes (SQL and HTTP systems do).',
  },
  SOURCE_CONFLICT: {
    status: 409, sv: 'Uppgiften i källsystemet är inte längre den som ändringen gällde.',
    en: 'The record in the source system is no longer the one the change was decided on.',
    help: 'The record changed since it was read, is gone, or its key matches more than one row (the catalog\'s primaryKey is not '
      + 'unique in the source). Nothing was changed. Read the record again and decide anew; fix the catalog\'s key if it is not unique.',
  },
  NOTICE_NOT_DELIVERED: {
    status: 503, sv: 'Beslutet har ännu inte nått personen.', en: 'The decision has not reached the person yet.',
    help: 'A restriction set while a request was assessed is lifted only after the decision that gives notice of the lift has been '
      + 'delivered (R20, Art. 18(3)). The run waits and tries again; if the delivery failed, send it again from the request page.',
  },
  NOTICE_DELIVERY_FAILED: {
    status: 409, sv: 'Beslutet kunde inte skickas till personen.', en: 'The decision could not be delivered to the person.',
    help: 'A restriction is lifted only after the decision giving notice of it has reached the person, and its delivery failed for good. '
      + 'Send the delivery again from the request page ("Skicka igen"), then run the changes again ("Kör igen").',
  },
  UNDECIDED_ITEMS: {
    status: 422, sv: 'Några poster i begäran behöver ditt beslut innan beslutet kan föreslås.', en: 'Some items of the request need your decision before the decision can be proposed.',
    help: 'The erasure plan leaves restricted records and records whose key does not name one row to the case handler: keep them with '
      + 'reasons and a legal ground (one form per kind on the request page), or erase a restricted record on the person\'s own request.',
  },
  CHANGE_NOT_CARRIED_OUT: {
    status: 409, sv: 'Några av de beslutade ändringarna kunde inte genomföras.', en: 'Some of the decided changes could not be carried out.',
    help: 'A source system or the access layer refused one or more of a decision\'s changes (for example SOURCE_CONFLICT: the '
      + 'record changed after the decision). The request page lists the items with their codes; the run stops as failed until '
      + 'a case handler has looked into them and runs it again ("Kör igen"). Nothing is carried out twice.',
  },
  SOURCE_ANSWER_INVALID: {
    status: 502, sv: 'Ett källsystem svarade på ett sätt som Insyn inte kan tolka.',
    en: 'A source system gave an answer Insyn cannot interpret.',
    help: 'An HTTP system answered a change outside the protocol in docs/http-connector.md: an unknown outcome, a conflict without '
      + 'a known reason, or a 4xx status other than 408, 409 and 429 (the change endpoints are missing or refused the request). '
      + 'Whether the change was made is unknown: fix the system\'s API; a retry is safe, the record\'s state decides its answer.',
  },
  SYSTEM_NOT_BOUND: {
    status: 500, sv: 'Ett system i katalogen saknar anslutning.', en: 'A catalog system has no connection.',
    help: 'Set INSYN_SYSTEM_<ID>_URL for the system; in production every system must be bound.',
  },
  DEV_SERVICE_REFUSED: {
    status: 500, sv: 'Utvecklingstjänster får inte köras i produktionsläge.',
    en: 'Development services are refused in production mode.',
    help: 'The demo archive, development identity provider and mailbox operator only run in embedded and development modes.',
  },
  DEMO_ALREADY_SEEDED: {
    status: 409, sv: 'Demomyndighetens källsystem innehåller redan data.',
    en: "The demo agency's source systems already hold data.",
    help: 'Run `insyn demo seed --reset` to drop the demo tables and seed them again.',
  },
  UNKNOWN_JOB: {
    status: 500, sv: 'Okänd jobbtyp eller version.', en: 'Unknown job kind or version.',
    help: 'A job row names a kind and version that no job definition of this worker handles. Deploy the code that defines it, or the job stays failed.',
  },
  JOB_ABANDONED: {
    status: 500, sv: 'Ett jobb avbröts på sitt sista försök.', en: 'A job was abandoned on its last attempt.',
    help: 'The worker running the job stopped (crashed, was killed or lost its lease) on the last allowed attempt, so the job is failed instead of run again. See the worker logs around the time.',
  },
  REQUEST_NOT_MATCHED: {
    status: 409, sv: 'Ärendet är ännu inte kopplat till en person.', en: 'The request is not yet matched to a person.',
    help: 'A request made with a foreign eID carries no personnummer: a case handler matches it to a person first (R30).',
  },
  REQUEST_TRANSITION_INVALID: {
    status: 409, sv: 'Ärendet kan inte gå till det läget nu.', en: 'The request cannot move to that state now.',
    help: 'The lifecycle (domain/request-lifecycle.ts, docs/casework.md) does not allow this step from the request\'s current state; reload the request and try again.',
  },
  EXTENSION_NOT_ALLOWED: {
    status: 409, sv: 'Tiden kan inte förlängas.', en: 'The time limit cannot be extended.',
    help: 'Art. 12(3): an extension is possible once, only while the first month runs, and only with reasons (R03).',
  },
  DECISION_INCOMPLETE: {
    status: 400, sv: 'Beslutet saknar obligatoriska uppgifter.', en: 'The decision lacks required content.',
    help: 'A decision that refuses or withholds anything needs reasons and a legal ground for each such item (R06); the message names what is missing.',
  },
  APPROVAL_NOT_ALLOWED: {
    status: 403, sv: 'Du kan inte godkänna detta.', en: 'You cannot approve this.',
    help: 'A decision that withholds or refuses anything is approved by a granskare other than the person who proposed it.',
  },
  REPRESENTATION_NOT_SHOWN: {
    status: 422, sv: 'Vi kan inte se att du får företräda personen. Du kan skicka in en fullmakt eller ett beslut om förordnande, eller kontakta oss.',
    en: 'We cannot see that you may represent the person. You can send us a power of attorney or an appointment decision, or contact us.',
    help: 'R08: a guardian\'s request is checked against the population register\'s custody relations (the child under 18); god man, förvaltare and agents are registered by staff with the proof they checked.',
  },
  LOGIN_REQUIRED: {
    status: 401, sv: 'Du behöver logga in.', en: 'You need to log in.',
    help: 'The page needs a session; the browser is sent to the login. Sessions end after the idle and absolute limits (INSYN_SESSION_IDLE_MINUTES, INSYN_SESSION_MAX_HOURS).',
  },
  LOGIN_FAILED: {
    status: 401, sv: 'Inloggningen misslyckades. Försök igen.', en: 'The login failed. Please try again.',
    help: 'The identity provider\'s answer could not be verified (state, nonce, signature or an unknown login attempt); the server log names the reason without personal data.',
  },
  ASSURANCE_TOO_LOW: {
    status: 403, sv: 'Inloggningen har för låg tillitsnivå. Använd en e-legitimation med tillitsnivå 3 eller högre, till exempel BankID eller Freja+.',
    en: 'The login\'s assurance level is too low. Use an e-ID at assurance level 3 or higher, such as BankID or Freja+.',
    help: 'R30: rights requests and extracts need acr loa3 or higher (http://id.elegnamnden.se/loa/1.0/loa3, loa4 or an eIDAS substantial/high level).',
  },
  ROLE_REQUIRED: {
    status: 403, sv: 'Du har inte behörighet till detta.', en: 'You are not authorised to do this.',
    help: 'The staff member\'s roles (from the identity provider\'s roles claim) do not include one this action needs.',
  },
  CSRF_INVALID: {
    status: 403, sv: 'Formuläret har gått ut. Ladda om sidan och försök igen.', en: 'The form has expired. Reload the page and try again.',
    help: 'A form was posted without the session\'s CSRF token: an old page, an expired session or a cross-site request.',
  },
  CROSS_ORIGIN_REFUSED: {
    status: 403, sv: 'Formuläret skickades från en annan webbplats och togs inte emot.',
    en: 'The form was sent from another website and was not accepted.',
    help: 'A form without a session was posted from an origin that is neither Insyn\'s own nor one of INSYN_CONSENT_SITES (Origin or Sec-Fetch-Site header). Add the agency\'s site to INSYN_CONSENT_SITES if it embeds the banner.',
  },
  CONSENT_CHOICE_INVALID: {
    status: 400, sv: 'Valet om kakor är ogiltigt.', en: 'The cookie choice is invalid.',
    help: 'A consent choice is "all", "necessary" or a list of the catalog\'s optional cookie categories; the message names what was wrong.',
  },
  RATE_LIMITED: {
    status: 429, sv: 'Du har skickat för många förfrågningar. Vänta en minut och försök igen.',
    en: 'Too many submissions. Wait a minute and try again.',
    help: 'Public forms accept INSYN_RATE_LIMIT_PERSON_PER_MINUTE submissions a minute per person and INSYN_RATE_LIMIT_ADDRESS_PER_MINUTE per network address.',
  },
  MAILBOX_UNAVAILABLE: {
    status: 503, sv: 'Tjänsten för digital post svarar inte.', en: 'The digital mailbox service does not answer.',
    help: 'The mailbox register or operator (INSYN_MAILBOX_URL) could not be reached or answered with an error. The delivery is '
      + 'retried with backoff and goes by post once INSYN_MAILBOX_FALLBACK_AFTER has passed.',
  },
  MAILBOX_UNCONFIRMED: {
    status: 503, sv: 'Det är oklart om brevlådeoperatören tog emot försändelsen.',
    en: 'It is unclear whether the mailbox operator received the delivery.',
    help: 'The operator did not answer after the delivery was sent (a timeout, a dropped connection, a server error). It may hold '
      + 'the message, so the same message is sent to it again until it answers; it never goes by post meanwhile (no letter twice).',
  },
  MAILBOX_REJECTED: {
    status: 502, sv: 'Brevlådeoperatören tog inte emot försändelsen.', en: 'The mailbox operator refused the delivery.',
    help: 'The operator answered that the delivery is malformed or its signature or seal does not verify (the code it gave is in the '
      + 'message). Check INSYN_MAILBOX_SIGNING_KEY and INSYN_MAILBOX_SEAL_KEY against what the operator trusts. The letter goes by post.',
  },
  DELIVERY_NOT_POSSIBLE: {
    status: 409, sv: 'Brevet kan inte skickas: personen har varken digital brevlåda eller adress i folkbokföringen.',
    en: 'The letter cannot be sent: the person has neither a digital mailbox nor an address in the population register.',
    help: 'A case handler must reach the person another way; the request page shows the delivery as failed.',
  },
  RECIPIENT_NOT_CONFIGURED: {
    status: 409, sv: 'Mottagaren kan inte underrättas: ingen kanal är inställd för den.',
    en: 'The recipient cannot be notified: no channel is configured for it.',
    help: 'An Art. 19 notification is due to a catalog recipient without INSYN_NOTIFY_<RECIPIENT>_URL (and _SECRET). The notification '
      + 'is marked failed so that a case handler sees it; configure the channel (docs/configuration.md) and queue it again, or record '
      + 'why notifying that recipient is impossible or would take disproportionate effort.',
  },
  NOTIFICATION_REJECTED: {
    status: 422, sv: 'Mottagaren tog inte emot underrättelsen.', en: 'The recipient refused the notification.',
    help: 'The recipient\'s endpoint answered with a client error (4xx other than 408 and 429) or a redirect: the notification, its '
      + 'signature or the configured address is not what it accepts. It is not tried again; check INSYN_NOTIFY_<RECIPIENT>_URL and '
      + '_SECRET with the recipient, then queue the notification again.',
  },
  NOTIFICATION_UNAVAILABLE: {
    status: 503, sv: 'Mottagaren kunde inte nås med underrättelsen just nu.', en: 'The recipient could not be reached with the notification.',
    help: 'No connection, a timeout, 408, 429 or a server error. The notification is sent again with backoff, with the same '
      + 'Idempotency-Key (or message id), so the recipient takes it once.',
  },
  NOT_FOUND: {
    status: 404, sv: 'Sidan finns inte.', en: 'Not found.', help: 'The address does not exist.',
  },
  VALIDATION_FAILED: {
    status: 400, sv: 'Uppgifterna är ogiltiga.', en: 'The input is invalid.',
    help: 'The response names the field that failed validation.',
  },
  BAD_REQUEST: {
    status: 400, sv: 'Begäran kunde inte tas emot.', en: 'The request could not be accepted.',
    help: 'The HTTP request itself was malformed: unreadable body (400), too large (413) or of an unsupported media type (415). The HTTP status says which.',
  },
  INTERNAL: {
    status: 500, sv: 'Ett internt fel inträffade.', en: 'An internal error occurred.',
    help: 'Details are in the server log under the request id; no personal data is logged.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof errorCatalogue;

/** An error a user or operator can act on. `detail` must never hold personal data in clear. */
export class InsynError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    const entry = errorCatalogue[code];
    super(detail ? `${entry.en} ${detail}` : entry.en, options);
    this.name = 'InsynError';
    this.code = code;
    this.status = entry.status;
    this.detail = detail;
  }
}

export function isInsynError(error: unknown, code?: ErrorCode): error is InsynError {
  return error instanceof InsynError && (code === undefined || error.code === code);
}
