//! A generator of synthetic news articles, for benchmarks.
//!
//! Speed and memory have to be measured on corpora from 10 MB to 1 GB, far
//! more real news than the project may ship, so the benchmarks write their
//! own. The text is made to load every stage the way news does: a headline,
//! an optional byline and date, a dateline (`OSLO (Reuters) –`), paragraphs
//! in which people are introduced with role titles and then named by
//! surname, honorific, title or pronoun, relation sentences built on the cue
//! verbs (some hedged, negated, conditional or interrogative, which must give
//! no relation), filler, and the boilerplate scraped pages carry (captions,
//! credits, share buttons, lists of related headlines, donation appeals).
//!
//! Places, organisations, outlets and role titles are the lexicon's own, so
//! the pipeline recognises them; people and companies are invented (given
//! names from the lexicon, surnames built from syllables) so that a large
//! corpus has hundreds of thousands of distinct entities. Every entity is
//! drawn with a Zipf-like law: a few are named in a large share of the
//! articles (thousands of mentions across a corpus), most only once or twice,
//! as in real news.
//!
//! The output depends only on the seed: the same seed gives the same articles,
//! byte for byte, on every machine ([`Rng`] is written here, not taken from a
//! crate whose algorithm might change).
//!
//! ```
//! use skein::{corpusgen, ontology::Ontology};
//!
//! let ontology = Ontology::embedded()?;
//! let docs = corpusgen::generate(&ontology, 7, 20_000);
//! assert!(docs.iter().map(|d| d.text.len()).sum::<usize>() >= 20_000);
//! assert_eq!(docs, corpusgen::generate(&ontology, 7, 20_000));
//! # Ok::<(), skein::ontology::OntologyError>(())
//! ```

use std::collections::HashMap;

use crate::ingest::Document;
use crate::ontology::{EntityType, Ontology};

/// splitmix64: tiny, fast and fully specified, so a seed names the same
/// corpus forever.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// A uniform number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// A uniform number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A rank in `0..n` with P(rank = k) roughly proportional to 1/(k+1):
    /// the continuous 1/x law on `[1, n+1)`, sampled by inverting its CDF.
    pub fn zipf(&mut self, n: usize) -> usize {
        let x = ((n as f64 + 1.0).ln() * self.unit()).exp();
        (x as usize).saturating_sub(1).min(n - 1)
    }
}

/// The splitmix64 finaliser; also hashes a seed and an index into the
/// attributes of the `index`-th invented person or company.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// How many invented people and companies a corpus draws from. Large enough
/// that a 1 GB corpus keeps meeting new ones.
const PEOPLE: usize = 1_000_000;
const COMPANIES: usize = 200_000;

/// Syllables of invented surnames and company names: 64 of them, 2 to 4 per
/// name, so that unrelated people rarely share a surname.
const SYLLABLES: [&str; 64] = [
    "ka", "lo", "ven", "mar", "ti", "sor", "bel", "dra", "nu", "vik", "ren", "tal", "os", "ber",
    "gon", "li", "sa", "ko", "mi", "tan", "del", "ru", "vas", "hen", "ad", "el", "fo", "ga", "zor",
    "quin", "bra", "sel", "mon", "ta", "ri", "ost", "an", "dor", "ve", "lin", "sto", "mer", "ca",
    "dis", "ul", "pa", "ros", "ni", "wen", "gar", "tes", "ob", "har", "ly", "mo", "ster", "in",
    "vo", "rak", "es", "tor", "ba", "lund", "ne",
];

/// The words a company name ends in (each is an organisation designator).
const COMPANY_SUFFIXES: &[&str] = &[
    "Holdings",
    "Group",
    "Industries",
    "Energy",
    "Systems",
    "Technologies",
    "Bank",
    "Motors",
    "Partners",
    "Corp",
];

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Fillers for the slots of the sentence templates, by slot name.
const WORDS: &[(&str, &[&str])] = &[
    (
        "data",
        &[
            "gas storage data",
            "intelligence",
            "satellite imagery",
            "classified standards",
            "customs records",
            "flight data",
            "vaccine supplies",
            "weather data",
            "tax information",
            "border surveillance footage",
            "defence technology",
            "research findings",
        ],
    ),
    (
        "topic",
        &[
            "energy security",
            "migration",
            "trade tariffs",
            "climate targets",
            "the budget",
            "arms control",
            "food prices",
            "cyber security",
            "debt relief",
            "shipping routes",
            "the ceasefire",
            "sanctions",
        ],
    ),
    (
        "action",
        &[
            "cut emissions faster",
            "release the detained journalists",
            "reopen the border crossing",
            "raise defence spending",
            "lift the export ban",
            "return to the negotiating table",
            "increase aid to the region",
            "delay the vote",
            "honour the ceasefire",
            "reform the pension system",
        ],
    ),
    (
        "threat",
        &[
            "cut its remaining gas supplies at short notice",
            "impose new tariffs",
            "close its airspace",
            "expel foreign diplomats",
            "suspend the grain deal",
            "freeze the aid programme",
        ],
    ),
    (
        "reason",
        &[
            "its handling of the crisis",
            "failing to act sooner",
            "blocking the aid convoy",
            "the crackdown on protesters",
            "delays in the investigation",
            "breaking the agreement",
        ],
    ),
    (
        "effect",
        &[
            "pushed up energy prices across the region",
            "displaced millions of people",
            "disrupted grain exports",
            "strained public finances",
            "dominated the summit",
        ],
    ),
    (
        "target",
        &[
            "energy grid",
            "ports",
            "air defences",
            "railway network",
            "fuel depots",
        ],
    ),
    (
        "sanction",
        &["sanctions", "new tariffs", "legal action", "an export ban"],
    ),
    (
        "goods",
        &[
            "ammunition",
            "wind turbines",
            "grain",
            "medical equipment",
            "fighter jets",
            "chips",
        ],
    ),
    (
        "quote",
        &[
            "This is about trust between neighbours",
            "We have seen this before, and we should plan for it",
            "Nobody should be surprised by what happens next",
            "We will not accept this",
            "The door remains open to dialogue",
            "There is still a lot of work to do",
        ],
    ),
];

/// Sentences that state a relation: sharing, warning, urging, criticising,
/// supporting, meeting, war, attacks, threats, membership. Slots: `P`, `Q`
/// people; `A`, `B` agents (countries, organisations, companies); `C`, `D`
/// countries; `O` an organisation; `K` a company; `he` the pronoun of the
/// last person named; the others are filled from [`WORDS`], `city`, `day`,
/// `n` and `year`.
const FACTS: &[&str] = &[
    "{A} has agreed to share {data} with {B}, {P} said on {day}.",
    "{A} will share {data} with {B} from next month.",
    "{A} began sharing {data} with {B} last year, {P} told reporters.",
    "{A} agreed to exchange {data} with {B}, according to a statement.",
    "{P} met {Q} in {city} on {day}.",
    "{P} met {Q} on the sidelines of the summit in {city}.",
    "{P} held talks with {Q} about {topic}.",
    "{P} warned that {A} could {threat}.",
    "{P} urged {A} to {action}.",
    "{A} urged {B} to {action}, {P} said.",
    "{P} criticised {A} for {reason}.",
    "{A} condemned {B} for {reason}.",
    "{P} denounced {A} over {topic}.",
    "{A} backed {B} in the dispute over {topic}.",
    "{P} praised {A} for {reason}.",
    "{C}'s war in {D} has {effect}.",
    "{C} attacked {D}'s {target} overnight, officials said.",
    "{C}'s attacks on {D} have {effect}.",
    "{A} threatened {B} with {sanction}.",
    "{C} joined {O} in {year}.",
    "{K} will supply {C} with {goods}, {P} said.",
];

/// Sentences that name a relation without stating it: negated, hedged,
/// conditional or asked.
const NON_FACTS: &[&str] = &[
    "{A} has not agreed to share {data} with {B}.",
    "{P} did not criticise {A} directly.",
    "{C} may attack {D} if talks fail, analysts said.",
    "If {C} attacks {D}, {O} would respond, {P} said.",
    "It is unclear whether {A} will share {data} with {B}.",
    "Will {A} back {B} in the dispute over {topic}?",
    "{A} could threaten {B} with {sanction}, diplomats said.",
    "{P} never met {Q}, {he} said.",
];

/// Sentences that name entities in no relation.
const NEUTRAL: &[&str] = &[
    "{P} told reporters in {city} that {topic} would top the agenda.",
    "\"{quote},\" {P} said.",
    "\"{quote},\" {he} told reporters in {city}.",
    "{he} said the talks would continue next week.",
    "{O} is expected to publish its figures on {day}.",
    "Shares in {K} rose {n}% after the announcement.",
    "Officials in {city} declined to comment.",
    "{A} and {B} have disagreed over {topic} for years.",
    "{P} arrived in {city} on {day} for a two-day visit.",
];

/// Sentences that name nothing, put together from an opening, a subject, a
/// reporting verb and a clause, so that prose varies as it does in news.
const FILLER_OPENINGS: &[&str] = &[
    "",
    "",
    "On {day}, ",
    "Earlier this month, ",
    "In a statement, ",
    "Last year, ",
    "By contrast, ",
    "For now, ",
    "At the same time, ",
];
const FILLER_SUBJECTS: &[&str] = &[
    "officials",
    "the government",
    "the committee",
    "analysts",
    "economists",
    "residents",
    "lawmakers",
    "investors",
    "aid groups",
    "the central bank",
    "diplomats",
    "the company",
    "local authorities",
    "industry groups",
    "opposition parties",
    "researchers",
];
const FILLER_VERBS: &[&str] = &[
    "said",
    "reported",
    "estimated",
    "believed",
    "noted",
    "suggested",
    "argued",
];
const FILLER_CLAUSES: &[&str] = &[
    "the figures would be revised in the spring",
    "prices had risen by {n}% since the start of the year",
    "about {n},000 people had been affected by the floods",
    "the plan would cost about ${n} billion over five years",
    "the number of applications had fallen for a third year in a row",
    "demand for {goods} was likely to stay strong",
    "the talks on {topic} would resume after the holidays",
    "unemployment had edged down to {n}.{n}%",
    "the new rules would take effect at the end of the month",
    "the vote had been postponed until further notice",
    "the reforms were long overdue",
    "growth would slow in the second half of the year",
    "a decision on {topic} was not expected before the summer",
    "the shortage of {goods} could last for months",
    "hundreds of families were still waiting for compensation",
    "the project was running two years behind schedule",
];

const HEADLINES: &[&str] = &[
    "{A} to share {data} with {B}",
    "{A} and {B} hold talks on {topic}",
    "{P} urges {A} to {action}",
    "{A} warns of {topic} risks",
    "{C} accused of breaking ceasefire",
    "{K} profits rise on strong demand",
    "Talks on {topic} stall in {city}",
];

/// Headings of the lists of other stories at the foot of a page.
const LIST_HEADINGS: &[&str] = &["Related Posts", "Read Next", "More Stories"];

/// Appeals and other trailing lines of scraped pages.
const APPEALS: &[&str] = &[
    "Support our journalism. Donate today and subscribe to our newsletter.",
    "Sign up for our daily newsletter to get the news first.",
    "Become a patron and support independent reporting.",
    "Follow us",
    "Share This",
    "Share this article",
];

/// What an invented person's title is attached to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    Country(usize),
    Organization(usize),
    Media(usize),
    Company(usize),
}

/// A role title of the lexicon that can be written with an owner we can draw.
#[derive(Clone, Debug)]
struct Title {
    /// As the lexicon writes it, lower case: "prime minister".
    lower: String,
    /// Capitalised, as before a name: "Prime Minister".
    capitalised: String,
    /// Held by one person at a time, so "the prime minister" names them.
    post: bool,
    owners: Vec<EntityType>,
}

#[derive(Clone, Debug)]
struct Country {
    name: String,
    /// The nationality adjective ("Norwegian"), when the lexicon has one.
    demonym: Option<String>,
}

#[derive(Clone, Debug)]
struct Organization {
    /// With "the" when news writes it so ("the European Union").
    name: String,
    /// A noun it is called by on second mention ("alliance").
    noun: Option<String>,
}

/// Everything the articles are made of, taken from the ontology.
#[derive(Clone, Debug)]
struct Vocabulary {
    countries: Vec<Country>,
    cities: Vec<String>,
    organizations: Vec<Organization>,
    media: Vec<String>,
    titles: Vec<Title>,
    given_names: Vec<&'static str>,
}

impl Vocabulary {
    /// The lexicon's entries and titles, each list shuffled by the seed so
    /// that which entities are the most frequent also depends on it.
    fn new(ontology: &Ontology, rng: &mut Rng) -> Vocabulary {
        let lexicon = &ontology.lexicon;
        let demonyms = embedded_demonyms();
        let of_type = |t: EntityType| lexicon.entries.iter().filter(move |e| e.entity_type == t);
        let mut countries: Vec<Country> = of_type(EntityType::Country)
            .map(|e| Country {
                name: e.name.clone(),
                demonym: demonyms.get(e.name.as_str()).map(|d| d.to_string()),
            })
            .collect();
        let mut cities: Vec<String> = of_type(EntityType::City).map(|e| e.name.clone()).collect();
        let mut organizations: Vec<Organization> = of_type(EntityType::Organization)
            .map(|e| Organization {
                name: with_article(&e.name),
                noun: e.nouns.first().cloned(),
            })
            .collect();
        let mut media: Vec<String> = of_type(EntityType::Media).map(|e| e.name.clone()).collect();
        let drawable = [
            EntityType::Country,
            EntityType::Organization,
            EntityType::Media,
        ];
        let titles: Vec<Title> = lexicon
            .roles
            .iter()
            .map(|r| Title {
                lower: r.title.clone(),
                capitalised: capitalise_title(&r.title),
                post: r.post,
                owners: r
                    .owners
                    .iter()
                    .copied()
                    .filter(|t| drawable.contains(t))
                    .collect(),
            })
            .filter(|t| !t.owners.is_empty())
            .collect();
        let given_names: Vec<&'static str> = Ontology::embedded_file("lexicon/given_names.txt")
            .unwrap_or("")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        shuffle(&mut countries, rng);
        shuffle(&mut cities, rng);
        shuffle(&mut organizations, rng);
        shuffle(&mut media, rng);
        Vocabulary {
            countries,
            cities,
            organizations,
            media,
            titles,
            given_names,
        }
    }
}

/// The first demonym of every country of the embedded `countries.tsv`, by
/// country name: the lexicon compiles demonyms into its matcher and keeps no
/// list of them per entry.
fn embedded_demonyms() -> HashMap<&'static str, &'static str> {
    let table = Ontology::embedded_file("lexicon/countries.tsv").unwrap_or("");
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let demonym = cols.get(3)?.split('|').next().filter(|d| !d.is_empty())?;
            Some((*cols.get(1)?, demonym))
        })
        .collect()
}

/// Institutions are "the European Union", "the World Health Organization";
/// companies and single names ("NATO", "Airbus") take no article.
fn with_article(name: &str) -> String {
    let head = name.rsplit(' ').next().unwrap_or(name);
    match name.contains(' ') && INSTITUTION_HEADS.contains(&head) {
        true => format!("the {name}"),
        false => name.to_string(),
    }
}

/// Last words of organisation names that are written with "the".
const INSTITUTION_HEADS: &[&str] = &[
    "Party",
    "Organization",
    "Organisation",
    "Agency",
    "Union",
    "Bank",
    "Council",
    "Service",
    "Department",
    "Army",
    "Forces",
    "Commission",
    "Command",
    "Office",
    "Force",
    "Congress",
    "Community",
    "Nations",
    "Court",
    "Authority",
    "Administration",
    "Programme",
    "Movement",
    "Institute",
    "Guard",
    "Fund",
    "Forum",
    "Committee",
    "Assembly",
    "Parliament",
    "Alliance",
    "Ministry",
    "Secretariat",
];

/// "secretary general" → "Secretary General", "commander-in-chief" →
/// "Commander-in-Chief", "ceo" → "CEO".
fn capitalise_title(title: &str) -> String {
    let word = |w: &str| match w {
        "of" | "in" | "the" | "and" => w.to_string(),
        "ceo" => w.to_uppercase(),
        _ => capitalise(w),
    };
    title
        .split(' ')
        .map(|w| w.split('-').map(word).collect::<Vec<_>>().join("-"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Fisher–Yates.
fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// An invented person: a function of the seed and their rank.
#[derive(Clone, Debug)]
struct Person {
    given: &'static str,
    surname: String,
    title: usize,
    owner: Owner,
    female: bool,
}

/// A name of 2 to 4 syllables, drawn from `hash`.
fn invented_name(mut hash: u64) -> String {
    let syllables = 2 + (hash % 3) as usize;
    hash /= 3;
    let mut name = String::new();
    for _ in 0..syllables {
        name.push_str(SYLLABLES[(hash % 64) as usize]);
        hash /= 64;
    }
    capitalise(&name)
}

fn company_name(seed: u64, rank: usize) -> String {
    let hash = mix(seed ^ 0xC0_4D41_4E59 ^ (rank as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    format!(
        "{} {}",
        invented_name(hash >> 8),
        COMPANY_SUFFIXES[(hash % COMPANY_SUFFIXES.len() as u64) as usize]
    )
}

/// What one article is about: the entities it may name, and which of them
/// it has named already (first mentions are written in full).
#[derive(Debug, Default)]
struct Cast {
    people: Vec<(Person, bool)>,
    countries: Vec<usize>,
    organizations: Vec<(usize, bool)>,
    companies: Vec<usize>,
    city: usize,
    agency: usize,
    /// The person named last, for pronouns.
    last_person: Option<usize>,
}

/// How a slot is written: in a headline or caption, names are plain; in the
/// story, a person's first mention carries their title, as an apposition
/// when the sentence goes on after the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Plain,
    Story,
    StoryApposition,
}

/// An entity chosen for a slot of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pick {
    Person(usize),
    Country(usize),
    Organization(usize),
    Company(usize),
}

/// Writes synthetic articles, one after the other, forever; see the module
/// documentation.
#[derive(Clone, Debug)]
pub struct Generator {
    seed: u64,
    rng: Rng,
    vocabulary: Vocabulary,
    articles: u64,
}

impl Generator {
    /// A generator of the articles of `seed`, with the places,
    /// organisations, outlets and titles of `ontology`'s lexicon.
    pub fn new(ontology: &Ontology, seed: u64) -> Generator {
        let mut rng = Rng::new(seed);
        let vocabulary = Vocabulary::new(ontology, &mut rng);
        Generator {
            seed,
            rng,
            vocabulary,
            articles: 0,
        }
    }

    /// The next article: id `gen-SEED-NNNNNNN`, the headline as title and as
    /// the first line of the text.
    pub fn article(&mut self) -> Document {
        let id = format!("gen-{}-{:07}", self.seed, self.articles);
        self.articles += 1;
        let mut writer = ArticleWriter::new(self);
        let headline = writer.headline();
        let text = writer.text(&headline);
        Document {
            id,
            text,
            title: Some(headline),
            ..Document::default()
        }
    }

    /// The person of this rank, the same in every article of the seed.
    fn person(&self, rank: usize) -> Person {
        let hash = mix(self.seed ^ (rank as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let v = &self.vocabulary;
        let title = (hash % v.titles.len() as u64) as usize;
        let mut owner_rng = Rng::new(hash);
        let owner = match owner_rng.pick(&v.titles[title].owners) {
            EntityType::Country => Owner::Country(owner_rng.zipf(v.countries.len())),
            EntityType::Media => Owner::Media(owner_rng.zipf(v.media.len())),
            _ if owner_rng.chance(0.5) => Owner::Company(owner_rng.zipf(COMPANIES)),
            _ => Owner::Organization(owner_rng.zipf(v.organizations.len())),
        };
        Person {
            given: v.given_names[(hash >> 16) as usize % v.given_names.len()],
            surname: invented_name(hash >> 32),
            title,
            owner,
            female: hash & (1 << 12) != 0,
        }
    }
}

impl Iterator for Generator {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        Some(self.article())
    }
}

/// At least `bytes` bytes of articles of `seed` (the last article is not
/// cut), in order.
pub fn generate(ontology: &Ontology, seed: u64, bytes: usize) -> Vec<Document> {
    let mut total = 0;
    Generator::new(ontology, seed)
        .take_while(|d| {
            let more = total < bytes;
            total += d.text.len();
            more
        })
        .collect()
}

/// Writes one article: chooses its cast, then fills sentence templates.
struct ArticleWriter<'g> {
    generator: &'g mut Generator,
    cast: Cast,
}

impl<'g> ArticleWriter<'g> {
    fn new(generator: &'g mut Generator) -> ArticleWriter<'g> {
        let mut w = ArticleWriter {
            generator,
            cast: Cast::default(),
        };
        w.cast_article();
        w
    }

    fn rng(&mut self) -> &mut Rng {
        &mut self.generator.rng
    }

    /// 2 to 6 people, 2 to 4 countries, 1 to 3 organisations, 1 or 2
    /// companies, a city and an agency; each distinct, drawn by rank.
    fn cast_article(&mut self) {
        let v = &self.generator.vocabulary;
        let (n_countries, n_organizations, n_media) =
            (v.countries.len(), v.organizations.len(), v.media.len());
        let n_cities = v.cities.len();
        let people = 2 + self.rng().below(5);
        let ranks = self.distinct(people, PEOPLE);
        self.cast.people = ranks
            .into_iter()
            .map(|r| (self.generator.person(r), false))
            .collect();
        let countries = 2 + self.rng().below(3);
        self.cast.countries = self.distinct(countries, n_countries);
        let organizations = 1 + self.rng().below(3);
        self.cast.organizations = self
            .distinct(organizations, n_organizations)
            .into_iter()
            .map(|o| (o, false))
            .collect();
        let companies = 1 + self.rng().below(2);
        self.cast.companies = self.distinct(companies, COMPANIES);
        self.cast.city = self.rng().zipf(n_cities);
        self.cast.agency = self.rng().zipf(n_media);
    }

    /// `k` distinct ranks in `0..n`, drawn by the Zipf law.
    fn distinct(&mut self, k: usize, n: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(k);
        while out.len() < k.min(n) {
            let r = self.rng().zipf(n);
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    fn headline(&mut self) -> String {
        let template = *self.rng().pick(HEADLINES);
        let line = self.render(template, false);
        line.trim_end_matches('.').to_string()
    }

    /// The whole text: header lines, story paragraphs of about 1 to 8 KB in
    /// all, then the page's trailing boilerplate.
    fn text(&mut self, headline: &str) -> String {
        let target = 1024 + self.rng().below(7 * 1024);
        let mut text = format!("{headline}\n");
        self.header(&mut text);
        text.push('\n');
        let mut first = true;
        while text.len() < target {
            let paragraph = self.paragraph();
            if first {
                let dateline = self.dateline();
                text.push_str(&dateline);
                first = false;
            }
            text.push_str(&paragraph);
            text.push_str("\n\n");
        }
        self.trailer(&mut text);
        text
    }

    /// Byline, date and photo caption, each on some pages only.
    fn header(&mut self, text: &mut String) {
        if self.rng().chance(0.6) {
            let author = self.journalist();
            let line = if self.rng().chance(0.3) {
                format!("By {author} and {}", self.journalist())
            } else {
                format!("By {author}")
            };
            text.push_str(&line);
            text.push('\n');
        }
        if self.rng().chance(0.5) {
            let date = self.date();
            let line = format!(
                "{date} {}:{:02} PM GMT Updated {} hours ago",
                1 + self.rng().below(11),
                self.rng().below(60),
                1 + self.rng().below(9)
            );
            text.push_str(&line);
            text.push('\n');
        }
        if self.rng().chance(0.4) {
            let who = self.render("{P} speaks to reporters in {city}.", false);
            let agency = self.agency();
            text.push_str(&format!("{who} Credit: {agency}\n"));
        }
    }

    /// `OSLO (Reuters) – ` or `OSLO, May 4 (Reuters) - `.
    fn dateline(&mut self) -> String {
        let city = self.generator.vocabulary.cities[self.cast.city].to_uppercase();
        let agency = self.agency();
        if self.rng().chance(0.5) {
            format!("{city} ({agency}) – ")
        } else {
            let month = &self.rng().pick(MONTHS)[..3];
            format!("{city}, {month} {} ({agency}) - ", 1 + self.rng().below(28))
        }
    }

    /// One to four sentences: a tenth state a relation, a few more name one
    /// without stating it, a quarter name entities in no relation, and the
    /// rest name nothing. (This is richer in relations than general news,
    /// which rarely has more than a few per article.)
    fn paragraph(&mut self) -> String {
        let n = 1 + self.rng().below(4);
        let sentences: Vec<String> = (0..n)
            .map(|_| {
                let roll = self.rng().unit();
                let templates = match roll {
                    r if r < 0.10 => FACTS,
                    r if r < 0.14 => NON_FACTS,
                    r if r < 0.40 => NEUTRAL,
                    _ => return self.filler(),
                };
                let template = *self.rng().pick(templates);
                self.render(template, true)
            })
            .collect();
        sentences.join(" ")
    }

    /// A sentence that names nothing.
    fn filler(&mut self) -> String {
        let template = format!(
            "{}{} {} that {}.",
            self.rng().pick(FILLER_OPENINGS),
            self.rng().pick(FILLER_SUBJECTS),
            self.rng().pick(FILLER_VERBS),
            self.rng().pick(FILLER_CLAUSES)
        );
        self.render(&template, true)
    }

    /// Credits, share buttons, related headlines and appeals.
    fn trailer(&mut self, text: &mut String) {
        if self.rng().chance(0.4) {
            let (a, b, city) = (
                self.journalist(),
                self.journalist(),
                self.render("{city}", false),
            );
            text.push_str(&format!("Reporting by {a} in {city}; Editing by {b}\n"));
        }
        if self.rng().chance(0.5) {
            text.push_str(*self.rng().pick(LIST_HEADINGS));
            text.push('\n');
            for _ in 0..3 + self.rng().below(3) {
                let line = self.headline_elsewhere();
                text.push_str(&line);
                text.push('\n');
            }
        }
        for _ in 0..self.rng().below(3) {
            let line = *self.rng().pick(APPEALS);
            text.push_str(line);
            text.push('\n');
        }
        if self.rng().chance(0.3) {
            let year = 2015 + self.rng().below(11);
            let agency = self.agency();
            text.push_str(&format!(
                "Copyright {year} {agency}. All rights reserved.\n"
            ));
        }
    }

    /// A headline of another story, about other entities.
    fn headline_elsewhere(&mut self) -> String {
        let saved = std::mem::take(&mut self.cast);
        self.cast_article();
        let line = self.headline();
        self.cast = saved;
        line
    }

    fn journalist(&mut self) -> String {
        let rank = self.rng().zipf(PEOPLE);
        let p = self.generator.person(rank);
        format!("{} {}", p.given, p.surname)
    }

    fn agency(&self) -> String {
        self.generator.vocabulary.media[self.cast.agency].clone()
    }

    fn date(&mut self) -> String {
        let month = *self.rng().pick(MONTHS);
        format!(
            "{month} {}, {}",
            1 + self.rng().below(28),
            2015 + self.rng().below(11)
        )
    }

    /// Fills a template. Within one sentence a slot name always stands for
    /// the same entity, and different entity slots for different entities.
    /// `story` sentences may introduce people with their titles; headlines
    /// and captions name them plainly.
    fn render<'t>(&mut self, template: &'t str, story: bool) -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut picks: Vec<(&'t str, Pick)> = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("templates close their slots");
            let slot = &rest[open + 1..close];
            rest = &rest[close + 1..];
            let style = match story {
                false => Style::Plain,
                true if rest.starts_with(['.', ',', '?', '\'']) => Style::Story,
                true => Style::StoryApposition,
            };
            let filled = self.fill(slot, &mut picks, style);
            out.push_str(&filled);
        }
        out.push_str(rest);
        capitalise(&out)
    }

    fn fill<'t>(
        &mut self,
        slot: &'t str,
        picks: &mut Vec<(&'t str, Pick)>,
        style: Style,
    ) -> String {
        if let Some(words) = WORDS
            .iter()
            .find(|(name, _)| *name == slot)
            .map(|(_, w)| *w)
        {
            return (*self.rng().pick(words)).to_string();
        }
        match slot {
            "day" => (*self.rng().pick(WEEKDAYS)).to_string(),
            "n" => (2 + self.rng().below(60)).to_string(),
            "year" => (1995 + self.rng().below(30)).to_string(),
            "city" => {
                let n = self.generator.vocabulary.cities.len();
                let c = if self.rng().chance(0.6) {
                    self.cast.city
                } else {
                    self.rng().zipf(n)
                };
                self.generator.vocabulary.cities[c].clone()
            }
            "he" => self.pronoun(),
            _ => {
                let pick = match picks.iter().find(|(s, _)| *s == slot) {
                    Some(&(_, p)) => p,
                    None => {
                        let taken: Vec<Pick> = picks.iter().map(|&(_, p)| p).collect();
                        let p = self.choose(slot, &taken);
                        picks.push((slot, p));
                        p
                    }
                };
                self.name(pick, style)
            }
        }
    }

    /// An entity of the cast for an entity slot, not among `taken`.
    fn choose(&mut self, slot: &str, taken: &[Pick]) -> Pick {
        let c = &self.cast;
        let candidates: Vec<Pick> = match slot {
            "P" | "Q" => (0..c.people.len()).map(Pick::Person).collect(),
            "C" | "D" => (0..c.countries.len()).map(Pick::Country).collect(),
            "O" => (0..c.organizations.len()).map(Pick::Organization).collect(),
            "K" => (0..c.companies.len()).map(Pick::Company).collect(),
            _ => (0..c.countries.len())
                .map(Pick::Country)
                .chain((0..c.organizations.len()).map(Pick::Organization))
                .chain((0..c.companies.len()).map(Pick::Company))
                .collect(),
        };
        let free: Vec<Pick> = candidates
            .iter()
            .copied()
            .filter(|p| !taken.contains(p))
            .collect();
        *self
            .rng()
            .pick(if free.is_empty() { &candidates } else { &free })
    }

    /// How an entity is named here: in full the first time (people with
    /// their title), then by a shorter form.
    fn name(&mut self, pick: Pick, style: Style) -> String {
        match pick {
            Pick::Person(i) if style == Style::Plain => {
                let p = &self.cast.people[i].0;
                format!("{} {}", p.given, p.surname)
            }
            Pick::Person(i) => {
                self.cast.last_person = Some(i);
                if std::mem::replace(&mut self.cast.people[i].1, true) {
                    self.person_again(i)
                } else {
                    self.person_first(i, style == Style::StoryApposition)
                }
            }
            Pick::Country(i) => self.generator.vocabulary.countries[self.cast.countries[i]]
                .name
                .clone(),
            Pick::Organization(i) => {
                let (o, named) = self.cast.organizations[i];
                self.cast.organizations[i].1 = true;
                let org = &self.generator.vocabulary.organizations[o];
                match &org.noun {
                    Some(noun) if named && self.generator.rng.chance(0.3) => format!("the {noun}"),
                    _ => org.name.clone(),
                }
            }
            Pick::Company(i) => company_name(self.generator.seed, self.cast.companies[i]),
        }
    }

    /// "Norwegian Prime Minister Ingrid Vassbotn", "NATO Secretary General
    /// Jane Smith", "Tomas Brandt, executive director of the International
    /// Energy Agency," or just the name.
    fn person_first(&mut self, i: usize, apposition: bool) -> String {
        let roll = self.rng().unit();
        let p = &self.cast.people[i].0;
        let v = &self.generator.vocabulary;
        let full = format!("{} {}", p.given, p.surname);
        let title = &v.titles[p.title];
        let owner = self.owner_name(p.owner);
        match p.owner {
            _ if roll < 0.15 => full,
            Owner::Country(c) if roll < 0.6 => match &v.countries[c].demonym {
                Some(demonym) => format!("{demonym} {} {full}", title.capitalised),
                None => format!("{owner}'s {} {full}", title.lower),
            },
            _ if apposition => format!("{full}, {} of {owner},", title.lower),
            _ => format!(
                "{} {} {full}",
                owner.trim_start_matches("the "),
                title.capitalised
            ),
        }
    }

    /// "Vassbotn", "Ms Vassbotn", "the prime minister" or the full name again.
    fn person_again(&mut self, i: usize) -> String {
        let p = &self.cast.people[i].0;
        let title = &self.generator.vocabulary.titles[p.title];
        let roll = self.generator.rng.unit();
        match roll {
            r if r < 0.5 => p.surname.clone(),
            r if r < 0.7 => format!("{} {}", if p.female { "Ms" } else { "Mr" }, p.surname),
            r if r < 0.85 && title.post => format!("the {}", title.lower),
            _ => format!("{} {}", p.given, p.surname),
        }
    }

    fn pronoun(&self) -> String {
        let female = self
            .cast
            .last_person
            .map(|i| self.cast.people[i].0.female)
            .unwrap_or(false);
        (if female { "she" } else { "he" }).to_string()
    }

    fn owner_name(&self, owner: Owner) -> String {
        let v = &self.generator.vocabulary;
        match owner {
            Owner::Country(c) => v.countries[c].name.clone(),
            Owner::Organization(o) => v.organizations[o].name.clone(),
            Owner::Media(m) => v.media[m].clone(),
            Owner::Company(k) => company_name(self.generator.seed, k),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ontology() -> Ontology {
        Ontology::embedded().expect("embedded ontology")
    }

    fn bytes(docs: &[Document]) -> String {
        docs.iter()
            .map(|d| format!("{}\n{}", d.id, d.text))
            .collect()
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes_and_another_seed_others() {
        let o = ontology();
        let a = bytes(&generate(&o, 42, 200_000));
        assert_eq!(a, bytes(&generate(&o, 42, 200_000)));
        assert_ne!(a, bytes(&generate(&o, 43, 200_000)));
        assert!(a.len() >= 200_000);
    }

    #[test]
    fn articles_are_one_to_about_eight_kilobytes_with_a_headline() {
        for doc in generate(&ontology(), 1, 500_000) {
            assert!(
                (1024..10 * 1024).contains(&doc.text.len()),
                "{} bytes",
                doc.text.len()
            );
            assert_eq!(doc.text.lines().next(), doc.title.as_deref());
        }
    }

    #[test]
    fn the_zipf_law_favours_low_ranks() {
        let mut rng = Rng::new(3);
        let draws: Vec<usize> = (0..100_000).map(|_| rng.zipf(1_000)).collect();
        let count = |k: usize| draws.iter().filter(|&&d| d == k).count();
        assert!(draws.iter().all(|&d| d < 1_000));
        assert!(count(0) > 5 * count(10) && count(10) > 0);
    }

    #[test]
    fn the_pipeline_finds_people_and_relations_in_generated_news() {
        let o = ontology();
        let graph = crate::pipeline::build(generate(&o, 5, 100_000), &o, |_| {});
        let people = graph
            .entities()
            .filter(|(_, e)| e.entity_type == EntityType::Person)
            .count();
        assert!(people > 50, "{people} people");
        assert!(
            graph.relations().count() > 50,
            "{} relations",
            graph.relations().count()
        );
    }
}
