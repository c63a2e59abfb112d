#pragma once

#include "ui/records/editcontext.h"

class QWidget;

namespace ik::ui {

// What the sharing and yearly-cycle features add to a page of a unit view, once the page is
// built: a locked-year banner on every page, the sign-off state on the Overview and the Report
// page, the report's Preview/Print/Export PDF on the Report page's "reportActions" tool bar, and
// "Comment…" in the context menu of every table.
void addPageExtras(QWidget *page, const EditContext &context);

} // namespace ik::ui
