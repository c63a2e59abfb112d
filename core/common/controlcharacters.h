#pragma once

#include <QString>

#include <optional>

namespace ik {

// Characters that are not text but instructions to whatever shows it: control characters (C0
// but tab and line feed, DEL, C1), which a terminal obeys (ESC sequences move the cursor, clear
// the screen, recolour), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069), which reorder what follows them, so that text reads differently from what was
// typed ("Trojan source").
//
// The policy, the same everywhere: text fields refuse them on the way in (UnitFile's
// normalizedValue, and so the GUI, every import and the CLI), with a message that names the field
// and the character; and text a file holds from before, or from a program that did not check,
// is shown with each of them as a visible "<U+202E>" on the terminal and in the PDF reports
// (visibleText). Nothing is stripped silently: a person sees that something was there. The
// marks of mixed-direction text (U+200E, U+200F, U+061C) are text: they only set the direction
// of the neutral characters beside them, and Arabic or Hebrew names next to Norwegian need them.
// A carriage return is a line break: CRLF and a lone CR become LF (withLineFeeds).

// Whether the character is one of those described above.
bool isHiddenControl(char32_t c);
// Whether it is one of the direction controls (U+202A–U+202E, U+2066–U+2069).
bool isDirectionControl(char32_t c);

// The first such character in `text`, if any.
std::optional<char32_t> firstHiddenControl(const QString &text);

// CRLF and lone CR as LF.
QString withLineFeeds(QString text);

// `text` with line breaks as LF and every hidden control written as "<U+XXXX>".
QString visibleText(const QString &text);

// visibleText, and also what XML 1.0 cannot hold at all (U+FFFE, U+FFFF, a surrogate without
// its pair) as "<U+XXXX>": text for a file the program writes as XML itself (the DOCX report),
// so that no typed text can make it unreadable.
QString xmlSafeText(const QString &text);

} // namespace ik
