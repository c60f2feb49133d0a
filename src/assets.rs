//! The files under `templates/`: scheme rules and document templates, embedded in the
//! binary so a bare `cdstudy` works anywhere, and overridable by a folder of the same shape
//! (`--templates DIR`) whose files take precedence. Adding a scheme is adding a folder.
//!
//! An [`Assets`] value is the run's *workspace*: resolved once at start ([`Assets::resolve`]:
//! the `--templates` flag, else `CDSTUDY_TEMPLATES`, else the built-in tree) and handed to
//! every command and the terminal UI, with the scheme rules read from it once
//! ([`Assets::catalog`]), so that a scheme added as a folder is known everywhere alike.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use include_dir::{include_dir, Dir};

use crate::scheme::{Catalog, SchemeError};

/// The environment variable naming a templates folder when no `--templates` is given.
pub const TEMPLATES_ENV: &str = "CDSTUDY_TEMPLATES";

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// One file of the templates tree, with where it came from (for error messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// Path relative to the templates root, with `/` separators: `mse-cdp/scheme.yaml`.
    pub name: String,
    /// Where people can find it: `templates/mse-cdp/scheme.yaml (built in)` or a real path.
    pub origin: String,
    pub text: String,
}

/// The templates tree: the embedded one, with an optional folder over it, and the scheme
/// rules read from it (once; clones share them).
#[derive(Debug, Clone, Default)]
pub struct Assets {
    override_dir: Option<PathBuf>,
    rules: Arc<OnceLock<Result<Catalog, SchemeError>>>,
}

impl Assets {
    /// Only the templates built into the binary.
    pub fn embedded() -> Assets {
        Assets::default()
    }

    /// The workspace of a run: the folder `flag` names, else the one `CDSTUDY_TEMPLATES`
    /// names, else the built-in tree; a folder named but absent is an error (silently
    /// using the built-in rules would give another scheme's money).
    pub fn resolve(flag: Option<&Path>) -> Result<Assets, String> {
        let env = std::env::var_os(TEMPLATES_ENV).filter(|v| !v.is_empty());
        Assets::resolve_from(flag, env.as_deref().map(Path::new))
    }

    /// [`Assets::resolve`] with the environment's value given (for tests).
    pub fn resolve_from(flag: Option<&Path>, env: Option<&Path>) -> Result<Assets, String> {
        let (dir, named) = match (flag, env) {
            (Some(dir), _) => (dir, "--templates"),
            (None, Some(dir)) => (dir, TEMPLATES_ENV),
            (None, None) => return Ok(Assets::embedded()),
        };
        if !dir.is_dir() {
            return Err(format!("{named} {}: no such folder", dir.display()));
        }
        Ok(Assets::with_override(dir))
    }

    /// The scheme rules of this tree, read and validated on first use and kept: the one
    /// catalog every command and view of a run asks.
    pub fn catalog(&self) -> Result<&Catalog, SchemeError> {
        if self.is_embedded() {
            return Catalog::builtin();
        }
        self.rules
            .get_or_init(|| Catalog::load(self))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The folder over the built-in tree, if any.
    pub fn folder(&self) -> Option<&Path> {
        self.override_dir.as_deref()
    }

    /// Whether these are only the built-in templates (which never change while a process
    /// runs, so what is made from them can be kept).
    pub fn is_embedded(&self) -> bool {
        self.override_dir.is_none()
    }

    /// The built-in templates with `dir`'s files taking precedence.
    pub fn with_override(dir: impl Into<PathBuf>) -> Assets {
        Assets {
            override_dir: Some(dir.into()),
            rules: Arc::default(),
        }
    }

    /// Reads `name` (e.g. `mse-cdp/scheme.yaml`), from the override folder when it has the
    /// file, else from the built-in tree. `Ok(None)` when neither has it.
    pub fn read(&self, name: &str) -> io::Result<Option<Asset>> {
        if let Some(dir) = &self.override_dir {
            let path = dir.join(name);
            match std::fs::read(&path) {
                Ok(bytes) => {
                    let text = String::from_utf8(bytes).map_err(|_| {
                        io::Error::new(
                            io::ErrorKind::InvalidData,
                            format!("{} is not UTF-8 text", path.display()),
                        )
                    })?;
                    return Ok(Some(Asset {
                        name: name.to_string(),
                        origin: path.display().to_string(),
                        text,
                    }));
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        Ok(EMBEDDED.get_file(name).and_then(|f| {
            f.contents_utf8().map(|text| Asset {
                name: name.to_string(),
                origin: format!("templates/{name} (built in)"),
                text: text.to_string(),
            })
        }))
    }

    /// The folders at the top of the tree that hold a `scheme.yaml`: the scheme ids.
    pub fn scheme_ids(&self) -> Vec<String> {
        self.folders()
            .into_iter()
            .filter(|f| matches!(self.read(&format!("{f}/scheme.yaml")), Ok(Some(_))))
            .collect()
    }

    /// Every folder at the top of the tree (scheme folders, `_shared`, `generic` ...),
    /// sorted, the override folder's included.
    pub fn folders(&self) -> Vec<String> {
        let mut names: BTreeSet<String> = EMBEDDED
            .dirs()
            .filter_map(|d| d.path().file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect();
        if let Some(dir) = &self.override_dir {
            if let Ok(entries) = std::fs::read_dir(dir) {
                for entry in entries.flatten() {
                    if entry.path().is_dir() {
                        names.insert(entry.file_name().to_string_lossy().into_owned());
                    }
                }
            }
        }
        names.into_iter().collect()
    }

    /// Every file directly in folder `dir` (e.g. `_shared`), override files taking
    /// precedence, sorted by name.
    pub fn files_in(&self, dir: &str) -> io::Result<Vec<Asset>> {
        let mut names: BTreeSet<String> = EMBEDDED
            .get_dir(dir)
            .map(|d| {
                d.files()
                    .map(|f| f.path().to_string_lossy().replace('\\', "/"))
                    .collect()
            })
            .unwrap_or_default();
        if let Some(root) = &self.override_dir {
            if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
                for entry in entries.flatten() {
                    if entry.path().is_file() {
                        names.insert(format!("{dir}/{}", entry.file_name().to_string_lossy()));
                    }
                }
            }
        }
        let mut out = Vec::new();
        for name in names {
            if let Some(asset) = self.read(&name)? {
                out.push(asset);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_folder_takes_precedence() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("README.md"), "mine").unwrap();
        let assets = Assets::with_override(dir.path());
        let readme = assets.read("README.md").unwrap().unwrap();
        assert_eq!(readme.text, "mine");
        assert!(Assets::embedded()
            .read("README.md")
            .unwrap()
            .unwrap()
            .text
            .contains("One folder per scheme"));
        assert!(assets.read("no/such.file").unwrap().is_none());
    }

    #[test]
    fn the_flag_wins_over_the_environment_and_a_missing_folder_is_an_error() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let ws = Assets::resolve_from(Some(a.path()), Some(b.path())).unwrap();
        assert_eq!(ws.folder(), Some(a.path()));
        let ws = Assets::resolve_from(None, Some(b.path())).unwrap();
        assert_eq!(ws.folder(), Some(b.path()));
        assert!(Assets::resolve_from(None, None).unwrap().is_embedded());
        let missing = a.path().join("nope");
        let err = Assets::resolve_from(None, Some(&missing)).unwrap_err();
        assert!(err.starts_with("CDSTUDY_TEMPLATES "), "{err}");
        let err = Assets::resolve_from(Some(&missing), None).unwrap_err();
        assert!(err.starts_with("--templates "), "{err}");
    }

    #[test]
    fn folders_include_the_override_folder_s_own() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("my-scheme")).unwrap();
        let folders = Assets::with_override(dir.path()).folders();
        assert!(folders.contains(&"my-scheme".to_string()));
        assert!(folders.contains(&"_shared".to_string()));
        assert!(folders.contains(&"mse-cdp".to_string()));
    }
}
