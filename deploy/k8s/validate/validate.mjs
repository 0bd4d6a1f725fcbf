// Offline validation of the deployment files, run by `./judge test` (deploy/k8s/validate/run):
//   1. every YAML document under deploy/k8s against the Kubernetes and KEDA JSON schemas (npm: kubernetes-models,
//      @kubernetes-models/keda), plus a check for field names no schema knows (the schemas allow unknown fields);
//   2. the judge's own rules that no schema can know (grace above Worker:ShutdownGrace, only the engine sidecar
//      privileged, same-path mounts, probes on the ops ports, KEDA's stream and group, images built here, ...);
//   3. deploy/grafana/judge-dashboard.json: JSON, a Prometheus datasource variable, only the metric names of the ops
//      spec, and every one of them shown;
//   4. deploy/compose.yaml: the same rules for one host (and `docker-compose config -q`, run by ./run, when installed).
// Prints one line per check, "[PASS] name" or "[FAIL] name: why", and last "SUMMARY manifests: N passed, M failed".
// With --self-test it also breaks copies of the manifests in known ways and checks that each break is caught.
// Exit status: 0 when nothing failed.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, dirname, relative, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, parse as parseYaml } from "yaml";

const HERE = dirname(fileURLToPath(import.meta.url));
const K8S = dirname(HERE);
const ROOT = dirname(dirname(K8S));
const NODE_MODULES = join(HERE, "node_modules");

// The fixed names of the ops spec (docs/operations.md; issue 15).
const SPEC = {
  namespace: "judge",
  stream: "judge:jobs",
  consumerGroup: "workers",
  apiPorts: { grpc: 50051, web: 5080, ops: 9464 },
  workerOpsPort: 9465,
  metrics: [
    "judge_circuit_state",
    "judge_api_requests_total",
    "judge_api_request_duration_seconds",
    "judge_submissions_queued_total",
    "judge_queue_length",
    "judge_queue_lag",
    "judge_queue_pending",
    "judge_dead_letters",
    "judge_submissions_judged_total",
    "judge_queue_wait_seconds",
    "judge_compile_duration_seconds",
    "judge_test_duration_seconds",
    "judge_sandbox_warm",
    "judge_sandbox_creations_total",
    "judge_sandbox_creation_failures_total",
    "judge_jobs_in_flight",
    "judge_jobs_handed_back_total",
    "judge_compile_cache_hits_total",
    "judge_compile_prestarted_total",
  ],
  histograms: [
    "judge_api_request_duration_seconds",
    "judge_queue_wait_seconds",
    "judge_compile_duration_seconds",
    "judge_test_duration_seconds",
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Loading

/** Every YAML document of deploy/k8s/*.yaml: { file, index, obj }. */
function loadManifests() {
  const docs = [];
  for (const name of readdirSync(K8S).sort()) {
    const path = join(K8S, name);
    if (!statSync(path).isFile() || !/\.ya?ml$/.test(name)) continue;
    const text = readFileSync(path, "utf8");
    parseAllDocuments(text).forEach((doc, index) => {
      if (doc.errors.length) {
        docs.push({ file: name, index, obj: null, error: doc.errors.map((e) => e.message).join("; ") });
      } else {
        const obj = doc.toJS();
        if (obj !== null && obj !== undefined) docs.push({ file: name, index, obj });
      }
    });
  }
  return docs;
}

// The model class of an apiVersion/kind: core "v1" in kubernetes-models/v1, groups in kubernetes-models/GROUP/VERSION,
// keda.sh in @kubernetes-models/keda.
async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const candidates = [];
  if (group === "keda.sh" || group === "eventing.keda.sh") {
    candidates.push(`@kubernetes-models/keda/${group}/${version}/${kind}.js`);
  } else if (group === "") {
    candidates.push(`kubernetes-models/v1/${kind}.js`);
  } else {
    candidates.push(`kubernetes-models/${group}/${version}/${kind}.js`);
  }
  for (const spec of candidates) {
    if (!existsSync(join(NODE_MODULES, spec))) continue;
    const module = await import(join(NODE_MODULES, spec));
    if (module[kind]) return module[kind];
  }
  return null;
}

// Every property name any interface of the models declares: a field in a manifest that none declares is a typo the
// schemas (which allow unknown fields) let through.
function knownFields() {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".d.ts")) {
        for (const m of readFileSync(path, "utf8").matchAll(/^\s+"?([A-Za-z_$][\w$.-]*)"?\??:/gm)) names.add(m[1]);
      }
    }
  };
  for (const pkg of ["kubernetes-models", "@kubernetes-models/keda", "@kubernetes-models/apimachinery"]) {
    walk(join(NODE_MODULES, pkg));
  }
  return names;
}

// Keys below which any name is valid (maps of user data).
const FREE_FORM = new Set(["labels", "annotations", "data", "stringData", "binaryData", "matchLabels", "nodeSelector",
  "limits", "requests", "capacity"]);

function unknownFieldPaths(obj, known, path = "") {
  const out = [];
  if (Array.isArray(obj)) {
    obj.forEach((v, i) => out.push(...unknownFieldPaths(v, known, `${path}[${i}]`)));
  } else if (obj && typeof obj === "object") {
    for (const [key, value] of Object.entries(obj)) {
      const here = path ? `${path}.${key}` : key;
      if (!known.has(key)) out.push(here);
      const freeForm = FREE_FORM.has(key) ||
        (key === "metadata" && /triggers\[\d+\]$/.test(path)) || // a KEDA trigger's metadata: the scaler's parameters
        (key === "selector" && path === "spec" && obj.ports !== undefined); // a Service's selector: a label map
      if (!freeForm) out.push(...unknownFieldPaths(value, known, here));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const nameOf = (d) => `${d.obj?.kind ?? "?"}/${d.obj?.metadata?.name ?? "?"}`;
const find = (docs, kind, name) => docs.find((d) => d.obj?.kind === kind && (!name || d.obj.metadata?.name === name))?.obj;
const findAll = (docs, kind) => docs.filter((d) => d.obj?.kind === kind).map((d) => d.obj);
const podSpecOf = (o) => (o.kind === "Pod" ? o.spec : o.spec?.template?.spec);
const containersOf = (spec) => [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
const envOf = (container, name) => container?.env?.find((e) => e.name === name)?.value;
const configValue = (docs, key) => find(docs, "ConfigMap", "judge-config")?.data?.[key];

/** TimeSpan "hh:mm:ss[.fff]" in seconds, or NaN. */
function timeSpanSeconds(value) {
  const m = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(String(value ?? ""));
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : NaN;
}

/** A Compose duration ("45s", "1m30s") in seconds, or NaN. */
function durationSeconds(value) {
  const m = /^(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(String(value ?? ""));
  return m && (m[1] || m[2]) ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : NaN;
}

/** The port number a probe's port (a number or a container port's name) means. */
function probePort(container, port) {
  if (typeof port === "number") return port;
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

/** The mount of the path (the longest mountPath that is a prefix of it), or undefined. */
function mountOf(container, path) {
  return (container?.volumeMounts ?? [])
    .filter((m) => path === m.mountPath || path.startsWith(m.mountPath.replace(/\/$/, "") + "/"))
    .sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
}

const labelsMatch = (selector, labels) =>
  Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v) && Object.keys(selector ?? {}).length > 0;

// ---------------------------------------------------------------------------------------------------------------
// Checks. Each returns a list of [name, problem-or-null].

async function schemaChecks(docs, known) {
  const results = [];
  const seen = new Set();
  for (const d of docs) {
    const where = `${d.file}#${d.index}`;
    if (d.error) {
      results.push([`${where} parses as YAML`, d.error]);
      continue;
    }
    const { apiVersion, kind } = d.obj;
    if (apiVersion === "kustomize.config.k8s.io/v1beta1" && kind === "Kustomization") continue; // checked below
    const label = `${where} ${nameOf(d)} (${apiVersion})`;
    if (!apiVersion || !kind) {
      results.push([`${label} has apiVersion and kind`, "missing"]);
      continue;
    }
    const Model = await modelFor(apiVersion, kind);
    if (!Model) {
      results.push([`${label} matches a schema`, `no model for ${apiVersion} ${kind}`]);
      continue;
    }
    let problem = null;
    try {
      new Model(d.obj).validate();
    } catch (e) {
      problem = (e.errors ?? []).slice(0, 5).map((x) => `${x.instancePath || "/"} ${x.message}`).join("; ") || e.message;
    }
    results.push([`${label} is valid against the schema`, problem]);
    const unknown = unknownFieldPaths(d.obj, known);
    results.push([`${label} has no field unknown to the schemas`, unknown.length ? unknown.join(", ") : null]);
    const key = `${kind}/${d.obj.metadata?.name}`;
    results.push([`${label} is the only ${key}`, seen.has(key) ? "duplicate" : null]);
    seen.add(key);
  }
  return results;
}

function ownChecks(docs) {
  const r = [];
  const check = (name, ok, why) => r.push([name, ok ? null : why ?? "no"]);

  // Kustomization: lists every manifest file, sets the namespace.
  const kustomization = find(docs, "Kustomization");
  // *.example.yaml (the Secrets' placeholders) are validated but never applied.
  const files = [...new Set(docs.map((d) => d.file))].filter((f) => f !== "kustomization.yaml" && !f.endsWith(".example.yaml"));
  const listed = kustomization?.resources ?? [];
  check("kustomization.yaml lists every manifest and only existing ones, no *.example.yaml",
    kustomization && files.every((f) => listed.includes(f)) && listed.every((f) => files.includes(f)),
    `files ${files.join(",")} vs resources ${listed.join(",")}`);
  const secretFiles = [...new Set(docs.filter((d) => d.obj?.kind === "Secret").map((d) => d.file))];
  check("Secrets are only in *.example.yaml (never applied by kubectl apply -k)",
    secretFiles.every((f) => f.endsWith(".example.yaml")), secretFiles.join(", "));
  check(`kustomization.yaml sets namespace ${SPEC.namespace}`, kustomization?.namespace === SPEC.namespace,
    `namespace ${kustomization?.namespace}`);
  const wrongNamespace = docs.filter((d) => d.obj?.metadata?.namespace && d.obj.metadata.namespace !== SPEC.namespace);
  check(`every object is in namespace ${SPEC.namespace}`, wrongNamespace.length === 0, wrongNamespace.map(nameOf).join(", "));

  const api = find(docs, "Deployment", "judge-api");
  const worker = find(docs, "Deployment", "judge-worker");
  const redis = find(docs, "StatefulSet", "redis");
  check("the API Deployment judge-api exists", api);
  check("the worker Deployment judge-worker exists", worker);
  check("the Redis StatefulSet redis exists", redis);
  if (!api || !worker || !redis) return r;
  const apiSpec = podSpecOf(api);
  const workerSpec = podSpecOf(worker);
  const apiContainer = apiSpec.containers.find((c) => c.name === "api");
  const workerContainer = workerSpec.containers.find((c) => c.name === "worker");
  const engine = (workerSpec.initContainers ?? []).find((c) => c.name === "engine");
  check("the worker pod has containers worker and (init) engine", workerContainer && engine);
  if (!workerContainer || !engine || !apiContainer) return r;

  // Selectors.
  for (const o of [...findAll(docs, "Deployment"), ...findAll(docs, "StatefulSet")]) {
    check(`${o.kind}/${o.metadata.name}: selector matches its pod template's labels`,
      labelsMatch(o.spec.selector?.matchLabels, o.spec.template?.metadata?.labels));
  }
  const templates = [...findAll(docs, "Deployment"), ...findAll(docs, "StatefulSet")].map((o) => o.spec.template);
  for (const s of findAll(docs, "Service")) {
    check(`Service/${s.metadata.name}: selector matches a pod template`,
      templates.some((t) => labelsMatch(s.spec.selector, t.metadata?.labels)));
  }

  // Grace: above Worker:ShutdownGrace, with room for the hand-back and the engine's stop.
  const shutdownGrace = timeSpanSeconds(configValue(docs, "Worker__ShutdownGrace") ?? "00:00:20");
  const grace = workerSpec.terminationGracePeriodSeconds;
  check(`worker terminationGracePeriodSeconds (${grace}) > Worker:ShutdownGrace (${shutdownGrace} s) + 10 s`,
    Number.isFinite(shutdownGrace) && grace > shutdownGrace + 10);

  // Privilege: the engine sidecar and nothing else; the worker locked down.
  const privileged = [];
  for (const d of docs) {
    const spec = d.obj && podSpecOf(d.obj);
    for (const c of containersOf(spec)) if (c.securityContext?.privileged) privileged.push(`${nameOf(d)}/${c.name}`);
  }
  check("only the engine sidecar is privileged", privileged.length === 1 && privileged[0] === "Deployment/judge-worker/engine",
    `privileged: ${privileged.join(", ") || "none"}`);
  const sc = workerContainer.securityContext ?? {};
  check("the worker container: no privilege escalation, every capability dropped",
    sc.allowPrivilegeEscalation === false && (sc.capabilities?.drop ?? []).includes("ALL") && !sc.privileged);
  check("the engine is a native sidecar (restartPolicy Always) with a startup probe",
    engine.restartPolicy === "Always" && engine.startupProbe);

  // Same paths in the worker and the engine: the socket, DataDirectory, OutputDirectory.
  const socket = (envOf(workerContainer, "Sandbox__DockerEndpoint") ?? "").replace(/^unix:\/\//, "");
  const dataDir = envOf(workerContainer, "Worker__DataDirectory") ?? "/var/lib/judge/worker";
  const outputDir = envOf(workerContainer, "Worker__OutputDirectory") ?? "/dev/shm/judge-worker";
  for (const [what, path] of [["engine socket", socket], ["DataDirectory", dataDir], ["OutputDirectory", outputDir]]) {
    const a = mountOf(workerContainer, path);
    const b = mountOf(engine, path);
    check(`${what} ${path} is on one volume mounted at the same path in worker and engine`,
      path && a && b && a.name === b.name && a.mountPath === b.mountPath,
      `worker ${a?.name}@${a?.mountPath}, engine ${b?.name}@${b?.mountPath}`);
  }
  const outputVolume = workerSpec.volumes?.find((v) => v.name === mountOf(workerContainer, outputDir)?.name);
  check("OutputDirectory's volume is memory-backed (a tmpfs)", outputVolume?.emptyDir?.medium === "Memory");
  check("the engine's /var/lib/docker is a volume", mountOf(engine, "/var/lib/docker")?.mountPath === "/var/lib/docker");
  check("worker names are the pods' names (unique consumers)",
    workerContainer.env?.find((e) => e.name === "Worker__Name")?.valueFrom?.fieldRef?.fieldPath === "metadata.name");

  // Probes on the ops ports.
  const probeCheck = (who, container, port) => {
    for (const [probe, path] of [["readinessProbe", "/healthz/ready"], ["livenessProbe", "/healthz/live"]]) {
      const p = container[probe]?.httpGet;
      check(`${who} ${probe}: GET ${path} on ${port}`, p?.path === path && probePort(container, p.port) === port,
        `${p?.path} on ${probePort(container, p?.port)}`);
    }
  };
  probeCheck("API", apiContainer, SPEC.apiPorts.ops);
  probeCheck("worker", workerContainer, SPEC.workerOpsPort);
  check(`worker Kestrel Ops endpoint on ${SPEC.workerOpsPort}`,
    (envOf(workerContainer, "Kestrel__Endpoints__Ops__Url") ?? "").endsWith(`:${SPEC.workerOpsPort}`));
  check(`API Kestrel Ops endpoint on ${SPEC.apiPorts.ops}`,
    (envOf(apiContainer, "Kestrel__Endpoints__Ops__Url") ?? "").endsWith(`:${SPEC.apiPorts.ops}`));
  const apiService = find(docs, "Service", "judge-api");
  for (const [name, port] of Object.entries(SPEC.apiPorts)) {
    check(`Service judge-api serves ${name} on ${port}`, apiService?.spec?.ports?.some((p) => p.port === port));
  }

  // Replicas: KEDA owns the workers'.
  check("judge-worker has no spec.replicas (the ScaledObject owns it)", worker.spec.replicas === undefined,
    `replicas: ${worker.spec.replicas}`);

  // KEDA.
  const scaled = findAll(docs, "ScaledObject");
  const so = scaled.find((s) => s.spec?.scaleTargetRef?.name === "judge-worker");
  check("a ScaledObject targets judge-worker", so);
  if (so) {
    const triggers = so.spec.triggers ?? [];
    const streams = triggers.filter((t) => t.type === "redis-streams");
    check("its triggers are redis-streams", streams.length > 0 && streams.length === triggers.length);
    check(`every trigger reads stream ${SPEC.stream}`, streams.every((t) => t.metadata?.stream === SPEC.stream),
      streams.map((t) => t.metadata?.stream).join(","));
    const group = configValue(docs, "Worker__ConsumerGroup") ?? SPEC.consumerGroup;
    check(`every trigger's consumerGroup is ${SPEC.consumerGroup} (= Worker:ConsumerGroup ${group})`,
      group === SPEC.consumerGroup && streams.every((t) => t.metadata?.consumerGroup === SPEC.consumerGroup));
    const lag = streams.find((t) => t.metadata?.lagCount !== undefined);
    check("a trigger scales on the group's lag (lagCount with activationLagCount)",
      lag && Number(lag.metadata.lagCount) > 0 && lag.metadata.activationLagCount !== undefined);
    const redisService = find(docs, "Service", redis.spec.serviceName);
    check("the triggers' address is the Redis Service",
      redisService && streams.every((t) => (t.metadata?.address ?? "").split(/[.:]/)[0] === redisService.metadata.name));
    const auth = streams.map((t) => t.authenticationRef?.name).filter(Boolean);
    check("the triggers authenticate with a TriggerAuthentication of these manifests",
      auth.length === streams.length && auth.every((n) => find(docs, "TriggerAuthentication", n)));
    check("minReplicaCount >= 1 (a language without a worker leaves ListLanguages) and max >= min",
      so.spec.minReplicaCount >= 1 && so.spec.maxReplicaCount >= so.spec.minReplicaCount);
  }

  // Disruption budgets.
  for (const [who, o] of [["worker", worker], ["API", api]]) {
    check(`a PodDisruptionBudget covers the ${who} pods`,
      findAll(docs, "PodDisruptionBudget").some((p) => labelsMatch(p.spec?.selector?.matchLabels, o.spec.template.metadata.labels)));
  }

  // Redis: AOF on a claim.
  const redisContainer = podSpecOf(redis).containers[0];
  const redisCommand = [...(redisContainer.command ?? []), ...(redisContainer.args ?? [])].join(" ");
  check("Redis runs with the append-only file on", /--appendonly yes/.test(redisCommand));
  const dataMount = mountOf(redisContainer, "/data");
  check("Redis's /data is a PersistentVolumeClaim template",
    dataMount && (redis.spec.volumeClaimTemplates ?? []).some((t) => t.metadata?.name === dataMount.name));

  // Resources and images.
  for (const d of docs) {
    const spec = d.obj && podSpecOf(d.obj);
    for (const c of containersOf(spec)) {
      const res = c.resources ?? {};
      check(`${nameOf(d)}/${c.name}: cpu and memory requests and a memory limit`,
        res.requests?.cpu && res.requests?.memory && res.limits?.memory);
      const image = /^judge\/([a-z0-9-]+)(:[\w.-]+)?$/.exec(c.image ?? "");
      check(`${nameOf(d)}/${c.name}: image ${c.image} is built by deploy/images/build`,
        image && existsSync(join(ROOT, "deploy/images", image[1], "Dockerfile")));
      check(`${nameOf(d)}/${c.name}: imagePullPolicy Never or IfNotPresent (no registry)`,
        ["Never", "IfNotPresent"].includes(c.imagePullPolicy), `imagePullPolicy ${c.imagePullPolicy}`);
    }
  }

  // The sandbox images the worker's languages use are the ones the engine image carries, and each is built.
  const languages = JSON.parse(readFileSync(join(ROOT, "Judge.Worker/languages.json"), "utf8")).Languages;
  const build = readFileSync(join(ROOT, "deploy/images/build"), "utf8");
  const carried = (/^LANGUAGES=\(([^)]*)\)/m.exec(build)?.[1] ?? "").trim().split(/\s+/).map((l) => `judge/sandbox-${l}`);
  const used = Object.values(languages).map((l) => l.Image);
  const missing = used.filter((i) => !carried.includes(i));
  check(`judge/sandbox-engine carries every sandbox image of languages.json (${used.length})`, missing.length === 0,
    `not carried: ${missing.join(", ")}`);
  const unbuilt = used.filter((i) => !existsSync(join(ROOT, "sandbox-images", i.replace("judge/sandbox-", ""), "Dockerfile")));
  check("every sandbox image of languages.json has a Dockerfile in sandbox-images/", unbuilt.length === 0, unbuilt.join(", "));

  // References: Secrets and ConfigMaps named by the pods exist; key material is a placeholder in git.
  for (const d of docs) {
    const spec = d.obj && podSpecOf(d.obj);
    for (const c of containersOf(spec)) {
      const refs = [
        ...(c.envFrom ?? []).map((e) => e.secretRef ? ["Secret", e.secretRef.name] : ["ConfigMap", e.configMapRef?.name]),
        ...(c.env ?? []).flatMap((e) => e.valueFrom?.secretKeyRef ? [["Secret", e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key]]
          : e.valueFrom?.configMapKeyRef ? [["ConfigMap", e.valueFrom.configMapKeyRef.name, e.valueFrom.configMapKeyRef.key]] : []),
      ];
      const broken = refs.filter(([kind, name, key]) => {
        const o = find(docs, kind, name);
        return !o || (key && !(key in (o.stringData ?? {})) && !(key in (o.data ?? {})));
      });
      check(`${nameOf(d)}/${c.name}: every Secret and ConfigMap it reads exists`, broken.length === 0,
        broken.map((b) => b.join("/")).join(", "));
    }
  }
  for (const s of findAll(docs, "Secret")) {
    const material = Object.entries(s.stringData ?? {}).filter(([k]) => /SigningKey|Sha256|password/i.test(k));
    check(`Secret/${s.metadata.name}: key material is a REPLACE placeholder, never a real secret`,
      material.length > 0 && material.every(([, v]) => String(v).startsWith("REPLACE")) && !s.data,
      material.filter(([, v]) => !String(v).startsWith("REPLACE")).map(([k]) => k).join(", "));
  }
  return r;
}

// deploy/grafana/judge-dashboard.json
function dashboardChecks(path = join(ROOT, "deploy/grafana/judge-dashboard.json"), text = null) {
  const r = [];
  const check = (name, ok, why) => r.push([name, ok ? null : why ?? "no"]);
  let dashboard;
  try {
    dashboard = JSON.parse(text ?? readFileSync(path, "utf8"));
  } catch (e) {
    check("the Grafana dashboard is JSON", false, e.message);
    return r;
  }
  check("the Grafana dashboard is JSON", true);
  const variable = (dashboard.templating?.list ?? []).find((v) => v.type === "datasource" && v.query === "prometheus");
  check("it has a Prometheus datasource variable", variable);
  const panels = [];
  const collect = (list) => (list ?? []).forEach((p) => { panels.push(p); collect(p.panels); });
  collect(dashboard.panels);
  const queryPanels = panels.filter((p) => p.targets?.length);
  check("every panel with queries uses the datasource variable",
    variable && queryPanels.every((p) => p.datasource?.uid === `\${${variable.name}}` &&
      p.targets.every((t) => !t.datasource || t.datasource.uid === `\${${variable.name}}`)),
    queryPanels.filter((p) => p.datasource?.uid !== `\${${variable?.name}}`).map((p) => p.title).join(", "));
  const used = new Set();
  const unknown = new Set();
  for (const p of queryPanels) {
    for (const t of p.targets) {
      for (const m of String(t.expr ?? "").matchAll(/\bjudge_[a-z0-9_]+/g)) {
        const name = m[0];
        const base = name.replace(/_(bucket|sum|count)$/, "");
        if (SPEC.metrics.includes(name)) used.add(name);
        else if (SPEC.histograms.includes(base)) used.add(base);
        else unknown.add(name);
      }
    }
  }
  check("every metric it queries is a name of the ops spec", unknown.size === 0, [...unknown].join(", "));
  const unshown = SPEC.metrics.filter((m) => !used.has(m));
  check(`it shows every judge_* metric of the ops spec (${SPEC.metrics.length})`, unshown.length === 0, unshown.join(", "));
  check("every panel has a title and a unique id",
    panels.every((p) => p.title) && new Set(panels.map((p) => p.id)).size === panels.length);
  return r;
}

// deploy/compose.yaml: the same rules for one host. ${VAR:-default} is read as its default.
function composeChecks(text = readFileSync(join(ROOT, "deploy/compose.yaml"), "utf8")) {
  const r = [];
  const check = (name, ok, why) => r.push([name, ok ? null : why ?? "no"]);
  const defaults = (v) => typeof v === "string" ? v.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1")
    : Array.isArray(v) ? v.map(defaults)
    : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, defaults(x)])) : v;
  let compose;
  try {
    compose = defaults(parseYaml(text));
  } catch (e) {
    check("compose: deploy/compose.yaml parses as YAML", false, e.message);
    return r;
  }
  const services = compose?.services ?? {};
  for (const [name, s] of Object.entries(services)) {
    check(`compose: ${name} uses the host's network (never a bridge)`, s.network_mode === "host", `network_mode ${s.network_mode}`);
    check(`compose: ${name} uses an image built here`, /^judge\/[a-z0-9-]+/.test(s.image ?? "") &&
      existsSync(join(ROOT, "deploy/images", s.image.replace(/^judge\//, "").replace(/:.*$/, ""), "Dockerfile")));
    check(`compose: ${name} is not privileged`, !s.privileged);
  }
  const worker = services.worker;
  check("compose: a worker service exists", worker);
  if (!worker) return r;
  const env = worker.environment ?? {};
  const grace = timeSpanSeconds(env.Worker__ShutdownGrace ?? "00:00:20");
  check(`compose: worker stop_grace_period (${worker.stop_grace_period}) > Worker:ShutdownGrace (${grace} s) + 10 s`,
    durationSeconds(worker.stop_grace_period) > grace + 10);
  const volumes = (worker.volumes ?? []).map((v) => String(v).split(":"));
  for (const [what, path] of [["DataDirectory", env.Worker__DataDirectory], ["OutputDirectory", env.Worker__OutputDirectory]]) {
    check(`compose: worker ${what} ${path} is bind-mounted at the same path`,
      path && volumes.some(([host, inside]) => host === inside && (path === inside || path.startsWith(`${inside}/`))));
  }
  const socket = (env.Sandbox__DockerEndpoint ?? "").replace(/^unix:\/\//, "");
  check("compose: worker has the engine's socket", volumes.some(([, inside]) => inside === socket));
  check("compose: workers take slots (distinct names and ops ports)",
    env.JUDGE_WORKER_SLOTS && String(env.JUDGE_WORKER_OPS_PORT_BASE) === String(SPEC.workerOpsPort));
  const redisCommand = (services.redis?.command ?? []).join(" ");
  check("compose: Redis has a volume for /data (AOF on in judge/redis)",
    (services.redis?.volumes ?? []).some((v) => String(v).split(":")[1] === "/data") &&
      /--appendonly", "yes"/.test(readFileSync(join(ROOT, "deploy/images/redis/Dockerfile"), "utf8")));
  check("compose: Redis binds the loopback only", /--bind 127\.0\.0\.1/.test(redisCommand));
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// Self-test: each break below must make at least one check fail, and the check that fails must be the one meant.

const clone = (docs) => docs.map((d) => ({ ...d, obj: d.obj === null ? null : structuredClone(d.obj) }));
const obj = (docs, kind, name) => docs.find((d) => d.obj?.kind === kind && d.obj.metadata?.name === name).obj;
const BREAKS = [
  ["a port that is not a number", /valid against the schema/, (docs) => {
    podSpecOf(obj(docs, "Deployment", "judge-api")).containers[0].ports[0].containerPort = "grpc";
  }],
  ["a misspelt field (livenesProbe)", /no field unknown/, (docs) => {
    const c = podSpecOf(obj(docs, "Deployment", "judge-api")).containers[0];
    c.livenesProbe = c.livenessProbe;
    delete c.livenessProbe;
  }],
  ["a worker grace of 20 s", /terminationGracePeriodSeconds/, (docs) => {
    podSpecOf(obj(docs, "Deployment", "judge-worker")).terminationGracePeriodSeconds = 20;
  }],
  ["a privileged worker container", /only the engine sidecar is privileged/, (docs) => {
    podSpecOf(obj(docs, "Deployment", "judge-worker")).containers[0].securityContext.privileged = true;
  }],
  ["KEDA on stream jobs", /reads stream/, (docs) => {
    obj(docs, "ScaledObject", "judge-worker").spec.triggers[0].metadata.stream = "jobs";
  }],
  ["KEDA on group worker", /consumerGroup/, (docs) => {
    obj(docs, "ScaledObject", "judge-worker").spec.triggers[0].metadata.consumerGroup = "worker";
  }],
  ["the output directory on another path in the engine", /OutputDirectory .* same path/, (docs) => {
    const engine = podSpecOf(obj(docs, "Deployment", "judge-worker")).initContainers[0];
    engine.volumeMounts.find((m) => m.name === "worker-output").mountPath = "/dev/shm/out";
  }],
  ["a readiness probe on the gRPC port", /readinessProbe/, (docs) => {
    podSpecOf(obj(docs, "Deployment", "judge-api")).containers[0].readinessProbe.httpGet.port = 50051;
  }],
  ["an image from a registry", /built by deploy\/images\/build/, (docs) => {
    podSpecOf(obj(docs, "StatefulSet", "redis")).containers[0].image = "redis:7";
  }],
  ["a real signing key in git", /placeholder/, (docs) => {
    obj(docs, "Secret", "judge-api").stringData.Assessments__SigningKey = "3tJ7qEWHnNwVh/FZKJQo0nweHrBJ47rFc4N2Mu6keZg=";
  }],
  ["replicas on the worker Deployment", /no spec.replicas/, (docs) => {
    obj(docs, "Deployment", "judge-worker").spec.replicas = 3;
  }],
  ["no PodDisruptionBudget for the workers", /PodDisruptionBudget covers the worker/, (docs) => {
    obj(docs, "PodDisruptionBudget", "judge-worker").spec.selector.matchLabels = { app: "nothing" };
  }],
  ["a Secret among the applied manifests", /Secrets are only in/, (docs) => {
    docs.find((d) => d.obj?.kind === "Secret").file = "config.yaml";
  }],
  ["a Secret that does not exist", /Secret and ConfigMap it reads exists/, (docs) => {
    podSpecOf(obj(docs, "Deployment", "judge-api")).containers[0].envFrom[1].secretRef.name = "judge-api-typo";
  }],
];

const COMPOSE_BREAKS = [
  ["a worker on a bridge network", /worker uses the host's network/, (t) => t.replace(/(worker:\n\s+image: judge\/worker\n\s+)network_mode: host/, "$1network_mode: bridge")],
  ["a worker stop grace of 10 s", /stop_grace_period/, (t) => t.replace("stop_grace_period: 45s", "stop_grace_period: 10s")],
  ["a data directory at another path inside", /DataDirectory .* same path/, (t) => t.replace(/(- \$\{JUDGE_DATA:-\/var\/lib\/judge\/compose\}):\$\{JUDGE_DATA:-\/var\/lib\/judge\/compose\}/, "$1:/data")],
];

const DASHBOARD_BREAKS = [
  ["a metric the spec does not name", /name of the ops spec/, (t) => t.replace("judge_queue_lag", "judge_queue_lags")],
  ["a panel on a fixed datasource", /datasource variable/, (t) => {
    const d = JSON.parse(t);
    d.panels.find((p) => p.targets?.length).datasource = { type: "prometheus", uid: "prometheus-1" };
    return JSON.stringify(d);
  }],
  ["not JSON", /is JSON/, (t) => t.slice(0, -3)],
];

// ---------------------------------------------------------------------------------------------------------------

async function run() {
  const selfTest = process.argv.includes("--self-test");
  const docs = loadManifests();
  const known = knownFields();
  // ./run passes the outcome of `docker-compose config -q` (ok, skipped, or failed: why).
  const composeConfig = process.argv.find((a) => a.startsWith("--compose-config="))?.slice("--compose-config=".length);
  const all = [
    ...(composeConfig && composeConfig !== "skipped"
      ? [["compose: docker-compose config -q accepts deploy/compose.yaml", composeConfig === "ok" ? null : composeConfig]] : []),
    ...(await schemaChecks(docs, known)),
    ...ownChecks(docs),
    ...dashboardChecks(),
    ...composeChecks(),
  ];
  if (selfTest) {
    const failing = async (d, c, g) => [...(await schemaChecks(d, known)), ...ownChecks(d), ...c, ...g]
      .filter(([, problem]) => problem);
    for (const [what, expected, breakIt] of BREAKS) {
      const broken = clone(docs);
      let failed;
      try {
        breakIt(broken);
        failed = await failing(broken, [], []);
      } catch (e) {
        failed = [[`the break threw ${e.message}`, "x"]];
      }
      const caught = failed.some(([name]) => expected.test(name));
      all.push([`self-test: ${what} is caught`, caught ? null : `failing: ${failed.map(([n]) => n).join(" | ") || "nothing"}`]);
    }
    const composeText = readFileSync(join(ROOT, "deploy/compose.yaml"), "utf8");
    for (const [what, expected, breakIt] of COMPOSE_BREAKS) {
      const text = breakIt(composeText);
      const failed = text === composeText ? [] : composeChecks(text).filter(([, p]) => p);
      all.push([`self-test: compose with ${what} is caught`,
        failed.some(([name]) => expected.test(name)) ? null : `failing: ${failed.map(([n]) => n).join(" | ") || "nothing (or the break did not apply)"}`]);
    }
    const dashboardText = readFileSync(join(ROOT, "deploy/grafana/judge-dashboard.json"), "utf8");
    for (const [what, expected, breakIt] of DASHBOARD_BREAKS) {
      const text = breakIt(dashboardText);
      const failed = text === dashboardText ? [] : dashboardChecks(null, text).filter(([, p]) => p);
      all.push([`self-test: a dashboard with ${what} is caught`,
        failed.some(([name]) => expected.test(name)) ? null : `failing: ${failed.map(([n]) => n).join(" | ") || "nothing (or the break did not apply)"}`]);
    }
  }
  let passed = 0;
  let failed = 0;
  for (const [name, problem] of all) {
    if (problem) {
      failed++;
      console.log(`[FAIL] ${name}: ${problem}`);
    } else {
      passed++;
      console.log(`[PASS] ${name}`);
    }
  }
  console.log(`SUMMARY manifests: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await run();
