// The extract's account of what was left out (R14–R16): by register, kind and legal ground,
// with counts, never by content; and that the person can ask for a decision to appeal. When
// nothing was withheld or masked, one sentence says so.
import type { Block } from './document-outline.ts';
import type { ExtractDataset, ExtractModel } from './extract-model.ts';
import type { ExtractTexts } from './extract-texts.ts';
import { secrecyKindName } from './secrecy-words.ts';

function datasetsById(model: ExtractModel): ReadonlyMap<string, ExtractDataset> {
  const byId = new Map<string, ExtractDataset>();
  for (const system of model.systems) {
    for (const dataset of system.datasets) byId.set(dataset.id, dataset);
  }
  return byId;
}

function fieldLabel(dataset: ExtractDataset | undefined, field: string): string {
  return dataset?.columns.find((column) => column.field === field)?.label ?? field;
}

function withheldTable(model: ExtractModel, texts: ExtractTexts, datasets: ReadonlyMap<string, ExtractDataset>): Block {
  const { columns } = texts.secrecy;
  return {
    kind: 'table',
    caption: texts.secrecy.withheld,
    columns: [columns.dataset, columns.kind, columns.ground, columns.count],
    rows: model.secrecy.withheld.map((entry) => [
      datasets.get(entry.dataset)?.name ?? entry.datasetName ?? entry.dataset,
      secrecyKindName(entry.kind, model.language),
      entry.ground,
      texts.count(entry.count),
    ]),
  };
}

function redactedTable(model: ExtractModel, texts: ExtractTexts, datasets: ReadonlyMap<string, ExtractDataset>): Block {
  const { columns } = texts.secrecy;
  return {
    kind: 'table',
    caption: texts.secrecy.redacted,
    columns: [columns.dataset, columns.field, columns.kind, columns.ground, columns.count],
    rows: model.secrecy.redacted.map((entry) => {
      const dataset = datasets.get(entry.dataset);
      return [
        dataset?.name ?? entry.dataset,
        fieldLabel(dataset, entry.field),
        secrecyKindName(entry.kind, model.language),
        entry.ground,
        texts.count(entry.count),
      ];
    }),
  };
}

/** H2 "Uppgifter som inte finns med i utdraget" and its tables, or the sentence that nothing was left out. */
export function secrecyOutline(model: ExtractModel, texts: ExtractTexts): Block[] {
  const words = texts.secrecy;
  const { withheld, redacted } = model.secrecy;
  const heading: Block = { kind: 'heading', level: 2, text: words.heading };
  if (withheld.length === 0 && redacted.length === 0) return [heading, { kind: 'paragraph', text: words.none }];
  const datasets = datasetsById(model);
  const blocks: Block[] = [heading, { kind: 'paragraph', text: words.lead }];
  if (withheld.length > 0) blocks.push(withheldTable(model, texts, datasets));
  if (redacted.length > 0) blocks.push(redactedTable(model, texts, datasets));
  blocks.push({ kind: 'paragraph', text: words.decision });
  return blocks;
}
