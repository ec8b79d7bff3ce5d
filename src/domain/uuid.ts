// Ids Insyn gives (requests, deliveries, letters) are random UUIDs in lower-case hex. One check of
// that form for every place an id arrives from outside (a URL, a form, the command line, a file name).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(text: string): boolean {
  return UUID.test(text);
}
