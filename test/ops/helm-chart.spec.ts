import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ENV_SCHEMA } from '../../src/config/env.schema.js';

const root = path.join(__dirname, '..', '..');
const chart = path.join(root, 'helm', 'registry');
const helmBinary = path.join(root, '.tools', 'bin', 'helm');
const PRODUCTION = path.join(chart, 'ci', 'production-values.yaml');

type Manifest = Record<string, any> & { apiVersion: string; kind: string; metadata: { name: string; annotations?: Record<string, string> } };

let helmHome: string;
function helm(args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(helmBinary, args, {
    encoding: 'utf8',
    env: { ...process.env, HELM_CACHE_HOME: path.join(helmHome, 'cache'), HELM_CONFIG_HOME: path.join(helmHome, 'config'), HELM_DATA_HOME: path.join(helmHome, 'data') },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function render(...valueArgs: string[]): Manifest[] {
  const result = helm(['template', 'registry', chart, '--namespace', 'preservation', ...valueArgs]);
  if (result.status !== 0) throw new Error(result.stderr);
  return parseAllDocuments(result.stdout).map((d) => d.toJS()).filter(Boolean);
}

const find = (manifests: Manifest[], kind: string): Manifest | undefined => manifests.find((m) => m.kind === kind);
const only = (manifests: Manifest[], kind: string): Manifest => {
  const found = manifests.filter((m) => m.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
};

/** Every rendered object against the Kubernetes JSON schema of its apiVersion and kind. */
async function validate(manifest: Manifest): Promise<void> {
  const models: Record<string, new (data: unknown) => { validate(): void }> = await import(`kubernetes-models/${manifest.apiVersion}`);
  const Model = models[manifest.kind];
  if (!Model) throw new Error(`no model for ${manifest.apiVersion} ${manifest.kind}`);
  new Model(manifest).validate();
}

const SENSITIVE: ReadonlySet<string> = new Set(Object.entries(ENV_SCHEMA).filter(([, v]) => 'sensitive' in v && v.sensitive).map(([k]) => k));
const KNOWN: ReadonlySet<string> = new Set(Object.keys(ENV_SCHEMA));

describe('Helm chart helm/registry', () => {
  let defaults: Manifest[];
  let production: Manifest[];

  beforeAll(() => {
    if (!existsSync(helmBinary)) execFileSync('bash', [path.join(root, 'scripts', 'install-helm.sh')], { stdio: 'ignore' });
    helmHome = mkdtempSync(path.join(tmpdir(), 'registry-helm-'));
    defaults = render();
    production = render('-f', PRODUCTION);
  });
  afterAll(() => {
    rmSync(helmHome, { recursive: true, force: true });
  });

  it.each([
    ['the default values', []],
    ['the production values', ['-f', PRODUCTION]],
  ])('passes helm lint --strict with %s', (_, args) => {
    const result = helm(['lint', '--strict', chart, ...args]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each([
    ['default', () => defaults],
    ['production', () => production],
  ])('renders only valid Kubernetes objects (%s values)', async (_, manifests) => {
    expect(manifests().length).toBeGreaterThanOrEqual(7);
    for (const manifest of manifests()) await validate(manifest);
  });

  it('the validation does catch broken objects', async () => {
    const deployment = structuredClone(only(defaults, 'Deployment'));
    deployment.spec.replicas = 'two';
    await expect(validate(deployment)).rejects.toThrow();
  });

  it('renders the web/API workload with its Service, ConfigMap, autoscaler and disruption budget', () => {
    expect(defaults.map((m) => m.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'Job', 'PodDisruptionBudget', 'Service', 'ServiceAccount']);
    expect(production.map((m) => m.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'Ingress', 'Job', 'PodDisruptionBudget', 'Service', 'ServiceAccount']);
  });

  it('probes /health/live and /health/ready', () => {
    const [container] = only(defaults, 'Deployment').spec.template.spec.containers;
    expect(container.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
    expect(container.startupProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
  });

  it('runs as non-root on a read-only root filesystem with a writable /tmp and no capabilities', () => {
    for (const manifests of [defaults, production]) {
      for (const pod of [only(manifests, 'Deployment').spec.template.spec, only(manifests, 'Job').spec.template.spec]) {
        expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
        const [container] = pod.containers;
        expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
        expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
        expect(pod.volumes).toContainEqual({ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } });
        expect(container.resources.requests).toBeDefined();
        expect(container.resources.limits).toBeDefined();
      }
    }
  });

  it('migrates in a pre-install/pre-upgrade Job hook, and the pods then do not migrate themselves', () => {
    const job = only(production, 'Job');
    expect(job.metadata.annotations).toMatchObject({ 'helm.sh/hook': 'pre-install,pre-upgrade', 'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded' });
    const [container] = job.spec.template.spec.containers;
    expect(container.command).toEqual(['node', 'dist/src/cli/db-migrate.js']);
    expect(container.image).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com/registry:2026.11.23-1');
    expect(container.env).toContainEqual({ name: 'DB_USE_SSL', value: 'true' });
    expect(container.envFrom).toBeUndefined();
    expect(only(production, 'ConfigMap').data.MIGRATE_ON_START).toBe('false');
    expect(find(render('--set', 'migrations.enabled=false'), 'Job')).toBeUndefined();
    expect(only(render('--set', 'migrations.enabled=false'), 'ConfigMap').data.MIGRATE_ON_START).toBe('true');
  });

  it('scales on CPU between the configured bounds', () => {
    expect(only(production, 'HorizontalPodAutoscaler').spec).toMatchObject({
      scaleTargetRef: { kind: 'Deployment', name: only(production, 'Deployment').metadata.name },
      minReplicas: 3,
      maxReplicas: 12,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 65 } } }],
    });
    expect(only(production, 'Deployment').spec.replicas).toBeUndefined();
    const fixed = render('--set', 'autoscaling.enabled=false', '--set', 'replicaCount=4');
    expect(find(fixed, 'HorizontalPodAutoscaler')).toBeUndefined();
    expect(only(fixed, 'Deployment').spec.replicas).toBe(4);
    expect(only(production, 'PodDisruptionBudget').spec.minAvailable).toBe(2);
  });

  it('gives the app its shutdown grace period plus the preStop pause before Kubernetes kills it', () => {
    const pod = only(production, 'Deployment').spec.template.spec;
    expect(pod.containers[0].lifecycle.preStop).toEqual({ sleep: { seconds: 10 } });
    expect(only(production, 'ConfigMap').data.SHUTDOWN_GRACE_SECONDS).toBe('25');
    expect(pod.terminationGracePeriodSeconds).toBe(40);
  });

  it("keeps the image's heap settings unless nodeOptions overrides them", () => {
    expect(only(defaults, 'ConfigMap').data.NODE_OPTIONS).toBeUndefined();
    const raised = only(render('--set', 'nodeOptions=--max-old-space-size=512'), 'ConfigMap').data;
    expect(raised.NODE_OPTIONS).toBe('--max-old-space-size=512');
  });

  it('points at external PostgreSQL, Redis and nsqd from values', () => {
    const config = only(production, 'ConfigMap').data;
    expect(config).toMatchObject({
      REDIS_URL: 'rediss://master.registry-production.abc123.use1.cache.amazonaws.com:6379',
      NSQD_TCP_ADDRESS: 'nsqd.nsq.svc.cluster.local:4150',
      NSQD_HTTP_ADDRESS: 'http://nsqd.nsq.svc.cluster.local:4151',
      DB_USE_SSL: 'true',
      DB_POOL_SIZE: '15',
    });
    const env: any[] = only(production, 'Deployment').spec.template.spec.containers[0].env;
    const names = env.map((e) => e.name);
    expect(names.indexOf('REGISTRY_DB_PASSWORD')).toBeLessThan(names.indexOf('DATABASE_URL'));
    expect(env.find((e) => e.name === 'DATABASE_URL').value).toBe(
      'postgres://registry_app:$(REGISTRY_DB_PASSWORD)@registry-production.cluster-abc123xyz.us-east-1.rds.amazonaws.com:5432/registry',
    );
    expect(env.find((e) => e.name === 'REDIS_PASSWORD').valueFrom).toEqual({ secretKeyRef: { name: 'registry-production-redis', key: 'auth-token' } });
    const defaultEnv: any[] = only(defaults, 'Deployment').spec.template.spec.containers[0].env;
    expect(defaultEnv.find((e) => e.name === 'DATABASE_URL').valueFrom).toEqual({ secretKeyRef: { name: 'registry-secrets', key: 'database-url' } });
  });

  it('never carries a secret value: credentials come from Secret references only', () => {
    for (const manifests of [defaults, production]) {
      expect(find(manifests, 'Secret')).toBeUndefined();
      for (const [name, value] of Object.entries(only(manifests, 'ConfigMap').data as Record<string, string>)) {
        expect(KNOWN.has(name) ? name : `unknown setting ${name}`).toBe(name);
        if (SENSITIVE.has(name)) expect(`${name}=${value}`).not.toContain('@');
      }
      for (const workload of [only(manifests, 'Deployment'), only(manifests, 'Job')]) {
        for (const variable of workload.spec.template.spec.containers[0].env as { name: string; value?: string; valueFrom?: any }[]) {
          if (!SENSITIVE.has(variable.name) && variable.name !== 'REGISTRY_DB_PASSWORD') continue;
          if (variable.valueFrom) expect(Object.keys(variable.valueFrom)).toEqual(['secretKeyRef']);
          else if (variable.name === 'DATABASE_URL') expect(variable.value).toContain(':$(REGISTRY_DB_PASSWORD)@');
          else expect(`${variable.name}=${variable.value}`).not.toContain('@');
        }
      }
    }
    const required = (env: any[], name: string) => env.find((e) => e.name === name).valueFrom.secretKeyRef.optional;
    const env = only(production, 'Deployment').spec.template.spec.containers[0].env;
    expect([required(env, 'COOKIE_HASH_KEY'), required(env, 'BATCH_DELETION_KEY'), required(env, 'AUTHY_API_KEY')]).toEqual([false, false, true]);
  });

  it('refuses credentials in the Redis address and a missing Secret name', () => {
    expect(() => render('--set', 'redis.url=redis://:hunter2@cache:6379')).toThrow('redis.url must not carry credentials');
    expect(() => render('--set', 'postgresql.auth.existingSecret=')).toThrow('postgresql.auth.existingSecret is required');
  });

  it('exposes the Service through an optional Ingress', () => {
    const ingress = only(production, 'Ingress');
    expect(ingress.spec.ingressClassName).toBe('alb');
    expect(ingress.spec.tls).toEqual([{ secretName: 'registry-tls', hosts: ['repo.aptrust.org'] }]);
    expect(ingress.spec.rules[0].http.paths[0].backend.service).toEqual({ name: only(production, 'Service').metadata.name, port: { name: 'http' } });
    expect(only(defaults, 'Service').spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
  });
});
