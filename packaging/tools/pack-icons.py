#!/usr/bin/env python3
"""Packs PNG icons into a Windows .ico or a macOS .icns file, with nothing but the standard
library (both formats can carry PNG images as they are).

    pack-icons.py ico  OUT.ico  16.png 32.png 48.png 256.png ...
    pack-icons.py icns OUT.icns 16.png 32.png 128.png 256.png 512.png ...

Each PNG's size is read from its header; sizes a format has no slot for are left out."""
import struct
import sys

# .icns element types for PNG data, by pixel size (the @2x types reuse the larger images).
ICNS_TYPES = {16: [b"icp4"], 32: [b"icp5", b"ic11"], 64: [b"icp6", b"ic12"], 128: [b"ic07"],
              256: [b"ic08", b"ic13"], 512: [b"ic09", b"ic14"], 1024: [b"ic10"]}


def png_size(data, name):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        sys.exit(f"pack-icons: {name} is not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height:
        sys.exit(f"pack-icons: {name} is not square ({width}×{height})")
    return width


def pack_ico(images):
    images = [(size, data) for size, data in sorted(images) if size <= 256]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def pack_icns(images):
    body = b""
    for size, data in sorted(images):
        for kind in ICNS_TYPES.get(size, []):
            body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv):
    if len(argv) < 4 or argv[1] not in ("ico", "icns"):
        sys.exit(__doc__)
    images = []
    for name in argv[3:]:
        with open(name, "rb") as f:
            data = f.read()
        images.append((png_size(data, name), data))
    packed = pack_ico(images) if argv[1] == "ico" else pack_icns(images)
    with open(argv[2], "wb") as f:
        f.write(packed)


if __name__ == "__main__":
    main(sys.argv)
