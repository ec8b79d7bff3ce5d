// The whole schema of Insyn's own database, assembled from one table file per area.
import type { AccessibilityFeedbackTables } from './tables/accessibility-feedback-tables.ts';
import type { ChangeTables } from './tables/change-tables.ts';
import type { ConsentTables } from './tables/consent-tables.ts';
import type { DeliveryTables } from './tables/delivery-tables.ts';
import type { JobTables } from './tables/job-tables.ts';
import type { NotificationTables } from './tables/notification-tables.ts';
import type { ProcessingLogTables } from './tables/processing-log-tables.ts';
import type { RequestTables } from './tables/request-tables.ts';
import type { SupplementaryStatementTables } from './tables/supplementary-statement-tables.ts';
import type { WebTables } from './tables/web-tables.ts';

export interface Database extends ProcessingLogTables, JobTables, RequestTables, WebTables, DeliveryTables, ChangeTables,
  NotificationTables, SupplementaryStatementTables, ConsentTables,
  AccessibilityFeedbackTables {}
