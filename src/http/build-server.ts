// Builds the Fastify server without listening: tests call inject(), `insyn serve` calls
// listen(). Everything the server needs is passed in; readiness is a function from main.ts so
// that http/ never reaches the database itself.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Catalog } from '../catalog/catalog-types.ts';
import type { Config, LogLevel } from '../config/config.ts';
import type { WebAuth } from '../operations/auth/create-web-auth.ts';
import type { CaseworkService } from '../operations/requests/casework-service.ts';
import type { AccessibilityFeedbackService } from '../operations/accessibility/accessibility-feedback.ts';
import type { ReadinessReport } from '../operations/check-readiness.ts';
import type { ConsentService } from '../operations/consent/consent-service.ts';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import { consentAssetRoutes } from './consent/consent-assets.ts';
import { consentRoutes } from './consent/consent-routes.ts';
import { consentSlotsPlugin } from './consent/consent-slots.ts';
import { apiRoutes } from './api/api-routes.ts';
import { consoleRoutes } from './console/console-routes.ts';
import { loginRoutes } from './auth/login-routes.ts';
import { healthRoutes } from './health-routes.ts';
import { errorResponsesPlugin } from './plugins/error-responses.ts';
import { openApiPlugin } from './plugins/openapi.ts';
import { requestLoggingPlugin } from './plugins/request-logging.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { webSessionPlugin } from './plugins/web-session.ts';
import { eserviceRoutes } from './eservice/eservice-routes.ts';
import { publicRoutes } from './public/public-routes.ts';
import { renderErrorPage } from './views/error-page.ts';

export interface LogDestination {
  write(line: string): void;
}

export interface ServerDependencies {
  /** The console also reads the reminder days and the deadline rule when given (default: 5 working days; eves are working days). */
  readonly config: Pick<Config, 'mode' | 'logLevel'> & Partial<Pick<Config, 'casework' | 'deadlineEvesAreHolidays' | 'consent'>>
    & { readonly web?: Partial<Pick<Config['web'], 'publicUrl' | 'trustedProxies'>> };
  readonly catalog: Catalog;
  /** Checks the dependencies for GET /ready; see operations/check-readiness.ts. */
  readonly ready: () => Promise<ReadinessReport>;
  /** Logins, sessions, CSRF and rate limits (operations/auth/create-web-auth.ts); without it no page has a session. */
  readonly auth?: WebAuth;
  /** The casework use cases (operations/requests/casework-service.ts); with auth, the citizens' e-service is served. */
  readonly casework?: CaseworkService;
  /** The accessibility statement's feedback function (operations/accessibility/); the console lists it for administrators. */
  readonly accessibilityFeedback?: AccessibilityFeedbackService;
  /** Cookie consent (operations/consent/); without it pages have no banner and no consent routes. */
  readonly consent?: ConsentService;
  /** The time the console counts days left by (default the system clock); tests pass the casework service's clock. */
  readonly clock?: () => Date;
  /** Log level (default config.logLevel) and destination (default stdout); tests capture lines here. */
  readonly log?: { readonly level?: LogLevel; readonly destination?: LogDestination };
}

const stylesheet = readFileSync(new URL('./assets/insyn.css', import.meta.url), 'utf8');

function loggerOptions(deps: ServerDependencies): FastifyServerOptions['logger'] {
  return {
    level: deps.log?.level ?? deps.config.logLevel,
    ...(deps.log?.destination ? { stream: deps.log.destination } : {}),
    // Requests are logged by plugins/request-logging.ts (Fastify's own request lines are off):
    // method and route pattern, never the URL.
    serializers: { req: (request: { method: string }) => ({ method: request.method }) },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'headers.cookie', 'headers.authorization'],
      censor: '[redacted]',
    },
  };
}

/** The whole HTTP server, ready for inject() or listen(). */
export async function buildServer(deps: ServerDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps),
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
    // Behind a reverse proxy, X-Forwarded-For is believed only from the configured proxies.
    trustProxy: deps.config.web?.trustedProxies?.length ? [...deps.config.web.trustedProxies] : false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(securityHeadersPlugin, { strictTransportSecurity: deps.config.mode === 'production' });
  await app.register(requestLoggingPlugin);
  await app.register(errorResponsesPlugin, {
    renderErrorPage: (input) => renderErrorPage(deps.catalog, input).toString(),
  });
  await app.register(openApiPlugin);
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  if (deps.auth) await app.register(webSessionPlugin, { auth: deps.auth });
  const consentOptions = deps.consent ? {
    consent: deps.consent, catalog: deps.catalog, publicUrl: deps.config.web?.publicUrl ?? '',
    cookieDomain: deps.config.consent?.cookieDomain, sites: deps.config.consent?.sites ?? [],
    secure: (deps.config.web?.publicUrl ?? '').startsWith('https:'),
  } : undefined;
  await app.register(consentSlotsPlugin, consentOptions ? { consent: consentOptions } : {});
  await app.register(consentAssetRoutes);
  if (consentOptions) await app.register(consentRoutes, consentOptions);

  await app.register(healthRoutes, { ready: deps.ready });
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(publicRoutes, {
    catalog: deps.catalog, stylesheet, eservice: Boolean(deps.auth && deps.casework), accessibilityFeedback: deps.accessibilityFeedback,
  });
  if (deps.auth) await app.register(loginRoutes, { auth: deps.auth });
  if (deps.auth && deps.casework) await app.register(eserviceRoutes, { casework: deps.casework, auth: deps.auth, catalog: deps.catalog });
  if (deps.auth && deps.casework) {
    await app.register(consoleRoutes, {
      casework: deps.casework, catalog: deps.catalog, clock: deps.clock ?? (() => new Date()),
      reminderWorkingDays: deps.config.casework?.reminderWorkingDays ?? 5, evesAreHolidays: deps.config.deadlineEvesAreHolidays ?? false,
      accessibilityFeedback: deps.accessibilityFeedback,
    });
  }
  return app;
}
