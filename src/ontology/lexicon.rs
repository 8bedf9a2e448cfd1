//! The lexicons of `ontology/lexicon/`, parsed and compiled for matching.
//!
//! Named entries (countries, capitals, places, cities, organisations, media)
//! are put into one byte trie of all their surface forms ([`super::trie`]);
//! roles, cues, nominals and group nouns are indexed by their first word, since
//! they are matched on tokens, and every word that may start a name, a role,
//! a group or a cue has its [`WordClass`].

use std::collections::BTreeSet;

/// Hash maps with a fast, fixed (hence deterministic) hasher: the lexicons
/// are looked up for every token, and SipHash showed in profiles.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::trie::Trie;
use super::tsv::{Row, read_list, read_table};
use super::{EntityType, OntologyError, PredicateId, Property};
use crate::text;

/// Index of an entry in [`Lexicon::entries`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LexId(pub u32);

/// A named thing the lexicons know: a country, city, place, organisation or outlet.
#[derive(Clone, Debug)]
pub struct LexEntry {
    /// Stable identity key, unique across files: `country:germany`.
    pub key: String,
    pub name: String,
    pub entity_type: EntityType,
    pub qid: Option<String>,
    /// Lower-case nouns it is called by on second mention ("alliance").
    pub nouns: Vec<String>,
    /// For capitals and cities: the country they belong to.
    pub country: Option<LexId>,
    /// Is this city a capital or seat of government of `country`? Capitals
    /// may stand for their country ("Moscow warned").
    pub capital: bool,
}

/// How a surface form names its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FormKind {
    Name,
    Alias,
    /// Matched case-exactly.
    Acronym,
    /// A nationality adjective or people noun: refers to the country.
    Demonym,
    /// A seat of government standing for the country ("the White House").
    Seat,
}

/// One reading of a surface form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LexForm {
    pub entry: LexId,
    pub kind: FormKind,
}

/// A validated match of a lexicon surface form in a text.
#[derive(Clone, Debug)]
pub struct LexMatch<'l> {
    pub start: usize,
    pub end: usize,
    pub forms: &'l [LexForm],
}

/// A role title from `roles.tsv`.
#[derive(Clone, Debug)]
pub struct Role {
    pub title: String,
    /// The relation a holder of the role has towards its owner.
    pub relation: PredicateId,
    pub owners: BTreeSet<EntityType>,
    /// Held by one person at a time (president, mayor): may describe a person.
    pub post: bool,
}

/// Part of speech of a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CuePos {
    Verb,
    Noun,
}

/// How the object of a cue is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CueFrame {
    /// The first entity after the cue in its clause.
    Direct,
    /// The entity after this preposition, after the cue, in the clause.
    Prep(String),
    /// The subject of the `that` clause after the cue.
    That,
    /// Nouns: "X's war in Y", "the war between X and Y", "the X-Y war".
    Possessive,
}

/// One surface form of a relation cue, as a sequence of lower-case words.
#[derive(Clone, Debug)]
pub struct Cue {
    pub predicate: PredicateId,
    pub pos: CuePos,
    pub words: Vec<String>,
    /// The lemma as written in cues.tsv, for evidence.
    pub lemma: String,
    /// Is this form a present participle or gerund ("sharing")?
    pub gerund: bool,
    pub frames: Vec<CueFrame>,
    pub confidence: f32,
}

/// What a modality word does to a clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modality {
    Negation,
    Hedge,
    Condition,
}

/// Boilerplate rules of `boilerplate.tsv`.
#[derive(Clone, Debug, Default)]
pub struct Boilerplate {
    pub lines: HashSet<String>,
    pub prefixes: LineStarts,
    pub contains: Vec<String>,
    pub appeals: Vec<String>,
    /// Line starts that open a list of other articles ("related posts").
    pub related: LineStarts,
    /// `contains` then `appeals`, compiled: one pass over a line finds both.
    phrases: Option<AhoCorasick>,
}

impl Boilerplate {
    /// Scans a line: does it contain a credit marker, and how many distinct
    /// appeal phrases does it hold? `lowered` is a buffer the line is
    /// lowered into, reused from line to line.
    pub fn scan(&self, line: &str, lowered: &mut String) -> (bool, usize) {
        let Some(matcher) = &self.phrases else {
            return (false, 0);
        };
        // The phrases are in lower case; matching them against the line with
        // its ASCII letters lowered is matching them ASCII-case-insensitively,
        // and lets the automaton skip ahead with a vectorised prefilter,
        // which a case-insensitive automaton cannot.
        lowered.clear();
        lowered.push_str(line);
        lowered.make_ascii_lowercase();
        let mut credit = false;
        let mut appeals: Vec<usize> = Vec::new();
        for m in matcher.find_iter(lowered.as_str()) {
            let p = m.pattern().as_usize();
            if p < self.contains.len() {
                credit = true;
            } else if !appeals.contains(&p) {
                appeals.push(p);
            }
        }
        (credit, appeals.len())
    }
}

/// Lower-case phrases that a line may start with, grouped by their first
/// byte: a line is compared only with the few phrases that begin as it does,
/// not with every one.
#[derive(Clone, Debug, Default)]
pub struct LineStarts {
    phrases: Vec<String>,
    by_first_byte: HashMap<u8, Vec<usize>>,
    has_empty: bool,
}

impl LineStarts {
    pub fn push(&mut self, phrase: String) {
        // An empty phrase starts every line; it is filed under no byte and
        // checked on its own.
        match phrase.as_bytes().first() {
            Some(&first) => self
                .by_first_byte
                .entry(first)
                .or_default()
                .push(self.phrases.len()),
            None => self.has_empty = true,
        }
        self.phrases.push(phrase);
    }

    /// Does `lower` (a line in lower case) start with one of the phrases?
    pub fn starts(&self, lower: &str) -> bool {
        let candidates = lower
            .as_bytes()
            .first()
            .and_then(|b| self.by_first_byte.get(b));
        self.has_empty
            || candidates.is_some_and(|c| {
                c.iter()
                    .any(|&i| lower.starts_with(self.phrases[i].as_str()))
            })
    }
}

/// An industry sector group: its canonical label and identity key.
#[derive(Clone, Debug)]
pub struct Sector {
    pub label: String,
    pub key: String,
}

/// Every lexicon, parsed and indexed.
#[derive(Debug)]
pub struct Lexicon {
    pub entries: Vec<LexEntry>,
    pattern_forms: Vec<Vec<LexForm>>,
    /// Every name pattern, searched anchored at the tokens where a name may start.
    names: Trie,
    /// The first word of every name pattern: the trie is only searched where
    /// one of these stands, which skips most capitalised words ("Trump").
    first_words: HashSet<String>,
    first_word_filter: WordFilter,
    /// What each lower-case word may begin (a name, a role, a group, a
    /// cue), so that a token is looked up once, not once per recogniser.
    word_classes: HashMap<String, WordClass>,
    word_class_filter: WordFilter,
    pub roles: Vec<Role>,
    role_index: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// The word lists and small tables that stand alone.
    words: WordLists,
    pub sectors: Vec<Sector>,
    /// (modifier words, head words, sector index), indexed by first modifier word.
    sector_index: HashMap<String, Vec<(Vec<String>, HashSet<String>, usize)>>,
    sector_heads: HashSet<String>,
    member_nouns: Vec<Vec<String>>,
    agent_nouns: Vec<Vec<String>>,
    pub cues: Vec<Cue>,
    cue_index: HashMap<String, Vec<usize>>,
    pub boilerplate: Boilerplate,
    spelling: HashMap<String, String>,
    spelling_filter: WordFilter,
}

/// What a lower-case word may begin, as bits: the answer to the lexicon
/// questions that the recognisers ask of every token, found with one
/// lookup per token ([`Lexicon::word_class`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordClass(u8);

impl WordClass {
    /// Some name pattern starts with this word in some case; whether it does
    /// in the token's own case is [`Lexicon::may_start_name`].
    const NAME: u8 = 1;
    const ROLE: u8 = 2;
    const GROUP: u8 = 4;
    const CUE: u8 = 8;

    fn with(self, bit: u8) -> WordClass {
        WordClass(self.0 | bit)
    }

    pub fn may_start_name(self) -> bool {
        self.0 & Self::NAME != 0
    }

    pub fn may_start_role(self) -> bool {
        self.0 & Self::ROLE != 0
    }

    pub fn may_start_group(self) -> bool {
        self.0 & Self::GROUP != 0
    }

    pub fn may_start_cue(self) -> bool {
        self.0 & Self::CUE != 0
    }
}

/// Which (first byte, length) pairs the words of a set have: a word whose
/// pair is absent is not in the set. The recognisers ask several sets about
/// every token, and this turns most tokens away before any hashing.
#[derive(Clone, Debug)]
struct WordFilter {
    /// Bit `min(length, 31)` of the entry for the first byte (0 for "").
    lengths: Box<[u32; 256]>,
}

impl WordFilter {
    fn new<'w>(words: impl Iterator<Item = &'w String>) -> WordFilter {
        let mut lengths = Box::new([0u32; 256]);
        for w in words {
            let (first, bit) = Self::pair(w);
            lengths[first] |= bit;
        }
        WordFilter { lengths }
    }

    fn pair(word: &str) -> (usize, u32) {
        let bytes = word.as_bytes();
        (
            bytes.first().copied().unwrap_or(0) as usize,
            1 << bytes.len().min(31),
        )
    }

    /// False only when `word` is not in the set.
    fn may_contain(&self, word: &str) -> bool {
        let (first, bit) = Self::pair(word);
        self.lengths[first] & bit != 0
    }
}

/// The class of every word that starts something in the lexicon, from
/// (bit, word) pairs: each word lower-cased as the segmenter lowers a token
/// (character by character), with the bits of every set it is in.
fn word_classes<'w>(words: impl Iterator<Item = (u8, &'w str)>) -> HashMap<String, WordClass> {
    let mut classes: HashMap<String, WordClass> = HashMap::default();
    for (bit, w) in words {
        let lower: String = w.chars().flat_map(char::to_lowercase).collect();
        let class = classes.entry(lower).or_default();
        *class = class.with(bit);
    }
    classes
}

fn parse_type(row: &Row<'_>, index: usize) -> Result<EntityType, OntologyError> {
    let name = row.get(index);
    EntityType::parse(name).ok_or_else(|| {
        row.error(format!(
            "unknown entity type `{name}`; use one of {}",
            EntityType::ALL.map(|t| t.name()).join(", ")
        ))
    })
}

fn check_qid(row: &Row<'_>, index: usize) -> Result<Option<String>, OntologyError> {
    match row.optional(index) {
        None => Ok(None),
        Some(q)
            if q.len() > 1 && q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            Ok(Some(q.to_string()))
        }
        Some(q) => Err(row.error(format!(
            "`{q}` is not a Wikidata item id (Q followed by digits); leave it empty"
        ))),
    }
}

/// Collects entries and their surface forms while the lexicon files are read.
#[derive(Default)]
struct EntryBuilder {
    entries: Vec<LexEntry>,
    keys: HashMap<String, LexId>,
    forms: Vec<(String, LexForm)>,
}

impl EntryBuilder {
    fn add(&mut self, row: &Row<'_>, entry: LexEntry) -> Result<LexId, OntologyError> {
        if self.keys.contains_key(&entry.key) {
            return Err(row.error(format!("duplicate id `{}`", entry.key)));
        }
        let id = LexId(self.entries.len() as u32);
        self.keys.insert(entry.key.clone(), id);
        self.form(&entry.name.clone(), id, FormKind::Name);
        self.entries.push(entry);
        Ok(id)
    }

    fn form(&mut self, surface: &str, entry: LexId, kind: FormKind) {
        if !surface.trim().is_empty() {
            self.forms
                .push((surface.trim().to_string(), LexForm { entry, kind }));
        }
    }

    fn city(
        &mut self,
        row: &Row<'_>,
        name: &str,
        country: Option<LexId>,
        qid: Option<String>,
        capital: bool,
    ) -> Result<LexId, OntologyError> {
        let key = format!("city:{}", text::slug(name));
        if let Some(&id) = self.keys.get(&key) {
            return Ok(id);
        }
        let entry = LexEntry {
            key,
            name: name.to_string(),
            entity_type: EntityType::City,
            qid,
            nouns: vec![],
            country,
            capital,
        };
        self.add(row, entry)
    }
}

type Files = std::collections::HashMap<&'static str, String>;

fn file<'a>(files: &'a Files, name: &str) -> &'a str {
    files.get(name).map(String::as_str).unwrap_or("")
}

/// The named entries of the lexicon and the patterns that find them.
struct NameTable {
    entries: Vec<LexEntry>,
    pattern_forms: Vec<Vec<LexForm>>,
    trie: Trie,
    first_words: HashSet<String>,
}

impl NameTable {
    fn read(files: &Files) -> Result<NameTable, OntologyError> {
        let mut b = EntryBuilder::default();
        read_countries(files, &mut b)?;
        read_places(files, &mut b)?;
        read_cities(files, &mut b)?;
        read_organizations(files, &mut b)?;
        read_media(files, &mut b)?;

        let mut pattern_ids: HashMap<String, usize> = HashMap::default();
        let mut patterns = Vec::new();
        let mut pattern_forms: Vec<Vec<LexForm>> = Vec::new();
        for (surface, form) in b.forms {
            for variant in case_variants(&surface, form.kind) {
                let index = *pattern_ids.entry(variant.clone()).or_insert_with(|| {
                    patterns.push(variant);
                    pattern_forms.push(Vec::new());
                    patterns.len() - 1
                });
                if !pattern_forms[index].contains(&form) {
                    pattern_forms[index].push(form);
                }
            }
        }
        // Case-exact, longest first, searched anchored at the tokens where a
        // name may start. The case variants a name is written in (headlines in
        // capitals, "the Hague") are patterns of their own. The trie and the
        // first words (about 2 ms each) are built side by side: this half of
        // the lexicon is the longer one.
        let (first_words, trie) = rayon::join(
            || patterns.iter().map(|p| first_word(p).to_string()).collect(),
            || Trie::new(&patterns),
        );
        Ok(NameTable {
            entries: b.entries,
            pattern_forms,
            trie,
            first_words,
        })
    }
}

/// The lexicon's word lists and small tables that stand alone.
#[derive(Debug)]
struct WordLists {
    honorifics: HashSet<String>,
    portfolios: HashSet<String>,
    given_names: HashSet<String>,
    common_words: HashSet<String>,
    stop_names: HashSet<String>,
    common_acronyms: HashSet<String>,
    designators: HashMap<String, EntityType>,
    nominals: HashMap<String, (EntityType, bool)>,
    modality: HashMap<String, Modality>,
}

impl WordLists {
    fn read(files: &Files) -> Result<WordLists, OntologyError> {
        let word_set = |name: &str| {
            read_list(file(files, name))
                .map(str::to_string)
                .collect::<HashSet<_>>()
        };
        let lower_set = |name: &str| {
            read_list(file(files, name))
                .map(|w| w.to_lowercase())
                .collect::<HashSet<_>>()
        };
        Ok(WordLists {
            honorifics: word_set("lexicon/honorifics.txt"),
            portfolios: lower_set("lexicon/portfolios.txt"),
            given_names: word_set("lexicon/given_names.txt"),
            common_words: lower_set("lexicon/common_words.txt"),
            stop_names: word_set("lexicon/stop_names.txt"),
            common_acronyms: word_set("lexicon/common_acronyms.txt"),
            designators: read_typed_words(files, "lexicon/designators.tsv", "word")?,
            nominals: read_nominals(files)?,
            modality: read_modality(files)?,
        })
    }
}

impl Lexicon {
    pub(crate) fn parse(files: &Files, properties: &[Property]) -> Result<Lexicon, OntologyError> {
        // The name table, the longest part, is built while the rest is read:
        // they read different files. Errors are reported in the same order
        // either way.
        let (names, (words, boilerplate, roles, groups, cues, spelling)) = rayon::join(
            || NameTable::read(files),
            || {
                (
                    WordLists::read(files),
                    read_boilerplate(files),
                    read_roles(files, properties),
                    read_groups(files),
                    read_cues(files, properties),
                    read_spelling(files),
                )
            },
        );
        let (names, words, boilerplate) = (names?, words?, boilerplate?);
        let (roles, role_index) = roles?;
        let (sectors, sector_index, sector_heads, member_nouns, agent_nouns) = groups?;
        let (cues, cue_index) = cues?;
        let spelling = spelling?;
        // Groups start with a sector modifier, a sector head or the first
        // word of a membership noun.
        let group_starts = (sector_index.keys().chain(&sector_heads))
            .chain(member_nouns.iter().filter_map(|seq| seq.first()));
        let word_classes = word_classes(
            (names
                .first_words
                .iter()
                .map(|w| (WordClass::NAME, w.as_str())))
            .chain(role_index.keys().map(|w| (WordClass::ROLE, w.as_str())))
            .chain(group_starts.map(|w| (WordClass::GROUP, w.as_str())))
            .chain(cue_index.keys().map(|w| (WordClass::CUE, w.as_str()))),
        );

        Ok(Lexicon {
            entries: names.entries,
            pattern_forms: names.pattern_forms,
            names: names.trie,
            first_word_filter: WordFilter::new(names.first_words.iter()),
            first_words: names.first_words,
            word_class_filter: WordFilter::new(word_classes.keys()),
            word_classes,
            roles,
            role_index,
            words,
            sectors,
            sector_index,
            sector_heads,
            member_nouns,
            agent_nouns,
            cues,
            cue_index,
            boilerplate,
            spelling_filter: WordFilter::new(spelling.keys()),
            spelling,
        })
    }

    /// The entry with this id.
    pub fn entry(&self, id: LexId) -> &LexEntry {
        &self.entries[id.0 as usize]
    }

    /// What a token may begin, from its lower-case text.
    pub fn word_class(&self, lower: &str) -> WordClass {
        if !self.word_class_filter.may_contain(lower) {
            return WordClass::default();
        }
        self.word_classes.get(lower).copied().unwrap_or_default()
    }

    /// May a lexicon name start at a token with this text (case-exact)?
    pub fn may_start_name(&self, word: &str) -> bool {
        self.first_word_filter.may_contain(word) && self.first_words.contains(word)
    }

    /// The longest lexicon name starting at each of `starts` (byte offsets)
    /// and ending by `end`, on word boundaries. Searching only where a name
    /// may start is much cheaper than scanning every byte.
    pub fn find_at<'l>(
        &'l self,
        text: &'l str,
        starts: impl Iterator<Item = usize> + 'l,
        end: usize,
    ) -> impl Iterator<Item = LexMatch<'l>> + 'l {
        let bytes = text.as_bytes();
        starts
            .filter(|&s| is_boundary_before(bytes, s))
            .filter_map(move |start| {
                let (m_end, pattern) = self.names.longest_at(bytes, start, end)?;
                is_boundary_after(bytes, m_end).then(|| LexMatch {
                    start,
                    end: m_end,
                    forms: &self.pattern_forms[pattern],
                })
            })
    }

    /// Role titles starting at `words[0]` (lower case): (number of words,
    /// role index), longest first.
    pub fn roles_at(&self, words: &[&str]) -> Vec<(usize, usize)> {
        let Some(first) = words.first() else {
            return vec![];
        };
        let Some(candidates) = self.role_index.get(*first) else {
            return vec![];
        };
        let mut out: Vec<(usize, usize)> = candidates
            .iter()
            .filter(|(seq, _)| {
                seq.len() <= words.len() && seq.iter().zip(words).all(|(a, b)| a == b)
            })
            .map(|(seq, role)| (seq.len(), *role))
            .collect();
        out.sort_by_key(|&(len, _)| std::cmp::Reverse(len));
        out
    }

    pub fn is_honorific(&self, word: &str) -> bool {
        self.words.honorifics.contains(word)
    }

    /// Is `word` followed by a full stop an honorific ("Dr" of "Dr.")?
    /// Checked without allocating: the words are short.
    pub fn is_honorific_dotted(&self, word: &str) -> bool {
        let mut buf = [0u8; 32];
        text::concat_on_stack(&mut buf, &[word, "."])
            .is_some_and(|w| self.words.honorifics.contains(w))
    }

    /// Is this (lower-case) word part of a role's portfolio or rank ("defence", "senior")?
    pub fn is_portfolio_word(&self, word: &str) -> bool {
        self.words.portfolios.contains(word)
    }

    pub fn is_given_name(&self, word: &str) -> bool {
        self.words.given_names.contains(word)
    }

    /// Is this (any case) an ordinary English word?
    pub fn is_common_word(&self, word: &str) -> bool {
        if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
            return self.words.common_words.contains(word);
        }
        // Mostly a capitalised ASCII word: lowered on the stack.
        let mut buf = [0u8; 32];
        if word.is_ascii() && word.len() <= buf.len() {
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).is_ok_and(|w| self.words.common_words.contains(w));
        }
        self.words
            .common_words
            .contains(word.to_lowercase().as_str())
    }

    pub fn is_stop_name(&self, word: &str) -> bool {
        self.words.stop_names.contains(word)
    }

    pub fn is_common_acronym(&self, word: &str) -> bool {
        self.words.common_acronyms.contains(word)
    }

    /// The type a name ending in `word` gets (`Summit` → Event).
    pub fn designator(&self, word: &str) -> Option<EntityType> {
        self.words.designators.get(word).copied()
    }

    /// The type a definite description with this head noun refers to, and
    /// whether it is strict (refers only to entities named with the noun).
    pub fn nominal(&self, noun: &str) -> Option<(EntityType, bool)> {
        self.words.nominals.get(noun).copied()
    }

    /// A sector group starting at `words[0]` (lower case): (words used, sector index).
    pub fn sector_at(&self, words: &[&str]) -> Option<(usize, usize)> {
        let first = *words.first()?;
        let mut best: Option<(usize, usize)> = None;
        for (modifier, heads, sector) in self.sector_index.get(first).into_iter().flatten() {
            let n = modifier.len();
            if words.len() <= n || !modifier.iter().zip(words).all(|(a, b)| a == b) {
                continue;
            }
            if heads.contains(words[n]) && best.is_none_or(|(len, _)| n + 1 > len) {
                best = Some((n + 1, *sector));
            }
        }
        best
    }

    /// Is this (lower-case) word a bare sector head ("industry", "companies")
    /// that may refer back to a sector group?
    pub fn is_sector_head(&self, word: &str) -> bool {
        self.sector_heads.contains(word)
    }

    /// A membership noun starting at `words[0]` (lower case, "member states"): number of words.
    pub fn member_noun_at(&self, words: &[&str]) -> Option<usize> {
        self.member_nouns
            .iter()
            .filter(|seq| seq.len() <= words.len() && seq.iter().zip(words).all(|(a, b)| a == b))
            .map(Vec::len)
            .max()
    }

    /// A noun after a demonym that makes it the acting state ("forces",
    /// "officials"), starting at `words[0]` (lower case): number of words.
    pub fn agent_noun_at(&self, words: &[&str]) -> Option<usize> {
        self.agent_nouns
            .iter()
            .filter(|seq| seq.len() <= words.len() && seq.iter().zip(words).all(|(a, b)| a == b))
            .map(Vec::len)
            .max()
    }

    /// Cues whose first word is `word` (lower case).
    pub fn cues_starting(&self, word: &str) -> impl Iterator<Item = &Cue> {
        let indices = if self.word_class(word).may_start_cue() {
            self.cue_index.get(word)
        } else {
            None
        };
        indices.into_iter().flatten().map(|&i| &self.cues[i])
    }

    /// The modality of a word or short phrase (lower case).
    pub fn modality(&self, phrase: &str) -> Option<Modality> {
        self.words.modality.get(phrase).copied()
    }

    /// The identity key of a name: [`text::normalize`] with British and
    /// American spellings folded together.
    pub fn name_key(&self, name: &str) -> String {
        let n = text::normalize(name);
        let respelled =
            |w: &str| self.spelling_filter.may_contain(w) && self.spelling.contains_key(w);
        if !n.split(' ').any(respelled) {
            return n;
        }
        n.split(' ')
            .map(|w| self.spelling.get(w).map(String::as_str).unwrap_or(w))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The first word of a pattern as the tokenizer cuts it: letters and digits
/// with internal dots, apostrophes and ampersands ("U.S.", "Côte", "al").
fn first_word(pattern: &str) -> &str {
    let chars: Vec<(usize, char)> = pattern.char_indices().collect();
    let mut end = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let joins = matches!(c, '.' | '\'' | '\u{2019}' | '&')
            && chars.get(k + 1).is_some_and(|(_, d)| d.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    // "U.S." keeps its final dot, as the tokenizer does for dotted initials.
    if pattern[end..].starts_with('.') && pattern[..end].contains('.') {
        end += 1;
    }
    // "People's Republic": the tokenizer splits the possessive off.
    let word = &pattern[..end];
    ["'s", "\u{2019}s"]
        .iter()
        .find_map(|p| word.strip_suffix(p))
        .unwrap_or(word)
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

fn is_boundary_before(bytes: &[u8], start: usize) -> bool {
    if start == 0 {
        return true;
    }
    let prev = bytes[start - 1];
    // "Weather.Co" must not match "Co"; a non-ASCII letter before is part of a word.
    !(is_word_byte(prev) && !is_unicode_punct_end(bytes, start)) && prev != b'.' && prev != b'@'
}

/// Does the multi-byte character ending at `end` count as punctuation (quotes, dashes)?
fn is_unicode_punct_end(bytes: &[u8], end: usize) -> bool {
    if bytes[end - 1] < 0x80 {
        return false;
    }
    let mut begin = end - 1;
    while begin > 0 && bytes[begin] & 0xC0 == 0x80 {
        begin -= 1;
    }
    std::str::from_utf8(&bytes[begin..end])
        .ok()
        .and_then(|s| s.chars().next())
        .is_some_and(|c| !c.is_alphanumeric())
}

fn is_boundary_after(bytes: &[u8], end: usize) -> bool {
    if end >= bytes.len() {
        return true;
    }
    let next = bytes[end];
    if next >= 0x80 {
        // A typographic apostrophe or quote ends a word; a letter does not.
        let tail =
            std::str::from_utf8(&bytes[end..(end + 4).min(bytes.len())]).unwrap_or_else(|e| {
                std::str::from_utf8(&bytes[end..end + e.valid_up_to()]).unwrap_or("")
            });
        return tail.chars().next().is_none_or(|c| !c.is_alphanumeric());
    }
    if next == b'.' {
        // "U.S" must not end inside "U.S.A"; a full stop after a word is fine.
        return !bytes.get(end + 1).is_some_and(|b| b.is_ascii_alphabetic());
    }
    !next.is_ascii_alphanumeric()
}

/// The spellings a surface form is matched in: as written; in capitals, as in
/// headlines (not for acronyms, and only for names long enough not to be
/// words: "IRAN", not "CHAD"); and with a lower-case article ("the Hague").
fn case_variants(surface: &str, kind: FormKind) -> Vec<String> {
    let mut out = vec![surface.to_string()];
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    if kind != FormKind::Acronym && letters >= 4 {
        out.push(surface.to_uppercase());
    }
    if let Some(rest) = surface.strip_prefix("The ") {
        out.push(format!("the {rest}"));
    }
    out.dedup();
    out
}

fn read_countries(files: &Files, b: &mut EntryBuilder) -> Result<(), OntologyError> {
    let name = "lexicon/countries.tsv";
    let header = [
        "id", "name", "aliases", "demonyms", "capitals", "seats", "iso2", "iso3", "qid",
    ];
    for row in read_table(name, file(files, name), &header)? {
        let id = b.add(
            &row,
            LexEntry {
                key: format!("country:{}", row.get(0)),
                name: row.get(1).to_string(),
                entity_type: EntityType::Country,
                qid: check_qid(&row, 8)?,
                nouns: vec![],
                country: None,
                capital: false,
            },
        )?;
        for alias in row.list(2) {
            let kind = if text::is_all_caps(alias) && !alias.contains(' ') {
                FormKind::Acronym
            } else {
                FormKind::Alias
            };
            b.form(alias, id, kind);
        }
        for demonym in row.list(3) {
            b.form(demonym, id, FormKind::Demonym);
        }
        for seat in row.list(5) {
            b.form(seat, id, FormKind::Seat);
        }
        for capital in row.list(4) {
            // "Kyiv/Kiev": one city, several spellings.
            let mut spellings = capital.split('/').map(str::trim).filter(|s| !s.is_empty());
            let Some(name) = spellings.next() else {
                continue;
            };
            let city = b.city(&row, name, Some(id), None, true)?;
            for spelling in spellings {
                b.form(spelling, city, FormKind::Alias);
            }
        }
    }
    Ok(())
}

fn read_places(files: &Files, b: &mut EntryBuilder) -> Result<(), OntologyError> {
    let name = "lexicon/places.tsv";
    for row in read_table(
        name,
        file(files, name),
        &["id", "name", "aliases", "demonyms", "qid"],
    )? {
        let id = b.add(
            &row,
            LexEntry {
                key: format!("place:{}", row.get(0)),
                name: row.get(1).to_string(),
                entity_type: EntityType::Location,
                qid: check_qid(&row, 4)?,
                nouns: vec![],
                country: None,
                capital: false,
            },
        )?;
        for alias in row.list(2) {
            b.form(alias, id, FormKind::Alias);
        }
        for demonym in row.list(3) {
            b.form(demonym, id, FormKind::Demonym);
        }
    }
    Ok(())
}

fn read_cities(files: &Files, b: &mut EntryBuilder) -> Result<(), OntologyError> {
    let name = "lexicon/cities.tsv";
    for row in read_table(
        name,
        file(files, name),
        &["id", "name", "aliases", "country", "qid"],
    )? {
        let country = match row.optional(3) {
            None => None,
            Some(c) => Some(*b.keys.get(&format!("country:{c}")).ok_or_else(|| {
                row.error(format!(
                    "unknown country id `{c}`; use an id from countries.tsv"
                ))
            })?),
        };
        let id = b.city(&row, row.get(1), country, check_qid(&row, 4)?, false)?;
        for alias in row.list(2) {
            b.form(alias, id, FormKind::Alias);
        }
    }
    Ok(())
}

fn add_organisation_forms(
    b: &mut EntryBuilder,
    row: &Row<'_>,
    id: LexId,
    aliases: usize,
    acronyms: usize,
) {
    for alias in row.list(aliases) {
        b.form(alias, id, FormKind::Alias);
    }
    for acronym in row.list(acronyms) {
        b.form(acronym, id, FormKind::Acronym);
    }
}

fn read_organizations(files: &Files, b: &mut EntryBuilder) -> Result<(), OntologyError> {
    let name = "lexicon/organizations.tsv";
    let header = ["id", "name", "type", "aliases", "acronyms", "nouns", "qid"];
    for row in read_table(name, file(files, name), &header)? {
        let entity_type = parse_type(&row, 2)?;
        let id = b.add(
            &row,
            LexEntry {
                key: format!("org:{}", row.get(0)),
                name: row.get(1).to_string(),
                entity_type,
                qid: check_qid(&row, 6)?,
                nouns: row.list(5).map(|n| n.to_lowercase()).collect(),
                country: None,
                capital: false,
            },
        )?;
        add_organisation_forms(b, &row, id, 3, 4);
    }
    Ok(())
}

fn read_media(files: &Files, b: &mut EntryBuilder) -> Result<(), OntologyError> {
    let name = "lexicon/media.tsv";
    for row in read_table(
        name,
        file(files, name),
        &["id", "name", "aliases", "acronyms", "qid"],
    )? {
        let id = b.add(
            &row,
            LexEntry {
                key: format!("media:{}", row.get(0)),
                name: row.get(1).to_string(),
                entity_type: EntityType::Media,
                qid: check_qid(&row, 4)?,
                nouns: vec![],
                country: None,
                capital: false,
            },
        )?;
        add_organisation_forms(b, &row, id, 2, 3);
    }
    Ok(())
}

type RoleIndex = HashMap<String, Vec<(Vec<String>, usize)>>;

fn words_of(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

fn property_named(
    row: &Row<'_>,
    properties: &[Property],
    name: &str,
) -> Result<PredicateId, OntologyError> {
    properties.iter().find(|p| p.name == name).map(|p| p.id).ok_or_else(|| {
        row.error(format!(
            "`{name}` is not a relation property of skein.ttl (rdfs:subPropertyOf sk:relatedTo); declare it there first"
        ))
    })
}

fn read_roles(
    files: &Files,
    properties: &[Property],
) -> Result<(Vec<Role>, RoleIndex), OntologyError> {
    let name = "lexicon/roles.tsv";
    let mut roles = Vec::new();
    let mut index: RoleIndex = HashMap::default();
    for row in read_table(
        name,
        file(files, name),
        &["title", "relation", "owners", "post", "aliases"],
    )? {
        let relation = property_named(&row, properties, row.get(1))?;
        let owners = row
            .list(2)
            .map(|t| {
                EntityType::parse(t).ok_or_else(|| row.error(format!("unknown owner type `{t}`")))
            })
            .collect::<Result<BTreeSet<_>, _>>()?;
        let post = match row.get(3) {
            "yes" => true,
            "no" => false,
            other => return Err(row.error(format!("post `{other}` must be `yes` or `no`"))),
        };
        let role = roles.len();
        roles.push(Role {
            title: row.get(0).to_lowercase(),
            relation,
            owners,
            post,
        });
        for surface in std::iter::once(row.get(0)).chain(row.list(4)) {
            // "secretary-general" is tokenised as three words.
            let words = words_of(&surface.replace('-', " - "));
            if let Some(first) = words.first() {
                index.entry(first.clone()).or_default().push((words, role));
            }
        }
    }
    Ok((roles, index))
}

fn read_typed_words(
    files: &Files,
    name: &str,
    column: &str,
) -> Result<HashMap<String, EntityType>, OntologyError> {
    let mut out = HashMap::default();
    for row in read_table(name, file(files, name), &[column, "type"])? {
        out.insert(row.get(0).to_string(), parse_type(&row, 1)?);
    }
    Ok(out)
}

fn read_nominals(files: &Files) -> Result<HashMap<String, (EntityType, bool)>, OntologyError> {
    let name = "lexicon/nominals.tsv";
    let mut out = HashMap::default();
    for row in read_table(name, file(files, name), &["noun", "type", "strict"])? {
        let strict = match row.get(2) {
            "yes" => true,
            "no" => false,
            other => return Err(row.error(format!("strict `{other}` must be `yes` or `no`"))),
        };
        out.insert(row.get(0).to_lowercase(), (parse_type(&row, 1)?, strict));
    }
    Ok(out)
}

type SectorIndex = HashMap<String, Vec<(Vec<String>, HashSet<String>, usize)>>;
type Groups = (
    Vec<Sector>,
    SectorIndex,
    HashSet<String>,
    Vec<Vec<String>>,
    Vec<Vec<String>>,
);

fn read_groups(files: &Files) -> Result<Groups, OntologyError> {
    let name = "lexicon/groups.tsv";
    let mut sectors = Vec::new();
    let mut index: SectorIndex = HashMap::default();
    let mut all_heads = HashSet::default();
    let mut members = Vec::new();
    let mut agents = Vec::new();
    for row in read_table(name, file(files, name), &["kind", "words", "heads"])? {
        match row.get(0) {
            "sector" => {
                let modifiers: Vec<&str> = row.list(1).collect();
                let heads: HashSet<String> = row.list(2).map(str::to_lowercase).collect();
                let (Some(first_modifier), Some(first_head)) =
                    (modifiers.first(), row.list(2).next())
                else {
                    return Err(row.error("a sector needs modifier words and head nouns"));
                };
                let sector = sectors.len();
                sectors.push(Sector {
                    label: format!("{first_modifier} {first_head}"),
                    key: format!("sector:{}", text::slug(first_modifier)),
                });
                all_heads.extend(heads.iter().cloned());
                for modifier in modifiers {
                    let words = words_of(modifier);
                    index
                        .entry(words[0].clone())
                        .or_default()
                        .push((words, heads.clone(), sector));
                }
            }
            "members" => members.extend(row.list(1).map(words_of)),
            "agents" => agents.extend(row.list(1).map(words_of)),
            other => {
                return Err(row.error(format!(
                    "group kind `{other}` must be `sector`, `members` or `agents`"
                )));
            }
        }
    }
    Ok((sectors, index, all_heads, members, agents))
}

/// Irregular verb forms the inflector cannot derive.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("meet", &["meets", "met", "meeting"]),
    ("lead", &["leads", "led", "leading"]),
    ("strike", &["strikes", "struck", "striking"]),
    ("fight", &["fights", "fought", "fighting"]),
    ("hold", &["holds", "held", "holding"]),
    ("sit", &["sits", "sat", "sitting"]),
    ("run", &["runs", "ran", "running"]),
    ("transfer", &["transfers", "transferred", "transferring"]),
];

/// The inflected forms of an English verb lemma: itself, third person,
/// past, and present participle. The last element is the participle.
pub(crate) fn inflect(lemma: &str) -> Vec<String> {
    if let Some((_, forms)) = IRREGULAR.iter().find(|(l, _)| *l == lemma) {
        return std::iter::once(lemma.to_string())
            .chain(forms.iter().map(|f| f.to_string()))
            .collect();
    }
    let vowel = |c: char| "aeiou".contains(c);
    let chars: Vec<char> = lemma.chars().collect();
    let n = chars.len();
    let last = chars[n - 1];
    let third =
        if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
            format!("{lemma}es")
        } else if last == 'y' && n > 1 && !vowel(chars[n - 2]) {
            format!("{}ies", &lemma[..lemma.len() - 1])
        } else {
            format!("{lemma}s")
        };
    // Short consonant-vowel-consonant verbs double the consonant ("slam" → "slammed").
    let doubles = n <= 4
        && n >= 3
        && !vowel(last)
        && !"wxy".contains(last)
        && vowel(chars[n - 2])
        && !vowel(chars[n - 3]);
    let (past, participle) = if last == 'e' {
        let stem = &lemma[..lemma.len() - 1];
        (
            format!("{lemma}d"),
            if lemma.ends_with("ee") {
                format!("{lemma}ing")
            } else {
                format!("{stem}ing")
            },
        )
    } else if last == 'y' && n > 1 && !vowel(chars[n - 2]) {
        (
            format!("{}ied", &lemma[..lemma.len() - 1]),
            format!("{lemma}ing"),
        )
    } else if doubles {
        (format!("{lemma}{last}ed"), format!("{lemma}{last}ing"))
    } else {
        (format!("{lemma}ed"), format!("{lemma}ing"))
    };
    vec![lemma.to_string(), third, past, participle]
}

fn parse_frame(row: &Row<'_>, frame: &str) -> Result<CueFrame, OntologyError> {
    Ok(match frame {
        "direct" => CueFrame::Direct,
        "that" => CueFrame::That,
        "possessive" => CueFrame::Possessive,
        "with" | "on" | "against" | "from" | "of" | "about" | "to" | "in" | "upon" | "for"
        | "at" => CueFrame::Prep(frame.to_string()),
        other => {
            return Err(row.error(format!(
                "unknown frame `{other}`; see ontology/README.md for the frames"
            )));
        }
    })
}

fn read_cues(
    files: &Files,
    properties: &[Property],
) -> Result<(Vec<Cue>, HashMap<String, Vec<usize>>), OntologyError> {
    let name = "lexicon/cues.tsv";
    let mut cues = Vec::new();
    let mut index: HashMap<String, Vec<usize>> = HashMap::default();
    for row in read_table(
        name,
        file(files, name),
        &["predicate", "pos", "forms", "frames", "confidence"],
    )? {
        let predicate = property_named(&row, properties, row.get(0))?;
        let pos = match row.get(1) {
            "verb" => CuePos::Verb,
            "noun" => CuePos::Noun,
            other => return Err(row.error(format!("pos `{other}` must be `verb` or `noun`"))),
        };
        let frames = row
            .list(3)
            .map(|f| parse_frame(&row, f))
            .collect::<Result<Vec<_>, _>>()?;
        let confidence: f32 = row
            .get(4)
            .parse()
            .ok()
            .filter(|c: &f32| (0.0..=1.0).contains(c))
            .ok_or_else(|| {
                row.error(format!(
                    "confidence `{}` must be a number from 0 to 1",
                    row.get(4)
                ))
            })?;
        for lemma in row.list(2) {
            let words = words_of(lemma);
            let surfaces: Vec<(Vec<String>, bool)> = match pos {
                CuePos::Noun => vec![(words.clone(), false)],
                CuePos::Verb => {
                    let forms = inflect(&words[0]);
                    let participle = forms.len() - 1;
                    forms
                        .into_iter()
                        .enumerate()
                        .map(|(i, head)| {
                            let mut w = words.clone();
                            w[0] = head;
                            (w, i == participle)
                        })
                        .collect()
                }
            };
            for (surface, gerund) in surfaces {
                let i = cues.len();
                index.entry(surface[0].clone()).or_default().push(i);
                cues.push(Cue {
                    predicate,
                    pos,
                    words: surface,
                    lemma: lemma.to_string(),
                    gerund,
                    frames: frames.clone(),
                    confidence,
                });
            }
        }
    }
    // Longest cue first, so that "call on" wins over "call".
    for list in index.values_mut() {
        list.sort_by_key(|&i| std::cmp::Reverse(cues[i].words.len()));
    }
    Ok((cues, index))
}

fn read_modality(files: &Files) -> Result<HashMap<String, Modality>, OntologyError> {
    let name = "lexicon/modality.tsv";
    let mut out = HashMap::default();
    for row in read_table(name, file(files, name), &["word", "effect"])? {
        let effect = match row.get(1) {
            "negation" => Modality::Negation,
            "hedge" => Modality::Hedge,
            "condition" => Modality::Condition,
            other => {
                return Err(row.error(format!(
                    "effect `{other}` must be negation, hedge or condition"
                )));
            }
        };
        out.insert(row.get(0).to_lowercase(), effect);
    }
    Ok(out)
}

fn read_boilerplate(files: &Files) -> Result<Boilerplate, OntologyError> {
    let name = "lexicon/boilerplate.tsv";
    let mut out = Boilerplate::default();
    for row in read_table(name, file(files, name), &["kind", "text"])? {
        let text = row.get(1).to_lowercase();
        match row.get(0) {
            "line" => {
                out.lines.insert(text);
            }
            "prefix" => out.prefixes.push(text),
            "contains" => out.contains.push(text),
            "appeal" => out.appeals.push(text),
            "related" => out.related.push(text),
            other => {
                return Err(row.error(format!(
                    "kind `{other}` must be line, prefix, contains, appeal or related"
                )));
            }
        }
    }
    let phrases: Vec<&String> = out.contains.iter().chain(&out.appeals).collect();
    out.phrases = Some(
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(phrases)
            .map_err(|e| OntologyError::Invalid {
                file: name.into(),
                message: e.to_string(),
            })?,
    );
    Ok(out)
}

fn read_spelling(files: &Files) -> Result<HashMap<String, String>, OntologyError> {
    let name = "lexicon/spelling.tsv";
    Ok(
        read_table(name, file(files, name), &["british", "american"])?
            .iter()
            .map(|r| (r.get(0).to_lowercase(), r.get(1).to_lowercase()))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_match_whole_phrases_at_the_start_only() {
        let mut starts = LineStarts::default();
        for p in ["also read", "related", "read more"] {
            starts.push(p.to_string());
        }
        assert!(starts.starts("also read: the other story"));
        assert!(starts.starts("read more"));
        assert!(!starts.starts("read"));
        assert!(!starts.starts("we also read this"));
        assert!(!starts.starts(""));
        starts.push(String::new());
        assert!(starts.starts("anything at all"));
    }

    #[test]
    fn a_word_filter_keeps_every_member_and_turns_others_away() {
        let words: Vec<String> = [
            "minister",
            "chief",
            "",
            "a-very-long-word-of-more-than-31-bytes",
            "é",
        ]
        .map(String::from)
        .to_vec();
        let filter = WordFilter::new(words.iter());
        for w in &words {
            assert!(filter.may_contain(w), "{w:?}");
        }
        // Another first byte, or another length.
        for w in ["president", "chef", "ministers", "x"] {
            assert!(!filter.may_contain(w), "{w:?}");
        }
        // Same pair: the filter may let it through; the set decides.
        assert!(filter.may_contain("minimums"));
    }

    #[test]
    fn the_sets_answer_as_before_behind_their_filters() {
        let lexicon = crate::ontology::Ontology::embedded().unwrap().lexicon;
        let class = |w: &str| lexicon.word_class(w);
        assert!(class("prime").may_start_role() && !class("the").may_start_role());
        assert!(
            lexicon.cues_starting("warned").next().is_some()
                && lexicon.cues_starting("table").next().is_none()
        );
    }

    #[test]
    fn one_lookup_tells_what_a_word_may_begin() {
        let lexicon = crate::ontology::Ontology::embedded().unwrap().lexicon;
        let class = |w: &str| lexicon.word_class(w);
        assert!(class("prime").may_start_role() && !class("prime").may_start_cue());
        assert!(class("warned").may_start_cue() && !class("warned").may_start_role());
        assert!(class("members").may_start_group());
        // The class is of the lower-case word; the name check is case-exact.
        assert!(class("germany").may_start_name() && lexicon.may_start_name("Germany"));
        assert!(!lexicon.may_start_name("germany"));
        // Several bits at once: "defence" starts roles and sector groups alike.
        let both = |w: &str| class(w).may_start_role() && class(w).may_start_group();
        assert!(
            ["defence", "foreign", "health", "energy"]
                .iter()
                .any(|w| both(w)),
            "some portfolio word starts both a role and a group"
        );
        assert_eq!(class("table"), WordClass::default());
        assert_eq!(class("Prime"), WordClass::default(), "keys are lower case");
    }

    #[test]
    fn name_keys_fold_british_and_american_spellings() {
        let lexicon = crate::ontology::Ontology::embedded().unwrap().lexicon;
        let key = |n: &str| lexicon.name_key(n);
        assert_eq!(
            key("World Health Organisation"),
            key("World Health Organization")
        );
        assert_eq!(key("The Defence Council"), key("defense council"));
        assert_eq!(key("Organisation"), "organization");
        assert_ne!(key("Defence Council"), key("Defiance Council"));
    }

    #[test]
    fn common_words_are_found_in_any_case() {
        let lexicon = crate::ontology::Ontology::embedded().unwrap().lexicon;
        let long = "Internationalisation".repeat(2);
        for word in ["the", "The", "THE", "However", "HOWEVER", "However\u{301}"] {
            assert_eq!(
                lexicon.is_common_word(word),
                lexicon
                    .words
                    .common_words
                    .contains(word.to_lowercase().as_str()),
                "{word:?}"
            );
        }
        assert!(lexicon.is_common_word("The") && lexicon.is_common_word("HOWEVER"));
        assert!(!lexicon.is_common_word("Okafor") && !lexicon.is_common_word(&long));
    }

    #[test]
    fn inflects_regular_and_irregular_verbs() {
        assert_eq!(inflect("share"), ["share", "shares", "shared", "sharing"]);
        assert_eq!(inflect("urge"), ["urge", "urges", "urged", "urging"]);
        assert_eq!(
            inflect("press"),
            ["press", "presses", "pressed", "pressing"]
        );
        assert_eq!(inflect("slam"), ["slam", "slams", "slammed", "slamming"]);
        assert_eq!(
            inflect("threaten"),
            ["threaten", "threatens", "threatened", "threatening"]
        );
        assert_eq!(inflect("meet"), ["meet", "meets", "met", "meeting"]);
        assert_eq!(
            inflect("attack"),
            ["attack", "attacks", "attacked", "attacking"]
        );
        assert_eq!(inflect("bomb"), ["bomb", "bombs", "bombed", "bombing"]);
    }

    #[test]
    fn boundaries_reject_matches_inside_words() {
        let b = "Weather.Co USB U.S.A NATO\u{2019}s".as_bytes();
        assert!(!is_boundary_before(b, 8)); // "Co" after a dot
        assert!(!is_boundary_after(b, 13)); // "US" inside "USB"
        assert!(!is_boundary_after(b, 18)); // "U.S" inside "U.S.A"
        assert!(is_boundary_after(b, 25)); // "NATO" before a typographic apostrophe
    }
}
