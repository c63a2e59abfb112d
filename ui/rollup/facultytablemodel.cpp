#include "ui/rollup/facultytablemodel.h"

#include "core/common/translations.h"
#include "ui/shell/messages.h"
#include "ui/shell/uistyle.h"

#include <QApplication>
#include <QDateTime>
#include <QPalette>

namespace ik::ui {

FacultyTableModel::FacultyTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_language(installedLanguage().isEmpty() ? QStringLiteral("en") : installedLanguage())
{
    m_columns = facultyColumns(m_language);
}

void FacultyTableModel::setUnits(QList<UnitSummary> units, const QString &language)
{
    beginResetModel();
    m_units = std::move(units);
    m_language = language;
    m_columns = facultyColumns(language);
    endResetModel();
}

int FacultyTableModel::column(const QString &key) const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].key == key)
            return c;
    return -1;
}

int FacultyTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_units.size()); }

int FacultyTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QVariant FacultyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size() || index.column() >= m_columns.size())
        return {};
    const UnitSummary &unit = m_units[index.row()];
    const FacultyColumn &column = m_columns[index.column()];
    using Kind = FacultyColumn::Kind;
    switch (role) {
    case Qt::DisplayRole:
        return facultyText(unit, column.key, m_language);
    case Qt::ToolTipRole:
        if (column.key == QLatin1String("read") || column.key == QLatin1String("unit"))
            return plainToolTip(facultyReadState(unit, m_language));
        return {};
    case Qt::TextAlignmentRole:
        return column.kind == Kind::Text || column.kind == Kind::DateTime ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        // In the banners' tones: a figure to look at in the warning tone, a file not counted grey.
        const bool marked = facultyCellMarked(unit, column.key);
        if (!marked && unit.counted())
            return {};
        const BannerColours colours = bannerColours(marked ? BannerTone::Warning : BannerTone::Neutral, QApplication::palette());
        return role == Qt::BackgroundRole ? colours.background : colours.text;
    }
    case SortRole: {
        const QVariant v = facultyValue(unit, column.key, m_language);
        if (column.kind == Kind::Text)
            return v.toString();
        if (column.kind == Kind::DateTime)
            return v.isNull() ? QVariant(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)) : v;
        return v.isNull() ? -2.0 : v.toDouble(); // without the figure (not read, no such year) first
    }
    case PathRole:
        return unit.path;
    default:
        return {};
    }
}

QVariant FacultyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns[section].header;
    return {};
}

} // namespace ik::ui
