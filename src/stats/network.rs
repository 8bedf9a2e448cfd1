//! The graph as statistics see it: entities, typed relations and
//! co-occurrences, with the documents each came from.
//!
//! A [`Network`] is what every input of `skein stats` can give: a graph built
//! in memory ([`Network::from_graph`]) or one read back from Turtle,
//! N-Triples, JSON-LD or GraphML (the `read` functions of
//! [`crate::export`]). Node and relation order follow the graph's, so the
//! same graph gives the same report whichever file it was read from.

use crate::graph::KnowledgeGraph;
use crate::ontology::{EntityType, Ontology};

/// An entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub id: String,
    pub label: String,
    pub entity_type: EntityType,
    pub aliases: Vec<String>,
    /// Wikidata item, when known: two entities with different items are
    /// known to be different.
    pub qid: Option<String>,
    pub mentions: u32,
    /// Indices into [`Network::documents`], ascending.
    pub documents: Vec<u32>,
}

/// A typed relation.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Index into [`Network::entities`].
    pub subject: u32,
    pub object: u32,
    /// The local name of the predicate (`leads`).
    pub predicate: String,
    /// Indices into [`Network::documents`] of the documents it was read from, ascending.
    pub documents: Vec<u32>,
}

/// Entities, typed relations and co-occurrence pairs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Network {
    /// Document ids, in graph order.
    pub documents: Vec<String>,
    pub entities: Vec<Node>,
    pub relations: Vec<Link>,
    /// Pairs of entities named in one sentence (indices, smaller id first).
    pub cooccurrences: Vec<(u32, u32)>,
}

impl Network {
    /// The network of a graph built in memory.
    pub fn from_graph(graph: &KnowledgeGraph, ontology: &Ontology) -> Network {
        let entities = graph
            .entities()
            .map(|(_, e)| Node {
                id: e.id.clone(),
                label: e.label.clone(),
                entity_type: e.entity_type,
                aliases: e.aliases.clone(),
                qid: e.qid.clone(),
                mentions: e.mentions,
                documents: e.documents.clone(),
            })
            .collect();
        let relations = graph
            .graph
            .edge_indices()
            .map(|edge| {
                let (s, o) = graph.graph.edge_endpoints(edge).expect("edge exists");
                let rel = &graph.graph[edge];
                let mut documents: Vec<u32> = rel.evidence.iter().map(|e| e.document).collect();
                documents.sort_unstable();
                documents.dedup();
                Link {
                    subject: s.index() as u32,
                    object: o.index() as u32,
                    predicate: ontology.predicate(rel.predicate).name.clone(),
                    documents,
                }
            })
            .collect();
        Network {
            documents: graph.documents.iter().map(|d| d.id.clone()).collect(),
            entities,
            relations,
            cooccurrences: graph
                .cooccurrences
                .iter()
                .map(|c| (c.a.index() as u32, c.b.index() as u32))
                .collect(),
        }
    }

    /// The typed relations as directed (subject, object) index pairs.
    pub fn edges(&self) -> Vec<(u32, u32)> {
        self.relations
            .iter()
            .map(|r| (r.subject, r.object))
            .collect()
    }

    /// Total mentions of all entities.
    pub fn mention_count(&self) -> u64 {
        self.entities.iter().map(|e| e.mentions as u64).sum()
    }
}
