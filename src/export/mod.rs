//! Export: writes a [`KnowledgeGraph`] in the formats other tools read, and
//! reads the files back for `skein stats`.
//!
//! One file per format, each behind the [`Exporter`] trait: [`turtle`] holds
//! the RDF mapping, written as Turtle, N-Triples (for the bulk loaders of
//! large stores) or JSON-LD through oxigraph's serializers; [`graphml`] is
//! for Gephi, networkx and igraph; [`gexf`] is Gephi's own format. The
//! GraphML and GEXF nodes carry the measures of [`crate::stats`] (degree,
//! PageRank, betweenness, community), computed once per export. [`write_all`]
//! writes the chosen formats into a directory atomically: every file goes to
//! a temporary name, and the files are renamed into place only when all are
//! complete, so a failed run leaves the previous output intact. [`read`] reads a built graph (a
//! file or an output directory) back into a [`Network`].

pub mod gexf;
pub mod graphml;
mod parts;
pub mod turtle;

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use oxigraph::io::{JsonLdProfile, RdfFormat};
use rayon::prelude::*;

use petgraph::graph::{EdgeIndex, NodeIndex};

use crate::graph::{Entity, KnowledgeGraph, Relation};
use crate::ontology::Ontology;
use crate::stats::{Network, NodeMeasures};

/// Settings shared by the exporters.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    /// Base IRI of the entities, documents and statements skein mints.
    pub base: String,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            base: DEFAULT_BASE.to_string(),
        }
    }
}

/// The default base IRI of minted resources.
pub const DEFAULT_BASE: &str = "https://w3id.org/skein/id/";

/// The local name of the co-occurrence predicate (`sk:coOccursWith`) and the
/// label of co-occurrence edges in GraphML and GEXF. The ontology declares it
/// outside `sk:relatedTo`: it is never a typed relation.
pub const COOCCURRENCE: &str = "coOccursWith";

/// Errors of the export stage.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path}: cannot write ({source})")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error(
        "--base {base:?} is not a valid absolute IRI ({message}); use something like https://example.org/kg/"
    )]
    InvalidBase { base: String, message: String },
    #[error("unknown output format `{0}`; use one of: ttl, nt, jsonld, graphml, gexf")]
    UnknownFormat(String),
}

/// Errors reading a built graph back.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read ({source})")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Syntax {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error(
        "{0}: no graph file here; expected graph.ttl, graph.nt, graph.jsonld or graph.graphml (written by skein build)"
    )]
    NoGraph(PathBuf),
}

/// What an exporter writes: the graph, its ontology and, computed on first
/// use and shared by the formats that show them, the node measures.
pub struct ExportInput<'a> {
    pub graph: &'a KnowledgeGraph,
    pub ontology: &'a Ontology,
    measures: OnceLock<NodeMeasures>,
}

impl<'a> ExportInput<'a> {
    pub fn new(graph: &'a KnowledgeGraph, ontology: &'a Ontology) -> ExportInput<'a> {
        ExportInput {
            graph,
            ontology,
            measures: OnceLock::new(),
        }
    }

    /// Degree, PageRank, betweenness and community of every node, by node index.
    pub fn measures(&self) -> &NodeMeasures {
        self.measures.get_or_init(|| {
            let ids: Vec<&str> = self.graph.entities().map(|(_, e)| e.id.as_str()).collect();
            let edges: Vec<(u32, u32)> = self
                .graph
                .graph
                .edge_indices()
                .map(|e| self.graph.graph.edge_endpoints(e).expect("edge exists"))
                .map(|(s, o)| (s.index() as u32, o.index() as u32))
                .collect();
            NodeMeasures::compute(&ids, &edges)
        })
    }

    /// The nodes in runs of about [`XML_PART_BYTES`], given about how many
    /// bytes a format writes for an entity.
    fn node_parts(&self, bytes: impl Fn(&Entity) -> usize) -> Vec<Range<usize>> {
        let g = &self.graph.graph;
        parts::runs(g.node_count(), XML_PART_BYTES, |n| {
            bytes(&g[NodeIndex::new(n)])
        })
    }

    /// The edges in runs of about [`XML_PART_BYTES`], given about how many
    /// bytes a format writes for a relation.
    fn edge_parts(&self, bytes: impl Fn(&Relation) -> usize) -> Vec<Range<usize>> {
        let g = &self.graph.graph;
        parts::runs(g.edge_count(), XML_PART_BYTES, |e| {
            bytes(&g[EdgeIndex::new(e)])
        })
    }
}

/// A serialisation of the knowledge graph.
pub trait Exporter {
    /// The file name the format is written to (`graph.ttl`).
    fn file_name(&self) -> &'static str;
    /// Writes the whole graph.
    fn write(&self, input: &ExportInput<'_>, out: &mut dyn Write) -> io::Result<()>;
    /// Does [`Exporter::write`] read [`ExportInput::measures`]? Those formats
    /// start once the measures are computed, so that no thread waits on
    /// another's computation (see [`write_all`]).
    fn needs_measures(&self) -> bool {
        false
    }
}

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Turtle,
    NTriples,
    JsonLd,
    GraphMl,
    Gexf,
}

impl Format {
    /// Parses a format name as given to `--format`.
    pub fn parse(name: &str) -> Result<Format, ExportError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "ttl" | "turtle" => Ok(Format::Turtle),
            "nt" | "ntriples" | "n-triples" => Ok(Format::NTriples),
            "jsonld" | "json-ld" => Ok(Format::JsonLd),
            "graphml" => Ok(Format::GraphMl),
            "gexf" => Ok(Format::Gexf),
            other => Err(ExportError::UnknownFormat(other.to_string())),
        }
    }

    /// The exporter of this format.
    pub fn exporter(self, options: &ExportOptions) -> Box<dyn Exporter + Send + Sync> {
        match self {
            Format::Turtle => Box::new(turtle::Rdf::new(RdfFormat::Turtle, options.clone())),
            Format::NTriples => Box::new(turtle::Rdf::new(RdfFormat::NTriples, options.clone())),
            Format::JsonLd => Box::new(turtle::Rdf::new(json_ld(), options.clone())),
            Format::GraphMl => Box::new(graphml::GraphMl),
            Format::Gexf => Box::new(gexf::Gexf),
        }
    }

    /// The formats written when none are chosen.
    pub const DEFAULT: [Format; 3] = [Format::Turtle, Format::GraphMl, Format::Gexf];
}

/// JSON-LD as oxigraph writes it: one streaming document of expanded nodes.
pub fn json_ld() -> RdfFormat {
    RdfFormat::JsonLd {
        profile: JsonLdProfile::Streaming.into(),
    }
}

/// Checks that `base` can prefix minted IRIs.
pub fn check_base(base: &str) -> Result<(), ExportError> {
    oxigraph::model::NamedNode::new(format!("{base}x"))
        .map(|_| ())
        .map_err(|e| ExportError::InvalidBase {
            base: base.to_string(),
            message: e.to_string(),
        })
}

/// Writes every format into `dir` (created if missing). Returns the paths written.
///
/// All or nothing, as far as the file system allows: every file is written
/// in full to a temporary name first, and only when all are written are they
/// renamed into place. A failure before that (a write error, a directory in
/// the way) leaves every previous output as it was.
pub fn write_all(
    graph: &KnowledgeGraph,
    ontology: &Ontology,
    dir: &Path,
    formats: &[Format],
    options: &ExportOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    check_base(&options.base)?;
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let input = ExportInput::new(graph, ontology);
    let targets: Vec<(Box<dyn Exporter + Send + Sync>, PathBuf)> = formats
        .iter()
        .map(|format| {
            let exporter = format.exporter(options);
            let path = dir.join(exporter.file_name());
            (exporter, path)
        })
        .collect();
    if let Some((_, path)) = targets.iter().find(|(_, path)| path.is_dir()) {
        let source = io::Error::new(
            io::ErrorKind::IsADirectory,
            "a directory is in the way; nothing was replaced",
        );
        return Err(ExportError::Io {
            path: path.clone(),
            source,
        });
    }
    // The formats are written side by side, each to a temporary file of its
    // own: those without node measures (Turtle) while the measures are
    // computed, the others after. Left to themselves, a format that needs the
    // measures while another thread computes them would hold its thread
    // idle until they are done; this way the idle thread helps with the
    // measures' parallel part (betweenness) instead.
    let write = |(exporter, path): &(Box<dyn Exporter + Send + Sync>, PathBuf)| {
        write_temporary(path, |out| exporter.write(&input, out))
    };
    let (with_measures, without): (Vec<usize>, Vec<usize>) =
        (0..targets.len()).partition(|&i| targets[i].0.needs_measures());
    let (after_measures, meanwhile): (Vec<_>, Vec<_>) = rayon::join(
        || {
            if !with_measures.is_empty() {
                input.measures();
            }
            with_measures
                .par_iter()
                .map(|&i| (i, write(&targets[i])))
                .collect::<Vec<_>>()
        },
        || {
            without
                .par_iter()
                .map(|&i| (i, write(&targets[i])))
                .collect::<Vec<_>>()
        },
    );
    let mut results: Vec<(usize, io::Result<PathBuf>)> =
        after_measures.into_iter().chain(meanwhile).collect();
    results.sort_by_key(|(i, _)| *i);
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut failure = None;
    for (i, result) in results {
        let path = &targets[i].1;
        match result {
            Ok(tmp) => staged.push((tmp, path.clone())),
            Err(source) => {
                failure.get_or_insert(ExportError::Io {
                    path: path.clone(),
                    source,
                });
            }
        }
    }
    let discard = |staged: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in staged {
            let _ = std::fs::remove_file(tmp);
        }
    };
    if let Some(error) = failure {
        discard(&staged);
        return Err(error);
    }
    let mut written = Vec::new();
    for (i, (tmp, path)) in staged.iter().enumerate() {
        if let Err(source) = std::fs::rename(tmp, path) {
            discard(&staged[i..]);
            return Err(ExportError::Io {
                path: path.clone(),
                source,
            });
        }
        written.push(path.clone());
    }
    Ok(written)
}

/// The graph files `read` knows, in the order an output directory is searched.
const GRAPH_FILES: [&str; 4] = ["graph.ttl", "graph.nt", "graph.jsonld", "graph.graphml"];

/// The graph file at `path`: the file itself when its extension is a graph
/// format (`.ttl`, `.nt`, `.jsonld`, `.graphml`), or the first graph file of
/// an output directory. `None` for anything else (articles, say).
pub fn graph_file(path: &Path) -> Option<PathBuf> {
    if path.is_dir() {
        return GRAPH_FILES
            .iter()
            .map(|f| path.join(f))
            .find(|p| p.is_file());
    }
    GraphFile::of(path).is_some().then(|| path.to_path_buf())
}

/// How a graph file is read.
enum GraphFile {
    Rdf(RdfFormat),
    GraphMl,
}

impl GraphFile {
    /// By extension.
    fn of(path: &Path) -> Option<GraphFile> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "ttl" => Some(GraphFile::Rdf(RdfFormat::Turtle)),
            "nt" => Some(GraphFile::Rdf(RdfFormat::NTriples)),
            "jsonld" => Some(GraphFile::Rdf(json_ld())),
            "graphml" => Some(GraphFile::GraphMl),
            _ => None,
        }
    }
}

/// Reads a built graph: a Turtle, N-Triples, JSON-LD or GraphML file, or the
/// output directory of `skein build`.
pub fn read(path: &Path, ontology: &Ontology) -> Result<Network, ReadError> {
    let file = graph_file(path).ok_or_else(|| ReadError::NoGraph(path.to_path_buf()))?;
    let open = File::open(&file).map_err(|source| ReadError::Io {
        path: file.clone(),
        source,
    })?;
    let reader = BufReader::new(open);
    let network = match GraphFile::of(&file) {
        Some(GraphFile::Rdf(format)) => turtle::read(reader, format, ontology),
        _ => graphml::read(reader),
    };
    network.map_err(|e| e.at(&file))
}

/// An RDF graph read from a file: its quads and the prefixes it declares.
pub struct RdfGraph {
    pub file: PathBuf,
    pub quads: Vec<oxigraph::model::Quad>,
    pub prefixes: Vec<(String, String)>,
}

/// Reads the RDF graph at `path`: a Turtle, N-Triples or JSON-LD file, or
/// the first of them in an output directory of `skein build`.
pub fn read_rdf(path: &Path) -> Result<RdfGraph, ReadError> {
    let file = if path.is_dir() {
        GRAPH_FILES
            .iter()
            .map(|f| path.join(f))
            .find(|p| p.is_file() && !matches!(GraphFile::of(p), Some(GraphFile::GraphMl)))
    } else {
        Some(path.to_path_buf())
    }
    .ok_or_else(|| ReadError::NoGraph(path.to_path_buf()))?;
    let Some(GraphFile::Rdf(format)) = GraphFile::of(&file) else {
        return Err(ReadError::Invalid {
            path: file,
            message: "not an RDF graph; give graph.ttl, graph.nt or graph.jsonld".into(),
        });
    };
    let open = File::open(&file).map_err(|source| ReadError::Io {
        path: file.clone(),
        source,
    })?;
    let mut parser = oxigraph::io::RdfParser::from_format(format).for_reader(BufReader::new(open));
    let quads = parser
        .by_ref()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| turtle::parse_error(e).at(&file))?;
    let prefixes = parser
        .prefixes()
        .map(|(p, i)| (p.to_string(), i.to_string()))
        .collect();
    Ok(RdfGraph {
        file,
        quads,
        prefixes,
    })
}

/// A reading error before the file name is known.
#[derive(Debug, thiserror::Error)]
#[error("{}{message}", .line.map(|l| format!("line {l}: ")).unwrap_or_default())]
pub struct ParseError {
    /// 1-based line, when the parser knows it.
    pub line: Option<u64>,
    pub message: String,
}

impl ParseError {
    pub fn new(message: impl Into<String>) -> ParseError {
        ParseError {
            line: None,
            message: message.into(),
        }
    }

    fn at(self, path: &Path) -> ReadError {
        match self.line {
            Some(line) => ReadError::Syntax {
                path: path.to_path_buf(),
                line,
                message: self.message,
            },
            None => ReadError::Invalid {
                path: path.to_path_buf(),
                message: self.message,
            },
        }
    }
}

/// Writes `path` through a temporary file in the same directory, renamed into
/// place only after everything was written and flushed.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let tmp = write_temporary(path, write)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// Writes what will become `path` to a temporary file beside it, flushed to
/// disk, and returns the temporary file's path. On failure nothing is left.
fn write_temporary(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<PathBuf> {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut out = BufWriter::new(File::create(&tmp)?);
        write(&mut out)?;
        // Flushed, not synced: the rename keeps a failed or killed run from
        // leaving half a file, and the files can always be built again. A
        // sync waited 0.1 to 0.3 s per file for the disk, at the end of the
        // run, when no other work is left to overlap with it.
        out.into_inner().map_err(|e| e.into_error())?;
        Ok(())
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// An XML writer with the few calls GraphML and GEXF need; every value is
/// made [`xml_safe`] and escaped (by [`escape_into`]). It writes what quick-xml's indenting writer
/// wrote (two spaces per level, text inline), straight into a byte buffer:
/// these files hold a few elements per entity and per relation, and a writer
/// call per element through `dyn Write` was a tenth of the export time.
struct Xml<'w> {
    out: &'w mut dyn Write,
    buf: Vec<u8>,
    depth: usize,
    /// Is the next tag on a new line (false right after text)?
    line_break: bool,
    /// How much the buffer gathers before it goes to `out`: never, for a
    /// part written into memory.
    flush_at: usize,
}

/// How much output [`Xml`] gathers before handing it to the writer.
const XML_FLUSH_BYTES: usize = 1 << 16;

/// About how many bytes of XML one part of a long list of elements holds
/// when the list is written in parts ([`Xml::write_parts`]).
const XML_PART_BYTES: usize = 1 << 20;

impl<'w> Xml<'w> {
    /// An indented XML document on `out`, its declaration written (to the
    /// buffer: nothing reaches `out` before the first flush).
    fn document(out: &'w mut dyn Write) -> Xml<'w> {
        let mut buf = Vec::with_capacity(XML_FLUSH_BYTES * 2);
        buf.extend_from_slice(br#"<?xml version="1.0" encoding="UTF-8"?>"#);
        Xml {
            out,
            buf,
            depth: 0,
            line_break: true,
            flush_at: XML_FLUSH_BYTES,
        }
    }

    /// A tag with text attributes, then number attributes.
    fn tag(
        &mut self,
        open: &[u8],
        name: &str,
        attrs: &[(&str, &str)],
        numbers: &[(&str, Number)],
        close: &[u8],
    ) -> io::Result<()> {
        self.break_line();
        self.buf.extend_from_slice(open);
        self.buf.extend_from_slice(name.as_bytes());
        for (k, v) in attrs {
            self.attribute_name(k);
            escape_into(&mut self.buf, v);
            self.buf.push(b'"');
        }
        for (k, v) in numbers {
            self.attribute_name(k);
            v.write_to(&mut self.buf);
            self.buf.push(b'"');
        }
        self.buf.extend_from_slice(close);
        self.line_break = true;
        self.flush_if_full()
    }

    /// ` name="`
    fn attribute_name(&mut self, name: &str) {
        self.buf.push(b' ');
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.extend_from_slice(b"=\"");
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.start_with_numbers(name, attrs, &[])
    }

    /// [`Self::start`] with number attributes after the others.
    fn start_with_numbers(
        &mut self,
        name: &str,
        attrs: &[(&str, &str)],
        numbers: &[(&str, Number)],
    ) -> io::Result<()> {
        self.tag(b"<", name, attrs, numbers, b">")?;
        self.depth += 1;
        Ok(())
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.tag(b"<", name, attrs, &[], b"/>")
    }

    /// [`Self::empty`] with number attributes after the others.
    fn empty_with_numbers(
        &mut self,
        name: &str,
        attrs: &[(&str, &str)],
        numbers: &[(&str, Number)],
    ) -> io::Result<()> {
        self.tag(b"<", name, attrs, numbers, b"/>")
    }

    fn end(&mut self, name: &str) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        self.tag(b"</", name, &[], &[], b">")
    }

    /// Text inside the element just started.
    fn text(&mut self, value: &str) {
        escape_into(&mut self.buf, value);
        self.line_break = false;
    }

    /// A GraphML `<data key="…">value</data>`: what `start`, `text` and
    /// `end` would write, in one step (there are several per node and edge).
    fn data(&mut self, key: &str, value: &str) -> io::Result<()> {
        self.break_line();
        self.buf.extend_from_slice(b"<data key=\"");
        escape_into(&mut self.buf, key);
        self.buf.extend_from_slice(b"\">");
        escape_into(&mut self.buf, value);
        self.buf.extend_from_slice(b"</data>");
        self.line_break = true;
        self.flush_if_full()
    }

    /// [`Self::data`] for a number.
    fn data_number(&mut self, key: &str, value: impl Into<Number>) -> io::Result<()> {
        self.break_line();
        self.buf.extend_from_slice(b"<data key=\"");
        escape_into(&mut self.buf, key);
        self.buf.extend_from_slice(b"\">");
        value.into().write_to(&mut self.buf);
        self.buf.extend_from_slice(b"</data>");
        self.line_break = true;
        self.flush_if_full()
    }

    /// A new line indented to the depth, unless the tag follows text.
    fn break_line(&mut self) {
        if self.line_break {
            self.buf.push(b'\n');
            self.buf.resize(self.buf.len() + 2 * self.depth, b' ');
        }
    }

    /// Hands the buffer to the writer once it holds `flush_at` bytes.
    fn flush_if_full(&mut self) -> io::Result<()> {
        if self.buf.len() >= self.flush_at {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Writes `parts` side by side on the pool's threads
    /// ([`parts::write_in_order`]), each by `write` on an [`Xml`] of its own
    /// at this depth, into memory, and copies their texts out in order.
    /// Since a tag was the last thing written, each part's first element
    /// starts on a new line as it would here: the text is the one this
    /// writer would have written.
    fn write_parts<P: Sync>(
        &mut self,
        parts: &[P],
        write: impl Fn(&mut Xml<'_>, &P) -> io::Result<()> + Sync,
    ) -> io::Result<()> {
        debug_assert!(self.line_break, "parts start after a tag");
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        let (depth, out) = (self.depth, &mut *self.out);
        parts::write_in_order(
            parts,
            || (),
            |_, part| {
                let mut never_written = io::sink();
                let mut x = Xml {
                    out: &mut never_written,
                    // A part is about XML_PART_BYTES: room for one a bit
                    // larger, so that few grow (and copy) their text.
                    buf: Vec::with_capacity(XML_PART_BYTES + XML_PART_BYTES / 4),
                    depth,
                    line_break: true,
                    flush_at: usize::MAX,
                };
                write(&mut x, part)?;
                Ok(x.buf)
            },
            |text| out.write_all(&text),
        )
    }

    /// Ends the document with a line break and writes what is left.
    fn finish(mut self) -> io::Result<()> {
        self.buf.push(b'\n');
        self.out.write_all(&self.buf)
    }
}

/// A number for an XML value, written as Rust displays it (`to_string`)
/// straight into the output, with no string of its own: GraphML and GEXF
/// hold about ten per entity and three per relation. Its digits, `.`, `-`,
/// `inf` and `NaN` need no escape.
#[derive(Clone, Copy, Debug)]
enum Number {
    Count(u64),
    Real(f64),
}

impl Number {
    fn write_to(self, buf: &mut Vec<u8>) {
        match self {
            Number::Count(n) => buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
            Number::Real(x) => {
                use std::io::Write as _;
                write!(buf, "{x}").expect("writing to a Vec");
            }
        }
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(n: $t) -> Number {
                Number::Count(n as u64)
            }
        }
    )*};
}
count_from!(u8, u32, u64, usize);

impl From<f64> for Number {
    fn from(x: f64) -> Number {
        Number::Real(x)
    }
}

/// Appends `s` made fit for XML text or an attribute: the five special
/// characters escaped and the characters XML 1.0 forbids dropped, what
/// escaping [`xml_safe`]`(s)` gives, in one pass. The runs between them are
/// found 32 bytes at a time and copied whole: quotes and evidence lists run
/// to kilobytes with a few apostrophes in them.
fn escape_into(buf: &mut Vec<u8>, s: &str) {
    crate::text::push_replacing(buf, s, needs_xml_care, |c, buf| {
        let replacement: &[u8] = match c {
            '<' => b"&lt;",
            '>' => b"&gt;",
            '&' => b"&amp;",
            '\'' => b"&apos;",
            '"' => b"&quot;",
            c if crate::text::is_forbidden_control(c) => b"",
            _ => return false, // another character of U+F000..U+FFFF
        };
        buf.extend_from_slice(replacement);
        true
    });
}

/// Does `b` start a character [`escape_into`] replaces or drops (or
/// another character of U+F000..U+FFFF)? Without branches, so that a scan
/// over many bytes becomes vector compares.
fn needs_xml_care(b: u8) -> bool {
    (b == b'<')
        | (b == b'>')
        | (b == b'&')
        | (b == b'\'')
        | (b == b'"')
        | crate::text::is_suspicious(b)
}

/// Removes the characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF),
/// so that names taken from any text make well-formed XML.
pub fn xml_safe(s: &str) -> std::borrow::Cow<'_, str> {
    use crate::text::{has_suspicious_byte, is_forbidden_control};
    // Every label, alias and quote passes here: a vectorised byte scan says
    // that nearly all of them hold nothing to remove.
    if !has_suspicious_byte(s.as_bytes()) || !s.chars().any(is_forbidden_control) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().filter(|&c| !is_forbidden_control(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list of items with nested elements, text and numbers, as the
    /// formats write them; items are long enough to flush a writer's buffer.
    fn write_items(x: &mut Xml<'_>, items: Range<usize>) -> io::Result<()> {
        for i in items {
            x.start_with_numbers("item", &[("id", &format!("i{i}"))], &[("n", i.into())])?;
            x.data("label", &"<a & b> ".repeat(i * 50))?;
            x.empty("leaf", &[("k", "v")])?;
            x.end("item")?;
        }
        Ok(())
    }

    #[test]
    fn a_list_written_in_parts_is_the_list_written_whole() {
        let document = |parts: Option<&[Range<usize>]>| {
            let mut out = Vec::new();
            let mut x = Xml::document(&mut out);
            x.start("root", &[])?;
            x.start("list", &[])?;
            match parts {
                Some(parts) => x.write_parts(parts, |x, r| write_items(x, r.clone()))?,
                None => write_items(&mut x, 0..40)?,
            }
            x.end("list")?;
            x.empty("after", &[])?;
            x.end("root")?;
            x.finish()?;
            Ok::<_, io::Error>(out)
        };
        let whole = document(None).unwrap();
        let splits: [&[Range<usize>]; 3] =
            [&[0..40], &[0..1, 1..2, 2..39, 39..40], &[0..20, 20..40]];
        for parts in splits {
            let parted = document(Some(parts)).unwrap();
            assert!(parted == whole, "parts {parts:?}");
        }
        let text = String::from_utf8(whole).unwrap();
        assert!(text.contains("\n    <item id=\"i0\" n=\"0\">\n      <data key=\"label\"></data>"));
        assert!(text.ends_with("  </list>\n  <after/>\n</root>\n"));
    }

    #[test]
    fn failed_writes_leave_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.ttl");
        std::fs::write(&path, "old").unwrap();
        let err = write_atomically(&path, |out| {
            out.write_all(b"partial")?;
            Err(io::Error::other("interrupted"))
        });
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "temporary file removed"
        );
        write_atomically(&path, |out| out.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    }

    #[test]
    fn escaping_finds_special_characters_anywhere_in_long_values() {
        let naive = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('\'', "&apos;")
                .replace('"', "&quot;")
        };
        // Special and forbidden characters (and allowed ones that share
        // their first byte) at every offset around the 32-byte chunks, alone,
        // in runs and at both ends, among multi-byte characters.
        let naive = |s: &str| naive(&xml_safe(s));
        let mut values = vec![String::new(), "plain".into(), "<&>'\"".into()];
        let specials = [
            '<', '>', '&', '\'', '"', '\u{0}', '\u{1B}', '\t', '\n', '\r', '\u{F000}', '\u{FFFD}',
            '\u{FFFE}', '\u{FFFF}',
        ];
        for len in [31, 32, 33, 64, 65, 100] {
            for at in 0..len {
                for special in specials {
                    let mut v: String = (0..len)
                        .map(|k| if k % 7 == 3 { 'é' } else { 'a' })
                        .collect();
                    let cut = v.char_indices().nth(at).map_or(v.len(), |(i, _)| i);
                    v.insert(cut, special);
                    values.push(v.clone());
                    v.push(special);
                    values.push(v);
                }
            }
        }
        for v in &values {
            let mut buf = Vec::new();
            escape_into(&mut buf, v);
            assert_eq!(String::from_utf8(buf).unwrap(), naive(v), "{v:?}");
        }
    }

    #[test]
    fn numbers_are_written_as_rust_displays_them() {
        let written = |n: Number| {
            let mut buf = Vec::new();
            n.write_to(&mut buf);
            String::from_utf8(buf).unwrap()
        };
        for n in [0u64, 7, 10, 4_294_967_296, u64::MAX] {
            assert_eq!(written(n.into()), n.to_string());
        }
        for x in [
            0.0,
            -0.0,
            3.0,
            0.1,
            1.0 / 3.0,
            1e-7,
            2.5e-12,
            1e21,
            f64::INFINITY,
            f64::NAN,
        ] {
            assert_eq!(written(x.into()), x.to_string());
        }
        assert_eq!(written(255u8.into()), "255");
        assert_eq!(written(usize::MAX.into()), usize::MAX.to_string());
    }

    #[test]
    fn xml_safe_drops_forbidden_characters() {
        assert_eq!(xml_safe("a\u{0}b\u{1B}c\td\u{FFFF}"), "abc\td");
        assert!(matches!(xml_safe("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn formats_parse_by_name_and_default_to_turtle_graphml_gexf() {
        assert_eq!(Format::parse("NT").unwrap(), Format::NTriples);
        assert_eq!(Format::parse("json-ld").unwrap(), Format::JsonLd);
        assert!(
            Format::parse("csv")
                .unwrap_err()
                .to_string()
                .contains("gexf")
        );
        let names: Vec<&str> = Format::DEFAULT
            .iter()
            .map(|f| f.exporter(&ExportOptions::default()).file_name())
            .collect();
        assert_eq!(names, ["graph.ttl", "graph.graphml", "graph.gexf"]);
    }

    #[test]
    fn graph_files_are_found_by_extension_or_in_an_output_directory() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            graph_file(dir.path()),
            None,
            "an empty folder holds no graph"
        );
        std::fs::write(dir.path().join("graph.graphml"), "").unwrap();
        std::fs::write(dir.path().join("graph.ttl"), "").unwrap();
        assert_eq!(
            graph_file(dir.path()),
            Some(dir.path().join("graph.ttl")),
            "Turtle first"
        );
        assert_eq!(graph_file(Path::new("a/b.txt")), None);
        assert_eq!(
            graph_file(Path::new("a/b.nt")),
            Some(PathBuf::from("a/b.nt"))
        );
        let err = read(
            &dir.path().join("missing.ttl"),
            &Ontology::embedded().unwrap(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("missing.ttl"), "{err}");
    }

    #[test]
    fn bases_are_checked() {
        assert!(check_base("https://example.org/kg/").is_ok());
        assert!(check_base("not a base").is_err());
    }
}
