#!/usr/bin/env python3
"""Validate the gazetteer TSVs (stdlib only). Usage: python3 gazetteer/build/check_gazetteer.py [gazetteer-dir]

Checks: UTF-8, column counts, id prefix matches the file, unique ids, non-empty names,
no duplicate alias inside an entry, key=value syntax; given-names.tsv: name<TAB>m|f|u.
Prints row counts per file; exits 1 on any error.
"""
import os
import re
import sys

ENTITY_FILES = {
    'states.tsv': 'state', 'municipalities.tsv': 'municipality', 'districts.tsv': 'district',
    'countries.tsv': 'country', 'organizations.tsv': 'organization', 'laws.tsv': 'law',
}
ID_RE = {
    'state': r'state:\d{2}', 'municipality': r'municipality:\d{8}', 'district': r'district:\d{5}',
    'country': r'country:[a-z0-9]+(-[a-z0-9]+)*', 'organization': r'organization:[a-z0-9]+(-[a-z0-9]+)*',
    'law': r'law:[a-z0-9]+(-[a-z0-9]+)*',
}
ORG_CATEGORIES = {'ministry', 'agency', 'association', 'council', 'it_provider', 'parliament', 'government',
                  'court', 'university', 'media', 'company', 'party', 'ngo', 'eu'}
LEVELS = {'federal', 'state', 'municipal', 'eu'}


def data_lines(path):
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            yield n, line


def check_entities(path, prefix, errors):
    ids = set()
    count = 0
    for n, line in data_lines(path):
        count += 1
        where = f'{os.path.basename(path)}:{n}'
        cols = line.split('\t')
        if not 2 <= len(cols) <= 5:
            errors.append(f'{where}: {len(cols)} columns')
            continue
        cols += [''] * (5 - len(cols))
        id_, name, aliases, adjectives, keys = cols
        if not re.fullmatch(ID_RE[prefix], id_):
            errors.append(f'{where}: bad id {id_!r} for {prefix}')
        if id_ in ids:
            errors.append(f'{where}: duplicate id {id_}')
        ids.add(id_)
        if not name.strip():
            errors.append(f'{where}: empty name')
        for fld, sep, label in ((aliases, '|', 'alias'), (adjectives, '|', 'adjective')):
            items = fld.split(sep) if fld else []
            if any(not x.strip() for x in items):
                errors.append(f'{where}: empty {label}')
            if len(items) != len(set(items)):
                errors.append(f'{where}: duplicate {label} in entry')
            if label == 'alias' and name in items:
                errors.append(f'{where}: alias equals name')
        kv = {}
        for pair in (keys.split(';') if keys else []):
            if '=' not in pair or not pair.split('=', 1)[0] or not pair.split('=', 1)[1]:
                errors.append(f'{where}: bad key pair {pair!r}')
                continue
            k, v = pair.split('=', 1)
            if k in kv:
                errors.append(f'{where}: duplicate key {k}')
            kv[k] = v
        if prefix == 'organization':
            if kv.get('category') not in ORG_CATEGORIES:
                errors.append(f'{where}: missing/unknown category {kv.get("category")!r}')
        if prefix in ('organization', 'law') and 'level' in kv and kv['level'] not in LEVELS:
            errors.append(f'{where}: unknown level {kv["level"]!r}')
        if prefix == 'law' and ('jurabk' not in kv or 'level' not in kv):
            errors.append(f'{where}: law without jurabk/level')
        if prefix == 'municipality' and kv.get('ags') != id_.split(':')[1]:
            errors.append(f'{where}: ags key does not match id')
    return count


def check_given_names(path, errors):
    names = set()
    count = 0
    for n, line in data_lines(path):
        count += 1
        cols = line.split('\t')
        where = f'{os.path.basename(path)}:{n}'
        if len(cols) != 2 or cols[1] not in ('m', 'f', 'u') or not cols[0].strip():
            errors.append(f'{where}: bad line {line!r}')
            continue
        if cols[0] in names:
            errors.append(f'{where}: duplicate name {cols[0]}')
        names.add(cols[0])
    return count


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    gdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)
    errors = []
    for fname, prefix in ENTITY_FILES.items():
        path = os.path.join(gdir, fname)
        if not os.path.exists(path):
            errors.append(f'{fname}: missing')
            continue
        print(f'{fname}: {check_entities(path, prefix, errors)} rows')
    path = os.path.join(gdir, 'given-names.tsv')
    if os.path.exists(path):
        print(f'given-names.tsv: {check_given_names(path, errors)} rows')
    else:
        errors.append('given-names.tsv: missing')
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} error(s)')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
