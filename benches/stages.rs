//! Throughput of every stage, in bytes of article text per second.
//!
//! About 4 MB of synthetic news (`skein::corpusgen`, seed 1) is generated
//! once; each stage is then timed over the whole corpus on the outputs of the
//! stages before it, computed once beforehand, so that a figure is the cost
//! of that stage alone. The graph and export benchmarks count the same input
//! bytes, so every line reads as "MB of news per second through this step".
//! Single thread throughout: `bench/run.sh` measures the whole binary on one
//! and two threads.
//!
//! `cargo bench` runs everything in about three minutes on two cores;
//! `cargo bench -- resolve` runs one stage.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

use oxigraph::io::RdfFormat;
use skein::clean::{self, Line};

use skein::export::{
    ExportInput, ExportOptions, Exporter, gexf::Gexf, graphml::GraphMl, turtle::Rdf,
};
use skein::graph::{DocContribution, GraphBuilder, KnowledgeGraph};
use skein::ingest::Document;
use skein::mentions::{self, Mention};
use skein::ontology::Ontology;
use skein::resolve::document::{self as resolve_document, Resolution};
use skein::segment::{self, Segmented};
use skein::{corpusgen, pipeline, relations};

const CORPUS_BYTES: usize = 4_000_000;
const SEED: u64 = 1;

/// The corpus and what each stage makes of it.
struct Prepared {
    ontology: Ontology,
    docs: Vec<Document>,
    bytes: u64,
    lines: Vec<Vec<Line>>,
    segmented: Vec<Segmented>,
    mentions: Vec<Vec<Mention>>,
    resolutions: Vec<Resolution>,
    contributions: Vec<DocContribution>,
    graph: KnowledgeGraph,
}

impl Prepared {
    fn new() -> Prepared {
        // The graph's finish, the node measures and the Turtle writer run on
        // rayon's pool; one thread keeps every figure a one-thread figure.
        rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build_global()
            .expect("the global pool is set up once, here");
        let ontology = Ontology::embedded().expect("embedded ontology");
        let docs = corpusgen::generate(&ontology, SEED, CORPUS_BYTES);
        let bytes = docs.iter().map(|d| d.text.len() as u64).sum();
        let lexicon = &ontology.lexicon;
        let lines: Vec<Vec<Line>> = docs
            .iter()
            .map(|d| clean::clean(&d.text, lexicon))
            .collect();
        let segmented: Vec<Segmented> = docs
            .iter()
            .zip(&lines)
            .map(|(d, l)| segment::segment(&d.text, l, lexicon))
            .collect();
        let mentions: Vec<Vec<Mention>> = docs
            .iter()
            .zip(&segmented)
            .map(|(d, s)| mentions::find_mentions(&d.text, s, lexicon))
            .collect();
        let resolutions: Vec<Resolution> = (0..docs.len())
            .map(|i| resolve_document::resolve(&docs[i].text, &segmented[i], &mentions[i], lexicon))
            .collect();
        let contributions: Vec<DocContribution> = docs
            .iter()
            .map(|d| pipeline::analyze(d, &ontology))
            .collect();
        let graph = fold(contributions.clone(), &ontology);
        Prepared {
            ontology,
            docs,
            bytes,
            lines,
            segmented,
            mentions,
            resolutions,
            contributions,
            graph,
        }
    }
}

fn fold(contributions: Vec<DocContribution>, ontology: &Ontology) -> KnowledgeGraph {
    let mut builder = GraphBuilder::new();
    for c in contributions {
        builder.add(c);
    }
    builder.finish(ontology)
}

fn stages(c: &mut Criterion) {
    let p = Prepared::new();
    let lexicon = &p.ontology.lexicon;
    let docs = &p.docs;
    let mut group = c.benchmark_group("stages");
    group
        .throughput(Throughput::BytesDecimal(p.bytes))
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));

    group.bench_function("clean", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| clean::clean(&d.text, lexicon).len())
                .sum::<usize>()
        })
    });
    group.bench_function("segment", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&p.lines)
                .map(|(d, l)| {
                    segment::segment(&d.text, l, &p.ontology.lexicon)
                        .tokens
                        .len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("mentions", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&p.segmented)
                .map(|(d, s)| mentions::find_mentions(&d.text, s, lexicon).len())
                .sum::<usize>()
        })
    });
    group.bench_function("resolve", |b| {
        b.iter(|| {
            (0..docs.len())
                .map(|i| {
                    resolve_document::resolve(
                        &docs[i].text,
                        &p.segmented[i],
                        &p.mentions[i],
                        lexicon,
                    )
                    .entities
                    .len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("relations", |b| {
        b.iter(|| {
            (0..docs.len())
                .map(|i| {
                    relations::extract(
                        &docs[i].text,
                        &p.segmented[i],
                        &p.mentions[i],
                        &p.resolutions[i],
                        &p.ontology,
                    )
                    .len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("analyze", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| pipeline::analyze(d, &p.ontology).relations.len())
                .sum::<usize>()
        })
    });
    group.bench_function("graph", |b| {
        b.iter_batched(
            || p.contributions.clone(),
            |c| fold(c, &p.ontology),
            BatchSize::PerIteration,
        )
    });
    // The node measures (degree, PageRank, betweenness, Louvain) are computed
    // once per build for the GraphML and GEXF files; timed apart from the
    // writers, which then read them from a prepared input.
    group.bench_function("measures", |b| {
        b.iter(|| {
            ExportInput::new(&p.graph, &p.ontology)
                .measures()
                .betweenness
                .len()
        })
    });
    let input = ExportInput::new(&p.graph, &p.ontology);
    black_box(input.measures());
    let turtle = Rdf::new(RdfFormat::Turtle, ExportOptions::default());
    group.bench_function("export_turtle", |b| {
        b.iter(|| turtle.write(&input, &mut std::io::sink()))
    });
    group.bench_function("export_graphml", |b| {
        b.iter(|| GraphMl.write(&input, &mut std::io::sink()))
    });
    group.bench_function("export_gexf", |b| {
        b.iter(|| Gexf.write(&input, &mut std::io::sink()))
    });
    group.finish();
    black_box(p);
}

criterion_group!(benches, stages);
criterion_main!(benches);
