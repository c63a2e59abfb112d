#include "catch.h"

#include "core/common/bytewriter.h"

#include <QBuffer>

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

TEST_CASE("ByteWriter drained into a device in pieces leaves there every byte in order")
{
    QByteArray sunk;
    QBuffer device(&sunk);
    REQUIRE(device.open(QIODevice::WriteOnly));
    QByteArray buffer = "start:"; // what the array held comes out first
    QByteArray expected = buffer;
    ByteWriter writer(buffer);
    for (int n = 0; n < 3000; n += 41) {
        const QByteArray piece(n, char('A' + n % 26));
        writer.append(piece);
        expected += piece;
        if (n % 3 == 0) {
            REQUIRE(writer.drainTo(device));
            CHECK(writer.size() == 0);
        }
    }
    REQUIRE(writer.drainTo(device));
    writer.append('!');
    expected += '!';
    CHECK(writer.size() == 1);
    REQUIRE(writer.drainTo(device));
    REQUIRE(writer.drainTo(device)); // nothing left: harmless
    writer.finish();
    CHECK(buffer.isEmpty());
    CHECK(sunk == expected);

    QBuffer readOnly; // a device that takes nothing
    REQUIRE(readOnly.open(QIODevice::ReadOnly));
    writer.append("lost");
    CHECK_FALSE(writer.drainTo(readOnly));
}
