//! HTML to article text. A tolerant tag scanner (real pages are rarely valid
//! XML): the text of `script`, `style`, `nav`, `header`, `footer`, `aside` and
//! similar elements is dropped, block elements become line breaks, entities
//! are decoded. The `<title>` (or first `<h1>`) becomes the headline, and the
//! usual `<meta>` tags give url, date and source.

use super::{Document, truncate_chars};

/// Elements whose whole content is not article text.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "noscript",
    "template",
    "svg",
    "form",
    "iframe",
    "button",
    "select",
    "figure",
    "figcaption",
    "object",
    "canvas",
    "menu",
    "dialog",
];

/// Elements that end a line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "article",
    "section",
    "blockquote",
    "main",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "title",
    "body",
];

/// How deep skipped elements may nest before the scanner stops tracking them;
/// a page that nests deeper is malformed and its rest is treated as skipped.
const MAX_SKIP_DEPTH: usize = 10_000;

#[derive(Default)]
struct Meta {
    title: Option<String>,
    h1: Option<String>,
    url: Option<String>,
    date: Option<String>,
    source: Option<String>,
}

/// Extracts the document of an HTML page, or `None` when it has no text.
pub(crate) fn document(id: &str, html: &str) -> Option<Document> {
    let mut meta = Meta::default();
    let body = extract(html, &mut meta);
    let title = meta
        .title
        .or(meta.h1)
        .map(|t| truncate_chars(t.trim(), 500))
        .filter(|t| !t.is_empty());
    let body = body.trim();
    if body.is_empty() && title.is_none() {
        return None;
    }
    // The headline leads the analysed text, as in a plain-text article.
    let text = match &title {
        Some(t) if !body.starts_with(t.as_str()) => format!("{t}\n\n{body}\n"),
        _ => format!("{body}\n"),
    };
    Some(Document {
        id: id.to_string(),
        text,
        title,
        url: meta.url,
        date: meta.date,
        source: meta.source,
    })
}

fn extract(html: &str, meta: &mut Meta) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut skip: Vec<String> = Vec::new();
    let mut capture: Option<(&'static str, String)> = None;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(rest, &skip, &mut out, &mut capture);
            break;
        };
        push_text(&rest[..lt], &skip, &mut out, &mut capture);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map(|i| &after[i + 3..]).unwrap_or("");
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name = tag_name(tag);
        if name.is_empty() || tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        if matches!(name.as_str(), "script" | "style") && !closing {
            // Raw text elements: skip to their end tag without scanning for tags.
            let end = format!("</{name}");
            rest = find_ascii_case_insensitive(rest, &end)
                .map(|i| &rest[i..])
                .unwrap_or("");
            continue;
        }
        if SKIPPED.contains(&name.as_str()) {
            if closing {
                if let Some(pos) = skip.iter().rposition(|s| *s == name) {
                    skip.truncate(pos);
                }
            } else if !tag.ends_with('/') && skip.len() < MAX_SKIP_DEPTH {
                skip.push(name);
            }
            continue;
        }
        if !closing && name == "meta" {
            read_meta(tag, meta);
        }
        if !closing
            && name == "link"
            && attr(tag, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
        {
            meta.url = meta.url.take().or_else(|| attr(tag, "href"));
        }
        match (name.as_str(), closing) {
            ("title", false) if meta.title.is_none() => capture = Some(("title", String::new())),
            ("h1", false) if meta.h1.is_none() && skip.is_empty() => {
                capture = Some(("h1", String::new()))
            }
            ("title", true) | ("h1", true) => {
                if let Some((which, text)) = capture.take() {
                    let text = crate::text::collapse_whitespace(&text);
                    if which == "title" {
                        meta.title = Some(text);
                        continue; // the title is not body text
                    }
                    meta.h1 = Some(text);
                }
            }
            _ => {}
        }
        if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

fn push_text(
    raw: &str,
    skip: &[String],
    out: &mut String,
    capture: &mut Option<(&'static str, String)>,
) {
    if !skip.is_empty() || raw.is_empty() {
        return;
    }
    let text = decode_entities(raw);
    if let Some(("title", buf)) = capture {
        buf.push_str(&text);
        return;
    }
    if let Some((_, buf)) = capture {
        buf.push_str(&text);
    }
    // Collapse the source's layout white space; lines come from block elements.
    let collapsed = crate::text::collapse_whitespace(&text);
    if collapsed.is_empty() {
        if !out.ends_with([' ', '\n']) && !out.is_empty() && text.chars().any(char::is_whitespace) {
            out.push(' ');
        }
        return;
    }
    if text.starts_with(char::is_whitespace) && !out.ends_with([' ', '\n']) && !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&collapsed);
    if text.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn find_ascii_case_insensitive(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    hay.as_bytes()
        .windows(n)
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn read_meta(tag: &str, meta: &mut Meta) {
    let key = attr(tag, "property")
        .or_else(|| attr(tag, "name"))
        .unwrap_or_default()
        .to_ascii_lowercase();
    let Some(content) = attr(tag, "content") else {
        return;
    };
    let content = decode_entities(&content).trim().to_string();
    if content.is_empty() {
        return;
    }
    match key.as_str() {
        "og:url" => meta.url = meta.url.take().or(Some(content)),
        "article:published_time" | "date" | "pubdate" | "datepublished" | "dc.date" => {
            meta.date = meta.date.take().or(Some(content))
        }
        "og:site_name" | "application-name" => meta.source = meta.source.take().or(Some(content)),
        "og:title" => meta.title = meta.title.take().or(Some(content)),
        _ => {}
    }
}

/// The value of attribute `name` in the inside of a tag.
fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(name) {
        let start = from + pos;
        from = start + name.len();
        let before_ok = start > 0 && lower.as_bytes()[start - 1].is_ascii_whitespace();
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let value_start = tag.len() - after.len() + 1;
        let value = tag[value_start..].trim_start();
        let (quote, body) = match value.chars().next() {
            Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
            _ => (None, value),
        };
        let end = match quote {
            Some(q) => body.find(q).unwrap_or(body.len()),
            None => body
                .find(|c: char| c.is_whitespace() || c == '/')
                .unwrap_or(body.len()),
        };
        return Some(body[..end].to_string());
    }
    None
}

/// Decodes the common named entities and all numeric ones.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| c == ';' || c == '&' || c.is_whitespace())
            .map(|i| i + 1);
        let decoded = end
            .filter(|&e| rest.as_bytes().get(e) == Some(&b';'))
            .and_then(|e| entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| !crate::text::is_forbidden_control(c));
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201C}',
        "rdquo" => '\u{201D}',
        "hellip" => '\u{2026}',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "oacute" => 'ó',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "copy" => '©',
        "euro" => '€',
        "pound" => '£',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_main_text_and_drops_page_furniture() {
        let html = r#"<html><head><title>Big &amp; Bold</title>
            <meta property="og:url" content="https://news.example/a">
            <meta property="article:published_time" content="2025-01-27">
            <script>var x = "<p>not text</p>";</script><style>p{}</style></head>
            <body><nav><a>Home</a></nav><header>Site</header>
            <article><h1>Big &amp; Bold</h1><p>First <b>para</b>.</p><p>Second&nbsp;one.</p></article>
            <aside>Related</aside><footer>Copyright</footer></body></html>"#;
        let doc = document("a", html).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Big & Bold"));
        assert_eq!(doc.url.as_deref(), Some("https://news.example/a"));
        assert_eq!(doc.date.as_deref(), Some("2025-01-27"));
        assert!(doc.text.contains("First para."), "{}", doc.text);
        assert!(doc.text.contains("Second one."));
        for gone in ["not text", "Home", "Site", "Related", "Copyright", "p{}"] {
            assert!(!doc.text.contains(gone), "{gone} leaked into {}", doc.text);
        }
    }

    #[test]
    fn survives_malformed_and_deep_html() {
        let deep = "<div>".repeat(50_000) + "deep text" + &"</div>".repeat(10);
        assert!(document("d", &deep).unwrap().text.contains("deep text"));
        let broken = "<p>open <b>never closed <i attr='x>text";
        assert!(document("b", broken).is_some());
        assert!(document("s", "<script>only script</script>").is_none());
    }

    #[test]
    fn decodes_entities() {
        assert_eq!(
            decode_entities("a &lt;b&gt; &#233; &#x263A; &bogus; & c"),
            "a <b> é ☺ &bogus; & c"
        );
    }
}
