//! The hostile corpus: articles in every shape skein must survive, written
//! into a directory at test time (the large ones are generated). Used by
//! `tests/hostile.rs`, `tests/determinism.rs` and, through the ignored test
//! `write_hostile_corpus`, by `.ci/run`.
//!
//! Each good article names one person with a title that gives a relation, so
//! a test can check that the article still contributed: see [`GOOD`].

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// (file, person, predicate, object) of every article that must contribute.
pub const GOOD: &[(&str, &str, &str, &str)] = &[
    ("good.txt", "Marta Zielinska", "leads", "Poland"),
    ("crlf.txt", "Aino Virtanen", "leads", "Finland"),
    ("utf16le.txt", "Nikos Papadakis", "leads", "Greece"),
    ("utf16be.txt", "Jonas Petraitis", "leads", "Lithuania"),
    ("utf8bom.md", "Ines Duarte", "leads", "Portugal"),
    ("latin1.txt", "Carmen Ruiz", "leads", "Spain"),
    ("nul.txt", "Katrin Tamm", "leads", "Estonia"),
    ("control.txt", "Janis Ozols", "leads", "Latvia"),
    ("malformed.html", "Lars Eriksen", "leads", "Denmark"),
    ("deep.html", "Sven Lindqvist", "leads", "Sweden"),
    ("scripty.html", "Mirela Popescu", "leads", "Romania"),
    ("feed.jsonl", "Tomas Novak", "leads", "Czech Republic"),
    ("array.json", "Petra Horvat", "leads", "Croatia"),
    (
        "nested/deeper/still/article.txt",
        "Eva Kovacs",
        "leads",
        "Hungary",
    ),
    ("special.txt", "Sean O'Brien-Walsh", "leads", "Ireland"),
    (
        "we<ird> \"name\" & {x}.txt",
        "Luc Peeters",
        "leads",
        "Belgium",
    ),
];

/// An article of `person`, prime minister of the country of `demonym`.
pub fn article(headline: &str, demonym: &str, person: &str) -> String {
    format!(
        "{headline}\n{demonym} Prime Minister {person} met business leaders in the capital on Monday.\n\
         The talks lasted two hours and covered trade, energy, transport and the budget for next year.\n\
         Officials said the next round would follow in the spring, after the holidays and the elections.\n"
    )
}

fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut bytes = if little {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

/// The size of the single-line file.
pub const HUGE_LINE_BYTES: usize = 50 << 20;

/// A file of `HUGE_LINE_BYTES` on one line: an article's sentence, then
/// sentences that name places but give no relation, without a line break.
pub fn huge_line() -> Vec<u8> {
    let mut out = Vec::with_capacity(HUGE_LINE_BYTES + 200);
    out.extend_from_slice(
        b"Slovak Prime Minister Marek Hudak met business leaders in the capital on Monday. ",
    );
    let filler =
        b"The weather in Bratislava was mild and the markets in Vienna were calm on Monday. ";
    while out.len() < HUGE_LINE_BYTES {
        out.extend_from_slice(filler);
    }
    out
}

/// A JSON Lines record whose text is an article line and then one line of
/// about `bytes`.
pub fn huge_record(bytes: usize) -> String {
    let sentence = "Markets in Ljubljana were calm on Monday and traders in Zagreb said little had changed since the spring. ";
    let mut text = String::from(
        "Slovenian Prime Minister Ana Zupan met business leaders in the capital on Monday.\n",
    );
    let line = sentence.repeat(bytes / sentence.len() + 1);
    text.push_str(&line[..bytes]);
    serde_json::json!({"id": "huge-record", "title": "A very long record", "text": text})
        .to_string()
}

/// Names that are special somewhere: Turtle, N-Triples, JSON, XML, IRIs.
pub const SPECIAL_TEXT: &str = concat!(
    "Quotes, \"brackets\" & <tags>: a hostile headline\n",
    "Irish Prime Minister Sean O'Brien-Walsh met business leaders in the capital on Monday.\n",
    "Johnson&Johnson said <b>nothing</b> about \"it\" \\ or about {this} | ^that^ `either`.\n",
    "Zoë Lambert met ZOE LAMBERT and Zoe Lambert in Oslo; Jose\u{301} Mu\u{308}ller met José Müller there.\n",
    "Emmanuel\u{200F} Roux \u{1F642} met \u{202E}Kari Nordmann\u{202C} and Владимир Петров in Kyiv 👍🏽.\n",
    "Anna Berg and ANNA BERG and Ánna Berg met Anna-Berg in Bergen; \"Anna <Berg>\" said ]]> and '&amp;'.\n",
    "Mr O\u{2019}Neill met Mr O'Neill at the \u{201C}Summit\u{201D} of the European Union.\n",
);

/// Writes the corpus into `dir`. `huge` adds the 50 MB single-line file and
/// the 2 MB JSON record (the tests that time-box themselves leave them out).
/// Returns the paths of the files that must be reported.
pub fn write(dir: &Path, huge: bool) -> Vec<PathBuf> {
    let w = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let mut bad = Vec::new();
    w(
        "good.txt",
        article("Talks in Warsaw", "Polish", "Marta Zielinska").as_bytes(),
    );
    w(
        "crlf.txt",
        article("Talks in Helsinki", "Finnish", "Aino Virtanen")
            .replace('\n', "\r\n")
            .as_bytes(),
    );
    w(
        "utf16le.txt",
        &utf16(
            &article("Talks in Athens", "Greek", "Nikos Papadakis"),
            true,
        ),
    );
    w(
        "utf16be.txt",
        &utf16(
            &article("Talks in Vilnius", "Lithuanian", "Jonas Petraitis"),
            false,
        ),
    );
    w(
        "utf8bom.md",
        format!(
            "\u{FEFF}# {}",
            article("Talks in **Lisbon**", "Portuguese", "Ines Duarte")
        )
        .as_bytes(),
    );
    let mut latin1 = b"Caf\xe9 talks in Madrid\n".to_vec();
    latin1.extend(
        article("", "Spanish", "Carmen Ruiz")
            .trim_start()
            .as_bytes(),
    );
    bad.push(w("latin1.txt", &latin1));
    bad.push(w(
        "nul.txt",
        article("Talks in Tallinn", "Estonian", "Katrin Tamm\0")
            .replace("leaders", "lead\0ers")
            .as_bytes(),
    ));
    let control = format!(
        "Talks in Riga\n\u{1B}[31m\u{7}alarm\u{8}\u{B}\u{C}\u{FFFE}\u{FFFF}\u{7F}\n{}",
        article("", "Latvian", "Janis Ozols").trim_start()
    );
    bad.push(w("control.txt", control.as_bytes()));
    w(
        "malformed.html",
        concat!(
            "<html><head><title>Talks in <b>Copenhagen</title><meta name=date content=2025-01-01>",
            "<body><p>Danish Prime Minister Lars Eriksen met business leaders in the capital on Monday.",
            "<p unclosed <div class='x>broken attribute</div> a < b && c > d &bogus; &#0; &#x1; &#xFFFF; &#99999999;",
            "<!-- a comment that never ends"
        )
        .as_bytes(),
    );
    let mut deep = String::from("<html><title>Talks in Stockholm</title><body>");
    deep.push_str(&"<div><span>".repeat(50_000));
    deep.push_str("<p>Swedish Prime Minister Sven Lindqvist met business leaders in the capital on Monday.</p>");
    deep.push_str(&"<aside>".repeat(20_000));
    deep.push_str("hidden</aside>");
    w("deep.html", deep.as_bytes());
    let mut scripty = String::from("<html><head><title>Talks in Bucharest</title>");
    for i in 0..2_000 {
        scripty.push_str(&format!("<script>var a{i} = '<p>not text</p>'; if (a < b && c > d) {{ }}</script><style>p{{color:red}}</style>"));
    }
    scripty.push_str("<p>Romanian Prime Minister Mirela Popescu met business leaders in the capital on Monday.</p>");
    scripty.push_str("<script>unclosed script at the end");
    w("scripty.html", scripty.as_bytes());
    bad.push(w(
        "only_script.html",
        b"<html><script>var x = 1;</script><style>body{}</style></html>",
    ));
    let mut feed = vec![
        serde_json::json!({"id": "novak", "title": "Talks in Prague", "text": article("", "Czech", "Tomas Novak").trim_start()}).to_string(),
        "{\"id\": \"broken\", \"text\": ".to_string(),
        serde_json::json!({"id": "no-text", "title": "Nothing here"}).to_string(),
        "[1, 2, 3]".to_string(),
        serde_json::json!({"id": "ctl\u{0}\u{1}", "title": "Nul\u{0}", "text": "Talks\u{0} in \u{1B}Oslo went on.", "source": "Wire\u{FFFF}"}).to_string(),
        serde_json::json!({
            "id": "a\"> <b> . # \\ {x}",
            "title": "</title><script>alert(1)</script> ]]> \" \\ ' ^^<x> . @prefix : <y> .",
            "text": "The talks in Oslo went on, \"officials\" said \\ <again>.",
            "url": "http://example.org/<a> \"{}|\\^`",
            "source": "Wire \u{200F}\u{1F642}",
            "date": "2025-13-45T99:99"
        })
        .to_string(),
    ];
    if huge {
        feed.push(huge_record(2 << 20));
    }
    bad.push(w("feed.jsonl", (feed.join("\n") + "\n").as_bytes()));
    bad.push(w(
        "array.json",
        serde_json::json!([
            {"id": "horvat", "title": "Talks in Zagreb", "body": article("", "Croatian", "Petra Horvat").trim_start()},
            {"id": "empty", "text": "   "},
            "not a record",
        ])
        .to_string()
        .as_bytes(),
    ));
    bad.push(w(
        "broken.json",
        b"{\"articles\": [{\"id\": \"x\", \"text\": \"cut off",
    ));
    bad.push(w("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00\x01\x00\x00\x00garbage\x00\x00"));
    bad.push(w(
        "binary.html",
        &(0..=255u8).cycle().take(4096).collect::<Vec<u8>>(),
    ));
    bad.push(w("empty.txt", b""));
    bad.push(w("blank.md", b"  \n\t\r\n   \n"));
    w(
        "nested/deeper/still/article.txt",
        article("Talks in Budapest", "Hungarian", "Eva Kovacs").as_bytes(),
    );
    w("special.txt", SPECIAL_TEXT.as_bytes());
    w(
        "we<ird> \"name\" & {x}.txt",
        article("Talks in Brussels", "Belgian", "Luc Peeters").as_bytes(),
    );
    w("unknown.bin", b"\x00\x01 not an article format: never read");
    w(".hidden.txt", b"Hidden files are not read\nSecret text.\n");
    if huge {
        bad.push(w("huge_line.txt", &huge_line()));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{PermissionsExt, symlink};
        let unreadable = w(
            "unreadable.txt",
            article("Talks in Oslo", "Norwegian", "Hidden Person").as_bytes(),
        );
        std::fs::set_permissions(&unreadable, std::fs::Permissions::from_mode(0o000)).unwrap();
        bad.push(unreadable);
        let broken = dir.join("broken_link.txt");
        symlink(dir.join("no/such/target.txt"), &broken).unwrap();
        bad.push(broken);
        std::fs::create_dir_all(dir.join("loop")).unwrap();
        let back = dir.join("loop/back");
        symlink("..", &back).unwrap();
        bad.push(back);
        // A file no one can read, not even root: reading /proc/self/mem at 0 fails.
        if Path::new("/proc/self/mem").exists() {
            let mem = dir.join("proc_mem.txt");
            symlink("/proc/self/mem", &mem).unwrap();
            bad.push(mem);
        }
    }
    bad
}

/// Can this process read `path`? (Root reads a file of mode 000.)
pub fn readable(path: &Path) -> bool {
    std::fs::read(path).is_ok()
}
