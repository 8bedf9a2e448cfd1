//! Export: writes a [`KnowledgeGraph`] in the formats other tools read.
//!
//! One file per format, each behind the [`Exporter`] trait: [`turtle`] for
//! SPARQL stores (oxigraph, rdflib, Jena), [`graphml`] for Gephi, networkx and
//! igraph. [`write_all`] writes the chosen formats into a directory
//! atomically: each file goes to a temporary name and is renamed into place
//! only when complete, so a failed run leaves the previous output intact.

pub mod graphml;
pub mod turtle;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::graph::KnowledgeGraph;
use crate::ontology::Ontology;

/// Settings shared by the exporters.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    /// Base IRI of the entities, documents and statements skein mints.
    pub base: String,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions { base: DEFAULT_BASE.to_string() }
    }
}

/// The default base IRI of minted resources.
pub const DEFAULT_BASE: &str = "https://w3id.org/skein/id/";

/// Errors of the export stage.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path}: cannot write ({source})")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("--base {base:?} is not a valid absolute IRI ({message}); use something like https://example.org/kg/")]
    InvalidBase { base: String, message: String },
    #[error("unknown output format `{0}`; use one of: ttl, graphml")]
    UnknownFormat(String),
}

/// A serialisation of the knowledge graph.
pub trait Exporter {
    /// The file name the format is written to (`graph.ttl`).
    fn file_name(&self) -> &'static str;
    /// Writes the whole graph.
    fn write(&self, graph: &KnowledgeGraph, ontology: &Ontology, out: &mut dyn Write) -> io::Result<()>;
}

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Turtle,
    GraphMl,
}

impl Format {
    /// Parses a format name as given to `--format`.
    pub fn parse(name: &str) -> Result<Format, ExportError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "ttl" | "turtle" => Ok(Format::Turtle),
            "graphml" => Ok(Format::GraphMl),
            other => Err(ExportError::UnknownFormat(other.to_string())),
        }
    }

    /// The exporter of this format.
    pub fn exporter(self, options: &ExportOptions) -> Box<dyn Exporter> {
        match self {
            Format::Turtle => Box::new(turtle::Turtle::new(options.clone())),
            Format::GraphMl => Box::new(graphml::GraphMl),
        }
    }

    /// The formats written when none are chosen.
    pub const DEFAULT: [Format; 2] = [Format::Turtle, Format::GraphMl];
}

/// Checks that `base` can prefix minted IRIs.
pub fn check_base(base: &str) -> Result<(), ExportError> {
    oxigraph::model::NamedNode::new(format!("{base}x"))
        .map(|_| ())
        .map_err(|e| ExportError::InvalidBase { base: base.to_string(), message: e.to_string() })
}

/// Writes every format into `dir` (created if missing). Returns the paths written.
pub fn write_all(
    graph: &KnowledgeGraph,
    ontology: &Ontology,
    dir: &Path,
    formats: &[Format],
    options: &ExportOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    check_base(&options.base)?;
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io { path: dir.to_path_buf(), source })?;
    let mut written = Vec::new();
    for format in formats {
        let exporter = format.exporter(options);
        let path = dir.join(exporter.file_name());
        write_atomically(&path, |out| exporter.write(graph, ontology, out))
            .map_err(|source| ExportError::Io { path: path.clone(), source })?;
        written.push(path);
    }
    Ok(written)
}

/// Writes `path` through a temporary file in the same directory, renamed into
/// place only after everything was written and flushed.
pub fn write_atomically(path: &Path, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut out = BufWriter::new(File::create(&tmp)?);
        write(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Removes the characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF),
/// so that names taken from any text make well-formed XML.
pub fn xml_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let allowed = |c: char| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}');
    if s.chars().all(allowed) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().filter(|&c| allowed(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "temporary file removed");
        write_atomically(&path, |out| out.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    }

    #[test]
    fn xml_safe_drops_forbidden_characters() {
        assert_eq!(xml_safe("a\u{0}b\u{1B}c\td\u{FFFF}"), "abc\td");
        assert!(matches!(xml_safe("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn bases_are_checked() {
        assert!(check_base("https://example.org/kg/").is_ok());
        assert!(check_base("not a base").is_err());
    }
}
