//! A byte trie of the lexicon's name patterns, asked one question: the
//! longest pattern that the text begins with at a given offset.
//!
//! `mentions` asks it at every token where a name may start (a few hundred
//! thousand times per 10 MB of news), always anchored and case-exact. An
//! Aho-Corasick automaton answers the same question, but it also builds the
//! failure links that unanchored searches need, which was two thirds of
//! loading the ontology, and each search went through its general driver;
//! walking a trie costs a few instructions per byte and stops at the first
//! byte no pattern continues with.

/// No pattern ends at this node.
const NONE: u32 = u32::MAX;

/// Children lists up to this long are scanned; longer ones are searched by
/// halves.
const SCAN_MAX: usize = 8;

/// The patterns as a trie in packed arrays.
#[derive(Debug)]
pub struct Trie {
    /// The child of the root for each first byte (0: none; the root is node 0
    /// and nobody's child).
    root: Box<[u32; 256]>,
    /// Node `n`'s children are `children[first[n]..first[n + 1]]`, sorted by byte.
    first: Vec<u32>,
    children: Vec<(u8, u32)>,
    /// The pattern that ends at each node, or [`NONE`].
    pattern: Vec<u32>,
}

impl Trie {
    /// The trie of `patterns`; a pattern's index is its place in the slice.
    /// Of identical patterns, the first is found.
    ///
    /// The patterns are inserted in sorted order, so a pattern shares its
    /// path with the one before for as long as their common prefix, and every
    /// node gets its children in byte order. The edges are then grouped by
    /// parent with a counting sort. A vector per node, searched on every
    /// insertion, made this a third of loading the ontology.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Trie {
        let bytes = |i: u32| patterns[i as usize].as_ref();
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        // Stable: of identical patterns, the first comes first.
        order.sort_by(|&a, &b| bytes(a).cmp(bytes(b)));
        // `path[d]` is the node reached by the first `d` bytes of the
        // previous pattern; edges are (parent, byte, child) in creation order.
        let mut path: Vec<u32> = vec![0];
        let mut previous: &[u8] = &[];
        let mut edges: Vec<(u32, u8, u32)> = Vec::new();
        let mut pattern = vec![NONE];
        for index in order {
            let p = bytes(index);
            let shared = p.iter().zip(previous).take_while(|(a, b)| a == b).count();
            path.truncate(shared + 1);
            for &b in &p[shared..] {
                let child = pattern.len() as u32;
                pattern.push(NONE);
                edges.push((*path.last().expect("the root"), b, child));
                path.push(child);
            }
            let node = *path.last().expect("the root") as usize;
            if node != 0 && pattern[node] == NONE {
                pattern[node] = index;
            }
            previous = p;
        }
        let mut root = Box::new([0u32; 256]);
        let mut first = vec![0u32; pattern.len() + 1];
        for &(parent, b, child) in &edges {
            if parent == 0 {
                root[b as usize] = child;
            }
            first[parent as usize + 1] += 1;
        }
        for n in 1..first.len() {
            first[n] += first[n - 1];
        }
        // Children are created in byte order under each parent, so placing
        // the edges in creation order keeps every list sorted.
        let mut next = first.clone();
        let mut children = vec![(0u8, 0u32); edges.len()];
        for (parent, b, child) in edges {
            let slot = &mut next[parent as usize];
            children[*slot as usize] = (b, child);
            *slot += 1;
        }
        Trie {
            root,
            first,
            children,
            pattern,
        }
    }

    /// The longest pattern that `bytes[start..end]` begins with: where it
    /// ends in `bytes`, and its index.
    pub fn longest_at(&self, bytes: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
        let end = end.min(bytes.len());
        if start >= end {
            return None;
        }
        let mut node = self.root[bytes[start] as usize];
        let mut at = start + 1;
        let mut longest = None;
        while node != 0 {
            let n = node as usize;
            if self.pattern[n] != NONE {
                longest = Some((at, self.pattern[n] as usize));
            }
            if at == end {
                break;
            }
            node = self.child(n, bytes[at]);
            at += 1;
        }
        longest
    }

    /// The child of node `n` along byte `b`, or 0.
    fn child(&self, n: usize, b: u8) -> u32 {
        let kids = &self.children[self.first[n] as usize..self.first[n + 1] as usize];
        if kids.len() <= SCAN_MAX {
            for &(k, child) in kids {
                if k >= b {
                    return if k == b { child } else { 0 };
                }
            }
            0
        } else {
            kids.binary_search_by_key(&b, |&(k, _)| k)
                .map_or(0, |i| kids[i].1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest pattern that `text[start..end]` begins with, by trying them all.
    fn naive(patterns: &[&str], text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let rest = &text.as_bytes()[start..end];
        let mut best: Option<(usize, usize)> = None;
        for (i, p) in patterns.iter().enumerate() {
            let longer = best.is_none_or(|(e, _)| start + p.len() > e);
            if !p.is_empty() && rest.starts_with(p.as_bytes()) && longer {
                best = Some((start + p.len(), i));
            }
        }
        best
    }

    #[test]
    fn finds_the_longest_pattern_at_every_offset_as_trying_them_all_does() {
        // Prefixes of each other, shared stems, a node with more children
        // than are scanned, bytes outside ASCII, and a duplicate.
        let mut patterns = vec![
            "N",
            "NA",
            "NATO",
            "NATO summit",
            "New York",
            "New York Times",
            "New Zealand",
            "Côte d'Ivoire",
            "Co",
            "U.S.",
            "U.S. Army",
            "NATO",
        ];
        let many: Vec<String> = (b'a'..=b'z').map(|c| format!("X{}", c as char)).collect();
        patterns.extend(many.iter().map(String::as_str));
        let trie = Trie::new(&patterns);
        let text = "NATO summit in New York; New York Times, NAT, Côte d'Ivoire, U.S. Arm, Xq Xz X";
        for start in 0..=text.len() {
            for end in start..=text.len() {
                assert_eq!(
                    trie.longest_at(text.as_bytes(), start, end),
                    naive(&patterns, text, start, end),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn of_identical_patterns_the_first_is_found() {
        let trie = Trie::new(&["EU", "EU"]);
        assert_eq!(trie.longest_at(b"EU", 0, 2), Some((2, 0)));
        assert_eq!(Trie::new::<&str>(&[]).longest_at(b"EU", 0, 2), None);
    }
}
