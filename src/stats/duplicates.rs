//! Candidate duplicates: pairs of entities of one type whose names suggest
//! they are one thing that resolution did not merge, so that a user can see
//! what it missed (and, often, why it was right not to merge).
//!
//! A pair is a candidate when, in this order: both go by the same name; one
//! name is an acronym of the other's initials, and of no other label of its
//! type; one label is a run of words of exactly
//! one other label of its type ("Keller" and "Anna Keller", but not when an
//! "Thomas Keller" makes "Keller" ambiguous, which resolution rightly leaves
//! alone); or the labels differ in one word spelled alike ("Zelensky",
//! "Zelenskyy": edit similarity of at least [`MIN_SIMILARITY`]), not a
//! person's given name ("Andrea Young" and "Andrew Young" are two people).
//! Entities with different Wikidata items are known to differ and never pair.
//! Pairs are only sought among entities sharing a name key (a word's first
//! letters or initials), so the cost follows the entities, not their square.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::network::Node;
use crate::ontology::EntityType;
use crate::text;

/// Two spellings of a word closer than this (1 − edit distance / longer
/// length) pair.
pub const MIN_SIMILARITY: f64 = 0.85;
/// Shorter words are not compared for spelling: "Iran" and "Iraq" are not a
/// typo.
const MIN_SPELLING_LENGTH: usize = 5;
/// A name key shared by more entities than this ("uni" of every "United …")
/// says nothing; such keys are skipped.
const MAX_BLOCK: usize = 100;

/// Two entities that may be one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Duplicate {
    pub entity_type: EntityType,
    /// The entity with the smaller id.
    pub a: String,
    pub a_label: String,
    pub b: String,
    pub b_label: String,
    /// Why they pair, in words.
    pub reason: String,
}

/// An entity's names, normalised once.
struct Names<'a> {
    node: &'a Node,
    /// The label's words, normalised.
    words: Vec<String>,
    /// Label and aliases, normalised, sorted.
    all: Vec<String>,
    /// The initials of the label, lower case.
    initials: Option<String>,
    /// Names written as acronyms, with their comparison key.
    acronyms: Vec<(&'a str, String)>,
}

impl<'a> Names<'a> {
    fn new(node: &'a Node) -> Names<'a> {
        let mut all: Vec<String> = std::iter::once(&node.label)
            .chain(&node.aliases)
            .map(|n| text::normalize(n))
            .filter(|n| !n.is_empty())
            .collect();
        all.sort();
        all.dedup();
        let initials = text::initials(&node.label).to_lowercase();
        let acronyms = std::iter::once(&node.label)
            .chain(&node.aliases)
            .filter(|n| text::is_all_caps(n))
            .map(|n| {
                (
                    n.as_str(),
                    n.chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_lowercase)
                        .collect(),
                )
            })
            .collect();
        Names {
            node,
            words: text::normalize(&node.label)
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            all,
            initials: (initials.chars().count() >= 2).then_some(initials),
            acronyms,
        }
    }

    /// The keys the entity is blocked under: the first three letters of
    /// every word of its names, its initials and its acronyms.
    fn keys(&self) -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for word in self
            .all
            .iter()
            .flat_map(|n| n.split_whitespace())
            .filter(|w| w.chars().count() >= 3)
        {
            keys.insert(format!("w:{}", word.chars().take(3).collect::<String>()));
        }
        keys.extend(
            self.initials
                .iter()
                .chain(self.acronyms.iter().map(|(_, k)| k))
                .map(|k| format!("i:{k}")),
        );
        keys
    }

    /// This entity's name that is an acronym of `other`'s initials.
    fn acronym_of(&self, other: &Names<'_>) -> Option<&'a str> {
        let initials = other.initials.as_ref()?;
        self.acronyms
            .iter()
            .find(|(_, k)| k == initials)
            .map(|(name, _)| *name)
    }

    /// Is this label a run of words of `other`'s, or an acronym of it?
    fn part_of(&self, other: &Names<'_>) -> bool {
        contains_words(&other.words, &self.words) || self.acronym_of(other).is_some()
    }
}

/// Every candidate pair, by type, then ids.
pub fn candidates(entities: &[Node]) -> Vec<Duplicate> {
    let names: Vec<Names<'_>> = entities.iter().map(Names::new).collect();
    let mut blocks: BTreeMap<(EntityType, String), Vec<usize>> = BTreeMap::new();
    for (i, n) in names.iter().enumerate() {
        for key in n.keys() {
            blocks.entry((n.node.entity_type, key)).or_default().push(i);
        }
    }
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for members in blocks.values().filter(|m| m.len() <= MAX_BLOCK) {
        for (k, &a) in members.iter().enumerate() {
            for &b in &members[k + 1..] {
                pairs.insert((a.min(b), a.max(b)));
            }
        }
    }
    // How many labels of its type contain each label: one is a miss, more is ambiguity.
    let mut containers = vec![0usize; names.len()];
    for &(a, b) in &pairs {
        containers[a] += usize::from(names[a].part_of(&names[b]));
        containers[b] += usize::from(names[b].part_of(&names[a]));
    }
    let mut out: Vec<Duplicate> = pairs
        .into_iter()
        .filter_map(|(a, b)| {
            let (a, b) = if entities[a].id < entities[b].id {
                (a, b)
            } else {
                (b, a)
            };
            let reason = compare((&names[a], containers[a]), (&names[b], containers[b]))?;
            let (x, y) = (&entities[a], &entities[b]);
            Some(Duplicate {
                entity_type: x.entity_type,
                a: x.id.clone(),
                a_label: x.label.clone(),
                b: y.id.clone(),
                b_label: y.label.clone(),
                reason,
            })
        })
        .collect();
    out.sort_by(|p, q| (p.entity_type, &p.a, &p.b).cmp(&(q.entity_type, &q.a, &q.b)));
    out
}

/// Why two entities may be one, if they may; each comes with the number of
/// labels of its type that contain its label.
fn compare(x: (&Names<'_>, usize), y: (&Names<'_>, usize)) -> Option<String> {
    if let (Some(a), Some(b)) = (&x.0.node.qid, &y.0.node.qid) {
        if a != b {
            return None;
        }
    }
    if let Some(shared) = x.0.all.iter().find(|n| y.0.all.contains(n)) {
        return Some(format!("both go by \"{shared}\""));
    }
    for ((short, containers), (long, _)) in [(x, y), (y, x)] {
        if containers != 1 {
            continue; // several names fit: ambiguous, rightly left apart
        }
        if let Some(acronym) = short.acronym_of(long) {
            return Some(format!(
                "\"{acronym}\" is the initials of \"{}\" and of no other name",
                long.node.label
            ));
        }
        if contains_words(&long.words, &short.words) {
            return Some(format!(
                "\"{}\" is part of \"{}\" and of no other name",
                short.node.label, long.node.label
            ));
        }
    }
    let s = one_word_apart(
        &x.0.words,
        &y.0.words,
        x.0.node.entity_type == EntityType::Person,
    )?;
    (s >= MIN_SIMILARITY).then(|| format!("spelled alike ({s:.2})"))
}

/// The similarity of the one word in which two names of as many words
/// differ, when it is long enough to be a typo and, for a person of several
/// words, not the given name.
fn one_word_apart(a: &[String], b: &[String], person: bool) -> Option<f64> {
    if a.len() != b.len() {
        return None;
    }
    let mut differing = a.iter().zip(b).enumerate().filter(|(_, (x, y))| x != y);
    let (k, (x, y)) = differing.next()?;
    if differing.next().is_some()
        || (person && a.len() > 1 && k == 0)
        || x.chars().count().min(y.chars().count()) < MIN_SPELLING_LENGTH
    {
        return None;
    }
    Some(similarity(x, y))
}

/// Are the words of `part` a run of the words of `whole`?
fn contains_words(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && part.len() < whole.len() && whole.windows(part.len()).any(|run| run == part)
}

/// 1 − Levenshtein distance / length of the longer string, over characters.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    1.0 - previous[b.len()] as f64 / longer as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, label: &str, t: EntityType, aliases: &[&str], qid: Option<&str>) -> Node {
        Node {
            id: id.into(),
            label: label.into(),
            entity_type: t,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            qid: qid.map(str::to_string),
            mentions: 1,
            documents: vec![0],
        }
    }

    #[test]
    fn missed_merges_are_found_and_known_differences_are_not() {
        use EntityType::*;
        let entities = vec![
            node("anna_keller", "Anna Keller", Person, &[], None),
            node("keller", "Keller", Person, &[], None),
            node("iaea", "IAEA", Organization, &[], None),
            node(
                "international_atomic_energy_agency",
                "International Atomic Energy Agency",
                Organization,
                &[],
                None,
            ),
            node(
                "volodymyr_zelensky",
                "Volodymyr Zelensky",
                Person,
                &[],
                None,
            ),
            node(
                "volodymyr_zelenskyy",
                "Volodymyr Zelenskyy",
                Person,
                &[],
                None,
            ),
            node("austria", "Austria", Country, &[], Some("Q40")),
            node("australia", "Australia", Country, &[], Some("Q408")),
            node("slovakia", "Slovakia", Country, &[], None),
            node("slovenia", "Slovenia", Country, &[], None),
            node("keller_city", "Keller", City, &[], None),
            node("andrea_young", "Andrea Young", Person, &[], None),
            node("andrew_young", "Andrew Young", Person, &[], None),
            node("andrew", "Andrew", Person, &[], None),
            node("andrew_card", "Andrew Card", Person, &[], None),
        ];
        let found: Vec<(String, String, String)> = candidates(&entities)
            .into_iter()
            .map(|d| (d.a, d.b, d.reason))
            .collect();
        let pair = |a: &str, b: &str| {
            found
                .iter()
                .find(|(x, y, _)| x == a && y == b)
                .map(|(_, _, r)| r.clone())
        };
        assert_eq!(
            pair("anna_keller", "keller").as_deref(),
            Some("\"Keller\" is part of \"Anna Keller\" and of no other name")
        );
        assert_eq!(
            pair("iaea", "international_atomic_energy_agency").as_deref(),
            Some(
                "\"IAEA\" is the initials of \"International Atomic Energy Agency\" and of no other name"
            )
        );
        assert_eq!(
            pair("volodymyr_zelensky", "volodymyr_zelenskyy").as_deref(),
            Some("spelled alike (0.89)")
        );
        assert_eq!(
            pair("australia", "austria"),
            None,
            "different Wikidata items"
        );
        assert_eq!(
            pair("slovakia", "slovenia"),
            None,
            "0.75 is not alike enough"
        );
        assert!(
            pair("keller", "keller_city").is_none(),
            "different types never pair"
        );
        assert_eq!(
            pair("andrea_young", "andrew_young"),
            None,
            "another given name is another person"
        );
        assert_eq!(
            pair("andrew", "andrew_card"),
            None,
            "\"Andrew\" is in two names: ambiguous"
        );
        assert_eq!(found.len(), 3, "{found:?}");
    }

    #[test]
    fn similarity_is_edit_distance_over_length() {
        assert_eq!(similarity("kitten", "sitting"), 1.0 - 3.0 / 7.0);
        assert_eq!(similarity("same", "same"), 1.0);
    }
}
