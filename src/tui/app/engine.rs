//! The app's questions to the engine beyond checking: which scheme the study is for (the
//! comparison of now and after, then the switch as one undoable edit) and writing a
//! document from the study (the preview's, or one chosen in a dialog).

use super::*;

impl App {
    /// The schemes to choose from, as the scheme finder lists them for this study (the
    /// action plan's Schemes tab), with the study's own scheme selected; Enter on one shows
    /// what would change.
    pub(super) fn ask_scheme(&mut self) {
        let Some((section, part)) = self.nav.defs.iter().enumerate().find_map(|(si, d)| {
            d.parts
                .iter()
                .position(|p| matches!(p, Part::View(ViewKind::Schemes)))
                .map(|pi| (si, pi))
        }) else {
            return;
        };
        self.editing = None;
        self.nav.go_to(&Place {
            section,
            part,
            at: Vec::new(),
            field: None,
        });
        self.refresh_views();
        let current = self.study.meta.scheme.trim().to_string();
        let at = views::scheme_position(&self.view_ctx(), &current).unwrap_or(0);
        self.nav.part_state_mut().item = at;
    }

    /// What the budget and the findings would be under scheme `id`, and the question.
    pub(super) fn compare_scheme(&mut self, id: &str) {
        let Some(scheme) = self.workspace.catalog().ok().and_then(|c| c.get(id)) else {
            self.tell(Tone::Error, "status-unknown-scheme", &[("id", id.into())]);
            return;
        };
        if self.study.meta.scheme.trim() == id {
            self.tell(
                Tone::Info,
                "status-scheme-already",
                &[("scheme", scheme.name.clone().into())],
            );
            return;
        }
        let mut after = self.study.clone();
        after.meta.scheme = id.to_string();
        let body = views::budget::comparison(
            (&self.appraisal, &self.report),
            (
                &appraisal_of(&after, &self.workspace),
                &check_in(&after, &self.workspace),
            ),
            &self.messages,
        );
        self.dialogs.push_back(Dialog {
            title: crate::phrase!("Prepare the study for {scheme}?", scheme = &scheme.name).into(),
            body,
            tone: Tone::Warn,
            options: vec![
                DialogOption {
                    key: 'a',
                    label: crate::phrase!("accept: switch to {id}", id).into(),
                    choice: Choice::SwitchScheme(id.to_string()),
                },
                DialogOption {
                    key: 'c',
                    label: "cancel".into(),
                    choice: Choice::Close,
                },
            ],
            input: None,
            back: None,
        });
    }

    pub(super) fn switch_scheme(&mut self, id: String) {
        let what = self
            .messages
            .with("edit-switch-scheme", &[("id", id.clone().into())]);
        match self.change(what, |study, _| {
            study.meta.scheme = id.clone();
            Ok(())
        }) {
            Ok(_) => {
                self.tell(Tone::Info, "status-scheme-switched", &[("id", id.into())]);
            }
            Err(e) => self.say(Tone::Error, self.words(&e)),
        }
    }

    /// Asks which format to write the previewed document in.
    pub(super) fn ask_render(&mut self) {
        let doc = self.preview_doc;
        let m = &self.messages;
        let mut body = vec![m.with(
            "dialog-render-body",
            &[("doc", m.label(doc.label()).into())],
        )];
        let mut options = Vec::new();
        for (key, format, what) in [
            ('m', Format::Md, "Markdown"),
            ('h', Format::Html, &*m.text("dialog-render-html")),
            ('w', Format::Docx, "Word"),
        ] {
            let path = render::default_output(&self.path, doc, format);
            body.push(format!("{key}  {what}: {}", path.display()));
            options.push(DialogOption {
                key,
                label: format.extension().to_string().into(),
                choice: Choice::Render(doc, format),
            });
        }
        options.push(DialogOption {
            key: '\u{1b}',
            label: "cancel".into(),
            choice: Choice::Close,
        });
        self.dialogs.push_back(Dialog {
            title: crate::phrase!("Render the {doc}", doc = crate::phrase::word(doc.label()))
                .into(),
            body,
            tone: Tone::Info,
            options,
            input: None,
            back: None,
        });
    }

    /// Makes the document; the runtime writes it.
    pub(super) fn render_document(&mut self, doc: DocKind, format: Format) {
        // Named after the study with the document and format added, so never the study.
        let path = render::default_output(&self.path, doc, format);
        // Photographs are read from the study's folder, as `cdstudy render` reads them;
        // Markdown gets its pictures as image files beside it.
        let folder = match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let made = render::render(&self.study, doc, None, &self.workspace).and_then(|mut d| {
            d.pictures.photos_from(&folder);
            if format == Format::Md {
                let (markdown, files) = d.markdown_files(&path);
                Ok((markdown.into_bytes(), files))
            } else {
                d.bytes(format).map(|bytes| (bytes, Vec::new()))
            }
        });
        match made {
            Ok((bytes, files)) if path != self.path => {
                let shown = path.display().to_string();
                self.tell(Tone::Info, "status-writing", &[("path", shown.into())]);
                self.effects
                    .push(Effect::WriteDocument { path, bytes, files });
            }
            Ok(_) => {
                let shown = path.display().to_string();
                self.tell(
                    Tone::Error,
                    "status-is-the-study",
                    &[("path", shown.into())],
                );
            }
            Err(e) => {
                let m = &self.messages;
                let text = m.with(
                    "status-document-failed",
                    &[
                        ("doc", m.label(doc.label()).into()),
                        ("error", e.to_string().into()),
                    ],
                );
                self.say(Tone::Error, text);
            }
        }
    }

    /// The runtime wrote (or failed to write) a document.
    pub fn document_written(&mut self, path: PathBuf, result: Result<(), String>) {
        match result {
            Ok(()) => {
                let shown = path.display().to_string();
                self.tell(Tone::Info, "status-written", &[("path", shown.into())]);
                if let Some(p) = &mut self.preview {
                    p.written = Some(path);
                }
            }
            Err(e) => {
                let shown = path.display().to_string();
                self.tell(
                    Tone::Error,
                    "status-not-written",
                    &[("path", shown.into()), ("error", e.into())],
                );
            }
        }
    }
}
