//! Resolution across documents: the entities of every document are merged on
//! identity keys (lexicon entry, sector, membership group, full name within a
//! type family). A person known only by a surname joins a full name only when
//! exactly one person in the corpus has that surname; two people who share a
//! surname never merge.
//!
//! Memory grows with the number of distinct entities, not with the text: a
//! document's entities are folded in as soon as it is analysed.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::{DocEntity, Key, RoleHeld};
use crate::ontology::{EntityType, LexId, TypeFamily};

/// An entity of the whole corpus.
#[derive(Clone, Debug)]
pub struct CorpusEntity {
    pub entity_type: EntityType,
    pub label: String,
    /// Names with their counts, in order of first appearance.
    pub forms: Vec<(String, u32)>,
    /// Titles and descriptions with their counts, in order of first appearance.
    pub descriptions: Vec<(String, u32)>,
    /// Roles held; owners are indices of corpus entities.
    pub roles: Vec<RoleHeld>,
    pub lexicon: Option<LexId>,
    pub mentions: u32,
    /// Indices of the documents it occurs in, ascending.
    pub documents: Vec<u32>,
    pub reasons: Vec<String>,
}

/// Counts by key in order of first appearance: a vector searched linearly.
/// An entity has a few labels, forms and descriptions, and a corpus has
/// hundreds of thousands of entities: a hash map per field cost more memory
/// than the strings it held.
#[derive(Clone, Debug, Default)]
struct Counts(Vec<(String, u32)>);

impl Counts {
    fn add(&mut self, key: String, n: u32) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, count)) => *count += n,
            None => self.0.push((key, n)),
        }
    }

    fn absorb(&mut self, other: Counts) {
        for (k, n) in other.0 {
            self.add(k, n);
        }
    }
}

/// Mentions per entity type, without a map per entity.
#[derive(Clone, Copy, Debug, Default)]
struct TypeCounts([u32; EntityType::ALL.len()]);

impl TypeCounts {
    fn add(&mut self, t: EntityType, n: u32) {
        let i = EntityType::ALL
            .iter()
            .position(|&x| x == t)
            .expect("every type is in ALL");
        self.0[i] += n;
    }

    fn absorb(&mut self, other: TypeCounts) {
        self.0.iter_mut().zip(other.0).for_each(|(n, m)| *n += m);
    }

    /// The type with the most mentions; on a tie the first in type order.
    fn most_frequent(&self) -> Option<EntityType> {
        let counted = EntityType::ALL.iter().zip(self.0).filter(|(_, n)| *n > 0);
        counted
            .max_by_key(|(t, n)| (*n, std::cmp::Reverse(**t)))
            .map(|(t, _)| *t)
    }
}

#[derive(Clone, Debug, Default)]
struct Slot {
    types: TypeCounts,
    labels: Counts,
    forms: Counts,
    descriptions: Counts,
    /// Roles held; owners are handles until `finish`.
    roles: Vec<RoleHeld>,
    lexicon: Option<LexId>,
    mentions: u32,
    documents: Vec<u32>,
    reasons: Vec<String>,
    surname_only: Option<String>,
    /// Name keys of a person, to find surname matches at the end.
    person_names: Vec<String>,
}

/// Cap on the merge reasons kept per entity: enough to explain, never unbounded.
const MAX_REASONS: usize = 16;

fn push_reason(reasons: &mut Vec<String>, reason: String) {
    if reasons.len() < MAX_REASONS && !reasons.contains(&reason) {
        reasons.push(reason);
    }
}

/// Accumulates document entities into corpus entities.
#[derive(Debug, Default)]
pub struct Corpus {
    slots: Vec<Slot>,
    parent: Vec<usize>,
    /// Looked up only, never iterated: a fixed fast hasher keeps it deterministic.
    by_key: HashMap<Key, usize, foldhash::fast::FixedState>,
    /// Scratch for [`Corpus::add`], reused from entity to entity: what each
    /// key found, and the roots of what they found.
    known: Vec<Option<usize>>,
    roots: Vec<usize>,
}

impl Corpus {
    pub fn new() -> Corpus {
        Corpus::default()
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Adds an entity of document `doc` (documents must come in ascending
    /// order). Returns its handle, valid until [`Corpus::finish`] maps it.
    pub fn add(&mut self, doc: u32, entity: DocEntity) -> usize {
        // Each key is looked up once: what it finds joins, and the keys it
        // does not find are the only ones cloned into the index below.
        let (mut known, mut roots) = (
            std::mem::take(&mut self.known),
            std::mem::take(&mut self.roots),
        );
        known.clear();
        known.extend(entity.keys.iter().map(|k| self.by_key.get(k).copied()));
        roots.clear();
        for &x in known.iter().flatten() {
            roots.push(self.find(x));
        }
        roots.sort_unstable();
        roots.dedup();
        let id = match roots.first() {
            Some(&root) => {
                for &other in &roots[1..] {
                    self.union(root, other, "they share an identity key".to_string());
                }
                if self.slots[root].reasons.len() < MAX_REASONS {
                    let reason = describe_keys(&entity.keys);
                    push_reason(&mut self.slots[root].reasons, reason);
                }
                root
            }
            None => {
                self.slots.push(Slot::default());
                self.parent.push(self.slots.len() - 1);
                self.slots.len() - 1
            }
        };
        for (k, _) in entity.keys.iter().zip(&known).filter(|(_, f)| f.is_none()) {
            self.by_key.entry(k.clone()).or_insert(id);
        }
        (self.known, self.roots) = (known, roots);
        self.absorb(id, doc, entity);
        id
    }

    fn absorb(&mut self, id: usize, doc: u32, e: DocEntity) {
        let s = &mut self.slots[id];
        s.types.add(e.entity_type, e.mentions.max(1));
        s.labels.add(e.label, 1);
        for (f, n) in e.forms {
            s.forms.add(f, n);
        }
        for (f, n) in e.descriptions {
            s.descriptions.add(f, n);
        }
        s.lexicon = s.lexicon.or(e.lexicon);
        s.mentions += e.mentions;
        if s.documents.last() != Some(&doc) {
            s.documents.push(doc);
        }
        for r in e.reasons {
            push_reason(&mut s.reasons, r);
        }
        if e.surname_only.is_some() && s.person_names.is_empty() {
            s.surname_only = e.surname_only;
        }
        for k in e.keys {
            if let Key::Name(TypeFamily::Person, name) = k {
                s.person_names.push(name);
                s.surname_only = None;
            }
        }
    }

    /// Records a role of the entity with handle `holder`; the owner is a handle too.
    pub fn add_role(&mut self, holder: usize, title: String, owner: Option<usize>) {
        let root = self.find(holder);
        let held = RoleHeld { title, owner };
        if !self.slots[root].roles.contains(&held) {
            self.slots[root].roles.push(held);
        }
    }

    fn union(&mut self, a: usize, b: usize, reason: String) -> usize {
        let (a, b) = (self.find(a), self.find(b));
        if a == b {
            return a;
        }
        let (root, child) = (a.min(b), a.max(b));
        self.parent[child] = root;
        let taken = std::mem::take(&mut self.slots[child]);
        let s = &mut self.slots[root];
        s.types.absorb(taken.types);
        s.labels.absorb(taken.labels);
        s.forms.absorb(taken.forms);
        s.descriptions.absorb(taken.descriptions);
        for r in taken.roles {
            if !s.roles.contains(&r) {
                s.roles.push(r);
            }
        }
        s.lexicon = s.lexicon.or(taken.lexicon);
        s.mentions += taken.mentions;
        s.documents.extend(taken.documents);
        s.documents.sort_unstable();
        s.documents.dedup();
        for r in taken.reasons {
            push_reason(&mut s.reasons, r);
        }
        push_reason(&mut s.reasons, reason);
        s.person_names.extend(taken.person_names);
        if !s.person_names.is_empty() {
            s.surname_only = None;
        } else if s.surname_only.is_none() {
            s.surname_only = taken.surname_only;
        }
        root
    }

    /// Joins people known only by a surname to the one full name with that
    /// surname; people with the same bare surname and no full-name candidate
    /// are taken to be one person.
    fn link_surnames(&mut self) {
        let roots: Vec<usize> = (0..self.slots.len())
            .filter(|&i| self.parent[i] == i)
            .collect();
        // In surname order, so that the merges below happen in an order that
        // depends on the names only.
        let mut bare_by_surname: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &r in &roots {
            if let Some(s) = &self.slots[r].surname_only {
                bare_by_surname.entry(s).or_default().push(r);
            }
        }
        // Only the surnames that some bare name has are looked up.
        let mut full_by_surname: HashMap<&str, Vec<usize>, foldhash::fast::FixedState> =
            HashMap::default();
        let mut surnames: Vec<&str> = Vec::new();
        for &r in &roots {
            surnames.clear();
            let names = self.slots[r].person_names.iter();
            surnames.extend(names.filter_map(|n| n.rsplit(' ').next()));
            surnames.retain(|s| bare_by_surname.contains_key(s));
            surnames.sort_unstable();
            surnames.dedup();
            for &s in &surnames {
                full_by_surname.entry(s).or_default().push(r);
            }
        }
        let mut unions: Vec<(usize, usize, String)> = Vec::new();
        for (surname, bare) in &bare_by_surname {
            match full_by_surname.get(surname).map(Vec::as_slice) {
                Some([one]) => {
                    for &b in bare {
                        unions.push((*one, b, format!("\"{surname}\" alone: the only person of the corpus with that surname")));
                    }
                }
                Some(_) => {} // several people share the surname: never guess
                None => {
                    for &b in &bare[1..] {
                        unions.push((bare[0], b, format!("\"{surname}\" alone in several documents, with no full name to tell them apart")));
                    }
                }
            }
        }
        for (a, b, reason) in unions {
            self.union(a, b, reason);
        }
    }

    /// The merged entities, and for every handle returned by [`Corpus::add`]
    /// the index of its entity.
    ///
    /// The entities are built in parallel (rayon): this runs once, after every
    /// document, when nothing else is left to overlap with it.
    pub fn finish(mut self) -> (Vec<CorpusEntity>, Vec<usize>) {
        // The key index is needed no more: free it before the entities are built.
        self.by_key = HashMap::default();
        self.link_surnames();
        let mut index = vec![usize::MAX; self.slots.len()];
        let mut entities = 0;
        for (i, slot_index) in index.iter_mut().enumerate() {
            if self.parent[i] == i {
                *slot_index = entities;
                entities += 1;
            }
        }
        for i in 0..index.len() {
            let root = self.find(i);
            index[i] = index[root];
        }
        let slots = std::mem::take(&mut self.slots);
        let parent = &self.parent;
        let out = slots
            .into_par_iter()
            .enumerate()
            .filter(|(i, _)| parent[*i] == *i)
            .map(|(_, slot)| slot.into_entity(&index))
            .collect();
        (out, index)
    }
}

impl Slot {
    /// The entity of a root slot; role owners become entity indices.
    fn into_entity(self, index: &[usize]) -> CorpusEntity {
        let mut roles: Vec<RoleHeld> = self
            .roles
            .into_iter()
            .map(|r| RoleHeld {
                title: r.title,
                owner: r.owner.map(|o| index[o]),
            })
            .collect();
        roles.sort();
        roles.dedup();
        CorpusEntity {
            entity_type: self
                .types
                .most_frequent()
                .unwrap_or(EntityType::Organization),
            label: best_label(&self.labels.0),
            forms: self.forms.0,
            descriptions: self.descriptions.0,
            roles,
            lexicon: self.lexicon,
            mentions: self.mentions,
            documents: self.documents,
            reasons: self.reasons,
        }
    }
}

/// The label the documents agree on: a full name over a single word, then
/// the one most documents use, then the longer, then the first seen.
fn best_label(labels: &[(String, u32)]) -> String {
    labels
        .iter()
        .enumerate()
        .max_by_key(|(i, (l, n))| {
            let words = l.split_whitespace().count();
            (words >= 2, *n, words.min(4), std::cmp::Reverse(*i))
        })
        .map(|(_, (l, _))| l.clone())
        .unwrap_or_default()
}

fn describe_keys(keys: &[Key]) -> String {
    match keys.first() {
        Some(Key::Lexicon(_)) => "the same lexicon entry in several documents".into(),
        Some(Key::Sector(_)) => "the same industry sector in several documents".into(),
        Some(Key::Members(_)) => "the members of the same organisation in several documents".into(),
        Some(Key::Name(_, name)) => format!("the same name \"{name}\" in several documents"),
        None => "merged".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(label: &str, keys: &[&str], surname: Option<&str>) -> DocEntity {
        DocEntity {
            entity_type: EntityType::Person,
            label: label.into(),
            forms: vec![(label.into(), 1)],
            descriptions: vec![],
            roles: vec![],
            lexicon: None,
            keys: keys
                .iter()
                .map(|k| Key::Name(TypeFamily::Person, k.to_string()))
                .collect(),
            surname_only: surname.map(str::to_string),
            mentions: 1,
            reasons: vec![],
        }
    }

    #[test]
    fn full_names_merge_and_people_sharing_a_surname_do_not() {
        let mut c = Corpus::new();
        let a = c.add(0, person("Anna Keller", &["anna keller"], None));
        let b = c.add(1, person("Thomas Keller", &["thomas keller"], None));
        let a2 = c.add(2, person("Anna Keller", &["anna keller"], None));
        let bare = c.add(3, person("Keller", &[], Some("keller")));
        let (entities, index) = c.finish();
        assert_eq!(entities.len(), 3);
        assert_eq!(index[a], index[a2]);
        assert_ne!(index[a], index[b]);
        assert_ne!(index[bare], index[a]);
        assert_ne!(index[bare], index[b]);
        assert_eq!(entities[index[a]].documents, vec![0, 2]);
    }

    #[test]
    fn a_bare_surname_joins_the_only_full_name() {
        let mut c = Corpus::new();
        let full = c.add(0, person("Farid Benali", &["farid benali"], None));
        let bare = c.add(1, person("Benali", &[], Some("benali")));
        let (entities, index) = c.finish();
        assert_eq!(index[full], index[bare]);
        let e = &entities[index[full]];
        assert_eq!(e.label, "Farid Benali");
        assert!(e.reasons.iter().any(|r| r.contains("only person")));
    }
}
