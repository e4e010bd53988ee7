import { isApiPath } from '../../../shared/http/route-group.js';

export const MAINTENANCE_PATH = '/maintenance';

/** Exactly these two paths are answered in maintenance mode (api.md §0.3)... */
const ALWAYS_ANSWERED: ReadonlySet<string> = new Set(['/', MAINTENANCE_PATH]);
/** ...and the probes and the metrics, so that operators and the orchestrator still see the instance. */
const OPERATIONS_PATHS: ReadonlySet<string> = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/** Where a request goes in maintenance mode: undefined when it is answered normally. */
export function maintenanceRedirect(url: string): string | undefined {
  const path = url.split('?', 1)[0];
  if (ALWAYS_ANSWERED.has(path) || OPERATIONS_PATHS.has(path.replace(/(.)\/$/, '$1'))) return undefined;
  return isApiPath(path) ? `${MAINTENANCE_PATH}?format=json` : MAINTENANCE_PATH;
}

/**
 * `GET /maintenance?format=json`: StatusCode is a string here, unlike every other JSON error body, and
 * the keys come in the reference's order (a Go map, written with sorted keys).
 */
export interface MaintenanceStatusBody {
  readonly Error: string;
  readonly Message: string;
  readonly StatusCode: '200' | '503';
}

export function maintenanceStatus(maintenanceMode: boolean): { readonly httpStatus: 200 | 503; readonly body: MaintenanceStatusBody } {
  return maintenanceMode
    ? { httpStatus: 503, body: { Error: 'APTrust Registry is currently undergoing maintenance.', Message: '', StatusCode: '503' } }
    : { httpStatus: 200, body: { Error: '', Message: 'Registry is operating normally.', StatusCode: '200' } };
}
