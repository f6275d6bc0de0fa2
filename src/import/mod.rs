//! Markdown → catalog: turns a checkout of the awesome-japanese-llm list
//! (`README.md` in Japanese, `en/README.md`, `fr/README.md`) into catalog
//! entries, using the hand-curated developer, license and size tables.
//!
//! The Japanese file is the original and the source of structure and numbers
//! (links, sizes, years, context lengths); the English and French files give
//! the texts in their languages. Rows are matched by line number, as the list
//! promises, and checked by their checkpoint links: where two rows are swapped
//! in a translation, the matching row of the same table is used instead and a
//! warning says so. Column roles come from the English headers.

pub mod markdown;
pub mod overview;
pub mod sizes;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::catalog::schema::{
    Approach, AsStr, Benchmark, Catalog, Category, Commercial, Developer, Domain, Family, Footnote,
    HfReady, LicenseInfo, List, Paper, SizeFact, Str, Text, Variant,
};
use markdown::{Document, Link, Row, Table};

/// Where the list keeps the data of its parameter-size chart.
pub const OVERVIEW_CSV: &str = "figures/parameter_size_overview_ja.csv";

/// The list's files, read into memory.
pub struct Sources {
    pub ja: String,
    pub en: String,
    pub fr: String,
    pub references_model: Option<String>,
    pub references_training: Option<String>,
    /// `figures/parameter_size_overview_ja.csv`: announcement dates.
    pub size_overview: Option<String>,
}

/// What the import found that a person should look at.
#[derive(Debug, Default)]
pub struct Report {
    pub warnings: Vec<String>,
    /// `(line, Japanese developer name)` not in developers.toml.
    pub unknown_developers: Vec<(usize, String)>,
    /// `(line, English license cell)` not in licenses.toml.
    pub unknown_licenses: Vec<(usize, String)>,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.unknown_developers.is_empty() && self.unknown_licenses.is_empty()
    }
}

/// The role of a column, from its English header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Name,
    Year,
    Architecture,
    BaseModel,
    Domain,
    Context,
    TrainingData,
    Developer,
    License,
    Platform,
    HfReady,
    MergedFrom,
    Description,
    Other,
}

fn role(header: &str) -> Col {
    let h = header.to_ascii_lowercase();
    if h.is_empty() {
        Col::Name
    } else if h.contains("year") {
        Col::Year
    } else if h.contains("architecture") {
        Col::Architecture
    } else if h.contains("base model") {
        Col::BaseModel
    } else if h.contains("domain") {
        Col::Domain
    } else if h.contains("context") || h.contains("input length") {
        Col::Context
    } else if h.contains("training") {
        Col::TrainingData
    } else if h.contains("developer") {
        Col::Developer
    } else if h.contains("license") {
        Col::License
    } else if h.contains("platform") {
        Col::Platform
    } else if h.contains("huggingface") {
        Col::HfReady
    } else if h.contains("original models") {
        Col::MergedFrom
    } else if h.contains("description") {
        Col::Description
    } else {
        Col::Other
    }
}

/// Where a table sits in the list, from its English heading path.
#[derive(Debug, Clone, PartialEq)]
enum Section {
    Models {
        category: Category,
        task: Option<&'static str>,
        approach: Option<Approach>,
    },
    Benchmarks(&'static str),
    Ignored,
}

fn section(headings: &[String]) -> Section {
    let path = headings.join(" > ").to_ascii_lowercase();
    let has = |s: &str| path.contains(s);
    if has("benchmark") && has("evaluation") {
        let cat = if has("hybrid") {
            "hybrid"
        } else if has("natural language understanding") {
            "nlu"
        } else if has("open-ended") {
            "generation"
        } else if has("specific domains") {
            "domain"
        } else if has("factuality") {
            "factuality-safety"
        } else if has("reasoning") {
            "reasoning"
        } else if has("instruction-following") {
            "instruction-following"
        } else if has("embedding") {
            "embedding"
        } else if has("vision-language") {
            "vision-language"
        } else if has("speech") {
            "speech"
        } else {
            return Section::Ignored;
        };
        return Section::Benchmarks(cat);
    }
    let approach = if has("from scratch") {
        Some(Approach::Scratch)
    } else if has("post-training only") {
        Some(Approach::PostTraining)
    } else if has("continual pre-training") {
        Some(Approach::ContinualPretraining)
    } else if has("merged") {
        Some(Approach::Merge)
    } else if has("api") {
        Some(Approach::Api)
    } else if has("built off non-japanese") {
        // VLMs "additionally trained in Japanese" without saying how: the
        // list's own definition of post-training includes "details unknown".
        Some(Approach::PostTraining)
    } else {
        None
    };
    if has("text generation") {
        return Section::Models {
            category: Category::TextGeneration,
            task: None,
            approach,
        };
    }
    if has("encoder models") {
        return Section::Models {
            category: Category::Encoder,
            task: None,
            approach: None,
        };
    }
    if has("embeddings") {
        let task = if has("multi-representation") {
            "multi-vector"
        } else if has("cross-encoder") {
            "cross-encoder"
        } else {
            "bi-encoder"
        };
        return Section::Models {
            category: Category::Embedding,
            task: Some(task),
            approach: None,
        };
    }
    if has("vision-language") {
        let (task, approach) = if has("text+image to text") {
            ("image-text-to-text", approach)
        } else if has("text to image") {
            ("text-to-image", None)
        } else if has("text to video") {
            ("text-to-video", None)
        } else {
            ("other", None)
        };
        return Section::Models {
            category: Category::Vision,
            task: Some(task),
            approach,
        };
    }
    if has("speech") {
        let task = if has("recognition") {
            "asr"
        } else if has("text-to-speech") {
            "tts"
        } else if has("foundation") {
            "foundation"
        } else {
            "feature-extraction"
        };
        return Section::Models {
            category: Category::Speech,
            task: Some(task),
            approach: None,
        };
    }
    if has("music") {
        return Section::Models {
            category: Category::Music,
            task: Some("music-text"),
            approach: None,
        };
    }
    Section::Ignored
}

/// Lowercase ASCII slug: letters, digits and dots kept, the rest `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        let c = ch.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() || c == '.' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches(|c| c == '-' || c == '.').to_string()
}

const HF: &str = "https://huggingface.co/";

/// The `owner/repo` of a Hugging Face model link; `None` for datasets,
/// spaces, collections and other pages.
pub fn hf_repo(url: &str) -> Option<String> {
    let path = url.strip_prefix(HF)?;
    let mut parts = path.split(['/', '?', '#']);
    let owner = parts.next()?;
    let repo = parts.next()?;
    if owner.is_empty()
        || repo.is_empty()
        || matches!(
            owner,
            "datasets" | "spaces" | "collections" | "blog" | "papers" | "docs" | "models"
        )
    {
        return None;
    }
    Some(format!("{owner}/{repo}"))
}

/// Per-row texts in the three languages, aligned.
struct Aligned<'a> {
    ja: &'a Row,
    en: Option<&'a Row>,
    fr: Option<&'a Row>,
}

fn row_signature(row: &Row) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for (i, cell) in row.cells.iter().enumerate() {
        for (k, link) in markdown::links(cell).iter().enumerate() {
            if i == 0 && k == 0 {
                continue; // titles are localised announcement pages
            }
            if let Some(repo) = hf_repo(&link.url) {
                set.insert(repo.to_ascii_lowercase());
            }
        }
    }
    set
}

/// Pairs each row of a Japanese table with its row in a translation: by
/// line number, unless the checkpoint links say the translation has the row
/// elsewhere (two rows swapped). A row without checkpoint links of its own
/// takes the place its swapped partner left.
fn align<'a>(
    ja: &'a Table,
    other: Option<&'a Table>,
    lang: &str,
    report: &mut Report,
) -> Vec<Option<&'a Row>> {
    let Some(table) = other else {
        return vec![None; ja.rows.len()];
    };
    let by_line = |line: usize| table.rows.iter().position(|r| r.line == line);
    let sigs: Vec<BTreeSet<String>> = table.rows.iter().map(row_signature).collect();
    let mut chosen: Vec<Option<usize>> = Vec::with_capacity(ja.rows.len());
    for row in ja.rows.iter() {
        let sig = row_signature(row);
        let own = by_line(row.line);
        let pick = if sig.is_empty() || own.is_some_and(|i| sigs[i] == sig) {
            own
        } else {
            match sigs.iter().position(|s| *s == sig) {
                Some(i) => {
                    report.warnings.push(format!(
                        "README.md:{}: the {lang} row for this model is at line {}, not {} (rows swapped in the translation)",
                        row.line, table.rows[i].line, row.line
                    ));
                    Some(i)
                }
                None => {
                    report.warnings.push(format!(
                        "README.md:{}: no {lang} row has the same checkpoints; using line {}",
                        row.line, row.line
                    ));
                    own
                }
            }
        };
        chosen.push(pick);
    }
    // A row that kept its own line while another row took that line moves
    // to the line the other row left.
    for k in 0..chosen.len() {
        let Some(i) = chosen[k] else { continue };
        let taken_by_other = chosen
            .iter()
            .enumerate()
            .any(|(j, c)| j != k && *c == Some(i));
        if taken_by_other && table.rows[i].line == ja.rows[k].line {
            let freed = (0..table.rows.len()).find(|&x| {
                !chosen.contains(&Some(x)) && ja.rows.iter().any(|r| r.line == table.rows[x].line)
            });
            if let Some(x) = freed {
                report.warnings.push(format!(
                    "README.md:{}: the {lang} row for this model is at line {}, not {} (rows swapped in the translation)",
                    ja.rows[k].line, table.rows[x].line, ja.rows[k].line
                ));
                chosen[k] = Some(x);
            }
        }
    }
    chosen
        .into_iter()
        .map(|c| c.map(|i| &table.rows[i]))
        .collect()
}

/// A cell of a row, empty where the row is shorter than the header (as
/// GitHub renders it), so a short or hand-broken row cannot stop the import.
fn at(row: &Row, idx: usize) -> &str {
    row.cells.get(idx).map_or("", String::as_str)
}

fn cell(row: Option<&Row>, idx: usize) -> Option<&str> {
    row.and_then(|r| r.cells.get(idx)).map(|s| s.as_str())
}

fn text_of(aligned: &Aligned, idx: usize, f: impl Fn(&str) -> String) -> Option<Text> {
    let pick = |row: Option<&Row>| cell(row, idx).map(&f).filter(|s| !s.is_empty() && s != "-");
    let t = Text {
        ja: (pick(Some(aligned.ja))).map(Str::from),
        en: (pick(aligned.en)).map(Str::from),
        fr: (pick(aligned.fr)).map(Str::from),
    };
    (!t.is_empty()).then_some(t)
}

fn plain(cell: &str) -> String {
    markdown::strip_footnotes(&markdown::clean(cell))
}

fn one_line(s: &str) -> String {
    s.replace('\n', " ")
}

/// A numbers-with-thousands-separators reader for context cells: `8,192`,
/// `2,400 ~ 8,192`, `7b, 13b: 4,096` (the sizes are skipped).
fn context_numbers(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '.');
        if chars[i].is_ascii_digit() && boundary {
            let mut s = String::new();
            let mut j = i;
            while j < chars.len() {
                if chars[j].is_ascii_digit() {
                    s.push(chars[j]);
                } else if chars[j] == ','
                    && j + 3 < chars.len()
                    && chars[j + 1..j + 4].iter().all(|c| c.is_ascii_digit())
                    && (j + 4 >= chars.len() || !chars[j + 4].is_ascii_digit())
                {
                    // thousands separator: exactly three digits follow
                } else {
                    break;
                }
                j += 1;
            }
            let letter_follows = j < chars.len() && chars[j].is_alphabetic();
            if !letter_follows {
                if let Ok(n) = s.parse::<u64>() {
                    out.push(n);
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// The largest `N tokens` / `N トークン` count a training-data text states.
fn training_tokens(text: &str) -> Option<u64> {
    let mut best: Option<u64> = None;
    let lower = text.to_lowercase();
    for (pos, _) in lower
        .match_indices("token")
        .chain(lower.match_indices("トークン"))
    {
        let before = lower[..pos].trim_end();
        // The size token right before the word.
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '.')
            .last()
            .map(|(i, _)| i);
        if let Some(start) = start {
            let word = &before[start..];
            let info = sizes::read(word);
            if let (Some(p), None) = (info.params, info.experts.as_ref()) {
                if word.ends_with(['b', 't']) {
                    best = Some(best.map_or(p, |b| b.max(p)));
                }
            }
        }
    }
    best
}

/// The text of an architecture or base-model cell without its list of
/// checkpoint links and without a trailing size: `Llama<br>([7b](…))` →
/// `Llama`, `Llama 3.3 (**70b**)` → `Llama 3.3`.
fn model_text(raw: &str) -> Option<String> {
    let links = markdown::links(raw);
    let mut cut = raw.len();
    if let Some(first) = links.iter().find(|l| l.depth >= 1) {
        if let Some(open) = raw[..first.start].rfind('(') {
            cut = open;
        }
    }
    let mut text = one_line(&plain(&raw[..cut]));
    if let Some(open) = text.rfind('(') {
        if text.ends_with(')') {
            let inner = &text[open + 1..text.len() - 1];
            let info = sizes::read(inner);
            let only_size = info.params.is_some()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ' ');
            if only_size {
                text = text[..open].trim_end().to_string();
            }
        }
    }
    let text = text.trim().to_string();
    (!text.is_empty() && text != "-").then_some(text)
}

/// The size the cell states outside its links (`MoE (**47b**)`,
/// `Llama 3.3 (**70b**)`): the fallback for checkpoints whose names say none.
fn cell_size(raw: &str) -> sizes::SizeInfo {
    let mut outside = String::new();
    let mut last = 0;
    for link in markdown::links(raw) {
        outside.push_str(&raw[last..link.start]);
        last = link.end;
    }
    outside.push_str(&raw[last..]);
    sizes::read(&markdown::clean(&outside))
}

struct Lookup<'a> {
    developers: HashMap<String, &'a Developer>,
    licenses: HashMap<&'a str, (&'a [Str], Commercial)>,
    sizes: HashMap<String, &'a SizeFact>,
}

impl<'a> Lookup<'a> {
    fn new(curated: &'a Catalog) -> Self {
        // Names first, aliases second: an alias shared with another
        // developer's own name (the LLM-jp centre answers to "LLM-jp") must
        // not capture cells that name that developer.
        let mut developers = HashMap::new();
        for d in curated.developers.iter() {
            for name in [&d.name_ja, &d.name] {
                developers.entry(name.to_lowercase()).or_insert(d);
            }
        }
        for d in curated.developers.iter() {
            for name in d.aliases.iter() {
                developers.entry(name.to_lowercase()).or_insert(d);
            }
        }
        let classes: HashMap<&str, Commercial> = curated
            .licenses
            .iter()
            .map(|l| (l.id.as_str(), l.commercial))
            .collect();
        let licenses = curated
            .license_texts
            .iter()
            .map(|t| {
                let class = t.commercial.unwrap_or_else(|| {
                    Commercial::joint(
                        t.ids
                            .iter()
                            .map(|id| classes.get(id.as_str()).copied().unwrap_or_default()),
                    )
                });
                (&*t.text, (&t.ids[..], class))
            })
            .collect();
        let sizes = curated
            .size_facts
            .iter()
            .map(|s| (s.hf.to_ascii_lowercase(), s))
            .collect();
        Lookup {
            developers,
            licenses,
            sizes,
        }
    }

    fn developers(&self, ja_cell: &str, line: usize, report: &mut Report) -> List<Str> {
        let mut ids = Vec::new();
        let cleaned = markdown::strip_footnotes(&markdown::clean(ja_cell));
        for part in markdown::split_top(&cleaned) {
            match self.developers.get(&part.to_lowercase()) {
                Some(d) => {
                    if !ids.contains(&d.id) {
                        ids.push(d.id.clone());
                    }
                }
                None => report.unknown_developers.push((line, part)),
            }
        }
        ids.into()
    }
}

/// Imports the list. Fails only when the input is not the list at all;
/// unknown developers and licenses are in the report.
pub fn import(src: &Sources, curated: &Catalog) -> anyhow::Result<(Catalog, Report)> {
    let ja = markdown::parse(&src.ja);
    let en = markdown::parse(&src.en);
    let fr = markdown::parse(&src.fr);
    anyhow::ensure!(
        ja.tables.len() >= 10 && !ja.footnotes.is_empty(),
        "README.md: found {} tables and {} footnotes; this does not look like the awesome-japanese-llm list",
        ja.tables.len(),
        ja.footnotes.len()
    );
    anyhow::ensure!(
        en.tables.len() == ja.tables.len(),
        "en/README.md has {} tables but README.md has {}; the translations must have the same tables",
        en.tables.len(),
        ja.tables.len()
    );
    let mut report = Report::default();
    if fr.tables.len() != ja.tables.len() {
        report.warnings.push(format!(
            "fr/README.md has {} tables, README.md {}: French texts left out",
            fr.tables.len(),
            ja.tables.len()
        ));
    }
    let lookup = Lookup::new(curated);
    let mut catalog = Catalog {
        developers: curated.developers.clone(),
        licenses: curated.licenses.clone(),
        license_texts: curated.license_texts.clone(),
        size_facts: curated.size_facts.clone(),
        ..Catalog::default()
    };
    let mut domains: BTreeMap<String, Domain> = BTreeMap::new();
    let mut domain_by_ja: HashMap<String, String> = HashMap::new();
    let mut used_ids: HashMap<String, usize> = HashMap::new();

    for (k, ja_table) in ja.tables.iter().enumerate() {
        let en_table = &en.tables[k];
        let fr_table = (fr.tables.len() == ja.tables.len()).then(|| &fr.tables[k]);
        let sec = section(&en_table.headings);
        let roles: Vec<Col> = en_table.header.iter().map(|h| role(h)).collect();
        let en_rows = align(ja_table, Some(en_table), "English", &mut report);
        let fr_rows = align(ja_table, fr_table, "French", &mut report);
        for (r, ja_row) in ja_table.rows.iter().enumerate() {
            let aligned = Aligned {
                ja: ja_row,
                en: en_rows[r],
                fr: fr_rows[r],
            };
            if let Some(fr_row) = aligned.fr {
                if fr_row.cells.len() != ja_row.cells.len() {
                    report.warnings.push(format!(
                        "fr/README.md:{}: {} cells where README.md has {}; French texts of this row may be misplaced",
                        fr_row.line,
                        fr_row.cells.len(),
                        ja_row.cells.len()
                    ));
                }
            }
            match sec {
                Section::Models {
                    category,
                    task,
                    approach,
                } => {
                    let mut fam = family(&aligned, &roles, &lookup, &mut report);
                    fam.category = category;
                    fam.task = (task.map(str::to_string)).map(Str::from);
                    fam.approach = approach;
                    if let Some(idx) = roles.iter().position(|r| *r == Col::Domain) {
                        let ja_label = one_line(&plain(at(ja_row, idx)));
                        let en_label = cell(aligned.en, idx).map(|c| one_line(&plain(c)));
                        let fr_label = cell(aligned.fr, idx).map(|c| one_line(&plain(c)));
                        let id = domain_by_ja
                            .entry(ja_label.clone())
                            .or_insert_with(|| {
                                let base = slug(en_label.as_deref().unwrap_or(&ja_label));
                                if base.is_empty() {
                                    "other".to_string()
                                } else {
                                    base
                                }
                            })
                            .clone();
                        domains.entry(id.clone()).or_insert(Domain {
                            id: id.clone().into(),
                            label: Text {
                                ja: Some(ja_label.into()),
                                en: (en_label).map(Str::from),
                                fr: (fr_label).map(Str::from),
                            },
                        });
                        fam.domain = id.into();
                    }
                    fam.id = unique_id(&fam, &mut used_ids).into();
                    catalog.models.to_mut().push(fam);
                }
                Section::Benchmarks(category) => {
                    let b = benchmark(&aligned, &roles, category, &lookup, &mut report);
                    catalog.benchmarks.to_mut().push(b);
                }
                Section::Ignored => {}
            }
        }
    }
    // Benchmarks get ids after models so the two never collide.
    let mut bench_ids: HashMap<String, usize> = HashMap::new();
    for b in catalog.benchmarks.to_mut().iter_mut() {
        let base = slug(&b.name);
        let n = bench_ids.entry(base.clone()).or_insert(0);
        *n += 1;
        b.id = if *n == 1 {
            base.into()
        } else {
            format!("{base}-{n}").into()
        };
    }
    catalog.domains = domains.into_values().collect();
    catalog.footnotes = footnotes(&ja, &en, &fr).into();
    if let Some(text) = &src.references_model {
        catalog.papers.to_mut().extend(papers(text, "architecture"));
    }
    if let Some(text) = &src.references_training {
        catalog
            .papers
            .to_mut()
            .extend(papers(text, "training-method"));
    }
    apply_size_facts(&mut catalog, &lookup);
    if let Some(text) = &src.size_overview {
        let rows = overview::parse(text);
        let outcome = overview::apply(&mut catalog, &rows);
        let lines: Vec<String> = outcome.unmatched.iter().map(|l| l.to_string()).collect();
        report.warnings.push(format!(
            "{OVERVIEW_CSV}: {} of {} rows give a family its release date; unmatched lines: {}",
            rows.len() - outcome.unmatched.len(),
            rows.len(),
            if lines.is_empty() {
                "none".to_string()
            } else {
                lines.join(", ")
            }
        ));
        for n in outcome.notes {
            report.warnings.push(format!("{OVERVIEW_CSV}: {n}"));
        }
    }
    Ok((catalog, report))
}

fn unique_id(fam: &Family, used: &mut HashMap<String, usize>) -> String {
    let mut base = slug(&fam.name);
    if base.is_empty() {
        base = fam
            .variants
            .iter()
            .find_map(|v| v.hf.as_deref().map(slug))
            .unwrap_or_else(|| "model".to_string());
    }
    let n = used.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 {
        base
    } else {
        // The same name in another section: say which, then count.
        let qualifier = fam
            .approach
            .map(|a| a.as_str().to_string())
            .or_else(|| (fam.task.clone()).map(Str::into_owned))
            .unwrap_or_else(|| fam.category.as_str().to_string());
        let candidate = format!("{base}-{qualifier}");
        let m = used.entry(candidate.clone()).or_insert(0);
        *m += 1;
        if *m == 1 {
            candidate
        } else {
            format!("{candidate}-{m}")
        }
    }
}

fn apply_size_facts(catalog: &mut Catalog, lookup: &Lookup) {
    for fam in catalog.models.to_mut().iter_mut() {
        for v in fam.variants.to_mut().iter_mut() {
            let Some(hf) = v.hf.as_deref() else { continue };
            if let Some(fact) = lookup.sizes.get(&hf.to_ascii_lowercase()) {
                if v.params.is_none() {
                    if let Some(p) = fact.params {
                        v.params = Some(p);
                        v.params_source = Some(fact.source.clone());
                    }
                }
            }
        }
        if fam.released.is_none() {
            // The earliest date a source gives for any of its checkpoints.
            fam.released = fam
                .variants
                .iter()
                .filter_map(|v| v.hf.as_deref())
                .filter_map(|hf| lookup.sizes.get(&hf.to_ascii_lowercase()))
                .filter_map(|f| f.released.clone())
                .min();
        }
    }
}

fn is_title(cell: &str, link: &Link) -> bool {
    link.depth == 0 && cell[..link.start].trim().is_empty()
}

fn variant_from(link: &Link) -> Variant {
    let mut name = one_line(&markdown::clean(&link.text));
    let hf = hf_repo(&link.url);
    // The encoder table links its ◯ mark: name the checkpoint by its repo.
    if name
        .chars()
        .all(|c| matches!(c, '◯' | '○' | '△' | '✕' | '×' | ' '))
    {
        if let Some(repo) = &hf {
            name = repo.rsplit('/').next().unwrap_or(repo).to_string();
        }
    }
    let size = sizes::read(&name);
    Variant {
        name: name.into(),
        hf: hf.map(Str::from),
        url: link.url.clone().into(),
        params: size.params,
        active_params: size.active,
        experts: (size.experts).map(Str::from),
        params_source: None,
    }
}

fn family(aligned: &Aligned, roles: &[Col], lookup: &Lookup, report: &mut Report) -> Family {
    let ja = aligned.ja;
    let line = ja.line;
    let mut fam = Family {
        source_line: Some(line as u32),
        domain: "general".to_string().into(),
        ..Family::default()
    };
    let col = |r: Col| roles.iter().position(|x| *x == r);

    // Names and the title link.
    let name_of = |row: Option<&Row>| -> Option<String> {
        let c = cell(row, 0)?;
        let links = markdown::links(c);
        let text = match links.first() {
            Some(l) if is_title(c, l) => markdown::clean(&l.text),
            _ => plain(c),
        };
        let text = one_line(&markdown::strip_footnotes(&text));
        (!text.is_empty()).then_some(text)
    };
    fam.name_ja = name_of(Some(ja)).unwrap_or_default().into();
    fam.name = name_of(aligned.en)
        .unwrap_or_else(|| fam.name_ja.to_string())
        .into();
    fam.name_fr = (name_of(aligned.fr).filter(|n| *n != fam.name)).map(Str::from);

    let name_cell = at(ja, 0);
    let name_links = markdown::links(name_cell);
    let title = name_links.first().filter(|l| is_title(name_cell, l));
    fam.url = (title.map(|l| l.url.clone())).map(Str::from);

    // Checkpoints: links after the title in the name cell (several bare
    // links in a row count the title too), and Hugging Face model links in
    // the architecture, base-model and "usable from Hugging Face" cells.
    let top_level = name_links.iter().filter(|l| l.depth == 0).count();
    let mut variants: Vec<Variant> = Vec::new();
    for (k, link) in name_links.iter().enumerate() {
        let is_the_title = k == 0 && title.is_some();
        if is_the_title && !(top_level > 1 && hf_repo(&link.url).is_some()) {
            continue;
        }
        let is_hf_page = link.url.starts_with(HF) && hf_repo(&link.url).is_none();
        if !is_hf_page {
            variants.push(variant_from(link));
        }
    }
    let mut size_cells: Vec<&str> = Vec::new();
    for r in [Col::Architecture, Col::BaseModel, Col::HfReady] {
        if let Some(idx) = col(r) {
            let c = at(ja, idx);
            size_cells.push(c);
            for link in markdown::links(c) {
                if hf_repo(&link.url).is_some() {
                    variants.push(variant_from(&link));
                }
            }
        }
    }
    if variants.is_empty() {
        if let Some(t) = title {
            if hf_repo(&t.url).is_some() {
                variants.push(variant_from(t));
            }
        }
    }
    // Sizes stated for the whole row fill in checkpoints whose names say none.
    let row_size = size_cells
        .iter()
        .map(|c| cell_size(c))
        .find(|s| s.params.is_some());
    if let Some(rs) = row_size {
        for v in &mut variants {
            if v.params.is_none() {
                v.params = rs.params;
                if v.active_params.is_none() {
                    v.active_params = rs.active;
                }
                if v.experts.is_none() {
                    v.experts = (rs.experts.clone()).map(Str::from);
                }
            }
        }
    }
    // One variant per checkpoint: the same repo linked twice in a row is one.
    let mut seen = BTreeSet::new();
    variants.retain(|v| {
        seen.insert(
            v.hf.as_ref()
                .map(|h| h.to_ascii_lowercase())
                .unwrap_or_else(|| v.url.to_string()),
        )
    });
    fam.variants = variants.into();

    if let Some(idx) = col(Col::Year) {
        let y = markdown::clean(at(ja, idx));
        fam.year = y.trim().parse().ok();
        if fam.year.is_none() && !y.trim().is_empty() {
            report
                .warnings
                .push(format!("README.md:{line}: year '{y}' is not a number"));
        }
    }
    if let Some(idx) = col(Col::Architecture) {
        fam.architecture = (cell(aligned.en, idx)
            .and_then(model_text)
            .or_else(|| model_text(at(ja, idx))))
        .map(Str::from);
    }
    if let Some(idx) = col(Col::BaseModel) {
        fam.base_model = (cell(aligned.en, idx)
            .and_then(model_text)
            .or_else(|| model_text(at(ja, idx))))
        .map(Str::from);
    }
    if let Some(idx) = col(Col::Context) {
        let c = markdown::clean(at(ja, idx));
        let nums = context_numbers(&c);
        fam.context_length = nums.iter().copied().max();
        if nums.len() > 1 || (nums.is_empty() && !c.is_empty()) {
            fam.context_text = (cell(aligned.en, idx)
                .map(|e| one_line(&plain(e)))
                .or(Some(one_line(&c))))
            .map(Str::from);
        }
    }
    if let Some(idx) = col(Col::TrainingData) {
        fam.training_data = text_of(aligned, idx, plain);
        fam.training_tokens = cell(aligned.en, idx)
            .map(|c| training_tokens(&plain(c)))
            .unwrap_or(None)
            .or_else(|| training_tokens(&plain(at(ja, idx))));
    }
    if let Some(idx) = col(Col::MergedFrom) {
        let c = cell(aligned.en, idx).unwrap_or(at(ja, idx));
        fam.merged_from = markdown::split_top(&plain(c))
            .into_iter()
            .filter(|s| s != "-")
            .map(Str::from)
            .collect();
        if fam.merged_from.is_empty() {
            // "- (trained further from Llama-3-EvoVLM-JP-v2)": the cell says
            // what it is built on instead.
            fam.base_model = Some(
                one_line(&plain(c))
                    .trim_start_matches("- ")
                    .to_string()
                    .into(),
            );
        }
    }
    if let Some(idx) = col(Col::Developer) {
        fam.developers = lookup.developers(at(ja, idx), line, report);
    }
    if let Some(idx) = col(Col::License) {
        let en_cell = cell(aligned.en, idx).unwrap_or(at(ja, idx));
        let key = markdown::clean(en_cell);
        let text = text_of(aligned, idx, plain).unwrap_or_default();
        match lookup.licenses.get(key.as_str()) {
            Some((ids, class)) => {
                fam.license = Some(LicenseInfo {
                    text,
                    ids: ids.to_vec().into(),
                    commercial: *class,
                })
            }
            None => {
                report.unknown_licenses.push((line, key));
                fam.license = Some(LicenseInfo {
                    text,
                    ids: Vec::new().into(),
                    commercial: Commercial::Unknown,
                });
            }
        }
    }
    if let Some(idx) = col(Col::Platform) {
        fam.platform = text_of(aligned, idx, plain);
    }
    if let Some(idx) = col(Col::HfReady) {
        let c = at(ja, idx);
        fam.hf_ready = if c.contains('◯') || c.contains('○') {
            Some(HfReady::Yes)
        } else if c.contains('△') {
            Some(HfReady::Convertible)
        } else if c.contains('✕') || c.contains('×') {
            Some(HfReady::No)
        } else {
            None
        };
    }
    let mut notes: Vec<u32> = ja
        .cells
        .iter()
        .flat_map(|c| markdown::footnote_refs(c))
        .collect();
    notes.sort_unstable();
    notes.dedup();
    fam.notes = notes.into();
    fam
}

fn benchmark(
    aligned: &Aligned,
    roles: &[Col],
    category: &str,
    lookup: &Lookup,
    report: &mut Report,
) -> Benchmark {
    let ja = aligned.ja;
    let col = |r: Col| roles.iter().position(|x| *x == r);
    let title = |row: Option<&Row>| -> Option<(String, Option<String>)> {
        let c = cell(row, 0)?;
        let link = markdown::links(c).into_iter().next();
        let name = match &link {
            Some(l) => one_line(&markdown::clean(&l.text)),
            None => one_line(&plain(c)),
        };
        Some((name, link.map(|l| l.url)))
    };
    let (name_ja, url) = title(Some(ja)).unwrap_or_default();
    let name = title(aligned.en)
        .map(|t| t.0)
        .unwrap_or_else(|| name_ja.clone());
    Benchmark {
        id: String::new().into(),
        name_ja: (name_ja != name).then_some(name_ja.into()),
        name: name.into(),
        category: category.to_string().into(),
        description: col(Col::Description).and_then(|i| text_of(aligned, i, plain)),
        developers: col(Col::Developer)
            .map(|i| lookup.developers(at(ja, i), ja.line, report))
            .unwrap_or_default(),
        url: url.map(Str::from),
        source_line: Some(ja.line as u32),
    }
}

fn footnotes(ja: &Document, en: &Document, fr: &Document) -> Vec<Footnote> {
    let find = |doc: &Document, n: u32| {
        doc.footnotes
            .iter()
            .find(|(k, _)| *k == n)
            .map(|(_, t)| markdown::clean(t))
    };
    ja.footnotes
        .iter()
        .map(|(n, t)| Footnote {
            id: *n,
            text: Text {
                ja: Some(markdown::clean(t).into()),
                en: (find(en, *n)).map(Str::from),
                fr: (find(fr, *n)).map(Str::from),
            },
        })
        .collect()
}

/// Rows of `parts/references_*.md`: name | date | venue | [title](url).
/// Greek letters spelled out, so that paper ids stay distinct: PixArt-α,
/// PIXART-δ and PixArt-Σ are three papers (`pixart-alpha`, `pixart-delta`,
/// `pixart-sigma`), not one `pixart`.
fn greek_to_latin(name: &str) -> String {
    const LETTERS: [(char, &str); 12] = [
        ('α', "alpha"),
        ('β', "beta"),
        ('γ', "gamma"),
        ('δ', "delta"),
        ('ε', "epsilon"),
        ('θ', "theta"),
        ('λ', "lambda"),
        ('μ', "mu"),
        ('π', "pi"),
        ('σ', "sigma"),
        ('ω', "omega"),
        ('φ', "phi"),
    ];
    name.chars()
        .map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            LETTERS
                .iter()
                .find(|(g, _)| *g == lower)
                .map_or_else(|| c.to_string(), |(_, latin)| latin.to_string())
        })
        .collect()
}

fn papers(text: &str, kind: &str) -> Vec<Paper> {
    let mut out = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if !t.starts_with('|') || t.starts_with("|:") || t.starts_with("||") {
            continue;
        }
        let cells = markdown::split_cells(t);
        if cells.len() < 4 {
            continue;
        }
        let name = one_line(&plain(&cells[0]));
        if name.is_empty() {
            continue;
        }
        let link = markdown::links(&cells[3]).into_iter().next();
        let date = cells[1].trim().replace('.', "-");
        let venue = plain(&cells[2]);
        out.push(Paper {
            id: slug(&greek_to_latin(&name)).into(),
            name: name.into(),
            kind: kind.to_string().into(),
            title: link
                .as_ref()
                .map(|l| markdown::clean(&l.text))
                .unwrap_or_else(|| plain(&cells[3]))
                .into(),
            venue: (!venue.is_empty() && venue != "-").then_some(venue.into()),
            date: (!date.is_empty() && date != "-").then_some(date.into()),
            url: (link.map(|l| l.url)).map(Str::from),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_ids_keep_greek_letters_apart() {
        // parts/references_model.md lines 57, 66, 68.
        let ids: Vec<String> = ["PixArt-α", "PIXART-δ", "PixArt-Σ"]
            .iter()
            .map(|n| slug(&greek_to_latin(n)))
            .collect();
        assert_eq!(ids, ["pixart-alpha", "pixart-delta", "pixart-sigma"]);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Swallow 70B"), "swallow-70b");
        assert_eq!(slug("Llama 3.1 Swallow 8B"), "llama-3.1-swallow-8b");
        assert_eq!(slug("CyberAgentLM3 (CALM3)"), "cyberagentlm3-calm3");
    }

    #[test]
    fn hf_repos() {
        assert_eq!(
            hf_repo(
                "https://huggingface.co/stabilityai/japanese-stablelm-instruct-alpha-7b/tree/main"
            )
            .as_deref(),
            Some("stabilityai/japanese-stablelm-instruct-alpha-7b")
        );
        assert_eq!(
            hf_repo("https://huggingface.co/datasets/llm-jp/magpie-sft-v1.0"),
            None
        );
        assert_eq!(
            hf_repo("https://huggingface.co/collections/cl-nagoya/ruri-v3-67f3"),
            None
        );
    }

    #[test]
    fn context_cells() {
        assert_eq!(context_numbers("8,192"), vec![8192]);
        assert_eq!(
            context_numbers("7b, 13b: 4,096\n70b: 8,192"),
            vec![4096, 8192]
        );
        assert_eq!(context_numbers("2,400 ~ 8,192"), vec![2400, 8192]);
        assert_eq!(
            context_numbers("100m, 200m, 400m: 3,072\nv2-100m: 4,096"),
            vec![3072, 4096]
        );
    }

    #[test]
    fn token_counts() {
        assert_eq!(
            training_tokens("Pre-training: llm-jp-corpus-v3\n(2.1T tokens)"),
            Some(2_100_000_000_000)
        );
        assert_eq!(
            training_tokens("(alpha1: 0.7T tokens, alpha2: 1.4T tokens)"),
            Some(1_400_000_000_000)
        );
        assert_eq!(
            training_tokens("事前学習: 計 2.1T トークン"),
            Some(2_100_000_000_000)
        );
        assert_eq!(training_tokens("443,747 samples"), None);
    }

    #[test]
    fn model_texts() {
        assert_eq!(
            model_text("Llama<br>([**7b**](https://huggingface.co/a/b), [**13b**](https://huggingface.co/a/c))").as_deref(),
            Some("Llama")
        );
        assert_eq!(
            model_text("Llama 3.3 (**70b**)").as_deref(),
            Some("Llama 3.3")
        );
        assert_eq!(
            model_text("MoE (**47b**)<br>([v1.0](https://huggingface.co/a/b))").as_deref(),
            Some("MoE")
        );
        assert_eq!(
            model_text("Nue ASR<br>(HuBERT + LLM)").as_deref(),
            Some("Nue ASR (HuBERT + LLM)")
        );
    }
}
