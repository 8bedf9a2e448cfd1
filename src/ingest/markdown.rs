//! Markdown to plain text: headings, emphasis, links and images are reduced to
//! their words so that the rest of the pipeline sees prose.

/// Converts Markdown to plain text, line by line.
pub(crate) fn to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut in_code = false;
    for line in md.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code = !in_code;
            out.push('\n');
            continue;
        }
        if in_code {
            out.push('\n');
            continue;
        }
        let body = trimmed
            .trim_start_matches('#')
            .trim_start_matches('>')
            .trim_start();
        let body = body
            .strip_prefix("- ")
            .or_else(|| body.strip_prefix("* "))
            .unwrap_or(body);
        out.push_str(&inline(body));
        out.push('\n');
    }
    out
}

/// Drops images, keeps link texts, removes emphasis markers.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '!' && chars.get(i + 1) == Some(&'[') {
            // Image: skip ![alt](url) entirely.
            if let Some(end) = link_end(&chars, i + 1) {
                i = end;
                continue;
            }
        }
        if c == '[' {
            if let Some(end) = link_end(&chars, i) {
                let close = chars[i..]
                    .iter()
                    .position(|&c| c == ']')
                    .map(|p| p + i)
                    .unwrap_or(i);
                out.extend(&chars[i + 1..close]);
                i = end;
                continue;
            }
        }
        if matches!(c, '*' | '`') || (c == '_' && (i == 0 || !chars[i - 1].is_alphanumeric())) {
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// For `[text](url)` starting at `open`, the index just after `)`.
fn link_end(chars: &[char], open: usize) -> Option<usize> {
    let close = chars[open..].iter().position(|&c| c == ']')? + open;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = chars[close..].iter().position(|&c| c == ')')? + close;
    Some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_prose() {
        let md = "# The Title\n\nSome **bold** and [a link](http://x.y) here. ![img](a.png)\n";
        assert_eq!(to_text(md), "The Title\n\nSome bold and a link here. \n");
    }
}
