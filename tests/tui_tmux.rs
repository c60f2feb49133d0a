//! End-to-end tests of the terminal UI: the real `cdstudy` binary in a tmux session of
//! 80×24, driven by keys as a person would, then the study file is read back.
//!
//! Each test runs its own tmux server (a unique socket in the test's own temporary folder,
//! so nothing is left behind), waits for what the screen should show with a bounded poll
//! rather than fixed sleeps, and kills its server at the end, also when it fails.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use cdstudy::model::{Cost, Rupees};

/// The worked example the tests start from (a copy of it).
const EXAMPLE: &str = "studies/ujjain-plastic.yaml";
/// The SFURTI example, whose soft interventions sit just under their cap.
const BOKARO: &str = "studies/bokaro-bamboo.yaml";
/// How long any one expected screen may take to appear.
const PATIENCE: Duration = Duration::from_secs(30);

struct Tmux {
    socket: String,
    session: String,
}

impl Tmux {
    fn start(name: &str, dir: &Path, command: &str) -> Tmux {
        let socket = dir.join(format!("tmux-{name}.sock")).display().to_string();
        let t = Tmux {
            socket,
            session: "e2e".into(),
        };
        let ok = Command::new("tmux")
            .args([
                "-S",
                &t.socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                &t.session,
            ])
            .args(["-x", "80", "-y", "24", "-c"])
            .arg(dir)
            .arg(command)
            .env("TERM", "xterm-256color")
            .status()
            .expect("tmux is needed for this test: install it (apt-get install tmux)");
        assert!(ok.success(), "tmux would not start");
        // Escape must reach the program at once, not wait to become Alt-something.
        t.tmux(&["set-option", "-s", "escape-time", "0"]);
        t
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-S", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &self.session])
    }

    /// Waits until the screen shows `text`; fails with the screen if it never does.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return;
            }
            if start.elapsed() > PATIENCE {
                panic!("the screen never showed {text:?}; it shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends tmux key names (Enter, Escape, Down, j ...).
    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", &self.session, k]);
        }
    }

    /// Sends text as typed.
    fn text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", &self.session, "-l", text]);
    }

    fn pane_pid(&self) -> u32 {
        self.tmux(&["display-message", "-p", "-t", &self.session, "#{pane_pid}"])
            .trim()
            .parse()
            .expect("a pane pid")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-S", &self.socket, "kill-server"])
            .stderr(std::process::Stdio::null())
            .status();
    }
}

/// Whether tmux can be run here; when it cannot, the test says it skipped and returns
/// (`cargo test` passes on a machine with only Rust; `.ci/run` installs tmux).
fn no_tmux(test: &str) -> bool {
    let present = Command::new("tmux")
        .arg("-V")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !present {
        println!("skipped {test}: tmux is not installed (apt-get install tmux)");
    }
    !present
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_cdstudy")
}

/// A copy of the example study in a fresh folder.
fn copy_of_example() -> (tempfile::TempDir, PathBuf) {
    copy_of(EXAMPLE)
}

/// A copy of a bundled study in a fresh folder.
fn copy_of(study: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("study.yaml");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(study), &file).unwrap();
    (dir, file)
}

/// Runs cdstudy on `file` and, when it ends, prints its exit code for the test to see.
fn edit_command(file: &Path) -> String {
    edit_command_with(file, "")
}

/// [`edit_command`] with more arguments after the file (`--lang hi`).
fn edit_command_with(file: &Path, args: &str) -> String {
    format!(
        "{} {}{args}; echo CDSTUDY-EXITED-$?; sleep 600",
        bin(),
        file.display()
    )
}

#[test]
fn a_study_is_extended_in_the_ui_and_the_file_holds_all_of_it() {
    if no_tmux("a_study_is_extended_in_the_ui_and_the_file_holds_all_of_it") {
        return;
    }
    let (dir, file) = copy_of_example();
    let t = Tmux::start("fill", dir.path(), &edit_command(&file));
    t.wait_for("Enter open section");

    // A bottleneck: down the sections to Bottlenecks, add one, type its title.
    t.keys(&["j", "j", "j", "j", "j", "j"]);
    t.wait_for("›✓ Bottlenecks");
    t.keys(&["Enter"]);
    t.wait_for("a add");
    t.keys(&["a"]);
    t.wait_for("Enter keep");
    t.text("Power cuts stop the moulding lines");
    t.keys(&["Enter"]);
    t.wait_for("b-13  Power cuts stop the moulding lines");
    t.wait_for("saved");

    // Link it to theme t-2: Themes tab, second theme, Addresses, tick b-13 (found by
    // typing its id).
    t.keys(&["Escape"]);
    t.wait_for("a add");
    t.keys(&["Escape"]);
    t.wait_for("Enter open section");
    t.keys(&["j", "Enter"]);
    t.wait_for("Where the cluster wants to be");
    // The section opens on its first tab, a form, where ] is text: Ctrl-PgDn is the
    // next tab everywhere.
    t.keys(&["C-NPage"]);
    t.wait_for("t-1  Trust, awareness");
    t.keys(&["j", "Enter"]);
    t.wait_for("Enter edit");
    // In a form j and k are letters: the arrows move.
    t.keys(&["Down", "Down", "Enter"]);
    t.wait_for("Space tick / untick");
    t.text("b-13");
    t.keys(&["Space", "Enter"]);
    // The picker closes on the form (the references shown by name; the file, below,
    // holds all five).
    t.wait_for("Enter edit  Esc back");

    // A costed action under that theme: Tab runs through the fields.
    t.keys(&["Escape"]);
    t.wait_for("a add");
    t.keys(&["Escape"]);
    t.wait_for("Enter open section");
    t.keys(&["j", "Enter"]);
    t.wait_for("a-1  Awareness workshops");
    t.keys(&["a"]);
    t.wait_for("Enter keep");
    t.text("Energy audit of moulding units");
    // Tab keeps the title and opens the next field, the theme picker.
    t.keys(&["Tab"]);
    t.wait_for("Enter choose");
    t.text("retail");
    // Tab chooses and moves on, as after a typed value: the kind, then the component,
    // start, months, responsible, cost.
    t.keys(&["Tab"]);
    t.wait_for("Soft intervention");
    t.text("soft");
    t.keys(&["Tab"]);
    // The component is picked from the scheme's own list, by its name.
    t.wait_for("The scheme's component that funds it");
    t.text("soft interv");
    t.keys(&["Tab"]);
    t.wait_for("soft · Soft interventions");
    t.keys(&["Tab", "Tab", "Tab"]);
    t.wait_for("4.5 lakh, 4.5L, 2 cr or 450000");
    t.text("4.5 lakh");
    t.keys(&["Enter"]);
    t.wait_for("Rs. 4.50 lakh");

    // Hindi in a text area: the action's notes.
    t.keys(&["Down", "Down", "Down", "Enter"]);
    t.wait_for("Esc done");
    t.text("ऊर्जा बचत से लागत घटेगी");
    t.keys(&["Escape"]);
    t.wait_for("Enter edit");

    t.keys(&["C-q"]);
    t.wait_for("CDSTUDY-EXITED-0");

    let study = cdstudy::store::load(&file).expect("the file loads").study;
    let b = study.bottlenecks.last().unwrap();
    assert_eq!(b.id.as_str(), "b-13");
    assert_eq!(b.title, "Power cuts stop the moulding lines");
    let theme = &study.themes[1];
    assert_eq!(theme.id.as_str(), "t-2");
    let addresses: Vec<&str> = theme.addresses.iter().map(|id| id.as_str()).collect();
    assert_eq!(addresses, ["b-1", "b-5", "b-6", "b-12", "b-13"]);
    let a = study.action_plan.actions.last().unwrap();
    assert_eq!(a.id.as_str(), "a-16");
    assert_eq!(a.kind, Some(cdstudy::model::ActionKind::Soft));
    assert_eq!(a.component, "soft");
    assert_eq!(a.title, "Energy audit of moulding units");
    assert_eq!(a.theme.as_ref().map(|t| t.as_str()), Some("t-2"));
    assert_eq!(a.cost, Some(Cost::Amount(Rupees(4_50_000))));
    assert_eq!(a.notes, "ऊर्जा बचत से लागत घटेगी");

    let check = Command::new(bin())
        .arg("check")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "cdstudy check fails on the edited study:\n{}",
        String::from_utf8_lossy(&check.stdout)
    );
    assert!(
        !cdstudy::store::draft::draft_path(&file).exists(),
        "no draft left behind"
    );
    assert!(
        !cdstudy::store::lock::lock_path(&file).exists(),
        "no lock left behind"
    );
}

#[test]
fn typing_survives_a_kill_and_is_offered_back() {
    if no_tmux("typing_survives_a_kill_and_is_offered_back") {
        return;
    }
    let (dir, file) = copy_of_example();
    let draft = cdstudy::store::draft::draft_path(&file);
    // `exec`, so that the pane's process is cdstudy itself.
    let t = Tmux::start(
        "kill",
        dir.path(),
        &format!("exec {} {}", bin(), file.display()),
    );
    t.wait_for("Enter open section");
    t.keys(&["j", "j", "j", "j", "j", "j", "Enter"]);
    t.wait_for("a add");
    t.keys(&["j", "Enter"]);
    t.wait_for("Enter edit");
    // Evidence of b-2, a text area.
    t.keys(&["Down", "Down", "Down", "Down", "Down", "Enter"]);
    t.wait_for("Esc done");
    t.text("इंदौर तक नमूने ले जाने में दो दिन लगते हैं");
    // The journal follows the typing within a second; wait for all of it, then pull the
    // plug.
    let start = Instant::now();
    let holds_it = || {
        cdstudy::store::draft::read(&file)
            .ok()
            .flatten()
            .is_some_and(|d| {
                d.entries
                    .iter()
                    .any(|e| e.text.ends_with("इंदौर तक नमूने ले जाने में दो दिन लगते हैं"))
            })
    };
    while !holds_it() {
        assert!(
            start.elapsed() < PATIENCE,
            "no draft was written:\n{}",
            t.screen()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid = t.pane_pid();
    let killed = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    drop(t);

    let before = cdstudy::store::load(&file).unwrap().study.bottlenecks[1]
        .evidence
        .clone();
    assert!(!before.contains("इंदौर तक"), "the typing was never saved");

    let t = Tmux::start("recover", dir.path(), &edit_command(&file));
    t.wait_for("Unsaved typing found");
    t.wait_for("Bottlenecks › b-2 › Evidence");
    t.keys(&["r"]);
    t.wait_for("Recovered");
    t.wait_for("saved");
    t.keys(&["C-q"]);
    t.wait_for("CDSTUDY-EXITED-0");
    let study = cdstudy::store::load(&file).unwrap().study;
    let evidence = &study.bottlenecks[1].evidence;
    assert!(
        evidence.starts_with(before.trim_end())
            && evidence.ends_with("इंदौर तक नमूने ले जाने में दो दिन लगते हैं"),
        "the recovered evidence is {evidence:?}"
    );
    assert!(!draft.exists(), "the draft is gone once its text is saved");
}

/// Opens the Evidence of b-2 (a text area) for typing, from the section list.
fn open_evidence_of_b2(t: &Tmux) {
    t.wait_for("Enter open section");
    t.keys(&["j", "j", "j", "j", "j", "j", "Enter"]);
    t.wait_for("a add");
    t.keys(&["j", "Enter"]);
    t.wait_for("Enter edit  Esc back");
    // In a form a letter starts typing into the field: the arrows move.
    t.keys(&["Down", "Down", "Down", "Down", "Down", "Enter"]);
    t.wait_for("Esc done");
}

#[test]
fn a_kill_at_any_moment_of_typing_loses_at_most_about_a_second() {
    if no_tmux("a_kill_at_any_moment_of_typing_loses_at_most_about_a_second") {
        return;
    }
    // The journal promises about a second (half a second between writes, a quarter
    // second between ticks); the margin is for a loaded machine, not for the design.
    const LOST_AT_MOST: Duration = Duration::from_millis(1500);
    const WORDS: &str =
        "coal costs rose by forty percent since the depot closed and the kilns wait ";
    let (dir, file) = copy_of_example();
    let draft = cdstudy::store::draft::draft_path(&file);
    let before = cdstudy::store::load(&file).unwrap().study.bottlenecks[1]
        .evidence
        .clone();
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64 | 1)
        .unwrap_or(7);
    println!("kill moments from seed {seed}");
    let mut random = move |below: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % below
    };
    let started = Instant::now();
    let mut kills = 0;
    // Twelve kills, or fewer if the machine is slow: bounded in time either way.
    while kills < 12 && started.elapsed() < Duration::from_secs(120) {
        let t = Tmux::start(
            &format!("kill{kills}"),
            dir.path(),
            &format!("exec {} {}", bin(), file.display()),
        );
        let offered_before = cdstudy::store::draft::read(&file).ok().flatten().is_some();
        if offered_before {
            // The typing of the last round is offered back; discard it and type anew.
            t.wait_for("Unsaved typing found");
            t.keys(&["d"]);
            t.wait_for("Discard the draft?");
            t.keys(&["Enter"]);
            t.wait_for("The draft was discarded");
        }
        open_evidence_of_b2(&t);
        // Type on, a character at a time, for a random 0.3 to 3.5 seconds, then kill.
        let typing_for = Duration::from_millis(300 + random(3200));
        let typing_started = Instant::now();
        let mut sent: Vec<(Instant, usize)> = Vec::new();
        let mut typed = String::new();
        for c in WORDS.chars().cycle() {
            if typing_started.elapsed() >= typing_for {
                break;
            }
            t.text(&c.to_string());
            typed.push(c);
            sent.push((Instant::now(), typed.len()));
            std::thread::sleep(Duration::from_millis(30));
        }
        let pid = t.pane_pid();
        let killed_at = Instant::now();
        let killed = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        drop(t);

        // What the next start will offer: the journal, read as cdstudy reads it.
        let offered = cdstudy::store::draft::read(&file)
            .expect("the journal reads back after a kill")
            .map(|d| d.entries)
            .unwrap_or_default();
        let evidence = offered
            .iter()
            .find(|e| e.path == "bottlenecks[b-2].evidence")
            .map(|e| e.text.clone())
            .unwrap_or_else(|| before.clone());
        let got = evidence
            .strip_prefix(before.as_str())
            .unwrap_or_else(|| panic!("the draft lost the field's text: {evidence:?}"));
        assert!(
            typed.starts_with(got),
            "the draft holds {got:?}, typed {typed:?}"
        );
        // Everything sent more than LOST_AT_MOST before the kill is in the draft.
        let must_have = sent
            .iter()
            .take_while(|(at, _)| killed_at.duration_since(*at) > LOST_AT_MOST)
            .last()
            .map_or(0, |(_, n)| *n);
        assert!(
            got.len() >= must_have,
            "kill {kills} after {typing_for:?}: the draft holds {} of {} characters, {} were typed over {LOST_AT_MOST:?} before the kill",
            got.len(),
            typed.len(),
            must_have
        );
        // How long before the kill the first character missing from the draft was sent.
        let lost_for = sent
            .iter()
            .find(|(_, n)| *n > got.len())
            .map_or(Duration::ZERO, |(at, _)| killed_at.duration_since(*at));
        println!(
            "kill {kills} after {typing_for:?} of typing: {} of {} characters offered back, the last {lost_for:?} lost",
            got.len(),
            typed.len()
        );
        kills += 1;
    }
    assert!(kills >= 3, "only {kills} kills in the time allowed");
    // The last round's typing is offered on the next start, and the study is untouched.
    assert!(draft.exists() || cdstudy::store::draft::read(&file).unwrap().is_none());
    let after = cdstudy::store::load(&file).unwrap().study.bottlenecks[1]
        .evidence
        .clone();
    assert_eq!(after, before, "a kill never writes the study");
}

#[test]
fn a_cost_raised_over_its_cap_shows_in_the_budget_and_goes_when_lowered() {
    if no_tmux("a_cost_raised_over_its_cap_shows_in_the_budget_and_goes_when_lowered") {
        return;
    }
    // Bokaro's soft interventions (Rs 21.01 lakh) stay under 10% of the hard ones (Rs
    // 22.305 lakh); 40 village meetings instead of 12 (Rs 8,000 each) take them over.
    const CAP: &str = "grant at most 10% of the hard interventions";
    let (dir, file) = copy_of(BOKARO);
    let t = Tmux::start("budget", dir.path(), &edit_command(&file));
    t.wait_for("Enter open section");
    t.keys(&["j", "j", "j", "j", "j", "j", "j", "j", "Enter"]);
    t.wait_for("Budget, lakh: cost 244.26 · GoI 221.76");
    t.wait_for("✓ no cap hit");

    // The first action's cost lines: the village meetings' quantity.
    t.keys(&["]"]);
    t.wait_for("Village meetings");
    t.keys(&["Enter", "Down", "Enter"]);
    t.wait_for("Enter keep");
    t.keys(&["C-u"]);
    t.text("40");
    // While typing, the budget the value would give, marked as not kept.
    t.wait_for("If kept (typed, not saved): cost 246.50");
    t.wait_for(CAP);
    t.keys(&["Enter"]);
    t.wait_for("Budget, lakh: cost 246.50");
    t.wait_for(&format!("✗ soft: {CAP}"));
    t.wait_for("saved");

    // Back to 12: the cap warning goes.
    t.keys(&["Enter", "C-u"]);
    t.text("12");
    t.keys(&["Enter"]);
    t.wait_for("Budget, lakh: cost 244.26");
    t.wait_for("✓ no cap hit");
    assert!(!t.screen().contains(CAP), "{}", t.screen());

    t.keys(&["C-q"]);
    t.wait_for("CDSTUDY-EXITED-0");
    let study = cdstudy::store::load(&file).expect("the file loads").study;
    let Some(Cost::Lines(lines)) = &study.action_plan.actions[0].cost else {
        panic!("a-1 lost its cost lines");
    };
    assert_eq!(lines[0].quantity, Some(12));
}

/// Issue 11, "typing is text": whole paragraphs typed as a CDA types them, with pickers
/// and Tab between them, into every kind of field (one-line text, prose, number, money,
/// date, month, choice, pick one, pick several, tick box) at 80×24. Every character typed
/// is in the saved file, and none of the many letters that are commands in a list (a, d,
/// n, q, u, g, G, [, ], ?, x, j, k) did anything but type.
#[test]
fn paragraphs_typed_into_every_kind_of_field_are_all_in_the_file() {
    if no_tmux("paragraphs_typed_into_every_kind_of_field_are_all_in_the_file") {
        return;
    }
    const UNIT: &str = "Shri Ganesh Polymers (Maksi Road), a quality-first unit";
    const PRODUCTS: &str = "Buckets, mugs & moulded chairs; 40 kg sacks? [n] u g G x j k q";
    const PROBLEMS_1: &str = "Quality of reprocessed granules varies from lot to lot; \
         about 40 units quit buying when the trader delays delivery.";
    const PROBLEMS_2: &str = "Undo? No: add a testing lab, deliver in 2 days and give \
         30-day credit. G. N. Gupta said \"quantity discounts never reach us\" [sic].";
    const TITLE: &str = "Quarterly quality meetings of the association, and a display at Dewas";
    const RESPONSIBLE: &str = "Gupta & Daughters, quality cell (q-cell) of the association";
    const FUNDED: &str = "Units' own dues, 25% advance; the rest after audit?";
    const BLOCK: &str = "Maksi Road and Dewas Road industrial areas, Ujjain (MP)";
    let (dir, file) = copy_of_example();
    let t = Tmux::start("paragraphs", dir.path(), &edit_command(&file));
    t.wait_for("Enter open section");
    let typed = |text: &str| {
        // Word by word, as fingers do, not one paste.
        for word in text.split_inclusive(' ') {
            t.text(word);
        }
    };

    // Field work › Interviews: a new interview, Tab from field to field.
    t.keys(&["j", "j", "Enter"]);
    t.wait_for("Visits (");
    t.keys(&["C-NPage"]);
    t.wait_for("iv-1  Shree Mahakal Polymers");
    t.keys(&["a"]);
    t.wait_for("Enter keep");
    typed(UNIT); // one line
    t.keys(&["Tab"]);
    typed("14/11/2026"); // a date
    t.keys(&["Tab"]);
    t.wait_for("Enter choose");
    typed("small"); // a choice, by its letters
    t.keys(&["Tab"]);
    t.wait_for("Enter keep");
    typed("23"); // a number
    t.keys(&["Tab"]);
    typed(PRODUCTS);
    t.keys(&["Tab"]);
    t.wait_for("Esc done");
    typed(PROBLEMS_1); // a text area, two paragraphs
    t.keys(&["Enter"]);
    typed(PROBLEMS_2);
    t.keys(&["Tab"]);
    t.wait_for("Space tick / untick");
    typed("b-4"); // pick several: b-4, found by its id
    t.keys(&["Space", "Enter"]);
    t.wait_for("Evidence for     b-4");
    t.wait_for("saved");

    // The cluster profile: typing over a selected one-line field replaces it; letters on
    // a tick box change nothing, Space ticks it.
    t.keys(&["Escape"]);
    t.wait_for("a add");
    t.keys(&["Escape"]);
    t.wait_for("Enter open section");
    t.keys(&["k", "Enter"]);
    t.wait_for("Turnover by year");
    t.keys(&["Down", "Down", "Down"]);
    t.wait_for("Block");
    typed(BLOCK);
    t.keys(&["Enter"]);
    t.wait_for("Maksi Road and Dewas Road");
    for _ in 0..21 {
        t.keys(&["Down"]);
    }
    t.wait_for("In a north-eastern or hill state");
    typed("yes");
    t.wait_for("letters never change it");
    t.keys(&["Space"]);
    t.wait_for("saved");

    // The action plan: a costed action, Tab through pickers and typed fields alike.
    t.keys(&["Escape"]);
    t.wait_for("Enter open section");
    for _ in 0..7 {
        t.keys(&["j"]);
    }
    t.keys(&["Enter"]);
    t.wait_for("a-1  Awareness workshops");
    t.keys(&["a"]);
    t.wait_for("Enter keep");
    typed(TITLE);
    t.keys(&["Tab"]);
    t.wait_for("Enter choose");
    typed("retail"); // pick one: the theme
    t.keys(&["Tab"]);
    t.wait_for("Soft intervention");
    typed("soft");
    t.keys(&["Tab"]);
    t.wait_for("The scheme's component that funds it");
    typed("soft interv");
    t.keys(&["Tab"]);
    t.wait_for("The plan's month it starts in");
    typed("3");
    t.keys(&["Tab"]);
    typed("9");
    t.keys(&["Tab"]);
    typed(RESPONSIBLE);
    t.keys(&["Tab"]);
    t.wait_for("4.5 lakh, 4.5L");
    typed("3.75 lakh"); // money
    t.keys(&["Tab"]);
    typed(FUNDED);
    t.keys(&["Tab"]);
    t.wait_for("Space tick / untick");
    t.keys(&["Escape"]);
    // Two Escs read at once reach cdstudy as one (crossterm): wait for the first.
    t.wait_for("Enter edit");
    // The Plan tab: a month.
    t.keys(&["Escape"]);
    t.wait_for("a add");
    t.keys(&["C-NPage", "C-NPage"]);
    t.wait_for("Plan starts");
    t.keys(&["Down"]);
    typed("2027-04");
    t.keys(&["Enter"]);
    t.wait_for("2027-04");

    t.keys(&["C-q"]);
    t.wait_for("CDSTUDY-EXITED-0");
    let screen = t.screen();
    assert!(!screen.contains("NOT saved"), "{screen}");

    let study = cdstudy::store::load(&file).expect("the file loads").study;
    let iv = study.field_work.interviews.last().unwrap();
    assert_eq!(iv.unit, UNIT);
    assert_eq!(
        iv.date.map(|d| d.to_string()).as_deref(),
        Some("2026-11-14")
    );
    assert_eq!(iv.size, Some(cdstudy::model::UnitSize::Small));
    assert_eq!(iv.workers, Some(23));
    assert_eq!(iv.products, PRODUCTS);
    assert_eq!(iv.problems, format!("{PROBLEMS_1}\n{PROBLEMS_2}"));
    let picked: Vec<&str> = iv.bottlenecks.iter().map(|id| id.as_str()).collect();
    assert_eq!(picked, ["b-4"]);
    assert_eq!(study.cluster.block, BLOCK);
    assert!(study.cluster.area.ne_or_hill_state);
    let a = study.action_plan.actions.last().unwrap();
    assert_eq!(a.title, TITLE);
    assert_eq!(a.kind, Some(cdstudy::model::ActionKind::Soft));
    assert_eq!(a.component, "soft");
    assert_eq!(a.start_month, Some(3));
    assert_eq!(a.months, Some(9));
    assert_eq!(a.responsible, RESPONSIBLE);
    assert_eq!(a.cost, Some(Cost::Amount(Rupees(3_75_000))));
    assert_eq!(a.funded_by, FUNDED);
    assert_eq!(
        study.action_plan.start.map(|m| m.to_string()).as_deref(),
        Some("2027-04")
    );
    // Nothing else was added, deleted or left behind.
    let before = cdstudy::store::load(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(EXAMPLE)
            .as_path(),
    )
    .unwrap()
    .study;
    assert_eq!(study.bottlenecks.len(), before.bottlenecks.len());
    assert_eq!(
        study.field_work.interviews.len(),
        before.field_work.interviews.len() + 1
    );
    assert_eq!(
        study.action_plan.actions.len(),
        before.action_plan.actions.len() + 1
    );
    let stray: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("unsaved"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

/// A CDA who works in Hindi: `--lang hi` gives the screen in Hindi, and a bottleneck typed
/// in Hindi lands in the file as typed.
#[test]
fn the_screen_speaks_hindi_and_hindi_typing_lands_in_the_file() {
    if no_tmux("the_screen_speaks_hindi_and_hindi_typing_lands_in_the_file") {
        return;
    }
    let (dir, file) = copy_of_example();
    let t = Tmux::start("hindi", dir.path(), &edit_command_with(&file, " --lang hi"));
    t.wait_for("Enter खंड खोलें");
    t.wait_for("क्लस्टर रूपरेखा");
    t.keys(&["j", "j", "j", "j", "j", "j"]);
    t.wait_for("›✓ बाधाएँ");
    t.keys(&["Enter"]);
    t.wait_for("a जोड़ें");
    t.keys(&["a"]);
    t.wait_for("Enter रखें");
    let title = "कच्चे माल की गुणवत्ता जाँचने की कोई सुविधा नहीं";
    t.text(title);
    t.keys(&["Enter"]);
    t.wait_for(&format!("b-13  {title}"));
    t.wait_for("✓ सहेजा गया");
    t.keys(&["Escape", "Escape", "q"]);
    t.wait_for("CDSTUDY-EXITED-0");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains(&format!("title: {title}")),
        "the file lacks the title"
    );
}
