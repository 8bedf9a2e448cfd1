//! Small text helpers shared by every stage: case tests, key normalisation,
//! slugs for IRIs, and byte-to-character offset conversion.
//!
//! Nothing here knows about entities or the ontology; these are plain string
//! functions, kept in one place so that every stage compares names the same way.

use std::borrow::Cow;

/// Is the first character an upper-case letter?
pub fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Is the first character a lower-case letter?
pub fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// `parts` one after another in `buf`, for a lookup of a short joined
/// string without allocating ("Dr" + "." or "defence" + " " + "minister");
/// None when they do not fit.
pub fn concat_on_stack<'b>(buf: &'b mut [u8], parts: &[&str]) -> Option<&'b str> {
    let mut len = 0;
    for part in parts {
        buf.get_mut(len..len + part.len())?
            .copy_from_slice(part.as_bytes());
        len += part.len();
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// At least two letters and no lower-case letter: `NATO`, `U.S.`, `EPA-EFE`.
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    // Bytes while the text is ASCII (most words end here), characters after.
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b >= 0x80 {
            return all_caps_from(&s[i..], letters);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        letters += usize::from(b.is_ascii_uppercase());
    }
    letters >= 2
}

fn all_caps_from(s: &str, mut letters: usize) -> bool {
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// Replaces typographic apostrophes and quotes with their ASCII forms.
pub fn ascii_quotes(s: &str) -> Cow<'_, str> {
    if s.chars()
        .any(|c| matches!(c, '\u{2019}' | '\u{2018}' | '\u{201C}' | '\u{201D}'))
    {
        Cow::Owned(
            s.chars()
                .map(|c| match c {
                    '\u{2019}' | '\u{2018}' => '\'',
                    '\u{201C}' | '\u{201D}' => '"',
                    c => c,
                })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// Folds a Latin letter with a diacritic to its base letter (`é` → `e`).
/// Letters outside the Latin-1 and Latin Extended-A blocks are returned unchanged.
pub fn fold_diacritic(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => 'C',
        'ď' | 'đ' => 'd',
        'Ď' | 'Đ' => 'D',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'È'..='Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => 'E',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => 'G',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'Ì'..='Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => 'I',
        'ķ' => 'k',
        'Ķ' => 'K',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => 'L',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' => 'N',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => 'O',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'Ŕ' | 'Ŗ' | 'Ř' => 'R',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'Ś' | 'Ŝ' | 'Ş' | 'Š' => 'S',
        'ţ' | 'ť' | 'ŧ' => 't',
        'Ţ' | 'Ť' | 'Ŧ' => 'T',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'Ù'..='Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' | 'Ÿ' => 'Y',
        'ź' | 'ż' | 'ž' => 'z',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        c => c,
    }
}

/// The comparison key of a name: lower case, no diacritics, ASCII apostrophes,
/// no dots (`U.S.` = `US`), hyphens and runs of white space as one space, no
/// leading article and no trailing possessive.
///
/// Spelling variants are not folded here; see [`crate::ontology::Lexicon::name_key`].
pub fn normalize(s: &str) -> String {
    let mut out = if s.is_ascii() {
        fold_ascii(s) // most names: no decoding, no diacritics
    } else {
        fold_chars(s)
    };
    for article in ["the ", "a ", "an "] {
        if out.starts_with(article) && out.len() > article.len() {
            out.drain(..article.len());
            break;
        }
    }
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    } else if out.ends_with('\'') {
        out.pop();
    }
    let trimmed = trim_non_alphanumeric(&out);
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

/// `s` without the characters that are not letters or digits at either end.
fn trim_non_alphanumeric(s: &str) -> &str {
    // Nearly every key begins and ends with an ASCII letter or digit, and
    // then there is nothing to trim.
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_alphanumeric() && z.is_ascii_alphanumeric() => s,
        _ => s.trim_matches(|c: char| !c.is_alphanumeric()),
    }
}

/// The characters of [`normalize`]: lower case, no diacritics, ASCII
/// apostrophes, no dots, and one space for each run of white space,
/// hyphens and underscores between words.
fn fold_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            c => fold_diacritic(c),
        };
        if c == '.' {
            continue;
        }
        if c.is_whitespace() || c == '-' || c == '_' || c == '\u{2013}' {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// [`fold_chars`] for ASCII text, byte by byte: names are looked up by
/// this key hundreds of thousands of times per 10 MB of news.
fn fold_ascii(s: &str) -> String {
    // The key is never longer than the name: written by index into a buffer
    // of that length, without a capacity check per byte.
    let mut out = vec![0u8; s.len()];
    let (mut len, mut pending_space) = (0, false);
    for b in s.bytes() {
        match b {
            b'.' => {}
            b' ' | b'\t'..=b'\r' | b'-' | b'_' => pending_space = len > 0,
            _ => {
                if pending_space {
                    out[len] = b' ';
                    len += 1;
                    pending_space = false;
                }
                out[len] = if b == b'`' {
                    b'\''
                } else {
                    b.to_ascii_lowercase()
                };
                len += 1;
            }
        }
    }
    out.truncate(len);
    String::from_utf8(out).expect("ASCII in, ASCII out")
}

/// An ASCII slug for IRIs and GraphML ids: lower-case letters, digits and `_`,
/// never empty, never starting with a digit-free empty string.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut push = |c: char| {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    };
    if s.is_ascii() {
        s.bytes().for_each(|b| push(b as char)); // no decoding, nothing to fold
    } else {
        s.chars().map(fold_diacritic).for_each(push);
    }
    while out.ends_with('_') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("x");
    }
    out
}

/// Slugs made unique by appending `_2`, `_3`, ...
#[derive(Debug, Default)]
pub struct UniqueSlugs {
    /// Looked up only, never iterated: a fixed fast hasher keeps it deterministic.
    used: std::collections::HashSet<String, foldhash::fast::FixedState>,
    /// The next suffix to try for each base that collided. The used set only
    /// grows, so a base's first free suffix never goes down and the search
    /// resumes there: without it the thousandth "John Smith" would try the
    /// 999 suffixes before its own, a cost growing with the square of the
    /// corpus.
    next_suffix: std::collections::HashMap<String, usize, foldhash::fast::FixedState>,
}

impl UniqueSlugs {
    /// `base`, or else `base_n` with the smallest `n` ≥ 2 not used yet;
    /// recorded as used.
    pub fn make_unique(&mut self, base: String) -> String {
        if self.used.insert(base.clone()) {
            return base;
        }
        let n = self.next_suffix.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}_{n}");
            *n += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// Converts sorted byte offsets into character offsets in one pass over `text`.
///
/// `offsets` must be sorted ascending and lie on character boundaries.
pub fn byte_to_char_offsets(text: &str, offsets: &[usize]) -> Vec<usize> {
    let mut result = Vec::with_capacity(offsets.len());
    let mut chars = 0usize;
    let mut byte = 0usize;
    let bytes = text.as_bytes();
    for &target in offsets {
        debug_assert!(target >= byte, "offsets must be sorted");
        let end = target.min(bytes.len()).max(byte);
        // Characters are the bytes that do not continue one (0b10xx_xxxx):
        // a count without branches, which the compiler vectorises.
        chars += bytes[byte..end]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        byte = end;
        result.push(chars);
    }
    result
}

/// Initials of the capitalised words of a name: "North Atlantic Treaty
/// Organisation" → "NATO", "Lisbon Herald" → "LH". Connectors ("of",
/// "the", "and") are skipped.
pub fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| starts_upper(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// `text` with each run of white space made one space and none at either end.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_collapsed(&mut out, text);
    out
}

/// Appends [`collapse_whitespace`] of `text` to `out`, without a string of its own.
pub fn push_collapsed(out: &mut String, text: &str) {
    for (k, word) in text.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// Is `c` a character XML 1.0 forbids (C0 controls but tab, line feed and
/// carriage return; U+FFFE and U+FFFF)? No output may hold one.
pub fn is_forbidden_control(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// A byte that may start a character [`is_forbidden_control`] names: a C0
/// control other than tab and line ends, or 0xEF (the lead byte of
/// U+F000..U+FFFF, U+FFFE and U+FFFF among them). Without branches (`&`
/// and `|` on bools, not `&&`), so that a fold over many bytes becomes
/// vector compares.
pub fn is_suspicious(b: u8) -> bool {
    ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')) | (b == 0xEF)
}

/// The first [`is_suspicious`] byte. Every document goes through this scan.
pub fn first_suspicious_byte(bytes: &[u8]) -> Option<usize> {
    first_byte_where(bytes, is_suspicious)
}

/// The first byte for which `test` holds, looked for 32 bytes at a time: a
/// chunk is tested whole without early exit, a loop the compiler turns into
/// vector instructions when `test` is made of comparisons.
#[inline]
pub fn first_byte_where(bytes: &[u8], test: impl Fn(u8) -> bool + Copy) -> Option<usize> {
    const CHUNK: usize = 32;
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut offset = 0;
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, &b| any | test(b)) {
            return chunk.iter().position(|&b| test(b)).map(|i| offset + i);
        }
        offset += CHUNK;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| test(b))
        .map(|i| offset + i)
}

/// Appends `s` to `buf` with some of its characters replaced: `replace`
/// writes what stands for a character into `buf` and says whether it did
/// (false keeps the character). Only characters whose first byte passes
/// `may_replace` are asked, which must pass no continuation byte
/// (0x80..=0xBF); the runs between them are found 32 bytes at a time
/// ([`first_byte_where`]) and copied whole. The escapes of the writers.
pub fn push_replacing(
    buf: &mut Vec<u8>,
    s: &str,
    may_replace: impl Fn(u8) -> bool + Copy,
    mut replace: impl FnMut(char, &mut Vec<u8>) -> bool,
) {
    let bytes = s.as_bytes();
    let (mut copied, mut from) = (0, 0);
    while let Some(i) = first_byte_where(&bytes[from..], may_replace) {
        // ASCII or a lead byte: a character starts here.
        let i = from + i;
        let c = s[i..].chars().next().expect("a character starts here");
        from = i + c.len_utf8();
        buf.extend_from_slice(&bytes[copied..i]);
        copied = i;
        if replace(c, buf) {
            copied = from;
        }
    }
    buf.extend_from_slice(&bytes[copied..]);
}

/// Does `bytes` hold an [`is_suspicious`] byte? One pass without early exit:
/// for the short strings written to XML, cheaper than finding where.
pub fn has_suspicious_byte(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |any, &b| any | is_suspicious(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concat_on_stack_joins_what_fits() {
        let mut buf = [0u8; 8];
        assert_eq!(concat_on_stack(&mut buf, &["Dr", "."]), Some("Dr."));
        assert_eq!(
            concat_on_stack(&mut buf, &["caf\u{E9}", " ", "x"]),
            Some("caf\u{E9} x")
        );
        assert_eq!(concat_on_stack(&mut buf, &[]), Some(""));
        assert_eq!(concat_on_stack(&mut buf, &["too long", "!"]), None);
    }

    #[test]
    fn normalize_folds_the_forms_a_name_takes() {
        assert_eq!(normalize("U.S."), "us");
        assert_eq!(normalize("The Hague"), "hague");
        assert_eq!(normalize("Peters\u{2019}s"), "peters");
        assert_eq!(normalize("  Dual-use   areas "), "dual use areas");
        assert_eq!(normalize("Élysée"), "elysee");
    }

    #[test]
    fn trimming_keeps_letters_and_digits_at_both_ends() {
        let texts = [
            "",
            "a",
            "-",
            "abc",
            "'the guardian",
            "abc!",
            "!abc",
            "a-b",
            "9",
            "\u{E9}",
            "a\u{E9}",
            "\u{E9}a",
            "a \u{2019}",
            "\u{201C}a\u{201D}",
            "- x -",
        ];
        for t in texts {
            let expected = t.trim_matches(|c: char| !c.is_alphanumeric());
            assert_eq!(trim_non_alphanumeric(t), expected, "{t:?}");
        }
    }

    #[test]
    fn the_ascii_fold_is_the_character_fold() {
        let every_ascii: String = (0u8..0x80).map(char::from).collect();
        let texts = [
            every_ascii.as_str(),
            " -_Mr. O`Neill's  U.S.-EU_deal\t\r\n\x0B\x0C- ",
            "...",
            "",
            "x\x1Fy\x7Fz",
        ];
        for t in texts {
            assert_eq!(fold_ascii(t), fold_chars(t), "{t:?}");
        }
    }

    #[test]
    fn slug_is_ascii_and_never_empty() {
        assert_eq!(slug("Jan Peters"), "jan_peters");
        assert_eq!(slug("Weather.Co"), "weather_co");
        assert_eq!(slug("<script>\"&"), "script");
        assert_eq!(slug("東京"), "x");
    }

    #[test]
    fn unique_slugs_never_collide() {
        let mut slugs = UniqueSlugs::default();
        assert_eq!(slugs.make_unique("a_2".into()), "a_2");
        assert_eq!(slugs.make_unique("a".into()), "a");
        assert_eq!(slugs.make_unique("a".into()), "a_3");
        assert_eq!(slugs.make_unique("a_4".into()), "a_4");
        assert_eq!(slugs.make_unique("a".into()), "a_5");
        assert_eq!(slugs.make_unique("a_3".into()), "a_3_2");
        assert_eq!(slugs.make_unique("b".into()), "b");
    }

    #[test]
    fn unique_slugs_take_the_smallest_free_suffix() {
        // Against the definition: the smallest n >= 2 whose `base_n` is free,
        // with bases that collide with one another's suffixed forms.
        let bases = ["a", "a_2", "a", "a_3", "a", "a", "a_2", "a_2_2", "a_2", "a"];
        let mut slugs = UniqueSlugs::default();
        let mut used = std::collections::HashSet::new();
        for base in bases.iter().cycle().take(60) {
            let expected = if used.contains(*base) {
                (2..)
                    .map(|n| format!("{base}_{n}"))
                    .find(|c| !used.contains(c))
                    .unwrap()
            } else {
                base.to_string()
            };
            used.insert(expected.clone());
            assert_eq!(slugs.make_unique(base.to_string()), expected);
        }
    }

    #[test]
    fn byte_offsets_become_char_offsets() {
        let text = "é a “b”";
        let offsets = [0, 2, 3, 4, text.len()];
        assert_eq!(byte_to_char_offsets(text, &offsets), vec![0, 1, 2, 3, 7]);
    }

    #[test]
    fn char_offsets_agree_with_counting_characters_in_long_text() {
        // Long enough for the vectorised count, with characters of one to
        // four bytes, and one offset past the end (counted as the end).
        let text = "Z\u{FC}rich \u{2013} \u{201C}NATO\u{201D} \u{1F642} and plain ASCII words. "
            .repeat(20);
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len(), text.len() + 5])
            .collect();
        let expected: Vec<usize> = offsets
            .iter()
            .map(|&o| text[..o.min(text.len())].chars().count())
            .collect();
        assert_eq!(byte_to_char_offsets(&text, &offsets), expected);
    }

    #[test]
    fn push_replacing_replaces_drops_and_keeps_characters() {
        let mut buf = b">".to_vec();
        let may_replace = |b: u8| b == b'-' || b == b'_' || b == 0xC3;
        push_replacing(&mut buf, "a-b_c-\u{E9}-", may_replace, |c, buf| match c {
            '-' => {
                buf.extend_from_slice(b"--");
                true
            }
            '_' => true, // dropped
            _ => false,  // kept
        });
        assert_eq!(String::from_utf8(buf).unwrap(), ">a--bc--\u{E9}--");
    }

    #[test]
    fn initials_skip_connectors() {
        assert_eq!(initials("North Atlantic Treaty Organisation"), "NATO");
        assert_eq!(initials("Parliamentary Assembly of the Council"), "PAC");
    }

    #[test]
    fn caps_tests() {
        assert!(is_all_caps("NATO"));
        assert!(is_all_caps("U.S."));
        assert!(!is_all_caps("Nato"));
        assert!(!is_all_caps("A"));
    }

    #[test]
    fn white_space_collapses_to_single_spaces() {
        assert_eq!(collapse_whitespace("  a\n\tb  c\u{A0}d "), "a b c d");
        assert_eq!(collapse_whitespace(" \n "), "");
        let mut out = String::from("x: ");
        push_collapsed(&mut out, "one\r\n two");
        assert_eq!(out, "x: one two");
    }

    #[test]
    fn the_chunked_scan_finds_the_first_suspicious_byte() {
        let naive = |b: &[u8]| {
            b.iter()
                .position(|&c| (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r')) || c == 0xEF)
        };
        for len in [0, 1, 31, 32, 33, 64, 100] {
            let clean = vec![b'a'; len];
            assert_eq!(first_suspicious_byte(&clean), None);
            for at in 0..len {
                for bad in [0x00, 0x07, 0x0B, 0x1F, 0xEF] {
                    let mut bytes = clean.clone();
                    bytes[at] = bad;
                    if at + 1 < len {
                        bytes[len - 1] = 0x01; // a later one must not win
                    }
                    assert_eq!(
                        first_suspicious_byte(&bytes),
                        naive(&bytes),
                        "len {len}, at {at}, byte {bad:#x}"
                    );
                }
            }
        }
        assert_eq!(first_suspicious_byte(b"tab\tline\nreturn\r"), None);
    }
}
