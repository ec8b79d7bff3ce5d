// The accessibility statement's own rules beyond its shape: a service that is only partly or not
// compliant says what is not (at least one item), a fully compliant one lists nothing as not
// compliant, both dates are real dates, and the statement was not updated before it was assessed.
import type { Catalog } from './catalog-types.ts';
import type { GraphFinding } from './graph-finding.ts';

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function statusFindings({ accessibility }: Catalog): GraphFinding[] {
  const { status, nonCompliant } = accessibility;
  if (status !== 'full' && nonCompliant.length === 0) {
    return [{
      path: ['accessibility', 'nonCompliant'],
      message: `status \`${status}\` needs at least one \`nonCompliant\` item: the statement must say what is not accessible and why`,
    }];
  }
  if (status === 'full' && nonCompliant.length > 0) {
    return [{ path: ['accessibility', 'status'], message: 'status `full` cannot list `nonCompliant` content; use `partial`' }];
  }
  return [];
}

function dateFindings({ accessibility }: Catalog): GraphFinding[] {
  const findings: GraphFinding[] = (['assessed', 'lastUpdated'] as const)
    .filter((key) => !isCalendarDate(accessibility[key]))
    .map((key) => ({ path: ['accessibility', key], message: `"${accessibility[key]}" is not a calendar date` }));
  if (findings.length === 0 && accessibility.lastUpdated < accessibility.assessed) {
    findings.push({
      path: ['accessibility', 'lastUpdated'],
      message: `the statement cannot be updated (${accessibility.lastUpdated}) before the assessment it reports (${accessibility.assessed})`,
    });
  }
  return findings;
}

export function accessibilityFindings(catalog: Catalog): GraphFinding[] {
  return [...statusFindings(catalog), ...dateFindings(catalog)];
}
