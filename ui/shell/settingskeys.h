#pragma once

#include <QString>
#include <QVariant>

namespace ik::ui {

// Every setting the program keeps for the user between runs (QSettings), in one place. Read and
// written only through readSetting/writeSetting, so a key is spelt once.
enum class Setting {
    Language,       // the user interface's language chosen under Settings → Language ("": the system's)
    UserName,       // who the change log records
    UserRole,       // the role given when signing off
    RecentFiles,    // the unit files opened last, newest first
    WindowGeometry, // the main window's place and size
    WindowState,    // its tool bars and docks
    ReportLanguage, // the language reports are written in ("nb" or "en")
    ReportFolder,   // the folder the last report was exported to
};

// The key in QSettings; the names earlier versions used, so their settings still count.
QString settingKey(Setting setting);
// The key of the last visit to the unit file at `path` ("lastVisit/" and a hash of the path:
// a path holds characters that keys do not take well).
QString lastVisitKey(const QString &path);

// The key of the column mapping last used for a source: the table and a hash of the sheet's
// headers, so the same export of the same deviation system (or the same spreadsheet, next year)
// gets the mapping the user corrected last time, whatever the file is called.
QString importMappingKey(const QString &table, const QStringList &header);

// The column widths a user set in one table (a map column → width), and the place of the
// divider between a table and its record form; `editor` is the table editor's object name.
QString columnWidthsKey(const QString &editor);
// The columns a user chose to show or hide in one table (a map column → shown).
QString shownColumnsKey(const QString &editor);
QString recordFormSplitKey(const QString &editor, Qt::Orientation orientation);

QVariant readSetting(Setting setting, const QVariant &fallback = {});
void writeSetting(Setting setting, const QVariant &value);

// Keeps every setting from now on in an INI file under `folder` (on every platform: never the
// registry, never the user's own file): for the screenshot tool and the tests. Call it before the
// first QSettings is made.
void useScratchSettings(const QString &folder);

} // namespace ik::ui
