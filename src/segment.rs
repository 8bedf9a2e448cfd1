//! Segment: tokens and sentences of the story lines, with byte offsets into
//! the document text.
//!
//! Tokens are words (with internal dots, apostrophes and ampersands:
//! `Weather.Co`, `U.S.`, `AT&T`), possessive endings (`'s`), hyphens between
//! words (kept as their own token, glued to both sides), numbers and single
//! punctuation characters. Sentences end at `.`, `!` or `?` unless the full
//! stop ends an abbreviation (`Mr.`, `Jan.`, an initial); a line that ends
//! without punctuation and is followed by a line starting in lower case
//! continues the sentence.

use std::ops::Range;

use crate::clean::{Line, LineKind};
use crate::ontology::{Lexicon, WordClass};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// `'s` or `’s` after a word, or a lone `'` after a plural.
    Possessive,
    /// A hyphen glued between two words (`NATO-EU`).
    Hyphen,
    Punct,
}

/// A token: byte range in the document text, kind and shape flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Two or more letters, none lower case.
    pub all_caps: bool,
    /// White space (or the start of the line) comes before it.
    pub space_before: bool,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        &doc[self.range()]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// A sentence: byte range, its tokens (a range into [`Segmented::tokens`]) and
/// the kind of line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: u32,
    pub end: u32,
    pub tokens: Range<u32>,
    pub kind: LineKind,
}

impl Sentence {
    pub fn token_range(&self) -> Range<usize> {
        self.tokens.start as usize..self.tokens.end as usize
    }

    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        &doc[self.start as usize..self.end as usize]
    }
}

/// All sentences and tokens of a document's story lines.
#[derive(Clone, Debug, Default)]
pub struct Segmented {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// The story lines in lower case, back to back; `lower_at[i]` is where
    /// token `i` is in it. Computed once, so that later stages compare words
    /// without allocating.
    lowered: String,
    lower_at: Vec<(u32, u32)>,
    /// What each token may begin in the lexicon, looked up once here for
    /// all the recognisers of `mentions` and `relations`.
    classes: Vec<WordClass>,
}

impl Segmented {
    /// Token `i` in lower case.
    pub fn lower(&self, i: usize) -> &str {
        let (start, end) = self.lower_at[i];
        &self.lowered[start as usize..end as usize]
    }

    /// Room for the tokens of `bytes` of story text: news runs about one
    /// token per six bytes, and growing these vectors token by token cost
    /// more than the spare room.
    fn with_capacity(bytes: usize) -> Segmented {
        let tokens = bytes / 5 + 16;
        Segmented {
            tokens: Vec::with_capacity(tokens),
            sentences: Vec::with_capacity(bytes / 100 + 4),
            lowered: String::with_capacity(bytes),
            lower_at: Vec::with_capacity(tokens),
            classes: Vec::with_capacity(tokens),
        }
    }

    /// What token `i` may begin in the lexicon.
    pub fn class(&self, i: usize) -> WordClass {
        self.classes[i]
    }

    /// Looks up the class of the tokens from `first` on.
    fn classify(&mut self, first: usize, lexicon: &Lexicon) {
        for i in first..self.tokens.len() {
            let class = lexicon.word_class(self.lower(i));
            self.classes.push(class);
        }
    }

    /// Indexes the lower-case forms of the tokens from `first` on, which
    /// are those of `line`. An ASCII line is lower-cased whole, its tokens
    /// keeping their offsets in it; in a line with other characters, whose
    /// lower-case forms may be longer or shorter, token by token.
    fn index_lowercase(&mut self, text: &str, line: &Line, first: usize) {
        let source = &text[line.start..line.end];
        let tokens = &self.tokens[first..];
        if source.is_ascii() {
            let base = self.lowered.len();
            self.lowered.push_str(source);
            self.lowered[base..].make_ascii_lowercase();
            let at = |offset: u32| (base + offset as usize - line.start) as u32;
            self.lower_at
                .extend(tokens.iter().map(|t| (at(t.start), at(t.end))));
            return;
        }
        for t in tokens {
            let start = self.lowered.len();
            let word = t.text(text);
            if word.is_ascii() {
                self.lowered.push_str(word);
                self.lowered[start..].make_ascii_lowercase();
            } else {
                self.lowered
                    .extend(word.chars().flat_map(char::to_lowercase));
            }
            self.lower_at
                .push((start as u32, self.lowered.len() as u32));
        }
    }
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
    "Capt", "Sgt", "Adm", "Cmdr", "Maj", "Brig", "Amb", "Pres", "Rev", "Fr", "No", "Nos", "vs",
    "etc", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "approx", "est", "Ave", "Blvd", "Dept", "Univ", "Fig",
    "Vol", "ca", "e.g", "i.e", "al", "Gov't", "Mme", "Messrs", "Hon", "Supt", "Insp",
];

/// Splits the story lines of `text` into sentences and tokens, and looks
/// up what each token may begin in `lexicon`.
pub fn segment(text: &str, lines: &[Line], lexicon: &Lexicon) -> Segmented {
    let story: Vec<&Line> = lines.iter().filter(|l| l.is_story()).collect();
    let mut out = Segmented::with_capacity(story.iter().map(|l| l.end - l.start).sum());
    let mut open: Option<(u32, u32, LineKind)> = None; // sentence start, first token, kind
    for (index, line) in story.iter().enumerate() {
        let first_token = out.tokens.len();
        tokenize(text, line.start, line.end, &mut out.tokens);
        out.index_lowercase(text, line, first_token);
        out.classify(first_token, lexicon);
        let line_tokens = first_token..out.tokens.len();
        let mut i = line_tokens.start;
        while i < line_tokens.end {
            let (start, first, kind) =
                *open.get_or_insert((out.tokens[i].start, i as u32, line.kind));
            let end = sentence_end(text, &out.tokens, i, line_tokens.end);
            let is_line_end = end == line_tokens.end;
            let continues = is_line_end
                && story.get(index + 1).is_some_and(|next| {
                    continues_onto(text, &out.tokens[first as usize..end], line, next)
                });
            if !continues {
                out.sentences.push(Sentence {
                    start,
                    end: out.tokens[end - 1].end,
                    tokens: first..end as u32,
                    kind,
                });
                open = None;
            }
            i = end;
        }
    }
    if let Some((start, first, kind)) = open {
        let end = out.tokens.len();
        out.sentences.push(Sentence {
            start,
            end: out.tokens[end - 1].end,
            tokens: first..end as u32,
            kind,
        });
    }
    out
}

/// Does a sentence that ends a line go on in the next line? Only for body
/// text that stops without closing punctuation before a lower-case word.
fn continues_onto(text: &str, sentence: &[Token], line: &Line, next: &Line) -> bool {
    let Some(last) = sentence.last() else {
        return false;
    };
    let last_text = last.text(text);
    let closed = last.kind == TokenKind::Punct && matches!(last_text, "." | "!" | "?" | "\u{2026}");
    line.kind == LineKind::Body
        && matches!(next.kind, LineKind::Body | LineKind::Heading)
        && !closed
        && text[next.start..next.end].starts_with(|c: char| c.is_lowercase())
}

/// The index after the last token of the sentence that starts at `from`.
fn sentence_end(text: &str, tokens: &[Token], from: usize, limit: usize) -> usize {
    let mut i = from;
    while i < limit {
        let t = &tokens[i];
        let s = t.text(text);
        if t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "\u{2026}") {
            // Take the whole run of closing punctuation and quotes.
            let mut j = i + 1;
            // Closing quotes and brackets are glued to the full stop; an opening quote is not.
            while j < limit
                && tokens[j].kind == TokenKind::Punct
                && !tokens[j].space_before
                && is_closer(tokens[j].text(text))
            {
                j += 1;
            }
            if j >= limit {
                return limit;
            }
            if s == "." && (is_abbreviation(text, tokens, i) || !starts_sentence(text, &tokens[j]))
            {
                i = j;
                continue;
            }
            if s != "." && !starts_sentence(text, &tokens[j]) {
                i = j;
                continue;
            }
            return j;
        }
        i += 1;
    }
    limit
}

fn is_closer(s: &str) -> bool {
    matches!(
        s,
        "." | "!"
            | "?"
            | "\""
            | "'"
            | ")"
            | "]"
            | "\u{201D}"
            | "\u{2019}"
            | "\u{2026}"
            | "\u{00BB}"
    )
}

/// Does the full stop at `dot` end an abbreviation or an initial?
fn is_abbreviation(text: &str, tokens: &[Token], dot: usize) -> bool {
    if dot == 0 || tokens[dot].space_before {
        return false;
    }
    let prev = &tokens[dot - 1];
    let word = prev.text(text);
    prev.is_word()
        && (ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
            || (word.chars().count() == 1 && word.starts_with(char::is_uppercase)))
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    let s = t.text(text);
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '\u{201C}' | '\'' | '\u{2018}' | '(' | '[' | '-' | '\u{2013}' | '\u{2014}'
        )
}

/// What a byte is to [`tokenize`]: a table lookup instead of decoding a
/// `char` and asking for its Unicode properties, since most news is ASCII.
const SPACE: u8 = 1;
const WORD: u8 = 2;
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            // What `char::is_whitespace` says of ASCII.
            b' ' | b'\t'..=b'\r' => SPACE,
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => WORD,
            // Other ASCII, and the bytes of longer characters, which are decoded.
            _ => 0,
        };
        b += 1;
    }
    table
};

/// Appends the tokens of `text[start..end]`. Works on bytes, decoding a
/// character only where the text is not ASCII: this is the hottest loop of
/// the pipeline.
pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut space_before = true;
    while i < end {
        let b = bytes[i];
        let (c, len) = if b < 0x80 {
            match BYTE_CLASS[b as usize] {
                SPACE => {
                    space_before = true;
                    i += 1;
                    continue;
                }
                WORD => {
                    i = push_word(text, i, end, space_before, out);
                    space_before = false;
                    continue;
                }
                _ => (b as char, 1),
            }
        } else {
            let c = text[i..].chars().next().expect("a character boundary");
            if c.is_whitespace() {
                space_before = true;
                i += c.len_utf8();
                continue;
            }
            if c.is_alphanumeric() {
                i = push_word(text, i, end, space_before, out);
                space_before = false;
                continue;
            }
            (c, c.len_utf8())
        };
        out.push(Token {
            start: i as u32,
            end: (i + len) as u32,
            kind: punct_kind(text, c, i, end, space_before, out),
            cap: false,
            all_caps: false,
            space_before,
        });
        space_before = false;
        i += len;
    }
}

/// A hyphen between two words, the apostrophe of a plural possessive
/// ("members'"), or other punctuation.
fn punct_kind(
    text: &str,
    c: char,
    i: usize,
    end: usize,
    space_before: bool,
    out: &[Token],
) -> TokenKind {
    let glued = !space_before && out.last().is_some_and(|t| t.end as usize == i);
    if c == '-' && glued && starts_alphanumeric(text, i + 1, end) {
        TokenKind::Hyphen
    } else if matches!(c, '\'' | '\u{2019}')
        && glued
        && out
            .last()
            .is_some_and(|t| t.is_word() && text[t.range()].ends_with(['s', 'S']))
    {
        TokenKind::Possessive
    } else {
        TokenKind::Punct
    }
}

fn starts_alphanumeric(text: &str, i: usize, end: usize) -> bool {
    if i >= end {
        return false;
    }
    match text.as_bytes()[i] {
        b @ 0..0x80 => BYTE_CLASS[b as usize] == WORD,
        _ => text[i..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// The end of the word starting at `i`: letters and digits, joined by dots,
/// apostrophes and ampersands that have a letter or digit after them.
fn word_end(text: &str, i: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = i;
    loop {
        j += bytes[j..end]
            .iter()
            .position(|&b| BYTE_CLASS[b as usize] != WORD)
            .unwrap_or(end - j);
        if j == end {
            return j;
        }
        let b = bytes[j];
        if b < 0x80 {
            if matches!(b, b'.' | b'\'' | b'&') && starts_alphanumeric(text, j + 1, end) {
                j += 1;
                continue;
            }
            return j;
        }
        let c = text[j..].chars().next().expect("a character boundary");
        let len = c.len_utf8();
        if c.is_alphanumeric() || (c == '\u{2019}' && starts_alphanumeric(text, j + len, end)) {
            j += len;
        } else {
            return j;
        }
    }
}

fn is_dotted_initials(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// The length of a possessive ending (`'s` or `’s`, either case) that
/// follows at least one more byte of `word`; 0 when there is none.
fn possessive_len(word: &[u8]) -> usize {
    let n = word.len();
    if n < 3 || !matches!(word[n - 1], b's' | b'S') {
        0
    } else if word[n - 2] == b'\'' {
        2
    } else if n > 4 && word[n - 4..n - 1] == *"\u{2019}".as_bytes() {
        4
    } else {
        0
    }
}

/// Pushes the word that starts at `start`, split from its possessive ending
/// (`NATO’s` → `NATO`, `’s`), and returns where it ends. "U.S." keeps its
/// final dot: single letters joined by dots.
fn push_word(
    text: &str,
    start: usize,
    end: usize,
    space_before: bool,
    out: &mut Vec<Token>,
) -> usize {
    let mut word_end = word_end(text, start, end);
    if word_end < end
        && text.as_bytes()[word_end] == b'.'
        && is_dotted_initials(&text[start..word_end])
    {
        word_end += 1;
    }
    let stem_end = word_end - possessive_len(&text.as_bytes()[start..word_end]);
    let stem = &text[start..stem_end];
    let first = text.as_bytes()[start];
    out.push(Token {
        start: start as u32,
        end: stem_end as u32,
        kind: if first.is_ascii_digit() {
            TokenKind::Number
        } else {
            TokenKind::Word
        },
        cap: if first < 0x80 {
            first.is_ascii_uppercase()
        } else {
            stem.starts_with(char::is_uppercase)
        },
        // A word that starts in lower case is not in capitals: most words.
        all_caps: !first.is_ascii_lowercase() && crate::text::is_all_caps(stem),
        space_before,
    });
    if stem_end < word_end {
        out.push(Token {
            start: stem_end as u32,
            end: word_end as u32,
            kind: TokenKind::Possessive,
            cap: false,
            all_caps: false,
            space_before: false,
        });
    }
    word_end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ontology::Ontology;

    /// The embedded lexicon, loaded once for all the tests of this module.
    fn lexicon() -> &'static Lexicon {
        static ONTOLOGY: std::sync::OnceLock<Ontology> = std::sync::OnceLock::new();
        &ONTOLOGY
            .get_or_init(|| Ontology::embedded().unwrap())
            .lexicon
    }

    fn words(text: &str) -> Vec<(String, TokenKind)> {
        let mut t = Vec::new();
        tokenize(text, 0, text.len(), &mut t);
        t.iter()
            .map(|t| (t.text(text).to_string(), t.kind))
            .collect()
    }

    fn sentences(text: &str) -> Vec<String> {
        let lines = vec![Line {
            start: 0,
            end: text.len(),
            kind: LineKind::Body,
        }];
        segment(text, &lines, lexicon())
            .sentences
            .iter()
            .map(|s| s.text(text).to_string())
            .collect()
    }

    #[test]
    fn tokens_keep_names_whole_and_split_possessives() {
        let w = words("NATO\u{2019}s Weather.Co U.S. NATO-EU 2.5% don't members' AT&T");
        let texts: Vec<&str> = w.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            texts,
            [
                "NATO",
                "\u{2019}s",
                "Weather.Co",
                "U.S.",
                "NATO",
                "-",
                "EU",
                "2.5",
                "%",
                "don't",
                "members",
                "'",
                "AT&T"
            ]
        );
        assert_eq!(w[1].1, TokenKind::Possessive);
        assert_eq!(w[5].1, TokenKind::Hyphen);
        assert_eq!(w[7].1, TokenKind::Number);
        assert_eq!(w[11].1, TokenKind::Possessive);
    }

    #[test]
    fn sentences_respect_abbreviations_and_initials() {
        let s = sentences(
            "Mr. Smith met Dr. J. Doe in the U.S. on Jan. 5. They talked. \"Fine,\" he said! Then 2.5% more?",
        );
        assert_eq!(
            s,
            [
                "Mr. Smith met Dr. J. Doe in the U.S. on Jan. 5.",
                "They talked.",
                "\"Fine,\" he said!",
                "Then 2.5% more?"
            ]
        );
    }

    #[test]
    fn a_sentence_broken_over_lines_is_joined() {
        let text = "He said it will increase,\n\nhe stated in a speech.\nNext one.";
        let lines = vec![
            Line {
                start: 0,
                end: 25,
                kind: LineKind::Body,
            },
            Line {
                start: 27,
                end: 49,
                kind: LineKind::Body,
            },
            Line {
                start: 50,
                end: 59,
                kind: LineKind::Body,
            },
        ];
        let seg = segment(text, &lines, lexicon());
        let s: Vec<&str> = seg.sentences.iter().map(|s| s.text(text)).collect();
        assert_eq!(
            s,
            [
                "He said it will increase,\n\nhe stated in a speech.",
                "Next one."
            ]
        );
    }

    #[test]
    fn lower_case_forms_follow_every_token() {
        let text = "NATO's Chief MET the U.S. envoy.\n\u{C9}LYS\u{C9}E and Stra\u{DF}e SAID \u{130}stanbul...";
        let cut = text.find('\n').unwrap();
        let lines = vec![
            Line {
                start: 0,
                end: cut,
                kind: LineKind::Body,
            },
            Line {
                start: cut + 1,
                end: text.len(),
                kind: LineKind::Body,
            },
        ];
        let seg = segment(text, &lines, lexicon());
        assert!(seg.tokens.len() > 12);
        for (i, t) in seg.tokens.iter().enumerate() {
            let expected: String = t.text(text).chars().flat_map(char::to_lowercase).collect();
            assert_eq!(seg.lower(i), expected);
            assert_eq!(seg.class(i), lexicon().word_class(&expected), "{expected}");
        }
        let chief = seg
            .tokens
            .iter()
            .position(|t| t.text(text) == "Chief")
            .unwrap();
        assert!(seg.class(chief).may_start_role(), "looked up in lower case");
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "  Héllo wörld.";
        let mut t = Vec::new();
        tokenize(text, 0, text.len(), &mut t);
        assert_eq!(t[0].text(text), "Héllo");
        assert_eq!(t[1].text(text), "wörld");
        assert!(t[0].cap && !t[1].cap);
    }

    /// The character-by-character tokenizer that [`tokenize`] replaced: the
    /// byte-level one must cut every text the same way.
    mod by_chars {
        use super::super::{Token, TokenKind};

        fn all_caps_by_chars(s: &str) -> bool {
            s.chars().all(|c| !c.is_lowercase())
                && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        }

        fn is_joiner(c: char) -> bool {
            matches!(c, '.' | '\'' | '\u{2019}' | '&')
        }

        /// Appends the tokens of `text[start..end]`. Works on bytes, decoding a
        /// character only where the text is not ASCII: this is the hottest loop of
        /// the pipeline.
        pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
            let bytes = text.as_bytes();
            let mut i = start;
            let mut space_before = true;
            while i < end {
                let (c, len) = char_at(text, i);
                if c.is_whitespace() {
                    space_before = true;
                    i += len;
                    continue;
                }
                if c.is_alphanumeric() {
                    let mut j = word_end(text, i, end);
                    // "U.S." keeps its final dot: single letters joined by dots.
                    if j < end && bytes[j] == b'.' && is_dotted_initials(&text[i..j]) {
                        j += 1;
                    }
                    push_word(text, i, j, space_before, out);
                    space_before = false;
                    i = j;
                    continue;
                }
                let glued = !space_before && out.last().is_some_and(|t| t.end as usize == i);
                let kind = if c == '-' && glued && starts_alphanumeric(text, i + 1, end) {
                    TokenKind::Hyphen
                } else if matches!(c, '\'' | '\u{2019}')
                    && glued
                    && out
                        .last()
                        .is_some_and(|t| t.is_word() && text[t.range()].ends_with(['s', 'S']))
                {
                    // The apostrophe of a plural possessive ("members'").
                    TokenKind::Possessive
                } else {
                    TokenKind::Punct
                };
                out.push(Token {
                    start: i as u32,
                    end: (i + len) as u32,
                    kind,
                    cap: false,
                    all_caps: false,
                    space_before,
                });
                space_before = false;
                i += len;
            }
        }

        /// The character at byte `i` and its length, without decoding ASCII.
        fn char_at(text: &str, i: usize) -> (char, usize) {
            let b = text.as_bytes()[i];
            if b < 0x80 {
                return (b as char, 1);
            }
            let c = text[i..].chars().next().expect("a character boundary");
            (c, c.len_utf8())
        }

        fn starts_alphanumeric(text: &str, i: usize, end: usize) -> bool {
            i < end && char_at(text, i).0.is_alphanumeric()
        }

        /// The end of the word starting at `i`: letters and digits, joined by dots,
        /// apostrophes and ampersands that have a letter or digit after them.
        fn word_end(text: &str, i: usize, end: usize) -> usize {
            let bytes = text.as_bytes();
            let mut j = i;
            while j < end {
                let b = bytes[j];
                if b.is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                let (c, len) = char_at(text, j);
                if c.is_alphanumeric() {
                    j += len;
                } else if is_joiner(c) && starts_alphanumeric(text, j + len, end) {
                    j += len;
                } else {
                    break;
                }
            }
            j
        }

        fn is_dotted_initials(word: &str) -> bool {
            word.contains('.')
                && word
                    .split('.')
                    .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
        }

        /// Pushes a word, split from its possessive ending (`NATO’s` → `NATO`, `’s`).
        fn push_word(
            text: &str,
            start: usize,
            end: usize,
            space_before: bool,
            out: &mut Vec<Token>,
        ) {
            let word = &text[start..end];
            let possessive = ["'s", "\u{2019}s", "'S", "\u{2019}S"]
                .iter()
                .find(|p| word.len() > p.len() && word.ends_with(*p));
            let (stem_end, tail) = match possessive {
                Some(p) => (end - p.len(), Some(end - p.len())),
                None => (end, None),
            };
            let stem = &text[start..stem_end];
            let first = stem.chars().next().unwrap_or(' ');
            out.push(Token {
                start: start as u32,
                end: stem_end as u32,
                kind: if first.is_ascii_digit() {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
                cap: first.is_uppercase(),
                all_caps: all_caps_by_chars(stem),
                space_before,
            });
            if let Some(tail) = tail {
                out.push(Token {
                    start: tail as u32,
                    end: end as u32,
                    kind: TokenKind::Possessive,
                    cap: false,
                    all_caps: false,
                    space_before: false,
                });
            }
        }
    }

    #[test]
    fn byte_level_tokens_match_the_character_level_tokenizer() {
        let texts = [
            "NATO\u{2019}s Weather.Co U.S. NATO-EU 2.5% don't members' AT&T",
            "  H\u{E9}llo w\u{F6}rld. \u{C9}LYS\u{C9}E Stra\u{DF}e \u{2014} \u{201C}quoted\u{201D} \u{2026}",
            "Peters\u{2019}s Peters's X's A\u{2019}s 's \u{2019}s O'Neill O\u{2019}Neill rock'n'roll",
            "a.b. A.B. U.S.A. e.g. i.e. 3.14 1,000 -5 x- -y x-y x--y x -y",
            "tab\there\nnew\x0Bline\x0Cfeed\rreturn\u{A0}nbsp\u{2003}em\u{3000}ideo",
            "\u{41F}\u{443}\u{442}\u{438}\u{43D} \u{5317}\u{4EAC} \u{645}\u{635}\u{631} \u{2160}\u{2161} \u{BD}",
            "AT&T's M&A & R&D&  &x x& .x x. x.' '' ''s DEUTSCHE\u{2019}S BBC's",
            "",
            "   ",
            "\u{2019}",
        ];
        for text in texts {
            for start in 0..=text.len() {
                if !text.is_char_boundary(start) {
                    continue;
                }
                let (mut new, mut old) = (Vec::new(), Vec::new());
                tokenize(text, start, text.len(), &mut new);
                by_chars::tokenize(text, start, text.len(), &mut old);
                assert_eq!(new, old, "{:?}", &text[start..]);
            }
        }
    }
}
