//! What the runtime reports back to the app: the results of the effects it carried out
//! (saves, reloads, the file read for a merge, the draft kept aside) and what it found on
//! opening the study (warnings about the file, another cdstudy holding it, a draft).

use super::*;

impl App {
    pub fn saving(&mut self) {
        self.persist.save = SaveState::Saving;
    }

    /// The study as it is now was saved (or not): a save made in step with the keys, as
    /// the tests make them.
    #[cfg(test)]
    pub fn saved(&mut self, result: Result<DiskState, SaveError>, at: String) {
        let study = self.study.clone();
        self.written(result, at, study);
    }

    /// `written` was saved (or not), by the background writer: the study may have been
    /// edited since, and then it is saved again, so that the file ends with the latest.
    pub fn written(&mut self, result: Result<DiskState, SaveError>, at: String, written: Study) {
        match result {
            Ok(disk) => {
                self.persist.disk = disk;
                self.persist.on_disk = written;
                if self.study != self.persist.on_disk {
                    // Edited while the save was on its way: that edit is not in the file yet.
                    self.persist.unsaved = true;
                    self.request_save();
                    if self.persist.save_allowed {
                        self.persist.save = SaveState::Saving;
                    }
                    return;
                }
                self.persist.unsaved = false;
                self.persist.save = SaveState::Saved(Some(at));
                self.persist.unsaved_texts.clear();
                self.forget_draft_if_clean();
                if std::mem::take(&mut self.persist.quit_after_save) {
                    self.effects.push(Effect::Quit);
                }
            }
            Err(SaveError::ChangedOnDisk { .. }) => {
                self.persist.quit_after_save = false;
                let why = self.messages.text("save-failed-changed-on-disk");
                self.persist.save = SaveState::Failed(why.into_owned());
                self.keep_committed_text_in_draft();
                let m = &self.messages;
                let path = self.path.display().to_string();
                let body = vec![
                    m.with("dialog-changed-on-disk", &[("path", path.into())]),
                    String::new(),
                    m.text("dialog-changed-on-disk-choices").into_owned(),
                ];
                self.dialogs.push_back(Dialog {
                    title: "The file changed on disk".into(),
                    body,
                    tone: Tone::Error,
                    options: vec![
                        DialogOption {
                            key: 'm',
                            label: "merge the two".into(),
                            choice: Choice::Merge,
                        },
                        DialogOption {
                            key: 'w',
                            label: "save mine under another name".into(),
                            choice: Choice::AskSaveAs,
                        },
                        DialogOption {
                            key: 'r',
                            label: "reload from disk…".into(),
                            choice: Choice::AskReload,
                        },
                        DialogOption {
                            key: 'c',
                            label: "keep editing (not saved)".into(),
                            choice: Choice::Close,
                        },
                    ],
                    input: None,
                    back: None,
                });
            }
            Err(e) => {
                self.persist.save =
                    SaveState::Failed(self.messages.text("save-failed").into_owned());
                if std::mem::take(&mut self.persist.quit_after_save) {
                    self.alarm();
                }
                self.keep_committed_text_in_draft();
                let why = e.reason();
                self.tell(Tone::Error, "status-not-saved", &[("why", why.into())]);
            }
        }
    }

    /// After a failed save the last typed text lives only in memory: note it in the draft
    /// so that a crash now still loses nothing.
    fn keep_committed_text_in_draft(&mut self) {
        let mut entries = self.persist.unsaved_texts.clone();
        if let Some(d) = &self.persist.draft_written {
            for e in d {
                if !entries.iter().any(|x| x.path == e.path) {
                    entries.push(e.clone());
                }
            }
        }
        self.persist.unsaved_texts = entries;
        if !self.persist.unsaved_texts.is_empty()
            && self.persist.draft_written.as_ref() != Some(&self.persist.unsaved_texts)
        {
            self.persist.draft_written = Some(self.persist.unsaved_texts.clone());
            self.effects
                .push(Effect::WriteDraft(self.persist.unsaved_texts.clone()));
        }
    }

    pub fn saved_as(&mut self, path: PathBuf, result: Result<DiskState, SaveError>, at: String) {
        match result {
            Ok(disk) => {
                // Photographs are relative to the study's folder, which may have changed.
                crate::tui::fields::use_study_dir(&super::study_folder(&path));
                self.path = path;
                self.persist.disk = disk;
                self.persist.unsaved = false;
                self.persist.on_disk = self.study.clone();
                self.persist.save_allowed = true;
                self.persist.save = SaveState::Saved(Some(at));
                self.persist.unsaved_texts.clear();
                let path = self.path.display().to_string();
                self.tell(Tone::Info, "status-saved-as", &[("path", path.into())]);
            }
            Err(e) => {
                self.tell(
                    Tone::Error,
                    "status-not-saved-as",
                    &[("error", e.to_string().into())],
                );
            }
        }
    }

    pub fn reloaded(&mut self, study: Study, disk: DiskState) {
        self.persist.on_disk = study.clone();
        self.study = study;
        self.persist.disk = disk;
        self.persist.unsaved = false;
        self.persist.unsaved_texts.clear();
        self.history.clear();
        self.editing = None;
        self.derive();
        self.nav.clamp(&self.study);
        self.refresh_views();
        self.persist.save = SaveState::Saved(None);
        self.tell(Tone::Info, "status-reloaded", &[]);
    }

    /// The file changed on disk (`theirs`, with its state `disk`): merged three ways with
    /// the study here, from the version this session last had in the file. The merge is
    /// one undoable edit, saved over the file it was made with; the dialog says what came
    /// in from the file and what conflicted.
    pub fn merge_with(&mut self, theirs: Study, disk: DiskState) {
        let today = chrono::Local::now().date_naive();
        let merged = match crate::diff::merge(&self.persist.on_disk, &self.study, &theirs, today) {
            Ok(m) => m,
            Err(e) => {
                self.tell(
                    Tone::Error,
                    "status-merge-failed",
                    &[("error", e.to_string().into())],
                );
                return;
            }
        };
        let came_in = crate::diff::diff(&self.study, &merged.study)
            .map(|d| crate::diff::to_text(&d))
            .unwrap_or_default();
        self.persist.disk = disk;
        self.persist.on_disk = theirs;
        self.editing = None;
        let path = self.path.display().to_string();
        let mut body = vec![self
            .messages
            .with("dialog-merged", &[("path", path.into())])];
        let place = self.here(None);
        let study = merged.study;
        let what = self.messages.text("edit-merge").into_owned();
        if let Err(e) = self.change_at(place, what, |s, _| {
            *s = study;
            Ok(())
        }) {
            self.say(Tone::Error, self.words(&e));
            return;
        }
        // Saving waits for nothing: the disk state is the file merged with.
        if !self.effects.contains(&Effect::Save) {
            self.request_save();
        }
        body.push(String::new());
        let lines: Vec<&str> = came_in.lines().filter(|l| !l.trim().is_empty()).collect();
        let m = &self.messages;
        if lines.is_empty() || came_in.starts_with("No changes") {
            body.push(m.text("dialog-merge-nothing-came-in").into_owned());
        } else {
            body.push(m.text("dialog-merge-from-file").into_owned());
            body.extend(lines.iter().take(8).map(|l| short(l, 70)));
            if lines.len() > 8 {
                body.push(m.with(
                    "dialog-and-more-lines",
                    &[("count", (lines.len() - 8).into())],
                ));
            }
        }
        body.push(String::new());
        if merged.conflicts.is_empty() {
            body.push(m.text("dialog-merge-no-conflicts").into_owned());
        } else {
            body.push(m.with(
                "dialog-merge-conflicts",
                &[("count", merged.conflicts.len().into())],
            ));
            for c in merged.conflicts.iter().take(5) {
                body.push(format!("  {}", short(&c.text, 70)));
            }
        }
        body.push(m.text("dialog-merge-undo").into_owned());
        let tone = if merged.conflicts.is_empty() {
            Tone::Info
        } else {
            Tone::Warn
        };
        self.dialogs
            .push_back(Dialog::notice("Merged with the file on disk", body, tone));
    }

    // What the runtime found at start.

    /// Tells about what a save would change in the file, and holds saving until the
    /// person agrees when comments (or anchors, tags) would be lost.
    pub fn file_warnings(&mut self, warnings: &[LoadWarning]) {
        if warnings.is_empty() {
            return;
        }
        let lossy = warnings
            .iter()
            .any(|w| w.kind == WarningKind::NotKeptOnSave);
        let m = &self.messages;
        let mut body: Vec<String> = warnings
            .iter()
            .map(|w| {
                m.with(
                    "dialog-file-warning",
                    &[
                        ("line", w.line.to_string().into()),
                        ("message", m.say(&w.message).into()),
                    ],
                )
            })
            .collect();
        if lossy {
            self.persist.save_allowed = false;
            self.persist.save = SaveState::Held(m.text("save-held-until-asked").into_owned());
            body.push(String::new());
            body.push(m.text("dialog-file-comments").into_owned());
            self.dialogs.push_back(Dialog {
                title: "Before the first save".into(),
                body,
                tone: Tone::Warn,
                options: vec![
                    // Keys that are not text, as for every answer that loses something:
                    // a word typed at the start cannot drop the comments.
                    DialogOption {
                        key: '\n',
                        label: "save as I edit (drop them)".into(),
                        choice: Choice::AllowSaving,
                    },
                    DialogOption {
                        key: '\u{1b}',
                        label: "don't save this file".into(),
                        choice: Choice::HoldSaving,
                    },
                ],
                input: None,
                back: None,
            });
        } else {
            body.push(String::new());
            body.push(m.text("dialog-file-next-save").into_owned());
            self.dialogs
                .push_back(Dialog::notice("About this file", body, Tone::Info));
        }
    }

    /// Another cdstudy holds the study open.
    pub fn busy(&mut self, holder: &Holder) {
        self.dialogs
            .push_front(dialogs::busy(holder, &self.messages));
    }

    /// A draft of unsaved typing was found: say what it holds and when, and ask.
    pub fn offer_draft(&mut self, draft: Draft, same_version: bool) {
        self.dialogs
            .push_back(dialogs::draft_found(&draft, same_version, &self.messages));
        self.persist.found_draft = Some(draft);
    }

    pub fn draft_kept(&mut self, result: Result<PathBuf, String>) {
        match result {
            Ok(path) => {
                self.effects.push(Effect::RemoveDraft);
                let path = path.display().to_string();
                self.tell(Tone::Info, "status-draft-kept", &[("path", path.into())]);
            }
            Err(e) => {
                self.tell(Tone::Error, "status-draft-not-kept", &[("error", e.into())]);
            }
        }
    }
}
