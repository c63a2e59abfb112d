#pragma once
// Catch2 v2 (Debian 12) and v3 alike.
#ifdef IK_CATCH_V3
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>
#include <ostream>

// Lets Catch print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s) { return os << s.toStdString(); }
