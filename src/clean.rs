//! Clean: sorts the lines of an article into story and boilerplate.
//!
//! Scraped news pages mix the story with navigation, share buttons, photo
//! credits, related-article headline lists and donation appeals. Each line
//! gets a [`LineKind`]; later stages read only the story lines, so an entity
//! that appears only in boilerplate never reaches the graph. The rules come
//! from `lexicon/boilerplate.tsv` plus a few shapes that need no words: image
//! slugs, repeated lines, and runs of short unpunctuated lines.

use crate::ontology::Lexicon;
use crate::text;

/// What a line of an article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// The first line, when shaped like a headline.
    Title,
    /// A short line without closing punctuation: a section heading or a name line.
    Heading,
    /// "By Jane Doe".
    Byline,
    /// "Source: Reuters": names an outlet.
    Attribution,
    /// "KOCHI" alone above the story: the place it was filed from.
    Dateline,
    /// Story text.
    Body,
    /// Not part of the story.
    Boilerplate(Boilerplate),
}

/// Why a line is boilerplate, for reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boilerplate {
    /// A whole line from the lexicon ("Share This").
    Phrase,
    /// Starts with a lexicon prefix ("Also read:").
    Prefix,
    /// Contains a credit marker ("Credit:").
    Credit,
    /// A file-name-like slug ("The-Parliamentary-Assembly").
    Slug,
    /// The same text appeared earlier in the article.
    Repeated,
    /// Part of a run of short headline-like lines.
    HeadlineList,
    /// A newsletter, donation or correction appeal.
    Appeal,
    /// A navigation bar: "Home | World | Business | Opinion".
    Navigation,
    /// A heading after the story's last paragraph.
    Trailer,
}

/// A line of the article: byte range (without the line break) and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
}

impl Line {
    /// Is this line part of the story?
    pub fn is_story(&self) -> bool {
        !matches!(self.kind, LineKind::Boilerplate(_))
    }
}

/// How many short unpunctuated lines in a row make a related-article list.
const HEADLINE_RUN: usize = 3;
/// A body line with at least this many words is a paragraph of the story;
/// the page's header comes before the first, its trailer after the last.
const PARAGRAPH_WORDS: usize = 12;
/// Lines with more words than this are never headline-like.
const HEADLINE_MAX_WORDS: usize = 20;

/// Classifies every non-empty line of `text`.
pub fn clean(text: &str, lexicon: &Lexicon) -> Vec<Line> {
    let mut lines = Vec::new();
    // Word counts of the lines, each counted once; 0 for boilerplate lines,
    // which no later rule counts.
    let mut counts = Vec::new();
    // Exact repeats (the headline printed again, a caption twice); a hash of
    // the line is enough, since a collision only hides one line.
    let mut seen: std::collections::HashSet<&str, foldhash::fast::FixedState> = Default::default();
    let mut lowered = String::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let content = raw.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        if trimmed.is_empty() {
            continue;
        }
        let first = lines.is_empty();
        let (kind, count) = match boilerplate_rule(trimmed, lexicon, &mut lowered) {
            Some(reason) => (LineKind::Boilerplate(reason), 0),
            None if !seen.insert(trimmed) => (LineKind::Boilerplate(Boilerplate::Repeated), 0),
            None => {
                let count = words(trimmed);
                // The first line is the headline when it is shaped like one; a record
                // whose text starts with a sentence has no headline line.
                let kind = if first && is_headline_like(trimmed, count) {
                    LineKind::Title
                } else {
                    shape_kind(trimmed, count)
                };
                (kind, count)
            }
        };
        let line_start = start + lead;
        lines.push(Line {
            start: line_start,
            end: line_start + trimmed.len(),
            kind,
        });
        counts.push(count);
    }
    mark_page_structure(&mut lines, &counts, text, lexicon);
    lines
}

/// Words counted by [`words`] at most: every rule compares a line's word
/// count with a smaller number, and stopping there keeps long paragraphs cheap.
const WORD_CAP: usize = HEADLINE_MAX_WORDS + 1;

/// The number of words of `line`, up to [`WORD_CAP`].
fn words(line: &str) -> usize {
    // What `split_whitespace().take(WORD_CAP).count()` gives, without its
    // iterator machinery: eight ASCII bytes at a time, and a character is
    // decoded only where a byte is not ASCII.
    let bytes = line.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let v = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if v & HIGH_BITS == 0 {
                let word = !ascii_spaces(v) & HIGH_BITS;
                // A word starts at a word byte whose previous byte is a space.
                let space_before = ((!word & HIGH_BITS) << 8) | if in_word { 0 } else { 0x80 };
                count += (word & space_before).count_ones() as usize;
                if count >= WORD_CAP {
                    return WORD_CAP;
                }
                in_word = word >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let (space, len) = match bytes[i] {
            b @ 0..0x80 => (matches!(b, b' ' | b'\t'..=b'\r'), 1),
            _ => {
                let c = line[i..].chars().next().expect("a character boundary");
                (c.is_whitespace(), c.len_utf8())
            }
        };
        if !space && !in_word {
            count += 1;
            if count == WORD_CAP {
                return WORD_CAP;
            }
        }
        in_word = !space;
        i += len;
    }
    count
}

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit set in each byte of `v` (eight ASCII bytes) that is ASCII
/// white space: a space, or a control character from tab to carriage return.
fn ascii_spaces(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // A byte below 0x80 plus 0x7F reaches the high bit unless it is zero,
    // and never carries into the next byte.
    let zero = |x: u64| !(x + 0x7F * ONES) & HIGH_BITS;
    let at_least = |n: u64| (v + (0x80 - n) * ONES) & HIGH_BITS;
    let blank = zero(v ^ (b' ' as u64 * ONES));
    let control = at_least(b'\t' as u64) & !at_least(b'\r' as u64 + 1);
    blank | control
}

/// Rules that need the whole page: what stands above the first paragraph
/// (bylines, datelines), lists of other articles, and headings after the last
/// paragraph.
fn mark_page_structure(lines: &mut [Line], counts: &[usize], text: &str, lexicon: &Lexicon) {
    let is_paragraph =
        |i: &usize| lines[*i].kind == LineKind::Body && counts[*i] >= PARAGRAPH_WORDS;
    let first = (0..lines.len()).find(is_paragraph).unwrap_or(lines.len());
    let last = (0..lines.len()).rev().find(is_paragraph);
    for line in lines[..first]
        .iter_mut()
        .filter(|l| l.kind == LineKind::Heading)
    {
        let t = &text[line.start..line.end];
        if is_personal_name(t, lexicon) {
            line.kind = LineKind::Byline;
        } else if is_dateline(t) {
            line.kind = LineKind::Dateline;
        }
    }
    mark_related_lists(&mut lines[first..], &counts[first..], text, lexicon);
    mark_headline_lists(&mut lines[first..], &counts[first..], text);
    if let Some(last) = last {
        for line in lines[last + 1..]
            .iter_mut()
            .filter(|l| l.kind == LineKind::Heading)
        {
            line.kind = LineKind::Boilerplate(Boilerplate::Trailer);
        }
    }
}

/// "Aditi Raghavan" (or "Jane Doe and John Roe") alone on a line above the
/// story: its authors.
fn is_personal_name(line: &str, lexicon: &Lexicon) -> bool {
    let names: Vec<&str> = line
        .split(" and ")
        .flat_map(|part| part.split(", "))
        .map(str::trim)
        .collect();
    names.len() <= 4 && names.iter().all(|name| is_one_personal_name(name, lexicon))
}

fn is_one_personal_name(line: &str, lexicon: &Lexicon) -> bool {
    let parts: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|w| {
            text::starts_upper(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        && !text::is_all_caps(line)
        && (lexicon.is_given_name(parts[0]) || !lexicon.is_common_word(parts[0]))
        && !lexicon.may_start_name(parts[0])
}

/// "KOCHI", "NEW DELHI": a place in capitals above the story.
fn is_dateline(line: &str) -> bool {
    let parts = words(line);
    (1..=3).contains(&parts)
        && text::is_all_caps(line)
        && line
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == ',')
}

/// After a line that opens a list of other articles ("Related Posts", "Keep
/// reading"), the short lines up to the next paragraph are that list.
fn mark_related_lists(lines: &mut [Line], counts: &[usize], text: &str, lexicon: &Lexicon) {
    let mut in_list = false;
    let mut lowered = String::new();
    for (line, &count) in lines.iter_mut().zip(counts) {
        let t = &text[line.start..line.end];
        if lexicon
            .boilerplate
            .related
            .starts(lower_prefix(t, &mut lowered))
        {
            in_list = true;
            if !matches!(line.kind, LineKind::Boilerplate(_)) {
                line.kind = LineKind::Boilerplate(Boilerplate::HeadlineList);
            }
            continue;
        }
        match line.kind {
            LineKind::Boilerplate(_) => {}
            LineKind::Body if count >= PARAGRAPH_WORDS => in_list = false,
            LineKind::Heading | LineKind::Body if in_list => {
                line.kind = LineKind::Boilerplate(Boilerplate::HeadlineList)
            }
            _ => {}
        }
    }
}

/// Boilerplate lines and prefixes are short: only this much of a line is
/// lower-cased to compare with them.
const PHRASE_BYTES: usize = 64;

/// The first [`PHRASE_BYTES`] of `line` (cut on a character boundary), in
/// lower case, written over `buf`: every line is lowered, and one buffer
/// serves them all.
fn lower_prefix<'b>(line: &str, buf: &'b mut String) -> &'b str {
    let cut = (0..=line.len().min(PHRASE_BYTES))
        .rev()
        .find(|&i| line.is_char_boundary(i))
        .unwrap_or(0);
    let prefix = &line[..cut];
    buf.clear();
    if prefix.is_ascii() {
        buf.push_str(prefix);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&prefix.to_lowercase());
    }
    buf
}

/// Why `line` is boilerplate, if it is; `lowered` is a buffer to reuse.
fn boilerplate_rule(line: &str, lexicon: &Lexicon, lowered: &mut String) -> Option<Boilerplate> {
    let rules = &lexicon.boilerplate;
    let lower = lower_prefix(line, lowered);
    if line.len() <= PHRASE_BYTES {
        let bare = lower.trim_end_matches([':', '!', '.', '|', ' ']);
        if rules.lines.contains(lower) || rules.lines.contains(bare) {
            return Some(Boilerplate::Phrase);
        }
    }
    if rules.prefixes.starts(lower) {
        return Some(Boilerplate::Prefix);
    }
    let (credit, appeals) = rules.scan(line, lowered);
    if credit {
        return Some(Boilerplate::Credit);
    }
    if is_slug(line) {
        return Some(Boilerplate::Slug);
    }
    if is_navigation(line) {
        return Some(Boilerplate::Navigation);
    }
    if is_appeal(line, appeals) {
        return Some(Boilerplate::Appeal);
    }
    None
}

/// "Home | World | Business | Opinion": three separators or more. Most lines
/// hold no separator character at all, and one pass over the bytes says so.
fn is_navigation(line: &str) -> bool {
    let may_separate = memchr::memchr3(b'|', 0xB7, 0xA2, line.as_bytes()).is_some();
    may_separate
        && [" | ", " \u{00B7} ", " \u{2022} "]
            .iter()
            .any(|sep| line.matches(sep).nth(2).is_some())
}

/// An image file name or URL slug: no spaces, several hyphens or slashes.
fn is_slug(line: &str) -> bool {
    !line.contains(' ')
        && line.len() > 10
        && (line.matches('-').count() >= 3
            || line.matches('/').count() >= 3
            || line.matches('_').count() >= 3)
}

/// Two different appeal phrases addressed to the reader, or three at all.
fn is_appeal(line: &str, hits: usize) -> bool {
    if hits < 2 {
        return false;
    }
    let to_reader = line.split(|c: char| !c.is_alphanumeric()).any(|w| {
        ["you", "your", "our", "us"]
            .iter()
            .any(|r| w.eq_ignore_ascii_case(r))
    });
    hits >= 3 || (hits >= 2 && to_reader)
}

/// The kind of a story line of `words` words, by its shape.
fn shape_kind(line: &str, words: usize) -> LineKind {
    if words <= 7 && (line.starts_with("By ") || line.starts_with("BY ")) {
        return LineKind::Byline;
    }
    let starts = |p: &str| {
        line.len() >= p.len() && line.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    if words <= 8
        && ["source:", "sources:", "via:", "source -"]
            .iter()
            .any(|p| starts(p))
    {
        return LineKind::Attribution;
    }
    if is_headline_like(line, words) {
        LineKind::Heading
    } else {
        LineKind::Body
    }
}

/// Short (`words` is its word count), and ends without sentence punctuation.
fn is_headline_like(line: &str, words: usize) -> bool {
    let end = line.trim_end_matches(|c: char| c.is_whitespace());
    let last = end.chars().last().unwrap_or(' ');
    let closes_sentence = matches!(
        last,
        '.' | '!' | '?' | '"' | '\u{201D}' | '\u{2019}' | ')' | ':' | ';' | ','
    );
    !closes_sentence && words <= HEADLINE_MAX_WORDS
}

/// Runs of at least [`HEADLINE_RUN`] headline-like lines (boilerplate lines
/// between them do not break a run) are lists of other articles.
fn mark_headline_lists(lines: &mut [Line], counts: &[usize], text: &str) {
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, lines: &mut [Line]| {
        if run.len() >= HEADLINE_RUN {
            for &i in run.iter() {
                lines[i].kind = LineKind::Boilerplate(Boilerplate::HeadlineList);
            }
        }
        run.clear();
    };
    for i in 0..lines.len() {
        match lines[i].kind {
            LineKind::Boilerplate(_) => {}
            LineKind::Heading
                if is_headline_like(&text[lines[i].start..lines[i].end], counts[i]) =>
            {
                run.push(i)
            }
            _ => flush(&mut run, lines),
        }
    }
    flush(&mut run, lines);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ontology::Ontology;

    fn kinds(text: &str) -> Vec<(String, LineKind)> {
        let o = Ontology::embedded().unwrap();
        clean(text, &o.lexicon)
            .into_iter()
            .map(|l| (text[l.start..l.end].to_string(), l.kind))
            .collect()
    }

    #[test]
    fn words_counts_as_split_whitespace_does() {
        let many = "w ".repeat(WORD_CAP + 3);
        let lines = [
            "",
            " ",
            "one",
            " two  words ",
            "tab\tand\nnew\x0Bline\x0Cfeed\rreturn",
            "no\u{A0}break space",
            "caf\u{E9} au lait",
            "a\u{2003}b",
            "x\x1Fy",
            &many,
            &format!("{many}\u{A0}z"),
            "every\x08byte\x0Eoutside\x1Ftab..return\x7Fis a word character",
            "\t\n\x0B\x0C\r words between all five controls \t\n\x0B\x0C\r",
        ];
        // A word or a space at every offset of the eight-byte chunks, with
        // a character outside ASCII before or after the chunk.
        let mut shifted: Vec<String> = Vec::new();
        for pad in 0..16 {
            for piece in ["ab cd", " x ", "\u{E9}t\u{E9} x", "a\u{2003}b c", "q\r\nr"] {
                shifted.push(format!("{}{piece}{}", "w".repeat(pad), " v".repeat(pad)));
                shifted.push(format!("{}{piece}", " ".repeat(pad)));
            }
        }
        let lines = lines
            .iter()
            .copied()
            .chain(shifted.iter().map(String::as_str));
        for line in lines {
            assert_eq!(
                words(line),
                line.split_whitespace().take(WORD_CAP).count(),
                "{line:?}"
            );
        }
    }

    #[test]
    fn story_lines_survive_and_furniture_goes() {
        let text = "Big news today\nBy Jane Doe\nCredit: Some Agency\nThe minister spoke on Monday.\n\
                    Share This\nAlso read: Another story entirely\nSource: Reuters\n";
        let k = kinds(text);
        assert_eq!(k[0].1, LineKind::Title);
        assert_eq!(k[1].1, LineKind::Byline);
        assert_eq!(k[2].1, LineKind::Boilerplate(Boilerplate::Prefix));
        assert_eq!(k[3].1, LineKind::Body);
        assert_eq!(k[4].1, LineKind::Boilerplate(Boilerplate::Phrase));
        assert_eq!(k[5].1, LineKind::Boilerplate(Boilerplate::Prefix));
        assert_eq!(k[6].1, LineKind::Attribution);
    }

    #[test]
    fn related_headline_lists_are_boilerplate() {
        let text = "Title\nA real paragraph of the story ends here after a dozen words or so.\nFirst other headline\nundefined\nSecond other headline\nThird one | more\nA closing paragraph of the story, long enough to count as one.\n";
        let k = kinds(text);
        assert_eq!(k[2].1, LineKind::Boilerplate(Boilerplate::HeadlineList));
        assert_eq!(k[4].1, LineKind::Boilerplate(Boilerplate::HeadlineList));
        assert_eq!(k[5].1, LineKind::Boilerplate(Boilerplate::HeadlineList));
        assert_eq!(k[6].1, LineKind::Body);
    }

    #[test]
    fn page_structure_header_related_lists_and_trailer() {
        let text = "Big headline here\nAditi Raghavan\nKOCHI\nThe navy rescued the crew of the ship on Tuesday, officials said in a statement.\n\
                    Home | World | Business | Opinion\nRelated Posts\nOne other story\nAnother other story?\n\
                    The last paragraph of the story says what happens next, as stories do.\nWeek in review\n";
        let k = kinds(text);
        assert_eq!(k[1].1, LineKind::Byline);
        assert_eq!(k[2].1, LineKind::Dateline);
        assert_eq!(k[3].1, LineKind::Body);
        assert_eq!(k[4].1, LineKind::Boilerplate(Boilerplate::Navigation));
        assert_eq!(k[5].1, LineKind::Boilerplate(Boilerplate::Phrase));
        assert_eq!(k[6].1, LineKind::Boilerplate(Boilerplate::HeadlineList));
        assert_eq!(k[7].1, LineKind::Boilerplate(Boilerplate::HeadlineList));
        assert_eq!(k[8].1, LineKind::Body);
        assert_eq!(k[9].1, LineKind::Boilerplate(Boilerplate::Trailer));
    }

    #[test]
    fn a_line_of_authors_above_the_story_is_a_byline() {
        let body =
            "The navy rescued the crew of the ship on Tuesday, officials said in a statement.\n";
        let k = kinds(&format!(
            "Big headline here\nAditi Raghavan and Tomas Berg\n{body}"
        ));
        assert_eq!(k[1].1, LineKind::Byline);
        let k = kinds(&format!("Big headline here\nShips and Ports\n{body}"));
        assert_ne!(k[1].1, LineKind::Byline);
    }

    #[test]
    fn a_single_heading_is_kept() {
        let k = kinds("Title\nPara one.\nA section heading\nPara two.\n");
        assert_eq!(k[2].1, LineKind::Heading);
    }

    #[test]
    fn appeals_slugs_and_repeats() {
        let k = kinds(
            "Title\nThe-Picture-Of-Some-Thing\nPlease support our reporting: become a patron today and help us.\nTitle\nThe story.\n",
        );
        assert_eq!(k[1].1, LineKind::Boilerplate(Boilerplate::Slug));
        assert_eq!(k[2].1, LineKind::Boilerplate(Boilerplate::Appeal));
        assert_eq!(k[3].1, LineKind::Boilerplate(Boilerplate::Repeated));
    }

    #[test]
    fn news_sentences_with_one_appeal_word_stay() {
        let k = kinds("Title\nThe United States will support Ukraine, the minister said.\n");
        assert_eq!(k[1].1, LineKind::Body);
    }

    #[test]
    fn credit_and_appeal_phrases_match_in_any_letter_case() {
        let k = kinds(
            "Title\nThe minister spoke in the capital on Monday.\nA crowd gathers. PHOTO CREDIT: Some Agency\n\
             SUPPORT Our Reporting and Help Us today, dear reader.\nSpectators cheered the Dondon\u{C9} team.\n",
        );
        assert_eq!(k[1].1, LineKind::Body);
        assert_eq!(k[2].1, LineKind::Boilerplate(Boilerplate::Credit));
        assert_eq!(k[3].1, LineKind::Boilerplate(Boilerplate::Appeal));
        assert_eq!(k[4].1, LineKind::Body);
    }
}
