//! The background writer: saves the study (serialised and written atomically by
//! `store::save`, which checks the file is unchanged right before the rename) on a thread
//! of its own, so that a save of a large study never holds up the keys. One save is in
//! flight at a time; the app asks again when the study changed while it was (`App::written`),
//! so the file always ends with the latest state. The runtime waits for the save in flight
//! before it quits, saves elsewhere or reads the file again.

use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::thread::JoinHandle;

use crate::model::Study;
use crate::store::{self, DiskState, Overwrite, SaveError};

struct Job {
    path: PathBuf,
    study: Study,
    guard: DiskState,
}

/// A save carried out: the study written (what the file now holds, if it succeeded).
pub struct Done {
    pub study: Study,
    pub result: Result<DiskState, SaveError>,
}

pub struct Writer {
    jobs: Option<Sender<Job>>,
    done: Receiver<Done>,
    thread: Option<JoinHandle<()>>,
    in_flight: bool,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::gated(None)
    }

    /// A writer that waits for a word on `gate` before each save (tests hold a save in
    /// flight with it).
    pub fn gated(gate: Option<Receiver<()>>) -> Writer {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, done) = channel::<Done>();
        let thread = std::thread::Builder::new()
            .name("cdstudy-save".into())
            .spawn(move || {
                for job in inbox {
                    if let Some(g) = &gate {
                        let _ = g.recv();
                    }
                    let result =
                        store::save(&job.path, &job.study, Overwrite::IfUnchanged(&job.guard));
                    let sent = outbox.send(Done {
                        study: job.study,
                        result,
                    });
                    if sent.is_err() {
                        break;
                    }
                }
            })
            .ok();
        Writer {
            jobs: thread.as_ref().map(|_| jobs),
            done,
            thread,
            in_flight: false,
        }
    }

    /// Whether a save is on its way.
    pub fn busy(&self) -> bool {
        self.in_flight
    }

    /// Starts saving `study` over `path`, guarded by `guard`, and returns None; does
    /// nothing when a save is already in flight (the app asks again once it is done).
    /// When no thread could be started, the save is made here and now and returned.
    pub fn start(&mut self, path: PathBuf, study: Study, guard: DiskState) -> Option<Done> {
        if self.in_flight {
            return None;
        }
        let job = Job { path, study, guard };
        match &self.jobs {
            Some(jobs) => match jobs.send(job) {
                Ok(()) => {
                    self.in_flight = true;
                    None
                }
                Err(e) => Some(save_here(e.0)),
            },
            None => Some(save_here(job)),
        }
    }

    /// The save that finished, if one did (never waits).
    pub fn finished(&mut self) -> Option<Done> {
        if !self.in_flight {
            return None;
        }
        let done = self.done.try_recv().ok();
        if done.is_some() {
            self.in_flight = false;
        }
        done
    }

    /// Waits for the save in flight, if any.
    pub fn wait(&mut self) -> Option<Done> {
        if !self.in_flight {
            return None;
        }
        self.in_flight = false;
        self.done.recv().ok()
    }
}

impl Default for Writer {
    fn default() -> Writer {
        Writer::new()
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Closing the channel ends the thread once the save in flight (if any) is written.
        self.jobs = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn save_here(job: Job) -> Done {
    let result = store::save(&job.path, &job.study, Overwrite::IfUnchanged(&job.guard));
    Done {
        study: job.study,
        result,
    }
}
