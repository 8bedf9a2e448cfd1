//! The ontology: entity classes, relation properties and the lexicons.
//!
//! Everything skein knows about the world is read from the files of the
//! `ontology/` folder: `skein.ttl` (classes and relation properties),
//! `shapes.ttl` (SHACL shapes of the output) and the lexicons under `lexicon/`.
//! The binary embeds that folder; [`Ontology::from_dir`] reads another copy.
//!
//! Entity classes are fixed (the heuristics reason about people, places and
//! organisations), relation properties are not: any `owl:ObjectProperty` that
//! is `rdfs:subPropertyOf sk:relatedTo` is a relation type, and the cues of
//! `lexicon/cues.tsv` that name it make skein extract it.

mod lexicon;
mod trie;
mod tsv;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use serde::Serialize;

pub use lexicon::{
    Cue, CueFrame, CuePos, FormKind, LexEntry, LexForm, LexId, LexMatch, Lexicon, Modality, Role,
    Sector, WordClass,
};

/// The fixed entity classes. Their IRIs and alignments come from `skein.ttl`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    Person,
    Organization,
    Media,
    Group,
    Country,
    City,
    Location,
    Event,
    Agreement,
}

impl EntityType {
    /// Every entity type, in the canonical order used for output.
    pub const ALL: [EntityType; 9] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Media,
        EntityType::Group,
        EntityType::Country,
        EntityType::City,
        EntityType::Location,
        EntityType::Event,
        EntityType::Agreement,
    ];

    /// The local name of the class in `skein.ttl` (`Person`).
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Person => "Person",
            EntityType::Organization => "Organization",
            EntityType::Media => "Media",
            EntityType::Group => "Group",
            EntityType::Country => "Country",
            EntityType::City => "City",
            EntityType::Location => "Location",
            EntityType::Event => "Event",
            EntityType::Agreement => "Agreement",
        }
    }

    /// Parses a class local name (`Person`).
    pub fn parse(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The coarse class entities are merged within: a person never merges with
    /// a place of the same name, but an organisation typed Media in one
    /// article and Organization in another does.
    pub fn family(self) -> TypeFamily {
        match self {
            EntityType::Person => TypeFamily::Person,
            EntityType::Organization | EntityType::Media | EntityType::Group => TypeFamily::Agent,
            EntityType::Country | EntityType::City | EntityType::Location => TypeFamily::Place,
            EntityType::Event => TypeFamily::Event,
            EntityType::Agreement => TypeFamily::Agreement,
        }
    }

    /// Can an entity of this type act: speak, lead, share, attack?
    pub fn is_agent(self) -> bool {
        matches!(
            self,
            EntityType::Person
                | EntityType::Organization
                | EntityType::Media
                | EntityType::Group
                | EntityType::Country
        )
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Coarse classes of entity types; see [`EntityType::family`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeFamily {
    Person,
    Agent,
    Place,
    Event,
    Agreement,
}

/// Index of a relation property in [`Ontology::properties`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct PredicateId(pub u16);

/// An entity class of the ontology.
#[derive(Clone, Debug)]
pub struct Class {
    pub entity_type: EntityType,
    pub iri: String,
    pub label: String,
    /// `owl:equivalentClass` targets (schema.org), written as extra `rdf:type`s.
    pub equivalents: Vec<String>,
}

/// A relation property of the ontology.
#[derive(Clone, Debug)]
pub struct Property {
    pub id: PredicateId,
    /// Local name (`sharesWith`): the name used in cues, GraphML and stats.
    pub name: String,
    pub iri: String,
    pub label: String,
    pub comment: String,
    pub symmetric: bool,
    pub domain: BTreeSet<EntityType>,
    pub range: BTreeSet<EntityType>,
}

impl Property {
    /// May a relation of this property link these two types?
    pub fn admits(&self, subject: EntityType, object: EntityType) -> bool {
        self.domain.contains(&subject) && self.range.contains(&object)
    }
}

/// Errors reading the ontology folder.
#[derive(Debug, thiserror::Error)]
pub enum OntologyError {
    #[error("{file}:{line}: {message}")]
    Malformed {
        file: String,
        line: usize,
        message: String,
    },
    #[error(
        "{path}: cannot read the ontology file ({source}); a custom ontology folder needs every file of the default one (copy `ontology/` and edit it)"
    )]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
}

macro_rules! ontology_files {
    ($($name:literal),* $(,)?) => {
        /// The files of an ontology folder, relative to its root.
        pub const FILES: &[&str] = &[$($name),*];
        /// The ontology folder as compiled into the binary.
        const EMBEDDED: &[(&str, &str)] = &[
            $(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/", $name)))),*
        ];
    };
}

ontology_files!(
    "skein.ttl",
    "shapes.ttl",
    "lexicon/countries.tsv",
    "lexicon/places.tsv",
    "lexicon/cities.tsv",
    "lexicon/organizations.tsv",
    "lexicon/media.tsv",
    "lexicon/roles.tsv",
    "lexicon/honorifics.txt",
    "lexicon/portfolios.txt",
    "lexicon/given_names.txt",
    "lexicon/common_words.txt",
    "lexicon/stop_names.txt",
    "lexicon/common_acronyms.txt",
    "lexicon/designators.tsv",
    "lexicon/nominals.tsv",
    "lexicon/groups.tsv",
    "lexicon/cues.tsv",
    "lexicon/modality.tsv",
    "lexicon/boilerplate.tsv",
    "lexicon/spelling.tsv",
);

/// The loaded ontology: classes, relation properties and lexicons.
#[derive(Debug)]
pub struct Ontology {
    /// The ontology namespace (`https://w3id.org/skein/ontology#`).
    pub namespace: String,
    pub classes: Vec<Class>,
    pub properties: Vec<Property>,
    pub lexicon: Lexicon,
    /// The text of `skein.ttl`, so that queries can load the schema too.
    pub schema_turtle: String,
    /// The text of `shapes.ttl`.
    pub shapes_turtle: String,
}

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDF_FIRST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
const RDF_REST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const RDFS_COMMENT: &str = "http://www.w3.org/2000/01/rdf-schema#comment";
const RDFS_DOMAIN: &str = "http://www.w3.org/2000/01/rdf-schema#domain";
const RDFS_RANGE: &str = "http://www.w3.org/2000/01/rdf-schema#range";
const RDFS_SUBCLASS: &str = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
const RDFS_SUBPROPERTY: &str = "http://www.w3.org/2000/01/rdf-schema#subPropertyOf";
const OWL_CLASS: &str = "http://www.w3.org/2002/07/owl#Class";
const OWL_OBJECT_PROPERTY: &str = "http://www.w3.org/2002/07/owl#ObjectProperty";
const OWL_SYMMETRIC: &str = "http://www.w3.org/2002/07/owl#SymmetricProperty";
const OWL_EQUIVALENT_CLASS: &str = "http://www.w3.org/2002/07/owl#equivalentClass";
const OWL_UNION_OF: &str = "http://www.w3.org/2002/07/owl#unionOf";

impl Ontology {
    /// The ontology compiled into the binary.
    pub fn embedded() -> Result<Ontology, OntologyError> {
        Ontology::load(|name| {
            EMBEDDED
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, text)| (*text).to_string())
                .ok_or_else(|| OntologyError::Invalid {
                    file: name.to_string(),
                    message: "not embedded".into(),
                })
        })
    }

    /// Reads an ontology folder laid out like the default `ontology/`.
    pub fn from_dir(dir: &Path) -> Result<Ontology, OntologyError> {
        Ontology::load(|name| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|source| OntologyError::Io { path, source })
        })
    }

    /// The text of a file of the embedded ontology (`skein.ttl`), for users
    /// who want to start their own copy.
    pub fn embedded_file(name: &str) -> Option<&'static str> {
        EMBEDDED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
    }

    fn load(
        read: impl Fn(&str) -> Result<String, OntologyError>,
    ) -> Result<Ontology, OntologyError> {
        let schema_turtle = read("skein.ttl")?;
        let shapes_turtle = read("shapes.ttl")?;
        check_turtle("shapes.ttl", &shapes_turtle)?;
        let schema = Schema::parse("skein.ttl", &schema_turtle)?;
        let (namespace, classes) = schema.classes()?;
        let properties = schema.properties(&namespace, &classes)?;
        let mut files = HashMap::new();
        for name in FILES.iter().filter(|n| n.starts_with("lexicon/")) {
            files.insert(*name, read(name)?);
        }
        let lexicon = Lexicon::parse(&files, &properties)?;
        Ok(Ontology {
            namespace,
            classes,
            properties,
            lexicon,
            schema_turtle,
            shapes_turtle,
        })
    }

    /// The class of an entity type.
    pub fn class(&self, t: EntityType) -> &Class {
        self.classes
            .iter()
            .find(|c| c.entity_type == t)
            .expect("every entity type has a class")
    }

    /// A relation property by its local name (`sharesWith`).
    pub fn property(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|p| p.name == name)
    }

    /// The relation property with this id.
    pub fn predicate(&self, id: PredicateId) -> &Property {
        &self.properties[id.0 as usize]
    }
}

fn check_turtle(file: &str, text: &str) -> Result<(), OntologyError> {
    for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes()) {
        quad.map_err(|e| turtle_error(file, &e))?;
    }
    Ok(())
}

fn turtle_error(file: &str, error: &oxigraph::io::RdfSyntaxError) -> OntologyError {
    let line = error.location().map(|l| l.start.line as usize + 1);
    OntologyError::Malformed {
        file: file.to_string(),
        line: line.unwrap_or(1),
        message: error.to_string(),
    }
}

/// `skein.ttl` as subject → predicate → objects, in file order.
struct Schema {
    file: &'static str,
    triples: BTreeMap<String, Vec<(String, Term)>>,
}

impl Schema {
    fn parse(file: &'static str, text: &str) -> Result<Schema, OntologyError> {
        let mut triples: BTreeMap<String, Vec<(String, Term)>> = BTreeMap::new();
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes()) {
            let quad = quad.map_err(|e| turtle_error(file, &e))?;
            let subject = match quad.subject {
                NamedOrBlankNode::NamedNode(n) => n.into_string(),
                NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
                #[allow(unreachable_patterns)]
                _ => continue,
            };
            triples
                .entry(subject)
                .or_default()
                .push((quad.predicate.into_string(), quad.object));
        }
        Ok(Schema { file, triples })
    }

    fn objects<'a>(
        &'a self,
        subject: &str,
        predicate: &'a str,
    ) -> impl Iterator<Item = &'a Term> + 'a {
        self.triples
            .get(subject)
            .into_iter()
            .flatten()
            .filter(move |(p, _)| p == predicate)
            .map(|(_, o)| o)
    }

    fn iri_objects<'a>(
        &'a self,
        subject: &str,
        predicate: &'a str,
    ) -> impl Iterator<Item = String> + 'a {
        self.objects(subject, predicate).filter_map(term_id)
    }

    fn has_type(&self, subject: &str, class: &str) -> bool {
        self.iri_objects(subject, RDF_TYPE).any(|t| t == class)
    }

    fn literal(&self, subject: &str, predicate: &str) -> String {
        self.objects(subject, predicate)
            .find_map(|o| match o {
                Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            })
            .unwrap_or_default()
    }

    fn invalid(&self, message: String) -> OntologyError {
        OntologyError::Invalid {
            file: self.file.to_string(),
            message,
        }
    }

    /// The namespace and the class of every entity type.
    fn classes(&self) -> Result<(String, Vec<Class>), OntologyError> {
        let person = self
            .triples
            .keys()
            .find(|s| local_name(s) == "Person" && self.has_type(s, OWL_CLASS))
            .ok_or_else(|| {
                self.invalid(
                    "no owl:Class named Person; the entity classes fix the namespace".into(),
                )
            })?;
        let namespace = person[..person.len() - "Person".len()].to_string();
        let mut classes = Vec::new();
        for t in EntityType::ALL {
            let iri = format!("{namespace}{}", t.name());
            if !self.has_type(&iri, OWL_CLASS) {
                return Err(self.invalid(format!(
                    "the entity class <{iri}> must be declared as an owl:Class"
                )));
            }
            let equivalents = self.iri_objects(&iri, OWL_EQUIVALENT_CLASS).collect();
            let label = self.literal(&iri, RDFS_LABEL);
            classes.push(Class {
                entity_type: t,
                iri,
                label,
                equivalents,
            });
        }
        Ok((namespace, classes))
    }

    /// Every entity type that is `class` or one of its subclasses or union members.
    fn types_of(&self, class: &str, classes: &[Class], depth: usize) -> BTreeSet<EntityType> {
        let mut out = BTreeSet::new();
        if depth > 16 {
            return out;
        }
        for c in classes {
            if self.is_subclass(&c.iri, class, 0) {
                out.insert(c.entity_type);
            }
        }
        for list in self.iri_objects(class, OWL_UNION_OF) {
            for member in self.rdf_list(&list) {
                out.extend(self.types_of(&member, classes, depth + 1));
            }
        }
        out
    }

    fn is_subclass(&self, class: &str, ancestor: &str, depth: usize) -> bool {
        class == ancestor
            || (depth < 16
                && self
                    .iri_objects(class, RDFS_SUBCLASS)
                    .any(|p| self.is_subclass(&p, ancestor, depth + 1)))
    }

    fn rdf_list(&self, head: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut node = head.to_string();
        while out.len() < 64 {
            let Some(first) = self.iri_objects(&node, RDF_FIRST).next() else {
                break;
            };
            out.push(first);
            match self.iri_objects(&node, RDF_REST).next() {
                Some(rest) => node = rest,
                None => break,
            }
        }
        out
    }

    /// Every relation property: an owl:ObjectProperty below `sk:relatedTo`.
    fn properties(
        &self,
        namespace: &str,
        classes: &[Class],
    ) -> Result<Vec<Property>, OntologyError> {
        let root = format!("{namespace}relatedTo");
        let mut properties = Vec::new();
        for iri in self.triples.keys() {
            if !self.has_type(iri, OWL_OBJECT_PROPERTY)
                || !self.iri_objects(iri, RDFS_SUBPROPERTY).any(|p| p == root)
            {
                continue;
            }
            let domain: BTreeSet<_> = self
                .iri_objects(iri, RDFS_DOMAIN)
                .flat_map(|c| self.types_of(&c, classes, 0))
                .collect();
            let range: BTreeSet<_> = self
                .iri_objects(iri, RDFS_RANGE)
                .flat_map(|c| self.types_of(&c, classes, 0))
                .collect();
            if domain.is_empty() || range.is_empty() {
                return Err(self.invalid(format!(
                    "the relation <{iri}> needs an rdfs:domain and an rdfs:range among the entity classes"
                )));
            }
            properties.push(Property {
                id: PredicateId(properties.len() as u16),
                name: local_name(iri).to_string(),
                iri: iri.clone(),
                label: self.literal(iri, RDFS_LABEL),
                comment: self.literal(iri, RDFS_COMMENT),
                symmetric: self.has_type(iri, OWL_SYMMETRIC),
                domain,
                range,
            });
        }
        if properties.is_empty() {
            return Err(self.invalid(format!(
                "no relation property (rdfs:subPropertyOf <{root}>)"
            )));
        }
        Ok(properties)
    }
}

fn term_id(term: &Term) -> Option<String> {
    match term {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
        _ => None,
    }
}

/// The part of an IRI after its last `#` or `/`.
pub fn local_name(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_ontology_loads_classes_and_relations() {
        let o = Ontology::embedded().unwrap();
        assert_eq!(o.namespace, "https://w3id.org/skein/ontology#");
        assert_eq!(o.classes.len(), EntityType::ALL.len());
        let names: BTreeSet<_> = o.properties.iter().map(|p| p.name.as_str()).collect();
        for expected in [
            "sharesWith",
            "leads",
            "warns",
            "memberOf",
            "urges",
            "threatens",
            "criticizes",
            "supports",
            "meetsWith",
            "atWarWith",
            "attacks",
        ] {
            assert!(names.contains(expected), "missing {expected}");
        }
        assert!(o.property("atWarWith").unwrap().symmetric);
        assert!(!o.property("attacks").unwrap().symmetric);
        let leads = o.property("leads").unwrap();
        assert!(leads.admits(EntityType::Person, EntityType::Organization));
        assert!(!leads.admits(EntityType::Country, EntityType::Organization));
        assert_eq!(
            o.class(EntityType::Media).equivalents,
            vec!["https://schema.org/NewsMediaOrganization"]
        );
    }

    #[test]
    fn broken_turtle_names_file_and_line() {
        let err = Schema::parse("skein.ttl", "@prefix sk: <http://x#> .\n\nsk:a sk:b .\n")
            .err()
            .unwrap();
        let text = err.to_string();
        assert!(text.starts_with("skein.ttl:3:"), "{text}");
    }
}
