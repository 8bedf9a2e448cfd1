//! Shape of the undirected relation network: density, connected components,
//! diameter and clustering, as networkx defines them on `nx.Graph`.

use std::collections::VecDeque;

use rayon::prelude::*;
use rustworkx_core::connectivity::connected_components;
use rustworkx_core::petgraph::graph::{NodeIndex, UnGraph};

use super::centrality::Undirected;

/// Edges present over edges possible: 2m / n(n − 1); 0 below two nodes.
pub fn density(view: &Undirected) -> f64 {
    let n = view.node_count() as f64;
    if n < 2.0 {
        return 0.0;
    }
    2.0 * view.edge_count() as f64 / (n * (n - 1.0))
}

/// The connected components (weakly connected, for the directed network),
/// each sorted, largest first; ties go to the component with the smallest
/// node index.
pub fn components(view: &Undirected) -> Vec<Vec<u32>> {
    let mut g: UnGraph<(), ()> = UnGraph::with_capacity(view.node_count(), view.edge_count());
    for _ in 0..view.node_count() {
        g.add_node(());
    }
    g.extend_with_edges(view.edges());
    let mut out: Vec<Vec<u32>> = connected_components(&g)
        .into_iter()
        .map(|c| {
            let mut nodes: Vec<u32> = c.into_iter().map(|n: NodeIndex| n.index() as u32).collect();
            nodes.sort_unstable();
            nodes
        })
        .collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a[0].cmp(&b[0])));
    out
}

/// The longest shortest path (in edges) between two nodes of `component`,
/// by breadth-first search from each of its nodes, in parallel (the maximum
/// does not depend on the order).
pub fn diameter(view: &Undirected, component: &[u32]) -> u32 {
    component
        .par_iter()
        .map(|&source| eccentricity(view, source))
        .max()
        .unwrap_or(0)
}

fn eccentricity(view: &Undirected, source: u32) -> u32 {
    let mut distance = vec![u32::MAX; view.node_count()];
    distance[source as usize] = 0;
    let mut queue = VecDeque::from([source]);
    let mut farthest = 0;
    while let Some(node) = queue.pop_front() {
        let d = distance[node as usize];
        farthest = farthest.max(d);
        for &next in &view.neighbours[node as usize] {
            if distance[next as usize] == u32::MAX {
                distance[next as usize] = d + 1;
                queue.push_back(next);
            }
        }
    }
    farthest
}

/// Local clustering of every node: the share of pairs of its neighbours
/// that are linked (0 with fewer than two neighbours).
pub fn clustering(view: &Undirected) -> Vec<f64> {
    let n = view.node_count();
    let mut marked = vec![false; n];
    let mut out = Vec::with_capacity(n);
    for ns in &view.neighbours {
        let k = ns.len();
        if k < 2 {
            out.push(0.0);
            continue;
        }
        ns.iter().for_each(|&j| marked[j as usize] = true);
        let links: usize = ns
            .iter()
            .map(|&j| {
                view.neighbours[j as usize]
                    .iter()
                    .filter(|&&l| l > j && marked[l as usize])
                    .count()
            })
            .sum();
        ns.iter().for_each(|&j| marked[j as usize] = false);
        out.push(2.0 * links as f64 / (k * (k - 1)) as f64);
    }
    out
}

/// The mean local clustering over all nodes, as networkx's `average_clustering`.
pub fn average_clustering(view: &Undirected) -> f64 {
    let c = clustering(view);
    if c.is_empty() {
        0.0
    } else {
        c.iter().sum::<f64>() / c.len() as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_triangle_with_a_tail() {
        // 0-1-2 triangle, 2-3 tail, 4 alone.
        let v = Undirected::new(5, &[(0, 1), (1, 2), (2, 0), (2, 3)]);
        assert_eq!(components(&v), vec![vec![0, 1, 2, 3], vec![4]]);
        assert_eq!(diameter(&v, &[0, 1, 2, 3]), 2);
        let c = clustering(&v);
        assert_eq!(c, vec![1.0, 1.0, 1.0 / 3.0, 0.0, 0.0]);
        assert!((average_clustering(&v) - (2.0 + 1.0 / 3.0) / 5.0).abs() < 1e-12);
        assert!((density(&v) - 0.4).abs() < 1e-12);
    }
}
