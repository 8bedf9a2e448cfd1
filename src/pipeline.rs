//! The pipeline from documents to a knowledge graph, for callers who do not
//! need the stages one by one.
//!
//! [`analyze`] runs the pure per-document stages (clean, segment, mentions,
//! resolve, relations) on one document. [`build`] runs it on batches of
//! documents in parallel with rayon and folds each batch, in input order, into
//! a [`GraphBuilder`], so memory holds one batch of text at a time and the
//! output never depends on the number of threads. [`build_with`] takes
//! [`BuildOptions`] (co-occurrence counting).

use rayon::prelude::*;

use crate::clean::{self, LineKind};
use crate::graph::{DocContribution, DocumentMeta, GraphBuilder, KnowledgeGraph};
use crate::ingest::Document;
use crate::mentions::{self, Mention};
use crate::ontology::Ontology;
use crate::relations;
use crate::resolve::document::{self as resolve_document, Resolution};
use crate::segment;
use crate::text;

/// Everything the per-document stages make of one document.
struct Reading {
    lines: Vec<clean::Line>,
    seg: segment::Segmented,
    mentions: Vec<mentions::Mention>,
    resolution: resolve_document::Resolution,
    relations: Vec<relations::DocRelation>,
}

/// Runs clean, segment, mentions, resolve and relations on one document.
fn read(doc: &Document, ontology: &Ontology) -> Reading {
    let lexicon = &ontology.lexicon;
    let lines = clean::clean(&doc.text, lexicon);
    let seg = segment::segment(&doc.text, &lines, lexicon);
    let mentions = mentions::find_mentions(&doc.text, &seg, lexicon);
    let resolution = resolve_document::resolve(&doc.text, &seg, &mentions, lexicon);
    let relations = relations::extract(&doc.text, &seg, &mentions, &resolution, ontology);
    Reading {
        lines,
        seg,
        mentions,
        resolution,
        relations,
    }
}

/// Runs the per-document stages on one document.
pub fn analyze(doc: &Document, ontology: &Ontology) -> DocContribution {
    let Reading {
        lines,
        seg,
        mentions,
        resolution,
        mut relations,
    } = read(doc, ontology);
    set_char_offsets(&doc.text, &mut relations);
    let meta = DocumentMeta {
        id: doc.id.clone(),
        title: doc.title.clone(),
        url: doc.url.clone(),
        date: doc.date.clone(),
        source: doc.source.clone(),
        characters: doc.text.chars().count(),
        sentences: seg.sentences.len(),
        boilerplate_lines: lines
            .iter()
            .filter(|l| matches!(l.kind, LineKind::Boilerplate(_)))
            .count(),
        mentions: resolution
            .entities
            .iter()
            .map(|e| e.mentions as usize)
            .sum(),
        entities: resolution.entities.len(),
        relations: relations.len(),
    };
    let cooccurrences = cooccurrences(&mentions, &resolution);
    DocContribution {
        meta,
        entities: resolution.entities,
        relations,
        cooccurrences,
    }
}

/// Pairs of distinct entities that one sentence refers to (by name,
/// description or pronoun), with the number of such sentences, sorted.
fn cooccurrences(mentions: &[Mention], resolution: &Resolution) -> Vec<(usize, usize, u32)> {
    let mut by_sentence: Vec<(u32, usize)> = mentions
        .iter()
        .zip(&resolution.mention_entity)
        .filter_map(|(m, e)| e.map(|e| (m.sentence, e)))
        .collect();
    by_sentence.sort_unstable();
    by_sentence.dedup();
    let mut pairs: std::collections::BTreeMap<(usize, usize), u32> =
        std::collections::BTreeMap::new();
    for sentence in by_sentence.chunk_by(|a, b| a.0 == b.0) {
        for (k, &(_, a)) in sentence.iter().enumerate() {
            for &(_, b) in &sentence[k + 1..] {
                *pairs.entry((a, b)).or_insert(0) += 1;
            }
        }
    }
    pairs.into_iter().map(|((a, b), n)| (a, b, n)).collect()
}

/// A readable trace of how one document was read: its sentences with their
/// mentions, and its entities with their forms and merge reasons. For people
/// asking "why did skein merge (or miss) this?".
pub fn explain(doc: &Document, ontology: &Ontology) -> String {
    use std::fmt::Write;
    let Reading {
        lines,
        seg,
        mentions,
        resolution,
        relations,
    } = read(doc, ontology);
    let mut out = String::new();
    for line in lines.iter().filter(|l| !l.is_story()) {
        let _ = writeln!(
            out,
            "dropped {:?}: {}",
            line.kind,
            &doc.text[line.start..line.end]
        );
    }
    for (i, s) in seg.sentences.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n[{i}] {:?} {}",
            s.kind,
            s.text(&doc.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
        for (m, mention) in mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.sentence as usize == i)
        {
            let entity = resolution.mention_entity[m]
                .map(|e| resolution.entities[e].label.as_str())
                .unwrap_or("-");
            let kind = format!("{:?}", mention.kind);
            let kind: String = kind.chars().take(60).collect();
            let _ = writeln!(
                out,
                "    {:30} -> {:30} {}",
                mention.text(&doc.text),
                entity,
                kind
            );
        }
    }
    let _ = writeln!(out, "\nentities:");
    for e in &resolution.entities {
        let forms: Vec<&str> = e
            .forms
            .iter()
            .chain(&e.descriptions)
            .map(|(f, _)| f.as_str())
            .collect();
        let _ = writeln!(
            out,
            "  {} ({}) forms: {} | reasons: {}",
            e.label,
            e.entity_type,
            forms.join(" | "),
            e.reasons.join("; ")
        );
    }
    let _ = writeln!(out, "\nrelations:");
    for r in &relations {
        let p = &ontology.predicate(r.predicate).name;
        let _ = writeln!(
            out,
            "  {} {p} {}  [{}]",
            resolution.entities[r.subject].label,
            resolution.entities[r.object].label,
            r.evidence.cue
        );
    }
    out
}

/// Evidence offsets are counted in characters for export (W3C Web Annotation).
fn set_char_offsets(text: &str, relations: &mut [relations::DocRelation]) {
    let mut offsets: Vec<usize> = relations
        .iter()
        .flat_map(|r| [r.evidence.byte_start as usize, r.evidence.byte_end as usize])
        .collect();
    offsets.sort_unstable();
    offsets.dedup();
    let chars = text::byte_to_char_offsets(text, &offsets);
    let lookup = |b: u32| {
        chars[offsets
            .binary_search(&(b as usize))
            .expect("offset collected")] as u32
    };
    for r in relations.iter_mut() {
        r.evidence.char_start = lookup(r.evidence.byte_start);
        r.evidence.char_end = lookup(r.evidence.byte_end);
    }
}

/// How much text one parallel batch holds at most.
/// Small enough that even a corpus of a few megabytes is several batches, so
/// that reading and folding overlap with analysis from the start; large
/// enough that two threads share one batch evenly.
const BATCH_BYTES: usize = 2 << 20;
/// How many documents one parallel batch holds at most.
const BATCH_DOCS: usize = 256;

/// The first batch is this many times smaller than a full one, and each
/// next batch twice the size of the one before until they are full.
///
/// Nothing is analysed until the first batch has been read, and reading is
/// serial: a full first batch of 256 small files kept the other threads idle
/// for about 8 ms, 4 % of a two-thread build of 1,000 news articles. A
/// sixteenth of that is read in half a millisecond.
const BATCH_RAMP: usize = 16;

/// The most documents and bytes batch number `n` (from 0) holds.
fn batch_limits(n: usize) -> (usize, usize) {
    let divisor = (BATCH_RAMP >> n.min(usize::BITS as usize - 1)).max(1);
    (BATCH_DOCS / divisor, BATCH_BYTES / divisor)
}

/// Progress of a build, reported after every batch.
#[derive(Clone, Copy, Debug, Default)]
pub struct Progress {
    pub documents: usize,
    pub bytes: u64,
}

/// What a build adds beyond entities and typed relations.
#[derive(Clone, Copy, Debug, Default)]
pub struct BuildOptions {
    /// Count co-occurrences (entities named in one sentence) into
    /// [`KnowledgeGraph::cooccurrences`].
    pub cooccurrence: bool,
}

/// Builds the graph of a stream of documents. `on_progress` is called after
/// every batch.
pub fn build(
    documents: impl IntoIterator<Item = Document>,
    ontology: &Ontology,
    on_progress: impl FnMut(Progress),
) -> KnowledgeGraph {
    build_with(documents, ontology, BuildOptions::default(), on_progress)
}

/// [`build`] with options.
///
/// Batches flow through three steps: read (pull documents from the
/// iterator), analyse (in parallel) and fold (into the builder, in input
/// order). While the pool analyses batch *n*, the calling thread folds batch
/// *n − 1* and reads batch *n + 1*, so the serial steps do not leave the
/// other threads idle; memory holds at most three batches. The first
/// batches are small ([`BATCH_RAMP`]) so that analysis starts soon.
pub fn build_with(
    documents: impl IntoIterator<Item = Document>,
    ontology: &Ontology,
    options: BuildOptions,
    mut on_progress: impl FnMut(Progress),
) -> KnowledgeGraph {
    let mut builder = if options.cooccurrence {
        GraphBuilder::with_cooccurrence()
    } else {
        GraphBuilder::new()
    };
    let mut progress = Progress::default();
    let mut documents = documents.into_iter();
    let mut batches = 0;
    let mut batch = next_batch(&mut documents, batches);
    let mut analysed: Vec<DocContribution> = Vec::new();
    let mut analysed_bytes = 0u64;
    while !batch.is_empty() || !analysed.is_empty() {
        let batch_bytes = batch.iter().map(|d| d.text.len() as u64).sum::<u64>();
        let mut contributions = Vec::new();
        let mut next = Vec::new();
        rayon::in_place_scope(|scope| {
            if !batch.is_empty() {
                scope.spawn(|_| {
                    contributions = batch.par_iter().map(|d| analyze(d, ontology)).collect()
                });
            }
            if !analysed.is_empty() {
                progress.documents += analysed.len();
                progress.bytes += analysed_bytes;
                analysed.drain(..).for_each(|c| builder.add(c));
                on_progress(progress);
            }
            batches += 1;
            next = next_batch(&mut documents, batches);
        });
        (analysed, analysed_bytes) = (contributions, batch_bytes);
        batch = next;
    }
    builder.finish(ontology)
}

/// The documents of batch number `n` (from 0): up to [`BATCH_DOCS`]
/// documents or [`BATCH_BYTES`] of text, whichever comes first, and less for
/// the first few ([`batch_limits`]); empty at the end.
fn next_batch(documents: &mut impl Iterator<Item = Document>, n: usize) -> Vec<Document> {
    let (max_docs, max_bytes) = batch_limits(n);
    let mut batch = Vec::new();
    let mut bytes = 0;
    for doc in documents.by_ref() {
        bytes += doc.text.len();
        batch.push(doc);
        if bytes >= max_bytes || batch.len() >= max_docs {
            break;
        }
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_start_small_and_double_until_full() {
        let limits: Vec<(usize, usize)> = (0..8).map(batch_limits).collect();
        assert_eq!(
            limits[0],
            (BATCH_DOCS / BATCH_RAMP, BATCH_BYTES / BATCH_RAMP)
        );
        for pair in limits.windows(2) {
            let ((d0, b0), (d1, b1)) = (pair[0], pair[1]);
            assert!(d1 == BATCH_DOCS || d1 == 2 * d0, "{limits:?}");
            assert!(b1 == BATCH_BYTES || b1 == 2 * b0, "{limits:?}");
        }
        assert_eq!(limits[7], (BATCH_DOCS, BATCH_BYTES));
        assert_eq!(batch_limits(usize::MAX), (BATCH_DOCS, BATCH_BYTES));
    }

    fn article(id: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    #[test]
    fn entities_named_in_one_sentence_co_occur_across_documents() {
        let ontology = Ontology::embedded().unwrap();
        let docs = [
            article(
                "a.txt",
                "Talks in Oslo\nNorway and Poland signed a deal in Oslo on Monday.\n",
            ),
            article(
                "b.txt",
                "Gas deal\nPoland thanked Norway on Tuesday. Germany said nothing.\n",
            ),
        ];
        let graph = build_with(
            docs.clone(),
            &ontology,
            BuildOptions { cooccurrence: true },
            |_| {},
        );
        let pairs: Vec<(&str, &str, u32)> = graph
            .cooccurrences
            .iter()
            .map(|c| {
                (
                    graph.graph[c.a].id.as_str(),
                    graph.graph[c.b].id.as_str(),
                    c.sentences,
                )
            })
            .collect();
        assert!(pairs.contains(&("norway", "poland", 2)), "{pairs:?}");
        assert!(pairs.contains(&("norway", "oslo", 1)), "{pairs:?}");
        assert!(
            !pairs
                .iter()
                .any(|(a, b, _)| *a == "germany" || *b == "germany"),
            "Germany shares no sentence: {pairs:?}"
        );
        assert!(pairs.iter().all(|(a, b, _)| a < b), "pairs in id order");
        let plain = build(docs, &ontology, |_| {});
        assert!(
            plain.cooccurrences.is_empty(),
            "counted only when asked for"
        );
        assert_eq!(
            plain.graph.edge_count(),
            graph.graph.edge_count(),
            "typed relations are the same"
        );
    }

    /// Many batches, pipelined: documents keep their input order, every one
    /// is counted once, and the graph is the one a single batch would give.
    #[test]
    fn pipelined_batches_keep_input_order() {
        let ontology = Ontology::embedded().unwrap();
        let docs: Vec<Document> = (0..3 * BATCH_DOCS + 7)
            .map(|i| {
                article(
                    &format!("{i:04}.txt"),
                    &format!("Talks {i}\nNorway and Poland signed deal number {i} in Oslo.\n"),
                )
            })
            .collect();
        let mut reports = Vec::new();
        let graph = build(docs.clone(), &ontology, |p| reports.push(p.documents));
        let ids: Vec<&str> = graph.documents.iter().map(|d| d.id.as_str()).collect();
        let expected: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, expected);
        // One report per batch, each batch as large as its limit allows
        // (these documents are far below the byte limit).
        let mut expected_reports = Vec::new();
        let mut done = 0;
        for n in 0.. {
            if done == docs.len() {
                break;
            }
            done = (done + batch_limits(n).0).min(docs.len());
            expected_reports.push(done);
        }
        assert_eq!(reports, expected_reports);
        assert!(reports.len() > 4, "{reports:?}");
        let mut one_batch = GraphBuilder::new();
        docs.iter()
            .for_each(|d| one_batch.add(analyze(d, &ontology)));
        let one_batch = one_batch.finish(&ontology);
        let entity_ids = |g: &KnowledgeGraph| {
            g.entities()
                .map(|(_, e)| (e.id.clone(), e.mentions, e.documents.len()))
                .collect::<Vec<_>>()
        };
        assert_eq!(entity_ids(&graph), entity_ids(&one_batch));
        assert_eq!(graph.graph.edge_count(), one_batch.graph.edge_count());
    }
}
