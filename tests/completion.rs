//! Shell completion from the real binary, in the real shells: bash (the
//! registered function called with `COMP_WORDS`/`COMP_CWORD`), fish
//! (`complete -C`) and zsh (Tab pressed in a tmux pane). The expected
//! values are read from the committed catalog (catalog/*.toml, the data
//! the binary embeds), never from jllm's output. The fish and zsh tests are
//! ignored when run plainly (the shells may be missing); .ci/run installs
//! them and runs them with `--include-ignored`. The protocol tests run
//! jllm as the scripts do (`JLLM_COMPLETE=fish jllm -- WORDS`), with no
//! shell.

mod common;
mod completion {
    pub mod pane;
}

use completion::pane::Pane;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn catalog(file: &str) -> toml::Table {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("catalog")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    text.parse().unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn entries<'a>(t: &'a toml::Table, key: &str) -> Vec<&'a toml::Table> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|e| e.as_table()).collect())
        .unwrap_or_default()
}

fn str_of<'a>(t: &'a toml::Table, key: &str) -> &'a str {
    t.get(key).and_then(|v| v.as_str()).unwrap_or_default()
}

/// Every model family of the catalog (catalog/models/*.toml).
fn families() -> Vec<toml::Table> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog/models");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("catalog/models") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if name.ends_with(".toml") {
            let t = catalog(&format!("models/{name}"));
            out.extend(entries(&t, "model").into_iter().cloned());
        }
    }
    assert!(out.len() > 100, "the catalog has hundreds of families");
    out
}

/// The license ids of catalog/licenses.toml beginning with `prefix`.
fn license_ids(prefix: &str) -> Vec<String> {
    let t = catalog("licenses.toml");
    entries(&t, "license")
        .into_iter()
        .map(|l| str_of(l, "id").to_string())
        .filter(|id| id.starts_with(prefix))
        .collect()
}

/// The id of the developer whose Japanese name begins with `prefix`.
fn developer_by_ja(prefix: &str) -> String {
    let t = catalog("developers.toml");
    let found: Vec<&str> = entries(&t, "developer")
        .into_iter()
        .filter(|d| str_of(d, "name_ja").starts_with(prefix))
        .map(|d| str_of(d, "id"))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one developer is named {prefix}…: {found:?}"
    );
    found[0].to_string()
}

fn family_ids(prefix: &str) -> Vec<String> {
    families()
        .iter()
        .map(|f| str_of(f, "id").to_string())
        .filter(|id| id.starts_with(prefix))
        .collect()
}

fn repo_ids(prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = families()
        .iter()
        .flat_map(|f| {
            entries(f, "variants")
                .into_iter()
                .map(|v| str_of(v, "hf").to_string())
        })
        .filter(|hf| hf.starts_with(prefix))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The suite ids of the committed evaluation results.
fn suite_ids() -> Vec<String> {
    let t = catalog("results/suites.toml");
    let ids: Vec<String> = entries(&t, "suite")
        .into_iter()
        .map(|s| str_of(s, "id").to_string())
        .collect();
    assert!(ids.len() >= 2, "suites in catalog/results/suites.toml");
    ids
}

/// A directory holding the binary under test as `jllm`, for the PATH: the
/// scripts call `jllm` by name.
fn bin_dir() -> PathBuf {
    let bin = assert_cmd::cargo::cargo_bin("jllm");
    bin.parent().expect("target dir").to_path_buf()
}

fn path_with_bin() -> String {
    format!(
        "{}:{}",
        bin_dir().display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// A shell command with jllm first on the PATH and the environment the
/// other tests use (English, built-in catalog only).
fn shell(program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.env("PATH", path_with_bin())
        .env_remove("JLLM_CATALOG")
        .env_remove("JLLM_LANG")
        .env_remove("JLLM_COMPLETE")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env("JLLM_DATA_DIR", "/nonexistent/jllm-tests-data-dir");
    cmd
}

fn run(mut cmd: Command) -> String {
    let out = cmd.output().expect("run the shell");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The candidates jllm gives for the last word of `line`, as fish asks for
/// them (one per line, a tab before the description), without a shell.
fn protocol(line: &str) -> Vec<String> {
    let mut words: Vec<&str> = line.split(' ').collect();
    if line.ends_with(' ') {
        words.pop();
        words.push("");
    }
    let out = common::jllm()
        .env("JLLM_COMPLETE", "fish")
        .arg("--")
        .args(&words)
        .output()
        .expect("run jllm");
    assert!(
        out.status.success(),
        "{line}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn protocol_completes_values_and_ids() {
    let apache = license_ids("apache");
    assert!(
        !apache.is_empty(),
        "an apache license in catalog/licenses.toml"
    );
    let got = protocol("jllm list --license ap");
    for id in &apache {
        assert!(got.contains(id), "--license ap: {got:?} lacks {id}");
    }
    assert_eq!(
        protocol("jllm list --developer サイバ"),
        [developer_by_ja("サイバ")]
    );
    let swallow_7 = family_ids("swallow-7");
    assert!(
        swallow_7.iter().any(|id| id == "swallow-70b"),
        "{swallow_7:?}"
    );
    for command in ["show", "compare swallow-7b", "results"] {
        let mut got = protocol(&format!("jllm {command} swallow-7"));
        got.sort();
        assert_eq!(got, swallow_7, "{command}");
    }
    let repos = repo_ids("tokyotech-llm/Llama-3.1-Swa");
    assert!(repos.len() > 3, "{repos:?}");
    let mut got = protocol("jllm results tokyotech-llm/Llama-3.1-Swa");
    got.sort();
    assert_eq!(got, repos);
    let scores: Vec<String> = suite_ids().iter().map(|s| format!("score:{s}")).collect();
    for command in ["list", "fit --vram 24GB"] {
        let got = protocol(&format!("jllm {command} --sort score:"));
        assert_eq!(got, scores, "{command}");
    }
    assert_eq!(protocol("jllm results --suite "), suite_ids());
    // A value jllm does not know completes to nothing, not to file names.
    assert!(protocol("jllm list --license zzzz").is_empty());
    assert!(protocol("jllm list --developer Cargo").is_empty());
}

/// The categories and developers of catalog/benchmarks.toml, each once.
fn benchmark_facts() -> (Vec<String>, Vec<String>) {
    let t = catalog("benchmarks.toml");
    let (mut categories, mut developers) = (Vec::new(), Vec::new());
    for b in entries(&t, "benchmark") {
        categories.push(str_of(b, "category").to_string());
        let devs = b.get("developers").and_then(|v| v.as_array());
        developers.extend(
            devs.into_iter()
                .flatten()
                .filter_map(|d| d.as_str())
                .map(String::from),
        );
    }
    for v in [&mut categories, &mut developers] {
        v.sort();
        v.dedup();
    }
    assert!(categories.len() > 3 && developers.len() > 3);
    (categories, developers)
}

/// `benchmarks --category/--developer`: the benchmarks' own categories
/// and developers, not the models' (and not file names).
#[test]
fn protocol_completes_benchmark_categories_and_developers() {
    let (categories, developers) = benchmark_facts();
    let got = protocol("jllm benchmarks --category ");
    for c in &categories {
        assert!(got.contains(c), "--category: {got:?} lacks {c}");
    }
    let mut got = protocol("jllm benchmarks --developer ");
    got.sort();
    assert_eq!(got, developers);
    let dev = &developers[0];
    assert!(protocol(&format!("jllm benchmarks --developer {}", &dev[..3])).contains(dev));
}

#[test]
fn protocol_completes_columns_of_the_mode() {
    // src/render/family/columns.rs COLUMNS has `id` and no `active`; src/cmd/list.rs
    // VARIANT_COLUMNS (list --variants) has `active` and no `id`.
    let families = protocol("jllm list --columns name,");
    let checkpoints = protocol("jllm list --variants --columns name,");
    assert!(families.contains(&"name,id".to_string()), "{families:?}");
    assert!(
        !families.contains(&"name,active".to_string()),
        "{families:?}"
    );
    assert!(
        checkpoints.contains(&"name,active".to_string()),
        "{checkpoints:?}"
    );
    assert!(
        !checkpoints.contains(&"name,id".to_string()),
        "{checkpoints:?}"
    );
}

/// `jllm completions SHELL` is the registration script, committed for
/// packagers in completions/.
#[test]
fn registration_scripts_call_jllm() {
    let bash = common::stdout(&["completions", "bash"]);
    assert!(bash.contains("JLLM_COMPLETE=\"bash\""), "{bash}");
    assert!(bash.contains("complete -o nosort -o bashdefault -F _jllm_complete jllm"));
    let zsh = common::stdout(&["completions", "zsh"]);
    assert!(zsh.starts_with("#compdef jllm"), "{zsh}");
    let fish = common::stdout(&["completions", "fish"]);
    assert!(fish.contains("JLLM_COMPLETE=fish jllm --"), "{fish}");
}

/// bash: the registered function, called as bash calls it, for the words
/// of `line` with the cursor at its end.
fn bash_complete(line: &str) -> Vec<String> {
    let mut words: Vec<&str> = line.split(' ').collect();
    if line.ends_with(' ') {
        words.pop();
        words.push("");
    }
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cur = words.last().copied().unwrap_or_default();
    let prev = words
        .len()
        .checked_sub(2)
        .map(|i| words[i])
        .unwrap_or_default();
    let script = format!(
        "source <(jllm completions bash)\n\
         COMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_LINE='{line}'\nCOMP_POINT={}\n\
         _jllm_complete jllm '{cur}' '{prev}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        quoted.join(" "),
        words.len() - 1,
        line.len(),
    );
    let mut cmd = shell("bash");
    cmd.args(["--norc", "--noprofile", "-c", &script]);
    run(cmd)
        .lines()
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn bash_completes_values_and_ids() {
    let got = bash_complete("jllm list --license ap");
    for id in license_ids("apache") {
        assert!(got.contains(&id), "{got:?} lacks {id}");
    }
    assert_eq!(
        bash_complete("jllm list --developer サイバ"),
        [developer_by_ja("サイバ")]
    );
    let mut got = bash_complete("jllm show swallow-7");
    got.sort();
    assert_eq!(got, family_ids("swallow-7"));
    let mut got = bash_complete("jllm results tokyotech-llm/Llama-3.1-Swa");
    got.sort();
    assert_eq!(got, repo_ids("tokyotech-llm/Llama-3.1-Swa"));
    let scores: Vec<String> = suite_ids().iter().map(|s| format!("score:{s}")).collect();
    assert_eq!(bash_complete("jllm list --sort score:"), scores);
    let (categories, _) = benchmark_facts();
    let got = bash_complete("jllm benchmarks --category ");
    assert!(categories.iter().all(|c| got.contains(c)), "{got:?}");
}

/// bash as readline calls it: `score:` split at the colon into
/// `score` `:` and an empty word; the suites alone replace the empty word.
#[test]
fn bash_joins_words_split_at_colons() {
    let script = "source <(jllm completions bash)\n\
         COMP_WORDS=(jllm list --sort score : '')\nCOMP_CWORD=5\n\
         COMP_LINE='jllm list --sort score:'\nCOMP_POINT=23\n\
         _jllm_complete jllm '' ':'\n\
         printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    let mut cmd = shell("bash");
    cmd.args(["--norc", "--noprofile", "-c", script]);
    let got: Vec<String> = run(cmd).lines().map(String::from).collect();
    assert_eq!(got, suite_ids());
}

fn fish_complete(line: &str) -> Vec<String> {
    let script = format!("jllm completions fish | source\ncomplete -C '{line}'\n");
    let mut cmd = shell("fish");
    cmd.args(["--no-config", "-c", &script]);
    run(cmd)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
#[ignore = "needs fish: .ci/run installs it (apt-get install fish)"]
fn fish_completes_values_and_ids() {
    let got = fish_complete("jllm list --license ap");
    for id in license_ids("apache") {
        assert!(got.contains(&id), "{got:?} lacks {id}");
    }
    assert_eq!(
        fish_complete("jllm list --developer サイバ"),
        [developer_by_ja("サイバ")]
    );
    let mut got = fish_complete("jllm show swallow-7");
    got.sort();
    assert_eq!(got, family_ids("swallow-7"));
    let mut got = fish_complete("jllm results tokyotech-llm/Llama-3.1-Swa");
    got.sort();
    assert_eq!(got, repo_ids("tokyotech-llm/Llama-3.1-Swa"));
    let scores: Vec<String> = suite_ids().iter().map(|s| format!("score:{s}")).collect();
    assert_eq!(fish_complete("jllm list --sort score:"), scores);
    let (_, developers) = benchmark_facts();
    let mut got = fish_complete("jllm benchmarks --developer ");
    got.sort();
    assert_eq!(got, developers);
}

/// zsh in a tmux pane: `line` typed, Tab pressed twice (the second lists
/// the candidates when several remain), the screen read.
fn zsh_tab(line: &str) -> String {
    let pane = Pane::start(
        &["zsh", "-i"],
        ".zshrc",
        "autoload -Uz compinit && compinit -u -D\nsource <(jllm completions zsh)",
    );
    pane.type_text(line);
    pane.key("Tab");
    let first = pane.wait_for(&|s| !s.lines().any(|l| l.trim_end() == format!("> {line}")));
    std::thread::sleep(Duration::from_millis(500));
    pane.key("Tab");
    std::thread::sleep(Duration::from_millis(1500));
    format!("{first}\n{}", pane.screen())
}

/// The `--arch` values of the catalog (architectures and base models of
/// catalog/models/*.toml).
fn arch_values() -> Vec<String> {
    let mut v: Vec<String> = families()
        .iter()
        .flat_map(|f| [str_of(f, "architecture"), str_of(f, "base_model")])
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// bash in a tmux pane: a value holding spaces and brackets, completed by
/// Tab from its first word, is one word of the command line: with the
/// line then run as `printf '<%s>'`'s arguments, it prints whole.
#[test]
#[ignore = "needs tmux: .ci/run installs it (apt-get install tmux)"]
fn bash_inserts_a_value_with_spaces_as_one_word() {
    let all = arch_values();
    // A value with a space and a bracket whose first word begins no
    // other value: one Tab completes it whole.
    let value = all
        .iter()
        .find(|v| {
            let first = v.split(' ').next().unwrap_or_default();
            v.contains(' ')
                && v.contains('(')
                && all.iter().filter(|o| o.starts_with(first)).count() == 1
        })
        .expect("an architecture with a space and a unique first word")
        .clone();
    let first = value.split(' ').next().unwrap_or_default();
    let pane = Pane::start(
        &["bash", "--noprofile", "--rcfile", "{rc}", "-i"],
        ".bashrc",
        "source <(jllm completions bash)",
    );
    pane.type_text(&format!("jllm list --arch {first}"));
    pane.key("Tab");
    pane.wait_for(&|s| s.contains(&format!("{first}\\ ")));
    // Run the line's words through printf instead of jllm.
    pane.key("C-a");
    pane.type_text("printf '<%s>\\n' ");
    pane.key("Enter");
    let screen = pane.wait_for(&|s| s.contains("<--arch>"));
    assert!(screen.contains(&format!("<{value}>")), "{value}: {screen}");
}

#[test]
#[ignore = "needs zsh and tmux: .ci/run installs them (apt-get install zsh tmux)"]
fn zsh_completes_values_and_ids() {
    let screen = zsh_tab("jllm list --license ap");
    for id in license_ids("apache") {
        assert!(screen.contains(&id), "{screen}");
    }
    let cyberagent = developer_by_ja("サイバ");
    let screen = zsh_tab("jllm list --developer サイバ");
    assert!(
        screen.contains(&format!("--developer {cyberagent}")),
        "{screen}"
    );
    let screen = zsh_tab("jllm show swallow-7");
    for id in family_ids("swallow-7") {
        assert!(screen.contains(&id), "{id}: {screen}");
    }
    let screen = zsh_tab("jllm results tokyotech-llm/Llama-3.1-Swa");
    for repo in repo_ids("tokyotech-llm/Llama-3.1-Swa").iter().take(3) {
        assert!(screen.contains(repo.as_str()), "{repo}: {screen}");
    }
    let (categories, _) = benchmark_facts();
    let screen = zsh_tab("jllm benchmarks --category ");
    for c in &categories {
        assert!(screen.contains(c.as_str()), "{c}: {screen}");
    }
    let screen = zsh_tab("jllm list --sort score:");
    for suite in suite_ids() {
        assert!(
            screen.contains(&format!("score:{suite}")),
            "{suite}: {screen}"
        );
    }
}

/// One completion answers within 50 ms: the best of 10 runs of the test
/// build (the release build is faster; on a loaded machine single runs
/// wait for a core).
#[test]
fn completion_answers_within_50_ms() {
    let mut best = Duration::MAX;
    for _ in 0..10 {
        let start = Instant::now();
        let got = protocol("jllm results tokyotech-llm/Llama-3.1-Swa");
        best = best.min(start.elapsed());
        assert!(!got.is_empty());
    }
    assert!(best < Duration::from_millis(50), "best of 10: {best:?}");
}
