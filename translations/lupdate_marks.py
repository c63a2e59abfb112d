#!/usr/bin/env python3
"""Makes the source texts that lupdate cannot see visible to it.

lupdate does not expand macros and takes the context of a tr() call from the enclosing class or
namespace, so two idioms of the core library are invisible or mis-filed:

  #define F(text) QT_TRANSLATE_NOOP("ik::Field", text)          ... F("Unit name") ...
  QString tr(const char *text) { return QCoreApplication::translate("ik::FileCheck", text); }
                                                                 ... tr("The file “%1” ...") ...

The same holds for helpers that translate into a language given per document, such as the
report's s("…") = translateFor(m_lang, "ik::Report", "…"). A helper defined in a header of the
project counts in every file that includes that header (#include "core/report/x_p.h").

For every source file given, this script finds such marking macros and local translate helpers
and writes each use as a plain QT_TRANSLATE_NOOP("context", "text") line into OUTPUT, a C++ file
that lupdate reads instead. It also writes LIST, the lupdate list file (one path a line) naming
OUTPUT and every given source file except those with a local helper called `tr`: lupdate would
file their tr() calls under the wrong context. Direct QCoreApplication::translate("ctx", "text")
calls in such excluded files are copied to OUTPUT too, so nothing is lost.

Usage: lupdate_marks.py OUTPUT LIST SOURCE...   (a SOURCE folder is searched recursively)
"""

import os
import re
import sys

EXTENSIONS = ('.cpp', '.cc', '.cxx', '.h', '.hpp', '.hxx')

STRING = r'"(?:[^"\\\n]|\\.)*"'
MACRO = re.compile(r'^[ \t]*#[ \t]*define[ \t]+(\w+)\([ \t]*(\w+)[ \t]*\)[ \t]*'
                   r'QT_TRANSLATE_NOOP\([ \t]*(' + STRING + r')[ \t]*,[ \t]*\2[ \t]*\)[ \t]*$',
                   re.M)
HELPER = re.compile(r'QString\s+(\w+)\s*\(\s*const\s+char\s*\*\s*(\w+)\s*\)\s*\{\s*return\s+'
                    r'(?:QCoreApplication|QObject)::translate\(\s*(' + STRING + r')\s*,\s*\2\s*\)'
                    r'\s*;\s*\}')
# The same for output in a language chosen per document (core/common/translations.h):
#   QString s(const char *english) const { return translateFor(m_lang, "ik::Report", english); }
#   QString cliText(const char *english, const QString &language) { return translateFor(language, "ik::Cli", english); }
LANGUAGE_HELPER = re.compile(r'QString\s+(\w+)\s*\(\s*const\s+char\s*\*\s*(\w+)\s*'
                             r'(?:,\s*const\s+QString\s*&\s*\w+\s*)?\)\s*(?:const\s*)?\{\s*return\s+'
                             r'(?:ik::)?translateFor\(\s*\w+\s*,\s*(' + STRING + r')\s*,\s*\2\s*\)'
                             r'\s*;\s*\}')
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]+"([^"]+)"', re.M)
TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|' + STRING + r"|'(?:[^'\\\n]|\\.)*'|::|->|\w+|\S",
                   re.S)


def tokens(text):
    """C++ tokens without comments and preprocessor lines (good enough for call sites)."""
    text = re.sub(r'^[ \t]*#[^\n]*(?:\\\n[^\n]*)*', '', text, flags=re.M)
    return [t for t in TOKEN.findall(text) if not t.startswith(('//', '/*'))]


def calls(toks, names, with_context=False):
    """Yields (name, [context literal,] text literals) of calls NAME("..." "...") or, with
    with_context, NAME("ctx", "..." "...") that are not member calls (a.f, a->f, A::f)."""
    for i, tok in enumerate(toks):
        if tok not in names or i + 1 >= len(toks) or toks[i + 1] != '(':
            continue
        if i > 0 and toks[i - 1] in ('.', '->', '::') and not with_context:
            continue
        j = i + 2
        context = None
        if with_context:
            if j + 1 >= len(toks) or not toks[j].startswith('"') or toks[j + 1] != ',':
                continue
            context = toks[j]
            j += 2
        pieces = []
        while j < len(toks) and toks[j].startswith('"'):
            pieces.append(toks[j])
            j += 1
        if pieces and j < len(toks) and toks[j] in (')', ','):
            # translate("ctx", "text", "comment", n): a text with plural forms
            plural = (with_context and toks[j] == ',' and j + 2 < len(toks)
                      and toks[j + 1].startswith('"') and toks[j + 2] == ',')
            yield tok, context, pieces, plural


def expand(paths):
    """Files of the given paths, folders searched recursively, in a stable order."""
    for path in paths:
        if not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(EXTENSIONS):
                    yield os.path.join(root, name)


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    output, listfile, sources = argv[1], argv[2], list(expand(argv[3:]))
    marks = []
    scanned = []
    texts = {}
    for path in sources:
        with open(path, encoding='utf-8') as f:
            texts[path] = f.read()
    # Per-document language helpers by file, to be shared with the files that include it.
    language_helpers = {path: {m.group(1): m.group(3) for m in LANGUAGE_HELPER.finditer(text)}
                        for path, text in texts.items()}
    for path in sources:
        text = texts[path]
        contexts = {m.group(1): m.group(3) for m in MACRO.finditer(text)}
        helpers = {m.group(1): m.group(3) for m in HELPER.finditer(text)}
        contexts.update(helpers)
        for included in INCLUDE.findall(text):
            for other, found_helpers in language_helpers.items():
                if other.replace(os.sep, '/').endswith('/' + included):
                    contexts.update(found_helpers)
        contexts.update(language_helpers[path])
        toks = tokens(text) if contexts else []
        found = [(contexts[name], pieces, False) for name, _, pieces, _ in calls(toks, set(contexts))]
        if 'tr' in helpers:
            found += [(ctx, pieces, plural) for _, ctx, pieces, plural in
                      calls(toks, {'translate'}, with_context=True)]
        else:
            scanned.append(path)
        if found:
            marks.append('// ' + path)
            marks += ['{}({}, {});'.format('QT_TRANSLATE_N_NOOP' if plural else 'QT_TRANSLATE_NOOP', ctx, ' '.join(p))
                      for ctx, p, plural in found]
    with open(output, 'w', encoding='utf-8') as f:
        f.write('// Generated by translations/lupdate_marks.py for lupdate; not compiled.\n')
        f.write('\n'.join(marks) + '\n')
    with open(listfile, 'w', encoding='utf-8') as f:
        f.write('\n'.join([output] + scanned) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
