#!/usr/bin/env python3
"""The floor for importing deviations: what a plain Python script takes to write the same rows.

Reads the CSV the import benchmark imports and writes each row into the deviation table of a unit
file made by `internkontroll-cli new`, with one change-log row each holding the row as compact JSON
with sorted keys (the program's change-log entry for an insert), in one transaction, with SQLite's
defaults (synchronous=FULL, rollback journal). Ids are made as the program makes them (see
--ids). Nothing is validated: that is the program's extra work.

Usage: import_floor.py UNIT_FILE CSV [--year 2026] [--ids random|ordered]
"""
import argparse, csv, datetime, json, os, sqlite3, time, uuid


class OrderedIds:
    """Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, a 12-bit counter
    within the millisecond, 62 random bits."""

    def __init__(self):
        self.last_ms, self.counter = 0, 0

    def __call__(self):
        ms = time.time_ns() // 1_000_000
        if ms <= self.last_ms:
            self.counter += 1
            if self.counter > 0xFFF:
                self.last_ms, self.counter = self.last_ms + 1, 0
            ms = self.last_ms
        else:
            self.counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
        self.last_ms = ms
        value = (ms << 80) | (0x7 << 76) | (self.counter << 64) | (0b10 << 62) | (int.from_bytes(os.urandom(8), "big") >> 2)
        return str(uuid.UUID(int=value))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("unit_file")
    ap.add_argument("csv")
    ap.add_argument("--year", type=int, default=2026)
    ap.add_argument("--ids", choices=["random", "ordered"], default="ordered")
    args = ap.parse_args()
    new_id = OrderedIds() if args.ids == "ordered" else (lambda: str(uuid.uuid4()))
    user = os.environ.get("USER", "")
    db = sqlite3.connect(args.unit_file, isolation_level=None)
    db.execute("BEGIN")
    with open(args.csv, newline="", encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter=";")
        for row in rows:
            now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            record_id = new_id()
            values = dict(row, year=args.year)
            names = ",".join(values)
            db.execute(f"INSERT INTO deviation (id,created_at,created_by,modified_at,modified_by,{names}) "
                       f"VALUES (?,?,?,?,?,{','.join('?' * len(values))})",
                       (record_id, now, user, now, user, *values.values()))
            db.execute("INSERT INTO change_log (at,user,table_name,record_id,operation,new_value) "
                       "VALUES (?,?,'deviation',?,'insert',?)",
                       (now, user, record_id, json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)))
    db.execute("COMMIT")
    db.close()


if __name__ == "__main__":
    main()
