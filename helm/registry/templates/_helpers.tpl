{{- define "registry.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "registry.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else if contains (include "registry.name" .) .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name (include "registry.name" .) | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "registry.selectorLabels" -}}
app.kubernetes.io/name: {{ include "registry.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "registry.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "registry.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "registry.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "registry.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "registry.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* The non-secret settings: `config` plus what the service sections imply. */}}
{{- define "registry.configData" -}}
{{- $data := dict }}
{{- range $name, $value := .Values.config }}
{{- $_ := set $data $name (toString $value) }}
{{- end }}
{{- $_ := set $data "PORT" "8080" }}
{{- $_ := set $data "DB_POOL_SIZE" (toString .Values.postgresql.poolSize) }}
{{- $_ := set $data "DB_USE_SSL" (toString .Values.postgresql.ssl) }}
{{- $_ := set $data "MIGRATE_ON_START" (toString (not .Values.migrations.enabled)) }}
{{- $_ := set $data "SHUTDOWN_GRACE_SECONDS" (toString .Values.shutdown.graceSeconds) }}
{{- with .Values.nodeOptions }}
{{- $_ := set $data "NODE_OPTIONS" . }}
{{- end }}
{{- with .Values.redis.url }}
{{- if contains "@" . }}
{{- fail "redis.url must not carry credentials: put the password in the Secret named by redis.auth.existingSecret" }}
{{- end }}
{{- $_ := set $data "REDIS_URL" . }}
{{- end }}
{{- $_ := set $data "REDIS_DEFAULT_DB" (toString .Values.redis.defaultDb) }}
{{- with .Values.nsq.tcpAddress }}
{{- $_ := set $data "NSQD_TCP_ADDRESS" . }}
{{- end }}
{{- with .Values.nsq.httpAddress }}
{{- $_ := set $data "NSQD_HTTP_ADDRESS" . }}
{{- end }}
{{- toYaml $data }}
{{- end }}

{{/* Environment variables read from Secrets: DATABASE_URL, REDIS_PASSWORD and `secrets.keys`. */}}
{{- define "registry.secretEnv" -}}
{{- $pg := .Values.postgresql }}
{{- $pgSecret := required "postgresql.auth.existingSecret is required" $pg.auth.existingSecret }}
{{- if $pg.host }}
- name: REGISTRY_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $pgSecret }}
      key: {{ required "postgresql.auth.passwordKey is required with postgresql.host" $pg.auth.passwordKey }}
- name: DATABASE_URL
  value: {{ printf "postgres://%s:$(REGISTRY_DB_PASSWORD)@%s:%v/%s" $pg.user $pg.host $pg.port $pg.database | quote }}
{{- else }}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ $pgSecret }}
      key: {{ required "postgresql.auth.urlKey is required without postgresql.host" $pg.auth.urlKey }}
{{- end }}
{{- with .Values.redis.auth.existingSecret }}
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $.Values.redis.auth.passwordKey }}
{{- end }}
{{- $secret := required "secrets.existingSecret is required" .Values.secrets.existingSecret }}
{{- range $name, $key := .Values.secrets.keys }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $key }}
      optional: {{ not (has $name $.Values.secrets.required) }}
{{- end }}
{{- end }}

{{- define "registry.podSecurity" -}}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
