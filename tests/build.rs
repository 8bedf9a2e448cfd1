//! End-to-end tests of `skein build` on the fixture articles of
//! `tests/fixtures/` (see `tests/FIXTURES.md` for what each tests).

mod support;

use oxigraph::model::Term;
use support::{Graph, SK, build, fixture};

#[test]
fn two_people_sharing_a_surname_stay_two_people() {
    let (_dir, g) = build(&[fixture("surname_clash")]);
    let anna = g.entity("Anna Keller");
    let thomas = g.entity("Thomas Keller");
    assert_ne!(anna.iri, thomas.iri);
    assert!(anna.has_type("Person") && thomas.has_type("Person"));
    assert!(g.named("Keller").is_empty(), "no node for the bare surname");
    // The surname names both, so it identifies neither.
    assert!(!anna.aliases.contains("Keller") || !thomas.aliases.contains("Keller"));
    assert!(g.has_relation("Anna Keller", "leads", "Swiss Bankers Association"));
    assert!(g.has_relation("Thomas Keller", "memberOf", "Austria"));
    assert!(g.has_relation("Thomas Keller", "criticizes", "Hungary"));
    assert!(!g.has_relation("Anna Keller", "memberOf", "Austria"));
}

#[test]
fn one_entity_across_documents_by_acronym_and_by_surname() {
    let (_dir, g) = build(&[fixture("cross_doc")]);
    let who = g.entity("WHO");
    assert!(who.names().any(|n| n == "World Health Organization"));
    assert!(who.has_type("Organization"));
    let benali = g.entity("Mr Benali");
    assert_eq!(benali.label, "Farid Benali");
    assert!(benali.has_type("Person"));
    // Two documents mention them.
    let docs = g
        .literal(&benali.iri, &format!("{SK}documentCount"))
        .unwrap();
    assert_eq!(docs, "2");
    let reasons: Vec<String> = g
        .objects(&benali.iri, &format!("{SK}mergeReason"))
        .into_iter()
        .filter_map(|o| {
            if let Term::Literal(l) = o {
                Some(l.value().to_string())
            } else {
                None
            }
        })
        .collect();
    assert!(
        reasons.iter().any(|r| r.contains("only person")),
        "the surname merge is explained: {reasons:?}"
    );
}

#[test]
fn hypothetical_conditional_and_negated_statements_are_not_facts() {
    let (_dir, g) = build(&[fixture("hypothetical.txt")]);
    assert!(
        g.has_relation("Russia", "attacks", "Kharkiv"),
        "the attack that happened is kept"
    );
    assert!(g.has_relation("Rasa Dambrauskiene", "warns", "Russia"));
    assert!(g.has_relation("Rasa Dambrauskiene", "memberOf", "Lithuania"));
    assert!(
        !g.has_relation("Russia", "attacks", "Lithuania"),
        "'could attack' is hedged"
    );
    assert!(
        !g.relations()
            .iter()
            .any(|(s, p, _)| s == "Belarus" && (p == "attacks" || p == "threatens")),
        "negated"
    );
    assert!(
        !g.relations()
            .iter()
            .any(|(_, p, o)| p == "attacks" && o.contains("North Atlantic")),
        "conditional"
    );
}

#[test]
fn titles_bind_to_people_and_give_leads_and_member_of() {
    let (_dir, g) = build(&[fixture("titles.txt")]);
    assert!(g.has_relation("Nadim Sarrafi", "leads", "Iraq"));
    assert!(g.has_relation(
        "Karim Haddadi",
        "leads",
        "Organization of the Petroleum Exporting Countries"
    ));
    assert!(g.has_relation("Layla Dawoodi", "memberOf", "Iraq"));
    assert!(g.has_relation("Jalal Mahdawi", "criticizes", "Nadim Sarrafi"));
    assert!(g.has_symmetric("Nadim Sarrafi", "meetsWith", "Karim Haddadi"));
    // "the secretary-general" refers back to Haddadi; it is no person of its own.
    assert!(g.named("secretary-general").is_empty() && g.named("the secretary-general").is_empty());
    assert!(
        g.entity("Karim Haddadi")
            .aliases
            .contains("the secretary-general")
    );
    // "The former Iraqi prime minister" is not the current one.
    assert!(
        !g.entity("Nadim Sarrafi")
            .aliases
            .iter()
            .any(|a| a.to_lowercase().contains("former"))
    );
}

#[test]
fn acronyms_join_their_expansion_and_the_noun_they_are_called_by() {
    let (_dir, g) = build(&[fixture("acronyms.txt")]);
    let iaea = g.entity("IAEA");
    assert_eq!(iaea.label, "International Atomic Energy Agency");
    assert!(iaea.aliases.contains("the agency"), "{:?}", iaea.aliases);
    assert!(
        !g.has_name("who"),
        "a lower-case 'who' is a pronoun, not the WHO"
    );
}

#[test]
fn boilerplate_entities_never_reach_the_graph() {
    let (_dir, g) = build(&[fixture("boilerplate.txt")]);
    for furniture in [
        "Pinterest",
        "Facebook",
        "Estonia",
        "Bolt",
        "Siemens Energy",
        "Nokia",
    ] {
        assert!(
            !g.has_name(furniture),
            "{furniture} comes only from page furniture"
        );
    }
    assert!(g.has_name("Ghana"));
    assert!(g.has_name("International Monetary Fund"));
}

#[test]
fn capitals_and_seats_of_government_stand_for_their_country() {
    let (_dir, g) = build(&[fixture("metonymy.txt")]);
    assert!(
        g.has_relation("United States", "warns", "China"),
        "Washington warned Beijing"
    );
    let russia = g.entity("Russia");
    assert!(russia.aliases.contains("Kremlin"), "{:?}", russia.aliases);
    assert!(g.entity("Germany").aliases.contains("German"));
    assert!(
        g.named("Washington").is_empty(),
        "Washington acts as the government here, not as a city"
    );
}

#[test]
fn windows_line_endings_and_curly_quotes_are_read() {
    let (_dir, g) = build(&[fixture("crlf.txt")]);
    assert!(g.has_relation("Valentina Orrego", "memberOf", "Chile"));
    assert!(g.entities.values().all(|e| !e.label.contains('\r')));
}

#[test]
fn every_relation_has_reified_evidence_that_quotes_the_source() {
    let dir = fixture("");
    let (_out, g) = build(&[dir.clone()]);
    let statements = g.subjects_of_type("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement");
    assert_eq!(
        statements.len(),
        g.relations().len(),
        "one reified statement per relation"
    );
    let oa = "http://www.w3.org/ns/oa#";
    for annotation in g.subjects_of_type(&format!("{oa}SpecificResource")) {
        let source = g.objects(&annotation, &format!("{oa}hasSource"))[0].clone();
        let Term::NamedNode(source) = source else {
            panic!("source is an IRI")
        };
        let id = g
            .literal(source.as_str(), "https://schema.org/identifier")
            .unwrap();
        let text = std::fs::read_to_string(dir.join(&id)).unwrap();
        let selectors: Vec<String> = g
            .objects(&annotation, &format!("{oa}hasSelector"))
            .into_iter()
            .map(|s| {
                if let Term::NamedNode(n) = s {
                    n.as_str().to_string()
                } else {
                    panic!()
                }
            })
            .collect();
        let position = selectors.iter().find(|s| s.ends_with("#position")).unwrap();
        let quote = selectors.iter().find(|s| s.ends_with("#quote")).unwrap();
        let start: usize = g
            .literal(position, &format!("{oa}start"))
            .unwrap()
            .parse()
            .unwrap();
        let end: usize = g
            .literal(position, &format!("{oa}end"))
            .unwrap()
            .parse()
            .unwrap();
        let exact = g.literal(quote, &format!("{oa}exact")).unwrap();
        let slice: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(
            slice, exact,
            "character offsets of {annotation} select the quoted sentence"
        );
    }
}

#[test]
fn graphml_declares_typed_keys_and_labels_edges() {
    let (_dir, g) = build(&[fixture("titles.txt")]);
    let xml = &g.graphml;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut edge_ids = std::collections::HashSet::new();
    let mut edges = 0;
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Empty(e) | quick_xml::events::Event::Start(e) => {
                let attr = |name: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == name.as_bytes())
                        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                };
                match e.name().as_ref() {
                    b"key" => {
                        let t = attr("attr.type").unwrap();
                        assert!(
                            ["boolean", "int", "long", "float", "double", "string"]
                                .contains(&t.as_str()),
                            "{t}"
                        );
                    }
                    b"graph" => assert_eq!(attr("edgedefault").as_deref(), Some("directed")),
                    b"edge" => {
                        edges += 1;
                        assert!(edge_ids.insert(attr("id").unwrap()), "edge ids are unique");
                        assert!(
                            attr("label").is_some(),
                            "the predicate is the edge's label attribute"
                        );
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_eq!(edges, g.relations().len());
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let (_a, first) = build(&[fixture("")]);
    let (_b, second) = build(&[fixture("")]);
    assert_eq!(first.ttl, second.ttl);
    assert_eq!(first.graphml, second.graphml);
}

#[test]
fn graph_read_back_has_entities() {
    let (_dir, g) = build(&[fixture("surname_clash/a.txt")]);
    assert!(!g.entities.is_empty());
    let _: &Graph = &g;
}

#[test]
fn the_example_corpus_reads_as_its_expectations_say() {
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let (_dir, g) = build(&[examples]);
    for (s, p, o) in [
        ("Ingrid Vassbotn", "leads", "Norway"),
        ("Norway", "sharesWith", "European Union"),
        ("Lucia Tavernaro", "memberOf", "European Union"),
        ("Tomas Brandt", "leads", "International Energy Agency"),
        ("Dorota Lisiecka", "warns", "Russia"),
        ("Oksana Myrnenko", "urges", "Norway"),
        ("Germany", "supports", "Oslo Storage Accord"),
        ("Norway", "memberOf", "North Atlantic Treaty Organization"),
        ("Russia", "atWarWith", "Ukraine"),
    ] {
        assert!(
            g.has_relation(s, p, o),
            "{s} {p} {o} missing from {:?}",
            g.relations()
        );
    }
    // Two Brandts: the IEA's director and a Danish diplomat.
    assert!(g.entity("Tomas Brandt").has_type("Person"));
    assert!(g.entity("Erik Brandt").has_type("Person"));
    // A byline naming a person and an agency is two entities.
    assert!(g.entity("Martina Vask").has_type("Person"));
    assert!(g.entity("The Associated Press").has_type("Media"));
    // "if Moscow attacked Norwegian pipelines" is a condition, not an attack.
    assert!(!g.has_relation("Russia", "attacks", "Norway"));
}
