//! A streaming Turtle writer for skein's triples.
//!
//! It writes what oxigraph's Turtle serializer (oxttl) writes, byte for
//! byte: the same prefix lines in the same order, a subject's triples
//! grouped with `;` and a predicate's objects with `,`, the same local-name
//! escapes and string escapes. It is several times faster because it formats
//! straight into a byte buffer, with no `fmt` machinery and no term objects
//! per triple; Turtle is the largest file skein writes. The unit tests read
//! its output back with oxigraph's parser and compare it with oxttl's.

use std::cmp::Reverse;
use std::io::{self, Write};

use super::Object;

const XSD_NON_NEGATIVE_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// What ends the statements of a subject, and so what comes before the next
/// subject and at the end of the file.
pub const SEPARATOR: &[u8] = b" .\n";

/// How much output is gathered before it is handed to the writer.
const FLUSH_BYTES: usize = 1 << 16;

/// How many recently used prefixes [`TurtleWriter`] tries before the others.
const RECENT_PREFIXES: usize = 4;

/// Writes triples as Turtle; call [`TurtleWriter::finish`] at the end.
pub struct TurtleWriter<W: Write> {
    out: W,
    buf: Vec<u8>,
    /// (name, IRI), longest IRI first, as oxttl orders them.
    prefixes: Vec<(String, String)>,
    /// Whether some longer prefix (earlier in `prefixes`) starts with this one.
    nested: Vec<bool>,
    /// The last eight bytes of each namespace, when it has eight.
    tails: Vec<Option<u64>>,
    /// The prefixes the last IRIs were written with, most recent first:
    /// a triple's subject, predicate and object mostly cycle through a few
    /// namespaces, and trying those first saves comparing a dozen.
    recent: [usize; RECENT_PREFIXES],
    subject: String,
    predicate: String,
    started: bool,
    /// Vocabulary IRIs (predicates, classes, datatypes) as last written, by
    /// [`slot`]: a graph has a few dozen, written millions of times, and
    /// copying one back is cheaper than finding its prefix and checking its
    /// local name again.
    written_vocabulary: Vec<(String, Vec<u8>)>,
    /// Subject and object IRIs as last written, by the hash of the IRI:
    /// the same entities and documents come back in triple after triple, a
    /// node is often the object of one triple and then the subject of the
    /// next ones (an annotation and its selectors), and copying how an IRI
    /// was written is several times cheaper than finding its prefix and
    /// checking its local name again.
    written_nodes: Vec<(String, Vec<u8>)>,
    node_hasher: foldhash::fast::FixedState,
}

/// How many subject and object IRIs [`TurtleWriter`] keeps as written (a
/// power of two). Each slot holds one IRI twice, about 150 bytes.
const NODE_SLOTS: usize = 1 << 12;

/// How many vocabulary IRIs [`TurtleWriter`] keeps as written (a power of
/// two): many more slots than skein has predicates and classes, so that few
/// of them share one.
const VOCABULARY_SLOTS: usize = 1 << 10;

/// The slot of an IRI among [`VOCABULARY_SLOTS`]: from its length and last
/// bytes, which tell skein's vocabulary apart with few collisions (a
/// collision only costs writing the IRI again).
fn slot(iri: &str) -> usize {
    let tail = last_eight(iri.as_bytes(), iri.len()).unwrap_or(0);
    let mixed = (tail ^ iri.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - VOCABULARY_SLOTS.trailing_zeros())) as usize
}

/// The prefixes (name, IRI) in the order oxttl keeps them: in a map sorted
/// by name, then by decreasing IRI length, so that the longest namespace wins.
fn sorted_prefixes(prefixes: &[(&str, &str)]) -> Vec<(String, String)> {
    let sorted: std::collections::BTreeMap<String, String> = prefixes
        .iter()
        .map(|(n, i)| (n.to_string(), i.to_string()))
        .collect();
    let mut prefixes: Vec<(String, String)> = sorted.into_iter().collect();
    prefixes.sort_unstable_by_key(|(_, iri)| Reverse(iri.len()));
    prefixes
}

/// The `@prefix` lines that begin a file of a writer with these prefixes.
pub fn prefix_lines(prefixes: &[(&str, &str)]) -> Vec<u8> {
    prefix_text(&sorted_prefixes(prefixes))
}

fn prefix_text(prefixes: &[(String, String)]) -> Vec<u8> {
    let mut lines = Vec::new();
    for (name, iri) in prefixes {
        lines.extend_from_slice(format!("@prefix {name}: <{iri}> .\n").as_bytes());
    }
    lines
}

impl<W: Write> TurtleWriter<W> {
    /// A writer with these prefixes (name, IRI).
    pub fn new(out: W, prefixes: &[(&str, &str)]) -> TurtleWriter<W> {
        let prefixes = sorted_prefixes(prefixes);
        let nested = (0..prefixes.len())
            .map(|k| {
                prefixes[..k]
                    .iter()
                    .any(|(_, longer)| longer.starts_with(&prefixes[k].1))
            })
            .collect();
        let tails = prefixes
            .iter()
            .map(|(_, iri)| last_eight(iri.as_bytes(), iri.len()))
            .collect();
        TurtleWriter {
            out,
            buf: Vec::with_capacity(FLUSH_BYTES * 2),
            prefixes,
            nested,
            tails,
            recent: [usize::MAX; RECENT_PREFIXES],
            subject: String::new(),
            predicate: String::new(),
            started: false,
            written_vocabulary: vec![(String::new(), Vec::new()); VOCABULARY_SLOTS],
            written_nodes: vec![(String::new(), Vec::new()); NODE_SLOTS],
            node_hasher: foldhash::fast::FixedState::with_seed(0),
        }
    }

    /// A writer for a part of a file that other writers begin and end: it
    /// writes no prefix lines, puts [`SEPARATOR`] before its first subject as
    /// before every other, and its part is taken with [`TurtleWriter::next_part`].
    /// Its text can follow any part whose last subject is not its first.
    pub fn continuing(out: W, prefixes: &[(&str, &str)]) -> TurtleWriter<W> {
        let mut writer = TurtleWriter::new(out, prefixes);
        // No subject is the empty IRI, so the first triple starts a subject.
        writer.started = true;
        writer
    }

    /// Writes one triple; `subject` and `predicate` are IRIs.
    pub fn put(&mut self, subject: &str, predicate: &str, object: Object<'_>) -> io::Result<()> {
        if !self.started {
            self.started = true;
            let lines = prefix_text(&self.prefixes);
            self.buf.extend_from_slice(&lines);
            self.start_subject(subject, predicate);
        } else if subject != self.subject {
            self.buf.extend_from_slice(SEPARATOR);
            self.start_subject(subject, predicate);
        } else if predicate != self.predicate {
            self.buf.extend_from_slice(b" ;\n\t");
            self.write_predicate(predicate);
            self.predicate.clear();
            self.predicate.push_str(predicate);
        } else {
            self.buf.extend_from_slice(b" ,");
        }
        self.buf.push(b' ');
        self.write_object(object);
        if self.buf.len() >= FLUSH_BYTES {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Ends the last statement and returns the writer: the file of one
    /// writer (skein writes its files in parts, with
    /// [`TurtleWriter::continuing`]).
    #[cfg(test)]
    pub fn finish(mut self) -> io::Result<W> {
        if self.started {
            self.buf.extend_from_slice(SEPARATOR);
        }
        self.out.write_all(&self.buf)?;
        Ok(self.out)
    }

    /// Writes out what is gathered, leaving the last statement open, and
    /// returns the output of this part; the writer goes on as a
    /// [`TurtleWriter::continuing`] writer into `next`. One writer writes
    /// part after part and keeps the IRIs it has written from one to the
    /// next: a fresh writer per part found their prefixes again.
    pub fn next_part(&mut self, next: W) -> io::Result<W> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.started = true;
        self.subject.clear();
        self.predicate.clear();
        Ok(std::mem::replace(&mut self.out, next))
    }

    fn start_subject(&mut self, subject: &str, predicate: &str) {
        self.write_node(subject);
        self.buf.push(b' ');
        self.write_predicate(predicate);
        self.subject.clear();
        self.subject.push_str(subject);
        self.predicate.clear();
        self.predicate.push_str(predicate);
    }

    fn write_predicate(&mut self, predicate: &str) {
        if predicate == RDF_TYPE {
            self.buf.push(b'a');
        } else {
            self.write_vocabulary(predicate);
        }
    }

    /// [`Self::write_iri`] for a subject or an object, copied back when its
    /// slot holds it.
    fn write_node(&mut self, iri: &str) {
        use std::hash::BuildHasher;
        let slot = self.node_hasher.hash_one(iri) as usize & (NODE_SLOTS - 1);
        let (kept, written) = &self.written_nodes[slot];
        if kept == iri {
            self.buf.extend_from_slice(written);
            return;
        }
        let mark = self.buf.len();
        self.write_iri(iri);
        keep(&mut self.written_nodes[slot], iri, &self.buf[mark..]);
    }

    /// [`Self::write_iri`] for an IRI of the vocabulary, copied back when
    /// its slot holds it.
    fn write_vocabulary(&mut self, iri: &str) {
        let slot = slot(iri);
        let (kept, written) = &self.written_vocabulary[slot];
        if kept == iri {
            self.buf.extend_from_slice(written);
            return;
        }
        let mark = self.buf.len();
        self.write_iri(iri);
        keep(&mut self.written_vocabulary[slot], iri, &self.buf[mark..]);
    }

    fn write_object(&mut self, object: Object<'_>) {
        match object {
            // The object of `a` is a class.
            Object::Iri(iri) if self.predicate == RDF_TYPE => self.write_vocabulary(iri),
            Object::Iri(iri) => self.write_node(iri),
            Object::Str(s) => write_quoted(&mut self.buf, s),
            Object::Integer(n) => self
                .buf
                .extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
            Object::Decimal(x) => super::write_decimal(&mut self.buf, x),
            Object::NonNegative(n) => {
                self.buf.push(b'"');
                self.buf
                    .extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
                self.buf.extend_from_slice(b"\"^^");
                self.write_vocabulary(XSD_NON_NEGATIVE_INTEGER);
            }
        }
    }

    /// `prefix:local` with the longest prefix whose local name can be
    /// written, or `<iri>`.
    fn write_iri(&mut self, iri: &str) {
        // A recent prefix is the first that fits when it fits and no longer
        // prefix contains it: then no earlier prefix can match.
        for r in 0..RECENT_PREFIXES {
            let k = self.recent[r];
            if k < self.prefixes.len() && !self.nested[k] && self.write_prefixed(k, iri) {
                return;
            }
        }
        for k in 0..self.prefixes.len() {
            if self.write_prefixed(k, iri) {
                // A nested prefix is never tried out of turn: keeping it
                // would only push out one that can be.
                if !self.nested[k] {
                    self.recent.copy_within(..RECENT_PREFIXES - 1, 1);
                    self.recent[0] = k;
                }
                return;
            }
        }
        self.buf.push(b'<');
        self.buf.extend_from_slice(iri.as_bytes());
        self.buf.push(b'>');
    }

    /// `name:local` for prefix `k`, if `iri` is in its namespace and the rest
    /// can be a local name; false, with nothing written, otherwise.
    fn write_prefixed(&mut self, k: usize, iri: &str) -> bool {
        let (name, namespace) = &self.prefixes[k];
        // Namespaces share long beginnings ("http://www.w3.org/"): comparing
        // their last eight bytes first turns most of them away in one step.
        if let Some(tail) = self.tails[k] {
            if last_eight(iri.as_bytes(), namespace.len()) != Some(tail) {
                return false;
            }
        }
        let Some(local) = iri.strip_prefix(namespace.as_str()) else {
            return false;
        };
        let mark = self.buf.len();
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.push(b':');
        if write_local_name(&mut self.buf, local) {
            return true;
        }
        self.buf.truncate(mark);
        false
    }
}

/// Puts `iri` and how it was `written` in `entry`, reusing its allocations.
fn keep(entry: &mut (String, Vec<u8>), iri: &str, written: &[u8]) {
    entry.0.clear();
    entry.0.push_str(iri);
    entry.1.clear();
    entry.1.extend_from_slice(written);
}

/// The eight bytes of `bytes` that end at `end`, as one number.
fn last_eight(bytes: &[u8], end: usize) -> Option<u64> {
    let eight: [u8; 8] = bytes.get(end.checked_sub(8)?..end)?.try_into().ok()?;
    Some(u64::from_ne_bytes(eight))
}

/// Writes `local` as a Turtle local name (PN_LOCAL), escaping with a
/// backslash the punctuation that may not stand bare (a final `.`, a `/`,
/// a `#`...), as oxttl does; false, with part of it written, when it cannot
/// be one. Runs of bare characters are copied in one piece.
fn write_local_name(buf: &mut Vec<u8>, local: &str) -> bool {
    let bytes = local.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII, nearly every byte of skein's IRIs: one table lookup.
        let (bare, escapable, len) = if b < 0x80 {
            match ASCII_IN_LOCAL_NAME[b as usize] {
                Local::Bare => (true, true, 1),
                Local::Hyphen => (i > 0, true, 1),
                Local::Dot => (i > 0 && i + 1 < bytes.len(), true, 1),
                Local::Escaped => (false, true, 1),
                Local::Forbidden => (false, false, 1),
            }
        } else {
            let c = local[i..].chars().next().expect("a character boundary");
            let bare = if i == 0 {
                is_pn_chars_u(c)
            } else {
                is_pn_chars(c)
            };
            (bare, false, c.len_utf8())
        };
        if !bare {
            if !escapable {
                return false;
            }
            buf.extend_from_slice(&bytes[copied..i]);
            buf.push(b'\\');
            copied = i;
        }
        i += len;
    }
    buf.extend_from_slice(&bytes[copied..]);
    true
}

/// What an ASCII character is in a local name.
#[derive(Clone, Copy)]
enum Local {
    /// Letters, digits, `_` and `:`: bare anywhere.
    Bare,
    /// Bare except first.
    Hyphen,
    /// Bare except first or last.
    Dot,
    /// Written after a backslash (PN_LOCAL_ESC).
    Escaped,
    /// Not in a local name at all: the IRI is written whole.
    Forbidden,
}

const ASCII_IN_LOCAL_NAME: [Local; 128] = {
    let mut table = [Local::Forbidden; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        table[b] = match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '_' | ':' => Local::Bare,
            '-' => Local::Hyphen,
            '.' => Local::Dot,
            _ if can_be_escaped(c) => Local::Escaped,
            _ => Local::Forbidden,
        };
        b += 1;
    }
    table
};

/// A Turtle string literal with the escapes oxigraph writes. The runs
/// between characters to escape are found 32 bytes at a time and copied
/// whole: quotes run to hundreds of bytes with nothing to escape.
fn write_quoted(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    crate::text::push_replacing(buf, s, may_start_escape, |c, buf| {
        match c {
            '\u{8}' => buf.extend_from_slice(b"\\b"),
            '\t' => buf.extend_from_slice(b"\\t"),
            '\n' => buf.extend_from_slice(b"\\n"),
            '\u{C}' => buf.extend_from_slice(b"\\f"),
            '\r' => buf.extend_from_slice(b"\\r"),
            '"' => buf.extend_from_slice(b"\\\""),
            '\\' => buf.extend_from_slice(b"\\\\"),
            c if needs_escape(c) => {
                buf.extend_from_slice(format!("\\u{:04X}", u32::from(c)).as_bytes())
            }
            _ => return false, // another character of U+F000..U+FFFF
        }
        true
    });
    buf.push(b'"');
}

/// A byte that may start a character [`needs_escape`] names: a control,
/// `"`, `\`, or 0xEF, which starts U+FFFE and U+FFFF (and the rest of
/// U+F000..U+FFFF). Without branches, so that a scan over many bytes
/// becomes vector compares.
fn may_start_escape(b: u8) -> bool {
    (b < 0x20) | (b == b'"') | (b == b'\\') | (b == 0x7F) | (b == 0xEF)
}

fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{1F}' | '"' | '\\' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}'
    )
}

/// PN_CHARS_BASE of the Turtle grammar.
fn is_pn_chars_base(c: char) -> bool {
    matches!(c,
        'A'..='Z'
        | 'a'..='z'
        | '\u{00C0}'..='\u{00D6}'
        | '\u{00D8}'..='\u{00F6}'
        | '\u{00F8}'..='\u{02FF}'
        | '\u{0370}'..='\u{037D}'
        | '\u{037F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}'
        | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

fn is_pn_chars_u(c: char) -> bool {
    is_pn_chars_base(c) || c == '_'
}

fn is_pn_chars(c: char) -> bool {
    is_pn_chars_u(c)
        || matches!(c, '-' | '0'..='9' | '\u{00B7}' | '\u{0300}'..='\u{036F}' | '\u{203F}'..='\u{2040}')
}

/// Characters PN_LOCAL_ESC allows after a backslash.
const fn can_be_escaped(c: char) -> bool {
    matches!(
        c,
        '_' | '~'
            | '.'
            | '-'
            | '!'
            | '$'
            | '&'
            | '\''
            | '('
            | ')'
            | '*'
            | '+'
            | ','
            | ';'
            | '='
            | '/'
            | '?'
            | '#'
            | '@'
            | '%'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
    use oxigraph::model::{Literal, NamedNodeRef, Term, TripleRef};

    // `base` contains `ex` and `stmt`: the writer must still pick the longest.
    const PREFIXES: &[(&str, &str)] = &[
        ("ex", "http://example.org/entity/"),
        ("stmt", "http://example.org/statement/"),
        ("base", "http://example.org/"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ];

    fn triples() -> Vec<(&'static str, &'static str, Object<'static>)> {
        let p = "http://example.org/p";
        vec![
            (
                "http://example.org/entity/a",
                RDF_TYPE,
                Object::Iri("http://example.org/entity/Thing"),
            ),
            (
                "http://example.org/entity/a",
                p,
                Object::Str("quote \" backslash \\ tab \t newline \n bell \u{7} é 🙂"),
            ),
            ("http://example.org/entity/a", p, Object::Integer(42)),
            (
                "http://example.org/entity/a",
                "http://example.org/q",
                Object::Decimal(0.5),
            ),
            (
                "http://example.org/statement/a.p.b/evidence/1#quote",
                p,
                Object::NonNegative(7),
            ),
            (
                "http://example.org/entity/ends.",
                p,
                Object::Iri("http://example.org/entity/-starts-with-hyphen"),
            ),
            (
                "http://example.org/entity/",
                p,
                Object::Iri("http://example.org/entity/times\u{D7}sign"),
            ),
            (
                "http://example.org/entity/x~y(z)",
                p,
                Object::Iri("http://example.org/entity/a:b.c"),
            ),
            (
                "http://other.org/x",
                p,
                Object::Iri("http://example.org/entity/1digit"),
            ),
        ]
    }

    fn oxttl(triples: &[(&str, &str, Object<'_>)]) -> Vec<u8> {
        let mut serializer = RdfSerializer::from_format(RdfFormat::Turtle);
        for (name, iri) in PREFIXES {
            serializer = serializer.with_prefix(*name, *iri).unwrap();
        }
        let mut w = serializer.for_writer(Vec::new());
        for (s, p, o) in triples {
            let o: Term = match o {
                Object::Iri(i) => NamedNodeRef::new_unchecked(i).into_owned().into(),
                Object::Str(s) => Literal::new_simple_literal(*s).into(),
                Object::Integer(n) => {
                    Literal::new_typed_literal(n.to_string(), oxigraph::model::vocab::xsd::INTEGER)
                        .into()
                }
                Object::NonNegative(n) => Literal::new_typed_literal(
                    n.to_string(),
                    oxigraph::model::vocab::xsd::NON_NEGATIVE_INTEGER,
                )
                .into(),
                Object::Decimal(x) => Literal::new_typed_literal(
                    super::super::decimal_lexical(*x),
                    oxigraph::model::vocab::xsd::DECIMAL,
                )
                .into(),
            };
            w.serialize_triple(TripleRef::new(
                NamedNodeRef::new_unchecked(s),
                NamedNodeRef::new_unchecked(p),
                &o,
            ))
            .unwrap();
        }
        w.finish().unwrap()
    }

    fn ours(triples: &[(&str, &str, Object<'_>)]) -> Vec<u8> {
        let mut w = TurtleWriter::new(Vec::new(), PREFIXES);
        for (s, p, o) in triples {
            w.put(s, p, *o).unwrap();
        }
        w.finish().unwrap()
    }

    fn assert_writes_what_oxttl_writes(triples: &[(&str, &str, Object<'_>)]) {
        assert_eq!(
            String::from_utf8(ours(triples)).unwrap(),
            String::from_utf8(oxttl(triples)).unwrap()
        );
    }

    #[test]
    fn writes_what_oxttl_writes() {
        let t = triples();
        assert_writes_what_oxttl_writes(&t);
    }

    #[test]
    fn local_names_are_escaped_or_given_up_as_oxttl_does() {
        let locals = [
            "a.b.",
            "-x",
            ".x",
            "x-y",
            "_x",
            "\u{E9}t\u{E9}",
            "a\u{D7}b",
            "1a",
            ":a",
            "a:b",
            "a%b",
            "a~b",
            "x/y#z",
            "a b",
            "a'b",
            "\u{B7}x",
            "x\u{B7}",
            "x\u{301}",
            "a,b;c=d",
            "a?b@c",
            "a!b$c&d",
            "(a)*+",
            "\u{1F642}",
            "x.y.z",
            "x-",
            "a--b",
            "A9_z:q-r",
            "-",
        ];
        let iris: Vec<String> = locals
            .iter()
            .map(|l| format!("http://example.org/entity/{l}"))
            .collect();
        let t: Vec<(&str, &str, Object<'_>)> = iris
            .iter()
            .map(|i| {
                (
                    i.as_str(),
                    "http://example.org/statement/p",
                    Object::Iri(i.as_str()),
                )
            })
            .collect();
        assert_writes_what_oxttl_writes(&t);
    }

    #[test]
    fn output_parses_back_to_the_same_triples() {
        let t = triples();
        let parse = |bytes: &[u8]| {
            let mut all: Vec<String> = RdfParser::from_format(RdfFormat::Turtle)
                .for_slice(bytes)
                .map(|q| q.unwrap().to_string())
                .collect();
            all.sort();
            all
        };
        let ours = parse(&ours(&t));
        assert_eq!(ours.len(), t.len());
        assert_eq!(ours, parse(&oxttl(&t)));
    }

    #[test]
    fn predicates_and_classes_kept_as_written_come_back_the_same() {
        // More predicates and classes than there are slots, used over and
        // over in an order that makes them evict one another; some have local
        // names that must be escaped or written as full IRIs.
        let predicates: Vec<String> = (0..3 * VOCABULARY_SLOTS)
            .map(|k| match k % 3 {
                0 => format!("http://example.org/p{k}"),
                1 => format!("http://example.org/statement/q.{k}."),
                _ => format!("http://other.example/r{k}"),
            })
            .collect();
        let classes: Vec<String> = (0..2 * VOCABULARY_SLOTS)
            .map(|k| format!("http://example.org/entity/C{k}/x"))
            .collect();
        let subjects: Vec<String> = (0..VOCABULARY_SLOTS)
            .map(|k| format!("http://example.org/entity/s{k}"))
            .collect();
        let mut t: Vec<(&str, &str, Object<'_>)> = Vec::new();
        for round in 0..3 {
            for (k, subject) in subjects.iter().enumerate() {
                let class = &classes[(k * 7 + round) % classes.len()];
                t.push((subject, RDF_TYPE, Object::Iri(class)));
                for j in 0..5 {
                    let p = &predicates[(k * 11 + j * 37 + round * 5) % predicates.len()];
                    t.push((subject, p, Object::NonNegative((k + j) as u64)));
                }
            }
        }
        assert_writes_what_oxttl_writes(&t);
    }

    #[test]
    fn objects_that_come_back_as_subjects_are_written_the_same() {
        // Each node is the object of one triple and then a subject, some
        // after more nodes than the writer keeps; their IRIs need escapes,
        // or cannot be prefixed at all.
        let nodes: Vec<String> = (0..3 * NODE_SLOTS)
            .map(|k| match k % 3 {
                0 => format!("http://example.org/statement/a.p.b/evidence/{k}#position"),
                1 => format!("http://example.org/entity/n{k}."),
                _ => format!("http://elsewhere.example/node/{k}"),
            })
            .collect();
        let p = "http://example.org/p";
        let mut t: Vec<(&str, &str, Object<'_>)> = Vec::new();
        for (k, node) in nodes.iter().enumerate() {
            t.push(("http://example.org/entity/root", p, Object::Iri(node)));
            if k % 2 == 1 {
                t.push((node, p, Object::Integer(k as u64)));
                let earlier = &nodes[k / 2];
                t.push((earlier, p, Object::Iri(node)));
            }
        }
        assert_writes_what_oxttl_writes(&t);
    }

    #[test]
    fn string_escapes_are_found_anywhere_in_long_literals() {
        // Every character that is escaped, and characters of U+F000..U+FFFF
        // that are not, at the start, the end and either side of the 32-byte
        // chunks the scan reads.
        let specials = [
            "\u{0}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1F}", "\"", "\\", "\u{7F}",
            "\u{F000}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{E9}",
        ];
        let mut literals: Vec<String> = Vec::new();
        for special in specials {
            for at in [0, 1, 30, 31, 32, 33, 64, 70] {
                let mut s = "x".repeat(at);
                s.push_str(special);
                s.push_str(&"y".repeat(70 - at));
                literals.push(s);
            }
        }
        literals.push(specials.concat().repeat(3));
        let t: Vec<(&str, &str, Object<'_>)> = literals
            .iter()
            .map(|l| {
                (
                    "http://example.org/entity/a",
                    "http://example.org/p",
                    Object::Str(l),
                )
            })
            .collect();
        assert_writes_what_oxttl_writes(&t);
    }

    #[test]
    fn nothing_written_for_no_triples() {
        assert!(ours(&[]).is_empty());
    }
}
