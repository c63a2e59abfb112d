#include "catch.h"

#include "core/common/bytewriter.h"

using namespace ik;

TEST_CASE("ByteWriter leaves exactly the bytes appended, after what the array held, across its growth")
{
    QByteArray out = "head:";
    QByteArray expected = out;
    {
        ByteWriter writer(out);
        // Pieces of every length up to 5000 bytes, and single characters, so that the array
        // grows many times and a piece often lands across the old end.
        for (int n = 0; n < 5000; n += 37) {
            const QByteArray piece(n, char('a' + n % 26));
            writer.append(piece);
            writer.append('|');
            expected += piece;
            expected += '|';
        }
    }
    CHECK(out == expected);
    CHECK(out.size() == expected.size());
}

TEST_CASE("ByteWriter's array may be read after finish() and writing goes on after it")
{
    QByteArray out;
    ByteWriter writer(out);
    writer.append("one");
    writer.finish();
    CHECK(out == "one");
    writer.append(',');
    writer.append(QByteArrayView("two"));
    writer.append(QByteArrayView()); // an empty piece changes nothing
    writer.finish();
    CHECK(out == "one,two");
    writer.finish(); // twice is harmless
    CHECK(out == "one,two");
}
