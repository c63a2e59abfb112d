#pragma once

#include <QWidget>

class QListWidget;

namespace ik::ui {

// What the window shows with no file open: New, Open, the demo unit, and recent files.
class StartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StartWidget(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace ik::ui
