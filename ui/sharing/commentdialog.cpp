#include "ui/sharing/commentdialog.h"

#include "ui/pages/phasenames.h"
#include "ui/shell/messages.h"
#include "ui/records/fieldlabels.h"
#include "core/store/schema.h"
#include "ui/records/recordededit.h"
#include "ui/records/undocommands.h"
#include "core/store/unitfile.h"
#include "ui/shell/username.h"

#include <QCoreApplication>

namespace ik::ui {

namespace {
class Comments
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::Comments)
};
const QString kComment = QStringLiteral("comment");
} // namespace

QString storeComment(const EditContext &ctx, const QString &table, const QString &recordId,
                     const QString &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = Comments::tr("The comment is empty.");
        return {};
    }
    return insertRecord(*ctx.file, *ctx.undo, kComment,
                        {{QStringLiteral("table_name"), table},
                         {QStringLiteral("record_id"), recordId},
                         {QStringLiteral("author"), ctx.file->userName()},
                         {QStringLiteral("body"), body.trimmed()},
                         {QStringLiteral("resolved"), false}},
                        error);
}

QString addComment(QWidget *parent, const EditContext &ctx, const QString &table, const QString &recordId)
{
    if (recordId.isEmpty())
        return {};
    const TableDef *def = schema::table(table);
    const QString name = ctx.file->displayName(table, recordId, uiLanguage());
    bool ok = false;
    const QString body = askText(parent, Comments::tr("Comment"),
                                 Comments::tr("Your comment on %1 “%2”:").arg(def ? inSentence(singularLabel(*def)) : table, name),
                                 true, &ok);
    if (!ok || body.trimmed().isEmpty())
        return {};
    QString error;
    const QString id = storeComment(ctx, table, recordId, body, &error);
    if (id.isEmpty()) {
        showError(parent, Comments::tr("Comment"), error);
    }
    return id;
}

bool resolveComment(const EditContext &ctx, const QString &commentId, QString *error)
{
    return recordedEdit(ctx, Comments::tr("Resolve comment"), error, [&](RecordedEdit &edit) {
        return edit.update(kComment, commentId,
                           {{QStringLiteral("resolved"), true},
                            {QStringLiteral("resolved_by"), ctx.file->userName()},
                            {QStringLiteral("resolved_at"), UnitFile::nowUtc()}});
    });
}

} // namespace ik::ui
