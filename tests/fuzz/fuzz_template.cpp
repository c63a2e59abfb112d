// libFuzzer target: the checklist template loader, and the year it would instantiate.
#include "core/review/checklisttemplate.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto t = ik::ChecklistTemplate::fromJson(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (t) {
        for (const auto &o : t->dueIn(2026, true, std::nullopt))
            if (!o.due.isValid())
                __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}
