//! Tests of the terminal UI as a person meets it: snapshots of every section at 80×24 and
//! 120×40, of every view on both example studies at both sizes, the screen at any size,
//! and behaviour driven by keys through `App::key`.

use std::path::PathBuf;

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;
use ratatui::Terminal;

use crate::model::{Cost, Id, Rupees, Study};
use crate::store::{self, DiskState, SaveError};

use super::app::{App, Effect, SaveState};
use super::editor::EditKind;
use super::nav::Focus;
use super::sections::Part;
use super::view;
use super::views::ViewKind;

/// The worked example every section is shown with.
const EXAMPLE: &str = "studies/ujjain-plastic.yaml";
/// The other worked example (SFURTI, soft interventions capped by the hard ones).
const BOKARO: &str = "studies/bokaro-bamboo.yaml";
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
    app_at(EXAMPLE, study)
}

/// An app on `file` as if opened from it (the title bar names it).
fn app_at(file: &str, study: Study) -> App {
    let disk = DiskState::of_bytes(store::to_yaml(&study).unwrap().as_bytes());
    App::new(PathBuf::from(file), study, disk)
}

fn app_of(file: &str) -> App {
    app_at(file, load(file))
}

/// The screen once the keys have paused (the figures of what is typed worked out).
fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    app.catch_up();
    draw_now(app, w, h)
}

/// The screen right after the last key, before any pause.
fn draw_now(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    app.size = (w, h);
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let screen = view::screen(app);
    let mut layout = None;
    term.draw(|f| layout = Some(view::draw(f, &screen)))
        .unwrap();
    app.frame = layout;
    term
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// The next tab of a section (Ctrl-PgDn: a key that is not text, so it works in forms).
fn next_tab(app: &mut App) -> Vec<Effect> {
    app.key(KeyEvent::new(KeyCode::PageDown, KeyModifiers::CONTROL))
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
    app.nav
        .defs
        .iter()
        .position(|d| d.section.word() == word)
        .unwrap()
}

fn open_section(app: &mut App, word: &str) {
    app.editing = None;
    app.nav.section = section_index(app, word);
    app.nav.focus = Focus::Sidebar;
    press(app, KeyCode::Enter);
}

/// The first part of each section that is a list or a form (the views have their own
/// snapshots, on both examples).
fn first_list_or_form(app: &App, section: usize) -> usize {
    app.nav.defs[section]
        .parts
        .iter()
        .position(|p| !matches!(p, Part::View(_)))
        .unwrap_or(0)
}

#[test]
fn every_section_at_80x24_and_120x40() {
    let study = example();
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let mut app = app_with(study.clone());
        for i in 0..app.nav.defs.len() {
            app.nav.section = i;
            app.nav.sections[i].part = first_list_or_form(&app, i);
            app.nav.focus = Focus::Sidebar;
            press(&mut app, KeyCode::Enter);
            let word = app.nav.def().section.word();
            let term = draw(&mut app, w, h);
            insta::assert_snapshot!(format!("{word}_{w}x{h}"), term.backend());
        }
    }
}

/// The built-in Hindi catalogue of the screen.
pub(crate) fn hindi() -> crate::i18n::Messages {
    crate::i18n::Messages::load(&crate::assets::Assets::embedded(), crate::i18n::Lang::Hi).unwrap()
}

/// The screen in Hindi at 80×24: every tab and view of every section, the help and two
/// dialogs, with nothing drawn in English for want of a word (`Messages::misses`). The
/// labels come from hi.ftl; the study's own text stays as written.
#[test]
fn every_section_and_tab_in_hindi_at_80x24() {
    let hindi = hindi();
    let mut app = app_with(example());
    app.speak(hindi);
    // Every part of every section: lists, forms and views.
    for i in 0..app.nav.defs.len() {
        for part in 0..app.nav.defs[i].parts.len() {
            app.nav.section = i;
            app.nav.sections[i].part = part;
            app.nav.focus = Focus::Sidebar;
            press(&mut app, KeyCode::Enter);
            let name = format!("hi_{}_{part}_80x24", app.nav.def().section.word());
            let term = draw(&mut app, 80, 24);
            insta::assert_snapshot!(name, term.backend());
        }
    }
    // The help of a list, and the dialogs: a deletion's confirmation and saving under
    // another name.
    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Char('?'));
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("hi_help_80x24", term.backend());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('d'));
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("hi_delete_confirmation_80x24", term.backend());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::F(12));
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("hi_save_as_80x24", term.backend());
    press(&mut app, KeyCode::Esc);
    // What switching to another scheme would change, and the SWOT's editor.
    open_view(&mut app, ViewKind::Budget);
    press(&mut app, KeyCode::Char('s'));
    choose_scheme(&mut app, "sfurti");
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("hi_scheme_comparison_80x24", term.backend());
    press(&mut app, KeyCode::Char('c'));
    open_view(&mut app, ViewKind::Swot);
    press(&mut app, KeyCode::Enter);
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("hi_swot_editor_80x24", term.backend());
    press(&mut app, KeyCode::Esc);
    // What was drawn in English for want of a Hindi word.
    let misses = app.messages.misses();
    assert!(
        misses.is_empty(),
        "drawn in English for want of a Hindi word ({}):\n{}",
        misses.len(),
        misses
            .iter()
            .map(|l| format!("{} = {l}", crate::i18n::label_id(l)))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// In Hindi the status line and the lines of a dialog are Hindi too: what a deletion and
/// its undo say, and the changed-on-disk dialog after a refused save (`*.ui-status.ftl`).
#[test]
fn hindi_status_lines_and_dialog_bodies_at_80x24() {
    let hindi = hindi();
    let mut app = app_with(example());
    app.speak(hindi);
    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Char('d'));
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    let said = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert_eq!(said, "हटाया गया: बाधा; Ctrl-Z से वापस लाएँ।");
    let effects = ctrl(&mut app, 'z');
    settle(&mut app, effects);
    let said = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(said.starts_with("पूर्ववत किया: बाधा हटाना ("), "{said}");
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("hi_status_undo_80x24", term.backend());
    // A save refused because the file changed on disk: the dialog's lines in Hindi.
    app.saved(
        Err(SaveError::ChangedOnDisk {
            path: app.path.clone(),
        }),
        "10:00".into(),
    );
    let body = app
        .dialogs
        .front()
        .map(|d| d.body.join("\n"))
        .unwrap_or_default();
    assert!(body.contains("किसी और ने बदला है"), "{body}");
    assert!(!body.contains("was changed by something else"), "{body}");
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("hi_status_changed_on_disk_80x24", term.backend());
}

/// In Hindi an untitled item's placeholder and the start screen's status words (and why
/// a file cannot be opened) are Hindi; in English they stay as they were.
#[test]
fn hindi_placeholder_and_start_screen_status() {
    use super::start::Start;
    let hindi = hindi();
    let english = crate::i18n::Messages::english();
    let shown = super::sections::shown;
    assert_eq!(shown("(untitled)".into(), &hindi), "(बिना शीर्षक)");
    assert_eq!(shown("b-1  (untitled)".into(), &hindi), "b-1  (बिना शीर्षक)");
    assert_eq!(shown("b-1  (untitled)".into(), &english), "b-1  (untitled)");
    assert_eq!(shown("b-1  Moulds".into(), &hindi), "b-1  Moulds");
    let root = tempfile::tempdir().unwrap();
    std::fs::write(
        root.path().join("good.yaml"),
        store::to_yaml(&example()).unwrap(),
    )
    .unwrap();
    std::fs::write(root.path().join("broken.yaml"), "meta: [\n").unwrap();
    let mut start = Start::new(root.path());
    let status = example().meta.status.label();
    assert!(start.studies.iter().any(|f| f.status == status));
    start.messages = hindi.clone();
    let mut term = Terminal::new(TestBackend::new(100, 24)).unwrap();
    term.draw(|f| super::start::draw(f, &start)).unwrap();
    let screen = term.backend().to_string();
    assert!(screen.contains(&*hindi.label(status)), "{screen}");
    assert!(screen.contains("खुल नहीं सकती"), "{screen}");
    assert!(!screen.contains("cannot open"), "{screen}");
}

#[test]
fn every_tab_of_every_section_at_80x24() {
    let mut app = app_with(example());
    for i in 0..app.nav.defs.len() {
        let first = first_list_or_form(&app, i);
        for part in first + 1..app.nav.defs[i].parts.len() {
            if matches!(app.nav.defs[i].parts[part], Part::View(_)) {
                continue;
            }
            app.nav.section = i;
            app.nav.sections[i].part = part;
            app.nav.focus = Focus::Sidebar;
            press(&mut app, KeyCode::Enter);
            let name = format!(
                "{}_{}_80x24",
                app.nav.def().section.word(),
                app.nav
                    .part()
                    .title()
                    .to_lowercase()
                    .replace([' ', '.'], "_")
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
        .nav
        .fields()
        .iter()
        .position(|f| f.key == "evidence")
        .unwrap();
    app.nav.sections[app.nav.section].parts[0].field = evidence;
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
    next_tab(&mut app);
    press(&mut app, KeyCode::Enter);
    let addresses = app
        .nav
        .fields()
        .iter()
        .position(|f| f.key == "addresses")
        .unwrap();
    app.nav.sections[app.nav.section].parts[1].field = addresses;
    press(&mut app, KeyCode::Enter);
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("pick_bottlenecks_80x24", term.backend());
    // Only the chosen row is highlighted: the highlighted field row under the picker
    // does not show through it (text snapshots cannot see this). The picker spans
    // columns 26 to 76.
    let buf = term.backend().buffer();
    let highlighted: Vec<u16> = (0..24)
        .filter(|&y| (26..77).any(|x| buf[(x, y)].modifier.contains(Modifier::REVERSED)))
        .collect();
    assert_eq!(highlighted.len(), 1, "highlighted rows: {highlighted:?}");
    press(&mut app, KeyCode::Esc);

    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Char('d'));
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("delete_confirmation_80x24", term.backend());
    press(&mut app, KeyCode::Esc);

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
    app.nav.sections[0].parts[0].field = 0;
    press(&mut editing, KeyCode::Enter);
    states.push(editing);
    let mut dialog = app_with(example());
    open_section(&mut dialog, "bottlenecks");
    press(&mut dialog, KeyCode::Char('d'));
    states.push(dialog);
    let mut help = app_with(example());
    press(&mut help, KeyCode::Char('?'));
    states.push(help);
    // Every view, an entry edited in the SWOT grid, the scheme comparison.
    for kind in ViewKind::ALL {
        let mut view = app_with(example());
        open_view(&mut view, kind);
        states.push(view);
        // And on a study just begun, with nothing to show yet.
        let mut empty = app_with(Study::new("Guna Brick", "mse-cdp"));
        open_view(&mut empty, kind);
        states.push(empty);
    }
    let mut in_place = app_with(example());
    open_view(&mut in_place, ViewKind::Swot);
    press(&mut in_place, KeyCode::Enter);
    states.push(in_place);
    let mut compare = app_with(example());
    open_view(&mut compare, ViewKind::Budget);
    press(&mut compare, KeyCode::Char('s'));
    choose_scheme(&mut compare, "sfurti");
    states.push(compare);
    for (w, h) in sizes {
        for state in states.iter_mut() {
            draw(state, w, h);
        }
    }
}

/// In the Schemes tab, selects scheme `id` by moving down the list and presses Enter.
fn choose_scheme(app: &mut App, id: &str) {
    assert_eq!(app.nav.view_kind(), Some(ViewKind::Schemes));
    let at = app
        .matches
        .as_ref()
        .and_then(|(_, m)| m.iter().position(|m| m.scheme == id))
        .unwrap_or_else(|| panic!("no scheme {id} in the list"));
    press(app, KeyCode::Home);
    for _ in 0..at {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
}

fn field_index(app: &App, key: &str) -> usize {
    app.nav
        .fields()
        .iter()
        .position(|f| f.key == key)
        .unwrap_or_else(|| panic!("no field {key}"))
}

/// Selects field `key` of the current item and opens its editor.
fn edit_field(app: &mut App, key: &str) -> Vec<Effect> {
    app.nav.focus = Focus::Form;
    let i = field_index(app, key);
    let part = app.nav.part_index();
    let section = app.nav.section;
    app.nav.sections[section].parts[part].field = i;
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
    // Tab moved to the category, a list: letters jump, Tab chooses and opens the next.
    typed(&mut app, "inf");
    let effects = press(&mut app, KeyCode::Tab);
    settle(&mut app, effects);
    let b = app.study.bottlenecks.last().unwrap().clone();
    assert_eq!(b.id, id("b-4"));
    assert_eq!(b.title, "Power cuts stop the moulding lines");
    assert_eq!(b.category, Some(crate::model::Category::Infrastructure));
    // On to the stage, which is picked, not typed.
    assert_eq!(app.nav.fields()[app.nav.part_state().field].key, "stage");
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    assert_eq!(app.study.bottlenecks[3].stage, Some(id("vc-2")));

    // Theme t-2 addresses it too: a multi-select with Space.
    open_section(&mut app, "themes");
    next_tab(&mut app);
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
    let at = app.nav.current_at(&app.study).unwrap();
    assert_eq!(
        app.nav.fields()[i].ops.show(&app.study, &at),
        "Rs. 4.50 lakh"
    );
    assert!(!app.persist.unsaved, "every committed edit was saved");
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
    // A percentage outside 0-100 is a slip, refused where it is typed: a bottleneck's
    // share of units, and a year of the CFC's utilisation.
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "units_affected_pct");
    ctrl(&mut app, 'u');
    typed(&mut app, "700");
    assert!(press(&mut app, KeyCode::Enter).is_empty(), "nothing saved");
    let error = app.editing.as_ref().and_then(|e| e.error.clone()).unwrap();
    assert!(error.contains("700% is not a share"), "{error}");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    let before = app
        .study
        .cfc
        .as_ref()
        .map(|c| c.operations.utilisation_pct.clone());
    open_section(&mut app, "cfc");
    let operations = app.nav.defs[app.nav.section]
        .parts
        .iter()
        .position(|p| p.title() == "Operations")
        .unwrap();
    app.nav.sections[app.nav.section].part = operations;
    edit_field(&mut app, "cfc.operations.utilisation_pct");
    ctrl(&mut app, 'u');
    typed(&mut app, "40, 55, -70");
    assert!(press(&mut app, KeyCode::Enter).is_empty(), "nothing saved");
    let error = app.editing.as_ref().and_then(|e| e.error.clone()).unwrap();
    assert!(error.contains("-70% is not a share"), "{error}");
    let after = app
        .study
        .cfc
        .as_ref()
        .map(|c| c.operations.utilisation_pct.clone());
    assert_eq!(after, before);
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
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    assert!(!app.study.has_item(&id("b-1")));
    assert!(app.study.referrers(&id("b-1")).is_empty());
    assert!(app
        .report
        .findings
        .iter()
        .all(|f| f.code != "dangling-reference"));
    let effects = ctrl(&mut app, 'z');
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
        let effects = ctrl(&mut app, 'z');
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
    ctrl(&mut app, 'n');
    assert_eq!(app.nav.def().section.word(), "cluster");
    assert_eq!(app.nav.focus, Focus::Form);
    assert_eq!(
        app.nav.fields()[app.nav.part_state().field].key,
        "cluster.scenario"
    );
    ctrl(&mut app, 'n');
    assert_eq!(
        app.nav.fields()[app.nav.part_state().field].key,
        "cluster.ownership.st_owned"
    );
    ctrl(&mut app, 'n');
    // 118 micro units of 158 answer the micro-majority question the rules leave open.
    ctrl(&mut app, 'n');
    assert_eq!(
        app.nav.fields()[app.nav.part_state().field].key,
        "cluster.ownership.micro_village"
    );
    ctrl(&mut app, 'n');
    assert_eq!(app.item_path().as_deref(), Some("cluster.economics[1]"));
    assert_eq!(
        app.nav.fields()[app.nav.part_state().field].key,
        "exports_rs"
    );
    ctrl(&mut app, 'n');
    assert_eq!(app.item_path().as_deref(), Some("stakeholders[st-2]"));
    // The eight texts the fixture's value-chain stages leave empty.
    for _ in 0..8 {
        ctrl(&mut app, 'n');
        assert_eq!(app.nav.def().section.word(), "value_chain");
    }
    ctrl(&mut app, 'n');
    assert_eq!(app.nav.def().section.word(), "swot");
    assert_eq!(app.nav.part().title(), "Threats");
    ctrl(&mut app, 'n');
    assert_eq!(app.nav.def().section.word(), "bottlenecks");
    assert_eq!(app.item_path().as_deref(), Some("bottlenecks[b-1]"));
    assert_eq!(
        app.nav.fields()[app.nav.part_state().field].key,
        "root_cause"
    );
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
    assert!(matches!(app.persist.save, SaveState::Failed(_)));
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
    ctrl(&mut app, 'q');
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
    // It pops up by itself: a letter typed on must not drop the changes. r asks, and
    // only Enter reloads.
    assert!(press(&mut app, KeyCode::Char('r')).is_empty());
    assert!(typed_effects(&mut app, "eally").is_empty());
    assert_eq!(
        app.study.bottlenecks[0].root_cause.chars().last(),
        Some('x')
    );
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::Reload]);
}

fn typed_effects(app: &mut App, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| press(app, KeyCode::Char(c)))
        .collect()
}

#[test]
fn typing_is_journalled_while_it_goes_on_and_the_journal_goes_after_the_save() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    typed(&mut app, "व्यापारी");
    // No pause needed: every tick hands the journal what changed (it coalesces writes).
    let effects = app.tick();
    let [Effect::WriteDraft(entries)] = effects.as_slice() else {
        panic!("no draft written: {effects:?}");
    };
    assert_eq!(entries[0].text, "व्यापारी");
    typed(&mut app, " और");
    let effects = app.tick();
    let [Effect::WriteDraft(entries)] = effects.as_slice() else {
        panic!("typing on was not journalled: {effects:?}");
    };
    assert_eq!(entries[0].text, "व्यापारी और");
    assert_eq!(entries[0].label, "Bottlenecks › b-1 › Root cause");
    assert!(app.tick().is_empty(), "the same draft is not written twice");
    let effects = press(&mut app, KeyCode::Esc);
    let after = settle(&mut app, effects);
    assert_eq!(after, vec![Effect::RemoveDraft]);
}

#[test]
fn a_draft_found_at_start_is_offered_never_applied_silently() {
    let mut app = app_with(fixture());
    let mut draft = crate::store::draft::Draft::new(
        std::path::Path::new(EXAMPLE),
        &app.persist.disk,
        vec![crate::store::draft::DraftEntry {
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
fn a_word_typed_in_a_list_never_confirms_a_deletion() {
    let mut app = app_with(fixture());
    let before = app.study.clone();
    open_section(&mut app, "bottlenecks");
    // "dye": d asks to delete; the letters after it answer nothing.
    typed(&mut app, "dye");
    assert_eq!(app.study, before);
    assert_eq!(
        app.dialogs.front().map(|d| d.title.english.as_str()),
        Some("Delete bottleneck")
    );
    press(&mut app, KeyCode::Esc);
    assert!(app.dialogs.is_empty());
    assert_eq!(app.study, before);
    // Enter deletes.
    press(&mut app, KeyCode::Char('d'));
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    assert!(!app.study.has_item(&id("b-1")));
}

#[test]
fn a_draft_is_discarded_only_with_enter_and_esc_goes_back_to_it() {
    let mut app = app_with(fixture());
    let draft = crate::store::draft::Draft::new(
        std::path::Path::new(EXAMPLE),
        &app.persist.disk,
        vec![crate::store::draft::DraftEntry {
            path: "bottlenecks[b-2].evidence".into(),
            label: "Bottlenecks › b-2 › Evidence".into(),
            text: "kept".into(),
        }],
    );
    app.offer_draft(draft, true);
    // d asks; a letter typed on answers nothing; Esc goes back to the draft's dialog.
    assert!(typed_effects(&mut app, "dx").is_empty());
    assert_eq!(
        app.dialogs.front().map(|d| d.title.english.as_str()),
        Some("Discard the draft?")
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.dialogs.front().map(|d| d.title.english.as_str()),
        Some("Unsaved typing found")
    );
    assert!(app.persist.found_draft.is_some());
    press(&mut app, KeyCode::Char('d'));
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::RemoveDraft]);
    assert!(app.dialogs.is_empty());
    assert!(app.persist.found_draft.is_none());
}

#[test]
fn a_file_with_comments_is_not_saved_until_the_person_says_so() {
    let mut app = app_with(fixture());
    app.file_warnings(&[crate::store::LoadWarning {
        kind: crate::store::WarningKind::NotKeptOnSave,
        line: 3,
        message: "the file has comments (#); a save cannot keep them".into(),
    }]);
    // A letter answers nothing here: typing cannot drop the comments.
    press(&mut app, KeyCode::Char('s'));
    assert!(!app.persist.save_allowed, "a letter let the comments go");
    press(&mut app, KeyCode::Esc);
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    typed(&mut app, "x");
    assert!(press(&mut app, KeyCode::Esc).is_empty(), "held");
    assert!(matches!(app.persist.save, SaveState::Held(_)));
    assert_eq!(app.study.bottlenecks[0].root_cause, "x");
    assert_eq!(ctrl(&mut app, 's'), vec![Effect::Save]);
}

#[test]
fn tab_runs_through_a_form_choosing_by_letter_without_dropping_out() {
    let mut app = app_with(fixture());
    open_section(&mut app, "field_work");
    next_tab(&mut app);
    press(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Lakshmi SHG");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "14/11/2026");
    press(&mut app, KeyCode::Tab);
    // The size: m is Micro, the first choice starting with it; Tab chooses it.
    typed(&mut app, "m");
    press(&mut app, KeyCode::Tab);
    // Still typing: the workers field is open.
    typed(&mut app, "9");
    press(&mut app, KeyCode::Tab);
    let iv = app.study.field_work.interviews.last().unwrap();
    assert_eq!(iv.unit, "Lakshmi SHG");
    assert_eq!(iv.size, Some(crate::model::UnitSize::Micro));
    assert_eq!(iv.workers, Some(9));
    // Letters add up: "buy" is Buyer, not the first choice with a b.
    open_section(&mut app, "stakeholders");
    press(&mut app, KeyCode::Char('a'));
    typed(&mut app, "JHARCRAFT");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "buy");
    press(&mut app, KeyCode::Enter);
    let st = app.study.stakeholders.last().unwrap();
    assert_eq!(st.kind, Some(crate::model::StakeholderKind::Buyer));
    // Every letter types ahead, j and k too: "bank" is the bank, not one up from it.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Insert);
    typed(&mut app, "Jharkhand Gramin Bank");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "bank");
    press(&mut app, KeyCode::Enter);
    let st = app.study.stakeholders.last().unwrap();
    assert_eq!(st.name, "Jharkhand Gramin Bank");
    assert_eq!(st.kind, Some(crate::model::StakeholderKind::BankFi));
    // A tick box is passed over, never flipped, by Tab.
    open_section(&mut app, "cluster");
    edit_field(&mut app, "cluster.looms");
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
    assert!(!listed[0].draft);
    // Typing left in a draft journal (a crash) is marked, with a line saying so.
    let d = crate::store::draft::Draft::new(&file, &DiskState::of_bytes(b""), Vec::new());
    crate::store::draft::write(&file, &d).unwrap();
    let start = Start::new(root.path());
    assert!(start.studies[0].draft);
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| super::start::draw(f, &start)).unwrap();
    let screen = text_of(&term);
    assert!(screen.contains("✎ studies/guna"), "{screen}");
    assert!(screen.contains("typing that was never saved"), "{screen}");
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
        .english
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
        error
            .english
            .contains("`mse-cpd` is not a scheme cdstudy knows"),
        "{error}"
    );
    assert!(
        error.english.contains("mse-cdp, mse-cdp-2019, padma-block"),
        "{error}"
    );
    assert!(
        std::fs::read_dir(root.path()).unwrap().next().is_none(),
        "nothing was written"
    );
}
// ----- the views -----

/// Opens the view `kind` the way a person does: its section from the sidebar, its tab.
fn open_view(app: &mut App, kind: ViewKind) {
    app.editing = None;
    let (section, part) = app
        .nav
        .defs
        .iter()
        .enumerate()
        .find_map(|(si, d)| {
            d.parts
                .iter()
                .position(|p| matches!(p, Part::View(v) if *v == kind))
                .map(|pi| (si, pi))
        })
        .unwrap_or_else(|| panic!("no section shows {kind:?}"));
    app.nav.section = section;
    app.nav.sections[section].part = part;
    app.nav.focus = Focus::Sidebar;
    press(app, KeyCode::Enter);
    assert_eq!(app.nav.focus, Focus::View);
}

/// The screen as text, one line per row (what tmux would capture).
pub(crate) fn text_of(term: &Terminal<TestBackend>) -> String {
    let buf = term.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_view_of_both_examples_at_80x24_and_120x40() {
    for (name, file) in [("ujjain", EXAMPLE), ("bokaro", BOKARO)] {
        for (w, h) in [(80u16, 24u16), (120, 40)] {
            let mut app = app_of(file);
            for kind in ViewKind::ALL {
                open_view(&mut app, kind);
                let term = draw(&mut app, w, h);
                let title = kind.title().to_lowercase();
                insta::assert_snapshot!(format!("view_{name}_{title}_{w}x{h}"), term.backend());
            }
        }
    }
}

/// The figures of a table drawn on `screen`: the rows of numbers from the line after the
/// one containing `heading` to the first row named "Total" (that one included), each as
/// its label and its figures in hundredths of a lakh.
fn printed_table(screen: &str, heading: &str) -> Vec<(String, Vec<i64>)> {
    let content = |line: &str| line.split_once('│').map_or("", |(_, c)| c).to_string();
    let mut lines = screen
        .lines()
        .map(content)
        .skip_while(|l| !l.contains(heading));
    lines.next();
    let mut out = Vec::new();
    for line in lines {
        let figures: Vec<i64> = line
            .split_whitespace()
            .filter_map(|w| w.replace(',', "").parse::<f64>().ok())
            .map(|x| (x * 100.0).round() as i64)
            .collect();
        let label = line.split_whitespace().next().unwrap_or("").to_string();
        if figures.is_empty() {
            // The heading of the sources, under the title of the means of finance.
            continue;
        }
        let total = label == "Total";
        out.push((label, figures));
        if total {
            break;
        }
    }
    out
}

/// Every row of `table` adds up to its total (`total_at`: which figure), and the Total row
/// is the sum of the rows above it, column by column: as printed.
fn assert_adds_up(table: &[(String, Vec<i64>)], total_at: fn(usize) -> usize, screen: &str) {
    let Some(((_, totals), rows)) = table.split_last() else {
        panic!("no table:\n{screen}");
    };
    assert!(!rows.is_empty(), "no rows:\n{screen}");
    for (label, figures) in table {
        let t = total_at(figures.len());
        let rest: i64 = (0..figures.len())
            .filter(|&j| j != t)
            .map(|j| figures[j])
            .sum();
        assert_eq!(rest, figures[t], "row {label} does not add up:\n{screen}");
    }
    for (j, total) in totals.iter().enumerate() {
        let sum: i64 = rows.iter().map(|(_, f)| f[j]).sum();
        assert_eq!(sum, *total, "column {j} does not add up:\n{screen}");
    }
}

#[test]
fn the_budget_adds_up_on_screen_as_printed() {
    // Bokaro's hard interventions: GoI 200.745 and the IA 22.305 lakh, each rounded on its
    // own 200.75 + 22.31, against a cost of 223.05.
    for file in [EXAMPLE, BOKARO] {
        let mut app = app_of(file);
        open_view(&mut app, ViewKind::Budget);
        for (w, h) in [(80u16, 24u16), (120, 100)] {
            let screen = text_of(&draw(&mut app, w, h));
            let budget = printed_table(&screen, "Rs. lakh");
            // Cost first, then the sources.
            assert_adds_up(&budget, |_| 0, &screen);
            if h == 100 && file == EXAMPLE {
                // The CFC's means of finance: each head's total is last.
                let means = printed_table(&screen, "Means of finance of the CFC");
                assert_adds_up(&means, |n| n - 1, &screen);
            }
        }
    }
    // The strip above the action plan's lists prints the table's totals.
    let mut app = app_of(BOKARO);
    open_view(&mut app, ViewKind::Budget);
    let screen = text_of(&draw(&mut app, 80, 24));
    let total = printed_table(&screen, "Rs. lakh").last().unwrap().1.clone();
    let figure = |v: i64| format!("{}.{:02}", v / 100, v % 100);
    let section = app.nav.section;
    app.nav.sections[section].part = 0;
    open_section(&mut app, "action_plan");
    let screen = text_of(&draw(&mut app, 80, 24));
    // The strip wraps: its words, as one line.
    let words: Vec<&str> = screen
        .lines()
        .flat_map(|l| l.split_once('│').map_or("", |(_, c)| c).split_whitespace())
        .collect();
    let strip = format!(
        "Budget, lakh: cost {} · GoI {} · State {} · IA / SPV {}",
        figure(total[0]),
        figure(total[1]),
        figure(total[2]),
        figure(total[3])
    );
    assert!(words.join(" ").contains(&strip), "{strip}\n{screen}");
}

/// The actions whose rows the list shows on `screen` (each row is a pointer, a mark and
/// a space, then the action's id and its title).
fn actions_shown(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|l| l.split_once('│').map(|(_, c)| c))
        // Not the form's heading, which names the selected action too.
        .filter(|c| !c.starts_with('─'))
        .filter_map(|c| {
            c.chars()
                .skip(3)
                .collect::<String>()
                .split_whitespace()
                .next()
                .map(str::to_string)
        })
        .filter(|w| w.starts_with("a-") && w[2..].chars().all(|c| c.is_ascii_digit()))
        .collect()
}

#[test]
fn page_down_in_a_list_moves_by_the_rows_the_screen_shows() {
    // Sixty actions: longer than any list the screen shows whole.
    let mut study = example();
    let first = study.action_plan.actions[0].clone();
    for n in study.action_plan.actions.len() + 1..=60 {
        let mut a = first.clone();
        a.id = format!("a-{n}").parse().unwrap();
        study.action_plan.actions.push(a);
    }
    // 80×24 stacks six rows of the list over the form; 120×40 puts the list beside it.
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let mut app = app_with(study.clone());
        open_section(&mut app, "action_plan");
        assert_eq!(app.nav.focus, Focus::List);
        let shown = actions_shown(&text_of(&draw(&mut app, w, h)));
        let rows = shown.len();
        assert!(rows >= 6 && shown[0] == "a-1", "{w}x{h}: {shown:?}");
        // PgDn selects the first row not shown before, which comes into view; PgUp comes
        // back by as many.
        press(&mut app, KeyCode::PageDown);
        assert_eq!(app.nav.part_state().item, rows, "{w}x{h}");
        let next = actions_shown(&text_of(&draw(&mut app, w, h)));
        assert_eq!(next.len(), rows, "{w}x{h}: {next:?}");
        let selected = format!("a-{}", rows + 1);
        assert!(next.contains(&selected), "{w}x{h}: {next:?}");
        assert!(!shown.contains(&selected), "{w}x{h}: {shown:?}");
        press(&mut app, KeyCode::PageDown);
        assert_eq!(app.nav.part_state().item, 2 * rows, "{w}x{h}");
        press(&mut app, KeyCode::PageUp);
        assert_eq!(app.nav.part_state().item, rows, "{w}x{h}");
        if h == 40 {
            assert!(rows > 10, "the taller screen shows more rows: {rows}");
        } else {
            assert_eq!(rows, 6);
        }
        // A view's list pages by the rows it drew too (the timeline's bars).
        open_view(&mut app, ViewKind::Timeline);
        draw(&mut app, w, h);
        let shown = app.frame.map_or(0, |l| l.view_rows);
        assert!(shown > 0 && shown < 60, "{w}x{h}: {shown}");
        // The timeline selects in the list of actions (the first tab).
        let section = app.nav.section;
        let before = app.nav.sections[section].parts[0].item;
        press(&mut app, KeyCode::PageDown);
        let item = app.nav.sections[section].parts[0].item;
        assert_eq!(item, before + shown, "{w}x{h}");
        let screen = text_of(&draw(&mut app, w, h));
        assert!(screen.contains(&format!("a-{} ", item + 1)), "{screen}");
    }
}

#[test]
fn the_map_lists_a_stage_bottlenecks_and_enter_opens_one() {
    let mut app = app_with(example());
    open_view(&mut app, ViewKind::Map);
    let screen = text_of(&draw(&mut app, 80, 24));
    // Every stage of the chain is on the screen at 80×24, in order, with its count.
    for stage in &app.study.value_chain.stages {
        assert!(screen.contains(stage.id.as_str()), "{screen}");
    }
    assert!(screen.contains("✗ 3 · high"), "{screen}");
    // → moves to the next stage: its bottlenecks are listed.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    let vc3 = app.study.value_chain.stages[2].id.clone();
    let tied: Vec<String> = app
        .study
        .bottlenecks
        .iter()
        .filter(|b| b.stage.as_ref() == Some(&vc3))
        .map(|b| b.id.to_string())
        .collect();
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(screen.contains(&format!("── {vc3} Moulding")), "{screen}");
    for id in &tied {
        assert!(screen.contains(id.as_str()), "{id} not listed:\n{screen}");
    }
    // Enter opens the second one in its form; Esc, Esc comes back to the map.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.nav.def().section.word(), "bottlenecks");
    assert_eq!(app.nav.focus, Focus::Form);
    assert_eq!(app.item_path(), Some(format!("bottlenecks[{}]", tied[1])));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.nav.view_kind(), Some(ViewKind::Map));
    assert_eq!(app.nav.focus, Focus::View);

    // A new study: a starts the chain, naming its first stage.
    let mut app = app_with(Study::new("Guna Brick", "mse-cdp"));
    open_view(&mut app, ViewKind::Map);
    assert!(text_of(&draw(&mut app, 80, 24)).contains("No stages yet: a adds the first"));
    let effects = press(&mut app, KeyCode::Char('a'));
    settle(&mut app, effects);
    typed(&mut app, "Clay digging");
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.nav.view_kind(), Some(ViewKind::Map));
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(screen.contains("┌ vc-1 "), "{screen}");
    assert!(screen.contains("Clay digging"), "{screen}");
}

#[test]
fn the_swot_grid_edits_in_place_and_adds_to_the_quadrant() {
    let mut app = app_with(example());
    open_view(&mut app, ViewKind::Swot);
    // → to the weaknesses, ↓ to the second, Enter edits it where it stands.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert!(app.editing.is_some());
    ctrl(&mut app, 'u');
    typed(&mut app, "कोई टूल रूम नहीं");
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("swot_edit_in_place_80x24", term.backend());
    let screen = text_of(&term);
    assert!(screen.contains("SWOT › w-2 › Weakness"), "{screen}");
    let effects = press(&mut app, KeyCode::Esc);
    settle(&mut app, effects);
    assert_eq!(app.study.swot.weaknesses[1].text, "कोई टूल रूम नहीं");
    assert_eq!(app.nav.focus, Focus::View, "still in the grid");
    // a adds to the quadrant shown and opens its text.
    press(&mut app, KeyCode::Right);
    let effects = press(&mut app, KeyCode::Char('a'));
    settle(&mut app, effects);
    typed(&mut app, "Rising freight costs");
    let effects = press(&mut app, KeyCode::Esc);
    settle(&mut app, effects);
    let added = app.study.swot.opportunities.last().unwrap();
    assert_eq!(added.text, "Rising freight costs");
    assert_eq!(added.id, id("o-5"));
    assert!(!app.persist.unsaved);
}

#[test]
fn coverage_marks_the_bottlenecks_no_theme_addresses() {
    let mut study = example();
    // Nobody addresses b-3 any more.
    for t in &mut study.themes {
        t.addresses.retain(|b| b.as_str() != "b-3");
    }
    let mut app = app_with(study);
    open_view(&mut app, ViewKind::Coverage);
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("1 of 12 bottlenecks addressed by no theme: b-3"),
        "{screen}"
    );
    let row = screen
        .lines()
        .find(|l| l.contains("b-3 "))
        .unwrap_or_else(|| panic!("b-3 not listed:\n{screen}"));
    assert!(row.contains("no theme"), "{row}");
    // Enter opens it.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.item_path().as_deref(), Some("bottlenecks[b-3]"));
}

/// Opens the form of cost line `line` of action `action` (0-based) at field `key`.
fn edit_cost_line(app: &mut App, action: usize, line: usize, key: &str) {
    let section = section_index(app, "action_plan");
    app.nav.sections[section].parts[0].item = action;
    app.nav.sections[section].part = 1;
    open_section(app, "action_plan");
    assert_eq!(app.nav.part().title(), "Cost lines");
    app.nav.sections[app.nav.section].parts[1].item = line;
    edit_field(app, key);
}

#[test]
fn the_budget_follows_each_kept_edit_and_shows_what_typing_would_give() {
    // Bokaro's soft interventions (Rs 21.01 lakh) stay under 10% of the hard ones
    // (Rs 22.305 lakh); 28 more village meetings at Rs 8,000 take them over it.
    const CAP: &str = "grant at most 10% of the hard interventions";
    let mut app = app_of(BOKARO);
    open_section(&mut app, "action_plan");
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("Budget, lakh: cost 244.26 · GoI 221.76"),
        "{screen}"
    );
    assert!(screen.contains("✓ no cap hit"), "{screen}");

    // Typing what changes no figure marks nothing.
    edit_cost_line(&mut app, 0, 0, "item");
    typed(&mut app, " in artisan villages");
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(!screen.contains("If kept"), "{screen}");
    press(&mut app, KeyCode::Esc);
    settle(&mut app, vec![Effect::Save]);

    edit_cost_line(&mut app, 0, 0, "quantity");
    ctrl(&mut app, 'u');
    typed(&mut app, "40");
    // While typing: the figures the value would give, marked, and nothing kept.
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("If kept (typed, not saved): cost 246.50"),
        "{screen}"
    );
    assert!(screen.contains(CAP), "{screen}");
    assert_eq!(
        app.study.action_plan.actions[0]
            .cost
            .as_ref()
            .and_then(Cost::total),
        Some(Rupees(96_000))
    );
    // One more key: until the keys pause, the figures are the last worked out, marked.
    typed(&mut app, "0");
    let screen = text_of(&draw_now(&mut app, 80, 24));
    assert!(
        screen.contains("If kept (updating…): cost 246.50"),
        "{screen}"
    );
    assert!(app.behind());
    app.now += super::app::PAUSE;
    app.tick();
    assert!(!app.behind());
    let screen = text_of(&draw_now(&mut app, 80, 24));
    assert!(
        screen.contains("If kept (typed, not saved): cost 2"),
        "{screen}"
    );
    press(&mut app, KeyCode::Backspace);
    // Enter keeps it: the budget is the engine's for the study as it is now.
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    let screen = text_of(&draw(&mut app, 80, 24));
    insta::assert_snapshot!("budget_cap_hit_80x24", &screen);
    assert!(screen.contains("Budget, lakh: cost 246.50"), "{screen}");
    assert!(screen.contains(&format!("✗ soft: {CAP}")), "{screen}");
    let soft = app
        .appraisal
        .as_ref()
        .unwrap()
        .financing
        .component("soft")
        .unwrap()
        .clone();
    assert_eq!(
        soft.goi_rs,
        Rupees(22_30_500),
        "the grant is held at the cap"
    );
    // The Budget tab names the rule too; undo takes it away again, the rule met.
    open_view(&mut app, ViewKind::Budget);
    let screen = text_of(&draw(&mut app, 120, 40));
    assert!(screen.contains(&format!("CAP HIT soft: {CAP}")), "{screen}");
    assert!(
        screen.contains(&format!("soft: CAP HIT: {CAP}")),
        "{screen}"
    );
    // Undo goes to the quantity it changes; the budget shows the rule met again.
    let effects = ctrl(&mut app, 'z');
    settle(&mut app, effects);
    assert_eq!(app.nav.fields()[app.nav.part_state().field].key, "quantity");
    open_view(&mut app, ViewKind::Budget);
    let screen = text_of(&draw(&mut app, 120, 40));
    assert!(!screen.contains("CAP HIT"), "{screen}");
    assert!(screen.contains("✓ No cap is hit"), "{screen}");
    assert!(screen.contains(&format!("soft: met: {CAP}")), "{screen}");
}

#[test]
fn switching_scheme_shows_what_changes_and_is_one_undoable_edit() {
    let mut app = app_of(BOKARO);
    let before = app.study.clone();
    open_view(&mut app, ViewKind::Budget);
    // `s` goes to the scheme finder's list, the study's own scheme selected, best grant
    // first: SFURTI first for a bamboo craft cluster of 465 artisans, MSE-CDP among the
    // schemes it is not eligible for (its CFC is below MSE-CDP's lowest bracket).
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.nav.view_kind(), Some(ViewKind::Schemes));
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("scheme_finder_80x24", term.backend());
    let screen = text_of(&term);
    let sfurti = screen.lines().find(|l| l.contains("sfurti")).unwrap();
    assert!(
        sfurti.contains("221.76") && sfurti.contains("← now"),
        "{screen}"
    );
    assert!(screen.contains("Not eligible"), "{screen}");
    // Enter on its own scheme compares nothing and changes nothing; the key bar says so.
    let bar: Vec<String> = app.commands().iter().map(|c| c.keys.clone()).collect();
    assert_eq!(bar.first().map(String::as_str), Some("Enter"), "{bar:?}");
    press(&mut app, KeyCode::Enter);
    assert!(app.dialogs.is_empty());
    assert_eq!(app.study, before);
    // F2 reads the selected scheme's reasons in full.
    press(&mut app, KeyCode::F(2));
    let read = app.dialogs.front().unwrap().body.join(" ");
    assert!(read.contains("465 artisans"), "{read}");
    press(&mut app, KeyCode::Esc);
    // MSE-CDP: the comparison, nothing changed yet.
    choose_scheme(&mut app, "mse-cdp");
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("scheme_comparison_80x24", term.backend());
    let body = app.dialogs.front().unwrap().body.join("\n");
    // The scheme row names both schemes by id, each in its own column.
    let scheme_row = body.lines().find(|l| l.starts_with("Scheme")).unwrap();
    let words: Vec<&str> = scheme_row.split_whitespace().collect();
    assert_eq!(words, ["Scheme", "sfurti", "mse-cdp", "←"], "{body}");
    assert!(body.contains("GoI grant"), "{body}");
    assert!(body.contains("Findings of check"), "{body}");
    assert_eq!(app.study, before);
    // c cancels; accepting is one edit of meta.scheme, saved, that u undoes.
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.study, before);
    press(&mut app, KeyCode::Char('s'));
    choose_scheme(&mut app, "mse-cdp");
    let effects = press(&mut app, KeyCode::Char('a'));
    assert_eq!(settle(&mut app, effects), Vec::<Effect>::new());
    assert_eq!(app.study.meta.scheme, "mse-cdp");
    let mut expected = before.clone();
    expected.meta.scheme = "mse-cdp".into();
    assert_eq!(app.study, expected, "only the scheme changed");
    let f = &app.appraisal.as_ref().unwrap().financing;
    assert_eq!(f.scheme, "mse-cdp");
    let effects = ctrl(&mut app, 'z');
    settle(&mut app, effects);
    assert_eq!(app.study, before);
    // The Study form's scheme field opens the same list.
    open_section(&mut app, "meta");
    edit_field(&mut app, "meta.scheme");
    assert_eq!(app.nav.view_kind(), Some(ViewKind::Schemes));
    assert!(app.dialogs.is_empty());
}

#[test]
fn findings_are_grouped_by_section_and_enter_goes_to_one() {
    let mut app = app_with(fixture());
    open_view(&mut app, ViewKind::Findings);
    let screen = text_of(&draw(&mut app, 120, 40));
    assert!(screen.contains("Cluster profile ("), "{screen}");
    assert!(screen.contains("Bottlenecks ("), "{screen}");
    // The file's line of each finding, for a reviewer reading the YAML.
    assert!(screen.contains(" l."), "{screen}");
    // The first bottleneck finding, reached by moving down.
    let first = app
        .report
        .findings
        .iter()
        .filter(|f| f.section == crate::model::Section::Bottlenecks)
        .min_by_key(|f| f.severity)
        .unwrap()
        .clone();
    for _ in 0..100 {
        let view = super::views::build(
            &app.view_ctx(),
            &app.nav,
            ViewKind::Findings,
            app.layout().body,
        );
        let super::views::ViewScreen::Findings(f) = view else {
            unreachable!()
        };
        if f.detail.starts_with(&first.path) {
            break;
        }
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let place = super::sections::locate(&app.nav.defs, &app.study, &first.path).unwrap();
    assert_eq!(app.nav.section, place.section);
    assert_eq!(
        app.item_path().map(|p| first.path.starts_with(&p)),
        Some(true)
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.nav.view_kind(), Some(ViewKind::Findings));
}

#[test]
fn the_preview_is_what_cdstudy_render_writes() {
    // What `cdstudy render --format md -o FILE` writes: the library's document, its photos
    // taken from the study's folder, its Markdown linking the pictures beside FILE (the
    // CLI's own tests hold it to that).
    for file in [EXAMPLE, BOKARO] {
        let mut app = app_of(file);
        open_view(&mut app, ViewKind::Preview);
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(file);
        let study = store::load(&path).unwrap().study;
        for doc in [crate::render::DocKind::Dsr, crate::render::DocKind::Dpr] {
            if app.preview_doc != doc {
                press(&mut app, KeyCode::Char('o'));
            }
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path().join("doc.md");
            let assets = crate::assets::Assets::embedded();
            let mut document = crate::render::render(&study, doc, None, &assets).unwrap();
            document.pictures.photos_from(path.parent().unwrap());
            let (written, _) = document.markdown_files(&out);
            let preview = app.preview.as_ref().unwrap();
            assert_eq!(preview.doc, doc);
            // The file links its pictures as the images written beside it.
            let (shown, _) = preview.result.as_ref().unwrap().markdown_files(&out);
            assert!(shown == written, "{file} {doc:?}: the preview differs");
            // And the screen shows it from its first line.
            let screen = text_of(&draw(&mut app, 120, 40));
            let first = written.lines().next().unwrap();
            assert!(screen.contains(first), "{screen}");
        }
    }
}

#[test]
fn a_document_is_written_beside_the_study_and_the_screen_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let study_file = dir.path().join("ujjain.yaml");
    let study = example();
    let mut app = App::new(
        study_file.clone(),
        study.clone(),
        DiskState::of_bytes(store::to_yaml(&study).unwrap().as_bytes()),
    );
    open_view(&mut app, ViewKind::Preview);
    press(&mut app, KeyCode::Char('r'));
    let effects = press(&mut app, KeyCode::Char('h'));
    let [Effect::WriteDocument { path, bytes, files }] = effects.as_slice() else {
        panic!("no document to write: {effects:?}");
    };
    assert_eq!(path, &dir.path().join("ujjain.dsr.html"));
    assert_ne!(path, &study_file);
    assert!(files.is_empty(), "HTML carries its figures inline");
    super::write_document(&mut app, path.clone(), bytes, files);
    let html = std::fs::read_to_string(path).unwrap();
    assert!(html.contains("<h1"), "not an HTML page");
    let screen = text_of(&draw(&mut app, 120, 40));
    assert!(screen.contains("Written: "), "{screen}");
    assert!(screen.contains("written to "), "{screen}");
    // A document that cannot be written says so, and why.
    let missing = dir.path().join("gone/ujjain.dsr.md");
    super::write_document(&mut app, missing, b"x", &[]);
    let message = app.message.as_ref().unwrap();
    assert_eq!(message.tone, super::app::Tone::Error);
    assert!(message.text.starts_with("NOT written:"), "{}", message.text);
    // Markdown: its figures as image files beside it, each one it links written.
    press(&mut app, KeyCode::Char('r'));
    let effects = press(&mut app, KeyCode::Char('m'));
    let [Effect::WriteDocument { path, bytes, files }] = effects.as_slice() else {
        panic!("no document to write: {effects:?}");
    };
    assert!(!files.is_empty(), "the DSR has figures");
    super::write_document(&mut app, path.clone(), bytes, files);
    let markdown = std::fs::read_to_string(path).unwrap();
    assert!(!markdown.contains("](figure:"), "a link to no file");
    for (file, _) in files {
        assert!(file.exists(), "{} not written", file.display());
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(markdown.contains(&name), "{name} not linked");
    }
}

#[test]
fn the_cfc_strip_and_panel_follow_the_operating_inputs() {
    let mut app = app_with(example());
    open_section(&mut app, "cfc");
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(screen.contains("IRR 22.26% ✓"), "{screen}");
    // Members pay half as much: the engine's figures change, and fail the rules.
    let operations = app
        .nav
        .def()
        .parts
        .iter()
        .position(|p| p.title() == "Operations")
        .unwrap();
    app.nav.sections[app.nav.section].part = operations;
    edit_field(&mut app, "cfc.operations.charge_member_rs");
    let kept = app.study.cfc.as_ref().unwrap().operations.charge_member_rs;
    ctrl(&mut app, 'u');
    typed(
        &mut app,
        &crate::model::Rate::from_paise(kept.unwrap().paise() / 2).figure(),
    );
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    let v = app.appraisal.as_ref().unwrap().viability.as_ref().unwrap();
    assert!(!v.accepted);
    let irr = v
        .checks
        .iter()
        .find(|k| k.code == "irr")
        .unwrap()
        .shown
        .english
        .clone();
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(
        screen.contains(&format!("IRR {irr}")),
        "{irr} not in\n{screen}"
    );
    open_view(&mut app, ViewKind::Viability);
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(screen.contains("✗ Fails an acceptance rule"), "{screen}");
    assert!(screen.contains(&irr), "{screen}");
}

#[test]
fn an_actions_component_is_picked_from_the_schemes_components() {
    // Bokaro is prepared for SFURTI: its components, in the rules file's order.
    let mut app = app_of(BOKARO);
    open_section(&mut app, "action_plan");
    press(&mut app, KeyCode::Enter);
    edit_field(&mut app, "component");
    let Some(super::editor::Editing {
        kind: super::editor::EditKind::Choose { options, .. },
        ..
    }) = &app.editing
    else {
        panic!("the component is not a choice");
    };
    let ids: Vec<&str> = options.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "soft",
            "hard",
            "thematic",
            "technical-agency",
            "implementing-agency"
        ]
    );
    // Found by its name; kept as its id. Tab chooses and opens the next field.
    typed(&mut app, "hard interv");
    let effects = press(&mut app, KeyCode::Tab);
    settle(&mut app, effects);
    assert_eq!(app.study.action_plan.actions[0].component, "hard");
    let next = app.editing.as_ref().map(|e| e.path.as_str());
    assert_eq!(next, Some("action_plan.actions[a-1].start_month"));
    press(&mut app, KeyCode::Esc);
    // Backspace: none, funded outside the scheme.
    edit_field(&mut app, "component");
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.study.action_plan.actions[0].component, "");
    // Under MSE-CDP `hard` is no component: it still shows, and says so.
    app.study.meta.scheme = "mse-cdp".into();
    app.study.action_plan.actions[0].component = "hard".into();
    let shown = app.nav.fields()[field_index(&app, "component")]
        .ops
        .show(&app.study, &[0]);
    assert_eq!(shown, "hard (not a component of mse-cdp)");
}

#[test]
fn typing_on_a_field_replaces_a_value_extends_prose_and_never_flips_a_tick() {
    let mut study = fixture();
    study.cluster.artisans = Some(640);
    let mut app = app_with(study);
    open_section(&mut app, "cluster");
    let select = |app: &mut App, key: &str| {
        app.nav.focus = Focus::Form;
        let i = field_index(app, key);
        let (section, part) = (app.nav.section, app.nav.part_index());
        app.nav.sections[section].parts[part].field = i;
    };
    // A number: typing 70 over it gives 70, not the old figure with 70 after it.
    select(&mut app, "cluster.artisans");
    typed(&mut app, "70");
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    assert_eq!(app.study.cluster.artisans, Some(70));
    // Prose: typing goes on after what is there.
    let history = app.study.cluster.history.clone();
    select(&mut app, "cluster.history");
    typed(&mut app, "Z");
    let effects = press(&mut app, KeyCode::Esc);
    settle(&mut app, effects);
    assert_eq!(app.study.cluster.history, format!("{history}Z"));
    // A tick box: a letter changes nothing (Enter flips it).
    let before = app.study.clone();
    select(&mut app, "cluster.area.ne_or_hill_state");
    typed(&mut app, "y");
    assert!(app.editing.is_none());
    assert_eq!(app.study, before);
}

#[test]
fn a_dialogs_answer_is_typed_with_the_keys_of_any_field() {
    let mut app = app_with(fixture());
    // W: save under another name; the answer starts with a suggested file name.
    press(&mut app, KeyCode::Char('W'));
    let text = |app: &App| {
        app.dialogs
            .front()
            .and_then(|d| d.input.as_ref())
            .map(|i| i.text())
            .unwrap()
    };
    assert!(!text(&app).is_empty());
    ctrl(&mut app, 'u');
    assert_eq!(text(&app), "");
    typed(&mut app, "copy.yaml");
    ctrl(&mut app, 'a');
    typed(&mut app, "my-");
    assert_eq!(text(&app), "my-copy.yaml");
}

/// Selects field `key` of the current item without opening it.
fn select_field(app: &mut App, key: &str) {
    app.nav.focus = Focus::Form;
    let i = field_index(app, key);
    let (section, part) = (app.nav.section, app.nav.part_index());
    app.nav.sections[section].parts[part].field = i;
}

/// Item 1 of the field test: on a selected field, "Government buyers ..." was saved as
/// "overnment buyers" (G jumped), "about 40 kilns" added a bottleneck (a), "quality" quit
/// (q). In a form every printable character is text: the sentence lands in the field and
/// in the study, whole, and nothing else happens.
#[test]
fn a_sentence_typed_on_a_selected_field_lands_whole_and_runs_no_command() {
    let sentence = "Government buyers quality about 40 kilns undo; next? [x] d-g G ] [ n u q a";
    for key in ["title", "evidence"] {
        let mut app = app_with(fixture());
        open_section(&mut app, "bottlenecks");
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Enter);
        select_field(&mut app, key);
        let before = app.study.clone();
        let old = match key {
            "title" => before.bottlenecks[1].title.clone(),
            _ => before.bottlenecks[1].evidence.clone(),
        };
        let mut effects = Vec::new();
        for c in sentence.chars() {
            effects.extend(press(&mut app, KeyCode::Char(c)));
        }
        assert!(effects.is_empty(), "{key}: typing asked for {effects:?}");
        assert!(app.dialogs.is_empty(), "{key}: a dialog opened");
        assert!(app.help.is_none());
        assert_eq!(
            app.study, before,
            "{key}: nothing changes before the value is kept"
        );
        assert_eq!(app.item_path().as_deref(), Some("bottlenecks[b-2]"));
        let effects = press(&mut app, KeyCode::Enter);
        let left = settle(&mut app, effects);
        assert!(!left.contains(&Effect::Quit));
        assert_eq!(app.study.bottlenecks.len(), before.bottlenecks.len());
        let b = &app.study.bottlenecks[1];
        match key {
            // A one-line value is replaced by what is typed over it.
            "title" => assert_eq!(b.title, sentence),
            // A text area goes on after its text; Enter there is a new line, so it is
            // kept with Esc.
            _ => {
                let effects = press(&mut app, KeyCode::Esc);
                settle(&mut app, effects);
                let b = &app.study.bottlenecks[1];
                assert_eq!(b.evidence.trim_end(), format!("{old}{sentence}"));
            }
        }
        assert!(!app.persist.unsaved);
    }
}

/// A picker opens with the letter typed on it; a tick box changes only by Space.
#[test]
fn a_letter_on_a_choice_opens_it_typed_ahead_and_space_ticks_a_box() {
    let mut app = app_with(fixture());
    open_section(&mut app, "stakeholders");
    press(&mut app, KeyCode::Enter);
    select_field(&mut app, "kind");
    typed(&mut app, "buy");
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    assert_eq!(
        app.study.stakeholders[0].kind,
        Some(crate::model::StakeholderKind::Buyer)
    );
    open_section(&mut app, "cluster");
    select_field(&mut app, "cluster.area.ne_or_hill_state");
    typed(&mut app, "yes");
    assert!(
        !app.study.cluster.area.ne_or_hill_state,
        "letters never tick"
    );
    let effects = press(&mut app, KeyCode::Char(' '));
    settle(&mut app, effects);
    assert!(app.study.cluster.area.ne_or_hill_state, "Space ticks");
    // The scheme's field: letters and digits open no dialog that would take them.
    open_section(&mut app, "meta");
    select_field(&mut app, "meta.scheme");
    let before = app.study.clone();
    typed(&mut app, "sfurti 2 a");
    assert!(app.dialogs.is_empty());
    assert_eq!(app.study, before);
}

/// Tab after a picker closed with Enter opens the next field for typing, as Tab after
/// a text field does: one behaviour, whatever the field before was.
#[test]
fn tab_after_a_picker_opens_the_next_field_as_after_a_text_field() {
    let mut app = app_with(fixture());
    open_section(&mut app, "field_work");
    next_tab(&mut app);
    press(&mut app, KeyCode::Enter);
    edit_field(&mut app, "size");
    press(&mut app, KeyCode::Enter);
    assert!(app.editing.is_none(), "Enter chose and closed the picker");
    press(&mut app, KeyCode::Tab);
    assert!(app.editing.is_some(), "Tab opened the next field");
    assert_eq!(app.nav.fields()[app.nav.part_state().field].key, "workers");
    ctrl(&mut app, 'u');
    typed(&mut app, "21");
    let effects = press(&mut app, KeyCode::Tab);
    settle(&mut app, effects);
    assert_eq!(app.study.field_work.interviews[0].workers, Some(21));
    assert!(
        app.editing.is_some(),
        "and Tab from that text field opened the next"
    );
    // Its value selected whole, as in a browser's form: typing replaces it, as typing on a
    // selected field does.
    assert_eq!(
        app.study.field_work.interviews[0].products,
        "Moulded chairs"
    );
    typed(&mut app, "Pots");
    let effects = press(&mut app, KeyCode::Enter);
    settle(&mut app, effects);
    assert_eq!(app.study.field_work.interviews[0].products, "Pots");
    // A picker opened by Tab: Enter keeps and stays there too, so Enter then Tab goes to
    // the very next field, skipping none.
    press(&mut app, KeyCode::Esc);
    edit_field(&mut app, "date");
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.nav.fields()[app.nav.part_state().field].key, "size");
    press(&mut app, KeyCode::Enter);
    assert!(app.editing.is_none());
    assert_eq!(app.nav.fields()[app.nav.part_state().field].key, "size");
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.nav.fields()[app.nav.part_state().field].key, "workers");
}

/// Item 3: Ctrl-Q while typing keeps the value, saves it and quits, with no alarm and no
/// stray copy of the study; the alarm is for what is truly not in the file, and says what.
#[test]
fn quitting_after_a_saved_value_raises_no_alarm() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    typed(&mut app, "Lots too small");
    let effects = ctrl(&mut app, 'q');
    assert!(
        app.dialogs.is_empty(),
        "no alarm while the save is on its way"
    );
    assert_eq!(settle(&mut app, effects), vec![Effect::Quit]);
    // Ctrl-C from the form after a kept value: the same.
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    typed(&mut app, "x");
    let effects = press(&mut app, KeyCode::Esc);
    settle(&mut app, effects);
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Quit]);
    // A save that fails: now the alarm, naming what is not in the file.
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    typed(&mut app, "Lots too small");
    let effects = ctrl(&mut app, 'q');
    assert_eq!(effects, vec![Effect::Save]);
    app.saved(
        Err(SaveError::ChangedOnDisk {
            path: PathBuf::from(EXAMPLE),
        }),
        "10:00".into(),
    );
    // The file changed on disk: its own dialog; going back and quitting again, the alarm.
    assert!(app
        .dialogs
        .iter()
        .any(|d| d.title.english.contains("changed on disk")));
    press(&mut app, KeyCode::Char('c'));
    assert!(!ctrl(&mut app, 'q').contains(&Effect::Quit));
    let body = app
        .dialogs
        .iter()
        .find(|d| d.title.english.contains("NOT saved"))
        .map(|d| d.body.join("\n"))
        .unwrap_or_default();
    assert!(body.contains("Lots too small"), "{body}");
}

/// Item 12: a refused value stays in its open editor with the reason, and keys typed
/// after it go on into that editor, none lost.
#[test]
fn keys_after_a_refused_value_go_on_into_its_editor() {
    let mut app = app_with(fixture());
    open_section(&mut app, "action_plan");
    edit_field(&mut app, "cost");
    ctrl(&mut app, 'u');
    typed(&mut app, "four lakh");
    assert!(press(&mut app, KeyCode::Tab).is_empty(), "refused");
    typed(&mut app, " or so");
    let e = app.editing.as_ref().unwrap();
    assert!(e
        .error
        .as_deref()
        .unwrap_or("")
        .contains("is not an amount"));
    let EditKind::Text(t) = &e.kind else {
        panic!("the editor closed");
    };
    assert_eq!(t.text(), "four lakh or so");
    // Ctrl-Q on it does not quit, and says why.
    assert!(!ctrl(&mut app, 'q').contains(&Effect::Quit));
    let e = app.editing.as_ref().unwrap();
    assert!(e.error.as_deref().unwrap_or("").contains("not quitting"));
}

/// Undo from another section goes to the field it changes, and says where.
#[test]
fn undo_goes_to_the_field_it_changes() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Down);
    edit_field(&mut app, "root_cause");
    typed(&mut app, "x");
    let effects = press(&mut app, KeyCode::Esc);
    settle(&mut app, effects);
    open_section(&mut app, "cluster");
    ctrl(&mut app, 'z');
    assert_eq!(app.nav.def().section.word(), "bottlenecks");
    assert_eq!(app.item_path().as_deref(), Some("bottlenecks[b-2]"));
    assert_eq!(app.nav.focus, Focus::Form);
    assert_eq!(
        app.nav.fields()[app.nav.part_state().field].key,
        "root_cause"
    );
    let said = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(said.contains("b-2"), "{said}");
}

/// Help scrolls by page and to its end; F2 shows in full what the screen cuts.
#[test]
fn help_scrolls_by_page_and_f2_reads_in_full() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::F(1));
    assert_eq!(app.help, Some(0));
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.help, Some(19));
    press(&mut app, KeyCode::End);
    let end = app.help.unwrap();
    assert!(end > 19);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.help, Some(end), "no further than the end");
    press(&mut app, KeyCode::Home);
    assert_eq!(app.help, Some(0));
    press(&mut app, KeyCode::Esc);
    assert!(app.help.is_none());
    // The evidence of b-2 is missing: F2 shows the finding and the hint whole.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    select_field(&mut app, "evidence");
    press(&mut app, KeyCode::F(2));
    let d = app.dialogs.front().unwrap();
    let body = d.body.join(" ");
    let hint = app.nav.fields()[field_index(&app, "evidence")].hint;
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert!(
        words(&body).join(" ").contains(&words(hint).join(" ")),
        "{body}"
    );
    let finding = app.field_findings(field_index(&app, "evidence"))[0]
        .message
        .clone();
    assert!(
        words(&body).join(" ").contains(&words(&finding).join(" ")),
        "{body}"
    );
    let term = draw(&mut app, 80, 24);
    insta::assert_snapshot!("details_80x24", term.backend());
    press(&mut app, KeyCode::Esc);
    assert!(app.dialogs.is_empty());
    // However many findings, the popup fits 80×24 and says where the rest are.
    let mut app = app_with(fixture());
    for _ in 0..30 {
        app.study.bottlenecks.push(app.study.bottlenecks[1].clone());
    }
    app.report = crate::check::check(&app.study);
    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::F(2));
    let body = &app.dialogs.front().unwrap().body;
    assert!(body.len() <= 16, "{body:?}");
    assert!(body.last().unwrap().contains("Findings view"), "{body:?}");
}

/// Item 12: a file changed on disk can be merged with the study here, three ways from
/// the version last in the file; what came in and what conflicted is shown.
#[test]
fn a_file_changed_on_disk_can_be_merged() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "root_cause");
    ctrl(&mut app, 'u');
    typed(&mut app, "Mine");
    press(&mut app, KeyCode::Esc);
    app.saved(
        Err(SaveError::ChangedOnDisk {
            path: PathBuf::from(EXAMPLE),
        }),
        "10:00".into(),
    );
    app.take_effects();
    // Theirs: another field of another item changed.
    let mut theirs = fixture();
    theirs.bottlenecks[1].title = "Theirs".into();
    let disk = DiskState::of_bytes(store::to_yaml(&theirs).unwrap().as_bytes());
    assert_eq!(
        press(&mut app, KeyCode::Char('m')),
        vec![Effect::ReadForMerge]
    );
    app.merge_with(theirs, disk.clone());
    assert_eq!(app.study.bottlenecks[0].root_cause, "Mine");
    assert_eq!(app.study.bottlenecks[1].title, "Theirs");
    assert_eq!(app.persist.disk, disk);
    let body = app.dialogs.front().map(|d| d.body.join("\n")).unwrap();
    assert!(
        body.contains("Theirs") && body.contains("No conflicts"),
        "{body}"
    );
    assert!(app.take_effects().contains(&Effect::Save));
}

/// A terminal sends Esc and a key typed right after it as Alt and the key (tmux within
/// its escape-time): it does what the two keys do, none lost.
#[test]
fn esc_typed_fast_before_a_key_is_both_keys() {
    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    press(&mut app, KeyCode::Enter);
    let n = app.study.bottlenecks.len();
    // Alt-a in a form: Esc to the list, and a adds (Alt-a is also the form's own add).
    let effects = app.key(KeyEvent::new(KeyCode::Char('a'), KeyModifiers::ALT));
    settle(&mut app, effects);
    assert_eq!(app.study.bottlenecks.len(), n + 1);
    // Alt-x while typing: Esc keeps the value, x starts typing over the field.
    typed(&mut app, "Kiln");
    let effects = app.key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT));
    settle(&mut app, effects);
    assert_eq!(app.study.bottlenecks[n].title, "Kiln");
    let EditKind::Text(t) = &app.editing.as_ref().unwrap().kind else {
        panic!("not typing");
    };
    assert_eq!(t.text(), "x");
    // Alt-Esc (some terminals' Esc typed fast before Esc): out of the field and the
    // form, to the list.
    app.key(KeyEvent::new(KeyCode::Esc, KeyModifiers::ALT));
    assert!(app.editing.is_none());
    assert_eq!(app.nav.focus, Focus::List);
}

/// F2 in the findings view reads the selected finding whole; a merge where both sides
/// changed one field keeps ours and says what conflicted.
#[test]
fn f2_reads_the_selected_finding_and_a_merge_names_its_conflicts() {
    let mut app = app_with(fixture());
    open_view(&mut app, ViewKind::Findings);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::F(2));
    let body = app.dialogs.front().map(|d| d.body.join(" ")).unwrap();
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        app.report
            .findings
            .iter()
            .any(|f| words(&body).contains(&words(&f.message))),
        "{body}"
    );
    press(&mut app, KeyCode::Esc);

    let mut app = app_with(fixture());
    open_section(&mut app, "bottlenecks");
    edit_field(&mut app, "title");
    ctrl(&mut app, 'u');
    typed(&mut app, "Mine");
    press(&mut app, KeyCode::Enter);
    let mut theirs = fixture();
    theirs.bottlenecks[0].title = "Theirs".into();
    let disk = DiskState::of_bytes(store::to_yaml(&theirs).unwrap().as_bytes());
    app.merge_with(theirs, disk);
    assert_eq!(app.study.bottlenecks[0].title, "Mine");
    let d = app.dialogs.front().unwrap();
    let body = d.body.join("\n");
    assert!(body.contains("1 conflict"), "{body}");
    assert!(body.contains("Theirs"), "{body}");
}

/// A scheme copied into a templates folder and changed is known to the terminal UI given
/// that workspace: the scheme field names it, the checks know it, the Budget tab shows its
/// money (GoI 68% of Rs. 923.50 lakh) and the preview renders under it.
#[test]
fn a_folder_scheme_works_in_the_terminal_ui() {
    let templates = tempfile::tempdir().unwrap();
    let to = templates.path().join("my-cdp");
    std::fs::create_dir(&to).unwrap();
    let from = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates/mse-cdp");
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if path.ends_with("scheme.yaml") {
            text = text
                .replace("id: mse-cdp\n", "id: my-cdp\n")
                .replace("name: MSE-CDP\n", "name: My CDP\n")
                .replace("revision: mse-cdp@", "revision: my-cdp@")
                .replacen("general: 70, special: 80", "general: 68, special: 80", 1);
        }
        std::fs::write(to.join(path.file_name().unwrap()), text).unwrap();
    }
    let mut study = example();
    study.meta.scheme = "my-cdp".into();
    let disk = DiskState::of_bytes(store::to_yaml(&study).unwrap().as_bytes());
    let ws = crate::assets::Assets::with_override(templates.path());
    let mut app = App::in_workspace(PathBuf::from(EXAMPLE), study, disk, ws);
    assert!(
        !app.report
            .findings
            .iter()
            .any(|f| f.message.contains("not a scheme")),
        "{:?}",
        app.report.findings
    );
    let appraisal = app.appraisal.as_ref().expect("financed under my-cdp");
    assert_eq!(appraisal.financing.totals.goi_rs.get(), 6_27_98_000);
    let shown = (0..app.nav.defs.len())
        .find_map(|section| {
            app.nav.section = section;
            app.nav.sections[section].part = 0;
            let fields = app.nav.fields();
            let field = fields.iter().find(|f| f.key == "meta.scheme")?;
            Some(field.ops.show(&app.study, &[]))
        })
        .expect("a scheme field");
    assert!(shown.starts_with("my-cdp · My CDP"), "{shown}");
    open_view(&mut app, ViewKind::Budget);
    let screen = text_of(&draw(&mut app, 120, 40));
    assert!(screen.contains("627.98"), "{screen}");
    open_view(&mut app, ViewKind::Preview);
    draw(&mut app, 120, 40);
    let preview = app.preview.as_ref().expect("a preview");
    let doc = preview.result.as_ref().expect("rendered under my-cdp");
    assert!(doc.markdown.contains("627.98"));
}

/// Copies the photographs fixture (a study and its three small images) into a new folder.
fn photos_copy() -> tempfile::TempDir {
    let from = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/photos");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(from.join("study.yaml"), dir.path().join("study.yaml")).unwrap();
    std::fs::create_dir(dir.path().join("photos")).unwrap();
    for f in ["moulding.jpg", "site.png", "workshop.jpg"] {
        std::fs::copy(
            from.join("photos").join(f),
            dir.path().join("photos").join(f),
        )
        .unwrap();
    }
    dir
}

/// Opens the Photos tab of the field work.
fn open_photos(app: &mut App) {
    open_section(app, "field_work");
    while app.nav.part().title() != "Photos" {
        next_tab(app);
    }
}

#[test]
fn a_photo_is_attached_by_completing_part_of_its_name_and_the_file_holds_it() {
    let dir = photos_copy();
    let file = dir.path().join("study.yaml");
    let loaded = store::load(&file).unwrap();
    let mut app = App::new(file.clone(), loaded.study, loaded.disk);
    open_photos(&mut app);
    // The attached photographs list by caption and file; the form shows the size.
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(screen.contains("Moulders at the first"), "{screen}");
    press(&mut app, KeyCode::Enter);
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(screen.contains("photos/workshop.jpg ·"), "{screen}");
    assert!(
        screen.contains("bytes") || screen.contains("KB"),
        "{screen}"
    );
    press(&mut app, KeyCode::Esc);

    // a adds a photograph and opens its file: a part of the name, then Ctrl-T.
    let effects = press(&mut app, KeyCode::Char('a'));
    settle(&mut app, effects);
    typed(&mut app, "sit");
    let screen = text_of(&draw(&mut app, 80, 24));
    assert!(
        screen.contains("^T complete the file"),
        "the key bar names completion: {screen}"
    );
    ctrl(&mut app, 't');
    let editing = app.editing.as_ref().and_then(|e| e.text_editor()).unwrap();
    assert_eq!(editing.text(), "photos/site.png");
    // Two files start "photos/": completion says which, and goes no further than they share.
    press(&mut app, KeyCode::Esc);
    edit_field(&mut app, "path");
    press(&mut app, KeyCode::End);
    ctrl(&mut app, 'u');
    typed(&mut app, "photos/");
    ctrl(&mut app, 't');
    assert_eq!(
        app.editing
            .as_ref()
            .and_then(|e| e.text_editor())
            .unwrap()
            .text(),
        "photos/"
    );
    let said = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(said.contains("3 files fit"), "{said}");
    typed(&mut app, "mou");
    ctrl(&mut app, 't');
    // Tab keeps it and goes on to the caption.
    let effects = press(&mut app, KeyCode::Tab);
    assert!(effects.is_empty() || effects.contains(&Effect::Save));
    typed(&mut app, "The mould shop");
    press(&mut app, KeyCode::Enter);
    let photo = app.study.photos.last().unwrap().clone();
    assert_eq!(photo.path, "photos/moulding.jpg");
    assert_eq!(photo.caption, "The mould shop");

    // What the form shows: the size of the file, or check's finding when there is none.
    let at = app.nav.current_at(&app.study).unwrap();
    let i = field_index(&app, "path");
    let shown = app.nav.fields()[i].ops.show(&app.study, &at);
    let size = std::fs::metadata(dir.path().join("photos/moulding.jpg"))
        .unwrap()
        .len();
    assert!(
        shown.starts_with("photos/moulding.jpg · ")
            && (shown.contains("bytes") || shown.contains("KB")),
        "{shown} ({size} bytes)"
    );
    std::fs::remove_file(dir.path().join("photos/moulding.jpg")).unwrap();
    let shown = app.nav.fields()[i].ops.show(&app.study, &at);
    assert!(shown.contains("no such file beside the study"), "{shown}");

    // Saved as the runtime saves: the file holds the path, never the image.
    store::save(&file, &app.study, store::Overwrite::Force).unwrap();
    let back = store::load(&file).unwrap().study;
    assert_eq!(back.photos.len(), 4);
    assert_eq!(back.photos[3].path, "photos/moulding.jpg");
    assert_eq!(back.photos[3].caption, "The mould shop");
}

/// Carries out a key's effects as the runtime does: saves go to `writer`.
fn carry(app: &mut App, writer: &mut super::writer::Writer, effects: Vec<Effect>) {
    for e in effects {
        if e == Effect::Save {
            super::start_save(app, writer);
        }
    }
}

#[test]
fn typing_goes_on_while_a_save_is_on_its_way_and_the_last_edit_reaches_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ujjain.yaml");
    std::fs::write(&file, store::to_yaml(&example()).unwrap()).unwrap();
    let loaded = store::load(&file).unwrap();
    let mut app = App::new(file.clone(), loaded.study, loaded.disk);
    // The writer saves only when the test says so: the first save stays on its way.
    let (go, gate) = std::sync::mpsc::channel();
    let mut writer = super::writer::Writer::gated(Some(gate));
    open_section(&mut app, "action_plan");
    edit_field(&mut app, "title");
    ctrl(&mut app, 'u');
    typed(&mut app, "First words");
    let effects = press(&mut app, KeyCode::Enter);
    carry(&mut app, &mut writer, effects);
    assert!(writer.busy());
    assert_eq!(app.persist.save, SaveState::Saving);
    assert!(text_of(&draw(&mut app, 80, 24)).contains("saving…"));

    // Keys are answered meanwhile: another edit is made and kept.
    edit_field(&mut app, "title");
    ctrl(&mut app, 'u');
    typed(&mut app, "Second words, typed while saving");
    let effects = press(&mut app, KeyCode::Enter);
    carry(&mut app, &mut writer, effects);
    assert!(app.editing.is_none());
    let last = "Second words, typed while saving";
    assert_eq!(app.study.action_plan.actions[0].title, last);

    // The first save lands; the study changed since, so it is saved again.
    go.send(()).unwrap();
    let done = writer.wait().unwrap();
    assert!(done.result.is_ok());
    app.written(done.result, "10:00".into(), done.study);
    assert!(
        app.persist.unsaved,
        "the second edit is not in the file yet"
    );
    assert_eq!(app.persist.save, SaveState::Saving);
    let effects = app.take_effects();
    carry(&mut app, &mut writer, effects);
    assert!(writer.busy());
    go.send(()).unwrap();
    let done = writer.wait().unwrap();
    app.written(done.result, "10:01".into(), done.study);
    assert_eq!(app.persist.save, SaveState::Saved(Some("10:01".into())));
    assert!(!app.persist.unsaved);
    let on_disk = store::load(&file).unwrap().study;
    assert_eq!(on_disk.action_plan.actions[0].title, last);
    assert_eq!(on_disk, app.study);
}

#[test]
fn quitting_while_a_save_is_on_its_way_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ujjain.yaml");
    std::fs::write(&file, store::to_yaml(&example()).unwrap()).unwrap();
    let loaded = store::load(&file).unwrap();
    let mut app = App::new(file.clone(), loaded.study, loaded.disk);
    let mut writer = super::writer::Writer::new();
    open_section(&mut app, "action_plan");
    edit_field(&mut app, "title");
    ctrl(&mut app, 'u');
    typed(&mut app, "Kept on the way out");
    let effects = press(&mut app, KeyCode::Enter);
    carry(&mut app, &mut writer, effects);
    // Ctrl-Q while the save is on its way (it is not in the file until the writer says
    // so): the app waits for it, then quits.
    let effects = ctrl(&mut app, 'q');
    assert!(!effects.contains(&Effect::Quit));
    carry(&mut app, &mut writer, effects);
    super::settle_save(&mut app, &mut writer);
    assert!(app.take_effects().contains(&Effect::Quit));
    let on_disk = store::load(&file).unwrap().study;
    assert_eq!(on_disk.action_plan.actions[0].title, "Kept on the way out");
}

/// The editor shows a study before checking it: the first frame has the study's title and
/// no section marks (none would be right yet); once the check is in, the marks are there
/// and the figures are the engine's.
#[test]
fn the_first_frame_comes_before_the_check_and_the_marks_after_it() {
    let study = example();
    let disk = DiskState::of_bytes(store::to_yaml(&study).unwrap().as_bytes());
    let mut app = App::opening(
        PathBuf::from(EXAMPLE),
        study,
        disk,
        crate::assets::Assets::embedded(),
    );
    assert!(!app.checked);
    let first = text_of(&draw_now(&mut app, 80, 24));
    assert!(first.contains("Ujjain Plastic"), "{first}");
    assert!(
        !first.contains("✓ Study") && !first.contains("○ Study"),
        "{first}"
    );
    app.finish_opening();
    assert!(app.checked);
    assert!(app.appraisal.is_ok());
    let checked = text_of(&draw_now(&mut app, 80, 24));
    assert!(checked.contains("✓ Study"), "{checked}");
}
