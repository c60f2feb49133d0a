//! cdstudy inside git, end to end, in a temporary repository whose git sees none of the
//! developer's own configuration: `git-setup`, `git diff` through the external diff
//! driver, `git log -p` through the textconv, and merges through the merge driver.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cdstudy::model::{Bottleneck, Category, Severity, Study};
use cdstudy::store;

mod common;
use common::{fixture, id};

const STUDY: &str = "studies/ujjain-plastic.yaml";

struct Repo {
    _home: tempfile::TempDir,
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Option<Repo> {
        if Command::new("git").arg("--version").output().is_err() {
            eprintln!("git is not installed; skipping");
            return None;
        }
        let repo = Repo {
            _home: tempfile::tempdir().unwrap(),
            dir: tempfile::tempdir().unwrap(),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Reviewer"]);
        repo.git(&["config", "user.email", "reviewer@example.org"]);
        std::fs::create_dir_all(repo.path().join("studies")).unwrap();
        Some(repo)
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn env(&self, cmd: &mut Command) {
        let home = self._home.path();
        cmd.current_dir(self.path())
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_PAGER", "cat")
            .env("CDSTUDY_LANG", "en")
            .env("GIT_EDITOR", "true")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE");
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new("git");
        cmd.args(args);
        self.env(&mut cmd);
        cmd.output().unwrap()
    }

    fn git(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "git {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn cdstudy(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cdstudy"));
        cmd.args(args);
        self.env(&mut cmd);
        cmd.output().unwrap()
    }

    fn save(&self, study: &Study) {
        self.write(STUDY, &store::to_yaml(study).unwrap());
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn study(&self) -> Study {
        store::load(&self.path().join(STUDY)).unwrap().study
    }
}

fn set_up(repo: &Repo) {
    let out = repo.cdstudy(&["git-setup"]);
    assert!(out.status.success(), "{out:?}");
    repo.save(&fixture());
    repo.commit("Ujjain study as first drafted");
}

#[test]
fn git_setup_writes_what_it_says_once() {
    let Some(repo) = Repo::new() else { return };
    let out = repo.cdstudy(&["git-setup"]);
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("added `studies/**/*.yaml diff=cdstudy merge=cdstudy`"),
        "{said}"
    );
    assert!(
        said.contains("git config diff.cdstudy.command = "),
        "{said}"
    );
    assert!(
        said.contains("git config merge.cdstudy.driver = "),
        "{said}"
    );
    // No study yet: it says the pattern matches nothing, not that studies go through it.
    assert!(
        said.contains("No file in the repository matches studies/**/*.yaml"),
        "{said}"
    );
    assert!(!said.contains("now go through cdstudy"), "{said}");
    // What cdstudy leaves beside a study is ignored.
    let ignore = std::fs::read_to_string(repo.path().join(".gitignore")).unwrap();
    for line in [
        "*.yaml.bak",
        "*.cdstudy-tmp-*",
        "*.bak.tmp-*",
        ".*.cdstudy-draft",
        ".*.cdstudy-lock",
    ] {
        assert!(ignore.lines().any(|l| l == line), "{line} in\n{ignore}");
    }
    let attributes = std::fs::read_to_string(repo.path().join(".gitattributes")).unwrap();
    assert_eq!(attributes, "studies/**/*.yaml diff=cdstudy merge=cdstudy\n");
    let driver = repo.git(&["config", "merge.cdstudy.driver"]);
    assert!(
        driver.trim().ends_with(" merge %O %A %B --path %P"),
        "{driver}"
    );

    // Again, with a study: nothing changes, and it says so.
    repo.save(&fixture());
    let again = repo.cdstudy(&["git-setup"]);
    let said = String::from_utf8_lossy(&again.stdout);
    assert!(!said.contains("added"), "{said}");
    assert!(said.contains("already"), "{said}");
    assert!(said.contains("now go through cdstudy"), "{said}");
    assert_eq!(
        std::fs::read_to_string(repo.path().join(".gitignore")).unwrap(),
        ignore
    );
    assert_eq!(
        std::fs::read_to_string(repo.path().join(".gitattributes")).unwrap(),
        attributes
    );
    assert!(!repo.path().join(".gitattributes.bak").exists());
    // The developer's own config was never touched: the home is empty.
    assert!(!repo._home.path().join(".gitconfig").exists());
}

#[test]
fn git_diff_and_git_log_show_the_semantic_diff() {
    let Some(repo) = Repo::new() else { return };
    set_up(&repo);
    let mut study = fixture();
    study.bottlenecks[1].severity = Some(Severity::Medium);
    study.action_plan.actions[0].theme = Some(id("t-1"));
    repo.save(&study);

    // Uncommitted: git diff runs the external driver.
    let diff = repo.git(&["diff"]);
    assert!(
        diff.starts_with(
            "diff --cdstudy a/studies/ujjain-plastic.yaml b/studies/ujjain-plastic.yaml\n"
        ),
        "{diff}"
    );
    assert!(
        diff.contains("  ~ bottleneck b-2 'No testing lab': severity: high → medium\n"),
        "{diff}"
    );
    assert!(diff.contains("  > action a-1 'Exposure visit to Ahmedabad' moved from theme t-2 'Markets' to theme t-1 'Quality'\n"), "{diff}");
    repo.commit("Field visit: testing is available in Bhopal");

    // git log -p: the textconv lines, each naming its item; hunks name the section.
    let log = repo.git(&["log", "-p", "-1"]);
    assert!(log.contains("-bottleneck b-2 › severity: high\n"), "{log}");
    assert!(
        log.contains("+bottleneck b-2 › severity: medium\n"),
        "{log}"
    );
    assert!(
        log.contains("+action a-1 › theme: t-1 'Quality'\n"),
        "{log}"
    );
    assert!(log.contains("@@ Bottlenecks"), "{log}");
    // With --ext-diff, the log shows the semantic diff itself.
    let log = repo.git(&["log", "-p", "--ext-diff", "-1"]);
    assert!(log.contains("severity: high → medium"), "{log}");
    // Between commits too.
    let diff = repo.git(&["diff", "HEAD~1", "HEAD"]);
    assert!(diff.contains("Study changes a/studies/ujjain-plastic.yaml → b/studies/ujjain-plastic.yaml: 2 changes"), "{diff}");
}

#[test]
fn added_deleted_and_unreadable_files_do_not_break_git() {
    let Some(repo) = Repo::new() else { return };
    set_up(&repo);
    let mut other = Study::new("Bokaro Bamboo", "sfurti");
    other.bottlenecks.push(Bottleneck {
        id: id("b-1"),
        title: "No seasoning yard".into(),
        category: Some(Category::Infrastructure),
        ..Default::default()
    });
    repo.write(
        "studies/bokaro-bamboo.yaml",
        &store::to_yaml(&other).unwrap(),
    );
    repo.git(&["add", "-A"]);
    let added = repo.git(&["diff", "--cached"]);
    assert!(
        added.contains("Study changes (no file) → b/studies/bokaro-bamboo.yaml"),
        "{added}"
    );
    assert!(
        added.contains("+ bottleneck b-1 'No seasoning yard'"),
        "{added}"
    );
    repo.commit("Bokaro study");

    std::fs::remove_file(repo.path().join("studies/bokaro-bamboo.yaml")).unwrap();
    let deleted = repo.git(&["diff"]);
    assert!(
        deleted.contains("- bottleneck b-1 'No seasoning yard'"),
        "{deleted}"
    );
    repo.git(&["checkout", "--", "."]);

    // A file that is not a study: the error, then a line diff; git still succeeds.
    repo.write("studies/notes.yaml", "title: notes\n");
    repo.commit("notes");
    repo.write("studies/notes.yaml", "title: field notes\n");
    let out = repo.run(&["diff"]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("cdstudy: not compared as studies: studies/notes.yaml"),
        "{text}"
    );
    assert!(
        text.contains("-title: notes\n+title: field notes\n"),
        "{text}"
    );
    let log = repo.run(&["log", "-p", "-1"]);
    assert!(log.status.success(), "{log:?}");
}

#[test]
fn merges_go_item_by_item_and_conflicts_are_left_readable() {
    let Some(repo) = Repo::new() else { return };
    set_up(&repo);

    // Two people edit different sections at once: a clean merge.
    repo.git(&["checkout", "-q", "-b", "costing"]);
    let mut costing = fixture();
    costing.action_plan.actions[0].cost = Some(cdstudy::model::Cost::Amount(
        cdstudy::model::Rupees(5_20_000),
    ));
    repo.save(&costing);
    repo.commit("Re-cost the exposure visit");
    repo.git(&["checkout", "-q", "main"]);
    let mut visit = fixture();
    visit.bottlenecks[1].severity = Some(Severity::Medium);
    visit.bottlenecks.push(Bottleneck {
        id: id("b-4"),
        title: "No effluent treatment".into(),
        ..Default::default()
    });
    visit.last_ids.insert("b".into(), 4);
    repo.save(&visit);
    repo.commit("Field visit adds a bottleneck");
    let out = repo.run(&["merge", "--no-edit", "costing"]);
    assert!(out.status.success(), "{out:?}");
    let merged = repo.study();
    assert_eq!(merged.bottlenecks[1].severity, Some(Severity::Medium));
    assert_eq!(merged.bottlenecks.len(), 4);
    assert_eq!(
        merged.action_plan.actions[0].cost,
        Some(cdstudy::model::Cost::Amount(cdstudy::model::Rupees(
            5_20_000
        )))
    );

    // Both add a bottleneck as b-5 and change b-2's severity differently: the merge stops,
    // the file still loads, and check explains what to settle.
    repo.git(&["checkout", "-q", "-b", "second-visit"]);
    let mut theirs = repo.study();
    theirs.bottlenecks[1].severity = Some(Severity::Low);
    let n = theirs.issue_id(cdstudy::model::ItemKind::Bottleneck);
    theirs.bottlenecks.push(Bottleneck {
        id: n.clone(),
        title: "Power cuts in summer".into(),
        ..Default::default()
    });
    theirs.themes[2].addresses.push(n);
    repo.save(&theirs);
    repo.commit("Second visit");
    repo.git(&["checkout", "-q", "main"]);
    let mut ours = repo.study();
    ours.bottlenecks[1].severity = Some(Severity::High);
    let n = ours.issue_id(cdstudy::model::ItemKind::Bottleneck);
    ours.bottlenecks.push(Bottleneck {
        id: n,
        title: "No design studio".into(),
        ..Default::default()
    });
    repo.save(&ours);
    repo.commit("Design gap");

    let out = repo.run(&["merge", "--no-edit", "second-visit"]);
    assert!(!out.status.success(), "{out:?}");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("theirs ('Power cuts in summer') is now b-6"),
        "{said}"
    );
    assert!(said.contains("1 conflict to settle"), "{said}");
    let status = repo.git(&["status", "--porcelain"]);
    assert!(
        status.contains("UU studies/ujjain-plastic.yaml"),
        "{status}"
    );

    let merged = repo.study();
    let titles: Vec<&str> = merged
        .bottlenecks
        .iter()
        .map(|b| b.title.as_str())
        .collect();
    assert_eq!(titles[4..], ["No design studio", "Power cuts in summer"]);
    assert_eq!(merged.themes[2].addresses.last(), Some(&id("b-6")));
    let check = repo.cdstudy(&["check", STUDY]);
    assert_eq!(check.status.code(), Some(1));
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(text.contains("unresolved (on b-2): Merge conflict on severity: ours high, theirs low (before both: medium)"), "{text}");
}

#[test]
fn a_merge_made_without_the_driver_is_explained_and_can_be_redone_item_by_item() {
    let Some(repo) = Repo::new() else { return };
    set_up(&repo);
    // A clone whose git config lacks the driver: git's line merge leaves markers.
    repo.git(&["config", "--remove-section", "merge.cdstudy"]);
    repo.git(&["checkout", "-q", "-b", "other"]);
    let mut theirs = fixture();
    theirs.bottlenecks[1].severity = Some(Severity::Low);
    repo.save(&theirs);
    repo.commit("Other: low");
    repo.git(&["checkout", "-q", "main"]);
    let mut ours = fixture();
    ours.bottlenecks[1].severity = Some(Severity::Medium);
    repo.save(&ours);
    repo.commit("Ours: medium");
    assert!(!repo.run(&["merge", "--no-edit", "other"]).status.success());

    let check = repo.cdstudy(&["check", STUDY]);
    assert_eq!(check.status.code(), Some(2));
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(
        said.contains("a git merge was left unfinished: 1 conflict between HEAD and other: lines"),
        "{said}"
    );
    assert!(said.contains("in bottlenecks (item b-2)"), "{said}");
    assert!(said.contains("`git checkout -m FILE`"), "{said}");

    // Doing what it says: the merge is redone by cdstudy, and the file loads.
    assert!(repo.cdstudy(&["git-setup"]).status.success());
    repo.git(&["checkout", "-m", STUDY]);
    let merged = repo.study();
    assert_eq!(merged.bottlenecks[1].severity, Some(Severity::Medium));
    assert!(merged
        .review
        .iter()
        .any(|n| n.on == "b-2" && n.text.contains("ours medium, theirs low")));
}
