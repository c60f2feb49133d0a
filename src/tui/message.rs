//! A message to the person: the line under the screen, and how much it matters (the
//! tone, which dialogs and views colour by too). Its own module so that the parts App
//! composes can speak without reaching into App.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone)]
pub struct Message {
    pub text: String,
    pub tone: Tone,
}
