#!/usr/bin/env python3
"""Work on translations/oncocase_zh_CN.ts without Qt Linguist.

  tools/ts.py list            print every unfinished or empty message as  context<TAB>source
  tools/ts.py fill FILE.tsv   set translations from lines  context<TAB>source<TAB>translation
                              (\\n in the TSV stands for a newline), then normalise with lconvert
  tools/ts.py check           exit 1 if any message is unfinished or empty
  tools/ts.py merge OTHER.ts  fill unfinished messages from another version of the file
                              (after a merge conflict: take one side, run update_translations, merge the other)

The .ts file stays the one source of truth: the TSV is a throwaway input.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "translations" / "oncocase_zh_CN.ts"
LCONVERT = "/usr/lib/qt6/bin/lconvert"


def messages(root):
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for m in ctx.findall("message"):
            yield name, m


def unfinished(m):
    t = m.find("translation")
    if m.get("numerus") == "yes":
        forms = t.findall("numerusform")
        return t.get("type") == "unfinished" or not forms or any(not (f.text or "").strip() for f in forms)
    return t.get("type") in ("unfinished",) or not (t.text or "").strip()


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "list"
    tree = ET.parse(TS)
    root = tree.getroot()
    if cmd in ("list", "check"):
        todo = [(c, m.findtext("source")) for c, m in messages(root) if m.find("translation").get("type") != "vanished" and unfinished(m)]
        for c, s in todo:
            print(f"{c}\t{esc(s or '')}")
        if cmd == "check":
            sys.exit(1 if todo else 0)
        return
    if cmd == "fill":
        table = {}
        for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"bad line (need 3 tab-separated fields): {line!r}")
            table[(parts[0], unesc(parts[1]))] = unesc(parts[2])
        done = 0
        for c, m in messages(root):
            key = (c, m.findtext("source"))
            if key in table:
                t = m.find("translation")
                if m.get("numerus") == "yes":
                    for f in list(t):
                        t.remove(f)
                    ET.SubElement(t, "numerusform").text = table[key]
                else:
                    t.text = table[key]
                t.attrib.pop("type", None)
                done += 1
        tree.write(TS, encoding="utf-8", xml_declaration=True)
        subprocess.run([LCONVERT, "-i", str(TS), "-o", str(TS)], check=True)
        print(f"{done} translations set", file=sys.stderr)
        return
    if cmd == "merge":
        other = {}
        for c, m in messages(ET.parse(sys.argv[2]).getroot()):
            t = m.find("translation")
            if not unfinished(m) and t.get("type") != "vanished":
                other[(c, m.findtext("source"))] = t
        done = 0
        for c, m in messages(root):
            key = (c, m.findtext("source"))
            if unfinished(m) and key in other:
                parent = m
                parent.remove(m.find("translation"))
                parent.append(other[key])
                done += 1
        tree.write(TS, encoding="utf-8", xml_declaration=True)
        subprocess.run([LCONVERT, "-i", str(TS), "-o", str(TS)], check=True)
        print(f"{done} translations merged", file=sys.stderr)
        return
    sys.exit(__doc__)


if __name__ == "__main__":
    main()
