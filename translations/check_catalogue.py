#!/usr/bin/env python3
"""Fails when a source text of core/ or app/cli/ is missing from the bokmål catalogue.

tests/i18n checks the messages a catalogue holds; a text added to the code but never brought
into the catalogue (update_core_translations not run) is not among them, and the program then
shows it in English. This runs the same lupdate as update_core_translations into a copy of the
catalogue and lists every message that comes out unfinished.

Usage: check_catalogue.py LUPDATE SOURCE_ROOT CATALOGUE [LUPDATE_OPTION...]
"""

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def main():
    lupdate, root, catalogue, options = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    marks_script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lupdate_marks.py")
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, os.path.basename(catalogue))
        shutil.copyfile(catalogue, copy)
        marks, marks_list = os.path.join(work, "marks.cpp"), os.path.join(work, "marks.lst")
        subprocess.run([sys.executable, marks_script, marks, marks_list,
                        os.path.join(root, "core"), os.path.join(root, "app", "cli")], check=True)
        subprocess.run([lupdate, *options, "-target-language", "nb_NO", "@" + marks_list, "-ts", copy],
                       cwd=root, check=True, stdout=subprocess.DEVNULL)
        missing = []
        for context in ElementTree.parse(copy).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished" and not (translation.text or "").strip():
                    missing.append(f"{name}: {message.findtext('source')}")
    if missing:
        print(f"{len(missing)} text(s) of the code are not in {os.path.basename(catalogue)}; "
              "run the update_core_translations target and translate them:")
        for m in missing:
            print("  " + m)
        return 1
    print(f"Every source text is in {os.path.basename(catalogue)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
