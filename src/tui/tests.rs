//! Tests of the terminal UI as a person meets it: snapshots of every section at 80×24 and
//! 120×40, the screen at any size, and behaviour driven by keys through `App::key`.

use std::path::PathBuf;
use std::time::Duration;

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;

use cdstudy::model::{Cost, Id, Rupees, Study};
use cdstudy::store::{self, DiskState, SaveError};

use super::app::{App, Effect, Focus, SaveState};
use super::view;

/// The worked example every section is shown with.
const EXAMPLE: &str = "studies/ujjain-plastic.yaml";
/// A small study with known gaps (a missing stage, evidence, threats ...) for the tests of
/// behaviour, which need things to be missing and references to follow.
const FIXTURE: &str = "tests/fixtures/tui-study.yaml";

fn load(file: &str) -> Study {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(file);
    store::load(&path)
        .unwrap_or_else(|e| panic!("{file} does not load: {e}"))
        .study
}

fn example() -> Study {
    load(EXAMPLE)
}

fn fixture() -> Study {
    load(FIXTURE)
}

fn app_with(study: Study) -> App {
    let disk = DiskState::of_bytes(store::to_yaml(&study).unwrap().as_bytes());
    App::new(PathBuf::from(EXAMPLE), study, disk)
}

fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    app.size = (w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let screen = view::screen(app);
    term.draw(|f| view::draw(f, &screen)).unwrap();
    term
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Carries out saves the way the runtime does, in memory: the disk is the app's guard.
fn settle(app: &mut App, effects: Vec<Effect>) -> Vec<Effect> {
    let mut rest = Vec::new();
    for e in effects {
        match e {
            Effect::Save => {
                let bytes = store::to_yaml(&app.study).unwrap();
                app.saved(Ok(DiskState::of_bytes(bytes.as_bytes())), "10:00".into());
                rest.extend(app.take_effects());
            }
            other => rest.push(other),
        }
    }
    rest
}

fn section_index(app: &App, word: &str) -> usize {
    app.defs
        .iter()
        .position(|d| d.section.word() == word)
        .unwrap()
}

fn open_section(app: &mut App, word: &str) {
    app.editing = None;
    app.section = section_index(app, word);
    app.focus = Focus::Sidebar;
    press(app, KeyCode::Enter);
}

#[test]
fn every_section_at_80x24_and_120x40() {
    let study = example();
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let mut app = app_with(study.clone());
        for i in 0..app.defs.len() {
            app.section = i;
            app.focus = Focus::Sidebar;
            press(&mut app, KeyCode::Enter);
            let word = app.def().section.word();
            let term = draw(&mut app, w, h);
            insta::assert_snapshot!(format!("{word}_{w}x{h}"), term.backend());
        }
    }
}

#[test]
fn every_tab_of_every_section_at_80x24() {
    let mut app = app_with(example());
    for i in 0..app.defs.len() {
        for part in 1..app.defs[i].parts.len() {
            app.section = i;
            app.sections[i].part = part;
            app.focus = Focus::Sidebar;
            press(&mut app, KeyCode::Enter);
            let name = format!(
                "{}_{}_80x24",
                app.def().section.word(),
                app.part().title().to_lowercase().replace([' ', '.'], "_")
            );
            let term = draw(&mut app, 80, 24);
            insta::assert_snapshot!(name, term.backend());
        }
    }
}

#[test]
fn a_text_area_with_hindi_places_the_cursor_after_the_text() {
    let mut app = app_with(example());
    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Enter);
    // The evidence field is a text area.
    let evidence = app
        .fields()
        .iter()
        .position(|f| f.key == "evidence")
        .unwrap();
    app.sections[app.section].parts[0].field = evidence;
    press(&mut app, KeyCode::Enter);
    ctrl(&mut app, 'u');
    typed(&mut app, "कच्चा माल महँगा है");
    let mut term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("prose_editor_hindi_80x24", term.backend());
    // The box's text starts two cells in from the content area; the sentence is 14 cells.
    let pos = term.get_cursor_position().unwrap();
    let content_x = 24 + 1 + 2;
    assert_eq!(
        usize::from(pos.x),
        content_x + unicode_width::UnicodeWidthStr::width("कच्चा माल महँगा है")
    );
}

#[test]
fn pickers_dialogs_and_help() {
    let mut app = app_with(example());
    open_section(&mut app, "themes");
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Enter);
    let addresses = app
        .fields()
        .iter()
        .position(|f| f.key == "addresses")
        .unwrap();
    app.sections[app.section].parts[1].field = addresses;
    press(&mut app, KeyCode::Enter);
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("pick_bottlenecks_80x24", term.backend());
    press(&mut app, KeyCode::Esc);

    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Char('d'));
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("delete_confirmation_80x24", term.backend());
    press(&mut app, KeyCode::Char('n'));

    press(&mut app, KeyCode::Char('?'));
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("help_80x24", term.backend());
}

#[test]
fn small_windows_ask_to_be_enlarged_and_no_size_panics() {
    let mut app = app_with(example());
    let term = draw(&mut app, 60, 20);
    insta::assert_snapshot!("too_small_60x20", term.backend());
    let sizes = (1..=300u16)
        .step_by(7)
        .flat_map(|w| (1..=100u16).step_by(5).map(move |h| (w, h)))
        .chain([(1, 1), (80, 24), (79, 24), (80, 23), (300, 100)]);
    // Every kind of screen: browsing, a text area, a picker, a dialog, help.
    let mut states: Vec<App> = Vec::new();
    states.push(app_with(example()));
    let mut editing = app_with(example());
    open_section(&mut editing, "bottlenecks");
    press(&mut editing, KeyCode::Enter);
    app.sections[0].parts[0].field = 0;
    press(&mut editing, KeyCode::Enter);
    states.push(editing);
    let mut dialog = app_with(example());
    open_section(&mut dialog, "bottlenecks");
    press(&mut dialog, KeyCode::Char('d'));
    states.push(dialog);
    let mut help = app_with(example());
    press(&mut help, KeyCode::Char('?'));
    states.push(help);
    for (w, h) in sizes {
        for state in states.iter_mut() {
            draw(state, w, h);
        }
    }
}

fn field_index(app: &App, key: &str) -> usize {
    app.fields()
        .iter()
        .position(|f| f.key == key)
        .unwrap_or_else(|| panic!("no field {key}"))
}

/// Selects field `key` of the current item and opens its editor.
fn edit_field(app: &mut App, key: &str) -> Vec<Effect> {
    app.focus = Focus::Form;
    let i = field_index(app, key);
    let part = app.part_index();
    let section = app.section;
    app.sections[section].parts[part].field = i;
    press(app, KeyCode::Enter)
}

fn id(s: &str) -> Id {
    s.parse().unwrap()
}

#[test]
fn a_bottleneck_is_added_linked_to_a_theme_and_an_action_costed_with_keys_alone() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    // a adds an item and opens its first field.
    let effects = press(&mut app, KeyCode::Char('a'));
    settle(&mut app, effects);
    typed(&mut app, "Power cuts stop the moulding lines");
    let effects = press(&mut app, KeyCode::Tab);
    settle(&mut app, effects);
    // Tab moved to the category, a list: letters jump, Enter chooses.
    typed(&mut app, "inf");
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    let b = app.study.bottlenecks.last().unwrap().clone();
    assert_eq!(b.id, id("b-4"));
    assert_eq!(b.title, "Power cuts stop the moulding lines");
    assert_eq!(b.category, Some(cdstudy::model::Category::Infrastructure));
    // Choosing moved on to the stage, which is picked, not typed.
    assert_eq!(app.fields()[app.part_state().field].key, "stage");
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    assert_eq!(app.study.bottlenecks[3].stage, Some(id("vc-2")));

    // Theme t-2 addresses it too: a multi-select with Space.
    open_section(&mut app, "themes");
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Down);
    edit_field(&mut app, "addresses");
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char(' '));
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    assert_eq!(app.study.themes[1].addresses, vec![id("b-2"), id("b-4")]);

    // A costed action under that theme.
    open_section(&mut app, "action_plan");
    press(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Energy audit of moulding units");
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    edit_field(&mut app, "theme");
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    edit_field(&mut app, "cost");
    typed(&mut app, "4.5L");
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    let a = app.study.action_plan.actions.last().unwrap();
    assert_eq!(a.id, id("a-3"));
    assert_eq!(a.theme, Some(id("t-2")));
    assert_eq!(a.cost, Some(Cost::Amount(Rupees(4_50_000))));
    let i = field_index(&app, "cost");
    let at = app.current_at().unwrap();
    assert_eq!(app.fields()[i].ops.show(&app.study, &at), "Rs. 4.50 lakh");
    assert!(!app.unsaved, "every committed edit was saved");
}

#[test]
fn a_refused_value_says_why_and_changes_nothing() {
    let mut app = app_with(fixture());
    open_section(&mut app, "action_plan");
    edit_field(&mut app, "cost");
    ctrl(&mut app, 'u');
    typed(&mut app, "four lakh");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty(), "nothing saved");
    let error = app.editing.as_ref().and_then(|e| e.error.clone()).unwrap();
    assert!(error.contains("is not an amount"), "{error}");
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("refused_amount_80x24", term.backend());
    assert_eq!(
        app.study.action_plan.actions[0].cost,
        Some(Cost::Amount(Rupees(3_00_000)))
    );
    // Esc keeps a good value; on a refused one it warns, and a second Esc drops the typing.
    press(&mut app, KeyCode::Esc);
    assert!(app.editing.is_some());
    press(&mut app, KeyCode::Esc);
    assert!(app.editing.is_none());
    assert_eq!(
        app.study.action_plan.actions[0].cost,
        Some(Cost::Amount(Rupees(3_00_000)))
    );
}

#[test]
fn deleting_lists_what_refers_to_the_item_and_undo_brings_it_back() {
    let mut app = app_with(fixture());
    let before = app.study.clone();
    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Char('d'));
    let body = app.dialogs.front().unwrap().body.join("\n");
    assert!(body.contains("themes[t-1].addresses"), "{body}");
    assert!(
        body.contains("field_work.interviews[iv-1].bottlenecks"),
        "{body}"
    );
    let effects = press(&mut app, KeyCode::Char('y'));
    settle(&mut app, effects);
    assert!(!app.study.has_item(&id("b-1")));
    assert!(app.study.referrers(&id("b-1")).is_empty());
    assert!(app
        .report
        .findings
        .iter()
        .all(|f| f.code != "dangling-reference"));
    let effects = press(&mut app, KeyCode::Char('u'));
    settle(&mut app, effects);
    assert_eq!(app.study, before);
}

#[test]
fn undo_and_redo_go_back_more_than_a_hundred_steps() {
    let mut app = app_with(fixture());
    let start = app.study.clone();
    open_section(&mut app, "cluster");
    let mut states = vec![start.clone()];
    for n in 0..120 {
        edit_field(&mut app, "cluster.enterprises.micro");
        ctrl(&mut app, 'u');
        typed(&mut app, &(200 + n).to_string());
        let effects = press(&mut app, KeyCode::Enter);
        settle(&mut app, effects);
        states.push(app.study.clone());
    }
    assert_eq!(app.study.cluster.enterprises.micro, Some(319));
    for expected in states.iter().rev().skip(1) {
        let effects = press(&mut app, KeyCode::Char('u'));
        settle(&mut app, effects);
        assert_eq!(&app.study, expected);
    }
    for expected in states.iter().skip(1) {
        let effects = ctrl(&mut app, 'r');
        settle(&mut app, effects);
        assert_eq!(&app.study, expected);
    }
}

#[test]
fn next_goes_to_the_first_thing_missing_then_on() {
    let mut app = app_with(fixture());
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.def().section.word(), "cluster");
    assert_eq!(app.focus, Focus::Form);
    assert_eq!(app.fields()[app.part_state().field].key, "cluster.scenario");
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.def().section.word(), "swot");
    assert_eq!(app.part().title(), "Threats");
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.def().section.word(), "bottlenecks");
    assert_eq!(app.item_path().as_deref(), Some("bottlenecks[b-2]"));
    assert_eq!(app.fields()[app.part_state().field].key, "evidence");
}

#[test]
fn a_failed_save_is_loud_keeps_the_edit_and_journals_the_text() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    typed(&mut app, "Lots too small for depot prices");
    let effects = press(&mut app, KeyCode::Esc);
    assert_eq!(effects, vec![Effect::Save]);
    let full = std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left on device");
    app.saved(
        Err(SaveError::Io {
            path: PathBuf::from(EXAMPLE),
            action: "cannot write the temporary file".into(),
            source: full,
            hint: " (the disk is full: free some space and save again)".into(),
        }),
        "10:00".into(),
    );
    assert!(matches!(app.save, SaveState::Failed(_)));
    assert_eq!(
        app.study.bottlenecks[0].root_cause,
        "Lots too small for depot prices"
    );
    let effects = app.take_effects();
    let Some(Effect::WriteDraft(entries)) = effects.first() else {
        panic!("the unsaved text was not journalled: {effects:?}");
    };
    assert_eq!(entries[0].path, "bottlenecks[b-1].root_cause");
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("save_failed_80x24", term.backend());
    // Quitting now asks, and offers to keep the changes in a new file.
    press(&mut app, KeyCode::Char('q'));
    let effects = press(&mut app, KeyCode::Char('k'));
    assert_eq!(effects, vec![Effect::KeepUnsavedAndQuit]);
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    typed(&mut app, "x");
    press(&mut app, KeyCode::Esc);
    app.saved(
        Err(SaveError::ChangedOnDisk {
            path: PathBuf::from(EXAMPLE),
        }),
        "10:00".into(),
    );
    assert!(matches!(
        app.take_effects().as_slice(),
        [Effect::WriteDraft(_)]
    ));
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("changed_on_disk_80x24", term.backend());
    assert_eq!(press(&mut app, KeyCode::Char('r')), vec![Effect::Reload]);
}

#[test]
fn typing_is_journalled_after_a_pause_and_the_journal_goes_after_the_save() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    typed(&mut app, "व्यापारी");
    assert!(app.tick().is_empty(), "not while typing");
    app.now += Duration::from_secs(3);
    let effects = app.tick();
    let [Effect::WriteDraft(entries)] = effects.as_slice() else {
        panic!("no draft written: {effects:?}");
    };
    assert_eq!(entries[0].text, "व्यापारी");
    assert_eq!(entries[0].label, "Bottlenecks › b-1 › Root cause");
    assert!(app.tick().is_empty(), "the same draft is not written twice");
    let effects = press(&mut app, KeyCode::Esc);
    let after = settle(&mut app, effects);
    assert_eq!(after, vec![Effect::RemoveDraft]);
}

#[test]
fn a_draft_found_at_start_is_offered_never_applied_silently() {
    let mut app = app_with(fixture());
    let mut draft = cdstudy::store::draft::Draft::new(
        std::path::Path::new(EXAMPLE),
        &app.disk,
        vec![cdstudy::store::draft::DraftEntry {
            path: "bottlenecks[b-2].evidence".into(),
            label: "Bottlenecks › b-2 › Evidence".into(),
            text: "टेस्टिंग के लिए इंदौर जाना पड़ता है".into(),
        }],
    );
    draft.written = "2026-11-20T18:42:00+05:30".into();
    app.offer_draft(draft, true);
    assert!(app.study.bottlenecks[1].evidence.is_empty());
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("draft_offered_80x24", term.backend());
    let effects = press(&mut app, KeyCode::Char('r'));
    assert_eq!(
        app.study.bottlenecks[1].evidence,
        "टेस्टिंग के लिए इंदौर जाना पड़ता है"
    );
    assert_eq!(app.item_path().as_deref(), Some("bottlenecks[b-2]"));
    assert_eq!(settle(&mut app, effects), vec![Effect::RemoveDraft]);
}

#[test]
fn a_file_with_comments_is_not_saved_until_the_person_says_so() {
    let mut app = app_with(fixture());
    app.file_warnings(&[cdstudy::store::LoadWarning {
        kind: cdstudy::store::WarningKind::NotKeptOnSave,
        line: 3,
        message: "the file has comments (#); a save cannot keep them".into(),
    }]);
    press(&mut app, KeyCode::Char('n'));
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    typed(&mut app, "x");
    assert!(press(&mut app, KeyCode::Esc).is_empty(), "held");
    assert!(matches!(app.save, SaveState::Held(_)));
    assert_eq!(app.study.bottlenecks[0].root_cause, "x");
    assert_eq!(ctrl(&mut app, 's'), vec![Effect::Save]);
}

#[test]
fn tab_runs_through_a_form_choosing_by_letter_without_dropping_out() {
    let mut app = app_with(fixture());
    open_section(&mut app, "field_work");
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Lakshmi SHG");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "14/11/2026");
    press(&mut app, KeyCode::Tab);
    // The size: m is Micro, the first choice starting with it.
    typed(&mut app, "m");
    press(&mut app, KeyCode::Enter);
    // Still typing: the workers field is open.
    typed(&mut app, "9");
    press(&mut app, KeyCode::Tab);
    let iv = app.study.field_work.interviews.last().unwrap();
    assert_eq!(iv.unit, "Lakshmi SHG");
    assert_eq!(iv.size, Some(cdstudy::model::UnitSize::Micro));
    assert_eq!(iv.workers, Some(9));
    // Letters add up: "buy" is Buyer, not the first choice with a b.
    open_section(&mut app, "stakeholders");
    press(&mut app, KeyCode::Char('a'));
    typed(&mut app, "JHARCRAFT");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "buy");
    press(&mut app, KeyCode::Enter);
    let st = app.study.stakeholders.last().unwrap();
    assert_eq!(st.kind, Some(cdstudy::model::StakeholderKind::Buyer));
    // A tick box is passed over, never flipped, by Tab.
    open_section(&mut app, "cluster");
    edit_field(&mut app, "cluster.artisans");
    press(&mut app, KeyCode::Tab);
    assert!(app.editing.is_none());
    assert!(!app.study.cluster.area.ne_or_hill_state);
}

#[test]
fn the_start_screen_makes_a_new_study_and_lists_it() {
    use super::start::{Next, Start};
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir(root.path().join("studies")).unwrap();
    let mut start = Start::new(root.path());
    assert!(start.studies.is_empty());
    let key = |start: &mut Start, code: KeyCode| start.key(KeyEvent::new(code, KeyModifiers::NONE));
    key(&mut start, KeyCode::Enter);
    for c in "Guna Brick".chars() {
        key(&mut start, KeyCode::Char(c));
    }
    key(&mut start, KeyCode::Enter);
    for c in "Madhya Pradesh".chars() {
        key(&mut start, KeyCode::Char(c));
    }
    key(&mut start, KeyCode::Enter);
    for c in "Guna".chars() {
        key(&mut start, KeyCode::Char(c));
    }
    // The scheme (mse-cdp is offered) and the file name (from the cluster's name).
    key(&mut start, KeyCode::Enter);
    key(&mut start, KeyCode::Enter);
    let file = root.path().join("studies/guna-brick.yaml");
    assert_eq!(key(&mut start, KeyCode::Enter), Next::Open(file.clone()));
    let study = store::load(&file).unwrap().study;
    assert_eq!(study.cluster.name, "Guna Brick");
    assert_eq!(study.cluster.state, "Madhya Pradesh");
    assert_eq!(study.cluster.district, "Guna");
    assert_eq!(study.meta.scheme, "mse-cdp");
    let listed = Start::new(root.path()).studies;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].cluster, "Guna Brick");
    // A second study of the same name is refused, never overwritten.
    let mut again = Start::new(root.path());
    key(&mut again, KeyCode::Char('n'));
    for c in "Guna Brick".chars() {
        key(&mut again, KeyCode::Char(c));
    }
    for _ in 0..4 {
        key(&mut again, KeyCode::Enter);
    }
    assert_eq!(key(&mut again, KeyCode::Enter), Next::Stay);
    assert!(again
        .new
        .as_ref()
        .unwrap()
        .error
        .as_ref()
        .unwrap()
        .contains("already exists"));
}

#[test]
fn the_start_screen_refuses_a_scheme_it_does_not_know() {
    use super::start::{Next, Start};
    let root = tempfile::tempdir().unwrap();
    let mut start = Start::new(root.path());
    let key = |start: &mut Start, code: KeyCode| start.key(KeyEvent::new(code, KeyModifiers::NONE));
    key(&mut start, KeyCode::Enter);
    for c in "Guna Brick".chars() {
        key(&mut start, KeyCode::Char(c));
    }
    // Past state and district to the scheme, offered as mse-cdp: mistype it.
    for _ in 0..3 {
        key(&mut start, KeyCode::Enter);
    }
    for _ in 0.."mse-cdp".len() {
        key(&mut start, KeyCode::Backspace);
    }
    for c in "mse-cpd".chars() {
        key(&mut start, KeyCode::Char(c));
    }
    key(&mut start, KeyCode::Enter);
    assert_eq!(key(&mut start, KeyCode::Enter), Next::Stay);
    let form = start.new.as_ref().unwrap();
    let error = form.error.as_ref().unwrap();
    assert!(
        error.contains("`mse-cpd` is not a scheme cdstudy knows"),
        "{error}"
    );
    assert!(error.contains("mse-cdp, mse-cdp-2019, sfurti"), "{error}");
    assert!(
        std::fs::read_dir(root.path()).unwrap().next().is_none(),
        "nothing was written"
    );
}
