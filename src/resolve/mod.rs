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

/// A role title held by a person: "Secretary General" of (entity) NATO.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct RoleHeld {
    pub title: String,
    /// Index of the owner among the entities of the same document (or, after
    /// the corpus merge, of the corpus).
    pub owner: Option<usize>,
}

/// An entity of one document.
#[derive(Clone, Debug, Serialize)]
pub struct DocEntity {
    pub entity_type: EntityType,
    pub label: String,
    /// Every name it goes by, with how often, in order of first occurrence.
    pub forms: Vec<(String, u32)>,
    /// Titles and descriptions that refer to it ("Secretary General", "the
    /// alliance"). They name it only if nothing else in the graph goes by them.
    pub descriptions: Vec<(String, u32)>,
    /// Role titles it holds, with the owner when the text names one.
    pub roles: Vec<RoleHeld>,
    #[serde(skip)]
    pub lexicon: Option<LexId>,
    #[serde(skip)]
    pub keys: Vec<Key>,
    /// For a person known only by one name ("Mr Peters"): that name, normalised.
    /// Such a person joins a full name of another document only when exactly one
    /// person in the corpus has that surname.
    pub surname_only: Option<String>,
    pub mentions: u32,
    /// Why mentions were joined into this entity.
    pub reasons: Vec<String>,
}
