// Synthetic document outlines (no real personal data): a typical two-page register extract and a
// heavy one with one long table, for the PDF renderer's tests and benchmark.
import type { Block, DocumentOutline } from '../../src/documents/document-outline.ts';

function table(caption: string, columns: readonly string[], rows: number, rowHeaders = false): Block {
  const cell = (column: string, row: number) => `${column.toLowerCase()} ${row + 1}${row % 4 === 0 ? ' (ändrad)' : ''}`;
  return { kind: 'table', caption, columns, rowHeaders, rows: Array.from({ length: rows }, (_, row) => columns.map((column) => cell(column, row))) };
}

/** About two pages: six headings, paragraphs, a list and three tables of 5 to 20 rows. */
export function typicalOutline(language: 'sv' | 'en' = 'sv'): DocumentOutline {
  return {
    language,
    title: 'Registerutdrag – ärende 2025-0042',
    author: 'Exempelmyndigheten',
    createdAt: '2025-01-31T09:00:00Z',
    blocks: [
      { kind: 'heading', level: 1, text: 'Registerutdrag enligt artikel 15 i dataskyddsförordningen' },
      { kind: 'paragraph', text: 'Du har begärt att få veta vilka personuppgifter Exempelmyndigheten behandlar om dig. Här är svaret. Uppgifterna kommer från våra verksamhetssystem och har hämtats den 31 januari 2025.' },
      { kind: 'heading', level: 2, text: 'Uppgifter om dig' },
      table('Folkbokföringsuppgifter', ['Fält', 'Värde'], 6, true),
      { kind: 'heading', level: 2, text: 'Ärenden där du förekommer' },
      { kind: 'paragraph', text: 'Tabellen visar ärenden i diariet där du är part eller sökande. Ärenden som är sekretessbelagda redovisas inte; det framgår i så fall av beslutet.' },
      table('Ärenden i diariet', ['Diarienummer', 'Ärendetyp', 'Öppnat', 'Status', 'Handläggare'], 20),
      { kind: 'heading', level: 2, text: 'Utskick och kontakter' },
      table('Utskick', ['Datum', 'Kanal', 'Ämne'], 12),
      { kind: 'heading', level: 2, text: 'Ändamål och rättslig grund' },
      { kind: 'paragraph', text: 'Vi behandlar uppgifterna för att handlägga dina ärenden (rättslig förpliktelse och myndighetsutövning). Uppgifterna gallras enligt myndighetens dokumenthanteringsplan.' },
      { kind: 'list', items: ['Du har rätt att få felaktiga uppgifter rättade.', 'Du har rätt att begära radering eller begränsning.', 'Du kan klaga hos Integritetsskyddsmyndigheten (IMY).'] },
      { kind: 'heading', level: 3, text: 'Kontakt' },
      { kind: 'paragraph', text: 'Dataskyddsombudet nås via myndighetens växel. Öppettider: måndag–fredag.' },
    ],
  };
}

/** One table of `rows` rows and eight columns (about 100+ pages at 5,000 rows). */
export function heavyOutline(rows = 5000): DocumentOutline {
  const columns = ['Nr', 'Diarienummer', 'Typ', 'Handläggare', 'Datum', 'Status', 'Anteckning', 'Belopp'];
  return {
    language: 'sv',
    title: 'Registerutdrag med stor tabell',
    author: 'Exempelmyndigheten',
    createdAt: '2025-01-31T09:00:00Z',
    blocks: [
      { kind: 'heading', level: 1, text: 'Händelselogg' },
      {
        kind: 'table', caption: 'Alla händelser', columns,
        rows: Array.from({ length: rows }, (_, i) => [
          String(i + 1), `2024-${String(i).padStart(5, '0')}`, i % 2 ? 'Bygglov' : 'Tillsyn', 'Handläggare Å', `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
          i % 3 ? 'Avslutat' : 'Pågående', i % 5 ? 'Kort notering' : 'Längre notering om ärendets gång', `${(i * 17) % 1000} kr`,
        ]),
      },
    ],
  };
}
