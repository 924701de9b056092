#!/usr/bin/env python3
"""Build the govgraph gazetteer TSV files (v1) from the shared source data.

Usage (from the repository root):
    python3 gazetteer/build/build_gazetteer.py --data ../shared/data --out gazetteer

Reads source data (see gazetteer/README.md for origins and licences) plus the
hand-curated TSVs in gazetteer/build/curated/ and writes deterministic, sorted TSVs.
Python 3 standard library only.

Merge rule for curated rows (same 5-column format as the output):
  * id not produced from the data  -> the row is added as is;
  * id already produced            -> name replaces the canonical name (the old name
    becomes an alias), aliases are appended, adjectives REPLACE the computed ones
    (an empty column means "no adjective"), keys are merged (curated value wins).
"""
import argparse
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CURATED = os.path.join(HERE, 'curated')


# ----------------------------------------------------------------------------- helpers

def slug(s):
    s = s.lower()
    for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('ß', 'ss')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode('ascii')
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')


def clean(v):
    v = (v or '').replace('\t', ' ').replace('|', '/').replace(';', ',')
    return re.sub(r'\s+', ' ', v).strip()


class Entry:
    def __init__(self, id_, name, aliases=(), adjectives=(), keys=()):
        self.id = id_
        self.name = clean(name)
        self.aliases = []
        self.adjectives = []
        self.keys = []  # list of [k, v]
        self.add_aliases(aliases)
        self.adjectives = dedup([clean(a) for a in adjectives if clean(a)])
        for k, v in keys:
            self.set_key(k, v)

    def add_aliases(self, aliases):
        for a in aliases:
            a = clean(a)
            if a and a != self.name and a not in self.aliases:
                self.aliases.append(a)

    def set_key(self, k, v):
        v = clean(str(v))
        if v == '':
            return
        for kv in self.keys:
            if kv[0] == k:
                kv[1] = v
                return
        self.keys.append([k, v])

    def line(self):
        cols = [self.id, self.name, '|'.join(self.aliases), '|'.join(self.adjectives),
                ';'.join(f'{k}={v}' for k, v in self.keys)]
        while len(cols) > 2 and cols[-1] == '':
            cols.pop()
        return '\t'.join(cols)


def dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def split(v, sep):
    return [x.strip() for x in (v or '').split(sep) if x.strip()]


def read_curated(fname):
    rows = []
    path = os.path.join(CURATED, fname)
    if not os.path.exists(path):
        return rows
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t') + [''] * 5
            rows.append(cols[:5])
    return rows


def merge_curated(entries, fname):
    """entries: dict id -> Entry. Applies the curated rows of fname (see module doc)."""
    for id_, name, aliases, adjectives, keys in read_curated(fname):
        keyvals = [kv.split('=', 1) for kv in split(keys, ';')]
        if id_ in entries:
            e = entries[id_]
            if name and name != e.name:
                old = e.name
                e.name = clean(name)
                if old in e.aliases:
                    e.aliases.remove(old)
                e.aliases = [a for a in e.aliases if a != e.name]
                if not getattr(e, 'drop_old_name', False):
                    e.add_aliases([old])
            e.add_aliases(split(aliases, '|'))
            e.adjectives = dedup(split(adjectives, '|'))
            for k, v in keyvals:
                e.set_key(k, v)
        else:
            entries[id_] = Entry(id_, name, split(aliases, '|'), split(adjectives, '|'), keyvals)
    return entries


def write_tsv(out_dir, fname, entries, header):
    path = os.path.join(out_dir, fname)
    lines = sorted(e.line() for e in entries.values())
    # sort by id (the first column); ids are unique so this is stable
    lines.sort(key=lambda l: l.split('\t', 1)[0])
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# id\tname\taliases\tadjectives\tkeys\n')
        f.write('# ' + header + '\n')
        for l in lines:
            f.write(l + '\n')
    print(f'{fname}: {len(lines)} rows')


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return [{(k or '').strip(): (v or '').strip() for k, v in r.items()} for r in csv.DictReader(f)]


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


# official suffixes of GV100AD municipality names ("Kiel, Landeshauptstadt")
def strip_suffix(name):
    return name.split(',', 1)[0].strip()


# ----------------------------------------------------------------------------- states

def build_states(data, out):
    laender = read_csv(os.path.join(data, 'gv100ad/laender.csv'))
    iso = {r['name']: r['code'] for r in read_tsv(os.path.join(data, 'pycountry_de/iso3166-2_DE.tsv'))}
    tbl = {r['BL_Schluessel']: r for r in read_csv(os.path.join(
        data, 'public_bodies/government_helper_tables/tbl_Bundeslaender.csv'))}
    entries = {}
    for r in laender:
        code = r['land_code']
        name = r['name']
        e = Entry(f'state:{code}', name)
        e.set_key('ags', code)
        e.set_key('iso', iso[name])
        e.set_key('abbr', tbl[code]['BL_Kuerzel'])
        assert iso[name] == 'DE-' + tbl[code]['BL_Kuerzel'], name
        e.set_key('seat', strip_suffix(r['seat']))
        entries[e.id] = e
    merge_curated(entries, 'states.tsv')
    write_tsv(out, 'states.tsv', entries,
              'source: Destatis GV100AD 30.11.2023 (dl-de/by-2-0), ISO 3166-2 via pycountry, '
              'government-helper-tables (dl-de/zero-2-0); aliases/adjectives hand-curated')
    return entries


# ----------------------------------------------------------------------------- municipalities

MUNICIPALITY_MIN_POP = 50000


def regular_adjective(name):
    """Regular 'Name+er' place adjective, or None when the rule is not safe."""
    if re.search(r'[ ()/]', name):
        return None
    last = name.split('-')[-1]
    if last.endswith('ingen'):
        return name[:-1] + 'r'          # Göttingen -> Göttinger
    if last.endswith('stadt'):
        return None                     # Darmstadt -> Darmstädter (curated)
    if last.endswith('au'):
        return name + 'er'              # Hanau -> Hanauer
    if re.search(r'(en|er|[aeiouyäöü])$', last):
        return None                     # Essen/Bremen/Münster/Jena ... curated
    return name + 'er'


def build_municipalities(data, out):
    rows = read_csv(os.path.join(data, 'gv100ad/gemeinden.csv'))
    entries = {}
    for r in rows:
        if not r['population'] or int(r['population']) < MUNICIPALITY_MIN_POP:
            continue
        official = r['name']
        name = strip_suffix(official)
        e = Entry(f"municipality:{r['ags']}", name)
        if official != name:
            pass  # official form with suffix ("Kiel, Landeshauptstadt") is not a surface form
        adj = regular_adjective(name)
        if adj:
            e.adjectives = [adj]
        e.set_key('ags', r['ags'])
        e.set_key('ars', r['ars'])
        e.set_key('state', r['land_code'])
        e.set_key('district', r['kreis_code'])
        e.set_key('population', int(r['population']))
        e.set_key('type', slug(r['type']))
        entries[e.id] = e
    merge_curated(entries, 'municipalities.tsv')
    write_tsv(out, 'municipalities.tsv', entries,
              f'source: Destatis GV100AD 30.11.2023 (dl-de/by-2-0), municipalities with population >= '
              f'{MUNICIPALITY_MIN_POP}; short forms and irregular adjectives hand-curated')
    return entries


# ----------------------------------------------------------------------------- districts

BAVARIAN_ABBR = [  # official abbreviated forms in GV100AD -> written-out forms used in articles
    (r'\bi\.d\.OPf\.', 'in der Oberpfalz'),
    (r'\ba\.d\.', 'an der '),
    (r'\bi\.d\.', 'in der '),
    (r'\ba\.(?=\w)', 'am '),
    (r'\bi\.(?=\w)', 'im '),
]


def expand_abbr(name):
    out = name
    for pat, rep in BAVARIAN_ABBR:
        out = re.sub(pat, rep, out)
    return re.sub(r'\s+', ' ', out).strip()


def build_districts(data, out):
    rows = read_csv(os.path.join(data, 'gv100ad/kreise.csv'))
    entries = {}
    for r in rows:
        tc = r['type_code']
        if tc not in ('43', '44', '45'):
            continue
        official = r['name']
        base = expand_abbr(official)
        aliases = []  # never the bare place name: bare "Leipzig" is the city
        has_kind = re.search(r'(kreis|Kreis|^Region |^Städteregion |^Regionalverband )', base)
        if has_kind:
            name = base
            if base.startswith('Städteregion '):
                aliases.append('StädteRegion ' + base[len('Städteregion '):])
            if base.startswith('Landkreis '):
                rest = base[len('Landkreis '):]
                aliases += ['Landratsamt ' + rest, 'Kreisverwaltung ' + rest]
        else:
            kind = 'Kreis' if tc == '43' else 'Landkreis'
            name = f'{kind} {base}'
            short = re.sub(r'\s*\(.*?\)', '', base).strip()
            forms = dedup([base, short])
            for f in forms:
                aliases += [f'Landkreis {f}', f'Kreis {f}', f'Kreisverwaltung {f}']
                if tc == '44':
                    aliases.append(f'Landratsamt {f}')
            if base != official:
                aliases += [f'Landkreis {official}']
        e = Entry(f"district:{r['kreis_code_ags5']}", name, aliases)
        e.set_key('ags', r['kreis_code_ags5'])
        e.set_key('ars', r['ars12'])
        e.set_key('state', r['land_code'])
        seat = r['seat']
        seat = 'Lüchow (Wendland)' if seat == 'Lüchow, Wendland' else strip_suffix(seat)
        e.set_key('seat', seat)
        e.set_key('type', slug(r['type']))
        entries[e.id] = e
    merge_curated(entries, 'districts.tsv')
    write_tsv(out, 'districts.tsv', entries,
              'source: Destatis GV100AD 30.11.2023 (dl-de/by-2-0), Kreise/Landkreise/Regionalverband '
              '(type 43/44/45); canonical "Landkreis X"/"Kreis X" and alias patterns generated')
    return entries


# ----------------------------------------------------------------------------- countries

# AA list short forms that are inverted ("Korea, Republik") or not the form news use.
# Value: (short name to use, long forms to use instead of the AA long form or None to keep it)
COUNTRY_RENAMES = {
    'Bolivien, Plurinationaler Staat': ('Bolivien', None),
    'Iran, Islamische Republik': ('Iran', None),
    'Kongo, Demokratische Republik': ('Demokratische Republik Kongo', None),
    'Korea, Demokratische Volksrepublik': ('Nordkorea', None),
    'Korea, Republik': ('Südkorea', None),
    'Laos, Demokratische Volksrepublik': ('Laos', None),
    'Mazedonien, ehemalige jugoslawische Republik': ('Nordmazedonien', ['Republik Nordmazedonien']),
    'Mikronesien, Föderierte Staaten von': ('Mikronesien', None),
    'Moldau, Republik': ('Moldau', None),
    'Syrien, Arabische Republik': ('Syrien', None),
    'Tansania, Vereinigte Republik': ('Tansania', None),
    'Venezuela, Bolivarische Republik': ('Venezuela', None),
    'Russische Föderation': ('Russland', None),
    # superseded AA name: merged into Belarus as an alias (curated)
    'Weißrussland': (None, None),
}


def build_countries(data, out):
    with open(os.path.join(data, 'ler_gazetteers/laendernamen.list'), encoding='utf-8') as f:
        lines = [l.strip() for l in f if l.strip()]
    if len(lines) % 2:
        sys.exit('laendernamen.list: odd number of lines, cannot pair short/long forms')
    entries = {}
    for short, long_ in zip(lines[0::2], lines[1::2]):
        longs = [long_]
        if short in COUNTRY_RENAMES:
            new, new_longs = COUNTRY_RENAMES[short]
            if new is None:
                continue
            short = new
            if new_longs is not None:
                longs = new_longs
        e = Entry('country:' + slug(short), short, longs)
        entries[e.id] = e
    merge_curated(entries, 'countries.tsv')
    write_tsv(out, 'countries.tsv', entries,
              'source: Auswärtiges Amt "Verzeichnis der Staatennamen" via LER gazetteers (§ 5 UrhG); '
              'short/long forms paired; renames and common short forms hand-curated')
    return entries


# ----------------------------------------------------------------------------- organizations

def build_organizations(data, out):
    entries = {}
    merge_curated(entries, 'organizations.tsv')
    current_names = {e.name for e in entries.values()}
    current_aliases = {a for e in entries.values() for a in e.aliases}
    ministries = read_csv(os.path.join(
        data, 'public_bodies/government_helper_tables/tbl_Bundesministerien_2021-2025.csv'))
    for r in ministries:
        name = r['Name_DE']
        abbr = r['Abkürzung']
        id_ = 'organization:' + slug(name)
        if name in current_names:
            e = entries[id_]
            e.add_aliases([abbr])
            e.set_key('einzelplan', r['HH-Plan'])
            continue
        # ministry of the 2021-2025 cabinet that no longer exists under this name
        aliases = [] if abbr in current_aliases else [abbr]
        e = Entry(id_, name, aliases)
        e.set_key('category', 'ministry')
        e.set_key('level', 'federal')
        e.set_key('einzelplan', r['HH-Plan'])
        e.set_key('until', '2025')
        entries[id_] = e
    write_tsv(out, 'organizations.tsv', entries,
              'source: hand-curated (public knowledge) + federal ministries 2021-2025 from '
              'government-helper-tables (dl-de/zero-2-0); until=2025 marks names of the 2021-2025 cabinet')
    return entries


# ----------------------------------------------------------------------------- laws

# jurabk in laws_metadata.tsv -> id slug (v1: e-government-relevant federal norms only)
FEDERAL_LAWS = {
    'OZG': 'ozg', 'EGovG': 'egovg', 'BDSG 2018': 'bdsg', 'IFG': 'ifg', 'VwVfG': 'vwvfg',
    'BSIG 2009': 'bsig', 'PAuswG': 'pauswg', 'RegMoG': 'regmog', 'IDNrG': 'idnrg', 'GG': 'gg',
    'BGB': 'bgb', 'VDG': 'vdg', 'DDG': 'ddg', 'TTDSG': 'tdddg', 'TKG 2021': 'tkg',
    'BMG': 'bmg', 'PStG': 'pstg', 'AufenthG 2004': 'aufenthg', 'VwGO': 'vwgo', 'VwVG': 'vwvg',
    'BHO': 'bho', 'HGrG': 'hgrg', 'BeamtStG': 'beamtstg', 'BBG 2009': 'bbg', 'AO 1977': 'ao',
    'EStG': 'estg', 'UStG 1980': 'ustg', 'StGB': 'stgb', 'StPO': 'stpo', 'ZPO': 'zpo',
    'HGB': 'hgb', 'GWB': 'gwb', 'BWahlG': 'bwahlg', 'WoGG': 'wogg', 'BAföG': 'bafoeg',
    'KrWG': 'krwg', 'GEG': 'geg', 'BImSchG': 'bimschg', 'StVG': 'stvg', 'BBauG': 'baugb',
    'SGB 1': 'sgb-i', 'SGB 2': 'sgb-ii', 'SGB 3': 'sgb-iii', 'SGB 4': 'sgb-iv', 'SGB 5': 'sgb-v',
    'SGB 6': 'sgb-vi', 'SGB 7': 'sgb-vii', 'SGB 8': 'sgb-viii', 'SGB 9 2018': 'sgb-ix',
    'SGB 10': 'sgb-x', 'SGB 11': 'sgb-xi', 'SGB 12': 'sgb-xii', 'SGB 14': 'sgb-xiv',
}
# abbreviations that must not become aliases (clash with organizations or ordinary words)
LAW_ALIAS_BLOCK = {'BMG'}


def build_laws(data, out):
    rows = read_tsv(os.path.join(data, 'bundesrecht/laws_metadata.tsv'))
    by_jurabk = {r['jurabk']: r for r in rows}
    entries = {}
    for jurabk, sl in sorted(FEDERAL_LAWS.items()):
        r = by_jurabk.get(jurabk)
        if r is None:
            print(f'  note: jurabk {jurabk!r} not in laws_metadata.tsv, skipped', file=sys.stderr)
            continue
        kurz = r['kurzue']
        lang = r['langue']
        name = kurz or lang
        aliases = []
        abbr = r['amtabk'] or re.sub(r' (19|20)\d\d$', '', jurabk)
        for a in dedup([abbr, re.sub(r' (19|20)\d\d$', '', jurabk)]):
            if a not in LAW_ALIAS_BLOCK and not a.startswith('SGB'):
                aliases.append(a)
        if kurz and lang and len(lang) <= 160 and not jurabk.startswith('SGB'):
            aliases.append(lang)
        e = Entry('law:' + sl, name, aliases)
        # SGB long titles are editorial ("Sozialgesetzbuch (SGB) Zweites Buch (II) - ... (Artikel 1 ...)"):
        # the curated name replaces them and they are not kept as an alias
        e.drop_old_name = jurabk.startswith('SGB')
        e.set_key('jurabk', abbr)
        e.set_key('level', 'federal')
        e.set_key('gii', r['gii_slug'])
        e.set_key('date', r['ausfertigung_datum'])
        entries[e.id] = e
    merge_curated(entries, 'laws.tsv')
    write_tsv(out, 'laws.tsv', entries,
              'source: gesetze-im-internet.de metadata 2025-03 via bundesrecht-scraper (§ 5 UrhG), curated '
              'selection of jurabk; EU/state/amendment acts and SGB names hand-curated')
    return entries


# ----------------------------------------------------------------------------- given names

# Names that are ordinary German words, months, plants, places or (far more often) surnames
# when capitalised; excluded to avoid false person hits.
GIVEN_NAME_BLOCKLIST = {
    # ordinary words / months / plants
    'Mark', 'Rose', 'Linde', 'Heide', 'Birke', 'Fee', 'Flora', 'Anemone', 'Dahlia', 'Clivia',
    'Malve', 'Lenz', 'Wolf', 'Helm', 'Holm', 'Lore', 'Fine', 'Meta', 'Beat', 'Just', 'Tell',
    'Fried', 'Urban', 'August', 'Baptist', 'Herold', 'Holle', 'German', 'Haug',
    # places
    'Hagen', 'Florenz', 'Friedberg', 'Friedeburg',
    # mostly surnames
    'Hartmann', 'Herrmann', 'Erdmann', 'Gerlach', 'Eckert', 'Siegert', 'Wiegand', 'Seibold',
    'Ruppert', 'Engelbrecht', 'Hildebrand', 'Leuthold', 'Vollrath', 'Tillmann', 'Dietz',
}
GENDER = {'M': 'm', '?M': 'm', 'F': 'f', '1F': 'f', '1M': 'm', '?F': 'f', '?': 'u'}


def build_given_names(data, out):
    rows = read_tsv(os.path.join(data, 'names_gender_guesser/german_first_names.tsv'))
    names = {}
    for r in rows:
        n = r['name'].strip()
        if int(r['freq_de'] or 0) <= 0 or len(n) <= 2 or n in GIVEN_NAME_BLOCKLIST:
            continue
        g = GENDER.get(r['gender_code'].strip(), 'u')
        if n in names and names[n] != g:
            g = 'u'
        names[n] = g
    path = os.path.join(out, 'given-names.tsv')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# name\tgender (m/f/u)\n')
        f.write('# source: gender-guesser 0.4.0 nam_dict.txt (Jörg Michael, GFDL 1.2+), names with a German '
                'frequency > 0; blocklist of words/places/surnames in build_gazetteer.py\n')
        for n in sorted(names):
            f.write(f'{n}\t{names[n]}\n')
    print(f'given-names.tsv: {len(names)} rows')


# ----------------------------------------------------------------------------- main

def main():
    repo_root = os.path.dirname(os.path.dirname(HERE))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', default=os.path.join(repo_root, '..', 'shared', 'data'))
    ap.add_argument('--out', default=os.path.join(repo_root, 'gazetteer'))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    build_states(args.data, args.out)
    build_municipalities(args.data, args.out)
    build_districts(args.data, args.out)
    build_countries(args.data, args.out)
    build_organizations(args.data, args.out)
    build_laws(args.data, args.out)
    build_given_names(args.data, args.out)


if __name__ == '__main__':
    main()
