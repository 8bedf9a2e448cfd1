//! Resolution inside one document: mentions become entities.
//!
//! The passes run in a fixed order, each adding mentions to clusters:
//! lexicon names; unknown full names; single names (surnames, given names,
//! acronyms by initials); acronyms defined in parentheses; names with and
//! without a designator ("Lisbon Herald" / "Lisbon Herald Newspaper");
//! role titles bound by apposition; role descriptions referring back; definite
//! descriptions; groups; pronouns. `finish` then types every cluster, drops
//! those without enough evidence to be an entity, and builds [`DocEntity`]s.

/// A fast hasher with a fixed seed: resolution looks names up for every mention.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;

use indexmap::IndexMap;

use super::{DocEntity, Key, RoleHeld};
use crate::mentions::{Mention, MentionKind, PARTICLES, PersonCue, RoleMention};
use crate::ontology::{EntityType, LexId, Lexicon, TypeFamily};
use crate::segment::{Segmented, TokenKind};
use crate::text;

/// A role title bound to a person of the document.
#[derive(Clone, Debug)]
pub struct RoleBinding {
    /// The person (index into [`Resolution::entities`]).
    pub person: usize,
    /// The role mention.
    pub mention: usize,
    /// The owner entity, when the role names one ("EU", "NATO's", "its").
    pub owner: Option<usize>,
}

/// The entities of a document and which mention refers to which.
#[derive(Clone, Debug, Default)]
pub struct Resolution {
    pub entities: Vec<DocEntity>,
    /// For every mention, the entity it refers to (pronouns included).
    pub mention_entity: Vec<Option<usize>>,
    pub bindings: Vec<RoleBinding>,
}

#[derive(Default)]
struct Cluster {
    lex: Option<LexId>,
    sector: Option<usize>,
    members_of: Option<LexId>,
    /// Name and reference mentions.
    names: Vec<usize>,
    /// Every mention that counts (names, roles, descriptions, groups).
    mentions: Vec<usize>,
    forms: IndexMap<String, u32>,
    /// Titles and descriptions ("Secretary General", "the alliance"): aliases
    /// only if no other entity of the graph is called so.
    descriptions: IndexMap<String, u32>,
    /// Titles bound to the entity: (role, former).
    role_ids: Vec<(usize, bool)>,
    person: Option<PersonCue>,
    bound: bool,
    media: bool,
    designator: Option<EntityType>,
    reasons: Vec<String>,
    alive: bool,
}

/// Resolves the mentions of one document.
pub fn resolve(text: &str, seg: &Segmented, mentions: &[Mention], lexicon: &Lexicon) -> Resolution {
    let mut r = Resolver {
        text,
        seg,
        mentions,
        lexicon,
        clusters: Vec::new(),
        of: vec![None; mentions.len()],
        ignored: vec![false; mentions.len()],
        bindings: Vec::new(),
        keys: Vec::new(),
    };
    r.keys = (0..mentions.len())
        .map(|m| {
            if mentions[m].is_name() {
                lexicon.name_key(r.name_text(m))
            } else {
                String::new()
            }
        })
        .collect();
    r.ignore_unconfirmed_headings();
    r.lexicon_names();
    r.full_names();
    r.role_bindings();
    r.single_names();
    r.acronym_definitions();
    r.designator_variants();
    r.role_bindings();
    r.role_references();
    r.groups();
    r.nominals();
    r.pronouns();
    r.finish()
}

struct Resolver<'a> {
    text: &'a str,
    seg: &'a Segmented,
    mentions: &'a [Mention],
    lexicon: &'a Lexicon,
    clusters: Vec<Cluster>,
    /// The cluster of each mention.
    of: Vec<Option<usize>>,
    ignored: Vec<bool>,
    /// (person cluster, role mention)
    bindings: Vec<(usize, usize)>,
    /// The name key of every name mention, computed once.
    keys: Vec<String>,
}

/// "donald j trump" → "donald trump": middle initials do not tell people apart.
fn without_initials(key: &str) -> String {
    let words: Vec<&str> = key.split(' ').collect();
    if words.len() < 3 {
        return key.to_string();
    }
    let last = words.len() - 1;
    words
        .iter()
        .enumerate()
        .filter(|(i, w)| *i == 0 || *i == last || w.chars().count() > 1)
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Normalises the white space of a surface form (sentences may span lines)
/// and trims quotes and punctuation from its ends.
fn clean_form(s: &str) -> String {
    const EDGE: &[char] = &[
        '"', '\'', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', ',', ';', ':',
    ];
    if has_irregular_ascii_space(s) {
        text::collapse_whitespace(s).trim_matches(EDGE).to_string()
    } else {
        s.trim().trim_matches(EDGE).to_string()
    }
}

/// Does `s` hold ASCII white space other than single spaces (a tab, a line
/// break, two spaces in a row)? Most forms are one line of single spaces.
fn has_irregular_ascii_space(s: &str) -> bool {
    let mut after_space = false;
    for &b in s.as_bytes() {
        let space = b.is_ascii_whitespace();
        if space && (b != b' ' || after_space) {
            return true;
        }
        after_space = space;
    }
    false
}

impl<'a> Resolver<'a> {
    fn word(&self, token: usize) -> &'a str {
        self.seg.tokens[token].text(self.text)
    }

    /// The tokens of a name mention without a leading honorific.
    fn name_tokens(&self, m: usize) -> std::ops::Range<usize> {
        let mention = &self.mentions[m];
        let mut start = mention.tokens.start as usize;
        let end = mention.tokens.end as usize;
        if let MentionKind::Name {
            person: Some(PersonCue::Honorific),
            ..
        } = mention.kind
        {
            start += 1;
            if start < end && self.word(start) == "." {
                start += 1;
            }
        }
        start.min(end)..end
    }

    /// How many words a name has, not counting hyphens and particles: "Ms de
    /// Wilde" and "Al-Qadhi" are one-word names (surnames), "Anouk de Wilde" two.
    fn name_words(&self, m: usize) -> usize {
        self.name_tokens(m)
            .filter(|&t| {
                let w = self.word(t);
                w != "-" && !PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w))
            })
            .count()
    }

    fn name_text(&self, m: usize) -> &'a str {
        let r = self.name_tokens(m);
        if r.is_empty() {
            return self.mentions[m].text(self.text);
        }
        &self.text[self.seg.tokens[r.start].start as usize..self.seg.tokens[r.end - 1].end as usize]
    }

    fn name_key(&self, m: usize) -> &str {
        &self.keys[m]
    }

    fn new_cluster(&mut self) -> usize {
        self.clusters.push(Cluster {
            alive: true,
            ..Cluster::default()
        });
        self.clusters.len() - 1
    }

    fn add_form(&mut self, c: usize, form: &str) {
        if let Some(n) = self.clusters[c].forms.get_mut(form) {
            *n += 1; // the common case: a form seen before, written the same way
            return;
        }
        let form = clean_form(form);
        if !form.is_empty() {
            *self.clusters[c].forms.entry(form).or_insert(0) += 1;
        }
    }

    fn add_description(&mut self, c: usize, form: &str) {
        let mut form = clean_form(form);
        // "The agency" at the start of a sentence is "the agency".
        if let Some(rest) = form.strip_prefix("The ") {
            form = format!("the {rest}");
        }
        if !form.is_empty() {
            *self.clusters[c].descriptions.entry(form).or_insert(0) += 1;
        }
    }

    /// Adds a name or reference mention to a cluster.
    fn add_name(&mut self, c: usize, m: usize) {
        self.of[m] = Some(c);
        let form = match self.mentions[m].kind {
            // "Russian forces": the name form is the demonym.
            MentionKind::Ref { agent: true, .. } => {
                self.word(self.mentions[m].tokens.start as usize)
            }
            _ => self.mentions[m].text(self.text),
        };
        self.add_form(c, form);
        if let Some(dated) = self.dated_form(m) {
            self.add_form(c, &dated);
        }
        let cl = &mut self.clusters[c];
        cl.names.push(m);
        cl.mentions.push(m);
        if let MentionKind::Name {
            etype,
            person,
            media,
            ..
        } = &self.mentions[m].kind
        {
            if let Some(p) = person {
                cl.person = cl.person.max(Some(*p));
            }
            cl.media |= *media;
            if let Some(t) = etype.filter(|t| *t != EntityType::Person && !*media) {
                cl.designator.get_or_insert(t);
            }
        }
    }

    /// "the July 2024 Washington Summit": an event name with the date before it.
    fn dated_form(&self, m: usize) -> Option<String> {
        let mention = &self.mentions[m];
        let MentionKind::Name {
            etype: Some(EntityType::Event),
            ..
        } = mention.kind
        else {
            return None;
        };
        let mut start = mention.tokens.start as usize;
        let first = self.seg.sentences[mention.sentence as usize].tokens.start as usize;
        while start > first {
            let t = &self.seg.tokens[start - 1];
            let dated = t.kind == TokenKind::Number || self.lexicon.is_stop_name(t.text(self.text));
            if !dated {
                break;
            }
            start -= 1;
        }
        (start < mention.tokens.start as usize).then(|| {
            self.text[self.seg.tokens[start].start as usize..mention.end as usize].to_string()
        })
    }

    /// Adds a non-name mention (role, description, group noun) to a cluster.
    fn add_reference(&mut self, c: usize, m: usize, description: Option<&str>) {
        self.of[m] = Some(c);
        self.clusters[c].mentions.push(m);
        if let Some(f) = description {
            self.add_description(c, f);
        }
    }

    fn merge(&mut self, into: usize, from: usize, reason: String) {
        if into == from || !self.clusters[from].alive {
            return;
        }
        let taken = std::mem::take(&mut self.clusters[from]);
        // Every mention given to a cluster is in its `mentions`, so these are
        // all the mentions of `from`.
        for &m in &taken.mentions {
            self.of[m] = Some(into);
        }
        for b in self.bindings.iter_mut() {
            if b.0 == from {
                b.0 = into;
            }
        }
        let c = &mut self.clusters[into];
        c.lex = c.lex.or(taken.lex);
        c.names.extend(taken.names);
        c.names.sort_unstable();
        c.mentions.extend(taken.mentions);
        c.mentions.sort_unstable();
        for (f, n) in taken.forms {
            *c.forms.entry(f).or_insert(0) += n;
        }
        for (f, n) in taken.descriptions {
            *c.descriptions.entry(f).or_insert(0) += n;
        }
        c.role_ids.extend(taken.role_ids);
        c.person = c.person.max(taken.person);
        c.bound |= taken.bound;
        c.media |= taken.media;
        c.designator = c.designator.or(taken.designator);
        c.reasons.extend(taken.reasons);
        c.reasons.push(reason);
    }

    /// The type a cluster has so far, if any evidence gives one.
    fn type_hint(&self, c: usize) -> Option<EntityType> {
        let cl = &self.clusters[c];
        if let Some(lex) = cl.lex {
            return Some(self.lexicon.entry(lex).entity_type);
        }
        if cl.sector.is_some() || cl.members_of.is_some() {
            return Some(EntityType::Group);
        }
        if let Some(t) = cl.designator {
            return Some(t);
        }
        if cl.bound {
            return Some(EntityType::Person);
        }
        if cl.media {
            return Some(EntityType::Media);
        }
        cl.person.map(|_| EntityType::Person)
    }

    fn is_person_like(&self, c: usize) -> bool {
        self.clusters[c].alive && self.type_hint(c) == Some(EntityType::Person)
    }

    /// Could this unknown-name cluster still be a person?
    fn may_be_person(&self, c: usize) -> bool {
        self.clusters[c].alive && matches!(self.type_hint(c), None | Some(EntityType::Person))
    }

    // ------------------------------------------------------------ passes

    /// A name found only in a headline or heading counts when the story names it too.
    fn ignore_unconfirmed_headings(&mut self) {
        let body: std::collections::HashSet<&str, foldhash::fast::FixedState> =
            (0..self.mentions.len())
                .filter(|&m| !self.mentions[m].heading && self.mentions[m].is_name())
                .flat_map(|m| {
                    let key = self.name_key(m);
                    [key, key.rsplit(' ').next().unwrap_or("")]
                })
                .collect();
        let unconfirmed: Vec<usize> = (0..self.mentions.len())
            .filter(|&m| {
                let mention = &self.mentions[m];
                mention.heading
                    && matches!(mention.kind, MentionKind::Name { lex: None, .. })
                    && !body.contains(self.name_key(m))
            })
            .collect();
        for m in unconfirmed {
            self.ignored[m] = true;
        }
    }

    fn unknown_names(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.mentions.len()).filter(|&m| {
            !self.ignored[m] && matches!(self.mentions[m].kind, MentionKind::Name { lex: None, .. })
        })
    }

    fn lexicon_names(&mut self) {
        let mut by_entry: HashMap<LexId, usize> = HashMap::default();
        for m in 0..self.mentions.len() {
            let entry = match &self.mentions[m].kind {
                MentionKind::Name {
                    lex: Some(form), ..
                } => form.entry,
                MentionKind::Ref { entry, .. } => *entry,
                _ => continue,
            };
            let c = match by_entry.get(&entry) {
                Some(&c) => c,
                None => {
                    let c = self.new_cluster();
                    self.clusters[c].lex = Some(entry);
                    by_entry.insert(entry, c);
                    c
                }
            };
            self.add_name(c, m);
        }
    }

    /// Unknown names of two or more words, clustered by their key.
    fn full_names(&mut self) {
        let mut by_key: HashMap<String, usize> = HashMap::default();
        let multi: Vec<usize> = self
            .unknown_names()
            .filter(|&m| self.name_words(m) >= 2)
            .collect();
        for m in multi {
            let key = self.name_key(m).to_string();
            let c = self.cluster_for(&mut by_key, key);
            self.add_name(c, m);
        }
    }

    /// The cluster of `key` in `by_key`, created on first use.
    fn cluster_for(&mut self, by_key: &mut HashMap<String, usize>, key: String) -> usize {
        if let Some(&c) = by_key.get(&key) {
            return c;
        }
        let c = self.new_cluster();
        by_key.insert(key, c);
        c
    }

    /// People by the first and by the last word of their multi-word names:
    /// (word, is last word) → clusters.
    fn people_by_name_part(&self) -> HashMap<(String, bool), Vec<usize>> {
        let mut index: HashMap<(String, bool), Vec<usize>> = HashMap::default();
        for c in (0..self.clusters.len())
            .filter(|&c| self.is_person_like(c) && self.clusters[c].lex.is_none())
        {
            for &n in &self.clusters[c].names {
                let key = self.name_key(n);
                let (Some(first), Some(last)) = (key.split(' ').next(), key.rsplit(' ').next())
                else {
                    continue;
                };
                if !key.contains(' ') {
                    continue;
                }
                let words: Vec<&str> = key.split(' ').collect();
                let particle_surname = (words.len() >= 3
                    && PARTICLES.contains(&words[words.len() - 2]))
                .then(|| format!("{} {}", words[words.len() - 2], last));
                let parts = [(first.to_string(), false), (last.to_string(), true)]
                    .into_iter()
                    .chain(particle_surname.map(|s| (s, true)));
                for part in parts {
                    let list = index.entry(part).or_default();
                    if !list.contains(&c) {
                        list.push(c);
                    }
                }
            }
        }
        index
    }

    /// Of several candidate clusters, the one mentioned last before `m`
    /// (or, if none is mentioned before, the first one after).
    fn nearest(&self, candidates: &[usize], m: usize) -> Option<usize> {
        if let [c] = candidates {
            // The common case, without scanning the cluster's mentions.
            return (!self.clusters[*c].mentions.is_empty()).then_some(*c);
        }
        let before = candidates
            .iter()
            .filter_map(|&c| {
                self.clusters[c]
                    .mentions
                    .iter()
                    .filter(|&&x| x < m)
                    .max()
                    .map(|&x| (x, c))
            })
            .max()
            .map(|(_, c)| c);
        before.or_else(|| {
            candidates
                .iter()
                .filter_map(|&c| self.clusters[c].mentions.iter().min().map(|&x| (x, c)))
                .min()
                .map(|(_, c)| c)
        })
    }

    /// Single names: a surname or given name joins the full name; an acronym
    /// joins the name whose initials it is; anything else is clustered by itself.
    fn single_names(&mut self) {
        let mut by_key: HashMap<String, usize> = HashMap::default();
        let singles: Vec<usize> = self
            .unknown_names()
            .filter(|&m| self.name_words(m) == 1)
            .collect();
        let people = self.people_by_name_part();
        let shaped = self.person_shaped_by_surname();
        let initials = self.names_by_initials();
        let none = Vec::new();
        for m in singles {
            let key = self.name_key(m).to_string();
            let word = self.name_text(m);
            let target = if text::is_all_caps(word) {
                let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
                initials
                    .get(&letters)
                    .map(|&c| (c, format!("\"{word}\" is the initials of the name")))
            } else {
                let surname = people
                    .get(&(key.clone(), true))
                    .or_else(|| shaped.get(&key))
                    .unwrap_or(&none);
                let given = people.get(&(key.clone(), false)).unwrap_or(&none);
                self.nearest(surname, m)
                    .map(|c| (c, format!("\"{word}\" is the surname of the full name")))
                    .or_else(|| {
                        self.nearest(given, m)
                            .map(|c| (c, format!("\"{word}\" is the given name of the full name")))
                    })
            };
            match target {
                Some((c, reason)) => {
                    self.add_name(c, m);
                    if !self.clusters[c].reasons.contains(&reason) {
                        self.clusters[c].reasons.push(reason);
                    }
                }
                None => {
                    let c = self.cluster_for(&mut by_key, key);
                    self.add_name(c, m);
                }
            }
        }
    }

    /// Untyped clusters shaped like a person's name ("Murray Bookchin"), by
    /// their last word: a lone surname later ("Bookchin said") joins them,
    /// and that is what shows they are people.
    fn person_shaped_by_surname(&self) -> HashMap<String, Vec<usize>> {
        let mut index: HashMap<String, Vec<usize>> = HashMap::default();
        for c in (0..self.clusters.len())
            .filter(|&c| self.clusters[c].alive && self.type_hint(c).is_none())
        {
            for &n in &self.clusters[c].names {
                if !self.looks_like_a_personal_name(n) {
                    continue;
                }
                if let Some(last) = self.name_key(n).rsplit(' ').next() {
                    let list = index.entry(last.to_string()).or_default();
                    if !list.contains(&c) {
                        list.push(c);
                    }
                }
            }
        }
        index
    }

    /// Two or three capitalised words, each with lower-case letters (not "D-ND"),
    /// not after "in" or "the".
    fn looks_like_a_personal_name(&self, m: usize) -> bool {
        let tokens = self.name_tokens(m);
        let words: Vec<&str> = tokens
            .clone()
            .map(|t| self.word(t))
            .filter(|w| *w != "-")
            .collect();
        let start = self.mentions[m].tokens.start as usize;
        let after_article = start > 0 && self.seg.lower(start - 1) == "the";
        let after_locative = matches!(self.mentions[m].kind, MentionKind::Name { place: true, .. });
        (2..=3).contains(&words.len())
            && !after_article
            && !after_locative
            && !self.lexicon.is_common_word(words[0])
            && words.iter().all(|w| {
                text::starts_upper(w)
                    && w.chars().all(char::is_alphabetic)
                    && w.chars().any(char::is_lowercase)
            })
    }

    /// Non-person clusters by the initials of their multi-word names (the
    /// first cluster for each): "Lisbon Herald" under "LH".
    fn names_by_initials(&self) -> HashMap<String, usize> {
        let mut index = HashMap::default();
        for c in (0..self.clusters.len())
            .filter(|&c| self.clusters[c].alive && self.type_hint(c) != Some(EntityType::Person))
        {
            for f in self.clusters[c].forms.keys().filter(|f| f.contains(' ')) {
                index.entry(text::initials(f)).or_insert(c);
            }
        }
        index
    }

    /// "North Atlantic Treaty Organisation (NATO)": the acronym joins its expansion.
    fn acronym_definitions(&mut self) {
        for m in 0..self.mentions.len() {
            let (Some(long), Some(next)) = (self.of[m], self.mentions.get(m + 1)) else {
                continue;
            };
            let Some(short) = self.of[m + 1] else {
                continue;
            };
            let end = self.mentions[m].tokens.end as usize;
            if next.tokens.start as usize != end + 1 || self.word(end) != "(" {
                continue;
            }
            let closes = self
                .seg
                .tokens
                .get(next.tokens.end as usize)
                .is_some_and(|t| t.text(self.text) == ")");
            let acronym = next.text(self.text);
            let initials = text::initials(self.mentions[m].text(self.text));
            if closes && text::is_all_caps(acronym) && initials == acronym.replace('.', "") {
                let reason = format!(
                    "\"{acronym}\" is defined as the acronym of \"{}\"",
                    self.mentions[m].text(self.text)
                );
                self.merge(long, short, reason);
            }
        }
    }

    /// "Lisbon Herald Newspaper" and "Lisbon Herald": a name with and without its designator.
    fn designator_variants(&mut self) {
        let keys: Vec<(usize, String)> = (0..self.clusters.len())
            .filter(|&c| self.clusters[c].alive && self.clusters[c].lex.is_none())
            .flat_map(|c| {
                self.clusters[c]
                    .names
                    .iter()
                    .map(move |&n| (c, n))
                    .collect::<Vec<_>>()
            })
            .map(|(c, n)| (c, self.name_key(n).to_string()))
            .collect();
        let mut by_key: HashMap<&str, Vec<usize>> = HashMap::default();
        for (c, k) in &keys {
            by_key.entry(k.as_str()).or_default().push(*c);
        }
        // The designators that end a name of each cluster, computed when first
        // needed and again after the cluster changes: a cluster named a
        // thousand times is not scanned a thousand times.
        let mut designators: HashMap<usize, Vec<&'a str>> = HashMap::default();
        for (c, key) in &keys {
            let Some((stem, last)) = key.rsplit_once(' ') else {
                continue;
            };
            let words = designators.entry(*c).or_insert_with(|| {
                let mut words: Vec<&'a str> = self.clusters[*c]
                    .names
                    .iter()
                    .map(|&n| self.word(self.name_tokens(n).end - 1))
                    .filter(|w| self.lexicon.designator(w).is_some())
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            });
            if !words.iter().any(|w| w.eq_ignore_ascii_case(last)) {
                continue;
            }
            let stem_cluster = by_key.get(stem).and_then(|cs| {
                cs.iter()
                    .copied()
                    .find(|o| o != c && self.clusters[*o].alive)
            });
            if let Some(other) = stem_cluster {
                let reason = format!("\"{stem}\" is the name without its designator \"{last}\"");
                self.merge(*c, other, reason);
                designators.remove(c);
                designators.remove(&other);
            }
        }
    }

    fn role(&self, m: usize) -> Option<&'a RoleMention> {
        match &self.mentions[m].kind {
            MentionKind::Role(r) => Some(r),
            _ => None,
        }
    }

    /// The forms a bound role adds to its person, and the role title.
    fn role_forms(&self, m: usize) -> (Vec<String>, String) {
        let r = self.role(m).expect("a role mention");
        let tok = &self.seg.tokens;
        let span = |a: usize, b: usize| &self.text[tok[a].start as usize..tok[b - 1].end as usize];
        let (pa, pb) = (r.phrase.start as usize, r.phrase.end as usize);
        let title = span(pa, pb).to_string();
        let mut forms = vec![title.clone()];
        if let (true, Some(o)) = (r.owner_premodifies, r.owner) {
            forms.push(span(self.mentions[o].tokens.start as usize, pb).to_string());
        }
        let start = self.mentions[m].tokens.start as usize;
        if start < pa {
            let first = self.word(start).to_lowercase();
            if first == "the" {
                forms.push(span(start, pb).to_string());
            } else if matches!(first.as_str(), "its" | "his" | "her" | "their") && start + 1 < pa {
                forms.push(span(start + 1, pb).to_string());
            }
        }
        (forms, clean_form(&title))
    }

    fn bind(&mut self, person: usize, role_mention: usize, reason: &str) {
        let (forms, _) = self.role_forms(role_mention);
        for f in &forms {
            self.add_description(person, f);
        }
        self.add_reference(person, role_mention, None);
        let role_id = self
            .role(role_mention)
            .map(|r| (r.role, r.former))
            .unwrap_or((0, false));
        let c = &mut self.clusters[person];
        c.bound = true;
        c.role_ids.push(role_id);
        let reason = reason.to_string();
        if !c.reasons.contains(&reason) {
            c.reasons.push(reason);
        }
        self.bindings.push((person, role_mention));
    }

    /// A name that may take a role: not a lexicon entry, not typed as a non-person.
    fn bindable(&self, m: usize) -> Option<usize> {
        let c = self.of[m]?;
        let ok =
            self.mentions[m].is_name() && self.clusters[c].lex.is_none() && self.may_be_person(c);
        ok.then_some(c)
    }

    /// Titles bound to names by apposition or copula.
    fn role_bindings(&mut self) {
        for r in 0..self.mentions.len() {
            if self.of[r].is_some() {
                continue; // bound by an earlier pass
            }
            let Some(role) = self.role(r) else { continue };
            let sentence = self.mentions[r].sentence;
            let phrase_end = role.phrase.end as usize;
            let start = self.mentions[r].tokens.start as usize;
            let names: Vec<usize> = self
                .sentence_mentions(sentence)
                .filter(|&m| self.bindable(m).is_some())
                .collect();
            // "Secretary General Jan Peters"
            let title_before = names
                .iter()
                .find(|&&n| self.mentions[n].tokens.start as usize == phrase_end);
            // "Jan Peters, NATO's secretary general,"
            let after_name = names.iter().find(|&&n| {
                let end = self.mentions[n].tokens.end as usize;
                end + 1 == start && self.word(end) == "," && self.closes_apposition(phrase_end, r)
            });
            // "its new Secretary General, Jan Peters"
            let before_name = names.iter().find(|&&n| {
                let s = self.mentions[n].tokens.start as usize;
                let after = self.after_title(r);
                s > after
                    && s <= after + 2
                    && self.word(s - 1) == ","
                    && (role.definite || role.owner.is_some())
            });
            // "Omar Haddad is Lisbon Herald's Senior Correspondent"
            let copula = names.iter().find(|&&n| {
                let end = self.mentions[n].tokens.end as usize;
                end + 1 == start
                    && matches!(
                        self.word(end),
                        "is" | "was" | "becomes" | "became" | "remains"
                    )
            });
            let found = title_before
                .map(|&n| (n, "title before the name"))
                .or(after_name.map(|&n| (n, "title in apposition after the name")))
                .or(before_name.map(|&n| (n, "title in apposition before the name")))
                .or(copula.map(|&n| (n, "the name is given the title")));
            if let Some((n, reason)) = found {
                let person = self.bindable(n).expect("bindable");
                self.bind(
                    person,
                    r,
                    &format!("role title bound by apposition ({reason})"),
                );
            }
        }
    }

    /// The mentions of one sentence (mentions are in sentence order).
    fn sentence_mentions(&self, sentence: u32) -> std::ops::Range<usize> {
        let from = self.mentions.partition_point(|m| m.sentence < sentence);
        let to = self.mentions.partition_point(|m| m.sentence <= sentence);
        from..to
    }

    /// The token after a role phrase and its "of X" owner.
    fn role_end_with_owner(&self, r: usize) -> usize {
        let role = self.role(r).expect("role");
        let end = role.phrase.end as usize;
        match role.owner {
            Some(o) if self.mentions[o].tokens.start as usize > end => {
                self.mentions[o].tokens.end as usize
            }
            _ => end,
        }
    }

    /// Is the apposition after a name closed: a comma, a full stop, a bracket or the end?
    fn closes_apposition(&self, phrase_end: usize, r: usize) -> bool {
        let end = self.after_title(r).max(phrase_end);
        let sentence = &self.seg.sentences[self.mentions[r].sentence as usize];
        end >= sentence.tokens.end as usize
            || matches!(
                self.word(end),
                "," | "." | ")" | "(" | ";" | "said" | "says"
            )
    }

    /// The token after a title and what completes it: its "of X" owner, a
    /// short prepositional phrase ("the UN envoy for Yemen") and a
    /// parenthesised acronym ("the Suez Canal Authority (SCA)").
    fn after_title(&self, r: usize) -> usize {
        let sentence = &self.seg.sentences[self.mentions[r].sentence as usize];
        let limit = sentence.tokens.end as usize;
        let mut end = self.role_end_with_owner(r);
        if end < limit && matches!(self.word(end), "for" | "to" | "of" | "at" | "in") {
            if let Some(comma) =
                (end + 1..limit.min(end + 7)).find(|&k| matches!(self.word(k), "," | "(" | ")"))
            {
                end = comma;
            }
        }
        if end + 2 < limit && self.word(end) == "(" && self.word(end + 2) == ")" {
            end += 3;
        }
        end
    }

    /// Unbound role titles that describe a person already named:
    /// "the Secretary General said", "the former Dutch prime minister".
    fn role_references(&mut self) {
        for r in 0..self.mentions.len() {
            if self.of[r].is_some() {
                continue;
            }
            let Some(role) = self.role(r) else { continue };
            if !(role.definite || role.former || role.owner.is_some()) {
                continue;
            }
            // Someone already given this title in the document, as a current or
            // former holder like the description ("the former prime minister" is
            // not the prime minister).
            let titled: Vec<usize> = (0..self.clusters.len())
                .filter(|&c| {
                    self.clusters[c].alive
                        && self.clusters[c]
                            .role_ids
                            .contains(&(role.role, role.former))
                })
                .collect();
            // "the former Dutch prime minister" describes the person just named,
            // but only for a post one person holds; "a NATO official" describes no one.
            let post = self.lexicon.roles[role.role].post;
            let descriptive = post && (role.former || role.owner.is_some());
            let target = self
                .nearest(&titled, r)
                .map(|c| (c, "the title refers back to the person who holds it"))
                .or_else(|| {
                    descriptive
                        .then(|| self.recent_person(r, 0))
                        .flatten()
                        .map(|c| (c, "the description refers to the person just named"))
                });
            if let Some((c, reason)) = target {
                let (forms, _) = self.role_forms(r);
                for f in &forms {
                    self.add_description(c, f);
                }
                self.add_reference(c, r, None);
                let reason = reason.to_string();
                if !self.clusters[c].reasons.contains(&reason) {
                    self.clusters[c].reasons.push(reason);
                }
            }
        }
    }

    /// The person mentioned last before `m`, at most `sentences` sentences back.
    fn recent_person(&self, m: usize, sentences: u32) -> Option<usize> {
        let s = self.mentions[m].sentence;
        (0..m)
            .rev()
            .take_while(|&x| self.mentions[x].sentence + sentences >= s)
            .filter_map(|x| self.of[x].filter(|_| self.mentions[x].is_name()))
            .find(|&c| self.is_person_like(c))
    }

    /// Sector groups, membership groups, and the bare nouns that refer back to them.
    fn groups(&mut self) {
        let mut sectors: HashMap<usize, usize> = HashMap::default();
        let mut members: HashMap<LexId, usize> = HashMap::default();
        for m in 0..self.mentions.len() {
            match &self.mentions[m].kind {
                MentionKind::Sector(s) => {
                    let c = *sectors.entry(*s).or_insert_with(|| {
                        let c = self.clusters.len();
                        self.clusters.push(Cluster {
                            alive: true,
                            sector: Some(*s),
                            ..Cluster::default()
                        });
                        c
                    });
                    self.add_reference(c, m, None);
                    self.add_form(c, self.mentions[m].text(self.text));
                    self.clusters[c].names.push(m);
                }
                MentionKind::Members { org: Some(o) } => {
                    let Some(MentionKind::Name {
                        lex: Some(form), ..
                    }) = self.mentions.get(*o).map(|x| &x.kind)
                    else {
                        continue;
                    };
                    let entry = form.entry;
                    let c = *members.entry(entry).or_insert_with(|| {
                        let c = self.clusters.len();
                        self.clusters.push(Cluster {
                            alive: true,
                            members_of: Some(entry),
                            ..Cluster::default()
                        });
                        c
                    });
                    let form = self.members_form(m, *o);
                    self.add_reference(c, m, None);
                    self.add_form(c, &form);
                    self.clusters[c].names.push(m);
                }
                _ => {}
            }
        }
        for m in 0..self.mentions.len() {
            let pool: Vec<usize> = match &self.mentions[m].kind {
                MentionKind::SectorHead => sectors.values().copied().collect(),
                MentionKind::Members { org: None } => members.values().copied().collect(),
                _ => continue,
            };
            // The most salient group the bare noun can mean.
            if let Some(c) = pool
                .into_iter()
                .max_by_key(|&c| (self.clusters[c].mentions.len(), std::cmp::Reverse(c)))
            {
                self.add_reference(c, m, Some(self.mentions[m].text(self.text)));
            }
        }
    }

    /// "NATO’s 32 member states" → "NATO member states".
    fn members_form(&self, m: usize, org: usize) -> String {
        let org_text = self.mentions[org].text(self.text);
        let mut k = self.mentions[org].tokens.end as usize;
        let end = self.mentions[m].tokens.end as usize;
        while k < end
            && matches!(
                self.seg.tokens[k].kind,
                TokenKind::Possessive | TokenKind::Number
            )
        {
            k += 1;
        }
        let noun = &self.text
            [self.seg.tokens[k.min(end - 1)].start as usize..self.seg.tokens[end - 1].end as usize];
        format!("{org_text} {noun}")
    }

    /// "the alliance" → the most salient compatible entity mentioned before.
    fn nominals(&mut self) {
        for m in 0..self.mentions.len() {
            let MentionKind::Nominal {
                etype,
                noun,
                strict,
            } = &self.mentions[m].kind
            else {
                continue;
            };
            let head = noun.rsplit(' ').next().unwrap_or(noun);
            let named_with_noun = |c: usize| {
                self.clusters[c].names.iter().any(|&x| {
                    self.name_text(x)
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(head))
                })
            };
            let candidates: Vec<usize> = (0..self.clusters.len())
                .filter(|&c| self.clusters[c].alive && self.type_hint(c) == Some(*etype))
                .filter(|&c| self.clusters[c].names.iter().any(|&x| x < m))
                .filter(|&c| {
                    !*strict
                        || named_with_noun(c)
                        || self.clusters[c]
                            .lex
                            .is_some_and(|l| self.lexicon.entry(l).nouns.contains(noun))
                })
                .collect();
            let named_so = candidates
                .iter()
                .copied()
                .filter(|&c| {
                    self.clusters[c]
                        .lex
                        .is_some_and(|l| self.lexicon.entry(l).nouns.contains(noun))
                })
                .max_by_key(|&c| self.salience(c, m));
            let target = named_so.or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .max_by_key(|&c| self.salience(c, m))
            });
            if let Some(c) = target {
                self.add_reference(c, m, Some(self.mentions[m].text(self.text)));
                let reason =
                    format!("\"the {noun}\" refers to the most salient {etype} mentioned before");
                if !self.clusters[c].reasons.contains(&reason) {
                    self.clusters[c].reasons.push(reason);
                }
            }
        }
    }

    /// Mentions before `m`, with the last mention position breaking ties.
    fn salience(&self, c: usize, m: usize) -> (usize, usize) {
        let before: Vec<usize> = self.clusters[c]
            .mentions
            .iter()
            .copied()
            .filter(|&x| x < m)
            .collect();
        (before.len(), before.last().copied().unwrap_or(0))
    }

    /// he/she → the last person; it/its → the last organisation, group or country.
    fn pronouns(&mut self) {
        for m in 0..self.mentions.len() {
            let MentionKind::Pronoun { person } = self.mentions[m].kind else {
                continue;
            };
            let s = self.mentions[m].sentence;
            let target = (0..m)
                .rev()
                .take_while(|&x| self.mentions[x].sentence + 2 >= s)
                .filter_map(|x| {
                    self.of[x]
                        .filter(|_| !matches!(self.mentions[x].kind, MentionKind::Pronoun { .. }))
                })
                .find(|&c| {
                    let t = self.type_hint(c);
                    if person {
                        t == Some(EntityType::Person)
                    } else {
                        t.is_some_and(|t| t != EntityType::Person && t.is_agent())
                    }
                });
            self.of[m] = target;
        }
    }

    // ------------------------------------------------------------ output

    /// The final type of a cluster, or `None` when it is not an entity.
    fn final_type(&self, c: usize) -> Option<EntityType> {
        let cl = &self.clusters[c];
        if !cl.alive || cl.names.iter().all(|&m| self.ignored[m]) {
            return None;
        }
        let in_story = cl.names.iter().any(|&m| !self.mentions[m].heading);
        if let Some(t) = self.type_hint(c) {
            return (in_story || cl.lex.is_some()).then_some(t);
        }
        if !in_story {
            return None;
        }
        // No evidence: judge by the shape of the name.
        let longest = cl
            .names
            .iter()
            .map(|&m| self.name_tokens(m))
            .max_by_key(|r| r.len())?;
        let words: Vec<&str> = longest
            .clone()
            .map(|t| self.word(t))
            .filter(|w| *w != "-")
            .collect();
        let last = *words.last()?;
        if words.len() >= 2 {
            if self.lexicon.is_common_word(last) {
                return None;
            }
            // A person's name is shaped like one and is used alone later
            // ("Bookchin said"); other names are organisations. A name seen once,
            // with nothing around it that tells what it is, is too often a
            // fragment ("Alabama Republican", "Overnight Energy") to count.
            let shaped = cl.names.iter().any(|&m| self.looks_like_a_personal_name(m));
            let surname_used = cl.names.iter().any(|&m| self.name_words(m) == 1);
            if cl.names.len() < 2 {
                return None;
            }
            return Some(if shaped && surname_used {
                EntityType::Person
            } else {
                EntityType::Organization
            });
        }
        // A lone capitalised word with no evidence of what it is (no title, no
        // honorific, no designator, no lexicon entry) is too often a surname
        // without its first name or an ordinary word to count as an entity.
        None
    }

    fn label(&self, c: usize, t: EntityType) -> String {
        let cl = &self.clusters[c];
        if let Some(l) = cl.lex {
            return self.lexicon.entry(l).name.clone();
        }
        if let Some(s) = cl.sector {
            return self.lexicon.sectors[s].label.clone();
        }
        if let Some(l) = cl.members_of {
            return format!("{} members", self.lexicon.entry(l).name);
        }
        // The most complete name: most words, then most frequent, then first.
        let mut best: Option<(usize, u32, String)> = None;
        for &m in &cl.names {
            let name = clean_form(self.name_text(m));
            let words = name.split_whitespace().count();
            let count = cl
                .forms
                .get(self.mentions[m].text(self.text))
                .copied()
                .unwrap_or(1);
            let better = match &best {
                None => true,
                Some((w, n, _)) => (words, count) > (*w, *n),
            };
            if better && !(t == EntityType::Person && words > 4) {
                best = Some((words, count, name));
            }
        }
        best.map(|b| b.2)
            .unwrap_or_else(|| cl.forms.keys().next().cloned().unwrap_or_default())
    }

    fn keys(&self, c: usize, t: EntityType) -> (Vec<Key>, Option<String>) {
        let cl = &self.clusters[c];
        let mut keys = Vec::new();
        if let Some(l) = cl.lex {
            keys.push(Key::Lexicon(l));
        }
        if let Some(s) = cl.sector {
            keys.push(Key::Sector(s));
        }
        if let Some(l) = cl.members_of {
            keys.push(Key::Members(l));
        }
        if !keys.is_empty() {
            return (keys, None);
        }
        let family = t.family();
        let mut single = None;
        let has_full_name = cl.names.iter().any(|&o| self.name_words(o) >= 2);
        for &m in &cl.names {
            let key = self.name_key(m).to_string();
            let words = self.name_words(m);
            if family == TypeFamily::Person && words < 2 {
                single.get_or_insert(key);
                continue;
            }
            // A single word ("House", an in-document acronym) identifies an entity
            // across documents only when it is the entity's only name.
            if words < 2 && has_full_name {
                continue;
            }
            let key = if family == TypeFamily::Person {
                without_initials(&key)
            } else {
                key
            };
            let k = Key::Name(family, key);
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        // "de wilde" joins "anouk de wilde" across documents by its last word.
        let surname_only = if keys.is_empty() {
            single.map(|k| k.rsplit(' ').next().unwrap_or(&k).to_string())
        } else {
            None
        };
        (keys, surname_only)
    }

    fn finish(mut self) -> Resolution {
        let mut index = vec![None; self.clusters.len()];
        let mut entities = Vec::new();
        for c in 0..self.clusters.len() {
            let Some(t) = self.final_type(c) else {
                continue;
            };
            let (keys, surname_only) = self.keys(c, t);
            let label = self.label(c, t);
            // Nothing reads a cluster's forms, descriptions or reasons once
            // its label is chosen: they move into the entity, uncopied.
            let cl = &mut self.clusters[c];
            index[c] = Some(entities.len());
            entities.push(DocEntity {
                entity_type: t,
                label,
                forms: std::mem::take(&mut cl.forms).into_iter().collect(),
                descriptions: std::mem::take(&mut cl.descriptions).into_iter().collect(),
                roles: Vec::new(),
                lexicon: cl.lex,
                keys,
                surname_only,
                mentions: cl.mentions.len() as u32,
                reasons: std::mem::take(&mut cl.reasons),
            });
        }
        let mention_entity: Vec<Option<usize>> =
            self.of.iter().map(|o| o.and_then(|c| index[c])).collect();
        let mut bindings = Vec::new();
        for &(c, m) in &self.bindings {
            let Some(person) = index[c] else { continue };
            let owner = self
                .role(m)
                .and_then(|r| r.owner)
                .and_then(|o| mention_entity[o]);
            let (_, title) = self.role_forms(m);
            let held = RoleHeld { title, owner };
            if !entities[person].roles.contains(&held) {
                entities[person].roles.push(held);
            }
            bindings.push(RoleBinding {
                person,
                mention: m,
                owner,
            });
        }
        Resolution {
            entities,
            mention_entity,
            bindings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean;
    use crate::mentions::find_mentions;
    use crate::ontology::Ontology;
    use crate::segment::segment;

    fn entities(body: &str) -> Vec<DocEntity> {
        let o = Ontology::embedded().unwrap();
        let text = format!("Headline\n{body}\n");
        let seg = segment(&text, &clean(&text, &o.lexicon), &o.lexicon);
        let mentions = find_mentions(&text, &seg, &o.lexicon);
        resolve(&text, &seg, &mentions, &o.lexicon).entities
    }

    fn find<'e>(es: &'e [DocEntity], label: &str) -> &'e DocEntity {
        es.iter().find(|e| e.label == label).unwrap_or_else(|| {
            panic!(
                "no {label} in {:?}",
                es.iter().map(|e| &e.label).collect::<Vec<_>>()
            )
        })
    }

    fn names(e: &DocEntity) -> Vec<&str> {
        e.forms
            .iter()
            .chain(&e.descriptions)
            .map(|(f, _)| f.as_str())
            .collect()
    }

    #[test]
    fn forms_lose_line_breaks_doubled_spaces_and_edge_quotes() {
        let cases = [
            ("Jane Doe", "Jane Doe"),
            ("  \u{201C}Jane Doe,\u{201D} ", "Jane Doe"),
            (
                "the\nformer  Dutch\tPrime Minister",
                "the former Dutch Prime Minister",
            ),
            ("'NATO'", "NATO"),
            ("a \u{A0}b", "a \u{A0}b"),
            ("x\x0Cy", "x y"),
            (" : ", ""),
        ];
        for (form, cleaned) in cases {
            assert_eq!(clean_form(form), cleaned, "{form:?}");
        }
    }

    #[test]
    fn surnames_and_honorifics_join_the_full_name() {
        let es = entities("Jane Doe spoke first. Doe said the plan works. Later Ms Doe left.");
        let doe = find(&es, "Jane Doe");
        assert_eq!(names(doe), ["Jane Doe", "Doe", "Ms Doe"]);
        assert_eq!(
            es.iter()
                .filter(|e| e.entity_type == EntityType::Person)
                .count(),
            1
        );
    }

    #[test]
    fn a_bare_surname_means_the_nearest_of_two_namesakes() {
        let es =
            entities("Erik Brandt met Tomas Brandt in Oslo. Tomas Brandt spoke. Brandt said no.");
        let tomas = find(&es, "Tomas Brandt");
        assert!(names(tomas).contains(&"Brandt"));
        assert!(!names(find(&es, "Erik Brandt")).contains(&"Brandt"));
    }

    #[test]
    fn acronyms_defined_in_parentheses_join_their_name() {
        let es =
            entities("The Baltic Energy Forum (BEF) met on Monday. BEF officials said little.");
        let forum = find(&es, "Baltic Energy Forum");
        assert!(names(forum).contains(&"BEF"), "{:?}", names(forum));
        assert!(
            forum
                .reasons
                .iter()
                .any(|r| r.contains("acronym") || r.contains("initials")),
            "{:?}",
            forum.reasons
        );
    }

    #[test]
    fn titles_bind_by_apposition_and_descriptions_refer_back() {
        let es = entities(
            "NATO met on Monday. Its new Secretary General, Jane Smith, spoke. The alliance agreed, the Secretary General said.",
        );
        let smith = find(&es, "Jane Smith");
        assert_eq!(smith.entity_type, EntityType::Person);
        assert_eq!(smith.roles.len(), 1);
        assert_eq!(smith.roles[0].title, "Secretary General");
        let owner = smith.roles[0].owner.expect("its → NATO");
        assert_eq!(es[owner].label, "North Atlantic Treaty Organization");
        assert!(names(smith).contains(&"the Secretary General"));
        assert!(
            names(&es[owner]).contains(&"The alliance")
                || names(&es[owner]).contains(&"the alliance")
        );
    }

    #[test]
    fn a_former_title_is_not_the_current_holder() {
        let es = entities(
            "Prime Minister Ana Lopes met Rui Costa. The former prime minister has long argued for reform.",
        );
        assert!(
            !names(find(&es, "Ana Lopes"))
                .iter()
                .any(|n| n.contains("former"))
        );
    }

    #[test]
    fn lone_unknown_words_are_not_entities() {
        let es = entities("The Zorblat initiative was announced by Quux.");
        assert!(
            es.is_empty(),
            "{:?}",
            es.iter().map(|e| &e.label).collect::<Vec<_>>()
        );
    }
}
