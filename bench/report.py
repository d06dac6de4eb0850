"""Turn the results of bench/run into a console table and docs/benchmarks.md.

Usage: report.py RESULTS OUTPUT

RESULTS contains one "key value" pair per line. Everything after ANALYSIS_MARKER in an existing
OUTPUT is kept, so that a written analysis of a run survives the next run.
"""

import statistics
import sys
from pathlib import Path

ANALYSIS_MARKER = "<!-- Written analysis below this line is kept when bench/run rewrites the page. -->"


def load(path):
    values = {}
    for line in Path(path).read_text().splitlines():
        key, _, value = line.partition(" ")
        values[key] = value
    return values


class Results:
    def __init__(self, values):
        self.values = values

    def has(self, key):
        return key in self.values

    def text(self, key, default=""):
        return self.values.get(key, default)

    def number(self, key):
        return float(self.values[key])

    def runs(self, prefix, suffix=""):
        """Return the numbers of prefix.1 suffix, prefix.2 suffix, ... in order."""
        found = []
        index = 1
        while f"{prefix}.{index}{suffix}" in self.values:
            found.append(float(self.values[f"{prefix}.{index}{suffix}"]))
            index += 1
        return found


class Figure:
    """One row of the table: a measured value against its reference."""

    def __init__(self, name, measured, reference, unit, lower_is_better, target=None, note=""):
        self.name = name
        self.measured = measured
        self.reference = reference
        self.unit = unit
        self.lower_is_better = lower_is_better
        self.target = target
        self.note = note

    @property
    def ratio(self):
        if self.measured is None or not self.reference:
            return None
        return self.measured / self.reference

    def verdict(self):
        if self.ratio is None:
            return "skipped"
        if self.target is None:
            return "no target"
        if self.lower_is_better:
            return "met" if self.ratio <= self.target else "missed"
        return "met" if self.ratio >= self.target else "missed"

    def target_text(self):
        if self.target is None:
            return ""
        return ("at most " if self.lower_is_better else "at least ") + f"{self.target:g}"


def format_value(value, unit):
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:,.0f} {unit}"
    if value >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def mean_rps(results, key):
    runs = results.runs(key, ".rps")
    return statistics.mean(runs) if runs else None


def mean_of_runs(results, key, suffix):
    runs = results.runs(key, suffix)
    return statistics.mean(runs) if runs else None


def cpu_per_request(results, key):
    """Return the mean CPU milliseconds per request of the service and its database backends."""
    service = mean_of_runs(results, key, ".service_cpu_ms")
    database = mean_of_runs(results, key, ".database_cpu_ms")
    return None if service is None else service + database


def cpu_table(results):
    lines = ["| request | requests/s (wrk) | service CPU ms per request | database CPU ms per request "
             "| SQL statements per request |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for key, label in (("health", "GET /q/health/live"), ("agents", "GET /v1/agents?limit=50"),
                       ("authz", "POST /v1/authz/check"), ("members_first", "members, first page"),
                       ("members_last", "members, last page")):
        if results.runs(key, ".rps"):
            lines.append(f"| {label} | {mean_rps(results, key):,.0f} | "
                         f"{mean_of_runs(results, key, '.service_cpu_ms'):.3f} | "
                         f"{mean_of_runs(results, key, '.database_cpu_ms'):.3f} | "
                         f"{results.text('statements.' + key, '-')} |")
    return "\n".join(lines)


def figures(results):
    rows = []
    skipped_agents = results.text("agents.skipped")
    skipped_deletion = results.text("deletion.skipped")

    agents_note = f"skipped: endpoint not present ({skipped_agents})" if skipped_agents else ""
    rows.append(Figure("1. GET /v1/agents (page of 50) throughput vs GET /q/health/live",
                       None if skipped_agents else mean_rps(results, "agents"),
                       mean_rps(results, "health"), "req/s", False, 0.5, agents_note))
    if not skipped_agents:
        rate = results.text("agents.paced.rate")
        rows.append(Figure(f"1. GET /v1/agents p99 at {rate} req/s vs GET /q/health/live",
                           results.number("agents.paced.p99_ms"), results.number("health.paced.p99_ms"),
                           "ms", True))

    rate = results.text("authz.paced.rate")
    rows.append(Figure("2. POST /v1/authz/check throughput vs pgbench SELECT (same connections)",
                       mean_rps(results, "authz"), results.number("select.tps"), "req/s", False))
    rows.append(Figure(f"2. POST /v1/authz/check p50 at {rate} req/s vs pgbench SELECT",
                       results.number("authz.paced.p50_ms"), results.number("select.paced.p50_ms"), "ms", True))
    rows.append(Figure(f"2. POST /v1/authz/check p99 at {rate} req/s vs pgbench SELECT",
                       results.number("authz.paced.p99_ms"), results.number("select.paced.p99_ms"), "ms", True))

    rate = results.text("members_last.paced.rate")
    rows.append(Figure(f"3. Last page of members p50 at {rate} req/s vs first page",
                       results.number("members_last.paced.p50_ms"), results.number("members_first.paced.p50_ms"),
                       "ms", True, 1.5))
    rows.append(Figure(f"3. Last page of members p99 at {rate} req/s vs first page",
                       results.number("members_last.paced.p99_ms"), results.number("members_first.paced.p99_ms"),
                       "ms", True))
    rows.append(Figure("3. Last page of members, CPU time per request vs first page",
                       cpu_per_request(results, "members_last"), cpu_per_request(results, "members_first"),
                       "ms", True))

    deletion_note = f"skipped: endpoint not present ({skipped_deletion})" if skipped_deletion else ""
    service_deletes = results.runs("deletion.service_ms")
    sql_medians = [statistics.median(runs) for runs in
                   (results.runs("deletion.sql_ms"), results.runs("deletion.cascade_ms")) if runs]
    rows.append(Figure("4. DELETE /v1/workspaces/{id} (median) vs the faster plain SQL DELETE on a copy",
                       statistics.median(service_deletes) if service_deletes else None,
                       min(sql_medians) if sql_medians else None,
                       "ms", True, 1.5, deletion_note))

    rows.append(Figure("5. Startup to first ready response (median) vs empty Quarkus app",
                       statistics.median(results.runs("startup.service")),
                       statistics.median(results.runs("startup.empty")), "ms", True))
    rows.append(Figure("5. Resident memory after warm-up vs empty Quarkus app",
                       results.number("memory.service_kib") / 1024, results.number("memory.empty_kib") / 1024,
                       "MiB", True))
    return rows


def table(rows):
    lines = ["| figure | measured | reference | ratio | target | result |",
             "| --- | ---: | ---: | ---: | --- | --- |"]
    for row in rows:
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}"
        result = row.note or row.verdict()
        lines.append(f"| {row.name} | {format_value(row.measured, row.unit)} | "
                     f"{format_value(row.reference, row.unit)} | {ratio} | {row.target_text()} | {result} |")
    return "\n".join(lines)


def runs_text(values, unit):
    return ", ".join(format_value(value, unit).strip() for value in values) or "-"


def details(results):
    lines = [
        f"- Seed: {results.text('seed.members')} organization members, database of "
        f"{results.text('seed.database_mb')} MiB before the run; volumes {results.text('run.volumes')}.",
        f"- Member list walk: {results.text('members.pages')} pages, {results.text('members.items')} items, "
        f"{results.text('members.walk_seconds')} s.",
        f"- wrk throughput runs (req/s): health {runs_text(results.runs('health', '.rps'), '')}; "
        f"agents {runs_text(results.runs('agents', '.rps'), '')}; "
        f"authz {runs_text(results.runs('authz', '.rps'), '')}; "
        f"members first page {runs_text(results.runs('members_first', '.rps'), '')}; "
        f"members last page {runs_text(results.runs('members_last', '.rps'), '')}.",
    ]
    for key, label in (("health.paced", "GET /q/health/live"), ("agents.paced", "GET /v1/agents"),
                       ("authz.paced", "POST /v1/authz/check"), ("select.paced", "pgbench SELECT"),
                       ("members_first.paced", "members, first page"), ("members_last.paced", "members, last page")):
        if results.has(f"{key}.p50_ms"):
            errors = results.text(f"{key}.errors", "0")
            lines.append(f"- Fixed rate, {label}: {results.text(key + '.rate')} req/s, "
                         f"{results.text(key + '.sent')} requests, p50 {results.text(key + '.p50_ms')} ms, "
                         f"p90 {results.text(key + '.p90_ms')} ms, p99 {results.text(key + '.p99_ms')} ms, "
                         f"max {results.text(key + '.max_ms')} ms, errors {errors}.")
    if results.runs("deletion.service_ms"):
        lines.append(f"- Deletions through the API: {runs_text(results.runs('deletion.service_ms'), 'ms')}. "
                     f"Plain SQL, children first: {runs_text(results.runs('deletion.sql_ms'), 'ms')}. "
                     f"Plain SQL through the cascades: {runs_text(results.runs('deletion.cascade_ms'), 'ms')}.")
    lines.append(f"- Starts to first ready response: service {runs_text(results.runs('startup.service'), 'ms')}; "
                 f"empty application {runs_text(results.runs('startup.empty'), 'ms')}. The start time that "
                 f"Quarkus logs (\"started in\"): service "
                 f"{runs_text(results.runs('startup.service_reported'), 'ms')}; empty application "
                 f"{runs_text(results.runs('startup.empty_reported'), 'ms')}.")
    lines.append(f"- Resident memory of the service after the measured scenarios 1 to 3: "
                 f"{results.number('memory.service_end_kib') / 1024:.0f} MiB.")
    warmups = [f"{key[len('warmup.'):-len('.rounds')]} {value}" for key, value in results.values.items()
               if key.startswith("warmup.") and key.endswith(".rounds")]
    lines.append(f"- Warm-up rounds until throughput was steady: {', '.join(warmups)}; "
                 f"{results.text('memory.service_warmup_seconds')} s of warm-up for the service, "
                 f"{results.text('memory.empty_warmup_seconds')} s for the empty application.")
    return "\n".join(lines)


METHOD = """\
## How each figure was obtained

The service, PostgreSQL and the load generators share the machine's cores, and nothing is
pinned to a core. Each pair of figures is measured back to back, so a busy machine slows
both sides. The ratios therefore carry over better than the absolute numbers, which depend
on whatever else ran.

- **Setup.** The run creates a fresh database and starts the packaged service
  (`bootstrap/target/quarkus-app/quarkus-run.jar`, default JVM options) against it, so
  that Flyway creates the schema. It signs up an owner and creates the workspaces through
  the API. Then it stops the service and seeds the bulk with set-based SQL
  (`generate_series`, `bench/sql/`). Seeded ids have the UUIDv7 layout: the millisecond timestamp of the
  row's creation time followed by hash bits, so their order is the order of creation as
  with the service's own ids. After `VACUUM ANALYZE` the database is copied with
  `CREATE DATABASE ... TEMPLATE` for the deletion reference.
- **Warm-up.** Before any figure, each measured endpoint gets wrk load in rounds until
  the throughputs of its last three rounds are within 10% of each other, or until the
  round limit. The JIT compiler needs a while to settle, and longer on a busy machine.
- **Throughput** comes from wrk with one thread and a fixed number of connections, each
  sending its next request when the previous response arrives (closed loop). Each pair
  runs in the order A, B, B, A and each figure is the mean of its two runs.
- **Latency at a fixed rate** comes from `bench/BenchClient.java` (`pace`), an open-loop
  generator on plain keep-alive sockets with as many connections as wrk. It schedules
  requests at equal intervals, the next free connection sends each one, and each latency
  counts from the request's scheduled start. Waiting for a free connection therefore
  counts too, so queueing shows in the percentiles (no coordinated omission). The rate is
  half of the lower wrk throughput of the pair. The generator's own work is in every
  latency, on both sides of a pair.
- **1.** `GET /v1/agents?limit=50` with `Bolti-Workspace` and the owner's token against
  `GET /q/health/live` of the same process.
- **2.** `POST /v1/authz/check` with a token with the `authz:check` scope, for a random
  seeded member each request, against pgbench running `bench/sql/reference-select.sql`
  (one `organization_members` row by its unique key, prepared statements, loopback TCP).
  For the latency pair, pgbench runs with `-R` at the same rate, and its logged latency
  also counts from the scheduled start.
- **3.** The run walks the whole member list with `limit=50` and `nextCursor` once, then
  measures the first page and the last cursor as a pair.
- **4.** Each seeded workspace is deleted with `DELETE /v1/workspaces/{id}?confirm=<slug>`
  (time from curl). The same workspace is deleted with plain SQL in two copies of the
  seeded database, timed on the server's clock. One copy deletes children first in one
  transaction (`bench/sql/delete-workspace.sql`). The other runs one `DELETE` of the
  workspace row, whose `ON DELETE CASCADE` foreign keys remove the rest
  (`bench/sql/delete-workspace-cascade.sql`).
  Before each deletion, each side runs `CHECKPOINT` and reads the workspace's rows, so
  every deletion starts with those rows in the cache. The figure compares the median
  through the API with the lower of the two SQL medians.
- **5.** Startup is the time from launching `java -jar` to the first 200, polled every
  20 ms, in alternating starts. The service is ready at `/q/health/ready`, against the
  seeded database. The empty application in `bench/empty-app` (Quarkus with
  `quarkus-rest` only) has no health endpoint, so its first 200 from `GET /hello` counts. Resident memory is `VmRSS`
  from `/proc/<pid>/status` after the warm-up: for the service after all its measured
  endpoints are warm, for the empty application after `/hello` is warm by the same rule.
  Both run with the JVM's default heap settings.
"""


def page(results, rows, kept_analysis):
    memory_gib = results.number("machine.memory_kib") / 1024 / 1024
    return f"""# Benchmarks

Figures of the tenancy service against references measured in the same run on the same
machine. `bench/run` writes this page, and the table and the sections above the analysis
change with every run.

- Command: `bench/run` ({results.text('run.settings')})
- Date: {results.text('run.date')}, commit {results.text('run.commit')}, run time {results.text('run.seconds')} s
- Machine: {results.text('machine.nproc')} CPUs ({results.text('machine.cpu')}), {memory_gib:.1f} GiB memory,
  Linux {results.text('machine.kernel')}
- Software: Java {results.text('machine.java')}, PostgreSQL {results.text('machine.postgres')}, wrk {results.text('machine.wrk')}
- Load average (1, 5, 15 min): {results.text('machine.load_start')} at the start, {results.text('machine.load_end')} at the end

{table(rows)}

## Details of this run

{details(results)}

CPU time per request during the wrk runs, from `/proc/<pid>/stat` of the service process and
of the PostgreSQL backends connected to the benchmark database. Unlike wall-clock figures, it
changes little when other processes compete for the cores. The statements are those that
Hibernate logs for one request on a separate start with `QUARKUS_HIBERNATE_ORM_LOG_SQL=true`,
which leaves out the `BEGIN` and `COMMIT` of each transaction. For scale: one RS256
verification with a 2048-bit key, which the service runs on every bearer token, takes
{results.text('reference.rs256_verify_us', '-')} µs of CPU in a JVM of the same version
(`BenchClient rs256`, the last of five rounds of 5,000).

{cpu_table(results)}

{METHOD}
{ANALYSIS_MARKER}
{kept_analysis}"""


def main():
    results = Results(load(sys.argv[1]))
    output = Path(sys.argv[2])
    kept = ""
    if output.exists():
        text = output.read_text()
        if ANALYSIS_MARKER in text:
            kept = text.split(ANALYSIS_MARKER, 1)[1].lstrip("\n")

    rows = figures(results)
    output.write_text(page(results, rows, kept))

    width = max(len(row.name) for row in rows)
    print(f"{'figure':<{width}}  {'measured':>14}  {'reference':>14}  {'ratio':>6}  result")
    for row in rows:
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}"
        result = row.note or (row.verdict() + (f" ({row.target_text()})" if row.target else ""))
        print(f"{row.name:<{width}}  {format_value(row.measured, row.unit):>14}  "
              f"{format_value(row.reference, row.unit):>14}  {ratio:>6}  {result}")


if __name__ == "__main__":
    main()
