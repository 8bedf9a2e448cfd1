//! Evidence as the graph keeps it: a small fixed-size record per reading,
//! its quote and cue held once each in an [`EvidenceText`].
//!
//! A corpus of a gigabyte holds well over a million pieces of evidence until
//! export, more than anything else in the graph. Each used to carry two
//! shared strings (a quote and a cue: 32 bytes of pointers, and a reference
//! count and an allocation per quote); a record of plain numbers and a store
//! of quotes laid end to end in large chunks take about half the memory.

use std::sync::Arc;

use super::FastMap;
use crate::relations::DocEvidence;

/// A quoted sentence in an [`EvidenceText`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuoteId(u32);

/// A cue in an [`EvidenceText`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CueId(u32);

/// Where a relation was read. Its quote and cue are in the graph's
/// [`EvidenceText`]: [`crate::graph::KnowledgeGraph::quote`] and
/// [`crate::graph::KnowledgeGraph::cue`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Evidence {
    /// Index of the document in [`crate::graph::KnowledgeGraph::documents`].
    pub document: u32,
    /// Index of the sentence in the document.
    pub sentence: u32,
    /// Byte offsets of the sentence in the document text.
    pub byte_start: u32,
    pub byte_end: u32,
    /// Character offsets of the sentence in the document text.
    pub char_start: u32,
    pub char_end: u32,
    /// The sentence, exactly as in the text.
    pub quote: QuoteId,
    /// The words that signalled the relation.
    pub cue: CueId,
    pub confidence: f32,
}

/// Bytes of quotes per chunk: large enough that chunks are few, small enough
/// that a chunk's unused tail is nothing beside the whole.
const CHUNK_BYTES: usize = 1 << 20;

/// Every quoted sentence and every cue of a graph's evidence.
///
/// Quotes are laid end to end in chunks that never grow once full, so the
/// store never holds a chunk twice while it reallocates; each cue is kept
/// once for the whole corpus.
#[derive(Clone, Debug, Default)]
pub struct EvidenceText {
    chunks: Vec<String>,
    /// (chunk, start, end) of every quote.
    quotes: Vec<(u32, u32, u32)>,
    cues: Vec<Box<str>>,
}

impl EvidenceText {
    /// The text of a quote.
    pub fn quote(&self, id: QuoteId) -> &str {
        let (chunk, start, end) = self.quotes[id.0 as usize];
        &self.chunks[chunk as usize][start as usize..end as usize]
    }

    /// The text of a cue.
    pub fn cue(&self, id: CueId) -> &str {
        &self.cues[id.0 as usize]
    }

    /// Stores `quote` and returns its id.
    fn add_quote(&mut self, quote: &str) -> QuoteId {
        let fits = |c: &String| c.capacity() - c.len() >= quote.len();
        if !self.chunks.last().is_some_and(fits) {
            self.chunks
                .push(String::with_capacity(CHUNK_BYTES.max(quote.len())));
        }
        let chunk = self.chunks.len() - 1;
        let text = &mut self.chunks[chunk];
        let start = text.len();
        text.push_str(quote);
        self.quotes
            .push((to_u32(chunk), to_u32(start), to_u32(text.len())));
        QuoteId(to_u32(self.quotes.len() - 1))
    }

    /// Frees what the last chunk reserved and did not use.
    fn shrink_to_fit(&mut self) {
        if let Some(last) = self.chunks.last_mut() {
            last.shrink_to_fit();
        }
        self.quotes.shrink_to_fit();
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).expect("an evidence store holds fewer than 2^32 items")
}

/// Builds an [`EvidenceText`] from the evidence of documents added in order.
#[derive(Debug, Default)]
pub(super) struct EvidenceStore {
    text: EvidenceText,
    cue_ids: FastMap<Arc<str>, CueId>,
    /// The quotes of the current document by sentence: the relations read
    /// from one sentence share its quote. A map, not a list searched: a
    /// long document states thousands of relations.
    document_quotes: FastMap<u32, QuoteId>,
}

impl EvidenceStore {
    /// Starts the next document.
    pub(super) fn next_document(&mut self) {
        self.document_quotes.clear();
    }

    /// The graph's record of `evidence`, read in document `document`.
    pub(super) fn add(&mut self, document: u32, evidence: DocEvidence) -> Evidence {
        Evidence {
            document,
            sentence: evidence.sentence,
            byte_start: evidence.byte_start,
            byte_end: evidence.byte_end,
            char_start: evidence.char_start,
            char_end: evidence.char_end,
            quote: self.quote(evidence.sentence, &evidence.quote),
            cue: self.cue(evidence.cue),
            confidence: evidence.confidence,
        }
    }

    fn quote(&mut self, sentence: u32, quote: &str) -> QuoteId {
        let text = &mut self.text;
        *self
            .document_quotes
            .entry(sentence)
            .or_insert_with(|| text.add_quote(quote))
    }

    fn cue(&mut self, cue: Arc<str>) -> CueId {
        // Looked up by text first: almost every cue is known, and the fold
        // that calls this runs on one thread.
        if let Some(&id) = self.cue_ids.get(cue.as_ref()) {
            return id;
        }
        let id = CueId(to_u32(self.text.cues.len()));
        self.text.cues.push(cue.as_ref().into());
        self.cue_ids.insert(cue, id);
        id
    }

    /// The finished store.
    pub(super) fn finish(self) -> EvidenceText {
        let mut text = self.text;
        text.shrink_to_fit();
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(sentence: u32, quote: &str, cue: &str) -> DocEvidence {
        DocEvidence {
            sentence,
            byte_start: 0,
            byte_end: quote.len() as u32,
            char_start: 0,
            char_end: quote.chars().count() as u32,
            quote: quote.into(),
            cue: cue.into(),
            confidence: 0.9,
        }
    }

    #[test]
    fn quotes_and_cues_read_back_as_they_went_in() {
        let mut store = EvidenceStore::default();
        let mut kept = Vec::new();
        for doc in 0..3u32 {
            store.next_document();
            for s in 0..4u32 {
                let quote = format!("Sentence {s} of document {doc}, «quoted».");
                let cue = if s % 2 == 0 { "warns" } else { "meets" };
                kept.push((quote.clone(), cue, store.add(doc, evidence(s, &quote, cue))));
            }
        }
        let text = store.finish();
        for (quote, cue, e) in &kept {
            assert_eq!(text.quote(e.quote), quote);
            assert_eq!(text.cue(e.cue), *cue);
        }
        assert_eq!(text.cues.len(), 2, "each cue once");
        assert_eq!(text.quotes.len(), 12);
    }

    #[test]
    fn a_sentence_is_quoted_once_per_document() {
        let mut store = EvidenceStore::default();
        store.next_document();
        let a = store.add(0, evidence(3, "One sentence.", "warns"));
        let b = store.add(0, evidence(5, "Another.", "warns"));
        let c = store.add(0, evidence(3, "One sentence.", "urges"));
        assert_eq!(a.quote, c.quote);
        assert_ne!(a.quote, b.quote);
        store.next_document();
        let d = store.add(1, evidence(3, "Sentence three of the next.", "warns"));
        assert_ne!(
            a.quote, d.quote,
            "sentence numbers restart with each document"
        );
        assert_eq!(store.finish().quote(d.quote), "Sentence three of the next.");
    }

    #[test]
    fn quotes_fill_chunks_and_never_straddle_them() {
        let mut text = EvidenceText::default();
        let long = "x".repeat(CHUNK_BYTES / 3 + 1);
        let huge = "y".repeat(CHUNK_BYTES + 10);
        let ids: Vec<QuoteId> = [&long, &long, &long, &huge, &long]
            .iter()
            .map(|q| text.add_quote(q))
            .collect();
        assert_eq!(text.quote(ids[2]), long);
        assert_eq!(text.quote(ids[3]), huge);
        assert_eq!(text.quote(ids[4]), long);
        // Two thirds fit the first chunk, the third does not; the huge quote
        // gets a chunk of its own, and the last one a new chunk again.
        assert_eq!(text.chunks.len(), 4);
    }
}
