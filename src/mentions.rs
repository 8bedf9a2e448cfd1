//! Mentions: the spans of a document that refer to an entity.
//!
//! Recognition works sentence by sentence on tokens:
//!
//! 1. Capitalised spans (with connectors like "of" and glued hyphens) are the
//!    candidates for names. A span is read whole when the lexicon knows it,
//!    when it ends in a designator ("... Summit", "... News") or when it is an
//!    outlet followed by a place ("CNN Chile"); otherwise it is cut into
//!    lexicon names, role titles ("Defence and Space Commissioner") and the
//!    unknown names between them. Sentence-initial ordinary words ("According",
//!    "Under") and stop names (months) are trimmed off.
//! 2. Demonyms ("German") and seats of government ("the White House") refer to
//!    their country; a capital does when it acts ("Moscow warned").
//! 3. Lower-case patterns: role nominals ("the former Dutch prime minister"),
//!    definite descriptions ("the alliance"), sector groups ("the defence
//!    industry"), membership groups ("NATO member states", "allies") and
//!    personal pronouns (used only to find relation subjects).
//!
//! Nothing here decides which entity a mention refers to; that is `resolve`.

use std::ops::Range;

use crate::clean::LineKind;
use crate::ontology::{EntityType, FormKind, LexForm, LexId, Lexicon};
use crate::segment::{Segmented, Sentence, Token, TokenKind};

/// Why a name is believed to be a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PersonCue {
    GivenName,
    Speech,
    Byline,
    Honorific,
}

/// A mention of a role title: "the former Dutch Prime Minister", "EU Defense
/// Commissioner", "its new Secretary General".
#[derive(Clone, Debug, PartialEq)]
pub struct RoleMention {
    /// Index into [`Lexicon::roles`].
    pub role: usize,
    /// Portfolio and head: "Defence and Space Commissioner".
    pub phrase: Range<u32>,
    /// The owner mention: "EU", "German", "NATO's", "of the Alliance", "its".
    pub owner: Option<usize>,
    /// Does the owner directly precede the phrase as a modifier ("EU Defense Commissioner")?
    pub owner_premodifies: bool,
    /// "former", "ex-": the role is past and gives no relation.
    pub former: bool,
    /// Starts with "the", a possessive or a pronoun: may refer back to a person.
    pub definite: bool,
}

/// What kind of mention.
#[derive(Clone, Debug, PartialEq)]
pub enum MentionKind {
    /// A proper name, with its lexicon reading if any and the type evidence of its context.
    ///
    /// `place`: it follows "in", "near"... which rules out a person without making it a place.
    Name {
        lex: Option<LexForm>,
        etype: Option<EntityType>,
        person: Option<PersonCue>,
        media: bool,
        place: bool,
    },
    /// A demonym ("German", "European"), a seat of government ("the White
    /// House") or an acting capital ("Moscow warned"): refers to `entry`.
    /// `agent`: a demonym with a noun that makes it the acting state
    /// ("Russian forces", "Chinese officials"); the mention spans both.
    Ref {
        entry: LexId,
        via: FormKind,
        agent: bool,
    },
    Role(RoleMention),
    /// "the alliance": refers back to an entity of this type. A strict noun
    /// ("the court") refers only to an entity named with it.
    Nominal {
        etype: EntityType,
        noun: String,
        strict: bool,
    },
    /// "the defence industry": index into [`Lexicon::sectors`].
    Sector(usize),
    /// "industry", "companies": refers back to a sector group.
    SectorHead,
    /// "NATO members" (with the organisation mention) or a bare "allies".
    Members {
        org: Option<usize>,
    },
    /// he/she/his/her (`person`) or it/its.
    Pronoun {
        person: bool,
    },
}

/// A mention: token range, byte range, sentence and kind.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub sentence: u32,
    pub tokens: Range<u32>,
    pub start: u32,
    pub end: u32,
    pub kind: MentionKind,
    /// Found in a headline or heading: a name here counts only if the story names it too.
    pub heading: bool,
}

impl Mention {
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        &doc[self.start as usize..self.end as usize]
    }

    /// Is this a proper name (including a country reference)?
    pub fn is_name(&self) -> bool {
        matches!(
            self.kind,
            MentionKind::Name { .. } | MentionKind::Ref { .. }
        )
    }
}

/// Words that may join the capitalised words of one name.
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "de", "du", "des", "la", "le", "von", "van", "der", "den", "al",
    "bin", "ibn", "y", "da", "di", "del", "della", "on", "&",
];

/// Particles of Arabic, Dutch, German, French names, written in lower case
/// inside a name: "Fadl al-Hamdani", "Ms de Wilde".
pub(crate) const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "abu", "de", "du", "des", "la", "le", "van", "von", "der", "den",
    "da", "di", "del", "della",
];

/// Connectors that join two names rather than the parts of one ("Germany and
/// France"); the others are particles of a name ("Mohammed bin Salman").
const SEPARATORS: &[&str] = &["of", "for", "and", "the", "on", "&"];

/// Determiners that make a nominal definite (able to refer back).
const DEFINITE: &[&str] = &[
    "the", "its", "his", "her", "their", "this", "that", "these", "those",
];

/// Modifiers that make a role past.
const FORMER: &[&str] = &[
    "former",
    "ex",
    "then",
    "late",
    "outgoing",
    "erstwhile",
    "previous",
];

/// Prepositions after which a capital is a place, not its government.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "outside",
    "inside",
    "via",
    "across",
    "around",
    "toward",
    "towards",
    "throughout",
    "within",
    "between",
    "through",
    "of",
    "visit",
    "visited",
    "visiting",
    "left",
    "reached",
    "arrived",
];

/// Words before a capital that make it a party to relations between states
/// ("talks with Moscow", "sanctions against Beijing").
const PARTNER: &[&str] = &["with", "against"];

/// Verbs and auxiliaries after which a capital (or unknown name) is acting or speaking.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "stated",
    "states",
    "announced",
    "announces",
    "warned",
    "warns",
    "accused",
    "accuses",
    "threatened",
    "threatens",
    "demanded",
    "demands",
    "rejected",
    "rejects",
    "denied",
    "denies",
    "insisted",
    "insists",
    "responded",
    "responds",
    "claimed",
    "claims",
    "urged",
    "urges",
    "called",
    "calls",
    "declared",
    "declares",
    "confirmed",
    "confirms",
    "wrote",
    "writes",
    "argued",
    "argues",
    "noted",
    "notes",
    "has",
    "have",
    "had",
    "is",
    "was",
    "will",
    "would",
    "could",
    "might",
    "may",
    "must",
    "should",
    "can",
    "did",
    "does",
    "wants",
    "wanted",
    "plans",
    "planned",
    "hopes",
    "hoped",
    "believes",
    "believed",
];

/// Verbs after which an unknown name is an outlet.
const MEDIA_VERBS: &[&str] = &[
    "reports",
    "reported",
    "reporting",
    "reports,",
    "recalls",
    "recalled",
    "writes",
    "wrote",
    "cited",
    "citing",
];

/// The longest multi-word lexicon entry skein looks up.
const WINDOW: usize = 6;

/// A window of up to [`WINDOW`] lower-case words.
struct Window<'a> {
    buf: [&'a str; WINDOW],
    len: usize,
}

impl<'a> std::ops::Deref for Window<'a> {
    type Target = [&'a str];
    fn deref(&self) -> &[&'a str] {
        &self.buf[..self.len]
    }
}

/// Per-document inputs shared by the recognisers.
struct Doc<'a> {
    text: &'a str,
    seg: &'a Segmented,
    tokens: &'a [Token],
    lexicon: &'a Lexicon,
}

impl<'a> Doc<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// Token `i` in lower case.
    fn lower(&self, i: usize) -> &'a str {
        self.seg.lower(i)
    }

    fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        i < self.tokens.len() && words.contains(&self.lower(i))
    }

    /// Is token `i` a capitalised word that may be part of a name?
    fn is_cap_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.kind == TokenKind::Word && (t.cap || t.all_caps)
    }
}

/// Finds every mention of a segmented document.
pub fn find_mentions(text: &str, seg: &Segmented, lexicon: &Lexicon) -> Vec<Mention> {
    let doc = Doc {
        text,
        seg,
        tokens: &seg.tokens,
        lexicon,
    };
    let mut mentions = Vec::new();
    // One pair of buffers for every sentence of the document, cleared and
    // sized to each: they stay in the core's cache, where buffers as long as
    // the document (24 bytes a token) were written to cold memory.
    let mut lex_at = Vec::new();
    let mut consumed = Vec::new();
    for (index, sentence) in seg.sentences.iter().enumerate() {
        let tokens = sentence.token_range().len();
        lex_at.clear();
        lex_at.resize(tokens, None);
        consumed.clear();
        consumed.resize(tokens, false);
        let mut finder = SentenceFinder::new(
            &doc,
            sentence,
            index as u32,
            &mut mentions,
            &mut lex_at,
            &mut consumed,
        );
        finder.run();
    }
    mentions
}

/// The recognisers for one sentence. Mentions are appended in token order
/// within each pass; `consumed` marks tokens already inside a mention.
struct SentenceFinder<'a, 'm> {
    doc: &'a Doc<'a>,
    sentence: &'a Sentence,
    index: u32,
    range: Range<usize>,
    /// Longest lexicon match starting at each token of the sentence: (end
    /// token, forms).
    lex_at: &'m mut [Option<(usize, &'a [LexForm])>],
    /// Whether each token of the sentence is inside a mention already.
    consumed: &'m mut [bool],
    mentions: &'m mut Vec<Mention>,
    first_mention: usize,
    heading: bool,
}

impl<'a, 'm> SentenceFinder<'a, 'm> {
    fn new(
        doc: &'a Doc<'a>,
        sentence: &'a Sentence,
        index: u32,
        mentions: &'m mut Vec<Mention>,
        lex_at: &'m mut [Option<(usize, &'a [LexForm])>],
        consumed: &'m mut [bool],
    ) -> Self {
        let range = sentence.token_range();
        let first_mention = mentions.len();
        let heading = matches!(sentence.kind, LineKind::Title | LineKind::Heading);
        let starts = range
            .clone()
            .filter(|&i| {
                doc.seg.class(i).may_start_name() && doc.lexicon.may_start_name(doc.word(i))
            })
            .map(|i| doc.tokens[i].start as usize);
        let matches = doc.lexicon.find_at(doc.text, starts, sentence.end as usize);
        for m in matches {
            let (Some(a), Some(b)) = (
                token_starting(doc.tokens, &range, m.start),
                token_ending(doc.tokens, &range, m.end),
            ) else {
                continue;
            };
            let slot = &mut lex_at[a - range.start];
            if slot.is_none_or(|(end, _)| b + 1 > end) {
                *slot = Some((b + 1, m.forms));
            }
        }
        SentenceFinder {
            doc,
            sentence,
            index,
            range,
            lex_at,
            consumed,
            mentions,
            first_mention,
            heading,
        }
    }

    fn run(&mut self) {
        self.capitalised_spans();
        self.lowercase_roles();
        self.nominals_and_groups();
        self.pronouns();
        self.attach_role_owners();
        self.sort_mentions();
    }

    /// Puts this sentence's mentions in token order, keeping the owner
    /// indices that roles and membership groups hold pointing at the same mentions.
    fn sort_mentions(&mut self) {
        let base = self.first_mention;
        let key = |m: &Mention| (m.tokens.start, m.tokens.end);
        if self.mentions[base..]
            .windows(2)
            .all(|w| key(&w[0]) <= key(&w[1]))
        {
            return; // already in order (the sort is stable): no owner index moves
        }
        let mut order: Vec<usize> = (base..self.mentions.len()).collect();
        order.sort_by_key(|&m| key(&self.mentions[m]));
        let mut new_index = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old - base] = base + new;
        }
        let remap = |o: usize| if o >= base { new_index[o - base] } else { o };
        // Moved, not cloned: each mention is taken out once.
        let mut unsorted: Vec<Option<Mention>> = self.mentions.drain(base..).map(Some).collect();
        for &old in &order {
            let mut m = unsorted[old - base]
                .take()
                .expect("every mention is placed once");
            match &mut m.kind {
                MentionKind::Role(r) => r.owner = r.owner.map(remap),
                MentionKind::Members { org } => *org = org.map(remap),
                _ => {}
            }
            self.mentions.push(m);
        }
    }

    fn lex(&self, i: usize) -> Option<(usize, &'a [LexForm])> {
        self.lex_at.get(i - self.range.start).copied().flatten()
    }

    fn is_consumed(&self, i: usize) -> bool {
        self.consumed[i - self.range.start]
    }

    fn consume(&mut self, r: Range<usize>) {
        for i in r {
            self.consumed[i - self.range.start] = true;
        }
    }

    fn push(&mut self, tokens: Range<usize>, kind: MentionKind) -> usize {
        self.consume(tokens.clone());
        let t = self.doc.tokens;
        self.mentions.push(Mention {
            sentence: self.index,
            start: t[tokens.start].start,
            end: t[tokens.end - 1].end,
            tokens: tokens.start as u32..tokens.end as u32,
            kind,
            heading: self.heading,
        });
        self.mentions.len() - 1
    }

    /// Is token `i` where a sentence (or a quotation, or a heading after a colon) begins?
    fn starts_clause(&self, i: usize) -> bool {
        let mut j = i;
        while j > self.range.start {
            let prev = self.doc.word(j - 1);
            if matches!(
                prev,
                "\"" | "\u{201C}"
                    | "'"
                    | "\u{2018}"
                    | "("
                    | "["
                    | "-"
                    | "\u{2013}"
                    | "\u{2014}"
                    | "|"
            ) {
                j -= 1;
                continue;
            }
            return matches!(prev, ":" | "|" | "\u{2013}" | "\u{2014}");
        }
        true
    }

    // ------------------------------------------------------------ capitalised spans

    fn capitalised_spans(&mut self) {
        let mut i = self.range.start;
        while i < self.range.end {
            if self.is_consumed(i) || !self.doc.is_cap_word(i) {
                i += 1;
                continue;
            }
            if let Some(end) = self.honorific_name(i) {
                i = end;
                continue;
            }
            let end = self.span_end(i);
            self.read_span(i, end);
            i = end.max(i + 1);
        }
    }

    /// "Mr Okafor", "Mr. Okafor", "Dr Jane Doe": a person, honorific included.
    fn honorific_name(&mut self, i: usize) -> Option<usize> {
        let doc = self.doc;
        let word = doc.word(i);
        let mut name = i + 1;
        let dotted =
            name < self.range.end && doc.word(name) == "." && !doc.tokens[name].space_before;
        if !(doc.lexicon.is_honorific(word) || (dotted && doc.lexicon.is_honorific_dotted(word))) {
            return None;
        }
        if dotted {
            name += 1;
        }
        let particle = name + 1 < self.range.end
            && PARTICLES.contains(&doc.word(name))
            && doc.is_cap_word(name + 1);
        if name >= self.range.end
            || !(doc.is_cap_word(name) || particle)
            || self.lex(name).is_some()
        {
            return None;
        }
        let mut end = if particle { name + 1 } else { name };
        while end < self.range.end && doc.is_cap_word(end) && self.lex(end).is_none() {
            end += 1;
        }
        let kind = MentionKind::Name {
            lex: None,
            etype: Some(EntityType::Person),
            person: Some(PersonCue::Honorific),
            media: false,
            place: false,
        };
        self.push(i..end, kind);
        Some(end)
    }

    /// The end of the capitalised span starting at `i`.
    fn span_end(&self, i: usize) -> usize {
        let doc = self.doc;
        let mut j = i + 1;
        let limit = self.range.end;
        while j < limit {
            let t = &doc.tokens[j];
            let w = doc.word(j);
            let prev = doc.word(j - 1);
            if doc.is_cap_word(j) {
                j += 1;
            } else if t.kind == TokenKind::Number
                && doc.lexicon.is_stop_name(prev)
                && j + 1 < limit
                && doc.is_cap_word(j + 1)
            {
                j += 1; // "July 2024 Washington Summit"
            } else if t.kind == TokenKind::Number && doc.tokens[j - 1].all_caps {
                j += 1; // "GORDIAN KNOT 2024"
                break;
            } else if t.kind == TokenKind::Hyphen && j + 1 < limit && doc.is_cap_word(j + 1) {
                j += 2; // "NATO-EU", "Saint-Germain"
            } else if PARTICLES.contains(&w)
                && j + 2 < limit
                && doc.tokens[j + 1].kind == TokenKind::Hyphen
                && doc.is_cap_word(j + 2)
            {
                j += 3; // "Hamid al-Qadhi", "Bab al-Mandab"
            } else if w == "."
                && !t.space_before
                && doc.tokens[j - 1].end - doc.tokens[j - 1].start == 1
                && j + 1 < limit
                && doc.is_cap_word(j + 1)
            {
                j += 1; // "George W. Bush"
            } else if CONNECTORS.contains(&w)
                && j + 1 < limit
                && doc.is_cap_word(j + 1)
                && (w != "the" || CONNECTORS.contains(&prev))
            {
                j += 1; // "Bank of England", "Alliance for the Future"
            } else if CONNECTORS.contains(&w)
                && !matches!(w, "the" | "and")
                && j + 2 < limit
                && doc.lower_is(j + 1, &["the"])
                && doc.is_cap_word(j + 2)
            {
                j += 2; // "Bank of the South"; not "the Red Sea and the Gulf of Aden"
            } else {
                break;
            }
        }
        j
    }

    /// Reads the capitalised span `a..b` into mentions.
    fn read_span(&mut self, a: usize, b: usize) {
        let a = self.trim_leading(a, b);
        let b = self.trim_trailing(a, b);
        if a >= b {
            return;
        }
        // "Later Ms Doe left": an honorific after a trimmed word.
        if let Some(end) = self.honorific_name(a) {
            if end < b {
                self.read_span(end, b);
            }
            return;
        }
        if let Some((end, forms)) = self.lex(a).filter(|(end, _)| *end == b) {
            self.push_lexicon(a, end, forms);
            return;
        }
        if b - a >= 2 {
            if let Some(etype) = self.whole_span_type(a, b) {
                let media = etype == EntityType::Media;
                self.push(
                    a..b,
                    MentionKind::Name {
                        lex: None,
                        etype: Some(etype),
                        person: None,
                        media,
                        place: false,
                    },
                );
                return;
            }
        }
        self.split_span(a, b);
    }

    /// Drops articles, stop names, numbers and a sentence-initial ordinary word.
    fn trim_leading(&self, mut a: usize, b: usize) -> usize {
        let doc = self.doc;
        while a < b {
            if self.lex(a).is_some()
                || !self.roles_at(a, b).is_empty()
                || doc.lexicon.is_honorific(doc.word(a))
            {
                break;
            }
            let w = doc.word(a);
            let t = &doc.tokens[a];
            let before_title = a + 1 < b && !self.roles_at(a + 1, b).is_empty();
            let ordinary = (self.starts_clause(a) || self.heading)
                && doc.lexicon.is_common_word(w)
                && !doc.lexicon.is_given_name(w)
                && !before_title;
            if matches!(w, "The" | "A" | "An" | "THE")
                || doc.lexicon.is_stop_name(w)
                || t.kind == TokenKind::Number
                || CONNECTORS.contains(&w)
                || t.kind == TokenKind::Hyphen
                || ordinary
            {
                a += 1;
                continue;
            }
            break;
        }
        a
    }

    /// Up to six lower-case words from `a` (not past `b`), for multi-word
    /// lexicon lookups; a fixed-size window, since it is built for most tokens.
    /// Drops a trailing date and the connector before it: "the Paris
    /// Agreement on Monday", "the summit in March 2024".
    fn trim_trailing(&self, a: usize, mut b: usize) -> usize {
        let doc = self.doc;
        let dated = |k: usize| {
            doc.lexicon.is_stop_name(doc.word(k)) || doc.tokens[k].kind == TokenKind::Number
        };
        if b > a + 1 && dated(b - 1) && self.lex(b - 1).is_none() {
            while b > a + 1 && dated(b - 1) {
                b -= 1;
            }
            while b > a + 1 && CONNECTORS.contains(&doc.word(b - 1)) {
                b -= 1;
            }
        }
        b
    }

    fn words(&self, a: usize, b: usize) -> Window<'a> {
        let mut w = Window {
            buf: [""; WINDOW],
            len: 0,
        };
        for i in a..b.min(a + WINDOW) {
            w.buf[w.len] = self.doc.lower(i);
            w.len += 1;
        }
        w
    }

    /// Role titles that start at token `a` and end by `b`, longest first.
    fn roles_at(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        if a >= b || !self.doc.seg.class(a).may_start_role() {
            return Vec::new();
        }
        self.doc.lexicon.roles_at(&self.words(a, b))
    }

    /// The type of a span read as one name: a designator at its end (or
    /// before "of ..."), or an outlet followed by a place ("CNN Chile").
    fn whole_span_type(&self, a: usize, b: usize) -> Option<EntityType> {
        let doc = self.doc;
        if let Some((end, forms)) = self.lex(a) {
            let is_media = forms
                .iter()
                .any(|f| doc.lexicon.entry(f.entry).entity_type == EntityType::Media);
            let place_follows = self.lex(end).is_some_and(|(e2, f2)| {
                e2 == b
                    && f2.iter().any(|f| {
                        matches!(
                            doc.lexicon.entry(f.entry).entity_type,
                            EntityType::Country | EntityType::City | EntityType::Location
                        )
                    })
            });
            if is_media && place_follows {
                return Some(EntityType::Media); // a local edition: "CNN Chile"
            }
        }
        // "Martina Vask and The Associated Press": after "and", a lexicon name
        // that ends the span is a name of its own.
        if (a + 1..b).any(|i| {
            self.lex(i).is_some_and(|(end, _)| end == b) && matches!(doc.word(i - 1), "and" | "&")
        }) {
            return None;
        }
        // "House Speaker Tim Moore and Senate": a title inside makes it several names.
        if (a..b).any(|i| !self.roles_at(i, b).is_empty() && !doc.lower_is(i + 1, &["of"])) {
            return None;
        }
        // "Fox News and Fox Business Network": "and" joins two names unless it
        // joins two ordinary words of one ("Health and Human Services").
        let joins_names = (a + 1..b.saturating_sub(1)).any(|i| {
            matches!(doc.word(i), "and" | "&")
                && !(doc.lexicon.is_common_word(doc.word(i - 1))
                    && doc.lexicon.is_common_word(doc.word(i + 1)))
        });
        if joins_names {
            return None;
        }
        let of = (a + 1..b).find(|&i| doc.word(i) == "of");
        let head = of.map(|i| i - 1).unwrap_or(b - 1);
        if head > a || of.is_some() {
            return doc.lexicon.designator(doc.word(head));
        }
        None
    }

    /// Cuts a span into lexicon names, role titles and unknown names.
    fn split_span(&mut self, a: usize, b: usize) {
        let mut k = a;
        let mut pending: Option<usize> = None;
        let mut last_lexicon: Option<(usize, usize)> = None; // (mention index, end token)
        while k < b {
            if self.doc.tokens[k].kind == TokenKind::Hyphen {
                let joins_unknown = pending.is_some() && self.lex(k + 1).is_none();
                if !joins_unknown {
                    self.flush_name(&mut pending, k);
                }
                k += 1;
                continue;
            }
            if let Some((end, forms)) = self.lex(k).filter(|(end, _)| *end <= b) {
                self.flush_name(&mut pending, k);
                let m = self.push_lexicon(k, end, forms);
                last_lexicon = Some((m, end));
                k = end;
                continue;
            }
            let roles = self.roles_at(k, b);
            let surname_like =
                k > a && self.doc.lexicon.is_given_name(self.doc.word(k - 1)) && pending.is_some();
            if let Some(&(len, role)) = roles
                .iter()
                .find(|(len, _)| k + len <= b && !(surname_like && *len == 1))
            {
                // The portfolio is the run of ordinary words right before the title
                // ("Defence and Space"); names before it stay names ("Obama and").
                let phrase_start = match pending.take() {
                    Some(p) => {
                        let portfolio = self.portfolio_start(p, k);
                        let mut cut = portfolio;
                        while cut > p && CONNECTORS.contains(&self.doc.word(cut - 1)) {
                            cut -= 1;
                        }
                        self.flush_name(&mut Some(p), cut);
                        portfolio
                    }
                    None => k,
                };
                let owner = last_lexicon
                    .filter(|&(_, end)| end == phrase_start)
                    .map(|(m, _)| m);
                self.push_role(phrase_start, k + len, role, owner, owner.is_some());
                k += len;
                continue;
            }
            pending.get_or_insert(k);
            k += 1;
        }
        if let (Some(p), Some((m, end))) = (pending, last_lexicon) {
            if self.extends_lexicon_name(m, end, p, b) {
                // "Kyiv Independent", "Moscow Times": a place name opening another name.
                let start = self.mentions[m].tokens.start as usize;
                self.mentions.remove(m);
                let etype = self.doc.lexicon.designator(self.doc.word(b - 1));
                let media = etype == Some(EntityType::Media);
                self.push(
                    start..b,
                    MentionKind::Name {
                        lex: None,
                        etype,
                        person: None,
                        media,
                        place: false,
                    },
                );
                return;
            }
        }
        self.flush_name(&mut pending, b);
    }

    /// Do the unknown capitalised words `p..b` continue the lexicon name that
    /// ends at `end` into a longer name? Not when they start a person's name.
    fn extends_lexicon_name(&self, m: usize, end: usize, p: usize, b: usize) -> bool {
        let doc = self.doc;
        let is_title = |k: usize| {
            doc.lexicon.is_honorific(doc.word(k)) || doc.lexicon.is_honorific_dotted(doc.word(k))
        };
        m + 1 == self.mentions.len()
            && end == p
            && !doc.lexicon.is_given_name(doc.word(p))
            && (p..b).all(|k| {
                doc.is_cap_word(k) && !doc.lexicon.is_stop_name(doc.word(k)) && !is_title(k)
            })
            && !matches!(
                self.mentions[m].kind,
                MentionKind::Ref {
                    via: FormKind::Seat,
                    ..
                }
            )
    }

    fn is_portfolio(&self, w: &str) -> bool {
        let lexicon = self.doc.lexicon;
        (lexicon.is_portfolio_word(&w.to_lowercase()) || lexicon.is_common_word(w))
            && !lexicon.is_given_name(w)
    }

    /// Where the portfolio before a role title starting at `head` begins: at
    /// most three ordinary (common) words, joined by connectors, back from it.
    fn portfolio_start(&self, pending: usize, head: usize) -> usize {
        let doc = self.doc;
        let mut start = head;
        let mut words = 0;
        while start > pending && words < 3 {
            let w = doc.word(start - 1);
            if CONNECTORS.contains(&w) {
                // A connector joins two portfolio words, never starts the portfolio.
                if start - 1 > pending && words > 0 && self.is_portfolio(doc.word(start - 2)) {
                    start -= 1;
                    continue;
                }
                break;
            }
            if !self.is_portfolio(w) {
                break;
            }
            start -= 1;
            words += 1;
        }
        start
    }

    fn push_lexicon(&mut self, a: usize, b: usize, forms: &'a [LexForm]) -> usize {
        let form = forms[0];
        let entry = self.doc.lexicon.entry(form.entry);
        let kind = match form.kind {
            FormKind::Demonym => {
                let agent = self
                    .doc
                    .lexicon
                    .agent_noun_at(&self.words(b, self.range.end))
                    .filter(|_| b < self.range.end);
                if let Some(n) = agent {
                    let m = self.push(
                        a..b + n,
                        MentionKind::Ref {
                            entry: form.entry,
                            via: form.kind,
                            agent: true,
                        },
                    );
                    return m;
                }
                MentionKind::Ref {
                    entry: form.entry,
                    via: form.kind,
                    agent: false,
                }
            }
            FormKind::Seat => MentionKind::Ref {
                entry: form.entry,
                via: form.kind,
                agent: false,
            },
            _ if entry.capital && self.acts(a, b) => {
                let country = entry.country.expect("a capital has a country");
                MentionKind::Ref {
                    entry: country,
                    via: FormKind::Name,
                    agent: false,
                }
            }
            _ => MentionKind::Name {
                lex: Some(form),
                etype: Some(entry.entity_type),
                person: None,
                media: false,
                place: false,
            },
        };
        self.push(a..b, kind)
    }

    /// Does the name `a..b` act: subject of a verb, possessor, or object of a cue verb?
    fn acts(&self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        // "Riyadh and Cairo", "Riyadh and the rebels": the conjuncts share
        // the context around the coordination.
        let (a, b) = self.coordination(a, b);
        if a > self.range.start && doc.lower_is(a - 1, PARTNER) {
            return true;
        }
        if a > self.range.start && doc.lower_is(a - 1, LOCATIVE) {
            return false;
        }
        if a > self.range.start
            && doc.tokens[a - 1].kind == TokenKind::Punct
            && doc.word(a - 1) == "("
        {
            return false;
        }
        let mut next = b;
        while next < self.range.end && is_adverb(doc.word(next)) {
            next += 1;
        }
        if next < self.range.end {
            if doc.tokens[next].kind == TokenKind::Possessive || doc.lower_is(next, SPEECH_VERBS) {
                return true;
            }
            if doc
                .lexicon
                .cues_starting(doc.lower(next))
                .any(|c| c.pos == crate::ontology::CuePos::Verb)
            {
                return true;
            }
        }
        a > self.range.start && {
            doc.lexicon
                .cues_starting(doc.lower(a - 1))
                .any(|c| c.pos == crate::ontology::CuePos::Verb && c.words.len() == 1)
        }
    }

    /// The span of the coordination `a..b` belongs to: back over "X and"
    /// before it, forward over "and (the) Y" after it.
    fn coordination(&self, mut a: usize, mut b: usize) -> (usize, usize) {
        let doc = self.doc;
        let start = self.range.start;
        while a >= start + 2 && doc.lower_is(a - 1, &["and"]) && doc.is_cap_word(a - 2) {
            a -= 2;
            while a > start && doc.is_cap_word(a - 1) {
                a -= 1;
            }
        }
        if b + 1 < self.range.end && doc.lower_is(b, &["and"]) {
            let mut j = b + 1;
            if doc.lower_is(j, DEFINITE) {
                j += 1;
            }
            let conjunct = j;
            while j < self.range.end && j < conjunct + 3 && doc.is_cap_word(j) {
                j += 1;
            }
            if j == conjunct
                && j < self.range.end
                && doc.tokens[j].kind == TokenKind::Word
                && conjunct > b + 1
            {
                j += 1; // "and the rebels"
            }
            if j > conjunct {
                b = j;
            }
        }
        (a, b)
    }

    /// Emits the unknown name `pending..end`, split at connectors and before a
    /// given name that follows other words ("Republican Tom Reed").
    fn flush_name(&mut self, pending: &mut Option<usize>, end: usize) {
        let Some(start) = pending.take() else { return };
        let doc = self.doc;
        let mut part = start;
        // A leading honorific ("Ayatollah Ali Khamenei") is not part of the name.
        while part + 1 < end && doc.lexicon.is_honorific(doc.word(part)) {
            part += 1;
        }
        let start = part;
        for k in start..=end {
            let at_connector = k < end && SEPARATORS.contains(&doc.word(k));
            let name_starts = k < end
                && k > part
                && doc.lexicon.is_given_name(doc.word(k))
                && !doc.lexicon.is_given_name(doc.word(k - 1))
                && doc.word(k - 1).chars().count() > 1
                && !CONNECTORS.contains(&doc.word(k - 1))
                && doc.tokens[k - 1].kind == TokenKind::Word;
            if name_starts {
                self.push_unknown_name(part, k);
                part = k;
                continue;
            }
            if k == end || at_connector {
                let mut e = k;
                while e > part && doc.tokens[e - 1].kind == TokenKind::Hyphen {
                    e -= 1;
                }
                self.push_unknown_name(part, e);
                part = k + 1;
            }
        }
    }

    fn push_unknown_name(&mut self, a: usize, b: usize) {
        if a >= b {
            return;
        }
        let doc = self.doc;
        let first = doc.word(a);
        // "(D-ND)", "R-Texas": a party tag, not a name.
        if first.len() == 1 && a + 1 < b && doc.tokens[a + 1].kind == TokenKind::Hyphen {
            return;
        }
        // "Wisconsin Gov. Scott Walker": a trailing title abbreviation belongs to the next name.
        let mut b = b;
        while b > a + 1
            && (doc.lexicon.is_honorific(doc.word(b - 1))
                || doc.lexicon.is_honorific_dotted(doc.word(b - 1)))
        {
            b -= 1;
        }
        if b - a == 1 {
            let t = &doc.tokens[a];
            let ordinary = doc.lexicon.is_common_word(first)
                && !t.all_caps
                && !doc.lexicon.is_given_name(first);
            if ordinary
                || doc.lexicon.is_stop_name(first)
                || doc.lexicon.is_common_acronym(first)
                || first.chars().count() < 2
            {
                return;
            }
        }
        // "the shipping company Marevant", "the tanker Selene Horizon": a
        // class noun just before the name says what it is.
        let classified = (a > self.range.start && !doc.tokens[a - 1].all_caps)
            .then(|| {
                doc.lexicon
                    .designator(doc.word(a - 1))
                    .filter(|_| crate::text::starts_lower(doc.word(a - 1)))
            })
            .flatten();
        let person = if classified.is_some() {
            None
        } else if self.sentence.kind == LineKind::Byline {
            Some(PersonCue::Byline)
        } else if b - a >= 2 && doc.lexicon.is_given_name(first) {
            Some(PersonCue::GivenName)
        } else if b - a >= 2
            && b < self.range.end
            && doc.lower_is(b, &["said", "says", "told", "added", "stated"])
        {
            Some(PersonCue::Speech)
        } else {
            None
        };
        let media = self.sentence.kind == LineKind::Attribution
            || (b < self.range.end && doc.lower_is(b, MEDIA_VERBS))
            || self.in_dateline_parenthesis(a, b);
        let place = a > self.range.start
            && doc.lower_is(a - 1, &["in", "near", "outside", "across", "throughout"]);
        let designated = (b - a >= 2)
            .then(|| doc.lexicon.designator(doc.word(b - 1)))
            .flatten();
        let etype = if self.is_dateline_place(a, b) {
            Some(EntityType::City)
        } else if media {
            Some(EntityType::Media)
        } else if classified.is_some() {
            classified
        } else if person.is_some() {
            Some(EntityType::Person)
        } else {
            designated
        };
        self.push(
            a..b,
            MentionKind::Name {
                lex: None,
                etype,
                person,
                media,
                place,
            },
        );
    }

    /// "KOCHI" on a line of its own above the story, or "KOCHI, India
    /// (Reuters) -" opening a paragraph: the city a story was filed from.
    fn is_dateline_place(&self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        if self.sentence.kind == LineKind::Dateline {
            return true;
        }
        let caps =
            (a..b).all(|k| doc.tokens[k].all_caps || doc.tokens[k].kind == TokenKind::Hyphen);
        a == self.range.start
            && caps
            && b < self.range.end
            && matches!(doc.word(b), "," | "(" | "-" | "\u{2013}" | "\u{2014}")
    }

    /// "BRUSSELS (Outlet) –": the outlet of a dateline.
    fn in_dateline_parenthesis(&self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        a >= self.range.start + 2
            && doc.word(a - 1) == "("
            && b + 1 < self.range.end
            && doc.word(b) == ")"
            && matches!(doc.word(b + 1), "-" | "\u{2013}" | "\u{2014}")
            && (self.range.start..a - 1).all(|i| doc.is_cap_word(i) || doc.word(i) == ",")
    }

    // ------------------------------------------------------------ roles

    /// Emits a role mention for the phrase `a..b`, taking in the modifiers before it.
    fn push_role(
        &mut self,
        a: usize,
        b: usize,
        role: usize,
        owner: Option<usize>,
        owner_premodifies: bool,
    ) {
        let (start, former, definite, found) = self.role_modifiers(a, owner);
        // An owner found before the phrase without a possessive premodifies it
        // ("EU foreign affairs spokesperson").
        let premodifies = owner_premodifies
            || found.is_some_and(|m| {
                self.doc
                    .tokens
                    .get(self.mentions[m].tokens.end as usize)
                    .is_some_and(|t| t.kind != TokenKind::Possessive)
            });
        let owner = owner.or(found);
        let owner_premodifies = premodifies && owner.is_some();
        let kind = MentionKind::Role(RoleMention {
            role,
            phrase: a as u32..b as u32,
            owner,
            owner_premodifies,
            former,
            definite,
        });
        let m = self.push(a..b, kind);
        // The mention spans its modifiers too ("the former Dutch Prime Minister").
        let t = self.doc.tokens;
        self.mentions[m].tokens.start = start as u32;
        self.mentions[m].start = t[start].start;
    }

    /// Walks left from a role phrase over its modifiers: adjectives, "former",
    /// a premodifying owner ("US", "German"), a determiner or a possessive.
    /// Returns the start of the role nominal, whether it is former, whether it
    /// is definite, and the owner found on the way.
    fn role_modifiers(
        &self,
        phrase_start: usize,
        owner: Option<usize>,
    ) -> (usize, bool, bool, Option<usize>) {
        let doc = self.doc;
        let mut i = owner
            .map(|m| self.mentions[m].tokens.start as usize)
            .unwrap_or(phrase_start);
        let mut found = None;
        let mut former = false;
        let mut steps = 0;
        while i > self.range.start && steps < 5 {
            let prev = i - 1;
            let t = &doc.tokens[prev];
            let w = doc.word(prev);
            if t.kind == TokenKind::Hyphen {
                i = prev;
                continue;
            }
            if FORMER.iter().any(|f| w.eq_ignore_ascii_case(f)) {
                former = true;
                i = prev;
                steps += 1;
                continue;
            }
            if DEFINITE.iter().any(|d| w.eq_ignore_ascii_case(d)) {
                return (prev, former, true, found);
            }
            if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
                return (prev, former, false, found);
            }
            if t.kind == TokenKind::Possessive {
                let possessor = self.mention_ending(prev);
                let start = possessor
                    .map(|m| self.mentions[m].tokens.start as usize)
                    .unwrap_or(i);
                return (start, former, true, found.or(possessor));
            }
            if owner.is_none() && found.is_none() {
                if let Some(m) = self.mention_ending(i) {
                    if matches!(
                        self.mentions[m].kind,
                        MentionKind::Ref { .. } | MentionKind::Name { .. }
                    ) {
                        found = Some(m);
                        i = self.mentions[m].tokens.start as usize;
                        steps += 1;
                        continue;
                    }
                }
            }
            // Adjectives stand between the article and the title ("the new Secretary
            // General"); before an owner ("a move EU Commissioner") they are other words.
            let lowercase_modifier = t.kind == TokenKind::Word
                && !t.cap
                && !is_function_word(w)
                && (is_adjective(w)
                    || doc.lexicon.is_portfolio_word(doc.lower(prev))
                    || FORMER.contains(&w))
                && owner.is_none()
                && found.is_none();
            if lowercase_modifier {
                i = prev;
                steps += 1;
                continue;
            }
            break;
        }
        (i, former, false, found)
    }

    /// The mention (of this sentence) that ends just before token `end`.
    fn mention_ending(&self, end: usize) -> Option<usize> {
        (self.first_mention..self.mentions.len())
            .rev()
            .find(|&m| self.mentions[m].tokens.end as usize == end)
    }

    fn pronoun_at(&self, i: usize) -> Option<usize> {
        (self.first_mention..self.mentions.len()).find(|&m| {
            self.mentions[m].tokens.start as usize == i
                && matches!(self.mentions[m].kind, MentionKind::Pronoun { .. })
        })
    }

    /// Role titles in lower case ("Germany's defence minister", "the secretary-general").
    fn lowercase_roles(&mut self) {
        let mut i = self.range.start;
        while i < self.range.end {
            if self.is_consumed(i) || self.doc.tokens[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            let roles = self.roles_at(i, self.range.end);
            let Some(&(len, role)) = roles
                .iter()
                .find(|(len, _)| (i..i + len).all(|k| k < self.range.end && !self.is_consumed(k)))
            else {
                i += 1;
                continue;
            };
            // A lower-case role word is a role only with a determiner, an owner or a
            // following name: "the secretary-general", "Germany's defence minister",
            // "president Joe Smith"; not "in general".
            let (start, _, definite, owner) = self.role_modifiers(i, None);
            let name_follows = i + len < self.range.end && self.doc.is_cap_word(i + len);
            // "Osman Farid, chairman of the Suez Canal Authority": its owner follows.
            let owner_follows =
                i + len + 1 < self.range.end && self.doc.lower(i + len) == "of" && {
                    let next = if self.doc.lower(i + len + 1) == "the" {
                        i + len + 2
                    } else {
                        i + len + 1
                    };
                    next < self.range.end && self.doc.is_cap_word(next)
                };
            if definite || owner.is_some() || start < i || name_follows || owner_follows {
                self.push_role(i, i + len, role, None, false);
            }
            i += len;
        }
    }

    /// Owners written after the phrase: "the Secretary General of the Alliance",
    /// "its new Secretary General" (pronoun), filled once all mentions exist.
    fn attach_role_owners(&mut self) {
        let doc = self.doc;
        for m in self.first_mention..self.mentions.len() {
            let MentionKind::Role(role) = &self.mentions[m].kind else {
                continue;
            };
            if role.owner.is_some() {
                continue;
            }
            let after = role.phrase.end as usize;
            let mut owner = None;
            if after < self.range.end && doc.word(after) == "of" {
                let at = |j: usize| {
                    (self.first_mention..self.mentions.len())
                        .find(|&o| self.mentions[o].tokens.start as usize == j)
                };
                owner = at(after + 1)
                    .or_else(|| at(after + 2).filter(|_| doc.lower_is(after + 1, &["the"])));
            }
            let start = self.mentions[m].tokens.start as usize;
            if owner.is_none() && doc.lower_is(start, &["its", "their"]) {
                owner = self.pronoun_at(start);
            }
            // "The country's oil minister": a possessor found only by a later pass.
            if owner.is_none()
                && start > self.range.start
                && doc.tokens[start - 1].kind == TokenKind::Possessive
            {
                owner = self.mention_ending(start - 1);
                if let Some(o) = owner {
                    let (o_start, byte) = (self.mentions[o].tokens.start, self.mentions[o].start);
                    self.mentions[m].tokens.start = o_start;
                    self.mentions[m].start = byte;
                    if let MentionKind::Role(role) = &mut self.mentions[m].kind {
                        role.definite = true;
                    }
                }
            }
            if let (Some(o), MentionKind::Role(role)) = (owner, &mut self.mentions[m].kind) {
                role.owner = Some(o);
            }
        }
    }

    // ------------------------------------------------------------ nominals and groups

    fn nominals_and_groups(&mut self) {
        let mut i = self.range.start;
        while i < self.range.end {
            if self.is_consumed(i) || self.doc.tokens[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            i = self
                .group_at(i)
                .or_else(|| self.nominal_at(i))
                .unwrap_or(i + 1);
        }
    }

    /// Sector groups, membership groups and bare sector heads at token `i`.
    fn group_at(&mut self, i: usize) -> Option<usize> {
        let doc = self.doc;
        if !doc.seg.class(i).may_start_group() {
            return None;
        }
        let words = self.words(i, self.range.end);
        if let Some((len, sector)) = doc.lexicon.sector_at(&words) {
            self.push(i..i + len, MentionKind::Sector(sector));
            return Some(i + len);
        }
        if let Some(len) = doc.lexicon.member_noun_at(&words) {
            let org = self.member_org(i);
            let bare_ok = !doc.word(i).eq_ignore_ascii_case("members")
                && !doc.word(i).eq_ignore_ascii_case("member");
            if org.is_some() || bare_ok {
                let start = org
                    .map(|o| self.mentions[o].tokens.start as usize)
                    .unwrap_or(i);
                let m = self.push(i..i + len, MentionKind::Members { org });
                let t = doc.tokens;
                self.mentions[m].tokens.start = start as u32;
                self.mentions[m].start = t[start].start;
                return Some(i + len);
            }
        }
        if doc.lexicon.is_sector_head(doc.lower(i))
            && !doc.tokens[i].cap
            && self.bare_head_ends_phrase(i)
        {
            self.push(i..i + 1, MentionKind::SectorHead);
            return Some(i + 1);
        }
        None
    }

    /// The organisation that owns a membership noun at `i`: "NATO members",
    /// "NATO's 32 member states", "NATO member states".
    fn member_org(&self, i: usize) -> Option<usize> {
        let doc = self.doc;
        let mut j = i;
        if j > self.range.start && doc.tokens[j - 1].kind == TokenKind::Number {
            j -= 1;
        }
        if j > self.range.start && doc.tokens[j - 1].kind == TokenKind::Possessive {
            j -= 1;
        }
        let m = self.mention_ending(j)?;
        match &self.mentions[m].kind {
            MentionKind::Name {
                lex: Some(form), ..
            } if doc.lexicon.entry(form.entry).entity_type == EntityType::Organization => Some(m),
            _ => None,
        }
    }

    /// A bare sector head is a mention only when it ends its noun phrase:
    /// "with industry,", "urging companies to", not "industry leaders".
    fn bare_head_ends_phrase(&self, i: usize) -> bool {
        let doc = self.doc;
        if i > self.range.start {
            let prev = &doc.tokens[i - 1];
            // "Rheinmetall companies", "tech industry" are not bare.
            if prev.cap
                || (prev.kind == TokenKind::Word
                    && !is_function_word(doc.word(i - 1))
                    && !doc.lower_is(
                        i - 1,
                        &["urging", "encouraging", "calling", "urged", "encouraged"],
                    ))
            {
                return false;
            }
        }
        let next = i + 1;
        next >= self.range.end
            || doc.tokens[next].kind == TokenKind::Punct
            || is_function_word(doc.word(next))
    }

    /// "the alliance", "the Alliance", "the transatlantic alliance": a definite description.
    fn nominal_at(&mut self, i: usize) -> Option<usize> {
        let doc = self.doc;
        if !doc.lower_is(i, &["the"]) {
            return None;
        }
        // Up to two adjectives between the article and the noun.
        for gap in 0..=2 {
            let head = i + 1 + gap;
            if head >= self.range.end || self.is_consumed(head) {
                return None;
            }
            for len in [2usize, 1] {
                if head + len > self.range.end {
                    continue;
                }
                // Two words are joined on the stack: "the" is the commonest word,
                // and this runs after each one.
                let (mut buf, long);
                let noun = if len == 1 {
                    doc.lower(head)
                } else {
                    buf = [0u8; 64];
                    match crate::text::concat_on_stack(
                        &mut buf,
                        &[doc.lower(head), " ", doc.lower(head + 1)],
                    ) {
                        Some(joined) => joined,
                        None => {
                            long = format!("{} {}", doc.lower(head), doc.lower(head + 1));
                            &long
                        }
                    }
                };
                let Some((etype, strict)) = doc.lexicon.nominal(noun) else {
                    continue;
                };
                let noun = noun.to_string();
                // "the Alliance for Democracy" is a name, not a description; a strict noun
                // takes no adjectives ("the basketball court" is not the Supreme Court).
                let continues_name = head + len < self.range.end && doc.is_cap_word(head + len);
                if continues_name || (strict && gap > 0) {
                    return None;
                }
                self.push(
                    i..head + len,
                    MentionKind::Nominal {
                        etype,
                        noun,
                        strict,
                    },
                );
                return Some(head + len);
            }
            if !is_adjective(doc.word(head)) {
                return None;
            }
        }
        None
    }

    fn pronouns(&mut self) {
        for i in self.range.clone() {
            if self.is_consumed(i) {
                continue;
            }
            let person = match self.doc.lower(i) {
                "he" | "she" | "him" | "his" | "her" => true,
                "it" | "its" => false,
                _ => continue,
            };
            self.push(i..i + 1, MentionKind::Pronoun { person });
        }
    }
}

/// The token that starts at byte `start` within `range`, by binary search.
fn token_starting(tokens: &[Token], range: &Range<usize>, start: usize) -> Option<usize> {
    let slice = &tokens[range.clone()];
    slice
        .binary_search_by_key(&(start as u32), |t| t.start)
        .ok()
        .map(|i| i + range.start)
}

/// The token that ends at byte `end` within `range`.
fn token_ending(tokens: &[Token], range: &Range<usize>, end: usize) -> Option<usize> {
    let slice = &tokens[range.clone()];
    slice
        .binary_search_by_key(&(end as u32), |t| t.end)
        .ok()
        .map(|i| i + range.start)
}

/// Closed-class English words: determiners, pronouns, prepositions,
/// conjunctions, auxiliaries. Grammar, not world knowledge, so kept in code.
pub fn is_function_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "into",
        "onto",
        "about",
        "against",
        "between",
        "among",
        "through",
        "during",
        "before",
        "after",
        "over",
        "under",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "as",
        "if",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "because",
        "although",
        "though",
        "since",
        "until",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "not",
        "to",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "them",
        "him",
        "us",
        "me",
        "there",
        "here",
        "also",
        "including",
        "such",
        "like",
        "via",
        "per",
        "amid",
        "across",
        "toward",
        "towards",
        "within",
        "without",
        "upon",
        "especially",
        "particularly",
    ];
    WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
}

/// A lower-case word shaped like an adjective ("transatlantic", "embattled",
/// "32-member" parts), which may stand between "the" and a descriptive noun.
fn is_adjective(w: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "al", "ic", "ed", "ive", "an", "ern", "ous", "ful", "ary", "ish", "ian", "ese", "less",
    ];
    (w.chars().all(|c| c.is_lowercase()) && w.len() > 3 && SUFFIXES.iter().any(|s| w.ends_with(s)))
        || w.chars().all(|c| c.is_ascii_digit())
        || w == "-"
        || matches!(
            w,
            "new"
                | "old"
                | "whole"
                | "entire"
                | "same"
                | "military"
                | "western"
                | "eastern"
                | "member"
                | "top"
                | "current"
                | "incoming"
                | "longtime"
                | "then"
        )
}

/// Adverbs that may stand between a subject and its verb.
pub fn is_adverb(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "also",
        "already",
        "now",
        "still",
        "just",
        "again",
        "further",
        "even",
        "then",
        "recently",
        "previously",
        "reportedly",
        "repeatedly",
        "publicly",
        "strongly",
        "jointly",
        "not",
        "never",
        "once",
        "later",
        "earlier",
        "first",
        "finally",
        "formally",
        "officially",
        "openly",
        "potentially",
        "possibly",
        "allegedly",
        "today",
        "yesterday",
        "separately",
        "similarly",
        "likewise",
        "meanwhile",
        "often",
        "sharply",
        "directly",
    ];
    (w.len() > 4 && w.ends_with("ly") && w.chars().all(|c| c.is_ascii_lowercase()))
        || WORDS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean;
    use crate::ontology::Ontology;
    use crate::segment::segment;

    fn mentions(text: &str) -> Vec<(String, MentionKind)> {
        let o = Ontology::embedded().unwrap();
        let text = format!("Headline\n{text}\n");
        let seg = segment(&text, &clean(&text, &o.lexicon), &o.lexicon);
        find_mentions(&text, &seg, &o.lexicon)
            .into_iter()
            .map(|m| (m.text(&text).to_string(), m.kind))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        mentions(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn a_title_span_is_cut_into_owner_title_and_name() {
        let m = mentions("German Defense Minister Anna Keller warned on Monday.");
        assert_eq!(m[0].0, "German");
        assert!(matches!(
            m[0].1,
            MentionKind::Ref {
                via: FormKind::Demonym,
                ..
            }
        ));
        let MentionKind::Role(role) = &m[1].1 else {
            panic!("{:?}", m[1])
        };
        assert_eq!(m[1].0, "German Defense Minister");
        assert_eq!(role.owner, Some(0));
        assert!(role.owner_premodifies && !role.former);
        assert_eq!(m[2].0, "Anna Keller");
        assert!(matches!(
            m[2].1,
            MentionKind::Name {
                person: Some(PersonCue::GivenName),
                ..
            }
        ));
    }

    #[test]
    fn sentence_initial_words_and_months_are_not_names() {
        assert_eq!(
            texts("According to Bloomberg, NATO met in January."),
            ["Bloomberg", "NATO"]
        );
        assert_eq!(
            texts("Under Smith's leadership, the Western media cheered."),
            ["Smith"]
        );
    }

    #[test]
    fn designators_type_whole_names_and_keep_their_place_names_inside() {
        let m = mentions(
            "Leaders met at the July 2024 Washington Summit and read Ukraine Business News.",
        );
        assert_eq!(m[0].0, "Washington Summit");
        assert!(matches!(
            m[0].1,
            MentionKind::Name {
                etype: Some(EntityType::Event),
                ..
            }
        ));
        assert_eq!(m[1].0, "Ukraine Business News");
        assert!(matches!(
            m[1].1,
            MentionKind::Name {
                etype: Some(EntityType::Media),
                ..
            }
        ));
    }

    #[test]
    fn a_capital_stands_for_its_country_only_when_it_acts() {
        let acting = mentions("Moscow could attack its neighbours.");
        assert!(matches!(
            acting[0].1,
            MentionKind::Ref {
                via: FormKind::Name,
                ..
            }
        ));
        let place = mentions("The summit was held in Moscow.");
        let moscow = place.iter().find(|(t, _)| t == "Moscow").unwrap();
        assert!(matches!(
            moscow.1,
            MentionKind::Name {
                etype: Some(EntityType::City),
                ..
            }
        ));
    }

    #[test]
    fn coordinated_capitals_share_their_context() {
        let is_ref = |m: &[(String, MentionKind)], name: &str| {
            matches!(
                m.iter().find(|(t, _)| t == name).unwrap().1,
                MentionKind::Ref { .. }
            )
        };
        let partners = mentions("Lisbon was in touch with Madrid and Rome about the crews.");
        assert!(is_ref(&partners, "Madrid") && is_ref(&partners, "Rome"));
        let subjects = mentions("Madrid and the rebels have observed a truce.");
        assert!(is_ref(&subjects, "Madrid"));
        let places = mentions("The ships sailed between Madrid and Rome last year.");
        assert!(!is_ref(&places, "Madrid") && !is_ref(&places, "Rome"));
    }

    #[test]
    fn a_class_noun_before_a_name_gives_its_type() {
        let m = mentions("The newspaper Morgenpost and the tanker Maria Lenz were named.");
        let etype = |name: &str| match &m.iter().find(|(t, _)| t == name).unwrap().1 {
            MentionKind::Name { etype, person, .. } => (*etype, person.is_some()),
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(etype("Morgenpost"), (Some(EntityType::Media), false));
        assert_eq!(etype("Maria Lenz"), (Some(EntityType::Location), false));
    }

    #[test]
    fn and_the_separates_two_names() {
        assert_eq!(
            texts("Ships avoid the Red Sea and the Gulf of Aden."),
            ["Red Sea", "Gulf of Aden"]
        );
    }

    #[test]
    fn descriptions_groups_and_role_nominals() {
        let m = mentions(
            "The alliance urged the defense industry and NATO member states to act, the former Dutch prime minister said.",
        );
        let kinds: Vec<&str> = m
            .iter()
            .map(|(_, k)| match k {
                MentionKind::Nominal { .. } => "nominal",
                MentionKind::Sector(_) => "sector",
                MentionKind::Members { org: Some(_) } => "members",
                MentionKind::Role(r) if r.former && r.definite => "former role",
                MentionKind::Name { .. } => "name",
                MentionKind::Ref { .. } => "ref",
                _ => "other",
            })
            .collect();
        assert_eq!(
            kinds,
            ["nominal", "sector", "name", "members", "former role", "ref"]
        );
        assert_eq!(m[4].0, "the former Dutch prime minister");
    }

    #[test]
    fn honorifics_and_particles_belong_to_the_name() {
        assert_eq!(
            texts("Mr. Peters met Crown Prince Mohammed bin Salman."),
            ["Mr. Peters", "Crown Prince", "Mohammed bin Salman"]
        );
    }
}
