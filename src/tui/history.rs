//! The undo history: the study as it was before each edit, with what the edit was and
//! where it was made, and what was undone, for redo. It keeps studies only: `App` puts
//! the one given back in place and goes to where the edit was made.

use crate::model::Study;

use super::sections::Place;

/// Undo keeps at least this many steps.
pub const UNDO_STEPS: usize = 200;

struct Snapshot {
    study: Study,
    what: String,
    /// Where the edit was made: undo and redo go back there, so the person sees what
    /// changed (the field, or the item of a list).
    place: Place,
}

#[derive(Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
}

impl History {
    /// An edit `what` was made at `place`; `before` is the study as it was. What was
    /// undone can no longer be redone.
    pub fn record(&mut self, before: Study, what: String, place: Place) {
        self.undo.push(Snapshot {
            study: before,
            what,
            place,
        });
        if self.undo.len() > UNDO_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// One step back (forward: redo): `study` becomes the study of that step, and the
    /// study it was is kept for the way back. Returns what the step was and where it
    /// was made; `None` when there is nothing to undo (redo).
    pub fn travel(&mut self, forward: bool, study: &mut Study) -> Option<(String, Place)> {
        let (from, to) = if forward {
            (&mut self.redo, &mut self.undo)
        } else {
            (&mut self.undo, &mut self.redo)
        };
        let snap = from.pop()?;
        let current = std::mem::replace(study, snap.study);
        to.push(Snapshot {
            study: current,
            what: snap.what.clone(),
            place: snap.place.clone(),
        });
        Some((snap.what, snap.place))
    }

    /// Forgets every step (the study was replaced by another: a reload).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
