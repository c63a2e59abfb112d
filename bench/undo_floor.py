#!/usr/bin/env python3
"""The floor for undoing and redoing an import: what SQLite itself takes for the same change.

Given a unit file into which deviations were imported, it times, in process and by the wall
clock as the program's undo and redo are timed:
- undo: in one transaction, read every deviation (the program keeps them for redo), write a
  change-log row per deviation holding the row as JSON (SQLite's json_object, keys sorted), and
  delete them;
- redo: in one transaction, put the rows back and write a change-log row each.
Nothing is checked and nothing is read into the script's own objects: that is the program's extra
work. SQLite's defaults as the program uses them (rollback journal, synchronous=FULL).

Usage: undo_floor.py IMPORTED_UNIT_FILE SCRATCH_FOLDER [--runs 3]
Prints {"undo_floor": seconds, "redo_floor": seconds}, medians.
"""
import argparse, json, os, shutil, sqlite3, statistics, time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("unit_file")
    ap.add_argument("scratch")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = os.path.join(args.scratch, "undo-floor.db")
    columns = sorted(row[1] for row in sqlite3.connect(args.unit_file).execute("PRAGMA table_info(deviation)"))
    as_json = "json_object(" + ",".join(f"'{c}',{c}" for c in columns) + ")"

    def log(value, operation, source):
        return (f"INSERT INTO change_log (at,user,table_name,record_id,operation,{value}) "
                f"SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now'),'bench','deviation',id,'{operation}',{as_json} FROM {source};")
    undo = ("BEGIN; CREATE TEMP TABLE kept AS SELECT * FROM deviation;"
            + log("old_value", "delete", "deviation") + "DELETE FROM deviation; COMMIT;")
    redo = "BEGIN; INSERT INTO deviation SELECT * FROM kept;" + log("new_value", "insert", "kept") + "COMMIT;"
    times = {"undo_floor": [], "redo_floor": []}
    for _ in range(args.runs):
        shutil.copyfile(args.unit_file, work)
        db = sqlite3.connect(work, isolation_level=None)
        for key, script in [("undo_floor", undo), ("redo_floor", redo)]:
            start = time.perf_counter()
            db.executescript(script)
            times[key].append(time.perf_counter() - start)
        db.close()
    os.remove(work)
    print(json.dumps({key: statistics.median(values) for key, values in times.items()}))


if __name__ == "__main__":
    main()
