// Table types for the processing log (audit/). Owned by audit/; declared here so that
// db/ can assemble the whole schema without importing upwards.
export interface ProcessingLogTables {
  // filled in by the processing-log migration
  readonly _placeholder?: never;
}
