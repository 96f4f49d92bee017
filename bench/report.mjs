// Summary and table for `npm run bench`: every figure is plain vs project over the rounds,
// as median [min–max]; ratios are taken per round between the two loads of the same group
// (same N and CPU rate, loaded back to back), then summarised.

// After the warm-up, 100 cycles grow the heap by a few KB at most (GC noise); a leaked
// accordion (its shadow tree and content) is about 18 KB of JS heap, so 16 KB catches one per 100.
export const LEAK_LIMIT_BYTES = 16 * 1024;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });

export const METRICS = {
  cpuMs: { label: 'main-thread CPU', unit: 'ms', perCpu: true },
  renderedMs: { label: 'rendered (wall)', unit: 'ms', perCpu: true },
  cls: { label: 'CLS', unit: '', perCpu: true },
  heap: { label: 'JS heap', unit: 'KB', perCpu: false },
  domNodes: { label: 'DOM nodes', unit: '', perCpu: false },
};

/** What each page of `npm run bench` holds, in the order of the tables. */
export const SUBJECTS = {
  plain: 'plain <details>',
  project: 'accordion',
  checker: 'course checker',
  card: 'contact card',
  all: 'all three',
};

export function summarize(samples, cycles, typing, { ns, cpus }) {
  const pick = (kind, cpu, n, metric) =>
    samples.filter((s) => s.kind === kind && s.cpu === cpu && s.n === n).map((s) => s[metric]);
  const rows = [];
  for (const [metric, def] of Object.entries(METRICS)) {
    for (const cpu of def.perCpu ? cpus : [cpus[0]]) {
      for (const n of ns) {
        const plain = pick('plain', cpu, n, metric);
        const project = pick('project', cpu, n, metric);
        const rounds = [...new Set(samples.map((s) => s.round))];
        const pairs = rounds
          .map((r) => {
            const at = (kind) =>
              samples.find((s) => s.round === r && s.kind === kind && s.cpu === cpu && s.n === n);
            return [at('plain')?.[metric], at('project')?.[metric]];
          })
          .filter(([p, q]) => p !== undefined && q !== undefined);
        const ratios = pairs.every(([p]) => p > 0) ? pairs.map(([p, q]) => q / p) : null;
        rows.push({
          metric,
          cpu,
          n,
          plain: stats(plain),
          project: stats(project),
          diff: median(pairs.map(([p, q]) => q - p)),
          ratio: ratios && stats(ratios),
          nonZero: project.filter((v) => v > 0).length,
          loads: project.length,
        });
      }
    }
  }

  const perInstance = [];
  const [lo, hi] = [Math.min(...ns), Math.max(...ns)];
  if (hi > lo) {
    for (const metric of ['cpuMs', 'heap', 'domNodes']) {
      for (const cpu of METRICS[metric].perCpu ? cpus : [cpus[0]]) {
        const each = (kind) =>
          (median(pick(kind, cpu, hi, metric)) - median(pick(kind, cpu, lo, metric))) / (hi - lo);
        const plain = each('plain');
        const project = each('project');
        perInstance.push({
          metric,
          cpu,
          plain,
          project,
          ratio: plain > 0 ? project / plain : null,
        });
      }
    }
  }

  // Long tasks per page, N and rate: Total Blocking Time and the longest task, from
  // navigation to the end of the settle.
  const blocking = [];
  for (const kind of Object.keys(SUBJECTS)) {
    for (const cpu of cpus) {
      for (const n of ns) {
        const loads = samples.filter((s) => s.kind === kind && s.cpu === cpu && s.n === n);
        if (loads.length === 0) continue;
        blocking.push({
          kind,
          cpu,
          n,
          tbt: stats(loads.map((s) => s.tbt)),
          longestTask: stats(loads.map((s) => s.longestTask)),
          withLongTask: loads.filter((s) => s.longTasks > 0).length,
          loads: loads.length,
        });
      }
    }
  }
  const typed = cpus
    .map((cpu) => typing.filter((t) => t.cpu === cpu))
    .filter((runs) => runs.length > 0)
    .map((runs) => ({
      cpu: runs[0].cpu,
      maxInputDelay: stats(runs.map((t) => t.maxInputDelay)),
      maxEventDuration: stats(runs.map((t) => t.maxEventDuration)),
      tbt: stats(runs.map((t) => t.tbt)),
      longestTask: stats(runs.map((t) => t.longestTask)),
      runs: runs.length,
    }));

  const bytes = (kind) => stats(samples.filter((s) => s.kind === kind).map((s) => s.bytes));
  const files = samples.find((s) => s.kind === 'project')?.files ?? [];
  const growth = cycles.map((c) => c.heapGrowth);
  const nodes = cycles.map((c) => c.domNodesGrowth);
  const again = cycles.map((c) => c.heapGrowthAgain);
  const retained = cycles.map((c) => c.retained);
  return {
    rows,
    blocking,
    typing: typed,
    perInstance,
    range: [lo, hi],
    bytes: { plain: bytes('plain'), project: bytes('project'), files },
    cycles: cycles.length
      ? {
          count: cycles[0].cycles,
          warmup: cycles[0].warmup,
          retained: stats(retained),
          heapGrowth: stats(growth),
          heapGrowthAgain: stats(again),
          domNodesGrowth: stats(nodes),
          limit: LEAK_LIMIT_BYTES,
          pass:
            growth.every((g) => g <= LEAK_LIMIT_BYTES) &&
            nodes.every((d) => d <= 0) &&
            retained.every((r) => r === 0),
        }
      : null,
  };
}

const fmt = (metric, v) => {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  if (metric === 'heap') {
    const kb = (v / 1024).toFixed(v !== 0 && Math.abs(v) < 10240 ? 1 : 0);
    return `${/^-0(\.0)?$/.test(kb) ? '0' : kb} KB`;
  }
  if (metric === 'cls') return v.toFixed(4);
  if (metric === 'domNodes') return Math.abs(v) < 100 && v % 1 ? v.toFixed(1) : v.toFixed(0);
  if (metric === 'bytes') return `${(v / 1024).toFixed(1)} KB`;
  return `${v.toFixed(Math.abs(v) < 10 ? 2 : Math.abs(v) < 100 ? 1 : 0)} ms`;
};
const ms = (v) => v.toFixed(0);
const range = (s, f = (v) => v.toFixed(2)) => `${f(s.median)} [${f(s.min)}–${f(s.max)}]`;

function table(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i < 3 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])));
  return [line(head), widths.map((w) => '-'.repeat(w)), ...body.map(line)]
    .map((cells) => cells.join('  ').trimEnd())
    .join('\n');
}

export function formatReport(summary, settings, machine) {
  const out = [];
  out.push(
    `Rugwijzer bench: bench/plain.html (plain <details>) vs bench/page.html (rug-info-accordion, README embed.css)`,
    ...(machine
      ? [
          `Machine: ${machine.cpus} cores; load average ${machine.loadavgBefore.map((l) => l.toFixed(1)).join(' ')} at the start, ` +
            `${machine.loadavg.map((l) => l.toFixed(1)).join(' ')} at the end (1, 5, 15 min)`,
        ]
      : []),
    `${settings.rounds} rounds, N = ${settings.ns.join(', ')}, CPU ${settings.cpus.map((c) => `${c}×`).join(' and ')}, ` +
      `latency ${settings.latencyMs} ms on dist/, settle ${settings.settleMs} ms, ${settings.browser}, ` +
      `viewport ${settings.viewport}; median [min–max] over rounds, ratio = project / plain per round.`,
    '',
    `Bytes (brotli q11 of each script response, summed): plain ${fmt('bytes', summary.bytes.plain.median)}, ` +
      `project ${fmt('bytes', summary.bytes.project.median)}; no ratio (plain loads no script)`,
    `  project files: ${summary.bytes.files.map((f) => `${f.path} ${fmt('bytes', f.brotli)}`).join(', ')}`,
    '',
  );
  const body = summary.rows.map((r) => [
    METRICS[r.metric].label,
    METRICS[r.metric].perCpu ? `${r.cpu}×` : 'any',
    r.n,
    fmt(r.metric, r.plain.median),
    fmt(r.metric, r.project.median),
    (r.diff >= 0 ? '+' : '') + fmt(r.metric, r.diff),
    r.ratio
      ? range(r.ratio)
      : r.metric === 'cls'
        ? `— (max ${r.project.max.toFixed(4)}, ${r.nonZero}/${r.loads} loads shifted)`
        : '—',
  ]);
  out.push(table(['metric', 'CPU', 'N', 'plain', 'project', 'project − plain', 'ratio'], body), '');
  if (summary.blocking?.length) {
    out.push(
      'Long tasks (over 50 ms) from navigation to settled: TBT = their time over 50 ms, summed',
      table(
        ['page', 'CPU', 'N', 'TBT ms', 'longest task ms', 'loads with one'],
        summary.blocking.map((b) => [
          SUBJECTS[b.kind],
          `${b.cpu}×`,
          b.n,
          range(b.tbt, ms),
          range(b.longestTask, ms),
          `${b.withLongTask}/${b.loads}`,
        ]),
      ),
      '',
    );
  }
  if (summary.typing?.length) {
    out.push(
      'Typing a check-in into the course checker (its date, three scores, "Meting toevoegen"),',
      'Event Timing entries of 16 ms or more: input delay = input to the handler starting',
      table(
        ['', 'CPU', '', 'max input delay ms', 'longest event ms', 'TBT ms', 'longest task ms'],
        summary.typing.map((t) => [
          '',
          `${t.cpu}×`,
          '',
          range(t.maxInputDelay, ms),
          range(t.maxEventDuration, ms),
          range(t.tbt, ms),
          range(t.longestTask, ms),
        ]),
      ),
      '',
    );
  }
  if (summary.perInstance.length) {
    const [lo, hi] = summary.range;
    out.push(`Cost per extra instance: (median N=${hi} − median N=${lo}) / ${hi - lo}`);
    out.push(
      table(
        ['metric', 'CPU', '', 'plain', 'project', 'ratio'],
        summary.perInstance.map((p) => [
          METRICS[p.metric].label,
          METRICS[p.metric].perCpu ? `${p.cpu}×` : 'any',
          '',
          fmt(p.metric, p.plain),
          fmt(p.metric, p.project),
          p.ratio === null ? '—' : p.ratio.toFixed(2),
        ]),
      ),
      '',
    );
  }
  const c = summary.cycles;
  if (c) {
    out.push(
      `No growth after ${c.count} create/remove cycles (project page, after ${c.warmup} ` +
        `unmeasured ones; heap after GC before vs after): JS heap ` +
        `${range(c.heapGrowth, (v) => fmt('heap', v))}, DOM nodes ` +
        `${range(c.domNodesGrowth, (v) => v.toFixed(0))}, accordions still alive ` +
        `${range(c.retained, (v) => v.toFixed(0))} → ${c.pass ? 'PASS' : 'FAIL'} ` +
        `(limit ${c.limit / 1024} KB, no nodes, no instances); the next ${c.count} cycles: JS heap ` +
        `${range(c.heapGrowthAgain, (v) => fmt('heap', v))}`,
    );
  }
  return out.join('\n');
}
