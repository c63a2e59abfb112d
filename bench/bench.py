#!/usr/bin/env python3
"""Benchmarks the unit file at demo scales 1, 10 and 100 and writes docs/performance.md.

Each figure is the median of several runs of a whole process (CPU and wall time from the kernel's
accounting of the process, peak memory from GNU time), measured in the same run as its floor: the same work done by sqlite3 itself, or for
the report, Qt's rich-text layout of the same rows.  Usage: bench.py BUILD_DIR [--runs N]
"""
import argparse, json, os, pathlib, re, shlex, shutil, statistics, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run_once(cmd, env=None, stdout_path=None):
    """CPU seconds (user + system, from the kernel's accounting in microseconds), wall seconds and
    peak RSS (MiB) of one run of `cmd`, its standard output thrown away or written to
    `stdout_path`. It runs under GNU time, whose own millisecond is in the CPU figure, for the peak
    memory: a process forked from Python would carry Python's own peak in its figure."""
    with open(stdout_path or os.devnull, "wb") as out, tempfile.NamedTemporaryFile(mode="r") as peak:
        start = time.perf_counter()
        child = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", peak.name] + cmd, stdout=out,
                                 stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if child.returncode != 0:
            raise subprocess.CalledProcessError(child.returncode, cmd)
        return usage.ru_utime + usage.ru_stime, wall, int(peak.read().strip().splitlines()[-1]) / 1024


def medians(samples):
    return tuple(statistics.median(column) for column in zip(*samples))


def measure(cmd, runs, env=None, stdout_path=None):
    """Median CPU seconds, median wall seconds and median peak RSS (MiB) of `cmd` over `runs`
    runs (run_once). CPU time is the figure to compare: it changes little when other work shares
    the machine, where wall time does."""
    return medians([run_once(cmd, env, stdout_path) for _ in range(runs)])


def measure_alternately(commands, runs):
    """measure() of several commands, run in turn (a, b, c, a, b, c, …), so that a slow spell of
    the machine falls on all of them alike: for figures compared with each other as a ratio.
    `commands` maps a name to (cmd, stdout_path)."""
    samples = {name: [] for name in commands}
    for _ in range(runs):
        for name, (cmd, stdout_path) in commands.items():
            samples[name].append(run_once(cmd, stdout_path=stdout_path))
    return {name: medians(values) for name, values in samples.items()}


def first_paint(cmd, runs, env):
    """Median seconds from the program's start to its first painted window of the file, as the
    program itself says ("first paint: N ms"): the integrity check may still run then."""
    said = []
    for _ in range(runs):
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
        found = re.search(r"first paint: (\d+) ms", out)
        if found:
            said.append(int(found.group(1)) / 1000)
    return statistics.median(said) if said else None


def fmt(cpu, wall, mib):
    return f"{cpu * 1000:.0f} ms ({wall * 1000:.0f}) / {mib:.0f} MiB"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scales", default="1,10,100")
    args = ap.parse_args()
    build = pathlib.Path(args.build).resolve()
    cli = str(build / "bin" / "internkontroll-cli")
    gui = build / "bin" / "internkontroll"
    scales = [int(s) for s in args.scales.split(",")]
    tables = json.loads(subprocess.run([cli, "template", "--json"], capture_output=True, check=True).stdout)
    work = pathlib.Path(tempfile.mkdtemp(prefix="ik-bench-"))
    rows = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        for scale in scales:
            db = work / f"demo-{scale}.db"
            t0 = time.perf_counter()
            subprocess.run([cli, "demo", str(db), "--scale", str(scale), "--seed", "1", "--year", "2026"],
                           check=True, stdout=subprocess.DEVNULL)
            create = time.perf_counter() - t0
            names = [l.split("|")[0] for l in subprocess.run(
                ["sqlite3", str(db), "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT IN ('meta','change_log')"],
                capture_output=True, text=True, check=True).stdout.split()]
            r = {"scale": scale, "size": db.stat().st_size / 1024 / 1024, "create": create}
            r["check"] = measure([cli, "check", str(db)], args.runs)
            r["check_floor"] = measure(["sqlite3", str(db), "PRAGMA integrity_check"], args.runs)
            r["status"] = measure([cli, "status", str(db), "--json", "--today", "2026-06-15"], args.runs)
            r["status_floor"] = measure(["sqlite3", str(db),
                "SELECT phase, count(*), sum(status IN ('done','not_applicable')) FROM checklist_item WHERE year=2026 GROUP BY phase;"
                "SELECT count(*) FROM deviation WHERE year<=2026 AND status<>'closed';"
                "SELECT count(*) FROM action WHERE year=2026;"
                "SELECT r.id, c.* FROM risk r JOIN risk_assessment a ON a.id=r.assessment_id LEFT JOIN risk_consequence c ON c.risk_id=r.id WHERE a.year=2026;"
                "SELECT id, due_date FROM checklist_item WHERE year=2026 AND status NOT IN ('done','not_applicable');"
                "SELECT id, deadline FROM action WHERE year=2026 AND status IN ('planned','in_progress');"], args.runs)
            # Every table from one process (one open, one check), against sqlite3 reading the
            # same tables as JSON in one process.
            # The floor writes its JSON to a file too, as the export does: the same work, from the
            # tables to a file. (Thrown away, it would leave out writing 25 MB at scale 100.) The
            # figures are near each other, so they are measured in turn and twice as often.
            floor_query = "".join(f"SELECT * FROM {n};" for n in names)
            r.update(measure_alternately({
                "export": ([cli, "export", str(db), "--all", "--format", "json", "-o", str(work / "all.json")], None),
                "export_csv": ([cli, "export", str(db), "--all", "--format", "csv", "-o", str(work / "all-csv")], None),
                "export_xlsx": ([cli, "export", str(db), "--all", "-o", str(work / "all.xlsx")], None),
                "export_floor": (["sqlite3", "-json", str(db), floor_query], work / "floor.json"),
                "export_floor_discarded": (["sqlite3", "-json", str(db), floor_query], None),
            }, 2 * args.runs))
            pdf = work / "r.pdf"
            help_text = subprocess.run([cli, "--help"], capture_output=True, text=True).stdout
            if " report " in help_text:
                r["report"] = measure([cli, "report", str(db), "-o", str(pdf), "--year", "2026"], args.runs)
                r["report_rows"] = int(subprocess.run(
                    ["sqlite3", str(db), "SELECT (SELECT count(*) FROM action WHERE year=2026) + (SELECT count(*) FROM deviation WHERE year=2026)"],
                    capture_output=True, text=True, check=True).stdout.strip())
            if gui.exists():
                r["gui"] = measure([str(gui), "--quit-after-first-paint", str(db)], args.runs, env)
                r["gui_paint"] = first_paint([str(gui), "--quit-after-first-paint", str(db)], args.runs, env)
            rows.append(r)
            print(json.dumps({k: v for k, v in r.items()}), flush=True)
        # The report against its floor, Qt's rich-text table layout of the same rows, in process.
        report_table = ""
        bench_report = build / "tests" / "report" / "bench_report"
        if bench_report.exists():
            (work / "report").mkdir(exist_ok=True)
            report_table = subprocess.run([str(bench_report), "--runs", str(args.runs), "--scales", args.scales,
                                           "--dir", str(work / "report")], capture_output=True, text=True,
                                          check=True, env=env).stdout
        # The faculty overview: 100 unit files of scale 1 rolled up, against opening each of them.
        rollup_table = ""
        bench_rollup = build / "tests" / "bench_rollup"
        if bench_rollup.exists():
            faculty = work / "rollup"
            faculty.mkdir(exist_ok=True)
            rollup_table = subprocess.run([str(bench_rollup), "--runs", str(args.runs), "--files", "100", "--dir", str(faculty)],
                                          capture_output=True, text=True, check=True, env=env).stdout
            cli_run = measure([cli, "rollup", str(faculty), "--year", "2026", "--today", "2026-10-15",
                               "-o", str(work / "faculty.csv")], args.runs)
            rollup_table += f"\nThe CLI, whole process (`rollup` of the 100 files to CSV): {fmt(*cli_run)}\n"
        imports = measure_import(cli, build, work, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_markdown(rows, args, report_table, rollup_table, imports)


def measure_import(cli, build, work, runs):
    """100 000 deviations from CSV: the CLI's import into a new unit file against the Python floor
    (bench/import_floor.py) in the same run, and undo and redo of it in process (test_core's
    benchmark, which imports as the CLI and the import dialog do)."""
    source = work / "dev100k.csv"
    with open(source, "w") as f:
        f.write("case_number;reported_on;category;severity;title;status\n")
        for i in range(100000):
            f.write(f"HMS-{i};2026-{1 + i % 12:02d}-{1 + i % 28:02d};hazard;low;Avvik nummer {i};open\n")
    empty = work / "empty.db"
    subprocess.run([cli, "new", str(empty), "--unit", "Bench", "--year", "2026"], check=True, stdout=subprocess.DEVNULL)
    target = work / "imported.db"
    fresh = f"cp {shlex.quote(str(empty))} {shlex.quote(str(target))} && "
    r = measure_alternately({
        "import": (["sh", "-c", fresh + f"{shlex.quote(cli)} import {shlex.quote(str(target))} --table deviation {shlex.quote(str(source))}"], None),
        "import_floor": (["sh", "-c", fresh + f"python3 {shlex.quote(str(ROOT / 'bench' / 'import_floor.py'))} "
                          f"{shlex.quote(str(target))} {shlex.quote(str(source))} --ids ordered"], None),
    }, runs)
    # SQLite's own time for the same undo and redo, on a file the CLI imported into.
    subprocess.run(["sh", "-c", fresh + f"{shlex.quote(cli)} import {shlex.quote(str(target))} --table deviation {shlex.quote(str(source))}"],
                   check=True, stdout=subprocess.DEVNULL)
    floors = subprocess.run(["python3", str(ROOT / "bench" / "undo_floor.py"), str(target), str(work), "--runs", str(runs)],
                            capture_output=True, text=True, check=True).stdout
    r.update(json.loads(floors))
    test_core = build / "tests" / "test_core"
    if test_core.exists():
        steps = {"undo": [], "redo": [], "apply": []}
        for _ in range(runs):
            line = subprocess.run([str(test_core), "[.bench]"], capture_output=True, text=True, check=True).stdout
            found = re.search(r"imported (\d+) ms, undo \(removeAll\) (\d+) ms, redo \(restore\) (\d+) ms", line)
            if found:
                for key, value in zip(["apply", "undo", "redo"], found.groups()):
                    steps[key].append(int(value) / 1000)
        for key, values in steps.items():
            if values:
                r[key] = statistics.median(values)
    print(json.dumps(r), flush=True)
    return r


def targets_table(rows, imports):
    """Each target of issue #19 beside what it was measured against in the same run, and whether
    it is met. CPU seconds unless the target is in wall-clock time."""
    by = {r["scale"]: r for r in rows}
    lines = ["| target | measured | floor (same run) | ratio | aim | met |", "|---|---|---|---|---|---|"]

    def add(name, measured, floor, ratio, aim, met):
        lines.append(f"| {name} | {measured} | {floor} | {ratio} | {aim} | {'yes' if met else '**no**'} |")
    if imports:
        cpu, wall, _ = imports["import"]
        fcpu, fwall, _ = imports["import_floor"]
        add("import 100 000 deviations (CLI), wall", f"{wall:.2f} s", f"{fwall:.2f} s (Python)", f"{wall / fwall:.2f}×", "≤ 1.0 s", wall <= 1.0)
        add("import 100 000 deviations (CLI), CPU", f"{cpu:.2f} s", f"{fcpu:.2f} s (Python)", f"{cpu / fcpu:.2f}×", "≤ 0.6× floor", cpu <= 0.6 * fcpu)
        for key, label in [("undo", "undo of that import (in process, wall)"), ("redo", "redo of it (in process, wall)")]:
            if key in imports:
                floor = imports.get(key + "_floor")
                add(label, f"{imports[key]:.2f} s", f"{floor:.2f} s (SQLite alone)" if floor else "—",
                    f"{imports[key] / floor:.2f}×" if floor else "—", "≤ 1.0 s", imports[key] <= 1.0)
    if 100 in by:
        r = by[100]
        floor = r["export_floor"][0]
        discarded = r.get("export_floor_discarded", (floor,))[0]
        for key, label in [("export", "export --all JSON, scale 100"), ("export_csv", "export --all CSV folder, scale 100"),
                           ("export_xlsx", "export --all XLSX, scale 100")]:
            if key in r:
                add(label, f"{r[key][0]:.2f} s", f"{floor:.2f} s (sqlite3 -json to a file; {discarded:.2f} s with the output thrown away)", f"{r[key][0] / max(floor, 0.01):.1f}×", "≤ 2× floor",
                    r[key][0] <= 2 * max(floor, 0.01))
        if "report" in r and r.get("report_rows"):
            rate = r["report_rows"] / r["report"][1]
            add("report PDF, scale 100 (CLI, wall)", f"{rate:,.0f} rows/s ({r['report'][1]:.2f} s)", "—", "—", "≥ 10 000 rows/s", rate >= 10000)
            add("report PDF, scale 100, peak memory", f"{r['report'][2]:.0f} MiB", "—", "—", "≤ 150 MB", r["report"][2] * 1.048576 <= 150)
        if r.get("gui_paint") is not None:
            add("open in the GUI to a painted window, scale 100 (wall)", f"{r['gui_paint']:.2f} s "
                f"(the whole process, check included: {r['gui'][1]:.2f} s)", "—", "—", "≤ 0.4 s", r["gui_paint"] <= 0.4)
    if 1 in by and "report" in by[1]:
        add("report PDF, scale 1 (CLI, CPU)", f"{by[1]['report'][0]:.2f} s", "—", "—", "≤ 0.1 s", by[1]["report"][0] <= 0.1)
    if 10 in by and 100 in by:
        worst = max(((by[100][k][0] / max(by[10][k][0], 0.01), k) for k in ["check", "status", "export", "export_csv", "export_xlsx", "report", "gui"]
                     if k in by[10] and k in by[100]), default=None)
        if worst:
            add("growth from scale 10 to 100, the largest (CPU)", f"×{worst[0]:.1f} ({worst[1]})", "—", "—", "≤ ×11", worst[0] <= 11)
    return "\n".join(lines)


def build_type(build):
    """CMAKE_BUILD_TYPE of the build folder, as its CMakeCache.txt says."""
    cache = pathlib.Path(build) / "CMakeCache.txt"
    if cache.exists():
        found = re.search(r"^CMAKE_BUILD_TYPE:STRING=(.*)$", cache.read_text(), re.M)
        if found and found.group(1):
            return found.group(1)
    return "unknown"


def write_markdown(rows, args, report_table, rollup_table="", imports=None):
    def cell(r, key):
        return fmt(*r[key]) if key in r else "—"

    def ratio(r, key, floor):
        # CPU against CPU; a floor below 10 ms counts as 10 ms, so that the smallest scale's ratios
        # do not swing on a millisecond.
        return f"{r[key][0] / max(r[floor][0], 0.01):.1f}×" if key in r and floor in r else "—"
    lines = [
        "# Performance",
        "",
        "## Every operation, by scale (`make bench`)",
        "",
        f"Measured by `make bench` ({build_type(args.build)} build; `bench/bench.py {args.build} --runs "
        f"{args.runs} --scales {args.scales}`) on this project's 2-core, 24 GiB Debian 12 machine. Each figure is the "
        "median CPU time (user + system; the median wall time in brackets) / median peak memory "
        "of a whole process, over several runs, with its "
        "floor measured in the same run: the same queries through `sqlite3` itself, and for the "
        "report Qt's rich-text (QTextDocument) layout of the same rows. Timings on shared "
        "machines are noisy; compare rows of one run.",
        "",
        "| scale | file | create (demo) | open + check | floor: sqlite3 integrity_check | status | floor: sqlite3 queries | export --all: JSON | CSV folder | XLSX | floor: sqlite3 -json of every table, to a file | the same, output thrown away | JSON / floor | report PDF (CLI) | start to first painted window |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['scale']} | {r['size']:.1f} MiB | {r['create'] * 1000:.0f} ms | {cell(r, 'check')} | {cell(r, 'check_floor')} | "
            f"{cell(r, 'status')} | {cell(r, 'status_floor')} | {cell(r, 'export')} | {cell(r, 'export_csv')} | "
            f"{cell(r, 'export_xlsx')} | {cell(r, 'export_floor')} | {cell(r, 'export_floor_discarded')} | "
            f"{ratio(r, 'export', 'export_floor')} | "
            f"{cell(r, 'report')} | {cell(r, 'gui')} |")
    lines += ["", "The targets of issue #19, each beside its floor from the same run (CPU time, medians, "
              "unless it says wall):", "", targets_table(rows, imports or {})]
    by = {r["scale"]: r for r in rows}
    if 10 in by and 100 in by:
        lines += ["", "Growth from scale 10 to 100 (×10 the data; linear would be ×10):", ""]
        for key, label in [("check", "open + check"), ("status", "status"), ("export", "export"),
                           ("report", "report"), ("gui", "start to first paint")]:
            if key in by[10] and key in by[100]:
                lines.append(f"- {label}: ×{by[100][key][0] / by[10][key][0]:.1f}")
        lines.append(f"- file size: ×{by[100]['size'] / by[10]['size']:.1f}")
    if report_table:
        lines += ["", "The report in process (`bench_report`), against its floor: Qt's rich-text "
                  "(QTextDocument) table layout of the same action and deviation rows. Process CPU ms, medians:",
                  "", report_table.strip()]
    if rollup_table:
        lines += ["", "The faculty overview (`bench_rollup`): 100 demo unit files of scale 1 (seeds 1–100, every fourth "
                  "signed off) rolled up, against its floor: opening each of the same files read-only (its integrity check) "
                  "and closing it. Process CPU ms, wall ms in brackets, medians:", "", rollup_table.strip()]
    out = ROOT / "docs" / "performance.md"
    existing = out.read_text() if out.exists() else ""
    marker = "<!-- bench.py: everything above is generated -->"
    tail = existing.split(marker, 1)[1] if marker in existing else "\n" + existing.replace("# Performance\n", "", 1)
    out.write_text("\n".join(lines) + "\n\n" + marker + tail)
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
