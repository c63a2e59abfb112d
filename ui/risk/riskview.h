#pragma once

#include "ui/records/editcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ik::ui {

class RiskMatrixEditor;

// The risk matrix page: the matrix editor beside the list of the risks it shows (filtered to a
// clicked cell, with a warning on each risk that lacks a recorded acceptance), the selected
// risk's actions and a button that makes an action of its proposed measures.
class RiskView : public QWidget
{
    Q_OBJECT
public:
    explicit RiskView(const EditContext &context, QWidget *parent = nullptr);

    RiskMatrixEditor *editor() const { return m_editor; }
    QListWidget *riskList() const { return m_risks; }
    QListWidget *actionList() const { return m_actions; }

    // Adds the risk's proposed measures to the action plan (source risk, linked to it), undoable.
    // Returns the action's id, or empty with `error`.
    QString createAction(const QString &riskId, QString *error);

public Q_SLOTS:
    void reload();

private:
    void reloadAssessments();
    void reloadRisks();
    void reloadActions();
    void updateWritingButtons();
    void openSettings();
    void importRegister();

    EditContext m_context;
    RiskMatrixEditor *m_editor;
    QComboBox *m_assessment;
    QComboBox *m_phase;
    QListWidget *m_risks;
    QListWidget *m_actions;
    QPushButton *m_import;
    QPushButton *m_createAction;
    QLabel *m_problems;
    QLabel *m_message;
};

} // namespace ik::ui
