//! The `skein` command line.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use skein::export::{self, ExportOptions, Format};
use skein::ingest::{self, Document, Input, InputFile, Warning};
use skein::ontology::Ontology;
use skein::pipeline::{self, BuildOptions};
use skein::query::{Dataset, QueryError, ResultFormat};
use skein::stats::{Network, Report};

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "skein",
    version,
    about = "News articles in, a resolved knowledge graph out."
)]
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
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on a built graph.
    Query(QueryArgs),
    /// Report the shape of a graph: counts, components, centralities, communities, duplicates.
    Stats(StatsArgs),
}

#[derive(Args)]
struct QueryArgs {
    /// The graph: an output directory of `skein build`, or a .ttl, .nt or .jsonld file.
    graph: PathBuf,
    /// The SPARQL query; or give a file with -f.
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    query: Option<String>,
    /// Read the query from this file.
    #[arg(short, long, value_name = "QUERY.rq")]
    file: Option<PathBuf>,
    /// Result format: table, csv, tsv, json, xml (SELECT, ASK); ttl, nt (CONSTRUCT, DESCRIBE).
    #[arg(long, default_value = "table")]
    format: String,
    /// Stop a query that runs longer than this many seconds (0: never).
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    timeout: f64,
    /// Use this ontology folder instead of the embedded one.
    #[arg(long, value_name = "DIR")]
    ontology: Option<PathBuf>,
}

#[derive(Args)]
struct StatsArgs {
    /// A built graph (an output directory, or a .ttl, .nt, .jsonld or .graphml
    /// file), or articles (files or a folder) to build in memory first.
    graph: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Use this ontology folder instead of the embedded one.
    #[arg(long, value_name = "DIR")]
    ontology: Option<PathBuf>,
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
    /// Output formats, comma-separated: ttl, nt, jsonld, graphml, gexf.
    #[arg(long, value_delimiter = ',', default_values_t = vec!["ttl".to_string(), "graphml".to_string(), "gexf".to_string()])]
    format: Vec<String>,
    /// Also write co-occurrence edges (entities named in one sentence, weighted by sentences) as sk:coOccursWith.
    #[arg(long)]
    cooccurrence: bool,
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
        Command::Query(args) => query(args),
        Command::Stats(args) => stats(args),
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
        Some(d) => Ontology::from_dir(d)
            .with_context(|| format!("cannot load the ontology folder {}", d.display())),
        None => {
            Ontology::embedded().context("the embedded ontology is broken; this is a bug in skein")
        }
    }
}

fn report(warning: &Warning) {
    eprintln!("warning: {warning}");
}

fn build(args: BuildArgs) -> Result<ExitCode> {
    let started = Instant::now();
    // The whole build runs inside the pool, the serial steps (reading, the
    // fold, the merge) included, so that `--threads N` means N threads.
    let threads = args.threads.map_or(0, |n| n.max(1));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start the worker threads")?;
    pool.install(|| build_in_pool(args, started))
}

fn build_in_pool(args: BuildArgs, started: Instant) -> Result<ExitCode> {
    let formats = args
        .format
        .iter()
        .map(|f| Format::parse(f))
        .collect::<Result<Vec<_>, _>>()?;
    let options = ExportOptions {
        base: args.base.clone(),
    };
    export::check_base(&options.base)?;

    let inputs: Vec<Input> = args.articles.iter().map(|a| Input::parse(a)).collect();
    let paths: Vec<PathBuf> = inputs
        .iter()
        .filter_map(|i| {
            if let Input::Path(p) = i {
                Some(p.clone())
            } else {
                None
            }
        })
        .collect();
    // The input files are listed and sized while the ontology loads: both
    // come before the first document, and a file costs a few system calls.
    let (ontology, (files, total, warnings)) = rayon::join(
        || load_ontology(args.ontology.as_ref()),
        || {
            let mut warnings = Vec::new();
            let files = ingest::discover(&paths, &mut warnings);
            let total: u64 = files
                .iter()
                .filter_map(|f| std::fs::metadata(&f.path).ok())
                .map(|m| m.len())
                .sum();
            (files, total, warnings)
        },
    );
    let ontology = ontology?;
    warnings.iter().for_each(report);
    let stdin = inputs.contains(&Input::Stdin);
    if files.is_empty() && !stdin {
        bail!(
            "no article found in {}; skein reads .txt, .md, .html, .json and .jsonl files",
            args.articles.join(" ")
        );
    }

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
    let documents = stdin_docs.into_iter().chain(read_documents(&files, &bar));
    let build_options = BuildOptions {
        cooccurrence: args.cooccurrence,
    };
    let graph = pipeline::build_with(documents, &ontology, build_options, |p| {
        bar.set_position(p.bytes)
    });
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
    // The process ends here, and the system takes its memory back at once:
    // freeing the graph piece by piece would only add a serial tail (a tenth
    // of a second for 100 MB of news).
    std::mem::forget(graph);
    Ok(ExitCode::SUCCESS)
}

/// The documents of `files`, read one file at a time; warnings are reported
/// above the progress bar as they come.
fn read_documents<'a>(
    files: &'a [InputFile],
    bar: &'a ProgressBar,
) -> impl Iterator<Item = Document> + 'a {
    files.iter().flat_map(move |f| {
        ingest::read_file_parts(f).flat_map(move |(docs, warnings)| {
            for warning in &warnings {
                bar.suspend(|| report(warning));
            }
            docs
        })
    })
}

fn query(args: QueryArgs) -> Result<ExitCode> {
    let format = ResultFormat::parse(&args.format)?;
    let (text, source) = match (&args.query, &args.file) {
        (Some(q), _) => (q.clone(), "the query".to_string()),
        (None, Some(f)) => {
            let text = std::fs::read_to_string(f)
                .with_context(|| format!("{}: cannot read the query file", f.display()))?;
            (text, f.display().to_string())
        }
        (None, None) => bail!("give a query, or a query file with -f"),
    };
    let ontology = load_ontology(args.ontology.as_ref())?;
    let dataset = Dataset::load(&args.graph, &ontology)?;
    let timeout = (args.timeout > 0.0).then(|| Duration::from_secs_f64(args.timeout));
    match dataset.run(&text, format, timeout) {
        Ok(results) => {
            std::io::stdout()
                .lock()
                .write_all(&results)
                .context("cannot write the results")?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e @ QueryError::Syntax { .. }) => {
            eprintln!("error: {source}: {e}");
            if let QueryError::Syntax {
                line: Some(line),
                column: Some(column),
                ..
            } = e
            {
                show_position(&text, line, column);
            }
            Ok(ExitCode::from(2))
        }
        Err(e) => Err(e.into()),
    }
}

/// The query line a syntax error is on, with a caret under the column.
fn show_position(text: &str, line: usize, column: usize) {
    if let Some(content) = text.lines().nth(line.saturating_sub(1)) {
        let gutter = line.to_string();
        eprintln!("  {gutter} | {content}");
        eprintln!(
            "  {} | {}^",
            " ".repeat(gutter.len()),
            " ".repeat(column.saturating_sub(1))
        );
    }
}

fn stats(args: StatsArgs) -> Result<ExitCode> {
    let ontology = load_ontology(args.ontology.as_ref())?;
    let network = match export::graph_file(&args.graph) {
        Some(file) => export::read(&file, &ontology)?,
        None => network_of_articles(&args.graph, &ontology)?,
    };
    let report = Report::new(&network);
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).context("cannot write the report as JSON")?
        );
    } else {
        print!("{report}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Builds the graph of the articles at `path` in memory.
fn network_of_articles(path: &Path, ontology: &Ontology) -> Result<Network> {
    let mut warnings = Vec::new();
    let files = ingest::discover(&[path.to_path_buf()], &mut warnings);
    warnings.iter().for_each(report);
    if files.is_empty() {
        bail!(
            "{}: neither a built graph (graph.ttl, graph.nt, graph.jsonld, graph.graphml) nor articles (.txt, .md, .html, .json, .jsonl)",
            path.display()
        );
    }
    let bar = progress_bar(0, true);
    let graph = pipeline::build(read_documents(&files, &bar), ontology, |_| {});
    if graph.documents.is_empty() {
        bail!("{}: none of the articles was usable", path.display());
    }
    Ok(Network::from_graph(&graph, ontology))
}

fn explain(args: ExplainArgs) -> Result<ExitCode> {
    let ontology = load_ontology(args.ontology.as_ref())?;
    let mut warnings = Vec::new();
    let files = ingest::discover(std::slice::from_ref(&args.article), &mut warnings);
    let docs: Vec<_> = files
        .iter()
        .flat_map(|f| ingest::read_file(f, &mut warnings))
        .collect();
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
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec})",
        )
        .expect("valid template"),
    );
    bar
}
