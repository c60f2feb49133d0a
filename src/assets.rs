//! The files under `templates/`: scheme rules and document templates, embedded in the
//! binary so a bare `cdstudy` works anywhere, and overridable by a folder of the same shape
//! (`--templates DIR`) whose files take precedence. Adding a scheme is adding a folder.

use std::collections::BTreeSet;
use std::io;
use std::path::PathBuf;

use include_dir::{include_dir, Dir};

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

/// The templates tree: the embedded one, with an optional folder over it.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    override_dir: Option<PathBuf>,
}

impl Assets {
    /// Only the templates built into the binary.
    pub fn embedded() -> Assets {
        Assets { override_dir: None }
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
    fn folders_include_the_override_folder_s_own() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("my-scheme")).unwrap();
        let folders = Assets::with_override(dir.path()).folders();
        assert!(folders.contains(&"my-scheme".to_string()));
        assert!(folders.contains(&"_shared".to_string()));
        assert!(folders.contains(&"mse-cdp".to_string()));
    }
}
