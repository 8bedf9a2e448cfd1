//! Resolve: which mentions name the same real thing.
//!
//! [`document`] works inside one article: surnames and honorific forms join
//! the full name, acronyms their expansion, role titles the person they are
//! bound to by apposition, definite descriptions ("the alliance") the most
//! salient compatible entity. [`corpus`] then merges the entities of all
//! articles on identity keys, never on a shared surname alone, and records
//! why each merge happened.

pub mod corpus;
pub mod document;

use serde::Serialize;

use crate::ontology::{EntityType, LexId, TypeFamily};

/// What makes two entities of different documents the same entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A lexicon entry.
    Lexicon(LexId),
    /// An industry sector group (index into the lexicon's sectors).
    Sector(usize),
    /// The members of a lexicon organisation.
    Members(LexId),
    /// A full name (normalised) within a family of types.
    Name(TypeFamily, String),
}

/// An entity of one document.
#[derive(Clone, Debug, Serialize)]
pub struct DocEntity {
    pub entity_type: EntityType,
    pub label: String,
    /// Every surface form with how often it occurs, in order of first occurrence.
    pub forms: Vec<(String, u32)>,
    /// Role titles the entity holds in this document ("Secretary General").
    pub roles: Vec<String>,
    #[serde(skip)]
    pub lexicon: Option<LexId>,
    #[serde(skip)]
    pub keys: Vec<Key>,
    /// For a person known only by one name ("Mr Rutte"): that name, normalised.
    /// Such a person joins a full name of another document only when exactly one
    /// person in the corpus has that surname.
    pub surname_only: Option<String>,
    pub mentions: u32,
    /// Why mentions were joined into this entity.
    pub reasons: Vec<String>,
}
