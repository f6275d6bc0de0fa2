#!/usr/bin/env python3
"""Names the read-only data a run reads, for build/symbol-order.txt.

Usage: data_order.py BINARY TRACE...  (each TRACE: the output of
`valgrind --tool=lackey --trace-mem=yes` running BINARY)

Prints, one a line, the named objects of BINARY's .rodata that the traced
runs load from, in the order first loaded, those under 64 KiB first: the
catalog's tables and arrays, the tables of the crates (unicode widths,
digit pairs…), then the larger ones (the catalog's text blob and largest
arrays). Listed in the ordering file after the functions, the linker
places them side by side, so a run maps a few 64 KiB windows of .rodata
instead of one for each object spread over 4 MB (each window first read
is a page fault). Anonymous constants (string literals) have no name
to give and stay where they are. Needs binutils' nm and readelf.
"""

import bisect
import subprocess
import sys


def rodata(binary):
    for line in subprocess.run(["readelf", "-SW", binary], capture_output=True,
                               text=True, check=True).stdout.splitlines():
        parts = line.replace("[ ", "[").split()
        if len(parts) > 5 and parts[1] == ".rodata":
            return int(parts[3], 16), int(parts[3], 16) + int(parts[5], 16)
    sys.exit(f"{binary}: no .rodata section")


def symbols(binary, lo, hi):
    """(address, size, name) of the objects in [lo, hi), by address."""
    found = []
    out = subprocess.run(["nm", "-S", binary], capture_output=True, text=True,
                         check=True).stdout
    entry = None
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[-1] == "_start":
            entry = int(parts[0], 16)
        if len(parts) == 4 and parts[2] in "rR":
            at, size = int(parts[0], 16), int(parts[1], 16)
            if lo <= at < hi and size > 0:
                found.append((at, size, parts[3]))
    if entry is None:
        sys.exit(f"{binary}: no _start symbol")
    return sorted(found), entry


def main():
    binary, traces = sys.argv[1], sys.argv[2:]
    lo, hi = rodata(binary)
    syms, entry = symbols(binary, lo, hi)
    starts = [s[0] for s in syms]
    seen, order = set(), []
    for trace in traces:
        base = None
        with open(trace, encoding="utf-8", errors="replace") as f:
            for line in f:
                kind = line[:2]
                if base is None:
                    # The first instruction run in the binary (below the
                    # loader valgrind maps at 0x4000000) is its entry point.
                    if kind == "I ":
                        at = int(line[3:].split(",")[0], 16)
                        if at < 0x4000000:
                            base = at - entry
                    continue
                if kind not in (" L", " S", " M"):
                    continue
                at = int(line[3:].split(",")[0], 16) - base
                if not lo <= at < hi:
                    continue
                i = bisect.bisect_right(starts, at) - 1
                if i >= 0 and at < syms[i][0] + syms[i][1] and i not in seen:
                    seen.add(i)
                    order.append(syms[i])
        if base is None:
            sys.exit(f"{trace}: no instruction of {binary}")
    order.sort(key=lambda s: s[1] >= 64 * 1024)
    print("\n".join(s[2] for s in order))


if __name__ == "__main__":
    main()
