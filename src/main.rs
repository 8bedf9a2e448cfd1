//! The `skein` command line.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use skein::export::{self, ExportOptions, Format};
use skein::ingest::{self, Input, Warning};
use skein::ontology::Ontology;
use skein::pipeline;

#[derive(Parser)]
#[command(name = "skein", version, about = "News articles in, a resolved knowledge graph out.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the knowledge graph of a set of articles.
    Build(BuildArgs),
    /// Show how one article is read: sentences, mentions, entities, relations.
    Explain(ExplainArgs),
}

#[derive(Args)]
struct ExplainArgs {
    /// The article file.
    article: PathBuf,
    /// Use this ontology folder instead of the embedded one.
    #[arg(long, value_name = "DIR")]
    ontology: Option<PathBuf>,
}

#[derive(Args)]
struct BuildArgs {
    /// Article files, directories (read recursively) or `-` for standard input.
    #[arg(required = true)]
    articles: Vec<String>,
    /// Output directory (created if missing).
    #[arg(short, long, default_value = "out")]
    output: PathBuf,
    /// Base IRI for the entities, documents and statements skein mints.
    #[arg(long, default_value = export::DEFAULT_BASE)]
    base: String,
    /// Use this ontology folder instead of the embedded one.
    #[arg(long, value_name = "DIR")]
    ontology: Option<PathBuf>,
    /// Output formats, comma-separated: ttl, graphml.
    #[arg(long, value_delimiter = ',', default_values_t = vec!["ttl".to_string(), "graphml".to_string()])]
    format: Vec<String>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// No progress bar, no summary; warnings only.
    #[arg(short, long)]
    quiet: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
        Command::Explain(args) => explain(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn load_ontology(dir: Option<&PathBuf>) -> Result<Ontology> {
    match dir {
        Some(d) => Ontology::from_dir(d).with_context(|| format!("cannot load the ontology folder {}", d.display())),
        None => Ontology::embedded().context("the embedded ontology is broken; this is a bug in skein"),
    }
}

fn report(warning: &Warning) {
    eprintln!("warning: {warning}");
}

fn build(args: BuildArgs) -> Result<ExitCode> {
    let started = Instant::now();
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().context("cannot start the worker threads")?;
    }
    let formats = args.format.iter().map(|f| Format::parse(f)).collect::<Result<Vec<_>, _>>()?;
    let options = ExportOptions { base: args.base.clone() };
    export::check_base(&options.base)?;
    let ontology = load_ontology(args.ontology.as_ref())?;

    let inputs: Vec<Input> = args.articles.iter().map(|a| Input::parse(a)).collect();
    let paths: Vec<PathBuf> =
        inputs.iter().filter_map(|i| if let Input::Path(p) = i { Some(p.clone()) } else { None }).collect();
    let mut warnings = Vec::new();
    let files = ingest::discover(&paths, &mut warnings);
    warnings.iter().for_each(report);
    let stdin = inputs.contains(&Input::Stdin);
    if files.is_empty() && !stdin {
        bail!("no article found in {}; skein reads .txt, .md, .html, .json and .jsonl files", args.articles.join(" "));
    }

    let total: u64 = files.iter().filter_map(|f| std::fs::metadata(&f.path).ok()).map(|m| m.len()).sum();
    let bar = progress_bar(total, args.quiet);
    let mut stdin_docs = if stdin {
        let mut w = Vec::new();
        let docs = ingest::read_stdin(&mut w);
        w.iter().for_each(report);
        docs
    } else {
        vec![]
    };
    stdin_docs.sort_by(|a, b| a.id.cmp(&b.id));
    let documents = stdin_docs.into_iter().chain(files.iter().flat_map(|f| {
        let mut w = Vec::new();
        let docs = ingest::read_file(f, &mut w);
        for warning in &w {
            bar.suspend(|| report(warning));
        }
        docs
    }));
    let graph = pipeline::build(documents, &ontology, |p| bar.set_position(p.bytes));
    bar.finish_and_clear();

    if graph.documents.is_empty() {
        bail!("none of the inputs held a usable article; nothing was written");
    }
    let written = export::write_all(&graph, &ontology, &args.output, &formats, &options)?;
    if !args.quiet {
        let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
        eprintln!(
            "skein: {} documents, {} mentions, {} entities, {} relations in {:.2} s -> {}",
            graph.documents.len(),
            graph.mention_count(),
            graph.graph.node_count(),
            graph.graph.edge_count(),
            started.elapsed().as_secs_f64(),
            names.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn explain(args: ExplainArgs) -> Result<ExitCode> {
    let ontology = load_ontology(args.ontology.as_ref())?;
    let mut warnings = Vec::new();
    let files = ingest::discover(std::slice::from_ref(&args.article), &mut warnings);
    let docs: Vec<_> = files.iter().flat_map(|f| ingest::read_file(f, &mut warnings)).collect();
    warnings.iter().for_each(report);
    if docs.is_empty() {
        bail!("{}: no article to explain", args.article.display());
    }
    for doc in &docs {
        println!("== {}\n{}", doc.id, pipeline::explain(doc, &ontology));
    }
    Ok(ExitCode::SUCCESS)
}

fn progress_bar(total: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec})")
            .expect("valid template"),
    );
    bar
}
