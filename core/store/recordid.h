#pragma once

#include <QString>

namespace ik {

// A new record's id: a time-ordered UUID (RFC 9562, version 7) in its usual text form. The first
// 48 bits are the Unix time in milliseconds and a counter keeps ids made within one millisecond in
// order, so ids sort as they were made. That is why: SQLite keeps each table's ids and the change
// log's record ids in B-tree indexes, and an id that sorts after the last one is appended to the
// index's last page, where a random (version 4) id lands on any page of it. An import of 100 000
// rows costs SQLite about half as much with ordered ids (docs/performance.md). The last 62 bits
// are random, so ids made on two machines in the same millisecond do not collide.
// Ids already in files (version 4) stay as they are; an id is only ever compared for equality.
QString newRecordId();

// The current UTC time as the file stores it (ISO 8601 with milliseconds, "Z"). Many rows are
// written within one millisecond; they get the same text, formatted once.
QString currentUtcText();

} // namespace ik
