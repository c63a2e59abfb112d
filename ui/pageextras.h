#pragma once

#include "editcontext.h"

class QStackedWidget;

namespace ik::ui {

// What the sharing and yearly-cycle features add to the pages of a unit view, once the pages are
// built: a locked-year banner on every page, the sign-off state on the Overview and the Report
// page, the report's Preview/Print/Export PDF on the Report page's "reportActions" tool bar, and
// "Comment…" in the context menu of every table.
void addPageExtras(QStackedWidget *pages, const EditContext &context);

} // namespace ik::ui
