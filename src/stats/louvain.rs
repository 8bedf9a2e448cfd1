//! Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre,
//! "Fast unfolding of communities in large networks", 2008), deterministic.
//!
//! Neither petgraph nor rustworkx-core has community detection, so this is a
//! small implementation of the classic two phases at resolution 1: local
//! moving (each node, in index order, joins the neighbouring community that
//! raises modularity most; ties keep the current community, then go to the
//! smallest community number), repeated until no node moves, then
//! aggregation of each community into one node; the two phases repeat until
//! a level moves nothing. No randomness and a fixed visiting order: the same
//! graph always gives the same communities.

use std::collections::BTreeMap;

use super::centrality::Undirected;

/// A gain must exceed this to count, so that rounding noise cannot make
/// nodes swap back and forth.
const MIN_GAIN: f64 = 1e-12;

/// A weighted undirected graph of one level: neighbours without self, and
/// self-loop weights (the edges inside an aggregated community).
struct Level {
    neighbours: Vec<Vec<(usize, f64)>>,
    self_loops: Vec<f64>,
}

impl Level {
    fn from_view(view: &Undirected) -> Level {
        Level {
            neighbours: view
                .neighbours
                .iter()
                .map(|ns| ns.iter().map(|&n| (n as usize, 1.0)).collect())
                .collect(),
            self_loops: vec![0.0; view.node_count()],
        }
    }

    /// Weighted degree: a self-loop counts twice, as in networkx.
    fn degree(&self, node: usize) -> f64 {
        2.0 * self.self_loops[node] + self.neighbours[node].iter().map(|(_, w)| w).sum::<f64>()
    }
}

/// The community label of every node (labels are arbitrary numbers; nodes
/// with the same label are one community). Isolated nodes stay alone.
pub fn communities(view: &Undirected) -> Vec<u32> {
    let mut membership: Vec<usize> = (0..view.node_count()).collect();
    let mut level = Level::from_view(view);
    while let Some(moved) = local_moving(&level) {
        let (renumbered, count) = renumber(&moved);
        for m in membership.iter_mut() {
            *m = renumbered[*m];
        }
        level = aggregate(&level, &renumbered, count);
    }
    membership.into_iter().map(|m| m as u32).collect()
}

/// Phase one: moves nodes between communities until none moves. Returns the
/// community of every node, or `None` when no node moved at all.
fn local_moving(level: &Level) -> Option<Vec<usize>> {
    let n = level.neighbours.len();
    let degree: Vec<f64> = (0..n).map(|i| level.degree(i)).collect();
    let two_m: f64 = degree.iter().sum();
    if two_m == 0.0 {
        return None;
    }
    let mut community: Vec<usize> = (0..n).collect();
    let mut total = degree.clone();
    let mut links = Links::new(n);
    let mut any_move = false;
    loop {
        let mut moved = false;
        for i in 0..n {
            let current = community[i];
            links.clear();
            for &(j, w) in &level.neighbours[i] {
                links.add(community[j], w);
            }
            links.sort();
            total[current] -= degree[i];
            // Modularity gain of joining c, up to a common factor: k_i,in(c) − Σtot(c)·k_i / 2m.
            let gain = |c: usize| links.weight(c) - total[c] * degree[i] / two_m;
            let mut best = (current, gain(current));
            for &c in links.touched() {
                let g = gain(c);
                if g > best.1 + MIN_GAIN {
                    best = (c, g);
                }
            }
            total[best.0] += degree[i];
            if best.0 != current {
                community[i] = best.0;
                moved = true;
            }
        }
        any_move |= moved;
        if !moved {
            break;
        }
    }
    any_move.then_some(community)
}

/// The link weight from one node (or community) to each community, summed
/// in a dense array that is reset after use: local moving asks this of
/// every node on every pass, and a map per node was most of its cost.
struct Links {
    weight: Vec<f64>,
    listed: Vec<bool>,
    touched: Vec<usize>,
}

impl Links {
    fn new(communities: usize) -> Links {
        Links {
            weight: vec![0.0; communities],
            listed: vec![false; communities],
            touched: Vec::new(),
        }
    }

    /// Forgets the previous sums.
    fn clear(&mut self) {
        for &c in &self.touched {
            self.weight[c] = 0.0;
            self.listed[c] = false;
        }
        self.touched.clear();
    }

    /// Adds a link of weight `w` to community `c`.
    fn add(&mut self, c: usize, w: f64) {
        if !self.listed[c] {
            self.listed[c] = true;
            self.touched.push(c);
        }
        self.weight[c] += w;
    }

    /// Lists the communities linked to in ascending order, so that ties
    /// are broken as they would be with an ordered map.
    fn sort(&mut self) {
        self.touched.sort_unstable();
    }

    fn weight(&self, community: usize) -> f64 {
        self.weight[community]
    }

    /// The communities with a link, ascending.
    fn touched(&self) -> &[usize] {
        &self.touched
    }
}

/// Community numbers 0.. in order of first member.
fn renumber(community: &[usize]) -> (Vec<usize>, usize) {
    let mut number = vec![usize::MAX; community.len()];
    let mut count = 0;
    for &c in community {
        if number[c] == usize::MAX {
            number[c] = count;
            count += 1;
        }
    }
    (community.iter().map(|&c| number[c]).collect(), count)
}

/// Phase two: one node per community; edges inside become self-loops.
/// Each community's links are summed over its members in node order, and
/// listed by community number.
fn aggregate(level: &Level, community: &[usize], count: usize) -> Level {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, &c) in community.iter().enumerate() {
        members[c].push(i);
    }
    let mut links = Links::new(count);
    let mut self_loops = vec![0.0; count];
    let mut neighbours = Vec::with_capacity(count);
    for (ci, nodes) in members.iter().enumerate() {
        links.clear();
        for &i in nodes {
            self_loops[ci] += level.self_loops[i];
            for &(j, w) in &level.neighbours[i] {
                match community[j] {
                    cj if cj == ci => self_loops[ci] += w / 2.0, // seen from both ends
                    cj => links.add(cj, w),
                }
            }
        }
        links.sort();
        neighbours.push(
            links
                .touched()
                .iter()
                .map(|&c| (c, links.weight(c)))
                .collect(),
        );
    }
    Level {
        neighbours,
        self_loops,
    }
}

/// Newman's modularity of a partition of the undirected view:
/// Σ_c (L_c / m − (d_c / 2m)²); 0 for a graph without edges.
pub fn modularity(view: &Undirected, labels: &[u32]) -> f64 {
    let m = view.edge_count() as f64;
    if m == 0.0 {
        return 0.0;
    }
    let mut inside: BTreeMap<u32, f64> = BTreeMap::new();
    let mut degree: BTreeMap<u32, f64> = BTreeMap::new();
    for (a, ns) in view.neighbours.iter().enumerate() {
        *degree.entry(labels[a]).or_insert(0.0) += ns.len() as f64;
    }
    for (a, b) in view.edges() {
        if labels[a as usize] == labels[b as usize] {
            *inside.entry(labels[a as usize]).or_insert(0.0) += 1.0;
        }
    }
    degree
        .iter()
        .map(|(c, d)| inside.get(c).copied().unwrap_or(0.0) / m - (d / (2.0 * m)).powi(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(n: usize, edges: &[(u32, u32)]) -> Undirected {
        Undirected::new(n, edges)
    }

    fn same(labels: &[u32], a: usize, b: usize) -> bool {
        labels[a] == labels[b]
    }

    #[test]
    fn two_triangles_joined_by_a_bridge_are_two_communities() {
        let g = view(6, &[(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)]);
        let c = communities(&g);
        assert!(same(&c, 0, 1) && same(&c, 1, 2));
        assert!(same(&c, 3, 4) && same(&c, 4, 5));
        assert!(!same(&c, 0, 3));
        // networkx.community.modularity of {0,1,2},{3,4,5}: 2·(3/7 − (7/14)²) = 0.357143
        assert!((modularity(&g, &c) - 0.357_142_857).abs() < 1e-6);
    }

    #[test]
    fn ring_of_cliques_is_cut_at_the_ring() {
        // Four 4-cliques in a ring: Louvain's textbook case.
        let mut edges = Vec::new();
        for k in 0..4u32 {
            let base = 4 * k;
            for a in 0..4 {
                for b in a + 1..4 {
                    edges.push((base + a, base + b));
                }
            }
            edges.push((base + 3, (base + 4) % 16));
        }
        let c = communities(&view(16, &edges));
        for k in 0..4 {
            assert!(
                (0..4).all(|i| c[4 * k + i] == c[4 * k]),
                "clique {k} together: {c:?}"
            );
        }
        let distinct: std::collections::BTreeSet<u32> = c.iter().copied().collect();
        assert_eq!(distinct.len(), 4, "{c:?}");
    }

    #[test]
    fn isolated_nodes_stay_alone_and_results_repeat() {
        let g = view(4, &[(0, 1)]);
        let c = communities(&g);
        assert!(same(&c, 0, 1));
        assert!(!same(&c, 2, 3) && !same(&c, 0, 2));
        assert_eq!(communities(&g), c);
        assert_eq!(communities(&view(3, &[])), vec![0, 1, 2]);
        assert_eq!(modularity(&view(3, &[]), &[0, 1, 2]), 0.0);
    }
}
