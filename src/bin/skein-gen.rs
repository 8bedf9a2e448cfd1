//! `skein-gen`: writes a synthetic news corpus for benchmarks (see
//! `skein::corpusgen` and `bench/README.md`).
//!
//! ```sh
//! skein-gen --megabytes 100 --seed 1 --out target/bench/100mb           # NNN/NNNNNNN.txt, one article each
//! skein-gen --megabytes 1000 --seed 1 --out target/bench/1gb --jsonl    # part-NNNN.jsonl, ~64 MB each
//! ```
//!
//! A megabyte is 10^6 bytes of article text. The articles depend only on the
//! seed, never on the layout options.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Parser;
use serde::Serialize;

use skein::corpusgen::Generator;
use skein::ingest::Document;
use skein::ontology::Ontology;

#[derive(Parser)]
#[command(
    name = "skein-gen",
    version,
    about = "Writes a synthetic news corpus, deterministic for a seed."
)]
struct Cli {
    /// Megabytes (10^6 bytes) of article text to write.
    #[arg(long)]
    megabytes: f64,
    /// The seed: the same seed gives the same corpus, byte for byte.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output directory (created if missing; must not hold a corpus already).
    #[arg(long)]
    out: PathBuf,
    /// Write JSON Lines files of about 64 MB instead of one .txt file per article.
    #[arg(long)]
    jsonl: bool,
    /// With --jsonl: this many articles per file instead of about 64 MB.
    #[arg(long, value_name = "K", requires = "jsonl")]
    docs_per_file: Option<usize>,
}

/// The size at which a JSON Lines file is closed and the next one begun.
const JSONL_FILE_BYTES: usize = 64_000_000;
/// Text files per subdirectory, so that no directory gets huge.
const FILES_PER_DIR: u64 = 1000;

/// One JSON Lines record, in the fields `skein build` reads.
#[derive(Serialize)]
struct Record<'d> {
    id: &'d str,
    title: Option<&'d str>,
    text: &'d str,
}

/// Where articles go: one text file each, or JSON Lines files.
trait Sink {
    fn write(&mut self, doc: &Document) -> Result<()>;
    /// Flushes everything; returns the number of files written.
    fn finish(self: Box<Self>) -> Result<u64>;
}

struct TextFiles {
    dir: PathBuf,
    written: u64,
}

impl Sink for TextFiles {
    fn write(&mut self, doc: &Document) -> Result<()> {
        let sub = self
            .dir
            .join(format!("{:03}", self.written / FILES_PER_DIR));
        if self.written % FILES_PER_DIR == 0 {
            fs::create_dir_all(&sub).with_context(|| format!("cannot create {}", sub.display()))?;
        }
        let path = sub.join(format!("{:07}.txt", self.written));
        fs::write(&path, &doc.text).with_context(|| format!("cannot write {}", path.display()))?;
        self.written += 1;
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<u64> {
        Ok(self.written)
    }
}

struct JsonLines {
    dir: PathBuf,
    docs_per_file: Option<usize>,
    current: Option<BufWriter<File>>,
    files: u64,
    /// Articles and bytes in the current file.
    docs: usize,
    bytes: usize,
}

impl JsonLines {
    fn is_full(&self) -> bool {
        match self.docs_per_file {
            Some(k) => self.docs >= k,
            None => self.bytes >= JSONL_FILE_BYTES,
        }
    }

    fn next_file(&mut self) -> Result<&mut BufWriter<File>> {
        if let Some(mut full) = self.current.take() {
            full.flush()?;
        }
        let path = self.dir.join(format!("part-{:04}.jsonl", self.files));
        let file =
            File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
        self.files += 1;
        (self.docs, self.bytes) = (0, 0);
        Ok(self.current.insert(BufWriter::new(file)))
    }
}

impl Sink for JsonLines {
    fn write(&mut self, doc: &Document) -> Result<()> {
        let line = serde_json::to_string(&Record {
            id: &doc.id,
            title: doc.title.as_deref(),
            text: &doc.text,
        })?;
        let out = match self.current.is_none() || self.is_full() {
            true => self.next_file()?,
            false => self.current.as_mut().expect("a file is open"),
        };
        writeln!(out, "{line}")?;
        self.docs += 1;
        self.bytes += line.len() + 1;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<u64> {
        if let Some(mut out) = self.current.take() {
            out.flush()?;
        }
        Ok(self.files)
    }
}

fn prepare(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    if fs::read_dir(dir)?.next().is_some() {
        bail!(
            "{} is not empty; choose a new directory so that corpora never mix",
            dir.display()
        );
    }
    Ok(())
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    if !(cli.megabytes > 0.0) {
        bail!("--megabytes must be positive");
    }
    prepare(&cli.out)?;
    let ontology =
        Ontology::embedded().context("the embedded ontology is broken; this is a bug in skein")?;
    let mut sink: Box<dyn Sink> = if cli.jsonl {
        Box::new(JsonLines {
            dir: cli.out.clone(),
            docs_per_file: cli.docs_per_file,
            current: None,
            files: 0,
            docs: 0,
            bytes: 0,
        })
    } else {
        Box::new(TextFiles {
            dir: cli.out.clone(),
            written: 0,
        })
    };
    let target = (cli.megabytes * 1e6) as u64;
    let (mut articles, mut bytes) = (0u64, 0u64);
    for doc in Generator::new(&ontology, cli.seed) {
        if bytes >= target {
            break;
        }
        sink.write(&doc)?;
        articles += 1;
        bytes += doc.text.len() as u64;
    }
    let files = sink.finish()?;
    eprintln!(
        "skein-gen: {articles} articles, {bytes} bytes of text in {files} files -> {}",
        cli.out.display()
    );
    Ok(())
}
