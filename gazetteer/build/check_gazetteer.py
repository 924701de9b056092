#!/usr/bin/env python3
"""Validate the gazetteer TSVs (stdlib only). Usage: python3 gazetteer/build/check_gazetteer.py [gazetteer-dir]

Errors: UTF-8, column counts, id prefix matches the file, ids unique across all files, non-empty
names, canonical names unique within a file, no duplicate alias inside an entry, key=value syntax
(no "|" in the keys column), organization category, law jurabk/level, municipality ags/ars/state/
district keys, common_word forms are the entry's own name or aliases; given-names.tsv:
name<TAB>m|f|u; roles.tsv: masculine<TAB>feminine<TAB>key<TAB>suffix|exact<TAB>scope.
Warnings (counted, not errors): aliases shared by several entries of one file (expected for
homonymous places such as "Neustadt") and surface forms shared across files.
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
                  'court', 'university', 'media', 'company', 'party', 'ngo', 'eu', 'foundation',
                  'commissioner', 'military', 'police', 'international', 'sports'}
ENTITY_TYPES = {'person', 'municipality', 'district', 'state', 'country', 'organization', 'law'}
LEVELS = {'federal', 'state', 'municipal', 'eu'}


def data_lines(path):
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            yield n, line


def check_entities(path, prefix, errors, all_ids, forms):
    ids = set()
    names = {}
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
        if id_ in ids or id_ in all_ids:
            errors.append(f'{where}: duplicate id {id_}')
        ids.add(id_)
        all_ids.add(id_)
        if not name.strip():
            errors.append(f'{where}: empty name')
        if name in names:
            errors.append(f'{where}: canonical name {name!r} also on line {names[name]}')
        names.setdefault(name, n)
        for form in [name] + (aliases.split('|') if aliases else []):
            forms.setdefault(form, []).append(id_)
        if '|' in keys:
            errors.append(f'{where}: "|" in the keys column')
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
        if prefix == 'municipality':
            ags = id_.split(':')[1]
            if kv.get('ags') != ags:
                errors.append(f'{where}: ags key does not match id')
            ars = kv.get('ars', '')
            if not re.fullmatch(r'\d{12}', ars) or ars[:5] != ags[:5] or ars[9:] != ags[5:]:
                errors.append(f'{where}: ars {ars!r} does not fit the AGS')
            if kv.get('state') != ags[:2] or kv.get('district') != ags[:5]:
                errors.append(f'{where}: state/district keys do not fit the AGS')
        if 'common_word' in kv:
            own = set([name] + (aliases.split('|') if aliases else []))
            for w in kv['common_word'].split(','):
                if w not in own:
                    errors.append(f'{where}: common_word {w!r} is not a name or alias of the entry')
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


def check_roles(path, errors):
    count = 0
    seen = set()
    for n, line in data_lines(path):
        count += 1
        where = f'roles.tsv:{n}'
        c = line.split('\t')
        if len(c) != 5 or not c[0].strip():
            errors.append(f'{where}: expected 5 columns')
            continue
        if c[3] not in ('suffix', 'exact'):
            errors.append(f'{where}: match must be suffix or exact')
        for t in c[4].split('|'):
            if t not in ENTITY_TYPES:
                errors.append(f'{where}: unknown entity type {t!r}')
        if c[0] in seen:
            errors.append(f'{where}: duplicate role {c[0]}')
        seen.add(c[0])
    return count


def report_shared(forms_by_file):
    """Warnings: a surface form shared by several entries of one file, or by entries of several files."""
    for fname, forms in forms_by_file.items():
        shared = {f: ids for f, ids in forms.items() if len(set(ids)) > 1}
        if shared:
            top = sorted(shared.items(), key=lambda kv: (-len(set(kv[1])), kv[0]))[:5]
            print(f'WARNING {fname}: {len(shared)} surface forms shared by several entries '
                  f'(e.g. {", ".join(f"{f} x{len(set(i))}" for f, i in top)})')
    owners = {}
    for fname, forms in forms_by_file.items():
        for f in forms:
            owners.setdefault(f, set()).add(fname)
    cross = sorted(f for f, fs in owners.items() if len(fs) > 1)
    if cross:
        print(f'WARNING: {len(cross)} surface forms occur in several files (e.g. {", ".join(cross[:12])})')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    gdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)
    errors = []
    all_ids = set()
    forms_by_file = {}
    for fname, prefix in ENTITY_FILES.items():
        path = os.path.join(gdir, fname)
        if not os.path.exists(path):
            errors.append(f'{fname}: missing')
            continue
        forms = forms_by_file.setdefault(fname, {})
        print(f'{fname}: {check_entities(path, prefix, errors, all_ids, forms)} rows')
    path = os.path.join(gdir, 'given-names.tsv')
    if os.path.exists(path):
        print(f'given-names.tsv: {check_given_names(path, errors)} rows')
    else:
        errors.append('given-names.tsv: missing')
    path = os.path.join(gdir, 'roles.tsv')
    if os.path.exists(path):
        print(f'roles.tsv: {check_roles(path, errors)} rows')
    report_shared(forms_by_file)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} error(s)')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
