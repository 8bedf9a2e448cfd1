//! Graph: the knowledge graph as a petgraph directed graph of entities and
//! aggregated relations.
//!
//! [`GraphBuilder`] takes the contribution of each document as soon as it is
//! analysed (so that document texts can be dropped), merges entities across
//! documents with [`crate::resolve::corpus`], and on [`GraphBuilder::finish`]
//! assigns stable ids and folds the relations into one edge per subject,
//! predicate and object carrying all its evidence. Node and edge order depend
//! only on the input, never on threads or file-system order.
//!
//! Co-occurrences (two entities named in one sentence) are counted only when
//! asked for ([`GraphBuilder::with_cooccurrence`]) and kept in their own list,
//! [`KnowledgeGraph::cooccurrences`], never as petgraph edges: whatever reads
//! the typed relations cannot mistake one for a relation.

mod evidence;

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use rayon::prelude::*;
use serde::Serialize;

use crate::ontology::{EntityType, Ontology, PredicateId};
use crate::relations::DocRelation;
use crate::resolve::DocEntity;
use crate::resolve::RoleHeld;
use crate::resolve::corpus::{Corpus, CorpusEntity};
use crate::text;

use evidence::EvidenceStore;
pub use evidence::{CueId, Evidence, EvidenceText, QuoteId};

/// A hash map that is only looked up, or whose iteration order does not
/// reach the output: a fixed fast hasher, not the default SipHash.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// An entity of the graph.
#[derive(Clone, Debug, Serialize)]
pub struct Entity {
    /// Unique, stable slug: the last segment of its IRI and its GraphML id.
    pub id: String,
    pub entity_type: EntityType,
    pub label: String,
    /// Every other name, most frequent first, then the titles and descriptions
    /// that no other entity of the graph goes by.
    pub aliases: Vec<String>,
    /// Role titles held, with the id of the owner when known.
    pub roles: Vec<Role>,
    pub mentions: u32,
    /// Indices into [`KnowledgeGraph::documents`].
    pub documents: Vec<u32>,
    /// Wikidata item, when the lexicon knows it.
    pub qid: Option<String>,
    /// Why its mentions were resolved to one entity.
    pub reasons: Vec<String>,
}

/// A role title held by a person: "Secretary General" of `nato`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Role {
    pub title: String,
    /// Id of the owner entity.
    pub owner: Option<String>,
}

/// An aggregated relation: one per subject, predicate and object.
#[derive(Clone, Debug)]
pub struct Relation {
    pub predicate: PredicateId,
    /// Every piece of evidence, by document and position.
    pub evidence: Vec<Evidence>,
    /// Combined confidence of the evidence: 1 − Π(1 − cᵢ).
    pub confidence: f64,
}

impl Relation {
    /// How many pieces of evidence support the relation.
    pub fn weight(&self) -> usize {
        self.evidence.len()
    }

    /// In how many distinct documents the relation was read.
    pub fn document_count(&self) -> usize {
        // Evidence is in document order: the documents are its runs of one.
        let changes = self
            .evidence
            .windows(2)
            .filter(|w| w[0].document != w[1].document)
            .count();
        changes + usize::from(!self.evidence.is_empty())
    }
}

/// A source document and what it contributed.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DocumentMeta {
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub characters: usize,
    pub sentences: usize,
    pub boilerplate_lines: usize,
    pub mentions: usize,
    pub entities: usize,
    pub relations: usize,
}

/// What one analysed document adds to the graph.
#[derive(Clone, Debug)]
pub struct DocContribution {
    pub meta: DocumentMeta,
    pub entities: Vec<DocEntity>,
    pub relations: Vec<DocRelation>,
    /// Pairs of entities (indices into `entities`, smaller first) named in one
    /// sentence, with the number of such sentences; sorted.
    pub cooccurrences: Vec<(usize, usize, u32)>,
}

/// Two entities named in the same sentences: an undirected, weighted edge of
/// the co-occurrence network, apart from the typed relations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoOccurrence {
    /// The entity with the smaller id.
    pub a: NodeIndex,
    /// The entity with the larger id.
    pub b: NodeIndex,
    /// In how many sentences both are named. A sentence that names two
    /// entities which the corpus merge later joins counts once per name.
    pub sentences: u32,
}

/// The finished knowledge graph.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeGraph {
    pub graph: DiGraph<Entity, Relation>,
    pub documents: Vec<DocumentMeta>,
    /// Co-occurrences in (a id, b id) order; empty unless the builder counted them.
    pub cooccurrences: Vec<CoOccurrence>,
    /// The quotes and cues of the evidence.
    pub evidence_text: EvidenceText,
}

impl KnowledgeGraph {
    /// The sentence a piece of evidence quotes.
    pub fn quote(&self, evidence: &Evidence) -> &str {
        self.evidence_text.quote(evidence.quote)
    }

    /// The words that signalled a piece of evidence.
    pub fn cue(&self, evidence: &Evidence) -> &str {
        self.evidence_text.cue(evidence.cue)
    }

    /// Entities in id order.
    pub fn entities(&self) -> impl Iterator<Item = (NodeIndex, &Entity)> {
        self.entities_in(0..self.graph.node_count())
    }

    /// The entities whose node indices are in `range`, in id order.
    pub fn entities_in(&self, range: Range<usize>) -> impl Iterator<Item = (NodeIndex, &Entity)> {
        range.map(move |n| (NodeIndex::new(n), &self.graph[NodeIndex::new(n)]))
    }

    /// Relations as (edge, subject, object, relation), in a stable order.
    pub fn relations(&self) -> impl Iterator<Item = (EdgeIndex, &Entity, &Entity, &Relation)> {
        self.relations_in(0..self.graph.edge_count())
    }

    /// The relations whose edge indices are in `range`, as [`Self::relations`] lists them.
    pub fn relations_in(
        &self,
        range: Range<usize>,
    ) -> impl Iterator<Item = (EdgeIndex, &Entity, &Entity, &Relation)> {
        range.map(EdgeIndex::new).map(move |e| {
            let (s, o) = self.graph.edge_endpoints(e).expect("edge exists");
            (e, &self.graph[s], &self.graph[o], &self.graph[e])
        })
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.graph.node_weights().find(|e| e.id == id)
    }

    pub fn mention_count(&self) -> u64 {
        self.graph.node_weights().map(|e| e.mentions as u64).sum()
    }
}

/// Counts, for every key, how many entities have it: each entity's keys are
/// counted once however often it repeats them.
fn entities_per_key<'a>(keys: impl Iterator<Item = &'a [String]>) -> FastMap<&'a str, u32> {
    let mut count: FastMap<&str, u32> = FastMap::default();
    let mut seen: Vec<&str> = Vec::new();
    for keys in keys {
        seen.clear();
        seen.extend(keys.iter().map(String::as_str));
        seen.sort_unstable();
        seen.dedup();
        for &k in &seen {
            *count.entry(k).or_insert(0) += 1;
        }
    }
    count
}

/// The entities of the corpus as graph nodes, in a stable order (by label
/// slug, type, first documents and label) with unique ids; and for every
/// corpus entity the position of its node.
///
/// Everything but the ids is worked out for each entity in parallel; the ids
/// are then given in node order, one after the other, since each depends on
/// the ones before.
fn entity_nodes(entities: Vec<CorpusEntity>, ontology: &Ontology) -> (Vec<Entity>, Vec<usize>) {
    let keys: Vec<(String, Vec<String>)> = entities
        .par_iter()
        .map(|e| {
            let descriptions = e.descriptions.iter().map(|(d, _)| text::normalize(d));
            (text::slug(&e.label), descriptions.collect())
        })
        .collect();
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.par_sort_by(|&a, &b| {
        let (x, y) = (&entities[a], &entities[b]);
        (&keys[a].0, x.entity_type, &x.documents, &x.label).cmp(&(
            &keys[b].0,
            y.entity_type,
            &y.documents,
            &y.label,
        ))
    });
    // "the alliance" names NATO when no other alliance was called so; "the
    // president" said of two people names neither.
    let describing = entities_per_key(keys.iter().map(|(_, d)| d.as_slice()));
    let mut named: Vec<Option<(Entity, Vec<RoleHeld>)>> = entities
        .into_par_iter()
        .zip(&keys)
        .map(|(e, (slug, descriptions))| {
            let unique = descriptions.iter().map(|d| describing[d.as_str()] == 1);
            Some(unnamed_node(e, slug, unique, ontology))
        })
        .collect();
    drop(describing);
    drop(keys);
    let mut ids = text::UniqueSlugs::default();
    let mut node_of = vec![0; named.len()];
    let mut nodes = Vec::with_capacity(named.len());
    let mut held = Vec::with_capacity(named.len());
    for &i in &order {
        let (mut node, roles) = named[i].take().expect("each entity once");
        node.id = ids.make_unique(std::mem::take(&mut node.id));
        node_of[i] = nodes.len();
        nodes.push(node);
        held.push(roles);
    }
    let roles: Vec<Vec<Role>> = held
        .into_par_iter()
        .map(|held| {
            let mut roles: Vec<Role> = held
                .into_iter()
                .map(|r| Role {
                    title: r.title,
                    owner: r.owner.map(|o| nodes[node_of[o]].id.clone()),
                })
                .collect();
            roles.sort();
            roles.dedup();
            roles
        })
        .collect();
    nodes
        .par_iter_mut()
        .zip(roles)
        .for_each(|(node, roles)| node.roles = roles);
    add_unique_surnames(&mut nodes);
    drop_shared_aliases(&mut nodes);
    (nodes, node_of)
}

/// The node of a corpus entity, with the base of its id in place of the id:
/// its names, most frequent first, then the descriptions that `unique` says
/// no other entity goes by. Returns its roles apart, for they name other
/// nodes.
fn unnamed_node(
    e: CorpusEntity,
    slug: &str,
    unique: impl Iterator<Item = bool>,
    ontology: &Ontology,
) -> (Entity, Vec<RoleHeld>) {
    // A lexicon entry keeps its lexicon id ("nato"), so IRIs do not move when labels do.
    let base = match e.lexicon {
        Some(l) => text::slug(
            ontology
                .lexicon
                .entry(l)
                .key
                .split(':')
                .nth(1)
                .unwrap_or(&e.label),
        ),
        None => slug.to_string(),
    };
    let by_count = |a: &(String, u32), b: &(String, u32)| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0));
    let mut aliases: Vec<(String, u32)> =
        e.forms.into_iter().filter(|(f, _)| *f != e.label).collect();
    aliases.sort_by(by_count);
    let mut aliases: Vec<String> = aliases.into_iter().map(|(f, _)| f).collect();
    let mut descriptions: Vec<(String, u32)> = e
        .descriptions
        .into_iter()
        .zip(unique)
        .filter_map(|(d, unique)| unique.then_some(d))
        .collect();
    descriptions.sort_by(by_count);
    for (d, _) in descriptions {
        if d != e.label && !aliases.contains(&d) {
            aliases.push(d);
        }
    }
    let qid = e
        .lexicon
        .and_then(|l| ontology.lexicon.entry(l).qid.clone());
    let node = Entity {
        id: base,
        entity_type: e.entity_type,
        label: e.label,
        aliases,
        roles: Vec::new(),
        mentions: e.mentions,
        documents: e.documents,
        qid,
        reasons: e.reasons,
    };
    (node, e.roles)
}

/// An alias that several entities go by ("Keller" for two Kellers,
/// "Washington" for the city and the government) identifies none of them: it
/// is kept only where it is the entity's label.
fn drop_shared_aliases(nodes: &mut [Entity]) {
    // Per node, its label and then its aliases, normalised.
    let names: Vec<Vec<String>> = nodes
        .par_iter()
        .map(|e| {
            let names = std::iter::once(&e.label).chain(&e.aliases);
            names.map(|n| text::normalize(n)).collect()
        })
        .collect();
    let owners = entities_per_key(names.iter().map(Vec::as_slice));
    nodes.par_iter_mut().zip(&names).for_each(|(e, names)| {
        let (label, mut aliases) = (&names[0], names[1..].iter());
        e.aliases.retain(|_| {
            let alias = aliases.next().expect("one name per alias");
            owners[alias.as_str()] == 1 || alias == label
        });
    });
}

/// A person's surname is a name readers use for them ("Keller"); it is
/// added as an alias when no other person of the graph has that surname.
fn add_unique_surnames(nodes: &mut [Entity]) {
    let person = |e: &Entity| e.entity_type == EntityType::Person;
    let surname = |e: &Entity| -> Option<String> {
        let words: Vec<&str> = e.label.split_whitespace().collect();
        (person(e) && words.len() >= 2).then(|| words[words.len() - 1].to_string())
    };
    // Per node, the normalised surname of a full name and a one-word name:
    // both are names other people of that surname would be known by.
    let names: Vec<Vec<String>> = nodes
        .par_iter()
        .map(|e| {
            let single = (person(e) && !e.label.contains(' ')).then(|| e.label.clone());
            let names = surname(e).into_iter().chain(single);
            names.map(|n| text::normalize(&n)).collect()
        })
        .collect();
    let count = entities_per_key(names.iter().map(Vec::as_slice));
    nodes.par_iter_mut().zip(&names).for_each(|(e, names)| {
        // A full name's normalised surname comes first in its names.
        if let Some(s) = surname(e) {
            if count[names[0].as_str()] == 1 && !e.aliases.contains(&s) {
                e.aliases.push(s);
            }
        }
    });
}

/// Folds document contributions into a [`KnowledgeGraph`].
#[derive(Debug, Default)]
pub struct GraphBuilder {
    corpus: Corpus,
    documents: Vec<DocumentMeta>,
    /// (subject handle, predicate, object handle, evidence): 48 bytes each,
    /// and a gigabyte of news reads more than a million.
    relations: Vec<(u32, PredicateId, u32, Evidence)>,
    evidence: EvidenceStore,
    /// Sentences per pair of handles (smaller first), when counted: memory
    /// grows with distinct pairs, not with text.
    cooccurrences: Option<FastMap<(usize, usize), u32>>,
}

impl GraphBuilder {
    pub fn new() -> GraphBuilder {
        GraphBuilder::default()
    }

    /// A builder that also counts co-occurrences.
    pub fn with_cooccurrence() -> GraphBuilder {
        GraphBuilder {
            cooccurrences: Some(FastMap::default()),
            ..GraphBuilder::default()
        }
    }

    /// Adds the next document. Documents must be added in a fixed order
    /// (skein sorts them by id) for the output to be deterministic.
    pub fn add(&mut self, contribution: DocContribution) {
        let doc = self.documents.len() as u32;
        let mut roles = Vec::new();
        let handles: Vec<usize> = contribution
            .entities
            .into_iter()
            .map(|mut e| {
                roles.push(std::mem::take(&mut e.roles));
                self.corpus.add(doc, e)
            })
            .collect();
        for (i, held) in roles.into_iter().enumerate() {
            for r in held {
                self.corpus
                    .add_role(handles[i], r.title, r.owner.map(|o| handles[o]));
            }
        }
        self.evidence.next_document();
        for r in contribution.relations {
            let evidence = self.evidence.add(doc, r.evidence);
            let (s, o) = (handle(handles[r.subject]), handle(handles[r.object]));
            self.relations.push((s, r.predicate, o, evidence));
        }
        if let Some(counts) = &mut self.cooccurrences {
            for (i, j, sentences) in contribution.cooccurrences {
                let (a, b) = (handles[i].min(handles[j]), handles[i].max(handles[j]));
                if a != b {
                    *counts.entry((a, b)).or_insert(0) += sentences;
                }
            }
        }
        self.documents.push(contribution.meta);
    }

    pub fn document_count(&self) -> usize {
        self.documents.len()
    }

    /// Merges, names and links everything.
    pub fn finish(self, ontology: &Ontology) -> KnowledgeGraph {
        let (corpus_entities, index) = self.corpus.finish();
        let (nodes, node_of) = entity_nodes(corpus_entities, ontology);
        let node_of: Vec<NodeIndex> = node_of.into_iter().map(NodeIndex::new).collect();
        // Edges are reserved once their number is known (below).
        let mut graph = DiGraph::with_capacity(nodes.len(), 0);
        for node in nodes {
            graph.add_node(node);
        }
        // One edge per (subject, predicate, object), in (subject id, predicate
        // name, object id) order; symmetric relations in id order. The
        // relations are resolved to nodes and sorted in place, by ranks
        // rather than by the id strings, and their evidence moved into the
        // edges: no copy of a million pieces of evidence, no string keys.
        let evidence_text = self.evidence.finish();
        let mut relations = self.relations;
        relations.retain_mut(|(s, p, o, _)| {
            let property = ontology.predicate(*p);
            let node = |h: u32| node_of[index[h as usize]];
            let (mut a, mut b) = (node(*s), node(*o));
            if property.symmetric && graph[a].id > graph[b].id {
                std::mem::swap(&mut a, &mut b);
            }
            (*s, *o) = (handle(a.index()), handle(b.index()));
            // Types were settled across documents: recheck them.
            a != b && property.admits(graph[a].entity_type, graph[b].entity_type)
        });
        let node_rank = ranks(graph.node_count(), |a, b| {
            graph[NodeIndex::new(a)]
                .id
                .cmp(&graph[NodeIndex::new(b)].id)
        });
        let predicate_rank = ranks(ontology.properties.len(), |a, b| {
            ontology.properties[a]
                .name
                .cmp(&ontology.properties[b].name)
        });
        // Evidence in (document, position, cue) order; whole evidence breaks ties,
        // so that the order never depends on the sort algorithm. (A document
        // and a sentence settle the quote.)
        let cue = |e: &Evidence| evidence_text.cue(e.cue);
        relations.par_sort_unstable_by(|(s1, p1, o1, e1), (s2, p2, o2, e2)| {
            let edge = |s: u32, p: PredicateId, o: u32| {
                let rank = |n: u32| node_rank[n as usize];
                (rank(s), predicate_rank[p.0 as usize], rank(o))
            };
            edge(*s1, *p1, *o1)
                .cmp(&edge(*s2, *p2, *o2))
                .then_with(|| {
                    (e1.document, e1.byte_start, cue(e1)).cmp(&(
                        e2.document,
                        e2.byte_start,
                        cue(e2),
                    ))
                })
                .then_with(|| {
                    (e1.sentence, e1.byte_end, e1.confidence.to_bits()).cmp(&(
                        e2.sentence,
                        e2.byte_end,
                        e2.confidence.to_bits(),
                    ))
                })
        });
        // Exactly as many edges as distinct (subject, predicate, object):
        // an edge list that grew by doubling would, at its last step, hold
        // the old and the new list at once, at the peak of the run's memory.
        let edge_count = relations
            .chunk_by(|x, y| (x.0, x.1, x.2) == (y.0, y.1, y.2))
            .count();
        graph.reserve_exact_edges(edge_count);
        // Taken from the back (the sort is reversed for that), the list shrinks
        // as the edges grow, so the evidence is never held twice.
        relations.reverse();
        let mut next_shrink = relations.len() / 2;
        while let Some(&(s, p, o, _)) = relations.last() {
            // Sized to the run: a vector grown by doubling wastes a quarter
            // of its room on average, on the largest runs most.
            let run = relations
                .iter()
                .rev()
                .take_while(|r| (r.0, r.1, r.2) == (s, p, o))
                .count();
            let at = relations.len() - run;
            let mut evidence: Vec<Evidence> = relations.drain(at..).rev().map(|r| r.3).collect();
            if relations.len() < next_shrink {
                relations.shrink_to_fit();
                next_shrink = relations.len() / 2;
            }
            evidence.dedup_by(|a, b| {
                a.document == b.document && a.sentence == b.sentence && a.cue == b.cue
            });
            if evidence.len() < run {
                evidence.shrink_to_fit();
            }
            let confidence = 1.0
                - evidence
                    .iter()
                    .map(|e| 1.0 - e.confidence as f64)
                    .product::<f64>();
            let confidence = (confidence * 1000.0).round() / 1000.0;
            graph.add_edge(
                NodeIndex::new(s as usize),
                NodeIndex::new(o as usize),
                Relation {
                    predicate: p,
                    evidence,
                    confidence: confidence.min(0.999),
                },
            );
        }
        let cooccurrences = self
            .cooccurrences
            .map(|counts| cooccurrences(&graph, counts, |h| node_of[index[h]]))
            .unwrap_or_default();
        KnowledgeGraph {
            graph,
            documents: self.documents,
            cooccurrences,
            evidence_text,
        }
    }
}

/// A corpus handle or node index as the relations keep it.
fn handle(h: usize) -> u32 {
    u32::try_from(h).expect("a graph has fewer than 2^32 entities")
}

/// The rank of every index in `0..n` in the order `cmp` gives.
fn ranks(n: usize, cmp: impl Fn(usize, usize) -> std::cmp::Ordering + Sync) -> Vec<u32> {
    let mut order: Vec<usize> = (0..n).collect();
    order.par_sort_by(|&a, &b| cmp(a, b));
    let mut rank = vec![0u32; n];
    for (r, i) in order.into_iter().enumerate() {
        rank[i] = r as u32;
    }
    rank
}

/// Maps co-occurrence counts from handles to nodes, adding up the pairs that
/// the corpus merge joined, in (a id, b id) order.
fn cooccurrences(
    graph: &DiGraph<Entity, Relation>,
    counts: FastMap<(usize, usize), u32>,
    node: impl Fn(usize) -> NodeIndex,
) -> Vec<CoOccurrence> {
    let mut pairs: BTreeMap<(&str, &str), CoOccurrence> = BTreeMap::new();
    for ((x, y), sentences) in counts {
        let (mut a, mut b) = (node(x), node(y));
        if a == b {
            continue;
        }
        if graph[a].id > graph[b].id {
            std::mem::swap(&mut a, &mut b);
        }
        pairs
            .entry((&graph[a].id, &graph[b].id))
            .or_insert(CoOccurrence { a, b, sentences: 0 })
            .sentences += sentences;
    }
    pairs.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(document: u32) -> Evidence {
        let mut store = EvidenceStore::default();
        let read = crate::relations::DocEvidence {
            sentence: 0,
            byte_start: 0,
            byte_end: 1,
            char_start: 0,
            char_end: 1,
            quote: "q".into(),
            cue: "c".into(),
            confidence: 0.5,
        };
        store.add(document, read)
    }

    fn node(label: &str, entity_type: EntityType, aliases: &[&str]) -> Entity {
        Entity {
            id: text::slug(label),
            entity_type,
            label: label.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            roles: vec![],
            mentions: 1,
            documents: vec![0],
            qid: None,
            reasons: vec![],
        }
    }

    fn aliases(nodes: &[Entity]) -> Vec<Vec<&str>> {
        nodes
            .iter()
            .map(|e| e.aliases.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn an_alias_two_entities_go_by_is_dropped_unless_it_is_the_label() {
        let mut nodes = vec![
            node("Anna Keller", EntityType::Person, &["Keller", "Dr Keller"]),
            node("Thomas Keller", EntityType::Person, &["KELLER", "Tom"]),
            node("Washington", EntityType::City, &["Washington, D.C."]),
            node("US Government", EntityType::Organization, &["washington"]),
        ];
        drop_shared_aliases(&mut nodes);
        assert_eq!(
            aliases(&nodes),
            vec![
                vec!["Dr Keller"],
                vec!["Tom"],
                vec!["Washington, D.C."],
                Vec::<&str>::new(),
            ]
        );
    }

    #[test]
    fn a_surname_becomes_an_alias_only_when_no_other_person_has_it() {
        let mut nodes = vec![
            node("Anna Keller", EntityType::Person, &[]),
            node("Farid Benali", EntityType::Person, &[]),
            node("Thomas Benali", EntityType::Person, &[]),
            node("Marta Nowak", EntityType::Person, &[]),
            node("Nowak", EntityType::Person, &[]),
            node("Jan Kowalski", EntityType::Person, &["Kowalski"]),
            node("Keller Group", EntityType::Organization, &[]),
        ];
        add_unique_surnames(&mut nodes);
        assert_eq!(
            aliases(&nodes),
            vec![
                vec!["Keller"],
                vec![],
                vec![],
                vec![],
                vec![],
                vec!["Kowalski"],
                vec![],
            ]
        );
    }

    #[test]
    fn a_key_is_counted_once_per_entity() {
        let keys = [
            vec!["nato".to_string(), "the alliance".into(), "nato".into()],
            vec!["the alliance".into()],
            vec![],
        ];
        let count = entities_per_key(keys.iter().map(Vec::as_slice));
        assert_eq!(count.len(), 2);
        assert_eq!(count["nato"], 1);
        assert_eq!(count["the alliance"], 2);
    }

    #[test]
    fn a_relation_counts_each_document_of_its_evidence_once() {
        let cases: [(&[u32], usize); 5] = [
            (&[], 0),
            (&[4], 1),
            (&[0, 3], 2),
            (&[1, 1, 2, 2, 2, 5], 3),
            (&[7, 7, 7], 1),
        ];
        for (documents, count) in cases {
            let relation = Relation {
                predicate: PredicateId(0),
                evidence: documents.iter().map(|&d| evidence(d)).collect(),
                confidence: 0.5,
            };
            assert_eq!(relation.document_count(), count, "{documents:?}");
        }
    }
}
