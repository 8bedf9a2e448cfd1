//! The plain-text formats of the lexicon files: TAB-separated tables with a
//! header line, and one-entry-per-line word lists. Every row keeps its line
//! number so that a malformed entry is reported as `FILE:LINE`.

use super::OntologyError;

/// One data row of a `.tsv` file.
#[derive(Debug)]
pub(crate) struct Row<'a> {
    pub file: &'a str,
    pub line: usize,
    fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The field at `index` (columns are checked when the table is read).
    pub fn get(&self, index: usize) -> &'a str {
        self.fields[index]
    }

    /// The field at `index` split on `|`, empty items dropped.
    pub fn list(&self, index: usize) -> impl Iterator<Item = &'a str> + 'a {
        self.fields[index]
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// The field at `index`, or `None` when it is empty.
    pub fn optional(&self, index: usize) -> Option<&'a str> {
        Some(self.fields[index]).filter(|s| !s.is_empty())
    }

    /// An error located at this row.
    pub fn error(&self, message: impl Into<String>) -> OntologyError {
        OntologyError::Malformed {
            file: self.file.to_string(),
            line: self.line,
            message: message.into(),
        }
    }
}

fn is_skipped(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

/// Parses a TAB-separated table whose first non-comment line must be `header`.
pub(crate) fn read_table<'a>(
    file: &'a str,
    text: &'a str,
    header: &[&str],
) -> Result<Vec<Row<'a>>, OntologyError> {
    let mut rows = Vec::new();
    let mut seen_header = false;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if is_skipped(raw) {
            continue;
        }
        let fields: Vec<&str> = raw
            .trim_end_matches('\r')
            .split('\t')
            .map(str::trim)
            .collect();
        if !seen_header {
            if fields != header {
                return Err(OntologyError::Malformed {
                    file: file.to_string(),
                    line,
                    message: format!(
                        "expected the header `{}` (TAB-separated), found `{}`",
                        header.join("\\t"),
                        raw.replace('\t', "\\t")
                    ),
                });
            }
            seen_header = true;
            continue;
        }
        if fields.len() != header.len() {
            return Err(OntologyError::Malformed {
                file: file.to_string(),
                line,
                message: format!(
                    "expected {} TAB-separated fields ({}), found {}; an empty field is written as nothing between two TABs",
                    header.len(),
                    header.join(", "),
                    fields.len()
                ),
            });
        }
        rows.push(Row { file, line, fields });
    }
    if !seen_header {
        return Err(OntologyError::Malformed {
            file: file.to_string(),
            line: 1,
            message: format!("the file has no header line `{}`", header.join("\\t")),
        });
    }
    Ok(rows)
}

/// Parses a word list: one entry per line, `#` comments and blank lines skipped.
pub(crate) fn read_list(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !is_skipped(l)).map(|l| l.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_with_line_numbers() {
        let text = "# comment\na\tb\n\nx\ty|z\n";
        let rows = read_table("t.tsv", text, &["a", "b"]).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 4);
        assert_eq!(rows[0].list(1).collect::<Vec<_>>(), vec!["y", "z"]);
    }

    #[test]
    fn reports_file_and_line_of_a_short_row() {
        let text = "a\tb\nonly-one\n";
        let err = read_table("t.tsv", text, &["a", "b"]).unwrap_err();
        assert!(err.to_string().starts_with("t.tsv:2:"), "{err}");
    }

    #[test]
    fn reports_a_wrong_header() {
        let err = read_table("t.tsv", "a b\n", &["a", "b"]).unwrap_err();
        assert!(err.to_string().contains("t.tsv:1:"), "{err}");
    }
}
