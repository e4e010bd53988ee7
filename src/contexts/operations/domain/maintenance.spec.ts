import { maintenanceRedirect, maintenanceStatus } from './maintenance.js';

describe(maintenanceRedirect.name, () => {
  it.each(['/', '/maintenance', '/maintenance?format=json', '/health', '/health/live', '/health/ready', '/health/ready/', '/metrics'])('answers %s normally', (url) => {
    expect(maintenanceRedirect(url)).toBeUndefined();
  });

  it.each([
    ['/dashboard', '/maintenance'],
    ['/users/sign_in', '/maintenance'],
    ['/static/css/app.css', '/maintenance'],
    ['/favicon.ico', '/maintenance'],
    ['/maintenance/', '/maintenance'],
    ['/healthz', '/maintenance'],
    ['/member-api/v3/objects?per_page=1', '/maintenance?format=json'],
    ['/admin-api/v3/items/show/1', '/maintenance?format=json'],
  ])('redirects %s to %s', (url, target) => {
    expect(maintenanceRedirect(url)).toBe(target);
  });
});

describe(maintenanceStatus.name, () => {
  it('is 503 with a string StatusCode in maintenance mode', () => {
    expect(maintenanceStatus(true)).toEqual({ httpStatus: 503, body: { StatusCode: '503', Error: 'APTrust Registry is currently undergoing maintenance.', Message: '' } });
  });

  it('is 200 otherwise', () => {
    expect(maintenanceStatus(false)).toEqual({ httpStatus: 200, body: { StatusCode: '200', Error: '', Message: 'Registry is operating normally.' } });
  });
});
