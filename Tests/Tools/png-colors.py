#!/usr/bin/env python3
"""Count the pixels of given colours in a PNG (standard library only; 8-bit RGB/RGBA).

Usage: png-colors.py FILE.png RRGGBB [RRGGBB ...]
Prints one line per colour: RRGGBB COUNT, then "size WIDTHxHEIGHT".
Used by the HTML screenshot test to check that the charts were drawn.
"""
import struct
import sys
import zlib


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour {colour})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def main():
    path, colours = sys.argv[1], [c.lower() for c in sys.argv[2:]]
    width, height, channels, rows = decode(path)
    wanted = {bytes.fromhex(c): c for c in colours}
    counts = dict.fromkeys(colours, 0)
    for row in rows:
        for x in range(0, len(row), channels):
            name = wanted.get(row[x:x + 3])
            if name:
                counts[name] += 1
    for c in colours:
        print(c, counts[c])
    print(f"size {width}x{height}")


main()
