//! Ingest: finds the articles under the input paths and reads them into
//! [`Document`]s. This stage and `export` are the only ones that touch files.
//!
//! Formats: plain text and Markdown (`.txt`, `.text`, `.md`, `.markdown`: the
//! first line is the headline), HTML (`.html`, `.htm`: main text only), and
//! JSON (`.jsonl`/`.ndjson` one record per line, `.json` a record or an array
//! of records, with fields `id`, `title`, `text`|`content`|`body`, `url`,
//! `date`, `source`). A problem with one file or record is a [`Warning`]; it
//! never stops the run.

mod html;
mod json;
mod markdown;

use crate::text::first_suspicious_byte;
use crate::text::is_forbidden_control;
use std::collections::HashSet;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// One article, as the rest of the pipeline sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Stable id: the path relative to the input root (`/`-separated), or the record id.
    pub id: String,
    /// The text that is analysed; evidence offsets point into it.
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
}

/// Something wrong with one input that was reported and skipped or repaired.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl Warning {
    pub(crate) fn new(file: &Path, line: Option<usize>, message: impl Into<String>) -> Warning {
        Warning {
            file: file.display().to_string(),
            line,
            message: message.into(),
        }
    }
}

/// The input formats skein reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    JsonLines,
    Json,
}

impl Format {
    /// The format of a file name, by its extension.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "jsonl" | "ndjson" => Format::JsonLines,
            "json" => Format::Json,
            _ => return None,
        })
    }
}

/// A file found under the inputs, with the id its documents get.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct InputFile {
    pub id: String,
    pub path: PathBuf,
    pub format: Format,
}

impl PartialOrd for Format {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Format {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (*self as u8).cmp(&(*other as u8))
    }
}

/// What an input argument names: a file, a directory, or standard input (`-`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    Stdin,
}

impl Input {
    /// `-` is standard input, anything else a path.
    pub fn parse(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// Finds every article file under `paths`, sorted by id so that the order of
/// files on disk never changes the output. Directories are walked
/// recursively; hidden entries and files of unknown formats inside them are
/// skipped; loops through symbolic links are detected and reported.
pub fn discover(paths: &[PathBuf], warnings: &mut Vec<Warning>) -> Vec<InputFile> {
    let mut files = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(e) => warnings.push(Warning::new(
                path,
                None,
                format!("cannot read this input ({e}); skipped"),
            )),
            Ok(meta) if meta.is_dir() => {
                let mut visited = HashSet::new();
                walk(path, path, &mut visited, &mut files, warnings);
            }
            Ok(_) => {
                let id = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                // A file named explicitly is read even with an unknown extension, as text.
                let format = Format::of(path).unwrap_or(Format::Text);
                files.push(InputFile {
                    id,
                    path: path.clone(),
                    format,
                });
            }
        }
    }
    files.sort();
    dedupe_ids(&mut files);
    files
}

fn walk(
    root: &Path,
    dir: &Path,
    visited: &mut HashSet<PathBuf>,
    files: &mut Vec<InputFile>,
    warnings: &mut Vec<Warning>,
) {
    let canonical = match dir.canonicalize() {
        Ok(c) => c,
        Err(e) => {
            warnings.push(Warning::new(
                dir,
                None,
                format!("cannot resolve this directory ({e}); skipped"),
            ));
            return;
        }
    };
    if !visited.insert(canonical) {
        warnings.push(Warning::new(
            dir,
            None,
            "directory loop through a symbolic link; not followed again",
        ));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            warnings.push(Warning::new(
                dir,
                None,
                format!("cannot list this directory ({e}); skipped"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        match std::fs::metadata(&path) {
            Err(e) => warnings.push(Warning::new(
                &path,
                None,
                format!("cannot read ({e}); a broken symbolic link? skipped"),
            )),
            Ok(meta) if meta.is_dir() => walk(root, &path, visited, files, warnings),
            Ok(_) => {
                if let Some(format) = Format::of(&path) {
                    let id = relative_id(root, &path);
                    files.push(InputFile { id, path, format });
                }
            }
        }
    }
}

fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn dedupe_ids(files: &mut [InputFile]) {
    let mut seen = HashSet::new();
    for f in files.iter_mut() {
        let mut id = f.id.clone();
        let mut n = 2;
        while !seen.insert(id.clone()) {
            id = format!("{}#{n}", f.id);
            n += 1;
        }
        f.id = id;
    }
}

/// Reads one input file into its documents. Problems become warnings; a file
/// that cannot be used at all gives no document.
pub fn read_file(file: &InputFile, warnings: &mut Vec<Warning>) -> Vec<Document> {
    let bytes = match std::fs::read(&file.path) {
        Ok(b) => b,
        Err(e) => {
            warnings.push(Warning::new(
                &file.path,
                None,
                format!("cannot read ({e}); skipped"),
            ));
            return vec![];
        }
    };
    read_bytes(&file.id, &file.path, file.format, &bytes, warnings)
}

/// How much of a JSON Lines file [`read_file_parts`] reads at a time. A part
/// is gone over several times (read, UTF-8 check, control characters, lines,
/// JSON): small enough to stay in a core's cache for all of them, where parts
/// of 8 MB went to memory on each pass (a fifth of the build's cache misses).
const PART_BYTES: usize = 256 << 10;

/// Reads a file part by part, each part with the warnings it raised: a JSON
/// Lines file in runs of whole lines of about [`PART_BYTES`], so that memory
/// holds a few megabytes of it rather than the whole file (and its decoded
/// copy, and its documents) at once; any other file whole, as [`read_file`].
/// The documents, their ids and the warnings are those of [`read_file`].
pub fn read_file_parts(
    file: &InputFile,
) -> impl Iterator<Item = (Vec<Document>, Vec<Warning>)> + '_ {
    read_file_in_parts_of(file, PART_BYTES)
}

fn read_file_in_parts_of(
    file: &InputFile,
    part_bytes: usize,
) -> impl Iterator<Item = (Vec<Document>, Vec<Warning>)> + '_ {
    let mut lines = if file.format == Format::JsonLines {
        JsonLinesParts::open(file, part_bytes)
    } else {
        None
    };
    let mut whole = lines.is_none().then_some(file);
    std::iter::from_fn(move || match &mut lines {
        Some(parts) => parts.next(),
        None => whole.take().map(|f| {
            let mut warnings = Vec::new();
            (read_file(f, &mut warnings), warnings)
        }),
    })
}

/// The parts of a UTF-8 JSON Lines file (a UTF-16 one is read whole).
struct JsonLinesParts<'f> {
    file: &'f InputFile,
    part_bytes: usize,
    reader: std::io::BufReader<std::fs::File>,
    /// The bytes of the part being read, kept from part to part so that it
    /// grows once rather than once per part.
    bytes: Vec<u8>,
    /// The file line the next part starts on.
    next_line: usize,
    records: usize,
    done: bool,
}

impl<'f> JsonLinesParts<'f> {
    fn open(file: &'f InputFile, part_bytes: usize) -> Option<JsonLinesParts<'f>> {
        let mut f = std::fs::File::open(&file.path).ok()?;
        let mut head = [0u8; 2];
        let n = f.read(&mut head).ok()?;
        if utf16_body(&head[..n]).is_some() {
            return None;
        }
        use std::io::Seek;
        f.rewind().ok()?;
        Some(JsonLinesParts {
            file,
            part_bytes,
            reader: std::io::BufReader::new(f),
            bytes: Vec::new(),
            next_line: 1,
            records: 0,
            done: false,
        })
    }
}

impl Iterator for JsonLinesParts<'_> {
    type Item = (Vec<Document>, Vec<Warning>);

    fn next(&mut self) -> Option<(Vec<Document>, Vec<Warning>)> {
        use std::io::BufRead;
        if self.done {
            return None;
        }
        let (path, mut warnings) = (&self.file.path, Vec::new());
        let mut bytes = std::mem::take(&mut self.bytes);
        bytes.clear();
        let mut lines = 0;
        while bytes.len() < self.part_bytes {
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => {
                    self.done = true;
                    break;
                }
                Ok(_) => lines += 1,
                Err(e) => {
                    warnings.push(Warning::new(
                        path,
                        Some(self.next_line + lines),
                        format!("cannot read ({e}); the rest of the file is skipped"),
                    ));
                    self.done = true;
                    break;
                }
            }
        }
        let first_line = self.next_line;
        self.next_line += lines;
        let first_part = first_line == 1;
        let mut docs = Vec::new();
        // Only the whole file is "empty" or "blank"; a blank run of lines is not.
        if first_part || !bytes.iter().all(u8::is_ascii_whitespace) {
            let mut part_warnings = Vec::new();
            match decode(path, &bytes, &mut part_warnings) {
                Some(text) => {
                    docs =
                        json::read_lines_from(&self.file.id, path, &text, first_line, &mut warnings)
                }
                None => self.done = true, // binary or empty: the file is skipped, as when read whole
            }
            for mut w in part_warnings {
                w.line = w.line.map(|l| l + first_line - 1);
                warnings.push(w);
            }
        }
        self.bytes = bytes;
        self.records += docs.len();
        if self.done && self.records == 0 && !warnings.iter().any(|w| w.line.is_none()) {
            warnings.push(Warning::new(path, None, "no usable record; skipped"));
        }
        Some((docs, warnings))
    }
}

/// Reads standard input: JSON Lines when it starts with `{`, else one text article.
pub fn read_stdin(warnings: &mut Vec<Warning>) -> Vec<Document> {
    let mut bytes = Vec::new();
    let path = Path::new("<stdin>");
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        warnings.push(Warning::new(
            path,
            None,
            format!("cannot read standard input ({e})"),
        ));
        return vec![];
    }
    let starts_json = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let format = if starts_json {
        Format::JsonLines
    } else {
        Format::Text
    };
    read_bytes("stdin", path, format, &bytes, warnings)
}

/// Decodes and parses the bytes of one input. Pure: used by files, standard
/// input and the tests alike.
pub fn read_bytes(
    id: &str,
    path: &Path,
    format: Format,
    bytes: &[u8],
    warnings: &mut Vec<Warning>,
) -> Vec<Document> {
    let Some(mut text) = decode(path, bytes, warnings) else {
        return vec![];
    };
    if matches!(format, Format::Text | Format::Markdown) {
        // The file's lines are the article's lines: cut before parsing, by file line.
        if let Some(cut) = cut_long_lines(&mut text) {
            warnings.push(Warning::new(path, Some(cut.line), cut.message("")));
        }
    }
    let mut docs = match format {
        Format::Text => text_document(id, &text).into_iter().collect(),
        Format::Markdown => text_document(id, &markdown::to_text(&text))
            .into_iter()
            .collect(),
        Format::Html => html::document(id, &text).into_iter().collect(),
        Format::JsonLines => json::read_lines(id, path, &text, warnings),
        Format::Json => json::read_value(id, path, &text, warnings),
    };
    if format == Format::Html {
        for doc in &mut docs {
            if let Some(cut) = cut_long_lines(&mut doc.text) {
                warnings.push(Warning::new(path, None, cut.message("the page's text: ")));
            }
        }
    }
    if docs.is_empty() && matches!(format, Format::Text | Format::Markdown | Format::Html) {
        warnings.push(Warning::new(path, None, "no article text found; skipped"));
    }
    docs
}

/// No line of an article is longer than this: a longer "line" (a dump, a
/// minified file, a blob) is cut here, so that one file cannot hold up a run.
/// A paragraph of news is a few hundred bytes; a whole article on one line a
/// few tens of kilobytes.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// What [`cut_long_lines`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LongLines {
    /// The first line cut (1-based).
    pub line: usize,
    /// How many lines were cut.
    pub lines: usize,
    /// The length of the longest, in bytes.
    pub longest: usize,
}

impl LongLines {
    pub(crate) fn message(&self, prefix: &str) -> String {
        let (longest, limit) = (self.longest as f64 / (1 << 20) as f64, MAX_LINE_BYTES >> 20);
        match self.lines {
            1 => format!(
                "{prefix}a line of {longest:.1} MiB; only its first {limit} MiB is read, the rest of the line is skipped"
            ),
            n => format!(
                "{prefix}{n} lines longer than {limit} MiB (the longest {longest:.1} MiB), the first on this line; only the first {limit} MiB of each is read"
            ),
        }
    }
}

/// Cuts every line longer than [`MAX_LINE_BYTES`] at the last sentence end
/// (else white space) before the limit.
pub(crate) fn cut_long_lines(text: &mut String) -> Option<LongLines> {
    if text.len() <= MAX_LINE_BYTES {
        return None;
    }
    let mut found: Option<LongLines> = None;
    let mut out = String::new();
    let mut copied = 0; // text[..copied] is in `out`
    let mut start = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let end = start + line.len();
        let content = line.trim_end_matches(['\n', '\r']).len();
        if content > MAX_LINE_BYTES {
            let keep = cut_point(&line[..content]);
            out.push_str(&text[copied..start + keep]);
            copied = start + content; // the line break is kept
            let f = found.get_or_insert(LongLines {
                line: index + 1,
                lines: 0,
                longest: 0,
            });
            f.lines += 1;
            f.longest = f.longest.max(content);
        }
        start = end;
    }
    found.as_ref()?;
    out.push_str(&text[copied..]);
    *text = out;
    found
}

/// Where to cut a line longer than the limit: after the last full stop
/// followed by a space, else at the last white space, else at a character
/// boundary.
fn cut_point(line: &str) -> usize {
    let mut limit = MAX_LINE_BYTES.min(line.len());
    while !line.is_char_boundary(limit) {
        limit -= 1;
    }
    let head = &line[..limit];
    let floor = limit / 2;
    if let Some(i) = head.rfind(". ").filter(|&i| i >= floor) {
        return i + 1;
    }
    head.rfind(char::is_whitespace)
        .filter(|&i| i >= floor)
        .unwrap_or(limit)
}

/// Bytes to text: UTF-16 with a byte order mark, UTF-8 (a BOM is dropped), or
/// lossy UTF-8 with a warning. Binary data and empty files give `None`.
/// Control characters that XML 1.0 forbids are removed, with a warning.
pub fn decode(path: &Path, bytes: &[u8], warnings: &mut Vec<Warning>) -> Option<String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        warnings.push(Warning::new(path, None, "empty file; skipped"));
        return None;
    }
    let mut text = match decode_utf16(bytes) {
        Some((text, None)) => text,
        Some((text, Some(line))) => {
            warnings.push(Warning::new(
                path,
                Some(line),
                "invalid UTF-16; decoded with replacement characters",
            ));
            text
        }
        None => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            if looks_binary(bytes) {
                warnings.push(Warning::new(path, None, "binary data, not text; skipped"));
                return None;
            }
            match std::str::from_utf8(bytes) {
                Ok(s) => s.to_string(),
                Err(e) => {
                    let line = bytes[..e.valid_up_to()]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count()
                        + 1;
                    warnings.push(Warning::new(
                        path,
                        Some(line),
                        "invalid UTF-8; decoded with replacement characters (re-save the file as UTF-8 to silence this)",
                    ));
                    String::from_utf8_lossy(bytes).into_owned()
                }
            }
        }
    };
    if let Some(removed) = remove_control_characters(&mut text) {
        warnings.push(Warning::new(path, Some(removed.line), removed.message()));
    }
    if text.trim().is_empty() {
        warnings.push(Warning::new(path, None, "no text; skipped"));
        return None;
    }
    Some(text)
}

/// What [`remove_control_characters`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Removed {
    /// The line of the first one (1-based).
    pub line: usize,
    pub count: usize,
}

impl Removed {
    pub(crate) fn message(&self) -> String {
        format!(
            "{} that XML forbids (NUL, escape, ...) removed (vertical tabs and form feeds became spaces), the first on this line",
            count_of(self.count, "control character")
        )
    }
}

/// "1 thing", "3 things".
pub(crate) fn count_of(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

/// Removes the characters of [`is_forbidden_control`]; vertical tabs and
/// form feeds, which separate words, become spaces.
pub(crate) fn remove_control_characters(text: &mut String) -> Option<Removed> {
    let first = first_suspicious_byte(text.as_bytes())?;
    let first = text[first..].find(is_forbidden_control)? + first;
    let line = text[..first].bytes().filter(|&b| b == b'\n').count() + 1;
    let mut count = 0;
    let cleaned: String = text
        .chars()
        .filter_map(|c| match c {
            '\u{0B}' | '\u{0C}' => {
                count += 1;
                Some(' ')
            }
            c if is_forbidden_control(c) => {
                count += 1;
                None
            }
            c => Some(c),
        })
        .collect();
    *text = cleaned;
    Some(Removed { line, count })
}

/// After a UTF-16 byte-order mark: (little-endian?, the bytes after it).
fn utf16_body(bytes: &[u8]) -> Option<(bool, &[u8])> {
    match bytes {
        [0xFF, 0xFE, rest @ ..] => Some((true, rest)),
        [0xFE, 0xFF, rest @ ..] => Some((false, rest)),
        _ => None,
    }
}

/// Text after a UTF-16 byte order mark, with the line of the first unpaired
/// surrogate (or odd trailing byte) when there is one.
fn decode_utf16(bytes: &[u8]) -> Option<(String, Option<usize>)> {
    let (little, body) = utf16_body(bytes)?;
    let units = body.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut text = String::with_capacity(body.len() / 2);
    let mut bad = None;
    for r in char::decode_utf16(units) {
        let c = r.unwrap_or_else(|_| {
            bad.get_or_insert(text.bytes().filter(|&b| b == b'\n').count() + 1);
            char::REPLACEMENT_CHARACTER
        });
        text.push(c);
    }
    if body.len() % 2 == 1 {
        bad.get_or_insert(text.bytes().filter(|&b| b == b'\n').count() + 1);
    }
    Some((text, bad))
}

/// NUL bytes or many control bytes in the first 8 KiB mean binary data.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let nul = head.iter().filter(|&&b| b == 0).count();
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    nul * 100 > head.len() || control * 10 > head.len()
}

/// A plain-text article: the first non-empty line is its headline.
pub(crate) fn text_document(id: &str, text: &str) -> Option<Document> {
    if text.trim().is_empty() {
        return None;
    }
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| truncate_chars(l, 500));
    Some(Document {
        id: id.to_string(),
        text: text.to_string(),
        title,
        ..Document::default()
    })
}

/// At most `max` characters of `s`.
pub(crate) fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(format: Format, bytes: &[u8]) -> (Vec<Document>, Vec<Warning>) {
        let mut w = Vec::new();
        let docs = read_bytes("doc", Path::new("doc"), format, bytes, &mut w);
        (docs, w)
    }

    /// Reading a JSON Lines file in parts gives what reading it whole gives.
    #[test]
    fn json_lines_parts_read_like_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut lines = String::new();
        for i in 0..40 {
            match i % 10 {
                3 => lines.push_str("{not json\n"),
                5 => lines.push_str("\n   \n"),
                7 => lines.push_str("{\"title\": \"no text\"}\n"),
                _ => lines.push_str(&format!("{{\"id\": \"a{i}\", \"text\": \"Minister {i} met the envoy.\\nBad \\u0007 char.\"}}\n")),
            }
        }
        let bytes = [
            &b"\xEF\xBB\xBF"[..],
            lines.as_bytes(),
            b"{\"text\": \"bad \xFF byte\"}\n",
        ]
        .concat();
        let file = InputFile {
            id: "f.jsonl".into(),
            path: dir.path().join("f.jsonl"),
            format: Format::JsonLines,
        };
        std::fs::write(&file.path, &bytes).unwrap();
        let mut whole_warnings = Vec::new();
        let whole = read_file(&file, &mut whole_warnings);
        for part_bytes in [1, 50, 200, 1 << 20] {
            let parts: Vec<_> = read_file_in_parts_of(&file, part_bytes).collect();
            assert!(
                part_bytes > 1000 || parts.len() > 3,
                "{part_bytes} bytes: {} parts",
                parts.len()
            );
            let docs: Vec<Document> = parts.iter().flat_map(|(d, _)| d.clone()).collect();
            let mut warnings: Vec<Warning> = parts.into_iter().flat_map(|(_, w)| w).collect();
            assert_eq!(docs, whole, "{part_bytes} bytes a part");
            warnings.sort_by_key(|w| w.line);
            whole_warnings.sort_by_key(|w| w.line);
            assert_eq!(warnings, whole_warnings, "{part_bytes} bytes a part");
        }
        assert_eq!(whole.len(), 29);
    }

    #[test]
    fn parts_of_an_empty_or_binary_json_lines_file_warn_once() {
        let dir = tempfile::tempdir().unwrap();
        for (bytes, message) in [
            (&b"\n \n\n"[..], "empty"),
            (&b"\x00\x01ELF\x00\n\x00\x00\x02\n"[..], "binary"),
        ] {
            let file = InputFile {
                id: "f.jsonl".into(),
                path: dir.path().join("f.jsonl"),
                format: Format::JsonLines,
            };
            std::fs::write(&file.path, bytes).unwrap();
            let warnings: Vec<Warning> = read_file_in_parts_of(&file, 2)
                .flat_map(|(d, w)| {
                    assert!(d.is_empty());
                    w
                })
                .collect();
            assert_eq!(warnings.len(), 1, "{warnings:?}");
            assert!(warnings[0].message.contains(message), "{warnings:?}");
        }
    }

    #[test]
    fn text_title_is_first_line() {
        let (docs, w) = read(Format::Text, b"\n  Headline here \nBody.\n");
        assert!(w.is_empty());
        assert_eq!(docs[0].title.as_deref(), Some("Headline here"));
        assert_eq!(docs[0].text, "\n  Headline here \nBody.\n");
    }

    #[test]
    fn empty_and_binary_files_are_skipped_with_a_warning() {
        let (docs, w) = read(Format::Text, b"  \n\n");
        assert!(docs.is_empty());
        assert!(w[0].message.contains("empty"));
        let (docs, w) = read(Format::Text, b"\x00\x01\x02\x00ELF\x00\x00");
        assert!(docs.is_empty());
        assert!(w[0].message.contains("binary"));
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_the_line() {
        let (docs, w) = read(Format::Text, b"Title\nok line\nbad \xFF byte\n");
        assert_eq!(docs.len(), 1);
        assert!(docs[0].text.contains('\u{FFFD}'));
        assert_eq!(w[0].line, Some(3));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Title\nBody".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let (docs, w) = read(Format::Text, &bytes);
        assert!(w.is_empty());
        assert_eq!(docs[0].text, "Title\nBody");
    }

    #[test]
    fn duplicate_ids_get_a_suffix() {
        let mut files = vec![
            InputFile {
                id: "a.txt".into(),
                path: "x/a.txt".into(),
                format: Format::Text,
            },
            InputFile {
                id: "a.txt".into(),
                path: "y/a.txt".into(),
                format: Format::Text,
            },
        ];
        dedupe_ids(&mut files);
        assert_eq!(files[1].id, "a.txt#2");
    }
}
