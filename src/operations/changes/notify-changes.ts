// Art. 19 for a decision's changes (issue 6, R21): every recipient the affected data were disclosed
// to is told, through the durable outbox. Which data a recipient received is read from the
// person's disclosures as the agency's systems recorded them (the catalog's disclosure-recipient
// and disclosure-categories meanings) and as Insyn logged its own (processing-log events of kind
// `disclose` naming a catalog recipient in `detail.recipient`, with the datasets and fields
// disclosed): a recipient is told of a change when a disclosure to it covered a category of the
// changed data. Queued once per request and kind of change, so a run resumed after the outbox was
// written queues nothing twice.
import type { Catalog, Dataset } from '../../catalog/catalog-types.ts';
import { datasetEntries, datasetsById } from '../../catalog/catalog-walk.ts';
import type { NotificationKind } from '../../stores/recipient-notification-store.ts';
import { requestNotifications } from '../../stores/recipient-notification-store.ts';
import { changeItemsOf, updateChangeExecution, type ChangeItemRecord } from '../../stores/change-item-store.ts';
import { RIGHTS_PURPOSE } from '../requests/move-request.ts';
import type { RequestSubject } from '../requests/request-subject.ts';
import { CHANGES_ACTOR, datasetOf, type ChangeworkDependencies } from './change-work.ts';
import { queueRecipientNotifications } from './queue-recipient-notifications.ts';

interface Affected {
  readonly kind: NotificationKind;
  readonly datasets: Set<string>;
  readonly fields: Set<string>;
  readonly categories: Set<string>;
}

const DONE = new Set(['updated', 'already-applied', 'completed', 'deleted', 'anonymised', 'already-gone', 'restricted', 'upheld']);

function kindOf(item: ChangeItemRecord): NotificationKind | undefined {
  if (item.decision !== 'apply' || item.status !== 'done' || !DONE.has(item.outcome ?? '')) return undefined;
  switch (item.kind) {
    case 'rectify': case 'complete': return 'rectification';
    case 'erase': return 'erasure';
    case 'restrict': case 'object': return 'restriction';
  }
}

/** The changes grouped by what recipients are told, with the data categories each touched. */
function affected(catalog: Catalog, items: readonly ChangeItemRecord[]): Affected[] {
  const groups = new Map<NotificationKind, Affected>();
  for (const item of items) {
    const kind = kindOf(item);
    if (!kind) continue;
    const dataset = datasetOf(catalog, item.dataset);
    const group = groups.get(kind) ?? { kind, datasets: new Set(), fields: new Set(), categories: new Set() };
    groups.set(kind, group);
    group.datasets.add(dataset.qualifiedId);
    const fields = item.fields.length > 0 ? dataset.fields.filter((field) => item.fields.includes(field.name)) : dataset.fields;
    for (const field of fields) {
      if (item.fields.length > 0) group.fields.add(field.name);
      group.categories.add(field.category);
    }
  }
  return [...groups.values()];
}

function meaningField(dataset: Dataset, meaning: 'disclosure-recipient' | 'disclosure-categories'): string | undefined {
  return dataset.fields.find((field) => field.meaning === meaning)?.name;
}

/** The person's recorded disclosures: recipient id → the data categories disclosed to it. */
async function disclosures(deps: ChangeworkDependencies, subject: RequestSubject, requestId: string): Promise<Map<string, Set<string>>> {
  const access = await deps.access();
  const received = new Map<string, Set<string>>();
  for (const { dataset } of datasetEntries(deps.catalog)) {
    const recipientField = meaningField(dataset, 'disclosure-recipient');
    const owner = dataset.identityFields[0]?.field;
    if (!recipientField || !owner || !dataset.purposes.includes(RIGHTS_PURPOSE)) continue;
    const categoriesField = meaningField(dataset, 'disclosure-categories');
    const read = await access.readSubject({
      actor: { id: CHANGES_ACTOR }, purpose: RIGHTS_PURPOSE, subject: subject.subject, dataset: dataset.qualifiedId,
      fields: [recipientField, ...(categoriesField ? [categoriesField] : [])], identityFields: [owner], stepId: requestId,
    });
    for (const row of read.rows) {
      const recipient = String(row[recipientField] ?? '');
      if (recipient === '') continue;
      const categories = received.get(recipient) ?? new Set<string>();
      received.set(recipient, categories);
      // A disclosure that does not say which categories it carried counts as carrying all.
      const listed = categoriesField ? String(row[categoriesField] ?? '').split(/[,;]\s*/).filter(Boolean) : [];
      for (const category of listed.length > 0 ? listed : ['*']) categories.add(category);
    }
  }
  for (const [recipient, categories] of await loggedDisclosures(deps, subject)) {
    const known = received.get(recipient) ?? new Set<string>();
    for (const category of categories) known.add(category);
    received.set(recipient, known);
  }
  return received;
}

/** Disclosures made through Insyn: the person's `disclose` events naming a recipient, with the categories of what they carried. */
async function loggedDisclosures(deps: ChangeworkDependencies, subject: RequestSubject): Promise<Map<string, Set<string>>> {
  const events = await deps.db.selectFrom('processing_log').select(['datasets', 'fields', 'detail'])
    .where('subject_key', '=', deps.subjectKey(subject.subject.normalized)).where('kind', '=', 'disclose').where('outcome_of', 'is', null).execute();
  const received = new Map<string, Set<string>>();
  const datasets = datasetsById(deps.catalog);
  for (const event of events) {
    const recipient = event.detail.recipient;
    if (typeof recipient !== 'string' || recipient === '') continue;
    const categories = received.get(recipient) ?? new Set<string>();
    received.set(recipient, categories);
    for (const id of event.datasets) {
      const dataset = datasets.get(id);
      // A disclosure that names no dataset the catalog knows counts as carrying all.
      if (!dataset) { categories.add('*'); continue; }
      const fields = event.fields.length > 0 ? dataset.fields.filter((field) => event.fields.includes(field.name)) : dataset.fields;
      for (const field of fields) categories.add(field.category);
    }
    if (event.datasets.length === 0) categories.add('*');
  }
  return received;
}

/** Queues the notifications of the request's carried-out changes; returns the recipients told (catalog ids). */
export async function notifyRecipientsOfChanges(deps: ChangeworkDependencies, subject: RequestSubject & { readonly id: string }): Promise<string[]> {
  const groups = affected(deps.catalog, await changeItemsOf(deps.db, subject.id));
  const known = new Set(deps.catalog.recipients.map((recipient) => recipient.id));
  const received = groups.length > 0 ? await disclosures(deps, subject, subject.id) : new Map<string, Set<string>>();
  const told = new Set<string>();
  await deps.db.transaction().execute(async (trx) => {
    // Two runs of the job (a lease that ran out) queue one after the other: the second finds the first's rows.
    await trx.selectFrom('change_execution').select('request_id').where('request_id', '=', subject.id).forUpdate().executeTakeFirst();
    const queued = await requestNotifications(trx, subject.id);
    for (const group of groups) {
      const recipients = [...received].filter(([recipient, categories]) => known.has(recipient)
        && (categories.has('*') || [...group.categories].some((category) => categories.has(category)))).map(([recipient]) => recipient);
      const already = queued.filter((notification) => notification.kind === group.kind);
      for (const notification of already) told.add(notification.recipient);
      if (already.length > 0 || recipients.length === 0) continue;
      await queueRecipientNotifications(trx, { catalog: deps.catalog, sealer: deps.contentSealer, clock: deps.clock }, {
        requestId: subject.id, subject: subject.subject, kind: group.kind, datasets: [...group.datasets], fields: [...group.fields], recipients,
      });
      for (const recipient of recipients) told.add(recipient);
    }
    await updateChangeExecution(trx, subject.id, { status: 'running', at: deps.clock(), notified: [...told].sort() });
  });
  return [...told].sort();
}
