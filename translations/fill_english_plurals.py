#!/usr/bin/env python3
# Fills the English plural forms of the unfinished %n messages of a .ts file, after
# `cmake --build build --target update_translations` found new ones:
#     python3 translations/fill_english_plurals.py translations/lodestar_en.ts
# "row(s)" becomes "row" and "rows"; the table below fixes the verbs that follow. Check the
# result with git diff: a new odd plural needs a line in the table.
import re, sys, html
path = sys.argv[1]
s = open(path, encoding='utf-8').read()
special = {  # singular fixes beyond dropping "(s)"
    'row(s) were already brought in and were': ('row was already brought in and was',
                                                'rows were already brought in and were'),
    'row(s) were': ('row was', 'rows were'),
    'row(s) name a': ('row names a', 'rows name a'),
    'entry(ies)': ('entry', 'entries'),
    'person(s) have': ('person has', 'people have'),
    'person(s)': ('person', 'people'),
}
def forms(src):
    one, many = src, src
    for k, (a, b) in special.items():
        one = one.replace(k, a); many = many.replace(k, b)
    one = one.replace('(es)', ''); many = many.replace('(es)', 'es')
    one = one.replace('(s)', ''); many = many.replace('(s)', 's')
    return one, many
def fix(m):
    block = m.group(0)
    if 'type="unfinished"' not in block:
        return block
    src = html.unescape(re.search(r'<source>(.*?)</source>', block, re.S).group(1))
    one, many = forms(src)
    esc = lambda t: html.escape(t, quote=False)
    tr = ('<translation>\n            <numerusform>%s</numerusform>\n'
          '            <numerusform>%s</numerusform>\n        </translation>') % (esc(one), esc(many))
    return re.sub(r'<translation type="unfinished">.*?</translation>', tr, block, flags=re.S)
s2, n = re.subn(r'<message numerus="yes">.*?</message>', fix, s, flags=re.S)
open(path, 'w', encoding='utf-8').write(s2)
print('numerus messages seen:', n)
