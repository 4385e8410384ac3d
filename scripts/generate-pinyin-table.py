#!/usr/bin/env python3
"""Generates core/search/PinyinTable.cpp, the code point -> toneless pinyin table.

Source: Unihan_Readings.txt from the Unicode Character Database (Debian package
unicode-data, /usr/share/unicode/Unihan_Readings.txt.bz2; Unicode licence).

Readings per character, most common first, tones removed and ü written as v:
  1. kMandarin: the customary reading(s) (one for almost every character, so on its own
     it would make the second reading of a polyphone such as 行 háng unfindable);
  2. kTGHZ2013 and kXHC1983: every reading the two standard modern dictionaries give
     (行: xing, hang, heng), so that polyphones are found by any of their readings.
The archaic readings of kHanyuPinyin are left out on purpose: they would make names match
pinyin nobody types. SUPPLEMENT adds the few characters Unihan gives no reading but Chinese
text spells out (〇 in dates such as 二〇二五).

Usage:
  scripts/generate-pinyin-table.py [--unihan FILE] [--output FILE]   # regenerate
  scripts/generate-pinyin-table.py --check    # exit 1 if stale, 2 if the data is absent or
                                              # of another Unicode version
The generated file is committed, so a build needs neither this script nor unicode-data.
"""

import argparse
import bz2
import pathlib
import re
import sys
import unicodedata

DEFAULT_UNIHAN = "/usr/share/unicode/Unihan_Readings.txt.bz2"
ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "core" / "search" / "PinyinTable.cpp"

FIELDS = ("kMandarin", "kTGHZ2013", "kXHC1983")
DENSE_FIRST = 0x3400  # CJK Extension A and the URO: dense table, O(1) lookup
DENSE_LAST = 0x9FFF
SET_BITS = 11  # sparse entries pack (code point << SET_BITS) | set number
SUPPLEMENT = {0x3007: "líng"}  # IDEOGRAPHIC NUMBER ZERO


def toneless(reading):
    """'lǜ' -> 'lv', 'zhòng' -> 'zhong'."""
    decomposed = unicodedata.normalize("NFD", reading)
    out = []
    i = 0
    while i < len(decomposed):
        c = decomposed[i]
        if c == "u" and i + 1 < len(decomposed) and decomposed[i + 1] == "\u0308":
            out.append("v")
            i += 2
            continue
        if not unicodedata.combining(c):
            out.append(c)
        i += 1
    syllable = "".join(out).lower()
    if not re.fullmatch(r"[a-z]+", syllable):
        raise ValueError(f"unexpected reading {reading!r}")
    return syllable


def read_unihan(path):
    opener = bz2.open if str(path).endswith(".bz2") else open
    fields = {}
    version = "unknown"
    with opener(path, "rt", encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if line.startswith("#"):
                match = re.match(r"#\s*Unicode version:\s*(\S+)", line)
                if match:
                    version = match.group(1)
                continue
            if not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[0].startswith("U+"):
                raise ValueError(f"{path}:{number}: expected 'U+XXXX<TAB>field<TAB>value'")
            if parts[1] in FIELDS:
                fields.setdefault(int(parts[0][2:], 16), {})[parts[1]] = parts[2]
    for cp, reading in SUPPLEMENT.items():
        fields.setdefault(cp, {}).setdefault("kMandarin", reading)
    return fields, version


def readings_of(values):
    readings = []
    for field in FIELDS:
        for token in values.get(field, "").split():
            if ":" in token:  # dictionary fields: "page.position:reading,reading"
                token = token.split(":", 1)[1]
            for reading in token.split(","):
                syllable = toneless(reading)
                if syllable not in readings:
                    readings.append(syllable)
    return readings


def wrap(values, per_line):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("    " + ", ".join(values[i:i + per_line]) + ",")
    return "\n".join(lines)


def generate(fields, version, source_name):
    table = {cp: readings_of(values) for cp, values in fields.items()}
    table = {cp: r for cp, r in table.items() if r}
    syllables = sorted({s for r in table.values() for s in r})
    syllable_id = {s: i for i, s in enumerate(syllables)}

    sets = []
    set_id = {}
    for cp in sorted(table):
        key = tuple(syllable_id[s] for s in table[cp])
        if key not in set_id:
            set_id[key] = len(sets)
            sets.append(key)
    if len(sets) + 1 >= (1 << SET_BITS):
        raise ValueError("too many distinct reading sets for the packed sparse table")

    set_data = []
    set_offsets = []
    for key in sets:
        set_offsets.append(len(set_data))
        set_data.extend(key)
    set_offsets.append(len(set_data))

    text = ""
    text_offsets = []
    for s in syllables:
        text_offsets.append(len(text))
        text += s
    text_offsets.append(len(text))

    # Dense: set number + 1, 0 for none.
    dense = [0] * (DENSE_LAST - DENSE_FIRST + 1)
    sparse = []
    for cp in sorted(table):
        number = set_id[tuple(syllable_id[s] for s in table[cp])]
        if DENSE_FIRST <= cp <= DENSE_LAST:
            dense[cp - DENSE_FIRST] = number + 1
        else:
            sparse.append((cp << SET_BITS) | number)

    out = []
    out.append("// Generated by scripts/generate-pinyin-table.py from " + source_name +
               f" (Unicode {version}),")
    out.append("// fields " + ", ".join(FIELDS) + ". Do not edit: run the script to regenerate.")
    out.append("// Unicode data is used under the Unicode License (see the Unicode terms of use).")
    out.append("// clang-format off")
    out.append('#include "search/PinyinTable.h"')
    out.append("")
    out.append("namespace assay::core::pinyintable {")
    out.append("")
    out.append(f'const char kUnicodeVersion[] = "{version}";')
    out.append("")
    out.append(f"const char kSyllableText[] =")
    for i in range(0, len(text), 96):
        out.append(f'    "{text[i:i + 96]}"')
    out.append("    ;")
    out.append(f"const std::uint16_t kSyllableOffsets[{len(text_offsets)}] = {{")
    out.append(wrap([str(v) for v in text_offsets], 16))
    out.append("};")
    out.append(f"const std::size_t kSyllableCount = {len(syllables)};")
    out.append("")
    out.append(f"const std::uint16_t kSetData[{len(set_data)}] = {{")
    out.append(wrap([str(v) for v in set_data], 16))
    out.append("};")
    out.append(f"const std::uint16_t kSetOffsets[{len(set_offsets)}] = {{")
    out.append(wrap([str(v) for v in set_offsets], 16))
    out.append("};")
    out.append(f"const std::size_t kSetCount = {len(sets)};")
    out.append("")
    out.append(f"const std::uint16_t kDenseSets[{len(dense)}] = {{")
    out.append(wrap([str(v) for v in dense], 20))
    out.append("};")
    out.append("")
    out.append(f"const std::uint32_t kSparseSets[{len(sparse)}] = {{")
    out.append(wrap([f"0x{v:08x}" for v in sparse], 8))
    out.append("};")
    out.append(f"const std::size_t kSparseCount = {len(sparse)};")
    out.append("")
    out.append("} // namespace assay::core::pinyintable")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unihan", default=DEFAULT_UNIHAN)
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT))
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the output file differs from what would be generated")
    args = parser.parse_args()

    unihan = pathlib.Path(args.unihan)
    if not unihan.exists():
        print(f"error: {unihan} not found (install the unicode-data package)", file=sys.stderr)
        return 2
    fields, version = read_unihan(unihan)
    generated = generate(fields, version, unihan.name)
    output = pathlib.Path(args.output)
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        committed = re.search(r'kUnicodeVersion\[\] = "([^"]*)"', current)
        if committed and committed.group(1) != version:
            print(f"skipped: {unihan} is Unicode {version}, the table was made from "
                  f"Unicode {committed.group(1)}", file=sys.stderr)
            return 2
        if current != generated:
            print(f"{output} is out of date; run {pathlib.Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{output} is up to date")
        return 0
    output.write_text(generated, encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
