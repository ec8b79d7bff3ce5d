// What the console's routes are given by buildServer: the casework service (the only way to cases),
// the catalog (agency name, datasets and fields for the secrecy review, the letters' controller),
// the reminder setting and the clock the pages count days left by.
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { CaseworkService } from '../../operations/requests/casework-service.ts';
import type { AccessibilityFeedbackService } from '../../operations/accessibility/accessibility-feedback.ts';

export interface ConsoleRoutesOptions {
  readonly casework: CaseworkService;
  readonly catalog: Catalog;
  /** Remind this many working days before a due date (config casework.reminderWorkingDays). */
  readonly reminderWorkingDays: number;
  /** Midsommarafton, julafton and nyårsafton are not working days (config deadlineEvesAreHolidays). */
  readonly evesAreHolidays: boolean;
  /** The time the pages count days left by; the casework service's clock. */
  readonly clock: () => Date;
  /** The accessibility feedback (read by administrators); without it the console has no such page. */
  readonly accessibilityFeedback?: AccessibilityFeedbackService;
}
