#!/usr/bin/env python3
"""Benchmarks the unit file at demo scales 1, 10 and 100 and writes docs/performance.md.

Each figure is the median of several runs of a whole process (wall time and peak memory from
GNU time), measured in the same run as its floor: the same work done by sqlite3 itself, or for
the report, Qt's rich-text layout of the same rows.  Usage: bench.py BUILD_DIR [--runs N]
"""
import argparse, json, os, pathlib, shutil, statistics, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def measure(cmd, runs, env=None):
    """Median CPU seconds (user + system), median wall seconds and median peak RSS (MiB) of `cmd`
    over `runs` runs. CPU time is the figure to compare: it changes little when other work shares
    the machine, where wall time does."""
    cpus, walls, rss = [], [], []
    for _ in range(runs):
        with tempfile.NamedTemporaryFile(mode="r") as t:
            start = time.perf_counter()
            subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", t.name] + cmd, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            walls.append(time.perf_counter() - start)
            user, system, peak = t.read().strip().splitlines()[-1].split()
            cpus.append(float(user) + float(system))
            rss.append(int(peak) / 1024)
    return statistics.median(cpus), statistics.median(walls), statistics.median(rss)


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
            r["export"] = measure([cli, "export", str(db), "--all", "--format", "json", "-o", str(work / "all.json")], args.runs)
            r["export_csv"] = measure([cli, "export", str(db), "--all", "--format", "csv", "-o", str(work / "all-csv")], args.runs)
            r["export_xlsx"] = measure([cli, "export", str(db), "--all", "-o", str(work / "all.xlsx")], args.runs)
            r["export_floor"] = measure(["sqlite3", "-json", str(db), "".join(f"SELECT * FROM {n};" for n in names)], args.runs)
            pdf = work / "r.pdf"
            help_text = subprocess.run([cli, "--help"], capture_output=True, text=True).stdout
            if " report " in help_text:
                r["report"] = measure([cli, "report", str(db), "-o", str(pdf), "--year", "2026"], args.runs)
            if gui.exists():
                r["gui"] = measure([str(gui), "--quit-after-first-paint", str(db)], args.runs, env)
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
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_markdown(rows, args, report_table, rollup_table)


def write_markdown(rows, args, report_table, rollup_table=""):
    def cell(r, key):
        return fmt(*r[key]) if key in r else "—"

    def ratio(r, key, floor):
        # CPU against CPU; a floor below GNU time's 10 ms resolution counts as 10 ms.
        return f"{r[key][0] / max(r[floor][0], 0.01):.1f}×" if key in r and floor in r else "—"
    lines = [
        "# Performance",
        "",
        "## Every operation, by scale (`make bench`)",
        "",
        "Measured by `make bench` (Release build; `bench/bench.py build-release --runs "
        f"{args.runs}`) on this project's 2-core, 24 GiB Debian 12 machine. Each figure is the "
        "median CPU time (user + system; the median wall time in brackets) / median peak memory "
        "of a whole process, over several runs, with its "
        "floor measured in the same run: the same queries through `sqlite3` itself, and for the "
        "report Qt's rich-text (QTextDocument) layout of the same rows. Timings on shared "
        "machines are noisy; compare rows of one run.",
        "",
        "| scale | file | create (demo) | open + check | floor: sqlite3 integrity_check | status | floor: sqlite3 queries | export --all: JSON | CSV folder | XLSX | floor: sqlite3 -json of every table | JSON / floor | report PDF (CLI) | start to first painted window |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['scale']} | {r['size']:.1f} MiB | {r['create'] * 1000:.0f} ms | {cell(r, 'check')} | {cell(r, 'check_floor')} | "
            f"{cell(r, 'status')} | {cell(r, 'status_floor')} | {cell(r, 'export')} | {cell(r, 'export_csv')} | "
            f"{cell(r, 'export_xlsx')} | {cell(r, 'export_floor')} | {ratio(r, 'export', 'export_floor')} | "
            f"{cell(r, 'report')} | {cell(r, 'gui')} |")
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
