//! Stats: the shape of a knowledge graph, as a report for people
//! ([`std::fmt::Display`]) or JSON (serde).
//!
//! [`Report::new`] reads a [`Network`]: counts by type and predicate,
//! density, components, diameter and clustering of the undirected relation
//! network ([`structure`]), degree, PageRank, betweenness and communities
//! ([`centrality`], [`louvain`]), what each document contributed, and
//! candidate duplicates ([`duplicates`]). Only typed relations make the
//! network; co-occurrences are counted and nothing else. Everything is
//! sorted with ties broken by entity id, so one graph gives one report.

pub mod centrality;
pub mod duplicates;
pub mod louvain;
pub mod network;
pub mod structure;

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

pub use centrality::NodeMeasures;
pub use duplicates::Duplicate;
pub use network::{Link, Network, Node};

use crate::ontology::EntityType;

/// How many entities the top lists name.
const TOP: usize = 10;
/// How many communities the report describes, and how many members of each.
const COMMUNITIES: usize = 20;
const MEMBERS: usize = 5;

/// The statistics of one graph.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub nodes: usize,
    /// Typed relations.
    pub edges: usize,
    /// Entity pairs linked by co-occurrence (not part of the network measures).
    pub cooccurrence_pairs: usize,
    pub documents: usize,
    pub mentions: u64,
    /// Entity count per type, in the ontology's type order, types present only.
    pub nodes_by_type: Vec<Count>,
    /// Relation count per predicate, by predicate name.
    pub edges_by_predicate: Vec<Count>,
    /// Of the undirected simple network.
    pub density: f64,
    pub components: Components,
    /// networkx's `average_clustering` of the undirected simple network.
    pub average_clustering: f64,
    /// Typed relations in and out per entity.
    pub degree: Summary,
    pub top_degree: Vec<Ranked>,
    pub top_pagerank: Vec<Ranked>,
    pub top_betweenness: Vec<Ranked>,
    pub communities: Communities,
    pub per_document: Vec<DocumentStats>,
    pub duplicates: Vec<Duplicate>,
}

/// A name and a count.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Count {
    pub name: String,
    pub count: usize,
}

/// Weakly connected components.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Components {
    pub count: usize,
    /// Entities of the largest component.
    pub largest: usize,
    /// Entities without any relation.
    pub isolated: usize,
    /// Longest shortest path in the largest component, in relations.
    pub diameter_of_largest: u32,
}

/// Minimum, median, mean and maximum.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub min: u32,
    pub median: f64,
    pub mean: f64,
    pub max: u32,
}

/// An entity and its value in a ranking.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranked {
    pub id: String,
    pub label: String,
    pub value: f64,
}

/// The Louvain communities.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Communities {
    /// All communities, single entities included.
    pub count: usize,
    /// Communities of one entity (entities without relations, mostly).
    pub singletons: usize,
    pub modularity: f64,
    /// The largest communities of two entities or more, numbered as the
    /// `community` attribute of GraphML and GEXF.
    pub largest: Vec<Community>,
}

/// One community.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Community {
    pub id: u32,
    pub size: usize,
    /// Its most central members, by PageRank.
    pub members: Vec<Ranked>,
}

/// What one document contributed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentStats {
    pub id: String,
    /// Entities it mentions.
    pub entities: usize,
    /// Relations read from it.
    pub relations: usize,
}

impl Report {
    /// The statistics of a network.
    pub fn new(net: &Network) -> Report {
        let ids: Vec<&str> = net.entities.iter().map(|e| e.id.as_str()).collect();
        let edges = net.edges();
        let measures = NodeMeasures::compute(&ids, &edges);
        let view = centrality::Undirected::new(ids.len(), &edges);
        let components = structure::components(&view);
        let ranked = |values: &[f64]| top(net, values, TOP);
        let degrees: Vec<f64> = measures.degree.iter().map(|&d| d as f64).collect();
        Report {
            nodes: net.entities.len(),
            edges: net.relations.len(),
            cooccurrence_pairs: net.cooccurrences.len(),
            documents: net.documents.len(),
            mentions: net.mention_count(),
            nodes_by_type: nodes_by_type(net),
            edges_by_predicate: edges_by_predicate(net),
            density: centrality::round(structure::density(&view)),
            components: Components {
                count: components.len(),
                largest: components.first().map_or(0, Vec::len),
                isolated: view.neighbours.iter().filter(|n| n.is_empty()).count(),
                diameter_of_largest: components
                    .first()
                    .map_or(0, |c| structure::diameter(&view, c)),
            },
            average_clustering: centrality::round(structure::average_clustering(&view)),
            degree: summary(&measures.degree),
            top_degree: ranked(&degrees),
            top_pagerank: ranked(&measures.pagerank),
            top_betweenness: ranked(&measures.betweenness),
            communities: communities(net, &measures),
            per_document: per_document(net),
            duplicates: duplicates::candidates(&net.entities),
        }
    }
}

fn nodes_by_type(net: &Network) -> Vec<Count> {
    EntityType::ALL
        .iter()
        .map(|t| Count {
            name: t.name().to_string(),
            count: net.entities.iter().filter(|e| e.entity_type == *t).count(),
        })
        .filter(|c| c.count > 0)
        .collect()
}

fn edges_by_predicate(net: &Network) -> Vec<Count> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &net.relations {
        *counts.entry(&r.predicate).or_insert(0) += 1;
    }
    counts
        .into_iter()
        .map(|(name, count)| Count {
            name: name.to_string(),
            count,
        })
        .collect()
}

fn summary(values: &[u32]) -> Summary {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    let median = match n {
        0 => 0.0,
        _ if n % 2 == 1 => sorted[n / 2] as f64,
        _ => (sorted[n / 2 - 1] as f64 + sorted[n / 2] as f64) / 2.0,
    };
    Summary {
        min: sorted.first().copied().unwrap_or(0),
        median,
        mean: if n == 0 {
            0.0
        } else {
            centrality::round(sorted.iter().map(|&d| d as f64).sum::<f64>() / n as f64)
        },
        max: sorted.last().copied().unwrap_or(0),
    }
}

/// The `k` entities with the highest positive values, ties by id.
fn top(net: &Network, values: &[f64], k: usize) -> Vec<Ranked> {
    top_of(net, values, (0..values.len()).collect(), k)
}

fn top_of(net: &Network, values: &[f64], mut nodes: Vec<usize>, k: usize) -> Vec<Ranked> {
    nodes.retain(|&i| values[i] > 0.0);
    nodes.sort_by(|&a, &b| {
        values[b]
            .total_cmp(&values[a])
            .then_with(|| net.entities[a].id.cmp(&net.entities[b].id))
    });
    nodes
        .into_iter()
        .take(k)
        .map(|i| Ranked {
            id: net.entities[i].id.clone(),
            label: net.entities[i].label.clone(),
            value: values[i],
        })
        .collect()
}

fn communities(net: &Network, measures: &NodeMeasures) -> Communities {
    let groups = centrality::group_by_label(&measures.community);
    let largest = groups
        .iter()
        .filter(|(_, members)| members.len() >= 2)
        .take(COMMUNITIES)
        .map(|(&id, members)| Community {
            id,
            size: members.len(),
            members: top_of(
                net,
                &measures.pagerank,
                members.iter().map(|&m| m as usize).collect(),
                MEMBERS,
            ),
        })
        .collect();
    Communities {
        count: groups.len(),
        singletons: groups.values().filter(|m| m.len() == 1).count(),
        modularity: measures.modularity,
        largest,
    }
}

fn per_document(net: &Network) -> Vec<DocumentStats> {
    let mut entities = vec![0usize; net.documents.len()];
    let mut relations = vec![0usize; net.documents.len()];
    for &d in net.entities.iter().flat_map(|e| &e.documents) {
        entities[d as usize] += 1;
    }
    for &d in net.relations.iter().flat_map(|r| &r.documents) {
        relations[d as usize] += 1;
    }
    net.documents
        .iter()
        .enumerate()
        .map(|(d, id)| DocumentStats {
            id: id.clone(),
            entities: entities[d],
            relations: relations[d],
        })
        .collect()
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "graph")?;
        writeln!(
            f,
            "  {} entities, {} relations, {} documents, {} mentions",
            self.nodes, self.edges, self.documents, self.mentions
        )?;
        if self.cooccurrence_pairs > 0 {
            writeln!(
                f,
                "  {} co-occurrence pairs (not part of the measures below)",
                self.cooccurrence_pairs
            )?;
        }
        writeln!(f, "\nentities by type")?;
        counts(f, &self.nodes_by_type)?;
        writeln!(f, "\nrelations by predicate")?;
        counts(f, &self.edges_by_predicate)?;
        let c = &self.components;
        writeln!(f, "\nnetwork (typed relations, undirected)")?;
        writeln!(f, "  density             {}", self.density)?;
        writeln!(
            f,
            "  components          {} ({} isolated entities)",
            c.count, c.isolated
        )?;
        writeln!(
            f,
            "  largest component   {} entities, diameter {}",
            c.largest, c.diameter_of_largest
        )?;
        writeln!(f, "  average clustering  {}", self.average_clustering)?;
        let d = &self.degree;
        writeln!(
            f,
            "  degree              min {}, median {}, mean {}, max {}",
            d.min, d.median, d.mean, d.max
        )?;
        ranking(f, "top entities by degree", &self.top_degree)?;
        ranking(f, "top entities by PageRank", &self.top_pagerank)?;
        ranking(f, "top entities by betweenness", &self.top_betweenness)?;
        let k = &self.communities;
        writeln!(
            f,
            "\ncommunities (Louvain): {} ({} single entities), modularity {}",
            k.count, k.singletons, k.modularity
        )?;
        for community in &k.largest {
            let members: Vec<&str> = community.members.iter().map(|m| m.label.as_str()).collect();
            writeln!(
                f,
                "  #{:<3} {:>4} entities: {}",
                community.id,
                community.size,
                members.join(", ")
            )?;
        }
        writeln!(f, "\nper document (entities, relations)")?;
        let width = self
            .per_document
            .iter()
            .map(|d| d.id.chars().count())
            .max()
            .unwrap_or(0);
        for d in &self.per_document {
            writeln!(
                f,
                "  {:width$}  {:>4}  {:>4}",
                d.id, d.entities, d.relations
            )?;
        }
        writeln!(
            f,
            "\ncandidate duplicates (same type, similar names, not merged): {}",
            self.duplicates.len()
        )?;
        for p in &self.duplicates {
            writeln!(
                f,
                "  {:<12} {} ({}) ~ {} ({}): {}",
                p.entity_type.name(),
                p.a_label,
                p.a,
                p.b_label,
                p.b,
                p.reason
            )?;
        }
        Ok(())
    }
}

fn counts(f: &mut fmt::Formatter<'_>, counts: &[Count]) -> fmt::Result {
    if counts.is_empty() {
        return writeln!(f, "  (none)");
    }
    let width = counts.iter().map(|c| c.name.len()).max().unwrap_or(0);
    counts
        .iter()
        .try_for_each(|c| writeln!(f, "  {:width$}  {:>6}", c.name, c.count))
}

fn ranking(f: &mut fmt::Formatter<'_>, title: &str, ranked: &[Ranked]) -> fmt::Result {
    writeln!(f, "\n{title}")?;
    if ranked.is_empty() {
        return writeln!(f, "  (none)");
    }
    let width = ranked
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(0);
    ranked
        .iter()
        .try_for_each(|r| writeln!(f, "  {:width$}  {:>10}  {}", r.label, r.value, r.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(summary(&[4, 1, 3, 2]).median, 2.5);
        assert_eq!(
            summary(&[5, 1, 3]),
            Summary {
                min: 1,
                median: 3.0,
                mean: 3.0,
                max: 5
            }
        );
        assert_eq!(
            summary(&[]),
            Summary {
                min: 0,
                median: 0.0,
                mean: 0.0,
                max: 0
            }
        );
    }
}
