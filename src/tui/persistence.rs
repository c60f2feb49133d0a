//! What the session knows of the study's file: the state on disk it was read or last
//! saved as, the study as the file holds it (what "unsaved" is measured against, and a
//! merge's base), how saving stands and whether it is allowed, and the draft journal
//! (the draft found at start, committed text a failed save left out of the file, what
//! was last written to the journal). No I/O happens here: `App` asks for it as effects.

use crate::model::Study;
use crate::store::draft::{Draft, DraftEntry};
use crate::store::DiskState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// On disk; with the time of the last save this session.
    Saved(Option<String>),
    Saving,
    /// The last save failed; the edits are kept in memory.
    Failed(String),
    /// Not saving until the person says so (the file has comments a save would drop).
    Held(String),
}

pub struct Persistence {
    pub disk: DiskState,
    pub save: SaveState,
    /// The study in memory differs from the file.
    pub unsaved: bool,
    /// The study as the file holds it, as far as this session knows (loaded, saved or
    /// reloaded): what "unsaved" is measured against, and the base of a merge with a
    /// file changed on disk.
    pub on_disk: Study,
    /// Quit was asked while a save was on its way: quit once it succeeds.
    pub quit_after_save: bool,
    pub save_allowed: bool,
    /// The draft found at start, while its dialog is open.
    pub found_draft: Option<Draft>,
    /// Committed text not yet on disk (a save failed): kept in the draft too.
    pub unsaved_texts: Vec<DraftEntry>,
    /// The entries last written to the draft journal, if one exists.
    pub draft_written: Option<Vec<DraftEntry>>,
}

impl Persistence {
    /// A study just read from the file, as `disk` found it.
    pub fn new(disk: DiskState, on_disk: Study) -> Persistence {
        Persistence {
            disk,
            save: SaveState::Saved(None),
            unsaved: false,
            on_disk,
            quit_after_save: false,
            save_allowed: true,
            found_draft: None,
            unsaved_texts: Vec::new(),
            draft_written: None,
        }
    }
}
