//! Node measures of the relation network: degree, PageRank, betweenness and
//! community, as `skein stats` reports them and the GraphML and GEXF files
//! carry them.
//!
//! The network is the typed relations only (co-occurrences never count).
//! Degree and PageRank read it as the directed multigraph it is (a parallel
//! relation of another predicate is one more link); betweenness and
//! communities read its undirected simple view ([`Undirected`]), since who
//! brokers between groups does not depend on who spoke to whom. Every input
//! is put in a canonical order first, so a graph read from any file gives
//! bit-identical values.

use rustworkx_core::centrality::betweenness_centrality;
use rustworkx_core::petgraph::graph::UnGraph;

use super::louvain;

/// The undirected simple view: sorted neighbour lists, no self-loops, no
/// parallel edges.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Undirected {
    pub neighbours: Vec<Vec<u32>>,
}

impl Undirected {
    pub fn new(nodes: usize, edges: &[(u32, u32)]) -> Undirected {
        let mut neighbours = vec![Vec::new(); nodes];
        for &(s, t) in edges.iter().filter(|(s, t)| s != t) {
            neighbours[s as usize].push(t);
            neighbours[t as usize].push(s);
        }
        for n in &mut neighbours {
            n.sort_unstable();
            n.dedup();
        }
        Undirected { neighbours }
    }

    pub fn node_count(&self) -> usize {
        self.neighbours.len()
    }

    /// Number of undirected edges.
    pub fn edge_count(&self) -> usize {
        self.neighbours.iter().map(Vec::len).sum::<usize>() / 2
    }

    /// The edges as (smaller, larger) pairs in ascending order.
    pub fn edges(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.neighbours.iter().enumerate().flat_map(|(a, ns)| {
            ns.iter()
                .filter(move |&&b| b > a as u32)
                .map(move |&b| (a as u32, b))
        })
    }

    /// The view restricted to `nodes` (sorted), renumbered 0.. in their order.
    pub fn subgraph(&self, nodes: &[u32]) -> Undirected {
        let mut number = vec![None; self.node_count()];
        for (k, &v) in nodes.iter().enumerate() {
            number[v as usize] = Some(k as u32);
        }
        let neighbours = nodes
            .iter()
            .map(|&v| {
                self.neighbours[v as usize]
                    .iter()
                    .filter_map(|&w| number[w as usize])
                    .collect()
            })
            .collect();
        Undirected { neighbours }
    }

    /// The view as a petgraph graph for rustworkx-core.
    fn petgraph(&self) -> UnGraph<(), ()> {
        let mut g = UnGraph::with_capacity(self.node_count(), self.edge_count());
        for _ in 0..self.node_count() {
            g.add_node(());
        }
        g.extend_with_edges(self.edges());
        g
    }
}

/// Degree, PageRank, betweenness and community of every node, by node index.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeMeasures {
    /// Typed relations in and out (parallel relations each count).
    pub degree: Vec<u32>,
    /// PageRank of the directed network (damping 0.85); sums to 1.
    pub pagerank: Vec<f64>,
    /// Normalised betweenness of the undirected simple view, as networkx's
    /// `betweenness_centrality`.
    pub betweenness: Vec<f64>,
    /// Community number: 0 is the largest community; ties go to the community
    /// whose first member id comes first.
    pub community: Vec<u32>,
    /// Modularity of the communities on the undirected simple view.
    pub modularity: f64,
}

/// Values are rounded to this many decimals so that reports and files stay
/// readable; every measure is exact far beyond it.
const DECIMALS: f64 = 1e6;

pub fn round(x: f64) -> f64 {
    (x * DECIMALS).round() / DECIMALS
}

impl NodeMeasures {
    /// Measures of the network of `ids.len()` nodes with directed `edges`.
    pub fn compute(ids: &[&str], edges: &[(u32, u32)]) -> NodeMeasures {
        let n = ids.len();
        let mut edges = edges.to_vec();
        edges.sort_unstable();
        let undirected = Undirected::new(n, &edges);
        let mut degree = vec![0u32; n];
        for &(s, t) in &edges {
            degree[s as usize] += 1;
            degree[t as usize] += 1;
        }
        let labels = louvain::communities(&undirected);
        let modularity = round(louvain::modularity(&undirected, &labels));
        NodeMeasures {
            degree,
            pagerank: pagerank(n, &edges).into_iter().map(round).collect(),
            betweenness: betweenness(&undirected).into_iter().map(round).collect(),
            community: number_communities(&labels, ids),
            modularity,
        }
    }
}

/// Damping factor of PageRank.
const DAMPING: f64 = 0.85;
/// PageRank stops when the ranks change by less than this in total.
const PAGERANK_TOLERANCE: f64 = 1e-12;
const PAGERANK_MAX_ITERATIONS: usize = 1000;

/// PageRank of a directed multigraph: every edge is a link (parallel edges
/// count each), dangling nodes spread their rank evenly, damping 0.85 — the
/// definition of networkx's `pagerank` and igraph's `pagerank`. Hand-written
/// because rustworkx-core has no PageRank and petgraph's `page_rank` is
/// quadratic in the nodes per iteration and leaves out the random jump from
/// nodes that link; this power iteration is linear in the edges. `edges` must
/// be sorted so that the sums run in a fixed order.
pub fn pagerank(n: usize, edges: &[(u32, u32)]) -> Vec<f64> {
    if n == 0 {
        return Vec::new();
    }
    let mut out_degree = vec![0u32; n];
    for &(s, _) in edges {
        out_degree[s as usize] += 1;
    }
    let mut incoming: Vec<(u32, u32)> = edges.iter().map(|&(s, t)| (t, s)).collect();
    incoming.sort_unstable();
    let uniform = 1.0 / n as f64;
    let mut rank = vec![uniform; n];
    for _ in 0..PAGERANK_MAX_ITERATIONS {
        let dangling: f64 = (0..n)
            .filter(|&v| out_degree[v] == 0)
            .map(|v| rank[v])
            .sum();
        let mut next = vec![(1.0 - DAMPING) * uniform + DAMPING * dangling * uniform; n];
        for &(t, s) in &incoming {
            next[t as usize] += DAMPING * rank[s as usize] / out_degree[s as usize] as f64;
        }
        let change: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if change < PAGERANK_TOLERANCE {
            break;
        }
    }
    rank
}

/// Exact betweenness costs one breadth-first search per linked node, so
/// it grows with the square of the graph: minutes for the graph of 100 MB
/// of news, days for 1 GB. While `sources × (nodes + edges)` stays under this
/// budget every node is a source, and the exact value comes from
/// rustworkx-core (graphs of about a thousand linked entities: the example,
/// seed and 1,000-article news corpora); above it, betweenness is estimated
/// from `budget / (nodes + edges)` sampled sources (see
/// [`sampled_betweenness`]), so its cost stays about 0.1 s of one core
/// whatever the size of the graph.
const BETWEENNESS_BUDGET: usize = 1 << 22;
/// The fewest sources an estimate is made from, however large the graph.
const MIN_SOURCES: usize = 64;

/// Normalised betweenness of the undirected view, as networkx normalises it:
/// shortest paths through the node over the (n − 1)(n − 2)/2 pairs of other
/// nodes. It runs on the linked nodes only (most entities of a news graph
/// have no relation, and no path runs through them).
///
/// Within [`BETWEENNESS_BUDGET`] it is exact (Brandes' algorithm, with
/// rustworkx-core), single-threaded because rustworkx's parallel version
/// adds the per-source contributions in whatever order threads finish, and
/// the last bits of the sums would change from run to run. Above it, the
/// graph is large (thousands of linked entities) and the value is the
/// estimate of Brandes and Pich from evenly spaced sources: deterministic,
/// and close enough to rank the brokers of a network that large.
pub fn betweenness(view: &Undirected) -> Vec<f64> {
    let n = view.node_count();
    let linked: Vec<u32> = (0..n as u32)
        .filter(|&v| !view.neighbours[v as usize].is_empty())
        .collect();
    let mut out = vec![0.0; n];
    if n <= 2 || linked.is_empty() {
        return out;
    }
    let sub = view.subgraph(&linked);
    let work = linked.len() + sub.edge_count();
    let sources = (BETWEENNESS_BUDGET / work)
        .max(MIN_SOURCES)
        .min(linked.len());
    // Unnormalised, each pair counted once on an undirected graph.
    let pairs: Vec<f64> = if linked.len().saturating_mul(work) <= BETWEENNESS_BUDGET {
        betweenness_centrality(&sub.petgraph(), false, false, usize::MAX)
            .into_iter()
            .map(|b| b.unwrap_or(0.0))
            .collect()
    } else {
        sampled_betweenness(&sub, sources)
    };
    let scale = 2.0 / ((n - 1) * (n - 2)) as f64;
    for (k, b) in pairs.into_iter().enumerate() {
        out[linked[k] as usize] = b * scale;
    }
    out
}

/// Unnormalised betweenness (each pair once) estimated from `k` (< node
/// count) sources spaced evenly over the node indices: Brandes' dependency
/// accumulation from each source, summed and scaled by `n / k` (Brandes and
/// Pich, "Centrality estimation in large networks", 2007). With `k = n` it
/// is the exact value.
///
/// The sources are split into [`SOURCE_CHUNKS`] fixed runs searched in
/// parallel, and the runs' sums are added in run order: the result is the
/// same bits on any number of threads.
pub fn sampled_betweenness(view: &Undirected, k: usize) -> Vec<f64> {
    use rayon::prelude::*;
    let n = view.node_count();
    if n == 0 || k == 0 {
        return vec![0.0; n];
    }
    let k = k.min(n);
    let source = |i: usize| (i * n / k) as u32;
    let adjacency = Adjacency::new(view);
    let runs: Vec<Vec<f64>> = (0..SOURCE_CHUNKS)
        .into_par_iter()
        .map(|c| {
            let mut search = BrandesSearch::new(n);
            let mut total = vec![0.0f64; n];
            for i in (c * k / SOURCE_CHUNKS)..((c + 1) * k / SOURCE_CHUNKS) {
                search.accumulate(&adjacency, source(i), &mut total);
            }
            total
        })
        .collect();
    let mut total = vec![0.0f64; n];
    for run in &runs {
        total.iter_mut().zip(run).for_each(|(t, r)| *t += r);
    }
    // Each pair is seen from both its ends when every node is a source.
    let scale = n as f64 / k as f64 / 2.0;
    total.iter_mut().for_each(|t| *t *= scale);
    total
}

/// How many runs of sources [`sampled_betweenness`] splits its searches into:
/// a constant, so that the order of the floating-point sums never depends on
/// the number of threads.
const SOURCE_CHUNKS: usize = 16;

/// The neighbour lists back to back (compressed sparse rows), in the order
/// of [`Undirected::neighbours`]: the searches walk them millions of times,
/// and one array is kinder to the cache than a vector per node.
struct Adjacency {
    /// Node `v`'s neighbours are `targets[starts[v]..starts[v + 1]]`.
    starts: Vec<u32>,
    targets: Vec<u32>,
}

impl Adjacency {
    fn new(view: &Undirected) -> Adjacency {
        let mut starts = Vec::with_capacity(view.node_count() + 1);
        let mut targets = Vec::with_capacity(view.neighbours.iter().map(Vec::len).sum());
        starts.push(0);
        for ns in &view.neighbours {
            targets.extend_from_slice(ns);
            starts.push(targets.len() as u32);
        }
        Adjacency { starts, targets }
    }

    fn of(&self, v: usize) -> &[u32] {
        &self.targets[self.starts[v] as usize..self.starts[v + 1] as usize]
    }
}

/// What one breadth-first search knows of a node. The three are read
/// together for every neighbour, so they share a cache line.
#[derive(Clone, Copy)]
struct Visit {
    dist: u32,
    paths: f64,
    dependency: f64,
}

const UNSEEN: Visit = Visit {
    dist: u32::MAX,
    paths: 0.0,
    dependency: 0.0,
};

/// The state of one breadth-first search, reused from source to source: no
/// allocation per search; predecessors are found again among the neighbours
/// on the way back instead of being stored.
struct BrandesSearch {
    visits: Vec<Visit>,
    order: Vec<u32>,
}

impl BrandesSearch {
    fn new(n: usize) -> BrandesSearch {
        BrandesSearch {
            visits: vec![UNSEEN; n],
            order: Vec::with_capacity(n),
        }
    }

    /// Adds the dependencies of every node on `source` to `total`.
    fn accumulate(&mut self, adjacency: &Adjacency, source: u32, total: &mut [f64]) {
        let BrandesSearch { visits, order } = self;
        for &v in order.iter() {
            visits[v as usize] = UNSEEN;
        }
        order.clear();
        visits[source as usize] = Visit {
            dist: 0,
            paths: 1.0,
            dependency: 0.0,
        };
        order.push(source);
        let mut head = 0;
        while head < order.len() {
            let v = order[head] as usize;
            head += 1;
            let (next, paths_v) = (visits[v].dist + 1, visits[v].paths);
            for &w in adjacency.of(v) {
                let visit = &mut visits[w as usize];
                if visit.dist == u32::MAX {
                    visit.dist = next;
                    order.push(w);
                }
                if visit.dist == next {
                    visit.paths += paths_v;
                }
            }
        }
        for &w in order.iter().rev() {
            let w = w as usize;
            let Visit {
                dist,
                paths,
                dependency,
            } = visits[w];
            let share = (1.0 + dependency) / paths;
            for &v in adjacency.of(w) {
                let v = &mut visits[v as usize];
                if v.dist.wrapping_add(1) == dist {
                    v.dependency += v.paths * share;
                }
            }
            if w != source as usize {
                total[w] += visits[w].dependency;
            }
        }
    }
}

/// Renumbers community labels: the largest community is 0, ties go to the
/// community whose smallest member id comes first.
fn number_communities(labels: &[u32], ids: &[&str]) -> Vec<u32> {
    let groups = group_by_label(labels);
    let mut order: Vec<(usize, &str, u32)> = groups
        .iter()
        .map(|(label, members)| {
            (
                members.len(),
                members.iter().map(|&m| ids[m as usize]).min().unwrap_or(""),
                *label,
            )
        })
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    let mut number = std::collections::HashMap::new();
    for (k, (_, _, label)) in order.into_iter().enumerate() {
        number.insert(label, k as u32);
    }
    labels.iter().map(|l| number[l]).collect()
}

/// The members of each community label, in label order.
pub fn group_by_label(labels: &[u32]) -> std::collections::BTreeMap<u32, Vec<u32>> {
    let mut groups: std::collections::BTreeMap<u32, Vec<u32>> = std::collections::BTreeMap::new();
    for (node, &label) in labels.iter().enumerate() {
        groups.entry(label).or_default().push(node as u32);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn pagerank_of_one_link_matches_networkx() {
        // networkx.pagerank(nx.DiGraph([(0, 1)])) = {0: 0.350877, 1: 0.649123}
        let r = pagerank(2, &[(0, 1)]);
        assert!(close(r[0], 0.350877) && close(r[1], 0.649123), "{r:?}");
    }

    #[test]
    fn parallel_edges_count_in_pagerank_and_degree() {
        // igraph: Graph(n=4, edges=[(0,1),(0,1),(0,2)], directed=True).pagerank()
        let r = pagerank(4, &[(0, 1), (0, 1), (0, 2)]);
        let expected = [0.206186, 0.323024, 0.264605, 0.206186];
        assert!(r.iter().zip(expected).all(|(a, b)| close(*a, b)), "{r:?}");
        assert!(close(r.iter().sum::<f64>(), 1.0));
        let m = NodeMeasures::compute(&["a", "b", "c", "d"], &[(0, 1), (0, 2), (0, 1)]);
        assert_eq!(m.degree, vec![3, 2, 1, 0]);
    }

    #[test]
    fn betweenness_of_a_path_is_the_middle() {
        // a - b - c: b lies on the one shortest path between a and c;
        // normalised by (n-1)(n-2)/2 = 1 pair.
        let view = Undirected::new(3, &[(0, 1), (2, 1)]);
        assert_eq!(betweenness(&view), vec![0.0, 1.0, 0.0]);
    }

    #[test]
    fn betweenness_counts_every_node_in_the_normalisation() {
        // A path a - b - c and two isolated nodes: networkx gives b 1/((5-1)(5-2)/2) = 1/6.
        let view = Undirected::new(5, &[(0, 1), (1, 2)]);
        let b = betweenness(&view);
        assert!((b[1] - 1.0 / 6.0).abs() < 1e-12, "{b:?}");
        assert_eq!(b.iter().filter(|&&x| x > 0.0).count(), 1);
    }

    #[test]
    fn sampled_betweenness_from_every_source_is_exact() {
        // Two triangles joined by a path, with a pendant and a chord.
        let edges = [
            (0, 1),
            (1, 2),
            (2, 0),
            (2, 3),
            (3, 4),
            (4, 5),
            (5, 6),
            (6, 4),
            (6, 7),
            (1, 3),
        ];
        let view = Undirected::new(8, &edges);
        let exact: Vec<f64> = betweenness_centrality(&view.petgraph(), false, false, usize::MAX)
            .into_iter()
            .map(|b| b.unwrap_or(0.0))
            .collect();
        let sampled = sampled_betweenness(&view, 8);
        assert!(
            exact.iter().zip(&sampled).all(|(a, b)| close(*a, *b)),
            "{exact:?} vs {sampled:?}"
        );
        // Half the sources still find the bridge node 3 on most paths.
        let half = sampled_betweenness(&view, 4);
        let top = (0..8).max_by(|&a, &b| half[a].total_cmp(&half[b])).unwrap();
        assert!([3, 4].contains(&top), "{half:?}");
    }

    #[test]
    fn sampled_betweenness_is_the_same_bits_on_any_thread_count() {
        // A ring of 300 nodes with chords: many shortest paths, many sources.
        let n = 300u32;
        let edges: Vec<(u32, u32)> = (0..n)
            .flat_map(|i| [(i, (i + 1) % n), (i, (i * 7 + 3) % n)])
            .collect();
        let view = Undirected::new(n as usize, &edges);
        let on = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| sampled_betweenness(&view, 100))
        };
        let one = on(1);
        assert!(one.iter().any(|&b| b > 0.0));
        assert_eq!(one, on(2));
        assert_eq!(one, on(3));
    }

    #[test]
    fn the_undirected_view_drops_direction_loops_and_parallels() {
        let view = Undirected::new(3, &[(0, 1), (1, 0), (0, 1), (2, 2)]);
        assert_eq!(view.neighbours, vec![vec![1], vec![0], vec![]]);
        assert_eq!(view.edge_count(), 1);
    }

    #[test]
    fn communities_are_numbered_by_size_then_id() {
        // A triangle {b, c, d} and a pair {a, e}: the triangle is 0.
        let m = NodeMeasures::compute(
            &["a", "b", "c", "d", "e"],
            &[(1, 2), (2, 3), (3, 1), (0, 4)],
        );
        assert_eq!(m.community, vec![1, 0, 0, 0, 1]);
        // Singletons after, in id order.
        let m = NodeMeasures::compute(&["z", "y", "x"], &[]);
        assert_eq!(m.community, vec![2, 1, 0]);
    }
}
