#!/usr/bin/env python3
"""Build the govgraph gazetteer TSV files (v2) from the shared source data.

Usage (from the repository root):
    python3 gazetteer/build/build_gazetteer.py --data ../shared/data --out gazetteer

Reads source data (see gazetteer/README.md for origins and licences) plus the
hand-curated inputs in gazetteer/build/curated/ and writes deterministic, sorted TSVs.
Python 3 standard library only.

Merge rule for curated rows (same 5-column format as the output):
  * id not produced from the data  -> the row is added as is;
  * id already produced            -> name replaces the canonical name (the old name
    becomes an alias), aliases are appended, adjectives REPLACE the computed ones
    (an empty column means "no adjective"), keys are merged (curated value wins).

The Debian word list /usr/share/dict/ngerman (package wngerman) decides which surface
forms are ordinary words (key common_word=, law-alias filter). When it is present the
derived per-place result is written to curated/common-word-places.txt; when it is absent
that committed file is read back instead (with a warning), so the output stays the same.
"""
import argparse
import bisect
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CURATED = os.path.join(HERE, 'curated')
WORDLIST = '/usr/share/dict/ngerman'
COMMON_WORD_FILE = os.path.join(CURATED, 'common-word-places.txt')
WORD_HITS_FILE = os.path.join(CURATED, 'ngerman-hits.txt')


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

    def rename(self, new, keep_old=True):
        new = clean(new)
        if new == self.name:
            return
        old = self.name
        self.name = new
        self.aliases = [a for a in self.aliases if a != new]
        if keep_old:
            self.add_aliases([old])

    def key(self, k):
        for kv in self.keys:
            if kv[0] == k:
                return kv[1]
        return None

    def set_key(self, k, v):
        v = clean(str(v))
        if v == '':
            return
        for kv in self.keys:
            if kv[0] == k:
                kv[1] = v
                return
        self.keys.append([k, v])

    def forms(self):
        return [self.name] + self.aliases

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
    """entries: dict id -> Entry. Applies the curated rows of fname (see module doc).
    Returns the set of ids whose name came from the curated file."""
    named = set()
    for id_, name, aliases, adjectives, keys in read_curated(fname):
        keyvals = [kv.split('=', 1) for kv in split(keys, ';')]
        if id_ in entries:
            e = entries[id_]
            if name:
                e.rename(name, keep_old=not getattr(e, 'drop_old_name', False))
                named.add(id_)
            e.add_aliases(split(aliases, '|'))
            e.adjectives = dedup(split(adjectives, '|'))
            for k, v in keyvals:
                e.set_key(k, v)
        else:
            entries[id_] = Entry(id_, name, split(aliases, '|'), split(adjectives, '|'), keyvals)
            named.add(id_)
    return named


def write_tsv(out_dir, fname, entries, header):
    path = os.path.join(out_dir, fname)
    lines = [e.line() for e in entries.values()]
    lines.sort(key=lambda l: l.split('\t', 1)[0])  # ids are unique
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


# ----------------------------------------------------------------------------- word list

class Words:
    """Membership test against the Debian ngerman list (GPL; only yes/no flags are derived)."""

    def __init__(self, path=WORDLIST):
        self.present = os.path.exists(path)
        self.words = set()
        self.hits = set()    # positive answers of this run (written to WORD_HITS_FILE)
        self.sorted_words = None
        if self.present:
            with open(path, encoding='utf-8', errors='replace') as f:
                self.words = {l.strip() for l in f if l.strip()}
        else:
            print(f'WARNING: {path} not found (install package wngerman); word tests are answered from '
                  f'{os.path.relpath(WORD_HITS_FILE)} and {os.path.relpath(COMMON_WORD_FILE)}', file=sys.stderr)
            if os.path.exists(WORD_HITS_FILE):
                with open(WORD_HITS_FILE, encoding='utf-8') as f:
                    self.hits = {tuple(l.rstrip('\n').split('\t', 1)) for l in f if not l.startswith('#') and '\t' in l}

    def lower_listed(self, form):
        """The lower-cased form is in the list (used for given names)."""
        if not self.present:
            return ('lower', form) in self.hits
        r = form.lower() in self.words
        if r:
            self.hits.add(('lower', form))
        return r

    def heads_compounds(self, form):
        """The form is listed and begins three or more listed compounds whose rest is a listed
        noun (Wasser: Wasserball, Wasserturm …; Form: Formblatt …), or it is an -er noun with a
        listed feminine form: a common noun, even though the list also carries surnames (Merkel,
        Schröder) without either."""
        if not self.present:
            return ('compounds', form) in self.hits
        if form not in self.words:
            return False
        if self.sorted_words is None:
            self.sorted_words = sorted(self.words)
        ws = self.sorted_words
        i = bisect.bisect_right(ws, form)
        count = 0
        while i < len(ws) and ws[i].startswith(form) and count < 3:
            rest = ws[i][len(form):]
            if len(rest) >= 3 and rest[0].islower():
                head = rest[0].upper() + rest[1:]
                linked = rest[1].upper() + rest[2:] if rest[0] == 's' and len(rest) > 3 else None
                if head in self.words or (linked and linked in self.words):
                    count += 1
            i += 1
        # an agent noun with a listed feminine form (Spieler/Spielerin, Leiter/Leiterin)
        r = count >= 3 or (form.endswith('er') and form + 'in' in self.words)
        if r:
            self.hits.add(('compounds', form))
        return r

    def write_hits(self):
        if not self.present:
            return
        with open(WORD_HITS_FILE, 'w', encoding='utf-8', newline='\n') as f:
            f.write('# test<TAB>form: surface forms that the build found to be ordinary words in Debian wngerman\n')
            f.write('# (/usr/share/dict/ngerman, GPL; only these yes answers are derived). Generated; read back when\n')
            f.write('# ngerman is absent so that the build gives the same output.\n')
            for kind, form in sorted(self.hits):
                f.write(f'{kind}\t{form}\n')

    def looks_like_noun(self, w):
        """The list also holds proper names (Bonn, Trier, Celle, Ulm, Achim) with only -s/-er forms.
        A capitalised entry counts as an ordinary noun when the list also has a strong genitive
        (Hof/Hofes, Berg/Berges, Wald/Waldes), an -en/-n plural that is not the plural of a longer
        noun (Mark/Marken, Burg/Burgen, Lage/Lagen; not Ulm/Ulmen <- Ulme), or when it is itself
        the plural of a listed noun (Borken <- Borke, Kirchen <- Kirche, Datteln <- Dattel)."""
        ws = self.words
        if w + 'es' in ws:
            return True
        plurals = [] if w.endswith('er') else [w + 'en'] if not w.endswith(('e', 'el')) else [w + 'n']
        if any(p in ws for p in plurals) and w + 'e' not in ws:
            return True
        if w.endswith('n') and w[:-1] in ws and w[:-1].endswith(('e', 'el', 'er')):
            return True
        return False

    def is_noun_like(self, form):
        """The form is listed capitalised and behaves like a common noun (see looks_like_noun)."""
        if not self.present:
            return ('noun', form) in self.hits
        r = form in self.words and form[:1].isupper() and form[1:] == form[1:].lower() and self.looks_like_noun(form)
        if r:
            self.hits.add(('noun', form))
        return r

    def is_word(self, form):
        if not self.present:
            return ('word', form) in self.hits
        r = self._is_word(form)
        if r:
            self.hits.add(('word', form))
        return r

    def _is_word(self, form):
        """An ordinary German word: the lower-cased form is listed (essen, senden, rot), or the
        form is listed and looks like a common noun. All-caps acronyms in the list do not count."""
        if ' ' in form or len(form) < 2:
            return False
        low = form.lower()
        if low != form and low in self.words:
            return True
        if form == low and form in self.words:
            return True
        if form in self.words and form[0].isupper() and form[1:] == form[1:].lower():
            return self.looks_like_noun(form)
        return False


# Place names that are ordinary nouns but missing from ngerman (or only listed as proper nouns);
# hand-curated.
CURATED_COMMON_WORDS = {
    # ordinary words
    'Essen', 'Halle', 'Hof', 'Weil', 'Au', 'Elend', 'Wald', 'Berg', 'Linden', 'Lage', 'Senden',
    'Kirchen', 'Wetter', 'Leer', 'Gerade', 'Bergen', 'Werne', 'Rain', 'Hausen', 'Brake', 'Moos',
    'Buchen', 'Eichen', 'Ried', 'Mühlen', 'Weiden', 'Bühl', 'Stein', 'Zell', 'Lauf', 'Forst',
    'Aue', 'Teich', 'Heide', 'Haar', 'Marsch', 'Ohne', 'Grund', 'Tal', 'Feld', 'Horst', 'Hütten',
    'Garten', 'Mark', 'Münster', 'Kappel', 'Laufen', 'Ebene', 'Roden', 'Waren', 'Boden',
    'Fahren', 'Lohne', 'Heiden', 'Brunnen', 'Wolken', 'Welt',
    'Wiesen', 'Bruch', 'Zeil', 'Winden', 'Sinn',
    'Freiheit', 'Kalk', 'Tanne', 'Erden', 'Sand', 'Schwaben', 'Wolfen', 'Kamen',
    'Friedland', 'Hille', 'Rade', 
    'Nord', 'Ost', 'West', 'Süd', 'Norden', 'Osten', 'Westen', 'Süden', 'Ende', 'Sonne', 'Stern',
}
# Very common surnames and given names that are also municipality names; hand-curated. Like the
# words above they need place context, but not for cities of 100,000 inhabitants or more, where
# the place is what a capitalised mention almost always means.
CURATED_COMMON_NAMES = {
    'Hagen', 'Roth', 'Horn', 'Brandt', 'Lange', 'Krause', 'Kaiser', 'Hahn', 'Vogt', 'Haas', 'Frank',
    'Ludwig', 'Simon', 'Wolf', 'Busch', 'Graf', 'Berger', 'Lorenz', 'Winkler', 'Albrecht',
    'Engel', 'Jung', 'Otto', 'Paul', 'Werner', 'Seidel', 'Ernst', 'Herrmann', 'Marx', 
    'Emmerich', 'Achim', 'August', 'Stephan', 'Mayen', 'Heinrich', 'Anna', 'Eberhard', 'Konrad',
    'Gerhard', 'Moritz', 'Uwe', 'Lutz', 'Ulrich', 'Martin', 'Georg', 'Bernd', 'Bernhard',
    'Hermann', 'Petersberg', 'Kühn', 'Fuchs', 'Schubert', 'Hartmann', 'Thomas', 'Arnold',
    'Dietrich', 'Böhm', 'Sommer', 'Winter', 'Vogel', 'Kraus', 'Lang', 'Weiß', 'Roland', 'Anger',
    'Rothe', 'Weinberg', 'Rosenberg', 'Goldberg', 'Strauß', 'Scheer', 'Barth', 'Kolb', 'Raab', 'Hamm',
}
# A name that, after a municipality has been chosen, is still not to be marked
NEVER_COMMON = set()


def load_common_word_table(words):
    """Return {ags: [(class, form)]} from the committed file (used when ngerman is absent)."""
    table = {}
    if not os.path.exists(COMMON_WORD_FILE):
        return table
    with open(COMMON_WORD_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            ags, cls, forms = (line.split('\t') + ['', ''])[:3]
            table.setdefault(ags, []).extend((cls, form) for form in split(forms, ','))
    return table


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

def regular_adjective(name):
    """Regular 'Name+er' place adjective, or None when the rule is not safe."""
    if re.search(r'[ ()/.]', name):
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


# GV100AD abbreviations -> written-out forms (applied in this order). Only expansions that are
# certain: "a." is "am" before every name that occurs after it, except the listed "auf dem".
ABBREVIATIONS = [
    (r'\bi\.\s?d\.\s?OPf\.', 'in der Oberpfalz'),
    (r'\bi\.\s?d\.\s?O\.L\.', 'in der Oberlausitz'),
    (r'\bi\.OB\b', 'in Oberbayern'),
    (r'\bi\.NB\b', 'in Niederbayern'),
    (r'\bi\.OFr\.', 'in Oberfranken'),
    (r'\bi\.UFr\.', 'in Unterfranken'),
    (r'\bi\.Schw\.', 'in Schwaben'),
    (r'\bi\.Bay\.', 'in Bayern'),
    (r'\bi\.\s?Odw\.', 'im Odenwald'),
    (r'\bb\.Hl\.Blut\b', 'beim Heiligen Blut'),
    (r'\ba\.\s?Darß\b', 'auf dem Darß'),
    (r'\ba\.\s?d\.\s?Eigen\b', 'auf dem Eigen'),
    (r'\bv\.\s?d\.\s?Hainich\b', 'vor dem Hainich'),
    (r'\br\.\s?d\.\s?', 'rechts der '),
    (r'\ba\.\s?d\.\s?', 'an der '),
    (r'\bi\.\s?d\.\s?', 'in der '),
    (r'\bv\.\s?d\.\s?', 'vor der '),
    (r'\ba\.\s?(?=\w)', 'am '),
    (r'\bi\.\s?(?=\w)', 'im '),
    (r'\bb\.\s?(?=\w)', 'bei '),
    (r'\bu\.\s', 'und '),
    (r'Forstgutsbez\.', 'Forstgutsbezirk'),
    (r'\beinschl\.\s?', 'einschließlich '),
]

# short written forms of the prepositional qualifiers (alias generation)
SHORT_PREP = {'an der': 'a. d.', 'am': 'a.', 'im': 'i.', 'in der': 'i. d.', 'bei': 'b.', 'vor der': 'v. d.'}

QUALIFIER_RE = re.compile(
    r'^(?P<base>.+?)(?: \(| ?/|'
    r' (?P<prep>am|an der|an den|bei|beim|im|in der|in|ob der|ob|vor der|vor dem|vorm|auf dem|auf den|auf|'
    r'unter der|unter den|unter|rechts der) )(?P<rest>.+)$')

# "A/B" names that are double names, not "place/qualifier"
DOUBLE_NAMES = {'Petershagen/Eggersdorf', 'Elmenhorst/Lichtenhagen', 'Legde/Quitzöbel', 'Dietzenrode/Vatterode'}
# Kreise whose names carry Lower Sorbian forms after a plain "/"
SORBIAN_SLASH_KREISE = {'12052', '12061', '12066', '12071'}
# official suffixes that articles also put in front of the name ("Hansestadt Lübeck")
PREFIX_SUFFIXES = {'Hansestadt', 'Lutherstadt', 'Landeshauptstadt', 'Universitätsstadt', 'Ostseebad',
                   'Seebad', 'Nordseebad', 'Ostseeheilbad', 'Kurort', 'Bundesstadt', 'Freie und Hansestadt'}
GEMFR_TYPES = {'65', '66'}
# abbreviated qualifiers after "/" or in brackets, written out for an extra alias
QUALIFIER_ABBR = {'Westf.': 'Westfalen', 'Rhld.': 'Rheinland', 'Oldb': 'Oldenburg', 'Erzgeb.': 'Erzgebirge',
                  'Vogtl.': 'Vogtland', 'Sa.': 'Sachsen', 'O.L.': 'Oberlausitz', 'Thür.': 'Thüringen',
                  'Sächs. Schw.': 'Sächsische Schweiz', 'Thür. Wald': 'Thüringer Wald'}


def expand_abbr(name):
    out = name
    for pat, rep in ABBREVIATIONS:
        out = re.sub(pat, rep, out)
    return re.sub(r'\s+', ' ', out).strip()


def municipality_names(r):
    """(canonical, [aliases], base or None, suffixes) for one gemeinden.csv row."""
    official = r['name']
    parts = official.split(' / ')
    first = parts[0]
    suffixes = [s.strip() for s in first.split(',')[1:]] + \
               [s.strip() for p in parts[1:] for s in p.split(',')[1:]]
    german = strip_suffix(first)
    others = [strip_suffix(p) for p in parts[1:]]
    if not others and r['kreis_code'] in SORBIAN_SLASH_KREISE and '/' in german:
        german, sorb = german.split('/', 1)
        others = [sorb]
    german = re.sub(r'/\s+', '/', german)
    german = re.sub(r'\bSt\.(?=\w)', 'St. ', german)
    expanded = expand_abbr(german)
    aliases = []
    if expanded != german:
        aliases.append(german)
    aliases += others
    base = None
    if r['type_code'] not in GEMFR_TYPES and expanded not in DOUBLE_NAMES:
        m = QUALIFIER_RE.match(expanded)
        if m:
            base, prep, rest = m.group('base'), m.group('prep'), m.group('rest')
            if prep is None and expanded[len(base):].startswith(' ('):
                q = rest[:-1] if rest.endswith(')') else rest
                if q != base:
                    aliases.append(f'{base}/{q}')                  # Halle (Saale) -> Halle/Saale
                if q in QUALIFIER_ABBR:
                    aliases.append(f'{base} ({QUALIFIER_ABBR[q]})')  # Halle (Westf.) -> Halle (Westfalen)
            elif prep is None:
                aliases.append(f'{base} ({QUALIFIER_ABBR.get(rest, rest)})')  # Lauenburg/Elbe -> Lauenburg (Elbe)
            else:
                if prep in ('am', 'an der') and ' ' not in rest:
                    aliases.append(f'{base}/{rest}')               # Mülheim/Ruhr
                if prep in SHORT_PREP:
                    aliases.append(f'{base} {SHORT_PREP[prep]} {rest}')  # Mülheim a. d. Ruhr
    # Sankt <-> St.
    for f in [expanded] + list(aliases):
        if f.startswith('St. '):
            aliases.append('Sankt ' + f[4:])
        elif f.startswith('Sankt '):
            aliases.append('St. ' + f[6:])
    if base:
        aliases.append(base)
    for s in suffixes:
        if s in PREFIX_SUFFIXES:
            aliases.append(f'{s} {expanded}')
    if r['type_code'] in GEMFR_TYPES:
        expanded = expanded[:-1] + ', gemeindefreies Gebiet)' if expanded.endswith(')') \
            else f'{expanded} (gemeindefreies Gebiet)'
        aliases = [a for a in aliases if a in others]
    return expanded, dedup(aliases), base


def district_base_name(r):
    """Canonical district name for a kreise.csv row of type 43/44/45."""
    base = expand_abbr(r['name'])
    if re.search(r'(kreis|Kreis|^Region |^Städteregion |^Regionalverband )', base):
        return base
    return ('Kreis ' if r['type_code'] == '43' else 'Landkreis ') + base


def read_gemeinden(data):
    """gemeinden.csv with the keys re-read from the raw GV100AD records.

    The derived gemeinden.csv reads the 12-character key of a Satzart-60 record as
    Land/RB/Kreis/Verband/Gemeinde, but the record holds the 8-digit AGS first and the 4-digit
    Gemeindeverband after it (Albersdorf: "01051001" + "5175"). Its `ags` column is therefore
    wrong for every member of a Gemeindeverband (7,543 rows) and its `ars` column is AGS+Verband.
    Here: ags = key[0:8], ars = Kreis + Verband + Gemeinde, gemeindeverband = name of record 50."""
    rows = read_csv(os.path.join(data, 'gv100ad/gemeinden.csv'))
    with open(os.path.join(data, 'gv100ad/GV100AD_301123.txt'), encoding='utf-8') as f:
        raw = f.read().splitlines()
    verband = {l[10:15] + l[18:22]: l[22:72].strip() for l in raw if l.startswith('50')}
    recs = [l for l in raw if l.startswith('60')]
    if len(recs) != len(rows):
        sys.exit('GV100AD: record count differs from gemeinden.csv')
    for l, r in zip(recs, rows):
        if l[22:72].strip() != r['name']:
            sys.exit(f'GV100AD: record order differs at {r["name"]}')
        ags, vb = l[10:18], l[18:22]
        r['ags'], r['ars'] = ags, ags[:5] + vb + ags[5:]
        r['kreis_code'] = ags[:5]
        r['gemeindeverband'] = verband.get(ags[:5] + vb, '') if vb != '0000' else ''
    return rows


def build_municipalities(data, out, words):
    rows = read_gemeinden(data)
    kreise = {r['kreis_code_ags5']: r for r in read_csv(os.path.join(data, 'gv100ad/kreise.csv'))}
    entries = {}
    for r in rows:
        name, aliases, base = municipality_names(r)
        e = Entry(f"municipality:{r['ags']}", name, aliases)
        e.base = base
        e.row = r
        adj = regular_adjective(name)
        if adj:
            e.adjectives = [adj]
        e.set_key('ags', r['ags'])
        e.set_key('ars', r['ars'])
        e.set_key('state', r['land_code'])
        e.set_key('district', r['kreis_code'])
        if r['population']:
            e.set_key('population', int(r['population']))
        e.set_key('type', slug(r['type']))
        entries[e.id] = e
    curated_named = merge_curated(entries, 'municipalities.tsv')

    # canonical names must be unique: members of a group of equal names get the district
    # ("Hausen (Landkreis Würzburg)"), then the Gemeindeverband, then the AGS; a name set in the
    # curated file is kept
    def disambiguate(level):
        groups = {}
        for e in entries.values():
            groups.setdefault(e.name, []).append(e)
        changed = 0
        for name, group in sorted(groups.items()):
            if len(group) < 2:
                continue
            pops = sorted((int(g.key('population') or 0) for g in group), reverse=True)
            for e in sorted(group, key=lambda x: x.id):
                if e.id in curated_named and sum(1 for g in group if g.id in curated_named) == 1:
                    continue
                pop = int(e.key('population') or 0)
                if level == 0 and not any(g.id in curated_named for g in group) and \
                        pop == pops[0] and pop >= 20000 and pop >= 10 * pops[1]:
                    continue  # a city far larger than its namesakes keeps the plain name (Hof)
                r = e.row
                if level == 0:
                    k = kreise.get(r['kreis_code'])
                    if k and k['type_code'] in ('43', '44', '45'):
                        q = re.sub(r'\s*\(.*?\)', '', district_base_name(k)).strip()
                    else:
                        q = r['land']
                elif level == 1:
                    q = r.get('gemeindeverband') or r['ags']
                else:
                    q = r['ags']
                e.rename(f'{name} ({q})')
                changed += 1
        return changed

    for level in range(3):
        if not disambiguate(level):
            break

    # common_word: forms that are also ordinary nouns or common names (the extractor wants place
    # context for them everywhere); lower_word: forms whose lower-case spelling is a word (siegen,
    # erlangen, weil: the extractor wants place context only where a capital says nothing, at the
    # start of a sentence or in a headline in capitals).
    BIG_CITY = 100000
    if words.present:
        table = {}
        for e in entries.values():
            big = int(e.key('population') or 0) >= BIG_CITY
            classes = []
            for f in e.forms():
                if f in NEVER_COMMON:
                    continue
                if f in CURATED_COMMON_WORDS or (words.is_word(f) and words.is_noun_like(f)):
                    classes.append(('common_word', f))
                elif f in CURATED_COMMON_NAMES:
                    if not big:
                        classes.append(('common_word', f))
                elif words.is_word(f):
                    classes.append(('lower_word', f))
            if classes:
                table[e.key('ags')] = classes
        with open(COMMON_WORD_FILE, 'w', encoding='utf-8', newline='\n') as f:
            f.write('# ags<TAB>class<TAB>forms (comma-separated) of municipalities whose name or aliases are also ordinary\n')
            f.write('# German words (Debian wngerman /usr/share/dict/ngerman, GPL; only this yes/no flag is derived)\n')
            f.write('# or in CURATED_COMMON_WORDS / CURATED_COMMON_NAMES of build_gazetteer.py. Generated; read back when\n')
            f.write('# ngerman is absent. class common_word: a noun or a common name; lower_word: a word in lower case.\n')
            for ags in sorted(table):
                for cls in ('common_word', 'lower_word'):
                    forms = [form for c, form in table[ags] if c == cls]
                    if forms:
                        f.write(f'{ags}\t{cls}\t{",".join(forms)}\n')
    else:
        table = load_common_word_table(words)
    for e in entries.values():
        for cls in ('common_word', 'lower_word'):
            forms = [form for c, form in table.get(e.key('ags'), []) if c == cls and form in e.forms()]
            if forms:
                e.set_key(cls, ','.join(forms))

    write_tsv(out, 'municipalities.tsv', entries,
              'source: Destatis GV100AD 30.11.2023 (dl-de/by-2-0), all 10,981 Gemeinden and gemeindefreie Gebiete; '
              'common_word from Debian wngerman (GPL) + curated list; short forms and irregular adjectives hand-curated')
    return entries


# ----------------------------------------------------------------------------- districts

def build_districts(data, out, municipalities):
    rows = read_csv(os.path.join(data, 'gv100ad/kreise.csv'))
    by_kreis = {}
    for e in municipalities.values():
        by_kreis.setdefault(e.key('district'), []).append(e)
    entries = {}
    for r in rows:
        tc = r['type_code']
        official = r['name']
        aliases = []  # never the bare place name: bare "Leipzig" is the city
        if tc in ('41', '42'):
            # kreisfreie Stadt / Stadtkreis: designator forms only
            cities = [m for m in by_kreis.get(r['kreis_code_ags5'], []) if m.key('type') != 'gemeindefreies-gebiet']
            city = cities[0] if len(cities) == 1 else None
            cname = city.name if city else strip_suffix(official)
            designator = 'Stadtkreis' if tc == '42' else 'kreisfreie Stadt'
            name = f'{designator} {cname}'
            if city:
                for a in city.aliases:
                    if a != city.base and '(' not in a and a.split(' ')[0] not in PREFIX_SUFFIXES:
                        aliases.append(f'{designator} {a}')
            e = Entry(f"district:{r['kreis_code_ags5']}", name, aliases)
            if city:
                e.set_key('municipality', city.key('ags'))
        else:
            base = expand_abbr(official)
            name = district_base_name(r)
            if name == base:
                if base.startswith('Städteregion '):
                    aliases.append('StädteRegion ' + base[len('Städteregion '):])
                if base.startswith('Landkreis '):
                    rest = base[len('Landkreis '):]
                    aliases += ['Landratsamt ' + rest, 'Kreisverwaltung ' + rest]
                elif base.startswith('Kreis '):
                    aliases += ['Kreisverwaltung ' + base[len('Kreis '):]]
            else:
                short = re.sub(r'\s*\(.*?\)', '', base).strip()
                for f in dedup([base, short]):
                    aliases += [f'Landkreis {f}', f'Kreis {f}', f'Kreisverwaltung {f}']
                    if tc == '44':
                        aliases.append(f'Landratsamt {f}')
                if base != official:
                    aliases += [f'Landkreis {official}' if tc == '44' else f'Kreis {official}']
            e = Entry(f"district:{r['kreis_code_ags5']}", name, aliases)
        e.set_key('ags', r['kreis_code_ags5'])
        e.set_key('ars', r['ars12'])
        e.set_key('state', r['land_code'])
        seat = r['seat']
        seat = 'Lüchow (Wendland)' if seat == 'Lüchow, Wendland' else expand_abbr(strip_suffix(seat))
        e.set_key('seat', seat)
        e.set_key('type', slug(r['type']))
        entries[e.id] = e
    merge_curated(entries, 'districts.tsv')
    write_tsv(out, 'districts.tsv', entries,
              'source: Destatis GV100AD 30.11.2023 (dl-de/by-2-0), all 400 Kreise; kreisfreie Städte/Stadtkreise '
              'only with designator forms; canonical "Landkreis X"/"Kreis X" and alias patterns generated')
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
    # adjective stems (curated/country-adjectives.tsv: id<TAB>stem|stem)
    for id_, stems, *_ in read_curated('country-adjectives.tsv'):
        if id_ not in entries:
            sys.exit(f'country-adjectives.tsv: unknown id {id_}')
        entries[id_].adjectives = dedup(split(stems, '|'))
    write_tsv(out, 'countries.tsv', entries,
              'source: Auswärtiges Amt "Verzeichnis der Staatennamen" via LER gazetteers (§ 5 UrhG); '
              'short/long forms paired; renames, common short forms and adjective stems hand-curated')
    return entries


# ----------------------------------------------------------------------------- organizations

# publicbodies.org classification -> category (name patterns first, see org_category)
PB_CLASS = {
    'Oberste Bundesbehörde': 'agency', 'Obere Bundesbehörde': 'agency', 'Mittlere Bundesbehörde': 'agency',
    'Untere Bundesbehörde': 'agency', 'Stiftung des öffentlichen Rechts': 'foundation',
    'Stiftung des Privatrechts': 'foundation', 'Beauftragte(r)': 'commissioner', 'Andere': None,
}
CATEGORY_PATTERNS = [
    (r'^Generalbundesanwalt|^Bundeswehrdisziplinaranwalt', 'agency'),
    (r'[Aa]nwaltskammer|Frauenbeauftragten', 'association'),
    (r'^Bundesministerium|^Auswärtiges Amt$', 'ministry'),
    (r'gericht(shof)?\b|Gerichtshof|^Bundesfinanzhof', 'court'),
    (r'[Bb]eauftragte|^Staatskommissar|^Vertreter des Bundesinteresses', 'commissioner'),
    (r'^Bundespolizei|Polizei', 'police'),
    (r'Bundeswehr|Luftwaffe|Marine|Heer(es)?\b|Heeres|[Dd]ivision|Kommando|[Rr]egiment|Flottille|'
     r'Korps|Brigade|Militär|Sanitäts|Offizierschule|Unteroffizierschule|Wehr|Streitkräfte|'
     r'Kampfschule|Pionierschule|Artillerieschule|Havariekommando|Marinearsenal|Truppen', 'military'),
    (r'Universität|Hochschule|^Fachhochschule', 'university'),
    (r'Stiftung', 'foundation'),
    (r'^Deutscher Bundestag$|^Bundesrat$', 'parliament'),
    (r'^Bundesregierung$', 'government'),
    (r'^Deutsche Welle$', 'media'),
    (r'GmbH|\bmbH\b|\bAG\b|Bank\b|^KfW|Girozentrale|\beG\b', 'company'),
    (r'Städtetag|Landkreistag|Gemeindebund|Spitzenverbände|Bundesvereinigung|Kammer\b|kammer$|'
     r'Verband|verband|Arbeitsgemeinschaft|Kuratorium|Gemeinschaftsstelle|Beamtenbund', 'association'),
    (r'Rat$|rat$|Kommission$|kommission$|Konferenz$|konferenz$', 'council'),
    (r'e\.\s?V\.|Rotes Kreuz|Institut|Forschung|Zentrum|zentrum|Museum|Akademie|Gesellschaft|'
     r'Bibliothek|Sammlung|Jugend|Forum|Frauenrat|Koordinierungsrat', 'ngo'),
    (r'AOK|Krankenkasse|BARMER|Berufsgenossenschaft|Unfallkasse|Rentenversicherung|Versorgungsanstalt|'
     r'Pensionskasse|Alterskassen|Sozialversicherung|Künstlersozialkasse|Krankenversorgung', 'agency'),
]
# bodies of the publicbodies.org list that were dissolved (skipped) or are no bodies (junk)
PB_SKIP_PATTERNS = [
    r'^Kreiswehrersatzamt',            # dissolved 2012 (suspension of conscription)
    r'^Wehrbereichsverwaltung',        # dissolved 2013
    r'^Bundeskanzlerin$|^Bundespräsident$',  # offices of persons, not bodies
    r'^Bundeswehr-Dienstleistungszentrum$',  # generic duplicate
    r'Forschungszentrum Dresden-Rossendorf|Forschungszentrum Karlsruhe GmbH|Gesellschaft für Schwerionenforschung',
    r'^BARMER GEK$|^Bundesanstalt für Finanzmarktstabilisierung$|^Bundesanstalt für vereinigungsbedingte',
    r'^Absatzförderungsfonds|^aid infodienst|^Bundesanstalt für Post und Telekommunikation$',
    r'^Fachbereich Maler und Lackierer|^Ausbildungszentrum AGV Bau Saar|^Industrie Lehrwerkstatt',
    r'^Gemeinschaftslehrwerkstatt|^Überregionales Ausbildungszentrum|^Ausbildungs- und Qualifizierungs-Zentrum',
    r'^Bundesbeauftragter für das Bergmannssiedlungsvermögen',
    r'^Bundesbeauftragter für die Behandlung von Zahlungen an die Konversions-Kasse',
    r'^Bundesanstalt für Landwirtschaft und Ernährung$',   # merged into BLE 1995
    r'^Bundesamt für Wehrtechnik und Beschaffung$', r'^Streitkräfteamt$', r'^Heeresamt$', r'^Luftwaffenamt$',
    r'^Marineamt', r'^Kommando Operative Führung', r'^Einsatzflottille', r'^Standortverwaltung',
    r'^Bundesamt für Informationsmanagement und Informationstechnik der Bundeswehr$',
    r'^KfW Mittelstandsbank$|^KfW Privatkundenbank$', r'^Bundesservice Telekommunikation$',
    r'^Deutscher Anteil', r'^Forschungszentrum Karlsruhe', r'^Persönlicher Beauftragter der Bundeskanzlerin',
]


# publicbodies.org names that no longer exist (the body was renamed or dissolved): until=<year>
PB_UNTIL = {
    'Bundesministerium für Ernährung, Landwirtschaft und Verbraucherschutz': '2013',
    'Bundesministerium für Umwelt, Naturschutz und Reaktorsicherheit': '2013',
    'Bundesministerium für Verkehr, Bau und Stadtentwicklung': '2013',
    'Bundesministerium für Wirtschaft und Technologie': '2013',
    'Bundesbeauftragter für den Zivildienst': '2011',
    'Bundesbeauftragte für die Unterlagen des Staatssicherheitsdienstes der ehemaligen DDR': '2021',
}


def org_category(name, classification):
    for pat, cat in CATEGORY_PATTERNS:
        if re.search(pat, name):
            return cat
    return PB_CLASS.get(classification) or 'ngo'


def build_organizations(data, out):
    entries = {}
    merge_curated(entries, 'organizations.tsv')
    known_names = {e.name for e in entries.values()} | {a for e in entries.values() for a in e.aliases}
    current_aliases = {a for e in entries.values() for a in e.aliases}

    # federal ministries 2021-2025 and 2017-2021 (government-helper-tables)
    for fname, until in (('tbl_Bundesministerien_2021-2025.csv', '2025'), ('tbl_Bundesministerien_2017-2021.csv', '2021')):
        for r in read_csv(os.path.join(data, 'public_bodies/government_helper_tables', fname)):
            name = r['Name_DE']
            abbr = r['Abkürzung']
            id_ = 'organization:' + slug(name)
            if id_ in entries:
                e = entries[id_]
                if abbr not in current_aliases or abbr in e.aliases:
                    e.add_aliases([abbr])
                if not e.key('einzelplan'):
                    e.set_key('einzelplan', r['HH-Plan'])
                continue
            aliases = [] if abbr in current_aliases else [abbr]
            e = Entry(id_, name, aliases)
            e.set_key('category', 'ministry')
            e.set_key('level', 'federal')
            e.set_key('einzelplan', r['HH-Plan'])
            e.set_key('until', until)
            entries[id_] = e
            current_aliases.update(aliases)
            known_names.add(name)

    # publicbodies.org (Open Knowledge / FragDenStaat), federal bodies about 2013-2015
    skip = re.compile('|'.join(PB_SKIP_PATTERNS))
    for r in read_csv(os.path.join(data, 'public_bodies/publicbodies_okfn/de.csv')):
        name = re.sub(r'\s+', ' ', r['name']).strip()
        name = re.sub(r'^Das |\s+c/o .*$', '', name)
        if not name or skip.search(name) or name in known_names:
            continue
        aliases = []
        m = re.search(r'\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,8})\)', name)
        if m:
            aliases.append(m.group(1))
        id_ = 'organization:' + slug(name)
        if id_ in entries:
            continue
        e = Entry(id_, name, aliases)
        cat = org_category(name, r['classification'])
        e.set_key('category', cat)
        e.set_key('level', 'federal')
        if r['dissolution_date'] or name in PB_UNTIL:
            e.set_key('until', PB_UNTIL.get(name) or r['dissolution_date'][:4])
        e.set_key('source', 'publicbodies')
        entries[id_] = e
        known_names.add(name)
    add_dboes_authorities(data, entries, known_names)
    add_body_nouns(entries)
    add_party_wikidata(data, entries)
    add_dboes_factions(data, entries, known_names)
    write_tsv(out, 'organizations.tsv', entries,
              'source: hand-curated (public knowledge) + federal ministries 2017-2021/2021-2025 from '
              'government-helper-tables (dl-de/zero-2-0; until= marks superseded names) + publicbodies.org de.csv '
              '(MIT; source=publicbodies, dissolved bodies skipped) + DBÖS v3 2026-03 supreme Land authorities '
              '(CC BY 4.0, Leibniz-Institut für Medienforschung | Hans-Bredow-Institut; source=dboes) + DBÖS Fraktionen '
              'of the Bundestag and the Landtage (category=faction)')
    return entries


# ----------------------------------------------------------------------------- DBÖS (Land authorities)

# The Länder by the qualifiers and adjectives DBÖS writes: (state key, name, adjective as in names,
# genitive phrase for names that carry no Land).
LANDS = {
    '01': ('Schleswig-Holstein', 'Schleswig-Holsteinisch', 'des Landes Schleswig-Holstein'),
    '02': ('Hamburg', 'Hamburger', 'der Freien und Hansestadt Hamburg'),
    '03': ('Niedersachsen', 'Niedersächsisch', 'des Landes Niedersachsen'),
    '04': ('Bremen', 'Bremer', 'der Freien Hansestadt Bremen'),
    '05': ('Nordrhein-Westfalen', 'Nordrhein-Westfälisch', 'des Landes Nordrhein-Westfalen'),
    '06': ('Hessen', 'Hessisch', 'des Landes Hessen'),
    '07': ('Rheinland-Pfalz', 'Rheinland-Pfälzisch', 'des Landes Rheinland-Pfalz'),
    '08': ('Baden-Württemberg', 'Baden-Württembergisch', 'des Landes Baden-Württemberg'),
    '09': ('Bayern', 'Bayerisch', 'des Freistaates Bayern'),
    '10': ('Saarland', 'Saarländisch', 'des Saarlandes'),
    '11': ('Berlin', 'Berliner', 'des Landes Berlin'),
    '12': ('Brandenburg', 'Brandenburger', 'des Landes Brandenburg'),
    '13': ('Mecklenburg-Vorpommern', 'Mecklenburg-Vorpommersch', 'des Landes Mecklenburg-Vorpommern'),
    '14': ('Sachsen', 'Sächsisch', 'des Freistaates Sachsen'),
    '15': ('Sachsen-Anhalt', 'Sachsen-Anhaltisch', 'des Landes Sachsen-Anhalt'),
    '16': ('Thüringen', 'Thüringer', 'des Freistaates Thüringen'),
}
# DBÖS qualifiers in brackets → state key
DBOES_QUALIFIERS = {'BaWü': '08', 'Berlin': '11', 'Brandenburg': '12', 'Bremen': '04', 'HH': '02', 'MV': '13',
                    'Niedersachsen': '03', 'NRW': '05', 'Rheinland-Pfalz': '07', 'Saarland': '10', 'Sachsen': '14',
                    'Sachsen-Anhalt': '15', 'SH': '01'}
# Spelling slips in the DBÖS names, corrected (the bodies' official names)
DBOES_FIXES = {'Jusitiz': 'Justiz', 'Nordhein-Westfalen': 'Nordrhein-Westfalen', 'Ministerin für Schule': 'Ministerium für Schule',
               'Brandenburgerische Senatskanzlei': 'Staatskanzlei Brandenburg',
               'Niedersächsisches Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung (Niedersachsen)':
                   'Niedersächsisches Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung'}
# Rows that name an office holder, not a body, or the body twice
DBOES_SKIP = re.compile(r'^(Der Senator|Die Senatorin|Minister |Baden-Württemberg Landesparlament|.*soweit als Behörde)')

# Portfolio words of ministry names → the compound noun that names such a ministry alone
# ("Ministerium des Innern" is "das Innenministerium")
PORTFOLIOS = [
    (r'\bInner(e|en|n|es)\b', 'innenministerium'), (r'\bFinanzen\b', 'finanzministerium'),
    (r'\bJustiz\b', 'justizministerium'), (r'\bDigital(es|isierung)\b', 'digitalministerium'),
    (r'\bWirtschaft\b', 'wirtschaftsministerium'), (r'\bKultus\b', 'kultusministerium'),
    (r'\bUmwelt\b', 'umweltministerium'), (r'\bSoziales\b', 'sozialministerium'),
    (r'\bGesundheit\b', 'gesundheitsministerium'), (r'\bWissenschaft\b', 'wissenschaftsministerium'),
    (r'\bVerkehr\b', 'verkehrsministerium'), (r'\bLandwirtschaft\b', 'landwirtschaftsministerium'),
    (r'\bBildung\b', 'bildungsministerium'), (r'\bArbeit\b', 'arbeitsministerium'),
    (r'\bVerteidigung\b', 'verteidigungsministerium'),
]


def add_dboes_authorities(data, entries, known_names):
    """The supreme Land authorities of DBÖS (type 15: Verfassungsorgan Land, Oberste Landesbehörde):
    ministries, Staatskanzleien, Senatsverwaltungen, Landesregierungen, Landtage under their current
    names, each with its Land. Names already known are skipped; a name that carries no Land gets the
    Land's genitive, and the bare name stays an alias when no other Land's body has it."""
    path = os.path.join(data, 'dboes/data/komplett.csv')
    if not os.path.exists(path):
        print('warning: dboes/ not found; DBÖS authorities left out', file=sys.stderr)
        return
    rows = []
    for r in read_csv(path):
        if r['Typ'] != '15' or r['T_Domaene_Behoerde'] not in ('Verfassungsorgan Land', 'Oberste Landesbehörde'):
            continue
        name = re.sub(r'\s+', ' ', r['Name']).strip()
        for wrong, right in DBOES_FIXES.items():
            name = name.replace(wrong, right)
        if DBOES_SKIP.search(name):
            continue
        state = None
        m = re.search(r'\s*\(([^)]+)\)$', name)
        if m and m.group(1) in DBOES_QUALIFIERS:
            state = DBOES_QUALIFIERS[m.group(1)]
            name = name[:m.start()]
        for key, (land, adjective, _) in LANDS.items():
            if state is None and (land in name or name.startswith(adjective[:5])):
                state = key
        if state is None:
            continue
        rows.append((name, state, r['T_Domaene_Behoerde']))
    for name, state, domain in rows:
        land, adjective, genitive = LANDS[state]
        carries_land = land in name or name.startswith(adjective[:5])
        full = name if carries_land else f'{name} {genitive}'
        if full in known_names or name in known_names and carries_land:
            continue
        id_ = 'organization:' + slug(full)
        if id_ in entries:
            continue
        # The bare name of a body without its Land ("Ministerium für Verkehr") stays no alias: another
        # Land has or had a ministry of that name; the pattern rule reads such names from the text.
        aliases = []
        e = Entry(id_, full, aliases)
        category = ('parliament' if re.search(r'Landtag|Bürgerschaft|Abgeordnetenhaus', name) else
                    'court' if re.search(r'gericht|Staatsgerichtshof|Verfassungshof', name) else
                    'government' if re.search(r'regierung|Senat |Senat$|kanzlei', name) else 'ministry')
        e.set_key('category', category)
        e.set_key('level', 'state')
        e.set_key('state', state)
        e.set_key('source', 'dboes')
        entries[id_] = e
        known_names.add(full)
        known_names.update(aliases)


# How a party stands before "-Fraktion" in articles, by the party's form in organizations.tsv.
FACTION_PREFIXES = {
    'SPD': ['SPD'], 'CDU': ['CDU'], 'CSU': ['CSU'], 'FDP': ['FDP'], 'AfD': ['AfD'], 'BSW': ['BSW'], 'SSW': ['SSW'],
    'Bündnis 90/Die Grünen': ['Grünen', 'Grüne'], 'Die Linke': ['Linken', 'Linke'], 'Freie Wähler': ['Freie-Wähler'],
    'CDU/CSU': ['CDU/CSU', 'Unions'],
}


def add_dboes_factions(data, entries, known_names):
    """The Fraktionen of the Bundestag and the 16 Landtage in DBÖS (type 9, March 2026), with
    `category=faction`, `party=` (a form of the party's entry), `party_wikidata=` (the party's
    Wikidata id, where partyfacts gives one), `parliament=` (the parliament's id) and `state=`.
    Names and aliases are the forms articles use: "SPD-Bundestagsfraktion", "SPD-Fraktion im
    Bundestag", "CDU-Landtagsfraktion Sachsen", "CDU-Fraktion im Sächsischen Landtag"; a form
    that several parliaments share ("CDU-Landtagsfraktion") is left to the pattern rule."""
    path = os.path.join(data, 'dboes/data/komplett.csv')
    if not os.path.exists(path):
        print('warning: dboes/ not found; Fraktionen left out', file=sys.stderr)
        return
    parties = {}
    for e in entries.values():
        if e.key('category') == 'party':
            for form in e.forms():
                parties.setdefault(form, e)
    parliaments = {e.key('state'): e for e in entries.values()
                   if e.key('category') == 'parliament' and e.key('level') == 'state'}
    bundestag = entries.get('organization:deutscher-bundestag')
    made = []
    for r in read_csv(path):
        if r['Typ'] != '9' or 'raktion' not in r['Name']:
            continue
        party_code = r['T_Partei'].strip()
        party = 'CDU/CSU' if party_code == 'CDU' and 'CSU' in r['Name'] else party_form(party_code)
        prefixes = FACTION_PREFIXES.get(party)
        if not prefixes:
            continue  # a party without the forms articles use ("Bündnis Deutschland")
        federal = 'Bundestag' in r['Name']
        state = None
        if not federal:
            state = next((k for k, (land, _, _) in LANDS.items() if r['Name'].startswith(land + ' ')), None)
            if state is None or state not in parliaments:
                continue
        made.append((r['Name'], party, prefixes, federal, state))
    # Forms of one party's factions in several Landtage ("CSU-Landtagsfraktion" is Bavarian only).
    landtag_count = {}
    for _, party, _, federal, _ in made:
        if not federal:
            landtag_count[party] = landtag_count.get(party, 0) + 1
    for source_name, party, prefixes, federal, state in made:
        p = prefixes[0]
        if federal:
            body = bundestag
            name = f'{p}-Bundestagsfraktion'
            forms = [f'{x}-Bundestagsfraktion' for x in prefixes] + [f'{x}-Fraktion im Bundestag' for x in prefixes] \
                + [f'{x}-Fraktion im Deutschen Bundestag' for x in prefixes]
            if party == 'CDU/CSU':
                forms += ['Unionsfraktion', 'Unionsfraktion im Bundestag']
            if party == 'Die Linke':
                forms += ['Linksfraktion im Bundestag']
        else:
            body = parliaments[state]
            land = LANDS[state][0]
            house = {'11': 'Abgeordnetenhaus', '02': 'Bürgerschaft', '04': 'Bürgerschaft'}.get(state, 'Landtag')
            name = f'{p}-{house}sfraktion {land}' if house != 'Landtag' else f'{p}-Landtagsfraktion {land}'
            if house == 'Abgeordnetenhaus':
                name = f'{p}-Fraktion im Abgeordnetenhaus von Berlin'
            forms = [name, f'{p}-Fraktion {land}']
            body_name = body.name
            # "Bayerischer Landtag" -> "im Bayerischen Landtag"; "Hamburgische Bürgerschaft" -> "in der
            # Hamburgischen Bürgerschaft"
            m = re.match(r'^(\w+?)(er|e) (Landtag|Bürgerschaft)$', body_name)
            dative = f'{m.group(1)}en {m.group(3)}' if m else body_name
            article = 'in der' if 'Bürgerschaft' in body_name else 'im'
            forms += [f'{x}-Fraktion {article} {dative}' for x in prefixes]
            if house == 'Landtag':
                forms += [f'{x}-Landtagsfraktion {land}' for x in prefixes]
                if landtag_count.get(party) == 1:
                    forms += [f'{x}-Landtagsfraktion' for x in prefixes]
        id_ = 'organization:' + slug(name)
        if id_ in entries or name in known_names:
            continue
        e = Entry(id_, name, [f for f in dedup(forms) if f != name and f not in known_names])
        e.set_key('category', 'faction')
        e.set_key('level', 'federal' if federal else 'state')
        if state:
            e.set_key('state', state)
        e.set_key('party', party)
        party_entry = parties.get(party)
        if party_entry and party_entry.key('wikidata'):
            e.set_key('party_wikidata', party_entry.key('wikidata'))
        if body:
            e.set_key('parliament', body.id)
        e.set_key('source', 'dboes')
        entries[id_] = e
        known_names.update(e.forms())


def add_party_wikidata(data, entries):
    """`wikidata=Q…` on the parties (and the party group CDU/CSU) that partyfacts lists for Germany,
    joined by the German name or the short name (MIT, hdigital/partyfactsdata)."""
    path = os.path.join(data, 'partyfacts/wikidata.csv')
    if not os.path.exists(path):
        print('warning: partyfacts/ not found; parties get no Wikidata ids', file=sys.stderr)
        return
    by_form = {}
    for r in read_csv(path):
        if r['country'] != 'DEU':
            continue
        for form in (r['name_native'], r['name_short'].replace('/', ' ') if '/' in r['name_short'] and r['name_short'] != 'CDU/CSU' else r['name_short']):
            form = form.strip().lower()
            if form and re.match(r'^[\w äöüß/.-]+$', form):
                by_form.setdefault(form, set()).add(r['wikidata_id'])
    for e in entries.values():
        if e.key('category') != 'party':
            continue
        ids = set()
        for form in [e.name] + e.aliases:
            ids |= by_form.get(form.lower(), set())
        if len(ids) == 1:
            e.set_key('wikidata', ids.pop())


def add_body_nouns(entries):
    """Adds `body=` keys: the bare nouns that name a Land's (or the Bund's) body once the Land is
    clear ("das Innenministerium", "die Staatskanzlei", "der Landtag"), and for a Land ministry the
    forms with the Land's adjective ("Thüringer Innenministerium", "Hessisches Finanzministerium")
    as aliases. A noun goes only to a body that is the only one of its Land with it."""
    claims = {}
    for e in entries.values():
        if e.key('until') or e.key('category') not in ('ministry', 'government', 'parliament'):
            continue
        state = e.key('state')
        scope = state or ('federal' if e.key('level') == 'federal' else None)
        if scope is None:
            continue
        nouns = []
        name = e.name
        if e.key('category') == 'ministry' and re.search(r'[Mm]inisterium|Senatsverwaltung|^Behörde für|Finanzbehörde', name):
            field = re.split(r'[Mm]inisterium|Senatsverwaltung|Behörde', name, maxsplit=1)[-1]
            nouns = [noun for pattern, noun in PORTFOLIOS if re.search(pattern, field)]
            # "Thüringer Finanzministerium": the name is the compound itself
            nouns += [w.lower() for w in re.findall(r'\b([A-ZÄÖÜ][a-zäöüß]+ministerium)\b', name)
                      if not w.startswith(('Staats', 'Bundes', 'Landes'))]
            if 'Finanzbehörde' in name:
                nouns.append('finanzministerium')
        elif re.search(r'Staatskanzlei|Senatskanzlei', name):
            nouns = ['staatskanzlei'] + (['senatskanzlei'] if 'Senatskanzlei' in name else [])
        elif e.key('category') == 'parliament' and state:
            nouns = ['landtag'] if 'Landtag' in name else ['bürgerschaft'] if 'Bürgerschaft' in name else []
        for noun in nouns:
            claims.setdefault((scope, noun), []).append(e)
    for (scope, noun), claimants in sorted(claims.items(), key=lambda kv: kv[0]):
        if len(claimants) != 1:
            continue
        e = claimants[0]
        nouns = [n for n in (e.key('body') or '').split(',') if n]
        e.set_key('body', ','.join(nouns + [noun]))
        if scope != 'federal' and noun.endswith('ministerium'):
            adjective = LANDS[scope][1]
            form = adjective if adjective.endswith('er') else adjective + 'es'
            e.add_aliases([f'{form} {noun[0].upper()}{noun[1:]}'])
    # "Hess. Landtag", "Hess. Städte- und Gemeindebund": the abbreviated Land adjective of names
    for e in entries.values():
        m = re.match(r'^(Hessisch)(e|er|es) (.+)$', e.name)
        if m and not e.key('until'):
            e.add_aliases([f'Hess. {m.group(3)}'])


# ----------------------------------------------------------------------------- laws

# v1 ids of federal norms (kept stable); every other norm gets law:<slug of jurabk>
FEDERAL_LAW_IDS = {
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
# abbreviations that must not become law aliases (clash with organizations or other entries)
LAW_ALIAS_BLOCK = {'BMG', 'AA', 'BA', 'EU', 'EG', 'BGH', 'BSI'}
MAX_LONG_TITLE = 250


def looks_like_abbreviation(a):
    """GG, BGB, EStG, BAföG, SGB 5, ÄApprO 2002, AGB DDR: the first token has at least two capitals,
    every further token is a number, has two capitals or is at most three letters long."""
    toks = a.split(' ')
    if len(a) < 2 or len(a) > 40 or len(toks) > 3:
        return False
    caps = lambda t: sum(1 for c in t if c.isupper())
    if caps(toks[0]) < 2:
        return False
    return all(re.search(r'\d', t) or caps(t) >= 2 or len(t) <= 3 for t in toks[1:])


def build_laws(data, out, words, blocked_aliases):
    rows = read_tsv(os.path.join(data, 'bundesrecht/laws_metadata.tsv'))
    strip_year = lambda j: re.sub(r' (1[89]|20)\d\d$', '', j)
    stripped_count = {}
    for r in rows:
        s = strip_year(r['jurabk'])
        stripped_count[s] = stripped_count.get(s, 0) + 1
    name_count = {}
    for r in rows:
        n = clean(r['kurzue'] or r['langue'] or r['jurabk'])
        name_count[n] = name_count.get(n, 0) + 1

    def alias_ok(a):
        return (looks_like_abbreviation(a) and a not in LAW_ALIAS_BLOCK and a not in blocked_aliases
                and not words.is_word(a))

    entries = {}
    for r in rows:
        jurabk = r['jurabk']
        kurz, lang = clean(r['kurzue']), clean(r['langue'])
        name = kurz or lang or jurabk
        sl = FEDERAL_LAW_IDS.get(jurabk) or slug(jurabk)
        aliases = []
        cands = [r['amtabk'], jurabk]
        if stripped_count[strip_year(jurabk)] == 1:
            cands.append(strip_year(jurabk))
        for a in dedup([clean(c) for c in cands if c]):
            if jurabk.startswith('SGB') and a.startswith('SGB'):
                continue  # curated Roman-numeral forms (SGB II)
            if alias_ok(a):
                aliases.append(a)
        if kurz and lang and lang != kurz and len(lang) <= MAX_LONG_TITLE and not jurabk.startswith('SGB'):
            aliases.append(lang)
        if name_count[name] > 1:
            # equal titles (old and new act): the title stays an alias of each, the name gets the jurabk
            if name_count[name] == 2:  # generic titles shared by more ("Bekanntmachung zu § 4 ...") are no alias
                aliases.append(name)
            name = f'{name} ({jurabk})'
        e = Entry('law:' + sl, name, aliases)
        # SGB long titles are editorial ("Sozialgesetzbuch (SGB) Zweites Buch (II) - ..."): the curated
        # name replaces them and they are not kept as an alias
        e.drop_old_name = jurabk.startswith('SGB')
        e.set_key('jurabk', r['amtabk'] or strip_year(jurabk) if sl in FEDERAL_LAW_IDS.values() else jurabk)
        e.set_key('level', 'federal')
        e.set_key('gii', r['gii_slug'])
        e.set_key('date', r['ausfertigung_datum'])
        if e.id in entries:
            sys.exit(f'laws: duplicate id {e.id}')
        entries[e.id] = e
    merge_curated(entries, 'laws.tsv')
    # notable=1: the laws public-sector news names often (the v1 list and every curated act). The
    # extractor accepts their short abbreviations anywhere; those of the other 7,000 norms ("SG",
    # "MSV", "ATP") only in a legal citation or next to the law's name.
    with open(os.path.join(CURATED, 'laws.tsv'), encoding='utf-8') as f:
        curated_ids = {l.split('\t', 1)[0] for l in f if l.strip() and not l.startswith('#')}
    notable = {'law:' + v for v in FEDERAL_LAW_IDS.values()} | curated_ids
    for e in entries.values():
        if e.id in notable:
            e.set_key('notable', 1)
    write_tsv(out, 'laws.tsv', entries,
              'source: gesetze-im-internet.de metadata 2025-03 via bundesrecht-scraper (§ 5 UrhG), all 7,081 '
              'federal norms; EU/state/amendment acts and SGB names hand-curated')
    return entries


# ----------------------------------------------------------------------------- given names

# Names that are ordinary German words, months, plants, places or (far more often) surnames
# when capitalised; excluded to avoid false person hits.
GIVEN_NAME_BLOCKLIST = {
    # articles, particles and place words of other languages that nam_dict also lists as names
    'The', 'San', 'Santa', 'Santo', 'Mio', 'One', 'Jet', 'Dime', 'Del', 'Los', 'Las', 'Mac', 'Saint',
    'Sankt', 'Mount', 'Port', 'Fort', 'Lake', 'New', 'North', 'South', 'East', 'West', 'Royal', 'Grand',
    'Star', 'Sun', 'King', 'Major', 'General', 'Sir', 'Lord', 'Lady', 'Miss', 'Don', 'Dom', 'Air', 'Euro',
    # ordinary words / months / plants
    'Mark', 'Rose', 'Linde', 'Heide', 'Birke', 'Fee', 'Flora', 'Anemone', 'Dahlia', 'Clivia',
    'Malve', 'Lenz', 'Wolf', 'Helm', 'Holm', 'Lore', 'Fine', 'Meta', 'Beat', 'Just', 'Tell',
    'Fried', 'Urban', 'August', 'Baptist', 'Herold', 'Holle', 'German', 'Haug',
    'Ernte', 'Engel', 'Gute', 'Liebe', 'Sonne', 'Stern', 'Wind', 'Winter', 'Sommer', 'Mai', 'Juni',
    'Juli', 'Januar', 'April', 'Hain', 'Frieda', 'Treu', 'Trost', 'Ehre', 'Glaube', 'Kraft',
    'Nelke', 'Iris', 'Lilie', 'Tulpe', 'Veilchen', 'Blume', 'Erika', 'Ella', 'Bank', 'Base',
    'Mode', 'Note', 'Rat', 'Rate', 'Sage', 'Seide', 'Stelle', 'Welle', 'Wiese', 'Ware', 'Weide',
    'Barbe', 'Dame', 'Fritte', 'Gala', 'Gabe', 'Grete', 'Hanne', 'Kaja', 'Kim', 'Kora', 'Laura',
    'Lena', 'Lisa', 'Lotte', 'Mona', 'Nina', 'Olga', 'Pia', 'Rita', 'Tina', 'Uta', 'Vera',
    # places
    'Hagen', 'Florenz', 'Friedberg', 'Friedeburg', 'Essen', 'Lahr', 'Gotha', 'Celle', 'Emden',
    'Kiel', 'Trier', 'Jena', 'Mainz', 'Worms', 'Goslar', 'Merseburg', 'Lindau', 'Ulm', 'Berlin',
    'Paris', 'London', 'Wien', 'Rom', 'Sachsen', 'Bayern', 'Hessen', 'Thüringen', 'Holstein',
    'Schweiz', 'Österreich', 'Frankreich', 'Italien', 'Polen', 'China', 'Indien', 'Kenia', 'Asien',
    'Afrika', 'Amerika', 'Europa', 'Australien', 'Brasilien', 'Israel', 'Irland', 'Georgien',
    'Jordanien', 'Armenien',
    # mostly surnames
    'Hartmann', 'Herrmann', 'Erdmann', 'Gerlach', 'Eckert', 'Siegert', 'Wiegand', 'Seibold',
    'Ruppert', 'Engelbrecht', 'Hildebrand', 'Leuthold', 'Vollrath', 'Tillmann', 'Dietz',
}
# names of the blocklist above that are nevertheless far more often given names
GIVEN_NAME_KEEP = {'Ella', 'Erika', 'Frieda', 'Grete', 'Hanne', 'Iris', 'Kim', 'Laura', 'Lena', 'Lisa',
                   'Lotte', 'Mona', 'Nina', 'Olga', 'Pia', 'Rita', 'Tina', 'Uta', 'Vera', 'Kaja', 'Kora'}
GENDER = {'M': 'm', '?M': 'm', 'F': 'f', '1F': 'f', '1M': 'm', '?F': 'f', '?': 'u'}


def build_given_names(data, out, words):
    rows = read_tsv(os.path.join(data, 'names_gender_guesser/german_first_names.tsv'))
    names = {}
    dropped_words = []
    for r in rows:
        n = r['name'].strip()
        freqs = [int(r[k] or 0) for k in ('freq_de', 'freq_at', 'freq_ch', 'freq_east_frisia')]
        if max(freqs) <= 0 or len(n) <= 2 or ' ' in n:
            continue
        if n in GIVEN_NAME_BLOCKLIST and n not in GIVEN_NAME_KEEP:
            continue
        # names new in v2 (no German frequency, only AT/CH/East Frisia) that are ordinary words are left out
        if int(r['freq_de'] or 0) == 0 and n not in GIVEN_NAME_KEEP and words.lower_listed(n):
            dropped_words.append(n)
            continue
        g = GENDER.get(r['gender_code'].strip(), 'u')
        if n in names and names[n] != g:
            g = 'u'
        names[n] = g
    # International names (news name foreign politicians, athletes, artists): every name of the raw
    # nam_dict.txt that is at least moderately common (frequency 3 or more on its 1-13 scale) in some
    # country, unless it is a German word (ngerman, either case) or on the blocklist.
    german = len(names)
    freq_value = {c: i for i, c in enumerate('0123456789ABCD')}
    with open(os.path.join(data, 'names_gender_guesser/nam_dict.txt'), encoding='utf-8', errors='replace') as f:
        for line in f:
            if line.startswith('#') or line.startswith('=') or len(line) < 31:
                continue
            code, rest = line[:2].strip(), line[3:]
            n = rest[:26].strip()
            if not n or ' ' in n or '+' in n or len(n) <= 2 or n in names or not n[0].isupper():
                continue
            freq = max((freq_value.get(c, 0) for c in line[30:88]), default=0)
            if freq < 3 or (n in GIVEN_NAME_BLOCKLIST and n not in GIVEN_NAME_KEEP):
                continue
            if words.lower_listed(n) or words.is_word(n):
                dropped_words.append(n)
                continue
            names[n] = GENDER.get(code, 'u')
    path = os.path.join(out, 'given-names.tsv')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# name\tgender (m/f/u)\n')
        f.write('# source: gender-guesser 0.4.0 nam_dict.txt (Jörg Michael, GFDL 1.2+): names with a DE/AT/CH/'
                'East-Frisia frequency > 0, and international names with a frequency of 3 or more in some country '
                'that are no German words; blocklist of words/places/surnames in build_gazetteer.py\n')
        for n in sorted(names):
            f.write(f'{n}\t{names[n]}\n')
    print(f'given-names.tsv: {len(names)} rows ({german} German-speaking, {len(names) - german} international; '
          f'{len(dropped_words)} names that are words left out)')


# ----------------------------------------------------------------------------- foreign places

def build_foreign_places(out, countries):
    """Foreign cities (as municipalities) and regions (as states) from curated/foreign-places.tsv,
    with their country and a rough population; written to foreign-municipalities.tsv and
    foreign-states.tsv."""
    cities, regions = [], []
    with open(os.path.join(CURATED, 'foreign-places.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            kind, name, aliases, adjectives, country, population = line.rstrip('\n').split('\t')
            keys = [('population', str(int(population) * 1000))] if int(population) else []
            if country:
                if 'country:' + country not in countries:
                    sys.exit(f'foreign-places.tsv: unknown country {country} for {name}')
                keys.insert(0, ('country', country))
            keys.append(('foreign', '1'))
            prefix = 'municipality' if kind == 'city' else 'state'
            suffix = '-' + country if country else ''
            entry = Entry(f'{prefix}:{slug(name)}{suffix}', name, split(aliases, '|'), split(adjectives, '|'), keys)
            (cities if kind == 'city' else regions).append(entry)
    header = '# id\tname\taliases\tadjectives\tkeys\n# source: curated/foreign-places.tsv (hand-curated, public knowledge; populations rough)\n'
    for fname, entries in (('foreign-municipalities.tsv', cities), ('foreign-states.tsv', regions)):
        with open(os.path.join(out, fname), 'w', encoding='utf-8', newline='\n') as f:
            f.write(header)
            for e in entries:
                f.write(e.line() + '\n')
        print(f'{fname}: {len(entries)} rows')
    return {form for e in cities + regions for form in e.forms()}


def build_locations(out, place_forms):
    """Named places that are no entity of the graph (regions, waters, mountains, islands, city
    districts, streets, buildings) from curated/locations.tsv, written to locations.tsv with the
    key kind=. A form that is also a municipality, district, Land or country stays: where both
    fit, the entity wins (a higher priority); where the town is ruled out ("an der Elbe": no
    town after an article), the location is left. Such forms are printed."""
    kinds = {'region', 'water', 'mountain', 'island', 'quarter', 'street', 'building'}
    entries, shared = [], []
    with open(os.path.join(CURATED, 'locations.tsv'), encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            if line.startswith('#') or not line.strip():
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) not in (2, 3) or cols[0] not in kinds or not cols[1]:
                sys.exit(f'locations.tsv:{number}: expected kind<TAB>name[<TAB>aliases] with kind in {sorted(kinds)}')
            kind, name, aliases = cols[0], cols[1], split(cols[2] if len(cols) > 2 else '', '|')
            shared += [form for form in [name] + aliases if form in place_forms]
            entries.append(Entry(f'location:{slug(name)}', name, aliases, [], [('kind', kind)]))
    ids = [e.id for e in entries]
    if len(ids) != len(set(ids)):
        sys.exit('locations.tsv: two names give the same id')
    entries.sort(key=lambda e: e.id)
    with open(os.path.join(out, 'locations.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# id\tname\taliases\tadjectives\tkeys\n')
        f.write('# source: curated/locations.tsv (hand-curated, public knowledge)\n')
        for e in entries:
            f.write(e.line() + '\n')
    print(f'locations.tsv: {len(entries)} rows (forms also of places of the graph: {", ".join(sorted(shared)) or "none"})')


# ----------------------------------------------------------------------------- surnames

# Frequent surnames that the word tests above would drop (Müllerei, Hitlerjugend …) but that
# are far more often names.
SURNAME_KEEP = {'Müller', 'Schmidt', 'Meyer', 'Becker', 'Hoffmann', 'Hofmann', 'Zimmermann', 'Hartmann',
                'Krüger', 'Krause', 'Lehmann', 'Köhler', 'Herrmann', 'Hitler', 'Stalin', 'Merkel', 'Scholz'}


# The party a source lists, under a form of the party's entry in organizations.tsv (so that the
# extractor can compare it with a party the text names); parties without an entry keep the
# source's form, "parteilos" and the like give no key.
PARTY_FORMS = {
    'SPD': 'SPD', 'CDU': 'CDU', 'CSU': 'CSU', 'FDP': 'FDP', 'AfD': 'AfD', 'BSW': 'BSW', 'SSW': 'SSW',
    'BÜNDNIS 90/DIE GRÜNEN': 'Bündnis 90/Die Grünen', 'DIE GRÜNEN/BÜNDNIS 90': 'Bündnis 90/Die Grünen',
    'GRÜNE': 'Bündnis 90/Die Grünen', 'B90/GRÜNE': 'Bündnis 90/Die Grünen',
    'DIE LINKE.': 'Die Linke', 'LINKE': 'Die Linke', 'Freie Wähler': 'Freie Wähler', 'Volt': 'Volt Deutschland',
}
NO_PARTY = {'Plos', 'parteilos', 'Parteilos', 'fraktionslos', 'Fraktionslos', 'NA', ''}


def party_form(v):
    v = (v or '').strip()
    if v in NO_PARTY:
        return ''
    return PARTY_FORMS.get(v, v)


class Politician:
    """One person of the sources: a member of the Bundestag (btmembers) and/or a politician of
    DBÖS (a member of a parliament or cabinet in March 2026)."""

    def __init__(self, name):
        self.name = name
        self.bundestag = ''
        self.dboes = ''
        self.wikidata = ''
        self.party = ''
        self.born = ''
        self.parliaments = []  # gazetteer ids of parliaments (organizations.tsv)
        self.cabinet = ''       # 'bund' or a Land's code
        self.term = None        # (first year, last year or None while in office) in the Bundestag

    def current(self):
        """In office in 2025/26 according to its source."""
        return bool(self.dboes) or (self.term is not None and self.term[1] is None)

    def entry(self, id_):
        e = Entry(id_, self.name)
        e.set_key('bundestag', self.bundestag)
        e.set_key('wikidata', self.wikidata)
        e.set_key('dboes', self.dboes)
        e.set_key('party', self.party)
        e.set_key('born', self.born)
        if self.parliaments:
            e.set_key('parliament', ','.join(self.parliaments))
        e.set_key('cabinet', self.cabinet)
        if self.term:
            e.set_key('term', f"{self.term[0]}-{self.term[1] or ''}")
        if self.dboes:
            e.set_key('current', '2026-03')
        return e


def read_bundestag_members(data):
    """Members of the Bundestag 1949-2025 by their current name (btmembers), with their keys."""
    bt = os.path.join(data, 'btmembers/csv')
    bio = {r['id']: r for r in read_csv(os.path.join(bt, 'bio.csv'))}
    terms = {}
    for r in read_csv(os.path.join(bt, 'wp.csv')):
        first, last = r['mdbwp_von'][:4], r['mdbwp_bis'][:4]
        lo, hi = terms.get(r['id'], (None, ''))
        open_end = last in ('', 'NA') or hi is None
        terms[r['id']] = (min(x for x in (lo, first) if x), None if open_end else max(hi, last))
    qids = {}
    ids_path = os.path.join(data, 'bundestag_wikidata/IDs.tsv')
    if os.path.exists(ids_path):
        with open(ids_path, encoding='utf-8') as f:
            for line in f:
                cols = line.rstrip('\n').split('\t')
                if len(cols) == 2 and re.match(r'^Q\d+$', cols[1]):
                    qids[cols[0]] = cols[1]
    na = lambda v: '' if v in ('', 'NA') else v
    members = []
    for r in read_csv(os.path.join(bt, 'namen.csv')):
        if na(r['historie_bis']):
            continue  # an earlier name
        given = na(r['vorname'])
        # "Reinhold F.", "Kurt H.": a given name cut to an initial is not how articles name them
        given = ' '.join(w for w in given.split() if not re.match(r'^\w\.$', w))
        surname = na(r['nachname'])
        if not given or not surname:
            continue
        p = Politician(re.sub(r'\s+', ' ', ' '.join(x for x in (given, na(r['praefix']), surname) if x)).strip())
        member = r['id']
        p.bundestag = member
        p.wikidata = qids.get(member, '')
        b = bio.get(member, {})
        p.party = party_form(na(b.get('partei_kurz', '')))
        if re.match(r'^\d{4}', na(b.get('geburtsdatum', ''))):
            p.born = b['geburtsdatum'][:4]
        p.parliaments = ['organization:deutscher-bundestag']
        p.term = terms.get(member)
        members.append(p)
    return members


def read_dboes_politicians(data, orgs, states):
    """Politicians of DBÖS (Typ 21): members of the Bundestag, the Landtage and the European
    Parliament and of the cabinets, with party and parliament, in March 2026."""
    path = os.path.join(data, 'dboes/data/komplett.csv')
    if not os.path.exists(path):
        print('warning: dboes/ not found; DBÖS politicians left out', file=sys.stderr)
        return []
    by_form = {}
    for e in orgs.values():
        if e.key('category') in ('parliament', 'eu'):
            for f in e.forms():
                by_form.setdefault(f, e.id)
    state_codes = {e.name: e.id.split(':', 1)[1] for e in states.values()}
    result = []
    for r in read_csv(path):
        if r['Typ'].strip() != '21' or ',' not in r['Name']:
            continue
        surname, given = [x.strip() for x in r['Name'].split(',', 1)]
        given = re.sub(r'\b(Dr|Prof|h\. ?c)\.\s*', '', given).strip()
        if not given or not surname or re.search(r'[.()]', given + surname):
            continue
        p = Politician(re.sub(r'\s+', ' ', f'{given} {surname}'))
        p.dboes = r['KomplettID']
        p.party = party_form(r['T_Partei'])
        seat = r['T_Abgeordneter'].strip()
        if seat.startswith('Kabinett '):
            land = seat[len('Kabinett '):]
            p.cabinet = 'bund' if land == 'Bund' else state_codes.get(land, '')
        elif seat in by_form:
            p.parliaments = [by_form[seat]]
        elif seat == 'Bundestag':
            p.parliaments = ['organization:deutscher-bundestag']
        else:
            print(f'warning: DBÖS seat {seat!r} has no parliament in organizations.tsv', file=sys.stderr)
        result.append(p)
    return result


def same_person(a, b):
    """Two records of one name that the sources let us take for one person: the same party, or a
    member of the Bundestag in office in 2025 and a DBÖS politician of the Bundestag or the
    federal cabinet (a member who changed party keeps the seat)."""
    if a.party and a.party == b.party:
        return True
    for x, y in ((a, b), (b, a)):
        if x.bundestag and x.current() and not y.bundestag and y.dboes and (
                'organization:deutscher-bundestag' in y.parliaments or y.cabinet == 'bund'):
            return True
    return False


def merge_politicians(a, b):
    for field in ('bundestag', 'dboes', 'wikidata', 'party', 'born', 'cabinet'):
        if not getattr(a, field):
            setattr(a, field, getattr(b, field))
    if b.dboes:
        a.party = b.party or a.party  # the party of 2026 over the one the member was elected for
    a.parliaments = dedup(a.parliaments + b.parliaments)
    a.term = a.term or b.term


def build_persons(data, out, other_forms, orgs, states):
    """Politicians the data knows: members of the Bundestag 1949-2025 (btmembers, from the
    Bundestag's open data) under their current name, and the members of the Landtage, the
    European Parliament and the cabinets in DBÖS (March 2026). Keys: `bundestag` (member id),
    `wikidata` (bundestag_wikidata), `dboes` (DBÖS id), `party` (a form of the party's entry),
    `parliament` (gazetteer ids of the parliaments), `cabinet` (`bund` or a Land's code), `term`
    (first and last year in the Bundestag; open while in office), `current` (in office at the
    DBÖS snapshot) and `born` (year).

    Records of one name are one person when `same_person` says so. A name that several persons
    share gives each of them an id of its own (`person:<slug>-mdb-<bundestag id>` or
    `person:<slug>-dboes-<DBÖS id>`) and the key `shared=<n>`: the extractor picks one by the
    party, parliament and date of the article, or none. A name that is a form of another entry
    (a place, an organization) is left out."""
    if not os.path.exists(os.path.join(data, 'btmembers/csv/namen.csv')):
        print('warning: btmembers/ not found; persons.tsv not written', file=sys.stderr)
        return {}
    groups = {}
    for p in read_bundestag_members(data) + read_dboes_politicians(data, orgs, states):
        groups.setdefault(p.name, []).append(p)
    entries = {}
    shared_names = 0
    for name, records in sorted(groups.items()):
        if name in other_forms:
            continue
        persons = []
        for r in records:
            for p in persons:
                if same_person(p, r):
                    merge_politicians(p, r)
                    break
            else:
                persons.append(r)
        base = 'person:' + slug(name)
        if len(persons) == 1:
            entries[base] = persons[0].entry(base)
            continue
        shared_names += 1
        for p in persons:
            id_ = f'{base}-mdb-{p.bundestag}' if p.bundestag else f'{base}-dboes-{p.dboes}'
            e = p.entry(id_)
            e.set_key('shared', len(persons))
            entries[id_] = e
    write_tsv(out, 'persons.tsv', entries,
              'source: btmembers (jolyphil/btmembers @ 84eb690, MIT) from "Deutscher Bundestag, Stammdaten aller '
              'Abgeordneten seit 1949" (open data, version 2025-09-30); Wikidata ids from lucaswerkmeister/bundestag '
              '(CC0 facts); DBÖS politicians (Leibniz-HBI/DBoeS-data @ 6cd9f30, CC BY 4.0, March 2026); '
              f'{shared_names} names shared by several persons, each with an id of its own and shared=; '
              'names of other entries left out')
    return entries


def build_surnames(data, out, words, place_forms):
    """Surnames that may stand alone as a person ("Merkel sagte", "Schröders Rede"): GermaNER's
    list without ordinary words (ngerman, either case), given names and place names."""
    given = set()
    with open(os.path.join(out, 'given-names.tsv'), encoding='utf-8') as f:
        given = {l.split('\t', 1)[0] for l in f if not l.startswith('#')}
    names = set()
    dropped = 0
    with open(os.path.join(data, 'ler_gazetteers/personennamen.list'), encoding='utf-8') as f:
        for line in f:
            n = line.strip()
            if len(n) < 3 or not n[0].isupper() or not n.replace('-', '').isalpha() or n.isupper():
                continue
            if n not in SURNAME_KEEP and (n in given or n in place_forms or n in GIVEN_NAME_BLOCKLIST):
                continue
            if n not in SURNAME_KEEP and (words.lower_listed(n) or words.is_word(n) or words.heads_compounds(n)):
                dropped += 1
                continue
            names.add(n)
    path = os.path.join(out, 'surnames.txt')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# One surname per line: names that are read as a person on their own.\n')
        f.write('# source: GermaNER inDBnachnamen.txt via LER gazetteers/personennamen.list (Apache-2.0), without '
                'German words (Debian wngerman), given names and place names; see build_gazetteer.py\n')
        for n in sorted(names):
            f.write(n + '\n')
    print(f'surnames.txt: {len(names)} rows ({dropped} that are words left out)')


# ----------------------------------------------------------------------------- main

def main():
    repo_root = os.path.dirname(os.path.dirname(HERE))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', default=os.path.join(repo_root, '..', 'shared', 'data'))
    ap.add_argument('--out', default=os.path.join(repo_root, 'gazetteer'))
    ap.add_argument('--wordlist', default=WORDLIST)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    words = Words(args.wordlist)
    states = build_states(args.data, args.out)
    municipalities = build_municipalities(args.data, args.out, words)
    districts = build_districts(args.data, args.out, municipalities)
    countries = build_countries(args.data, args.out)
    orgs = build_organizations(args.data, args.out)
    blocked = {a for ents in (orgs, states, countries) for e in ents.values() for a in e.forms()
               if looks_like_abbreviation(a) and ' ' not in a}
    build_laws(args.data, args.out, words, blocked)
    build_given_names(args.data, args.out, words)
    place_forms = {f for ents in (states, countries, municipalities, districts) for e in ents.values() for f in e.forms()}
    place_forms |= build_foreign_places(args.out, countries)
    build_locations(args.out, place_forms)
    build_surnames(args.data, args.out, words, place_forms)
    other_forms = place_forms | {f for e in orgs.values() for f in e.forms()}
    build_persons(args.data, args.out, other_forms, orgs, states)
    words.write_hits()


if __name__ == '__main__':
    main()
