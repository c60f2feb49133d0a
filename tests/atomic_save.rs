//! Saving never loses work: a save that cannot happen leaves the file as it was and says
//! why; a file changed underneath is not overwritten; a study reached through a symlink
//! stays a symlink; the previous version is kept as FILE.bak; no temporary files are left.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command;

use cdstudy::model::Study;
use cdstudy::store::{self, Overwrite, SaveError};

fn study(name: &str) -> Study {
    Study::new(name, "mse-cdp")
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("cdstudy-tmp") || n.contains(".tmp-"))
        .collect()
}

#[test]
fn a_save_keeps_the_previous_version_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guna.yaml");
    let first = store::save(&path, &study("Guna Brick"), Overwrite::OnlyNew).unwrap();
    let old = std::fs::read(&path).unwrap();
    store::save(
        &path,
        &study("Guna Brick Kilns"),
        Overwrite::IfUnchanged(&first),
    )
    .unwrap();
    assert_eq!(std::fs::read(store::backup_path(&path)).unwrap(), old);
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("Guna Brick Kilns"));
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ujjain.yaml");
    let state = store::save(&path, &study("Ujjain Plastic"), Overwrite::OnlyNew).unwrap();
    // Someone else (a git pull, another editor) changes the file.
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Ujjain Plastic", "Ujjain Plastics");
    std::fs::write(&path, &theirs).unwrap();

    let err = store::save(&path, &study("Ujjain"), Overwrite::IfUnchanged(&state)).unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk { .. }), "{err}");
    assert!(err.to_string().contains("changed on disk"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    assert!(!store::backup_path(&path).exists());
    assert!(leftovers(dir.path()).is_empty());

    // Forced, it goes through (the person chose to overwrite).
    store::save(&path, &study("Ujjain"), Overwrite::Force).unwrap();
    assert_eq!(
        std::fs::read_to_string(store::backup_path(&path)).unwrap(),
        theirs
    );
}

#[test]
fn a_file_removed_underneath_is_reported_not_silently_recreated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.yaml");
    let state = store::save(&path, &study("X"), Overwrite::OnlyNew).unwrap();
    std::fs::remove_file(&path).unwrap();
    let err = store::save(&path, &study("X"), Overwrite::IfUnchanged(&state)).unwrap_err();
    assert!(matches!(err, SaveError::RemovedOnDisk { .. }), "{err}");
    assert!(!path.exists());
}

#[test]
fn new_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.yaml");
    std::fs::write(&path, "precious").unwrap();
    let err = store::save(&path, &study("X"), Overwrite::OnlyNew).unwrap_err();
    assert!(matches!(err, SaveError::AlreadyExists { .. }));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious");
}

#[test]
fn a_study_reached_through_a_symlink_stays_a_symlink() {
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("repo");
    std::fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("ujjain.yaml");
    let state = store::save(&real, &study("Ujjain Plastic"), Overwrite::OnlyNew).unwrap();
    let link = dir.path().join("current.yaml");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    let loaded = store::load(&link).unwrap();
    assert_eq!(loaded.disk, state);
    let mut changed = loaded.study.clone();
    changed.vision = "Sell to organised retail".into();
    store::save(&link, &changed, Overwrite::IfUnchanged(&loaded.disk)).unwrap();

    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&real)
        .unwrap()
        .contains("Sell to organised retail"));
    // The previous version sits beside the real file.
    assert!(store::backup_path(&real).exists());
    assert!(leftovers(&real_dir).is_empty());
}

#[test]
fn a_save_keeps_the_file_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.yaml");
    let state = store::save(&path, &study("X"), Overwrite::OnlyNew).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    store::save(&path, &study("Y"), Overwrite::IfUnchanged(&state)).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o640);
}

/// A read-only folder: the save fails, says why, and the study is exactly as it was.
/// Permission bits do not bind root, so as root the save runs as `nobody` (setpriv).
#[test]
fn a_read_only_folder_refuses_the_save_and_leaves_the_study_intact() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("guna.yaml");
    // A hand-edited file that `fmt` wants to rewrite.
    let hand_edited = "format: cdstudy/1\nmeta:\n  title:    Guna Brick\n";
    std::fs::write(&path, hand_edited).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();

    let bin = env!("CARGO_BIN_EXE_cdstudy");
    let as_root = unsafe { libc::geteuid() } == 0;
    let mut cmd = if as_root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
        c
    } else {
        Command::new(bin)
    };
    let out = cmd
        .args(["fmt", path.to_str().unwrap()])
        .output()
        .expect("run cdstudy (as root this needs setpriv from util-linux)");
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("not saved"), "{text}");
    assert!(text.contains("read-only"), "{text}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), hand_edited);
    assert!(leftovers(&folder).is_empty());
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
}
