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
    // The messages compared are English, whatever the locale.
    cmd.env("CDSTUDY_LANG", "en");
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

/// A git pull (a new file renamed over the study) racing a save, at every moment of it:
/// the outside write is never lost. Either the save went first and the outside write
/// replaced it, or the save saw the change and wrote nothing.
#[test]
fn an_outside_write_racing_a_save_is_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("race.yaml");
    let (mut saved, mut refused) = (0, 0);
    for i in 0..200u64 {
        let base = store::save(&path, &study(&format!("Base {i}")), Overwrite::Force).unwrap();
        let theirs = store::to_yaml(&study(&format!("Theirs {i}"))).unwrap();
        let outside_path = path.clone();
        let expected = theirs.clone();
        // Spread the outside write over the whole save (a millisecond or a few).
        let delay = std::time::Duration::from_micros((i * 10) % 2000);
        let outside = std::thread::spawn(move || {
            std::thread::sleep(delay);
            let temp = outside_path.with_file_name(format!("pull-{i}"));
            std::fs::write(&temp, &expected).unwrap();
            std::fs::rename(&temp, &outside_path).unwrap();
        });
        let result = store::save(
            &path,
            &study(&format!("Ours {i}")),
            Overwrite::IfUnchanged(&base),
        );
        outside.join().unwrap();
        let now = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            now, theirs,
            "round {i}: the outside write was lost (the save said {result:?})"
        );
        match result {
            Ok(_) => saved += 1,
            Err(SaveError::ChangedOnDisk { .. }) => refused += 1,
            Err(e) => panic!("round {i}: {e}"),
        }
    }
    println!("{saved} saves went first, {refused} saw the outside write");
    assert!(refused > 0, "the race never hit the save");
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
}

fn age(path: &Path, seconds: u64) {
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(seconds))
        .unwrap();
}

#[test]
fn temporaries_of_killed_saves_go_and_a_persons_files_stay() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guna.yaml");
    let state = store::save(&path, &study("Guna"), Overwrite::OnlyNew).unwrap();
    // Left by a cdstudy killed halfway through a save: its id runs no process now.
    let dead = u32::MAX - 7;
    let stale = [
        format!(".guna.yaml.cdstudy-tmp-{dead}-0"),
        format!(".guna.yaml.cdstudy-tmp-{dead}-12"),
        format!("guna.yaml.bak.tmp-{dead}"),
        format!("..guna.yaml.cdstudy-draft.cdstudy-tmp-{dead}-3"),
    ];
    // Names a person might give, and another study's temporaries.
    let kept = [
        ".guna.yaml.cdstudy-tmp-notes".to_string(),
        "guna.yaml.bak.tmp-mine".to_string(),
        format!(".guna.yaml.cdstudy-tmp-{dead}-0.txt"),
        format!(".other.yaml.cdstudy-tmp-{dead}-0"),
        "guna.yaml.bak".to_string(),
    ];
    for name in stale.iter().chain(&kept) {
        std::fs::write(dir.path().join(name), "x").unwrap();
        age(&dir.path().join(name), 60);
    }
    // Temporaries of an earlier process that had this process's id: the next save with
    // the same id does not trip over them.
    let me = std::process::id();
    let mine: Vec<_> = (0..500)
        .map(|n| dir.path().join(format!(".guna.yaml.cdstudy-tmp-{me}-{n}")))
        .collect();
    for m in &mine {
        std::fs::write(m, "x").unwrap();
    }
    let state = store::save(&path, &study("Guna Brick"), Overwrite::IfUnchanged(&state)).unwrap();
    for m in &mine {
        let _ = std::fs::remove_file(m);
    }
    for name in &stale {
        assert!(!dir.path().join(name).exists(), "{name} was left");
    }
    for name in &kept {
        assert!(dir.path().join(name).exists(), "{name} was removed");
    }
    // Opening cleans up too.
    std::fs::write(dir.path().join(&stale[0]), "x").unwrap();
    age(&dir.path().join(&stale[0]), 60);
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded.disk, state);
    assert!(!dir.path().join(&stale[0]).exists());
}

#[test]
fn a_read_only_study_is_not_rewritten_unless_the_person_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guna.yaml");
    let hand_edited = "format: cdstudy/1\nmeta:\n  title:    Guna Brick\n";
    std::fs::write(&path, hand_edited).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let loaded = store::load(&path).unwrap();
    let err = store::save(&path, &loaded.study, Overwrite::IfUnchanged(&loaded.disk)).unwrap_err();
    assert!(matches!(err, SaveError::ReadOnly { .. }), "{err}");
    assert!(err.to_string().contains("read-only"), "{err}");

    let bin = env!("CARGO_BIN_EXE_cdstudy");
    let out = Command::new(bin)
        .env("CDSTUDY_LANG", "en")
        .args(["fmt", "--force", path.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("read-only"), "{text}");
    assert!(text.contains("--overwrite-read-only"), "{text}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), hand_edited);

    let out = Command::new(bin)
        .env("CDSTUDY_LANG", "en")
        .args(["fmt", "--overwrite-read-only", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_ne!(std::fs::read_to_string(&path).unwrap(), hand_edited);
    assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o444);
    assert!(leftovers(dir.path()).is_empty());
}

/// Reading never goes past the size limit: a huge sparse file, a device and a pipe are
/// refused at once, without reading them.
#[test]
fn reads_are_bounded_and_special_files_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let sparse = dir.path().join("huge.yaml");
    std::fs::File::create(&sparse)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let err = store::load(&sparse).unwrap_err();
    assert_eq!(err.kind, store::LoadErrorKind::TooLarge, "{err}");
    assert!(err.to_string().contains("split"), "{err}");

    let zero = dir.path().join("zero.yaml");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let err = store::load(&zero).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");

    let fifo = dir.path().join("pipe.yaml");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let err = store::load(&fifo).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
    // Nor does a save read what it would replace when that is a pipe or a device.
    let err = store::save(&fifo, &study("X"), Overwrite::Force).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
    let err = store::replace_atomic(&zero, b"x").unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
}
