//! JSON articles: JSON Lines (one record a line) and JSON documents (a record,
//! an array of records, or an object with an array under `articles`,
//! `documents`, `items` or `data`). A broken line or a record without text is
//! reported with its line and skipped.

use std::path::Path;

use serde_json::Value;

use super::{Document, Warning, cut_long_lines, remove_control_characters, truncate_chars};

/// Reads JSON Lines.
pub(crate) fn read_lines(
    file_id: &str,
    path: &Path,
    text: &str,
    warnings: &mut Vec<Warning>,
) -> Vec<Document> {
    let docs = read_lines_from(file_id, path, text, 1, warnings);
    if docs.is_empty() {
        warnings.push(Warning::new(path, None, "no usable record; skipped"));
    }
    docs
}

/// The records of `text`, whose first line is line `first_line` of the file.
pub(crate) fn read_lines_from(
    file_id: &str,
    path: &Path,
    text: &str,
    first_line: usize,
    warnings: &mut Vec<Warning>,
) -> Vec<Document> {
    let mut docs = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_no = first_line + index;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(value) => {
                if let Some(doc) = record(
                    file_id,
                    path,
                    Position::Line(line_no),
                    &format!("{file_id}#{line_no}"),
                    &value,
                    warnings,
                ) {
                    docs.push(doc);
                }
            }
            Err(e) => warnings.push(Warning::new(
                path,
                Some(line_no),
                format!("not valid JSON ({e}); line skipped"),
            )),
        }
    }
    docs
}

/// Reads a JSON document holding one record or many.
pub(crate) fn read_value(
    file_id: &str,
    path: &Path,
    text: &str,
    warnings: &mut Vec<Warning>,
) -> Vec<Document> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            // A .json file may really be JSON Lines.
            if text.lines().filter(|l| !l.trim().is_empty()).count() > 1
                && text
                    .lines()
                    .all(|l| l.trim().is_empty() || l.trim_start().starts_with('{'))
            {
                return read_lines(file_id, path, text, warnings);
            }
            warnings.push(Warning::new(
                path,
                Some(e.line()),
                format!("not valid JSON ({e}); skipped"),
            ));
            return vec![];
        }
    };
    let records: Vec<&Value> = match &value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => ["articles", "documents", "items", "data"]
            .iter()
            .find_map(|k| map.get(*k).and_then(Value::as_array))
            .map(|a| a.iter().collect())
            .unwrap_or_else(|| vec![&value]),
        _ => vec![],
    };
    let many = records.len() > 1 || matches!(value, Value::Array(_));
    let docs: Vec<Document> = records
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let fallback = if many {
                format!("{file_id}#{}", i + 1)
            } else {
                file_id.to_string()
            };
            record(
                file_id,
                path,
                Position::Index(i + 1),
                &fallback,
                r,
                warnings,
            )
        })
        .collect();
    if docs.is_empty() {
        warnings.push(Warning::new(path, None, "no usable record; skipped"));
    }
    docs
}

fn string_field(value: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match value.get(*k)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// Where a record is, for warnings.
#[derive(Clone, Copy)]
enum Position {
    /// Its line in a JSON Lines file.
    Line(usize),
    /// Its place (1-based) in a JSON document's list of records.
    Index(usize),
}

impl Position {
    fn warning(self, path: &Path, message: &str) -> Warning {
        match self {
            Position::Line(line) => Warning::new(path, Some(line), message),
            Position::Index(i) => Warning::new(path, None, format!("record {i}: {message}")),
        }
    }
}

/// One record to a document.
fn record(
    _file_id: &str,
    path: &Path,
    position: Position,
    fallback_id: &str,
    value: &Value,
    warnings: &mut Vec<Warning>,
) -> Option<Document> {
    if !value.is_object() {
        warnings.push(position.warning(path, "record is not a JSON object; skipped"));
        return None;
    }
    let Some(body) = string_field(value, &["text", "content", "body", "article"]) else {
        warnings.push(position.warning(path, "record has no `text`, `content` or `body`; skipped"));
        return None;
    };
    let title = string_field(value, &["title", "headline"]).map(|t| truncate_chars(t.trim(), 500));
    let text = match &title {
        Some(t) if !body.trim_start().starts_with(t.as_str()) => format!("{t}\n\n{body}"),
        _ => body,
    };
    let mut doc = Document {
        id: string_field(value, &["id", "_id", "uuid"])
            .map(|id| truncate_chars(&id, 500))
            .unwrap_or_else(|| fallback_id.to_string()),
        text,
        title,
        url: string_field(value, &["url", "link"]),
        date: string_field(
            value,
            &["date", "published", "published_at", "datePublished"],
        ),
        source: string_field(value, &["source", "outlet", "publisher"]),
    };
    // JSON escapes (`\u0000`) can hold what the file's bytes did not.
    let mut removed = 0;
    for field in [
        Some(&mut doc.text),
        Some(&mut doc.id),
        doc.title.as_mut(),
        doc.url.as_mut(),
        doc.date.as_mut(),
        doc.source.as_mut(),
    ]
    .into_iter()
    .flatten()
    {
        removed += remove_control_characters(field).map_or(0, |r| r.count);
    }
    if removed > 0 {
        let what = super::count_of(removed, "control character");
        warnings.push(position.warning(
            path,
            &format!("{what} that XML forbids removed from the record"),
        ));
    }
    if let Some(cut) = cut_long_lines(&mut doc.text) {
        warnings.push(position.warning(path, &cut.message("the record's text: ")));
    }
    if doc.text.trim().is_empty() {
        warnings.push(position.warning(path, "record has no text left; skipped"));
        return None;
    }
    Some(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_report_broken_lines_and_go_on() {
        let text = "{\"id\": \"a\", \"title\": \"T\", \"text\": \"Body.\"}\n{broken\n{\"id\": 7, \"content\": \"C\"}\n{\"id\": \"x\"}\n";
        let mut w = Vec::new();
        let docs = read_lines("f.jsonl", Path::new("f.jsonl"), text, &mut w);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "T\n\nBody.");
        assert_eq!(docs[1].id, "7");
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].line, Some(2));
        assert_eq!(w[1].line, Some(4));
    }

    #[test]
    fn json_arrays_and_wrapped_arrays() {
        let mut w = Vec::new();
        let docs = read_value(
            "f.json",
            Path::new("f.json"),
            r#"{"articles": [{"body": "x"}, {"body": "y"}]}"#,
            &mut w,
        );
        assert_eq!(
            docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["f.json#1", "f.json#2"]
        );
        let docs = read_value(
            "g.json",
            Path::new("g.json"),
            r#"{"text": "single", "url": "u"}"#,
            &mut w,
        );
        assert_eq!(docs[0].id, "g.json");
        assert_eq!(docs[0].url.as_deref(), Some("u"));
    }
}
